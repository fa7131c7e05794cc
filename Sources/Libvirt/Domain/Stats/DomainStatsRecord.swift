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
///     print(record.name, record.state.map { "\($0)" } ?? "-", record.cpu?.time ?? 0)
/// }
/// ```
public struct DomainStatsRecord: Sendable {
    /// The domain, unless the statistics were asked for without domain handles.
    public let domain: Domain?
    /// The domain's name.
    public let name: String
    /// Every parameter libvirt sent, in its order.
    public let parameters: TypedParameters

    /// The run state with its reason (`state.state` and `state.reason`), such as
    /// `running (booted)`.
    public let state: Domain.StateReason?
    /// The other groups, decoded in the same pass; nil when libvirt sent only
    /// `state.*` keys, so such records need no allocation of their own.
    private let groups: GroupStorage?

    /// The `cpu.*` group.
    public var cpu: CPU? { groups?.values.cpu }
    /// The `balloon.*` group.
    public var balloon: Balloon? { groups?.values.balloon }
    /// The `vcpu.*` group.
    public var vcpu: VCPUs? { groups?.values.vcpu }
    /// The `net.*` group: the count libvirt reports and one entry per interface.
    public var interfaces: Interfaces? { groups?.values.interfaces }
    /// The `block.*` group: the count libvirt reports and one entry per disk (and
    /// backing image, with ``Connection/DomainStatsFlags/backing``).
    public var blocks: Blocks? { groups?.values.blocks }
    /// The `perf.*` group: each perf event's counter, by event name (such as `"cpu_cycles"`).
    public var perf: [String: UInt64]? { groups?.values.perf }
    /// The `iothread.*` group.
    public var ioThreads: IOThreads? { groups?.values.ioThreads }
    /// The `dirtyrate.*` group.
    public var dirtyRate: DirtyRate? { groups?.values.dirtyRate }
    /// The `memory.*` parameters (memory bandwidth monitors), with their full keys.
    public var memory: TypedParameters? { groups?.values.memory }
    /// The `vm.*` parameters (hypervisor-specific counters), with their full keys.
    public var vm: TypedParameters? { groups?.values.vm }

    /// Decodes a record: its parameters once, each into its group.
    init(domain: Domain?, name: String, parameters: TypedParameters) {
        self.domain = domain
        self.name = name
        self.parameters = parameters
        var decoded = DecodedGroups()
        for parameter in parameters.elements {
            decoded.decode(parameter)
        }
        state = decoded.state.map { Domain.StateReason(state: Domain.State(rawValue: $0), rawReason: decoded.reason ?? 0) }
        decoded.state = nil
        decoded.reason = nil
        groups = decoded.isEmpty ? nil : GroupStorage(decoded)
    }
}

// MARK: - Decoded groups

extension DomainStatsRecord {
    /// The groups of one record, filled by one pass over its parameters.
    struct DecodedGroups: Sendable {
        /// `state.state`.
        var state: Int32?
        /// `state.reason`.
        var reason: Int32?
        var cpu: CPU?
        var balloon: Balloon?
        var vcpu: VCPUs?
        var interfaces: Interfaces?
        var blocks: Blocks?
        var perf: [String: UInt64]?
        var ioThreads: IOThreads?
        var dirtyRate: DirtyRate?
        var memory: TypedParameters?
        var vm: TypedParameters?

        /// Whether no group was found.
        var isEmpty: Bool {
            state == nil && reason == nil && cpu == nil && balloon == nil && vcpu == nil && interfaces == nil && blocks == nil
                && perf == nil && ioThreads == nil && dirtyRate == nil && memory == nil && vm == nil
        }
    }

    /// The decoded groups other than `state`, shared by copies of a record.
    final class GroupStorage: Sendable {
        let values: DecodedGroups
        init(_ values: DecodedGroups) { self.values = values }
    }
}
