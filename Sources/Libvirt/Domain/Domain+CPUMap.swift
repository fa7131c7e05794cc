import CLibvirt

// MARK: - CPU maps
//
// libvirt passes sets of host CPUs as bitmaps, eight CPUs a byte, lowest first.
// The SDK passes them as `Set<Int>` of CPU numbers.

extension Domain {
    /// How many CPUs the host has, the width of every CPU map.
    ///
    /// Wraps `virDomainGetConnect` (a borrowed connection pointer) and `virNodeGetCPUMap`.
    func hostCPUCount() throws(LibvirtError) -> Int {
        let connection = try check(virDomainGetConnect(pointer), "virDomainGetConnect")
        return Int(try check(virNodeGetCPUMap(connection, nil, nil, 0), "virNodeGetCPUMap"))
    }
}

/// The most host CPUs a CPU map names: 16,384, the 2,048-byte maps libvirt
/// 9.0's remote protocol carries (`REMOTE_CPUMAP_MAX`).
let cpuMapLimit = 2048 * 8

/// The bytes of a CPU map holding `cpus`, or ``LibvirtError/Code/invalidArg``
/// when a CPU number is negative or not below ``cpuMapLimit``.
func cpuMapBytes(_ cpus: Set<Int>, function: String) throws(LibvirtError) -> [UInt8] {
    for cpu in cpus { try checkRange(cpu, "cpus", function: function, in: 0...(cpuMapLimit - 1)) }
    let length = ((cpus.max() ?? 0) / 8) + 1
    var bytes = [UInt8](repeating: 0, count: length)
    for cpu in cpus {
        bytes[cpu / 8] |= UInt8(1) << UInt8(cpu % 8)
    }
    return bytes
}

/// The CPUs set in a C CPU map of `length` bytes.
func cpuSet(_ map: UnsafePointer<UInt8>, length: Int) -> Set<Int> {
    var cpus = Set<Int>()
    for index in 0..<(length * 8) where map[index / 8] & (UInt8(1) << UInt8(index % 8)) != 0 {
        cpus.insert(index)
    }
    return cpus
}

/// The number of bytes of a CPU map of `cpus` CPUs (`VIR_CPU_MAPLEN`).
func cpuMapLength(_ cpus: Int) -> Int {
    (cpus + 7) / 8
}
