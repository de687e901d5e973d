#!/usr/bin/env bash
# Create .venv with Python 3.12 or newer and install GridBudget with its test and build tools (PyInstaller).
# Python 3.11 is refused on purpose: PySide6 6.12 aborts at exit there (exit 134; see docs/pitfalls.md).
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    local candidate
    for candidate in python3.13 python3.12; do
        if command -v pyenv >/dev/null 2>&1 && pyenv prefix "${candidate#python}" >/dev/null 2>&1; then
            echo "$(pyenv prefix "${candidate#python}")/bin/python"; return 0
        fi
        for dir in /root/.pyenv/versions/"${candidate#python}"*/bin; do
            [ -x "$dir/python" ] && { echo "$dir/python"; return 0; }
        done
        command -v "$candidate" >/dev/null 2>&1 && { command -v "$candidate"; return 0; }
    done
    if python3 -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
        command -v python3; return 0
    fi
    return 1
}

if [ ! -x .venv/bin/python ]; then
    python=$(find_python) || { echo "setup: Python 3.12 or newer is needed (pyenv install 3.12)" >&2; exit 1; }
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test,build]"
