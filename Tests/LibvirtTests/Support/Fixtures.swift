import Foundation
import Libvirt

/// Test helpers shared by every suite.
enum Fixtures {
    /// The in-process test driver's built-in node. Every connection to it in
    /// this process shares one state: tests that change anything use
    /// ``openDefault()`` instead.
    static let defaultURI = "test:///default"

    /// A node file with the objects of `test:///default` (``DefaultNode``),
    /// written once per test process.
    static let privateDefaultURI: String = {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("swift-libvirt-default-\(getpid()).xml")
        try! DefaultNode.xml.write(to: file, atomically: true, encoding: .utf8)
        return "test://\(file.path)"
    }()

    /// Opens a connection to a node with the objects of `test:///default`, in a
    /// state of its own: nothing another test does through its own connection
    /// shows here.
    static func openDefault() async throws -> Connection {
        try await Connection.open(privateDefaultURI)
    }

    /// Writes a test-driver node file and returns its `test:///` URI.
    ///
    /// - Parameter node: the XML of a `<node>` element.
    static func nodeURI(_ node: String, name: String = #function) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-libvirt-tests")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let file = folder.appendingPathComponent("\(safe)-\(UUID().uuidString).xml")
        try node.write(to: file, atomically: true, encoding: .utf8)
        return "test://\(file.path)"
    }

    /// Runs `body` with the process's stderr captured, and returns what was written there.
    static func capturingStandardError(_ body: () async throws -> Void) async rethrows -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let saved = dup(STDERR_FILENO)
        let capture = open(file.path, O_WRONLY)
        dup2(capture, STDERR_FILENO)
        defer {
            dup2(saved, STDERR_FILENO)
            close(saved)
            close(capture)
        }
        try await body()
        fsync(STDERR_FILENO)
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }
}

/// The `LibvirtError` that `body` throws, or nil when it returns or throws another error.
func libvirtError<T>(_ body: () async throws -> T) async -> LibvirtError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? LibvirtError
    }
}
