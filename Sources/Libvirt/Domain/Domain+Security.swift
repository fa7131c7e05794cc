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

    /// The domain's launch security information, such as the AMD SEV measurement.
    ///
    /// Wraps `virDomainGetLaunchSecurityInfo`.
    public func launchSecurityInfo() throws(LibvirtError) -> LaunchSecurityInfo {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virDomainGetLaunchSecurityInfo(pointer, &list, &count, 0), "virDomainGetLaunchSecurityInfo")
        return LaunchSecurityInfo(TypedParameters.take(list, count: count))
    }

    /// Injects a launch secret into the guest.
    ///
    /// Wraps `virDomainSetLaunchSecurityState`.
    public func setLaunchSecurityState(_ state: LaunchSecurityState) throws(LibvirtError) {
        try state.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetLaunchSecurityState(pointer, list, count, 0), "virDomainSetLaunchSecurityState")
        }
    }
}

extension Domain {
    /// A domain's launch security information (`VIR_DOMAIN_LAUNCH_SECURITY_SEV_*`),
    /// all nil for a domain without launch security.
    public struct LaunchSecurityInfo: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT`.
            public static let sevMeasurement = VIR_DOMAIN_LAUNCH_SECURITY_SEV_MEASUREMENT
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR`.
            public static let sevAPIMajor = VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MAJOR
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR`.
            public static let sevAPIMinor = VIR_DOMAIN_LAUNCH_SECURITY_SEV_API_MINOR
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID`.
            public static let sevBuildID = VIR_DOMAIN_LAUNCH_SECURITY_SEV_BUILD_ID
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY`.
            public static let sevPolicy = VIR_DOMAIN_LAUNCH_SECURITY_SEV_POLICY
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.sevMeasurement, .string, \.sevMeasurement),
            .value(Key.sevAPIMajor, .uint, \.sevAPIMajor),
            .value(Key.sevAPIMinor, .uint, \.sevAPIMinor),
            .value(Key.sevBuildID, .uint, \.sevBuildID),
            .value(Key.sevPolicy, .uint, \.sevPolicy),
        ]

        /// The SEV launch measurement, in base64 (``Key/sevMeasurement``).
        public var sevMeasurement: String?
        /// The SEV firmware's API major version (``Key/sevAPIMajor``).
        public var sevAPIMajor: UInt32?
        /// The SEV firmware's API minor version (``Key/sevAPIMinor``).
        public var sevAPIMinor: UInt32?
        /// The SEV firmware's build id (``Key/sevBuildID``).
        public var sevBuildID: UInt32?
        /// The SEV guest policy (``Key/sevPolicy``).
        public var sevPolicy: UInt32?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A launch secret to inject into a guest (`VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET*`).
    public struct LaunchSecurityState: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER`.
            public static let sevSecretHeader = VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_HEADER
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET`.
            public static let sevSecret = VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET
            /// `VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS`.
            public static let sevSecretSetAddress = VIR_DOMAIN_LAUNCH_SECURITY_SEV_SECRET_SET_ADDRESS
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.sevSecretHeader, .string, \.sevSecretHeader),
            .value(Key.sevSecret, .string, \.sevSecret),
            .value(Key.sevSecretSetAddress, .ullong, \.sevSecretSetAddress),
        ]

        /// The secret's header, in base64 (``Key/sevSecretHeader``).
        public var sevSecretHeader: String?
        /// The encrypted secret, in base64 (``Key/sevSecret``).
        public var sevSecret: String?
        /// The guest physical address to put the secret at; nil for the
        /// firmware's choice (``Key/sevSecretSetAddress``).
        public var sevSecretSetAddress: UInt64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a secret to inject.
        public init(sevSecretHeader: String? = nil, sevSecret: String? = nil, sevSecretSetAddress: UInt64? = nil) {
            self.sevSecretHeader = sevSecretHeader
            self.sevSecret = sevSecret
            self.sevSecretSetAddress = sevSecretSetAddress
        }

        /// Creates a record with every field nil.
        public init() {}
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

        package init(_ label: virSecurityLabel) {
            // The C label is a char array too large for Swift to import; it
            // starts the struct.
            self.label = withUnsafeBytes(of: label) { bytes in
                String(decoding: bytes.prefix(Int(VIR_SECURITY_LABEL_BUFLEN)).prefix { $0 != 0 }, as: UTF8.self)
            }
            isEnforcing = label.enforcing != 0
        }
    }
}
