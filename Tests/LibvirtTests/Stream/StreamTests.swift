import Foundation
import Libvirt
import Testing

@Suite("Streams")
struct StreamTests {
    @Test("a stream no transfer uses fails with libvirt's own error")
    func unattached() async throws {
        let connection = try await Fixtures.openDefault()
        let stream = try await connection.makeStream(flags: .nonBlocking)
        let send = await libvirtError { try await stream.send([1, 2, 3]) }
        #expect(send?.code == .noSupport)
        #expect(send?.function == "virStreamSend")
        #expect(await libvirtError { try await stream.receive() }?.code == .noSupport)
        #expect(await libvirtError { try await stream.receiveChunk() }?.code == .noSupport)
        #expect(await libvirtError { try await stream.sendHole(4096) }?.code == .noSupport)
        #expect(await libvirtError { try await stream.finish() }?.code == .noSupport)
        var iterator = stream.chunks().makeAsyncIterator()
        #expect(await libvirtError { try await iterator.next() }?.code == .noSupport)
        #expect(try await iterator.next() == nil)
    }

    @Test("chunks report their length")
    func chunkLength() {
        #expect(Libvirt.DataStream.Chunk.data([1, 2, 3]).length == 3)
        #expect(Libvirt.DataStream.Chunk.hole(1 << 30).length == 1 << 30)
    }
}
