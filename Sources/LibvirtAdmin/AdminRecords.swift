import CLibvirtAdmin
import Libvirt

// MARK: - Thread pool

/// A server's worker thread pool: its limits and its current state.
///
/// Each field is nil when the daemon did not report it.
public struct ThreadPoolParameters: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The fewest workers kept (`minWorkers`).
    public let minWorkers: Int?
    /// The most workers run (`maxWorkers`).
    public let maxWorkers: Int?
    /// Workers reserved for high-priority calls (`prioWorkers`).
    public let priorityWorkers: Int?
    /// Workers idle now (`freeWorkers`).
    public let freeWorkers: Int?
    /// Ordinary workers running now (`nWorkers`).
    public let currentWorkers: Int?
    /// Calls waiting for a worker (`jobQueueDepth`).
    public let jobQueueDepth: Int?
    /// Every parameter as the daemon sent it.
    public let parameters: TypedParameters

    init(_ parameters: TypedParameters) {
        self.parameters = parameters
        minWorkers = parameters.int(VIR_THREADPOOL_WORKERS_MIN)
        maxWorkers = parameters.int(VIR_THREADPOOL_WORKERS_MAX)
        priorityWorkers = parameters.int(VIR_THREADPOOL_WORKERS_PRIORITY)
        freeWorkers = parameters.int(VIR_THREADPOOL_WORKERS_FREE)
        currentWorkers = parameters.int(VIR_THREADPOOL_WORKERS_CURRENT)
        jobQueueDepth = parameters.int(VIR_THREADPOOL_JOB_QUEUE_DEPTH)
    }
}

// MARK: - Client limits

/// A server's client limits and its clients now.
///
/// Each field is nil when the daemon did not report it.
public struct ClientLimits: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The most clients connected at once (`nclients_max`).
    public let maxClients: Int?
    /// Clients connected now (`nclients`).
    public let currentClients: Int?
    /// The most clients waiting to authenticate (`nclients_unauth_max`).
    public let maxUnauthenticatedClients: Int?
    /// Clients waiting to authenticate now (`nclients_unauth`).
    public let currentUnauthenticatedClients: Int?
    /// Every parameter as the daemon sent it.
    public let parameters: TypedParameters

    init(_ parameters: TypedParameters) {
        self.parameters = parameters
        maxClients = parameters.int(VIR_SERVER_CLIENTS_MAX)
        currentClients = parameters.int(VIR_SERVER_CLIENTS_CURRENT)
        maxUnauthenticatedClients = parameters.int(VIR_SERVER_CLIENTS_UNAUTH_MAX)
        currentUnauthenticatedClients = parameters.int(VIR_SERVER_CLIENTS_UNAUTH_CURRENT)
    }
}

// MARK: - Client identity

/// Who a client is, as its server knows it (`virAdmClientGetInfo`).
///
/// Which fields are present depends on the transport: UNIX sockets give the
/// peer's process, user and group; TCP and TLS its address, and its SASL
/// or X.509 identity when it authenticated so.
public struct ClientInfo: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// Whether the client connected read-only (`readonly`).
    public let isReadOnly: Bool?
    /// The peer's address, `address:port` (`sock_addr`).
    public let socketAddress: String?
    /// The SASL user name (`sasl_user_name`).
    public let saslUserName: String?
    /// The X.509 distinguished name of the client's certificate (`tls_x509_dname`).
    public let x509DistinguishedName: String?
    /// The peer's user id (`unix_user_id`).
    public let unixUserID: Int?
    /// The peer's user name (`unix_user_name`).
    public let unixUserName: String?
    /// The peer's group id (`unix_group_id`).
    public let unixGroupID: Int?
    /// The peer's group name (`unix_group_name`).
    public let unixGroupName: String?
    /// The peer's process id (`unix_process_id`).
    public let unixProcessID: Int?
    /// The peer's SELinux context (`selinux_context`).
    public let selinuxContext: String?
    /// Every parameter as the daemon sent it.
    public let parameters: TypedParameters

    init(_ parameters: TypedParameters) {
        self.parameters = parameters
        isReadOnly = parameters.bool(VIR_CLIENT_INFO_READONLY)
        socketAddress = parameters.string(VIR_CLIENT_INFO_SOCKET_ADDR)
        saslUserName = parameters.string(VIR_CLIENT_INFO_SASL_USER_NAME)
        x509DistinguishedName = parameters.string(VIR_CLIENT_INFO_X509_DISTINGUISHED_NAME)
        unixUserID = parameters.int(VIR_CLIENT_INFO_UNIX_USER_ID)
        unixUserName = parameters.string(VIR_CLIENT_INFO_UNIX_USER_NAME)
        unixGroupID = parameters.int(VIR_CLIENT_INFO_UNIX_GROUP_ID)
        unixGroupName = parameters.string(VIR_CLIENT_INFO_UNIX_GROUP_NAME)
        unixProcessID = parameters.int(VIR_CLIENT_INFO_UNIX_PROCESS_ID)
        selinuxContext = parameters.string(VIR_CLIENT_INFO_SELINUX_CONTEXT)
    }
}

extension TypedParameters {
    /// An integer parameter as an `Int`, when present and it fits.
    fileprivate func int(_ name: String) -> Int? {
        if let value = int64(name) { return Int(exactly: value) }
        if let value = uint64(name) { return Int(exactly: value) }
        return nil
    }
}
