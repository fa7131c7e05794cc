import Libvirt

/// One worker of a timed loop, written as an SDK user polls in a hot loop: an
/// actor that shares the executor of the handles it calls, so that each
/// `await` on them runs inline instead of hopping between threads.
actor Worker {
    private let executor: LibvirtExecutor
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    init(on executor: LibvirtExecutor) {
        self.executor = executor
    }

    /// Calls `info()` on `domains` in turn until `deadline` (ns), finishing the
    /// call in flight then; returns each call's latency in ns.
    func pollInfo(_ domains: [Domain], until deadline: UInt64) async throws -> [Int64] {
        var samples: [Int64] = []
        samples.reserveCapacity(1 << 20)
        var index = 0
        while true {
            let start = now()
            _ = try await domains[index].info()
            let end = now()
            samples.append(Int64(end &- start))
            if end >= deadline { return samples }
            index = index + 1 == domains.count ? 0 : index + 1
        }
    }
}
