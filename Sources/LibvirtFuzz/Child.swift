import Foundation
import Libvirt

// MARK: - Running cases (in a child process)

/// Runs cases `range` of `seed`, one line per case on stdout:
/// `B <case>` before it starts and `E <case> <outcome>\t<detail>` after it ends.
/// A crash or hang leaves a `B` line without its `E`, which the parent counts.
func runCases(seed: UInt64, range: Range<Int>) async {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("libvirt-fuzz-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let node: String
    do {
        node = try await writeDefaultNode(into: scratch)
    } catch {
        emit("X setup failed: \(error)")
        return
    }
    for index in range {
        let fuzzCase = makeCase(seed: seed, index: index, node: node)
        emit("B \(index) \(fuzzCase.entry)\t\(fuzzCase.arguments)")
        let outcome = await run(fuzzCase, node: node, scratch: scratch)
        emit("E \(index) \(outcome)")
    }
}

/// The case numbered `index` of `seed`: the same on every run.
func makeCase(seed: UInt64, index: Int, node: String) -> FuzzCase {
    var generator = Generator(rng: SplitMix64(seed: seed, index: index))
    let entry = generator.pick(entries)
    let (arguments, run) = entry.make(&generator, node)
    return FuzzCase(entry: entry.name, arguments: arguments, run: run)
}

/// Runs one case on a fresh connection to the node file, and names its outcome.
func run(_ fuzzCase: FuzzCase, node: String, scratch: String) async -> String {
    let connection: Connection
    do {
        connection = try await Connection.open(node, executors: 1)
    } catch {
        return "setup\t\(error)"
    }
    let outcome = await outcome {
        let target = Target(
            node: node, scratch: scratch, connection: connection,
            domain: try await connection.domain(named: "test"),
            network: try await connection.network(named: "default"),
            pool: try await connection.storagePool(named: "default-pool"))
        try await fuzzCase.run(target)
    }
    _ = try? await connection.close()
    return outcome
}

/// `ok`, `error:<code>` with libvirt's message, or `other` for an error that is not a ``LibvirtError``.
func outcome(of body: () async throws -> Void) async -> String {
    do {
        try await body()
        return "ok"
    } catch let error as LibvirtError {
        return "error:\(error.code.rawValue)\t\(error.function): \(error.message.prefix(300))"
    } catch {
        return "other\t\(type(of: error)): \(String(describing: error).prefix(300))"
    }
}

/// Writes a node file holding the objects of `test:///default` (its domains,
/// networks, interfaces, pools and node devices) and returns its URI: each
/// connection to it starts from the same state, its own.
func writeDefaultNode(into folder: String) async throws -> String {
    let source = try await Connection.open("test:///default", executors: 1)
    var parts: [String] = []
    for domain in try await source.domains() { parts.append(try await domain.xml()) }
    for network in try await source.networks() { parts.append(try await network.xml()) }
    for interface in try await source.interfaces() { parts.append(try await interface.xml()) }
    for pool in try await source.storagePools() { parts.append(try await pool.xml()) }
    for device in try await source.nodeDevices() where try await device.name() != "computer" {
        parts.append(try await device.xml())
    }
    _ = try await source.close()
    let path = folder + "/node.xml"
    try ("<node>\n" + parts.joined(separator: "\n") + "\n</node>\n").write(toFile: path, atomically: true, encoding: .utf8)
    return "test://" + path
}

/// Writes one line to stdout at once (the parent reads it even if the process dies next).
func emit(_ line: String) {
    let text = line.replacingOccurrences(of: "\n", with: " ") + "\n"
    text.utf8CString.withUnsafeBufferPointer { buffer in
        var offset = 0
        let count = buffer.count - 1
        while offset < count {
            let written = write(1, buffer.baseAddress! + offset, count - offset)
            if written <= 0 { break }
            offset += written
        }
    }
}
