@testable import Libvirt
import CLibvirt
import Foundation
import Synchronization
import Testing

@Suite("Streams on the daemon", .serialized, .enabled(if: StorageFixtures.daemonAvailable, StorageFixtures.noDaemon))
struct StreamDaemonTests {
    @Test("a console stream waiting for data holds no thread, is written meanwhile, and cancelling aborts it")
    func waitingHoldsNoThread() async throws {
        // One executor: a receive that blocked its thread would stall every other call.
        let connection = try await Connection.open("qemu:///system", executors: 1)
        let name = StorageFixtures.uniqueName("swift-libvirt-console")
        let xml = """
            <domain type='qemu'><name>\(name)</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>\
            <os><type arch='x86_64' machine='pc'>hvm</type></os><devices><serial type='pty'/>\
            <console type='pty'/><video><model type='none'/></video><memballoon model='none'/></devices></domain>
            """
        let domain = try await connection.rawCreateDomain(xml).pointer
        defer {
            virDomainDestroy(domain)
            virDomainFree(domain)
        }
        let stream = try await connection.makeStream(flags: .nonBlocking)
        #expect(virDomainOpenConsole(domain, nil, stream.pointer, 0) == 0)

        let reader = Task { () throws(LibvirtError) -> Int in
            var received = 0
            for try await chunk in stream.chunks() { received += chunk.count }
            return received
        }
        // Once the reader waits, a call on the connection's only executor
        // answers (a receive holding that thread would keep it until data
        // came, and this guest writes none), and the reader still waits.
        let waiting = { await stream.readiness?.isWaiting(.reading) == true }
        #expect(await EventWait.until(timeout: .seconds(30), waiting), "the reader never waited for data")
        let answered = Atomic(false)
        let hostname = Task {
            defer { answered.store(true, ordering: .releasing) }
            return try await connection.hostname()
        }
        #expect(await EventWait.until(timeout: .seconds(30)) { answered.load(ordering: .acquiring) }, "hostname() did not answer while the reader waited")
        #expect(await waiting(), "the reader stopped waiting: it received data or failed")
        #expect(try await !hostname.value.isEmpty)
        // The stream is duplex: writing works while a reader waits; a second reader is refused.
        try await stream.send(Array("\r".utf8))
        let second = await libvirtError { try await stream.receive() }
        #expect(second?.code == .operationInvalid)
        reader.cancel()
        let error: LibvirtError?
        do {
            _ = try await reader.value
            error = nil
        } catch let thrown {
            error = thrown as? LibvirtError
        }
        #expect(error?.code == .operationAborted)
        #expect(await stream.readiness == nil)
    }

    @Test("a download ended early by cancellation leaves the volume usable")
    func cancelledDownload() async throws {
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, _ in
            let size = 8 << 20
            let bytes = StorageFixtures.randomBytes(size)
            let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML("c.raw", capacity: size))
            try await volume.upload(contentsOf: StorageFixtures.chunked(bytes))
            let chunks = try await volume.download(chunkSize: 4096)
            let reader = Task { () throws(LibvirtError) -> Int in
                var received = 0
                for try await chunk in chunks {
                    received += chunk.count
                    try? await Task.sleep(for: .milliseconds(1))
                }
                return received
            }
            try await Task.sleep(for: .milliseconds(100))
            reader.cancel()
            var error: LibvirtError?
            do { _ = try await reader.value } catch let thrown { error = thrown as? LibvirtError }
            #expect(error?.code == .operationAborted)
            #expect(try await StorageFixtures.download(volume) == bytes)
        }
        try await connection.close()
    }

    @Test("a failing data source aborts the upload with its error")
    func failingSource() async throws {
        struct Broken: Error {}
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, _ in
            let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML("f.raw", capacity: 1 << 20))
            let source = AsyncThrowingStream<[UInt8], Error> { continuation in
                continuation.yield([1, 2, 3])
                continuation.finish(throwing: Broken())
            }
            let error = await libvirtError { try await volume.upload(contentsOf: source) }
            #expect(error?.code == .operationAborted)
            #expect(error?.message.contains("Broken") == true)
        }
        try await connection.close()
    }
}

extension Connection {
    /// Starts a transient guest by a raw C call (domains are another area's).
    func rawCreateDomain(_ xml: String) throws(LibvirtError) -> TransferredPointer {
        TransferredPointer(pointer: try check(virDomainCreateXML(try handle("virDomainCreateXML"), xml, 0), "virDomainCreateXML"))
    }
}
