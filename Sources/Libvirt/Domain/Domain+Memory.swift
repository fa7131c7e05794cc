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
    /// - Parameters:
    ///   - kibibytes: the new memory size, in KiB.
    ///   - flags: where the change applies; empty makes the legacy call,
    ///     which changes the running domain (as ``MemoryFlags/live`` does).
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
    public func setMemoryStatsPeriod(_ seconds: Int, impact: ModificationImpact = []) throws(LibvirtError) {
        let seconds = try cInt32(seconds, "seconds", function: "virDomainSetMemoryStatsPeriod")
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

    /// Sets the memory tunables that are not nil (and ``MemoryParameters/extra``).
    ///
    /// Wraps `virDomainSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: MemoryParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetMemoryParameters(pointer, list, count, impact.rawValue), "virDomainSetMemoryParameters")
        }
    }
}

extension Domain {
    /// A guest's memory statistics (`virDomainMemoryStatStruct` tags); a value the
    /// guest does not report is nil. Sizes are in KiB.
    public struct MemoryStats: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Memory swapped in (`VIR_DOMAIN_MEMORY_STAT_SWAP_IN`).
        public let swapInKiB: UInt64?
        /// Memory swapped out (`VIR_DOMAIN_MEMORY_STAT_SWAP_OUT`).
        public let swapOutKiB: UInt64?
        /// Page faults that needed disk I/O (`VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT`).
        public let majorFaults: UInt64?
        /// Page faults served without disk I/O (`VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT`).
        public let minorFaults: UInt64?
        /// Memory the guest leaves unused (`VIR_DOMAIN_MEMORY_STAT_UNUSED`).
        public let unusedKiB: UInt64?
        /// Memory the guest sees (`VIR_DOMAIN_MEMORY_STAT_AVAILABLE`).
        public let availableKiB: UInt64?
        /// The balloon's current size (`VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON`).
        public let actualBalloonKiB: UInt64?
        /// The resident set size of the guest's process on the host (`VIR_DOMAIN_MEMORY_STAT_RSS`).
        public let rssKiB: UInt64?
        /// Memory the guest could use without swapping (`VIR_DOMAIN_MEMORY_STAT_USABLE`).
        public let usableKiB: UInt64?
        /// When the guest last updated these, in seconds since the epoch (`VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE`).
        public let lastUpdateSeconds: UInt64?
        /// Memory the guest could reclaim from caches (`VIR_DOMAIN_MEMORY_STAT_DISK_CACHES`).
        public let diskCachesKiB: UInt64?
        /// Successful huge page allocations (`VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC`).
        public let hugePageAllocations: UInt64?
        /// Failed huge page allocations (`VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL`).
        public let hugePageFailures: UInt64?
        /// Every value reported, by C tag, including tags a newer libvirt adds.
        public let raw: [Int32: UInt64]

        /// Reads the statistics from values by C tag.
        public init(_ raw: [Int32: UInt64]) {
            func value(_ tag: virDomainMemoryStatTags) -> UInt64? { raw[Int32(tag.rawValue)] }
            swapInKiB = value(VIR_DOMAIN_MEMORY_STAT_SWAP_IN)
            swapOutKiB = value(VIR_DOMAIN_MEMORY_STAT_SWAP_OUT)
            majorFaults = value(VIR_DOMAIN_MEMORY_STAT_MAJOR_FAULT)
            minorFaults = value(VIR_DOMAIN_MEMORY_STAT_MINOR_FAULT)
            unusedKiB = value(VIR_DOMAIN_MEMORY_STAT_UNUSED)
            availableKiB = value(VIR_DOMAIN_MEMORY_STAT_AVAILABLE)
            actualBalloonKiB = value(VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON)
            rssKiB = value(VIR_DOMAIN_MEMORY_STAT_RSS)
            usableKiB = value(VIR_DOMAIN_MEMORY_STAT_USABLE)
            lastUpdateSeconds = value(VIR_DOMAIN_MEMORY_STAT_LAST_UPDATE)
            diskCachesKiB = value(VIR_DOMAIN_MEMORY_STAT_DISK_CACHES)
            hugePageAllocations = value(VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGALLOC)
            hugePageFailures = value(VIR_DOMAIN_MEMORY_STAT_HUGETLB_PGFAIL)
            self.raw = raw
        }
    }

    /// A domain's memory tunables (`VIR_DOMAIN_MEMORY_*`), in KiB; a value not
    /// reported (or not to set) is nil. libvirt reports "unlimited" as
    /// ``unlimited``.
    public struct MemoryParameters: TypedParameterRecord {
        /// The value libvirt reports for "no limit" (`VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`).
        public static let unlimited: UInt64 = 9_007_199_254_740_991

        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_MEMORY_HARD_LIMIT`.
            public static let hardLimit = VIR_DOMAIN_MEMORY_HARD_LIMIT
            /// `VIR_DOMAIN_MEMORY_SOFT_LIMIT`.
            public static let softLimit = VIR_DOMAIN_MEMORY_SOFT_LIMIT
            /// `VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT`.
            public static let swapHardLimit = VIR_DOMAIN_MEMORY_SWAP_HARD_LIMIT
            /// `VIR_DOMAIN_MEMORY_MIN_GUARANTEE`.
            public static let minGuarantee = VIR_DOMAIN_MEMORY_MIN_GUARANTEE
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.hardLimit, .ullong, \.hardLimitKiB),
            .value(Key.softLimit, .ullong, \.softLimitKiB),
            .value(Key.swapHardLimit, .ullong, \.swapHardLimitKiB),
            .value(Key.minGuarantee, .ullong, \.minGuaranteeKiB),
        ]

        /// The most memory the guest may use (``Key/hardLimit``).
        public var hardLimitKiB: UInt64?
        /// The memory the guest is held to when the host is short (``Key/softLimit``).
        public var softLimitKiB: UInt64?
        /// The most memory plus swap the guest may use (``Key/swapHardLimit``).
        public var swapHardLimitKiB: UInt64?
        /// The memory guaranteed to the guest (``Key/minGuarantee``).
        public var minGuaranteeKiB: UInt64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates tunables; nil leaves a tunable unchanged.
        public init(
            hardLimitKiB: UInt64? = nil, softLimitKiB: UInt64? = nil, swapHardLimitKiB: UInt64? = nil,
            minGuaranteeKiB: UInt64? = nil
        ) {
            self.hardLimitKiB = hardLimitKiB
            self.softLimitKiB = softLimitKiB
            self.swapHardLimitKiB = swapHardLimitKiB
            self.minGuaranteeKiB = minGuaranteeKiB
        }

        /// Creates tunables with every field nil.
        public init() {}
    }
}
