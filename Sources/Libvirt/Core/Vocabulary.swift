// MARK: - Descriptions of the generated vocabulary

// The types of Sources/Libvirt/Generated (scripts/generate-vocabulary.py) print
// through these two functions, given their constants' values and Swift names.

/// The Swift name of the constant whose value is `rawValue`, or the number when
/// no constant has it (a value a newer libvirt added).
func describeValue<Raw: FixedWidthInteger>(_ rawValue: Raw, _ names: [(Raw, String)]) -> String {
    names.first { $0.0 == rawValue }?.1 ?? String(rawValue)
}

/// The names of the constants whose bits are all in `rawValue`, in `names`' order,
/// then the bits no constant names, in hex: `[live, config, 0x40]`.
func describeFlags<Raw: FixedWidthInteger>(_ rawValue: Raw, _ names: [(Raw, String)]) -> String {
    var left = rawValue
    var parts: [String] = []
    for (bits, name) in names where bits != 0 && rawValue & bits == bits && left & bits != 0 {
        parts.append(name)
        left &= ~bits
    }
    if left != 0 {
        parts.append("0x" + String(left, radix: 16))
    }
    return "[" + parts.joined(separator: ", ") + "]"
}
