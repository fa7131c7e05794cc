import CLibvirt
import Foundation
@testable import Libvirt

// Test-only helpers: cleanup of a throwaway guest, and reading a stream whole.

extension Domain {
    /// Stops (if running) and undefines the domain with its snapshot and
    /// checkpoint metadata, ignoring errors: for cleanup.
    func removeForTests() {
        if (try? isActive()) == true { try? destroy() }
        try? undefine(flags: [.snapshotsMetadata, .checkpointsMetadata, .nvram])
    }
}

extension Libvirt.DataStream {
    /// Receives the stream to its end.
    func receiveAll() async throws(LibvirtError) -> [UInt8] {
        var data: [UInt8] = []
        while let chunk = try await receive() { data += chunk }
        return data
    }
}

/// Test driver node files.
enum DomainMoreFixtures {
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
        return (connection, try await connection.domain(named: "test"))
    }
}
