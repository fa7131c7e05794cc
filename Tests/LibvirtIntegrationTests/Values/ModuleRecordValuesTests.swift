import Foundation
import Libvirt
@testable import LibvirtAdmin
@testable import LibvirtQEMU
import Testing

/// The records of the admin and QEMU libraries print on one line without a C
/// `rawValue:` and survive JSON, as the Libvirt module's do (RecordValuesTests).
@Suite("Records of the admin and QEMU libraries")
struct ModuleRecordValuesTests {
    /// Prints `value`, encodes and decodes it, and says what went wrong, if anything.
    func check<Value: Hashable & Codable & CustomStringConvertible>(_ value: Value) throws -> String? {
        let text = "\(value)"
        if text.contains("rawValue:") || text.contains("\n") || text.contains("Optional(") { return "\(Value.self) prints \(text)" }
        let back = try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
        return back == value ? nil : "\(Value.self) does not survive JSON: \(text)"
    }

    @Test("admin records, QEMU replies, monitor events and filters print and round-trip")
    func records() throws {
        let problems = [
            try check(ThreadPoolParameters(["minWorkers": .uint(5), "maxWorkers": .uint(20), "jobQueueDepth": .uint(0)])),
            try check(ClientLimits(["nclients_max": .uint(120), "nclients": .uint(3)])),
            try check(ClientInfo(["readonly": .boolean(false), "unix_user_id": .int(0), "unix_user_name": .string("root")])),
            try check(QEMUReply(raw: #"{"return":{"status":"running"},"id":"libvirt-1"}"#, function: "test")),
            try check(QEMUMonitorEvent(name: "STOP", seconds: 1_700_000_000, microseconds: 5, rawDetails: nil, details: nil)),
            try check(QEMUMonitorEventFilter.all),
            try check(QEMUMonitorEventFilter.name("STOP", ignoringCase: true)),
            try check(QEMUMonitorEventFilter.pattern("^BLOCK_JOB_")),
        ].compactMap { $0 }
        #expect(problems.isEmpty, "\(problems)")
        #expect("\(ThreadPoolParameters(["minWorkers": .uint(5)]))".contains("minWorkers: 5"))
        #expect("\(QEMUMonitorEventFilter.name("STOP", ignoringCase: false))" == #"name("STOP", ignoringCase: false)"#)
        #expect("\(QEMUMonitorEventFilter.all)" == "all")
    }
}
