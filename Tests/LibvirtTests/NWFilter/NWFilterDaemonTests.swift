import Foundation
import Libvirt
import Testing

@Suite(
    "NWFilters on the daemon", .serialized,
    .enabled(if: ObjectsDaemon.isRunning, "no libvirtd socket at /run/libvirt/libvirt-sock"))
struct NWFilterDaemonTests {
    static func filterXML(_ name: String, uuid: UUID? = nil) -> String {
        """
        <filter name='\(name)' chain='root'>
          \(uuid.map { "<uuid>\($0.uuidString.lowercased())</uuid>" } ?? "")
          <rule action='accept' direction='in' priority='500'><all/></rule>
        </filter>
        """
    }

    @Test("a filter is defined, found, listed, described and undefined")
    func filter() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let name = ObjectsDaemon.uniqueName("swlv-filter-")
        try await ObjectsDaemon.withCleanup {
            let filter = try await connection.defineNWFilter(xml: Self.filterXML(name))
            #expect(try await filter.name() == name)
            let uuid = try await filter.uuid()
            #expect(try await filter.uuidString() == uuid.uuidString.lowercased())
            let xml = try await filter.xml()
            #expect(xml.contains("<filter name='\(name)' chain='root'>"))
            #expect(xml.contains("<uuid>\(uuid.uuidString.lowercased())</uuid>"))
            #expect(xml.contains("<rule action='accept' direction='in' priority='500'>"))

            #expect(try await connection.nwFilter(named: name).uuid() == uuid)
            #expect(try await connection.nwFilter(uuid: uuid).name() == name)
            #expect(try await connection.nwFilter(uuidString: uuid.uuidString).name() == name)
            #expect(try await connection.nwFilterNames().contains(name))
            let count = try await connection.nwFilterCount()
            #expect(count >= 1)
            var listed: [String] = []
            for each in try await connection.nwFilters() { listed.append(try await each.name()) }
            #expect(listed.contains(name))
            #expect(listed.count == count)

            let redefined = try await connection.defineNWFilter(xml: Self.filterXML(name, uuid: uuid), flags: .validate)
            #expect(try await redefined.uuid() == uuid)

            try await filter.undefine()
            let gone = await libvirtError { try await connection.nwFilter(named: name) }
            #expect(gone?.code == .noNWFilter)
            #expect(gone?.function == "virNWFilterLookupByName")
        } cleanup: {
            if let leftover = try? await connection.nwFilter(named: name) { try? await leftover.undefine() }
        }
        #expect(try await connection.close() == 0)
    }

    @Test("a binding ties a filter to a port device, is found, listed and deleted")
    func binding() async throws {
        let connection = try await Connection.open(ObjectsDaemon.uri)
        let filterName = ObjectsDaemon.uniqueName("swlv-bound-")
        let device = ObjectsDaemon.uniqueName("swlv")
        let bindingXML = """
            <filterbinding>
              <owner><name>swift-libvirt-test</name><uuid>\(UUID().uuidString.lowercased())</uuid></owner>
              <portdev name='\(device)'/>
              <mac address='52:54:00:5a:1b:2c'/>
              <filterref filter='\(filterName)'/>
            </filterbinding>
            """
        try await ObjectsDaemon.withCleanup {
            _ = try await connection.defineNWFilter(xml: Self.filterXML(filterName))
            let binding = try await connection.createNWFilterBinding(xml: bindingXML)
            #expect(try await binding.portDevice() == device)
            #expect(try await binding.filterName() == filterName)
            let xml = try await binding.xml()
            #expect(xml.contains("<portdev name='\(device)'/>"))
            #expect(xml.contains("<filterref filter='\(filterName)'/>"))

            let found = try await connection.nwFilterBinding(portDevice: device)
            #expect(try await found.filterName() == filterName)
            var devices: [String] = []
            for each in try await connection.nwFilterBindings() { devices.append(try await each.portDevice()) }
            #expect(devices.contains(device))

            try await binding.delete()
            let gone = await libvirtError { try await connection.nwFilterBinding(portDevice: device) }
            #expect(gone?.code == .noNWFilterBinding)
            #expect(gone?.function == "virNWFilterBindingLookupByPortDev")
            try await connection.nwFilter(named: filterName).undefine()
        } cleanup: {
            if let leftover = try? await connection.nwFilterBinding(portDevice: device) { try? await leftover.delete() }
            if let leftover = try? await connection.nwFilter(named: filterName) { try? await leftover.undefine() }
        }
        #expect(try await connection.close() == 0)
    }
}
