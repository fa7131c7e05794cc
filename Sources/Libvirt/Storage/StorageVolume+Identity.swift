import CLibvirt

extension StorageVolume {
    // MARK: - Identity

    /// The volume's name, unique in its pool.
    ///
    /// Wraps `virStorageVolGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virStorageVolGetName(pointer), "virStorageVolGetName")
    }

    /// The volume's key, unique on the host (often its path).
    ///
    /// Wraps `virStorageVolGetKey`.
    public func key() throws(LibvirtError) -> String {
        try borrowString(virStorageVolGetKey(pointer), "virStorageVolGetKey")
    }

    /// The volume's path on the host, as a guest's disk would name it.
    ///
    /// Wraps `virStorageVolGetPath`.
    public func path() throws(LibvirtError) -> String {
        try takeString(virStorageVolGetPath(pointer), "virStorageVolGetPath")
    }

    /// The volume's XML description.
    ///
    /// Wraps `virStorageVolGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virStorageVolGetXMLDesc(pointer, 0), "virStorageVolGetXMLDesc")
    }

    /// The pool that holds the volume.
    ///
    /// Wraps `virStoragePoolLookupByVolume`.
    public func pool() throws(LibvirtError) -> StoragePool {
        let pool = try check(virStoragePoolLookupByVolume(pointer), "virStoragePoolLookupByVolume")
        return StoragePool(TransferredPointer(pointer: pool), connection: connection, executor: connection.lane(nil))
    }
}
