// MARK: - Common documents, short to write

extension DomainDefinition {
    /// A QEMU/KVM guest that boots from one virtio disk, with a virtio NIC on a virtual network
    /// and a serial console (a pty) that is also the guest's console.
    /// - Parameters:
    ///   - name: The guest's name.
    ///   - type: `kvm` (hardware virtualisation) or `qemu` (emulation).
    ///   - memory: Its memory.
    ///   - vcpus: Its virtual CPU count.
    ///   - arch: The guest architecture.
    ///   - machine: The machine type (nil: the hypervisor's default).
    ///   - diskPath: The disk image (nil: no disk).
    ///   - diskFormat: The image format (`qcow2`, `raw`, ...).
    ///   - network: The virtual network of the NIC (nil: no NIC).
    public static func qemuGuest(
        name: String, type: DomainType = .kvm, memory: Size = Size(512, .mebibytes), vcpus: Int = 1,
        arch: String = "x86_64", machine: String? = nil, diskPath: String? = nil, diskFormat: String = "qcow2",
        network: String? = "default"
    ) -> DomainDefinition {
        var domain = DomainDefinition()
        domain.type = type
        domain.name = name
        var memoryElement = DomainMemory()
        memoryElement.value = memory.value
        memoryElement.unit = memory.unit
        domain.memory = memoryElement
        domain.vcpu = DomainVCPU(vcpus)
        var os = DomainOS()
        os.type = DomainOSType("hvm", arch: arch, machine: machine)
        os.boots = [DomainBootDevice("hd")]
        domain.os = os
        var features = DomainFeatures()
        features.acpi = true
        domain.features = features
        var devices = DomainDevices()
        if let diskPath {
            var disk = DomainDisk()
            disk.type = .file
            disk.device = .disk
            var driver = DeviceDriver()
            driver.name = "qemu"
            driver.type = diskFormat
            disk.driver = driver
            var source = DiskSource()
            source.file = diskPath
            disk.source = source
            disk.target = DiskTarget(dev: "vda", bus: .virtio)
            devices.disks = [disk]
        }
        if let network {
            var nic = DomainNetworkInterface()
            nic.type = .network
            var source = DomainNetworkInterfaceSource()
            source.network = network
            nic.source = source
            nic.model = TypeElement("virtio")
            devices.interfaces = [nic]
        }
        var serial = DomainChardev()
        serial.type = "pty"
        var serialTarget = DomainChardevTarget()
        serialTarget.port = 0
        serial.target = serialTarget
        devices.serials = [serial]
        var console = DomainChardev()
        console.type = "pty"
        var consoleTarget = DomainChardevTarget()
        consoleTarget.type = "serial"
        consoleTarget.port = 0
        console.target = consoleTarget
        devices.consoles = [console]
        domain.devices = devices
        return domain
    }
}

extension StoragePoolDefinition {
    /// A pool of the files in a host directory.
    public static func directory(name: String, path: String) -> StoragePoolDefinition {
        var pool = StoragePoolDefinition()
        pool.type = .dir
        pool.name = name
        var target = StorageTarget()
        target.path = path
        pool.target = target
        return pool
    }
}

extension StorageVolumeDefinition {
    /// A qcow2 image of `capacity` (allocated as it is written).
    public static func qcow2(name: String, capacity: Size) -> StorageVolumeDefinition {
        var volume = StorageVolumeDefinition()
        volume.name = name
        volume.capacity = capacity
        var target = StorageTarget()
        target.format = FormatType("qcow2")
        volume.target = target
        return volume
    }
}

extension NetworkDefinition {
    /// A NATed IPv4 network on its own bridge, with DHCP over `dhcp` when given.
    /// - Parameters:
    ///   - name: The network's name.
    ///   - bridge: The host bridge to create (at most 15 characters).
    ///   - address: The host's address on the network (`192.168.100.1`).
    ///   - prefix: The prefix length of the network.
    ///   - dhcp: The range DHCP hands out, if any.
    public static func nat(
        name: String, bridge: String, address: String, prefix: Int = 24, dhcp: NetworkRange? = nil
    ) -> NetworkDefinition {
        var network = NetworkDefinition()
        network.name = name
        var forward = NetworkForward()
        forward.mode = .nat
        network.forward = forward
        var bridgeElement = NetworkBridge()
        bridgeElement.name = bridge
        bridgeElement.stp = true
        bridgeElement.delay = 0
        network.bridge = bridgeElement
        var ip = NetworkIP()
        ip.address = address
        ip.prefix = prefix
        if let dhcp {
            var service = NetworkDHCP()
            service.ranges = [dhcp]
            ip.dhcp = service
        }
        network.ips = [ip]
        return network
    }
}
