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
    /// Wraps `virStreamNew`.
    public func makeStream(flags: DataStream.Flags = []) throws(LibvirtError) -> DataStream {
        let stream = try check(virStreamNew(try handle("virStreamNew"), flags.rawValue), "virStreamNew")
        return DataStream(TransferredPointer(pointer: stream), connection: self, executor: lane(nil))
    }
}
