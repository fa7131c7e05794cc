import CLibvirt

extension Connection {
    // MARK: - Memory tunables

    /// The host's memory tunables and KSM counters.
    ///
    /// Wraps `virNodeGetMemoryParameters`.
    public func memoryParameters() throws(LibvirtError) -> NodeMemoryParameters {
        NodeMemoryParameters(try rawMemoryParameters())
    }

    /// The host's memory tunables, as libvirt's typed parameters.
    ///
    /// Wraps `virNodeGetMemoryParameters`.
    public func rawMemoryParameters() throws(LibvirtError) -> TypedParameters {
        let connection = try handle("virNodeGetMemoryParameters")
        return try TypedParameters.fetch("virNodeGetMemoryParameters") { parameters, count in
            virNodeGetMemoryParameters(connection, parameters, count, 0)
        }
    }

    /// Changes the host's memory tunables that are not nil in `parameters`.
    ///
    /// Wraps `virNodeSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: NodeMemoryParameters) throws(LibvirtError) {
        try setMemoryParameters(parameters.settableParameters)
    }

    /// Changes the host's memory tunables named in `parameters`; libvirt
    /// refuses the whole call if one is unknown or of the wrong type.
    ///
    /// Wraps `virNodeSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: TypedParameters) throws(LibvirtError) {
        let connection = try handle("virNodeSetMemoryParameters")
        _ = try parameters.withCParameters { array, count throws(LibvirtError) in
            try check(virNodeSetMemoryParameters(connection, array, count, 0), "virNodeSetMemoryParameters")
        }
    }
}
