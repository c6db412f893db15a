#!/usr/bin/env bash
# Answer times of `stancegraph serve` through curl on 127.0.0.1 (the README's explorer table):
# on the seed database, then on a synthetic one of 200,000 claims among 500 actors (a graph JSON
# generated here with a fixed seed, then imported). Usage: scripts/explorer-timings.sh [--big]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product stancegraph >/dev/null
BIN="$(swift build --show-bin-path)/stancegraph"
WORK="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT

# measure NAME RUNS CURL-ARGUMENTS...: median and max of RUNS requests, in ms.
measure() {
    local name=$1 runs=$2
    shift 2
    for _ in $(seq "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n |
        awk -v n="$name" '{a[NR]=$1} END {printf "%-44s median %8.1f ms  max %8.1f ms (%d runs)\n", n, a[int((NR+1)/2)]*1000, a[NR]*1000, NR}'
}

# serve DB PORT: starts the server and prints how long until /api/span answers.
serve() {
    local start
    start=$(date +%s.%N)
    "$BIN" serve --db "$1" --port "$2" >/dev/null 2>&1 &
    PID=$!
    until curl -s -o /dev/null "http://127.0.0.1:$2/api/span"; do sleep 0.02; done
    echo "start-up until /api/span answers: $(echo "$(date +%s.%N) - $start" | bc) s"
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

csrf() { curl -s "http://127.0.0.1:$1/" | grep -o 'csrf-token" content="[0-9a-f]*' | cut -d'"' -f3; }

echo "== seeds"
"$BIN" ingest seeds --db "$WORK/seeds.sqlite" >/dev/null
PORT=18181
serve "$WORK/seeds.sqlite" $PORT
URL="http://127.0.0.1:$PORT"
TOKEN=$(csrf $PORT)
measure "GET /" 20 "$URL/"
measure "GET /graph.svg (snapshot)" 20 "$URL/graph.svg?date=2025-01-31"
measure "GET /graph.svg (shift)" 20 "$URL/graph.svg?from=2024-12-07&to=2025-01-31"
measure "GET /api/edge" 20 "$URL/api/edge?source=coordination-framework&target=united-states&date=2025-01-31"
measure "GET /api/actor/coordination-framework" 20 "$URL/api/actor/coordination-framework"
measure "GET /api/review?limit=40" 20 "$URL/api/review?limit=40"
measure "POST accept" 20 -X POST -H "Content-Type: application/json" -H "X-CSRF-Token: $TOKEN" \
    -d '{"decision":"accept"}' "$URL/api/review/1-3"
stop

[ "${1:-}" = "--big" ] || exit 0
echo "== 200,000 claims, 500 actors"
python3 - "$WORK/big.json" <<'PY'
import json, random, sys
random.seed(7)
kinds = ["state", "government", "party", "faction", "armed-group", "coalition", "organization", "person"]
actors = [{"id": f"actor-{i}", "name": f"Actor {i}", "kind": kinds[i % len(kinds)], "aliases": [], "memberships": []} for i in range(500)]
claims = []
for n in range(200_000):
    s = random.randrange(500); t = random.randrange(499); t = t + 1 if t >= s else t
    y = random.randrange(2015, 2026); m = random.randrange(1, 13)
    claims.append({"source": f"actor-{s}", "target": f"actor-{t}", "stance": random.choice([-1, -0.5, 0, 0.5, 1]),
                   "validTime": {"from": f"{y}-{m:02d}"},
                   "evidence": [{"documentID": f"doc-{n // 20}", "quote": f"Quote {n}.", "method": "rules@0.2",
                                 "confidence": round(random.random(), 3), "published": f"{y}-{m:02d}-15", "outlet": "Synthetic"}]})
events = [{"id": "e", "name": "An event", "date": "2020-03-01", "aliases": []}]
json.dump({"format": 1, "actors": actors, "topics": [], "events": events, "claims": claims}, open(sys.argv[1], "w"))
PY
"$BIN" import "$WORK/big.json" --db "$WORK/big.sqlite" >/dev/null
PORT=18182
serve "$WORK/big.sqlite" $PORT
URL="http://127.0.0.1:$PORT"
TOKEN=$(csrf $PORT)
measure "GET /graph.svg?top=40" 5 "$URL/graph.svg?date=2025-06-01&top=40"
measure "GET /api/edge" 5 "$URL/api/edge?source=actor-1&target=actor-2&date=2025-06-01"
measure "GET /api/actor/actor-1" 5 "$URL/api/actor/actor-1"
measure "GET /api/review?limit=40" 5 "$URL/api/review?limit=40"
measure "POST accept (no reload)" 5 -X POST -H "Content-Type: application/json" -H "X-CSRF-Token: $TOKEN" \
    -d '{"decision":"accept"}' "$URL/api/review/1-5"
measure "POST reject (graph reloaded)" 3 -X POST -H "Content-Type: application/json" -H "X-CSRF-Token: $TOKEN" \
    -d '{"decision":"reject"}' "$URL/api/review/1-6"
stop
