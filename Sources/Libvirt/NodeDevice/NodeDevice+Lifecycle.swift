import CLibvirt

extension NodeDevice {
    // MARK: - Starting and stopping

    /// Starts a defined, inactive device.
    ///
    /// Wraps `virNodeDeviceCreate`.
    public func start() throws(LibvirtError) {
        try check(virNodeDeviceCreate(pointer, 0), "virNodeDeviceCreate")
    }

    /// Stops and removes the device (a vHBA or a mediated device); a defined
    /// one keeps its definition.
    ///
    /// Wraps `virNodeDeviceDestroy`.
    public func destroy() throws(LibvirtError) {
        try check(virNodeDeviceDestroy(pointer), "virNodeDeviceDestroy")
    }

    /// Removes the device's persistent definition.
    ///
    /// Wraps `virNodeDeviceUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virNodeDeviceUndefine(pointer, 0), "virNodeDeviceUndefine")
    }

    // MARK: - Assignment to guests

    /// Detaches the device from its host driver, so a guest can be given it.
    ///
    /// - Parameter driver: the stub driver to bind it to (such as `"vfio"`),
    ///   or nil for the hypervisor's default. With nil, libvirt's older entry
    ///   point is used, which older daemons also answer.
    ///
    /// Wraps `virNodeDeviceDettach` and `virNodeDeviceDetachFlags`.
    public func detach(driver: String? = nil) throws(LibvirtError) {
        try cString(driver, "driver", function: "virNodeDeviceDettach")
        if let driver {
            try check(virNodeDeviceDetachFlags(pointer, driver, 0), "virNodeDeviceDetachFlags")
        } else {
            try check(virNodeDeviceDettach(pointer), "virNodeDeviceDettach")
        }
    }

    /// Gives a detached device back to its host driver.
    ///
    /// Wraps `virNodeDeviceReAttach`.
    public func reattach() throws(LibvirtError) {
        try check(virNodeDeviceReAttach(pointer), "virNodeDeviceReAttach")
    }

    /// Resets the device (a PCI function-level or bus reset).
    ///
    /// Wraps `virNodeDeviceReset`.
    public func reset() throws(LibvirtError) {
        try check(virNodeDeviceReset(pointer), "virNodeDeviceReset")
    }
}
