// MARK: - Statistics of every host

extension Fleet {
    /// The statistics of every domain of every open host, asked of all hosts
    /// at once (one bulk call each).
    ///
    /// A host that is unreachable, reconnecting or fails the call gives its
    /// error in its element; the others are unaffected.
    ///
    /// - Parameters:
    ///   - groups: the groups to collect, as for ``Connection/allDomainStats(_:flags:domainHandles:)``.
    ///   - flags: which domains, as there.
    ///   - domainHandles: whether each record carries its ``Domain`` handle.
    /// - Returns: one element per host, in the fleet's order.
    ///
    /// Wraps `virConnectGetAllDomainStats`, on each host.
    public func allDomainStats(
        _ groups: DomainStatsRecord.Groups = [], flags: Connection.DomainStatsFlags = [], domainHandles: Bool = true
    ) async -> [FleetStats] {
        var connections: [(String, Result<Connection, LibvirtError>)] = []
        for uri in uris {
            do throws(LibvirtError) {
                connections.append((uri, .success(try await connection(to: uri))))
            } catch {
                connections.append((uri, .failure(error)))
            }
        }
        return await withTaskGroup(of: (Int, FleetStats).self) { group in
            for (index, (uri, connection)) in connections.enumerated() {
                group.addTask {
                    let result: Result<[DomainStatsRecord], LibvirtError>
                    switch connection {
                    case .success(let connection):
                        do throws(LibvirtError) {
                            result = .success(
                                try await connection.allDomainStats(groups, flags: flags, domainHandles: domainHandles))
                        } catch {
                            result = .failure(error)
                        }
                    case .failure(let error):
                        result = .failure(error)
                    }
                    return (index, FleetStats(host: uri, records: result))
                }
            }
            var results = [FleetStats?](repeating: nil, count: connections.count)
            for await (index, stats) in group { results[index] = stats }
            return results.compactMap { $0 }
        }
    }
}

/// The statistics of one host of a ``Fleet``.
public struct FleetStats: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The URI of the host.
    public let host: String
    /// Its domains' records, or why it could not give them.
    public let records: Result<[DomainStatsRecord], LibvirtError>

    /// Pairs a host with its records or its error.
    public init(host: String, records: Result<[DomainStatsRecord], LibvirtError>) {
        self.host = host
        self.records = records
    }

    /// The host and its records, or its error, on one line.
    public var description: String {
        switch records {
        case .success(let records): "FleetStats(host: \"\(host)\", records: [\(records.map(\.description).joined(separator: ", "))])"
        case .failure(let error): "FleetStats(host: \"\(host)\", error: \(error))"
        }
    }

    // MARK: - Codable

    private enum CodingKeys: String, CodingKey {
        case host, records, error
    }

    /// Decodes a host with either its `records` or its `error`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        host = try container.decode(String.self, forKey: .host)
        if let error = try container.decodeIfPresent(LibvirtError.self, forKey: .error) {
            records = .failure(error)
        } else {
            records = .success(try container.decode([DomainStatsRecord].self, forKey: .records))
        }
    }

    /// Encodes the host with either its `records` or its `error`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(host, forKey: .host)
        switch records {
        case .success(let records): try container.encode(records, forKey: .records)
        case .failure(let error): try container.encode(error, forKey: .error)
        }
    }
}
