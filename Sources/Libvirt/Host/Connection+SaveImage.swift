import CLibvirt

extension Connection {
    // MARK: - Saved domain images

    /// The domain XML stored in an image written by a domain save.
    ///
    /// - Parameters:
    ///   - path: the image's path, on the hypervisor's host.
    ///   - flags: ``SaveImageXMLFlags/secure`` to include security-sensitive parts.
    ///
    /// Wraps `virDomainSaveImageGetXMLDesc`.
    public func saveImageXML(path: String, flags: SaveImageXMLFlags = []) throws(LibvirtError) -> String {
        try cString(path, "path", function: "virDomainSaveImageGetXMLDesc")
        return try takeString(
            virDomainSaveImageGetXMLDesc(try handle("virDomainSaveImageGetXMLDesc"), path, flags.rawValue),
            "virDomainSaveImageGetXMLDesc")
    }

    /// Replaces the domain XML stored in a saved image, for the restore to
    /// use. The new XML may change only what is safe for the guest (such as a
    /// disk's host path), not its ABI.
    ///
    /// - Parameters:
    ///   - path: the image's path, on the hypervisor's host.
    ///   - xml: the new domain XML.
    ///   - flags: ``Domain/SaveRestoreFlags/running`` or
    ///     ``Domain/SaveRestoreFlags/paused`` to change the state the domain
    ///     restores into (the only flags this call takes).
    ///
    /// Wraps `virDomainSaveImageDefineXML`.
    public func defineSaveImageXML(path: String, xml: String, flags: Domain.SaveRestoreFlags = []) throws(LibvirtError) {
        try cString(path, "path", function: "virDomainSaveImageDefineXML")
        try checkedDomainXML(xml, function: "virDomainSaveImageDefineXML")
        try check(
            virDomainSaveImageDefineXML(try handle("virDomainSaveImageDefineXML"), path, xml, flags.rawValue),
            "virDomainSaveImageDefineXML")
    }
}
