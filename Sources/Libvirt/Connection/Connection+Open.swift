import CLibvirt

extension Connection {
    // MARK: - Options

    /// How many executors a connection has unless told otherwise: enough for
    /// parallel calls through a daemon, whose round trips block a thread each.
    public static let defaultExecutorCount = 8

    // MARK: - Opening

    /// Opens a connection to the hypervisor at `uri`.
    ///
    /// The blocking open runs on the new connection's executor. libvirt's event
    /// loop is started before the first connection of the process opens.
    ///
    /// - Parameters:
    ///   - uri: the hypervisor's URI, such as `qemu:///system` or
    ///     `test:///default`; nil lets libvirt choose its default.
    ///   - flags: ``OpenFlags/readOnly`` for a read-only connection,
    ///     ``OpenFlags/noAliases`` to take the URI literally.
    ///   - authentication: answers the credentials the hypervisor asks for; nil
    ///     offers none (nothing ever prompts on a console).
    ///   - executors: how many executors (threads at most) the connection and
    ///     its handles use.
    /// - Throws: ``LibvirtError``, for instance when no driver accepts the URI;
    ///   ``LibvirtError/Code/operationUnsupported`` in a process that opened an
    ///   admin connection (LibvirtAdmin), which libvirt 9.0 cannot combine with this.
    ///
    /// Wraps `virConnectOpen`, `virConnectOpenReadOnly` or `virConnectOpenAuth`.
    public static func open(
        _ uri: String? = nil,
        flags: OpenFlags = [],
        authentication: Authentication? = nil,
        executors: Int = defaultExecutorCount
    ) async throws(LibvirtError) -> Connection {
        try cString(uri, "uri", function: "virConnectOpen")
        Library.prepare()
        try Library.claim(.hypervisor, function: "virConnectOpen")
        let pool = ExecutorPool(count: max(1, executors), label: "libvirt.\(uri ?? "default")")
        let (opened, socket) = try await pool.first.run {
            () throws(LibvirtError) -> (TransferredPointer, ConnectionSocket?) in
            // The socket of a connection through a daemon, for the keepalive watchdog.
            try SocketCapture.capturing { () throws(LibvirtError) -> TransferredPointer in
                if let authentication {
                    return TransferredPointer(pointer: try authentication.open(uri, flags: flags.rawValue))
                } else if flags == .readOnly {
                    return TransferredPointer(pointer: try check(virConnectOpenReadOnly(uri), "virConnectOpenReadOnly"))
                } else if flags.isEmpty {
                    return TransferredPointer(pointer: try check(virConnectOpen(uri), "virConnectOpen"))
                }
                return TransferredPointer(pointer: try check(virConnectOpenAuth(uri, nil, flags.rawValue), "virConnectOpenAuth"))
            }
        }
        return Connection(opened, executors: pool, socket: socket)
    }
}
