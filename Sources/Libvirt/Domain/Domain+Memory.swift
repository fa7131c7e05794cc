import CLibvirt

extension Domain {
    // MARK: - Memory size

    /// The most memory the domain may have, in KiB.
    ///
    /// Wraps `virDomainGetMaxMemory`.
    public func maxMemory() throws(LibvirtError) -> UInt64 {
        let kibibytes = virDomainGetMaxMemory(pointer)
        if kibibytes == 0 { throw LibvirtError.last(function: "virDomainGetMaxMemory") }
        return UInt64(kibibytes)
    }

    /// Sets the most memory the domain may have, in KiB.
    ///
    /// Wraps `virDomainSetMaxMemory`.
    public func setMaxMemory(_ kibibytes: UInt64) throws(LibvirtError) {
        try check(virDomainSetMaxMemory(pointer, UInt(kibibytes)), "virDomainSetMaxMemory")
    }

    /// Sets the domain's memory, in KiB (by ballooning, for a running one).
    ///
    /// - Parameter flags: where the change applies; empty makes the legacy call,
    ///   which changes the running domain (as ``MemoryFlags/live`` does).
    ///
    /// Wraps `virDomainSetMemory` (empty `flags`) or `virDomainSetMemoryFlags`.
    public func setMemory(_ kibibytes: UInt64, flags: MemoryFlags = []) throws(LibvirtError) {
        if !flags.isEmpty {
            try check(virDomainSetMemoryFlags(pointer, UInt(kibibytes), flags.rawValue), "virDomainSetMemoryFlags")
        } else {
            try check(virDomainSetMemory(pointer, UInt(kibibytes)), "virDomainSetMemory")
        }
    }

    // MARK: - Memory statistics

    /// The guest's memory statistics, as its balloon driver reports them.
    ///
    /// Wraps `virDomainMemoryStats`.
    public func memoryStats() throws(LibvirtError) -> MemoryStats {
        var stats = [virDomainMemoryStatStruct](
            repeating: virDomainMemoryStatStruct(), count: 32)  // more than libvirt 9.0 has tags
        let count = try check(virDomainMemoryStats(pointer, &stats, UInt32(stats.count), 0), "virDomainMemoryStats")
        var values: [Int32: UInt64] = [:]
        for stat in stats.prefix(Int(count)) { values[stat.tag] = stat.val }
        return MemoryStats(values)
    }

    /// Sets how often, in seconds, the balloon driver refreshes its statistics (0 stops it).
    ///
    /// Wraps `virDomainSetMemoryStatsPeriod`.
    public func setMemoryStatsPeriod(_ seconds: Int32, impact: ModificationImpact = []) throws(LibvirtError) {
        try check(virDomainSetMemoryStatsPeriod(pointer, seconds, impact.rawValue), "virDomainSetMemoryStatsPeriod")
    }

    // MARK: - Memory tuning

    /// The domain's memory tunables (`<memtune>`).
    ///
    /// Wraps `virDomainGetMemoryParameters`.
    public func memoryParameters(impact: ModificationImpact = []) throws(LibvirtError) -> MemoryParameters {
        MemoryParameters(try TypedParameters.fetch("virDomainGetMemoryParameters") { list, count in
            virDomainGetMemoryParameters(pointer, list, count, impact.rawValue)
        })
    }

    /// Sets memory tunables, by their libvirt names (`hard_limit`, ...; values in KiB).
    ///
    /// Wraps `virDomainSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: TypedParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetMemoryParameters(pointer, list, count, impact.rawValue), "virDomainSetMemoryParameters")
        }
    }

    /// Sets the memory tunables that are not nil.
    ///
    /// Wraps `virDomainSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: MemoryParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try setMemoryParameters(parameters.typedParameters, impact: impact)
    }
}

extension Domain {
    /// A guest's memory statistics (`virDomainMemoryStatStruct` tags); a value the
    /// guest does not report is nil. Sizes are in KiB.
    public struct MemoryStats: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Memory swapped in (`VIR_DOMAIN_MEMORY_STAT_SWAP_IN`).
        public let swapIn: UInt64?
        /// Memory swapped out (`VIR_DOMAIN_MEMORY_STAT_SWAP_OUT`).
        public let swapOut: UInt64?
        /// Page faults that needed disk I/O (`VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT`).
        public let majorFaults: UInt64?
        /// Page faults served without disk I/O (`VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT`).
        public let minorFaults: UInt64?
        /// Memory the guest leaves unused (`VIR_DOMAIN_MEMORY_STAT_UNUSED`).
        public let unused: UInt64?
        /// Memory the guest sees (`VIR_DOMAIN_MEMORY_STAT_AVAILABLE`).
        public let available: UInt64?
        /// The balloon's current size (`VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON`).
        public let actualBalloon: UInt64?
        /// The resident set size of the guest's process on the host (`VIR_DOMAIN_MEMORY_STAT_RSS`).
        public let rss: UInt64?
        /// Memory the guest could use without swapping (`VIR_DOMAIN_MEMORY_STAT_USABLE`).
        public let usable: UInt64?
        /// When the guest last updated these, in seconds since the epoch (`VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE`).
        public let lastUpdate: UInt64?
        /// Memory the guest could reclaim from caches (`VIR_DOMAIN_MEMORY_STAT_DISK_CACHES`).
        public let diskCaches: UInt64?
        /// Successful huge page allocations (`VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC`).
        public let hugePageAllocations: UInt64?
        /// Failed huge page allocations (`VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL`).
        public let hugePageFailures: UInt64?
        /// Every value reported, by C tag, including tags a newer libvirt adds.
        public let raw: [Int32: UInt64]

        /// Reads the statistics from values by C tag.
        public init(_ raw: [Int32: UInt64]) {
            func value(_ tag: virDomainMemoryStatTags) -> UInt64? { raw[Int32(tag.rawValue)] }
            swapIn = value(VIR_DOMAIN_MEMORY_STAT_SWAP_IN)
            swapOut = value(VIR_DOMAIN_MEMORY_STAT_SWAP_OUT)
            majorFaults = value(VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT)
            minorFaults = value(VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT)
            unused = value(VIR_DOMAIN_MEMORY_STAT_UNUSED)
            available = value(VIR_DOMAIN_MEMORY_STAT_AVAILABLE)
            actualBalloon = value(VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON)
            rss = value(VIR_DOMAIN_MEMORY_STAT_RSS)
            usable = value(VIR_DOMAIN_MEMORY_STAT_USABLE)
            lastUpdate = value(VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE)
            diskCaches = value(VIR_DOMAIN_MEMORY_STAT_DISK_CACHES)
            hugePageAllocations = value(VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC)
            hugePageFailures = value(VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL)
            self.raw = raw
        }
    }

    /// A domain's memory tunables (`VIR_DOMAIN_MEMORY_*` typed parameters), in KiB;
    /// a value not reported (or not to set) is nil. libvirt reports "unlimited"
    /// as `9007199254740991` (``unlimited``).
    public struct MemoryParameters: Sendable, Hashable {
        /// The value libvirt reports for "no limit" (`VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`).
        public static let unlimited: UInt64 = 9_007_199_254_740_991

        /// The most memory the guest may use (`hard_limit`).
        public var hardLimit: UInt64?
        /// The memory the guest is held to when the host is short (`soft_limit`).
        public var softLimit: UInt64?
        /// The most memory plus swap the guest may use (`swap_hard_limit`).
        public var swapHardLimit: UInt64?
        /// The memory guaranteed to the guest (`min_guarantee`).
        public var minGuarantee: UInt64?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Creates tunables to set.
        public init(hardLimit: UInt64? = nil, softLimit: UInt64? = nil, swapHardLimit: UInt64? = nil,
                    minGuarantee: UInt64? = nil) {
            self.hardLimit = hardLimit
            self.softLimit = softLimit
            self.swapHardLimit = swapHardLimit
            self.minGuarantee = minGuarantee
            raw = TypedParameters()
        }

        /// Reads the tunables from typed parameters.
        public init(_ parameters: TypedParameters) {
            hardLimit = parameters.uint64("hard_limit")
            softLimit = parameters.uint64("soft_limit")
            swapHardLimit = parameters.uint64("swap_hard_limit")
            minGuarantee = parameters.uint64("min_guarantee")
            raw = parameters
        }

        /// The tunables that are not nil, as libvirt takes them.
        public var typedParameters: TypedParameters {
            var parameters = TypedParameters()
            if let hardLimit { parameters["hard_limit"] = .unsignedLongLong(hardLimit) }
            if let softLimit { parameters["soft_limit"] = .unsignedLongLong(softLimit) }
            if let swapHardLimit { parameters["swap_hard_limit"] = .unsignedLongLong(swapHardLimit) }
            if let minGuarantee { parameters["min_guarantee"] = .unsignedLongLong(minGuarantee) }
            return parameters
        }
    }
}
