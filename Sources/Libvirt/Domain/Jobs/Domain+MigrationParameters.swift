import CLibvirt

extension Domain {
    /// The typed parameters of ``Domain/migrate(to:parameters:flags:)`` and
    /// ``Domain/migrate(toURI:parameters:flags:)`` (`VIR_MIGRATE_PARAM_*`); nil
    /// leaves a value to libvirt.
    public struct MigrationParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_MIGRATE_PARAM_URI`.
            public static let uri = VIR_MIGRATE_PARAM_URI
            /// `VIR_MIGRATE_PARAM_DEST_NAME`.
            public static let destinationName = VIR_MIGRATE_PARAM_DEST_NAME
            /// `VIR_MIGRATE_PARAM_DEST_XML`.
            public static let destinationXML = VIR_MIGRATE_PARAM_DEST_XML
            /// `VIR_MIGRATE_PARAM_PERSIST_XML`.
            public static let persistentXML = VIR_MIGRATE_PARAM_PERSIST_XML
            /// `VIR_MIGRATE_PARAM_BANDWIDTH`.
            public static let bandwidth = VIR_MIGRATE_PARAM_BANDWIDTH
            /// `VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY`.
            public static let postcopyBandwidth = VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY
            /// `VIR_MIGRATE_PARAM_GRAPHICS_URI`.
            public static let graphicsURI = VIR_MIGRATE_PARAM_GRAPHICS_URI
            /// `VIR_MIGRATE_PARAM_LISTEN_ADDRESS`.
            public static let listenAddress = VIR_MIGRATE_PARAM_LISTEN_ADDRESS
            /// `VIR_MIGRATE_PARAM_MIGRATE_DISKS`.
            public static let migrateDisks = VIR_MIGRATE_PARAM_MIGRATE_DISKS
            /// `VIR_MIGRATE_PARAM_DISKS_PORT`.
            public static let disksPort = VIR_MIGRATE_PARAM_DISKS_PORT
            /// `VIR_MIGRATE_PARAM_DISKS_URI`.
            public static let disksURI = VIR_MIGRATE_PARAM_DISKS_URI
            /// `VIR_MIGRATE_PARAM_COMPRESSION`.
            public static let compression = VIR_MIGRATE_PARAM_COMPRESSION
            /// `VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL`.
            public static let compressionMTLevel = VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL
            /// `VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS`.
            public static let compressionMTThreads = VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS
            /// `VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS`.
            public static let compressionMTDecompressionThreads = VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS
            /// `VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE`.
            public static let compressionXBZRLECache = VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE
            /// `VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL`.
            public static let autoConvergeInitial = VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL
            /// `VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT`.
            public static let autoConvergeIncrement = VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT
            /// `VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS`.
            public static let parallelConnections = VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS
            /// `VIR_MIGRATE_PARAM_TLS_DESTINATION`.
            public static let tlsDestination = VIR_MIGRATE_PARAM_TLS_DESTINATION
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.uri, .string, \.uri),
            .value(Key.destinationName, .string, \.destinationName),
            .value(Key.destinationXML, .string, \.destinationXML),
            .value(Key.persistentXML, .string, \.persistentXML),
            .value(Key.bandwidth, .ullong, \.bandwidthMiBPerSecond),
            .value(Key.postcopyBandwidth, .ullong, \.postcopyBandwidthMiBPerSecond),
            .value(Key.graphicsURI, .string, \.graphicsURI),
            .value(Key.listenAddress, .string, \.listenAddress),
            .strings(Key.migrateDisks, \.migrateDisks),
            .value(Key.disksPort, .int, \.disksPort),
            .value(Key.disksURI, .string, \.disksURI),
            .strings(Key.compression, \.compression),
            .value(Key.compressionMTLevel, .int, \.compressionMTLevel),
            .value(Key.compressionMTThreads, .int, \.compressionMTThreads),
            .value(Key.compressionMTDecompressionThreads, .int, \.compressionMTDecompressionThreads),
            .value(Key.compressionXBZRLECache, .ullong, \.compressionXBZRLECacheBytes),
            .value(Key.autoConvergeInitial, .int, \.autoConvergeInitial),
            .value(Key.autoConvergeIncrement, .int, \.autoConvergeIncrement),
            .value(Key.parallelConnections, .int, \.parallelConnections),
            .value(Key.tlsDestination, .string, \.tlsDestination),
        ]

        /// The URI to migrate the data over, such as `tcp://host:port` (``Key/uri``).
        public var uri: String?
        /// The domain's name on the destination (``Key/destinationName``).
        public var destinationName: String?
        /// The domain XML to use on the destination (``Key/destinationXML``).
        public var destinationXML: String?
        /// The persistent domain XML to define on the destination (``Key/persistentXML``).
        public var persistentXML: String?
        /// Bandwidth limit, in MiB/s (``Key/bandwidth``).
        public var bandwidthMiBPerSecond: UInt64?
        /// Bandwidth limit during post-copy, in MiB/s (``Key/postcopyBandwidth``).
        public var postcopyBandwidthMiBPerSecond: UInt64?
        /// Where graphical clients should reconnect (``Key/graphicsURI``).
        public var graphicsURI: String?
        /// The address the destination listens on for the migration (``Key/listenAddress``).
        public var listenAddress: String?
        /// The disks to copy with non-shared storage migration, passed as repeated strings (``Key/migrateDisks``).
        public var migrateDisks: [String]?
        /// The port of the destination's NBD server for disk copies (``Key/disksPort``).
        public var disksPort: Int?
        /// The URI of the destination's NBD server for disk copies (``Key/disksURI``).
        public var disksURI: String?
        /// The compression methods to use, such as `xbzrle` or `mt`, passed as repeated strings (``Key/compression``).
        public var compression: [String]?
        /// Compression level of the `mt` method (``Key/compressionMTLevel``).
        public var compressionMTLevel: Int?
        /// Compression threads of the `mt` method (``Key/compressionMTThreads``).
        public var compressionMTThreads: Int?
        /// Decompression threads of the `mt` method (``Key/compressionMTDecompressionThreads``).
        public var compressionMTDecompressionThreads: Int?
        /// Size of the `xbzrle` cache, in bytes (``Key/compressionXBZRLECache``).
        public var compressionXBZRLECacheBytes: UInt64?
        /// Initial CPU throttling percentage of auto-converge (``Key/autoConvergeInitial``).
        public var autoConvergeInitial: Int?
        /// Throttling increment of auto-converge, in percent (``Key/autoConvergeIncrement``).
        public var autoConvergeIncrement: Int?
        /// Connections of a parallel migration (``Key/parallelConnections``).
        public var parallelConnections: Int?
        /// The host name to check the destination's TLS certificate against (``Key/tlsDestination``).
        public var tlsDestination: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a record with every field nil.
        public init() {}
    }
}
