"""Typed builders of the AWS SDK integration of apiportal (``aws-sdk:apiportal:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateManagedApisParameters = TypedDict(
    "AssociateManagedApisParameters",
    {"ProductId": S, "ProductId.$": str, "ManagedApiIds": L[Si], "ManagedApiIds.$": str},
    total=False,
)

class ApiSignature(TypedDict, total=False):
    ResourceArn: S
    Method: S
    Hostname: S
    Port: I
    Path: S

CreateManagedApiParameters = TypedDict(
    "CreateManagedApiParameters",
    {"ApiSignature": X[ApiSignature], "ApiSignature.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class CustomColors(TypedDict, total=False):
    BackgroundColor: S
    NavigationColor: S
    HeaderColor: S
    TextColor: S
    AccentColor: S
    ErrorValidationColor: S

class PortalTheme(TypedDict, total=False):
    CustomColors: X[CustomColors]
    LogoUploadedAt: T

class PortalContent(TypedDict, total=False):
    DisplayName: S
    Description: S
    Theme: X[PortalTheme]

class None_(TypedDict, total=False): ...

class ACMManaged(TypedDict, total=False):
    DomainName: S
    CertificateArn: S

EndpointConfigurationRequest = TypedDict(
    "EndpointConfigurationRequest", {"None": X[None_], "AcmManaged": X[ACMManaged]}, total=False
)

class CognitoConfig(TypedDict, total=False):
    UserPoolArn: S
    AppClientId: S
    UserPoolDomain: S
    IdentityPoolId: S

AuthorizationConfig = TypedDict(
    "AuthorizationConfig", {"None": X[None_], "CognitoConfig": X[CognitoConfig]}, total=False
)

class Authorization(TypedDict, total=False):
    AuthorizationConfig: X[AuthorizationConfig]
    FineGrainedAccessControl: S

CreatePortalParameters = TypedDict(
    "CreatePortalParameters",
    {
        "PortalContent": X[PortalContent],
        "PortalContent.$": str,
        "EndpointConfiguration": X[EndpointConfigurationRequest],
        "EndpointConfiguration.$": str,
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "IncludedProductArns": L[Si],
        "IncludedProductArns.$": str,
        "LogoUri": S,
        "LogoUri.$": str,
        "RumAppMonitorName": S,
        "RumAppMonitorName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePortalPreviewParameters = TypedDict(
    "CreatePortalPreviewParameters", {"PortalId": S, "PortalId.$": str}, total=False
)

class RuleFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class ApiSelectionConfiguration(TypedDict, total=False):
    ApiSelectionMode: S
    RuleFilters: L[Xi[RuleFilter]]

CreateProductParameters = TypedDict(
    "CreateProductParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ApiSelectionConfiguration": X[ApiSelectionConfiguration],
        "ApiSelectionConfiguration.$": str,
    },
    total=False,
)

class DisplayContentOverrides(TypedDict, total=False):
    OperationName: S
    ApiUrl: S
    Body: S

ApiPageDisplayContent = TypedDict(
    "ApiPageDisplayContent",
    {"None": X[None_], "Overrides": X[DisplayContentOverrides]},
    total=False,
)
CreateProductApiPageParameters = TypedDict(
    "CreateProductApiPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ManagedApiId": S,
        "ManagedApiId.$": str,
        "DisplayContent": X[ApiPageDisplayContent],
        "DisplayContent.$": str,
        "TryItState": S,
        "TryItState.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DisplayContent(TypedDict, total=False):
    Title: S
    Body: S

CreateProductPageParameters = TypedDict(
    "CreateProductPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "DisplayContent": X[DisplayContent],
        "DisplayContent.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DeleteDiscoveryConfigurationParameters(TypedDict, total=False): ...

DeleteManagedApiParameters = TypedDict(
    "DeleteManagedApiParameters", {"ManagedApiId": S, "ManagedApiId.$": str}, total=False
)

class DeleteOrganizationDiscoveryConfigurationParameters(TypedDict, total=False): ...

DeletePortalParameters = TypedDict(
    "DeletePortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
DeleteProductParameters = TypedDict(
    "DeleteProductParameters", {"ProductId": S, "ProductId.$": str}, total=False
)
DeleteProductApiPageParameters = TypedDict(
    "DeleteProductApiPageParameters",
    {"ProductId": S, "ProductId.$": str, "ProductApiPageId": S, "ProductApiPageId.$": str},
    total=False,
)
DeleteProductPageParameters = TypedDict(
    "DeleteProductPageParameters",
    {"ProductId": S, "ProductId.$": str, "ProductPageId": S, "ProductPageId.$": str},
    total=False,
)
DeleteProductSharingPolicyParameters = TypedDict(
    "DeleteProductSharingPolicyParameters", {"ProductId": S, "ProductId.$": str}, total=False
)
DisassociateManagedApisParameters = TypedDict(
    "DisassociateManagedApisParameters",
    {"ProductId": S, "ProductId.$": str, "ManagedApiIds": L[Si], "ManagedApiIds.$": str},
    total=False,
)
GetApiInventoryItemParameters = TypedDict(
    "GetApiInventoryItemParameters",
    {
        "Method": S,
        "Method.$": str,
        "Host": S,
        "Host.$": str,
        "Port": I,
        "Port.$": str,
        "Path": S,
        "Path.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)

class GetDiscoveryConfigurationParameters(TypedDict, total=False): ...

GetManagedApiParameters = TypedDict(
    "GetManagedApiParameters", {"ManagedApiId": S, "ManagedApiId.$": str}, total=False
)

class GetOrganizationDiscoveryConfigurationParameters(TypedDict, total=False): ...

GetPortalParameters = TypedDict(
    "GetPortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
GetProductParameters = TypedDict(
    "GetProductParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
GetProductApiPageParameters = TypedDict(
    "GetProductApiPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProductApiPageId": S,
        "ProductApiPageId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
        "IncludeRawDisplayContent": B,
        "IncludeRawDisplayContent.$": str,
    },
    total=False,
)
GetProductPageParameters = TypedDict(
    "GetProductPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProductPageId": S,
        "ProductPageId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
GetProductSharingPolicyParameters = TypedDict(
    "GetProductSharingPolicyParameters", {"ProductId": S, "ProductId.$": str}, total=False
)

class ApiInventoryFilters(TypedDict, total=False):
    DiscoverySource: S
    ResourceArn: S

ListApiInventoryItemsParameters = TypedDict(
    "ListApiInventoryItemsParameters",
    {
        "Filters": X[ApiInventoryFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDiscoveryStatusesParameters = TypedDict(
    "ListDiscoveryStatusesParameters",
    {
        "DiscoverySource": S,
        "DiscoverySource.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedApiEventsParameters = TypedDict(
    "ListManagedApiEventsParameters",
    {
        "ManagedApiId": S,
        "ManagedApiId.$": str,
        "StartedAfter": T,
        "StartedAfter.$": str,
        "StartedBefore": T,
        "StartedBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedApisParameters = TypedDict(
    "ListManagedApisParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProductId": S,
        "ProductId.$": str,
    },
    total=False,
)
ListPortalsParameters = TypedDict(
    "ListPortalsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListProductApiPagesParameters = TypedDict(
    "ListProductApiPagesParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
ListProductPagesParameters = TypedDict(
    "ListProductPagesParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
ListProductsParameters = TypedDict(
    "ListProductsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "ManagedApiId": S,
        "ManagedApiId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutDiscoveryConfigurationParameters = TypedDict(
    "PutDiscoveryConfigurationParameters",
    {
        "DiscoverySources": L[Si],
        "DiscoverySources.$": str,
        "ExcludedResources": L[Si],
        "ExcludedResources.$": str,
        "Features": L[Si],
        "Features.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DiscoveryExclusionFilters(TypedDict, total=False):
    OrganizationalUnitIds: L[Si]
    AccountIds: L[Si]
    ResourceArns: L[Si]

class DiscoveryInclusionFilters(TypedDict, total=False):
    OrganizationalUnitIds: L[Si]
    AccountIds: L[Si]

class OrganizationDiscoveryFilters(TypedDict, total=False):
    ExclusionFilters: X[DiscoveryExclusionFilters]
    InclusionFilters: X[DiscoveryInclusionFilters]

PutOrganizationDiscoveryConfigurationParameters = TypedDict(
    "PutOrganizationDiscoveryConfigurationParameters",
    {
        "DiscoverySources": L[Si],
        "DiscoverySources.$": str,
        "ExclusionFilters": X[DiscoveryExclusionFilters],
        "ExclusionFilters.$": str,
        "DiscoveryFilters": X[OrganizationDiscoveryFilters],
        "DiscoveryFilters.$": str,
        "Features": L[Si],
        "Features.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutProductSharingPolicyParameters = TypedDict(
    "PutProductSharingPolicyParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartDiscoveryParameters = TypedDict(
    "StartDiscoveryParameters", {"Id": S, "Id.$": str}, total=False
)
StopDiscoveryParameters = TypedDict("StopDiscoveryParameters", {"Id": S, "Id.$": str}, total=False)
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
UpdatePortalParameters = TypedDict(
    "UpdatePortalParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "PortalContent": X[PortalContent],
        "PortalContent.$": str,
        "EndpointConfiguration": X[EndpointConfigurationRequest],
        "EndpointConfiguration.$": str,
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "RumAppMonitorName": S,
        "RumAppMonitorName.$": str,
        "IncludedProductArns": L[Si],
        "IncludedProductArns.$": str,
        "LogoUri": S,
        "LogoUri.$": str,
    },
    total=False,
)
UpdatePortalPublishStatusParameters = TypedDict(
    "UpdatePortalPublishStatusParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "Status": S,
        "Status.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class Section(TypedDict, total=False):
    SectionName: S
    ProductApiPageArns: L[Si]

class DisplayOrder(TypedDict, total=False):
    OverviewPageArn: S
    ProductPageArns: L[Si]
    Contents: L[Xi[Section]]

UpdateProductParameters = TypedDict(
    "UpdateProductParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayOrder": X[DisplayOrder],
        "DisplayOrder.$": str,
        "ApiSelectionConfiguration": X[ApiSelectionConfiguration],
        "ApiSelectionConfiguration.$": str,
    },
    total=False,
)
UpdateProductApiPageParameters = TypedDict(
    "UpdateProductApiPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProductApiPageId": S,
        "ProductApiPageId.$": str,
        "DisplayContent": X[ApiPageDisplayContent],
        "DisplayContent.$": str,
        "TryItState": S,
        "TryItState.$": str,
    },
    total=False,
)
UpdateProductPageParameters = TypedDict(
    "UpdateProductPageParameters",
    {
        "ProductId": S,
        "ProductId.$": str,
        "ProductPageId": S,
        "ProductPageId.$": str,
        "DisplayContent": X[DisplayContent],
        "DisplayContent.$": str,
    },
    total=False,
)
associate_managed_apis: Builder[AssociateManagedApisParameters]
create_managed_api: Builder[CreateManagedApiParameters]
create_portal: Builder[CreatePortalParameters]
create_portal_preview: Builder[CreatePortalPreviewParameters]
create_product: Builder[CreateProductParameters]
create_product_api_page: Builder[CreateProductApiPageParameters]
create_product_page: Builder[CreateProductPageParameters]
delete_discovery_configuration: Builder[DeleteDiscoveryConfigurationParameters]
delete_managed_api: Builder[DeleteManagedApiParameters]
delete_organization_discovery_configuration: Builder[
    DeleteOrganizationDiscoveryConfigurationParameters
]
delete_portal: Builder[DeletePortalParameters]
delete_product: Builder[DeleteProductParameters]
delete_product_api_page: Builder[DeleteProductApiPageParameters]
delete_product_page: Builder[DeleteProductPageParameters]
delete_product_sharing_policy: Builder[DeleteProductSharingPolicyParameters]
disassociate_managed_apis: Builder[DisassociateManagedApisParameters]
get_api_inventory_item: Builder[GetApiInventoryItemParameters]
get_discovery_configuration: Builder[GetDiscoveryConfigurationParameters]
get_managed_api: Builder[GetManagedApiParameters]
get_organization_discovery_configuration: Builder[GetOrganizationDiscoveryConfigurationParameters]
get_portal: Builder[GetPortalParameters]
get_product: Builder[GetProductParameters]
get_product_api_page: Builder[GetProductApiPageParameters]
get_product_page: Builder[GetProductPageParameters]
get_product_sharing_policy: Builder[GetProductSharingPolicyParameters]
list_api_inventory_items: Builder[ListApiInventoryItemsParameters]
list_discovery_statuses: Builder[ListDiscoveryStatusesParameters]
list_managed_api_events: Builder[ListManagedApiEventsParameters]
list_managed_apis: Builder[ListManagedApisParameters]
list_portals: Builder[ListPortalsParameters]
list_product_api_pages: Builder[ListProductApiPagesParameters]
list_product_pages: Builder[ListProductPagesParameters]
list_products: Builder[ListProductsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_discovery_configuration: Builder[PutDiscoveryConfigurationParameters]
put_organization_discovery_configuration: Builder[PutOrganizationDiscoveryConfigurationParameters]
put_product_sharing_policy: Builder[PutProductSharingPolicyParameters]
start_discovery: Builder[StartDiscoveryParameters]
stop_discovery: Builder[StopDiscoveryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_portal: Builder[UpdatePortalParameters]
update_portal_publish_status: Builder[UpdatePortalPublishStatusParameters]
update_product: Builder[UpdateProductParameters]
update_product_api_page: Builder[UpdateProductApiPageParameters]
update_product_page: Builder[UpdateProductPageParameters]

__all__ = [
    "associate_managed_apis",
    "create_managed_api",
    "create_portal",
    "create_portal_preview",
    "create_product",
    "create_product_api_page",
    "create_product_page",
    "delete_discovery_configuration",
    "delete_managed_api",
    "delete_organization_discovery_configuration",
    "delete_portal",
    "delete_product",
    "delete_product_api_page",
    "delete_product_page",
    "delete_product_sharing_policy",
    "disassociate_managed_apis",
    "get_api_inventory_item",
    "get_discovery_configuration",
    "get_managed_api",
    "get_organization_discovery_configuration",
    "get_portal",
    "get_product",
    "get_product_api_page",
    "get_product_page",
    "get_product_sharing_policy",
    "list_api_inventory_items",
    "list_discovery_statuses",
    "list_managed_api_events",
    "list_managed_apis",
    "list_portals",
    "list_product_api_pages",
    "list_product_pages",
    "list_products",
    "list_tags_for_resource",
    "put_discovery_configuration",
    "put_organization_discovery_configuration",
    "put_product_sharing_policy",
    "start_discovery",
    "stop_discovery",
    "tag_resource",
    "untag_resource",
    "update_portal",
    "update_portal_publish_status",
    "update_product",
    "update_product_api_page",
    "update_product_page",
]
