/// CPU time counters of the host, for one CPU or all of them
/// (`virNodeCPUStats`), as ``Connection/cpuStats(cpu:)`` reports them.
///
/// Each documented key is a property (a time as a `Duration`), nil when the
/// driver did not report it; ``values`` holds every key the driver sent, as
/// libvirt counts it (nanoseconds), including ones a newer libvirt adds.
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
    public var kernel: Duration? { values["kernel"].map { .nanoseconds($0) } }
    /// Time spent in user space (`user`).
    public var user: Duration? { values["user"].map { .nanoseconds($0) } }
    /// Time spent idle (`idle`).
    public var idle: Duration? { values["idle"].map { .nanoseconds($0) } }
    /// Time spent waiting for I/O (`iowait`).
    public var iowait: Duration? { values["iowait"].map { .nanoseconds($0) } }
    /// Time spent serving interrupts (`intr`).
    public var interrupt: Duration? { values["intr"].map { .nanoseconds($0) } }
    /// CPU utilization, in percent, from drivers that report only that (`utilization`).
    public var utilizationPercent: UInt64? { values["utilization"] }
}
