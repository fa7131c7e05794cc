// libvirt's C API, for the raw baselines the SDK's calls are measured against,
// and glibc's mallinfo2, which Swift's Glibc module does not bring in.
#include <libvirt/libvirt.h>
#include <malloc.h>
