#!/usr/bin/env bash
# The GitHub Action (action.yml) run as the runner would run its check step, on
# a throwaway repository whose last commit adds a faulty draft beside a clean
# one: the step fails, its annotations name the faulty figure, and the SARIF
# file lists it; with no article changed, the step passes. The build step is
# replaced by the binary given. Usage:
#     eval/action.sh PATH/TO/claimcheck
set -euo pipefail
source "$(dirname "$0")/setup.sh" "$1"

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pyyaml
# The check step's script, as the runner would take it from action.yml.
"$work/venv/bin/python" - "$repo/action.yml" > "$work/step.sh" <<'PY'
import sys, yaml
steps = yaml.safe_load(open(sys.argv[1]))["runs"]["steps"]
print(next(s for s in steps if s["name"] == "Check the articles")["run"])
PY

export RUNNER_TEMP="$work/runner"
mkdir -p "$RUNNER_TEMP/claimcheck/bin"
ln -s "$bin" "$RUNNER_TEMP/claimcheck/bin/claimcheck"

site="$work/site"
mkdir -p "$site"
cd "$site"
git init --quiet
git config user.name ci
git config user.email ci@example.invalid
printf 'published = "2026-02-10"\n' > claimcheck.toml
printf '# Harbour reopens\n\nThe harbour reopened on Monday after 40 boats were moved, the port authority said.\n' > clean.md
git add . && git commit --quiet -m base
base=$(git rev-parse HEAD)
printf '# Breakout\n\nPolice said 40 inmates escaped on Sunday night.\n\nBy Tuesday, 55 had been recaptured, the governor said.\n' > faulty.md
git add faulty.md && git commit --quiet -m "add a draft"

run_step() {
    PATHS="" ARGS="" SARIF="$work/out.sarif" BASE="$1" bash "$work/step.sh"
}

if out=$(run_step "$base" 2>&1); then
    echo "$out"
    echo "action: the faulty draft passed the step" >&2
    exit 1
fi
grep -q "^::error file=faulty.md,line=5" <<<"$out" || {
    echo "$out"
    echo "action: no annotation on the faulty figure" >&2
    exit 1
}
grep -q "clean.md" <<<"$out" && {
    echo "action: the unchanged draft was checked" >&2
    exit 1
}
python3 - "$work/out.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
assert any(r["ruleId"] == "CC101" for r in results), results
PY
echo "action: the faulty draft fails the step, annotated and in SARIF"

git commit --quiet --allow-empty -m "nothing to check"
run_step "$(git rev-parse HEAD~1)" > /dev/null
python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['runs'] == []" "$work/out.sarif"
echo "action: with no changed article the step passes"
