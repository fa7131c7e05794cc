import Foundation
import Libvirt

/// A test-driver node of its own for the network and interface suites.
///
/// Every connection to `test:///default` in one process shares one state, so
/// suites running in parallel would see each other's networks and interfaces;
/// a node file opened by its own URI has a state of its own.
enum ObjectsNode {
    /// The UUID of the node's network `default`.
    static let networkUUID = "dd8fe884-6c02-601e-7551-cca97df1c5df"

    /// Like the built-in `test:///default` node: network `default`, interface
    /// `eth1`, plus the loopback interface `lo`.
    static let xml = """
        <node>
          <network>
            <name>default</name>
            <uuid>\(networkUUID)</uuid>
            <forward mode='nat'/>
            <bridge name='virbr0' stp='on' delay='0'/>
            <ip address='192.168.122.1' netmask='255.255.255.0'>
              <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>
            </ip>
          </network>
          <interface type='ethernet' name='eth1'>
            <start mode='onboot'/>
            <mac address='aa:bb:cc:dd:ee:ff'/>
            <mtu size='1492'/>
            <protocol family='ipv4'>
              <ip address='192.168.0.5' prefix='24'/>
              <route gateway='192.168.0.1'/>
            </protocol>
          </interface>
          <interface type='ethernet' name='lo'>
            <start mode='onboot'/>
            <mac address='00:00:00:00:00:00'/>
            <protocol family='ipv4'><ip address='127.0.0.1' prefix='8'/></protocol>
          </interface>
        </node>
        """

    /// Opens a connection to a fresh copy of the node.
    static func open(name: String = #function) async throws -> Connection {
        try await Connection.open(try Fixtures.nodeURI(xml, name: name))
    }
}
