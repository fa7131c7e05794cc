import Foundation
import Testing
@testable import Libvirt

/// Every public record prints on one line without a C `rawValue:`, and every
/// Codable one survives JSON unchanged.
@Suite("Record values")
struct RecordValuesTests {
    /// A printed value and, when the record is Codable, a check that JSON gives it back.
    struct Sample {
        let typeName: String
        let text: String
        let roundTrips: Bool?
    }

    /// Prints `value` and, for a Codable one, encodes, decodes and compares it.
    static func sample<Value: Hashable & CustomStringConvertible>(_ value: Value) -> Sample {
        var roundTrips: Bool? = nil
        if let codable = value as? any Codable {
            roundTrips = Self.roundTrip(codable, value)
        }
        return Sample(typeName: "\(type(of: value))", text: String(describing: value), roundTrips: roundTrips)
    }

    /// Prints `value`, a type that is neither Hashable nor Codable (it holds a
    /// connection or a closure).
    static func sample<Value: CustomStringConvertible>(printing value: Value) -> Sample {
        Sample(typeName: "\(type(of: value))", text: String(describing: value), roundTrips: nil)
    }

    private static func roundTrip<Value: Hashable>(_ codable: any Codable, _ value: Value) -> Bool {
        func open<C: Codable>(_ c: C) -> Bool {
            guard let data = try? JSONEncoder().encode(c), let back = try? JSONDecoder().decode(C.self, from: data)
            else { return false }
            return (back as? Value) == value
        }
        return open(codable)
    }

    /// Records read from the test driver, then built ones for what it cannot report.
    static func samples() async throws -> [Sample] {
        let connection = try await Fixtures.openDefault()
        let domain = try await connection.domain(named: "test")
        let pool = try await connection.storagePool(named: "default-pool")
        var samples: [Sample] = []
        /// Adds the record a call returns, unless the test driver lacks the call.
        func add<Value: Hashable & CustomStringConvertible>(_ call: () async throws -> Value) async throws {
            do {
                samples.append(sample(try await call()))
            } catch {
                guard (error as? LibvirtError)?.isUnsupported == true else { throw error }
            }
        }
        /// Adds every record of a list a call returns, unless the test driver lacks the call.
        func addAll<Value: Hashable & CustomStringConvertible>(_ call: () async throws -> [Value]) async throws {
            do {
                samples += try await call().map { sample($0) }
            } catch {
                guard (error as? LibvirtError)?.isUnsupported == true else { throw error }
            }
        }
        try await add { try await domain.info() }
        try await add { try await domain.state() }
        try await add { try await domain.controlInfo() }
        try await add { try await domain.time() }
        try await add { try await domain.blockInfo("vda") }
        try await add { try await domain.securityLabel() }
        try await add { try await domain.interfaceStats("testnet0") }
        try await add { try await domain.memoryStats() }
        try await add { try await domain.jobInfo() }
        try await add { try await domain.blockStats("vda") }
        try await add { try await connection.nodeInfo() }
        try await add { try await connection.cpuMap() }
        try await add { try await connection.cpuStats() }
        try await add { try await connection.memoryStats() }
        try await add { try await connection.securityModel() }
        try await add { try await connection.hypervisorVersion() }
        try await add { try await pool.info() }
        try await add { try await domain.schedulerType() }
        try await addAll { try await domain.vcpus() }
        try await addAll { try await domain.ioThreads() }
        try await addAll { try await domain.fileSystems() }
        try await addAll { try await domain.cpuStats() }
        try await addAll { try await connection.freePages(sizes: [4]) }
        for interface in try await domain.interfaceAddresses() {
            samples.append(sample(interface))
            samples += interface.addresses.map(sample)
        }
        if let volume = try await pool.volumes().first {
            try await add { try await volume.info() }
        }
        return samples + built()
    }

    /// Values the test driver does not produce, built with their fields set.
    static func built() -> [Sample] {
        let parameters: TypedParameters = [
            "state.state": .int(1), "state.reason": .int(1), "cpu.time": .unsignedLongLong(10),
            "balloon.current": .unsignedLongLong(65536), "vcpu.current": .uint(1), "vcpu.0.state": .int(1),
            "net.count": .uint(1), "net.0.name": .string("vnet0"), "block.count": .uint(1),
            "block.0.name": .string("vda"), "iothread.count": .uint(1), "iothread.1.poll-grow": .unsignedLongLong(2),
            "dirtyrate.calc_status": .int(2),
        ]
        let record = DomainStatsRecord(name: "web", uuid: UUID(), parameters: parameters)
        let local = DomainEvent.GraphicsAddress(family: .init(rawValue: 0), node: "127.0.0.1", service: "5900")
        let events: [DomainEvent] = [
            .lifecycle(.started(.booted)), .rtcChange(utcOffsetSeconds: 3),
            .diskChange(.init(oldSourcePath: nil, newSourcePath: "/b.iso", deviceAlias: "cdrom0", reason: .init(rawValue: 0))),
            .graphics(.init(phase: .init(rawValue: 0), local: local, remote: local, authScheme: "none",
                            identities: [.init(type: "x509dname", name: "CN=a")])),
        ]
        let error = LibvirtError(
            code: .noDomain, domain: .qemu, message: "Domain not found", function: "virDomainLookupByName")
        var job = Domain.JobStats()
        job.timeElapsed = .milliseconds(1500)
        job.dataRemainingBytes = 4096
        let statuses: [ReconnectingConnection.Status] = [
            .disconnected(.closed(.eof)), .disconnected(.linkLost), .disconnected(.checkFailed(error)),
            .reconnectFailed(attempt: 2, error: error, retryIn: .milliseconds(500)),
            .reconnected(generation: 2, gap: .seconds(1)), .gaveUp(error), .closed,
        ]
        let reconnecting: [ReconnectingEvent<DomainEvent>] = [
            .event(.reboot), .disconnected(.linkLost), .reconnected(gap: .seconds(1)), .resubscribeFailed(error),
        ]
        let fleet: [FleetEvent<DomainEvent>.Event] = [
            .event(.reboot), .disconnected(.closed(.keepAlive)), .reconnected(gap: .seconds(2)),
            .resubscribeFailed(error), .unreachable(error), .joined,
        ]
        var samples = [
            sample(error), sample(TypedParameters.Parameter(name: "cpu_shares", value: .unsignedLongLong(1024))),
            sample(EventBuffering.unbounded), sample(EventBuffering.newest(64)), sample(EventBuffering.oldest(8)),
            sample(FleetStats(host: "qemu:///system", records: .success([record]))),
            sample(FleetStats(host: "qemu+ssh://b/system", records: .failure(error))),
            sample(MigrationProgress.Update.progress(job)), sample(MigrationProgress.Update.completed(nil, job)),
            sample(printing: Domain.MigrationDestination.uri("qemu+tls://b/system")),
            sample(printing: Authentication(credentialTypes: [.authName]) { _ in nil }),
            sample(DataStream.Chunk.data([1, 2, 3])), sample(DataStream.Chunk.hole(1 << 20)),
            sample(record), sample(record.cpu!), sample(record.balloon!), sample(record.vcpu!), sample(record.vcpu!.cpus[0]),
            sample(record.interfaces!), sample(record.interfaces!.devices[0]), sample(record.blocks!),
            sample(record.blocks!.devices[0]), sample(record.ioThreads!), sample(record.ioThreads!.threads[0]),
            sample(record.dirtyRate!), sample(local),
            sample(DomainEvent.BlockJob(disk: "vda", type: .init(rawValue: 2), status: .init(rawValue: 3))),
            sample(DomainEvent.TrayChange(deviceAlias: "cdrom0", reason: .init(rawValue: 0))),
            sample(DomainEvent.BlockThreshold(device: "vda", path: nil, thresholdBytes: 1, excessBytes: 2)),
            sample(DomainEvent.IOError(sourcePath: "/a", deviceAlias: "vda", action: .init(rawValue: 1), reason: "enospc")),
            sample(DomainEvent.MemoryFailure(recipient: .init(rawValue: 1), action: .init(rawValue: 2), flags: [])),
            sample(DomainEvent.GraphicsIdentity(type: "x509dname", name: "CN=a")),
            sample(NetworkEvent.lifecycle(.init(rawValue: 2), detail: 0)),
            sample(StoragePoolEvent.refresh), sample(NodeDeviceEvent.update), sample(SecretEvent.valueChanged),
            sample(ReconnectingConnection.Policy()), sample(ReconnectingConnection.KeepAlive(interval: 5, count: 3)),
            sample(Credential(type: .init(rawValue: 1), prompt: "user", challenge: nil, defaultResult: nil)),
            sample(Network.DHCPLease(
                interface: "virbr0", expiryTime: Date(timeIntervalSince1970: 1_700_000_000), type: .init(rawValue: 0),
                macAddress: "52:54:00:00:00:01", iaid: nil, ipAddress: "192.168.122.10", prefix: 24, hostname: "web",
                clientID: nil)),
            sample(Domain.JobInfo(
                type: .init(rawValue: 2), timeElapsed: .milliseconds(5), timeRemaining: .milliseconds(1), dataTotalBytes: 8, dataProcessedBytes: 4,
                dataRemainingBytes: 4, memoryTotalBytes: 8, memoryProcessedBytes: 4, memoryRemainingBytes: 4, fileTotalBytes: 0,
                fileProcessedBytes: 0, fileRemainingBytes: 0)),
            sample(Domain.IOThreadInfo(id: 1, affinity: [0, 1])),
            sample(NodeMemoryStats(values: ["total": 1024, "free": 512])),
            sample(Domain.DiskError(disk: "vda", code: .init(rawValue: 1))),
            sample(Domain.BlockJobInfo(type: .init(rawValue: 2), bandwidth: 1, current: 2, end: 4)),
        ]
        samples += EventLoopKind.allCases.map(sample)
        samples += Connection.SocketWatch.allCases.map(sample)
        samples += statuses.map(sample)
        if case .disconnected(let reason) = statuses[0] { samples.append(sample(reason)) }
        samples += reconnecting.map(sample)
        samples += fleet.map(sample)
        samples += fleet.map { sample(FleetEvent(host: "qemu:///system", event: $0)) }
        for event in events {
            samples.append(sample(event))
            if case .graphics(let graphics) = event { samples.append(sample(graphics)) }
            if case .diskChange(let change) = event { samples.append(sample(change)) }
            if case .lifecycle(let lifecycle) = event { samples.append(sample(lifecycle)) }
        }
        return samples
    }

    @Test("every record prints on one line, names its values and never a rawValue")
    func printing() async throws {
        for sample in try await Self.samples() {
            #expect(!sample.text.contains("rawValue:"), "\(sample.typeName): \(sample.text)")
            #expect(!sample.text.contains("\n"), "\(sample.typeName): \(sample.text)")
            #expect(!sample.text.contains("Optional("), "\(sample.typeName): \(sample.text)")
        }
    }

    @Test("enums with payloads print their case and payload, named")
    func payloadCases() {
        let error = LibvirtError(code: .noDomain, domain: .qemu, message: "gone", function: "virDomainLookupByName")
        #expect("\(ReconnectingConnection.Status.reconnected(generation: 2, gap: .seconds(1)))" == "reconnected(generation: 2, gap: 1.0 seconds)")
        #expect("\(ReconnectingConnection.Status.disconnected(.closed(.eof)))" == "disconnected(closed(eof))")
        #expect("\(ReconnectingConnection.Status.closed)" == "closed")
        #expect("\(ReconnectingConnection.DisconnectReason.linkLost)" == "linkLost")
        #expect("\(EventBuffering.newest(64))" == "newest(64)" && "\(EventBuffering.unbounded)" == "unbounded")
        #expect("\(FleetEvent<DomainEvent>.Event.joined)" == "joined")
        #expect("\(FleetEvent<DomainEvent>.Event.unreachable(error))" == "unreachable(noDomain (qemu): gone [virDomainLookupByName])")
        #expect("\(ReconnectingEvent<DomainEvent>.event(.reboot))" == "\(DomainEvent.reboot)")
        #expect("\(EventLoopKind.libvirtDefault)" == "default")
        #expect("\(Connection.SocketWatch.callsOnly)" == "callsOnly")
        #expect("\(DataStream.Chunk.hole(4096))" == "hole(4096 bytes)")
    }

    @Test("every Codable record survives JSON unchanged")
    func json() async throws {
        for sample in try await Self.samples() where sample.roundTrips != nil {
            #expect(sample.roundTrips == true, "\(sample.typeName): \(sample.text)")
        }
    }

    @Test("every public record of Sources is sampled here or listed with a reason")
    func everyRecordCovered() async throws {
        let samples = try await Self.samples()
        // `FleetEvent<DomainEvent>` is `FleetEvent`, a nested `Event` is `Event`.
        let sampled = Set(samples.map { bareName($0.typeName) })
        // Records that hold TypedParameters (Codable with the typed-parameter work),
        // or are typed-parameter records (tested with them), or are not values.
        let elsewhere: Set<String> = [
            "TypedParameters", "TypedParameterValue",  // TypedParameterRecordTests
            "SecretValue",  // prints redacted, never encoded
            "EventRecord",  // holds a handle; EventTextTests
            "CloseEvents", "DomainEvents", "NetworkEvents", "NodeDeviceEvents", "SecretEvents", "StoragePoolEvents",
            "Chunks", "SparseChunks", "AsyncIterator",  // sequences, not values
        ]
        // Sampled values that are not Codable, and why.
        let notCodable: Set<String> = [
            "Update",  // a completed migration's domain handle
            "MigrationDestination",  // may hold an open connection
            "Authentication",  // holds the caller's closure
        ]
        for sample in samples where sample.roundTrips == nil {
            #expect(notCodable.contains(bareName(sample.typeName)), "\(sample.typeName) is not Codable")
        }
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/Libvirt").standardized
        let declaration = try Regex(#"public (?:struct|enum) (\w+)(?:<[^>]*>)?: ([^{]*)\{"#)
        var missing: [String] = []
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: declaration) {
                let name = String(match.output[1].substring!)
                let conformances = String(match.output[2].substring!)
                if conformances.contains("RawRepresentable") || conformances.contains("OptionSet") { continue }
                // Typed-parameter records: their own suite round-trips and prints them.
                if conformances.contains("TypedParameterRecord") || conformances.contains("AsyncSequence") { continue }
                if !sampled.contains(name) && !elsewhere.contains(name) { missing.append("\(file): \(name)") }
            }
        }
        #expect(missing.isEmpty, "records neither sampled nor listed: \(missing)")
    }
}

/// A type's name without its generic arguments or the types it is nested in:
/// `FleetEvent<DomainEvent>` is `FleetEvent`, `Swift.Optional<Int>` is `Optional`.
private func bareName(_ name: String) -> String {
    let base = name.firstIndex(of: "<").map { String(name[..<$0]) } ?? name
    return base.split(separator: ".").last.map(String.init) ?? base
}
