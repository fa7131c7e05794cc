import CLibvirt

extension Domain {
    // MARK: - Text consoles and channels

    /// Connects `stream` to the domain's console `device` (its alias, such as
    /// `serial0`; nil for the first console).
    ///
    /// - Parameters:
    ///   - device: the console's alias; nil for the first console.
    ///   - stream: a stream of this domain's connection (``Connection/makeStream(flags:)``).
    ///   - flags: ``ConsoleFlags/force`` takes the console from another client;
    ///     ``ConsoleFlags/safe`` refuses when the driver cannot make that safe.
    ///
    /// Wraps `virDomainOpenConsole`.
    public func openConsole(_ device: String? = nil, stream: DataStream, flags: ConsoleFlags = []) throws(LibvirtError) {
        try cString(device, "device", function: "virDomainOpenConsole")
        try check(virDomainOpenConsole(pointer, device, stream.pointer, flags.rawValue), "virDomainOpenConsole")
    }

    /// Connects `stream` to the domain's channel `name` (such as
    /// `org.qemu.guest_agent.0`; nil for the first channel).
    ///
    /// Wraps `virDomainOpenChannel`.
    public func openChannel(_ name: String? = nil, stream: DataStream, flags: ChannelFlags = []) throws(LibvirtError) {
        try cString(name, "name", function: "virDomainOpenChannel")
        try check(virDomainOpenChannel(pointer, name, stream.pointer, flags.rawValue), "virDomainOpenChannel")
    }

    // MARK: - Graphics

    /// Connects the open socket `fileDescriptor` to the domain's graphics display
    /// number `index` (a VNC or SPICE client then talks over it). libvirt dups
    /// the descriptor; the caller still owns and closes its own.
    ///
    /// Wraps `virDomainOpenGraphics`.
    public func openGraphics(
        index: Int = 0, fileDescriptor: Int, flags: OpenGraphicsFlags = []
    ) throws(LibvirtError) {
        let index = try cUInt32(index, "index", function: "virDomainOpenGraphics")
        let fileDescriptor = try cInt32(fileDescriptor, "fileDescriptor", function: "virDomainOpenGraphics",
                                        in: 0...Int32.max)
        try check(virDomainOpenGraphics(pointer, index, fileDescriptor, flags.rawValue), "virDomainOpenGraphics")
    }

    /// Opens a socket connected to the domain's graphics display number `index`
    /// and returns its file descriptor, which the caller owns and must close.
    ///
    /// Wraps `virDomainOpenGraphicsFD`.
    public func openGraphicsFileDescriptor(
        index: Int = 0, flags: OpenGraphicsFlags = []
    ) throws(LibvirtError) -> Int {
        let index = try cUInt32(index, "index", function: "virDomainOpenGraphicsFD")
        return Int(try check(virDomainOpenGraphicsFD(pointer, index, flags.rawValue), "virDomainOpenGraphicsFD"))
    }

    /// Starts sending a screenshot of display `screen` through `stream`; read the
    /// image from the stream.
    ///
    /// - Returns: the image's MIME type, such as `image/png`.
    ///
    /// Wraps `virDomainScreenshot`.
    public func screenshot(stream: DataStream, screen: Int = 0) throws(LibvirtError) -> String {
        let screen = try cUInt32(screen, "screen", function: "virDomainScreenshot")
        return try takeString(virDomainScreenshot(pointer, stream.pointer, screen, 0), "virDomainScreenshot")
    }
}
