import LibvirtXML

// MARK: - Reading typed documents

extension LibvirtError {
    /// A document libvirt returned that is not well-formed XML (never expected).
    init(parsing error: XMLError, function: String) {
        self.init(code: .xmlError, domain: .xml, message: "cannot parse the XML libvirt returned: \(error)", function: function)
    }
}

extension XMLDocumentModel {
    /// Reads a document libvirt returned by `function`.
    init(libvirt xml: String, function: String) throws(LibvirtError) {
        do throws(XMLError) {
            try self.init(xml: xml)
        } catch {
            throw LibvirtError(parsing: error, function: function)
        }
    }
}

// MARK: - Domains

extension Domain {
    /// The domain's definition as a typed value (lossless: what the model does not know is
    /// kept and written back by `Connection.define(_:flags:)`).
    ///
    /// Wraps `virDomainGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> DomainDefinition {
        try DomainDefinition(libvirt: xml(flags: flags), function: "virDomainGetXMLDesc")
    }

    /// Takes a snapshot described by a typed definition.
    ///
    /// Wraps `virDomainSnapshotCreateXML`.
    public func createSnapshot(
        _ definition: DomainSnapshotDefinition, flags: DomainSnapshot.CreateFlags = []
    ) async throws(LibvirtError) -> DomainSnapshot {
        try await createSnapshot(definition.xmlString, flags: flags)
    }

    /// Creates a checkpoint described by a typed definition.
    ///
    /// Wraps `virDomainCheckpointCreateXML`.
    public func createCheckpoint(
        _ definition: DomainCheckpointDefinition, flags: DomainCheckpoint.CreateFlags = []
    ) throws(LibvirtError) -> DomainCheckpoint {
        try createCheckpoint(definition.xmlString, flags: flags)
    }

    /// Starts a backup job described by a typed definition, optionally creating a checkpoint.
    ///
    /// Wraps `virDomainBackupBegin`.
    public func beginBackup(
        _ definition: DomainBackupDefinition, checkpoint: DomainCheckpointDefinition? = nil,
        flags: BackupBeginFlags = []
    ) throws(LibvirtError) {
        try beginBackup(definition.xmlString, checkpointXML: checkpoint?.xmlString, flags: flags)
    }

    /// The running backup job as a typed value.
    ///
    /// Wraps `virDomainBackupGetXMLDesc`.
    public func backupDefinition() throws(LibvirtError) -> DomainBackupDefinition {
        try DomainBackupDefinition(libvirt: backupXML(), function: "virDomainBackupGetXMLDesc")
    }
}

extension DomainSnapshot {
    /// The snapshot's definition as a typed value.
    ///
    /// Wraps `virDomainSnapshotGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> DomainSnapshotDefinition {
        try DomainSnapshotDefinition(libvirt: xml(flags: flags), function: "virDomainSnapshotGetXMLDesc")
    }
}

extension DomainCheckpoint {
    /// The checkpoint's definition as a typed value.
    ///
    /// Wraps `virDomainCheckpointGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> DomainCheckpointDefinition {
        try DomainCheckpointDefinition(libvirt: xml(flags: flags), function: "virDomainCheckpointGetXMLDesc")
    }
}

// MARK: - Networks

extension Network {
    /// The network's definition as a typed value.
    ///
    /// Wraps `virNetworkGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> NetworkDefinition {
        try NetworkDefinition(libvirt: xml(flags: flags), function: "virNetworkGetXMLDesc")
    }

    /// Creates a port described by a typed definition.
    ///
    /// Wraps `virNetworkPortCreateXML`.
    public func createPort(
        _ definition: NetworkPortDefinition, flags: NetworkPort.CreateFlags = []
    ) throws(LibvirtError) -> NetworkPort {
        try createPort(xml: definition.xmlString, flags: flags)
    }
}

extension NetworkPort {
    /// The port's definition as a typed value.
    ///
    /// Wraps `virNetworkPortGetXMLDesc`.
    public func definition() throws(LibvirtError) -> NetworkPortDefinition {
        try NetworkPortDefinition(libvirt: xml(), function: "virNetworkPortGetXMLDesc")
    }
}

// MARK: - Storage

extension StoragePool {
    /// The pool's definition as a typed value.
    ///
    /// Wraps `virStoragePoolGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> StoragePoolDefinition {
        try StoragePoolDefinition(libvirt: xml(flags: flags), function: "virStoragePoolGetXMLDesc")
    }

    /// Creates a volume described by a typed definition.
    ///
    /// Wraps `virStorageVolCreateXML`.
    public func createVolume(
        _ definition: StorageVolumeDefinition, flags: StorageVolume.CreateFlags = []
    ) throws(LibvirtError) -> StorageVolume {
        try createVolume(xml: definition.xmlString, flags: flags)
    }
}

extension StorageVolume {
    /// The volume's definition as a typed value.
    ///
    /// Wraps `virStorageVolGetXMLDesc`.
    public func definition() throws(LibvirtError) -> StorageVolumeDefinition {
        try StorageVolumeDefinition(libvirt: xml(), function: "virStorageVolGetXMLDesc")
    }
}

// MARK: - Secrets, filter bindings

extension Secret {
    /// The secret's definition as a typed value.
    ///
    /// Wraps `virSecretGetXMLDesc`.
    public func definition() throws(LibvirtError) -> SecretDefinition {
        try SecretDefinition(libvirt: xml(), function: "virSecretGetXMLDesc")
    }
}

extension NWFilterBinding {
    /// The binding's definition as a typed value.
    ///
    /// Wraps `virNWFilterBindingGetXMLDesc`.
    public func definition() throws(LibvirtError) -> NWFilterBindingDefinition {
        try NWFilterBindingDefinition(libvirt: xml(), function: "virNWFilterBindingGetXMLDesc")
    }
}

// MARK: - Node devices, host interfaces, network filters

extension NodeDevice {
    /// The device's description as a typed value.
    ///
    /// Wraps `virNodeDeviceGetXMLDesc`.
    public func definition() throws(LibvirtError) -> NodeDeviceDefinition {
        try NodeDeviceDefinition(libvirt: xml(), function: "virNodeDeviceGetXMLDesc")
    }
}

extension Interface {
    /// The interface's description as a typed value: its current state, or with
    /// ``XMLFlags/inactive`` its definition.
    ///
    /// Wraps `virInterfaceGetXMLDesc`.
    public func definition(flags: XMLFlags = []) throws(LibvirtError) -> InterfaceDefinition {
        try InterfaceDefinition(libvirt: xml(flags: flags), function: "virInterfaceGetXMLDesc")
    }
}

extension NWFilter {
    /// The filter's definition as a typed value.
    ///
    /// Wraps `virNWFilterGetXMLDesc`.
    public func definition() throws(LibvirtError) -> NWFilterDefinition {
        try NWFilterDefinition(libvirt: xml(), function: "virNWFilterGetXMLDesc")
    }
}

extension Connection {
    /// Defines (or redefines) a host interface from a typed definition, without starting it.
    ///
    /// Wraps `virInterfaceDefineXML`.
    public func define(
        _ definition: InterfaceDefinition, flags: Interface.DefineFlags = []
    ) throws(LibvirtError) -> Interface {
        try defineInterface(xml: definition.xmlString, flags: flags)
    }

    /// Defines (or redefines) a network filter from a typed definition.
    ///
    /// Wraps `virNWFilterDefineXML` and `virNWFilterDefineXMLFlags`.
    public func define(
        _ definition: NWFilterDefinition, flags: NWFilter.DefineFlags = []
    ) throws(LibvirtError) -> NWFilter {
        try defineNWFilter(xml: definition.xmlString, flags: flags)
    }

    /// Defines a persistent node device (a mediated device) from a typed definition,
    /// without starting it.
    ///
    /// Wraps `virNodeDeviceDefineXML`.
    public func define(
        _ definition: NodeDeviceDefinition, flags: NodeDevice.DefineFlags = []
    ) throws(LibvirtError) -> NodeDevice {
        try defineNodeDevice(xml: definition.xmlString, flags: flags)
    }

    /// Creates and starts a transient node device (a vHBA, a mediated device) from a typed
    /// definition.
    ///
    /// Wraps `virNodeDeviceCreateXML`.
    public func createNodeDevice(
        _ definition: NodeDeviceDefinition, flags: NodeDevice.CreateFlags = []
    ) throws(LibvirtError) -> NodeDevice {
        try createNodeDevice(xml: definition.xmlString, flags: flags)
    }
}

// MARK: - Defining from typed values

extension Connection {
    /// Defines (or redefines) a persistent domain from a typed definition.
    ///
    /// Wraps `virDomainDefineXML` (empty `flags`) or `virDomainDefineXMLFlags`.
    public func define(_ definition: DomainDefinition, flags: Domain.DefineFlags = []) throws(LibvirtError) -> Domain {
        try defineDomain(xml: definition.xmlString, flags: flags)
    }

    /// Defines (or redefines) a persistent network from a typed definition.
    ///
    /// Wraps `virNetworkDefineXML` and `virNetworkDefineXMLFlags`.
    public func define(_ definition: NetworkDefinition, flags: Network.DefineFlags = []) throws(LibvirtError) -> Network {
        try defineNetwork(xml: definition.xmlString, flags: flags)
    }

    /// Defines (or redefines) a persistent storage pool from a typed definition.
    ///
    /// Wraps `virStoragePoolDefineXML`.
    public func define(
        _ definition: StoragePoolDefinition, flags: StoragePool.DefineFlags = []
    ) throws(LibvirtError) -> StoragePool {
        try defineStoragePool(xml: definition.xmlString, flags: flags)
    }

    /// Defines (or redefines) a secret from a typed definition.
    ///
    /// Wraps `virSecretDefineXML`.
    public func define(_ definition: SecretDefinition, flags: Secret.DefineFlags = []) throws(LibvirtError) -> Secret {
        try defineSecret(xml: definition.xmlString, flags: flags)
    }

    /// Binds a network filter to a port from a typed definition.
    ///
    /// Wraps `virNWFilterBindingCreateXML`.
    public func createNWFilterBinding(
        _ definition: NWFilterBindingDefinition, flags: NWFilterBinding.CreateFlags = []
    ) throws(LibvirtError) -> NWFilterBinding {
        try createNWFilterBinding(xml: definition.xmlString, flags: flags)
    }
}

// MARK: - Capabilities

extension Connection {
    /// The capabilities of the hypervisor and host as a typed value (lossless): the host
    /// CPU, NUMA topology, caches, security models, and the guest architectures and machine
    /// types it can run.
    ///
    /// Wraps `virConnectGetCapabilities`.
    public func typedCapabilities() throws(LibvirtError) -> HostCapabilities {
        try HostCapabilities(libvirt: capabilities(), function: "virConnectGetCapabilities")
    }

    /// What the hypervisor supports for one kind of guest, as a typed value (lossless):
    /// firmware, CPU modes and models, devices and features. Each argument narrows the
    /// choice; nil lets the driver pick its default (see `domainCapabilities(emulator:arch:machine:virtualizationType:)`).
    ///
    /// Wraps `virConnectGetDomainCapabilities`.
    public func typedDomainCapabilities(
        emulator: String? = nil, arch: String? = nil, machine: String? = nil, virtualizationType: String? = nil
    ) throws(LibvirtError) -> DomainCapabilities {
        try DomainCapabilities(
            libvirt: domainCapabilities(
                emulator: emulator, arch: arch, machine: machine, virtualizationType: virtualizationType),
            function: "virConnectGetDomainCapabilities")
    }

    /// The storage pool types this connection supports, with their pool and volume
    /// formats, as a typed value (lossless).
    ///
    /// Wraps `virConnectGetStoragePoolCapabilities`.
    public func typedStoragePoolCapabilities() throws(LibvirtError) -> StoragePoolCapabilities {
        try StoragePoolCapabilities(libvirt: storagePoolCapabilities(), function: "virConnectGetStoragePoolCapabilities")
    }
}
