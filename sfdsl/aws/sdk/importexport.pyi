"""Typed builders of the AWS SDK integration of importexport (``aws-sdk:importexport:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si

CancelJobParameters = TypedDict(
    "CancelJobParameters",
    {"JobId": S, "JobId.$": str, "ApiVersion": S, "ApiVersion.$": str},
    total=False,
)
CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "JobType": S,
        "JobType.$": str,
        "Manifest": S,
        "Manifest.$": str,
        "ManifestAddendum": S,
        "ManifestAddendum.$": str,
        "ValidateOnly": B,
        "ValidateOnly.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
GetShippingLabelParameters = TypedDict(
    "GetShippingLabelParameters",
    {
        "JobIds": L[Si],
        "JobIds.$": str,
        "Name": S,
        "Name.$": str,
        "Company": S,
        "Company.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "Country": S,
        "Country.$": str,
        "StateOrProvince": S,
        "StateOrProvince.$": str,
        "City": S,
        "City.$": str,
        "PostalCode": S,
        "PostalCode.$": str,
        "Street1": S,
        "Street1.$": str,
        "Street2": S,
        "Street2.$": str,
        "Street3": S,
        "Street3.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
GetStatusParameters = TypedDict(
    "GetStatusParameters",
    {"JobId": S, "JobId.$": str, "ApiVersion": S, "ApiVersion.$": str},
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "MaxJobs": I,
        "MaxJobs.$": str,
        "Marker": S,
        "Marker.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
UpdateJobParameters = TypedDict(
    "UpdateJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Manifest": S,
        "Manifest.$": str,
        "JobType": S,
        "JobType.$": str,
        "ValidateOnly": B,
        "ValidateOnly.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
cancel_job: Builder[CancelJobParameters]
create_job: Builder[CreateJobParameters]
get_shipping_label: Builder[GetShippingLabelParameters]
get_status: Builder[GetStatusParameters]
list_jobs: Builder[ListJobsParameters]
update_job: Builder[UpdateJobParameters]

__all__ = [
    "cancel_job",
    "create_job",
    "get_shipping_label",
    "get_status",
    "list_jobs",
    "update_job",
]
