import CLibvirt
import FoundationEssentials

/// A storage pool (`virStoragePoolPtr`): a place that holds storage volumes.
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor StoragePool: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this storagePool belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The pool's UUID, read once when the handle is made: the identity by
    /// which handles compare and hash (two handles of the same pool, from one
    /// connection or two, are equal).
    ///
    /// Wraps `virStoragePoolGetUUID`.
    public nonisolated let id: UUID

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity { virStoragePoolGetUUID(handle.pointer, $0) }
        self.connection = connection
        self.executor = executor
    }


    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virStoragePoolFree)
    }
}
