"""Typed builders of the AWS SDK integration of marketplacecommerceanalytics (``aws-sdk:marketplacecommerceanalytics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, M, S, T

GenerateDataSetParameters = TypedDict(
    "GenerateDataSetParameters",
    {
        "DataSetType": S,
        "DataSetType.$": str,
        "DataSetPublicationDate": T,
        "DataSetPublicationDate.$": str,
        "RoleNameArn": S,
        "RoleNameArn.$": str,
        "DestinationS3BucketName": S,
        "DestinationS3BucketName.$": str,
        "DestinationS3Prefix": S,
        "DestinationS3Prefix.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "CustomerDefinedValues": M[S],
        "CustomerDefinedValues.$": str,
    },
    total=False,
)
StartSupportDataExportParameters = TypedDict(
    "StartSupportDataExportParameters",
    {
        "DataSetType": S,
        "DataSetType.$": str,
        "FromDate": T,
        "FromDate.$": str,
        "RoleNameArn": S,
        "RoleNameArn.$": str,
        "DestinationS3BucketName": S,
        "DestinationS3BucketName.$": str,
        "DestinationS3Prefix": S,
        "DestinationS3Prefix.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "CustomerDefinedValues": M[S],
        "CustomerDefinedValues.$": str,
    },
    total=False,
)
generate_data_set: Builder[GenerateDataSetParameters]
start_support_data_export: Builder[StartSupportDataExportParameters]

__all__ = ["generate_data_set", "start_support_data_export"]
