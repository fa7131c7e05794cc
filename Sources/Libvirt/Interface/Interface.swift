import CLibvirt

/// A network interface of the host (`virInterfacePtr`).
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor Interface: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this interface belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The interface's name (such as `eth0`), read once when the handle is made: the identity by
    /// which handles compare and hash, as libvirt has no UUID for an interface.
    ///
    /// Wraps `virInterfaceGetName`.
    public nonisolated let id: String

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity(virInterfaceGetName(handle.pointer))
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virInterfaceFree)
    }
}
