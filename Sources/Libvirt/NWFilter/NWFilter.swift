import CLibvirt
import FoundationEssentials

/// A network filter (`virNWFilterPtr`).
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor NWFilter: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this filter belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The filter's UUID, read once when the handle is made: the identity by
    /// which handles compare and hash (two handles of the same filter, from one
    /// connection or two, are equal).
    ///
    /// Wraps `virNWFilterGetUUID`.
    public nonisolated let id: UUID

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity { virNWFilterGetUUID(handle.pointer, $0) }
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virNWFilterFree)
    }
}
