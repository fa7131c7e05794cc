import LibvirtQEMU
import Testing

/// `JSONValue`, the decoded form of QEMU's replies and event details. No daemon needed.
@Suite("JSON values of QEMU replies")
struct JSONValueTests {
    @Test("parses every kind of value and keeps integers exact")
    func parse() throws {
        let value = try JSONValue(
            parsing: #"{"a":null,"b":true,"c":-3,"d":18446744073709551615,"e":1.5,"f":"x","g":[1,{"h":[]}]}"#)
        #expect(value["a"] == .null)
        #expect(value["b"]?.bool == true)
        #expect(value["c"] == .integer(-3))
        #expect(value["c"]?.int == -3)
        #expect(value["d"] == .unsigned(.max))
        #expect(value["e"]?.double == 1.5)
        #expect(value["f"]?.string == "x")
        #expect(value["g"]?[1]?["h"] == .array([]))
        #expect(value["g"]?[2] == nil)
        #expect(value["missing"] == nil)
    }

    @Test("prints compact JSON that parses back to the same value")
    func roundTrip() throws {
        let value: JSONValue = ["execute": "getfd", "arguments": ["fdname": "a/b", "n": 3, "ok": true, "x": nil]]
        #expect(value.json == #"{"arguments":{"fdname":"a/b","n":3,"ok":true,"x":null},"execute":"getfd"}"#)
        #expect(try JSONValue(parsing: value.json) == value)
    }

    @Test("text that is not JSON throws LibvirtError naming the caller")
    func notJSON() {
        do {
            _ = try JSONValue(parsing: "{", function: "here")
            Issue.record("parsed")
        } catch {
            #expect(error.code == .internalError)
            #expect(error.function == "here")
        }
    }
}
