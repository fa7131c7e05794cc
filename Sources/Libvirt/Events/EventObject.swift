import CLibvirt
import FoundationEssentials

/// What identifies an object in an event, read from the borrowed C handle.
package struct EventIdentity {
    /// The cache key: the name, or the UUID's string for secrets.
    let key: String
    /// The name reported in records.
    let name: String
    /// The UUID, if the object type has one.
    let uuid: UUID?
    /// The domain id (changes each time a domain starts); 0 for other types.
    let id: UInt32
}

/// A handle type that events are delivered for.
///
/// Reading a handle's UUID or id through libvirt's API costs about 1 µs each
/// (libvirt formats the UUID into its debug log arguments on every such call),
/// reading its name about 0.08 µs: so events look their handle up by name
/// (``quickKey(of:)``) and read the full ``identity(of:)`` only on a cache
/// miss or when the event may have changed it (a domain starting or
/// stopping, any object being defined).
package protocol EventObject: Actor {
    /// The name, as libvirt keeps it in the handle (borrowed, valid during
    /// the callback), or nil when names do not identify objects of this type.
    static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>?
    /// Reads what identifies the object, without taking a reference.
    static func identity(of pointer: OpaquePointer) -> EventIdentity
    /// Takes a new reference to a borrowed handle and wraps it.
    static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Self
}

/// Reads a handle's UUID; nil if libvirt fails (it cannot, for a valid handle).
@inline(__always)
func readUUID(_ function: String, _ read: (UnsafeMutablePointer<UInt8>) -> Int32) -> UUID? {
    do {
        return try HandleUUID.read(function, read)
    } catch {
        return nil
    }
}

// MARK: - Conformances

extension Domain: EventObject {
    /// Wraps `virDomainGetName`.
    package static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>? {
        virDomainGetName(pointer)
    }

    /// Wraps `virDomainGetUUID`, `virDomainGetName` and `virDomainGetID`.
    package static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let name = copied(virDomainGetName(pointer))
        return EventIdentity(
            key: name, name: name, uuid: readUUID("virDomainGetUUID") { virDomainGetUUID(pointer, $0) }, id: virDomainGetID(pointer))
    }

    /// Wraps `virDomainRef`.
    package static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Domain {
        virDomainRef(pointer)
        return Domain(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension Network: EventObject {
    /// Wraps `virNetworkGetName`.
    package static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>? {
        virNetworkGetName(pointer)
    }

    /// Wraps `virNetworkGetUUID` and `virNetworkGetName`.
    package static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let name = copied(virNetworkGetName(pointer))
        return EventIdentity(key: name, name: name, uuid: readUUID("virNetworkGetUUID") { virNetworkGetUUID(pointer, $0) }, id: 0)
    }

    /// Wraps `virNetworkRef`.
    package static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Network {
        virNetworkRef(pointer)
        return Network(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension StoragePool: EventObject {
    /// Wraps `virStoragePoolGetName`.
    package static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>? {
        virStoragePoolGetName(pointer)
    }

    /// Wraps `virStoragePoolGetUUID` and `virStoragePoolGetName`.
    package static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let name = copied(virStoragePoolGetName(pointer))
        return EventIdentity(key: name, name: name, uuid: readUUID("virStoragePoolGetUUID") { virStoragePoolGetUUID(pointer, $0) }, id: 0)
    }

    /// Wraps `virStoragePoolRef`.
    package static func adopt(_ pointer: OpaquePointer, connection: Connection) -> StoragePool {
        virStoragePoolRef(pointer)
        return StoragePool(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension NodeDevice: EventObject {
    /// Wraps `virNodeDeviceGetName`.
    package static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>? {
        virNodeDeviceGetName(pointer)
    }

    /// Wraps `virNodeDeviceGetName`.
    package static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let name = copied(virNodeDeviceGetName(pointer))
        return EventIdentity(key: name, name: name, uuid: nil, id: 0)
    }

    /// Wraps `virNodeDeviceRef`.
    package static func adopt(_ pointer: OpaquePointer, connection: Connection) -> NodeDevice {
        virNodeDeviceRef(pointer)
        return NodeDevice(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}

extension Secret: EventObject {
    /// Secrets have no name: usage ids may be absent or shared across usage
    /// types, so each event reads the UUID (secret events are rare).
    package static func quickKey(of pointer: OpaquePointer) -> UnsafePointer<CChar>? {
        nil
    }

    /// Wraps `virSecretGetUUID` and `virSecretGetUsageID`.
    package static func identity(of pointer: OpaquePointer) -> EventIdentity {
        let uuid = readUUID("virSecretGetUUID") { virSecretGetUUID(pointer, $0) }
        return EventIdentity(
            key: uuid?.uuidString ?? "", name: copied(virSecretGetUsageID(pointer)), uuid: uuid, id: 0)
    }

    /// Wraps `virSecretRef`.
    package static func adopt(_ pointer: OpaquePointer, connection: Connection) -> Secret {
        virSecretRef(pointer)
        return Secret(TransferredPointer(pointer: pointer), connection: connection, executor: connection.lane(nil))
    }
}
