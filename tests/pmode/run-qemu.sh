#!/bin/sh
# run-qemu.sh ROM [kvm|tcg] [qemu -cpu model]: runs a test ROM under
# qemu-system-i386 (a developer's cross-check of the expected values, not
# part of make check) and prints its port-0xE9 output.  Stops QEMU as soon
# as the summary line appears, or after $QEMU_TIMEOUT seconds (default 20).
# kvm: -enable-kvm -cpu host (real mode and unpaged protected mode);
# tcg: -accel tcg -cpu pentium3 (or the given model).
rom=$1
accel=${2:-tcg}
model=$3
timeout=${QEMU_TIMEOUT:-20}
if test -z "$rom" || test ! -f "$rom"; then
    echo "usage: run-qemu.sh ROM [kvm|tcg] [cpu-model]" >&2
    exit 2
fi
case $accel in
kvm) opts="-enable-kvm -cpu ${model:-host,-arch-capabilities}" ;;
*)   opts="-accel tcg -cpu ${model:-pentium3}" ;;
esac
out=$(mktemp)
# shellcheck disable=SC2086
qemu-system-i386 $opts -bios "$rom" -display none -nodefaults \
    -debugcon "file:$out" >/dev/null 2>&1 &
pid=$!
i=0
while kill -0 "$pid" 2>/dev/null; do
    if grep -q '^TESTS ' "$out"; then
        break
    fi
    i=$((i + 1))
    if test "$i" -ge $((timeout * 10)); then
        echo "run-qemu.sh: timeout" >&2
        break
    fi
    sleep 0.1
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
cat "$out"
rm -f "$out"
