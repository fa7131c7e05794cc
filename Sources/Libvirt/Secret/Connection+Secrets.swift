import CLibvirt
import FoundationEssentials

extension Connection {
    // MARK: - Looking up a secret

    /// The secret whose UUID is `uuid`.
    ///
    /// Wraps `virSecretLookupByUUID`.
    public func secret(uuid: UUID) throws(LibvirtError) -> Secret {
        let connection = try handle("virSecretLookupByUUID")
        let secret = HandleUUID.withBytes(uuid) { virSecretLookupByUUID(connection, $0) }
        return makeSecret(try check(secret, "virSecretLookupByUUID"))
    }

    /// The secret whose UUID is written `uuidString`.
    ///
    /// Wraps `virSecretLookupByUUIDString`.
    public func secret(uuidString: String) throws(LibvirtError) -> Secret {
        try cString(uuidString, "uuidString", function: "virSecretLookupByUUIDString")
        let connection = try handle("virSecretLookupByUUIDString")
        return makeSecret(try check(virSecretLookupByUUIDString(connection, uuidString), "virSecretLookupByUUIDString"))
    }

    /// The secret for `usageID` (a volume's path, a Ceph or iSCSI user, a TLS
    /// or vTPM name) of the kind `usageType`.
    ///
    /// Wraps `virSecretLookupByUsage`.
    public func secret(usageType: Secret.UsageType, usageID: String) throws(LibvirtError) -> Secret {
        try cString(usageID, "usageID", function: "virSecretLookupByUsage")
        let connection = try handle("virSecretLookupByUsage")
        let secret = virSecretLookupByUsage(connection, usageType.rawValue, usageID)
        return makeSecret(try check(secret, "virSecretLookupByUsage"))
    }

    // MARK: - Listing secrets

    /// The secrets, filtered by `flags` (all of them when it is empty).
    ///
    /// Wraps `virConnectListAllSecrets`.
    public func secrets(flags: Secret.ListFlags = []) throws(LibvirtError) -> [Secret] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virConnectListAllSecrets(try handle("virConnectListAllSecrets"), &list, flags.rawValue),
            "virConnectListAllSecrets")
        return takeHandles(list, count: count) { Secret($0, connection: self, executor: lane(nil)) }
    }

    /// The UUIDs of the secrets.
    ///
    /// Wraps `virConnectNumOfSecrets` and `virConnectListSecrets`.
    public func secretUUIDs() throws(LibvirtError) -> [UUID] {
        let connection = try handle("virConnectListSecrets")
        let strings = try names(
            count: { virConnectNumOfSecrets(connection) }, countFunction: "virConnectNumOfSecrets",
            list: { virConnectListSecrets(connection, $0, $1) }, listFunction: "virConnectListSecrets")
        return strings.compactMap { UUID(uuidString: $0) }
    }

    /// How many secrets there are.
    ///
    /// Wraps `virConnectNumOfSecrets`.
    public func secretCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfSecrets(try handle("virConnectNumOfSecrets")), "virConnectNumOfSecrets"))
    }

    // MARK: - Defining secrets

    /// Defines a secret from its XML (its UUID, usage and whether it is
    /// ephemeral or private), or changes an existing one; set its value with
    /// ``Secret/setValue(_:)``.
    ///
    /// Wraps `virSecretDefineXML`.
    public func defineSecret(xml: String, flags: Secret.DefineFlags = []) throws(LibvirtError) -> Secret {
        try cString(xml, "xml", function: "virSecretDefineXML")
        let connection = try handle("virSecretDefineXML")
        return makeSecret(try check(virSecretDefineXML(connection, xml, flags.rawValue), "virSecretDefineXML"))
    }

    // MARK: - Wrapping

    /// Hands one reference to a C secret to a new actor.
    private func makeSecret(_ secret: OpaquePointer) -> Secret {
        Secret(TransferredPointer(pointer: secret), connection: self, executor: lane(nil))
    }
}
