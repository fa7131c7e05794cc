import CLibvirt
import Foundation
@testable import Libvirt

// Test-only raw C helpers for what the domain-core branch wraps (lookup,
// define, lifecycle, state, XML): they run on the owning actor's executor.

extension Connection {
    /// Looks a domain up by name with the raw C call.
    func rawDomain(named name: String) throws(LibvirtError) -> Domain {
        let domain = try check(virDomainLookupByName(try handle("virDomainLookupByName"), name), "virDomainLookupByName")
        return Domain(TransferredPointer(pointer: domain), connection: self, executor: lane(nil))
    }

    /// Defines a persistent domain with the raw C call.
    func rawDefine(_ xml: String) throws(LibvirtError) -> Domain {
        let domain = try check(virDomainDefineXML(try handle("virDomainDefineXML"), xml), "virDomainDefineXML")
        return Domain(TransferredPointer(pointer: domain), connection: self, executor: lane(nil))
    }
}

extension Domain {
    /// The state and reason, with the raw C call.
    func rawState() throws(LibvirtError) -> (Domain.State, Int32) {
        var state: Int32 = 0
        var reason: Int32 = 0
        try check(virDomainGetState(pointer, &state, &reason, 0), "virDomainGetState")
        return (Domain.State(rawValue: state), reason)
    }

    /// The name, with the raw C call.
    func rawName() throws(LibvirtError) -> String {
        try borrowString(virDomainGetName(pointer), "virDomainGetName")
    }

    /// The XML, with the raw C call.
    func rawXML(inactive: Bool = false) throws(LibvirtError) -> String {
        try takeString(
            virDomainGetXMLDesc(pointer, inactive ? UInt32(VIR_DOMAIN_XML_INACTIVE.rawValue) : 0), "virDomainGetXMLDesc")
    }

    /// Starts, suspends or stops the domain with the raw C calls.
    func rawStart() throws(LibvirtError) { try check(virDomainCreate(pointer), "virDomainCreate") }
    func rawSuspend() throws(LibvirtError) { try check(virDomainSuspend(pointer), "virDomainSuspend") }
    func rawDestroy() throws(LibvirtError) { try check(virDomainDestroy(pointer), "virDomainDestroy") }

    /// Stops (if running) and undefines the domain with its snapshot and checkpoint metadata.
    func rawRemove() {
        if virDomainIsActive(pointer) == 1 { virDomainDestroy(pointer) }
        let flags = VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA.rawValue | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA.rawValue
            | VIR_DOMAIN_UNDEFINE_NVRAM.rawValue
        virDomainUndefineFlags(pointer, flags)
        virResetLastError()
    }
}

extension Libvirt.Stream {
    /// Reads the stream to its end with the raw blocking C calls (the stream
    /// engineer's branch wraps stream I/O).
    func rawReceiveAll(limit: Int = 16 << 20) throws(LibvirtError) -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [CChar](repeating: 0, count: 65536)
        while data.count < limit {
            let count = virStreamRecv(pointer, &buffer, buffer.count)
            if count < 0 { throw LibvirtError.last(function: "virStreamRecv") }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<Int(count)].map { UInt8(bitPattern: $0) })
        }
        virStreamFinish(pointer)
        return data
    }

    /// Aborts the stream with the raw C call.
    func rawAbort() { virStreamAbort(pointer); virResetLastError() }
}

/// Test driver node files.
enum DomainFixtures {
    /// A `<domain type='test'>` running (1), paused (3) or shut off (5).
    static func domain(_ name: String, runstate: Int) -> String {
        """
        <domain type='test'>
          <name>\(name)</name>
          <memory>65536</memory>
          <os><type>hvm</type></os>
          <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\(runstate)</test:runstate>
        </domain>
        """
    }

    /// A node of `count` domains named `dom-0`, `dom-1`, ..., with the given run states in turn.
    static func node(count: Int, runstates: [Int]) -> String {
        "<node>" + (0..<count).map { domain("dom-\($0)", runstate: runstates[$0 % runstates.count]) }.joined() + "</node>"
    }

    /// A node with one running domain `test` like test:///default's (a disk `vda`,
    /// an interface `testnet0`). Unlike test:///default, whose state is shared by
    /// every connection open at once in the process, each open of a node file has
    /// its own state, so suites running in parallel do not see each other's changes.
    static let testNode = """
        <node>
          <domain type='test'>
            <name>test</name>
            <memory>65536</memory>
            <os><type>hvm</type></os>
            <devices>
              <disk type='file' device='disk'>
                <source file='/guest/diskimage1'/><target dev='vda' bus='virtio'/>
              </disk>
              <interface type='network'>
                <mac address='aa:bb:cc:dd:ee:ff'/><source network='default'/><target dev='testnet0'/>
              </interface>
            </devices>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
          </domain>
        </node>
        """

    /// Opens a fresh ``testNode`` and its domain `test`.
    static func openTestDomain(name: String = #function) async throws -> (Connection, Domain) {
        let connection = try await Connection.open(try Fixtures.nodeURI(testNode, name: name))
        return (connection, try await connection.rawDomain(named: "test"))
    }
}
