"""Typed builders of the AWS SDK integration of pricingplanmanager (``aws-sdk:pricingplanmanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Si

ApprovePaidSubscriptionParameters = TypedDict(
    "ApprovePaidSubscriptionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateResourcesToSubscriptionParameters = TypedDict(
    "AssociateResourcesToSubscriptionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelSubscriptionParameters = TypedDict(
    "CancelSubscriptionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelSubscriptionChangeParameters = TypedDict(
    "CancelSubscriptionChangeParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSubscriptionParameters = TypedDict(
    "CreateSubscriptionParameters",
    {
        "PlanFamily": S,
        "PlanFamily.$": str,
        "PlanTier": S,
        "PlanTier.$": str,
        "UsageLevel": S,
        "UsageLevel.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "ApprovalMode": S,
        "ApprovalMode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateResourcesFromSubscriptionParameters = TypedDict(
    "DisassociateResourcesFromSubscriptionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetSubscriptionParameters = TypedDict(
    "GetSubscriptionParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
UpdateSubscriptionParameters = TypedDict(
    "UpdateSubscriptionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "PlanTier": S,
        "PlanTier.$": str,
        "UsageLevel": S,
        "UsageLevel.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
approve_paid_subscription: Builder[ApprovePaidSubscriptionParameters]
associate_resources_to_subscription: Builder[AssociateResourcesToSubscriptionParameters]
cancel_subscription: Builder[CancelSubscriptionParameters]
cancel_subscription_change: Builder[CancelSubscriptionChangeParameters]
create_subscription: Builder[CreateSubscriptionParameters]
disassociate_resources_from_subscription: Builder[DisassociateResourcesFromSubscriptionParameters]
get_subscription: Builder[GetSubscriptionParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
update_subscription: Builder[UpdateSubscriptionParameters]

__all__ = [
    "approve_paid_subscription",
    "associate_resources_to_subscription",
    "cancel_subscription",
    "cancel_subscription_change",
    "create_subscription",
    "disassociate_resources_from_subscription",
    "get_subscription",
    "list_subscriptions",
    "update_subscription",
]
