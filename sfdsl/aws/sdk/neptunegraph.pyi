"""Typed builders of the AWS SDK integration of neptunegraph (``aws-sdk:neptunegraph:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X

CancelExportTaskParameters = TypedDict(
    "CancelExportTaskParameters", {"TaskIdentifier": S, "TaskIdentifier.$": str}, total=False
)
CancelImportTaskParameters = TypedDict(
    "CancelImportTaskParameters", {"TaskIdentifier": S, "TaskIdentifier.$": str}, total=False
)
CancelQueryParameters = TypedDict(
    "CancelQueryParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)

class VectorSearchConfiguration(TypedDict, total=False):
    Dimension: I

class ProvisionedGraphConfiguration(TypedDict, total=False):
    Memory: I

class GraphSessionConfiguration(TypedDict, total=False):
    MinMemory: I

class ComputeConfiguration(TypedDict, total=False):
    ProvisionedGraph: X[ProvisionedGraphConfiguration]
    GraphSession: X[GraphSessionConfiguration]

CreateGraphParameters = TypedDict(
    "CreateGraphParameters",
    {
        "GraphName": S,
        "GraphName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PublicConnectivity": B,
        "PublicConnectivity.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "VectorSearchConfiguration": X[VectorSearchConfiguration],
        "VectorSearchConfiguration.$": str,
        "ReplicaCount": I,
        "ReplicaCount.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ProvisionedMemory": I,
        "ProvisionedMemory.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
    },
    total=False,
)
CreateGraphSnapshotParameters = TypedDict(
    "CreateGraphSnapshotParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NeptuneImportOptions(TypedDict, total=False):
    S3ExportPath: S
    S3ExportKmsKeyId: S
    PreserveDefaultVertexLabels: B
    PreserveEdgeIds: B

class ImportOptions(TypedDict, total=False):
    Neptune: X[NeptuneImportOptions]

CreateGraphUsingImportTaskParameters = TypedDict(
    "CreateGraphUsingImportTaskParameters",
    {
        "GraphName": S,
        "GraphName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PublicConnectivity": B,
        "PublicConnectivity.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "VectorSearchConfiguration": X[VectorSearchConfiguration],
        "VectorSearchConfiguration.$": str,
        "ReplicaCount": I,
        "ReplicaCount.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ImportOptions": X[ImportOptions],
        "ImportOptions.$": str,
        "MaxProvisionedMemory": I,
        "MaxProvisionedMemory.$": str,
        "MinProvisionedMemory": I,
        "MinProvisionedMemory.$": str,
        "FailOnError": B,
        "FailOnError.$": str,
        "Source": S,
        "Source.$": str,
        "Format": S,
        "Format.$": str,
        "ParquetType": S,
        "ParquetType.$": str,
        "BlankNodeHandling": S,
        "BlankNodeHandling.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
CreatePrivateGraphEndpointParameters = TypedDict(
    "CreatePrivateGraphEndpointParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)
DeleteGraphParameters = TypedDict(
    "DeleteGraphParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "SkipSnapshot": B, "SkipSnapshot.$": str},
    total=False,
)
DeleteGraphSnapshotParameters = TypedDict(
    "DeleteGraphSnapshotParameters",
    {"SnapshotIdentifier": S, "SnapshotIdentifier.$": str},
    total=False,
)
DeletePrivateGraphEndpointParameters = TypedDict(
    "DeletePrivateGraphEndpointParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "VpcId": S, "VpcId.$": str},
    total=False,
)
ExecuteQueryParameters = TypedDict(
    "ExecuteQueryParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "Language": S,
        "Language.$": str,
        "Parameters": M[Doc],
        "Parameters.$": str,
        "PlanCache": S,
        "PlanCache.$": str,
        "ExplainMode": S,
        "ExplainMode.$": str,
        "QueryTimeoutMilliseconds": I,
        "QueryTimeoutMilliseconds.$": str,
    },
    total=False,
)
GetExportTaskParameters = TypedDict(
    "GetExportTaskParameters", {"TaskIdentifier": S, "TaskIdentifier.$": str}, total=False
)
GetGraphParameters = TypedDict(
    "GetGraphParameters", {"GraphIdentifier": S, "GraphIdentifier.$": str}, total=False
)
GetGraphSnapshotParameters = TypedDict(
    "GetGraphSnapshotParameters",
    {"SnapshotIdentifier": S, "SnapshotIdentifier.$": str},
    total=False,
)
GetGraphSummaryParameters = TypedDict(
    "GetGraphSummaryParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "Mode": S, "Mode.$": str},
    total=False,
)
GetImportTaskParameters = TypedDict(
    "GetImportTaskParameters", {"TaskIdentifier": S, "TaskIdentifier.$": str}, total=False
)
GetPrivateGraphEndpointParameters = TypedDict(
    "GetPrivateGraphEndpointParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "VpcId": S, "VpcId.$": str},
    total=False,
)
GetQueryParameters = TypedDict(
    "GetQueryParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
ListExportTasksParameters = TypedDict(
    "ListExportTasksParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGraphSnapshotsParameters = TypedDict(
    "ListGraphSnapshotsParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGraphsParameters = TypedDict(
    "ListGraphsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListImportTasksParameters = TypedDict(
    "ListImportTasksParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPrivateGraphEndpointsParameters = TypedDict(
    "ListPrivateGraphEndpointsParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueriesParameters = TypedDict(
    "ListQueriesParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ResetGraphParameters = TypedDict(
    "ResetGraphParameters",
    {"GraphIdentifier": S, "GraphIdentifier.$": str, "SkipSnapshot": B, "SkipSnapshot.$": str},
    total=False,
)
RestoreGraphFromSnapshotParameters = TypedDict(
    "RestoreGraphFromSnapshotParameters",
    {
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "GraphName": S,
        "GraphName.$": str,
        "ProvisionedMemory": I,
        "ProvisionedMemory.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ReplicaCount": I,
        "ReplicaCount.$": str,
        "PublicConnectivity": B,
        "PublicConnectivity.$": str,
    },
    total=False,
)

class ExportFilterPropertyAttributes(TypedDict, total=False):
    OutputType: S
    SourcePropertyName: S
    MultiValueHandling: S

class ExportFilterElement(TypedDict, total=False):
    Properties: M[X[ExportFilterPropertyAttributes]]

class ExportFilter(TypedDict, total=False):
    VertexFilter: M[X[ExportFilterElement]]
    EdgeFilter: M[X[ExportFilterElement]]

StartExportTaskParameters = TypedDict(
    "StartExportTaskParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Format": S,
        "Format.$": str,
        "Destination": S,
        "Destination.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "ParquetType": S,
        "ParquetType.$": str,
        "ExportFilter": X[ExportFilter],
        "ExportFilter.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartGraphParameters = TypedDict(
    "StartGraphParameters", {"GraphIdentifier": S, "GraphIdentifier.$": str}, total=False
)
StartImportTaskParameters = TypedDict(
    "StartImportTaskParameters",
    {
        "ImportOptions": X[ImportOptions],
        "ImportOptions.$": str,
        "FailOnError": B,
        "FailOnError.$": str,
        "Source": S,
        "Source.$": str,
        "Format": S,
        "Format.$": str,
        "ParquetType": S,
        "ParquetType.$": str,
        "BlankNodeHandling": S,
        "BlankNodeHandling.$": str,
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
StopGraphParameters = TypedDict(
    "StopGraphParameters", {"GraphIdentifier": S, "GraphIdentifier.$": str}, total=False
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
UpdateGraphParameters = TypedDict(
    "UpdateGraphParameters",
    {
        "GraphIdentifier": S,
        "GraphIdentifier.$": str,
        "PublicConnectivity": B,
        "PublicConnectivity.$": str,
        "ProvisionedMemory": I,
        "ProvisionedMemory.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
    },
    total=False,
)
cancel_export_task: Builder[CancelExportTaskParameters]
cancel_import_task: Builder[CancelImportTaskParameters]
cancel_query: Builder[CancelQueryParameters]
create_graph: Builder[CreateGraphParameters]
create_graph_snapshot: Builder[CreateGraphSnapshotParameters]
create_graph_using_import_task: Builder[CreateGraphUsingImportTaskParameters]
create_private_graph_endpoint: Builder[CreatePrivateGraphEndpointParameters]
delete_graph: Builder[DeleteGraphParameters]
delete_graph_snapshot: Builder[DeleteGraphSnapshotParameters]
delete_private_graph_endpoint: Builder[DeletePrivateGraphEndpointParameters]
execute_query: Builder[ExecuteQueryParameters]
get_export_task: Builder[GetExportTaskParameters]
get_graph: Builder[GetGraphParameters]
get_graph_snapshot: Builder[GetGraphSnapshotParameters]
get_graph_summary: Builder[GetGraphSummaryParameters]
get_import_task: Builder[GetImportTaskParameters]
get_private_graph_endpoint: Builder[GetPrivateGraphEndpointParameters]
get_query: Builder[GetQueryParameters]
list_export_tasks: Builder[ListExportTasksParameters]
list_graph_snapshots: Builder[ListGraphSnapshotsParameters]
list_graphs: Builder[ListGraphsParameters]
list_import_tasks: Builder[ListImportTasksParameters]
list_private_graph_endpoints: Builder[ListPrivateGraphEndpointsParameters]
list_queries: Builder[ListQueriesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reset_graph: Builder[ResetGraphParameters]
restore_graph_from_snapshot: Builder[RestoreGraphFromSnapshotParameters]
start_export_task: Builder[StartExportTaskParameters]
start_graph: Builder[StartGraphParameters]
start_import_task: Builder[StartImportTaskParameters]
stop_graph: Builder[StopGraphParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_graph: Builder[UpdateGraphParameters]

__all__ = [
    "cancel_export_task",
    "cancel_import_task",
    "cancel_query",
    "create_graph",
    "create_graph_snapshot",
    "create_graph_using_import_task",
    "create_private_graph_endpoint",
    "delete_graph",
    "delete_graph_snapshot",
    "delete_private_graph_endpoint",
    "execute_query",
    "get_export_task",
    "get_graph",
    "get_graph_snapshot",
    "get_graph_summary",
    "get_import_task",
    "get_private_graph_endpoint",
    "get_query",
    "list_export_tasks",
    "list_graph_snapshots",
    "list_graphs",
    "list_import_tasks",
    "list_private_graph_endpoints",
    "list_queries",
    "list_tags_for_resource",
    "reset_graph",
    "restore_graph_from_snapshot",
    "start_export_task",
    "start_graph",
    "start_import_task",
    "stop_graph",
    "tag_resource",
    "untag_resource",
    "update_graph",
]
