import Libvirt
import Testing

/// The backoff of ReconnectingConnection.Policy, and the type on an in-process connection.
@Suite("Reconnection policy")
struct ReconnectPolicyTests {
    @Test("the wait doubles from initialDelay and stops at maximumDelay")
    func backoff() {
        let policy = ReconnectingConnection.Policy(
            initialDelay: .milliseconds(100), maximumDelay: .seconds(1), multiplier: 2, jitter: 0)
        #expect(policy.delay(afterFailedAttempts: 0) == .zero)
        #expect(policy.delay(afterFailedAttempts: 1) == .milliseconds(100))
        #expect(policy.delay(afterFailedAttempts: 2) == .milliseconds(200))
        #expect(policy.delay(afterFailedAttempts: 3) == .milliseconds(400))
        #expect(policy.delay(afterFailedAttempts: 4) == .milliseconds(800))
        #expect(policy.delay(afterFailedAttempts: 5) == .seconds(1))
        #expect(policy.delay(afterFailedAttempts: 500) == .seconds(1))
    }

    @Test("out-of-range settings are clamped")
    func clamping() {
        let policy = ReconnectingConnection.Policy(multiplier: 0.5, jitter: 3)
        #expect(policy.multiplier == 1)
        #expect(policy.jitter == 1)
        #expect(policy.delay(afterFailedAttempts: 7) == policy.initialDelay)
    }

    @Test("an in-process connection: open, current connection, close")
    func inProcess() async throws {
        let link = try await ReconnectingConnection.open("test:///default")
        #expect(await link.isConnected)
        #expect(await link.connectionCount == 1)
        #expect(try await link.connection().hypervisorType() == "TEST")
        let statuses = await link.statuses()
        await link.close()
        var seen: [ReconnectingConnection.Status] = []
        for await status in statuses { seen.append(status) }
        #expect(seen == [.closed])
        #expect(await libvirtError { try await link.connection() }?.code == .invalidConn)
        await link.close()  // twice is harmless
    }

    @Test("opening fails with libvirt's error when the first open fails")
    func firstOpenFails() async {
        let error = await libvirtError { try await ReconnectingConnection.open("nosuchdriver:///x") }
        #expect(error != nil)
        #expect(error?.function == "virConnectOpen")
    }
}
