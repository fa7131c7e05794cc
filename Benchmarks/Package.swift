// swift-tools-version:6.2
import PackageDescription

// The SDK's benchmarks, kept out of the library's package so that its users
// never resolve benchmark dependencies.
let package = Package(
    name: "swift-libvirt-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-libvirt", path: ".."),
    ],
    targets: [
        // The peer of ../shared/bench: `swift-peer WORKLOAD --uri URI --concurrency K --seconds S`.
        .executableTarget(
            name: "swift-peer",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
