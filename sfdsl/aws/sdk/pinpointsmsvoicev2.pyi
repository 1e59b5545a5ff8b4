"""Typed builders of the AWS SDK integration of pinpointsmsvoicev2 (``aws-sdk:pinpointsmsvoicev2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, T, X, Xi

AssociateOriginationIdentityParameters = TypedDict(
    "AssociateOriginationIdentityParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateProtectConfigurationParameters = TypedDict(
    "AssociateProtectConfigurationParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)
CarrierLookupParameters = TypedDict(
    "CarrierLookupParameters",
    {"PhoneNumber": S, "PhoneNumber.$": str, "EnableCleansing": B, "EnableCleansing.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateConfigurationSetParameters = TypedDict(
    "CreateConfigurationSetParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CloudWatchLogsDestination(TypedDict, total=False):
    IamRoleArn: S
    LogGroupArn: S

class KinesisFirehoseDestination(TypedDict, total=False):
    IamRoleArn: S
    DeliveryStreamArn: S

class SnsDestination(TypedDict, total=False):
    TopicArn: S

CreateEventDestinationParameters = TypedDict(
    "CreateEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
        "MatchingEventTypes": L[Si],
        "MatchingEventTypes.$": str,
        "CloudWatchLogsDestination": X[CloudWatchLogsDestination],
        "CloudWatchLogsDestination.$": str,
        "KinesisFirehoseDestination": X[KinesisFirehoseDestination],
        "KinesisFirehoseDestination.$": str,
        "SnsDestination": X[SnsDestination],
        "SnsDestination.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateNotifyConfigurationParameters = TypedDict(
    "CreateNotifyConfigurationParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "UseCase": S,
        "UseCase.$": str,
        "DefaultTemplateId": S,
        "DefaultTemplateId.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "EnabledCountries": L[Si],
        "EnabledCountries.$": str,
        "EnabledChannels": L[Si],
        "EnabledChannels.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateOptOutListParameters = TypedDict(
    "CreateOptOutListParameters",
    {
        "OptOutListName": S,
        "OptOutListName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreatePoolParameters = TypedDict(
    "CreatePoolParameters",
    {
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "MessageType": S,
        "MessageType.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateProtectConfigurationParameters = TypedDict(
    "CreateProtectConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRcsAgentParameters = TypedDict(
    "CreateRcsAgentParameters",
    {
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "OptOutListName": S,
        "OptOutListName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRegistrationParameters = TypedDict(
    "CreateRegistrationParameters",
    {
        "RegistrationType": S,
        "RegistrationType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRegistrationAssociationParameters = TypedDict(
    "CreateRegistrationAssociationParameters",
    {"RegistrationId": S, "RegistrationId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
CreateRegistrationAttachmentParameters = TypedDict(
    "CreateRegistrationAttachmentParameters",
    {
        "AttachmentBody": S,
        "AttachmentBody.$": str,
        "AttachmentUrl": S,
        "AttachmentUrl.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRegistrationVersionParameters = TypedDict(
    "CreateRegistrationVersionParameters",
    {"RegistrationId": S, "RegistrationId.$": str},
    total=False,
)
CreateVerifiedDestinationNumberParameters = TypedDict(
    "CreateVerifiedDestinationNumberParameters",
    {
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "RcsAgentId": S,
        "RcsAgentId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DeleteAccountDefaultProtectConfigurationParameters(TypedDict, total=False): ...

DeleteConfigurationSetParameters = TypedDict(
    "DeleteConfigurationSetParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteDefaultMessageTypeParameters = TypedDict(
    "DeleteDefaultMessageTypeParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteDefaultSenderIdParameters = TypedDict(
    "DeleteDefaultSenderIdParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteEventDestinationParameters = TypedDict(
    "DeleteEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
    },
    total=False,
)
DeleteKeywordParameters = TypedDict(
    "DeleteKeywordParameters",
    {"OriginationIdentity": S, "OriginationIdentity.$": str, "Keyword": S, "Keyword.$": str},
    total=False,
)

class DeleteMediaMessageSpendLimitOverrideParameters(TypedDict, total=False): ...

DeleteNotifyConfigurationParameters = TypedDict(
    "DeleteNotifyConfigurationParameters",
    {"NotifyConfigurationId": S, "NotifyConfigurationId.$": str},
    total=False,
)

class DeleteNotifyMessageSpendLimitOverrideParameters(TypedDict, total=False): ...

DeleteOptOutListParameters = TypedDict(
    "DeleteOptOutListParameters", {"OptOutListName": S, "OptOutListName.$": str}, total=False
)
DeleteOptedOutNumberParameters = TypedDict(
    "DeleteOptedOutNumberParameters",
    {"OptOutListName": S, "OptOutListName.$": str, "OptedOutNumber": S, "OptedOutNumber.$": str},
    total=False,
)
DeletePoolParameters = TypedDict(
    "DeletePoolParameters", {"PoolId": S, "PoolId.$": str}, total=False
)
DeleteProtectConfigurationParameters = TypedDict(
    "DeleteProtectConfigurationParameters",
    {"ProtectConfigurationId": S, "ProtectConfigurationId.$": str},
    total=False,
)
DeleteProtectConfigurationRuleSetNumberOverrideParameters = TypedDict(
    "DeleteProtectConfigurationRuleSetNumberOverrideParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
    },
    total=False,
)
DeleteRcsAgentParameters = TypedDict(
    "DeleteRcsAgentParameters", {"RcsAgentId": S, "RcsAgentId.$": str}, total=False
)

class DeleteRcsMessageSpendLimitOverrideParameters(TypedDict, total=False): ...

DeleteRegistrationParameters = TypedDict(
    "DeleteRegistrationParameters", {"RegistrationId": S, "RegistrationId.$": str}, total=False
)
DeleteRegistrationAttachmentParameters = TypedDict(
    "DeleteRegistrationAttachmentParameters",
    {"RegistrationAttachmentId": S, "RegistrationAttachmentId.$": str},
    total=False,
)
DeleteRegistrationFieldValueParameters = TypedDict(
    "DeleteRegistrationFieldValueParameters",
    {"RegistrationId": S, "RegistrationId.$": str, "FieldPath": S, "FieldPath.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class DeleteTextMessageSpendLimitOverrideParameters(TypedDict, total=False): ...

DeleteVerifiedDestinationNumberParameters = TypedDict(
    "DeleteVerifiedDestinationNumberParameters",
    {"VerifiedDestinationNumberId": S, "VerifiedDestinationNumberId.$": str},
    total=False,
)

class DeleteVoiceMessageSpendLimitOverrideParameters(TypedDict, total=False): ...

DescribeAccountAttributesParameters = TypedDict(
    "DescribeAccountAttributesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DescribeAccountLimitsParameters = TypedDict(
    "DescribeAccountLimitsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class ConfigurationSetFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeConfigurationSetsParameters = TypedDict(
    "DescribeConfigurationSetsParameters",
    {
        "ConfigurationSetNames": L[Si],
        "ConfigurationSetNames.$": str,
        "Filters": L[Xi[ConfigurationSetFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class KeywordFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeKeywordsParameters = TypedDict(
    "DescribeKeywordsParameters",
    {
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "Keywords": L[Si],
        "Keywords.$": str,
        "Filters": L[Xi[KeywordFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class NotifyConfigurationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeNotifyConfigurationsParameters = TypedDict(
    "DescribeNotifyConfigurationsParameters",
    {
        "NotifyConfigurationIds": L[Si],
        "NotifyConfigurationIds.$": str,
        "Filters": L[Xi[NotifyConfigurationFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class NotifyTemplateFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeNotifyTemplatesParameters = TypedDict(
    "DescribeNotifyTemplatesParameters",
    {
        "TemplateIds": L[Si],
        "TemplateIds.$": str,
        "Filters": L[Xi[NotifyTemplateFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeOptOutListsParameters = TypedDict(
    "DescribeOptOutListsParameters",
    {
        "OptOutListNames": L[Si],
        "OptOutListNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Owner": S,
        "Owner.$": str,
    },
    total=False,
)

class OptedOutFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeOptedOutNumbersParameters = TypedDict(
    "DescribeOptedOutNumbersParameters",
    {
        "OptOutListName": S,
        "OptOutListName.$": str,
        "OptedOutNumbers": L[Si],
        "OptedOutNumbers.$": str,
        "Filters": L[Xi[OptedOutFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PhoneNumberFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribePhoneNumbersParameters = TypedDict(
    "DescribePhoneNumbersParameters",
    {
        "PhoneNumberIds": L[Si],
        "PhoneNumberIds.$": str,
        "Filters": L[Xi[PhoneNumberFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Owner": S,
        "Owner.$": str,
    },
    total=False,
)

class PoolFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribePoolsParameters = TypedDict(
    "DescribePoolsParameters",
    {
        "PoolIds": L[Si],
        "PoolIds.$": str,
        "Filters": L[Xi[PoolFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Owner": S,
        "Owner.$": str,
    },
    total=False,
)

class ProtectConfigurationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeProtectConfigurationsParameters = TypedDict(
    "DescribeProtectConfigurationsParameters",
    {
        "ProtectConfigurationIds": L[Si],
        "ProtectConfigurationIds.$": str,
        "Filters": L[Xi[ProtectConfigurationFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class CountryLaunchStatusFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRcsAgentCountryLaunchStatusParameters = TypedDict(
    "DescribeRcsAgentCountryLaunchStatusParameters",
    {
        "RcsAgentId": S,
        "RcsAgentId.$": str,
        "IsoCountryCodes": L[Si],
        "IsoCountryCodes.$": str,
        "Filters": L[Xi[CountryLaunchStatusFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class RcsAgentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRcsAgentsParameters = TypedDict(
    "DescribeRcsAgentsParameters",
    {
        "RcsAgentIds": L[Si],
        "RcsAgentIds.$": str,
        "Owner": S,
        "Owner.$": str,
        "Filters": L[Xi[RcsAgentFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RegistrationAttachmentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRegistrationAttachmentsParameters = TypedDict(
    "DescribeRegistrationAttachmentsParameters",
    {
        "RegistrationAttachmentIds": L[Si],
        "RegistrationAttachmentIds.$": str,
        "Filters": L[Xi[RegistrationAttachmentFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeRegistrationFieldDefinitionsParameters = TypedDict(
    "DescribeRegistrationFieldDefinitionsParameters",
    {
        "RegistrationType": S,
        "RegistrationType.$": str,
        "SectionPath": S,
        "SectionPath.$": str,
        "FieldPaths": L[Si],
        "FieldPaths.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeRegistrationFieldValuesParameters = TypedDict(
    "DescribeRegistrationFieldValuesParameters",
    {
        "RegistrationId": S,
        "RegistrationId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "SectionPath": S,
        "SectionPath.$": str,
        "FieldPaths": L[Si],
        "FieldPaths.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeRegistrationSectionDefinitionsParameters = TypedDict(
    "DescribeRegistrationSectionDefinitionsParameters",
    {
        "RegistrationType": S,
        "RegistrationType.$": str,
        "SectionPaths": L[Si],
        "SectionPaths.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RegistrationTypeFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRegistrationTypeDefinitionsParameters = TypedDict(
    "DescribeRegistrationTypeDefinitionsParameters",
    {
        "RegistrationTypes": L[Si],
        "RegistrationTypes.$": str,
        "Filters": L[Xi[RegistrationTypeFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RegistrationVersionFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRegistrationVersionsParameters = TypedDict(
    "DescribeRegistrationVersionsParameters",
    {
        "RegistrationId": S,
        "RegistrationId.$": str,
        "VersionNumbers": L[Ii],
        "VersionNumbers.$": str,
        "Filters": L[Xi[RegistrationVersionFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RegistrationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRegistrationsParameters = TypedDict(
    "DescribeRegistrationsParameters",
    {
        "RegistrationIds": L[Si],
        "RegistrationIds.$": str,
        "Filters": L[Xi[RegistrationFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SenderIdAndCountry(TypedDict, total=False):
    SenderId: S
    IsoCountryCode: S

class SenderIdFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSenderIdsParameters = TypedDict(
    "DescribeSenderIdsParameters",
    {
        "SenderIds": L[Xi[SenderIdAndCountry]],
        "SenderIds.$": str,
        "Filters": L[Xi[SenderIdFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Owner": S,
        "Owner.$": str,
    },
    total=False,
)
DescribeSpendLimitsParameters = TypedDict(
    "DescribeSpendLimitsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class VerifiedDestinationNumberFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeVerifiedDestinationNumbersParameters = TypedDict(
    "DescribeVerifiedDestinationNumbersParameters",
    {
        "VerifiedDestinationNumberIds": L[Si],
        "VerifiedDestinationNumberIds.$": str,
        "DestinationPhoneNumbers": L[Si],
        "DestinationPhoneNumbers.$": str,
        "Filters": L[Xi[VerifiedDestinationNumberFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DisassociateOriginationIdentityParameters = TypedDict(
    "DisassociateOriginationIdentityParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateProtectConfigurationParameters = TypedDict(
    "DisassociateProtectConfigurationParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)
DiscardRegistrationVersionParameters = TypedDict(
    "DiscardRegistrationVersionParameters",
    {"RegistrationId": S, "RegistrationId.$": str},
    total=False,
)
GetProtectConfigurationCountryRuleSetParameters = TypedDict(
    "GetProtectConfigurationCountryRuleSetParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "NumberCapability": S,
        "NumberCapability.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class NumberPreferenceItem(TypedDict, total=False):
    PreferenceType: L[Si]
    Filter: L[Si]

ListAvailablePhoneNumbersParameters = TypedDict(
    "ListAvailablePhoneNumbersParameters",
    {
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "NumberCapabilities": L[Si],
        "NumberCapabilities.$": str,
        "NumberType": S,
        "NumberType.$": str,
        "RegistrationId": S,
        "RegistrationId.$": str,
        "NumberPreference": L[Xi[NumberPreferenceItem]],
        "NumberPreference.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNotifyCountriesParameters = TypedDict(
    "ListNotifyCountriesParameters",
    {
        "Channels": L[Si],
        "Channels.$": str,
        "UseCases": L[Si],
        "UseCases.$": str,
        "Tier": S,
        "Tier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PoolOriginationIdentitiesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListPoolOriginationIdentitiesParameters = TypedDict(
    "ListPoolOriginationIdentitiesParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "Filters": L[Xi[PoolOriginationIdentitiesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ProtectConfigurationRuleSetNumberOverrideFilterItem(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListProtectConfigurationRuleSetNumberOverridesParameters = TypedDict(
    "ListProtectConfigurationRuleSetNumberOverridesParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "Filters": L[Xi[ProtectConfigurationRuleSetNumberOverrideFilterItem]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RegistrationAssociationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListRegistrationAssociationsParameters = TypedDict(
    "ListRegistrationAssociationsParameters",
    {
        "RegistrationId": S,
        "RegistrationId.$": str,
        "Filters": L[Xi[RegistrationAssociationFilter]],
        "Filters.$": str,
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
PutKeywordParameters = TypedDict(
    "PutKeywordParameters",
    {
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "Keyword": S,
        "Keyword.$": str,
        "KeywordMessage": S,
        "KeywordMessage.$": str,
        "KeywordAction": S,
        "KeywordAction.$": str,
    },
    total=False,
)
PutMessageFeedbackParameters = TypedDict(
    "PutMessageFeedbackParameters",
    {
        "MessageId": S,
        "MessageId.$": str,
        "MessageFeedbackStatus": S,
        "MessageFeedbackStatus.$": str,
    },
    total=False,
)
PutOptedOutNumberParameters = TypedDict(
    "PutOptedOutNumberParameters",
    {"OptOutListName": S, "OptOutListName.$": str, "OptedOutNumber": S, "OptedOutNumber.$": str},
    total=False,
)
PutProtectConfigurationRuleSetNumberOverrideParameters = TypedDict(
    "PutProtectConfigurationRuleSetNumberOverrideParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "Action": S,
        "Action.$": str,
        "ExpirationTimestamp": T,
        "ExpirationTimestamp.$": str,
    },
    total=False,
)
PutRegistrationFieldValueParameters = TypedDict(
    "PutRegistrationFieldValueParameters",
    {
        "RegistrationId": S,
        "RegistrationId.$": str,
        "FieldPath": S,
        "FieldPath.$": str,
        "SelectChoices": L[Si],
        "SelectChoices.$": str,
        "TextValue": S,
        "TextValue.$": str,
        "RegistrationAttachmentId": S,
        "RegistrationAttachmentId.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
ReleasePhoneNumberParameters = TypedDict(
    "ReleasePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
ReleaseSenderIdParameters = TypedDict(
    "ReleaseSenderIdParameters",
    {"SenderId": S, "SenderId.$": str, "IsoCountryCode": S, "IsoCountryCode.$": str},
    total=False,
)
RequestPhoneNumberParameters = TypedDict(
    "RequestPhoneNumberParameters",
    {
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "MessageType": S,
        "MessageType.$": str,
        "NumberCapabilities": L[Si],
        "NumberCapabilities.$": str,
        "NumberType": S,
        "NumberType.$": str,
        "OptOutListName": S,
        "OptOutListName.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "RegistrationId": S,
        "RegistrationId.$": str,
        "NumberPreference": L[Xi[NumberPreferenceItem]],
        "NumberPreference.$": str,
        "InternationalSendingEnabled": B,
        "InternationalSendingEnabled.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RequestSenderIdParameters = TypedDict(
    "RequestSenderIdParameters",
    {
        "SenderId": S,
        "SenderId.$": str,
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "MessageTypes": L[Si],
        "MessageTypes.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SendDestinationNumberVerificationCodeParameters = TypedDict(
    "SendDestinationNumberVerificationCodeParameters",
    {
        "VerifiedDestinationNumberId": S,
        "VerifiedDestinationNumberId.$": str,
        "VerificationChannel": S,
        "VerificationChannel.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "Context": M[S],
        "Context.$": str,
        "DestinationCountryParameters": M[S],
        "DestinationCountryParameters.$": str,
    },
    total=False,
)
SendMediaMessageParameters = TypedDict(
    "SendMediaMessageParameters",
    {
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "MessageBody": S,
        "MessageBody.$": str,
        "MediaUrls": L[Si],
        "MediaUrls.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MaxPrice": S,
        "MaxPrice.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "Context": M[S],
        "Context.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SendNotifyTextMessageParameters = TypedDict(
    "SendNotifyTextMessageParameters",
    {
        "NotifyConfigurationId": S,
        "NotifyConfigurationId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "TemplateVariables": M[S],
        "TemplateVariables.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "Context": M[S],
        "Context.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SendNotifyVoiceMessageParameters = TypedDict(
    "SendNotifyVoiceMessageParameters",
    {
        "NotifyConfigurationId": S,
        "NotifyConfigurationId.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "TemplateVariables": M[S],
        "TemplateVariables.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "Context": M[S],
        "Context.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)

class RcsTextMessage(TypedDict, total=False):
    Body: S

class RcsFileMessage(TypedDict, total=False):
    FileUrl: S
    ThumbnailUrl: S

class RcsCardMedia(TypedDict, total=False):
    FileUrl: S
    ThumbnailUrl: S
    Height: S

class RcsReplyAction(TypedDict, total=False):
    Text: S
    PostbackData: S

class RcsOpenUrlAction(TypedDict, total=False):
    Text: S
    PostbackData: S
    Url: S
    Application: S
    WebviewViewMode: S

class RcsDialPhoneAction(TypedDict, total=False):
    Text: S
    PostbackData: S
    PhoneNumber: S

class RcsShowLocationAction(TypedDict, total=False):
    Text: S
    PostbackData: S
    Latitude: F
    Longitude: F
    Label: S

class RcsRequestLocationAction(TypedDict, total=False):
    Text: S
    PostbackData: S

class RcsCreateCalendarEventAction(TypedDict, total=False):
    Text: S
    PostbackData: S
    Title: S
    StartTime: T
    EndTime: T
    Description: S

class RcsSuggestedAction(TypedDict, total=False):
    Reply: X[RcsReplyAction]
    OpenUrl: X[RcsOpenUrlAction]
    DialPhone: X[RcsDialPhoneAction]
    ShowLocation: X[RcsShowLocationAction]
    RequestLocation: X[RcsRequestLocationAction]
    CreateCalendarEvent: X[RcsCreateCalendarEventAction]

class RcsCardContent(TypedDict, total=False):
    Title: S
    Description: S
    Media: X[RcsCardMedia]
    Suggestions: L[Xi[RcsSuggestedAction]]

class RcsStandaloneCard(TypedDict, total=False):
    CardOrientation: S
    ThumbnailImageAlignment: S
    CardContent: X[RcsCardContent]

class RcsCarouselCardMedia(TypedDict, total=False):
    FileUrl: S
    ThumbnailUrl: S
    Height: S

class RcsCarouselCardContent(TypedDict, total=False):
    Title: S
    Description: S
    Media: X[RcsCarouselCardMedia]
    Suggestions: L[Xi[RcsSuggestedAction]]

class RcsCarousel(TypedDict, total=False):
    CardWidth: S
    CardContents: L[Xi[RcsCarouselCardContent]]

class RcsContent(TypedDict, total=False):
    TextMessage: X[RcsTextMessage]
    FileMessage: X[RcsFileMessage]
    RichCard: X[RcsStandaloneCard]
    Carousel: X[RcsCarousel]

class RcsMessageContent(TypedDict, total=False):
    Content: X[RcsContent]
    Suggestions: L[Xi[RcsSuggestedAction]]

class RcsFallbackConfiguration(TypedDict, total=False):
    Channel: S
    MessageBody: S
    MediaUrls: L[Si]
    OriginationIdentity: S

SendRcsMessageParameters = TypedDict(
    "SendRcsMessageParameters",
    {
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "RcsMessageContent": X[RcsMessageContent],
        "RcsMessageContent.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "MessageTrafficType": S,
        "MessageTrafficType.$": str,
        "FallbackConfiguration": X[RcsFallbackConfiguration],
        "FallbackConfiguration.$": str,
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MaxPrice": S,
        "MaxPrice.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Context": M[S],
        "Context.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SendTextMessageParameters = TypedDict(
    "SendTextMessageParameters",
    {
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "MessageBody": S,
        "MessageBody.$": str,
        "MessageType": S,
        "MessageType.$": str,
        "Keyword": S,
        "Keyword.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MaxPrice": S,
        "MaxPrice.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "Context": M[S],
        "Context.$": str,
        "DestinationCountryParameters": M[S],
        "DestinationCountryParameters.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SendVoiceMessageParameters = TypedDict(
    "SendVoiceMessageParameters",
    {
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "OriginationIdentity": S,
        "OriginationIdentity.$": str,
        "MessageBody": S,
        "MessageBody.$": str,
        "MessageBodyTextType": S,
        "MessageBodyTextType.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MaxPricePerMinute": S,
        "MaxPricePerMinute.$": str,
        "TimeToLive": I,
        "TimeToLive.$": str,
        "Context": M[S],
        "Context.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SetAccountDefaultProtectConfigurationParameters = TypedDict(
    "SetAccountDefaultProtectConfigurationParameters",
    {"ProtectConfigurationId": S, "ProtectConfigurationId.$": str},
    total=False,
)
SetDefaultMessageFeedbackEnabledParameters = TypedDict(
    "SetDefaultMessageFeedbackEnabledParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MessageFeedbackEnabled": B,
        "MessageFeedbackEnabled.$": str,
    },
    total=False,
)
SetDefaultMessageTypeParameters = TypedDict(
    "SetDefaultMessageTypeParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MessageType": S,
        "MessageType.$": str,
    },
    total=False,
)
SetDefaultSenderIdParameters = TypedDict(
    "SetDefaultSenderIdParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str, "SenderId": S, "SenderId.$": str},
    total=False,
)
SetMediaMessageSpendLimitOverrideParameters = TypedDict(
    "SetMediaMessageSpendLimitOverrideParameters",
    {"MonthlyLimit": I, "MonthlyLimit.$": str},
    total=False,
)
SetNotifyMessageSpendLimitOverrideParameters = TypedDict(
    "SetNotifyMessageSpendLimitOverrideParameters",
    {"MonthlyLimit": I, "MonthlyLimit.$": str},
    total=False,
)
SetRcsMessageSpendLimitOverrideParameters = TypedDict(
    "SetRcsMessageSpendLimitOverrideParameters",
    {"MonthlyLimit": I, "MonthlyLimit.$": str},
    total=False,
)
SetTextMessageSpendLimitOverrideParameters = TypedDict(
    "SetTextMessageSpendLimitOverrideParameters",
    {"MonthlyLimit": I, "MonthlyLimit.$": str},
    total=False,
)
SetVoiceMessageSpendLimitOverrideParameters = TypedDict(
    "SetVoiceMessageSpendLimitOverrideParameters",
    {"MonthlyLimit": I, "MonthlyLimit.$": str},
    total=False,
)
SubmitRegistrationVersionParameters = TypedDict(
    "SubmitRegistrationVersionParameters",
    {"RegistrationId": S, "RegistrationId.$": str, "AwsReview": B, "AwsReview.$": str},
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
UpdateEventDestinationParameters = TypedDict(
    "UpdateEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "MatchingEventTypes": L[Si],
        "MatchingEventTypes.$": str,
        "CloudWatchLogsDestination": X[CloudWatchLogsDestination],
        "CloudWatchLogsDestination.$": str,
        "KinesisFirehoseDestination": X[KinesisFirehoseDestination],
        "KinesisFirehoseDestination.$": str,
        "SnsDestination": X[SnsDestination],
        "SnsDestination.$": str,
    },
    total=False,
)
UpdateNotifyConfigurationParameters = TypedDict(
    "UpdateNotifyConfigurationParameters",
    {
        "NotifyConfigurationId": S,
        "NotifyConfigurationId.$": str,
        "DefaultTemplateId": S,
        "DefaultTemplateId.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "EnabledCountries": L[Si],
        "EnabledCountries.$": str,
        "EnabledChannels": L[Si],
        "EnabledChannels.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
UpdatePhoneNumberParameters = TypedDict(
    "UpdatePhoneNumberParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "TwoWayEnabled": B,
        "TwoWayEnabled.$": str,
        "TwoWayChannelArn": S,
        "TwoWayChannelArn.$": str,
        "TwoWayChannelRole": S,
        "TwoWayChannelRole.$": str,
        "SelfManagedOptOutsEnabled": B,
        "SelfManagedOptOutsEnabled.$": str,
        "OptOutListName": S,
        "OptOutListName.$": str,
        "InternationalSendingEnabled": B,
        "InternationalSendingEnabled.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
UpdatePoolParameters = TypedDict(
    "UpdatePoolParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "TwoWayEnabled": B,
        "TwoWayEnabled.$": str,
        "TwoWayChannelArn": S,
        "TwoWayChannelArn.$": str,
        "TwoWayChannelRole": S,
        "TwoWayChannelRole.$": str,
        "SelfManagedOptOutsEnabled": B,
        "SelfManagedOptOutsEnabled.$": str,
        "OptOutListName": S,
        "OptOutListName.$": str,
        "SharedRoutesEnabled": B,
        "SharedRoutesEnabled.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
UpdateProtectConfigurationParameters = TypedDict(
    "UpdateProtectConfigurationParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)

class ProtectConfigurationCountryRuleSetInformation(TypedDict, total=False):
    ProtectStatus: S

UpdateProtectConfigurationCountryRuleSetParameters = TypedDict(
    "UpdateProtectConfigurationCountryRuleSetParameters",
    {
        "ProtectConfigurationId": S,
        "ProtectConfigurationId.$": str,
        "NumberCapability": S,
        "NumberCapability.$": str,
        "CountryRuleSetUpdates": M[X[ProtectConfigurationCountryRuleSetInformation]],
        "CountryRuleSetUpdates.$": str,
    },
    total=False,
)
UpdateRcsAgentParameters = TypedDict(
    "UpdateRcsAgentParameters",
    {
        "RcsAgentId": S,
        "RcsAgentId.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "OptOutListName": S,
        "OptOutListName.$": str,
        "SelfManagedOptOutsEnabled": B,
        "SelfManagedOptOutsEnabled.$": str,
        "TwoWayChannelArn": S,
        "TwoWayChannelArn.$": str,
        "TwoWayChannelRole": S,
        "TwoWayChannelRole.$": str,
        "TwoWayEnabled": B,
        "TwoWayEnabled.$": str,
        "TwoWayMediaS3BucketName": S,
        "TwoWayMediaS3BucketName.$": str,
        "TwoWayMediaS3KeyPrefix": S,
        "TwoWayMediaS3KeyPrefix.$": str,
        "TwoWayMediaS3Role": S,
        "TwoWayMediaS3Role.$": str,
        "TwoWayRcsEventsEnabled": L[Si],
        "TwoWayRcsEventsEnabled.$": str,
    },
    total=False,
)
UpdateSenderIdParameters = TypedDict(
    "UpdateSenderIdParameters",
    {
        "SenderId": S,
        "SenderId.$": str,
        "IsoCountryCode": S,
        "IsoCountryCode.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
VerifyDestinationNumberParameters = TypedDict(
    "VerifyDestinationNumberParameters",
    {
        "VerifiedDestinationNumberId": S,
        "VerifiedDestinationNumberId.$": str,
        "VerificationCode": S,
        "VerificationCode.$": str,
    },
    total=False,
)
associate_origination_identity: Builder[AssociateOriginationIdentityParameters]
associate_protect_configuration: Builder[AssociateProtectConfigurationParameters]
carrier_lookup: Builder[CarrierLookupParameters]
create_configuration_set: Builder[CreateConfigurationSetParameters]
create_event_destination: Builder[CreateEventDestinationParameters]
create_notify_configuration: Builder[CreateNotifyConfigurationParameters]
create_opt_out_list: Builder[CreateOptOutListParameters]
create_pool: Builder[CreatePoolParameters]
create_protect_configuration: Builder[CreateProtectConfigurationParameters]
create_rcs_agent: Builder[CreateRcsAgentParameters]
create_registration: Builder[CreateRegistrationParameters]
create_registration_association: Builder[CreateRegistrationAssociationParameters]
create_registration_attachment: Builder[CreateRegistrationAttachmentParameters]
create_registration_version: Builder[CreateRegistrationVersionParameters]
create_verified_destination_number: Builder[CreateVerifiedDestinationNumberParameters]
delete_account_default_protect_configuration: Builder[
    DeleteAccountDefaultProtectConfigurationParameters
]
delete_configuration_set: Builder[DeleteConfigurationSetParameters]
delete_default_message_type: Builder[DeleteDefaultMessageTypeParameters]
delete_default_sender_id: Builder[DeleteDefaultSenderIdParameters]
delete_event_destination: Builder[DeleteEventDestinationParameters]
delete_keyword: Builder[DeleteKeywordParameters]
delete_media_message_spend_limit_override: Builder[DeleteMediaMessageSpendLimitOverrideParameters]
delete_notify_configuration: Builder[DeleteNotifyConfigurationParameters]
delete_notify_message_spend_limit_override: Builder[DeleteNotifyMessageSpendLimitOverrideParameters]
delete_opt_out_list: Builder[DeleteOptOutListParameters]
delete_opted_out_number: Builder[DeleteOptedOutNumberParameters]
delete_pool: Builder[DeletePoolParameters]
delete_protect_configuration: Builder[DeleteProtectConfigurationParameters]
delete_protect_configuration_rule_set_number_override: Builder[
    DeleteProtectConfigurationRuleSetNumberOverrideParameters
]
delete_rcs_agent: Builder[DeleteRcsAgentParameters]
delete_rcs_message_spend_limit_override: Builder[DeleteRcsMessageSpendLimitOverrideParameters]
delete_registration: Builder[DeleteRegistrationParameters]
delete_registration_attachment: Builder[DeleteRegistrationAttachmentParameters]
delete_registration_field_value: Builder[DeleteRegistrationFieldValueParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_text_message_spend_limit_override: Builder[DeleteTextMessageSpendLimitOverrideParameters]
delete_verified_destination_number: Builder[DeleteVerifiedDestinationNumberParameters]
delete_voice_message_spend_limit_override: Builder[DeleteVoiceMessageSpendLimitOverrideParameters]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_account_limits: Builder[DescribeAccountLimitsParameters]
describe_configuration_sets: Builder[DescribeConfigurationSetsParameters]
describe_keywords: Builder[DescribeKeywordsParameters]
describe_notify_configurations: Builder[DescribeNotifyConfigurationsParameters]
describe_notify_templates: Builder[DescribeNotifyTemplatesParameters]
describe_opt_out_lists: Builder[DescribeOptOutListsParameters]
describe_opted_out_numbers: Builder[DescribeOptedOutNumbersParameters]
describe_phone_numbers: Builder[DescribePhoneNumbersParameters]
describe_pools: Builder[DescribePoolsParameters]
describe_protect_configurations: Builder[DescribeProtectConfigurationsParameters]
describe_rcs_agent_country_launch_status: Builder[DescribeRcsAgentCountryLaunchStatusParameters]
describe_rcs_agents: Builder[DescribeRcsAgentsParameters]
describe_registration_attachments: Builder[DescribeRegistrationAttachmentsParameters]
describe_registration_field_definitions: Builder[DescribeRegistrationFieldDefinitionsParameters]
describe_registration_field_values: Builder[DescribeRegistrationFieldValuesParameters]
describe_registration_section_definitions: Builder[DescribeRegistrationSectionDefinitionsParameters]
describe_registration_type_definitions: Builder[DescribeRegistrationTypeDefinitionsParameters]
describe_registration_versions: Builder[DescribeRegistrationVersionsParameters]
describe_registrations: Builder[DescribeRegistrationsParameters]
describe_sender_ids: Builder[DescribeSenderIdsParameters]
describe_spend_limits: Builder[DescribeSpendLimitsParameters]
describe_verified_destination_numbers: Builder[DescribeVerifiedDestinationNumbersParameters]
disassociate_origination_identity: Builder[DisassociateOriginationIdentityParameters]
disassociate_protect_configuration: Builder[DisassociateProtectConfigurationParameters]
discard_registration_version: Builder[DiscardRegistrationVersionParameters]
get_protect_configuration_country_rule_set: Builder[GetProtectConfigurationCountryRuleSetParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_available_phone_numbers: Builder[ListAvailablePhoneNumbersParameters]
list_notify_countries: Builder[ListNotifyCountriesParameters]
list_pool_origination_identities: Builder[ListPoolOriginationIdentitiesParameters]
list_protect_configuration_rule_set_number_overrides: Builder[
    ListProtectConfigurationRuleSetNumberOverridesParameters
]
list_registration_associations: Builder[ListRegistrationAssociationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_keyword: Builder[PutKeywordParameters]
put_message_feedback: Builder[PutMessageFeedbackParameters]
put_opted_out_number: Builder[PutOptedOutNumberParameters]
put_protect_configuration_rule_set_number_override: Builder[
    PutProtectConfigurationRuleSetNumberOverrideParameters
]
put_registration_field_value: Builder[PutRegistrationFieldValueParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
release_phone_number: Builder[ReleasePhoneNumberParameters]
release_sender_id: Builder[ReleaseSenderIdParameters]
request_phone_number: Builder[RequestPhoneNumberParameters]
request_sender_id: Builder[RequestSenderIdParameters]
send_destination_number_verification_code: Builder[SendDestinationNumberVerificationCodeParameters]
send_media_message: Builder[SendMediaMessageParameters]
send_notify_text_message: Builder[SendNotifyTextMessageParameters]
send_notify_voice_message: Builder[SendNotifyVoiceMessageParameters]
send_rcs_message: Builder[SendRcsMessageParameters]
send_text_message: Builder[SendTextMessageParameters]
send_voice_message: Builder[SendVoiceMessageParameters]
set_account_default_protect_configuration: Builder[SetAccountDefaultProtectConfigurationParameters]
set_default_message_feedback_enabled: Builder[SetDefaultMessageFeedbackEnabledParameters]
set_default_message_type: Builder[SetDefaultMessageTypeParameters]
set_default_sender_id: Builder[SetDefaultSenderIdParameters]
set_media_message_spend_limit_override: Builder[SetMediaMessageSpendLimitOverrideParameters]
set_notify_message_spend_limit_override: Builder[SetNotifyMessageSpendLimitOverrideParameters]
set_rcs_message_spend_limit_override: Builder[SetRcsMessageSpendLimitOverrideParameters]
set_text_message_spend_limit_override: Builder[SetTextMessageSpendLimitOverrideParameters]
set_voice_message_spend_limit_override: Builder[SetVoiceMessageSpendLimitOverrideParameters]
submit_registration_version: Builder[SubmitRegistrationVersionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_event_destination: Builder[UpdateEventDestinationParameters]
update_notify_configuration: Builder[UpdateNotifyConfigurationParameters]
update_phone_number: Builder[UpdatePhoneNumberParameters]
update_pool: Builder[UpdatePoolParameters]
update_protect_configuration: Builder[UpdateProtectConfigurationParameters]
update_protect_configuration_country_rule_set: Builder[
    UpdateProtectConfigurationCountryRuleSetParameters
]
update_rcs_agent: Builder[UpdateRcsAgentParameters]
update_sender_id: Builder[UpdateSenderIdParameters]
verify_destination_number: Builder[VerifyDestinationNumberParameters]

__all__ = [
    "associate_origination_identity",
    "associate_protect_configuration",
    "carrier_lookup",
    "create_configuration_set",
    "create_event_destination",
    "create_notify_configuration",
    "create_opt_out_list",
    "create_pool",
    "create_protect_configuration",
    "create_rcs_agent",
    "create_registration",
    "create_registration_association",
    "create_registration_attachment",
    "create_registration_version",
    "create_verified_destination_number",
    "delete_account_default_protect_configuration",
    "delete_configuration_set",
    "delete_default_message_type",
    "delete_default_sender_id",
    "delete_event_destination",
    "delete_keyword",
    "delete_media_message_spend_limit_override",
    "delete_notify_configuration",
    "delete_notify_message_spend_limit_override",
    "delete_opt_out_list",
    "delete_opted_out_number",
    "delete_pool",
    "delete_protect_configuration",
    "delete_protect_configuration_rule_set_number_override",
    "delete_rcs_agent",
    "delete_rcs_message_spend_limit_override",
    "delete_registration",
    "delete_registration_attachment",
    "delete_registration_field_value",
    "delete_resource_policy",
    "delete_text_message_spend_limit_override",
    "delete_verified_destination_number",
    "delete_voice_message_spend_limit_override",
    "describe_account_attributes",
    "describe_account_limits",
    "describe_configuration_sets",
    "describe_keywords",
    "describe_notify_configurations",
    "describe_notify_templates",
    "describe_opt_out_lists",
    "describe_opted_out_numbers",
    "describe_phone_numbers",
    "describe_pools",
    "describe_protect_configurations",
    "describe_rcs_agent_country_launch_status",
    "describe_rcs_agents",
    "describe_registration_attachments",
    "describe_registration_field_definitions",
    "describe_registration_field_values",
    "describe_registration_section_definitions",
    "describe_registration_type_definitions",
    "describe_registration_versions",
    "describe_registrations",
    "describe_sender_ids",
    "describe_spend_limits",
    "describe_verified_destination_numbers",
    "disassociate_origination_identity",
    "disassociate_protect_configuration",
    "discard_registration_version",
    "get_protect_configuration_country_rule_set",
    "get_resource_policy",
    "list_available_phone_numbers",
    "list_notify_countries",
    "list_pool_origination_identities",
    "list_protect_configuration_rule_set_number_overrides",
    "list_registration_associations",
    "list_tags_for_resource",
    "put_keyword",
    "put_message_feedback",
    "put_opted_out_number",
    "put_protect_configuration_rule_set_number_override",
    "put_registration_field_value",
    "put_resource_policy",
    "release_phone_number",
    "release_sender_id",
    "request_phone_number",
    "request_sender_id",
    "send_destination_number_verification_code",
    "send_media_message",
    "send_notify_text_message",
    "send_notify_voice_message",
    "send_rcs_message",
    "send_text_message",
    "send_voice_message",
    "set_account_default_protect_configuration",
    "set_default_message_feedback_enabled",
    "set_default_message_type",
    "set_default_sender_id",
    "set_media_message_spend_limit_override",
    "set_notify_message_spend_limit_override",
    "set_rcs_message_spend_limit_override",
    "set_text_message_spend_limit_override",
    "set_voice_message_spend_limit_override",
    "submit_registration_version",
    "tag_resource",
    "untag_resource",
    "update_event_destination",
    "update_notify_configuration",
    "update_phone_number",
    "update_pool",
    "update_protect_configuration",
    "update_protect_configuration_country_rule_set",
    "update_rcs_agent",
    "update_sender_id",
    "verify_destination_number",
]
