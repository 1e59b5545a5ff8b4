"""Typed builders of the AWS SDK integration of migrationhub (``aws-sdk:migrationhub:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class CreatedArtifact(TypedDict, total=False):
    Name: S
    Description: S

AssociateCreatedArtifactParameters = TypedDict(
    "AssociateCreatedArtifactParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "CreatedArtifact": X[CreatedArtifact],
        "CreatedArtifact.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class DiscoveredResource(TypedDict, total=False):
    ConfigurationId: S
    Description: S

AssociateDiscoveredResourceParameters = TypedDict(
    "AssociateDiscoveredResourceParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "DiscoveredResource": X[DiscoveredResource],
        "DiscoveredResource.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class SourceResource(TypedDict, total=False):
    Name: S
    Description: S
    StatusDetail: S

AssociateSourceResourceParameters = TypedDict(
    "AssociateSourceResourceParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "SourceResource": X[SourceResource],
        "SourceResource.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateProgressUpdateStreamParameters = TypedDict(
    "CreateProgressUpdateStreamParameters",
    {
        "ProgressUpdateStreamName": S,
        "ProgressUpdateStreamName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteProgressUpdateStreamParameters = TypedDict(
    "DeleteProgressUpdateStreamParameters",
    {
        "ProgressUpdateStreamName": S,
        "ProgressUpdateStreamName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeApplicationStateParameters = TypedDict(
    "DescribeApplicationStateParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DescribeMigrationTaskParameters = TypedDict(
    "DescribeMigrationTaskParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
    },
    total=False,
)
DisassociateCreatedArtifactParameters = TypedDict(
    "DisassociateCreatedArtifactParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "CreatedArtifactName": S,
        "CreatedArtifactName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateDiscoveredResourceParameters = TypedDict(
    "DisassociateDiscoveredResourceParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "ConfigurationId": S,
        "ConfigurationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateSourceResourceParameters = TypedDict(
    "DisassociateSourceResourceParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "SourceResourceName": S,
        "SourceResourceName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ImportMigrationTaskParameters = TypedDict(
    "ImportMigrationTaskParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ListApplicationStatesParameters = TypedDict(
    "ListApplicationStatesParameters",
    {
        "ApplicationIds": L[Si],
        "ApplicationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCreatedArtifactsParameters = TypedDict(
    "ListCreatedArtifactsParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDiscoveredResourcesParameters = TypedDict(
    "ListDiscoveredResourcesParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMigrationTaskUpdatesParameters = TypedDict(
    "ListMigrationTaskUpdatesParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMigrationTasksParameters = TypedDict(
    "ListMigrationTasksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
ListProgressUpdateStreamsParameters = TypedDict(
    "ListProgressUpdateStreamsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSourceResourcesParameters = TypedDict(
    "ListSourceResourcesParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
NotifyApplicationStateParameters = TypedDict(
    "NotifyApplicationStateParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Status": S,
        "Status.$": str,
        "UpdateDateTime": T,
        "UpdateDateTime.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class Task(TypedDict, total=False):
    Status: S
    StatusDetail: S
    ProgressPercent: I

NotifyMigrationTaskStateParameters = TypedDict(
    "NotifyMigrationTaskStateParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "Task": X[Task],
        "Task.$": str,
        "UpdateDateTime": T,
        "UpdateDateTime.$": str,
        "NextUpdateSeconds": I,
        "NextUpdateSeconds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ResourceAttribute(TypedDict, total=False):
    Type: S
    Value: S

PutResourceAttributesParameters = TypedDict(
    "PutResourceAttributesParameters",
    {
        "ProgressUpdateStream": S,
        "ProgressUpdateStream.$": str,
        "MigrationTaskName": S,
        "MigrationTaskName.$": str,
        "ResourceAttributeList": L[Xi[ResourceAttribute]],
        "ResourceAttributeList.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
associate_created_artifact: Builder[AssociateCreatedArtifactParameters]
associate_discovered_resource: Builder[AssociateDiscoveredResourceParameters]
associate_source_resource: Builder[AssociateSourceResourceParameters]
create_progress_update_stream: Builder[CreateProgressUpdateStreamParameters]
delete_progress_update_stream: Builder[DeleteProgressUpdateStreamParameters]
describe_application_state: Builder[DescribeApplicationStateParameters]
describe_migration_task: Builder[DescribeMigrationTaskParameters]
disassociate_created_artifact: Builder[DisassociateCreatedArtifactParameters]
disassociate_discovered_resource: Builder[DisassociateDiscoveredResourceParameters]
disassociate_source_resource: Builder[DisassociateSourceResourceParameters]
import_migration_task: Builder[ImportMigrationTaskParameters]
list_application_states: Builder[ListApplicationStatesParameters]
list_created_artifacts: Builder[ListCreatedArtifactsParameters]
list_discovered_resources: Builder[ListDiscoveredResourcesParameters]
list_migration_task_updates: Builder[ListMigrationTaskUpdatesParameters]
list_migration_tasks: Builder[ListMigrationTasksParameters]
list_progress_update_streams: Builder[ListProgressUpdateStreamsParameters]
list_source_resources: Builder[ListSourceResourcesParameters]
notify_application_state: Builder[NotifyApplicationStateParameters]
notify_migration_task_state: Builder[NotifyMigrationTaskStateParameters]
put_resource_attributes: Builder[PutResourceAttributesParameters]

__all__ = [
    "associate_created_artifact",
    "associate_discovered_resource",
    "associate_source_resource",
    "create_progress_update_stream",
    "delete_progress_update_stream",
    "describe_application_state",
    "describe_migration_task",
    "disassociate_created_artifact",
    "disassociate_discovered_resource",
    "disassociate_source_resource",
    "import_migration_task",
    "list_application_states",
    "list_created_artifacts",
    "list_discovered_resources",
    "list_migration_task_updates",
    "list_migration_tasks",
    "list_progress_update_streams",
    "list_source_resources",
    "notify_application_state",
    "notify_migration_task_state",
    "put_resource_attributes",
]
