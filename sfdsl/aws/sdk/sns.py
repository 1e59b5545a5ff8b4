"""Typed builders of the AWS SDK integration of sns.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AddPermissionParameters = TypedDict(
        "AddPermissionParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "Label": Any,
            "Label.$": Any,
            "AwsAccountId": Any,
            "AwsAccountId.$": Any,
            "ActionName": Any,
            "ActionName.$": Any,
        },
        total=False,
    )
    CheckIfPhoneNumberIsOptedOutParameters = TypedDict(
        "CheckIfPhoneNumberIsOptedOutParameters",
        {"PhoneNumber": Any, "PhoneNumber.$": Any},
        total=False,
    )
    ConfirmSubscriptionParameters = TypedDict(
        "ConfirmSubscriptionParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "Token": Any,
            "Token.$": Any,
            "AuthenticateOnUnsubscribe": Any,
            "AuthenticateOnUnsubscribe.$": Any,
        },
        total=False,
    )
    CreatePlatformApplicationParameters = TypedDict(
        "CreatePlatformApplicationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Platform": Any,
            "Platform.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
        },
        total=False,
    )
    CreatePlatformEndpointParameters = TypedDict(
        "CreatePlatformEndpointParameters",
        {
            "PlatformApplicationArn": Any,
            "PlatformApplicationArn.$": Any,
            "Token": Any,
            "Token.$": Any,
            "CustomUserData": Any,
            "CustomUserData.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
        },
        total=False,
    )
    CreateSMSSandboxPhoneNumberParameters = TypedDict(
        "CreateSMSSandboxPhoneNumberParameters",
        {"PhoneNumber": Any, "PhoneNumber.$": Any, "LanguageCode": Any, "LanguageCode.$": Any},
        total=False,
    )
    CreateTopicParameters = TypedDict(
        "CreateTopicParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DataProtectionPolicy": Any,
            "DataProtectionPolicy.$": Any,
        },
        total=False,
    )
    DeleteEndpointParameters = TypedDict(
        "DeleteEndpointParameters", {"EndpointArn": Any, "EndpointArn.$": Any}, total=False
    )
    DeletePlatformApplicationParameters = TypedDict(
        "DeletePlatformApplicationParameters",
        {"PlatformApplicationArn": Any, "PlatformApplicationArn.$": Any},
        total=False,
    )
    DeleteSMSSandboxPhoneNumberParameters = TypedDict(
        "DeleteSMSSandboxPhoneNumberParameters",
        {"PhoneNumber": Any, "PhoneNumber.$": Any},
        total=False,
    )
    DeleteTopicParameters = TypedDict(
        "DeleteTopicParameters", {"TopicArn": Any, "TopicArn.$": Any}, total=False
    )
    GetDataProtectionPolicyParameters = TypedDict(
        "GetDataProtectionPolicyParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    GetEndpointAttributesParameters = TypedDict(
        "GetEndpointAttributesParameters", {"EndpointArn": Any, "EndpointArn.$": Any}, total=False
    )
    GetPlatformApplicationAttributesParameters = TypedDict(
        "GetPlatformApplicationAttributesParameters",
        {"PlatformApplicationArn": Any, "PlatformApplicationArn.$": Any},
        total=False,
    )
    GetSMSAttributesParameters = TypedDict(
        "GetSMSAttributesParameters", {"Attributes": Any, "Attributes.$": Any}, total=False
    )

    class GetSMSSandboxAccountStatusParameters(TypedDict, total=False):
        pass

    GetSubscriptionAttributesParameters = TypedDict(
        "GetSubscriptionAttributesParameters",
        {"SubscriptionArn": Any, "SubscriptionArn.$": Any},
        total=False,
    )
    GetTopicAttributesParameters = TypedDict(
        "GetTopicAttributesParameters", {"TopicArn": Any, "TopicArn.$": Any}, total=False
    )
    ListEndpointsByPlatformApplicationParameters = TypedDict(
        "ListEndpointsByPlatformApplicationParameters",
        {
            "PlatformApplicationArn": Any,
            "PlatformApplicationArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListOriginationNumbersParameters = TypedDict(
        "ListOriginationNumbersParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListPhoneNumbersOptedOutParameters = TypedDict(
        "ListPhoneNumbersOptedOutParameters", {"NextToken": Any, "NextToken.$": Any}, total=False
    )
    ListPlatformApplicationsParameters = TypedDict(
        "ListPlatformApplicationsParameters", {"NextToken": Any, "NextToken.$": Any}, total=False
    )
    ListSMSSandboxPhoneNumbersParameters = TypedDict(
        "ListSMSSandboxPhoneNumbersParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListSubscriptionsParameters = TypedDict(
        "ListSubscriptionsParameters", {"NextToken": Any, "NextToken.$": Any}, total=False
    )
    ListSubscriptionsByTopicParameters = TypedDict(
        "ListSubscriptionsByTopicParameters",
        {"TopicArn": Any, "TopicArn.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ListTopicsParameters = TypedDict(
        "ListTopicsParameters", {"NextToken": Any, "NextToken.$": Any}, total=False
    )
    OptInPhoneNumberParameters = TypedDict(
        "OptInPhoneNumberParameters", {"PhoneNumber": Any, "PhoneNumber.$": Any}, total=False
    )
    PublishParameters = TypedDict(
        "PublishParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "TargetArn": Any,
            "TargetArn.$": Any,
            "PhoneNumber": Any,
            "PhoneNumber.$": Any,
            "Message": Any,
            "Message.$": Any,
            "Subject": Any,
            "Subject.$": Any,
            "MessageStructure": Any,
            "MessageStructure.$": Any,
            "MessageAttributes": Any,
            "MessageAttributes.$": Any,
            "MessageDeduplicationId": Any,
            "MessageDeduplicationId.$": Any,
            "MessageGroupId": Any,
            "MessageGroupId.$": Any,
        },
        total=False,
    )
    PublishBatchParameters = TypedDict(
        "PublishBatchParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "PublishBatchRequestEntries": Any,
            "PublishBatchRequestEntries.$": Any,
        },
        total=False,
    )
    PutDataProtectionPolicyParameters = TypedDict(
        "PutDataProtectionPolicyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "DataProtectionPolicy": Any,
            "DataProtectionPolicy.$": Any,
        },
        total=False,
    )
    RemovePermissionParameters = TypedDict(
        "RemovePermissionParameters",
        {"TopicArn": Any, "TopicArn.$": Any, "Label": Any, "Label.$": Any},
        total=False,
    )
    SetEndpointAttributesParameters = TypedDict(
        "SetEndpointAttributesParameters",
        {"EndpointArn": Any, "EndpointArn.$": Any, "Attributes": Any, "Attributes.$": Any},
        total=False,
    )
    SetPlatformApplicationAttributesParameters = TypedDict(
        "SetPlatformApplicationAttributesParameters",
        {
            "PlatformApplicationArn": Any,
            "PlatformApplicationArn.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
        },
        total=False,
    )
    SetSMSAttributesParameters = TypedDict(
        "SetSMSAttributesParameters", {"Attributes": Any, "Attributes.$": Any}, total=False
    )
    SetSubscriptionAttributesParameters = TypedDict(
        "SetSubscriptionAttributesParameters",
        {
            "SubscriptionArn": Any,
            "SubscriptionArn.$": Any,
            "AttributeName": Any,
            "AttributeName.$": Any,
            "AttributeValue": Any,
            "AttributeValue.$": Any,
        },
        total=False,
    )
    SetTopicAttributesParameters = TypedDict(
        "SetTopicAttributesParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "AttributeName": Any,
            "AttributeName.$": Any,
            "AttributeValue": Any,
            "AttributeValue.$": Any,
        },
        total=False,
    )
    SubscribeParameters = TypedDict(
        "SubscribeParameters",
        {
            "TopicArn": Any,
            "TopicArn.$": Any,
            "Protocol": Any,
            "Protocol.$": Any,
            "Endpoint": Any,
            "Endpoint.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
            "ReturnSubscriptionArn": Any,
            "ReturnSubscriptionArn.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UnsubscribeParameters = TypedDict(
        "UnsubscribeParameters", {"SubscriptionArn": Any, "SubscriptionArn.$": Any}, total=False
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    VerifySMSSandboxPhoneNumberParameters = TypedDict(
        "VerifySMSSandboxPhoneNumberParameters",
        {
            "PhoneNumber": Any,
            "PhoneNumber.$": Any,
            "OneTimePassword": Any,
            "OneTimePassword.$": Any,
        },
        total=False,
    )


def add_permission(
    name: str,
    parameters: AddPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:addPermission (``arn:aws:states:::aws-sdk:sns:addPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:addPermission", parameters, pattern, options)


def check_if_phone_number_is_opted_out(
    name: str,
    parameters: CheckIfPhoneNumberIsOptedOutParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:checkIfPhoneNumberIsOptedOut (``arn:aws:states:::aws-sdk:sns:checkIfPhoneNumberIsOptedOut``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:checkIfPhoneNumberIsOptedOut", parameters, pattern, options)


def confirm_subscription(
    name: str,
    parameters: ConfirmSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:confirmSubscription (``arn:aws:states:::aws-sdk:sns:confirmSubscription``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:confirmSubscription", parameters, pattern, options)


def create_platform_application(
    name: str,
    parameters: CreatePlatformApplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:createPlatformApplication (``arn:aws:states:::aws-sdk:sns:createPlatformApplication``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:createPlatformApplication", parameters, pattern, options)


def create_platform_endpoint(
    name: str,
    parameters: CreatePlatformEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:createPlatformEndpoint (``arn:aws:states:::aws-sdk:sns:createPlatformEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:createPlatformEndpoint", parameters, pattern, options)


def create_sms_sandbox_phone_number(
    name: str,
    parameters: CreateSMSSandboxPhoneNumberParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:createSMSSandboxPhoneNumber (``arn:aws:states:::aws-sdk:sns:createSMSSandboxPhoneNumber``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:createSMSSandboxPhoneNumber", parameters, pattern, options)


def create_topic(
    name: str,
    parameters: CreateTopicParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:createTopic (``arn:aws:states:::aws-sdk:sns:createTopic``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:createTopic", parameters, pattern, options)


def delete_endpoint(
    name: str,
    parameters: DeleteEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:deleteEndpoint (``arn:aws:states:::aws-sdk:sns:deleteEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:deleteEndpoint", parameters, pattern, options)


def delete_platform_application(
    name: str,
    parameters: DeletePlatformApplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:deletePlatformApplication (``arn:aws:states:::aws-sdk:sns:deletePlatformApplication``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:deletePlatformApplication", parameters, pattern, options)


def delete_sms_sandbox_phone_number(
    name: str,
    parameters: DeleteSMSSandboxPhoneNumberParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:deleteSMSSandboxPhoneNumber (``arn:aws:states:::aws-sdk:sns:deleteSMSSandboxPhoneNumber``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:deleteSMSSandboxPhoneNumber", parameters, pattern, options)


def delete_topic(
    name: str,
    parameters: DeleteTopicParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:deleteTopic (``arn:aws:states:::aws-sdk:sns:deleteTopic``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:deleteTopic", parameters, pattern, options)


def get_data_protection_policy(
    name: str,
    parameters: GetDataProtectionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getDataProtectionPolicy (``arn:aws:states:::aws-sdk:sns:getDataProtectionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getDataProtectionPolicy", parameters, pattern, options)


def get_endpoint_attributes(
    name: str,
    parameters: GetEndpointAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getEndpointAttributes (``arn:aws:states:::aws-sdk:sns:getEndpointAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getEndpointAttributes", parameters, pattern, options)


def get_platform_application_attributes(
    name: str,
    parameters: GetPlatformApplicationAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getPlatformApplicationAttributes (``arn:aws:states:::aws-sdk:sns:getPlatformApplicationAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getPlatformApplicationAttributes", parameters, pattern, options)


def get_sms_attributes(
    name: str,
    parameters: GetSMSAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getSMSAttributes (``arn:aws:states:::aws-sdk:sns:getSMSAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getSMSAttributes", parameters, pattern, options)


def get_sms_sandbox_account_status(
    name: str,
    parameters: GetSMSSandboxAccountStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getSMSSandboxAccountStatus (``arn:aws:states:::aws-sdk:sns:getSMSSandboxAccountStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getSMSSandboxAccountStatus", parameters, pattern, options)


def get_subscription_attributes(
    name: str,
    parameters: GetSubscriptionAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getSubscriptionAttributes (``arn:aws:states:::aws-sdk:sns:getSubscriptionAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getSubscriptionAttributes", parameters, pattern, options)


def get_topic_attributes(
    name: str,
    parameters: GetTopicAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:getTopicAttributes (``arn:aws:states:::aws-sdk:sns:getTopicAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:getTopicAttributes", parameters, pattern, options)


def list_endpoints_by_platform_application(
    name: str,
    parameters: ListEndpointsByPlatformApplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listEndpointsByPlatformApplication (``arn:aws:states:::aws-sdk:sns:listEndpointsByPlatformApplication``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listEndpointsByPlatformApplication", parameters, pattern, options)


def list_origination_numbers(
    name: str,
    parameters: ListOriginationNumbersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listOriginationNumbers (``arn:aws:states:::aws-sdk:sns:listOriginationNumbers``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listOriginationNumbers", parameters, pattern, options)


def list_phone_numbers_opted_out(
    name: str,
    parameters: ListPhoneNumbersOptedOutParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listPhoneNumbersOptedOut (``arn:aws:states:::aws-sdk:sns:listPhoneNumbersOptedOut``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listPhoneNumbersOptedOut", parameters, pattern, options)


def list_platform_applications(
    name: str,
    parameters: ListPlatformApplicationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listPlatformApplications (``arn:aws:states:::aws-sdk:sns:listPlatformApplications``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listPlatformApplications", parameters, pattern, options)


def list_sms_sandbox_phone_numbers(
    name: str,
    parameters: ListSMSSandboxPhoneNumbersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listSMSSandboxPhoneNumbers (``arn:aws:states:::aws-sdk:sns:listSMSSandboxPhoneNumbers``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listSMSSandboxPhoneNumbers", parameters, pattern, options)


def list_subscriptions(
    name: str,
    parameters: ListSubscriptionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listSubscriptions (``arn:aws:states:::aws-sdk:sns:listSubscriptions``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listSubscriptions", parameters, pattern, options)


def list_subscriptions_by_topic(
    name: str,
    parameters: ListSubscriptionsByTopicParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listSubscriptionsByTopic (``arn:aws:states:::aws-sdk:sns:listSubscriptionsByTopic``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listSubscriptionsByTopic", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listTagsForResource (``arn:aws:states:::aws-sdk:sns:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listTagsForResource", parameters, pattern, options)


def list_topics(
    name: str,
    parameters: ListTopicsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:listTopics (``arn:aws:states:::aws-sdk:sns:listTopics``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:listTopics", parameters, pattern, options)


def opt_in_phone_number(
    name: str,
    parameters: OptInPhoneNumberParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:optInPhoneNumber (``arn:aws:states:::aws-sdk:sns:optInPhoneNumber``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:optInPhoneNumber", parameters, pattern, options)


def publish(
    name: str,
    parameters: PublishParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:publish (``arn:aws:states:::aws-sdk:sns:publish``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:publish", parameters, pattern, options)


def publish_batch(
    name: str,
    parameters: PublishBatchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:publishBatch (``arn:aws:states:::aws-sdk:sns:publishBatch``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:publishBatch", parameters, pattern, options)


def put_data_protection_policy(
    name: str,
    parameters: PutDataProtectionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:putDataProtectionPolicy (``arn:aws:states:::aws-sdk:sns:putDataProtectionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:putDataProtectionPolicy", parameters, pattern, options)


def remove_permission(
    name: str,
    parameters: RemovePermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:removePermission (``arn:aws:states:::aws-sdk:sns:removePermission``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:removePermission", parameters, pattern, options)


def set_endpoint_attributes(
    name: str,
    parameters: SetEndpointAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:setEndpointAttributes (``arn:aws:states:::aws-sdk:sns:setEndpointAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:setEndpointAttributes", parameters, pattern, options)


def set_platform_application_attributes(
    name: str,
    parameters: SetPlatformApplicationAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:setPlatformApplicationAttributes (``arn:aws:states:::aws-sdk:sns:setPlatformApplicationAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:setPlatformApplicationAttributes", parameters, pattern, options)


def set_sms_attributes(
    name: str,
    parameters: SetSMSAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:setSMSAttributes (``arn:aws:states:::aws-sdk:sns:setSMSAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:setSMSAttributes", parameters, pattern, options)


def set_subscription_attributes(
    name: str,
    parameters: SetSubscriptionAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:setSubscriptionAttributes (``arn:aws:states:::aws-sdk:sns:setSubscriptionAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:setSubscriptionAttributes", parameters, pattern, options)


def set_topic_attributes(
    name: str,
    parameters: SetTopicAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:setTopicAttributes (``arn:aws:states:::aws-sdk:sns:setTopicAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:setTopicAttributes", parameters, pattern, options)


def subscribe(
    name: str,
    parameters: SubscribeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:subscribe (``arn:aws:states:::aws-sdk:sns:subscribe``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:subscribe", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:tagResource (``arn:aws:states:::aws-sdk:sns:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:tagResource", parameters, pattern, options)


def unsubscribe(
    name: str,
    parameters: UnsubscribeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:unsubscribe (``arn:aws:states:::aws-sdk:sns:unsubscribe``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:unsubscribe", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:untagResource (``arn:aws:states:::aws-sdk:sns:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:untagResource", parameters, pattern, options)


def verify_sms_sandbox_phone_number(
    name: str,
    parameters: VerifySMSSandboxPhoneNumberParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sns:verifySMSSandboxPhoneNumber (``arn:aws:states:::aws-sdk:sns:verifySMSSandboxPhoneNumber``); the parameters are checked against its API model."""
    return sdk_task(name, "sns:verifySMSSandboxPhoneNumber", parameters, pattern, options)


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
