import CLibvirt
import Glibc

/// Process-wide set-up of libvirt, done once before the first connection opens.
package enum Library {
    /// Runs ``setUp()`` exactly once, on first use (Swift initializes static
    /// stored properties once, thread-safely).
    private static let ready: Void = setUp()

    /// Makes sure libvirt is initialized, silenced and its event loop running.
    ///
    /// Every API that opens a connection calls this first.
    package static func prepare() {
        _ = ready
    }

    /// Initializes libvirt, installs a no-op error function so that libvirt
    /// never prints errors on stderr (they are thrown as ``LibvirtError``), and
    /// starts the event loop, which must exist before the first connection opens.
    ///
    /// Also ignores SIGPIPE unless the program set its own disposition: libvirt
    /// writes to its sockets without MSG_NOSIGNAL, so a request sent just after
    /// the daemon died would otherwise kill the whole process instead of
    /// failing with an error (libvirt asks applications to ignore it).
    ///
    /// Wraps `virInitialize` and `virSetErrorFunc`.
    private static func setUp() {
        ignoreBrokenPipes()
        virInitialize()
        virSetErrorFunc(nil, ignoreError)
        EventLoop.shared.start()
    }
}

/// Sets SIGPIPE to be ignored when its disposition is still the default (which kills the process).
private func ignoreBrokenPipes() {
    var current = sigaction()
    guard sigaction(SIGPIPE, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else { return }
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    sigaction(SIGPIPE, &ignore, nil)
}

/// libvirt's error callback: errors are read from the failing thread instead.
private func ignoreError(_ userData: UnsafeMutableRawPointer?, _ error: virErrorPtr?) {}
