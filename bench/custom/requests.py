#!/usr/bin/env python3
"""Sends AWS's own CLI examples of customizations (aws emr create-cluster, add-steps, ...) through the AWS CLI
and through bin/aws-mcp run, both against one local capture server, and compares the API requests they make:
operation (X-Amz-Target or method + path), query and JSON body. The capture server answers like EMR would
(a release-label cluster for DescribeCluster, ids for RunJobFlow / AddJobFlowSteps).

    python3 bench/custom/requests.py [../shared/corpus/dev-examples.jsonl] [--service emr] [--show N]

Needs: the AWS CLI v1 ('aws') and a built jar (./mvnw -B -q -DskipTests package). Nothing leaves the machine.
"""
import argparse
import http.server
import json
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time

# started local programs (ssh) that aws-mcp refuses on purpose, with a way to do it instead
REFUSED = {"ssh", "socks", "get", "put"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ANSWERS = {
    "ElasticMapReduce.DescribeCluster": {"Cluster": {"Id": "j-XXXXXXXX", "Name": "c", "ReleaseLabel": "emr-6.10.0",
                                                     "Status": {"State": "WAITING"}}},
    "ElasticMapReduce.RunJobFlow": {"JobFlowId": "j-CAPTURED", "ClusterArn": "arn:aws:elasticmapreduce:us-west-2:"
                                                                             "123456789012:cluster/j-CAPTURED"},
    "ElasticMapReduce.AddJobFlowSteps": {"StepIds": ["s-CAPTURED"]},
    "ElasticMapReduce.AddInstanceGroups": {"JobFlowId": "j-XXXXXXXX", "InstanceGroupIds": ["ig-1"]},
}


class Capture(http.server.BaseHTTPRequestHandler):
    log = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        target = self.headers.get("X-Amz-Target") or (self.command + " " + self.path)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = body.decode("utf-8", "replace")
        Capture.log.append({"op": target, "path": self.path, "body": parsed})
        answer = json.dumps(ANSWERS.get(target, {})).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_PUT = do_DELETE = do_POST

    def log_message(self, *args):
        pass


def strip_tokens(calls):
    for c in calls:
        if isinstance(c["body"], dict):
            c["body"].pop("ClientToken", None)
    return calls


def run(argv, env, cwd):
    Capture.log = []
    p = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    return p.returncode, strip_tokens(list(Capture.log)), p.stderr.strip().splitlines()[-1:] if p.stderr else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "..", "shared", "corpus", "dev-examples.jsonl"))
    ap.add_argument("--service", default="emr")
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = "http://127.0.0.1:%d" % server.server_address[1]
    home = tempfile.mkdtemp()
    env = dict(os.environ, AWS_ACCESS_KEY_ID="AKIDEXAMPLE", AWS_SECRET_ACCESS_KEY="secret", AWS_DEFAULT_REGION="us-west-2",
               AWS_CONFIG_FILE=os.path.join(home, "config"), AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "creds"),
               AWS_EC2_METADATA_DISABLED="true", AWS_MAX_ATTEMPTS="1", HOME=home)
    commands = []
    for line in open(args.corpus):
        d = json.loads(line)
        if d.get("customization") and d["service"] == args.service and d["operation"] != "wait" \
                and d.get("platform", "posix") == "posix" and not d.get("shell_ops"):
            commands.append(d["command"])
    same = both_fail = refused = 0
    differ = []
    start = time.time()
    for cmd in commands:
        words = shlex.split(cmd)[1:]
        cli_rc, cli_calls, cli_err = run(["aws"] + words + ["--endpoint-url", endpoint], env, home)
        our_rc, our_calls, our_err = run([os.path.join(ROOT, "bin", "aws-mcp"), "run",
                                          shlex.join(["aws"] + words + ["--endpoint-url", endpoint])], env, home)
        if words[1] in REFUSED and our_rc != 0 and not our_calls:
            refused += 1
        elif cli_calls == our_calls and (cli_rc == 0) == (our_rc == 0):
            same += 1
            if not cli_calls:
                both_fail += 1
        else:
            differ.append((cmd, cli_rc, cli_calls, cli_err, our_rc, our_calls, our_err))
    print("%s customization examples: %d, identical requests and outcome: %d (%.1f%%; %d of them: neither sent "
          "anything), refused on purpose: %d, different: %d, in %.0f s"
          % (args.service, len(commands), same, 100.0 * same / max(1, len(commands)), both_fail, refused, len(differ),
             time.time() - start))
    for cmd, cli_rc, cli_calls, cli_err, our_rc, our_calls, our_err in differ[:args.show]:
        print("\n  " + cmd[:200])
        print("    aws-cli rc=%d %s %s" % (cli_rc, json.dumps(cli_calls)[:900], cli_err))
        print("    aws-mcp rc=%d %s %s" % (our_rc, json.dumps(our_calls)[:900], our_err))
    server.shutdown()
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
