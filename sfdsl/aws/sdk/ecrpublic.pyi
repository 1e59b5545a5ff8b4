"""Typed builders of the AWS SDK integration of ecrpublic (``aws-sdk:ecrpublic:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AssociateRepositoriesParameters = TypedDict(
    "AssociateRepositoriesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "AssociatedRepositoryName": S,
        "AssociatedRepositoryName.$": str,
        "AssociatedRepositoryType": S,
        "AssociatedRepositoryType.$": str,
    },
    total=False,
)
BatchCheckLayerAvailabilityParameters = TypedDict(
    "BatchCheckLayerAvailabilityParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "LayerDigests": L[Si],
        "LayerDigests.$": str,
    },
    total=False,
)

class ImageIdentifier(TypedDict, total=False):
    ImageDigest: S
    ImageTag: S

BatchDeleteImageParameters = TypedDict(
    "BatchDeleteImageParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
    },
    total=False,
)
CompleteLayerUploadParameters = TypedDict(
    "CompleteLayerUploadParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "LayerDigests": L[Si],
        "LayerDigests.$": str,
    },
    total=False,
)

class RepositoryCatalogDataInput(TypedDict, total=False):
    Description: S
    Architectures: L[Si]
    OperatingSystems: L[Si]
    LogoImageBlob: S
    AboutText: S
    UsageText: S
    Categories: L[Si]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePremiumRepositoryParameters = TypedDict(
    "CreatePremiumRepositoryParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CatalogData": X[RepositoryCatalogDataInput],
        "CatalogData.$": str,
        "MarketplaceProducts": L[Si],
        "MarketplaceProducts.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRepositoryParameters = TypedDict(
    "CreateRepositoryParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CatalogData": X[RepositoryCatalogDataInput],
        "CatalogData.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeletePremiumRepositoryParameters = TypedDict(
    "DeletePremiumRepositoryParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
DeletePremiumRepositoryPolicyParameters = TypedDict(
    "DeletePremiumRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
DeleteRepositoryParameters = TypedDict(
    "DeleteRepositoryParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DeleteRepositoryPolicyParameters = TypedDict(
    "DeleteRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
DescribeEntitledImageTagsParameters = TypedDict(
    "DescribeEntitledImageTagsParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RegistryAlias": S,
        "RegistryAlias.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeEntitledImagesParameters = TypedDict(
    "DescribeEntitledImagesParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RegistryAlias": S,
        "RegistryAlias.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeEntitledRepositoriesParameters = TypedDict(
    "DescribeEntitledRepositoriesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DescribeImageScanFindingsParameters = TypedDict(
    "DescribeImageScanFindingsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImageTagsParameters = TypedDict(
    "DescribeImageTagsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImagesParameters = TypedDict(
    "DescribeImagesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribePremiumRepositoriesParameters = TypedDict(
    "DescribePremiumRepositoriesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryNames": L[Si],
        "RepositoryNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRegistriesParameters = TypedDict(
    "DescribeRegistriesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DescribeRepositoriesParameters = TypedDict(
    "DescribeRepositoriesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryNames": L[Si],
        "RepositoryNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DisassociateRepositoriesParameters = TypedDict(
    "DisassociateRepositoriesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "AssociatedRepositoryName": S,
        "AssociatedRepositoryName.$": str,
        "AssociatedRepositoryType": S,
        "AssociatedRepositoryType.$": str,
    },
    total=False,
)

class GetAuthorizationTokenParameters(TypedDict, total=False): ...

GetDownloadUrlForPublisherReportParameters = TypedDict(
    "GetDownloadUrlForPublisherReportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
GetPremiumRepositoryCatalogDataParameters = TypedDict(
    "GetPremiumRepositoryCatalogDataParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
GetPremiumRepositoryPolicyParameters = TypedDict(
    "GetPremiumRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)

class GetRegistryCatalogDataParameters(TypedDict, total=False): ...

GetRepositoryCatalogDataParameters = TypedDict(
    "GetRepositoryCatalogDataParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
GetRepositoryPolicyParameters = TypedDict(
    "GetRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
InitiateLayerUploadParameters = TypedDict(
    "InitiateLayerUploadParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
    },
    total=False,
)
ListPublisherReportsParameters = TypedDict(
    "ListPublisherReportsParameters",
    {
        "ReportType": S,
        "ReportType.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutImageParameters = TypedDict(
    "PutImageParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "ImageManifest": S,
        "ImageManifest.$": str,
        "ImageManifestMediaType": S,
        "ImageManifestMediaType.$": str,
        "ImageTag": S,
        "ImageTag.$": str,
        "ImageDigest": S,
        "ImageDigest.$": str,
    },
    total=False,
)
PutPremiumRepositoryCatalogDataParameters = TypedDict(
    "PutPremiumRepositoryCatalogDataParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CatalogData": X[RepositoryCatalogDataInput],
        "CatalogData.$": str,
    },
    total=False,
)
PutPremiumRepositoryProductsParameters = TypedDict(
    "PutPremiumRepositoryProductsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "MarketplaceProducts": L[Si],
        "MarketplaceProducts.$": str,
    },
    total=False,
)
PutRegistryCatalogDataParameters = TypedDict(
    "PutRegistryCatalogDataParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "LogoImageBlob": S,
        "LogoImageBlob.$": str,
    },
    total=False,
)
PutRepositoryCatalogDataParameters = TypedDict(
    "PutRepositoryCatalogDataParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "CatalogData": X[RepositoryCatalogDataInput],
        "CatalogData.$": str,
    },
    total=False,
)
SetImageStatusParameters = TypedDict(
    "SetImageStatusParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "Status": S,
        "Status.$": str,
        "DeprecationPeriodDays": I,
        "DeprecationPeriodDays.$": str,
    },
    total=False,
)
SetPremiumRepositoryPolicyParameters = TypedDict(
    "SetPremiumRepositoryPolicyParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "PolicyText": S,
        "PolicyText.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
SetRepositoryPolicyParameters = TypedDict(
    "SetRepositoryPolicyParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "PolicyText": S,
        "PolicyText.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
SetRepositoryStateParameters = TypedDict(
    "SetRepositoryStateParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "State": S,
        "State.$": str,
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
UploadLayerPartParameters = TypedDict(
    "UploadLayerPartParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryType": S,
        "RepositoryType.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "PartFirstByte": I,
        "PartFirstByte.$": str,
        "PartLastByte": I,
        "PartLastByte.$": str,
        "LayerPartBlob": S,
        "LayerPartBlob.$": str,
    },
    total=False,
)
associate_repositories: Builder[AssociateRepositoriesParameters]
batch_check_layer_availability: Builder[BatchCheckLayerAvailabilityParameters]
batch_delete_image: Builder[BatchDeleteImageParameters]
complete_layer_upload: Builder[CompleteLayerUploadParameters]
create_premium_repository: Builder[CreatePremiumRepositoryParameters]
create_repository: Builder[CreateRepositoryParameters]
delete_premium_repository: Builder[DeletePremiumRepositoryParameters]
delete_premium_repository_policy: Builder[DeletePremiumRepositoryPolicyParameters]
delete_repository: Builder[DeleteRepositoryParameters]
delete_repository_policy: Builder[DeleteRepositoryPolicyParameters]
describe_entitled_image_tags: Builder[DescribeEntitledImageTagsParameters]
describe_entitled_images: Builder[DescribeEntitledImagesParameters]
describe_entitled_repositories: Builder[DescribeEntitledRepositoriesParameters]
describe_image_scan_findings: Builder[DescribeImageScanFindingsParameters]
describe_image_tags: Builder[DescribeImageTagsParameters]
describe_images: Builder[DescribeImagesParameters]
describe_premium_repositories: Builder[DescribePremiumRepositoriesParameters]
describe_registries: Builder[DescribeRegistriesParameters]
describe_repositories: Builder[DescribeRepositoriesParameters]
disassociate_repositories: Builder[DisassociateRepositoriesParameters]
get_authorization_token: Builder[GetAuthorizationTokenParameters]
get_download_url_for_publisher_report: Builder[GetDownloadUrlForPublisherReportParameters]
get_premium_repository_catalog_data: Builder[GetPremiumRepositoryCatalogDataParameters]
get_premium_repository_policy: Builder[GetPremiumRepositoryPolicyParameters]
get_registry_catalog_data: Builder[GetRegistryCatalogDataParameters]
get_repository_catalog_data: Builder[GetRepositoryCatalogDataParameters]
get_repository_policy: Builder[GetRepositoryPolicyParameters]
initiate_layer_upload: Builder[InitiateLayerUploadParameters]
list_publisher_reports: Builder[ListPublisherReportsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_image: Builder[PutImageParameters]
put_premium_repository_catalog_data: Builder[PutPremiumRepositoryCatalogDataParameters]
put_premium_repository_products: Builder[PutPremiumRepositoryProductsParameters]
put_registry_catalog_data: Builder[PutRegistryCatalogDataParameters]
put_repository_catalog_data: Builder[PutRepositoryCatalogDataParameters]
set_image_status: Builder[SetImageStatusParameters]
set_premium_repository_policy: Builder[SetPremiumRepositoryPolicyParameters]
set_repository_policy: Builder[SetRepositoryPolicyParameters]
set_repository_state: Builder[SetRepositoryStateParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
upload_layer_part: Builder[UploadLayerPartParameters]

__all__ = [
    "associate_repositories",
    "batch_check_layer_availability",
    "batch_delete_image",
    "complete_layer_upload",
    "create_premium_repository",
    "create_repository",
    "delete_premium_repository",
    "delete_premium_repository_policy",
    "delete_repository",
    "delete_repository_policy",
    "describe_entitled_image_tags",
    "describe_entitled_images",
    "describe_entitled_repositories",
    "describe_image_scan_findings",
    "describe_image_tags",
    "describe_images",
    "describe_premium_repositories",
    "describe_registries",
    "describe_repositories",
    "disassociate_repositories",
    "get_authorization_token",
    "get_download_url_for_publisher_report",
    "get_premium_repository_catalog_data",
    "get_premium_repository_policy",
    "get_registry_catalog_data",
    "get_repository_catalog_data",
    "get_repository_policy",
    "initiate_layer_upload",
    "list_publisher_reports",
    "list_tags_for_resource",
    "put_image",
    "put_premium_repository_catalog_data",
    "put_premium_repository_products",
    "put_registry_catalog_data",
    "put_repository_catalog_data",
    "set_image_status",
    "set_premium_repository_policy",
    "set_repository_policy",
    "set_repository_state",
    "tag_resource",
    "untag_resource",
    "upload_layer_part",
]
