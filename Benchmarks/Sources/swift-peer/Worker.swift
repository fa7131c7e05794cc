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

    /// Repeats `call` over `items` in turn until `deadline` (ns), finishing the
    /// call in flight then; returns each call's latency in ns.
    func loop<Item: Sendable>(
        over items: [Item], until deadline: UInt64,
        _ call: (isolated Worker, Item) async throws -> Void
    ) async throws -> [Int64] {
        var samples: [Int64] = []
        samples.reserveCapacity(1 << 20)
        var index = 0
        while true {
            let start = now()
            try await call(self, items[index])
            let end = now()
            samples.append(Int64(end &- start))
            if end >= deadline { return samples }
            index = index + 1 == items.count ? 0 : index + 1
        }
    }
}
