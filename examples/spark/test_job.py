"""The Spark job, the Python API and the CLI give the same findings and claims.

Builds a JSON Lines table of articles (the project's fixtures, the real
published articles in ../shared/realnews when present, with their publication
dates, and one record that cannot be checked), then:

1. the CLI: ``claimcheck check`` and ``claims`` with ``--input jsonl --format jsonl``;
2. the Python package, article by article, in the same format and as dicts;
3. the Spark job in ``local[1]`` on the JSON Lines and in ``local[2]`` on the
   same table as Parquet (dates as dates),

and requires the three to agree byte for byte on every diagnostic and claim
line (Spark's rows put back in article and sequence order), and the bad record
to be in the job's errors table. ``--repeat N`` checks every article N times
(ids made distinct) to measure throughput; the articles/s of each are printed.

    python examples/spark/test_job.py --bin target/release/claimcheck [--realnews DIR]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

import pyarrow as pa
import pyarrow.parquet as pq

import claimcheck

ROOT = pathlib.Path(__file__).resolve().parents[2]
JOB = ROOT / "examples" / "spark" / "claimcheck_job.py"
BAD_ID = "unreadable-empty-text"


def articles(realnews: pathlib.Path | None) -> list[dict]:
    """The project's fixtures (planted faults: findings to compare), then the
    real articles when present."""
    fixtures = sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    out = [
        {"id": str(p.relative_to(ROOT)), "text": p.read_text(encoding="utf-8"), "published": "2026-02-10"}
        for p in fixtures
    ]
    if realnews and (realnews / "manifest.json").exists():
        manifest = json.loads((realnews / "manifest.json").read_text(encoding="utf-8"))
        out += [
            {
                "id": a["slug"],
                "text": (realnews / f"{a['slug']}.txt").read_text(encoding="utf-8"),
                "published": a["published"],
            }
            for a in manifest
        ]
    return out


def cli_lines(binary: str, command: str, table: pathlib.Path) -> tuple[list[str], float]:
    started = time.perf_counter()
    done = subprocess.run(
        [binary, command, "--no-config", "--quiet", "--input", "jsonl", "--format", "jsonl", str(table)],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - started
    # 2: the bad record could not be checked (named on stderr); the others were.
    if done.returncode not in (0, 1, 2) or BAD_ID not in done.stderr:
        sys.exit(f"claimcheck {command} failed ({done.returncode}): {done.stderr}")
    return done.stdout.splitlines(keepends=True), elapsed


def python_lines(records: list[dict]) -> tuple[list[str], list[str], float]:
    checker = claimcheck.Checker()
    findings, claims = [], []
    started = time.perf_counter()
    for r in records:
        if r["id"] == BAD_ID:
            try:
                checker.check(r["text"], r["published"], path=r["id"])
            except claimcheck.ClaimcheckError as e:
                assert "is empty" in str(e), e
                continue
            sys.exit("the empty article was not refused")
        f = checker.check(r["text"], r["published"], path=r["id"], record=r["id"], format="jsonl")
        c = checker.claims(r["text"], r["published"], path=r["id"], record=r["id"], format="jsonl")
        findings.extend(f.splitlines(keepends=True))
        claims.extend(c.splitlines(keepends=True))
        # The dict form is the same document.
        as_dict = checker.check(r["text"], r["published"], path=r["id"])
        expected = [json.loads(line) for line in f.splitlines()]
        for d in expected:
            del d["path"], d["record"]
        assert as_dict["diagnostics"] == expected, r["id"]
    return findings, claims, time.perf_counter() - started


def spark_lines(table: pathlib.Path, out: pathlib.Path, master: str, order: dict) -> tuple[list[str], list[str], list[str], dict]:
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    done = subprocess.run(
        [sys.executable, str(JOB), "--master", master, "--input", str(table), "--output", str(out)],
        capture_output=True, text=True, env=env,
    )
    if done.returncode != 0:
        sys.exit(f"the Spark job failed in {master}:\n{done.stdout}\n{done.stderr[-4000:]}")
    stats = json.loads(done.stdout.strip().splitlines()[-1])

    def rows(name: str, column: str) -> list[str]:
        t = pq.read_table(out / name).to_pylist()
        t.sort(key=lambda r: (order[r["article_id"]], r["seq"]))
        return [r[column] + "\n" for r in t]

    errors = [r["article_id"] for r in pq.read_table(out / "errors").to_pylist()]
    return rows("findings", "diagnostic"), rows("claims", "claim"), errors, stats


def same(name: str, ours: list[str], theirs: list[str]) -> None:
    if ours != theirs:
        for i, (a, b) in enumerate(zip(ours, theirs)):
            if a != b:
                sys.exit(f"{name}: line {i + 1} differs:\n  {a}  {b}")
        sys.exit(f"{name}: {len(ours)} lines against {len(theirs)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True, help="the claimcheck binary")
    ap.add_argument("--realnews", type=pathlib.Path, default=ROOT.parent / "shared" / "realnews")
    ap.add_argument("--repeat", type=int, default=1, help="check every article this many times")
    args = ap.parse_args()

    base = articles(args.realnews)
    records = [
        {**a, "id": a["id"] if args.repeat == 1 else f"{a['id']}~{k}"}
        for k in range(args.repeat)
        for a in base
    ]
    records.insert(len(records) // 2, {"id": BAD_ID, "text": "  ", "published": None})
    order = {r["id"]: i for i, r in enumerate(records)}
    n = len(records) - 1
    with tempfile.TemporaryDirectory() as tmp:
        table = pathlib.Path(tmp) / "articles.jsonl"
        with table.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        cli_findings, cli_seconds = cli_lines(args.bin, "check", table)
        cli_claims, _ = cli_lines(args.bin, "claims", table)
        py_findings, py_claims, py_seconds = python_lines(records)
        same("Python findings against the CLI's", py_findings, cli_findings)
        same("Python claims against the CLI's", py_claims, cli_claims)
        print(f"{n} articles, {len(cli_findings)} findings, {len(cli_claims)} claims")
        print(f"CLI check: {n / cli_seconds:.0f} articles/s (every core); "
              f"Python check, claims and dict, one thread: {n / py_seconds:.0f} articles/s")
        # The same table as Parquet, its dates as dates, for the second run.
        parquet = pathlib.Path(tmp) / "articles.parquet"
        pq.write_table(
            pa.Table.from_pylist(
                [{**r, "published": r["published"] and datetime.date.fromisoformat(r["published"])}
                 for r in records],
                schema=pa.schema([("id", pa.string()), ("text", pa.string()), ("published", pa.date32())]),
            ),
            parquet,
        )
        for master, source in [("local[1]", table), ("local[2]", parquet)]:
            out = pathlib.Path(tmp) / master.replace("[", "-").replace("]", "")
            findings, claims, errors, stats = spark_lines(source, out, master, order)
            same(f"Spark {master} findings against the CLI's", findings, cli_findings)
            same(f"Spark {master} claims against the CLI's", claims, cli_claims)
            if errors != [BAD_ID]:
                sys.exit(f"Spark {master}: errors table {errors}, expected [{BAD_ID}]")
            print(f"Spark {master} from {source.suffix[1:]}: identical; check and write {stats['articles_per_second']} articles/s "
                  f"({stats['seconds']} s, not counting the session's start)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
