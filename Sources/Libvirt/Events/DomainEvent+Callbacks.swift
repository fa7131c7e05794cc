import CLibvirt

// MARK: - The source of domain events

extension EventSource where Object == Domain, Event == DomainEvent {
    /// Domain events (`virConnectDomainEventRegisterAny`).
    static var domains: Self {
        Self(
            function: "virConnectDomainEventRegisterAny",
            register: { connection, filter, kind, opaque, free in
                virConnectDomainEventRegisterAny(connection, filter, kind, DomainEvent.Kind(rawValue: kind).callback, opaque, free)
            },
            deregister: { virConnectDomainEventDeregisterAny($0, $1) })
    }
}

// MARK: - The C callbacks of domain events
//
// Nonisolated free functions, run on libvirt's event loop thread: each copies
// its payload and hands it to the registration, which hands the record to
// each subscriber.

/// Copies a C string libvirt lends to a callback ("" for NULL).
@inline(__always)
func copied(_ string: UnsafePointer<CChar>?) -> String {
    string.map { String(cString: $0) } ?? ""
}

/// Copies a C string libvirt lends to a callback, keeping NULL as nil.
@inline(__always)
func copiedOptional(_ string: UnsafePointer<CChar>?) -> String? {
    string.map { String(cString: $0) }
}

/// Hands an event to the registration behind `opaque`, which hands it to each subscriber.
@inline(__always)
private func deliver(
    _ opaque: UnsafeMutableRawPointer?, _ domain: OpaquePointer?, _ event: DomainEvent,
    refresh: Bool = false, evict: Bool = false
) {
    guard let registration = EventRegistration<Domain, DomainEvent>.from(opaque), let domain else { return }
    registration.deliver(domain, event, refresh: refresh, evict: evict)
}

private let onLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Int32 = { _, domain, event, detail, opaque in
    let lifecycle = DomainEvent.Lifecycle(event: event, detail: detail)
    // Defining may give the name a new UUID; starting and stopping change the id.
    let kind = lifecycle.kind
    deliver(
        opaque, domain, .lifecycle(lifecycle), refresh: kind == .defined || kind == .started || kind == .stopped,
        evict: kind == .undefined)
    return 0
}

private let onGeneric: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, domain, opaque in
    deliver(opaque, domain, .reboot)
}

private let onControlError: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, domain, opaque in
    deliver(opaque, domain, .controlError)
}

private let onRTCChange: @convention(c) (OpaquePointer?, OpaquePointer?, Int64, UnsafeMutableRawPointer?) -> Void = {
    _, domain, offset, opaque in
    deliver(opaque, domain, .rtcChange(utcOffsetSeconds: offset))
}

private let onWatchdog: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, domain, action, opaque in
    deliver(opaque, domain, .watchdog(DomainEvent.WatchdogAction(rawValue: action)))
}

private let onIOError: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, path, alias, action, opaque in
    let error = DomainEvent.IOError(
        sourcePath: copied(path), deviceAlias: copied(alias),
        action: DomainEvent.IOErrorAction(rawValue: action), reason: nil)
    deliver(opaque, domain, .ioError(error))
}

private let onIOErrorReason: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?,
    UnsafeMutableRawPointer?
) -> Void = { _, domain, path, alias, action, reason, opaque in
    let error = DomainEvent.IOError(
        sourcePath: copied(path), deviceAlias: copied(alias),
        action: DomainEvent.IOErrorAction(rawValue: action), reason: copied(reason))
    deliver(opaque, domain, .ioErrorReason(error))
}

/// Copies a graphics address libvirt lends.
private func graphicsAddress(_ address: UnsafePointer<virDomainEventGraphicsAddress>?) -> DomainEvent.GraphicsAddress {
    guard let address else {
        return DomainEvent.GraphicsAddress(family: DomainEvent.GraphicsAddressFamily(rawValue: -1), node: "", service: nil)
    }
    return DomainEvent.GraphicsAddress(
        family: DomainEvent.GraphicsAddressFamily(rawValue: address.pointee.family),
        node: copied(address.pointee.node), service: copiedOptional(address.pointee.service))
}

private let onGraphics: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, UnsafePointer<virDomainEventGraphicsAddress>?,
    UnsafePointer<virDomainEventGraphicsAddress>?, UnsafePointer<CChar>?,
    UnsafePointer<virDomainEventGraphicsSubject>?, UnsafeMutableRawPointer?
) -> Void = { _, domain, phase, local, remote, scheme, subject, opaque in
    var identities: [DomainEvent.GraphicsIdentity] = []
    if let subject, let list = subject.pointee.identities {
        identities = (0..<Int(max(0, subject.pointee.nidentity))).map {
            DomainEvent.GraphicsIdentity(type: copied(list[$0].type), name: copied(list[$0].name))
        }
    }
    let graphics = DomainEvent.Graphics(
        phase: DomainEvent.GraphicsPhase(rawValue: phase), local: graphicsAddress(local),
        remote: graphicsAddress(remote), authScheme: copied(scheme), identities: identities)
    deliver(opaque, domain, .graphics(graphics))
}

private let onBlockJob: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, disk, type, status, opaque in
    deliver(opaque, domain, .blockJob(blockJob(disk, type, status)))
}

private let onBlockJob2: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, disk, type, status, opaque in
    deliver(opaque, domain, .blockJob2(blockJob(disk, type, status)))
}

private func blockJob(_ disk: UnsafePointer<CChar>?, _ type: Int32, _ status: Int32) -> DomainEvent.BlockJob {
    DomainEvent.BlockJob(
        disk: copied(disk), type: Domain.BlockJobType(rawValue: type),
        status: DomainEvent.BlockJobStatus(rawValue: status))
}

private let onDiskChange: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, Int32,
    UnsafeMutableRawPointer?
) -> Void = { _, domain, old, new, alias, reason, opaque in
    let change = DomainEvent.DiskChange(
        oldSourcePath: copiedOptional(old), newSourcePath: copiedOptional(new), deviceAlias: copied(alias),
        reason: DomainEvent.DiskChangeReason(rawValue: reason))
    deliver(opaque, domain, .diskChange(change))
}

private let onTrayChange: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, alias, reason, opaque in
    let change = DomainEvent.TrayChange(deviceAlias: copied(alias), reason: DomainEvent.TrayChangeReason(rawValue: reason))
    deliver(opaque, domain, .trayChange(change))
}

private let onPMWakeup: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, domain, reason, opaque in
    deliver(opaque, domain, .pmWakeup(reason: reason))
}

private let onPMSuspend: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, domain, reason, opaque in
    deliver(opaque, domain, .pmSuspend(reason: reason))
}

private let onPMSuspendDisk: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, domain, reason, opaque in
    deliver(opaque, domain, .pmSuspendDisk(reason: reason))
}

private let onBalloonChange: @convention(c) (OpaquePointer?, OpaquePointer?, UInt64, UnsafeMutableRawPointer?) -> Void = {
    _, domain, actual, opaque in
    deliver(opaque, domain, .balloonChange(actualKiB: actual))
}

private let onDeviceRemoved: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?
) -> Void = { _, domain, alias, opaque in
    deliver(opaque, domain, .deviceRemoved(alias: copied(alias)))
}

private let onDeviceAdded: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?
) -> Void = { _, domain, alias, opaque in
    deliver(opaque, domain, .deviceAdded(alias: copied(alias)))
}

private let onDeviceRemovalFailed: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutableRawPointer?
) -> Void = { _, domain, alias, opaque in
    deliver(opaque, domain, .deviceRemovalFailed(alias: copied(alias)))
}

private let onTunable: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafeMutablePointer<virTypedParameter>?, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, parameters, count, opaque in
    deliver(opaque, domain, .tunable(DomainEvent.Tunables(TypedParameters(parameters, count: Int(max(0, count))))))
}

private let onJobCompleted: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafeMutablePointer<virTypedParameter>?, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, parameters, count, opaque in
    deliver(opaque, domain, .jobCompleted(Domain.JobStats(TypedParameters(parameters, count: Int(max(0, count))))))
}

private let onAgentLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, domain, state, reason, opaque in
    deliver(
        opaque, domain,
        .agentLifecycle(state: DomainEvent.AgentState(rawValue: state), reason: DomainEvent.AgentReason(rawValue: reason)))
}

private let onMigrationIteration: @convention(c) (OpaquePointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
    _, domain, iteration, opaque in
    deliver(opaque, domain, .migrationIteration(iteration))
}

private let onMetadataChange: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?
) -> Void = { _, domain, type, uri, opaque in
    deliver(opaque, domain, .metadataChange(type: Domain.MetadataType(rawValue: type), namespaceURI: copiedOptional(uri)))
}

private let onBlockThreshold: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64, UInt64, UnsafeMutableRawPointer?
) -> Void = { _, domain, device, path, threshold, excess, opaque in
    let event = DomainEvent.BlockThreshold(
        device: copied(device), path: copiedOptional(path), thresholdBytes: threshold, excessBytes: excess)
    deliver(opaque, domain, .blockThreshold(event))
}

private let onMemoryFailure: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UInt32, UnsafeMutableRawPointer?
) -> Void = { _, domain, recipient, action, flags, opaque in
    let failure = DomainEvent.MemoryFailure(
        recipient: DomainEvent.MemoryFailureRecipient(rawValue: recipient),
        action: DomainEvent.MemoryFailureAction(rawValue: action),
        flags: DomainEvent.MemoryFailureFlags(rawValue: flags))
    deliver(opaque, domain, .memoryFailure(failure))
}

private let onMemoryDeviceSizeChange: @convention(c) (
    OpaquePointer?, OpaquePointer?, UnsafePointer<CChar>?, UInt64, UnsafeMutableRawPointer?
) -> Void = { _, domain, alias, size, opaque in
    deliver(opaque, domain, .memoryDeviceSizeChange(alias: copied(alias), sizeKiB: size))
}

// MARK: - Choosing the callback

extension DomainEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes (what `VIR_DOMAIN_EVENT_CALLBACK` does in C). An id
    /// newer than libvirt 9.0 gets the generic callback; libvirt refuses ids
    /// it does not know.
    var callback: virConnectDomainEventGenericCallback {
        typealias Generic = virConnectDomainEventGenericCallback
        switch self {
        case .lifecycle: return unsafeBitCast(onLifecycle, to: Generic.self)
        case .reboot: return onGeneric
        case .rtcChange: return unsafeBitCast(onRTCChange, to: Generic.self)
        case .watchdog: return unsafeBitCast(onWatchdog, to: Generic.self)
        case .ioError: return unsafeBitCast(onIOError, to: Generic.self)
        case .graphics: return unsafeBitCast(onGraphics, to: Generic.self)
        case .ioErrorReason: return unsafeBitCast(onIOErrorReason, to: Generic.self)
        case .controlError: return onControlError
        case .blockJob: return unsafeBitCast(onBlockJob, to: Generic.self)
        case .diskChange: return unsafeBitCast(onDiskChange, to: Generic.self)
        case .trayChange: return unsafeBitCast(onTrayChange, to: Generic.self)
        case .pmWakeup: return unsafeBitCast(onPMWakeup, to: Generic.self)
        case .pmSuspend: return unsafeBitCast(onPMSuspend, to: Generic.self)
        case .balloonChange: return unsafeBitCast(onBalloonChange, to: Generic.self)
        case .pmSuspendDisk: return unsafeBitCast(onPMSuspendDisk, to: Generic.self)
        case .deviceRemoved: return unsafeBitCast(onDeviceRemoved, to: Generic.self)
        case .blockJob2: return unsafeBitCast(onBlockJob2, to: Generic.self)
        case .tunable: return unsafeBitCast(onTunable, to: Generic.self)
        case .agentLifecycle: return unsafeBitCast(onAgentLifecycle, to: Generic.self)
        case .deviceAdded: return unsafeBitCast(onDeviceAdded, to: Generic.self)
        case .migrationIteration: return unsafeBitCast(onMigrationIteration, to: Generic.self)
        case .jobCompleted: return unsafeBitCast(onJobCompleted, to: Generic.self)
        case .deviceRemovalFailed: return unsafeBitCast(onDeviceRemovalFailed, to: Generic.self)
        case .metadataChange: return unsafeBitCast(onMetadataChange, to: Generic.self)
        case .blockThreshold: return unsafeBitCast(onBlockThreshold, to: Generic.self)
        case .memoryFailure: return unsafeBitCast(onMemoryFailure, to: Generic.self)
        case .memoryDeviceSizeChange: return unsafeBitCast(onMemoryDeviceSizeChange, to: Generic.self)
        default: return onGeneric
        }
    }
}
