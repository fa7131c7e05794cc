// MARK: - Describing records

/// A record's one-line description: its type's name and each field present, as
/// `DomainInfo(state: running, maxMemoryKiB: 1048576, vcpus: 2)`.
///
/// Fields that are nil and empty collections are left out; strings are quoted;
/// every other value prints with its own `description` (the vocabulary's names,
/// nested records the same way). One mechanism for every record of the SDK,
/// so none prints a C value's `rawValue:`.
package func fieldDescription(of value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    var fields: [String] = []
    for child in mirror.children {
        guard let label = child.label, let text = describeField(child.value) else { continue }
        fields.append("\(label): \(text)")
    }
    return "\(mirror.subjectType)(\(fields.joined(separator: ", ")))"
}

/// One field's text, or nil for a field to leave out (nil, empty).
func describeField(_ value: Any) -> String? {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
        guard let wrapped = mirror.children.first else { return nil }
        return describeField(wrapped.value)
    case .collection, .set:
        guard !mirror.children.isEmpty else { return nil }
        return "[" + mirror.children.compactMap { describeField($0.value) }.joined(separator: ", ") + "]"
    case .dictionary:
        guard !mirror.children.isEmpty else { return nil }
        let pairs = mirror.children.compactMap { pair -> String? in
            let parts = Array(Mirror(reflecting: pair.value).children)
            guard parts.count == 2, let key = describeField(parts[0].value), let value = describeField(parts[1].value)
            else { return nil }
            return "\(key): \(value)"
        }
        return "[" + pairs.sorted().joined(separator: ", ") + "]"
    default:
        if let string = value as? String { return "\"\(string)\"" }
        return describeValue(value)
    }
}

/// A value's text: its own `description` when it has one, else (a C constant
/// without names yet) its C number, else Swift's default.
func describeValue(_ value: Any) -> String {
    if let described = value as? any CustomStringConvertible { return described.description }
    if let constant = value as? any RawRepresentable { return "\(constant.rawValue)" }
    return String(describing: value)
}

// MARK: - Describing enums with payloads

/// An enum value's one-line description: its case name, then its payload in
/// parentheses, each value as ``fieldDescription(of:)`` prints a field:
/// `reconnected(generation: 2, gap: 0.5 seconds)`, `newest(64)`. Only for a
/// case with a payload: a case without one has no name a mirror gives, and
/// its type's `description` names it.
package func caseDescription(of value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .enum, let payload = mirror.children.first, let name = payload.label else {
        return "\(mirror.subjectType)"
    }
    let parts = Mirror(reflecting: payload.value)
    if parts.displayStyle == .tuple {
        let fields = parts.children.map { child in
            let text = describeField(child.value) ?? "nil"
            guard let label = child.label, !label.hasPrefix(".") else { return text }
            return "\(label): \(text)"
        }
        return "\(name)(\(fields.joined(separator: ", ")))"
    }
    return "\(name)(\(describeField(payload.value) ?? "nil"))"
}
