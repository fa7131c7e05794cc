// MARK: - Codable C constants, until the generated vocabulary declares it
//
// The records of this SDK are Codable, and so must be the C-enum and flag types
// they hold. Those types are generated (helper "vocabulary" makes every one
// Codable, with its description); until that lands, these conformances make
// the records encode (each constant as its C number). Remove this file when
// the vocabulary declares Codable: the compiler then reports each redundant line.

extension Credential.Kind: Codable {}
extension Domain.BlockJobType: Codable {}
extension Domain.BlockedReason: Codable {}
extension Domain.ControlErrorReason: Codable {}
extension Domain.ControlState: Codable {}
extension Domain.CrashedReason: Codable {}
extension Domain.DiskErrorCode: Codable {}
extension Domain.NoStateReason: Codable {}
extension Domain.PMSuspendedReason: Codable {}
extension Domain.PausedReason: Codable {}
extension Domain.RunningReason: Codable {}
extension Domain.ShutdownReason: Codable {}
extension Domain.ShutoffReason: Codable {}
extension Domain.State: Codable {}
extension Domain.VcpuState: Codable {}
extension DomainEvent.AgentReason: Codable {}
extension DomainEvent.AgentState: Codable {}
extension DomainEvent.BlockJobStatus: Codable {}
extension DomainEvent.CrashedDetail: Codable {}
extension DomainEvent.DefinedDetail: Codable {}
extension DomainEvent.DiskChangeReason: Codable {}
extension DomainEvent.GraphicsAddressFamily: Codable {}
extension DomainEvent.GraphicsPhase: Codable {}
extension DomainEvent.IOErrorAction: Codable {}
extension DomainEvent.LifecycleKind: Codable {}
extension DomainEvent.MemoryFailureAction: Codable {}
extension DomainEvent.MemoryFailureFlags: Codable {}
extension DomainEvent.MemoryFailureRecipient: Codable {}
extension Domain.MetadataType: Codable {}
extension DomainEvent.PMSuspendedDetail: Codable {}
extension DomainEvent.ResumedDetail: Codable {}
extension DomainEvent.ShutdownDetail: Codable {}
extension DomainEvent.StartedDetail: Codable {}
extension DomainEvent.StoppedDetail: Codable {}
extension DomainEvent.SuspendedDetail: Codable {}
extension DomainEvent.TrayChangeReason: Codable {}
extension DomainEvent.UndefinedDetail: Codable {}
extension DomainEvent.WatchdogAction: Codable {}
extension IPAddressType: Codable {}
extension NetworkEvent.Lifecycle: Codable {}
extension NodeDeviceEvent.Lifecycle: Codable {}
extension SecretEvent.Lifecycle: Codable {}
extension StoragePool.State: Codable {}
extension StoragePoolEvent.Lifecycle: Codable {}
extension StorageVolume.Kind: Codable {}
