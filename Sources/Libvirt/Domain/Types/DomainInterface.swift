/// A guest network interface and its addresses, as ``Domain/interfaceAddresses(source:)``
/// reports it (`virDomainInterface`).
public struct DomainInterface: Sendable, Hashable {
    /// One IP address of an interface (`virDomainIPAddress`).
    public struct Address: Sendable, Hashable {
        /// IPv4 or IPv6.
        public let type: IPAddressType
        /// The address, as text.
        public let address: String
        /// The network prefix length.
        public let prefix: Int

        /// Creates an address.
        public init(type: IPAddressType, address: String, prefix: Int) {
            self.type = type
            self.address = address
            self.prefix = prefix
        }
    }

    /// The interface's name in the guest (or on the host, for leases and ARP).
    public let name: String
    /// The hardware (MAC) address, when known.
    public let hardwareAddress: String?
    /// The IP addresses.
    public let addresses: [Address]
}
