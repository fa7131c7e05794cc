import CLibvirt

extension DataStream {
    // MARK: - Receiving

    /// Receives the next bytes of the stream, up to `size` of them, waiting
    /// for the stream to be readable as needed.
    ///
    /// At the end of the stream, finishes it (so the other side's final
    /// status is checked) and returns nil. On a sparse stream, holes arrive
    /// as zeros; use ``receiveChunk(size:)`` to see them.
    ///
    /// Wraps `virStreamRecv` (and `virStreamFinish` at the end).
    public func receive(size: Int = DataStream.defaultChunkSize) async throws(LibvirtError) -> [UInt8]? {
        isUnfinished = true
        var buffer = [UInt8](repeating: 0, count: max(size, 1))
        while true {
            try abortIfCancelled("virStreamRecv")
            let result = buffer.withUnsafeMutableBytes { raw in
                virStreamRecv(pointer, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
            }
            switch result {
            case -2:
                try await waitUntilReady(.reading, function: "virStreamRecv")
            case 0:
                try finish()
                return nil
            default:
                try check(result, "virStreamRecv")
                buffer.removeSubrange(Int(result)...)
                return buffer
            }
        }
    }

    /// Receives the next chunk of a sparse stream: up to `size` bytes of
    /// data, or a whole hole. The transfer must have been started sparse
    /// (such as a volume download with ``StorageVolume/DownloadFlags/sparseStream``).
    ///
    /// At the end of the stream, finishes it and returns nil.
    ///
    /// Wraps `virStreamRecvFlags` (with `VIR_STREAM_RECV_STOP_AT_HOLE`),
    /// `virStreamRecvHole` (and `virStreamFinish` at the end).
    public func receiveChunk(size: Int = DataStream.defaultChunkSize) async throws(LibvirtError) -> Chunk? {
        isUnfinished = true
        var buffer = [UInt8](repeating: 0, count: max(size, 1))
        let stopAtHole = UInt32(VIR_STREAM_RECV_STOP_AT_HOLE.rawValue)
        while true {
            try abortIfCancelled("virStreamRecvFlags")
            let result = buffer.withUnsafeMutableBytes { raw in
                virStreamRecvFlags(pointer, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count, stopAtHole)
            }
            switch result {
            case -2:
                try await waitUntilReady(.reading, function: "virStreamRecvFlags")
            case -3:
                var length: Int64 = 0
                try check(virStreamRecvHole(pointer, &length, 0), "virStreamRecvHole")
                return .hole(length)
            case 0:
                try finish()
                return nil
            default:
                try check(result, "virStreamRecvFlags")
                buffer.removeSubrange(Int(result)...)
                return .data(buffer)
            }
        }
    }

    // MARK: - Ending

    /// Completes the transfer: waits for the other side to confirm it took
    /// all the data (after sending) or for its final status (after
    /// receiving), and reports its error if it failed.
    ///
    /// Wraps `virStreamFinish`.
    public func finish() throws(LibvirtError) {
        removeCallback()
        isUnfinished = false
        try check(virStreamFinish(pointer), "virStreamFinish")
    }

    /// Cancels the transfer; the other side sees it fail.
    ///
    /// Wraps `virStreamAbort`.
    public func abort() throws(LibvirtError) {
        removeCallback()
        isUnfinished = false
        try check(virStreamAbort(pointer), "virStreamAbort")
    }
}
