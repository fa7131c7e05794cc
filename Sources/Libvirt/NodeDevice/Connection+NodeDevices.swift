import CLibvirt

extension Connection {
    // MARK: - Finding devices

    /// The host device named `name` (such as `"pci_0000_00_01_0"`).
    ///
    /// Wraps `virNodeDeviceLookupByName`.
    public func nodeDevice(named name: String) throws(LibvirtError) -> NodeDevice {
        try cString(name, "name", function: "virNodeDeviceLookupByName")
        return wrapDevice(try check(
            virNodeDeviceLookupByName(try handle("virNodeDeviceLookupByName"), name), "virNodeDeviceLookupByName"))
    }

    /// The SCSI host (Fibre Channel HBA or vHBA) whose world wide node and
    /// port names are `wwnn` and `wwpn`.
    ///
    /// Wraps `virNodeDeviceLookupSCSIHostByWWN`.
    public func scsiHostDevice(wwnn: String, wwpn: String) throws(LibvirtError) -> NodeDevice {
        try cString(wwnn, "wwnn", function: "virNodeDeviceLookupSCSIHostByWWN")
        try cString(wwpn, "wwpn", function: "virNodeDeviceLookupSCSIHostByWWN")
        return wrapDevice(try check(
            virNodeDeviceLookupSCSIHostByWWN(try handle("virNodeDeviceLookupSCSIHostByWWN"), wwnn, wwpn, 0),
            "virNodeDeviceLookupSCSIHostByWWN"))
    }

    // MARK: - Listing devices

    /// The host devices that match `flags` (all of them, without flags).
    ///
    /// Wraps `virConnectListAllNodeDevices`.
    public func nodeDevices(flags: NodeDevice.ListFlags = []) throws(LibvirtError) -> [NodeDevice] {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = try check(
            virConnectListAllNodeDevices(try handle("virConnectListAllNodeDevices"), &list, flags.rawValue),
            "virConnectListAllNodeDevices")
        return takeHandles(list, count: count) { wrapDevice($0.pointer) }
    }

    /// The names of the host devices with capability `capability` (such as
    /// `"net"`, `"pci"` or `"scsi_host"`), or of all of them when it is nil.
    ///
    /// Wraps `virNodeNumOfDevices` and `virNodeListDevices`.
    public func nodeDeviceNames(capability: String? = nil) throws(LibvirtError) -> [String] {
        try cString(capability, "capability", function: "virNodeNumOfDevices")
        let connection = try handle("virNodeListDevices")
        return try names(
            count: { virNodeNumOfDevices(connection, capability, 0) }, countFunction: "virNodeNumOfDevices",
            list: { virNodeListDevices(connection, capability, $0, $1, 0) }, listFunction: "virNodeListDevices")
    }

    /// How many host devices have capability `capability` (all of them when it is nil).
    ///
    /// Wraps `virNodeNumOfDevices`.
    public func nodeDeviceCount(capability: String? = nil) throws(LibvirtError) -> Int {
        try cString(capability, "capability", function: "virNodeNumOfDevices")
        return Int(try check(
            virNodeNumOfDevices(try handle("virNodeNumOfDevices"), capability, 0), "virNodeNumOfDevices"))
    }

    // MARK: - Creating and defining devices

    /// Creates and starts a transient device (a vHBA, a mediated device) from
    /// its XML description.
    ///
    /// Wraps `virNodeDeviceCreateXML`.
    public func createNodeDevice(xml: String, flags: NodeDevice.CreateFlags = []) throws(LibvirtError) -> NodeDevice {
        try cString(xml, "xml", function: "virNodeDeviceCreateXML")
        return wrapDevice(try check(
            virNodeDeviceCreateXML(try handle("virNodeDeviceCreateXML"), xml, flags.rawValue),
            "virNodeDeviceCreateXML"))
    }

    /// Defines a persistent device (a mediated device) from its XML
    /// description, without starting it.
    ///
    /// Wraps `virNodeDeviceDefineXML`.
    public func defineNodeDevice(xml: String, flags: NodeDevice.DefineFlags = []) throws(LibvirtError) -> NodeDevice {
        try cString(xml, "xml", function: "virNodeDeviceDefineXML")
        return wrapDevice(try check(
            virNodeDeviceDefineXML(try handle("virNodeDeviceDefineXML"), xml, flags.rawValue),
            "virNodeDeviceDefineXML"))
    }

    // MARK: - Handles

    /// Wraps a device reference the caller owns in an actor of this connection.
    private func wrapDevice(_ device: OpaquePointer) -> NodeDevice {
        NodeDevice(TransferredPointer(pointer: device), connection: self, executor: lane(nil))
    }
}
