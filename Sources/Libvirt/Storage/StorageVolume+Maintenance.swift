import CLibvirt

extension StorageVolume {
    // MARK: - Resizing

    /// Changes the volume's capacity.
    ///
    /// - Parameters:
    ///   - capacity: the new capacity in bytes (or, with `.delta`, the bytes to add).
    ///   - flags: `.shrink` to allow a smaller size, `.allocate` to allocate the
    ///     new space, `.delta` to read `capacity` as a difference.
    ///
    /// Wraps `virStorageVolResize`.
    public func resize(to capacity: UInt64, flags: ResizeFlags = []) throws(LibvirtError) {
        try check(virStorageVolResize(pointer, capacity, flags.rawValue), "virStorageVolResize")
    }

    // MARK: - Wiping

    /// Overwrites the volume's data with zeros.
    ///
    /// Wraps `virStorageVolWipe`.
    public func wipe() throws(LibvirtError) {
        try check(virStorageVolWipe(pointer, 0), "virStorageVolWipe")
    }

    /// Overwrites the volume's data with the pattern of `algorithm`.
    ///
    /// Wraps `virStorageVolWipePattern`.
    public func wipe(algorithm: WipeAlgorithm) throws(LibvirtError) {
        try check(virStorageVolWipePattern(pointer, algorithm.rawValue, 0), "virStorageVolWipePattern")
    }

    // MARK: - Deleting

    /// Deletes the volume and its data. The actor stays, but its calls fail.
    ///
    /// Wraps `virStorageVolDelete`.
    public func delete(flags: DeleteFlags = []) throws(LibvirtError) {
        try check(virStorageVolDelete(pointer, flags.rawValue), "virStorageVolDelete")
    }
}
