#!/usr/bin/env bash
# Runs the whole test suite: installs libvirt and QEMU, starts the libvirtd the
# integration tests use (scripts/libvirtd.sh), checks the examples against it
# (scripts/check-examples.sh), then runs swift test (both test targets).
# Extra arguments go to swift test alone (e.g. --filter Connection).
#
# Without arguments it then runs the suites that depend on the event loop
# (events, keepalive, close reasons, streams, faults, reconnection, the loop's
# contract) again under the other loop, chosen by SWIFT_LIBVIRT_EVENT_LOOP.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/libvirtd.sh start
if [ $# -eq 0 ]; then
  scripts/check-examples.sh
fi
swift test "$@"
if [ $# -eq 0 ]; then
  case "${SWIFT_LIBVIRT_EVENT_LOOP:-sdk}" in
    default) other=sdk ;;
    *) other=default ;;
  esac
  loop_suites='EventLoopContractTests|DomainEventTests|ObjectEventTests|DaemonEventTests|MulticastEventTests'
  loop_suites+='|CloseEventTests|ConnectionTests|StreamTests|StreamDaemonTests|StorageDaemonTests'
  loop_suites+='|DaemonKillTests|StaleHandleTests|ReconnectTests|ReconnectPolicyTests'
  loop_suites+='|TestDriverThroughDaemonTests|EventsUnderLoadTests'
  echo "== the event loop's suites again, under SWIFT_LIBVIRT_EVENT_LOOP=$other"
  SWIFT_LIBVIRT_EVENT_LOOP=$other swift test --skip-build --filter "$loop_suites"
fi
