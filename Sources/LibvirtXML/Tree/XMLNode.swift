// MARK: - The generic tree

/// An XML element: a (possibly prefixed) name, attributes in document order (namespace
/// declarations included, as `xmlns`/`xmlns:p` attributes), and child nodes in order.
public struct XMLElement: Sendable, Hashable {
    /// The qualified name as written, `prefix:local` or `local`.
    public var name: String
    /// Attributes in document order, namespace declarations included.
    public var attributes: [XMLAttribute]
    /// Child nodes in document order.
    public var children: [XMLNode]

    /// An element named `name` with the given attributes and children.
    public init(_ name: String, attributes: [XMLAttribute] = [], children: [XMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The part of the name before the colon, if any.
    public var prefix: Substring? {
        guard let colon = name.firstIndex(of: ":") else { return nil }
        return name[..<colon]
    }

    /// The name without its prefix.
    public var localName: Substring {
        guard let colon = name.firstIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute named `name` (qualified name as written), if present.
    public subscript(attribute name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
        set {
            if let i = attributes.firstIndex(where: { $0.name == name }) {
                if let newValue { attributes[i].value = newValue } else { attributes.remove(at: i) }
            } else if let newValue {
                attributes.append(XMLAttribute(name, newValue))
            }
        }
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// The first child element named `name`.
    public func element(named name: String) -> XMLElement? {
        for case .element(let e) in children where e.name == name { return e }
        return nil
    }

    /// The concatenated text and CDATA of the direct children.
    public var text: String {
        var result = ""
        for child in children {
            switch child {
            case .text(let s), .cdata(let s): result += s
            default: break
            }
        }
        return result
    }
}

/// An attribute of an element: its qualified name as written and its value.
public struct XMLAttribute: Sendable, Hashable {
    /// The qualified name as written.
    public var name: String
    /// The value, entities resolved.
    public var value: String

    /// An attribute `name='value'`.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A node of the tree.
public enum XMLNode: Sendable, Hashable {
    /// A child element.
    case element(XMLElement)
    /// Character data, entities resolved.
    case text(String)
    /// A CDATA section.
    case cdata(String)
    /// A comment.
    case comment(String)
    /// A processing instruction.
    case processingInstruction(target: String, data: String)

    /// Whether this is text made only of XML whitespace.
    var isWhitespace: Bool {
        if case .text(let s) = self { return s.utf8.allSatisfy(isXMLSpace) }
        return false
    }
}

/// A whole document: the root element and the comments and processing instructions around it.
public struct XMLDocument: Sendable, Hashable {
    /// Comments and processing instructions before the root element.
    public var prolog: [XMLNode]
    /// The root element.
    public var root: XMLElement
    /// Comments and processing instructions after the root element.
    public var epilogue: [XMLNode]

    /// A document made of `root`, with optional nodes before and after it.
    public init(root: XMLElement, prolog: [XMLNode] = [], epilogue: [XMLNode] = []) {
        self.root = root
        self.prolog = prolog
        self.epilogue = epilogue
    }
}

@inline(__always) func isXMLSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
}
