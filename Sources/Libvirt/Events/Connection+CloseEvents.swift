extension Connection {
    // MARK: - Close events

    /// The reasons libvirt gives when it closes this connection: an
    /// `AsyncSequence` that yields one ``CloseReason`` (the daemon went away:
    /// ``CloseReason/eof``; keepalive timed out: ``CloseReason/keepAlive``; an
    /// I/O ``CloseReason/error``; or ``CloseReason/client``) and finishes.
    ///
    /// Any number of consumers may watch at once; libvirt's single close
    /// callback is registered once per connection, on first use, and shared.
    /// A sequence made after libvirt closed the connection yields that reason
    /// at once. ``close()`` finishes every such sequence without a reason, as
    /// it does every event sequence of the connection. Drivers that cannot
    /// lose their connection (the in-process test driver) never yield one.
    ///
    /// ```swift
    /// for await reason in try await connection.closeEvents() {
    ///     print("lost the connection:", reason)
    /// }
    /// ```
    ///
    /// - Throws: ``LibvirtError/Code/invalidConn`` once ``close()`` has run.
    ///
    /// Wraps `virConnectRegisterCloseCallback`.
    public func closeEvents() throws(LibvirtError) -> CloseEvents {
        CloseEvents(stream: events.closeStream(pointer: try handle("virConnectRegisterCloseCallback")))
    }
}
