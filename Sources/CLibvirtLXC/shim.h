// libvirt's LXC API (libvirt-lxc.h, linked from libvirt-lxc.so). Only what Swift
// cannot import would be added here; nothing is.
#ifndef SWIFT_LIBVIRT_LXC_SHIM_H
#define SWIFT_LIBVIRT_LXC_SHIM_H

#include <libvirt/libvirt-lxc.h>

#endif
