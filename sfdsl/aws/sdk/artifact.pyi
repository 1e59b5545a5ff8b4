"""Typed builders of the AWS SDK integration of artifact (``aws-sdk:artifact:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, M, S, Si, X

class InquiryFileContent(TypedDict, total=False):
    FileSections: L[Si]
    Content: S

class InquiryContent(TypedDict, total=False):
    Query: S
    FileContent: X[InquiryFileContent]

CreateComplianceInquiryParameters = TypedDict(
    "CreateComplianceInquiryParameters",
    {
        "Name": S,
        "Name.$": str,
        "InquiryContent": X[InquiryContent],
        "InquiryContent.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SupportMode": S,
        "SupportMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ExportComplianceInquiryParameters = TypedDict(
    "ExportComplianceInquiryParameters",
    {
        "ComplianceInquiryId": S,
        "ComplianceInquiryId.$": str,
        "QueryIdentifiers": L[Ii],
        "QueryIdentifiers.$": str,
        "IncludeCitations": B,
        "IncludeCitations.$": str,
    },
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetComplianceInquiryMetadataParameters = TypedDict(
    "GetComplianceInquiryMetadataParameters",
    {"ComplianceInquiryId": S, "ComplianceInquiryId.$": str},
    total=False,
)
GetReportParameters = TypedDict(
    "GetReportParameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "ReportVersion": I,
        "ReportVersion.$": str,
        "TermToken": S,
        "TermToken.$": str,
    },
    total=False,
)
GetReportMetadataParameters = TypedDict(
    "GetReportMetadataParameters",
    {"ReportId": S, "ReportId.$": str, "ReportVersion": I, "ReportVersion.$": str},
    total=False,
)
GetTermForReportParameters = TypedDict(
    "GetTermForReportParameters",
    {"ReportId": S, "ReportId.$": str, "ReportVersion": I, "ReportVersion.$": str},
    total=False,
)
ListComplianceInquiriesParameters = TypedDict(
    "ListComplianceInquiriesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListComplianceInquiryQueriesParameters = TypedDict(
    "ListComplianceInquiryQueriesParameters",
    {
        "ComplianceInquiryId": S,
        "ComplianceInquiryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomerAgreementsParameters = TypedDict(
    "ListCustomerAgreementsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListReportVersionsParameters = TypedDict(
    "ListReportVersionsParameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReportsParameters = TypedDict(
    "ListReportsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutAccountSettingsParameters = TypedDict(
    "PutAccountSettingsParameters",
    {"NotificationSubscriptionStatus": S, "NotificationSubscriptionStatus.$": str},
    total=False,
)
PutComplianceInquiryFeedbackParameters = TypedDict(
    "PutComplianceInquiryFeedbackParameters",
    {
        "ComplianceInquiryId": S,
        "ComplianceInquiryId.$": str,
        "QueryIdentifier": I,
        "QueryIdentifier.$": str,
        "Rating": S,
        "Rating.$": str,
        "ResponseRevisionId": I,
        "ResponseRevisionId.$": str,
        "ReasonCodes": L[Si],
        "ReasonCodes.$": str,
        "Comment": S,
        "Comment.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
create_compliance_inquiry: Builder[CreateComplianceInquiryParameters]
export_compliance_inquiry: Builder[ExportComplianceInquiryParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_compliance_inquiry_metadata: Builder[GetComplianceInquiryMetadataParameters]
get_report: Builder[GetReportParameters]
get_report_metadata: Builder[GetReportMetadataParameters]
get_term_for_report: Builder[GetTermForReportParameters]
list_compliance_inquiries: Builder[ListComplianceInquiriesParameters]
list_compliance_inquiry_queries: Builder[ListComplianceInquiryQueriesParameters]
list_customer_agreements: Builder[ListCustomerAgreementsParameters]
list_report_versions: Builder[ListReportVersionsParameters]
list_reports: Builder[ListReportsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_account_settings: Builder[PutAccountSettingsParameters]
put_compliance_inquiry_feedback: Builder[PutComplianceInquiryFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_compliance_inquiry",
    "export_compliance_inquiry",
    "get_account_settings",
    "get_compliance_inquiry_metadata",
    "get_report",
    "get_report_metadata",
    "get_term_for_report",
    "list_compliance_inquiries",
    "list_compliance_inquiry_queries",
    "list_customer_agreements",
    "list_report_versions",
    "list_reports",
    "list_tags_for_resource",
    "put_account_settings",
    "put_compliance_inquiry_feedback",
    "tag_resource",
    "untag_resource",
]
