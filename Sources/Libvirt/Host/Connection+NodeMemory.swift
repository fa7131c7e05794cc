import CLibvirt

extension Connection {
    // MARK: - Free memory

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
    ///   - maxCells: the most cells to report; nil for every cell from
    ///     `startCell` on (as many as ``nodeInfo()`` counts).
    /// - Returns: one value per cell, the first being `startCell`'s.
    ///
    /// Wraps `virNodeGetCellsFreeMemory` (and `virNodeGetInfo` when
    /// `maxCells` is nil).
    public func cellsFreeMemory(startCell: Int = 0, maxCells: Int? = nil) throws(LibvirtError) -> [UInt64] {
        let connection = try handle("virNodeGetCellsFreeMemory")
        let capacity: Int
        if let maxCells {
            capacity = maxCells
        } else {
            capacity = max(0, try nodeInfo().nodes - startCell)
        }
        guard capacity > 0 else { return [] }
        var free = [UInt64](repeating: 0, count: capacity)
        let filled = try check(
            virNodeGetCellsFreeMemory(connection, &free, Int32(startCell), Int32(capacity)),
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
        let connection = try handle("virNodeGetFreePages")
        guard !sizes.isEmpty, cellCount > 0 else { return [] }
        var pages = sizes
        var counts = [UInt64](repeating: 0, count: sizes.count * cellCount)
        // On success every entry is filled: a driver fails the call for a
        // cell or size it cannot count. The count it returns is not used, as
        // drivers differ on it (the test driver returns 0).
        try check(
            virNodeGetFreePages(
                connection, UInt32(sizes.count), &pages, Int32(startCell), UInt32(cellCount), &counts, 0),
            "virNodeGetFreePages")
        // `counts` holds, for each cell in turn, one count per page size.
        return (0..<cellCount).map { cell in
            var byPage: [UInt32: UInt64] = [:]
            for (index, size) in sizes.enumerated() {
                byPage[size] = counts[cell * sizes.count + index]
            }
            return CellFreePages(cell: startCell + cell, counts: byPage)
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
        let connection = try handle("virNodeAllocPages")
        let ordered = counts.sorted { $0.key < $1.key }
        var sizes = ordered.map(\.key)
        var pageCounts = ordered.map(\.value)
        return Int(try check(
            virNodeAllocPages(
                connection, UInt32(sizes.count), &sizes, &pageCounts, Int32(startCell ?? -1),
                UInt32(cellCount), flags.rawValue),
            "virNodeAllocPages"))
    }
}
