@testable import Libvirt
import Foundation
import Testing

/// A task already cancelled starts no long call: the job is never started, and
/// the call ends with libvirt's operation-aborted code.
@Suite("Hostile: cancelled tasks start no call")
struct CancelledCallTests {
    @Test("a cancelled task's save starts no job: operation aborted, no file, the domain still runs")
    func cancelledSaveStartsNothing() async throws {
        let connection = try await Connection.open("test:///default")
        let name = "cancelled-\(getpid())"
        let domain = try await connection.defineDomain(xml: """
            <domain type='test'><name>\(name)</name><memory>8192</memory><os><type>hvm</type></os></domain>
            """)
        try await domain.start()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).save").path
        let saving = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            do throws(LibvirtError) {
                try await domain.save(to: path)
                return nil as LibvirtError?
            } catch {
                return error
            }
        }
        let error = await saving.value
        #expect(error?.code == .operationAborted)
        #expect(error?.function == "virDomainSave")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try await domain.info().state == .running)
        try await domain.destroy()
        try await domain.undefine()
        try await connection.close()
    }
}
