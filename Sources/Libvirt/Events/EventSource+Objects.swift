import CLibvirt

// MARK: - The sources of network, storage pool, node device and secret events
//
// The C callbacks are nonisolated free functions, run on libvirt's event loop
// thread: each copies its payload and hands it to the registration behind its
// opaque pointer, which hands the record to each subscriber.

extension EventSource where Object == Network, Event == NetworkEvent {
    /// Network events (`virConnectNetworkEventRegisterAny`).
    static var networks: Self {
        Self(
            function: "virConnectNetworkEventRegisterAny",
            register: { connection, filter, kind, opaque, free in
                virConnectNetworkEventRegisterAny(connection, filter, kind, NetworkEvent.Kind(rawValue: kind).callback, opaque, free)
            },
            deregister: { virConnectNetworkEventDeregisterAny($0, $1) })
    }
}

private let onNetworkLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let registration = EventRegistration<Network, NetworkEvent>.from(opaque), let object else { return }
    let lifecycle = NetworkEvent.Lifecycle(rawValue: event)
    registration.deliver(
        object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined, evict: lifecycle == .undefined)
}

/// For ids newer than libvirt 9.0, which libvirt refuses: never called.
private let onNetworkUnknown: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, _, _ in
}

extension NetworkEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectNetworkEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onNetworkLifecycle, to: virConnectNetworkEventGenericCallback.self)
        default: onNetworkUnknown
        }
    }
}

extension EventSource where Object == StoragePool, Event == StoragePoolEvent {
    /// Storage pool events (`virConnectStoragePoolEventRegisterAny`).
    static var storagePools: Self {
        Self(
            function: "virConnectStoragePoolEventRegisterAny",
            register: { connection, filter, kind, opaque, free in
                virConnectStoragePoolEventRegisterAny(
                    connection, filter, kind, StoragePoolEvent.Kind(rawValue: kind).callback, opaque, free)
            },
            deregister: { virConnectStoragePoolEventDeregisterAny($0, $1) })
    }
}

private let onPoolLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let registration = EventRegistration<StoragePool, StoragePoolEvent>.from(opaque), let object else { return }
    let lifecycle = StoragePoolEvent.Lifecycle(rawValue: event)
    registration.deliver(
        object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined, evict: lifecycle == .undefined)
}

private let onPoolRefresh: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let registration = EventRegistration<StoragePool, StoragePoolEvent>.from(opaque), let object else { return }
    registration.deliver(object, .refresh)
}

extension StoragePoolEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectStoragePoolEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onPoolLifecycle, to: virConnectStoragePoolEventGenericCallback.self)
        default: onPoolRefresh
        }
    }
}

extension EventSource where Object == NodeDevice, Event == NodeDeviceEvent {
    /// Node device events (`virConnectNodeDeviceEventRegisterAny`).
    static var nodeDevices: Self {
        Self(
            function: "virConnectNodeDeviceEventRegisterAny",
            register: { connection, filter, kind, opaque, free in
                virConnectNodeDeviceEventRegisterAny(
                    connection, filter, kind, NodeDeviceEvent.Kind(rawValue: kind).callback, opaque, free)
            },
            deregister: { virConnectNodeDeviceEventDeregisterAny($0, $1) })
    }
}

private let onDeviceLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let registration = EventRegistration<NodeDevice, NodeDeviceEvent>.from(opaque), let object else { return }
    let lifecycle = NodeDeviceEvent.Lifecycle(rawValue: event)
    registration.deliver(
        object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .created || lifecycle == .defined,
        evict: lifecycle == .deleted || lifecycle == .undefined)
}

private let onDeviceUpdate: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let registration = EventRegistration<NodeDevice, NodeDeviceEvent>.from(opaque), let object else { return }
    registration.deliver(object, .update)
}

extension NodeDeviceEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectNodeDeviceEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onDeviceLifecycle, to: virConnectNodeDeviceEventGenericCallback.self)
        default: onDeviceUpdate
        }
    }
}

extension EventSource where Object == Secret, Event == SecretEvent {
    /// Secret events (`virConnectSecretEventRegisterAny`).
    static var secrets: Self {
        Self(
            function: "virConnectSecretEventRegisterAny",
            register: { connection, filter, kind, opaque, free in
                virConnectSecretEventRegisterAny(connection, filter, kind, SecretEvent.Kind(rawValue: kind).callback, opaque, free)
            },
            deregister: { virConnectSecretEventDeregisterAny($0, $1) })
    }
}

private let onSecretLifecycle: @convention(c) (
    OpaquePointer?, OpaquePointer?, Int32, Int32, UnsafeMutableRawPointer?
) -> Void = { _, object, event, detail, opaque in
    guard let registration = EventRegistration<Secret, SecretEvent>.from(opaque), let object else { return }
    let lifecycle = SecretEvent.Lifecycle(rawValue: event)
    registration.deliver(
        object, .lifecycle(lifecycle, detail: detail), refresh: lifecycle == .defined, evict: lifecycle == .undefined)
}

private let onSecretValueChanged: @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutableRawPointer?) -> Void = {
    _, object, opaque in
    guard let registration = EventRegistration<Secret, SecretEvent>.from(opaque), let object else { return }
    registration.deliver(object, .valueChanged)
}

extension SecretEvent.Kind {
    /// The C callback for this event id, cast to the generic type libvirt's
    /// registration takes. An id newer than libvirt 9.0 gets the generic
    /// callback; libvirt refuses ids it does not know.
    var callback: virConnectSecretEventGenericCallback {
        switch self {
        case .lifecycle: unsafeBitCast(onSecretLifecycle, to: virConnectSecretEventGenericCallback.self)
        default: onSecretValueChanged
        }
    }
}
