import CLibvirtRaw
import Glibc
import Libvirt
import ToolCommandLine

// `fanout [--uri URI] [--consumers C] [--pairs M] [--loop sdk|default]`
//
// C consumers subscribe to lifecycle events of every domain on one connection
// (one shared libvirt registration); one caller suspends and resumes `test` M
// times (2M events). Prints, per consumer, events/s from the first call to its
// last event (median and slowest of the consumers), and the CPU time of
// libvirt's event loop thread per event (read with CLOCK_THREAD_CPUTIME_ID in
// a one-shot timeout on that thread, before and after), and the process's.

// MARK: - Options

struct Options {
    var uri = "test:///default"
    var consumers = 50
    var pairs = 5_000
    var loop: EventLoopKind?

    init(_ arguments: [String]) {
        let line = ToolCommandLine(
            tool: "fanout", usage: "[--uri URI] [--consumers C] [--pairs M] [--loop sdk|default]")
        line.parse(arguments) { option, value in
            switch option {
            case "--uri": uri = value
            case "--consumers": consumers = line.number(value, option, minimum: 1)
            case "--pairs": pairs = line.number(value, option, minimum: 1)
            case "--loop":
                guard let kind = EventLoopKind(rawValue: value) else { line.fail("bad --loop \(value)") }
                loop = kind
            default: return false
            }
            return true
        }
    }
}

// MARK: - Clocks

/// CLOCK_MONOTONIC in nanoseconds.
func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// The calling thread's CPU time in nanoseconds.
func threadCPU() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// The whole process's CPU time (user + system) in nanoseconds.
func processCPU() -> UInt64 {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let micros = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000 + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec
    return UInt64(micros) * 1_000
}

/// A one-shot timeout's box: the continuation to resume with the loop thread's CPU time.
final class Probe {
    let continuation: CheckedContinuation<UInt64, Never>
    init(_ continuation: CheckedContinuation<UInt64, Never>) { self.continuation = continuation }
}

/// The event loop thread's CPU time, read on that thread.
func loopThreadCPU() async -> UInt64 {
    await withCheckedContinuation { (continuation: CheckedContinuation<UInt64, Never>) in
        let box = Unmanaged.passRetained(Probe(continuation)).toOpaque()
        let added = virEventAddTimeout(0, { timer, opaque in
            virEventRemoveTimeout(timer)
            let probe = Unmanaged<Probe>.fromOpaque(opaque!).takeRetainedValue()
            probe.continuation.resume(returning: threadCPU())
        }, box, nil)
        if added < 0 {
            Unmanaged<Probe>.fromOpaque(box).takeRetainedValue().continuation.resume(returning: 0)
        }
    }
}

// MARK: - Run

let options = Options(Array(CommandLine.arguments.dropFirst()))
if let loop = options.loop { try EventLoopKind.select(loop) }
let connection = try await Connection.open(options.uri)
let domain = try await connection.domain(named: "test")
let expected = 2 * options.pairs
var sequences: [DomainEvents] = []
for _ in 0..<options.consumers {
    sequences.append(try await connection.domainEvents([.lifecycle]))
}
let consumers = sequences.map { events in
    Task { () -> UInt64 in
        var count = 0
        for await _ in events {
            count += 1
            if count == expected { return now() }
        }
        return 0
    }
}
let loopBefore = await loopThreadCPU()
let cpuBefore = processCPU()
let start = now()
for _ in 0..<options.pairs {
    try await domain.suspend()
    try await domain.resume()
}
var ends: [UInt64] = []
for consumer in consumers { ends.append(await consumer.value) }
let cpuAfter = processCPU()
let loopAfter = await loopThreadCPU()
let rates = ends.map { end in end > start ? Double(expected) / (Double(end - start) / 1e9) : 0 }.sorted()
let lost = ends.filter { $0 == 0 }.count
func fixed(_ value: Double, _ decimals: Int32 = 1) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    let length = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
    return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
print(
    "FANOUT loop=\(EventLoopKind.current.rawValue) consumers=\(options.consumers) events=\(expected)"
        + " per_consumer_events_per_s_median=\(fixed(rates[rates.count / 2], 0)) slowest=\(fixed(rates[0], 0))"
        + " loop_cpu_us_per_event=\(fixed(Double(loopAfter &- loopBefore) / 1e3 / Double(expected), 2))"
        + " process_cpu_us_per_event=\(fixed(Double(cpuAfter - cpuBefore) / 1e3 / Double(expected), 2))"
        + " consumers_incomplete=\(lost)")
try await connection.close()
