import CLibvirt

/// A host's AMD SEV platform data (`VIR_NODE_SEV_*`), as
/// ``Connection/sevInfo()`` reports it; a key libvirt did not report is nil.
public struct SEVInfo: TypedParameterRecord {
    /// The keys, as libvirt names them.
    public enum Key {
        /// `VIR_NODE_SEV_PDH`.
        public static let pdh = VIR_NODE_SEV_PDH
        /// `VIR_NODE_SEV_CERT_CHAIN`.
        public static let certificateChain = VIR_NODE_SEV_CERT_CHAIN
        /// `VIR_NODE_SEV_CPU0_ID`.
        public static let cpu0ID = VIR_NODE_SEV_CPU0_ID
        /// `VIR_NODE_SEV_CBITPOS`.
        public static let cBitPosition = VIR_NODE_SEV_CBITPOS
        /// `VIR_NODE_SEV_REDUCED_PHYS_BITS`.
        public static let reducedPhysicalBits = VIR_NODE_SEV_REDUCED_PHYS_BITS
        /// `VIR_NODE_SEV_MAX_GUESTS`.
        public static let maxGuests = VIR_NODE_SEV_MAX_GUESTS
        /// `VIR_NODE_SEV_MAX_ES_GUESTS`.
        public static let maxESGuests = VIR_NODE_SEV_MAX_ES_GUESTS
    }

    /// The field table.
    public static let fields: [TypedParameterField<Self>] = [
        .value(Key.pdh, .string, \.pdh),
        .value(Key.certificateChain, .string, \.certificateChain),
        .value(Key.cpu0ID, .string, \.cpu0ID),
        .value(Key.cBitPosition, .uint, \.cBitPosition),
        .value(Key.reducedPhysicalBits, .uint, \.reducedPhysicalBits),
        .value(Key.maxGuests, .uint, \.maxGuests),
        .value(Key.maxESGuests, .uint, \.maxESGuests),
    ]

    /// The platform Diffie-Hellman key, base64 (``Key/pdh``).
    public var pdh: String?
    /// The platform certificate chain, base64 (``Key/certificateChain``).
    public var certificateChain: String?
    /// The unique ID of CPU 0, base64 (``Key/cpu0ID``).
    public var cpu0ID: String?
    /// The C-bit position in page table entries (``Key/cBitPosition``).
    public var cBitPosition: UInt32?
    /// How many physical address bits memory encryption takes (``Key/reducedPhysicalBits``).
    public var reducedPhysicalBits: UInt32?
    /// The most SEV guests the host can run (``Key/maxGuests``).
    public var maxGuests: UInt32?
    /// The most SEV-ES guests the host can run (``Key/maxESGuests``).
    public var maxESGuests: UInt32?
    /// Parameters no field holds.
    public var extra = TypedParameters()

    /// Creates a record with every field nil.
    public init() {}
}
