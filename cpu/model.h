/* The CPU model twin86 presents: one coherent i686-class identity whose CPUID
 * bits say exactly what the interpreter implements (docs/cpu-model.md). */
#ifndef TWIN86_MODEL_H
#define TWIN86_MODEL_H

#define MODEL_VENDOR "Twin86Twin86"          /* 12 characters: EBX, EDX, ECX */
#define MODEL_BRAND "twin86 i686-class interpretive CPU"
#define MODEL_FAMILY 6u
#define MODEL_MODEL 1u
#define MODEL_STEPPING 1u
#define MODEL_SIGNATURE ((MODEL_FAMILY << 8) | (MODEL_MODEL << 4) | MODEL_STEPPING)

/* CPUID.1:EDX */
#define CPUID_TSC (1u << 4)
#define CPUID_MSR (1u << 5)
#define CPUID_CX8 (1u << 8)
#define CPUID_CMOV (1u << 15)
#define MODEL_FEATURES_EDX (CPUID_TSC | CPUID_MSR | CPUID_CX8 | CPUID_CMOV)

/* CR4 bits the model accepts: TSD only, for now. */
#define MODEL_CR4_MASK (1u << 2)

#define MSR_TSC 0x10u

#endif
