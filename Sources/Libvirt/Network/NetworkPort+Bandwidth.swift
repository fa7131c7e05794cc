import CLibvirt

extension NetworkPort {
    /// A port's quality of service (`VIR_NETWORK_PORT_BANDWIDTH_*`), each key
    /// nil when the port does not have it or, when setting, to keep it.
    ///
    /// Rates are in KiB/s, bursts in KiB.
    public struct Bandwidth: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE`.
            public static let inboundAverage = VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE
            /// `VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK`.
            public static let inboundPeak = VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK
            /// `VIR_NETWORK_PORT_BANDWIDTH_IN_BURST`.
            public static let inboundBurst = VIR_NETWORK_PORT_BANDWIDTH_IN_BURST
            /// `VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR`.
            public static let inboundFloor = VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR
            /// `VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE`.
            public static let outboundAverage = VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE
            /// `VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK`.
            public static let outboundPeak = VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK
            /// `VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST`.
            public static let outboundBurst = VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.inboundAverage, .uint, \.inboundAverage),
            .value(Key.inboundPeak, .uint, \.inboundPeak),
            .value(Key.inboundBurst, .uint, \.inboundBurst),
            .value(Key.inboundFloor, .uint, \.inboundFloor),
            .value(Key.outboundAverage, .uint, \.outboundAverage),
            .value(Key.outboundPeak, .uint, \.outboundPeak),
            .value(Key.outboundBurst, .uint, \.outboundBurst),
        ]

        /// The average inbound rate (``Key/inboundAverage``).
        public var inboundAverage: UInt32?
        /// The peak inbound rate (``Key/inboundPeak``).
        public var inboundPeak: UInt32?
        /// How much may arrive at peak rate (``Key/inboundBurst``).
        public var inboundBurst: UInt32?
        /// The inbound rate guaranteed to the port (``Key/inboundFloor``).
        public var inboundFloor: UInt32?
        /// The average outbound rate (``Key/outboundAverage``).
        public var outboundAverage: UInt32?
        /// The peak outbound rate (``Key/outboundPeak``).
        public var outboundPeak: UInt32?
        /// How much may leave at peak rate (``Key/outboundBurst``).
        public var outboundBurst: UInt32?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a bandwidth setting; keys left nil are not set.
        public init(
            inboundAverage: UInt32? = nil, inboundPeak: UInt32? = nil, inboundBurst: UInt32? = nil,
            inboundFloor: UInt32? = nil, outboundAverage: UInt32? = nil, outboundPeak: UInt32? = nil,
            outboundBurst: UInt32? = nil
        ) {
            self.inboundAverage = inboundAverage
            self.inboundPeak = inboundPeak
            self.inboundBurst = inboundBurst
            self.inboundFloor = inboundFloor
            self.outboundAverage = outboundAverage
            self.outboundPeak = outboundPeak
            self.outboundBurst = outboundBurst
        }

        /// Creates a setting with every key nil.
        public init() {}
    }
}
