#!/usr/bin/env bash
# The proxy as issue 16 judges it: the MCP TypeScript SDK client over stdio -> bin/aws-mcp proxy --read-only ->
# a TypeScript SDK MCP server that verifies every SigV4 signature with Smithy's signer (not our code).
#   bash bench/proxy/run.sh            (CALLS=200 for more timing samples)
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/@modelcontextprotocol ] || npm install --silent --no-audit --no-fund
[ -f ../../target/aws-mcp.jar ] || (cd ../.. && ./mvnw -B -q -DskipTests package)
node client.mjs
