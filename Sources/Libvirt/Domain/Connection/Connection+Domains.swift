import CLibvirt
import FoundationEssentials
import Glibc

extension Connection {
    // MARK: - Wrapping

    /// Wraps a domain pointer a C call handed over (one reference).
    func wrapDomain(_ pointer: OpaquePointer) -> Domain {
        Domain(TransferredPointer(pointer: pointer), connection: self, executor: lane(nil))
    }

    // MARK: - Lookups

    /// The domain named `name`.
    ///
    /// Throws ``LibvirtError/Code/noDomain`` when there is none.
    ///
    /// Wraps `virDomainLookupByName`.
    public func domain(named name: String) throws(LibvirtError) -> Domain {
        try cString(name, "name", function: "virDomainLookupByName")
        let connection = try handle("virDomainLookupByName")
        return wrapDomain(try check(virDomainLookupByName(connection, name), "virDomainLookupByName"))
    }

    /// The running domain whose hypervisor ID is `id`.
    ///
    /// Wraps `virDomainLookupByID`.
    public func domain(id: Int) throws(LibvirtError) -> Domain {
        let id = try cInt32(id, "id", function: "virDomainLookupByID")
        let connection = try handle("virDomainLookupByID")
        return wrapDomain(try check(virDomainLookupByID(connection, id), "virDomainLookupByID"))
    }

    /// The domain whose UUID is `uuid`.
    ///
    /// Wraps `virDomainLookupByUUID`.
    public func domain(uuid: UUID) throws(LibvirtError) -> Domain {
        let connection = try handle("virDomainLookupByUUID")
        let found = HandleUUID.withBytes(uuid) { virDomainLookupByUUID(connection, $0) }
        return wrapDomain(try check(found, "virDomainLookupByUUID"))
    }

    /// The domain whose UUID is written `uuidString` (with or without dashes, as libvirt accepts).
    ///
    /// Wraps `virDomainLookupByUUIDString`.
    public func domain(uuidString: String) throws(LibvirtError) -> Domain {
        try cString(uuidString, "uuidString", function: "virDomainLookupByUUIDString")
        let connection = try handle("virDomainLookupByUUIDString")
        return wrapDomain(try check(virDomainLookupByUUIDString(connection, uuidString), "virDomainLookupByUUIDString"))
    }

    // MARK: - Listing

    /// The domains that match every group of `flags` (all domains when empty).
    ///
    /// Wraps `virConnectListAllDomains`.
    public func domains(flags: Domain.ListFlags = []) throws(LibvirtError) -> [Domain] {
        let connection = try handle("virConnectListAllDomains")
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virConnectListAllDomains(connection, &list, flags.rawValue), "virConnectListAllDomains")
        return takeHandles(list, count: count) { Domain($0, connection: self, executor: lane(nil)) }
    }

    /// The hypervisor IDs of the running domains.
    ///
    /// Wraps `virConnectNumOfDomains` and `virConnectListDomains`.
    public func activeDomainIDs() throws(LibvirtError) -> [Int] {
        let connection = try handle("virConnectListDomains")
        let capacity = try check(virConnectNumOfDomains(connection), "virConnectNumOfDomains")
        if capacity == 0 { return [] }
        var ids = [Int32](repeating: 0, count: Int(capacity))
        let filled = try check(virConnectListDomains(connection, &ids, capacity), "virConnectListDomains")
        return ids.prefix(Int(filled)).map(Int.init)
    }

    /// The names of the defined domains that are not running.
    ///
    /// Wraps `virConnectNumOfDefinedDomains` and `virConnectListDefinedDomains`.
    public func definedDomainNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListDefinedDomains")
        return try names(
            count: { virConnectNumOfDefinedDomains(connection) }, countFunction: "virConnectNumOfDefinedDomains",
            list: { virConnectListDefinedDomains(connection, $0, $1) }, listFunction: "virConnectListDefinedDomains")
    }

    /// How many domains are running.
    ///
    /// Wraps `virConnectNumOfDomains`.
    public func activeDomainCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfDomains(try handle("virConnectNumOfDomains")), "virConnectNumOfDomains"))
    }

    /// How many defined domains are not running.
    ///
    /// Wraps `virConnectNumOfDefinedDomains`.
    public func definedDomainCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfDefinedDomains(try handle("virConnectNumOfDefinedDomains")),
                      "virConnectNumOfDefinedDomains"))
    }

    // MARK: - Defining and creating

    /// Defines (or redefines) a persistent domain from its XML, without starting it.
    ///
    /// Wraps `virDomainDefineXML` (empty `flags`) or `virDomainDefineXMLFlags`.
    public func defineDomain(xml: String, flags: Domain.DefineFlags = []) throws(LibvirtError) -> Domain {
        try checkedDomainXML(xml, function: "virDomainDefineXML")
        let connection = try handle("virDomainDefineXML")
        if flags.isEmpty {
            return wrapDomain(try check(virDomainDefineXML(connection, xml), "virDomainDefineXML"))
        }
        return wrapDomain(try check(virDomainDefineXMLFlags(connection, xml, flags.rawValue), "virDomainDefineXMLFlags"))
    }

    /// Creates and starts a transient domain from its XML.
    ///
    /// - Parameters:
    ///   - xml: the domain's definition (`<domain>`).
    ///   - flags: ``Domain/CreateFlags/paused`` to leave it paused, ``Domain/CreateFlags/validate``
    ///     to check the XML against libvirt's schema, ...
    ///   - files: file descriptors to hand to the guest (LXC), kept open by the caller;
    ///     when not empty, `virDomainCreateXMLWithFiles` is called.
    ///
    /// Wraps `virDomainCreateXML` or `virDomainCreateXMLWithFiles`.
    public func createDomain(
        xml: String, flags: Domain.CreateFlags = [], files: [Int] = []
    ) throws(LibvirtError) -> Domain {
        try checkedDomainXML(xml, function: "virDomainCreateXML")
        var descriptors = try fileDescriptors(files, function: "virDomainCreateXMLWithFiles")
        let connection = try handle("virDomainCreateXML")
        if files.isEmpty {
            return wrapDomain(try check(virDomainCreateXML(connection, xml, flags.rawValue), "virDomainCreateXML"))
        }
        let created = virDomainCreateXMLWithFiles(
            connection, xml, UInt32(descriptors.count), &descriptors, flags.rawValue)
        return wrapDomain(try check(created, "virDomainCreateXMLWithFiles"))
    }

    // MARK: - Restoring

    /// Restores a domain saved to `path` (by ``Domain/save(to:xml:flags:)``) and starts it.
    ///
    /// - Parameters:
    ///   - path: the file the domain was saved to, on the hypervisor's host.
    ///   - xml: a replacement for the saved domain XML (host-side details only).
    ///   - flags: ``Domain/SaveRestoreFlags/running`` or ``Domain/SaveRestoreFlags/paused``
    ///     to override the state the domain was saved in, ``Domain/SaveRestoreFlags/bypassCache``.
    ///
    /// Wraps `virDomainRestore` (no `xml`, empty `flags`) or `virDomainRestoreFlags`.
    public func restoreDomain(
        from path: String, xml: String? = nil, flags: Domain.SaveRestoreFlags = []
    ) async throws(LibvirtError) {
        try cString(path, "path", function: "virDomainRestore")
        try checkedDomainXML(xml, function: "virDomainRestore")
        let connection = try migrationHandle("virDomainRestore")
        defer { virConnectClose(connection.pointer) }
        try await runLongCall("virDomainRestore") { () throws(LibvirtError) in
            if xml == nil && flags.isEmpty {
                try check(virDomainRestore(connection.pointer, path), "virDomainRestore")
            } else {
                try check(virDomainRestoreFlags(connection.pointer, path, xml, flags.rawValue), "virDomainRestoreFlags")
            }
        }
    }

    /// Restores a saved domain described by typed parameters and starts it.
    ///
    /// Wraps `virDomainRestoreParams`.
    public func restoreDomain(
        _ parameters: Domain.SaveParameters, flags: Domain.SaveRestoreFlags = []
    ) async throws(LibvirtError) {
        let connection = try migrationHandle("virDomainRestoreParams")
        defer { virConnectClose(connection.pointer) }
        try await runLongCall("virDomainRestoreParams") { () throws(LibvirtError) in
            try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
                try check(
                    virDomainRestoreParams(connection.pointer, list, count, flags.rawValue), "virDomainRestoreParams")
            }
        }
    }
}
