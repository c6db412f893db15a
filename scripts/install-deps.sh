#!/usr/bin/env bash
# Installs what StanceGraph needs when it is missing: pkg-config, libgraphviz (headers and
# library, found through pkg-config as libgvc), the `dot` command (for the benchmark) and SQLite's
# development files (pkg-config sqlite3, for GRDB).
set -euo pipefail

have_graphviz() {
    command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc && command -v dot >/dev/null 2>&1 \
        && pkg-config --exists sqlite3
}

# The export tests read GEXF, GraphML and node-link JSON back with networkx; they are skipped
# without it. Installed with pip when python3 is there; never fatal (no network, no pip).
install_networkx() {
    command -v python3 >/dev/null 2>&1 || return 0
    python3 -c 'import networkx' >/dev/null 2>&1 && return 0
    echo "Installing networkx with pip (for the export tests)..."
    python3 -m pip install --quiet networkx >/dev/null 2>&1 \
        || python3 -m pip install --quiet --break-system-packages networkx >/dev/null 2>&1 \
        || echo "warning: could not install networkx; the networkx round-trip tests will be skipped" >&2
}
install_networkx

if have_graphviz; then exit 0; fi

if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing libgraphviz-dev, graphviz, libsqlite3-dev and pkg-config with apt-get..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgraphviz-dev graphviz libsqlite3-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    echo "Installing graphviz and pkg-config with Homebrew..."
    brew install graphviz sqlite pkg-config
else
    echo "error: libgraphviz or SQLite is missing and neither apt-get nor brew is available; install Graphviz's and SQLite's development files (pkg-config names libgvc, sqlite3)" >&2
    exit 1
fi

if ! have_graphviz; then
    echo "error: libgraphviz or SQLite still not found by pkg-config (libgvc, sqlite3) after installing" >&2
    exit 1
fi
