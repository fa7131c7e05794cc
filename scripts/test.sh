#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), checks that the generated
# vocabulary is current (regenerates it from scripts/vocabulary.json and fails on
# any difference), checks the examples against the daemon (scripts/check-examples.sh),
# then runs swift test (both test targets).
# Extra arguments go to swift test alone (e.g. --filter Connection).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
generated=(Sources/Libvirt/Generated Tests/LibvirtTests/Generated)
scripts/generate-vocabulary.py
git diff --exit-code -- "${generated[@]}"
if [ -n "$(git status --porcelain -- "${generated[@]}")" ]; then
  git status --short -- "${generated[@]}" >&2
  echo "test.sh: the generated vocabulary is not committed (scripts/generate-vocabulary.py)" >&2
  exit 1
fi
if [ $# -eq 0 ]; then
  scripts/check-examples.sh
fi
swift test "$@"
