#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), then runs swift test.
# Extra arguments go to swift test (e.g. --filter Connection).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
swift test "$@"
