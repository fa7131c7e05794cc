import CLibvirt
import CLibvirtAdmin
import Libvirt

/// A connection to a libvirt daemon's admin interface (`virAdmConnectPtr`):
/// the daemon's own management, its servers, their clients, its logging.
///
/// Open one with ``open(_:executors:)`` on the daemon's admin socket
/// (`libvirtd:///system` for the system libvirtd, which needs root). The
/// actor runs every blocking call on its own executor; the servers and
/// clients it hands out run on its executors in turn, as a
/// `Connection`'s handles do.
///
/// ```swift
/// let admin = try await AdminConnection.open("libvirtd:///system")
/// for server in try await admin.servers() {
///     print(server.name, try await server.threadPoolParameters())
/// }
/// ```
///
/// A connection that is never closed is closed when the actor is released.
public actor AdminConnection {
    /// The C connection, nil once ``close()`` has run. Read and written only
    /// on this actor's executor, and by `deinit`.
    private nonisolated(unsafe) var pointer: OpaquePointer?
    /// The executors of this connection and its servers and clients.
    nonisolated let executors: ExecutorPool
    /// The close callback's state, multicast to ``closeEvents()``.
    nonisolated let closing: AdminCloseEvents

    /// The executor this actor runs on.
    public nonisolated var executor: LibvirtExecutor { executors.first }

    /// This actor's executor.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executors.first.asUnownedSerialExecutor()
    }

    init(_ opened: TransferredPointer, executors: ExecutorPool, closing: AdminCloseEvents) {
        pointer = opened.pointer
        self.executors = executors
        self.closing = closing
    }

    deinit {
        guard let pointer else { return }
        // Closing makes a round trip to the daemon: never on the releasing
        // thread, which may be one of Swift's cooperative pool.
        let owned = TransferredPointer(pointer: pointer)
        let closing = closing
        executors.first.async {
            closing.unregister(owned.pointer)
            virAdmConnectClose(owned.pointer)
        }
    }

    // MARK: - Opening

    /// Opens an admin connection.
    ///
    /// libvirt 9.0 cannot serve admin and hypervisor connections in one
    /// process (its libvirt-admin.so and libvirt.so each register libvirt's
    /// object types, and the second to do so crashes the process): in a
    /// process that opened a `Connection`, this throws
    /// `LibvirtError.Code.operationUnsupported`, and once this opened,
    /// `Connection.open` does. Manage the daemon from a process of its own.
    ///
    /// - Parameters:
    ///   - uri: the daemon's admin URI, such as `libvirtd:///system`, or nil
    ///     for libvirt's default (`LIBVIRT_ADMIN_DEFAULT_URI`, then
    ///     `libvirt-admin.conf`, then `libvirtd:///system` for root).
    ///   - executors: how many executors the connection and its servers and
    ///     clients share (at least one).
    /// - Throws: `LibvirtError`: no daemon listens there, or it refused us.
    ///
    /// Wraps `virAdmInitialize`, `virAdmConnectOpen` and `virAdmConnectRegisterCloseCallback`.
    public static func open(_ uri: String? = nil, executors: Int = 1) async throws(LibvirtError) -> AdminConnection {
        guard executors > 0 else {
            throw .invalidArgument("executors", "must be at least 1, not \(executors)", function: "virAdmConnectOpen")
        }
        try cString(uri, "uri", function: "virAdmConnectOpen")
        Library.prepare()
        try Library.claim(.admin, function: "virAdmConnectOpen")
        let pool = ExecutorPool(count: executors, label: "libvirt.admin")
        let closing = AdminCloseEvents()
        let opened = try await pool.first.run { () throws(LibvirtError) -> TransferredPointer in
            try check(virAdmInitialize(), "virAdmInitialize")
            let connection = try check(virAdmConnectOpen(uri, 0), "virAdmConnectOpen")
            closing.register(connection)
            return TransferredPointer(pointer: connection)
        }
        return AdminConnection(opened, executors: pool, closing: closing)
    }

    // MARK: - The C connection

    /// The open C connection, or ``LibvirtError/Code/invalidConn`` naming
    /// `function` once ``close()`` has run.
    func handle(_ function: String) throws(LibvirtError) -> OpaquePointer {
        guard let pointer else {
            throw LibvirtError(
                code: .invalidConn, domain: .unspecified, message: "the admin connection is closed", function: function)
        }
        return pointer
    }

    // MARK: - Closing

    /// Closes the connection; ``closeEvents()`` sequences finish.
    ///
    /// Calls after `close()` throw `LibvirtError.Code.invalidConn`.
    ///
    /// - Returns: 0 when nothing else held the connection, 1 when servers or
    ///   clients obtained from it still do (libvirt closes it once they go).
    ///
    /// Wraps `virAdmConnectClose` and `virAdmConnectUnregisterCloseCallback`.
    @discardableResult
    public func close() throws(LibvirtError) -> Int {
        let open = try handle("virAdmConnectClose")
        closing.unregister(open)
        pointer = nil
        return Int(try check(virAdmConnectClose(open), "virAdmConnectClose"))
    }

    /// Whether ``close()`` has run.
    public var isClosed: Bool { pointer == nil }
}
