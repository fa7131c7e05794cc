// MARK: - Typed models

/// A typed view of one XML element. A model declares its fields once, in `schema` (an
/// attribute, its own text, or child elements, each bound to a property by key path);
/// reading and writing come from that table. Whatever the table does not know (attributes,
/// child elements with their position, comments, text) is kept in `unknown` and written
/// back in place, so a document read and written is equivalent to the original.
public protocol XMLModel: Sendable, Equatable {
    /// An empty value: every property absent.
    init()
    /// The fields of the element, in the order they are written.
    static var schema: XMLSchema<Self> { get }
    /// What the schema does not model, kept to be written back.
    var unknown: XMLUnknown { get set }
}

/// A model of a whole document: its root element's name.
public protocol XMLDocumentModel: XMLModel {
    /// The name of the root element (`domain`, `network`, ...).
    static var rootElement: String { get }
}

/// The parts of an element a model does not know. Held out of line, behind one reference
/// that is nil when nothing is unknown (most elements): every model carries one, so copying
/// a model (and the value witnesses the compiler emits for each) stays small.
public struct XMLUnknown: Sendable, Equatable {
    private final class Storage: @unchecked Sendable {
        var attributes: [XMLAttribute] = []
        var order: [Slot] = []
        var prolog: [XMLNode] = []
        var epilogue: [XMLNode] = []

        init() {}

        init(copying other: Storage) {
            attributes = other.attributes
            order = other.order
            prolog = other.prolog
            epilogue = other.epilogue
        }
    }

    private var storage: Storage?

    enum Slot: Sendable, Equatable {
        case field(Int)
        case node(XMLNode)
    }

    /// An empty set.
    public init() {}

    /// The storage, made unique before a change (copy on write).
    private mutating func writable() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.map(Storage.init(copying:)) ?? Storage() }
        return storage!
    }

    /// Attributes the model has no field for (or whose value it could not read).
    public var attributes: [XMLAttribute] {
        get { storage?.attributes ?? [] }
        set { writable().attributes = newValue }
    }

    /// Child nodes in document order, with the typed children's places: empty when the
    /// children were all typed and in the schema's order.
    var order: [Slot] {
        get { storage?.order ?? [] }
        set { writable().order = newValue }
    }

    /// Comments and processing instructions around a document's root element.
    var prolog: [XMLNode] {
        get { storage?.prolog ?? [] }
        set { writable().prolog = newValue }
    }

    var epilogue: [XMLNode] {
        get { storage?.epilogue ?? [] }
        set { writable().epilogue = newValue }
    }

    /// The child nodes the model does not know, in document order.
    public var children: [XMLNode] {
        order.compactMap { if case .node(let node) = $0 { node } else { nil } }
    }

    /// Whether nothing is kept raw at this element.
    public var isEmpty: Bool { attributes.isEmpty && order.allSatisfy { if case .field = $0 { true } else { false } } }

    /// Equal contents (an empty set equals a set emptied by changes).
    public static func == (a: XMLUnknown, b: XMLUnknown) -> Bool {
        if a.storage === b.storage { return true }
        return a.attributes == b.attributes && a.order == b.order && a.prolog == b.prolog && a.epilogue == b.epilogue
    }
}

/// Holds a large child model out of line (a snapshot's whole domain), so copying the model
/// that holds it copies one reference: this keeps the code the compiler emits to copy and
/// compare the enclosing model (and so the release build) small.
struct Indirect<Value: Sendable & Equatable>: @unchecked Sendable, Equatable {
    private final class Box {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    init(_ value: Value) { box = Box(value) }

    var value: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    static func == (a: Indirect, b: Indirect) -> Bool { a.box === b.box || a.box.value == b.box.value }
}

// MARK: - Schema

/// The field table of a model: how each attribute and child maps to a property.
public final class XMLSchema<Model: XMLModel>: @unchecked Sendable {
    let fields: [XMLField<Model>]
    let attributeFields: [Int]
    let childFields: [Int]
    let textField: Int?
    let attributeIndex: [String: Int]
    let childIndex: [String: Int]

    /// A table of fields, in the order they are written.
    public init(_ fields: XMLField<Model>...) {
        self.fields = fields
        var attributeFields: [Int] = []
        var childFields: [Int] = []
        var textField: Int?
        var attributeIndex: [String: Int] = [:]
        var childIndex: [String: Int] = [:]
        for (i, field) in fields.enumerated() {
            switch field.role {
            case .attribute:
                attributeFields.append(i)
                attributeIndex[field.name] = i
            case .child:
                childFields.append(i)
                childIndex[field.name] = i
            case .text:
                textField = i
            }
        }
        self.attributeFields = attributeFields
        self.childFields = childFields
        self.textField = textField
        self.attributeIndex = attributeIndex
        self.childIndex = childIndex
    }
}

/// One field of a model: an attribute, the element's own text, or a child element (one,
/// optional, or repeated), bound to a property by key path.
public final class XMLField<Model: XMLModel>: @unchecked Sendable {
    enum Role { case attribute, child, text }
    let role: Role
    let name: String
    /// Attribute or text: reads the text into the model; false when it is not a value.
    var parse: (UnsafeMutableRawPointer, String) -> Bool = { _, _ in false }
    /// Attribute or text: the text to write, nil when absent.
    var format: (UnsafeRawPointer) -> String? = { _ in nil }
    /// Child: reads one child element into the model; false to keep it raw.
    var decode: (UnsafeMutableRawPointer, XMLElement) -> Bool = { _, _ in false }
    /// Child: how many child elements the model holds for this field.
    var count: (UnsafeRawPointer) -> Int = { _ in 0 }
    /// Child: writes the k-th child element of this field.
    var write: (UnsafeRawPointer, Int, inout XMLWriter) -> Void = { _, _, _ in }
    /// Child: adds the typed and raw parts of this field's children to a coverage count.
    var measure: (UnsafeRawPointer, inout XMLCoverage) -> Void = { _, _ in }

    init(role: Role, name: String) {
        self.role = role
        self.name = name
    }
}

// MARK: - Property access

/// Reads and writes one property of a model. A stored property is reached through its
/// offset (`MemoryLayout.offset(of:)`), which is much faster than applying a key path at run
/// time; other key paths are applied as they are.
struct Accessor<Model, Value> {
    let path: WritableKeyPath<Model, Value>
    let offset: Int?

    init(_ path: WritableKeyPath<Model, Value>) {
        self.path = path
        self.offset = MemoryLayout<Model>.offset(of: path)
    }

    /// The property of the model at `base`.
    @inline(__always)
    func get(_ base: UnsafeRawPointer) -> Value {
        guard let offset else { return base.assumingMemoryBound(to: Model.self).pointee[keyPath: path] }
        return base.load(fromByteOffset: offset, as: Value.self)
    }

    /// Sets the property of the model at `base`.
    @inline(__always)
    func set(_ base: UnsafeMutableRawPointer, _ value: Value) {
        guard let offset else { base.assumingMemoryBound(to: Model.self).pointee[keyPath: path] = value; return }
        (base + offset).assumingMemoryBound(to: Value.self).pointee = value
    }

    /// Changes the property of the model at `base` in place.
    @inline(__always)
    func modify(_ base: UnsafeMutableRawPointer, _ body: (inout Value) -> Void) {
        guard let offset else { body(&base.assumingMemoryBound(to: Model.self).pointee[keyPath: path]); return }
        body(&(base + offset).assumingMemoryBound(to: Value.self).pointee)
    }
}

// MARK: - Field constructors

// Build time against parse time: the reading and writing routines below (decode, write,
// measure) are never specialised (`optimize.sil.specialize.generic.never`): specialised,
// each model got its own copy of them, for a further fifth of parse time at almost three
// times the build time (figures below). The field constructors are
// specialised: unspecialised, their closures asked the runtime for generic metadata on
// every call (a fifth of the parse and serialise time). Measured with `swiftc -O -wmo` of
// LibvirtXML and scripts/xml-speed on 400 corpus domain files: nothing specialised, 1 m 44 s
// and 92-132 µs per document; constructors specialised, 2 m 33 s and 77-95 µs; everything
// specialised, 7 m 7 s and 62-77 µs. Fields are reached by offset, not key path.

extension XMLField {
    /// An attribute read and written with `codec`.
    public static func attribute<V>(_ name: String, _ path: WritableKeyPath<Model, V?>, _ codec: XMLCodec<V>) -> XMLField {
        let field = XMLField(role: .attribute, name: name)
        let path = Accessor(path)
        field.parse = { base, text in
            guard let value = codec.parse(text), codec.format(value) == text else { return false }
            path.set(base, value)
            return true
        }
        field.format = { base in path.get(base).map(codec.format) }
        return field
    }

    /// An attribute.
    public static func attribute<V: XMLValue>(_ name: String, _ path: WritableKeyPath<Model, V?>) -> XMLField {
        let field = XMLField(role: .attribute, name: name)
        let path = Accessor(path)
        field.parse = { base, text in
            guard let value = V(xmlText: text), V.self == String.self || value.xmlText == text else { return false }
            path.set(base, value)
            return true
        }
        field.format = { base in path.get(base)?.xmlText }
        return field
    }

    /// The element's own text (`<memory unit='KiB'>1024</memory>`: the 1024).
    public static func value<V: XMLValue>(_ path: WritableKeyPath<Model, V?>) -> XMLField {
        let attribute = attribute("", path)
        let field = XMLField(role: .text, name: "")
        field.parse = attribute.parse
        field.format = attribute.format
        return field
    }

    /// A child element modelled by `C`, at most once.
    public static func element<C: XMLModel>(_ name: String, _ path: WritableKeyPath<Model, C?>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            guard path.get(base) == nil else { return false }
            path.set(base, C(element: element))
            return true
        }
        field.count = { base in path.get(base) == nil ? 0 : 1 }
        field.write = { base, _, writer in path.get(base)?.write(as: name, to: &writer) }
        field.measure = { base, coverage in path.get(base)?.measure(&coverage) }
        return field
    }

    /// Child elements modelled by `C`, repeated.
    public static func element<C: XMLModel>(_ name: String, _ path: WritableKeyPath<Model, [C]>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            path.modify(base) { $0.append(C(element: element)) }
            return true
        }
        field.count = { base in path.get(base).count }
        field.write = { base, k, writer in path.get(base)[k].write(as: name, to: &writer) }
        field.measure = { base, coverage in for child in path.get(base) { child.measure(&coverage) } }
        return field
    }

    /// A child element holding only text (`<name>vm1</name>`), at most once.
    public static func text<V: XMLValue>(_ name: String, _ path: WritableKeyPath<Model, V?>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            guard path.get(base) == nil, let value = textValue(V.self, of: element) else { return false }
            path.set(base, value)
            return true
        }
        field.count = { base in path.get(base) == nil ? 0 : 1 }
        field.write = { base, _, writer in
            guard let value = path.get(base) else { return }
            writeText(value.xmlText, as: name, to: &writer)
        }
        field.measure = { base, coverage in if path.get(base) != nil { coverage.typedElements += 1 } }
        return field
    }

    /// Child elements holding only text, repeated.
    public static func text<V: XMLValue>(_ name: String, _ path: WritableKeyPath<Model, [V]>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            guard let value = textValue(V.self, of: element) else { return false }
            path.modify(base) { $0.append(value) }
            return true
        }
        field.count = { base in path.get(base).count }
        field.write = { base, k, writer in writeText(path.get(base)[k].xmlText, as: name, to: &writer) }
        field.measure = { base, coverage in coverage.typedElements += path.get(base).count }
        return field
    }

    /// An empty child element whose presence is the value (`<acpi/>`).
    public static func flag(_ name: String, _ path: WritableKeyPath<Model, Bool>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            guard !path.get(base), element.attributes.isEmpty, element.children.isEmpty else { return false }
            path.set(base, true)
            return true
        }
        field.count = { base in path.get(base) ? 1 : 0 }
        field.write = { _, _, writer in
            writer.start(name)
            writer.end(name)
        }
        field.measure = { base, coverage in if path.get(base) { coverage.typedElements += 1 } }
        return field
    }

    /// A child element whose content the schema leaves open (`<metadata>`), kept as a tree.
    public static func element(_ name: String, _ path: WritableKeyPath<Model, XMLElement?>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            guard path.get(base) == nil else { return false }
            path.set(base, element)
            return true
        }
        field.count = { base in path.get(base) == nil ? 0 : 1 }
        field.write = { base, _, writer in if let element = path.get(base) { writer.element(element) } }
        field.measure = { base, coverage in
            guard let element = path.get(base) else { return }
            coverage.typedElements += 1
            coverage.countRaw(element, includingSelf: false)
        }
        return field
    }
}

extension XMLField {
    /// Repeated child elements whose content the schema leaves open, kept as trees.
    public static func element(_ name: String, _ path: WritableKeyPath<Model, [XMLElement]>) -> XMLField {
        let field = XMLField(role: .child, name: name)
        let path = Accessor(path)
        field.decode = { base, element in
            path.modify(base) { $0.append(element) }
            return true
        }
        field.count = { base in path.get(base).count }
        field.write = { base, k, writer in writer.element(path.get(base)[k]) }
        field.measure = { base, coverage in
            for element in path.get(base) {
                coverage.typedElements += 1
                coverage.countRaw(element, includingSelf: false)
            }
        }
        return field
    }
}

private func textValue<V: XMLValue>(_ type: V.Type, of element: XMLElement) -> V? {
    guard element.attributes.isEmpty else { return nil }
    let text: String
    switch element.children.count {
    case 0: text = ""
    case 1:
        guard case .text(let s) = element.children[0] else { return nil }
        text = s
    default: return nil
    }
    guard let value = V(xmlText: text), V.self == String.self || value.xmlText == text else { return nil }
    return value
}

private func writeText(_ text: String, as name: String, to writer: inout XMLWriter) {
    writer.start(name)
    if !text.isEmpty { writer.text(text) }
    writer.end(name)
}

// MARK: - Reading and writing

extension XMLModel {
    /// Reads a model from an element; what the schema does not know is kept in `unknown`.
    @_semantics("optimize.sil.specialize.generic.never")
    public init(element: XMLElement) {
        self.init()
        withUnsafeMutablePointer(to: &self) { Self.decode(element, into: $0) }
    }

    /// Reads the element into the model at `model` (fields are set through its address).
    @_semantics("optimize.sil.specialize.generic.never")
    private static func decode(_ element: XMLElement, into model: UnsafeMutablePointer<Self>) {
        let base = UnsafeMutableRawPointer(model)
        let schema = Self.schema
        var unknownAttributes: [XMLAttribute] = []
        for attribute in element.attributes {
            if let i = schema.attributeIndex[attribute.name], schema.fields[i].parse(base, attribute.value) { continue }
            unknownAttributes.append(attribute)
        }
        if !unknownAttributes.isEmpty { model.pointee.unknown.attributes = unknownAttributes }
        if element.children.isEmpty { return }
        if let t = schema.textField, element.children.count == 1, case .text(let text) = element.children[0],
           schema.fields[t].parse(base, text) {
            return
        }
        var order: [XMLUnknown.Slot] = []
        order.reserveCapacity(element.children.count)
        var canonical = true
        var last = -1
        for child in element.children {
            if case .element(let e) = child, let i = schema.childIndex[e.name], schema.fields[i].decode(base, e) {
                order.append(.field(i))
                if i < last { canonical = false }
                last = i
            } else if !child.isWhitespace {
                order.append(.node(child))
                canonical = false
            }
        }
        if !canonical { model.pointee.unknown.order = order }
    }

    /// Writes the model as an element named `name`.
    @_semantics("optimize.sil.specialize.generic.never")
    public func write(as name: String, to writer: inout XMLWriter) {
        withUnsafePointer(to: self) { write(as: name, at: UnsafeRawPointer($0), to: &writer) }
    }

    /// Writes the model, which lives at `base` (fields are read through its address).
    @_semantics("optimize.sil.specialize.generic.never")
    private func write(as name: String, at base: UnsafeRawPointer, to writer: inout XMLWriter) {
        let schema = Self.schema
        let fields = schema.fields
        let order = unknown.order
        let mixed = order.contains {
            switch $0 {
            case .node(.text(let s)): !s.utf8.allSatisfy(isXMLSpace)
            case .node(.cdata): true
            default: false
            }
        }
        writer.start(name, inline: mixed)
        for i in schema.attributeFields {
            if let value = fields[i].format(base) { writer.attribute(fields[i].name, value) }
        }
        for attribute in unknown.attributes { writer.attribute(attribute.name, attribute.value) }
        if let t = schema.textField, let text = fields[t].format(base), !text.isEmpty { writer.text(text) }
        if order.isEmpty {
            for i in schema.childFields {
                let count = fields[i].count(base)
                for k in 0..<count { fields[i].write(base, k, &writer) }
            }
        } else {
            var lastSlot = [Int](repeating: -1, count: fields.count)
            for (s, slot) in order.enumerated() { if case .field(let i) = slot { lastSlot[i] = s } }
            var written = [Int](repeating: 0, count: fields.count)
            for (s, slot) in order.enumerated() {
                switch slot {
                case .node(let node): writer.node(node)
                case .field(let i):
                    let count = fields[i].count(base)
                    let upTo = s == lastSlot[i] ? count : min(written[i] + 1, count)
                    while written[i] < upTo {
                        fields[i].write(base, written[i], &writer)
                        written[i] += 1
                    }
                }
            }
            for i in schema.childFields where lastSlot[i] < 0 {
                for k in 0..<fields[i].count(base) { fields[i].write(base, k, &writer) }
            }
        }
        writer.end(name)
    }

    /// How much of this element and what it holds is typed rather than kept raw.
    @_semantics("optimize.sil.specialize.generic.never")
    public var coverage: XMLCoverage {
        var coverage = XMLCoverage()
        measure(&coverage)
        return coverage
    }

    /// Raw attributes and elements by the model that holds them, most frequent first.
    @_semantics("optimize.sil.specialize.generic.never")
    func rawPlaces() -> [String: Int] {
        var coverage = XMLCoverage()
        coverage.rawPlaces = [:]
        measure(&coverage)
        return coverage.rawPlaces ?? [:]
    }

    @_semantics("optimize.sil.specialize.generic.never")
    func measure(_ coverage: inout XMLCoverage) {
        withUnsafePointer(to: self) { measure(at: UnsafeRawPointer($0), &coverage) }
    }

    @_semantics("optimize.sil.specialize.generic.never")
    private func measure(at base: UnsafeRawPointer, _ coverage: inout XMLCoverage) {
        let schema = Self.schema
        coverage.typedElements += 1
        for i in schema.attributeFields where schema.fields[i].format(base) != nil { coverage.typedAttributes += 1 }
        for attribute in unknown.attributes where !isNamespaceDeclaration(attribute.name) {
            coverage.rawAttributes += 1
            coverage.noteRaw { "\(Self.self) @\(attribute.name)" }
        }
        for i in schema.childFields { schema.fields[i].measure(base, &coverage) }
        for case .node(.element(let element)) in unknown.order {
            coverage.noteRaw { "\(Self.self) <\(element.name)>" }
            coverage.countRaw(element, includingSelf: true)
        }
    }
}

extension XMLDocumentModel {
    /// Reads a document; throws when it is not well-formed or its root is not `rootElement`.
    @_semantics("optimize.sil.specialize.generic.never")
    public init(xml: String) throws(XMLError) {
        let document = try XMLDocument(parsing: xml)
        try self.init(document: document)
    }

    /// Reads a parsed document; throws when its root is not `rootElement`.
    @_semantics("optimize.sil.specialize.generic.never")
    public init(document: XMLDocument) throws(XMLError) {
        guard document.root.name == Self.rootElement else {
            throw XMLError("expected a <\(Self.rootElement)> document, found <\(document.root.name)>")
        }
        self.init(element: document.root)
        unknown.prolog = document.prolog
        unknown.epilogue = document.epilogue
    }

    /// The document as XML text, formatted as libvirt formats it.
    @_semantics("optimize.sil.specialize.generic.never")
    public var xmlString: String {
        var writer = XMLWriter()
        for node in unknown.prolog { writer.node(node); writer.newlineAtTop() }
        write(as: Self.rootElement, to: &writer)
        writer.newlineAtTop()
        for node in unknown.epilogue { writer.node(node); writer.newlineAtTop() }
        return writer.string
    }
}

func isNamespaceDeclaration(_ name: String) -> Bool {
    name == "xmlns" || name.hasPrefix("xmlns:")
}

// MARK: - Coverage

/// Counts of elements and attributes (by occurrence) that a model maps to typed properties
/// and that it keeps raw. Namespace declarations are not counted.
public struct XMLCoverage: Sendable, Equatable {
    /// Elements read into typed properties.
    public var typedElements = 0
    /// Attributes read into typed properties.
    public var typedAttributes = 0
    /// Elements kept raw.
    public var rawElements = 0
    /// Attributes kept raw.
    public var rawAttributes = 0

    /// Nothing counted yet.
    public init() {}

    /// Typed elements and attributes over all of them, from 0 to 1.
    public var typedShare: Double {
        let typed = typedElements + typedAttributes
        let all = typed + rawElements + rawAttributes
        return all == 0 ? 1 : Double(typed) / Double(all)
    }

    /// Adds another count.
    public static func + (a: XMLCoverage, b: XMLCoverage) -> XMLCoverage {
        var sum = a
        sum.typedElements += b.typedElements
        sum.typedAttributes += b.typedAttributes
        sum.rawElements += b.rawElements
        sum.rawAttributes += b.rawAttributes
        if let places = b.rawPlaces { sum.rawPlaces = (a.rawPlaces ?? [:]).merging(places, uniquingKeysWith: +) }
        return sum
    }

    /// When set, counts raw attributes and elements by the model they sit in (for finding
    /// what to model next).
    var rawPlaces: [String: Int]?

    mutating func noteRaw(_ place: () -> String) {
        if rawPlaces != nil { rawPlaces![place(), default: 0] += 1 }
    }

    mutating func countRaw(_ element: XMLElement, includingSelf: Bool) {
        if includingSelf {
            rawElements += 1
            for attribute in element.attributes where !isNamespaceDeclaration(attribute.name) { rawAttributes += 1 }
        }
        for case .element(let child) in element.children { countRaw(child, includingSelf: true) }
    }
}
