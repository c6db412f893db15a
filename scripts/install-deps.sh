#!/usr/bin/env bash
# Installs what StanceGraph needs when it is missing: pkg-config, libgraphviz (headers and
# library, found through pkg-config as libgvc) and the `dot` command (for the benchmark).
set -euo pipefail

have_graphviz() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc && command -v dot >/dev/null 2>&1; }

if have_graphviz; then exit 0; fi

if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing libgraphviz-dev, graphviz and pkg-config with apt-get..."
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgraphviz-dev graphviz pkg-config >/dev/null
elif command -v brew >/dev/null 2>&1; then
    echo "Installing graphviz and pkg-config with Homebrew..."
    brew install graphviz pkg-config
else
    echo "error: libgraphviz is missing and neither apt-get nor brew is available; install Graphviz's development files (pkg-config name libgvc)" >&2
    exit 1
fi

if ! have_graphviz; then
    echo "error: libgraphviz still not found by pkg-config (libgvc) after installing" >&2
    exit 1
fi
