import CLibvirt
import FoundationEssentials

/// A virtual machine (`virDomainPtr`): a domain, in libvirt's words.
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor Domain: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    package nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this domain belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The domain's UUID, read once when the handle is made: the identity by
    /// which handles compare and hash (two handles of the same domain, from one
    /// connection or two, are equal).
    ///
    /// Wraps `virDomainGetUUID`.
    public nonisolated let id: UUID

    /// Takes over one reference to a C handle, whose UUID is `id` when the caller
    /// has read it already.
    package init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor, id: UUID? = nil) {
        pointer = handle.pointer
        self.id = id ?? HandleUUID.identity { virDomainGetUUID(handle.pointer, $0) }
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virDomainFree)
    }
}
