"""Typed builders of the AWS SDK integration of applicationcostprofiler (``aws-sdk:applicationcostprofiler:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, X

DeleteReportDefinitionParameters = TypedDict(
    "DeleteReportDefinitionParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
GetReportDefinitionParameters = TypedDict(
    "GetReportDefinitionParameters", {"ReportId": S, "ReportId.$": str}, total=False
)

class SourceS3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    Region: S

ImportApplicationUsageParameters = TypedDict(
    "ImportApplicationUsageParameters",
    {"SourceS3Location": X[SourceS3Location], "SourceS3Location.$": str},
    total=False,
)
ListReportDefinitionsParameters = TypedDict(
    "ListReportDefinitionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class S3Location(TypedDict, total=False):
    Bucket: S
    Prefix: S

PutReportDefinitionParameters = TypedDict(
    "PutReportDefinitionParameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "ReportDescription": S,
        "ReportDescription.$": str,
        "ReportFrequency": S,
        "ReportFrequency.$": str,
        "Format": S,
        "Format.$": str,
        "DestinationS3Location": X[S3Location],
        "DestinationS3Location.$": str,
    },
    total=False,
)
UpdateReportDefinitionParameters = TypedDict(
    "UpdateReportDefinitionParameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "ReportDescription": S,
        "ReportDescription.$": str,
        "ReportFrequency": S,
        "ReportFrequency.$": str,
        "Format": S,
        "Format.$": str,
        "DestinationS3Location": X[S3Location],
        "DestinationS3Location.$": str,
    },
    total=False,
)
delete_report_definition: Builder[DeleteReportDefinitionParameters]
get_report_definition: Builder[GetReportDefinitionParameters]
import_application_usage: Builder[ImportApplicationUsageParameters]
list_report_definitions: Builder[ListReportDefinitionsParameters]
put_report_definition: Builder[PutReportDefinitionParameters]
update_report_definition: Builder[UpdateReportDefinitionParameters]

__all__ = [
    "delete_report_definition",
    "get_report_definition",
    "import_application_usage",
    "list_report_definitions",
    "put_report_definition",
    "update_report_definition",
]
