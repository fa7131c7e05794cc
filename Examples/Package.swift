// swift-tools-version:6.2
import PackageDescription

// Programs to copy from, each a user of the SDK's public API only. A package of
// their own, so that the library's users never resolve the examples' dependencies.
let package = Package(
    name: "swift-libvirt-examples",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-libvirt", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // Host and node information and the domains of a connection.
        .executableTarget(
            name: "hostinfo",
            dependencies: [.product(name: "Libvirt", package: "swift-libvirt")],
            path: "hostinfo"
        ),
        // A live table of every domain's CPU, memory, disk and network rates,
        // from bulk statistics polled concurrently.
        .executableTarget(
            name: "top",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "top"
        ),
        // Every event of every kind from a connection, one timestamped line
        // each, as virsh event prints them; the close reason when it closes.
        .executableTarget(
            name: "events",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "events"
        ),
        // Structured concurrency end to end: define, start, suspend, resume and
        // remove guests concurrently, awaiting each event; cleans up on Ctrl-C.
        .executableTarget(
            name: "lifecycle",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "lifecycle"
        ),
        // A Prometheus exporter of every running domain's statistics, series for
        // series those of Debian's prometheus-libvirt-exporter; one bulk call per scrape.
        .executableTarget(
            name: "exporter",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "LibvirtXML", package: "swift-libvirt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "exporter"
        ),
        // A service group (swift-service-lifecycle): an event monitor and a
        // statistics poller that log through swift-log and stop on SIGTERM.
        .executableTarget(
            name: "service",
            dependencies: [
                .product(name: "Libvirt", package: "swift-libvirt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "service"
        ),
    ],
    swiftLanguageModes: [.v6]
)
