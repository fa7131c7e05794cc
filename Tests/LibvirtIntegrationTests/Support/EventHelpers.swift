import Foundation
import Libvirt
import Testing

extension EventRecord where Event == DomainEvent {
    /// The kind of lifecycle event this is, nil for other events.
    var lifecycle: DomainEvent.LifecycleKind? {
        if case .lifecycle(let lifecycle) = event { lifecycle.kind } else { nil }
    }
}

/// Defines, starts, suspends, resumes, destroys and undefines a new test-driver
/// domain through `virsh` on `uri`, and expects each lifecycle event on `events`.
func expectVirshLifecycle(on uri: String, events: Recorder<DomainEventRecord>, prefix: String) async throws {
    let name = "\(prefix)-\(UUID().uuidString.prefix(8))"
    let file = try Shell.temporaryFile(Nodes.domain(name))
    try await Shell.virsh(uri, "define", file)
    #expect(await events.next { $0.name == name }?.lifecycle == .defined)
    try await Shell.virsh(uri, "start", name)
    #expect(await events.next { $0.name == name }?.lifecycle == .started)
    try await Shell.virsh(uri, "suspend", name)
    #expect(await events.next { $0.name == name }?.lifecycle == .suspended)
    try await Shell.virsh(uri, "resume", name)
    #expect(await events.next { $0.name == name }?.lifecycle == .resumed)
    try await Shell.virsh(uri, "destroy", name)
    #expect(await events.next { $0.name == name }?.lifecycle == .stopped)
    try await Shell.virsh(uri, "undefine", name)
    #expect(await events.next { $0.name == name }?.lifecycle == .undefined)
}
