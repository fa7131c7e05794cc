extension Domain {
    /// A domain's block I/O tunables (`VIR_DOMAIN_BLKIO_*`); values not reported are nil.
    public struct BlkioParameters: Sendable, Hashable {
        /// The relative weight, 100-1000 (`weight`).
        public let weight: UInt32?
        /// Per-device weights, `"/dev/sda,500,..."` (`device_weight`).
        public let deviceWeight: String?
        /// Per-device read operations per second (`device_read_iops_sec`).
        public let deviceReadIopsSec: String?
        /// Per-device write operations per second (`device_write_iops_sec`).
        public let deviceWriteIopsSec: String?
        /// Per-device read bytes per second (`device_read_bytes_sec`).
        public let deviceReadBytesSec: String?
        /// Per-device write bytes per second (`device_write_bytes_sec`).
        public let deviceWriteBytesSec: String?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the tunables from typed parameters.
        public init(_ parameters: TypedParameters) {
            weight = parameters.uint64("weight").flatMap { UInt32(exactly: $0) }
            deviceWeight = parameters.string("device_weight")
            deviceReadIopsSec = parameters.string("device_read_iops_sec")
            deviceWriteIopsSec = parameters.string("device_write_iops_sec")
            deviceReadBytesSec = parameters.string("device_read_bytes_sec")
            deviceWriteBytesSec = parameters.string("device_write_bytes_sec")
            raw = parameters
        }
    }

    /// A domain's NUMA memory placement (`VIR_DOMAIN_NUMA_*`).
    public struct NumaParameters: Sendable, Hashable {
        /// The placement mode (`numa_mode`).
        public let mode: NumaMode?
        /// The host nodes, in libvirt's list syntax (`numa_nodeset`).
        public let nodeset: String?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the placement from typed parameters.
        public init(_ parameters: TypedParameters) {
            mode = parameters.int64("numa_mode").flatMap { Int32(exactly: $0) }.map(NumaMode.init(rawValue:))
            nodeset = parameters.string("numa_nodeset")
            raw = parameters
        }
    }

    /// An interface's bandwidth limits (`VIR_DOMAIN_BANDWIDTH_*`): averages and
    /// peaks in KiB/s, bursts in KiB.
    public struct InterfaceParameters: Sendable, Hashable {
        /// Inbound average rate (`inbound.average`).
        public let inboundAverage: UInt32?
        /// Inbound peak rate (`inbound.peak`).
        public let inboundPeak: UInt32?
        /// Inbound burst size (`inbound.burst`).
        public let inboundBurst: UInt32?
        /// Inbound guaranteed rate (`inbound.floor`).
        public let inboundFloor: UInt32?
        /// Outbound average rate (`outbound.average`).
        public let outboundAverage: UInt32?
        /// Outbound peak rate (`outbound.peak`).
        public let outboundPeak: UInt32?
        /// Outbound burst size (`outbound.burst`).
        public let outboundBurst: UInt32?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the limits from typed parameters.
        public init(_ parameters: TypedParameters) {
            func value(_ name: String) -> UInt32? { parameters.uint64(name).flatMap { UInt32(exactly: $0) } }
            inboundAverage = value("inbound.average")
            inboundPeak = value("inbound.peak")
            inboundBurst = value("inbound.burst")
            inboundFloor = value("inbound.floor")
            outboundAverage = value("outbound.average")
            outboundPeak = value("outbound.peak")
            outboundBurst = value("outbound.burst")
            raw = parameters
        }
    }

    /// A disk's I/O throttling (`VIR_DOMAIN_BLOCK_IOTUNE_*`); 0 means no limit.
    public struct BlockIoTune: Sendable, Hashable {
        /// Total bytes per second (`total_bytes_sec`).
        public let totalBytesSec: UInt64?
        /// Read bytes per second (`read_bytes_sec`).
        public let readBytesSec: UInt64?
        /// Write bytes per second (`write_bytes_sec`).
        public let writeBytesSec: UInt64?
        /// Total operations per second (`total_iops_sec`).
        public let totalIopsSec: UInt64?
        /// Read operations per second (`read_iops_sec`).
        public let readIopsSec: UInt64?
        /// Write operations per second (`write_iops_sec`).
        public let writeIopsSec: UInt64?
        /// Total bytes per second in bursts (`total_bytes_sec_max`).
        public let totalBytesSecMax: UInt64?
        /// Read bytes per second in bursts (`read_bytes_sec_max`).
        public let readBytesSecMax: UInt64?
        /// Write bytes per second in bursts (`write_bytes_sec_max`).
        public let writeBytesSecMax: UInt64?
        /// Total operations per second in bursts (`total_iops_sec_max`).
        public let totalIopsSecMax: UInt64?
        /// Read operations per second in bursts (`read_iops_sec_max`).
        public let readIopsSecMax: UInt64?
        /// Write operations per second in bursts (`write_iops_sec_max`).
        public let writeIopsSecMax: UInt64?
        /// The size of an I/O operation, in bytes (`size_iops_sec`).
        public let sizeIopsSec: UInt64?
        /// The throttle group the disk belongs to (`group_name`).
        public let groupName: String?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the throttling from typed parameters.
        public init(_ parameters: TypedParameters) {
            totalBytesSec = parameters.uint64("total_bytes_sec")
            readBytesSec = parameters.uint64("read_bytes_sec")
            writeBytesSec = parameters.uint64("write_bytes_sec")
            totalIopsSec = parameters.uint64("total_iops_sec")
            readIopsSec = parameters.uint64("read_iops_sec")
            writeIopsSec = parameters.uint64("write_iops_sec")
            totalBytesSecMax = parameters.uint64("total_bytes_sec_max")
            readBytesSecMax = parameters.uint64("read_bytes_sec_max")
            writeBytesSecMax = parameters.uint64("write_bytes_sec_max")
            totalIopsSecMax = parameters.uint64("total_iops_sec_max")
            readIopsSecMax = parameters.uint64("read_iops_sec_max")
            writeIopsSecMax = parameters.uint64("write_iops_sec_max")
            sizeIopsSec = parameters.uint64("size_iops_sec")
            groupName = parameters.string("group_name")
            raw = parameters
        }
    }
}
