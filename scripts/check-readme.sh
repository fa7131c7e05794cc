#!/usr/bin/env bash
# Type-checks every ```swift block of README.md against the Libvirt module, so
# the README's examples compile as written. Each block is checked on its own, as
# the main file of a program (top-level code and await allowed); a block without
# `import Libvirt` gets one, and a fragment that uses `connection` or `domain`
# without declaring them gets both declared first (a connection, its domain "test").
#
# Usage: scripts/check-readme.sh   (after swift build; uses .build/debug's module)
set -euo pipefail
cd "$(dirname "$0")/.."

modules=$(swift build --show-bin-path)/Modules
[ -e "$modules/Libvirt.swiftmodule" ] || { echo "check-readme: build first (swift build)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# One directory per block, its file named main.swift.
awk -v dir="$dir" '
  /^[[:space:]]*```swift[[:space:]]*$/ { n++; inside = 1; file = dir "/" n "/main.swift"; system("mkdir -p " dir "/" n); next }
  /^[[:space:]]*```/ { inside = 0; next }
  inside { print > file }
' README.md

count=0
for file in "$dir"/*/main.swift; do
  [ -e "$file" ] || continue
  count=$((count + 1))
  if ! grep -q 'let connection' "$file" && grep -Eq '\b(connection|domain)\b' "$file"; then
    { grep '^import ' "$file" || true
      echo 'let connection = try await Connection.open("test:///default")'
      echo 'let domain = try await connection.domain(named: "test")'
      grep -v '^import ' "$file" || true; } >"$file.new"
    mv "$file.new" "$file"
  fi
  grep -q '^import Libvirt$' "$file" || sed -i '1i import Libvirt' "$file"
  includes=()
  for shim in Sources/C*; do includes+=(-I "$shim"); done
  if ! swiftc -typecheck -swift-version 6 -I "$modules" "${includes[@]}" "$file" 2>"$dir/errors.txt"; then
    echo "check-readme: FAIL: README block $(basename "$(dirname "$file")") does not compile:" >&2
    sed 's/^/    /' "$file" >&2
    cat "$dir/errors.txt" >&2
    exit 1
  fi
done
echo "ok: $count README swift blocks type-check"
