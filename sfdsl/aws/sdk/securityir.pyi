"""Typed builders of the AWS SDK integration of securityir (``aws-sdk:securityir:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

BatchGetMemberAccountDetailsParameters = TypedDict(
    "BatchGetMemberAccountDetailsParameters",
    {"MembershipId": S, "MembershipId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
CancelMembershipParameters = TypedDict(
    "CancelMembershipParameters", {"MembershipId": S, "MembershipId.$": str}, total=False
)
CloseCaseParameters = TypedDict("CloseCaseParameters", {"CaseId": S, "CaseId.$": str}, total=False)

class Watcher(TypedDict, total=False):
    Email: S
    Name: S
    JobTitle: S

class ThreatActorIp(TypedDict, total=False):
    IpAddress: S
    UserAgent: S

class ImpactedAwsRegion(TypedDict, total=False):
    Region: S

CreateCaseParameters = TypedDict(
    "CreateCaseParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ResolverType": S,
        "ResolverType.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "EngagementType": S,
        "EngagementType.$": str,
        "ReportedIncidentStartDate": T,
        "ReportedIncidentStartDate.$": str,
        "ImpactedAccounts": L[Si],
        "ImpactedAccounts.$": str,
        "Watchers": L[Xi[Watcher]],
        "Watchers.$": str,
        "ThreatActorIpAddresses": L[Xi[ThreatActorIp]],
        "ThreatActorIpAddresses.$": str,
        "ImpactedServices": L[Si],
        "ImpactedServices.$": str,
        "ImpactedAwsRegions": L[Xi[ImpactedAwsRegion]],
        "ImpactedAwsRegions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCaseCommentParameters = TypedDict(
    "CreateCaseCommentParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)

class IncidentResponder(TypedDict, total=False):
    Name: S
    JobTitle: S
    Email: S
    CommunicationPreferences: L[Si]

class OptInFeature(TypedDict, total=False):
    FeatureName: S
    IsEnabled: B

CreateMembershipParameters = TypedDict(
    "CreateMembershipParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MembershipName": S,
        "MembershipName.$": str,
        "IncidentResponseTeam": L[Xi[IncidentResponder]],
        "IncidentResponseTeam.$": str,
        "OptInFeatures": L[Xi[OptInFeature]],
        "OptInFeatures.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CoverEntireOrganization": B,
        "CoverEntireOrganization.$": str,
    },
    total=False,
)
GetCaseParameters = TypedDict("GetCaseParameters", {"CaseId": S, "CaseId.$": str}, total=False)
GetCaseAttachmentDownloadUrlParameters = TypedDict(
    "GetCaseAttachmentDownloadUrlParameters",
    {"CaseId": S, "CaseId.$": str, "AttachmentId": S, "AttachmentId.$": str},
    total=False,
)
GetCaseAttachmentUploadUrlParameters = TypedDict(
    "GetCaseAttachmentUploadUrlParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "FileName": S,
        "FileName.$": str,
        "ContentLength": I,
        "ContentLength.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetFindingMetricsParameters = TypedDict(
    "GetFindingMetricsParameters",
    {
        "MembershipId": S,
        "MembershipId.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
    },
    total=False,
)
GetMembershipParameters = TypedDict(
    "GetMembershipParameters", {"MembershipId": S, "MembershipId.$": str}, total=False
)
ListCaseEditsParameters = TypedDict(
    "ListCaseEditsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CaseId": S,
        "CaseId.$": str,
    },
    total=False,
)
ListCasesParameters = TypedDict(
    "ListCasesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListCommentsParameters = TypedDict(
    "ListCommentsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CaseId": S,
        "CaseId.$": str,
    },
    total=False,
)
ListInvestigationsParameters = TypedDict(
    "ListInvestigationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CaseId": S,
        "CaseId.$": str,
    },
    total=False,
)
ListMembershipsParameters = TypedDict(
    "ListMembershipsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
SendFeedbackParameters = TypedDict(
    "SendFeedbackParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "ResultId": S,
        "ResultId.$": str,
        "Usefulness": S,
        "Usefulness.$": str,
        "Comment": S,
        "Comment.$": str,
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

class CaseMetadataEntry(TypedDict, total=False):
    Key: S
    Value: S

UpdateCaseParameters = TypedDict(
    "UpdateCaseParameters",
    {
        "CaseId": S,
        "CaseId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "ReportedIncidentStartDate": T,
        "ReportedIncidentStartDate.$": str,
        "ActualIncidentStartDate": T,
        "ActualIncidentStartDate.$": str,
        "EngagementType": S,
        "EngagementType.$": str,
        "WatchersToAdd": L[Xi[Watcher]],
        "WatchersToAdd.$": str,
        "WatchersToDelete": L[Xi[Watcher]],
        "WatchersToDelete.$": str,
        "ThreatActorIpAddressesToAdd": L[Xi[ThreatActorIp]],
        "ThreatActorIpAddressesToAdd.$": str,
        "ThreatActorIpAddressesToDelete": L[Xi[ThreatActorIp]],
        "ThreatActorIpAddressesToDelete.$": str,
        "ImpactedServicesToAdd": L[Si],
        "ImpactedServicesToAdd.$": str,
        "ImpactedServicesToDelete": L[Si],
        "ImpactedServicesToDelete.$": str,
        "ImpactedAwsRegionsToAdd": L[Xi[ImpactedAwsRegion]],
        "ImpactedAwsRegionsToAdd.$": str,
        "ImpactedAwsRegionsToDelete": L[Xi[ImpactedAwsRegion]],
        "ImpactedAwsRegionsToDelete.$": str,
        "ImpactedAccountsToAdd": L[Si],
        "ImpactedAccountsToAdd.$": str,
        "ImpactedAccountsToDelete": L[Si],
        "ImpactedAccountsToDelete.$": str,
        "CaseMetadata": L[Xi[CaseMetadataEntry]],
        "CaseMetadata.$": str,
    },
    total=False,
)
UpdateCaseCommentParameters = TypedDict(
    "UpdateCaseCommentParameters",
    {"CaseId": S, "CaseId.$": str, "CommentId": S, "CommentId.$": str, "Body": S, "Body.$": str},
    total=False,
)
UpdateCaseStatusParameters = TypedDict(
    "UpdateCaseStatusParameters",
    {"CaseId": S, "CaseId.$": str, "CaseStatus": S, "CaseStatus.$": str},
    total=False,
)

class MembershipAccountsConfigurationsUpdate(TypedDict, total=False):
    CoverEntireOrganization: B
    OrganizationalUnitsToAdd: L[Si]
    OrganizationalUnitsToRemove: L[Si]

UpdateMembershipParameters = TypedDict(
    "UpdateMembershipParameters",
    {
        "MembershipId": S,
        "MembershipId.$": str,
        "MembershipName": S,
        "MembershipName.$": str,
        "IncidentResponseTeam": L[Xi[IncidentResponder]],
        "IncidentResponseTeam.$": str,
        "OptInFeatures": L[Xi[OptInFeature]],
        "OptInFeatures.$": str,
        "MembershipAccountsConfigurationsUpdate": X[MembershipAccountsConfigurationsUpdate],
        "MembershipAccountsConfigurationsUpdate.$": str,
        "UndoMembershipCancellation": B,
        "UndoMembershipCancellation.$": str,
    },
    total=False,
)
UpdateResolverTypeParameters = TypedDict(
    "UpdateResolverTypeParameters",
    {"CaseId": S, "CaseId.$": str, "ResolverType": S, "ResolverType.$": str},
    total=False,
)
batch_get_member_account_details: Builder[BatchGetMemberAccountDetailsParameters]
cancel_membership: Builder[CancelMembershipParameters]
close_case: Builder[CloseCaseParameters]
create_case: Builder[CreateCaseParameters]
create_case_comment: Builder[CreateCaseCommentParameters]
create_membership: Builder[CreateMembershipParameters]
get_case: Builder[GetCaseParameters]
get_case_attachment_download_url: Builder[GetCaseAttachmentDownloadUrlParameters]
get_case_attachment_upload_url: Builder[GetCaseAttachmentUploadUrlParameters]
get_finding_metrics: Builder[GetFindingMetricsParameters]
get_membership: Builder[GetMembershipParameters]
list_case_edits: Builder[ListCaseEditsParameters]
list_cases: Builder[ListCasesParameters]
list_comments: Builder[ListCommentsParameters]
list_investigations: Builder[ListInvestigationsParameters]
list_memberships: Builder[ListMembershipsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
send_feedback: Builder[SendFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_case: Builder[UpdateCaseParameters]
update_case_comment: Builder[UpdateCaseCommentParameters]
update_case_status: Builder[UpdateCaseStatusParameters]
update_membership: Builder[UpdateMembershipParameters]
update_resolver_type: Builder[UpdateResolverTypeParameters]

__all__ = [
    "batch_get_member_account_details",
    "cancel_membership",
    "close_case",
    "create_case",
    "create_case_comment",
    "create_membership",
    "get_case",
    "get_case_attachment_download_url",
    "get_case_attachment_upload_url",
    "get_finding_metrics",
    "get_membership",
    "list_case_edits",
    "list_cases",
    "list_comments",
    "list_investigations",
    "list_memberships",
    "list_tags_for_resource",
    "send_feedback",
    "tag_resource",
    "untag_resource",
    "update_case",
    "update_case_comment",
    "update_case_status",
    "update_membership",
    "update_resolver_type",
]
