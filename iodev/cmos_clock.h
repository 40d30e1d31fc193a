/* MC146818 time registers <-> seconds since 1970-01-01 00:00:00, in the
 * format register B selects (BCD or binary, 12 or 24 hours). Internal to the
 * RTC (see cmos.h). The chip's day of week runs 1 (Sunday) to 7. */
#ifndef TWIN86_CMOS_CLOCK_H
#define TWIN86_CMOS_CLOCK_H

#include <stdint.h>

enum {
    RTC_SEC = 0x00,
    RTC_SEC_ALARM = 0x01,
    RTC_MIN = 0x02,
    RTC_MIN_ALARM = 0x03,
    RTC_HOUR = 0x04,
    RTC_HOUR_ALARM = 0x05,
    RTC_WDAY = 0x06,
    RTC_MDAY = 0x07,
    RTC_MONTH = 0x08,
    RTC_YEAR = 0x09,
    RTC_REG_A = 0x0A,
    RTC_REG_B = 0x0B,
    RTC_REG_C = 0x0C,
    RTC_REG_D = 0x0D,
    RTC_CENTURY = 0x32
};

enum {
    RTC_B_SET = 0x80,
    RTC_B_PIE = 0x40,
    RTC_B_AIE = 0x20,
    RTC_B_UIE = 0x10,
    RTC_B_SQWE = 0x08,
    RTC_B_BIN = 0x04,
    RTC_B_24H = 0x02,
    RTC_B_DSE = 0x01
};

/* Writes seconds, minutes, hours, day of week, date, month, year and century. */
void rtc_encode(uint8_t *ram, int64_t secs, uint8_t reg_b);

/* Reads the same registers back (the day of week is not needed). Nonsense
 * values are clamped into range rather than rejected. */
int64_t rtc_decode(const uint8_t *ram, uint8_t reg_b);

/* Smallest k >= 0 for which the time secs + k matches the alarm registers
 * (a value with both top bits set matches anything), or -1 if none can. */
int64_t rtc_alarm_next(const uint8_t *ram, int64_t secs, uint8_t reg_b);

#endif
