#!/usr/bin/env bash
# Starts, stops or reports a real libvirtd for the integration tests, without systemd.
# Usage: scripts/libvirtd.sh start|stop|status      (idempotent)
#        scripts/libvirtd.sh start-private DIR [SETTING...]|stop-private DIR
#
# start: installs the daemon and QEMU from Debian's packages, prepares the machine
# (log folder, the libvirt-qemu user, qemu.conf, virtlogd) and starts libvirtd in the
# background under tini as subreaper (so exited QEMU processes are reaped at once),
# then waits until its socket answers.
#
# start-private DIR: a second, disposable libvirtd for fault tests (which kill and freeze
# it), serving only the test driver on DIR/libvirt-sock:
#   test+unix:///default?socket=DIR/libvirt-sock
# It cannot disturb the shared daemon: its config, sockets, pid file and log live in DIR;
# LIBVIRT_DRIVER_DIR points at an empty folder, so it loads none of the stateful drivers
# (qemu, network, storage, ...) that would fight the shared daemon over /run/libvirt,
# /etc/libvirt and the guests; and where mount namespaces are allowed (root) it runs in
# its own (unshare -m) with a private tmpfs on /run/libvirt as well. It exits by itself
# after 300 s without clients (-t), so a crashed test run leaves nothing behind for long.
# Each SETTING is a line of its libvirtd.conf, such as 'keepalive_interval = 1'.
# Prints its pid. stop-private DIR kills it (SIGCONT, then SIGKILL) and waits for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
socket=/run/libvirt/libvirt-sock

alive() { # alive PIDFILE COMM
  local pid
  pid=$(cat "$1" 2>/dev/null) && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$2" ]
}

answers() { [ -S "$socket" ] && virsh -q -c qemu:///system uri >/dev/null 2>&1; }

# MARK: - The shared daemon

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
  # Only the shared daemon: private ones (start-private) have their own pid files.
  if alive /run/libvirtd.pid libvirtd; then
    pid=$(cat /run/libvirtd.pid)
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
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

# MARK: - A private daemon

private_answers() { # private_answers DIR
  [ -S "$1/libvirt-sock" ] && virsh -q -c "test+unix:///default?socket=$1/libvirt-sock" uri >/dev/null 2>&1
}

start_private() {
  local dir=$1
  shift
  if [ ! -x /usr/sbin/libvirtd ] || ! command -v virsh >/dev/null; then
    "$here/install-deps.sh" --daemon >&2
  fi
  mkdir -p "$dir/drivers"
  dir=$(cd "$dir" && pwd)
  if alive "$dir/libvirtd.pid" libvirtd && private_answers "$dir"; then
    echo "$(cat "$dir/libvirtd.pid")"
    return
  fi
  printf '%s\n' \
    "unix_sock_dir = \"$dir\"" \
    "admin_unix_sock_dir = \"$dir\"" \
    "unix_sock_rw_perms = \"0700\"" \
    'auth_unix_rw = "none"' \
    'auth_unix_ro = "none"' \
    "log_outputs = \"3:file:$dir/libvirtd.log\"" "$@" >"$dir/libvirtd.conf"
  local isolate=()
  if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    # shellcheck disable=SC2016 # expanded by the inner shell
    isolate=(unshare -m sh -c 'mount -t tmpfs tmpfs /run/libvirt 2>/dev/null; exec "$@"' sh)
  fi
  LIBVIRT_DRIVER_DIR="$dir/drivers" setsid "${isolate[@]}" /usr/sbin/libvirtd \
    -f "$dir/libvirtd.conf" -p "$dir/libvirtd.pid" -t 300 </dev/null >>"$dir/libvirtd.out" 2>&1 &
  for _ in $(seq 200); do private_answers "$dir" && break; sleep 0.05; done
  private_answers "$dir" || { echo "private libvirtd did not come up; see $dir/libvirtd.out" >&2; exit 1; }
  echo "$(cat "$dir/libvirtd.pid")"
}

stop_private() {
  local dir=$1 pid
  if alive "$dir/libvirtd.pid" libvirtd; then
    pid=$(cat "$dir/libvirtd.pid")
    kill -CONT "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  fi
  rm -f "$dir/libvirtd.pid"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  start-private) shift; start_private "${1:?usage: $0 start-private DIR [SETTING...]}" "${@:2}" ;;
  stop-private) stop_private "${2:?usage: $0 stop-private DIR}" ;;
  *) echo "usage: $0 start|stop|status|start-private DIR [SETTING...]|stop-private DIR" >&2; exit 2 ;;
esac
