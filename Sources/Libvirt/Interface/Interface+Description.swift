import CLibvirt

extension Interface {
    // MARK: - Identity

    /// The interface's name, such as `eth0`.
    ///
    /// Wraps `virInterfaceGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virInterfaceGetName(pointer), "virInterfaceGetName")
    }

    /// The interface's MAC address, such as `"52:54:00:12:34:56"`.
    ///
    /// Wraps `virInterfaceGetMACString`.
    public func macAddress() throws(LibvirtError) -> String {
        try borrowString(virInterfaceGetMACString(pointer), "virInterfaceGetMACString")
    }

    // MARK: - Configuration

    /// The interface's XML description: its current state, or with
    /// ``XMLFlags/inactive`` its definition.
    ///
    /// Wraps `virInterfaceGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virInterfaceGetXMLDesc(pointer, flags.rawValue), "virInterfaceGetXMLDesc")
    }
}
