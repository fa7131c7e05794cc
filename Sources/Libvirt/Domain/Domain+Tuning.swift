import CLibvirt
import Glibc

extension Domain {
    // MARK: - Block I/O weights

    /// The domain's block I/O tunables (`<blkiotune>`).
    ///
    /// Wraps `virDomainGetBlkioParameters`.
    public func blkioParameters(impact: ModificationImpact = []) throws(LibvirtError) -> BlkioParameters {
        BlkioParameters(try TypedParameters.fetch("virDomainGetBlkioParameters") { list, count in
            virDomainGetBlkioParameters(pointer, list, count, impact.rawValue)
        })
    }

    /// Sets block I/O tunables, by their libvirt names (`weight`, `device_weight`, ...).
    ///
    /// Wraps `virDomainSetBlkioParameters`.
    public func setBlkioParameters(_ parameters: TypedParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetBlkioParameters(pointer, list, count, impact.rawValue), "virDomainSetBlkioParameters")
        }
    }

    // MARK: - NUMA placement

    /// The domain's NUMA memory placement (`<numatune>`).
    ///
    /// Wraps `virDomainGetNumaParameters`.
    public func numaParameters(impact: ModificationImpact = []) throws(LibvirtError) -> NumaParameters {
        NumaParameters(try TypedParameters.fetch("virDomainGetNumaParameters") { list, count in
            virDomainGetNumaParameters(pointer, list, count, impact.rawValue)
        })
    }

    /// Sets NUMA parameters, by their libvirt names (`numa_mode`, `numa_nodeset`).
    ///
    /// Wraps `virDomainSetNumaParameters`.
    public func setNumaParameters(_ parameters: TypedParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetNumaParameters(pointer, list, count, impact.rawValue), "virDomainSetNumaParameters")
        }
    }

    // MARK: - Network interface bandwidth

    /// The bandwidth limits of the interface `device` (its target name or MAC address).
    ///
    /// Wraps `virDomainGetInterfaceParameters`.
    public func interfaceParameters(
        _ device: String, impact: ModificationImpact = []
    ) throws(LibvirtError) -> InterfaceParameters {
        try cString(device, "device", function: "virDomainGetInterfaceParameters")
        return InterfaceParameters(try TypedParameters.fetch("virDomainGetInterfaceParameters") { list, count in
            virDomainGetInterfaceParameters(pointer, device, list, count, impact.rawValue)
        })
    }

    /// Sets bandwidth limits of an interface, by their libvirt names (`inbound.average`, ...).
    ///
    /// Wraps `virDomainSetInterfaceParameters`.
    public func setInterfaceParameters(
        _ device: String, _ parameters: TypedParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try cString(device, "device", function: "virDomainSetInterfaceParameters")
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetInterfaceParameters(pointer, device, list, count, impact.rawValue),
                      "virDomainSetInterfaceParameters")
        }
    }

    // MARK: - Disk I/O throttling

    /// The I/O throttling of the disk `disk` (its target name or source path).
    ///
    /// Wraps `virDomainGetBlockIoTune`.
    public func blockIoTune(_ disk: String, impact: ModificationImpact = []) throws(LibvirtError) -> BlockIoTune {
        try cString(disk, "disk", function: "virDomainGetBlockIoTune")
        return BlockIoTune(try TypedParameters.fetch("virDomainGetBlockIoTune") { list, count in
            virDomainGetBlockIoTune(pointer, disk, list, count, impact.rawValue)
        })
    }

    /// Sets a disk's I/O throttling, by libvirt's names (`total_bytes_sec`, ...).
    ///
    /// Wraps `virDomainSetBlockIoTune`.
    public func setBlockIoTune(
        _ disk: String, _ parameters: TypedParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainSetBlockIoTune")
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetBlockIoTune(pointer, disk, list, count, impact.rawValue), "virDomainSetBlockIoTune")
        }
    }

    // MARK: - Performance events

    /// Which perf events (`cmt`, `cpu_cycles`, ...) are enabled for the domain.
    ///
    /// Wraps `virDomainGetPerfEvents`.
    public func perfEvents(impact: ModificationImpact = []) throws(LibvirtError) -> [String: Bool] {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virDomainGetPerfEvents(pointer, &list, &count, impact.rawValue), "virDomainGetPerfEvents")
        var events: [String: Bool] = [:]
        for parameter in TypedParameters.take(list, count: count) {
            if let enabled = parameter.value.boolValue { events[parameter.name] = enabled }
        }
        return events
    }

    /// Enables or disables perf events.
    ///
    /// Wraps `virDomainSetPerfEvents`.
    public func setPerfEvents(_ events: [String: Bool], impact: ModificationImpact = []) throws(LibvirtError) {
        var parameters = TypedParameters()
        for (name, enabled) in events.sorted(by: { $0.key < $1.key }) { parameters[name] = .boolean(enabled) }
        try parameters.withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetPerfEvents(pointer, list, count, impact.rawValue), "virDomainSetPerfEvents")
        }
    }
}
