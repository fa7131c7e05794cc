#!/usr/bin/env bash
# Fetches libvirt's source (the version installed here, 9.0.0 on Debian 12) with
# `apt-get source`, unpacks it once into a cache outside the repository, and prints the
# path of the unpacked tree. Its tests/ hold the XML corpus the LibvirtXML tests read.
# Idempotent: when the tree is already there it only prints the path.
# Uses a private apt configuration (deb-src lines derived from the system's deb822
# sources, own lists and cache), so the system's apt state is left untouched.
# SWIFT_LIBVIRT_CORPUS_CACHE overrides the cache directory (default /var/cache/swift-libvirt).
set -euo pipefail
cache="${SWIFT_LIBVIRT_CORPUS_CACHE:-/var/cache/swift-libvirt}"
version="$(dpkg-query -W -f='${Version}' libvirt0 2>/dev/null || echo 9.0.0)"
upstream="${version%%-*}"
upstream="${upstream#*:}"
tree="$cache/libvirt-$upstream"
if [ -f "$tree/.complete" ]; then
  echo "$tree"
  exit 0
fi
mkdir -p "$cache"
work="$(mktemp -d "$cache/.fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/etc/sources.list.d" "$work/lists/partial" "$work/archives/partial" "$work/src"
# deb-src twins of the system's deb entries (deb822 files and one-line lists).
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  sed -e 's/^Types:.*$/Types: deb-src/' "$f" > "$work/etc/sources.list.d/$(basename "$f")"
done
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  sed -n -e 's/^deb /deb-src /p' "$f" >> "$work/etc/sources.list.d/src.list"
done
apt_opts=(
  -o "Dir::Etc::SourceList=$work/etc/none.list"
  -o "Dir::Etc::SourceParts=$work/etc/sources.list.d"
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::Cache=$work"
  -o "Dir::Cache::archives=$work/archives"
  -o "Dir::Cache::pkgcache="
  -o "Dir::Cache::srcpkgcache="
  -o "APT::Sandbox::User=root"
)
touch "$work/etc/none.list"
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$work/src" && apt-get "${apt_opts[@]}" -qq source "libvirt=$version" >&2 ||
  apt-get "${apt_opts[@]}" -qq source libvirt >&2)
unpacked="$(find "$work/src" -mindepth 1 -maxdepth 1 -type d -name 'libvirt-*' | head -n 1)"
[ -n "$unpacked" ] && [ -d "$unpacked/tests" ] || { echo "corpus.sh: no libvirt tree unpacked" >&2; exit 1; }
touch "$unpacked/.complete"
rm -rf "$tree"
mv "$unpacked" "$tree"
echo "$tree"
