#!/usr/bin/env bash
# Run a Windows program under GridBudget's Wine prefix: scripts/wine/run.sh PROGRAM.exe [ARGS...]
# Used by tests/test_windows_build.py. Give Windows paths as Z:/unix/path. Windows Python dies when its stdout is
# a regular file ("init_sys_streams ... Invalid handle"): read the output through a pipe.
set -euo pipefail
# shellcheck source=scripts/wine/env.sh
. "$(dirname "$0")/env.sh"
gridbudget_wine_prefix
exec wine64 "$@"
