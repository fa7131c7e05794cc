#!/usr/bin/env bash
# paired-rounds.sh ROUNDS WORKLOAD URI K NAME=COMMAND...: runs each COMMAND (a peer of
# ../shared/bench's contract) ROUNDS times, as
# `COMMAND WORKLOAD --uri URI --concurrency K --seconds 2`, the peers one after another
# within a round and the order rotated from round to round, and prints per peer the median
# calls per second and CPU µs per call (getrusage, the peer's cpu_us_per_op), every
# round's, and, for every peer after the first, the median and range of its per-round
# ratio to the first peer's calls per second. A ratio of two runs seconds apart holds on a
# machine whose speed drifts; rotating the order keeps a peer's place in the round out of
# it. A peer that prints no RESULT line (a workload it cannot run) is left out of the
# round, with a warning. With PAIRED_RAW=FILE set, the rounds' RESULT lines are also
# appended to FILE at the end, each after an id of its round and the peer's name
# (paired-matrix.sh pools them). PollingStatistics.md's paired figures come from it. For example, from
# ../shared/bench (fleet.xml from its setup.sh):
#
#   SP=$PWD/.build/release/swift-peer
#   ./paired-rounds.sh 5 poll test+unix://$BENCH/results/fleet.xml 16 c=$BENCH/c/peer \
#     "epoll=env EL_VARIANT=defer2 $BENCH/c/peer --loop epollpark" swift=$SP \
#     "calls=$SP --socket-watch callsOnly"
set -euo pipefail
[ $# -ge 5 ] || { sed -n 2,19p "$0" >&2; exit 2; }
rounds=$1 workload=$2 uri=$3 k=$4
shift 4
specs=("$@")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for round in $(seq 0 $((rounds - 1))); do
  for offset in $(seq 0 $((${#specs[@]} - 1))); do
    spec=${specs[$(((round + offset) % ${#specs[@]}))]}
    name=${spec%%=*} command=${spec#*=}
    line=$($command "$workload" --uri "$uri" --concurrency "$k" --seconds 2 2>/dev/null | grep '^RESULT' || true)
    [ -n "$line" ] || { echo "paired-rounds: $name printed no RESULT for $workload, left out" >&2; continue; }
    echo "$$.$round $name $line" >>"$out"
  done
done
[ -z "${PAIRED_RAW:-}" ] || cat "$out" >>"$PAIRED_RAW"
python3 - "$out" "${specs[0]%%=*}" <<'PY'
import re, statistics, sys
rows, rounds = {}, {}
for line in open(sys.argv[1]):
    number, name = line.split()[:2]
    fields = dict(re.findall(r"(\w+)=([\d.]+)", line))
    ops, cpu = float(fields["ops_per_s"]), float(fields.get("cpu_us_per_op", "nan"))
    rows.setdefault(name, []).append((ops, cpu))
    rounds.setdefault(number, {})[name] = ops
first = sys.argv[2]
for name, runs in rows.items():
    ops, cpu = [r[0] for r in runs], [r[1] for r in runs]
    ratio = ""
    if name != first:
        ratios = [r[name] / r[first] for r in rounds.values() if name in r and first in r]
        if ratios:
            ratio = f"  /{first} {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f})"
    print(f"{name:8s} ops/s {statistics.median(ops):9.0f}  cpu µs/op {statistics.median(cpu):6.1f}{ratio}"
          f"  rounds {[round(o) for o in ops]} {cpu}")
PY
