/* The CPU model twin86 presents: one coherent i686-class identity whose CPUID
 * bits say exactly what the interpreter implements (docs/cpu.md). */
#ifndef TWIN86_MODEL_H
#define TWIN86_MODEL_H

#define MODEL_VENDOR "Twin86Twin86"          /* 12 characters: EBX, EDX, ECX */
#define MODEL_BRAND "twin86 i686-class interpretive CPU"
#define MODEL_FAMILY 6u
#define MODEL_MODEL 1u
#define MODEL_STEPPING 3u
#define MODEL_SIGNATURE ((MODEL_FAMILY << 8) | (MODEL_MODEL << 4) | MODEL_STEPPING)

/* CPUID.1:EDX */
#define CPUID_FPU (1u << 0)
#define CPUID_VME (1u << 1)
#define CPUID_PSE (1u << 3)
#define CPUID_TSC (1u << 4)
#define CPUID_MSR (1u << 5)
#define CPUID_CX8 (1u << 8)
#define CPUID_SEP (1u << 11)
#define CPUID_PGE (1u << 13)
#define CPUID_CMOV (1u << 15)
#define MODEL_FEATURES_EDX \
    (CPUID_FPU | CPUID_VME | CPUID_PSE | CPUID_TSC | CPUID_MSR | CPUID_CX8 | CPUID_SEP | CPUID_PGE | CPUID_CMOV)

/* CR4 bits the model accepts: VME, PVI, TSD, PSE, PGE, PCE. */
#define CR4_VME (1u << 0)
#define CR4_PVI (1u << 1)
#define CR4_TSD (1u << 2)
#define CR4_PSE (1u << 4)
#define CR4_PGE (1u << 7)
#define CR4_PCE (1u << 8)
#define MODEL_CR4_MASK (CR4_VME | CR4_PVI | CR4_TSD | CR4_PSE | CR4_PGE | CR4_PCE)

#define MSR_TSC 0x10u
#define MSR_SYSENTER_CS 0x174u
#define MSR_SYSENTER_ESP 0x175u
#define MSR_SYSENTER_EIP 0x176u

#endif
