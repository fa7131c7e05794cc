extension ReconnectingConnection {
    // MARK: - Watching the connection

    /// Keeps the close events of the first connection for the supervisor.
    func watchCloseEvents(_ events: CloseEvents?) {
        closeEvents = events
    }

    /// Starts the task that watches the connection and reopens it.
    func startSupervisor() {
        supervisor = Task { [weak self] in
            while !Task.isCancelled {
                guard let self else { return }
                guard await self.superviseOnce() else { return }
            }
        }
    }

    /// Waits until the current connection is lost, then reopens it. Returns
    /// false when supervision should end (closed, or gave up).
    private func superviseOnce() async -> Bool {
        guard let watched = current, !isShutDown else { return false }
        guard let reason = await Self.waitForLoss(of: watched, closeEvents: closeEvents, every: policy.checkInterval) else {
            return false  // cancelled
        }
        guard !isShutDown, current === watched else { return false }
        let lostAt = ContinuousClock.now
        await connectionLost(watched, reason: reason)
        return await reopen(since: lostAt)
    }

    /// What one of the loss watchers found.
    private enum Finding: Sendable {
        case closeEvent(DisconnectReason?)
        case poll(DisconnectReason?)
        case graceOver
    }

    /// How long a loss found by polling waits for the close event, which names
    /// the reason but may be delivered a moment after the link went down.
    static let closeEventGrace: Duration = .milliseconds(500)

    /// Waits until `connection` is lost: libvirt's close event (with its
    /// reason) or, as a fallback for what it misses, polling; nil when the task
    /// is cancelled.
    private static func waitForLoss(
        of connection: Connection, closeEvents: CloseEvents?, every interval: Duration
    ) async -> DisconnectReason? {
        await withTaskGroup(of: Finding.self) { group in
            group.addTask { .closeEvent(await closeEvent(closeEvents)) }
            group.addTask { .poll(await pollLoss(of: connection, every: interval)) }
            var polled: DisconnectReason?
            var closeEventsEnded = false
            var result: DisconnectReason?
            findings: for await finding in group {
                switch finding {
                case .closeEvent(let reason?):
                    result = reason
                    break findings
                case .closeEvent(nil):
                    // No close events here (or cancelled): polling alone decides.
                    closeEventsEnded = true
                    if let polled {
                        result = polled
                        break findings
                    }
                case .poll(let reason?):
                    polled = reason
                    if closeEventsEnded {
                        result = reason
                        break findings
                    }
                    group.addTask {
                        try? await Task.sleep(for: closeEventGrace)
                        return .graceOver
                    }
                case .poll(nil):
                    break findings  // cancelled
                case .graceOver:
                    result = polled
                    break findings
                }
            }
            group.cancelAll()
            return result
        }
    }

    /// The reason of a connection's close event; nil when there is none to
    /// wait for (the driver has none, or the task was cancelled first).
    private static func closeEvent(_ events: CloseEvents?) async -> DisconnectReason? {
        guard let events else { return nil }
        // Cancelling the task ends the loop (the sequence is an AsyncStream's).
        for await reason in events { return .closed(reason) }
        return nil
    }

    /// Polls `connection` until it is not alive; nil when the task is cancelled.
    ///
    /// Wraps `virConnectIsAlive` (through ``Connection/isAlive()``).
    private static func pollLoss(of connection: Connection, every interval: Duration) async -> DisconnectReason? {
        while !Task.isCancelled {
            do throws(LibvirtError) {
                if try await connection.isAlive() == false { return .linkLost }
            } catch {
                return .checkFailed(error)
            }
            do {
                try await Task.sleep(for: interval)
            } catch {
                return nil
            }
        }
        return nil
    }

    // MARK: - Losing and reopening

    /// Drops the lost connection: stops the subscriptions' pumps, tells
    /// everyone, and closes it.
    private func connectionLost(_ lost: Connection, reason: DisconnectReason) async {
        current = nil
        closeEvents = nil
        for (key, entry) in subscriptions {
            entry.pump?.cancel()
            subscriptions[key]?.pump = nil
            entry.mark(.disconnected(reason))
        }
        report(.disconnected(reason))
        _ = try? await lost.close()
    }

    /// Opens new connections, backing off, until one opens; then resumes the
    /// subscriptions. Returns false when it gave up or was closed.
    private func reopen(since lostAt: ContinuousClock.Instant) async -> Bool {
        var failures = 0
        while !Task.isCancelled && !isShutDown {
            do throws(LibvirtError) {
                let (opened, closes) = try await Self.openOne(
                    uri, flags: flags, authentication: authentication,
                    executors: executorCount, policy: policy, logger: logger)
                guard !isShutDown else {
                    _ = try? await opened.close()
                    return false
                }
                closeEvents = closes
                await reconnected(opened, gap: ContinuousClock.now - lostAt)
                return true
            } catch {
                failures += 1
                if let maximum = policy.maximumAttempts, failures >= maximum {
                    report(.gaveUp(error))
                    return false
                }
                let wait = policy.jitteredDelay(afterFailedAttempts: failures)
                report(.reconnectFailed(attempt: failures, error: error, retryIn: wait))
                do {
                    try await Task.sleep(for: wait)
                } catch {
                    return false
                }
            }
        }
        return false
    }

    /// Installs a new connection and makes every subscription again on it,
    /// each after its ``ReconnectingEvent/reconnected(gap:)`` marker.
    private func reconnected(_ opened: Connection, gap: Duration) async {
        current = opened
        generation += 1
        report(.reconnected(generation: generation, gap: gap))
        for key in subscriptions.keys.sorted() {
            guard let entry = subscriptions[key], entry.pump == nil else { continue }
            let pump = await entry.resume(opened, .reconnected(gap: gap))
            // The subscription may have ended, or the connection been lost again, meanwhile.
            if subscriptions[key] != nil, current === opened {
                subscriptions[key]?.pump = pump
            } else {
                pump?.cancel()
            }
        }
    }
}
