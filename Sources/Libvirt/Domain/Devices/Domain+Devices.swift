import CLibvirt

extension Domain {
    // MARK: - Attaching, detaching, updating devices

    /// Attaches the device described by `xml` (a `<disk>`, `<interface>`, ...).
    ///
    /// - Parameters:
    ///   - xml: the device's element.
    ///   - flags: where the change applies; empty makes the legacy call,
    ///     which changes the running domain (and, for some drivers, its configuration).
    ///
    /// Wraps `virDomainAttachDevice` (no flags) or `virDomainAttachDeviceFlags`.
    public func attachDevice(_ xml: String, flags: DeviceModifyFlags = []) throws(LibvirtError) {
        try cString(xml, "xml", function: "virDomainAttachDevice")
        if !flags.isEmpty {
            try check(virDomainAttachDeviceFlags(pointer, xml, flags.rawValue), "virDomainAttachDeviceFlags")
        } else {
            try check(virDomainAttachDevice(pointer, xml), "virDomainAttachDevice")
        }
    }

    /// Detaches the device described by `xml`.
    ///
    /// - Parameters:
    ///   - xml: the device's element, as the domain's XML has it.
    ///   - flags: where the change applies; empty makes the legacy call,
    ///     which changes the running domain.
    ///
    /// Wraps `virDomainDetachDevice` (no flags) or `virDomainDetachDeviceFlags`.
    public func detachDevice(_ xml: String, flags: DeviceModifyFlags = []) throws(LibvirtError) {
        try cString(xml, "xml", function: "virDomainDetachDevice")
        if !flags.isEmpty {
            try check(virDomainDetachDeviceFlags(pointer, xml, flags.rawValue), "virDomainDetachDeviceFlags")
        } else {
            try check(virDomainDetachDevice(pointer, xml), "virDomainDetachDevice")
        }
    }

    /// Detaches the device whose `<alias name=...>` is `alias`. The removal may
    /// finish after the call returns (a device-removed event tells when).
    ///
    /// Wraps `virDomainDetachDeviceAlias`.
    public func detachDevice(alias: String, flags: DeviceModifyFlags = []) throws(LibvirtError) {
        try cString(alias, "alias", function: "virDomainDetachDeviceAlias")
        try check(virDomainDetachDeviceAlias(pointer, alias, flags.rawValue), "virDomainDetachDeviceAlias")
    }

    /// Changes a device in place (such as the medium of a CD-ROM) to match `xml`.
    ///
    /// Wraps `virDomainUpdateDeviceFlags`.
    public func updateDevice(_ xml: String, flags: DeviceModifyFlags = []) throws(LibvirtError) {
        try cString(xml, "xml", function: "virDomainUpdateDeviceFlags")
        try check(virDomainUpdateDeviceFlags(pointer, xml, flags.rawValue), "virDomainUpdateDeviceFlags")
    }
}
