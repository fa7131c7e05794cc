import Foundation
import Testing
import LibvirtXML

/// libvirt's own test documents, fetched by scripts/corpus.sh.
enum Corpus {
    /// The unpacked libvirt source tree (the path scripts/corpus.sh prints), when present.
    static let root: URL? = {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["SWIFT_LIBVIRT_CORPUS_CACHE"] ?? "/var/cache/swift-libvirt"
        let tree = URL(fileURLWithPath: cache).appendingPathComponent("libvirt-9.0.0")
        let complete = tree.appendingPathComponent(".complete").path
        return FileManager.default.fileExists(atPath: complete) ? tree : nil
    }()

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Every well-formed `.xml` file under tests/, by root element name.
    static let documents: [String: [(path: String, text: String, document: XMLDocument)]] = {
        guard let root else { return [:] }
        var result: [String: [(String, String, XMLDocument)]] = [:]
        let tests = root.appendingPathComponent("tests")
        let enumerator = FileManager.default.enumerator(atPath: tests.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".xml"),
                  let text = try? String(contentsOfFile: tests.appendingPathComponent(relative).path, encoding: .utf8),
                  let document = try? XMLDocument(parsing: text) else { continue }
            result[document.root.name, default: []].append((relative, text, document))
        }
        return result
    }()

    /// The document kinds with a model, in a stable order.
    static let kinds = LibvirtDocuments.models.keys.sorted()
}

@Suite struct CorpusTests {
    @Test(.enabled(if: Corpus.root != nil || Corpus.isCI, "libvirt's test corpus is absent: run scripts/corpus.sh"))
    func everyDocumentParsesAndRoundTrips() throws {
        #expect(Corpus.root != nil, "CI=true but the corpus is absent: scripts/test.sh runs scripts/corpus.sh first")
        var lines: [String] = []
        var total = XMLCoverage()
        for kind in Corpus.kinds {
            let files = Corpus.documents[kind] ?? []
            var coverage = XMLCoverage()
            var lossless = 0
            for file in files {
                let model: any XMLDocumentModel
                do {
                    model = try LibvirtDocuments.parse(file.text)
                } catch {
                    Issue.record("\(file.path): \(error)")
                    continue
                }
                let written = model.xmlString
                do {
                    let again = try XMLDocument(parsing: written)
                    if let difference = again.difference(from: file.document) {
                        Issue.record("\(file.path): not equivalent after a round trip: \(difference)")
                    } else {
                        lossless += 1
                    }
                } catch {
                    Issue.record("\(file.path): the written document does not parse: \(error)\n\(written)")
                }
                coverage = coverage + model.coverage
            }
            total = total + coverage
            lines.append(report(kind, files.count, lossless, coverage))
        }
        lines.append(report("all", Corpus.kinds.reduce(0) { $0 + (Corpus.documents[$1]?.count ?? 0) }, nil, total))
        print("LibvirtXML corpus (\(Corpus.root?.path ?? "absent")):\n" + lines.joined(separator: "\n"))
    }

    private func report(_ kind: String, _ count: Int, _ lossless: Int?, _ coverage: XMLCoverage) -> String {
        let share = String(format: "%.1f", coverage.typedShare * 100)
        let typed = coverage.typedElements + coverage.typedAttributes
        let raw = coverage.rawElements + coverage.rawAttributes
        let kindColumn = kind.padding(toLength: 26, withPad: " ", startingAt: 0)
        return "  \(kindColumn) \(count) files, \(lossless.map { "\($0) lossless, " } ?? "")typed \(share) % (\(typed) typed, \(raw) raw: \(coverage.rawElements) elements, \(coverage.rawAttributes) attributes)"
    }
}
