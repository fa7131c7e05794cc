/// Who a client acts for, which a privileged client (such as a proxy daemon)
/// tells libvirt with ``Connection/setIdentity(_:)``.
///
/// Each property is optional: nil ones are not sent. ``parameters`` gives the
/// typed parameters libvirt takes.
public struct ClientIdentity: Sendable, Hashable {
    /// The operating system user name (`user-name`).
    public var userName: String?
    /// The UNIX user ID (`unix-user-id`).
    public var unixUserID: UInt64?
    /// The operating system group name (`group-name`).
    public var groupName: String?
    /// The UNIX group ID (`unix-group-id`).
    public var unixGroupID: UInt64?
    /// The process ID (`process-id`).
    public var processID: Int64?
    /// The process start time, in the units of the `stat` file's field 22
    /// under `/proc` (`process-time`).
    public var processTime: UInt64?
    /// The SASL user name (`sasl-user-name`).
    public var saslUserName: String?
    /// The TLS client certificate's distinguished name (`x509-distinguished-name`).
    public var x509DistinguishedName: String?
    /// The SELinux context (`selinux-context`).
    public var selinuxContext: String?

    /// Creates an identity; nil values are not sent.
    public init(
        userName: String? = nil, unixUserID: UInt64? = nil, groupName: String? = nil, unixGroupID: UInt64? = nil,
        processID: Int64? = nil, processTime: UInt64? = nil, saslUserName: String? = nil,
        x509DistinguishedName: String? = nil, selinuxContext: String? = nil
    ) {
        self.userName = userName
        self.unixUserID = unixUserID
        self.groupName = groupName
        self.unixGroupID = unixGroupID
        self.processID = processID
        self.processTime = processTime
        self.saslUserName = saslUserName
        self.x509DistinguishedName = x509DistinguishedName
        self.selinuxContext = selinuxContext
    }

    /// The identity as the typed parameters libvirt takes, each of the C type
    /// libvirt documents for it.
    public var parameters: TypedParameters {
        var result = TypedParameters()
        if let userName { result["user-name"] = .string(userName) }
        if let unixUserID { result["unix-user-id"] = .unsignedLongLong(unixUserID) }
        if let groupName { result["group-name"] = .string(groupName) }
        if let unixGroupID { result["unix-group-id"] = .unsignedLongLong(unixGroupID) }
        if let processID { result["process-id"] = .longLong(processID) }
        if let processTime { result["process-time"] = .unsignedLongLong(processTime) }
        if let saslUserName { result["sasl-user-name"] = .string(saslUserName) }
        if let x509DistinguishedName { result["x509-distinguished-name"] = .string(x509DistinguishedName) }
        if let selinuxContext { result["selinux-context"] = .string(selinuxContext) }
        return result
    }
}
