"""Typed builders of the AWS SDK integration of ecr (``aws-sdk:ecr:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

BatchCheckLayerAvailabilityParameters = TypedDict(
    "BatchCheckLayerAvailabilityParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
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
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
    },
    total=False,
)
BatchGetImageParameters = TypedDict(
    "BatchGetImageParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
        "AcceptedMediaTypes": L[Si],
        "AcceptedMediaTypes.$": str,
    },
    total=False,
)
BatchGetRepositoryScanningConfigurationParameters = TypedDict(
    "BatchGetRepositoryScanningConfigurationParameters",
    {"RepositoryNames": L[Si], "RepositoryNames.$": str},
    total=False,
)
CompleteLayerUploadParameters = TypedDict(
    "CompleteLayerUploadParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "LayerDigests": L[Si],
        "LayerDigests.$": str,
    },
    total=False,
)
CreatePullThroughCacheRuleParameters = TypedDict(
    "CreatePullThroughCacheRuleParameters",
    {
        "EcrRepositoryPrefix": S,
        "EcrRepositoryPrefix.$": str,
        "UpstreamRegistryUrl": S,
        "UpstreamRegistryUrl.$": str,
        "RegistryId": S,
        "RegistryId.$": str,
        "UpstreamRegistry": S,
        "UpstreamRegistry.$": str,
        "CredentialArn": S,
        "CredentialArn.$": str,
        "CustomRoleArn": S,
        "CustomRoleArn.$": str,
        "UpstreamRoleArn": S,
        "UpstreamRoleArn.$": str,
        "UpstreamRepositoryPrefix": S,
        "UpstreamRepositoryPrefix.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ImageTagMutabilityExclusionFilter(TypedDict, total=False):
    FilterType: S
    Filter: S

class ImageScanningConfiguration(TypedDict, total=False):
    ScanOnPush: B

class EncryptionConfiguration(TypedDict, total=False):
    EncryptionType: S
    KmsKey: S

CreateRepositoryParameters = TypedDict(
    "CreateRepositoryParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ImageTagMutability": S,
        "ImageTagMutability.$": str,
        "ImageTagMutabilityExclusionFilters": L[Xi[ImageTagMutabilityExclusionFilter]],
        "ImageTagMutabilityExclusionFilters.$": str,
        "ImageScanningConfiguration": X[ImageScanningConfiguration],
        "ImageScanningConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class EncryptionConfigurationForRepositoryCreationTemplate(TypedDict, total=False):
    EncryptionType: S
    KmsKey: S

CreateRepositoryCreationTemplateParameters = TypedDict(
    "CreateRepositoryCreationTemplateParameters",
    {
        "Prefix": S,
        "Prefix.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfigurationForRepositoryCreationTemplate],
        "EncryptionConfiguration.$": str,
        "ResourceTags": L[Xi[Tag]],
        "ResourceTags.$": str,
        "ImageTagMutability": S,
        "ImageTagMutability.$": str,
        "ImageTagMutabilityExclusionFilters": L[Xi[ImageTagMutabilityExclusionFilter]],
        "ImageTagMutabilityExclusionFilters.$": str,
        "RepositoryPolicy": S,
        "RepositoryPolicy.$": str,
        "LifecyclePolicy": S,
        "LifecyclePolicy.$": str,
        "AppliedFor": L[Si],
        "AppliedFor.$": str,
        "CustomRoleArn": S,
        "CustomRoleArn.$": str,
    },
    total=False,
)
DeleteLifecyclePolicyParameters = TypedDict(
    "DeleteLifecyclePolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)
DeletePullThroughCacheRuleParameters = TypedDict(
    "DeletePullThroughCacheRuleParameters",
    {"EcrRepositoryPrefix": S, "EcrRepositoryPrefix.$": str, "RegistryId": S, "RegistryId.$": str},
    total=False,
)

class DeleteRegistryPolicyParameters(TypedDict, total=False): ...

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
DeleteRepositoryCreationTemplateParameters = TypedDict(
    "DeleteRepositoryCreationTemplateParameters", {"Prefix": S, "Prefix.$": str}, total=False
)
DeleteRepositoryPolicyParameters = TypedDict(
    "DeleteRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)

class DeleteSigningConfigurationParameters(TypedDict, total=False): ...

DeregisterPullTimeUpdateExclusionParameters = TypedDict(
    "DeregisterPullTimeUpdateExclusionParameters",
    {"PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)
DescribeImageReplicationStatusParameters = TypedDict(
    "DescribeImageReplicationStatusParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "RegistryId": S,
        "RegistryId.$": str,
    },
    total=False,
)
DescribeImageScanFindingsParameters = TypedDict(
    "DescribeImageScanFindingsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImageSigningStatusParameters = TypedDict(
    "DescribeImageSigningStatusParameters",
    {
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "RegistryId": S,
        "RegistryId.$": str,
    },
    total=False,
)

class DescribeImagesFilter(TypedDict, total=False):
    TagStatus: S
    ImageStatus: S

DescribeImagesParameters = TypedDict(
    "DescribeImagesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[DescribeImagesFilter],
        "Filter.$": str,
    },
    total=False,
)
DescribePullThroughCacheRulesParameters = TypedDict(
    "DescribePullThroughCacheRulesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "EcrRepositoryPrefixes": L[Si],
        "EcrRepositoryPrefixes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DescribeRegistryParameters(TypedDict, total=False): ...

DescribeReplicationBackfillResultsParameters = TypedDict(
    "DescribeReplicationBackfillResultsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "ReplicationBackfillId": S,
        "ReplicationBackfillId.$": str,
        "ResultStatusFilter": S,
        "ResultStatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
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
DescribeRepositoryCreationTemplatesParameters = TypedDict(
    "DescribeRepositoryCreationTemplatesParameters",
    {
        "Prefixes": L[Si],
        "Prefixes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAccountSettingParameters = TypedDict(
    "GetAccountSettingParameters", {"Name": S, "Name.$": str}, total=False
)
GetAuthorizationTokenParameters = TypedDict(
    "GetAuthorizationTokenParameters", {"RegistryIds": L[Si], "RegistryIds.$": str}, total=False
)
GetDownloadUrlForLayerParameters = TypedDict(
    "GetDownloadUrlForLayerParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "LayerDigest": S,
        "LayerDigest.$": str,
    },
    total=False,
)
GetLifecyclePolicyParameters = TypedDict(
    "GetLifecyclePolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)

class LifecyclePolicyPreviewFilter(TypedDict, total=False):
    TagStatus: S

GetLifecyclePolicyPreviewParameters = TypedDict(
    "GetLifecyclePolicyPreviewParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageIds": L[Xi[ImageIdentifier]],
        "ImageIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[LifecyclePolicyPreviewFilter],
        "Filter.$": str,
    },
    total=False,
)

class GetRegistryPolicyParameters(TypedDict, total=False): ...
class GetRegistryScanningConfigurationParameters(TypedDict, total=False): ...

GetRepositoryPolicyParameters = TypedDict(
    "GetRepositoryPolicyParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)

class GetSigningConfigurationParameters(TypedDict, total=False): ...

InitiateLayerUploadParameters = TypedDict(
    "InitiateLayerUploadParameters",
    {"RegistryId": S, "RegistryId.$": str, "RepositoryName": S, "RepositoryName.$": str},
    total=False,
)

class SubjectIdentifier(TypedDict, total=False):
    ImageDigest: S

class ListImageReferrersFilter(TypedDict, total=False):
    ArtifactTypes: L[Si]
    ArtifactStatus: S

ListImageReferrersParameters = TypedDict(
    "ListImageReferrersParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "SubjectId": X[SubjectIdentifier],
        "SubjectId.$": str,
        "Filter": X[ListImageReferrersFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListImagesFilter(TypedDict, total=False):
    TagStatus: S
    ImageStatus: S

ListImagesParameters = TypedDict(
    "ListImagesParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ListImagesFilter],
        "Filter.$": str,
    },
    total=False,
)
ListPullTimeUpdateExclusionsParameters = TypedDict(
    "ListPullTimeUpdateExclusionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListReplicationBackfillsParameters = TypedDict(
    "ListReplicationBackfillsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
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
PutAccountSettingParameters = TypedDict(
    "PutAccountSettingParameters",
    {"Name": S, "Name.$": str, "Value": S, "Value.$": str},
    total=False,
)
PutImageParameters = TypedDict(
    "PutImageParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
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
PutImageScanningConfigurationParameters = TypedDict(
    "PutImageScanningConfigurationParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageScanningConfiguration": X[ImageScanningConfiguration],
        "ImageScanningConfiguration.$": str,
    },
    total=False,
)
PutImageTagMutabilityParameters = TypedDict(
    "PutImageTagMutabilityParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageTagMutability": S,
        "ImageTagMutability.$": str,
        "ImageTagMutabilityExclusionFilters": L[Xi[ImageTagMutabilityExclusionFilter]],
        "ImageTagMutabilityExclusionFilters.$": str,
    },
    total=False,
)
PutLifecyclePolicyParameters = TypedDict(
    "PutLifecyclePolicyParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "LifecyclePolicyText": S,
        "LifecyclePolicyText.$": str,
    },
    total=False,
)
PutRegistryPolicyParameters = TypedDict(
    "PutRegistryPolicyParameters", {"PolicyText": S, "PolicyText.$": str}, total=False
)

class ScanningRepositoryFilter(TypedDict, total=False):
    Filter: S
    FilterType: S

class RegistryScanningRule(TypedDict, total=False):
    ScanFrequency: S
    RepositoryFilters: L[Xi[ScanningRepositoryFilter]]

PutRegistryScanningConfigurationParameters = TypedDict(
    "PutRegistryScanningConfigurationParameters",
    {"ScanType": S, "ScanType.$": str, "Rules": L[Xi[RegistryScanningRule]], "Rules.$": str},
    total=False,
)

class ReplicationDestination(TypedDict, total=False):
    Region: S
    RegistryId: S

class RepositoryFilter(TypedDict, total=False):
    Filter: S
    FilterType: S

class DeleteReplication(TypedDict, total=False):
    Enabled: B

class ReplicationRule(TypedDict, total=False):
    Destinations: L[Xi[ReplicationDestination]]
    RepositoryFilters: L[Xi[RepositoryFilter]]
    DeleteReplication: X[DeleteReplication]

class ReplicationConfiguration(TypedDict, total=False):
    Rules: L[Xi[ReplicationRule]]

PutReplicationConfigurationParameters = TypedDict(
    "PutReplicationConfigurationParameters",
    {"ReplicationConfiguration": X[ReplicationConfiguration], "ReplicationConfiguration.$": str},
    total=False,
)

class SigningRepositoryFilter(TypedDict, total=False):
    Filter: S
    FilterType: S

class SigningRule(TypedDict, total=False):
    SigningProfileArn: S
    RepositoryFilters: L[Xi[SigningRepositoryFilter]]

class SigningConfiguration(TypedDict, total=False):
    Rules: L[Xi[SigningRule]]

PutSigningConfigurationParameters = TypedDict(
    "PutSigningConfigurationParameters",
    {"SigningConfiguration": X[SigningConfiguration], "SigningConfiguration.$": str},
    total=False,
)
RegisterPullTimeUpdateExclusionParameters = TypedDict(
    "RegisterPullTimeUpdateExclusionParameters",
    {"PrincipalArn": S, "PrincipalArn.$": str},
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
StartImageScanParameters = TypedDict(
    "StartImageScanParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
    },
    total=False,
)
StartLifecyclePolicyPreviewParameters = TypedDict(
    "StartLifecyclePolicyPreviewParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "LifecyclePolicyText": S,
        "LifecyclePolicyText.$": str,
    },
    total=False,
)
StartReplicationBackfillParameters = TypedDict(
    "StartReplicationBackfillParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "Destination": X[ReplicationDestination],
        "Destination.$": str,
    },
    total=False,
)
StopReplicationBackfillParameters = TypedDict(
    "StopReplicationBackfillParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "ReplicationBackfillId": S,
        "ReplicationBackfillId.$": str,
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
UpdateImageStorageClassParameters = TypedDict(
    "UpdateImageStorageClassParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "ImageId": X[ImageIdentifier],
        "ImageId.$": str,
        "TargetStorageClass": S,
        "TargetStorageClass.$": str,
    },
    total=False,
)
UpdatePullThroughCacheRuleParameters = TypedDict(
    "UpdatePullThroughCacheRuleParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "EcrRepositoryPrefix": S,
        "EcrRepositoryPrefix.$": str,
        "CredentialArn": S,
        "CredentialArn.$": str,
        "CustomRoleArn": S,
        "CustomRoleArn.$": str,
        "UpstreamRoleArn": S,
        "UpstreamRoleArn.$": str,
    },
    total=False,
)
UpdateRepositoryCreationTemplateParameters = TypedDict(
    "UpdateRepositoryCreationTemplateParameters",
    {
        "Prefix": S,
        "Prefix.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfigurationForRepositoryCreationTemplate],
        "EncryptionConfiguration.$": str,
        "ResourceTags": L[Xi[Tag]],
        "ResourceTags.$": str,
        "ImageTagMutability": S,
        "ImageTagMutability.$": str,
        "ImageTagMutabilityExclusionFilters": L[Xi[ImageTagMutabilityExclusionFilter]],
        "ImageTagMutabilityExclusionFilters.$": str,
        "RepositoryPolicy": S,
        "RepositoryPolicy.$": str,
        "LifecyclePolicy": S,
        "LifecyclePolicy.$": str,
        "AppliedFor": L[Si],
        "AppliedFor.$": str,
        "CustomRoleArn": S,
        "CustomRoleArn.$": str,
    },
    total=False,
)
UploadLayerPartParameters = TypedDict(
    "UploadLayerPartParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
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
ValidatePullThroughCacheRuleParameters = TypedDict(
    "ValidatePullThroughCacheRuleParameters",
    {"EcrRepositoryPrefix": S, "EcrRepositoryPrefix.$": str, "RegistryId": S, "RegistryId.$": str},
    total=False,
)
batch_check_layer_availability: Builder[BatchCheckLayerAvailabilityParameters]
batch_delete_image: Builder[BatchDeleteImageParameters]
batch_get_image: Builder[BatchGetImageParameters]
batch_get_repository_scanning_configuration: Builder[
    BatchGetRepositoryScanningConfigurationParameters
]
complete_layer_upload: Builder[CompleteLayerUploadParameters]
create_pull_through_cache_rule: Builder[CreatePullThroughCacheRuleParameters]
create_repository: Builder[CreateRepositoryParameters]
create_repository_creation_template: Builder[CreateRepositoryCreationTemplateParameters]
delete_lifecycle_policy: Builder[DeleteLifecyclePolicyParameters]
delete_pull_through_cache_rule: Builder[DeletePullThroughCacheRuleParameters]
delete_registry_policy: Builder[DeleteRegistryPolicyParameters]
delete_repository: Builder[DeleteRepositoryParameters]
delete_repository_creation_template: Builder[DeleteRepositoryCreationTemplateParameters]
delete_repository_policy: Builder[DeleteRepositoryPolicyParameters]
delete_signing_configuration: Builder[DeleteSigningConfigurationParameters]
deregister_pull_time_update_exclusion: Builder[DeregisterPullTimeUpdateExclusionParameters]
describe_image_replication_status: Builder[DescribeImageReplicationStatusParameters]
describe_image_scan_findings: Builder[DescribeImageScanFindingsParameters]
describe_image_signing_status: Builder[DescribeImageSigningStatusParameters]
describe_images: Builder[DescribeImagesParameters]
describe_pull_through_cache_rules: Builder[DescribePullThroughCacheRulesParameters]
describe_registry: Builder[DescribeRegistryParameters]
describe_replication_backfill_results: Builder[DescribeReplicationBackfillResultsParameters]
describe_repositories: Builder[DescribeRepositoriesParameters]
describe_repository_creation_templates: Builder[DescribeRepositoryCreationTemplatesParameters]
get_account_setting: Builder[GetAccountSettingParameters]
get_authorization_token: Builder[GetAuthorizationTokenParameters]
get_download_url_for_layer: Builder[GetDownloadUrlForLayerParameters]
get_lifecycle_policy: Builder[GetLifecyclePolicyParameters]
get_lifecycle_policy_preview: Builder[GetLifecyclePolicyPreviewParameters]
get_registry_policy: Builder[GetRegistryPolicyParameters]
get_registry_scanning_configuration: Builder[GetRegistryScanningConfigurationParameters]
get_repository_policy: Builder[GetRepositoryPolicyParameters]
get_signing_configuration: Builder[GetSigningConfigurationParameters]
initiate_layer_upload: Builder[InitiateLayerUploadParameters]
list_image_referrers: Builder[ListImageReferrersParameters]
list_images: Builder[ListImagesParameters]
list_pull_time_update_exclusions: Builder[ListPullTimeUpdateExclusionsParameters]
list_replication_backfills: Builder[ListReplicationBackfillsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_account_setting: Builder[PutAccountSettingParameters]
put_image: Builder[PutImageParameters]
put_image_scanning_configuration: Builder[PutImageScanningConfigurationParameters]
put_image_tag_mutability: Builder[PutImageTagMutabilityParameters]
put_lifecycle_policy: Builder[PutLifecyclePolicyParameters]
put_registry_policy: Builder[PutRegistryPolicyParameters]
put_registry_scanning_configuration: Builder[PutRegistryScanningConfigurationParameters]
put_replication_configuration: Builder[PutReplicationConfigurationParameters]
put_signing_configuration: Builder[PutSigningConfigurationParameters]
register_pull_time_update_exclusion: Builder[RegisterPullTimeUpdateExclusionParameters]
set_repository_policy: Builder[SetRepositoryPolicyParameters]
start_image_scan: Builder[StartImageScanParameters]
start_lifecycle_policy_preview: Builder[StartLifecyclePolicyPreviewParameters]
start_replication_backfill: Builder[StartReplicationBackfillParameters]
stop_replication_backfill: Builder[StopReplicationBackfillParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_image_storage_class: Builder[UpdateImageStorageClassParameters]
update_pull_through_cache_rule: Builder[UpdatePullThroughCacheRuleParameters]
update_repository_creation_template: Builder[UpdateRepositoryCreationTemplateParameters]
upload_layer_part: Builder[UploadLayerPartParameters]
validate_pull_through_cache_rule: Builder[ValidatePullThroughCacheRuleParameters]

__all__ = [
    "batch_check_layer_availability",
    "batch_delete_image",
    "batch_get_image",
    "batch_get_repository_scanning_configuration",
    "complete_layer_upload",
    "create_pull_through_cache_rule",
    "create_repository",
    "create_repository_creation_template",
    "delete_lifecycle_policy",
    "delete_pull_through_cache_rule",
    "delete_registry_policy",
    "delete_repository",
    "delete_repository_creation_template",
    "delete_repository_policy",
    "delete_signing_configuration",
    "deregister_pull_time_update_exclusion",
    "describe_image_replication_status",
    "describe_image_scan_findings",
    "describe_image_signing_status",
    "describe_images",
    "describe_pull_through_cache_rules",
    "describe_registry",
    "describe_replication_backfill_results",
    "describe_repositories",
    "describe_repository_creation_templates",
    "get_account_setting",
    "get_authorization_token",
    "get_download_url_for_layer",
    "get_lifecycle_policy",
    "get_lifecycle_policy_preview",
    "get_registry_policy",
    "get_registry_scanning_configuration",
    "get_repository_policy",
    "get_signing_configuration",
    "initiate_layer_upload",
    "list_image_referrers",
    "list_images",
    "list_pull_time_update_exclusions",
    "list_replication_backfills",
    "list_tags_for_resource",
    "put_account_setting",
    "put_image",
    "put_image_scanning_configuration",
    "put_image_tag_mutability",
    "put_lifecycle_policy",
    "put_registry_policy",
    "put_registry_scanning_configuration",
    "put_replication_configuration",
    "put_signing_configuration",
    "register_pull_time_update_exclusion",
    "set_repository_policy",
    "start_image_scan",
    "start_lifecycle_policy_preview",
    "start_replication_backfill",
    "stop_replication_backfill",
    "tag_resource",
    "untag_resource",
    "update_image_storage_class",
    "update_pull_through_cache_rule",
    "update_repository_creation_template",
    "upload_layer_part",
    "validate_pull_through_cache_rule",
]
