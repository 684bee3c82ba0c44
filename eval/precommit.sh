#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) on a throwaway repository with
# one clean and one faulty draft, through `pre-commit try-repo`: the clean draft
# alone passes, the faulty one fails the hook. Usage:
#     eval/precommit.sh PATH/TO/claimcheck
# It installs pre-commit into a virtual environment of its own.
set -euo pipefail
source "$(dirname "$0")/setup.sh" "$1"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pre-commit
mkdir -p "$work/bin"
ln -s "$bin" "$work/bin/claimcheck"
export PATH="$work/bin:$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"

# try-repo takes the hook from a git repository: a copy of this one's hook
# file, committed, so uncommitted work elsewhere in the tree does not matter.
hooks="$work/hooks"
mkdir -p "$hooks"
cp "$repo/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" init --quiet
git -C "$hooks" -c user.name=ci -c user.email=ci@example.invalid add .
git -C "$hooks" -c user.name=ci -c user.email=ci@example.invalid commit --quiet -m hooks

site="$work/site"
mkdir -p "$site"
cd "$site"
git init --quiet
printf 'published = "2026-02-10"\n' > claimcheck.toml
printf '# Harbour reopens\n\nThe harbour reopened on Monday after 40 boats were moved, the port authority said.\n' > clean.md
printf '# Breakout\n\nPolice said 40 inmates escaped on Sunday night.\n\nBy Tuesday, 55 had been recaptured, the governor said.\n' > faulty.md
git add claimcheck.toml clean.md faulty.md

if pre-commit try-repo "$hooks" claimcheck --files clean.md claimcheck.toml; then
    echo "pre-commit: the clean draft passes"
else
    echo "pre-commit: the clean draft failed the hook" >&2
    exit 1
fi
if out=$(pre-commit try-repo "$hooks" claimcheck --files clean.md faulty.md 2>&1); then
    echo "$out"
    echo "pre-commit: the faulty draft passed the hook" >&2
    exit 1
fi
if ! grep -q "CC101" <<<"$out"; then
    echo "$out"
    echo "pre-commit: the hook failed without naming the faulty figure (CC101)" >&2
    exit 1
fi
echo "pre-commit: the faulty draft fails the hook with CC101"
