"""Typed builders of the AWS SDK integration of sns (``aws-sdk:sns:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AddPermissionParameters = TypedDict(
    "AddPermissionParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "Label": S,
        "Label.$": str,
        "AwsAccountId": L[Si],
        "AwsAccountId.$": str,
        "ActionName": L[Si],
        "ActionName.$": str,
    },
    total=False,
)
CheckIfPhoneNumberIsOptedOutParameters = TypedDict(
    "CheckIfPhoneNumberIsOptedOutParameters", {"PhoneNumber": S, "PhoneNumber.$": str}, total=False
)
ConfirmSubscriptionParameters = TypedDict(
    "ConfirmSubscriptionParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "Token": S,
        "Token.$": str,
        "AuthenticateOnUnsubscribe": S,
        "AuthenticateOnUnsubscribe.$": str,
    },
    total=False,
)
CreatePlatformApplicationParameters = TypedDict(
    "CreatePlatformApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Platform": S,
        "Platform.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
CreatePlatformEndpointParameters = TypedDict(
    "CreatePlatformEndpointParameters",
    {
        "PlatformApplicationArn": S,
        "PlatformApplicationArn.$": str,
        "Token": S,
        "Token.$": str,
        "CustomUserData": S,
        "CustomUserData.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
CreateSMSSandboxPhoneNumberParameters = TypedDict(
    "CreateSMSSandboxPhoneNumberParameters",
    {"PhoneNumber": S, "PhoneNumber.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateTopicParameters = TypedDict(
    "CreateTopicParameters",
    {
        "Name": S,
        "Name.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataProtectionPolicy": S,
        "DataProtectionPolicy.$": str,
    },
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
DeletePlatformApplicationParameters = TypedDict(
    "DeletePlatformApplicationParameters",
    {"PlatformApplicationArn": S, "PlatformApplicationArn.$": str},
    total=False,
)
DeleteSMSSandboxPhoneNumberParameters = TypedDict(
    "DeleteSMSSandboxPhoneNumberParameters", {"PhoneNumber": S, "PhoneNumber.$": str}, total=False
)
DeleteTopicParameters = TypedDict(
    "DeleteTopicParameters", {"TopicArn": S, "TopicArn.$": str}, total=False
)
GetDataProtectionPolicyParameters = TypedDict(
    "GetDataProtectionPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetEndpointAttributesParameters = TypedDict(
    "GetEndpointAttributesParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
GetPlatformApplicationAttributesParameters = TypedDict(
    "GetPlatformApplicationAttributesParameters",
    {"PlatformApplicationArn": S, "PlatformApplicationArn.$": str},
    total=False,
)
GetSMSAttributesParameters = TypedDict(
    "GetSMSAttributesParameters", {"Attributes": L[Si], "Attributes.$": str}, total=False
)

class GetSMSSandboxAccountStatusParameters(TypedDict, total=False): ...

GetSubscriptionAttributesParameters = TypedDict(
    "GetSubscriptionAttributesParameters",
    {"SubscriptionArn": S, "SubscriptionArn.$": str},
    total=False,
)
GetTopicAttributesParameters = TypedDict(
    "GetTopicAttributesParameters", {"TopicArn": S, "TopicArn.$": str}, total=False
)
ListEndpointsByPlatformApplicationParameters = TypedDict(
    "ListEndpointsByPlatformApplicationParameters",
    {
        "PlatformApplicationArn": S,
        "PlatformApplicationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOriginationNumbersParameters = TypedDict(
    "ListOriginationNumbersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPhoneNumbersOptedOutParameters = TypedDict(
    "ListPhoneNumbersOptedOutParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListPlatformApplicationsParameters = TypedDict(
    "ListPlatformApplicationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListSMSSandboxPhoneNumbersParameters = TypedDict(
    "ListSMSSandboxPhoneNumbersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListSubscriptionsByTopicParameters = TypedDict(
    "ListSubscriptionsByTopicParameters",
    {"TopicArn": S, "TopicArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTopicsParameters = TypedDict(
    "ListTopicsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
OptInPhoneNumberParameters = TypedDict(
    "OptInPhoneNumberParameters", {"PhoneNumber": S, "PhoneNumber.$": str}, total=False
)

class MessageAttributeValue(TypedDict, total=False):
    DataType: S
    StringValue: S
    BinaryValue: S

PublishParameters = TypedDict(
    "PublishParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "Message": S,
        "Message.$": str,
        "Subject": S,
        "Subject.$": str,
        "MessageStructure": S,
        "MessageStructure.$": str,
        "MessageAttributes": M[X[MessageAttributeValue]],
        "MessageAttributes.$": str,
        "MessageDeduplicationId": S,
        "MessageDeduplicationId.$": str,
        "MessageGroupId": S,
        "MessageGroupId.$": str,
    },
    total=False,
)

class PublishBatchRequestEntry(TypedDict, total=False):
    Id: S
    Message: S
    Subject: S
    MessageStructure: S
    MessageAttributes: M[X[MessageAttributeValue]]
    MessageDeduplicationId: S
    MessageGroupId: S

PublishBatchParameters = TypedDict(
    "PublishBatchParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "PublishBatchRequestEntries": L[Xi[PublishBatchRequestEntry]],
        "PublishBatchRequestEntries.$": str,
    },
    total=False,
)
PutDataProtectionPolicyParameters = TypedDict(
    "PutDataProtectionPolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "DataProtectionPolicy": S,
        "DataProtectionPolicy.$": str,
    },
    total=False,
)
RemovePermissionParameters = TypedDict(
    "RemovePermissionParameters",
    {"TopicArn": S, "TopicArn.$": str, "Label": S, "Label.$": str},
    total=False,
)
SetEndpointAttributesParameters = TypedDict(
    "SetEndpointAttributesParameters",
    {"EndpointArn": S, "EndpointArn.$": str, "Attributes": M[S], "Attributes.$": str},
    total=False,
)
SetPlatformApplicationAttributesParameters = TypedDict(
    "SetPlatformApplicationAttributesParameters",
    {
        "PlatformApplicationArn": S,
        "PlatformApplicationArn.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
SetSMSAttributesParameters = TypedDict(
    "SetSMSAttributesParameters", {"Attributes": M[S], "Attributes.$": str}, total=False
)
SetSubscriptionAttributesParameters = TypedDict(
    "SetSubscriptionAttributesParameters",
    {
        "SubscriptionArn": S,
        "SubscriptionArn.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
    },
    total=False,
)
SetTopicAttributesParameters = TypedDict(
    "SetTopicAttributesParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
    },
    total=False,
)
SubscribeParameters = TypedDict(
    "SubscribeParameters",
    {
        "TopicArn": S,
        "TopicArn.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Endpoint": S,
        "Endpoint.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "ReturnSubscriptionArn": B,
        "ReturnSubscriptionArn.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UnsubscribeParameters = TypedDict(
    "UnsubscribeParameters", {"SubscriptionArn": S, "SubscriptionArn.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
VerifySMSSandboxPhoneNumberParameters = TypedDict(
    "VerifySMSSandboxPhoneNumberParameters",
    {"PhoneNumber": S, "PhoneNumber.$": str, "OneTimePassword": S, "OneTimePassword.$": str},
    total=False,
)
add_permission: Builder[AddPermissionParameters]
check_if_phone_number_is_opted_out: Builder[CheckIfPhoneNumberIsOptedOutParameters]
confirm_subscription: Builder[ConfirmSubscriptionParameters]
create_platform_application: Builder[CreatePlatformApplicationParameters]
create_platform_endpoint: Builder[CreatePlatformEndpointParameters]
create_sms_sandbox_phone_number: Builder[CreateSMSSandboxPhoneNumberParameters]
create_topic: Builder[CreateTopicParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_platform_application: Builder[DeletePlatformApplicationParameters]
delete_sms_sandbox_phone_number: Builder[DeleteSMSSandboxPhoneNumberParameters]
delete_topic: Builder[DeleteTopicParameters]
get_data_protection_policy: Builder[GetDataProtectionPolicyParameters]
get_endpoint_attributes: Builder[GetEndpointAttributesParameters]
get_platform_application_attributes: Builder[GetPlatformApplicationAttributesParameters]
get_sms_attributes: Builder[GetSMSAttributesParameters]
get_sms_sandbox_account_status: Builder[GetSMSSandboxAccountStatusParameters]
get_subscription_attributes: Builder[GetSubscriptionAttributesParameters]
get_topic_attributes: Builder[GetTopicAttributesParameters]
list_endpoints_by_platform_application: Builder[ListEndpointsByPlatformApplicationParameters]
list_origination_numbers: Builder[ListOriginationNumbersParameters]
list_phone_numbers_opted_out: Builder[ListPhoneNumbersOptedOutParameters]
list_platform_applications: Builder[ListPlatformApplicationsParameters]
list_sms_sandbox_phone_numbers: Builder[ListSMSSandboxPhoneNumbersParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
list_subscriptions_by_topic: Builder[ListSubscriptionsByTopicParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_topics: Builder[ListTopicsParameters]
opt_in_phone_number: Builder[OptInPhoneNumberParameters]
publish: Builder[PublishParameters]
publish_batch: Builder[PublishBatchParameters]
put_data_protection_policy: Builder[PutDataProtectionPolicyParameters]
remove_permission: Builder[RemovePermissionParameters]
set_endpoint_attributes: Builder[SetEndpointAttributesParameters]
set_platform_application_attributes: Builder[SetPlatformApplicationAttributesParameters]
set_sms_attributes: Builder[SetSMSAttributesParameters]
set_subscription_attributes: Builder[SetSubscriptionAttributesParameters]
set_topic_attributes: Builder[SetTopicAttributesParameters]
subscribe: Builder[SubscribeParameters]
tag_resource: Builder[TagResourceParameters]
unsubscribe: Builder[UnsubscribeParameters]
untag_resource: Builder[UntagResourceParameters]
verify_sms_sandbox_phone_number: Builder[VerifySMSSandboxPhoneNumberParameters]

__all__ = [
    "add_permission",
    "check_if_phone_number_is_opted_out",
    "confirm_subscription",
    "create_platform_application",
    "create_platform_endpoint",
    "create_sms_sandbox_phone_number",
    "create_topic",
    "delete_endpoint",
    "delete_platform_application",
    "delete_sms_sandbox_phone_number",
    "delete_topic",
    "get_data_protection_policy",
    "get_endpoint_attributes",
    "get_platform_application_attributes",
    "get_sms_attributes",
    "get_sms_sandbox_account_status",
    "get_subscription_attributes",
    "get_topic_attributes",
    "list_endpoints_by_platform_application",
    "list_origination_numbers",
    "list_phone_numbers_opted_out",
    "list_platform_applications",
    "list_sms_sandbox_phone_numbers",
    "list_subscriptions",
    "list_subscriptions_by_topic",
    "list_tags_for_resource",
    "list_topics",
    "opt_in_phone_number",
    "publish",
    "publish_batch",
    "put_data_protection_policy",
    "remove_permission",
    "set_endpoint_attributes",
    "set_platform_application_attributes",
    "set_sms_attributes",
    "set_subscription_attributes",
    "set_topic_attributes",
    "subscribe",
    "tag_resource",
    "unsubscribe",
    "untag_resource",
    "verify_sms_sandbox_phone_number",
]
