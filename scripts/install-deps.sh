#!/usr/bin/env bash
# Installs what StanceGraph needs when it is missing: pkg-config, libgraphviz (headers and
# library, found through pkg-config as libgvc), the `dot` command (for the benchmark), SQLite's
# development files (pkg-config sqlite3, for GRDB) and libxml2's (pkg-config libxml-2.0, for
# reading saved HTML pages).
set -euo pipefail

have_deps() {
    command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc && command -v dot >/dev/null 2>&1 \
        && pkg-config --exists sqlite3 && pkg-config --exists libxml-2.0
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

# Homebrew's libxml2 is keg-only: point pkg-config at it when it is there.
if command -v brew >/dev/null 2>&1 && [ -d "$(brew --prefix libxml2 2>/dev/null)/lib/pkgconfig" ]; then
    export PKG_CONFIG_PATH="$(brew --prefix libxml2)/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
fi

if have_deps; then exit 0; fi

if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing libgraphviz-dev, graphviz, libsqlite3-dev, libxml2-dev and pkg-config with apt-get..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        libgraphviz-dev graphviz libsqlite3-dev libxml2-dev pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    echo "Installing graphviz, sqlite, libxml2 and pkg-config with Homebrew..."
    brew install graphviz sqlite libxml2 pkg-config
    export PKG_CONFIG_PATH="$(brew --prefix libxml2)/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
else
    echo "error: libgraphviz, SQLite or libxml2 is missing and neither apt-get nor brew is available; install their development files (pkg-config names libgvc, sqlite3, libxml-2.0)" >&2
    exit 1
fi

if ! have_deps; then
    echo "error: libgraphviz, SQLite or libxml2 still not found by pkg-config (libgvc, sqlite3, libxml-2.0) after installing" >&2
    if command -v brew >/dev/null 2>&1; then
        echo "hint: export PKG_CONFIG_PATH=\"\$(brew --prefix libxml2)/lib/pkgconfig\" before swift build" >&2
    fi
    exit 1
fi
