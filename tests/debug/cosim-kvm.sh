#!/bin/sh
# cosim-kvm.sh: every real-mode CPU test ROM (tests/cpu) runs with -cosim
# kvm, the host CPU through /dev/kvm single-stepped in lockstep with the
# interpreter; passes when no ROM diverges and each still prints its passing
# summary, and shows the slave's instructions per second. Skips (77) without
# a usable /dev/kvm or without the ROMs (nasm missing).
twin86=${TWIN86:-../../twin86}
dir=${CPU_ROMS_DIR:-../cpu}
notes=$(mktemp) || exit 99
trap 'rm -f "$notes"' EXIT
found=0 bad=0
for rom in "$dir"/*.rom; do
    test -f "$rom" || continue
    found=1
    # the guest's report on stdout, the slave's notes on stderr
    guest=$("$twin86" -bios "$rom" -display none -debugcon stdio -max-instructions 200000000 \
            -cosim kvm 2>"$notes")
    status=$?
    out=$(printf '%s\n' "$guest"; cat "$notes")
    if printf '%s\n' "$out" | grep -q '^twin86: -cosim kvm:'; then
        printf '%s\n' "$out" | grep 'cosim kvm'   # no KVM, or it cannot run real mode
        exit 77
    fi
    if printf '%s\n' "$out" | grep -q 'divergence\|diverged\|differ after'; then
        printf '%s\n' "$out" | grep -A20 'differ after\|divergence'
        echo "FAIL $rom: diverged"; bad=1
    elif ! printf '%s\n' "$guest" | grep -q '^TESTS [0-9]* passed, 0 failed$'; then
        echo "FAIL $rom: no passing summary (status $status)"; bad=1
    elif ! printf '%s\n' "$out" | grep -q 'instructions single-stepped on KVM.* instructions per second'; then
        echo "FAIL $rom: no instructions-per-second line"; bad=1
    else
        echo "ok $rom: $(printf '%s\n' "$out" | grep -o '[0-9]* instructions single-stepped.*per second' |
              sed 's/ on KVM ([^)]*([^)]*))//')"
        printf '%s\n' "$out" | grep 'slave cannot follow\|taken from the master unchecked' | sed 's/^/  /'
    fi
done
test $found = 1 || { echo "no ROMs in $dir"; exit 77; }
exit $bad
