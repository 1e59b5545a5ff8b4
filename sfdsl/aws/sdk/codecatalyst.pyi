"""Typed builders of the AWS SDK integration of codecatalyst (``aws-sdk:codecatalyst:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

CreateAccessTokenParameters = TypedDict(
    "CreateAccessTokenParameters",
    {"Name": S, "Name.$": str, "ExpiresTime": T, "ExpiresTime.$": str},
    total=False,
)

class RepositoryInput(TypedDict, total=False):
    RepositoryName: S
    BranchName: S

class IdeConfiguration(TypedDict, total=False):
    Runtime: S
    Name: S

class PersistentStorageConfiguration(TypedDict, total=False):
    SizeInGiB: I

CreateDevEnvironmentParameters = TypedDict(
    "CreateDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Repositories": L[Xi[RepositoryInput]],
        "Repositories.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Alias": S,
        "Alias.$": str,
        "Ides": L[Xi[IdeConfiguration]],
        "Ides.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InactivityTimeoutMinutes": I,
        "InactivityTimeoutMinutes.$": str,
        "PersistentStorage": X[PersistentStorageConfiguration],
        "PersistentStorage.$": str,
        "VpcConnectionName": S,
        "VpcConnectionName.$": str,
    },
    total=False,
)
CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateSourceRepositoryParameters = TypedDict(
    "CreateSourceRepositoryParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateSourceRepositoryBranchParameters = TypedDict(
    "CreateSourceRepositoryBranchParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "SourceRepositoryName": S,
        "SourceRepositoryName.$": str,
        "Name": S,
        "Name.$": str,
        "HeadCommitId": S,
        "HeadCommitId.$": str,
    },
    total=False,
)
DeleteAccessTokenParameters = TypedDict(
    "DeleteAccessTokenParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteDevEnvironmentParameters = TypedDict(
    "DeleteDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters",
    {"SpaceName": S, "SpaceName.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteSourceRepositoryParameters = TypedDict(
    "DeleteSourceRepositoryParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteSpaceParameters = TypedDict("DeleteSpaceParameters", {"Name": S, "Name.$": str}, total=False)
GetDevEnvironmentParameters = TypedDict(
    "GetDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetProjectParameters = TypedDict(
    "GetProjectParameters",
    {"SpaceName": S, "SpaceName.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetSourceRepositoryParameters = TypedDict(
    "GetSourceRepositoryParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetSourceRepositoryCloneUrlsParameters = TypedDict(
    "GetSourceRepositoryCloneUrlsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "SourceRepositoryName": S,
        "SourceRepositoryName.$": str,
    },
    total=False,
)
GetSpaceParameters = TypedDict("GetSpaceParameters", {"Name": S, "Name.$": str}, total=False)
GetSubscriptionParameters = TypedDict(
    "GetSubscriptionParameters", {"SpaceName": S, "SpaceName.$": str}, total=False
)
GetUserDetailsParameters = TypedDict(
    "GetUserDetailsParameters",
    {"Id": S, "Id.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "Id": S,
        "Id.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
    },
    total=False,
)
GetWorkflowRunParameters = TypedDict(
    "GetWorkflowRunParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "Id": S,
        "Id.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
    },
    total=False,
)
ListAccessTokensParameters = TypedDict(
    "ListAccessTokensParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDevEnvironmentSessionsParameters = TypedDict(
    "ListDevEnvironmentSessionsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "DevEnvironmentId": S,
        "DevEnvironmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    ComparisonOperator: S

ListDevEnvironmentsParameters = TypedDict(
    "ListDevEnvironmentsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventLogsParameters = TypedDict(
    "ListEventLogsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "EventName": S,
        "EventName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ProjectListFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    ComparisonOperator: S

ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[ProjectListFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListSourceRepositoriesParameters = TypedDict(
    "ListSourceRepositoriesParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSourceRepositoryBranchesParameters = TypedDict(
    "ListSourceRepositoryBranchesParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "SourceRepositoryName": S,
        "SourceRepositoryName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)

class WorkflowRunSortCriteria(TypedDict, total=False): ...

ListWorkflowRunsParameters = TypedDict(
    "ListWorkflowRunsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": L[Xi[WorkflowRunSortCriteria]],
        "SortBy.$": str,
    },
    total=False,
)

class WorkflowSortCriteria(TypedDict, total=False): ...

ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": L[Xi[WorkflowSortCriteria]],
        "SortBy.$": str,
    },
    total=False,
)
StartDevEnvironmentParameters = TypedDict(
    "StartDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
        "Ides": L[Xi[IdeConfiguration]],
        "Ides.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InactivityTimeoutMinutes": I,
        "InactivityTimeoutMinutes.$": str,
    },
    total=False,
)

class ExecuteCommandSessionConfiguration(TypedDict, total=False):
    Command: S
    Arguments: L[Si]

class DevEnvironmentSessionConfiguration(TypedDict, total=False):
    SessionType: S
    ExecuteCommandSessionConfiguration: X[ExecuteCommandSessionConfiguration]

StartDevEnvironmentSessionParameters = TypedDict(
    "StartDevEnvironmentSessionParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
        "SessionConfiguration": X[DevEnvironmentSessionConfiguration],
        "SessionConfiguration.$": str,
    },
    total=False,
)
StartWorkflowRunParameters = TypedDict(
    "StartWorkflowRunParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StopDevEnvironmentParameters = TypedDict(
    "StopDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
StopDevEnvironmentSessionParameters = TypedDict(
    "StopDevEnvironmentSessionParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
UpdateDevEnvironmentParameters = TypedDict(
    "UpdateDevEnvironmentParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "Id": S,
        "Id.$": str,
        "Alias": S,
        "Alias.$": str,
        "Ides": L[Xi[IdeConfiguration]],
        "Ides.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InactivityTimeoutMinutes": I,
        "InactivityTimeoutMinutes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "SpaceName": S,
        "SpaceName.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str},
    total=False,
)

class VerifySessionParameters(TypedDict, total=False): ...

create_access_token: Builder[CreateAccessTokenParameters]
create_dev_environment: Builder[CreateDevEnvironmentParameters]
create_project: Builder[CreateProjectParameters]
create_source_repository: Builder[CreateSourceRepositoryParameters]
create_source_repository_branch: Builder[CreateSourceRepositoryBranchParameters]
delete_access_token: Builder[DeleteAccessTokenParameters]
delete_dev_environment: Builder[DeleteDevEnvironmentParameters]
delete_project: Builder[DeleteProjectParameters]
delete_source_repository: Builder[DeleteSourceRepositoryParameters]
delete_space: Builder[DeleteSpaceParameters]
get_dev_environment: Builder[GetDevEnvironmentParameters]
get_project: Builder[GetProjectParameters]
get_source_repository: Builder[GetSourceRepositoryParameters]
get_source_repository_clone_urls: Builder[GetSourceRepositoryCloneUrlsParameters]
get_space: Builder[GetSpaceParameters]
get_subscription: Builder[GetSubscriptionParameters]
get_user_details: Builder[GetUserDetailsParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_run: Builder[GetWorkflowRunParameters]
list_access_tokens: Builder[ListAccessTokensParameters]
list_dev_environment_sessions: Builder[ListDevEnvironmentSessionsParameters]
list_dev_environments: Builder[ListDevEnvironmentsParameters]
list_event_logs: Builder[ListEventLogsParameters]
list_projects: Builder[ListProjectsParameters]
list_source_repositories: Builder[ListSourceRepositoriesParameters]
list_source_repository_branches: Builder[ListSourceRepositoryBranchesParameters]
list_spaces: Builder[ListSpacesParameters]
list_workflow_runs: Builder[ListWorkflowRunsParameters]
list_workflows: Builder[ListWorkflowsParameters]
start_dev_environment: Builder[StartDevEnvironmentParameters]
start_dev_environment_session: Builder[StartDevEnvironmentSessionParameters]
start_workflow_run: Builder[StartWorkflowRunParameters]
stop_dev_environment: Builder[StopDevEnvironmentParameters]
stop_dev_environment_session: Builder[StopDevEnvironmentSessionParameters]
update_dev_environment: Builder[UpdateDevEnvironmentParameters]
update_project: Builder[UpdateProjectParameters]
update_space: Builder[UpdateSpaceParameters]
verify_session: Builder[VerifySessionParameters]

__all__ = [
    "create_access_token",
    "create_dev_environment",
    "create_project",
    "create_source_repository",
    "create_source_repository_branch",
    "delete_access_token",
    "delete_dev_environment",
    "delete_project",
    "delete_source_repository",
    "delete_space",
    "get_dev_environment",
    "get_project",
    "get_source_repository",
    "get_source_repository_clone_urls",
    "get_space",
    "get_subscription",
    "get_user_details",
    "get_workflow",
    "get_workflow_run",
    "list_access_tokens",
    "list_dev_environment_sessions",
    "list_dev_environments",
    "list_event_logs",
    "list_projects",
    "list_source_repositories",
    "list_source_repository_branches",
    "list_spaces",
    "list_workflow_runs",
    "list_workflows",
    "start_dev_environment",
    "start_dev_environment_session",
    "start_workflow_run",
    "stop_dev_environment",
    "stop_dev_environment_session",
    "update_dev_environment",
    "update_project",
    "update_space",
    "verify_session",
]
