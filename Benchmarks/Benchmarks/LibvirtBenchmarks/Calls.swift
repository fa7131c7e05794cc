import Benchmark
import CLibvirtRaw
import Libvirt

/// What one call costs: the raw C call, the same call awaited from a task (two
/// thread switches), and awaited from an actor that shares the handle's executor.
func callBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(3))

    Benchmark("virDomainGetInfo, raw C", configuration: configuration) { benchmark in
        let connection = virConnectOpen("test:///default")
        let domain = virDomainLookupByName(connection, "test")
        var info = virDomainInfo()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(virDomainGetInfo(domain, &info))
        }
        benchmark.stopMeasurement()
        virDomainFree(domain)
        virConnectClose(connection)
    }

    Benchmark("Domain.info(), awaited from a task", configuration: configuration) { benchmark in
        let connection = try await Connection.open("test:///default")
        let domain = try await connection.domain(named: "test")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await domain.info())
        }
        benchmark.stopMeasurement()
    }

    Benchmark("Domain.info(), awaited from an actor on its executor", configuration: configuration) { benchmark in
        let connection = try await Connection.open("test:///default")
        let domain = try await connection.domain(named: "test")
        let caller = Caller(domain)
        benchmark.startMeasurement()
        try await caller.info(times: benchmark.scaledIterations.count)
        benchmark.stopMeasurement()
    }
}

/// A user's actor that shares a domain's executor.
actor Caller {
    let domain: Domain
    nonisolated var unownedExecutor: UnownedSerialExecutor { domain.unownedExecutor }

    init(_ domain: Domain) {
        self.domain = domain
    }

    func info(times: Int) async throws {
        for _ in 0..<times {
            blackHole(try await domain.info())
        }
    }
}
