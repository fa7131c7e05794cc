import CLibvirt

/// A virtual machine (`virDomainPtr`): a domain, in libvirt's words.
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is.
public actor Domain {
    /// The C handle, owned by this actor (one reference).
    package nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this domain belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor

    /// This actor's executor.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Takes over one reference to a C handle.
    package init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor) {
        pointer = handle.pointer
        self.connection = connection
        self.executor = executor
    }

    deinit {
        virDomainFree(pointer)
    }
}
