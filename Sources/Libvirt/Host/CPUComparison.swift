import CLibvirt

/// How a CPU description compares with the host's CPU (`virCPUCompareResult`),
/// as ``Connection/compareCPU(_:flags:)`` reports it.
///
/// A `RawRepresentable` struct rather than an enum, so that a result a newer
/// libvirt adds still round-trips. libvirt's error result is thrown instead.
public struct CPUComparison: RawRepresentable, Sendable, Hashable {
    /// The C value.
    public let rawValue: Int32

    /// Creates a result from its C value.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The host CPU cannot run a guest with the described CPU
    /// (`VIR_CPU_COMPARE_INCOMPATIBLE`).
    public static let incompatible = CPUComparison(rawValue: VIR_CPU_COMPARE_INCOMPATIBLE.rawValue)
    /// The host CPU is the described CPU (`VIR_CPU_COMPARE_IDENTICAL`).
    public static let identical = CPUComparison(rawValue: VIR_CPU_COMPARE_IDENTICAL.rawValue)
    /// The host CPU is better than the described CPU: it can run such a guest
    /// (`VIR_CPU_COMPARE_SUPERSET`).
    public static let superset = CPUComparison(rawValue: VIR_CPU_COMPARE_SUPERSET.rawValue)

    /// Whether a guest with the described CPU can run: the result is
    /// ``identical`` or ``superset``.
    public var isCompatible: Bool { self == .identical || self == .superset }
}
