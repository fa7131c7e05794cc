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
        public let capacityBytes: UInt64
        /// The bytes its volumes take.
        public let allocationBytes: UInt64
        /// The bytes still free for new volumes.
        public let availableBytes: UInt64

        /// Creates an info from its parts.
        public init(state: State, capacityBytes: UInt64, allocationBytes: UInt64, availableBytes: UInt64) {
            self.state = state
            self.capacityBytes = capacityBytes
            self.allocationBytes = allocationBytes
            self.availableBytes = availableBytes
        }
    }

    /// The pool's state and sizes.
    ///
    /// Wraps `virStoragePoolGetInfo`.
    public func info() throws(LibvirtError) -> Info {
        var info = virStoragePoolInfo()
        try check(virStoragePoolGetInfo(pointer, &info), "virStoragePoolGetInfo")
        return Info(
            state: State(rawValue: Int32(info.state)), capacityBytes: UInt64(info.capacity),
            allocationBytes: UInt64(info.allocation), availableBytes: UInt64(info.available))
    }
}
