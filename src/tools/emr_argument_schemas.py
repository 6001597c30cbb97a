#!/usr/bin/env python3
"""Writes the JSON schemas of the AWS CLI's `aws emr` customization arguments
(awscli/customizations/emr/argumentschema.py, Apache-2.0) to the resource that
dev.awsmcp.custom.EmrArguments reads. Run with the AWS CLI v1 whose behaviour
we follow installed (see the "source" field written into the file):

    python3 src/tools/emr_argument_schemas.py > src/main/resources/dev/awsmcp/custom/emr-argument-schemas.json
"""
import json
import sys

import awscli
import awscli.customizations.emr.argumentschema as schemas

out = {"source": "awscli %s awscli/customizations/emr/argumentschema.py" % awscli.__version__}
for name in sorted(dir(schemas)):
    if name.endswith("_SCHEMA"):
        out[name] = getattr(schemas, name)
json.dump(out, sys.stdout, indent=1, sort_keys=False)
sys.stdout.write("\n")
