import Glibc
@testable import Libvirt
import Testing

@Suite("Name lists")
struct NameListTests {
    /// A list function over `names`: fills at most `slots` entries, like libvirt's.
    private static func filling(
        _ names: [String]
    ) -> (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, Int32) -> Int32 {
        { buffer, slots in
            let filled = min(names.count, Int(slots))
            for index in 0..<filled { buffer[index] = strdup(names[index]) }
            return Int32(filled)
        }
    }

    @Test("objects added between the count and the list are all returned, none cut off")
    func grownBetweenCountAndList() throws {
        let now = (1...9).map { "pool-\($0)" }
        let listed = try names(
            count: { 2 }, countFunction: "count", list: Self.filling(now), listFunction: "list")
        #expect(listed == now)
    }

    @Test("as many or fewer than counted: one list call, all of them")
    func unchangedOrShrunk() throws {
        var calls = 0
        let list = Self.filling(["a", "b"])
        let listed = try names(
            count: { 3 }, countFunction: "count",
            list: { calls += 1; return list($0, $1) }, listFunction: "list")
        #expect(listed == ["a", "b"])
        #expect(calls == 1)
        #expect(try names(count: { 0 }, countFunction: "count", list: Self.filling([]), listFunction: "list") == [])
    }

    @Test("a failing count or list throws libvirt's error naming the function")
    func failures() {
        Library.prepare()  // libvirt's error functions need the library set up
        #expect(throws: LibvirtError.self) {
            try names(count: { -1 }, countFunction: "virConnectNumOfStoragePools", list: Self.filling([]), listFunction: "list")
        }
        #expect(throws: LibvirtError.self) {
            try names(count: { 1 }, countFunction: "count", list: { _, _ in -1 }, listFunction: "virConnectListStoragePools")
        }
    }
}
