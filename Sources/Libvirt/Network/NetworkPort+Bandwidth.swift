import CLibvirt

extension NetworkPort {
    /// A port's quality of service: the bandwidth keys of its parameters, each
    /// present only when the port has it.
    ///
    /// Rates are in kibibytes per second, bursts in kibibytes.
    public struct Bandwidth: Sendable, Hashable {
        /// The average inbound rate (`inbound.average`).
        public var inboundAverage: UInt32?
        /// The peak inbound rate (`inbound.peak`).
        public var inboundPeak: UInt32?
        /// How much may arrive at peak rate (`inbound.burst`).
        public var inboundBurst: UInt32?
        /// The inbound rate guaranteed to the port (`inbound.floor`).
        public var inboundFloor: UInt32?
        /// The average outbound rate (`outbound.average`).
        public var outboundAverage: UInt32?
        /// The peak outbound rate (`outbound.peak`).
        public var outboundPeak: UInt32?
        /// How much may leave at peak rate (`outbound.burst`).
        public var outboundBurst: UInt32?

        /// Creates a bandwidth setting; keys left `nil` are not set.
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

        /// Reads the bandwidth keys of a port's parameters.
        public init(_ parameters: TypedParameters) {
            func value(_ name: String) -> UInt32? { parameters.uint64(name).flatMap { UInt32(exactly: $0) } }
            self.init(
                inboundAverage: value(VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE),
                inboundPeak: value(VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK),
                inboundBurst: value(VIR_NETWORK_PORT_BANDWIDTH_IN_BURST),
                inboundFloor: value(VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR),
                outboundAverage: value(VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE),
                outboundPeak: value(VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK),
                outboundBurst: value(VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST))
        }

        /// The keys that are set, as typed parameters (each a C `unsigned int`).
        public var parameters: TypedParameters {
            var parameters = TypedParameters()
            let keys: [(String, UInt32?)] = [
                (VIR_NETWORK_PORT_BANDWIDTH_IN_AVERAGE, inboundAverage),
                (VIR_NETWORK_PORT_BANDWIDTH_IN_PEAK, inboundPeak),
                (VIR_NETWORK_PORT_BANDWIDTH_IN_BURST, inboundBurst),
                (VIR_NETWORK_PORT_BANDWIDTH_IN_FLOOR, inboundFloor),
                (VIR_NETWORK_PORT_BANDWIDTH_OUT_AVERAGE, outboundAverage),
                (VIR_NETWORK_PORT_BANDWIDTH_OUT_PEAK, outboundPeak),
                (VIR_NETWORK_PORT_BANDWIDTH_OUT_BURST, outboundBurst),
            ]
            for (name, value) in keys {
                if let value { parameters.append(name, .uint(value)) }
            }
            return parameters
        }
    }
}
