import Glibc

/// The command line of a benchmark tool (`threads`, `fanout`, `fleet`):
/// `--name value` pairs, each handed to the tool's own switch. A mistake prints
/// the tool's usage to standard error and exits 2.
public struct ToolCommandLine: Sendable {
    /// The tool's name, as messages start.
    public let tool: String
    /// The options the tool takes, as its usage line shows them.
    public let usage: String

    /// A command line of `tool`, whose options `usage` shows.
    public init(tool: String, usage: String) {
        self.tool = tool
        self.usage = usage
    }

    /// Hands each option and its value to `take`, which returns false for an
    /// option it does not know.
    public func parse(_ arguments: [String], _ take: (_ option: String, _ value: String) -> Bool) {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard let value = rest.popFirst() else { fail("\(option) needs a value") }
            if !take(option, value) { fail("unknown option \(option)") }
        }
    }

    /// `value` as a whole number of at least `minimum`.
    public func number(_ value: String, _ option: String, minimum: Int = 0) -> Int {
        guard let number = Int(value), number >= minimum else { fail("bad \(option) \(value)") }
        return number
    }

    /// Prints `message` and the usage to standard error, and exits 2.
    public func fail(_ message: String) -> Never {
        let text = "\(tool): \(message)\nusage: \(tool) \(usage)\n"
        _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
        exit(2)
    }
}
