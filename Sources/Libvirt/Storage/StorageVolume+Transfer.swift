import CLibvirt

extension StorageVolume {
    // MARK: - Starting transfers on a stream

    /// Starts an upload into the volume: the data sent on `stream` (see
    /// ``DataStream/send(contentsOf:finishing:)-1n9fe``) is written from `offset` on.
    ///
    /// - Parameters:
    ///   - stream: a stream of this connection, made with ``DataStream/Flags/nonBlocking``
    ///     for event-driven I/O.
    ///   - offset: where in the volume writing starts.
    ///   - length: how many bytes to write at most; 0 for all that is sent.
    ///   - flags: `.sparseStream` to accept holes (``DataStream/sendHole(_:)``).
    ///
    /// Wraps `virStorageVolUpload`.
    public func upload(
        stream: DataStream, offset: UInt64 = 0, length: UInt64 = 0, flags: UploadFlags = []
    ) throws(LibvirtError) {
        try check(virStorageVolUpload(pointer, stream.pointer, offset, length, flags.rawValue), "virStorageVolUpload")
    }

    /// Starts a download from the volume: its data from `offset` on arrives
    /// on `stream` (see ``DataStream/chunks(size:)``).
    ///
    /// - Parameters:
    ///   - stream: a stream of this connection, made with ``DataStream/Flags/nonBlocking``
    ///     for event-driven I/O.
    ///   - offset: where in the volume reading starts.
    ///   - length: how many bytes to read at most; 0 for all to the end.
    ///   - flags: `.sparseStream` to receive holes as holes (``DataStream/sparseChunks(size:)``).
    ///
    /// Wraps `virStorageVolDownload`.
    public func download(
        stream: DataStream, offset: UInt64 = 0, length: UInt64 = 0, flags: DownloadFlags = []
    ) throws(LibvirtError) {
        try check(
            virStorageVolDownload(pointer, stream.pointer, offset, length, flags.rawValue), "virStorageVolDownload")
    }

    // MARK: - Whole transfers

    /// Writes every chunk of bytes `source` yields into the volume, from
    /// `offset` on, through a new stream, and finishes the transfer. The stream
    /// is non-blocking; blocking on a connection for calls only (``Connection/SocketWatch/callsOnly``).
    ///
    /// Wraps `virStreamNew`, `virStorageVolUpload`, `virStreamSend` and `virStreamFinish`.
    public func upload<Source: AsyncSequence>(
        contentsOf source: sending Source, offset: UInt64 = 0, length: UInt64 = 0
    ) async throws(LibvirtError) where Source.Element == [UInt8] {
        let stream = try await connection.makeTransferStream()
        try upload(stream: stream, offset: offset, length: length)
        try await stream.send(contentsOf: source)
    }

    /// Writes every chunk (data or hole) `source` yields into the volume, from
    /// `offset` on, through a new sparse stream (non-blocking; blocking on a
    /// connection for calls only), and finishes the
    /// transfer. Holes are not written: the volume keeps them unallocated
    /// where its storage can.
    ///
    /// Wraps `virStreamNew`, `virStorageVolUpload` (with
    /// `VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM`), `virStreamSend`,
    /// `virStreamSendHole` and `virStreamFinish`.
    public func upload<Source: AsyncSequence>(
        contentsOf source: sending Source, offset: UInt64 = 0, length: UInt64 = 0
    ) async throws(LibvirtError) where Source.Element == DataStream.Chunk {
        let stream = try await connection.makeTransferStream()
        try upload(stream: stream, offset: offset, length: length, flags: .sparseStream)
        try await stream.send(contentsOf: source)
    }

    /// The volume's bytes from `offset` on (all of them, or `length`), read
    /// through a new stream (non-blocking; blocking on a connection for calls
    /// only) as chunks of at most `chunkSize` bytes.
    ///
    /// Wraps `virStreamNew`, `virStorageVolDownload`, `virStreamRecv` and `virStreamFinish`.
    public func download(
        offset: UInt64 = 0, length: UInt64 = 0, chunkSize: Int = DataStream.defaultChunkSize
    ) async throws(LibvirtError) -> DataStream.Chunks {
        let stream = try await connection.makeTransferStream()
        try download(stream: stream, offset: offset, length: length)
        return stream.chunks(size: chunkSize)
    }

    /// The volume's data from `offset` on (all of it, or `length` bytes),
    /// read through a new sparse stream (non-blocking; blocking on a connection
    /// for calls only): data chunks of at most
    /// `chunkSize` bytes, and its holes as holes.
    ///
    /// Wraps `virStreamNew`, `virStorageVolDownload` (with
    /// `VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM`), `virStreamRecvFlags`,
    /// `virStreamRecvHole` and `virStreamFinish`.
    public func sparseDownload(
        offset: UInt64 = 0, length: UInt64 = 0, chunkSize: Int = DataStream.defaultChunkSize
    ) async throws(LibvirtError) -> DataStream.SparseChunks {
        let stream = try await connection.makeTransferStream()
        try download(stream: stream, offset: offset, length: length, flags: .sparseStream)
        return stream.sparseChunks(size: chunkSize)
    }
}
