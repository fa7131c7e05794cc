/// CPU time counters of the host, for one CPU or all of them
/// (`virNodeCPUStats`), as ``Connection/cpuStats(cpu:)`` reports them.
///
/// Times are in nanoseconds. Each documented key is a property, nil when the
/// driver did not report it; ``values`` holds every key the driver sent,
/// including ones a newer libvirt adds.
public struct NodeCPUStats: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// Every counter libvirt returned, by name.
    public let values: [String: UInt64]

    /// Wraps counters by name.
    public init(values: [String: UInt64]) {
        self.values = values
    }

    /// Time spent in the kernel (`kernel`).
    public var kernel: UInt64? { values["kernel"] }
    /// Time spent in user space (`user`).
    public var user: UInt64? { values["user"] }
    /// Time spent idle (`idle`).
    public var idle: UInt64? { values["idle"] }
    /// Time spent waiting for I/O (`iowait`).
    public var iowait: UInt64? { values["iowait"] }
    /// Time spent serving interrupts (`intr`).
    public var interrupt: UInt64? { values["intr"] }
    /// CPU utilization, in percent, from drivers that report only that (`utilization`).
    public var utilization: UInt64? { values["utilization"] }
}
