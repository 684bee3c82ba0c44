"""The Python package against the CLI: the same documents for the same article,
in every format, and clear exceptions for bad input.

Run from the repository root after installing the wheel, with the CLI built:

    CLAIMCHECK_BIN=target/release/claimcheck python -m unittest discover -s crates/python/tests
"""

from __future__ import annotations

import concurrent.futures
import datetime
import json
import os
import pathlib
import subprocess
import tempfile
import unittest

import claimcheck

ROOT = pathlib.Path(__file__).resolve().parents[3]
BIN = os.environ.get("CLAIMCHECK_BIN", str(ROOT / "target" / "release" / "claimcheck"))
# The CLI as the library renders: no colour, and the human format at its default
# width rather than the width COLUMNS asks for.
CLI_ENV = {**{k: v for k, v in os.environ.items() if k != "COLUMNS"}, "NO_COLOR": "1"}
FIXTURES = ROOT / "tests" / "fixtures"
HARROWGATE = "tests/fixtures/check/harrowgate.md"
ESCAPE = "Police said 40 inmates escaped on Sunday. By Tuesday, 55 had been recaptured."


def cli(*args: str) -> str:
    """The CLI's standard output, run from the repository root."""
    done = subprocess.run(
        [BIN, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=CLI_ENV,
    )
    if done.returncode not in (0, 1):
        raise AssertionError(f"claimcheck {' '.join(args)} failed: {done.stderr}")
    return done.stdout


def read(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


class SameAsTheCli(unittest.TestCase):
    def test_check_in_every_format_with_a_config(self):
        checker = claimcheck.Checker(config=FIXTURES / "check" / "claimcheck.toml")
        text = read(HARROWGATE)
        for fmt in ["json", "jsonl", "sarif", "github", "human", "html"]:
            ours = checker.check(text, path=HARROWGATE, format=fmt)
            self.assertEqual(ours, cli("check", "--format", fmt, HARROWGATE), fmt)
        as_dict = checker.check(text, path=HARROWGATE)
        self.assertEqual(as_dict, json.loads(cli("check", "--format", "json", HARROWGATE)))
        self.assertEqual(as_dict["schema"], "claimcheck/diagnostics@1")
        self.assertGreater(as_dict["summary"]["errors"], 0)

    def test_check_with_sources(self):
        draft = "tests/fixtures/reconcile/draft.md"
        names = sorted(
            str(p.relative_to(ROOT)) for p in (FIXTURES / "reconcile" / "sources").iterdir()
        )
        sources = [(n, read(n)) for n in names]
        ours = claimcheck.check(read(draft), "2026-05-14", sources, path=draft)
        args = ["check", "--no-config", "--format", "json", "--published", "2026-05-14"]
        for n in names:
            args += ["--source", n]
        theirs = json.loads(cli(*args, draft))
        self.assertEqual(ours, theirs)
        # Source spans point into the sources by name.
        paths = {l["path"] for d in ours["diagnostics"] for l in d["labels"]}
        self.assertTrue(paths & set(names), paths)

    def test_claims_in_every_format(self):
        rel = "tests/fixtures/prison-break.md"
        text = read(rel)
        base = ["claims", "--no-config", "--published", "2026-02-10"]
        ours = claimcheck.claims(text, "2026-02-10", path=rel)
        self.assertEqual(ours, json.loads(cli(*base, "--format", "json", rel)))
        self.assertEqual(ours["schema"], "claimcheck/claims@2")
        self.assertTrue(ours["claims"] and ours["relations"])
        self.assertEqual(
            claimcheck.claims(text, "2026-02-10", path=rel, format="json", schema=1),
            cli(*base, "--format", "json", "--schema", "1", rel),
        )
        self.assertEqual(
            claimcheck.claims(text, "2026-02-10", path=rel, format="jsonl", relations=True),
            cli(*base, "--format", "jsonl", "--relations", rel),
        )
        self.assertEqual(
            claimcheck.claims(text, "2026-02-10", path=rel, format="human"), cli(*base, rel)
        )

    def test_a_record_id_as_the_cli_gives_it_for_json_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            records = pathlib.Path(tmp) / "articles.jsonl"
            records.write_text(
                json.dumps({"id": "a-7", "text": ESCAPE, "published": "2026-02-10"}) + "\n"
            )
            theirs = cli("check", "--no-config", "--input", "jsonl", "--format", "jsonl", str(records))
        ours = claimcheck.check(ESCAPE, "2026-02-10", path="a-7", record="a-7", format="jsonl")
        self.assertEqual(ours, theirs)
        self.assertIn('"record":"a-7"', ours)


class Options(unittest.TestCase):
    def test_dates_as_strings_or_dates(self):
        text = "The festival closed on 14 February after four nights, organisers said."
        as_text = claimcheck.check(text, "2026-02-10")
        as_date = claimcheck.check(text, datetime.date(2026, 2, 10))
        self.assertEqual(as_text, as_date)
        self.assertEqual([d["code"] for d in as_text["diagnostics"]], ["CC001"])
        # The checker's date is used when the article gives none.
        checker = claimcheck.Checker(published="2026-02-10")
        self.assertEqual(checker.check(text), as_text)
        self.assertEqual(claimcheck.check(text)["diagnostics"], [])

    def test_select_and_ignore(self):
        self.assertEqual(claimcheck.Checker(ignore="CC101").check(ESCAPE)["diagnostics"], [])
        only = claimcheck.Checker(select=["CC101"]).check(ESCAPE)
        self.assertEqual([d["code"] for d in only["diagnostics"]], ["CC101"])

    def test_sources_in_three_shapes(self):
        source = "Police said 40 inmates escaped and 30 were recaptured by Tuesday."
        as_text = claimcheck.check(ESCAPE, sources=[source], path="draft")
        as_pair = claimcheck.check(ESCAPE, sources=[("draft#source-1", source)], path="draft")
        as_map = claimcheck.check(ESCAPE, sources=[{"text": source}], path="draft")
        self.assertEqual(as_text, as_pair)
        self.assertEqual(as_text, as_map)
        # An empty source is left out, as an empty --source is.
        self.assertEqual(
            claimcheck.check(ESCAPE, sources=[" "], path="draft"),
            claimcheck.check(ESCAPE, path="draft"),
        )


class BadInput(unittest.TestCase):
    def assertRefused(self, error, needle, call, *args, **kwargs):
        with self.assertRaises(error) as caught:
            call(*args, **kwargs)
        self.assertIn(needle, str(caught.exception))

    def test_articles(self):
        E = claimcheck.ClaimcheckError
        self.assertRefused(E, "is empty: there is nothing to check", claimcheck.check, " \n")
        self.assertRefused(E, "NUL byte at offset 3", claimcheck.check, "abc\0def")
        self.assertRefused(TypeError, "", claimcheck.check, b"bytes are not text")
        self.assertRefused(E, "is empty", claimcheck.claims, "")
        huge = "word " * (64 * 1024 * 1024 // 5 + 1)
        self.assertRefused(E, "reads articles up to", claimcheck.check, huge)
        self.assertTrue(issubclass(E, ValueError))

    def test_dates(self):
        E = claimcheck.ClaimcheckError
        self.assertRefused(E, "not a real calendar date", claimcheck.check, ESCAPE, "2026-02-30")
        self.assertRefused(E, "YYYY-MM-DD", claimcheck.check, ESCAPE, "10/02/2026")
        self.assertRefused(E, "YYYY-MM-DD", claimcheck.check, ESCAPE, datetime.datetime(2026, 2, 10, 9))
        self.assertRefused(TypeError, "datetime.date", claimcheck.check, ESCAPE, 20260210)
        self.assertRefused(E, "not a real calendar date", claimcheck.Checker, published="2026-13-01")

    def test_options(self):
        E = claimcheck.ClaimcheckError
        self.assertRefused(E, "unknown rule code `CC9999`", claimcheck.Checker, select="CC9999")
        self.assertRefused(E, "did you mean", claimcheck.Checker, ignore=["CC10"])
        self.assertRefused(E, "nowhere.toml", claimcheck.Checker, config="/nowhere.toml")
        self.assertRefused(ValueError, "unknown output format `xml`", claimcheck.check, ESCAPE, format="xml")
        self.assertRefused(ValueError, "unknown output format `sarif`", claimcheck.claims, ESCAPE, format="sarif")
        self.assertRefused(ValueError, "schema must be 1 or 2", claimcheck.claims, ESCAPE, schema=3)
        self.assertRefused(TypeError, "not one string", claimcheck.check, ESCAPE, sources="one text")
        self.assertRefused(TypeError, "source 1", claimcheck.check, ESCAPE, sources=[42])
        self.assertRefused(TypeError, "has no 'text'", claimcheck.check, ESCAPE, sources=[{"id": "x"}])

    def test_a_malformed_rule_pack_points_into_its_toml(self):
        with tempfile.TemporaryDirectory() as tmp:
            pack = pathlib.Path(tmp) / "broken.toml"
            pack.write_text('[pack]\nname = "broken"\n\n[[metric]]\nname = 42\n')
            with self.assertRaises(claimcheck.ClaimcheckError) as caught:
                claimcheck.Checker(rules=tmp)
            message = str(caught.exception)
            self.assertIn("broken.toml", message)
            # The labelled snippet, as the CLI draws it.
            self.assertIn("name = 42", message)
            done = subprocess.run(
                [BIN, "check", "--no-config", "--rules", tmp, "-"],
                input=ESCAPE, capture_output=True, text=True, env=CLI_ENV,
            )
            self.assertEqual(done.returncode, 2)
            # The same report as the CLI's, which wraps it to the terminal.
            for words in ["invalid rule pack", "expected a map", "name = 42", "here"]:
                self.assertIn(words, message)
                self.assertIn(words, done.stderr)


class Threads(unittest.TestCase):
    def test_one_checker_shared_by_threads_gives_the_same_results(self):
        checker = claimcheck.Checker()
        texts = [read(str(p.relative_to(ROOT))) for p in sorted(FIXTURES.glob("*.md"))]
        texts = texts * 8
        alone = [checker.check(t, "2026-02-10", format="jsonl") for t in texts]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            together = list(pool.map(lambda t: checker.check(t, "2026-02-10", format="jsonl"), texts))
        self.assertEqual(alone, together)


if __name__ == "__main__":
    unittest.main()
