import Libvirt

// The text of network, storage pool, node device and secret events, and of
// close reasons, worded as virsh words them.

/// `event 'lifecycle' for network default: Started`
func describe(_ record: NetworkEventRecord) -> String {
    switch record.event {
    case .lifecycle(let what, _):
        "event 'lifecycle' for network \(record.name): "
            + ["Defined", "Undefined", "Started", "Stopped"][safe: what.rawValue]
    }
}

/// `event 'refresh' for storage pool default-pool`
func describe(_ record: StoragePoolEventRecord) -> String {
    switch record.event {
    case .lifecycle(let what, _):
        "event 'lifecycle' for storage pool \(record.name): "
            + ["Defined", "Undefined", "Started", "Stopped", "Created", "Deleted"][safe: what.rawValue]
    case .refresh:
        "event 'refresh' for storage pool \(record.name)"
    }
}

/// `event 'lifecycle' for node device scsi_host7: Created`
func describe(_ record: NodeDeviceEventRecord) -> String {
    switch record.event {
    case .lifecycle(let what, _):
        "event 'lifecycle' for node device \(record.name): "
            + ["Created", "Deleted", "Defined", "Undefined"][safe: what.rawValue]
    case .update:
        "event 'update' for node device \(record.name)"
    }
}

/// `event 'value-changed' for secret 0a81f5b2-...`, by UUID as virsh names secrets.
func describe(_ record: SecretEventRecord) -> String {
    let id = record.uuid.map { $0.uuidString.lowercased() } ?? record.name
    return switch record.event {
    case .lifecycle(let what, _):
        "event 'lifecycle' for secret \(id): " + ["Defined", "Undefined"][safe: what.rawValue]
    case .valueChanged:
        "event 'value-changed' for secret \(id)"
    }
}

/// Why libvirt closed the connection: `eof` (the daemon went away),
/// `keepalive`, `error` or `client`.
func describe(_ reason: Connection.CloseReason) -> String {
    ["error", "eof", "keepalive", "client"][safe: reason.rawValue]
}

extension Array where Element == String {
    /// The element at a C enum value, or `unknown` for a value this code predates.
    subscript(safe index: Int32) -> String {
        indices.contains(Int(index)) ? self[Int(index)] : "unknown"
    }
}
