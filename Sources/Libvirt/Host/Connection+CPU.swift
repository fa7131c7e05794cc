import CLibvirt

extension Connection {
    // MARK: - CPU models

    /// The names of the CPU models libvirt knows for an architecture.
    ///
    /// - Parameter arch: an architecture, such as `"x86_64"`.
    ///
    /// Wraps `virConnectGetCPUModelNames`.
    public func cpuModelNames(arch: String) throws(LibvirtError) -> [String] {
        try cString(arch, "arch", function: "virConnectGetCPUModelNames")
        var models: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = try check(
            virConnectGetCPUModelNames(try handle("virConnectGetCPUModelNames"), arch, &models, 0),
            "virConnectGetCPUModelNames")
        return takeStrings(models, count: Int(count))
    }

    // MARK: - Comparing CPUs

    /// Compares a CPU description (a `<cpu>` element, or XML holding one such
    /// as capabilities or a domain) with the host's CPU.
    ///
    /// Wraps `virConnectCompareCPU`.
    public func compareCPU(_ xml: String, flags: CompareCPUFlags = []) throws(LibvirtError) -> CPUComparison {
        try cString(xml, "xml", function: "virConnectCompareCPU")
        return CPUComparison(rawValue: try check(
            virConnectCompareCPU(try handle("virConnectCompareCPU"), xml, flags.rawValue), "virConnectCompareCPU"))
    }

    /// Compares a CPU description with the CPU the hypervisor can give a
    /// guest on this host, which may differ from the host's own CPU.
    ///
    /// Each of `emulator`, `arch`, `machine` and `virtualizationType` narrows
    /// the choice of hypervisor; nil lets the driver pick its default.
    ///
    /// Wraps `virConnectCompareHypervisorCPU`.
    public func compareHypervisorCPU(
        _ xml: String, emulator: String? = nil, arch: String? = nil, machine: String? = nil,
        virtualizationType: String? = nil, flags: CompareCPUFlags = []
    ) throws(LibvirtError) -> CPUComparison {
        try cString(xml, "xml", function: "virConnectCompareHypervisorCPU")
        try cString(emulator, "emulator", function: "virConnectCompareHypervisorCPU")
        try cString(arch, "arch", function: "virConnectCompareHypervisorCPU")
        try cString(machine, "machine", function: "virConnectCompareHypervisorCPU")
        try cString(virtualizationType, "virtualizationType", function: "virConnectCompareHypervisorCPU")
        return CPUComparison(rawValue: try check(
            virConnectCompareHypervisorCPU(
                try handle("virConnectCompareHypervisorCPU"), emulator, arch, machine, virtualizationType, xml,
                flags.rawValue),
            "virConnectCompareHypervisorCPU"))
    }

    // MARK: - Baseline CPUs

    /// The most capable CPU that every one of the given CPUs can provide, so
    /// that a guest with it can migrate between their hosts.
    ///
    /// - Parameters:
    ///   - cpus: `<cpu>` elements, as in hosts' capabilities.
    ///   - flags: ``BaselineCPUFlags/expandFeatures`` to list every feature,
    ///     ``BaselineCPUFlags/migratable`` to drop those that block migration.
    /// - Returns: a `<cpu>` element.
    ///
    /// Wraps `virConnectBaselineCPU`.
    public func baselineCPU(_ cpus: [String], flags: BaselineCPUFlags = []) throws(LibvirtError) -> String {
        try cStrings(cpus, "cpus", function: "virConnectBaselineCPU")
        let connection = try handle("virConnectBaselineCPU")
        let result = withCStrings(cpus) { list in
            virConnectBaselineCPU(connection, list, UInt32(cpus.count), flags.rawValue)
        }
        return try takeString(result, "virConnectBaselineCPU")
    }

    /// The most capable CPU that the hypervisor can give a guest and that
    /// every one of the given CPUs can provide.
    ///
    /// Each of `emulator`, `arch`, `machine` and `virtualizationType` narrows
    /// the choice of hypervisor; nil lets the driver pick its default.
    ///
    /// - Parameters:
    ///   - cpus: `<cpu>` elements, as in domain capabilities.
    ///   - emulator: the emulator's path.
    ///   - arch: the guest architecture, such as `x86_64`.
    ///   - machine: the machine type, such as `pc`.
    ///   - virtualizationType: the domain type, such as `kvm`.
    ///   - flags: as for ``baselineCPU(_:flags:)``.
    /// - Returns: a `<cpu>` element.
    ///
    /// Wraps `virConnectBaselineHypervisorCPU`.
    public func baselineHypervisorCPU(
        _ cpus: [String], emulator: String? = nil, arch: String? = nil, machine: String? = nil,
        virtualizationType: String? = nil, flags: BaselineCPUFlags = []
    ) throws(LibvirtError) -> String {
        try cStrings(cpus, "cpus", function: "virConnectBaselineHypervisorCPU")
        try cString(emulator, "emulator", function: "virConnectBaselineHypervisorCPU")
        try cString(arch, "arch", function: "virConnectBaselineHypervisorCPU")
        try cString(machine, "machine", function: "virConnectBaselineHypervisorCPU")
        try cString(virtualizationType, "virtualizationType", function: "virConnectBaselineHypervisorCPU")
        let connection = try handle("virConnectBaselineHypervisorCPU")
        let result = withCStrings(cpus) { list in
            virConnectBaselineHypervisorCPU(
                connection, emulator, arch, machine, virtualizationType, list, UInt32(cpus.count), flags.rawValue)
        }
        return try takeString(result, "virConnectBaselineHypervisorCPU")
    }
}
