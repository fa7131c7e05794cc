import Foundation
import Libvirt
import Testing

/// The namespace hosts of `scripts/hosts.sh up` (each its own libvirtd with QEMU,
/// reachable over TCP, TLS and SSH from this process), as the script's env file
/// describes them.
enum TestHosts {
    /// The folder the script keeps its hosts in.
    static let root = ProcessInfo.processInfo.environment["LIBVIRT_TEST_HOSTS_ROOT"] ?? "/var/tmp/swift-libvirt-hosts"

    /// The script's assignments (`NAME='value'` lines), empty when it has not run.
    static let settings: [String: String] = {
        guard let text = try? String(contentsOfFile: "\(root)/env", encoding: .utf8) else { return [:] }
        var settings: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            settings[String(line[..<equals])] = String(line[line.index(after: equals)...])
                .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        return settings
    }()

    /// The hosts' `qemu+tcp://` URIs, in order.
    static let tcpURIs: [String] = settings["LIBVIRT_TEST_HOSTS"]?.split(separator: " ").map(String.init) ?? []

    /// Whether the hosts are up (the script wrote its env file).
    static var available: Bool { tcpURIs.count >= 3 }

    /// Why tests that need the hosts are skipped.
    static let missing: Comment = """
        no namespace test hosts: run `scripts/hosts.sh up` as root (scripts/test.sh does); \
        set CI=true to fail instead of skipping
        """

    /// Fails the test (in CI, where it was not skipped) when the hosts are missing.
    static func require() throws {
        if !available { throw SetupError("\(missing)") }
    }

    /// Host `index`'s address (0-based).
    static func address(_ index: Int) -> String {
        URL(string: tcpURIs[index])?.host ?? ""
    }

    /// The TLS URI of host `index`, trusting the CA in `pki` (the right one by default).
    static func tlsURI(_ index: Int, pki: String? = nil) -> String {
        "qemu+tls://\(address(index))/system?pkipath=\(pki ?? settings["LIBVIRT_TEST_HOSTS_PKI"] ?? "")"
    }

    /// The SSH URI of host `index`, logging in as root with `key` (the authorized one by default).
    static func sshURI(_ index: Int, key: String? = nil) -> String {
        let keyfile = key ?? settings["LIBVIRT_TEST_HOSTS_SSH_KEY"] ?? ""
        return "qemu+ssh://root@\(address(index))/system?keyfile=\(keyfile)&no_verify=1"
    }

    /// Runs `scripts/hosts.sh` with `arguments` (to kill or restart a host's daemon).
    static func script(_ arguments: String...) async throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/hosts.sh").path
        _ = try await Shell.check([script] + arguments)
    }

    /// Deletes `volumes` of the transient pool `name` and stops the pool, on every host
    /// (for `defer`).
    static func removePool(_ name: String, volumes: [String]) {
        for uri in tcpURIs {
            for volume in volumes {
                _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "vol-delete", volume, "--pool", name])
            }
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "pool-destroy", name])
        }
    }

    /// Removes the guest `name` from every host, whatever its state (for `defer`).
    static func remove(_ name: String) {
        for uri in tcpURIs {
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "destroy", name])
            _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "undefine", name])
        }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when the namespace hosts are up, or in CI (where it then fails).
    static var needsTestHosts: ConditionTrait {
        .enabled(if: TestHosts.available || Daemon.isCI, TestHosts.missing)
    }
}

/// Every suite of the namespace hosts, one after the other: the fleet suite kills
/// and restarts a host's daemon, which the others must not meet mid-call.
@Suite("Namespace hosts", .needsTestHosts, .serialized)
struct NamespaceHosts {}
