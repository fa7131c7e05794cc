/// Many hypervisors at once: one kept-open connection per URI, their events
/// merged into one sequence, their statistics polled concurrently.
///
/// Each host is a ``ReconnectingConnection``: a host whose daemon restarts or
/// stops answering is reopened with the fleet's ``ReconnectingConnection/Policy``
/// while the others go on, and its loss and return are elements of every merged
/// sequence. A host that cannot be reached when the fleet opens is tried again
/// in the background with the same policy, and joins every subscription once it
/// answers.
///
/// ```swift
/// try await Fleet.with(["qemu+tls://a/system", "qemu+tls://b/system"]) { fleet in
///     for await element in try await fleet.domainEvents([.lifecycle]) {
///         if case .event(let record) = element.event {
///             print(element.host, record.name, record.event)
///         }
///     }
/// }
/// ```
///
/// Closing the fleet (``close()``, or the end of ``with(_:authentication:executors:policy:_:)``)
/// ends every sequence and task it started and closes every connection.
public actor Fleet {
    /// The hosts' URIs, in the order given.
    public nonisolated let uris: [String]
    /// How each host's losses are noticed and how reopening backs off.
    public nonisolated let policy: ReconnectingConnection.Policy
    /// The credentials handler of every open.
    let authentication: Authentication?
    /// How many executors each host's connection has.
    let executorCount: Int
    /// The open hosts.
    var links: [String: ReconnectingConnection] = [:]
    /// The hosts whose first open is being retried, with the error of the last attempt.
    var unreachable: [String: LibvirtError] = [:]
    /// The tasks that retry first opens.
    var openers: [String: Task<Void, Never>] = [:]
    /// The merged subscriptions, to attach to hosts that come up later.
    var subscriptions: [Int: MergedSubscription] = [:]
    /// The tasks that forward each host's elements into each merged subscription.
    var pumps: [Int: [String: Task<Void, Never>]] = [:]
    /// The key of the next subscription.
    var nextKey = 0
    /// Set by ``close()``.
    var isClosed = false

    init(
        uris: [String], authentication: Authentication?, executorCount: Int,
        policy: ReconnectingConnection.Policy
    ) {
        self.uris = uris
        self.authentication = authentication
        self.executorCount = executorCount
        self.policy = policy
    }

    deinit {
        for opener in openers.values { opener.cancel() }
        for subscription in subscriptions.values { subscription.finish() }
    }
}

// MARK: - Opening and closing

extension Fleet {
    /// Opens a connection to every host of `uris`, concurrently.
    ///
    /// A host that cannot be reached now does not fail the fleet: it is tried
    /// again in the background, following `policy`, and
    /// ``unreachableHosts()`` names it with its error until it answers.
    ///
    /// - Parameters:
    ///   - uris: the hosts, such as `qemu+tls://host/system`; duplicates are ignored.
    ///   - authentication: answers the credentials every open asks for.
    ///   - executors: how many executors each host's connection has.
    ///   - policy: how losses are noticed and how reopening backs off.
    ///
    /// Wraps `virConnectOpen` (through ``ReconnectingConnection/open(_:flags:authentication:executors:policy:logger:)``).
    public static func open(
        _ uris: [String],
        authentication: Authentication? = nil,
        executors: Int = Connection.defaultExecutorCount,
        policy: ReconnectingConnection.Policy = .init()
    ) async -> Fleet {
        var unique: [String] = []
        for uri in uris where !unique.contains(uri) { unique.append(uri) }
        let fleet = Fleet(uris: unique, authentication: authentication, executorCount: executors, policy: policy)
        await withTaskGroup(of: Void.self) { group in
            for uri in unique {
                group.addTask { await fleet.openFirst(uri) }
            }
        }
        return fleet
    }

    /// Opens a fleet, runs `body` with it and closes it, however `body` ends.
    ///
    /// Wraps `virConnectOpen` and `virConnectClose` (through ``open(_:authentication:executors:policy:)``
    /// and ``close()``).
    public static func with<Result: Sendable>(
        _ uris: [String],
        authentication: Authentication? = nil,
        executors: Int = Connection.defaultExecutorCount,
        policy: ReconnectingConnection.Policy = .init(),
        _ body: (Fleet) async throws -> Result
    ) async rethrows -> Result {
        let fleet = await open(uris, authentication: authentication, executors: executors, policy: policy)
        do {
            let result = try await body(fleet)
            await fleet.close()
            return result
        } catch {
            await fleet.close()
            throw error
        }
    }

    /// Closes every host's connection, stops retrying unreachable hosts and
    /// finishes every merged sequence. Idempotent.
    ///
    /// Wraps `virConnectClose` (through ``ReconnectingConnection/close()``).
    public func close() async {
        guard !isClosed else { return }
        isClosed = true
        for opener in openers.values { opener.cancel() }
        openers = [:]
        let open = links
        links = [:]
        unreachable = [:]
        await withTaskGroup(of: Void.self) { group in
            for link in open.values { group.addTask { await link.close() } }
        }
        for subscription in subscriptions.values { subscription.finish() }
        subscriptions = [:]
        for host in pumps.values { for pump in host.values { pump.cancel() } }
        pumps = [:]
    }

    /// Opens `uri` once; when that fails, reports it unreachable and retries
    /// in the background.
    private func openFirst(_ uri: String) async {
        do throws(LibvirtError) {
            await joined(uri, try await openLink(uri))
        } catch {
            markUnreachable(uri, error)
            openers[uri] = Task { await self.retry(uri) }
        }
    }

    /// The background retries of a host's first open, until it answers, the
    /// policy gives up or the fleet closes.
    private func retry(_ uri: String) async {
        var failures = 1
        while !Task.isCancelled, !isClosed {
            if let limit = policy.maximumAttempts, failures >= limit { return }
            try? await Task.sleep(for: policy.jitteredDelay(afterFailedAttempts: failures))
            guard !Task.isCancelled, !isClosed else { return }
            do throws(LibvirtError) {
                let link = try await openLink(uri)
                openers[uri] = nil
                await joined(uri, link)
                return
            } catch {
                failures += 1
                markUnreachable(uri, error)
            }
        }
    }

    /// Opens one host's kept-open connection.
    private func openLink(_ uri: String) async throws(LibvirtError) -> ReconnectingConnection {
        try await ReconnectingConnection.open(
            uri, authentication: authentication, executors: executorCount, policy: policy)
    }

    /// Records that `uri` did not answer; the first time, every subscription is told.
    private func markUnreachable(_ uri: String, _ error: LibvirtError) {
        if unreachable[uri] == nil {
            for subscription in subscriptions.values { subscription.mark(uri, .unreachable(error)) }
        }
        unreachable[uri] = error
    }

    /// Takes a host that opened into the fleet and every subscription.
    private func joined(_ uri: String, _ link: ReconnectingConnection) async {
        guard !isClosed else {
            await link.close()
            return
        }
        let wasUnreachable = unreachable.removeValue(forKey: uri) != nil
        links[uri] = link
        for (key, subscription) in subscriptions {
            if wasUnreachable { subscription.mark(uri, .joined) }
            await attach(key, subscription, to: uri, link)
        }
    }
}

// MARK: - Hosts

extension Fleet {
    /// The current connection to `uri`.
    ///
    /// - Throws: ``LibvirtError/Code/invalidConn`` when `uri` is not a host of
    ///   the fleet, is unreachable, is reconnecting, or the fleet is closed.
    public func connection(to uri: String) async throws(LibvirtError) -> Connection {
        guard let link = links[uri] else {
            let reason =
                isClosed ? "the fleet is closed"
                : unreachable[uri].map { "\(uri) is unreachable: \($0.message)" }
                ?? (uris.contains(uri) ? "\(uri) is not open yet" : "\(uri) is not a host of this fleet")
            throw LibvirtError(code: .invalidConn, domain: .unspecified, message: reason, function: "virConnectOpen")
        }
        return try await link.connection()
    }

    /// The hosts whose connection is open right now, in the fleet's order.
    public func connectedHosts() async -> [String] {
        var connected: [String] = []
        for uri in uris {
            if let link = links[uri], await link.isConnected { connected.append(uri) }
        }
        return connected
    }

    /// The hosts that have not answered since the fleet opened, with the error
    /// of the last attempt (they are retried in the background).
    public func unreachableHosts() -> [String: LibvirtError] {
        unreachable
    }
}
