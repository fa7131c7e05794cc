import CLibvirt

extension Domain {
    // MARK: - Records

    /// The progress of a block job (`virDomainBlockJobInfo`).
    public struct BlockJobInfo: Sendable, Hashable {
        /// What the job does.
        public let type: BlockJobType
        /// Its bandwidth limit, in MiB/s (bytes/s with ``BlockJobInfoFlags/bandwidthBytes``); 0 for none.
        public let bandwidth: UInt64
        /// How far it is, between 0 and ``end``.
        public let current: UInt64
        /// Where it ends.
        public let end: UInt64
    }

    /// Options of a block copy (its typed parameters); nil leaves a value to the hypervisor.
    public struct BlockCopyParameters: Sendable, Hashable {
        /// Bandwidth limit in bytes/s (`bandwidth`).
        public var bandwidth: UInt64?
        /// Granularity of the dirty bitmap, in bytes, a power of two (`granularity`).
        public var granularity: UInt32?
        /// Maximum bytes in flight (`buf-size`).
        public var bufferSize: UInt64?
        /// Other parameters, passed as given.
        public var extra: TypedParameters

        /// Creates block copy options.
        public init(
            bandwidth: UInt64? = nil, granularity: UInt32? = nil, bufferSize: UInt64? = nil,
            extra: TypedParameters = TypedParameters()
        ) {
            self.bandwidth = bandwidth
            self.granularity = granularity
            self.bufferSize = bufferSize
            self.extra = extra
        }

        /// The typed parameters libvirt takes.
        public var typedParameters: TypedParameters {
            var parameters = extra
            if let bandwidth { parameters[VIR_DOMAIN_BLOCK_COPY_BANDWIDTH] = .unsignedLongLong(bandwidth) }
            if let granularity { parameters[VIR_DOMAIN_BLOCK_COPY_GRANULARITY] = .uint(granularity) }
            if let bufferSize { parameters[VIR_DOMAIN_BLOCK_COPY_BUF_SIZE] = .unsignedLongLong(bufferSize) }
            return parameters
        }
    }

    // MARK: - Watching and steering jobs

    /// The block job running on the disk `disk`, or nil when there is none.
    ///
    /// Wraps `virDomainGetBlockJobInfo`.
    public func blockJobInfo(_ disk: String, flags: BlockJobInfoFlags = []) throws(LibvirtError) -> BlockJobInfo? {
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
        try check(virDomainBlockJobAbort(pointer, disk, flags.rawValue), "virDomainBlockJobAbort")
    }

    /// Limits the block job on the disk `disk` to `bandwidth` MiB/s (bytes/s with
    /// ``BlockJobSetSpeedFlags/bandwidthBytes``).
    ///
    /// Wraps `virDomainBlockJobSetSpeed`.
    public func setBlockJobSpeed(
        _ disk: String, bandwidth: UInt64, flags: BlockJobSetSpeedFlags = []
    ) throws(LibvirtError) {
        try check(
            virDomainBlockJobSetSpeed(pointer, disk, UInt(bandwidth), flags.rawValue), "virDomainBlockJobSetSpeed")
    }

    // MARK: - Starting jobs

    /// Starts copying the backing images' data into the disk `disk`, so it no
    /// longer needs them.
    ///
    /// Wraps `virDomainBlockPull`.
    public func blockPull(_ disk: String, bandwidth: UInt64 = 0, flags: BlockPullFlags = []) throws(LibvirtError) {
        try check(virDomainBlockPull(pointer, disk, UInt(bandwidth), flags.rawValue), "virDomainBlockPull")
    }

    /// Starts pulling the backing chain of the disk `disk` down to `base` (nil:
    /// all of it), or, with ``BlockRebaseFlags/copy``, copying the disk to `base`.
    ///
    /// Wraps `virDomainBlockRebase`.
    public func blockRebase(
        _ disk: String, base: String?, bandwidth: UInt64 = 0, flags: BlockRebaseFlags = []
    ) throws(LibvirtError) {
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
        _ = try parameters.typedParameters.withCParameters { params, count throws(LibvirtError) in
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
        try await runWaiting("virDomainBlockCommit") { [self] () throws(LibvirtError) in
            try check(
                virDomainBlockCommit(pointer, disk, base, top, UInt(bandwidth), flags.rawValue), "virDomainBlockCommit")
        }
    }
}
