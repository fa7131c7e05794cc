import FoundationEssentials

extension Network {
    /// A lease the network's DHCP server gave out (`virNetworkDHCPLease`).
    public struct DHCPLease: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The network interface (bridge) the lease was given on.
        public let interface: String
        /// When the lease expires.
        public let expiryTime: Date
        /// Whether ``ipAddress`` is IPv4 or IPv6.
        public let type: IPAddressType
        /// The client's MAC address, when libvirt knows it (IPv4 leases have one).
        public let macAddress: String?
        /// The IAID of an IPv6 lease.
        public let iaid: String?
        /// The address leased.
        public let ipAddress: String
        /// The prefix length of the leased address's network.
        public let prefix: Int
        /// The host name the client sent, if any.
        public let hostname: String?
        /// The client's id (IPv4) or DUID (IPv6), if any.
        public let clientID: String?

        /// Creates a lease record.
        public init(
            interface: String, expiryTime: Date, type: IPAddressType, macAddress: String?, iaid: String?,
            ipAddress: String, prefix: Int, hostname: String?, clientID: String?
        ) {
            self.interface = interface
            self.expiryTime = expiryTime
            self.type = type
            self.macAddress = macAddress
            self.iaid = iaid
            self.ipAddress = ipAddress
            self.prefix = prefix
            self.hostname = hostname
            self.clientID = clientID
        }
    }
}
