import CLibvirt

extension Domain {
    /// The state of a dirty rate calculation (`virDomainDirtyRateStatus`), as the
    /// `dirtyrate.calc_status` statistic reports it.
    ///
    /// A `RawRepresentable` struct, so that a value a newer libvirt adds still round-trips.
    public struct DirtyRateStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        /// No calculation was started (`VIR_DOMAIN_DIRTYRATE_UNSTARTED`).
        public static let unstarted = DirtyRateStatus(rawValue: Int32(VIR_DOMAIN_DIRTYRATE_UNSTARTED.rawValue))
        /// A calculation is under way (`VIR_DOMAIN_DIRTYRATE_MEASURING`).
        public static let measuring = DirtyRateStatus(rawValue: Int32(VIR_DOMAIN_DIRTYRATE_MEASURING.rawValue))
        /// The last calculation finished (`VIR_DOMAIN_DIRTYRATE_MEASURED`).
        public static let measured = DirtyRateStatus(rawValue: Int32(VIR_DOMAIN_DIRTYRATE_MEASURED.rawValue))

        /// The constant's Swift name, or the number of a value this libvirt does not define.
        public var description: String {
            switch self {
            case .unstarted: "unstarted"
            case .measuring: "measuring"
            case .measured: "measured"
            default: "\(rawValue)"
            }
        }
    }
}
