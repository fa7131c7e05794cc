import CLibvirt

extension Domain {
    /// The typed parameters of ``Domain/migrate(to:parameters:flags:)`` and
    /// ``Domain/migrate(toURI:parameters:flags:)``; nil leaves a value to libvirt.
    public struct MigrationParameters: Sendable, Hashable {
        /// The URI to migrate the data over, such as `tcp://host:port` (`migrate_uri`).
        public var uri: String?
        /// The domain's name on the destination (`destination_name`).
        public var destinationName: String?
        /// The domain XML to use on the destination (`destination_xml`).
        public var destinationXML: String?
        /// The persistent domain XML to define on the destination (`persistent_xml`).
        public var persistentXML: String?
        /// Bandwidth limit in MiB/s (`bandwidth`).
        public var bandwidth: UInt64?
        /// Bandwidth limit during post-copy, in MiB/s (`bandwidth.postcopy`).
        public var postcopyBandwidth: UInt64?
        /// Where graphical clients should reconnect (`graphics_uri`).
        public var graphicsURI: String?
        /// The address the destination listens on for the migration (`listen_address`).
        public var listenAddress: String?
        /// The disks to copy with non-shared storage migration (`migrate_disks`).
        public var migrateDisks: [String]?
        /// The port of the destination's NBD server for disk copies (`disks_port`).
        public var disksPort: Int32?
        /// The URI of the destination's NBD server for disk copies (`disks_uri`).
        public var disksURI: String?
        /// The compression methods to use, such as `xbzrle` or `mt` (`compression`).
        public var compression: [String]?
        /// Compression level of the `mt` method (`compression.mt.level`).
        public var compressionMTLevel: Int32?
        /// Compression threads of the `mt` method (`compression.mt.threads`).
        public var compressionMTThreads: Int32?
        /// Decompression threads of the `mt` method (`compression.mt.dthreads`).
        public var compressionMTDecompressionThreads: Int32?
        /// Size of the `xbzrle` cache, in bytes (`compression.xbzrle.cache`).
        public var compressionXBZRLECache: UInt64?
        /// Initial CPU throttling percentage of auto-converge (`auto_converge.initial`).
        public var autoConvergeInitial: Int32?
        /// Throttling increment of auto-converge (`auto_converge.increment`).
        public var autoConvergeIncrement: Int32?
        /// Connections of a parallel migration (`parallel.connections`).
        public var parallelConnections: Int32?
        /// The host name to check the destination's TLS certificate against (`tls.destination`).
        public var tlsDestination: String?
        /// Other parameters, passed as given.
        public var extra: TypedParameters

        /// Creates migration parameters; set the fields you need.
        public init(extra: TypedParameters = TypedParameters()) {
            self.extra = extra
        }

        /// The typed parameters libvirt takes.
        public var typedParameters: TypedParameters {
            var parameters = extra
            if let uri { parameters[VIR_MIGRATE_PARAM_URI] = .string(uri) }
            if let destinationName { parameters[VIR_MIGRATE_PARAM_DEST_NAME] = .string(destinationName) }
            if let destinationXML { parameters[VIR_MIGRATE_PARAM_DEST_XML] = .string(destinationXML) }
            if let persistentXML { parameters[VIR_MIGRATE_PARAM_PERSIST_XML] = .string(persistentXML) }
            if let bandwidth { parameters[VIR_MIGRATE_PARAM_BANDWIDTH] = .unsignedLongLong(bandwidth) }
            if let postcopyBandwidth { parameters[VIR_MIGRATE_PARAM_BANDWIDTH_POSTCOPY] = .unsignedLongLong(postcopyBandwidth) }
            if let graphicsURI { parameters[VIR_MIGRATE_PARAM_GRAPHICS_URI] = .string(graphicsURI) }
            if let listenAddress { parameters[VIR_MIGRATE_PARAM_LISTEN_ADDRESS] = .string(listenAddress) }
            for value in migrateDisks ?? [] { parameters.append(VIR_MIGRATE_PARAM_MIGRATE_DISKS, .string(value)) }
            if let disksPort { parameters[VIR_MIGRATE_PARAM_DISKS_PORT] = .int(disksPort) }
            if let disksURI { parameters[VIR_MIGRATE_PARAM_DISKS_URI] = .string(disksURI) }
            for value in compression ?? [] { parameters.append(VIR_MIGRATE_PARAM_COMPRESSION, .string(value)) }
            if let compressionMTLevel { parameters[VIR_MIGRATE_PARAM_COMPRESSION_MT_LEVEL] = .int(compressionMTLevel) }
            if let compressionMTThreads { parameters[VIR_MIGRATE_PARAM_COMPRESSION_MT_THREADS] = .int(compressionMTThreads) }
            if let compressionMTDecompressionThreads { parameters[VIR_MIGRATE_PARAM_COMPRESSION_MT_DTHREADS] = .int(compressionMTDecompressionThreads) }
            if let compressionXBZRLECache { parameters[VIR_MIGRATE_PARAM_COMPRESSION_XBZRLE_CACHE] = .unsignedLongLong(compressionXBZRLECache) }
            if let autoConvergeInitial { parameters[VIR_MIGRATE_PARAM_AUTO_CONVERGE_INITIAL] = .int(autoConvergeInitial) }
            if let autoConvergeIncrement { parameters[VIR_MIGRATE_PARAM_AUTO_CONVERGE_INCREMENT] = .int(autoConvergeIncrement) }
            if let parallelConnections { parameters[VIR_MIGRATE_PARAM_PARALLEL_CONNECTIONS] = .int(parallelConnections) }
            if let tlsDestination { parameters[VIR_MIGRATE_PARAM_TLS_DESTINATION] = .string(tlsDestination) }
            return parameters
        }
    }
}
