"""Typed builders of the AWS SDK integration of simpledbv2 (``aws-sdk:simpledbv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

GetExportParameters = TypedDict(
    "GetExportParameters", {"ExportArn": S, "ExportArn.$": str}, total=False
)
ListExportsParameters = TypedDict(
    "ListExportsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartDomainExportParameters = TypedDict(
    "StartDomainExportParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3KeyPrefix": S,
        "S3KeyPrefix.$": str,
        "S3SseAlgorithm": S,
        "S3SseAlgorithm.$": str,
        "S3SseKmsKeyId": S,
        "S3SseKmsKeyId.$": str,
        "S3BucketOwner": S,
        "S3BucketOwner.$": str,
    },
    total=False,
)
get_export: Builder[GetExportParameters]
list_exports: Builder[ListExportsParameters]
start_domain_export: Builder[StartDomainExportParameters]

__all__ = ["get_export", "list_exports", "start_domain_export"]
