import CLibvirt

extension Domain {
    // MARK: - Records

    /// The progress of a domain's background job (`virDomainJobInfo`); the
    /// remaining time is only known for a bounded job.
    public struct JobInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The job's state.
        public let type: JobType
        /// Time since the job started.
        public let timeElapsed: Duration
        /// Estimated time left (bounded jobs).
        public let timeRemaining: Duration
        /// Bytes to process in all.
        public let dataTotalBytes: UInt64
        /// Bytes processed.
        public let dataProcessedBytes: UInt64
        /// Bytes left.
        public let dataRemainingBytes: UInt64
        /// Memory bytes to process in all.
        public let memoryTotalBytes: UInt64
        /// Memory bytes processed.
        public let memoryProcessedBytes: UInt64
        /// Memory bytes left.
        public let memoryRemainingBytes: UInt64
        /// File bytes to process in all.
        public let fileTotalBytes: UInt64
        /// File bytes processed.
        public let fileProcessedBytes: UInt64
        /// File bytes left.
        public let fileRemainingBytes: UInt64
    }

    // MARK: - Watching the job

    /// The progress of the domain's background job (migration, save, dump, ...).
    ///
    /// Wraps `virDomainGetJobInfo`.
    public func jobInfo() throws(LibvirtError) -> JobInfo {
        var info = virDomainJobInfo()
        try check(virDomainGetJobInfo(pointer, &info), "virDomainGetJobInfo")
        return JobInfo(
            type: JobType(rawValue: info.type), timeElapsed: .milliseconds(info.timeElapsed), timeRemaining: .milliseconds(info.timeRemaining),
            dataTotalBytes: info.dataTotal, dataProcessedBytes: info.dataProcessed, dataRemainingBytes: info.dataRemaining,
            memoryTotalBytes: info.memTotal, memoryProcessedBytes: info.memProcessed, memoryRemainingBytes: info.memRemaining,
            fileTotalBytes: info.fileTotal, fileProcessedBytes: info.fileProcessed, fileRemainingBytes: info.fileRemaining)
    }

    /// The detailed statistics of the domain's background job, or of the last
    /// completed one with ``JobStatsFlags/completed``.
    ///
    /// Wraps `virDomainGetJobStats`.
    public func jobStats(flags: JobStatsFlags = []) throws(LibvirtError) -> JobStats {
        var type: Int32 = 0
        var params: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virDomainGetJobStats(pointer, &type, &params, &count, flags.rawValue), "virDomainGetJobStats")
        var stats = JobStats(TypedParameters.take(params, count: count))
        stats.type = JobType(rawValue: type)
        return stats
    }

    // MARK: - Stopping the job

    /// Aborts the domain's background job.
    ///
    /// Wraps `virDomainAbortJob`.
    public func abortJob() throws(LibvirtError) {
        try check(virDomainAbortJob(pointer), "virDomainAbortJob")
    }

    /// Aborts the domain's background job; ``AbortJobFlags/postCopy`` interrupts
    /// a migration in its post-copy phase.
    ///
    /// Wraps `virDomainAbortJobFlags`.
    public func abortJob(flags: AbortJobFlags) throws(LibvirtError) {
        try check(virDomainAbortJobFlags(pointer, flags.rawValue), "virDomainAbortJobFlags")
    }
}
