// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "swift-libvirt",
    products: [
        .library(name: "Libvirt", targets: ["Libvirt"]),
        .library(name: "LibvirtQEMU", targets: ["LibvirtQEMU"]),
        .library(name: "LibvirtLXC", targets: ["LibvirtLXC"]),
        .library(name: "LibvirtAdmin", targets: ["LibvirtAdmin"]),
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
        // libvirt's QEMU, LXC and admin APIs: each its own library (libvirt-qemu.so,
        // libvirt-lxc.so, libvirt-admin.so), so a program that uses none of them links none.
        .systemLibrary(name: "CLibvirtQEMU", pkgConfig: "libvirt-qemu", providers: [.apt(["libvirt-dev"])]),
        .systemLibrary(name: "CLibvirtLXC", pkgConfig: "libvirt-lxc", providers: [.apt(["libvirt-dev"])]),
        .systemLibrary(name: "CLibvirtAdmin", pkgConfig: "libvirt-admin", providers: [.apt(["libvirt-dev"])]),
        .target(name: "LibvirtQEMU", dependencies: ["Libvirt", "CLibvirt", "CLibvirtQEMU"]),
        .target(name: "LibvirtLXC", dependencies: ["Libvirt", "CLibvirt", "CLibvirtLXC"]),
        .target(name: "LibvirtAdmin", dependencies: ["Libvirt", "CLibvirt", "CLibvirtAdmin"]),
        .testTarget(
            name: "LibvirtTests",
            dependencies: ["Libvirt", "CLibvirt"],
            exclude: ["Coverage/claimed"]
        ),
        .testTarget(
            name: "LibvirtIntegrationTests",
            dependencies: ["Libvirt", "CLibvirt", "LibvirtQEMU", "LibvirtLXC", "LibvirtAdmin"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
