import CLibvirt

extension Domain {
    /// The statistics of a domain's background job (`VIR_DOMAIN_JOB_*`), as
    /// ``Domain/jobStats(flags:)`` and the job-completed event report them; a value
    /// libvirt did not report is nil.
    public struct JobStats: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_JOB_OPERATION`.
            public static let operation = VIR_DOMAIN_JOB_OPERATION
            /// `VIR_DOMAIN_JOB_SUCCESS`.
            public static let success = VIR_DOMAIN_JOB_SUCCESS
            /// `VIR_DOMAIN_JOB_ERRMSG`.
            public static let errorMessage = VIR_DOMAIN_JOB_ERRMSG
            /// `VIR_DOMAIN_JOB_TIME_ELAPSED`.
            public static let timeElapsed = VIR_DOMAIN_JOB_TIME_ELAPSED
            /// `VIR_DOMAIN_JOB_TIME_ELAPSED_NET`.
            public static let timeElapsedNet = VIR_DOMAIN_JOB_TIME_ELAPSED_NET
            /// `VIR_DOMAIN_JOB_TIME_REMAINING`.
            public static let timeRemaining = VIR_DOMAIN_JOB_TIME_REMAINING
            /// `VIR_DOMAIN_JOB_DOWNTIME`.
            public static let downtime = VIR_DOMAIN_JOB_DOWNTIME
            /// `VIR_DOMAIN_JOB_DOWNTIME_NET`.
            public static let downtimeNet = VIR_DOMAIN_JOB_DOWNTIME_NET
            /// `VIR_DOMAIN_JOB_SETUP_TIME`.
            public static let setupTime = VIR_DOMAIN_JOB_SETUP_TIME
            /// `VIR_DOMAIN_JOB_DATA_TOTAL`.
            public static let dataTotal = VIR_DOMAIN_JOB_DATA_TOTAL
            /// `VIR_DOMAIN_JOB_DATA_PROCESSED`.
            public static let dataProcessed = VIR_DOMAIN_JOB_DATA_PROCESSED
            /// `VIR_DOMAIN_JOB_DATA_REMAINING`.
            public static let dataRemaining = VIR_DOMAIN_JOB_DATA_REMAINING
            /// `VIR_DOMAIN_JOB_MEMORY_TOTAL`.
            public static let memoryTotal = VIR_DOMAIN_JOB_MEMORY_TOTAL
            /// `VIR_DOMAIN_JOB_MEMORY_PROCESSED`.
            public static let memoryProcessed = VIR_DOMAIN_JOB_MEMORY_PROCESSED
            /// `VIR_DOMAIN_JOB_MEMORY_REMAINING`.
            public static let memoryRemaining = VIR_DOMAIN_JOB_MEMORY_REMAINING
            /// `VIR_DOMAIN_JOB_MEMORY_CONSTANT`.
            public static let memoryConstant = VIR_DOMAIN_JOB_MEMORY_CONSTANT
            /// `VIR_DOMAIN_JOB_MEMORY_NORMAL`.
            public static let memoryNormal = VIR_DOMAIN_JOB_MEMORY_NORMAL
            /// `VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES`.
            public static let memoryNormalBytes = VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES
            /// `VIR_DOMAIN_JOB_MEMORY_BPS`.
            public static let memoryBytesPerSecond = VIR_DOMAIN_JOB_MEMORY_BPS
            /// `VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE`.
            public static let memoryDirtyRate = VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE
            /// `VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE`.
            public static let memoryPageSize = VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE
            /// `VIR_DOMAIN_JOB_MEMORY_ITERATION`.
            public static let memoryIteration = VIR_DOMAIN_JOB_MEMORY_ITERATION
            /// `VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS`.
            public static let memoryPostcopyRequests = VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS
            /// `VIR_DOMAIN_JOB_DISK_TOTAL`.
            public static let diskTotal = VIR_DOMAIN_JOB_DISK_TOTAL
            /// `VIR_DOMAIN_JOB_DISK_PROCESSED`.
            public static let diskProcessed = VIR_DOMAIN_JOB_DISK_PROCESSED
            /// `VIR_DOMAIN_JOB_DISK_REMAINING`.
            public static let diskRemaining = VIR_DOMAIN_JOB_DISK_REMAINING
            /// `VIR_DOMAIN_JOB_DISK_BPS`.
            public static let diskBytesPerSecond = VIR_DOMAIN_JOB_DISK_BPS
            /// `VIR_DOMAIN_JOB_COMPRESSION_CACHE`.
            public static let compressionCache = VIR_DOMAIN_JOB_COMPRESSION_CACHE
            /// `VIR_DOMAIN_JOB_COMPRESSION_BYTES`.
            public static let compressionBytes = VIR_DOMAIN_JOB_COMPRESSION_BYTES
            /// `VIR_DOMAIN_JOB_COMPRESSION_PAGES`.
            public static let compressionPages = VIR_DOMAIN_JOB_COMPRESSION_PAGES
            /// `VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES`.
            public static let compressionCacheMisses = VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES
            /// `VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW`.
            public static let compressionOverflow = VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW
            /// `VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE`.
            public static let autoConvergeThrottle = VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE
            /// `VIR_DOMAIN_JOB_DISK_TEMP_USED`.
            public static let diskTempUsed = VIR_DOMAIN_JOB_DISK_TEMP_USED
            /// `VIR_DOMAIN_JOB_DISK_TEMP_TOTAL`.
            public static let diskTempTotal = VIR_DOMAIN_JOB_DISK_TEMP_TOTAL
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.operation, .int, \.operation),
            .value(Key.success, .boolean, \.success),
            .value(Key.errorMessage, .string, \.errorMessage),
            .duration(Key.timeElapsed, .ullong, .milliseconds, \.timeElapsed),
            .duration(Key.timeElapsedNet, .ullong, .milliseconds, \.timeElapsedNet),
            .duration(Key.timeRemaining, .ullong, .milliseconds, \.timeRemaining),
            .duration(Key.downtime, .ullong, .milliseconds, \.downtime),
            .duration(Key.downtimeNet, .ullong, .milliseconds, \.downtimeNet),
            .duration(Key.setupTime, .ullong, .milliseconds, \.setupTime),
            .value(Key.dataTotal, .ullong, \.dataTotalBytes),
            .value(Key.dataProcessed, .ullong, \.dataProcessedBytes),
            .value(Key.dataRemaining, .ullong, \.dataRemainingBytes),
            .value(Key.memoryTotal, .ullong, \.memoryTotalBytes),
            .value(Key.memoryProcessed, .ullong, \.memoryProcessedBytes),
            .value(Key.memoryRemaining, .ullong, \.memoryRemainingBytes),
            .value(Key.memoryConstant, .ullong, \.memoryConstant),
            .value(Key.memoryNormal, .ullong, \.memoryNormal),
            .value(Key.memoryNormalBytes, .ullong, \.memoryNormalBytes),
            .value(Key.memoryBytesPerSecond, .ullong, \.memoryBytesPerSecond),
            .value(Key.memoryDirtyRate, .ullong, \.memoryDirtyPagesPerSecond),
            .value(Key.memoryPageSize, .ullong, \.memoryPageSizeBytes),
            .value(Key.memoryIteration, .ullong, \.memoryIteration),
            .value(Key.memoryPostcopyRequests, .ullong, \.memoryPostcopyRequests),
            .value(Key.diskTotal, .ullong, \.diskTotalBytes),
            .value(Key.diskProcessed, .ullong, \.diskProcessedBytes),
            .value(Key.diskRemaining, .ullong, \.diskRemainingBytes),
            .value(Key.diskBytesPerSecond, .ullong, \.diskBytesPerSecond),
            .value(Key.compressionCache, .ullong, \.compressionCacheBytes),
            .value(Key.compressionBytes, .ullong, \.compressionBytes),
            .value(Key.compressionPages, .ullong, \.compressionPages),
            .value(Key.compressionCacheMisses, .ullong, \.compressionCacheMisses),
            .value(Key.compressionOverflow, .ullong, \.compressionOverflow),
            .value(Key.autoConvergeThrottle, .int, \.autoConvergeThrottle),
            .value(Key.diskTempUsed, .ullong, \.diskTempUsedBytes),
            .value(Key.diskTempTotal, .ullong, \.diskTempTotalBytes),
        ]

        /// The job's state, from ``Domain/jobStats(flags:)`` (nil in an event's
        /// statistics, which are of a completed job); not a typed parameter.
        public var type: JobType?
        /// What the job does (``Key/operation``).
        public var operation: JobOperation?
        /// Whether a completed job succeeded (``Key/success``).
        public var success: Bool?
        /// Why a failed job failed (``Key/errorMessage``).
        public var errorMessage: String?
        /// Time since the job started (``Key/timeElapsed``).
        public var timeElapsed: Duration?
        /// Time since the job started, less the time to transfer data between hosts (``Key/timeElapsedNet``).
        public var timeElapsedNet: Duration?
        /// Estimated time left (``Key/timeRemaining``).
        public var timeRemaining: Duration?
        /// Downtime of the guest during migration (expected while running, real once completed) (``Key/downtime``).
        public var downtime: Duration?
        /// Downtime less the time to transfer data between hosts (``Key/downtimeNet``).
        public var downtimeNet: Duration?
        /// Time spent setting up the job (``Key/setupTime``).
        public var setupTime: Duration?
        /// Bytes to process in all (``Key/dataTotal``).
        public var dataTotalBytes: UInt64?
        /// Bytes processed so far (``Key/dataProcessed``).
        public var dataProcessedBytes: UInt64?
        /// Bytes left (``Key/dataRemaining``).
        public var dataRemainingBytes: UInt64?
        /// Memory bytes to transfer in all (``Key/memoryTotal``).
        public var memoryTotalBytes: UInt64?
        /// Memory bytes transferred (``Key/memoryProcessed``).
        public var memoryProcessedBytes: UInt64?
        /// Memory bytes left (``Key/memoryRemaining``).
        public var memoryRemainingBytes: UInt64?
        /// Pages filled with one byte value, sent as that byte (``Key/memoryConstant``).
        public var memoryConstant: UInt64?
        /// Pages sent whole (``Key/memoryNormal``).
        public var memoryNormal: UInt64?
        /// Bytes of pages sent whole (``Key/memoryNormalBytes``).
        public var memoryNormalBytes: UInt64?
        /// Memory transfer rate, in bytes/s (``Key/memoryBytesPerSecond``).
        public var memoryBytesPerSecond: UInt64?
        /// Pages dirtied per second by the guest (``Key/memoryDirtyRate``).
        public var memoryDirtyPagesPerSecond: UInt64?
        /// Size of a memory page, in bytes (``Key/memoryPageSize``).
        public var memoryPageSizeBytes: UInt64?
        /// Passes over memory so far (``Key/memoryIteration``).
        public var memoryIteration: UInt64?
        /// Page faults the destination sent during post-copy (``Key/memoryPostcopyRequests``).
        public var memoryPostcopyRequests: UInt64?
        /// Disk bytes to transfer in all (``Key/diskTotal``).
        public var diskTotalBytes: UInt64?
        /// Disk bytes transferred (``Key/diskProcessed``).
        public var diskProcessedBytes: UInt64?
        /// Disk bytes left (``Key/diskRemaining``).
        public var diskRemainingBytes: UInt64?
        /// Disk transfer rate, in bytes/s (``Key/diskBytesPerSecond``).
        public var diskBytesPerSecond: UInt64?
        /// Size of the compression cache, in bytes (``Key/compressionCache``).
        public var compressionCacheBytes: UInt64?
        /// Compressed bytes sent (``Key/compressionBytes``).
        public var compressionBytes: UInt64?
        /// Compressed pages sent (``Key/compressionPages``).
        public var compressionPages: UInt64?
        /// Pages not found in the compression cache (``Key/compressionCacheMisses``).
        public var compressionCacheMisses: UInt64?
        /// Pages whose compressed form was larger than the page (``Key/compressionOverflow``).
        public var compressionOverflow: UInt64?
        /// Percentage by which auto-converge slowed the guest's CPUs (``Key/autoConvergeThrottle``).
        public var autoConvergeThrottle: Int?
        /// Bytes of temporary disk space in use (backup jobs) (``Key/diskTempUsed``).
        public var diskTempUsedBytes: UInt64?
        /// Bytes of temporary disk space reserved (backup jobs) (``Key/diskTempTotal``).
        public var diskTempTotalBytes: UInt64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }
}
