extension Domain {
    /// What the guest agent reports about a running guest
    /// (``Domain/guestInfo(types:)``); a group not asked for, or not reported,
    /// is nil. libvirt names these keys in its documentation only (no C macros).
    public struct GuestInfo: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `hostname`.
            public static let hostname = "hostname"
            /// `os.id`.
            public static let osID = "os.id"
            /// `os.name`.
            public static let osName = "os.name"
            /// `os.pretty-name`.
            public static let osPrettyName = "os.pretty-name"
            /// `os.version`.
            public static let osVersion = "os.version"
            /// `os.version-id`.
            public static let osVersionID = "os.version-id"
            /// `os.kernel-release`.
            public static let osKernelRelease = "os.kernel-release"
            /// `os.kernel-version`.
            public static let osKernelVersion = "os.kernel-version"
            /// `os.machine`.
            public static let osMachine = "os.machine"
            /// `os.variant`.
            public static let osVariant = "os.variant"
            /// `os.variant-id`.
            public static let osVariantID = "os.variant-id"
            /// `timezone.name`.
            public static let timezoneName = "timezone.name"
            /// `timezone.offset`.
            public static let timezoneOffset = "timezone.offset"
            /// The prefix of the numbered `user.<n>.*` records; `user.count` counts them.
            public static let users = "user"
            /// The prefix of the numbered `fs.<n>.*` records; `fs.count` counts them.
            public static let fileSystems = "fs"
            /// The prefix of the numbered `disk.<n>.*` records; `disk.count` counts them.
            public static let disks = "disk"
            /// The prefix of the numbered `if.<n>.*` records; `if.count` counts them.
            public static let interfaces = "if"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.hostname, .string, \.hostname),
            .value(Key.osID, .string, \.osID),
            .value(Key.osName, .string, \.osName),
            .value(Key.osPrettyName, .string, \.osPrettyName),
            .value(Key.osVersion, .string, \.osVersion),
            .value(Key.osVersionID, .string, \.osVersionID),
            .value(Key.osKernelRelease, .string, \.osKernelRelease),
            .value(Key.osKernelVersion, .string, \.osKernelVersion),
            .value(Key.osMachine, .string, \.osMachine),
            .value(Key.osVariant, .string, \.osVariant),
            .value(Key.osVariantID, .string, \.osVariantID),
            .value(Key.timezoneName, .string, \.timezoneName),
            .value(Key.timezoneOffset, .int, \.timezoneOffsetSeconds),
            .records(Key.users, \.users),
            .records(Key.fileSystems, \.fileSystems),
            .records(Key.disks, \.disks),
            .records(Key.interfaces, \.interfaces),
        ]

        /// The guest's host name (``Key/hostname``).
        public var hostname: String?
        /// The operating system's id, as `fedora` (``Key/osID``).
        public var osID: String?
        /// The operating system's name (``Key/osName``).
        public var osName: String?
        /// The operating system's name for display (``Key/osPrettyName``).
        public var osPrettyName: String?
        /// The operating system's version, for display (``Key/osVersion``).
        public var osVersion: String?
        /// The operating system's version id, for scripts (``Key/osVersionID``).
        public var osVersionID: String?
        /// The kernel's release (``Key/osKernelRelease``).
        public var osKernelRelease: String?
        /// The kernel's version (``Key/osKernelVersion``).
        public var osKernelVersion: String?
        /// The machine hardware name, as `x86_64` (``Key/osMachine``).
        public var osMachine: String?
        /// The edition of the operating system, for display (``Key/osVariant``).
        public var osVariant: String?
        /// The edition of the operating system, for scripts (``Key/osVariantID``).
        public var osVariantID: String?
        /// The time zone's name (``Key/timezoneName``).
        public var timezoneName: String?
        /// The time zone's offset to UTC, in seconds (``Key/timezoneOffset``).
        public var timezoneOffsetSeconds: Int?
        /// The users logged in (``Key/users``).
        public var users: [GuestUser]?
        /// The mounted file systems (``Key/fileSystems``).
        public var fileSystems: [GuestFileSystem]?
        /// The disks (``Key/disks``).
        public var disks: [GuestDisk]?
        /// The network interfaces (``Key/interfaces``).
        public var interfaces: [GuestInterface]?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A user logged in to a guest (`user.<n>.*` of ``GuestInfo``).
    public struct GuestUser: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `name`.
            public static let name = "name"
            /// `domain`.
            public static let domain = "domain"
            /// `login-time`.
            public static let loginTime = "login-time"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.name, .string, \.name),
            .value(Key.domain, .string, \.domain),
            .value(Key.loginTime, .ullong, \.loginTimeMilliseconds),
        ]

        /// The user name (``Key/name``).
        public var name: String?
        /// The user's domain, on guests that have one (``Key/domain``).
        public var domain: String?
        /// When the user logged in, in milliseconds since the epoch (``Key/loginTime``).
        public var loginTimeMilliseconds: UInt64?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A file system mounted in a guest (`fs.<n>.*` of ``GuestInfo``).
    public struct GuestFileSystem: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `mountpoint`.
            public static let mountpoint = "mountpoint"
            /// `name`.
            public static let name = "name"
            /// `fstype`.
            public static let type = "fstype"
            /// `total-bytes`.
            public static let totalBytes = "total-bytes"
            /// `used-bytes`.
            public static let usedBytes = "used-bytes"
            /// The prefix of the numbered `disk.<n>.*` records; `disk.count` counts them.
            public static let disks = "disk"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.mountpoint, .string, \.mountpoint),
            .value(Key.name, .string, \.name),
            .value(Key.type, .string, \.type),
            .value(Key.totalBytes, .ullong, \.totalBytes),
            .value(Key.usedBytes, .ullong, \.usedBytes),
            .records(Key.disks, \.disks),
        ]

        /// Where it is mounted (``Key/mountpoint``).
        public var mountpoint: String?
        /// Its device name in the guest, as `sda1` (``Key/name``).
        public var name: String?
        /// Its type, as `ext4` (``Key/type``).
        public var type: String?
        /// Its size, in bytes (``Key/totalBytes``).
        public var totalBytes: UInt64?
        /// The bytes in use (``Key/usedBytes``).
        public var usedBytes: UInt64?
        /// The disks it lies on (``Key/disks``).
        public var disks: [GuestFileSystemDisk]?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A disk a guest file system lies on (`fs.<n>.disk.<m>.*` of ``GuestInfo``).
    public struct GuestFileSystemDisk: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `alias`.
            public static let alias = "alias"
            /// `serial`.
            public static let serial = "serial"
            /// `device`.
            public static let device = "device"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.alias, .string, \.alias),
            .value(Key.serial, .string, \.serial),
            .value(Key.device, .string, \.device),
        ]

        /// The disk's device alias, as `sda` (``Key/alias``).
        public var alias: String?
        /// The disk's serial number (``Key/serial``).
        public var serial: String?
        /// The disk's device node (``Key/device``).
        public var device: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A disk as a guest sees it (`disk.<n>.*` of ``GuestInfo``).
    public struct GuestDisk: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `name`.
            public static let name = "name"
            /// `partition`.
            public static let isPartition = "partition"
            /// `serial`.
            public static let serial = "serial"
            /// `alias`.
            public static let alias = "alias"
            /// `guest_alias`.
            public static let guestAlias = "guest_alias"
            /// The prefix of the numbered `dependency.<n>.*` records; `dependency.count` counts them.
            public static let dependencies = "dependency"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.name, .string, \.name),
            .value(Key.isPartition, .boolean, \.isPartition),
            .value(Key.serial, .string, \.serial),
            .value(Key.alias, .string, \.alias),
            .value(Key.guestAlias, .string, \.guestAlias),
            .records(Key.dependencies, \.dependencies),
        ]

        /// Its device node (Linux) or UNC (Windows) (``Key/name``).
        public var name: String?
        /// Whether it is a partition rather than a disk (``Key/isPartition``).
        public var isPartition: Bool?
        /// Its serial number (``Key/serial``).
        public var serial: String?
        /// Its device alias, as `sda` (``Key/alias``).
        public var alias: String?
        /// The alias the guest gave it, as a device-mapper name (``Key/guestAlias``).
        public var guestAlias: String?
        /// The devices it depends on, as the physical volumes of a logical one (``Key/dependencies``).
        public var dependencies: [GuestDiskDependency]?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A device a guest disk depends on (`disk.<n>.dependency.<m>.*` of ``GuestInfo``).
    public struct GuestDiskDependency: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `name`.
            public static let name = "name"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.name, .string, \.name),
        ]

        /// The device's name (``Key/name``).
        public var name: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// A network interface as a guest sees it (`if.<n>.*` of ``GuestInfo``).
    public struct GuestInterface: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `name`.
            public static let name = "name"
            /// `hwaddr`.
            public static let hardwareAddress = "hwaddr"
            /// The prefix of the numbered `addr.<n>.*` records; `addr.count` counts them.
            public static let addresses = "addr"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.name, .string, \.name),
            .value(Key.hardwareAddress, .string, \.hardwareAddress),
            .records(Key.addresses, \.addresses),
        ]

        /// Its name in the guest, as `eth0` (``Key/name``).
        public var name: String?
        /// Its hardware address (``Key/hardwareAddress``).
        public var hardwareAddress: String?
        /// Its IP addresses (``Key/addresses``).
        public var addresses: [GuestInterfaceAddress]?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }

    /// An IP address of a guest interface (`if.<n>.addr.<m>.*` of ``GuestInfo``).
    public struct GuestInterfaceAddress: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `type`.
            public static let type = "type"
            /// `addr`.
            public static let address = "addr"
            /// `prefix`.
            public static let prefix = "prefix"
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.type, .string, \.type),
            .value(Key.address, .string, \.address),
            .value(Key.prefix, .uint, \.prefix),
        ]

        /// The address type, `ipv4` or `ipv6` (``Key/type``).
        public var type: String?
        /// The address (``Key/address``).
        public var address: String?
        /// The prefix length (``Key/prefix``).
        public var prefix: UInt32?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }
}
