import CLibvirt

extension Domain {
    // MARK: - Records

    /// The progress of a block job (`virDomainBlockJobInfo`).
    public struct BlockJobInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// What the job does.
        public let type: BlockJobType
        /// Its bandwidth limit, in MiB/s (bytes/s with ``BlockJobInfoFlags/bandwidthBytes``); 0 for none.
        public let bandwidth: UInt64
        /// How far it is, between 0 and ``end``.
        public let current: UInt64
        /// Where it ends.
        public let end: UInt64
    }

    /// Options of a block copy (`VIR_DOMAIN_BLOCK_COPY_*`); nil leaves a value
    /// to the hypervisor.
    public struct BlockCopyParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_BLOCK_COPY_BANDWIDTH`.
            public static let bandwidth = VIR_DOMAIN_BLOCK_COPY_BANDWIDTH
            /// `VIR_DOMAIN_BLOCK_COPY_GRANULARITY`.
            public static let granularity = VIR_DOMAIN_BLOCK_COPY_GRANULARITY
            /// `VIR_DOMAIN_BLOCK_COPY_BUF_SIZE`.
            public static let bufferSize = VIR_DOMAIN_BLOCK_COPY_BUF_SIZE
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.bandwidth, .ullong, \.bandwidthBytesPerSecond),
            .value(Key.granularity, .uint, \.granularityBytes),
            .value(Key.bufferSize, .ullong, \.bufferSizeBytes),
        ]

        /// Bandwidth limit, in bytes/s (``Key/bandwidth``).
        public var bandwidthBytesPerSecond: UInt64?
        /// Granularity of the dirty bitmap, in bytes, a power of two (``Key/granularity``).
        public var granularityBytes: UInt32?
        /// Maximum bytes in flight (``Key/bufferSize``).
        public var bufferSizeBytes: UInt64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates block copy options.
        public init(bandwidthBytesPerSecond: UInt64? = nil, granularityBytes: UInt32? = nil, bufferSizeBytes: UInt64? = nil) {
            self.bandwidthBytesPerSecond = bandwidthBytesPerSecond
            self.granularityBytes = granularityBytes
            self.bufferSizeBytes = bufferSizeBytes
        }

        /// Creates options with every field nil.
        public init() {}
    }

    // MARK: - Watching and steering jobs

    /// The block job running on the disk `disk`, or nil when there is none.
    ///
    /// Wraps `virDomainGetBlockJobInfo`.
    public func blockJobInfo(_ disk: String, flags: BlockJobInfoFlags = []) throws(LibvirtError) -> BlockJobInfo? {
        try cString(disk, "disk", function: "virDomainGetBlockJobInfo")
        var info = virDomainBlockJobInfo()
        let found = try check(virDomainGetBlockJobInfo(pointer, disk, &info, flags.rawValue), "virDomainGetBlockJobInfo")
        guard found > 0 else { return nil }
        return BlockJobInfo(
            type: BlockJobType(rawValue: info.type), bandwidth: UInt64(info.bandwidth), current: info.cur, end: info.end)
    }

    /// Ends the block job on the disk `disk` (``BlockJobAbortFlags/pivot`` switches
    /// a finished copy over to its destination).
    ///
    /// Wraps `virDomainBlockJobAbort`.
    public func abortBlockJob(_ disk: String, flags: BlockJobAbortFlags = []) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockJobAbort")
        try check(virDomainBlockJobAbort(pointer, disk, flags.rawValue), "virDomainBlockJobAbort")
    }

    /// Limits the block job on the disk `disk` to `bandwidth` MiB/s (bytes/s with
    /// ``BlockJobSetSpeedFlags/bandwidthBytes``).
    ///
    /// Wraps `virDomainBlockJobSetSpeed`.
    public func setBlockJobSpeed(
        _ disk: String, bandwidth: UInt64, flags: BlockJobSetSpeedFlags = []
    ) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockJobSetSpeed")
        try check(
            virDomainBlockJobSetSpeed(pointer, disk, UInt(bandwidth), flags.rawValue), "virDomainBlockJobSetSpeed")
    }

    // MARK: - Starting jobs

    /// Starts copying the backing images' data into the disk `disk`, so it no
    /// longer needs them.
    ///
    /// Wraps `virDomainBlockPull`.
    public func blockPull(_ disk: String, bandwidth: UInt64 = 0, flags: BlockPullFlags = []) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockPull")
        try check(virDomainBlockPull(pointer, disk, UInt(bandwidth), flags.rawValue), "virDomainBlockPull")
    }

    /// Starts pulling the backing chain of the disk `disk` down to `base` (nil:
    /// all of it), or, with ``BlockRebaseFlags/copy``, copying the disk to `base`.
    ///
    /// Wraps `virDomainBlockRebase`.
    public func blockRebase(
        _ disk: String, base: String?, bandwidth: UInt64 = 0, flags: BlockRebaseFlags = []
    ) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockRebase")
        try cString(base, "base", function: "virDomainBlockRebase")
        try check(virDomainBlockRebase(pointer, disk, base, UInt(bandwidth), flags.rawValue), "virDomainBlockRebase")
    }

    /// Starts copying the disk `disk` to the destination described by
    /// `destinationXML` (a `<disk>` element).
    ///
    /// Wraps `virDomainBlockCopy`.
    public func blockCopy(
        _ disk: String, destinationXML: String, parameters: BlockCopyParameters = BlockCopyParameters(),
        flags: BlockCopyFlags = []
    ) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockCopy")
        try cString(destinationXML, "destinationXML", function: "virDomainBlockCopy")
        _ = try parameters.typedParameters().withCParameters { params, count throws(LibvirtError) in
            try check(
                virDomainBlockCopy(pointer, disk, destinationXML, params, count, flags.rawValue), "virDomainBlockCopy")
        }
    }

    /// Starts merging the images from `top` (nil: the active layer's backing
    /// image) down into `base` (nil: the bottom of the chain) of the disk `disk`.
    ///
    /// Wraps `virDomainBlockCommit`.
    public func blockCommit(
        _ disk: String, base: String? = nil, top: String? = nil, bandwidth: UInt64 = 0,
        flags: BlockCommitFlags = []
    ) async throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainBlockCommit")
        try cString(base, "base", function: "virDomainBlockCommit")
        try cString(top, "top", function: "virDomainBlockCommit")
        try await runWaiting("virDomainBlockCommit") { [self] () throws(LibvirtError) in
            try check(
                virDomainBlockCommit(pointer, disk, base, top, UInt(bandwidth), flags.rawValue), "virDomainBlockCommit")
        }
    }
}
