import Foundation

/// A test-driver node of `count` running domains named `vm0000`…, as
/// ../shared/bench/gen-fleet.py writes it, in a temporary file; returns its URI.
func fleetURI(count: Int) -> String {
    var xml = "<node>\n"
    for index in 0..<count {
        xml += """
            <domain type='test'><name>\(String(format: "vm%04d", index))</name>
            <uuid>\(String(format: "00000000-0000-0000-0000-%012d", index + 1))</uuid>
            <memory unit='MiB'>128</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate></domain>

            """
    }
    xml += "</node>\n"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("swift-libvirt-fleet-\(count).xml")
    try! xml.write(to: file, atomically: true, encoding: .utf8)
    return "test://\(file.path)"
}
