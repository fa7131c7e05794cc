import CLibvirt
import Glibc

/// libvirt's default event loop, run by one background thread for the life of the process.
///
/// It is registered before the first connection opens, whichever API opens it,
/// and never stops: libvirt delivers events, keepalive messages and stream I/O
/// from it. Callbacks it runs only hand values over to Swift and return, so a
/// slow consumer never holds it up.
final class EventLoop: Sendable {
    /// The process's loop.
    static let shared = EventLoop()

    private init() {}

    /// Registers libvirt's default implementation and starts its thread.
    ///
    /// Called once, by ``Library/prepare()``.
    ///
    /// Wraps `virEventRegisterDefaultImpl`.
    func start() {
        guard virEventRegisterDefaultImpl() == 0 else {
            // Without a loop, events and keepalive cannot work; connections still do.
            virResetLastError()
            return
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        var thread = pthread_t()
        pthread_create(&thread, &attributes, { _ in
            EventLoop.run()
        }, nil)
        pthread_attr_destroy(&attributes)
    }

    /// Resumes once the loop thread has run the callbacks that were due when
    /// this was called: it adds a one-shot timeout, which the loop runs after
    /// the timers registered before it (libvirt's event queues among them).
    ///
    /// Wraps `virEventAddTimeout` and `virEventRemoveTimeout`.
    func nextIteration() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let box = Unmanaged.passRetained(IterationWaiter(continuation)).toOpaque()
            if virEventAddTimeout(0, iterationDone, box, nil) < 0 {
                // No loop registered: nothing can be pending on it.
                virResetLastError()
                Unmanaged<IterationWaiter>.fromOpaque(box).takeRetainedValue().continuation.resume()
            }
        }
    }

    /// The loop thread's body: one iteration after another, forever.
    ///
    /// Wraps `virEventRunDefaultImpl`.
    private static func run() -> Never {
        while true {
            if virEventRunDefaultImpl() < 0 {
                virResetLastError()
            }
        }
    }
}

/// A task waiting for ``EventLoop/nextIteration()``.
private final class IterationWaiter {
    let continuation: CheckedContinuation<Void, Never>
    init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }
}

/// The one-shot timeout of ``EventLoop/nextIteration()``: removes itself and
/// resumes its waiter. On the loop thread.
private let iterationDone: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { timer, opaque in
    virEventRemoveTimeout(timer)
    guard let opaque else { return }
    Unmanaged<IterationWaiter>.fromOpaque(opaque).takeRetainedValue().continuation.resume()
}
