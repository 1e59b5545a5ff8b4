"""Typed builders of the AWS SDK integration of personalizeevents (``aws-sdk:personalizeevents:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, L, S, Si, T, X, Xi

class ActionInteraction(TypedDict, total=False):
    ActionId: S
    UserId: S
    SessionId: S
    Timestamp: T
    EventType: S
    EventId: S
    RecommendationId: S
    Impression: L[Si]
    Properties: S

PutActionInteractionsParameters = TypedDict(
    "PutActionInteractionsParameters",
    {
        "TrackingId": S,
        "TrackingId.$": str,
        "ActionInteractions": L[Xi[ActionInteraction]],
        "ActionInteractions.$": str,
    },
    total=False,
)

class Action(TypedDict, total=False):
    ActionId: S
    Properties: S

PutActionsParameters = TypedDict(
    "PutActionsParameters",
    {"DatasetArn": S, "DatasetArn.$": str, "Actions": L[Xi[Action]], "Actions.$": str},
    total=False,
)

class MetricAttribution(TypedDict, total=False):
    EventAttributionSource: S

class Event(TypedDict, total=False):
    EventId: S
    EventType: S
    EventValue: F
    ItemId: S
    Properties: S
    SentAt: T
    RecommendationId: S
    Impression: L[Si]
    MetricAttribution: X[MetricAttribution]

PutEventsParameters = TypedDict(
    "PutEventsParameters",
    {
        "TrackingId": S,
        "TrackingId.$": str,
        "UserId": S,
        "UserId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventList": L[Xi[Event]],
        "EventList.$": str,
    },
    total=False,
)

class Item(TypedDict, total=False):
    ItemId: S
    Properties: S

PutItemsParameters = TypedDict(
    "PutItemsParameters",
    {"DatasetArn": S, "DatasetArn.$": str, "Items": L[Xi[Item]], "Items.$": str},
    total=False,
)

class User(TypedDict, total=False):
    UserId: S
    Properties: S

PutUsersParameters = TypedDict(
    "PutUsersParameters",
    {"DatasetArn": S, "DatasetArn.$": str, "Users": L[Xi[User]], "Users.$": str},
    total=False,
)
put_action_interactions: Builder[PutActionInteractionsParameters]
put_actions: Builder[PutActionsParameters]
put_events: Builder[PutEventsParameters]
put_items: Builder[PutItemsParameters]
put_users: Builder[PutUsersParameters]

__all__ = ["put_action_interactions", "put_actions", "put_events", "put_items", "put_users"]
