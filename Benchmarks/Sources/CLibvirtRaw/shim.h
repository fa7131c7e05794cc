// libvirt's C API, for the raw baselines the SDK's calls are measured against.
#include <libvirt/libvirt.h>
