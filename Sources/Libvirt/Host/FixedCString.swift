// MARK: - Fixed-size C character arrays

/// The string in a fixed-size C `char` array that Swift imports as a tuple
/// (such as `virNodeInfo.model`): the bytes up to the first NUL, or the whole
/// array when it has none.
func fixedCString<Tuple>(_ tuple: Tuple) -> String {
    withUnsafeBytes(of: tuple) { bytes in
        let length = bytes.firstIndex(of: 0) ?? bytes.count
        return String(decoding: bytes.prefix(length), as: UTF8.self)
    }
}
