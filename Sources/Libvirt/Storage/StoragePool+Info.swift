import CLibvirt

extension StoragePool {
    // MARK: - Info

    /// A pool's state and sizes, in bytes (`virStoragePoolInfo`).
    public struct Info: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Whether the pool runs, is being built, ...
        public let state: State
        /// The pool's logical size, in bytes.
        public let capacity: UInt64
        /// The bytes its volumes take.
        public let allocation: UInt64
        /// The bytes still free for new volumes.
        public let available: UInt64

        /// Creates an info from its parts.
        public init(state: State, capacity: UInt64, allocation: UInt64, available: UInt64) {
            self.state = state
            self.capacity = capacity
            self.allocation = allocation
            self.available = available
        }
    }

    /// The pool's state and sizes.
    ///
    /// Wraps `virStoragePoolGetInfo`.
    public func info() throws(LibvirtError) -> Info {
        var info = virStoragePoolInfo()
        try check(virStoragePoolGetInfo(pointer, &info), "virStoragePoolGetInfo")
        return Info(
            state: State(rawValue: Int32(info.state)), capacity: UInt64(info.capacity),
            allocation: UInt64(info.allocation), available: UInt64(info.available))
    }
}
