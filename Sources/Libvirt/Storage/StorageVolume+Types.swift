extension StorageVolume {
    // MARK: - Kinds and flags

    /// What a volume is: a file, a block device, a directory, ... (`virStorageVolType`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips; every value of libvirt 9.0 has a constant.
    public struct Kind: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: Int32

        /// Creates a value from its C value.
        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }
    }

    /// The pattern ``wipe(algorithm:)`` writes over a volume (`virStorageVolWipeAlgorithm`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips; every value of libvirt 9.0 has a constant.
    public struct WipeAlgorithm: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates a value from its C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// What ``info(flags:)`` reports as the allocation (`virStorageVolInfoFlags`).
    public struct InfoFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``StoragePool/createVolume(xml:flags:)`` and ``StoragePool/createVolume(xml:from:flags:)`` (`virStorageVolCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How ``delete(flags:)`` removes a volume (`virStorageVolDeleteFlags`).
    public struct DeleteFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How ``resize(to:flags:)`` reads and applies the new capacity (`virStorageVolResizeFlags`).
    public struct ResizeFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``StorageVolume/upload(stream:offset:length:flags:)`` (`virStorageVolUploadFlags`).
    public struct UploadFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for ``StorageVolume/download(stream:offset:length:flags:)`` (`virStorageVolDownloadFlags`).
    public struct DownloadFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
