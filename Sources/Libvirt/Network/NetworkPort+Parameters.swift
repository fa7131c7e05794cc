import CLibvirt

extension NetworkPort {
    // MARK: - Parameters

    /// The port's parameters, as libvirt gives them (today: its bandwidth keys).
    ///
    /// Wraps `virNetworkPortGetParameters`.
    public func parameters() throws(LibvirtError) -> TypedParameters {
        var parameters: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virNetworkPortGetParameters(pointer, &parameters, &count, 0), "virNetworkPortGetParameters")
        return TypedParameters.take(parameters, count: count)
    }

    /// Changes the port's parameters; those not named keep their values.
    ///
    /// Wraps `virNetworkPortSetParameters`.
    public func setParameters(_ parameters: TypedParameters) throws(LibvirtError) {
        _ = try parameters.withCParameters { (array, count) throws(LibvirtError) in
            try check(virNetworkPortSetParameters(pointer, array, count, 0), "virNetworkPortSetParameters")
        }
    }

    /// The port's bandwidth: the bandwidth keys of ``parameters()``.
    ///
    /// Wraps `virNetworkPortGetParameters`.
    public func bandwidth() throws(LibvirtError) -> Bandwidth {
        Bandwidth(try parameters())
    }

    /// Changes the port's bandwidth; keys left `nil` keep their values.
    ///
    /// Wraps `virNetworkPortSetParameters`.
    public func setBandwidth(_ bandwidth: Bandwidth) throws(LibvirtError) {
        try setParameters(bandwidth.parameters)
    }
}
