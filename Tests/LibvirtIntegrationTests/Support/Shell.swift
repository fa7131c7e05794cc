import Dispatch
import Foundation
import Glibc

/// Runs programs for the tests: `virsh`, `scripts/libvirtd.sh`.
///
/// With posix_spawn and waitpid rather than Foundation's `Process`, whose
/// termination notice was seen lost here when several tests ran programs at once.
enum Shell {
    /// The repository's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What a program printed and how it ended.
    struct Outcome: Sendable {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `arguments` (a path, or a name looked up in PATH) and waits for it,
    /// blocking the calling thread: for `defer` blocks. Output goes to files,
    /// so a daemon the program leaves behind cannot hold a pipe open.
    static func runBlocking(_ arguments: [String]) throws -> Outcome {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-libvirt-shell")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stem = folder.appendingPathComponent(UUID().uuidString).path
        let outPath = stem + ".out"
        let errPath = stem + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw SetupError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw SetupError("waitpid failed: \(errno)") }
        }
        // WIFEXITED/WEXITSTATUS by hand: a signal shows as 128 + its number.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(
            status: code,
            output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// Runs `arguments` on a thread of its own (never blocking Swift's
    /// cooperative pool) and waits for it.
    @discardableResult
    static func run(_ arguments: [String]) async throws -> Outcome {
        let result: Result<Outcome, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { try runBlocking(arguments) })
            }
        }
        return try result.get()
    }

    /// Runs `arguments` and throws when it fails.
    @discardableResult
    static func check(_ arguments: [String]) async throws -> String {
        let outcome = try await run(arguments)
        guard outcome.status == 0 else {
            throw SetupError("\(arguments.joined(separator: " ")) failed (\(outcome.status)): \(outcome.error)")
        }
        return outcome.output
    }

    /// Runs `virsh -c uri arguments...`.
    @discardableResult
    static func virsh(_ uri: String, _ arguments: String...) async throws -> String {
        try await check(["virsh", "-q", "-c", uri] + arguments)
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String = ".xml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-libvirt-integration")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(UUID().uuidString + suffix)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}
