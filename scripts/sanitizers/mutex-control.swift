// The control program for tsan.supp's one suppression: two threads increment a
// counter only under a global Synchronization.Mutex. There is no data race (it
// prints "count 20000"), yet ThreadSanitizer on Linux reports a "Swift access
// race" on the global: the Mutex locks with a raw futex system call, which TSan
// does not see, so it sees no order between the two threads' exclusive
// accesses to the global. A Mutex stored in a class instance is not reported.
//
//   swiftc -sanitize=thread -g scripts/sanitizers/mutex-control.swift -o /tmp/mutex-control
//   /tmp/mutex-control                                     # WARNING: ... Swift access race
//   TSAN_OPTIONS=suppressions=scripts/sanitizers/tsan.supp /tmp/mutex-control  # no warning
import Glibc
import Synchronization

let counter = Mutex(0)

func work(_: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    for _ in 0..<10_000 { counter.withLock { $0 += 1 } }
    return nil
}

var threads: [pthread_t] = []
for _ in 0..<2 {
    var thread = pthread_t()
    pthread_create(&thread, nil, work, nil)
    threads.append(thread)
}
for thread in threads { pthread_join(thread, nil) }
print("count", counter.withLock { $0 })
