#!/usr/bin/python3
"""compare-medians.py RAW...: the table of Sources/Libvirt/Libvirt.docc/PollingStatistics.md from
the raw files of several compare.sh runs (results/raw-*.txt): medians of the swift/c ratios,
the latencies of the median run, CPU per call through the daemon, events lost. When the runs
have a peer `c2` (C's binary run once more, last in each row: the control of
PollingStatistics.md), also the table of c+epoll, swift and c2 against c, and swift against c2."""
import sys, statistics as st
runs = []
for path in sys.argv[1:]:
    cells, rows = {}, []
    for line in open(path):
        kind, *pairs = line.split()
        if kind != "RESULT": continue
        r = dict(p.split("=", 1) for p in pairs)
        row = (r["workload"], r["uri"], r["k"])
        if row not in rows: rows.append(row)
        cells[row, r["peer"]] = r
    runs.append((rows, cells))
rows = runs[0][0]
f = lambda r, k: float(r[k])
print("| workload | uri | k | C ops/s | c+loop/c | c+epoll/c | swift/c (3 runs) | median | C p50/p99 µs | Swift p50/p99 µs |")
print("|---|---|---|---|---|---|---|---|---|---|")
cpu = []
for row in rows:
    ratios, loops, epolls, cs = [], [], [], []
    for _, cells in runs:
        c, s = cells.get((row, "c")), cells.get((row, "swift"))
        if not c or not s: continue
        cs.append(c)
        ratios.append(f(s, "ops_per_s") / f(c, "ops_per_s"))
        if (row, "c+loop") in cells: loops.append(f(cells[row, "c+loop"], "ops_per_s") / f(c, "ops_per_s"))
        if (row, "c+epoll") in cells: epolls.append(f(cells[row, "c+epoll"], "ops_per_s") / f(c, "ops_per_s"))
    if not ratios: continue
    med = st.median(ratios)
    # the run whose ratio is the median gives the latencies shown
    i = sorted(range(len(ratios)), key=lambda j: ratios[j])[len(ratios) // 2]
    c, s = cs[i], runs[i][1][row, "swift"]
    print(f"| {row[0]} | {row[1]} | {row[2]} | {int(st.median(f(x,'ops_per_s') for x in cs)):,} | "
          f"{st.median(loops):.2f} | {st.median(epolls):.2f} | {' / '.join(f'{x:.2f}' for x in ratios)} | **{med:.2f}** | "
          f"{c['p50_us']} / {c['p99_us']} | {s['p50_us']} / {s['p99_us']} |")
    if row[1] == "daemon":
        cpu.append((row, st.median(f(x, "cpu_us_per_op") for x in cs),
                    st.median(f(runs[j][1][row, "swift"], "cpu_us_per_op") for j in range(len(runs)) if (row, "swift") in runs[j][1])))
print()
for row, c, s in cpu:
    print(f"CPU µs/op {row[0]} daemon k={row[2]}: C {c:.1f}, Swift {s:.1f} ({s/c:.2f}x)")
lost = [r.get("events_lost") for _, cells in runs for (row, p), r in cells.items() if p == "swift" and row[0] == "events"]
print("swift events lost per run:", lost)
if any(p == "c2" for _, cells in runs for _, p in cells):
    print()
    print("| workload | uri | k | c+epoll/c | swift/c | c2/c (C run last) | swift/c2 |")
    print("|---|---|---|---|---|---|---|")
    def ratio(row, a, b):
        v = [f(cells[row, a], "ops_per_s") / f(cells[row, b], "ops_per_s")
             for _, cells in runs if (row, a) in cells and (row, b) in cells]
        return f"{st.median(v):.2f} ({' / '.join(f'{x:.2f}' for x in v)})" if v else "-"
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} | " + " | ".join(
            ratio(row, a, b) for a, b in (("c+epoll", "c"), ("swift", "c"), ("c2", "c"), ("swift", "c2"))) + " |")
