"""Typed builders of the AWS SDK integration of chimesdkidentity (``aws-sdk:chimesdkidentity:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAppInstanceParameters = TypedDict(
    "CreateAppInstanceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAppInstanceAdminParameters = TypedDict(
    "CreateAppInstanceAdminParameters",
    {
        "AppInstanceAdminArn": S,
        "AppInstanceAdminArn.$": str,
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
    },
    total=False,
)

class InvokedBy(TypedDict, total=False):
    StandardMessages: S
    TargetedMessages: S

class LexConfiguration(TypedDict, total=False):
    RespondsTo: S
    InvokedBy: X[InvokedBy]
    LexBotAliasArn: S
    LocaleId: S
    WelcomeIntent: S

class Configuration(TypedDict, total=False):
    Lex: X[LexConfiguration]

CreateAppInstanceBotParameters = TypedDict(
    "CreateAppInstanceBotParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Configuration": X[Configuration],
        "Configuration.$": str,
    },
    total=False,
)

class ExpirationSettings(TypedDict, total=False):
    ExpirationDays: I
    ExpirationCriterion: S

CreateAppInstanceUserParameters = TypedDict(
    "CreateAppInstanceUserParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "AppInstanceUserId": S,
        "AppInstanceUserId.$": str,
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ExpirationSettings": X[ExpirationSettings],
        "ExpirationSettings.$": str,
    },
    total=False,
)
DeleteAppInstanceParameters = TypedDict(
    "DeleteAppInstanceParameters", {"AppInstanceArn": S, "AppInstanceArn.$": str}, total=False
)
DeleteAppInstanceAdminParameters = TypedDict(
    "DeleteAppInstanceAdminParameters",
    {
        "AppInstanceAdminArn": S,
        "AppInstanceAdminArn.$": str,
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
    },
    total=False,
)
DeleteAppInstanceBotParameters = TypedDict(
    "DeleteAppInstanceBotParameters",
    {"AppInstanceBotArn": S, "AppInstanceBotArn.$": str},
    total=False,
)
DeleteAppInstanceUserParameters = TypedDict(
    "DeleteAppInstanceUserParameters",
    {"AppInstanceUserArn": S, "AppInstanceUserArn.$": str},
    total=False,
)
DeregisterAppInstanceUserEndpointParameters = TypedDict(
    "DeregisterAppInstanceUserEndpointParameters",
    {"AppInstanceUserArn": S, "AppInstanceUserArn.$": str, "EndpointId": S, "EndpointId.$": str},
    total=False,
)
DescribeAppInstanceParameters = TypedDict(
    "DescribeAppInstanceParameters", {"AppInstanceArn": S, "AppInstanceArn.$": str}, total=False
)
DescribeAppInstanceAdminParameters = TypedDict(
    "DescribeAppInstanceAdminParameters",
    {
        "AppInstanceAdminArn": S,
        "AppInstanceAdminArn.$": str,
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
    },
    total=False,
)
DescribeAppInstanceBotParameters = TypedDict(
    "DescribeAppInstanceBotParameters",
    {"AppInstanceBotArn": S, "AppInstanceBotArn.$": str},
    total=False,
)
DescribeAppInstanceUserParameters = TypedDict(
    "DescribeAppInstanceUserParameters",
    {"AppInstanceUserArn": S, "AppInstanceUserArn.$": str},
    total=False,
)
DescribeAppInstanceUserEndpointParameters = TypedDict(
    "DescribeAppInstanceUserEndpointParameters",
    {"AppInstanceUserArn": S, "AppInstanceUserArn.$": str, "EndpointId": S, "EndpointId.$": str},
    total=False,
)
GetAppInstanceRetentionSettingsParameters = TypedDict(
    "GetAppInstanceRetentionSettingsParameters",
    {"AppInstanceArn": S, "AppInstanceArn.$": str},
    total=False,
)
ListAppInstanceAdminsParameters = TypedDict(
    "ListAppInstanceAdminsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppInstanceBotsParameters = TypedDict(
    "ListAppInstanceBotsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppInstanceUserEndpointsParameters = TypedDict(
    "ListAppInstanceUserEndpointsParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppInstanceUsersParameters = TypedDict(
    "ListAppInstanceUsersParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppInstancesParameters = TypedDict(
    "ListAppInstancesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class ChannelRetentionSettings(TypedDict, total=False):
    RetentionDays: I

class AppInstanceRetentionSettings(TypedDict, total=False):
    ChannelRetentionSettings: X[ChannelRetentionSettings]

PutAppInstanceRetentionSettingsParameters = TypedDict(
    "PutAppInstanceRetentionSettingsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "AppInstanceRetentionSettings": X[AppInstanceRetentionSettings],
        "AppInstanceRetentionSettings.$": str,
    },
    total=False,
)
PutAppInstanceUserExpirationSettingsParameters = TypedDict(
    "PutAppInstanceUserExpirationSettingsParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "ExpirationSettings": X[ExpirationSettings],
        "ExpirationSettings.$": str,
    },
    total=False,
)

class EndpointAttributes(TypedDict, total=False):
    DeviceToken: S
    VoipDeviceToken: S

RegisterAppInstanceUserEndpointParameters = TypedDict(
    "RegisterAppInstanceUserEndpointParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "EndpointAttributes": X[EndpointAttributes],
        "EndpointAttributes.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "AllowMessages": S,
        "AllowMessages.$": str,
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
UpdateAppInstanceParameters = TypedDict(
    "UpdateAppInstanceParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
    },
    total=False,
)
UpdateAppInstanceBotParameters = TypedDict(
    "UpdateAppInstanceBotParameters",
    {
        "AppInstanceBotArn": S,
        "AppInstanceBotArn.$": str,
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "Configuration": X[Configuration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateAppInstanceUserParameters = TypedDict(
    "UpdateAppInstanceUserParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "Name": S,
        "Name.$": str,
        "Metadata": S,
        "Metadata.$": str,
    },
    total=False,
)
UpdateAppInstanceUserEndpointParameters = TypedDict(
    "UpdateAppInstanceUserEndpointParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "Name": S,
        "Name.$": str,
        "AllowMessages": S,
        "AllowMessages.$": str,
    },
    total=False,
)
create_app_instance: Builder[CreateAppInstanceParameters]
create_app_instance_admin: Builder[CreateAppInstanceAdminParameters]
create_app_instance_bot: Builder[CreateAppInstanceBotParameters]
create_app_instance_user: Builder[CreateAppInstanceUserParameters]
delete_app_instance: Builder[DeleteAppInstanceParameters]
delete_app_instance_admin: Builder[DeleteAppInstanceAdminParameters]
delete_app_instance_bot: Builder[DeleteAppInstanceBotParameters]
delete_app_instance_user: Builder[DeleteAppInstanceUserParameters]
deregister_app_instance_user_endpoint: Builder[DeregisterAppInstanceUserEndpointParameters]
describe_app_instance: Builder[DescribeAppInstanceParameters]
describe_app_instance_admin: Builder[DescribeAppInstanceAdminParameters]
describe_app_instance_bot: Builder[DescribeAppInstanceBotParameters]
describe_app_instance_user: Builder[DescribeAppInstanceUserParameters]
describe_app_instance_user_endpoint: Builder[DescribeAppInstanceUserEndpointParameters]
get_app_instance_retention_settings: Builder[GetAppInstanceRetentionSettingsParameters]
list_app_instance_admins: Builder[ListAppInstanceAdminsParameters]
list_app_instance_bots: Builder[ListAppInstanceBotsParameters]
list_app_instance_user_endpoints: Builder[ListAppInstanceUserEndpointsParameters]
list_app_instance_users: Builder[ListAppInstanceUsersParameters]
list_app_instances: Builder[ListAppInstancesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_app_instance_retention_settings: Builder[PutAppInstanceRetentionSettingsParameters]
put_app_instance_user_expiration_settings: Builder[PutAppInstanceUserExpirationSettingsParameters]
register_app_instance_user_endpoint: Builder[RegisterAppInstanceUserEndpointParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app_instance: Builder[UpdateAppInstanceParameters]
update_app_instance_bot: Builder[UpdateAppInstanceBotParameters]
update_app_instance_user: Builder[UpdateAppInstanceUserParameters]
update_app_instance_user_endpoint: Builder[UpdateAppInstanceUserEndpointParameters]

__all__ = [
    "create_app_instance",
    "create_app_instance_admin",
    "create_app_instance_bot",
    "create_app_instance_user",
    "delete_app_instance",
    "delete_app_instance_admin",
    "delete_app_instance_bot",
    "delete_app_instance_user",
    "deregister_app_instance_user_endpoint",
    "describe_app_instance",
    "describe_app_instance_admin",
    "describe_app_instance_bot",
    "describe_app_instance_user",
    "describe_app_instance_user_endpoint",
    "get_app_instance_retention_settings",
    "list_app_instance_admins",
    "list_app_instance_bots",
    "list_app_instance_user_endpoints",
    "list_app_instance_users",
    "list_app_instances",
    "list_tags_for_resource",
    "put_app_instance_retention_settings",
    "put_app_instance_user_expiration_settings",
    "register_app_instance_user_endpoint",
    "tag_resource",
    "untag_resource",
    "update_app_instance",
    "update_app_instance_bot",
    "update_app_instance_user",
    "update_app_instance_user_endpoint",
]
