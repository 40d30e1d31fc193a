#!/bin/sh
# End-to-end runs of tiny hand-assembled BIOS images: the run loop's stops
# (0 halted, 3 instruction limit) with their messages, and
# guest output through the 0xE9 debug console. The code sits at the reset
# vector, F000:FFF0, which is the last 16 bytes of a 4 KiB image.
: "${TWIN86:?set TWIN86 to the twin86 binary}"
[ -x "$TWIN86" ] || { echo "no twin86 binary at $TWIN86"; exit 77; }

dir=$(mktemp -d) || exit 99
trap 'rm -rf "$dir"' EXIT
failures=0

# rom NAME BYTES(octal escapes for printf) LENGTH
rom() {
    { head -c 4080 /dev/zero; printf "$2"; head -c $((16 - $3)) /dev/zero; } >"$dir/$1.rom"
}

# expect NAME STATUS STDOUT STDERR [options...]: exact stdout and stderr.
expect() {
    name=$1 want_status=$2 want_out=$3 want_err=$4
    shift 4
    "$TWIN86" -bios "$dir/$name.rom" "$@" >"$dir/out" 2>"$dir/err" </dev/null
    status=$?
    if [ "$status" -ne "$want_status" ] || [ "$(cat "$dir/out")" != "$want_out" ] ||
        [ "$(cat "$dir/err")" != "$want_err" ]; then
        echo "FAIL: $name: exit $status (want $want_status)"
        echo "  stdout: $(cat "$dir/out")   (want: $want_out)"
        echo "  stderr: $(cat "$dir/err")   (want: $want_err)"
        failures=$((failures + 1))
    else
        echo "ok: $name: exit $status: $(cat "$dir/err")"
    fi
}

rom cli_hlt '\372\364' 2                                  # cli; hlt
rom jmp_self '\353\376' 2                                 # jmp $
rom sti_hlt '\373\364' 2                                  # sti; hlt
rom set_pe '\017\040\300\014\001\017\042\300' 8           # mov eax,cr0; or al,1; mov cr0,eax
rom hello '\260\101\346\351\260\012\346\351\372\364' 10   # mov al,'A'; out 0xE9,al; (\n); cli; hlt

expect cli_hlt 0 "" "twin86: CPU halted with interrupts disabled at CS:EIP F000:0000FFF2"
expect jmp_self 3 "" "twin86: instruction limit 1000 reached" -max-instructions 1000
expect sti_hlt 0 "" \
    "twin86: CPU halted at CS:EIP F000:0000FFF2 with no timer armed, so nothing can wake it"
expect hello 0 "A" "twin86: CPU halted with interrupts disabled at CS:EIP F000:0000FFFA"
expect hello 0 "" "twin86: CPU halted with interrupts disabled at CS:EIP F000:0000FFFA" \
    -debugcon none
expect hello 0 "" "twin86: CPU halted with interrupts disabled at CS:EIP F000:0000FFFA" \
    -debugcon "file:$dir/console.txt"
if [ "$(cat "$dir/console.txt")" != "A" ]; then
    echo "FAIL: -debugcon file: got '$(cat "$dir/console.txt")'"
    failures=$((failures + 1))
fi

# Protected mode with no descriptor tables ends in a triple fault, which resets
# the CPU and loops: each reset is logged (the first few), the run goes on.
"$TWIN86" -bios "$dir/set_pe.rom" -max-instructions 100000 >/dev/null 2>"$dir/err"
status=$?
if [ "$status" -ne 3 ] || [ "$(grep -c '^twin86: triple fault' "$dir/err")" -ne 5 ] ||
    [ "$(tail -n 1 "$dir/err")" != "twin86: instruction limit 100000 reached" ]; then
    echo "FAIL: triple-fault loop: exit $status, stderr:"
    sed 's/^/    /' "$dir/err"
    failures=$((failures + 1))
else
    echo "ok: set_pe: exit 3, $(wc -l <"$dir/err") stderr lines"
fi

[ "$failures" -eq 0 ]
