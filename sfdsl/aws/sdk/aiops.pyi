"""Typed builders of the AWS SDK integration of aiops (``aws-sdk:aiops:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class EncryptionConfiguration(TypedDict, total=False):
    Type: S
    KmsKeyId: S

class CrossAccountConfiguration(TypedDict, total=False):
    SourceRoleArn: S

CreateInvestigationGroupParameters = TypedDict(
    "CreateInvestigationGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "RetentionInDays": I,
        "RetentionInDays.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TagKeyBoundaries": L[Si],
        "TagKeyBoundaries.$": str,
        "ChatbotNotificationChannel": M[L[Si]],
        "ChatbotNotificationChannel.$": str,
        "IsCloudTrailEventHistoryEnabled": B,
        "IsCloudTrailEventHistoryEnabled.$": str,
        "CrossAccountConfigurations": L[Xi[CrossAccountConfiguration]],
        "CrossAccountConfigurations.$": str,
    },
    total=False,
)
DeleteInvestigationGroupParameters = TypedDict(
    "DeleteInvestigationGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteInvestigationGroupPolicyParameters = TypedDict(
    "DeleteInvestigationGroupPolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetInvestigationGroupParameters = TypedDict(
    "GetInvestigationGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetInvestigationGroupPolicyParameters = TypedDict(
    "GetInvestigationGroupPolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListInvestigationGroupsParameters = TypedDict(
    "ListInvestigationGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutInvestigationGroupPolicyParameters = TypedDict(
    "PutInvestigationGroupPolicyParameters",
    {"Identifier": S, "Identifier.$": str, "Policy": S, "Policy.$": str},
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
UpdateInvestigationGroupParameters = TypedDict(
    "UpdateInvestigationGroupParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "TagKeyBoundaries": L[Si],
        "TagKeyBoundaries.$": str,
        "ChatbotNotificationChannel": M[L[Si]],
        "ChatbotNotificationChannel.$": str,
        "IsCloudTrailEventHistoryEnabled": B,
        "IsCloudTrailEventHistoryEnabled.$": str,
        "CrossAccountConfigurations": L[Xi[CrossAccountConfiguration]],
        "CrossAccountConfigurations.$": str,
    },
    total=False,
)
create_investigation_group: Builder[CreateInvestigationGroupParameters]
delete_investigation_group: Builder[DeleteInvestigationGroupParameters]
delete_investigation_group_policy: Builder[DeleteInvestigationGroupPolicyParameters]
get_investigation_group: Builder[GetInvestigationGroupParameters]
get_investigation_group_policy: Builder[GetInvestigationGroupPolicyParameters]
list_investigation_groups: Builder[ListInvestigationGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_investigation_group_policy: Builder[PutInvestigationGroupPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_investigation_group: Builder[UpdateInvestigationGroupParameters]

__all__ = [
    "create_investigation_group",
    "delete_investigation_group",
    "delete_investigation_group_policy",
    "get_investigation_group",
    "get_investigation_group_policy",
    "list_investigation_groups",
    "list_tags_for_resource",
    "put_investigation_group_policy",
    "tag_resource",
    "untag_resource",
    "update_investigation_group",
]
