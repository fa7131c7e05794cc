#!/usr/bin/env bash
# paired-rounds.sh ROUNDS WORKLOAD URI K NAME=COMMAND...: runs each COMMAND (a peer of
# ../shared/bench's contract) in turn, ROUNDS times, as
# `COMMAND WORKLOAD --uri URI --concurrency K --seconds 2`, and prints per peer the median
# calls per second and CPU µs per call (getrusage, the peer's cpu_us_per_op), and every
# round's. Alternating the peers round by round makes their ratio hold on a machine whose
# speed drifts; PollingStatistics.md's paired figures come from it. For example, from
# ../shared/bench (fleet.xml from its setup.sh):
#
#   SP=$PWD/.build/release/swift-peer
#   ./paired-rounds.sh 5 poll test+unix://$BENCH/results/fleet.xml 16 c=$BENCH/c/peer \
#     "epoll=env EL_VARIANT=defer2 $BENCH/c/peer --loop epollpark" swift=$SP \
#     "calls=$SP --socket-watch callsOnly"
set -euo pipefail
[ $# -ge 5 ] || { sed -n 2,13p "$0" >&2; exit 2; }
rounds=$1 workload=$2 uri=$3 k=$4
shift 4
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$rounds"); do
  for spec in "$@"; do
    name=${spec%%=*} command=${spec#*=}
    line=$($command "$workload" --uri "$uri" --concurrency "$k" --seconds 2 2>/dev/null | grep '^RESULT' || true)
    [ -n "$line" ] || { echo "paired-rounds: $name printed no RESULT" >&2; exit 1; }
    echo "$name $line" >>"$out"
  done
done
python3 - "$out" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    fields = dict(re.findall(r"(\w+)=([\d.]+)", line))
    rows.setdefault(line.split()[0], []).append((float(fields["ops_per_s"]), float(fields.get("cpu_us_per_op", "nan"))))
for name, runs in rows.items():
    ops, cpu = [r[0] for r in runs], [r[1] for r in runs]
    print(f"{name:8s} ops/s {statistics.median(ops):9.0f}  cpu µs/op {statistics.median(cpu):6.1f}"
          f"  rounds {[round(o) for o in ops]} {cpu}")
PY
