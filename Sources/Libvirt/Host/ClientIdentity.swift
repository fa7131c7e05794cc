import CLibvirt

/// Who a client acts for (`VIR_CONNECT_IDENTITY_*`), which a privileged client
/// (such as a proxy daemon) tells libvirt with ``Connection/setIdentity(_:)``;
/// nil values are not sent.
public struct ClientIdentity: TypedParameterRecord {
    /// The keys, as libvirt names them.
    public enum Key {
        /// `VIR_CONNECT_IDENTITY_USER_NAME`.
        public static let userName = VIR_CONNECT_IDENTITY_USER_NAME
        /// `VIR_CONNECT_IDENTITY_UNIX_USER_ID`.
        public static let unixUserID = VIR_CONNECT_IDENTITY_UNIX_USER_ID
        /// `VIR_CONNECT_IDENTITY_GROUP_NAME`.
        public static let groupName = VIR_CONNECT_IDENTITY_GROUP_NAME
        /// `VIR_CONNECT_IDENTITY_UNIX_GROUP_ID`.
        public static let unixGroupID = VIR_CONNECT_IDENTITY_UNIX_GROUP_ID
        /// `VIR_CONNECT_IDENTITY_PROCESS_ID`.
        public static let processID = VIR_CONNECT_IDENTITY_PROCESS_ID
        /// `VIR_CONNECT_IDENTITY_PROCESS_TIME`.
        public static let processTime = VIR_CONNECT_IDENTITY_PROCESS_TIME
        /// `VIR_CONNECT_IDENTITY_SASL_USER_NAME`.
        public static let saslUserName = VIR_CONNECT_IDENTITY_SASL_USER_NAME
        /// `VIR_CONNECT_IDENTITY_X509_DISTINGUISHED_NAME`.
        public static let x509DistinguishedName = VIR_CONNECT_IDENTITY_X509_DISTINGUISHED_NAME
        /// `VIR_CONNECT_IDENTITY_SELINUX_CONTEXT`.
        public static let selinuxContext = VIR_CONNECT_IDENTITY_SELINUX_CONTEXT
    }

    /// The field table.
    public static let fields: [TypedParameterField<Self>] = [
        .value(Key.userName, .string, \.userName),
        .value(Key.unixUserID, .ullong, \.unixUserID),
        .value(Key.groupName, .string, \.groupName),
        .value(Key.unixGroupID, .ullong, \.unixGroupID),
        .value(Key.processID, .llong, \.processID),
        .value(Key.processTime, .ullong, \.processTime),
        .value(Key.saslUserName, .string, \.saslUserName),
        .value(Key.x509DistinguishedName, .string, \.x509DistinguishedName),
        .value(Key.selinuxContext, .string, \.selinuxContext),
    ]

    /// The operating system user name (``Key/userName``).
    public var userName: String?
    /// The UNIX user ID (``Key/unixUserID``).
    public var unixUserID: UInt64?
    /// The operating system group name (``Key/groupName``).
    public var groupName: String?
    /// The UNIX group ID (``Key/unixGroupID``).
    public var unixGroupID: UInt64?
    /// The process ID (``Key/processID``).
    public var processID: Int64?
    /// The process start time, in the units of the `stat` file's field 22
    /// under `/proc` (``Key/processTime``).
    public var processTime: UInt64?
    /// The SASL user name (``Key/saslUserName``).
    public var saslUserName: String?
    /// The TLS client certificate's distinguished name (``Key/x509DistinguishedName``).
    public var x509DistinguishedName: String?
    /// The SELinux context (``Key/selinuxContext``).
    public var selinuxContext: String?
    /// Parameters no field holds.
    public var extra = TypedParameters()

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

    /// Creates an identity with every field nil.
    public init() {}
}
