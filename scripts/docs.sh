#!/usr/bin/env bash
# Builds the DocC documentation of every library product, failing on any DocC
# warning (an undocumented parameter, a link that does not resolve), with the
# toolchain's own `docc`: no plugin, so nothing is added to what users resolve.
#
#   1. `swift package dump-symbol-graph` builds the package (debug, reusing
#      .build) and writes each module's public symbol graph;
#   2. `docc convert Sources/P/P.docc` turns the catalog and P's symbol graphs
#      (P.symbols.json and P@Other.symbols.json, its extensions of other modules)
#      into .build/docs/P.doccarchive, with --warnings-as-errors;
#   3. it prints, per product, its public symbols (those declared in Sources/),
#      how many have a doc comment, and the articles of the catalog.
#
# Usage: scripts/docs.sh [PRODUCT...]   (default: every library product)
# Browse one: docc preview Sources/Libvirt/Libvirt.docc --additional-symbol-graph-dir .build/docs/graphs/Libvirt
set -euo pipefail
cd "$(dirname "$0")/.."

products=("$@")
[ ${#products[@]} -gt 0 ] || products=(Libvirt LibvirtXML LibvirtQEMU LibvirtLXC LibvirtAdmin)
docc=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
out=.build/docs
mkdir -p "$out"

# It also tries the test modules, and fails on them when the tests are not built
# (as after a plain `swift build`): what counts is that every product's graph was
# written by this run.
touch "$out/stamp"
swift package dump-symbol-graph --minimum-access-level public --emit-extension-block-symbols \
  >"$out/dump-symbol-graph.log" 2>&1 || true
graphs=$(sed -n 's/^Files written to //p' "$out/dump-symbol-graph.log")
for product in "${products[@]}"; do
  if [ -z "$graphs" ] || [ ! "$graphs/$product.symbols.json" -nt "$out/stamp" ]; then
    cat "$out/dump-symbol-graph.log" >&2
    echo "docs.sh: swift package dump-symbol-graph wrote no symbol graph for $product" >&2
    exit 1
  fi
done

# One docc per product, all at once (docc is single-threaded for most of its run).
pids=()
for product in "${products[@]}"; do
  catalog=Sources/$product/$product.docc
  [ -d "$catalog" ] || { echo "docs.sh: $catalog is missing" >&2; exit 1; }
  rm -rf "$out/graphs/$product" "$out/$product.doccarchive"
  mkdir -p "$out/graphs/$product"
  cp "$graphs/$product.symbols.json" "$out/graphs/$product/"
  for extension in "$graphs/$product@"*.symbols.json; do
    [ -e "$extension" ] && cp "$extension" "$out/graphs/$product/"
  done
  "$docc" convert "$catalog" \
    --additional-symbol-graph-dir "$out/graphs/$product" \
    --output-path "$out/$product.doccarchive" \
    --fallback-display-name "$product" --fallback-bundle-identifier "swift-libvirt.$product" \
    --warnings-as-errors >"$out/$product.log" 2>&1 &
  pids+=($!)
done

failed=0
for index in "${!products[@]}"; do
  product=${products[$index]}
  catalog=Sources/$product/$product.docc
  if ! wait "${pids[$index]}"; then
    cat "$out/$product.log" >&2
    echo "docs.sh: $product: DocC reported the problems above (fix the doc comments or the catalog)" >&2
    failed=1
    continue
  fi
  python3 - "$out/graphs/$product" "$catalog" "$product" <<'PY'
import json, pathlib, sys
graphs, catalog, product = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
# Symbols declared in Sources/ (not synthesized, not extension blocks), and those with a doc comment.
symbols = [symbol for graph in graphs.glob("*.symbols.json") for symbol in json.loads(graph.read_text())["symbols"]
           if "/Sources/" in symbol.get("location", {}).get("uri", "") and symbol["kind"]["identifier"] != "swift.extension"]
documented = sum(1 for symbol in symbols if symbol.get("docComment"))
articles = [page for page in catalog.rglob("*.md") if not page.read_text().lstrip().startswith("# ``")]
print(f"ok: {product}: 0 warnings; {documented} of {len(symbols)} public symbols documented; "
      f"{len(articles)} articles ({catalog})")
PY
done
exit $failed
