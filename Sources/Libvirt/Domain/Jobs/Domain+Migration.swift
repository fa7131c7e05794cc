import CLibvirt

extension Domain {
    // MARK: - Migrating to another connection

    /// Migrates the domain to the hypervisor of `destination` and returns it there.
    ///
    /// - Parameters:
    ///   - destination: an open connection to the destination host.
    ///   - flags: ``MigrateFlags/live``, ``MigrateFlags/persistDest``, ...
    ///   - name: the domain's new name, or nil to keep it.
    ///   - uri: the URI to move the data over, or nil for the hypervisor's choice.
    ///   - bandwidth: a bandwidth limit in MiB/s, 0 for none.
    ///
    /// Wraps `virDomainMigrate`.
    public func migrate(
        to destination: Connection, flags: MigrateFlags = [], name: String? = nil, uri: String? = nil,
        bandwidth: UInt64 = 0
    ) async throws(LibvirtError) -> Domain {
        try cString(name, "name", function: "virDomainMigrate")
        try cString(uri, "uri", function: "virDomainMigrate")
        let target = try await destination.migrationHandle("virDomainMigrate")
        defer { virConnectClose(target.pointer) }
        let migrated = try await runJob("virDomainMigrate") { [self] () throws(LibvirtError) in
            TransferredPointer(pointer: try check(
                virDomainMigrate(pointer, target.pointer, UInt(flags.rawValue), name, uri, UInt(bandwidth)),
                "virDomainMigrate"))
        }
        return Domain(migrated, connection: destination, executor: destination.lane(nil))
    }

    /// Migrates the domain to the hypervisor of `destination` with the domain XML
    /// `xml` there (nil keeps it), and returns it there.
    ///
    /// Wraps `virDomainMigrate2`.
    public func migrate(
        to destination: Connection, xml: String?, flags: MigrateFlags = [], name: String? = nil,
        uri: String? = nil, bandwidth: UInt64 = 0
    ) async throws(LibvirtError) -> Domain {
        try checkedDomainXML(xml, function: "virDomainMigrate2")
        try cString(name, "name", function: "virDomainMigrate2")
        try cString(uri, "uri", function: "virDomainMigrate2")
        let target = try await destination.migrationHandle("virDomainMigrate2")
        defer { virConnectClose(target.pointer) }
        let migrated = try await runJob("virDomainMigrate2") { [self] () throws(LibvirtError) in
            TransferredPointer(pointer: try check(
                virDomainMigrate2(pointer, target.pointer, xml, UInt(flags.rawValue), name, uri, UInt(bandwidth)),
                "virDomainMigrate2"))
        }
        return Domain(migrated, connection: destination, executor: destination.lane(nil))
    }

    /// Migrates the domain to the hypervisor of `destination` as `parameters`
    /// say, and returns it there.
    ///
    /// Wraps `virDomainMigrate3`.
    public func migrate(
        to destination: Connection, parameters: MigrationParameters, flags: MigrateFlags = []
    ) async throws(LibvirtError) -> Domain {
        let target = try await destination.migrationHandle("virDomainMigrate3")
        defer { virConnectClose(target.pointer) }
        let migrated = try await runJob("virDomainMigrate3") { [self] () throws(LibvirtError) in
            TransferredPointer(pointer: try parameters.typedParameters().withCParameters {
                params, count throws(LibvirtError) in
                try check(
                    virDomainMigrate3(pointer, target.pointer, params, UInt32(count), flags.rawValue),
                    "virDomainMigrate3")
            })
        }
        return Domain(migrated, connection: destination, executor: destination.lane(nil))
    }

    // MARK: - Migrating to a URI

    /// Migrates the domain to `uri`: a libvirt URI such as `qemu+ssh://host/system`
    /// with ``MigrateFlags/peerToPeer``, else the hypervisor's own migration URI.
    ///
    /// Wraps `virDomainMigrateToURI`.
    public func migrate(
        toURI uri: String, flags: MigrateFlags = [], name: String? = nil, bandwidth: UInt64 = 0
    ) async throws(LibvirtError) {
        try cString(uri, "uri", function: "virDomainMigrateToURI")
        try cString(name, "name", function: "virDomainMigrateToURI")
        try await runJob("virDomainMigrateToURI") { [self] () throws(LibvirtError) in
            try check(
                virDomainMigrateToURI(pointer, uri, UInt(flags.rawValue), name, UInt(bandwidth)), "virDomainMigrateToURI")
        }
    }

    /// Migrates the domain to the libvirt at `destinationURI` (peer to peer) over
    /// `migrationURI`, with the domain XML `xml` there (nil keeps it).
    ///
    /// Wraps `virDomainMigrateToURI2`.
    public func migrate(
        toURI destinationURI: String?, migrationURI: String?, xml: String?, flags: MigrateFlags = [],
        name: String? = nil, bandwidth: UInt64 = 0
    ) async throws(LibvirtError) {
        try cString(destinationURI, "destinationURI", function: "virDomainMigrateToURI2")
        try cString(migrationURI, "migrationURI", function: "virDomainMigrateToURI2")
        try checkedDomainXML(xml, function: "virDomainMigrateToURI2")
        try cString(name, "name", function: "virDomainMigrateToURI2")
        try await runJob("virDomainMigrateToURI2") { [self] () throws(LibvirtError) in
            try check(
                virDomainMigrateToURI2(
                    pointer, destinationURI, migrationURI, xml, UInt(flags.rawValue), name, UInt(bandwidth)),
                "virDomainMigrateToURI2")
        }
    }

    /// Migrates the domain to `uri` (as ``migrate(toURI:flags:name:bandwidth:)``)
    /// as `parameters` say.
    ///
    /// Wraps `virDomainMigrateToURI3`.
    public func migrate(
        toURI uri: String?, parameters: MigrationParameters, flags: MigrateFlags = []
    ) async throws(LibvirtError) {
        try cString(uri, "uri", function: "virDomainMigrateToURI3")
        try await runJob("virDomainMigrateToURI3") { [self] () throws(LibvirtError) in
            _ = try parameters.typedParameters().withCParameters { params, count throws(LibvirtError) in
                try check(
                    virDomainMigrateToURI3(pointer, uri, params, UInt32(count), flags.rawValue), "virDomainMigrateToURI3")
            }
        }
    }
}

extension Connection {
    /// The C connection with one more reference, for a call that runs off this
    /// actor's executor (a migration, a restore): it stays valid even if this
    /// connection is closed meanwhile. The caller releases it with `virConnectClose`.
    ///
    /// Wraps `virConnectRef`.
    func migrationHandle(_ function: String) throws(LibvirtError) -> TransferredPointer {
        let pointer = try handle(function)
        try check(virConnectRef(pointer), "virConnectRef")
        return TransferredPointer(pointer: pointer)
    }
}
