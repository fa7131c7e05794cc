import Foundation
import Testing
@testable import LibvirtXML

/// Not a check: with LIBVIRTXML_RAW=kind set, prints where the corpus's documents of that
/// kind hold what the models keep raw, most frequent first (to see what to model next).
@Suite struct RawPlaces {
    static let kind = ProcessInfo.processInfo.environment["LIBVIRTXML_RAW"]

    @Test(.enabled(if: kind != nil && Corpus.root != nil))
    func printRawPlaces() throws {
        var places: [String: Int] = [:]
        for file in Corpus.documents[Self.kind!] ?? [] {
            let model = try LibvirtDocuments.parse(file.text)
            places.merge(model.rawPlaces(), uniquingKeysWith: +)
        }
        for (place, count) in places.sorted(by: { $0.value > $1.value }).prefix(150) { print(count, place) }
    }
}
