"""Typed builders of the AWS SDK integration of rolesanywhere (``aws-sdk:rolesanywhere:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class TipConfiguration(TypedDict, total=False):
    Status: S
    SubjectType: S
    SubjectSource: S

CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "RequireInstanceProperties": B,
        "RequireInstanceProperties.$": str,
        "SessionPolicy": S,
        "SessionPolicy.$": str,
        "RoleArns": L[Si],
        "RoleArns.$": str,
        "ManagedPolicyArns": L[Si],
        "ManagedPolicyArns.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AcceptRoleSessionName": B,
        "AcceptRoleSessionName.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "TipConfiguration": X[TipConfiguration],
        "TipConfiguration.$": str,
    },
    total=False,
)

class SourceData(TypedDict, total=False):
    X509CertificateData: S
    AcmPcaArn: S

class Source(TypedDict, total=False):
    SourceType: S
    SourceData: X[SourceData]

class NotificationSetting(TypedDict, total=False):
    Enabled: B
    Event: S
    Threshold: I
    Channel: S

CreateTrustAnchorParameters = TypedDict(
    "CreateTrustAnchorParameters",
    {
        "Name": S,
        "Name.$": str,
        "Source": X[Source],
        "Source.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "CrlDpRevocationEnabled": B,
        "CrlDpRevocationEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NotificationSettings": L[Xi[NotificationSetting]],
        "NotificationSettings.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DeleteAttributeMappingParameters = TypedDict(
    "DeleteAttributeMappingParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "CertificateField": S,
        "CertificateField.$": str,
        "Specifiers": L[Si],
        "Specifiers.$": str,
    },
    total=False,
)
DeleteCrlParameters = TypedDict("DeleteCrlParameters", {"CrlId": S, "CrlId.$": str}, total=False)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DeleteTrustAnchorParameters = TypedDict(
    "DeleteTrustAnchorParameters", {"TrustAnchorId": S, "TrustAnchorId.$": str}, total=False
)
GetSubjectParameters = TypedDict(
    "GetSubjectParameters", {"SubjectId": S, "SubjectId.$": str}, total=False
)
ImportCrlParameters = TypedDict(
    "ImportCrlParameters",
    {
        "Name": S,
        "Name.$": str,
        "CrlData": S,
        "CrlData.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TrustAnchorArn": S,
        "TrustAnchorArn.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
ListCrlsParameters = TypedDict(
    "ListCrlsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class MappingRule(TypedDict, total=False):
    Specifier: S

PutAttributeMappingParameters = TypedDict(
    "PutAttributeMappingParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "CertificateField": S,
        "CertificateField.$": str,
        "MappingRules": L[Xi[MappingRule]],
        "MappingRules.$": str,
    },
    total=False,
)
PutNotificationSettingsParameters = TypedDict(
    "PutNotificationSettingsParameters",
    {
        "TrustAnchorId": S,
        "TrustAnchorId.$": str,
        "NotificationSettings": L[Xi[NotificationSetting]],
        "NotificationSettings.$": str,
    },
    total=False,
)

class NotificationSettingKey(TypedDict, total=False):
    Event: S
    Channel: S

ResetNotificationSettingsParameters = TypedDict(
    "ResetNotificationSettingsParameters",
    {
        "TrustAnchorId": S,
        "TrustAnchorId.$": str,
        "NotificationSettingKeys": L[Xi[NotificationSettingKey]],
        "NotificationSettingKeys.$": str,
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
UpdateCrlParameters = TypedDict(
    "UpdateCrlParameters",
    {
        "CrlId": S,
        "CrlId.$": str,
        "Name": S,
        "Name.$": str,
        "CrlData": S,
        "CrlData.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "SessionPolicy": S,
        "SessionPolicy.$": str,
        "RoleArns": L[Si],
        "RoleArns.$": str,
        "ManagedPolicyArns": L[Si],
        "ManagedPolicyArns.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AcceptRoleSessionName": B,
        "AcceptRoleSessionName.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "TipConfiguration": X[TipConfiguration],
        "TipConfiguration.$": str,
    },
    total=False,
)
UpdateTrustAnchorParameters = TypedDict(
    "UpdateTrustAnchorParameters",
    {
        "TrustAnchorId": S,
        "TrustAnchorId.$": str,
        "Name": S,
        "Name.$": str,
        "Source": X[Source],
        "Source.$": str,
        "CrlDpRevocationEnabled": B,
        "CrlDpRevocationEnabled.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
create_profile: Builder[CreateProfileParameters]
create_trust_anchor: Builder[CreateTrustAnchorParameters]
delete_attribute_mapping: Builder[DeleteAttributeMappingParameters]
delete_crl: Builder[DeleteCrlParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_trust_anchor: Builder[DeleteTrustAnchorParameters]
disable_crl: Builder[DeleteCrlParameters]
disable_profile: Builder[DeleteProfileParameters]
disable_trust_anchor: Builder[DeleteTrustAnchorParameters]
enable_crl: Builder[DeleteCrlParameters]
enable_profile: Builder[DeleteProfileParameters]
enable_trust_anchor: Builder[DeleteTrustAnchorParameters]
get_crl: Builder[DeleteCrlParameters]
get_profile: Builder[DeleteProfileParameters]
get_subject: Builder[GetSubjectParameters]
get_trust_anchor: Builder[DeleteTrustAnchorParameters]
import_crl: Builder[ImportCrlParameters]
list_crls: Builder[ListCrlsParameters]
list_profiles: Builder[ListCrlsParameters]
list_subjects: Builder[ListCrlsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trust_anchors: Builder[ListCrlsParameters]
put_attribute_mapping: Builder[PutAttributeMappingParameters]
put_notification_settings: Builder[PutNotificationSettingsParameters]
reset_notification_settings: Builder[ResetNotificationSettingsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_crl: Builder[UpdateCrlParameters]
update_profile: Builder[UpdateProfileParameters]
update_trust_anchor: Builder[UpdateTrustAnchorParameters]

__all__ = [
    "create_profile",
    "create_trust_anchor",
    "delete_attribute_mapping",
    "delete_crl",
    "delete_profile",
    "delete_trust_anchor",
    "disable_crl",
    "disable_profile",
    "disable_trust_anchor",
    "enable_crl",
    "enable_profile",
    "enable_trust_anchor",
    "get_crl",
    "get_profile",
    "get_subject",
    "get_trust_anchor",
    "import_crl",
    "list_crls",
    "list_profiles",
    "list_subjects",
    "list_tags_for_resource",
    "list_trust_anchors",
    "put_attribute_mapping",
    "put_notification_settings",
    "reset_notification_settings",
    "tag_resource",
    "untag_resource",
    "update_crl",
    "update_profile",
    "update_trust_anchor",
]
