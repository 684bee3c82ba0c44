"""claimcheck: a linter for facts.

Finds the figures, dates, ordinals and attributions in an article and checks
that they can all be true together and agree with the sources the article was
written from. This is the Rust engine of the ``claimcheck`` command-line tool,
compiled into the package: results are the CLI's, byte for byte.

    >>> import claimcheck
    >>> doc = claimcheck.check(
    ...     "Police said 40 inmates escaped. By Tuesday, 55 had been recaptured.",
    ...     published="2026-02-10",
    ... )
    >>> [d["code"] for d in doc["diagnostics"]]
    ['CC101']

``check`` returns a ``claimcheck/diagnostics@1`` document and ``claims`` a
``claimcheck/claims@2`` document, as plain dicts and lists (the JSON the CLI
writes with ``--format json``). Pass ``format=`` for the text the CLI writes in
another format instead ("human", "jsonl", "sarif", "github", "html" for ``check``;
"jsonl", "human" for ``claims``).

A :class:`Checker` loads rule packs and lexicons once (a few milliseconds);
reuse one for many articles. It may be shared by threads: checking releases
the GIL. The module-level functions keep one per set of options.

Errors (an empty or binary article, a date like 2026-02-30, a config or rule
pack that does not load, an unknown rule code) raise :class:`ClaimcheckError`,
a ``ValueError``, with the message the CLI prints.
"""

from __future__ import annotations

import functools
import os
from typing import Any, Dict, Iterable, Optional, Sequence, Tuple, Union

from ._native import Checker, ClaimcheckError, __version__

__all__ = ["Checker", "ClaimcheckError", "check", "claims", "__version__"]

PathArg = Union[str, "os.PathLike[str]"]


@functools.lru_cache(maxsize=16)
def _cached(config: Optional[str], rules: Tuple[str, ...]) -> Checker:
    return Checker(config=config, rules=list(rules))


def _checker(
    config: Optional[PathArg], rules: Union[None, PathArg, Iterable[PathArg]]
) -> Checker:
    """The module's Checker for these options, made once (paths as strings key it)."""
    if rules is None:
        folders: Tuple[str, ...] = ()
    elif isinstance(rules, (str, os.PathLike)):
        folders = (os.fspath(rules),)
    else:
        folders = tuple(os.fspath(r) for r in rules)
    return _cached(None if config is None else os.fspath(config), folders)


def check(
    text: str,
    published: Any = None,
    sources: Sequence[Any] = (),
    config: Optional[PathArg] = None,
    *,
    rules: Union[None, PathArg, Iterable[PathArg]] = None,
    path: str = "<string>",
    record: Optional[str] = None,
    format: Optional[str] = None,
) -> Union[Dict[str, Any], str]:
    """Check one article; a ``claimcheck/diagnostics@1`` dict.

    ``published`` is a ``"YYYY-MM-DD"`` string or a ``datetime.date`` (it
    wins over the config's). ``sources`` are the texts the article was written
    from: strings, ``(name, text)`` pairs or ``{"id", "text"}`` mappings.
    ``config`` is a ``claimcheck.toml`` (none is looked for otherwise) and
    ``rules`` extra rule-pack folders. ``path`` names the article in the
    findings' labels and picks the config's per-path entries; ``record`` is
    the id JSON Lines output carries, as for a record of ``--input jsonl``.
    """
    return _checker(config, rules).check(
        text,
        published=published,
        sources=sources,
        path=path,
        record=record,
        format=format,
    )


def claims(
    text: str,
    published: Any = None,
    rules: Union[None, PathArg, Iterable[PathArg]] = None,
    *,
    config: Optional[PathArg] = None,
    path: str = "<string>",
    record: Optional[str] = None,
    format: Optional[str] = None,
    schema: int = 2,
    relations: bool = False,
) -> Union[Dict[str, Any], str]:
    """The claims of one article; a ``claimcheck/claims@2`` dict.

    Each claim has its span, kind, value (an interval with bounds), metric,
    source and frame (counted noun, predicate, subject, tense); ``relations``
    lists the edges between claims (part of, share of, same quantity, ...).
    ``schema=1`` gives the original ``claims@1`` shape; ``relations=True``
    adds relation lines to ``format="jsonl"`` and a table to "human".
    """
    return _checker(config, rules).claims(
        text,
        published=published,
        path=path,
        record=record,
        format=format,
        schema=schema,
        relations=relations,
    )
