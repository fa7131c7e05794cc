import Libvirt

/// W3 `bulk`: one worker asks for the state statistics of every active domain
/// in one call, decoded into typed records that each carry a `Domain` handle;
/// the records (and their handles) are released inside the timed call.
func bulk(_ options: Options) async throws -> Measurement {
    let connection = try await Connection.open(options.uri, socketWatch: options.socketWatch)
    let count = try await connection.activeDomainCount()
    let worker = StatsWorker(connection)

    let cpu = cpuMicroseconds()
    let start = now()
    let (samples, domains) = try await worker.poll(until: start + options.nanoseconds)
    let seconds = Double(now() - start) / 1e9
    let used = cpuMicroseconds() - cpu
    var measurement = Measurement(
        workload: "bulk", label: options.label, domains: count, concurrency: 1,
        seconds: seconds, operations: samples.count, samples: samples, cpu: used)
    measurement.extra = " domains_per_s=\(Int((Double(domains) / seconds).rounded()))"
    return measurement
}

/// A worker on the connection's own executor, so that each `await` on the
/// connection runs inline.
actor StatsWorker {
    let connection: Connection
    nonisolated var unownedExecutor: UnownedSerialExecutor { connection.unownedExecutor }

    init(_ connection: Connection) {
        self.connection = connection
    }

    /// Polls until `deadline` (ns); returns each call's latency and the number of records.
    func poll(until deadline: UInt64) async throws -> ([Int64], Int) {
        var samples: [Int64] = []
        samples.reserveCapacity(1 << 16)
        var domains = 0
        while true {
            let start = now()
            domains += try await records()
            let end = now()
            samples.append(Int64(end &- start))
            if end >= deadline { return (samples, domains) }
        }
    }

    /// One call; its records are released before it returns.
    private func records() async throws -> Int {
        let records = try await connection.allDomainStats(.state, flags: .active, domainHandles: false)
        return records.count
    }
}
