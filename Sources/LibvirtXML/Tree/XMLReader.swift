// MARK: - Errors

/// A document that is not well-formed XML, or not the document kind asked for.
public struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// The 1-based line of the problem, when it comes from parsing.
    public var line: Int?
    /// The 1-based column (in bytes) of the problem, when it comes from parsing.
    public var column: Int?

    /// An error with a message and an optional position.
    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// The message, prefixed with the position when known.
    public var description: String {
        if let line, let column { return "line \(line), column \(column): \(message)" }
        return message
    }
}

// MARK: - Parsing

extension XMLDocument {
    /// Parses a document. Whitespace-only text between child elements is dropped (it is
    /// insignificant in libvirt's documents) unless `preservingWhitespace` is set.
    public init(parsing text: String, preservingWhitespace: Bool = false) throws(XMLError) {
        var copy = text
        let result = copy.withUTF8 { buffer -> Result<XMLDocument, XMLError> in
            var reader = XMLReader(buffer, preservingWhitespace: preservingWhitespace)
            do throws(XMLError) { return .success(try reader.document()) } catch { return .failure(error) }
        }
        self = try result.get()
    }

    /// Parses a document from UTF-8 bytes.
    public init(parsing bytes: [UInt8], preservingWhitespace: Bool = false) throws(XMLError) {
        let result = bytes.withUnsafeBufferPointer { buffer -> Result<XMLDocument, XMLError> in
            var reader = XMLReader(buffer, preservingWhitespace: preservingWhitespace)
            do throws(XMLError) { return .success(try reader.document()) } catch { return .failure(error) }
        }
        self = try result.get()
    }
}

extension XMLElement {
    /// Parses a document and returns its root element.
    public init(parsing text: String) throws(XMLError) {
        self = try XMLDocument(parsing: text).root
    }
}

/// A non-validating XML 1.0 parser over UTF-8 bytes: elements, attributes, text, the five
/// predefined entities and character references, CDATA, comments, processing instructions;
/// the XML declaration and a DOCTYPE are skipped.
struct XMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    let preservingWhitespace: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, preservingWhitespace: Bool) {
        self.bytes = bytes
        self.preservingWhitespace = preservingWhitespace
    }

    mutating func document() throws(XMLError) -> XMLDocument {
        // A byte order mark.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        var prolog: [XMLNode] = []
        var root: XMLElement?
        var epilogue: [XMLNode] = []
        while true {
            skipSpace()
            guard position < bytes.count else { break }
            guard bytes[position] == UInt8(ascii: "<") else { throw failure("text outside the root element") }
            let next = peek(1)
            if next == UInt8(ascii: "?") {
                let node = try processingInstruction()
                if let node { if root == nil { prolog.append(node) } else { epilogue.append(node) } }
            } else if next == UInt8(ascii: "!") {
                if starts(with: "<!--") {
                    let node = try comment()
                    if root == nil { prolog.append(node) } else { epilogue.append(node) }
                } else if starts(with: "<!DOCTYPE"), root == nil {
                    try skipDoctype()
                } else {
                    throw failure("unexpected markup outside the root element")
                }
            } else {
                guard root == nil else { throw failure("a second root element") }
                root = try element()
            }
        }
        guard let root else { throw failure("no root element") }
        return XMLDocument(root: root, prolog: prolog, epilogue: epilogue)
    }

    // MARK: Elements

    mutating func element() throws(XMLError) -> XMLElement {
        position += 1  // <
        let name = try self.name()
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw failure("end of input inside the start tag of <\(name)>") }
            let c = bytes[position]
            if c == UInt8(ascii: "/") {
                guard peek(1) == UInt8(ascii: ">") else { throw failure("expected '>' after '/'") }
                position += 2
                return XMLElement(name, attributes: attributes)
            }
            if c == UInt8(ascii: ">") {
                position += 1
                break
            }
            guard hadSpace else { throw failure("expected whitespace before an attribute") }
            let attributeName = try self.name()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw failure("expected '=' after attribute \(attributeName)")
            }
            position += 1
            skipSpace()
            let value = try attributeValue()
            for existing in attributes where existing.name == attributeName {
                throw failure("duplicate attribute \(attributeName)")
            }
            attributes.append(XMLAttribute(attributeName, value))
        }
        var children: [XMLNode] = []
        var hasElement = false
        var hasWhitespace = false
        while true {
            guard position < bytes.count else { throw failure("end of input inside <\(name)>") }
            if bytes[position] == UInt8(ascii: "<") {
                let next = peek(1)
                if next == UInt8(ascii: "/") {
                    position += 2
                    let end = try self.name()
                    guard end == name else { throw failure("</\(end)> closes <\(name)>") }
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
                        throw failure("expected '>' in </\(name)>")
                    }
                    position += 1
                    break
                } else if next == UInt8(ascii: "!") {
                    if starts(with: "<!--") {
                        children.append(try comment())
                    } else if starts(with: "<![CDATA[") {
                        children.append(try cdata())
                    } else {
                        throw failure("unexpected markup inside <\(name)>")
                    }
                } else if next == UInt8(ascii: "?") {
                    if let node = try processingInstruction() { children.append(node) }
                } else {
                    children.append(.element(try element()))
                    hasElement = true
                }
            } else {
                let (text, blank) = try self.text()
                if blank { hasWhitespace = true }
                children.append(.text(text))
            }
        }
        if hasElement && hasWhitespace && !preservingWhitespace {
            children.removeAll { $0.isWhitespace }
        }
        return XMLElement(name, attributes: attributes, children: children)
    }

    // MARK: Names, values, text

    mutating func name() throws(XMLError) -> String {
        let start = position
        while position < bytes.count {
            let c = bytes[position]
            if isXMLSpace(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=")
                || c == UInt8(ascii: "<") || c == UInt8(ascii: "?") || c == UInt8(ascii: "'")
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "&") {
                break
            }
            position += 1
        }
        guard position > start else { throw failure("expected a name") }
        let first = bytes[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || (first >= 0x30 && first <= 0x39) {
            throw failure("a name cannot start with '\(Character(Unicode.Scalar(first)))'")
        }
        return string(start, position)
    }

    mutating func attributeValue() throws(XMLError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "'") || bytes[position] == UInt8(ascii: "\"") else {
            throw failure("expected a quoted attribute value")
        }
        let quote = bytes[position]
        position += 1
        let start = position
        var plain = true
        while position < bytes.count, bytes[position] != quote {
            let c = bytes[position]
            if c == UInt8(ascii: "<") { throw failure("'<' in an attribute value") }
            if c == UInt8(ascii: "&") || c == 0x0A || c == 0x09 || c == 0x0D { plain = false }
            position += 1
        }
        guard position < bytes.count else { throw failure("end of input inside an attribute value") }
        let end = position
        position += 1
        if plain { return string(start, end) }
        return try decode(start, end, attribute: true)
    }

    /// Character data up to the next '<'; also tells whether it is whitespace only.
    mutating func text() throws(XMLError) -> (String, Bool) {
        let start = position
        var plain = true
        var blank = true
        while position < bytes.count {
            let c = bytes[position]
            if c == UInt8(ascii: "<") { break }
            if c == UInt8(ascii: "&") || c == 0x0D { plain = false }
            if blank && !isXMLSpace(c) { blank = false }
            position += 1
        }
        if plain { return (string(start, position), blank) }
        return (try decode(start, position, attribute: false), false)
    }

    /// Resolves entity and character references; normalises line ends (and, in attribute
    /// values, whitespace characters to spaces).
    func decode(_ start: Int, _ end: Int, attribute: Bool) throws(XMLError) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "&") {
                var j = i + 1
                while j < end, bytes[j] != UInt8(ascii: ";") { j += 1 }
                guard j < end else { throw failure("unterminated entity reference", at: i) }
                let entity = string(i + 1, j)
                switch entity {
                case "lt": out.append(UInt8(ascii: "<"))
                case "gt": out.append(UInt8(ascii: ">"))
                case "amp": out.append(UInt8(ascii: "&"))
                case "quot": out.append(UInt8(ascii: "\""))
                case "apos": out.append(UInt8(ascii: "'"))
                default:
                    var digits = Substring(entity)
                    var radix = 10
                    guard digits.first == "#" else { throw failure("unknown entity &\(entity);", at: i) }
                    digits = digits.dropFirst()
                    if digits.first == "x" { radix = 16; digits = digits.dropFirst() }
                    guard let code = UInt32(digits, radix: radix), let scalar = Unicode.Scalar(code) else {
                        throw failure("bad character reference &\(entity);", at: i)
                    }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                }
                i = j + 1
            } else if c == 0x0D {
                if i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
                out.append(attribute ? 0x20 : 0x0A)
                i += 1
            } else {
                out.append(attribute && (c == 0x0A || c == 0x09) ? 0x20 : c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Other markup

    mutating func comment() throws(XMLError) -> XMLNode {
        position += 4
        let start = position
        guard let end = find("-->") else { throw failure("unterminated comment") }
        position = end + 3
        return .comment(string(start, end))
    }

    mutating func cdata() throws(XMLError) -> XMLNode {
        position += 9
        let start = position
        guard let end = find("]]>") else { throw failure("unterminated CDATA section") }
        position = end + 3
        return .cdata(string(start, end))
    }

    /// A processing instruction, or nil for the XML declaration.
    mutating func processingInstruction() throws(XMLError) -> XMLNode? {
        position += 2
        let target = try name()
        skipSpace()
        let start = position
        guard let end = find("?>") else { throw failure("unterminated processing instruction") }
        position = end + 2
        if target.lowercased() == "xml" { return nil }
        return .processingInstruction(target: target, data: string(start, end))
    }

    mutating func skipDoctype() throws(XMLError) {
        var depth = 0
        while position < bytes.count {
            let c = bytes[position]
            position += 1
            if c == UInt8(ascii: "[") { depth += 1 }
            else if c == UInt8(ascii: "]") { depth -= 1 }
            else if c == UInt8(ascii: ">"), depth == 0 { return }
        }
        throw failure("unterminated DOCTYPE")
    }

    // MARK: Helpers

    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, isXMLSpace(bytes[position]) { position += 1 }
        return position > start
    }

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    func starts(with literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[position + k] != p[k] { return false }
        return true
    }

    func find(_ literal: StaticString) -> Int? {
        let count = literal.utf8CodeUnitCount
        let p = literal.utf8Start
        var i = position
        while i + count <= bytes.count {
            if bytes[i] == p[0] {
                var k = 1
                while k < count, bytes[i + k] == p[k] { k += 1 }
                if k == count { return i }
            }
            i += 1
        }
        return nil
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    func failure(_ message: String, at offset: Int? = nil) -> XMLError {
        let at = min(offset ?? position, bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<at where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return XMLError(message, line: line, column: at - lineStart + 1)
    }
}
