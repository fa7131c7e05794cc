import Libvirt

/// `--demo`: changes a few things, so that a driver whose events stay in its
/// process (`test:///default`) has something to report: suspends and
/// resumes every running domain, refreshes every active storage pool.
enum Demo {
    static func run(on connection: Connection) async {
        do {
            for domain in try await connection.domains(flags: .running) {
                let name = try await domain.name()
                warn("demo: suspending and resuming \(name)")
                try await domain.suspend()
                try await domain.resume()
            }
            for pool in try await connection.storagePools(flags: .active) {
                warn("demo: refreshing pool \(try await pool.name())")
                try await pool.refresh()
            }
        } catch {
            warn("demo: \(error)")
        }
    }
}
