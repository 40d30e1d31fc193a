#!/bin/sh
# debugger-hostapi.sh: the debugger stops at a hostapi call ("hostapi break")
# and logs calls ("hostapi trace on"), running escape.rom (built by this
# folder's make check before the tests run) under -hostapi -debugger.
twin86=${TWIN86:-../../twin86}
rom=escape.rom
test -f "$rom" || { echo "SKIP: $rom is not built"; exit 77; }
script=$(mktemp) || exit 99
trap 'rm -f "$script"' EXIT
fail=0

printf 'hostapi break\nc\nq\n' >"$script"
out=$("$twin86" -bios "$rom" -hostapi -display none -debugcon none -debugger \
      -debugger-script "$script" 2>&1)
if printf '%s\n' "$out" | grep -q '^(sim1) hostapi call at icount [0-9]*, F000:'; then
    echo "ok: hostapi break stops the run at the call"
else
    echo "FAIL: no stop at a hostapi call:"; printf '%s\n' "$out" | tail -5; fail=1
fi

printf 'hostapi trace on\nc\nq\n' >"$script"
out=$("$twin86" -bios "$rom" -hostapi -display none -debugcon none -debugger \
      -debugger-script "$script" 2>&1)
n=$(printf '%s\n' "$out" | grep -c '^(sim1) hostapi escape block [0-9A-F]* service 0 request 0 -> status 0')
if [ "$n" -ge 2 ]; then
    echo "ok: hostapi trace logged $n probe calls"
else
    echo "FAIL: hostapi trace logged $n probe calls:"; printf '%s\n' "$out" | tail -5; fail=1
fi

printf 'c\nq\n' >"$script"
out=$("$twin86" -bios "$rom" -hostapi -display none -debugcon none -debugger \
      -debugger-script "$script" 2>&1)
if printf '%s\n' "$out" | grep -q 'hostapi escape block\|hostapi call at'; then
    echo "FAIL: hostapi calls stopped or were logged without being asked for"; fail=1
else
    echo "ok: neither without the commands"
fi
exit $fail
