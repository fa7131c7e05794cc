import CLibvirtQEMU
import FoundationEssentials
import Libvirt

/// An event QEMU's monitor emitted for a guest (a QMP event such as `STOP`,
/// `RESUME` or `BLOCK_JOB_COMPLETED`), as libvirt relays it.
public struct QEMUMonitorEvent: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The event's name, such as `"STOP"`.
    public let name: String
    /// When QEMU emitted it: seconds since the Unix epoch.
    public let seconds: Int
    /// When QEMU emitted it: microseconds within ``seconds``.
    public let microseconds: Int
    /// The event's `data` member as QEMU sent it; nil when it has none.
    public let rawDetails: String?
    /// The event's `data` member, decoded; nil when it has none, or
    /// ``JSONValue/null`` if the text was not JSON.
    public let details: JSONValue?

    /// When QEMU emitted the event.
    public var date: Date {
        Date(timeIntervalSince1970: Double(seconds) + Double(microseconds) / 1_000_000)
    }
}

/// A delivered QEMU monitor event and its domain.
public typealias QEMUMonitorEventRecord = EventRecord<Domain, QEMUMonitorEvent>

/// Which QEMU monitor events a subscription receives, by name.
public enum QEMUMonitorEventFilter: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every event.
    case all
    /// Events of this name, such as `"STOP"`.
    case name(String, ignoringCase: Bool = false)
    /// Events whose name matches this regular expression (GLib's syntax,
    /// unanchored: `"^BLOCK_JOB_"`).
    case pattern(String, ignoringCase: Bool = false)

    /// The filter on one line: `all`, `name("STOP", ignoringCase: false)`.
    public var description: String { self == .all ? "all" : caseDescription(of: self) }
}

extension QEMUMonitorEventFilter {
    /// The C event argument and flags.
    ///
    /// Every event is asked for as the pattern that matches every name
    /// rather than as no name: libvirt 9.0's remote driver forwards only the
    /// first name-less registration of a connection (later ones, for another
    /// domain, never receive an event), while each filtered one gets its own.
    var registration: (event: String, flags: UInt32) {
        let regex = UInt32(VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_REGEX.rawValue)
        let nocase = UInt32(VIR_CONNECT_DOMAIN_QEMU_MONITOR_EVENT_REGISTER_NOCASE.rawValue)
        switch self {
        case .all: return ("", regex)
        case .name(let name, let ignoringCase): return (name, ignoringCase ? nocase : 0)
        case .pattern(let pattern, let ignoringCase): return (pattern, regex | (ignoringCase ? nocase : 0))
        }
    }
}
