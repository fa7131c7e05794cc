import CLibvirt
import Foundation
@testable import Libvirt
import Testing

@Suite("Events: domains", .serialized)
struct DomainEventTests {
    // MARK: - Delivery

    @Test("each lifecycle transition arrives typed, in order, with its domain")
    func lifecycleInOrder() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents([.lifecycle])
        let xml = "<domain type='test'><name>gamma</name><memory>8192</memory><os><type>hvm</type></os></domain>"
        let gamma = try await connection.defineDomain(xml: xml)
        try await gamma.start()
        try await gamma.suspend()
        try await gamma.resume()
        try await gamma.shutdown()
        try await gamma.start()
        try await gamma.destroy()
        try await gamma.undefine()
        let expected: [DomainEvent.Lifecycle] = [
            .defined(.added), .started(.booted), .suspended(.paused), .resumed(.unpaused),
            .stopped(.shutdown), .started(.booted), .stopped(.destroyed), .undefined(.removed),
        ]
        let records = await EventWait.first(expected.count, of: events) { $0.event.kind == .lifecycle }
        #expect(records.map(\.event) == expected.map { .lifecycle($0) })
        #expect(records.allSatisfy { $0.name == "gamma" })
        #expect(Set(records.compactMap(\.uuid)).count == 1)
        // The handle is a live reference to the domain.
        let name = String(cString: virDomainGetName(records[2].domain.pointer))
        #expect(name == "gamma")
        // While its id does not change, one actor serves every event of a domain.
        #expect(records[2].domain === records[3].domain)
        #expect(records[0].event.kind == .lifecycle)
        try await connection.close()
    }

    @Test("a subscription filtered by domain sees only that domain")
    func filteredByDomain() async throws {
        let connection = try await EventNodes.open()
        let alpha = try await connection.domain(named: "alpha")
        let beta = try await connection.domain(named: "beta")
        let events = try await connection.domainEvents([.lifecycle], domain: alpha)
        try await beta.suspend()
        try await alpha.suspend()
        try await beta.resume()
        try await alpha.resume()
        let records = await EventWait.first(2, of: events)
        #expect(records.map(\.name) == ["alpha", "alpha"])
        #expect(records.map(\.event) == [.lifecycle(.suspended(.paused)), .lifecycle(.resumed(.unpaused))])
        #expect(records.first?.domain.pointer != nil)
    }

    @Test("several ids: one registration each, every one released when the connection closes")
    func severalKindsAndClose() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents()
        let subscription = events.subscription
        #expect(subscription.membershipCount == DomainEvent.Kind.all.count)
        #expect(DomainEvent.Kind.all.count == 27)
        let closes = try await connection.closeEvents()
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        let reader = Task { () -> [DomainEventRecord] in
            var seen: [DomainEventRecord] = []
            for await record in events { seen.append(record) }
            return seen  // reached only when the sequence finishes
        }
        #expect(await EventWait.until { subscription.deliveredCount == 1 })
        try await connection.close()
        let seen = await reader.value
        #expect(seen.map(\.event) == [.lifecycle(.suspended(.paused))])
        #expect(subscription.membershipCount == 0)
        #expect(subscription.isReleased)
        #expect(connection.events.liveRegistrations == 0)
        // close() finishes close-event sequences too, without a reason.
        var reasons: [Connection.CloseReason] = []
        for await reason in closes { reasons.append(reason) }
        #expect(reasons.isEmpty)
        // Subscribing on a closed connection is libvirt's invalid-connection error.
        let error = await libvirtError { try await connection.domainEvents() }
        #expect(error?.code == .invalidConn)
        let closeError = await libvirtError { try await connection.closeEvents() }
        #expect(closeError?.code == .invalidConn)
    }

    @Test("an event id libvirt 9.0 does not know is refused by libvirt, and nothing stays registered")
    func unknownKind() async throws {
        let connection = try await EventNodes.open()
        let error = await libvirtError {
            try await connection.domainEvents([.lifecycle, DomainEvent.Kind(rawValue: 99)])
        }
        #expect(error?.code == .invalidArg)
        // This connection's own count: the process-wide one moves with the
        // suites running alongside.
        #expect(connection.events.liveRegistrations == 0)
        #expect(connection.events.registrationCount == 0)
        #expect(connection.events.subscriptionCount == 0)
        #expect(try await connection.close() == 0)
    }

    // MARK: - Ending a subscription

    @Test("breaking out of the loop deregisters: no callback runs after, and the state is freed")
    func breakDeregisters() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents([.lifecycle, .reboot])
        let subscription = events.subscription
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        for await record in events {
            #expect(record.event == .lifecycle(.suspended(.paused)))
            break
        }
        #expect(await EventWait.until { subscription.membershipCount == 0 })
        #expect(await EventWait.until { subscription.isReleased })
        let callbacks = subscription.deliveredCount
        try await connection.eventsOnDomain("alpha") { virDomainResume($0) }
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        await EventLoop.shared.nextIteration()
        await EventLoop.shared.nextIteration()
        #expect(subscription.deliveredCount == callbacks)
        #expect(connection.events.subscriptionCount == 0)
        #expect(try await connection.close() == 0)
    }

    @Test("a close() queued before a subscription's deregistration still deregisters it")
    func closeQueuedBeforeDeregistration() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents([.lifecycle, .reboot])
        let subscription = events.subscription
        // Hold the connection's executor, queue close() on it, then end the
        // subscription: its deregistration job comes after close().
        let gate = DispatchSemaphore(value: 0)
        connection.executor.async { gate.wait() }
        let closing = Task { try await connection.close() }
        try await Task.sleep(for: .milliseconds(100))
        events.cancel()
        gate.signal()
        // 0: no callback registration kept a reference to the connection.
        #expect(try await closing.value == 0)
        #expect(subscription.membershipCount == 0)
        #expect(await EventWait.until { subscription.isReleased })
    }

    @Test("cancelling the consuming task deregisters and frees the state")
    func cancellationDeregisters() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents([.lifecycle])
        let subscription = events.subscription
        let consumer = Task {
            var count = 0
            for await _ in events { count += 1 }
            return count
        }
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        #expect(await EventWait.until { subscription.deliveredCount == 1 })
        consumer.cancel()
        _ = await consumer.value
        #expect(await EventWait.until { subscription.membershipCount == 0 })
        #expect(await EventWait.until { subscription.isReleased })
        try await connection.eventsOnDomain("alpha") { virDomainResume($0) }
        await EventLoop.shared.nextIteration()
        await EventLoop.shared.nextIteration()
        #expect(subscription.deliveredCount == 1)
        #expect(try await connection.close() == 0)
    }

    @Test("a sequence dropped without iterating deregisters; cancel() ends one explicitly")
    func droppedAndCancelled() async throws {
        let connection = try await EventNodes.open()
        var dropped: EventSubscription<DomainEventRecord>?
        do {
            let events = try await connection.domainEvents([.lifecycle])
            dropped = events.subscription
        }
        #expect(await EventWait.until { dropped?.membershipCount == 0 })
        #expect(await EventWait.until { dropped?.isReleased == true })
        #expect(await EventWait.until { connection.events.liveRegistrations == 0 })

        let events = try await connection.domainEvents([.lifecycle])
        try await connection.eventsOnDomain("alpha") { virDomainSuspend($0) }
        #expect(await EventWait.until { events.subscription.deliveredCount == 1 })
        events.cancel()
        var seen: [DomainEventRecord] = []
        for await record in events { seen.append(record) }
        #expect(seen.count == 1)  // what was buffered is still read, then it finishes
        #expect(await EventWait.until { events.subscription.isReleased })
        try await connection.close()
    }

    // MARK: - Volume and buffering

    @Test("100,000 events through one unbounded subscription: none lost, in order")
    func hundredThousand() async throws {
        let connection = try await EventNodes.open()
        let alpha = try await connection.domain(named: "alpha")
        let events = try await connection.domainEvents([.lifecycle], domain: alpha)
        let failures = try await connection.eventsOnDomain("alpha") { domain in
            var failures: Int32 = 0
            for _ in 0..<50_000 {
                if virDomainSuspend(domain) != 0 { failures += 1 }
                if virDomainResume(domain) != 0 { failures += 1 }
            }
            return failures
        }
        #expect(failures == 0)
        let records = await EventWait.first(100_000, of: events, timeout: .seconds(120))
        #expect(records.count == 100_000)
        #expect(events.droppedCount == 0)
        let inOrder = records.enumerated().allSatisfy { index, record in
            record.event == (index % 2 == 0 ? .lifecycle(.suspended(.paused)) : .lifecycle(.resumed(.unpaused)))
        }
        #expect(inOrder)
    }

    @Test("a bounded policy keeps the newest events and reports its drops")
    func boundedDrops() async throws {
        let connection = try await EventNodes.open()
        let events = try await connection.domainEvents([.lifecycle], buffering: .newest(10))
        let subscription = events.subscription
        try await connection.eventsOnDomain("alpha") { domain in
            for _ in 0..<500 {
                virDomainSuspend(domain)
                virDomainResume(domain)
            }
            return 0
        }
        #expect(await EventWait.until { subscription.deliveredCount == 1_000 })
        #expect(events.droppedCount == 990)
        let records = await EventWait.first(10, of: events, timeout: .seconds(2))
        #expect(records.count == 10)
        #expect(records.last?.event == .lifecycle(.resumed(.unpaused)))
    }

    // MARK: - Payloads

    @Test("payload callbacks copy what libvirt lends: graphics, I/O error, tunables, threshold, memory failure")
    func payloads() async throws {
        let connection = try await EventNodes.open()
        let (group, subscription) = EventTestGroup.make(connection)
        _ = try await connection.eventsRaw { c in
            let opaque = Unmanaged.passUnretained(group).toOpaque()
            let domain = virDomainLookupByName(c, "alpha")!
            defer { virDomainFree(domain) }
            // Graphics.
            typealias Graphics = @convention(c) (
                OpaquePointer?, OpaquePointer?, Int32, UnsafePointer<virDomainEventGraphicsAddress>?,
                UnsafePointer<virDomainEventGraphicsAddress>?, UnsafePointer<CChar>?,
                UnsafePointer<virDomainEventGraphicsSubject>?, UnsafeMutableRawPointer?) -> Void
            let graphics = unsafeBitCast(DomainEvent.Kind.graphics.callback, to: Graphics.self)
            var local = virDomainEventGraphicsAddress(family: 0, node: strdup("127.0.0.1"), service: strdup("5900"))
            var remote = virDomainEventGraphicsAddress(family: 1, node: strdup("::1"), service: nil)
            var identity = virDomainEventGraphicsSubjectIdentity(type: strdup("saslUsername"), name: strdup("fred"))
            withUnsafeMutablePointer(to: &identity) { identities in
                var subject = virDomainEventGraphicsSubject(nidentity: 1, identities: identities)
                graphics(c, domain, 1, &local, &remote, "vnc", &subject, opaque)
            }
            free(local.node); free(local.service); free(remote.node); free(identity.type); free(identity.name)
            // I/O error with reason.
            typealias IOReason = @convention(c) (
                OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32,
                UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void
            unsafeBitCast(DomainEvent.Kind.ioErrorReason.callback, to: IOReason.self)(
                c, domain, "/var/disk.img", "virtio-disk0", 1, "enospc", opaque)
            // Tunables.
            typealias Tunable = @convention(c) (
                OpaquePointer?, OpaquePointer?, UnsafeMutablePointer<virTypedParameter>?, Int32, UnsafeMutableRawPointer?) -> Void
            var parameters: UnsafeMutablePointer<virTypedParameter>?
            var count: Int32 = 0
            var capacity: Int32 = 0
            virTypedParamsAddULLong(&parameters, &count, &capacity, "cputune.vcpu_period", 100_000)
            unsafeBitCast(DomainEvent.Kind.tunable.callback, to: Tunable.self)(c, domain, parameters, count, opaque)
            virTypedParamsFree(parameters, count)
            // Block threshold.
            typealias Threshold = @convention(c) (
                OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64, UInt64,
                UnsafeMutableRawPointer?) -> Void
            unsafeBitCast(DomainEvent.Kind.blockThreshold.callback, to: Threshold.self)(
                c, domain, "vda", nil, 1 << 20, 4096, opaque)
            // Memory failure.
            typealias Failure = @convention(c) (OpaquePointer?, OpaquePointer?, Int32, Int32, UInt32, UnsafeMutableRawPointer?) -> Void
            unsafeBitCast(DomainEvent.Kind.memoryFailure.callback, to: Failure.self)(c, domain, 1, 2, 3, opaque)
            return 0
        }
        subscription.end(discarding: false)
        var events: [DomainEvent] = []
        var reader = EventSequence(subscription).makeAsyncIterator()
        while let record = await reader.next() {
            #expect(record.name == "alpha")
            events.append(record.event)
        }
        #expect(events.count == 5)
        guard events.count == 5 else { return }
        #expect(events[0] == .graphics(DomainEvent.Graphics(
            phase: .initialize,
            local: DomainEvent.GraphicsAddress(family: .ipv4, node: "127.0.0.1", service: "5900"),
            remote: DomainEvent.GraphicsAddress(family: .ipv6, node: "::1", service: nil),
            authScheme: "vnc", identities: [DomainEvent.GraphicsIdentity(type: "saslUsername", name: "fred")])))
        #expect(events[1] == .ioErrorReason(DomainEvent.IOError(
            sourcePath: "/var/disk.img", deviceAlias: "virtio-disk0", action: .pause, reason: "enospc")))
        #expect(events[2] == .tunable(DomainEvent.Tunables(["cputune.vcpu_period": .unsignedLongLong(100_000)])))
        if case .tunable(let tunables) = events[2] {
            #expect(tunables.scheduler?.vcpuPeriod == .milliseconds(100) && tunables.extra.isEmpty)
        }
        #expect(events[3] == .blockThreshold(DomainEvent.BlockThreshold(device: "vda", path: nil, thresholdBytes: 1 << 20, excessBytes: 4096)))
        #expect(events[4] == .memoryFailure(DomainEvent.MemoryFailure(
            recipient: .guest, action: .fatal, flags: [.actionRequired, .recursive])))
        #expect(events.map(\.kind) == [.graphics, .ioErrorReason, .tunable, .blockThreshold, .memoryFailure])
    }

    @Test("without lifecycle events, a name that changes hands gets a new handle")
    func nameReusedWithoutLifecycle() async throws {
        let connection = try await EventNodes.open()
        // Registered for an id other than lifecycle: it does not see names change hands.
        let (group, subscription) = EventTestGroup.make(connection, kind: DomainEvent.Kind.rtcChange.rawValue)
        let first = UUID()
        let second = UUID()
        let xml = { (uuid: UUID) in
            "<domain type='test'><name>delta</name><uuid>\(uuid.uuidString)</uuid><memory>8192</memory><os><type>hvm</type></os></domain>"
        }
        let (one, two) = (xml(first), xml(second))
        let ok = try await connection.eventsRaw { c -> Bool in
            typealias RTC = @convention(c) (OpaquePointer?, OpaquePointer?, Int64, UnsafeMutableRawPointer?) -> Void
            let rtc = unsafeBitCast(DomainEvent.Kind.rtcChange.callback, to: RTC.self)
            let opaque = Unmanaged.passUnretained(group).toOpaque()
            guard let a = virDomainDefineXML(c, one) else { return false }
            rtc(c, a, 1, opaque)
            rtc(c, a, 2, opaque)
            virDomainUndefine(a)
            virDomainFree(a)
            guard let b = virDomainDefineXML(c, two) else { return false }
            rtc(c, b, 3, opaque)
            virDomainFree(b)
            return true
        }
        #expect(ok)
        subscription.end(discarding: false)
        var records: [DomainEventRecord] = []
        var reader = EventSequence(subscription).makeAsyncIterator()
        while let record = await reader.next() { records.append(record) }
        #expect(records.map(\.uuid) == [first, first, second])
        #expect(records.map(\.event) == [.rtcChange(utcOffsetSeconds: 1), .rtcChange(utcOffsetSeconds: 2), .rtcChange(utcOffsetSeconds: 3)])
        guard records.count == 3 else { return }
        #expect(records[0].domain === records[1].domain)
        #expect(records[1].domain !== records[2].domain)
    }

    @Test("lifecycle values map to their typed kind and detail")
    func lifecycleMapping() {
        #expect(DomainEvent.Lifecycle(event: 5, detail: 1) == .stopped(.destroyed))
        #expect(DomainEvent.Lifecycle(event: 7, detail: 0) == .pmSuspended(.memory))
        #expect(DomainEvent.Lifecycle(event: 8, detail: 0) == .crashed(.panicked))
        let future = DomainEvent.Lifecycle(event: 42, detail: 3)
        #expect(future == .other(DomainEvent.LifecycleKind(rawValue: 42), detail: 3))
        #expect(future.kind.rawValue == 42 && future.detailValue == 3)
        #expect(DomainEvent.Lifecycle.suspended(.ioError).kind == .suspended)
    }
}

@Suite("Events: connection close", .serialized)
struct CloseEventTests {
    @Test("a close reason reaches every close-event consumer and finishes every event sequence")
    func closeReasonMulticast() async throws {
        let connection = try await EventNodes.open()
        let first = try await connection.closeEvents()
        let second = try await connection.closeEvents()
        let events = try await connection.domainEvents([.lifecycle])
        let readers = [first, second].map { sequence in
            Task { () -> [Connection.CloseReason] in
                var reasons: [Connection.CloseReason] = []
                for await reason in sequence { reasons.append(reason) }
                return reasons
            }
        }
        let eventReader = Task { () -> Int in
            var count = 0
            for await _ in events { count += 1 }
            return count
        }
        // What libvirt's close callback does when the daemon goes away (the
        // daemon-killing tests belong to the daemon area; this drives the same path).
        connection.events.closed(.eof)
        for reader in readers {
            #expect(await reader.value == [.eof])
        }
        #expect(await eventReader.value == 0)
        // A consumer that comes later learns the reason at once.
        var late: [Connection.CloseReason] = []
        for await reason in try await connection.closeEvents() { late.append(reason) }
        #expect(late == [.eof])
        #expect(await EventWait.until { events.subscription.isReleased })
        #expect(try await connection.close() == 0)
    }

    @Test("close reasons have libvirt's values")
    func closeReasonValues() {
        #expect([Connection.CloseReason.error, .eof, .keepAlive, .client].map(\.rawValue) == [0, 1, 2, 3])
    }
}
