import CLibvirt
import FoundationEssentials

extension Connection {
    // MARK: - Looking up a filter

    /// The network filter named `name`.
    ///
    /// Wraps `virNWFilterLookupByName`.
    public func nwFilter(named name: String) throws(LibvirtError) -> NWFilter {
        try cString(name, "name", function: "virNWFilterLookupByName")
        let connection = try handle("virNWFilterLookupByName")
        return makeNWFilter(try check(virNWFilterLookupByName(connection, name), "virNWFilterLookupByName"))
    }

    /// The network filter whose UUID is `uuid`.
    ///
    /// Wraps `virNWFilterLookupByUUID`.
    public func nwFilter(uuid: UUID) throws(LibvirtError) -> NWFilter {
        let connection = try handle("virNWFilterLookupByUUID")
        let filter = HandleUUID.withBytes(uuid) { virNWFilterLookupByUUID(connection, $0) }
        return makeNWFilter(try check(filter, "virNWFilterLookupByUUID"))
    }

    /// The network filter whose UUID is written `uuidString`.
    ///
    /// Wraps `virNWFilterLookupByUUIDString`.
    public func nwFilter(uuidString: String) throws(LibvirtError) -> NWFilter {
        try cString(uuidString, "uuidString", function: "virNWFilterLookupByUUIDString")
        let connection = try handle("virNWFilterLookupByUUIDString")
        return makeNWFilter(
            try check(virNWFilterLookupByUUIDString(connection, uuidString), "virNWFilterLookupByUUIDString"))
    }

    // MARK: - Listing filters

    /// The network filters.
    ///
    /// Wraps `virConnectListAllNWFilters`.
    public func nwFilters() throws(LibvirtError) -> [NWFilter] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virConnectListAllNWFilters(try handle("virConnectListAllNWFilters"), &list, 0), "virConnectListAllNWFilters")
        return takeHandles(list, count: count) { NWFilter($0, connection: self, executor: lane(nil)) }
    }

    /// The names of the network filters.
    ///
    /// Wraps `virConnectNumOfNWFilters` and `virConnectListNWFilters`.
    public func nwFilterNames() throws(LibvirtError) -> [String] {
        let connection = try handle("virConnectListNWFilters")
        return try names(
            count: { virConnectNumOfNWFilters(connection) }, countFunction: "virConnectNumOfNWFilters",
            list: { virConnectListNWFilters(connection, $0, $1) }, listFunction: "virConnectListNWFilters")
    }

    /// How many network filters there are.
    ///
    /// Wraps `virConnectNumOfNWFilters`.
    public func nwFilterCount() throws(LibvirtError) -> Int {
        Int(try check(virConnectNumOfNWFilters(try handle("virConnectNumOfNWFilters")), "virConnectNumOfNWFilters"))
    }

    // MARK: - Defining filters

    /// Defines a network filter from its XML (or changes an existing one).
    ///
    /// With no flags this calls `virNWFilterDefineXML`, which daemons older
    /// than libvirt 7.7 also answer.
    ///
    /// Wraps `virNWFilterDefineXML` and `virNWFilterDefineXMLFlags`.
    public func defineNWFilter(xml: String, flags: NWFilter.DefineFlags = []) throws(LibvirtError) -> NWFilter {
        try cString(xml, "xml", function: "virNWFilterDefineXML")
        let connection = try handle("virNWFilterDefineXML")
        let filter =
            flags.isEmpty
            ? try check(virNWFilterDefineXML(connection, xml), "virNWFilterDefineXML")
            : try check(virNWFilterDefineXMLFlags(connection, xml, flags.rawValue), "virNWFilterDefineXMLFlags")
        return makeNWFilter(filter)
    }

    // MARK: - Filter bindings

    /// The filter binding of the guest interface (port device) named `portDevice`,
    /// such as `vnet0`.
    ///
    /// Wraps `virNWFilterBindingLookupByPortDev`.
    public func nwFilterBinding(portDevice: String) throws(LibvirtError) -> NWFilterBinding {
        try cString(portDevice, "portDevice", function: "virNWFilterBindingLookupByPortDev")
        let connection = try handle("virNWFilterBindingLookupByPortDev")
        let binding = try check(
            virNWFilterBindingLookupByPortDev(connection, portDevice), "virNWFilterBindingLookupByPortDev")
        return makeNWFilterBinding(binding)
    }

    /// The filter bindings: which filter applies to which guest interface.
    ///
    /// Wraps `virConnectListAllNWFilterBindings`.
    public func nwFilterBindings() throws(LibvirtError) -> [NWFilterBinding] {
        var list: UnsafeMutablePointer<OpaquePointer?>? = nil
        let count = try check(
            virConnectListAllNWFilterBindings(try handle("virConnectListAllNWFilterBindings"), &list, 0),
            "virConnectListAllNWFilterBindings")
        return takeHandles(list, count: count) { NWFilterBinding($0, connection: self, executor: lane(nil)) }
    }

    /// Binds a filter to a guest interface from the binding's XML (a
    /// `<filterbinding>` with owner, port device, MAC address and filter
    /// reference), applying its rules to that interface's traffic.
    ///
    /// Wraps `virNWFilterBindingCreateXML`.
    public func createNWFilterBinding(
        xml: String, flags: NWFilterBinding.CreateFlags = []
    ) throws(LibvirtError) -> NWFilterBinding {
        try cString(xml, "xml", function: "virNWFilterBindingCreateXML")
        let connection = try handle("virNWFilterBindingCreateXML")
        let binding = try check(
            virNWFilterBindingCreateXML(connection, xml, flags.rawValue), "virNWFilterBindingCreateXML")
        return makeNWFilterBinding(binding)
    }

    // MARK: - Wrapping

    /// Hands one reference to a C filter to a new actor.
    private func makeNWFilter(_ filter: OpaquePointer) -> NWFilter {
        NWFilter(TransferredPointer(pointer: filter), connection: self, executor: lane(nil))
    }

    /// Hands one reference to a C filter binding to a new actor.
    private func makeNWFilterBinding(_ binding: OpaquePointer) -> NWFilterBinding {
        NWFilterBinding(TransferredPointer(pointer: binding), connection: self, executor: lane(nil))
    }
}
