import CLibvirt

extension Domain {
    // MARK: - Bandwidth

    /// The migration bandwidth limit, in MiB/s (of post-copy with ``MigrateMaxSpeedFlags/postCopy``).
    ///
    /// Wraps `virDomainMigrateGetMaxSpeed`.
    public func migrationMaxSpeed(flags: MigrateMaxSpeedFlags = []) throws(LibvirtError) -> UInt64 {
        var bandwidth: UInt = 0
        try check(virDomainMigrateGetMaxSpeed(pointer, &bandwidth, flags.rawValue), "virDomainMigrateGetMaxSpeed")
        return UInt64(bandwidth)
    }

    /// Sets the migration bandwidth limit, in MiB/s.
    ///
    /// Wraps `virDomainMigrateSetMaxSpeed`.
    public func setMigrationMaxSpeed(_ bandwidth: UInt64, flags: MigrateMaxSpeedFlags = []) throws(LibvirtError) {
        try check(
            virDomainMigrateSetMaxSpeed(pointer, UInt(bandwidth), flags.rawValue), "virDomainMigrateSetMaxSpeed")
    }

    // MARK: - Downtime

    /// The longest the guest may be paused at the end of a live migration, in milliseconds.
    ///
    /// Wraps `virDomainMigrateGetMaxDowntime`.
    public func migrationMaxDowntime() throws(LibvirtError) -> UInt64 {
        var downtime: UInt64 = 0
        try check(virDomainMigrateGetMaxDowntime(pointer, &downtime, 0), "virDomainMigrateGetMaxDowntime")
        return downtime
    }

    /// Sets the longest the guest may be paused at the end of a live migration, in milliseconds.
    ///
    /// Wraps `virDomainMigrateSetMaxDowntime`.
    public func setMigrationMaxDowntime(_ milliseconds: UInt64) throws(LibvirtError) {
        try check(virDomainMigrateSetMaxDowntime(pointer, milliseconds, 0), "virDomainMigrateSetMaxDowntime")
    }

    // MARK: - Compression cache

    /// The size of the migration compression (XBZRLE) cache, in bytes.
    ///
    /// Wraps `virDomainMigrateGetCompressionCache`.
    public func migrationCompressionCacheSize() throws(LibvirtError) -> UInt64 {
        var size: UInt64 = 0
        try check(virDomainMigrateGetCompressionCache(pointer, &size, 0), "virDomainMigrateGetCompressionCache")
        return size
    }

    /// Sets the size of the migration compression (XBZRLE) cache, in bytes.
    ///
    /// Wraps `virDomainMigrateSetCompressionCache`.
    public func setMigrationCompressionCacheSize(_ size: UInt64) throws(LibvirtError) {
        try check(virDomainMigrateSetCompressionCache(pointer, size, 0), "virDomainMigrateSetCompressionCache")
    }

    // MARK: - Post-copy

    /// Switches a running migration started with ``MigrateFlags/postCopy`` to its
    /// post-copy phase.
    ///
    /// Wraps `virDomainMigrateStartPostCopy`.
    public func startPostCopyMigration() throws(LibvirtError) {
        try check(virDomainMigrateStartPostCopy(pointer, 0), "virDomainMigrateStartPostCopy")
    }
}
