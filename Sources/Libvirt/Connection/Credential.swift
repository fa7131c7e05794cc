import CLibvirt

/// One credential a hypervisor asks for while a connection opens (`virConnectCredential`).
public struct Credential: Sendable, Hashable {
    /// What is asked for.
    public let type: Kind
    /// The prompt libvirt would show.
    public let prompt: String
    /// An additional challenge, if any.
    public let challenge: String?
    /// The answer libvirt suggests, if any.
    public let defaultResult: String?

    /// Creates a credential request.
    public init(type: Kind, prompt: String, challenge: String? = nil, defaultResult: String? = nil) {
        self.type = type
        self.prompt = prompt
        self.challenge = challenge
        self.defaultResult = defaultResult
    }

    /// Copies a C credential request.
    init(_ credential: virConnectCredential) {
        self.init(
            type: Kind(rawValue: credential.type),
            prompt: credential.prompt.map { String(cString: $0) } ?? "",
            challenge: credential.challenge.map { String(cString: $0) },
            defaultResult: credential.defresult.map { String(cString: $0) })
    }
}
