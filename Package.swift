// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "swift-libvirt",
    products: [
        .library(name: "Libvirt", targets: ["Libvirt"]),
        .library(name: "LibvirtXML", targets: ["LibvirtXML"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibvirt",
            pkgConfig: "libvirt",
            providers: [.apt(["libvirt-dev"])]
        ),
        .target(
            name: "Libvirt",
            dependencies: ["CLibvirt", "LibvirtXML"]
        ),
        // Typed, lossless libvirt XML documents; needs neither libvirt nor the Libvirt module.
        .target(name: "LibvirtXML"),
        .testTarget(name: "LibvirtXMLTests", dependencies: ["LibvirtXML"]),
        .testTarget(
            name: "LibvirtTests",
            dependencies: ["Libvirt", "CLibvirt"],
            exclude: ["Coverage/claimed"]
        ),
        .testTarget(
            name: "LibvirtIntegrationTests",
            dependencies: ["Libvirt", "CLibvirt", "LibvirtXML"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
