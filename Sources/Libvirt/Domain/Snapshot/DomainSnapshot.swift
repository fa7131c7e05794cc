import CLibvirt
import FoundationEssentials

/// A snapshot of a domain's disks and state (`virDomainSnapshotPtr`).
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor DomainSnapshot: LibvirtHandle {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this snapshot belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The UUID of the domain the snapshot belongs to, read once when the handle is made.
    ///
    /// Wraps `virDomainSnapshotGetDomain` and `virDomainGetUUID`.
    public nonisolated let domainID: UUID
    /// The snapshot's name, read once when the handle is made; with ``domainID``,
    /// the identity by which handles compare and hash.
    let identityName: String

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        let domain = virDomainSnapshotGetDomain(handle.pointer)
        domainID = HandleUUID.identity { virDomainGetUUID(domain, $0) }
        identityName = HandleUUID.identity(virDomainSnapshotGetName(handle.pointer))
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virDomainSnapshotFree)
    }
}

// MARK: - Identity

extension DomainSnapshot {
    /// Whether both handles hold the same snapshot: same domain (by UUID), same name.
    public static func == (lhs: DomainSnapshot, rhs: DomainSnapshot) -> Bool {
        lhs.domainID == rhs.domainID && lhs.identityName == rhs.identityName
    }

    /// Hashes the domain's UUID and the snapshot's name.
    public nonisolated func hash(into hasher: inout Hasher) {
        hasher.combine(domainID)
        hasher.combine(identityName)
    }
}
