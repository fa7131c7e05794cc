import CLibvirt
import Foundation
@testable import Libvirt

// MARK: - Raw C calls, to cause events other areas wrap

extension Connection {
    /// Runs `body` with the C connection on this connection's executor: the
    /// events tests trigger events with raw libvirt calls.
    func eventsRaw<T: Sendable>(_ body: @Sendable (OpaquePointer) -> T) throws -> T {
        body(try handle("eventsRaw"))
    }

    /// Runs a C call on a domain looked up by name; returns its result (-1 when not found).
    @discardableResult
    func eventsOnDomain(_ name: String, _ call: @Sendable (OpaquePointer) -> Int32) throws -> Int32 {
        try eventsRaw { connection in
            guard let domain = virDomainLookupByName(connection, name) else { return -1 }
            defer { virDomainFree(domain) }
            return call(domain)
        }
    }
}

// MARK: - Reading sequences with a deadline

enum EventWait {
    /// The first `count` elements of `sequence` that satisfy `predicate`, or
    /// fewer if `timeout` passes first. Ends the iteration (and so the
    /// subscription) when done.
    static func first<S: AsyncSequence & Sendable>(
        _ count: Int, of sequence: S, timeout: Duration = .seconds(20),
        where predicate: @escaping @Sendable (S.Element) -> Bool = { _ in true }
    ) async -> [S.Element] where S.Element: Sendable {
        let reader = Task {
            var found: [S.Element] = []
            do {
                for try await element in sequence where predicate(element) {
                    found.append(element)
                    if found.count == count { break }
                }
            } catch {}
            return found
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            reader.cancel()
        }
        let found = await reader.value
        timer.cancel()
        return found
    }

    /// Whether `condition` becomes true within `timeout`, checked every 5 ms.
    static func until(timeout: Duration = .seconds(10), _ condition: () async -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if await condition() { return true }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return await condition()
    }
}

// MARK: - Node files

enum EventNodes {
    /// A test-driver node with two running domains (alpha, beta), one network and one pool.
    static let node = """
        <node>
          <domain type='test'>
            <name>alpha</name><memory>8192</memory><vcpu>1</vcpu><os><type>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
          </domain>
          <domain type='test'>
            <name>beta</name><memory>8192</memory><vcpu>1</vcpu><os><type>hvm</type></os>
            <test:runstate xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>1</test:runstate>
          </domain>
        </node>
        """

    /// Opens a fresh connection on that node (its own state, unlike test:///default).
    static func open(name: String = #function) async throws -> Connection {
        try await Connection.open(try Fixtures.nodeURI(node, name: name))
    }

    /// The daemon's socket, which the integration tests need.
    static var daemonRunning: Bool {
        FileManager.default.fileExists(atPath: "/run/libvirt/libvirt-sock")
    }
}

// MARK: - Calling the C callbacks directly

enum EventTestGroup {
    /// A registration holding one subscription, never registered with
    /// libvirt: its opaque pointer is what the domain C callbacks expect.
    static func make(
        _ connection: Connection, kind: Int32 = 0
    ) -> (EventRegistration<Domain, DomainEvent>, EventSubscription<DomainEventRecord>) {
        let key = EventKey(objectType: ObjectIdentifier(Domain.self), kind: kind, filter: nil, qualifier: nil)
        let registration = EventRegistration(key: key, source: .domains, connection: connection)
        let subscription = EventSubscription<DomainEventRecord>(buffering: .unbounded, connection: connection)
        registration.add(subscription)
        return (registration, subscription)
    }
}

/// A weak reference, to see an object freed.
final class WeakBox: @unchecked Sendable {
    // @unchecked: read only after the test's writes.
    weak var object: AnyObject?

    init(_ object: AnyObject) {
        self.object = object
    }
}
