import CLibvirt
import Glibc

extension Domain {
    // MARK: - Scheduler

    /// The name of the domain's CPU scheduler (such as `"posix"` or `"fair"`)
    /// and how many parameters it has.
    ///
    /// Wraps `virDomainGetSchedulerType`.
    public func schedulerType() throws(LibvirtError) -> SchedulerType {
        var count: Int32 = 0
        let name = try takeString(virDomainGetSchedulerType(pointer, &count), "virDomainGetSchedulerType")
        return SchedulerType(name: name, parameterCount: Int(count))
    }

    /// The scheduler's parameters.
    ///
    /// - Parameter impact: nil for the running domain's (`virDomainGetSchedulerParameters`);
    ///   otherwise `virDomainGetSchedulerParametersFlags` with that impact.
    ///
    /// Wraps `virDomainGetSchedulerType`, `virDomainGetSchedulerParameters` or
    /// `virDomainGetSchedulerParametersFlags`.
    public func schedulerParameters(impact: ModificationImpact? = nil) throws(LibvirtError) -> SchedulerParameters {
        var capacity: Int32 = 0
        _ = try takeString(virDomainGetSchedulerType(pointer, &capacity), "virDomainGetSchedulerType")
        guard capacity > 0 else { return SchedulerParameters(TypedParameters()) }
        let array = UnsafeMutablePointer<virTypedParameter>.allocate(capacity: Int(capacity))
        array.initialize(repeating: virTypedParameter(), count: Int(capacity))
        defer {
            virTypedParamsClear(array, capacity)
            array.deallocate()
        }
        var count = capacity
        if let impact {
            try check(virDomainGetSchedulerParametersFlags(pointer, array, &count, impact.rawValue),
                      "virDomainGetSchedulerParametersFlags")
        } else {
            try check(virDomainGetSchedulerParameters(pointer, array, &count), "virDomainGetSchedulerParameters")
        }
        return SchedulerParameters(TypedParameters(array, count: Int(count)))
    }

    /// Sets scheduler parameters, by their libvirt names (`cpu_shares`, `vcpu_quota`, `weight`, ...).
    ///
    /// - Parameter impact: nil for the running domain (`virDomainSetSchedulerParameters`);
    ///   otherwise `virDomainSetSchedulerParametersFlags` with that impact.
    ///
    /// Wraps `virDomainSetSchedulerParameters` or `virDomainSetSchedulerParametersFlags`.
    public func setSchedulerParameters(
        _ parameters: TypedParameters, impact: ModificationImpact? = nil
    ) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            if let impact {
                try check(virDomainSetSchedulerParametersFlags(pointer, list, count, impact.rawValue),
                          "virDomainSetSchedulerParametersFlags")
            } else {
                try check(virDomainSetSchedulerParameters(pointer, list, count), "virDomainSetSchedulerParameters")
            }
        }
    }
}

extension Domain {
    /// A domain's CPU scheduler, as ``Domain/schedulerType()`` reports it.
    public struct SchedulerType: Sendable, Hashable {
        /// The scheduler's name, such as `"posix"`, `"fair"` or `"credit"`.
        public let name: String
        /// How many parameters ``Domain/schedulerParameters(impact:)`` reports.
        public let parameterCount: Int
    }

    /// A domain's scheduler parameters (`VIR_DOMAIN_SCHEDULER_*`); the ones a
    /// scheduler does not have are nil.
    public struct SchedulerParameters: Sendable, Hashable {
        /// The CPU shares (`cpu_shares`).
        public let cpuShares: UInt64?
        /// The enforcement period of the whole domain, in µs (`global_period`).
        public let globalPeriod: UInt64?
        /// The quota of the whole domain per period, in µs (`global_quota`).
        public let globalQuota: Int64?
        /// The enforcement period of each virtual CPU, in µs (`vcpu_period`).
        public let vcpuPeriod: UInt64?
        /// The quota of each virtual CPU per period, in µs (`vcpu_quota`).
        public let vcpuQuota: Int64?
        /// The enforcement period of emulator threads, in µs (`emulator_period`).
        public let emulatorPeriod: UInt64?
        /// The quota of emulator threads per period, in µs (`emulator_quota`).
        public let emulatorQuota: Int64?
        /// The enforcement period of IOThreads, in µs (`iothread_period`).
        public let ioThreadPeriod: UInt64?
        /// The quota of IOThreads per period, in µs (`iothread_quota`).
        public let ioThreadQuota: Int64?
        /// The relative weight (`weight`).
        public let weight: UInt64?
        /// The cap, in percent of a CPU (`cap`).
        public let cap: UInt64?
        /// The reservation (`reservation`).
        public let reservation: Int64?
        /// The limit (`limit`).
        public let limit: Int64?
        /// The shares (`shares`).
        public let shares: Int64?
        /// Every parameter as libvirt reported it.
        public let raw: TypedParameters

        /// Reads the parameters from typed parameters.
        public init(_ parameters: TypedParameters) {
            cpuShares = parameters.uint64("cpu_shares")
            globalPeriod = parameters.uint64("global_period")
            globalQuota = parameters.int64("global_quota")
            vcpuPeriod = parameters.uint64("vcpu_period")
            vcpuQuota = parameters.int64("vcpu_quota")
            emulatorPeriod = parameters.uint64("emulator_period")
            emulatorQuota = parameters.int64("emulator_quota")
            ioThreadPeriod = parameters.uint64("iothread_period")
            ioThreadQuota = parameters.int64("iothread_quota")
            weight = parameters.uint64("weight")
            cap = parameters.uint64("cap")
            reservation = parameters.int64("reservation")
            limit = parameters.int64("limit")
            shares = parameters.int64("shares")
            raw = parameters
        }
    }
}
