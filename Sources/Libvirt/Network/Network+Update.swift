import CLibvirt

extension Network {
    // MARK: - Changing part of a network

    /// Changes one section of the network's definition in place, without
    /// redefining all of it: adds, deletes or modifies an element such as a DHCP
    /// host or range, a DNS record or a port group.
    ///
    /// ```swift
    /// try await network.update(.addLast, section: .ipDHCPHost,
    ///     xml: "<host mac='52:54:00:00:00:01' ip='192.168.122.45'/>", flags: [.live, .config])
    /// ```
    ///
    /// - Parameters:
    ///   - command: what to do with `xml`.
    ///   - section: the part of the network `xml` is an element of.
    ///   - parentIndex: which parent element the section belongs to (for
    ///     example the index of the `<ip>` of a DHCP host), or -1 for the first
    ///     one that fits.
    ///   - xml: the element to add, delete or modify.
    ///   - flags: whether the running network, its persistent definition or
    ///     both change (empty: the current one).
    ///
    /// Wraps `virNetworkUpdate`.
    public func update(
        _ command: UpdateCommand, section: UpdateSection, parentIndex: Int = -1, xml: String,
        flags: UpdateFlags = []
    ) throws(LibvirtError) {
        try cString(xml, "xml", function: "virNetworkUpdate")
        let parentIndex = try cInt32(parentIndex, "parentIndex", function: "virNetworkUpdate", in: -1...Int32.max)
        try check(
            virNetworkUpdate(pointer, command.rawValue, section.rawValue, parentIndex, xml, flags.rawValue),
            "virNetworkUpdate")
    }
}
