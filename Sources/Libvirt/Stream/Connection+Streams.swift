import CLibvirt

extension Connection {
    // MARK: - Streams

    /// Creates a stream, to hand to a call that moves data through it (volume
    /// upload and download, consoles, channels, screenshots).
    ///
    /// Pass ``DataStream/Flags/nonBlocking`` for event-driven I/O: the stream's
    /// calls then wait for libvirt's event loop, holding no thread. A blocking
    /// stream's calls hold the stream's executor until data moves.
    ///
    /// - Throws: ``LibvirtError``; ``LibvirtError/Code/operationInvalid`` for
    ///   a non-blocking stream on a connection for calls only
    ///   (``SocketWatch/callsOnly``), whose data no loop would read.
    ///
    /// Wraps `virStreamNew`.
    public func makeStream(flags: DataStream.Flags = []) throws(LibvirtError) -> DataStream {
        let nonBlocking = flags.contains(.nonBlocking)
        if nonBlocking {
            try requireEventLoop("virStreamNew", for: "non-blocking streams")
        }
        let stream = try check(virStreamNew(try handle("virStreamNew"), flags.rawValue), "virStreamNew")
        return DataStream(
            TransferredPointer(pointer: stream), connection: self, executor: lane(nil),
            promptWatch: nonBlocking ? socket?.promptWatch() : nil)
    }

    /// A stream for a whole transfer (a volume's upload or download):
    /// non-blocking, so that it holds no thread while data is
    /// slow to come; blocking on a connection for calls only, which has no
    /// non-blocking streams.
    ///
    /// Wraps `virStreamNew`.
    package func makeTransferStream() throws(LibvirtError) -> DataStream {
        try makeStream(flags: socketWatch == .eventLoop ? .nonBlocking : [])
    }
}
