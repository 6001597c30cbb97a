#!/usr/bin/env python3
"""Compares `aws-mcp classify --operations --jsonl` with iamlive's SDK-method -> IAM-action map (issue 19).

    python3 bench/iamlive_compare.py --map map.json --metadata metadata.json [--show 30]

`map.json` is iann0036/sdk-iam-map's map.json (iamlive's iamlivecore/map.json is the same file); `metadata.json` is
the AWS SDK for JavaScript v2's apis/metadata.json from the same repository (node_modules/aws-sdk/apis/), which
names each SDK class's model prefix, i.e. the botocore directory name. Both are public; fetch them yourself: the
bench never reaches the network. For every operation both cover it reports whether the sets of IAM actions are
equal (case-insensitive), whether our first action is among iamlive's, and the disagreements by service.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
p = argparse.ArgumentParser()
p.add_argument("--map", required=True)
p.add_argument("--metadata", required=True)
p.add_argument("--show", type=int, default=30)
p.add_argument("--ours", help="a saved `classify --operations --jsonl` output (default: run bin/aws-mcp)")
a = p.parse_args()

meta = json.load(open(a.metadata))
class_to_model = {}
for key, m in meta.items():
    class_to_model[m["name"].lower()] = m.get("prefix", key)
iam = collections.defaultdict(set)
for method, entries in json.load(open(a.map))["sdk_method_iam_mappings"].items():
    cls, _, op = method.partition(".")
    model = class_to_model.get(cls.lower())
    if model is None:
        continue
    for e in entries:
        iam[(model, op)].add(e["action"].lower())

text = open(a.ours).read() if a.ours else subprocess.run(
    [os.path.join(root, "bin", "aws-mcp"), "classify", "--operations", "--jsonl"], capture_output=True, text=True,
    check=True).stdout
ours = {}
for line in text.splitlines():
    r = json.loads(line)
    ours[(r["model"], r["operation"])] = r

both = [k for k in ours if k in iam]
equal = [k for k in both if {x.lower() for x in ours[k]["iamActions"]} == iam[k]]
primary = [k for k in both if ours[k]["iamActions"] and ours[k]["iamActions"][0].lower() in iam[k]]
subset = [k for k in both if {x.lower() for x in ours[k]["iamActions"]} <= iam[k] and ours[k]["iamActions"]]
differ = [k for k in both if k not in equal]
by_service = collections.Counter(k[0] for k in differ)
print("operations: ours %d, iamlive %d (mapped to models), both %d" % (len(ours), len(iam), len(both)))
print("same action set: %d (%.1f%%)" % (len(equal), 100.0 * len(equal) / max(1, len(both))))
print("our first action among iamlive's: %d (%.1f%%)" % (len(primary), 100.0 * len(primary) / max(1, len(both))))
print("ours a subset of iamlive's: %d (%.1f%%)" % (len(subset), 100.0 * len(subset) / max(1, len(both))))
print("disagreements by service: " + ", ".join("%s %d" % kv for kv in by_service.most_common(15)))
for k in differ[:a.show]:
    print("  %s %s: ours %s, iamlive %s (source %s)" % (k[0], k[1], ours[k]["iamActions"], sorted(iam[k]),
                                                        ours[k]["source"]))

# why they differ: iamlive also lists the actions a call may need besides its own (iam:PassRole when it passes a
# role, iam:CreateServiceLinkedRole, lookups such as ec2:DescribeSubnets); the rest are real disagreements
extra_only = [k for k in differ if k in subset]
extra_kinds = collections.Counter(x for k in extra_only for x in iam[k] - {y.lower() for y in ours[k]["iamActions"]})
print("differ only by iamlive's extra actions: %d; the extra actions: %s" % (len(extra_only), ", ".join(
    "%s %d" % kv for kv in extra_kinds.most_common(8))))
primary_same = len(both) - len([k for k in both if k not in primary])
real = [k for k in both if k not in primary]
print("first action differs: %d" % len(real))
for k in real[:a.show]:
    print("  %s %s: ours %s, iamlive %s (source %s)" % (k[0], k[1], ours[k]["iamActions"], sorted(iam[k]),
                                                        ours[k]["source"]))
