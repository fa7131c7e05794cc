import CLibvirt

extension Network {
    /// Flags for defining a network (`virNetworkDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for creating a transient network (`virNetworkCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Flags for a network's XML description (`virNetworkXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Filters for listing networks (`virConnectListAllNetworksFlags`); an empty set lists all.
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which definition a network update changes (`virNetworkUpdateFlags`):
    /// the running network, the persistent one, or both; empty means the current one.
    ///
    /// Hand-written rather than generated: libvirt's `VIR_NETWORK_UPDATE_AFFECT_CURRENT`
    /// is 0, which an `OptionSet` spells `[]`.
    public struct UpdateFlags: OptionSet, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates flags from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// Change the running network only (`VIR_NETWORK_UPDATE_AFFECT_LIVE`).
        public static let live = UpdateFlags(rawValue: VIR_NETWORK_UPDATE_AFFECT_LIVE.rawValue)
        /// Change the persistent definition only (`VIR_NETWORK_UPDATE_AFFECT_CONFIG`).
        public static let config = UpdateFlags(rawValue: VIR_NETWORK_UPDATE_AFFECT_CONFIG.rawValue)
    }

    /// What a network update does to the section it names (`virNetworkUpdateCommand`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips.
    public struct UpdateCommand: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates a value from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// Add an element at the end of the list.
        ///
        /// The C constant `VIR_NETWORK_UPDATE_COMMAND_ADD_LAST`, written by hand:
        /// the generator passes over names ending in `_LAST`, taking them for sentinels.
        public static let addLast = UpdateCommand(rawValue: VIR_NETWORK_UPDATE_COMMAND_ADD_LAST.rawValue)
    }

    /// The part of a network's XML an update changes (`virNetworkUpdateSection`).
    ///
    /// A `RawRepresentable` struct rather than an enum, so that a value a newer
    /// libvirt adds still round-trips.
    public struct UpdateSection: RawRepresentable, Sendable, Hashable {
        /// The C value.
        public let rawValue: UInt32

        /// Creates a value from the C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}
