// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "swift-libvirt",
    products: [
        .library(name: "Libvirt", targets: ["Libvirt"]),
        .library(name: "LibvirtXML", targets: ["LibvirtXML"]),
        .library(name: "LibvirtQEMU", targets: ["LibvirtQEMU"]),
        .library(name: "LibvirtLXC", targets: ["LibvirtLXC"]),
        .library(name: "LibvirtAdmin", targets: ["LibvirtAdmin"]),
    ],
    dependencies: [
        // The library's only dependency: logging (Sources/Libvirt/Core/Logging.swift).
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibvirt",
            pkgConfig: "libvirt",
            providers: [.apt(["libvirt-dev"])]
        ),
        .target(
            name: "Libvirt",
            dependencies: ["CLibvirt", "LibvirtXML", .product(name: "Logging", package: "swift-log")]
        ),
        // Typed, lossless libvirt XML documents; needs neither libvirt nor the Libvirt module.
        .target(name: "LibvirtXML"),
        .testTarget(name: "LibvirtXMLTests", dependencies: ["LibvirtXML"]),
        // libvirt's QEMU, LXC and admin APIs: each its own library (libvirt-qemu.so,
        // libvirt-lxc.so, libvirt-admin.so), so a program that uses none of them links none.
        .systemLibrary(name: "CLibvirtQEMU", pkgConfig: "libvirt-qemu", providers: [.apt(["libvirt-dev"])]),
        .systemLibrary(name: "CLibvirtLXC", pkgConfig: "libvirt-lxc", providers: [.apt(["libvirt-dev"])]),
        .systemLibrary(name: "CLibvirtAdmin", pkgConfig: "libvirt-admin", providers: [.apt(["libvirt-dev"])]),
        .target(name: "LibvirtQEMU", dependencies: ["Libvirt", "CLibvirt", "CLibvirtQEMU"]),
        .target(name: "LibvirtLXC", dependencies: ["Libvirt", "CLibvirt", "CLibvirtLXC"]),
        .target(name: "LibvirtAdmin", dependencies: ["Libvirt", "CLibvirt", "CLibvirtAdmin"]),
        // The fuzzer (scripts/fuzz.sh): an executable of the package, not a product.
        .executableTarget(
            name: "LibvirtFuzz",
            dependencies: ["Libvirt"]
        ),
        .testTarget(
            name: "LibvirtTests",
            dependencies: ["Libvirt", "CLibvirt", .product(name: "Logging", package: "swift-log")],
            exclude: ["Coverage/claimed"]
        ),
        .testTarget(
            name: "LibvirtIntegrationTests",
            dependencies: [
                "Libvirt", "CLibvirt", "LibvirtQEMU", "LibvirtLXC", "LibvirtAdmin", "LibvirtXML",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
