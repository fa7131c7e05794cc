#!/usr/bin/env bash
# Installs what building and testing swift-libvirt needs from Debian's packages.
# Idempotent: installs only what is missing. Usage: scripts/install-deps.sh [--daemon]
#   (no option)  libvirt-dev and pkg-config: enough to build and to use test:///default;
#                python3 for scripts/generate-vocabulary.py
#   --daemon     also libvirtd, the QEMU and LXC drivers, virsh (xmllint for virt-xml-validate), QEMU and qemu-img, tini, and dnsmasq and
#                iptables for virtual networks, for integration tests; Debian's
#                prometheus-libvirt-exporter and curl, for scripts/check-exporter.sh
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

packages=(libvirt-dev pkgconf python3)
if [ "${1:-}" = --daemon ]; then
  packages+=(libvirt-daemon libvirt-daemon-driver-qemu libvirt-daemon-driver-lxc libvirt-clients libxml2-utils qemu-system-x86 tini dnsmasq-base iptables qemu-utils prometheus-libvirt-exporter curl)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  echo "install-deps: missing ${missing[*]}; run as root or install them with apt-get" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}
