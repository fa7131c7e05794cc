import CLibvirt

extension Connection {
    // MARK: - Native hypervisor configuration

    /// Converts a hypervisor's native configuration into domain XML.
    ///
    /// - Parameters:
    ///   - format: the native format, such as `"qemu-argv"` or `"xen-xl"`.
    ///   - config: the configuration in that format.
    ///
    /// Wraps `virConnectDomainXMLFromNative`.
    public func domainXML(fromNative format: String, config: String) throws(LibvirtError) -> String {
        try cString(format, "format", function: "virConnectDomainXMLFromNative")
        try cString(config, "config", function: "virConnectDomainXMLFromNative")
        return try takeString(
            virConnectDomainXMLFromNative(try handle("virConnectDomainXMLFromNative"), format, config, 0),
            "virConnectDomainXMLFromNative")
    }

    /// Converts domain XML into a hypervisor's native configuration.
    ///
    /// - Parameters:
    ///   - format: the native format, such as `"qemu-argv"` or `"xen-xl"`.
    ///   - domainXML: the domain's XML.
    ///
    /// Wraps `virConnectDomainXMLToNative`.
    public func nativeConfig(format: String, domainXML: String) throws(LibvirtError) -> String {
        try cString(format, "format", function: "virConnectDomainXMLToNative")
        try cString(domainXML, "domainXML", function: "virConnectDomainXMLToNative")
        return try takeString(
            virConnectDomainXMLToNative(try handle("virConnectDomainXMLToNative"), format, domainXML, 0),
            "virConnectDomainXMLToNative")
    }
}
