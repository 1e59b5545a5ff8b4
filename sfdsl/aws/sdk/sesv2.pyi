"""Typed builders of the AWS SDK integration of sesv2 (``aws-sdk:sesv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateEmailIdentityCertificateParameters = TypedDict(
    "AssociateEmailIdentityCertificateParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "FromAddress": S,
        "FromAddress.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
    },
    total=False,
)

class BatchGetMetricDataQuery(TypedDict, total=False):
    Id: S
    Namespace: S
    Metric: S
    Dimensions: M[S]
    StartDate: T
    EndDate: T

BatchGetMetricDataParameters = TypedDict(
    "BatchGetMetricDataParameters",
    {"Queries": L[Xi[BatchGetMetricDataQuery]], "Queries.$": str},
    total=False,
)
CancelExportJobParameters = TypedDict(
    "CancelExportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)

class TrackingOptions(TypedDict, total=False):
    CustomRedirectDomain: S
    HttpsPolicy: S

class DeliveryOptions(TypedDict, total=False):
    TlsPolicy: S
    SendingPoolName: S
    MaxDeliverySeconds: I
    SharedPoolDeliveryMode: S

class ReputationOptions(TypedDict, total=False):
    ReputationMetricsEnabled: B
    LastFreshStart: T

class SendingOptions(TypedDict, total=False):
    SendingEnabled: B

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class SuppressionConfidenceThreshold(TypedDict, total=False):
    ConfidenceVerdictThreshold: S

class SuppressionConditionThreshold(TypedDict, total=False):
    ConditionThresholdEnabled: S
    OverallConfidenceThreshold: X[SuppressionConfidenceThreshold]

class SuppressionValidationOptions(TypedDict, total=False):
    ConditionThreshold: X[SuppressionConditionThreshold]

class SuppressionOptions(TypedDict, total=False):
    SuppressedReasons: L[Si]
    SuppressionScope: S
    ValidationOptions: X[SuppressionValidationOptions]

class DashboardOptions(TypedDict, total=False):
    EngagementMetrics: S

class GuardianOptions(TypedDict, total=False):
    OptimizedSharedDelivery: S

class VdmOptions(TypedDict, total=False):
    DashboardOptions: X[DashboardOptions]
    GuardianOptions: X[GuardianOptions]

class ArchivingOptions(TypedDict, total=False):
    ArchiveArn: S

class DefaultSigningScheme(TypedDict, total=False): ...

class SmimeSigningScheme(TypedDict, total=False):
    SignatureFormat: S

class SigningScheme(TypedDict, total=False):
    DefaultScheme: X[DefaultSigningScheme]
    SmimeScheme: X[SmimeSigningScheme]

class MessageSecurityOptions(TypedDict, total=False):
    SigningScheme: X[SigningScheme]

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
        "SuppressionOptions": X[SuppressionOptions],
        "SuppressionOptions.$": str,
        "VdmOptions": X[VdmOptions],
        "VdmOptions.$": str,
        "ArchivingOptions": X[ArchivingOptions],
        "ArchivingOptions.$": str,
        "MessageSecurityOptions": X[MessageSecurityOptions],
        "MessageSecurityOptions.$": str,
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

class EventBridgeDestination(TypedDict, total=False):
    EventBusArn: S

class PinpointDestination(TypedDict, total=False):
    ApplicationArn: S

class EventDestinationDefinition(TypedDict, total=False):
    Enabled: B
    MatchingEventTypes: L[Si]
    KinesisFirehoseDestination: X[KinesisFirehoseDestination]
    CloudWatchDestination: X[CloudWatchDestination]
    SnsDestination: X[SnsDestination]
    EventBridgeDestination: X[EventBridgeDestination]
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

class TopicPreference(TypedDict, total=False):
    TopicName: S
    SubscriptionStatus: S

CreateContactParameters = TypedDict(
    "CreateContactParameters",
    {
        "ContactListName": S,
        "ContactListName.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "TopicPreferences": L[Xi[TopicPreference]],
        "TopicPreferences.$": str,
        "UnsubscribeAll": B,
        "UnsubscribeAll.$": str,
        "AttributesData": S,
        "AttributesData.$": str,
    },
    total=False,
)

class Topic(TypedDict, total=False):
    TopicName: S
    DisplayName: S
    Description: S
    DefaultSubscriptionStatus: S

CreateContactListParameters = TypedDict(
    "CreateContactListParameters",
    {
        "ContactListName": S,
        "ContactListName.$": str,
        "Topics": L[Xi[Topic]],
        "Topics.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomVerificationEmailTemplateParameters = TypedDict(
    "CreateCustomVerificationEmailTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "TemplateSubject": S,
        "TemplateSubject.$": str,
        "TemplateContent": S,
        "TemplateContent.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SuccessRedirectionURL": S,
        "SuccessRedirectionURL.$": str,
        "FailureRedirectionURL": S,
        "FailureRedirectionURL.$": str,
    },
    total=False,
)
CreateDedicatedIpPoolParameters = TypedDict(
    "CreateDedicatedIpPoolParameters",
    {
        "PoolName": S,
        "PoolName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ScalingMode": S,
        "ScalingMode.$": str,
    },
    total=False,
)

class Content(TypedDict, total=False):
    Data: S
    Charset: S

class Body(TypedDict, total=False):
    Text: X[Content]
    Html: X[Content]

class MessageHeader(TypedDict, total=False):
    Name: S
    Value: S

class Attachment(TypedDict, total=False):
    RawContent: S
    ContentDisposition: S
    FileName: S
    ContentDescription: S
    ContentId: S
    ContentTransferEncoding: S
    ContentType: S

class Message(TypedDict, total=False):
    Subject: X[Content]
    Body: X[Body]
    Headers: L[Xi[MessageHeader]]
    Attachments: L[Xi[Attachment]]

class RawMessage(TypedDict, total=False):
    Data: S

class EmailTemplateContent(TypedDict, total=False):
    Subject: S
    Text: S
    Html: S

class Template(TypedDict, total=False):
    TemplateName: S
    TemplateArn: S
    TemplateContent: X[EmailTemplateContent]
    TemplateData: S
    Headers: L[Xi[MessageHeader]]
    Attachments: L[Xi[Attachment]]

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

class DkimSigningAttributes(TypedDict, total=False):
    DomainSigningSelector: S
    DomainSigningPrivateKey: S
    NextSigningKeyLength: S
    DomainSigningAttributesOrigin: S

CreateEmailIdentityParameters = TypedDict(
    "CreateEmailIdentityParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DkimSigningAttributes": X[DkimSigningAttributes],
        "DkimSigningAttributes.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)
CreateEmailIdentityPolicyParameters = TypedDict(
    "CreateEmailIdentityPolicyParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
CreateEmailTemplateParameters = TypedDict(
    "CreateEmailTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateContent": X[EmailTemplateContent],
        "TemplateContent.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ExportMetric(TypedDict, total=False):
    Name: S
    Aggregation: S

class MetricsDataSource(TypedDict, total=False):
    Dimensions: M[L[Si]]
    Namespace: S
    Metrics: L[Xi[ExportMetric]]
    StartDate: T
    EndDate: T

class MessageInsightsFilters(TypedDict, total=False):
    FromEmailAddress: L[Si]
    Destination: L[Si]
    Subject: L[Si]
    Isp: L[Si]
    TenantName: L[Si]
    LastDeliveryEvent: L[Si]
    LastEngagementEvent: L[Si]

class MessageInsightsDataSource(TypedDict, total=False):
    StartDate: T
    EndDate: T
    Include: X[MessageInsightsFilters]
    Exclude: X[MessageInsightsFilters]
    MaxResults: I

class ExportDataSource(TypedDict, total=False):
    MetricsDataSource: X[MetricsDataSource]
    MessageInsightsDataSource: X[MessageInsightsDataSource]

class ExportDestination(TypedDict, total=False):
    DataFormat: S
    S3Url: S

CreateExportJobParameters = TypedDict(
    "CreateExportJobParameters",
    {
        "ExportDataSource": X[ExportDataSource],
        "ExportDataSource.$": str,
        "ExportDestination": X[ExportDestination],
        "ExportDestination.$": str,
    },
    total=False,
)

class SuppressionListDestination(TypedDict, total=False):
    SuppressionListImportAction: S

class ContactListDestination(TypedDict, total=False):
    ContactListName: S
    ContactListImportAction: S

class ImportDestination(TypedDict, total=False):
    SuppressionListDestination: X[SuppressionListDestination]
    ContactListDestination: X[ContactListDestination]

class ImportDataSource(TypedDict, total=False):
    S3Url: S
    DataFormat: S

CreateImportJobParameters = TypedDict(
    "CreateImportJobParameters",
    {
        "ImportDestination": X[ImportDestination],
        "ImportDestination.$": str,
        "ImportDataSource": X[ImportDataSource],
        "ImportDataSource.$": str,
    },
    total=False,
)

class RouteDetails(TypedDict, total=False):
    Region: S

class Details(TypedDict, total=False):
    RoutesDetails: L[Xi[RouteDetails]]

CreateMultiRegionEndpointParameters = TypedDict(
    "CreateMultiRegionEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "Details": X[Details],
        "Details.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TenantSuppressionAttributes(TypedDict, total=False):
    SuppressedReasons: L[Si]
    SuppressionScope: S

CreateTenantParameters = TypedDict(
    "CreateTenantParameters",
    {
        "TenantName": S,
        "TenantName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SuppressionAttributes": X[TenantSuppressionAttributes],
        "SuppressionAttributes.$": str,
    },
    total=False,
)
CreateTenantResourceAssociationParameters = TypedDict(
    "CreateTenantResourceAssociationParameters",
    {"TenantName": S, "TenantName.$": str, "ResourceArn": S, "ResourceArn.$": str},
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
DeleteContactParameters = TypedDict(
    "DeleteContactParameters",
    {"ContactListName": S, "ContactListName.$": str, "EmailAddress": S, "EmailAddress.$": str},
    total=False,
)
DeleteContactListParameters = TypedDict(
    "DeleteContactListParameters", {"ContactListName": S, "ContactListName.$": str}, total=False
)
DeleteCustomVerificationEmailTemplateParameters = TypedDict(
    "DeleteCustomVerificationEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str},
    total=False,
)
DeleteDedicatedIpPoolParameters = TypedDict(
    "DeleteDedicatedIpPoolParameters", {"PoolName": S, "PoolName.$": str}, total=False
)
DeleteEmailIdentityParameters = TypedDict(
    "DeleteEmailIdentityParameters", {"EmailIdentity": S, "EmailIdentity.$": str}, total=False
)
DeleteEmailIdentityPolicyParameters = TypedDict(
    "DeleteEmailIdentityPolicyParameters",
    {"EmailIdentity": S, "EmailIdentity.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteEmailTemplateParameters = TypedDict(
    "DeleteEmailTemplateParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)
DeleteMultiRegionEndpointParameters = TypedDict(
    "DeleteMultiRegionEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteSuppressedDestinationParameters = TypedDict(
    "DeleteSuppressedDestinationParameters",
    {"EmailAddress": S, "EmailAddress.$": str, "TenantName": S, "TenantName.$": str},
    total=False,
)
DeleteTenantParameters = TypedDict(
    "DeleteTenantParameters", {"TenantName": S, "TenantName.$": str}, total=False
)
DeleteTenantResourceAssociationParameters = TypedDict(
    "DeleteTenantResourceAssociationParameters",
    {"TenantName": S, "TenantName.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DisassociateEmailIdentityCertificateParameters = TypedDict(
    "DisassociateEmailIdentityCertificateParameters",
    {"EmailIdentity": S, "EmailIdentity.$": str, "FromAddress": S, "FromAddress.$": str},
    total=False,
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
GetContactParameters = TypedDict(
    "GetContactParameters",
    {"ContactListName": S, "ContactListName.$": str, "EmailAddress": S, "EmailAddress.$": str},
    total=False,
)
GetContactListParameters = TypedDict(
    "GetContactListParameters", {"ContactListName": S, "ContactListName.$": str}, total=False
)
GetCustomVerificationEmailTemplateParameters = TypedDict(
    "GetCustomVerificationEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str},
    total=False,
)
GetDedicatedIpParameters = TypedDict(
    "GetDedicatedIpParameters", {"Ip": S, "Ip.$": str}, total=False
)
GetDedicatedIpPoolParameters = TypedDict(
    "GetDedicatedIpPoolParameters", {"PoolName": S, "PoolName.$": str}, total=False
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
GetEmailAddressInsightsParameters = TypedDict(
    "GetEmailAddressInsightsParameters", {"EmailAddress": S, "EmailAddress.$": str}, total=False
)
GetEmailIdentityParameters = TypedDict(
    "GetEmailIdentityParameters", {"EmailIdentity": S, "EmailIdentity.$": str}, total=False
)
GetEmailIdentityPoliciesParameters = TypedDict(
    "GetEmailIdentityPoliciesParameters", {"EmailIdentity": S, "EmailIdentity.$": str}, total=False
)
GetEmailTemplateParameters = TypedDict(
    "GetEmailTemplateParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)
GetExportJobParameters = TypedDict(
    "GetExportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetImportJobParameters = TypedDict(
    "GetImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetMessageInsightsParameters = TypedDict(
    "GetMessageInsightsParameters", {"MessageId": S, "MessageId.$": str}, total=False
)
GetMultiRegionEndpointParameters = TypedDict(
    "GetMultiRegionEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
GetReputationEntityParameters = TypedDict(
    "GetReputationEntityParameters",
    {
        "ReputationEntityReference": S,
        "ReputationEntityReference.$": str,
        "ReputationEntityType": S,
        "ReputationEntityType.$": str,
    },
    total=False,
)
GetSuppressedDestinationParameters = TypedDict(
    "GetSuppressedDestinationParameters",
    {"EmailAddress": S, "EmailAddress.$": str, "TenantName": S, "TenantName.$": str},
    total=False,
)
GetTenantParameters = TypedDict(
    "GetTenantParameters", {"TenantName": S, "TenantName.$": str}, total=False
)
ListConfigurationSetsParameters = TypedDict(
    "ListConfigurationSetsParameters",
    {
        "Filter": M[S],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListContactListsParameters = TypedDict(
    "ListContactListsParameters",
    {"PageSize": I, "PageSize.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class TopicFilter(TypedDict, total=False):
    TopicName: S
    UseDefaultIfPreferenceUnavailable: B

class ListContactsFilter(TypedDict, total=False):
    FilteredStatus: S
    TopicFilter: X[TopicFilter]

ListContactsParameters = TypedDict(
    "ListContactsParameters",
    {
        "ContactListName": S,
        "ContactListName.$": str,
        "Filter": X[ListContactsFilter],
        "Filter.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomVerificationEmailTemplatesParameters = TypedDict(
    "ListCustomVerificationEmailTemplatesParameters",
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
    {
        "Filter": M[S],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListEmailIdentityCertificatesParameters = TypedDict(
    "ListEmailIdentityCertificatesParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListEmailTemplatesParameters = TypedDict(
    "ListEmailTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListExportJobsParameters = TypedDict(
    "ListExportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "ExportSourceType": S,
        "ExportSourceType.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
    },
    total=False,
)
ListImportJobsParameters = TypedDict(
    "ListImportJobsParameters",
    {
        "ImportDestinationType": S,
        "ImportDestinationType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListMultiRegionEndpointsParameters = TypedDict(
    "ListMultiRegionEndpointsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "Filter": M[S],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListReputationEntitiesParameters = TypedDict(
    "ListReputationEntitiesParameters",
    {
        "Filter": M[S],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListResourceTenantsParameters = TypedDict(
    "ListResourceTenantsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSuppressedDestinationsParameters = TypedDict(
    "ListSuppressedDestinationsParameters",
    {
        "TenantName": S,
        "TenantName.$": str,
        "Reasons": L[Si],
        "Reasons.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTenantResourcesParameters = TypedDict(
    "ListTenantResourcesParameters",
    {
        "TenantName": S,
        "TenantName.$": str,
        "Filter": M[S],
        "Filter.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTenantsParameters = TypedDict(
    "ListTenantsParameters",
    {
        "Filter": M[S],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
PutAccountDedicatedIpWarmupAttributesParameters = TypedDict(
    "PutAccountDedicatedIpWarmupAttributesParameters",
    {"AutoWarmupEnabled": B, "AutoWarmupEnabled.$": str},
    total=False,
)
PutAccountDeliveryAttributesParameters = TypedDict(
    "PutAccountDeliveryAttributesParameters",
    {"SharedPoolDeliveryMode": S, "SharedPoolDeliveryMode.$": str},
    total=False,
)
PutAccountDetailsParameters = TypedDict(
    "PutAccountDetailsParameters",
    {
        "MailType": S,
        "MailType.$": str,
        "WebsiteURL": S,
        "WebsiteURL.$": str,
        "ContactLanguage": S,
        "ContactLanguage.$": str,
        "UseCaseDescription": S,
        "UseCaseDescription.$": str,
        "AdditionalContactEmailAddresses": L[Si],
        "AdditionalContactEmailAddresses.$": str,
        "ProductionAccessEnabled": B,
        "ProductionAccessEnabled.$": str,
    },
    total=False,
)
PutAccountPricingAttributesParameters = TypedDict(
    "PutAccountPricingAttributesParameters", {"Plan": S, "Plan.$": str}, total=False
)
PutAccountSendingAttributesParameters = TypedDict(
    "PutAccountSendingAttributesParameters",
    {"SendingEnabled": B, "SendingEnabled.$": str},
    total=False,
)

class SuppressionValidationAttributes(TypedDict, total=False):
    ConditionThreshold: X[SuppressionConditionThreshold]

PutAccountSuppressionAttributesParameters = TypedDict(
    "PutAccountSuppressionAttributesParameters",
    {
        "SuppressedReasons": L[Si],
        "SuppressedReasons.$": str,
        "ValidationAttributes": X[SuppressionValidationAttributes],
        "ValidationAttributes.$": str,
    },
    total=False,
)

class DashboardAttributes(TypedDict, total=False):
    EngagementMetrics: S

class GuardianAttributes(TypedDict, total=False):
    OptimizedSharedDelivery: S

class VdmAttributes(TypedDict, total=False):
    VdmEnabled: S
    DashboardAttributes: X[DashboardAttributes]
    GuardianAttributes: X[GuardianAttributes]

PutAccountVdmAttributesParameters = TypedDict(
    "PutAccountVdmAttributesParameters",
    {"VdmAttributes": X[VdmAttributes], "VdmAttributes.$": str},
    total=False,
)
PutConfigurationSetArchivingOptionsParameters = TypedDict(
    "PutConfigurationSetArchivingOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "ArchiveArn": S,
        "ArchiveArn.$": str,
    },
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
        "MaxDeliverySeconds": I,
        "MaxDeliverySeconds.$": str,
        "SharedPoolDeliveryMode": S,
        "SharedPoolDeliveryMode.$": str,
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
PutConfigurationSetSuppressionOptionsParameters = TypedDict(
    "PutConfigurationSetSuppressionOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "SuppressionScope": S,
        "SuppressionScope.$": str,
        "SuppressedReasons": L[Si],
        "SuppressedReasons.$": str,
        "ValidationOptions": X[SuppressionValidationOptions],
        "ValidationOptions.$": str,
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
        "HttpsPolicy": S,
        "HttpsPolicy.$": str,
    },
    total=False,
)
PutConfigurationSetVdmOptionsParameters = TypedDict(
    "PutConfigurationSetVdmOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "VdmOptions": X[VdmOptions],
        "VdmOptions.$": str,
    },
    total=False,
)
PutDedicatedIpInPoolParameters = TypedDict(
    "PutDedicatedIpInPoolParameters",
    {"Ip": S, "Ip.$": str, "DestinationPoolName": S, "DestinationPoolName.$": str},
    total=False,
)
PutDedicatedIpPoolScalingAttributesParameters = TypedDict(
    "PutDedicatedIpPoolScalingAttributesParameters",
    {"PoolName": S, "PoolName.$": str, "ScalingMode": S, "ScalingMode.$": str},
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
PutEmailIdentityConfigurationSetAttributesParameters = TypedDict(
    "PutEmailIdentityConfigurationSetAttributesParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)
PutEmailIdentityDkimAttributesParameters = TypedDict(
    "PutEmailIdentityDkimAttributesParameters",
    {"EmailIdentity": S, "EmailIdentity.$": str, "SigningEnabled": B, "SigningEnabled.$": str},
    total=False,
)
PutEmailIdentityDkimSigningAttributesParameters = TypedDict(
    "PutEmailIdentityDkimSigningAttributesParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "SigningAttributesOrigin": S,
        "SigningAttributesOrigin.$": str,
        "SigningAttributes": X[DkimSigningAttributes],
        "SigningAttributes.$": str,
    },
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
PutSuppressedDestinationParameters = TypedDict(
    "PutSuppressedDestinationParameters",
    {
        "EmailAddress": S,
        "EmailAddress.$": str,
        "Reason": S,
        "Reason.$": str,
        "TenantName": S,
        "TenantName.$": str,
    },
    total=False,
)
PutTenantSuppressionAttributesParameters = TypedDict(
    "PutTenantSuppressionAttributesParameters",
    {
        "TenantName": S,
        "TenantName.$": str,
        "SuppressedReasons": L[Si],
        "SuppressedReasons.$": str,
        "SuppressionScope": S,
        "SuppressionScope.$": str,
    },
    total=False,
)

class MessageTag(TypedDict, total=False):
    Name: S
    Value: S

class BulkEmailContent(TypedDict, total=False):
    Template: X[Template]

class Destination(TypedDict, total=False):
    ToAddresses: L[Si]
    CcAddresses: L[Si]
    BccAddresses: L[Si]

class ReplacementTemplate(TypedDict, total=False):
    ReplacementTemplateData: S

class ReplacementEmailContent(TypedDict, total=False):
    ReplacementTemplate: X[ReplacementTemplate]

class BulkEmailEntry(TypedDict, total=False):
    Destination: X[Destination]
    ReplacementTags: L[Xi[MessageTag]]
    ReplacementEmailContent: X[ReplacementEmailContent]
    ReplacementHeaders: L[Xi[MessageHeader]]

class TrackingConfigurationOverrides(TypedDict, total=False):
    OpenTrackingEnabled: S
    ClickTrackingEnabled: S

class ConfigurationOverrides(TypedDict, total=False):
    Tracking: X[TrackingConfigurationOverrides]

SendBulkEmailParameters = TypedDict(
    "SendBulkEmailParameters",
    {
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "FromEmailAddressIdentityArn": S,
        "FromEmailAddressIdentityArn.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "FeedbackForwardingEmailAddress": S,
        "FeedbackForwardingEmailAddress.$": str,
        "FeedbackForwardingEmailAddressIdentityArn": S,
        "FeedbackForwardingEmailAddressIdentityArn.$": str,
        "DefaultEmailTags": L[Xi[MessageTag]],
        "DefaultEmailTags.$": str,
        "DefaultContent": X[BulkEmailContent],
        "DefaultContent.$": str,
        "BulkEmailEntries": L[Xi[BulkEmailEntry]],
        "BulkEmailEntries.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "TenantName": S,
        "TenantName.$": str,
        "ConfigurationOverrides": X[ConfigurationOverrides],
        "ConfigurationOverrides.$": str,
    },
    total=False,
)
SendCustomVerificationEmailParameters = TypedDict(
    "SendCustomVerificationEmailParameters",
    {
        "EmailAddress": S,
        "EmailAddress.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)

class ListManagementOptions(TypedDict, total=False):
    ContactListName: S
    TopicName: S

SendEmailParameters = TypedDict(
    "SendEmailParameters",
    {
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "FromEmailAddressIdentityArn": S,
        "FromEmailAddressIdentityArn.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "FeedbackForwardingEmailAddress": S,
        "FeedbackForwardingEmailAddress.$": str,
        "FeedbackForwardingEmailAddressIdentityArn": S,
        "FeedbackForwardingEmailAddressIdentityArn.$": str,
        "Content": X[EmailContent],
        "Content.$": str,
        "EmailTags": L[Xi[MessageTag]],
        "EmailTags.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "TenantName": S,
        "TenantName.$": str,
        "ListManagementOptions": X[ListManagementOptions],
        "ListManagementOptions.$": str,
        "ConfigurationOverrides": X[ConfigurationOverrides],
        "ConfigurationOverrides.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestRenderEmailTemplateParameters = TypedDict(
    "TestRenderEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "TemplateData": S, "TemplateData.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateConfigurationSetParameters = TypedDict(
    "UpdateConfigurationSetParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "MessageSecurityOptions": X[MessageSecurityOptions],
        "MessageSecurityOptions.$": str,
    },
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
UpdateContactParameters = TypedDict(
    "UpdateContactParameters",
    {
        "ContactListName": S,
        "ContactListName.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "TopicPreferences": L[Xi[TopicPreference]],
        "TopicPreferences.$": str,
        "UnsubscribeAll": B,
        "UnsubscribeAll.$": str,
        "AttributesData": S,
        "AttributesData.$": str,
    },
    total=False,
)
UpdateContactListParameters = TypedDict(
    "UpdateContactListParameters",
    {
        "ContactListName": S,
        "ContactListName.$": str,
        "Topics": L[Xi[Topic]],
        "Topics.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateCustomVerificationEmailTemplateParameters = TypedDict(
    "UpdateCustomVerificationEmailTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "FromEmailAddress": S,
        "FromEmailAddress.$": str,
        "TemplateSubject": S,
        "TemplateSubject.$": str,
        "TemplateContent": S,
        "TemplateContent.$": str,
        "SuccessRedirectionURL": S,
        "SuccessRedirectionURL.$": str,
        "FailureRedirectionURL": S,
        "FailureRedirectionURL.$": str,
    },
    total=False,
)
UpdateEmailIdentityPolicyParameters = TypedDict(
    "UpdateEmailIdentityPolicyParameters",
    {
        "EmailIdentity": S,
        "EmailIdentity.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
UpdateEmailTemplateParameters = TypedDict(
    "UpdateEmailTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateContent": X[EmailTemplateContent],
        "TemplateContent.$": str,
    },
    total=False,
)
UpdateReputationEntityCustomerManagedStatusParameters = TypedDict(
    "UpdateReputationEntityCustomerManagedStatusParameters",
    {
        "ReputationEntityType": S,
        "ReputationEntityType.$": str,
        "ReputationEntityReference": S,
        "ReputationEntityReference.$": str,
        "SendingStatus": S,
        "SendingStatus.$": str,
    },
    total=False,
)
UpdateReputationEntityPolicyParameters = TypedDict(
    "UpdateReputationEntityPolicyParameters",
    {
        "ReputationEntityType": S,
        "ReputationEntityType.$": str,
        "ReputationEntityReference": S,
        "ReputationEntityReference.$": str,
        "ReputationEntityPolicy": S,
        "ReputationEntityPolicy.$": str,
    },
    total=False,
)
associate_email_identity_certificate: Builder[AssociateEmailIdentityCertificateParameters]
batch_get_metric_data: Builder[BatchGetMetricDataParameters]
cancel_export_job: Builder[CancelExportJobParameters]
create_configuration_set: Builder[CreateConfigurationSetParameters]
create_configuration_set_event_destination: Builder[
    CreateConfigurationSetEventDestinationParameters
]
create_contact: Builder[CreateContactParameters]
create_contact_list: Builder[CreateContactListParameters]
create_custom_verification_email_template: Builder[CreateCustomVerificationEmailTemplateParameters]
create_dedicated_ip_pool: Builder[CreateDedicatedIpPoolParameters]
create_deliverability_test_report: Builder[CreateDeliverabilityTestReportParameters]
create_email_identity: Builder[CreateEmailIdentityParameters]
create_email_identity_policy: Builder[CreateEmailIdentityPolicyParameters]
create_email_template: Builder[CreateEmailTemplateParameters]
create_export_job: Builder[CreateExportJobParameters]
create_import_job: Builder[CreateImportJobParameters]
create_multi_region_endpoint: Builder[CreateMultiRegionEndpointParameters]
create_tenant: Builder[CreateTenantParameters]
create_tenant_resource_association: Builder[CreateTenantResourceAssociationParameters]
delete_configuration_set: Builder[DeleteConfigurationSetParameters]
delete_configuration_set_event_destination: Builder[
    DeleteConfigurationSetEventDestinationParameters
]
delete_contact: Builder[DeleteContactParameters]
delete_contact_list: Builder[DeleteContactListParameters]
delete_custom_verification_email_template: Builder[DeleteCustomVerificationEmailTemplateParameters]
delete_dedicated_ip_pool: Builder[DeleteDedicatedIpPoolParameters]
delete_email_identity: Builder[DeleteEmailIdentityParameters]
delete_email_identity_policy: Builder[DeleteEmailIdentityPolicyParameters]
delete_email_template: Builder[DeleteEmailTemplateParameters]
delete_multi_region_endpoint: Builder[DeleteMultiRegionEndpointParameters]
delete_suppressed_destination: Builder[DeleteSuppressedDestinationParameters]
delete_tenant: Builder[DeleteTenantParameters]
delete_tenant_resource_association: Builder[DeleteTenantResourceAssociationParameters]
disassociate_email_identity_certificate: Builder[DisassociateEmailIdentityCertificateParameters]
get_account: Builder[GetAccountParameters]
get_blacklist_reports: Builder[GetBlacklistReportsParameters]
get_configuration_set: Builder[GetConfigurationSetParameters]
get_configuration_set_event_destinations: Builder[GetConfigurationSetEventDestinationsParameters]
get_contact: Builder[GetContactParameters]
get_contact_list: Builder[GetContactListParameters]
get_custom_verification_email_template: Builder[GetCustomVerificationEmailTemplateParameters]
get_dedicated_ip: Builder[GetDedicatedIpParameters]
get_dedicated_ip_pool: Builder[GetDedicatedIpPoolParameters]
get_dedicated_ips: Builder[GetDedicatedIpsParameters]
get_deliverability_dashboard_options: Builder[GetDeliverabilityDashboardOptionsParameters]
get_deliverability_test_report: Builder[GetDeliverabilityTestReportParameters]
get_domain_deliverability_campaign: Builder[GetDomainDeliverabilityCampaignParameters]
get_domain_statistics_report: Builder[GetDomainStatisticsReportParameters]
get_email_address_insights: Builder[GetEmailAddressInsightsParameters]
get_email_identity: Builder[GetEmailIdentityParameters]
get_email_identity_policies: Builder[GetEmailIdentityPoliciesParameters]
get_email_template: Builder[GetEmailTemplateParameters]
get_export_job: Builder[GetExportJobParameters]
get_import_job: Builder[GetImportJobParameters]
get_message_insights: Builder[GetMessageInsightsParameters]
get_multi_region_endpoint: Builder[GetMultiRegionEndpointParameters]
get_reputation_entity: Builder[GetReputationEntityParameters]
get_suppressed_destination: Builder[GetSuppressedDestinationParameters]
get_tenant: Builder[GetTenantParameters]
list_configuration_sets: Builder[ListConfigurationSetsParameters]
list_contact_lists: Builder[ListContactListsParameters]
list_contacts: Builder[ListContactsParameters]
list_custom_verification_email_templates: Builder[ListCustomVerificationEmailTemplatesParameters]
list_dedicated_ip_pools: Builder[ListDedicatedIpPoolsParameters]
list_deliverability_test_reports: Builder[ListDeliverabilityTestReportsParameters]
list_domain_deliverability_campaigns: Builder[ListDomainDeliverabilityCampaignsParameters]
list_email_identities: Builder[ListEmailIdentitiesParameters]
list_email_identity_certificates: Builder[ListEmailIdentityCertificatesParameters]
list_email_templates: Builder[ListEmailTemplatesParameters]
list_export_jobs: Builder[ListExportJobsParameters]
list_import_jobs: Builder[ListImportJobsParameters]
list_multi_region_endpoints: Builder[ListMultiRegionEndpointsParameters]
list_recommendations: Builder[ListRecommendationsParameters]
list_reputation_entities: Builder[ListReputationEntitiesParameters]
list_resource_tenants: Builder[ListResourceTenantsParameters]
list_suppressed_destinations: Builder[ListSuppressedDestinationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tenant_resources: Builder[ListTenantResourcesParameters]
list_tenants: Builder[ListTenantsParameters]
put_account_dedicated_ip_warmup_attributes: Builder[PutAccountDedicatedIpWarmupAttributesParameters]
put_account_delivery_attributes: Builder[PutAccountDeliveryAttributesParameters]
put_account_details: Builder[PutAccountDetailsParameters]
put_account_pricing_attributes: Builder[PutAccountPricingAttributesParameters]
put_account_sending_attributes: Builder[PutAccountSendingAttributesParameters]
put_account_suppression_attributes: Builder[PutAccountSuppressionAttributesParameters]
put_account_vdm_attributes: Builder[PutAccountVdmAttributesParameters]
put_configuration_set_archiving_options: Builder[PutConfigurationSetArchivingOptionsParameters]
put_configuration_set_delivery_options: Builder[PutConfigurationSetDeliveryOptionsParameters]
put_configuration_set_reputation_options: Builder[PutConfigurationSetReputationOptionsParameters]
put_configuration_set_sending_options: Builder[PutConfigurationSetSendingOptionsParameters]
put_configuration_set_suppression_options: Builder[PutConfigurationSetSuppressionOptionsParameters]
put_configuration_set_tracking_options: Builder[PutConfigurationSetTrackingOptionsParameters]
put_configuration_set_vdm_options: Builder[PutConfigurationSetVdmOptionsParameters]
put_dedicated_ip_in_pool: Builder[PutDedicatedIpInPoolParameters]
put_dedicated_ip_pool_scaling_attributes: Builder[PutDedicatedIpPoolScalingAttributesParameters]
put_dedicated_ip_warmup_attributes: Builder[PutDedicatedIpWarmupAttributesParameters]
put_deliverability_dashboard_option: Builder[PutDeliverabilityDashboardOptionParameters]
put_email_identity_configuration_set_attributes: Builder[
    PutEmailIdentityConfigurationSetAttributesParameters
]
put_email_identity_dkim_attributes: Builder[PutEmailIdentityDkimAttributesParameters]
put_email_identity_dkim_signing_attributes: Builder[PutEmailIdentityDkimSigningAttributesParameters]
put_email_identity_feedback_attributes: Builder[PutEmailIdentityFeedbackAttributesParameters]
put_email_identity_mail_from_attributes: Builder[PutEmailIdentityMailFromAttributesParameters]
put_suppressed_destination: Builder[PutSuppressedDestinationParameters]
put_tenant_suppression_attributes: Builder[PutTenantSuppressionAttributesParameters]
send_bulk_email: Builder[SendBulkEmailParameters]
send_custom_verification_email: Builder[SendCustomVerificationEmailParameters]
send_email: Builder[SendEmailParameters]
tag_resource: Builder[TagResourceParameters]
test_render_email_template: Builder[TestRenderEmailTemplateParameters]
untag_resource: Builder[UntagResourceParameters]
update_configuration_set: Builder[UpdateConfigurationSetParameters]
update_configuration_set_event_destination: Builder[
    UpdateConfigurationSetEventDestinationParameters
]
update_contact: Builder[UpdateContactParameters]
update_contact_list: Builder[UpdateContactListParameters]
update_custom_verification_email_template: Builder[UpdateCustomVerificationEmailTemplateParameters]
update_email_identity_policy: Builder[UpdateEmailIdentityPolicyParameters]
update_email_template: Builder[UpdateEmailTemplateParameters]
update_reputation_entity_customer_managed_status: Builder[
    UpdateReputationEntityCustomerManagedStatusParameters
]
update_reputation_entity_policy: Builder[UpdateReputationEntityPolicyParameters]

__all__ = [
    "associate_email_identity_certificate",
    "batch_get_metric_data",
    "cancel_export_job",
    "create_configuration_set",
    "create_configuration_set_event_destination",
    "create_contact",
    "create_contact_list",
    "create_custom_verification_email_template",
    "create_dedicated_ip_pool",
    "create_deliverability_test_report",
    "create_email_identity",
    "create_email_identity_policy",
    "create_email_template",
    "create_export_job",
    "create_import_job",
    "create_multi_region_endpoint",
    "create_tenant",
    "create_tenant_resource_association",
    "delete_configuration_set",
    "delete_configuration_set_event_destination",
    "delete_contact",
    "delete_contact_list",
    "delete_custom_verification_email_template",
    "delete_dedicated_ip_pool",
    "delete_email_identity",
    "delete_email_identity_policy",
    "delete_email_template",
    "delete_multi_region_endpoint",
    "delete_suppressed_destination",
    "delete_tenant",
    "delete_tenant_resource_association",
    "disassociate_email_identity_certificate",
    "get_account",
    "get_blacklist_reports",
    "get_configuration_set",
    "get_configuration_set_event_destinations",
    "get_contact",
    "get_contact_list",
    "get_custom_verification_email_template",
    "get_dedicated_ip",
    "get_dedicated_ip_pool",
    "get_dedicated_ips",
    "get_deliverability_dashboard_options",
    "get_deliverability_test_report",
    "get_domain_deliverability_campaign",
    "get_domain_statistics_report",
    "get_email_address_insights",
    "get_email_identity",
    "get_email_identity_policies",
    "get_email_template",
    "get_export_job",
    "get_import_job",
    "get_message_insights",
    "get_multi_region_endpoint",
    "get_reputation_entity",
    "get_suppressed_destination",
    "get_tenant",
    "list_configuration_sets",
    "list_contact_lists",
    "list_contacts",
    "list_custom_verification_email_templates",
    "list_dedicated_ip_pools",
    "list_deliverability_test_reports",
    "list_domain_deliverability_campaigns",
    "list_email_identities",
    "list_email_identity_certificates",
    "list_email_templates",
    "list_export_jobs",
    "list_import_jobs",
    "list_multi_region_endpoints",
    "list_recommendations",
    "list_reputation_entities",
    "list_resource_tenants",
    "list_suppressed_destinations",
    "list_tags_for_resource",
    "list_tenant_resources",
    "list_tenants",
    "put_account_dedicated_ip_warmup_attributes",
    "put_account_delivery_attributes",
    "put_account_details",
    "put_account_pricing_attributes",
    "put_account_sending_attributes",
    "put_account_suppression_attributes",
    "put_account_vdm_attributes",
    "put_configuration_set_archiving_options",
    "put_configuration_set_delivery_options",
    "put_configuration_set_reputation_options",
    "put_configuration_set_sending_options",
    "put_configuration_set_suppression_options",
    "put_configuration_set_tracking_options",
    "put_configuration_set_vdm_options",
    "put_dedicated_ip_in_pool",
    "put_dedicated_ip_pool_scaling_attributes",
    "put_dedicated_ip_warmup_attributes",
    "put_deliverability_dashboard_option",
    "put_email_identity_configuration_set_attributes",
    "put_email_identity_dkim_attributes",
    "put_email_identity_dkim_signing_attributes",
    "put_email_identity_feedback_attributes",
    "put_email_identity_mail_from_attributes",
    "put_suppressed_destination",
    "put_tenant_suppression_attributes",
    "send_bulk_email",
    "send_custom_verification_email",
    "send_email",
    "tag_resource",
    "test_render_email_template",
    "untag_resource",
    "update_configuration_set",
    "update_configuration_set_event_destination",
    "update_contact",
    "update_contact_list",
    "update_custom_verification_email_template",
    "update_email_identity_policy",
    "update_email_template",
    "update_reputation_entity_customer_managed_status",
    "update_reputation_entity_policy",
]
