"""Typed builders of the AWS SDK integration of signerdata (``aws-sdk:signerdata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Si, T

GetRevocationStatusParameters = TypedDict(
    "GetRevocationStatusParameters",
    {
        "SignatureTimestamp": T,
        "SignatureTimestamp.$": str,
        "PlatformId": S,
        "PlatformId.$": str,
        "ProfileVersionArn": S,
        "ProfileVersionArn.$": str,
        "JobArn": S,
        "JobArn.$": str,
        "CertificateHashes": L[Si],
        "CertificateHashes.$": str,
    },
    total=False,
)
get_revocation_status: Builder[GetRevocationStatusParameters]

__all__ = ["get_revocation_status"]
