import CLibvirt
import CLibvirtAdmin
import Glibc
import Libvirt

/// One server of a libvirt daemon (`virAdmServerPtr`): libvirtd has
/// `libvirtd`, which serves hypervisor connections, and `admin`, which
/// serves admin connections.
///
/// An actor on one of its admin connection's executors; it holds one libvirt
/// reference, released when the actor is.
public actor AdminServer {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The admin connection this server was obtained from.
    public nonisolated let connection: AdminConnection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The server's name, such as `"libvirtd"`.
    public nonisolated let name: String

    /// This actor's executor.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Takes over one reference to a C handle and reads its name.
    ///
    /// Wraps `virAdmServerGetName`.
    init(_ handle: TransferredPointer, connection: AdminConnection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        self.connection = connection
        self.executor = executor
        name = virAdmServerGetName(handle.pointer).map { String(cString: $0) } ?? ""
    }

    deinit {
        // The last reference to a closed admin connection closes it, a round
        // trip to the daemon: never on the releasing thread.
        let owned = TransferredPointer(pointer: pointer)
        executor.async { virAdmServerFree(owned.pointer) }
    }

    // MARK: - Thread pool

    /// The server's worker thread pool: its limits and current state.
    ///
    /// Wraps `virAdmServerGetThreadPoolParameters`.
    public func threadPoolParameters() throws(LibvirtError) -> ThreadPoolParameters {
        ThreadPoolParameters(try fetch("virAdmServerGetThreadPoolParameters") { params, count in
            virAdmServerGetThreadPoolParameters(pointer, params, count, 0)
        })
    }

    /// Changes the thread pool's limits; the values left nil are kept.
    ///
    /// - Parameters:
    ///   - minWorkers: the fewest workers kept.
    ///   - maxWorkers: the most workers run.
    ///   - priorityWorkers: workers reserved for high-priority calls.
    /// - Throws: `LibvirtError`: a value out of range (libvirt refuses
    ///   `minWorkers` above `maxWorkers`, or 0 `maxWorkers`).
    ///
    /// Wraps `virAdmServerSetThreadPoolParameters`.
    public func setThreadPoolParameters(
        minWorkers: Int? = nil, maxWorkers: Int? = nil, priorityWorkers: Int? = nil
    ) throws(LibvirtError) {
        let function = "virAdmServerSetThreadPoolParameters"
        var parameters = TypedParameters()
        try add(&parameters, VIR_THREADPOOL_WORKERS_MIN, minWorkers, "minWorkers", function)
        try add(&parameters, VIR_THREADPOOL_WORKERS_MAX, maxWorkers, "maxWorkers", function)
        try add(&parameters, VIR_THREADPOOL_WORKERS_PRIORITY, priorityWorkers, "priorityWorkers", function)
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virAdmServerSetThreadPoolParameters(pointer, list, count, 0), function)
        }
    }

    // MARK: - Client limits

    /// The server's client limits and how many clients it has.
    ///
    /// Wraps `virAdmServerGetClientLimits`.
    public func clientLimits() throws(LibvirtError) -> ClientLimits {
        ClientLimits(try fetch("virAdmServerGetClientLimits") { params, count in
            virAdmServerGetClientLimits(pointer, params, count, 0)
        })
    }

    /// Changes the client limits; the values left nil are kept.
    ///
    /// - Parameters:
    ///   - maxClients: the most clients connected at once.
    ///   - maxUnauthenticatedClients: the most clients waiting to authenticate
    ///     (at most `maxClients`).
    ///
    /// Wraps `virAdmServerSetClientLimits`.
    public func setClientLimits(maxClients: Int? = nil, maxUnauthenticatedClients: Int? = nil) throws(LibvirtError) {
        let function = "virAdmServerSetClientLimits"
        var parameters = TypedParameters()
        try add(&parameters, VIR_SERVER_CLIENTS_MAX, maxClients, "maxClients", function)
        try add(&parameters, VIR_SERVER_CLIENTS_UNAUTH_MAX, maxUnauthenticatedClients, "maxUnauthenticatedClients", function)
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virAdmServerSetClientLimits(pointer, list, count, 0), function)
        }
    }

    // MARK: - Clients

    /// The clients connected to this server now.
    ///
    /// Wraps `virAdmServerListClients`, and for each client `virAdmClientGetID`,
    /// `virAdmClientGetTimestamp` and `virAdmClientGetTransport`.
    public func clients() throws(LibvirtError) -> [AdminClient] {
        let function = "virAdmServerListClients"
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virAdmServerListClients(pointer, &list, 0), function)
        defer { free(list) }
        guard let list else { return [] }
        return (0..<Int(count)).compactMap { index in
            list[index].map { AdminClient(TransferredPointer(pointer: $0), server: self) }
        }
    }

    /// The connected client of this id; `LibvirtError.Code.noClient` if none.
    ///
    /// Wraps `virAdmServerLookupClient`.
    public func client(id: Int) throws(LibvirtError) -> AdminClient {
        let function = "virAdmServerLookupClient"
        let cID: UInt64 = try cInteger(id, "id", function: function)
        let client = try check(virAdmServerLookupClient(pointer, cID, 0), function)
        return AdminClient(TransferredPointer(pointer: client), server: self)
    }

    // MARK: - TLS

    /// Makes the server reload its TLS certificates and keys from disk (for
    /// new clients). A server without TLS configured throws libvirt's error.
    ///
    /// Wraps `virAdmServerUpdateTlsFiles`.
    public func reloadTLSFiles() throws(LibvirtError) {
        try check(virAdmServerUpdateTlsFiles(pointer, 0), "virAdmServerUpdateTlsFiles")
    }
}

// MARK: - Typed parameters

/// Reads typed parameters that libvirt allocates (the admin API's form).
private func fetch(
    _ function: String,
    _ call: (UnsafeMutablePointer<UnsafeMutablePointer<virTypedParameter>?>, UnsafeMutablePointer<Int32>) -> Int32
) throws(LibvirtError) -> TypedParameters {
    var list: UnsafeMutablePointer<virTypedParameter>? = nil
    var count: Int32 = 0
    try check(call(&list, &count), function)
    return TypedParameters.take(list, count: count)
}

/// Adds an unsigned int parameter when a value is given; refuses values out of `UInt32`.
private func add(
    _ parameters: inout TypedParameters, _ field: String, _ value: Int?, _ name: String, _ function: String
) throws(LibvirtError) {
    guard let value else { return }
    parameters.append(field, .uint(try cUInt32(value, name, function: function)))
}
