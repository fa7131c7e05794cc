import CLibvirt

extension Domain {
    // MARK: - Saving to a file

    /// Saves the running domain's memory to `path` and stops it; restore it with
    /// ``Connection/restoreDomain(from:xml:flags:)``.
    ///
    /// - Parameters:
    ///   - path: the file to write, on the hypervisor's host.
    ///   - xml: a replacement domain XML to store in the file (host-side details only).
    ///   - flags: ``SaveRestoreFlags/running`` or ``SaveRestoreFlags/paused`` for the state
    ///     a restore gives it, ``SaveRestoreFlags/bypassCache``.
    ///
    /// Wraps `virDomainSave` (no `xml`, empty `flags`) or `virDomainSaveFlags`.
    public func save(to path: String, xml: String? = nil, flags: SaveRestoreFlags = []) async throws(LibvirtError) {
        try cString(path, "path", function: "virDomainSave")
        try cString(xml, "xml", function: "virDomainSave")
        try await runJob("virDomainSave") { [self] () throws(LibvirtError) in
            if xml == nil && flags.isEmpty {
                try check(virDomainSave(pointer, path), "virDomainSave")
            } else {
                try check(virDomainSaveFlags(pointer, path, xml, flags.rawValue), "virDomainSaveFlags")
            }
        }
    }

    /// Saves the running domain as `parameters` describe, and stops it.
    ///
    /// Wraps `virDomainSaveParams`.
    public func save(_ parameters: SaveParameters, flags: SaveRestoreFlags = []) async throws(LibvirtError) {
        try await runJob("virDomainSaveParams") { [self] () throws(LibvirtError) in
            try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
                try check(virDomainSaveParams(pointer, list, count, flags.rawValue), "virDomainSaveParams")
            }
        }
    }

    // MARK: - Managed save

    /// Saves the running domain to a file libvirt manages and stops it; the next
    /// start restores it.
    ///
    /// Wraps `virDomainManagedSave`.
    public func managedSave(flags: SaveRestoreFlags = []) async throws(LibvirtError) {
        try await runJob("virDomainManagedSave") { [self] () throws(LibvirtError) in
            try check(virDomainManagedSave(pointer, flags.rawValue), "virDomainManagedSave")
        }
    }

    /// Whether the domain has a managed save image.
    ///
    /// Wraps `virDomainHasManagedSaveImage`.
    public func hasManagedSaveImage() throws(LibvirtError) -> Bool {
        try checkBool(virDomainHasManagedSaveImage(pointer, 0), "virDomainHasManagedSaveImage")
    }

    /// Deletes the domain's managed save image.
    ///
    /// Wraps `virDomainManagedSaveRemove`.
    public func removeManagedSave() throws(LibvirtError) {
        try check(virDomainManagedSaveRemove(pointer, 0), "virDomainManagedSaveRemove")
    }

    /// The domain XML stored in the managed save image.
    ///
    /// - Parameter secure: include security-sensitive data (`VIR_DOMAIN_SAVE_IMAGE_XML_SECURE`).
    ///
    /// Wraps `virDomainManagedSaveGetXMLDesc`.
    public func managedSaveXML(secure: Bool = false) throws(LibvirtError) -> String {
        let flags = secure ? UInt32(VIR_DOMAIN_SAVE_IMAGE_XML_SECURE.rawValue) : 0
        return try takeString(virDomainManagedSaveGetXMLDesc(pointer, flags), "virDomainManagedSaveGetXMLDesc")
    }

    /// Replaces the domain XML stored in the managed save image (host-side details only).
    ///
    /// Wraps `virDomainManagedSaveDefineXML`.
    public func defineManagedSaveXML(_ xml: String, flags: SaveRestoreFlags = []) throws(LibvirtError) {
        try checkedDomainXML(xml, function: "virDomainManagedSaveDefineXML")
        try check(virDomainManagedSaveDefineXML(pointer, xml, flags.rawValue), "virDomainManagedSaveDefineXML")
    }

    // MARK: - Core dumps

    /// Dumps the domain's core to `path`.
    ///
    /// - Parameters:
    ///   - path: the file to write, on the hypervisor's host.
    ///   - format: a kdump or Windows format; nil for the hypervisor's
    ///     own (with `virDomainCoreDump`).
    ///   - flags: ``CoreDumpFlags/live`` to keep the guest running meanwhile,
    ///     ``CoreDumpFlags/crash`` to stop it after, ``CoreDumpFlags/bypassCache``, ...
    ///
    /// Wraps `virDomainCoreDump` (no `format`) or `virDomainCoreDumpWithFormat`.
    public func coreDump(
        to path: String, format: CoreDumpFormat? = nil, flags: CoreDumpFlags = []
    ) async throws(LibvirtError) {
        try cString(path, "path", function: "virDomainCoreDump")
        try await runJob("virDomainCoreDump") { [self] () throws(LibvirtError) in
            if let format {
                try check(virDomainCoreDumpWithFormat(pointer, path, UInt32(bitPattern: format.rawValue), flags.rawValue),
                          "virDomainCoreDumpWithFormat")
            } else {
                try check(virDomainCoreDump(pointer, path, flags.rawValue), "virDomainCoreDump")
            }
        }
    }
}

extension Domain {
    /// Where and how ``Domain/save(_:flags:)`` saves, and
    /// ``Connection/restoreDomain(_:flags:)`` restores, a domain
    /// (`VIR_DOMAIN_SAVE_PARAM_*`).
    public struct SaveParameters: TypedParameterRecord {
        /// The keys, as libvirt names them.
        public enum Key {
            /// `VIR_DOMAIN_SAVE_PARAM_FILE`.
            public static let file = VIR_DOMAIN_SAVE_PARAM_FILE
            /// `VIR_DOMAIN_SAVE_PARAM_DXML`.
            public static let xml = VIR_DOMAIN_SAVE_PARAM_DXML
        }

        /// The field table.
        public static let fields: [TypedParameterField<Self>] = [
            .value(Key.file, .string, \.file),
            .value(Key.xml, .string, \.xml),
        ]

        /// The file to save to or restore from (``Key/file``).
        public var file: String?
        /// A replacement domain XML, host-side details only (``Key/xml``).
        public var xml: String?
        /// Parameters no field holds.
        public var extra = TypedParameters()

        /// Creates save parameters.
        public init(file: String? = nil, xml: String? = nil) {
            self.file = file
            self.xml = xml
        }

        /// Creates parameters with every field nil.
        public init() {}
    }
}
