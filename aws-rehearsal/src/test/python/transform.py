"""Prints the CloudFormation JSON that AWS SAM makes of template.yaml (aws-sam-translator, as `sam deploy` runs it).

Usage: transform.py TEMPLATE [Name=Value ...]

Before the transform, every local CodeUri and DefinitionUri is replaced by s3://rehearsal-artifacts/<its path>, as
`sam package` replaces them by the S3 objects it uploads; a path that does not exist is an error, as there. Managed
policies are not looked up (the template names none), and the region is us-east-1 unless AWS_DEFAULT_REGION says.
"""

import json
import os
import sys

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")

from samtranslator.translator.transform import transform  # noqa: E402
from samtranslator.yaml_helper import yaml_parse  # noqa: E402

ARTIFACT_BUCKET = "rehearsal-artifacts"
PACKAGED_PROPERTIES = {"AWS::Serverless::Function": "CodeUri", "AWS::Serverless::StateMachine": "DefinitionUri"}


class NoManagedPolicies:
    def load(self):
        return {}


def packaged(uri, template_dir):
    if not isinstance(uri, str) or uri.startswith("s3://"):
        return uri
    if not os.path.exists(os.path.join(template_dir, uri)):
        sys.exit(f"{uri} does not exist: build it first (./mvnw -DskipTests package)")
    return f"s3://{ARTIFACT_BUCKET}/{uri}"


def package(template, template_dir):
    function_globals = template.get("Globals", {}).get("Function", {})
    if "CodeUri" in function_globals:
        function_globals["CodeUri"] = packaged(function_globals["CodeUri"], template_dir)
    for resource in template.get("Resources", {}).values():
        prop = PACKAGED_PROPERTIES.get(resource.get("Type"))
        properties = resource.get("Properties", {})
        if prop in properties:
            properties[prop] = packaged(properties[prop], template_dir)


def main(argv):
    path = argv[1]
    parameters = dict(arg.split("=", 1) for arg in argv[2:])
    with open(path, encoding="utf-8") as f:
        template = yaml_parse(f.read())
    package(template, os.path.dirname(os.path.abspath(path)))
    json.dump(transform(template, parameters, NoManagedPolicies()), sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
