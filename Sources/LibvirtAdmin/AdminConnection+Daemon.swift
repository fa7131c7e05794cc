import CLibvirt
import CLibvirtAdmin
import Glibc
import Libvirt

extension AdminConnection {
    // MARK: - Identity

    /// The URI the connection was opened with, as libvirt canonicalized it.
    ///
    /// Wraps `virAdmConnectGetURI`.
    public func uri() throws(LibvirtError) -> String {
        try takeString(virAdmConnectGetURI(try handle("virAdmConnectGetURI")), "virAdmConnectGetURI")
    }

    /// Whether the connection to the daemon is still alive.
    ///
    /// Wraps `virAdmConnectIsAlive`.
    public func isAlive() throws(LibvirtError) -> Bool {
        try checkBool(virAdmConnectIsAlive(try handle("virAdmConnectIsAlive")), "virAdmConnectIsAlive")
    }

    /// The version of libvirt the daemon runs.
    ///
    /// Wraps `virAdmConnectGetLibVersion`.
    public func daemonVersion() throws(LibvirtError) -> LibvirtVersion {
        var version: UInt64 = 0
        try check(virAdmConnectGetLibVersion(try handle("virAdmConnectGetLibVersion"), &version), "virAdmConnectGetLibVersion")
        return LibvirtVersion(encoded: UInt(version))
    }

    /// The version of the admin library in this process.
    ///
    /// Wraps `virAdmGetVersion`.
    public static func libraryVersion() throws(LibvirtError) -> LibvirtVersion {
        Library.prepare()
        var version: UInt64 = 0
        try check(virAdmGetVersion(&version), "virAdmGetVersion")
        return LibvirtVersion(encoded: UInt(version))
    }

    // MARK: - Close events

    /// Why the daemon closed this connection, once it does: the sequence
    /// yields the reason (`Connection.CloseReason.eof` when the
    /// daemon went away) and finishes; it finishes without one when
    /// ``close()`` runs first. Any number of sequences may be made.
    ///
    /// Delivered by the close callback registered when the connection opened
    /// (`virAdmConnectRegisterCloseCallback`).
    public nonisolated func closeEvents() -> CloseEvents {
        CloseEvents(stream: closing.stream())
    }

    // MARK: - Servers

    /// The daemon's servers (libvirtd has `libvirtd` and `admin`).
    ///
    /// Wraps `virAdmConnectListServers` and `virAdmServerGetName`.
    public func servers() throws(LibvirtError) -> [AdminServer] {
        let function = "virAdmConnectListServers"
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(virAdmConnectListServers(try handle(function), &list, 0), function)
        defer { free(list) }
        guard let list else { return [] }
        return (0..<Int(count)).compactMap { index in
            list[index].map { AdminServer(TransferredPointer(pointer: $0), connection: self, executor: executors.nextLane()) }
        }
    }

    /// The server named `name`; `LibvirtError.Code.noServer` if the daemon has none.
    ///
    /// Wraps `virAdmConnectLookupServer` and `virAdmServerGetName`.
    public func server(named name: String) throws(LibvirtError) -> AdminServer {
        let function = "virAdmConnectLookupServer"
        try cString(name, "name", function: function)
        let server = try check(virAdmConnectLookupServer(try handle(function), name, 0), function)
        return AdminServer(TransferredPointer(pointer: server), connection: self, executor: executors.nextLane())
    }

    // MARK: - Logging

    /// The daemon's logging outputs, such as `"3:stderr"` or
    /// `"1:file:/var/log/libvirt/libvirtd.log"`, space separated.
    ///
    /// Wraps `virAdmConnectGetLoggingOutputs`.
    public func loggingOutputs() throws(LibvirtError) -> String {
        var outputs: UnsafeMutablePointer<CChar>? = nil
        let function = "virAdmConnectGetLoggingOutputs"
        try check(virAdmConnectGetLoggingOutputs(try handle(function), &outputs, 0), function)
        guard let outputs else { return "" }
        return try takeString(outputs, function)
    }

    /// The daemon's logging filters, such as `"1:qemu 3:util.object"`, space
    /// separated; empty when there are none.
    ///
    /// Wraps `virAdmConnectGetLoggingFilters`.
    public func loggingFilters() throws(LibvirtError) -> String {
        var filters: UnsafeMutablePointer<CChar>? = nil
        let function = "virAdmConnectGetLoggingFilters"
        try check(virAdmConnectGetLoggingFilters(try handle(function), &filters, 0), function)
        guard let filters else { return "" }
        return try takeString(filters, function)
    }

    /// Replaces the daemon's logging outputs; nil restores its defaults.
    ///
    /// Wraps `virAdmConnectSetLoggingOutputs`.
    public func setLoggingOutputs(_ outputs: String?) throws(LibvirtError) {
        let function = "virAdmConnectSetLoggingOutputs"
        try cString(outputs, "outputs", function: function)
        try check(virAdmConnectSetLoggingOutputs(try handle(function), outputs, 0), function)
    }

    /// Replaces the daemon's logging filters; nil or empty removes them all.
    ///
    /// Wraps `virAdmConnectSetLoggingFilters`.
    public func setLoggingFilters(_ filters: String?) throws(LibvirtError) {
        let function = "virAdmConnectSetLoggingFilters"
        try cString(filters, "filters", function: function)
        try check(virAdmConnectSetLoggingFilters(try handle(function), filters, 0), function)
    }

    // MARK: - Daemon timeout

    /// Makes the daemon exit after this many seconds without clients; 0
    /// keeps it running (its default unless started with `--timeout`).
    ///
    /// Wraps `virAdmConnectSetDaemonTimeout`.
    public func setDaemonTimeout(seconds: Int) throws(LibvirtError) {
        let function = "virAdmConnectSetDaemonTimeout"
        let timeout = try cUInt32(seconds, "seconds", function: function)
        try check(virAdmConnectSetDaemonTimeout(try handle(function), timeout, 0), function)
    }
}
