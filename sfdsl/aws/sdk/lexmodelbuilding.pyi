"""Typed builders of the AWS SDK integration of lexmodelbuilding (``aws-sdk:lexmodelbuilding:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, X, Xi

CreateBotVersionParameters = TypedDict(
    "CreateBotVersionParameters",
    {"Name": S, "Name.$": str, "Checksum": S, "Checksum.$": str},
    total=False,
)
CreateIntentVersionParameters = TypedDict(
    "CreateIntentVersionParameters",
    {"Name": S, "Name.$": str, "Checksum": S, "Checksum.$": str},
    total=False,
)
CreateSlotTypeVersionParameters = TypedDict(
    "CreateSlotTypeVersionParameters",
    {"Name": S, "Name.$": str, "Checksum": S, "Checksum.$": str},
    total=False,
)
DeleteBotParameters = TypedDict("DeleteBotParameters", {"Name": S, "Name.$": str}, total=False)
DeleteBotAliasParameters = TypedDict(
    "DeleteBotAliasParameters",
    {"Name": S, "Name.$": str, "BotName": S, "BotName.$": str},
    total=False,
)
DeleteBotChannelAssociationParameters = TypedDict(
    "DeleteBotChannelAssociationParameters",
    {"Name": S, "Name.$": str, "BotName": S, "BotName.$": str, "BotAlias": S, "BotAlias.$": str},
    total=False,
)
DeleteBotVersionParameters = TypedDict(
    "DeleteBotVersionParameters",
    {"Name": S, "Name.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteIntentParameters = TypedDict(
    "DeleteIntentParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteIntentVersionParameters = TypedDict(
    "DeleteIntentVersionParameters",
    {"Name": S, "Name.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteSlotTypeParameters = TypedDict(
    "DeleteSlotTypeParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteSlotTypeVersionParameters = TypedDict(
    "DeleteSlotTypeVersionParameters",
    {"Name": S, "Name.$": str, "Version": S, "Version.$": str},
    total=False,
)
DeleteUtterancesParameters = TypedDict(
    "DeleteUtterancesParameters",
    {"BotName": S, "BotName.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
GetBotParameters = TypedDict(
    "GetBotParameters",
    {"Name": S, "Name.$": str, "VersionOrAlias": S, "VersionOrAlias.$": str},
    total=False,
)
GetBotAliasParameters = TypedDict(
    "GetBotAliasParameters", {"Name": S, "Name.$": str, "BotName": S, "BotName.$": str}, total=False
)
GetBotAliasesParameters = TypedDict(
    "GetBotAliasesParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
GetBotChannelAssociationParameters = TypedDict(
    "GetBotChannelAssociationParameters",
    {"Name": S, "Name.$": str, "BotName": S, "BotName.$": str, "BotAlias": S, "BotAlias.$": str},
    total=False,
)
GetBotChannelAssociationsParameters = TypedDict(
    "GetBotChannelAssociationsParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
GetBotVersionsParameters = TypedDict(
    "GetBotVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetBotsParameters = TypedDict(
    "GetBotsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
GetBuiltinIntentParameters = TypedDict(
    "GetBuiltinIntentParameters", {"Signature": S, "Signature.$": str}, total=False
)
GetBuiltinIntentsParameters = TypedDict(
    "GetBuiltinIntentsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "SignatureContains": S,
        "SignatureContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetBuiltinSlotTypesParameters = TypedDict(
    "GetBuiltinSlotTypesParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "SignatureContains": S,
        "SignatureContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetExportParameters = TypedDict(
    "GetExportParameters",
    {
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ExportType": S,
        "ExportType.$": str,
    },
    total=False,
)
GetImportParameters = TypedDict(
    "GetImportParameters", {"ImportId": S, "ImportId.$": str}, total=False
)
GetIntentParameters = TypedDict(
    "GetIntentParameters", {"Name": S, "Name.$": str, "Version": S, "Version.$": str}, total=False
)
GetIntentVersionsParameters = TypedDict(
    "GetIntentVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIntentsParameters = TypedDict(
    "GetIntentsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
GetMigrationParameters = TypedDict(
    "GetMigrationParameters", {"MigrationId": S, "MigrationId.$": str}, total=False
)
GetMigrationsParameters = TypedDict(
    "GetMigrationsParameters",
    {
        "SortByAttribute": S,
        "SortByAttribute.$": str,
        "SortByOrder": S,
        "SortByOrder.$": str,
        "V1BotNameContains": S,
        "V1BotNameContains.$": str,
        "MigrationStatusEquals": S,
        "MigrationStatusEquals.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetSlotTypeParameters = TypedDict(
    "GetSlotTypeParameters", {"Name": S, "Name.$": str, "Version": S, "Version.$": str}, total=False
)
GetSlotTypeVersionsParameters = TypedDict(
    "GetSlotTypeVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetSlotTypesParameters = TypedDict(
    "GetSlotTypesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
GetUtterancesViewParameters = TypedDict(
    "GetUtterancesViewParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotVersions": L[Si],
        "BotVersions.$": str,
        "StatusType": S,
        "StatusType.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class Intent(TypedDict, total=False):
    IntentName: S
    IntentVersion: S

class Message(TypedDict, total=False):
    ContentType: S
    Content: S
    GroupNumber: I

class Prompt(TypedDict, total=False):
    Messages: L[Xi[Message]]
    MaxAttempts: I
    ResponseCard: S

class Statement(TypedDict, total=False):
    Messages: L[Xi[Message]]
    ResponseCard: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

PutBotParameters = TypedDict(
    "PutBotParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Intents": L[Xi[Intent]],
        "Intents.$": str,
        "EnableModelImprovements": B,
        "EnableModelImprovements.$": str,
        "NluIntentConfidenceThreshold": F,
        "NluIntentConfidenceThreshold.$": str,
        "ClarificationPrompt": X[Prompt],
        "ClarificationPrompt.$": str,
        "AbortStatement": X[Statement],
        "AbortStatement.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "ProcessBehavior": S,
        "ProcessBehavior.$": str,
        "Locale": S,
        "Locale.$": str,
        "ChildDirected": B,
        "ChildDirected.$": str,
        "DetectSentiment": B,
        "DetectSentiment.$": str,
        "CreateVersion": B,
        "CreateVersion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LogSettingsRequest(TypedDict, total=False):
    LogType: S
    Destination: S
    KmsKeyArn: S
    ResourceArn: S

class ConversationLogsRequest(TypedDict, total=False):
    LogSettings: L[Xi[LogSettingsRequest]]
    IamRoleArn: S

PutBotAliasParameters = TypedDict(
    "PutBotAliasParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "BotName": S,
        "BotName.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "ConversationLogs": X[ConversationLogsRequest],
        "ConversationLogs.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SlotDefaultValue(TypedDict, total=False):
    DefaultValue: S

class SlotDefaultValueSpec(TypedDict, total=False):
    DefaultValueList: L[Xi[SlotDefaultValue]]

class Slot(TypedDict, total=False):
    Name: S
    Description: S
    SlotConstraint: S
    SlotType: S
    SlotTypeVersion: S
    ValueElicitationPrompt: X[Prompt]
    Priority: I
    SampleUtterances: L[Si]
    ResponseCard: S
    ObfuscationSetting: S
    DefaultValueSpec: X[SlotDefaultValueSpec]

class FollowUpPrompt(TypedDict, total=False):
    Prompt: X[Prompt]
    RejectionStatement: X[Statement]

class CodeHook(TypedDict, total=False):
    Uri: S
    MessageVersion: S

class FulfillmentActivity(TypedDict, total=False):
    Type: S
    CodeHook: X[CodeHook]

class KendraConfiguration(TypedDict, total=False):
    KendraIndex: S
    QueryFilterString: S
    Role: S

class InputContext(TypedDict, total=False):
    Name: S

class OutputContext(TypedDict, total=False):
    Name: S
    TimeToLiveInSeconds: I
    TurnsToLive: I

PutIntentParameters = TypedDict(
    "PutIntentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Slots": L[Xi[Slot]],
        "Slots.$": str,
        "SampleUtterances": L[Si],
        "SampleUtterances.$": str,
        "ConfirmationPrompt": X[Prompt],
        "ConfirmationPrompt.$": str,
        "RejectionStatement": X[Statement],
        "RejectionStatement.$": str,
        "FollowUpPrompt": X[FollowUpPrompt],
        "FollowUpPrompt.$": str,
        "ConclusionStatement": X[Statement],
        "ConclusionStatement.$": str,
        "DialogCodeHook": X[CodeHook],
        "DialogCodeHook.$": str,
        "FulfillmentActivity": X[FulfillmentActivity],
        "FulfillmentActivity.$": str,
        "ParentIntentSignature": S,
        "ParentIntentSignature.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "CreateVersion": B,
        "CreateVersion.$": str,
        "KendraConfiguration": X[KendraConfiguration],
        "KendraConfiguration.$": str,
        "InputContexts": L[Xi[InputContext]],
        "InputContexts.$": str,
        "OutputContexts": L[Xi[OutputContext]],
        "OutputContexts.$": str,
    },
    total=False,
)

class EnumerationValue(TypedDict, total=False):
    Value: S
    Synonyms: L[Si]

class SlotTypeRegexConfiguration(TypedDict, total=False):
    Pattern: S

class SlotTypeConfiguration(TypedDict, total=False):
    RegexConfiguration: X[SlotTypeRegexConfiguration]

PutSlotTypeParameters = TypedDict(
    "PutSlotTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EnumerationValues": L[Xi[EnumerationValue]],
        "EnumerationValues.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "ValueSelectionStrategy": S,
        "ValueSelectionStrategy.$": str,
        "CreateVersion": B,
        "CreateVersion.$": str,
        "ParentSlotTypeSignature": S,
        "ParentSlotTypeSignature.$": str,
        "SlotTypeConfigurations": L[Xi[SlotTypeConfiguration]],
        "SlotTypeConfigurations.$": str,
    },
    total=False,
)
StartImportParameters = TypedDict(
    "StartImportParameters",
    {
        "Payload": S,
        "Payload.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MergeStrategy": S,
        "MergeStrategy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartMigrationParameters = TypedDict(
    "StartMigrationParameters",
    {
        "V1BotName": S,
        "V1BotName.$": str,
        "V1BotVersion": S,
        "V1BotVersion.$": str,
        "V2BotName": S,
        "V2BotName.$": str,
        "V2BotRole": S,
        "V2BotRole.$": str,
        "MigrationStrategy": S,
        "MigrationStrategy.$": str,
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
create_bot_version: Builder[CreateBotVersionParameters]
create_intent_version: Builder[CreateIntentVersionParameters]
create_slot_type_version: Builder[CreateSlotTypeVersionParameters]
delete_bot: Builder[DeleteBotParameters]
delete_bot_alias: Builder[DeleteBotAliasParameters]
delete_bot_channel_association: Builder[DeleteBotChannelAssociationParameters]
delete_bot_version: Builder[DeleteBotVersionParameters]
delete_intent: Builder[DeleteIntentParameters]
delete_intent_version: Builder[DeleteIntentVersionParameters]
delete_slot_type: Builder[DeleteSlotTypeParameters]
delete_slot_type_version: Builder[DeleteSlotTypeVersionParameters]
delete_utterances: Builder[DeleteUtterancesParameters]
get_bot: Builder[GetBotParameters]
get_bot_alias: Builder[GetBotAliasParameters]
get_bot_aliases: Builder[GetBotAliasesParameters]
get_bot_channel_association: Builder[GetBotChannelAssociationParameters]
get_bot_channel_associations: Builder[GetBotChannelAssociationsParameters]
get_bot_versions: Builder[GetBotVersionsParameters]
get_bots: Builder[GetBotsParameters]
get_builtin_intent: Builder[GetBuiltinIntentParameters]
get_builtin_intents: Builder[GetBuiltinIntentsParameters]
get_builtin_slot_types: Builder[GetBuiltinSlotTypesParameters]
get_export: Builder[GetExportParameters]
get_import: Builder[GetImportParameters]
get_intent: Builder[GetIntentParameters]
get_intent_versions: Builder[GetIntentVersionsParameters]
get_intents: Builder[GetIntentsParameters]
get_migration: Builder[GetMigrationParameters]
get_migrations: Builder[GetMigrationsParameters]
get_slot_type: Builder[GetSlotTypeParameters]
get_slot_type_versions: Builder[GetSlotTypeVersionsParameters]
get_slot_types: Builder[GetSlotTypesParameters]
get_utterances_view: Builder[GetUtterancesViewParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_bot: Builder[PutBotParameters]
put_bot_alias: Builder[PutBotAliasParameters]
put_intent: Builder[PutIntentParameters]
put_slot_type: Builder[PutSlotTypeParameters]
start_import: Builder[StartImportParameters]
start_migration: Builder[StartMigrationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_bot_version",
    "create_intent_version",
    "create_slot_type_version",
    "delete_bot",
    "delete_bot_alias",
    "delete_bot_channel_association",
    "delete_bot_version",
    "delete_intent",
    "delete_intent_version",
    "delete_slot_type",
    "delete_slot_type_version",
    "delete_utterances",
    "get_bot",
    "get_bot_alias",
    "get_bot_aliases",
    "get_bot_channel_association",
    "get_bot_channel_associations",
    "get_bot_versions",
    "get_bots",
    "get_builtin_intent",
    "get_builtin_intents",
    "get_builtin_slot_types",
    "get_export",
    "get_import",
    "get_intent",
    "get_intent_versions",
    "get_intents",
    "get_migration",
    "get_migrations",
    "get_slot_type",
    "get_slot_type_versions",
    "get_slot_types",
    "get_utterances_view",
    "list_tags_for_resource",
    "put_bot",
    "put_bot_alias",
    "put_intent",
    "put_slot_type",
    "start_import",
    "start_migration",
    "tag_resource",
    "untag_resource",
]
