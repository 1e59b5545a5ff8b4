"""Typed builders of the AWS SDK integration of support (``aws-sdk:support:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class Attachment(TypedDict, total=False):
    FileName: S
    Data: S

AddAttachmentsToSetParameters = TypedDict(
    "AddAttachmentsToSetParameters",
    {
        "AttachmentSetId": S,
        "AttachmentSetId.$": str,
        "Attachments": L[Xi[Attachment]],
        "Attachments.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AddCommunicationToCaseParameters = TypedDict(
    "AddCommunicationToCaseParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "CommunicationBody": S,
        "CommunicationBody.$": str,
        "CcEmailAddresses": L[Si],
        "CcEmailAddresses.$": str,
        "AttachmentSetId": S,
        "AttachmentSetId.$": str,
        "UploadIds": L[Si],
        "UploadIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CompletedUpload(TypedDict, total=False):
    PartIndex: I
    ETag: S

CompleteAttachmentUploadParameters = TypedDict(
    "CompleteAttachmentUploadParameters",
    {
        "UploadId": S,
        "UploadId.$": str,
        "CompletedUploads": L[Xi[CompletedUpload]],
        "CompletedUploads.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCaseParameters = TypedDict(
    "CreateCaseParameters",
    {
        "Subject": S,
        "Subject.$": str,
        "ServiceCode": S,
        "ServiceCode.$": str,
        "SeverityCode": S,
        "SeverityCode.$": str,
        "CategoryCode": S,
        "CategoryCode.$": str,
        "CommunicationBody": S,
        "CommunicationBody.$": str,
        "CcEmailAddresses": L[Si],
        "CcEmailAddresses.$": str,
        "Language": S,
        "Language.$": str,
        "IssueType": S,
        "IssueType.$": str,
        "AttachmentSetId": S,
        "AttachmentSetId.$": str,
        "UploadIds": L[Si],
        "UploadIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeAttachmentParameters = TypedDict(
    "DescribeAttachmentParameters",
    {"AttachmentId": S, "AttachmentId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DescribeAttachmentUploadStatusParameters = TypedDict(
    "DescribeAttachmentUploadStatusParameters",
    {"UploadId": S, "UploadId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DescribeCasesParameters = TypedDict(
    "DescribeCasesParameters",
    {
        "CaseIdList": L[Si],
        "CaseIdList.$": str,
        "DisplayId": S,
        "DisplayId.$": str,
        "AfterTime": S,
        "AfterTime.$": str,
        "BeforeTime": S,
        "BeforeTime.$": str,
        "IncludeResolvedCases": B,
        "IncludeResolvedCases.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Language": S,
        "Language.$": str,
        "IncludeCommunications": B,
        "IncludeCommunications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCommunicationsParameters = TypedDict(
    "DescribeCommunicationsParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "BeforeTime": S,
        "BeforeTime.$": str,
        "AfterTime": S,
        "AfterTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCreateCaseOptionsParameters = TypedDict(
    "DescribeCreateCaseOptionsParameters",
    {
        "IssueType": S,
        "IssueType.$": str,
        "ServiceCode": S,
        "ServiceCode.$": str,
        "Language": S,
        "Language.$": str,
        "CategoryCode": S,
        "CategoryCode.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeServicesParameters = TypedDict(
    "DescribeServicesParameters",
    {
        "ServiceCodeList": L[Si],
        "ServiceCodeList.$": str,
        "Language": S,
        "Language.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeSeverityLevelsParameters = TypedDict(
    "DescribeSeverityLevelsParameters",
    {"Language": S, "Language.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DescribeSupportedLanguagesParameters = TypedDict(
    "DescribeSupportedLanguagesParameters",
    {
        "IssueType": S,
        "IssueType.$": str,
        "ServiceCode": S,
        "ServiceCode.$": str,
        "CategoryCode": S,
        "CategoryCode.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTrustedAdvisorCheckRefreshStatusesParameters = TypedDict(
    "DescribeTrustedAdvisorCheckRefreshStatusesParameters",
    {"CheckIds": L[Si], "CheckIds.$": str},
    total=False,
)
DescribeTrustedAdvisorCheckResultParameters = TypedDict(
    "DescribeTrustedAdvisorCheckResultParameters",
    {"CheckId": S, "CheckId.$": str, "Language": S, "Language.$": str},
    total=False,
)
DescribeTrustedAdvisorCheckSummariesParameters = TypedDict(
    "DescribeTrustedAdvisorCheckSummariesParameters",
    {"CheckIds": L[Si], "CheckIds.$": str},
    total=False,
)
DescribeTrustedAdvisorChecksParameters = TypedDict(
    "DescribeTrustedAdvisorChecksParameters", {"Language": S, "Language.$": str}, total=False
)
GetAttachmentDownloadLinkParameters = TypedDict(
    "GetAttachmentDownloadLinkParameters",
    {"AttachmentId": S, "AttachmentId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)

class UploadRange(TypedDict, total=False):
    StartIndex: I
    EndIndex: I

GetAttachmentUploadLinksParameters = TypedDict(
    "GetAttachmentUploadLinksParameters",
    {
        "FileName": S,
        "FileName.$": str,
        "FileSizeBytes": I,
        "FileSizeBytes.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "UploadRange": X[UploadRange],
        "UploadRange.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RefreshTrustedAdvisorCheckParameters = TypedDict(
    "RefreshTrustedAdvisorCheckParameters", {"CheckId": S, "CheckId.$": str}, total=False
)
ResolveCaseParameters = TypedDict(
    "ResolveCaseParameters",
    {"CaseId": S, "CaseId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
add_attachments_to_set: Builder[AddAttachmentsToSetParameters]
add_communication_to_case: Builder[AddCommunicationToCaseParameters]
complete_attachment_upload: Builder[CompleteAttachmentUploadParameters]
create_case: Builder[CreateCaseParameters]
describe_attachment: Builder[DescribeAttachmentParameters]
describe_attachment_upload_status: Builder[DescribeAttachmentUploadStatusParameters]
describe_cases: Builder[DescribeCasesParameters]
describe_communications: Builder[DescribeCommunicationsParameters]
describe_create_case_options: Builder[DescribeCreateCaseOptionsParameters]
describe_services: Builder[DescribeServicesParameters]
describe_severity_levels: Builder[DescribeSeverityLevelsParameters]
describe_supported_languages: Builder[DescribeSupportedLanguagesParameters]
describe_trusted_advisor_check_refresh_statuses: Builder[
    DescribeTrustedAdvisorCheckRefreshStatusesParameters
]
describe_trusted_advisor_check_result: Builder[DescribeTrustedAdvisorCheckResultParameters]
describe_trusted_advisor_check_summaries: Builder[DescribeTrustedAdvisorCheckSummariesParameters]
describe_trusted_advisor_checks: Builder[DescribeTrustedAdvisorChecksParameters]
get_attachment_download_link: Builder[GetAttachmentDownloadLinkParameters]
get_attachment_upload_links: Builder[GetAttachmentUploadLinksParameters]
refresh_trusted_advisor_check: Builder[RefreshTrustedAdvisorCheckParameters]
resolve_case: Builder[ResolveCaseParameters]

__all__ = [
    "add_attachments_to_set",
    "add_communication_to_case",
    "complete_attachment_upload",
    "create_case",
    "describe_attachment",
    "describe_attachment_upload_status",
    "describe_cases",
    "describe_communications",
    "describe_create_case_options",
    "describe_services",
    "describe_severity_levels",
    "describe_supported_languages",
    "describe_trusted_advisor_check_refresh_statuses",
    "describe_trusted_advisor_check_result",
    "describe_trusted_advisor_check_summaries",
    "describe_trusted_advisor_checks",
    "get_attachment_download_link",
    "get_attachment_upload_links",
    "refresh_trusted_advisor_check",
    "resolve_case",
]
