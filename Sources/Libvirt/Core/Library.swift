import CLibvirt

/// Process-wide set-up of libvirt, done once before the first connection opens.
enum Library {
    /// Runs ``setUp()`` exactly once, on first use (Swift initializes static
    /// stored properties once, thread-safely).
    private static let ready: Void = setUp()

    /// Makes sure libvirt is initialized, silenced and its event loop running.
    ///
    /// Every API that opens a connection calls this first.
    static func prepare() {
        _ = ready
    }

    /// Initializes libvirt, installs a no-op error function so that libvirt
    /// never prints errors on stderr (they are thrown as ``LibvirtError``), and
    /// starts the event loop, which must exist before the first connection opens.
    ///
    /// Wraps `virInitialize` and `virSetErrorFunc`.
    private static func setUp() {
        virInitialize()
        virSetErrorFunc(nil, ignoreError)
        EventLoop.shared.start()
    }
}

/// libvirt's error callback: errors are read from the failing thread instead.
private func ignoreError(_ userData: UnsafeMutableRawPointer?, _ error: virErrorPtr?) {}
