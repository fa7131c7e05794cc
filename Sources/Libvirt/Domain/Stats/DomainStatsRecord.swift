import CLibvirt
import FoundationEssentials
import Synchronization

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
    /// Where the name, UUID and parameters come from.
    private let source: Source

    /// The domain's name.
    ///
    /// Without domain handles it is read from libvirt's record when asked for.
    ///
    /// Wraps `virDomainGetName`.
    public var name: String { source.name }
    /// The domain's UUID.
    ///
    /// Read when first asked for, not when the record is made: libvirt formats
    /// the UUID as text for its debug log on every call that reads it, which
    /// would cost a bulk poll more than the rest of a record's decoding.
    ///
    /// Wraps `virDomainGetUUID`.
    public var uuid: UUID { domain?.id ?? source.uuid }
    /// Every parameter libvirt sent, in its order.
    ///
    /// A record libvirt made copies its C parameters the first time this is
    /// read (its typed groups are decoded from them when it is made); copies
    /// of the record share that copy.
    public var parameters: TypedParameters { source.parameters }

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
            name: try container.decode(String.self, forKey: .name),
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

    /// Decodes a record without a ``domain`` handle from its parameters, in one pass.
    init(name: String, uuid: UUID, parameters: TypedParameters) {
        var groups = GroupDecoder()
        for parameter in parameters {
            groups.decode(parameter.name, parameter.value)
        }
        self.init(domain: nil, source: .values(name: name, uuid: uuid, parameters: parameters), groups: groups)
    }

    /// Decodes record `index` of a C list in one pass over its parameters, which
    /// stay in the list.
    ///
    /// - Parameters:
    ///   - domain: the actor the record's domain reference was handed to, if any.
    ///   - name: the domain's name when the C record no longer holds its domain.
    init(domain: Domain?, list: StatsRecordList, index: Int, name: String?) {
        var groups = GroupDecoder()
        list.forEachParameter(at: index) { groups.decode($0) }
        self.init(domain: domain, source: .list(list, index: index, name: name), groups: groups)
    }

    private init(domain: Domain?, source: Source, groups: GroupDecoder) {
        self.domain = domain
        self.source = source
        state = groups.state.map { Domain.StateReason(state: Domain.State(rawValue: $0), rawReason: groups.reason ?? 0) }
        self.groups = groups.others.flatMap { $0.values.isEmpty ? nil : $0 }
    }
}

// MARK: - Name, UUID and parameters

extension DomainStatsRecord {
    /// Where a record's name, UUID and parameters come from.
    enum Source: Sendable {
        /// Held by the record (one decoded from JSON).
        case values(name: String, uuid: UUID, parameters: TypedParameters)
        /// Record `index` of a C list kept alive by the records decoded from it;
        /// `name` is set when the record's domain was handed to a ``Domain``.
        case list(StatsRecordList, index: Int, name: String?)

        var name: String {
            switch self {
            case .values(let name, _, _): name
            case .list(_, _, let name?): name
            case .list(let list, let index, nil): list.name(at: index)
            }
        }

        /// The UUID; a record whose domain was handed over reads it from its ``Domain``.
        var uuid: UUID {
            switch self {
            case .values(_, let uuid, _): uuid
            case .list(let list, let index, _): list.uuid(at: index)
            }
        }

        var parameters: TypedParameters {
            switch self {
            case .values(_, _, let parameters): parameters
            case .list(let list, let index, _): list.parameters(at: index)
            }
        }
    }
}

/// A C list of statistics records (`virDomainStatsRecordPtr *`), kept while
/// records decoded from it live, so that each copies its parameters and reads
/// its domain's name and UUID only if asked; freed with the last of them.
///
/// The list holds its parameters and one libvirt reference to each record's
/// domain (unless handed to a ``Domain``), and so to the C connection; the
/// ``Connection`` actor is held too, so that freeing the list never drops the
/// connection's last reference (which would close it, a round trip through a
/// daemon, on the releasing thread).
final class StatsRecordList: @unchecked Sendable {
    // @unchecked: the C list is not changed after the records are decoded; reading
    // it copies bytes libvirt never changes, from any thread, and the copies made
    // so far are behind their own lock.
    private let records: UnsafeMutablePointer<virDomainStatsRecordPtr?>
    private let connection: Connection
    /// The parameters copied so far, by record.
    private let copies = Mutex<[Int: TypedParameters]>([:])

    init(_ records: UnsafeMutablePointer<virDomainStatsRecordPtr?>, connection: Connection) {
        self.records = records
        self.connection = connection
    }

    deinit {
        virDomainStatsRecordListFree(records)
        virResetLastError()
    }

    /// Calls `body` with each C parameter of record `index`, in order.
    func forEachParameter(at index: Int, _ body: (UnsafePointer<virTypedParameter>) -> Void) {
        guard let record = records[index], let parameters = record.pointee.params else { return }
        for position in 0..<Int(max(record.pointee.nparams, 0)) {
            body(parameters + position)
        }
    }

    /// The parameters of record `index`, copied when first asked for.
    func parameters(at index: Int) -> TypedParameters {
        if let copy = copies.withLock({ $0[index] }) { return copy }
        let record = records[index]
        let copy = TypedParameters(record?.pointee.params, count: Int(record?.pointee.nparams ?? 0))
        return copies.withLock { copies in
            if let earlier = copies[index] { return earlier }
            copies[index] = copy
            return copy
        }
    }

    /// The name of record `index`'s domain.
    ///
    /// Wraps `virDomainGetName`.
    func name(at index: Int) -> String {
        virDomainGetName(records[index]?.pointee.dom).map { String(cString: $0) } ?? ""
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
    /// The groups of one record other than `state`, filled by one pass over its parameters.
    struct DecodedGroups: Sendable {
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
            cpu == nil && balloon == nil && vcpu == nil && interfaces == nil && blocks == nil
                && perf == nil && ioThreads == nil && dirtyRate == nil && memory == nil && vm == nil
        }
    }

    /// The decoded groups other than `state`, shared by copies of a record.
    final class GroupStorage: @unchecked Sendable {
        // @unchecked: `values` is filled by the one GroupDecoder that made the
        // storage, before any record holds it, and never changed after.
        var values = DecodedGroups()
    }
}
