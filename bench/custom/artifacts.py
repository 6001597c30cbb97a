#!/usr/bin/env python3
"""`aws cloudformation package` and `aws deploy push` through AWS CLI v1 and `bin/aws-mcp run` on one moto server.

Builds a working folder with templates that use every kind of export (a Serverless function's code folder, a Lambda
function's single file, a nested stack, AWS::Include, a Glue script, a Step Functions definition, SAR metadata,
Fn::ForEach, JSON templates with floats and non-ASCII text) and the error cases (missing template, missing artifact,
missing bucket, a date with --use-json, no --s3-bucket), runs each through both tools from that folder and compares
standard output and the exit code. Artifact keys are MD5s of the uploaded bytes, so identical output also means
identical zips. For `deploy push` (moto lacks RegisterApplicationRevision, so both fail after the upload) it compares
the ETag of the bundle each tool uploaded. Exit 1 on any difference.

    python3 bench/custom/artifacts.py
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

TEMPLATE = """AWSTemplateFormatVersion: 2010-09-09
Transform: AWS::Serverless-2016-10-31
Description: A packaged stack with "quotes" and a long description that goes on and on past the eighty column width of PyYAML
Parameters:
  Env:
    Type: String
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      Role: !GetAtt Role.Arn
      Environment:
        Variables:
          NAME: !Sub "${AWS::StackName}-fn"
  Role:
    Type: AWS::IAM::Role
  Nested:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: nested/child.yaml
      Parameters:
        Env: !Ref Env
  Glue:
    Type: AWS::Glue::Job
    Properties:
      Command:
        Name: glueetl
Outputs:
  Arn:
    Value: !GetAtt Fn.Arn
    Condition: !Condition IsProd
"""

MORE = """Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionUri: src/app.py
      Body:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: inc/snippet.yaml
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionS3Location: s3://b/k?versionId=v1
  Repo:
    Type: AWS::CodeCommit::Repository
    Properties:
      Code:
        S3: src
  Eb:
    Type: AWS::ElasticBeanstalk::ApplicationVersion
    Properties:
      SourceBundle: src
  Fn::ForEach::Topics:
    - Name
    - [A, B]
    - ${Name}Fn:
        Type: AWS::Serverless::Function
        Properties:
          CodeUri: src
Metadata:
  AWS::ServerlessRepo::Application:
    ReadmeUrl: src/app.py
"""

JSON_TEMPLATE = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"F": {"Type": "AWS::Lambda::Function",
                 "Properties": {"Code": "src", "Timeout": 3.5, "Big": 1e20, "N": 12345678.0,
                                "U": "caf\u00e9 \"q\" \u4e2d", "E": {}, "L": []}}}}

PACKAGE_CASES = [
    "--template-file template.yaml --s3-bucket pkg",
    "--template-file template.yaml --s3-bucket pkg --s3-prefix p --force-upload",
    "--template-file more.yaml --s3-bucket pkg",
    "--template-file t.json --s3-bucket pkg",
    "--template-file t.json --s3-bucket pkg --use-json",
    "--template-file more.yaml --s3-bucket pkg --use-json",
    "--template-file template.yaml --s3-bucket pkg --output-template-file out.yaml",
    "--template-file template.yaml --s3-bucket pkg --metadata a=b,c=d --kms-key-id k1",
    "--template-file template.yaml --s3-bucket pkg --use-json",
    "--template-file missing.yaml --s3-bucket pkg",
    "--template-file bad.yaml --s3-bucket pkg",
    "--template-file template.yaml --s3-bucket no-such-bucket",
    "--template-file template.yaml",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


def main():
    port = free_port()
    moto = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="artifacts-")
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        write(f"{work}/src/app.py", "def handler(e, c): return 1\n")
        write(f"{work}/src/lib/util.py", "x = 1\n")
        write(f"{work}/src/bootstrap", "#!/bin/sh\necho hi\n", 0o755)
        write(f"{work}/nested/child.yaml", "Resources:\n  Layer:\n    Type: AWS::Lambda::LayerVersion\n"
                                           "    Properties:\n      Content: ../src/lib\n")
        write(f"{work}/inc/snippet.yaml", "Resources: {}\n")
        write(f"{work}/template.yaml", TEMPLATE)
        write(f"{work}/more.yaml", MORE)
        write(f"{work}/t.json", json.dumps(JSON_TEMPLATE))
        write(f"{work}/bad.yaml", "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code: gone\n")
        write(f"{work}/app/appspec.yml", "version: 0.0\nos: linux\n")
        write(f"{work}/app/scripts/start.sh", "echo start\n", 0o755)
        write(f"{work}/app/.env", "hidden\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(AWS_ACCESS_KEY_ID="AKIDARTIFACTS", AWS_SECRET_ACCESS_KEY="artifacts-secret", AWS_DEFAULT_REGION="us-east-1",
                   AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}", AWS_CONFIG_FILE="/dev/null",
                   AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_EC2_METADATA_DISABLED="true",
                   AWS_MCP_AUDIT_FILE=os.path.join(tempfile.mkdtemp(prefix="artifacts-audit-"), "audit.jsonl"))

        def run(cmd):
            p = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=env, timeout=120)
            return p.returncode, p.stdout, p.stderr

        run(["aws", "s3", "mb", "s3://pkg"])
        run(["aws", "s3", "mb", "s3://bundles"])
        started = time.time()
        same, different = 0, []
        for case in PACKAGE_CASES:
            args = ["cloudformation", "package"] + case.split()
            cli = run(["aws"] + args)
            ours = run([os.path.join(ROOT, "bin/aws-mcp"), "run", "aws"] + args)
            if cli[:2] == ours[:2]:
                same += 1
            else:
                different.append((case, cli, ours))
        pushes = 0
        for flags in ([], ["--ignore-hidden-files"]):
            for tool, key in ((["aws"], "cli"), ([os.path.join(ROOT, "bin/aws-mcp"), "run", "aws"], "ours")):
                run(tool + ["deploy", "push", "--application-name", "App", "--s3-location",
                            f"s3://bundles/{key}{''.join(flags)}.zip", "--source", "app", "--description", "d"] + flags)
            etags = [json.loads(run(["aws", "s3api", "head-object", "--bucket", "bundles", "--key",
                                     f"{k}{''.join(flags)}.zip"])[1] or "{}").get("ETag") for k in ("cli", "ours")]
            pushes += 1
            if etags[0] is not None and etags[0] == etags[1]:
                same += 1
            else:
                different.append((f"deploy push {' '.join(flags)}", (0, f"ETag {etags[0]}", ""), (0, f"ETag {etags[1]}", "")))
        total = len(PACKAGE_CASES) + pushes
        print(f"cloudformation package cases: {len(PACKAGE_CASES)}, deploy push bundles: {pushes}; identical: {same} of "
              f"{total}, different: {len(different)}, in {time.time() - started:.0f} s")
        for case, cli, ours in different[:5]:
            print(f"--- {case}\n  CLI  exit {cli[0]}\n{cli[1]}{cli[2]}\n  ours exit {ours[0]}\n{ours[1]}{ours[2]}")
        sys.exit(1 if different else 0)
    finally:
        moto.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
