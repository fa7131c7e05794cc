#!/usr/bin/env bash
# Brings up, tears down or reports N libvirt test hosts on this machine, for the
# many-hosts integration tests (transports, fleets, live migration).
# Usage: scripts/hosts.sh up [N]|down|status|env      (idempotent; N defaults to 3)
#        scripts/hosts.sh restart-daemon I|kill-daemon I   (host I's libvirtd only)
#        scripts/hosts.sh exec I COMMAND...               (a command inside host I)
#
# Host I (1..N) is a network namespace `lvh-I` with its own mount and UTS namespaces
# (hostname lvh-I), held open by an anchor process. Inside it live private copies of
# /etc/libvirt, /run/libvirt, /var/lib/libvirt, /var/log/libvirt and /var/cache/libvirt
# (bind mounts of $ROOT/hI/...), its own virtlogd, an sshd and a libvirtd with its own
# host_uuid that listens on TCP (auth none: test only) and TLS (certificates made here
# by certtool: a CA, one server certificate per host, one client certificate).
# Each namespace has a veth link into the bridge lvbr0 of this (the root) namespace:
# the bridge is 198.18.213.1/24 and host I is 198.18.213.(10+I). 198.18.0.0/15 is the
# range set aside for benchmarking and testing; traffic never leaves this machine.
#
# `env` prints shell assignments the tests read (LIBVIRT_TEST_HOSTS and the paths of
# the client key, PKI folders and a wrong CA); `up` writes them to $ROOT/env too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ROOT=${LIBVIRT_TEST_HOSTS_ROOT:-/var/tmp/swift-libvirt-hosts}
BRIDGE=lvbr0
NET=198.18.213

address() { echo "$NET.$((10 + $1))"; }
anchor_pid() { cat "$ROOT/h$1/anchor.pid" 2>/dev/null; }
anchored() { # anchored I: the namespace's anchor process is alive
  local pid
  pid=$(anchor_pid "$1") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    [ "$(readlink "/proc/$pid/ns/net")" = "$(ip netns exec "lvh-$1" readlink /proc/self/ns/net 2>/dev/null)" ]
}
inside() { # inside I COMMAND...: run in host I's namespaces
  local i=$1
  shift
  nsenter -t "$(anchor_pid "$i")" -m -u -n -- "$@"
}
answers() { # answers I: host I's libvirtd answers on its UNIX socket and on TCP
  inside "$1" virsh -q -c qemu:///system uri >/dev/null 2>&1 &&
    virsh -q -c "qemu+tcp://$(address "$1")/system" uri >/dev/null 2>&1
}

# MARK: - Packages and certificates

packages() {
  "$here/install-deps.sh" --daemon
  local missing=()
  for package in openssh-server openssh-client gnutls-bin iproute2; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
      apt-get update >/dev/null
      apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
    }
  fi
}

# certificate NAME TEMPLATE-LINES...: a key and a certificate signed by the CA in $ROOT/pki
certificate() {
  local name=$1
  shift
  local pki=$ROOT/pki
  [ -s "$pki/$name-cert.pem" ] && return
  certtool --generate-privkey --key-type rsa --bits 2048 --outfile "$pki/$name-key.pem" 2>/dev/null
  printf '%s\n' "$@" >"$pki/$name.info"
  certtool --generate-certificate --load-privkey "$pki/$name-key.pem" \
    --load-ca-certificate "$pki/ca-cert.pem" --load-ca-privkey "$pki/ca-key.pem" \
    --template "$pki/$name.info" --outfile "$pki/$name-cert.pem" 2>/dev/null
}

certificates() {
  local count=$1 pki=$ROOT/pki
  mkdir -p "$pki"
  if [ ! -s "$pki/ca-cert.pem" ]; then
    certtool --generate-privkey --outfile "$pki/ca-key.pem" 2>/dev/null
    printf '%s\n' 'cn = swift-libvirt test CA' ca cert_signing_key 'expiration_days = 3650' >"$pki/ca.info"
    certtool --generate-self-signed --load-privkey "$pki/ca-key.pem" --template "$pki/ca.info" \
      --outfile "$pki/ca-cert.pem" 2>/dev/null
  fi
  # A second CA that signed nothing the hosts present: clients trusting it must fail.
  if [ ! -s "$pki/wrong-ca/cacert.pem" ]; then
    mkdir -p "$pki/wrong-ca"
    certtool --generate-privkey --outfile "$pki/wrong-ca/ca-key.pem" 2>/dev/null
    printf '%s\n' 'cn = an unrelated CA' ca cert_signing_key 'expiration_days = 3650' >"$pki/wrong-ca/ca.info"
    certtool --generate-self-signed --load-privkey "$pki/wrong-ca/ca-key.pem" \
      --template "$pki/wrong-ca/ca.info" --outfile "$pki/wrong-ca/cacert.pem" 2>/dev/null
  fi
  for i in $(seq "$count"); do
    certificate "server-$i" "organization = swift-libvirt" "cn = lvh-$i" "ip_address = $(address "$i")" \
      "dns_name = lvh-$i" tls_www_server encryption_key signing_key 'expiration_days = 3650'
  done
  certificate client "organization = swift-libvirt" "cn = client" tls_www_client \
    encryption_key signing_key 'expiration_days = 3650'
  # libvirt's pkipath layout, for ?pkipath= in client URIs: the right CA, and the wrong one.
  mkdir -p "$pki/client"
  cp "$pki/ca-cert.pem" "$pki/client/cacert.pem"
  cp "$pki/client-cert.pem" "$pki/client/clientcert.pem"
  cp "$pki/client-key.pem" "$pki/client/clientkey.pem"
  # The wrong CA's folder has a client certificate of its own CA, so the client's
  # own checks pass and the failure is the one under test: the hosts' CA is unknown.
  if [ ! -s "$pki/wrong-ca/clientcert.pem" ]; then
    certtool --generate-privkey --key-type rsa --bits 2048 --outfile "$pki/wrong-ca/clientkey.pem" 2>/dev/null
    printf '%s\n' "organization = swift-libvirt" "cn = client" tls_www_client encryption_key signing_key \
      'expiration_days = 3650' >"$pki/wrong-ca/client.info"
    certtool --generate-certificate --load-privkey "$pki/wrong-ca/clientkey.pem" \
      --load-ca-certificate "$pki/wrong-ca/cacert.pem" --load-ca-privkey "$pki/wrong-ca/ca-key.pem" \
      --template "$pki/wrong-ca/client.info" --outfile "$pki/wrong-ca/clientcert.pem" 2>/dev/null
  fi
  # SSH: one client key authorized on every host, and a second one that is not.
  [ -s "$ROOT/ssh/id_ed25519" ] || { mkdir -p "$ROOT/ssh" && ssh-keygen -q -t ed25519 -N '' -f "$ROOT/ssh/id_ed25519"; }
  [ -s "$ROOT/ssh/wrong_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -f "$ROOT/ssh/wrong_ed25519"
  cp "$ROOT/ssh/id_ed25519.pub" "$ROOT/ssh/authorized_keys"
  chmod 600 "$ROOT/ssh/authorized_keys"
}

# MARK: - One host

network() { # network I: the namespace, its veth link into the bridge, its address
  local i=$1 ns=lvh-$1
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge
    ip addr add "$NET.1/24" dev "$BRIDGE"
  fi
  ip link set "$BRIDGE" up
  ip netns list | grep -qw "$ns" || ip netns add "$ns"
  if ! ip link show "lvh-$i-br" >/dev/null 2>&1; then
    ip link add "lvh-$i-br" type veth peer name eth0 netns "$ns"
    ip link set "lvh-$i-br" master "$BRIDGE" up
    ip -n "$ns" addr add "$(address "$i")/24" dev eth0
  fi
  ip -n "$ns" link set lo up
  ip -n "$ns" link set eth0 up
}

files() { # files I: the host's private folders and configuration
  local i=$1 dir=$ROOT/h$1
  mkdir -p "$dir"/{run,lib,log,cache,sshd}
  if [ ! -d "$dir/etc" ]; then
    cp -a /etc/libvirt "$dir/etc"
    # Nothing autostarts: no default network, no storage pools of the machine.
    rm -rf "$dir/etc/qemu/networks/autostart" "$dir/etc/storage/autostart"
  fi
  mkdir -p "$dir/lib/qemu" "$dir/lib/images" "$dir/cache/qemu" "$dir/lib/dnsmasq"
  printf '%s\n' \
    'listen_tls = 1' 'listen_tcp = 1' "listen_addr = \"$(address "$i")\"" \
    'auth_tcp = "none"' 'auth_tls = "none"' \
    "key_file = \"$ROOT/pki/server-$i-key.pem\"" "cert_file = \"$ROOT/pki/server-$i-cert.pem\"" \
    "ca_file = \"$ROOT/pki/ca-cert.pem\"" \
    "host_uuid = \"5f1c0a5e-0000-4000-8000-00000000000$i\"" \
    'log_outputs = "3:file:/var/log/libvirt/libvirtd.log"' >"$dir/etc/libvirtd.conf"
  # Guests run as root (as on the shared daemon); no cgroups, so hosts do not fight
  # over the machine's; migration streams go to the destination's own address.
  printf '%s\n' 'user = "root"' 'group = "root"' 'cgroup_controllers = [ ]' \
    "migration_host = \"$(address "$i")\"" 'migration_address = "0.0.0.0"' >"$dir/etc/qemu.conf"
  printf '%s\n' \
    "ListenAddress $(address "$i")" "HostKey $dir/sshd/host_ed25519" "PidFile $dir/sshd/sshd.pid" \
    'PermitRootLogin prohibit-password' 'PasswordAuthentication no' 'KbdInteractiveAuthentication no' \
    'UsePAM no' 'StrictModes no' "AuthorizedKeysFile $ROOT/ssh/authorized_keys" >"$dir/sshd/sshd_config"
  [ -s "$dir/sshd/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -f "$dir/sshd/host_ed25519"
}

anchor() { # anchor I: the process that holds the host's mount and UTS namespaces
  local i=$1 dir=$ROOT/h$1
  anchored "$i" && return
  # Without its anchor the host is half gone (a reboot, the end of the session
  # that started it): end what still runs in its network namespace, and clear
  # the stale pid files and sockets.
  ip netns pids "lvh-$i" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
  for _ in $(seq 100); do [ -z "$(ip netns pids "lvh-$i" 2>/dev/null)" ] && break; sleep 0.05; done
  rm -rf "${dir:?}/run/"* "$dir/sshd/sshd.pid"
  # shellcheck disable=SC2016 # expanded by the inner shell
  ip netns exec "lvh-$i" unshare -m -u --propagation private sh -c '
    dir=$1
    hostname "lvh-$2"
    mount --bind "$dir/etc" /etc/libvirt
    mount --bind "$dir/run" /run/libvirt
    mount --bind "$dir/lib" /var/lib/libvirt
    mount --bind "$dir/log" /var/log/libvirt
    mount --bind "$dir/cache" /var/cache/libvirt
    mkdir -p /run/sshd
    exec sleep infinity' sh "$dir" "$i" </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/anchor.pid"
  for _ in $(seq 50); do
    [ "$(inside "$i" hostname 2>/dev/null)" = "lvh-$i" ] && return
    sleep 0.05
  done
  echo "host $i: its namespaces did not come up" >&2
  exit 1
}

daemons() { # daemons I: virtlogd, sshd and libvirtd inside host I (those not running)
  local i=$1 dir=$ROOT/h$1
  inside "$i" sh -c '[ -e /run/libvirt/virtlogd-sock ] && kill -0 "$(cat /run/libvirt/virtlogd.pid 2>/dev/null)" 2>/dev/null' ||
    inside "$i" /usr/sbin/virtlogd -d -p /run/libvirt/virtlogd.pid
  kill -0 "$(cat "$dir/sshd/sshd.pid" 2>/dev/null)" 2>/dev/null ||
    inside "$i" /usr/sbin/sshd -f "$dir/sshd/sshd_config"
  if ! answers "$i"; then
    inside "$i" setsid tini -s -- /usr/sbin/libvirtd --listen -p /run/libvirt/libvirtd.pid \
      </dev/null >>"$dir/log/libvirtd.out" 2>&1 &
    for _ in $(seq 200); do answers "$i" && break; sleep 0.05; done
    answers "$i" || { echo "host $i: libvirtd did not come up; see $dir/log/libvirtd.out" >&2; exit 1; }
  fi
}

kill_daemon() { # kill_daemon I: SIGKILL host I's libvirtd and wait for it to go
  local pid
  pid=$(cat "$ROOT/h$1/run/libvirtd.pid" 2>/dev/null) || return 0
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  rm -f "$ROOT/h$1/run/libvirtd.pid"
}

# MARK: - Commands

count_hosts() { local n=0; while [ -d "$ROOT/h$((n + 1))" ]; do n=$((n + 1)); done; echo "$n"; }

print_env() {
  local n uris=() i
  n=$(count_hosts)
  for i in $(seq "$n"); do uris+=("qemu+tcp://$(address "$i")/system"); done
  echo "LIBVIRT_TEST_HOSTS='${uris[*]}'"
  echo "LIBVIRT_TEST_HOSTS_ROOT='$ROOT'"
  echo "LIBVIRT_TEST_HOSTS_PKI='$ROOT/pki/client'"
  echo "LIBVIRT_TEST_HOSTS_WRONG_PKI='$ROOT/pki/wrong-ca'"
  echo "LIBVIRT_TEST_HOSTS_SSH_KEY='$ROOT/ssh/id_ed25519'"
  echo "LIBVIRT_TEST_HOSTS_WRONG_SSH_KEY='$ROOT/ssh/wrong_ed25519'"
}

up() {
  local count=${1:-3}
  packages
  mkdir -p "$ROOT"
  certificates "$count"
  for i in $(seq "$count"); do
    network "$i"
    files "$i"
    anchor "$i"
    daemons "$i"
  done
  print_env >"$ROOT/env"
  echo "$count libvirt hosts up: $(for i in $(seq "$count"); do printf '%s ' "$(address "$i")"; done)"
}

down() {
  local n i pid
  n=$(count_hosts)
  for i in $(seq "$n"); do
    if anchored "$i"; then
      # Guests first (their QEMU processes live in the namespace), then the daemons.
      for name in $(inside "$i" virsh -q -c qemu:///system list --all --name 2>/dev/null); do
        inside "$i" virsh -q -c qemu:///system destroy "$name" >/dev/null 2>&1 || true
      done
      kill_daemon "$i"
      for file in sshd/sshd.pid run/virtlogd.pid; do
        pid=$(cat "$ROOT/h$i/$file" 2>/dev/null) && kill "$pid" 2>/dev/null || true
      done
      kill "$(anchor_pid "$i")" 2>/dev/null || true
    fi
    ip netns del "lvh-$i" 2>/dev/null || true
    ip link del "lvh-$i-br" 2>/dev/null || true
    rm -rf "$ROOT/h$i"
  done
  ip link del "$BRIDGE" 2>/dev/null || true
  rm -f "$ROOT/env"
  echo "libvirt hosts down"
}

status() {
  local n i failed=0
  n=$(count_hosts)
  [ "$n" -gt 0 ] || { echo "no libvirt hosts"; return 1; }
  for i in $(seq "$n"); do
    if anchored "$i" && answers "$i"; then
      echo "host $i: lvh-$i $(address "$i") up"
    else
      echo "host $i: lvh-$i $(address "$i") down"
      failed=1
    fi
  done
  return $failed
}

case "${1:-}" in
  up) up "${2:-3}" ;;
  down) down ;;
  status) status ;;
  env) print_env ;;
  kill-daemon) kill_daemon "${2:?usage: $0 kill-daemon I}" ;;
  restart-daemon) anchor "${2:?usage: $0 restart-daemon I}" && daemons "$2" ;;
  exec) i=${2:?usage: $0 exec I COMMAND...}; shift 2; inside "$i" "$@" ;;
  *) echo "usage: $0 up [N]|down|status|env|kill-daemon I|restart-daemon I|exec I COMMAND..." >&2; exit 2 ;;
esac
