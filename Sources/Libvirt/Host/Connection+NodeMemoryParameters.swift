import CLibvirt

extension Connection {
    // MARK: - Memory tunables

    /// The host's memory tunables and KSM counters.
    ///
    /// Wraps `virNodeGetMemoryParameters`.
    public func memoryParameters() throws(LibvirtError) -> NodeMemoryParameters {
        let connection = try handle("virNodeGetMemoryParameters")
        return NodeMemoryParameters(try TypedParameters.fetch("virNodeGetMemoryParameters") { parameters, count in
            virNodeGetMemoryParameters(connection, parameters, count, 0)
        })
    }

    /// Changes the host's memory tunables that are not nil in `parameters`
    /// (counters are never sent), and its ``NodeMemoryParameters/extra``;
    /// libvirt refuses the whole call if one is unknown.
    ///
    /// Wraps `virNodeSetMemoryParameters`.
    public func setMemoryParameters(_ parameters: NodeMemoryParameters) throws(LibvirtError) {
        let connection = try handle("virNodeSetMemoryParameters")
        try parameters.typedParameters(settableOnly: true).withCParameters { array, count throws(LibvirtError) in
            try check(virNodeSetMemoryParameters(connection, array, count, 0), "virNodeSetMemoryParameters")
        }
    }
}
