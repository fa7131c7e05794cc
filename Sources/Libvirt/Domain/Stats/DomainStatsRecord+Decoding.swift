import CLibvirt
import Glibc

// MARK: - Decoding parameters into groups
//
// One pass over the record's parameters: the state keys, which every poll asks
// for, go into two integers (matched on a C parameter's bytes, without making a
// String); any other key is split at its first dot, its group chosen by the
// prefix, and an indexed key (`block.0.rd.bytes`) has its index parsed once.
// Keys a group does not document stay in `parameters` only.

extension DomainStatsRecord {
    /// Decodes one record's parameters, in order.
    struct GroupDecoder {
        /// `state.state`.
        var state: Int32?
        /// `state.reason`.
        var reason: Int32?
        /// The other groups, made when the first key of one arrives and filled in place.
        private(set) var others: GroupStorage?

        /// Puts one C parameter into its group.
        mutating func decode(_ parameter: UnsafePointer<virTypedParameter>) {
            guard let value = TypedParameterValue(type: parameter.pointee.type, value: parameter.pointee.value) else {
                return
            }
            if hasName(parameter, "state.state") {
                state = value.int32Value
            } else if hasName(parameter, "state.reason") {
                reason = value.int32Value
            } else {
                decodeGroup(TypedParameters.name(of: parameter), value)
            }
        }

        /// Puts one parameter into its group.
        mutating func decode(_ name: String, _ value: TypedParameterValue) {
            // Equal small strings compare by their bits, without slicing.
            if name == "state.state" {
                state = value.int32Value
            } else if name == "state.reason" {
                reason = value.int32Value
            } else {
                decodeGroup(name, value)
            }
        }

        private mutating func decodeGroup(_ name: String, _ value: TypedParameterValue) {
            guard let dot = name.utf8.firstIndex(of: UInt8(ascii: ".")), name[..<dot] != "state" else { return }
            let storage = others ?? GroupStorage()
            others = storage
            storage.values.decode(group: name[..<dot], key: name[name.index(after: dot)...], name: name, value)
        }
    }
}

extension TypedParameterValue {
    /// The value as an `Int32` (libvirt's enums), whatever its integer C type;
    /// nil when it does not fit.
    fileprivate var int32Value: Int32? { int64Value.flatMap { Int32(exactly: $0) } }
}

/// Whether a C parameter's name is `name` (its bytes and the NUL after them).
private func hasName(_ parameter: UnsafePointer<virTypedParameter>, _ name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    return UnsafeRawPointer(parameter).withMemoryRebound(to: UInt8.self, capacity: count + 1) { field in
        field[count] == 0 && memcmp(field, name.utf8Start, count) == 0
    }
}

extension DomainStatsRecord.DecodedGroups {
    /// Puts one parameter of a group other than `state` into its group.
    ///
    /// - Parameters:
    ///   - group: the name's part before its first dot.
    ///   - key: the part after it.
    ///   - name: the whole name.
    mutating func decode(group: Substring, key: Substring, name: String, _ value: TypedParameterValue) {
        switch group {
        case "cpu": decodeCPU(key, value)
        case "balloon": decodeBalloon(key, value)
        case "vcpu": decodeVCPU(key, value)
        case "net": decodeInterface(key, value)
        case "block": decodeBlock(key, value)
        case "perf":
            guard let counter = value.uint64Value else { return }
            var counters = perf ?? [:]
            perf = nil  // so the dictionary is not copied on write
            counters[String(key)] = counter
            perf = counters
        case "iothread": decodeIOThread(key, value)
        case "dirtyrate": decodeDirtyRate(key, value)
        case "memory":
            var parameters = memory ?? TypedParameters()
            memory = nil
            parameters.append(name, value)
            memory = parameters
        case "vm":
            var parameters = vm ?? TypedParameters()
            vm = nil
            parameters.append(name, value)
            vm = parameters
        default: break
        }
    }

    private mutating func decodeCPU(_ key: Substring, _ value: TypedParameterValue) {
        var group = cpu ?? DomainStatsRecord.CPU()
        switch key {
        case "time": group.time = value.uint64Value.map { .nanoseconds($0) }
        case "user": group.user = value.uint64Value.map { .nanoseconds($0) }
        case "system": group.system = value.uint64Value.map { .nanoseconds($0) }
        case "haltpoll.success.time": group.haltPollSuccessTime = value.uint64Value.map { .nanoseconds($0) }
        case "haltpoll.fail.time": group.haltPollFailTime = value.uint64Value.map { .nanoseconds($0) }
        default: break
        }
        cpu = group
    }

    private mutating func decodeBalloon(_ key: Substring, _ value: TypedParameterValue) {
        var group = balloon ?? DomainStatsRecord.Balloon()
        let number = value.uint64Value
        switch key {
        case "current": group.currentKiB = number
        case "maximum": group.maximumKiB = number
        case "swap_in": group.swapInKiB = number
        case "swap_out": group.swapOutKiB = number
        case "major_fault": group.majorFaults = number
        case "minor_fault": group.minorFaults = number
        case "unused": group.unusedKiB = number
        case "available": group.availableKiB = number
        case "rss": group.rssKiB = number
        case "usable": group.usableKiB = number
        case "last-update": group.lastUpdateSeconds = number
        case "disk_caches": group.diskCachesKiB = number
        case "hugetlb_pgalloc": group.hugePageAllocations = number
        case "hugetlb_pgfail": group.hugePageFailures = number
        default: break
        }
        balloon = group
    }

    private mutating func decodeVCPU(_ key: Substring, _ value: TypedParameterValue) {
        var group = vcpu ?? DomainStatsRecord.VCPUs()
        vcpu = nil  // so its arrays are not copied on write
        defer { vcpu = group }
        switch key {
        case "current": group.current = value.uint64Value.flatMap { UInt32(exactly: $0) }
        case "maximum": group.maximum = value.uint64Value.flatMap { UInt32(exactly: $0) }
        default:
            guard let (number, field) = indexed(key) else { return }
            let slot = position(of: number, in: &group.cpus, id: \.number, make: DomainStatsRecord.VCPU.init(number:))
            switch field {
            case "state": group.cpus[slot].state = value.int32Value.map(Domain.VcpuState.init(rawValue:))
            case "time": group.cpus[slot].time = value.uint64Value.map { .nanoseconds($0) }
            case "wait": group.cpus[slot].wait = value.uint64Value.map { .nanoseconds($0) }
            case "halted": group.cpus[slot].halted = value.boolValue
            case "delay": group.cpus[slot].delay = value.uint64Value.map { .nanoseconds($0) }
            default: break
            }
        }
    }

    private mutating func decodeInterface(_ key: Substring, _ value: TypedParameterValue) {
        var group = interfaces ?? DomainStatsRecord.Interfaces()
        interfaces = nil  // so its arrays are not copied on write
        defer { interfaces = group }
        if key == "count" {
            group.count = value.int64Value.map { Int($0) }
            return
        }
        guard let (index, field) = indexed(key) else { return }
        let slot = position(of: index, in: &group.devices, id: \.index, make: DomainStatsRecord.Interface.init(index:))
        let number = value.uint64Value
        switch field {
        case "name": group.devices[slot].name = value.stringValue
        case "rx.bytes": group.devices[slot].rxBytes = number
        case "rx.pkts": group.devices[slot].rxPackets = number
        case "rx.errs": group.devices[slot].rxErrors = number
        case "rx.drop": group.devices[slot].rxDrops = number
        case "tx.bytes": group.devices[slot].txBytes = number
        case "tx.pkts": group.devices[slot].txPackets = number
        case "tx.errs": group.devices[slot].txErrors = number
        case "tx.drop": group.devices[slot].txDrops = number
        default: break
        }
    }

    private mutating func decodeBlock(_ key: Substring, _ value: TypedParameterValue) {
        var group = blocks ?? DomainStatsRecord.Blocks()
        blocks = nil  // so its arrays are not copied on write
        defer { blocks = group }
        if key == "count" {
            group.count = value.int64Value.map { Int($0) }
            return
        }
        guard let (index, field) = indexed(key) else { return }
        let slot = position(of: index, in: &group.devices, id: \.index, make: DomainStatsRecord.Block.init(index:))
        let number = value.uint64Value
        switch field {
        case "name": group.devices[slot].name = value.stringValue
        case "backingIndex": group.devices[slot].backingIndex = number.flatMap { UInt32(exactly: $0) }
        case "path": group.devices[slot].path = value.stringValue
        case "rd.reqs": group.devices[slot].readRequests = number
        case "rd.bytes": group.devices[slot].readBytes = number
        case "rd.times": group.devices[slot].readTime = number.map { .nanoseconds($0) }
        case "wr.reqs": group.devices[slot].writeRequests = number
        case "wr.bytes": group.devices[slot].writeBytes = number
        case "wr.times": group.devices[slot].writeTime = number.map { .nanoseconds($0) }
        case "fl.reqs": group.devices[slot].flushRequests = number
        case "fl.times": group.devices[slot].flushTime = number.map { .nanoseconds($0) }
        case "errors": group.devices[slot].errors = number
        case "allocation": group.devices[slot].allocationBytes = number
        case "capacity": group.devices[slot].capacityBytes = number
        case "physical": group.devices[slot].physicalBytes = number
        case "threshold": group.devices[slot].thresholdBytes = number
        default: break
        }
    }

    private mutating func decodeIOThread(_ key: Substring, _ value: TypedParameterValue) {
        var group = ioThreads ?? DomainStatsRecord.IOThreads()
        ioThreads = nil  // so its arrays are not copied on write
        defer { ioThreads = group }
        if key == "count" {
            group.count = value.int64Value.map { Int($0) }
            return
        }
        guard let (id, field) = indexed(key) else { return }
        let slot = position(of: id, in: &group.threads, id: \.id, make: DomainStatsRecord.IOThread.init(id:))
        switch field {
        case "poll-max-ns": group.threads[slot].pollMax = value.uint64Value.map { .nanoseconds($0) }
        case "poll-grow": group.threads[slot].pollGrow = value.uint64Value
        case "poll-shrink": group.threads[slot].pollShrink = value.uint64Value
        default: break
        }
    }

    private mutating func decodeDirtyRate(_ key: Substring, _ value: TypedParameterValue) {
        var group = dirtyRate ?? DomainStatsRecord.DirtyRate()
        dirtyRate = nil  // so its arrays are not copied on write
        defer { dirtyRate = group }
        switch key {
        case "calc_status": group.calculationStatus = value.int32Value.map(Domain.DirtyRateStatus.init(rawValue:))
        case "calc_start_time": group.calculationStartSeconds = value.int64Value
        case "calc_period": group.calculationPeriod = value.int64Value.map { .seconds($0) }
        case "megabytes_per_second": group.megabytesPerSecond = value.int64Value
        case "calc_mode": group.calculationMode = value.stringValue
        default:
            // vcpu.<n>.megabytes_per_second
            guard key.hasPrefix("vcpu."), let (number, field) = indexed(key.dropFirst(5)),
                  field == "megabytes_per_second", let rate = value.int64Value else { return }
            group.vcpuMegabytesPerSecond[number] = rate
        }
    }
}

// MARK: - Keys with an index

/// Splits `"3.rd.bytes"` into `(3, "rd.bytes")`, or nil when the key has no leading number.
private func indexed(_ key: Substring) -> (Int, Substring)? {
    var number = 0
    var sawDigit = false
    var index = key.startIndex
    while index < key.endIndex, let digit = key[index].wholeNumberValue, key[index].isASCII {
        number = number &* 10 &+ digit
        sawDigit = true
        index = key.index(after: index)
    }
    guard sawDigit, index < key.endIndex, key[index] == "." else { return nil }
    return (number, key[key.index(after: index)...])
}

/// The position of the element identified by `id` in `array`, appended if absent.
/// Keys arrive grouped by element, so the last element is checked first.
private func position<Element>(
    of id: Int, in array: inout [Element], id idOf: KeyPath<Element, Int>, make: (Int) -> Element
) -> Int {
    if let last = array.indices.last, array[last][keyPath: idOf] == id { return last }
    if let found = array.firstIndex(where: { $0[keyPath: idOf] == id }) { return found }
    array.append(make(id))
    return array.count - 1
}
