import Libvirt

// Opens a connection (test:///default unless a URI is given), prints what it
// knows of the host and lists the domains.
let uri = CommandLine.arguments.dropFirst().first ?? "test:///default"

/// The text of the first `<tag>` element after `<after>` in `xml`, if any.
func element(_ tag: String, after: String, in xml: String) -> String? {
    guard let section = xml.firstRange(of: "<\(after)>"),
        let open = xml[section.upperBound...].firstRange(of: "<\(tag)>"),
        let close = xml[open.upperBound...].firstRange(of: "</\(tag)>")
    else { return nil }
    return String(xml[open.upperBound..<close.lowerBound])
}

extension String {
    /// The string padded with spaces to `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

do {
    let connection = try await Connection.open(uri)
    print("uri:        \(try await connection.uri())")
    print("hostname:   \(try await connection.hostname())")
    print("hypervisor: \(try await connection.hypervisorType()) \(try await connection.hypervisorVersion())")
    print("libvirt:    \(try await connection.libraryVersion())")

    let node = try await connection.nodeInfo()
    print("cpu model:  \(node.model), \(node.cpus) CPUs at \(node.mhz) MHz")
    print("topology:   \(node.nodes) NUMA cells × \(node.sockets) sockets × \(node.cores) cores × \(node.threads) threads")
    print("memory:     \(node.memoryKiB / 1024) MiB")
    let capabilities = try await connection.capabilities()
    print("host arch:  \(element("arch", after: "host", in: capabilities) ?? "unknown")")
    print("free:       \(try await connection.freeMemory() / 1024 / 1024) MiB")
    let cells = try await connection.cellsFreeMemory()
    for (index, free) in cells.enumerated() {
        print("  cell \(index):   \(free / 1024 / 1024) MiB free")
    }

    let domains = try await connection.domains()
    print("domains:    \(domains.count)")
    for domain in domains {
        let id = try await domain.hypervisorID().map { "\($0)" } ?? "-"
        let active = try await domain.isActive() ? "active" : "inactive"
        print("  \(id.padding(toLength: 4))\(try await domain.name()) (\(active))")
    }
    try await connection.close()
} catch {
    print("error: \(error)")
}
