// MARK: - Serialising

/// Writes XML as libvirt formats it: two-space indentation, attributes in single quotes,
/// empty elements as `<name/>`. An element whose content holds text is written inline, so
/// its text is kept exactly.
public struct XMLWriter: Sendable {
    private(set) var bytes: [UInt8] = []
    private var frames: [Frame] = []

    private struct Frame {
        var tagOpen = true
        var hasContent = false
        var inline: Bool
    }

    /// An empty writer.
    public init() {
        bytes.reserveCapacity(4096)
    }

    /// What has been written, as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Elements

    /// Opens an element; attributes may follow until content or `end`.
    public mutating func start(_ name: String, inline: Bool = false) {
        beginChild(isText: false)
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        frames.append(Frame(inline: inline || (frames.last?.inline ?? false)))
    }

    /// Writes an attribute of the element just opened.
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "'"))
        escape(value, attribute: true)
        bytes.append(UInt8(ascii: "'"))
    }

    /// Closes the innermost open element.
    public mutating func end(_ name: String) {
        let frame = frames.removeLast()
        if frame.tagOpen {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            return
        }
        if !frame.inline { newline(depth: frames.count) }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes character data; the enclosing element is then written inline.
    public mutating func text(_ text: String) {
        if !frames.isEmpty { frames[frames.count - 1].inline = true }
        beginChild(isText: true)
        escape(text, attribute: false)
    }

    // MARK: Nodes

    /// Writes a node and everything under it.
    public mutating func node(_ node: XMLNode) {
        switch node {
        case .element(let element): self.element(element)
        case .text(let text): self.text(text)
        case .cdata(let text):
            if !frames.isEmpty { frames[frames.count - 1].inline = true }
            beginChild(isText: true)
            raw("<![CDATA[", text, "]]>")
        case .comment(let text):
            beginChild(isText: false)
            raw("<!--", text, "-->")
        case .processingInstruction(let target, let data):
            beginChild(isText: false)
            raw("<?", data.isEmpty ? target : target + " " + data, "?>")
        }
    }

    /// Writes an element and everything under it.
    public mutating func element(_ element: XMLElement) {
        let mixed = element.children.contains {
            switch $0 {
            case .text(let s): !s.utf8.allSatisfy(isXMLSpace)
            case .cdata: true
            default: false
            }
        }
        start(element.name, inline: mixed)
        for attribute in element.attributes { self.attribute(attribute.name, attribute.value) }
        for child in element.children where mixed || !child.isWhitespace { node(child) }
        end(element.name)
    }

    /// Writes a whole document.
    public mutating func document(_ document: XMLDocument) {
        for node in document.prolog { self.node(node); bytes.append(0x0A) }
        element(document.root)
        bytes.append(0x0A)
        for node in document.epilogue { self.node(node); bytes.append(0x0A) }
    }

    /// Ends a line outside any element (between a document's top-level nodes).
    mutating func newlineAtTop() {
        if frames.isEmpty { bytes.append(0x0A) }
    }

    // MARK: Helpers

    private mutating func beginChild(isText: Bool) {
        guard !frames.isEmpty else { return }
        let last = frames.count - 1
        if frames[last].tagOpen {
            bytes.append(UInt8(ascii: ">"))
            frames[last].tagOpen = false
        }
        frames[last].hasContent = true
        if !isText && !frames[last].inline { newline(depth: frames.count) }
    }

    private mutating func newline(depth: Int) {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func raw(_ open: StaticString, _ text: String, _ close: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: open.utf8Start, count: open.utf8CodeUnitCount))
        bytes.append(contentsOf: text.utf8)
        bytes.append(contentsOf: UnsafeBufferPointer(start: close.utf8Start, count: close.utf8CodeUnitCount))
    }

    private mutating func escape(_ text: String, attribute: Bool) {
        var text = text
        text.withUTF8 { buffer in
            var clean = 0
            for (i, c) in buffer.enumerated() {
                let replacement: StaticString
                switch c {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "'") where attribute: replacement = "&apos;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x09 where attribute: replacement = "&#9;"
                case 0x0D: replacement = "&#13;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[clean..<i]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                clean = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[clean...]))
        }
    }
}

extension XMLElement {
    /// The element serialised as libvirt formats XML.
    public var xmlString: String {
        var writer = XMLWriter()
        writer.element(self)
        return writer.string
    }
}

extension XMLDocument {
    /// The document serialised as libvirt formats XML.
    public var xmlString: String {
        var writer = XMLWriter()
        writer.document(self)
        return writer.string
    }
}
