@testable import Libvirt
import CLibvirt

// Raw event registrations for the integration tests, made on a connection's
// own executor through its C handle (`@testable`). They stand in for the
// events API of branch `events` until it is on main.

/// A domain lifecycle event: which domain, what happened (`virDomainEventType`) and why.
struct LifecycleEvent: Sendable, Equatable, CustomStringConvertible {
    let domain: String
    let event: Int32
    let detail: Int32

    static let defined = Int32(VIR_DOMAIN_EVENT_DEFINED.rawValue)
    static let undefined = Int32(VIR_DOMAIN_EVENT_UNDEFINED.rawValue)
    static let started = Int32(VIR_DOMAIN_EVENT_STARTED.rawValue)
    static let suspended = Int32(VIR_DOMAIN_EVENT_SUSPENDED.rawValue)
    static let resumed = Int32(VIR_DOMAIN_EVENT_RESUMED.rawValue)
    static let stopped = Int32(VIR_DOMAIN_EVENT_STOPPED.rawValue)

    var description: String { "\(domain): event \(event) detail \(detail)" }
}

/// Owns a continuation for a C callback's opaque pointer; released by libvirt's free callback.
final class Box<Value: Sendable>: @unchecked Sendable {
    let continuation: AsyncStream<Value>.Continuation
    init(_ continuation: AsyncStream<Value>.Continuation) { self.continuation = continuation }
}

extension Connection {
    /// Domain lifecycle events of this connection, until the loop over them ends.
    func lifecycleEvents() throws(LibvirtError) -> AsyncStream<LifecycleEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: LifecycleEvent.self, bufferingPolicy: .unbounded)
        let box = Unmanaged.passRetained(Box(continuation)).toOpaque()
        let callback: virConnectDomainEventCallback = { _, domain, event, detail, opaque in
            guard let opaque, let domain else { return 0 }
            let name = virDomainGetName(domain).map { String(cString: $0) } ?? "?"
            Unmanaged<Box<LifecycleEvent>>.fromOpaque(opaque).takeUnretainedValue()
                .continuation.yield(LifecycleEvent(domain: name, event: event, detail: detail))
            return 0
        }
        let id = virConnectDomainEventRegisterAny(
            try handle("virConnectDomainEventRegisterAny"), nil,
            Int32(VIR_DOMAIN_EVENT_ID_LIFECYCLE.rawValue),
            unsafeBitCast(callback, to: virConnectDomainEventGenericCallback.self),
            box, { opaque in
                guard let opaque else { return }
                let box = Unmanaged<Box<LifecycleEvent>>.fromOpaque(opaque)
                box.takeUnretainedValue().continuation.finish()
                box.release()
            })
        if id < 0 {
            let error = LibvirtError.last(function: "virConnectDomainEventRegisterAny")
            Unmanaged<Box<LifecycleEvent>>.fromOpaque(box).release()
            throw error
        }
        continuation.onTermination = { _ in
            Task { await self.deregisterDomainEvent(id) }
        }
        return stream
    }

    /// Deregisters a domain event callback; a closed connection has none left.
    func deregisterDomainEvent(_ id: Int32) {
        guard let pointer = try? handle("virConnectDomainEventDeregisterAny") else { return }
        if virConnectDomainEventDeregisterAny(pointer, id) < 0 { virResetLastError() }
    }
}

/// Records every element of a stream in the background, so that a test can
/// wait for one element after another with timeouts, without ending the stream.
actor Recorder<Element: Sendable> {
    private(set) var elements: [Element] = []
    private var cursor = 0
    private var pump: Task<Void, Never>?

    init<Events: AsyncSequence & Sendable>(_ stream: Events) where Events.Element == Element {
        Task { await self.start(stream) }
    }

    private func start<Events: AsyncSequence & Sendable>(_ stream: Events) where Events.Element == Element {
        pump = Task { [weak self] in
            do {
                for try await element in stream { await self?.append(element) }
            } catch {}
        }
    }

    private func append(_ element: Element) { elements.append(element) }

    /// The next element after the last one returned that `matches`, waiting
    /// up to `timeout`; nil when none came.
    func next(
        within timeout: Duration = .seconds(10), where matches: (Element) -> Bool = { _ in true }
    ) async -> Element? {
        let deadline = ContinuousClock.now + timeout
        while true {
            while cursor < elements.count {
                let element = elements[cursor]
                cursor += 1
                if matches(element) { return element }
            }
            if ContinuousClock.now >= deadline { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Stops recording; ends the loop over the stream (which deregisters its callback).
    func stop() { pump?.cancel() }
}
