import CLibvirt
import FoundationEssentials

extension Secret {
    // MARK: - Identity

    /// The secret's UUID.
    ///
    /// Wraps `virSecretGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virSecretGetUUID") { virSecretGetUUID(pointer, $0) }
    }

    /// The secret's UUID as libvirt writes it (lowercase, with dashes).
    ///
    /// Wraps `virSecretGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virSecretGetUUIDString") { virSecretGetUUIDString(pointer, $0) }
    }

    /// What the secret is for.
    ///
    /// Wraps `virSecretGetUsageType`.
    public func usageType() throws(LibvirtError) -> UsageType {
        UsageType(rawValue: try check(virSecretGetUsageType(pointer), "virSecretGetUsageType"))
    }

    /// The id of what the secret is for, within its ``usageType()``: a volume's
    /// path, a Ceph or iSCSI user name, a TLS or vTPM name.
    ///
    /// Wraps `virSecretGetUsageID`.
    public func usageID() throws(LibvirtError) -> String {
        try borrowString(virSecretGetUsageID(pointer), "virSecretGetUsageID")
    }

    // MARK: - Configuration

    /// The secret's XML description (never its value).
    ///
    /// Wraps `virSecretGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virSecretGetXMLDesc(pointer, 0), "virSecretGetXMLDesc")
    }

    // MARK: - Removing

    /// Removes the secret and its value.
    ///
    /// Wraps `virSecretUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virSecretUndefine(pointer), "virSecretUndefine")
    }
}
