#!/usr/bin/env bash
# Build the .deb for glibc 2.28 (UOS V20, Kylin V10, Debian 10/11): scripts/build-deb-legacy.sh OUTDIR [--smoke]
#
# The same package as scripts/build-deb.sh (same files, same menu entry and file types), frozen from an interpreter
# built for glibc 2.28 (packaging/linux-legacy/build-python.sh) with PySide6 6.9.3, the last release with x86-64
# wheels for glibc 2.28 (6.10 and later need 2.34), and without the build machine's system libraries, which the
# Depends bring from the user's own Debian, UOS or Kylin. The build fails if any bundled ELF file needs a GLIBC
# symbol newer than 2.28 (objdump -T). Its version is VERSION~glibc2.28, so where both packages fit, the regular
# one is the upgrade. --smoke then installs it into clean Debian 11 and 12 roots and starts it there
# (tests/test_deb_legacy.py). Needs root the first time (build tools for the interpreter) and for --smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

smoke=0
outdir=""
for argument in "$@"; do
    case "$argument" in
        --smoke) smoke=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        -*) echo "build-deb-legacy: unknown option $argument" >&2; exit 2 ;;
        *) outdir=$argument ;;
    esac
done
[ -n "$outdir" ] || { echo "usage: scripts/build-deb-legacy.sh OUTDIR [--smoke]" >&2; exit 2; }
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
GLIBC_LIMIT=2.28
QT=6.9.3
cache="${GRIDBUDGET_BUILD_CACHE:-$HOME/.cache/gridbudget-build}/legacy"
step() { echo "build-deb-legacy: $1 $(( $(date +%s) - mark )) s" >&2; mark=$(date +%s); }
mark=$(date +%s)

needed=()
command -v objdump >/dev/null || needed+=(binutils)
for package in libgssapi-krb5-2 libcups2 libwayland-cursor0 libwayland-egl1; do
    dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done
if [ ${#needed[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "build-deb-legacy: please install ${needed[*]} (apt-get install)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

# Exit 3: the interpreter cannot be built here (no sources, no Zig, no build tools); the test skips on it.
python=$(bash packaging/linux-legacy/build-python.sh) || exit 3
step "interpreter ($python)"
# Its libpython3.13.so sits in ../lib; PyInstaller finds and bundles it from there.
export LD_LIBRARY_PATH="$(dirname "$(dirname "$python")")/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

# A virtual environment of that interpreter with PySide6 6.9.3 (QtPdf is in its Addons wheel) in place of the
# pinned 6.12 Essentials and Pdf wheels, and the project's other dependencies as pyproject.toml names them.
venv="$cache/venv-$QT"
if [ ! -x "$venv/bin/pyinstaller" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    others=$("$venv/bin/python" -c 'import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(d for d in project["dependencies"] + project["optional-dependencies"]["build"]
                if not d.lower().startswith("pyside6")))')
    mapfile -t others <<<"$others"
    # That interpreter has no ssl module, so the build machine's pip fetches the wheels, for glibc 2.28 and older
    # (manylinux tags up to 2_28) and CPython 3.13, and the venv installs them from that folder offline.
    platforms=()
    for tag in manylinux_2_28 manylinux_2_27 manylinux_2_26 manylinux_2_24 manylinux_2_17 manylinux2014 \
        manylinux_2_12 manylinux2010 manylinux_2_5 manylinux1; do
        platforms+=(--platform "${tag}_x86_64")
    done
    wheels="$cache/wheels-$QT"
    python3 -m pip download -q -d "$wheels" --only-binary=:all: "${platforms[@]}" --python-version 3.13 \
        --implementation cp "PySide6-Essentials==$QT" "PySide6-Addons==$QT" "${others[@]}" pip
    nice -n 19 "$venv/bin/python" -m pip install -q --no-index --find-links "$wheels" \
        "PySide6-Essentials==$QT" "PySide6-Addons==$QT" "${others[@]}"
    step "venv"
fi

# The program itself is frozen from the work tree (build.spec's pathex), not installed.
version=$("$venv/bin/python" -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("gridbudget_gui/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__"))')
work="$outdir/deb-legacy-work"
rm -rf "$work"
mkdir -p "$work"
nice -n 19 "$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build" \
    packaging/linux-legacy/gridbudget-legacy.spec >"$work/pyinstaller.log" 2>&1 \
    || { tail -30 "$work/pyinstaller.log" >&2; exit 1; }
grep "left out" "$work/pyinstaller.log" | cut -c1-300 >&2 || true
step "PyInstaller"

# Every ELF file of the bundle, by the newest GLIBC symbol version it imports; any above the limit fails the build.
"$venv/bin/python" packaging/linux-legacy/glibc_versions.py "$work/dist/gridbudget" --limit "$GLIBC_LIMIT" \
    >"$outdir/glibc-versions.txt" || { tail -20 "$outdir/glibc-versions.txt" >&2; exit 1; }
step "glibc check"

stage="$work/root"
install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/mime/packages" \
    "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/doc/gridbudget" "$stage/DEBIAN"
cp -a "$work/dist/gridbudget" "$stage/opt/gridbudget"
ln -s /opt/gridbudget/gridbudget "$stage/usr/bin/gridbudget"
ln -s /opt/gridbudget/gridbudget-cli "$stage/usr/bin/gridbudget-cli"
install -m 644 packaging/linux/gridbudget.desktop "$stage/usr/share/applications/gridbudget.desktop"
install -m 644 packaging/linux/gridbudget-mime.xml "$stage/usr/share/mime/packages/gridbudget.xml"
install -m 644 resources/icons/gridbudget.png "$stage/usr/share/icons/hicolor/256x256/apps/gridbudget.png"
install -m 644 packaging/linux/copyright "$stage/usr/share/doc/gridbudget/copyright"
install -m 755 packaging/linux/postinst packaging/linux/postrm "$stage/DEBIAN/"
chmod -R u+rwX,go+rX,go-w "$stage/opt" "$stage/usr"

# The system libraries left out above, by package, as the bundle's files name them (not ldd's whole chain, whose
# Debian 12 names Debian 11 and UOS lack); what the bundle reads at run time as build-deb.sh adds it.
depends=$("$venv/bin/python" packaging/linux-legacy/direct_depends.py "$stage/opt/gridbudget" --glibc "$GLIBC_LIMIT")
depends="$depends, fontconfig-config, libcups2, libgssapi-krb5-2, xkb-data"
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: gridbudget
Version: $version~glibc$GLIBC_LIMIT
Architecture: amd64
Maintainer: GridBudget developers <gridbudget@users.noreply.github.com>
Installed-Size: $installed_size
Depends: $depends
Recommends: desktop-file-utils, shared-mime-info, hicolor-icon-theme, xdg-utils
Suggests: libgtk-3-0
Section: editors
Priority: optional
Description: district project budget declaration editor (项目申报书编辑器), for glibc 2.28
 GridBudget edits the 项目申报书 (project budget declaration, with its cost
 breakdown) and the 项目绩效目标表 (performance target table): it computes the
 arithmetic, checks the declaration against the reviewers' rules and writes
 the official layouts to Excel and PDF. It opens .xlsx and .xls files and its
 own .json declarations. The window is in Chinese and works offline.
 .
 This build runs on glibc 2.28 and later (UOS V20, Kylin V10, Debian 10/11):
 Qt 6.9 and the system's own libraries.
CONTROL

deb="$outdir/gridbudget_${version}~glibc${GLIBC_LIMIT}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
step "package"
echo "build-deb-legacy: $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MB," \
    "newest GLIBC symbol $(tail -1 "$outdir/glibc-versions.txt"))" >&2
echo "build-deb-legacy: Depends: $depends" >&2
rm -rf "$work"

if [ "$smoke" = 1 ]; then
    [ -x .venv/bin/python ] || scripts/setup.sh
    GRIDBUDGET_DEB_LEGACY="$deb" .venv/bin/python -m pytest -q -p no:cacheprovider -m slow tests/test_deb_legacy.py
fi
