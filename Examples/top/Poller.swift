import Libvirt

/// One poll of one domain: its state and cumulative counters, as
/// `allDomainStats` reports them, and when they were read.
struct Sample: Sendable {
    /// Which connection the domain belongs to.
    let uri: String
    /// The domain's name.
    let name: String
    /// Its run state, if the driver reported it.
    let state: Domain.State?
    /// CPU time used so far.
    let cpuTime: Duration?
    /// Current memory, in KiB (the balloon size).
    let memoryKiB: UInt64?
    /// Bytes read by every disk so far.
    let blockRead: UInt64?
    /// Bytes written by every disk so far.
    let blockWritten: UInt64?
    /// Bytes received by every interface so far.
    let netReceived: UInt64?
    /// Bytes sent by every interface so far.
    let netSent: UInt64?
    /// When the poll returned.
    let time: ContinuousClock.Instant

    /// Reads a bulk statistics record.
    init(_ record: DomainStatsRecord, uri: String, time: ContinuousClock.Instant) {
        self.uri = uri
        self.time = time
        name = record.name
        state = record.state?.state
        cpuTime = record.cpu?.time
        memoryKiB = record.balloon?.currentKiB
        blockRead = record.blocks.flatMap { sum($0.devices.map(\.readBytes)) }
        blockWritten = record.blocks.flatMap { sum($0.devices.map(\.writeBytes)) }
        netReceived = record.interfaces.flatMap { sum($0.devices.map(\.rxBytes)) }
        netSent = record.interfaces.flatMap { sum($0.devices.map(\.txBytes)) }
    }
}

/// The sum of the values present; nil when none is.
private func sum(_ values: [UInt64?]) -> UInt64? {
    let present = values.compactMap { $0 }
    return present.isEmpty ? nil : present.reduce(0, &+)
}

/// A poll of the connection to `uri` failed.
struct PollError: Error {
    let uri: String
    let error: LibvirtError
}

/// Polls several connections concurrently, one bulk statistics call each.
struct Poller: Sendable {
    /// Each connection, with the URI it was opened with.
    let connections: [(uri: String, connection: Connection)]

    /// The groups a table row needs.
    static let groups: DomainStatsRecord.Groups = [.state, .cpuTotal, .balloon, .block, .interface]

    /// Polls every connection at once, in a task group; the samples come back
    /// in connection order, then by domain name.
    ///
    /// - Throws: ``PollError``, naming the connection that failed.
    func poll() async throws -> [Sample] {
        try await withThrowingTaskGroup(of: (Int, [Sample]).self) { group in
            for (index, (uri, connection)) in connections.enumerated() {
                group.addTask {
                    do throws(LibvirtError) {
                        let records = try await Self.stats(of: connection)
                        let now = ContinuousClock.now
                        return (index, records.map { Sample($0, uri: uri, time: now) })
                    } catch {
                        throw PollError(uri: uri, error: error)
                    }
                }
            }
            var results = [[Sample]](repeating: [], count: connections.count)
            for try await (index, samples) in group {
                results[index] = samples.sorted { $0.name < $1.name }
            }
            return results.flatMap { $0 }
        }
    }

    /// One bulk call, names only (no `Domain` handle per record). A domain
    /// that goes away during the call can fail it: such a race is retried
    /// twice before the error counts.
    private static func stats(of connection: Connection) async throws(LibvirtError) -> [DomainStatsRecord] {
        var attempt = 0
        while true {
            do {
                return try await connection.allDomainStats(groups, domainHandles: false)
            } catch {
                attempt += 1
                if attempt == 3 { throw error }
            }
        }
    }
}
