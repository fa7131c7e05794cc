#!/usr/bin/env bash
# paired-matrix.sh BENCH ROUNDS RAW NAME=COMMAND...: the rows of BENCH/compare.sh (latency,
# poll at k = 1, 4, 16, 64 and bulk, in process and through the daemon, then events) as
# paired-rounds.sh runs them (ROUNDS rotated rounds of 2 s, every peer in each), their
# rounds appended to RAW; then the table of every round in RAW, from this run and any
# before it: per row and peer, the median (and range) of its per-round ratio to the first
# peer's calls per second, and its median CPU µs per call. Name the first peer's command
# twice (say c= and c2=) and the second copy's ratio, C against itself, is how far two
# identical programs read apart on this machine. For example, from this directory:
#
#   BENCH=$PWD/../../shared/bench SP=$PWD/.build/release/swift-peer
#   ./paired-matrix.sh $BENCH 6 /tmp/paired.txt c=$BENCH/c/peer \
#     "c+epoll=env EL_VARIANT=defer2 $BENCH/c/peer --loop epollpark" c2=$BENCH/c/peer swift=$SP
#
# With ROUNDS 0 it runs nothing and prints RAW's table.
set -euo pipefail
[ $# -ge 4 ] || { sed -n 2,15p "$0" >&2; exit 2; }
bench=$1 rounds=$2 raw=$3
shift 3
here=$(dirname "$0")
fleet=$bench/results/fleet.xml
[ "$rounds" = 0 ] || [ -f "$fleet" ] || { echo "paired-matrix: no $fleet (run $bench/setup.sh and gen-fleet.py)" >&2; exit 1; }
row() { echo "== $1 $2 k=$3"; PAIRED_RAW=$raw "$here/paired-rounds.sh" "$rounds" "$@"; }
if [ "$rounds" != 0 ]; then
  for uri in "test://$fleet" "test+unix://$fleet"; do row latency "$uri" 1 "$@"; done
  for uri in "test://$fleet" "test+unix://$fleet"; do for k in 1 4 16 64; do row poll "$uri" "$k" "$@"; done; done
  for uri in "test://$fleet" "test+unix://$fleet"; do row bulk "$uri" 1 "$@"; done
  row events test:///default 1 "$@"
fi
python3 - "$raw" "${1%%=*}" <<'PY'
import re, statistics, sys
first = sys.argv[2]
ops, cpu, rows, peers = {}, {}, [], []
for line in open(sys.argv[1]):
    round_id, name = line.split()[:2]
    fields = dict(re.findall(r"(\w+)=([\w.]+)", line))
    row = (fields["workload"], fields["uri"], fields["k"])
    if row not in rows: rows.append(row)
    if name not in peers: peers.append(name)
    ops.setdefault(row, {}).setdefault(round_id, {})[name] = float(fields["ops_per_s"])
    if "cpu_us_per_op" in fields: cpu.setdefault((row, name), []).append(float(fields["cpu_us_per_op"]))
others = [p for p in peers if p != first]
print("| workload | uri | k | rounds | " + " | ".join(f"{p}/{first}" for p in others)
      + " | CPU µs/call " + " / ".join(peers) + " |")
print("|---|---|---|---|" + "---|" * len(others) + "---|")
for row in rows:
    rounds = [r for r in ops[row].values() if first in r]
    cells = []
    for p in others:
        ratios = [r[p] / r[first] for r in rounds if p in r]
        cells.append(f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})" if ratios else "-")
    used = [f"{statistics.median(cpu[row, p]):.1f}" if (row, p) in cpu else "-" for p in peers]
    print(f"| {row[0]} | {row[1]} | {row[2]} | {len(rounds)} | " + " | ".join(cells) + " | " + " / ".join(used) + " |")
PY
