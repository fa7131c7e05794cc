import CLibvirt

extension Domain {
    // MARK: - Starting

    /// Starts the defined domain.
    ///
    /// - Parameters:
    ///   - flags: ``CreateFlags/paused`` to start it paused, ``CreateFlags/autoDestroy``
    ///     to destroy it when this connection closes, ...
    ///   - files: file descriptors to hand to the guest (LXC), kept open
    ///     by the caller; when not empty, `virDomainCreateWithFiles` is called.
    ///
    /// Wraps `virDomainCreate` (empty `flags` and `files`), `virDomainCreateWithFlags`
    /// or `virDomainCreateWithFiles`.
    public func start(flags: CreateFlags = [], files: [Int] = []) throws(LibvirtError) {
        if !files.isEmpty {
            var descriptors = try fileDescriptors(files, function: "virDomainCreateWithFiles")
            try check(virDomainCreateWithFiles(pointer, UInt32(descriptors.count), &descriptors, flags.rawValue),
                      "virDomainCreateWithFiles")
        } else if flags.isEmpty {
            try check(virDomainCreate(pointer), "virDomainCreate")
        } else {
            try check(virDomainCreateWithFlags(pointer, flags.rawValue), "virDomainCreateWithFlags")
        }
    }

    /// Removes the domain's persistent definition (a running domain becomes transient).
    ///
    /// Wraps `virDomainUndefine` (empty `flags`) or `virDomainUndefineFlags`.
    public func undefine(flags: UndefineFlags = []) throws(LibvirtError) {
        if flags.isEmpty {
            try check(virDomainUndefine(pointer), "virDomainUndefine")
        } else {
            try check(virDomainUndefineFlags(pointer, flags.rawValue), "virDomainUndefineFlags")
        }
    }

    // MARK: - Pausing

    /// Pauses the domain's virtual CPUs; its memory stays allocated.
    ///
    /// Wraps `virDomainSuspend`.
    public func suspend() throws(LibvirtError) {
        try check(virDomainSuspend(pointer), "virDomainSuspend")
    }

    /// Resumes the paused domain.
    ///
    /// Wraps `virDomainResume`.
    public func resume() throws(LibvirtError) {
        try check(virDomainResume(pointer), "virDomainResume")
    }

    // MARK: - Stopping

    /// Asks the guest to shut down; it may ignore the request.
    ///
    /// Wraps `virDomainShutdown` (empty `flags`) or `virDomainShutdownFlags`.
    public func shutdown(flags: ShutdownFlags = []) throws(LibvirtError) {
        if flags.isEmpty {
            try check(virDomainShutdown(pointer), "virDomainShutdown")
        } else {
            try check(virDomainShutdownFlags(pointer, flags.rawValue), "virDomainShutdownFlags")
        }
    }

    /// Asks the guest to reboot.
    ///
    /// Wraps `virDomainReboot`.
    public func reboot(flags: RebootFlags = []) throws(LibvirtError) {
        try check(virDomainReboot(pointer, flags.rawValue), "virDomainReboot")
    }

    /// Resets the domain at once, as the reset button would, without telling the guest.
    ///
    /// Wraps `virDomainReset`.
    public func reset() throws(LibvirtError) {
        try check(virDomainReset(pointer, 0), "virDomainReset")
    }

    /// Stops the domain at once, as pulling the plug would; a transient domain disappears.
    ///
    /// Wraps `virDomainDestroy` (empty `flags`) or `virDomainDestroyFlags`.
    public func destroy(flags: DestroyFlags = []) throws(LibvirtError) {
        if flags.isEmpty {
            try check(virDomainDestroy(pointer), "virDomainDestroy")
        } else {
            try check(virDomainDestroyFlags(pointer, flags.rawValue), "virDomainDestroyFlags")
        }
    }

    // MARK: - Power management

    /// Suspends the guest to memory, disk or both, through its agent.
    ///
    /// - Parameters:
    ///   - target: memory, disk or both (``NodeSuspendTarget``).
    ///   - duration: seconds until the guest wakes up; 0 for no limit.
    ///
    /// Wraps `virDomainPMSuspendForDuration`.
    public func pmSuspend(to target: NodeSuspendTarget, duration: UInt64 = 0) throws(LibvirtError) {
        try check(virDomainPMSuspendForDuration(pointer, target.rawValue, duration, 0),
                  "virDomainPMSuspendForDuration")
    }

    /// Wakes the guest up from a power-management suspension.
    ///
    /// Wraps `virDomainPMWakeup`.
    public func pmWakeup() throws(LibvirtError) {
        try check(virDomainPMWakeup(pointer, 0), "virDomainPMWakeup")
    }

    // MARK: - Lifecycle actions

    /// Sets what the hypervisor does when the guest powers off, reboots or crashes.
    ///
    /// Wraps `virDomainSetLifecycleAction`.
    public func setLifecycleAction(
        _ action: LifecycleAction, for event: LifecycleEvent, impact: ModificationImpact = []
    ) throws(LibvirtError) {
        try check(virDomainSetLifecycleAction(pointer, UInt32(bitPattern: event.rawValue),
                                              UInt32(bitPattern: action.rawValue), impact.rawValue),
                  "virDomainSetLifecycleAction")
    }
}
