#!/usr/bin/env bash
# Boots Debian's memtest86+ (32-bit, started by SYSLINUX from a FAT hard disk:
# memtest.img from build-images) for a bounded virtual time and checks its
# test screen in the -textdump: the header with our CPU's brand string, a
# test under way, and no errors.
set -u
. "$(dirname "$0")/lib.sh"

img=$(image memtest) || exit $?
LIMIT=${LIMIT:-700000000}   # instruction ticks: 14 virtual seconds, into test #3

start=$SECONDS
"$TWIN86" -hda "$img" -boot c -snapshot -display none -m 32 \
    -max-instructions "$LIMIT" -textdump "$tmp/screen" -stats </dev/null >"$tmp/out" 2>"$tmp/err"
st=$?
say "twin86 exited with status $st after $((SECONDS - start)) s: $(grep stats "$tmp/err")"
[ $st -eq 3 ] || { say "FAIL: exit status $st, not 3 (instruction limit)"; cat "$tmp/err"; failures=$((failures + 1)); }
if [ -s "$tmp/screen" ]; then
    expect_in "$tmp/screen" "memtest86+ header" 'Memtest86\+ v[0-9]'
    expect_in "$tmp/screen" "our CPU's brand string" 'twin86 i686-class interpretive CPU'
    expect_in "$tmp/screen" "memory size" 'Memory *: *3[12][0-9.]*MB'
    expect_in "$tmp/screen" "a test under way" 'Test #[3-9]'
    expect_in "$tmp/screen" "status: testing" 'Status: Testing'
    expect_in "$tmp/screen" "no errors" 'Errors: 0( |$)'
else
    say "FAIL: no text screen dump"
    cat "$tmp/err"
    failures=$((failures + 1))
fi
[ $failures -eq 0 ] || { sed 's/^/    | /' "$tmp/screen" 2>/dev/null; exit 1; }
say "PASS"
