# Sourced by the eval scripts that take the claimcheck binary as their one
# argument: `bin` (its absolute path), `repo` (this repository) and `work` (a
# scratch folder removed on exit).
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
