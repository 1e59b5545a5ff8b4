"""Typed builders of the AWS SDK integration of kms.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    CancelKeyDeletionParameters = TypedDict(
        "CancelKeyDeletionParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    ConnectCustomKeyStoreParameters = TypedDict(
        "ConnectCustomKeyStoreParameters",
        {"CustomKeyStoreId": Any, "CustomKeyStoreId.$": Any},
        total=False,
    )
    CreateAliasParameters = TypedDict(
        "CreateAliasParameters",
        {"AliasName": Any, "AliasName.$": Any, "TargetKeyId": Any, "TargetKeyId.$": Any},
        total=False,
    )
    CreateCustomKeyStoreParameters = TypedDict(
        "CreateCustomKeyStoreParameters",
        {
            "CustomKeyStoreName": Any,
            "CustomKeyStoreName.$": Any,
            "CloudHsmClusterId": Any,
            "CloudHsmClusterId.$": Any,
            "TrustAnchorCertificate": Any,
            "TrustAnchorCertificate.$": Any,
            "KeyStorePassword": Any,
            "KeyStorePassword.$": Any,
            "CustomKeyStoreType": Any,
            "CustomKeyStoreType.$": Any,
            "XksProxyUriEndpoint": Any,
            "XksProxyUriEndpoint.$": Any,
            "XksProxyUriPath": Any,
            "XksProxyUriPath.$": Any,
            "XksProxyVpcEndpointServiceName": Any,
            "XksProxyVpcEndpointServiceName.$": Any,
            "XksProxyVpcEndpointServiceOwner": Any,
            "XksProxyVpcEndpointServiceOwner.$": Any,
            "XksProxyAuthenticationCredential": Any,
            "XksProxyAuthenticationCredential.$": Any,
            "XksProxyConnectivity": Any,
            "XksProxyConnectivity.$": Any,
        },
        total=False,
    )
    CreateGrantParameters = TypedDict(
        "CreateGrantParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "GranteePrincipal": Any,
            "GranteePrincipal.$": Any,
            "RetiringPrincipal": Any,
            "RetiringPrincipal.$": Any,
            "Operations": Any,
            "Operations.$": Any,
            "Constraints": Any,
            "Constraints.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "Name": Any,
            "Name.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "GranteeServicePrincipal": Any,
            "GranteeServicePrincipal.$": Any,
            "RetiringServicePrincipal": Any,
            "RetiringServicePrincipal.$": Any,
        },
        total=False,
    )
    CreateKeyParameters = TypedDict(
        "CreateKeyParameters",
        {
            "Policy": Any,
            "Policy.$": Any,
            "Description": Any,
            "Description.$": Any,
            "KeyUsage": Any,
            "KeyUsage.$": Any,
            "CustomerMasterKeySpec": Any,
            "CustomerMasterKeySpec.$": Any,
            "KeySpec": Any,
            "KeySpec.$": Any,
            "Origin": Any,
            "Origin.$": Any,
            "CustomKeyStoreId": Any,
            "CustomKeyStoreId.$": Any,
            "BypassPolicyLockoutSafetyCheck": Any,
            "BypassPolicyLockoutSafetyCheck.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "MultiRegion": Any,
            "MultiRegion.$": Any,
            "XksKeyId": Any,
            "XksKeyId.$": Any,
        },
        total=False,
    )
    DecapsulateParameters = TypedDict(
        "DecapsulateParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "SharedSecretCiphertextBlob": Any,
            "SharedSecretCiphertextBlob.$": Any,
            "EncapsulationAlgorithm": Any,
            "EncapsulationAlgorithm.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    DecryptParameters = TypedDict(
        "DecryptParameters",
        {
            "CiphertextBlob": Any,
            "CiphertextBlob.$": Any,
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "EncryptionAlgorithm": Any,
            "EncryptionAlgorithm.$": Any,
            "Recipient": Any,
            "Recipient.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "DryRunModifiers": Any,
            "DryRunModifiers.$": Any,
        },
        total=False,
    )
    DeleteAliasParameters = TypedDict(
        "DeleteAliasParameters", {"AliasName": Any, "AliasName.$": Any}, total=False
    )
    DeleteCustomKeyStoreParameters = TypedDict(
        "DeleteCustomKeyStoreParameters",
        {"CustomKeyStoreId": Any, "CustomKeyStoreId.$": Any},
        total=False,
    )
    DeleteImportedKeyMaterialParameters = TypedDict(
        "DeleteImportedKeyMaterialParameters",
        {"KeyId": Any, "KeyId.$": Any, "KeyMaterialId": Any, "KeyMaterialId.$": Any},
        total=False,
    )
    DeriveSharedSecretParameters = TypedDict(
        "DeriveSharedSecretParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "KeyAgreementAlgorithm": Any,
            "KeyAgreementAlgorithm.$": Any,
            "PublicKey": Any,
            "PublicKey.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "Recipient": Any,
            "Recipient.$": Any,
        },
        total=False,
    )
    DescribeCustomKeyStoresParameters = TypedDict(
        "DescribeCustomKeyStoresParameters",
        {
            "CustomKeyStoreId": Any,
            "CustomKeyStoreId.$": Any,
            "CustomKeyStoreName": Any,
            "CustomKeyStoreName.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeKeyParameters = TypedDict(
        "DescribeKeyParameters",
        {"KeyId": Any, "KeyId.$": Any, "GrantTokens": Any, "GrantTokens.$": Any},
        total=False,
    )
    DisableKeyParameters = TypedDict(
        "DisableKeyParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    DisableKeyRotationParameters = TypedDict(
        "DisableKeyRotationParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    DisconnectCustomKeyStoreParameters = TypedDict(
        "DisconnectCustomKeyStoreParameters",
        {"CustomKeyStoreId": Any, "CustomKeyStoreId.$": Any},
        total=False,
    )
    EnableKeyParameters = TypedDict(
        "EnableKeyParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    EnableKeyRotationParameters = TypedDict(
        "EnableKeyRotationParameters",
        {"KeyId": Any, "KeyId.$": Any, "RotationPeriodInDays": Any, "RotationPeriodInDays.$": Any},
        total=False,
    )
    EncapsulateParameters = TypedDict(
        "EncapsulateParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "EncapsulationAlgorithm": Any,
            "EncapsulationAlgorithm.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    EncryptParameters = TypedDict(
        "EncryptParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Plaintext": Any,
            "Plaintext.$": Any,
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "EncryptionAlgorithm": Any,
            "EncryptionAlgorithm.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateDataKeyParameters = TypedDict(
        "GenerateDataKeyParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "NumberOfBytes": Any,
            "NumberOfBytes.$": Any,
            "KeySpec": Any,
            "KeySpec.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "Recipient": Any,
            "Recipient.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateDataKeyPairParameters = TypedDict(
        "GenerateDataKeyPairParameters",
        {
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "KeyPairSpec": Any,
            "KeyPairSpec.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "Recipient": Any,
            "Recipient.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateDataKeyPairWithoutPlaintextParameters = TypedDict(
        "GenerateDataKeyPairWithoutPlaintextParameters",
        {
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "KeyPairSpec": Any,
            "KeyPairSpec.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateDataKeyWithoutPlaintextParameters = TypedDict(
        "GenerateDataKeyWithoutPlaintextParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "EncryptionContext": Any,
            "EncryptionContext.$": Any,
            "KeySpec": Any,
            "KeySpec.$": Any,
            "NumberOfBytes": Any,
            "NumberOfBytes.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateMacParameters = TypedDict(
        "GenerateMacParameters",
        {
            "Message": Any,
            "Message.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "MacAlgorithm": Any,
            "MacAlgorithm.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    GenerateRandomParameters = TypedDict(
        "GenerateRandomParameters",
        {
            "NumberOfBytes": Any,
            "NumberOfBytes.$": Any,
            "CustomKeyStoreId": Any,
            "CustomKeyStoreId.$": Any,
            "Recipient": Any,
            "Recipient.$": Any,
        },
        total=False,
    )
    GetKeyLastUsageParameters = TypedDict(
        "GetKeyLastUsageParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    GetKeyPolicyParameters = TypedDict(
        "GetKeyPolicyParameters",
        {"KeyId": Any, "KeyId.$": Any, "PolicyName": Any, "PolicyName.$": Any},
        total=False,
    )
    GetKeyRotationStatusParameters = TypedDict(
        "GetKeyRotationStatusParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    GetParametersForImportParameters = TypedDict(
        "GetParametersForImportParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "WrappingAlgorithm": Any,
            "WrappingAlgorithm.$": Any,
            "WrappingKeySpec": Any,
            "WrappingKeySpec.$": Any,
        },
        total=False,
    )
    GetPublicKeyParameters = TypedDict(
        "GetPublicKeyParameters",
        {"KeyId": Any, "KeyId.$": Any, "GrantTokens": Any, "GrantTokens.$": Any},
        total=False,
    )
    ImportKeyMaterialParameters = TypedDict(
        "ImportKeyMaterialParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "ImportToken": Any,
            "ImportToken.$": Any,
            "EncryptedKeyMaterial": Any,
            "EncryptedKeyMaterial.$": Any,
            "ValidTo": Any,
            "ValidTo.$": Any,
            "ExpirationModel": Any,
            "ExpirationModel.$": Any,
            "ImportType": Any,
            "ImportType.$": Any,
            "KeyMaterialDescription": Any,
            "KeyMaterialDescription.$": Any,
            "KeyMaterialId": Any,
            "KeyMaterialId.$": Any,
        },
        total=False,
    )
    ListAliasesParameters = TypedDict(
        "ListAliasesParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    ListGrantsParameters = TypedDict(
        "ListGrantsParameters",
        {
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "GrantId": Any,
            "GrantId.$": Any,
            "GranteePrincipal": Any,
            "GranteePrincipal.$": Any,
            "GranteeServicePrincipal": Any,
            "GranteeServicePrincipal.$": Any,
        },
        total=False,
    )
    ListKeyPoliciesParameters = TypedDict(
        "ListKeyPoliciesParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    ListKeyRotationsParameters = TypedDict(
        "ListKeyRotationsParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "IncludeKeyMaterial": Any,
            "IncludeKeyMaterial.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    ListKeysParameters = TypedDict(
        "ListKeysParameters",
        {
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "ResourceOwners": Any,
            "ResourceOwners.$": Any,
        },
        total=False,
    )
    ListResourceTagsParameters = TypedDict(
        "ListResourceTagsParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    ListRetirableGrantsParameters = TypedDict(
        "ListRetirableGrantsParameters",
        {
            "Limit": Any,
            "Limit.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "RetiringPrincipal": Any,
            "RetiringPrincipal.$": Any,
            "RetiringServicePrincipal": Any,
            "RetiringServicePrincipal.$": Any,
        },
        total=False,
    )
    PutKeyPolicyParameters = TypedDict(
        "PutKeyPolicyParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "PolicyName": Any,
            "PolicyName.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "BypassPolicyLockoutSafetyCheck": Any,
            "BypassPolicyLockoutSafetyCheck.$": Any,
        },
        total=False,
    )
    ReEncryptParameters = TypedDict(
        "ReEncryptParameters",
        {
            "CiphertextBlob": Any,
            "CiphertextBlob.$": Any,
            "SourceEncryptionContext": Any,
            "SourceEncryptionContext.$": Any,
            "SourceKeyId": Any,
            "SourceKeyId.$": Any,
            "DestinationKeyId": Any,
            "DestinationKeyId.$": Any,
            "DestinationEncryptionContext": Any,
            "DestinationEncryptionContext.$": Any,
            "SourceEncryptionAlgorithm": Any,
            "SourceEncryptionAlgorithm.$": Any,
            "DestinationEncryptionAlgorithm": Any,
            "DestinationEncryptionAlgorithm.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "DryRunModifiers": Any,
            "DryRunModifiers.$": Any,
        },
        total=False,
    )
    ReplicateKeyParameters = TypedDict(
        "ReplicateKeyParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "ReplicaRegion": Any,
            "ReplicaRegion.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "BypassPolicyLockoutSafetyCheck": Any,
            "BypassPolicyLockoutSafetyCheck.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    RetireGrantParameters = TypedDict(
        "RetireGrantParameters",
        {
            "GrantToken": Any,
            "GrantToken.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "GrantId": Any,
            "GrantId.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    RevokeGrantParameters = TypedDict(
        "RevokeGrantParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "GrantId": Any,
            "GrantId.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    RotateKeyOnDemandParameters = TypedDict(
        "RotateKeyOnDemandParameters", {"KeyId": Any, "KeyId.$": Any}, total=False
    )
    ScheduleKeyDeletionParameters = TypedDict(
        "ScheduleKeyDeletionParameters",
        {"KeyId": Any, "KeyId.$": Any, "PendingWindowInDays": Any, "PendingWindowInDays.$": Any},
        total=False,
    )
    SignParameters = TypedDict(
        "SignParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Message": Any,
            "Message.$": Any,
            "MessageType": Any,
            "MessageType.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "SigningAlgorithm": Any,
            "SigningAlgorithm.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"KeyId": Any, "KeyId.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"KeyId": Any, "KeyId.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateAliasParameters = TypedDict(
        "UpdateAliasParameters",
        {"AliasName": Any, "AliasName.$": Any, "TargetKeyId": Any, "TargetKeyId.$": Any},
        total=False,
    )
    UpdateCustomKeyStoreParameters = TypedDict(
        "UpdateCustomKeyStoreParameters",
        {
            "CustomKeyStoreId": Any,
            "CustomKeyStoreId.$": Any,
            "NewCustomKeyStoreName": Any,
            "NewCustomKeyStoreName.$": Any,
            "KeyStorePassword": Any,
            "KeyStorePassword.$": Any,
            "CloudHsmClusterId": Any,
            "CloudHsmClusterId.$": Any,
            "XksProxyUriEndpoint": Any,
            "XksProxyUriEndpoint.$": Any,
            "XksProxyUriPath": Any,
            "XksProxyUriPath.$": Any,
            "XksProxyVpcEndpointServiceName": Any,
            "XksProxyVpcEndpointServiceName.$": Any,
            "XksProxyVpcEndpointServiceOwner": Any,
            "XksProxyVpcEndpointServiceOwner.$": Any,
            "XksProxyAuthenticationCredential": Any,
            "XksProxyAuthenticationCredential.$": Any,
            "XksProxyConnectivity": Any,
            "XksProxyConnectivity.$": Any,
        },
        total=False,
    )
    UpdateKeyDescriptionParameters = TypedDict(
        "UpdateKeyDescriptionParameters",
        {"KeyId": Any, "KeyId.$": Any, "Description": Any, "Description.$": Any},
        total=False,
    )
    UpdatePrimaryRegionParameters = TypedDict(
        "UpdatePrimaryRegionParameters",
        {"KeyId": Any, "KeyId.$": Any, "PrimaryRegion": Any, "PrimaryRegion.$": Any},
        total=False,
    )
    VerifyParameters = TypedDict(
        "VerifyParameters",
        {
            "KeyId": Any,
            "KeyId.$": Any,
            "Message": Any,
            "Message.$": Any,
            "MessageType": Any,
            "MessageType.$": Any,
            "Signature": Any,
            "Signature.$": Any,
            "SigningAlgorithm": Any,
            "SigningAlgorithm.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    VerifyMacParameters = TypedDict(
        "VerifyMacParameters",
        {
            "Message": Any,
            "Message.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "MacAlgorithm": Any,
            "MacAlgorithm.$": Any,
            "Mac": Any,
            "Mac.$": Any,
            "GrantTokens": Any,
            "GrantTokens.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )


def cancel_key_deletion(
    name: str,
    parameters: CancelKeyDeletionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:cancelKeyDeletion (``arn:aws:states:::aws-sdk:kms:cancelKeyDeletion``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:cancelKeyDeletion", parameters, pattern, options)


def connect_custom_key_store(
    name: str,
    parameters: ConnectCustomKeyStoreParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:connectCustomKeyStore (``arn:aws:states:::aws-sdk:kms:connectCustomKeyStore``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:connectCustomKeyStore", parameters, pattern, options)


def create_alias(
    name: str,
    parameters: CreateAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:createAlias (``arn:aws:states:::aws-sdk:kms:createAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:createAlias", parameters, pattern, options)


def create_custom_key_store(
    name: str,
    parameters: CreateCustomKeyStoreParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:createCustomKeyStore (``arn:aws:states:::aws-sdk:kms:createCustomKeyStore``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:createCustomKeyStore", parameters, pattern, options)


def create_grant(
    name: str,
    parameters: CreateGrantParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:createGrant (``arn:aws:states:::aws-sdk:kms:createGrant``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:createGrant", parameters, pattern, options)


def create_key(
    name: str,
    parameters: CreateKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:createKey (``arn:aws:states:::aws-sdk:kms:createKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:createKey", parameters, pattern, options)


def decapsulate(
    name: str,
    parameters: DecapsulateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:decapsulate (``arn:aws:states:::aws-sdk:kms:decapsulate``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:decapsulate", parameters, pattern, options)


def decrypt(
    name: str,
    parameters: DecryptParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:decrypt (``arn:aws:states:::aws-sdk:kms:decrypt``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:decrypt", parameters, pattern, options)


def delete_alias(
    name: str,
    parameters: DeleteAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:deleteAlias (``arn:aws:states:::aws-sdk:kms:deleteAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:deleteAlias", parameters, pattern, options)


def delete_custom_key_store(
    name: str,
    parameters: DeleteCustomKeyStoreParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:deleteCustomKeyStore (``arn:aws:states:::aws-sdk:kms:deleteCustomKeyStore``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:deleteCustomKeyStore", parameters, pattern, options)


def delete_imported_key_material(
    name: str,
    parameters: DeleteImportedKeyMaterialParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:deleteImportedKeyMaterial (``arn:aws:states:::aws-sdk:kms:deleteImportedKeyMaterial``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:deleteImportedKeyMaterial", parameters, pattern, options)


def derive_shared_secret(
    name: str,
    parameters: DeriveSharedSecretParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:deriveSharedSecret (``arn:aws:states:::aws-sdk:kms:deriveSharedSecret``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:deriveSharedSecret", parameters, pattern, options)


def describe_custom_key_stores(
    name: str,
    parameters: DescribeCustomKeyStoresParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:describeCustomKeyStores (``arn:aws:states:::aws-sdk:kms:describeCustomKeyStores``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:describeCustomKeyStores", parameters, pattern, options)


def describe_key(
    name: str,
    parameters: DescribeKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:describeKey (``arn:aws:states:::aws-sdk:kms:describeKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:describeKey", parameters, pattern, options)


def disable_key(
    name: str,
    parameters: DisableKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:disableKey (``arn:aws:states:::aws-sdk:kms:disableKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:disableKey", parameters, pattern, options)


def disable_key_rotation(
    name: str,
    parameters: DisableKeyRotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:disableKeyRotation (``arn:aws:states:::aws-sdk:kms:disableKeyRotation``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:disableKeyRotation", parameters, pattern, options)


def disconnect_custom_key_store(
    name: str,
    parameters: DisconnectCustomKeyStoreParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:disconnectCustomKeyStore (``arn:aws:states:::aws-sdk:kms:disconnectCustomKeyStore``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:disconnectCustomKeyStore", parameters, pattern, options)


def enable_key(
    name: str,
    parameters: EnableKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:enableKey (``arn:aws:states:::aws-sdk:kms:enableKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:enableKey", parameters, pattern, options)


def enable_key_rotation(
    name: str,
    parameters: EnableKeyRotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:enableKeyRotation (``arn:aws:states:::aws-sdk:kms:enableKeyRotation``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:enableKeyRotation", parameters, pattern, options)


def encapsulate(
    name: str,
    parameters: EncapsulateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:encapsulate (``arn:aws:states:::aws-sdk:kms:encapsulate``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:encapsulate", parameters, pattern, options)


def encrypt(
    name: str,
    parameters: EncryptParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:encrypt (``arn:aws:states:::aws-sdk:kms:encrypt``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:encrypt", parameters, pattern, options)


def generate_data_key(
    name: str,
    parameters: GenerateDataKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateDataKey (``arn:aws:states:::aws-sdk:kms:generateDataKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateDataKey", parameters, pattern, options)


def generate_data_key_pair(
    name: str,
    parameters: GenerateDataKeyPairParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateDataKeyPair (``arn:aws:states:::aws-sdk:kms:generateDataKeyPair``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateDataKeyPair", parameters, pattern, options)


def generate_data_key_pair_without_plaintext(
    name: str,
    parameters: GenerateDataKeyPairWithoutPlaintextParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateDataKeyPairWithoutPlaintext (``arn:aws:states:::aws-sdk:kms:generateDataKeyPairWithoutPlaintext``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateDataKeyPairWithoutPlaintext", parameters, pattern, options)


def generate_data_key_without_plaintext(
    name: str,
    parameters: GenerateDataKeyWithoutPlaintextParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateDataKeyWithoutPlaintext (``arn:aws:states:::aws-sdk:kms:generateDataKeyWithoutPlaintext``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateDataKeyWithoutPlaintext", parameters, pattern, options)


def generate_mac(
    name: str,
    parameters: GenerateMacParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateMac (``arn:aws:states:::aws-sdk:kms:generateMac``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateMac", parameters, pattern, options)


def generate_random(
    name: str,
    parameters: GenerateRandomParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:generateRandom (``arn:aws:states:::aws-sdk:kms:generateRandom``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:generateRandom", parameters, pattern, options)


def get_key_last_usage(
    name: str,
    parameters: GetKeyLastUsageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:getKeyLastUsage (``arn:aws:states:::aws-sdk:kms:getKeyLastUsage``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:getKeyLastUsage", parameters, pattern, options)


def get_key_policy(
    name: str,
    parameters: GetKeyPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:getKeyPolicy (``arn:aws:states:::aws-sdk:kms:getKeyPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:getKeyPolicy", parameters, pattern, options)


def get_key_rotation_status(
    name: str,
    parameters: GetKeyRotationStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:getKeyRotationStatus (``arn:aws:states:::aws-sdk:kms:getKeyRotationStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:getKeyRotationStatus", parameters, pattern, options)


def get_parameters_for_import(
    name: str,
    parameters: GetParametersForImportParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:getParametersForImport (``arn:aws:states:::aws-sdk:kms:getParametersForImport``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:getParametersForImport", parameters, pattern, options)


def get_public_key(
    name: str,
    parameters: GetPublicKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:getPublicKey (``arn:aws:states:::aws-sdk:kms:getPublicKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:getPublicKey", parameters, pattern, options)


def import_key_material(
    name: str,
    parameters: ImportKeyMaterialParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:importKeyMaterial (``arn:aws:states:::aws-sdk:kms:importKeyMaterial``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:importKeyMaterial", parameters, pattern, options)


def list_aliases(
    name: str,
    parameters: ListAliasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listAliases (``arn:aws:states:::aws-sdk:kms:listAliases``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listAliases", parameters, pattern, options)


def list_grants(
    name: str,
    parameters: ListGrantsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listGrants (``arn:aws:states:::aws-sdk:kms:listGrants``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listGrants", parameters, pattern, options)


def list_key_policies(
    name: str,
    parameters: ListKeyPoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listKeyPolicies (``arn:aws:states:::aws-sdk:kms:listKeyPolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listKeyPolicies", parameters, pattern, options)


def list_key_rotations(
    name: str,
    parameters: ListKeyRotationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listKeyRotations (``arn:aws:states:::aws-sdk:kms:listKeyRotations``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listKeyRotations", parameters, pattern, options)


def list_keys(
    name: str,
    parameters: ListKeysParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listKeys (``arn:aws:states:::aws-sdk:kms:listKeys``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listKeys", parameters, pattern, options)


def list_resource_tags(
    name: str,
    parameters: ListResourceTagsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listResourceTags (``arn:aws:states:::aws-sdk:kms:listResourceTags``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listResourceTags", parameters, pattern, options)


def list_retirable_grants(
    name: str,
    parameters: ListRetirableGrantsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:listRetirableGrants (``arn:aws:states:::aws-sdk:kms:listRetirableGrants``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:listRetirableGrants", parameters, pattern, options)


def put_key_policy(
    name: str,
    parameters: PutKeyPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:putKeyPolicy (``arn:aws:states:::aws-sdk:kms:putKeyPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:putKeyPolicy", parameters, pattern, options)


def re_encrypt(
    name: str,
    parameters: ReEncryptParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:reEncrypt (``arn:aws:states:::aws-sdk:kms:reEncrypt``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:reEncrypt", parameters, pattern, options)


def replicate_key(
    name: str,
    parameters: ReplicateKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:replicateKey (``arn:aws:states:::aws-sdk:kms:replicateKey``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:replicateKey", parameters, pattern, options)


def retire_grant(
    name: str,
    parameters: RetireGrantParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:retireGrant (``arn:aws:states:::aws-sdk:kms:retireGrant``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:retireGrant", parameters, pattern, options)


def revoke_grant(
    name: str,
    parameters: RevokeGrantParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:revokeGrant (``arn:aws:states:::aws-sdk:kms:revokeGrant``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:revokeGrant", parameters, pattern, options)


def rotate_key_on_demand(
    name: str,
    parameters: RotateKeyOnDemandParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:rotateKeyOnDemand (``arn:aws:states:::aws-sdk:kms:rotateKeyOnDemand``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:rotateKeyOnDemand", parameters, pattern, options)


def schedule_key_deletion(
    name: str,
    parameters: ScheduleKeyDeletionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:scheduleKeyDeletion (``arn:aws:states:::aws-sdk:kms:scheduleKeyDeletion``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:scheduleKeyDeletion", parameters, pattern, options)


def sign(
    name: str,
    parameters: SignParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:sign (``arn:aws:states:::aws-sdk:kms:sign``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:sign", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:tagResource (``arn:aws:states:::aws-sdk:kms:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:untagResource (``arn:aws:states:::aws-sdk:kms:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:untagResource", parameters, pattern, options)


def update_alias(
    name: str,
    parameters: UpdateAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:updateAlias (``arn:aws:states:::aws-sdk:kms:updateAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:updateAlias", parameters, pattern, options)


def update_custom_key_store(
    name: str,
    parameters: UpdateCustomKeyStoreParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:updateCustomKeyStore (``arn:aws:states:::aws-sdk:kms:updateCustomKeyStore``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:updateCustomKeyStore", parameters, pattern, options)


def update_key_description(
    name: str,
    parameters: UpdateKeyDescriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:updateKeyDescription (``arn:aws:states:::aws-sdk:kms:updateKeyDescription``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:updateKeyDescription", parameters, pattern, options)


def update_primary_region(
    name: str,
    parameters: UpdatePrimaryRegionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:updatePrimaryRegion (``arn:aws:states:::aws-sdk:kms:updatePrimaryRegion``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:updatePrimaryRegion", parameters, pattern, options)


def verify(
    name: str,
    parameters: VerifyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:verify (``arn:aws:states:::aws-sdk:kms:verify``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:verify", parameters, pattern, options)


def verify_mac(
    name: str,
    parameters: VerifyMacParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call kms:verifyMac (``arn:aws:states:::aws-sdk:kms:verifyMac``); the parameters are checked against its API model."""
    return sdk_task(name, "kms:verifyMac", parameters, pattern, options)


__all__ = [
    "cancel_key_deletion",
    "connect_custom_key_store",
    "create_alias",
    "create_custom_key_store",
    "create_grant",
    "create_key",
    "decapsulate",
    "decrypt",
    "delete_alias",
    "delete_custom_key_store",
    "delete_imported_key_material",
    "derive_shared_secret",
    "describe_custom_key_stores",
    "describe_key",
    "disable_key",
    "disable_key_rotation",
    "disconnect_custom_key_store",
    "enable_key",
    "enable_key_rotation",
    "encapsulate",
    "encrypt",
    "generate_data_key",
    "generate_data_key_pair",
    "generate_data_key_pair_without_plaintext",
    "generate_data_key_without_plaintext",
    "generate_mac",
    "generate_random",
    "get_key_last_usage",
    "get_key_policy",
    "get_key_rotation_status",
    "get_parameters_for_import",
    "get_public_key",
    "import_key_material",
    "list_aliases",
    "list_grants",
    "list_key_policies",
    "list_key_rotations",
    "list_keys",
    "list_resource_tags",
    "list_retirable_grants",
    "put_key_policy",
    "re_encrypt",
    "replicate_key",
    "retire_grant",
    "revoke_grant",
    "rotate_key_on_demand",
    "schedule_key_deletion",
    "sign",
    "tag_resource",
    "untag_resource",
    "update_alias",
    "update_custom_key_store",
    "update_key_description",
    "update_primary_region",
    "verify",
    "verify_mac",
]
