import CLibvirt

/// The host's memory tunables: kernel same-page merging (KSM), as
/// ``Connection/memoryParameters()`` reports them and
/// ``Connection/setMemoryParameters(_:)`` changes them.
///
/// A property is nil when libvirt did not report it or, when setting, leaves it
/// unchanged. Only ``pagesToScan``, ``sleep`` and
/// ``mergeAcrossNodes`` can be set; the others are counters, never sent.
public struct NodeMemoryParameters: TypedParameterRecord {
    /// The keys, as libvirt names them.
    public enum Key {
        /// `VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN`.
        public static let pagesToScan = VIR_NODE_MEMORY_SHARED_PAGES_TO_SCAN
        /// `VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS`.
        public static let sleepMilliseconds = VIR_NODE_MEMORY_SHARED_SLEEP_MILLISECS
        /// `VIR_NODE_MEMORY_SHARED_PAGES_SHARED`.
        public static let pagesShared = VIR_NODE_MEMORY_SHARED_PAGES_SHARED
        /// `VIR_NODE_MEMORY_SHARED_PAGES_SHARING`.
        public static let pagesSharing = VIR_NODE_MEMORY_SHARED_PAGES_SHARING
        /// `VIR_NODE_MEMORY_SHARED_PAGES_UNSHARED`.
        public static let pagesUnshared = VIR_NODE_MEMORY_SHARED_PAGES_UNSHARED
        /// `VIR_NODE_MEMORY_SHARED_PAGES_VOLATILE`.
        public static let pagesVolatile = VIR_NODE_MEMORY_SHARED_PAGES_VOLATILE
        /// `VIR_NODE_MEMORY_SHARED_FULL_SCANS`.
        public static let fullScans = VIR_NODE_MEMORY_SHARED_FULL_SCANS
        /// `VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES`.
        public static let mergeAcrossNodes = VIR_NODE_MEMORY_SHARED_MERGE_ACROSS_NODES
    }

    /// The field table.
    public static let fields: [TypedParameterField<Self>] = [
        .value(Key.pagesToScan, .uint, \.pagesToScan),
        .duration(Key.sleepMilliseconds, .uint, .milliseconds, \.sleep),
        .value(Key.pagesShared, .ullong, \.pagesShared, settable: false),
        .value(Key.pagesSharing, .ullong, \.pagesSharing, settable: false),
        .value(Key.pagesUnshared, .ullong, \.pagesUnshared, settable: false),
        .value(Key.pagesVolatile, .ullong, \.pagesVolatile, settable: false),
        .value(Key.fullScans, .ullong, \.fullScans, settable: false),
        .value(Key.mergeAcrossNodes, .uint, \.mergeAcrossNodes),
    ]

    /// How many pages to scan before the KSM daemon sleeps (``Key/pagesToScan``).
    public var pagesToScan: UInt32?
    /// How long the KSM daemon sleeps between scans (``Key/sleepMilliseconds``).
    public var sleep: Duration?
    /// How many shared pages are in use (``Key/pagesShared``).
    public var pagesShared: UInt64?
    /// How many more sites share those pages (``Key/pagesSharing``).
    public var pagesSharing: UInt64?
    /// How many unique pages are checked repeatedly for merging (``Key/pagesUnshared``).
    public var pagesUnshared: UInt64?
    /// How many pages change too fast to be merged (``Key/pagesVolatile``).
    public var pagesVolatile: UInt64?
    /// How many full scans have run (``Key/fullScans``).
    public var fullScans: UInt64?
    /// Whether pages of different NUMA nodes may be merged (``Key/mergeAcrossNodes``).
    public var mergeAcrossNodes: Bool?
    /// Parameters no field holds.
    public var extra = TypedParameters()

    /// Creates tunables to set; nil leaves a tunable unchanged.
    public init(pagesToScan: UInt32? = nil, sleep: Duration? = nil, mergeAcrossNodes: Bool? = nil) {
        self.pagesToScan = pagesToScan
        self.sleep = sleep
        self.mergeAcrossNodes = mergeAcrossNodes
    }

    /// Creates tunables with every field nil.
    public init() {}
}
