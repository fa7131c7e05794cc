// libvirt's QEMU API (libvirt-qemu.h, linked from libvirt-qemu.so). Only what Swift
// cannot import would be added here; nothing is.
#ifndef SWIFT_LIBVIRT_QEMU_SHIM_H
#define SWIFT_LIBVIRT_QEMU_SHIM_H

#include <libvirt/libvirt-qemu.h>

#endif
