#!/usr/bin/env python3
"""Seeds a moto server with about SCALE resources for the audit benchmark (bench/audit-scale.sh).

Mix per 10,000: 1,000 S3 buckets (half versioned, a tenth with a public policy), 3,000 EBS volumes (gp2/gp3,
encrypted or not), 2,000 security groups (a tenth open to SSH), 2,000 snapshots, 1,200 instances (a quarter
stopped), 500 IAM users with access keys, 300 Elastic IPs. Only loopback is contacted.
"""
import argparse
import concurrent.futures as cf
import json

import boto3
from botocore.config import Config

p = argparse.ArgumentParser()
p.add_argument("--endpoint", required=True)
p.add_argument("--scale", type=int, default=10000)
p.add_argument("--region", default="us-east-1")
a = p.parse_args()
assert a.endpoint.startswith("http://127.0.0.1:"), "the benchmark seeds a loopback emulator only"
f = a.scale / 10000.0
# moto answers 500 now and then under concurrent writes: standard retries ride over it
kw = dict(endpoint_url=a.endpoint, region_name=a.region, aws_access_key_id="testing", aws_secret_access_key="testing",
          config=Config(retries={"max_attempts": 10, "mode": "standard"}))
s3, ec2, iam = boto3.client("s3", **kw), boto3.client("ec2", **kw), boto3.client("iam", **kw)


def bucket(i):
    name = "bench-bucket-%05d" % i
    s3.create_bucket(Bucket=name)
    if i % 2 == 0:
        s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    if i % 10 == 0:
        s3.put_bucket_policy(Bucket=name, Policy=json.dumps({"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::%s/*" % name}]}))


def volume(i):
    v = ec2.create_volume(Size=8, AvailabilityZone=a.region + "a", VolumeType="gp2" if i % 3 else "gp3",
                          Encrypted=i % 2 == 0)
    if i % 3 == 0:
        ec2.create_snapshot(VolumeId=v["VolumeId"])
        ec2.create_snapshot(VolumeId=v["VolumeId"])


def group(i):
    g = ec2.create_security_group(GroupName="bench-sg-%05d" % i, Description="bench")
    if i % 10 == 0:
        ec2.authorize_security_group_ingress(GroupId=g["GroupId"], IpProtocol="tcp", FromPort=22, ToPort=22,
                                             CidrIp="0.0.0.0/0")


def user(i):
    name = "bench-user-%04d" % i
    iam.create_user(UserName=name)
    iam.create_access_key(UserName=name)


def instances(i):
    r = ec2.run_instances(ImageId="ami-12c6146b", MinCount=100, MaxCount=100, InstanceType="t3.micro")
    if i % 4 == 0:
        ec2.stop_instances(InstanceIds=[x["InstanceId"] for x in r["Instances"]])


def eip(i):
    ec2.allocate_address(Domain="vpc")


def retried(fn):
    """moto's server has races under concurrent writes (a 500 whose HTML body botocore cannot parse): try again."""
    def run(i):
        for attempt in range(8):
            try:
                return fn(i)
            except Exception:  # noqa: BLE001 - the benchmark only needs the resource to exist
                if attempt == 7:
                    raise
    return run


jobs = [(bucket, int(1000 * f)), (volume, int(3000 * f)), (group, int(2000 * f)), (user, int(500 * f)),
        (instances, max(1, int(12 * f))), (eip, int(300 * f))]
with cf.ThreadPoolExecutor(6) as pool:
    for fn, n in jobs:
        list(pool.map(retried(fn), range(n)))
iam.generate_credential_report()
print("seeded about %d resources" % (int(1000 * f) + int(3000 * f) * 5 // 3 + int(2000 * f) + int(500 * f) * 2
                                       + max(1, int(12 * f)) * 100 + int(300 * f)))
