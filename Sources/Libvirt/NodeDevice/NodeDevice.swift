import CLibvirt

/// A device of the host (`virNodeDevicePtr`).
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor NodeDevice: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this nodeDevice belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The device's name, read once when the handle is made: the identity by
    /// which handles compare and hash, as libvirt has no UUID for a device.
    ///
    /// Wraps `virNodeDeviceGetName`.
    public nonisolated let id: String

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity(virNodeDeviceGetName(handle.pointer))
        self.connection = connection
        self.executor = executor
    }


    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virNodeDeviceFree)
    }
}
