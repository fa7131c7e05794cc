/// Which of a host's CPUs are online, by CPU number.
///
/// A collection of `Bool`, one per CPU present on the host: `map[3]` tells
/// whether CPU 3 is online.
///
/// ```swift
/// let map = try await connection.cpuMap()
/// print("\(map.onlineCount) of \(map.count) CPUs online: \(map.online)")
/// ```
public struct NodeCPUMap: Sendable, Hashable, RandomAccessCollection, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// Whether each CPU is online, indexed by CPU number.
    public let isOnline: [Bool]
    /// How many CPUs are online, as libvirt counts them.
    public let onlineCount: Int

    /// Creates a map from one flag per CPU and the online count.
    public init(isOnline: [Bool], onlineCount: Int) {
        self.isOnline = isOnline
        self.onlineCount = onlineCount
    }

    /// Decodes libvirt's bitmap: bit `n % 8` of byte `n / 8` is CPU `n`.
    init(bitmap: UnsafePointer<UInt8>?, present: Int, online: Int) {
        let flags = (0..<present).map { cpu in
            guard let bitmap else { return false }
            return bitmap[cpu / 8] & (1 << UInt8(cpu % 8)) != 0
        }
        self.init(isOnline: flags, onlineCount: online)
    }

    /// The numbers of the online CPUs, in order.
    public var online: [Int] { isOnline.indices.filter { isOnline[$0] } }

    // MARK: - Collection

    /// CPU 0.
    public var startIndex: Int { isOnline.startIndex }
    /// The number of CPUs present.
    public var endIndex: Int { isOnline.endIndex }
    /// Whether CPU `cpu` is online.
    public subscript(cpu: Int) -> Bool { isOnline[cpu] }
}
