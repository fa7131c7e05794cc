#!/usr/bin/env bash
# Starts, stops or reports a real libvirtd for the integration tests, without systemd.
# Usage: scripts/libvirtd.sh start|stop|status      (idempotent)
#
# start: installs the daemon and QEMU from Debian's packages, prepares the machine
# (log folder, the libvirt-qemu user, qemu.conf, virtlogd) and starts libvirtd in the
# background under tini as subreaper (so exited QEMU processes are reaped at once),
# then waits until its socket answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
socket=/run/libvirt/libvirt-sock

alive() { # alive PIDFILE COMM
  local pid
  pid=$(cat "$1" 2>/dev/null) && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm")" = "$2" ]
}

answers() { [ -S "$socket" ] && virsh -q -c qemu:///system uri >/dev/null 2>&1; }

start() {
  "$here/install-deps.sh" --daemon
  mkdir -p /var/log/libvirt
  getent group libvirt-qemu >/dev/null || groupadd -r libvirt-qemu
  getent passwd libvirt-qemu >/dev/null ||
    useradd -r -g libvirt-qemu -M -d /var/lib/libvirt -s /usr/sbin/nologin libvirt-qemu
  # QEMU runs as root so that /dev/kvm (0600 root) is usable; TCG guests work either way.
  grep -qs '^user *=' /etc/libvirt/qemu.conf || printf 'user = "root"\ngroup = "root"\n' >>/etc/libvirt/qemu.conf
  alive /run/virtlogd.pid virtlogd || /usr/sbin/virtlogd -d
  if ! alive /run/libvirtd.pid libvirtd; then
    setsid tini -s -- /usr/sbin/libvirtd </dev/null >>/var/log/libvirt/libvirtd.out 2>&1 &
  fi
  for _ in $(seq 300); do answers && break; sleep 0.1; done
  answers || { echo "libvirtd did not come up; see /var/log/libvirt/libvirtd.out" >&2; exit 1; }
  echo "libvirtd running (pid $(cat /run/libvirtd.pid)), socket $socket"
}

stop() {
  local pid
  pid=$(cat /run/libvirtd.pid 2>/dev/null) && kill "$pid" 2>/dev/null || true
  for _ in $(seq 100); do pgrep -x libvirtd >/dev/null || break; sleep 0.1; done
  echo "libvirtd stopped"
}

status() {
  if alive /run/libvirtd.pid libvirtd && answers; then
    echo "libvirtd running (pid $(cat /run/libvirtd.pid)), socket $socket"
  else
    echo "libvirtd not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
