// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "swift-libvirt",
    products: [
        .library(name: "Libvirt", targets: ["Libvirt"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibvirt",
            pkgConfig: "libvirt",
            providers: [.apt(["libvirt-dev"])]
        ),
        .target(
            name: "Libvirt",
            dependencies: ["CLibvirt"]
        ),
        // The fuzzer (scripts/fuzz.sh): an executable of the package, not a product.
        .executableTarget(
            name: "LibvirtFuzz",
            dependencies: ["Libvirt"]
        ),
        .testTarget(
            name: "LibvirtTests",
            dependencies: ["Libvirt", "CLibvirt"],
            exclude: ["Coverage/claimed"]
        ),
        .testTarget(
            name: "LibvirtIntegrationTests",
            dependencies: ["Libvirt", "CLibvirt"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
