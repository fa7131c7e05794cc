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
    /// - Parameter impact: empty (the current state: the running domain's, or
    ///   the persistent definition of an inactive one) makes the plain call
    ///   `virDomainGetSchedulerParameters`; otherwise
    ///   `virDomainGetSchedulerParametersFlags` with that impact.
    ///
    /// Wraps `virDomainGetSchedulerType`, `virDomainGetSchedulerParameters` or
    /// `virDomainGetSchedulerParametersFlags`.
    public func schedulerParameters(impact: ModificationImpact = []) throws(LibvirtError) -> SchedulerParameters {
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
        if !impact.isEmpty {
            try check(virDomainGetSchedulerParametersFlags(pointer, array, &count, impact.rawValue),
                      "virDomainGetSchedulerParametersFlags")
        } else {
            try check(virDomainGetSchedulerParameters(pointer, array, &count), "virDomainGetSchedulerParameters")
        }
        return SchedulerParameters(TypedParameters(array, count: Int(count)))
    }

    /// Sets the scheduler parameters that are not nil (and ``SchedulerParameters/extra``).
    ///
    /// - Parameters:
    ///   - parameters: the values to set; nil fields are left as they are.
    ///   - impact: empty (the current state) makes the plain call
    ///     `virDomainSetSchedulerParameters`; otherwise
    ///     `virDomainSetSchedulerParametersFlags` with that impact.
    ///
    /// Wraps `virDomainSetSchedulerParameters` or `virDomainSetSchedulerParametersFlags`.
    public func setSchedulerParameters(
        _ parameters: SchedulerParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            if !impact.isEmpty {
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
    public struct SchedulerType: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The scheduler's name, such as `"posix"`, `"fair"` or `"credit"`.
        public let name: String
        /// How many parameters ``Domain/schedulerParameters(impact:)`` reports.
        public let parameterCount: Int
    }

    /// A domain's scheduler parameters (`VIR_DOMAIN_SCHEDULER_*`); the ones a scheduler does not have, or not to set, are nil.
    public struct SchedulerParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_SCHEDULER_CPU_SHARES`.
            public static let cpuShares = VIR_DOMAIN_SCHEDULER_CPU_SHARES
            /// `VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD`.
            public static let globalPeriod = VIR_DOMAIN_SCHEDULER_GLOBAL_PERIOD
            /// `VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA`.
            public static let globalQuota = VIR_DOMAIN_SCHEDULER_GLOBAL_QUOTA
            /// `VIR_DOMAIN_SCHEDULER_VCPU_PERIOD`.
            public static let vcpuPeriod = VIR_DOMAIN_SCHEDULER_VCPU_PERIOD
            /// `VIR_DOMAIN_SCHEDULER_VCPU_QUOTA`.
            public static let vcpuQuota = VIR_DOMAIN_SCHEDULER_VCPU_QUOTA
            /// `VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD`.
            public static let emulatorPeriod = VIR_DOMAIN_SCHEDULER_EMULATOR_PERIOD
            /// `VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA`.
            public static let emulatorQuota = VIR_DOMAIN_SCHEDULER_EMULATOR_QUOTA
            /// `VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD`.
            public static let ioThreadPeriod = VIR_DOMAIN_SCHEDULER_IOTHREAD_PERIOD
            /// `VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA`.
            public static let ioThreadQuota = VIR_DOMAIN_SCHEDULER_IOTHREAD_QUOTA
            /// `VIR_DOMAIN_SCHEDULER_WEIGHT`.
            public static let weight = VIR_DOMAIN_SCHEDULER_WEIGHT
            /// `VIR_DOMAIN_SCHEDULER_CAP`.
            public static let cap = VIR_DOMAIN_SCHEDULER_CAP
            /// `VIR_DOMAIN_SCHEDULER_RESERVATION`.
            public static let reservation = VIR_DOMAIN_SCHEDULER_RESERVATION
            /// `VIR_DOMAIN_SCHEDULER_LIMIT`.
            public static let limit = VIR_DOMAIN_SCHEDULER_LIMIT
            /// `VIR_DOMAIN_SCHEDULER_SHARES`.
            public static let shares = VIR_DOMAIN_SCHEDULER_SHARES
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.cpuShares, .ullong, \.cpuShares),
            .duration(Key.globalPeriod, .ullong, .microseconds, \.globalPeriod),
            .duration(Key.globalQuota, .llong, .microseconds, \.globalQuota),
            .duration(Key.vcpuPeriod, .ullong, .microseconds, \.vcpuPeriod),
            .duration(Key.vcpuQuota, .llong, .microseconds, \.vcpuQuota),
            .duration(Key.emulatorPeriod, .ullong, .microseconds, \.emulatorPeriod),
            .duration(Key.emulatorQuota, .llong, .microseconds, \.emulatorQuota),
            .duration(Key.ioThreadPeriod, .ullong, .microseconds, \.ioThreadPeriod),
            .duration(Key.ioThreadQuota, .llong, .microseconds, \.ioThreadQuota),
            .value(Key.weight, .uint, \.weight),
            .value(Key.cap, .uint, \.cap),
            .value(Key.reservation, .llong, \.reservationMHz),
            .value(Key.limit, .llong, \.limitMHz),
            .value(Key.shares, .int, \.shares),
        ]

        /// The CPU shares, relative to other domains (``Key/cpuShares``).
        public var cpuShares: UInt64?
        /// The enforcement period of the whole domain (``Key/globalPeriod``).
        public var globalPeriod: Duration?
        /// The quota of the whole domain per period; negative for none (``Key/globalQuota``).
        public var globalQuota: Duration?
        /// The enforcement period of each virtual CPU (``Key/vcpuPeriod``).
        public var vcpuPeriod: Duration?
        /// The quota of each virtual CPU per period; negative for none (``Key/vcpuQuota``).
        public var vcpuQuota: Duration?
        /// The enforcement period of emulator threads (``Key/emulatorPeriod``).
        public var emulatorPeriod: Duration?
        /// The quota of emulator threads per period; negative for none (``Key/emulatorQuota``).
        public var emulatorQuota: Duration?
        /// The enforcement period of IOThreads (``Key/ioThreadPeriod``).
        public var ioThreadPeriod: Duration?
        /// The quota of IOThreads per period; negative for none (``Key/ioThreadQuota``).
        public var ioThreadQuota: Duration?
        /// The relative weight of the Xen credit scheduler (``Key/weight``).
        public var weight: UInt32?
        /// The cap of the Xen credit scheduler, in percent of a CPU (``Key/cap``).
        public var cap: UInt32?
        /// The CPU reserved for the domain, in MHz, for VMware ESX (``Key/reservation``).
        public var reservationMHz: Int64?
        /// The most CPU the domain may use, in MHz, for VMware ESX (``Key/limit``).
        public var limitMHz: Int64?
        /// The shares of the CPU for VMware ESX (``Key/shares``).
        public var shares: Int32?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates parameters with every field nil; set the ones to change.
        public init() {}
    }
}
