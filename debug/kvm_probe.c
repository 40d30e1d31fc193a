/* Probing /dev/kvm: can it be opened, is it the API we know, does it have
 * what the slave needs (user memory, read-only slots, single-stepping with
 * hardware breakpoints, synced registers, immediate_exit), and which
 * backend is behind it. What the backend can really run is then decided by
 * the self-test of each mode (kvm_selftest.c), not by its name. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "sim_kvm.h"
#ifdef TWIN86_HAVE_KVM

static int have_module(const char *name)
{
    char path[64];
    struct stat st;
    snprintf(path, sizeof path, "/sys/module/%s", name);
    return stat(path, &st) == 0;
}

static const char *backend_name(void)
{
    if (have_module("kvm_pvm"))
        return "kvm_pvm (a software backend: KVM's instruction emulator)";
    if (have_module("kvm_intel"))
        return "kvm_intel (VMX)";
    if (have_module("kvm_amd"))
        return "kvm_amd (SVM)";
    return "an unknown KVM backend";
}

int kvm_probe(const char **backend, const char **err)
{
    static const struct {
        int cap;
        const char *err;
    } need[] = {
        {KVM_CAP_USER_MEMORY, "-cosim kvm: /dev/kvm lacks user memory slots"},
        {KVM_CAP_READONLY_MEM, "-cosim kvm: /dev/kvm lacks read-only memory slots"},
        {KVM_CAP_SET_GUEST_DEBUG, "-cosim kvm: /dev/kvm cannot single-step (KVM_CAP_SET_GUEST_DEBUG)"},
        {KVM_CAP_SYNC_REGS, "-cosim kvm: /dev/kvm lacks KVM_CAP_SYNC_REGS"},
        {KVM_CAP_IMMEDIATE_EXIT, "-cosim kvm: /dev/kvm lacks KVM_CAP_IMMEDIATE_EXIT"},
        {KVM_CAP_VCPU_EVENTS, "-cosim kvm: /dev/kvm lacks KVM_CAP_VCPU_EVENTS"},
        {KVM_CAP_SET_TSS_ADDR, "-cosim kvm: /dev/kvm lacks KVM_SET_TSS_ADDR"},
    };
    const char *e = NULL;
    *backend = NULL;
    int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        *err = errno == ENOENT ? "-cosim kvm: this host has no /dev/kvm (no KVM)"
               : errno == EACCES || errno == EPERM ? "-cosim kvm: no permission to open /dev/kvm"
                                                   : "-cosim kvm: cannot open /dev/kvm";
        return -1;
    }
    if (ioctl(fd, KVM_GET_API_VERSION, 0) != KVM_API_VERSION)
        e = "-cosim kvm: /dev/kvm speaks another API version than 12";
    for (size_t i = 0; !e && i < sizeof need / sizeof need[0]; i++)
        if (ioctl(fd, KVM_CHECK_EXTENSION, need[i].cap) <= 0)
            e = need[i].err;
    if (!e && (ioctl(fd, KVM_CHECK_EXTENSION, KVM_CAP_SYNC_REGS) & 7) != 7)
        e = "-cosim kvm: /dev/kvm does not sync registers, segments and events";
    close(fd);
    if (e) {
        *err = e;
        return -1;
    }
    *backend = backend_name();
    return 0;
}
#endif
