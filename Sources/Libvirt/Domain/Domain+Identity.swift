import CLibvirt
import FoundationEssentials
import Glibc

extension Domain {
    // MARK: - Names and numbers

    /// The hypervisor's ID of the running domain, or nil when it is not running
    /// (what ``Connection/domain(id:)`` looks up; the domain's lasting identity is
    /// its UUID, ``id``).
    ///
    /// Wraps `virDomainGetID`.
    public func hypervisorID() throws(LibvirtError) -> Int? {
        // (unsigned)-1 is the ID of an inactive domain; a valid handle cannot fail.
        let id = Int32(bitPattern: virDomainGetID(pointer))
        return id < 0 ? nil : Int(id)
    }

    /// The domain's name.
    ///
    /// Wraps `virDomainGetName`.
    public func name() throws(LibvirtError) -> String {
        try borrowString(virDomainGetName(pointer), "virDomainGetName")
    }

    /// The domain's UUID.
    ///
    /// Wraps `virDomainGetUUID`.
    public func uuid() throws(LibvirtError) -> UUID {
        try HandleUUID.read("virDomainGetUUID") { virDomainGetUUID(pointer, $0) }
    }

    /// The domain's UUID as libvirt writes it (lowercase, with dashes).
    ///
    /// Wraps `virDomainGetUUIDString`.
    public func uuidString() throws(LibvirtError) -> String {
        try HandleUUID.readString("virDomainGetUUIDString") { virDomainGetUUIDString(pointer, $0) }
    }

    /// The guest's host name.
    ///
    /// Wraps `virDomainGetHostname`.
    public func hostname(flags: HostnameFlags = []) throws(LibvirtError) -> String {
        try takeString(virDomainGetHostname(pointer, flags.rawValue), "virDomainGetHostname")
    }

    /// The guest operating system's type, such as `"hvm"` or `"linux"`.
    ///
    /// Wraps `virDomainGetOSType`.
    public func osType() throws(LibvirtError) -> String {
        try takeString(virDomainGetOSType(pointer), "virDomainGetOSType")
    }

    /// The domain's XML description.
    ///
    /// Wraps `virDomainGetXMLDesc`.
    public func xml(flags: XMLFlags = []) throws(LibvirtError) -> String {
        try takeString(virDomainGetXMLDesc(pointer, flags.rawValue), "virDomainGetXMLDesc")
    }

    /// Renames the inactive domain.
    ///
    /// Wraps `virDomainRename`.
    public func rename(to newName: String) throws(LibvirtError) {
        try cString(newName, "newName", function: "virDomainRename")
        try check(virDomainRename(pointer, newName, 0), "virDomainRename")
    }

    /// Messages about the domain: deprecated features it uses, taint reasons.
    ///
    /// Wraps `virDomainGetMessages`.
    public func messages(types: MessageTypes = []) throws(LibvirtError) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = try check(virDomainGetMessages(pointer, &list, types.rawValue), "virDomainGetMessages")
        return takeStrings(list, count: Int(count))
    }

    // MARK: - Flags

    /// Whether the domain is running.
    ///
    /// Wraps `virDomainIsActive`.
    public func isActive() throws(LibvirtError) -> Bool {
        try checkBool(virDomainIsActive(pointer), "virDomainIsActive")
    }

    /// Whether the domain has a persistent definition.
    ///
    /// Wraps `virDomainIsPersistent`.
    public func isPersistent() throws(LibvirtError) -> Bool {
        try checkBool(virDomainIsPersistent(pointer), "virDomainIsPersistent")
    }

    /// Whether the running domain's definition differs from its persistent one.
    ///
    /// Wraps `virDomainIsUpdated`.
    public func isUpdated() throws(LibvirtError) -> Bool {
        try checkBool(virDomainIsUpdated(pointer), "virDomainIsUpdated")
    }

    /// Whether the domain starts when the host does.
    ///
    /// Wraps `virDomainGetAutostart`.
    public func autostart() throws(LibvirtError) -> Bool {
        var value: Int32 = 0
        try check(virDomainGetAutostart(pointer, &value), "virDomainGetAutostart")
        return value != 0
    }

    /// Sets whether the domain starts when the host does.
    ///
    /// Wraps `virDomainSetAutostart`.
    public func setAutostart(_ autostart: Bool) throws(LibvirtError) {
        try check(virDomainSetAutostart(pointer, autostart ? 1 : 0), "virDomainSetAutostart")
    }

    // MARK: - Metadata

    /// A piece of the domain's metadata: its title, its description, or the
    /// custom XML element in namespace `uri`.
    ///
    /// Throws ``LibvirtError/Code/noDomainMetadata`` when there is none.
    ///
    /// Wraps `virDomainGetMetadata`.
    public func metadata(
        _ type: MetadataType, uri: String? = nil, impact: ModificationImpact = []
    ) throws(LibvirtError) -> String {
        try cString(uri, "uri", function: "virDomainGetMetadata")
        return try takeString(virDomainGetMetadata(pointer, type.rawValue, uri, impact.rawValue), "virDomainGetMetadata")
    }

    /// Sets (or, with nil, removes) a piece of the domain's metadata.
    ///
    /// - Parameters:
    ///   - type: the `<title>`, the `<description>`, or an application's element
    ///     (``MetadataType/element``).
    ///   - metadata: the new text or element; nil removes it.
    ///   - key: for ``MetadataType/element``, the namespace prefix to write the element with.
    ///   - uri: for ``MetadataType/element``, the namespace of the element.
    ///   - impact: the running domain, its configuration, or both.
    ///
    /// Wraps `virDomainSetMetadata`.
    public func setMetadata(
        _ type: MetadataType, _ metadata: String?, key: String? = nil, uri: String? = nil,
        impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try cString(metadata, "metadata", function: "virDomainSetMetadata")
        try cString(key, "key", function: "virDomainSetMetadata")
        try cString(uri, "uri", function: "virDomainSetMetadata")
        try check(virDomainSetMetadata(pointer, type.rawValue, metadata, key, uri, impact.rawValue),
                  "virDomainSetMetadata")
    }

    // MARK: - Guest clock

    /// The guest's clock, read through its agent.
    ///
    /// Wraps `virDomainGetTime`.
    public func time() throws(LibvirtError) -> GuestTime {
        var seconds: Int64 = 0
        var nanoseconds: UInt32 = 0
        try check(virDomainGetTime(pointer, &seconds, &nanoseconds, 0), "virDomainGetTime")
        return GuestTime(seconds: seconds, nanoseconds: nanoseconds)
    }

    /// Sets the guest's clock (or, with ``SetTimeFlags/sync``, syncs it from the RTC; `time` is then ignored).
    ///
    /// Wraps `virDomainSetTime`.
    public func setTime(_ time: GuestTime, flags: SetTimeFlags = []) throws(LibvirtError) {
        try check(virDomainSetTime(pointer, time.seconds, time.nanoseconds, flags.rawValue), "virDomainSetTime")
    }
}

extension Domain {
    /// A point on a guest's clock: seconds and nanoseconds since the Unix epoch.
    public struct GuestTime: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Whole seconds since 1970-01-01 UTC.
        public var seconds: Int64
        /// Nanoseconds past `seconds`.
        public var nanoseconds: UInt32

        /// Creates a time.
        public init(seconds: Int64, nanoseconds: UInt32 = 0) {
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }
}
