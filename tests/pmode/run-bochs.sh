#!/bin/sh
# run-bochs.sh ROM [cpu-model]: runs a test ROM under Bochs (a developer's
# cross-check of the expected values, not part of make check; Debian
# package 'bochs') and prints its port-0xE9 output.  Stops Bochs as soon as
# the summary line appears, or after $BOCHS_TIMEOUT seconds (default 60).
rom=$1
model=${2:-p3_katmai}
timeout=${BOCHS_TIMEOUT:-60}
if test -z "$rom" || test ! -f "$rom"; then
    echo "usage: run-bochs.sh ROM [cpu-model]" >&2
    exit 2
fi
dir=$(mktemp -d)
case $rom in /*) ;; *) rom=$(pwd)/$rom ;; esac
cat > "$dir/bochsrc" <<EOC
megs: 32
romimage: file=$rom, address=0xffff0000
cpu: model=$model, count=1, ips=50000000, ignore_bad_msrs=0
display_library: rfb, options="timeout=0"
vga: extension=none
port_e9_hack: enabled=1
log: $dir/bochs.log
panic: action=fatal
error: action=report
info: action=ignore
debug: action=ignore
clock: sync=none, time0=1
speaker: enabled=0
plugin_ctrl: speaker=0, sb16=0, es1370=0, serial=0, parallel=0, unmapped=1, biosdev=0, extfpuirq=0, gameport=0, iodebug=0
EOC
printf 'c\nc\nc\nc\n' > "$dir/cmds"
bochs -q -f "$dir/bochsrc" -rc "$dir/cmds" > "$dir/out" 2>/dev/null &
pid=$!
i=0
while kill -0 "$pid" 2>/dev/null; do
    if grep -aq '^TESTS ' "$dir/out"; then
        break
    fi
    i=$((i + 1))
    if test "$i" -ge $((timeout * 10)); then
        echo "run-bochs.sh: timeout" >&2
        break
    fi
    sleep 0.1
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
grep -a -E '^(ok|FAIL|TESTS|#) ' "$dir/out"
rm -rf "$dir"
