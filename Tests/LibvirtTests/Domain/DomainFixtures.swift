import Foundation
import Libvirt

/// Domain XML and test-driver nodes shared by the domain suites.
enum DomainFixtures {
    /// A test-driver domain named `name`, running (`runstate` 1), paused (3) or shut off (5).
    static func testDomain(_ name: String, runstate: Int, memoryKiB: Int = 524_288, vcpus: Int = 1) -> String {
        """
        <domain type='test'>
          <name>\(name)</name>
          <memory unit='KiB'>\(memoryKiB)</memory>
          <currentMemory unit='KiB'>\(memoryKiB)</currentMemory>
          <vcpu placement='static'>\(vcpus)</vcpu>
          <os><type arch='x86_64'>hvm</type></os>
          <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\(runstate)</test:runstate>
        </domain>
        """
    }

    /// A node with two running domains, one paused and two shut off.
    static let node = """
        <node>
        \(testDomain("alpha", runstate: 1, memoryKiB: 1_048_576, vcpus: 2))
        \(testDomain("beta", runstate: 5))
        \(testDomain("gamma", runstate: 1))
        \(testDomain("delta", runstate: 3))
        \(testDomain("epsilon", runstate: 5))
        </node>
        """

    /// A copy of `test:///default`'s running domain `test`, with its UUID.
    ///
    /// Tests that change a domain use their own node: every connection to
    /// `test:///default` in a process shares one state while any is open.
    static let defaultDomain = """
        <domain type='test'>
          <name>test</name>
          <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
          <memory unit='KiB'>8388608</memory>
          <currentMemory unit='KiB'>2097152</currentMemory>
          <vcpu placement='static'>2</vcpu>
          <os><type arch='i686'>hvm</type><boot dev='hd'/></os>
          <clock offset='utc'/>
          <on_poweroff>destroy</on_poweroff>
          <on_reboot>restart</on_reboot>
          <on_crash>destroy</on_crash>
          <devices>
            <disk type='file' device='disk'>
              <source file='/guest/diskimage1'/>
              <target dev='vda' bus='virtio'/>
            </disk>
            <interface type='network'>
              <mac address='aa:bb:cc:dd:ee:ff'/>
              <source network='default'/>
              <target dev='testnet0'/>
            </interface>
            <memballoon model='virtio'/>
          </devices>
          <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
        </domain>
        """

    /// The network the default domain's interface is on.
    static let network = """
        <network>
          <name>default</name>
          <bridge name='virbr0'/>
          <ip address='192.168.122.1' netmask='255.255.255.0'>
            <dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>
          </ip>
        </network>
        """

    /// Opens a node of its own holding a copy of the default domain `test`.
    static func openNode(_ name: String = #function) async throws -> Connection {
        try await Connection.open(try Fixtures.nodeURI("<node>\(defaultDomain)\(network)</node>", name: name))
    }

    /// A persistent test-driver domain to define, without a run state.
    static func definable(_ name: String) -> String {
        """
        <domain type='test'>
          <name>\(name)</name>
          <memory unit='KiB'>262144</memory>
          <vcpu placement='static'>1</vcpu>
          <os><type arch='x86_64'>hvm</type></os>
        </domain>
        """
    }
}
