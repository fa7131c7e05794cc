import Libvirt

extension EventRecord where Event == DomainEvent {
    /// The kind of lifecycle event this is, nil for other events.
    var lifecycle: DomainEvent.LifecycleKind? {
        if case .lifecycle(let lifecycle) = event { lifecycle.kind } else { nil }
    }
}
