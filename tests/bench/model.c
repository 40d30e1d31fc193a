/* Host-side model of the benchmark guests: the same integer mixes in C, so
 * the checksum each guest prints can be predicted without running it.
 * Usage: model flat32|paged32|real16|reg32|mem32 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define ITERATIONS 4000000u
#define REG32_ITERATIONS 5000000u
#define MEM32_ITERATIONS 4000000u
#define MEM32_WORDS 16384u

static uint32_t rol32(uint32_t v, unsigned n) { return (v << n) | (v >> (32 - n)); }
static uint32_t ror32(uint32_t v, unsigned n) { return (v >> n) | (v << (32 - n)); }
/* SAR without relying on C's implementation-defined signed right shift. */
static uint32_t sar32(uint32_t v, unsigned n) { return (v >> n) | (v >> 31 ? ~(0xFFFFFFFFu >> n) : 0); }
static int lt_signed(uint32_t a, uint32_t b) { return (a ^ 0x80000000u) < (b ^ 0x80000000u); }
static uint16_t rol16(uint16_t v, unsigned n) { return (uint16_t)((v << n) | (v >> (16 - n))); }

static uint32_t mix32(void)
{
    static uint32_t buf[1024];
    uint32_t x = 2463534242u, sum = 0;
    memset(buf, 0, sizeof buf);
    for (uint32_t n = ITERATIONS; n; n--) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        uint32_t i = x & 1023;
        buf[i] += x;
        sum += buf[(i * 7) & 1023];
        sum = rol32(sum, 3) ^ x;
    }
    return sum;
}

static uint16_t mix16(void)
{
    static uint8_t buf[4096];
    uint16_t x = 0xACE1, sum = 0;
    memset(buf, 0, sizeof buf);
    /* The guest counts CX through 65536 per outer round: ITERATIONS/65536 rounds. */
    for (uint32_t n = (ITERATIONS / 65536) * 65536u; n; n--) {
        x ^= (uint16_t)(x << 7);
        x ^= (uint16_t)(x >> 9);
        x ^= (uint16_t)(x << 8);
        uint16_t b = x & 2046, d = (uint16_t)((b * 7) & 2046);
        uint16_t w = (uint16_t)(buf[b] | buf[b + 1] << 8);
        w = (uint16_t)(w + x);
        buf[b] = (uint8_t)w;
        buf[b + 1] = (uint8_t)(w >> 8);
        sum = (uint16_t)(sum + (buf[d] | buf[d + 1] << 8));
        sum = rol16(sum, 3) ^ x;
    }
    return sum;
}

/* reg32: register-only loop; the branches follow the guest's JZ and JGE. */
static uint32_t reg32(void)
{
    uint32_t x = 2463534242u, a = 0x12345678u, sum = 0;
    for (uint32_t n = REG32_ITERATIONS; n; n--) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        a = a * 5 + 0x9E3779B9u + x;
        uint32_t t = sar32(a, 3) - sum;
        sum = (x & 1) ? sum + 1 + t : (sum - 1) ^ t;
        sum = ror32(sum, 5);
        if (lt_signed(t, a))
            sum = ~(sum | (-t & 0x0F0F0F0Fu));
    }
    return sum ^ a;
}

/* mem32's subroutine: buf[i] ^= v, returns v + buf[i] and adds that to the
 * word picked by byte 1 of buf[i]. */
static uint32_t touch(uint32_t *buf, uint32_t v, uint32_t i)
{
    buf[i] ^= v;
    uint32_t w = v + buf[i];
    buf[(buf[i] >> 8) & 0xFF] += w;
    return w;
}

static uint32_t mem32(uint32_t *buf)
{
    uint32_t x = 12345, sum = 0;
    memset(buf, 0, MEM32_WORDS * sizeof *buf);
    for (uint32_t n = MEM32_ITERATIONS; n; n--) {
        x = x * 1664525u + 1013904223u;
        uint32_t i = x >> 18, v = buf[i];
        buf[i] += x;
        i ^= 0x2A5A;
        buf[i] = x;
        sum = rol32(sum + touch(buf, v, i), 1);
    }
    for (uint32_t c = MEM32_WORDS; c; c--)
        sum = rol32(sum + buf[c - 1], 1);
    return sum;
}

int main(int argc, char **argv)
{
    if (argc == 2 && (!strcmp(argv[1], "flat32") || !strcmp(argv[1], "paged32"))) {
        printf("CHECKSUM %08x\n", mix32());
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "real16")) {
        printf("CHECKSUM %04x\n", mix16());
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "reg32")) {
        printf("CHECKSUM %08x\n", reg32());
        return 0;
    }
    if (argc == 2 && !strcmp(argv[1], "mem32")) {
        uint32_t buf[MEM32_WORDS];
        printf("CHECKSUM %08x\n", mem32(buf));
        return 0;
    }
    fprintf(stderr, "usage: model flat32|paged32|real16|reg32|mem32\n");
    return 2;
}
