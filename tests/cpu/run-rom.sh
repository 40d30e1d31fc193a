#!/bin/sh
# run-rom.sh ROM: the automake LOG_COMPILER for the CPU test ROMs.
# Runs the ROM as twin86's BIOS with the debug console (port 0xE9) on stdout,
# prints what it printed and exits 0 only if the ROM's summary line
# "TESTS <n> passed, 0 failed" appeared, no "FAIL" line did and twin86 exited
# 0; 1 otherwise; 99 (hard error) if the ROM or the twin86 binary is missing.
# The binary is $TWIN86 if set, else ../../twin86 (the build tree's);
# $ROM_FLAGS adds options (plain-cpu.sh: -plain-cpu).
rom=$1
twin86=${TWIN86:-../../twin86}

if test -z "$rom" || test ! -f "$rom"; then
    echo "run-rom.sh: ROM '$rom' not found" >&2
    exit 99
fi
if test ! -x "$twin86"; then
    echo "run-rom.sh: twin86 binary '$twin86' not found (set TWIN86)" >&2
    exit 99
fi

# shellcheck disable=SC2086
out=$("$twin86" -bios "$rom" -display none -debugcon stdio \
      -max-instructions 200000000 $ROM_FLAGS 2>&1)
status=$?
printf '%s\n' "$out"

summary=$(printf '%s\n' "$out" | grep -E '^TESTS [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
if test -z "$summary"; then
    echo "run-rom.sh: $rom printed no summary line (twin86 exit status $status)" >&2
    exit 1
fi
if printf '%s\n' "$out" | grep -q '^FAIL'; then
    echo "run-rom.sh: $rom: failed checks: $summary" >&2
    exit 1
fi
failed=$(printf '%s\n' "$summary" | sed 's/^TESTS [0-9]* passed, \([0-9]*\) failed$/\1/')
if test "$failed" != 0; then
    echo "run-rom.sh: $rom: $summary" >&2
    exit 1
fi
if test "$status" != 0; then
    echo "run-rom.sh: $rom: twin86 exited with status $status after the summary" >&2
    exit 1
fi
exit 0
