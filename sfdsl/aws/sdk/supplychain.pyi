"""Typed builders of the AWS SDK integration of supplychain (``aws-sdk:supplychain:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CreateBillOfMaterialsImportJobParameters = TypedDict(
    "CreateBillOfMaterialsImportJobParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "S3uri": S,
        "S3uri.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DataIntegrationFlowS3Options(TypedDict, total=False):
    FileType: S

class DataIntegrationFlowS3SourceConfiguration(TypedDict, total=False):
    BucketName: S
    Prefix: S
    Options: X[DataIntegrationFlowS3Options]

class DataIntegrationFlowFieldPriorityDedupeField(TypedDict, total=False):
    Name: S
    SortOrder: S

class DataIntegrationFlowFieldPriorityDedupeStrategyConfiguration(TypedDict, total=False):
    Fields: L[Xi[DataIntegrationFlowFieldPriorityDedupeField]]

class DataIntegrationFlowDedupeStrategy(TypedDict, total=False):
    Type: S
    FieldPriority: X[DataIntegrationFlowFieldPriorityDedupeStrategyConfiguration]

class DataIntegrationFlowDatasetOptions(TypedDict, total=False):
    LoadType: S
    DedupeRecords: B
    DedupeStrategy: X[DataIntegrationFlowDedupeStrategy]

class DataIntegrationFlowDatasetSourceConfiguration(TypedDict, total=False):
    DatasetIdentifier: S
    Options: X[DataIntegrationFlowDatasetOptions]

class DataIntegrationFlowSource(TypedDict, total=False):
    SourceType: S
    SourceName: S
    S3Source: X[DataIntegrationFlowS3SourceConfiguration]
    DatasetSource: X[DataIntegrationFlowDatasetSourceConfiguration]

class DataIntegrationFlowSQLTransformationConfiguration(TypedDict, total=False):
    Query: S

class DataIntegrationFlowTransformation(TypedDict, total=False):
    TransformationType: S
    SqlTransformation: X[DataIntegrationFlowSQLTransformationConfiguration]

class DataIntegrationFlowS3TargetConfiguration(TypedDict, total=False):
    BucketName: S
    Prefix: S
    Options: X[DataIntegrationFlowS3Options]

class DataIntegrationFlowDatasetTargetConfiguration(TypedDict, total=False):
    DatasetIdentifier: S
    Options: X[DataIntegrationFlowDatasetOptions]

class DataIntegrationFlowTarget(TypedDict, total=False):
    TargetType: S
    S3Target: X[DataIntegrationFlowS3TargetConfiguration]
    DatasetTarget: X[DataIntegrationFlowDatasetTargetConfiguration]

CreateDataIntegrationFlowParameters = TypedDict(
    "CreateDataIntegrationFlowParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Sources": L[Xi[DataIntegrationFlowSource]],
        "Sources.$": str,
        "Transformation": X[DataIntegrationFlowTransformation],
        "Transformation.$": str,
        "Target": X[DataIntegrationFlowTarget],
        "Target.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DataLakeDatasetSchemaField(TypedDict, total=False):
    Name: S
    Type: S
    IsRequired: B

class DataLakeDatasetPrimaryKeyField(TypedDict, total=False):
    Name: S

class DataLakeDatasetSchema(TypedDict, total=False):
    Name: S
    Fields: L[Xi[DataLakeDatasetSchemaField]]
    PrimaryKeys: L[Xi[DataLakeDatasetPrimaryKeyField]]

class DataLakeDatasetPartitionFieldTransform(TypedDict, total=False):
    Type: S

class DataLakeDatasetPartitionField(TypedDict, total=False):
    Name: S
    Transform: X[DataLakeDatasetPartitionFieldTransform]

class DataLakeDatasetPartitionSpec(TypedDict, total=False):
    Fields: L[Xi[DataLakeDatasetPartitionField]]

CreateDataLakeDatasetParameters = TypedDict(
    "CreateDataLakeDatasetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "Schema": X[DataLakeDatasetSchema],
        "Schema.$": str,
        "Description": S,
        "Description.$": str,
        "PartitionSpec": X[DataLakeDatasetPartitionSpec],
        "PartitionSpec.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDataLakeNamespaceParameters = TypedDict(
    "CreateDataLakeNamespaceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateInstanceParameters = TypedDict(
    "CreateInstanceParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "InstanceDescription": S,
        "InstanceDescription.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "WebAppDnsDomain": S,
        "WebAppDnsDomain.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteDataIntegrationFlowParameters = TypedDict(
    "DeleteDataIntegrationFlowParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteDataLakeDatasetParameters = TypedDict(
    "DeleteDataLakeDatasetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteDataLakeNamespaceParameters = TypedDict(
    "DeleteDataLakeNamespaceParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteInstanceParameters = TypedDict(
    "DeleteInstanceParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
GetBillOfMaterialsImportJobParameters = TypedDict(
    "GetBillOfMaterialsImportJobParameters",
    {"InstanceId": S, "InstanceId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetDataIntegrationEventParameters = TypedDict(
    "GetDataIntegrationEventParameters",
    {"InstanceId": S, "InstanceId.$": str, "EventId": S, "EventId.$": str},
    total=False,
)
GetDataIntegrationFlowParameters = TypedDict(
    "GetDataIntegrationFlowParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetDataIntegrationFlowExecutionParameters = TypedDict(
    "GetDataIntegrationFlowExecutionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FlowName": S,
        "FlowName.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
    },
    total=False,
)
GetDataLakeDatasetParameters = TypedDict(
    "GetDataLakeDatasetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetDataLakeNamespaceParameters = TypedDict(
    "GetDataLakeNamespaceParameters",
    {"InstanceId": S, "InstanceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetInstanceParameters = TypedDict(
    "GetInstanceParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
ListDataIntegrationEventsParameters = TypedDict(
    "ListDataIntegrationEventsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EventType": S,
        "EventType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataIntegrationFlowExecutionsParameters = TypedDict(
    "ListDataIntegrationFlowExecutionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "FlowName": S,
        "FlowName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataIntegrationFlowsParameters = TypedDict(
    "ListDataIntegrationFlowsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataLakeDatasetsParameters = TypedDict(
    "ListDataLakeDatasetsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataLakeNamespacesParameters = TypedDict(
    "ListDataLakeNamespacesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InstanceNameFilter": L[Si],
        "InstanceNameFilter.$": str,
        "InstanceStateFilter": L[Si],
        "InstanceStateFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class DataIntegrationEventDatasetTargetConfiguration(TypedDict, total=False):
    DatasetIdentifier: S
    OperationType: S

SendDataIntegrationEventParameters = TypedDict(
    "SendDataIntegrationEventParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "EventType": S,
        "EventType.$": str,
        "Data": S,
        "Data.$": str,
        "EventGroupId": S,
        "EventGroupId.$": str,
        "EventTimestamp": T,
        "EventTimestamp.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DatasetTarget": X[DataIntegrationEventDatasetTargetConfiguration],
        "DatasetTarget.$": str,
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
UpdateDataIntegrationFlowParameters = TypedDict(
    "UpdateDataIntegrationFlowParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Sources": L[Xi[DataIntegrationFlowSource]],
        "Sources.$": str,
        "Transformation": X[DataIntegrationFlowTransformation],
        "Transformation.$": str,
        "Target": X[DataIntegrationFlowTarget],
        "Target.$": str,
    },
    total=False,
)
UpdateDataLakeDatasetParameters = TypedDict(
    "UpdateDataLakeDatasetParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDataLakeNamespaceParameters = TypedDict(
    "UpdateDataLakeNamespaceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateInstanceParameters = TypedDict(
    "UpdateInstanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "InstanceName": S,
        "InstanceName.$": str,
        "InstanceDescription": S,
        "InstanceDescription.$": str,
    },
    total=False,
)
create_bill_of_materials_import_job: Builder[CreateBillOfMaterialsImportJobParameters]
create_data_integration_flow: Builder[CreateDataIntegrationFlowParameters]
create_data_lake_dataset: Builder[CreateDataLakeDatasetParameters]
create_data_lake_namespace: Builder[CreateDataLakeNamespaceParameters]
create_instance: Builder[CreateInstanceParameters]
delete_data_integration_flow: Builder[DeleteDataIntegrationFlowParameters]
delete_data_lake_dataset: Builder[DeleteDataLakeDatasetParameters]
delete_data_lake_namespace: Builder[DeleteDataLakeNamespaceParameters]
delete_instance: Builder[DeleteInstanceParameters]
get_bill_of_materials_import_job: Builder[GetBillOfMaterialsImportJobParameters]
get_data_integration_event: Builder[GetDataIntegrationEventParameters]
get_data_integration_flow: Builder[GetDataIntegrationFlowParameters]
get_data_integration_flow_execution: Builder[GetDataIntegrationFlowExecutionParameters]
get_data_lake_dataset: Builder[GetDataLakeDatasetParameters]
get_data_lake_namespace: Builder[GetDataLakeNamespaceParameters]
get_instance: Builder[GetInstanceParameters]
list_data_integration_events: Builder[ListDataIntegrationEventsParameters]
list_data_integration_flow_executions: Builder[ListDataIntegrationFlowExecutionsParameters]
list_data_integration_flows: Builder[ListDataIntegrationFlowsParameters]
list_data_lake_datasets: Builder[ListDataLakeDatasetsParameters]
list_data_lake_namespaces: Builder[ListDataLakeNamespacesParameters]
list_instances: Builder[ListInstancesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
send_data_integration_event: Builder[SendDataIntegrationEventParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_data_integration_flow: Builder[UpdateDataIntegrationFlowParameters]
update_data_lake_dataset: Builder[UpdateDataLakeDatasetParameters]
update_data_lake_namespace: Builder[UpdateDataLakeNamespaceParameters]
update_instance: Builder[UpdateInstanceParameters]

__all__ = [
    "create_bill_of_materials_import_job",
    "create_data_integration_flow",
    "create_data_lake_dataset",
    "create_data_lake_namespace",
    "create_instance",
    "delete_data_integration_flow",
    "delete_data_lake_dataset",
    "delete_data_lake_namespace",
    "delete_instance",
    "get_bill_of_materials_import_job",
    "get_data_integration_event",
    "get_data_integration_flow",
    "get_data_integration_flow_execution",
    "get_data_lake_dataset",
    "get_data_lake_namespace",
    "get_instance",
    "list_data_integration_events",
    "list_data_integration_flow_executions",
    "list_data_integration_flows",
    "list_data_lake_datasets",
    "list_data_lake_namespaces",
    "list_instances",
    "list_tags_for_resource",
    "send_data_integration_event",
    "tag_resource",
    "untag_resource",
    "update_data_integration_flow",
    "update_data_lake_dataset",
    "update_data_lake_namespace",
    "update_instance",
]
