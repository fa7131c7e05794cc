import Foundation

/// Real QEMU guests on the shared daemon's `qemu:///system`.
enum Guests {
    static let uri = "qemu:///system"

    /// A unique name for a guest a test makes.
    static func uniqueName(_ purpose: String) -> String {
        "swift-libvirt-it-\(purpose)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// The minimal guest: boots into SeaBIOS and idles.
    static func minimal(_ name: String) -> String {
        """
        <domain type='qemu'><name>\(name)</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>\
        <os><type arch='x86_64' machine='pc'>hvm</type></os>\
        <devices><video><model type='none'/></video><memballoon model='none'/></devices></domain>
        """
    }

    /// Removes the guest `name` whatever its state (for `defer`: synchronous, never throws).
    static func remove(_ name: String) {
        _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "destroy", name])
        _ = try? Shell.runBlocking(["virsh", "-q", "-c", uri, "undefine", name])
    }
}
