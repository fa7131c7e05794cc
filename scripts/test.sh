#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), checks the examples against it
# (scripts/check-examples.sh), then runs swift test (both test targets).
# Extra arguments go to swift test alone (e.g. --filter Connection).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
scripts/corpus.sh >/dev/null  # libvirt's XML test corpus, for the LibvirtXML corpus test
if [ $# -eq 0 ]; then
  scripts/check-examples.sh
fi
swift test "$@"
