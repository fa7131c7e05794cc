import CLibvirt
import Glibc

extension Domain {
    // MARK: - Input

    /// Sends key presses to the guest, pressed together then released after `holdTime`.
    ///
    /// - Parameters:
    ///   - keycodes: at most 16 key codes in `codeSet`.
    ///   - holdTime: how long to hold them, in milliseconds (0: the hypervisor's default).
    ///
    /// Wraps `virDomainSendKey`.
    public func sendKey(codeSet: KeycodeSet, holdTime: UInt32 = 0, keycodes: [UInt32]) throws(LibvirtError) {
        var codes = keycodes
        try check(virDomainSendKey(pointer, UInt32(bitPattern: codeSet.rawValue), holdTime, &codes,
                                   Int32(codes.count), 0), "virDomainSendKey")
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

    /// Information the guest agent gives, as typed parameters (`user.count`,
    /// `os.id`, `timezone.name`, `hostname`, `fs.count`, `disk.count`, `if.count`, ...).
    ///
    /// Wraps `virDomainGetGuestInfo`.
    public func guestInfo(types: GuestInfoTypes = []) async throws(LibvirtError) -> TypedParameters {
        return try await runWaiting("virDomainGetGuestInfo") { [self] () throws(LibvirtError) in
            var list: UnsafeMutablePointer<virTypedParameter>? = nil
            var count: Int32 = 0
            try check(virDomainGetGuestInfo(pointer, types.rawValue, &list, &count, 0), "virDomainGetGuestInfo")
            return TypedParameters.take(list, count: count)
        }
    }

    /// The SSH public keys authorized for a guest user.
    ///
    /// Wraps `virDomainAuthorizedSSHKeysGet`.
    public func authorizedSSHKeys(user: String) async throws(LibvirtError) -> [String] {
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
    /// Wraps `virDomainMemoryPeek`.
    public func peekMemory(at address: UInt64, count: Int, flags: MemoryPeekFlags) throws(LibvirtError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        try check(virDomainMemoryPeek(pointer, address, count, &buffer, flags.rawValue), "virDomainMemoryPeek")
        return buffer
    }

    // MARK: - Files

    /// Hands open file descriptors to the domain under `name`, for disks whose
    /// source is `<source fdgroup='name'/>`; the caller keeps them open.
    ///
    /// Wraps `virDomainFDAssociate`.
    public func associateFiles(_ files: [Int32], name: String, flags: FDAssociateFlags = []) throws(LibvirtError) {
        var descriptors = files
        try check(virDomainFDAssociate(pointer, name, UInt32(descriptors.count), &descriptors, flags.rawValue),
                  "virDomainFDAssociate")
    }

    // MARK: - Dirty pages

    /// Starts measuring the rate at which the guest dirties memory over `seconds`;
    /// read the result from the domain's `dirtyrate` statistics.
    ///
    /// Wraps `virDomainStartDirtyRateCalc`.
    public func startDirtyRateCalculation(seconds: Int32, flags: DirtyRateCalcFlags = []) throws(LibvirtError) {
        try check(virDomainStartDirtyRateCalc(pointer, seconds, flags.rawValue), "virDomainStartDirtyRateCalc")
    }
}

extension Domain.AgentTimeout {
    /// Waits at most `seconds` (a positive number) for the agent.
    public static func seconds(_ seconds: Int32) -> Domain.AgentTimeout {
        Domain.AgentTimeout(rawValue: seconds)
    }
}
