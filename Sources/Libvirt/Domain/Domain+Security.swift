import CLibvirt
import Glibc

extension Domain {
    // MARK: - Security labels

    /// The security label of the domain's process (its first security driver's).
    ///
    /// Wraps `virDomainGetSecurityLabel`.
    public func securityLabel() throws(LibvirtError) -> SecurityLabel {
        var label = virSecurityLabel()
        try check(virDomainGetSecurityLabel(pointer, &label), "virDomainGetSecurityLabel")
        return SecurityLabel(label)
    }

    /// The security labels of the domain's process, one per security driver.
    ///
    /// Wraps `virDomainGetSecurityLabelList`.
    public func securityLabels() throws(LibvirtError) -> [SecurityLabel] {
        var list: UnsafeMutablePointer<virSecurityLabel>? = nil
        let count = try check(virDomainGetSecurityLabelList(pointer, &list), "virDomainGetSecurityLabelList")
        guard let list else { return [] }
        defer { free(list) }
        return (0..<Int(count)).map { SecurityLabel(list[$0]) }
    }

    // MARK: - Launch security

    /// The domain's launch security information (such as the AMD SEV measurement),
    /// as typed parameters (`sev-measurement`, ...).
    ///
    /// Wraps `virDomainGetLaunchSecurityInfo`.
    public func launchSecurityInfo() throws(LibvirtError) -> TypedParameters {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virDomainGetLaunchSecurityInfo(pointer, &list, &count, 0), "virDomainGetLaunchSecurityInfo")
        return TypedParameters.take(list, count: count)
    }

    /// Injects a launch secret into the guest (`sev-secret`, `sev-secret-header`, ...).
    ///
    /// Wraps `virDomainSetLaunchSecurityState`.
    public func setLaunchSecurityState(_ parameters: TypedParameters) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetLaunchSecurityState(pointer, list, count, 0), "virDomainSetLaunchSecurityState")
        }
    }
}

extension Domain {
    /// A security label of a domain's process (`virSecurityLabel`).
    public struct SecurityLabel: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The label, such as an SELinux context.
        public let label: String
        /// Whether the security driver enforces it.
        public let isEnforcing: Bool

        init(_ label: virSecurityLabel) {
            // The C label is a char array too large for Swift to import; it
            // starts the struct.
            self.label = withUnsafeBytes(of: label) { bytes in
                String(decoding: bytes.prefix(Int(VIR_SECURITY_LABEL_BUFLEN)).prefix { $0 != 0 }, as: UTF8.self)
            }
            isEnforcing = label.enforcing != 0
        }
    }
}
