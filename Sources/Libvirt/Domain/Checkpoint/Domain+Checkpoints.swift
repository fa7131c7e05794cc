import CLibvirt

extension Domain {
    // MARK: - Creating checkpoints

    /// Creates a checkpoint described by `xml` (a `<domaincheckpoint>` element;
    /// the default makes one with a generated name covering every disk).
    ///
    /// Wraps `virDomainCheckpointCreateXML`.
    public func createCheckpoint(
        _ xml: String = "<domaincheckpoint/>", flags: DomainCheckpoint.CreateFlags = []
    ) throws(LibvirtError) -> DomainCheckpoint {
        try cString(xml, "xml", function: "virDomainCheckpointCreateXML")
        let checkpoint = try check(
            virDomainCheckpointCreateXML(pointer, xml, flags.rawValue), "virDomainCheckpointCreateXML")
        return wrapCheckpoint(checkpoint)
    }

    // MARK: - Finding checkpoints

    /// The domain's checkpoints that `flags` selects (all of them by default).
    ///
    /// Wraps `virDomainListAllCheckpoints`.
    public func checkpoints(flags: DomainCheckpoint.ListFlags = []) throws(LibvirtError) -> [DomainCheckpoint] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virDomainListAllCheckpoints(pointer, &list, flags.rawValue), "virDomainListAllCheckpoints")
        return takeHandles(list, count: count) {
            DomainCheckpoint($0, connection: connection, executor: connection.lane(nil))
        }
    }

    /// The checkpoint named `name`.
    ///
    /// Wraps `virDomainCheckpointLookupByName`.
    public func checkpoint(named name: String) throws(LibvirtError) -> DomainCheckpoint {
        try cString(name, "name", function: "virDomainCheckpointLookupByName")
        return wrapCheckpoint(try check(virDomainCheckpointLookupByName(pointer, name, 0), "virDomainCheckpointLookupByName"))
    }

    // MARK: - Wrapping

    /// Takes over one checkpoint reference.
    func wrapCheckpoint(_ checkpoint: OpaquePointer) -> DomainCheckpoint {
        DomainCheckpoint(TransferredPointer(pointer: checkpoint), connection: connection, executor: connection.lane(nil))
    }
}
