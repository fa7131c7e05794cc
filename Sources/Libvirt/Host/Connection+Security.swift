import CLibvirt

extension Connection {
    // MARK: - Security

    /// The security model the hypervisor confines guests with, such as
    /// SELinux, AppArmor or `none`.
    ///
    /// Wraps `virNodeGetSecurityModel`.
    public func securityModel() throws(LibvirtError) -> SecurityModel {
        var model = virSecurityModel()
        try check(virNodeGetSecurityModel(try handle("virNodeGetSecurityModel"), &model), "virNodeGetSecurityModel")
        return SecurityModel(model: fixedCString(model.model), doi: fixedCString(model.doi))
    }

    /// The host's AMD SEV (Secure Encrypted Virtualization) platform data.
    ///
    /// Throws libvirt's error (``LibvirtError/Code/operationUnsupported`` from
    /// QEMU) on a host without SEV.
    ///
    /// Wraps `virNodeGetSEVInfo` and `virTypedParamsFree`.
    public func sevInfo() throws(LibvirtError) -> SEVInfo {
        var parameters: UnsafeMutablePointer<virTypedParameter>? = nil
        var count: Int32 = 0
        try check(virNodeGetSEVInfo(try handle("virNodeGetSEVInfo"), &parameters, &count, 0), "virNodeGetSEVInfo")
        return SEVInfo(TypedParameters.take(parameters, count: count))
    }
}
