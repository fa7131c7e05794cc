import Libvirt
import LibvirtXML
import Logging

/// Collects one scrape: one bulk statistics call for every running domain,
/// and each domain's typed live definition (concurrently) for what the
/// statistics do not carry: each disk's source file and each NIC's bridge.
struct Collector: Sendable {
    let link: ReconnectingConnection
    let logger: Logger

    /// The statistics groups the series need.
    static let groups: DomainStatsRecord.Groups = [.state, .cpuTotal, .balloon, .vcpu, .interface, .block]

    /// Every series of one scrape; `libvirt_up` 0 (and nothing else) when
    /// libvirt could not be asked.
    func scrape() async -> Exposition {
        let exposition = Exposition()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let connection = try await link.connection()
            let records = try await connection.allDomainStats(Self.groups, flags: .active)
            let statistics = clock.now
            let definitions = await Self.definitions(of: records)
            logger.debug(
                "scraped",
                metadata: [
                    "domains": "\(records.count)", "statistics": "\(statistics - start)",
                    "definitions": "\(clock.now - statistics)",
                ])
            exposition.set(.domains, [], Double(records.count))
            for record in records {
                add(record, definition: definitions[record.name], to: exposition)
            }
            exposition.set(.up, [], 1)
        } catch {
            logger.warning("scrape failed", metadata: ["error": "\(error)"])
            let failed = Exposition()
            failed.set(.up, [], 0)
            return failed
        }
        return exposition
    }

    /// The live definition of each domain, by name; a domain whose definition
    /// cannot be read (it went away meanwhile) has none.
    private static func definitions(of records: [DomainStatsRecord]) async -> [String: DomainDefinition] {
        await withTaskGroup(of: (String, DomainDefinition?).self) { group in
            for record in records {
                guard let domain = record.domain else { continue }
                group.addTask { (record.name, try? await domain.definition()) }
            }
            var definitions: [String: DomainDefinition] = [:]
            for await (name, definition) in group {
                definitions[name] = definition
            }
            return definitions
        }
    }

    /// The series of one domain.
    private func add(_ record: DomainStatsRecord, definition: DomainDefinition?, to exposition: Exposition) {
        let domain = [("domain", record.name), ("uuid", record.uuid.uuidString.lowercased())]
        exposition.set(.stateCode, domain, record.state.map { Int($0.state.rawValue) })
        exposition.set(.maximumMemory, domain, record.balloon?.maximumKiB.map { $0 * 1024 })
        exposition.set(.memoryUsage, domain, record.balloon?.currentKiB.map { $0 * 1024 })
        exposition.set(.virtualCPUs, domain, record.vcpu?.current)
        if let time = record.cpu?.time {
            exposition.set(.cpuTime, domain, time / .seconds(1))
        }
        guard let devices = definition?.devices else { return }

        // Disks but CD-ROMs (Debian's exporter skips those alone), by target name.
        let blocks = Dictionary(
            (record.blocks?.devices ?? []).compactMap { block in
                block.name.map { ($0, block) }
            }, uniquingKeysWith: { first, _ in first })
        for disk in devices.disks where disk.device != .cdrom {
            guard let target = disk.target?.dev, let block = blocks[target] else { continue }
            let labels = domain + [("source_file", disk.source?.file ?? ""), ("target_device", target)]
            exposition.set(.readBytes, labels, block.readBytes)
            exposition.set(.readRequests, labels, block.readRequests)
            exposition.set(.writeBytes, labels, block.writeBytes)
            exposition.set(.writeRequests, labels, block.writeRequests)
        }

        // NICs with a host-side device, by that device's name.
        let interfaces = Dictionary(
            (record.interfaces?.devices ?? []).compactMap { nic in nic.name.map { ($0, nic) } },
            uniquingKeysWith: { first, _ in first })
        for nic in devices.interfaces {
            guard let target = nic.target?.dev, !target.isEmpty, let stats = interfaces[target] else { continue }
            let labels = domain + [("source_bridge", nic.source?.bridge ?? ""), ("target_device", target)]
            exposition.set(.receiveBytes, labels, stats.rxBytes)
            exposition.set(.receivePackets, labels, stats.rxPackets)
            exposition.set(.receiveErrors, labels, stats.rxErrors)
            exposition.set(.receiveDrops, labels, stats.rxDrops)
            exposition.set(.transmitBytes, labels, stats.txBytes)
            exposition.set(.transmitPackets, labels, stats.txPackets)
            exposition.set(.transmitErrors, labels, stats.txErrors)
            exposition.set(.transmitDrops, labels, stats.txDrops)
        }
    }
}
