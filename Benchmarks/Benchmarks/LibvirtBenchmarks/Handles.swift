import Benchmark
import CLibvirtRaw
import Glibc
import Libvirt

/// Many handles at once: 1,000 domain actors polled concurrently, and the
/// memory an idle handle holds.
func handleBenchmarks() {
    let fleet = fleetURI(count: 1_000)

    Benchmark(
        "1,000 domain actors polled at once (one info() each)",
        configuration: .init(metrics: [.wallClock, .throughput, .threadsRunning, .peakMemoryResident],
                             maxDuration: .seconds(3))
    ) { benchmark in
        let connection = try await Connection.open(fleet)
        let domains = try await connection.domains(flags: .active)
        benchmark.startMeasurement()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for domain in domains {
                group.addTask { blackHole(try await domain.info()) }
            }
            try await group.waitForAll()
        }
        benchmark.stopMeasurement()
        benchmark.measurement(.custom("threads in process", useScalingFactor: false), threadCount())
    }

    Benchmark(
        "memory per idle Domain handle (bytes)",
        configuration: .init(metrics: [.custom("bytes per handle", useScalingFactor: false)], maxIterations: 5)
    ) { benchmark in
        let connection = try await Connection.open(fleet)
        let first = try await connection.domain(named: "vm0000")
        let before = heapBytesInUse()
        var handles: [Domain] = []
        handles.reserveCapacity(100_000)
        for _ in 0..<100_000 {
            handles.append(first.handle(on: first.executor))
        }
        let after = heapBytesInUse()
        benchmark.measurement(.custom("bytes per handle", useScalingFactor: false), (after - before) / handles.count)
        blackHole(handles)
    }
}

/// The bytes malloc has handed out and not taken back (glibc's `mallinfo2`).
func heapBytesInUse() -> Int {
    Int(mallinfo2().uordblks)
}

/// How many threads the process has, from /proc/self/task.
func threadCount() -> Int {
    guard let directory = opendir("/proc/self/task") else { return 0 }
    defer { closedir(directory) }
    var count = 0
    while let entry = readdir(directory) {
        if entry.pointee.d_name.0 != UInt8(ascii: ".") { count += 1 }
    }
    return count
}
