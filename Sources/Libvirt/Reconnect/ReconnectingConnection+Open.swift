import Logging

extension ReconnectingConnection {
    // MARK: - Opening and closing

    /// Opens a connection to `uri` and keeps it open until ``close()``.
    ///
    /// The first open must succeed (its error is thrown); later losses are
    /// repaired in the background, following `policy`.
    ///
    /// - Parameters:
    ///   - uri: the hypervisor's URI, such as `qemu:///system`.
    ///   - flags: the flags of every open.
    ///   - authentication: answers the credentials every open asks for.
    ///   - executors: how many executors each connection has.
    ///   - policy: how losses are noticed and how reopening backs off.
    ///   - logger: where losses, failed attempts and reconnections are logged,
    ///     and the logger of every connection opened; nil uses
    ///     ``LibvirtLogging/logger``, silent unless set.
    ///
    /// Wraps `virConnectOpen` (through ``Connection/open(_:flags:authentication:executors:socketWatch:logger:)``)
    /// and `virConnectSetKeepAlive`.
    public static func open(
        _ uri: String,
        flags: Connection.OpenFlags = [],
        authentication: Authentication? = nil,
        executors: Int = Connection.defaultExecutorCount,
        policy: Policy = Policy(),
        logger: Logger? = nil
    ) async throws(LibvirtError) -> ReconnectingConnection {
        try cString(uri, "uri", function: "virConnectOpen")
        let logger = logger ?? LibvirtLogging.logger
        let (first, closes) = try await openOne(
            uri, flags: flags, authentication: authentication, executors: executors, policy: policy, logger: logger)
        let link = ReconnectingConnection(
            uri: uri, flags: flags, authentication: authentication,
            executorCount: executors, policy: policy, logger: logger, first: first)
        await link.watchCloseEvents(closes)
        await link.startSupervisor()
        return link
    }

    /// Opens one connection, gives it the policy's keepalive, and subscribes
    /// to its close events at once, so that no loss goes unseen (nil when the
    /// driver has none).
    ///
    /// Wraps `virConnectRegisterCloseCallback` (through ``Connection/closeEvents()``).
    static func openOne(
        _ uri: String, flags: Connection.OpenFlags, authentication: Authentication?,
        executors: Int, policy: Policy, logger: Logger
    ) async throws(LibvirtError) -> (Connection, CloseEvents?) {
        let connection = try await Connection.open(
            uri, flags: flags, authentication: authentication, executors: executors, logger: logger)
        if let keepAlive = policy.keepAlive {
            do throws(LibvirtError) {
                try await connection.setKeepAlive(interval: keepAlive.interval, count: keepAlive.count)
            } catch where error.code == .noSupport {
                // An in-process driver (test:///, for instance) has no link to probe.
            } catch {
                _ = try? await connection.close()
                throw error
            }
        }
        return (connection, try? await connection.closeEvents())
    }

    /// The open connection.
    ///
    /// - Throws: ``LibvirtError/Code/invalidConn`` while the link is lost
    ///   (reopening is under way) and after ``close()``.
    public func connection() throws(LibvirtError) -> Connection {
        guard let current else {
            throw LibvirtError(
                code: .invalidConn, domain: .unspecified,
                message: isShutDown
                    ? "the reconnecting connection to \(uri) is closed"
                    : "the connection to \(uri) is lost; reconnecting",
                function: "virConnectOpen")
        }
        return current
    }

    /// How many subscriptions made through ``subscribe(_:)`` are running.
    public var subscriptionCount: Int { subscriptions.count }

    /// Whether a connection is open right now.
    public var isConnected: Bool { current != nil }

    /// How many connections have been opened so far: 1 until the first
    /// reconnection, then one more after each.
    public var connectionCount: Int { generation }

    /// Stops watching and reopening, ends every subscription and status
    /// sequence, and closes the current connection.
    ///
    /// Wraps `virConnectClose` (through ``Connection/close()``).
    public func close() async {
        guard !isShutDown else { return }
        isShutDown = true
        supervisor?.cancel()
        supervisor = nil
        for entry in subscriptions.values {
            entry.pump?.cancel()
            entry.finish()
        }
        subscriptions = [:]
        report(.closed)
        for consumer in statusConsumers.values { consumer.finish() }
        statusConsumers = [:]
        if let current {
            self.current = nil
            _ = try? await current.close()
        }
    }
}
