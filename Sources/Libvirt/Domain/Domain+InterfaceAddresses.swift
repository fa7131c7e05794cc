import CLibvirt
import Glibc

extension Domain {
    // MARK: - Guest interface addresses

    /// The guest's network interfaces and their IP addresses, read from DHCP
    /// leases, the guest agent or the host's ARP table.
    ///
    /// Wraps `virDomainInterfaceAddresses` and `virDomainInterfaceFree`.
    public func interfaceAddresses(source: InterfaceAddressSource = .lease) throws(LibvirtError) -> [DomainInterface] {
        var list: UnsafeMutablePointer<virDomainInterfacePtr?>? = nil
        let count = try check(
            virDomainInterfaceAddresses(pointer, &list, UInt32(bitPattern: source.rawValue), 0),
            "virDomainInterfaceAddresses")
        guard let list else { return [] }
        defer {
            for index in 0..<Int(count) { virDomainInterfaceFree(list[index]) }
            free(list)
        }
        return (0..<Int(count)).compactMap { index in
            guard let interface = list[index]?.pointee else { return nil }
            let addresses = (0..<Int(interface.naddrs)).compactMap { position -> DomainInterface.Address? in
                guard let address = interface.addrs?[position] else { return nil }
                return DomainInterface.Address(
                    type: IPAddressType(rawValue: address.type),
                    address: address.addr.map { String(cString: $0) } ?? "",
                    prefix: Int(address.prefix))
            }
            return DomainInterface(
                name: interface.name.map { String(cString: $0) } ?? "",
                hardwareAddress: interface.hwaddr.map { String(cString: $0) },
                addresses: addresses)
        }
    }
}
