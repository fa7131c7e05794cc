// MARK: - Time spans libvirt counts in a unit

/// The unit of time in which libvirt gives or takes a time span: the SDK
/// turns such counts into `Duration`s, so the unit is the type's business and
/// never hides in a field's documentation.
enum DurationUnit: Sendable, CustomStringConvertible {
    case nanoseconds, microseconds, milliseconds, seconds

    /// Attoseconds in one unit (`Duration`'s own resolution).
    private var attoseconds: Int64 {
        switch self {
        case .nanoseconds: 1_000_000_000
        case .microseconds: 1_000_000_000_000
        case .milliseconds: 1_000_000_000_000_000
        case .seconds: 1_000_000_000_000_000_000
        }
    }

    /// The unit's name, as in an error message.
    var description: String {
        switch self {
        case .nanoseconds: "nanoseconds"
        case .microseconds: "microseconds"
        case .milliseconds: "milliseconds"
        case .seconds: "seconds"
        }
    }

    /// The unit's symbol: `ns`, `µs`, `ms`, `s`.
    var symbol: String {
        switch self {
        case .nanoseconds: "ns"
        case .microseconds: "µs"
        case .milliseconds: "ms"
        case .seconds: "s"
        }
    }

    /// `duration` counted in this unit, as `-1 µs` (a record's description
    /// shows libvirt's own numbers); `Duration`'s own text when not whole.
    func text(_ duration: Duration) -> String {
        count(in: duration).map { "\($0) \(symbol)" } ?? "\(duration)"
    }

    /// `count` units as a `Duration`.
    func duration(_ count: some BinaryInteger) -> Duration {
        switch self {
        case .nanoseconds: .nanoseconds(count)
        case .microseconds: .microseconds(count)
        case .milliseconds: .milliseconds(count)
        case .seconds: .seconds(count)
        }
    }

    /// How many whole units `duration` is, or nil when it is not a whole
    /// number of them or does not fit in 64 bits.
    func count(in duration: Duration) -> Int64? {
        // Through the full 128-bit count: a duration of more than Int64.max
        // seconds (libvirt's unsigned counts can make one) has no `components`.
        let (units, remainder) = duration.attoseconds.quotientAndRemainder(dividingBy: Int128(attoseconds))
        return remainder == 0 ? Int64(exactly: units) : nil
    }
}
