import CLibvirt

extension Domain {
    // MARK: - Reading raw bytes

    /// The most bytes ``peekBlock(_:offset:count:)`` and
    /// ``peekMemory(at:count:flags:)`` read in one call: 4 MiB, the most
    /// libvirt 9.0's remote protocol carries (`REMOTE_DOMAIN_BLOCK_PEEK_BUFFER_MAX`,
    /// `REMOTE_DOMAIN_MEMORY_PEEK_BUFFER_MAX`); read more in several calls.
    public static let peekLimit = 4 * 1024 * 1024

    /// Reads `count` bytes of the disk `disk` from byte `offset`, as the host sees
    /// the image file (no guest cache). `count` is 0 up to ``Domain/peekLimit``
    /// (4 MiB); drivers may limit it further (QEMU: 1 MiB, raw images only).
    ///
    /// Wraps `virDomainBlockPeek`.
    public func peekBlock(_ disk: String, offset: UInt64, count: Int) throws(LibvirtError) -> [UInt8] {
        try cString(disk, "disk", function: "virDomainBlockPeek")
        try checkRange(count, "count", function: "virDomainBlockPeek", in: 0...Domain.peekLimit)
        var bytes = [UInt8](repeating: 0, count: count)
        let result = bytes.withUnsafeMutableBytes { buffer in
            virDomainBlockPeek(pointer, disk, offset, count, buffer.baseAddress, 0)
        }
        try check(result, "virDomainBlockPeek")
        return bytes
    }

    // MARK: - Size and threshold

    /// Resizes the disk `disk` of a running domain to `size` KiB (bytes with
    /// ``BlockResizeFlags/bytes``).
    ///
    /// Wraps `virDomainBlockResize`.
    public func blockResize(_ disk: String, size: UInt64, flags: BlockResizeFlags = []) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockResize")
        try check(virDomainBlockResize(pointer, disk, size, flags.rawValue), "virDomainBlockResize")
    }

    /// Asks for a block-threshold event once the guest writes past `threshold`
    /// bytes of the disk `disk` (0 removes the threshold).
    ///
    /// Wraps `virDomainSetBlockThreshold`.
    public func setBlockThreshold(_ disk: String, threshold: UInt64) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainSetBlockThreshold")
        try check(virDomainSetBlockThreshold(pointer, disk, threshold, 0), "virDomainSetBlockThreshold")
    }
}
