#!/usr/bin/env bash
# The Python package and the Spark job (issue 13): build the wheel with
# maturin, install it into a fresh virtual environment, check the seed article
# as a user would, run the package's tests against the CLI, then the Spark job
# in local[1] and local[2] against the CLI and the package (examples/spark/test_job.py:
# every finding and claim identical). Usage:
#     eval/python.sh PATH/TO/claimcheck
# It needs python3 (3.9+) and, for Spark, Java 17; it installs the rest into
# virtual environments of its own.
set -euo pipefail
source "$(dirname "$0")/setup.sh" "$1"

python3 -m venv "$work/build"
"$work/build/bin/pip" install --quiet maturin==1.16.0
"$work/build/bin/maturin" build --quiet --release -m "$repo/crates/python/Cargo.toml" -o "$work/wheels"

python3 -m venv "$work/venv"
py="$work/venv/bin/python"
"$work/venv/bin/pip" install --quiet "$work"/wheels/claimcheck-*.whl

# The package on its own, from a folder that is not the repository.
seed="$repo/../shared/seed/article.txt"
[[ -f $seed ]] || seed="$repo/tests/fixtures/prison-break.md"
(cd "$work" && "$py" -c "import claimcheck, sys; print(claimcheck.check(open(sys.argv[1]).read(), published='2026-02-10'))" "$seed")

CLAIMCHECK_BIN="$bin" "$py" -m unittest discover -s "$repo/crates/python/tests"

"$work/venv/bin/pip" install --quiet -r "$repo/examples/spark/requirements.txt"
"$py" "$repo/examples/spark/test_job.py" --bin "$bin" --realnews "$repo/../shared/realnews"
