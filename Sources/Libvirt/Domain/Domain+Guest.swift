import CLibvirt
import Glibc

extension Domain {
    // MARK: - Input

    /// Sends key presses to the guest, pressed together then released after `holdTime`.
    ///
    /// - Parameters:
    ///   - codeSet: the key code set `keycodes` are in (``KeycodeSet/linux``, ``KeycodeSet/usb``, ...).
    ///   - keycodes: at most 16 key codes in `codeSet` (libvirt's limit).
    ///   - holdTime: how long to hold them, in milliseconds (0: the hypervisor's default).
    ///
    /// Wraps `virDomainSendKey`.
    public func sendKey(codeSet: KeycodeSet, holdTime: Int = 0, keycodes: [UInt32]) throws(LibvirtError) {
        let holdTime = try cUInt32(holdTime, "holdTime", function: "virDomainSendKey")
        let count = try cInt32(keycodes.count, "keycodes.count", function: "virDomainSendKey",
                               in: 0...Int32(VIR_DOMAIN_SEND_KEY_MAX_KEYS))
        var codes = keycodes
        try check(virDomainSendKey(pointer, UInt32(bitPattern: codeSet.rawValue), holdTime, &codes, count, 0),
                  "virDomainSendKey")
    }

    /// Sends a signal to a process in the guest (or, for some hypervisors, the guest's own process).
    ///
    /// Wraps `virDomainSendProcessSignal`.
    public func sendProcessSignal(_ signal: ProcessSignal, toProcess pid: Int64) throws(LibvirtError) {
        try check(virDomainSendProcessSignal(pointer, pid, UInt32(bitPattern: signal.rawValue), 0),
                  "virDomainSendProcessSignal")
    }

    /// Injects a non-maskable interrupt into the guest.
    ///
    /// Wraps `virDomainInjectNMI`.
    public func injectNMI() throws(LibvirtError) {
        try check(virDomainInjectNMI(pointer, 0), "virDomainInjectNMI")
    }

    // MARK: - Guest agent

    /// Sets a guest user's password, through the agent.
    ///
    /// Wraps `virDomainSetUserPassword`.
    public func setUserPassword(user: String, password: String, flags: PasswordFlags = []) async throws(LibvirtError) {
        try cString(user, "user", function: "virDomainSetUserPassword")
        try cString(password, "password", function: "virDomainSetUserPassword")
        try await runWaiting("virDomainSetUserPassword") { [self] () throws(LibvirtError) in
            try check(virDomainSetUserPassword(pointer, user, password, flags.rawValue), "virDomainSetUserPassword")
        }
    }

    /// Sets how long calls wait for the guest agent.
    ///
    /// Wraps `virDomainAgentSetResponseTimeout`.
    public func setAgentResponseTimeout(_ timeout: AgentTimeout) throws(LibvirtError) {
        try check(virDomainAgentSetResponseTimeout(pointer, timeout.rawValue, 0), "virDomainAgentSetResponseTimeout")
    }

    /// What the guest agent reports: users, operating system, time zone,
    /// host name, file systems, disks and interfaces (all of them for empty `types`).
    ///
    /// Wraps `virDomainGetGuestInfo`.
    public func guestInfo(types: GuestInfoTypes = []) async throws(LibvirtError) -> GuestInfo {
        return try await runWaiting("virDomainGetGuestInfo") { [self] () throws(LibvirtError) in
            var list: UnsafeMutablePointer<virTypedParameter>? = nil
            var count: Int32 = 0
            try check(virDomainGetGuestInfo(pointer, types.rawValue, &list, &count, 0), "virDomainGetGuestInfo")
            return GuestInfo(TypedParameters.take(list, count: count))
        }
    }

    /// The SSH public keys authorized for a guest user.
    ///
    /// Wraps `virDomainAuthorizedSSHKeysGet`.
    public func authorizedSSHKeys(user: String) async throws(LibvirtError) -> [String] {
        try cString(user, "user", function: "virDomainAuthorizedSSHKeysGet")
        return try await runWaiting("virDomainAuthorizedSSHKeysGet") { [self] () throws(LibvirtError) in
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
            let count = try check(virDomainAuthorizedSSHKeysGet(pointer, user, &list, 0), "virDomainAuthorizedSSHKeysGet")
            return takeStrings(list, count: Int(count))
        }
    }

    /// Replaces (or, with flags, adds to or removes from) the SSH public keys
    /// authorized for a guest user.
    ///
    /// Wraps `virDomainAuthorizedSSHKeysSet`.
    public func setAuthorizedSSHKeys(
        _ keys: [String], user: String, flags: AuthorizedKeysFlags = []
    ) async throws(LibvirtError) {
        try cStrings(keys, "keys", function: "virDomainAuthorizedSSHKeysSet")
        try cString(user, "user", function: "virDomainAuthorizedSSHKeysSet")
        try await runWaiting("virDomainAuthorizedSSHKeysSet") { [self] () throws(LibvirtError) in
            let result = withCStrings(keys) { list in
                virDomainAuthorizedSSHKeysSet(pointer, user, list, UInt32(keys.count), flags.rawValue)
            }
            try check(result, "virDomainAuthorizedSSHKeysSet")
        }
    }

    // MARK: - Guest memory

    /// Reads `count` bytes of the guest's memory from `address`.
    ///
    /// - Parameters:
    ///   - address: where to start reading, a guest-physical address unless `flags` say otherwise.
    ///   - count: 0 up to ``Domain/peekLimit`` (4 MiB, what libvirt's
    ///     remote protocol carries in one call); 0 tests whether the call would succeed.
    ///   - flags: ``MemoryPeekFlags/virtual`` for a guest-virtual address,
    ///     ``MemoryPeekFlags/physical`` for a guest-physical one (libvirt requires one).
    ///
    /// Wraps `virDomainMemoryPeek`.
    public func peekMemory(at address: UInt64, count: Int, flags: MemoryPeekFlags) throws(LibvirtError) -> [UInt8] {
        try checkRange(count, "count", function: "virDomainMemoryPeek", in: 0...Domain.peekLimit)
        var buffer = [UInt8](repeating: 0, count: count)
        try check(virDomainMemoryPeek(pointer, address, count, &buffer, flags.rawValue), "virDomainMemoryPeek")
        return buffer
    }

    // MARK: - Files

    /// Hands open file descriptors to the domain under `name`, for disks whose
    /// source is `<source fdgroup='name'/>`; the caller keeps them open.
    ///
    /// Wraps `virDomainFDAssociate`.
    public func associateFiles(_ files: [Int], name: String, flags: FDAssociateFlags = []) throws(LibvirtError) {
        try cString(name, "name", function: "virDomainFDAssociate")
        var descriptors = try fileDescriptors(files, function: "virDomainFDAssociate")
        try check(virDomainFDAssociate(pointer, name, UInt32(descriptors.count), &descriptors, flags.rawValue),
                  "virDomainFDAssociate")
    }

    // MARK: - Dirty pages

    /// Starts measuring the rate at which the guest dirties memory over `seconds`;
    /// read the result from the domain's `dirtyrate` statistics.
    ///
    /// Wraps `virDomainStartDirtyRateCalc`.
    public func startDirtyRateCalculation(seconds: Int, flags: DirtyRateCalcFlags = []) throws(LibvirtError) {
        let seconds = try cInt32(seconds, "seconds", function: "virDomainStartDirtyRateCalc")
        try check(virDomainStartDirtyRateCalc(pointer, seconds, flags.rawValue), "virDomainStartDirtyRateCalc")
    }
}

extension Domain.AgentTimeout {
    /// Waits at most `seconds` (a positive number) for the agent.
    public static func seconds(_ seconds: Int32) -> Domain.AgentTimeout {
        Domain.AgentTimeout(rawValue: seconds)
    }
}
