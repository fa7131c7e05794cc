import CLibvirt
import Glibc

/// Answers the credentials a hypervisor asks for while a connection opens.
///
/// libvirt calls the handler on the thread that opens the connection (a
/// connection executor, never a cooperative thread) with every credential it
/// needs at once. Nothing is ever asked on a console.
///
/// ```swift
/// let auth = Authentication(credentialTypes: [.authName, .passphrase]) { requests in
///     requests.map { $0.type == .authName ? "admin" : "secret" }
/// }
/// let connection = try await Connection.open(uri, authentication: auth)
/// ```
public struct Authentication: Sendable, CustomStringConvertible {
    /// The kinds of credential the handler can answer.
    public var credentialTypes: [Credential.Kind]
    /// Returns one answer per request, in order (nil leaves that one
    /// unanswered), or nil to refuse, which makes the open fail.
    public var handler: @Sendable ([Credential]) -> [String?]?

    /// The credential types it answers (the handler is code, not printed).
    public var description: String { "Authentication(credentialTypes: \(credentialTypes))" }

    /// Creates an authentication that answers `credentialTypes` with `handler`.
    public init(
        credentialTypes: [Credential.Kind],
        handler: @escaping @Sendable ([Credential]) -> [String?]?
    ) {
        self.credentialTypes = credentialTypes
        self.handler = handler
    }

    /// Opens `uri` with libvirt calling back into `handler`.
    ///
    /// Wraps `virConnectOpenAuth`.
    func open(_ uri: String?, flags: UInt32) throws(LibvirtError) -> OpaquePointer {
        let box = Unmanaged.passRetained(HandlerBox(handler)).toOpaque()
        defer { Unmanaged<HandlerBox>.fromOpaque(box).release() }
        var types = credentialTypes.map(\.rawValue)
        return try types.withUnsafeMutableBufferPointer { types throws(LibvirtError) in
            var auth = virConnectAuth(
                credtype: types.baseAddress, ncredtype: UInt32(types.count),
                cb: answerCredentials, cbdata: box)
            return try check(virConnectOpenAuth(uri, &auth, flags), "virConnectOpenAuth")
        }
    }
}

/// The handler, kept alive while libvirt may call it.
private final class HandlerBox {
    let handler: @Sendable ([Credential]) -> [String?]?
    init(_ handler: @escaping @Sendable ([Credential]) -> [String?]?) {
        self.handler = handler
    }
}

/// libvirt's authentication callback: asks the Swift handler and fills in the
/// answers as strings libvirt will free.
private func answerCredentials(
    _ credentials: UnsafeMutablePointer<virConnectCredential>?, _ count: UInt32, _ data: UnsafeMutableRawPointer?
) -> Int32 {
    guard let credentials, let data else { return -1 }
    let box = Unmanaged<HandlerBox>.fromOpaque(data).takeUnretainedValue()
    let requests = (0..<Int(count)).map { Credential(credentials[$0]) }
    guard let answers = box.handler(requests) else { return -1 }
    for (index, answer) in answers.prefix(Int(count)).enumerated() {
        guard let answer else { continue }
        credentials[index].result = strdup(answer)
        credentials[index].resultlen = UInt32(answer.utf8.count)
    }
    return 0
}
