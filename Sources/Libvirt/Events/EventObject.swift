import CLibvirt
import FoundationEssentials

/// What identifies an object in an event, read from the borrowed C handle.
struct EventIdentity {
    /// The cache key: the UUID, or the name for objects without one.
    enum Key: Hashable {
        case uuid(UUID)
        case name(String)
    }

    let key: Key
    /// The UUID, if the object type has one.
    let uuid: UUID?
    /// The name as libvirt keeps it in the handle (borrowed, valid during the callback).
    let name: UnsafePointer<CChar>?
    /// The domain id (changes each time a domain starts); 0 for other types.
    let id: UInt32
}

/// A handle type that events are delivered for.
protocol EventObject: Actor {
    /// Reads what identifies the object, without taking a reference.
    static func identity(of pointer: OpaquePointer) -> EventIdentity
    /// Takes a new reference to a borrowed handle and wraps it.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Self
}

/// Reads a 16-byte libvirt UUID through `read`.
@inline(__always)
func readUUID(_ read: (UnsafeMutablePointer<UInt8>) -> Int32) -> UUID {
    var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    _ = withUnsafeMutableBytes(of: &bytes) { read($0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    return UUID(uuid: bytes)
}

// MARK: - Conformances

extension Domain: EventObject {
    /// Wraps `virDomainGetUUID`, `virDomainGetName` and `virDomainGetID`.
    static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let uuid = readUUID { virDomainGetUUID(pointer, $0) }
        return EventIdentity(key: .uuid(uuid), uuid: uuid, name: virDomainGetName(pointer), id: virDomainGetID(pointer))
    }

    /// Wraps `virDomainRef`.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Domain {
        virDomainRef(pointer)
        return Domain(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension Network: EventObject {
    /// Wraps `virNetworkGetUUID` and `virNetworkGetName`.
    static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let uuid = readUUID { virNetworkGetUUID(pointer, $0) }
        return EventIdentity(key: .uuid(uuid), uuid: uuid, name: virNetworkGetName(pointer), id: 0)
    }

    /// Wraps `virNetworkRef`.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Network {
        virNetworkRef(pointer)
        return Network(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension StoragePool: EventObject {
    /// Wraps `virStoragePoolGetUUID` and `virStoragePoolGetName`.
    static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let uuid = readUUID { virStoragePoolGetUUID(pointer, $0) }
        return EventIdentity(key: .uuid(uuid), uuid: uuid, name: virStoragePoolGetName(pointer), id: 0)
    }

    /// Wraps `virStoragePoolRef`.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> StoragePool {
        virStoragePoolRef(pointer)
        return StoragePool(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension NodeDevice: EventObject {
    /// Wraps `virNodeDeviceGetName`.
    static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let name = virNodeDeviceGetName(pointer)
        return EventIdentity(key: .name(name.map { String(cString: $0) } ?? ""), uuid: nil, name: name, id: 0)
    }

    /// Wraps `virNodeDeviceRef`.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> NodeDevice {
        virNodeDeviceRef(pointer)
        return NodeDevice(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension Secret: EventObject {
    /// Wraps `virSecretGetUUID` and `virSecretGetUsageID`.
    static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let uuid = readUUID { virSecretGetUUID(pointer, $0) }
        return EventIdentity(key: .uuid(uuid), uuid: uuid, name: virSecretGetUsageID(pointer), id: 0)
    }

    /// Wraps `virSecretRef`.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Secret {
        virSecretRef(pointer)
        return Secret(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}
