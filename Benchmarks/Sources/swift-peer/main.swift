import Glibc
import Libvirt

// The Swift peer of ../shared/bench: see its README for the contract.
do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    if let loop = options.loop {
        try EventLoopKind.select(loop)
    }
    report("swift-peer: event loop \(EventLoopKind.current), socket watch \(options.socketWatch)")
    let measurement: Measurement
    switch options.workload {
    case .latency: measurement = try await latency(options)
    case .poll: measurement = try await poll(options)
    case .bulk: measurement = try await bulk(options)
    case .events: measurement = try await events(options)
    }
    print(measurement.line)
} catch let error as UsageError {
    report("swift-peer: \(error)")
    exit(2)
} catch {
    report("swift-peer: \(error)")
    exit(1)
}

/// Writes a line on stderr, which compare.sh keeps in its log.
func report(_ line: String) {
    let text = line + "\n"
    _ = text.withCString { write(STDERR_FILENO, $0, strlen($0)) }
}
