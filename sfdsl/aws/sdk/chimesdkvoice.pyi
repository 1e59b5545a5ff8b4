"""Typed builders of the AWS SDK integration of chimesdkvoice (``aws-sdk:chimesdkvoice:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociatePhoneNumbersWithVoiceConnectorParameters = TypedDict(
    "AssociatePhoneNumbersWithVoiceConnectorParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "E164PhoneNumbers": L[Si],
        "E164PhoneNumbers.$": str,
        "ForceAssociate": B,
        "ForceAssociate.$": str,
    },
    total=False,
)
AssociatePhoneNumbersWithVoiceConnectorGroupParameters = TypedDict(
    "AssociatePhoneNumbersWithVoiceConnectorGroupParameters",
    {
        "VoiceConnectorGroupId": S,
        "VoiceConnectorGroupId.$": str,
        "E164PhoneNumbers": L[Si],
        "E164PhoneNumbers.$": str,
        "ForceAssociate": B,
        "ForceAssociate.$": str,
    },
    total=False,
)
BatchDeletePhoneNumberParameters = TypedDict(
    "BatchDeletePhoneNumberParameters",
    {"PhoneNumberIds": L[Si], "PhoneNumberIds.$": str},
    total=False,
)

class UpdatePhoneNumberRequestItem(TypedDict, total=False):
    PhoneNumberId: S
    ProductType: S
    CallingName: S
    Name: S

BatchUpdatePhoneNumberParameters = TypedDict(
    "BatchUpdatePhoneNumberParameters",
    {
        "UpdatePhoneNumberRequestItems": L[Xi[UpdatePhoneNumberRequestItem]],
        "UpdatePhoneNumberRequestItems.$": str,
    },
    total=False,
)
CreatePhoneNumberOrderParameters = TypedDict(
    "CreatePhoneNumberOrderParameters",
    {
        "ProductType": S,
        "ProductType.$": str,
        "E164PhoneNumbers": L[Si],
        "E164PhoneNumbers.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class GeoMatchParams(TypedDict, total=False):
    Country: S
    AreaCode: S

CreateProxySessionParameters = TypedDict(
    "CreateProxySessionParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "ParticipantPhoneNumbers": L[Si],
        "ParticipantPhoneNumbers.$": str,
        "Name": S,
        "Name.$": str,
        "ExpiryMinutes": I,
        "ExpiryMinutes.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "NumberSelectionBehavior": S,
        "NumberSelectionBehavior.$": str,
        "GeoMatchLevel": S,
        "GeoMatchLevel.$": str,
        "GeoMatchParams": X[GeoMatchParams],
        "GeoMatchParams.$": str,
    },
    total=False,
)

class SipMediaApplicationEndpoint(TypedDict, total=False):
    LambdaArn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateSipMediaApplicationParameters = TypedDict(
    "CreateSipMediaApplicationParameters",
    {
        "AwsRegion": S,
        "AwsRegion.$": str,
        "Name": S,
        "Name.$": str,
        "Endpoints": L[Xi[SipMediaApplicationEndpoint]],
        "Endpoints.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSipMediaApplicationCallParameters = TypedDict(
    "CreateSipMediaApplicationCallParameters",
    {
        "FromPhoneNumber": S,
        "FromPhoneNumber.$": str,
        "ToPhoneNumber": S,
        "ToPhoneNumber.$": str,
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "SipHeaders": M[S],
        "SipHeaders.$": str,
        "ArgumentsMap": M[S],
        "ArgumentsMap.$": str,
    },
    total=False,
)

class SipRuleTargetApplication(TypedDict, total=False):
    SipMediaApplicationId: S
    Priority: I
    AwsRegion: S

CreateSipRuleParameters = TypedDict(
    "CreateSipRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "TriggerType": S,
        "TriggerType.$": str,
        "TriggerValue": S,
        "TriggerValue.$": str,
        "Disabled": B,
        "Disabled.$": str,
        "TargetApplications": L[Xi[SipRuleTargetApplication]],
        "TargetApplications.$": str,
    },
    total=False,
)
CreateVoiceConnectorParameters = TypedDict(
    "CreateVoiceConnectorParameters",
    {
        "Name": S,
        "Name.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "RequireEncryption": B,
        "RequireEncryption.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)

class VoiceConnectorItem(TypedDict, total=False):
    VoiceConnectorId: S
    Priority: I

CreateVoiceConnectorGroupParameters = TypedDict(
    "CreateVoiceConnectorGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "VoiceConnectorItems": L[Xi[VoiceConnectorItem]],
        "VoiceConnectorItems.$": str,
        "CallDistributionType": S,
        "CallDistributionType.$": str,
    },
    total=False,
)
CreateVoiceProfileParameters = TypedDict(
    "CreateVoiceProfileParameters",
    {"SpeakerSearchTaskId": S, "SpeakerSearchTaskId.$": str},
    total=False,
)

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

CreateVoiceProfileDomainParameters = TypedDict(
    "CreateVoiceProfileDomainParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeletePhoneNumberParameters = TypedDict(
    "DeletePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
DeleteProxySessionParameters = TypedDict(
    "DeleteProxySessionParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "ProxySessionId": S,
        "ProxySessionId.$": str,
    },
    total=False,
)
DeleteSipMediaApplicationParameters = TypedDict(
    "DeleteSipMediaApplicationParameters",
    {"SipMediaApplicationId": S, "SipMediaApplicationId.$": str},
    total=False,
)
DeleteSipRuleParameters = TypedDict(
    "DeleteSipRuleParameters", {"SipRuleId": S, "SipRuleId.$": str}, total=False
)
DeleteVoiceConnectorParameters = TypedDict(
    "DeleteVoiceConnectorParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorEmergencyCallingConfigurationParameters = TypedDict(
    "DeleteVoiceConnectorEmergencyCallingConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorExternalSystemsConfigurationParameters = TypedDict(
    "DeleteVoiceConnectorExternalSystemsConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorGroupParameters = TypedDict(
    "DeleteVoiceConnectorGroupParameters",
    {"VoiceConnectorGroupId": S, "VoiceConnectorGroupId.$": str},
    total=False,
)
DeleteVoiceConnectorOriginationParameters = TypedDict(
    "DeleteVoiceConnectorOriginationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorProxyParameters = TypedDict(
    "DeleteVoiceConnectorProxyParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorStreamingConfigurationParameters = TypedDict(
    "DeleteVoiceConnectorStreamingConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorTerminationParameters = TypedDict(
    "DeleteVoiceConnectorTerminationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
DeleteVoiceConnectorTerminationCredentialsParameters = TypedDict(
    "DeleteVoiceConnectorTerminationCredentialsParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str, "Usernames": L[Si], "Usernames.$": str},
    total=False,
)
DeleteVoiceProfileParameters = TypedDict(
    "DeleteVoiceProfileParameters", {"VoiceProfileId": S, "VoiceProfileId.$": str}, total=False
)
DeleteVoiceProfileDomainParameters = TypedDict(
    "DeleteVoiceProfileDomainParameters",
    {"VoiceProfileDomainId": S, "VoiceProfileDomainId.$": str},
    total=False,
)
DisassociatePhoneNumbersFromVoiceConnectorParameters = TypedDict(
    "DisassociatePhoneNumbersFromVoiceConnectorParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "E164PhoneNumbers": L[Si],
        "E164PhoneNumbers.$": str,
    },
    total=False,
)
DisassociatePhoneNumbersFromVoiceConnectorGroupParameters = TypedDict(
    "DisassociatePhoneNumbersFromVoiceConnectorGroupParameters",
    {
        "VoiceConnectorGroupId": S,
        "VoiceConnectorGroupId.$": str,
        "E164PhoneNumbers": L[Si],
        "E164PhoneNumbers.$": str,
    },
    total=False,
)

class GetGlobalSettingsParameters(TypedDict, total=False): ...

GetPhoneNumberParameters = TypedDict(
    "GetPhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
GetPhoneNumberOrderParameters = TypedDict(
    "GetPhoneNumberOrderParameters",
    {"PhoneNumberOrderId": S, "PhoneNumberOrderId.$": str},
    total=False,
)

class GetPhoneNumberSettingsParameters(TypedDict, total=False): ...

GetProxySessionParameters = TypedDict(
    "GetProxySessionParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "ProxySessionId": S,
        "ProxySessionId.$": str,
    },
    total=False,
)
GetSipMediaApplicationParameters = TypedDict(
    "GetSipMediaApplicationParameters",
    {"SipMediaApplicationId": S, "SipMediaApplicationId.$": str},
    total=False,
)
GetSipMediaApplicationAlexaSkillConfigurationParameters = TypedDict(
    "GetSipMediaApplicationAlexaSkillConfigurationParameters",
    {"SipMediaApplicationId": S, "SipMediaApplicationId.$": str},
    total=False,
)
GetSipMediaApplicationLoggingConfigurationParameters = TypedDict(
    "GetSipMediaApplicationLoggingConfigurationParameters",
    {"SipMediaApplicationId": S, "SipMediaApplicationId.$": str},
    total=False,
)
GetSipRuleParameters = TypedDict(
    "GetSipRuleParameters", {"SipRuleId": S, "SipRuleId.$": str}, total=False
)
GetSpeakerSearchTaskParameters = TypedDict(
    "GetSpeakerSearchTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "SpeakerSearchTaskId": S,
        "SpeakerSearchTaskId.$": str,
    },
    total=False,
)
GetVoiceConnectorParameters = TypedDict(
    "GetVoiceConnectorParameters", {"VoiceConnectorId": S, "VoiceConnectorId.$": str}, total=False
)
GetVoiceConnectorEmergencyCallingConfigurationParameters = TypedDict(
    "GetVoiceConnectorEmergencyCallingConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorExternalSystemsConfigurationParameters = TypedDict(
    "GetVoiceConnectorExternalSystemsConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorGroupParameters = TypedDict(
    "GetVoiceConnectorGroupParameters",
    {"VoiceConnectorGroupId": S, "VoiceConnectorGroupId.$": str},
    total=False,
)
GetVoiceConnectorLoggingConfigurationParameters = TypedDict(
    "GetVoiceConnectorLoggingConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorOriginationParameters = TypedDict(
    "GetVoiceConnectorOriginationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorProxyParameters = TypedDict(
    "GetVoiceConnectorProxyParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorStreamingConfigurationParameters = TypedDict(
    "GetVoiceConnectorStreamingConfigurationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorTerminationParameters = TypedDict(
    "GetVoiceConnectorTerminationParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceConnectorTerminationHealthParameters = TypedDict(
    "GetVoiceConnectorTerminationHealthParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
GetVoiceProfileParameters = TypedDict(
    "GetVoiceProfileParameters", {"VoiceProfileId": S, "VoiceProfileId.$": str}, total=False
)
GetVoiceProfileDomainParameters = TypedDict(
    "GetVoiceProfileDomainParameters",
    {"VoiceProfileDomainId": S, "VoiceProfileDomainId.$": str},
    total=False,
)
GetVoiceToneAnalysisTaskParameters = TypedDict(
    "GetVoiceToneAnalysisTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "VoiceToneAnalysisTaskId": S,
        "VoiceToneAnalysisTaskId.$": str,
        "IsCaller": B,
        "IsCaller.$": str,
    },
    total=False,
)

class ListAvailableVoiceConnectorRegionsParameters(TypedDict, total=False): ...

ListPhoneNumberOrdersParameters = TypedDict(
    "ListPhoneNumberOrdersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPhoneNumbersParameters = TypedDict(
    "ListPhoneNumbersParameters",
    {
        "Status": S,
        "Status.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "FilterName": S,
        "FilterName.$": str,
        "FilterValue": S,
        "FilterValue.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProxySessionsParameters = TypedDict(
    "ListProxySessionsParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSipMediaApplicationsParameters = TypedDict(
    "ListSipMediaApplicationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSipRulesParameters = TypedDict(
    "ListSipRulesParameters",
    {
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSupportedPhoneNumberCountriesParameters = TypedDict(
    "ListSupportedPhoneNumberCountriesParameters",
    {"ProductType": S, "ProductType.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListVoiceConnectorGroupsParameters = TypedDict(
    "ListVoiceConnectorGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListVoiceConnectorTerminationCredentialsParameters = TypedDict(
    "ListVoiceConnectorTerminationCredentialsParameters",
    {"VoiceConnectorId": S, "VoiceConnectorId.$": str},
    total=False,
)
ListVoiceConnectorsParameters = TypedDict(
    "ListVoiceConnectorsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListVoiceProfileDomainsParameters = TypedDict(
    "ListVoiceProfileDomainsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListVoiceProfilesParameters = TypedDict(
    "ListVoiceProfilesParameters",
    {
        "VoiceProfileDomainId": S,
        "VoiceProfileDomainId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SipMediaApplicationAlexaSkillConfiguration(TypedDict, total=False):
    AlexaSkillStatus: S
    AlexaSkillIds: L[Si]

PutSipMediaApplicationAlexaSkillConfigurationParameters = TypedDict(
    "PutSipMediaApplicationAlexaSkillConfigurationParameters",
    {
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "SipMediaApplicationAlexaSkillConfiguration": X[SipMediaApplicationAlexaSkillConfiguration],
        "SipMediaApplicationAlexaSkillConfiguration.$": str,
    },
    total=False,
)

class SipMediaApplicationLoggingConfiguration(TypedDict, total=False):
    EnableSipMediaApplicationMessageLogs: B

PutSipMediaApplicationLoggingConfigurationParameters = TypedDict(
    "PutSipMediaApplicationLoggingConfigurationParameters",
    {
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "SipMediaApplicationLoggingConfiguration": X[SipMediaApplicationLoggingConfiguration],
        "SipMediaApplicationLoggingConfiguration.$": str,
    },
    total=False,
)

class DNISEmergencyCallingConfiguration(TypedDict, total=False):
    EmergencyPhoneNumber: S
    TestPhoneNumber: S
    CallingCountry: S

class EmergencyCallingConfiguration(TypedDict, total=False):
    Dnis: L[Xi[DNISEmergencyCallingConfiguration]]

PutVoiceConnectorEmergencyCallingConfigurationParameters = TypedDict(
    "PutVoiceConnectorEmergencyCallingConfigurationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "EmergencyCallingConfiguration": X[EmergencyCallingConfiguration],
        "EmergencyCallingConfiguration.$": str,
    },
    total=False,
)
PutVoiceConnectorExternalSystemsConfigurationParameters = TypedDict(
    "PutVoiceConnectorExternalSystemsConfigurationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "SessionBorderControllerTypes": L[Si],
        "SessionBorderControllerTypes.$": str,
        "ContactCenterSystemTypes": L[Si],
        "ContactCenterSystemTypes.$": str,
    },
    total=False,
)

class LoggingConfiguration(TypedDict, total=False):
    EnableSIPLogs: B
    EnableMediaMetricLogs: B

PutVoiceConnectorLoggingConfigurationParameters = TypedDict(
    "PutVoiceConnectorLoggingConfigurationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
    },
    total=False,
)

class OriginationRoute(TypedDict, total=False):
    Host: S
    Port: I
    Protocol: S
    Priority: I
    Weight: I

class Origination(TypedDict, total=False):
    Routes: L[Xi[OriginationRoute]]
    Disabled: B

PutVoiceConnectorOriginationParameters = TypedDict(
    "PutVoiceConnectorOriginationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "Origination": X[Origination],
        "Origination.$": str,
    },
    total=False,
)
PutVoiceConnectorProxyParameters = TypedDict(
    "PutVoiceConnectorProxyParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "DefaultSessionExpiryMinutes": I,
        "DefaultSessionExpiryMinutes.$": str,
        "PhoneNumberPoolCountries": L[Si],
        "PhoneNumberPoolCountries.$": str,
        "FallBackPhoneNumber": S,
        "FallBackPhoneNumber.$": str,
        "Disabled": B,
        "Disabled.$": str,
    },
    total=False,
)

class StreamingNotificationTarget(TypedDict, total=False):
    NotificationTarget: S

class MediaInsightsConfiguration(TypedDict, total=False):
    Disabled: B
    ConfigurationArn: S

class StreamingConfiguration(TypedDict, total=False):
    DataRetentionInHours: I
    Disabled: B
    StreamingNotificationTargets: L[Xi[StreamingNotificationTarget]]
    MediaInsightsConfiguration: X[MediaInsightsConfiguration]

PutVoiceConnectorStreamingConfigurationParameters = TypedDict(
    "PutVoiceConnectorStreamingConfigurationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "StreamingConfiguration": X[StreamingConfiguration],
        "StreamingConfiguration.$": str,
    },
    total=False,
)

class Termination(TypedDict, total=False):
    CpsLimit: I
    DefaultPhoneNumber: S
    CallingRegions: L[Si]
    CidrAllowedList: L[Si]
    Disabled: B

PutVoiceConnectorTerminationParameters = TypedDict(
    "PutVoiceConnectorTerminationParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "Termination": X[Termination],
        "Termination.$": str,
    },
    total=False,
)

class Credential(TypedDict, total=False):
    Username: S
    Password: S

PutVoiceConnectorTerminationCredentialsParameters = TypedDict(
    "PutVoiceConnectorTerminationCredentialsParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "Credentials": L[Xi[Credential]],
        "Credentials.$": str,
    },
    total=False,
)
RestorePhoneNumberParameters = TypedDict(
    "RestorePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
SearchAvailablePhoneNumbersParameters = TypedDict(
    "SearchAvailablePhoneNumbersParameters",
    {
        "AreaCode": S,
        "AreaCode.$": str,
        "City": S,
        "City.$": str,
        "Country": S,
        "Country.$": str,
        "State": S,
        "State.$": str,
        "TollFreePrefix": S,
        "TollFreePrefix.$": str,
        "PhoneNumberType": S,
        "PhoneNumberType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartSpeakerSearchTaskParameters = TypedDict(
    "StartSpeakerSearchTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "VoiceProfileDomainId": S,
        "VoiceProfileDomainId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "CallLeg": S,
        "CallLeg.$": str,
    },
    total=False,
)
StartVoiceToneAnalysisTaskParameters = TypedDict(
    "StartVoiceToneAnalysisTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StopSpeakerSearchTaskParameters = TypedDict(
    "StopSpeakerSearchTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "SpeakerSearchTaskId": S,
        "SpeakerSearchTaskId.$": str,
    },
    total=False,
)
StopVoiceToneAnalysisTaskParameters = TypedDict(
    "StopVoiceToneAnalysisTaskParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "VoiceToneAnalysisTaskId": S,
        "VoiceToneAnalysisTaskId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class VoiceConnectorSettings(TypedDict, total=False):
    CdrBucket: S

UpdateGlobalSettingsParameters = TypedDict(
    "UpdateGlobalSettingsParameters",
    {"VoiceConnector": X[VoiceConnectorSettings], "VoiceConnector.$": str},
    total=False,
)
UpdatePhoneNumberParameters = TypedDict(
    "UpdatePhoneNumberParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "CallingName": S,
        "CallingName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdatePhoneNumberSettingsParameters = TypedDict(
    "UpdatePhoneNumberSettingsParameters", {"CallingName": S, "CallingName.$": str}, total=False
)
UpdateProxySessionParameters = TypedDict(
    "UpdateProxySessionParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "ProxySessionId": S,
        "ProxySessionId.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "ExpiryMinutes": I,
        "ExpiryMinutes.$": str,
    },
    total=False,
)
UpdateSipMediaApplicationParameters = TypedDict(
    "UpdateSipMediaApplicationParameters",
    {
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Endpoints": L[Xi[SipMediaApplicationEndpoint]],
        "Endpoints.$": str,
    },
    total=False,
)
UpdateSipMediaApplicationCallParameters = TypedDict(
    "UpdateSipMediaApplicationCallParameters",
    {
        "SipMediaApplicationId": S,
        "SipMediaApplicationId.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "Arguments": M[S],
        "Arguments.$": str,
    },
    total=False,
)
UpdateSipRuleParameters = TypedDict(
    "UpdateSipRuleParameters",
    {
        "SipRuleId": S,
        "SipRuleId.$": str,
        "Name": S,
        "Name.$": str,
        "Disabled": B,
        "Disabled.$": str,
        "TargetApplications": L[Xi[SipRuleTargetApplication]],
        "TargetApplications.$": str,
    },
    total=False,
)
UpdateVoiceConnectorParameters = TypedDict(
    "UpdateVoiceConnectorParameters",
    {
        "VoiceConnectorId": S,
        "VoiceConnectorId.$": str,
        "Name": S,
        "Name.$": str,
        "RequireEncryption": B,
        "RequireEncryption.$": str,
    },
    total=False,
)
UpdateVoiceConnectorGroupParameters = TypedDict(
    "UpdateVoiceConnectorGroupParameters",
    {
        "VoiceConnectorGroupId": S,
        "VoiceConnectorGroupId.$": str,
        "Name": S,
        "Name.$": str,
        "VoiceConnectorItems": L[Xi[VoiceConnectorItem]],
        "VoiceConnectorItems.$": str,
        "CallDistributionType": S,
        "CallDistributionType.$": str,
    },
    total=False,
)
UpdateVoiceProfileParameters = TypedDict(
    "UpdateVoiceProfileParameters",
    {
        "VoiceProfileId": S,
        "VoiceProfileId.$": str,
        "SpeakerSearchTaskId": S,
        "SpeakerSearchTaskId.$": str,
    },
    total=False,
)
UpdateVoiceProfileDomainParameters = TypedDict(
    "UpdateVoiceProfileDomainParameters",
    {
        "VoiceProfileDomainId": S,
        "VoiceProfileDomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
ValidateE911AddressParameters = TypedDict(
    "ValidateE911AddressParameters",
    {
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "StreetNumber": S,
        "StreetNumber.$": str,
        "StreetInfo": S,
        "StreetInfo.$": str,
        "City": S,
        "City.$": str,
        "State": S,
        "State.$": str,
        "Country": S,
        "Country.$": str,
        "PostalCode": S,
        "PostalCode.$": str,
    },
    total=False,
)
associate_phone_numbers_with_voice_connector: Builder[
    AssociatePhoneNumbersWithVoiceConnectorParameters
]
associate_phone_numbers_with_voice_connector_group: Builder[
    AssociatePhoneNumbersWithVoiceConnectorGroupParameters
]
batch_delete_phone_number: Builder[BatchDeletePhoneNumberParameters]
batch_update_phone_number: Builder[BatchUpdatePhoneNumberParameters]
create_phone_number_order: Builder[CreatePhoneNumberOrderParameters]
create_proxy_session: Builder[CreateProxySessionParameters]
create_sip_media_application: Builder[CreateSipMediaApplicationParameters]
create_sip_media_application_call: Builder[CreateSipMediaApplicationCallParameters]
create_sip_rule: Builder[CreateSipRuleParameters]
create_voice_connector: Builder[CreateVoiceConnectorParameters]
create_voice_connector_group: Builder[CreateVoiceConnectorGroupParameters]
create_voice_profile: Builder[CreateVoiceProfileParameters]
create_voice_profile_domain: Builder[CreateVoiceProfileDomainParameters]
delete_phone_number: Builder[DeletePhoneNumberParameters]
delete_proxy_session: Builder[DeleteProxySessionParameters]
delete_sip_media_application: Builder[DeleteSipMediaApplicationParameters]
delete_sip_rule: Builder[DeleteSipRuleParameters]
delete_voice_connector: Builder[DeleteVoiceConnectorParameters]
delete_voice_connector_emergency_calling_configuration: Builder[
    DeleteVoiceConnectorEmergencyCallingConfigurationParameters
]
delete_voice_connector_external_systems_configuration: Builder[
    DeleteVoiceConnectorExternalSystemsConfigurationParameters
]
delete_voice_connector_group: Builder[DeleteVoiceConnectorGroupParameters]
delete_voice_connector_origination: Builder[DeleteVoiceConnectorOriginationParameters]
delete_voice_connector_proxy: Builder[DeleteVoiceConnectorProxyParameters]
delete_voice_connector_streaming_configuration: Builder[
    DeleteVoiceConnectorStreamingConfigurationParameters
]
delete_voice_connector_termination: Builder[DeleteVoiceConnectorTerminationParameters]
delete_voice_connector_termination_credentials: Builder[
    DeleteVoiceConnectorTerminationCredentialsParameters
]
delete_voice_profile: Builder[DeleteVoiceProfileParameters]
delete_voice_profile_domain: Builder[DeleteVoiceProfileDomainParameters]
disassociate_phone_numbers_from_voice_connector: Builder[
    DisassociatePhoneNumbersFromVoiceConnectorParameters
]
disassociate_phone_numbers_from_voice_connector_group: Builder[
    DisassociatePhoneNumbersFromVoiceConnectorGroupParameters
]
get_global_settings: Builder[GetGlobalSettingsParameters]
get_phone_number: Builder[GetPhoneNumberParameters]
get_phone_number_order: Builder[GetPhoneNumberOrderParameters]
get_phone_number_settings: Builder[GetPhoneNumberSettingsParameters]
get_proxy_session: Builder[GetProxySessionParameters]
get_sip_media_application: Builder[GetSipMediaApplicationParameters]
get_sip_media_application_alexa_skill_configuration: Builder[
    GetSipMediaApplicationAlexaSkillConfigurationParameters
]
get_sip_media_application_logging_configuration: Builder[
    GetSipMediaApplicationLoggingConfigurationParameters
]
get_sip_rule: Builder[GetSipRuleParameters]
get_speaker_search_task: Builder[GetSpeakerSearchTaskParameters]
get_voice_connector: Builder[GetVoiceConnectorParameters]
get_voice_connector_emergency_calling_configuration: Builder[
    GetVoiceConnectorEmergencyCallingConfigurationParameters
]
get_voice_connector_external_systems_configuration: Builder[
    GetVoiceConnectorExternalSystemsConfigurationParameters
]
get_voice_connector_group: Builder[GetVoiceConnectorGroupParameters]
get_voice_connector_logging_configuration: Builder[GetVoiceConnectorLoggingConfigurationParameters]
get_voice_connector_origination: Builder[GetVoiceConnectorOriginationParameters]
get_voice_connector_proxy: Builder[GetVoiceConnectorProxyParameters]
get_voice_connector_streaming_configuration: Builder[
    GetVoiceConnectorStreamingConfigurationParameters
]
get_voice_connector_termination: Builder[GetVoiceConnectorTerminationParameters]
get_voice_connector_termination_health: Builder[GetVoiceConnectorTerminationHealthParameters]
get_voice_profile: Builder[GetVoiceProfileParameters]
get_voice_profile_domain: Builder[GetVoiceProfileDomainParameters]
get_voice_tone_analysis_task: Builder[GetVoiceToneAnalysisTaskParameters]
list_available_voice_connector_regions: Builder[ListAvailableVoiceConnectorRegionsParameters]
list_phone_number_orders: Builder[ListPhoneNumberOrdersParameters]
list_phone_numbers: Builder[ListPhoneNumbersParameters]
list_proxy_sessions: Builder[ListProxySessionsParameters]
list_sip_media_applications: Builder[ListSipMediaApplicationsParameters]
list_sip_rules: Builder[ListSipRulesParameters]
list_supported_phone_number_countries: Builder[ListSupportedPhoneNumberCountriesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_voice_connector_groups: Builder[ListVoiceConnectorGroupsParameters]
list_voice_connector_termination_credentials: Builder[
    ListVoiceConnectorTerminationCredentialsParameters
]
list_voice_connectors: Builder[ListVoiceConnectorsParameters]
list_voice_profile_domains: Builder[ListVoiceProfileDomainsParameters]
list_voice_profiles: Builder[ListVoiceProfilesParameters]
put_sip_media_application_alexa_skill_configuration: Builder[
    PutSipMediaApplicationAlexaSkillConfigurationParameters
]
put_sip_media_application_logging_configuration: Builder[
    PutSipMediaApplicationLoggingConfigurationParameters
]
put_voice_connector_emergency_calling_configuration: Builder[
    PutVoiceConnectorEmergencyCallingConfigurationParameters
]
put_voice_connector_external_systems_configuration: Builder[
    PutVoiceConnectorExternalSystemsConfigurationParameters
]
put_voice_connector_logging_configuration: Builder[PutVoiceConnectorLoggingConfigurationParameters]
put_voice_connector_origination: Builder[PutVoiceConnectorOriginationParameters]
put_voice_connector_proxy: Builder[PutVoiceConnectorProxyParameters]
put_voice_connector_streaming_configuration: Builder[
    PutVoiceConnectorStreamingConfigurationParameters
]
put_voice_connector_termination: Builder[PutVoiceConnectorTerminationParameters]
put_voice_connector_termination_credentials: Builder[
    PutVoiceConnectorTerminationCredentialsParameters
]
restore_phone_number: Builder[RestorePhoneNumberParameters]
search_available_phone_numbers: Builder[SearchAvailablePhoneNumbersParameters]
start_speaker_search_task: Builder[StartSpeakerSearchTaskParameters]
start_voice_tone_analysis_task: Builder[StartVoiceToneAnalysisTaskParameters]
stop_speaker_search_task: Builder[StopSpeakerSearchTaskParameters]
stop_voice_tone_analysis_task: Builder[StopVoiceToneAnalysisTaskParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_global_settings: Builder[UpdateGlobalSettingsParameters]
update_phone_number: Builder[UpdatePhoneNumberParameters]
update_phone_number_settings: Builder[UpdatePhoneNumberSettingsParameters]
update_proxy_session: Builder[UpdateProxySessionParameters]
update_sip_media_application: Builder[UpdateSipMediaApplicationParameters]
update_sip_media_application_call: Builder[UpdateSipMediaApplicationCallParameters]
update_sip_rule: Builder[UpdateSipRuleParameters]
update_voice_connector: Builder[UpdateVoiceConnectorParameters]
update_voice_connector_group: Builder[UpdateVoiceConnectorGroupParameters]
update_voice_profile: Builder[UpdateVoiceProfileParameters]
update_voice_profile_domain: Builder[UpdateVoiceProfileDomainParameters]
validate_e911_address: Builder[ValidateE911AddressParameters]

__all__ = [
    "associate_phone_numbers_with_voice_connector",
    "associate_phone_numbers_with_voice_connector_group",
    "batch_delete_phone_number",
    "batch_update_phone_number",
    "create_phone_number_order",
    "create_proxy_session",
    "create_sip_media_application",
    "create_sip_media_application_call",
    "create_sip_rule",
    "create_voice_connector",
    "create_voice_connector_group",
    "create_voice_profile",
    "create_voice_profile_domain",
    "delete_phone_number",
    "delete_proxy_session",
    "delete_sip_media_application",
    "delete_sip_rule",
    "delete_voice_connector",
    "delete_voice_connector_emergency_calling_configuration",
    "delete_voice_connector_external_systems_configuration",
    "delete_voice_connector_group",
    "delete_voice_connector_origination",
    "delete_voice_connector_proxy",
    "delete_voice_connector_streaming_configuration",
    "delete_voice_connector_termination",
    "delete_voice_connector_termination_credentials",
    "delete_voice_profile",
    "delete_voice_profile_domain",
    "disassociate_phone_numbers_from_voice_connector",
    "disassociate_phone_numbers_from_voice_connector_group",
    "get_global_settings",
    "get_phone_number",
    "get_phone_number_order",
    "get_phone_number_settings",
    "get_proxy_session",
    "get_sip_media_application",
    "get_sip_media_application_alexa_skill_configuration",
    "get_sip_media_application_logging_configuration",
    "get_sip_rule",
    "get_speaker_search_task",
    "get_voice_connector",
    "get_voice_connector_emergency_calling_configuration",
    "get_voice_connector_external_systems_configuration",
    "get_voice_connector_group",
    "get_voice_connector_logging_configuration",
    "get_voice_connector_origination",
    "get_voice_connector_proxy",
    "get_voice_connector_streaming_configuration",
    "get_voice_connector_termination",
    "get_voice_connector_termination_health",
    "get_voice_profile",
    "get_voice_profile_domain",
    "get_voice_tone_analysis_task",
    "list_available_voice_connector_regions",
    "list_phone_number_orders",
    "list_phone_numbers",
    "list_proxy_sessions",
    "list_sip_media_applications",
    "list_sip_rules",
    "list_supported_phone_number_countries",
    "list_tags_for_resource",
    "list_voice_connector_groups",
    "list_voice_connector_termination_credentials",
    "list_voice_connectors",
    "list_voice_profile_domains",
    "list_voice_profiles",
    "put_sip_media_application_alexa_skill_configuration",
    "put_sip_media_application_logging_configuration",
    "put_voice_connector_emergency_calling_configuration",
    "put_voice_connector_external_systems_configuration",
    "put_voice_connector_logging_configuration",
    "put_voice_connector_origination",
    "put_voice_connector_proxy",
    "put_voice_connector_streaming_configuration",
    "put_voice_connector_termination",
    "put_voice_connector_termination_credentials",
    "restore_phone_number",
    "search_available_phone_numbers",
    "start_speaker_search_task",
    "start_voice_tone_analysis_task",
    "stop_speaker_search_task",
    "stop_voice_tone_analysis_task",
    "tag_resource",
    "untag_resource",
    "update_global_settings",
    "update_phone_number",
    "update_phone_number_settings",
    "update_proxy_session",
    "update_sip_media_application",
    "update_sip_media_application_call",
    "update_sip_rule",
    "update_voice_connector",
    "update_voice_connector_group",
    "update_voice_profile",
    "update_voice_profile_domain",
    "validate_e911_address",
]
