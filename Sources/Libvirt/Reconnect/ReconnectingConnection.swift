import Logging

/// A connection to one URI that is kept open: after the link to the hypervisor
/// is lost (the daemon restarted, crashed, or stopped answering keepalive
/// probes) it reopens a new ``Connection`` with exponential backoff, makes the
/// event subscriptions made through it again on the new connection, and tells
/// its consumers that a gap happened.
///
/// Opt-in: a plain ``Connection`` never reconnects by itself. Use this type
/// when a program outlives daemon restarts and must not silently lose its
/// event callbacks.
///
/// ```swift
/// let link = try await ReconnectingConnection.open("qemu:///system")
/// let events = try await link.subscribe { connection throws(LibvirtError) in
///     try await connection.domainEvents([.lifecycle])   // any Sendable AsyncSequence
/// }
/// for await element in events {
///     switch element {
///     case .event(let record): print(record.name, record.event)
///     case .disconnected(let reason): print("lost the daemon: \(reason)")
///     case .reconnected(let gap): print("events of the last \(gap) are lost")
///     case .resubscribeFailed(let error): print(error)
///     }
/// }
/// ```
///
/// The current connection is ``connection()``; it changes after each
/// reconnection, and handles obtained from an old one fail with libvirt's
/// error once their connection is gone: look them up again after
/// ``ReconnectingEvent/reconnected(gap:)``.
///
/// How the loss is noticed: by the connection's close event
/// (``Connection/closeEvents()``), which names the reason at once; and, as a
/// fallback, by asking the connection whether it is alive (`virConnectIsAlive`,
/// a local check that makes no round trip) every ``Policy/checkInterval``. A
/// daemon that dies closes the socket (``Connection/CloseReason/eof``); one
/// that hangs is noticed when keepalive gives up on it (``Policy/keepAlive``,
/// ``Connection/CloseReason/keepAlive``).
public actor ReconnectingConnection {
    /// The URI every connection is opened with.
    public nonisolated let uri: String
    /// The flags every connection is opened with.
    public nonisolated let flags: Connection.OpenFlags
    /// How losses are noticed and how reopening backs off.
    public nonisolated let policy: Policy
    /// The credentials handler every open uses.
    let authentication: Authentication?
    /// How many executors each connection has.
    let executorCount: Int
    /// Where losses, failed attempts and reconnections are logged, and the
    /// logger of every connection it opens.
    public nonisolated let logger: Logger

    /// The open connection, nil while disconnected and after ``close()``.
    var current: Connection?
    /// How many connections have been opened so far (1 after ``open(_:flags:authentication:executors:policy:logger:)``).
    var generation = 0
    /// Set by ``close()``: nothing reopens afterwards.
    var isShutDown = false
    /// The close events of the current connection, subscribed to as it opened.
    var closeEvents: CloseEvents?
    /// The task that watches the connection and reopens it.
    var supervisor: Task<Void, Never>?
    /// The consumers of ``statuses()``.
    var statusConsumers: [Int: AsyncStream<Status>.Continuation] = [:]
    /// The subscriptions made through ``subscribe(_:)``.
    var subscriptions: [Int: SubscriptionEntry] = [:]
    /// The key of the next status consumer or subscription.
    var nextKey = 0

    /// Creates the actor around a first, open connection.
    init(
        uri: String, flags: Connection.OpenFlags, authentication: Authentication?,
        executorCount: Int, policy: Policy, logger: Logger, first: Connection
    ) {
        self.uri = uri
        self.flags = flags
        self.authentication = authentication
        self.executorCount = executorCount
        self.policy = policy
        self.logger = logger
        current = first
        generation = 1
    }

    deinit {
        supervisor?.cancel()
        for entry in subscriptions.values { entry.pump?.cancel() }
        for consumer in statusConsumers.values { consumer.finish() }
    }
}
