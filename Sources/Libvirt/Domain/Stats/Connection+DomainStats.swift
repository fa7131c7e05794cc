import CLibvirt
import Glibc

extension Connection {
    // MARK: - Statistics of many domains at once

    /// The statistics of every domain that `flags` selects (all of them by default),
    /// in one call.
    ///
    /// - Parameters:
    ///   - groups: the groups to report; empty asks for every group the driver supports.
    ///   - flags: which domains (``DomainStatsFlags/active``, ``DomainStatsFlags/running``,
    ///     ...), ``DomainStatsFlags/backing`` for backing images,
    ///     ``DomainStatsFlags/enforceStats`` to fail on a group the driver lacks.
    ///   - domainHandles: whether each record carries a ``Domain`` actor (which takes
    ///     over the record's libvirt reference); false makes no actors, cheaper when
    ///     thousands of records are polled: the records still give each domain's name
    ///     and UUID, and hold libvirt's references to their domains until the last
    ///     of them is released.
    ///
    /// The records share libvirt's list, which keeps every record's parameters in
    /// C until the last record is released: the typed groups are decoded from it
    /// at once, and a record's ``DomainStatsRecord/parameters`` are copied into
    /// Swift the first time they are read.
    ///
    /// Wraps `virConnectGetAllDomainStats` and `virDomainStatsRecordListFree`.
    public func allDomainStats(
        _ groups: DomainStatsRecord.Groups = [], flags: DomainStatsFlags = [], domainHandles: Bool = true
    ) throws(LibvirtError) -> [DomainStatsRecord] {
        var records: UnsafeMutablePointer<virDomainStatsRecordPtr?>? = nil
        let count = try check(
            virConnectGetAllDomainStats(
                try handle("virConnectGetAllDomainStats"), groups.rawValue, &records, flags.rawValue),
            "virConnectGetAllDomainStats")
        return takeStatsRecords(records, count: Int(count), domainHandles: domainHandles)
    }

    /// The statistics of the given domains, in one call.
    ///
    /// - Parameters:
    ///   - domains: domains of this connection.
    ///   - groups: the groups to report; empty asks for every group the driver supports.
    ///   - flags: ``DomainStatsFlags/backing``, ``DomainStatsFlags/enforceStats``
    ///     or ``DomainStatsFlags/noWait`` (the flags that select domains do not apply here).
    ///   - domainHandles: whether each record carries a new ``Domain`` actor; false gives
    ///     names and UUIDs only, as for ``allDomainStats(_:flags:domainHandles:)``.
    ///
    /// Wraps `virDomainListGetStats` and `virDomainStatsRecordListFree`.
    public func domainStats(
        for domains: [Domain], groups: DomainStatsRecord.Groups = [], flags: DomainStatsFlags = [],
        domainHandles: Bool = true
    ) throws(LibvirtError) -> [DomainStatsRecord] {
        _ = try handle("virDomainListGetStats")
        var pointers: [OpaquePointer?] = domains.map(\.pointer)
        pointers.append(nil)
        var records: UnsafeMutablePointer<virDomainStatsRecordPtr?>? = nil
        let count = try withExtendedLifetime(domains) { () throws(LibvirtError) -> Int32 in
            try check(
                pointers.withUnsafeMutableBufferPointer { list in
                    virDomainListGetStats(list.baseAddress, groups.rawValue, &records, flags.rawValue)
                }, "virDomainListGetStats")
        }
        return takeStatsRecords(records, count: Int(count), domainHandles: domainHandles)
    }

    // MARK: - Decoding

    /// Decodes `count` C records into Swift ones, each in one pass over its
    /// parameters, which stay in the C list: the records keep the list (and
    /// with it the parameters) alive until the last of them is released, and
    /// copy a record's parameters only when they are read.
    ///
    /// With `domainHandles`, each record's domain reference is handed over to a
    /// ``Domain`` actor rather than taken anew and released: `virDomainRef` and
    /// `virDomainFree` each format the domain's UUID for their debug log line
    /// (about 0.5 µs), which doubled the cost of a 200-domain poll. The record's
    /// `dom` is then cleared, so that `virDomainStatsRecordListFree` releases no
    /// reference twice (it passes over a NULL domain); the record's name is read
    /// first and its UUID is the actor's.
    ///
    /// Without, the list also holds the domains, and each record reads its name
    /// and UUID from its C record only when asked (`virDomainGetUUID` formats
    /// the UUID too).
    ///
    /// Wraps `virDomainStatsRecordListFree` and `virDomainGetName`.
    private func takeStatsRecords(
        _ records: UnsafeMutablePointer<virDomainStatsRecordPtr?>?, count: Int, domainHandles: Bool
    ) -> [DomainStatsRecord] {
        guard let records else { return [] }
        let list = StatsRecordList(records, connection: self)
        var result: [DomainStatsRecord] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard let record = records[index], let dom = record.pointee.dom else { continue }
            if domainHandles {
                let name = list.name(at: index)
                let domain = Domain(TransferredPointer(pointer: dom), connection: self, executor: lane(nil))
                record.pointee.dom = nil
                result.append(DomainStatsRecord(domain: domain, list: list, index: index, name: name))
            } else {
                result.append(DomainStatsRecord(domain: nil, list: list, index: index, name: nil))
            }
        }
        virResetLastError()
        return result
    }
}
