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
            queue.async {
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
