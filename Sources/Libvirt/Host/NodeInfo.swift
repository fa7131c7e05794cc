import CLibvirt

/// What a hypervisor host is made of (`virNodeInfo`).
///
/// ```swift
/// let node = try await connection.nodeInfo()
/// print("\(node.cpus) CPUs at \(node.mhz) MHz, \(node.memory / 1024) MiB")
/// ```
public struct NodeInfo: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The CPU model, such as `"x86_64"`.
    public let model: String
    /// The memory size, in KiB.
    public let memoryKiB: UInt64
    /// The number of active CPUs.
    public let cpus: Int
    /// The expected CPU frequency, in MHz (0 when unknown).
    public let mhz: Int
    /// The number of NUMA cells; 1 for a uniform memory access host.
    public let nodes: Int
    /// The number of CPU sockets per NUMA cell.
    public let sockets: Int
    /// The number of cores per socket.
    public let cores: Int
    /// The number of threads per core.
    public let threads: Int

    /// Creates node information from its parts.
    public init(
        model: String, memoryKiB: UInt64, cpus: Int, mhz: Int, nodes: Int, sockets: Int, cores: Int, threads: Int
    ) {
        self.model = model
        self.memoryKiB = memoryKiB
        self.cpus = cpus
        self.mhz = mhz
        self.nodes = nodes
        self.sockets = sockets
        self.cores = cores
        self.threads = threads
    }

    /// Copies a C `virNodeInfo`.
    init(_ info: virNodeInfo) {
        self.init(
            model: fixedCString(info.model), memoryKiB: UInt64(info.memory), cpus: Int(info.cpus),
            mhz: Int(info.mhz), nodes: Int(info.nodes), sockets: Int(info.sockets),
            cores: Int(info.cores), threads: Int(info.threads))
    }

    /// The largest number of CPUs the topology allows: nodes × sockets × cores
    /// × threads (libvirt's `VIR_NODEINFO_MAXCPUS`). It may exceed ``cpus``
    /// when some are offline, and is wrong when the topology is not uniform.
    public var maximumCPUs: Int { nodes * sockets * cores * threads }
}
