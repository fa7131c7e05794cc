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
            return IOThreadInfo(id: info.iothread_id, affinity: cpus)
        }
    }

    /// Pins an IOThread to the host CPUs in `cpus`.
    ///
    /// Wraps `virDomainPinIOThread`.
    public func pinIOThread(_ id: UInt32, to cpus: Set<Int>, impact: ModificationImpact = []) throws(LibvirtError) {
        var map = cpuMapBytes(cpus)
        try check(virDomainPinIOThread(pointer, id, &map, Int32(map.count), impact.rawValue), "virDomainPinIOThread")
    }

    /// Adds an IOThread with the given ID.
    ///
    /// Wraps `virDomainAddIOThread`.
    public func addIOThread(_ id: UInt32, impact: ModificationImpact = []) throws(LibvirtError) {
        try check(virDomainAddIOThread(pointer, id, impact.rawValue), "virDomainAddIOThread")
    }

    /// Removes the IOThread with the given ID.
    ///
    /// Wraps `virDomainDelIOThread`.
    public func removeIOThread(_ id: UInt32, impact: ModificationImpact = []) throws(LibvirtError) {
        try check(virDomainDelIOThread(pointer, id, impact.rawValue), "virDomainDelIOThread")
    }

    /// Sets an IOThread's polling and pool parameters (`poll_max_ns`, `poll_grow`,
    /// `poll_shrink`, `thread_pool_min`, `thread_pool_max`).
    ///
    /// Wraps `virDomainSetIOThreadParams`.
    public func setIOThreadParameters(
        _ id: UInt32, _ parameters: TypedParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
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
        public let id: UInt32
        /// The host CPUs it may run on.
        public let affinity: Set<Int>
    }
}
