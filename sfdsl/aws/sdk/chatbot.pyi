"""Typed builders of the AWS SDK integration of chatbot (``aws-sdk:chatbot:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateToConfigurationParameters = TypedDict(
    "AssociateToConfigurationParameters",
    {"Resource": S, "Resource.$": str, "ChatConfiguration": S, "ChatConfiguration.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    TagKey: S
    TagValue: S

CreateChimeWebhookConfigurationParameters = TypedDict(
    "CreateChimeWebhookConfigurationParameters",
    {
        "WebhookDescription": S,
        "WebhookDescription.$": str,
        "WebhookUrl": S,
        "WebhookUrl.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CustomActionDefinition(TypedDict, total=False):
    CommandText: S

class CustomActionAttachmentCriteria(TypedDict, total=False):
    Operator: S
    VariableName: S
    Value: S

class CustomActionAttachment(TypedDict, total=False):
    NotificationType: S
    ButtonText: S
    Criteria: L[Xi[CustomActionAttachmentCriteria]]
    Variables: M[S]

CreateCustomActionParameters = TypedDict(
    "CreateCustomActionParameters",
    {
        "Definition": X[CustomActionDefinition],
        "Definition.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "Attachments": L[Xi[CustomActionAttachment]],
        "Attachments.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ActionName": S,
        "ActionName.$": str,
    },
    total=False,
)
CreateMicrosoftTeamsChannelConfigurationParameters = TypedDict(
    "CreateMicrosoftTeamsChannelConfigurationParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "TeamId": S,
        "TeamId.$": str,
        "TeamName": S,
        "TeamName.$": str,
        "TenantId": S,
        "TenantId.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
        "GuardrailPolicyArns": L[Si],
        "GuardrailPolicyArns.$": str,
        "UserAuthorizationRequired": B,
        "UserAuthorizationRequired.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSlackChannelConfigurationParameters = TypedDict(
    "CreateSlackChannelConfigurationParameters",
    {
        "SlackTeamId": S,
        "SlackTeamId.$": str,
        "SlackChannelId": S,
        "SlackChannelId.$": str,
        "SlackChannelName": S,
        "SlackChannelName.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
        "GuardrailPolicyArns": L[Si],
        "GuardrailPolicyArns.$": str,
        "UserAuthorizationRequired": B,
        "UserAuthorizationRequired.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteChimeWebhookConfigurationParameters = TypedDict(
    "DeleteChimeWebhookConfigurationParameters",
    {"ChatConfigurationArn": S, "ChatConfigurationArn.$": str},
    total=False,
)
DeleteCustomActionParameters = TypedDict(
    "DeleteCustomActionParameters", {"CustomActionArn": S, "CustomActionArn.$": str}, total=False
)
DeleteMicrosoftTeamsChannelConfigurationParameters = TypedDict(
    "DeleteMicrosoftTeamsChannelConfigurationParameters",
    {"ChatConfigurationArn": S, "ChatConfigurationArn.$": str},
    total=False,
)
DeleteMicrosoftTeamsConfiguredTeamParameters = TypedDict(
    "DeleteMicrosoftTeamsConfiguredTeamParameters", {"TeamId": S, "TeamId.$": str}, total=False
)
DeleteMicrosoftTeamsUserIdentityParameters = TypedDict(
    "DeleteMicrosoftTeamsUserIdentityParameters",
    {"ChatConfigurationArn": S, "ChatConfigurationArn.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DeleteSlackChannelConfigurationParameters = TypedDict(
    "DeleteSlackChannelConfigurationParameters",
    {"ChatConfigurationArn": S, "ChatConfigurationArn.$": str},
    total=False,
)
DeleteSlackUserIdentityParameters = TypedDict(
    "DeleteSlackUserIdentityParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "SlackTeamId": S,
        "SlackTeamId.$": str,
        "SlackUserId": S,
        "SlackUserId.$": str,
    },
    total=False,
)
DeleteSlackWorkspaceAuthorizationParameters = TypedDict(
    "DeleteSlackWorkspaceAuthorizationParameters",
    {"SlackTeamId": S, "SlackTeamId.$": str},
    total=False,
)
DescribeChimeWebhookConfigurationsParameters = TypedDict(
    "DescribeChimeWebhookConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
    },
    total=False,
)
DescribeSlackChannelConfigurationsParameters = TypedDict(
    "DescribeSlackChannelConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
    },
    total=False,
)
DescribeSlackUserIdentitiesParameters = TypedDict(
    "DescribeSlackUserIdentitiesParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSlackWorkspacesParameters = TypedDict(
    "DescribeSlackWorkspacesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DisassociateFromConfigurationParameters = TypedDict(
    "DisassociateFromConfigurationParameters",
    {"Resource": S, "Resource.$": str, "ChatConfiguration": S, "ChatConfiguration.$": str},
    total=False,
)

class GetAccountPreferencesParameters(TypedDict, total=False): ...

GetCustomActionParameters = TypedDict(
    "GetCustomActionParameters", {"CustomActionArn": S, "CustomActionArn.$": str}, total=False
)
GetMicrosoftTeamsChannelConfigurationParameters = TypedDict(
    "GetMicrosoftTeamsChannelConfigurationParameters",
    {"ChatConfigurationArn": S, "ChatConfigurationArn.$": str},
    total=False,
)
ListAssociationsParameters = TypedDict(
    "ListAssociationsParameters",
    {
        "ChatConfiguration": S,
        "ChatConfiguration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomActionsParameters = TypedDict(
    "ListCustomActionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMicrosoftTeamsChannelConfigurationsParameters = TypedDict(
    "ListMicrosoftTeamsChannelConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TeamId": S,
        "TeamId.$": str,
    },
    total=False,
)
ListMicrosoftTeamsConfiguredTeamsParameters = TypedDict(
    "ListMicrosoftTeamsConfiguredTeamsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMicrosoftTeamsUserIdentitiesParameters = TypedDict(
    "ListMicrosoftTeamsUserIdentitiesParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
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
UpdateAccountPreferencesParameters = TypedDict(
    "UpdateAccountPreferencesParameters",
    {
        "UserAuthorizationRequired": B,
        "UserAuthorizationRequired.$": str,
        "TrainingDataCollectionEnabled": B,
        "TrainingDataCollectionEnabled.$": str,
    },
    total=False,
)
UpdateChimeWebhookConfigurationParameters = TypedDict(
    "UpdateChimeWebhookConfigurationParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "WebhookDescription": S,
        "WebhookDescription.$": str,
        "WebhookUrl": S,
        "WebhookUrl.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
    },
    total=False,
)
UpdateCustomActionParameters = TypedDict(
    "UpdateCustomActionParameters",
    {
        "CustomActionArn": S,
        "CustomActionArn.$": str,
        "Definition": X[CustomActionDefinition],
        "Definition.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "Attachments": L[Xi[CustomActionAttachment]],
        "Attachments.$": str,
    },
    total=False,
)
UpdateMicrosoftTeamsChannelConfigurationParameters = TypedDict(
    "UpdateMicrosoftTeamsChannelConfigurationParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
        "GuardrailPolicyArns": L[Si],
        "GuardrailPolicyArns.$": str,
        "UserAuthorizationRequired": B,
        "UserAuthorizationRequired.$": str,
    },
    total=False,
)
UpdateSlackChannelConfigurationParameters = TypedDict(
    "UpdateSlackChannelConfigurationParameters",
    {
        "ChatConfigurationArn": S,
        "ChatConfigurationArn.$": str,
        "SlackChannelId": S,
        "SlackChannelId.$": str,
        "SlackChannelName": S,
        "SlackChannelName.$": str,
        "SnsTopicArns": L[Si],
        "SnsTopicArns.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "LoggingLevel": S,
        "LoggingLevel.$": str,
        "GuardrailPolicyArns": L[Si],
        "GuardrailPolicyArns.$": str,
        "UserAuthorizationRequired": B,
        "UserAuthorizationRequired.$": str,
    },
    total=False,
)
associate_to_configuration: Builder[AssociateToConfigurationParameters]
create_chime_webhook_configuration: Builder[CreateChimeWebhookConfigurationParameters]
create_custom_action: Builder[CreateCustomActionParameters]
create_microsoft_teams_channel_configuration: Builder[
    CreateMicrosoftTeamsChannelConfigurationParameters
]
create_slack_channel_configuration: Builder[CreateSlackChannelConfigurationParameters]
delete_chime_webhook_configuration: Builder[DeleteChimeWebhookConfigurationParameters]
delete_custom_action: Builder[DeleteCustomActionParameters]
delete_microsoft_teams_channel_configuration: Builder[
    DeleteMicrosoftTeamsChannelConfigurationParameters
]
delete_microsoft_teams_configured_team: Builder[DeleteMicrosoftTeamsConfiguredTeamParameters]
delete_microsoft_teams_user_identity: Builder[DeleteMicrosoftTeamsUserIdentityParameters]
delete_slack_channel_configuration: Builder[DeleteSlackChannelConfigurationParameters]
delete_slack_user_identity: Builder[DeleteSlackUserIdentityParameters]
delete_slack_workspace_authorization: Builder[DeleteSlackWorkspaceAuthorizationParameters]
describe_chime_webhook_configurations: Builder[DescribeChimeWebhookConfigurationsParameters]
describe_slack_channel_configurations: Builder[DescribeSlackChannelConfigurationsParameters]
describe_slack_user_identities: Builder[DescribeSlackUserIdentitiesParameters]
describe_slack_workspaces: Builder[DescribeSlackWorkspacesParameters]
disassociate_from_configuration: Builder[DisassociateFromConfigurationParameters]
get_account_preferences: Builder[GetAccountPreferencesParameters]
get_custom_action: Builder[GetCustomActionParameters]
get_microsoft_teams_channel_configuration: Builder[GetMicrosoftTeamsChannelConfigurationParameters]
list_associations: Builder[ListAssociationsParameters]
list_custom_actions: Builder[ListCustomActionsParameters]
list_microsoft_teams_channel_configurations: Builder[
    ListMicrosoftTeamsChannelConfigurationsParameters
]
list_microsoft_teams_configured_teams: Builder[ListMicrosoftTeamsConfiguredTeamsParameters]
list_microsoft_teams_user_identities: Builder[ListMicrosoftTeamsUserIdentitiesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_preferences: Builder[UpdateAccountPreferencesParameters]
update_chime_webhook_configuration: Builder[UpdateChimeWebhookConfigurationParameters]
update_custom_action: Builder[UpdateCustomActionParameters]
update_microsoft_teams_channel_configuration: Builder[
    UpdateMicrosoftTeamsChannelConfigurationParameters
]
update_slack_channel_configuration: Builder[UpdateSlackChannelConfigurationParameters]

__all__ = [
    "associate_to_configuration",
    "create_chime_webhook_configuration",
    "create_custom_action",
    "create_microsoft_teams_channel_configuration",
    "create_slack_channel_configuration",
    "delete_chime_webhook_configuration",
    "delete_custom_action",
    "delete_microsoft_teams_channel_configuration",
    "delete_microsoft_teams_configured_team",
    "delete_microsoft_teams_user_identity",
    "delete_slack_channel_configuration",
    "delete_slack_user_identity",
    "delete_slack_workspace_authorization",
    "describe_chime_webhook_configurations",
    "describe_slack_channel_configurations",
    "describe_slack_user_identities",
    "describe_slack_workspaces",
    "disassociate_from_configuration",
    "get_account_preferences",
    "get_custom_action",
    "get_microsoft_teams_channel_configuration",
    "list_associations",
    "list_custom_actions",
    "list_microsoft_teams_channel_configurations",
    "list_microsoft_teams_configured_teams",
    "list_microsoft_teams_user_identities",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_account_preferences",
    "update_chime_webhook_configuration",
    "update_custom_action",
    "update_microsoft_teams_channel_configuration",
    "update_slack_channel_configuration",
]
