import CLibvirt
import CLibvirtLXC
import Glibc
import Libvirt

// MARK: - Container namespaces

extension Domain {
    /// Opens the namespaces of this LXC container (its network, mount, IPC,
    /// UTS, PID... namespaces), as file descriptors that the caller owns and
    /// must close.
    ///
    /// Only the LXC driver (`lxc:///`) has containers: other drivers answer
    /// with libvirt's `LibvirtError.Code.noSupport`.
    ///
    /// - Returns: one open descriptor per namespace, for ``enterNamespaces(_:)``.
    ///
    /// Wraps `virDomainLxcOpenNamespace`.
    public func openNamespaces() throws(LibvirtError) -> [Int] {
        var list: UnsafeMutablePointer<Int32>? = nil
        let count = try check(virDomainLxcOpenNamespace(pointer, &list, 0), "virDomainLxcOpenNamespace")
        defer { free(list) }
        guard let list else { return [] }
        return (0..<Int(count)).map { Int(list[$0]) }
    }

    /// Moves the calling thread into the namespaces whose descriptors are
    /// given (from ``openNamespaces()``), and returns descriptors of the
    /// namespaces it was in, which the caller owns and must close.
    ///
    /// This changes the namespaces of the thread that calls it (all of the
    /// process's, for a user namespace), as `setns(2)` does, and makes no
    /// request to libvirt's daemon: so it runs on the caller's thread, not on
    /// the domain's executor. It is meant for a process or thread dedicated
    /// to the container (libvirt's `virsh lxc-enter-namespace` forks first);
    /// a Swift task may resume on another thread after its next `await`.
    /// libvirt refuses an empty list (`LibvirtError.Code.invalidArg`).
    ///
    /// - Parameter descriptors: namespace descriptors; they stay open.
    /// - Returns: descriptors of the namespaces the thread was in before.
    ///
    /// Wraps `virDomainLxcEnterNamespace`.
    public nonisolated func enterNamespaces(_ descriptors: [Int]) throws(LibvirtError) -> [Int] {
        var fds = try fileDescriptors(descriptors, function: "virDomainLxcEnterNamespace")
        var oldCount: UInt32 = 0
        var oldList: UnsafeMutablePointer<Int32>? = nil
        let result = fds.withUnsafeMutableBufferPointer { buffer in
            virDomainLxcEnterNamespace(pointer, UInt32(buffer.count), buffer.baseAddress, &oldCount, &oldList, 0)
        }
        try check(result, "virDomainLxcEnterNamespace")
        defer { free(oldList) }
        guard let oldList else { return [] }
        return (0..<Int(oldCount)).map { Int(oldList[$0]) }
    }

    // MARK: - Container cgroup

    /// Moves the calling process into this container's cgroup.
    ///
    /// libvirt finds the cgroup of the process whose id is the domain's
    /// `id()` (an LXC container's init process): meaningful for LXC
    /// containers only. Refused on a read-only connection
    /// (`LibvirtError.Code.operationDenied`).
    ///
    /// Wraps `virDomainLxcEnterCGroup`.
    public func enterCGroup() throws(LibvirtError) {
        try check(virDomainLxcEnterCGroup(pointer, 0), "virDomainLxcEnterCGroup")
    }

    // MARK: - Security label

    /// Sets the security label (an SELinux context or AppArmor profile) that
    /// the calling thread's next `exec` runs with, as libvirt does when it
    /// enters a container; with the model `"none"` it does nothing.
    ///
    /// Like ``enterNamespaces(_:)``, this changes the calling thread and makes no
    /// request to the daemon. A model this libvirt was built without gives
    /// `LibvirtError.Code.argumentUnsupported`.
    ///
    /// - Parameters:
    ///   - model: the security model, as `Connection.securityModel()` reports it.
    ///   - label: the label to enter, such as the container's `securityLabel()`.
    /// - Returns: the label the thread had (empty with the model `"none"`).
    ///
    /// Wraps `virDomainLxcEnterSecurityLabel`.
    public static func enterSecurityLabel(model: SecurityModel, label: String) throws(LibvirtError) -> SecurityLabel {
        var cModel = virSecurityModel()
        var cLabel = virSecurityLabel()
        var old = virSecurityLabel()
        try copy(model.model, into: &cModel, at: 0, capacity: Int(VIR_SECURITY_MODEL_BUFLEN), name: "model")
        try copy(model.doi, into: &cModel, at: Int(VIR_SECURITY_MODEL_BUFLEN), capacity: Int(VIR_SECURITY_DOI_BUFLEN), name: "doi")
        try copy(label, into: &cLabel, at: 0, capacity: Int(VIR_SECURITY_LABEL_BUFLEN), name: "label")
        try check(virDomainLxcEnterSecurityLabel(&cModel, &cLabel, &old, 0), "virDomainLxcEnterSecurityLabel")
        return SecurityLabel(old)
    }
}

/// Copies `string` NUL-terminated into the fixed-size C char array at byte
/// `offset` of `value` (the arrays of these structs are too large for Swift
/// to import as fields); refuses strings that do not fit or hold a NUL.
private func copy<Value>(
    _ string: String, into value: inout Value, at offset: Int, capacity: Int, name: String
) throws(LibvirtError) {
    let function = "virDomainLxcEnterSecurityLabel"
    let bytes = Array(try cString(string, name, function: function).utf8)
    guard bytes.count < capacity else {
        throw .invalidArgument(name, "must be shorter than \(capacity) bytes", function: function)
    }
    withUnsafeMutableBytes(of: &value) { raw in
        raw.baseAddress!.advanced(by: offset).copyMemory(from: bytes, byteCount: bytes.count)
        raw[offset + bytes.count] = 0
    }
}
