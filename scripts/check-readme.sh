#!/usr/bin/env bash
# Type-checks every ```swift block of README.md and of the DocC catalogs' pages
# (Sources/*/*.docc), so the examples users read compile as written. Each block is
# checked on its own, as the main file of a program (top-level code and await
# allowed); a block without `import Libvirt` gets one, and a fragment that uses
# `connection` or `domain` without declaring them gets both declared first (a
# connection, its domain "test"). A block that imports PackageDescription is a
# package manifest and is checked against the toolchain's PackageDescription.
#
# Usage: scripts/check-readme.sh [FILE.md...]   (after swift build; uses .build/debug's modules)
set -euo pipefail
cd "$(dirname "$0")/.."

modules=$(swift build --show-bin-path)/Modules
[ -e "$modules/Libvirt.swiftmodule" ] || { echo "check-readme: build first (swift build)" >&2; exit 1; }
manifest_api=$(dirname "$(readlink -f "$(command -v swiftc)")")/../lib/swift/pm/ManifestAPI
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

pages=("$@")
[ ${#pages[@]} -gt 0 ] || mapfile -t pages < <(echo README.md; find Sources -path '*.docc/*' -name '*.md' | sort)

# One directory per block, its file named main.swift; `origin` names its page and line.
for page in "${pages[@]}"; do
  awk -v dir="$dir" -v page="$page" '
    /^[[:space:]]*```swift[[:space:]]*$/ {
      n++; inside = 1; block = dir "/" page "/" n; file = block "/main.swift"
      system("mkdir -p \"" block "\""); print page ":" NR + 1 > (block "/origin"); next }
    /^[[:space:]]*```/ { inside = 0; next }
    inside { print > file }
  ' "$page"
done

includes=()
for shim in Sources/C*; do includes+=(-I "$shim"); done
count=0
while IFS= read -r file; do
  count=$((count + 1))
  origin=$(cat "$(dirname "$file")/origin")
  if grep -q '^import PackageDescription$' "$file"; then
    command=(swiftc -typecheck -swift-version 6 -I "$manifest_api" -package-description-version 6.2 "$file")
  else
    if ! grep -Eq '(let|var) (connection|domain)\b' "$file" && grep -Eq '\b(connection|domain)\b' "$file"; then
      { grep '^import ' "$file" || true
        echo 'let connection = try await Connection.open("test:///default")'
        echo 'let domain = try await connection.domain(named: "test")'
        grep -v '^import ' "$file" || true; } >"$file.new"
      mv "$file.new" "$file"
    fi
    grep -q '^import Libvirt$' "$file" || sed -i '1i import Libvirt' "$file"
    command=(swiftc -typecheck -swift-version 6 -I "$modules" "${includes[@]}" "$file")
  fi
  if ! "${command[@]}" 2>"$dir/errors.txt"; then
    echo "check-readme: FAIL: the swift block at $origin does not compile:" >&2
    sed 's/^/    /' "$file" >&2
    cat "$dir/errors.txt" >&2
    exit 1
  fi
done < <(find "$dir" -name main.swift | sort -V)
echo "ok: $count swift blocks of ${#pages[@]} pages (README.md, the DocC catalogs) type-check"
