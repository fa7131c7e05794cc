import Libvirt

/// One subscription of a connection, started, and how to print what it delivers.
struct Watch: Sendable {
    /// The kinds of objects with events.
    enum Kind: String, CaseIterable, Sendable {
        case domain, network, storagePool = "storage pool", nodeDevice = "node device", secret
    }

    let kind: Kind
    /// Reads the sequence to its end, printing each event.
    let printAll: @Sendable () async -> Void

    /// Subscribes to every event id of `kind` on `connection`: registered
    /// when this returns, so nothing is missed before the printing starts.
    /// Fails with libvirt's error (``LibvirtError/Code/noSupport`` when the
    /// driver has no such events: the test driver has no secrets).
    static func subscribe(_ kind: Kind, on connection: Connection) async -> Result<Watch, LibvirtError> {
        do {
            return .success(try await make(kind, on: connection))
        } catch {
            return .failure(error)
        }
    }

    private static func make(_ kind: Kind, on connection: Connection) async throws(LibvirtError) -> Watch {
        switch kind {
        case .domain:
            let events = try await connection.domainEvents()
            return Watch(kind: kind) {
                for await record in events { log("\(record)") }
            }
        case .network:
            let events = try await connection.networkEvents()
            return Watch(kind: kind) {
                for await record in events { log("\(record)") }
            }
        case .storagePool:
            let events = try await connection.storagePoolEvents()
            return Watch(kind: kind) {
                for await record in events { log("\(record)") }
            }
        case .nodeDevice:
            let events = try await connection.nodeDeviceEvents()
            return Watch(kind: kind) {
                for await record in events { log("\(record)") }
            }
        case .secret:
            let events = try await connection.secretEvents()
            return Watch(kind: kind) {
                for await record in events { log("\(record)") }
            }
        }
    }
}
