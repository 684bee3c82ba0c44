"""Type stubs for claimcheck's compiled module."""

import datetime
import os
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence, Tuple, Union

__version__: str

_Path = Union[str, os.PathLike[str]]
_Date = Union[None, str, datetime.date]
_Source = Union[str, Tuple[str, str], Mapping[str, Any]]
_Codes = Union[None, str, Iterable[str]]

class ClaimcheckError(ValueError):
    """An article, date, config or rule pack claimcheck cannot use."""

class Checker:
    """Rule packs, lexicons and config loaded once, for any number of articles.

    Safe to share between threads: ``check`` and ``claims`` release the GIL.
    """

    def __init__(
        self,
        config: Optional[_Path] = None,
        rules: Union[None, _Path, Iterable[_Path]] = None,
        published: _Date = None,
        select: _Codes = None,
        ignore: _Codes = None,
    ) -> None:
        """``config``: a claimcheck.toml (none is looked for otherwise);
        ``rules``: extra rule-pack folders; ``published``: the date for
        articles that give none; ``select``/``ignore``: rule codes, as the
        CLI's flags. Raises ClaimcheckError when any of them cannot be used."""

    def check(
        self,
        text: str,
        published: _Date = None,
        sources: Optional[Sequence[_Source]] = None,
        path: str = "<string>",
        record: Optional[str] = None,
        format: Optional[str] = None,
    ) -> Union[Dict[str, Any], str]:
        """One article's findings: a ``claimcheck/diagnostics@1`` dict, or with
        ``format`` ("json", "jsonl", "human", "sarif", "github", "html") the text the
        CLI writes. ``record`` is the id JSON Lines output carries."""

    def claims(
        self,
        text: str,
        published: _Date = None,
        path: str = "<string>",
        record: Optional[str] = None,
        format: Optional[str] = None,
        schema: int = 2,
        relations: bool = False,
    ) -> Union[Dict[str, Any], str]:
        """One article's claims: a ``claimcheck/claims@2`` dict (``schema=1``:
        ``claims@1``), or with ``format`` ("json", "jsonl", "human") the text
        the CLI writes."""
