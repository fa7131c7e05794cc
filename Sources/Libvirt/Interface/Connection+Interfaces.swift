import CLibvirt

extension Connection {
    // MARK: - Looking up an interface

    /// The host interface named `name`, such as `eth0`.
    ///
    /// Wraps `virInterfaceLookupByName`.
    public func interface(named name: String) throws(LibvirtError) -> Interface {
        try cString(name, "name", function: "virInterfaceLookupByName")
        let connection = try handle("virInterfaceLookupByName")
        return makeInterface(try check(virInterfaceLookupByName(connection, name), "virInterfaceLookupByName"))
    }

    /// The host interface whose MAC address is `macAddress` (such as
    /// `"52:54:00:12:34:56"`).
    ///
    /// Wraps `virInterfaceLookupByMACString`.
    public func interface(macAddress: String) throws(LibvirtError) -> Interface {
        try cString(macAddress, "macAddress", function: "virInterfaceLookupByMACString")
        let connection = try handle("virInterfaceLookupByMACString")
        return makeInterface(try check(virInterfaceLookupByMACString(connection, macAddress), "virInterfaceLookupByMACString"))
    }

    // MARK: - Listing interfaces

    /// The host interfaces, filtered by `flags` (all of them when it is empty).
    ///
    /// Wraps `virConnectListAllInterfaces`.
    public func interfaces(flags: Interface.ListFlags = []) throws(LibvirtError) -> [Interface] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virConnectListAllInterfaces(try handle("virConnectListAllInterfaces"), &list, flags.rawValue),
            "virConnectListAllInterfaces")
        return takeHandles(list, count: count) { Interface($0, connection: self, executor: lane(nil)) }
    }

    /// The names of the active host interfaces.
    ///
    /// Wraps `virConnectNumOfInterfaces` and `virConnectListInterfaces`.
    public func activeInterfaceNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListInterfaces")
        return try names(
            count: { virConnectNumOfInterfaces(connection) }, countFunction: "virConnectNumOfInterfaces",
            list: { virConnectListInterfaces(connection, $0, $1) }, listFunction: "virConnectListInterfaces")
    }

    /// The names of the defined but inactive host interfaces.
    ///
    /// Wraps `virConnectNumOfDefinedInterfaces` and `virConnectListDefinedInterfaces`.
    public func definedInterfaceNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListDefinedInterfaces")
        return try names(
            count: { virConnectNumOfDefinedInterfaces(connection) }, countFunction: "virConnectNumOfDefinedInterfaces",
            list: { virConnectListDefinedInterfaces(connection, $0, $1) },
            listFunction: "virConnectListDefinedInterfaces")
    }

    /// How many host interfaces are active.
    ///
    /// Wraps `virConnectNumOfInterfaces`.
    public func activeInterfaceCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfInterfaces(try handle("virConnectNumOfInterfaces")), "virConnectNumOfInterfaces"))
    }

    /// How many host interfaces are defined but inactive.
    ///
    /// Wraps `virConnectNumOfDefinedInterfaces`.
    public func definedInterfaceCount() throws(LibvirtError) -> Int {
        Int(try check(
            virConnectNumOfDefinedInterfaces(try handle("virConnectNumOfDefinedInterfaces")),
            "virConnectNumOfDefinedInterfaces"))
    }

    // MARK: - Defining interfaces

    /// Defines a host interface from its XML, without starting it (or changes
    /// the definition of an existing one).
    ///
    /// Wraps `virInterfaceDefineXML`.
    public func defineInterface(xml: String, flags: Interface.DefineFlags = []) throws(LibvirtError) -> Interface {
        try cString(xml, "xml", function: "virInterfaceDefineXML")
        let connection = try handle("virInterfaceDefineXML")
        return makeInterface(try check(virInterfaceDefineXML(connection, xml, flags.rawValue), "virInterfaceDefineXML"))
    }

    // MARK: - Transactions on the host's network configuration

    /// Saves the host's current interface configuration, so that the changes
    /// made from now on can be committed or rolled back as one.
    ///
    /// Wraps `virInterfaceChangeBegin`.
    public func beginInterfaceChange() throws(LibvirtError) {
        try check(virInterfaceChangeBegin(try handle("virInterfaceChangeBegin"), 0), "virInterfaceChangeBegin")
    }

    /// Keeps the interface changes made since ``beginInterfaceChange()``.
    ///
    /// Wraps `virInterfaceChangeCommit`.
    public func commitInterfaceChange() throws(LibvirtError) {
        try check(virInterfaceChangeCommit(try handle("virInterfaceChangeCommit"), 0), "virInterfaceChangeCommit")
    }

    /// Restores the interface configuration saved by ``beginInterfaceChange()``.
    ///
    /// Wraps `virInterfaceChangeRollback`.
    public func rollbackInterfaceChange() throws(LibvirtError) {
        try check(virInterfaceChangeRollback(try handle("virInterfaceChangeRollback"), 0), "virInterfaceChangeRollback")
    }

    // MARK: - Wrapping

    /// Hands one reference to a C interface to a new actor.
    private func makeInterface(_ interface: OpaquePointer) -> Interface {
        Interface(TransferredPointer(pointer: interface), connection: self, executor: lane(nil))
    }
}
