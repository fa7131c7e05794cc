extension DomainStatsRecord {
    // MARK: - cpu, balloon

    /// The `cpu.*` group.
    public struct CPU: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Total CPU time spent by the domain (`cpu.time`).
        public internal(set) var time: Duration?
        /// User CPU time (`cpu.user`).
        public internal(set) var user: Duration?
        /// System CPU time (`cpu.system`).
        public internal(set) var system: Duration?
        /// Time spent polling successfully when halted (`cpu.haltpoll.success.time`).
        public internal(set) var haltPollSuccessTime: Duration?
        /// Time spent polling unsuccessfully when halted (`cpu.haltpoll.fail.time`).
        public internal(set) var haltPollFailTime: Duration?
    }

    /// The `balloon.*` group.
    public struct Balloon: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Current balloon size (`balloon.current`).
        public internal(set) var currentKiB: UInt64?
        /// Maximum balloon size (`balloon.maximum`).
        public internal(set) var maximumKiB: UInt64?
        /// Memory swapped in (`balloon.swap_in`).
        public internal(set) var swapInKiB: UInt64?
        /// Memory swapped out (`balloon.swap_out`).
        public internal(set) var swapOutKiB: UInt64?
        /// Page faults that needed disk I/O (`balloon.major_fault`).
        public internal(set) var majorFaults: UInt64?
        /// Page faults that needed no disk I/O (`balloon.minor_fault`).
        public internal(set) var minorFaults: UInt64?
        /// Memory the guest does not use (`balloon.unused`).
        public internal(set) var unusedKiB: UInt64?
        /// Memory the guest sees (`balloon.available`).
        public internal(set) var availableKiB: UInt64?
        /// Resident set size of the domain's process on the host (`balloon.rss`).
        public internal(set) var rssKiB: UInt64?
        /// Memory that can be reclaimed without swapping (`balloon.usable`).
        public internal(set) var usableKiB: UInt64?
        /// When the guest last updated these values, in seconds since the epoch (`balloon.last-update`).
        public internal(set) var lastUpdateSeconds: UInt64?
        /// Memory the guest can reclaim from disk caches (`balloon.disk_caches`).
        public internal(set) var diskCachesKiB: UInt64?
        /// Successful huge page allocations from inside the guest (`balloon.hugetlb_pgalloc`).
        public internal(set) var hugePageAllocations: UInt64?
        /// Failed huge page allocations from inside the guest (`balloon.hugetlb_pgfail`).
        public internal(set) var hugePageFailures: UInt64?
    }

    // MARK: - vcpu

    /// The `vcpu.*` group.
    public struct VCPUs: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Virtual CPUs online (`vcpu.current`).
        public internal(set) var current: UInt32?
        /// Virtual CPUs at most (`vcpu.maximum`).
        public internal(set) var maximum: UInt32?
        /// Each virtual CPU libvirt reported on, by ascending number.
        public internal(set) var cpus: [VCPU] = []
    }

    /// One virtual CPU (`vcpu.<number>.*`).
    public struct VCPU: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The virtual CPU's number.
        public let number: Int
        /// Its state (`vcpu.<n>.state`).
        public internal(set) var state: Domain.VcpuState?
        /// Virtual CPU time (`vcpu.<n>.time`).
        public internal(set) var time: Duration?
        /// Time spent waiting for a host CPU (`vcpu.<n>.wait`).
        public internal(set) var wait: Duration?
        /// Whether it is halted (`vcpu.<n>.halted`).
        public internal(set) var halted: Bool?
        /// Time spent waiting in the host's run queue (`vcpu.<n>.delay`).
        public internal(set) var delay: Duration?

        init(number: Int) { self.number = number }
    }

    // MARK: - net

    /// The `net.*` group.
    public struct Interfaces: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// How many interfaces libvirt reports (`net.count`).
        public internal(set) var count: Int?
        /// The interfaces, by index.
        public internal(set) var devices: [Interface] = []
    }

    /// One network interface (`net.<index>.*`).
    public struct Interface: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Its index in the group.
        public let index: Int
        /// The host-side device name (`net.<i>.name`).
        public internal(set) var name: String?
        /// Bytes received (`net.<i>.rx.bytes`).
        public internal(set) var rxBytes: UInt64?
        /// Packets received (`net.<i>.rx.pkts`).
        public internal(set) var rxPackets: UInt64?
        /// Receive errors (`net.<i>.rx.errs`).
        public internal(set) var rxErrors: UInt64?
        /// Received packets dropped (`net.<i>.rx.drop`).
        public internal(set) var rxDrops: UInt64?
        /// Bytes sent (`net.<i>.tx.bytes`).
        public internal(set) var txBytes: UInt64?
        /// Packets sent (`net.<i>.tx.pkts`).
        public internal(set) var txPackets: UInt64?
        /// Send errors (`net.<i>.tx.errs`).
        public internal(set) var txErrors: UInt64?
        /// Sent packets dropped (`net.<i>.tx.drop`).
        public internal(set) var txDrops: UInt64?

        init(index: Int) { self.index = index }
    }

    // MARK: - block

    /// The `block.*` group.
    public struct Blocks: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// How many block devices libvirt reports (`block.count`).
        public internal(set) var count: Int?
        /// The block devices, by index.
        public internal(set) var devices: [Block] = []
    }

    /// One block device (`block.<index>.*`).
    public struct Block: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// Its index in the group.
        public let index: Int
        /// The disk's target name, such as `vda` (`block.<i>.name`).
        public internal(set) var name: String?
        /// Its index in the backing chain (`block.<i>.backingIndex`).
        public internal(set) var backingIndex: UInt32?
        /// The host file or device (`block.<i>.path`).
        public internal(set) var path: String?
        /// Read requests (`block.<i>.rd.reqs`).
        public internal(set) var readRequests: UInt64?
        /// Bytes read (`block.<i>.rd.bytes`).
        public internal(set) var readBytes: UInt64?
        /// Time spent reading (`block.<i>.rd.times`).
        public internal(set) var readTime: Duration?
        /// Write requests (`block.<i>.wr.reqs`).
        public internal(set) var writeRequests: UInt64?
        /// Bytes written (`block.<i>.wr.bytes`).
        public internal(set) var writeBytes: UInt64?
        /// Time spent writing (`block.<i>.wr.times`).
        public internal(set) var writeTime: Duration?
        /// Flush requests (`block.<i>.fl.reqs`).
        public internal(set) var flushRequests: UInt64?
        /// Time spent flushing (`block.<i>.fl.times`).
        public internal(set) var flushTime: Duration?
        /// Errors (`block.<i>.errors`).
        public internal(set) var errors: UInt64?
        /// Highest written offset (`block.<i>.allocation`).
        public internal(set) var allocationBytes: UInt64?
        /// Logical size (`block.<i>.capacity`).
        public internal(set) var capacityBytes: UInt64?
        /// Host physical size (`block.<i>.physical`).
        public internal(set) var physicalBytes: UInt64?
        /// The write threshold set with ``Domain/setBlockThreshold(_:threshold:)`` (`block.<i>.threshold`).
        public internal(set) var thresholdBytes: UInt64?

        init(index: Int) { self.index = index }
    }

    // MARK: - iothread, dirtyrate

    /// The `iothread.*` group.
    public struct IOThreads: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// How many I/O threads there are (`iothread.count`).
        public internal(set) var count: Int?
        /// Each I/O thread libvirt reported on, by ascending id.
        public internal(set) var threads: [IOThread] = []
    }

    /// One I/O thread (`iothread.<id>.*`).
    public struct IOThread: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The thread's id.
        public let id: Int
        /// Maximum polling time (`iothread.<id>.poll-max-ns`).
        public internal(set) var pollMax: Duration?
        /// Polling time growth factor (`iothread.<id>.poll-grow`).
        public internal(set) var pollGrow: UInt64?
        /// Polling time shrink factor (`iothread.<id>.poll-shrink`).
        public internal(set) var pollShrink: UInt64?

        init(id: Int) { self.id = id }
    }

    /// The `dirtyrate.*` group, from ``Domain`` dirty rate calculations.
    public struct DirtyRate: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The fields present, on one line.
        public var description: String { fieldDescription(of: self) }

        /// The calculation's status (`dirtyrate.calc_status`).
        public internal(set) var calculationStatus: Domain.DirtyRateStatus?
        /// When it started, in seconds since boot (`dirtyrate.calc_start_time`).
        public internal(set) var calculationStartSeconds: Int64?
        /// How long it ran (`dirtyrate.calc_period`).
        public internal(set) var calculationPeriod: Duration?
        /// The memory dirty rate in MiB/s (`dirtyrate.megabytes_per_second`).
        public internal(set) var megabytesPerSecond: Int64?
        /// How it was calculated: `page-sampling`, `dirty-bitmap` or `dirty-ring` (`dirtyrate.calc_mode`).
        public internal(set) var calculationMode: String?
        /// The dirty rate of each virtual CPU in MiB/s, by number (`dirtyrate.vcpu.<n>.megabytes_per_second`).
        public internal(set) var vcpuMegabytesPerSecond: [Int: Int64] = [:]
    }
}
