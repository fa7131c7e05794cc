import CLibvirt

extension Domain {
    // MARK: - CPU statistics

    /// The domain's CPU usage on each host CPU from `firstCPU` (to the last one
    /// when `count` is nil), read at most 128 CPUs a call, as libvirt allows.
    ///
    /// - Throws: ``LibvirtError/Code/invalidArg`` when `firstCPU` or `count`
    ///   names a CPU the host does not have.
    ///
    /// Wraps `virDomainGetCPUStats`.
    public func cpuStats(firstCPU: Int = 0, count: Int? = nil) throws(LibvirtError) -> [CPUStats] {
        let function = "virDomainGetCPUStats"
        let first = try cInt32(firstCPU, "firstCPU", function: function, in: 0...Int32.max)
        let available = Int(try check(virDomainGetCPUStats(pointer, nil, 0, 0, 0, 0), function))
        let wanted = try count.map { (count) throws(LibvirtError) in
            try checkRange(count, "count", function: function, in: 0...max(0, available - firstCPU))
        } ?? (available - firstCPU)
        guard wanted > 0 else { return [] }
        let perCPU = Int(try check(virDomainGetCPUStats(pointer, nil, 0, first, 1, 0), function))
        guard perCPU > 0 else { return Array(repeating: CPUStats(TypedParameters()), count: wanted) }
        var result: [CPUStats] = []
        result.reserveCapacity(wanted)
        while result.count < wanted {
            let start = firstCPU + result.count
            let cpus = min(wanted - result.count, 128)
            let total = perCPU * cpus
            let array = UnsafeMutablePointer<virTypedParameter>.allocate(capacity: total)
            array.initialize(repeating: virTypedParameter(), count: total)
            defer {
                virTypedParamsClear(array, Int32(total))
                array.deallocate()
            }
            let filled = try check(
                virDomainGetCPUStats(pointer, array, UInt32(perCPU), Int32(start), UInt32(cpus), 0),
                "virDomainGetCPUStats")
            for index in 0..<cpus {
                result.append(CPUStats(TypedParameters(array + index * perCPU, count: Int(filled))))
            }
        }
        return result
    }

    /// The domain's total CPU usage.
    ///
    /// Wraps `virDomainGetCPUStats`.
    public func totalCPUStats() throws(LibvirtError) -> CPUStats {
        CPUStats(try TypedParameters.fetch("virDomainGetCPUStats") { list, count in
            if list == nil {
                return virDomainGetCPUStats(pointer, nil, 0, -1, 1, 0).withCount(count)
            }
            return virDomainGetCPUStats(pointer, list, UInt32(count.pointee), -1, 1, 0).withCount(count)
        })
    }
}

extension Int32 {
    /// Stores a "how many" result in `count` and passes the result on, for
    /// calls that return their count rather than write it.
    fileprivate func withCount(_ count: UnsafeMutablePointer<Int32>) -> Int32 {
        if self >= 0 { count.pointee = self }
        return self
    }
}

extension Domain {
    /// A domain's CPU usage (`VIR_DOMAIN_CPU_STATS_*`); values not reported are nil.
    public struct CPUStats: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_CPU_STATS_CPUTIME`.
            public static let cpuTime = VIR_DOMAIN_CPU_STATS_CPUTIME
            /// `VIR_DOMAIN_CPU_STATS_USERTIME`.
            public static let userTime = VIR_DOMAIN_CPU_STATS_USERTIME
            /// `VIR_DOMAIN_CPU_STATS_SYSTEMTIME`.
            public static let systemTime = VIR_DOMAIN_CPU_STATS_SYSTEMTIME
            /// `VIR_DOMAIN_CPU_STATS_VCPUTIME`.
            public static let vcpuTime = VIR_DOMAIN_CPU_STATS_VCPUTIME
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .duration(Key.cpuTime, .ullong, .nanoseconds, \.cpuTime),
            .duration(Key.userTime, .ullong, .nanoseconds, \.userTime),
            .duration(Key.systemTime, .ullong, .nanoseconds, \.systemTime),
            .duration(Key.vcpuTime, .ullong, .nanoseconds, \.vcpuTime),
        ]

        /// CPU time used (``Key/cpuTime``).
        public var cpuTime: Duration?
        /// User time used, in totals only (``Key/userTime``).
        public var userTime: Duration?
        /// System time used, in totals only (``Key/systemTime``).
        public var systemTime: Duration?
        /// Virtual CPU time used, excluding hypervisor overhead, per CPU only (``Key/vcpuTime``).
        public var vcpuTime: Duration?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }
}
