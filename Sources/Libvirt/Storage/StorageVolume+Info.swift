import CLibvirt

extension StorageVolume {
    // MARK: - Info

    /// A volume's kind and sizes, in bytes (`virStorageVolInfo`).
    public struct Info: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// What the volume is (file, block device, ...).
        public let kind: Kind
        /// The volume's logical size, in bytes.
        public let capacityBytes: UInt64
        /// The bytes it takes on its pool (or, with ``InfoFlags/physical``, the
        /// physical size of its host file or device).
        public let allocationBytes: UInt64

        /// Creates an info from its parts.
        public init(kind: Kind, capacityBytes: UInt64, allocationBytes: UInt64) {
            self.kind = kind
            self.capacityBytes = capacityBytes
            self.allocationBytes = allocationBytes
        }

        /// Converts the C record.
        init(_ info: virStorageVolInfo) {
            self.init(kind: Kind(rawValue: info.type), capacityBytes: UInt64(info.capacity), allocationBytes: UInt64(info.allocation))
        }
    }

    /// The volume's kind and sizes.
    ///
    /// Wraps `virStorageVolGetInfo`.
    public func info() throws(LibvirtError) -> Info {
        var info = virStorageVolInfo()
        try check(virStorageVolGetInfo(pointer, &info), "virStorageVolGetInfo")
        return Info(info)
    }

    /// The volume's kind and sizes, with ``Info/allocationBytes`` as `flags` ask.
    ///
    /// - Parameter flags: `.physical` reports the physical size of the host
    ///   file or device as the allocationBytes.
    ///
    /// Wraps `virStorageVolGetInfoFlags`.
    public func info(flags: InfoFlags) throws(LibvirtError) -> Info {
        var info = virStorageVolInfo()
        try check(virStorageVolGetInfoFlags(pointer, &info, flags.rawValue), "virStorageVolGetInfoFlags")
        return Info(info)
    }
}
