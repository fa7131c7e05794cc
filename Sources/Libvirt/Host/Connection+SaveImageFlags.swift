import CLibvirt

extension Connection {
    /// Options for reading the domain XML of a saved image
    /// (`virDomainSaveImageXMLFlags`).
    public struct SaveImageXMLFlags: OptionSet, Sendable, Hashable {
        /// The C value of the flags.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// Include security-sensitive data, such as passwords
        /// (`VIR_DOMAIN_SAVE_IMAGE_XML_SECURE`).
        public static let secure = SaveImageXMLFlags(rawValue: VIR_DOMAIN_SAVE_IMAGE_XML_SECURE.rawValue)
    }
}
