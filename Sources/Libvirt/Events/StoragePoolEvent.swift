/// Something that happened to a storage pool (`virStoragePoolEventID`).
///
/// Subscribe with ``Connection/storagePoolEvents(_:pool:buffering:)``.
public enum StoragePoolEvent: Sendable, Hashable, Codable {
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

    /// A storage pool event id (`virStoragePoolEventID`).
    public struct Kind: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates an event id from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
        /// Every storage pool event id of libvirt 9.0.
        public static let all: Set<Kind> = [.lifecycle, .refresh]
    }

    /// What happened to a pool (`virStoragePoolEventLifecycleType`).
    public struct Lifecycle: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32
        /// Creates a lifecycle event type from its C value.
        public init(rawValue: Int32) { self.rawValue = rawValue }
    }
}
