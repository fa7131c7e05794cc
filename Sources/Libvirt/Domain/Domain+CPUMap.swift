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

/// The bytes of a CPU map holding `cpus`, at least `minimumLength` long.
func cpuMapBytes(_ cpus: Set<Int>, minimumLength: Int = 1) -> [UInt8] {
    let length = max(minimumLength, ((cpus.max() ?? 0) / 8) + 1)
    var bytes = [UInt8](repeating: 0, count: length)
    for cpu in cpus where cpu >= 0 {
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
