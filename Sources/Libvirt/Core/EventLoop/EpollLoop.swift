import CLibvirt
import Glibc
import Synchronization

/// The SDK's own event loop: an epoll loop registered with libvirt by
/// `virEventRegisterImpl` and run by one dedicated thread forever.
///
/// It follows the contract in `libvirt-event.h` and the rules of
/// `research/event-loop.md`:
///
/// - add, update and remove come from any thread, including from callbacks on
///   the loop thread; one mutex guards the tables and is never held while a
///   libvirt callback or a free callback runs; after re-locking, entries are
///   found again by watch or timer id (their slots only move on the loop
///   thread, after dispatch);
/// - one epoll registration per descriptor, with the union of its watches'
///   masks, applied by the caller with `epoll_ctl` (a blocked `epoll_wait`
///   sees it); events 0 takes the descriptor out of the epoll set; a
///   generation in each registration's data makes a stale event of a reused
///   descriptor harmless;
/// - removal marks the entry deleted and unregisters the descriptor at once;
///   its free callback runs later on the loop thread, outside the lock and
///   outside any dispatch, and the loop is woken so that it runs soon;
/// - timers: interval -1 disabled, 0 on every iteration, n every n ms; an
///   update restarts the period; the next expiry is set before the callback
///   runs; the loop is woken (eventfd, one pending write) only when it sleeps
///   and a deadline moves earlier;
/// - spin suppression: a dispatch that neither touched its watch nor moved a
///   byte (`FIONREAD`, `TIOCOUTQ`) parks the watch until its next update, or
///   5 ms (libvirt's RPC client returns at once from its socket callback while
///   another thread holds the connection: level-triggered, it would spin);
/// - deferred enable: after a sleep period that saw a park and an update from
///   another thread (the signature of libvirt's RPC threads passing the
///   connection between them), an enable from another thread only marks the
///   descriptor pending and the loop applies it within 1 ms; a disable that
///   comes first cancels it without a system call;
/// - dormant watches: a connection's socket is added dormant, and stays so
///   until the connection needs the loop to read it at once (events, a
///   non-blocking stream: ``ConnectionSocket/promptWatch()``); an enable of a
///   dormant watch from another thread waits up to 100 ms, so calls that
///   follow one another hand the socket between them without the loop (no
///   system call, no wake-up), and an idle connection is watched again 100 ms
///   after its last call;
/// - event consumers woken by the callbacks of an iteration are resumed once
///   they all ran (``resumeAfterCallbacks(_:)``): libvirt dispatches a burst
///   of events in one timer callback, and the consumer takes it in one batch.
///
/// The hot paths (an update from a calling thread, one iteration of the loop)
/// take the one lock once and never allocate: the tables grow only when a
/// watch or timer is added, and the loop's buffers are allocated once.
final class EpollLoop: @unchecked Sendable {
    /// The process's instance; `register()` makes it libvirt's loop.
    static let shared = EpollLoop()

    /// The tables and flags, guarded by `lock`.
    private let state: UnsafeMutablePointer<State>
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let epoll: Int32
    private let wakeDescriptor: Int32

    /// Loop thread only: the events of one `epoll_wait`, and the free callbacks
    /// collected under the lock, run after it is released.
    private let ready: UnsafeMutablePointer<epoll_event>
    private let freeCallbacks: UnsafeMutablePointer<[PendingFree]>
    /// Loop thread only: consumers woken by this iteration's callbacks,
    /// resumed once they all ran (``resumeAfterCallbacks(_:)``).
    private let wokenConsumers: UnsafeMutablePointer<[UnsafeContinuation<Void, Never>]>
    /// The loop thread, once it runs (`pthread_t` as a number; 0 before, and
    /// under libvirt's default loop): `onLoopThread()` reads it.
    private static let loopThreadID = Atomic<UInt>(0)

    /// How many events one wait returns at most.
    private static let readyCapacity: Int32 = 32
    /// The `epoll_event` data of the wake-up eventfd.
    private static let wakeTag = UInt64.max
    /// How long a parked watch stays out of the epoll set without an update, in ms.
    private static let parkMilliseconds: Int64 = 5
    /// The longest a deferred enable waits for the loop, in ns (G of the note).
    private static let deferNanoseconds: Int64 = 1_000_000
    /// The longest an enable of a dormant watch waits for the loop, in ms.
    private static let dormantMilliseconds: Int64 = 100

    private init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        ready = .allocate(capacity: Int(Self.readyCapacity))
        freeCallbacks = .allocate(capacity: 1)
        freeCallbacks.initialize(to: [])
        freeCallbacks.pointee.reserveCapacity(16)
        wokenConsumers = .allocate(capacity: 1)
        wokenConsumers.initialize(to: [])
        wokenConsumers.pointee.reserveCapacity(16)
        epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        wakeDescriptor = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        if epoll >= 0, wakeDescriptor >= 0 {
            var event = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(u64: Self.wakeTag))
            if epoll_ctl(epoll, EPOLL_CTL_ADD, wakeDescriptor, &event) < 0 {
                close(wakeDescriptor)
                close(epoll)
                state.pointee.broken = true
            }
        } else {
            state.pointee.broken = true
        }
    }

    /// Registers this loop with libvirt and starts its thread. Returns false,
    /// registering nothing, when the epoll or eventfd descriptors could not be made.
    ///
    /// Wraps `virEventRegisterImpl`.
    func register() -> Bool {
        guard !state.pointee.broken else { return false }
        virEventRegisterImpl(
            { fd, events, callback, opaque, free in
                // A connection's socket: captured and dormant, or refused (calls only).
                SocketCapture.adding(fd) { dormant in
                    EpollLoop.shared.addHandle(fd, events, callback, opaque, free, dormant: dormant)
                }
            },
            { watch, events in EpollLoop.shared.updateHandle(watch, events) },
            { watch in EpollLoop.shared.removeHandle(watch) },
            { interval, callback, opaque, free in
                EpollLoop.shared.addTimeout(interval, callback, opaque, free)
            },
            { timer, interval in EpollLoop.shared.updateTimeout(timer, interval) },
            { timer in EpollLoop.shared.removeTimeout(timer) })
        startThread {
            EpollLoop.shared.run()
        }
        return true
    }

    /// The loop thread's body.
    private func run() -> Never {
        Self.loopThreadID.store(UInt(pthread_self()), ordering: .releasing)
        while true {
            runOnce()
        }
    }

    // MARK: - Handles

    private func addHandle(
        _ fd: Int32, _ events: Int32, _ callback: virEventHandleCallback?,
        _ opaque: UnsafeMutableRawPointer?, _ free: virFreeCallback?, dormant: Bool
    ) -> Int32 {
        guard fd >= 0, let callback else { return -1 }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let watch = state.pointee.nextWatch
        state.pointee.nextWatch = watch == Int32.max ? 1 : watch + 1
        state.pointee.handles.append(
            Handle(
                watch: watch, fd: fd, events: events, dormant: dormant, callback: callback, opaque: opaque, free: free))
        sync(fd, immediately: true)
        return watch
    }

    private func updateHandle(_ watch: Int32, _ events: Int32) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = handleIndex(watch) else { return }
        let onLoop = Self.onLoopThread()
        state.pointee.handles[index].touched = true
        if state.pointee.handles[index].events != events || state.pointee.handles[index].parked {
            unpark(index)
            state.pointee.handles[index].events = events
            sync(state.pointee.handles[index].fd, immediately: onLoop)
        }
        if !onLoop {
            state.pointee.outsideUpdates &+= 1
        }
    }

    private func removeHandle(_ watch: Int32) -> Int32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = handleIndex(watch) else { return -1 }
        state.pointee.handles[index].deleted = true
        state.pointee.deletedCount += 1
        unpark(index)
        sync(state.pointee.handles[index].fd, immediately: true)
        if state.pointee.sleeping, !Self.onLoopThread() {
            wake()  // so that the free callback runs soon
        }
        return 0
    }

    /// Makes a watch dormant, or attentive again: an enable of a dormant
    /// watch from another thread is left pending up to 100 ms, so that a
    /// disable coming first cancels it without a system call; making it
    /// attentive applies a pending enable at once. A watch that was removed
    /// is left alone.
    func setDormant(_ watch: Int32, _ dormant: Bool) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = handleIndex(watch), state.pointee.handles[index].dormant != dormant else { return }
        state.pointee.handles[index].dormant = dormant
        if !dormant {
            sync(state.pointee.handles[index].fd, immediately: true)
        }
    }

    /// What the loop holds for a live watch, nil for one removed (for tests).
    func watchState(_ watch: Int32) -> WatchState? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = handleIndex(watch) else { return nil }
        let handle = state.pointee.handles[index]
        let file = state.pointee.files[Int(handle.fd)]
        return WatchState(
            dormant: handle.dormant, watched: file.registration != 0, pending: file.pending,
            dispatches: handle.dispatches)
    }

    /// A live watch as the loop holds it (``watchState(_:)``).
    struct WatchState: Equatable {
        /// Whether its enables from other threads may wait (``setDormant(_:_:)``).
        let dormant: Bool
        /// Whether its descriptor is in the epoll set.
        let watched: Bool
        /// Whether an enable of its descriptor waits for the loop.
        let pending: Bool
        /// How often its callback ran.
        let dispatches: Int
    }

    /// The slot of a live watch. Under the lock.
    @inline(__always)
    private func handleIndex(_ watch: Int32) -> Int? {
        state.pointee.handles.withUnsafeBufferPointer { handles in
            for index in handles.indices where handles[index].watch == watch && !handles[index].deleted {
                return index
            }
            return nil
        }
    }

    /// Takes a watch out of its parked state. Under the lock.
    @inline(__always)
    private func unpark(_ index: Int) {
        if state.pointee.handles[index].parked {
            state.pointee.handles[index].parked = false
            state.pointee.parkedCount -= 1
        }
    }

    // MARK: - Timers

    private func addTimeout(
        _ interval: Int32, _ callback: virEventTimeoutCallback?,
        _ opaque: UnsafeMutableRawPointer?, _ free: virFreeCallback?
    ) -> Int32 {
        guard let callback else { return -1 }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let id = state.pointee.nextTimer
        state.pointee.nextTimer = id == Int32.max ? 1 : id + 1
        let expires = interval >= 0 ? monotonicMilliseconds() + Int64(interval) : 0
        state.pointee.timers.append(
            Timer(id: id, interval: interval, expires: expires, callback: callback, opaque: opaque, free: free))
        if interval >= 0 {
            wakeIfEarlier(expires)
        }
        return id
    }

    private func updateTimeout(_ timer: Int32, _ interval: Int32) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = timerIndex(timer) else { return }
        state.pointee.timers[index].interval = interval
        if interval >= 0 {
            let expires = monotonicMilliseconds() + Int64(interval)
            state.pointee.timers[index].expires = expires
            wakeIfEarlier(expires)
        }
    }

    private func removeTimeout(_ timer: Int32) -> Int32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let index = timerIndex(timer) else { return -1 }
        state.pointee.timers[index].deleted = true
        state.pointee.deletedCount += 1
        if state.pointee.sleeping, !Self.onLoopThread() {
            wake()
        }
        return 0
    }

    /// The slot of a live timer. Under the lock.
    @inline(__always)
    private func timerIndex(_ id: Int32) -> Int? {
        state.pointee.timers.withUnsafeBufferPointer { timers in
            for index in timers.indices where timers[index].id == id && !timers[index].deleted {
                return index
            }
            return nil
        }
    }

    /// Wakes the sleeping loop when `expires` comes before the deadline it sleeps to. Under the lock.
    @inline(__always)
    private func wakeIfEarlier(_ expires: Int64) {
        if state.pointee.sleeping, expires < state.pointee.sleepUntil, !Self.onLoopThread() {
            wake()
        }
    }

    // MARK: - Descriptors

    /// Makes the epoll registration of `fd` the union of its live, unparked
    /// watches, or none. Unless `immediately`, an enable from another thread
    /// while the loop is in fast mode is left pending for the loop. Under the lock.
    private func sync(_ fd: Int32, immediately: Bool) {
        var wanted: UInt32 = 0
        var any = false
        var dormant = true
        state.pointee.handles.withUnsafeBufferPointer { handles in
            for handle in handles where handle.fd == fd && !handle.deleted && handle.events != 0 && !handle.parked {
                wanted |= Self.epollMask(handle.events)
                any = true
                dormant = dormant && handle.dormant
            }
        }
        let slot = Int(fd)
        if slot >= state.pointee.files.count {
            state.pointee.files.append(
                contentsOf: repeatElement(FileEntry(), count: max(slot + 1, 64) - state.pointee.files.count))
        }
        // Bit 31 marks "registered": a watch of only ERROR or HANGUP is registered with mask 0.
        let registration = any ? wanted | 0x8000_0000 : 0
        if registration == state.pointee.files[slot].registration {
            clearPending(slot)
            return
        }
        if !immediately, registration != 0, state.pointee.fast || dormant {
            if !state.pointee.files[slot].pending {
                state.pointee.files[slot].pending = true
                state.pointee.pendingCount += 1
                if dormant {
                    let due = monotonicMilliseconds() + Self.dormantMilliseconds
                    state.pointee.files[slot].due = due
                    wakeIfEarlier(due)
                } else {
                    state.pointee.files[slot].due = 0
                }
            }
            return
        }
        clearPending(slot)
        if registration == 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nil)
        } else if state.pointee.files[slot].registration == 0 {
            add(fd, slot, wanted)
        } else {
            var event = epoll_event(events: wanted, data: epoll_data_t(u64: tag(fd, slot)))
            if epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event) < 0, errno == ENOENT {
                add(fd, slot, wanted)  // closed and reused without a removal
            }
        }
        state.pointee.files[slot].registration = registration
    }

    /// Registers `fd` under a new generation. Under the lock.
    private func add(_ fd: Int32, _ slot: Int, _ mask: UInt32) {
        state.pointee.files[slot].generation &+= 1
        var event = epoll_event(events: mask, data: epoll_data_t(u64: tag(fd, slot)))
        if epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event) < 0, errno == EEXIST {
            epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event)
        }
    }

    @inline(__always)
    private func tag(_ fd: Int32, _ slot: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: fd)) | UInt64(state.pointee.files[slot].generation) << 32
    }

    @inline(__always)
    private func clearPending(_ slot: Int) {
        if state.pointee.files[slot].pending {
            state.pointee.files[slot].pending = false
            state.pointee.pendingCount -= 1
        }
    }

    @inline(__always)
    private static func epollMask(_ events: Int32) -> UInt32 {
        var mask: UInt32 = 0
        if events & Int32(VIR_EVENT_HANDLE_READABLE.rawValue) != 0 { mask |= EPOLLIN.rawValue }
        if events & Int32(VIR_EVENT_HANDLE_WRITABLE.rawValue) != 0 { mask |= EPOLLOUT.rawValue }
        return mask
    }

    @inline(__always)
    private static func handleEvents(_ mask: UInt32) -> Int32 {
        var events: Int32 = 0
        if mask & EPOLLIN.rawValue != 0 { events |= Int32(VIR_EVENT_HANDLE_READABLE.rawValue) }
        if mask & EPOLLOUT.rawValue != 0 { events |= Int32(VIR_EVENT_HANDLE_WRITABLE.rawValue) }
        if mask & EPOLLERR.rawValue != 0 { events |= Int32(VIR_EVENT_HANDLE_ERROR.rawValue) }
        if mask & EPOLLHUP.rawValue != 0 { events |= Int32(VIR_EVENT_HANDLE_HANGUP.rawValue) }
        return events
    }

    // MARK: - Waking

    /// Writes the eventfd unless a write is already pending. Under the lock.
    @inline(__always)
    private func wake() {
        guard !state.pointee.wakePending else { return }
        state.pointee.wakePending = true
        var one: UInt64 = 1
        _ = write(wakeDescriptor, &one, 8)
    }

    /// Whether the caller is the loop thread (false before it runs).
    @inline(__always)
    private static func onLoopThread() -> Bool {
        let loop = loopThreadID.load(ordering: .acquiring)
        return loop != 0 && loop == UInt(pthread_self())
    }
}

// MARK: - One iteration

extension EpollLoop {
    /// Applies pending enables, sleeps until a descriptor is ready, a timer is
    /// due, a parked watch's time is up or the loop is woken, then runs the due
    /// timers, the ready watches and the free callbacks of removed entries.
    private func runOnce() {
        pthread_mutex_lock(lock)
        var now = monotonicMilliseconds()
        var next = Int64.max
        // Each pending descriptor once: applied when due, else its due time bounds the sleep.
        var unvisited = state.pointee.pendingCount
        if unvisited > 0 {
            for slot in state.pointee.files.indices where state.pointee.files[slot].pending {
                if state.pointee.files[slot].due <= now {
                    sync(Int32(slot), immediately: true)
                } else {
                    next = min(next, state.pointee.files[slot].due)
                }
                unvisited -= 1
                if unvisited == 0 { break }
            }
        }
        // Fast mode on the buck-pass signature (a park, and updates from other
        // threads), kept while other threads keep updating.
        if state.pointee.fast, state.pointee.outsideUpdates == 0 {
            state.pointee.fast = false
        } else if !state.pointee.fast, state.pointee.sawPark, state.pointee.outsideUpdates > 0 {
            state.pointee.fast = true
        }
        state.pointee.outsideUpdates = 0
        state.pointee.sawPark = false

        if state.pointee.parkedCount > 0 {
            for index in state.pointee.handles.indices where state.pointee.handles[index].parked {
                if state.pointee.handles[index].parkUntil <= now {
                    unpark(index)
                    sync(state.pointee.handles[index].fd, immediately: true)
                } else {
                    next = min(next, state.pointee.handles[index].parkUntil)
                }
            }
        }
        state.pointee.timers.withUnsafeBufferPointer { timers in
            for timer in timers where !timer.deleted && timer.interval >= 0 && timer.expires < next {
                next = timer.expires
            }
        }
        var timeout: Int64 = -1  // ns
        if state.pointee.deletedCount > 0 {
            timeout = 0
        } else if next != Int64.max {
            timeout = next <= now ? 0 : min(next - now, 1 << 30) * 1_000_000
        }
        if state.pointee.fast, timeout < 0 || timeout > Self.deferNanoseconds {
            timeout = Self.deferNanoseconds
        }
        state.pointee.sleeping = true
        state.pointee.sleepUntil = state.pointee.fast ? min(next, now + 1) : next
        pthread_mutex_unlock(lock)

        let count: Int32
        if timeout < 0 {
            count = epoll_wait(epoll, ready, Self.readyCapacity, -1)
        } else {
            var span = timespec(tv_sec: Int(timeout / 1_000_000_000), tv_nsec: Int(timeout % 1_000_000_000))
            var waited = epoll_pwait2(epoll, ready, Self.readyCapacity, &span, nil)
            if waited < 0, errno == ENOSYS {  // kernel < 5.11: ms resolution, rounded up
                waited = epoll_wait(epoll, ready, Self.readyCapacity, Int32((timeout + 999_999) / 1_000_000))
            }
            count = waited
        }

        pthread_mutex_lock(lock)
        state.pointee.sleeping = false
        now = monotonicMilliseconds()
        runTimers(now)
        for slot in 0..<Int(max(count, 0)) {
            dispatch(ready[slot])
        }
        if state.pointee.deletedCount > 0 {
            collectRemoved()
        }
        pthread_mutex_unlock(lock)
        if !freeCallbacks.pointee.isEmpty {
            for pending in freeCallbacks.pointee {
                pending.free(pending.opaque)
            }
            freeCallbacks.pointee.removeAll(keepingCapacity: true)
        }
        if !wokenConsumers.pointee.isEmpty {
            for continuation in wokenConsumers.pointee {
                continuation.resume()
            }
            wokenConsumers.pointee.removeAll(keepingCapacity: true)
        }
    }

    /// Resumes an event consumer that waits: on the loop thread, once this
    /// iteration's callbacks all ran, so that the consumer, woken once,
    /// takes every event libvirt dispatched in the same flush (resumed at the
    /// first, it would take one, wait again and be woken for the next);
    /// on any other thread, at once.
    static func resumeAfterCallbacks(_ continuation: UnsafeContinuation<Void, Never>) {
        guard onLoopThread() else {
            continuation.resume()
            return
        }
        shared.wokenConsumers.pointee.append(continuation)
    }

    /// Runs every timer due at `now`, each with its next expiry set first, from
    /// the clock as it reads after the callbacks before it (one may take long:
    /// ``EventLoopExecutor`` runs jobs in one). Under the lock, released around
    /// each callback.
    private func runTimers(_ now: Int64) {
        var now = now
        var index = 0
        while index < state.pointee.timers.count {
            let timer = state.pointee.timers[index]
            index += 1
            guard !timer.deleted, timer.interval >= 0, timer.expires <= now else { continue }
            state.pointee.timers[index - 1].expires = now + Int64(timer.interval)
            pthread_mutex_unlock(lock)
            timer.callback(timer.id, timer.opaque)
            pthread_mutex_lock(lock)
            now = monotonicMilliseconds()
        }
    }

    /// Runs the watches of one ready descriptor, parking those that made no
    /// progress. Under the lock, released around each callback.
    private func dispatch(_ event: epoll_event) {
        let data = event.data.u64
        if data == Self.wakeTag {
            var value: UInt64 = 0
            _ = read(wakeDescriptor, &value, 8)
            state.pointee.wakePending = false
            return
        }
        let fd = Int32(bitPattern: UInt32(truncatingIfNeeded: data))
        let slot = Int(fd)
        let generation = UInt32(truncatingIfNeeded: data >> 32)
        guard slot < state.pointee.files.count else { return }
        let got = Self.handleEvents(event.events)
        let failed = Int32(VIR_EVENT_HANDLE_ERROR.rawValue | VIR_EVENT_HANDLE_HANGUP.rawValue)
        let readable = Int32(VIR_EVENT_HANDLE_READABLE.rawValue)
        let writable = Int32(VIR_EVENT_HANDLE_WRITABLE.rawValue)
        var index = 0
        while index < state.pointee.handles.count {
            // Checked again for every watch: while a callback ran unlocked, the
            // descriptor may have been removed, closed, reused and added anew.
            guard state.pointee.files[slot].generation == generation, state.pointee.files[slot].registration != 0
            else { return }  // stale: unregistered or re-registered since
            let handle = state.pointee.handles[index]
            index += 1
            guard handle.fd == fd, !handle.deleted, handle.events != 0, !handle.parked else { continue }
            let events = got & (handle.events | failed)
            guard events != 0 else { continue }
            // Bytes waiting to be read and queued to be sent, before and after.
            var probe = events & failed == 0
            var inBefore: Int32 = 0
            var outBefore: Int32 = 0
            if probe, events & readable != 0, ioctl(fd, UInt(FIONREAD), &inBefore) < 0 { probe = false }
            if probe, events & writable != 0, ioctl(fd, UInt(TIOCOUTQ), &outBefore) < 0 { probe = false }
            state.pointee.handles[index - 1].touched = false
            state.pointee.handles[index - 1].dispatches += 1
            pthread_mutex_unlock(lock)
            handle.callback(handle.watch, fd, events, handle.opaque)
            pthread_mutex_lock(lock)
            let after = state.pointee.handles[index - 1]
            guard probe, after.watch == handle.watch, !after.deleted, !after.touched, after.events == handle.events
            else { continue }
            var inAfter: Int32 = 0
            var outAfter: Int32 = 0
            if events & readable != 0, ioctl(fd, UInt(FIONREAD), &inAfter) != 0 || inAfter != inBefore { continue }
            if events & writable != 0, ioctl(fd, UInt(TIOCOUTQ), &outAfter) != 0 || outAfter != outBefore { continue }
            // No progress: level-triggered, it would be dispatched again at once.
            state.pointee.handles[index - 1].parked = true
            state.pointee.handles[index - 1].parkUntil = monotonicMilliseconds() + Self.parkMilliseconds
            state.pointee.parkedCount += 1
            state.pointee.sawPark = true
            sync(fd, immediately: true)
        }
    }

    /// Drops removed watches and timers, keeping their free callbacks to run
    /// after the lock is released. Under the lock.
    private func collectRemoved() {
        state.pointee.handles.removeAll { handle in
            if handle.deleted, let free = handle.free {
                freeCallbacks.pointee.append(PendingFree(free: free, opaque: handle.opaque))
            }
            return handle.deleted
        }
        state.pointee.timers.removeAll { timer in
            if timer.deleted, let free = timer.free {
                freeCallbacks.pointee.append(PendingFree(free: free, opaque: timer.opaque))
            }
            return timer.deleted
        }
        state.pointee.deletedCount = 0
    }
}

// MARK: - Tables

extension EpollLoop {
    /// A watch on a descriptor (`virEventAddHandle`).
    private struct Handle {
        let watch: Int32
        let fd: Int32
        var events: Int32
        var deleted = false
        /// Updated since its last dispatch began.
        var touched = false
        /// Out of the epoll set after a dispatch without progress, until updated or `parkUntil`.
        var parked = false
        var parkUntil: Int64 = 0
        /// Its enables from other threads may wait up to 100 ms (``EpollLoop/setDormant(_:_:)``).
        var dormant: Bool
        /// How often its callback ran (for tests).
        var dispatches = 0
        let callback: virEventHandleCallback
        let opaque: UnsafeMutableRawPointer?
        let free: virFreeCallback?

        init(watch: Int32, fd: Int32, events: Int32, dormant: Bool, callback: @escaping virEventHandleCallback,
             opaque: UnsafeMutableRawPointer?, free: virFreeCallback?) {
            self.watch = watch
            self.fd = fd
            self.events = events
            self.dormant = dormant
            self.callback = callback
            self.opaque = opaque
            self.free = free
        }
    }

    /// A timer (`virEventAddTimeout`).
    private struct Timer {
        let id: Int32
        var interval: Int32
        var deleted = false
        /// Monotonic ms.
        var expires: Int64
        let callback: virEventTimeoutCallback
        let opaque: UnsafeMutableRawPointer?
        let free: virFreeCallback?

        init(id: Int32, interval: Int32, expires: Int64, callback: @escaping virEventTimeoutCallback,
             opaque: UnsafeMutableRawPointer?, free: virFreeCallback?) {
            self.id = id
            self.interval = interval
            self.expires = expires
            self.callback = callback
            self.opaque = opaque
            self.free = free
        }
    }

    /// The epoll registration of one descriptor number.
    private struct FileEntry {
        /// The mask registered, with bit 31 set; 0 when out of the epoll set.
        var registration: UInt32 = 0
        /// Bumped on every `EPOLL_CTL_ADD`, so that a stale event is recognised.
        var generation: UInt32 = 0
        /// An enable left for the loop thread (deferred enable).
        var pending = false
        /// When the loop applies a pending enable (monotonic ms; 0: at its next iteration).
        var due: Int64 = 0
    }

    /// A free callback to run once the lock is released.
    private struct PendingFree {
        let free: virFreeCallback
        let opaque: UnsafeMutableRawPointer?
    }

    /// Everything the lock guards.
    private struct State {
        var handles: [Handle] = []
        var timers: [Timer] = []
        var files: [FileEntry] = []
        var nextWatch: Int32 = 1
        var nextTimer: Int32 = 1
        /// Removed entries waiting for `collectRemoved()`.
        var deletedCount = 0
        var parkedCount = 0
        var pendingCount = 0
        /// The loop is in, or about to enter, its wait; `sleepUntil` is its deadline (ms).
        var sleeping = false
        var sleepUntil = Int64.max
        var wakePending = false
        /// Deferred enable is on: the loop sleeps at most 1 ms.
        var fast = false
        /// Updates from other threads during the last sleep period.
        var outsideUpdates = 0
        /// A park during the last period.
        var sawPark = false
        /// The epoll or eventfd descriptor could not be made.
        var broken = false
    }
}

/// Monotonic time in milliseconds.
@inline(__always)
private func monotonicMilliseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
}

/// Starts a detached thread running `body`.
func startThread(_ body: @escaping @convention(c) () -> Void) {
    // A C function pointer cannot be passed through pthread's argument as a
    // closure with context, so `body` is a context-free function.
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    var thread = pthread_t()
    let box = unsafeBitCast(body, to: UnsafeMutableRawPointer.self)
    pthread_create(&thread, &attributes, { argument in
        let body = unsafeBitCast(argument, to: (@convention(c) () -> Void).self)
        body()
        return nil
    }, box)
    pthread_attr_destroy(&attributes)
}
