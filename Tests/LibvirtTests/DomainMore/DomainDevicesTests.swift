import Foundation
import Testing
@testable import Libvirt

@Suite("Domain devices")
struct DomainDevicesTests {
    @Test("block and interface statistics of the test domain")
    func statistics() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        let block = try await domain.blockStats("vda")
        #expect(try #require(block.readRequests) > 0)
        #expect(try #require(block.readBytes) > 0)
        #expect(try #require(block.writeRequests) > 0)
        #expect(try #require(block.writeBytes) > 0)
        #expect(block.errors != nil)
        #expect(block.readTime == nil && block.extra.isEmpty)
        let unknown = await libvirtError { try await domain.blockStats("hda") }
        #expect(unknown?.code == .invalidArg)
        #expect(unknown?.function == "virDomainBlockStats")

        let interface = try await domain.interfaceStats("testnet0")
        #expect(try #require(interface.rxBytes) > 0)
        #expect(try #require(interface.rxPackets) > 0)
        #expect(try #require(interface.txBytes) > 0)
        #expect(try #require(interface.txPackets) > 0)
        #expect(interface.rxErrors != nil && interface.rxDrops != nil && interface.txErrors != nil && interface.txDrops != nil)
        #expect(await libvirtError { try await domain.interfaceStats("vnet9") }?.code == .invalidArg)
    }

    @Test("detailed block statistics: called once")
    func detailedStatistics() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        do {
            let stats = try await domain.detailedBlockStats("vda")
            #expect(stats.extra.isEmpty)
            #expect(stats.readRequests != nil)
        } catch {
            #expect(error.code == .noSupport)
            #expect(error.function == "virDomainBlockStatsFlags")
        }
    }

    @Test("block info and disk errors")
    func blockInfoAndErrors() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        let info = try await domain.blockInfo("vda")
        #expect(info.capacityBytes > 0)
        #expect(info.physicalBytes >= info.capacityBytes)
        #expect(await libvirtError { try await domain.blockInfo("sdz") }?.code == .invalidArg)
        let errors = try await domain.diskErrors()
        #expect(errors == [Domain.DiskError(disk: "vda", code: .unspecified)])
    }

    @Test("device changes, peeks, resizes and block jobs the test driver lacks fail with its error")
    func unsupported() async throws {
        let (_, domain) = try await DomainMoreFixtures.openTestDomain()
        let disk = "<disk type='file' device='disk'><source file='/tmp/x.img'/><target dev='vdb'/></disk>"
        let calls: [(String, () async throws -> Void)] = [
            ("virDomainAttachDevice", { try await domain.attachDevice(disk) }),
            ("virDomainAttachDeviceFlags", { try await domain.attachDevice(disk, flags: .config) }),
            ("virDomainDetachDevice", { try await domain.detachDevice(disk) }),
            ("virDomainDetachDeviceFlags", { try await domain.detachDevice(disk, flags: .live) }),
            ("virDomainDetachDeviceAlias", { try await domain.detachDevice(alias: "virtio-disk0") }),
            ("virDomainUpdateDeviceFlags", { try await domain.updateDevice(disk, flags: .force) }),
            ("virDomainBlockPeek", { _ = try await domain.peekBlock("vda", offset: 0, count: 16) }),
            ("virDomainBlockResize", { try await domain.blockResize("vda", size: 1 << 20, flags: .bytes) }),
            ("virDomainSetBlockThreshold", { try await domain.setBlockThreshold("vda", threshold: 1 << 20) }),
            ("virDomainGetBlockJobInfo", { _ = try await domain.blockJobInfo("vda") }),
            ("virDomainBlockJobAbort", { try await domain.abortBlockJob("vda", flags: .async) }),
            ("virDomainBlockJobSetSpeed", { try await domain.setBlockJobSpeed("vda", bandwidth: 10) }),
            ("virDomainBlockPull", { try await domain.blockPull("vda") }),
            ("virDomainBlockRebase", { try await domain.blockRebase("vda", base: nil) }),
            ("virDomainBlockCopy", {
                try await domain.blockCopy(
                    "vda", destinationXML: "<disk type='file'><source file='/tmp/copy.img'/></disk>",
                    parameters: .init(bandwidthBytesPerSecond: 1 << 20, granularityBytes: 65536, bufferSizeBytes: 1 << 20))
            }),
            ("virDomainBlockCommit", { try await domain.blockCommit("vda") }),
        ]
        for (function, call) in calls {
            let error = await libvirtError { try await call() }
            #expect(error?.function == function)
            #expect(error?.code == .noSupport, "\(function): \(String(describing: error))")
        }
    }

    @Test("block copy parameters become libvirt's typed parameters")
    func blockCopyParameters() throws {
        var options = Domain.BlockCopyParameters(bandwidthBytesPerSecond: 5, granularityBytes: 4096)
        options.extra = ["future": .int(1)]
        let parameters = try options.typedParameters()
        #expect(Domain.BlockCopyParameters(parameters) == options)
        #expect(parameters["bandwidth"] == .unsignedLongLong(5))
        #expect(parameters["granularity"] == .uint(4096))
        #expect(parameters["buf-size"] == nil)
        #expect(parameters["future"] == .int(1))
    }
}
