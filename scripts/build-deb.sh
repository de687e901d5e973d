#!/usr/bin/env bash
# Build gridbudget_VERSION_amd64.deb from the Linux PyInstaller folder: scripts/build-deb.sh OUTDIR [--smoke]
#
# The package puts the one-folder program under /opt/gridbudget, the commands gridbudget and gridbudget-cli in
# /usr/bin, a menu entry (Chinese and English), the icon in the hicolor theme and the file types .xlsx, .xls and
# GridBudget's own .json, so "Open with" and a double-click work. Depends is what ldd finds the bundle needs
# from the system (scripts/deb_depends.py). --smoke then installs the package into a clean Debian root and runs
# it there (tests/test_deb.py), and exits non-zero if that fails. Needs root for --smoke (debootstrap, chroot).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

smoke=0
outdir=""
for argument in "$@"; do
    case "$argument" in
        --smoke) smoke=1 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        -*) echo "build-deb: unknown option $argument" >&2; exit 2 ;;
        *) outdir=$argument ;;
    esac
done
[ -n "$outdir" ] || { echo "usage: scripts/build-deb.sh OUTDIR [--smoke]" >&2; exit 2; }
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
started=$(date +%s)

# What the build needs from Debian: dpkg-deb (always there), objdump for PyInstaller and the glibc check, and the
# libraries Qt's PDF, print and Wayland plugins load, so that ldd resolves them to the packages to depend on.
needed=()
command -v objdump >/dev/null || needed+=(binutils)
if [ "$smoke" = 1 ]; then  # what the smoke test runs the programs with and reads their PDFs with
    command -v xvfb-run >/dev/null || needed+=(xvfb)
    command -v xauth >/dev/null || needed+=(xauth)
    command -v pdffonts >/dev/null || needed+=(poppler-utils)
fi
for package in libgssapi-krb5-2 libcups2 libwayland-cursor0 libwayland-egl1; do
    dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
done
if [ ${#needed[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "build-deb: please install ${needed[*]} (apt-get install)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
[ -x .venv/bin/pyinstaller ] || scripts/setup.sh

version=$(.venv/bin/python -c 'import ast, pathlib
tree = ast.parse(pathlib.Path("gridbudget_gui/__init__.py").read_text(encoding="utf-8"))
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == "__version__"))')
changelog_version=$(sed -n '1s/^gridbudget (\([^)]*\)).*/\1/p' packaging/linux/changelog)
[ "$changelog_version" = "$version" ] \
    || { echo "build-deb: packaging/linux/changelog's newest entry is $changelog_version, the program $version" >&2; exit 1; }
work="$outdir/deb-work"
rm -rf "$work"
mkdir -p "$work"

echo "build-deb: PyInstaller (build.spec) ..." >&2
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build" build.spec
built=$(date +%s)

stage="$work/root"
install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/mime/packages" \
    "$stage/usr/share/doc/gridbudget" "$stage/DEBIAN"
cp -a "$work/dist/gridbudget" "$stage/opt/gridbudget"
ln -s /opt/gridbudget/gridbudget "$stage/usr/bin/gridbudget"
ln -s /opt/gridbudget/gridbudget-cli "$stage/usr/bin/gridbudget-cli"
install -m 644 packaging/linux/gridbudget.desktop "$stage/usr/share/applications/gridbudget.desktop"
install -m 644 packaging/linux/gridbudget-mime.xml "$stage/usr/share/mime/packages/gridbudget.xml"
# The icon at every size the .ico holds (16 to 256 px, each a PNG drawn for its size by scripts/make_icon.py), so
# menus and file managers never scale a 256 px picture down to 16.
.venv/bin/python - resources/icons/gridbudget.ico "$stage/usr/share/icons/hicolor" <<'PY'
import struct, sys
from pathlib import Path
ico, theme = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2])
sizes = []
for index in range(struct.unpack_from("<H", ico, 4)[0]):
    width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
    size, image = width or 256, ico[offset : offset + length]
    assert image.startswith(b"\x89PNG"), f"entry {index} of the .ico is not a PNG"
    folder = theme / f"{size}x{size}" / "apps"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gridbudget.png").write_bytes(image)
    sizes.append(size)
assert {16, 32, 48, 256} <= set(sizes), sizes
PY
install -m 644 packaging/linux/copyright "$stage/usr/share/doc/gridbudget/copyright"
# Debian's place for a package's history: the changelog, compressed reproducibly (no name or time in the gzip).
gzip -9n <packaging/linux/changelog >"$stage/usr/share/doc/gridbudget/changelog.gz"
install -m 755 packaging/linux/postinst packaging/linux/postrm "$stage/DEBIAN/"
# Files 644 and folders 755 whatever the umask of the build; the programs and shared libraries keep their x bit.
chmod -R u+rwX,go+rX,go-w "$stage/opt" "$stage/usr"

depends=$(.venv/bin/python scripts/deb_depends.py "$stage/opt/gridbudget" --strict)
# PyInstaller copies most libraries into the bundle, but some of them read data from the system at run time:
# keyboard maps (xkb-data, for libxkbcommon), fonts.conf (fontconfig-config), Kerberos and CUPS configuration
# (Qt's PDF module and print plugin; libgssapi-krb5-2 and libcups2 bring them, and the system's own, newer
# libraries where they are newer).
depends="$depends, fontconfig-config, libcups2, libgssapi-krb5-2, xkb-data"
glibc=$(.venv/bin/python scripts/deb_depends.py "$stage/opt/gridbudget" --min-glibc)
installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<CONTROL
Package: gridbudget
Version: $version
Architecture: amd64
Maintainer: GridBudget developers <gridbudget@users.noreply.github.com>
Installed-Size: $installed_size
Depends: $depends
Recommends: desktop-file-utils, shared-mime-info, hicolor-icon-theme, xdg-utils
Suggests: libgtk-3-0
Section: editors
Priority: optional
Description: district project budget declaration editor (项目申报书编辑器)
 GridBudget edits the 项目申报书 (project budget declaration, with its cost
 breakdown) and the 项目绩效目标表 (performance target table): it computes the
 arithmetic, checks the declaration against the reviewers' rules and writes
 the official layouts to Excel and PDF. It opens .xlsx and .xls files and its
 own .json declarations. The window is in Chinese and works offline.
CONTROL

deb="$outdir/gridbudget_${version}_amd64.deb"
# xz is what every dpkg reads (UOS and Kylin ship older ones than Debian 12).
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
finished=$(date +%s)
echo "$glibc" >"$outdir/min-glibc.txt"
echo "build-deb: $deb ($(du -h "$deb" | cut -f1), installed $((installed_size / 1024)) MB, glibc >= $glibc;" \
    "PyInstaller $((built - started)) s, package $((finished - built)) s)" >&2
echo "build-deb: Depends: $depends" >&2
rm -rf "$work"  # the staged tree and PyInstaller's work files (~450 MB); the .deb holds them

if [ "$smoke" = 1 ]; then
    GRIDBUDGET_DEB="$deb" .venv/bin/python -m pytest -q -p no:cacheprovider -m slow tests/test_deb.py
fi
