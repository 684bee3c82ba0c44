#!/usr/bin/env python3
"""Check that the human report fits the terminal: run `claimcheck check --format
human` with COLUMNS set over every case that draws findings (the corpus, the
blind sets, the behaviour cases if generated) and the real published articles,
and count the lines wider than the terminal.

    python3 eval/report_width.py BINARY [--shared DIR] [--width N ...] [-v]

Each article is checked from its own folder, as an editor would run it, so the
paths in snippet headers are the short ones a user sees. Widths are display
columns (a CJK character takes two). Exit status 1 when a line is too wide, 2
when the tool itself fails.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def columns(line):
    line = ANSI.sub("", line)
    width = 0
    for c in line:
        if unicodedata.combining(c):
            continue
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return width


def cases(shared, root):
    """(name, folder, draft, sources, published) for every corpus and blind case."""
    folders = sorted(glob.glob(os.path.join(shared, "corpus", "cases", "*")))
    folders += sorted(glob.glob(os.path.join(root, "eval", "blind*", "cases", "*")))
    for folder in folders:
        draft = next((n for n in ("article.md", "draft.md") if os.path.exists(os.path.join(folder, n))), None)
        key = os.path.join(folder, "key.json")
        if draft is None or not os.path.exists(key):
            continue
        with open(key, encoding="utf-8") as f:
            published = json.load(f).get("published")
        sources = sorted(glob.glob(os.path.join(folder, "sources", "*")))
        yield os.path.basename(folder), folder, draft, [os.path.relpath(s, folder) for s in sources], published


def realnews(shared):
    folder = os.path.join(shared, "realnews")
    manifest = os.path.join(folder, "manifest.json")
    if not os.path.exists(manifest):
        return
    with open(manifest, encoding="utf-8") as f:
        for article in json.load(f):
            yield article["slug"], folder, article["slug"] + ".txt", [], article["published"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("--width", type=int, action="append", help="terminal widths to try (default 100 and 72)")
    parser.add_argument("-v", action="store_true", help="print every line that is too wide")
    args = parser.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    widths = args.width or [100, 72]
    articles = list(cases(args.shared, root)) + list(realnews(args.shared))
    failed = False
    for width in widths:
        over, lines, widest, snippets = 0, 0, 0, 0
        env = dict(os.environ, COLUMNS=str(width), NO_COLOR="1")
        for name, folder, draft, sources, published in articles:
            cmd = [os.path.abspath(args.binary), "check", draft, "--format", "human"]
            for source in sources:
                cmd += ["--source", source]
            if published:
                cmd += ["--published", published]
            run = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True)
            if run.returncode not in (0, 1):
                print(f"{name}: claimcheck exited {run.returncode}: {run.stderr.strip()[:300]}")
                sys.exit(2)
            for line in run.stdout.splitlines():
                lines += 1
                snippets += "╭─[" in line
                w = columns(line)
                widest = max(widest, w)
                if w > width:
                    over += 1
                    if args.v:
                        print(f"  {name}: {w} columns: {line}")
        print(f"width {width}: {len(articles)} articles, {snippets} snippets, {lines} lines, "
              f"widest {widest} columns, {over} lines wider than {width}")
        failed |= over > 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
