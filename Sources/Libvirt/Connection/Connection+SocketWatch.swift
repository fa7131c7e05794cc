extension Connection {
    /// Who reads a connection's socket to a daemon: the process's event loop
    /// as well as the calls, or the calls alone.
    ///
    /// Through a daemon, libvirt's RPC client reads its socket in two ways: the
    /// thread of a call reads until its reply comes (several threads calling at
    /// once take turns, one reading for all), and, between calls, the event
    /// loop watches the socket for what the daemon sends unasked: events,
    /// keepalive probes, stream data. A watched socket changes hands between
    /// the calling threads and the loop around every call. The SDK's loop
    /// keeps that hand-off off its own thread while the connection has no
    /// event subscription and no non-blocking stream: calls that follow one
    /// another pass the socket among themselves, and the loop watches it again
    /// once the connection has been idle for 100 ms
    /// (<doc:PollingStatistics#A-dormant-socket>). With events, every
    /// hand-off goes through the loop: cheap, but not free. A connection for
    /// calls alone never has its socket watched, and runs calls exactly as
    /// libvirt's client in a process with no event loop.
    ///
    /// Choose when opening: ``Connection/open(_:flags:authentication:executors:socketWatch:logger:)``.
    /// An in-process driver (`test:///`) has no socket; the choice still
    /// decides what the connection offers, so that code tried there behaves
    /// the same through a daemon.
    ///
    /// Decides what the SDK's loop answers when libvirt registers the
    /// connection's socket with `virEventAddHandle`.
    public enum SocketWatch: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// The event loop watches the socket between calls: the connection
        /// delivers events, takes keepalive, runs non-blocking streams and
        /// sees a daemon that goes away while it is idle. The default.
        ///
        /// Wraps `virEventAddHandle` (libvirt registers the socket with the loop).
        case eventLoop
        /// Only the calls read the socket, as in a process without an event
        /// loop: concurrent calls through a daemon cost what they cost in
        /// libvirt's client with no loop. The connection delivers no events
        /// (subscribing throws), takes no keepalive (libvirt refuses
        /// ``Connection/setKeepAlive(interval:count:)``), makes no
        /// non-blocking streams (blocking ones work), and a call to a daemon
        /// that stopped answering waits for it. A closed connection is seen by
        /// the next call, which fails; ``Connection/closeEvents()`` then
        /// reports the reason.
        ///
        /// Needs the SDK's loop (``EventLoopKind/sdk``), which refuses the
        /// socket when libvirt registers it (libvirt then goes without the
        /// loop for this connection); libvirt's default loop cannot refuse it.
        case callsOnly

        /// The choice as its case is spelled: `eventLoop` or `callsOnly`.
        public var description: String { rawValue }
    }
}

extension Connection {
    // MARK: - What calls only refuses

    /// Throws ``LibvirtError/Code/operationInvalid`` on a connection for calls
    /// only: `feature` needs the event loop to watch the socket.
    func requireEventLoop(_ function: String, for feature: String) throws(LibvirtError) {
        guard socketWatch == .callsOnly else { return }
        throw LibvirtError(
            code: .operationInvalid, domain: .event,
            message: "the connection was opened for calls only (socketWatch: .callsOnly): it has no \(feature)",
            function: function)
    }
}
