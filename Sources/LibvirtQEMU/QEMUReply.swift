import Libvirt

/// A reply of QEMU's JSON monitor (QMP) or guest agent: the text libvirt
/// returned and its decoded value.
public struct QEMUReply: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The reply as QEMU sent it.
    public var description: String { raw }

    /// The reply as QEMU sent it, such as `{"return":{"status":"running",...},"id":"libvirt-12"}`.
    public let raw: String
    /// The decoded reply.
    public let value: JSONValue

    /// Decodes `raw`; text that is not JSON throws, naming `function`.
    init(raw: String, function: String) throws(LibvirtError) {
        self.raw = raw
        value = try JSONValue(parsing: raw, function: function)
    }

    /// The command's result: the reply's `return` member; nil when the
    /// reply holds none (the command failed: see ``error``).
    public var result: JSONValue? { value["return"] }

    /// QEMU's `error` member (its `class` and `desc`), if the command failed.
    public var error: JSONValue? { value["error"] }
}
