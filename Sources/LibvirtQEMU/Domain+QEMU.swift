import CLibvirt
import CLibvirtQEMU
import Glibc
import Libvirt

// MARK: - QEMU monitor

extension Domain {
    /// Sends a command to the guest's QEMU monitor in QMP (JSON) and returns
    /// QEMU's reply.
    ///
    /// This bypasses libvirt: a command that changes the guest can leave
    /// libvirt's view of it wrong (libvirt marks such a domain "tainted").
    /// QEMU's own errors (an unknown command, bad arguments) are not thrown:
    /// they come back in the reply's ``QEMUReply/error``, as QEMU sent them.
    ///
    /// ```swift
    /// let reply = try await domain.monitorCommand(#"{"execute":"query-status"}"#)
    /// reply.result?["status"]?.string  // "running"
    /// ```
    ///
    /// - Parameter command: a QMP command, such as `{"execute":"query-status"}`.
    ///
    /// Wraps `virDomainQemuMonitorCommand`.
    public func monitorCommand(_ command: String) throws(LibvirtError) -> QEMUReply {
        try QEMUReply(raw: monitor(command, flags: 0), function: "virDomainQemuMonitorCommand")
    }

    /// Sends a QMP command given as a JSON value, such as
    /// `["execute": "query-status"]`, and returns QEMU's reply.
    ///
    /// Wraps `virDomainQemuMonitorCommand`.
    public func monitorCommand(_ command: JSONValue) throws(LibvirtError) -> QEMUReply {
        try monitorCommand(command.json)
    }

    /// Sends a command to the guest's QEMU monitor in HMP, the human monitor
    /// language (such as `info status`), and returns QEMU's text reply.
    ///
    /// Wraps `virDomainQemuMonitorCommand`.
    public func humanMonitorCommand(_ command: String) throws(LibvirtError) -> String {
        try monitor(command, flags: UInt32(VIR_DOMAIN_QEMU_MONITOR_COMMAND_HMP.rawValue))
    }

    /// One monitor command; the reply libvirt allocated, copied and freed.
    private func monitor(_ command: String, flags: UInt32) throws(LibvirtError) -> String {
        let function = "virDomainQemuMonitorCommand"
        try cString(command, "command", function: function)
        var result: UnsafeMutablePointer<CChar>? = nil
        try check(virDomainQemuMonitorCommand(pointer, command, &result, flags), function)
        return try takeString(result, function)
    }

    /// Sends a QMP command with file descriptors attached (for `getfd` or
    /// `add-fd`), and returns QEMU's reply and the descriptors QEMU sent back.
    ///
    /// The descriptors passed stay open and the caller's; those returned are
    /// the caller's to close. Passing descriptors needs a connection over a
    /// UNIX socket (or a local driver).
    ///
    /// - Parameters:
    ///   - command: a QMP command, such as `{"execute":"getfd","arguments":{"fdname":"f"}}`.
    ///   - files: descriptors to pass to QEMU.
    ///
    /// Wraps `virDomainQemuMonitorCommandWithFiles`.
    public func monitorCommand(
        _ command: String, passing files: [Int]
    ) throws(LibvirtError) -> (reply: QEMUReply, files: [Int]) {
        let function = "virDomainQemuMonitorCommandWithFiles"
        try cString(command, "command", function: function)
        let inFiles = try fileDescriptors(files, function: function)
        var result: UnsafeMutablePointer<CChar>? = nil
        var outCount: UInt32 = 0
        var outFiles: UnsafeMutablePointer<Int32>? = nil
        let buffer = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, inFiles.count))
        defer { buffer.deallocate() }
        buffer.initialize(from: inFiles, count: inFiles.count)
        try check(
            virDomainQemuMonitorCommandWithFiles(
                pointer, command, UInt32(inFiles.count), buffer, &outCount, &outFiles, &result, 0),
            function)
        let returned = (0..<Int(outCount)).map { Int(outFiles![$0]) }
        free(outFiles)
        let raw: String
        do {
            raw = try takeString(result, function)
        } catch {
            for file in returned { close(Int32(file)) }
            throw error
        }
        return (try QEMUReply(raw: raw, function: function), returned)
    }

    // MARK: - Guest agent

    /// Sends a command to the QEMU guest agent inside the guest and returns
    /// its reply.
    ///
    /// A guest without a running agent fails with libvirt's
    /// `LibvirtError.Code.agentUnresponsive` (or
    /// `LibvirtError.Code.argumentUnsupported` when the guest has no agent
    /// channel at all).
    ///
    /// - Parameters:
    ///   - command: a guest agent command, such as `{"execute":"guest-info"}`.
    ///   - timeout: how long to wait for the reply: `Domain.AgentTimeout.block`,
    ///     `Domain.AgentTimeout.default` (libvirt's 5 seconds),
    ///     `Domain.AgentTimeout.noWait`, or a number of seconds
    ///     (`.seconds(10)`, ``Libvirt/Domain/AgentTimeout/shutdown``).
    ///
    /// Wraps `virDomainQemuAgentCommand`.
    public func agentCommand(_ command: String, timeout: AgentTimeout = .default) throws(LibvirtError) -> QEMUReply {
        let function = "virDomainQemuAgentCommand"
        try cString(command, "command", function: function)
        let reply = try takeString(virDomainQemuAgentCommand(pointer, command, timeout.rawValue, 0), function)
        return try QEMUReply(raw: reply, function: function)
    }

    /// Sends a guest agent command given as a JSON value and returns its reply.
    ///
    /// Wraps `virDomainQemuAgentCommand`.
    public func agentCommand(_ command: JSONValue, timeout: AgentTimeout = .default) throws(LibvirtError) -> QEMUReply {
        try agentCommand(command.json, timeout: timeout)
    }
}

// MARK: - Attaching to a QEMU process

extension Connection {
    /// Makes libvirt manage a QEMU process started outside it, and returns its domain.
    ///
    /// libvirt's QEMU driver dropped this (libvirt 5.5): libvirt 9.0 answers
    /// `LibvirtError.Code.noSupport`, which this throws.
    ///
    /// - Parameters:
    ///   - processID: the QEMU process's id.
    ///   - executor: the executor for the domain's calls (default: the
    ///     connection's next lane).
    ///
    /// Wraps `virDomainQemuAttach`.
    public func attachQEMU(processID: Int, executor: LibvirtExecutor? = nil) throws(LibvirtError) -> Domain {
        let function = "virDomainQemuAttach"
        let pid = try cUInt32(processID, "processID", function: function, in: 1...UInt32.max)
        let domain = try check(virDomainQemuAttach(try handle(function), pid, 0), function)
        return Domain(TransferredPointer(pointer: domain), connection: self, executor: lane(executor))
    }
}

// MARK: - Agent command timeouts

extension Domain.AgentTimeout {
    /// The wait libvirt gives a guest agent's shutdown command: 60 seconds.
    ///
    /// The C constant `VIR_DOMAIN_QEMU_AGENT_COMMAND_SHUTDOWN`.
    public static let shutdown = Domain.AgentTimeout(rawValue: VIR_DOMAIN_QEMU_AGENT_COMMAND_SHUTDOWN.rawValue)
}
