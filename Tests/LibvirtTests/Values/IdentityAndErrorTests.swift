import Foundation
import Testing
@testable import Libvirt

@Suite("Handle identity, error kinds, event text")
struct IdentityAndErrorTests {
    @Test("two handles of one object are equal and hash alike; others differ")
    func handlesHashable() async throws {
        let connection = try await Fixtures.openDefault()
        let first = try await connection.domain(named: "test")
        let again = try await connection.domain(uuid: try await first.uuid())
        #expect(first == again && first.hashValue == again.hashValue)
        #expect(first.id == (try await first.uuid()))
        #expect(Set([first, again]).count == 1)
        let network = try await connection.network(named: "default")
        #expect(network == (try await connection.network(named: "default")))
        #expect(network.id == (try await network.uuid()))
        let pool = try await connection.storagePool(named: "default-pool")
        #expect(pool.id == (try await pool.uuid()))
        let volumes = try await pool.volumes()
        if let volume = volumes.first {
            #expect(volume.id == (try await volume.key()))
            #expect(volume == (try await connection.storageVolume(key: volume.id)))
        }
        let interface = try await connection.interfaces().first
        if let interface { #expect(interface.id == (try await interface.name())) }
        let stream = try await connection.makeStream()
        let other = try await connection.makeStream()
        #expect(stream == stream && stream != other)
    }

    @Test("every kind of handle runs its calls on its own executor and belongs to its connection")
    func handlesRunOnTheirExecutors() async throws {
        let connection = try await Fixtures.openDefault()
        let domain = try await connection.domain(named: "test")
        let pool = try await connection.storagePool(named: "default-pool")
        let volume = try await pool.createVolume(
            xml: "<volume><name>handle.img</name><capacity>1048576</capacity></volume>")
        var handles: [any LibvirtHandle] = [
            domain, domain.handle(on: connection.executorLanes.last!), try await connection.network(named: "default"),
            pool, volume, try await domain.createSnapshot(), try await connection.makeStream(),
        ]
        handles += try await connection.interfaces() as [any LibvirtHandle]
        handles += try await connection.nodeDevices() as [any LibvirtHandle]
        #expect(Set(handles.map { String(describing: type(of: $0)) }).count >= 7)
        for handle in handles {
            #expect(await handle.runsOnItsExecutor(), "\(type(of: handle))")
            #expect(handle.connection === connection)
        }
    }

    @Test("the other connection's handle to the same domain is equal by UUID")
    func acrossConnections() async throws {
        let one = try await Fixtures.openDefault()
        let two = try await Fixtures.openDefault()
        #expect(try await one.domain(named: "test") == (try await two.domain(named: "test")))
    }

    @Test("errors name their code and domain, and the common kinds are predicates")
    func errorKinds() async throws {
        let connection = try await Fixtures.openDefault()
        let missing = try #require(await libvirtError { try await connection.domain(named: "no-such-domain") })
        #expect(missing.isNotFound && !missing.isUnsupported && !missing.isConnectionLost)
        #expect(missing.description.hasPrefix("\(missing.code) (\(missing.domain)): "))
        #expect(missing.description.hasSuffix("[virDomainLookupByName]"))
        #expect(missing.errorDescription == missing.message)
        let domain = try await connection.domain(named: "test")
        try await domain.destroy()
        let stopped = try #require(await libvirtError { try await domain.destroy() })
        #expect(stopped.isInvalidOperation && !stopped.isNotFound, "\(stopped)")
        let unsupported = LibvirtError(code: .noSupport, domain: .test, message: "x", function: "virX")
        #expect(unsupported.isUnsupported)
        #expect(LibvirtError(code: .rpc, domain: .rpc, message: "x", function: "virX").isConnectionLost)
        #expect(LibvirtError(code: .invalidConn, domain: .unspecified, message: "x", function: "virX").isConnectionLost)
        #expect(!LibvirtError(code: .internalError, domain: .qemu, message: "x", function: "virX").isConnectionLost)
        _ = try await connection.close()
        let closed = try #require(await libvirtError { try await connection.nodeInfo() })
        #expect(closed.isConnectionLost)
    }

    @Test("events print as virsh prints them")
    func eventText() async throws {
        let connection = try await Fixtures.openDefault()
        let domain = try await connection.domain(named: "test")
        let record = EventRecord(object: domain, name: "test", uuid: domain.id, event: DomainEvent.lifecycle(.suspended(.paused)))
        #expect(record.description == "event 'lifecycle' for domain 'test': Suspended Paused")
        #expect(DomainEvent.lifecycle(.started(.booted)).description == "event 'lifecycle': Started Booted")
        let change = DomainEvent.diskChange(
            .init(oldSourcePath: nil, newSourcePath: "/b.iso", deviceAlias: "cdrom0", reason: .init(rawValue: 0)))
        #expect(
            EventRecord(object: domain, name: "test", uuid: domain.id, event: change).description
                == "event 'disk-change' for domain 'test' disk cdrom0: <null> -> /b.iso: changed")
        #expect(DomainEvent.rtcChange(utcOffsetSeconds: -7).description == "event 'rtc-change': -7")
        #expect(DomainEvent.metadataChange(type: .init(rawValue: 1), namespaceURI: nil).description
                == "event 'metadata-change': type title, uri <null>")
        let network = try await connection.network(named: "default")
        let started = EventRecord(object: network, name: "default", uuid: network.id, event: NetworkEvent.lifecycle(.init(rawValue: 2), detail: 0))
        #expect(started.description == "event 'lifecycle' for network default: Started")
        #expect(StoragePoolEvent.refresh.description == "event 'refresh'")
    }

    @Test("stats states print as a state with its reason")
    func stateText() {
        #expect(Domain.StateReason(state: .running, rawReason: 1).description.hasSuffix(")"))
        #expect(!Domain.StateReason(state: .running, rawReason: 1).description.contains("rawValue"))
    }
}

extension LibvirtHandle {
    /// Whether this actor's isolated code runs on ``executor`` (it traps otherwise).
    fileprivate func runsOnItsExecutor() -> Bool {
        executor.checkIsolated()
        return true
    }
}
