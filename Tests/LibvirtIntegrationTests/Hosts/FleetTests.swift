import Foundation
import Libvirt
import Testing

extension NamespaceHosts {
    /// A ``Fleet`` over the three namespace hosts: merged, tagged events; one host's
    /// loss and return while the others go on; concurrent stats; an unreachable host.
    @Suite("A fleet of the namespace hosts", .serialized)
    struct FleetTests {
        /// A fleet policy that notices losses and reopens quickly. A killed
        /// daemon is noticed by its socket closing; keepalive only guards
        /// against a silent host, and gives up after ~10 s, not ~3 s (which a
        /// host's daemon on this loaded machine once missed: its connection was
        /// reopened in the middle of the test).
        static let policy = ReconnectingConnection.Policy(
            initialDelay: .milliseconds(100), maximumDelay: .seconds(1), checkInterval: .milliseconds(100),
            keepAlive: .init(interval: 2, count: 4))

        /// Whether `element` is a lifecycle event of guest `name` on `host` matching `matches`.
        static func lifecycle(
            _ element: FleetEvent<DomainEventRecord>, host: String, name: String,
            _ matches: (DomainEvent.Lifecycle) -> Bool
        ) -> Bool {
            guard element.host == host, case .event(let record) = element.event, record.name == name,
                case .lifecycle(let lifecycle) = record.event
            else { return false }
            return matches(lifecycle)
        }

        /// Starts and destroys a transient guest named `name` on `host`, and waits for its
        /// started and stopped events, tagged with that host, on `events`.
        static func startAndStop(
            _ name: String, on host: String, fleet: Fleet, events: Recorder<FleetEvent<DomainEventRecord>>
        ) async throws {
            let connection = try await fleet.connection(to: host)
            let guest = try await connection.createDomain(xml: Guests.minimal(name))
            let started = await events.next {
                lifecycle($0, host: host, name: name) { if case .started = $0 { true } else { false } }
            }
            #expect(started != nil, "no started event of \(name) from \(host)")
            try await guest.destroy()
            let stopped = await events.next {
                lifecycle($0, host: host, name: name) { if case .stopped = $0 { true } else { false } }
            }
            #expect(stopped != nil, "no stopped event of \(name) from \(host)")
        }

        @Test("every host's lifecycle events arrive tagged; a killed daemon is one element while the others deliver")
        func mergedEvents() async throws {
            try TestHosts.require()
            let hosts = TestHosts.tcpURIs
            let refused = "qemu+tcp://\(TestHosts.address(0)):1/system"
            let names = (0..<4).map { Guests.uniqueName("fleet\($0)") }
            defer { names.forEach(TestHosts.remove) }

            try await Fleet.with(hosts + [refused], policy: Self.policy) { fleet in
                #expect(await fleet.connectedHosts() == hosts)
                #expect(await fleet.unreachableHosts()[refused]?.code == .systemError)
                let events = Recorder(await fleet.domainEvents([.lifecycle]))
                #expect(
                    await events.next {
                        if $0.host == refused, case .unreachable = $0.event { true } else { false }
                    } != nil)

                // Every host delivers, each event tagged with its host.
                for (index, host) in hosts.enumerated() {
                    try await Self.startAndStop(names[index], on: host, fleet: fleet, events: events)
                }

                // Stats of every host at once; the refused one gives its error, alone.
                let stats = await fleet.allDomainStats(.state)
                #expect(stats.map(\.host) == hosts + [refused])
                for element in stats.prefix(3) {
                    if case .failure(let error) = element.records { Issue.record("\(element.host): \(error)") }
                }
                if case .success = stats[3].records { Issue.record("stats from a refused port") }

                // Host 2's daemon dies: its loss is an element; hosts 1 and 3 go on.
                try await TestHosts.script("kill-daemon", "2")
                let lost = await events.next {
                    if $0.host == hosts[1], case .disconnected = $0.event { true } else { false }
                }
                #expect(lost != nil, "no disconnected element for \(hosts[1])")
                try await Self.startAndStop(names[3], on: hosts[2], fleet: fleet, events: events)

                // It comes back: the subscription is made again there, and delivers.
                try await TestHosts.script("restart-daemon", "2")
                let back = await events.next(within: .seconds(20)) {
                    if $0.host == hosts[1], case .reconnected = $0.event { true } else { false }
                }
                #expect(back != nil, "no reconnected element for \(hosts[1])")
                try await Self.startAndStop(names[1] + "b", on: hosts[1], fleet: fleet, events: events)
                await events.stop()
            }
        }

        @Test("closing the fleet finishes its sequences and closes every connection")
        func closing() async throws {
            try TestHosts.require()
            let fleet = await Fleet.open(TestHosts.tcpURIs, policy: Self.policy)
            let events = await fleet.domainEvents([.lifecycle])
            let first = try await fleet.connection(to: TestHosts.tcpURIs[0])
            let drained = Task {
                var count = 0
                for await _ in events { count += 1 }
                return count
            }
            await fleet.close()
            #expect(await drained.value == 0)
            #expect(await first.isClosed)
            let error = await libvirtError { try await fleet.connection(to: TestHosts.tcpURIs[0]) }
            #expect(error?.code == .invalidConn)
        }
    }
}
