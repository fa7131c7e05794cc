import Foundation
import Libvirt
import Testing

@Suite("Storage on the daemon", .serialized, .enabled(if: StorageFixtures.daemonAvailable, StorageFixtures.noDaemon))
struct StorageDaemonTests {
    @Test("a directory pool in a fresh folder: lookups, sizes, capabilities")
    func directoryPool() async throws {
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, folder in
            let name = try await pool.name()
            #expect(try await connection.storagePool(targetPath: folder).name() == name)
            #expect(try await connection.storagePool(uuid: try await pool.uuid()).name() == name)
            #expect(try await connection.activeStoragePoolNames().contains(name))
            let info = try await pool.info()
            #expect(info.state == .running)
            #expect(info.capacityBytes > 0)
            #expect(info.availableBytes <= info.capacityBytes)
            #expect(try await connection.storagePoolCapabilities().contains("<storagepoolCapabilities"))
        }
        try await connection.close()
    }

    @Test("a volume uploaded through a DataStream downloads byte for byte")
    func uploadDownload() async throws {
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, _ in
            let size = 4 << 20
            let bytes = StorageFixtures.randomBytes(size)
            let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML("data.raw", capacity: size))
            try await volume.upload(contentsOf: StorageFixtures.chunked(bytes, size: 100_000))
            let back = try await StorageFixtures.download(volume)
            #expect(back.count == size)
            #expect(back == bytes)

            // A window of it, by offset and length.
            var window: [UInt8] = []
            for try await chunk in try await volume.download(offset: 1000, length: 5000, chunkSize: 1024) {
                #expect(chunk.count <= 1024)
                window += chunk
            }
            #expect(window == Array(bytes[1000..<6000]))
        }
        try await connection.close()
    }

    @Test("a sparse volume travels with its holes as holes")
    func sparse() async throws {
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, folder in
            let mib = 1 << 20
            let head = StorageFixtures.randomBytes(mib)
            let tail = StorageFixtures.randomBytes(mib)
            let hole = Int64(8 * mib)
            let capacity = 10 * mib
            let volume = try await pool.createVolume(
                xml: StorageFixtures.volumeXML("sparse.raw", capacity: capacity, allocation: 0))
            try await volume.upload(contentsOf: StorageFixtures.sequence([.data(head), .hole(hole), .data(tail)]))

            // The file on the host kept the hole.
            let path = try await volume.path()
            #expect(path.hasPrefix(folder))
            var status = stat()
            #expect(stat(path, &status) == 0)
            #expect(Int(status.st_size) == capacity)
            #expect(Int(status.st_blocks) * 512 < 4 * mib)

            var holes: [Int64] = []
            var data: [UInt8] = []
            var rebuilt: [UInt8] = []
            for try await chunk in try await volume.sparseDownload() {
                switch chunk {
                case .data(let bytes):
                    data += bytes
                    rebuilt += bytes
                case .hole(let length):
                    holes.append(length)
                    rebuilt += [UInt8](repeating: 0, count: Int(length))
                }
            }
            #expect(holes.reduce(0, +) >= hole)
            #expect(data.count <= 2 * mib + 64 * 1024)
            #expect(rebuilt == head + [UInt8](repeating: 0, count: Int(hole)) + tail)

            // Without the sparse flag the hole arrives as zeros.
            #expect(try await StorageFixtures.download(volume) == rebuilt)
        }
        try await connection.close()
    }

    @Test("a volume is resized, wiped, cloned and deleted")
    func maintenance() async throws {
        let connection = try await Connection.open("qemu:///system")
        try await StorageFixtures.withDirectoryPool(connection) { pool, _ in
            let mib = 1 << 20
            let bytes = StorageFixtures.randomBytes(mib)
            let volume = try await pool.createVolume(xml: StorageFixtures.volumeXML("m.raw", capacity: mib))
            try await volume.upload(contentsOf: StorageFixtures.chunked(bytes))
            #expect(try await volume.info().kind == .file)

            let clone = try await pool.createVolume(
                xml: StorageFixtures.volumeXML("clone.raw", capacity: mib), from: volume)
            #expect(try await StorageFixtures.download(clone) == bytes)
            #expect(try await pool.volumeNames().sorted() == ["clone.raw", "m.raw"])
            #expect(try await connection.storageVolume(path: try await clone.path()).name() == "clone.raw")
            #expect(try await connection.storageVolume(key: try await clone.key()).name() == "clone.raw")

            try await volume.resize(to: UInt64(4 * mib))
            #expect(try await volume.info().capacityBytes == UInt64(4 * mib))
            try await volume.resize(to: UInt64(mib), flags: .delta)
            #expect(try await volume.info().capacityBytes == UInt64(5 * mib))
            try await volume.resize(to: UInt64(2 * mib), flags: .shrink)
            #expect(try await volume.info().capacityBytes == UInt64(2 * mib))
            let physical = try await volume.info(flags: .physical)
            #expect(physical.allocationBytes == UInt64(2 * mib))

            try await volume.wipe()
            #expect(try await StorageFixtures.download(volume).allSatisfy { $0 == 0 })
            try await clone.wipe(algorithm: .zero)
            #expect(try await StorageFixtures.download(clone).allSatisfy { $0 == 0 })

            try await clone.delete()
            #expect(try await pool.volumeNames() == ["m.raw"])
            #expect(await libvirtError { try await clone.info() }?.code == .noStorageVol)
        }
        try await connection.close()
    }
}
