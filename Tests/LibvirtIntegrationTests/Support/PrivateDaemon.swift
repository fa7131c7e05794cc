import Foundation
import Glibc

/// A second, disposable libvirtd serving only the test driver, for tests that
/// kill, freeze and restart it (`scripts/libvirtd.sh start-private DIR`).
/// The shared daemon is never touched.
final class PrivateDaemon: @unchecked Sendable {
    // @unchecked: `pid` changes only in restart(), called by the one test that owns the daemon.

    /// The daemon's folder: config, sockets, pid file, log.
    let folder: String
    /// The running daemon's process id.
    private(set) var pid: pid_t
    /// The lines added to its `libvirtd.conf`, again at each restart.
    let settings: [String]

    /// `test+unix:///default` served by this daemon.
    var defaultURI: String { uri("/default") }

    /// A test driver URI (`/default` or an absolute node file) served by this daemon.
    func uri(_ path: String) -> String {
        "test+unix://\(path)?socket=\(folder)/libvirt-sock"
    }

    /// Takes over a daemon started in `folder`.
    private init(folder: String, pid: pid_t, settings: [String]) {
        self.folder = folder
        self.pid = pid
        self.settings = settings
    }

    /// Starts a new private daemon in a fresh folder.
    ///
    /// - Parameters:
    ///   - drivers: hypervisor driver modules of the system's libvirt
    ///     to load besides the test driver, such as `"lxc"` (its
    ///     `libvirt_driver_lxc.so` must be installed).
    ///   - settings: more lines of its `libvirtd.conf`, such as `"keepalive_interval = 1"`.
    static func start(drivers: [String] = [], settings: [String] = []) async throws -> PrivateDaemon {
        guard Daemon.privateAvailable else { throw SetupError("\(Daemon.privateMissing)") }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("swift-libvirt-daemon-\(UUID().uuidString.prefix(8))").path
        let modules = URL(fileURLWithPath: folder).appendingPathComponent("drivers")
        try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
        for driver in drivers {
            let module = "libvirt_driver_\(driver).so"
            try FileManager.default.createSymbolicLink(
                atPath: modules.appendingPathComponent(module).path,
                withDestinationPath: "\(Self.systemDrivers)/\(module)")
        }
        return PrivateDaemon(folder: folder, pid: try await start(folder, settings: settings), settings: settings)
    }

    /// Where the system's libvirt keeps its driver modules.
    static let systemDrivers = "/usr/lib/x86_64-linux-gnu/libvirt/connection-driver"

    deinit {
        shutdown()
    }

    /// Runs `scripts/libvirtd.sh start-private` and returns the pid it prints.
    private static func start(_ folder: String, settings: [String]) async throws -> pid_t {
        let script = Shell.root.appendingPathComponent("scripts/libvirtd.sh").path
        let printed = try await Shell.check([script, "start-private", folder] + settings)
        guard let pid = pid_t(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw SetupError("start-private printed no pid: \(printed)")
        }
        return pid
    }

    // MARK: - Faults

    /// Kills the daemon with SIGKILL and waits until it is gone.
    func kill() {
        Glibc.kill(pid, SIGCONT)
        Glibc.kill(pid, SIGKILL)
        for _ in 0..<200 where Self.isRunning(pid) {
            usleep(10_000)
        }
    }

    /// Whether `pid` is a live process (not gone, not a zombie waiting to be reaped).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")")
        else { return false }
        let state = stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// Freezes the daemon (SIGSTOP): it keeps its sockets but answers nothing.
    func freeze() {
        Glibc.kill(pid, SIGSTOP)
    }

    /// Lets a frozen daemon run again (SIGCONT).
    func thaw() {
        Glibc.kill(pid, SIGCONT)
    }

    /// Starts the daemon again in the same folder (same socket), after `kill()`.
    func restart() async throws {
        pid = try await Self.start(folder, settings: settings)
    }

    /// Kills the daemon and removes its folder.
    func shutdown() {
        kill()
        try? FileManager.default.removeItem(atPath: folder)
    }
}
