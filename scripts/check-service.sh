#!/usr/bin/env bash
# Runs the Examples' service (an event monitor and a statistics poller in a
# swift-service-lifecycle ServiceGroup) on test+unix:///default beside
# `virsh event --all --loop`, makes a domain go through its life, then sends
# SIGTERM and checks: a log line per event virsh saw, exit status 0 within
# 1 s, every event subscription deregistered and each connection closed
# with 0 references left (the SDK's own log lines).
#
# Needs the daemon (scripts/libvirtd.sh start).
# Usage: scripts/check-service.sh   (the Examples package built, or it builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/check-common.sh

uri=test+unix:///default
name="swl-service-$$"
out=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  virsh -q -c "$uri" destroy "$name" >/dev/null 2>&1 || true
  virsh -q -c "$uri" undefine "$name" >/dev/null 2>&1 || true
  virsh -q -c "$uri" undefine "$name-probe" >/dev/null 2>&1 || true
  rm -rf "$out"
}
trap cleanup EXIT

count() { grep -Ec -- "$2" "$1" || true; }

virsh -q -c "$uri" uri >/dev/null 2>&1 || fail "libvirtd does not answer on $uri: run scripts/libvirtd.sh start"
bin=$(swift build --package-path Examples --show-bin-path)
if [ ! -x "$bin/service" ]; then
  swift build --package-path Examples --product service >"$out/build.txt" 2>&1 ||
    fail "swift build --product service" "$out/build.txt"
fi

# The reference: virsh's own event stream on the same daemon.
virsh -c "$uri" event --all --loop >"$out/virsh.txt" 2>&1 &
pids+=($!)
"$bin/service" --uri "$uri" --interval 0.2 --log-level debug >"$out/service.txt" 2>&1 &
service=$!
pids+=("$service")
wait_for "$out/service.txt" 'monitoring domain events' 30 "the service's event monitor"
wait_for "$out/service.txt" 'domain statistics' 30 "the service's statistics poller"

domain_xml() { echo "<domain type='test'><name>$1</name><memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>"; }
# virsh event prints nothing once it listens: define a probe until it shows.
domain_xml "$name-probe" >"$out/probe.xml"
for _ in $(seq 50); do
  virsh -q -c "$uri" define "$out/probe.xml" >/dev/null
  virsh -q -c "$uri" undefine "$name-probe" >/dev/null
  grep -q "for domain '$name-probe'" "$out/virsh.txt" && break
  sleep 0.2
done
grep -q "for domain '$name-probe'" "$out/virsh.txt" || fail "virsh event shows no event" "$out/virsh.txt"

# A domain's life: defined, started, suspended, resumed, destroyed, undefined.
domain_xml "$name" >"$out/domain.xml"
virsh -q -c "$uri" define "$out/domain.xml" >/dev/null
for verb in start suspend resume destroy undefine; do virsh -q -c "$uri" "$verb" "$name" >/dev/null; done
wait_for "$out/virsh.txt" "for domain '$name': Undefined" 10 "virsh event"
wait_for "$out/service.txt" "domain=$name.*Undefined|Undefined.*domain=$name|$name.*undefined" 10 "the service's undefined line"
seen=$(count "$out/virsh.txt" "for domain '$name':")
logged=$(count "$out/service.txt" "domain event.*domain=$name |domain=$name .*domain event")
[ "$seen" -ge 6 ] || fail "virsh saw $seen events of $name, expected at least 6" "$out/virsh.txt"
[ "$logged" = "$seen" ] || fail "the service logged $logged event lines for $name, virsh saw $seen" "$out/service.txt" "$out/virsh.txt"
echo "ok: a log line per event: $logged lines for the $seen events virsh saw of $name"

# SIGTERM: a graceful stop within 1 s, exit status 0.
start=$(date +%s%N)
kill -TERM "$service"
status=0
wait "$service" || status=$?
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
pids=("${pids[0]}")
[ "$status" = 0 ] || fail "the service exited with status $status after SIGTERM" "$out/service.txt"
[ "$elapsed_ms" -lt 1000 ] || fail "the service took $elapsed_ms ms to stop after SIGTERM" "$out/service.txt"
echo "ok: SIGTERM: exit status 0 after $elapsed_ms ms"

# What the SDK logged as it stopped.
grep -q 'domain events ended' "$out/service.txt" || fail "the event monitor's loop did not end" "$out/service.txt"
grep -q 'polling ended' "$out/service.txt" || fail "the poller's loop did not end" "$out/service.txt"
grep -Eq 'libvirt.deregistered=[1-9][0-9]* libvirt.failed=0.*event callbacks deregistered' "$out/service.txt" ||
  fail "no deregistration of the event callbacks was logged" "$out/service.txt"
closed=$(count "$out/service.txt" 'libvirt.references=0 .*connection closed$')
[ "$closed" = 2 ] || fail "$closed connections closed with 0 references, expected 2 (monitor, poller)" "$out/service.txt"
if grep -Eq 'libvirt.references=[1-9]' "$out/service.txt"; then
  fail "a connection closed with references left" "$out/service.txt"
fi
grep -q ' stopped$' "$out/service.txt" || fail "no 'stopped' line" "$out/service.txt"
echo "ok: every subscription deregistered, both connections closed with 0 references"
echo "check-service: all checks passed"
