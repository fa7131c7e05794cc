import CLibvirt

extension NWFilterBinding {
    // MARK: - What is bound

    /// The guest interface (port device) the filter applies to, such as `vnet0`.
    ///
    /// Wraps `virNWFilterBindingGetPortDev`.
    public func portDevice() throws(LibvirtError) -> String {
        try borrowString(virNWFilterBindingGetPortDev(pointer), "virNWFilterBindingGetPortDev")
    }

    /// The name of the filter bound.
    ///
    /// Wraps `virNWFilterBindingGetFilterName`.
    public func filterName() throws(LibvirtError) -> String {
        try borrowString(virNWFilterBindingGetFilterName(pointer), "virNWFilterBindingGetFilterName")
    }

    /// The binding's XML description.
    ///
    /// Wraps `virNWFilterBindingGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virNWFilterBindingGetXMLDesc(pointer, 0), "virNWFilterBindingGetXMLDesc")
    }

    // MARK: - Removing

    /// Removes the binding: the filter's rules stop applying to the interface.
    ///
    /// Wraps `virNWFilterBindingDelete`.
    public func delete() throws(LibvirtError) {
        try check(virNWFilterBindingDelete(pointer), "virNWFilterBindingDelete")
    }
}
