import CLibvirt

/// A data stream between the client and the hypervisor (`virStreamPtr`).
///
/// Streams carry volume uploads and downloads, consoles, channels and
/// screenshots. Create one with ``Connection/makeStream(flags:)`` (pass
/// ``Flags/nonBlocking``), hand it to the call that starts a transfer, then
/// read it as an `AsyncSequence` of chunks (``chunks(size:)``,
/// ``sparseChunks(size:)``) or feed it (``send(_:)-([UInt8])``, ``send(contentsOf:finishing:)-1n9fe``).
///
/// Data moves when libvirt's event loop says the stream is ready: a call that
/// would block suspends the task until the next readiness event, and holds no
/// thread. Cancelling the task aborts the stream.
///
/// An actor on one of its connection's executors (see ``LibvirtExecutor``):
/// its blocking calls run there, one at a time. It holds one libvirt reference,
/// released when the actor is; a stream released before it was finished is
/// aborted first.
public actor DataStream: LibvirtHandle {
    /// The C handle, owned by this actor (one reference).
    nonisolated(unsafe) let pointer: OpaquePointer
    /// The connection this stream belongs to.
    public nonisolated let connection: Connection
    /// The executor this actor runs on.
    public nonisolated let executor: LibvirtExecutor

    /// The state shared with libvirt's event callback, while one is registered.
    var readiness: StreamReadiness?
    /// Whether a transfer ran on the stream and it was neither finished nor aborted.
    var isUnfinished = false
    /// Held by a non-blocking stream: its data comes through the loop, which
    /// must not wait for a dormant socket.
    private let promptWatch: PromptWatch?

    /// Takes over one reference to a C handle.
    init(_ handle: TransferredPointer, connection: Connection, executor: LibvirtExecutor, promptWatch: PromptWatch?) {
        pointer = handle.pointer
        self.connection = connection
        self.executor = executor
        self.promptWatch = promptWatch
    }

    deinit {
        let stream = TransferredPointer(pointer: pointer)
        let (readiness, unfinished, releases) = (readiness, isUnfinished, connection.releases)
        guard unfinished else {
            // Removing the callback and releasing the reference are local
            // calls: done now, so that nothing of a finished stream outlives
            // it (``Connection/close()`` then counts only what the caller holds).
            Self.release(stream, readiness, releases)
            return
        }
        // The releasing thread may be the cooperative pool: abort (a round trip
        // through a daemon) and release on this stream's executor instead.
        executor.async {
            virStreamAbort(stream.pointer)
            Self.release(stream, readiness, releases)
        }
    }

    /// Removes the event callback, if any, and releases the reference.
    ///
    /// Wraps `virStreamEventRemoveCallback` and `virStreamFree`.
    private static func release(_ stream: TransferredPointer, _ readiness: StreamReadiness?, _ releases: HandleReleases) {
        if let readiness {
            virStreamEventRemoveCallback(stream.pointer)
            readiness.forget()
            releases.streamCallbackRemoved()
        }
        virResetLastError()
        virStreamFree(stream.pointer)
    }
}

// MARK: - Identity

extension DataStream {
    /// Whether both are the same stream: a stream has no identity in libvirt
    /// beyond its handle, so streams compare as objects.
    public static func == (lhs: DataStream, rhs: DataStream) -> Bool {
        lhs === rhs
    }

    /// Hashes the stream's object identity.
    public nonisolated func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self))
    }
}
