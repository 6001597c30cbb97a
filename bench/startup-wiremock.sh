#!/usr/bin/env bash
# Start-up and memory with the real pipeline: `bin/aws-mcp serve` calling a WireMock stub of 10 AWS services
# (JSON, query, EC2, REST-XML and REST-JSON protocols) with static fake credentials. Usage:
#   bench/startup-wiremock.sh [runs]        # after ./mvnw -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
jar="$(ls ~/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | tail -1)"
port="${WIREMOCK_PORT:-18089}"
java -jar "$jar" --port "$port" --bind-address 127.0.0.1 --root-dir bench/wiremock --disable-banner >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/__admin/mappings" >/dev/null 2>&1 && break; sleep 0.2; done
ep="--endpoint-url http://127.0.0.1:$port --region us-east-1"
args=()
for c in "sts get-caller-identity" "dynamodb list-tables" "sqs list-queues" "logs describe-log-groups" "kms list-keys" \
         "ssm describe-parameters" "iam list-users" "sns list-topics" "ec2 describe-vpcs" "s3api list-buckets" \
         "lambda list-functions"; do
  args+=(--command "aws $c $ep")
done
export AWS_ACCESS_KEY_ID=AKIDBENCH AWS_SECRET_ACCESS_KEY=bench-secret AWS_MCP_LOG_FILE=none AWS_MCP_AUDIT_FILE=target/bench-audit.jsonl
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null
export AWS_ENDPOINT_URL_STS="http://127.0.0.1:$port"  # the audit trail's caller-identity lookup stays local too
java bench/StartupBench.java --runs "$runs" "${args[@]}" -- bin/aws-mcp serve
