import CLibvirt

extension Domain {
    // MARK: - Saving to a file

    /// Saves the running domain's memory to `path` and stops it; restore it with
    /// ``Connection/restoreDomain(from:xml:flags:)``.
    ///
    /// - Parameter xml: a replacement domain XML to store in the file (host-side details only).
    ///
    /// Wraps `virDomainSave` (no `xml`, empty `flags`) or `virDomainSaveFlags`.
    public func save(to path: String, xml: String? = nil, flags: SaveRestoreFlags = []) async throws(LibvirtError) {
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
            try parameters.typedParameters.withCParameters { (list, count) throws(LibvirtError) in
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
        try check(virDomainManagedSaveDefineXML(pointer, xml, flags.rawValue), "virDomainManagedSaveDefineXML")
    }

    // MARK: - Core dumps

    /// Dumps the domain's core to `path`.
    ///
    /// - Parameter format: a kdump or Windows format; nil for the hypervisor's
    ///   own (with `virDomainCoreDump`).
    ///
    /// Wraps `virDomainCoreDump` (no `format`) or `virDomainCoreDumpWithFormat`.
    public func coreDump(
        to path: String, format: CoreDumpFormat? = nil, flags: CoreDumpFlags = []
    ) async throws(LibvirtError) {
        try await runJob("virDomainCoreDump") { [self] () throws(LibvirtError) in
            if let format {
                try check(
                    virDomainCoreDumpWithFormat(pointer, path, UInt32(bitPattern: format.rawValue), flags.rawValue),
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
    /// (`VIR_DOMAIN_SAVE_PARAM_*` typed parameters).
    public struct SaveParameters: Sendable, Hashable {
        /// The file to save to or restore from (`file`).
        public var file: String?
        /// A replacement domain XML (`dxml`).
        public var xml: String?
        /// Other parameters a newer libvirt accepts, passed as they are.
        public var other: TypedParameters

        /// Creates save parameters.
        public init(file: String? = nil, xml: String? = nil, other: TypedParameters = TypedParameters()) {
            self.file = file
            self.xml = xml
            self.other = other
        }

        /// The parameters as libvirt takes them.
        public var typedParameters: TypedParameters {
            var parameters = other
            if let file { parameters["file"] = .string(file) }
            if let xml { parameters["dxml"] = .string(xml) }
            return parameters
        }
    }
}
