"""Typed builders of the AWS SDK integration of outposts (``aws-sdk:outposts:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

CancelCapacityTaskParameters = TypedDict(
    "CancelCapacityTaskParameters",
    {
        "CapacityTaskId": S,
        "CapacityTaskId.$": str,
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
    },
    total=False,
)
CancelOrderParameters = TypedDict(
    "CancelOrderParameters", {"OrderId": S, "OrderId.$": str}, total=False
)

class LineItemRequest(TypedDict, total=False):
    CatalogItemId: S
    Quantity: I

CreateOrderParameters = TypedDict(
    "CreateOrderParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "QuoteIdentifier": S,
        "QuoteIdentifier.$": str,
        "QuoteOptionIdentifier": S,
        "QuoteOptionIdentifier.$": str,
        "LineItems": L[Xi[LineItemRequest]],
        "LineItems.$": str,
        "PaymentOption": S,
        "PaymentOption.$": str,
        "PaymentTerm": S,
        "PaymentTerm.$": str,
    },
    total=False,
)
CreateOutpostParameters = TypedDict(
    "CreateOutpostParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SupportedHardwareType": S,
        "SupportedHardwareType.$": str,
    },
    total=False,
)

class VpcInformation(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]
    VpcEndpointId: S

CreatePrivateConnectivityConfigParameters = TypedDict(
    "CreatePrivateConnectivityConfigParameters",
    {
        "OutpostId": S,
        "OutpostId.$": str,
        "VpcInformationList": L[Xi[VpcInformation]],
        "VpcInformationList.$": str,
    },
    total=False,
)

class QuoteCapacity(TypedDict, total=False):
    QuoteCapacityType: S
    Unit: S
    Quantity: F

class QuoteConstraint(TypedDict, total=False):
    QuoteConstraintType: S
    Value: S

CreateQuoteParameters = TypedDict(
    "CreateQuoteParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "CountryCode": S,
        "CountryCode.$": str,
        "RequestedCapacities": L[Xi[QuoteCapacity]],
        "RequestedCapacities.$": str,
        "RequestedConstraints": L[Xi[QuoteConstraint]],
        "RequestedConstraints.$": str,
        "RequestedPaymentOptions": L[Si],
        "RequestedPaymentOptions.$": str,
        "RequestedPaymentTerms": L[Si],
        "RequestedPaymentTerms.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateRenewalParameters = TypedDict(
    "CreateRenewalParameters",
    {
        "PaymentOption": S,
        "PaymentOption.$": str,
        "PaymentTerm": S,
        "PaymentTerm.$": str,
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Address(TypedDict, total=False):
    ContactName: S
    ContactPhoneNumber: S
    AddressLine1: S
    AddressLine2: S
    AddressLine3: S
    City: S
    StateOrRegion: S
    DistrictOrCounty: S
    PostalCode: S
    CountryCode: S
    Municipality: S

class RackPhysicalProperties(TypedDict, total=False):
    PowerDrawKva: S
    PowerPhase: S
    PowerConnector: S
    PowerFeedDrop: S
    UplinkGbps: S
    UplinkCount: S
    FiberOpticCableType: S
    OpticalStandard: S
    MaximumSupportedWeightLbs: S

CreateSiteParameters = TypedDict(
    "CreateSiteParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Notes": S,
        "Notes.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "OperatingAddress": X[Address],
        "OperatingAddress.$": str,
        "ShippingAddress": X[Address],
        "ShippingAddress.$": str,
        "RackPhysicalProperties": X[RackPhysicalProperties],
        "RackPhysicalProperties.$": str,
    },
    total=False,
)
DeleteOutpostParameters = TypedDict(
    "DeleteOutpostParameters", {"OutpostId": S, "OutpostId.$": str}, total=False
)
DeleteQuoteParameters = TypedDict(
    "DeleteQuoteParameters", {"QuoteIdentifier": S, "QuoteIdentifier.$": str}, total=False
)
DeleteSiteParameters = TypedDict(
    "DeleteSiteParameters", {"SiteId": S, "SiteId.$": str}, total=False
)
GetCapacityTaskParameters = TypedDict(
    "GetCapacityTaskParameters",
    {
        "CapacityTaskId": S,
        "CapacityTaskId.$": str,
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
    },
    total=False,
)
GetCatalogItemParameters = TypedDict(
    "GetCatalogItemParameters", {"CatalogItemId": S, "CatalogItemId.$": str}, total=False
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
GetOrderParameters = TypedDict("GetOrderParameters", {"OrderId": S, "OrderId.$": str}, total=False)
GetOutpostParameters = TypedDict(
    "GetOutpostParameters", {"OutpostId": S, "OutpostId.$": str}, total=False
)
GetOutpostBillingInformationParameters = TypedDict(
    "GetOutpostBillingInformationParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
    },
    total=False,
)
GetOutpostInstanceTypesParameters = TypedDict(
    "GetOutpostInstanceTypesParameters",
    {
        "OutpostId": S,
        "OutpostId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetOutpostSupportedInstanceTypesParameters = TypedDict(
    "GetOutpostSupportedInstanceTypesParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "OrderId": S,
        "OrderId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPrivateConnectivityConfigParameters = TypedDict(
    "GetPrivateConnectivityConfigParameters", {"OutpostId": S, "OutpostId.$": str}, total=False
)
GetQuoteParameters = TypedDict(
    "GetQuoteParameters", {"QuoteIdentifier": S, "QuoteIdentifier.$": str}, total=False
)
GetRenewalPricingParameters = TypedDict(
    "GetRenewalPricingParameters", {"OutpostIdentifier": S, "OutpostIdentifier.$": str}, total=False
)
GetSiteParameters = TypedDict("GetSiteParameters", {"SiteId": S, "SiteId.$": str}, total=False)
GetSiteAddressParameters = TypedDict(
    "GetSiteAddressParameters",
    {"SiteId": S, "SiteId.$": str, "AddressType": S, "AddressType.$": str},
    total=False,
)
ListAssetInstancesParameters = TypedDict(
    "ListAssetInstancesParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "AssetIdFilter": L[Si],
        "AssetIdFilter.$": str,
        "InstanceTypeFilter": L[Si],
        "InstanceTypeFilter.$": str,
        "AccountIdFilter": L[Si],
        "AccountIdFilter.$": str,
        "AwsServiceFilter": L[Si],
        "AwsServiceFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssetsParameters = TypedDict(
    "ListAssetsParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "HostIdFilter": L[Si],
        "HostIdFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StatusFilter": L[Si],
        "StatusFilter.$": str,
        "AssetTypeFilter": L[Si],
        "AssetTypeFilter.$": str,
    },
    total=False,
)
ListBlockingInstancesForCapacityTaskParameters = TypedDict(
    "ListBlockingInstancesForCapacityTaskParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "CapacityTaskId": S,
        "CapacityTaskId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCapacityTasksParameters = TypedDict(
    "ListCapacityTasksParameters",
    {
        "OutpostIdentifierFilter": S,
        "OutpostIdentifierFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CapacityTaskStatusFilter": L[Si],
        "CapacityTaskStatusFilter.$": str,
    },
    total=False,
)
ListCatalogItemsParameters = TypedDict(
    "ListCatalogItemsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ItemClassFilter": L[Si],
        "ItemClassFilter.$": str,
        "SupportedStorageFilter": L[Si],
        "SupportedStorageFilter.$": str,
        "Ec2FamilyFilter": L[Si],
        "Ec2FamilyFilter.$": str,
    },
    total=False,
)
ListOrderableInstanceTypesParameters = TypedDict(
    "ListOrderableInstanceTypesParameters",
    {
        "OutpostGenerationFilter": S,
        "OutpostGenerationFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOrdersParameters = TypedDict(
    "ListOrdersParameters",
    {
        "OutpostIdentifierFilter": S,
        "OutpostIdentifierFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOutpostsParameters = TypedDict(
    "ListOutpostsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LifeCycleStatusFilter": L[Si],
        "LifeCycleStatusFilter.$": str,
        "AvailabilityZoneFilter": L[Si],
        "AvailabilityZoneFilter.$": str,
        "AvailabilityZoneIdFilter": L[Si],
        "AvailabilityZoneIdFilter.$": str,
    },
    total=False,
)
ListQuotesParameters = TypedDict(
    "ListQuotesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSitesParameters = TypedDict(
    "ListSitesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OperatingAddressCountryCodeFilter": L[Si],
        "OperatingAddressCountryCodeFilter.$": str,
        "OperatingAddressStateOrRegionFilter": L[Si],
        "OperatingAddressStateOrRegionFilter.$": str,
        "OperatingAddressCityFilter": L[Si],
        "OperatingAddressCityFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class InstanceTypeCapacity(TypedDict, total=False):
    InstanceType: S
    Count: I

class InstancesToExclude(TypedDict, total=False):
    Instances: L[Si]
    AccountIds: L[Si]
    Services: L[Si]

StartCapacityTaskParameters = TypedDict(
    "StartCapacityTaskParameters",
    {
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "OrderId": S,
        "OrderId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "InstancePools": L[Xi[InstanceTypeCapacity]],
        "InstancePools.$": str,
        "InstancesToExclude": X[InstancesToExclude],
        "InstancesToExclude.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TaskActionOnBlockingInstances": S,
        "TaskActionOnBlockingInstances.$": str,
    },
    total=False,
)
StartConnectionParameters = TypedDict(
    "StartConnectionParameters",
    {
        "DeviceSerialNumber": S,
        "DeviceSerialNumber.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "ClientPublicKey": S,
        "ClientPublicKey.$": str,
        "NetworkInterfaceDeviceIndex": I,
        "NetworkInterfaceDeviceIndex.$": str,
    },
    total=False,
)
StartOutpostDecommissionParameters = TypedDict(
    "StartOutpostDecommissionParameters",
    {"OutpostIdentifier": S, "OutpostIdentifier.$": str, "ValidateOnly": B, "ValidateOnly.$": str},
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
UpdateOutpostParameters = TypedDict(
    "UpdateOutpostParameters",
    {
        "OutpostId": S,
        "OutpostId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SupportedHardwareType": S,
        "SupportedHardwareType.$": str,
    },
    total=False,
)
UpdateQuoteParameters = TypedDict(
    "UpdateQuoteParameters",
    {
        "QuoteIdentifier": S,
        "QuoteIdentifier.$": str,
        "OutpostIdentifier": S,
        "OutpostIdentifier.$": str,
        "CountryCode": S,
        "CountryCode.$": str,
        "RequestedCapacities": L[Xi[QuoteCapacity]],
        "RequestedCapacities.$": str,
        "RequestedConstraints": L[Xi[QuoteConstraint]],
        "RequestedConstraints.$": str,
        "RequestedPaymentOptions": L[Si],
        "RequestedPaymentOptions.$": str,
        "RequestedPaymentTerms": L[Si],
        "RequestedPaymentTerms.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateSiteParameters = TypedDict(
    "UpdateSiteParameters",
    {
        "SiteId": S,
        "SiteId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Notes": S,
        "Notes.$": str,
    },
    total=False,
)
UpdateSiteAddressParameters = TypedDict(
    "UpdateSiteAddressParameters",
    {
        "SiteId": S,
        "SiteId.$": str,
        "AddressType": S,
        "AddressType.$": str,
        "Address": X[Address],
        "Address.$": str,
    },
    total=False,
)
UpdateSiteRackPhysicalPropertiesParameters = TypedDict(
    "UpdateSiteRackPhysicalPropertiesParameters",
    {
        "SiteId": S,
        "SiteId.$": str,
        "PowerDrawKva": S,
        "PowerDrawKva.$": str,
        "PowerPhase": S,
        "PowerPhase.$": str,
        "PowerConnector": S,
        "PowerConnector.$": str,
        "PowerFeedDrop": S,
        "PowerFeedDrop.$": str,
        "UplinkGbps": S,
        "UplinkGbps.$": str,
        "UplinkCount": S,
        "UplinkCount.$": str,
        "FiberOpticCableType": S,
        "FiberOpticCableType.$": str,
        "OpticalStandard": S,
        "OpticalStandard.$": str,
        "MaximumSupportedWeightLbs": S,
        "MaximumSupportedWeightLbs.$": str,
    },
    total=False,
)
cancel_capacity_task: Builder[CancelCapacityTaskParameters]
cancel_order: Builder[CancelOrderParameters]
create_order: Builder[CreateOrderParameters]
create_outpost: Builder[CreateOutpostParameters]
create_private_connectivity_config: Builder[CreatePrivateConnectivityConfigParameters]
create_quote: Builder[CreateQuoteParameters]
create_renewal: Builder[CreateRenewalParameters]
create_site: Builder[CreateSiteParameters]
delete_outpost: Builder[DeleteOutpostParameters]
delete_quote: Builder[DeleteQuoteParameters]
delete_site: Builder[DeleteSiteParameters]
get_capacity_task: Builder[GetCapacityTaskParameters]
get_catalog_item: Builder[GetCatalogItemParameters]
get_connection: Builder[GetConnectionParameters]
get_order: Builder[GetOrderParameters]
get_outpost: Builder[GetOutpostParameters]
get_outpost_billing_information: Builder[GetOutpostBillingInformationParameters]
get_outpost_instance_types: Builder[GetOutpostInstanceTypesParameters]
get_outpost_supported_instance_types: Builder[GetOutpostSupportedInstanceTypesParameters]
get_private_connectivity_config: Builder[GetPrivateConnectivityConfigParameters]
get_quote: Builder[GetQuoteParameters]
get_renewal_pricing: Builder[GetRenewalPricingParameters]
get_site: Builder[GetSiteParameters]
get_site_address: Builder[GetSiteAddressParameters]
list_asset_instances: Builder[ListAssetInstancesParameters]
list_assets: Builder[ListAssetsParameters]
list_blocking_instances_for_capacity_task: Builder[ListBlockingInstancesForCapacityTaskParameters]
list_capacity_tasks: Builder[ListCapacityTasksParameters]
list_catalog_items: Builder[ListCatalogItemsParameters]
list_orderable_instance_types: Builder[ListOrderableInstanceTypesParameters]
list_orders: Builder[ListOrdersParameters]
list_outposts: Builder[ListOutpostsParameters]
list_quotes: Builder[ListQuotesParameters]
list_sites: Builder[ListSitesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_capacity_task: Builder[StartCapacityTaskParameters]
start_connection: Builder[StartConnectionParameters]
start_outpost_decommission: Builder[StartOutpostDecommissionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_outpost: Builder[UpdateOutpostParameters]
update_quote: Builder[UpdateQuoteParameters]
update_site: Builder[UpdateSiteParameters]
update_site_address: Builder[UpdateSiteAddressParameters]
update_site_rack_physical_properties: Builder[UpdateSiteRackPhysicalPropertiesParameters]

__all__ = [
    "cancel_capacity_task",
    "cancel_order",
    "create_order",
    "create_outpost",
    "create_private_connectivity_config",
    "create_quote",
    "create_renewal",
    "create_site",
    "delete_outpost",
    "delete_quote",
    "delete_site",
    "get_capacity_task",
    "get_catalog_item",
    "get_connection",
    "get_order",
    "get_outpost",
    "get_outpost_billing_information",
    "get_outpost_instance_types",
    "get_outpost_supported_instance_types",
    "get_private_connectivity_config",
    "get_quote",
    "get_renewal_pricing",
    "get_site",
    "get_site_address",
    "list_asset_instances",
    "list_assets",
    "list_blocking_instances_for_capacity_task",
    "list_capacity_tasks",
    "list_catalog_items",
    "list_orderable_instance_types",
    "list_orders",
    "list_outposts",
    "list_quotes",
    "list_sites",
    "list_tags_for_resource",
    "start_capacity_task",
    "start_connection",
    "start_outpost_decommission",
    "tag_resource",
    "untag_resource",
    "update_outpost",
    "update_quote",
    "update_site",
    "update_site_address",
    "update_site_rack_physical_properties",
]
