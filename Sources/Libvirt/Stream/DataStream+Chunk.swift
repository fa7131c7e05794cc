extension DataStream {
    // MARK: - Chunks

    /// A piece of a sparse stream: bytes, or a hole (a run of zeros that takes
    /// no space, sent as its length only).
    public enum Chunk: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Bytes of data.
        case data([UInt8])
        /// A hole of this many bytes.
        case hole(Int64)

        /// The chunk by its length: `data(4096 bytes)`, `hole(1048576 bytes)`.
        public var description: String {
            switch self {
            case .data(let bytes): "data(\(bytes.count) bytes)"
            case .hole(let length): "hole(\(length) bytes)"
            }
        }

        /// How many bytes of the stream the chunk stands for.
        public var length: Int64 {
            switch self {
            case .data(let bytes): Int64(bytes.count)
            case .hole(let length): length
            }
        }
    }

    /// The size of the chunks read when none is asked: 256 KiB, the largest
    /// payload libvirt puts in one stream message.
    public static let defaultChunkSize = 256 * 1024
}
