import CLibvirt

/// An error reported by libvirt.
///
/// Every throwing API of this package throws `LibvirtError`. It is read on the
/// thread that made the failing C call, right after the call returned, so it
/// always describes that call and never another thread's.
///
/// Match on ``code``:
///
/// ```swift
/// do {
///     let domain = try await connection.domain(named: "web")
/// } catch {
///     switch error.code {
///     case .noDomain: print("not defined here")
///     default: throw error
///     }
/// }
/// ```
public struct LibvirtError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// What went wrong, as libvirt's `virErrorNumber`.
    public let code: Code
    /// The part of libvirt the error comes from, as libvirt's `virErrorDomain`.
    public let domain: ErrorDomain
    /// How serious the error is.
    public let level: Level
    /// libvirt's message, as it would have printed it.
    public let message: String
    /// The libvirt C function whose failure this error reports, such as `virDomainCreate`.
    public let function: String

    /// Creates an error from its parts.
    public init(code: Code, domain: ErrorDomain, level: Level = .error, message: String, function: String) {
        self.code = code
        self.domain = domain
        self.level = level
        self.message = message
        self.function = function
    }

    /// The code and the part of libvirt by name, libvirt's message and the function
    /// that failed: `noDomain (qemu): Domain not found: no domain with matching name 'web' [virDomainLookupByName]`.
    public var description: String {
        "\(code) (\(domain)): \(message) [\(function)]"
    }
}

// MARK: - Codes, domains, levels

extension LibvirtError.Code {
    /// Returns true when `code` is `pattern`, so codes work in `case` patterns.
    public static func ~= (pattern: Self, code: Self) -> Bool {
        pattern == code
    }
}

// MARK: - Reading libvirt's error

extension LibvirtError {
    /// The error libvirt recorded for the calling thread, which is then cleared.
    ///
    /// Call it on the thread that made the failing call, before anything else
    /// runs there. A failure that recorded no error still gives a
    /// ``Code/internalError`` naming `function`.
    ///
    /// Wraps `virGetLastError` and `virResetLastError`.
    package static func last(function: String) -> LibvirtError {
        guard let error = virGetLastError() else {
            return LibvirtError(
                code: .internalError, domain: .unspecified,
                message: "\(function) failed without reporting an error", function: function)
        }
        let recorded = error.pointee
        let result = LibvirtError(
            code: Code(rawValue: recorded.code),
            domain: ErrorDomain(rawValue: recorded.domain),
            level: Level(rawValue: Int32(recorded.level.rawValue)),
            message: recorded.message.map { String(cString: $0) } ?? "unknown error",
            function: function)
        virResetLastError()
        return result
    }
}
