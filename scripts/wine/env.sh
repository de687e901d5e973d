# Sourced by scripts/build-windows.sh and scripts/wine/run.sh: the Wine environment GridBudget builds and tests in.
#
# One prefix in the build cache (~700 MB, made once, Windows 10), and in its system32 three stub DLLs, compiled
# here from scripts/wine/*.c, that give Qt the functions Wine 8 lacks (icuuc.dll's converters, mscms.dll's
# WcsCreateIccProfile, bcryptprimitives.dll's ProcessPrng, without which QtPdf stops the process). They live in the
# prefix only, for building and testing under Wine; real Windows has all three DLLs, and
# scripts/build-windows.sh refuses to ship a folder that contains any of them.
gridbudget_cache="${GRIDBUDGET_BUILD_CACHE:-$HOME/.cache/gridbudget-build}"
export WINEPREFIX="${GRIDBUDGET_WINEPREFIX:-$gridbudget_cache/windows/prefix}"
export WINEARCH=win64
export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko installer dialogs; our mscms stub instead of Wine's built-in one.
export WINEDLLOVERRIDES="mscoree,mshtml=;mscms=n"
export PATH="/usr/lib/wine:$PATH"  # Debian's wine64 is not on the PATH

GRIDBUDGET_WINE_STUBS="icuuc mscms bcryptprimitives"

gridbudget_wine_stubs() {
    # Compile the stubs when their sources change, and copy them over whatever system32 holds: a new or updated
    # prefix has Wine's own placeholder DLLs there, newer than our sources, so compare contents, not dates.
    local here built name libraries
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    built="$(dirname "$WINEPREFIX")/stubs"
    mkdir -p "$built"
    for name in $GRIDBUDGET_WINE_STUBS; do
        libraries=""
        [ "$name" = bcryptprimitives ] && libraries=-lbcrypt
        if [ ! -s "$built/$name.dll" ] || [ "$here/$name.c" -nt "$built/$name.dll" ]; then
            x86_64-w64-mingw32-gcc -O2 -shared -Wall -o "$built/$name.dll" "$here/$name.c" $libraries
        fi
        cmp -s "$built/$name.dll" "$WINEPREFIX/drive_c/windows/system32/$name.dll" \
            || cp "$built/$name.dll" "$WINEPREFIX/drive_c/windows/system32/$name.dll"
    done
}

gridbudget_wine_prefix() {
    # Make the prefix once; start its wineserver (kept until 30 s after the last program) with nothing inherited,
    # so that no caller hangs on a pipe the first wineserver would keep open (docs/pitfalls.md).
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        mkdir -p "$(dirname "$WINEPREFIX")"
        wineserver -p30 >/dev/null 2>&1 </dev/null || true
        wine64 wineboot -i >/dev/null 2>&1 </dev/null
        wine64 winecfg /v win10 >/dev/null 2>&1 </dev/null
        wineserver -w
    fi
    wineserver -p30 >/dev/null 2>&1 </dev/null || true  # exits 2 when this prefix's server already runs
    wine64 wineboot >/dev/null 2>&1 </dev/null
    gridbudget_wine_stubs
}
