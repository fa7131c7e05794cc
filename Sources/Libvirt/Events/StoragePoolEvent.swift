/// Something that happened to a storage pool (`virStoragePoolEventID`).
///
/// Subscribe with ``Connection/storagePoolEvents(_:pool:buffering:)``.
public enum StoragePoolEvent: Sendable, Hashable {
    /// The pool was defined, undefined, started, stopped, created or deleted
    /// (`VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE`). The detail is always 0 in libvirt 9.0.
    case lifecycle(Lifecycle, detail: Int32)
    /// The pool was refreshed (`VIR_STORAGE_POOL_EVENT_ID_REFRESH`).
    case refresh

    /// The event id this event was delivered for.
    public var kind: Kind {
        switch self {
        case .lifecycle: .lifecycle
        case .refresh: .refresh
        }
    }
}
