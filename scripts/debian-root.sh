#!/usr/bin/env bash
# Print the path of a tarball of a clean Debian root (debootstrap --variant=minbase), making it once and keeping it
# in the build cache, so the .deb's smoke test and the test suite unpack the same root instead of bootstrapping twice.
# Needs root (debootstrap) and Debian's package mirror; the suite is the build machine's own (bookworm here).
set -euo pipefail

cache="${GRIDBUDGET_BUILD_CACHE:-$HOME/.cache/gridbudget-build}"
suite="${GRIDBUDGET_DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}"
mirror="${GRIDBUDGET_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
tarball="$cache/debian-$suite-minbase.tar"

if [ ! -s "$tarball" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "debian-root: debootstrap needs root" >&2; exit 1; }
    if ! command -v debootstrap >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    mkdir -p "$cache"
    work=$(mktemp -d "$cache/root.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    started=$(date +%s)
    debootstrap --variant=minbase "$suite" "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    # The same sources the build machine uses, so `apt install ./gridbudget_*.deb` finds the Depends.
    cp /etc/resolv.conf "$work/root/etc/resolv.conf" 2>/dev/null || true
    tar -C "$work/root" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    echo "debian-root: $suite minbase made in $(( $(date +%s) - started )) s" >&2
fi
echo "$tarball"
