import Foundation
import Libvirt
import Testing

/// CPU models, comparison and baselines on the in-process test driver.
@Suite("Host CPU")
struct HostCPUTests {
    /// Opens the test driver's built-in node, whose host (node info, cells,
    /// CPU counters) is fixed; these tests only read it.
    static func open() async throws -> Connection {
        try await Connection.open(Fixtures.defaultURI)
    }

    static let westmere = "<cpu><arch>x86_64</arch><model>Westmere</model></cpu>"

    @Test("libvirt's CPU map knows the x86_64 models")
    func cpuModelNames() async throws {
        let connection = try await Self.open()
        let names = try await connection.cpuModelNames(arch: "x86_64")
        #expect(names.contains("Westmere"))
        #expect(names.contains("486"))
        #expect(Set(names).count == names.count)
    }

    @Test("an unknown architecture has no CPU models")
    func cpuModelNamesUnknownArch() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.cpuModelNames(arch: "no-such-arch") }
        #expect(error?.code == .invalidArg)
        #expect(error?.function == "virConnectGetCPUModelNames")
    }

    @Test("the baseline of one CPU is that CPU's model")
    func baselineCPU() async throws {
        let connection = try await Self.open()
        let cpu = try await connection.baselineCPU([Self.westmere])
        #expect(cpu.contains("<model fallback='forbid'>Westmere</model>"))
        let expanded = try await connection.baselineCPU([Self.westmere], flags: .expandFeatures)
        #expect(expanded.contains("<feature"))
    }

    @Test("a baseline of malformed XML fails with libvirt's XML parse error")
    func baselineMalformed() async throws {
        let connection = try await Self.open()
        let error = await libvirtError { try await connection.baselineCPU(["<cpu><model>"]) }
        // libvirt reports the parser's failure as VIR_ERR_XML_DETAIL.
        #expect(error?.code == .xmlDetail)
        #expect(error?.function == "virConnectBaselineCPU")
    }

    @Test("comparing CPUs is not supported by the test driver")
    func compareCPU() async throws {
        let connection = try await Self.open()
        let host = await libvirtError { try await connection.compareCPU(Self.westmere) }
        #expect(host?.code == .noSupport)
        #expect(host?.function == "virConnectCompareCPU")
        let hypervisor = await libvirtError { try await connection.compareHypervisorCPU(Self.westmere) }
        #expect(hypervisor?.code == .noSupport)
        #expect(hypervisor?.function == "virConnectCompareHypervisorCPU")
        let baseline = await libvirtError { try await connection.baselineHypervisorCPU([Self.westmere]) }
        #expect(baseline?.code == .noSupport)
        #expect(baseline?.function == "virConnectBaselineHypervisorCPU")
    }

    @Test("comparison results know which are compatible")
    func comparisonValues() {
        #expect(CPUComparison.incompatible.rawValue == 0)
        #expect(CPUComparison.identical.isCompatible)
        #expect(CPUComparison.superset.isCompatible)
        #expect(!CPUComparison.incompatible.isCompatible)
    }
}
