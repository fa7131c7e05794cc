import CLibvirt

extension NetworkPort {
    // MARK: - Parameters

    /// The port's quality of service.
    ///
    /// Wraps `virNetworkPortGetParameters`.
    public func bandwidth() throws(LibvirtError) -> Bandwidth {
        var parameters: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virNetworkPortGetParameters(pointer, &parameters, &count, 0), "virNetworkPortGetParameters")
        return Bandwidth(TypedParameters.take(parameters, count: count))
    }

    /// Changes the port's bandwidth keys that are not nil (and
    /// ``Bandwidth/extra``); the others keep their values.
    ///
    /// Wraps `virNetworkPortSetParameters`.
    public func setBandwidth(_ bandwidth: Bandwidth) throws(LibvirtError) {
        try bandwidth.typedParameters().withCParameters { (array, count) throws(LibvirtError) in
            try check(virNetworkPortSetParameters(pointer, array, count, 0), "virNetworkPortSetParameters")
        }
    }
}
