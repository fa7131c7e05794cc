import CLibvirt

extension Domain {
    /// The statistics of a domain's background job (`virDomainGetJobStats`).
    /// A value libvirt did not report is nil; ``parameters`` holds everything it sent.
    public struct JobStats: Sendable, Hashable {
        /// The job's state.
        public let type: JobType
        /// What the job does (`operation`).
        public let operation: JobOperation?
        /// Whether a completed job succeeded (`success`).
        public let success: Bool?
        /// Why a failed job failed (`errmsg`).
        public let errorMessage: String?
        /// Time since the job started, in milliseconds (`time_elapsed`).
        public let timeElapsed: UInt64?
        /// Time since the job started, less the time to transfer data between hosts, in milliseconds (`time_elapsed_net`).
        public let timeElapsedNet: UInt64?
        /// Estimated time left, in milliseconds (`time_remaining`).
        public let timeRemaining: UInt64?
        /// Downtime of the guest during migration, in milliseconds (expected while running, real once completed) (`downtime`).
        public let downtime: UInt64?
        /// Downtime less the time to transfer data between hosts, in milliseconds (`downtime_net`).
        public let downtimeNet: UInt64?
        /// Time spent setting up the job, in milliseconds (`setup_time`).
        public let setupTime: UInt64?
        /// Bytes to process in all (`data_total`).
        public let dataTotal: UInt64?
        /// Bytes processed so far (`data_processed`).
        public let dataProcessed: UInt64?
        /// Bytes left (`data_remaining`).
        public let dataRemaining: UInt64?
        /// Memory bytes to transfer in all (`memory_total`).
        public let memoryTotal: UInt64?
        /// Memory bytes transferred (`memory_processed`).
        public let memoryProcessed: UInt64?
        /// Memory bytes left (`memory_remaining`).
        public let memoryRemaining: UInt64?
        /// Pages filled with one byte value, sent as that byte (`memory_constant`).
        public let memoryConstant: UInt64?
        /// Pages sent whole (`memory_normal`).
        public let memoryNormal: UInt64?
        /// Bytes of pages sent whole (`memory_normal_bytes`).
        public let memoryNormalBytes: UInt64?
        /// Memory transfer rate, in bytes/s (`memory_bps`).
        public let memoryBytesPerSecond: UInt64?
        /// Pages dirtied per second by the guest (`memory_dirty_rate`).
        public let memoryDirtyRate: UInt64?
        /// Size of a memory page, in bytes (`memory_page_size`).
        public let memoryPageSize: UInt64?
        /// Passes over memory so far (`memory_iteration`).
        public let memoryIteration: UInt64?
        /// Page faults the destination sent during post-copy (`memory_postcopy_requests`).
        public let memoryPostcopyRequests: UInt64?
        /// Disk bytes to transfer in all (`disk_total`).
        public let diskTotal: UInt64?
        /// Disk bytes transferred (`disk_processed`).
        public let diskProcessed: UInt64?
        /// Disk bytes left (`disk_remaining`).
        public let diskRemaining: UInt64?
        /// Disk transfer rate, in bytes/s (`disk_bps`).
        public let diskBytesPerSecond: UInt64?
        /// Size of the compression cache, in bytes (`compression_cache`).
        public let compressionCache: UInt64?
        /// Compressed bytes sent (`compression_bytes`).
        public let compressionBytes: UInt64?
        /// Compressed pages sent (`compression_pages`).
        public let compressionPages: UInt64?
        /// Pages not found in the compression cache (`compression_cache_misses`).
        public let compressionCacheMisses: UInt64?
        /// Pages whose compressed form was larger than the page (`compression_overflow`).
        public let compressionOverflow: UInt64?
        /// Percentage by which auto-converge slowed the guest's CPUs (`auto_converge_throttle`).
        public let autoConvergeThrottle: Int32?
        /// Bytes of temporary disk space in use (backup jobs) (`disk_temp_used`).
        public let diskTempUsed: UInt64?
        /// Bytes of temporary disk space reserved (backup jobs) (`disk_temp_total`).
        public let diskTempTotal: UInt64?
        /// Every parameter libvirt sent.
        public let parameters: TypedParameters

        /// Decodes the statistics libvirt sent.
        init(type: JobType, parameters: TypedParameters) {
            self.type = type
            self.parameters = parameters
            operation = parameters.int64(VIR_DOMAIN_JOB_OPERATION).flatMap { Int32(exactly: $0) }.map(JobOperation.init(rawValue:))
            success = parameters.bool(VIR_DOMAIN_JOB_SUCCESS)
            errorMessage = parameters.string(VIR_DOMAIN_JOB_ERRMSG)
            timeElapsed = parameters.uint64(VIR_DOMAIN_JOB_TIME_ELAPSED)
            timeElapsedNet = parameters.uint64(VIR_DOMAIN_JOB_TIME_ELAPSED_NET)
            timeRemaining = parameters.uint64(VIR_DOMAIN_JOB_TIME_REMAINING)
            downtime = parameters.uint64(VIR_DOMAIN_JOB_DOWNTIME)
            downtimeNet = parameters.uint64(VIR_DOMAIN_JOB_DOWNTIME_NET)
            setupTime = parameters.uint64(VIR_DOMAIN_JOB_SETUP_TIME)
            dataTotal = parameters.uint64(VIR_DOMAIN_JOB_DATA_TOTAL)
            dataProcessed = parameters.uint64(VIR_DOMAIN_JOB_DATA_PROCESSED)
            dataRemaining = parameters.uint64(VIR_DOMAIN_JOB_DATA_REMAINING)
            memoryTotal = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_TOTAL)
            memoryProcessed = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_PROCESSED)
            memoryRemaining = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_REMAINING)
            memoryConstant = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_CONSTANT)
            memoryNormal = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_NORMAL)
            memoryNormalBytes = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_NORMAL_BYTES)
            memoryBytesPerSecond = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_BPS)
            memoryDirtyRate = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE)
            memoryPageSize = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE)
            memoryIteration = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_ITERATION)
            memoryPostcopyRequests = parameters.uint64(VIR_DOMAIN_JOB_MEMORY_POSTCOPY_REQS)
            diskTotal = parameters.uint64(VIR_DOMAIN_JOB_DISK_TOTAL)
            diskProcessed = parameters.uint64(VIR_DOMAIN_JOB_DISK_PROCESSED)
            diskRemaining = parameters.uint64(VIR_DOMAIN_JOB_DISK_REMAINING)
            diskBytesPerSecond = parameters.uint64(VIR_DOMAIN_JOB_DISK_BPS)
            compressionCache = parameters.uint64(VIR_DOMAIN_JOB_COMPRESSION_CACHE)
            compressionBytes = parameters.uint64(VIR_DOMAIN_JOB_COMPRESSION_BYTES)
            compressionPages = parameters.uint64(VIR_DOMAIN_JOB_COMPRESSION_PAGES)
            compressionCacheMisses = parameters.uint64(VIR_DOMAIN_JOB_COMPRESSION_CACHE_MISSES)
            compressionOverflow = parameters.uint64(VIR_DOMAIN_JOB_COMPRESSION_OVERFLOW)
            autoConvergeThrottle = parameters.int64(VIR_DOMAIN_JOB_AUTO_CONVERGE_THROTTLE).flatMap { Int32(exactly: $0) }
            diskTempUsed = parameters.uint64(VIR_DOMAIN_JOB_DISK_TEMP_USED)
            diskTempTotal = parameters.uint64(VIR_DOMAIN_JOB_DISK_TEMP_TOTAL)
        }
    }
}
