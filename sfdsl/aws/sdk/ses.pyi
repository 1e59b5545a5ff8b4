"""Typed builders of the AWS SDK integration of ses (``aws-sdk:ses:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

CloneReceiptRuleSetParameters = TypedDict(
    "CloneReceiptRuleSetParameters",
    {
        "RuleSetName": S,
        "RuleSetName.$": str,
        "OriginalRuleSetName": S,
        "OriginalRuleSetName.$": str,
    },
    total=False,
)

class ConfigurationSet(TypedDict, total=False):
    Name: S

CreateConfigurationSetParameters = TypedDict(
    "CreateConfigurationSetParameters",
    {"ConfigurationSet": X[ConfigurationSet], "ConfigurationSet.$": str},
    total=False,
)

class KinesisFirehoseDestination(TypedDict, total=False):
    IamRoleARN: S
    DeliveryStreamARN: S

class CloudWatchDimensionConfiguration(TypedDict, total=False):
    DimensionName: S
    DimensionValueSource: S
    DefaultDimensionValue: S

class CloudWatchDestination(TypedDict, total=False):
    DimensionConfigurations: L[Xi[CloudWatchDimensionConfiguration]]

class SNSDestination(TypedDict, total=False):
    TopicARN: S

class EventDestination(TypedDict, total=False):
    Name: S
    Enabled: B
    MatchingEventTypes: L[Si]
    KinesisFirehoseDestination: X[KinesisFirehoseDestination]
    CloudWatchDestination: X[CloudWatchDestination]
    SnsDestination: X[SNSDestination]

CreateConfigurationSetEventDestinationParameters = TypedDict(
    "CreateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestination": X[EventDestination],
        "EventDestination.$": str,
    },
    total=False,
)

class TrackingOptions(TypedDict, total=False):
    CustomRedirectDomain: S

CreateConfigurationSetTrackingOptionsParameters = TypedDict(
    "CreateConfigurationSetTrackingOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "TrackingOptions": X[TrackingOptions],
        "TrackingOptions.$": str,
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
        "SuccessRedirectionURL": S,
        "SuccessRedirectionURL.$": str,
        "FailureRedirectionURL": S,
        "FailureRedirectionURL.$": str,
    },
    total=False,
)

class ReceiptIpFilter(TypedDict, total=False):
    Policy: S
    Cidr: S

class ReceiptFilter(TypedDict, total=False):
    Name: S
    IpFilter: X[ReceiptIpFilter]

CreateReceiptFilterParameters = TypedDict(
    "CreateReceiptFilterParameters", {"Filter": X[ReceiptFilter], "Filter.$": str}, total=False
)

class S3Action(TypedDict, total=False):
    TopicArn: S
    BucketName: S
    ObjectKeyPrefix: S
    KmsKeyArn: S
    IamRoleArn: S

class BounceAction(TypedDict, total=False):
    TopicArn: S
    SmtpReplyCode: S
    StatusCode: S
    Message: S
    Sender: S

class WorkmailAction(TypedDict, total=False):
    TopicArn: S
    OrganizationArn: S

class LambdaAction(TypedDict, total=False):
    TopicArn: S
    FunctionArn: S
    InvocationType: S

class StopAction(TypedDict, total=False):
    Scope: S
    TopicArn: S

class AddHeaderAction(TypedDict, total=False):
    HeaderName: S
    HeaderValue: S

class SNSAction(TypedDict, total=False):
    TopicArn: S
    Encoding: S

class ConnectAction(TypedDict, total=False):
    InstanceARN: S
    IamRoleARN: S

class ReceiptAction(TypedDict, total=False):
    S3Action: X[S3Action]
    BounceAction: X[BounceAction]
    WorkmailAction: X[WorkmailAction]
    LambdaAction: X[LambdaAction]
    StopAction: X[StopAction]
    AddHeaderAction: X[AddHeaderAction]
    SnsAction: X[SNSAction]
    ConnectAction: X[ConnectAction]

class ReceiptRule(TypedDict, total=False):
    Name: S
    Enabled: B
    TlsPolicy: S
    Recipients: L[Si]
    Actions: L[Xi[ReceiptAction]]
    ScanEnabled: B

CreateReceiptRuleParameters = TypedDict(
    "CreateReceiptRuleParameters",
    {
        "RuleSetName": S,
        "RuleSetName.$": str,
        "After": S,
        "After.$": str,
        "Rule": X[ReceiptRule],
        "Rule.$": str,
    },
    total=False,
)
CreateReceiptRuleSetParameters = TypedDict(
    "CreateReceiptRuleSetParameters", {"RuleSetName": S, "RuleSetName.$": str}, total=False
)

class Template(TypedDict, total=False):
    TemplateName: S
    SubjectPart: S
    TextPart: S
    HtmlPart: S

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters", {"Template": X[Template], "Template.$": str}, total=False
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
DeleteConfigurationSetTrackingOptionsParameters = TypedDict(
    "DeleteConfigurationSetTrackingOptionsParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteCustomVerificationEmailTemplateParameters = TypedDict(
    "DeleteCustomVerificationEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str},
    total=False,
)
DeleteIdentityParameters = TypedDict(
    "DeleteIdentityParameters", {"Identity": S, "Identity.$": str}, total=False
)
DeleteIdentityPolicyParameters = TypedDict(
    "DeleteIdentityPolicyParameters",
    {"Identity": S, "Identity.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteReceiptFilterParameters = TypedDict(
    "DeleteReceiptFilterParameters", {"FilterName": S, "FilterName.$": str}, total=False
)
DeleteReceiptRuleParameters = TypedDict(
    "DeleteReceiptRuleParameters",
    {"RuleSetName": S, "RuleSetName.$": str, "RuleName": S, "RuleName.$": str},
    total=False,
)
DeleteReceiptRuleSetParameters = TypedDict(
    "DeleteReceiptRuleSetParameters", {"RuleSetName": S, "RuleSetName.$": str}, total=False
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)
DeleteVerifiedEmailAddressParameters = TypedDict(
    "DeleteVerifiedEmailAddressParameters", {"EmailAddress": S, "EmailAddress.$": str}, total=False
)

class DescribeActiveReceiptRuleSetParameters(TypedDict, total=False): ...

DescribeConfigurationSetParameters = TypedDict(
    "DescribeConfigurationSetParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "ConfigurationSetAttributeNames": L[Si],
        "ConfigurationSetAttributeNames.$": str,
    },
    total=False,
)
DescribeReceiptRuleParameters = TypedDict(
    "DescribeReceiptRuleParameters",
    {"RuleSetName": S, "RuleSetName.$": str, "RuleName": S, "RuleName.$": str},
    total=False,
)
DescribeReceiptRuleSetParameters = TypedDict(
    "DescribeReceiptRuleSetParameters", {"RuleSetName": S, "RuleSetName.$": str}, total=False
)

class GetAccountSendingEnabledParameters(TypedDict, total=False): ...

GetCustomVerificationEmailTemplateParameters = TypedDict(
    "GetCustomVerificationEmailTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str},
    total=False,
)
GetIdentityDkimAttributesParameters = TypedDict(
    "GetIdentityDkimAttributesParameters", {"Identities": L[Si], "Identities.$": str}, total=False
)
GetIdentityMailFromDomainAttributesParameters = TypedDict(
    "GetIdentityMailFromDomainAttributesParameters",
    {"Identities": L[Si], "Identities.$": str},
    total=False,
)
GetIdentityNotificationAttributesParameters = TypedDict(
    "GetIdentityNotificationAttributesParameters",
    {"Identities": L[Si], "Identities.$": str},
    total=False,
)
GetIdentityPoliciesParameters = TypedDict(
    "GetIdentityPoliciesParameters",
    {"Identity": S, "Identity.$": str, "PolicyNames": L[Si], "PolicyNames.$": str},
    total=False,
)
GetIdentityVerificationAttributesParameters = TypedDict(
    "GetIdentityVerificationAttributesParameters",
    {"Identities": L[Si], "Identities.$": str},
    total=False,
)

class GetSendQuotaParameters(TypedDict, total=False): ...
class GetSendStatisticsParameters(TypedDict, total=False): ...

GetTemplateParameters = TypedDict(
    "GetTemplateParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)
ListConfigurationSetsParameters = TypedDict(
    "ListConfigurationSetsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListCustomVerificationEmailTemplatesParameters = TypedDict(
    "ListCustomVerificationEmailTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIdentitiesParameters = TypedDict(
    "ListIdentitiesParameters",
    {
        "IdentityType": S,
        "IdentityType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListIdentityPoliciesParameters = TypedDict(
    "ListIdentityPoliciesParameters", {"Identity": S, "Identity.$": str}, total=False
)

class ListReceiptFiltersParameters(TypedDict, total=False): ...

ListReceiptRuleSetsParameters = TypedDict(
    "ListReceiptRuleSetsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)

class ListVerifiedEmailAddressesParameters(TypedDict, total=False): ...

class DeliveryOptions(TypedDict, total=False):
    TlsPolicy: S

PutConfigurationSetDeliveryOptionsParameters = TypedDict(
    "PutConfigurationSetDeliveryOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "DeliveryOptions": X[DeliveryOptions],
        "DeliveryOptions.$": str,
    },
    total=False,
)
PutIdentityPolicyParameters = TypedDict(
    "PutIdentityPolicyParameters",
    {
        "Identity": S,
        "Identity.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
ReorderReceiptRuleSetParameters = TypedDict(
    "ReorderReceiptRuleSetParameters",
    {"RuleSetName": S, "RuleSetName.$": str, "RuleNames": L[Si], "RuleNames.$": str},
    total=False,
)

class ExtensionField(TypedDict, total=False):
    Name: S
    Value: S

class MessageDsn(TypedDict, total=False):
    ReportingMta: S
    ArrivalDate: T
    ExtensionFields: L[Xi[ExtensionField]]

class RecipientDsnFields(TypedDict, total=False):
    FinalRecipient: S
    Action: S
    RemoteMta: S
    Status: S
    DiagnosticCode: S
    LastAttemptDate: T
    ExtensionFields: L[Xi[ExtensionField]]

class BouncedRecipientInfo(TypedDict, total=False):
    Recipient: S
    RecipientArn: S
    BounceType: S
    RecipientDsnFields: X[RecipientDsnFields]

SendBounceParameters = TypedDict(
    "SendBounceParameters",
    {
        "OriginalMessageId": S,
        "OriginalMessageId.$": str,
        "BounceSender": S,
        "BounceSender.$": str,
        "Explanation": S,
        "Explanation.$": str,
        "MessageDsn": X[MessageDsn],
        "MessageDsn.$": str,
        "BouncedRecipientInfoList": L[Xi[BouncedRecipientInfo]],
        "BouncedRecipientInfoList.$": str,
        "BounceSenderArn": S,
        "BounceSenderArn.$": str,
    },
    total=False,
)

class MessageTag(TypedDict, total=False):
    Name: S
    Value: S

class Destination(TypedDict, total=False):
    ToAddresses: L[Si]
    CcAddresses: L[Si]
    BccAddresses: L[Si]

class BulkEmailDestination(TypedDict, total=False):
    Destination: X[Destination]
    ReplacementTags: L[Xi[MessageTag]]
    ReplacementTemplateData: S

SendBulkTemplatedEmailParameters = TypedDict(
    "SendBulkTemplatedEmailParameters",
    {
        "Source": S,
        "Source.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "ReturnPath": S,
        "ReturnPath.$": str,
        "ReturnPathArn": S,
        "ReturnPathArn.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "DefaultTags": L[Xi[MessageTag]],
        "DefaultTags.$": str,
        "Template": S,
        "Template.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
        "DefaultTemplateData": S,
        "DefaultTemplateData.$": str,
        "Destinations": L[Xi[BulkEmailDestination]],
        "Destinations.$": str,
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

class Content(TypedDict, total=False):
    Data: S
    Charset: S

class Body(TypedDict, total=False):
    Text: X[Content]
    Html: X[Content]

class Message(TypedDict, total=False):
    Subject: X[Content]
    Body: X[Body]

SendEmailParameters = TypedDict(
    "SendEmailParameters",
    {
        "Source": S,
        "Source.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "Message": X[Message],
        "Message.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "ReturnPath": S,
        "ReturnPath.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "ReturnPathArn": S,
        "ReturnPathArn.$": str,
        "Tags": L[Xi[MessageTag]],
        "Tags.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)

class RawMessage(TypedDict, total=False):
    Data: S

SendRawEmailParameters = TypedDict(
    "SendRawEmailParameters",
    {
        "Source": S,
        "Source.$": str,
        "Destinations": L[Si],
        "Destinations.$": str,
        "RawMessage": X[RawMessage],
        "RawMessage.$": str,
        "FromArn": S,
        "FromArn.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "ReturnPathArn": S,
        "ReturnPathArn.$": str,
        "Tags": L[Xi[MessageTag]],
        "Tags.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
    },
    total=False,
)
SendTemplatedEmailParameters = TypedDict(
    "SendTemplatedEmailParameters",
    {
        "Source": S,
        "Source.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "ReplyToAddresses": L[Si],
        "ReplyToAddresses.$": str,
        "ReturnPath": S,
        "ReturnPath.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "ReturnPathArn": S,
        "ReturnPathArn.$": str,
        "Tags": L[Xi[MessageTag]],
        "Tags.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "Template": S,
        "Template.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
        "TemplateData": S,
        "TemplateData.$": str,
    },
    total=False,
)
SetActiveReceiptRuleSetParameters = TypedDict(
    "SetActiveReceiptRuleSetParameters", {"RuleSetName": S, "RuleSetName.$": str}, total=False
)
SetIdentityDkimEnabledParameters = TypedDict(
    "SetIdentityDkimEnabledParameters",
    {"Identity": S, "Identity.$": str, "DkimEnabled": B, "DkimEnabled.$": str},
    total=False,
)
SetIdentityFeedbackForwardingEnabledParameters = TypedDict(
    "SetIdentityFeedbackForwardingEnabledParameters",
    {"Identity": S, "Identity.$": str, "ForwardingEnabled": B, "ForwardingEnabled.$": str},
    total=False,
)
SetIdentityHeadersInNotificationsEnabledParameters = TypedDict(
    "SetIdentityHeadersInNotificationsEnabledParameters",
    {
        "Identity": S,
        "Identity.$": str,
        "NotificationType": S,
        "NotificationType.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
SetIdentityMailFromDomainParameters = TypedDict(
    "SetIdentityMailFromDomainParameters",
    {
        "Identity": S,
        "Identity.$": str,
        "MailFromDomain": S,
        "MailFromDomain.$": str,
        "BehaviorOnMXFailure": S,
        "BehaviorOnMXFailure.$": str,
    },
    total=False,
)
SetIdentityNotificationTopicParameters = TypedDict(
    "SetIdentityNotificationTopicParameters",
    {
        "Identity": S,
        "Identity.$": str,
        "NotificationType": S,
        "NotificationType.$": str,
        "SnsTopic": S,
        "SnsTopic.$": str,
    },
    total=False,
)
SetReceiptRulePositionParameters = TypedDict(
    "SetReceiptRulePositionParameters",
    {
        "RuleSetName": S,
        "RuleSetName.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "After": S,
        "After.$": str,
    },
    total=False,
)
TestRenderTemplateParameters = TypedDict(
    "TestRenderTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "TemplateData": S, "TemplateData.$": str},
    total=False,
)
UpdateAccountSendingEnabledParameters = TypedDict(
    "UpdateAccountSendingEnabledParameters", {"Enabled": B, "Enabled.$": str}, total=False
)
UpdateConfigurationSetEventDestinationParameters = TypedDict(
    "UpdateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestination": X[EventDestination],
        "EventDestination.$": str,
    },
    total=False,
)
UpdateConfigurationSetReputationMetricsEnabledParameters = TypedDict(
    "UpdateConfigurationSetReputationMetricsEnabledParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str, "Enabled": B, "Enabled.$": str},
    total=False,
)
UpdateConfigurationSetSendingEnabledParameters = TypedDict(
    "UpdateConfigurationSetSendingEnabledParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str, "Enabled": B, "Enabled.$": str},
    total=False,
)
UpdateConfigurationSetTrackingOptionsParameters = TypedDict(
    "UpdateConfigurationSetTrackingOptionsParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "TrackingOptions": X[TrackingOptions],
        "TrackingOptions.$": str,
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
UpdateReceiptRuleParameters = TypedDict(
    "UpdateReceiptRuleParameters",
    {"RuleSetName": S, "RuleSetName.$": str, "Rule": X[ReceiptRule], "Rule.$": str},
    total=False,
)
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters", {"Template": X[Template], "Template.$": str}, total=False
)
VerifyDomainDkimParameters = TypedDict(
    "VerifyDomainDkimParameters", {"Domain": S, "Domain.$": str}, total=False
)
VerifyDomainIdentityParameters = TypedDict(
    "VerifyDomainIdentityParameters", {"Domain": S, "Domain.$": str}, total=False
)
VerifyEmailAddressParameters = TypedDict(
    "VerifyEmailAddressParameters", {"EmailAddress": S, "EmailAddress.$": str}, total=False
)
VerifyEmailIdentityParameters = TypedDict(
    "VerifyEmailIdentityParameters", {"EmailAddress": S, "EmailAddress.$": str}, total=False
)
clone_receipt_rule_set: Builder[CloneReceiptRuleSetParameters]
create_configuration_set: Builder[CreateConfigurationSetParameters]
create_configuration_set_event_destination: Builder[
    CreateConfigurationSetEventDestinationParameters
]
create_configuration_set_tracking_options: Builder[CreateConfigurationSetTrackingOptionsParameters]
create_custom_verification_email_template: Builder[CreateCustomVerificationEmailTemplateParameters]
create_receipt_filter: Builder[CreateReceiptFilterParameters]
create_receipt_rule: Builder[CreateReceiptRuleParameters]
create_receipt_rule_set: Builder[CreateReceiptRuleSetParameters]
create_template: Builder[CreateTemplateParameters]
delete_configuration_set: Builder[DeleteConfigurationSetParameters]
delete_configuration_set_event_destination: Builder[
    DeleteConfigurationSetEventDestinationParameters
]
delete_configuration_set_tracking_options: Builder[DeleteConfigurationSetTrackingOptionsParameters]
delete_custom_verification_email_template: Builder[DeleteCustomVerificationEmailTemplateParameters]
delete_identity: Builder[DeleteIdentityParameters]
delete_identity_policy: Builder[DeleteIdentityPolicyParameters]
delete_receipt_filter: Builder[DeleteReceiptFilterParameters]
delete_receipt_rule: Builder[DeleteReceiptRuleParameters]
delete_receipt_rule_set: Builder[DeleteReceiptRuleSetParameters]
delete_template: Builder[DeleteTemplateParameters]
delete_verified_email_address: Builder[DeleteVerifiedEmailAddressParameters]
describe_active_receipt_rule_set: Builder[DescribeActiveReceiptRuleSetParameters]
describe_configuration_set: Builder[DescribeConfigurationSetParameters]
describe_receipt_rule: Builder[DescribeReceiptRuleParameters]
describe_receipt_rule_set: Builder[DescribeReceiptRuleSetParameters]
get_account_sending_enabled: Builder[GetAccountSendingEnabledParameters]
get_custom_verification_email_template: Builder[GetCustomVerificationEmailTemplateParameters]
get_identity_dkim_attributes: Builder[GetIdentityDkimAttributesParameters]
get_identity_mail_from_domain_attributes: Builder[GetIdentityMailFromDomainAttributesParameters]
get_identity_notification_attributes: Builder[GetIdentityNotificationAttributesParameters]
get_identity_policies: Builder[GetIdentityPoliciesParameters]
get_identity_verification_attributes: Builder[GetIdentityVerificationAttributesParameters]
get_send_quota: Builder[GetSendQuotaParameters]
get_send_statistics: Builder[GetSendStatisticsParameters]
get_template: Builder[GetTemplateParameters]
list_configuration_sets: Builder[ListConfigurationSetsParameters]
list_custom_verification_email_templates: Builder[ListCustomVerificationEmailTemplatesParameters]
list_identities: Builder[ListIdentitiesParameters]
list_identity_policies: Builder[ListIdentityPoliciesParameters]
list_receipt_filters: Builder[ListReceiptFiltersParameters]
list_receipt_rule_sets: Builder[ListReceiptRuleSetsParameters]
list_templates: Builder[ListTemplatesParameters]
list_verified_email_addresses: Builder[ListVerifiedEmailAddressesParameters]
put_configuration_set_delivery_options: Builder[PutConfigurationSetDeliveryOptionsParameters]
put_identity_policy: Builder[PutIdentityPolicyParameters]
reorder_receipt_rule_set: Builder[ReorderReceiptRuleSetParameters]
send_bounce: Builder[SendBounceParameters]
send_bulk_templated_email: Builder[SendBulkTemplatedEmailParameters]
send_custom_verification_email: Builder[SendCustomVerificationEmailParameters]
send_email: Builder[SendEmailParameters]
send_raw_email: Builder[SendRawEmailParameters]
send_templated_email: Builder[SendTemplatedEmailParameters]
set_active_receipt_rule_set: Builder[SetActiveReceiptRuleSetParameters]
set_identity_dkim_enabled: Builder[SetIdentityDkimEnabledParameters]
set_identity_feedback_forwarding_enabled: Builder[SetIdentityFeedbackForwardingEnabledParameters]
set_identity_headers_in_notifications_enabled: Builder[
    SetIdentityHeadersInNotificationsEnabledParameters
]
set_identity_mail_from_domain: Builder[SetIdentityMailFromDomainParameters]
set_identity_notification_topic: Builder[SetIdentityNotificationTopicParameters]
set_receipt_rule_position: Builder[SetReceiptRulePositionParameters]
test_render_template: Builder[TestRenderTemplateParameters]
update_account_sending_enabled: Builder[UpdateAccountSendingEnabledParameters]
update_configuration_set_event_destination: Builder[
    UpdateConfigurationSetEventDestinationParameters
]
update_configuration_set_reputation_metrics_enabled: Builder[
    UpdateConfigurationSetReputationMetricsEnabledParameters
]
update_configuration_set_sending_enabled: Builder[UpdateConfigurationSetSendingEnabledParameters]
update_configuration_set_tracking_options: Builder[UpdateConfigurationSetTrackingOptionsParameters]
update_custom_verification_email_template: Builder[UpdateCustomVerificationEmailTemplateParameters]
update_receipt_rule: Builder[UpdateReceiptRuleParameters]
update_template: Builder[UpdateTemplateParameters]
verify_domain_dkim: Builder[VerifyDomainDkimParameters]
verify_domain_identity: Builder[VerifyDomainIdentityParameters]
verify_email_address: Builder[VerifyEmailAddressParameters]
verify_email_identity: Builder[VerifyEmailIdentityParameters]

__all__ = [
    "clone_receipt_rule_set",
    "create_configuration_set",
    "create_configuration_set_event_destination",
    "create_configuration_set_tracking_options",
    "create_custom_verification_email_template",
    "create_receipt_filter",
    "create_receipt_rule",
    "create_receipt_rule_set",
    "create_template",
    "delete_configuration_set",
    "delete_configuration_set_event_destination",
    "delete_configuration_set_tracking_options",
    "delete_custom_verification_email_template",
    "delete_identity",
    "delete_identity_policy",
    "delete_receipt_filter",
    "delete_receipt_rule",
    "delete_receipt_rule_set",
    "delete_template",
    "delete_verified_email_address",
    "describe_active_receipt_rule_set",
    "describe_configuration_set",
    "describe_receipt_rule",
    "describe_receipt_rule_set",
    "get_account_sending_enabled",
    "get_custom_verification_email_template",
    "get_identity_dkim_attributes",
    "get_identity_mail_from_domain_attributes",
    "get_identity_notification_attributes",
    "get_identity_policies",
    "get_identity_verification_attributes",
    "get_send_quota",
    "get_send_statistics",
    "get_template",
    "list_configuration_sets",
    "list_custom_verification_email_templates",
    "list_identities",
    "list_identity_policies",
    "list_receipt_filters",
    "list_receipt_rule_sets",
    "list_templates",
    "list_verified_email_addresses",
    "put_configuration_set_delivery_options",
    "put_identity_policy",
    "reorder_receipt_rule_set",
    "send_bounce",
    "send_bulk_templated_email",
    "send_custom_verification_email",
    "send_email",
    "send_raw_email",
    "send_templated_email",
    "set_active_receipt_rule_set",
    "set_identity_dkim_enabled",
    "set_identity_feedback_forwarding_enabled",
    "set_identity_headers_in_notifications_enabled",
    "set_identity_mail_from_domain",
    "set_identity_notification_topic",
    "set_receipt_rule_position",
    "test_render_template",
    "update_account_sending_enabled",
    "update_configuration_set_event_destination",
    "update_configuration_set_reputation_metrics_enabled",
    "update_configuration_set_sending_enabled",
    "update_configuration_set_tracking_options",
    "update_custom_verification_email_template",
    "update_receipt_rule",
    "update_template",
    "verify_domain_dkim",
    "verify_domain_identity",
    "verify_email_address",
    "verify_email_identity",
]
