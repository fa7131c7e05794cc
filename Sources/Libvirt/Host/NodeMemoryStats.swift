/// Memory counters of the host, for one NUMA cell or all of them
/// (`virNodeMemoryStats`), as ``Connection/memoryStats(cell:)`` reports them.
///
/// Sizes are in KiB. Each documented key is a property, nil when the driver
/// did not report it; ``values`` holds every key the driver sent.
public struct NodeMemoryStats: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// Every counter libvirt returned, by name.
    public let values: [String: UInt64]

    /// Wraps counters by name.
    public init(values: [String: UInt64]) {
        self.values = values
    }

    /// Total memory (`total`).
    public var totalKiB: UInt64? { values["total"] }
    /// Free memory (`free`).
    public var freeKiB: UInt64? { values["free"] }
    /// Memory used for file buffers (`buffers`).
    public var buffersKiB: UInt64? { values["buffers"] }
    /// Memory used for the page cache (`cached`).
    public var cachedKiB: UInt64? { values["cached"] }
}
