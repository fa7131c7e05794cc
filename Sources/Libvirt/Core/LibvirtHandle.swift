/// A handle to one libvirt object: an actor on one of its connection's
/// executors, holding one libvirt reference to the object.
///
/// Every handle type conforms: ``Domain``, ``Network``, ``NetworkPort``,
/// ``StoragePool``, ``StorageVolume``, ``Interface``, ``NodeDevice``,
/// ``Secret``, ``NWFilter``, ``NWFilterBinding``, ``DomainSnapshot``,
/// ``DomainCheckpoint`` and ``DataStream``. Its blocking calls run on
/// ``executor``, one at a time, and never on Swift's cooperative pool; an actor
/// of your own that returns a handle's `unownedExecutor` calls it without a
/// thread hop (see <doc:PollingStatistics>). Handles compare and hash by the
/// identity of the libvirt object (for the `Identifiable` ones, their `id`):
/// two lookups of one object are equal.
public protocol LibvirtHandle: Actor, Hashable {
    /// The connection the object belongs to.
    nonisolated var connection: Connection { get }
    /// The executor this actor runs on.
    nonisolated var executor: LibvirtExecutor { get }
}

extension LibvirtHandle {
    /// This actor's executor: ``executor``.
    public nonisolated var unownedExecutor: UnownedSerialExecutor {
        executor.asUnownedSerialExecutor()
    }
}

// MARK: - Identity

extension LibvirtHandle where Self: Identifiable {
    /// Whether both handles hold the same object (the same `id`), from one
    /// connection or two.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id
    }

    /// Hashes the object's `id`.
    public nonisolated func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
