"""Typed builders of the AWS SDK integration of opensearchserverless (``aws-sdk:opensearchserverless:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, S, Si, X, Xi

BatchGetCollectionParameters = TypedDict(
    "BatchGetCollectionParameters",
    {"Ids": L[Si], "Ids.$": str, "Names": L[Si], "Names.$": str},
    total=False,
)
BatchGetCollectionGroupParameters = TypedDict(
    "BatchGetCollectionGroupParameters",
    {"Ids": L[Si], "Ids.$": str, "Names": L[Si], "Names.$": str},
    total=False,
)

class LifecyclePolicyResourceIdentifier(TypedDict, total=False):
    Type: S
    Resource: S

BatchGetEffectiveLifecyclePolicyParameters = TypedDict(
    "BatchGetEffectiveLifecyclePolicyParameters",
    {"ResourceIdentifiers": L[Xi[LifecyclePolicyResourceIdentifier]], "ResourceIdentifiers.$": str},
    total=False,
)

class LifecyclePolicyIdentifier(TypedDict, total=False):
    Type: S
    Name: S

BatchGetLifecyclePolicyParameters = TypedDict(
    "BatchGetLifecyclePolicyParameters",
    {"Identifiers": L[Xi[LifecyclePolicyIdentifier]], "Identifiers.$": str},
    total=False,
)
BatchGetVpcEndpointParameters = TypedDict(
    "BatchGetVpcEndpointParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)
CancelIngestionJobParameters = TypedDict(
    "CancelIngestionJobParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "IngestionJobId": S,
        "IngestionJobId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAccessPolicyParameters = TypedDict(
    "CreateAccessPolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class VectorOptions(TypedDict, total=False):
    ServerlessVectorAcceleration: S

class EncryptionConfig(TypedDict, total=False):
    AwsOwnedKey: B
    KmsKeyArn: S

CreateCollectionParameters = TypedDict(
    "CreateCollectionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StandbyReplicas": S,
        "StandbyReplicas.$": str,
        "VectorOptions": X[VectorOptions],
        "VectorOptions.$": str,
        "CollectionGroupName": S,
        "CollectionGroupName.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CollectionGroupCapacityLimits(TypedDict, total=False):
    MaxIndexingCapacityInOCU: F
    MaxSearchCapacityInOCU: F
    MinIndexingCapacityInOCU: F
    MinSearchCapacityInOCU: F

CreateCollectionGroupParameters = TypedDict(
    "CreateCollectionGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "StandbyReplicas": S,
        "StandbyReplicas.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CapacityLimits": X[CollectionGroupCapacityLimits],
        "CapacityLimits.$": str,
        "Generation": S,
        "Generation.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexSchema": Doc,
        "IndexSchema.$": str,
    },
    total=False,
)

class IngestionJobS3Source(TypedDict, total=False):
    Bucket: S
    BucketOwnerAccountId: S
    KeyPrefix: S

class IngestionJobSource(TypedDict, total=False):
    S3: X[IngestionJobS3Source]

CreateIngestionJobParameters = TypedDict(
    "CreateIngestionJobParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "IngestionJobName": S,
        "IngestionJobName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "FailureIndexName": S,
        "FailureIndexName.$": str,
        "Source": X[IngestionJobSource],
        "Source.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class StreamBucketConfig(TypedDict, total=False):
    Bucket: S
    BucketOwnerAccountId: S
    InitialScan: S

class IngestionStreamS3Source(TypedDict, total=False):
    SqsArn: S
    Buckets: L[Xi[StreamBucketConfig]]

class IngestionStreamSource(TypedDict, total=False):
    S3: X[IngestionStreamS3Source]

CreateIngestionStreamParameters = TypedDict(
    "CreateIngestionStreamParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "IngestionStreamName": S,
        "IngestionStreamName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "FailureIndexName": S,
        "FailureIndexName.$": str,
        "Source": X[IngestionStreamSource],
        "Source.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateLifecyclePolicyParameters = TypedDict(
    "CreateLifecyclePolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SamlConfigOptions(TypedDict, total=False):
    Metadata: S
    UserAttribute: S
    GroupAttribute: S
    OpenSearchServerlessEntityId: S
    SessionTimeout: I

class CreateIamIdentityCenterConfigOptions(TypedDict, total=False):
    InstanceArn: S
    UserAttribute: S
    GroupAttribute: S

class IamFederationConfigOptions(TypedDict, total=False):
    GroupAttribute: S
    UserAttribute: S

CreateSecurityConfigParameters = TypedDict(
    "CreateSecurityConfigParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SamlOptions": X[SamlConfigOptions],
        "SamlOptions.$": str,
        "IamIdentityCenterOptions": X[CreateIamIdentityCenterConfigOptions],
        "IamIdentityCenterOptions.$": str,
        "IamFederationOptions": X[IamFederationConfigOptions],
        "IamFederationOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSecurityPolicyParameters = TypedDict(
    "CreateSecurityPolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateVpcEndpointParameters = TypedDict(
    "CreateVpcEndpointParameters",
    {
        "Name": S,
        "Name.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAccessPolicyParameters = TypedDict(
    "DeleteAccessPolicyParameters",
    {"Type": S, "Type.$": str, "Name": S, "Name.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteCollectionParameters = TypedDict(
    "DeleteCollectionParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteCollectionGroupParameters = TypedDict(
    "DeleteCollectionGroupParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteIndexParameters = TypedDict(
    "DeleteIndexParameters", {"Id": S, "Id.$": str, "IndexName": S, "IndexName.$": str}, total=False
)
DeleteIngestionStreamParameters = TypedDict(
    "DeleteIngestionStreamParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "IngestionStreamId": S,
        "IngestionStreamId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteLifecyclePolicyParameters = TypedDict(
    "DeleteLifecyclePolicyParameters",
    {"Type": S, "Type.$": str, "Name": S, "Name.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteSecurityConfigParameters = TypedDict(
    "DeleteSecurityConfigParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteSecurityPolicyParameters = TypedDict(
    "DeleteSecurityPolicyParameters",
    {"Type": S, "Type.$": str, "Name": S, "Name.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteVpcEndpointParameters = TypedDict(
    "DeleteVpcEndpointParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
GetAccessPolicyParameters = TypedDict(
    "GetAccessPolicyParameters", {"Type": S, "Type.$": str, "Name": S, "Name.$": str}, total=False
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetIndexParameters = TypedDict(
    "GetIndexParameters", {"Id": S, "Id.$": str, "IndexName": S, "IndexName.$": str}, total=False
)
GetIngestionJobParameters = TypedDict(
    "GetIngestionJobParameters",
    {"CollectionId": S, "CollectionId.$": str, "IngestionJobId": S, "IngestionJobId.$": str},
    total=False,
)
GetIngestionStreamParameters = TypedDict(
    "GetIngestionStreamParameters",
    {"CollectionId": S, "CollectionId.$": str, "IngestionStreamId": S, "IngestionStreamId.$": str},
    total=False,
)

class GetPoliciesStatsParameters(TypedDict, total=False): ...

GetSecurityConfigParameters = TypedDict(
    "GetSecurityConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetSecurityPolicyParameters = TypedDict(
    "GetSecurityPolicyParameters", {"Type": S, "Type.$": str, "Name": S, "Name.$": str}, total=False
)
ListAccessPoliciesParameters = TypedDict(
    "ListAccessPoliciesParameters",
    {
        "Type": S,
        "Type.$": str,
        "Resource": L[Si],
        "Resource.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollectionGroupsParameters = TypedDict(
    "ListCollectionGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class CollectionFilters(TypedDict, total=False):
    Name: S
    Status: S
    CollectionGroupName: S

ListCollectionsParameters = TypedDict(
    "ListCollectionsParameters",
    {
        "CollectionFilters": X[CollectionFilters],
        "CollectionFilters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIngestionJobsParameters = TypedDict(
    "ListIngestionJobsParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIngestionStreamsParameters = TypedDict(
    "ListIngestionStreamsParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLifecyclePoliciesParameters = TypedDict(
    "ListLifecyclePoliciesParameters",
    {
        "Type": S,
        "Type.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityConfigsParameters = TypedDict(
    "ListSecurityConfigsParameters",
    {
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityPoliciesParameters = TypedDict(
    "ListSecurityPoliciesParameters",
    {
        "Type": S,
        "Type.$": str,
        "Resource": L[Si],
        "Resource.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class VpcEndpointFilters(TypedDict, total=False):
    Status: S

ListVpcEndpointsParameters = TypedDict(
    "ListVpcEndpointsParameters",
    {
        "VpcEndpointFilters": X[VpcEndpointFilters],
        "VpcEndpointFilters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
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
UpdateAccessPolicyParameters = TypedDict(
    "UpdateAccessPolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "PolicyVersion": S,
        "PolicyVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CapacityLimits(TypedDict, total=False):
    MaxIndexingCapacityInOCU: I
    MaxSearchCapacityInOCU: I

UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {"CapacityLimits": X[CapacityLimits], "CapacityLimits.$": str},
    total=False,
)
UpdateCollectionParameters = TypedDict(
    "UpdateCollectionParameters",
    {
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "VectorOptions": X[VectorOptions],
        "VectorOptions.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateCollectionGroupParameters = TypedDict(
    "UpdateCollectionGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "CapacityLimits": X[CollectionGroupCapacityLimits],
        "CapacityLimits.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateIndexParameters = TypedDict(
    "UpdateIndexParameters",
    {
        "Id": S,
        "Id.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexSchema": Doc,
        "IndexSchema.$": str,
    },
    total=False,
)
UpdateLifecyclePolicyParameters = TypedDict(
    "UpdateLifecyclePolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "PolicyVersion": S,
        "PolicyVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UpdateIamIdentityCenterConfigOptions(TypedDict, total=False):
    UserAttribute: S
    GroupAttribute: S

UpdateSecurityConfigParameters = TypedDict(
    "UpdateSecurityConfigParameters",
    {
        "Id": S,
        "Id.$": str,
        "ConfigVersion": S,
        "ConfigVersion.$": str,
        "Description": S,
        "Description.$": str,
        "SamlOptions": X[SamlConfigOptions],
        "SamlOptions.$": str,
        "IamIdentityCenterOptionsUpdates": X[UpdateIamIdentityCenterConfigOptions],
        "IamIdentityCenterOptionsUpdates.$": str,
        "IamFederationOptions": X[IamFederationConfigOptions],
        "IamFederationOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateSecurityPolicyParameters = TypedDict(
    "UpdateSecurityPolicyParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "PolicyVersion": S,
        "PolicyVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateVpcEndpointParameters = TypedDict(
    "UpdateVpcEndpointParameters",
    {
        "Id": S,
        "Id.$": str,
        "AddSubnetIds": L[Si],
        "AddSubnetIds.$": str,
        "RemoveSubnetIds": L[Si],
        "RemoveSubnetIds.$": str,
        "AddSecurityGroupIds": L[Si],
        "AddSecurityGroupIds.$": str,
        "RemoveSecurityGroupIds": L[Si],
        "RemoveSecurityGroupIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
batch_get_collection: Builder[BatchGetCollectionParameters]
batch_get_collection_group: Builder[BatchGetCollectionGroupParameters]
batch_get_effective_lifecycle_policy: Builder[BatchGetEffectiveLifecyclePolicyParameters]
batch_get_lifecycle_policy: Builder[BatchGetLifecyclePolicyParameters]
batch_get_vpc_endpoint: Builder[BatchGetVpcEndpointParameters]
cancel_ingestion_job: Builder[CancelIngestionJobParameters]
create_access_policy: Builder[CreateAccessPolicyParameters]
create_collection: Builder[CreateCollectionParameters]
create_collection_group: Builder[CreateCollectionGroupParameters]
create_index: Builder[CreateIndexParameters]
create_ingestion_job: Builder[CreateIngestionJobParameters]
create_ingestion_stream: Builder[CreateIngestionStreamParameters]
create_lifecycle_policy: Builder[CreateLifecyclePolicyParameters]
create_security_config: Builder[CreateSecurityConfigParameters]
create_security_policy: Builder[CreateSecurityPolicyParameters]
create_vpc_endpoint: Builder[CreateVpcEndpointParameters]
delete_access_policy: Builder[DeleteAccessPolicyParameters]
delete_collection: Builder[DeleteCollectionParameters]
delete_collection_group: Builder[DeleteCollectionGroupParameters]
delete_index: Builder[DeleteIndexParameters]
delete_ingestion_stream: Builder[DeleteIngestionStreamParameters]
delete_lifecycle_policy: Builder[DeleteLifecyclePolicyParameters]
delete_security_config: Builder[DeleteSecurityConfigParameters]
delete_security_policy: Builder[DeleteSecurityPolicyParameters]
delete_vpc_endpoint: Builder[DeleteVpcEndpointParameters]
get_access_policy: Builder[GetAccessPolicyParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_index: Builder[GetIndexParameters]
get_ingestion_job: Builder[GetIngestionJobParameters]
get_ingestion_stream: Builder[GetIngestionStreamParameters]
get_policies_stats: Builder[GetPoliciesStatsParameters]
get_security_config: Builder[GetSecurityConfigParameters]
get_security_policy: Builder[GetSecurityPolicyParameters]
list_access_policies: Builder[ListAccessPoliciesParameters]
list_collection_groups: Builder[ListCollectionGroupsParameters]
list_collections: Builder[ListCollectionsParameters]
list_ingestion_jobs: Builder[ListIngestionJobsParameters]
list_ingestion_streams: Builder[ListIngestionStreamsParameters]
list_lifecycle_policies: Builder[ListLifecyclePoliciesParameters]
list_security_configs: Builder[ListSecurityConfigsParameters]
list_security_policies: Builder[ListSecurityPoliciesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vpc_endpoints: Builder[ListVpcEndpointsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_policy: Builder[UpdateAccessPolicyParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_collection: Builder[UpdateCollectionParameters]
update_collection_group: Builder[UpdateCollectionGroupParameters]
update_index: Builder[UpdateIndexParameters]
update_lifecycle_policy: Builder[UpdateLifecyclePolicyParameters]
update_security_config: Builder[UpdateSecurityConfigParameters]
update_security_policy: Builder[UpdateSecurityPolicyParameters]
update_vpc_endpoint: Builder[UpdateVpcEndpointParameters]

__all__ = [
    "batch_get_collection",
    "batch_get_collection_group",
    "batch_get_effective_lifecycle_policy",
    "batch_get_lifecycle_policy",
    "batch_get_vpc_endpoint",
    "cancel_ingestion_job",
    "create_access_policy",
    "create_collection",
    "create_collection_group",
    "create_index",
    "create_ingestion_job",
    "create_ingestion_stream",
    "create_lifecycle_policy",
    "create_security_config",
    "create_security_policy",
    "create_vpc_endpoint",
    "delete_access_policy",
    "delete_collection",
    "delete_collection_group",
    "delete_index",
    "delete_ingestion_stream",
    "delete_lifecycle_policy",
    "delete_security_config",
    "delete_security_policy",
    "delete_vpc_endpoint",
    "get_access_policy",
    "get_account_settings",
    "get_index",
    "get_ingestion_job",
    "get_ingestion_stream",
    "get_policies_stats",
    "get_security_config",
    "get_security_policy",
    "list_access_policies",
    "list_collection_groups",
    "list_collections",
    "list_ingestion_jobs",
    "list_ingestion_streams",
    "list_lifecycle_policies",
    "list_security_configs",
    "list_security_policies",
    "list_tags_for_resource",
    "list_vpc_endpoints",
    "tag_resource",
    "untag_resource",
    "update_access_policy",
    "update_account_settings",
    "update_collection",
    "update_collection_group",
    "update_index",
    "update_lifecycle_policy",
    "update_security_config",
    "update_security_policy",
    "update_vpc_endpoint",
]
