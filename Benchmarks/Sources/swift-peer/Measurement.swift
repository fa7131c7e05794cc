import Glibc

/// Monotonic time in nanoseconds (CLOCK_MONOTONIC, as the C peer reads it).
@inline(__always)
func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// CPU time used by the whole process so far (getrusage, user + system), in µs.
func cpuMicroseconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
}

/// The samples of one run and the `RESULT` line they make.
struct Measurement {
    var workload: String
    var label: String
    var domains: Int
    var concurrency: Int
    /// Seconds from start to end, as WORKLOADS.md defines them per workload.
    var seconds: Double
    /// Operations (calls, or events) counted.
    var operations: Int
    /// Latency samples in nanoseconds (may be negative for events).
    var samples: [Int64]
    /// CPU time of the whole process over the run (user + system), in µs.
    var cpu: Double
    var extra: String = ""

    /// The sample of 1-based rank ceil(p × count / 100) of the sorted samples, in µs.
    static func percentile(_ sorted: [Int64], _ p: Int) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = (p * sorted.count + 99) / 100
        return Double(sorted[max(rank, 1) - 1]) / 1_000
    }

    var line: String {
        let sorted = samples.sorted()
        func format(_ value: Double, _ decimals: Int32) -> String {
            var buffer = [CChar](repeating: 0, count: 64)
            _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
            return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
        return "RESULT peer=swift workload=\(workload) uri=\(label) n=\(domains) k=\(concurrency)"
            + " seconds=\(format(seconds, 2)) ops_per_s=\(format(Double(operations) / seconds, 0))"
            + " p50_us=\(format(Self.percentile(sorted, 50), 1)) p99_us=\(format(Self.percentile(sorted, 99), 1))"
            + " cpu_us_per_op=\(format(cpu / Double(max(operations, 1)), 1))"
            + extra
    }
}
