import Foundation
import Libvirt
import Testing

// Compiles with Foundation and Libvirt both imported: the stream type is named
// bare, and so is Foundation's `Stream`, without ambiguity.

/// Takes the SDK's stream by its bare name.
private func chunkSize(of stream: DataStream) -> Int {
    DataStream.defaultChunkSize
}

/// Takes Foundation's stream by its bare name.
private func isFoundationStream(_ stream: Stream) -> Bool {
    stream is InputStream
}

@Suite("Names beside Foundation")
struct FoundationNamesTests {
    @Test("DataStream and Foundation's Stream are both named bare")
    func bareNames() async throws {
        let connection = try await Connection.open("test:///default")
        let stream = try await connection.makeStream()
        #expect(chunkSize(of: stream) > 0)
        #expect(isFoundationStream(InputStream(data: Data())))
    }

    @Test("an error's localizedDescription is libvirt's message")
    func localizedDescription() async throws {
        let connection = try await Connection.open("test:///default")
        do {
            _ = try await connection.domain(named: "no-such-domain")
            Issue.record("found a domain that does not exist")
        } catch {
            #expect(error.localizedDescription == error.message)
            #expect(!error.localizedDescription.contains("could not be completed"))
        }
    }
}
