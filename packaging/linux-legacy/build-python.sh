#!/usr/bin/env bash
# Build CPython 3.13 for glibc 2.28 (UOS V20, Kylin V10) and print its interpreter's path: build-python.sh
#
# No Debian 10 root can be had (buster is gone from Debian's mirror) and Debian ships no CPython 3.12 source, so
# the interpreter is Debian trixie's python3.13 source (its upstream tarball), zlib's and libffi's, compiled with
# Zig's C compiler (PyPI's ziglang), which links against the symbol versions of any glibc named in its target:
# x86_64-linux-gnu.2.28. Zig uses its own libc headers, never /usr/include, so nothing of the build machine's
# Debian 12 gets in; modules whose libraries are not built here (ssl, sqlite3, readline, bz2, lzma, curses, tk)
# are left out, none of which the program or PyInstaller uses. Made once, kept in the build cache; every step's
# time goes to stderr. Needs root the first time (autoconf, automake and libtool for libffi).
set -euo pipefail
cd "$(dirname "$0")/../.."

cache="${GRIDBUDGET_BUILD_CACHE:-$HOME/.cache/gridbudget-build}/legacy"
PYTHON_SOURCE="python3.13=3.13.5-2+deb13u5"
ZLIB_SOURCE="zlib=1:1.3.dfsg+really1.3.2-4"
LIBFFI_SOURCE="libffi=3.8.0-2"
PYTHON_VERSION=3.13.5
ZIG_VERSION=0.17.1
GLIBC=2.28
prefix="$cache/python-$PYTHON_VERSION-glibc$GLIBC"
[ -x "$prefix/bin/python3" ] && { echo "$prefix/bin/python3"; exit 0; }

mkdir -p "$cache/src" "$cache/bin"
log="$cache/build-python.log"
: >"$log"
step() { echo "build-python: $1 $(( $(date +%s) - mark )) s" >&2; mark=$(date +%s); }
mark=$(date +%s)

needed=()
for tool in autoreconf:autoconf automake:automake libtoolize:libtool make:make; do
    command -v "${tool%%:*}" >/dev/null || needed+=("${tool#*:}")
done
if [ ${#needed[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "build-python: please install ${needed[*]} (apt-get install)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi

# The sources, from Debian's source packages (a private apt list, so the machine's own sources stay as they are).
apt_dir="$cache/apt"
if [ ! -s "$cache/src/done" ]; then
    mkdir -p "$apt_dir/lists/partial"
    printf 'deb-src http://deb.debian.org/debian %s main\n' trixie sid >"$apt_dir/sources.list"
    apt_options=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$apt_dir/lists")
    apt-get "${apt_options[@]}" update -qq >>"$log" 2>&1
    # Only the upstream tarballs (.orig) are used; the mirror may lack a Debian diff or .dsc (404), so apt's exit
    # status is not the test: the three tarballs are.
    (cd "$cache/src" && apt-get "${apt_options[@]}" source --download-only "$PYTHON_SOURCE" "$ZLIB_SOURCE" \
        "$LIBFFI_SOURCE" >>"$log" 2>&1) || true
    for tarball in python3.13_"$PYTHON_VERSION".orig.tar.xz zlib_1.3.dfsg+really1.3.2.orig.tar.gz \
        libffi_3.8.0.orig.tar.gz; do
        [ -s "$cache/src/$tarball" ] || { echo "build-python: $tarball not fetched (see $log)" >&2; exit 1; }
    done
    touch "$cache/src/done"
    step "sources"
fi
if [ ! -x "$cache/zig/ziglang/zig" ]; then
    python3 -m pip download -q --no-deps -d "$cache/src" "ziglang==$ZIG_VERSION" >>"$log" 2>&1
    rm -rf "$cache/zig" && mkdir -p "$cache/zig"
    python3 -m zipfile -e "$cache"/src/ziglang-"$ZIG_VERSION"-*.whl "$cache/zig"
    chmod +x "$cache/zig/ziglang/zig"
    step "zig"
fi
zig="$cache/zig/ziglang/zig"
# Wrappers, so configure scripts see one word for each tool.
for tool in cc c++; do
    # clang's -Wdate-time is an error under Zig; CPython's getbuildinfo.c stamps __DATE__ on purpose.
    printf '#!/bin/sh\nexec %s %s -target x86_64-linux-gnu.%s -Wno-error=date-time "$@"\n' "$zig" "$tool" "$GLIBC" \
        >"$cache/bin/$tool"
done
for tool in ar ranlib; do printf '#!/bin/sh\nexec %s %s "$@"\n' "$zig" "$tool" >"$cache/bin/$tool"; done
chmod +x "$cache"/bin/*
export PATH="$cache/bin:$PATH" CC=cc CXX=c++ AR=ar RANLIB=ranlib
# pkg-config sees only what is built here: the build machine's liblzma, libuuid and readline (Debian 12's, with
# their headers outside Zig's view) would otherwise be picked and fail to compile.
export PKG_CONFIG_LIBDIR="$cache/deps/lib/pkgconfig" PKG_CONFIG_PATH=""
# Zig compiles without -O with UBSan traps on; CPython's configure probes must not trip them.
export CFLAGS="-O2 -fPIC -fno-sanitize=undefined"
deps="$cache/deps"
build="$cache/build"
rm -rf "$build" && mkdir -p "$build" "$deps"

if [ ! -s "$deps/lib/libz.a" ]; then
    tar -C "$build" -xzf "$cache"/src/zlib_*.orig.tar.gz
    (cd "$build"/zlib-*/ && nice -n 19 ./configure --static --prefix="$deps" && nice -n 19 make -j2 libz.a \
        && make install) >>"$log" 2>&1
    step "zlib"
fi
if [ ! -s "$deps/lib/libffi.a" ]; then
    tar -C "$build" -xzf "$cache"/src/libffi_*.orig.tar.gz
    # libffi 3.8's configure.ac asks for libtool 2.5's LT_SYS_SYMBOL_USCORE; Debian 12 has 2.4.7. Linux x86-64
    # symbols carry no underscore, which is what the macro would find.
    (cd "$build"/libffi-*/ && sed -i 's/^LT_SYS_SYMBOL_USCORE$/sys_symbol_underscore=no/' configure.ac \
        && ./autogen.sh && nice -n 19 ./configure --disable-shared --enable-static --with-pic --disable-docs \
        --disable-multi-os-directory --prefix="$deps" && nice -n 19 make -j2 && make install) >>"$log" 2>&1
    step "libffi"
fi

tar -C "$build" -xJf "$cache"/src/python3.13_"$PYTHON_VERSION".orig.tar.xz
cd "$build/Python-$PYTHON_VERSION"
# Zig's linker knows -soname but not its short form -h; and it cannot link libpython3.so (the stable-ABI
# forwarder) from nothing but another .so, so an empty C file goes with it.
sed -i -e 's/-Wl,-h\$(INSTSONAME)/-Wl,-soname,$(INSTSONAME)/' \
    -e 's/-o \$@ -Wl,-h\$@ \$^/-o $@ -Wl,-soname,$@ -x c \/dev\/null -x none -L. -lpython$(LDVERSION)/' Makefile.pre.in
export CFLAGS="-O2 -fno-sanitize=undefined" CPPFLAGS="-I$deps/include"
# libpython3.13.so is found beside the interpreter wherever the tree is moved.
# (\$$ in make, $ in the shell: the rpath must reach the linker as the literal $ORIGIN.)
export LDFLAGS="-L$deps/lib -Wl,-rpath,\\\$\$ORIGIN/../lib"
export LIBFFI_CFLAGS="-I$deps/include" LIBFFI_LIBS="-L$deps/lib -lffi"
export ZLIB_CFLAGS="-I$deps/include" ZLIB_LIBS="-L$deps/lib -lz"
# Shared: PyInstaller bundles libpython3.13.so and needs it.
# Modules left out on purpose, whatever configure finds (the program is offline and uses none of them).
for module in _lzma _bz2 _uuid readline _sqlite3 _ssl _hashlib _tkinter _curses _curses_panel _dbm _gdbm; do
    export "py_cv_module_${module}=n/a"
done
nice -n 19 ./configure --prefix="$prefix" --enable-shared --with-ensurepip=install --disable-test-modules \
    >>"$log" 2>&1
step "python configure"
nice -n 19 make -j2 >>"$log" 2>&1
step "python make"
nice -n 19 make install >>"$log" 2>&1
step "python install"
"$prefix/bin/python3" -c 'import ctypes, zlib, decimal, _decimal, pyexpat, hashlib' \
    || { echo "build-python: the interpreter lacks a module the program needs" >&2; exit 1; }
rm -rf "$build"
echo "$prefix/bin/python3"
