import FoundationEssentials

/// Something that happened to a domain, as libvirt reports it: one case per
/// event id of libvirt 9.0 (`virDomainEventID`), each with its typed payload.
///
/// Subscribe with ``Connection/domainEvents(_:domain:buffering:)``; each
/// delivered ``EventRecord`` carries the event and the ``Domain`` it concerns.
///
/// The payloads larger than three words are stored indirectly, so that an
/// event is as cheap to copy as a lifecycle one (25 bytes instead of 704)
/// on its way from libvirt's event loop thread to each subscriber.
public enum DomainEvent: Sendable, Hashable, Codable {
    /// The domain was defined, started, suspended, stopped... (`VIR_DOMAIN_EVENT_ID_LIFECYCLE`).
    case lifecycle(Lifecycle)
    /// The guest rebooted (`VIR_DOMAIN_EVENT_ID_REBOOT`).
    case reboot
    /// The guest changed its real-time clock; the new offset from UTC in
    /// seconds (`VIR_DOMAIN_EVENT_ID_RTC_CHANGE`).
    case rtcChange(utcOffsetSeconds: Int64)
    /// The guest's watchdog fired (`VIR_DOMAIN_EVENT_ID_WATCHDOG`).
    case watchdog(WatchdogAction)
    /// A disk I/O error (`VIR_DOMAIN_EVENT_ID_IO_ERROR`); its `reason` is nil.
    indirect case ioError(IOError)
    /// A disk I/O error with its reason (`VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON`).
    indirect case ioErrorReason(IOError)
    /// A graphics (VNC, SPICE) client connected, authenticated or
    /// disconnected (`VIR_DOMAIN_EVENT_ID_GRAPHICS`).
    indirect case graphics(Graphics)
    /// libvirt lost control of the domain's monitor (`VIR_DOMAIN_EVENT_ID_CONTROL_ERROR`).
    case controlError
    /// A block job ended or is ready; the disk is named by path (`VIR_DOMAIN_EVENT_ID_BLOCK_JOB`).
    case blockJob(BlockJob)
    /// A block job ended or is ready; the disk is named by target, such as
    /// `vda` (`VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2`).
    case blockJob2(BlockJob)
    /// A disk's source changed (`VIR_DOMAIN_EVENT_ID_DISK_CHANGE`).
    indirect case diskChange(DiskChange)
    /// A removable drive's tray opened or closed (`VIR_DOMAIN_EVENT_ID_TRAY_CHANGE`).
    case trayChange(TrayChange)
    /// The guest woke up from a power-management suspend; `reason` is
    /// unused by libvirt 9.0 and always 0 (`VIR_DOMAIN_EVENT_ID_PMWAKEUP`).
    case pmWakeup(reason: Int32)
    /// The guest suspended to memory; `reason` is always 0 (`VIR_DOMAIN_EVENT_ID_PMSUSPEND`).
    case pmSuspend(reason: Int32)
    /// The guest suspended to disk; `reason` is always 0 (`VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK`).
    case pmSuspendDisk(reason: Int32)
    /// The balloon driver changed the guest's memory; the new size in KiB
    /// (`VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE`).
    case balloonChange(actualKiB: UInt64)
    /// A device was removed from the guest; its alias (`VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED`).
    case deviceRemoved(alias: String)
    /// A device was added to the guest; its alias (`VIR_DOMAIN_EVENT_ID_DEVICE_ADDED`).
    case deviceAdded(alias: String)
    /// The guest refused to release a device; its alias (`VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED`).
    case deviceRemovalFailed(alias: String)
    /// Tunables changed (CPU pinning, I/O limits...); the new values (`VIR_DOMAIN_EVENT_ID_TUNABLE`).
    indirect case tunable(Tunables)
    /// The guest agent connected or disconnected (`VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE`).
    case agentLifecycle(state: AgentState, reason: AgentReason)
    /// A migration started its next memory iteration; its number (`VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION`).
    case migrationIteration(Int32)
    /// A job completed; its statistics (`VIR_DOMAIN_EVENT_ID_JOB_COMPLETED`).
    indirect case jobCompleted(Domain.JobStats)
    /// The domain's metadata changed; the namespace URI is set for
    /// ``Domain/MetadataType/element`` (`VIR_DOMAIN_EVENT_ID_METADATA_CHANGE`).
    case metadataChange(type: Domain.MetadataType, namespaceURI: String?)
    /// A disk crossed the write threshold set on it (`VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD`).
    indirect case blockThreshold(BlockThreshold)
    /// The hardware reported a memory failure (`VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE`).
    case memoryFailure(MemoryFailure)
    /// A memory device's size changed; its alias and new size in KiB
    /// (`VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE`).
    case memoryDeviceSizeChange(alias: String, sizeKiB: UInt64)

    /// The event id this event was delivered for.
    public var kind: Kind {
        switch self {
        case .lifecycle: .lifecycle
        case .reboot: .reboot
        case .rtcChange: .rtcChange
        case .watchdog: .watchdog
        case .ioError: .ioError
        case .ioErrorReason: .ioErrorReason
        case .graphics: .graphics
        case .controlError: .controlError
        case .blockJob: .blockJob
        case .blockJob2: .blockJob2
        case .diskChange: .diskChange
        case .trayChange: .trayChange
        case .pmWakeup: .pmWakeup
        case .pmSuspend: .pmSuspend
        case .pmSuspendDisk: .pmSuspendDisk
        case .balloonChange: .balloonChange
        case .deviceRemoved: .deviceRemoved
        case .deviceAdded: .deviceAdded
        case .deviceRemovalFailed: .deviceRemovalFailed
        case .tunable: .tunable
        case .agentLifecycle: .agentLifecycle
        case .migrationIteration: .migrationIteration
        case .jobCompleted: .jobCompleted
        case .metadataChange: .metadataChange
        case .blockThreshold: .blockThreshold
        case .memoryFailure: .memoryFailure
        case .memoryDeviceSizeChange: .memoryDeviceSizeChange
        }
    }
}
