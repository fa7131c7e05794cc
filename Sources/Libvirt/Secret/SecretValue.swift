/// The value of a secret: bytes that no description ever shows.
///
/// `description`, `debugDescription`, string interpolation, `dump` and
/// `Mirror` all show `SecretValue(redacted)`, never the bytes nor their count;
/// read them through ``bytes``. `==` compares in time independent of where
/// the values differ.
///
/// ```swift
/// try await secret.setValue(SecretValue(Array("passphrase".utf8)))
/// let value = try await secret.value()
/// print(value)               // SecretValue(redacted)
/// let key = value.bytes      // the 10 bytes
/// ```
///
/// Swift arrays may be copied by the runtime, so the bytes cannot be wiped
/// from memory when the value goes away; the C buffers the SDK receives them
/// in are zeroed before they are freed.
public struct SecretValue: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The secret bytes.
    public let bytes: [UInt8]

    /// Wraps secret bytes.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Wraps the UTF-8 bytes of a secret string, such as a passphrase.
    public init(utf8 string: String) {
        self.bytes = Array(string.utf8)
    }

    /// Whether the value has no bytes.
    public var isEmpty: Bool { bytes.isEmpty }

    // MARK: - Never shown

    /// `SecretValue(redacted)`.
    public var description: String { "SecretValue(redacted)" }

    /// `SecretValue(redacted)`.
    public var debugDescription: String { description }

    /// A mirror with no children, so that `dump` and debuggers show nothing of the bytes.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    // MARK: - Comparing

    /// Whether two values hold the same bytes, compared without stopping at
    /// the first difference.
    public static func == (lhs: SecretValue, rhs: SecretValue) -> Bool {
        guard lhs.bytes.count == rhs.bytes.count else { return false }
        var difference: UInt8 = 0
        for index in lhs.bytes.indices { difference |= lhs.bytes[index] ^ rhs.bytes[index] }
        return difference == 0
    }
}
