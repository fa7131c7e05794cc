import CLibvirt

extension Connection {
    // MARK: - What the host and hypervisor can do

    /// The capabilities of the hypervisor and host, as libvirt's
    /// `<capabilities>` XML: the host CPU, NUMA topology, security models, and
    /// the guest architectures and machine types it can run.
    ///
    /// Wraps `virConnectGetCapabilities`.
    public func capabilities() throws(LibvirtError) -> String {
        try takeString(
            virConnectGetCapabilities(try handle("virConnectGetCapabilities")), "virConnectGetCapabilities")
    }

    /// What the hypervisor supports for one kind of guest, as libvirt's
    /// `<domainCapabilities>` XML: devices, features, CPU modes, firmware.
    ///
    /// Each argument narrows the choice; nil lets the driver pick its default.
    ///
    /// - Parameters:
    ///   - emulator: the emulator binary's path, such as `/usr/bin/qemu-system-x86_64`.
    ///   - arch: the guest architecture, such as `"x86_64"`.
    ///   - machine: the machine type, such as `"q35"`.
    ///   - virtualizationType: the domain type, such as `"kvm"` or `"qemu"`.
    ///
    /// Wraps `virConnectGetDomainCapabilities`.
    public func domainCapabilities(
        emulator: String? = nil, arch: String? = nil, machine: String? = nil, virtualizationType: String? = nil
    ) throws(LibvirtError) -> String {
        try cString(emulator, "emulator", function: "virConnectGetDomainCapabilities")
        try cString(arch, "arch", function: "virConnectGetDomainCapabilities")
        try cString(machine, "machine", function: "virConnectGetDomainCapabilities")
        try cString(virtualizationType, "virtualizationType", function: "virConnectGetDomainCapabilities")
        return try takeString(
            virConnectGetDomainCapabilities(
                try handle("virConnectGetDomainCapabilities"), emulator, arch, machine, virtualizationType, 0),
            "virConnectGetDomainCapabilities")
    }

    /// The host's hardware description (SMBIOS), as libvirt's `<sysinfo>` XML.
    ///
    /// Wraps `virConnectGetSysinfo`.
    public func sysinfo() throws(LibvirtError) -> String {
        try takeString(virConnectGetSysinfo(try handle("virConnectGetSysinfo"), 0), "virConnectGetSysinfo")
    }

    /// The most virtual CPUs a guest of this hypervisor can have.
    ///
    /// - Parameter type: the domain type to ask about, such as `"kvm"`; nil
    ///   for the driver's default.
    ///
    /// Wraps `virConnectGetMaxVcpus`.
    public func maxVcpus(type: String? = nil) throws(LibvirtError) -> Int {
        try cString(type, "type", function: "virConnectGetMaxVcpus")
        return Int(try check(virConnectGetMaxVcpus(try handle("virConnectGetMaxVcpus"), type), "virConnectGetMaxVcpus"))
    }
}
