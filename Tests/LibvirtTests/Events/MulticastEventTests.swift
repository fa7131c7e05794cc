import CLibvirt
import Foundation
@testable import Libvirt
import Testing

/// Several subscriptions of one event id on one connection share one libvirt
/// registration (libvirt refuses a second one of the same callback, id and filter).
@Suite("Events: several subscriptions per connection", .serialized)
struct MulticastEventTests {
    /// The groups registered on a connection, weakly: they go when libvirt
    /// runs their free callback.
    private func registeredGroups(_ connection: Connection) -> [WeakBox] {
        connection.events.registrations.map { WeakBox($0) }
    }

    @Test("three lifecycle subscriptions share one registration; each ending leaves the others receiving")
    func threeSubscribers() async throws {
        let connection = try await EventNodes.open()
        let first = try await connection.domainEvents([.lifecycle])
        let second = try await connection.domainEvents([.lifecycle])
        let third = try await connection.domainEvents([.lifecycle])
        #expect(connection.events.registrationCount == 1)
        let groups = registeredGroups(connection)
        #expect(groups.count == 1)
        #expect(connection.events.liveRegistrations == 1)
        for events in [first, second, third] {
            #expect(events.subscription.membershipCount == 1)
        }
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        try await connection.eventsOnDomain("alpha") { virDomainResume($0) }
        let expected: [DomainEvent] = [.lifecycle(.suspended(.paused)), .lifecycle(.resumed(.unpaused))]
        // Reading the first ends it.
        #expect(await EventWait.first(2, of: first).map(\.event) == expected)
        let firstCounters = first.subscription
        #expect(await EventWait.until { firstCounters.isReleased })
        #expect(firstCounters.membershipCount == 0)
        #expect(connection.events.registrationCount == 1)
        // The other two still receive, the ended one nothing more.
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        let more = expected + [.lifecycle(.suspended(.paused))]
        #expect(await EventWait.first(3, of: second).map(\.event) == more)
        #expect(await EventWait.until { second.subscription.isReleased })
        #expect(connection.events.registrationCount == 1)
        #expect(groups[0].object != nil)
        #expect(await EventWait.first(3, of: third).map(\.event) == more)
        #expect(firstCounters.deliveredCount == 2)
        // The last one out deregisters: libvirt runs the free callback.
        #expect(await EventWait.until { connection.events.registrationCount == 0 })
        #expect(await EventWait.until { groups[0].object == nil })
        #expect(connection.events.liveRegistrations == 0)
        #expect(third.subscription.membershipCount == 0)
        #expect(await EventWait.until { third.subscription.isReleased })
        #expect(connection.events.subscriptionCount == 0)
        // (Not 0 at times: the reading tasks of EventWait.first may still hold
        // their records' handles for a moment after handing them over.)
        _ = try await connection.close()
    }

    @Test("two subscriptions of every domain id: one registration per id; close() finishes both")
    func twoOfEveryKind() async throws {
        let connection = try await EventNodes.open()
        let first = try await connection.domainEvents()
        let second = try await connection.domainEvents()
        #expect(connection.events.registrationCount == DomainEvent.Kind.all.count)
        #expect(connection.events.liveRegistrations == DomainEvent.Kind.all.count)
        for events in [first, second] {
            #expect(events.subscription.membershipCount == DomainEvent.Kind.all.count)
        }
        let groups = registeredGroups(connection)
        let readers = [first, second].map { events in
            Task { () -> [DomainEvent] in
                var seen: [DomainEvent] = []
                for await record in events { seen.append(record.event) }
                return seen  // reached only when the sequence finishes
            }
        }
        try await connection.eventsOnDomain("beta") { virDomainSuspend($0) }
        #expect(await EventWait.until {
            first.subscription.deliveredCount == 1
                && second.subscription.deliveredCount == 1
        })
        // (The sinks' cached domain handles still hold the connection here.)
        _ = try await connection.close()
        for reader in readers {
            #expect(await reader.value == [.lifecycle(.suspended(.paused))])
        }
        #expect(connection.events.registrationCount == 0)
        #expect(await EventWait.until { groups.allSatisfy { $0.object == nil } })
        #expect(connection.events.liveRegistrations == 0)
        for events in [first, second] {
            #expect(events.subscription.membershipCount == 0)
            #expect(await EventWait.until { events.subscription.isReleased })
        }
    }

    @Test("filtered and unfiltered subscriptions coexist, each filtered correctly")
    func filteredAndUnfiltered() async throws {
        let connection = try await EventNodes.open()
        let alpha = try await connection.domain(named: "alpha")
        let beta = try await connection.domain(named: "beta")
        let every = try await connection.domainEvents([.lifecycle])
        let onlyAlpha = try await connection.domainEvents([.lifecycle], domain: alpha)
        let alsoAlpha = try await connection.domainEvents([.lifecycle], domain: alpha)
        let onlyBeta = try await connection.domainEvents([.lifecycle], domain: beta)
        // One registration each for: every domain, alpha, beta.
        #expect(connection.events.registrationCount == 3)
        try await beta.suspend()
        try await alpha.suspend()
        try await beta.resume()
        try await alpha.resume()
        let everyRecords = await EventWait.first(4, of: every)
        #expect(everyRecords.map(\.name) == ["beta", "alpha", "beta", "alpha"])
        let pair: [DomainEvent] = [.lifecycle(.suspended(.paused)), .lifecycle(.resumed(.unpaused))]
        for events in [onlyAlpha, alsoAlpha] {
            let records = await EventWait.first(2, of: events)
            #expect(records.map(\.name) == ["alpha", "alpha"])
            #expect(records.map(\.event) == pair)
        }
        let betaRecords = await EventWait.first(2, of: onlyBeta)
        #expect(betaRecords.map(\.name) == ["beta", "beta"])
        #expect(betaRecords.map(\.event) == pair)
        // Nothing else reached the filtered ones.
        #expect(onlyAlpha.subscription.deliveredCount == 2)
        #expect(onlyBeta.subscription.deliveredCount == 2)
        #expect(await EventWait.until { connection.events.registrationCount == 0 })
        try await connection.close()
        withExtendedLifetime((alpha, beta)) {}
    }

    @Test("a subscription right after the last one ended registers anew and receives")
    func resubscribeAfterEnd() async throws {
        let connection = try await EventNodes.open()
        let before = try await connection.domainEvents([.lifecycle])
        let groups = registeredGroups(connection)
        // Ends it and queues its registration's deregistration; the next
        // subscribe deregisters it before registering anew.
        before.cancel()
        let after = try await connection.domainEvents([.lifecycle])
        #expect(connection.events.registrationCount == 1)
        #expect(registeredGroups(connection).first?.object !== groups.first?.object)
        #expect(await EventWait.until { groups.allSatisfy { $0.object == nil } })
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        #expect(await EventWait.first(1, of: after).map(\.event) == [.lifecycle(.suspended(.paused))])
        #expect(before.subscription.deliveredCount == 0)
        #expect(await EventWait.until { connection.events.registrationCount == 0 })
        #expect(await EventWait.until { after.subscription.isReleased })
        // (Not 0 at times: the reading tasks of EventWait.first may still hold
        // their records' handles for a moment after handing them over.)
        _ = try await connection.close()
    }

    @Test("two network subscriptions on one connection both receive")
    func twoNetworkSubscribers() async throws {
        let connection = try await EventNodes.open()
        let first = try await connection.networkEvents([.lifecycle])
        let second = try await connection.networkEvents([.lifecycle])
        #expect(connection.events.registrationCount == 1)
        let network = try await connection.defineNetwork(xml: "<network><name>multi-net</name><bridge name='mcbr0'/></network>")
        try await network.start()
        let expected: [NetworkEvent] = [.lifecycle(.defined, detail: 0), .lifecycle(.started, detail: 0)]
        let firstRecords = await EventWait.first(2, of: first)
        #expect(firstRecords.map(\.event) == expected)
        #expect(firstRecords.allSatisfy { $0.name == "multi-net" })
        #expect(connection.events.registrationCount == 1)
        try await network.destroy()
        let secondRecords = await EventWait.first(3, of: second)
        #expect(secondRecords.map(\.event) == expected + [.lifecycle(.stopped, detail: 0)])
        #expect(await EventWait.until { connection.events.registrationCount == 0 })
        try await network.undefine()
        _ = try await connection.close()
        withExtendedLifetime((firstRecords, secondRecords, network)) {}
    }
}
