import CLibvirt
import FoundationEssentials
import Glibc

extension Network {
    // MARK: - DHCP leases

    /// The leases the network's DHCP server holds, all of them or only those
    /// of the client with MAC address `macAddress`.
    ///
    /// Wraps `virNetworkGetDHCPLeases`, `virNetworkDHCPLeaseFree`.
    public func dhcpLeases(macAddress: String? = nil) throws(LibvirtError) -> [DHCPLease] {
        try cString(macAddress, "macAddress", function: "virNetworkGetDHCPLeases")
        var leases: UnsafeMutablePointer<UnsafeMutablePointer<virNetworkDHCPLease>?>? = nil
        let count = try check(virNetworkGetDHCPLeases(pointer, macAddress, &leases, 0), "virNetworkGetDHCPLeases")
        guard let leases else { return [] }
        defer {
            for index in 0..<Int(count) { virNetworkDHCPLeaseFree(leases[index]) }
            free(leases)
        }
        return (0..<Int(count)).compactMap { index in leases[index].map { DHCPLease($0.pointee) } }
    }
}

extension Network.DHCPLease {
    /// Copies a C lease.
    init(_ lease: virNetworkDHCPLease) {
        func text(_ string: UnsafeMutablePointer<CChar>?) -> String? { string.map { String(cString: $0) } }
        self.init(
            interface: text(lease.iface) ?? "",
            expiryTime: Date(timeIntervalSince1970: TimeInterval(lease.expirytime)),
            type: IPAddressType(rawValue: lease.type),
            macAddress: text(lease.mac),
            iaid: text(lease.iaid),
            ipAddress: text(lease.ipaddr) ?? "",
            prefix: Int(lease.prefix),
            hostname: text(lease.hostname),
            clientID: text(lease.clientid))
    }
}
