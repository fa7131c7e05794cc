import Foundation
import Libvirt

// MARK: - Seeded randomness

/// SplitMix64: a small, fast generator whose whole state is one seed, so a
/// case is reproduced from (seed, case number) alone.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64, index: Int) {
        state = seed &+ UInt64(bitPattern: Int64(index)) &* 0x9E37_79B9_7F4A_7C15
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// MARK: - Hostile values

/// Draws hostile arguments: edge numbers, strings with NULs and odd bytes,
/// mutated XML, malformed UUIDs and URIs, typed parameters of every type.
struct Generator {
    var rng: SplitMix64

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &rng)] }

    /// A number from the edges of every C width, or a small or any one.
    mutating func int() -> Int {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return Int.random(in: -3...20, using: &rng)
        case 1: return Int.random(in: Int.min...Int.max, using: &rng)
        default:
            return pick([
                0, 1, -1, 2, -2, 7, 8, 127, 128, 255, 256, 1023, 1024, 1025, 4096, 16383, 16384, 65535, 65536,
                65537, 4_194_304, 4_194_305, Int(Int32.max), Int(Int32.max) + 1, Int(Int32.min), Int(Int32.min) - 1,
                Int(UInt32.max), Int(UInt32.max) + 1, Int.max, Int.min, Int.max / 2, Int.max / 8 + 1, 1 << 40,
            ])
        }
    }

    mutating func uint64() -> UInt64 {
        chance(50) ? UInt64(bitPattern: Int64(int())) : pick([0, 1, UInt64.max, UInt64(UInt32.max) + 1, 1 << 63])
    }

    mutating func smallSet() -> Set<Int> {
        Set((0..<Int.random(in: 0...3, using: &rng)).map { _ in chance(50) ? Int.random(in: 0...8, using: &rng) : int() })
    }

    /// A name-like string: plausible, empty, with a NUL, huge, odd bytes.
    mutating func string(plausible: [String] = []) -> String {
        switch Int.random(in: 0..<12, using: &rng) {
        case 0...2 where !plausible.isEmpty: return pick(plausible)
        case 3 where !plausible.isEmpty: return pick(plausible) + "\0" + "evil"
        case 4: return ""
        case 5: return "\0"
        case 6: return String(repeating: pick(["a", "é", "名", "%"]), count: pick([80, 255, 256, 4096, 65536]))
        case 7: return pick(["../../../../etc/passwd", "%s%s%n%x", "' OR 1=1 --", "<x/>", "a b", "\n", "-1", "nan"])
        case 8: return String(decoding: (0..<Int.random(in: 1...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, as: UTF8.self)
        default:
            let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-_.:/")
            return String((0..<Int.random(in: 1...24, using: &rng)).map { _ in pick(letters) })
        }
    }

    /// A UUID string: valid, malformed, or hostile.
    mutating func uuidString() -> String {
        let valid = "6695eb01-f6a4-8304-79aa-97f2502e193f"
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return valid
        case 1: return valid.replacingOccurrences(of: "-", with: "")
        case 2: return String(valid.dropLast(Int.random(in: 1...35, using: &rng)))
        case 3: return valid + "\0" + "junk"
        case 4: return String(valid.map { _ in pick(Array("0123456789abcdefgxyz-{}")) })
        default: return string()
        }
    }

    /// A URI: test driver URIs mutated in their path and query only (never a
    /// remote host, which would make a case wait on the network).
    mutating func uri(node: String) -> String {
        let base = pick(["test:///default", node, "test:///", "test:///nonexistent.xml", "test:///etc/passwd",
                         "%%", "", "nosuchdriver:///x", "test:///default?x=1", "test:///default#frag"])
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return base
        case 1: return base + "\0" + "junk"
        case 2: return base + string()
        case 3: return base + "?" + string() + "=" + string()
        default: return base + String(repeating: "/a", count: pick([1, 100, 5000]))
        }
    }

    /// Mutates a valid XML document (or keeps it valid).
    mutating func xml(_ valid: String) -> String {
        var text = valid
        switch Int.random(in: 0..<13, using: &rng) {
        case 0: return text
        case 1: return String(text.prefix(Int.random(in: 0...text.count, using: &rng)))
        case 2:
            let index = text.index(text.startIndex, offsetBy: Int.random(in: 0...text.count, using: &rng))
            text.insert(contentsOf: pick(["\0", "<", ">", "&", "\"", "'", "]]>", "<!--", "&#0;", "&#xFFFF;", "\u{FFFE}"]), at: index)
            return text
        case 3: return replaceNumbers(in: text)
        case 4: return replaceNumbers(in: text)
        case 5:
            let depth = pick([100, 1000, 10000])
            let open = String(repeating: "<a>", count: depth), close = String(repeating: "</a>", count: depth)
            return text.replacingOccurrences(of: "</name>", with: "</name>" + open + close)
        case 6:
            return "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + text.replacingOccurrences(of: "<name>", with: "<name>&e;")
        case 7:
            return "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/shadow\">]>"
                + text.replacingOccurrences(of: "<name>", with: "<name>&x;")
        case 8:
            // One huge attribute value (1-8 MiB documents in all).
            guard let quote = text.firstIndex(of: "'") else { return text }
            text.insert(contentsOf: String(repeating: "A", count: pick([256, 65536, 1 << 20, 8 << 20])), at: text.index(after: quote))
            return text
        case 9:
            let pieces = text.split(separator: ">", omittingEmptySubsequences: false)
            guard pieces.count > 2 else { return text }
            let index = Int.random(in: 1..<pieces.count, using: &rng)
            var copy = Array(pieces)
            copy.insert(pieces[index], at: index)
            return copy.joined(separator: ">")
        case 10: return text.replacingOccurrences(of: "<name>", with: "<name>" + string())
        case 11: return string()
        default:
            let index = text.index(text.startIndex, offsetBy: Int.random(in: 0..<max(1, text.count), using: &rng))
            guard index < text.endIndex else { return text }
            text.replaceSubrange(index...index, with: String(pick(Array("<>/='\"&; x0-9\0"))))
            return text
        }
    }

    /// Replaces the numbers between tags or in attributes with hostile ones.
    mutating func replaceNumbers(in text: String) -> String {
        var result = ""
        var digits = ""
        func flush(_ generator: inout Generator) {
            guard !digits.isEmpty else { return }
            result += generator.chance(40) ? String(generator.int()) : digits
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush(&self)
                result.append(character)
            }
        }
        flush(&self)
        return result
    }

    /// Typed parameters named after `known` keys or anything, of any type.
    mutating func typedParameters(known: [String]) -> TypedParameters {
        var parameters = TypedParameters()
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            let name = chance(70) && !known.isEmpty ? pick(known) : string()
            let value: TypedParameterValue
            switch Int.random(in: 0..<7, using: &rng) {
            case 0: value = .int(Int32(truncatingIfNeeded: int()))
            case 1: value = .uint(UInt32(truncatingIfNeeded: int()))
            case 2: value = .longLong(Int64(int()))
            case 3: value = .unsignedLongLong(uint64())
            case 4: value = .double(pick([0, -1, .nan, .infinity, -.infinity, 1e308, 0.5]))
            case 5: value = .boolean(chance(50))
            default: value = .string(string(plausible: ["1", "0", "none", "default"]))
            }
            parameters.append(name, value)
        }
        return parameters
    }
}

extension String {
    /// The string as a reproduction line shows it: escaped, cut to `limit` characters.
    func shown(limit: Int = 160) -> String {
        let escaped = debugDescription
        return escaped.count <= limit ? escaped : String(escaped.prefix(limit)) + "…(\(utf8.count) bytes)"
    }
}
