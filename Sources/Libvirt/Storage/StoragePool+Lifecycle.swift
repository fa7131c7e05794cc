import CLibvirt

extension StoragePool {
    // MARK: - Building and deleting the underlying storage

    /// Prepares the pool's underlying storage (creates its directory, formats
    /// its disk, ...).
    ///
    /// Wraps `virStoragePoolBuild`.
    public func build(flags: BuildFlags = []) throws(LibvirtError) {
        try check(virStoragePoolBuild(pointer, flags.rawValue), "virStoragePoolBuild")
    }

    /// Removes the pool's underlying storage. The pool must be inactive; its
    /// definition stays.
    ///
    /// Wraps `virStoragePoolDelete`.
    public func delete(flags: DeleteFlags = []) throws(LibvirtError) {
        try check(virStoragePoolDelete(pointer, flags.rawValue), "virStoragePoolDelete")
    }

    // MARK: - Starting and stopping

    /// Starts a defined pool.
    ///
    /// Wraps `virStoragePoolCreate`.
    public func start(flags: CreateFlags = []) throws(LibvirtError) {
        try check(virStoragePoolCreate(pointer, flags.rawValue), "virStoragePoolCreate")
    }

    /// Stops the pool; its data stays. A transient pool disappears.
    ///
    /// Wraps `virStoragePoolDestroy`.
    public func destroy() throws(LibvirtError) {
        try check(virStoragePoolDestroy(pointer), "virStoragePoolDestroy")
    }

    /// Removes an inactive pool's persistent definition.
    ///
    /// Wraps `virStoragePoolUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virStoragePoolUndefine(pointer), "virStoragePoolUndefine")
    }

    /// Rescans the pool's volumes and sizes.
    ///
    /// Wraps `virStoragePoolRefresh`.
    public func refresh() throws(LibvirtError) {
        try check(virStoragePoolRefresh(pointer, 0), "virStoragePoolRefresh")
    }
}
