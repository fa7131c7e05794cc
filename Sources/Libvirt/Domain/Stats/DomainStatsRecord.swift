import CLibvirt
import FoundationEssentials

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
public struct DomainStatsRecord: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The domain, unless the statistics were asked for without domain handles.
    public let domain: Domain?
    /// The domain's name.
    public let name: String
    /// The domain's UUID.
    ///
    /// Read when first asked for, not when the record is made: libvirt formats
    /// the UUID as text for its debug log on every call that reads it, which
    /// would cost a bulk poll more than the rest of a record's decoding.
    ///
    /// Wraps `virDomainGetUUID`.
    public var uuid: UUID { identity.uuid }
    /// Where ``uuid`` comes from.
    private let identity: Identity
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

    /// The domain and every group present, on one line.
    public var description: String {
        var fields = ["name: \"\(name)\"", "uuid: \(uuid.uuidString.lowercased())"]
        let groups: [(String, Any?)] = [
            ("state", state), ("cpu", cpu), ("balloon", balloon), ("vcpu", vcpu), ("interfaces", interfaces),
            ("blocks", blocks), ("perf", perf), ("ioThreads", ioThreads), ("dirtyRate", dirtyRate),
            ("memory", memory), ("vm", vm),
        ]
        for (label, group) in groups {
            if let group { fields.append("\(label): \(describeValue(group))") }
        }
        return "DomainStatsRecord(\(fields.joined(separator: ", ")))"
    }

    /// Whether both records hold the same statistics of the same domain (by UUID;
    /// the ``domain`` handle, if any, is the same domain).
    public static func == (lhs: DomainStatsRecord, rhs: DomainStatsRecord) -> Bool {
        lhs.uuid == rhs.uuid && lhs.name == rhs.name && lhs.parameters == rhs.parameters
    }

    /// Hashes the domain's UUID and the parameters.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(uuid)
        hasher.combine(parameters)
    }

    /// The keys of a record's JSON: the groups are decoded again from the parameters,
    /// and the ``domain`` handle is not encoded (a decoded record has none).
    private enum CodingKeys: String, CodingKey {
        case name, uuid, parameters
    }

    /// Reads a record from its name, UUID and parameters; it has no ``domain`` handle.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            domain: nil, name: try container.decode(String.self, forKey: .name),
            uuid: try container.decode(UUID.self, forKey: .uuid),
            parameters: try container.decode(TypedParameters.self, forKey: .parameters))
    }

    /// Writes the record's name, UUID and parameters.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(uuid, forKey: .uuid)
        try container.encode(parameters, forKey: .parameters)
    }

    /// Decodes a record: its parameters once, each into its group.
    init(domain: Domain?, name: String, uuid: UUID, parameters: TypedParameters) {
        self.init(domain: domain, name: name, identity: .known(uuid), parameters: parameters)
    }

    /// Decodes a record whose UUID is read when asked for.
    init(domain: Domain?, name: String, identity: Identity, parameters: TypedParameters) {
        self.domain = domain
        self.name = name
        self.identity = identity
        self.parameters = parameters
        var decoded = DecodedGroups()
        parameters.elements.withUnsafeBufferPointer { elements in
            for index in elements.indices {
                decoded.decode(elements[index])
            }
        }
        state = decoded.state.map { Domain.StateReason(state: Domain.State(rawValue: $0), rawReason: decoded.reason ?? 0) }
        decoded.state = nil
        decoded.reason = nil
        groups = decoded.isEmpty ? nil : GroupStorage(decoded)
    }
}

// MARK: - The UUID

extension DomainStatsRecord {
    /// A record's UUID: known, or read from the C record when asked for.
    enum Identity: Sendable {
        case known(UUID)
        /// The domain of record `index` of a C list kept alive by the records decoded from it.
        case pending(StatsRecordList, index: Int)

        var uuid: UUID {
            switch self {
            case .known(let uuid): uuid
            case .pending(let list, let index): list.uuid(at: index)
            }
        }
    }
}

/// A C list of statistics records (`virDomainStatsRecordPtr *`), its parameters
/// already copied and freed, kept while records decoded from it live so that
/// each reads its domain's UUID only if asked; freed with the last of them.
///
/// The list holds one libvirt reference to each record's domain, and so to the
/// C connection; the ``Connection`` actor is held too, so that freeing the list
/// never drops the connection's last reference (which would close it, a round
/// trip through a daemon, on the releasing thread).
final class StatsRecordList: @unchecked Sendable {
    // @unchecked: the list is not changed after init; reading a domain's UUID
    // copies bytes libvirt never changes, from any thread.
    private let records: UnsafeMutablePointer<virDomainStatsRecordPtr?>
    private let connection: Connection

    init(_ records: UnsafeMutablePointer<virDomainStatsRecordPtr?>, connection: Connection) {
        self.records = records
        self.connection = connection
    }

    deinit {
        virDomainStatsRecordListFree(records)
        virResetLastError()
    }

    /// The UUID of record `index`'s domain.
    ///
    /// Wraps `virDomainGetUUID`.
    func uuid(at index: Int) -> UUID {
        HandleUUID.identity { virDomainGetUUID(records[index]?.pointee.dom, $0) }
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
