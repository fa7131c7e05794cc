import FoundationEssentials

// MARK: - Kinds of errors

extension LibvirtError {
    /// Whether the object asked for does not exist: a lookup by name, UUID or key
    /// found nothing, or the object went away (a domain, network, port, storage
    /// pool or volume, node device, interface, secret, network filter or binding,
    /// snapshot, checkpoint, backup job, metadata element, security model,
    /// administration server or client).
    public var isNotFound: Bool {
        switch code {
        case .noDomain, .noNetwork, .noNetworkPort, .noStoragePool, .noStorageVol, .noNodeDevice,
            .noInterface, .noSecret, .noNWFilter, .noNWFilterBinding, .noDomainSnapshot,
            .noDomainCheckpoint, .noDomainBackup, .noDomainMetadata, .noSecurityModel, .noServer,
            .noClient:
            true
        default: false
        }
    }

    /// Whether the driver, the hypervisor or the configuration does not support
    /// what was asked (``Code/noSupport``, ``Code/argumentUnsupported``,
    /// ``Code/operationUnsupported``, ``Code/configUnsupported``).
    public var isUnsupported: Bool {
        switch code {
        case .noSupport, .argumentUnsupported, .operationUnsupported, .configUnsupported: true
        default: false
        }
    }

    /// Whether the connection is gone: closed on this side (``Code/invalidConn``)
    /// or lost underneath (an RPC error, end of file or socket error reported by
    /// libvirt's RPC layer, as when the daemon dies). Open a new connection (or
    /// let ``ReconnectingConnection`` do it).
    public var isConnectionLost: Bool {
        if code == .invalidConn { return true }
        guard domain == .rpc else { return false }
        switch code {
        case .rpc, .systemError, .internalError: return true
        default: return false
        }
    }

    /// Whether the call does not fit the object's current state, such as starting
    /// a running domain or stopping an inactive network (``Code/operationInvalid``).
    public var isInvalidOperation: Bool {
        code == .operationInvalid
    }

    /// Whether an argument was refused (``Code/invalidArg``).
    public var isInvalidArgument: Bool {
        code == .invalidArg
    }

    /// Whether access was refused: by policy (``Code/accessDenied``), because the
    /// connection is read-only (``Code/operationDenied``), or authentication
    /// failed (``Code/authFailed``, ``Code/authCancelled``, ``Code/authUnavailable``).
    public var isDenied: Bool {
        switch code {
        case .accessDenied, .operationDenied, .authFailed, .authCancelled, .authUnavailable: true
        default: false
        }
    }

    /// Whether an object of that name or UUID already exists (``Code/domExist``,
    /// ``Code/networkExist``, ``Code/storageVolExist``, ``Code/networkPortExist``,
    /// ``Code/storagePoolBuilt``).
    public var isAlreadyExisting: Bool {
        switch code {
        case .domExist, .networkExist, .storageVolExist, .networkPortExist, .storagePoolBuilt: true
        default: false
        }
    }
}

// MARK: - LocalizedError

extension LibvirtError: LocalizedError {
    /// libvirt's own message, already translated by libvirt: what
    /// `error.localizedDescription` gives.
    public var errorDescription: String? {
        message
    }
}
