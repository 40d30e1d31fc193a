/* Host-side model of the benchmark guests: the same integer mixes in C, so
 * the checksum each guest prints can be predicted without running it.
 * Usage: model flat32|real16 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define ITERATIONS 4000000u

static uint32_t rol32(uint32_t v, unsigned n) { return (v << n) | (v >> (32 - n)); }
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
    fprintf(stderr, "usage: model flat32|paged32|real16\n");
    return 2;
}
