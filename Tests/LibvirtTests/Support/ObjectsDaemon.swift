import Foundation
import Libvirt

/// The real daemon, for the suites of networks, interfaces, secrets and
/// network filters that need more than the test driver has.
enum ObjectsDaemon {
    /// The daemon's socket: the suites are skipped when it is absent.
    static let socket = "/run/libvirt/libvirt-sock"
    /// Whether a daemon answers here.
    static let isRunning = FileManager.default.fileExists(atPath: socket)
    /// The daemon's QEMU driver, which also serves networks, secrets and filters.
    static let uri = "qemu:///system"

    /// A name no other run uses: `prefix` and 8 hex digits (short enough for a
    /// Linux interface name when `prefix` has at most 7 characters).
    static func uniqueName(_ prefix: String) -> String {
        prefix + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)).lowercased()
    }

    /// Runs `body`, then `cleanup` whether `body` threw or not.
    static func withCleanup<Result>(
        _ body: () async throws -> Result, cleanup: () async -> Void
    ) async throws -> Result {
        do {
            let result = try await body()
            await cleanup()
            return result
        } catch {
            await cleanup()
            throw error
        }
    }
}
