import Libvirt

/// The steps, each over every guest at once in a task group, each awaiting
/// the guest's lifecycle event before the step counts as done.
struct Scenario: Sendable {
    let connection: Connection
    let template: GuestTemplate
    let names: [String]
    let eventTimeout: Duration
    /// How long to leave the guests running before the teardown.
    let hold: Duration

    /// Subscribes, then defines, starts, suspends, resumes, destroys and
    /// undefines every guest. If anything fails or the task is cancelled,
    /// removes what it made before rethrowing.
    func run() async throws {
        let made = Made()
        let inbox = Inbox()
        // Subscribe first: no event can be missed between a call and its wait.
        let events = try await connection.domainEvents([.lifecycle])
        log("subscribed to lifecycle events on \(try await connection.uri())")
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await inbox.route(events) }
                try await steps(inbox: inbox, made: made)
                events.cancel()
                try await group.waitForAll()
            }
        } catch {
            await cleanUp(made)
            throw error
        }
    }

    // MARK: - Steps

    private func steps(inbox: Inbox, made: Made) async throws {
        try await forEachGuest { name in
            let domain = try await connection.defineDomain(xml: template.xml(name: name))
            await made.add(name, domain)
            try await expect(.defined, of: name, inbox)
        }
        try await forEachGuest { name in
            try await made[name].start()
            try await expect(.started, of: name, inbox)
        }
        try await forEachGuest { name in
            let domain = try await made[name]
            try await domain.suspend()
            try await expect(.suspended, of: name, inbox)
            try await domain.resume()
            try await expect(.resumed, of: name, inbox)
        }
        if hold > .zero {
            log("holding for \(hold): \(names.joined(separator: ", ")) running")
            try await Task.sleep(for: hold)
        }
        try await forEachGuest { name in
            let domain = try await made[name]
            try await domain.destroy()
            try await expect(.stopped, of: name, inbox)
            try await domain.undefine()
            try await expect(.undefined, of: name, inbox)
            await made.remove(name)
        }
    }

    /// Runs `step` for every guest concurrently; the first error cancels the others.
    private func forEachGuest(_ step: @escaping @Sendable (String) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for name in names {
                group.addTask { try await step(name) }
            }
            try await group.waitForAll()
        }
    }

    /// Waits for the guest's event of `kind` and prints it.
    private func expect(_ kind: DomainEvent.LifecycleKind, of name: String, _ inbox: Inbox) async throws {
        let event = try await inbox.next(kind, of: name, timeout: eventTimeout)
        log("\(name): \(describe(event))")
    }

    // MARK: - Cleaning up

    /// Destroys and undefines every guest still there: after an error, or
    /// when cancelled. Runs to the end even in a cancelled task (the SDK's
    /// calls do not stop for cancellation); errors are printed, not thrown.
    private func cleanUp(_ made: Made) async {
        for (name, domain) in await made.all {
            if (try? await domain.isActive()) == true {
                do {
                    try await domain.destroy()
                    log("cleanup: \(name): destroyed")
                } catch {
                    log("cleanup: \(name): destroy failed: \(error)")
                }
            }
            do {
                try await domain.undefine()
                log("cleanup: \(name): undefined")
            } catch {
                log("cleanup: \(name): undefine failed: \(error)")
            }
            await made.remove(name)
        }
    }
}

/// The guests defined and not yet undefined, for the cleanup path.
actor Made {
    private var domains: [String: Domain] = [:]

    /// Records a guest just defined.
    func add(_ name: String, _ domain: Domain) { domains[name] = domain }
    /// Forgets a guest once undefined.
    func remove(_ name: String) { domains[name] = nil }

    /// The guest called `name`; it must have been defined.
    subscript(name: String) -> Domain {
        get throws {
            guard let domain = domains[name] else { throw Failure.unknownGuest(name) }
            return domain
        }
    }

    /// Every guest still defined, by name.
    var all: [(String, Domain)] { domains.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// A guest was asked for that this run did not define.
    enum Failure: Error { case unknownGuest(String) }
}
