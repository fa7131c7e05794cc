import Libvirt

// Opens a connection (test:///default unless a URI is given), prints what it
// knows of the host and lists the domains.
let uri = CommandLine.arguments.dropFirst().first ?? "test:///default"

do {
    let connection = try await Connection.open(uri)
    print("uri:        \(try await connection.uri())")
    print("hostname:   \(try await connection.hostname())")
    print("hypervisor: \(try await connection.hypervisorType()) \(try await connection.hypervisorVersion())")
    print("libvirt:    \(try await connection.libraryVersion())")
    try await connection.close()
} catch {
    print("error: \(error)")
}
