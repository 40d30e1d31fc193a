#!/bin/sh
# plain-cpu.sh: every CPU test ROM again with -plain-cpu, the CPU with its
# fast paths off (no traces or decoded-code cache, no translation cache, no
# repeat speedup, the generic handlers): the paths -cosim ref checks the
# fast ones against must pass the same tests on their own.
here=$(dirname "$0")
found=0 bad=0
for rom in $CPU_ROMS; do
    test -f "$rom" || { echo "plain-cpu.sh: $rom not built"; exit 99; }
    found=1
    if ROM_FLAGS=-plain-cpu "${SHELL:-/bin/sh}" "$here/run-rom.sh" "$rom" >plain-cpu.out 2>&1; then
        echo "ok $rom ($(grep -E '^TESTS' plain-cpu.out))"
    else
        cat plain-cpu.out
        echo "FAIL $rom with -plain-cpu"
        bad=1
    fi
done
rm -f plain-cpu.out
test $found = 1 || exit 77
exit $bad
