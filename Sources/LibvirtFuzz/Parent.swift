import Foundation

// MARK: - Running children (in the parent process)

/// What happened to the cases, and the crashes and hangs to reproduce.
struct Tally {
    var outcomes: [String: Int] = [:]
    var examples: [String: String] = [:]
    var failures: [String] = []
    var done = 0

    mutating func record(_ outcome: String, detail: String) {
        outcomes[outcome, default: 0] += 1
        if examples[outcome] == nil { examples[outcome] = detail }
        done += 1
    }
}

/// One child process running a slice of the cases.
final class Child {
    let pid: pid_t
    let output: Int32
    var buffer: [UInt8] = []
    var next: Int
    let end: Int
    /// The case in flight (its `B` line) and since when.
    var current: (index: Int, line: String)?
    var since = Date()
    /// How long a case may run before it counts as hung.
    let patience: Double

    init(pid: pid_t, output: Int32, range: Range<Int>, patience: Double) {
        self.pid = pid
        self.output = output
        next = range.lowerBound
        end = range.upperBound
        self.patience = patience
    }
}

/// A slice of cases still to run, and how long each may take.
struct Slice {
    let range: Range<Int>
    let patience: Double
}

/// Runs `count` cases of `seed` in child processes, `jobs` at a time, each
/// child taking slices of `slice` cases; a case running longer than `timeout`
/// seconds is killed and run again alone, later, with three times the time (a
/// loaded machine slows big documents down): if it times out again it is a
/// hang. A child that dies mid-case is a crash; the rest of a slice goes on in
/// a new child.
func runParent(seed: UInt64, first: Int, count: Int, jobs: Int, slice: Int, timeout: Double) -> Tally {
    var tally = Tally()
    var pending: [Slice] = stride(from: first, to: first + count, by: slice).map {
        Slice(range: $0..<min($0 + slice, first + count), patience: timeout)
    }.reversed()
    var children: [Child] = []
    let started = Date()
    var lastReport = Date()
    while !pending.isEmpty || !children.isEmpty {
        while children.count < jobs, let next = pending.popLast() {
            guard let child = spawnChild(seed: seed, slice: next) else {
                warn("fuzz: cannot start a child process")
                exit(2)
            }
            children.append(child)
        }
        var fds = children.map { pollfd(fd: $0.output, events: Int16(POLLIN), revents: 0) }
        _ = poll(&fds, nfds_t(fds.count), 200)
        for (slot, child) in children.enumerated().reversed() {
            var ended = false
            if fds[slot].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65536)
                let got = read(child.output, &chunk, chunk.count)
                if got > 0 {
                    child.buffer += chunk[0..<got]
                    consumeLines(child, &tally)
                } else {
                    ended = true
                }
            }
            if !ended, let current = child.current, Date().timeIntervalSince(child.since) > child.patience {
                kill(child.pid, SIGKILL)
                if child.patience > timeout {
                    tally.record("hang", detail: current.line)
                    tally.failures.append("hang  case \(current.index): \(current.line)")
                } else {
                    pending.insert(Slice(range: current.index..<(current.index + 1), patience: timeout * 3), at: 0)
                }
                finish(child, resumeFrom: current.index + 1, &pending)
                children.remove(at: slot)
                continue
            }
            if ended {
                var status: Int32 = 0
                waitpid(child.pid, &status, 0)
                close(child.output)
                if let current = child.current {
                    let signal = status & 0x7f
                    let outcome = signal != 0 ? "crash (signal \(signal))" : "crash (exit \((status >> 8) & 0xff))"
                    tally.record(outcome, detail: current.line)
                    tally.failures.append("\(outcome)  case \(current.index): \(current.line)")
                    child.current = nil
                    if current.index + 1 < child.end {
                        pending.append(Slice(range: (current.index + 1)..<child.end, patience: child.patience))
                    }
                } else if child.next < child.end {
                    // Died between cases (setup or exit): redo the rest.
                    warn("fuzz: child for cases \(child.next)..<\(child.end) ended with status \(status)")
                    tally.record("child failure", detail: "status \(status)")
                    if child.next + 1 < child.end {
                        pending.append(Slice(range: (child.next + 1)..<child.end, patience: child.patience))
                    }
                }
                children.remove(at: slot)
            }
        }
        if Date().timeIntervalSince(lastReport) > 10 {
            lastReport = Date()
            warn("fuzz: \(tally.done)/\(count) cases, \(Int(Date().timeIntervalSince(started))) s")
        }
    }
    return tally
}

/// Reads the child's complete lines: `B` starts a case, `E` ends it.
private func consumeLines(_ child: Child, _ tally: inout Tally) {
    while let newline = child.buffer.firstIndex(of: 10) {
        let line = String(decoding: child.buffer[..<newline], as: UTF8.self)
        child.buffer.removeSubrange(...newline)
        let fields = line.split(separator: " ", maxSplits: 2).map(String.init)
        guard fields.count >= 2, let index = Int(fields[1]) else {
            warn("fuzz: \(line)")
            continue
        }
        let rest = fields.count > 2 ? fields[2] : ""
        if fields[0] == "B" {
            child.current = (index, rest)
            child.since = Date()
        } else if fields[0] == "E" {
            let parts = rest.split(separator: "\t", maxSplits: 1).map(String.init)
            let detail = (child.current?.line ?? "") + "  ->  " + (parts.count > 1 ? parts[1] : "")
            tally.record(parts.first ?? rest, detail: detail)
            child.current = nil
            child.next = index + 1
        }
    }
}

/// Puts the rest of a killed child's slice back in the queue.
private func finish(_ child: Child, resumeFrom next: Int, _ pending: inout [Slice]) {
    var status: Int32 = 0
    waitpid(child.pid, &status, 0)
    close(child.output)
    if next < child.end { pending.append(Slice(range: next..<child.end, patience: child.patience)) }
}

/// Starts this executable as a child running `slice`, its stdout a pipe.
private func spawnChild(seed: UInt64, slice: Slice) -> Child? {
    let range = slice.range
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let arguments = [executable, "--child", "--seed", String(seed), "--first", String(range.lowerBound),
                     "--cases", String(range.count)]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
    close(pipeEnds[1])
    guard result == 0 else {
        close(pipeEnds[0])
        return nil
    }
    return Child(pid: pid, output: pipeEnds[0], range: range, patience: slice.patience)
}

// MARK: - The report

/// Prints the table of outcomes by category, and every crash and hang with its reproduction.
func printReport(_ tally: Tally, seed: UInt64, seconds: Double) {
    print("Fuzzed \(tally.done) cases, seed \(seed), in \(String(format: "%.1f", seconds)) s")
    print("")
    print("outcome".padding(toLength: 28, withPad: " ", startingAt: 0) + "cases   first example")
    for (outcome, count) in tally.outcomes.sorted(by: { $0.value > $1.value }) {
        let example = tally.examples[outcome] ?? ""
        let shown = example.count > 150 ? String(example.prefix(150)) + "…" : example
        print(label(outcome).padding(toLength: 28, withPad: " ", startingAt: 0)
              + String(count).padding(toLength: 8, withPad: " ", startingAt: 0) + shown)
    }
    if !tally.failures.isEmpty {
        print("")
        print("Crashes and hangs (rerun one: scripts/fuzz.sh --seed \(seed) --case N):")
        for failure in tally.failures { print("  " + failure) }
    }
}

/// A readable category: `error:8` becomes `LibvirtError code 8`.
private func label(_ outcome: String) -> String {
    outcome.hasPrefix("error:") ? "LibvirtError code " + outcome.dropFirst(6) : outcome
}

/// Writes a line to stderr.
func warn(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
