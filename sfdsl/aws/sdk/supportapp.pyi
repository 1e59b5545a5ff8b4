"""Typed builders of the AWS SDK integration of supportapp (``aws-sdk:supportapp:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, S

CreateSlackChannelConfigurationParameters = TypedDict(
    "CreateSlackChannelConfigurationParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ChannelRoleArn": S,
        "ChannelRoleArn.$": str,
        "NotifyOnAddCorrespondenceToCase": B,
        "NotifyOnAddCorrespondenceToCase.$": str,
        "NotifyOnCaseSeverity": S,
        "NotifyOnCaseSeverity.$": str,
        "NotifyOnCreateOrReopenCase": B,
        "NotifyOnCreateOrReopenCase.$": str,
        "NotifyOnResolveCase": B,
        "NotifyOnResolveCase.$": str,
        "TeamId": S,
        "TeamId.$": str,
    },
    total=False,
)

class DeleteAccountAliasParameters(TypedDict, total=False): ...

DeleteSlackChannelConfigurationParameters = TypedDict(
    "DeleteSlackChannelConfigurationParameters",
    {"ChannelId": S, "ChannelId.$": str, "TeamId": S, "TeamId.$": str},
    total=False,
)
DeleteSlackWorkspaceConfigurationParameters = TypedDict(
    "DeleteSlackWorkspaceConfigurationParameters", {"TeamId": S, "TeamId.$": str}, total=False
)

class GetAccountAliasParameters(TypedDict, total=False): ...

ListSlackChannelConfigurationsParameters = TypedDict(
    "ListSlackChannelConfigurationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListSlackWorkspaceConfigurationsParameters = TypedDict(
    "ListSlackWorkspaceConfigurationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
PutAccountAliasParameters = TypedDict(
    "PutAccountAliasParameters", {"AccountAlias": S, "AccountAlias.$": str}, total=False
)
RegisterSlackWorkspaceForOrganizationParameters = TypedDict(
    "RegisterSlackWorkspaceForOrganizationParameters", {"TeamId": S, "TeamId.$": str}, total=False
)
UpdateSlackChannelConfigurationParameters = TypedDict(
    "UpdateSlackChannelConfigurationParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ChannelRoleArn": S,
        "ChannelRoleArn.$": str,
        "NotifyOnAddCorrespondenceToCase": B,
        "NotifyOnAddCorrespondenceToCase.$": str,
        "NotifyOnCaseSeverity": S,
        "NotifyOnCaseSeverity.$": str,
        "NotifyOnCreateOrReopenCase": B,
        "NotifyOnCreateOrReopenCase.$": str,
        "NotifyOnResolveCase": B,
        "NotifyOnResolveCase.$": str,
        "TeamId": S,
        "TeamId.$": str,
    },
    total=False,
)
create_slack_channel_configuration: Builder[CreateSlackChannelConfigurationParameters]
delete_account_alias: Builder[DeleteAccountAliasParameters]
delete_slack_channel_configuration: Builder[DeleteSlackChannelConfigurationParameters]
delete_slack_workspace_configuration: Builder[DeleteSlackWorkspaceConfigurationParameters]
get_account_alias: Builder[GetAccountAliasParameters]
list_slack_channel_configurations: Builder[ListSlackChannelConfigurationsParameters]
list_slack_workspace_configurations: Builder[ListSlackWorkspaceConfigurationsParameters]
put_account_alias: Builder[PutAccountAliasParameters]
register_slack_workspace_for_organization: Builder[RegisterSlackWorkspaceForOrganizationParameters]
update_slack_channel_configuration: Builder[UpdateSlackChannelConfigurationParameters]

__all__ = [
    "create_slack_channel_configuration",
    "delete_account_alias",
    "delete_slack_channel_configuration",
    "delete_slack_workspace_configuration",
    "get_account_alias",
    "list_slack_channel_configurations",
    "list_slack_workspace_configurations",
    "put_account_alias",
    "register_slack_workspace_for_organization",
    "update_slack_channel_configuration",
]
