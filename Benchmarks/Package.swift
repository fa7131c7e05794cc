// swift-tools-version:6.2
import PackageDescription

// The SDK's benchmarks, kept out of the library's package so that its users
// never resolve benchmark dependencies.
let package = Package(
    name: "swift-libvirt-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-libvirt", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The peer of ../shared/bench: `swift-peer WORKLOAD --uri URI --concurrency K --seconds S`.
        // Public API only, as a user of the SDK writes it.
        .executableTarget(
            name: "swift-peer",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt")]
        ),
        // Peak thread count and throughput under awaited calls and handle churn:
        // `threads [--uri URI] [--calls N] [--lookups N] [--tasks K] [--max-threads T]`.
        .executableTarget(
            name: "threads",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt"), "ToolCommandLine"]
        ),
        // Fan-out of one event registration to many consumers:
        // `fanout [--uri URI] [--consumers C] [--pairs M] [--loop sdk|default]`.
        .executableTarget(
            name: "fanout",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt"), "CLibvirtRaw", "ToolCommandLine"]
        ),
        // Stats polling over a Fleet of 1..N hosts (scripts/hosts.sh up):
        // `fleet [--hosts "URI ..."] [--guests G] [--pollers K] [--seconds S]`.
        .executableTarget(
            name: "fleet",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt"), "ToolCommandLine"]
        ),
        // The option parsing and usage of threads, fanout and fleet.
        .target(name: "ToolCommandLine"),
        // libvirt's C API, for the raw baselines of the package-benchmark suites.
        .systemLibrary(name: "CLibvirtRaw", pkgConfig: "libvirt"),
        // package-benchmark suites: `swift package --disable-sandbox benchmark`.
        .executableTarget(
            name: "LibvirtBenchmarks",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "Benchmark", package: "benchmark"),
                "CLibvirtRaw",
            ],
            path: "Benchmarks/LibvirtBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
