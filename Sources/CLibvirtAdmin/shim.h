// libvirt's Admin API (libvirt-admin.h, linked from libvirt-admin.so). Only what Swift
// cannot import would be added here; nothing is.
#ifndef SWIFT_LIBVIRT_ADMIN_SHIM_H
#define SWIFT_LIBVIRT_ADMIN_SHIM_H

#include <libvirt/libvirt-admin.h>

#endif
