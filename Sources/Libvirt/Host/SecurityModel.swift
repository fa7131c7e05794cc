/// The security model a hypervisor confines guests with (`virSecurityModel`).
public struct SecurityModel: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The model's name, such as `"selinux"`, `"apparmor"` or `"none"`; empty
    /// when the driver has none.
    public let model: String
    /// The domain of interpretation of its labels (`"0"` for most models).
    public let doi: String

    /// Creates a security model from its parts.
    public init(model: String, doi: String) {
        self.model = model
        self.doi = doi
    }
}
