#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), checks the examples against it
# (scripts/check-examples.sh), runs swift test (both test targets), then a
# budget of the fuzzer (scripts/fuzz.sh) and the in-process suite under
# AddressSanitizer (scripts/sanitize.sh address).
# Extra arguments go to swift test alone (e.g. --filter Connection), which then
# runs alone.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
if [ $# -eq 0 ]; then
  scripts/check-examples.sh
fi
swift test "$@"
if [ $# -eq 0 ]; then
  scripts/fuzz.sh --cases 3000
  scripts/sanitize.sh address
fi
