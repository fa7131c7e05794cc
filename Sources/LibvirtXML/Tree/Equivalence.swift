// MARK: - Equivalence

extension XMLElement {
    /// Whether two elements hold the same elements, attributes, text, comments and
    /// processing instructions, ignoring attribute order, whitespace-only text (between
    /// elements or alone), whitespace around text in mixed content, the split between text and CDATA,
    /// and which prefix spells a namespace.
    public func isEquivalent(to other: XMLElement) -> Bool {
        difference(from: other) == nil
    }

    /// The first difference between two elements under the rules of `isEquivalent(to:)`,
    /// as a path and a description, or nil when they are equivalent.
    public func difference(from other: XMLElement) -> String? {
        var left = NamespaceScope()
        var right = NamespaceScope()
        return compare(self, other, &left, &right, path: "")
    }
}

extension XMLDocument {
    /// Whether two documents have equivalent roots and the same nodes around them
    /// (see `XMLElement.isEquivalent(to:)`).
    public func isEquivalent(to other: XMLDocument) -> Bool {
        difference(from: other) == nil
    }

    /// The first difference between two documents, or nil when they are equivalent.
    public func difference(from other: XMLDocument) -> String? {
        if prolog != other.prolog { return "nodes before the root differ" }
        if epilogue != other.epilogue { return "nodes after the root differ" }
        return root.difference(from: other.root)
    }
}

/// Prefix-to-URI bindings in force at an element.
struct NamespaceScope {
    var bindings: [(prefix: Substring, uri: String)] = [("xml", "http://www.w3.org/XML/1998/namespace")]

    func uri(_ prefix: Substring) -> String? {
        bindings.last { $0.prefix == prefix }?.uri
    }

    /// Pushes the element's declarations; returns how many were pushed.
    mutating func push(_ element: XMLElement) -> Int {
        var count = 0
        for attribute in element.attributes where attribute.name.hasPrefix("xmlns") {
            if attribute.name == "xmlns" {
                bindings.append(("", attribute.value))
            } else if attribute.name.hasPrefix("xmlns:") {
                bindings.append((attribute.name.dropFirst(6), attribute.value))
            } else {
                continue
            }
            count += 1
        }
        return count
    }

    /// `{uri}local` for a qualified name; unprefixed attributes have no namespace.
    func expand(_ name: String, isAttribute: Bool) -> String {
        if let colon = name.firstIndex(of: ":") {
            let prefix = name[..<colon]
            return "{\(uri(prefix) ?? String(prefix) + ":?")}" + name[name.index(after: colon)...]
        }
        if !isAttribute, let uri = uri(""), !uri.isEmpty { return "{\(uri)}" + name }
        return name
    }
}

private enum Normalised: Equatable {
    case element(XMLElement)
    case text(String)
    case comment(String)
    case instruction(String, String)
}

private func normalise(_ element: XMLElement) -> [Normalised] {
    let hasElements = element.children.contains { if case .element = $0 { true } else { false } }
    var result: [Normalised] = []
    var pending: String?
    func flush() {
        if let text = pending {
            let kept = hasElements ? trimmed(text) : text
            if !kept.utf8.allSatisfy(isXMLSpace) { result.append(.text(kept)) }
        }
        pending = nil
    }
    for child in element.children {
        switch child {
        case .text(let s), .cdata(let s): pending = (pending ?? "") + s
        case .element(let e): flush(); result.append(.element(e))
        case .comment(let s): flush(); result.append(.comment(s))
        case .processingInstruction(let t, let d): flush(); result.append(.instruction(t, d))
        }
    }
    flush()
    return result
}

private func trimmed(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard let first = bytes.firstIndex(where: { !isXMLSpace($0) }),
          let last = bytes.lastIndex(where: { !isXMLSpace($0) }) else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
}

private func compare(
    _ a: XMLElement, _ b: XMLElement, _ left: inout NamespaceScope, _ right: inout NamespaceScope, path: String
) -> String? {
    let pushedLeft = left.push(a)
    let pushedRight = right.push(b)
    defer {
        left.bindings.removeLast(pushedLeft)
        right.bindings.removeLast(pushedRight)
    }
    let nameA = left.expand(a.name, isAttribute: false)
    let nameB = right.expand(b.name, isAttribute: false)
    let here = path + "/" + a.name
    if nameA != nameB { return "\(here): element \(nameA) != \(nameB)" }
    func attributes(_ e: XMLElement, _ scope: NamespaceScope) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in e.attributes where !(attribute.name == "xmlns" || attribute.name.hasPrefix("xmlns:")) {
            result[scope.expand(attribute.name, isAttribute: true)] = attribute.value
        }
        return result
    }
    let attributesA = attributes(a, left)
    let attributesB = attributes(b, right)
    if attributesA != attributesB {
        for (key, value) in attributesA where attributesB[key] != value {
            return "\(here): attribute \(key)='\(value)' != \(attributesB[key].map { "'\($0)'" } ?? "absent")"
        }
        for (key, value) in attributesB where attributesA[key] == nil {
            return "\(here): attribute \(key)='\(value)' is new"
        }
    }
    let childrenA = normalise(a)
    let childrenB = normalise(b)
    var index = 0
    while index < max(childrenA.count, childrenB.count) {
        guard index < childrenA.count else { return "\(here): extra child #\(index + 1) \(childrenB[index])" }
        guard index < childrenB.count else { return "\(here): missing child #\(index + 1) \(childrenA[index])" }
        switch (childrenA[index], childrenB[index]) {
        case (.element(let x), .element(let y)):
            if let difference = compare(x, y, &left, &right, path: here) { return difference }
        case (let x, let y):
            if x != y { return "\(here): child #\(index + 1) \(x) != \(y)" }
        }
        index += 1
    }
    return nil
}
