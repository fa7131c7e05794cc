import CLibvirt

extension Domain {
    // MARK: - CPU statistics

    /// The domain's CPU usage on each host CPU from `firstCPU` (all of them when `count` is nil).
    ///
    /// Wraps `virDomainGetCPUStats`.
    public func cpuStats(firstCPU: Int32 = 0, count: Int? = nil) throws(LibvirtError) -> [CPUStats] {
        let available = Int(try check(virDomainGetCPUStats(pointer, nil, 0, 0, 0, 0), "virDomainGetCPUStats"))
        let cpus = min(count ?? (available - Int(firstCPU)), 128)
        guard cpus > 0 else { return [] }
        let perCPU = try check(virDomainGetCPUStats(pointer, nil, 0, firstCPU, 1, 0), "virDomainGetCPUStats")
        guard perCPU > 0 else { return Array(repeating: CPUStats(TypedParameters()), count: cpus) }
        let total = Int(perCPU) * cpus
        let array = UnsafeMutablePointer<virTypedParameter>.allocate(capacity: total)
        array.initialize(repeating: virTypedParameter(), count: total)
        defer {
            virTypedParamsClear(array, Int32(total))
            array.deallocate()
        }
        let filled = try check(
            virDomainGetCPUStats(pointer, array, UInt32(perCPU), firstCPU, UInt32(cpus), 0), "virDomainGetCPUStats")
        return (0..<cpus).map { index in
            CPUStats(TypedParameters(array + index * Int(perCPU), count: Int(filled)))
        }
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
    public struct CPUStats: Sendable, Hashable {
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
