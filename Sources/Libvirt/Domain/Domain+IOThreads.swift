import CLibvirt
import Glibc

extension Domain {
    // MARK: - IOThreads

    /// The domain's IOThreads and the host CPUs each may run on.
    ///
    /// Wraps `virDomainGetIOThreadInfo` and `virDomainIOThreadInfoFree`.
    public func ioThreads(impact: ModificationImpact = []) throws(LibvirtError) -> [IOThreadInfo] {
        var list: UnsafeMutablePointer<virDomainIOThreadInfoPtr?>? = nil
        let count = try check(virDomainGetIOThreadInfo(pointer, &list, impact.rawValue), "virDomainGetIOThreadInfo")
        guard let list else { return [] }
        defer {
            for index in 0..<Int(count) { virDomainIOThreadInfoFree(list[index]) }
            free(list)
        }
        return (0..<Int(count)).compactMap { index in
            guard let info = list[index]?.pointee else { return nil }
            let cpus = info.cpumap.map { cpuSet($0, length: Int(info.cpumaplen)) } ?? []
            return IOThreadInfo(id: Int(info.iothread_id), affinity: cpus)
        }
    }

    /// Pins an IOThread to the host CPUs in `cpus`.
    ///
    /// Wraps `virDomainPinIOThread`.
    public func pinIOThread(_ id: Int, to cpus: Set<Int>, impact: ModificationImpact = []) throws(LibvirtError) {
        let id = try cUInt32(id, "id", function: "virDomainPinIOThread")
        var map = try cpuMapBytes(cpus, function: "virDomainPinIOThread")
        let length = Int32(map.count)  // at most cpuMapLimit / 8
        try check(virDomainPinIOThread(pointer, id, &map, length, impact.rawValue), "virDomainPinIOThread")
    }

    /// Adds an IOThread with the given ID.
    ///
    /// Wraps `virDomainAddIOThread`.
    public func addIOThread(_ id: Int, impact: ModificationImpact = []) throws(LibvirtError) {
        let id = try cUInt32(id, "id", function: "virDomainAddIOThread")
        try check(virDomainAddIOThread(pointer, id, impact.rawValue), "virDomainAddIOThread")
    }

    /// Removes the IOThread with the given ID.
    ///
    /// Wraps `virDomainDelIOThread`.
    public func removeIOThread(_ id: Int, impact: ModificationImpact = []) throws(LibvirtError) {
        let id = try cUInt32(id, "id", function: "virDomainDelIOThread")
        try check(virDomainDelIOThread(pointer, id, impact.rawValue), "virDomainDelIOThread")
    }

    /// Sets the polling and pool parameters of an IOThread that are not nil
    /// (and ``IOThreadParameters/extra``).
    ///
    /// Wraps `virDomainSetIOThreadParams`.
    public func setIOThreadParameters(
        _ id: Int, _ parameters: IOThreadParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        let id = try cUInt32(id, "id", function: "virDomainSetIOThreadParams")
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetIOThreadParams(pointer, id, list, count, impact.rawValue),
                      "virDomainSetIOThreadParams")
        }
    }
}

extension Domain {
    /// One IOThread of a domain (`virDomainIOThreadInfo`).
    public struct IOThreadInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The IOThread's ID.
        public let id: Int
        /// The host CPUs it may run on.
        public let affinity: Set<Int>
    }

    /// An IOThread's polling and pool parameters (`VIR_DOMAIN_IOTHREAD_*`), as
    /// ``Domain/setIOThreadParameters(_:_:impact:)`` sets them; nil leaves a value.
    public struct IOThreadParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_IOTHREAD_POLL_MAX_NS`.
            public static let pollMaxNanoseconds = VIR_DOMAIN_IOTHREAD_POLL_MAX_NS
            /// `VIR_DOMAIN_IOTHREAD_POLL_GROW`.
            public static let pollGrow = VIR_DOMAIN_IOTHREAD_POLL_GROW
            /// `VIR_DOMAIN_IOTHREAD_POLL_SHRINK`.
            public static let pollShrink = VIR_DOMAIN_IOTHREAD_POLL_SHRINK
            /// `VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN`.
            public static let threadPoolMin = VIR_DOMAIN_IOTHREAD_THREAD_POOL_MIN
            /// `VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX`.
            public static let threadPoolMax = VIR_DOMAIN_IOTHREAD_THREAD_POOL_MAX
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .duration(Key.pollMaxNanoseconds, .ullong, .nanoseconds, \.pollMax),
            .value(Key.pollGrow, .uint, \.pollGrow),
            .value(Key.pollShrink, .uint, \.pollShrink),
            .value(Key.threadPoolMin, .int, \.threadPoolMin),
            .value(Key.threadPoolMax, .int, \.threadPoolMax),
        ]

        /// The longest the thread polls before sleeping; 0 disables polling (``Key/pollMaxNanoseconds``).
        public var pollMax: Duration?
        /// The factor by which the polling time grows; 0 for the hypervisor's default (``Key/pollGrow``).
        public var pollGrow: UInt32?
        /// The divisor by which the polling time shrinks; 0 for the hypervisor's default (``Key/pollShrink``).
        public var pollShrink: UInt32?
        /// The fewest worker threads of the IOThread's pool (``Key/threadPoolMin``).
        public var threadPoolMin: Int?
        /// The most worker threads of the IOThread's pool (``Key/threadPoolMax``).
        public var threadPoolMax: Int?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates parameters with every field nil.
        public init() {}
    }
}
