import CLibvirt
import Glibc

extension Domain {
    // MARK: - Records

    /// I/O statistics of one disk (`VIR_DOMAIN_BLOCK_STATS_*`); a value the
    /// driver does not report is nil.
    public struct BlockStats: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_BLOCK_STATS_READ_REQ`.
            public static let readRequests = VIR_DOMAIN_BLOCK_STATS_READ_REQ
            /// `VIR_DOMAIN_BLOCK_STATS_READ_BYTES`.
            public static let readBytes = VIR_DOMAIN_BLOCK_STATS_READ_BYTES
            /// `VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES`.
            public static let readTime = VIR_DOMAIN_BLOCK_STATS_READ_TOTAL_TIMES
            /// `VIR_DOMAIN_BLOCK_STATS_WRITE_REQ`.
            public static let writeRequests = VIR_DOMAIN_BLOCK_STATS_WRITE_REQ
            /// `VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES`.
            public static let writeBytes = VIR_DOMAIN_BLOCK_STATS_WRITE_BYTES
            /// `VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES`.
            public static let writeTime = VIR_DOMAIN_BLOCK_STATS_WRITE_TOTAL_TIMES
            /// `VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ`.
            public static let flushRequests = VIR_DOMAIN_BLOCK_STATS_FLUSH_REQ
            /// `VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES`.
            public static let flushTime = VIR_DOMAIN_BLOCK_STATS_FLUSH_TOTAL_TIMES
            /// `VIR_DOMAIN_BLOCK_STATS_ERRS`.
            public static let errors = VIR_DOMAIN_BLOCK_STATS_ERRS
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.readRequests, .llong, \.readRequests),
            .value(Key.readBytes, .llong, \.readBytes),
            .duration(Key.readTime, .llong, .nanoseconds, \.readTime),
            .value(Key.writeRequests, .llong, \.writeRequests),
            .value(Key.writeBytes, .llong, \.writeBytes),
            .duration(Key.writeTime, .llong, .nanoseconds, \.writeTime),
            .value(Key.flushRequests, .llong, \.flushRequests),
            .duration(Key.flushTime, .llong, .nanoseconds, \.flushTime),
            .value(Key.errors, .llong, \.errors),
        ]

        /// Read requests (``Key/readRequests``).
        public var readRequests: Int64?
        /// Bytes read (``Key/readBytes``).
        public var readBytes: Int64?
        /// Time spent reading (detailed statistics only) (``Key/readTime``).
        public var readTime: Duration?
        /// Write requests (``Key/writeRequests``).
        public var writeRequests: Int64?
        /// Bytes written (``Key/writeBytes``).
        public var writeBytes: Int64?
        /// Time spent writing (detailed statistics only) (``Key/writeTime``).
        public var writeTime: Duration?
        /// Flush requests (detailed statistics only) (``Key/flushRequests``).
        public var flushRequests: Int64?
        /// Time spent flushing (detailed statistics only) (``Key/flushTime``).
        public var flushTime: Duration?
        /// Errors (their meaning depends on the driver) (``Key/errors``).
        public var errors: Int64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// Traffic statistics of one network interface. A value the driver does not report is nil.
    public struct InterfaceStats: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Bytes received.
        public let rxBytes: Int64?
        /// Packets received.
        public let rxPackets: Int64?
        /// Receive errors.
        public let rxErrors: Int64?
        /// Received packets dropped.
        public let rxDrops: Int64?
        /// Bytes sent.
        public let txBytes: Int64?
        /// Packets sent.
        public let txPackets: Int64?
        /// Send errors.
        public let txErrors: Int64?
        /// Sent packets dropped.
        public let txDrops: Int64?
    }

    /// Sizes of one disk, in bytes (`virDomainBlockInfo`).
    public struct BlockInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Logical size: what the guest sees.
        public let capacityBytes: UInt64
        /// Host storage in use (the highest written extent, for a file without holes).
        public let allocationBytes: UInt64
        /// Host physical size of the file or device.
        public let physicalBytes: UInt64
    }

    /// An error a disk hit (`virDomainDiskError`).
    public struct DiskError: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The disk's target, such as `vda`.
        public let disk: String
        /// What went wrong.
        public let code: DiskErrorCode
    }

    // MARK: - Disk and interface statistics

    /// The I/O statistics of the disk `disk` (its target such as `vda`, or its source path).
    ///
    /// Wraps `virDomainBlockStats`.
    public func blockStats(_ disk: String) throws(LibvirtError) -> BlockStats {
        try cString(disk, "disk", function: "virDomainBlockStats")
        var stats = virDomainBlockStatsStruct()
        try check(
            virDomainBlockStats(pointer, disk, &stats, MemoryLayout<virDomainBlockStatsStruct>.size),
            "virDomainBlockStats")
        let known: (Int64) -> Int64? = { $0 < 0 ? nil : $0 }
        var result = BlockStats()
        result.readRequests = known(stats.rd_req)
        result.readBytes = known(stats.rd_bytes)
        result.writeRequests = known(stats.wr_req)
        result.writeBytes = known(stats.wr_bytes)
        result.errors = known(stats.errs)
        return result
    }

    /// The detailed I/O statistics of the disk `disk` (or of every disk, summed,
    /// when `disk` is empty), with times and flushes where the driver has them.
    ///
    /// Wraps `virDomainBlockStatsFlags`.
    public func detailedBlockStats(_ disk: String) throws(LibvirtError) -> BlockStats {
        try cString(disk, "disk", function: "virDomainBlockStatsFlags")
        let flags = UInt32(VIR_TYPED_PARAM_STRING_OKAY.rawValue)
        let parameters = try TypedParameters.fetch("virDomainBlockStatsFlags") { params, count in
            virDomainBlockStatsFlags(pointer, disk, params, count, flags)
        }
        return BlockStats(parameters)
    }

    /// The traffic statistics of the interface `device` (its host-side name such
    /// as `vnet0`, or its MAC address).
    ///
    /// Wraps `virDomainInterfaceStats`.
    public func interfaceStats(_ device: String) throws(LibvirtError) -> InterfaceStats {
        try cString(device, "device", function: "virDomainInterfaceStats")
        var stats = virDomainInterfaceStatsStruct()
        try check(
            virDomainInterfaceStats(pointer, device, &stats, MemoryLayout<virDomainInterfaceStatsStruct>.size),
            "virDomainInterfaceStats")
        let known: (Int64) -> Int64? = { $0 < 0 ? nil : $0 }
        return InterfaceStats(
            rxBytes: known(stats.rx_bytes), rxPackets: known(stats.rx_packets),
            rxErrors: known(stats.rx_errs), rxDrops: known(stats.rx_drop),
            txBytes: known(stats.tx_bytes), txPackets: known(stats.tx_packets),
            txErrors: known(stats.tx_errs), txDrops: known(stats.tx_drop))
    }

    // MARK: - Disk sizes and errors

    /// The sizes of the disk `disk`.
    ///
    /// Wraps `virDomainGetBlockInfo`.
    public func blockInfo(_ disk: String) throws(LibvirtError) -> BlockInfo {
        try cString(disk, "disk", function: "virDomainGetBlockInfo")
        var info = virDomainBlockInfo()
        try check(virDomainGetBlockInfo(pointer, disk, &info, 0), "virDomainGetBlockInfo")
        return BlockInfo(capacityBytes: info.capacity, allocationBytes: info.allocation, physicalBytes: info.physical)
    }

    /// The errors the domain's disks hit (disks without an error are left out).
    ///
    /// Wraps `virDomainGetDiskErrors`.
    public func diskErrors() throws(LibvirtError) -> [DiskError] {
        let count = try check(virDomainGetDiskErrors(pointer, nil, 0, 0), "virDomainGetDiskErrors")
        guard count > 0 else { return [] }
        var errors = [virDomainDiskError](repeating: virDomainDiskError(), count: Int(count))
        let filled = try check(
            virDomainGetDiskErrors(pointer, &errors, UInt32(count), 0), "virDomainGetDiskErrors")
        return errors.prefix(Int(filled)).map { error in
            defer { free(error.disk) }
            return DiskError(disk: error.disk.map { String(cString: $0) } ?? "", code: DiskErrorCode(rawValue: error.error))
        }
    }
}
