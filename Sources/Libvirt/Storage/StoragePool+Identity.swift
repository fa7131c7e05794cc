import CLibvirt
import FoundationEssentials

extension StoragePool {
    // MARK: - Identity

    /// The pool's name.
    ///
    /// Wraps `virStoragePoolGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virStoragePoolGetName(pointer), "virStoragePoolGetName")
    }

    /// The pool's UUID.
    ///
    /// Wraps `virStoragePoolGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virStoragePoolGetUUID") { virStoragePoolGetUUID(pointer, $0) }
    }

    /// The pool's UUID as libvirt spells it (lowercase, with dashes).
    ///
    /// Wraps `virStoragePoolGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virStoragePoolGetUUIDString") { virStoragePoolGetUUIDString(pointer, $0) }
    }

    /// The pool's XML description.
    ///
    /// - Parameter flags: `.inactive` for the definition used at next start.
    ///
    /// Wraps `virStoragePoolGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virStoragePoolGetXMLDesc(pointer, flags.rawValue), "virStoragePoolGetXMLDesc")
    }

    // MARK: - State

    /// Whether the pool is running.
    ///
    /// Wraps `virStoragePoolIsActive`.
    public func isActive() throws(LibvirtError) -> Bool {
        try checkBool(virStoragePoolIsActive(pointer), "virStoragePoolIsActive")
    }

    /// Whether the pool has a persistent definition (it outlives ``destroy()``).
    ///
    /// Wraps `virStoragePoolIsPersistent`.
    public func isPersistent() throws(LibvirtError) -> Bool {
        try checkBool(virStoragePoolIsPersistent(pointer), "virStoragePoolIsPersistent")
    }

    /// Whether the pool starts when the host (or daemon) does.
    ///
    /// Wraps `virStoragePoolGetAutostart`.
    public func autostart() throws(LibvirtError) -> Bool {
        var value: Int32 = 0
        try check(virStoragePoolGetAutostart(pointer, &value), "virStoragePoolGetAutostart")
        return value != 0
    }

    /// Sets whether the pool starts when the host (or daemon) does.
    ///
    /// Wraps `virStoragePoolSetAutostart`.
    public func setAutostart(_ autostart: Bool) throws(LibvirtError) {
        try check(virStoragePoolSetAutostart(pointer, autostart ? 1 : 0), "virStoragePoolSetAutostart")
    }
}
