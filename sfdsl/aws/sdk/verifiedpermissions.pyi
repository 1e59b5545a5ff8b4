"""Typed builders of the AWS SDK integration of verifiedpermissions (``aws-sdk:verifiedpermissions:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class BatchGetPolicyInputItem(TypedDict, total=False):
    PolicyStoreId: S
    PolicyId: S

BatchGetPolicyParameters = TypedDict(
    "BatchGetPolicyParameters",
    {"Requests": L[Xi[BatchGetPolicyInputItem]], "Requests.$": str},
    total=False,
)

class EntityIdentifier(TypedDict, total=False):
    EntityType: S
    EntityId: S

class AttributeValue(TypedDict, total=False):
    BooleanValue: B
    EntityIdentifier: X[EntityIdentifier]
    LongValue: I
    String: S
    Set: L[Xi[AttributeValue]]
    Record: M[X[AttributeValue]]
    Ipaddr: S
    Decimal: S
    Datetime: S
    Duration: S

class CedarTagValue(TypedDict, total=False):
    BooleanValue: B
    EntityIdentifier: X[EntityIdentifier]
    LongValue: I
    String: S
    Set: L[Xi[CedarTagValue]]
    Record: M[X[CedarTagValue]]
    Ipaddr: S
    Decimal: S
    Datetime: S
    Duration: S

class EntityItem(TypedDict, total=False):
    Identifier: X[EntityIdentifier]
    Attributes: M[X[AttributeValue]]
    Parents: L[Xi[EntityIdentifier]]
    Tags: M[X[CedarTagValue]]

class EntitiesDefinition(TypedDict, total=False):
    EntityList: L[Xi[EntityItem]]
    CedarJson: S

class ActionIdentifier(TypedDict, total=False):
    ActionType: S
    ActionId: S

class ContextDefinition(TypedDict, total=False):
    ContextMap: M[X[AttributeValue]]
    CedarJson: S

class BatchIsAuthorizedInputItem(TypedDict, total=False):
    Principal: X[EntityIdentifier]
    Action: X[ActionIdentifier]
    Resource: X[EntityIdentifier]
    Context: X[ContextDefinition]

BatchIsAuthorizedParameters = TypedDict(
    "BatchIsAuthorizedParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Entities": X[EntitiesDefinition],
        "Entities.$": str,
        "Requests": L[Xi[BatchIsAuthorizedInputItem]],
        "Requests.$": str,
    },
    total=False,
)

class BatchIsAuthorizedWithTokenInputItem(TypedDict, total=False):
    Action: X[ActionIdentifier]
    Resource: X[EntityIdentifier]
    Context: X[ContextDefinition]

BatchIsAuthorizedWithTokenParameters = TypedDict(
    "BatchIsAuthorizedWithTokenParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "IdentityToken": S,
        "IdentityToken.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "Entities": X[EntitiesDefinition],
        "Entities.$": str,
        "Requests": L[Xi[BatchIsAuthorizedWithTokenInputItem]],
        "Requests.$": str,
    },
    total=False,
)

class CognitoGroupConfiguration(TypedDict, total=False):
    GroupEntityType: S

class CognitoUserPoolConfiguration(TypedDict, total=False):
    UserPoolArn: S
    ClientIds: L[Si]
    GroupConfiguration: X[CognitoGroupConfiguration]

class OpenIdConnectGroupConfiguration(TypedDict, total=False):
    GroupClaim: S
    GroupEntityType: S

class OpenIdConnectAccessTokenConfiguration(TypedDict, total=False):
    PrincipalIdClaim: S
    Audiences: L[Si]

class OpenIdConnectIdentityTokenConfiguration(TypedDict, total=False):
    PrincipalIdClaim: S
    ClientIds: L[Si]

class OpenIdConnectTokenSelection(TypedDict, total=False):
    AccessTokenOnly: X[OpenIdConnectAccessTokenConfiguration]
    IdentityTokenOnly: X[OpenIdConnectIdentityTokenConfiguration]

class OpenIdConnectConfiguration(TypedDict, total=False):
    Issuer: S
    EntityIdPrefix: S
    GroupConfiguration: X[OpenIdConnectGroupConfiguration]
    TokenSelection: X[OpenIdConnectTokenSelection]

class Configuration(TypedDict, total=False):
    CognitoUserPoolConfiguration: X[CognitoUserPoolConfiguration]
    OpenIdConnectConfiguration: X[OpenIdConnectConfiguration]

CreateIdentitySourceParameters = TypedDict(
    "CreateIdentitySourceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Configuration": X[Configuration],
        "Configuration.$": str,
        "PrincipalEntityType": S,
        "PrincipalEntityType.$": str,
    },
    total=False,
)

class StaticPolicyDefinition(TypedDict, total=False):
    Description: S
    Statement: S

class TemplateLinkedPolicyDefinition(TypedDict, total=False):
    PolicyTemplateId: S
    Principal: X[EntityIdentifier]
    Resource: X[EntityIdentifier]

class PolicyDefinition(TypedDict, total=False):
    StaticValue: X[StaticPolicyDefinition]
    TemplateLinked: X[TemplateLinkedPolicyDefinition]

CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Definition": X[PolicyDefinition],
        "Definition.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class ValidationSettings(TypedDict, total=False):
    Mode: S

class KmsEncryptionSettings(TypedDict, total=False):
    Key: S
    EncryptionContext: M[S]

class Unit(TypedDict, total=False): ...

class EncryptionSettings(TypedDict, total=False):
    KmsEncryptionSettings: X[KmsEncryptionSettings]
    DefaultValue: X[Unit]

CreatePolicyStoreParameters = TypedDict(
    "CreatePolicyStoreParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ValidationSettings": X[ValidationSettings],
        "ValidationSettings.$": str,
        "Description": S,
        "Description.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "EncryptionSettings": X[EncryptionSettings],
        "EncryptionSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePolicyStoreAliasParameters = TypedDict(
    "CreatePolicyStoreAliasParameters",
    {"AliasName": S, "AliasName.$": str, "PolicyStoreId": S, "PolicyStoreId.$": str},
    total=False,
)
CreatePolicyTemplateParameters = TypedDict(
    "CreatePolicyTemplateParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Description": S,
        "Description.$": str,
        "Statement": S,
        "Statement.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteIdentitySourceParameters = TypedDict(
    "DeleteIdentitySourceParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "IdentitySourceId": S, "IdentitySourceId.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
DeletePolicyStoreParameters = TypedDict(
    "DeletePolicyStoreParameters", {"PolicyStoreId": S, "PolicyStoreId.$": str}, total=False
)
DeletePolicyStoreAliasParameters = TypedDict(
    "DeletePolicyStoreAliasParameters",
    {"AliasName": S, "AliasName.$": str, "DeletionMode": S, "DeletionMode.$": str},
    total=False,
)
DeletePolicyTemplateParameters = TypedDict(
    "DeletePolicyTemplateParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "PolicyTemplateId": S, "PolicyTemplateId.$": str},
    total=False,
)
GetIdentitySourceParameters = TypedDict(
    "GetIdentitySourceParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "IdentitySourceId": S, "IdentitySourceId.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
GetPolicyStoreParameters = TypedDict(
    "GetPolicyStoreParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "Tags": B, "Tags.$": str},
    total=False,
)
GetPolicyStoreAliasParameters = TypedDict(
    "GetPolicyStoreAliasParameters", {"AliasName": S, "AliasName.$": str}, total=False
)
GetPolicyTemplateParameters = TypedDict(
    "GetPolicyTemplateParameters",
    {"PolicyStoreId": S, "PolicyStoreId.$": str, "PolicyTemplateId": S, "PolicyTemplateId.$": str},
    total=False,
)
GetSchemaParameters = TypedDict(
    "GetSchemaParameters", {"PolicyStoreId": S, "PolicyStoreId.$": str}, total=False
)
IsAuthorizedParameters = TypedDict(
    "IsAuthorizedParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Principal": X[EntityIdentifier],
        "Principal.$": str,
        "Action": X[ActionIdentifier],
        "Action.$": str,
        "Resource": X[EntityIdentifier],
        "Resource.$": str,
        "Context": X[ContextDefinition],
        "Context.$": str,
        "Entities": X[EntitiesDefinition],
        "Entities.$": str,
    },
    total=False,
)
IsAuthorizedWithTokenParameters = TypedDict(
    "IsAuthorizedWithTokenParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "IdentityToken": S,
        "IdentityToken.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "Action": X[ActionIdentifier],
        "Action.$": str,
        "Resource": X[EntityIdentifier],
        "Resource.$": str,
        "Context": X[ContextDefinition],
        "Context.$": str,
        "Entities": X[EntitiesDefinition],
        "Entities.$": str,
    },
    total=False,
)

class IdentitySourceFilter(TypedDict, total=False):
    PrincipalEntityType: S

ListIdentitySourcesParameters = TypedDict(
    "ListIdentitySourcesParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[IdentitySourceFilter]],
        "Filters.$": str,
    },
    total=False,
)

class EntityReference(TypedDict, total=False):
    Unspecified: B
    Identifier: X[EntityIdentifier]

class PolicyFilter(TypedDict, total=False):
    Principal: X[EntityReference]
    Resource: X[EntityReference]
    PolicyType: S
    PolicyTemplateId: S

ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[PolicyFilter],
        "Filter.$": str,
    },
    total=False,
)

class PolicyStoreAliasFilter(TypedDict, total=False):
    PolicyStoreId: S

ListPolicyStoreAliasesParameters = TypedDict(
    "ListPolicyStoreAliasesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[PolicyStoreAliasFilter],
        "Filter.$": str,
    },
    total=False,
)
ListPolicyStoresParameters = TypedDict(
    "ListPolicyStoresParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPolicyTemplatesParameters = TypedDict(
    "ListPolicyTemplatesParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
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

class SchemaDefinition(TypedDict, total=False):
    CedarJson: S

PutSchemaParameters = TypedDict(
    "PutSchemaParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "Definition": X[SchemaDefinition],
        "Definition.$": str,
    },
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

class UpdateCognitoGroupConfiguration(TypedDict, total=False):
    GroupEntityType: S

class UpdateCognitoUserPoolConfiguration(TypedDict, total=False):
    UserPoolArn: S
    ClientIds: L[Si]
    GroupConfiguration: X[UpdateCognitoGroupConfiguration]

class UpdateOpenIdConnectGroupConfiguration(TypedDict, total=False):
    GroupClaim: S
    GroupEntityType: S

class UpdateOpenIdConnectAccessTokenConfiguration(TypedDict, total=False):
    PrincipalIdClaim: S
    Audiences: L[Si]

class UpdateOpenIdConnectIdentityTokenConfiguration(TypedDict, total=False):
    PrincipalIdClaim: S
    ClientIds: L[Si]

class UpdateOpenIdConnectTokenSelection(TypedDict, total=False):
    AccessTokenOnly: X[UpdateOpenIdConnectAccessTokenConfiguration]
    IdentityTokenOnly: X[UpdateOpenIdConnectIdentityTokenConfiguration]

class UpdateOpenIdConnectConfiguration(TypedDict, total=False):
    Issuer: S
    EntityIdPrefix: S
    GroupConfiguration: X[UpdateOpenIdConnectGroupConfiguration]
    TokenSelection: X[UpdateOpenIdConnectTokenSelection]

class UpdateConfiguration(TypedDict, total=False):
    CognitoUserPoolConfiguration: X[UpdateCognitoUserPoolConfiguration]
    OpenIdConnectConfiguration: X[UpdateOpenIdConnectConfiguration]

UpdateIdentitySourceParameters = TypedDict(
    "UpdateIdentitySourceParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "IdentitySourceId": S,
        "IdentitySourceId.$": str,
        "UpdateConfiguration": X[UpdateConfiguration],
        "UpdateConfiguration.$": str,
        "PrincipalEntityType": S,
        "PrincipalEntityType.$": str,
    },
    total=False,
)

class UpdateStaticPolicyDefinition(TypedDict, total=False):
    Description: S
    Statement: S

class UpdatePolicyDefinition(TypedDict, total=False):
    StaticValue: X[UpdateStaticPolicyDefinition]

UpdatePolicyParameters = TypedDict(
    "UpdatePolicyParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "Definition": X[UpdatePolicyDefinition],
        "Definition.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdatePolicyStoreParameters = TypedDict(
    "UpdatePolicyStoreParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "ValidationSettings": X[ValidationSettings],
        "ValidationSettings.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdatePolicyTemplateParameters = TypedDict(
    "UpdatePolicyTemplateParameters",
    {
        "PolicyStoreId": S,
        "PolicyStoreId.$": str,
        "PolicyTemplateId": S,
        "PolicyTemplateId.$": str,
        "Description": S,
        "Description.$": str,
        "Statement": S,
        "Statement.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
batch_get_policy: Builder[BatchGetPolicyParameters]
batch_is_authorized: Builder[BatchIsAuthorizedParameters]
batch_is_authorized_with_token: Builder[BatchIsAuthorizedWithTokenParameters]
create_identity_source: Builder[CreateIdentitySourceParameters]
create_policy: Builder[CreatePolicyParameters]
create_policy_store: Builder[CreatePolicyStoreParameters]
create_policy_store_alias: Builder[CreatePolicyStoreAliasParameters]
create_policy_template: Builder[CreatePolicyTemplateParameters]
delete_identity_source: Builder[DeleteIdentitySourceParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_policy_store: Builder[DeletePolicyStoreParameters]
delete_policy_store_alias: Builder[DeletePolicyStoreAliasParameters]
delete_policy_template: Builder[DeletePolicyTemplateParameters]
get_identity_source: Builder[GetIdentitySourceParameters]
get_policy: Builder[GetPolicyParameters]
get_policy_store: Builder[GetPolicyStoreParameters]
get_policy_store_alias: Builder[GetPolicyStoreAliasParameters]
get_policy_template: Builder[GetPolicyTemplateParameters]
get_schema: Builder[GetSchemaParameters]
is_authorized: Builder[IsAuthorizedParameters]
is_authorized_with_token: Builder[IsAuthorizedWithTokenParameters]
list_identity_sources: Builder[ListIdentitySourcesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_store_aliases: Builder[ListPolicyStoreAliasesParameters]
list_policy_stores: Builder[ListPolicyStoresParameters]
list_policy_templates: Builder[ListPolicyTemplatesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_schema: Builder[PutSchemaParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_identity_source: Builder[UpdateIdentitySourceParameters]
update_policy: Builder[UpdatePolicyParameters]
update_policy_store: Builder[UpdatePolicyStoreParameters]
update_policy_template: Builder[UpdatePolicyTemplateParameters]

__all__ = [
    "batch_get_policy",
    "batch_is_authorized",
    "batch_is_authorized_with_token",
    "create_identity_source",
    "create_policy",
    "create_policy_store",
    "create_policy_store_alias",
    "create_policy_template",
    "delete_identity_source",
    "delete_policy",
    "delete_policy_store",
    "delete_policy_store_alias",
    "delete_policy_template",
    "get_identity_source",
    "get_policy",
    "get_policy_store",
    "get_policy_store_alias",
    "get_policy_template",
    "get_schema",
    "is_authorized",
    "is_authorized_with_token",
    "list_identity_sources",
    "list_policies",
    "list_policy_store_aliases",
    "list_policy_stores",
    "list_policy_templates",
    "list_tags_for_resource",
    "put_schema",
    "tag_resource",
    "untag_resource",
    "update_identity_source",
    "update_policy",
    "update_policy_store",
    "update_policy_template",
]
