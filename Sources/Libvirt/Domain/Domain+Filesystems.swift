import CLibvirt
import Glibc

extension Domain {
    // MARK: - Guest file systems

    /// The guest's mounted file systems, through its agent.
    ///
    /// Wraps `virDomainGetFSInfo` and `virDomainFSInfoFree`.
    public func fileSystems() throws(LibvirtError) -> [FileSystemInfo] {
        var list: UnsafeMutablePointer<virDomainFSInfoPtr?>? = nil
        let count = try check(virDomainGetFSInfo(pointer, &list, 0), "virDomainGetFSInfo")
        guard let list else { return [] }
        defer {
            for index in 0..<Int(count) { virDomainFSInfoFree(list[index]) }
            free(list)
        }
        return (0..<Int(count)).compactMap { index in
            guard let info = list[index]?.pointee else { return nil }
            let aliases = (0..<Int(info.ndevAlias)).compactMap { alias in
                info.devAlias?[alias].map { String(cString: $0) }
            }
            return FileSystemInfo(
                mountPoint: info.mountpoint.map { String(cString: $0) } ?? "",
                name: info.name.map { String(cString: $0) } ?? "",
                type: info.fstype.map { String(cString: $0) } ?? "",
                deviceAliases: aliases)
        }
    }

    /// Freezes the guest's file systems (those at `mountPoints`, or all), through
    /// its agent, and returns how many were frozen.
    ///
    /// Wraps `virDomainFSFreeze`.
    @discardableResult
    public func freezeFileSystems(mountPoints: [String] = []) throws(LibvirtError) -> Int {
        try cStrings(mountPoints, "mountPoints", function: "virDomainFSFreeze")
        let result = withCStrings(mountPoints) { list in
            virDomainFSFreeze(pointer, mountPoints.isEmpty ? nil : list, UInt32(mountPoints.count), 0)
        }
        return Int(try check(result, "virDomainFSFreeze"))
    }

    /// Thaws the guest's file systems (those at `mountPoints`, or all) and returns
    /// how many were thawed.
    ///
    /// Wraps `virDomainFSThaw`.
    @discardableResult
    public func thawFileSystems(mountPoints: [String] = []) throws(LibvirtError) -> Int {
        try cStrings(mountPoints, "mountPoints", function: "virDomainFSThaw")
        let result = withCStrings(mountPoints) { list in
            virDomainFSThaw(pointer, mountPoints.isEmpty ? nil : list, UInt32(mountPoints.count), 0)
        }
        return Int(try check(result, "virDomainFSThaw"))
    }

    /// Discards unused blocks of the guest file system at `mountPoint` (all of
    /// them when nil), in free ranges of at least `minimum` bytes.
    ///
    /// Wraps `virDomainFSTrim`.
    public func trimFileSystem(mountPoint: String? = nil, minimum: UInt64 = 0) throws(LibvirtError) {
        try cString(mountPoint, "mountPoint", function: "virDomainFSTrim")
        try check(virDomainFSTrim(pointer, mountPoint, minimum, 0), "virDomainFSTrim")
    }
}

extension Domain {
    /// A mounted guest file system (`virDomainFSInfo`).
    public struct FileSystemInfo: Sendable, Hashable {
        /// Where it is mounted in the guest.
        public let mountPoint: String
        /// The guest's name for its device, such as `"sda1"`.
        public let name: String
        /// The file system type, such as `"ext4"`.
        public let type: String
        /// The aliases of the domain's disks it lives on, such as `["vda"]`.
        public let deviceAliases: [String]
    }
}
