import CLibvirt
import Dispatch
import Glibc
import Synchronization

/// The event loop that carries libvirt's events, keepalive and stream I/O in
/// this process.
///
/// One loop per process, chosen before the first connection opens and run by
/// one background thread for the life of the process. Choose with
/// ``select(_:)``, or with the environment variable `SWIFT_LIBVIRT_EVENT_LOOP`
/// (`sdk` or `default`), read when the library is set up; ``select(_:)`` wins
/// over the variable. Without either, the loop is ``sdk``.
public enum EventLoopKind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The SDK's own epoll loop, registered with `virEventRegisterImpl`.
    ///
    /// Through a daemon, libvirt's RPC client hands its socket to the loop
    /// around every call; this loop makes those hand-offs cheap (no wake-up of
    /// the loop thread, no busy spin while several threads share a
    /// connection), and keeps out of them while a connection has no event
    /// subscription or non-blocking stream (its socket is watched again once
    /// calls stop for 100 ms), so calls cost about what they cost with no
    /// loop at all.
    ///
    /// Wraps `virEventRegisterImpl`.
    case sdk
    /// libvirt's default implementation (GLib's main loop).
    ///
    /// Wraps `virEventRegisterDefaultImpl` and `virEventRunDefaultImpl`.
    case libvirtDefault = "default"

    /// The loop's name as ``environmentVariable`` spells it: `sdk` or `default`.
    public var description: String { rawValue }

    /// The environment variable read at set-up: `sdk` or `default`.
    public static let environmentVariable = "SWIFT_LIBVIRT_EVENT_LOOP"

    /// The loop this process runs, or will run once the first connection opens.
    public static var current: EventLoopKind {
        EventLoop.shared.kind
    }

    /// Chooses the process's loop. Call it before anything opens a connection
    /// (or asks libvirt's version), which sets the loop up for good.
    ///
    /// - Throws: ``LibvirtError`` with code `.operationInvalid` when a
    ///   different loop is already running.
    public static func select(_ kind: EventLoopKind) throws(LibvirtError) {
        try EventLoop.shared.select(kind)
    }
}

/// The process's event loop: the choice between the loops, its set-up, and
/// ``nextIteration()``.
final class EventLoop: Sendable {
    /// The process's loop.
    static let shared = EventLoop()

    /// The loop chosen, and whether it runs yet.
    private let choice: Mutex<(kind: EventLoopKind?, running: EventLoopKind?)> = Mutex((nil, nil))

    private init() {}

    /// The loop running, else the one chosen, else the one the environment or the default names.
    var kind: EventLoopKind {
        choice.withLock { $0.running ?? $0.kind ?? Self.configured }
    }

    func select(_ kind: EventLoopKind) throws(LibvirtError) {
        let refused: EventLoopKind? = choice.withLock { state in
            if let running = state.running, running != kind { return running }
            state.kind = kind
            return nil
        }
        if let refused {
            throw LibvirtError(
                code: .operationInvalid, domain: .event,
                message: "the \(refused.rawValue) event loop already runs in this process; choose the loop before the first connection opens",
                function: "virEventRegisterImpl")
        }
    }

    /// The loop named by `SWIFT_LIBVIRT_EVENT_LOOP`, else ``EventLoopKind/sdk``.
    private static var configured: EventLoopKind {
        guard let value = getenv(EventLoopKind.environmentVariable) else { return .sdk }
        return EventLoopKind(rawValue: String(cString: value)) ?? .sdk
    }

    /// Registers the chosen loop and starts its thread.
    ///
    /// Called once, by ``Library/prepare()``.
    ///
    /// Wraps `virEventRegisterDefaultImpl`.
    func start() {
        choice.withLock { state in
            var kind = state.kind ?? Self.configured
            if kind == .sdk, !EpollLoop.shared.register() {
                kind = .libvirtDefault  // no epoll descriptor: libvirt's loop still works
            }
            if kind == .libvirtDefault {
                guard virEventRegisterDefaultImpl() == 0 else {
                    // Without a loop, events and keepalive cannot work; connections still do.
                    virResetLastError()
                    return
                }
                startThread { EventLoop.runDefault() }
            }
            state.running = kind
        }
    }

    /// Resumes once the loop thread has run the callbacks that were due when
    /// this was called (see ``afterCurrentIteration(_:)``).
    func nextIteration() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if !afterCurrentIteration({ continuation.resume() }) {
                continuation.resume()  // no loop registered: nothing can be pending on it
            }
        }
    }

    /// Blocks the calling thread, which must not be the loop's, until the loop
    /// thread has run the callbacks that were due or running when this was
    /// called, for at most a second (a loop held up that long is not waited for).
    func waitForIteration() {
        let done = DispatchSemaphore(value: 0)
        if afterCurrentIteration({ done.signal() }) {
            _ = done.wait(timeout: .now() + .seconds(1))
        }
    }

    /// Runs `body` on the loop thread after the callbacks due or running now:
    /// it adds a one-shot timeout, which the loop runs after the timers
    /// registered before it (libvirt's event queues among them) and after the
    /// callback in progress. False, and `body` never runs, when no loop is registered.
    ///
    /// Wraps `virEventAddTimeout` and `virEventRemoveTimeout`.
    private func afterCurrentIteration(_ body: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(IterationWaiter(body)).toOpaque()
        guard virEventAddTimeout(0, iterationDone, box, nil) >= 0 else {
            virResetLastError()
            Unmanaged<IterationWaiter>.fromOpaque(box).release()
            return false
        }
        return true
    }

    /// The default loop thread's body: one iteration after another, forever.
    ///
    /// Wraps `virEventRunDefaultImpl`.
    private static func runDefault() -> Never {
        while true {
            if virEventRunDefaultImpl() < 0 {
                virResetLastError()
            }
        }
    }
}

/// What runs after an iteration (``EventLoop/nextIteration()``, ``EventLoop/waitForIteration()``).
private final class IterationWaiter {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// The one-shot timeout of ``EventLoop/afterCurrentIteration(_:)``: removes
/// itself and runs its body. On the loop thread.
private let iterationDone: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { timer, opaque in
    virEventRemoveTimeout(timer)
    guard let opaque else { return }
    Unmanaged<IterationWaiter>.fromOpaque(opaque).takeRetainedValue().body()
}
