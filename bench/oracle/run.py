#!/usr/bin/env python3
"""The end-to-end oracle (issue 19): runs each command of commands.txt through the AWS CLI (`aws`, v1) and through
`bin/aws-mcp run` against the same moto server, and compares stdout byte for byte and the exit code.

    python3 bench/oracle/run.py [--commands bench/oracle/commands.txt] [--jobs 2] [--show 40]

Needs moto (python3 -m moto.server) and the AWS CLI v1 on PATH; contacts loopback only. The seed is fixed, so both
tools see the same resources; the commands are reads (and pre-send errors), so their order does not matter.
Exit status: 0 when every command matches except those listed in expected-differences.txt (with their reasons),
1 otherwise. What v1 refuses and aws-mcp takes from CLI v2 (`--output yaml`, `configure list-profiles`) is reported
apart.
"""
import argparse
import concurrent.futures as cf
import difflib
import json
import os
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
p = argparse.ArgumentParser()
p.add_argument("--commands", default=os.path.join(here, "commands.txt"))
p.add_argument("--jobs", type=int, default=2)
p.add_argument("--show", type=int, default=40, help="mismatches to print in full")
p.add_argument("--json", help="write every result to this file")
p.add_argument("--expected", default=os.path.join(here, "expected-differences.txt"),
               help="commands known to differ, with reasons")
a = p.parse_args()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


port = free_port()
endpoint = "http://127.0.0.1:%d" % port
moto = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(200):
        try:
            urllib.request.urlopen(endpoint + "/moto-api/", timeout=1)
            break
        except Exception:
            time.sleep(0.1)

    import boto3
    kw = dict(endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="testing",
              aws_secret_access_key="testing")
    s3 = boto3.client("s3", **kw)
    s3.create_bucket(Bucket="oracle-bucket")
    for key, body in [("dir/a.txt", b"hello oracle\n"), ("dir/b.txt", b"b" * 2048), ("top.json", b"{}"),
                      ("dir/sub/c.bin", b"\x00" * 5000)]:
        s3.put_object(Bucket="oracle-bucket", Key=key, Body=body)
    s3.put_bucket_versioning(Bucket="oracle-bucket", VersioningConfiguration={"Status": "Enabled"})
    s3.put_bucket_tagging(Bucket="oracle-bucket", Tagging={"TagSet": [{"Key": "team", "Value": "oracle"}]})
    s3.create_bucket(Bucket="oracle-bucket-2")
    ddb = boto3.client("dynamodb", **kw)
    ddb.create_table(TableName="oracle-table", KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
                     AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
                     BillingMode="PAY_PER_REQUEST")
    for i in range(1, 4):
        ddb.put_item(TableName="oracle-table", Item={"pk": {"S": "item-%d" % i}, "n": {"N": str(i * 10)},
                                                     "tags": {"SS": ["a", "b"]}, "ok": {"BOOL": i % 2 == 0}})
    ddb.create_table(TableName="oracle-table-2", KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "N"}],
                     BillingMode="PAY_PER_REQUEST")
    sqs = boto3.client("sqs", **kw)
    for q in ("oracle-q1", "oracle-q2"):
        sqs.create_queue(QueueName=q)
    iam = boto3.client("iam", **kw)
    for i in range(1, 4):
        iam.create_user(UserName="oracle-user-%d" % i, Path="/oracle/")
    iam.create_role(RoleName="oracle-role", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17",
                    "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                   "Action": "sts:AssumeRole"}]}))
    iam.create_group(GroupName="oracle-group")
    boto3.client("sns", **kw).create_topic(Name="oracle-topic")
    kms = boto3.client("kms", **kw)
    key = kms.create_key(Description="oracle")["KeyMetadata"]["KeyId"]
    kms.create_alias(AliasName="alias/oracle", TargetKeyId=key)
    logs = boto3.client("logs", **kw)
    logs.create_log_group(logGroupName="/oracle/group")
    logs.create_log_stream(logGroupName="/oracle/group", logStreamName="stream-1")
    boto3.client("secretsmanager", **kw).create_secret(Name="oracle-secret", SecretString="not-shown")
    ssm = boto3.client("ssm", **kw)
    ssm.put_parameter(Name="/oracle/param", Value="v1", Type="String")
    ssm.put_parameter(Name="/oracle/other", Value="v2", Type="String")
    ec2 = boto3.client("ec2", **kw)
    ec2.create_key_pair(KeyName="oracle-key")
    images = ec2.describe_images()["Images"]
    ran = ec2.run_instances(ImageId=images[0]["ImageId"], MinCount=2, MaxCount=2, InstanceType="t3.micro")
    ec2.create_tags(Resources=[i["InstanceId"] for i in ran["Instances"]], Tags=[{"Key": "team", "Value": "oracle"}])
    placeholders = {"{instance}": ran["Instances"][0]["InstanceId"]}
    # a wider set of services, one or two resources each
    r53 = boto3.client("route53", **kw)
    zone = r53.create_hosted_zone(Name="oracle.example.com", CallerReference="oracle-1")["HostedZone"]["Id"]
    placeholders["{zone}"] = zone.split("/")[-1]
    emr = boto3.client("emr", **kw)
    placeholders["{cluster}"] = emr.run_job_flow(Name="oracle-emr", ReleaseLabel="emr-6.10.0", Instances={
        "InstanceGroups": [{"Name": "MASTER", "InstanceRole": "MASTER", "InstanceType": "m5.xlarge",
                            "InstanceCount": 1, "Market": "ON_DEMAND"}], "KeepJobFlowAliveWhenNoSteps": True},
        BootstrapActions=[{"Name": "ba", "ScriptBootstrapAction": {"Path": "s3://oracle-bucket/ba.sh"}}],
        JobFlowRole="EMR_EC2_DefaultRole", ServiceRole="EMR_DefaultRole")["JobFlowId"]
    cfn = boto3.client("cloudformation", **kw)
    cfn.create_stack(StackName="oracle-stack", TemplateBody=json.dumps({"Resources": {"Q": {
        "Type": "AWS::SQS::Queue", "Properties": {"QueueName": "oracle-stack-q"}}}}),
        Tags=[{"Key": "team", "Value": "oracle"}])
    boto3.client("ecs", **kw).create_cluster(clusterName="oracle-cluster")
    boto3.client("ecr", **kw).create_repository(repositoryName="oracle-repo")
    boto3.client("kinesis", **kw).create_stream(StreamName="oracle-stream", ShardCount=1)
    events = boto3.client("events", **kw)
    events.put_rule(Name="oracle-rule", ScheduleExpression="rate(5 minutes)", State="ENABLED")
    cw = boto3.client("cloudwatch", **kw)
    cw.put_metric_alarm(AlarmName="oracle-alarm", MetricName="Calls", Namespace="Oracle", Statistic="Sum",
                        Period=60, EvaluationPeriods=1, Threshold=10.0, ComparisonOperator="GreaterThanThreshold")
    logs.put_log_events(logGroupName="/oracle/group", logStreamName="stream-1", logEvents=[
        {"timestamp": 1796659200000, "message": "hello from the oracle"},
        {"timestamp": 1796659201000, "message": "second line"}])
    boto3.client("cloudtrail", **kw).create_trail(Name="oracle-trail", S3BucketName="oracle-bucket")
    boto3.client("efs", **kw).create_file_system(CreationToken="oracle-efs", Tags=[{"Key": "Name", "Value": "oracle"}])
    elbv2 = boto3.client("elbv2", **kw)
    vpc = ec2.describe_vpcs()["Vpcs"][0]["VpcId"]
    subnets = [s["SubnetId"] for s in ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["Subnets"]][:2]
    elbv2.create_load_balancer(Name="oracle-lb", Subnets=subnets)
    elbv2.create_target_group(Name="oracle-tg", Protocol="HTTP", Port=80, VpcId=vpc)
    asg = boto3.client("autoscaling", **kw)
    asg.create_launch_configuration(LaunchConfigurationName="oracle-lc", ImageId=images[0]["ImageId"],
                                    InstanceType="t3.micro")
    asg.create_auto_scaling_group(AutoScalingGroupName="oracle-asg", LaunchConfigurationName="oracle-lc",
                                  MinSize=0, MaxSize=1, DesiredCapacity=0, AvailabilityZones=["us-east-1a"])
    boto3.client("stepfunctions", **kw).create_state_machine(name="oracle-sm", definition=json.dumps({
        "StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}),
        roleArn="arn:aws:iam::123456789012:role/oracle-role")
    boto3.client("apigateway", **kw).create_rest_api(name="oracle-api", description="oracle")
    rds = boto3.client("rds", **kw)
    rds.create_db_instance(DBInstanceIdentifier="oracle-db", DBInstanceClass="db.t3.micro", Engine="postgres",
                           MasterUsername="oracle", MasterUserPassword="oracle-password", AllocatedStorage=20)
    boto3.client("sqs", **kw).send_message(QueueUrl=sqs.get_queue_url(QueueName="oracle-q2")["QueueUrl"],
                                           MessageBody="oracle message")
    policy = iam.create_policy(PolicyName="oracle-read", PolicyDocument=json.dumps({"Version": "2012-10-17",
                               "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}))
    iam.attach_role_policy(RoleName="oracle-role", PolicyArn=policy["Policy"]["Arn"])
    iam.create_access_key(UserName="oracle-user-1")
    s3.put_object_tagging(Bucket="oracle-bucket", Key="dir/a.txt", Tagging={"TagSet": [{"Key": "k", "Value": "v"}]})
    sns = boto3.client("sns", **kw)
    sns.subscribe(TopicArn="arn:aws:sns:us-east-1:123456789012:oracle-topic", Protocol="sqs",
                  Endpoint="arn:aws:sqs:us-east-1:123456789012:oracle-q1")
    boto3.client("cloudwatch", **kw).put_metric_data(Namespace="Oracle", MetricData=[
        {"MetricName": "Calls", "Value": 1.0, "Dimensions": [{"Name": "Tool", "Value": "oracle"}]}])

    work = tempfile.mkdtemp(prefix="aws-mcp-oracle-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1",
               AWS_REGION="us-east-1", AWS_ENDPOINT_URL=endpoint, AWS_CONFIG_FILE=os.path.join(work, "config"),
               AWS_SHARED_CREDENTIALS_FILE=os.path.join(work, "credentials"), AWS_EC2_METADATA_DISABLED="true",
               AWS_MCP_AUDIT_FILE=os.path.join(work, "audit.jsonl"), AWS_MCP_LOG_FILE="none", AWS_PAGER="")
    with open(os.path.join(work, "config"), "w") as f:
        f.write("[default]\nregion = us-east-1\noutput = json\n[profile dev]\nregion = eu-west-1\n"
                "aws_access_key_id = AKIDORACLEDEV\naws_secret_access_key = oracle-dev-secret\n")
    commands = []
    for line in open(a.commands):
        line = line.strip()
        if line and not line.startswith("#"):
            command = line
            for k, v in placeholders.items():
                command = command.replace(k, v)
            commands.append((line, command))

    def run(argv):
        t = time.time()
        try:
            r = subprocess.run(argv, env=env, cwd=work, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        except subprocess.TimeoutExpired:
            return -1, "", "timed out after 60 s", time.time() - t
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"), time.time() - t

    def compare(entry):
        template, command = entry
        # --endpoint-url on the command line: AWS CLI v1 ignores AWS_ENDPOINT_URL for some services (sqs, rds)
        words = shlex.split(command) + ["--endpoint-url", endpoint]
        cli = run(words)
        ours = run([os.path.join(root, "bin", "aws-mcp"), "run"] + words)
        # what v1 refuses and aws-mcp adds from CLI v2 (--output yaml, configure list-profiles) is reported apart
        extension = cli[0] == 2 and ours[0] == 0 and "Invalid choice" in cli[2]
        return dict(command=command, template=template, same=cli[0] == ours[0] and cli[1] == ours[1], extension=extension,
                    cliExit=cli[0], ourExit=ours[0],
                    cliOut=cli[1], ourOut=ours[1], cliErr=cli[2].strip()[-400:], ourErr=ours[2].strip()[-400:],
                    cliSeconds=round(cli[3], 3), ourSeconds=round(ours[3], 3))

    subprocess.run([os.path.join(root, "bin", "aws-mcp"), "run", "aws", "sts", "get-caller-identity"], env=env,
                   cwd=work, capture_output=True)  # builds the jar and the class archive once, outside the timing
    started = time.time()
    with cf.ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(compare, commands))
    elapsed = time.time() - started
finally:
    moto.terminate()
    moto.wait()

expected = {}
for line in open(a.expected):
    if line.strip() and not line.startswith("#"):
        command, _, reason = line.rpartition("    #")
        expected[command.strip()] = reason.strip()
same = [r for r in results if r["same"]]
extensions = [r for r in results if r["extension"]]
known = [r for r in results if not r["same"] and not r["extension"] and r["template"] in expected]
bad = [r for r in results if not r["same"] and not r["extension"] and r["template"] not in expected]
stale = [r["template"] for r in results if r["same"] and r["template"] in expected]
for r in known:
    print("known difference: %s  (%s)" % (r["template"], expected[r["template"]]))
for c in stale:
    print("STALE: %s matches now; drop it from %s" % (c, a.expected))
for r in bad[:a.show]:
    print("MISMATCH: " + r["command"])
    print("  exit: cli %d, aws-mcp %d" % (r["cliExit"], r["ourExit"]))
    if r["cliOut"] != r["ourOut"]:
        diff = list(difflib.unified_diff(r["cliOut"].splitlines(), r["ourOut"].splitlines(), "aws", "aws-mcp",
                                         lineterm="", n=1))
        print("  " + "\n  ".join(diff[:30]))
    if r["cliExit"] != r["ourExit"]:
        print("  cli stderr: " + r["cliErr"][-200:].replace("\n", " | "))
        print("  our stderr: " + r["ourErr"][-200:].replace("\n", " | "))
summary = dict(commands=len(results), identical=len(same), different=len(bad), knownDifferences=len(known),
               cliRefusesAwsMcpExtends=len(extensions), seconds=round(elapsed, 1),
               cliMedianSeconds=sorted(r["cliSeconds"] for r in results)[len(results) // 2],
               awsMcpMedianSeconds=sorted(r["ourSeconds"] for r in results)[len(results) // 2])
print(json.dumps(summary))
if a.json:
    json.dump(results, open(a.json, "w"), indent=1)
sys.exit(0 if not bad and not stale else 1)
