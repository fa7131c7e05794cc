import CLibvirt

/// A network filter bound to a guest's port (`virNWFilterBindingPtr`).
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor NWFilterBinding: LibvirtHandle, Identifiable {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this binding belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The binding's port device (the guest interface it filters, such as `vnet0`), read once when the handle is made: the identity by
    /// which handles compare and hash, as libvirt has no UUID for a binding.
    ///
    /// Wraps `virNWFilterBindingGetPortDev`.
    public nonisolated let id: String

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        id = HandleUUID.identity(virNWFilterBindingGetPortDev(handle.pointer))
        self.connection = connection
        self.executor = executor
    }

    deinit {
        // Not a round trip, unless the connection was closed (ConnectionReleases).
        connection.releases.release(pointer, on: executor, virNWFilterBindingFree)
    }
}
