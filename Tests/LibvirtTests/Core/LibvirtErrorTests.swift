import Libvirt
import Testing

@Suite("LibvirtError", .serialized)
struct LibvirtErrorTests {
    @Test("a URI that does not parse fails with internalError and names the open function")
    func badURI() async throws {
        let error = try #require(await libvirtError {
            try await Connection.open("%%")
        })
        #expect(error.code == .internalError)
        #expect(error.domain == .uri)
        #expect(error.function == "virConnectOpen")
        #expect(error.level == .error)
        #expect(!error.message.isEmpty)
        #expect(error.description.contains("virConnectOpen"))
    }

    @Test("codes match in catch patterns")
    func codesInPatterns() async throws {
        do {
            _ = try await Connection.open("%%")
            Issue.record("open succeeded")
        } catch {
            switch error.code {
            case .internalError: break
            default: Issue.record("unexpected code \(error.code)")
            }
        }
    }

    @Test("failing calls print nothing on stderr")
    func silent() async throws {
        // Swift Testing itself writes to stderr while this runs, so look for
        // libvirt's messages rather than for silence.
        var messages: [String] = []
        let printed = try await Fixtures.capturingStandardError {
            for uri in ["%%", "nosuchdriver:///nowhere"] {
                let error = try #require(await libvirtError { try await Connection.open(uri) })
                messages.append(error.message)
            }
        }
        for message in messages {
            #expect(!printed.contains(message), "libvirt printed: \(message)")
        }
    }

    @Test("a call on a closed connection fails with invalidConn")
    func closed() async throws {
        let connection = try await Fixtures.openDefault()
        #expect(try await connection.close() == 0)
        #expect(await connection.isClosed)
        let error = try #require(await libvirtError { try await connection.hostname() })
        #expect(error.code == .invalidConn)
        #expect(error.function == "virConnectGetHostname")
        #expect(await libvirtError { try await connection.close() }?.code == .invalidConn)
    }

    @Test("generated constants carry libvirt's values")
    func constants() {
        #expect(LibvirtError.Code.noDomain.rawValue == 42)
        #expect(LibvirtError.Code.noSupport.rawValue == 3)
        #expect(LibvirtError.Code.warningNoNetwork.rawValue == 41)
        #expect(LibvirtError.ErrorDomain.test.rawValue == 12)
    }
}
