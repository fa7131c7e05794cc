import CLibvirt

extension Domain {
    // MARK: - Creating snapshots

    /// Takes a snapshot described by `xml` (a `<domainsnapshot>` element; the
    /// default takes one with a generated name).
    ///
    /// Wraps `virDomainSnapshotCreateXML`.
    public func createSnapshot(
        _ xml: String = "<domainsnapshot/>", flags: DomainSnapshot.CreateFlags = []
    ) throws(LibvirtError) -> DomainSnapshot {
        try cString(xml, "xml", function: "virDomainSnapshotCreateXML")
        let snapshot = try check(virDomainSnapshotCreateXML(pointer, xml, flags.rawValue), "virDomainSnapshotCreateXML")
        return wrapSnapshot(snapshot)
    }

    // MARK: - Finding snapshots

    /// The domain's snapshots that `flags` selects (all of them by default).
    ///
    /// Wraps `virDomainListAllSnapshots`.
    public func snapshots(flags: DomainSnapshot.ListFlags = []) throws(LibvirtError) -> [DomainSnapshot] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virDomainListAllSnapshots(pointer, &list, flags.rawValue), "virDomainListAllSnapshots")
        return takeHandles(list, count: count) { DomainSnapshot($0, connection: connection, executor: connection.lane(nil)) }
    }

    /// The names of the domain's snapshots that `flags` selects.
    ///
    /// Wraps `virDomainSnapshotNum` and `virDomainSnapshotListNames`.
    public func snapshotNames(flags: DomainSnapshot.ListFlags = []) throws(LibvirtError) -> [String] {
        try names(
            count: { virDomainSnapshotNum(pointer, flags.rawValue) }, countFunction: "virDomainSnapshotNum",
            list: { virDomainSnapshotListNames(pointer, $0, $1, flags.rawValue) },
            listFunction: "virDomainSnapshotListNames")
    }

    /// How many snapshots `flags` selects.
    ///
    /// Wraps `virDomainSnapshotNum`.
    public func snapshotCount(flags: DomainSnapshot.ListFlags = []) throws(LibvirtError) -> Int {
        Int(try check(virDomainSnapshotNum(pointer, flags.rawValue), "virDomainSnapshotNum"))
    }

    /// The snapshot named `name`.
    ///
    /// Wraps `virDomainSnapshotLookupByName`.
    public func snapshot(named name: String) throws(LibvirtError) -> DomainSnapshot {
        try cString(name, "name", function: "virDomainSnapshotLookupByName")
        return wrapSnapshot(try check(virDomainSnapshotLookupByName(pointer, name, 0), "virDomainSnapshotLookupByName"))
    }

    /// The current snapshot (the one the domain was last reverted to or took).
    ///
    /// - Throws: ``LibvirtError`` with code `.noDomainSnapshot` when there is none.
    ///
    /// Wraps `virDomainSnapshotCurrent`.
    public func currentSnapshot() throws(LibvirtError) -> DomainSnapshot {
        wrapSnapshot(try check(virDomainSnapshotCurrent(pointer, 0), "virDomainSnapshotCurrent"))
    }

    /// Whether the domain has a current snapshot.
    ///
    /// Wraps `virDomainHasCurrentSnapshot`.
    public func hasCurrentSnapshot() throws(LibvirtError) -> Bool {
        try checkBool(virDomainHasCurrentSnapshot(pointer, 0), "virDomainHasCurrentSnapshot")
    }

    // MARK: - Wrapping

    /// Takes over one snapshot reference.
    func wrapSnapshot(_ snapshot: OpaquePointer) -> DomainSnapshot {
        DomainSnapshot(TransferredPointer(pointer: snapshot), connection: connection, executor: connection.lane(nil))
    }
}
