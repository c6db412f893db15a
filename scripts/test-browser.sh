#!/usr/bin/env bash
# The explorer in a real browser (make test-browser; not part of `make test`): installs Debian's
# chromium with apt-get and Playwright from PyPI into a virtual environment (.build-browser/venv;
# Playwright's own browser download is not used: the system's Chromium is driven through
# executable_path), builds stancegraph, fills a database from seeds/, and runs
# scripts/browser_test.py, which saves its screenshots to docs/.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM:-}"
if [ -z "$CHROMIUM" ]; then
    CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
fi
if [ -z "$CHROMIUM" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "error: no chromium and no apt-get to install it; set CHROMIUM=/path/to/chromium" >&2
        exit 1
    fi
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing chromium with apt-get..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    CHROMIUM="$(command -v chromium)"
fi

VENV=.build-browser/venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c 'import playwright' >/dev/null 2>&1; then
    echo "Installing playwright with pip..."
    "$VENV/bin/python" -m pip install --quiet playwright
fi

swift build --product stancegraph
BIN="$(swift build --show-bin-path)/stancegraph"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$BIN" ingest seeds --db "$WORK/explorer.sqlite" >/dev/null
mkdir -p docs
"$VENV/bin/python" scripts/browser_test.py --binary "$BIN" --db "$WORK/explorer.sqlite" --chromium "$CHROMIUM" --shots docs
