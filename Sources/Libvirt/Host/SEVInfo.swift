/// A host's AMD SEV platform data, as ``Connection/sevInfo()`` reports it.
///
/// Each documented key is a property (nil when libvirt did not report it);
/// ``parameters`` holds everything libvirt sent, including keys a newer
/// libvirt adds.
public struct SEVInfo: Sendable, Hashable {
    /// Every parameter libvirt returned.
    public let parameters: TypedParameters

    /// Wraps parameters libvirt returned.
    public init(_ parameters: TypedParameters) {
        self.parameters = parameters
    }

    /// The platform Diffie-Hellman key, base64 (`pdh`).
    public var pdh: String? { parameters.string("pdh") }
    /// The platform certificate chain, base64 (`cert-chain`).
    public var certificateChain: String? { parameters.string("cert-chain") }
    /// The unique ID of CPU 0, base64 (`cpu0-id`).
    public var cpu0ID: String? { parameters.string("cpu0-id") }
    /// The C-bit position in page table entries (`cbitpos`).
    public var cBitPosition: UInt32? { parameters.uint64("cbitpos").map { UInt32(truncatingIfNeeded: $0) } }
    /// How many physical address bits memory encryption takes (`reduced-phys-bits`).
    public var reducedPhysicalBits: UInt32? {
        parameters.uint64("reduced-phys-bits").map { UInt32(truncatingIfNeeded: $0) }
    }
    /// The most SEV guests the host can run (`max-guests`).
    public var maxGuests: UInt32? { parameters.uint64("max-guests").map { UInt32(truncatingIfNeeded: $0) } }
    /// The most SEV-ES guests the host can run (`max-es-guests`).
    public var maxESGuests: UInt32? { parameters.uint64("max-es-guests").map { UInt32(truncatingIfNeeded: $0) } }
}
