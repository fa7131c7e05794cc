import CLibvirt
import CLibvirtQEMU
import Libvirt

extension Connection {
    // MARK: - QEMU monitor events

    /// Subscribes to the QMP events QEMU emits for guests (every event, or
    /// those the filter names), of every domain or of one.
    ///
    /// Subscribed and ended as `Connection.domainEvents(_:domain:buffering:)`
    /// is: the callback is registered before this returns; subscriptions of
    /// the same filter and domain share one libvirt registration.
    ///
    /// ```swift
    /// for await record in try await connection.qemuMonitorEvents(.pattern("^(STOP|RESUME)$"), domain: domain) {
    ///     print(record.name, record.event.name, record.event.details ?? .null)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - filter: which events, by name.
    ///   - domain: only this domain's events; nil for every domain's.
    ///   - buffering: how many unread events to keep.
    /// - Throws: `LibvirtError`: the connection is closed, the pattern is
    ///   not a regular expression (`LibvirtError.Code.invalidArg`), or the
    ///   driver is not QEMU's (`LibvirtError.Code.noSupport`).
    ///
    /// Wraps `virConnectDomainQemuMonitorEventRegister` and `virConnectDomainQemuMonitorEventDeregister`.
    public func qemuMonitorEvents(
        _ filter: QEMUMonitorEventFilter = .all, domain: Domain? = nil, buffering: EventBuffering = .unbounded
    ) throws(LibvirtError) -> QEMUMonitorEvents {
        let (event, flags) = filter.registration
        try cString(event, "filter", function: "virConnectDomainQemuMonitorEventRegister")
        let source = EventSource<Domain, QEMUMonitorEvent>(
            function: "virConnectDomainQemuMonitorEventRegister", qualifier: "qemu-monitor \(flags) \(event)",
            register: { connection, domain, _, opaque, free in
                virConnectDomainQemuMonitorEventRegister(connection, domain, event, monitorEventArrived, opaque, free, flags)
            },
            deregister: { virConnectDomainQemuMonitorEventDeregister($0, $1) })
        return try subscribeDomainEvents(source, domain: domain, buffering: buffering)
    }
}

/// libvirt's monitor event callback: copies the event and hands it over. On
/// libvirt's event loop thread.
private let monitorEventArrived: virConnectDomainQemuMonitorEventCallback = {
    _, domain, event, seconds, micros, details, opaque in
    guard let domain else { return }
    let raw = details.map { String(cString: $0) }
    let decoded = raw.map { (try? JSONValue(parsing: $0)) ?? .null }
    let record = QEMUMonitorEvent(
        name: event.map { String(cString: $0) } ?? "", seconds: Int(seconds), microseconds: Int(micros),
        rawDetails: raw, details: decoded)
    deliverDomainEvent(opaque, domain: domain, record)
}
