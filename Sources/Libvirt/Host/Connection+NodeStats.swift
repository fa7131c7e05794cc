import CLibvirt

extension Connection {
    // MARK: - Host statistics

    /// The host's CPU time counters.
    ///
    /// - Parameter cpu: a CPU number, or nil for the sum over every CPU.
    ///
    /// Wraps `virNodeGetCPUStats`.
    public func cpuStats(cpu: Int? = nil) throws(LibvirtError) -> NodeCPUStats {
        let number = try cpu.map { (cpu) throws(LibvirtError) in
            try cInt32(cpu, "cpu", function: "virNodeGetCPUStats", in: 0...Int32.max)
        } ?? Int32(VIR_NODE_CPU_STATS_ALL_CPUS.rawValue)
        let connection = try handle("virNodeGetCPUStats")
        var count: Int32 = 0
        try check(virNodeGetCPUStats(connection, number, nil, &count, 0), "virNodeGetCPUStats")
        var stats = [virNodeCPUStats](repeating: virNodeCPUStats(), count: Int(count))
        if count > 0 {
            try check(virNodeGetCPUStats(connection, number, &stats, &count, 0), "virNodeGetCPUStats")
        }
        var values: [String: UInt64] = [:]
        for stat in stats.prefix(Int(count)) {
            values[fixedCString(stat.field)] = stat.value
        }
        return NodeCPUStats(values: values)
    }

    /// The host's memory counters.
    ///
    /// - Parameter cell: a NUMA cell number, or nil for the whole host.
    ///
    /// Wraps `virNodeGetMemoryStats`.
    public func memoryStats(cell: Int? = nil) throws(LibvirtError) -> NodeMemoryStats {
        let number = try cell.map { (cell) throws(LibvirtError) in
            try cInt32(cell, "cell", function: "virNodeGetMemoryStats", in: 0...Int32.max)
        } ?? Int32(VIR_NODE_MEMORY_STATS_ALL_CELLS.rawValue)
        let connection = try handle("virNodeGetMemoryStats")
        var count: Int32 = 0
        try check(virNodeGetMemoryStats(connection, number, nil, &count, 0), "virNodeGetMemoryStats")
        var stats = [virNodeMemoryStats](repeating: virNodeMemoryStats(), count: Int(count))
        if count > 0 {
            try check(virNodeGetMemoryStats(connection, number, &stats, &count, 0), "virNodeGetMemoryStats")
        }
        var values: [String: UInt64] = [:]
        for stat in stats.prefix(Int(count)) {
            values[fixedCString(stat.field)] = stat.value
        }
        return NodeMemoryStats(values: values)
    }
}
