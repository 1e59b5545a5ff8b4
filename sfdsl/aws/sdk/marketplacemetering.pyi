"""Typed builders of the AWS SDK integration of marketplacemetering (``aws-sdk:marketplacemetering:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, T, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class UsageAllocation(TypedDict, total=False):
    AllocatedUsageQuantity: I
    AllocatedUsageQuantityAsDecimal: S
    Tags: L[Xi[Tag]]

class UsageRecord(TypedDict, total=False):
    Timestamp: T
    CustomerIdentifier: S
    Dimension: S
    Quantity: I
    QuantityAsDecimal: S
    UsageAllocations: L[Xi[UsageAllocation]]
    CustomerAWSAccountId: S
    LicenseArn: S

BatchMeterUsageParameters = TypedDict(
    "BatchMeterUsageParameters",
    {
        "UsageRecords": L[Xi[UsageRecord]],
        "UsageRecords.$": str,
        "ProductCode": S,
        "ProductCode.$": str,
    },
    total=False,
)
MeterUsageParameters = TypedDict(
    "MeterUsageParameters",
    {
        "ProductCode": S,
        "ProductCode.$": str,
        "Timestamp": T,
        "Timestamp.$": str,
        "UsageDimension": S,
        "UsageDimension.$": str,
        "UsageQuantity": I,
        "UsageQuantity.$": str,
        "UsageQuantityAsDecimal": S,
        "UsageQuantityAsDecimal.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "UsageAllocations": L[Xi[UsageAllocation]],
        "UsageAllocations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RegisterUsageParameters = TypedDict(
    "RegisterUsageParameters",
    {
        "ProductCode": S,
        "ProductCode.$": str,
        "PublicKeyVersion": I,
        "PublicKeyVersion.$": str,
        "Nonce": S,
        "Nonce.$": str,
    },
    total=False,
)
ResolveCustomerParameters = TypedDict(
    "ResolveCustomerParameters", {"RegistrationToken": S, "RegistrationToken.$": str}, total=False
)
batch_meter_usage: Builder[BatchMeterUsageParameters]
meter_usage: Builder[MeterUsageParameters]
register_usage: Builder[RegisterUsageParameters]
resolve_customer: Builder[ResolveCustomerParameters]

__all__ = ["batch_meter_usage", "meter_usage", "register_usage", "resolve_customer"]
