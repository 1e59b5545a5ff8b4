"""Typed builders of the AWS SDK integration of omics (``aws-sdk:omics:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, Mi, S, Si, T, X, Xi

AbortMultipartReadSetUploadParameters = TypedDict(
    "AbortMultipartReadSetUploadParameters",
    {"SequenceStoreId": S, "SequenceStoreId.$": str, "UploadId": S, "UploadId.$": str},
    total=False,
)
AcceptShareParameters = TypedDict(
    "AcceptShareParameters", {"ShareId": S, "ShareId.$": str}, total=False
)
BatchDeleteReadSetParameters = TypedDict(
    "BatchDeleteReadSetParameters",
    {"Ids": L[Si], "Ids.$": str, "SequenceStoreId": S, "SequenceStoreId.$": str},
    total=False,
)
CancelAnnotationImportJobParameters = TypedDict(
    "CancelAnnotationImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
CancelRunParameters = TypedDict("CancelRunParameters", {"Id": S, "Id.$": str}, total=False)
CancelRunBatchParameters = TypedDict(
    "CancelRunBatchParameters", {"BatchId": S, "BatchId.$": str}, total=False
)
CancelVariantImportJobParameters = TypedDict(
    "CancelVariantImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)

class CompleteReadSetUploadPartListItem(TypedDict, total=False):
    PartNumber: I
    PartSource: S
    Checksum: S

CompleteMultipartReadSetUploadParameters = TypedDict(
    "CompleteMultipartReadSetUploadParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "Parts": L[Xi[CompleteReadSetUploadPartListItem]],
        "Parts.$": str,
    },
    total=False,
)

class ReferenceItem(TypedDict, total=False):
    ReferenceArn: S

class SseConfig(TypedDict, total=False):
    Type: S
    KeyArn: S

class TsvStoreOptions(TypedDict, total=False):
    AnnotationType: S
    FormatToHeader: M[S]
    Schema: L[Mi[S]]

class StoreOptions(TypedDict, total=False):
    TsvStoreOptions: X[TsvStoreOptions]

CreateAnnotationStoreParameters = TypedDict(
    "CreateAnnotationStoreParameters",
    {
        "Reference": X[ReferenceItem],
        "Reference.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "SseConfig": X[SseConfig],
        "SseConfig.$": str,
        "StoreFormat": S,
        "StoreFormat.$": str,
        "StoreOptions": X[StoreOptions],
        "StoreOptions.$": str,
    },
    total=False,
)

class TsvVersionOptions(TypedDict, total=False):
    AnnotationType: S
    FormatToHeader: M[S]
    Schema: L[Mi[S]]

class VersionOptions(TypedDict, total=False):
    TsvVersionOptions: X[TsvVersionOptions]

CreateAnnotationStoreVersionParameters = TypedDict(
    "CreateAnnotationStoreVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Description": S,
        "Description.$": str,
        "VersionOptions": X[VersionOptions],
        "VersionOptions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class VpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    VpcOwnerAccountId: S

class RunConfigurations(TypedDict, total=False):
    VpcConfig: X[VpcConfig]

CreateConfigurationParameters = TypedDict(
    "CreateConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RunConfigurations": X[RunConfigurations],
        "RunConfigurations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)
CreateMultipartReadSetUploadParameters = TypedDict(
    "CreateMultipartReadSetUploadParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourceFileType": S,
        "SourceFileType.$": str,
        "SubjectId": S,
        "SubjectId.$": str,
        "SampleId": S,
        "SampleId.$": str,
        "GeneratedFrom": S,
        "GeneratedFrom.$": str,
        "ReferenceArn": S,
        "ReferenceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateReferenceStoreParameters = TypedDict(
    "CreateReferenceStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SseConfig": X[SseConfig],
        "SseConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRunCacheParameters = TypedDict(
    "CreateRunCacheParameters",
    {
        "CacheBehavior": S,
        "CacheBehavior.$": str,
        "CacheS3Location": S,
        "CacheS3Location.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CacheBucketOwnerId": S,
        "CacheBucketOwnerId.$": str,
    },
    total=False,
)
CreateRunGroupParameters = TypedDict(
    "CreateRunGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "MaxCpus": I,
        "MaxCpus.$": str,
        "MaxRuns": I,
        "MaxRuns.$": str,
        "MaxDuration": I,
        "MaxDuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "MaxGpus": I,
        "MaxGpus.$": str,
    },
    total=False,
)

class S3AccessConfig(TypedDict, total=False):
    AccessLogLocation: S

CreateSequenceStoreParameters = TypedDict(
    "CreateSequenceStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SseConfig": X[SseConfig],
        "SseConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FallbackLocation": S,
        "FallbackLocation.$": str,
        "ETagAlgorithmFamily": S,
        "ETagAlgorithmFamily.$": str,
        "PropagatedSetLevelTags": L[Si],
        "PropagatedSetLevelTags.$": str,
        "S3AccessConfig": X[S3AccessConfig],
        "S3AccessConfig.$": str,
    },
    total=False,
)
CreateShareParameters = TypedDict(
    "CreateShareParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PrincipalSubscriber": S,
        "PrincipalSubscriber.$": str,
        "ShareName": S,
        "ShareName.$": str,
    },
    total=False,
)
CreateVariantStoreParameters = TypedDict(
    "CreateVariantStoreParameters",
    {
        "Reference": X[ReferenceItem],
        "Reference.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SseConfig": X[SseConfig],
        "SseConfig.$": str,
    },
    total=False,
)

class WorkflowParameter(TypedDict, total=False):
    Description: S
    Optional: B

class RegistryMapping(TypedDict, total=False):
    UpstreamRegistryUrl: S
    EcrRepositoryPrefix: S
    UpstreamRepositoryPrefix: S
    EcrAccountId: S
    CredentialArn: S

class ImageMapping(TypedDict, total=False):
    SourceImage: S
    DestinationImage: S

class ContainerRegistryMap(TypedDict, total=False):
    RegistryMappings: L[Xi[RegistryMapping]]
    ImageMappings: L[Xi[ImageMapping]]

class SourceReference(TypedDict, total=False):
    Type: S
    Value: S

class DefinitionRepository(TypedDict, total=False):
    ConnectionArn: S
    FullRepositoryId: S
    SourceReference: X[SourceReference]
    ExcludeFilePatterns: L[Si]

CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "DefinitionZip": S,
        "DefinitionZip.$": str,
        "DefinitionUri": S,
        "DefinitionUri.$": str,
        "Main": S,
        "Main.$": str,
        "ParameterTemplate": M[X[WorkflowParameter]],
        "ParameterTemplate.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Accelerators": S,
        "Accelerators.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "ContainerRegistryMap": X[ContainerRegistryMap],
        "ContainerRegistryMap.$": str,
        "ContainerRegistryMapUri": S,
        "ContainerRegistryMapUri.$": str,
        "ReadmeMarkdown": S,
        "ReadmeMarkdown.$": str,
        "ParameterTemplatePath": S,
        "ParameterTemplatePath.$": str,
        "ReadmePath": S,
        "ReadmePath.$": str,
        "DefinitionRepository": X[DefinitionRepository],
        "DefinitionRepository.$": str,
        "WorkflowBucketOwnerId": S,
        "WorkflowBucketOwnerId.$": str,
        "ReadmeUri": S,
        "ReadmeUri.$": str,
    },
    total=False,
)
CreateWorkflowVersionParameters = TypedDict(
    "CreateWorkflowVersionParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DefinitionZip": S,
        "DefinitionZip.$": str,
        "DefinitionUri": S,
        "DefinitionUri.$": str,
        "Accelerators": S,
        "Accelerators.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "Main": S,
        "Main.$": str,
        "ParameterTemplate": M[X[WorkflowParameter]],
        "ParameterTemplate.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WorkflowBucketOwnerId": S,
        "WorkflowBucketOwnerId.$": str,
        "ContainerRegistryMap": X[ContainerRegistryMap],
        "ContainerRegistryMap.$": str,
        "ContainerRegistryMapUri": S,
        "ContainerRegistryMapUri.$": str,
        "ReadmeMarkdown": S,
        "ReadmeMarkdown.$": str,
        "ParameterTemplatePath": S,
        "ParameterTemplatePath.$": str,
        "ReadmePath": S,
        "ReadmePath.$": str,
        "DefinitionRepository": X[DefinitionRepository],
        "DefinitionRepository.$": str,
        "ReadmeUri": S,
        "ReadmeUri.$": str,
    },
    total=False,
)
DeleteAnnotationStoreParameters = TypedDict(
    "DeleteAnnotationStoreParameters",
    {"Name": S, "Name.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteAnnotationStoreVersionsParameters = TypedDict(
    "DeleteAnnotationStoreVersionsParameters",
    {"Name": S, "Name.$": str, "Versions": L[Si], "Versions.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteBatchParameters = TypedDict(
    "DeleteBatchParameters", {"BatchId": S, "BatchId.$": str}, total=False
)
DeleteConfigurationParameters = TypedDict(
    "DeleteConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteReferenceParameters = TypedDict(
    "DeleteReferenceParameters",
    {"Id": S, "Id.$": str, "ReferenceStoreId": S, "ReferenceStoreId.$": str},
    total=False,
)
DeleteReferenceStoreParameters = TypedDict(
    "DeleteReferenceStoreParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteRunParameters = TypedDict("DeleteRunParameters", {"Id": S, "Id.$": str}, total=False)
DeleteRunBatchParameters = TypedDict(
    "DeleteRunBatchParameters", {"BatchId": S, "BatchId.$": str}, total=False
)
DeleteRunCacheParameters = TypedDict(
    "DeleteRunCacheParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteRunGroupParameters = TypedDict(
    "DeleteRunGroupParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteS3AccessPolicyParameters = TypedDict(
    "DeleteS3AccessPolicyParameters",
    {"S3AccessPointArn": S, "S3AccessPointArn.$": str},
    total=False,
)
DeleteSequenceStoreParameters = TypedDict(
    "DeleteSequenceStoreParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteShareParameters = TypedDict(
    "DeleteShareParameters", {"ShareId": S, "ShareId.$": str}, total=False
)
DeleteVariantStoreParameters = TypedDict(
    "DeleteVariantStoreParameters",
    {"Name": S, "Name.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWorkflowVersionParameters = TypedDict(
    "DeleteWorkflowVersionParameters",
    {"WorkflowId": S, "WorkflowId.$": str, "VersionName": S, "VersionName.$": str},
    total=False,
)
GetAnnotationImportJobParameters = TypedDict(
    "GetAnnotationImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetAnnotationStoreParameters = TypedDict(
    "GetAnnotationStoreParameters", {"Name": S, "Name.$": str}, total=False
)
GetAnnotationStoreVersionParameters = TypedDict(
    "GetAnnotationStoreVersionParameters",
    {"Name": S, "Name.$": str, "VersionName": S, "VersionName.$": str},
    total=False,
)
GetBatchParameters = TypedDict("GetBatchParameters", {"BatchId": S, "BatchId.$": str}, total=False)
GetConfigurationParameters = TypedDict(
    "GetConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
GetReadSetParameters = TypedDict(
    "GetReadSetParameters",
    {
        "Id": S,
        "Id.$": str,
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "File": S,
        "File.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
    },
    total=False,
)
GetReadSetActivationJobParameters = TypedDict(
    "GetReadSetActivationJobParameters",
    {"Id": S, "Id.$": str, "SequenceStoreId": S, "SequenceStoreId.$": str},
    total=False,
)
GetReadSetExportJobParameters = TypedDict(
    "GetReadSetExportJobParameters",
    {"SequenceStoreId": S, "SequenceStoreId.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetReadSetImportJobParameters = TypedDict(
    "GetReadSetImportJobParameters",
    {"Id": S, "Id.$": str, "SequenceStoreId": S, "SequenceStoreId.$": str},
    total=False,
)
GetReadSetMetadataParameters = TypedDict(
    "GetReadSetMetadataParameters",
    {"Id": S, "Id.$": str, "SequenceStoreId": S, "SequenceStoreId.$": str},
    total=False,
)
GetReferenceParameters = TypedDict(
    "GetReferenceParameters",
    {
        "Id": S,
        "Id.$": str,
        "ReferenceStoreId": S,
        "ReferenceStoreId.$": str,
        "Range": S,
        "Range.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "File": S,
        "File.$": str,
    },
    total=False,
)
GetReferenceImportJobParameters = TypedDict(
    "GetReferenceImportJobParameters",
    {"Id": S, "Id.$": str, "ReferenceStoreId": S, "ReferenceStoreId.$": str},
    total=False,
)
GetReferenceMetadataParameters = TypedDict(
    "GetReferenceMetadataParameters",
    {"Id": S, "Id.$": str, "ReferenceStoreId": S, "ReferenceStoreId.$": str},
    total=False,
)
GetReferenceStoreParameters = TypedDict(
    "GetReferenceStoreParameters", {"Id": S, "Id.$": str}, total=False
)
GetRunParameters = TypedDict(
    "GetRunParameters", {"Id": S, "Id.$": str, "Export": L[Si], "Export.$": str}, total=False
)
GetRunCacheParameters = TypedDict("GetRunCacheParameters", {"Id": S, "Id.$": str}, total=False)
GetRunGroupParameters = TypedDict("GetRunGroupParameters", {"Id": S, "Id.$": str}, total=False)
GetRunTaskParameters = TypedDict(
    "GetRunTaskParameters", {"Id": S, "Id.$": str, "TaskId": S, "TaskId.$": str}, total=False
)
GetS3AccessPolicyParameters = TypedDict(
    "GetS3AccessPolicyParameters", {"S3AccessPointArn": S, "S3AccessPointArn.$": str}, total=False
)
GetSequenceStoreParameters = TypedDict(
    "GetSequenceStoreParameters", {"Id": S, "Id.$": str}, total=False
)
GetShareParameters = TypedDict("GetShareParameters", {"ShareId": S, "ShareId.$": str}, total=False)
GetVariantImportJobParameters = TypedDict(
    "GetVariantImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetVariantStoreParameters = TypedDict(
    "GetVariantStoreParameters", {"Name": S, "Name.$": str}, total=False
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {
        "Id": S,
        "Id.$": str,
        "Type": S,
        "Type.$": str,
        "Export": L[Si],
        "Export.$": str,
        "WorkflowOwnerId": S,
        "WorkflowOwnerId.$": str,
    },
    total=False,
)
GetWorkflowVersionParameters = TypedDict(
    "GetWorkflowVersionParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Type": S,
        "Type.$": str,
        "Export": L[Si],
        "Export.$": str,
        "WorkflowOwnerId": S,
        "WorkflowOwnerId.$": str,
    },
    total=False,
)

class ListAnnotationImportJobsFilter(TypedDict, total=False):
    Status: S
    StoreName: S

ListAnnotationImportJobsParameters = TypedDict(
    "ListAnnotationImportJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Ids": L[Si],
        "Ids.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListAnnotationImportJobsFilter],
        "Filter.$": str,
    },
    total=False,
)

class ListAnnotationStoreVersionsFilter(TypedDict, total=False):
    Status: S

ListAnnotationStoreVersionsParameters = TypedDict(
    "ListAnnotationStoreVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListAnnotationStoreVersionsFilter],
        "Filter.$": str,
    },
    total=False,
)

class ListAnnotationStoresFilter(TypedDict, total=False):
    Status: S

ListAnnotationStoresParameters = TypedDict(
    "ListAnnotationStoresParameters",
    {
        "Ids": L[Si],
        "Ids.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListAnnotationStoresFilter],
        "Filter.$": str,
    },
    total=False,
)
ListBatchParameters = TypedDict(
    "ListBatchParameters",
    {
        "MaxItems": I,
        "MaxItems.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
        "RunGroupId": S,
        "RunGroupId.$": str,
    },
    total=False,
)
ListConfigurationsParameters = TypedDict(
    "ListConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "StartingToken": S, "StartingToken.$": str},
    total=False,
)
ListMultipartReadSetUploadsParameters = TypedDict(
    "ListMultipartReadSetUploadsParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ActivateReadSetFilter(TypedDict, total=False):
    Status: S
    CreatedAfter: T
    CreatedBefore: T

ListReadSetActivationJobsParameters = TypedDict(
    "ListReadSetActivationJobsParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ActivateReadSetFilter],
        "Filter.$": str,
    },
    total=False,
)

class ExportReadSetFilter(TypedDict, total=False):
    Status: S
    CreatedAfter: T
    CreatedBefore: T

ListReadSetExportJobsParameters = TypedDict(
    "ListReadSetExportJobsParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ExportReadSetFilter],
        "Filter.$": str,
    },
    total=False,
)

class ImportReadSetFilter(TypedDict, total=False):
    Status: S
    CreatedAfter: T
    CreatedBefore: T

ListReadSetImportJobsParameters = TypedDict(
    "ListReadSetImportJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "Filter": X[ImportReadSetFilter],
        "Filter.$": str,
    },
    total=False,
)

class ReadSetUploadPartListFilter(TypedDict, total=False):
    CreatedAfter: T
    CreatedBefore: T

ListReadSetUploadPartsParameters = TypedDict(
    "ListReadSetUploadPartsParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "PartSource": S,
        "PartSource.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ReadSetUploadPartListFilter],
        "Filter.$": str,
    },
    total=False,
)

class ReadSetFilter(TypedDict, total=False):
    Name: S
    Status: S
    ReferenceArn: S
    CreatedAfter: T
    CreatedBefore: T
    SampleId: S
    SubjectId: S
    GeneratedFrom: S
    CreationType: S

ListReadSetsParameters = TypedDict(
    "ListReadSetsParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ReadSetFilter],
        "Filter.$": str,
    },
    total=False,
)

class ImportReferenceFilter(TypedDict, total=False):
    Status: S
    CreatedAfter: T
    CreatedBefore: T

ListReferenceImportJobsParameters = TypedDict(
    "ListReferenceImportJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReferenceStoreId": S,
        "ReferenceStoreId.$": str,
        "Filter": X[ImportReferenceFilter],
        "Filter.$": str,
    },
    total=False,
)

class ReferenceStoreFilter(TypedDict, total=False):
    Name: S
    CreatedAfter: T
    CreatedBefore: T

ListReferenceStoresParameters = TypedDict(
    "ListReferenceStoresParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ReferenceStoreFilter],
        "Filter.$": str,
    },
    total=False,
)

class ReferenceFilter(TypedDict, total=False):
    Name: S
    Md5: S
    CreatedAfter: T
    CreatedBefore: T

ListReferencesParameters = TypedDict(
    "ListReferencesParameters",
    {
        "ReferenceStoreId": S,
        "ReferenceStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ReferenceFilter],
        "Filter.$": str,
    },
    total=False,
)
ListRunCachesParameters = TypedDict(
    "ListRunCachesParameters",
    {"MaxResults": I, "MaxResults.$": str, "StartingToken": S, "StartingToken.$": str},
    total=False,
)
ListRunGroupsParameters = TypedDict(
    "ListRunGroupsParameters",
    {
        "Name": S,
        "Name.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRunTasksParameters = TypedDict(
    "ListRunTasksParameters",
    {
        "Id": S,
        "Id.$": str,
        "Status": S,
        "Status.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRunsParameters = TypedDict(
    "ListRunsParameters",
    {
        "Name": S,
        "Name.$": str,
        "RunGroupId": S,
        "RunGroupId.$": str,
        "BatchId": S,
        "BatchId.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListRunsInBatchParameters = TypedDict(
    "ListRunsInBatchParameters",
    {
        "BatchId": S,
        "BatchId.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "SubmissionStatus": S,
        "SubmissionStatus.$": str,
        "RunSettingId": S,
        "RunSettingId.$": str,
        "RunId": S,
        "RunId.$": str,
    },
    total=False,
)

class SequenceStoreFilter(TypedDict, total=False):
    Name: S
    CreatedAfter: T
    CreatedBefore: T
    Status: S
    UpdatedAfter: T
    UpdatedBefore: T

ListSequenceStoresParameters = TypedDict(
    "ListSequenceStoresParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[SequenceStoreFilter],
        "Filter.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    ResourceArns: L[Si]
    Status: L[Si]
    Type: L[Si]

ListSharesParameters = TypedDict(
    "ListSharesParameters",
    {
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "Filter": X[Filter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class ListVariantImportJobsFilter(TypedDict, total=False):
    Status: S
    StoreName: S

ListVariantImportJobsParameters = TypedDict(
    "ListVariantImportJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Ids": L[Si],
        "Ids.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListVariantImportJobsFilter],
        "Filter.$": str,
    },
    total=False,
)

class ListVariantStoresFilter(TypedDict, total=False):
    Status: S

ListVariantStoresParameters = TypedDict(
    "ListVariantStoresParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Ids": L[Si],
        "Ids.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListVariantStoresFilter],
        "Filter.$": str,
    },
    total=False,
)
ListWorkflowVersionsParameters = TypedDict(
    "ListWorkflowVersionsParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "Type": S,
        "Type.$": str,
        "WorkflowOwnerId": S,
        "WorkflowOwnerId.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutS3AccessPolicyParameters = TypedDict(
    "PutS3AccessPolicyParameters",
    {
        "S3AccessPointArn": S,
        "S3AccessPointArn.$": str,
        "S3AccessPolicy": S,
        "S3AccessPolicy.$": str,
    },
    total=False,
)

class AnnotationImportItemSource(TypedDict, total=False):
    Source: S

class ReadOptions(TypedDict, total=False):
    Sep: S
    Encoding: S
    Quote: S
    QuoteAll: B
    Escape: S
    EscapeQuotes: B
    Comment: S
    Header: B
    LineSep: S

class TsvOptions(TypedDict, total=False):
    ReadOptions: X[ReadOptions]

class VcfOptions(TypedDict, total=False):
    IgnoreQualField: B
    IgnoreFilterField: B

class FormatOptions(TypedDict, total=False):
    TsvOptions: X[TsvOptions]
    VcfOptions: X[VcfOptions]

StartAnnotationImportJobParameters = TypedDict(
    "StartAnnotationImportJobParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Items": L[Xi[AnnotationImportItemSource]],
        "Items.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "FormatOptions": X[FormatOptions],
        "FormatOptions.$": str,
        "RunLeftNormalization": B,
        "RunLeftNormalization.$": str,
        "AnnotationFields": M[S],
        "AnnotationFields.$": str,
    },
    total=False,
)

class StartReadSetActivationJobSourceItem(TypedDict, total=False):
    ReadSetId: S

StartReadSetActivationJobParameters = TypedDict(
    "StartReadSetActivationJobParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Xi[StartReadSetActivationJobSourceItem]],
        "Sources.$": str,
    },
    total=False,
)

class ExportReadSet(TypedDict, total=False):
    ReadSetId: S

StartReadSetExportJobParameters = TypedDict(
    "StartReadSetExportJobParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "Destination": S,
        "Destination.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Xi[ExportReadSet]],
        "Sources.$": str,
    },
    total=False,
)

class SourceFiles(TypedDict, total=False):
    Source1: S
    Source2: S

class StartReadSetImportJobSourceItem(TypedDict, total=False):
    SourceFiles: X[SourceFiles]
    SourceFileType: S
    SubjectId: S
    SampleId: S
    GeneratedFrom: S
    ReferenceArn: S
    Name: S
    Description: S
    Tags: M[S]

StartReadSetImportJobParameters = TypedDict(
    "StartReadSetImportJobParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Xi[StartReadSetImportJobSourceItem]],
        "Sources.$": str,
    },
    total=False,
)

class StartReferenceImportJobSourceItem(TypedDict, total=False):
    SourceFile: S
    Name: S
    Description: S
    Tags: M[S]

StartReferenceImportJobParameters = TypedDict(
    "StartReferenceImportJobParameters",
    {
        "ReferenceStoreId": S,
        "ReferenceStoreId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Xi[StartReferenceImportJobSourceItem]],
        "Sources.$": str,
    },
    total=False,
)
StartRunParameters = TypedDict(
    "StartRunParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "WorkflowType": S,
        "WorkflowType.$": str,
        "RunId": S,
        "RunId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Name": S,
        "Name.$": str,
        "CacheId": S,
        "CacheId.$": str,
        "CacheBehavior": S,
        "CacheBehavior.$": str,
        "RunGroupId": S,
        "RunGroupId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Parameters": Doc,
        "Parameters.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "OutputUri": S,
        "OutputUri.$": str,
        "LogLevel": S,
        "LogLevel.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "RetentionMode": S,
        "RetentionMode.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "WorkflowOwnerId": S,
        "WorkflowOwnerId.$": str,
        "WorkflowVersionName": S,
        "WorkflowVersionName.$": str,
        "NetworkingMode": S,
        "NetworkingMode.$": str,
        "ScratchStorageMode": S,
        "ScratchStorageMode.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "SessionPolicy": S,
        "SessionPolicy.$": str,
        "EngineSettings": Doc,
        "EngineSettings.$": str,
        "OutputUriPrefixMode": S,
        "OutputUriPrefixMode.$": str,
        "RequesterPaysEnabled": B,
        "RequesterPaysEnabled.$": str,
        "ParametersUri": S,
        "ParametersUri.$": str,
    },
    total=False,
)

class DefaultRunSetting(TypedDict, total=False):
    WorkflowId: S
    WorkflowType: S
    RoleArn: S
    Name: S
    CacheId: S
    CacheBehavior: S
    RunGroupId: S
    Priority: I
    Parameters: Doc
    StorageCapacity: I
    OutputUri: S
    LogLevel: S
    RunTags: M[S]
    RetentionMode: S
    StorageType: S
    WorkflowOwnerId: S
    OutputBucketOwnerId: S
    WorkflowVersionName: S
    NetworkingMode: S
    ConfigurationName: S
    SessionPolicy: S
    EngineSettings: Doc
    ScratchStorageMode: S
    RequesterPaysEnabled: B

class InlineSetting(TypedDict, total=False):
    RunSettingId: S
    Name: S
    OutputUri: S
    Priority: I
    Parameters: Doc
    OutputBucketOwnerId: S
    RunTags: M[S]
    EngineSettings: Doc

class BatchRunSettings(TypedDict, total=False):
    InlineSettings: L[Xi[InlineSetting]]
    S3UriSettings: S

StartRunBatchParameters = TypedDict(
    "StartRunBatchParameters",
    {
        "BatchName": S,
        "BatchName.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DefaultRunSetting": X[DefaultRunSetting],
        "DefaultRunSetting.$": str,
        "BatchRunSettings": X[BatchRunSettings],
        "BatchRunSettings.$": str,
    },
    total=False,
)

class VariantImportItemSource(TypedDict, total=False):
    Source: S

StartVariantImportJobParameters = TypedDict(
    "StartVariantImportJobParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Items": L[Xi[VariantImportItemSource]],
        "Items.$": str,
        "RunLeftNormalization": B,
        "RunLeftNormalization.$": str,
        "AnnotationFields": M[S],
        "AnnotationFields.$": str,
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
UpdateAnnotationStoreParameters = TypedDict(
    "UpdateAnnotationStoreParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateAnnotationStoreVersionParameters = TypedDict(
    "UpdateAnnotationStoreVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateRunCacheParameters = TypedDict(
    "UpdateRunCacheParameters",
    {
        "CacheBehavior": S,
        "CacheBehavior.$": str,
        "Description": S,
        "Description.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateRunGroupParameters = TypedDict(
    "UpdateRunGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "MaxCpus": I,
        "MaxCpus.$": str,
        "MaxRuns": I,
        "MaxRuns.$": str,
        "MaxDuration": I,
        "MaxDuration.$": str,
        "MaxGpus": I,
        "MaxGpus.$": str,
    },
    total=False,
)
UpdateSequenceStoreParameters = TypedDict(
    "UpdateSequenceStoreParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FallbackLocation": S,
        "FallbackLocation.$": str,
        "PropagatedSetLevelTags": L[Si],
        "PropagatedSetLevelTags.$": str,
        "S3AccessConfig": X[S3AccessConfig],
        "S3AccessConfig.$": str,
    },
    total=False,
)
UpdateVariantStoreParameters = TypedDict(
    "UpdateVariantStoreParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateWorkflowParameters = TypedDict(
    "UpdateWorkflowParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "ReadmeMarkdown": S,
        "ReadmeMarkdown.$": str,
    },
    total=False,
)
UpdateWorkflowVersionParameters = TypedDict(
    "UpdateWorkflowVersionParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Description": S,
        "Description.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "ReadmeMarkdown": S,
        "ReadmeMarkdown.$": str,
    },
    total=False,
)
UploadReadSetPartParameters = TypedDict(
    "UploadReadSetPartParameters",
    {
        "SequenceStoreId": S,
        "SequenceStoreId.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "PartSource": S,
        "PartSource.$": str,
        "PartNumber": I,
        "PartNumber.$": str,
        "Payload": S,
        "Payload.$": str,
    },
    total=False,
)
abort_multipart_read_set_upload: Builder[AbortMultipartReadSetUploadParameters]
accept_share: Builder[AcceptShareParameters]
batch_delete_read_set: Builder[BatchDeleteReadSetParameters]
cancel_annotation_import_job: Builder[CancelAnnotationImportJobParameters]
cancel_run: Builder[CancelRunParameters]
cancel_run_batch: Builder[CancelRunBatchParameters]
cancel_variant_import_job: Builder[CancelVariantImportJobParameters]
complete_multipart_read_set_upload: Builder[CompleteMultipartReadSetUploadParameters]
create_annotation_store: Builder[CreateAnnotationStoreParameters]
create_annotation_store_version: Builder[CreateAnnotationStoreVersionParameters]
create_configuration: Builder[CreateConfigurationParameters]
create_multipart_read_set_upload: Builder[CreateMultipartReadSetUploadParameters]
create_reference_store: Builder[CreateReferenceStoreParameters]
create_run_cache: Builder[CreateRunCacheParameters]
create_run_group: Builder[CreateRunGroupParameters]
create_sequence_store: Builder[CreateSequenceStoreParameters]
create_share: Builder[CreateShareParameters]
create_variant_store: Builder[CreateVariantStoreParameters]
create_workflow: Builder[CreateWorkflowParameters]
create_workflow_version: Builder[CreateWorkflowVersionParameters]
delete_annotation_store: Builder[DeleteAnnotationStoreParameters]
delete_annotation_store_versions: Builder[DeleteAnnotationStoreVersionsParameters]
delete_batch: Builder[DeleteBatchParameters]
delete_configuration: Builder[DeleteConfigurationParameters]
delete_reference: Builder[DeleteReferenceParameters]
delete_reference_store: Builder[DeleteReferenceStoreParameters]
delete_run: Builder[DeleteRunParameters]
delete_run_batch: Builder[DeleteRunBatchParameters]
delete_run_cache: Builder[DeleteRunCacheParameters]
delete_run_group: Builder[DeleteRunGroupParameters]
delete_s3_access_policy: Builder[DeleteS3AccessPolicyParameters]
delete_sequence_store: Builder[DeleteSequenceStoreParameters]
delete_share: Builder[DeleteShareParameters]
delete_variant_store: Builder[DeleteVariantStoreParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
delete_workflow_version: Builder[DeleteWorkflowVersionParameters]
get_annotation_import_job: Builder[GetAnnotationImportJobParameters]
get_annotation_store: Builder[GetAnnotationStoreParameters]
get_annotation_store_version: Builder[GetAnnotationStoreVersionParameters]
get_batch: Builder[GetBatchParameters]
get_configuration: Builder[GetConfigurationParameters]
get_read_set: Builder[GetReadSetParameters]
get_read_set_activation_job: Builder[GetReadSetActivationJobParameters]
get_read_set_export_job: Builder[GetReadSetExportJobParameters]
get_read_set_import_job: Builder[GetReadSetImportJobParameters]
get_read_set_metadata: Builder[GetReadSetMetadataParameters]
get_reference: Builder[GetReferenceParameters]
get_reference_import_job: Builder[GetReferenceImportJobParameters]
get_reference_metadata: Builder[GetReferenceMetadataParameters]
get_reference_store: Builder[GetReferenceStoreParameters]
get_run: Builder[GetRunParameters]
get_run_cache: Builder[GetRunCacheParameters]
get_run_group: Builder[GetRunGroupParameters]
get_run_task: Builder[GetRunTaskParameters]
get_s3_access_policy: Builder[GetS3AccessPolicyParameters]
get_sequence_store: Builder[GetSequenceStoreParameters]
get_share: Builder[GetShareParameters]
get_variant_import_job: Builder[GetVariantImportJobParameters]
get_variant_store: Builder[GetVariantStoreParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_version: Builder[GetWorkflowVersionParameters]
list_annotation_import_jobs: Builder[ListAnnotationImportJobsParameters]
list_annotation_store_versions: Builder[ListAnnotationStoreVersionsParameters]
list_annotation_stores: Builder[ListAnnotationStoresParameters]
list_batch: Builder[ListBatchParameters]
list_configurations: Builder[ListConfigurationsParameters]
list_multipart_read_set_uploads: Builder[ListMultipartReadSetUploadsParameters]
list_read_set_activation_jobs: Builder[ListReadSetActivationJobsParameters]
list_read_set_export_jobs: Builder[ListReadSetExportJobsParameters]
list_read_set_import_jobs: Builder[ListReadSetImportJobsParameters]
list_read_set_upload_parts: Builder[ListReadSetUploadPartsParameters]
list_read_sets: Builder[ListReadSetsParameters]
list_reference_import_jobs: Builder[ListReferenceImportJobsParameters]
list_reference_stores: Builder[ListReferenceStoresParameters]
list_references: Builder[ListReferencesParameters]
list_run_caches: Builder[ListRunCachesParameters]
list_run_groups: Builder[ListRunGroupsParameters]
list_run_tasks: Builder[ListRunTasksParameters]
list_runs: Builder[ListRunsParameters]
list_runs_in_batch: Builder[ListRunsInBatchParameters]
list_sequence_stores: Builder[ListSequenceStoresParameters]
list_shares: Builder[ListSharesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_variant_import_jobs: Builder[ListVariantImportJobsParameters]
list_variant_stores: Builder[ListVariantStoresParameters]
list_workflow_versions: Builder[ListWorkflowVersionsParameters]
list_workflows: Builder[ListWorkflowsParameters]
put_s3_access_policy: Builder[PutS3AccessPolicyParameters]
start_annotation_import_job: Builder[StartAnnotationImportJobParameters]
start_read_set_activation_job: Builder[StartReadSetActivationJobParameters]
start_read_set_export_job: Builder[StartReadSetExportJobParameters]
start_read_set_import_job: Builder[StartReadSetImportJobParameters]
start_reference_import_job: Builder[StartReferenceImportJobParameters]
start_run: Builder[StartRunParameters]
start_run_batch: Builder[StartRunBatchParameters]
start_variant_import_job: Builder[StartVariantImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_annotation_store: Builder[UpdateAnnotationStoreParameters]
update_annotation_store_version: Builder[UpdateAnnotationStoreVersionParameters]
update_run_cache: Builder[UpdateRunCacheParameters]
update_run_group: Builder[UpdateRunGroupParameters]
update_sequence_store: Builder[UpdateSequenceStoreParameters]
update_variant_store: Builder[UpdateVariantStoreParameters]
update_workflow: Builder[UpdateWorkflowParameters]
update_workflow_version: Builder[UpdateWorkflowVersionParameters]
upload_read_set_part: Builder[UploadReadSetPartParameters]

__all__ = [
    "abort_multipart_read_set_upload",
    "accept_share",
    "batch_delete_read_set",
    "cancel_annotation_import_job",
    "cancel_run",
    "cancel_run_batch",
    "cancel_variant_import_job",
    "complete_multipart_read_set_upload",
    "create_annotation_store",
    "create_annotation_store_version",
    "create_configuration",
    "create_multipart_read_set_upload",
    "create_reference_store",
    "create_run_cache",
    "create_run_group",
    "create_sequence_store",
    "create_share",
    "create_variant_store",
    "create_workflow",
    "create_workflow_version",
    "delete_annotation_store",
    "delete_annotation_store_versions",
    "delete_batch",
    "delete_configuration",
    "delete_reference",
    "delete_reference_store",
    "delete_run",
    "delete_run_batch",
    "delete_run_cache",
    "delete_run_group",
    "delete_s3_access_policy",
    "delete_sequence_store",
    "delete_share",
    "delete_variant_store",
    "delete_workflow",
    "delete_workflow_version",
    "get_annotation_import_job",
    "get_annotation_store",
    "get_annotation_store_version",
    "get_batch",
    "get_configuration",
    "get_read_set",
    "get_read_set_activation_job",
    "get_read_set_export_job",
    "get_read_set_import_job",
    "get_read_set_metadata",
    "get_reference",
    "get_reference_import_job",
    "get_reference_metadata",
    "get_reference_store",
    "get_run",
    "get_run_cache",
    "get_run_group",
    "get_run_task",
    "get_s3_access_policy",
    "get_sequence_store",
    "get_share",
    "get_variant_import_job",
    "get_variant_store",
    "get_workflow",
    "get_workflow_version",
    "list_annotation_import_jobs",
    "list_annotation_store_versions",
    "list_annotation_stores",
    "list_batch",
    "list_configurations",
    "list_multipart_read_set_uploads",
    "list_read_set_activation_jobs",
    "list_read_set_export_jobs",
    "list_read_set_import_jobs",
    "list_read_set_upload_parts",
    "list_read_sets",
    "list_reference_import_jobs",
    "list_reference_stores",
    "list_references",
    "list_run_caches",
    "list_run_groups",
    "list_run_tasks",
    "list_runs",
    "list_runs_in_batch",
    "list_sequence_stores",
    "list_shares",
    "list_tags_for_resource",
    "list_variant_import_jobs",
    "list_variant_stores",
    "list_workflow_versions",
    "list_workflows",
    "put_s3_access_policy",
    "start_annotation_import_job",
    "start_read_set_activation_job",
    "start_read_set_export_job",
    "start_read_set_import_job",
    "start_reference_import_job",
    "start_run",
    "start_run_batch",
    "start_variant_import_job",
    "tag_resource",
    "untag_resource",
    "update_annotation_store",
    "update_annotation_store_version",
    "update_run_cache",
    "update_run_group",
    "update_sequence_store",
    "update_variant_store",
    "update_workflow",
    "update_workflow_version",
    "upload_read_set_part",
]
