import CLibvirt

extension DataStream {
    // MARK: - Sending

    /// Sends all of `bytes`, waiting for the stream to be writable as needed.
    ///
    /// Wraps `virStreamSend`.
    public func send(_ bytes: [UInt8]) async throws(LibvirtError) {
        isUnfinished = true
        var offset = 0
        while offset < bytes.count {
            try abortIfCancelled("virStreamSend")
            let result = bytes.withUnsafeBytes { raw in
                virStreamSend(
                    pointer, raw.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self),
                    raw.count - offset)
            }
            if result == -2 {
                try await waitUntilReady(.writing, function: "virStreamSend")
                continue
            }
            offset += Int(try check(result, "virStreamSend"))
        }
    }

    /// Sends a hole of `length` bytes: the other side skips (or writes zeros
    /// for) them. The transfer must have been started sparse (such as a
    /// volume upload with ``StorageVolume/UploadFlags/sparseStream``).
    ///
    /// Wraps `virStreamSendHole`.
    public func sendHole(_ length: Int64) async throws(LibvirtError) {
        isUnfinished = true
        while true {
            try abortIfCancelled("virStreamSendHole")
            let result = virStreamSendHole(pointer, length, 0)
            if result == -2 {
                try await waitUntilReady(.writing, function: "virStreamSendHole")
                continue
            }
            try check(result, "virStreamSendHole")
            return
        }
    }

    /// Sends one chunk: its bytes, or its hole.
    ///
    /// Wraps `virStreamSend` and `virStreamSendHole`.
    public func send(_ chunk: Chunk) async throws(LibvirtError) {
        switch chunk {
        case .data(let bytes): try await send(bytes)
        case .hole(let length): try await sendHole(length)
        }
    }

    // MARK: - Sending a sequence

    /// Sends every chunk of bytes `source` yields, then (unless `finishing`
    /// is false) finishes the stream.
    ///
    /// If `source` throws, the stream is aborted and the error is reported as
    /// ``LibvirtError/Code/operationAborted`` naming it.
    ///
    /// Wraps `virStreamSend` (and `virStreamFinish`).
    public func send<Source: AsyncSequence>(
        contentsOf source: sending Source, finishing: Bool = true
    ) async throws(LibvirtError) where Source.Element == [UInt8] {
        try await forEach(of: source) { (bytes) throws(LibvirtError) in try await self.send(bytes) }
        if finishing { try finish() }
    }

    /// Sends every chunk (data or hole) `source` yields, then (unless
    /// `finishing` is false) finishes the stream. The transfer must have been
    /// started sparse.
    ///
    /// If `source` throws, the stream is aborted and the error is reported as
    /// ``LibvirtError/Code/operationAborted`` naming it.
    ///
    /// Wraps `virStreamSend`, `virStreamSendHole` (and `virStreamFinish`).
    public func send<Source: AsyncSequence>(
        contentsOf source: sending Source, finishing: Bool = true
    ) async throws(LibvirtError) where Source.Element == Chunk {
        try await forEach(of: source) { (chunk) throws(LibvirtError) in try await self.send(chunk) }
        if finishing { try finish() }
    }

    /// Runs `body` on each element of `source`, aborting the stream when
    /// either fails.
    private func forEach<Source: AsyncSequence>(
        of source: sending Source, _ body: (Source.Element) async throws(LibvirtError) -> Void
    ) async throws(LibvirtError) where Source.Element: Sendable {
        var iterator = source.makeAsyncIterator()
        while true {
            let element: Source.Element?
            do {
                element = try await iterator.next(isolation: self)
            } catch {
                abortQuietly()
                if let error = error as? LibvirtError { throw error }
                throw LibvirtError(
                    code: .operationAborted, domain: .streams,
                    message: "the data source failed (\(error)); the stream was aborted", function: "virStreamAbort")
            }
            guard let element else { return }
            do {
                try await body(element)
            } catch {
                abortQuietly()
                throw error
            }
        }
    }
}
