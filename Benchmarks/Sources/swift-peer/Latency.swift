import Libvirt

/// W1 `latency`: one worker calls `info()` on vm0000 until the deadline.
func latency(_ options: Options) async throws -> Measurement {
    let connection = try await Connection.open(options.uri, socketWatch: options.socketWatch)
    let count = try await connection.activeDomainCount()
    let domain = try await connection.domain(named: "vm0000")
    let worker = Worker(on: domain.executor)

    let cpu = cpuMicroseconds()
    let start = now()
    let samples = try await worker.pollInfo([domain], until: start + options.nanoseconds)
    let seconds = Double(now() - start) / 1e9
    let used = cpuMicroseconds() - cpu
    return Measurement(
        workload: "latency", label: options.label, domains: count, concurrency: 1,
        seconds: seconds, operations: samples.count, samples: samples, cpu: used)
}
