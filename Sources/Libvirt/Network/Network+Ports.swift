import CLibvirt
import FoundationEssentials

extension Network {
    // MARK: - Creating ports

    /// Creates a port on this running network from its XML (a `<networkport>`
    /// with its UUID, owner, MAC address and optional bandwidth), the way a
    /// guest's interface plugs into it.
    ///
    /// Wraps `virNetworkPortCreateXML`.
    public func createPort(xml: String, flags: NetworkPort.CreateFlags = []) throws(LibvirtError) -> NetworkPort {
        try cString(xml, "xml", function: "virNetworkPortCreateXML")
        return makePort(try check(virNetworkPortCreateXML(pointer, xml, flags.rawValue), "virNetworkPortCreateXML"))
    }

    // MARK: - Finding ports

    /// The ports of this network.
    ///
    /// Wraps `virNetworkListAllPorts`.
    public func ports() throws(LibvirtError) -> [NetworkPort] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virNetworkListAllPorts(pointer, &list, 0), "virNetworkListAllPorts")
        return takeHandles(list, count: count) { NetworkPort($0, connection: connection, executor: connection.lane(nil)) }
    }

    /// The port of this network whose UUID is `uuid`.
    ///
    /// Wraps `virNetworkPortLookupByUUID`.
    public func port(uuid: UUID) throws(LibvirtError) -> NetworkPort {
        let port = HandleUUID.withBytes(uuid) { virNetworkPortLookupByUUID(pointer, $0) }
        return makePort(try check(port, "virNetworkPortLookupByUUID"))
    }

    /// The port of this network whose UUID is written `uuidString`.
    ///
    /// Wraps `virNetworkPortLookupByUUIDString`.
    public func port(uuidString: String) throws(LibvirtError) -> NetworkPort {
        try cString(uuidString, "uuidString", function: "virNetworkPortLookupByUUIDString")
        return makePort(try check(virNetworkPortLookupByUUIDString(pointer, uuidString), "virNetworkPortLookupByUUIDString"))
    }

    // MARK: - Wrapping

    /// Hands one reference to a C port to a new actor.
    private func makePort(_ port: OpaquePointer) -> NetworkPort {
        NetworkPort(TransferredPointer(pointer: port), connection: connection, executor: connection.lane(nil))
    }
}
