// Only what Swift cannot import: nothing is added here unless it is a macro or
// a cast that Swift does not see, or a system header Glibc's module leaves out.
#ifndef SWIFT_LIBVIRT_SHIM_H
#define SWIFT_LIBVIRT_SHIM_H

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

// The SDK's event loop (Core/EventLoop): epoll and eventfd are not in Glibc's module.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>

#endif
