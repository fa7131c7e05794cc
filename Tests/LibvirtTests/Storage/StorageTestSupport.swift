import Foundation
import Libvirt
import Testing

/// Helpers of the storage, node device and stream suites.
enum StorageFixtures {
    /// The real daemon's socket: the "on the daemon" suites run only when it exists.
    static let daemonSocket = "/run/libvirt/libvirt-sock"
    /// Whether a libvirtd answers on this machine.
    static var daemonAvailable: Bool { FileManager.default.fileExists(atPath: daemonSocket) }
    /// The message a daemon suite shows when it is skipped.
    static let noDaemon: Comment = "no libvirtd here: /run/libvirt/libvirt-sock is absent"

    /// A name no other test run uses.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// `count` random bytes.
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                var word = generator.next()
                let n = min(8, raw.count - offset)
                withUnsafeBytes(of: &word) { raw.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: n) }
                offset += n
            }
        }
        return bytes
    }

    /// `bytes` as an AsyncSequence of chunks of `size` bytes.
    static func chunked(_ bytes: [UInt8], size: Int = 256 * 1024) -> AsyncStream<[UInt8]> {
        AsyncStream { continuation in
            var offset = 0
            while offset < bytes.count {
                continuation.yield(Array(bytes[offset..<min(offset + size, bytes.count)]))
                offset += size
            }
            continuation.finish()
        }
    }

    /// `chunks` as an AsyncSequence.
    static func sequence(_ chunks: [Libvirt.DataStream.Chunk]) -> AsyncStream<Libvirt.DataStream.Chunk> {
        AsyncStream { continuation in
            for chunk in chunks { continuation.yield(chunk) }
            continuation.finish()
        }
    }

    /// The XML of a raw volume.
    static func volumeXML(_ name: String, capacity: Int, allocation: Int? = nil) -> String {
        """
        <volume><name>\(name)</name><capacity unit='bytes'>\(capacity)</capacity>\
        <allocation unit='bytes'>\(allocation ?? capacity)</allocation>\
        <target><format type='raw'/></target></volume>
        """
    }

    /// Runs `body` with a new, started directory pool in a fresh folder of
    /// /tmp on `connection`, then removes the pool, its volumes and the
    /// folder, whether `body` threw or not.
    static func withDirectoryPool<T>(
        _ connection: Connection, _ body: (StoragePool, String) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent(uniqueName("swift-libvirt-pool")).path
        let name = uniqueName("swift-libvirt")
        let xml = "<pool type='dir'><name>\(name)</name><target><path>\(folder)</path></target></pool>"
        let pool = try await connection.defineStoragePool(xml: xml)
        func cleanUp() async {
            if let volumes = try? await pool.volumes() {
                for volume in volumes { try? await volume.delete() }
            }
            try? await pool.destroy()
            try? await pool.delete()
            try? await pool.undefine()
            try? FileManager.default.removeItem(atPath: folder)
        }
        do {
            try await pool.build()
            try await pool.start()
            let result = try await body(pool, folder)
            await cleanUp()
            return result
        } catch {
            await cleanUp()
            throw error
        }
    }

    /// Every byte of a volume, through a DataStream.
    static func download(_ volume: StorageVolume) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in try await volume.download() { bytes += chunk }
        return bytes
    }
}
