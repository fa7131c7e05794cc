import Foundation

/// Test-driver node files for the daemon's `test+unix:///ABS/PATH.xml`.
enum Nodes {
    /// A node with a running domain `web`, a shut off `db`, and a running `cache`.
    static let three = """
        <node>
          <domain type='test'>
            <name>web</name><memory>262144</memory><currentMemory>131072</currentMemory><vcpu>2</vcpu>
            <os><type>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
          </domain>
          <domain type='test'>
            <name>db</name><memory>524288</memory><vcpu>4</vcpu>
            <os><type>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>5</test:runstate>
          </domain>
          <domain type='test'>
            <name>cache</name><memory>65536</memory><vcpu>1</vcpu>
            <os><type>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
          </domain>
        </node>
        """

    /// Writes `xml` to a new file and returns its absolute path.
    static func write(_ xml: String = three) throws -> String {
        try Shell.temporaryFile(xml)
    }

    /// The XML of a test-driver domain named `name`.
    static func domain(_ name: String) -> String {
        "<domain type='test'><name>\(name)</name><memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>"
    }
}
