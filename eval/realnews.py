#!/usr/bin/env python3
"""Run `claimcheck check` over the real published articles in ../shared/realnews
(each with its publication date from manifest.json) and count findings.

    python3 eval/realnews.py BINARY [--realnews DIR] [--max-errors N] [--max-warnings N] [-v]

A correct published story should draw no error; the README of that folder lists
the few real slips. Exit status 1 when a count is above its maximum, 2 when the
tool itself fails on an article.
"""
import argparse
import json
import os
import subprocess
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--realnews", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "realnews"))
    ap.add_argument("--max-errors", type=int, default=None)
    ap.add_argument("--max-warnings", type=int, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(args.realnews, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    totals = {"error": 0, "warning": 0, "note": 0}
    for article in manifest:
        path = os.path.join(args.realnews, article["slug"] + ".txt")
        run = subprocess.run(
            [args.binary, "check", path, "--published", article["published"], "--format", "json"],
            capture_output=True, text=True)
        if run.returncode == 2:
            print(f"tool failure on {article['slug']}: {run.stderr.strip()}", file=sys.stderr)
            return 2
        for d in json.loads(run.stdout)["diagnostics"]:
            totals[d["severity"]] = totals.get(d["severity"], 0) + 1
            if args.verbose or d["severity"] == "error":
                texts = [l.get("text") for l in d["labels"]]
                print(f"{article['slug']}: {d['severity']} {d['code']} {d['message']} {texts}")
    print(f"realnews: {len(manifest)} articles, {totals['error']} errors, "
          f"{totals['warning']} warnings, {totals['note']} notes")
    failed = False
    if args.max_errors is not None and totals["error"] > args.max_errors:
        print(f"error: {totals['error']} errors, at most {args.max_errors} allowed", file=sys.stderr)
        failed = True
    if args.max_warnings is not None and totals["warning"] > args.max_warnings:
        print(f"error: {totals['warning']} warnings, at most {args.max_warnings} allowed", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
