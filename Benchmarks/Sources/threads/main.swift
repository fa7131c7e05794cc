import Glibc
import Libvirt
import ToolCommandLine

// `threads [--uri URI] [--calls N] [--lookups N] [--tasks K] [--max-threads T]`
//
// Awaits `Domain.info()` N times from tasks on Swift's cooperative pool (K tasks,
// each on its own handle, so on its own lane), then looks a domain up N times by
// name, creating and dropping a `Domain` actor each time, from a task and then
// from top-level code (the main actor). A sampler thread reads `Threads:` in
// /proc/self/status every millisecond; each phase prints its throughput, the
// process's CPU time per operation (getrusage) and its peak thread count. With
// --max-threads, exits 1 when a peak exceeds it.

// MARK: - Options

struct Options {
    var uri = "test:///default"
    var calls = 1_000_000
    var lookups = 100_000
    var tasks = 1
    var maxThreads: Int?

    init(_ arguments: [String]) {
        let line = ToolCommandLine(
            tool: "threads", usage: "[--uri URI] [--calls N] [--lookups N] [--tasks K] [--max-threads T]")
        line.parse(arguments) { option, value in
            switch option {
            case "--uri": uri = value
            case "--calls": calls = line.number(value, option)
            case "--lookups": lookups = line.number(value, option)
            case "--tasks": tasks = line.number(value, option, minimum: 1)
            case "--max-threads": maxThreads = line.number(value, option)
            default: return false
            }
            return true
        }
    }
}

// MARK: - Sampling the thread count

/// The process's current thread count, from /proc/self/status.
func threadCount() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = line.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        if text.hasPrefix("Threads:") {
            return Int(text.dropFirst(8).trimmingCharacters(in: " \t\n")) ?? -1
        }
    }
    return -1
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return s
    }
}

/// A plain thread that samples the thread count every millisecond and keeps the peak.
final class Sampler: @unchecked Sendable {
    // @unchecked: `peak` and `running` are read and written under `lock`.
    private var lock = pthread_mutex_t()
    private var peak = 0
    private var running = true
    private var thread = pthread_t()

    init() {
        pthread_mutex_init(&lock, nil)
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { context in
            let sampler = Unmanaged<Sampler>.fromOpaque(context!).takeRetainedValue()
            sampler.loop()
            return nil
        }, context)
    }

    private func loop() {
        while true {
            let count = threadCount()
            pthread_mutex_lock(&lock)
            peak = max(peak, count)
            let keepGoing = running
            pthread_mutex_unlock(&lock)
            if !keepGoing { return }
            usleep(1_000)
        }
    }

    /// The peak since the last reset, and starts a new one.
    func takePeak() -> Int {
        pthread_mutex_lock(&lock)
        defer { peak = 0; pthread_mutex_unlock(&lock) }
        return max(peak, threadCount())
    }

    func stop() {
        pthread_mutex_lock(&lock)
        running = false
        pthread_mutex_unlock(&lock)
        pthread_join(thread, nil)
    }
}

/// CPU time of the whole process so far (getrusage, user + system), in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The process's CPU time at the start of the current phase.
nonisolated(unsafe) var phaseCPU = 0.0

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

// MARK: - The run

let options = Options(Array(CommandLine.arguments.dropFirst()))
let sampler = Sampler()

/// Prints a phase's figures and returns its peak thread count.
func report(_ phase: String, operations: Int, start: Double) -> Int {
    let seconds = now() - start
    let cpu = cpuSeconds() - phaseCPU
    phaseCPU += cpu
    let peak = sampler.takePeak()
    let rate = seconds > 0 ? Double(operations) / seconds : 0
    let milliseconds = Int(seconds * 1000)
    let perOperation = operations > 0 ? Int((cpu * 1e7 / Double(operations)).rounded()) : 0
    print("\(phase): \(operations) ops in \(milliseconds) ms, "
          + "\(Int(rate)) ops/s, CPU \(perOperation / 10).\(perOperation % 10) µs/op, "
          + "peak threads \(peak), now \(threadCount())")
    return peak
}

let connection = try await Connection.open(options.uri)
let name = try await connection.domains(flags: .active).first!.name()
print("start: threads \(threadCount()), lanes \(connection.executorLanes.count), uri \(options.uri)")
_ = sampler.takePeak()
phaseCPU = cpuSeconds()

// Awaited calls from the cooperative pool: each task polls a handle of its own
// (handles go to the lanes in turn), so K tasks keep up to K lanes busy.
var start = now()
let perTask = options.calls / options.tasks
try await withThrowingTaskGroup(of: Void.self) { group in
    for _ in 0..<options.tasks {
        let domain = try await connection.domain(named: name)
        group.addTask {
            for _ in 0..<perTask { _ = try await domain.info() }
        }
    }
    try await group.waitForAll()
}
let infoPeak = report("info", operations: perTask * options.tasks, start: start)

// Lookups from a task of the cooperative pool: each creates a Domain actor on
// the next lane and drops it.
start = now()
try await Task.detached {
    for _ in 0..<options.lookups {
        _ = try await connection.domain(named: name)
    }
}.value
let lookupPeak = report("lookup", operations: options.lookups, start: start)

// The same lookups from top-level code, on the main actor: each hop returns to
// the main queue rather than to the cooperative pool.
start = now()
for _ in 0..<options.lookups {
    _ = try await connection.domain(named: name)
}
let mainPeak = report("main-lookup", operations: options.lookups, start: start)

try await connection.close()
sampler.stop()
let worst = max(infoPeak, lookupPeak, mainPeak)
if let limit = options.maxThreads, worst > limit {
    print("FAIL: peak threads \(worst) > \(limit)")
    exit(1)
}
