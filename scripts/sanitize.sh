#!/usr/bin/env bash
# Runs the in-process suite (Tests/LibvirtTests) under a sanitizer:
#   scripts/sanitize.sh address   AddressSanitizer and LeakSanitizer
#   scripts/sanitize.sh thread    ThreadSanitizer
# Each kind builds in a scratch directory of its own (.build-asan, .build-tsan),
# so the ordinary .build is left alone. Extra arguments go to swift test.
# Suppressions, each with its reason, are in scripts/sanitizers/ (tsan.supp's one
# false positive is shown by scripts/sanitizers/mutex-control.swift).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-}"
shift || true
case "$kind" in
  address) scratch=.build-asan ;;
  thread) scratch=.build-tsan ;;
  *) echo "usage: scripts/sanitize.sh address|thread [swift test arguments]" >&2; exit 2 ;;
esac
here="$PWD/scripts/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="suppressions=$here/tsan.supp:halt_on_error=1:second_deadlock_stack=1"
swift build --build-tests --sanitize="$kind" --scratch-path "$scratch"
swift test --skip-build --sanitize="$kind" --scratch-path "$scratch" --filter 'LibvirtTests\.' "$@"
