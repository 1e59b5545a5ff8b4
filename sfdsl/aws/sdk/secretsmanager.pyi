"""Typed builders of the AWS SDK integration of secretsmanager (``aws-sdk:secretsmanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AssociateCrossAccountReplicaParameters = TypedDict(
    "AssociateCrossAccountReplicaParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "CrossAccountReplicaARN": S,
        "CrossAccountReplicaARN.$": str,
        "ReplicaRestriction": S,
        "ReplicaRestriction.$": str,
        "ReplicationRoleARN": S,
        "ReplicationRoleARN.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Key: S
    Values: L[Si]

BatchGetSecretValueParameters = TypedDict(
    "BatchGetSecretValueParameters",
    {
        "SecretIdList": L[Si],
        "SecretIdList.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
CancelRotateSecretParameters = TypedDict(
    "CancelRotateSecretParameters", {"SecretId": S, "SecretId.$": str}, total=False
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ReplicaRegionType(TypedDict, total=False):
    Region: S
    KmsKeyId: S

CreateSecretParameters = TypedDict(
    "CreateSecretParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SecretBinary": S,
        "SecretBinary.$": str,
        "SecretString": S,
        "SecretString.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AddReplicaRegions": L[Xi[ReplicaRegionType]],
        "AddReplicaRegions.$": str,
        "ForceOverwriteReplicaSecret": B,
        "ForceOverwriteReplicaSecret.$": str,
        "Type": S,
        "Type.$": str,
        "CrossAccountPrimaryARN": S,
        "CrossAccountPrimaryARN.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"SecretId": S, "SecretId.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteSecretParameters = TypedDict(
    "DeleteSecretParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "RecoveryWindowInDays": I,
        "RecoveryWindowInDays.$": str,
        "ForceDeleteWithoutRecovery": B,
        "ForceDeleteWithoutRecovery.$": str,
    },
    total=False,
)
DescribeSecretParameters = TypedDict(
    "DescribeSecretParameters", {"SecretId": S, "SecretId.$": str}, total=False
)
DisassociateCrossAccountReplicaParameters = TypedDict(
    "DisassociateCrossAccountReplicaParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "CrossAccountReplicaARN": S,
        "CrossAccountReplicaARN.$": str,
    },
    total=False,
)
GetRandomPasswordParameters = TypedDict(
    "GetRandomPasswordParameters",
    {
        "PasswordLength": I,
        "PasswordLength.$": str,
        "ExcludeCharacters": S,
        "ExcludeCharacters.$": str,
        "ExcludeNumbers": B,
        "ExcludeNumbers.$": str,
        "ExcludePunctuation": B,
        "ExcludePunctuation.$": str,
        "ExcludeUppercase": B,
        "ExcludeUppercase.$": str,
        "ExcludeLowercase": B,
        "ExcludeLowercase.$": str,
        "IncludeSpace": B,
        "IncludeSpace.$": str,
        "RequireEachIncludedType": B,
        "RequireEachIncludedType.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters",
    {"SecretId": S, "SecretId.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
GetSecretValueParameters = TypedDict(
    "GetSecretValueParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "VersionStage": S,
        "VersionStage.$": str,
    },
    total=False,
)
ListResourcePoliciesParameters = TypedDict(
    "ListResourcePoliciesParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSecretVersionIdsParameters = TypedDict(
    "ListSecretVersionIdsParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeDeprecated": B,
        "IncludeDeprecated.$": str,
    },
    total=False,
)
ListSecretsParameters = TypedDict(
    "ListSecretsParameters",
    {
        "IncludePlannedDeletion": B,
        "IncludePlannedDeletion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "BlockPublicPolicy": B,
        "BlockPublicPolicy.$": str,
    },
    total=False,
)
PutSecretValueParameters = TypedDict(
    "PutSecretValueParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SecretBinary": S,
        "SecretBinary.$": str,
        "SecretString": S,
        "SecretString.$": str,
        "VersionStages": L[Si],
        "VersionStages.$": str,
        "RotationToken": S,
        "RotationToken.$": str,
    },
    total=False,
)
RemoveRegionsFromReplicationParameters = TypedDict(
    "RemoveRegionsFromReplicationParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "RemoveReplicaRegions": L[Si],
        "RemoveReplicaRegions.$": str,
    },
    total=False,
)
ReplicateSecretToRegionsParameters = TypedDict(
    "ReplicateSecretToRegionsParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "AddReplicaRegions": L[Xi[ReplicaRegionType]],
        "AddReplicaRegions.$": str,
        "ForceOverwriteReplicaSecret": B,
        "ForceOverwriteReplicaSecret.$": str,
    },
    total=False,
)
RestoreSecretParameters = TypedDict(
    "RestoreSecretParameters", {"SecretId": S, "SecretId.$": str}, total=False
)

class RotationRulesType(TypedDict, total=False):
    AutomaticallyAfterDays: I
    Duration: S
    ScheduleExpression: S

class ExternalSecretRotationMetadataItem(TypedDict, total=False):
    Key: S
    Value: S

RotateSecretParameters = TypedDict(
    "RotateSecretParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "RotationLambdaARN": S,
        "RotationLambdaARN.$": str,
        "RotationRules": X[RotationRulesType],
        "RotationRules.$": str,
        "ExternalSecretRotationMetadata": L[Xi[ExternalSecretRotationMetadataItem]],
        "ExternalSecretRotationMetadata.$": str,
        "ExternalSecretRotationRoleArn": S,
        "ExternalSecretRotationRoleArn.$": str,
        "RotateImmediately": B,
        "RotateImmediately.$": str,
    },
    total=False,
)
StopReplicationToReplicaParameters = TypedDict(
    "StopReplicationToReplicaParameters", {"SecretId": S, "SecretId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"SecretId": S, "SecretId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"SecretId": S, "SecretId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateSecretParameters = TypedDict(
    "UpdateSecretParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SecretBinary": S,
        "SecretBinary.$": str,
        "SecretString": S,
        "SecretString.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
UpdateSecretVersionStageParameters = TypedDict(
    "UpdateSecretVersionStageParameters",
    {
        "SecretId": S,
        "SecretId.$": str,
        "VersionStage": S,
        "VersionStage.$": str,
        "RemoveFromVersionId": S,
        "RemoveFromVersionId.$": str,
        "MoveToVersionId": S,
        "MoveToVersionId.$": str,
    },
    total=False,
)
ValidateResourcePolicyParameters = TypedDict(
    "ValidateResourcePolicyParameters",
    {"SecretId": S, "SecretId.$": str, "ResourcePolicy": S, "ResourcePolicy.$": str},
    total=False,
)
associate_cross_account_replica: Builder[AssociateCrossAccountReplicaParameters]
batch_get_secret_value: Builder[BatchGetSecretValueParameters]
cancel_rotate_secret: Builder[CancelRotateSecretParameters]
create_secret: Builder[CreateSecretParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_secret: Builder[DeleteSecretParameters]
describe_secret: Builder[DescribeSecretParameters]
disassociate_cross_account_replica: Builder[DisassociateCrossAccountReplicaParameters]
get_random_password: Builder[GetRandomPasswordParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_secret_value: Builder[GetSecretValueParameters]
list_resource_policies: Builder[ListResourcePoliciesParameters]
list_secret_version_ids: Builder[ListSecretVersionIdsParameters]
list_secrets: Builder[ListSecretsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_secret_value: Builder[PutSecretValueParameters]
remove_regions_from_replication: Builder[RemoveRegionsFromReplicationParameters]
replicate_secret_to_regions: Builder[ReplicateSecretToRegionsParameters]
restore_secret: Builder[RestoreSecretParameters]
rotate_secret: Builder[RotateSecretParameters]
stop_replication_to_replica: Builder[StopReplicationToReplicaParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_secret: Builder[UpdateSecretParameters]
update_secret_version_stage: Builder[UpdateSecretVersionStageParameters]
validate_resource_policy: Builder[ValidateResourcePolicyParameters]

__all__ = [
    "associate_cross_account_replica",
    "batch_get_secret_value",
    "cancel_rotate_secret",
    "create_secret",
    "delete_resource_policy",
    "delete_secret",
    "describe_secret",
    "disassociate_cross_account_replica",
    "get_random_password",
    "get_resource_policy",
    "get_secret_value",
    "list_resource_policies",
    "list_secret_version_ids",
    "list_secrets",
    "put_resource_policy",
    "put_secret_value",
    "remove_regions_from_replication",
    "replicate_secret_to_regions",
    "restore_secret",
    "rotate_secret",
    "stop_replication_to_replica",
    "tag_resource",
    "untag_resource",
    "update_secret",
    "update_secret_version_stage",
    "validate_resource_policy",
]
