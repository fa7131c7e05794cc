#!/usr/bin/env bash
# Builds the Examples package and runs each example against the in-process test
# driver (test:///default) and the running libvirtd (test+unix:///default,
# qemu:///system), checking their output with grep; then the exporter against
# Debian's (scripts/check-exporter.sh) and the service's graceful stop
# (scripts/check-service.sh). Fails with the first check that does not hold,
# printing what the example printed.
#
# Needs the daemon: scripts/libvirtd.sh start (scripts/test.sh starts it).
# Usage: scripts/check-examples.sh        (about a minute once built)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/check-common.sh

out=$(mktemp -d)
private=
frozen=
background=()
cleanup() {
  for pid in "${background[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
  for pid in "${background[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$frozen" ]; then scripts/libvirtd.sh stop-private "$frozen" >/dev/null 2>&1 || true; fi
  rm -rf "$out" ${private:+"$private"} ${frozen:+"$frozen"}
}
trap cleanup EXIT

expect() { # expect FILE REGEX WHAT
  grep -Eq -- "$2" "$1" || fail "$3: no line matches /$2/" "$1"
  echo "ok: $3"
}

virsh -q -c qemu:///system uri >/dev/null 2>&1 ||
  fail "libvirtd does not answer on qemu:///system: run scripts/libvirtd.sh start"

echo "== building the Examples package"
# Once more on failure: an incremental build has been seen to miss a source
# folder that a merge had just added to the library.
swift build --package-path Examples >"$out/build.txt" 2>&1 ||
  swift build --package-path Examples >"$out/build.txt" 2>&1 ||
  fail "swift build --package-path Examples" "$out/build.txt"
bin=$(swift build --package-path Examples --show-bin-path)

# MARK: - top
echo "== top"
"$bin/top" --iterations 2 --interval 0.5 --plain >"$out/top-test.txt" 2>&1 || fail "top on test:///default" "$out/top-test.txt"
[ "$(grep -Ec '^NAME +STATE +CPU%' "$out/top-test.txt")" = 2 ] || fail "top --iterations 2: not two tables" "$out/top-test.txt"
expect "$out/top-test.txt" '^test +running ' "top on test:///default: a header and a row for test, twice"
"$bin/top" --uri test+unix:///default --iterations 1 --interval 0.5 --plain >"$out/top-unix.txt" 2>&1 ||
  fail "top on test+unix:///default" "$out/top-unix.txt"
expect "$out/top-unix.txt" '^test +running ' "top on test+unix:///default: a row for test"

# A daemon that stops answering (SIGSTOP; a private one, the shared daemon keeps
# running): top's keepalive gives it up, top names the lost connection and exits
# 1 within 10 s.
frozen=$(mktemp -d)
frozen_pid=$(scripts/libvirtd.sh start-private "$frozen")
timeout 60 "$bin/top" --uri "test+unix:///default?socket=$frozen/libvirt-sock" --interval 0.5 --plain \
  >"$out/top-frozen.txt" 2>&1 &
top=$!
background+=("$top")
wait_for "$out/top-frozen.txt" '^test +running ' 30 "top on a private daemon"
kill -STOP "$frozen_pid"
for _ in $(seq 100); do kill -0 "$top" 2>/dev/null || break; sleep 0.1; done
kill -0 "$top" 2>/dev/null && fail "top still runs 10 s after its daemon froze" "$out/top-frozen.txt"
status=0
wait "$top" || status=$?
background=()
[ "$status" = 1 ] || fail "top on a frozen daemon: exit status $status, not 1" "$out/top-frozen.txt"
expect "$out/top-frozen.txt" "^top: lost the connection to test\+unix:///default\?socket=.*: keepAlive$" \
  "top on a frozen daemon: the loss and its reason (keepalive) on stderr"
expect "$out/top-frozen.txt" "^top: test\+unix:///default\?socket=.*: " "top on a frozen daemon: the failed poll named"
scripts/libvirtd.sh stop-private "$frozen" >/dev/null
echo "ok: top on a frozen daemon: exited 1 within 10 s"

# MARK: - lifecycle
echo "== lifecycle"
check_lifecycle() { # check_lifecycle FILE COUNT WHAT
  local i step
  for ((i = 0; i < $2; i++)); do
    for step in 'Defined Added' 'Started Booted' 'Suspended Paused' 'Resumed Unpaused' 'Stopped Destroyed' 'Undefined Removed'; do
      grep -Eq "^[0-9-]+ [0-9:.]+\+0000: lifecycle-[0-9]+-$i: $step\$" "$1" ||
        fail "$3: guest $i has no '$step' line" "$1"
    done
  done
  echo "ok: $3: defined, started, suspended, resumed, stopped, undefined lines for $2 guests"
}
"$bin/lifecycle" --count 3 >"$out/life-test.txt" 2>&1 || fail "lifecycle on test:///default" "$out/life-test.txt"
check_lifecycle "$out/life-test.txt" 3 "lifecycle on test:///default"
"$bin/lifecycle" --uri test+unix:///default --count 3 >"$out/life-unix.txt" 2>&1 ||
  fail "lifecycle on test+unix:///default" "$out/life-unix.txt"
check_lifecycle "$out/life-unix.txt" 3 "lifecycle on test+unix:///default"
"$bin/lifecycle" --uri qemu:///system --count 2 >"$out/life-qemu.txt" 2>&1 ||
  fail "lifecycle on qemu:///system" "$out/life-qemu.txt"
check_lifecycle "$out/life-qemu.txt" 2 "lifecycle on qemu:///system"

# Ctrl-C while the guests run: every guest destroyed and undefined. Meanwhile,
# top on the same daemon shows them with real statistics.
"$bin/lifecycle" --uri qemu:///system --count 2 --hold 60 >"$out/life-int.txt" 2>&1 &
life=$!
background+=("$life")
wait_for "$out/life-int.txt" 'holding for' 30 "lifecycle --hold on qemu:///system"
"$bin/top" --uri qemu:///system --iterations 2 --interval 0.5 --plain >"$out/top-qemu.txt" 2>&1 ||
  fail "top on qemu:///system" "$out/top-qemu.txt"
expect "$out/top-qemu.txt" "^lifecycle-$life-0 +running +[0-9]+\.[0-9] +[0-9.]+ MiB" \
  "top on qemu:///system: a row with CPU% and memory for a running guest"
kill -INT "$life"
status=0
wait "$life" || status=$?
background=()
[ "$status" = 130 ] || fail "lifecycle after Ctrl-C: exit status $status, not 130" "$out/life-int.txt"
for i in 0 1; do
  expect "$out/life-int.txt" "cleanup: lifecycle-$life-$i: destroyed" "Ctrl-C: guest $i destroyed"
  expect "$out/life-int.txt" "cleanup: lifecycle-$life-$i: undefined" "Ctrl-C: guest $i undefined"
done
if virsh -q -c qemu:///system list --all --name | grep -q "^lifecycle-$life-"; then
  fail "guests of lifecycle (pid $life) left behind after Ctrl-C" "$out/life-int.txt"
fi
echo "ok: Ctrl-C: no guest of lifecycle-$life left on qemu:///system"

# MARK: - events
echo "== events"
"$bin/events" --demo --timeout 2 >"$out/ev-test.txt" 2>"$out/ev-test.err" || fail "events on test:///default" "$out/ev-test.txt" "$out/ev-test.err"
expect "$out/ev-test.txt" "^[0-9-]+ [0-9:.]+\+0000: event 'lifecycle' for domain 'test': Suspended Paused$" "events --demo: suspended line"
expect "$out/ev-test.txt" "event 'lifecycle' for domain 'test': Resumed Unpaused$" "events --demo: resumed line"
expect "$out/ev-test.txt" "event 'refresh' for storage pool default-pool$" "events --demo: pool refresh line"
expect "$out/ev-test.err" "no secret events" "events: the test driver's missing secret events reported on stderr"

# Another process changes a domain through the daemon.
"$bin/events" --uri test+unix:///default --timeout 4 >"$out/ev-unix.txt" 2>"$out/ev-unix.err" &
events=$!
background+=("$events")
wait_for "$out/ev-unix.err" 'listening' 30 "events on test+unix:///default"
virsh -q -c test+unix:///default suspend test >/dev/null
virsh -q -c test+unix:///default resume test >/dev/null
virsh -q -c test+unix:///default desc test "check-examples $$" >/dev/null
wait "$events" || fail "events on test+unix:///default exited with an error" "$out/ev-unix.txt" "$out/ev-unix.err"
background=()
expect "$out/ev-unix.txt" "event 'lifecycle' for domain 'test': Suspended Paused$" "events through the daemon: suspended line"
expect "$out/ev-unix.txt" "event 'lifecycle' for domain 'test': Resumed Unpaused$" "events through the daemon: resumed line"
# A missing string prints as virsh prints it: <null>, not (null).
expect "$out/ev-unix.txt" "event 'metadata-change' for domain 'test': type description, uri <null>$" \
  "events through the daemon: metadata-change line with virsh's <null>"

# The daemon goes away: events reports libvirt's close reason and exits 1. The
# daemon is a private one (a session libvirtd run as nobody, its own socket), so
# that the shared one keeps running.
if id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  private=$(mktemp -d) # outside $out, which only root may enter
  mkdir -p "$private/run" "$private/home"
  chown nobody "$private" "$private/run" "$private/home"
  chmod 700 "$private/run"
  setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
    env HOME="$private/home" XDG_RUNTIME_DIR="$private/run" /usr/sbin/libvirtd >"$out/private-libvirtd.log" 2>&1 &
  daemon=$!
  background+=("$daemon")
  socket="$private/run/libvirt/libvirt-sock"
  uri="test+unix:///default?socket=$socket"
  for _ in $(seq 100); do virsh -q -c "$uri" uri >/dev/null 2>&1 && break; sleep 0.1; done
  virsh -q -c "$uri" uri >/dev/null 2>&1 || fail "a private libvirtd did not come up" "$out/private-libvirtd.log"
  "$bin/events" --uri "$uri" >"$out/ev-close.txt" 2>"$out/ev-close.err" &
  events=$!
  background+=("$events")
  wait_for "$out/ev-close.err" 'listening' 30 "events on a private daemon"
  kill -TERM "$daemon"
  wait "$daemon" 2>/dev/null || true
  status=0
  wait "$events" || status=$?
  background=()
  [ "$status" = 1 ] || fail "events after its daemon went away: exit status $status, not 1" "$out/ev-close.txt" "$out/ev-close.err"
  expect "$out/ev-close.txt" "^[0-9-]+ [0-9:.]+\+0000: connection closed: eof$" "events: close reason when the daemon goes away"
else
  echo "skipped: events' close reason (needs the nobody user and setpriv for a private daemon)"
fi

# MARK: - exporter and service
echo "== exporter"
scripts/check-exporter.sh
echo "== service"
scripts/check-service.sh

echo "check-examples: all checks passed"
