import CLibvirt

extension Connection {
    // MARK: - Streams

    /// Creates a stream, to hand to a call that moves data through it (volume
    /// upload and download, consoles, channels, screenshots).
    ///
    /// Wraps `virStreamNew`.
    public func makeStream(flags: Stream.Flags = []) throws(LibvirtError) -> Stream {
        let stream = try check(virStreamNew(try handle("virStreamNew"), flags.rawValue), "virStreamNew")
        return Stream(TransferredPointer(pointer: stream), connection: self, executor: lane(nil))
    }
}
