"""Typed builders of the AWS SDK integration of route53recoveryreadiness (``aws-sdk:route53recoveryreadiness:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

CreateCellParameters = TypedDict(
    "CreateCellParameters",
    {"CellName": S, "CellName.$": str, "Cells": L[Si], "Cells.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateCrossAccountAuthorizationParameters = TypedDict(
    "CreateCrossAccountAuthorizationParameters",
    {"CrossAccountAuthorization": S, "CrossAccountAuthorization.$": str},
    total=False,
)
CreateReadinessCheckParameters = TypedDict(
    "CreateReadinessCheckParameters",
    {
        "ReadinessCheckName": S,
        "ReadinessCheckName.$": str,
        "ResourceSetName": S,
        "ResourceSetName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRecoveryGroupParameters = TypedDict(
    "CreateRecoveryGroupParameters",
    {
        "Cells": L[Si],
        "Cells.$": str,
        "RecoveryGroupName": S,
        "RecoveryGroupName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NLBResource(TypedDict, total=False):
    Arn: S

class R53ResourceRecord(TypedDict, total=False):
    DomainName: S
    RecordSetId: S

class TargetResource(TypedDict, total=False):
    NlbResource: X[NLBResource]
    R53Resource: X[R53ResourceRecord]

class DNSTargetResource(TypedDict, total=False):
    DomainName: S
    HostedZoneArn: S
    RecordSetId: S
    RecordType: S
    TargetResource: X[TargetResource]

class Resource(TypedDict, total=False):
    ComponentId: S
    DnsTargetResource: X[DNSTargetResource]
    ReadinessScopes: L[Si]
    ResourceArn: S

CreateResourceSetParameters = TypedDict(
    "CreateResourceSetParameters",
    {
        "ResourceSetName": S,
        "ResourceSetName.$": str,
        "ResourceSetType": S,
        "ResourceSetType.$": str,
        "Resources": L[Xi[Resource]],
        "Resources.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteCellParameters = TypedDict(
    "DeleteCellParameters", {"CellName": S, "CellName.$": str}, total=False
)
DeleteCrossAccountAuthorizationParameters = TypedDict(
    "DeleteCrossAccountAuthorizationParameters",
    {"CrossAccountAuthorization": S, "CrossAccountAuthorization.$": str},
    total=False,
)
DeleteReadinessCheckParameters = TypedDict(
    "DeleteReadinessCheckParameters",
    {"ReadinessCheckName": S, "ReadinessCheckName.$": str},
    total=False,
)
DeleteRecoveryGroupParameters = TypedDict(
    "DeleteRecoveryGroupParameters",
    {"RecoveryGroupName": S, "RecoveryGroupName.$": str},
    total=False,
)
DeleteResourceSetParameters = TypedDict(
    "DeleteResourceSetParameters", {"ResourceSetName": S, "ResourceSetName.$": str}, total=False
)
GetArchitectureRecommendationsParameters = TypedDict(
    "GetArchitectureRecommendationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecoveryGroupName": S,
        "RecoveryGroupName.$": str,
    },
    total=False,
)
GetCellParameters = TypedDict("GetCellParameters", {"CellName": S, "CellName.$": str}, total=False)
GetCellReadinessSummaryParameters = TypedDict(
    "GetCellReadinessSummaryParameters",
    {
        "CellName": S,
        "CellName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetReadinessCheckParameters = TypedDict(
    "GetReadinessCheckParameters",
    {"ReadinessCheckName": S, "ReadinessCheckName.$": str},
    total=False,
)
GetReadinessCheckResourceStatusParameters = TypedDict(
    "GetReadinessCheckResourceStatusParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReadinessCheckName": S,
        "ReadinessCheckName.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
    },
    total=False,
)
GetReadinessCheckStatusParameters = TypedDict(
    "GetReadinessCheckStatusParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReadinessCheckName": S,
        "ReadinessCheckName.$": str,
    },
    total=False,
)
GetRecoveryGroupParameters = TypedDict(
    "GetRecoveryGroupParameters", {"RecoveryGroupName": S, "RecoveryGroupName.$": str}, total=False
)
GetRecoveryGroupReadinessSummaryParameters = TypedDict(
    "GetRecoveryGroupReadinessSummaryParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecoveryGroupName": S,
        "RecoveryGroupName.$": str,
    },
    total=False,
)
GetResourceSetParameters = TypedDict(
    "GetResourceSetParameters", {"ResourceSetName": S, "ResourceSetName.$": str}, total=False
)
ListCellsParameters = TypedDict(
    "ListCellsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCrossAccountAuthorizationsParameters = TypedDict(
    "ListCrossAccountAuthorizationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListReadinessChecksParameters = TypedDict(
    "ListReadinessChecksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRecoveryGroupsParameters = TypedDict(
    "ListRecoveryGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListResourceSetsParameters = TypedDict(
    "ListResourceSetsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
ListTagsForResourcesParameters = TypedDict(
    "ListTagsForResourcesParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdateCellParameters = TypedDict(
    "UpdateCellParameters",
    {"CellName": S, "CellName.$": str, "Cells": L[Si], "Cells.$": str},
    total=False,
)
UpdateReadinessCheckParameters = TypedDict(
    "UpdateReadinessCheckParameters",
    {
        "ReadinessCheckName": S,
        "ReadinessCheckName.$": str,
        "ResourceSetName": S,
        "ResourceSetName.$": str,
    },
    total=False,
)
UpdateRecoveryGroupParameters = TypedDict(
    "UpdateRecoveryGroupParameters",
    {"Cells": L[Si], "Cells.$": str, "RecoveryGroupName": S, "RecoveryGroupName.$": str},
    total=False,
)
UpdateResourceSetParameters = TypedDict(
    "UpdateResourceSetParameters",
    {
        "ResourceSetName": S,
        "ResourceSetName.$": str,
        "ResourceSetType": S,
        "ResourceSetType.$": str,
        "Resources": L[Xi[Resource]],
        "Resources.$": str,
    },
    total=False,
)
create_cell: Builder[CreateCellParameters]
create_cross_account_authorization: Builder[CreateCrossAccountAuthorizationParameters]
create_readiness_check: Builder[CreateReadinessCheckParameters]
create_recovery_group: Builder[CreateRecoveryGroupParameters]
create_resource_set: Builder[CreateResourceSetParameters]
delete_cell: Builder[DeleteCellParameters]
delete_cross_account_authorization: Builder[DeleteCrossAccountAuthorizationParameters]
delete_readiness_check: Builder[DeleteReadinessCheckParameters]
delete_recovery_group: Builder[DeleteRecoveryGroupParameters]
delete_resource_set: Builder[DeleteResourceSetParameters]
get_architecture_recommendations: Builder[GetArchitectureRecommendationsParameters]
get_cell: Builder[GetCellParameters]
get_cell_readiness_summary: Builder[GetCellReadinessSummaryParameters]
get_readiness_check: Builder[GetReadinessCheckParameters]
get_readiness_check_resource_status: Builder[GetReadinessCheckResourceStatusParameters]
get_readiness_check_status: Builder[GetReadinessCheckStatusParameters]
get_recovery_group: Builder[GetRecoveryGroupParameters]
get_recovery_group_readiness_summary: Builder[GetRecoveryGroupReadinessSummaryParameters]
get_resource_set: Builder[GetResourceSetParameters]
list_cells: Builder[ListCellsParameters]
list_cross_account_authorizations: Builder[ListCrossAccountAuthorizationsParameters]
list_readiness_checks: Builder[ListReadinessChecksParameters]
list_recovery_groups: Builder[ListRecoveryGroupsParameters]
list_resource_sets: Builder[ListResourceSetsParameters]
list_rules: Builder[ListRulesParameters]
list_tags_for_resources: Builder[ListTagsForResourcesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cell: Builder[UpdateCellParameters]
update_readiness_check: Builder[UpdateReadinessCheckParameters]
update_recovery_group: Builder[UpdateRecoveryGroupParameters]
update_resource_set: Builder[UpdateResourceSetParameters]

__all__ = [
    "create_cell",
    "create_cross_account_authorization",
    "create_readiness_check",
    "create_recovery_group",
    "create_resource_set",
    "delete_cell",
    "delete_cross_account_authorization",
    "delete_readiness_check",
    "delete_recovery_group",
    "delete_resource_set",
    "get_architecture_recommendations",
    "get_cell",
    "get_cell_readiness_summary",
    "get_readiness_check",
    "get_readiness_check_resource_status",
    "get_readiness_check_status",
    "get_recovery_group",
    "get_recovery_group_readiness_summary",
    "get_resource_set",
    "list_cells",
    "list_cross_account_authorizations",
    "list_readiness_checks",
    "list_recovery_groups",
    "list_resource_sets",
    "list_rules",
    "list_tags_for_resources",
    "tag_resource",
    "untag_resource",
    "update_cell",
    "update_readiness_check",
    "update_recovery_group",
    "update_resource_set",
]
