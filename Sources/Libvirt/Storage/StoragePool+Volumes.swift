import CLibvirt

extension StoragePool {
    // MARK: - Creating volumes

    /// Creates a volume in the pool from its XML description.
    ///
    /// Wraps `virStorageVolCreateXML`.
    public func createVolume(xml: String, flags: StorageVolume.CreateFlags = []) throws(LibvirtError) -> StorageVolume {
        try cString(xml, "xml", function: "virStorageVolCreateXML")
        return wrap(try check(virStorageVolCreateXML(pointer, xml, flags.rawValue), "virStorageVolCreateXML"))
    }

    /// Creates a volume in the pool from its XML description, filled with a
    /// copy of `source` (which may live in another pool of the same connection).
    ///
    /// Wraps `virStorageVolCreateXMLFrom`.
    public func createVolume(
        xml: String, from source: StorageVolume, flags: StorageVolume.CreateFlags = []
    ) throws(LibvirtError) -> StorageVolume {
        try cString(xml, "xml", function: "virStorageVolCreateXMLFrom")
        return wrap(try check(
            virStorageVolCreateXMLFrom(pointer, xml, source.pointer, flags.rawValue), "virStorageVolCreateXMLFrom"))
    }

    // MARK: - Finding volumes

    /// The pool's volume named `name`.
    ///
    /// Wraps `virStorageVolLookupByName`.
    public func volume(named name: String) throws(LibvirtError) -> StorageVolume {
        try cString(name, "name", function: "virStorageVolLookupByName")
        return wrap(try check(virStorageVolLookupByName(pointer, name), "virStorageVolLookupByName"))
    }

    /// Every volume of the pool.
    ///
    /// Wraps `virStoragePoolListAllVolumes`.
    public func volumes() throws(LibvirtError) -> [StorageVolume] {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = try check(virStoragePoolListAllVolumes(pointer, &list, 0), "virStoragePoolListAllVolumes")
        return takeHandles(list, count: count) { wrap($0.pointer) }
    }

    /// The names of the pool's volumes.
    ///
    /// Wraps `virStoragePoolNumOfVolumes` and `virStoragePoolListVolumes`.
    public func volumeNames() throws(LibvirtError) -> [String] {
        let pool = pointer
        return try names(
            count: { virStoragePoolNumOfVolumes(pool) }, countFunction: "virStoragePoolNumOfVolumes",
            list: { virStoragePoolListVolumes(pool, $0, $1) }, listFunction: "virStoragePoolListVolumes")
    }

    /// How many volumes the pool holds.
    ///
    /// Wraps `virStoragePoolNumOfVolumes`.
    public func volumeCount() throws(LibvirtError) -> Int {
        Int(try check(virStoragePoolNumOfVolumes(pointer), "virStoragePoolNumOfVolumes"))
    }

    // MARK: - Handles

    /// Wraps a volume reference the caller owns in an actor of this connection.
    private func wrap(_ volume: OpaquePointer) -> StorageVolume {
        StorageVolume(TransferredPointer(pointer: volume), connection: connection, executor: connection.lane(nil))
    }
}
