import CLibvirt

/// The statistics of one domain, as ``Connection/allDomainStats(_:flags:domainHandles:)``
/// and ``Connection/domainStats(for:groups:flags:domainHandles:)`` return them
/// (`virDomainStatsRecord`).
///
/// Every parameter libvirt sent is in ``parameters``, by key (such as
/// `"block.0.rd.bytes"`). The groups libvirt documents are also decoded, once,
/// into typed values: a group is nil when libvirt sent none of its keys, and a
/// field is nil when libvirt left it out.
///
/// ```swift
/// for record in try await connection.allDomainStats([.state, .cpuTotal]) {
///     print(record.name, record.state?.state ?? .noState, record.cpu?.time ?? 0)
/// }
/// ```
public struct DomainStatsRecord: Sendable {
    /// The domain, unless the statistics were asked for without domain handles.
    public let domain: Domain?
    /// The domain's name.
    public let name: String
    /// Every parameter libvirt sent, in its order.
    public let parameters: TypedParameters

    /// The `state.*` group.
    public internal(set) var state: StateGroup?
    /// The `cpu.*` group.
    public internal(set) var cpu: CPU?
    /// The `balloon.*` group.
    public internal(set) var balloon: Balloon?
    /// The `vcpu.*` group.
    public internal(set) var vcpu: VCPUs?
    /// The `net.*` group: the count libvirt reports and one entry per interface.
    public internal(set) var interfaces: Interfaces?
    /// The `block.*` group: the count libvirt reports and one entry per disk (and
    /// backing image, with ``Connection/DomainStatsFlags/backing``).
    public internal(set) var blocks: Blocks?
    /// The `perf.*` group: each perf event's counter, by event name (such as `"cpu_cycles"`).
    public internal(set) var perf: [String: UInt64]?
    /// The `iothread.*` group.
    public internal(set) var ioThreads: IOThreads?
    /// The `dirtyrate.*` group.
    public internal(set) var dirtyRate: DirtyRate?
    /// The `memory.*` parameters (memory bandwidth monitors), with their full keys.
    public internal(set) var memory: TypedParameters?
    /// The `vm.*` parameters (hypervisor-specific counters), with their full keys.
    public internal(set) var vm: TypedParameters?

    /// Decodes a record: its parameters once, and each into its group.
    init(domain: Domain?, name: String, parameters: TypedParameters) {
        self.domain = domain
        self.name = name
        self.parameters = parameters
        for parameter in parameters.elements {
            decode(parameter)
        }
    }
}

// MARK: - Kinds of statistics

extension DomainStatsRecord {
    /// The groups of statistics to ask for (`virDomainStatsTypes`); empty asks for
    /// every group the driver supports.
    public struct Groups: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates groups from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}

extension Connection {
    /// Which domains to report and how (`virConnectGetAllDomainStatsFlags`).
    public struct DomainStatsFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
