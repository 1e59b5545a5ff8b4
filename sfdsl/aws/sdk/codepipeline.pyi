"""Typed builders of the AWS SDK integration of codepipeline (``aws-sdk:codepipeline:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcknowledgeJobParameters = TypedDict(
    "AcknowledgeJobParameters",
    {"JobId": S, "JobId.$": str, "Nonce": S, "Nonce.$": str},
    total=False,
)
AcknowledgeThirdPartyJobParameters = TypedDict(
    "AcknowledgeThirdPartyJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Nonce": S,
        "Nonce.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ActionTypeSettings(TypedDict, total=False):
    ThirdPartyConfigurationUrl: S
    EntityUrlTemplate: S
    ExecutionUrlTemplate: S
    RevisionUrlTemplate: S

class ActionConfigurationProperty(TypedDict, total=False):
    Name: S
    Required: B
    Key: B
    Secret: B
    Queryable: B
    Description: S
    Type: S

class ArtifactDetails(TypedDict, total=False):
    MinimumCount: I
    MaximumCount: I

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCustomActionTypeParameters = TypedDict(
    "CreateCustomActionTypeParameters",
    {
        "Category": S,
        "Category.$": str,
        "Provider": S,
        "Provider.$": str,
        "Version": S,
        "Version.$": str,
        "Settings": X[ActionTypeSettings],
        "Settings.$": str,
        "ConfigurationProperties": L[Xi[ActionConfigurationProperty]],
        "ConfigurationProperties.$": str,
        "InputArtifactDetails": X[ArtifactDetails],
        "InputArtifactDetails.$": str,
        "OutputArtifactDetails": X[ArtifactDetails],
        "OutputArtifactDetails.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionKey(TypedDict, total=False):
    Id: S
    Type: S

class ArtifactStore(TypedDict, total=False):
    Type: S
    Location: S
    EncryptionKey: X[EncryptionKey]

class BlockerDeclaration(TypedDict, total=False):
    Name: S
    Type: S

class ActionTypeId(TypedDict, total=False):
    Category: S
    Owner: S
    Provider: S
    Version: S

class OutputArtifact(TypedDict, total=False):
    Name: S
    Files: L[Si]

class InputArtifact(TypedDict, total=False):
    Name: S

class EnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S
    Type: S

class ActionDeclaration(TypedDict, total=False):
    Name: S
    ActionTypeId: X[ActionTypeId]
    RunOrder: I
    Configuration: M[S]
    Commands: L[Si]
    OutputArtifacts: L[Xi[OutputArtifact]]
    InputArtifacts: L[Xi[InputArtifact]]
    OutputVariables: L[Si]
    RoleArn: S
    Region: S
    Namespace: S
    TimeoutInMinutes: I
    EnvironmentVariables: L[Xi[EnvironmentVariable]]

class RetryConfiguration(TypedDict, total=False):
    RetryMode: S

class RuleTypeId(TypedDict, total=False):
    Category: S
    Owner: S
    Provider: S
    Version: S

class RuleDeclaration(TypedDict, total=False):
    Name: S
    RuleTypeId: X[RuleTypeId]
    Configuration: M[S]
    Commands: L[Si]
    InputArtifacts: L[Xi[InputArtifact]]
    RoleArn: S
    Region: S
    TimeoutInMinutes: I

class Condition(TypedDict, total=False):
    Result: S
    Rules: L[Xi[RuleDeclaration]]

class FailureConditions(TypedDict, total=False):
    Result: S
    RetryConfiguration: X[RetryConfiguration]
    Conditions: L[Xi[Condition]]

class SuccessConditions(TypedDict, total=False):
    Conditions: L[Xi[Condition]]

class BeforeEntryConditions(TypedDict, total=False):
    Conditions: L[Xi[Condition]]

class StageDeclaration(TypedDict, total=False):
    Name: S
    Blockers: L[Xi[BlockerDeclaration]]
    Actions: L[Xi[ActionDeclaration]]
    OnFailure: X[FailureConditions]
    OnSuccess: X[SuccessConditions]
    BeforeEntry: X[BeforeEntryConditions]

class PipelineVariableDeclaration(TypedDict, total=False):
    Name: S
    DefaultValue: S
    Description: S

class GitTagFilterCriteria(TypedDict, total=False):
    Includes: L[Si]
    Excludes: L[Si]

class GitBranchFilterCriteria(TypedDict, total=False):
    Includes: L[Si]
    Excludes: L[Si]

class GitFilePathFilterCriteria(TypedDict, total=False):
    Includes: L[Si]
    Excludes: L[Si]

class GitPushFilter(TypedDict, total=False):
    Tags: X[GitTagFilterCriteria]
    Branches: X[GitBranchFilterCriteria]
    FilePaths: X[GitFilePathFilterCriteria]

class GitPullRequestFilter(TypedDict, total=False):
    Events: L[Si]
    Branches: X[GitBranchFilterCriteria]
    FilePaths: X[GitFilePathFilterCriteria]

class GitConfiguration(TypedDict, total=False):
    SourceActionName: S
    Push: L[Xi[GitPushFilter]]
    PullRequest: L[Xi[GitPullRequestFilter]]

class PipelineTriggerDeclaration(TypedDict, total=False):
    ProviderType: S
    GitConfiguration: X[GitConfiguration]

class PipelineDeclaration(TypedDict, total=False):
    Name: S
    RoleArn: S
    ArtifactStore: X[ArtifactStore]
    ArtifactStores: M[X[ArtifactStore]]
    Stages: L[Xi[StageDeclaration]]
    Version: I
    ExecutionMode: S
    PipelineType: S
    Variables: L[Xi[PipelineVariableDeclaration]]
    Triggers: L[Xi[PipelineTriggerDeclaration]]

CreatePipelineParameters = TypedDict(
    "CreatePipelineParameters",
    {"Pipeline": X[PipelineDeclaration], "Pipeline.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteCustomActionTypeParameters = TypedDict(
    "DeleteCustomActionTypeParameters",
    {
        "Category": S,
        "Category.$": str,
        "Provider": S,
        "Provider.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
DeletePipelineParameters = TypedDict(
    "DeletePipelineParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteWebhookParameters = TypedDict(
    "DeleteWebhookParameters", {"Name": S, "Name.$": str}, total=False
)
DeregisterWebhookWithThirdPartyParameters = TypedDict(
    "DeregisterWebhookWithThirdPartyParameters",
    {"WebhookName": S, "WebhookName.$": str},
    total=False,
)
DisableStageTransitionParameters = TypedDict(
    "DisableStageTransitionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "TransitionType": S,
        "TransitionType.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
EnableStageTransitionParameters = TypedDict(
    "EnableStageTransitionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "TransitionType": S,
        "TransitionType.$": str,
    },
    total=False,
)
GetActionTypeParameters = TypedDict(
    "GetActionTypeParameters",
    {
        "Category": S,
        "Category.$": str,
        "Owner": S,
        "Owner.$": str,
        "Provider": S,
        "Provider.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
GetJobDetailsParameters = TypedDict(
    "GetJobDetailsParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetPipelineParameters = TypedDict(
    "GetPipelineParameters", {"Name": S, "Name.$": str, "Version": I, "Version.$": str}, total=False
)
GetPipelineExecutionParameters = TypedDict(
    "GetPipelineExecutionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
    },
    total=False,
)
GetPipelineStateParameters = TypedDict(
    "GetPipelineStateParameters", {"Name": S, "Name.$": str}, total=False
)
GetThirdPartyJobDetailsParameters = TypedDict(
    "GetThirdPartyJobDetailsParameters",
    {"JobId": S, "JobId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class LatestInPipelineExecutionFilter(TypedDict, total=False):
    PipelineExecutionId: S
    StartTimeRange: S

class ActionExecutionFilter(TypedDict, total=False):
    PipelineExecutionId: S
    LatestInPipelineExecution: X[LatestInPipelineExecutionFilter]

ListActionExecutionsParameters = TypedDict(
    "ListActionExecutionsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "Filter": X[ActionExecutionFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListActionTypesParameters = TypedDict(
    "ListActionTypesParameters",
    {
        "ActionOwnerFilter": S,
        "ActionOwnerFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegionFilter": S,
        "RegionFilter.$": str,
    },
    total=False,
)

class TargetFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListDeployActionExecutionTargetsParameters = TypedDict(
    "ListDeployActionExecutionTargetsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "ActionExecutionId": S,
        "ActionExecutionId.$": str,
        "Filters": L[Xi[TargetFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SucceededInStageFilter(TypedDict, total=False):
    StageName: S

class PipelineExecutionFilter(TypedDict, total=False):
    SucceededInStage: X[SucceededInStageFilter]

ListPipelineExecutionsParameters = TypedDict(
    "ListPipelineExecutionsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[PipelineExecutionFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPipelinesParameters = TypedDict(
    "ListPipelinesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class RuleExecutionFilter(TypedDict, total=False):
    PipelineExecutionId: S
    LatestInPipelineExecution: X[LatestInPipelineExecutionFilter]

ListRuleExecutionsParameters = TypedDict(
    "ListRuleExecutionsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "Filter": X[RuleExecutionFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRuleTypesParameters = TypedDict(
    "ListRuleTypesParameters",
    {"RuleOwnerFilter": S, "RuleOwnerFilter.$": str, "RegionFilter": S, "RegionFilter.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWebhooksParameters = TypedDict(
    "ListWebhooksParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
OverrideStageConditionParameters = TypedDict(
    "OverrideStageConditionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
        "ConditionType": S,
        "ConditionType.$": str,
    },
    total=False,
)
PollForJobsParameters = TypedDict(
    "PollForJobsParameters",
    {
        "ActionTypeId": X[ActionTypeId],
        "ActionTypeId.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
        "QueryParam": M[S],
        "QueryParam.$": str,
    },
    total=False,
)
PollForThirdPartyJobsParameters = TypedDict(
    "PollForThirdPartyJobsParameters",
    {
        "ActionTypeId": X[ActionTypeId],
        "ActionTypeId.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
    },
    total=False,
)

class ActionRevision(TypedDict, total=False):
    RevisionId: S
    RevisionChangeId: S
    Created: T

PutActionRevisionParameters = TypedDict(
    "PutActionRevisionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "ActionName": S,
        "ActionName.$": str,
        "ActionRevision": X[ActionRevision],
        "ActionRevision.$": str,
    },
    total=False,
)

class ApprovalResult(TypedDict, total=False):
    Summary: S
    Status: S

PutApprovalResultParameters = TypedDict(
    "PutApprovalResultParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "ActionName": S,
        "ActionName.$": str,
        "Result": X[ApprovalResult],
        "Result.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)

class FailureDetails(TypedDict, total=False):
    Type: S
    Message: S
    ExternalExecutionId: S

PutJobFailureResultParameters = TypedDict(
    "PutJobFailureResultParameters",
    {"JobId": S, "JobId.$": str, "FailureDetails": X[FailureDetails], "FailureDetails.$": str},
    total=False,
)

class CurrentRevision(TypedDict, total=False):
    Revision: S
    ChangeIdentifier: S
    Created: T
    RevisionSummary: S

class ExecutionDetails(TypedDict, total=False):
    Summary: S
    ExternalExecutionId: S
    PercentComplete: I

PutJobSuccessResultParameters = TypedDict(
    "PutJobSuccessResultParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "CurrentRevision": X[CurrentRevision],
        "CurrentRevision.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExecutionDetails": X[ExecutionDetails],
        "ExecutionDetails.$": str,
        "OutputVariables": M[S],
        "OutputVariables.$": str,
    },
    total=False,
)
PutThirdPartyJobFailureResultParameters = TypedDict(
    "PutThirdPartyJobFailureResultParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FailureDetails": X[FailureDetails],
        "FailureDetails.$": str,
    },
    total=False,
)
PutThirdPartyJobSuccessResultParameters = TypedDict(
    "PutThirdPartyJobSuccessResultParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CurrentRevision": X[CurrentRevision],
        "CurrentRevision.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "ExecutionDetails": X[ExecutionDetails],
        "ExecutionDetails.$": str,
    },
    total=False,
)

class WebhookFilterRule(TypedDict, total=False):
    JsonPath: S
    MatchEquals: S

class WebhookAuthConfiguration(TypedDict, total=False):
    AllowedIPRange: S
    SecretToken: S

class WebhookDefinition(TypedDict, total=False):
    Name: S
    TargetPipeline: S
    TargetAction: S
    Filters: L[Xi[WebhookFilterRule]]
    Authentication: S
    AuthenticationConfiguration: X[WebhookAuthConfiguration]

PutWebhookParameters = TypedDict(
    "PutWebhookParameters",
    {"Webhook": X[WebhookDefinition], "Webhook.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
RegisterWebhookWithThirdPartyParameters = TypedDict(
    "RegisterWebhookWithThirdPartyParameters", {"WebhookName": S, "WebhookName.$": str}, total=False
)
RetryStageExecutionParameters = TypedDict(
    "RetryStageExecutionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
        "RetryMode": S,
        "RetryMode.$": str,
    },
    total=False,
)
RollbackStageParameters = TypedDict(
    "RollbackStageParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "StageName": S,
        "StageName.$": str,
        "TargetPipelineExecutionId": S,
        "TargetPipelineExecutionId.$": str,
    },
    total=False,
)

class PipelineVariable(TypedDict, total=False):
    Name: S
    Value: S

class SourceRevisionOverride(TypedDict, total=False):
    ActionName: S
    RevisionType: S
    RevisionValue: S

StartPipelineExecutionParameters = TypedDict(
    "StartPipelineExecutionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Variables": L[Xi[PipelineVariable]],
        "Variables.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SourceRevisions": L[Xi[SourceRevisionOverride]],
        "SourceRevisions.$": str,
    },
    total=False,
)
StopPipelineExecutionParameters = TypedDict(
    "StopPipelineExecutionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
        "Abandon": B,
        "Abandon.$": str,
        "Reason": S,
        "Reason.$": str,
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

class LambdaExecutorConfiguration(TypedDict, total=False):
    LambdaFunctionArn: S

class JobWorkerExecutorConfiguration(TypedDict, total=False):
    PollingAccounts: L[Si]
    PollingServicePrincipals: L[Si]

class ExecutorConfiguration(TypedDict, total=False):
    LambdaExecutorConfiguration: X[LambdaExecutorConfiguration]
    JobWorkerExecutorConfiguration: X[JobWorkerExecutorConfiguration]

class ActionTypeExecutor(TypedDict, total=False):
    Configuration: X[ExecutorConfiguration]
    Type: S
    PolicyStatementsTemplate: S
    JobTimeout: I

class ActionTypeIdentifier(TypedDict, total=False):
    Category: S
    Owner: S
    Provider: S
    Version: S

class ActionTypeArtifactDetails(TypedDict, total=False):
    MinimumCount: I
    MaximumCount: I

class ActionTypePermissions(TypedDict, total=False):
    AllowedAccounts: L[Si]

class ActionTypeProperty(TypedDict, total=False):
    Name: S
    Optional: B
    Key: B
    NoEcho: B
    Queryable: B
    Description: S

class ActionTypeUrls(TypedDict, total=False):
    ConfigurationUrl: S
    EntityUrlTemplate: S
    ExecutionUrlTemplate: S
    RevisionUrlTemplate: S

class ActionTypeDeclaration(TypedDict, total=False):
    Description: S
    Executor: X[ActionTypeExecutor]
    Id: X[ActionTypeIdentifier]
    InputArtifactDetails: X[ActionTypeArtifactDetails]
    OutputArtifactDetails: X[ActionTypeArtifactDetails]
    Permissions: X[ActionTypePermissions]
    Properties: L[Xi[ActionTypeProperty]]
    Urls: X[ActionTypeUrls]

UpdateActionTypeParameters = TypedDict(
    "UpdateActionTypeParameters",
    {"ActionType": X[ActionTypeDeclaration], "ActionType.$": str},
    total=False,
)
UpdatePipelineParameters = TypedDict(
    "UpdatePipelineParameters", {"Pipeline": X[PipelineDeclaration], "Pipeline.$": str}, total=False
)
acknowledge_job: Builder[AcknowledgeJobParameters]
acknowledge_third_party_job: Builder[AcknowledgeThirdPartyJobParameters]
create_custom_action_type: Builder[CreateCustomActionTypeParameters]
create_pipeline: Builder[CreatePipelineParameters]
delete_custom_action_type: Builder[DeleteCustomActionTypeParameters]
delete_pipeline: Builder[DeletePipelineParameters]
delete_webhook: Builder[DeleteWebhookParameters]
deregister_webhook_with_third_party: Builder[DeregisterWebhookWithThirdPartyParameters]
disable_stage_transition: Builder[DisableStageTransitionParameters]
enable_stage_transition: Builder[EnableStageTransitionParameters]
get_action_type: Builder[GetActionTypeParameters]
get_job_details: Builder[GetJobDetailsParameters]
get_pipeline: Builder[GetPipelineParameters]
get_pipeline_execution: Builder[GetPipelineExecutionParameters]
get_pipeline_state: Builder[GetPipelineStateParameters]
get_third_party_job_details: Builder[GetThirdPartyJobDetailsParameters]
list_action_executions: Builder[ListActionExecutionsParameters]
list_action_types: Builder[ListActionTypesParameters]
list_deploy_action_execution_targets: Builder[ListDeployActionExecutionTargetsParameters]
list_pipeline_executions: Builder[ListPipelineExecutionsParameters]
list_pipelines: Builder[ListPipelinesParameters]
list_rule_executions: Builder[ListRuleExecutionsParameters]
list_rule_types: Builder[ListRuleTypesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_webhooks: Builder[ListWebhooksParameters]
override_stage_condition: Builder[OverrideStageConditionParameters]
poll_for_jobs: Builder[PollForJobsParameters]
poll_for_third_party_jobs: Builder[PollForThirdPartyJobsParameters]
put_action_revision: Builder[PutActionRevisionParameters]
put_approval_result: Builder[PutApprovalResultParameters]
put_job_failure_result: Builder[PutJobFailureResultParameters]
put_job_success_result: Builder[PutJobSuccessResultParameters]
put_third_party_job_failure_result: Builder[PutThirdPartyJobFailureResultParameters]
put_third_party_job_success_result: Builder[PutThirdPartyJobSuccessResultParameters]
put_webhook: Builder[PutWebhookParameters]
register_webhook_with_third_party: Builder[RegisterWebhookWithThirdPartyParameters]
retry_stage_execution: Builder[RetryStageExecutionParameters]
rollback_stage: Builder[RollbackStageParameters]
start_pipeline_execution: Builder[StartPipelineExecutionParameters]
stop_pipeline_execution: Builder[StopPipelineExecutionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_action_type: Builder[UpdateActionTypeParameters]
update_pipeline: Builder[UpdatePipelineParameters]

__all__ = [
    "acknowledge_job",
    "acknowledge_third_party_job",
    "create_custom_action_type",
    "create_pipeline",
    "delete_custom_action_type",
    "delete_pipeline",
    "delete_webhook",
    "deregister_webhook_with_third_party",
    "disable_stage_transition",
    "enable_stage_transition",
    "get_action_type",
    "get_job_details",
    "get_pipeline",
    "get_pipeline_execution",
    "get_pipeline_state",
    "get_third_party_job_details",
    "list_action_executions",
    "list_action_types",
    "list_deploy_action_execution_targets",
    "list_pipeline_executions",
    "list_pipelines",
    "list_rule_executions",
    "list_rule_types",
    "list_tags_for_resource",
    "list_webhooks",
    "override_stage_condition",
    "poll_for_jobs",
    "poll_for_third_party_jobs",
    "put_action_revision",
    "put_approval_result",
    "put_job_failure_result",
    "put_job_success_result",
    "put_third_party_job_failure_result",
    "put_third_party_job_success_result",
    "put_webhook",
    "register_webhook_with_third_party",
    "retry_stage_execution",
    "rollback_stage",
    "start_pipeline_execution",
    "stop_pipeline_execution",
    "tag_resource",
    "untag_resource",
    "update_action_type",
    "update_pipeline",
]
