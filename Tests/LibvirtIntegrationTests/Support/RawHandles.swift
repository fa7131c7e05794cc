@testable import Libvirt
import CLibvirt

extension Connection {
    /// A ``Domain`` actor for the domain `name` (standing in for the lookup of branch `domain-core`).
    func rawDomain(named name: String) throws(LibvirtError) -> Domain {
        let pointer = try check(
            virDomainLookupByName(try handle("virDomainLookupByName"), name), "virDomainLookupByName")
        return Domain(TransferredPointer(pointer: pointer), connection: self, executor: lane(nil))
    }
}

extension Domain {
    /// `virDomainGetInfo` of this domain, on its own executor.
    func rawInfo() throws(LibvirtError) -> RawDomainInfo {
        var info = virDomainInfo()
        try check(virDomainGetInfo(pointer, &info), "virDomainGetInfo")
        return RawDomainInfo(
            state: Int32(info.state), maxMemory: info.maxMem, memory: info.memory,
            virtualCPUs: info.nrVirtCpu, cpuTime: info.cpuTime)
    }
}
