import Foundation
import Libvirt
import Testing

/// Whether the shared libvirtd (`scripts/libvirtd.sh start`) can be used, and
/// the rules for skipping: tests skip when it is missing, except in CI
/// (`CI=true`), where they run and fail.
enum Daemon {
    /// The shared daemon's read-write socket.
    static let socket = "/run/libvirt/libvirt-sock"

    /// True in CI, where a missing daemon is a failure rather than a skip.
    static let isCI: Bool = {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? ""
        return !value.isEmpty && value != "false" && value != "0"
    }()

    /// Whether the shared daemon's socket exists and is usable by this process.
    static var sharedAvailable: Bool {
        access(socket, R_OK | W_OK) == 0
    }

    /// Whether a private daemon can be started: libvirtd is installed and we are root.
    static var privateAvailable: Bool {
        getuid() == 0 && access("/usr/sbin/libvirtd", X_OK) == 0 && access("/usr/bin/virsh", X_OK) == 0
    }

    /// Why tests that need the shared daemon are skipped.
    static let sharedMissing: Comment = """
        no libvirtd socket at \(socket) usable by this user: start one with `sudo scripts/libvirtd.sh start` \
        (or run scripts/test.sh, which does); set CI=true to fail instead of skipping
        """

    /// Why tests that need a private daemon are skipped.
    static let privateMissing: Comment = """
        a private libvirtd needs root and /usr/sbin/libvirtd: run as root after `scripts/install-deps.sh --daemon` \
        (scripts/libvirtd.sh start installs it); set CI=true to fail instead of skipping
        """

    /// Fails the test (in CI, where it was not skipped) when the shared daemon is missing.
    static func requireShared() throws {
        if !sharedAvailable {
            throw SetupError("\(sharedMissing)")
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when the shared daemon answers, or in CI (where it then fails).
    static var needsSharedDaemon: ConditionTrait {
        .enabled(if: Daemon.sharedAvailable || Daemon.isCI, Daemon.sharedMissing)
    }

    /// Runs the test when a private daemon can be started, or in CI (where it then fails).
    static var needsPrivateDaemon: ConditionTrait {
        .enabled(if: Daemon.privateAvailable || Daemon.isCI, Daemon.privateMissing)
    }
}

/// A test's set-up failed.
struct SetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The `LibvirtError` that `body` throws, or nil when it returns or throws another error.
/// (`#expect(throws:)` with typed-throws closures has crashed the compiler here.)
func libvirtError<T>(_ body: () async throws -> T) async -> LibvirtError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? LibvirtError
    }
}
