import Foundation
import Libvirt

// A seeded fuzzer over the SDK's public entry points (see scripts/fuzz.sh).
//
//   LibvirtFuzz [--cases N] [--seed S] [--first K] [--jobs J] [--timeout SECONDS]
//               runs cases K..<K+N in child processes and prints the table of outcomes;
//               exits 1 if any case crashed or hung.
//   LibvirtFuzz --case K [--seed S]
//               runs the single case K in this process, printing what it calls.

var options: [String: String] = [:]
var flags: Set<String> = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--child" {
        flags.insert(argument)
    } else if argument.hasPrefix("--"), let value = arguments.popFirst() {
        options[argument] = value
    } else {
        warn("usage: LibvirtFuzz [--cases N] [--seed S] [--first K] [--jobs J] [--timeout SECONDS] | --case K [--seed S]")
        exit(2)
    }
}
let seed = UInt64(options["--seed"] ?? "20261202") ?? 20_261_202
let first = Int(options["--first"] ?? "0") ?? 0
let count = Int(options["--cases"] ?? "2000") ?? 2000

if flags.contains("--child") {
    await runCases(seed: seed, range: first..<(first + count))
} else if let single = options["--case"].flatMap(Int.init) {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("libvirt-fuzz-\(getpid())").path
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let node = try await writeDefaultNode(into: scratch)
    let fuzzCase = makeCase(seed: seed, index: single, node: node)
    print("case \(single) of seed \(seed): \(fuzzCase.entry) \(fuzzCase.arguments)")
    print(await run(fuzzCase, node: node, scratch: scratch))
    try? FileManager.default.removeItem(atPath: scratch)
} else {
    // Children die at once on a crash: Swift's backtracer would take seconds
    // per crash (counted as a hang on a loaded machine).
    setenv("SWIFT_BACKTRACE", "enable=no", 1)
    let started = Date()
    let tally = runParent(
        seed: seed, first: first, count: count, jobs: Int(options["--jobs"] ?? "2") ?? 2,
        slice: 250, timeout: Double(options["--timeout"] ?? "5") ?? 5)
    printReport(tally, seed: seed, seconds: Date().timeIntervalSince(started))
    exit(tally.failures.isEmpty ? 0 : 1)
}
