import ArgumentParser
import Libvirt

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lifecycle`: define guests, start, suspend and resume them concurrently,
/// awaiting each step's event, then tear them down, even on Ctrl-C.
///
/// ```
/// swift run --package-path Examples lifecycle --count 3
/// swift run --package-path Examples lifecycle --uri qemu:///system --count 2
/// ```
@main
struct Lifecycle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Define guests, start, suspend and resume them concurrently, then remove them.")

    @Option(help: "The hypervisor URI.")
    var uri = "test:///default"

    @Option(help: "How many guests to make.")
    var count = 3

    @Option(help: "Seconds to wait for each event before giving up.")
    var eventTimeout: Double = 30

    @Option(help: "Seconds to keep the guests running before tearing them down (to look at them with virsh or top; Ctrl-C still cleans up).")
    var hold: Double = 0

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() async throws {
        let connection = try await Connection.open(uri)
        let hypervisor = try await connection.hypervisorType()
        guard let template = GuestTemplate(hypervisor: hypervisor) else {
            throw ValidationError("no guest XML for the \(hypervisor) driver: use test:///default or qemu:///system")
        }
        let names = (0..<count).map { "lifecycle-\(getpid())-\($0)" }
        let scenario = Scenario(
            connection: connection, template: template, names: names, eventTimeout: .seconds(eventTimeout),
            hold: .seconds(hold))

        // The work runs in a task of its own so that Ctrl-C can cancel it;
        // cancelled, it still destroys and undefines every guest it made.
        let work = Task { try await scenario.run() }
        let interrupt = Interrupt { work.cancel() }
        defer { interrupt.stop() }
        do {
            try await work.value
        } catch is CancellationError {
            log("interrupted: every guest made was removed")
            _ = try? await connection.close()
            throw ExitCode(130)
        }
        try await connection.close()
    }
}
