extension ReconnectingConnection {
    // MARK: - Watching the connection

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
        guard let reason = await Self.waitForLoss(of: watched, every: policy.checkInterval) else {
            return false  // cancelled
        }
        guard !isShutDown, current === watched else { return false }
        let lostAt = ContinuousClock.now
        await connectionLost(watched, reason: reason)
        return await reopen(since: lostAt)
    }

    /// Polls `connection` until it is not alive; nil when the task is cancelled.
    ///
    /// Wraps `virConnectIsAlive` (through ``Connection/isAlive()``).
    private static func waitForLoss(of connection: Connection, every interval: Duration) async -> DisconnectReason? {
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
                let opened = try await Self.openOne(
                    uri, flags: flags, authentication: authentication,
                    executors: executorCount, policy: policy)
                guard !isShutDown else {
                    _ = try? await opened.close()
                    return false
                }
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
