import Libvirt

/// The command line of the peer contract:
/// `swift-peer [OPTIONS] WORKLOAD --uri URI --concurrency K --seconds S [--iterations M] [--loop sdk|default]
/// [--consumer loop|pool] [--socket-watch eventLoop|callsOnly]`. Without `--loop`, the SDK's
/// choice (`SWIFT_LIBVIRT_EVENT_LOOP`, else its default). `--consumer` places the events consumer:
/// on the event loop's executor (the default) or in a task on the cooperative pool.
/// `--socket-watch` opens the connection of every workload with that `Connection.SocketWatch`
/// (default `eventLoop`; the events workload through a daemon needs it).
struct Options {
    enum Workload: String {
        case latency, poll, bulk, events
    }

    /// Where the events workload's consumer runs.
    enum Consumer: String {
        case loop, pool
    }

    var workload: Workload
    var uri: String
    var concurrency = 1
    var seconds = 3.0
    var iterations = 20_000
    var loop: EventLoopKind?
    var consumer = Consumer.loop
    var socketWatch = Connection.SocketWatch.eventLoop

    /// The run's length in nanoseconds.
    var nanoseconds: UInt64 { UInt64(seconds * 1e9) }

    /// `inproc` for the in-process test driver, `daemon` otherwise.
    var label: String { uri.hasPrefix("test:///") ? "inproc" : "daemon" }

    /// Reads the workload (the one argument that is no option's value, first
    /// by the contract; anywhere, so that a wrapper may put options before it)
    /// and the options.
    init(_ arguments: [String]) throws(UsageError) {
        var workload: Workload?
        var uri: String?
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard option.hasPrefix("--") else {
                guard workload == nil, let named = Workload(rawValue: option) else {
                    throw UsageError("unexpected \(option): one workload, latency, poll, bulk or events")
                }
                workload = named
                continue
            }
            guard let value = rest.popFirst() else { throw UsageError("\(option) needs a value") }
            switch option {
            case "--uri": uri = value
            case "--concurrency": concurrency = try Self.number(value, option)
            case "--seconds":
                guard let seconds = Double(value), seconds > 0 else { throw UsageError("bad --seconds \(value)") }
                self.seconds = seconds
            case "--iterations": iterations = try Self.number(value, option)
            case "--loop":
                guard let kind = EventLoopKind(rawValue: value) else { throw UsageError("bad --loop \(value): sdk or default") }
                loop = kind
            case "--consumer":
                guard let consumer = Consumer(rawValue: value) else { throw UsageError("bad --consumer \(value): loop or pool") }
                self.consumer = consumer
            case "--socket-watch":
                guard let watch = Connection.SocketWatch(rawValue: value) else {
                    throw UsageError("bad --socket-watch \(value): eventLoop or callsOnly")
                }
                socketWatch = watch
            default: throw UsageError("unknown option \(option)")
            }
        }
        guard let workload else { throw UsageError("the workload is required: latency, poll, bulk or events") }
        guard let uri else { throw UsageError("--uri is required") }
        self.workload = workload
        self.uri = uri
    }

    private static func number(_ value: String, _ option: String) throws(UsageError) -> Int {
        guard let number = Int(value), number > 0 else { throw UsageError("bad \(option) \(value)") }
        return number
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
