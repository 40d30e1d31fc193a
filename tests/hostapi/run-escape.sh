#!/bin/sh
# run-escape.sh ROM: the automake LOG_COMPILER for the hostapi guest ROMs.
# Runs the ROM as twin86's BIOS with the debug console on stdout, with
# -hostapi unless the ROM's name ends in -off.rom, and passes (exit 0) only
# when it printed "TESTS <n> passed, 0 failed", no FAIL line, and twin86
# exited 0; 99 when the ROM or twin86 is missing.
rom=$1
twin86=${TWIN86:-../../twin86}
if test -z "$rom" || test ! -f "$rom"; then
    echo "run-escape.sh: ROM '$rom' not found" >&2
    exit 99
fi
if test ! -x "$twin86"; then
    echo "run-escape.sh: twin86 binary '$twin86' not found (set TWIN86)" >&2
    exit 99
fi
case $rom in
*-off.rom) flags= ;;
*) flags=-hostapi ;;
esac
out=$("$twin86" -bios "$rom" $flags -display none -debugcon stdio -max-instructions 200000000 2>&1)
status=$?
printf '%s\n' "$out"
summary=$(printf '%s\n' "$out" | grep -E '^TESTS [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
if test -z "$summary"; then
    echo "run-escape.sh: $rom printed no summary line (twin86 exit status $status)" >&2
    exit 1
fi
if printf '%s\n' "$out" | grep -q '^FAIL' || ! printf '%s\n' "$summary" | grep -q ' 0 failed$'; then
    echo "run-escape.sh: $rom: $summary" >&2
    exit 1
fi
if test "$status" != 0; then
    echo "run-escape.sh: $rom: twin86 exited with status $status" >&2
    exit 1
fi
exit 0
