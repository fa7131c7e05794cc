#!/usr/bin/env bash
# Fuzzes the SDK's public entry points that take XML, names, UUIDs, URIs,
# numbers and typed parameters, against copies of test:///default, each case
# on a fresh connection, cases run in child processes: a crash or a hang is
# counted (with its case number), never fatal to the run. Prints the table of
# outcomes by category and exits 1 if any case crashed or hung.
#
#   scripts/fuzz.sh [--cases N] [--seed S] [--first K] [--jobs J] [--timeout SECONDS]
#   scripts/fuzz.sh --case K [--seed S]     reruns one case in-process, saying what it calls
#
# Defaults: 2000 cases, seed 20261202, 2 jobs, 10 s before a case counts as hung.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product LibvirtFuzz >&2
# A private copy of the binary: a rebuild during a long run must not replace
# the program the children are started from.
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
cp "$(swift build --show-bin-path)/LibvirtFuzz" "$copy/"
args=("$@")
[[ " $* " == *" --timeout "* ]] || args+=(--timeout 10)
"$copy/LibvirtFuzz" "${args[@]}"
