#!/usr/bin/env bash
# Runs Debian's prometheus-libvirt-exporter and the Examples' exporter against
# the same two QEMU guests on qemu:///system (each with a raw disk and a NIC
# on an isolated network; the script makes them and removes them), and
# compares their series: every series of Debian's present in ours with the
# same name, labels, type and help text, and the same value (CPU time within
# 1 %). Then times 20 scrapes of each, alternating, and prints the medians.
#
# Needs the daemon (scripts/libvirtd.sh start) and root (it starts guests).
# Usage: scripts/check-exporter.sh   (the Examples package built, or it builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/check-common.sh

uri=qemu:///system
tag="swl-exp-$$"
work=$(mktemp -d /var/tmp/swift-libvirt-exporter-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for i in 0 1; do virsh -q -c "$uri" destroy "$tag-$i" >/dev/null 2>&1 || true; done
  virsh -q -c "$uri" net-destroy "$tag" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

virsh -q -c "$uri" uri >/dev/null 2>&1 || fail "libvirtd does not answer on $uri: run scripts/libvirtd.sh start"
debian=/usr/bin/prometheus-libvirt-exporter
[ -x "$debian" ] || fail "$debian is missing: run scripts/install-deps.sh --daemon"
bin=$(swift build --package-path Examples --show-bin-path)
if [ ! -x "$bin/exporter" ]; then
  swift build --package-path Examples --product exporter >"$work/build.txt" 2>&1 ||
    fail "swift build --product exporter" "$work/build.txt"
fi

# MARK: - Two guests, each with a disk and a NIC

# An isolated network (no IP, so no dnsmasq): libvirt makes its bridge, and
# each NIC's live XML names it as its source bridge. Bridge names: 15 bytes.
echo "<network><name>$tag</name><bridge name='vb$$'/></network>" >"$work/network.xml"
virsh -q -c "$uri" net-create "$work/network.xml" >/dev/null
# A boot sector that spins about a second or more of guest CPU time, then
# halts: the CPU time grows past where the 10 ms ticks Debian's exporter reads
# (virDomainGetInfo) round it by 1 %, and then the guest stays still (SeaBIOS
# read the disk once; no network boot ROM), so the two exporters, which scrape
# one after the other, see the same counters.
#   mov ecx, 0x10000000; spin: dec ecx; jnz spin; cli; halt: hlt; jmp halt
printf '\x66\xb9\x00\x00\x00\x10\x66\x49\x75\xfc\xfa\xf4\xeb\xfd' >"$work/boot.bin"
printf '\x55\xaa' | dd of="$work/boot.bin" bs=1 seek=510 conv=notrunc status=none
for i in 0 1; do
  qemu-img create -q -f raw "$work/disk$i.img" 1M
  dd if="$work/boot.bin" of="$work/disk$i.img" conv=notrunc status=none
  cat >"$work/guest$i.xml" <<XML
<domain type='qemu'><name>$tag-$i</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='raw'/>
      <source file='$work/disk$i.img'/><target dev='vda' bus='virtio'/></disk>
    <interface type='network'><source network='$tag'/><model type='virtio'/><rom enabled='no'/></interface>
    <video><model type='none'/></video><memballoon model='none'/>
  </devices>
</domain>
XML
  virsh -q -c "$uri" create "$work/guest$i.xml" >/dev/null
done

# MARK: - Both exporters

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
debian_port=$(free_port)
"$debian" --web.listen-address="127.0.0.1:$debian_port" --libvirt.uri="$uri" >"$work/debian.log" 2>&1 &
pids+=($!)
ours_port=$(free_port)
"$bin/exporter" --uri "$uri" --port "$ours_port" --log-level warning >"$work/ours.log" 2>&1 &
pids+=($!)
for name in debian ours; do
  port_var="${name}_port"
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:${!port_var}/metrics" >/dev/null && break; sleep 0.1; done
  curl -sf "http://127.0.0.1:${!port_var}/metrics" >/dev/null || fail "the $name exporter does not answer" "$work/$name.log"
done

# MARK: - The comparison

compare() { # compare DEBIAN OURS STRICT: exit status 0 when they match
  python3 - "$1" "$2" "$tag" "$3" <<'PY'
import re, sys

def parse(path):
    series, helps, types = {}, {}, {}
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("# HELP "):
            name, _, text = line[7:].partition(" ")
            helps[name] = text
        elif line.startswith("# TYPE "):
            name, _, kind = line[7:].partition(" ")
            types[name] = kind
        elif line and not line.startswith("#"):
            m = re.match(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$', line)
            if not m:
                sys.exit(f"unparsable line: {line}")
            labels = tuple(sorted(re.findall(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"', m.group(2) or "")))
            series[(m.group(1), labels)] = float(m.group(3))
    return series, helps, types

debian_path, ours_path, tag, strict = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
debian, debian_help, debian_type = parse(debian_path)
ours, ours_help, ours_type = parse(ours_path)
# The Go client's own metrics (go_*, process_*, promhttp_*) are not libvirt's.
debian = {k: v for k, v in debian.items() if k[0].startswith("libvirt_")}
domains = lambda s: {dict(k[1]).get("domain") for k in s} - {None}
both = domains(debian) & domains(ours)
problems, compared, names = [], 0, set()
for (name, labels), value in sorted(debian.items()):
    domain = dict(labels).get("domain")
    mine = domain is not None and domain.startswith(tag + "-")
    if domain is not None and domain not in both:
        continue  # another test's guest, started or stopped between the two scrapes
    key = (name, labels)
    if key not in ours:
        problems.append(f"missing in ours: {name}{{{', '.join(f'{k}={v!r}' for k, v in labels)}}}")
        continue
    compared += 1
    names.add(name)
    if ours_help.get(name) != debian_help.get(name):
        problems.append(f"{name}: help {ours_help.get(name)!r}, Debian's {debian_help.get(name)!r}")
    if ours_type.get(name) != debian_type.get(name):
        problems.append(f"{name}: type {ours_type.get(name)!r}, Debian's {debian_type.get(name)!r}")
    if name == "libvirt_domains_number" and domains(debian) != domains(ours):
        continue  # the set of guests changed between the scrapes
    if domain is not None and not mine:
        continue  # another test's guest: its counters move on their own
    if name == "libvirt_domain_info_cpu_time_seconds_total":
        if abs(ours[key] - value) > 0.01 * max(abs(value), 1e-9):
            problems.append(f"{name} {dict(labels)['domain']}: {ours[key]} vs Debian's {value} (more than 1 %)")
    elif ours[key] != value:
        problems.append(f"{name}{dict(labels)}: {ours[key]} vs Debian's {value}")
mine = {k for k in debian if (dict(k[1]).get("domain") or "").startswith(tag + "-")}
if len({dict(k[1])["domain"] for k in mine}) != 2:
    problems.append(f"Debian's exporter shows {len(mine)} series of this check's two guests")
if problems:
    if strict:
        print("\n".join(problems))
    sys.exit(1)
print(f"ok: {compared} series of Debian's exporter ({len(names)} metric names, {len(mine)} of them for this "
      f"check's 2 guests) present in ours with the same name, labels, type and help; values equal, CPU time within 1 %")
PY
}

# The guests boot, spin and halt: compare until the two agree (the counters of
# a guest still booting move between the two scrapes), at most 30 s.
matched=0
for attempt in $(seq 30); do
  curl -sf "http://127.0.0.1:$debian_port/metrics" >"$work/debian.txt"
  curl -sf "http://127.0.0.1:$ours_port/metrics" >"$work/ours.txt"
  if compare "$work/debian.txt" "$work/ours.txt" 0 >"$work/compare.txt"; then
    matched=1
    break
  fi
  sleep 1
done
if [ "$matched" != 1 ]; then
  compare "$work/debian.txt" "$work/ours.txt" 1 >"$work/compare.txt" || true
  fail "the series differ after $attempt attempts" "$work/compare.txt" "$work/debian.txt" "$work/ours.txt"
fi
cat "$work/compare.txt"

# MARK: - Scrape latency

: >"$work/debian.times"
: >"$work/ours.times"
for _ in $(seq 20); do
  curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$debian_port/metrics" >>"$work/debian.times"
  curl -sf -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$ours_port/metrics" >>"$work/ours.times"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f ms", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) * 1000 }'; }
domains=$(virsh -q -c "$uri" list --name | grep -c . || true)
echo "scrape latency, median of 20 alternating scrapes ($domains running guests on $uri): Debian's $(median "$work/debian.times"), ours $(median "$work/ours.times")"
echo "check-exporter: all checks passed"
