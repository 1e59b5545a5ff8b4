# ruff: noqa: PT028
"""Typed builders of the AWS SDK integration of eventbridge.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    ActivateEventSourceParameters = TypedDict(
        "ActivateEventSourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    CancelReplayParameters = TypedDict(
        "CancelReplayParameters", {"ReplayName": Any, "ReplayName.$": Any}, total=False
    )
    CreateApiDestinationParameters = TypedDict(
        "CreateApiDestinationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ConnectionArn": Any,
            "ConnectionArn.$": Any,
            "InvocationEndpoint": Any,
            "InvocationEndpoint.$": Any,
            "HttpMethod": Any,
            "HttpMethod.$": Any,
            "InvocationRateLimitPerSecond": Any,
            "InvocationRateLimitPerSecond.$": Any,
        },
        total=False,
    )
    CreateArchiveParameters = TypedDict(
        "CreateArchiveParameters",
        {
            "ArchiveName": Any,
            "ArchiveName.$": Any,
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "EventPattern": Any,
            "EventPattern.$": Any,
            "RetentionDays": Any,
            "RetentionDays.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
        },
        total=False,
    )
    CreateConnectionParameters = TypedDict(
        "CreateConnectionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "AuthorizationType": Any,
            "AuthorizationType.$": Any,
            "AuthParameters": Any,
            "AuthParameters.$": Any,
            "InvocationConnectivityParameters": Any,
            "InvocationConnectivityParameters.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
        },
        total=False,
    )
    CreateEndpointParameters = TypedDict(
        "CreateEndpointParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoutingConfig": Any,
            "RoutingConfig.$": Any,
            "ReplicationConfig": Any,
            "ReplicationConfig.$": Any,
            "EventBuses": Any,
            "EventBuses.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
        },
        total=False,
    )
    CreateEventBusParameters = TypedDict(
        "CreateEventBusParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "EventSourceName": Any,
            "EventSourceName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
            "DeadLetterConfig": Any,
            "DeadLetterConfig.$": Any,
            "LogConfig": Any,
            "LogConfig.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreatePartnerEventSourceParameters = TypedDict(
        "CreatePartnerEventSourceParameters",
        {"Name": Any, "Name.$": Any, "Account": Any, "Account.$": Any},
        total=False,
    )
    DeactivateEventSourceParameters = TypedDict(
        "DeactivateEventSourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeauthorizeConnectionParameters = TypedDict(
        "DeauthorizeConnectionParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteApiDestinationParameters = TypedDict(
        "DeleteApiDestinationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteArchiveParameters = TypedDict(
        "DeleteArchiveParameters", {"ArchiveName": Any, "ArchiveName.$": Any}, total=False
    )
    DeleteConnectionParameters = TypedDict(
        "DeleteConnectionParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteEndpointParameters = TypedDict(
        "DeleteEndpointParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteEventBusParameters = TypedDict(
        "DeleteEventBusParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeletePartnerEventSourceParameters = TypedDict(
        "DeletePartnerEventSourceParameters",
        {"Name": Any, "Name.$": Any, "Account": Any, "Account.$": Any},
        total=False,
    )
    DeleteRuleParameters = TypedDict(
        "DeleteRuleParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    DescribeApiDestinationParameters = TypedDict(
        "DescribeApiDestinationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribeArchiveParameters = TypedDict(
        "DescribeArchiveParameters", {"ArchiveName": Any, "ArchiveName.$": Any}, total=False
    )
    DescribeConnectionParameters = TypedDict(
        "DescribeConnectionParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribeEndpointParameters = TypedDict(
        "DescribeEndpointParameters",
        {"Name": Any, "Name.$": Any, "HomeRegion": Any, "HomeRegion.$": Any},
        total=False,
    )
    DescribeEventBusParameters = TypedDict(
        "DescribeEventBusParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribeEventSourceParameters = TypedDict(
        "DescribeEventSourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribePartnerEventSourceParameters = TypedDict(
        "DescribePartnerEventSourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribeReplayParameters = TypedDict(
        "DescribeReplayParameters", {"ReplayName": Any, "ReplayName.$": Any}, total=False
    )
    DescribeRuleParameters = TypedDict(
        "DescribeRuleParameters",
        {"Name": Any, "Name.$": Any, "EventBusName": Any, "EventBusName.$": Any},
        total=False,
    )
    DisableRuleParameters = TypedDict(
        "DisableRuleParameters",
        {"Name": Any, "Name.$": Any, "EventBusName": Any, "EventBusName.$": Any},
        total=False,
    )
    EnableRuleParameters = TypedDict(
        "EnableRuleParameters",
        {"Name": Any, "Name.$": Any, "EventBusName": Any, "EventBusName.$": Any},
        total=False,
    )
    ListApiDestinationsParameters = TypedDict(
        "ListApiDestinationsParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "ConnectionArn": Any,
            "ConnectionArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListArchivesParameters = TypedDict(
        "ListArchivesParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "State": Any,
            "State.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListConnectionsParameters = TypedDict(
        "ListConnectionsParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "ConnectionState": Any,
            "ConnectionState.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListEndpointsParameters = TypedDict(
        "ListEndpointsParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "HomeRegion": Any,
            "HomeRegion.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListEventBusesParameters = TypedDict(
        "ListEventBusesParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListEventSourcesParameters = TypedDict(
        "ListEventSourcesParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListPartnerEventSourceAccountsParameters = TypedDict(
        "ListPartnerEventSourceAccountsParameters",
        {
            "EventSourceName": Any,
            "EventSourceName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListPartnerEventSourcesParameters = TypedDict(
        "ListPartnerEventSourcesParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListReplaysParameters = TypedDict(
        "ListReplaysParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "State": Any,
            "State.$": Any,
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListRuleNamesByTargetParameters = TypedDict(
        "ListRuleNamesByTargetParameters",
        {
            "TargetArn": Any,
            "TargetArn.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListRulesParameters = TypedDict(
        "ListRulesParameters",
        {
            "NamePrefix": Any,
            "NamePrefix.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceARN": Any, "ResourceARN.$": Any}, total=False
    )
    ListTargetsByRuleParameters = TypedDict(
        "ListTargetsByRuleParameters",
        {
            "Rule": Any,
            "Rule.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    PutEventsParameters = TypedDict(
        "PutEventsParameters",
        {"Entries": Any, "Entries.$": Any, "EndpointId": Any, "EndpointId.$": Any},
        total=False,
    )
    PutPartnerEventsParameters = TypedDict(
        "PutPartnerEventsParameters", {"Entries": Any, "Entries.$": Any}, total=False
    )
    PutPermissionParameters = TypedDict(
        "PutPermissionParameters",
        {
            "EventBusName": Any,
            "EventBusName.$": Any,
            "Action": Any,
            "Action.$": Any,
            "Principal": Any,
            "Principal.$": Any,
            "StatementId": Any,
            "StatementId.$": Any,
            "Condition": Any,
            "Condition.$": Any,
            "Policy": Any,
            "Policy.$": Any,
        },
        total=False,
    )
    PutRuleParameters = TypedDict(
        "PutRuleParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "EventPattern": Any,
            "EventPattern.$": Any,
            "State": Any,
            "State.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
        },
        total=False,
    )
    PutTargetsParameters = TypedDict(
        "PutTargetsParameters",
        {
            "Rule": Any,
            "Rule.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "Targets": Any,
            "Targets.$": Any,
        },
        total=False,
    )
    RemovePermissionParameters = TypedDict(
        "RemovePermissionParameters",
        {
            "StatementId": Any,
            "StatementId.$": Any,
            "RemoveAllPermissions": Any,
            "RemoveAllPermissions.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
        },
        total=False,
    )
    RemoveTargetsParameters = TypedDict(
        "RemoveTargetsParameters",
        {
            "Rule": Any,
            "Rule.$": Any,
            "EventBusName": Any,
            "EventBusName.$": Any,
            "Ids": Any,
            "Ids.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    StartReplayParameters = TypedDict(
        "StartReplayParameters",
        {
            "ReplayName": Any,
            "ReplayName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "EventStartTime": Any,
            "EventStartTime.$": Any,
            "EventEndTime": Any,
            "EventEndTime.$": Any,
            "Destination": Any,
            "Destination.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TestEventPatternParameters = TypedDict(
        "TestEventPatternParameters",
        {"EventPattern": Any, "EventPattern.$": Any, "Event": Any, "Event.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateApiDestinationParameters = TypedDict(
        "UpdateApiDestinationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ConnectionArn": Any,
            "ConnectionArn.$": Any,
            "InvocationEndpoint": Any,
            "InvocationEndpoint.$": Any,
            "HttpMethod": Any,
            "HttpMethod.$": Any,
            "InvocationRateLimitPerSecond": Any,
            "InvocationRateLimitPerSecond.$": Any,
        },
        total=False,
    )
    UpdateArchiveParameters = TypedDict(
        "UpdateArchiveParameters",
        {
            "ArchiveName": Any,
            "ArchiveName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "EventPattern": Any,
            "EventPattern.$": Any,
            "RetentionDays": Any,
            "RetentionDays.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
        },
        total=False,
    )
    UpdateConnectionParameters = TypedDict(
        "UpdateConnectionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "AuthorizationType": Any,
            "AuthorizationType.$": Any,
            "AuthParameters": Any,
            "AuthParameters.$": Any,
            "InvocationConnectivityParameters": Any,
            "InvocationConnectivityParameters.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
        },
        total=False,
    )
    UpdateEndpointParameters = TypedDict(
        "UpdateEndpointParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoutingConfig": Any,
            "RoutingConfig.$": Any,
            "ReplicationConfig": Any,
            "ReplicationConfig.$": Any,
            "EventBuses": Any,
            "EventBuses.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
        },
        total=False,
    )
    UpdateEventBusParameters = TypedDict(
        "UpdateEventBusParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "KmsKeyIdentifier": Any,
            "KmsKeyIdentifier.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DeadLetterConfig": Any,
            "DeadLetterConfig.$": Any,
            "LogConfig": Any,
            "LogConfig.$": Any,
        },
        total=False,
    )


def activate_event_source(
    name: str,
    parameters: ActivateEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:activateEventSource (``arn:aws:states:::aws-sdk:eventbridge:activateEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:activateEventSource", parameters, pattern, options)


def cancel_replay(
    name: str,
    parameters: CancelReplayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:cancelReplay (``arn:aws:states:::aws-sdk:eventbridge:cancelReplay``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:cancelReplay", parameters, pattern, options)


def create_api_destination(
    name: str,
    parameters: CreateApiDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createApiDestination (``arn:aws:states:::aws-sdk:eventbridge:createApiDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createApiDestination", parameters, pattern, options)


def create_archive(
    name: str,
    parameters: CreateArchiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createArchive (``arn:aws:states:::aws-sdk:eventbridge:createArchive``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createArchive", parameters, pattern, options)


def create_connection(
    name: str,
    parameters: CreateConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createConnection (``arn:aws:states:::aws-sdk:eventbridge:createConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createConnection", parameters, pattern, options)


def create_endpoint(
    name: str,
    parameters: CreateEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createEndpoint (``arn:aws:states:::aws-sdk:eventbridge:createEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createEndpoint", parameters, pattern, options)


def create_event_bus(
    name: str,
    parameters: CreateEventBusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createEventBus (``arn:aws:states:::aws-sdk:eventbridge:createEventBus``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createEventBus", parameters, pattern, options)


def create_partner_event_source(
    name: str,
    parameters: CreatePartnerEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:createPartnerEventSource (``arn:aws:states:::aws-sdk:eventbridge:createPartnerEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:createPartnerEventSource", parameters, pattern, options)


def deactivate_event_source(
    name: str,
    parameters: DeactivateEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deactivateEventSource (``arn:aws:states:::aws-sdk:eventbridge:deactivateEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deactivateEventSource", parameters, pattern, options)


def deauthorize_connection(
    name: str,
    parameters: DeauthorizeConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deauthorizeConnection (``arn:aws:states:::aws-sdk:eventbridge:deauthorizeConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deauthorizeConnection", parameters, pattern, options)


def delete_api_destination(
    name: str,
    parameters: DeleteApiDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteApiDestination (``arn:aws:states:::aws-sdk:eventbridge:deleteApiDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteApiDestination", parameters, pattern, options)


def delete_archive(
    name: str,
    parameters: DeleteArchiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteArchive (``arn:aws:states:::aws-sdk:eventbridge:deleteArchive``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteArchive", parameters, pattern, options)


def delete_connection(
    name: str,
    parameters: DeleteConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteConnection (``arn:aws:states:::aws-sdk:eventbridge:deleteConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteConnection", parameters, pattern, options)


def delete_endpoint(
    name: str,
    parameters: DeleteEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteEndpoint (``arn:aws:states:::aws-sdk:eventbridge:deleteEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteEndpoint", parameters, pattern, options)


def delete_event_bus(
    name: str,
    parameters: DeleteEventBusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteEventBus (``arn:aws:states:::aws-sdk:eventbridge:deleteEventBus``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteEventBus", parameters, pattern, options)


def delete_partner_event_source(
    name: str,
    parameters: DeletePartnerEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deletePartnerEventSource (``arn:aws:states:::aws-sdk:eventbridge:deletePartnerEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deletePartnerEventSource", parameters, pattern, options)


def delete_rule(
    name: str,
    parameters: DeleteRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:deleteRule (``arn:aws:states:::aws-sdk:eventbridge:deleteRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:deleteRule", parameters, pattern, options)


def describe_api_destination(
    name: str,
    parameters: DescribeApiDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeApiDestination (``arn:aws:states:::aws-sdk:eventbridge:describeApiDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeApiDestination", parameters, pattern, options)


def describe_archive(
    name: str,
    parameters: DescribeArchiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeArchive (``arn:aws:states:::aws-sdk:eventbridge:describeArchive``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeArchive", parameters, pattern, options)


def describe_connection(
    name: str,
    parameters: DescribeConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeConnection (``arn:aws:states:::aws-sdk:eventbridge:describeConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeConnection", parameters, pattern, options)


def describe_endpoint(
    name: str,
    parameters: DescribeEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeEndpoint (``arn:aws:states:::aws-sdk:eventbridge:describeEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeEndpoint", parameters, pattern, options)


def describe_event_bus(
    name: str,
    parameters: DescribeEventBusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeEventBus (``arn:aws:states:::aws-sdk:eventbridge:describeEventBus``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeEventBus", parameters, pattern, options)


def describe_event_source(
    name: str,
    parameters: DescribeEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeEventSource (``arn:aws:states:::aws-sdk:eventbridge:describeEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeEventSource", parameters, pattern, options)


def describe_partner_event_source(
    name: str,
    parameters: DescribePartnerEventSourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describePartnerEventSource (``arn:aws:states:::aws-sdk:eventbridge:describePartnerEventSource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describePartnerEventSource", parameters, pattern, options)


def describe_replay(
    name: str,
    parameters: DescribeReplayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeReplay (``arn:aws:states:::aws-sdk:eventbridge:describeReplay``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeReplay", parameters, pattern, options)


def describe_rule(
    name: str,
    parameters: DescribeRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:describeRule (``arn:aws:states:::aws-sdk:eventbridge:describeRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:describeRule", parameters, pattern, options)


def disable_rule(
    name: str,
    parameters: DisableRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:disableRule (``arn:aws:states:::aws-sdk:eventbridge:disableRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:disableRule", parameters, pattern, options)


def enable_rule(
    name: str,
    parameters: EnableRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:enableRule (``arn:aws:states:::aws-sdk:eventbridge:enableRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:enableRule", parameters, pattern, options)


def list_api_destinations(
    name: str,
    parameters: ListApiDestinationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listApiDestinations (``arn:aws:states:::aws-sdk:eventbridge:listApiDestinations``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listApiDestinations", parameters, pattern, options)


def list_archives(
    name: str,
    parameters: ListArchivesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listArchives (``arn:aws:states:::aws-sdk:eventbridge:listArchives``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listArchives", parameters, pattern, options)


def list_connections(
    name: str,
    parameters: ListConnectionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listConnections (``arn:aws:states:::aws-sdk:eventbridge:listConnections``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listConnections", parameters, pattern, options)


def list_endpoints(
    name: str,
    parameters: ListEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listEndpoints (``arn:aws:states:::aws-sdk:eventbridge:listEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listEndpoints", parameters, pattern, options)


def list_event_buses(
    name: str,
    parameters: ListEventBusesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listEventBuses (``arn:aws:states:::aws-sdk:eventbridge:listEventBuses``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listEventBuses", parameters, pattern, options)


def list_event_sources(
    name: str,
    parameters: ListEventSourcesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listEventSources (``arn:aws:states:::aws-sdk:eventbridge:listEventSources``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listEventSources", parameters, pattern, options)


def list_partner_event_source_accounts(
    name: str,
    parameters: ListPartnerEventSourceAccountsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listPartnerEventSourceAccounts (``arn:aws:states:::aws-sdk:eventbridge:listPartnerEventSourceAccounts``); the parameters are checked against its API model."""
    return sdk_task(
        name, "eventbridge:listPartnerEventSourceAccounts", parameters, pattern, options
    )


def list_partner_event_sources(
    name: str,
    parameters: ListPartnerEventSourcesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listPartnerEventSources (``arn:aws:states:::aws-sdk:eventbridge:listPartnerEventSources``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listPartnerEventSources", parameters, pattern, options)


def list_replays(
    name: str,
    parameters: ListReplaysParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listReplays (``arn:aws:states:::aws-sdk:eventbridge:listReplays``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listReplays", parameters, pattern, options)


def list_rule_names_by_target(
    name: str,
    parameters: ListRuleNamesByTargetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listRuleNamesByTarget (``arn:aws:states:::aws-sdk:eventbridge:listRuleNamesByTarget``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listRuleNamesByTarget", parameters, pattern, options)


def list_rules(
    name: str,
    parameters: ListRulesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listRules (``arn:aws:states:::aws-sdk:eventbridge:listRules``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listRules", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listTagsForResource (``arn:aws:states:::aws-sdk:eventbridge:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listTagsForResource", parameters, pattern, options)


def list_targets_by_rule(
    name: str,
    parameters: ListTargetsByRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:listTargetsByRule (``arn:aws:states:::aws-sdk:eventbridge:listTargetsByRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:listTargetsByRule", parameters, pattern, options)


def put_events(
    name: str,
    parameters: PutEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:putEvents (``arn:aws:states:::aws-sdk:eventbridge:putEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:putEvents", parameters, pattern, options)


def put_partner_events(
    name: str,
    parameters: PutPartnerEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:putPartnerEvents (``arn:aws:states:::aws-sdk:eventbridge:putPartnerEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:putPartnerEvents", parameters, pattern, options)


def put_permission(
    name: str,
    parameters: PutPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:putPermission (``arn:aws:states:::aws-sdk:eventbridge:putPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:putPermission", parameters, pattern, options)


def put_rule(
    name: str,
    parameters: PutRuleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:putRule (``arn:aws:states:::aws-sdk:eventbridge:putRule``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:putRule", parameters, pattern, options)


def put_targets(
    name: str,
    parameters: PutTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:putTargets (``arn:aws:states:::aws-sdk:eventbridge:putTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:putTargets", parameters, pattern, options)


def remove_permission(
    name: str,
    parameters: RemovePermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:removePermission (``arn:aws:states:::aws-sdk:eventbridge:removePermission``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:removePermission", parameters, pattern, options)


def remove_targets(
    name: str,
    parameters: RemoveTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:removeTargets (``arn:aws:states:::aws-sdk:eventbridge:removeTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:removeTargets", parameters, pattern, options)


def start_replay(
    name: str,
    parameters: StartReplayParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:startReplay (``arn:aws:states:::aws-sdk:eventbridge:startReplay``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:startReplay", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:tagResource (``arn:aws:states:::aws-sdk:eventbridge:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:tagResource", parameters, pattern, options)


def test_event_pattern(
    name: str,
    parameters: TestEventPatternParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:testEventPattern (``arn:aws:states:::aws-sdk:eventbridge:testEventPattern``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:testEventPattern", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:untagResource (``arn:aws:states:::aws-sdk:eventbridge:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:untagResource", parameters, pattern, options)


def update_api_destination(
    name: str,
    parameters: UpdateApiDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:updateApiDestination (``arn:aws:states:::aws-sdk:eventbridge:updateApiDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:updateApiDestination", parameters, pattern, options)


def update_archive(
    name: str,
    parameters: UpdateArchiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:updateArchive (``arn:aws:states:::aws-sdk:eventbridge:updateArchive``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:updateArchive", parameters, pattern, options)


def update_connection(
    name: str,
    parameters: UpdateConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:updateConnection (``arn:aws:states:::aws-sdk:eventbridge:updateConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:updateConnection", parameters, pattern, options)


def update_endpoint(
    name: str,
    parameters: UpdateEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:updateEndpoint (``arn:aws:states:::aws-sdk:eventbridge:updateEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:updateEndpoint", parameters, pattern, options)


def update_event_bus(
    name: str,
    parameters: UpdateEventBusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call eventbridge:updateEventBus (``arn:aws:states:::aws-sdk:eventbridge:updateEventBus``); the parameters are checked against its API model."""
    return sdk_task(name, "eventbridge:updateEventBus", parameters, pattern, options)


__all__ = [
    "activate_event_source",
    "cancel_replay",
    "create_api_destination",
    "create_archive",
    "create_connection",
    "create_endpoint",
    "create_event_bus",
    "create_partner_event_source",
    "deactivate_event_source",
    "deauthorize_connection",
    "delete_api_destination",
    "delete_archive",
    "delete_connection",
    "delete_endpoint",
    "delete_event_bus",
    "delete_partner_event_source",
    "delete_rule",
    "describe_api_destination",
    "describe_archive",
    "describe_connection",
    "describe_endpoint",
    "describe_event_bus",
    "describe_event_source",
    "describe_partner_event_source",
    "describe_replay",
    "describe_rule",
    "disable_rule",
    "enable_rule",
    "list_api_destinations",
    "list_archives",
    "list_connections",
    "list_endpoints",
    "list_event_buses",
    "list_event_sources",
    "list_partner_event_source_accounts",
    "list_partner_event_sources",
    "list_replays",
    "list_rule_names_by_target",
    "list_rules",
    "list_tags_for_resource",
    "list_targets_by_rule",
    "put_events",
    "put_partner_events",
    "put_permission",
    "put_rule",
    "put_targets",
    "remove_permission",
    "remove_targets",
    "start_replay",
    "tag_resource",
    "test_event_pattern",
    "untag_resource",
    "update_api_destination",
    "update_archive",
    "update_connection",
    "update_endpoint",
    "update_event_bus",
]
