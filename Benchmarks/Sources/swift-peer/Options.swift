import Libvirt

/// The command line of the peer contract:
/// `swift-peer WORKLOAD --uri URI --concurrency K --seconds S [--iterations M] [--loop sdk|default]
/// [--consumer loop|pool]`. Without `--loop`, the SDK's choice (`SWIFT_LIBVIRT_EVENT_LOOP`, else
/// its default). `--consumer` places the events consumer: on the event loop's executor (the
/// default) or in a task on the cooperative pool.
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

    /// The run's length in nanoseconds.
    var nanoseconds: UInt64 { UInt64(seconds * 1e9) }

    /// `inproc` for the in-process test driver, `daemon` otherwise.
    var label: String { uri.hasPrefix("test:///") ? "inproc" : "daemon" }

    init(_ arguments: [String]) throws(UsageError) {
        guard let first = arguments.first, let workload = Workload(rawValue: first) else {
            throw UsageError("the first argument is the workload: latency, poll, bulk or events")
        }
        self.workload = workload
        var uri: String?
        var rest = arguments.dropFirst()
        while let option = rest.popFirst() {
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
            default: throw UsageError("unknown option \(option)")
            }
        }
        guard let uri else { throw UsageError("--uri is required") }
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
