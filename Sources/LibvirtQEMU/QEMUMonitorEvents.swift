import Libvirt

/// A subscription to QEMU monitor events: an `AsyncSequence` of ``QEMUMonitorEventRecord``s.
///
/// Made by ``Libvirt/Connection/qemuMonitorEvents(_:domain:buffering:)``,
/// registered before that returns. It ends as `Connection.domainEvents` does:
/// ending the iteration (`break`, a thrown error, task cancellation),
/// `cancel()`, or dropping the sequence ends it, and the sequence finishes
/// when the connection closes.
public typealias QEMUMonitorEvents = EventSequence<QEMUMonitorEventRecord>
