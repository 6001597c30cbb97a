#!/usr/bin/env bash
# Audit at scale: seeds a loopback moto server with about SCALE resources (default 10,000) and times
# `bin/aws-mcp audit --pack security,cost` on it as a user runs it (the launcher, the whole process).
# Needs python3 with moto and boto3 (the machines ship them). Usage: bench/audit-scale.sh [SCALE] [PARALLEL]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-10000}
parallel=${2:-6}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m moto.server -H 127.0.0.1 -p "$port" >/tmp/aws-mcp-bench-moto.log 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/moto-api/" >/dev/null && break; sleep 0.2; done
start=$(date +%s.%N)
python3 bench/seed_moto.py --endpoint "http://127.0.0.1:$port" --scale "$scale"
seeded=$(date +%s.%N)
out=$(mktemp -d)
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL="http://127.0.0.1:$port"
t0=$(date +%s.%N)
set +e
/usr/bin/time -v bin/aws-mcp audit --region us-east-1 --pack security,cost --parallel "$parallel" --out "$out" \
  --format json,html,sarif,csv 2>"$out/time.txt" | head -3
code=${PIPESTATUS[0]}
set -e
t1=$(date +%s.%N)
findings=$(python3 -c "import json,sys; r=json.load(open('$out/report.json')); print(r['summary']['findings'], r['summary']['byStatus'])")
calls=$(wc -l < "$out/audit-trail.jsonl")
rss=$(grep 'Maximum resident' "$out/time.txt" | awk '{print $6}')
printf 'seed %.1f s; audit %.1f s (exit %s); findings %s; AWS calls %s; max RSS %s MB; reports in %s\n' \
  "$(echo "$seeded - $start" | bc)" "$(echo "$t1 - $t0" | bc)" "$code" "$findings" "$calls" "$((rss / 1024))" "$out"
