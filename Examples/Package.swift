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
    ],
    swiftLanguageModes: [.v6]
)
