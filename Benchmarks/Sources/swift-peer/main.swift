import Glibc
import Libvirt

// The Swift peer of ../shared/bench: see its README for the contract.
do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let measurement: Measurement
    switch options.workload {
    case .latency: measurement = try await latency(options)
    case .poll: measurement = try await poll(options)
    case .bulk: measurement = try await bulk(options)
    case .events: measurement = try await events(options)
    }
    print(measurement.line)
} catch let error as UsageError {
    fputs("swift-peer: \(error)\n", stderr)
    exit(2)
} catch {
    fputs("swift-peer: \(error)\n", stderr)
    exit(1)
}
