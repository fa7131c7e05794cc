import CLibvirt
import Dispatch
import Glibc
@testable import Libvirt
import Synchronization
import Testing

/// The contract of `virEventRegisterImpl` (libvirt-event.h), checked through
/// libvirt's public `virEventAdd*`/`Update*`/`Remove*` calls, so it holds for
/// whichever loop the process runs (`SWIFT_LIBVIRT_EVENT_LOOP`): scripts/test.sh
/// runs this suite under both.
@Suite("Event loop contract", .serialized)
struct EventLoopContractTests {
    init() {
        Library.prepare()
    }

    @Test("the loop running is the one the environment names")
    func runningLoop() throws {
        let named = getenv(EventLoopKind.environmentVariable).map { String(cString: $0) }
        #expect(EventLoopKind.current == (named.flatMap(EventLoopKind.init(rawValue:)) ?? .sdk))
        // Choosing the running loop again is harmless; the other one is refused.
        try EventLoopKind.select(EventLoopKind.current)
        let other: EventLoopKind = EventLoopKind.current == .sdk ? .libvirtDefault : .sdk
        let error = #expect(throws: LibvirtError.self) { try EventLoopKind.select(other) }
        #expect(error?.code == .operationInvalid)
    }

    @Test("a handle added from another thread fires; events 0 silences it; removal stops it and frees once, on the loop thread")
    func handleLifecycle() async throws {
        let pipe = try Pipe()
        defer { pipe.close() }
        let probe = Probe(behaviour: .drain)
        let watch = probe.addHandle(pipe.read, events: readable)
        #expect(watch > 0)
        pipe.send()
        #expect(await waitFor { probe.snapshot.calls == 1 })

        virEventUpdateHandle(watch, 0)
        pipe.send()
        await EventLoop.shared.nextIteration()
        await EventLoop.shared.nextIteration()
        #expect(probe.snapshot.calls == 1, "dispatched with events 0")

        virEventUpdateHandle(watch, readable)
        #expect(await waitFor { probe.snapshot.calls == 2 })

        #expect(virEventRemoveHandle(watch) == 0)
        #expect(virEventRemoveHandle(watch) == -1, "a second removal finds nothing")
        pipe.send()
        #expect(await waitFor { probe.snapshot.frees == 1 })
        await EventLoop.shared.nextIteration()
        let after = probe.snapshot
        #expect(after.calls == 2, "dispatched after removal")
        #expect(after.frees == 1)
        #expect(after.threads.count == 1, "callbacks on one thread")
        #expect(after.freeThread == after.threads.first, "free callback off the loop thread")
        #expect(after.threads.first != UInt(pthread_self()))
    }

    @Test("watches and timers update and remove themselves, and add others, from inside their callbacks")
    func reentrancy() async throws {
        // A timer firing on every iteration removes itself on its third call.
        let timer = Probe(behaviour: .removeTimerAfter(3))
        let id = timer.addTimeout(0)
        #expect(id > 0)
        #expect(await waitFor { timer.snapshot.frees == 1 })
        await EventLoop.shared.nextIteration()
        #expect(timer.snapshot.calls == 3)

        // A watch that silences itself, then a timer (added from its callback) re-enables it.
        let pipe = try Pipe()
        defer { pipe.close() }
        let handle = Probe(behaviour: .silenceAndRearm)
        let watch = handle.addHandle(pipe.read, events: readable)
        pipe.send()
        #expect(await waitFor { handle.snapshot.calls == 1 })
        pipe.send()
        #expect(await waitFor { handle.snapshot.calls == 2 })
        // A watch that removes itself from its own callback.
        let selfRemoving = Probe(behaviour: .removeHandleAfter(1))
        _ = selfRemoving.addHandle(pipe.read, events: readable)
        #expect(virEventRemoveHandle(watch) == 0)
        pipe.send()
        #expect(await waitFor { selfRemoving.snapshot.frees == 1 && handle.snapshot.frees == 1 })
        pipe.send()
        await EventLoop.shared.nextIteration()
        #expect(selfRemoving.snapshot.calls == 1)
        #expect(await waitFor { handle.rearmTimersFreed == handle.rearmTimersAdded })
    }

    @Test("two watches on one descriptor each get their own events")
    func sharedDescriptor() async throws {
        let pipe = try Pipe()
        defer { pipe.close() }
        let reader = Probe(behaviour: .drain)
        let other = Probe(behaviour: .drain)
        let first = reader.addHandle(pipe.read, events: readable)
        let second = other.addHandle(pipe.read, events: 0)
        pipe.send()
        #expect(await waitFor { reader.snapshot.calls == 1 })
        // The second watch joins, the first leaves: the descriptor stays registered for the second alone.
        virEventUpdateHandle(second, readable)
        virEventUpdateHandle(first, 0)
        pipe.send()
        #expect(await waitFor { other.snapshot.calls == 1 })
        #expect(reader.snapshot.calls == 1)
        #expect(virEventRemoveHandle(first) == 0)
        #expect(virEventRemoveHandle(second) == 0)
        #expect(await waitFor { reader.snapshot.frees == 1 && other.snapshot.frees == 1 })
    }

    @Test("a descriptor closed and reused right after its removal gets no stale event")
    func staleDescriptor() async throws {
        var stale = 0
        for _ in 0..<100 {
            let old = try Pipe()
            let before = Probe(behaviour: .drain)
            old.send()
            let watch = before.addHandle(old.read, events: readable)
            #expect(virEventRemoveHandle(watch) == 0)
            let number = old.read
            old.close()
            let new = try Pipe()
            defer { new.close() }
            // Nothing is written to the new pipe: any dispatch is a stale event.
            let after = Probe(behaviour: .drain)
            let newWatch = after.addHandle(new.read, events: readable)
            await EventLoop.shared.nextIteration()
            if new.read == number { stale += after.snapshot.spurious + after.snapshot.calls }
            new.send()
            #expect(await waitFor { after.snapshot.calls >= 1 })
            #expect(virEventRemoveHandle(newWatch) == 0)
            #expect(await waitFor { before.snapshot.frees == 1 && after.snapshot.frees == 1 })
        }
        #expect(stale == 0)
    }

    @Test("timers: -1 never fires, n ms fires every n ms, an update restarts the period")
    func timerIntervals() async throws {
        let disabled = Probe(behaviour: .count)
        let off = disabled.addTimeout(-1)
        let periodic = Probe(behaviour: .count)
        let every = periodic.addTimeout(40)
        #expect(await waitFor { periodic.snapshot.calls >= 5 })
        #expect(virEventRemoveTimeout(every) == 0)
        // Each expiry is set from the loop's clock before its callback runs, so
        // the callbacks are spaced by 40 ms on average however late each one ran.
        let times = periodic.snapshot.times
        if let first = times.first, let last = times.last {
            #expect(last - first >= .milliseconds(40 * (times.count - 1) - 10), "\(times.count) fires in \(last - first)")
        }
        #expect(disabled.snapshot.calls == 0)
        virEventUpdateTimeout(off, 0)
        #expect(await waitFor { disabled.snapshot.calls >= 1 })
        #expect(virEventRemoveTimeout(off) == 0)

        // Updated every 20 ms for a second, a 300 ms timer fires only 300 ms
        // after the update before it: each update restarts the period. (On a
        // loaded machine the updating task may stall longer than the period; the
        // timer may then fire, still 300 ms after the last update.)
        let restarted = Probe(behaviour: .count)
        var updates: [(began: ContinuousClock.Instant, ended: ContinuousClock.Instant)] = []
        let added = ContinuousClock.now
        let id = restarted.addTimeout(300)
        updates.append((added, .now))
        while ContinuousClock.now - added < .seconds(1) {
            let began = ContinuousClock.now
            virEventUpdateTimeout(id, 300)
            updates.append((began, .now))
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(await waitFor { restarted.snapshot.calls >= 1 })
        for fire in restarted.snapshot.times {
            // The last update surely done before the callback ran: the period began after its start.
            guard let previous = updates.last(where: { $0.ended < fire }) else { continue }
            #expect(fire - previous.began >= .milliseconds(295), "fired \(fire - previous.began) after an update")
        }
        #expect(virEventRemoveTimeout(id) == 0)
        #expect(await waitFor {
            disabled.snapshot.frees == 1 && periodic.snapshot.frees == 1 && restarted.snapshot.frees == 1
        })
    }

    @Test("timers and watches added and removed from 8 threads at once: every free callback runs exactly once")
    func concurrentChurn() async throws {
        let pipe = try Pipe()
        defer { pipe.close() }
        let probes = (0..<400).map { _ in Probe(behaviour: .count) }
        let descriptor = pipe.read
        DispatchQueue.concurrentPerform(iterations: 8) { lane in
            for index in stride(from: lane, to: probes.count, by: 8) {
                let probe = probes[index]
                if index % 2 == 0 {
                    let id = probe.addTimeout(index % 4 == 0 ? 0 : 1_000)
                    virEventUpdateTimeout(id, -1)
                    _ = virEventRemoveTimeout(id)
                } else {
                    let watch = probe.addHandle(descriptor, events: index % 3 == 0 ? readable : 0)
                    virEventUpdateHandle(watch, 0)
                    _ = virEventRemoveHandle(watch)
                }
            }
        }
        #expect(await waitFor { probes.allSatisfy { $0.snapshot.frees >= 1 } })
        await EventLoop.shared.nextIteration()
        #expect(probes.allSatisfy { $0.snapshot.frees == 1 })
    }
}

// MARK: - The SDK's loop: dormant watches

extension EventLoopContractTests {
    @Test("the SDK's loop: a dormant watch's enable from another thread waits up to 100 ms, a disable first cancels it, waking it applies it at once")
    func dormantWatch() async throws {
        guard EventLoopKind.current == .sdk else { return }  // libvirt's default loop has no dormant watches
        let loop = EpollLoop.shared
        let pipe = try Pipe()
        defer { pipe.close() }
        let probe = Probe(behaviour: .drain)
        let watch = probe.addHandle(pipe.read, events: readable)
        loop.setDormant(watch, true)
        #expect(loop.watchState(watch) == .init(dormant: true, watched: true, pending: false, dispatches: 0))

        // Disabled at once; enabled later. This thread is not the loop's.
        virEventUpdateHandle(watch, 0)
        #expect(loop.watchState(watch)?.watched == false)
        var enabled = ContinuousClock.now
        virEventUpdateHandle(watch, readable)
        let early = loop.watchState(watch)
        if ContinuousClock.now - enabled < .milliseconds(50) {  // unless this thread stalled that long
            #expect(early?.pending == true && early?.watched == false)
        }
        // A disable before the loop applied it: nothing pending, nothing watched.
        virEventUpdateHandle(watch, 0)
        #expect(loop.watchState(watch).map { !$0.pending && !$0.watched } == true)

        // Left alone, the enable reaches the epoll set about 100 ms later.
        pipe.send()
        enabled = ContinuousClock.now
        virEventUpdateHandle(watch, readable)
        #expect(await waitFor { probe.snapshot.calls == 1 })
        #expect(ContinuousClock.now - enabled >= .milliseconds(90), "applied before the dormant delay")
        #expect(loop.watchState(watch)?.dispatches == 1)

        // Waking the watch applies a pending enable at once.
        virEventUpdateHandle(watch, 0)
        virEventUpdateHandle(watch, readable)
        loop.setDormant(watch, false)
        #expect(loop.watchState(watch) == .init(dormant: false, watched: true, pending: false, dispatches: 1))
        pipe.send()
        #expect(await waitFor { probe.snapshot.calls == 2 })

        // A removed watch is gone from the loop; changing it does nothing.
        #expect(virEventRemoveHandle(watch) == 0)
        loop.setDormant(watch, true)
        #expect(loop.watchState(watch) == nil)
        #expect(await waitFor { probe.snapshot.frees == 1 })
    }
}

// MARK: - Support

private let readable = Int32(VIR_EVENT_HANDLE_READABLE.rawValue)

/// Whether `condition` holds within 10 s, checked every 2 ms.
private func waitFor(_ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(2))
    }
    return condition()
}

/// A non-blocking pipe.
private struct Pipe {
    let read: Int32
    let write: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw PipeError() }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        read = ends[0]
        write = ends[1]
    }

    func send() {
        var byte: UInt8 = 1
        _ = Glibc.write(write, &byte, 1)
    }

    func close() {
        _ = Glibc.close(read)
        _ = Glibc.close(write)
    }

    struct PipeError: Error {}
}

/// Records what the loop does with one watch or timer: the libvirt callbacks
/// reach it through its opaque pointer, which holds a reference that the free
/// callback releases.
private final class Probe: Sendable {
    enum Behaviour {
        /// Counts; a watch reads what is ready (a read finding nothing is spurious).
        case drain
        /// Counts only.
        case count
        /// A timer removes itself on its nth call.
        case removeTimerAfter(Int)
        /// A watch removes itself on its nth call.
        case removeHandleAfter(Int)
        /// A watch drains, sets its events to 0, and adds a one-shot timer that re-enables it.
        case silenceAndRearm
    }

    struct Snapshot {
        var calls = 0
        var spurious = 0
        var frees = 0
        var threads: Set<UInt> = []
        var freeThread: UInt?
        var times: [ContinuousClock.Instant] = []
    }

    let behaviour: Behaviour
    private let state = Mutex(Snapshot())
    private let rearms = Mutex((added: 0, freed: 0))

    init(behaviour: Behaviour) {
        self.behaviour = behaviour
    }

    var snapshot: Snapshot { state.withLock { $0 } }
    var rearmTimersAdded: Int { rearms.withLock { $0.added } }
    var rearmTimersFreed: Int { rearms.withLock { $0.freed } }

    func addHandle(_ fd: Int32, events: Int32) -> Int32 {
        virEventAddHandle(fd, events, probeHandle, Unmanaged.passRetained(self).toOpaque(), probeFree)
    }

    func addTimeout(_ interval: Int32) -> Int32 {
        virEventAddTimeout(interval, probeTimer, Unmanaged.passRetained(self).toOpaque(), probeFree)
    }

    fileprivate func handle(watch: Int32, fd: Int32, events: Int32) {
        var spurious = false
        if case .count = behaviour {} else {
            var byte: UInt8 = 0
            spurious = read(fd, &byte, 1) != 1
        }
        let calls = record(spurious: spurious)
        switch behaviour {
        case .removeHandleAfter(let n) where calls == n:
            _ = virEventRemoveHandle(watch)
        case .silenceAndRearm:
            virEventUpdateHandle(watch, 0)
            let rearm = Rearm(watch: watch, owner: self)
            rearms.withLock { $0.added += 1 }
            _ = virEventAddTimeout(0, rearmTimer, Unmanaged.passRetained(rearm).toOpaque(), rearmFree)
        default:
            break
        }
    }

    fileprivate func timer(_ id: Int32) {
        let calls = record(spurious: false)
        if case .removeTimerAfter(let n) = behaviour, calls == n {
            _ = virEventRemoveTimeout(id)
        }
    }

    fileprivate func freed() {
        state.withLock {
            $0.frees += 1
            $0.freeThread = UInt(pthread_self())
        }
    }

    fileprivate func rearmFreed() {
        rearms.withLock { $0.freed += 1 }
    }

    private func record(spurious: Bool) -> Int {
        state.withLock {
            if spurious { $0.spurious += 1 } else { $0.calls += 1 }
            $0.threads.insert(UInt(pthread_self()))
            $0.times.append(.now)
            return $0.calls
        }
    }
}

/// The one-shot timer of `.silenceAndRearm`.
private final class Rearm: Sendable {
    let watch: Int32
    let owner: Probe
    init(watch: Int32, owner: Probe) {
        self.watch = watch
        self.owner = owner
    }
}

private let probeHandle: virEventHandleCallback = { watch, fd, events, opaque in
    Unmanaged<Probe>.fromOpaque(opaque!).takeUnretainedValue().handle(watch: watch, fd: fd, events: events)
}

private let probeTimer: virEventTimeoutCallback = { id, opaque in
    Unmanaged<Probe>.fromOpaque(opaque!).takeUnretainedValue().timer(id)
}

private let probeFree: virFreeCallback = { opaque in
    let probe = Unmanaged<Probe>.fromOpaque(opaque!)
    probe.takeUnretainedValue().freed()
    probe.release()
}

private let rearmTimer: virEventTimeoutCallback = { id, opaque in
    let rearm = Unmanaged<Rearm>.fromOpaque(opaque!).takeUnretainedValue()
    virEventUpdateHandle(rearm.watch, readable)
    _ = virEventRemoveTimeout(id)
}

private let rearmFree: virFreeCallback = { opaque in
    let rearm = Unmanaged<Rearm>.fromOpaque(opaque!)
    rearm.takeUnretainedValue().owner.rearmFreed()
    rearm.release()
}
