import CLibvirt
import Logging

extension Connection {
    // MARK: - Options

    /// How many executors a connection has unless told otherwise: enough for
    /// parallel calls through a daemon, whose round trips block a thread each.
    public static let defaultExecutorCount = 8

    // MARK: - Opening

    /// Opens a connection to the hypervisor at `uri`.
    ///
    /// The blocking open runs on the new connection's executor. libvirt's event
    /// loop is started before the first connection of the process opens.
    ///
    /// - Parameters:
    ///   - uri: the hypervisor's URI, such as `qemu:///system` or
    ///     `test:///default`; nil lets libvirt choose its default.
    ///   - flags: ``OpenFlags/readOnly`` for a read-only connection,
    ///     ``OpenFlags/noAliases`` to take the URI literally.
    ///   - authentication: answers the credentials the hypervisor asks for; nil
    ///     offers none (nothing ever prompts on a console).
    ///   - executors: how many executors (threads at most) the connection and
    ///     its handles use.
    ///   - socketWatch: ``SocketWatch/eventLoop`` (the default) for a connection
    ///     with events, keepalive and non-blocking streams;
    ///     ``SocketWatch/callsOnly`` for one that only makes calls and never
    ///     has its socket watched by the loop.
    ///   - logger: where the connection logs (opens, closes, close reasons,
    ///     dropped events, deregistrations); nil uses ``LibvirtLogging/logger``,
    ///     which is silent unless set. The URI is added as `libvirt.uri` metadata.
    /// - Throws: ``LibvirtError``, for instance when no driver accepts the URI;
    ///   ``LibvirtError/Code/operationUnsupported`` in a process that opened an
    ///   admin connection (LibvirtAdmin), which libvirt 9.0 cannot combine with
    ///   this, or for ``SocketWatch/callsOnly`` under libvirt's default loop.
    ///
    /// Wraps `virConnectOpen`, `virConnectOpenReadOnly` or `virConnectOpenAuth`.
    public static func open(
        _ uri: String? = nil,
        flags: OpenFlags = [],
        authentication: Authentication? = nil,
        executors: Int = defaultExecutorCount,
        socketWatch: SocketWatch = .eventLoop,
        logger: Logger? = nil
    ) async throws(LibvirtError) -> Connection {
        try cString(uri, "uri", function: "virConnectOpen")
        Library.prepare()
        try Library.claim(.hypervisor, function: "virConnectOpen")
        if socketWatch == .callsOnly, EventLoopKind.current != .sdk {
            throw LibvirtError(
                code: .operationUnsupported, domain: .event,
                message: "a connection for calls only needs the SDK's event loop; libvirt's default loop cannot refuse a socket",
                function: "virConnectOpen")
        }
        let logger = (logger ?? LibvirtLogging.logger).forConnection(to: uri)
        let pool = ExecutorPool(count: max(1, executors), label: "libvirt.\(uri ?? "default")")
        let opened: TransferredPointer
        let socket: ConnectionSocket?
        do {
            (opened, socket) = try await openPointer(
                uri, flags: flags, authentication: authentication, socketWatch: socketWatch, on: pool)
        } catch {
            logger.record(.openFailed(error))
            throw error
        }
        let connection = Connection(opened, executors: pool, logger: logger, socket: socket, socketWatch: socketWatch)
        logger.record(.opened(executors: pool.lanes.count))
        // A logger that shows warnings learns why libvirt closes the
        // connection, subscribed to or not.
        if logger.shows(.warning) {
            await connection.watchCloseForLogging()
        }
        return connection
    }

    /// Opens a connection, runs `body` with it and closes it, however `body`
    /// ends: the connection is the scope's, as a `Service`'s `run()` owns what
    /// it opens, with no hand-off between tasks.
    ///
    /// ```swift
    /// try await Connection.with("qemu:///system", logger: logger) { connection in
    ///     for await record in try await connection.domainEvents() { print(record) }
    /// }
    /// ```
    ///
    /// Closing deregisters every event sequence still running; what
    /// ``close()`` reports of the references still held is logged (info) to
    /// the connection's ``logger``. A `body` that closed the connection itself
    /// is left as it is.
    ///
    /// - Parameters: as ``open(_:flags:authentication:executors:socketWatch:logger:)``, and
    ///   `body`, which receives the open connection.
    /// - Throws: the error of the open, of `body`, or of the close.
    ///
    /// Wraps `virConnectOpen` and `virConnectClose` (through
    /// ``open(_:flags:authentication:executors:socketWatch:logger:)`` and ``close()``).
    public static func with<Result: Sendable>(
        _ uri: String? = nil,
        flags: OpenFlags = [],
        authentication: Authentication? = nil,
        executors: Int = defaultExecutorCount,
        socketWatch: SocketWatch = .eventLoop,
        logger: Logger? = nil,
        _ body: (Connection) async throws -> Result
    ) async throws -> Result {
        let connection = try await open(
            uri, flags: flags, authentication: authentication, executors: executors, socketWatch: socketWatch,
            logger: logger)
        let result: Result
        do {
            result = try await body(connection)
        } catch {
            if await !connection.isClosed { _ = try? await connection.close() }
            throw error
        }
        if await !connection.isClosed { try await connection.close() }
        return result
    }

    /// Opens the C connection on the pool's first executor, with the socket of
    /// a connection through a daemon, for the keepalive watchdog (none for
    /// calls only: the loop refuses the socket).
    private static func openPointer(
        _ uri: String?, flags: OpenFlags, authentication: Authentication?, socketWatch: SocketWatch,
        on pool: ExecutorPool
    ) async throws(LibvirtError) -> (TransferredPointer, ConnectionSocket?) {
        try await pool.first.run { () throws(LibvirtError) -> (TransferredPointer, ConnectionSocket?) in
            try SocketCapture.capturing(socketWatch) { () throws(LibvirtError) -> TransferredPointer in
                if let authentication {
                    return TransferredPointer(pointer: try authentication.open(uri, flags: flags.rawValue))
                } else if flags == .readOnly {
                    return TransferredPointer(pointer: try check(virConnectOpenReadOnly(uri), "virConnectOpenReadOnly"))
                } else if flags.isEmpty {
                    return TransferredPointer(pointer: try check(virConnectOpen(uri), "virConnectOpen"))
                }
                return TransferredPointer(pointer: try check(virConnectOpenAuth(uri, nil, flags.rawValue), "virConnectOpenAuth"))
            }
        }
    }

    /// Registers the close callback, so that the reason libvirt closes the
    /// connection is logged.
    ///
    /// Wraps `virConnectRegisterCloseCallback`.
    private func watchCloseForLogging() {
        guard let pointer = try? handle("virConnectRegisterCloseCallback") else { return }
        events.registerCloseCallback(pointer)
    }
}
