import CLibvirt

extension DomainEvent {
    // MARK: - Tunables

    /// The tunables that changed, as a ``DomainEvent/tunable(_:)`` event
    /// reports them (`VIR_DOMAIN_TUNABLE_*`): CPU tuning under `cputune.`,
    /// a disk's I/O limits under `blkdeviotune.`; what is not reported is nil.
    public struct Tunables: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// The prefix of the CPU tuning keys, which are those of
            /// ``Domain/SchedulerParameters`` (`cputune.cpu_shares`, ...).
            public static let cpuTune = "cputune"
            /// `VIR_DOMAIN_TUNABLE_CPU_VCPUPIN`, with `%u` for the virtual CPU's number.
            public static let vcpuPin = VIR_DOMAIN_TUNABLE_CPU_VCPUPIN
            /// `VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN`.
            public static let emulatorPin = VIR_DOMAIN_TUNABLE_CPU_EMULATORPIN
            /// `VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN`, with `%u` for the IOThread's id.
            public static let ioThreadPin = VIR_DOMAIN_TUNABLE_CPU_IOTHREADSPIN
            /// The prefix of the disk I/O limit keys, which are those of
            /// ``Domain/BlockIoTune`` (`blkdeviotune.total_bytes_sec`, ...).
            public static let blockIoTune = "blkdeviotune"
            /// `VIR_DOMAIN_TUNABLE_BLKDEV_DISK`.
            public static let disk = VIR_DOMAIN_TUNABLE_BLKDEV_DISK
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .nested(Key.cpuTune, \.scheduler, except: ["vcpupin", "emulatorpin", "iothreadpin"]),
            .numbered(Key.vcpuPin, \.vcpuPins),
            .value(Key.emulatorPin, .string, \.emulatorPin),
            .numbered(Key.ioThreadPin, \.ioThreadPins),
            .value(Key.disk, .string, \.disk),
            .nested(Key.blockIoTune, \.blockIoTune, except: ["disk"]),
        ]

        /// The CPU scheduler's tunables (`cputune.cpu_shares`, `cputune.vcpu_quota`, ...).
        public var scheduler: Domain.SchedulerParameters?
        /// The host CPUs each virtual CPU may run on, by its number, in libvirt's
        /// syntax such as `0-3,^2` (``Key/vcpuPin``).
        public var vcpuPins: [Int: String]?
        /// The host CPUs the emulator threads may run on (``Key/emulatorPin``).
        public var emulatorPin: String?
        /// The host CPUs each IOThread may run on, by its id (``Key/ioThreadPin``).
        public var ioThreadPins: [Int: String]?
        /// The disk whose I/O limits changed, such as `vda` (``Key/disk``).
        public var disk: String?
        /// The disk's I/O limits (`blkdeviotune.total_bytes_sec`, ...).
        public var blockIoTune: Domain.BlockIoTune?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    // MARK: - I/O errors

    /// A disk I/O error.
    public struct IOError: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The disk's source path.
        public let sourcePath: String
        /// The disk's device alias.
        public let deviceAlias: String
        /// What the hypervisor did about it.
        public let action: IOErrorAction
        /// The reason, such as `enospc` (only for ``DomainEvent/ioErrorReason(_:)``).
        public let reason: String?
    }

    // MARK: - Graphics

    /// A graphics client's connection, authentication or disconnection.
    public struct Graphics: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Which step of the connection this is.
        public let phase: GraphicsPhase
        /// The server's end.
        public let local: GraphicsAddress
        /// The client's end.
        public let remote: GraphicsAddress
        /// The authentication scheme used, such as `vnc` or `none`.
        public let authScheme: String
        /// Who the client authenticated as: (type, name) pairs such as
        /// (`x509dname`, `CN=...`) or (`saslUsername`, `fred`).
        public let identities: [GraphicsIdentity]
    }

    /// One end of a graphics connection (`virDomainEventGraphicsAddress`).
    public struct GraphicsAddress: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The address family.
        public let family: GraphicsAddressFamily
        /// The address: an IP address or a UNIX socket path.
        public let node: String
        /// The service: a TCP port, or nil.
        public let service: String?
    }

    /// An identity of a graphics client (`virDomainEventGraphicsSubjectIdentity`).
    public struct GraphicsIdentity: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The identity's type, such as `x509dname` or `saslUsername`.
        public let type: String
        /// Its value.
        public let name: String
    }

    // MARK: - Disks

    /// A block job's end or readiness.
    public struct BlockJob: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The disk: its path (``DomainEvent/blockJob(_:)``) or its target
        /// (``DomainEvent/blockJob2(_:)``).
        public let disk: String
        /// The kind of job.
        public let type: Domain.BlockJobType
        /// How it ended, or that it is ready.
        public let status: BlockJobStatus
    }

    /// A change of a disk's source.
    public struct DiskChange: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The source before, if any.
        public let oldSourcePath: String?
        /// The source after, if any.
        public let newSourcePath: String?
        /// The disk's device alias.
        public let deviceAlias: String
        /// Why it changed.
        public let reason: DiskChangeReason
    }

    /// A removable drive's tray moving.
    public struct TrayChange: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The drive's device alias.
        public let deviceAlias: String
        /// Whether the tray opened or closed.
        public let reason: TrayChangeReason
    }

    /// A disk crossing its write threshold.
    public struct BlockThreshold: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The disk's target or node name.
        public let device: String
        /// The disk's source path, if it has one.
        public let path: String?
        /// The threshold that was set, in bytes.
        public let thresholdBytes: UInt64
        /// How far past it the write went, in bytes.
        public let excessBytes: UInt64
    }

    // MARK: - Memory

    /// A hardware memory failure.
    public struct MemoryFailure: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Whom the failure concerns: the hypervisor or the guest.
        public let recipient: MemoryFailureRecipient
        /// What was done about it.
        public let action: MemoryFailureAction
        /// More about the failure.
        public let flags: MemoryFailureFlags
    }
}
