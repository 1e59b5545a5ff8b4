"""Typed builders of the AWS SDK integration of secretsmanager.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssociateCrossAccountReplicaParameters = TypedDict(
        "AssociateCrossAccountReplicaParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "CrossAccountReplicaARN": Any,
            "CrossAccountReplicaARN.$": Any,
            "ReplicaRestriction": Any,
            "ReplicaRestriction.$": Any,
            "ReplicationRoleARN": Any,
            "ReplicationRoleARN.$": Any,
        },
        total=False,
    )
    BatchGetSecretValueParameters = TypedDict(
        "BatchGetSecretValueParameters",
        {
            "SecretIdList": Any,
            "SecretIdList.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    CancelRotateSecretParameters = TypedDict(
        "CancelRotateSecretParameters", {"SecretId": Any, "SecretId.$": Any}, total=False
    )
    CreateSecretParameters = TypedDict(
        "CreateSecretParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "Description": Any,
            "Description.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "SecretBinary": Any,
            "SecretBinary.$": Any,
            "SecretString": Any,
            "SecretString.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "AddReplicaRegions": Any,
            "AddReplicaRegions.$": Any,
            "ForceOverwriteReplicaSecret": Any,
            "ForceOverwriteReplicaSecret.$": Any,
            "Type": Any,
            "Type.$": Any,
            "CrossAccountPrimaryARN": Any,
            "CrossAccountPrimaryARN.$": Any,
        },
        total=False,
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {"SecretId": Any, "SecretId.$": Any, "PolicyName": Any, "PolicyName.$": Any},
        total=False,
    )
    DeleteSecretParameters = TypedDict(
        "DeleteSecretParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "RecoveryWindowInDays": Any,
            "RecoveryWindowInDays.$": Any,
            "ForceDeleteWithoutRecovery": Any,
            "ForceDeleteWithoutRecovery.$": Any,
        },
        total=False,
    )
    DescribeSecretParameters = TypedDict(
        "DescribeSecretParameters", {"SecretId": Any, "SecretId.$": Any}, total=False
    )
    DisassociateCrossAccountReplicaParameters = TypedDict(
        "DisassociateCrossAccountReplicaParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "CrossAccountReplicaARN": Any,
            "CrossAccountReplicaARN.$": Any,
        },
        total=False,
    )
    GetRandomPasswordParameters = TypedDict(
        "GetRandomPasswordParameters",
        {
            "PasswordLength": Any,
            "PasswordLength.$": Any,
            "ExcludeCharacters": Any,
            "ExcludeCharacters.$": Any,
            "ExcludeNumbers": Any,
            "ExcludeNumbers.$": Any,
            "ExcludePunctuation": Any,
            "ExcludePunctuation.$": Any,
            "ExcludeUppercase": Any,
            "ExcludeUppercase.$": Any,
            "ExcludeLowercase": Any,
            "ExcludeLowercase.$": Any,
            "IncludeSpace": Any,
            "IncludeSpace.$": Any,
            "RequireEachIncludedType": Any,
            "RequireEachIncludedType.$": Any,
        },
        total=False,
    )
    GetResourcePolicyParameters = TypedDict(
        "GetResourcePolicyParameters",
        {"SecretId": Any, "SecretId.$": Any, "PolicyName": Any, "PolicyName.$": Any},
        total=False,
    )
    GetSecretValueParameters = TypedDict(
        "GetSecretValueParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "VersionStage": Any,
            "VersionStage.$": Any,
        },
        total=False,
    )
    ListResourcePoliciesParameters = TypedDict(
        "ListResourcePoliciesParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListSecretVersionIdsParameters = TypedDict(
        "ListSecretVersionIdsParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "IncludeDeprecated": Any,
            "IncludeDeprecated.$": Any,
        },
        total=False,
    )
    ListSecretsParameters = TypedDict(
        "ListSecretsParameters",
        {
            "IncludePlannedDeletion": Any,
            "IncludePlannedDeletion.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "SortOrder": Any,
            "SortOrder.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
        },
        total=False,
    )
    PutResourcePolicyParameters = TypedDict(
        "PutResourcePolicyParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "ResourcePolicy": Any,
            "ResourcePolicy.$": Any,
            "PolicyName": Any,
            "PolicyName.$": Any,
            "BlockPublicPolicy": Any,
            "BlockPublicPolicy.$": Any,
        },
        total=False,
    )
    PutSecretValueParameters = TypedDict(
        "PutSecretValueParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "SecretBinary": Any,
            "SecretBinary.$": Any,
            "SecretString": Any,
            "SecretString.$": Any,
            "VersionStages": Any,
            "VersionStages.$": Any,
            "RotationToken": Any,
            "RotationToken.$": Any,
        },
        total=False,
    )
    RemoveRegionsFromReplicationParameters = TypedDict(
        "RemoveRegionsFromReplicationParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "RemoveReplicaRegions": Any,
            "RemoveReplicaRegions.$": Any,
        },
        total=False,
    )
    ReplicateSecretToRegionsParameters = TypedDict(
        "ReplicateSecretToRegionsParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "AddReplicaRegions": Any,
            "AddReplicaRegions.$": Any,
            "ForceOverwriteReplicaSecret": Any,
            "ForceOverwriteReplicaSecret.$": Any,
        },
        total=False,
    )
    RestoreSecretParameters = TypedDict(
        "RestoreSecretParameters", {"SecretId": Any, "SecretId.$": Any}, total=False
    )
    RotateSecretParameters = TypedDict(
        "RotateSecretParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "RotationLambdaARN": Any,
            "RotationLambdaARN.$": Any,
            "RotationRules": Any,
            "RotationRules.$": Any,
            "ExternalSecretRotationMetadata": Any,
            "ExternalSecretRotationMetadata.$": Any,
            "ExternalSecretRotationRoleArn": Any,
            "ExternalSecretRotationRoleArn.$": Any,
            "RotateImmediately": Any,
            "RotateImmediately.$": Any,
        },
        total=False,
    )
    StopReplicationToReplicaParameters = TypedDict(
        "StopReplicationToReplicaParameters", {"SecretId": Any, "SecretId.$": Any}, total=False
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"SecretId": Any, "SecretId.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"SecretId": Any, "SecretId.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateSecretParameters = TypedDict(
        "UpdateSecretParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "Description": Any,
            "Description.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "SecretBinary": Any,
            "SecretBinary.$": Any,
            "SecretString": Any,
            "SecretString.$": Any,
            "Type": Any,
            "Type.$": Any,
        },
        total=False,
    )
    UpdateSecretVersionStageParameters = TypedDict(
        "UpdateSecretVersionStageParameters",
        {
            "SecretId": Any,
            "SecretId.$": Any,
            "VersionStage": Any,
            "VersionStage.$": Any,
            "RemoveFromVersionId": Any,
            "RemoveFromVersionId.$": Any,
            "MoveToVersionId": Any,
            "MoveToVersionId.$": Any,
        },
        total=False,
    )
    ValidateResourcePolicyParameters = TypedDict(
        "ValidateResourcePolicyParameters",
        {"SecretId": Any, "SecretId.$": Any, "ResourcePolicy": Any, "ResourcePolicy.$": Any},
        total=False,
    )


def associate_cross_account_replica(
    name: str,
    parameters: AssociateCrossAccountReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:associateCrossAccountReplica (``arn:aws:states:::aws-sdk:secretsmanager:associateCrossAccountReplica``); the parameters are checked against its API model."""
    return sdk_task(
        name, "secretsmanager:associateCrossAccountReplica", parameters, pattern, options
    )


def batch_get_secret_value(
    name: str,
    parameters: BatchGetSecretValueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:batchGetSecretValue (``arn:aws:states:::aws-sdk:secretsmanager:batchGetSecretValue``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:batchGetSecretValue", parameters, pattern, options)


def cancel_rotate_secret(
    name: str,
    parameters: CancelRotateSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:cancelRotateSecret (``arn:aws:states:::aws-sdk:secretsmanager:cancelRotateSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:cancelRotateSecret", parameters, pattern, options)


def create_secret(
    name: str,
    parameters: CreateSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:createSecret (``arn:aws:states:::aws-sdk:secretsmanager:createSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:createSecret", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:deleteResourcePolicy (``arn:aws:states:::aws-sdk:secretsmanager:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:deleteResourcePolicy", parameters, pattern, options)


def delete_secret(
    name: str,
    parameters: DeleteSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:deleteSecret (``arn:aws:states:::aws-sdk:secretsmanager:deleteSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:deleteSecret", parameters, pattern, options)


def describe_secret(
    name: str,
    parameters: DescribeSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:describeSecret (``arn:aws:states:::aws-sdk:secretsmanager:describeSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:describeSecret", parameters, pattern, options)


def disassociate_cross_account_replica(
    name: str,
    parameters: DisassociateCrossAccountReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:disassociateCrossAccountReplica (``arn:aws:states:::aws-sdk:secretsmanager:disassociateCrossAccountReplica``); the parameters are checked against its API model."""
    return sdk_task(
        name, "secretsmanager:disassociateCrossAccountReplica", parameters, pattern, options
    )


def get_random_password(
    name: str,
    parameters: GetRandomPasswordParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:getRandomPassword (``arn:aws:states:::aws-sdk:secretsmanager:getRandomPassword``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:getRandomPassword", parameters, pattern, options)


def get_resource_policy(
    name: str,
    parameters: GetResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:getResourcePolicy (``arn:aws:states:::aws-sdk:secretsmanager:getResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:getResourcePolicy", parameters, pattern, options)


def get_secret_value(
    name: str,
    parameters: GetSecretValueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:getSecretValue (``arn:aws:states:::aws-sdk:secretsmanager:getSecretValue``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:getSecretValue", parameters, pattern, options)


def list_resource_policies(
    name: str,
    parameters: ListResourcePoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:listResourcePolicies (``arn:aws:states:::aws-sdk:secretsmanager:listResourcePolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:listResourcePolicies", parameters, pattern, options)


def list_secret_version_ids(
    name: str,
    parameters: ListSecretVersionIdsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:listSecretVersionIds (``arn:aws:states:::aws-sdk:secretsmanager:listSecretVersionIds``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:listSecretVersionIds", parameters, pattern, options)


def list_secrets(
    name: str,
    parameters: ListSecretsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:listSecrets (``arn:aws:states:::aws-sdk:secretsmanager:listSecrets``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:listSecrets", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:putResourcePolicy (``arn:aws:states:::aws-sdk:secretsmanager:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:putResourcePolicy", parameters, pattern, options)


def put_secret_value(
    name: str,
    parameters: PutSecretValueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:putSecretValue (``arn:aws:states:::aws-sdk:secretsmanager:putSecretValue``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:putSecretValue", parameters, pattern, options)


def remove_regions_from_replication(
    name: str,
    parameters: RemoveRegionsFromReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:removeRegionsFromReplication (``arn:aws:states:::aws-sdk:secretsmanager:removeRegionsFromReplication``); the parameters are checked against its API model."""
    return sdk_task(
        name, "secretsmanager:removeRegionsFromReplication", parameters, pattern, options
    )


def replicate_secret_to_regions(
    name: str,
    parameters: ReplicateSecretToRegionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:replicateSecretToRegions (``arn:aws:states:::aws-sdk:secretsmanager:replicateSecretToRegions``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:replicateSecretToRegions", parameters, pattern, options)


def restore_secret(
    name: str,
    parameters: RestoreSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:restoreSecret (``arn:aws:states:::aws-sdk:secretsmanager:restoreSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:restoreSecret", parameters, pattern, options)


def rotate_secret(
    name: str,
    parameters: RotateSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:rotateSecret (``arn:aws:states:::aws-sdk:secretsmanager:rotateSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:rotateSecret", parameters, pattern, options)


def stop_replication_to_replica(
    name: str,
    parameters: StopReplicationToReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:stopReplicationToReplica (``arn:aws:states:::aws-sdk:secretsmanager:stopReplicationToReplica``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:stopReplicationToReplica", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:tagResource (``arn:aws:states:::aws-sdk:secretsmanager:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:untagResource (``arn:aws:states:::aws-sdk:secretsmanager:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:untagResource", parameters, pattern, options)


def update_secret(
    name: str,
    parameters: UpdateSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:updateSecret (``arn:aws:states:::aws-sdk:secretsmanager:updateSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:updateSecret", parameters, pattern, options)


def update_secret_version_stage(
    name: str,
    parameters: UpdateSecretVersionStageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:updateSecretVersionStage (``arn:aws:states:::aws-sdk:secretsmanager:updateSecretVersionStage``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:updateSecretVersionStage", parameters, pattern, options)


def validate_resource_policy(
    name: str,
    parameters: ValidateResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call secretsmanager:validateResourcePolicy (``arn:aws:states:::aws-sdk:secretsmanager:validateResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "secretsmanager:validateResourcePolicy", parameters, pattern, options)


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
