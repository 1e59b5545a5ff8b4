"""Typed builders of the AWS SDK integration of pinpoint (``aws-sdk:pinpoint:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class CreateApplicationRequest(TypedDict, total=False):
    Name: S
    Tags: M[S]

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {"CreateApplicationRequest": X[CreateApplicationRequest], "CreateApplicationRequest.$": str},
    total=False,
)

class CustomDeliveryConfiguration(TypedDict, total=False):
    DeliveryUri: S
    EndpointTypes: L[Si]

class Message(TypedDict, total=False):
    Action: S
    Body: S
    ImageIconUrl: S
    ImageSmallIconUrl: S
    ImageUrl: S
    JsonBody: S
    MediaUrl: S
    RawContent: S
    SilentPush: B
    TimeToLive: I
    Title: S
    Url: S

class CampaignCustomMessage(TypedDict, total=False):
    Data: S

class MessageHeader(TypedDict, total=False):
    Name: S
    Value: S

class CampaignEmailMessage(TypedDict, total=False):
    Body: S
    FromAddress: S
    Headers: L[Xi[MessageHeader]]
    HtmlBody: S
    Title: S

class CampaignSmsMessage(TypedDict, total=False):
    Body: S
    MessageType: S
    OriginationNumber: S
    SenderId: S
    EntityId: S
    TemplateId: S

class InAppMessageBodyConfig(TypedDict, total=False):
    Alignment: S
    Body: S
    TextColor: S

class InAppMessageHeaderConfig(TypedDict, total=False):
    Alignment: S
    Header: S
    TextColor: S

class OverrideButtonConfiguration(TypedDict, total=False):
    ButtonAction: S
    Link: S

class DefaultButtonConfiguration(TypedDict, total=False):
    BackgroundColor: S
    BorderRadius: I
    ButtonAction: S
    Link: S
    Text: S
    TextColor: S

class InAppMessageButton(TypedDict, total=False):
    Android: X[OverrideButtonConfiguration]
    DefaultConfig: X[DefaultButtonConfiguration]
    Ios: X[OverrideButtonConfiguration]
    Web: X[OverrideButtonConfiguration]

class InAppMessageContent(TypedDict, total=False):
    BackgroundColor: S
    BodyConfig: X[InAppMessageBodyConfig]
    HeaderConfig: X[InAppMessageHeaderConfig]
    ImageUrl: S
    PrimaryBtn: X[InAppMessageButton]
    SecondaryBtn: X[InAppMessageButton]

class CampaignInAppMessage(TypedDict, total=False):
    Body: S
    Content: L[Xi[InAppMessageContent]]
    CustomConfig: M[S]
    Layout: S

class MessageConfiguration(TypedDict, total=False):
    AdmMessage: X[Message]
    ApnsMessage: X[Message]
    BaiduMessage: X[Message]
    CustomMessage: X[CampaignCustomMessage]
    DefaultMessage: X[Message]
    EmailMessage: X[CampaignEmailMessage]
    GcmMessage: X[Message]
    SmsMessage: X[CampaignSmsMessage]
    InAppMessage: X[CampaignInAppMessage]

class AttributeDimension(TypedDict, total=False):
    AttributeType: S
    Values: L[Si]

class SetDimension(TypedDict, total=False):
    DimensionType: S
    Values: L[Si]

class MetricDimension(TypedDict, total=False):
    ComparisonOperator: S
    Value: F

class EventDimensions(TypedDict, total=False):
    Attributes: M[X[AttributeDimension]]
    EventType: X[SetDimension]
    Metrics: M[X[MetricDimension]]

class CampaignEventFilter(TypedDict, total=False):
    Dimensions: X[EventDimensions]
    FilterType: S

class QuietTime(TypedDict, total=False):
    End: S
    Start: S

class Schedule(TypedDict, total=False):
    EndTime: S
    EventFilter: X[CampaignEventFilter]
    Frequency: S
    IsLocalTime: B
    QuietTime: X[QuietTime]
    StartTime: S
    Timezone: S

class Template(TypedDict, total=False):
    Name: S
    Version: S

class TemplateConfiguration(TypedDict, total=False):
    EmailTemplate: X[Template]
    PushTemplate: X[Template]
    SmsTemplate: X[Template]
    VoiceTemplate: X[Template]
    InAppTemplate: X[Template]

class WriteTreatmentResource(TypedDict, total=False):
    CustomDeliveryConfiguration: X[CustomDeliveryConfiguration]
    MessageConfiguration: X[MessageConfiguration]
    Schedule: X[Schedule]
    SizePercent: I
    TemplateConfiguration: X[TemplateConfiguration]
    TreatmentDescription: S
    TreatmentName: S

class CampaignHook(TypedDict, total=False):
    LambdaFunctionName: S
    Mode: S
    WebUrl: S

class CampaignLimits(TypedDict, total=False):
    Daily: I
    MaximumDuration: I
    MessagesPerSecond: I
    Total: I
    Session: I

class WriteCampaignRequest(TypedDict, total=False):
    AdditionalTreatments: L[Xi[WriteTreatmentResource]]
    CustomDeliveryConfiguration: X[CustomDeliveryConfiguration]
    Description: S
    HoldoutPercent: I
    Hook: X[CampaignHook]
    IsPaused: B
    Limits: X[CampaignLimits]
    MessageConfiguration: X[MessageConfiguration]
    Name: S
    Schedule: X[Schedule]
    SegmentId: S
    SegmentVersion: I
    Tags: M[S]
    TemplateConfiguration: X[TemplateConfiguration]
    TreatmentDescription: S
    TreatmentName: S
    Priority: I

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WriteCampaignRequest": X[WriteCampaignRequest],
        "WriteCampaignRequest.$": str,
    },
    total=False,
)

class EmailTemplateRequest(TypedDict, total=False):
    DefaultSubstitutions: S
    HtmlPart: S
    RecommenderId: S
    Subject: S
    Headers: L[Xi[MessageHeader]]
    Tags: M[S]
    TemplateDescription: S
    TextPart: S

CreateEmailTemplateParameters = TypedDict(
    "CreateEmailTemplateParameters",
    {
        "EmailTemplateRequest": X[EmailTemplateRequest],
        "EmailTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)

class ExportJobRequest(TypedDict, total=False):
    RoleArn: S
    S3UrlPrefix: S
    SegmentId: S
    SegmentVersion: I

CreateExportJobParameters = TypedDict(
    "CreateExportJobParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ExportJobRequest": X[ExportJobRequest],
        "ExportJobRequest.$": str,
    },
    total=False,
)

class ImportJobRequest(TypedDict, total=False):
    DefineSegment: B
    ExternalId: S
    Format: S
    RegisterEndpoints: B
    RoleArn: S
    S3Url: S
    SegmentId: S
    SegmentName: S

CreateImportJobParameters = TypedDict(
    "CreateImportJobParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ImportJobRequest": X[ImportJobRequest],
        "ImportJobRequest.$": str,
    },
    total=False,
)

class InAppTemplateRequest(TypedDict, total=False):
    Content: L[Xi[InAppMessageContent]]
    CustomConfig: M[S]
    Layout: S
    Tags: M[S]
    TemplateDescription: S

CreateInAppTemplateParameters = TypedDict(
    "CreateInAppTemplateParameters",
    {
        "InAppTemplateRequest": X[InAppTemplateRequest],
        "InAppTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)

class JourneyCustomMessage(TypedDict, total=False):
    Data: S

class CustomMessageActivity(TypedDict, total=False):
    DeliveryUri: S
    EndpointTypes: L[Si]
    MessageConfig: X[JourneyCustomMessage]
    NextActivity: S
    TemplateName: S
    TemplateVersion: S

class EventCondition(TypedDict, total=False):
    Dimensions: X[EventDimensions]
    MessageActivity: S

class SegmentCondition(TypedDict, total=False):
    SegmentId: S

class RecencyDimension(TypedDict, total=False):
    Duration: S
    RecencyType: S

class SegmentBehaviors(TypedDict, total=False):
    Recency: X[RecencyDimension]

class SegmentDemographics(TypedDict, total=False):
    AppVersion: X[SetDimension]
    Channel: X[SetDimension]
    DeviceType: X[SetDimension]
    Make: X[SetDimension]
    Model: X[SetDimension]
    Platform: X[SetDimension]

class GPSCoordinates(TypedDict, total=False):
    Latitude: F
    Longitude: F

class GPSPointDimension(TypedDict, total=False):
    Coordinates: X[GPSCoordinates]
    RangeInKilometers: F

class SegmentLocation(TypedDict, total=False):
    Country: X[SetDimension]
    GpsPoint: X[GPSPointDimension]

class SegmentDimensions(TypedDict, total=False):
    Attributes: M[X[AttributeDimension]]
    Behavior: X[SegmentBehaviors]
    Demographic: X[SegmentDemographics]
    Location: X[SegmentLocation]
    Metrics: M[X[MetricDimension]]
    UserAttributes: M[X[AttributeDimension]]

class SimpleCondition(TypedDict, total=False):
    EventCondition: X[EventCondition]
    SegmentCondition: X[SegmentCondition]
    SegmentDimensions: X[SegmentDimensions]

class Condition(TypedDict, total=False):
    Conditions: L[Xi[SimpleCondition]]
    Operator: S

class WaitTime(TypedDict, total=False):
    WaitFor: S
    WaitUntil: S

class ConditionalSplitActivity(TypedDict, total=False):
    Condition: X[Condition]
    EvaluationWaitTime: X[WaitTime]
    FalseActivity: S
    TrueActivity: S

class JourneyEmailMessage(TypedDict, total=False):
    FromAddress: S

class EmailMessageActivity(TypedDict, total=False):
    MessageConfig: X[JourneyEmailMessage]
    NextActivity: S
    TemplateName: S
    TemplateVersion: S

class HoldoutActivity(TypedDict, total=False):
    NextActivity: S
    Percentage: I

class MultiConditionalBranch(TypedDict, total=False):
    Condition: X[SimpleCondition]
    NextActivity: S

class MultiConditionalSplitActivity(TypedDict, total=False):
    Branches: L[Xi[MultiConditionalBranch]]
    DefaultActivity: S
    EvaluationWaitTime: X[WaitTime]

class JourneyPushMessage(TypedDict, total=False):
    TimeToLive: S

class PushMessageActivity(TypedDict, total=False):
    MessageConfig: X[JourneyPushMessage]
    NextActivity: S
    TemplateName: S
    TemplateVersion: S

class RandomSplitEntry(TypedDict, total=False):
    NextActivity: S
    Percentage: I

class RandomSplitActivity(TypedDict, total=False):
    Branches: L[Xi[RandomSplitEntry]]

class JourneySMSMessage(TypedDict, total=False):
    MessageType: S
    OriginationNumber: S
    SenderId: S
    EntityId: S
    TemplateId: S

class SMSMessageActivity(TypedDict, total=False):
    MessageConfig: X[JourneySMSMessage]
    NextActivity: S
    TemplateName: S
    TemplateVersion: S

class WaitActivity(TypedDict, total=False):
    NextActivity: S
    WaitTime: X[WaitTime]

class ContactCenterActivity(TypedDict, total=False):
    NextActivity: S

class Activity(TypedDict, total=False):
    Custom: X[CustomMessageActivity]
    ConditionalSplit: X[ConditionalSplitActivity]
    Description: S
    Email: X[EmailMessageActivity]
    Holdout: X[HoldoutActivity]
    MultiCondition: X[MultiConditionalSplitActivity]
    Push: X[PushMessageActivity]
    RandomSplit: X[RandomSplitActivity]
    Sms: X[SMSMessageActivity]
    WaitValue: X[WaitActivity]
    ContactCenter: X[ContactCenterActivity]

class JourneyTimeframeCap(TypedDict, total=False):
    Cap: I
    Days: I

class JourneyLimits(TypedDict, total=False):
    DailyCap: I
    EndpointReentryCap: I
    MessagesPerSecond: I
    EndpointReentryInterval: S
    TimeframeCap: X[JourneyTimeframeCap]
    TotalCap: I

class JourneySchedule(TypedDict, total=False):
    EndTime: T
    StartTime: T
    Timezone: S

class EventFilter(TypedDict, total=False):
    Dimensions: X[EventDimensions]
    FilterType: S

class EventStartCondition(TypedDict, total=False):
    EventFilter: X[EventFilter]
    SegmentId: S

class StartCondition(TypedDict, total=False):
    Description: S
    EventStartCondition: X[EventStartCondition]
    SegmentStartCondition: X[SegmentCondition]

class JourneyChannelSettings(TypedDict, total=False):
    ConnectCampaignArn: S
    ConnectCampaignExecutionRoleArn: S

class OpenHoursRule(TypedDict, total=False):
    StartTime: S
    EndTime: S

class OpenHours(TypedDict, total=False):
    Email: M[L[Xi[OpenHoursRule]]]
    Sms: M[L[Xi[OpenHoursRule]]]
    Push: M[L[Xi[OpenHoursRule]]]
    Voice: M[L[Xi[OpenHoursRule]]]
    Custom: M[L[Xi[OpenHoursRule]]]

class ClosedDaysRule(TypedDict, total=False):
    Name: S
    StartDateTime: S
    EndDateTime: S

class ClosedDays(TypedDict, total=False):
    Email: L[Xi[ClosedDaysRule]]
    Sms: L[Xi[ClosedDaysRule]]
    Push: L[Xi[ClosedDaysRule]]
    Voice: L[Xi[ClosedDaysRule]]
    Custom: L[Xi[ClosedDaysRule]]

class WriteJourneyRequest(TypedDict, total=False):
    Activities: M[X[Activity]]
    CreationDate: S
    LastModifiedDate: S
    Limits: X[JourneyLimits]
    LocalTime: B
    Name: S
    QuietTime: X[QuietTime]
    RefreshFrequency: S
    Schedule: X[JourneySchedule]
    StartActivity: S
    StartCondition: X[StartCondition]
    State: S
    WaitForQuietTime: B
    RefreshOnSegmentUpdate: B
    JourneyChannelSettings: X[JourneyChannelSettings]
    SendingSchedule: B
    OpenHours: X[OpenHours]
    ClosedDays: X[ClosedDays]
    TimezoneEstimationMethods: L[Si]

CreateJourneyParameters = TypedDict(
    "CreateJourneyParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WriteJourneyRequest": X[WriteJourneyRequest],
        "WriteJourneyRequest.$": str,
    },
    total=False,
)

class AndroidPushNotificationTemplate(TypedDict, total=False):
    Action: S
    Body: S
    ImageIconUrl: S
    ImageUrl: S
    RawContent: S
    SmallImageIconUrl: S
    Sound: S
    Title: S
    Url: S

class APNSPushNotificationTemplate(TypedDict, total=False):
    Action: S
    Body: S
    MediaUrl: S
    RawContent: S
    Sound: S
    Title: S
    Url: S

class DefaultPushNotificationTemplate(TypedDict, total=False):
    Action: S
    Body: S
    Sound: S
    Title: S
    Url: S

class PushNotificationTemplateRequest(TypedDict, total=False):
    Adm: X[AndroidPushNotificationTemplate]
    Apns: X[APNSPushNotificationTemplate]
    Baidu: X[AndroidPushNotificationTemplate]
    DefaultValue: X[DefaultPushNotificationTemplate]
    DefaultSubstitutions: S
    Gcm: X[AndroidPushNotificationTemplate]
    RecommenderId: S
    Tags: M[S]
    TemplateDescription: S

CreatePushTemplateParameters = TypedDict(
    "CreatePushTemplateParameters",
    {
        "PushNotificationTemplateRequest": X[PushNotificationTemplateRequest],
        "PushNotificationTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)

class CreateRecommenderConfiguration(TypedDict, total=False):
    Attributes: M[S]
    Description: S
    Name: S
    RecommendationProviderIdType: S
    RecommendationProviderRoleArn: S
    RecommendationProviderUri: S
    RecommendationTransformerUri: S
    RecommendationsDisplayName: S
    RecommendationsPerMessage: I

CreateRecommenderConfigurationParameters = TypedDict(
    "CreateRecommenderConfigurationParameters",
    {
        "CreateRecommenderConfiguration": X[CreateRecommenderConfiguration],
        "CreateRecommenderConfiguration.$": str,
    },
    total=False,
)

class SegmentReference(TypedDict, total=False):
    Id: S
    Version: I

class SegmentGroup(TypedDict, total=False):
    Dimensions: L[Xi[SegmentDimensions]]
    SourceSegments: L[Xi[SegmentReference]]
    SourceType: S
    Type: S

class SegmentGroupList(TypedDict, total=False):
    Groups: L[Xi[SegmentGroup]]
    Include: S

class WriteSegmentRequest(TypedDict, total=False):
    Dimensions: X[SegmentDimensions]
    Name: S
    SegmentGroups: X[SegmentGroupList]
    Tags: M[S]

CreateSegmentParameters = TypedDict(
    "CreateSegmentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WriteSegmentRequest": X[WriteSegmentRequest],
        "WriteSegmentRequest.$": str,
    },
    total=False,
)

class SMSTemplateRequest(TypedDict, total=False):
    Body: S
    DefaultSubstitutions: S
    RecommenderId: S
    Tags: M[S]
    TemplateDescription: S

CreateSmsTemplateParameters = TypedDict(
    "CreateSmsTemplateParameters",
    {
        "SmsTemplateRequest": X[SMSTemplateRequest],
        "SmsTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)

class VoiceTemplateRequest(TypedDict, total=False):
    Body: S
    DefaultSubstitutions: S
    LanguageCode: S
    Tags: M[S]
    TemplateDescription: S
    VoiceId: S

CreateVoiceTemplateParameters = TypedDict(
    "CreateVoiceTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "VoiceTemplateRequest": X[VoiceTemplateRequest],
        "VoiceTemplateRequest.$": str,
    },
    total=False,
)
DeleteAdmChannelParameters = TypedDict(
    "DeleteAdmChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteApnsChannelParameters = TypedDict(
    "DeleteApnsChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteApnsSandboxChannelParameters = TypedDict(
    "DeleteApnsSandboxChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteApnsVoipChannelParameters = TypedDict(
    "DeleteApnsVoipChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteApnsVoipSandboxChannelParameters = TypedDict(
    "DeleteApnsVoipSandboxChannelParameters",
    {"ApplicationId": S, "ApplicationId.$": str},
    total=False,
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteBaiduChannelParameters = TypedDict(
    "DeleteBaiduChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "CampaignId": S, "CampaignId.$": str},
    total=False,
)
DeleteEmailChannelParameters = TypedDict(
    "DeleteEmailChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteEmailTemplateParameters = TypedDict(
    "DeleteEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "EndpointId": S, "EndpointId.$": str},
    total=False,
)
DeleteEventStreamParameters = TypedDict(
    "DeleteEventStreamParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteGcmChannelParameters = TypedDict(
    "DeleteGcmChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteInAppTemplateParameters = TypedDict(
    "DeleteInAppTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteJourneyParameters = TypedDict(
    "DeleteJourneyParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "JourneyId": S, "JourneyId.$": str},
    total=False,
)
DeletePushTemplateParameters = TypedDict(
    "DeletePushTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteRecommenderConfigurationParameters = TypedDict(
    "DeleteRecommenderConfigurationParameters",
    {"RecommenderId": S, "RecommenderId.$": str},
    total=False,
)
DeleteSegmentParameters = TypedDict(
    "DeleteSegmentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SegmentId": S, "SegmentId.$": str},
    total=False,
)
DeleteSmsChannelParameters = TypedDict(
    "DeleteSmsChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteSmsTemplateParameters = TypedDict(
    "DeleteSmsTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteUserEndpointsParameters = TypedDict(
    "DeleteUserEndpointsParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DeleteVoiceChannelParameters = TypedDict(
    "DeleteVoiceChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteVoiceTemplateParameters = TypedDict(
    "DeleteVoiceTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetAdmChannelParameters = TypedDict(
    "GetAdmChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApnsChannelParameters = TypedDict(
    "GetApnsChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApnsSandboxChannelParameters = TypedDict(
    "GetApnsSandboxChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApnsVoipChannelParameters = TypedDict(
    "GetApnsVoipChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApnsVoipSandboxChannelParameters = TypedDict(
    "GetApnsVoipSandboxChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetAppParameters = TypedDict(
    "GetAppParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApplicationDateRangeKpiParameters = TypedDict(
    "GetApplicationDateRangeKpiParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KpiName": S,
        "KpiName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
GetApplicationSettingsParameters = TypedDict(
    "GetApplicationSettingsParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetAppsParameters = TypedDict(
    "GetAppsParameters", {"PageSize": S, "PageSize.$": str, "Token": S, "Token.$": str}, total=False
)
GetBaiduChannelParameters = TypedDict(
    "GetBaiduChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetCampaignParameters = TypedDict(
    "GetCampaignParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "CampaignId": S, "CampaignId.$": str},
    total=False,
)
GetCampaignActivitiesParameters = TypedDict(
    "GetCampaignActivitiesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetCampaignDateRangeKpiParameters = TypedDict(
    "GetCampaignDateRangeKpiParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KpiName": S,
        "KpiName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
GetCampaignVersionParameters = TypedDict(
    "GetCampaignVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
GetCampaignVersionsParameters = TypedDict(
    "GetCampaignVersionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetCampaignsParameters = TypedDict(
    "GetCampaignsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetChannelsParameters = TypedDict(
    "GetChannelsParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetEmailChannelParameters = TypedDict(
    "GetEmailChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetEmailTemplateParameters = TypedDict(
    "GetEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetEndpointParameters = TypedDict(
    "GetEndpointParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "EndpointId": S, "EndpointId.$": str},
    total=False,
)
GetEventStreamParameters = TypedDict(
    "GetEventStreamParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetExportJobParameters = TypedDict(
    "GetExportJobParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetExportJobsParameters = TypedDict(
    "GetExportJobsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetGcmChannelParameters = TypedDict(
    "GetGcmChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetImportJobParameters = TypedDict(
    "GetImportJobParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetImportJobsParameters = TypedDict(
    "GetImportJobsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetInAppMessagesParameters = TypedDict(
    "GetInAppMessagesParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "EndpointId": S, "EndpointId.$": str},
    total=False,
)
GetInAppTemplateParameters = TypedDict(
    "GetInAppTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetJourneyParameters = TypedDict(
    "GetJourneyParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "JourneyId": S, "JourneyId.$": str},
    total=False,
)
GetJourneyDateRangeKpiParameters = TypedDict(
    "GetJourneyDateRangeKpiParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "KpiName": S,
        "KpiName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
GetJourneyExecutionActivityMetricsParameters = TypedDict(
    "GetJourneyExecutionActivityMetricsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyActivityId": S,
        "JourneyActivityId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
    },
    total=False,
)
GetJourneyExecutionMetricsParameters = TypedDict(
    "GetJourneyExecutionMetricsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
    },
    total=False,
)
GetJourneyRunExecutionActivityMetricsParameters = TypedDict(
    "GetJourneyRunExecutionActivityMetricsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyActivityId": S,
        "JourneyActivityId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "RunId": S,
        "RunId.$": str,
    },
    total=False,
)
GetJourneyRunExecutionMetricsParameters = TypedDict(
    "GetJourneyRunExecutionMetricsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "RunId": S,
        "RunId.$": str,
    },
    total=False,
)
GetJourneyRunsParameters = TypedDict(
    "GetJourneyRunsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetPushTemplateParameters = TypedDict(
    "GetPushTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetRecommenderConfigurationParameters = TypedDict(
    "GetRecommenderConfigurationParameters",
    {"RecommenderId": S, "RecommenderId.$": str},
    total=False,
)
GetRecommenderConfigurationsParameters = TypedDict(
    "GetRecommenderConfigurationsParameters",
    {"PageSize": S, "PageSize.$": str, "Token": S, "Token.$": str},
    total=False,
)
GetSegmentParameters = TypedDict(
    "GetSegmentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SegmentId": S, "SegmentId.$": str},
    total=False,
)
GetSegmentExportJobsParameters = TypedDict(
    "GetSegmentExportJobsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "SegmentId": S,
        "SegmentId.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetSegmentImportJobsParameters = TypedDict(
    "GetSegmentImportJobsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "SegmentId": S,
        "SegmentId.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetSegmentVersionParameters = TypedDict(
    "GetSegmentVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SegmentId": S,
        "SegmentId.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
GetSegmentVersionsParameters = TypedDict(
    "GetSegmentVersionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "SegmentId": S,
        "SegmentId.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetSegmentsParameters = TypedDict(
    "GetSegmentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetSmsChannelParameters = TypedDict(
    "GetSmsChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetSmsTemplateParameters = TypedDict(
    "GetSmsTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetUserEndpointsParameters = TypedDict(
    "GetUserEndpointsParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
GetVoiceChannelParameters = TypedDict(
    "GetVoiceChannelParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetVoiceTemplateParameters = TypedDict(
    "GetVoiceTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "Version": S, "Version.$": str},
    total=False,
)
ListJourneysParameters = TypedDict(
    "ListJourneysParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTemplateVersionsParameters = TypedDict(
    "ListTemplateVersionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
    },
    total=False,
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": S,
        "PageSize.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
    },
    total=False,
)

class NumberValidateRequest(TypedDict, total=False):
    IsoCountryCode: S
    PhoneNumber: S

PhoneNumberValidateParameters = TypedDict(
    "PhoneNumberValidateParameters",
    {"NumberValidateRequest": X[NumberValidateRequest], "NumberValidateRequest.$": str},
    total=False,
)

class WriteEventStream(TypedDict, total=False):
    DestinationStreamArn: S
    RoleArn: S

PutEventStreamParameters = TypedDict(
    "PutEventStreamParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WriteEventStream": X[WriteEventStream],
        "WriteEventStream.$": str,
    },
    total=False,
)

class EndpointDemographic(TypedDict, total=False):
    AppVersion: S
    Locale: S
    Make: S
    Model: S
    ModelVersion: S
    Platform: S
    PlatformVersion: S
    Timezone: S

class EndpointLocation(TypedDict, total=False):
    City: S
    Country: S
    Latitude: F
    Longitude: F
    PostalCode: S
    Region: S

class EndpointUser(TypedDict, total=False):
    UserAttributes: M[L[Si]]
    UserId: S

class PublicEndpoint(TypedDict, total=False):
    Address: S
    Attributes: M[L[Si]]
    ChannelType: S
    Demographic: X[EndpointDemographic]
    EffectiveDate: S
    EndpointStatus: S
    Location: X[EndpointLocation]
    Metrics: M[F]
    OptOut: S
    RequestId: S
    User: X[EndpointUser]

class Session(TypedDict, total=False):
    Duration: I
    Id: S
    StartTimestamp: S
    StopTimestamp: S

class Event(TypedDict, total=False):
    AppPackageName: S
    AppTitle: S
    AppVersionCode: S
    Attributes: M[S]
    ClientSdkVersion: S
    EventType: S
    Metrics: M[F]
    SdkName: S
    Session: X[Session]
    Timestamp: S

class EventsBatch(TypedDict, total=False):
    Endpoint: X[PublicEndpoint]
    Events: M[X[Event]]

class EventsRequest(TypedDict, total=False):
    BatchItem: M[X[EventsBatch]]

PutEventsParameters = TypedDict(
    "PutEventsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EventsRequest": X[EventsRequest],
        "EventsRequest.$": str,
    },
    total=False,
)

class UpdateAttributesRequest(TypedDict, total=False):
    Blacklist: L[Si]

RemoveAttributesParameters = TypedDict(
    "RemoveAttributesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AttributeType": S,
        "AttributeType.$": str,
        "UpdateAttributesRequest": X[UpdateAttributesRequest],
        "UpdateAttributesRequest.$": str,
    },
    total=False,
)

class AddressConfiguration(TypedDict, total=False):
    BodyOverride: S
    ChannelType: S
    Context: M[S]
    RawContent: S
    Substitutions: M[L[Si]]
    TitleOverride: S

class EndpointSendConfiguration(TypedDict, total=False):
    BodyOverride: S
    Context: M[S]
    RawContent: S
    Substitutions: M[L[Si]]
    TitleOverride: S

class ADMMessage(TypedDict, total=False):
    Action: S
    Body: S
    ConsolidationKey: S
    Data: M[S]
    ExpiresAfter: S
    IconReference: S
    ImageIconUrl: S
    ImageUrl: S
    Md5: S
    RawContent: S
    SilentPush: B
    SmallImageIconUrl: S
    Sound: S
    Substitutions: M[L[Si]]
    Title: S
    Url: S

class APNSMessage(TypedDict, total=False):
    ApnsPushType: S
    Action: S
    Badge: I
    Body: S
    Category: S
    CollapseId: S
    Data: M[S]
    MediaUrl: S
    PreferredAuthenticationMethod: S
    Priority: S
    RawContent: S
    SilentPush: B
    Sound: S
    Substitutions: M[L[Si]]
    ThreadId: S
    TimeToLive: I
    Title: S
    Url: S

class BaiduMessage(TypedDict, total=False):
    Action: S
    Body: S
    Data: M[S]
    IconReference: S
    ImageIconUrl: S
    ImageUrl: S
    RawContent: S
    SilentPush: B
    SmallImageIconUrl: S
    Sound: S
    Substitutions: M[L[Si]]
    TimeToLive: I
    Title: S
    Url: S

class DefaultMessage(TypedDict, total=False):
    Body: S
    Substitutions: M[L[Si]]

class DefaultPushNotificationMessage(TypedDict, total=False):
    Action: S
    Body: S
    Data: M[S]
    SilentPush: B
    Substitutions: M[L[Si]]
    Title: S
    Url: S

class RawEmail(TypedDict, total=False):
    Data: S

class SimpleEmailPart(TypedDict, total=False):
    Charset: S
    Data: S

class SimpleEmail(TypedDict, total=False):
    HtmlPart: X[SimpleEmailPart]
    Subject: X[SimpleEmailPart]
    TextPart: X[SimpleEmailPart]
    Headers: L[Xi[MessageHeader]]

class EmailMessage(TypedDict, total=False):
    Body: S
    FeedbackForwardingAddress: S
    FromAddress: S
    RawEmail: X[RawEmail]
    ReplyToAddresses: L[Si]
    SimpleEmail: X[SimpleEmail]
    Substitutions: M[L[Si]]

class GCMMessage(TypedDict, total=False):
    Action: S
    Body: S
    CollapseKey: S
    Data: M[S]
    IconReference: S
    ImageIconUrl: S
    ImageUrl: S
    PreferredAuthenticationMethod: S
    Priority: S
    RawContent: S
    RestrictedPackageName: S
    SilentPush: B
    SmallImageIconUrl: S
    Sound: S
    Substitutions: M[L[Si]]
    TimeToLive: I
    Title: S
    Url: S

class SMSMessage(TypedDict, total=False):
    Body: S
    Keyword: S
    MediaUrl: S
    MessageType: S
    OriginationNumber: S
    SenderId: S
    Substitutions: M[L[Si]]
    EntityId: S
    TemplateId: S

class VoiceMessage(TypedDict, total=False):
    Body: S
    LanguageCode: S
    OriginationNumber: S
    Substitutions: M[L[Si]]
    VoiceId: S

class DirectMessageConfiguration(TypedDict, total=False):
    AdmMessage: X[ADMMessage]
    ApnsMessage: X[APNSMessage]
    BaiduMessage: X[BaiduMessage]
    DefaultMessage: X[DefaultMessage]
    DefaultPushNotificationMessage: X[DefaultPushNotificationMessage]
    EmailMessage: X[EmailMessage]
    GcmMessage: X[GCMMessage]
    SmsMessage: X[SMSMessage]
    VoiceMessage: X[VoiceMessage]

class MessageRequest(TypedDict, total=False):
    Addresses: M[X[AddressConfiguration]]
    Context: M[S]
    Endpoints: M[X[EndpointSendConfiguration]]
    MessageConfiguration: X[DirectMessageConfiguration]
    TemplateConfiguration: X[TemplateConfiguration]
    TraceId: S

SendMessagesParameters = TypedDict(
    "SendMessagesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MessageRequest": X[MessageRequest],
        "MessageRequest.$": str,
    },
    total=False,
)

class SendOTPMessageRequestParameters(TypedDict, total=False):
    AllowedAttempts: I
    BrandName: S
    Channel: S
    CodeLength: I
    DestinationIdentity: S
    EntityId: S
    Language: S
    OriginationIdentity: S
    ReferenceId: S
    TemplateId: S
    ValidityPeriod: I

SendOTPMessageParameters = TypedDict(
    "SendOTPMessageParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SendOTPMessageRequestParameters": X[SendOTPMessageRequestParameters],
        "SendOTPMessageRequestParameters.$": str,
    },
    total=False,
)

class SendUsersMessageRequest(TypedDict, total=False):
    Context: M[S]
    MessageConfiguration: X[DirectMessageConfiguration]
    TemplateConfiguration: X[TemplateConfiguration]
    TraceId: S
    Users: M[X[EndpointSendConfiguration]]

SendUsersMessagesParameters = TypedDict(
    "SendUsersMessagesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SendUsersMessageRequest": X[SendUsersMessageRequest],
        "SendUsersMessageRequest.$": str,
    },
    total=False,
)

class TagsModel(TypedDict, total=False):
    Tags: M[S]

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagsModel": X[TagsModel], "TagsModel.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class ADMChannelRequest(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    Enabled: B

UpdateAdmChannelParameters = TypedDict(
    "UpdateAdmChannelParameters",
    {
        "AdmChannelRequest": X[ADMChannelRequest],
        "AdmChannelRequest.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)

class APNSChannelRequest(TypedDict, total=False):
    BundleId: S
    Certificate: S
    DefaultAuthenticationMethod: S
    Enabled: B
    PrivateKey: S
    TeamId: S
    TokenKey: S
    TokenKeyId: S

UpdateApnsChannelParameters = TypedDict(
    "UpdateApnsChannelParameters",
    {
        "ApnsChannelRequest": X[APNSChannelRequest],
        "ApnsChannelRequest.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)

class APNSSandboxChannelRequest(TypedDict, total=False):
    BundleId: S
    Certificate: S
    DefaultAuthenticationMethod: S
    Enabled: B
    PrivateKey: S
    TeamId: S
    TokenKey: S
    TokenKeyId: S

UpdateApnsSandboxChannelParameters = TypedDict(
    "UpdateApnsSandboxChannelParameters",
    {
        "ApnsSandboxChannelRequest": X[APNSSandboxChannelRequest],
        "ApnsSandboxChannelRequest.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)

class APNSVoipChannelRequest(TypedDict, total=False):
    BundleId: S
    Certificate: S
    DefaultAuthenticationMethod: S
    Enabled: B
    PrivateKey: S
    TeamId: S
    TokenKey: S
    TokenKeyId: S

UpdateApnsVoipChannelParameters = TypedDict(
    "UpdateApnsVoipChannelParameters",
    {
        "ApnsVoipChannelRequest": X[APNSVoipChannelRequest],
        "ApnsVoipChannelRequest.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)

class APNSVoipSandboxChannelRequest(TypedDict, total=False):
    BundleId: S
    Certificate: S
    DefaultAuthenticationMethod: S
    Enabled: B
    PrivateKey: S
    TeamId: S
    TokenKey: S
    TokenKeyId: S

UpdateApnsVoipSandboxChannelParameters = TypedDict(
    "UpdateApnsVoipSandboxChannelParameters",
    {
        "ApnsVoipSandboxChannelRequest": X[APNSVoipSandboxChannelRequest],
        "ApnsVoipSandboxChannelRequest.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
    },
    total=False,
)

class ApplicationSettingsJourneyLimits(TypedDict, total=False):
    DailyCap: I
    TimeframeCap: X[JourneyTimeframeCap]
    TotalCap: I

class WriteApplicationSettingsRequest(TypedDict, total=False):
    CampaignHook: X[CampaignHook]
    CloudWatchMetricsEnabled: B
    EventTaggingEnabled: B
    Limits: X[CampaignLimits]
    QuietTime: X[QuietTime]
    JourneyLimits: X[ApplicationSettingsJourneyLimits]

UpdateApplicationSettingsParameters = TypedDict(
    "UpdateApplicationSettingsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WriteApplicationSettingsRequest": X[WriteApplicationSettingsRequest],
        "WriteApplicationSettingsRequest.$": str,
    },
    total=False,
)

class BaiduChannelRequest(TypedDict, total=False):
    ApiKey: S
    Enabled: B
    SecretKey: S

UpdateBaiduChannelParameters = TypedDict(
    "UpdateBaiduChannelParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "BaiduChannelRequest": X[BaiduChannelRequest],
        "BaiduChannelRequest.$": str,
    },
    total=False,
)
UpdateCampaignParameters = TypedDict(
    "UpdateCampaignParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CampaignId": S,
        "CampaignId.$": str,
        "WriteCampaignRequest": X[WriteCampaignRequest],
        "WriteCampaignRequest.$": str,
    },
    total=False,
)

class EmailChannelRequest(TypedDict, total=False):
    ConfigurationSet: S
    Enabled: B
    FromAddress: S
    Identity: S
    RoleArn: S
    OrchestrationSendingRoleArn: S

UpdateEmailChannelParameters = TypedDict(
    "UpdateEmailChannelParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EmailChannelRequest": X[EmailChannelRequest],
        "EmailChannelRequest.$": str,
    },
    total=False,
)
UpdateEmailTemplateParameters = TypedDict(
    "UpdateEmailTemplateParameters",
    {
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "EmailTemplateRequest": X[EmailTemplateRequest],
        "EmailTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)

class EndpointRequest(TypedDict, total=False):
    Address: S
    Attributes: M[L[Si]]
    ChannelType: S
    Demographic: X[EndpointDemographic]
    EffectiveDate: S
    EndpointStatus: S
    Location: X[EndpointLocation]
    Metrics: M[F]
    OptOut: S
    RequestId: S
    User: X[EndpointUser]

UpdateEndpointParameters = TypedDict(
    "UpdateEndpointParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "EndpointRequest": X[EndpointRequest],
        "EndpointRequest.$": str,
    },
    total=False,
)

class EndpointBatchItem(TypedDict, total=False):
    Address: S
    Attributes: M[L[Si]]
    ChannelType: S
    Demographic: X[EndpointDemographic]
    EffectiveDate: S
    EndpointStatus: S
    Id: S
    Location: X[EndpointLocation]
    Metrics: M[F]
    OptOut: S
    RequestId: S
    User: X[EndpointUser]

class EndpointBatchRequest(TypedDict, total=False):
    Item: L[Xi[EndpointBatchItem]]

UpdateEndpointsBatchParameters = TypedDict(
    "UpdateEndpointsBatchParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EndpointBatchRequest": X[EndpointBatchRequest],
        "EndpointBatchRequest.$": str,
    },
    total=False,
)

class GCMChannelRequest(TypedDict, total=False):
    ApiKey: S
    DefaultAuthenticationMethod: S
    Enabled: B
    ServiceJson: S

UpdateGcmChannelParameters = TypedDict(
    "UpdateGcmChannelParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "GcmChannelRequest": X[GCMChannelRequest],
        "GcmChannelRequest.$": str,
    },
    total=False,
)
UpdateInAppTemplateParameters = TypedDict(
    "UpdateInAppTemplateParameters",
    {
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "InAppTemplateRequest": X[InAppTemplateRequest],
        "InAppTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
UpdateJourneyParameters = TypedDict(
    "UpdateJourneyParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "WriteJourneyRequest": X[WriteJourneyRequest],
        "WriteJourneyRequest.$": str,
    },
    total=False,
)

class JourneyStateRequest(TypedDict, total=False):
    State: S

UpdateJourneyStateParameters = TypedDict(
    "UpdateJourneyStateParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JourneyId": S,
        "JourneyId.$": str,
        "JourneyStateRequest": X[JourneyStateRequest],
        "JourneyStateRequest.$": str,
    },
    total=False,
)
UpdatePushTemplateParameters = TypedDict(
    "UpdatePushTemplateParameters",
    {
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "PushNotificationTemplateRequest": X[PushNotificationTemplateRequest],
        "PushNotificationTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)

class UpdateRecommenderConfiguration(TypedDict, total=False):
    Attributes: M[S]
    Description: S
    Name: S
    RecommendationProviderIdType: S
    RecommendationProviderRoleArn: S
    RecommendationProviderUri: S
    RecommendationTransformerUri: S
    RecommendationsDisplayName: S
    RecommendationsPerMessage: I

UpdateRecommenderConfigurationParameters = TypedDict(
    "UpdateRecommenderConfigurationParameters",
    {
        "RecommenderId": S,
        "RecommenderId.$": str,
        "UpdateRecommenderConfiguration": X[UpdateRecommenderConfiguration],
        "UpdateRecommenderConfiguration.$": str,
    },
    total=False,
)
UpdateSegmentParameters = TypedDict(
    "UpdateSegmentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SegmentId": S,
        "SegmentId.$": str,
        "WriteSegmentRequest": X[WriteSegmentRequest],
        "WriteSegmentRequest.$": str,
    },
    total=False,
)

class SMSChannelRequest(TypedDict, total=False):
    Enabled: B
    SenderId: S
    ShortCode: S

UpdateSmsChannelParameters = TypedDict(
    "UpdateSmsChannelParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SmsChannelRequest": X[SMSChannelRequest],
        "SmsChannelRequest.$": str,
    },
    total=False,
)
UpdateSmsTemplateParameters = TypedDict(
    "UpdateSmsTemplateParameters",
    {
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "SmsTemplateRequest": X[SMSTemplateRequest],
        "SmsTemplateRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)

class TemplateActiveVersionRequest(TypedDict, total=False):
    Version: S

UpdateTemplateActiveVersionParameters = TypedDict(
    "UpdateTemplateActiveVersionParameters",
    {
        "TemplateActiveVersionRequest": X[TemplateActiveVersionRequest],
        "TemplateActiveVersionRequest.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
    },
    total=False,
)

class VoiceChannelRequest(TypedDict, total=False):
    Enabled: B

UpdateVoiceChannelParameters = TypedDict(
    "UpdateVoiceChannelParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "VoiceChannelRequest": X[VoiceChannelRequest],
        "VoiceChannelRequest.$": str,
    },
    total=False,
)
UpdateVoiceTemplateParameters = TypedDict(
    "UpdateVoiceTemplateParameters",
    {
        "CreateNewVersion": B,
        "CreateNewVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Version": S,
        "Version.$": str,
        "VoiceTemplateRequest": X[VoiceTemplateRequest],
        "VoiceTemplateRequest.$": str,
    },
    total=False,
)

class VerifyOTPMessageRequestParameters(TypedDict, total=False):
    DestinationIdentity: S
    Otp: S
    ReferenceId: S

VerifyOTPMessageParameters = TypedDict(
    "VerifyOTPMessageParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "VerifyOTPMessageRequestParameters": X[VerifyOTPMessageRequestParameters],
        "VerifyOTPMessageRequestParameters.$": str,
    },
    total=False,
)
create_app: Builder[CreateAppParameters]
create_campaign: Builder[CreateCampaignParameters]
create_email_template: Builder[CreateEmailTemplateParameters]
create_export_job: Builder[CreateExportJobParameters]
create_import_job: Builder[CreateImportJobParameters]
create_in_app_template: Builder[CreateInAppTemplateParameters]
create_journey: Builder[CreateJourneyParameters]
create_push_template: Builder[CreatePushTemplateParameters]
create_recommender_configuration: Builder[CreateRecommenderConfigurationParameters]
create_segment: Builder[CreateSegmentParameters]
create_sms_template: Builder[CreateSmsTemplateParameters]
create_voice_template: Builder[CreateVoiceTemplateParameters]
delete_adm_channel: Builder[DeleteAdmChannelParameters]
delete_apns_channel: Builder[DeleteApnsChannelParameters]
delete_apns_sandbox_channel: Builder[DeleteApnsSandboxChannelParameters]
delete_apns_voip_channel: Builder[DeleteApnsVoipChannelParameters]
delete_apns_voip_sandbox_channel: Builder[DeleteApnsVoipSandboxChannelParameters]
delete_app: Builder[DeleteAppParameters]
delete_baidu_channel: Builder[DeleteBaiduChannelParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_email_channel: Builder[DeleteEmailChannelParameters]
delete_email_template: Builder[DeleteEmailTemplateParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_event_stream: Builder[DeleteEventStreamParameters]
delete_gcm_channel: Builder[DeleteGcmChannelParameters]
delete_in_app_template: Builder[DeleteInAppTemplateParameters]
delete_journey: Builder[DeleteJourneyParameters]
delete_push_template: Builder[DeletePushTemplateParameters]
delete_recommender_configuration: Builder[DeleteRecommenderConfigurationParameters]
delete_segment: Builder[DeleteSegmentParameters]
delete_sms_channel: Builder[DeleteSmsChannelParameters]
delete_sms_template: Builder[DeleteSmsTemplateParameters]
delete_user_endpoints: Builder[DeleteUserEndpointsParameters]
delete_voice_channel: Builder[DeleteVoiceChannelParameters]
delete_voice_template: Builder[DeleteVoiceTemplateParameters]
get_adm_channel: Builder[GetAdmChannelParameters]
get_apns_channel: Builder[GetApnsChannelParameters]
get_apns_sandbox_channel: Builder[GetApnsSandboxChannelParameters]
get_apns_voip_channel: Builder[GetApnsVoipChannelParameters]
get_apns_voip_sandbox_channel: Builder[GetApnsVoipSandboxChannelParameters]
get_app: Builder[GetAppParameters]
get_application_date_range_kpi: Builder[GetApplicationDateRangeKpiParameters]
get_application_settings: Builder[GetApplicationSettingsParameters]
get_apps: Builder[GetAppsParameters]
get_baidu_channel: Builder[GetBaiduChannelParameters]
get_campaign: Builder[GetCampaignParameters]
get_campaign_activities: Builder[GetCampaignActivitiesParameters]
get_campaign_date_range_kpi: Builder[GetCampaignDateRangeKpiParameters]
get_campaign_version: Builder[GetCampaignVersionParameters]
get_campaign_versions: Builder[GetCampaignVersionsParameters]
get_campaigns: Builder[GetCampaignsParameters]
get_channels: Builder[GetChannelsParameters]
get_email_channel: Builder[GetEmailChannelParameters]
get_email_template: Builder[GetEmailTemplateParameters]
get_endpoint: Builder[GetEndpointParameters]
get_event_stream: Builder[GetEventStreamParameters]
get_export_job: Builder[GetExportJobParameters]
get_export_jobs: Builder[GetExportJobsParameters]
get_gcm_channel: Builder[GetGcmChannelParameters]
get_import_job: Builder[GetImportJobParameters]
get_import_jobs: Builder[GetImportJobsParameters]
get_in_app_messages: Builder[GetInAppMessagesParameters]
get_in_app_template: Builder[GetInAppTemplateParameters]
get_journey: Builder[GetJourneyParameters]
get_journey_date_range_kpi: Builder[GetJourneyDateRangeKpiParameters]
get_journey_execution_activity_metrics: Builder[GetJourneyExecutionActivityMetricsParameters]
get_journey_execution_metrics: Builder[GetJourneyExecutionMetricsParameters]
get_journey_run_execution_activity_metrics: Builder[GetJourneyRunExecutionActivityMetricsParameters]
get_journey_run_execution_metrics: Builder[GetJourneyRunExecutionMetricsParameters]
get_journey_runs: Builder[GetJourneyRunsParameters]
get_push_template: Builder[GetPushTemplateParameters]
get_recommender_configuration: Builder[GetRecommenderConfigurationParameters]
get_recommender_configurations: Builder[GetRecommenderConfigurationsParameters]
get_segment: Builder[GetSegmentParameters]
get_segment_export_jobs: Builder[GetSegmentExportJobsParameters]
get_segment_import_jobs: Builder[GetSegmentImportJobsParameters]
get_segment_version: Builder[GetSegmentVersionParameters]
get_segment_versions: Builder[GetSegmentVersionsParameters]
get_segments: Builder[GetSegmentsParameters]
get_sms_channel: Builder[GetSmsChannelParameters]
get_sms_template: Builder[GetSmsTemplateParameters]
get_user_endpoints: Builder[GetUserEndpointsParameters]
get_voice_channel: Builder[GetVoiceChannelParameters]
get_voice_template: Builder[GetVoiceTemplateParameters]
list_journeys: Builder[ListJourneysParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_versions: Builder[ListTemplateVersionsParameters]
list_templates: Builder[ListTemplatesParameters]
phone_number_validate: Builder[PhoneNumberValidateParameters]
put_event_stream: Builder[PutEventStreamParameters]
put_events: Builder[PutEventsParameters]
remove_attributes: Builder[RemoveAttributesParameters]
send_messages: Builder[SendMessagesParameters]
send_otp_message: Builder[SendOTPMessageParameters]
send_users_messages: Builder[SendUsersMessagesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_adm_channel: Builder[UpdateAdmChannelParameters]
update_apns_channel: Builder[UpdateApnsChannelParameters]
update_apns_sandbox_channel: Builder[UpdateApnsSandboxChannelParameters]
update_apns_voip_channel: Builder[UpdateApnsVoipChannelParameters]
update_apns_voip_sandbox_channel: Builder[UpdateApnsVoipSandboxChannelParameters]
update_application_settings: Builder[UpdateApplicationSettingsParameters]
update_baidu_channel: Builder[UpdateBaiduChannelParameters]
update_campaign: Builder[UpdateCampaignParameters]
update_email_channel: Builder[UpdateEmailChannelParameters]
update_email_template: Builder[UpdateEmailTemplateParameters]
update_endpoint: Builder[UpdateEndpointParameters]
update_endpoints_batch: Builder[UpdateEndpointsBatchParameters]
update_gcm_channel: Builder[UpdateGcmChannelParameters]
update_in_app_template: Builder[UpdateInAppTemplateParameters]
update_journey: Builder[UpdateJourneyParameters]
update_journey_state: Builder[UpdateJourneyStateParameters]
update_push_template: Builder[UpdatePushTemplateParameters]
update_recommender_configuration: Builder[UpdateRecommenderConfigurationParameters]
update_segment: Builder[UpdateSegmentParameters]
update_sms_channel: Builder[UpdateSmsChannelParameters]
update_sms_template: Builder[UpdateSmsTemplateParameters]
update_template_active_version: Builder[UpdateTemplateActiveVersionParameters]
update_voice_channel: Builder[UpdateVoiceChannelParameters]
update_voice_template: Builder[UpdateVoiceTemplateParameters]
verify_otp_message: Builder[VerifyOTPMessageParameters]

__all__ = [
    "create_app",
    "create_campaign",
    "create_email_template",
    "create_export_job",
    "create_import_job",
    "create_in_app_template",
    "create_journey",
    "create_push_template",
    "create_recommender_configuration",
    "create_segment",
    "create_sms_template",
    "create_voice_template",
    "delete_adm_channel",
    "delete_apns_channel",
    "delete_apns_sandbox_channel",
    "delete_apns_voip_channel",
    "delete_apns_voip_sandbox_channel",
    "delete_app",
    "delete_baidu_channel",
    "delete_campaign",
    "delete_email_channel",
    "delete_email_template",
    "delete_endpoint",
    "delete_event_stream",
    "delete_gcm_channel",
    "delete_in_app_template",
    "delete_journey",
    "delete_push_template",
    "delete_recommender_configuration",
    "delete_segment",
    "delete_sms_channel",
    "delete_sms_template",
    "delete_user_endpoints",
    "delete_voice_channel",
    "delete_voice_template",
    "get_adm_channel",
    "get_apns_channel",
    "get_apns_sandbox_channel",
    "get_apns_voip_channel",
    "get_apns_voip_sandbox_channel",
    "get_app",
    "get_application_date_range_kpi",
    "get_application_settings",
    "get_apps",
    "get_baidu_channel",
    "get_campaign",
    "get_campaign_activities",
    "get_campaign_date_range_kpi",
    "get_campaign_version",
    "get_campaign_versions",
    "get_campaigns",
    "get_channels",
    "get_email_channel",
    "get_email_template",
    "get_endpoint",
    "get_event_stream",
    "get_export_job",
    "get_export_jobs",
    "get_gcm_channel",
    "get_import_job",
    "get_import_jobs",
    "get_in_app_messages",
    "get_in_app_template",
    "get_journey",
    "get_journey_date_range_kpi",
    "get_journey_execution_activity_metrics",
    "get_journey_execution_metrics",
    "get_journey_run_execution_activity_metrics",
    "get_journey_run_execution_metrics",
    "get_journey_runs",
    "get_push_template",
    "get_recommender_configuration",
    "get_recommender_configurations",
    "get_segment",
    "get_segment_export_jobs",
    "get_segment_import_jobs",
    "get_segment_version",
    "get_segment_versions",
    "get_segments",
    "get_sms_channel",
    "get_sms_template",
    "get_user_endpoints",
    "get_voice_channel",
    "get_voice_template",
    "list_journeys",
    "list_tags_for_resource",
    "list_template_versions",
    "list_templates",
    "phone_number_validate",
    "put_event_stream",
    "put_events",
    "remove_attributes",
    "send_messages",
    "send_otp_message",
    "send_users_messages",
    "tag_resource",
    "untag_resource",
    "update_adm_channel",
    "update_apns_channel",
    "update_apns_sandbox_channel",
    "update_apns_voip_channel",
    "update_apns_voip_sandbox_channel",
    "update_application_settings",
    "update_baidu_channel",
    "update_campaign",
    "update_email_channel",
    "update_email_template",
    "update_endpoint",
    "update_endpoints_batch",
    "update_gcm_channel",
    "update_in_app_template",
    "update_journey",
    "update_journey_state",
    "update_push_template",
    "update_recommender_configuration",
    "update_segment",
    "update_sms_channel",
    "update_sms_template",
    "update_template_active_version",
    "update_voice_channel",
    "update_voice_template",
    "verify_otp_message",
]
