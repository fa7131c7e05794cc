import CLibvirt

extension Domain {
    // MARK: - CPU statistics

    /// The domain's CPU usage on each host CPU from `firstCPU` (to the last one
    /// when `count` is nil), read at most 128 CPUs a call, as libvirt allows.
    ///
    /// Wraps `virDomainGetCPUStats`.
    public func cpuStats(firstCPU: Int = 0, count: Int? = nil) throws(LibvirtError) -> [CPUStats] {
        let available = Int(try check(virDomainGetCPUStats(pointer, nil, 0, 0, 0, 0), "virDomainGetCPUStats"))
        let wanted = count ?? (available - firstCPU)
        guard wanted > 0 else { return [] }
        let perCPU = Int(try check(virDomainGetCPUStats(pointer, nil, 0, Int32(firstCPU), 1, 0),
                                   "virDomainGetCPUStats"))
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
    /// A domain's CPU usage, in nanoseconds (`VIR_DOMAIN_CPU_STATS_*`); values
    /// not reported are nil.
    public struct CPUStats: Sendable, Hashable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// CPU time used (`cpu_time`).
        public let cpuTime: UInt64?
        /// User time used (`user_time`, totals only).
        public let userTime: UInt64?
        /// System time used (`system_time`, totals only).
        public let systemTime: UInt64?
        /// Virtual CPU time used, excluding hypervisor overhead (`vcpu_time`, per CPU).
        public let vcpuTime: UInt64?
        /// Every statistic as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the statistics from typed parameters.
        public init(_ parameters: TypedParameters) {
            cpuTime = parameters.uint64("cpu_time")
            userTime = parameters.uint64("user_time")
            systemTime = parameters.uint64("system_time")
            vcpuTime = parameters.uint64("vcpu_time")
            raw = parameters
        }
    }
}
