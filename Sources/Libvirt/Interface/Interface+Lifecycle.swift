import CLibvirt

extension Interface {
    // MARK: - Starting and stopping

    /// Brings the interface up (what `ifup` does).
    ///
    /// Wraps `virInterfaceCreate`.
    public func start() throws(LibvirtError) {
        try check(virInterfaceCreate(pointer, 0), "virInterfaceCreate")
    }

    /// Brings the interface down (what `ifdown` does).
    ///
    /// Wraps `virInterfaceDestroy`.
    public func destroy() throws(LibvirtError) {
        try check(virInterfaceDestroy(pointer, 0), "virInterfaceDestroy")
    }

    /// Removes the interface's definition.
    ///
    /// Wraps `virInterfaceUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virInterfaceUndefine(pointer), "virInterfaceUndefine")
    }

    // MARK: - State

    /// Whether the interface is up.
    ///
    /// Wraps `virInterfaceIsActive`.
    public func isActive() throws(LibvirtError) -> Bool {
        try checkBool(virInterfaceIsActive(pointer), "virInterfaceIsActive")
    }
}
