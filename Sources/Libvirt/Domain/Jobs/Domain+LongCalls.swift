import CLibvirt

extension Domain {
    // MARK: - Long calls, off the executor

    /// Runs a call that starts a domain job (a save, a core dump, a migration, a
    /// snapshot) on a queue of its own, so that it holds up no other handle of
    /// this domain's executor. When the awaiting task is cancelled, the job is
    /// aborted (`virDomainAbortJob`) and the call ends with libvirt's
    /// ``LibvirtError/Code/operationAborted`` error; a task already cancelled
    /// starts no job.
    @discardableResult
    func runJob<Value: Sendable>(
        _ function: String, _ body: @escaping @Sendable () throws(LibvirtError) -> Value
    ) async throws(LibvirtError) -> Value {
        try await runLongCall(function, abort: { [self] in abortStartedJob() }, body)
    }

    /// Runs a call that may wait long but starts no job that can be aborted (a
    /// guest agent command waits up to the agent timeout) on a queue of its own,
    /// so that it holds up no other handle of this domain's executor. A task
    /// already cancelled starts no call; one cancelled meanwhile lets it end.
    @discardableResult
    func runWaiting<Value: Sendable>(
        _ function: String, _ body: @escaping @Sendable () throws(LibvirtError) -> Value
    ) async throws(LibvirtError) -> Value {
        try await runLongCall(function, body)
    }

    /// Aborts the domain's job: true when libvirt took the abort or refused it
    /// for good, false while the domain has no job yet (the call is still on
    /// its way to starting it: try again).
    ///
    /// Wraps `virDomainAbortJob`.
    nonisolated func abortStartedJob() -> Bool {
        if virDomainAbortJob(pointer) == 0 { return true }
        return LibvirtError.last(function: "virDomainAbortJob").code != .operationInvalid
    }
}
