#!/usr/bin/env bash
# Runs the first example against the in-process test driver (or the URI given),
# installing libvirt-dev first if it is missing. Usage: scripts/example.sh [URI]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift run --package-path Examples -c release hostinfo "${1:-test:///default}"
