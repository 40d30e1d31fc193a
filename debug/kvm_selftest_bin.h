/* The KVM slave's self-test programs (kvm_selftest.asm, assembled at build time). */
#ifndef TWIN86_DEBUG_KVM_SELFTEST_BIN_H
#define TWIN86_DEBUG_KVM_SELFTEST_BIN_H

extern const unsigned char kvm_selftest_bin[];
extern const unsigned int kvm_selftest_bin_len;

#endif
