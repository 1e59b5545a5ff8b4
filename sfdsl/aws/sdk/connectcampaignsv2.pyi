"""Typed builders of the AWS SDK integration of connectcampaignsv2 (``aws-sdk:connectcampaignsv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class ProgressiveConfig(TypedDict, total=False):
    BandwidthAllocation: F

class AbandonmentRatePacingConfig(TypedDict, total=False):
    TargetRate: F
    ConnectionStartPoint: S
    ConnectionThresholdSeconds: I
    EvaluationWindow: S

class PacingStrategy(TypedDict, total=False):
    AbandonmentRate: X[AbandonmentRatePacingConfig]

class PredictiveConfig(TypedDict, total=False):
    BandwidthAllocation: F
    PacingStrategies: L[Xi[PacingStrategy]]

class AgentlessConfig(TypedDict, total=False): ...

class TimeoutConfig(TypedDict, total=False):
    DurationInSeconds: I

class PreviewConfig(TypedDict, total=False):
    BandwidthAllocation: F
    TimeoutConfig: X[TimeoutConfig]
    AgentActions: L[Si]

class TelephonyOutboundMode(TypedDict, total=False):
    Progressive: X[ProgressiveConfig]
    Predictive: X[PredictiveConfig]
    Agentless: X[AgentlessConfig]
    Preview: X[PreviewConfig]

class AnswerMachineDetectionConfig(TypedDict, total=False):
    EnableAnswerMachineDetection: B
    AwaitAnswerMachinePrompt: B

class TelephonyOutboundConfig(TypedDict, total=False):
    ConnectContactFlowId: S
    ConnectSourcePhoneNumber: S
    AnswerMachineDetectionConfig: X[AnswerMachineDetectionConfig]
    RingTimeout: I

class TelephonyChannelSubtypeConfig(TypedDict, total=False):
    Capacity: F
    ConnectQueueId: S
    OutboundMode: X[TelephonyOutboundMode]
    DefaultOutboundConfig: X[TelephonyOutboundConfig]

class SmsOutboundMode(TypedDict, total=False):
    Agentless: X[AgentlessConfig]

class SmsOutboundConfig(TypedDict, total=False):
    ConnectSourcePhoneNumberArn: S
    WisdomTemplateArn: S

class SmsChannelSubtypeConfig(TypedDict, total=False):
    Capacity: F
    OutboundMode: X[SmsOutboundMode]
    DefaultOutboundConfig: X[SmsOutboundConfig]

class EmailOutboundMode(TypedDict, total=False):
    Agentless: X[AgentlessConfig]

class EmailOutboundConfig(TypedDict, total=False):
    ConnectSourceEmailAddress: S
    SourceEmailAddressDisplayName: S
    WisdomTemplateArn: S

class EmailChannelSubtypeConfig(TypedDict, total=False):
    Capacity: F
    OutboundMode: X[EmailOutboundMode]
    DefaultOutboundConfig: X[EmailOutboundConfig]

class WhatsAppOutboundMode(TypedDict, total=False):
    Agentless: X[AgentlessConfig]

class WhatsAppOutboundConfig(TypedDict, total=False):
    ConnectSourcePhoneNumberArn: S
    WisdomTemplateArn: S

class WhatsAppChannelSubtypeConfig(TypedDict, total=False):
    Capacity: F
    OutboundMode: X[WhatsAppOutboundMode]
    DefaultOutboundConfig: X[WhatsAppOutboundConfig]

class ChannelSubtypeConfig(TypedDict, total=False):
    Telephony: X[TelephonyChannelSubtypeConfig]
    Sms: X[SmsChannelSubtypeConfig]
    Email: X[EmailChannelSubtypeConfig]
    WhatsApp: X[WhatsAppChannelSubtypeConfig]

class EventTrigger(TypedDict, total=False):
    CustomerProfilesDomainArn: S

class Source(TypedDict, total=False):
    CustomerProfilesSegmentArn: S
    EventTrigger: X[EventTrigger]

class Schedule(TypedDict, total=False):
    StartTime: T
    EndTime: T
    RefreshFrequency: S

class EntryLimitsConfig(TypedDict, total=False):
    MaxEntryCount: I
    MinEntryInterval: S

class LocalTimeZoneConfig(TypedDict, total=False):
    DefaultTimeZone: S
    LocalTimeZoneDetection: L[Si]
    LocalTimeZoneDetectionScope: S

class TimeRange(TypedDict, total=False):
    StartTime: S
    EndTime: S

class OpenHours(TypedDict, total=False):
    DailyHours: M[L[Xi[TimeRange]]]

class RestrictedPeriod(TypedDict, total=False):
    Name: S
    StartDate: S
    EndDate: S

class RestrictedPeriods(TypedDict, total=False):
    RestrictedPeriodList: L[Xi[RestrictedPeriod]]

class TimeWindow(TypedDict, total=False):
    OpenHours: X[OpenHours]
    RestrictedPeriods: X[RestrictedPeriods]

class CommunicationTimeConfig(TypedDict, total=False):
    LocalTimeZoneConfig: X[LocalTimeZoneConfig]
    Telephony: X[TimeWindow]
    Sms: X[TimeWindow]
    Email: X[TimeWindow]
    WhatsApp: X[TimeWindow]

class CommunicationLimit(TypedDict, total=False):
    MaxCountPerRecipient: I
    Frequency: I
    Unit: S

class CommunicationLimits(TypedDict, total=False):
    CommunicationLimitsList: L[Xi[CommunicationLimit]]

class CommunicationLimitsConfig(TypedDict, total=False):
    AllChannelSubtypes: X[CommunicationLimits]
    InstanceLimitsHandling: S

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "ChannelSubtypeConfig": X[ChannelSubtypeConfig],
        "ChannelSubtypeConfig.$": str,
        "Type": S,
        "Type.$": str,
        "Source": X[Source],
        "Source.$": str,
        "ConnectCampaignFlowArn": S,
        "ConnectCampaignFlowArn.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "EntryLimitsConfig": X[EntryLimitsConfig],
        "EntryLimitsConfig.$": str,
        "CommunicationTimeConfig": X[CommunicationTimeConfig],
        "CommunicationTimeConfig.$": str,
        "CommunicationLimitsOverride": X[CommunicationLimitsConfig],
        "CommunicationLimitsOverride.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteCampaignChannelSubtypeConfigParameters = TypedDict(
    "DeleteCampaignChannelSubtypeConfigParameters",
    {"Id": S, "Id.$": str, "ChannelSubtype": S, "ChannelSubtype.$": str},
    total=False,
)
DeleteCampaignCommunicationLimitsParameters = TypedDict(
    "DeleteCampaignCommunicationLimitsParameters",
    {"Id": S, "Id.$": str, "Config": S, "Config.$": str},
    total=False,
)
DeleteCampaignCommunicationTimeParameters = TypedDict(
    "DeleteCampaignCommunicationTimeParameters",
    {"Id": S, "Id.$": str, "Config": S, "Config.$": str},
    total=False,
)
DeleteCampaignEntryLimitsParameters = TypedDict(
    "DeleteCampaignEntryLimitsParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteConnectInstanceConfigParameters = TypedDict(
    "DeleteConnectInstanceConfigParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "CampaignDeletionPolicy": S,
        "CampaignDeletionPolicy.$": str,
    },
    total=False,
)

class CustomerProfilesIntegrationIdentifier(TypedDict, total=False):
    DomainArn: S

class QConnectIntegrationIdentifier(TypedDict, total=False):
    KnowledgeBaseArn: S

class LambdaIntegrationIdentifier(TypedDict, total=False):
    FunctionArn: S

class IntegrationIdentifier(TypedDict, total=False):
    CustomerProfiles: X[CustomerProfilesIntegrationIdentifier]
    QConnect: X[QConnectIntegrationIdentifier]
    Lambda: X[LambdaIntegrationIdentifier]

DeleteConnectInstanceIntegrationParameters = TypedDict(
    "DeleteConnectInstanceIntegrationParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "IntegrationIdentifier": X[IntegrationIdentifier],
        "IntegrationIdentifier.$": str,
    },
    total=False,
)
DeleteInstanceOnboardingJobParameters = TypedDict(
    "DeleteInstanceOnboardingJobParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
DescribeCampaignParameters = TypedDict(
    "DescribeCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
GetCampaignStateParameters = TypedDict(
    "GetCampaignStateParameters", {"Id": S, "Id.$": str}, total=False
)
GetCampaignStateBatchParameters = TypedDict(
    "GetCampaignStateBatchParameters", {"CampaignIds": L[Si], "CampaignIds.$": str}, total=False
)
GetConnectInstanceConfigParameters = TypedDict(
    "GetConnectInstanceConfigParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
GetInstanceCommunicationLimitsParameters = TypedDict(
    "GetInstanceCommunicationLimitsParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)
GetInstanceOnboardingJobStatusParameters = TypedDict(
    "GetInstanceOnboardingJobStatusParameters",
    {"ConnectInstanceId": S, "ConnectInstanceId.$": str},
    total=False,
)

class InstanceIdFilter(TypedDict, total=False):
    Value: S
    Operator: S

class CampaignFilters(TypedDict, total=False):
    InstanceIdFilter: X[InstanceIdFilter]

ListCampaignsParameters = TypedDict(
    "ListCampaignsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[CampaignFilters],
        "Filters.$": str,
    },
    total=False,
)
ListConnectInstanceIntegrationsParameters = TypedDict(
    "ListConnectInstanceIntegrationsParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
PauseCampaignParameters = TypedDict("PauseCampaignParameters", {"Id": S, "Id.$": str}, total=False)

class CustomerProfilesIntegrationConfig(TypedDict, total=False):
    DomainArn: S
    ObjectTypeNames: M[S]

class QConnectIntegrationConfig(TypedDict, total=False):
    KnowledgeBaseArn: S

class LambdaIntegrationConfig(TypedDict, total=False):
    FunctionArn: S

class IntegrationConfig(TypedDict, total=False):
    CustomerProfiles: X[CustomerProfilesIntegrationConfig]
    QConnect: X[QConnectIntegrationConfig]
    Lambda: X[LambdaIntegrationConfig]

PutConnectInstanceIntegrationParameters = TypedDict(
    "PutConnectInstanceIntegrationParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "IntegrationConfig": X[IntegrationConfig],
        "IntegrationConfig.$": str,
    },
    total=False,
)

class InstanceCommunicationLimitsConfig(TypedDict, total=False):
    AllChannelSubtypes: X[CommunicationLimits]

PutInstanceCommunicationLimitsParameters = TypedDict(
    "PutInstanceCommunicationLimitsParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "CommunicationLimitsConfig": X[InstanceCommunicationLimitsConfig],
        "CommunicationLimitsConfig.$": str,
    },
    total=False,
)

class TelephonyChannelSubtypeParameters(TypedDict, total=False):
    DestinationPhoneNumber: S
    Attributes: M[S]
    ConnectSourcePhoneNumber: S
    AnswerMachineDetectionConfig: X[AnswerMachineDetectionConfig]
    RingTimeout: I

class SmsChannelSubtypeParameters(TypedDict, total=False):
    DestinationPhoneNumber: S
    ConnectSourcePhoneNumberArn: S
    TemplateArn: S
    TemplateParameters: M[S]

class EmailChannelSubtypeParameters(TypedDict, total=False):
    DestinationEmailAddress: S
    ConnectSourceEmailAddress: S
    TemplateArn: S
    TemplateParameters: M[S]

class WhatsAppChannelSubtypeParameters(TypedDict, total=False):
    DestinationPhoneNumber: S
    ConnectSourcePhoneNumberArn: S
    TemplateArn: S
    TemplateParameters: M[S]

class ChannelSubtypeParameters(TypedDict, total=False):
    Telephony: X[TelephonyChannelSubtypeParameters]
    Sms: X[SmsChannelSubtypeParameters]
    Email: X[EmailChannelSubtypeParameters]
    WhatsApp: X[WhatsAppChannelSubtypeParameters]

class OutboundRequest(TypedDict, total=False):
    ClientToken: S
    ExpirationTime: T
    ChannelSubtypeParameters: X[ChannelSubtypeParameters]

PutOutboundRequestBatchParameters = TypedDict(
    "PutOutboundRequestBatchParameters",
    {"Id": S, "Id.$": str, "OutboundRequests": L[Xi[OutboundRequest]], "OutboundRequests.$": str},
    total=False,
)

class WebNotificationContext(TypedDict, total=False):
    SessionId: S
    BrowserId: S

class ChannelContext(TypedDict, total=False):
    WebNotificationContext: X[WebNotificationContext]

class EventTriggerContext(TypedDict, total=False):
    SourceEvent: S
    ChannelContext: X[ChannelContext]

class ProfileOutboundRequest(TypedDict, total=False):
    ClientToken: S
    ProfileId: S
    ExpirationTime: T
    EventTriggerContext: X[EventTriggerContext]

PutProfileOutboundRequestBatchParameters = TypedDict(
    "PutProfileOutboundRequestBatchParameters",
    {
        "Id": S,
        "Id.$": str,
        "ProfileOutboundRequests": L[Xi[ProfileOutboundRequest]],
        "ProfileOutboundRequests.$": str,
    },
    total=False,
)
ResumeCampaignParameters = TypedDict(
    "ResumeCampaignParameters", {"Id": S, "Id.$": str}, total=False
)
StartCampaignParameters = TypedDict("StartCampaignParameters", {"Id": S, "Id.$": str}, total=False)

class EncryptionConfig(TypedDict, total=False):
    Enabled: B
    EncryptionType: S
    KeyArn: S

StartInstanceOnboardingJobParameters = TypedDict(
    "StartInstanceOnboardingJobParameters",
    {
        "ConnectInstanceId": S,
        "ConnectInstanceId.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
    },
    total=False,
)
StopCampaignParameters = TypedDict("StopCampaignParameters", {"Id": S, "Id.$": str}, total=False)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCampaignChannelSubtypeConfigParameters = TypedDict(
    "UpdateCampaignChannelSubtypeConfigParameters",
    {
        "Id": S,
        "Id.$": str,
        "ChannelSubtypeConfig": X[ChannelSubtypeConfig],
        "ChannelSubtypeConfig.$": str,
    },
    total=False,
)
UpdateCampaignCommunicationLimitsParameters = TypedDict(
    "UpdateCampaignCommunicationLimitsParameters",
    {
        "Id": S,
        "Id.$": str,
        "CommunicationLimitsOverride": X[CommunicationLimitsConfig],
        "CommunicationLimitsOverride.$": str,
    },
    total=False,
)
UpdateCampaignCommunicationTimeParameters = TypedDict(
    "UpdateCampaignCommunicationTimeParameters",
    {
        "Id": S,
        "Id.$": str,
        "CommunicationTimeConfig": X[CommunicationTimeConfig],
        "CommunicationTimeConfig.$": str,
    },
    total=False,
)
UpdateCampaignEntryLimitsParameters = TypedDict(
    "UpdateCampaignEntryLimitsParameters",
    {"Id": S, "Id.$": str, "EntryLimitsConfig": X[EntryLimitsConfig], "EntryLimitsConfig.$": str},
    total=False,
)
UpdateCampaignFlowAssociationParameters = TypedDict(
    "UpdateCampaignFlowAssociationParameters",
    {"Id": S, "Id.$": str, "ConnectCampaignFlowArn": S, "ConnectCampaignFlowArn.$": str},
    total=False,
)
UpdateCampaignNameParameters = TypedDict(
    "UpdateCampaignNameParameters", {"Id": S, "Id.$": str, "Name": S, "Name.$": str}, total=False
)
UpdateCampaignScheduleParameters = TypedDict(
    "UpdateCampaignScheduleParameters",
    {"Id": S, "Id.$": str, "Schedule": X[Schedule], "Schedule.$": str},
    total=False,
)
UpdateCampaignSourceParameters = TypedDict(
    "UpdateCampaignSourceParameters",
    {"Id": S, "Id.$": str, "Source": X[Source], "Source.$": str},
    total=False,
)
create_campaign: Builder[CreateCampaignParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_campaign_channel_subtype_config: Builder[DeleteCampaignChannelSubtypeConfigParameters]
delete_campaign_communication_limits: Builder[DeleteCampaignCommunicationLimitsParameters]
delete_campaign_communication_time: Builder[DeleteCampaignCommunicationTimeParameters]
delete_campaign_entry_limits: Builder[DeleteCampaignEntryLimitsParameters]
delete_connect_instance_config: Builder[DeleteConnectInstanceConfigParameters]
delete_connect_instance_integration: Builder[DeleteConnectInstanceIntegrationParameters]
delete_instance_onboarding_job: Builder[DeleteInstanceOnboardingJobParameters]
describe_campaign: Builder[DescribeCampaignParameters]
get_campaign_state: Builder[GetCampaignStateParameters]
get_campaign_state_batch: Builder[GetCampaignStateBatchParameters]
get_connect_instance_config: Builder[GetConnectInstanceConfigParameters]
get_instance_communication_limits: Builder[GetInstanceCommunicationLimitsParameters]
get_instance_onboarding_job_status: Builder[GetInstanceOnboardingJobStatusParameters]
list_campaigns: Builder[ListCampaignsParameters]
list_connect_instance_integrations: Builder[ListConnectInstanceIntegrationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
pause_campaign: Builder[PauseCampaignParameters]
put_connect_instance_integration: Builder[PutConnectInstanceIntegrationParameters]
put_instance_communication_limits: Builder[PutInstanceCommunicationLimitsParameters]
put_outbound_request_batch: Builder[PutOutboundRequestBatchParameters]
put_profile_outbound_request_batch: Builder[PutProfileOutboundRequestBatchParameters]
resume_campaign: Builder[ResumeCampaignParameters]
start_campaign: Builder[StartCampaignParameters]
start_instance_onboarding_job: Builder[StartInstanceOnboardingJobParameters]
stop_campaign: Builder[StopCampaignParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_campaign_channel_subtype_config: Builder[UpdateCampaignChannelSubtypeConfigParameters]
update_campaign_communication_limits: Builder[UpdateCampaignCommunicationLimitsParameters]
update_campaign_communication_time: Builder[UpdateCampaignCommunicationTimeParameters]
update_campaign_entry_limits: Builder[UpdateCampaignEntryLimitsParameters]
update_campaign_flow_association: Builder[UpdateCampaignFlowAssociationParameters]
update_campaign_name: Builder[UpdateCampaignNameParameters]
update_campaign_schedule: Builder[UpdateCampaignScheduleParameters]
update_campaign_source: Builder[UpdateCampaignSourceParameters]

__all__ = [
    "create_campaign",
    "delete_campaign",
    "delete_campaign_channel_subtype_config",
    "delete_campaign_communication_limits",
    "delete_campaign_communication_time",
    "delete_campaign_entry_limits",
    "delete_connect_instance_config",
    "delete_connect_instance_integration",
    "delete_instance_onboarding_job",
    "describe_campaign",
    "get_campaign_state",
    "get_campaign_state_batch",
    "get_connect_instance_config",
    "get_instance_communication_limits",
    "get_instance_onboarding_job_status",
    "list_campaigns",
    "list_connect_instance_integrations",
    "list_tags_for_resource",
    "pause_campaign",
    "put_connect_instance_integration",
    "put_instance_communication_limits",
    "put_outbound_request_batch",
    "put_profile_outbound_request_batch",
    "resume_campaign",
    "start_campaign",
    "start_instance_onboarding_job",
    "stop_campaign",
    "tag_resource",
    "untag_resource",
    "update_campaign_channel_subtype_config",
    "update_campaign_communication_limits",
    "update_campaign_communication_time",
    "update_campaign_entry_limits",
    "update_campaign_flow_association",
    "update_campaign_name",
    "update_campaign_schedule",
    "update_campaign_source",
]
