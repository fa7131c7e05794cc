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
}
