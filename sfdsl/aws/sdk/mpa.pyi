"""Typed builders of the AWS SDK integration of mpa (``aws-sdk:mpa:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

CancelSessionParameters = TypedDict(
    "CancelSessionParameters", {"SessionArn": S, "SessionArn.$": str}, total=False
)

class MofNApprovalStrategy(TypedDict, total=False):
    MinApprovalsRequired: I

class ApprovalStrategy(TypedDict, total=False):
    MofN: X[MofNApprovalStrategy]

class ApprovalTeamRequestApprover(TypedDict, total=False):
    PrimaryIdentityId: S
    PrimaryIdentitySourceArn: S

class PolicyReference(TypedDict, total=False):
    PolicyArn: S

CreateApprovalTeamParameters = TypedDict(
    "CreateApprovalTeamParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ApprovalStrategy": X[ApprovalStrategy],
        "ApprovalStrategy.$": str,
        "Approvers": L[Xi[ApprovalTeamRequestApprover]],
        "Approvers.$": str,
        "Description": S,
        "Description.$": str,
        "Policies": L[Xi[PolicyReference]],
        "Policies.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class IamIdentityCenter(TypedDict, total=False):
    InstanceArn: S
    Region: S

class IdentitySourceParameters(TypedDict, total=False):
    IamIdentityCenter: X[IamIdentityCenter]

CreateIdentitySourceParameters = TypedDict(
    "CreateIdentitySourceParameters",
    {
        "IdentitySourceParameters": X[IdentitySourceParameters],
        "IdentitySourceParameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteIdentitySourceParameters = TypedDict(
    "DeleteIdentitySourceParameters",
    {"IdentitySourceArn": S, "IdentitySourceArn.$": str},
    total=False,
)
DeleteInactiveApprovalTeamVersionParameters = TypedDict(
    "DeleteInactiveApprovalTeamVersionParameters",
    {"Arn": S, "Arn.$": str, "VersionId": S, "VersionId.$": str},
    total=False,
)
GetApprovalTeamParameters = TypedDict(
    "GetApprovalTeamParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetIdentitySourceParameters = TypedDict(
    "GetIdentitySourceParameters", {"IdentitySourceArn": S, "IdentitySourceArn.$": str}, total=False
)
GetPolicyVersionParameters = TypedDict(
    "GetPolicyVersionParameters", {"PolicyVersionArn": S, "PolicyVersionArn.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters", {"SessionArn": S, "SessionArn.$": str}, total=False
)
ListApprovalTeamsParameters = TypedDict(
    "ListApprovalTeamsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIdentitySourcesParameters = TypedDict(
    "ListIdentitySourcesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPolicyVersionsParameters = TypedDict(
    "ListPolicyVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
    },
    total=False,
)
ListResourcePoliciesParameters = TypedDict(
    "ListResourcePoliciesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    FieldName: S
    Operator: S
    Value: S

ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "ApprovalTeamArn": S,
        "ApprovalTeamArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartActiveApprovalTeamDeletionParameters = TypedDict(
    "StartActiveApprovalTeamDeletionParameters",
    {"PendingWindowDays": I, "PendingWindowDays.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
StartApprovalTeamBaselineParameters = TypedDict(
    "StartApprovalTeamBaselineParameters",
    {"Arn": S, "Arn.$": str, "ApproverIds": L[Si], "ApproverIds.$": str},
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
UpdateApprovalTeamParameters = TypedDict(
    "UpdateApprovalTeamParameters",
    {
        "ApprovalStrategy": X[ApprovalStrategy],
        "ApprovalStrategy.$": str,
        "Approvers": L[Xi[ApprovalTeamRequestApprover]],
        "Approvers.$": str,
        "Description": S,
        "Description.$": str,
        "Arn": S,
        "Arn.$": str,
        "UpdateActions": L[Si],
        "UpdateActions.$": str,
    },
    total=False,
)
cancel_session: Builder[CancelSessionParameters]
create_approval_team: Builder[CreateApprovalTeamParameters]
create_identity_source: Builder[CreateIdentitySourceParameters]
delete_identity_source: Builder[DeleteIdentitySourceParameters]
delete_inactive_approval_team_version: Builder[DeleteInactiveApprovalTeamVersionParameters]
get_approval_team: Builder[GetApprovalTeamParameters]
get_identity_source: Builder[GetIdentitySourceParameters]
get_policy_version: Builder[GetPolicyVersionParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_session: Builder[GetSessionParameters]
list_approval_teams: Builder[ListApprovalTeamsParameters]
list_identity_sources: Builder[ListIdentitySourcesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_versions: Builder[ListPolicyVersionsParameters]
list_resource_policies: Builder[ListResourcePoliciesParameters]
list_sessions: Builder[ListSessionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_active_approval_team_deletion: Builder[StartActiveApprovalTeamDeletionParameters]
start_approval_team_baseline: Builder[StartApprovalTeamBaselineParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_approval_team: Builder[UpdateApprovalTeamParameters]

__all__ = [
    "cancel_session",
    "create_approval_team",
    "create_identity_source",
    "delete_identity_source",
    "delete_inactive_approval_team_version",
    "get_approval_team",
    "get_identity_source",
    "get_policy_version",
    "get_resource_policy",
    "get_session",
    "list_approval_teams",
    "list_identity_sources",
    "list_policies",
    "list_policy_versions",
    "list_resource_policies",
    "list_sessions",
    "list_tags_for_resource",
    "start_active_approval_team_deletion",
    "start_approval_team_baseline",
    "tag_resource",
    "untag_resource",
    "update_approval_team",
]
