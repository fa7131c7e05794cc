import CLibvirt
import FoundationEssentials

extension Network {
    // MARK: - Identity

    /// The network's name.
    ///
    /// Wraps `virNetworkGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virNetworkGetName(pointer), "virNetworkGetName")
    }

    /// The network's UUID.
    ///
    /// Wraps `virNetworkGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virNetworkGetUUID") { virNetworkGetUUID(pointer, $0) }
    }

    /// The network's UUID as libvirt writes it (lowercase, with dashes).
    ///
    /// Wraps `virNetworkGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virNetworkGetUUIDString") { virNetworkGetUUIDString(pointer, $0) }
    }

    // MARK: - Configuration

    /// The name of the host bridge the network uses, such as `virbr0`.
    ///
    /// Wraps `virNetworkGetBridgeName`.
    public func bridgeName() throws(LibvirtError) -> String {
        try takeString(virNetworkGetBridgeName(pointer), "virNetworkGetBridgeName")
    }

    /// The network's XML description: the running one, or with
    /// ``XMLFlags/inactive`` the one it will have when next started.
    ///
    /// Wraps `virNetworkGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virNetworkGetXMLDesc(pointer, flags.rawValue), "virNetworkGetXMLDesc")
    }
}
