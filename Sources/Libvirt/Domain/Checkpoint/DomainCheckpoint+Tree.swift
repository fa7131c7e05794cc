import CLibvirt

extension DomainCheckpoint {
    // MARK: - Identity

    /// The checkpoint's name.
    ///
    /// Wraps `virDomainCheckpointGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virDomainCheckpointGetName(pointer), "virDomainCheckpointGetName")
    }

    /// The checkpoint's XML description (with ``XMLFlags/size``, the size of the
    /// data changed since it was taken).
    ///
    /// Wraps `virDomainCheckpointGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virDomainCheckpointGetXMLDesc(pointer, flags.rawValue), "virDomainCheckpointGetXMLDesc")
    }

    /// The domain the checkpoint belongs to, as a new ``Domain`` actor.
    ///
    /// Wraps `virDomainCheckpointGetDomain` and `virDomainRef`.
    public func domain() throws(LibvirtError) -> Domain {
        let domain = try check(virDomainCheckpointGetDomain(pointer), "virDomainCheckpointGetDomain")
        try check(virDomainRef(domain), "virDomainRef")
        return Domain(TransferredPointer(pointer: domain), connection: connection, executor: connection.lane(nil))
    }

    // MARK: - The checkpoint tree

    /// The checkpoint this one was taken after.
    ///
    /// - Throws: ``LibvirtError`` with code `.noDomainCheckpoint` for a root checkpoint.
    ///
    /// Wraps `virDomainCheckpointGetParent`.
    public func parent() throws(LibvirtError) -> DomainCheckpoint {
        let parent = try check(virDomainCheckpointGetParent(pointer, 0), "virDomainCheckpointGetParent")
        return DomainCheckpoint(TransferredPointer(pointer: parent), connection: connection, executor: connection.lane(nil))
    }

    /// The checkpoints taken after this one that `flags` selects (direct children
    /// by default; ``ListFlags/descendants`` for all).
    ///
    /// Wraps `virDomainCheckpointListAllChildren`.
    public func children(flags: ListFlags = []) throws(LibvirtError) -> [DomainCheckpoint] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virDomainCheckpointListAllChildren(pointer, &list, flags.rawValue), "virDomainCheckpointListAllChildren")
        return takeHandles(list, count: count) {
            DomainCheckpoint($0, connection: connection, executor: connection.lane(nil))
        }
    }

    // MARK: - Deleting

    /// Deletes the checkpoint (and, with ``DeleteFlags/children``, those taken after it).
    ///
    /// Wraps `virDomainCheckpointDelete`.
    public func delete(flags: DeleteFlags = []) throws(LibvirtError) {
        try check(virDomainCheckpointDelete(pointer, flags.rawValue), "virDomainCheckpointDelete")
    }
}
