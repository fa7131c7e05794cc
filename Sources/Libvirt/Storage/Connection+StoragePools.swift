import CLibvirt
import FoundationEssentials

extension Connection {
    // MARK: - Finding pools

    /// The storage pool named `name`.
    ///
    /// Wraps `virStoragePoolLookupByName`.
    public func storagePool(named name: String) throws(LibvirtError) -> StoragePool {
        try cString(name, "name", function: "virStoragePoolLookupByName")
        return wrapPool(try check(
            virStoragePoolLookupByName(try handle("virStoragePoolLookupByName"), name), "virStoragePoolLookupByName"))
    }

    /// The storage pool whose UUID is `uuid`.
    ///
    /// Wraps `virStoragePoolLookupByUUID`.
    public func storagePool(uuid: UUID) throws(LibvirtError) -> StoragePool {
        let connection = try handle("virStoragePoolLookupByUUID")
        let pool = HandleUUID.withBytes(uuid) { virStoragePoolLookupByUUID(connection, $0) }
        return wrapPool(try check(pool, "virStoragePoolLookupByUUID"))
    }

    /// The storage pool whose UUID is spelled `uuidString`.
    ///
    /// Wraps `virStoragePoolLookupByUUIDString`.
    public func storagePool(uuidString: String) throws(LibvirtError) -> StoragePool {
        try cString(uuidString, "uuidString", function: "virStoragePoolLookupByUUIDString")
        return wrapPool(try check(
            virStoragePoolLookupByUUIDString(try handle("virStoragePoolLookupByUUIDString"), uuidString),
            "virStoragePoolLookupByUUIDString"))
    }

    /// The storage pool whose target (its directory, device, ...) is `path`.
    ///
    /// Wraps `virStoragePoolLookupByTargetPath`.
    public func storagePool(targetPath path: String) throws(LibvirtError) -> StoragePool {
        try cString(path, "path", function: "virStoragePoolLookupByTargetPath")
        return wrapPool(try check(
            virStoragePoolLookupByTargetPath(try handle("virStoragePoolLookupByTargetPath"), path),
            "virStoragePoolLookupByTargetPath"))
    }

    // MARK: - Listing pools

    /// The storage pools that match `flags` (all of them, without flags).
    ///
    /// Wraps `virConnectListAllStoragePools`.
    public func storagePools(flags: StoragePool.ListFlags = []) throws(LibvirtError) -> [StoragePool] {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = try check(
            virConnectListAllStoragePools(try handle("virConnectListAllStoragePools"), &list, flags.rawValue),
            "virConnectListAllStoragePools")
        return takeHandles(list, count: count) { wrapPool($0.pointer) }
    }

    /// The names of the running storage pools.
    ///
    /// Wraps `virConnectNumOfStoragePools` and `virConnectListStoragePools`.
    public func activeStoragePoolNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListStoragePools")
        return try names(
            count: { virConnectNumOfStoragePools(connection) }, countFunction: "virConnectNumOfStoragePools",
            list: { virConnectListStoragePools(connection, $0, $1) }, listFunction: "virConnectListStoragePools")
    }

    /// The names of the defined storage pools that are not running.
    ///
    /// Wraps `virConnectNumOfDefinedStoragePools` and `virConnectListDefinedStoragePools`.
    public func definedStoragePoolNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListDefinedStoragePools")
        return try names(
            count: { virConnectNumOfDefinedStoragePools(connection) },
            countFunction: "virConnectNumOfDefinedStoragePools",
            list: { virConnectListDefinedStoragePools(connection, $0, $1) },
            listFunction: "virConnectListDefinedStoragePools")
    }

    /// How many storage pools are running.
    ///
    /// Wraps `virConnectNumOfStoragePools`.
    public func activeStoragePoolCount() throws(LibvirtError) -> Int {
        Int(try check(
            virConnectNumOfStoragePools(try handle("virConnectNumOfStoragePools")), "virConnectNumOfStoragePools"))
    }

    /// How many defined storage pools are not running.
    ///
    /// Wraps `virConnectNumOfDefinedStoragePools`.
    public func definedStoragePoolCount() throws(LibvirtError) -> Int {
        Int(try check(
            virConnectNumOfDefinedStoragePools(try handle("virConnectNumOfDefinedStoragePools")),
            "virConnectNumOfDefinedStoragePools"))
    }

    // MARK: - Defining and creating pools

    /// Defines a persistent storage pool from its XML description, without starting it.
    ///
    /// Wraps `virStoragePoolDefineXML`.
    public func defineStoragePool(xml: String, flags: StoragePool.DefineFlags = []) throws(LibvirtError) -> StoragePool {
        try cString(xml, "xml", function: "virStoragePoolDefineXML")
        return wrapPool(try check(
            virStoragePoolDefineXML(try handle("virStoragePoolDefineXML"), xml, flags.rawValue),
            "virStoragePoolDefineXML"))
    }

    /// Creates and starts a transient storage pool from its XML description.
    ///
    /// Wraps `virStoragePoolCreateXML`.
    public func createStoragePool(xml: String, flags: StoragePool.CreateFlags = []) throws(LibvirtError) -> StoragePool {
        try cString(xml, "xml", function: "virStoragePoolCreateXML")
        return wrapPool(try check(
            virStoragePoolCreateXML(try handle("virStoragePoolCreateXML"), xml, flags.rawValue),
            "virStoragePoolCreateXML"))
    }

    // MARK: - Finding volumes

    /// The storage volume whose key is `key`, in whichever pool holds it.
    ///
    /// Wraps `virStorageVolLookupByKey`.
    public func storageVolume(key: String) throws(LibvirtError) -> StorageVolume {
        try cString(key, "key", function: "virStorageVolLookupByKey")
        return wrapVolume(try check(
            virStorageVolLookupByKey(try handle("virStorageVolLookupByKey"), key), "virStorageVolLookupByKey"))
    }

    /// The storage volume at `path` on the host, in whichever pool holds it.
    ///
    /// Wraps `virStorageVolLookupByPath`.
    public func storageVolume(path: String) throws(LibvirtError) -> StorageVolume {
        try cString(path, "path", function: "virStorageVolLookupByPath")
        return wrapVolume(try check(
            virStorageVolLookupByPath(try handle("virStorageVolLookupByPath"), path), "virStorageVolLookupByPath"))
    }

    // MARK: - Storage on the host

    /// Discovers the sources a pool of `type` could use on the host (the
    /// volume groups, NFS exports, iSCSI targets, ... it sees), as a
    /// `<sources>` XML document.
    ///
    /// - Parameters:
    ///   - type: the pool type, such as `"logical"` or `"netfs"`.
    ///   - sourceSpec: a `<source>` XML element narrowing the search (the
    ///     host to ask, for network pools), or nil.
    ///
    /// Wraps `virConnectFindStoragePoolSources`.
    public func findStoragePoolSources(type: String, sourceSpec: String? = nil) throws(LibvirtError) -> String {
        try cString(type, "type", function: "virConnectFindStoragePoolSources")
        try cString(sourceSpec, "sourceSpec", function: "virConnectFindStoragePoolSources")
        return try takeString(
            virConnectFindStoragePoolSources(
                try handle("virConnectFindStoragePoolSources"), type, sourceSpec, 0),
            "virConnectFindStoragePoolSources")
    }

    /// What the storage driver supports (pool types, volume formats), as a
    /// `<storagepoolCapabilities>` XML document.
    ///
    /// Wraps `virConnectGetStoragePoolCapabilities`.
    public func storagePoolCapabilities() throws(LibvirtError) -> String {
        try takeString(
            virConnectGetStoragePoolCapabilities(try handle("virConnectGetStoragePoolCapabilities"), 0),
            "virConnectGetStoragePoolCapabilities")
    }

    // MARK: - Handles

    /// Wraps a pool reference the caller owns in an actor of this connection.
    private func wrapPool(_ pool: OpaquePointer) -> StoragePool {
        StoragePool(TransferredPointer(pointer: pool), connection: self, executor: lane(nil))
    }

    /// Wraps a volume reference the caller owns in an actor of this connection.
    private func wrapVolume(_ volume: OpaquePointer) -> StorageVolume {
        StorageVolume(TransferredPointer(pointer: volume), connection: self, executor: lane(nil))
    }
}
