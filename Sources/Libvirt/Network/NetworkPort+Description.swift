import CLibvirt
import FoundationEssentials

extension NetworkPort {
    // MARK: - Identity

    /// The port's UUID.
    ///
    /// Wraps `virNetworkPortGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virNetworkPortGetUUID") { virNetworkPortGetUUID(pointer, $0) }
    }

    /// The port's UUID as libvirt writes it (lowercase, with dashes).
    ///
    /// Wraps `virNetworkPortGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virNetworkPortGetUUIDString") { virNetworkPortGetUUIDString(pointer, $0) }
    }

    /// The network this port belongs to.
    ///
    /// libvirt lends the network's handle; a reference is taken for the new actor.
    ///
    /// Wraps `virNetworkPortGetNetwork` and `virNetworkRef`.
    public func network() throws(LibvirtError) -> Network {
        let network = try check(virNetworkPortGetNetwork(pointer), "virNetworkPortGetNetwork")
        try check(virNetworkRef(network), "virNetworkRef")
        return Network(TransferredPointer(pointer: network), connection: connection, executor: connection.lane(nil))
    }

    /// The port's XML description.
    ///
    /// Wraps `virNetworkPortGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virNetworkPortGetXMLDesc(pointer, 0), "virNetworkPortGetXMLDesc")
    }

    // MARK: - Removing

    /// Removes the port from its network (the guest's interface is unplugged).
    ///
    /// Wraps `virNetworkPortDelete`.
    public func delete() throws(LibvirtError) {
        try check(virNetworkPortDelete(pointer, 0), "virNetworkPortDelete")
    }
}
