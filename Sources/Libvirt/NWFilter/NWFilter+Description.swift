import CLibvirt
import FoundationEssentials

extension NWFilter {
    // MARK: - Identity

    /// The filter's name.
    ///
    /// Wraps `virNWFilterGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virNWFilterGetName(pointer), "virNWFilterGetName")
    }

    /// The filter's UUID.
    ///
    /// Wraps `virNWFilterGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virNWFilterGetUUID") { virNWFilterGetUUID(pointer, $0) }
    }

    /// The filter's UUID as libvirt writes it (lowercase, with dashes).
    ///
    /// Wraps `virNWFilterGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virNWFilterGetUUIDString") { virNWFilterGetUUIDString(pointer, $0) }
    }

    // MARK: - Configuration

    /// The filter's XML description.
    ///
    /// Wraps `virNWFilterGetXMLDesc`.
    public func xml() throws(LibvirtError) -> String {
        try takeString(virNWFilterGetXMLDesc(pointer, 0), "virNWFilterGetXMLDesc")
    }

    // MARK: - Removing

    /// Removes the filter's definition (refused while a guest interface uses it).
    ///
    /// Wraps `virNWFilterUndefine`.
    public func undefine() throws(LibvirtError) {
        try check(virNWFilterUndefine(pointer), "virNWFilterUndefine")
    }
}
