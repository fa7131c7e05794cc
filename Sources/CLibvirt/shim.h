// Only what Swift cannot import from libvirt's headers: nothing is added here
// unless it is a macro or a cast that Swift does not see.
#ifndef SWIFT_LIBVIRT_SHIM_H
#define SWIFT_LIBVIRT_SHIM_H

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#endif
