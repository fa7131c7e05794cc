import CLibvirt

extension Connection {
    // MARK: - Free memory

    /// The most NUMA cells (and, for ``freePages(sizes:startCell:cellCount:)``,
    /// page sizes times cells) one call reports: 1,024, the most libvirt 9.0's
    /// remote protocol carries (`REMOTE_NODE_MAX_CELLS`) and Linux's largest
    /// node count.
    public static let cellLimit = 1024

    /// The host's free memory, in bytes.
    ///
    /// Wraps `virNodeGetFreeMemory`.
    public func freeMemory() throws(LibvirtError) -> UInt64 {
        let free = virNodeGetFreeMemory(try handle("virNodeGetFreeMemory"))
        // 0 is the error value; libvirt resets the thread's error on entry, so
        // an error recorded now is this call's.
        if free == 0, virGetLastError() != nil {
            throw LibvirtError.last(function: "virNodeGetFreeMemory")
        }
        return free
    }

    /// The free memory of NUMA cells, in bytes, from `startCell` on.
    ///
    /// - Parameters:
    ///   - startCell: the first cell.
    ///   - maxCells: the most cells to report, up to ``Connection/cellLimit``;
    ///     nil for every cell from `startCell` on (as many as ``nodeInfo()`` counts).
    /// - Returns: one value per cell, the first being `startCell`'s.
    ///
    /// Wraps `virNodeGetCellsFreeMemory` (and `virNodeGetInfo` when
    /// `maxCells` is nil).
    public func cellsFreeMemory(startCell: Int = 0, maxCells: Int? = nil) throws(LibvirtError) -> [UInt64] {
        let function = "virNodeGetCellsFreeMemory"
        let start = try cInt32(startCell, "startCell", function: function, in: 0...Int32(Connection.cellLimit - 1))
        let capacity: Int
        if let maxCells {
            capacity = try checkRange(maxCells, "maxCells", function: function, in: 0...Connection.cellLimit)
        } else {
            capacity = min(Connection.cellLimit, max(0, try nodeInfo().nodes - startCell))
        }
        let connection = try handle(function)
        guard capacity > 0 else { return [] }
        var free = [UInt64](repeating: 0, count: capacity)
        let filled = try check(
            virNodeGetCellsFreeMemory(connection, &free, start, Int32(capacity)),
            "virNodeGetCellsFreeMemory")
        return Array(free.prefix(Int(filled)))
    }

    // MARK: - Huge pages

    /// How many free pages of each size the NUMA cells have.
    ///
    /// - Parameters:
    ///   - sizes: page sizes in KiB, such as `[4, 2048]`.
    ///   - startCell: the first cell.
    ///   - cellCount: how many cells from `startCell` on.
    /// - Returns: one entry per cell, in order.
    ///
    /// Wraps `virNodeGetFreePages`.
    public func freePages(sizes: [UInt32], startCell: Int = 0, cellCount: Int = 1) throws(LibvirtError) -> [CellFreePages] {
        let function = "virNodeGetFreePages"
        let start = try cInt32(startCell, "startCell", function: function, in: 0...Int32(Connection.cellLimit - 1))
        let cells = try cUInt32(cellCount, "cellCount", function: function, in: 0...UInt32(Connection.cellLimit))
        let total = try checkedProduct(sizes.count, cellCount, "sizes.count x cellCount", function: function,
                                       limit: Connection.cellLimit)
        let connection = try handle(function)
        guard total > 0 else { return [] }
        var pages = sizes
        var counts = [UInt64](repeating: 0, count: total)
        // On success every entry is filled: a driver fails the call for a
        // cell or size it cannot count. The count it returns is not used, as
        // drivers differ on it (the test driver returns 0).
        try check(
            virNodeGetFreePages(
                connection, UInt32(sizes.count), &pages, start, cells, &counts, 0),
            "virNodeGetFreePages")
        // `counts` holds, for each cell in turn, one count per page size.
        return (0..<cellCount).map { cell in
            var byPage: [UInt32: UInt64] = [:]
            for (index, size) in sizes.enumerated() {
                byPage[size] = counts[cell * sizes.count + index]
            }
            return CellFreePages(cell: startCell + cell, countsByPageSizeKiB: byPage)
        }
    }

    /// Changes the size of the host's pools of pages (huge pages, mostly).
    ///
    /// - Parameters:
    ///   - counts: how many pages, by page size in KiB.
    ///   - startCell: the first NUMA cell, or nil to act on the whole host.
    ///   - cellCount: how many cells from `startCell` on.
    ///   - flags: ``AllocatePagesFlags/set`` to set the pool sizes rather than
    ///     add to them.
    /// - Returns: how many cells were changed.
    ///
    /// Wraps `virNodeAllocPages`.
    @discardableResult
    public func allocatePages(
        _ counts: [UInt32: UInt64], startCell: Int? = nil, cellCount: Int = 1, flags: AllocatePagesFlags = []
    ) throws(LibvirtError) -> Int {
        let function = "virNodeAllocPages"
        try checkRange(counts.count, "counts.count", function: function, in: 0...Connection.cellLimit)
        let start = try startCell.map { (cell) throws(LibvirtError) in
            try cInt32(cell, "startCell", function: function, in: 0...Int32(Connection.cellLimit - 1))
        } ?? -1
        let cells = try cUInt32(cellCount, "cellCount", function: function, in: 0...UInt32(Connection.cellLimit))
        let connection = try handle(function)
        let ordered = counts.sorted { $0.key < $1.key }
        var sizes = ordered.map(\.key)
        var pageCounts = ordered.map(\.value)
        return Int(try check(
            virNodeAllocPages(
                connection, UInt32(sizes.count), &sizes, &pageCounts, start, cells, flags.rawValue),
            "virNodeAllocPages"))
    }
}
