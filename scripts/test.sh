#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), brings up three namespace hosts for
# the many-hosts tests (scripts/hosts.sh), checks that the generated vocabulary is
# current (regenerates it from scripts/vocabulary.json and fails on any difference),
# checks the examples against the daemon (scripts/check-examples.sh), the swift
# blocks of README and of the DocC articles (scripts/check-readme.sh) and builds the
# documentation with no DocC warning (scripts/docs.sh), then runs swift test.
# Extra arguments go to swift test alone (e.g. --filter Connection).
#
# Without arguments it then runs the suites that depend on the event loop
# (events, keepalive, close reasons, streams, faults, reconnection, the loop's
# contract) again under the other loop, chosen by SWIFT_LIBVIRT_EVENT_LOOP, then
# a budget of the fuzzer (scripts/fuzz.sh) and the in-process suite under
# AddressSanitizer (scripts/sanitize.sh address).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
scripts/corpus.sh >/dev/null  # libvirt's XML test corpus, for the LibvirtXML corpus test
scripts/hosts.sh up 3
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
  swift build
  scripts/check-readme.sh
  scripts/docs.sh
fi
swift test "$@"
if [ $# -eq 0 ]; then
  case "${SWIFT_LIBVIRT_EVENT_LOOP:-sdk}" in
    default) other=sdk ;;
    *) other=default ;;
  esac
  loop_suites='EventLoopContractTests|DomainEventTests|ObjectEventTests|DaemonEventTests|MulticastEventTests'
  loop_suites+='|CloseEventTests|ConnectionTests|StreamTests|StreamDaemonTests|StorageDaemonTests'
  loop_suites+='|DaemonKillTests|StaleHandleTests|KeepAliveDrillTests|HandleReleaseTests|ReconnectTests|ReconnectPolicyTests'
  loop_suites+='|TestDriverThroughDaemonTests|EventsUnderLoadTests|EventReleaseTests|EventLoopExecutorTests|CallsOnlyTests|DormantSocketTests'
  echo "== the event loop's suites again, under SWIFT_LIBVIRT_EVENT_LOOP=$other"
  SWIFT_LIBVIRT_EVENT_LOOP=$other swift test --skip-build --filter "$loop_suites"
  scripts/fuzz.sh --cases 3000
  scripts/sanitize.sh address
fi
