import CLibvirt

extension Domain {
    /// Options for opening a console (`virDomainConsoleFlags`).
    public struct ConsoleFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for opening a channel (`virDomainChannelFlags`).
    public struct ChannelFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }

    /// Options for connecting to a graphics display (`virDomainOpenGraphicsFlags`).
    public struct OpenGraphicsFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32
        /// Creates flags from their C value.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
    }
}
