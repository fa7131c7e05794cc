import CLibvirt
import Glibc

extension Domain {
    // MARK: - Counts

    /// Sets the number of virtual CPUs.
    ///
    /// - Parameters:
    ///   - count: the number of virtual CPUs.
    ///   - flags: where the change applies; empty makes the legacy call,
    ///     which changes the running domain (as ``VcpuFlags/live`` does).
    ///
    /// Wraps `virDomainSetVcpus` (empty `flags`) or `virDomainSetVcpusFlags`.
    public func setVcpus(_ count: Int, flags: VcpuFlags = []) throws(LibvirtError) {
        let count = try cUInt32(count, "count", function: "virDomainSetVcpus")
        if !flags.isEmpty {
            try check(virDomainSetVcpusFlags(pointer, count, flags.rawValue), "virDomainSetVcpusFlags")
        } else {
            try check(virDomainSetVcpus(pointer, count), "virDomainSetVcpus")
        }
    }

    /// The number of virtual CPUs (current or, with ``VcpuFlags/maximum``, the most).
    ///
    /// Wraps `virDomainGetVcpusFlags`.
    public func vcpuCount(flags: VcpuFlags = []) throws(LibvirtError) -> Int {
        Int(try check(virDomainGetVcpusFlags(pointer, flags.rawValue), "virDomainGetVcpusFlags"))
    }

    /// The most virtual CPUs the running domain may have.
    ///
    /// Wraps `virDomainGetMaxVcpus`.
    public func maxVcpus() throws(LibvirtError) -> Int {
        Int(try check(virDomainGetMaxVcpus(pointer), "virDomainGetMaxVcpus"))
    }

    /// Enables or disables the virtual CPUs listed in `vcpus` (libvirt's list
    /// syntax, such as `"1-3,^2"`) individually.
    ///
    /// Wraps `virDomainSetVcpu`.
    public func setVcpu(_ vcpus: String, enabled: Bool, impact: ModificationImpact = []) throws(LibvirtError) {
        try cString(vcpus, "vcpus", function: "virDomainSetVcpu")
        try check(virDomainSetVcpu(pointer, vcpus, enabled ? 1 : 0, impact.rawValue), "virDomainSetVcpu")
    }

    // MARK: - Guest's view

    /// The guest's own view of its virtual CPUs, through its agent.
    ///
    /// Wraps `virDomainGetGuestVcpus`.
    public func guestVcpus() throws(LibvirtError) -> GuestVcpus {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: UInt32 = 0
        try check(virDomainGetGuestVcpus(pointer, &list, &count, 0), "virDomainGetGuestVcpus")
        return GuestVcpus(TypedParameters.take(list, count: Int32(count)))
    }

    /// Brings the guest virtual CPUs listed in `vcpus` online or offline, through its agent.
    ///
    /// Wraps `virDomainSetGuestVcpus`.
    public func setGuestVcpus(_ vcpus: String, online: Bool) throws(LibvirtError) {
        try cString(vcpus, "vcpus", function: "virDomainSetGuestVcpus")
        try check(virDomainSetGuestVcpus(pointer, vcpus, online ? 1 : 0, 0), "virDomainSetGuestVcpus")
    }

    // MARK: - Per-CPU information

    /// Each virtual CPU of the running domain: its state, CPU time, host CPU and affinity.
    ///
    /// Wraps `virDomainGetInfo`, `virDomainGetVcpus`, `virDomainGetConnect` and `virNodeGetCPUMap`.
    public func vcpus() throws(LibvirtError) -> [VcpuInfo] {
        var domainInfo = virDomainInfo()
        try check(virDomainGetInfo(pointer, &domainInfo), "virDomainGetInfo")
        let count = Int(domainInfo.nrVirtCpu)
        let mapLength = cpuMapLength(try hostCPUCount())
        var infos = [virVcpuInfo](repeating: virVcpuInfo(), count: count)
        var maps = [UInt8](repeating: 0, count: max(1, count * mapLength))
        let filled = try check(
            virDomainGetVcpus(pointer, &infos, Int32(count), &maps, Int32(mapLength)), "virDomainGetVcpus")
        return maps.withUnsafeBufferPointer { buffer in
            (0..<Int(filled)).map { index in
                let info = infos[index]
                return VcpuInfo(
                    number: Int(info.number), state: VcpuState(rawValue: info.state), cpuTime: .nanoseconds(info.cpuTime),
                    cpu: info.cpu < 0 ? nil : Int(info.cpu),
                    affinity: cpuSet(buffer.baseAddress! + index * mapLength, length: mapLength))
            }
        }
    }

    /// The host CPUs each virtual CPU may run on, by virtual CPU number.
    ///
    /// Wraps `virDomainGetVcpuPinInfo`, `virDomainGetVcpusFlags`, `virDomainGetConnect` and `virNodeGetCPUMap`.
    public func vcpuPinning(impact: ModificationImpact = []) throws(LibvirtError) -> [Set<Int>] {
        let vcpus = Int(try check(virDomainGetVcpusFlags(pointer, impact.rawValue | VcpuFlags.maximum.rawValue),
                                  "virDomainGetVcpusFlags"))
        let mapLength = cpuMapLength(try hostCPUCount())
        var maps = [UInt8](repeating: 0, count: max(1, vcpus * mapLength))
        let filled = try check(
            virDomainGetVcpuPinInfo(pointer, Int32(vcpus), &maps, Int32(mapLength), impact.rawValue),
            "virDomainGetVcpuPinInfo")
        return maps.withUnsafeBufferPointer { buffer in
            (0..<Int(filled)).map { cpuSet(buffer.baseAddress! + $0 * mapLength, length: mapLength) }
        }
    }

    /// Pins a virtual CPU to the host CPUs in `cpus`.
    ///
    /// - Parameters:
    ///   - vcpu: the virtual CPU's number, from 0.
    ///   - cpus: the host CPUs it may run on, by number.
    ///   - impact: empty (the current state) makes the plain call
    ///     `virDomainPinVcpu`; otherwise `virDomainPinVcpuFlags` with that impact.
    ///
    /// Wraps `virDomainPinVcpu` or `virDomainPinVcpuFlags`.
    public func pinVcpu(_ vcpu: Int, to cpus: Set<Int>, impact: ModificationImpact = []) throws(LibvirtError) {
        let vcpu = try cUInt32(vcpu, "vcpu", function: "virDomainPinVcpu")
        var map = try cpuMapBytes(cpus, function: "virDomainPinVcpu")
        let length = Int32(map.count)  // at most cpuMapLimit / 8
        if !impact.isEmpty {
            try check(virDomainPinVcpuFlags(pointer, vcpu, &map, length, impact.rawValue), "virDomainPinVcpuFlags")
        } else {
            try check(virDomainPinVcpu(pointer, vcpu, &map, length), "virDomainPinVcpu")
        }
    }

    // MARK: - Emulator threads

    /// The host CPUs the domain's emulator threads may run on.
    ///
    /// Wraps `virDomainGetEmulatorPinInfo`, `virDomainGetConnect` and `virNodeGetCPUMap`.
    public func emulatorPinning(impact: ModificationImpact = []) throws(LibvirtError) -> Set<Int> {
        let mapLength = cpuMapLength(try hostCPUCount())
        var map = [UInt8](repeating: 0, count: max(1, mapLength))
        try check(virDomainGetEmulatorPinInfo(pointer, &map, Int32(mapLength), impact.rawValue),
                  "virDomainGetEmulatorPinInfo")
        return map.withUnsafeBufferPointer { cpuSet($0.baseAddress!, length: mapLength) }
    }

    /// Pins the domain's emulator threads to the host CPUs in `cpus`.
    ///
    /// Wraps `virDomainPinEmulator`.
    public func pinEmulator(to cpus: Set<Int>, impact: ModificationImpact = []) throws(LibvirtError) {
        var map = try cpuMapBytes(cpus, function: "virDomainPinEmulator")
        let length = Int32(map.count)  // at most cpuMapLimit / 8
        try check(virDomainPinEmulator(pointer, &map, length, impact.rawValue), "virDomainPinEmulator")
    }
}

extension Domain {
    /// One virtual CPU of a running domain (`virVcpuInfo` with its CPU map).
    public struct VcpuInfo: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The virtual CPU's number.
        public let number: Int
        /// Whether it is offline, running or blocked.
        public let state: VcpuState
        /// The CPU time it used.
        public let cpuTime: Duration
        /// The host CPU it runs on, when it runs.
        public let cpu: Int?
        /// The host CPUs it may run on.
        public let affinity: Set<Int>
    }
}

extension Domain {
    /// A guest's own view of its virtual CPUs (``Domain/guestVcpus()``): lists
    /// of CPU numbers in libvirt's syntax, as `"0-3"`. libvirt names these keys
    /// in its documentation only (no C macros).
    public struct GuestVcpus: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `vcpus`.
            public static let vcpus = "vcpus"
            /// `online`.
            public static let online = "online"
            /// `offlinable`.
            public static let offlinable = "offlinable"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.vcpus, .string, \.vcpus),
            .value(Key.online, .string, \.online),
            .value(Key.offlinable, .string, \.offlinable),
        ]

        /// The virtual CPUs the guest knows (``Key/vcpus``).
        public var vcpus: String?
        /// Those online (``Key/online``).
        public var online: String?
        /// Those the guest can take offline (``Key/offlinable``).
        public var offlinable: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }
}
