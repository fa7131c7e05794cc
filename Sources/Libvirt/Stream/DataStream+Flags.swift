import CLibvirt

extension DataStream {
    /// Flags for a new stream (`virStreamFlags`).
    public struct Flags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// A stream whose calls do not block: data moves when the event loop
        /// says the stream is ready (`VIR_STREAM_NONBLOCK`).
        public static let nonBlocking = Flags(rawValue: VIR_STREAM_NONBLOCK.rawValue)
    }
}
