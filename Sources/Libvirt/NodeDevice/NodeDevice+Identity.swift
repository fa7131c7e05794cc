import CLibvirt

extension NodeDevice {
    // MARK: - Identity

    /// The device's name.
    ///
    /// Wraps `virNodeDeviceGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virNodeDeviceGetName(pointer), "virNodeDeviceGetName")
    }

    /// The name of the device's parent. The root device (`computer`) has
    /// none: libvirt reports that as an error (``LibvirtError/Code/internalError``).
    ///
    /// Wraps `virNodeDeviceGetParent`.
    public func parent() throws(LibvirtError) -> String {
        try borrowString(virNodeDeviceGetParent(pointer), "virNodeDeviceGetParent")
    }

    /// The device's XML description.
    ///
    /// Wraps `virNodeDeviceGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virNodeDeviceGetXMLDesc(pointer, 0), "virNodeDeviceGetXMLDesc")
    }

    /// The device's capabilities, such as `["pci"]` or `["scsi_host", "fc_host", "vport_ops"]`.
    ///
    /// Wraps `virNodeDeviceNumOfCaps` and `virNodeDeviceListCaps`.
    public func capabilities() throws(LibvirtError) -> [String] {
        let device = pointer
        return try names(
            count: { virNodeDeviceNumOfCaps(device) }, countFunction: "virNodeDeviceNumOfCaps",
            list: { virNodeDeviceListCaps(device, $0, $1) }, listFunction: "virNodeDeviceListCaps")
    }

    // MARK: - State

    /// Whether the device is active (present, or started).
    ///
    /// Wraps `virNodeDeviceIsActive`.
    public func isActive() throws(LibvirtError) -> Bool {
        try checkBool(virNodeDeviceIsActive(pointer), "virNodeDeviceIsActive")
    }

    /// Whether the device has a persistent definition.
    ///
    /// Wraps `virNodeDeviceIsPersistent`.
    public func isPersistent() throws(LibvirtError) -> Bool {
        try checkBool(virNodeDeviceIsPersistent(pointer), "virNodeDeviceIsPersistent")
    }

    /// Whether the device starts when the host (or daemon) does.
    ///
    /// Wraps `virNodeDeviceGetAutostart`.
    public func autostart() throws(LibvirtError) -> Bool {
        var value: Int32 = 0
        try check(virNodeDeviceGetAutostart(pointer, &value), "virNodeDeviceGetAutostart")
        return value != 0
    }

    /// Sets whether the device starts when the host (or daemon) does.
    ///
    /// Wraps `virNodeDeviceSetAutostart`.
    public func setAutostart(_ autostart: Bool) throws(LibvirtError) {
        try check(virNodeDeviceSetAutostart(pointer, autostart ? 1 : 0), "virNodeDeviceSetAutostart")
    }
}
