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
        .testTarget(
            name: "LibvirtTests",
            dependencies: ["Libvirt", "CLibvirt"],
            exclude: ["Coverage/claimed"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
