import FoundationEssentials

/// One delivered event: what happened, and to which object.
///
/// The handle (``object``) is a live actor holding its own libvirt reference,
/// usable as any other handle of the connection. Its ``name`` and ``uuid``
/// are copied at delivery, so reading them needs no `await`.
public struct EventRecord<Object: Actor, Event: Sendable & Hashable>: Sendable {
    /// The object the event concerns.
    public let object: Object
    /// The object's name at the time of the event: a domain, network, pool or
    /// node device name; a secret's usage id (empty when it has none).
    public let name: String
    /// The object's UUID; nil for node devices, which have none.
    public let uuid: UUID?
    /// What happened.
    public let event: Event
}

/// A delivered domain event and its domain.
public typealias DomainEventRecord = EventRecord<Domain, DomainEvent>
/// A delivered network event and its network.
public typealias NetworkEventRecord = EventRecord<Network, NetworkEvent>
/// A delivered storage pool event and its pool.
public typealias StoragePoolEventRecord = EventRecord<StoragePool, StoragePoolEvent>
/// A delivered node device event and its device.
public typealias NodeDeviceEventRecord = EventRecord<NodeDevice, NodeDeviceEvent>
/// A delivered secret event and its secret.
public typealias SecretEventRecord = EventRecord<Secret, SecretEvent>

extension EventRecord where Object == Domain {
    /// The domain the event concerns.
    public var domain: Domain { object }
}

extension EventRecord where Object == Network {
    /// The network the event concerns.
    public var network: Network { object }
}

extension EventRecord where Object == StoragePool {
    /// The pool the event concerns.
    public var pool: StoragePool { object }
}

extension EventRecord where Object == NodeDevice {
    /// The device the event concerns.
    public var device: NodeDevice { object }
}

extension EventRecord where Object == Secret {
    /// The secret the event concerns.
    public var secret: Secret { object }
}
