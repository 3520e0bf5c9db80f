#!/bin/sh
# Install Debian's chromium when it is missing, for the browser test of the HTML report
# (tests/test_view_chromium.py). `make test` runs this first; CI runs as root on Debian.
# Quiet when it works; on failure it prints apt's output and exits non-zero.
set -eu
command -v chromium >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: chromium is missing and there is no apt-get to install it" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
export DEBIAN_FRONTEND=noninteractive
echo "ensure_chromium: installing chromium with apt-get" >&2
if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends chromium; } >"$LOG" 2>&1; then
    cat "$LOG" >&2
    echo "ensure_chromium: could not install chromium (output above)" >&2
    exit 1
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "ensure_chromium: apt-get installed chromium but it is not on PATH" >&2
    exit 1
fi
