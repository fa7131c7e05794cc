import Libvirt

/// W4 `events`: M suspend/resume pairs on `test`, each lifecycle event timed
/// from the call's return to its arrival at an AsyncSequence consumer.
func events(_ options: Options) async throws -> Measurement {
    let connection = try await Connection.open(options.uri, socketWatch: options.socketWatch)
    let count = try await connection.activeDomainCount()
    let domain = try await connection.domain(named: "test")
    let expected = 2 * options.iterations
    let events = try await connection.domainEvents([.lifecycle])

    // The consumer: records each event's arrival until all have come, or 10 s
    // after the calls end (the caller cancels it then).
    let consumer = Task {
        switch options.consumer {
        case .loop: await LoopConsumer().arrivals(of: events, expected: expected)
        case .pool: await recordArrivals(of: events, expected: expected)
        }
    }

    let caller = Worker(on: domain.executor)
    let cpu = cpuMicroseconds()
    let start = now()
    let returned = try await caller.suspendAndResume(domain, times: options.iterations)
    let timeout = Task {
        try await Task.sleep(for: .seconds(10))
        consumer.cancel()
    }
    let arrivals = await consumer.value
    timeout.cancel()

    let used = cpuMicroseconds() - cpu
    let got = min(arrivals.count, expected)
    let end = got == expected ? arrivals[expected - 1] : now()
    let samples = (0..<got).map { Int64(bitPattern: arrivals[$0] &- returned[$0]) }
    var measurement = Measurement(
        workload: "events", label: options.label, domains: count, concurrency: 1,
        seconds: Double(end - start) / 1e9, operations: got, samples: samples, cpu: used)
    measurement.extra = " events_lost=\(expected - got)"
    return measurement
}

/// The arrival time of each event (ns), until `expected` have come or the task is cancelled.
private func recordArrivals(
    of events: DomainEvents, expected: Int, isolation: isolated (any Actor)? = #isolation
) async -> [UInt64] {
    var arrivals: [UInt64] = []
    arrivals.reserveCapacity(expected)
    for await _ in events {
        arrivals.append(now())
        if arrivals.count == expected { break }
    }
    return arrivals
}

/// A consumer on the event loop's executor: it reads its events on the loop
/// thread, at the loop's next iteration after the callbacks that delivered
/// them (its resumption passes through the cooperative pool).
private actor LoopConsumer {
    nonisolated var unownedExecutor: UnownedSerialExecutor {
        EventLoopExecutor.shared.asUnownedSerialExecutor()
    }

    func arrivals(of events: DomainEvents, expected: Int) async -> [UInt64] {
        await recordArrivals(of: events, expected: expected)
    }
}

extension Worker {
    /// Suspends and resumes `domain` `times` times; returns the time each call returned (ns).
    func suspendAndResume(_ domain: Domain, times: Int) async throws -> [UInt64] {
        var returned: [UInt64] = []
        returned.reserveCapacity(2 * times)
        for _ in 0..<times {
            try await domain.suspend()
            returned.append(now())
            try await domain.resume()
            returned.append(now())
        }
        return returned
    }
}
