#!/bin/sh
# test-installed-lib.sh: the installed library and headers work from
# outside the source tree. `make install` goes into a staging directory
# (DESTDIR); every installed header must compile on its own with only the
# installed include directory; docs/examples/one-step.c is then built with
# the flags pkg-config gives for the staged twin86.pc (PKG_CONFIG_SYSROOT_DIR
# points them into the staging directory) and must run one instruction at a
# time with the results the SDM gives. Skips (77) only when there is no
# working C compiler.
top_builddir=${TOP_BUILDDIR:-../..}
top_srcdir=${TOP_SRCDIR:-../..}
cc=${CC:-cc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/twin86-lib.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'int main(void) { return 0; }\n' >"$tmp/cc.c"
$cc -o "$tmp/cc" "$tmp/cc.c" >/dev/null 2>&1 || { echo "no working C compiler ($cc)"; exit 77; }

# A make of its own: not a job of the make running the tests.
stage=$tmp/stage
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL ${MAKE:-make} -C "$top_builddir" install \
        DESTDIR="$stage" >"$tmp/install.log" 2>&1; then
    tail -20 "$tmp/install.log"
    fail "make install DESTDIR=$stage"
fi

inc=$stage${INCLUDEDIR:?INCLUDEDIR not set (run through make check)}
pc=$(find "$stage" -name twin86.pc | head -1)
test -n "$pc" || fail "no twin86.pc installed"
for h in debug cpu iobus memory; do
    test -f "$inc/twin86/$h.h" || fail "$h.h not installed in $inc/twin86"
done

# Each header alone, C99, warnings as errors: no internal header may leak in.
n=0
for h in "$inc"/twin86/*.h; do
    name=$(basename "$h")
    printf '#include <twin86/%s>\nint main(void) { return 0; }\n' "$name" >"$tmp/h.c"
    $cc -std=c99 -Wall -Wextra -Werror -fsyntax-only -I"$inc" "$tmp/h.c" 2>"$tmp/h.err" ||
        { cat "$tmp/h.err"; fail "installed header $name does not compile on its own"; }
    n=$((n + 1))
done
echo "ok: $n installed headers compile on their own"

pkgconfig=${PKG_CONFIG:-pkg-config}
command -v "$pkgconfig" >/dev/null 2>&1 || fail "pkg-config not found ($pkgconfig)"
flags=$(PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR=$stage \
        PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1 PKG_CONFIG_ALLOW_SYSTEM_LIBS=1 \
        "$pkgconfig" --static --cflags --libs twin86) || fail "pkg-config twin86"
case $flags in
    *"-I$stage"*"-L$stage"*) ;;
    *) fail "pkg-config flags do not point into the staging directory: $flags" ;;
esac
echo "pkg-config: $flags"

# The example, outside the tree: only the staged header and library.
cp "$top_srcdir/docs/examples/one-step.c" "$tmp/"
# shellcheck disable=SC2086 # the flags are words
$cc -Wall -Wextra -Werror -o "$tmp/one-step" "$tmp/one-step.c" $flags 2>"$tmp/build.err" ||
    { cat "$tmp/build.err"; fail "one-step.c does not build against the installed library"; }
libdir=$(dirname "$(dirname "$pc")")
out=$(LD_LIBRARY_PATH=$libdir "$tmp/one-step") || { echo "$out"; fail "one-step reported wrong results"; }
echo "$out"
for want in 'eax after add          800004FF' 'OF SF ZF AF PF CF      00000884' \
            'dword at 0000:0510     800004FF' 'all as expected'; do
    printf '%s\n' "$out" | grep -qx "$want" || fail "one-step printed no line '$want'"
done
echo "ok: installed libtwin86 runs one instruction at a time from outside"
