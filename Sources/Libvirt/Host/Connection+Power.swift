import CLibvirt

extension Connection {
    // MARK: - Power

    /// Suspends the whole host for `duration` seconds, after which libvirt's
    /// host-side timer wakes it up.
    ///
    /// - Parameters:
    ///   - target: to RAM, to disk, or both.
    ///   - duration: seconds before waking up; libvirt requires at least 60.
    ///
    /// Wraps `virNodeSuspendForDuration`.
    public func suspendNode(target: NodeSuspendTarget, duration: UInt64) throws(LibvirtError) {
        try check(
            virNodeSuspendForDuration(try handle("virNodeSuspendForDuration"), target.rawValue, duration, 0),
            "virNodeSuspendForDuration")
    }
}
