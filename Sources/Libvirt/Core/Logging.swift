import CLibvirt
import Logging
import Synchronization

// MARK: - The process-wide logger

/// Where the SDK logs through swift-log when no connection says otherwise.
///
/// The SDK is silent by default: ``logger`` discards everything until a
/// program sets it, and a ``Connection`` logs through the logger given to
/// ``Connection/open(_:flags:authentication:executors:socketWatch:logger:)``, or else
/// through this one as it was when the connection opened.
///
/// ```swift
/// var logger = Logger(label: "libvirt")
/// logger.logLevel = .debug
/// LibvirtLogging.logger = logger   // every connection opened from now on
/// ```
///
/// What is logged: opens and closes (info), the reason libvirt gives when it
/// closes a connection (warning), a ``ReconnectingConnection``'s losses,
/// failed attempts and reconnections (warning, info), events a bounded
/// buffer dropped (warning, at the 1st, 2nd, 4th, 8th... drop of a
/// subscription), deregistrations (debug), and every error message libvirt
/// reports, through this logger alone (debug). Nothing secret is logged:
/// neither secret values nor credentials.
public enum LibvirtLogging {
    /// The logger behind the property, read by libvirt's error callback on any thread.
    private static let storage = Mutex(Logger.silent)

    /// The logger of connections opened without one, and of libvirt's own
    /// error messages (at debug). Discards everything unless set.
    public static var logger: Logger {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}

extension Logger {
    /// A logger that discards everything: the SDK's default.
    package static let silent = Logger(label: "libvirt", factory: { _ in SwiftLogNoOpLogHandler() })

    /// This logger with the connection's URI as `libvirt.uri` metadata.
    package func forConnection(to uri: String?) -> Logger {
        var logger = self
        logger[metadataKey: "libvirt.uri"] = "\(uri ?? "(default)")"
        return logger
    }

    /// Whether this logger shows messages of `level`.
    package func shows(_ level: Level) -> Bool {
        logLevel <= level
    }
}

// MARK: - What the SDK logs

/// Something the SDK logs: every line's level and wording are decided here,
/// so that every part of the SDK logs alike. Call ``Logging/Logger/record(_:)``.
package enum LogRecord: Sendable {
    /// A connection opened, with this many executors.
    case opened(executors: Int)
    /// Opening a connection failed.
    case openFailed(LibvirtError)
    /// ``Connection/close()`` ran; libvirt said `references` were still held.
    case closed(references: Int)
    /// A connection was released without ``Connection/close()`` and is closed now.
    case released
    /// libvirt closed the connection, for this reason.
    case closedByLibvirt(Connection.CloseReason)
    /// A subscription's bounded buffer dropped an event: `total` so far.
    case eventsDropped(kind: String, total: Int)
    /// Event registrations went from libvirt: `count` of them.
    case deregistered(count: Int, failed: Int)
    /// A reconnecting connection's state changed.
    case reconnecting(ReconnectingConnection.Status)
    /// An error libvirt reported (its error callback).
    case libvirtError(code: LibvirtError.Code, domain: LibvirtError.ErrorDomain, level: LibvirtError.Level, message: String)
}

extension Logger {
    /// Logs `record` at its level, when this logger shows that level (the
    /// frequent records, drops and libvirt's errors, check the level before
    /// they are made: ``droppedEvent(kind:total:)``, `logLibvirtError`).
    package func record(_ record: LogRecord) {
        let level = record.level
        guard shows(level) else { return }
        let (message, metadata) = record.line
        log(level: level, "\(message)", metadata: metadata)
    }
}

extension LogRecord {
    /// The level the record is logged at.
    var level: Logger.Level {
        switch self {
        case .opened, .closed, .released: .info
        case .openFailed, .deregistered, .libvirtError: .debug
        case .closedByLibvirt, .eventsDropped: .warning
        case .reconnecting(let status):
            switch status {
            case .disconnected, .reconnectFailed: .warning
            case .gaveUp: .error
            case .reconnected, .closed: .info
            }
        }
    }

    /// The message and its metadata.
    var line: (String, Logger.Metadata) {
        switch self {
        case .opened(let executors):
            return ("connection opened", ["libvirt.executors": "\(executors)"])
        case .openFailed(let error):
            return ("connection failed to open", ["libvirt.error": "\(error)"])
        case .closed(let references):
            return ("connection closed", ["libvirt.references": "\(references)"])
        case .released:
            return ("connection released without close(); closing it", [:])
        case .closedByLibvirt(let reason):
            return ("connection closed by libvirt", ["libvirt.reason": "\(reason)"])
        case .eventsDropped(let kind, let total):
            return ("event dropped: the subscription's buffer is full", [
                "libvirt.events": "\(kind)", "libvirt.dropped": "\(total)",
            ])
        case .deregistered(let count, let failed):
            return ("event callbacks deregistered", [
                "libvirt.deregistered": "\(count)", "libvirt.failed": "\(failed)",
            ])
        case .reconnecting(let status):
            return Self.line(status)
        case .libvirtError(let code, let domain, let level, let message):
            return ("libvirt reported an error", [
                "libvirt.code": "\(code)", "libvirt.domain": "\(domain)", "libvirt.level": "\(level)",
                "libvirt.message": "\(message)",
            ])
        }
    }

    /// The message and metadata of a reconnecting connection's status.
    private static func line(_ status: ReconnectingConnection.Status) -> (String, Logger.Metadata) {
        switch status {
        case .disconnected(let reason):
            let why: String
            switch reason {
            case .closed(let close): why = "\(close)"
            case .linkLost: why = "link lost"
            case .checkFailed(let error): why = "\(error)"
            }
            return ("connection lost; reconnecting", ["libvirt.reason": "\(why)"])
        case .reconnectFailed(let attempt, let error, let retryIn):
            return ("reconnection failed", [
                "libvirt.attempt": "\(attempt)", "libvirt.error": "\(error)", "libvirt.retryIn": "\(retryIn)",
            ])
        case .reconnected(let generation, let gap):
            return ("reconnected", ["libvirt.generation": "\(generation)", "libvirt.gap": "\(gap)"])
        case .gaveUp(let error):
            return ("gave up reconnecting", ["libvirt.error": "\(error)"])
        case .closed:
            return ("reconnecting connection closed", [:])
        }
    }
}

// MARK: - Dropped events

extension Logger {
    /// Logs a subscription's `total`-th dropped event when `total` is a power
    /// of two, so that a flood of drops logs a line per doubling, not per event.
    @inline(__always)
    package func droppedEvent(kind: @autoclosure () -> String, total: Int) {
        guard total > 0, total & (total - 1) == 0 else { return }
        record(.eventsDropped(kind: kind(), total: total))
    }
}

// MARK: - libvirt's own errors

/// libvirt's error callback (`virSetErrorFunc`): every error libvirt
/// reports, at debug, to ``LibvirtLogging/logger``. It runs on the failing
/// thread, before the SDK reads the same error as a ``LibvirtError``.
let logLibvirtError: @convention(c) (UnsafeMutableRawPointer?, virErrorPtr?) -> Void = { _, error in
    guard let error else { return }
    let logger = LibvirtLogging.logger
    guard logger.shows(.debug) else { return }
    let recorded = error.pointee
    logger.record(
        .libvirtError(
            code: LibvirtError.Code(rawValue: recorded.code),
            domain: LibvirtError.ErrorDomain(rawValue: recorded.domain),
            level: LibvirtError.Level(rawValue: Int32(recorded.level.rawValue)),
            message: recorded.message.map { String(cString: $0) } ?? "unknown error"))
}
