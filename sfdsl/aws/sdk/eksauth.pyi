"""Typed builders of the AWS SDK integration of eksauth (``aws-sdk:eksauth:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

AssumeRoleForPodIdentityParameters = TypedDict(
    "AssumeRoleForPodIdentityParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Token": S,
        "Token.$": str,
        "EksNodeName": S,
        "EksNodeName.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Zone": S,
        "Zone.$": str,
    },
    total=False,
)
assume_role_for_pod_identity: Builder[AssumeRoleForPodIdentityParameters]

__all__ = ["assume_role_for_pod_identity"]
