#!/bin/sh
# cosim-kvm-pmode.sh: the protected-mode CPU test ROMs (tests/pmode) with
# -cosim kvm. Where the backend cannot follow (paging, task switches, PM
# events on kvm_pvm) the slave says so and the run goes on; no ROM may
# diverge and each must still pass its own tests. Skips (77) without a usable
# /dev/kvm or without the ROMs. (It found the interpreter's interrupt shadow
# after LSS, which the SDM gives to MOV SS and POP SS only.)
twin86=${TWIN86:-../../twin86}
dir=${PMODE_ROMS_DIR:-../pmode}
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
        printf '%s\n' "$out" | grep 'cosim kvm'
        exit 77
    fi
    printf '%s\n' "$out" | grep 'slave cannot follow\|slave follows again' | sed 's/^/  /'
    if printf '%s\n' "$out" | grep -q 'divergence\|diverged\|differ after'; then
        printf '%s\n' "$out" | grep -A20 'differ after\|divergence'
        echo "FAIL $rom: diverged"; bad=1
    elif ! printf '%s\n' "$guest" | grep -q '^TESTS [0-9]* passed, 0 failed$'; then
        echo "FAIL $rom: no passing summary"; bad=1
    else
        echo "ok $rom"
    fi
done
test $found = 1 || { echo "no ROMs in $dir"; exit 77; }
test $bad = 0 || exit 1
exit 0
