#!/usr/bin/env bash
# Boots Debian's i386 "686" kernel with a busybox initramfs (linux.img, made by
# build-images: SYSLINUX on a FAT hard disk; console=ttyS0 console=tty0,
# cryptomgr.notests) and talks to it both ways:
#  - on the keyboard: at a fixed virtual time (TYPE_AT, well after the shell
#    on tty1 is up) -type-at types commands whose output lands on the VGA text
#    screen, checked in the -textdump at the end; the last of them tells the
#    serial port it is done;
#  - on the serial port (COM1 on standard input and output): once the marker
#    and the prompt are there, commands whose output is checked (among them
#    SHA-256 against the host's answer, a gzip round trip and floating-point
#    arithmetic in awk), and finally
#    `twin86-exit 42`, which ends the run through isa-debug-exit (status 85).
# The run is deterministic up to the first byte on the serial port, which
# the test sends only after the keyboard part is done.
set -u
. "$(dirname "$0")/lib.sh"

img=$(image linux) || exit $?
TYPE_AT=${TYPE_AT:-90}            # virtual seconds; the shell is up at about 60
LIMIT=${LIMIT:-200000000000}   # ticks (4000 s virtual): a backstop only; the guest idles while the
                                  # test types on the serial port, and idle time runs fast headless
WALL=${WALL:-400}                 # wall-clock seconds for each wait

serial_start -hda "$img" -boot c -m 128 -snapshot -display none \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -max-instructions "$LIMIT" \
    -type-at "$TYPE_AT,echo K1=\$((6*7)); echo K2=\$(uname -m); grep -c Twin86Twin86 /proc/cpuinfo; echo KBD-DONE >/dev/ttyS0\n" \
    -textdump "$tmp/screen" -stats
start=$SECONDS

ok=1
serial_expect "TWIN86-LINUX-READY" "$WALL" && serial_expect "twin86# " 60 || ok=0
if [ $ok -eq 1 ]; then
    ready=$(grep -a -m1 'TWIN86-LINUX-READY' "$tmp/serial" | tr -d '\r')
    say "ok: the shell prompt on the serial port after $((SECONDS - start)) s ($ready)"
    virt=$(sed -n 's/.*virtual=\([0-9]*\).*/\1/p' <<<"$ready")
    if [ -n "$virt" ] && [ "$virt" -ge $((TYPE_AT - 2)) ]; then
        say "FAIL: the shell came up at ${virt}s virtual, too late for the keys typed at ${TYPE_AT}s: raise TYPE_AT"
        ok=0
    fi
fi
if [ $ok -eq 1 ]; then
    # The keyboard commands write KBD-DONE here when they have run.
    serial_expect "KBD-DONE" 120 || ok=0
fi
if [ $ok -eq 1 ]; then
    say "ok: the commands typed at ${TYPE_AT}s ran"
    # Outputs are matched on text the echoed command line does not contain.
    for step in 'echo "S1=$((6*7))"|S1=42' \
                'echo "S2=$(uname -m)"|S2=i686' \
                'grep -m1 vendor_id /proc/cpuinfo | tr a-z A-Z|TWIN86TWIN86' \
                'echo "S3=$(cat /proc/cmdline)"|S3=BOOT_IMAGE=vmlinuz console=ttyS0,115200 console=tty0' \
                'mount | grep -c -e proc -e sysfs -e devtmpfs | sed s/^/S4=/|S4=3' \
                'echo "S5=$(ls /sys/class/tty | grep -c ttyS)"|S5=4' \
                "echo -n twin86 | sha256sum | sed s/^/S6=/|S6=$(printf twin86 | sha256sum | cut -c1-64)" \
                'head -c 300000 /bin/busybox | gzip | gunzip | cmp -n 300000 - /bin/busybox && echo S7=sa""me|S7=same' \
                "awk 'BEGIN { x = 1; for (i = 0; i < 50; i++) x *= 1.1; printf \"S8=%.8f %.10f\\n\", x, 1/3 }'|S8=117.39085288 0.3333333333"; do
        cmd=${step%|*} want=${step##*|}
        serial_send '%s\n' "$cmd"
        if serial_expect "$want" 120 && serial_expect "twin86# " 60; then
            say "ok: serial: $cmd -> $want"
        else
            say "FAIL: serial: $cmd did not print $want"
            failures=$((failures + 1))
        fi
    done
    serial_send 'twin86-exit 42\n'
fi
serial_wait "$WALL"
say "twin86 exited with status $serial_status after $((SECONDS - start)) s: $(grep stats "$tmp/stderr")"
[ "$serial_status" -eq 85 ] || { say "FAIL: exit status $serial_status, not 85 (isa-debug-exit 42)"; failures=$((failures + 1)); }

# Kernel trouble shows in its log even when the shell came up.
if grep -nE 'Kernel panic|Oops|BUG:|general protection|invalid opcode|Illegal instruction|segfault|self-tests? .*fail' "$tmp/serial"; then
    say "FAIL: the kernel log has the errors above"
    failures=$((failures + 1))
fi

if [ -s "$tmp/screen" ]; then
    expect_in "$tmp/screen" "screen: the marker on tty1" 'TWIN86-LINUX-READY'
    expect_in "$tmp/screen" "screen: keyboard: echo \$((6*7))" '^K1=42'
    expect_in "$tmp/screen" "screen: keyboard: uname -m" '^K2=i686'
    expect_in "$tmp/screen" "screen: keyboard: vendor in /proc/cpuinfo" '^1 *$'
else
    say "FAIL: no text screen dump"
    failures=$((failures + 1))
fi

if [ $ok -ne 1 ] || [ $failures -ne 0 ]; then
    say "serial log (last 60 lines):"
    tail -n 60 "$tmp/serial" | sed 's/^/    | /'
    sed 's/^/    stderr| /' "$tmp/stderr"
    exit 1
fi
say "PASS"
