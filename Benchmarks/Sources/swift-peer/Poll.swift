import Libvirt

/// W2 `poll`: K workers share one connection; worker i calls `info()` on
/// domains i, i+K, i+2K, ... of the name-sorted active list, round and round.
///
/// Each worker runs on one of the connection's executors and takes handles to
/// its domains on that executor (`Domain.handle(on:)`), so its calls never
/// leave the thread; K workers spread over the executors run in parallel.
func poll(_ options: Options) async throws -> Measurement {
    let k = options.concurrency
    let connection = try await Connection.open(
        options.uri, executors: max(Connection.defaultExecutorCount, k + 1), socketWatch: options.socketWatch)
    let count = try await connection.activeDomainCount()
    var named: [(String, Domain)] = []
    for domain in try await connection.domains(flags: .active) {
        named.append((try await domain.name(), domain))
    }
    let sorted = named.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.map(\.1)
    guard k <= sorted.count else { throw UsageError("--concurrency \(k) exceeds the \(sorted.count) domains") }

    let lanes = Array(connection.executorLanes.dropFirst())
    var workers: [(Worker, [Domain])] = []
    for index in 0..<k {
        let lane = lanes[index % lanes.count]
        var mine: [Domain] = []
        for position in stride(from: index, to: sorted.count, by: k) {
            mine.append(sorted[position].handle(on: lane))
        }
        workers.append((Worker(on: lane), mine))
    }

    let cpu = cpuMicroseconds()
    let start = now()
    let deadline = start + options.nanoseconds
    let samples = try await withThrowingTaskGroup(of: [Int64].self) { group in
        for (worker, domains) in workers {
            group.addTask {
                try await worker.pollInfo(domains, until: deadline)
            }
        }
        var all: [Int64] = []
        for try await part in group { all += part }
        return all
    }
    let seconds = Double(now() - start) / 1e9
    let used = cpuMicroseconds() - cpu
    return Measurement(
        workload: "poll", label: options.label, domains: count, concurrency: k,
        seconds: seconds, operations: samples.count, samples: samples, cpu: used)
}
