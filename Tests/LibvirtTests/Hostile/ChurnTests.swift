import Foundation
import Libvirt
import Testing

/// Memory and threads under churn: many subscribe/cancel cycles and lookups
/// keep the process's resident memory and thread count flat.
///
/// A measurement of the whole process, so it runs alone and on request
/// (other suites running beside it move RSS and threads):
/// `LIBVIRT_CHURN=300000 swift test --filter ChurnTests` prints its figures.
@Suite("Churn", .serialized, .enabled(if: churnCycles != nil, "set LIBVIRT_CHURN=N to measure N cycles"))
struct ChurnTests {
    static let cycles = churnCycles ?? 0

    @Test("subscribe/cancel cycles of domain events keep RSS and threads flat")
    func subscriptions() async throws {
        let connection = try await Fixtures.openDefault()
        // The first cycles grow the allocator's pools and the lanes' threads:
        // measure from 10,000 cycles on (a third of a shorter run).
        let warmUp = min(10_000, Self.cycles / 3)
        func cycle() async throws {
            let events = try await connection.domainEvents([.lifecycle])
            events.cancel()
        }
        for _ in 0..<warmUp { try await cycle() }
        let before = Process.sample()
        for _ in warmUp..<Self.cycles { try await cycle() }
        _ = try await connection.hostname()  // the pending deregistrations run before this call
        let after = Process.sample()
        print("churn: \(Self.cycles) subscribe/cancel cycles: RSS \(before.rssKiB) KiB after \(warmUp), "
              + "\(after.rssKiB) KiB after \(Self.cycles) (\(after.rssKiB - before.rssKiB) KiB); "
              + "threads \(before.threads) -> \(after.threads)")
        #expect(after.rssKiB - before.rssKiB < 1024)
        #expect(after.threads <= before.threads + 2)
        _ = try await connection.close()
    }

    @Test("lookups keep threads within the connection's executors")
    func lookups() async throws {
        let connection = try await Fixtures.openDefault()
        let count = Self.cycles
        let warmUp = min(10_000, count / 3)
        for _ in 0..<warmUp { _ = try await connection.domain(named: "test").name() }
        let before = Process.sample()
        for _ in warmUp..<count { _ = try await connection.domain(named: "test").name() }
        let after = Process.sample()
        print("churn: \(count) lookups: RSS \(before.rssKiB) KiB after \(warmUp) -> \(after.rssKiB) KiB; "
              + "threads \(before.threads) -> \(after.threads)")
        // Each handle runs on one of the connection's executors (serial
        // queues): Dispatch may add a thread per executor, no more.
        #expect(after.threads <= before.threads + Connection.defaultExecutorCount)
        #expect(after.rssKiB - before.rssKiB < 1024)
        _ = try await connection.close()
    }
}

/// The cycles `LIBVIRT_CHURN` asks for, or nil.
private let churnCycles = ProcessInfo.processInfo.environment["LIBVIRT_CHURN"].flatMap { Int($0) }

extension Process {
    /// This process's resident memory and thread count, from /proc.
    static func sample() -> (rssKiB: Int, threads: Int) {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            let line = status.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
            return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? -1
        }
        return (field("VmRSS"), field("Threads"))
    }
}
