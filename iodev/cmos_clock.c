/* Time register encoding for the RTC (see cmos_clock.h). Dates use the
 * proleptic Gregorian calendar via day counts from 1970-01-01; the year is
 * century * 100 + year register, so 1999 -> 2000 carries into the century. */
#include "cmos_clock.h"

#define DAY 86400

static inline int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b < 0); }

/* Days from 1970-01-01 to y-m-d, counting years from March so that the leap
 * day falls at the end of a cycle year. */
static int64_t days_from_date(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                                  /* 0..399 */
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1; /* 0..365 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          /* 0..146096 */
    return era * 146097 + doe - 719468;
}

static void date_from_days(int64_t days, int64_t *y, int *m, int *d) {
    days += 719468;
    int64_t era = floor_div(days, 146097);
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static inline uint8_t enc(unsigned v, uint8_t reg_b) {
    return (reg_b & RTC_B_BIN) ? (uint8_t)v : (uint8_t)((v / 10) << 4 | v % 10);
}

static inline unsigned dec(uint8_t v, uint8_t reg_b) {
    return (reg_b & RTC_B_BIN) ? v : (v >> 4) * 10u + (v & 15);
}

static uint8_t enc_hour(unsigned h, uint8_t reg_b) {
    if (reg_b & RTC_B_24H)
        return enc(h, reg_b);
    unsigned h12 = h % 12 ? h % 12 : 12;
    return enc(h12, reg_b) | (h >= 12 ? 0x80 : 0);
}

static unsigned dec_hour(uint8_t v, uint8_t reg_b) {
    if (reg_b & RTC_B_24H)
        return dec(v, reg_b);
    return dec(v & 0x7F, reg_b) % 12 + ((v & 0x80) ? 12 : 0);
}

void rtc_encode(uint8_t *ram, int64_t secs, uint8_t reg_b) {
    int64_t days = floor_div(secs, DAY), sod = secs - days * DAY, year;
    int month, mday;
    date_from_days(days, &year, &month, &mday);
    ram[RTC_SEC] = enc((unsigned)(sod % 60), reg_b);
    ram[RTC_MIN] = enc((unsigned)(sod / 60 % 60), reg_b);
    ram[RTC_HOUR] = enc_hour((unsigned)(sod / 3600), reg_b);
    ram[RTC_WDAY] = enc((unsigned)((days % 7 + 11) % 7 + 1), reg_b); /* 1970-01-01: Thursday */
    ram[RTC_MDAY] = enc((unsigned)mday, reg_b);
    ram[RTC_MONTH] = enc((unsigned)month, reg_b);
    ram[RTC_YEAR] = enc((unsigned)(year % 100), reg_b);
    ram[RTC_CENTURY] = enc((unsigned)(year / 100 % 100), reg_b);
}

static inline unsigned clamp(unsigned v, unsigned lo, unsigned hi) {
    return v < lo ? lo : v > hi ? hi : v;
}

int64_t rtc_decode(const uint8_t *ram, uint8_t reg_b) {
    int64_t year = dec(ram[RTC_CENTURY], reg_b) * 100 + dec(ram[RTC_YEAR], reg_b) % 100;
    int month = (int)clamp(dec(ram[RTC_MONTH], reg_b), 1, 12);
    int mday = (int)clamp(dec(ram[RTC_MDAY], reg_b), 1, 31);
    int64_t sod = clamp(dec_hour(ram[RTC_HOUR], reg_b), 0, 23) * 3600 +
                  clamp(dec(ram[RTC_MIN], reg_b), 0, 59) * 60 +
                  clamp(dec(ram[RTC_SEC], reg_b), 0, 59);
    return days_from_date(year, month, mday) * DAY + sod;
}

static inline int field_matches(uint8_t alarm, uint8_t now) {
    return (alarm & 0xC0) == 0xC0 || alarm == now;
}

int64_t rtc_alarm_next(const uint8_t *ram, int64_t secs, uint8_t reg_b) {
    int64_t sod = secs - floor_div(secs, DAY) * DAY;
    /* Skips whole hours and minutes that cannot match: a few hundred steps. */
    for (int64_t k = 0; k < DAY;) {
        int64_t s = (sod + k) % DAY;
        if (!field_matches(ram[RTC_HOUR_ALARM], enc_hour((unsigned)(s / 3600), reg_b)))
            k += 3600 - s % 3600;
        else if (!field_matches(ram[RTC_MIN_ALARM], enc((unsigned)(s / 60 % 60), reg_b)))
            k += 60 - s % 60;
        else if (!field_matches(ram[RTC_SEC_ALARM], enc((unsigned)(s % 60), reg_b)))
            k++;
        else
            return k;
    }
    return -1;
}
