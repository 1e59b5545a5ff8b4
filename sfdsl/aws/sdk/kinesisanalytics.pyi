"""Typed builders of the AWS SDK integration of kinesisanalytics (``aws-sdk:kinesisanalytics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

class CloudWatchLoggingOption(TypedDict, total=False):
    LogStreamARN: S
    RoleARN: S

AddApplicationCloudWatchLoggingOptionParameters = TypedDict(
    "AddApplicationCloudWatchLoggingOptionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "CloudWatchLoggingOption": X[CloudWatchLoggingOption],
        "CloudWatchLoggingOption.$": str,
    },
    total=False,
)

class InputLambdaProcessor(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class InputProcessingConfiguration(TypedDict, total=False):
    InputLambdaProcessor: X[InputLambdaProcessor]

class KinesisStreamsInput(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class KinesisFirehoseInput(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class InputParallelism(TypedDict, total=False):
    Count: I

class JSONMappingParameters(TypedDict, total=False):
    RecordRowPath: S

class CSVMappingParameters(TypedDict, total=False):
    RecordRowDelimiter: S
    RecordColumnDelimiter: S

class MappingParameters(TypedDict, total=False):
    JsonMappingParameters: X[JSONMappingParameters]
    CsvMappingParameters: X[CSVMappingParameters]

class RecordFormat(TypedDict, total=False):
    RecordFormatType: S
    MappingParameters: X[MappingParameters]

class RecordColumn(TypedDict, total=False):
    Name: S
    Mapping: S
    SqlType: S

class SourceSchema(TypedDict, total=False):
    RecordFormat: X[RecordFormat]
    RecordEncoding: S
    RecordColumns: L[Xi[RecordColumn]]

class Input(TypedDict, total=False):
    NamePrefix: S
    InputProcessingConfiguration: X[InputProcessingConfiguration]
    KinesisStreamsInput: X[KinesisStreamsInput]
    KinesisFirehoseInput: X[KinesisFirehoseInput]
    InputParallelism: X[InputParallelism]
    InputSchema: X[SourceSchema]

AddApplicationInputParameters = TypedDict(
    "AddApplicationInputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "Input": X[Input],
        "Input.$": str,
    },
    total=False,
)
AddApplicationInputProcessingConfigurationParameters = TypedDict(
    "AddApplicationInputProcessingConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "InputId": S,
        "InputId.$": str,
        "InputProcessingConfiguration": X[InputProcessingConfiguration],
        "InputProcessingConfiguration.$": str,
    },
    total=False,
)

class KinesisStreamsOutput(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class KinesisFirehoseOutput(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class LambdaOutput(TypedDict, total=False):
    ResourceARN: S
    RoleARN: S

class DestinationSchema(TypedDict, total=False):
    RecordFormatType: S

class Output(TypedDict, total=False):
    Name: S
    KinesisStreamsOutput: X[KinesisStreamsOutput]
    KinesisFirehoseOutput: X[KinesisFirehoseOutput]
    LambdaOutput: X[LambdaOutput]
    DestinationSchema: X[DestinationSchema]

AddApplicationOutputParameters = TypedDict(
    "AddApplicationOutputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "Output": X[Output],
        "Output.$": str,
    },
    total=False,
)

class S3ReferenceDataSource(TypedDict, total=False):
    BucketARN: S
    FileKey: S
    ReferenceRoleARN: S

class ReferenceDataSource(TypedDict, total=False):
    TableName: S
    S3ReferenceDataSource: X[S3ReferenceDataSource]
    ReferenceSchema: X[SourceSchema]

AddApplicationReferenceDataSourceParameters = TypedDict(
    "AddApplicationReferenceDataSourceParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ReferenceDataSource": X[ReferenceDataSource],
        "ReferenceDataSource.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ApplicationDescription": S,
        "ApplicationDescription.$": str,
        "Inputs": L[Xi[Input]],
        "Inputs.$": str,
        "Outputs": L[Xi[Output]],
        "Outputs.$": str,
        "CloudWatchLoggingOptions": L[Xi[CloudWatchLoggingOption]],
        "CloudWatchLoggingOptions.$": str,
        "ApplicationCode": S,
        "ApplicationCode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CreateTimestamp": T,
        "CreateTimestamp.$": str,
    },
    total=False,
)
DeleteApplicationCloudWatchLoggingOptionParameters = TypedDict(
    "DeleteApplicationCloudWatchLoggingOptionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "CloudWatchLoggingOptionId": S,
        "CloudWatchLoggingOptionId.$": str,
    },
    total=False,
)
DeleteApplicationInputProcessingConfigurationParameters = TypedDict(
    "DeleteApplicationInputProcessingConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "InputId": S,
        "InputId.$": str,
    },
    total=False,
)
DeleteApplicationOutputParameters = TypedDict(
    "DeleteApplicationOutputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "OutputId": S,
        "OutputId.$": str,
    },
    total=False,
)
DeleteApplicationReferenceDataSourceParameters = TypedDict(
    "DeleteApplicationReferenceDataSourceParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
    },
    total=False,
)
DescribeApplicationParameters = TypedDict(
    "DescribeApplicationParameters", {"ApplicationName": S, "ApplicationName.$": str}, total=False
)

class InputStartingPositionConfiguration(TypedDict, total=False):
    InputStartingPosition: S

class S3Configuration(TypedDict, total=False):
    RoleARN: S
    BucketARN: S
    FileKey: S

DiscoverInputSchemaParameters = TypedDict(
    "DiscoverInputSchemaParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "InputStartingPositionConfiguration": X[InputStartingPositionConfiguration],
        "InputStartingPositionConfiguration.$": str,
        "S3Configuration": X[S3Configuration],
        "S3Configuration.$": str,
        "InputProcessingConfiguration": X[InputProcessingConfiguration],
        "InputProcessingConfiguration.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartApplicationName": S,
        "ExclusiveStartApplicationName.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class InputConfiguration(TypedDict, total=False):
    Id: S
    InputStartingPositionConfiguration: X[InputStartingPositionConfiguration]

StartApplicationParameters = TypedDict(
    "StartApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "InputConfigurations": L[Xi[InputConfiguration]],
        "InputConfigurations.$": str,
    },
    total=False,
)
StopApplicationParameters = TypedDict(
    "StopApplicationParameters", {"ApplicationName": S, "ApplicationName.$": str}, total=False
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

class InputLambdaProcessorUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class InputProcessingConfigurationUpdate(TypedDict, total=False):
    InputLambdaProcessorUpdate: X[InputLambdaProcessorUpdate]

class KinesisStreamsInputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class KinesisFirehoseInputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class InputSchemaUpdate(TypedDict, total=False):
    RecordFormatUpdate: X[RecordFormat]
    RecordEncodingUpdate: S
    RecordColumnUpdates: L[Xi[RecordColumn]]

class InputParallelismUpdate(TypedDict, total=False):
    CountUpdate: I

class InputUpdate(TypedDict, total=False):
    InputId: S
    NamePrefixUpdate: S
    InputProcessingConfigurationUpdate: X[InputProcessingConfigurationUpdate]
    KinesisStreamsInputUpdate: X[KinesisStreamsInputUpdate]
    KinesisFirehoseInputUpdate: X[KinesisFirehoseInputUpdate]
    InputSchemaUpdate: X[InputSchemaUpdate]
    InputParallelismUpdate: X[InputParallelismUpdate]

class KinesisStreamsOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class KinesisFirehoseOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class LambdaOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S
    RoleARNUpdate: S

class OutputUpdate(TypedDict, total=False):
    OutputId: S
    NameUpdate: S
    KinesisStreamsOutputUpdate: X[KinesisStreamsOutputUpdate]
    KinesisFirehoseOutputUpdate: X[KinesisFirehoseOutputUpdate]
    LambdaOutputUpdate: X[LambdaOutputUpdate]
    DestinationSchemaUpdate: X[DestinationSchema]

class S3ReferenceDataSourceUpdate(TypedDict, total=False):
    BucketARNUpdate: S
    FileKeyUpdate: S
    ReferenceRoleARNUpdate: S

class ReferenceDataSourceUpdate(TypedDict, total=False):
    ReferenceId: S
    TableNameUpdate: S
    S3ReferenceDataSourceUpdate: X[S3ReferenceDataSourceUpdate]
    ReferenceSchemaUpdate: X[SourceSchema]

class CloudWatchLoggingOptionUpdate(TypedDict, total=False):
    CloudWatchLoggingOptionId: S
    LogStreamARNUpdate: S
    RoleARNUpdate: S

class ApplicationUpdate(TypedDict, total=False):
    InputUpdates: L[Xi[InputUpdate]]
    ApplicationCodeUpdate: S
    OutputUpdates: L[Xi[OutputUpdate]]
    ReferenceDataSourceUpdates: L[Xi[ReferenceDataSourceUpdate]]
    CloudWatchLoggingOptionUpdates: L[Xi[CloudWatchLoggingOptionUpdate]]

UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ApplicationUpdate": X[ApplicationUpdate],
        "ApplicationUpdate.$": str,
    },
    total=False,
)
add_application_cloud_watch_logging_option: Builder[AddApplicationCloudWatchLoggingOptionParameters]
add_application_input: Builder[AddApplicationInputParameters]
add_application_input_processing_configuration: Builder[
    AddApplicationInputProcessingConfigurationParameters
]
add_application_output: Builder[AddApplicationOutputParameters]
add_application_reference_data_source: Builder[AddApplicationReferenceDataSourceParameters]
create_application: Builder[CreateApplicationParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_application_cloud_watch_logging_option: Builder[
    DeleteApplicationCloudWatchLoggingOptionParameters
]
delete_application_input_processing_configuration: Builder[
    DeleteApplicationInputProcessingConfigurationParameters
]
delete_application_output: Builder[DeleteApplicationOutputParameters]
delete_application_reference_data_source: Builder[DeleteApplicationReferenceDataSourceParameters]
describe_application: Builder[DescribeApplicationParameters]
discover_input_schema: Builder[DiscoverInputSchemaParameters]
list_applications: Builder[ListApplicationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_application: Builder[StartApplicationParameters]
stop_application: Builder[StopApplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]

__all__ = [
    "add_application_cloud_watch_logging_option",
    "add_application_input",
    "add_application_input_processing_configuration",
    "add_application_output",
    "add_application_reference_data_source",
    "create_application",
    "delete_application",
    "delete_application_cloud_watch_logging_option",
    "delete_application_input_processing_configuration",
    "delete_application_output",
    "delete_application_reference_data_source",
    "describe_application",
    "discover_input_schema",
    "list_applications",
    "list_tags_for_resource",
    "start_application",
    "stop_application",
    "tag_resource",
    "untag_resource",
    "update_application",
]
