import Foundation
import Libvirt
import LibvirtAdmin
import Testing

/// libvirt's admin API (LibvirtAdmin) against the shared libvirtd's admin
/// socket. Every setting a test changes is restored however it ends;
/// serialized, so that two tests never change one setting at once.
///
/// libvirt 9.0 cannot serve admin and hypervisor connections in one process
/// (see `AdminConnection.open`): these tests run in a child process of their
/// own, started by ``AdminProcessTests``, where nothing else runs; in the
/// test process itself they are skipped.
@Suite("Admin API on the daemon", .needsSharedDaemon, .serialized, .enabled(if: AdminProcess.isChild, AdminProcess.skipped))
struct AdminTests {
    static let uri = "libvirtd:///system"

    @Test("opens the admin socket: its URI, the daemon's version, alive; closes once")
    func connection() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        #expect(try await admin.uri() == Self.uri)
        #expect(try await admin.isAlive())
        #expect(try await admin.daemonVersion() == LibvirtVersion(major: 9, minor: 0, release: 0))
        #expect(try AdminConnection.libraryVersion() == LibvirtVersion(major: 9, minor: 0, release: 0))
        let closes = admin.closeEvents()
        #expect(try await admin.close() == 0)
        #expect(await admin.isClosed)
        var reasons: [Connection.CloseReason] = []
        for await reason in closes { reasons.append(reason) }
        #expect(reasons.isEmpty)  // closed by us: finished, no reason
        #expect(await libvirtError { try await admin.uri() }?.code == .invalidConn)
        #expect(await libvirtError { try await AdminConnection.open("libvirtd:///nowhere-\(getpid())") } != nil)
    }

    @Test("lists the servers libvirtd and admin; an unknown server is libvirt's noServer")
    func servers() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let names = try await admin.servers().map(\.name)
        #expect(Set(names) == ["libvirtd", "admin"])
        #expect(try await admin.server(named: "admin").name == "admin")
        #expect(await libvirtError { try await admin.server(named: "nope") }?.code == .noServer)
        #expect(await libvirtError { try await admin.server(named: "admin\u{0}x") }?.code == .invalidArg)
        try await admin.close()
    }

    @Test("thread pool parameters: read, changed, read back, restored")
    func threadPool() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let server = try await admin.server(named: "libvirtd")
        let before = try await server.threadPoolParameters()
        let maxWorkers = try #require(before.maxWorkers)
        let minWorkers = try #require(before.minWorkers)
        let priority = try #require(before.priorityWorkers)
        #expect(minWorkers <= maxWorkers)
        #expect(before.currentWorkers != nil)
        #expect(before.freeWorkers != nil)
        #expect(before.jobQueueDepth != nil)
        do {
            try await server.setThreadPoolParameters(maxWorkers: maxWorkers + 2, priorityWorkers: priority + 1)
            let changed = try await server.threadPoolParameters()
            #expect(changed.maxWorkers == maxWorkers + 2)
            #expect(changed.priorityWorkers == priority + 1)
            #expect(changed.minWorkers == minWorkers)
        }
        try await server.setThreadPoolParameters(minWorkers: minWorkers, maxWorkers: maxWorkers, priorityWorkers: priority)
        // libvirt reports the priority workers that run: surplus ones quit as they
        // wake, so a decrease shows a moment later.
        var restored = try await server.threadPoolParameters()
        let deadline = ContinuousClock.now + .seconds(5)
        while restored.priorityWorkers != priority, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
            restored = try await server.threadPoolParameters()
        }
        #expect(restored.maxWorkers == maxWorkers)
        #expect(restored.priorityWorkers == priority)
        // libvirt refuses a minimum above the maximum; a negative count is refused before it.
        #expect(await libvirtError { try await server.setThreadPoolParameters(minWorkers: maxWorkers + 1) } != nil)
        #expect(await libvirtError { try await server.setThreadPoolParameters(maxWorkers: -1) }?.code == .invalidArg)
        #expect(try await server.threadPoolParameters().maxWorkers == maxWorkers)
        try await admin.close()
    }

    @Test("client limits: read, changed, read back, restored")
    func clientLimits() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let server = try await admin.server(named: "libvirtd")
        let before = try await server.clientLimits()
        let maxClients = try #require(before.maxClients)
        let maxUnauthenticated = try #require(before.maxUnauthenticatedClients)
        #expect(before.currentClients != nil)
        #expect(before.currentUnauthenticatedClients != nil)
        try await server.setClientLimits(maxClients: maxClients + 10)
        #expect(try await server.clientLimits().maxClients == maxClients + 10)
        try await server.setClientLimits(maxClients: maxClients, maxUnauthenticatedClients: maxUnauthenticated)
        let restored = try await server.clientLimits()
        #expect(restored.maxClients == maxClients)
        #expect(restored.maxUnauthenticatedClients == maxUnauthenticated)
        try await admin.close()
    }

    @Test("this test's own connection is among the admin server's clients, on a UNIX socket, with its identity")
    func ownClient() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let server = try await admin.server(named: "admin")
        var mine: [(AdminClient, ClientInfo)] = []
        for client in try await server.clients() {
            let info = try await client.info()
            if info.unixProcessID == Int(getpid()) { mine.append((client, info)) }
        }
        #expect(mine.count == 1)
        let (client, info) = try #require(mine.first)
        #expect(client.transport == .unix)
        #expect(client.transport.description == "unix")
        #expect(info.unixUserID == Int(getuid()))
        #expect(info.unixUserName == "root" || getuid() != 0)
        #expect(info.isReadOnly == false)
        #expect(info.socketAddress == nil)
        #expect(abs(client.connectedAt.timeIntervalSinceNow) < 60)
        #expect(try await server.client(id: client.id).id == client.id)
        #expect(await libvirtError { try await server.client(id: Int(Int32.max)) }?.code == .noClient)
        #expect(await libvirtError { try await server.client(id: -1) }?.code == .invalidArg)
        try await admin.close()
    }

    @Test("a client closed through the admin API sees its connection close, with a reason")
    func closeClient() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let server = try await admin.server(named: "admin")
        let known = Set(try await server.clients().map(\.id))
        let victim = try await AdminConnection.open(Self.uri)
        let closes = victim.closeEvents()
        var candidates: [AdminClient] = []
        for client in try await server.clients() where !known.contains(client.id) {
            if try await client.info().unixProcessID == Int(getpid()) { candidates.append(client) }
        }
        #expect(candidates.count == 1)
        let client = try #require(candidates.first)
        try await client.close()
        #expect(await first(of: closes, within: .seconds(10)) == .eof)
        #expect(await libvirtError { try await victim.servers() } != nil)
        #expect(try await !victim.isAlive())
        #expect(await libvirtError { try await server.client(id: client.id) }?.code == .noClient)
        _ = try? await victim.close()
        try await admin.close()
    }

    @Test("a hypervisor connection is refused in a process that opened an admin connection")
    func noHypervisorConnection() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let error = await libvirtError { try await Connection.open("test:///default") }
        #expect(error?.code == .operationUnsupported)
        #expect(error?.function == "virConnectOpen")
        try await admin.close()
    }

    @Test("logging filters read, changed, restored; outputs read; daemon timeout kept at none")
    func logging() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let filters = try await admin.loggingFilters()
        let outputs = try await admin.loggingOutputs()
        #expect(!outputs.isEmpty)
        do {
            try await admin.setLoggingFilters("4:swift_libvirt_test")
            // libvirt reports a filter as the glob it matches with.
            #expect(try await admin.loggingFilters().trimmingCharacters(in: .whitespaces) == "4:*swift_libvirt_test*")
        }
        try await admin.setLoggingFilters(filters)
        #expect(try await admin.loggingFilters() == filters)
        try await admin.setLoggingOutputs(outputs)
        #expect(try await admin.loggingOutputs() == outputs)
        #expect(await libvirtError { try await admin.setLoggingFilters("9:nonsense") }?.code == .invalidArg)
        #expect(await libvirtError { try await admin.setLoggingFilters("4:a\u{0}") }?.code == .invalidArg)
        #expect(try await admin.loggingFilters() == filters)
        // libvirtd runs without --timeout here: 0 keeps it so.
        try await admin.setDaemonTimeout(seconds: 0)
        #expect(await libvirtError { try await admin.setDaemonTimeout(seconds: -1) }?.code == .invalidArg)
        try await admin.close()
    }

    @Test("reloading TLS files without TLS configured gives libvirt's error")
    func tls() async throws {
        try Daemon.requireShared()
        let admin = try await AdminConnection.open(Self.uri)
        let server = try await admin.server(named: "libvirtd")
        let error = await libvirtError { try await server.reloadTLSFiles() }
        #expect(error?.function == "virAdmServerUpdateTlsFiles")
        #expect(error != nil)
        try await admin.close()
    }
}

/// The first element of `stream` within `timeout`, or nil.
private func first(of stream: CloseEvents, within timeout: Duration) async -> Connection.CloseReason? {
    await withTaskGroup(of: Connection.CloseReason?.self) { group in
        group.addTask {
            for await element in stream { return element }
            return nil
        }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let result = await group.next() ?? nil
        group.cancelAll()
        return result
    }
}

// MARK: - The child process

/// Runs ``AdminTests`` in a process of its own.
enum AdminProcess {
    /// Set in the child's environment.
    static let variable = "SWIFT_LIBVIRT_ADMIN_TESTS_CHILD"

    /// Whether this process is the child that runs ``AdminTests``.
    static let isChild = ProcessInfo.processInfo.environment[variable] == "1"

    static let skipped: Comment = "runs in a child process of its own (AdminProcessTests)"
}

@Suite("Admin API on the daemon, in a process of its own", .needsSharedDaemon, .enabled(if: !AdminProcess.isChild))
struct AdminProcessTests {
    @Test("the admin suite passes in a child process without hypervisor connections")
    func adminSuiteInChildProcess() async throws {
        try Daemon.requireShared()
        var environment = ProcessInfo.processInfo.environment
        environment[AdminProcess.variable] = "1"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "AdminTests"]
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = await Task.detached { pipe.fileHandleForReading.readDataToEndOfFile() }.value
        process.waitUntilExit()
        let text = String(decoding: output, as: UTF8.self)
        let failures = text.split(separator: "\n").filter { $0.contains("✘") }.joined(separator: "\n")
        #expect(process.terminationStatus == 0, "child failed:\n\(failures)\n\(text.suffix(3_000))")
        // Every test of AdminTests ran and passed there.
        let passed = text.split(separator: "\n").filter { $0.hasPrefix("✔ Test \"") }
        #expect(passed.count == 9, "\(text.suffix(2_000))")
    }

    @Test("an admin connection is refused in a process that opened a hypervisor connection")
    func noAdminConnection() async throws {
        try Daemon.requireShared()
        // A hypervisor connection first, so that this process is one of those.
        let connection = try await Connection.open("test:///default")
        let error = await libvirtError { try await AdminConnection.open(AdminTests.uri) }
        #expect(error?.code == .operationUnsupported)
        #expect(error?.function == "virAdmConnectOpen")
        try await connection.close()
    }
}
