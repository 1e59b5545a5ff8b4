"""Typed builders of the AWS SDK integration of abusesignal (``aws-sdk:abusesignal:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, S, X

class ReportData(TypedDict, total=False):
    Xarf: Doc

CreateAbuseReportParameters = TypedDict(
    "CreateAbuseReportParameters",
    {
        "Report": X[ReportData],
        "Report.$": str,
        "CorrelationId": S,
        "CorrelationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetAbuseReportStatusParameters = TypedDict(
    "GetAbuseReportStatusParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
ListAbuseReportStatusesParameters = TypedDict(
    "ListAbuseReportStatusesParameters",
    {
        "CorrelationId": S,
        "CorrelationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
create_abuse_report: Builder[CreateAbuseReportParameters]
get_abuse_report_status: Builder[GetAbuseReportStatusParameters]
list_abuse_report_statuses: Builder[ListAbuseReportStatusesParameters]

__all__ = ["create_abuse_report", "get_abuse_report_status", "list_abuse_report_statuses"]
