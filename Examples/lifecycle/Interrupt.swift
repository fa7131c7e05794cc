import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a handler on Ctrl-C (SIGINT) instead of letting the signal kill the
/// process, until stopped.
final class Interrupt {
    private let source: any DispatchSourceSignal

    /// Installs the handler: the signal is ignored by the process and
    /// delivered to a dispatch source instead.
    init(_ handler: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
    }

    /// Removes the handler and restores the default action.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
