"""Typed builders of the AWS SDK integration of pinpointemail (``aws-sdk:pinpointemail:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class TrackingOptions(TypedDict, total=False):
    CustomRedirectDomain: S

class DeliveryOptions(TypedDict, total=False):
    TlsPolicy: S
    SendingPoolName: S

class ReputationOptions(TypedDict, total=False):
    ReputationMetricsEnabled: B
    LastFreshStart: T

class SendingOptions(TypedDict, total=False):
    SendingEnabled: B

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateConfigurationSetParameters = TypedDict(
    "CreateConfigurationSetParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "TrackingOptions": X[TrackingOptions],
        "TrackingOptions.$": str,
        "DeliveryOptions": X[DeliveryOptions],
        "DeliveryOptions.$": str,
        "ReputationOptions": X[ReputationOptions],
        "ReputationOptions.$": str,
        "SendingOptions": X[SendingOptions],
        "SendingOptions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class KinesisFirehoseDestination(TypedDict, total=False):
    IamRoleArn: S
    DeliveryStreamArn: S

class CloudWatchDimensionConfiguration(TypedDict, total=False):
    DimensionName: S
    DimensionValueSource: S
    DefaultDimensionValue: S

class CloudWatchDestination(TypedDict, total=False):
    DimensionConfigurations: L[Xi[CloudWatchDimensionConfiguration]]

class SnsDestination(TypedDict, total=False):
    TopicArn: S

class PinpointDestination(TypedDict, total=False):
    ApplicationArn: S

class EventDestinationDefinition(TypedDict, total=False):
    Enabled: B
    MatchingEventTypes: L[Si]
    KinesisFirehoseDestination: X[KinesisFirehoseDestination]
    CloudWatchDestination: X[CloudWatchDestination]
    SnsDestination: X[SnsDestination]
    PinpointDestination: X[PinpointDestination]

CreateConfigurationSetEventDestinationParameters = TypedDict(
    "CreateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
        "EventDestination": X[EventDestinationDefinition],
        "EventDestination.$": str,
    },
    total=False,
)
CreateDedicatedIpPoolParameters = TypedDict(
    "CreateDedicatedIpPoolParameters",
    {"PoolName": S, "PoolName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class Content(TypedDict, total=False):
    Data: S
    Charset: S

class Body(TypedDict, total=False):
    Text: X[Content]
    Html: X[Content]

class Message(TypedDict, total=False):
    Subject: X[Content]
    Body: X[Body]

class RawMessage(TypedDict, total=False):
    Data: S

class Template(TypedDict, total=False):
    TemplateArn: S
    TemplateData: S

class EmailContent(TypedDict, total=False):
    Simple: X[Message]
    Raw: X[RawMessage]
    Template: X[Template]

CreateDeliverabilityTestReportParameters = TypedDict(
    "CreateDeliverabilityTestReportParameters",
    {
        "ReportName": S,
        "ReportName.$": str,
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "Content": X[EmailContent],
        "Content.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateEmailIdentityParameters = TypedDict(
    "CreateEmailIdentityParameters",
    {"EmailIdentity": S, "EmailIdentity.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteConfigurationSetParameters = TypedDict(
    "DeleteConfigurationSetParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteConfigurationSetEventDestinationParameters = TypedDict(
    "DeleteConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
    },
    total=False,
)
DeleteDedicatedIpPoolParameters = TypedDict(
    "DeleteDedicatedIpPoolParameters", {"PoolName": S, "PoolName.$": str}, total=False
)
DeleteEmailIdentityParameters = TypedDict(
    "DeleteEmailIdentityParameters", {"EmailIdentity": S, "EmailIdentity.$": str}, total=False
)

class GetAccountParameters(TypedDict, total=False): ...

GetBlacklistReportsParameters = TypedDict(
    "GetBlacklistReportsParameters",
    {"BlacklistItemNames": L[Si], "BlacklistItemNames.$": str},
    total=False,
)
GetConfigurationSetParameters = TypedDict(
    "GetConfigurationSetParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
GetConfigurationSetEventDestinationsParameters = TypedDict(
    "GetConfigurationSetEventDestinationsParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
GetDedicatedIpParameters = TypedDict(
    "GetDedicatedIpParameters", {"Ip": S, "Ip.$": str}, total=False
)
GetDedicatedIpsParameters = TypedDict(
    "GetDedicatedIpsParameters",
    {
        "PoolName": S,
        "PoolName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)

class GetDeliverabilityDashboardOptionsParameters(TypedDict, total=False): ...

GetDeliverabilityTestReportParameters = TypedDict(
    "GetDeliverabilityTestReportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
GetDomainDeliverabilityCampaignParameters = TypedDict(
    "GetDomainDeliverabilityCampaignParameters", {"CampaignId": S, "CampaignId.$": str}, total=False
)
GetDomainStatisticsReportParameters = TypedDict(
    "GetDomainStatisticsReportParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
    },
    total=False,
)
GetEmailIdentityParameters = TypedDict(
    "GetEmailIdentityParameters", {"EmailIdentity": S, "EmailIdentity.$": str}, total=False
)
ListConfigurationSetsParameters = TypedDict(
    "ListConfigurationSetsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListDedicatedIpPoolsParameters = TypedDict(
    "ListDedicatedIpPoolsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListDeliverabilityTestReportsParameters = TypedDict(
    "ListDeliverabilityTestReportsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListDomainDeliverabilityCampaignsParameters = TypedDict(
    "ListDomainDeliverabilityCampaignsParameters",
    {
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "SubscribedDomain": S,
        "SubscribedDomain.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListEmailIdentitiesParameters = TypedDict(
    "ListEmailIdentitiesParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutAccountDedicatedIpWarmupAttributesParameters = TypedDict(
    "PutAccountDedicatedIpWarmupAttributesParameters",
    {"AutoWarmupEnabled": B, "AutoWarmupEnabled.$": str},
    total=False,
)
PutAccountSendingAttributesParameters = TypedDict(
    "PutAccountSendingAttributesParameters",
    {"SendingEnabled": B, "SendingEnabled.$": str},
    total=False,
)
PutConfigurationSetDeliveryOptionsParameters = TypedDict(
    "PutConfigurationSetDeliveryOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "TlsPolicy": S,
        "TlsPolicy.$": str,
        "SendingPoolName": S,
        "SendingPoolName.$": str,
    },
    total=False,
)
PutConfigurationSetReputationOptionsParameters = TypedDict(
    "PutConfigurationSetReputationOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "ReputationMetricsEnabled": B,
        "ReputationMetricsEnabled.$": str,
    },
    total=False,
)
PutConfigurationSetSendingOptionsParameters = TypedDict(
    "PutConfigurationSetSendingOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "SendingEnabled": B,
        "SendingEnabled.$": str,
    },
    total=False,
)
PutConfigurationSetTrackingOptionsParameters = TypedDict(
    "PutConfigurationSetTrackingOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "CustomRedirectDomain": S,
        "CustomRedirectDomain.$": str,
    },
    total=False,
)
PutDedicatedIpInPoolParameters = TypedDict(
    "PutDedicatedIpInPoolParameters",
    {"Ip": S, "Ip.$": str, "DestinationPoolName": S, "DestinationPoolName.$": str},
    total=False,
)
PutDedicatedIpWarmupAttributesParameters = TypedDict(
    "PutDedicatedIpWarmupAttributesParameters",
    {"Ip": S, "Ip.$": str, "WarmupPercentage": I, "WarmupPercentage.$": str},
    total=False,
)

class InboxPlacementTrackingOption(TypedDict, total=False):
    Global: B
    TrackedIsps: L[Si]

class DomainDeliverabilityTrackingOption(TypedDict, total=False):
    Domain: S
    SubscriptionStartDate: T
    InboxPlacementTrackingOption: X[InboxPlacementTrackingOption]

PutDeliverabilityDashboardOptionParameters = TypedDict(
    "PutDeliverabilityDashboardOptionParameters",
    {
        "DashboardEnabled": B,
        "DashboardEnabled.$": str,
        "SubscribedDomains": L[Xi[DomainDeliverabilityTrackingOption]],
        "SubscribedDomains.$": str,
    },
    total=False,
)
PutEmailIdentityDkimAttributesParameters = TypedDict(
    "PutEmailIdentityDkimAttributesParameters",
    {"EmailIdentity": S, "EmailIdentity.$": str, "SigningEnabled": B, "SigningEnabled.$": str},
    total=False,
)
PutEmailIdentityFeedbackAttributesParameters = TypedDict(
    "PutEmailIdentityFeedbackAttributesParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "EmailForwardingEnabled": B,
        "EmailForwardingEnabled.$": str,
    },
    total=False,
)
PutEmailIdentityMailFromAttributesParameters = TypedDict(
    "PutEmailIdentityMailFromAttributesParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "MailFromDomain": S,
        "MailFromDomain.$": str,
        "BehaviorOnMxFailure": S,
        "BehaviorOnMxFailure.$": str,
    },
    total=False,
)

class Destination(TypedDict, total=False):
    ToAddresses: L[Si]
    CcAddresses: L[Si]
    BccAddresses: L[Si]

class MessageTag(TypedDict, total=False):
    Name: S
    Value: S

SendEmailParameters = TypedDict(
    "SendEmailParameters",
    {
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "FeedbackForwardingEmailAddress": S,
        "FeedbackForwardingEmailAddress.$": str,
        "Content": X[EmailContent],
        "Content.$": str,
        "EmailTags": L[Xi[MessageTag]],
        "EmailTags.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
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
UpdateConfigurationSetEventDestinationParameters = TypedDict(
    "UpdateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
        "EventDestination": X[EventDestinationDefinition],
        "EventDestination.$": str,
    },
    total=False,
)
create_configuration_set: Builder[CreateConfigurationSetParameters]
create_configuration_set_event_destination: Builder[
    CreateConfigurationSetEventDestinationParameters
]
create_dedicated_ip_pool: Builder[CreateDedicatedIpPoolParameters]
create_deliverability_test_report: Builder[CreateDeliverabilityTestReportParameters]
create_email_identity: Builder[CreateEmailIdentityParameters]
delete_configuration_set: Builder[DeleteConfigurationSetParameters]
delete_configuration_set_event_destination: Builder[
    DeleteConfigurationSetEventDestinationParameters
]
delete_dedicated_ip_pool: Builder[DeleteDedicatedIpPoolParameters]
delete_email_identity: Builder[DeleteEmailIdentityParameters]
get_account: Builder[GetAccountParameters]
get_blacklist_reports: Builder[GetBlacklistReportsParameters]
get_configuration_set: Builder[GetConfigurationSetParameters]
get_configuration_set_event_destinations: Builder[GetConfigurationSetEventDestinationsParameters]
get_dedicated_ip: Builder[GetDedicatedIpParameters]
get_dedicated_ips: Builder[GetDedicatedIpsParameters]
get_deliverability_dashboard_options: Builder[GetDeliverabilityDashboardOptionsParameters]
get_deliverability_test_report: Builder[GetDeliverabilityTestReportParameters]
get_domain_deliverability_campaign: Builder[GetDomainDeliverabilityCampaignParameters]
get_domain_statistics_report: Builder[GetDomainStatisticsReportParameters]
get_email_identity: Builder[GetEmailIdentityParameters]
list_configuration_sets: Builder[ListConfigurationSetsParameters]
list_dedicated_ip_pools: Builder[ListDedicatedIpPoolsParameters]
list_deliverability_test_reports: Builder[ListDeliverabilityTestReportsParameters]
list_domain_deliverability_campaigns: Builder[ListDomainDeliverabilityCampaignsParameters]
list_email_identities: Builder[ListEmailIdentitiesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_account_dedicated_ip_warmup_attributes: Builder[PutAccountDedicatedIpWarmupAttributesParameters]
put_account_sending_attributes: Builder[PutAccountSendingAttributesParameters]
put_configuration_set_delivery_options: Builder[PutConfigurationSetDeliveryOptionsParameters]
put_configuration_set_reputation_options: Builder[PutConfigurationSetReputationOptionsParameters]
put_configuration_set_sending_options: Builder[PutConfigurationSetSendingOptionsParameters]
put_configuration_set_tracking_options: Builder[PutConfigurationSetTrackingOptionsParameters]
put_dedicated_ip_in_pool: Builder[PutDedicatedIpInPoolParameters]
put_dedicated_ip_warmup_attributes: Builder[PutDedicatedIpWarmupAttributesParameters]
put_deliverability_dashboard_option: Builder[PutDeliverabilityDashboardOptionParameters]
put_email_identity_dkim_attributes: Builder[PutEmailIdentityDkimAttributesParameters]
put_email_identity_feedback_attributes: Builder[PutEmailIdentityFeedbackAttributesParameters]
put_email_identity_mail_from_attributes: Builder[PutEmailIdentityMailFromAttributesParameters]
send_email: Builder[SendEmailParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_configuration_set_event_destination: Builder[
    UpdateConfigurationSetEventDestinationParameters
]

__all__ = [
    "create_configuration_set",
    "create_configuration_set_event_destination",
    "create_dedicated_ip_pool",
    "create_deliverability_test_report",
    "create_email_identity",
    "delete_configuration_set",
    "delete_configuration_set_event_destination",
    "delete_dedicated_ip_pool",
    "delete_email_identity",
    "get_account",
    "get_blacklist_reports",
    "get_configuration_set",
    "get_configuration_set_event_destinations",
    "get_dedicated_ip",
    "get_dedicated_ips",
    "get_deliverability_dashboard_options",
    "get_deliverability_test_report",
    "get_domain_deliverability_campaign",
    "get_domain_statistics_report",
    "get_email_identity",
    "list_configuration_sets",
    "list_dedicated_ip_pools",
    "list_deliverability_test_reports",
    "list_domain_deliverability_campaigns",
    "list_email_identities",
    "list_tags_for_resource",
    "put_account_dedicated_ip_warmup_attributes",
    "put_account_sending_attributes",
    "put_configuration_set_delivery_options",
    "put_configuration_set_reputation_options",
    "put_configuration_set_sending_options",
    "put_configuration_set_tracking_options",
    "put_dedicated_ip_in_pool",
    "put_dedicated_ip_warmup_attributes",
    "put_deliverability_dashboard_option",
    "put_email_identity_dkim_attributes",
    "put_email_identity_feedback_attributes",
    "put_email_identity_mail_from_attributes",
    "send_email",
    "tag_resource",
    "untag_resource",
    "update_configuration_set_event_destination",
]
