import Dispatch
import Glibc
import Synchronization

// MARK: - Running a blocking call before any actor exists

extension LibvirtExecutor {
    /// Runs `body` on this executor's queue and returns its result, without
    /// blocking the calling task's thread.
    ///
    /// For calls made before the actor that will own their result exists, such
    /// as opening a connection.
    package func run<Value: Sendable>(
        _ body: @escaping @Sendable () throws(LibvirtError) -> Value
    ) async throws(LibvirtError) -> Value {
        let result: Result<Value, LibvirtError> = await withCheckedContinuation { continuation in
            self.async {
                do throws(LibvirtError) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}

/// A libvirt object pointer handed from the thread that obtained it to the
/// actor that will own it. libvirt objects are reference counted and
/// thread-safe; the receiving actor takes over the one reference.
package struct TransferredPointer: @unchecked Sendable {
    package let pointer: OpaquePointer

    /// Hands over `pointer` and its one reference.
    package init(pointer: OpaquePointer) {
        self.pointer = pointer
    }
}

// MARK: - Long calls, off the executors

/// Runs a call that may block for long (a migration, a save, a core dump, a
/// guest agent command waiting out its timeout) on a Dispatch queue of its own,
/// outside every executor, and returns its result. The awaiting actor's
/// executor stays free meanwhile, for every other handle that shares it.
///
/// `body` makes the C call and reads its error on that queue's thread, with no
/// suspension in between. A task already cancelled starts no call: it gets an
/// ``LibvirtError/Code/operationAborted`` error naming `function`. When the task
/// is cancelled while `body` runs, `abort` is called on another queue of its
/// own, again every 20 ms while it returns false (no job yet) and every 200 ms
/// once it returned true, until `body` returns; `body` then ends with the error
/// the aborted C call reports. Without `abort`, cancellation leaves the call to
/// run to its end.
///
/// libvirt 9.0 drops an abort of a save or a core dump taken before QEMU
/// starts writing the file (`qemuMigrationSrcToFile` never checks it), so one
/// abort may be lost: the call then runs on, and the next one takes.
@discardableResult
func runLongCall<Value: Sendable>(
    _ function: String,
    abort: (@Sendable () -> Bool)? = nil,
    _ body: @escaping @Sendable () throws(LibvirtError) -> Value
) async throws(LibvirtError) -> Value {
    if Task.isCancelled {
        throw LibvirtError(
            code: .operationAborted, domain: .unspecified,
            message: "the task was cancelled before \(function) started", function: function)
    }
    let call = LongCall()
    let result: Result<Value, LibvirtError> = await withTaskCancellationHandler {
        await withCheckedContinuation { continuation in
            DispatchQueue(label: "libvirt.long-call").async {
                let result: Result<Value, LibvirtError>
                do throws(LibvirtError) {
                    result = .success(try body())
                } catch {
                    result = .failure(error)
                }
                call.finish()
                continuation.resume(returning: result)
            }
        }
    } onCancel: {
        guard let abort, call.startAborting() else { return }
        DispatchQueue(label: "libvirt.long-call.abort").async {
            while !call.isFinished {
                usleep(abort() ? 200_000 : 20_000)
            }
        }
    }
    return try result.get()
}

/// The state a long call shares with its cancellation handler.
final class LongCall: Sendable {
    private let state = Mutex((finished: false, aborting: false))

    /// Whether the call has returned.
    var isFinished: Bool { state.withLock { $0.finished } }

    /// Marks the call returned.
    func finish() { state.withLock { $0.finished = true } }

    /// Whether the caller is the first to abort a call still running.
    func startAborting() -> Bool {
        state.withLock { state in
            defer { state.aborting = true }
            return !state.finished && !state.aborting
        }
    }
}
