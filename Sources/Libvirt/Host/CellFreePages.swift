/// How many free pages of each size one NUMA cell has, as
/// ``Connection/freePages(sizes:startCell:cellCount:)`` reports them.
public struct CellFreePages: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The fields present, on one line.
    public var description: String { fieldDescription(of: self) }

    /// The NUMA cell number.
    public let cell: Int
    /// Free pages by page size in KiB.
    public let countsByPageSizeKiB: [UInt32: UInt64]

    /// Creates a cell's countsByPageSizeKiB.
    public init(cell: Int, countsByPageSizeKiB: [UInt32: UInt64]) {
        self.cell = cell
        self.countsByPageSizeKiB = countsByPageSizeKiB
    }
}
