import CLibvirt
import Glibc
import Synchronization

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

    /// Initializes libvirt, installs an error function so that libvirt never
    /// prints errors on stderr (they are thrown as ``LibvirtError``, and logged
    /// at debug to ``LibvirtLogging/logger``), and
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
        virSetErrorFunc(nil, logLibvirtError)
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

// MARK: - libvirt.so or libvirt-admin.so, not both

extension Library {
    /// The libvirt library whose object types a process uses.
    ///
    /// libvirt 9.0's libvirt-admin.so holds its own copy of libvirt's object
    /// types (connection, domain..., admin connection, server, client) and
    /// registers them with GLib when it opens its first connection, as
    /// libvirt.so does when it opens its first: the second to register gets
    /// no types, and the process crashes on its next object (a plain C
    /// program crashes the same way). So a process uses one or the other.
    package enum ObjectTypes: Int, Sendable {
        /// libvirt.so's, for ``Connection`` (and LibvirtQEMU, LibvirtLXC).
        case hypervisor = 1
        /// libvirt-admin.so's, for LibvirtAdmin's admin connections.
        case admin = 2
    }

    /// The object types this process uses, once a connection opened: 0 for none yet.
    private static let objectTypes = Atomic<Int>(0)

    /// Records that the process uses `kind`'s object types, or throws
    /// ``LibvirtError/Code/operationUnsupported`` naming `function` when it
    /// already uses the other library's, rather than crash.
    package static func claim(_ kind: ObjectTypes, function: String) throws(LibvirtError) {
        let (exchanged, original) = objectTypes.compareExchange(
            expected: 0, desired: kind.rawValue, ordering: .acquiringAndReleasing)
        guard !exchanged, original != kind.rawValue else { return }
        let (this, other) = kind == .admin ? ("an admin", "a hypervisor") : ("a hypervisor", "an admin")
        throw LibvirtError(
            code: .operationUnsupported, domain: .unspecified,
            message: """
                \(this) connection cannot open in a process that opened \(other) connection: libvirt 9.0's \
                libvirt.so and libvirt-admin.so each register libvirt's object types, and the second to do so \
                crashes the process
                """,
            function: function)
    }
}
