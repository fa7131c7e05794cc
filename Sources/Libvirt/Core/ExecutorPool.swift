import Synchronization

/// The executors of one connection, handed to its handles in turn.
///
/// A connection owns a fixed number of executors ("lanes"). The connection
/// actor runs on the first; each handle it creates (domain, network, pool, ...)
/// is placed on the next of the others, round robin, unless the caller names
/// one, so handle calls do not queue behind connection-wide calls such as
/// listings (with a single lane, everything shares it). So:
/// calls on one handle are serial; calls on handles of different lanes run in
/// parallel (libvirt connections are thread-safe); a connection never uses more
/// threads than it has lanes, however many handles it hands out.
package final class ExecutorPool: Sendable {
    /// The lanes, at least one.
    package let lanes: [LibvirtExecutor]
    private let next = Atomic<Int>(0)

    /// Creates `count` lanes labelled after `label`.
    package init(count: Int, label: String) {
        precondition(count > 0, "a connection needs at least one executor")
        lanes = (0..<count).map { LibvirtExecutor(label: "\(label).\($0)") }
    }

    /// The executor of the connection actor itself.
    package var first: LibvirtExecutor { lanes[0] }

    /// The lane for the next new handle.
    package func nextLane() -> LibvirtExecutor {
        guard lanes.count > 1 else { return lanes[0] }
        let index = next.add(1, ordering: .relaxed).oldValue
        return lanes[1 + index % (lanes.count - 1)]
    }
}
