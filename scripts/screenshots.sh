#!/bin/sh
# Retake docs/screenshots: each screen size on a virtual X screen with a window manager, so the pictures show
# the window's frame and whether it fits (see tests/ui/screenshots.py). Needs xvfb and openbox (Debian packages).
# The window manager draws the title with the bundled 宋体-like font (fontconfig pointed at resources/fonts), and
# HOME is a clerk's folder (/tmp/home/科员) and LANG a clerk's (zh_CN.UTF-8: Qt's file dialog dates follow the
# system locale), so that no developer's path, name or English date shows in a picture.
set -e
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
work=$(mktemp -d)
cat >"$work/fonts.conf" <<CONF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>$(pwd)/resources/fonts</dir>
<cachedir>$work/cache</cachedir></fontconfig>
CONF
home=/tmp/home/科员
mkdir -p "$home"
for size in 1366x768 1920x1080; do
    LANG=zh_CN.UTF-8 FONTCONFIG_FILE="$work/fonts.conf" HOME="$home" xvfb-run -a -s "-screen 0 ${size}x24" sh -c \
        "openbox >/dev/null 2>&1 & sleep 1; QT_QPA_PLATFORM=xcb $(pwd)/.venv/bin/python -m tests.ui.screenshots --screen '$out'"
done
rm -rf "$work" "$home"
