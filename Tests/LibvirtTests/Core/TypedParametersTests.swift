import Libvirt
import Testing

@Suite("TypedParameters")
struct TypedParametersTests {
    @Test("values read back as their own type and as wider ones")
    func reading() {
        let parameters: TypedParameters = [
            "i": .int(-3), "u": .uint(7), "l": .longLong(-1 << 40), "ul": .unsignedLongLong(.max),
            "d": .double(0.5), "b": .boolean(true), "s": .string("x"),
        ]
        #expect(parameters.count == 7)
        #expect(parameters.int64("i") == -3)
        #expect(parameters.uint64("i") == nil)
        #expect(parameters.uint64("u") == 7)
        #expect(parameters.int64("l") == -1 << 40)
        #expect(parameters.uint64("ul") == .max)
        #expect(parameters.int64("ul") == nil)
        #expect(parameters.double("u") == 7)
        #expect(parameters.double("d") == 0.5)
        #expect(parameters.bool("b") == true)
        #expect(parameters.string("s") == "x")
        #expect(parameters.string("i") == nil)
        #expect(parameters.bool("absent") == nil)
        #expect(parameters["absent"] == nil)
        #expect(parameters.names == ["i", "u", "l", "ul", "d", "b", "s"])
    }

    @Test("setting by name replaces every value of the name; nil removes them")
    func writing() {
        var parameters = TypedParameters()
        parameters.append("disk", .string("vda"))
        parameters.append("disk", .string("vdb"))
        parameters.append("other", .int(1))
        #expect(parameters.values(named: "disk") == [.string("vda"), .string("vdb")])
        parameters["disk"] = .string("sda")
        #expect(parameters.values(named: "disk") == [.string("sda")])
        #expect(parameters.map(\.name) == ["disk", "other"])
        parameters["other"] = nil
        #expect(parameters.map(\.name) == ["disk"])
        parameters["new"] = .boolean(false)
        #expect(parameters.bool("new") == false)
    }

    @Test("descriptions print as virsh does")
    func descriptions() {
        #expect(TypedParameterValue.boolean(true).description == "yes")
        #expect(TypedParameterValue.unsignedLongLong(42).description == "42")
        #expect(TypedParameterValue.string("a").description == "a")
    }
}
