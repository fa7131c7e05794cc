import CLibvirt

extension Connection {
    // MARK: - Acting for another client

    /// Tells libvirt whom this client acts for, so the daemon applies that
    /// identity's access rules. Only a privileged client may do so, before any
    /// other call.
    ///
    /// Wraps `virConnectSetIdentity`.
    public func setIdentity(_ identity: ClientIdentity) throws(LibvirtError) {
        let connection = try handle("virConnectSetIdentity")
        try identity.typedParameters().withCParameters { array, count throws(LibvirtError) in
            try check(virConnectSetIdentity(connection, array, count, 0), "virConnectSetIdentity")
        }
    }
}
