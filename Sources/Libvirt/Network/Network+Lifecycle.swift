import CLibvirt

extension Network {
    // MARK: - Starting and stopping

    /// Starts a defined network.
    ///
    /// Wraps `virNetworkCreate`.
    public func start() throws(LibvirtError) {
        try check(virNetworkCreate(pointer), "virNetworkCreate")
    }

    /// Stops the network; a transient network goes away.
    ///
    /// Wraps `virNetworkDestroy`.
    public func destroy() throws(LibvirtError) {
        try check(virNetworkDestroy(pointer), "virNetworkDestroy")
    }

    /// Removes the network's persistent definition; a running network keeps
    /// running, as a transient one.
    ///
    /// Wraps `virNetworkUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virNetworkUndefine(pointer), "virNetworkUndefine")
    }

    // MARK: - State

    /// Whether the network is running.
    ///
    /// Wraps `virNetworkIsActive`.
    public func isActive() throws(LibvirtError) -> Bool {
        try checkBool(virNetworkIsActive(pointer), "virNetworkIsActive")
    }

    /// Whether the network has a persistent definition.
    ///
    /// Wraps `virNetworkIsPersistent`.
    public func isPersistent() throws(LibvirtError) -> Bool {
        try checkBool(virNetworkIsPersistent(pointer), "virNetworkIsPersistent")
    }

    // MARK: - Autostart

    /// Whether the network starts when the host boots.
    ///
    /// Wraps `virNetworkGetAutostart`.
    public func autostart() throws(LibvirtError) -> Bool {
        var autostart: Int32 = 0
        try check(virNetworkGetAutostart(pointer, &autostart), "virNetworkGetAutostart")
        return autostart != 0
    }

    /// Sets whether the network starts when the host boots.
    ///
    /// Wraps `virNetworkSetAutostart`.
    public func setAutostart(_ autostart: Bool) throws(LibvirtError) {
        try check(virNetworkSetAutostart(pointer, autostart ? 1 : 0), "virNetworkSetAutostart")
    }
}
