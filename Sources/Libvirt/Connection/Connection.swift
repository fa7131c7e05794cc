import CLibvirt
import Glibc
import Logging
import Synchronization

/// A connection to a hypervisor through libvirt (`virConnectPtr`).
///
/// Open one with ``open(_:flags:authentication:executors:socketWatch:logger:)``. The actor runs
/// every blocking call on its own executor, never on Swift's cooperative
/// thread pool; the handles it hands out (domains, networks, pools, ...) run
/// on the connection's other executors in turn (see ``LibvirtExecutor``).
///
/// ```swift
/// let connection = try await Connection.open("test:///default")
/// print(try await connection.hostname())
/// let leaks = try await connection.close()  // 0: every handle was released
/// ```
///
/// A connection that is never closed is closed when the actor is released.
public actor Connection {
    /// The C connection, nil once ``close()`` has run. Read and written only on
    /// this actor's executor, and by `deinit`, when nothing else can reach it.
    private nonisolated(unsafe) var pointer: OpaquePointer?
    /// The executors of this connection and the handles it creates.
    nonisolated let executors: ExecutorPool
    /// Event subscriptions and the close callback (Events area): closing the
    /// connection deregisters them and finishes their sequences.
    nonisolated let events: EventHub
    /// The socket of a connection through a daemon (nil for an in-process
    /// driver), which ``KeepAliveWatchdog`` shuts down once keepalive gave up.
    nonisolated let socket: ConnectionSocket?
    /// Who reads the connection's socket: the event loop and the calls, or the calls alone.
    public nonisolated let socketWatch: SocketWatch
    /// Frees the handles' C pointers without dropping the C connection's last
    /// reference on the releasing thread.
    nonisolated let releases = HandleReleases()

    /// Where this connection logs: the logger given to
    /// ``open(_:flags:authentication:executors:socketWatch:logger:)``, or else
    /// ``LibvirtLogging/logger`` as it was then, with the URI as `libvirt.uri`
    /// metadata. Silent by default (see ``LibvirtLogging``).
    public nonisolated let logger: Logger

    /// The executor this actor runs on.
    public nonisolated var executor: LibvirtExecutor { executors.first }

    /// Every executor of this connection: the first is the connection's own;
    /// new handles are placed on them in turn.
    public nonisolated var executorLanes: [LibvirtExecutor] { executors.lanes }

    /// This actor's executor: the connection's first.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executors.first.asUnownedSerialExecutor()
    }

    /// Takes over an opened C connection.
    init(
        _ opened: TransferredPointer, executors: ExecutorPool, logger: Logger, socket: ConnectionSocket? = nil,
        socketWatch: SocketWatch = .eventLoop
    ) {
        pointer = opened.pointer
        self.executors = executors
        self.logger = logger
        self.socket = socket
        self.socketWatch = socketWatch
        events = EventHub(logger: logger, socket: socket)
    }

    deinit {
        if let pointer {
            // The releasing thread may be the cooperative pool: close (a round
            // trip through a daemon) on this connection's executor instead.
            let open = TransferredPointer(pointer: pointer)
            let events = events
            logger.record(.released)
            let socket = socket
            executors.first.async {
                if let socket { KeepAliveWatchdog.shared.unwatch(socket) }
                // Events area: unregister the close callback before the connection goes.
                events.connectionClosing(open.pointer)
                virConnectClose(open.pointer)
                socket?.release()
            }
        }
    }

    // MARK: - The C connection

    /// The open C connection, or an ``LibvirtError/Code/invalidConn`` error
    /// naming `function` once ``close()`` has run.
    package func handle(_ function: String) throws(LibvirtError) -> OpaquePointer {
        guard let pointer else {
            throw LibvirtError(
                code: .invalidConn, domain: .unspecified,
                message: "the connection is closed", function: function)
        }
        return pointer
    }

    /// The executor for a new handle: the one named by the caller, or the next lane.
    package nonisolated func lane(_ requested: LibvirtExecutor?) -> LibvirtExecutor {
        requested ?? executors.nextLane()
    }

    // MARK: - Closing

    /// Closes the connection.
    ///
    /// Handles obtained from it keep the underlying connection alive until they
    /// are released; the result tells whether any still do.
    /// Calls on this actor after `close()` throw ``LibvirtError/Code/invalidConn``.
    /// Every event sequence of the connection (``domainEvents(_:domain:buffering:)``,
    /// ``closeEvents()``...) is deregistered and finishes.
    ///
    /// - Returns: what `virConnectClose` reports of the references still held:
    ///   0 when nothing else holds the connection (nothing leaked), a positive
    ///   number when handles still do (libvirt 9.0 says 1, however many there are).
    ///
    /// Wraps `virConnectClose` (and `virConnectUnregisterCloseCallback`, through the events).
    @discardableResult
    public func close() throws(LibvirtError) -> Int {
        let open = try handle("virConnectClose")
        // Events area: deregister every event callback and the close callback,
        // and finish every event sequence, while the C connection is still open.
        events.connectionClosing(open)
        pointer = nil
        releases.closing()
        if let socket { KeepAliveWatchdog.shared.unwatch(socket) }
        defer { socket?.release() }
        let references = Int(try check(virConnectClose(open), "virConnectClose"))
        logger.record(.closed(references: references))
        return references
    }

    /// Whether ``close()`` has run.
    public var isClosed: Bool { pointer == nil }
}

// MARK: - Releasing handles

/// Frees handles' C pointers in their `deinit`, on whatever thread releases
/// them, which may be Swift's cooperative pool.
///
/// A handle holds a reference to the C connection. Freeing it is quick while
/// the ``Connection`` still holds its own; once ``Connection/close()`` ran, the
/// last handle freed disposes of the C connection, and through a daemon that
/// is a round trip (the remote close). So after `close()` handles are freed on
/// their executor instead. `close()` marks the connection closed, then waits
/// for frees already under way, so a free that saw it open never drops the
/// last reference.
final class HandleReleases: Sendable {
    private let closed = Atomic<Bool>(false)
    /// Frees running on the releasing thread.
    private let running = Atomic<Int>(0)
    /// Whether a stream's event callback was removed: libvirt may still hold
    /// that stream (and so the connection) until the event loop returns from
    /// the callback's dispatch (see ``streamCallbackRemoved()``).
    private let streamCallbacksRemoved = Atomic<Bool>(false)

    /// A stream's event callback was removed. If the loop was dispatching it
    /// meanwhile, libvirt's remote driver drops its reference to the stream
    /// (`virNetClientStreamEventTimer` calls the callback's free function)
    /// only after the dispatch returns, on the loop thread: `closing()` waits
    /// for that iteration, so that `close()` counts only what the caller holds.
    func streamCallbackRemoved() {
        streamCallbacksRemoved.store(true, ordering: .releasing)
    }

    /// Frees `pointer` with `free`, here while the connection is open, else on `executor`.
    func release(
        _ pointer: OpaquePointer, on executor: LibvirtExecutor,
        _ free: @escaping @convention(c) (OpaquePointer?) -> Int32
    ) {
        running.add(1, ordering: .sequentiallyConsistent)
        if !closed.load(ordering: .sequentiallyConsistent) {
            _ = free(pointer)
            running.subtract(1, ordering: .sequentiallyConsistent)
            return
        }
        running.subtract(1, ordering: .sequentiallyConsistent)
        let handle = TransferredPointer(pointer: pointer)
        executor.async {
            _ = free(handle.pointer)
            virResetLastError()
        }
    }

    /// Marks the connection closed and waits for the frees under way (a free
    /// takes a microsecond), and for the loop iteration that may still hold a
    /// stream. Before `virConnectClose`.
    func closing() {
        closed.store(true, ordering: .sequentiallyConsistent)
        while running.load(ordering: .sequentiallyConsistent) > 0 {
            sched_yield()
        }
        if streamCallbacksRemoved.load(ordering: .acquiring) {
            EventLoop.shared.waitForIteration()
        }
    }
}
