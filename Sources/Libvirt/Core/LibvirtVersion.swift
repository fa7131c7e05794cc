import CLibvirt

/// A version number as libvirt encodes it: `major * 1,000,000 + minor * 1,000 + release`.
public struct LibvirtVersion: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The major version.
    public let major: Int
    /// The minor version.
    public let minor: Int
    /// The release.
    public let release: Int

    /// Creates a version from its parts.
    public init(major: Int, minor: Int, release: Int) {
        self.major = major
        self.minor = minor
        self.release = release
    }

    /// Decodes libvirt's single-number form.
    public init(encoded: UInt) {
        self.init(major: Int(encoded / 1_000_000), minor: Int(encoded / 1_000 % 1_000), release: Int(encoded % 1_000))
    }

    /// libvirt's single-number form.
    public var encoded: UInt { UInt(major * 1_000_000 + minor * 1_000 + release) }

    /// `major.minor.release`.
    public var description: String { "\(major).\(minor).\(release)" }

    /// Orders versions by major, then minor, then release.
    public static func < (lhs: LibvirtVersion, rhs: LibvirtVersion) -> Bool {
        lhs.encoded < rhs.encoded
    }

    // MARK: - The library in this process

    /// The version of the libvirt library this process runs.
    ///
    /// Wraps `virGetVersion`.
    public static func library() throws(LibvirtError) -> LibvirtVersion {
        Library.prepare()
        var version: UInt = 0
        try check(virGetVersion(&version, nil, nil), "virGetVersion")
        return LibvirtVersion(encoded: version)
    }

    /// The version of the hypervisor driver `type` (such as `"QEMU"` or
    /// `"Test"`) as built into this library.
    ///
    /// Wraps `virGetVersion`.
    public static func driver(_ type: String) throws(LibvirtError) -> LibvirtVersion {
        try cString(type, "type", function: "virGetVersion")
        Library.prepare()
        var library: UInt = 0
        var version: UInt = 0
        try check(virGetVersion(&library, type, &version), "virGetVersion")
        return LibvirtVersion(encoded: version)
    }
}
