import Synchronization

// MARK: - Why a connection's socket is dormant
//
// Between calls, libvirt's RPC client has the event loop watch its socket to
// a daemon (virEventUpdateHandle), for what the daemon sends unasked: events,
// stream data, keepalive probes, the end of the connection. Around every call
// it hands the socket over: the calling thread disables the watch, reads its
// reply itself, and enables the watch again (virnetclient.c, virNetClientIO).
// With many calls in a row, each enable is undone a few microseconds later by
// the next call's disable; the loop still pays for it (system calls, wake-ups,
// a dispatch that finds another thread holding the connection): a poller
// through a daemon spent 5-18 % more CPU per call than libvirt's client
// without a loop (PollingStatistics.md, "A dormant socket").
//
// So the SDK's loop adds a connection's socket dormant: an enable from a
// calling thread waits up to 100 ms before it reaches the epoll set, and the
// next call's disable cancels it with no system call at all. A connection that
// makes calls back to back then costs what it costs without a loop; one that
// goes idle is watched again 100 ms after its last call, which is soon enough
// for keepalive probes (libvirtd's come after 5 s of silence) and for seeing
// the daemon go away. What the loop's own thread enables (after it read what
// came unasked) takes effect at once.
//
// Events and non-blocking streams cannot wait 100 ms behind a call: while a
// connection has event subscriptions or a non-blocking stream, a PromptWatch
// is held, and the watch is enabled at once, as for any other descriptor.

/// A reason for the SDK's loop to watch a connection's socket at once between
/// calls, held while the connection has event subscriptions
/// (``EventHub``) or a non-blocking ``DataStream``. With none held the
/// socket's watch is dormant (see above). Under libvirt's default loop, and
/// for a connection without a socket, it does nothing.
///
/// Changes the loop's watch of the socket libvirt added with `virEventAddHandle`.
final class PromptWatch: Sendable {
    private let socket: ConnectionSocket

    /// Holds one reason for `socket`; the first makes its watch attentive.
    init(_ socket: ConnectionSocket) {
        self.socket = socket
        Self.change(socket, by: 1)
    }

    deinit {
        Self.change(socket, by: -1)
    }

    /// Counts a reason in or out; the watch changes when the count leaves or
    /// reaches 0, under the count's lock, so that two changes cannot pass
    /// each other on their way to the loop.
    private static func change(_ socket: ConnectionSocket, by delta: Int) {
        guard let watch = socket.watch else { return }
        socket.promptWatchers.withLock { count in
            count += delta
            if count == (delta > 0 ? 1 : 0) {
                EpollLoop.shared.setDormant(watch, count == 0)
            }
        }
    }
}

extension ConnectionSocket {
    /// A reason for the loop to watch this socket at once, for as long as it is held.
    func promptWatch() -> PromptWatch {
        PromptWatch(self)
    }
}
