import CLibvirt

extension Domain {
    // MARK: - Records

    /// The progress of a domain's background job (`virDomainJobInfo`): times in
    /// milliseconds, sizes in bytes; the remaining time is only known for a
    /// bounded job.
    public struct JobInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The job's state.
        public let type: JobType
        /// Time since the job started.
        public let timeElapsed: UInt64
        /// Estimated time left (bounded jobs).
        public let timeRemaining: UInt64
        /// Bytes to process in all.
        public let dataTotal: UInt64
        /// Bytes processed.
        public let dataProcessed: UInt64
        /// Bytes left.
        public let dataRemaining: UInt64
        /// Memory bytes to process in all.
        public let memoryTotal: UInt64
        /// Memory bytes processed.
        public let memoryProcessed: UInt64
        /// Memory bytes left.
        public let memoryRemaining: UInt64
        /// File bytes to process in all.
        public let fileTotal: UInt64
        /// File bytes processed.
        public let fileProcessed: UInt64
        /// File bytes left.
        public let fileRemaining: UInt64
    }

    // MARK: - Watching the job

    /// The progress of the domain's background job (migration, save, dump, ...).
    ///
    /// Wraps `virDomainGetJobInfo`.
    public func jobInfo() throws(LibvirtError) -> JobInfo {
        var info = virDomainJobInfo()
        try check(virDomainGetJobInfo(pointer, &info), "virDomainGetJobInfo")
        return JobInfo(
            type: JobType(rawValue: info.type), timeElapsed: info.timeElapsed, timeRemaining: info.timeRemaining,
            dataTotal: info.dataTotal, dataProcessed: info.dataProcessed, dataRemaining: info.dataRemaining,
            memoryTotal: info.memTotal, memoryProcessed: info.memProcessed, memoryRemaining: info.memRemaining,
            fileTotal: info.fileTotal, fileProcessed: info.fileProcessed, fileRemaining: info.fileRemaining)
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
