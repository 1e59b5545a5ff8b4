"""Typed builders of the AWS SDK integration of timestreamquery (``aws-sdk:timestreamquery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

CancelQueryParameters = TypedDict(
    "CancelQueryParameters", {"QueryId": S, "QueryId.$": str}, total=False
)

class ScheduleConfiguration(TypedDict, total=False):
    ScheduleExpression: S

class SnsConfiguration(TypedDict, total=False):
    TopicArn: S

class NotificationConfiguration(TypedDict, total=False):
    SnsConfiguration: X[SnsConfiguration]

class DimensionMapping(TypedDict, total=False):
    Name: S
    DimensionValueType: S

class MultiMeasureAttributeMapping(TypedDict, total=False):
    SourceColumn: S
    TargetMultiMeasureAttributeName: S
    MeasureValueType: S

class MultiMeasureMappings(TypedDict, total=False):
    TargetMultiMeasureName: S
    MultiMeasureAttributeMappings: L[Xi[MultiMeasureAttributeMapping]]

class MixedMeasureMapping(TypedDict, total=False):
    MeasureName: S
    SourceColumn: S
    TargetMeasureName: S
    MeasureValueType: S
    MultiMeasureAttributeMappings: L[Xi[MultiMeasureAttributeMapping]]

class TimestreamConfiguration(TypedDict, total=False):
    DatabaseName: S
    TableName: S
    TimeColumn: S
    DimensionMappings: L[Xi[DimensionMapping]]
    MultiMeasureMappings: X[MultiMeasureMappings]
    MixedMeasureMappings: L[Xi[MixedMeasureMapping]]
    MeasureNameColumn: S

class TargetConfiguration(TypedDict, total=False):
    TimestreamConfiguration: X[TimestreamConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class S3Configuration(TypedDict, total=False):
    BucketName: S
    ObjectKeyPrefix: S
    EncryptionOption: S

class ErrorReportConfiguration(TypedDict, total=False):
    S3Configuration: X[S3Configuration]

CreateScheduledQueryParameters = TypedDict(
    "CreateScheduledQueryParameters",
    {
        "Name": S,
        "Name.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "ScheduleConfiguration": X[ScheduleConfiguration],
        "ScheduleConfiguration.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "TargetConfiguration": X[TargetConfiguration],
        "TargetConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ScheduledQueryExecutionRoleArn": S,
        "ScheduledQueryExecutionRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ErrorReportConfiguration": X[ErrorReportConfiguration],
        "ErrorReportConfiguration.$": str,
    },
    total=False,
)
DeleteScheduledQueryParameters = TypedDict(
    "DeleteScheduledQueryParameters",
    {"ScheduledQueryArn": S, "ScheduledQueryArn.$": str},
    total=False,
)

class DescribeAccountSettingsParameters(TypedDict, total=False): ...
class DescribeEndpointsParameters(TypedDict, total=False): ...

DescribeScheduledQueryParameters = TypedDict(
    "DescribeScheduledQueryParameters",
    {"ScheduledQueryArn": S, "ScheduledQueryArn.$": str},
    total=False,
)

class ScheduledQueryInsights(TypedDict, total=False):
    Mode: S

ExecuteScheduledQueryParameters = TypedDict(
    "ExecuteScheduledQueryParameters",
    {
        "ScheduledQueryArn": S,
        "ScheduledQueryArn.$": str,
        "InvocationTime": T,
        "InvocationTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "QueryInsights": X[ScheduledQueryInsights],
        "QueryInsights.$": str,
    },
    total=False,
)
ListScheduledQueriesParameters = TypedDict(
    "ListScheduledQueriesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PrepareQueryParameters = TypedDict(
    "PrepareQueryParameters",
    {"QueryString": S, "QueryString.$": str, "ValidateOnly": B, "ValidateOnly.$": str},
    total=False,
)

class QueryInsights(TypedDict, total=False):
    Mode: S

QueryParameters = TypedDict(
    "QueryParameters",
    {
        "QueryString": S,
        "QueryString.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRows": I,
        "MaxRows.$": str,
        "QueryInsights": X[QueryInsights],
        "QueryInsights.$": str,
    },
    total=False,
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

class AccountSettingsNotificationConfiguration(TypedDict, total=False):
    SnsConfiguration: X[SnsConfiguration]
    RoleArn: S

class ProvisionedCapacityRequest(TypedDict, total=False):
    TargetQueryTCU: I
    NotificationConfiguration: X[AccountSettingsNotificationConfiguration]

class QueryComputeRequest(TypedDict, total=False):
    ComputeMode: S
    ProvisionedCapacity: X[ProvisionedCapacityRequest]

UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "MaxQueryTCU": I,
        "MaxQueryTCU.$": str,
        "QueryPricingModel": S,
        "QueryPricingModel.$": str,
        "QueryCompute": X[QueryComputeRequest],
        "QueryCompute.$": str,
    },
    total=False,
)
UpdateScheduledQueryParameters = TypedDict(
    "UpdateScheduledQueryParameters",
    {"ScheduledQueryArn": S, "ScheduledQueryArn.$": str, "State": S, "State.$": str},
    total=False,
)
cancel_query: Builder[CancelQueryParameters]
create_scheduled_query: Builder[CreateScheduledQueryParameters]
delete_scheduled_query: Builder[DeleteScheduledQueryParameters]
describe_account_settings: Builder[DescribeAccountSettingsParameters]
describe_endpoints: Builder[DescribeEndpointsParameters]
describe_scheduled_query: Builder[DescribeScheduledQueryParameters]
execute_scheduled_query: Builder[ExecuteScheduledQueryParameters]
list_scheduled_queries: Builder[ListScheduledQueriesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
prepare_query: Builder[PrepareQueryParameters]
query: Builder[QueryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_scheduled_query: Builder[UpdateScheduledQueryParameters]

__all__ = [
    "cancel_query",
    "create_scheduled_query",
    "delete_scheduled_query",
    "describe_account_settings",
    "describe_endpoints",
    "describe_scheduled_query",
    "execute_scheduled_query",
    "list_scheduled_queries",
    "list_tags_for_resource",
    "prepare_query",
    "query",
    "tag_resource",
    "untag_resource",
    "update_account_settings",
    "update_scheduled_query",
]
