import CLibvirt

extension Domain {
    /// A domain's block I/O tunables (`VIR_DOMAIN_BLKIO_*`); values not reported,
    /// or not to set, are nil. Per-device values are libvirt's comma-separated
    /// lists of a device path and its value, as `"/dev/sda,500"`.
    public struct BlkioParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_BLKIO_WEIGHT`.
            public static let weight = VIR_DOMAIN_BLKIO_WEIGHT
            /// `VIR_DOMAIN_BLKIO_DEVICE_WEIGHT`.
            public static let deviceWeight = VIR_DOMAIN_BLKIO_DEVICE_WEIGHT
            /// `VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS`.
            public static let deviceReadIops = VIR_DOMAIN_BLKIO_DEVICE_READ_IOPS
            /// `VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS`.
            public static let deviceWriteIops = VIR_DOMAIN_BLKIO_DEVICE_WRITE_IOPS
            /// `VIR_DOMAIN_BLKIO_DEVICE_READ_BPS`.
            public static let deviceReadBytes = VIR_DOMAIN_BLKIO_DEVICE_READ_BPS
            /// `VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS`.
            public static let deviceWriteBytes = VIR_DOMAIN_BLKIO_DEVICE_WRITE_BPS
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.weight, .uint, \.weight),
            .value(Key.deviceWeight, .string, \.deviceWeight),
            .value(Key.deviceReadIops, .string, \.deviceReadIopsPerSecond),
            .value(Key.deviceWriteIops, .string, \.deviceWriteIopsPerSecond),
            .value(Key.deviceReadBytes, .string, \.deviceReadBytesPerSecond),
            .value(Key.deviceWriteBytes, .string, \.deviceWriteBytesPerSecond),
        ]

        /// The relative weight, 100-1000 (``Key/weight``).
        public var weight: UInt32?
        /// Per-device weights (``Key/deviceWeight``).
        public var deviceWeight: String?
        /// Per-device read operations per second (``Key/deviceReadIops``).
        public var deviceReadIopsPerSecond: String?
        /// Per-device write operations per second (``Key/deviceWriteIops``).
        public var deviceWriteIopsPerSecond: String?
        /// Per-device read bytes per second (``Key/deviceReadBytes``).
        public var deviceReadBytesPerSecond: String?
        /// Per-device written bytes per second (``Key/deviceWriteBytes``).
        public var deviceWriteBytesPerSecond: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil; set the ones to change.
        public init() {}
    }

    /// A domain's NUMA memory placement (`VIR_DOMAIN_NUMA_*`).
    public struct NumaParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_NUMA_MODE`.
            public static let mode = VIR_DOMAIN_NUMA_MODE
            /// `VIR_DOMAIN_NUMA_NODESET`.
            public static let nodeset = VIR_DOMAIN_NUMA_NODESET
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.mode, .int, \.mode),
            .value(Key.nodeset, .string, \.nodeset),
        ]

        /// The placement mode (``Key/mode``).
        public var mode: NumaMode?
        /// The host nodes, in libvirt's list syntax, as `"0-1,3"` (``Key/nodeset``).
        public var nodeset: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil; set the ones to change.
        public init() {}
    }

    /// An interface's bandwidth limits (`VIR_DOMAIN_BANDWIDTH_*`): averages,
    /// peaks and floors in KiB/s, bursts in KiB; 0 removes a limit.
    ///
    /// The same record as a network port's (libvirt's `VIR_DOMAIN_BANDWIDTH_*`
    /// and `VIR_NETWORK_PORT_BANDWIDTH_*` keys are the same strings).
    public typealias InterfaceParameters = NetworkPort.Bandwidth

    /// A disk's I/O throttling (`VIR_DOMAIN_BLOCK_IOTUNE_*`); 0 removes a limit.
    public struct BlockIoTune: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC`.
            public static let totalBytesPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC`.
            public static let readBytesPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC`.
            public static let writeBytesPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC`.
            public static let totalIopsPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC`.
            public static let readIopsPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC`.
            public static let writeIopsPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX`.
            public static let totalBytesPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX`.
            public static let readBytesPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX`.
            public static let writeBytesPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX`.
            public static let totalIopsPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX`.
            public static let readIopsPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX`.
            public static let writeIopsPerSecondMax = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH`.
            public static let totalBytesPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_BYTES_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH`.
            public static let readBytesPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_READ_BYTES_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH`.
            public static let writeBytesPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_BYTES_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH`.
            public static let totalIopsPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_TOTAL_IOPS_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH`.
            public static let readIopsPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_READ_IOPS_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH`.
            public static let writeIopsPerSecondMaxLength = VIR_DOMAIN_BLOCK_IOTUNE_WRITE_IOPS_SEC_MAX_LENGTH
            /// `VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC`.
            public static let sizeIopsPerSecond = VIR_DOMAIN_BLOCK_IOTUNE_SIZE_IOPS_SEC
            /// `VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME`.
            public static let groupName = VIR_DOMAIN_BLOCK_IOTUNE_GROUP_NAME
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.totalBytesPerSecond, .ullong, \.totalBytesPerSecond),
            .value(Key.readBytesPerSecond, .ullong, \.readBytesPerSecond),
            .value(Key.writeBytesPerSecond, .ullong, \.writeBytesPerSecond),
            .value(Key.totalIopsPerSecond, .ullong, \.totalIopsPerSecond),
            .value(Key.readIopsPerSecond, .ullong, \.readIopsPerSecond),
            .value(Key.writeIopsPerSecond, .ullong, \.writeIopsPerSecond),
            .value(Key.totalBytesPerSecondMax, .ullong, \.totalBytesPerSecondMax),
            .value(Key.readBytesPerSecondMax, .ullong, \.readBytesPerSecondMax),
            .value(Key.writeBytesPerSecondMax, .ullong, \.writeBytesPerSecondMax),
            .value(Key.totalIopsPerSecondMax, .ullong, \.totalIopsPerSecondMax),
            .value(Key.readIopsPerSecondMax, .ullong, \.readIopsPerSecondMax),
            .value(Key.writeIopsPerSecondMax, .ullong, \.writeIopsPerSecondMax),
            .duration(Key.totalBytesPerSecondMaxLength, .ullong, .seconds, \.totalBytesPerSecondMaxLength),
            .duration(Key.readBytesPerSecondMaxLength, .ullong, .seconds, \.readBytesPerSecondMaxLength),
            .duration(Key.writeBytesPerSecondMaxLength, .ullong, .seconds, \.writeBytesPerSecondMaxLength),
            .duration(Key.totalIopsPerSecondMaxLength, .ullong, .seconds, \.totalIopsPerSecondMaxLength),
            .duration(Key.readIopsPerSecondMaxLength, .ullong, .seconds, \.readIopsPerSecondMaxLength),
            .duration(Key.writeIopsPerSecondMaxLength, .ullong, .seconds, \.writeIopsPerSecondMaxLength),
            .value(Key.sizeIopsPerSecond, .ullong, \.bytesPerOperation),
            .value(Key.groupName, .string, \.groupName),
        ]

        /// Total bytes per second (``Key/totalBytesPerSecond``).
        public var totalBytesPerSecond: UInt64?
        /// Read bytes per second (``Key/readBytesPerSecond``).
        public var readBytesPerSecond: UInt64?
        /// Written bytes per second (``Key/writeBytesPerSecond``).
        public var writeBytesPerSecond: UInt64?
        /// Total operations per second (``Key/totalIopsPerSecond``).
        public var totalIopsPerSecond: UInt64?
        /// Read operations per second (``Key/readIopsPerSecond``).
        public var readIopsPerSecond: UInt64?
        /// Write operations per second (``Key/writeIopsPerSecond``).
        public var writeIopsPerSecond: UInt64?
        /// Total bytes per second in a burst (``Key/totalBytesPerSecondMax``).
        public var totalBytesPerSecondMax: UInt64?
        /// Read bytes per second in a burst (``Key/readBytesPerSecondMax``).
        public var readBytesPerSecondMax: UInt64?
        /// Written bytes per second in a burst (``Key/writeBytesPerSecondMax``).
        public var writeBytesPerSecondMax: UInt64?
        /// Total operations per second in a burst (``Key/totalIopsPerSecondMax``).
        public var totalIopsPerSecondMax: UInt64?
        /// Read operations per second in a burst (``Key/readIopsPerSecondMax``).
        public var readIopsPerSecondMax: UInt64?
        /// Write operations per second in a burst (``Key/writeIopsPerSecondMax``).
        public var writeIopsPerSecondMax: UInt64?
        /// How long a total-bytes burst may last, in seconds (``Key/totalBytesPerSecondMaxLength``).
        public var totalBytesPerSecondMaxLength: Duration?
        /// How long a read-bytes burst may last, in seconds (``Key/readBytesPerSecondMaxLength``).
        public var readBytesPerSecondMaxLength: Duration?
        /// How long a written-bytes burst may last, in seconds (``Key/writeBytesPerSecondMaxLength``).
        public var writeBytesPerSecondMaxLength: Duration?
        /// How long a total-operations burst may last, in seconds (``Key/totalIopsPerSecondMaxLength``).
        public var totalIopsPerSecondMaxLength: Duration?
        /// How long a read-operations burst may last, in seconds (``Key/readIopsPerSecondMaxLength``).
        public var readIopsPerSecondMaxLength: Duration?
        /// How long a write-operations burst may last, in seconds (``Key/writeIopsPerSecondMaxLength``).
        public var writeIopsPerSecondMaxLength: Duration?
        /// The size, in bytes, that counts as one operation (``Key/sizeIopsPerSecond``).
        public var bytesPerOperation: UInt64?
        /// The throttle group the disk shares its limits with (``Key/groupName``).
        public var groupName: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil; set the ones to change.
        public init() {}
    }

    /// Which perf events are enabled for a domain (`VIR_PERF_PARAM_*`); nil when
    /// not reported, or not to change. Their counts are in the domain's `perf.*`
    /// statistics.
    public struct PerfEvents: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_PERF_PARAM_CMT`.
            public static let cmt = VIR_PERF_PARAM_CMT
            /// `VIR_PERF_PARAM_MBMT`.
            public static let mbmt = VIR_PERF_PARAM_MBMT
            /// `VIR_PERF_PARAM_MBML`.
            public static let mbml = VIR_PERF_PARAM_MBML
            /// `VIR_PERF_PARAM_CACHE_MISSES`.
            public static let cacheMisses = VIR_PERF_PARAM_CACHE_MISSES
            /// `VIR_PERF_PARAM_CACHE_REFERENCES`.
            public static let cacheReferences = VIR_PERF_PARAM_CACHE_REFERENCES
            /// `VIR_PERF_PARAM_INSTRUCTIONS`.
            public static let instructions = VIR_PERF_PARAM_INSTRUCTIONS
            /// `VIR_PERF_PARAM_CPU_CYCLES`.
            public static let cpuCycles = VIR_PERF_PARAM_CPU_CYCLES
            /// `VIR_PERF_PARAM_BRANCH_INSTRUCTIONS`.
            public static let branchInstructions = VIR_PERF_PARAM_BRANCH_INSTRUCTIONS
            /// `VIR_PERF_PARAM_BRANCH_MISSES`.
            public static let branchMisses = VIR_PERF_PARAM_BRANCH_MISSES
            /// `VIR_PERF_PARAM_BUS_CYCLES`.
            public static let busCycles = VIR_PERF_PARAM_BUS_CYCLES
            /// `VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND`.
            public static let stalledCyclesFrontend = VIR_PERF_PARAM_STALLED_CYCLES_FRONTEND
            /// `VIR_PERF_PARAM_STALLED_CYCLES_BACKEND`.
            public static let stalledCyclesBackend = VIR_PERF_PARAM_STALLED_CYCLES_BACKEND
            /// `VIR_PERF_PARAM_REF_CPU_CYCLES`.
            public static let refCPUCycles = VIR_PERF_PARAM_REF_CPU_CYCLES
            /// `VIR_PERF_PARAM_CPU_CLOCK`.
            public static let cpuClock = VIR_PERF_PARAM_CPU_CLOCK
            /// `VIR_PERF_PARAM_TASK_CLOCK`.
            public static let taskClock = VIR_PERF_PARAM_TASK_CLOCK
            /// `VIR_PERF_PARAM_PAGE_FAULTS`.
            public static let pageFaults = VIR_PERF_PARAM_PAGE_FAULTS
            /// `VIR_PERF_PARAM_CONTEXT_SWITCHES`.
            public static let contextSwitches = VIR_PERF_PARAM_CONTEXT_SWITCHES
            /// `VIR_PERF_PARAM_CPU_MIGRATIONS`.
            public static let cpuMigrations = VIR_PERF_PARAM_CPU_MIGRATIONS
            /// `VIR_PERF_PARAM_PAGE_FAULTS_MIN`.
            public static let pageFaultsMinor = VIR_PERF_PARAM_PAGE_FAULTS_MIN
            /// `VIR_PERF_PARAM_PAGE_FAULTS_MAJ`.
            public static let pageFaultsMajor = VIR_PERF_PARAM_PAGE_FAULTS_MAJ
            /// `VIR_PERF_PARAM_ALIGNMENT_FAULTS`.
            public static let alignmentFaults = VIR_PERF_PARAM_ALIGNMENT_FAULTS
            /// `VIR_PERF_PARAM_EMULATION_FAULTS`.
            public static let emulationFaults = VIR_PERF_PARAM_EMULATION_FAULTS
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.cmt, .boolean, \.cmt),
            .value(Key.mbmt, .boolean, \.mbmt),
            .value(Key.mbml, .boolean, \.mbml),
            .value(Key.cacheMisses, .boolean, \.cacheMisses),
            .value(Key.cacheReferences, .boolean, \.cacheReferences),
            .value(Key.instructions, .boolean, \.instructions),
            .value(Key.cpuCycles, .boolean, \.cpuCycles),
            .value(Key.branchInstructions, .boolean, \.branchInstructions),
            .value(Key.branchMisses, .boolean, \.branchMisses),
            .value(Key.busCycles, .boolean, \.busCycles),
            .value(Key.stalledCyclesFrontend, .boolean, \.stalledCyclesFrontend),
            .value(Key.stalledCyclesBackend, .boolean, \.stalledCyclesBackend),
            .value(Key.refCPUCycles, .boolean, \.refCPUCycles),
            .value(Key.cpuClock, .boolean, \.cpuClock),
            .value(Key.taskClock, .boolean, \.taskClock),
            .value(Key.pageFaults, .boolean, \.pageFaults),
            .value(Key.contextSwitches, .boolean, \.contextSwitches),
            .value(Key.cpuMigrations, .boolean, \.cpuMigrations),
            .value(Key.pageFaultsMinor, .boolean, \.pageFaultsMinor),
            .value(Key.pageFaultsMajor, .boolean, \.pageFaultsMajor),
            .value(Key.alignmentFaults, .boolean, \.alignmentFaults),
            .value(Key.emulationFaults, .boolean, \.emulationFaults),
        ]

        /// Cache usage, in bytes, by the domain (Intel CMT) (``Key/cmt``).
        public var cmt: Bool?
        /// Total memory bandwidth, in bytes/s (Intel MBM) (``Key/mbmt``).
        public var mbmt: Bool?
        /// Local memory bandwidth, in bytes/s (Intel MBM) (``Key/mbml``).
        public var mbml: Bool?
        /// Cache misses (``Key/cacheMisses``).
        public var cacheMisses: Bool?
        /// Cache hits (``Key/cacheReferences``).
        public var cacheReferences: Bool?
        /// Instructions executed (``Key/instructions``).
        public var instructions: Bool?
        /// CPU cycles (``Key/cpuCycles``).
        public var cpuCycles: Bool?
        /// Branch instructions (``Key/branchInstructions``).
        public var branchInstructions: Bool?
        /// Mispredicted branches (``Key/branchMisses``).
        public var branchMisses: Bool?
        /// Bus cycles (``Key/busCycles``).
        public var busCycles: Bool?
        /// Cycles stalled in the frontend (``Key/stalledCyclesFrontend``).
        public var stalledCyclesFrontend: Bool?
        /// Cycles stalled in the backend (``Key/stalledCyclesBackend``).
        public var stalledCyclesBackend: Bool?
        /// Reference CPU cycles, unaffected by frequency scaling (``Key/refCPUCycles``).
        public var refCPUCycles: Bool?
        /// The CPU clock (``Key/cpuClock``).
        public var cpuClock: Bool?
        /// The task clock (``Key/taskClock``).
        public var taskClock: Bool?
        /// Page faults (``Key/pageFaults``).
        public var pageFaults: Bool?
        /// Context switches (``Key/contextSwitches``).
        public var contextSwitches: Bool?
        /// Moves between CPUs (``Key/cpuMigrations``).
        public var cpuMigrations: Bool?
        /// Minor page faults (``Key/pageFaultsMinor``).
        public var pageFaultsMinor: Bool?
        /// Major page faults (``Key/pageFaultsMajor``).
        public var pageFaultsMajor: Bool?
        /// Alignment faults (``Key/alignmentFaults``).
        public var alignmentFaults: Bool?
        /// Emulation faults (``Key/emulationFaults``).
        public var emulationFaults: Bool?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil; set the ones to change.
        public init() {}
    }
}
