#!/usr/bin/env bash
# Speed of LibvirtXML against python3's ElementTree on the corpus's documents of one kind
# (root element name, default `domain`): both parse and serialise every file, alternately,
# three times each; per-document times are printed. Usage: scripts/xml-speed.sh [ROOT]
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-domain}"
corpus="$(scripts/corpus.sh)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin="$work/xml-speed"
# swiftc writes the module's .swiftmodule/.swiftdoc beside the working directory: build in $work.
repo="$PWD"
(cd "$work" && swiftc -O -wmo -module-name XMLSpeed -o "$bin" "$repo"/Sources/LibvirtXML/*/*.swift "$repo"/scripts/xml-speed/main.swift)
python="$(command -v /usr/bin/python3 || command -v python3)"
mapfile -t files < <(grep -rlZ --include='*.xml' -e "<$root[ >/]" "$corpus/tests" | xargs -0 "$python" -c '
import sys, xml.etree.ElementTree as ET
for p in sys.argv[2:]:
    try:
        if ET.parse(p).getroot().tag == sys.argv[1]: print(p)
    except ET.ParseError: pass' "$root")
echo "${#files[@]} <$root> documents from $corpus/tests"
for _ in 1 2 3; do
  "$bin" "${files[@]}"
  "$python" scripts/xml-speed/elementtree.py "${files[@]}"
done
