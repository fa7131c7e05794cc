@testable import Libvirt
import CLibvirt
import Glibc

// Raw domain calls for the integration tests, on the connection's executor
// through its C handle (`@testable`), standing in for the Domain API of branch
// `domain-core` until it is on main. Each frees what it obtains.

/// What `virDomainGetInfo` reports.
struct RawDomainInfo: Sendable, Equatable {
    let state: Int32
    let maxMemory: UInt
    let memory: UInt
    let virtualCPUs: UInt16
    let cpuTime: UInt64
}

extension Connection {
    /// Runs `body` on a domain looked up by name, then frees it.
    func withDomain<T>(
        named name: String, _ body: (OpaquePointer) throws(LibvirtError) -> T
    ) throws(LibvirtError) -> T {
        let domain = try check(
            virDomainLookupByName(try handle("virDomainLookupByName"), name), "virDomainLookupByName")
        defer { virDomainFree(domain) }
        return try body(domain)
    }

    /// `virDomainGetInfo` of the domain `name`.
    func rawInfo(named name: String) throws(LibvirtError) -> RawDomainInfo {
        try withDomain(named: name) { domain throws(LibvirtError) in
            var info = virDomainInfo()
            try check(virDomainGetInfo(domain, &info), "virDomainGetInfo")
            return RawDomainInfo(
                state: Int32(info.state), maxMemory: info.maxMem, memory: info.memory,
                virtualCPUs: info.nrVirtCpu, cpuTime: info.cpuTime)
        }
    }

    /// The names of the domains, active and inactive.
    func rawDomainNames() throws(LibvirtError) -> [String] {
        var list: UnsafeMutablePointer<OpaquePointer?>?
        let count = try check(
            virConnectListAllDomains(try handle("virConnectListAllDomains"), &list, 0), "virConnectListAllDomains")
        defer { free(list) }
        return (0..<Int(count)).compactMap { index in
            guard let domain = list?[index] else { return nil }
            defer { virDomainFree(domain) }
            return virDomainGetName(domain).map { String(cString: $0) }
        }
    }

    /// Defines a domain from XML.
    func rawDefine(_ xml: String) throws(LibvirtError) {
        let domain = try check(virDomainDefineXML(try handle("virDomainDefineXML"), xml), "virDomainDefineXML")
        virDomainFree(domain)
    }

    /// Runs one lifecycle call (`virDomainCreate`, `virDomainSuspend`, ...) on the domain `name`.
    func rawLifecycle(
        _ name: String, _ function: String, _ call: (OpaquePointer) -> Int32
    ) throws(LibvirtError) {
        try withDomain(named: name) { domain throws(LibvirtError) in
            _ = try check(call(domain), function)
        }
    }

    /// `virDomainListGetStats` for the domain `name`: its statistics.
    func rawStats(named name: String) throws(LibvirtError) -> TypedParameters {
        try withDomain(named: name) { domain throws(LibvirtError) in
            var records: UnsafeMutablePointer<virDomainStatsRecordPtr?>?
            var domains: [OpaquePointer?] = [domain, nil]
            let count = try check(
                virDomainListGetStats(&domains, 0, &records, 0), "virDomainListGetStats")
            defer { virDomainStatsRecordListFree(records) }
            guard count > 0, let record = records?[0]?.pointee else { return TypedParameters() }
            return TypedParameters(record.params, count: Int(record.nparams))
        }
    }
}
