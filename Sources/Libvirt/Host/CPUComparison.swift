extension CPUComparison {
    /// Whether a guest with the described CPU can run: the result is
    /// ``identical`` or ``superset``.
    public var isCompatible: Bool { self == .identical || self == .superset }
}
