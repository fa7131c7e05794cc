import Foundation
import Testing

/// Checks that every function of libvirt's public API is either called by the
/// SDK or listed, with a reason, as deliberately not wrapped.
///
/// A header is claimed by a file `claimed/HEADER.txt` (such as
/// `claimed/libvirt-host.txt`), or several `claimed/HEADER+PART.txt`. Each
/// line of it names a function the SDK skips and why: `virFunction<TAB>reason`. Every other function of a claimed header
/// must appear in code under `Sources/` (comments and string literals do not count).
@Suite("API coverage")
struct APICoverageTests {
    @Test("every function of each claimed header is wrapped or skipped with a reason")
    func claimedHeadersAreCovered() throws {
        let api = try LibvirtAPI.load()
        let used = try SourceScan.identifiers(under: Package.root.appendingPathComponent("Sources"))
        let claims = try Claims.load()
        #expect(!claims.isEmpty, "no header is claimed")

        var report: [String] = []
        for header in api.headers {
            let functions = api.functions(in: header)
            let covered = functions.filter { used.contains($0) }
            let skipped = claims[header] ?? [:]
            let skippedHere = functions.filter { skipped[$0] != nil && !used.contains($0) }
            let claimed = claims[header] != nil
            report.append(
                "\(claimed ? "claimed" : "       ") \(header): \(covered.count) used + \(skippedHere.count) skipped"
                    + " of \(functions.count)")
            guard claimed else { continue }
            let missing = functions.filter { !used.contains($0) && skipped[$0] == nil }
            #expect(missing.isEmpty, "\(header): neither used nor skipped: \(missing.joined(separator: ", "))")
            let stale = skipped.keys.filter { used.contains($0) }.sorted()
            #expect(stale.isEmpty, "\(header): skipped but used, remove from the list: \(stale.joined(separator: ", "))")
            let unknown = skipped.keys.filter { !functions.contains($0) }.sorted()
            #expect(unknown.isEmpty, "\(header): skip list names functions not in the header: \(unknown)")
            let unexplained = skipped.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.keys.sorted()
            #expect(unexplained.isEmpty, "\(header): skipped without a reason: \(unexplained)")
        }
        let total = api.headers.flatMap { api.functions(in: $0) }
        let done = total.filter { function in
            used.contains(function) || claims.values.contains { $0[function] != nil }
        }
        report.append("total: \(done.count) of \(total.count) functions used or skipped")
        print(report.joined(separator: "\n"))
    }

    @Test("skip-list files name real headers")
    func claimFilesNameHeaders() throws {
        let api = try LibvirtAPI.load()
        for header in try Claims.load().keys {
            #expect(api.headers.contains(header), "claimed/\(header).txt names no header of libvirt's API files")
        }
    }
}

// MARK: - Inputs

/// Where this package is.
enum Package {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()
}

/// The functions of libvirt's API files, by header: libvirt-api.xml and the
/// QEMU, LXC and admin libraries' (libvirt-qemu-api.xml, libvirt-lxc-api.xml,
/// libvirt-admin-api.xml), each found through its pkg-config module.
struct LibvirtAPI {
    private var byHeader: [String: [String]] = [:]

    var headers: [String] { byHeader.keys.sorted() }
    func functions(in header: String) -> [String] { byHeader[header] ?? [] }

    /// The pkg-config module and variable naming each API file, and its usual path.
    static let files = [
        ("libvirt", "libvirt_api", "/usr/share/libvirt/api/libvirt-api.xml"),
        ("libvirt-qemu", "libvirt_qemu_api", "/usr/share/libvirt/api/libvirt-qemu-api.xml"),
        ("libvirt-lxc", "libvirt_lxc_api", "/usr/share/libvirt/api/libvirt-lxc-api.xml"),
        ("libvirt-admin", "libvirt_admin_api", "/usr/share/libvirt/api/libvirt-admin-api.xml"),
    ]

    static func load() throws -> LibvirtAPI {
        var api = LibvirtAPI()
        // <function name='virConnectOpen' file='libvirt-host' module='libvirt'>
        let pattern = try NSRegularExpression(pattern: "<function name='([A-Za-z0-9_]+)' file='([a-z-]+)'")
        for (module, variable, fallback) in files {
            let path = try pkgConfigVariable(variable, of: module)
            let text = try String(contentsOfFile: path.isEmpty ? fallback : path, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                let header = String(text[Range(match.range(at: 2), in: text)!])
                api.byHeader[header, default: []].append(name)
            }
        }
        return api
    }

    /// `pkg-config --variable=VARIABLE MODULE`; empty when pkg-config does not know it.
    private static func pkgConfigVariable(_ variable: String, of module: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pkg-config", "--variable=\(variable)", module]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The skip lists: header name → (function → reason).
enum Claims {
    static func load() throws -> [String: [String: String]] {
        let folder = Package.root.appendingPathComponent("Tests/LibvirtTests/Coverage/claimed")
        var claims: [String: [String: String]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let header = String(file.dropLast(4).prefix { $0 != "+" })
            var skipped = claims[header] ?? [:]
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: "\t", maxSplits: 1)
                skipped[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
            }
            claims[header] = skipped
        }
        return claims
    }
}

/// The identifiers starting with `vir` in Swift code, outside comments and string literals.
enum SourceScan {
    static func identifiers(under folder: URL) throws -> Set<String> {
        var found = Set<String>()
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" || url.pathExtension == "h" else { continue }
            let code = strip(try String(contentsOf: url, encoding: .utf8))
            var word = ""
            for character in code + " " {
                if character.isLetter || character.isNumber || character == "_" {
                    word.append(character)
                } else {
                    if word.hasPrefix("vir") { found.insert(word) }
                    word = ""
                }
            }
        }
        return found
    }

    /// The code with comments and string literals blanked out.
    static func strip(_ source: String) -> String {
        var output = ""
        var characters = Array(source)[...]
        while let character = characters.first {
            if characters.starts(with: "//") {
                while let next = characters.first, next != "\n" { characters.removeFirst() }
            } else if characters.starts(with: "/*") {
                characters.removeFirst(2)
                while !characters.isEmpty, !characters.starts(with: "*/") { characters.removeFirst() }
                characters = characters.dropFirst(2)
            } else if characters.starts(with: "\"\"\"") {
                characters.removeFirst(3)
                while !characters.isEmpty, !characters.starts(with: "\"\"\"") { characters.removeFirst() }
                characters = characters.dropFirst(3)
            } else if character == "\"" {
                characters.removeFirst()
                while let next = characters.first, next != "\"", next != "\n" {
                    characters.removeFirst()
                    if next == "\\" { characters = characters.dropFirst() }
                }
                characters = characters.dropFirst()
            } else {
                output.append(character)
                characters.removeFirst()
                continue
            }
            output.append(" ")
        }
        return output
    }
}
