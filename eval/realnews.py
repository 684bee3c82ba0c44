#!/usr/bin/env python3
"""Run `claimcheck check` over the real published articles in ../shared/realnews
(each with its publication date from manifest.json) and count findings.

    python3 eval/realnews.py BINARY [--realnews DIR] [--max-errors N] [--max-warnings N]
                                    [--min-slips N] [--min-metric-share R] [-v]

A correct published story should draw no error; the README of that folder lists
the few real slips (SLIPS below). A finding that labels a slip's figure is counted
as finding it, not as a false alarm. It also runs `claimcheck claims` on each
article and reports the share of counts and sums that get a metric (what the
figure measures: "killed", "seats", "revenue"), since the rule packs judge only
figures with one. Exit status 1 when a count is past its limit, 2 when the tool
itself fails on an article.
"""
import argparse
import json
import os
import subprocess
import sys


# The real slips the realnews README lists, as published: the article, what is
# wrong, and the label texts of which a finding must name one.
SLIPS = [
    ("mindanao-earthquake-aftershocks",
     "casualties 'increased to 167 from a previous 93 injured' mixes two counts",
     ["167", "93"]),
    ("connecticut-b17-crash",
     "14 injured 'including all on board', though 13 were aboard and at least 7 died",
     ["Fourteen"]),
    ("conception-dive-boat-fire",
     "'all 33 passengers' dead while 20 bodies were recovered; '{1000 UTC)'",
     ["all 33", "20 bodies", "{1000 UTC)"]),
    ("samoa-measles-vaccination-shutdown",
     "'roughly 200,0000 residents': a malformed number",
     ["200,0000"]),
    ("uk-2019-general-election",
     "318 seats before plus 66 gained is not the 365 won",
     ["66", "365", "318"]),
    ("hong-kong-district-council-elections",
     "turnout 'about 71%, some 25% higher': percent where points are meant",
     ["25%"]),
]


def slip_of(slug: str, texts: list) -> int | None:
    """The index of the listed slip a finding's labels name, if any."""
    for n, (s, _, marks) in enumerate(SLIPS):
        if s == slug and any(any(m in (t or "") for m in marks) for t in texts):
            return n
    return None


class ToolFailure(Exception):
    pass


def run_tool(binary: str, command: str, path: str, published: str) -> dict:
    """`claimcheck COMMAND PATH --published DATE --format json`, parsed."""
    run = subprocess.run([binary, command, path, "--published", published, "--format", "json"],
                         capture_output=True, text=True)
    if run.returncode == 2:
        raise ToolFailure(run.stderr.strip())
    return json.loads(run.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--realnews", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "realnews"))
    ap.add_argument("--max-errors", type=int, default=None)
    ap.add_argument("--max-warnings", type=int, default=None)
    ap.add_argument("--min-slips", type=int, default=None)
    ap.add_argument("--min-metric-share", type=float, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    with open(os.path.join(args.realnews, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    totals = {"error": 0, "warning": 0, "note": 0}
    found = set()
    amounts = with_metric = 0
    for article in manifest:
        path = os.path.join(args.realnews, article["slug"] + ".txt")
        try:
            claims = run_tool(args.binary, "claims", path, article["published"])
            report = run_tool(args.binary, "check", path, article["published"])
        except ToolFailure as e:
            print(f"tool failure on {article['slug']}: {e}", file=sys.stderr)
            return 2
        for c in claims["claims"]:
            if c["kind"] in ("count", "money"):
                amounts += 1
                with_metric += c.get("metric") is not None
        for d in report["diagnostics"]:
            texts = [l.get("text") for l in d["labels"]]
            slip = slip_of(article["slug"], texts) if d["severity"] != "note" else None
            if slip is not None:
                found.add(slip)
                if args.verbose:
                    print(f"{article['slug']}: slip found: {d['code']} {d['message']} {texts}")
                continue
            totals[d["severity"]] = totals.get(d["severity"], 0) + 1
            if args.verbose or d["severity"] == "error":
                print(f"{article['slug']}: {d['severity']} {d['code']} {d['message']} {texts}")
    print(f"realnews: {len(manifest)} articles, {totals['error']} errors, "
          f"{totals['warning']} warnings, {totals['note']} notes (outside the listed slips)")
    share = with_metric / amounts if amounts else 0.0
    print(f"realnews metric share: {share:.3f} ({with_metric}/{amounts} counts and sums)")
    print(f"realnews slips found: {len(found)}/{len(SLIPS)}")
    for n, (slug, what, _) in enumerate(SLIPS):
        print(f"  [{'x' if n in found else ' '}] {slug}: {what}")
    failed = False
    if args.max_errors is not None and totals["error"] > args.max_errors:
        print(f"error: {totals['error']} errors, at most {args.max_errors} allowed", file=sys.stderr)
        failed = True
    if args.max_warnings is not None and totals["warning"] > args.max_warnings:
        print(f"error: {totals['warning']} warnings, at most {args.max_warnings} allowed", file=sys.stderr)
        failed = True
    if args.min_slips is not None and len(found) < args.min_slips:
        print(f"error: {len(found)} listed slips found, at least {args.min_slips} required",
              file=sys.stderr)
        failed = True
    if args.min_metric_share is not None and share < args.min_metric_share:
        print(f"error: metric share {share:.3f} is below {args.min_metric_share}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
