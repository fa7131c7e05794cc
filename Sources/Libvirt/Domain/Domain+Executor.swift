import CLibvirt

extension Domain {
    // MARK: - Placing a handle

    /// Another handle to this domain, whose calls run on `executor`.
    ///
    /// A hot loop runs fastest when the code that awaits calls on a handle
    /// shares the handle's executor (see ``LibvirtExecutor``). A worker that
    /// polls many domains takes handles to them on its own executor, usually
    /// one of the connection's ``Connection/executorLanes``.
    ///
    /// Wraps `virDomainRef`.
    public nonisolated func handle(on executor: LibvirtExecutor) -> Domain {
        virDomainRef(pointer)
        return Domain(TransferredPointer(pointer: pointer), connection: connection, executor: executor)
    }
}
