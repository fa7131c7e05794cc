extension DataStream {
    // MARK: - Incoming data as sequences

    /// The stream's incoming bytes, as chunks of at most `size` bytes. The
    /// sequence ends when the stream does (after finishing it); holes of a
    /// sparse stream arrive as zeros.
    ///
    /// Iterate it once: the chunks are read from the stream as they come.
    public nonisolated func chunks(size: Int = DataStream.defaultChunkSize) -> Chunks {
        Chunks(stream: self, size: size)
    }

    /// The incoming data of a sparse stream, as ``Chunk``s: data of at most
    /// `size` bytes, and holes. The sequence ends when the stream does (after
    /// finishing it).
    ///
    /// Iterate it once: the chunks are read from the stream as they come.
    public nonisolated func sparseChunks(size: Int = DataStream.defaultChunkSize) -> SparseChunks {
        SparseChunks(stream: self, size: size)
    }

    /// The incoming bytes of a stream, chunk by chunk (see ``DataStream/chunks(size:)``).
    public struct Chunks: AsyncSequence, Sendable {
        /// Each element: bytes, as received.
        public typealias Element = [UInt8]
        /// What iteration throws.
        public typealias Failure = LibvirtError

        let stream: DataStream
        let size: Int

        /// Reads the stream's chunks in turn.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let stream: DataStream
            let size: Int
            var done = false

            /// The next chunk, or nil at the end of the stream.
            ///
            /// Wraps `virStreamRecv`.
            public mutating func next() async throws(LibvirtError) -> [UInt8]? {
                guard !done else { return nil }
                do {
                    let chunk = try await stream.receive(size: size)
                    if chunk == nil { done = true }
                    return chunk
                } catch {
                    done = true
                    throw error
                }
            }
        }

        /// An iterator over the chunks.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(stream: stream, size: size)
        }
    }

    /// The incoming data of a sparse stream, chunk by chunk (see ``DataStream/sparseChunks(size:)``).
    public struct SparseChunks: AsyncSequence, Sendable {
        /// Each element: data or a hole.
        public typealias Element = Chunk
        /// What iteration throws.
        public typealias Failure = LibvirtError

        let stream: DataStream
        let size: Int

        /// Reads the stream's chunks in turn.
        public struct AsyncIterator: AsyncIteratorProtocol {
            let stream: DataStream
            let size: Int
            var done = false

            /// The next chunk, or nil at the end of the stream.
            ///
            /// Wraps `virStreamRecvFlags` and `virStreamRecvHole`.
            public mutating func next() async throws(LibvirtError) -> Chunk? {
                guard !done else { return nil }
                do {
                    let chunk = try await stream.receiveChunk(size: size)
                    if chunk == nil { done = true }
                    return chunk
                } catch {
                    done = true
                    throw error
                }
            }
        }

        /// An iterator over the chunks.
        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(stream: stream, size: size)
        }
    }
}
