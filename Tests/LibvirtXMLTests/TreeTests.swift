import Testing
@testable import LibvirtXML

@Suite struct TreeTests {
    @Test func parsesAndWritesEntitiesCommentsAndCDATA() throws {
        let text = "<!-- lead --><a x=\"1 &amp; 2\" y='&#65;'>\n  <b>t&lt;u</b>\n  <!--c--><![CDATA[<raw>]]><?pi data?>\n</a>"
        let document = try XMLDocument(parsing: text)
        #expect(document.prolog == [.comment(" lead ")])
        #expect(document.root[attribute: "x"] == "1 & 2")
        #expect(document.root[attribute: "y"] == "A")
        #expect(document.root.element(named: "b")?.text == "t<u")
        let again = try XMLDocument(parsing: document.xmlString)
        #expect(again.isEquivalent(to: document), "\(document.xmlString)")
    }

    @Test func refusesMalformedDocuments() {
        for bad in ["<a>", "<a></b>", "<a x='1' x='2'/>", "<a/><b/>", "<a>&bogus;</a>", "", "<a x=1/>"] {
            #expect(throws: XMLError.self, "\(bad)") { try XMLDocument(parsing: bad) }
        }
    }

    @Test func equivalenceIgnoresOrderWhitespaceAndPrefixes() throws {
        let a = try XMLElement(parsing: "<r xmlns:p='urn:x' b='2' a='1'><p:c>t</p:c></r>")
        let b = try XMLElement(parsing: "<r a='1' b='2' xmlns:q='urn:x'>\n  <q:c>t</q:c>\n</r>")
        #expect(a.isEquivalent(to: b))
        let c = try XMLElement(parsing: "<r a='1' b='3' xmlns:q='urn:x'><q:c>t</q:c></r>")
        #expect(a.difference(from: c) != nil)
        let d = try XMLElement(parsing: "<r a='1' b='2' xmlns:q='urn:y'><q:c>t</q:c></r>")
        #expect(!a.isEquivalent(to: d))
    }

    @Test func modelKeepsUnknownPartsInPlace() throws {
        let text = """
        <network foo='bar'>
          <name>n</name>
          <extra a='1'/>
          <ip address='10.0.0.1' prefix='24' zzz='q'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip>
          <!-- note -->
          <bridge name='virbr9' stp='maybe'/>
        </network>
        """
        var network = try NetworkDefinition(xml: text)
        #expect(network.name == "n")
        #expect(network.ips.first?.prefix == 24)
        #expect(network.bridge?.name == "virbr9")
        #expect(network.bridge?.stp == nil)
        #expect(network.unknown.attributes == [XMLAttribute("foo", "bar")])
        let out = network.xmlString
        #expect(try XMLDocument(parsing: out).isEquivalent(to: XMLDocument(parsing: text)), "\(out)")
        #expect(out.firstRange(of: "<extra")!.lowerBound < out.firstRange(of: "<ip")!.lowerBound)
        network.ips.append(NetworkIP())
        #expect(network.xmlString.contains("<ip/>\n  <!-- note -->"))
        let coverage = network.coverage
        #expect(coverage.rawElements == 1 && coverage.rawAttributes == 4)
    }
}
