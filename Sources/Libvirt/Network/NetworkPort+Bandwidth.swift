import CLibvirt

extension NetworkPort {
    /// A port's or a domain interface's quality of service
    /// (`VIR_NETWORK_PORT_BANDWIDTH_*`, whose strings `VIR_DOMAIN_BANDWIDTH_*`
    /// repeats), each key nil when the port does not have it or, when setting,
    /// to keep it; 0 removes a limit of a domain's interface.
    ///
    /// Rates are in KiB/s, bursts in KiB. ``Domain/InterfaceParameters`` names
    /// it for ``Domain/setInterfaceParameters(_:_:impact:)``.
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
            .value(Key.inboundAverage, .uint, \.inboundAverageKiBPerSecond),
            .value(Key.inboundPeak, .uint, \.inboundPeakKiBPerSecond),
            .value(Key.inboundBurst, .uint, \.inboundBurstKiB),
            .value(Key.inboundFloor, .uint, \.inboundFloorKiBPerSecond),
            .value(Key.outboundAverage, .uint, \.outboundAverageKiBPerSecond),
            .value(Key.outboundPeak, .uint, \.outboundPeakKiBPerSecond),
            .value(Key.outboundBurst, .uint, \.outboundBurstKiB),
        ]

        /// The average inbound rate (``Key/inboundAverage``).
        public var inboundAverageKiBPerSecond: UInt32?
        /// The peak inbound rate (``Key/inboundPeak``).
        public var inboundPeakKiBPerSecond: UInt32?
        /// How much may arrive at peak rate (``Key/inboundBurst``).
        public var inboundBurstKiB: UInt32?
        /// The inbound rate guaranteed to the port (``Key/inboundFloor``).
        public var inboundFloorKiBPerSecond: UInt32?
        /// The average outbound rate (``Key/outboundAverage``).
        public var outboundAverageKiBPerSecond: UInt32?
        /// The peak outbound rate (``Key/outboundPeak``).
        public var outboundPeakKiBPerSecond: UInt32?
        /// How much may leave at peak rate (``Key/outboundBurst``).
        public var outboundBurstKiB: UInt32?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates a bandwidth setting; keys left nil are not set.
        public init(
            inboundAverageKiBPerSecond: UInt32? = nil, inboundPeakKiBPerSecond: UInt32? = nil, inboundBurstKiB: UInt32? = nil,
            inboundFloorKiBPerSecond: UInt32? = nil, outboundAverageKiBPerSecond: UInt32? = nil, outboundPeakKiBPerSecond: UInt32? = nil,
            outboundBurstKiB: UInt32? = nil
        ) {
            self.inboundAverageKiBPerSecond = inboundAverageKiBPerSecond
            self.inboundPeakKiBPerSecond = inboundPeakKiBPerSecond
            self.inboundBurstKiB = inboundBurstKiB
            self.inboundFloorKiBPerSecond = inboundFloorKiBPerSecond
            self.outboundAverageKiBPerSecond = outboundAverageKiBPerSecond
            self.outboundPeakKiBPerSecond = outboundPeakKiBPerSecond
            self.outboundBurstKiB = outboundBurstKiB
        }

        /// Creates a setting with every key nil.
        public init() {}
    }
}
