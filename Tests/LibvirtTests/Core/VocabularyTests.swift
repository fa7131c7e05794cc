import Foundation
@testable import Libvirt
import Testing

@Suite("Generated vocabulary")
struct VocabularyTests {
    // MARK: - Printing

    @Test("every generated type prints its constant's Swift name, never rawValue:")
    func everyTypePrintsItsName() {
        for sample in vocabularySamples {
            let text = String(describing: sample)
            #expect(!text.contains("rawValue:"), "\(type(of: sample)) prints \(text)")
            #expect(!text.isEmpty && !text.contains("("), "\(type(of: sample)) prints \(text)")
        }
    }

    @Test("an enum value prints its name; one no constant names prints its number")
    func enumValues() {
        #expect(String(describing: Domain.State.running) == "running")
        #expect(String(describing: Domain.State.pmSuspended) == "pmSuspended")
        #expect(String(describing: Credential.Kind.echoPrompt) == "echoPrompt")
        #expect(String(describing: LibvirtError.Code.noDomain) == "noDomain")
        #expect(String(describing: Domain.AgentTimeout.default) == "default")
        #expect(String(describing: Domain.State(rawValue: 99)) == "99")
        #expect(String(describing: Domain.AgentTimeout(rawValue: -7)) == "-7")
        #expect("\(DomainEvent.Kind.blockJob2)" == "blockJob2")
    }

    @Test("a flag set prints its members, then the bits no constant names, in hex")
    func flagSets() {
        #expect(String(describing: Domain.ListFlags([.active, .running])) == "[active, running]")
        #expect(String(describing: Domain.ListFlags()) == "[]")
        let unknownBit = Domain.ListFlags(rawValue: 1 << 30)
        #expect(String(describing: Domain.ListFlags.paused.union(unknownBit)) == "[paused, 0x40000000]")
        #expect(String(describing: Connection.DomainStatsFlags.enforceStats) == "[enforceStats]")
        #expect(String(describing: DomainSnapshot.ListFlags.internal) == "[internal]")
    }

    // MARK: - Coding and comparing

    @Test("values encode as their C value and decode back")
    func codable() throws {
        let encoder = JSONEncoder()
        #expect(String(decoding: try encoder.encode(Domain.State.paused), as: UTF8.self) == "3")
        let flags: Domain.MigrateFlags = [.live, .peerToPeer, .postCopy]
        let data = try encoder.encode(flags)
        #expect(String(decoding: data, as: UTF8.self) == String(flags.rawValue))
        #expect(try JSONDecoder().decode(Domain.MigrateFlags.self, from: data) == flags)
        let unknown = Domain.State(rawValue: 42)
        #expect(try JSONDecoder().decode(Domain.State.self, from: encoder.encode(unknown)) == unknown)
    }

    @Test("a C enum has one Swift type: a block job event's type compares with blockJobInfo's")
    func oneTypePerCEnum() {
        let event = DomainEvent.BlockJob(disk: "vda", type: .copy, status: .ready)
        #expect(event.type == Domain.BlockJobType.copy)
        let interfaceAddress = DomainInterface.Address(type: .ipv4, address: "192.0.2.1", prefix: 24)
        #expect(interfaceAddress.type == IPAddressType.ipv4)
    }

    // MARK: - The manifest

    @Test("the samples hold one value of every type of scripts/vocabulary.json")
    func samplesCoverTheManifest() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("scripts/vocabulary.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        let sampled = Set(vocabularySamples.map { String(reflecting: type(of: $0)) })
        let listed = Set(manifest.types.map { "Libvirt." + $0.swift })
        #expect(sampled == listed)
        #expect(listed.count == manifest.types.count)
    }

    private struct Manifest: Decodable {
        struct Entry: Decodable {
            let swift: String
        }

        let types: [Entry]
    }
}
