"""Typed builders of the AWS SDK integration of kms (``aws-sdk:kms:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelKeyDeletionParameters = TypedDict(
    "CancelKeyDeletionParameters", {"KeyId": S, "KeyId.$": str}, total=False
)
ConnectCustomKeyStoreParameters = TypedDict(
    "ConnectCustomKeyStoreParameters",
    {"CustomKeyStoreId": S, "CustomKeyStoreId.$": str},
    total=False,
)
CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {"AliasName": S, "AliasName.$": str, "TargetKeyId": S, "TargetKeyId.$": str},
    total=False,
)

class XksProxyAuthenticationCredentialType(TypedDict, total=False):
    AccessKeyId: S
    RawSecretAccessKey: S

CreateCustomKeyStoreParameters = TypedDict(
    "CreateCustomKeyStoreParameters",
    {
        "CustomKeyStoreName": S,
        "CustomKeyStoreName.$": str,
        "CloudHsmClusterId": S,
        "CloudHsmClusterId.$": str,
        "TrustAnchorCertificate": S,
        "TrustAnchorCertificate.$": str,
        "KeyStorePassword": S,
        "KeyStorePassword.$": str,
        "CustomKeyStoreType": S,
        "CustomKeyStoreType.$": str,
        "XksProxyUriEndpoint": S,
        "XksProxyUriEndpoint.$": str,
        "XksProxyUriPath": S,
        "XksProxyUriPath.$": str,
        "XksProxyVpcEndpointServiceName": S,
        "XksProxyVpcEndpointServiceName.$": str,
        "XksProxyVpcEndpointServiceOwner": S,
        "XksProxyVpcEndpointServiceOwner.$": str,
        "XksProxyAuthenticationCredential": X[XksProxyAuthenticationCredentialType],
        "XksProxyAuthenticationCredential.$": str,
        "XksProxyConnectivity": S,
        "XksProxyConnectivity.$": str,
    },
    total=False,
)

class GrantConstraints(TypedDict, total=False):
    EncryptionContextSubset: M[S]
    EncryptionContextEquals: M[S]
    SourceArn: S

CreateGrantParameters = TypedDict(
    "CreateGrantParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "GranteePrincipal": S,
        "GranteePrincipal.$": str,
        "RetiringPrincipal": S,
        "RetiringPrincipal.$": str,
        "Operations": L[Si],
        "Operations.$": str,
        "Constraints": X[GrantConstraints],
        "Constraints.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "Name": S,
        "Name.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "GranteeServicePrincipal": S,
        "GranteeServicePrincipal.$": str,
        "RetiringServicePrincipal": S,
        "RetiringServicePrincipal.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    TagKey: S
    TagValue: S

CreateKeyParameters = TypedDict(
    "CreateKeyParameters",
    {
        "Policy": S,
        "Policy.$": str,
        "Description": S,
        "Description.$": str,
        "KeyUsage": S,
        "KeyUsage.$": str,
        "CustomerMasterKeySpec": S,
        "CustomerMasterKeySpec.$": str,
        "KeySpec": S,
        "KeySpec.$": str,
        "Origin": S,
        "Origin.$": str,
        "CustomKeyStoreId": S,
        "CustomKeyStoreId.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MultiRegion": B,
        "MultiRegion.$": str,
        "XksKeyId": S,
        "XksKeyId.$": str,
    },
    total=False,
)
DecapsulateParameters = TypedDict(
    "DecapsulateParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "SharedSecretCiphertextBlob": S,
        "SharedSecretCiphertextBlob.$": str,
        "EncapsulationAlgorithm": S,
        "EncapsulationAlgorithm.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class RecipientInfo(TypedDict, total=False):
    KeyEncryptionAlgorithm: S
    AttestationDocument: S

DecryptParameters = TypedDict(
    "DecryptParameters",
    {
        "CiphertextBlob": S,
        "CiphertextBlob.$": str,
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "EncryptionAlgorithm": S,
        "EncryptionAlgorithm.$": str,
        "Recipient": X[RecipientInfo],
        "Recipient.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DryRunModifiers": L[Si],
        "DryRunModifiers.$": str,
    },
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters", {"AliasName": S, "AliasName.$": str}, total=False
)
DeleteCustomKeyStoreParameters = TypedDict(
    "DeleteCustomKeyStoreParameters",
    {"CustomKeyStoreId": S, "CustomKeyStoreId.$": str},
    total=False,
)
DeleteImportedKeyMaterialParameters = TypedDict(
    "DeleteImportedKeyMaterialParameters",
    {"KeyId": S, "KeyId.$": str, "KeyMaterialId": S, "KeyMaterialId.$": str},
    total=False,
)
DeriveSharedSecretParameters = TypedDict(
    "DeriveSharedSecretParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "KeyAgreementAlgorithm": S,
        "KeyAgreementAlgorithm.$": str,
        "PublicKey": S,
        "PublicKey.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Recipient": X[RecipientInfo],
        "Recipient.$": str,
    },
    total=False,
)
DescribeCustomKeyStoresParameters = TypedDict(
    "DescribeCustomKeyStoresParameters",
    {
        "CustomKeyStoreId": S,
        "CustomKeyStoreId.$": str,
        "CustomKeyStoreName": S,
        "CustomKeyStoreName.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeKeyParameters = TypedDict(
    "DescribeKeyParameters",
    {"KeyId": S, "KeyId.$": str, "GrantTokens": L[Si], "GrantTokens.$": str},
    total=False,
)
DisableKeyParameters = TypedDict("DisableKeyParameters", {"KeyId": S, "KeyId.$": str}, total=False)
DisableKeyRotationParameters = TypedDict(
    "DisableKeyRotationParameters", {"KeyId": S, "KeyId.$": str}, total=False
)
DisconnectCustomKeyStoreParameters = TypedDict(
    "DisconnectCustomKeyStoreParameters",
    {"CustomKeyStoreId": S, "CustomKeyStoreId.$": str},
    total=False,
)
EnableKeyParameters = TypedDict("EnableKeyParameters", {"KeyId": S, "KeyId.$": str}, total=False)
EnableKeyRotationParameters = TypedDict(
    "EnableKeyRotationParameters",
    {"KeyId": S, "KeyId.$": str, "RotationPeriodInDays": I, "RotationPeriodInDays.$": str},
    total=False,
)
EncapsulateParameters = TypedDict(
    "EncapsulateParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "EncapsulationAlgorithm": S,
        "EncapsulationAlgorithm.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EncryptParameters = TypedDict(
    "EncryptParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "Plaintext": S,
        "Plaintext.$": str,
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "EncryptionAlgorithm": S,
        "EncryptionAlgorithm.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateDataKeyParameters = TypedDict(
    "GenerateDataKeyParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "NumberOfBytes": I,
        "NumberOfBytes.$": str,
        "KeySpec": S,
        "KeySpec.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "Recipient": X[RecipientInfo],
        "Recipient.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateDataKeyPairParameters = TypedDict(
    "GenerateDataKeyPairParameters",
    {
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "KeyPairSpec": S,
        "KeyPairSpec.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "Recipient": X[RecipientInfo],
        "Recipient.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateDataKeyPairWithoutPlaintextParameters = TypedDict(
    "GenerateDataKeyPairWithoutPlaintextParameters",
    {
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "KeyPairSpec": S,
        "KeyPairSpec.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateDataKeyWithoutPlaintextParameters = TypedDict(
    "GenerateDataKeyWithoutPlaintextParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "EncryptionContext": M[S],
        "EncryptionContext.$": str,
        "KeySpec": S,
        "KeySpec.$": str,
        "NumberOfBytes": I,
        "NumberOfBytes.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateMacParameters = TypedDict(
    "GenerateMacParameters",
    {
        "Message": S,
        "Message.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "MacAlgorithm": S,
        "MacAlgorithm.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GenerateRandomParameters = TypedDict(
    "GenerateRandomParameters",
    {
        "NumberOfBytes": I,
        "NumberOfBytes.$": str,
        "CustomKeyStoreId": S,
        "CustomKeyStoreId.$": str,
        "Recipient": X[RecipientInfo],
        "Recipient.$": str,
    },
    total=False,
)
GetKeyLastUsageParameters = TypedDict(
    "GetKeyLastUsageParameters", {"KeyId": S, "KeyId.$": str}, total=False
)
GetKeyPolicyParameters = TypedDict(
    "GetKeyPolicyParameters",
    {"KeyId": S, "KeyId.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
GetKeyRotationStatusParameters = TypedDict(
    "GetKeyRotationStatusParameters", {"KeyId": S, "KeyId.$": str}, total=False
)
GetParametersForImportParameters = TypedDict(
    "GetParametersForImportParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "WrappingAlgorithm": S,
        "WrappingAlgorithm.$": str,
        "WrappingKeySpec": S,
        "WrappingKeySpec.$": str,
    },
    total=False,
)
GetPublicKeyParameters = TypedDict(
    "GetPublicKeyParameters",
    {"KeyId": S, "KeyId.$": str, "GrantTokens": L[Si], "GrantTokens.$": str},
    total=False,
)
ImportKeyMaterialParameters = TypedDict(
    "ImportKeyMaterialParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "ImportToken": S,
        "ImportToken.$": str,
        "EncryptedKeyMaterial": S,
        "EncryptedKeyMaterial.$": str,
        "ValidTo": T,
        "ValidTo.$": str,
        "ExpirationModel": S,
        "ExpirationModel.$": str,
        "ImportType": S,
        "ImportType.$": str,
        "KeyMaterialDescription": S,
        "KeyMaterialDescription.$": str,
        "KeyMaterialId": S,
        "KeyMaterialId.$": str,
    },
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {"KeyId": S, "KeyId.$": str, "Limit": I, "Limit.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListGrantsParameters = TypedDict(
    "ListGrantsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "GrantId": S,
        "GrantId.$": str,
        "GranteePrincipal": S,
        "GranteePrincipal.$": str,
        "GranteeServicePrincipal": S,
        "GranteeServicePrincipal.$": str,
    },
    total=False,
)
ListKeyPoliciesParameters = TypedDict(
    "ListKeyPoliciesParameters",
    {"KeyId": S, "KeyId.$": str, "Limit": I, "Limit.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListKeyRotationsParameters = TypedDict(
    "ListKeyRotationsParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "IncludeKeyMaterial": S,
        "IncludeKeyMaterial.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListKeysParameters = TypedDict(
    "ListKeysParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
        "ResourceOwners": L[Si],
        "ResourceOwners.$": str,
    },
    total=False,
)
ListResourceTagsParameters = TypedDict(
    "ListResourceTagsParameters",
    {"KeyId": S, "KeyId.$": str, "Limit": I, "Limit.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListRetirableGrantsParameters = TypedDict(
    "ListRetirableGrantsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
        "RetiringPrincipal": S,
        "RetiringPrincipal.$": str,
        "RetiringServicePrincipal": S,
        "RetiringServicePrincipal.$": str,
    },
    total=False,
)
PutKeyPolicyParameters = TypedDict(
    "PutKeyPolicyParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Policy": S,
        "Policy.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
    },
    total=False,
)
ReEncryptParameters = TypedDict(
    "ReEncryptParameters",
    {
        "CiphertextBlob": S,
        "CiphertextBlob.$": str,
        "SourceEncryptionContext": M[S],
        "SourceEncryptionContext.$": str,
        "SourceKeyId": S,
        "SourceKeyId.$": str,
        "DestinationKeyId": S,
        "DestinationKeyId.$": str,
        "DestinationEncryptionContext": M[S],
        "DestinationEncryptionContext.$": str,
        "SourceEncryptionAlgorithm": S,
        "SourceEncryptionAlgorithm.$": str,
        "DestinationEncryptionAlgorithm": S,
        "DestinationEncryptionAlgorithm.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DryRunModifiers": L[Si],
        "DryRunModifiers.$": str,
    },
    total=False,
)
ReplicateKeyParameters = TypedDict(
    "ReplicateKeyParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "ReplicaRegion": S,
        "ReplicaRegion.$": str,
        "Policy": S,
        "Policy.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
RetireGrantParameters = TypedDict(
    "RetireGrantParameters",
    {
        "GrantToken": S,
        "GrantToken.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "GrantId": S,
        "GrantId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RevokeGrantParameters = TypedDict(
    "RevokeGrantParameters",
    {"KeyId": S, "KeyId.$": str, "GrantId": S, "GrantId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
RotateKeyOnDemandParameters = TypedDict(
    "RotateKeyOnDemandParameters", {"KeyId": S, "KeyId.$": str}, total=False
)
ScheduleKeyDeletionParameters = TypedDict(
    "ScheduleKeyDeletionParameters",
    {"KeyId": S, "KeyId.$": str, "PendingWindowInDays": I, "PendingWindowInDays.$": str},
    total=False,
)
SignParameters = TypedDict(
    "SignParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "Message": S,
        "Message.$": str,
        "MessageType": S,
        "MessageType.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "SigningAlgorithm": S,
        "SigningAlgorithm.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"KeyId": S, "KeyId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"KeyId": S, "KeyId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAliasParameters = TypedDict(
    "UpdateAliasParameters",
    {"AliasName": S, "AliasName.$": str, "TargetKeyId": S, "TargetKeyId.$": str},
    total=False,
)
UpdateCustomKeyStoreParameters = TypedDict(
    "UpdateCustomKeyStoreParameters",
    {
        "CustomKeyStoreId": S,
        "CustomKeyStoreId.$": str,
        "NewCustomKeyStoreName": S,
        "NewCustomKeyStoreName.$": str,
        "KeyStorePassword": S,
        "KeyStorePassword.$": str,
        "CloudHsmClusterId": S,
        "CloudHsmClusterId.$": str,
        "XksProxyUriEndpoint": S,
        "XksProxyUriEndpoint.$": str,
        "XksProxyUriPath": S,
        "XksProxyUriPath.$": str,
        "XksProxyVpcEndpointServiceName": S,
        "XksProxyVpcEndpointServiceName.$": str,
        "XksProxyVpcEndpointServiceOwner": S,
        "XksProxyVpcEndpointServiceOwner.$": str,
        "XksProxyAuthenticationCredential": X[XksProxyAuthenticationCredentialType],
        "XksProxyAuthenticationCredential.$": str,
        "XksProxyConnectivity": S,
        "XksProxyConnectivity.$": str,
    },
    total=False,
)
UpdateKeyDescriptionParameters = TypedDict(
    "UpdateKeyDescriptionParameters",
    {"KeyId": S, "KeyId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdatePrimaryRegionParameters = TypedDict(
    "UpdatePrimaryRegionParameters",
    {"KeyId": S, "KeyId.$": str, "PrimaryRegion": S, "PrimaryRegion.$": str},
    total=False,
)
VerifyParameters = TypedDict(
    "VerifyParameters",
    {
        "KeyId": S,
        "KeyId.$": str,
        "Message": S,
        "Message.$": str,
        "MessageType": S,
        "MessageType.$": str,
        "Signature": S,
        "Signature.$": str,
        "SigningAlgorithm": S,
        "SigningAlgorithm.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
VerifyMacParameters = TypedDict(
    "VerifyMacParameters",
    {
        "Message": S,
        "Message.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "MacAlgorithm": S,
        "MacAlgorithm.$": str,
        "Mac": S,
        "Mac.$": str,
        "GrantTokens": L[Si],
        "GrantTokens.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
cancel_key_deletion: Builder[CancelKeyDeletionParameters]
connect_custom_key_store: Builder[ConnectCustomKeyStoreParameters]
create_alias: Builder[CreateAliasParameters]
create_custom_key_store: Builder[CreateCustomKeyStoreParameters]
create_grant: Builder[CreateGrantParameters]
create_key: Builder[CreateKeyParameters]
decapsulate: Builder[DecapsulateParameters]
decrypt: Builder[DecryptParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_custom_key_store: Builder[DeleteCustomKeyStoreParameters]
delete_imported_key_material: Builder[DeleteImportedKeyMaterialParameters]
derive_shared_secret: Builder[DeriveSharedSecretParameters]
describe_custom_key_stores: Builder[DescribeCustomKeyStoresParameters]
describe_key: Builder[DescribeKeyParameters]
disable_key: Builder[DisableKeyParameters]
disable_key_rotation: Builder[DisableKeyRotationParameters]
disconnect_custom_key_store: Builder[DisconnectCustomKeyStoreParameters]
enable_key: Builder[EnableKeyParameters]
enable_key_rotation: Builder[EnableKeyRotationParameters]
encapsulate: Builder[EncapsulateParameters]
encrypt: Builder[EncryptParameters]
generate_data_key: Builder[GenerateDataKeyParameters]
generate_data_key_pair: Builder[GenerateDataKeyPairParameters]
generate_data_key_pair_without_plaintext: Builder[GenerateDataKeyPairWithoutPlaintextParameters]
generate_data_key_without_plaintext: Builder[GenerateDataKeyWithoutPlaintextParameters]
generate_mac: Builder[GenerateMacParameters]
generate_random: Builder[GenerateRandomParameters]
get_key_last_usage: Builder[GetKeyLastUsageParameters]
get_key_policy: Builder[GetKeyPolicyParameters]
get_key_rotation_status: Builder[GetKeyRotationStatusParameters]
get_parameters_for_import: Builder[GetParametersForImportParameters]
get_public_key: Builder[GetPublicKeyParameters]
import_key_material: Builder[ImportKeyMaterialParameters]
list_aliases: Builder[ListAliasesParameters]
list_grants: Builder[ListGrantsParameters]
list_key_policies: Builder[ListKeyPoliciesParameters]
list_key_rotations: Builder[ListKeyRotationsParameters]
list_keys: Builder[ListKeysParameters]
list_resource_tags: Builder[ListResourceTagsParameters]
list_retirable_grants: Builder[ListRetirableGrantsParameters]
put_key_policy: Builder[PutKeyPolicyParameters]
re_encrypt: Builder[ReEncryptParameters]
replicate_key: Builder[ReplicateKeyParameters]
retire_grant: Builder[RetireGrantParameters]
revoke_grant: Builder[RevokeGrantParameters]
rotate_key_on_demand: Builder[RotateKeyOnDemandParameters]
schedule_key_deletion: Builder[ScheduleKeyDeletionParameters]
sign: Builder[SignParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_alias: Builder[UpdateAliasParameters]
update_custom_key_store: Builder[UpdateCustomKeyStoreParameters]
update_key_description: Builder[UpdateKeyDescriptionParameters]
update_primary_region: Builder[UpdatePrimaryRegionParameters]
verify: Builder[VerifyParameters]
verify_mac: Builder[VerifyMacParameters]

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
