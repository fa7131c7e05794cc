import CLibvirt
import Dispatch
import Glibc
import Synchronization

// MARK: - Why a watchdog
//
// libvirt 9.0's RPC client lets several threads share a connection: one holds
// "the buck" and waits for replies in virNetClientIOEventLoop
// (src/rpc/virnetclient.c), the others sleep on a condition until it hands the
// buck on. Since the port to GLib that loop runs g_main_loop_run on a private
// context watching only the socket: the keepalive timeout it computes is never
// used. Two faults follow when keepalive gives up on a frozen daemon:
//
// - It wakes the buck holder (g_main_loop_quit), which fails and hands the
//   buck to the next thread; that thread waits for a socket that never becomes
//   ready. Every caller but the first stays blocked until the daemon answers
//   again, and no close callback fires (libvirt fires it once the last caller
//   is gone).
// - The woken holder leaves its socket watch attached to the context (the
//   GSource is unreferenced, never destroyed), and that watch's data lives in
//   the holder's stack frame, which is gone. When the socket next becomes
//   ready (the daemon returns) the thread then holding the buck runs the stale
//   watch: it writes into a dead stack frame and follows a pointer read from
//   it, and the process dies of SIGSEGV in virNetClientIOEventFD.
//
// One caller at a time is safe; so is a connection that ends by end of file,
// which wakes every waiter through its own watch. So the SDK gives up on the
// connection itself before libvirt's keepalive would: the watchdog samples the
// connection's socket every 100 ms in the kernel (Unix: the bytes the daemon
// has not read, SIOCOUTQ; TCP: the time since data last came, TCP_INFO), and
// shuts the socket down after no progress for `interval` × `count` seconds
// (Unix: an answering daemon reads at once) or no data for `interval` ×
// (`count` + 1) seconds (TCP: libvirt's own rule; it sends its probes on whole
// seconds, so an idle, answering daemon may be silent for up to two intervals).
// Every blocked thread then sees end of file through its own watch and fails
// in turn with libvirt's error; the last one closes the client and fires the
// close callback. libvirt's keepalive still sends the probes (so a frozen
// daemon always has unread bytes) but is given two more probes than asked, as
// a fallback. A connection whose socket tells nothing (the SSH transport's
// pipe to the ssh process) keeps libvirt's keepalive alone.
//
// To shut the socket down the SDK holds a duplicate of its descriptor, taken
// while the connection opens (``SocketCapture``), so the number can never name
// another file by then.

/// Gives up on keepalive connections whose daemon stopped answering, before
/// libvirt's own keepalive does, by shutting their socket down (see above).
final class KeepAliveWatchdog: Sendable {
    /// The process's watchdog.
    static let shared = KeepAliveWatchdog()

    /// How often the watched connections are sampled.
    static let period = Duration.milliseconds(100)

    /// How many probes more than asked libvirt's own keepalive is given.
    static let fallbackProbes = 2

    /// A watched connection. The pointer is used only under the state's lock,
    /// and the connection unwatches itself before it closes the pointer.
    fileprivate struct Watched: @unchecked Sendable {
        let connection: OpaquePointer
        let socket: ConnectionSocket
        let events: EventHub
        /// How long the daemon may leave our bytes unread (Unix).
        let unreadLimit: Duration
        /// How long the daemon may send nothing (TCP).
        let silenceLimit: Duration
        /// Unix: the unread bytes at the last sample.
        var unread = 0
        /// Since when the daemon made no progress, if it made none at the last sample.
        var stalledSince: ContinuousClock.Instant?
    }

    private struct State: ~Copyable {
        var watched: [ObjectIdentifier: Watched] = [:]
        var timer: DispatchSourceTimer?
    }

    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "libvirt.keepalive-watchdog")

    private init() {}

    /// Starts watching `connection`, whose socket is `socket`: the daemon may
    /// leave bytes unread for `interval` × `count` seconds (at least
    /// `interval`), or send nothing for `interval` × (`count` + 1).
    func watch(
        _ connection: OpaquePointer, socket: ConnectionSocket, events: EventHub, interval: Int, count: Int
    ) {
        let unreadLimit = Duration.seconds(interval * max(count, 1))
        let silenceLimit = Duration.seconds(interval * (count + 1))
        state.withLock { state in
            state.watched[ObjectIdentifier(socket)] = Watched(
                connection: connection, socket: socket, events: events,
                unreadLimit: unreadLimit, silenceLimit: silenceLimit)
            guard state.timer == nil else { return }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            let period = DispatchTimeInterval.milliseconds(Int(Self.period / .milliseconds(1)))
            timer.schedule(deadline: .now() + period, repeating: period, leeway: .milliseconds(20))
            timer.setEventHandler { [weak self] in self?.check() }
            timer.resume()
            state.timer = timer
        }
    }

    /// Stops watching the connection of `socket`. Once it returns, the
    /// watchdog no longer touches that connection's pointer.
    func unwatch(_ socket: ConnectionSocket) {
        state.withLock { state in
            state.watched[ObjectIdentifier(socket)] = nil
            Self.stopIfIdle(&state)
        }
    }

    /// Whether the connection of `socket` is watched.
    func isWatching(_ socket: ConnectionSocket) -> Bool {
        state.withLock { $0.watched[ObjectIdentifier(socket)] != nil }
    }

    /// Samples every watched connection; shuts down the socket of each whose
    /// daemon made no progress for its limit, or that libvirt already calls
    /// dead, and stops watching it. On the watchdog's queue.
    ///
    /// Wraps `virConnectIsAlive` (which takes no lock a blocked caller holds).
    private func check() {
        let now = ContinuousClock.now
        state.withLock { state in
            for (key, var watched) in state.watched {
                if virConnectIsAlive(watched.connection) != 1 {
                    watched.socket.shutDown()
                    state.watched[key] = nil
                } else if watched.stalled(at: now) {
                    watched.events.keepAliveExpired.store(true, ordering: .releasing)
                    watched.socket.shutDown()
                    state.watched[key] = nil
                } else {
                    state.watched[key] = watched
                }
            }
            virResetLastError()
            Self.stopIfIdle(&state)
        }
    }

    private static func stopIfIdle(_ state: inout State) {
        if state.watched.isEmpty, let timer = state.timer {
            timer.cancel()
            state.timer = nil
        }
    }
}

extension KeepAliveWatchdog.Watched {
    /// Takes a sample of the socket; whether the daemon has now made no
    /// progress for longer than the limit.
    mutating func stalled(at now: ContinuousClock.Instant) -> Bool {
        var limit = unreadLimit
        switch socket.progress() {
        case .unread(let bytes):
            // Progress: nothing left unread, or less than at the last sample.
            if bytes == 0 || bytes < unread {
                stalledSince = nil
            } else if stalledSince == nil {
                stalledSince = now
            }
            unread = bytes
        case .silentFor(let silence):
            stalledSince = now - silence
            limit = silenceLimit
        case .unknown:
            stalledSince = nil
        }
        guard let stalledSince else { return false }
        return now - stalledSince >= limit
    }
}

// MARK: - The socket of a connection

/// A duplicate of the descriptor of the socket a connection through a daemon
/// talks on, so that ``KeepAliveWatchdog`` can shut that socket down even
/// after libvirt closed its own descriptor (whose number may by then name
/// another file).
final class ConnectionSocket: Sendable {
    /// The duplicate, -1 once closed.
    private let descriptor: Mutex<Int32>
    /// The socket's watch in the SDK's loop, nil under libvirt's default loop.
    let watch: Int32?
    /// How many ``PromptWatch``es are held, under whose lock the watch changes.
    let promptWatchers = Mutex(0)

    /// Takes over `fd`, a duplicate made for this object, of a socket the
    /// SDK's loop has as `watch`.
    init(adopting fd: Int32, watch: Int32? = nil) {
        descriptor = Mutex(fd)
        self.watch = watch
    }

    /// Duplicates `fd` (close-on-exec), or nil when it is not a socket or
    /// cannot be duplicated.
    convenience init?(duplicating fd: Int32) {
        guard let copy = Self.duplicate(fd) else { return nil }
        self.init(adopting: copy)
    }

    /// A duplicate of `fd`, or nil when it is not a socket or cannot be duplicated.
    static func duplicate(_ fd: Int32) -> Int32? {
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK else { return nil }
        let copy = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        return copy >= 0 ? copy : nil
    }

    /// The socket's inode, nil once closed.
    var inode: UInt? {
        descriptor.withLock { fd in
            var status = stat()
            guard fd >= 0, fstat(fd, &status) == 0 else { return nil }
            return UInt(status.st_ino)
        }
    }

    deinit {
        release()
    }

    /// What the kernel tells of the daemon's progress on this socket.
    enum Progress {
        /// A Unix socket: the bytes sent that the daemon has not read yet.
        case unread(Int)
        /// A TCP socket: how long since data last came from the daemon.
        case silentFor(Duration)
        /// Nothing to tell (closed, or another kind of socket).
        case unknown
    }

    /// Which kind of socket this is, for ``progress()``.
    enum Kind {
        /// A Unix socket connected to a named socket (a daemon's).
        case unixDaemon
        /// A TCP socket.
        case tcp
        /// Anything else, such as the unnamed socket pair to an ssh process.
        case other
    }

    /// Which kind of socket this is.
    var kind: Kind {
        descriptor.withLock { fd in
            var address = sockaddr_storage()
            var size = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &size) == 0 }
            }
            guard fd >= 0, named else { return .other }
            switch Int32(address.ss_family) {
            case AF_UNIX:
                // A named peer has a path after the family (and its first byte is not NUL for a path).
                return Int(size) > MemoryLayout<sa_family_t>.size ? .unixDaemon : .other
            case AF_INET, AF_INET6:
                return .tcp
            default:
                return .other
            }
        }
    }

    /// Samples the daemon's progress on this socket.
    func progress() -> Progress {
        descriptor.withLock { fd in
            guard fd >= 0 else { return .unknown }
            var info = tcp_info()
            var size = socklen_t(MemoryLayout<tcp_info>.size)
            if getsockopt(fd, Int32(IPPROTO_TCP), TCP_INFO, &info, &size) == 0 {
                return .silentFor(.milliseconds(Int(info.tcpi_last_data_recv)))
            }
            var unread: Int32 = 0
            guard ioctl(fd, UInt(Self.outputQueue), &unread) == 0 else { return .unknown }
            return .unread(Int(unread))
        }
    }

    /// SIOCOUTQ (TIOCOUTQ): for a Unix stream socket, the bytes sent that the peer has not read.
    private static let outputQueue: Int32 = 0x5411

    /// Shuts the socket down in both directions, for libvirt's descriptor too
    /// (its blocked readers see end of file), and closes the duplicate.
    func shutDown() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            Glibc.shutdown(fd, Int32(SHUT_RDWR))
            close(fd)
            fd = -1
        }
    }

    /// Closes the duplicate; the socket stays as libvirt has it.
    func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            close(fd)
            fd = -1
        }
    }
}

// MARK: - Finding a connection's socket while it opens

/// Finds the socket libvirt's RPC client opens for a connection, while the
/// connection opens.
///
/// With the SDK's loop it is exact: libvirt registers the socket with the
/// loop (`virEventAddHandle`) on the opening thread, and the loop reports it
/// here. libvirt's default loop tells nobody, so the socket is the one
/// connected stream socket that appeared in `/proc/self/fd` during the open;
/// opens are serialized meanwhile, and when another part of the process made
/// a socket at the same moment (two candidates) none is taken, and that
/// connection's keepalive is libvirt's alone.
///
/// The SDK's loop adds the socket dormant, with its watch kept here for
/// ``PromptWatch``. A connection for calls only
/// (``Connection/SocketWatch/callsOnly``, the SDK's loop alone) has its socket
/// refused instead: libvirt then runs it as in a process without a loop, and
/// there is nothing to capture.
enum SocketCapture {
    /// A connection opening on a thread.
    private struct Opening {
        /// The duplicate of the socket registered, -1 until then.
        var socket: Int32 = -1
        /// The socket's watch in the loop.
        var watch: Int32 = -1
        /// Whether the loop refuses the socket (calls only).
        let refusing: Bool
    }

    /// The threads opening a connection.
    private static let opening = Mutex<[pthread_t: Opening]>([:])
    /// How many threads are opening a connection, read without the lock.
    private static let openings = Atomic<Int>(0)
    /// Serializes opens under libvirt's default loop.
    private static let listing = Mutex(())

    /// Runs `open` (the C open of a connection, on the calling thread) and
    /// returns its result with the connection's socket, nil for a connection
    /// with none (an in-process driver) or none found.
    static func capturing<Value: Sendable>(
        _ socketWatch: Connection.SocketWatch, _ open: () throws(LibvirtError) -> Value
    ) throws(LibvirtError) -> (Value, ConnectionSocket?) {
        if EventLoop.shared.kind == .sdk {
            return try capturingRegistration(refusing: socketWatch == .callsOnly, open)
        }
        return try listing.withLock { _ throws(LibvirtError) in try capturingListing(open) }
    }

    /// Called by the SDK's loop for every handle libvirt adds, with `add`
    /// (which adds it to the loop, dormant or not, and returns its watch):
    /// the first one added on a thread opening a connection is the
    /// connection's socket, added dormant and captured, or refused (-1, a
    /// connection for calls only).
    static func adding(_ fd: Int32, _ add: (_ dormant: Bool) -> Int32) -> Int32 {
        guard openings.load(ordering: .acquiring) > 0 else { return add(false) }
        let thread = pthread_self()
        // Only this thread changes its entry: read, add unlocked, then record.
        guard let entry = opening.withLock({ $0[thread] }), entry.socket == -1 else { return add(false) }
        if entry.refusing { return -1 }
        guard let copy = ConnectionSocket.duplicate(fd) else { return add(false) }
        let watch = add(true)
        guard watch >= 0 else {
            close(copy)
            return watch
        }
        opening.withLock {
            $0[thread]?.socket = copy
            $0[thread]?.watch = watch
        }
        return watch
    }

    private static func capturingRegistration<Value: Sendable>(
        refusing: Bool, _ open: () throws(LibvirtError) -> Value
    ) throws(LibvirtError) -> (Value, ConnectionSocket?) {
        let thread = pthread_self()
        opening.withLock { $0[thread] = Opening(refusing: refusing) }
        openings.add(1, ordering: .releasing)
        let value: Value
        do throws(LibvirtError) {
            value = try open()
        } catch {
            finishRegistration(thread).map { _ = close($0.socket) }
            throw error
        }
        return (value, finishRegistration(thread).map { ConnectionSocket(adopting: $0.socket, watch: $0.watch) })
    }

    /// The duplicate registered by `thread` and its watch, if any; ends its capture.
    private static func finishRegistration(_ thread: pthread_t) -> (socket: Int32, watch: Int32)? {
        openings.subtract(1, ordering: .releasing)
        guard let entry = opening.withLock({ $0.removeValue(forKey: thread) }), entry.socket >= 0 else { return nil }
        return (entry.socket, entry.watch)
    }

    private static func capturingListing<Value: Sendable>(
        _ open: () throws(LibvirtError) -> Value
    ) throws(LibvirtError) -> (Value, ConnectionSocket?) {
        let before = sockets()
        let value = try open()
        let appeared = sockets().subtracting(before).filter { isConnectedStream($0.fd) }
        guard appeared.count == 1, let found = appeared.first,
              let socket = ConnectionSocket(duplicating: found.fd), socket.inode == found.inode
        else { return (value, nil) }
        return (value, socket)
    }

    /// A socket descriptor of this process and the socket's inode.
    private struct Descriptor: Hashable {
        let fd: Int32
        let inode: UInt
    }

    /// The process's socket descriptors, from `/proc/self/fd`.
    private static func sockets() -> Set<Descriptor> {
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        let listed = dirfd(directory)
        var found: Set<Descriptor> = []
        var target = [CChar](repeating: 0, count: 64)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let fd = Int32(name), fd != listed else { continue }
            let length = readlinkat(listed, name, &target, target.count - 1)
            guard length > 0 else { continue }
            let link = String(decoding: target[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // "socket:[12345]"
            guard link.hasPrefix("socket:["), link.hasSuffix("]"),
                  let inode = UInt(link.dropFirst(8).dropLast())
            else { continue }
            found.insert(Descriptor(fd: fd, inode: inode))
        }
        return found
    }

    /// Whether `fd` is a connected stream socket (libvirt's RPC sockets are).
    private static func isConnectedStream(_ fd: Int32) -> Bool {
        var type: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0,
              type == Int32(SOCK_STREAM.rawValue)
        else { return false }
        var address = sockaddr_storage()
        var size = socklen_t(MemoryLayout<sockaddr_storage>.size)
        return withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(fd, $0, &size) == 0 }
        }
    }
}
