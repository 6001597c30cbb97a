#!/usr/bin/env python3
"""`aws cloudtrail validate-logs` through AWS CLI v1 and `bin/aws-mcp run` against one local server (issue 19).

moto writes no digest files, so this script plays CloudTrail and S3 itself: it signs a chain of digest files with a
fresh RSA key (the `rsa` package the CLI itself depends on), serves them with their log files, DescribeTrails and
ListPublicKeys, and runs a list of cases through both tools: a valid chain, a tampered log file, a deleted log file,
a digest with a bad signature, a missing digest in the chain, a gap (a digest without a previous one), a narrower
time range, --verbose, bad input. It compares standard output, standard error (the CLI's error lines are in
aws-mcp's error message) and the exit code. Exit 1 on any difference.

    python3 bench/custom/validate_logs.py [--show N]
"""
import argparse
import base64
import gzip
import hashlib
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import urllib.parse

import rsa

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACCOUNT, REGION, TRAIL, BUCKET = "123456789012", "us-east-1", "Trail1", "trail-bucket"
TRAIL_ARN = f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/{TRAIL}"


def digest_key(stamp):
    ymd = f"{stamp[0:4]}/{stamp[4:6]}/{stamp[6:8]}"
    return (f"AWSLogs/{ACCOUNT}/CloudTrail-Digest/{REGION}/{ymd}/{ACCOUNT}_CloudTrail-Digest_{REGION}_{TRAIL}_"
            f"{REGION}_{stamp}.json.gz")


class World:
    """The bucket's objects and the trail, built per case."""

    def __init__(self, case):
        self.public, self.private = KEYS
        self.objects = {}  # key -> (bytes, metadata)
        hours = ["20261201T100000Z", "20261201T110000Z", "20261201T120000Z", "20261201T130000Z"]
        previous_key, previous_sig = None, None
        for i, stamp in enumerate(hours):
            start = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{int(stamp[9:11]) - 1:02d}:00:00Z"
            end = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:00:00Z"
            log_key = f"AWSLogs/{ACCOUNT}/CloudTrail/{REGION}/2026/12/01/{ACCOUNT}_CloudTrail_{REGION}_{stamp}_log{i}.json.gz"
            log = json.dumps({"Records": [{"eventName": f"Event{i}"}]}).encode()
            logs = [{"s3Bucket": BUCKET, "s3Object": log_key, "hashValue": hashlib.sha256(log).hexdigest(),
                     "hashAlgorithm": "SHA-256"}]
            stored_log = log
            if case == "tampered-log" and i == 2:
                stored_log = log + b" "
            if not (case == "deleted-log" and i == 1):
                self.objects[log_key] = (gzip.compress(stored_log, mtime=0), {})
            key = digest_key(stamp)
            gap = case == "gap" and i == 2
            digest = {"awsAccountId": ACCOUNT, "digestStartTime": start, "digestEndTime": end, "digestS3Bucket": BUCKET,
                      "digestS3Object": key, "digestPublicKeyFingerprint": "fp1", "digestSignatureAlgorithm": "SHA256withRSA",
                      "previousDigestS3Bucket": None if gap or previous_key is None else BUCKET,
                      "previousDigestS3Object": None if gap else previous_key,
                      "previousDigestSignature": None if gap else previous_sig, "logFiles": logs}
            raw = json.dumps(digest).encode()
            to_sign = (f"{end}\n{BUCKET}/{key}\n{hashlib.sha256(raw).hexdigest()}\n"
                       f"{'null' if digest['previousDigestSignature'] is None else digest['previousDigestSignature']}")
            sig = rsa.sign(to_sign.encode(), self.private, "SHA-256").hex()
            stored_sig = sig
            if case == "bad-signature" and i == 3:
                stored_sig = ("00" if sig[:2] != "00" else "11") + sig[2:]
            if not (case == "missing-digest" and i == 1):
                self.objects[key] = (gzip.compress(raw, mtime=0), {"signature": stored_sig,
                                                                  "signature-algorithm": "SHA256withRSA"})
            previous_key, previous_sig = key, sig

    def public_key_value(self):
        der = self.public.save_pkcs1(format="DER")
        return base64.b64encode(der).decode()


KEYS = rsa.newkeys(1024)
STATE = {"world": None}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def send(self, status, body, ctype="application/xml", headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        target = self.headers.get("X-Amz-Target", "")
        if target.endswith("DescribeTrails"):
            self.send(200, json.dumps({"trailList": [{"Name": TRAIL, "TrailARN": TRAIL_ARN, "S3BucketName": BUCKET,
                                                        "HomeRegion": REGION}]}), "application/x-amz-json-1.1")
        elif target.endswith("ListPublicKeys"):
            self.send(200, json.dumps({"PublicKeyList": [{"Value": STATE["world"].public_key_value(),
                                                            "ValidityStartTime": 1764500000, "ValidityEndTime": 1764800000,
                                                            "Fingerprint": "fp1"}]}), "application/x-amz-json-1.1")
        else:
            self.send(400, json.dumps({"__type": "UnknownOperationException"}), "application/x-amz-json-1.1")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        parts = url.path.lstrip("/").split("/", 1)
        world = STATE["world"]
        if len(parts) == 1 or parts[1] == "":
            if "location" in query:
                self.send(200, '<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>')
                return
            prefix = query.get("prefix", [""])[0]
            marker = query.get("marker", [""])[0]
            keys = sorted(k for k in world.objects if k.startswith(prefix) and k > marker)
            contents = "".join(f"<Contents><Key>{k}</Key><Size>{len(world.objects[k][0])}</Size></Contents>" for k in keys)
            self.send(200, f'<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>{parts[0]}</Name>'
                           f"<Prefix>{prefix}</Prefix><Marker>{marker}</Marker><IsTruncated>false</IsTruncated>"
                           f"{contents}</ListBucketResult>")
            return
        key = urllib.parse.unquote(parts[1])
        if key not in world.objects:
            self.send(404, "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>")
            return
        body, meta = world.objects[key]
        self.send(200, body, "application/octet-stream", {f"x-amz-meta-{k}": v for k, v in meta.items()})


CASES = [
    ("valid", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z"),
    ("valid", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("valid", "--start-time 20261201T11:00:00Z --end-time 2026-12-01T12:30:00Z --verbose"),
    ("valid", "--start-time 2026-12-01T11:30:00Z --end-time 2026-12-01T12:00:00Z"),
    ("valid", "--start-time 2026-11-01T00:00:00Z --end-time 2026-11-02T00:00:00Z"),
    ("tampered-log", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z"),
    ("tampered-log", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("deleted-log", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("bad-signature", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("missing-digest", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("gap", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --verbose"),
    ("valid", "--start-time 2026-12-01T09:00:00Z --end-time 2026-12-01T13:30:00Z --s3-bucket trail-bucket"),
    ("valid", "--start-time 2026-12-02T00:00:00Z --end-time 2026-12-01T00:00:00Z"),
    ("valid", "--start-time yesterday"),
    ("valid", "--start-time 2026-12-01T09:00:00Z --trail-arn-typo x"),
]


def run(cmd, env):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=3)
    a = ap.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    tmp = tempfile.mkdtemp(prefix="validate-logs-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="AKIDVALIDATE", AWS_SECRET_ACCESS_KEY="validate-secret", AWS_DEFAULT_REGION=REGION,
               AWS_ENDPOINT_URL=endpoint, AWS_CONFIG_FILE="/dev/null", AWS_SHARED_CREDENTIALS_FILE="/dev/null",
               AWS_EC2_METADATA_DISABLED="true", AWS_MCP_AUDIT_FILE=os.path.join(tmp, "audit.jsonl"))
    same, different = 0, []
    for case, args in CASES:
        STATE["world"] = World(case)
        words = ["cloudtrail", "validate-logs", "--trail-arn", TRAIL_ARN] + args.split()
        cli = run(["aws"] + words, env)
        ours = run([os.path.join(ROOT, "bin/aws-mcp"), "run", "aws"] + words, env)
        # aws-mcp puts the CLI's error lines in its error message, followed by a hint line
        ours_err = "\n".join(l for l in ours[2].splitlines()
                             if not l.startswith("Hint:") and not l.startswith("aws-mcp: ")).strip()
        if cli[0] == ours[0] and cli[1] == ours[1] and cli[2].strip() == ours_err:
            same += 1
        else:
            different.append((case, args, cli, (ours[0], ours[1], ours_err)))
    print(f"validate-logs cases: {len(CASES)}, identical stdout, stderr and exit code: {same}, different: {len(different)}")
    for case, args, cli, ours in different[: a.show]:
        print(f"--- {case}: {args}\n  CLI  exit {cli[0]}\n{cli[1]}{cli[2]}\n  ours exit {ours[0]}\n{ours[1]}{ours[2]}")
    server.shutdown()
    sys.exit(1 if different else 0)


if __name__ == "__main__":
    main()
