/* Memory operands of the x87 wider than the CPU's 1/2/4-byte accesses: the
 * 64-bit and 80-bit formats and the environment/state images. */
#include "access.h"
#include "fpu_ops.h"

void fpu_read(cpu *c, unsigned seg, uint32_t off, uint8_t *buf, unsigned len) {
    uint32_t lin = seg_lin_r(c, seg, off, len);
    unsigned k = 0;
    for (; k + 4 <= len; k += 4) {
        uint32_t v = lin_read(c, lin + k, 4);
        memcpy(buf + k, &v, 4);
    }
    for (; k < len; k++)
        buf[k] = (uint8_t)lin_read(c, lin + k, 1);
}

void fpu_write(cpu *c, unsigned seg, uint32_t off, const uint8_t *buf, unsigned len) {
    uint32_t lin = seg_lin_w(c, seg, off, len);
    lin_probe_write(c, lin, len);
    unsigned k = 0;
    for (; k + 4 <= len; k += 4) {
        uint32_t v;
        memcpy(&v, buf + k, 4);
        lin_write(c, lin + k, v, 4);
    }
    for (; k < len; k++)
        lin_write(c, lin + k, buf[k], 1);
}

uint64_t fpu_read64(cpu *c, unsigned seg, uint32_t off) {
    uint8_t b[8];
    uint64_t v;
    fpu_read(c, seg, off, b, 8);
    memcpy(&v, b, 8);
    return v;
}

fpu_reg fpu_read80(cpu *c, unsigned seg, uint32_t off) {
    uint8_t b[10];
    fpu_reg r;
    fpu_read(c, seg, off, b, 10);
    memcpy(&r.mant, b, 8);
    memcpy(&r.se, b + 8, 2);
    return r;
}
