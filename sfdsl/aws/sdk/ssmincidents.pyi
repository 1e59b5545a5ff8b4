"""Typed builders of the AWS SDK integration of ssmincidents (``aws-sdk:ssmincidents:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, M, S, Si, T, X, Xi

BatchGetIncidentFindingsParameters = TypedDict(
    "BatchGetIncidentFindingsParameters",
    {"FindingIds": L[Si], "FindingIds.$": str, "IncidentRecordArn": S, "IncidentRecordArn.$": str},
    total=False,
)

class RegionMapInputValue(TypedDict, total=False):
    SseKmsKeyId: S

CreateReplicationSetParameters = TypedDict(
    "CreateReplicationSetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Regions": M[X[RegionMapInputValue]],
        "Regions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DynamicSsmParameterValue(TypedDict, total=False):
    Variable: S

class SsmAutomation(TypedDict, total=False):
    DocumentName: S
    DocumentVersion: S
    DynamicParameters: M[X[DynamicSsmParameterValue]]
    Parameters: M[L[Si]]
    RoleArn: S
    TargetAccount: S

class Action(TypedDict, total=False):
    SsmAutomation: X[SsmAutomation]

class EmptyChatChannel(TypedDict, total=False): ...

class ChatChannel(TypedDict, total=False):
    ChatbotSns: L[Si]
    Empty: X[EmptyChatChannel]

class NotificationTargetItem(TypedDict, total=False):
    SnsTopicArn: S

class IncidentTemplate(TypedDict, total=False):
    DedupeString: S
    Impact: I
    IncidentTags: M[S]
    NotificationTargets: L[Xi[NotificationTargetItem]]
    Summary: S
    Title: S

class PagerDutyIncidentConfiguration(TypedDict, total=False):
    ServiceId: S

class PagerDutyConfiguration(TypedDict, total=False):
    Name: S
    PagerDutyIncidentConfiguration: X[PagerDutyIncidentConfiguration]
    SecretId: S

class Integration(TypedDict, total=False):
    PagerDutyConfiguration: X[PagerDutyConfiguration]

CreateResponsePlanParameters = TypedDict(
    "CreateResponsePlanParameters",
    {
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "ChatChannel": X[ChatChannel],
        "ChatChannel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Engagements": L[Si],
        "Engagements.$": str,
        "IncidentTemplate": X[IncidentTemplate],
        "IncidentTemplate.$": str,
        "Integrations": L[Xi[Integration]],
        "Integrations.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EventReference(TypedDict, total=False):
    RelatedItemId: S
    Resource: S

CreateTimelineEventParameters = TypedDict(
    "CreateTimelineEventParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EventData": S,
        "EventData.$": str,
        "EventReferences": L[Xi[EventReference]],
        "EventReferences.$": str,
        "EventTime": T,
        "EventTime.$": str,
        "EventType": S,
        "EventType.$": str,
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
    },
    total=False,
)
DeleteIncidentRecordParameters = TypedDict(
    "DeleteIncidentRecordParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteReplicationSetParameters = TypedDict(
    "DeleteReplicationSetParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"PolicyId": S, "PolicyId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DeleteResponsePlanParameters = TypedDict(
    "DeleteResponsePlanParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteTimelineEventParameters = TypedDict(
    "DeleteTimelineEventParameters",
    {"EventId": S, "EventId.$": str, "IncidentRecordArn": S, "IncidentRecordArn.$": str},
    total=False,
)
GetIncidentRecordParameters = TypedDict(
    "GetIncidentRecordParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetReplicationSetParameters = TypedDict(
    "GetReplicationSetParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetResourcePoliciesParameters = TypedDict(
    "GetResourcePoliciesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
GetResponsePlanParameters = TypedDict(
    "GetResponsePlanParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetTimelineEventParameters = TypedDict(
    "GetTimelineEventParameters",
    {"EventId": S, "EventId.$": str, "IncidentRecordArn": S, "IncidentRecordArn.$": str},
    total=False,
)
ListIncidentFindingsParameters = TypedDict(
    "ListIncidentFindingsParameters",
    {
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AttributeValueList(TypedDict, total=False):
    IntegerValues: L[Ii]
    StringValues: L[Si]

class Condition(TypedDict, total=False):
    After: T
    Before: T
    EqualsValue: X[AttributeValueList]

class Filter(TypedDict, total=False):
    Condition: X[Condition]
    Key: S

ListIncidentRecordsParameters = TypedDict(
    "ListIncidentRecordsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRelatedItemsParameters = TypedDict(
    "ListRelatedItemsParameters",
    {
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReplicationSetsParameters = TypedDict(
    "ListReplicationSetsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListResponsePlansParameters = TypedDict(
    "ListResponsePlansParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTimelineEventsParameters = TypedDict(
    "ListTimelineEventsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"Policy": S, "Policy.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class PagerDutyIncidentDetail(TypedDict, total=False):
    AutoResolve: B
    Id: S
    SecretId: S

class ItemValue(TypedDict, total=False):
    Arn: S
    MetricDefinition: S
    PagerDutyIncidentDetail: X[PagerDutyIncidentDetail]
    Url: S

class ItemIdentifier(TypedDict, total=False):
    Type: S
    Value: X[ItemValue]

class RelatedItem(TypedDict, total=False):
    GeneratedId: S
    Identifier: X[ItemIdentifier]
    Title: S

class TriggerDetails(TypedDict, total=False):
    RawData: S
    Source: S
    Timestamp: T
    TriggerArn: S

StartIncidentParameters = TypedDict(
    "StartIncidentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Impact": I,
        "Impact.$": str,
        "RelatedItems": L[Xi[RelatedItem]],
        "RelatedItems.$": str,
        "ResponsePlanArn": S,
        "ResponsePlanArn.$": str,
        "Title": S,
        "Title.$": str,
        "TriggerDetails": X[TriggerDetails],
        "TriggerDetails.$": str,
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
UpdateDeletionProtectionParameters = TypedDict(
    "UpdateDeletionProtectionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DeletionProtected": B,
        "DeletionProtected.$": str,
    },
    total=False,
)
UpdateIncidentRecordParameters = TypedDict(
    "UpdateIncidentRecordParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ChatChannel": X[ChatChannel],
        "ChatChannel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Impact": I,
        "Impact.$": str,
        "NotificationTargets": L[Xi[NotificationTargetItem]],
        "NotificationTargets.$": str,
        "Status": S,
        "Status.$": str,
        "Summary": S,
        "Summary.$": str,
        "Title": S,
        "Title.$": str,
    },
    total=False,
)

class RelatedItemsUpdate(TypedDict, total=False):
    ItemToAdd: X[RelatedItem]
    ItemToRemove: X[ItemIdentifier]

UpdateRelatedItemsParameters = TypedDict(
    "UpdateRelatedItemsParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
        "RelatedItemsUpdate": X[RelatedItemsUpdate],
        "RelatedItemsUpdate.$": str,
    },
    total=False,
)

class AddRegionAction(TypedDict, total=False):
    RegionName: S
    SseKmsKeyId: S

class DeleteRegionAction(TypedDict, total=False):
    RegionName: S

class UpdateReplicationSetAction(TypedDict, total=False):
    AddRegionAction: X[AddRegionAction]
    DeleteRegionAction: X[DeleteRegionAction]

UpdateReplicationSetParameters = TypedDict(
    "UpdateReplicationSetParameters",
    {
        "Actions": L[Xi[UpdateReplicationSetAction]],
        "Actions.$": str,
        "Arn": S,
        "Arn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateResponsePlanParameters = TypedDict(
    "UpdateResponsePlanParameters",
    {
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Arn": S,
        "Arn.$": str,
        "ChatChannel": X[ChatChannel],
        "ChatChannel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Engagements": L[Si],
        "Engagements.$": str,
        "IncidentTemplateDedupeString": S,
        "IncidentTemplateDedupeString.$": str,
        "IncidentTemplateImpact": I,
        "IncidentTemplateImpact.$": str,
        "IncidentTemplateNotificationTargets": L[Xi[NotificationTargetItem]],
        "IncidentTemplateNotificationTargets.$": str,
        "IncidentTemplateSummary": S,
        "IncidentTemplateSummary.$": str,
        "IncidentTemplateTags": M[S],
        "IncidentTemplateTags.$": str,
        "IncidentTemplateTitle": S,
        "IncidentTemplateTitle.$": str,
        "Integrations": L[Xi[Integration]],
        "Integrations.$": str,
    },
    total=False,
)
UpdateTimelineEventParameters = TypedDict(
    "UpdateTimelineEventParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EventData": S,
        "EventData.$": str,
        "EventId": S,
        "EventId.$": str,
        "EventReferences": L[Xi[EventReference]],
        "EventReferences.$": str,
        "EventTime": T,
        "EventTime.$": str,
        "EventType": S,
        "EventType.$": str,
        "IncidentRecordArn": S,
        "IncidentRecordArn.$": str,
    },
    total=False,
)
batch_get_incident_findings: Builder[BatchGetIncidentFindingsParameters]
create_replication_set: Builder[CreateReplicationSetParameters]
create_response_plan: Builder[CreateResponsePlanParameters]
create_timeline_event: Builder[CreateTimelineEventParameters]
delete_incident_record: Builder[DeleteIncidentRecordParameters]
delete_replication_set: Builder[DeleteReplicationSetParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_response_plan: Builder[DeleteResponsePlanParameters]
delete_timeline_event: Builder[DeleteTimelineEventParameters]
get_incident_record: Builder[GetIncidentRecordParameters]
get_replication_set: Builder[GetReplicationSetParameters]
get_resource_policies: Builder[GetResourcePoliciesParameters]
get_response_plan: Builder[GetResponsePlanParameters]
get_timeline_event: Builder[GetTimelineEventParameters]
list_incident_findings: Builder[ListIncidentFindingsParameters]
list_incident_records: Builder[ListIncidentRecordsParameters]
list_related_items: Builder[ListRelatedItemsParameters]
list_replication_sets: Builder[ListReplicationSetsParameters]
list_response_plans: Builder[ListResponsePlansParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_timeline_events: Builder[ListTimelineEventsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_incident: Builder[StartIncidentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_deletion_protection: Builder[UpdateDeletionProtectionParameters]
update_incident_record: Builder[UpdateIncidentRecordParameters]
update_related_items: Builder[UpdateRelatedItemsParameters]
update_replication_set: Builder[UpdateReplicationSetParameters]
update_response_plan: Builder[UpdateResponsePlanParameters]
update_timeline_event: Builder[UpdateTimelineEventParameters]

__all__ = [
    "batch_get_incident_findings",
    "create_replication_set",
    "create_response_plan",
    "create_timeline_event",
    "delete_incident_record",
    "delete_replication_set",
    "delete_resource_policy",
    "delete_response_plan",
    "delete_timeline_event",
    "get_incident_record",
    "get_replication_set",
    "get_resource_policies",
    "get_response_plan",
    "get_timeline_event",
    "list_incident_findings",
    "list_incident_records",
    "list_related_items",
    "list_replication_sets",
    "list_response_plans",
    "list_tags_for_resource",
    "list_timeline_events",
    "put_resource_policy",
    "start_incident",
    "tag_resource",
    "untag_resource",
    "update_deletion_protection",
    "update_incident_record",
    "update_related_items",
    "update_replication_set",
    "update_response_plan",
    "update_timeline_event",
]
