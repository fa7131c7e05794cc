import CLibvirt

extension DomainSnapshot {
    // MARK: - Identity

    /// The snapshot's name.
    ///
    /// Wraps `virDomainSnapshotGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virDomainSnapshotGetName(pointer), "virDomainSnapshotGetName")
    }

    /// The snapshot's XML description.
    ///
    /// Wraps `virDomainSnapshotGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virDomainSnapshotGetXMLDesc(pointer, flags.rawValue), "virDomainSnapshotGetXMLDesc")
    }

    /// The domain the snapshot belongs to, as a new ``Domain`` actor.
    ///
    /// Wraps `virDomainSnapshotGetDomain` and `virDomainRef`.
    public func domain() throws(LibvirtError) -> Domain {
        let domain = try check(virDomainSnapshotGetDomain(pointer), "virDomainSnapshotGetDomain")
        try check(virDomainRef(domain), "virDomainRef")
        return Domain(TransferredPointer(pointer: domain), connection: connection, executor: connection.lane(nil))
    }

    /// Whether this is the domain's current snapshot.
    ///
    /// Wraps `virDomainSnapshotIsCurrent`.
    public func isCurrent() throws(LibvirtError) -> Bool {
        try checkBool(virDomainSnapshotIsCurrent(pointer, 0), "virDomainSnapshotIsCurrent")
    }

    /// Whether libvirt keeps metadata for the snapshot (false for one that only
    /// exists in the disk images).
    ///
    /// Wraps `virDomainSnapshotHasMetadata`.
    public func hasMetadata() throws(LibvirtError) -> Bool {
        try checkBool(virDomainSnapshotHasMetadata(pointer, 0), "virDomainSnapshotHasMetadata")
    }

    // MARK: - The snapshot tree

    /// The snapshot this one was taken after.
    ///
    /// - Throws: ``LibvirtError`` with code `.noDomainSnapshot` for a root snapshot.
    ///
    /// Wraps `virDomainSnapshotGetParent`.
    public func parent() throws(LibvirtError) -> DomainSnapshot {
        let parent = try check(virDomainSnapshotGetParent(pointer, 0), "virDomainSnapshotGetParent")
        return DomainSnapshot(TransferredPointer(pointer: parent), connection: connection, executor: connection.lane(nil))
    }

    /// The snapshots taken after this one that `flags` selects (direct children by
    /// default; ``ListFlags/descendants`` for all).
    ///
    /// Wraps `virDomainSnapshotListAllChildren`.
    public func children(flags: ListFlags = []) throws(LibvirtError) -> [DomainSnapshot] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virDomainSnapshotListAllChildren(pointer, &list, flags.rawValue), "virDomainSnapshotListAllChildren")
        return takeHandles(list, count: count) { DomainSnapshot($0, connection: connection, executor: connection.lane(nil)) }
    }

    /// The names of the children that `flags` selects.
    ///
    /// Wraps `virDomainSnapshotNumChildren` and `virDomainSnapshotListChildrenNames`.
    public func childNames(flags: ListFlags = []) throws(LibvirtError) -> [String] {
        try names(
            count: { virDomainSnapshotNumChildren(pointer, flags.rawValue) },
            countFunction: "virDomainSnapshotNumChildren",
            list: { virDomainSnapshotListChildrenNames(pointer, $0, $1, flags.rawValue) },
            listFunction: "virDomainSnapshotListChildrenNames")
    }

    /// How many children `flags` selects.
    ///
    /// Wraps `virDomainSnapshotNumChildren`.
    public func childCount(flags: ListFlags = []) throws(LibvirtError) -> Int {
        Int(try check(virDomainSnapshotNumChildren(pointer, flags.rawValue), "virDomainSnapshotNumChildren"))
    }

    // MARK: - Reverting and deleting

    /// Reverts the domain to this snapshot: its disks, and its memory and run
    /// state when the snapshot has them.
    ///
    /// Wraps `virDomainRevertToSnapshot`.
    public func revert(flags: RevertFlags = []) throws(LibvirtError) {
        try check(virDomainRevertToSnapshot(pointer, flags.rawValue), "virDomainRevertToSnapshot")
    }

    /// Deletes the snapshot (and, with ``DeleteFlags/children``, those taken after it).
    /// The actor stays valid but refers to a snapshot that no longer exists.
    ///
    /// Wraps `virDomainSnapshotDelete`.
    public func delete(flags: DeleteFlags = []) throws(LibvirtError) {
        try check(virDomainSnapshotDelete(pointer, flags.rawValue), "virDomainSnapshotDelete")
    }
}
