import CLibvirt
import FoundationEssentials

extension Connection {
    // MARK: - Looking up a network

    /// The network named `name`.
    ///
    /// Wraps `virNetworkLookupByName`.
    public func network(named name: String) throws(LibvirtError) -> Network {
        try cString(name, "name", function: "virNetworkLookupByName")
        let network = try check(virNetworkLookupByName(try handle("virNetworkLookupByName"), name), "virNetworkLookupByName")
        return makeNetwork(network)
    }

    /// The network whose UUID is `uuid`.
    ///
    /// Wraps `virNetworkLookupByUUID`.
    public func network(uuid: UUID) throws(LibvirtError) -> Network {
        let connection = try handle("virNetworkLookupByUUID")
        let network = HandleUUID.withBytes(uuid) { virNetworkLookupByUUID(connection, $0) }
        return makeNetwork(try check(network, "virNetworkLookupByUUID"))
    }

    /// The network whose UUID is written `uuidString` (libvirt accepts it with
    /// or without dashes).
    ///
    /// Wraps `virNetworkLookupByUUIDString`.
    public func network(uuidString: String) throws(LibvirtError) -> Network {
        try cString(uuidString, "uuidString", function: "virNetworkLookupByUUIDString")
        let connection = try handle("virNetworkLookupByUUIDString")
        let network = try check(virNetworkLookupByUUIDString(connection, uuidString), "virNetworkLookupByUUIDString")
        return makeNetwork(network)
    }

    // MARK: - Listing networks

    /// The networks, filtered by `flags` (all of them when it is empty).
    ///
    /// Wraps `virConnectListAllNetworks`.
    public func networks(flags: Network.ListFlags = []) throws(LibvirtError) -> [Network] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virConnectListAllNetworks(try handle("virConnectListAllNetworks"), &list, flags.rawValue),
            "virConnectListAllNetworks")
        return takeHandles(list, count: count) { Network($0, connection: self, executor: lane(nil)) }
    }

    /// The names of the active networks.
    ///
    /// Wraps `virConnectNumOfNetworks` and `virConnectListNetworks`.
    public func activeNetworkNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListNetworks")
        return try names(
            count: { virConnectNumOfNetworks(connection) }, countFunction: "virConnectNumOfNetworks",
            list: { virConnectListNetworks(connection, $0, $1) }, listFunction: "virConnectListNetworks")
    }

    /// The names of the defined (persistent, inactive) networks.
    ///
    /// Wraps `virConnectNumOfDefinedNetworks` and `virConnectListDefinedNetworks`.
    public func definedNetworkNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListDefinedNetworks")
        return try names(
            count: { virConnectNumOfDefinedNetworks(connection) }, countFunction: "virConnectNumOfDefinedNetworks",
            list: { virConnectListDefinedNetworks(connection, $0, $1) }, listFunction: "virConnectListDefinedNetworks")
    }

    /// How many networks are active.
    ///
    /// Wraps `virConnectNumOfNetworks`.
    public func activeNetworkCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfNetworks(try handle("virConnectNumOfNetworks")), "virConnectNumOfNetworks"))
    }

    /// How many networks are defined but inactive.
    ///
    /// Wraps `virConnectNumOfDefinedNetworks`.
    public func definedNetworkCount() throws(LibvirtError) -> Int {
        Int(try check(
            virConnectNumOfDefinedNetworks(try handle("virConnectNumOfDefinedNetworks")), "virConnectNumOfDefinedNetworks"))
    }

    // MARK: - Defining and creating networks

    /// Defines a persistent network from its XML, without starting it (or
    /// changes the definition of an existing one).
    ///
    /// With no flags this calls `virNetworkDefineXML`, which daemons older than
    /// libvirt 7.7 also answer.
    ///
    /// Wraps `virNetworkDefineXML` and `virNetworkDefineXMLFlags`.
    public func defineNetwork(xml: String, flags: Network.DefineFlags = []) throws(LibvirtError) -> Network {
        try cString(xml, "xml", function: "virNetworkDefineXML")
        let connection = try handle("virNetworkDefineXML")
        let network =
            flags.isEmpty
            ? try check(virNetworkDefineXML(connection, xml), "virNetworkDefineXML")
            : try check(virNetworkDefineXMLFlags(connection, xml, flags.rawValue), "virNetworkDefineXMLFlags")
        return makeNetwork(network)
    }

    /// Creates and starts a transient network from its XML: it goes away when destroyed.
    ///
    /// With no flags this calls `virNetworkCreateXML`, which daemons older than
    /// libvirt 7.8 also answer.
    ///
    /// Wraps `virNetworkCreateXML` and `virNetworkCreateXMLFlags`.
    public func createNetwork(xml: String, flags: Network.CreateFlags = []) throws(LibvirtError) -> Network {
        try cString(xml, "xml", function: "virNetworkCreateXML")
        let connection = try handle("virNetworkCreateXML")
        let network =
            flags.isEmpty
            ? try check(virNetworkCreateXML(connection, xml), "virNetworkCreateXML")
            : try check(virNetworkCreateXMLFlags(connection, xml, flags.rawValue), "virNetworkCreateXMLFlags")
        return makeNetwork(network)
    }

    // MARK: - Wrapping

    /// Hands one reference to a C network to a new actor.
    private func makeNetwork(_ network: OpaquePointer) -> Network {
        Network(TransferredPointer(pointer: network), connection: self, executor: lane(nil))
    }
}
