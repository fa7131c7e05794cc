import CLibvirt
import Glibc

extension Connection {
    // MARK: - The host's hardware

    /// The host's CPU model, memory size and CPU topology.
    ///
    /// Wraps `virNodeGetInfo`.
    public func nodeInfo() throws(LibvirtError) -> NodeInfo {
        var info = virNodeInfo()
        try check(virNodeGetInfo(try handle("virNodeGetInfo"), &info), "virNodeGetInfo")
        return NodeInfo(info)
    }

    /// Which of the host's CPUs are online.
    ///
    /// Wraps `virNodeGetCPUMap`.
    public func cpuMap() throws(LibvirtError) -> NodeCPUMap {
        var bitmap: UnsafeMutablePointer<UInt8>? = nil
        var online: UInt32 = 0
        let present = try check(
            virNodeGetCPUMap(try handle("virNodeGetCPUMap"), &bitmap, &online, 0), "virNodeGetCPUMap")
        defer { free(bitmap) }
        return NodeCPUMap(bitmap: bitmap, present: Int(present), online: Int(online))
    }

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

    // MARK: - Power

    /// Suspends the whole host for `duration` seconds, after which libvirt's
    /// host-side timer wakes it up.
    ///
    /// - Parameters:
    ///   - target: to RAM, to disk, or both.
    ///   - duration: seconds before waking up; libvirt requires at least 60.
    ///
    /// Wraps `virNodeSuspendForDuration`.
    public func suspendNode(target: NodeSuspendTarget, duration: UInt64) throws(LibvirtError) {
        try check(
            virNodeSuspendForDuration(try handle("virNodeSuspendForDuration"), target.rawValue, duration, 0),
            "virNodeSuspendForDuration")
    }
}
