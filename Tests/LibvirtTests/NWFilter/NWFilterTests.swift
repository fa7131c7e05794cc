import Foundation
import Libvirt
import Testing

@Suite("NWFilters")
struct NWFilterTests {
    @Test("the test driver has no network filters: libvirt's own noSupport")
    func unsupported() async throws {
        let connection = try await Fixtures.openDefault()
        let all = await libvirtError { try await connection.nwFilters() }
        #expect(all?.code == .noSupport)
        #expect(all?.function == "virConnectListAllNWFilters")
        let names = await libvirtError { try await connection.nwFilterNames() }
        #expect(names?.code == .noSupport)
        let count = await libvirtError { try await connection.nwFilterCount() }
        #expect(count?.code == .noSupport)
        let define = await libvirtError {
            try await connection.defineNWFilter(xml: "<filter name='f' chain='root'/>")
        }
        #expect(define?.code == .noSupport)
        #expect(define?.function == "virNWFilterDefineXML")
        let validated = await libvirtError {
            try await connection.defineNWFilter(xml: "<filter name='f' chain='root'/>", flags: .validate)
        }
        #expect(validated?.code == .noSupport)
        #expect(validated?.function == "virNWFilterDefineXMLFlags")
        let byName = await libvirtError { try await connection.nwFilter(named: "f") }
        #expect(byName?.code == .noSupport)
        let byUUID = await libvirtError { try await connection.nwFilter(uuid: UUID()) }
        #expect(byUUID?.code == .noSupport)
        let byString = await libvirtError { try await connection.nwFilter(uuidString: UUID().uuidString) }
        #expect(byString?.code == .noSupport)
    }

    @Test("the test driver has no filter bindings: libvirt's own noSupport")
    func bindingsUnsupported() async throws {
        let connection = try await Fixtures.openDefault()
        let all = await libvirtError { try await connection.nwFilterBindings() }
        #expect(all?.code == .noSupport)
        #expect(all?.function == "virConnectListAllNWFilterBindings")
        let lookup = await libvirtError { try await connection.nwFilterBinding(portDevice: "vnet0") }
        #expect(lookup?.code == .noSupport)
        let create = await libvirtError {
            try await connection.createNWFilterBinding(xml: "<filterbinding/>")
        }
        #expect(create?.code == .noSupport)
        #expect(create?.function == "virNWFilterBindingCreateXML")
    }
}
