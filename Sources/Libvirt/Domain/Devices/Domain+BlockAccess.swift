import CLibvirt

extension Domain {
    // MARK: - Reading raw bytes

    /// Reads `size` bytes of the disk `disk` from byte `offset`, as the host sees
    /// the image (no guest cache). Drivers limit `size` (QEMU: 1 MiB).
    ///
    /// Wraps `virDomainBlockPeek`.
    public func blockPeek(_ disk: String, offset: UInt64, size: Int) throws(LibvirtError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        let result = bytes.withUnsafeMutableBytes { buffer in
            virDomainBlockPeek(pointer, disk, offset, size, buffer.baseAddress, 0)
        }
        try check(result, "virDomainBlockPeek")
        return bytes
    }

    /// Reads `size` bytes of the guest's memory from address `start`. Drivers
    /// limit `size` (QEMU: 1 MiB).
    ///
    /// - Parameter flags: ``MemoryPeekFlags/virtual`` or ``MemoryPeekFlags/physical`` addresses (one is required).
    ///
    /// Wraps `virDomainMemoryPeek`.
    public func memoryPeek(at start: UInt64, size: Int, flags: MemoryPeekFlags) throws(LibvirtError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        let result = bytes.withUnsafeMutableBytes { buffer in
            virDomainMemoryPeek(pointer, start, size, buffer.baseAddress, flags.rawValue)
        }
        try check(result, "virDomainMemoryPeek")
        return bytes
    }

    // MARK: - Size and threshold

    /// Resizes the disk `disk` of a running domain to `size` KiB (bytes with
    /// ``BlockResizeFlags/bytes``).
    ///
    /// Wraps `virDomainBlockResize`.
    public func blockResize(_ disk: String, size: UInt64, flags: BlockResizeFlags = []) throws(LibvirtError) {
        try check(virDomainBlockResize(pointer, disk, size, flags.rawValue), "virDomainBlockResize")
    }

    /// Asks for a block-threshold event once the guest writes past `threshold`
    /// bytes of the disk `disk` (0 removes the threshold).
    ///
    /// Wraps `virDomainSetBlockThreshold`.
    public func setBlockThreshold(_ disk: String, threshold: UInt64) throws(LibvirtError) {
        try check(virDomainSetBlockThreshold(pointer, disk, threshold, 0), "virDomainSetBlockThreshold")
    }
}
