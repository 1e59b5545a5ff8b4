"""Typed builders of the AWS SDK integration of partnercentralrevenuemeasurement (``aws-sdk:partnercentralrevenuemeasurement:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, Xi

class RevenueShareProductAccountEntry(TypedDict, total=False):
    AccountType: S
    AccountIds: L[Si]

class MarketplaceRevenueShareProductEntry(TypedDict, total=False):
    ProductId: S
    Accounts: L[Xi[RevenueShareProductAccountEntry]]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateMarketplaceRevenueShareParameters = TypedDict(
    "CreateMarketplaceRevenueShareParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Products": L[Xi[MarketplaceRevenueShareProductEntry]],
        "Products.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateMarketplaceRevenueShareAllocationParameters = TypedDict(
    "CreateMarketplaceRevenueShareAllocationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MarketplaceRevenueShareIdentifier": S,
        "MarketplaceRevenueShareIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "MarketplaceRevenueShareRevision": S,
        "MarketplaceRevenueShareRevision.$": str,
        "EffectiveFrom": S,
        "EffectiveFrom.$": str,
        "EffectiveUntil": S,
        "EffectiveUntil.$": str,
        "RevenueSharePercent": S,
        "RevenueSharePercent.$": str,
    },
    total=False,
)
CreateRevenueAttributionParameters = TypedDict(
    "CreateRevenueAttributionParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TenancyModel": S,
        "TenancyModel.$": str,
        "ProductIdentifier": S,
        "ProductIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Context": M[S],
        "Context.$": str,
    },
    total=False,
)
GetMarketplaceRevenueShareParameters = TypedDict(
    "GetMarketplaceRevenueShareParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetMarketplaceRevenueShareAllocationParameters = TypedDict(
    "GetMarketplaceRevenueShareAllocationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MarketplaceRevenueShareIdentifier": S,
        "MarketplaceRevenueShareIdentifier.$": str,
        "MarketplaceRevenueShareAllocationId": S,
        "MarketplaceRevenueShareAllocationId.$": str,
        "MarketplaceRevenueShareRevision": S,
        "MarketplaceRevenueShareRevision.$": str,
    },
    total=False,
)
GetRevenueAttributionParameters = TypedDict(
    "GetRevenueAttributionParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetRevenueAttributionAllocationParameters = TypedDict(
    "GetRevenueAttributionAllocationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "RevenueAttributionIdentifier": S,
        "RevenueAttributionIdentifier.$": str,
        "RevenueAttributionAllocationId": S,
        "RevenueAttributionAllocationId.$": str,
        "RevenueAttributionRevision": S,
        "RevenueAttributionRevision.$": str,
    },
    total=False,
)
GetRevenueAttributionAllocationsTaskParameters = TypedDict(
    "GetRevenueAttributionAllocationsTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "RevenueAttributionIdentifier": S,
        "RevenueAttributionIdentifier.$": str,
    },
    total=False,
)
ListMarketplaceRevenueShareAllocationsParameters = TypedDict(
    "ListMarketplaceRevenueShareAllocationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MarketplaceRevenueShareIdentifier": S,
        "MarketplaceRevenueShareIdentifier.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "AfterEffectiveFrom": S,
        "AfterEffectiveFrom.$": str,
        "BeforeEffectiveFrom": S,
        "BeforeEffectiveFrom.$": str,
        "AfterEffectiveUntil": S,
        "AfterEffectiveUntil.$": str,
        "BeforeEffectiveUntil": S,
        "BeforeEffectiveUntil.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MarketplaceRevenueShareRevision": S,
        "MarketplaceRevenueShareRevision.$": str,
    },
    total=False,
)
ListMarketplaceRevenueSharesParameters = TypedDict(
    "ListMarketplaceRevenueSharesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifiers": L[Si],
        "Identifiers.$": str,
        "ProductIds": L[Si],
        "ProductIds.$": str,
        "ProductCodes": L[Si],
        "ProductCodes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
    },
    total=False,
)
ListRevenueAttributionAllocationsParameters = TypedDict(
    "ListRevenueAttributionAllocationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "RevenueAttributionIdentifier": S,
        "RevenueAttributionIdentifier.$": str,
        "EntityTypeFilters": L[Si],
        "EntityTypeFilters.$": str,
        "EntityIdentifierFilters": L[Si],
        "EntityIdentifierFilters.$": str,
        "CustomerAwsAccountIdFilters": L[Si],
        "CustomerAwsAccountIdFilters.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "AfterEffectiveFrom": S,
        "AfterEffectiveFrom.$": str,
        "BeforeEffectiveFrom": S,
        "BeforeEffectiveFrom.$": str,
        "AfterEffectiveUntil": S,
        "AfterEffectiveUntil.$": str,
        "BeforeEffectiveUntil": S,
        "BeforeEffectiveUntil.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "RevenueAttributionRevision": S,
        "RevenueAttributionRevision.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ContextFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

ListRevenueAttributionsParameters = TypedDict(
    "ListRevenueAttributionsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifiers": L[Si],
        "Identifiers.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ContextFilters": L[Xi[ContextFilter]],
        "ContextFilters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class RevenueShareAllocation(TypedDict, total=False):
    Action: S
    RevenueAttributionAllocationId: S
    EntityType: S
    EntityIdentifier: S
    CustomerAwsAccountId: S
    RevenueSharePercent: S
    EffectiveFrom: S
    EffectiveUntil: S
    Status: S

StartRevenueAttributionAllocationsTaskParameters = TypedDict(
    "StartRevenueAttributionAllocationsTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "RevenueAttributionIdentifier": S,
        "RevenueAttributionIdentifier.$": str,
        "RevenueAttributionRevision": S,
        "RevenueAttributionRevision.$": str,
        "RevenueShareAllocations": L[Xi[RevenueShareAllocation]],
        "RevenueShareAllocations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMarketplaceRevenueShareParameters = TypedDict(
    "UpdateMarketplaceRevenueShareParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Revision": S,
        "Revision.$": str,
        "Products": L[Xi[MarketplaceRevenueShareProductEntry]],
        "Products.$": str,
    },
    total=False,
)
UpdateMarketplaceRevenueShareAllocationParameters = TypedDict(
    "UpdateMarketplaceRevenueShareAllocationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MarketplaceRevenueShareIdentifier": S,
        "MarketplaceRevenueShareIdentifier.$": str,
        "MarketplaceRevenueShareAllocationId": S,
        "MarketplaceRevenueShareAllocationId.$": str,
        "MarketplaceRevenueShareRevision": S,
        "MarketplaceRevenueShareRevision.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RevenueSharePercent": S,
        "RevenueSharePercent.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateRevenueAttributionParameters = TypedDict(
    "UpdateRevenueAttributionParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Revision": S,
        "Revision.$": str,
        "Context": M[S],
        "Context.$": str,
    },
    total=False,
)
create_marketplace_revenue_share: Builder[CreateMarketplaceRevenueShareParameters]
create_marketplace_revenue_share_allocation: Builder[
    CreateMarketplaceRevenueShareAllocationParameters
]
create_revenue_attribution: Builder[CreateRevenueAttributionParameters]
get_marketplace_revenue_share: Builder[GetMarketplaceRevenueShareParameters]
get_marketplace_revenue_share_allocation: Builder[GetMarketplaceRevenueShareAllocationParameters]
get_revenue_attribution: Builder[GetRevenueAttributionParameters]
get_revenue_attribution_allocation: Builder[GetRevenueAttributionAllocationParameters]
get_revenue_attribution_allocations_task: Builder[GetRevenueAttributionAllocationsTaskParameters]
list_marketplace_revenue_share_allocations: Builder[
    ListMarketplaceRevenueShareAllocationsParameters
]
list_marketplace_revenue_shares: Builder[ListMarketplaceRevenueSharesParameters]
list_revenue_attribution_allocations: Builder[ListRevenueAttributionAllocationsParameters]
list_revenue_attributions: Builder[ListRevenueAttributionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_revenue_attribution_allocations_task: Builder[
    StartRevenueAttributionAllocationsTaskParameters
]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_marketplace_revenue_share: Builder[UpdateMarketplaceRevenueShareParameters]
update_marketplace_revenue_share_allocation: Builder[
    UpdateMarketplaceRevenueShareAllocationParameters
]
update_revenue_attribution: Builder[UpdateRevenueAttributionParameters]

__all__ = [
    "create_marketplace_revenue_share",
    "create_marketplace_revenue_share_allocation",
    "create_revenue_attribution",
    "get_marketplace_revenue_share",
    "get_marketplace_revenue_share_allocation",
    "get_revenue_attribution",
    "get_revenue_attribution_allocation",
    "get_revenue_attribution_allocations_task",
    "list_marketplace_revenue_share_allocations",
    "list_marketplace_revenue_shares",
    "list_revenue_attribution_allocations",
    "list_revenue_attributions",
    "list_tags_for_resource",
    "start_revenue_attribution_allocations_task",
    "tag_resource",
    "untag_resource",
    "update_marketplace_revenue_share",
    "update_marketplace_revenue_share_allocation",
    "update_revenue_attribution",
]
