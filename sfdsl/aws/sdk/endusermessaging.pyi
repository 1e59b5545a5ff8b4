"""Typed builders of the AWS SDK integration of endusermessaging (``aws-sdk:endusermessaging:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateBrandProfileParameters = TypedDict(
    "CreateBrandProfileParameters",
    {
        "BrandProfileName": S,
        "BrandProfileName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class BrandProfileAttributeInput(TypedDict, total=False):
    AttributeName: S
    AttributeType: S
    AttributeValue: S
    AttachmentBody: S
    Description: S
    Category: S

CreateBrandProfileAttributesParameters = TypedDict(
    "CreateBrandProfileAttributesParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "Attributes": L[Xi[BrandProfileAttributeInput]],
        "Attributes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateBrandProfileFromRegistrationParameters = TypedDict(
    "CreateBrandProfileFromRegistrationParameters",
    {
        "RegistrationId": S,
        "RegistrationId.$": str,
        "BrandProfileName": S,
        "BrandProfileName.$": str,
        "SmartMatch": B,
        "SmartMatch.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CodeConfigurationParameters(TypedDict, total=False):
    CodeType: S
    CodeLength: I
    ValidityPeriodMinutes: I
    MaxAttempts: I

class TextParameters(TypedDict, total=False):
    InlineTemplateBody: S
    DestinationCountryParameters: M[S]

class VoiceParameters(TypedDict, total=False):
    InlineTemplateBody: S
    LanguageCode: S
    VoiceId: S
    VoiceMessageBodyTextType: S

class NotifyParameters(TypedDict, total=False):
    NotifyTemplateId: S
    VoiceId: S

class WhatsAppParameters(TypedDict, total=False):
    WhatsAppTemplateName: S
    LanguageCode: S

class ChannelParameters(TypedDict, total=False):
    Text: X[TextParameters]
    Voice: X[VoiceParameters]
    NotifyValue: X[NotifyParameters]
    WhatsApp: X[WhatsAppParameters]

CreateNotifyCodeConfigurationParameters = TypedDict(
    "CreateNotifyCodeConfigurationParameters",
    {
        "NotifyCodeConfigurationName": S,
        "NotifyCodeConfigurationName.$": str,
        "CodeConfigurationParameters": X[CodeConfigurationParameters],
        "CodeConfigurationParameters.$": str,
        "ChannelParameters": X[ChannelParameters],
        "ChannelParameters.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRegistrationsFromBrandProfileParameters = TypedDict(
    "CreateRegistrationsFromBrandProfileParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "RegistrationTypes": L[Si],
        "RegistrationTypes.$": str,
        "SmartMatch": B,
        "SmartMatch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteBrandProfileParameters = TypedDict(
    "DeleteBrandProfileParameters", {"BrandProfileId": S, "BrandProfileId.$": str}, total=False
)
DeleteBrandProfileAttributeParameters = TypedDict(
    "DeleteBrandProfileAttributeParameters",
    {"BrandProfileId": S, "BrandProfileId.$": str, "AttributeName": S, "AttributeName.$": str},
    total=False,
)
DeleteNotifyCodeConfigurationParameters = TypedDict(
    "DeleteNotifyCodeConfigurationParameters",
    {"NotifyCodeConfigurationId": S, "NotifyCodeConfigurationId.$": str},
    total=False,
)
GetBrandProfileParameters = TypedDict(
    "GetBrandProfileParameters", {"BrandProfileId": S, "BrandProfileId.$": str}, total=False
)
GetBrandProfileAttributeParameters = TypedDict(
    "GetBrandProfileAttributeParameters",
    {"BrandProfileId": S, "BrandProfileId.$": str, "AttributeName": S, "AttributeName.$": str},
    total=False,
)
GetJobParameters = TypedDict("GetJobParameters", {"JobId": S, "JobId.$": str}, total=False)
GetNotifyCodeConfigurationParameters = TypedDict(
    "GetNotifyCodeConfigurationParameters",
    {"NotifyCodeConfigurationId": S, "NotifyCodeConfigurationId.$": str},
    total=False,
)
ListBrandProfileAttributesParameters = TypedDict(
    "ListBrandProfileAttributesParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBrandProfilesParameters = TypedDict(
    "ListBrandProfilesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "OperationType": S,
        "OperationType.$": str,
    },
    total=False,
)
ListNotifyCodeConfigurationsParameters = TypedDict(
    "ListNotifyCodeConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRegistrationsFromBrandProfileParameters = TypedDict(
    "ListRegistrationsFromBrandProfileParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
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
SendNotifyCodeVerificationParameters = TypedDict(
    "SendNotifyCodeVerificationParameters",
    {
        "Channel": S,
        "Channel.$": str,
        "DestinationIdentity": S,
        "DestinationIdentity.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "NotifyCodeConfiguration": S,
        "NotifyCodeConfiguration.$": str,
        "OverrideChannelParameters": X[ChannelParameters],
        "OverrideChannelParameters.$": str,
        "OverrideCodeConfigurationParameters": X[CodeConfigurationParameters],
        "OverrideCodeConfigurationParameters.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "Context": M[S],
        "Context.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
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
UpdateBrandProfileParameters = TypedDict(
    "UpdateBrandProfileParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "BrandProfileName": S,
        "BrandProfileName.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
UpdateBrandProfileAttributeParameters = TypedDict(
    "UpdateBrandProfileAttributeParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
        "AttachmentBody": S,
        "AttachmentBody.$": str,
        "Description": S,
        "Description.$": str,
        "Category": S,
        "Category.$": str,
    },
    total=False,
)
UpdateBrandProfileFromRegistrationParameters = TypedDict(
    "UpdateBrandProfileFromRegistrationParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "RegistrationId": S,
        "RegistrationId.$": str,
        "SmartMatch": B,
        "SmartMatch.$": str,
        "OnAttributeConflict": S,
        "OnAttributeConflict.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UpdateCodeConfigurationParameters(TypedDict, total=False):
    CodeType: S
    CodeLength: I
    ValidityPeriodMinutes: I
    MaxAttempts: I

class UpdateTextParameters(TypedDict, total=False):
    InlineTemplateBody: S
    DestinationCountryParameters: M[S]

class UpdateVoiceParameters(TypedDict, total=False):
    InlineTemplateBody: S
    LanguageCode: S
    VoiceId: S
    VoiceMessageBodyTextType: S

class UpdateNotifyParameters(TypedDict, total=False):
    NotifyTemplateId: S
    VoiceId: S

class UpdateWhatsAppParameters(TypedDict, total=False):
    WhatsAppTemplateName: S
    LanguageCode: S

class UpdateChannelParameters(TypedDict, total=False):
    Text: X[UpdateTextParameters]
    Voice: X[UpdateVoiceParameters]
    NotifyValue: X[UpdateNotifyParameters]
    WhatsApp: X[UpdateWhatsAppParameters]

UpdateNotifyCodeConfigurationParameters = TypedDict(
    "UpdateNotifyCodeConfigurationParameters",
    {
        "NotifyCodeConfigurationId": S,
        "NotifyCodeConfigurationId.$": str,
        "NotifyCodeConfigurationName": S,
        "NotifyCodeConfigurationName.$": str,
        "CodeConfigurationParameters": X[UpdateCodeConfigurationParameters],
        "CodeConfigurationParameters.$": str,
        "ChannelParameters": X[UpdateChannelParameters],
        "ChannelParameters.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
UpdateRegistrationsFromBrandProfileParameters = TypedDict(
    "UpdateRegistrationsFromBrandProfileParameters",
    {
        "BrandProfileId": S,
        "BrandProfileId.$": str,
        "RegistrationIds": L[Si],
        "RegistrationIds.$": str,
        "SmartMatch": B,
        "SmartMatch.$": str,
        "OnAttributeConflict": S,
        "OnAttributeConflict.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ValidateNotifyCodeVerificationParameters = TypedDict(
    "ValidateNotifyCodeVerificationParameters",
    {
        "DestinationIdentity": S,
        "DestinationIdentity.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
        "Code": S,
        "Code.$": str,
    },
    total=False,
)
create_brand_profile: Builder[CreateBrandProfileParameters]
create_brand_profile_attributes: Builder[CreateBrandProfileAttributesParameters]
create_brand_profile_from_registration: Builder[CreateBrandProfileFromRegistrationParameters]
create_notify_code_configuration: Builder[CreateNotifyCodeConfigurationParameters]
create_registrations_from_brand_profile: Builder[CreateRegistrationsFromBrandProfileParameters]
delete_brand_profile: Builder[DeleteBrandProfileParameters]
delete_brand_profile_attribute: Builder[DeleteBrandProfileAttributeParameters]
delete_notify_code_configuration: Builder[DeleteNotifyCodeConfigurationParameters]
get_brand_profile: Builder[GetBrandProfileParameters]
get_brand_profile_attribute: Builder[GetBrandProfileAttributeParameters]
get_job: Builder[GetJobParameters]
get_notify_code_configuration: Builder[GetNotifyCodeConfigurationParameters]
list_brand_profile_attributes: Builder[ListBrandProfileAttributesParameters]
list_brand_profiles: Builder[ListBrandProfilesParameters]
list_jobs: Builder[ListJobsParameters]
list_notify_code_configurations: Builder[ListNotifyCodeConfigurationsParameters]
list_registrations_from_brand_profile: Builder[ListRegistrationsFromBrandProfileParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
send_notify_code_verification: Builder[SendNotifyCodeVerificationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_brand_profile: Builder[UpdateBrandProfileParameters]
update_brand_profile_attribute: Builder[UpdateBrandProfileAttributeParameters]
update_brand_profile_from_registration: Builder[UpdateBrandProfileFromRegistrationParameters]
update_notify_code_configuration: Builder[UpdateNotifyCodeConfigurationParameters]
update_registrations_from_brand_profile: Builder[UpdateRegistrationsFromBrandProfileParameters]
validate_notify_code_verification: Builder[ValidateNotifyCodeVerificationParameters]

__all__ = [
    "create_brand_profile",
    "create_brand_profile_attributes",
    "create_brand_profile_from_registration",
    "create_notify_code_configuration",
    "create_registrations_from_brand_profile",
    "delete_brand_profile",
    "delete_brand_profile_attribute",
    "delete_notify_code_configuration",
    "get_brand_profile",
    "get_brand_profile_attribute",
    "get_job",
    "get_notify_code_configuration",
    "list_brand_profile_attributes",
    "list_brand_profiles",
    "list_jobs",
    "list_notify_code_configurations",
    "list_registrations_from_brand_profile",
    "list_tags_for_resource",
    "send_notify_code_verification",
    "tag_resource",
    "untag_resource",
    "update_brand_profile",
    "update_brand_profile_attribute",
    "update_brand_profile_from_registration",
    "update_notify_code_configuration",
    "update_registrations_from_brand_profile",
    "validate_notify_code_verification",
]
