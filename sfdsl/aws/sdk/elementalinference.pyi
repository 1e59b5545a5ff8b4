"""Typed builders of the AWS SDK integration of elementalinference (``aws-sdk:elementalinference:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class TemplateGroup(TypedDict, total=False):
    Name: S
    TemplateUris: L[Si]

class CroppingConfig(TypedDict, total=False):
    TemplateGroups: L[Xi[TemplateGroup]]

class DataSourceConfiguration(TypedDict, total=False):
    FixtureId: S

class ClippingConfig(TypedDict, total=False):
    CallbackMetadata: S
    DataSourceConfiguration: X[DataSourceConfiguration]

class AspectRatio(TypedDict, total=False):
    Width: I
    Height: I

class SubtitlingConfig(TypedDict, total=False):
    Language: S
    AspectRatio: X[AspectRatio]
    Dictionary: S
    ProfanityFilter: S

class QuestionSetReference(TypedDict, total=False):
    QuestionSetId: S
    Version: S

class CustomQuestionsConfig(TypedDict, total=False):
    Shot: X[QuestionSetReference]
    Scene: X[QuestionSetReference]

class ContextualMetadataConfig(TypedDict, total=False):
    SummaryGeneration: S
    ExtendedAnalysis: S
    CustomQuestions: X[CustomQuestionsConfig]

class FixedIntervalTrigger(TypedDict, total=False):
    IntervalSeconds: I

class ShotTrigger(TypedDict, total=False): ...
class SceneTrigger(TypedDict, total=False): ...
class ClipTrigger(TypedDict, total=False): ...

class Trigger(TypedDict, total=False):
    FixedInterval: X[FixedIntervalTrigger]
    PerShot: X[ShotTrigger]
    PerScene: X[SceneTrigger]
    PerClip: X[ClipTrigger]

class FrameSamplingStrategy(TypedDict, total=False):
    Mode: S
    Count: I

class FrameSize(TypedDict, total=False):
    WidthPixels: I
    HeightPixels: I

class FrameSettings(TypedDict, total=False):
    FrameSampling: X[FrameSamplingStrategy]
    FrameSize: X[FrameSize]

class SubtitlingSettings(TypedDict, total=False):
    OutputName: S

class ContextualMetadataSettings(TypedDict, total=False):
    OutputName: S

class ClippingSettings(TypedDict, total=False):
    OutputName: S

class FunctionConfig(TypedDict, total=False):
    FunctionArn: S
    Trigger: X[Trigger]
    FrameSettings: X[FrameSettings]
    SubtitlingSettings: X[SubtitlingSettings]
    ContextualMetadataSettings: X[ContextualMetadataSettings]
    ClippingSettings: X[ClippingSettings]

class OutputConfig(TypedDict, total=False):
    Cropping: X[CroppingConfig]
    Clipping: X[ClippingConfig]
    Subtitling: X[SubtitlingConfig]
    ContextualMetadata: X[ContextualMetadataConfig]
    Function: X[FunctionConfig]

class CreateOutput(TypedDict, total=False):
    Name: S
    OutputConfig: X[OutputConfig]
    Status: S
    Description: S

AssociateFeedParameters = TypedDict(
    "AssociateFeedParameters",
    {
        "Id": S,
        "Id.$": str,
        "AssociatedResourceName": S,
        "AssociatedResourceName.$": str,
        "Outputs": L[Xi[CreateOutput]],
        "Outputs.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateDictionaryParameters = TypedDict(
    "CreateDictionaryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Language": S,
        "Language.$": str,
        "Entries": S,
        "Entries.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFeedParameters = TypedDict(
    "CreateFeedParameters",
    {
        "Name": S,
        "Name.$": str,
        "AccessRoleArn": S,
        "AccessRoleArn.$": str,
        "Outputs": L[Xi[CreateOutput]],
        "Outputs.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class BedrockFunctionTarget(TypedDict, total=False):
    Api: S
    Model: S

class PassthroughFunctionTarget(TypedDict, total=False): ...

class FunctionTarget(TypedDict, total=False):
    Bedrock: X[BedrockFunctionTarget]
    Passthrough: X[PassthroughFunctionTarget]

CreateFunctionParameters = TypedDict(
    "CreateFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Target": X[FunctionTarget],
        "Target.$": str,
        "RequestExpression": S,
        "RequestExpression.$": str,
        "ResponseExpression": S,
        "ResponseExpression.$": str,
        "Description": S,
        "Description.$": str,
        "EventBridgeDelivery": S,
        "EventBridgeDelivery.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class YesNoQuestion(TypedDict, total=False):
    Name: S
    Question: S

class QuestionOption(TypedDict, total=False):
    Name: S
    Text: S

class YesNoPerOptionQuestion(TypedDict, total=False):
    Name: S
    Question: S
    Options: L[Xi[QuestionOption]]

class ChooseOneQuestion(TypedDict, total=False):
    Name: S
    Question: S
    Options: L[Xi[QuestionOption]]

CreateQuestionSetParameters = TypedDict(
    "CreateQuestionSetParameters",
    {
        "YesNo": L[Xi[YesNoQuestion]],
        "YesNo.$": str,
        "YesNoPerOption": L[Xi[YesNoPerOptionQuestion]],
        "YesNoPerOption.$": str,
        "ChooseOne": L[Xi[ChooseOneQuestion]],
        "ChooseOne.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateQuestionSetVersionParameters = TypedDict(
    "CreateQuestionSetVersionParameters",
    {"Id": S, "Id.$": str, "Sha256": S, "Sha256.$": str, "Description": S, "Description.$": str},
    total=False,
)

class FixedModeScheduleActionStartSettings(TypedDict, total=False):
    ScheduledAt: T

class ScheduleActionStartConfiguration(TypedDict, total=False):
    FixedModeScheduleActionStartSettings: X[FixedModeScheduleActionStartSettings]

class UpdateOutputStatus(TypedDict, total=False):
    OutputName: S
    Status: S

class UpdateClippingDataSourceConfiguration(TypedDict, total=False):
    OutputName: S
    DataSourceConfiguration: X[DataSourceConfiguration]

class RemoveClippingDataSourceConfiguration(TypedDict, total=False):
    OutputName: S

class ScheduleActionOperation(TypedDict, total=False):
    UpdateOutputStatus: X[UpdateOutputStatus]
    UpdateClippingDataSourceConfiguration: X[UpdateClippingDataSourceConfiguration]
    RemoveClippingDataSourceConfiguration: X[RemoveClippingDataSourceConfiguration]

CreateScheduleActionParameters = TypedDict(
    "CreateScheduleActionParameters",
    {
        "Id": S,
        "Id.$": str,
        "ActionName": S,
        "ActionName.$": str,
        "StartConfiguration": X[ScheduleActionStartConfiguration],
        "StartConfiguration.$": str,
        "Operations": L[Xi[ScheduleActionOperation]],
        "Operations.$": str,
    },
    total=False,
)
DeleteDictionaryParameters = TypedDict(
    "DeleteDictionaryParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFeedParameters = TypedDict("DeleteFeedParameters", {"Id": S, "Id.$": str}, total=False)
DeleteFeedPolicyParameters = TypedDict(
    "DeleteFeedPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFunctionParameters = TypedDict(
    "DeleteFunctionParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteQuestionSetParameters = TypedDict(
    "DeleteQuestionSetParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteQuestionSetVersionParameters = TypedDict(
    "DeleteQuestionSetVersionParameters",
    {"Id": S, "Id.$": str, "QuestionSetVersion": S, "QuestionSetVersion.$": str},
    total=False,
)
DeleteScheduleActionParameters = TypedDict(
    "DeleteScheduleActionParameters",
    {"Id": S, "Id.$": str, "ActionName": S, "ActionName.$": str},
    total=False,
)
DisassociateFeedParameters = TypedDict(
    "DisassociateFeedParameters",
    {
        "Id": S,
        "Id.$": str,
        "AssociatedResourceName": S,
        "AssociatedResourceName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ExportDictionaryEntriesParameters = TypedDict(
    "ExportDictionaryEntriesParameters", {"Id": S, "Id.$": str}, total=False
)
GetDictionaryParameters = TypedDict("GetDictionaryParameters", {"Id": S, "Id.$": str}, total=False)
GetFeedParameters = TypedDict("GetFeedParameters", {"Id": S, "Id.$": str}, total=False)
GetFeedPolicyParameters = TypedDict("GetFeedPolicyParameters", {"Id": S, "Id.$": str}, total=False)
GetFixtureParameters = TypedDict(
    "GetFixtureParameters", {"FixtureId": S, "FixtureId.$": str}, total=False
)
GetFunctionParameters = TypedDict("GetFunctionParameters", {"Id": S, "Id.$": str}, total=False)
GetQuestionSetParameters = TypedDict(
    "GetQuestionSetParameters",
    {"Id": S, "Id.$": str, "QuestionSetVersion": S, "QuestionSetVersion.$": str},
    total=False,
)
ListDictionariesParameters = TypedDict(
    "ListDictionariesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFeedsParameters = TypedDict(
    "ListFeedsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFunctionsParameters = TypedDict(
    "ListFunctionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListQuestionSetVersionsParameters = TypedDict(
    "ListQuestionSetVersionsParameters",
    {
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListQuestionSetsParameters = TypedDict(
    "ListQuestionSetsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListScheduleActionsParameters = TypedDict(
    "ListScheduleActionsParameters",
    {
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutFeedPolicyParameters = TypedDict(
    "PutFeedPolicyParameters", {"Id": S, "Id.$": str, "Policy": S, "Policy.$": str}, total=False
)

class SearchFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

SearchFixturesParameters = TypedDict(
    "SearchFixturesParameters",
    {
        "Sport": S,
        "Sport.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Filters": L[Xi[SearchFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateDictionaryParameters = TypedDict(
    "UpdateDictionaryParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Language": S,
        "Language.$": str,
        "Entries": S,
        "Entries.$": str,
    },
    total=False,
)

class UpdateOutput(TypedDict, total=False):
    Name: S
    OutputConfig: X[OutputConfig]
    Status: S
    Description: S
    FromAssociation: B

UpdateFeedParameters = TypedDict(
    "UpdateFeedParameters",
    {
        "Name": S,
        "Name.$": str,
        "AccessRoleArn": S,
        "AccessRoleArn.$": str,
        "Id": S,
        "Id.$": str,
        "Outputs": L[Xi[UpdateOutput]],
        "Outputs.$": str,
    },
    total=False,
)
UpdateFunctionParameters = TypedDict(
    "UpdateFunctionParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Target": X[FunctionTarget],
        "Target.$": str,
        "RequestExpression": S,
        "RequestExpression.$": str,
        "ResponseExpression": S,
        "ResponseExpression.$": str,
        "Description": S,
        "Description.$": str,
        "EventBridgeDelivery": S,
        "EventBridgeDelivery.$": str,
    },
    total=False,
)
UpdateQuestionSetParameters = TypedDict(
    "UpdateQuestionSetParameters",
    {
        "Id": S,
        "Id.$": str,
        "YesNo": L[Xi[YesNoQuestion]],
        "YesNo.$": str,
        "YesNoPerOption": L[Xi[YesNoPerOptionQuestion]],
        "YesNoPerOption.$": str,
        "ChooseOne": L[Xi[ChooseOneQuestion]],
        "ChooseOne.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
associate_feed: Builder[AssociateFeedParameters]
create_dictionary: Builder[CreateDictionaryParameters]
create_feed: Builder[CreateFeedParameters]
create_function: Builder[CreateFunctionParameters]
create_question_set: Builder[CreateQuestionSetParameters]
create_question_set_version: Builder[CreateQuestionSetVersionParameters]
create_schedule_action: Builder[CreateScheduleActionParameters]
delete_dictionary: Builder[DeleteDictionaryParameters]
delete_feed: Builder[DeleteFeedParameters]
delete_feed_policy: Builder[DeleteFeedPolicyParameters]
delete_function: Builder[DeleteFunctionParameters]
delete_question_set: Builder[DeleteQuestionSetParameters]
delete_question_set_version: Builder[DeleteQuestionSetVersionParameters]
delete_schedule_action: Builder[DeleteScheduleActionParameters]
disassociate_feed: Builder[DisassociateFeedParameters]
export_dictionary_entries: Builder[ExportDictionaryEntriesParameters]
get_dictionary: Builder[GetDictionaryParameters]
get_feed: Builder[GetFeedParameters]
get_feed_policy: Builder[GetFeedPolicyParameters]
get_fixture: Builder[GetFixtureParameters]
get_function: Builder[GetFunctionParameters]
get_question_set: Builder[GetQuestionSetParameters]
list_dictionaries: Builder[ListDictionariesParameters]
list_feeds: Builder[ListFeedsParameters]
list_functions: Builder[ListFunctionsParameters]
list_question_set_versions: Builder[ListQuestionSetVersionsParameters]
list_question_sets: Builder[ListQuestionSetsParameters]
list_schedule_actions: Builder[ListScheduleActionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_feed_policy: Builder[PutFeedPolicyParameters]
search_fixtures: Builder[SearchFixturesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_dictionary: Builder[UpdateDictionaryParameters]
update_feed: Builder[UpdateFeedParameters]
update_function: Builder[UpdateFunctionParameters]
update_question_set: Builder[UpdateQuestionSetParameters]

__all__ = [
    "associate_feed",
    "create_dictionary",
    "create_feed",
    "create_function",
    "create_question_set",
    "create_question_set_version",
    "create_schedule_action",
    "delete_dictionary",
    "delete_feed",
    "delete_feed_policy",
    "delete_function",
    "delete_question_set",
    "delete_question_set_version",
    "delete_schedule_action",
    "disassociate_feed",
    "export_dictionary_entries",
    "get_dictionary",
    "get_feed",
    "get_feed_policy",
    "get_fixture",
    "get_function",
    "get_question_set",
    "list_dictionaries",
    "list_feeds",
    "list_functions",
    "list_question_set_versions",
    "list_question_sets",
    "list_schedule_actions",
    "list_tags_for_resource",
    "put_feed_policy",
    "search_fixtures",
    "tag_resource",
    "untag_resource",
    "update_dictionary",
    "update_feed",
    "update_function",
    "update_question_set",
]
