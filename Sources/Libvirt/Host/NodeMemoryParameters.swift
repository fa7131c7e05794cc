/// The host's memory tunables: kernel same-page merging (KSM), as
/// ``Connection/memoryParameters()`` reports them and
/// ``Connection/setMemoryParameters(_:)`` changes them.
///
/// Each documented key is an optional property: nil when libvirt did not
/// report it, or, when setting, leaves it unchanged. Only
/// ``pagesToScan``, ``sleepMilliseconds`` and ``mergeAcrossNodes`` can be
/// set; the others are counters. ``parameters`` is the raw form, with any key a
/// newer libvirt adds.
public struct NodeMemoryParameters: Sendable, Hashable {
    /// How many pages to scan before the KSM daemon sleeps (`shm_pages_to_scan`).
    public var pagesToScan: UInt32?
    /// How many milliseconds the KSM daemon sleeps between scans (`shm_sleep_millisecs`).
    public var sleepMilliseconds: UInt32?
    /// How many shared pages are in use (`shm_pages_shared`).
    public var pagesShared: UInt64?
    /// How many more sites share those pages (`shm_pages_sharing`).
    public var pagesSharing: UInt64?
    /// How many unique pages are checked repeatedly for merging (`shm_pages_unshared`).
    public var pagesUnshared: UInt64?
    /// How many pages change too fast to be merged (`shm_pages_volatile`).
    public var pagesVolatile: UInt64?
    /// How many full scans have run (`shm_full_scans`).
    public var fullScans: UInt64?
    /// Whether pages of different NUMA nodes may be merged (`shm_merge_across_nodes`).
    public var mergeAcrossNodes: Bool?
    /// Every parameter libvirt returned (empty for a value built by hand).
    public let parameters: TypedParameters

    /// Creates tunables to set; nil leaves a tunable unchanged.
    public init(pagesToScan: UInt32? = nil, sleepMilliseconds: UInt32? = nil, mergeAcrossNodes: Bool? = nil) {
        self.pagesToScan = pagesToScan
        self.sleepMilliseconds = sleepMilliseconds
        self.mergeAcrossNodes = mergeAcrossNodes
        parameters = TypedParameters()
    }

    /// Reads the documented keys of parameters libvirt returned.
    public init(_ parameters: TypedParameters) {
        self.parameters = parameters
        pagesToScan = parameters.uint64("shm_pages_to_scan").map { UInt32(truncatingIfNeeded: $0) }
        sleepMilliseconds = parameters.uint64("shm_sleep_millisecs").map { UInt32(truncatingIfNeeded: $0) }
        pagesShared = parameters.uint64("shm_pages_shared")
        pagesSharing = parameters.uint64("shm_pages_sharing")
        pagesUnshared = parameters.uint64("shm_pages_unshared")
        pagesVolatile = parameters.uint64("shm_pages_volatile")
        fullScans = parameters.uint64("shm_full_scans")
        mergeAcrossNodes = parameters.uint64("shm_merge_across_nodes").map { $0 != 0 }
    }

    /// The settable tunables that are not nil, as the typed parameters
    /// libvirt takes (each an unsigned int).
    public var settableParameters: TypedParameters {
        var result = TypedParameters()
        if let pagesToScan { result["shm_pages_to_scan"] = .uint(pagesToScan) }
        if let sleepMilliseconds { result["shm_sleep_millisecs"] = .uint(sleepMilliseconds) }
        if let mergeAcrossNodes { result["shm_merge_across_nodes"] = .uint(mergeAcrossNodes ? 1 : 0) }
        return result
    }
}
