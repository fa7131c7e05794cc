import CLibvirt

/// A storage volume (`virStorageVolPtr`): a disk image or device in a pool.
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor StorageVolume: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this storageVolume belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The volume's key (libvirt's unique key of a volume, usually its path), read once when the handle is made: the identity by
    /// which handles compare and hash, as libvirt has no UUID for a volume.
    ///
    /// Wraps `virStorageVolGetKey`.
    public nonisolated let id: String

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity(virStorageVolGetKey(handle.pointer))
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virStorageVolFree)
    }
}
