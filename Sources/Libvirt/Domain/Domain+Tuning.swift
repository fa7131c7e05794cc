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

    /// Sets the block I/O tunables that are not nil (and ``BlkioParameters/extra``).
    ///
    /// Wraps `virDomainSetBlkioParameters`.
    public func setBlkioParameters(_ parameters: BlkioParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
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

    /// Sets the NUMA placement fields that are not nil (and ``NumaParameters/extra``).
    ///
    /// Wraps `virDomainSetNumaParameters`.
    public func setNumaParameters(_ parameters: NumaParameters, impact: ModificationImpact = []) throws(LibvirtError) {
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
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

    /// Sets the bandwidth limits of the interface `device` that are not nil
    /// (and ``NetworkPort/Bandwidth/extra``).
    ///
    /// Wraps `virDomainSetInterfaceParameters`.
    public func setInterfaceParameters(
        _ device: String, _ parameters: InterfaceParameters, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try cString(device, "device", function: "virDomainSetInterfaceParameters")
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
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

    /// Sets the I/O throttling fields of the disk `disk` that are not nil (and
    /// ``BlockIoTune/extra``).
    ///
    /// Wraps `virDomainSetBlockIoTune`.
    public func setBlockIoTune(
        _ disk: String, _ parameters: BlockIoTune, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try cString(disk, "disk", function: "virDomainSetBlockIoTune")
        try parameters.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetBlockIoTune(pointer, disk, list, count, impact.rawValue), "virDomainSetBlockIoTune")
        }
    }

    // MARK: - Performance events

    /// Which perf events are enabled for the domain.
    ///
    /// Wraps `virDomainGetPerfEvents`.
    public func perfEvents(impact: ModificationImpact = []) throws(LibvirtError) -> PerfEvents {
        var list: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virDomainGetPerfEvents(pointer, &list, &count, impact.rawValue), "virDomainGetPerfEvents")
        return PerfEvents(TypedParameters.take(list, count: count))
    }

    /// Enables (true) or disables (false) the perf events that are not nil.
    ///
    /// Wraps `virDomainSetPerfEvents`.
    public func setPerfEvents(_ events: PerfEvents, impact: ModificationImpact = []) throws(LibvirtError) {
        try events.typedParameters().withCParameters { (list, count) throws(LibvirtError) in
            try check(virDomainSetPerfEvents(pointer, list, count, impact.rawValue), "virDomainSetPerfEvents")
        }
    }
}
