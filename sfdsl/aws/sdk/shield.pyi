"""Typed builders of the AWS SDK integration of shield (``aws-sdk:shield:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

AssociateDRTLogBucketParameters = TypedDict(
    "AssociateDRTLogBucketParameters", {"LogBucket": S, "LogBucket.$": str}, total=False
)
AssociateDRTRoleParameters = TypedDict(
    "AssociateDRTRoleParameters", {"RoleArn": S, "RoleArn.$": str}, total=False
)
AssociateHealthCheckParameters = TypedDict(
    "AssociateHealthCheckParameters",
    {"ProtectionId": S, "ProtectionId.$": str, "HealthCheckArn": S, "HealthCheckArn.$": str},
    total=False,
)

class EmergencyContact(TypedDict, total=False):
    EmailAddress: S
    PhoneNumber: S
    ContactNotes: S

AssociateProactiveEngagementDetailsParameters = TypedDict(
    "AssociateProactiveEngagementDetailsParameters",
    {"EmergencyContactList": L[Xi[EmergencyContact]], "EmergencyContactList.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateProtectionParameters = TypedDict(
    "CreateProtectionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateProtectionGroupParameters = TypedDict(
    "CreateProtectionGroupParameters",
    {
        "ProtectionGroupId": S,
        "ProtectionGroupId.$": str,
        "Aggregation": S,
        "Aggregation.$": str,
        "Pattern": S,
        "Pattern.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Members": L[Si],
        "Members.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CreateSubscriptionParameters(TypedDict, total=False): ...

DeleteProtectionParameters = TypedDict(
    "DeleteProtectionParameters", {"ProtectionId": S, "ProtectionId.$": str}, total=False
)
DeleteProtectionGroupParameters = TypedDict(
    "DeleteProtectionGroupParameters",
    {"ProtectionGroupId": S, "ProtectionGroupId.$": str},
    total=False,
)
DescribeAttackParameters = TypedDict(
    "DescribeAttackParameters", {"AttackId": S, "AttackId.$": str}, total=False
)

class DescribeAttackStatisticsParameters(TypedDict, total=False): ...
class DescribeDRTAccessParameters(TypedDict, total=False): ...
class DescribeEmergencyContactSettingsParameters(TypedDict, total=False): ...

DescribeProtectionParameters = TypedDict(
    "DescribeProtectionParameters",
    {"ProtectionId": S, "ProtectionId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DescribeProtectionGroupParameters = TypedDict(
    "DescribeProtectionGroupParameters",
    {"ProtectionGroupId": S, "ProtectionGroupId.$": str},
    total=False,
)

class DescribeSubscriptionParameters(TypedDict, total=False): ...

DisableApplicationLayerAutomaticResponseParameters = TypedDict(
    "DisableApplicationLayerAutomaticResponseParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class DisableProactiveEngagementParameters(TypedDict, total=False): ...

DisassociateDRTLogBucketParameters = TypedDict(
    "DisassociateDRTLogBucketParameters", {"LogBucket": S, "LogBucket.$": str}, total=False
)

class DisassociateDRTRoleParameters(TypedDict, total=False): ...

DisassociateHealthCheckParameters = TypedDict(
    "DisassociateHealthCheckParameters",
    {"ProtectionId": S, "ProtectionId.$": str, "HealthCheckArn": S, "HealthCheckArn.$": str},
    total=False,
)

class BlockAction(TypedDict, total=False): ...
class CountAction(TypedDict, total=False): ...

class ResponseAction(TypedDict, total=False):
    Block: X[BlockAction]
    Count: X[CountAction]

EnableApplicationLayerAutomaticResponseParameters = TypedDict(
    "EnableApplicationLayerAutomaticResponseParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Action": X[ResponseAction], "Action.$": str},
    total=False,
)

class EnableProactiveEngagementParameters(TypedDict, total=False): ...
class GetSubscriptionStateParameters(TypedDict, total=False): ...

class TimeRange(TypedDict, total=False):
    FromInclusive: T
    ToExclusive: T

ListAttacksParameters = TypedDict(
    "ListAttacksParameters",
    {
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "StartTime": X[TimeRange],
        "StartTime.$": str,
        "EndTime": X[TimeRange],
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InclusionProtectionGroupFilters(TypedDict, total=False):
    ProtectionGroupIds: L[Si]
    Patterns: L[Si]
    ResourceTypes: L[Si]
    Aggregations: L[Si]

ListProtectionGroupsParameters = TypedDict(
    "ListProtectionGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InclusionFilters": X[InclusionProtectionGroupFilters],
        "InclusionFilters.$": str,
    },
    total=False,
)

class InclusionProtectionFilters(TypedDict, total=False):
    ResourceArns: L[Si]
    ProtectionNames: L[Si]
    ResourceTypes: L[Si]

ListProtectionsParameters = TypedDict(
    "ListProtectionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InclusionFilters": X[InclusionProtectionFilters],
        "InclusionFilters.$": str,
    },
    total=False,
)
ListResourcesInProtectionGroupParameters = TypedDict(
    "ListResourcesInProtectionGroupParameters",
    {
        "ProtectionGroupId": S,
        "ProtectionGroupId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApplicationLayerAutomaticResponseParameters = TypedDict(
    "UpdateApplicationLayerAutomaticResponseParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Action": X[ResponseAction], "Action.$": str},
    total=False,
)
UpdateEmergencyContactSettingsParameters = TypedDict(
    "UpdateEmergencyContactSettingsParameters",
    {"EmergencyContactList": L[Xi[EmergencyContact]], "EmergencyContactList.$": str},
    total=False,
)
UpdateProtectionGroupParameters = TypedDict(
    "UpdateProtectionGroupParameters",
    {
        "ProtectionGroupId": S,
        "ProtectionGroupId.$": str,
        "Aggregation": S,
        "Aggregation.$": str,
        "Pattern": S,
        "Pattern.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Members": L[Si],
        "Members.$": str,
    },
    total=False,
)
UpdateSubscriptionParameters = TypedDict(
    "UpdateSubscriptionParameters", {"AutoRenew": S, "AutoRenew.$": str}, total=False
)
associate_drt_log_bucket: Builder[AssociateDRTLogBucketParameters]
associate_drt_role: Builder[AssociateDRTRoleParameters]
associate_health_check: Builder[AssociateHealthCheckParameters]
associate_proactive_engagement_details: Builder[AssociateProactiveEngagementDetailsParameters]
create_protection: Builder[CreateProtectionParameters]
create_protection_group: Builder[CreateProtectionGroupParameters]
create_subscription: Builder[CreateSubscriptionParameters]
delete_protection: Builder[DeleteProtectionParameters]
delete_protection_group: Builder[DeleteProtectionGroupParameters]
describe_attack: Builder[DescribeAttackParameters]
describe_attack_statistics: Builder[DescribeAttackStatisticsParameters]
describe_drt_access: Builder[DescribeDRTAccessParameters]
describe_emergency_contact_settings: Builder[DescribeEmergencyContactSettingsParameters]
describe_protection: Builder[DescribeProtectionParameters]
describe_protection_group: Builder[DescribeProtectionGroupParameters]
describe_subscription: Builder[DescribeSubscriptionParameters]
disable_application_layer_automatic_response: Builder[
    DisableApplicationLayerAutomaticResponseParameters
]
disable_proactive_engagement: Builder[DisableProactiveEngagementParameters]
disassociate_drt_log_bucket: Builder[DisassociateDRTLogBucketParameters]
disassociate_drt_role: Builder[DisassociateDRTRoleParameters]
disassociate_health_check: Builder[DisassociateHealthCheckParameters]
enable_application_layer_automatic_response: Builder[
    EnableApplicationLayerAutomaticResponseParameters
]
enable_proactive_engagement: Builder[EnableProactiveEngagementParameters]
get_subscription_state: Builder[GetSubscriptionStateParameters]
list_attacks: Builder[ListAttacksParameters]
list_protection_groups: Builder[ListProtectionGroupsParameters]
list_protections: Builder[ListProtectionsParameters]
list_resources_in_protection_group: Builder[ListResourcesInProtectionGroupParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application_layer_automatic_response: Builder[
    UpdateApplicationLayerAutomaticResponseParameters
]
update_emergency_contact_settings: Builder[UpdateEmergencyContactSettingsParameters]
update_protection_group: Builder[UpdateProtectionGroupParameters]
update_subscription: Builder[UpdateSubscriptionParameters]

__all__ = [
    "associate_drt_log_bucket",
    "associate_drt_role",
    "associate_health_check",
    "associate_proactive_engagement_details",
    "create_protection",
    "create_protection_group",
    "create_subscription",
    "delete_protection",
    "delete_protection_group",
    "describe_attack",
    "describe_attack_statistics",
    "describe_drt_access",
    "describe_emergency_contact_settings",
    "describe_protection",
    "describe_protection_group",
    "describe_subscription",
    "disable_application_layer_automatic_response",
    "disable_proactive_engagement",
    "disassociate_drt_log_bucket",
    "disassociate_drt_role",
    "disassociate_health_check",
    "enable_application_layer_automatic_response",
    "enable_proactive_engagement",
    "get_subscription_state",
    "list_attacks",
    "list_protection_groups",
    "list_protections",
    "list_resources_in_protection_group",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_application_layer_automatic_response",
    "update_emergency_contact_settings",
    "update_protection_group",
    "update_subscription",
]
