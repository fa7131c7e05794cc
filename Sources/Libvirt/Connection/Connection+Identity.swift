import CLibvirt

extension Connection {
    // MARK: - What is connected

    /// The canonical URI of the hypervisor, which may differ from the one opened.
    ///
    /// Wraps `virConnectGetURI`.
    public func uri() throws(LibvirtError) -> String {
        try takeString(virConnectGetURI(try handle("virConnectGetURI")), "virConnectGetURI")
    }

    /// The hypervisor host's name.
    ///
    /// Wraps `virConnectGetHostname`.
    public func hostname() throws(LibvirtError) -> String {
        try takeString(virConnectGetHostname(try handle("virConnectGetHostname")), "virConnectGetHostname")
    }

    /// The name of the hypervisor driver, such as `"QEMU"` or `"TEST"`.
    ///
    /// Wraps `virConnectGetType`.
    public func hypervisorType() throws(LibvirtError) -> String {
        try borrowString(virConnectGetType(try handle("virConnectGetType")), "virConnectGetType")
    }

    /// The hypervisor's version.
    ///
    /// Wraps `virConnectGetVersion`.
    public func hypervisorVersion() throws(LibvirtError) -> LibvirtVersion {
        var version: UInt = 0
        try check(virConnectGetVersion(try handle("virConnectGetVersion"), &version), "virConnectGetVersion")
        return LibvirtVersion(encoded: version)
    }

    /// The version of libvirt on the hypervisor's side (the daemon's, for a
    /// remote connection).
    ///
    /// Wraps `virConnectGetLibVersion`.
    public func libraryVersion() throws(LibvirtError) -> LibvirtVersion {
        var version: UInt = 0
        try check(virConnectGetLibVersion(try handle("virConnectGetLibVersion"), &version), "virConnectGetLibVersion")
        return LibvirtVersion(encoded: version)
    }

    // MARK: - State of the link

    /// Whether the connection is still alive (for a remote one: the link is up).
    ///
    /// Wraps `virConnectIsAlive`.
    public func isAlive() throws(LibvirtError) -> Bool {
        try checkBool(virConnectIsAlive(try handle("virConnectIsAlive")), "virConnectIsAlive")
    }

    /// Whether the connection is safe from eavesdropping and tampering.
    ///
    /// Wraps `virConnectIsSecure`.
    public func isSecure() throws(LibvirtError) -> Bool {
        try checkBool(virConnectIsSecure(try handle("virConnectIsSecure")), "virConnectIsSecure")
    }

    /// Whether the connection's traffic is encrypted.
    ///
    /// Wraps `virConnectIsEncrypted`.
    public func isEncrypted() throws(LibvirtError) -> Bool {
        try checkBool(virConnectIsEncrypted(try handle("virConnectIsEncrypted")), "virConnectIsEncrypted")
    }

    /// Starts keepalive probes on a remote connection: after `interval` seconds
    /// of silence a probe is sent, and after `count` unanswered probes the
    /// connection is closed (with close reason keepalive). An `interval` of 0
    /// or less turns keepalive off.
    ///
    /// Every call in flight on the connection then fails within about
    /// `interval` × (`count` + 1) seconds of the daemon's last answer, however
    /// many there are: libvirt 9.0 itself wakes only one of them, so the SDK
    /// ends the connection's socket once libvirt gave up on it
    /// (see docs/hostile-input.md).
    ///
    /// - Returns: false when the daemon does not support keepalive.
    /// - Throws: ``LibvirtError`` with code `.noSupport` on an in-process
    ///   driver (`test:///default`), which has no daemon to lose.
    ///
    /// Wraps `virConnectSetKeepAlive`.
    @discardableResult
    public func setKeepAlive(interval: Int, count: Int) throws(LibvirtError) -> Bool {
        let interval = try cInt32(interval, "interval", function: "virConnectSetKeepAlive")
        let count = try cUInt32(count, "count", function: "virConnectSetKeepAlive")
        let open = try handle("virConnectSetKeepAlive")
        guard interval > 0, let socket, socket.kind != .other else {
            if let socket { KeepAliveWatchdog.shared.unwatch(socket) }
            return try check(virConnectSetKeepAlive(open, interval, count), "virConnectSetKeepAlive") == 0
        }
        // The watchdog gives up first; libvirt's own verdict is a fallback (KeepAliveWatchdog.swift).
        let probes = count.addingReportingOverflow(UInt32(KeepAliveWatchdog.fallbackProbes))
        let result = try check(
            virConnectSetKeepAlive(open, interval, probes.overflow ? count : probes.partialValue),
            "virConnectSetKeepAlive")
        if result == 0 {
            KeepAliveWatchdog.shared.watch(
                open, socket: socket, events: events, interval: Int(interval), count: Int(count))
        }
        return result == 0
    }
}
