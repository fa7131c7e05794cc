import CLibvirt
import CLibvirtAdmin
import FoundationEssentials
import Libvirt

/// A client connected to a daemon's server (`virAdmClientPtr`): one open
/// connection of some program, this one's included.
///
/// An actor on its server's executor; it holds one libvirt reference,
/// released when the actor is. Its id, connection time and transport are
/// read when it is listed.
public actor AdminClient {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The server the client is connected to.
    public nonisolated let server: AdminServer
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor
    /// The client's id, unique within its server.
    public nonisolated let id: Int
    /// When the client connected: seconds since the Unix epoch.
    public nonisolated let connectionTime: Int
    /// How the client is connected.
    public nonisolated let transport: ClientTransport

    /// This actor's executor.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }

    /// Takes over one reference to a C handle and reads what identifies it
    /// (kept in the handle: no round trip).
    ///
    /// Wraps `virAdmClientGetID`, `virAdmClientGetTimestamp` and `virAdmClientGetTransport`.
    init(_ handle: TransferredPointer, server: AdminServer) {
        pointer = handle.pointer
        self.server = server
        executor = server.executor
        id = Int(truncatingIfNeeded: virAdmClientGetID(handle.pointer))
        connectionTime = Int(virAdmClientGetTimestamp(handle.pointer))
        transport = ClientTransport(rawValue: virAdmClientGetTransport(handle.pointer))
    }

    deinit {
        // The last reference to a closed admin connection closes it, a round
        // trip to the daemon: never on the releasing thread.
        let owned = TransferredPointer(pointer: pointer)
        executor.async { virAdmClientFree(owned.pointer) }
    }

    /// When the client connected.
    public nonisolated var connectedAt: Date {
        Date(timeIntervalSince1970: Double(connectionTime))
    }

    // MARK: - Identity

    /// Who the client is: its process, user and group for a UNIX socket,
    /// its address, SASL or X.509 identity for TCP and TLS.
    ///
    /// Wraps `virAdmClientGetInfo`.
    public func info() throws(LibvirtError) -> ClientInfo {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virAdmClientGetInfo(pointer, &list, &count, 0), "virAdmClientGetInfo")
        return ClientInfo(TypedParameters.take(list, count: count))
    }

    // MARK: - Closing

    /// Makes the daemon close this client's connection: the program on the
    /// other end sees it closed (its close callback reports
    /// `Connection.CloseReason.eof`).
    ///
    /// Wraps `virAdmClientClose`.
    public func close() throws(LibvirtError) {
        try check(virAdmClientClose(pointer, 0), "virAdmClientClose")
    }
}

/// How a client is connected to a server (`virClientTransport`).
public struct ClientTransport: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The C value.
    public let rawValue: Int32

    /// Creates a transport from its C value.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// A UNIX socket. The C constant `VIR_CLIENT_TRANS_UNIX`.
    public static let unix = ClientTransport(rawValue: Int32(VIR_CLIENT_TRANS_UNIX.rawValue))
    /// Unencrypted TCP. The C constant `VIR_CLIENT_TRANS_TCP`.
    public static let tcp = ClientTransport(rawValue: Int32(VIR_CLIENT_TRANS_TCP.rawValue))
    /// TLS over TCP. The C constant `VIR_CLIENT_TRANS_TLS`.
    public static let tls = ClientTransport(rawValue: Int32(VIR_CLIENT_TRANS_TLS.rawValue))

    /// `unix`, `tcp`, `tls`, or the number of a transport this SDK does not name.
    public var description: String {
        switch self {
        case .unix: "unix"
        case .tcp: "tcp"
        case .tls: "tls"
        default: "transport \(rawValue)"
        }
    }
}
