"""Typed builders of the AWS SDK integration of healthlake (``aws-sdk:healthlake:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class StarterProfileSource(TypedDict, total=False):
    StarterProfileName: S

class ExistingVersionedProfileSource(TypedDict, total=False):
    ProfileId: S
    Version: I

class ProfileMappingSource(TypedDict, total=False):
    ProfileMapping: M[S]

class SampleDataSource(TypedDict, total=False):
    S3Uri: S

class CreateDataTransformationProfileSource(TypedDict, total=False):
    StarterProfile: X[StarterProfileSource]
    ExistingVersionedProfileId: X[ExistingVersionedProfileSource]
    ProfileMapping: X[ProfileMappingSource]
    SampleData: X[SampleDataSource]

CreateDataTransformationProfileParameters = TypedDict(
    "CreateDataTransformationProfileParameters",
    {
        "SourceFormat": S,
        "SourceFormat.$": str,
        "Source": X[CreateDataTransformationProfileSource],
        "Source.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ProfileDescription": S,
        "ProfileDescription.$": str,
        "ProfileName": S,
        "ProfileName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class KmsEncryptionConfig(TypedDict, total=False):
    CmkType: S
    KmsKeyId: S

class SseConfiguration(TypedDict, total=False):
    KmsEncryptionConfig: X[KmsEncryptionConfig]

class PreloadDataConfig(TypedDict, total=False):
    PreloadDataType: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class IdentityProviderConfiguration(TypedDict, total=False):
    AuthorizationStrategy: S
    FineGrainedAuthorizationEnabled: B
    Metadata: S
    IdpLambdaArn: S

class AnalyticsConfiguration(TypedDict, total=False):
    Status: S

class NlpConfiguration(TypedDict, total=False):
    Status: S

class ProfileConfiguration(TypedDict, total=False):
    DefaultProfiles: L[Si]

class BackupConfiguration(TypedDict, total=False):
    Status: S
    BackupType: S
    RetentionPeriodInDays: I
    BackupTagsEnabled: B

CreateFHIRDatastoreParameters = TypedDict(
    "CreateFHIRDatastoreParameters",
    {
        "DatastoreName": S,
        "DatastoreName.$": str,
        "DatastoreTypeVersion": S,
        "DatastoreTypeVersion.$": str,
        "SseConfiguration": X[SseConfiguration],
        "SseConfiguration.$": str,
        "PreloadDataConfig": X[PreloadDataConfig],
        "PreloadDataConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfiguration],
        "AnalyticsConfiguration.$": str,
        "NlpConfiguration": X[NlpConfiguration],
        "NlpConfiguration.$": str,
        "ProfileConfiguration": X[ProfileConfiguration],
        "ProfileConfiguration.$": str,
        "BackupConfiguration": X[BackupConfiguration],
        "BackupConfiguration.$": str,
    },
    total=False,
)
DeleteDataTransformationProfileParameters = TypedDict(
    "DeleteDataTransformationProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DeleteFHIRDatastoreParameters = TypedDict(
    "DeleteFHIRDatastoreParameters", {"DatastoreId": S, "DatastoreId.$": str}, total=False
)
DescribeDataTransformationJobParameters = TypedDict(
    "DescribeDataTransformationJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeFHIRDatastoreParameters = TypedDict(
    "DescribeFHIRDatastoreParameters", {"DatastoreId": S, "DatastoreId.$": str}, total=False
)
DescribeFHIRExportJobParameters = TypedDict(
    "DescribeFHIRExportJobParameters",
    {"DatastoreId": S, "DatastoreId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeFHIRImportJobParameters = TypedDict(
    "DescribeFHIRImportJobParameters",
    {"DatastoreId": S, "DatastoreId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetDataTransformationProfileParameters = TypedDict(
    "GetDataTransformationProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "ProfileVersion": I, "ProfileVersion.$": str},
    total=False,
)
ListDataTransformationJobsParameters = TypedDict(
    "ListDataTransformationJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "JobName": S,
        "JobName.$": str,
        "SubmittedAfter": T,
        "SubmittedAfter.$": str,
        "SubmittedBefore": T,
        "SubmittedBefore.$": str,
    },
    total=False,
)
ListDataTransformationProfileVersionsParameters = TypedDict(
    "ListDataTransformationProfileVersionsParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataTransformationProfilesParameters = TypedDict(
    "ListDataTransformationProfilesParameters",
    {
        "SourceFormat": S,
        "SourceFormat.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DatastoreFilter(TypedDict, total=False):
    DatastoreName: S
    DatastoreStatus: S
    CreatedBefore: T
    CreatedAfter: T

ListFHIRDatastoresParameters = TypedDict(
    "ListFHIRDatastoresParameters",
    {
        "Filter": X[DatastoreFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFHIRExportJobsParameters = TypedDict(
    "ListFHIRExportJobsParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "JobName": S,
        "JobName.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "SubmittedBefore": T,
        "SubmittedBefore.$": str,
        "SubmittedAfter": T,
        "SubmittedAfter.$": str,
    },
    total=False,
)
ListFHIRImportJobsParameters = TypedDict(
    "ListFHIRImportJobsParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "JobName": S,
        "JobName.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "SubmittedBefore": T,
        "SubmittedBefore.$": str,
        "SubmittedAfter": T,
        "SubmittedAfter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
PublishDataTransformationProfileParameters = TypedDict(
    "PublishDataTransformationProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "SourceFormat": S,
        "SourceFormat.$": str,
        "FromExistingVersion": I,
        "FromExistingVersion.$": str,
        "ChangeDescription": S,
        "ChangeDescription.$": str,
    },
    total=False,
)

class ContinuousBackupRestoreConfiguration(TypedDict, total=False):
    RestorePointTime: T

class RestoreConfiguration(TypedDict, total=False):
    ContinuousBackupRestoreConfiguration: X[ContinuousBackupRestoreConfiguration]

RestoreFHIRDatastoreParameters = TypedDict(
    "RestoreFHIRDatastoreParameters",
    {
        "SourceDatastoreId": S,
        "SourceDatastoreId.$": str,
        "RestoreConfiguration": X[RestoreConfiguration],
        "RestoreConfiguration.$": str,
        "DatastoreName": S,
        "DatastoreName.$": str,
        "SseConfiguration": X[SseConfiguration],
        "SseConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfiguration],
        "AnalyticsConfiguration.$": str,
        "NlpConfiguration": X[NlpConfiguration],
        "NlpConfiguration.$": str,
        "ProfileConfiguration": X[ProfileConfiguration],
        "ProfileConfiguration.$": str,
    },
    total=False,
)

class TransformationInputDataConfig(TypedDict, total=False):
    S3Uri: S
    SourceFormat: S

class DataTransformationS3Configuration(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S

class TransformationOutputDataConfig(TypedDict, total=False):
    S3Configuration: X[DataTransformationS3Configuration]

StartDataTransformationJobParameters = TypedDict(
    "StartDataTransformationJobParameters",
    {
        "InputDataConfig": X[TransformationInputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[TransformationOutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "JobName": S,
        "JobName.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "DriftDetectionEnabled": B,
        "DriftDetectionEnabled.$": str,
        "ProvenanceEnabled": B,
        "ProvenanceEnabled.$": str,
    },
    total=False,
)

class S3Configuration(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S

class OutputDataConfig(TypedDict, total=False):
    S3Configuration: X[S3Configuration]

StartFHIRExportJobParameters = TypedDict(
    "StartFHIRExportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DatastoreId": S,
        "DatastoreId.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Uri: S

StartFHIRImportJobParameters = TypedDict(
    "StartFHIRImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "JobOutputDataConfig": X[OutputDataConfig],
        "JobOutputDataConfig.$": str,
        "DatastoreId": S,
        "DatastoreId.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ValidationLevel": S,
        "ValidationLevel.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "InputFormat": S,
        "InputFormat.$": str,
        "DriftDetectionEnabled": B,
        "DriftDetectionEnabled.$": str,
        "ProvenanceEnabled": B,
        "ProvenanceEnabled.$": str,
    },
    total=False,
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
UpdateDataTransformationProfileParameters = TypedDict(
    "UpdateDataTransformationProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "ProfileMapping": M[S],
        "ProfileMapping.$": str,
        "ChangeDescription": S,
        "ChangeDescription.$": str,
    },
    total=False,
)
UpdateFHIRDatastoreParameters = TypedDict(
    "UpdateFHIRDatastoreParameters",
    {
        "DatastoreId": S,
        "DatastoreId.$": str,
        "DatastoreName": S,
        "DatastoreName.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfiguration],
        "AnalyticsConfiguration.$": str,
        "NlpConfiguration": X[NlpConfiguration],
        "NlpConfiguration.$": str,
        "ProfileConfiguration": X[ProfileConfiguration],
        "ProfileConfiguration.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "BackupConfiguration": X[BackupConfiguration],
        "BackupConfiguration.$": str,
    },
    total=False,
)

class AgentInputMessage(TypedDict, total=False):
    Body: S
    Type: S

UpdateProfileWithAgentParameters = TypedDict(
    "UpdateProfileWithAgentParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "InputMessage": X[AgentInputMessage],
        "InputMessage.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
    },
    total=False,
)
create_data_transformation_profile: Builder[CreateDataTransformationProfileParameters]
create_fhir_datastore: Builder[CreateFHIRDatastoreParameters]
delete_data_transformation_profile: Builder[DeleteDataTransformationProfileParameters]
delete_fhir_datastore: Builder[DeleteFHIRDatastoreParameters]
describe_data_transformation_job: Builder[DescribeDataTransformationJobParameters]
describe_fhir_datastore: Builder[DescribeFHIRDatastoreParameters]
describe_fhir_export_job: Builder[DescribeFHIRExportJobParameters]
describe_fhir_import_job: Builder[DescribeFHIRImportJobParameters]
get_data_transformation_profile: Builder[GetDataTransformationProfileParameters]
list_data_transformation_jobs: Builder[ListDataTransformationJobsParameters]
list_data_transformation_profile_versions: Builder[ListDataTransformationProfileVersionsParameters]
list_data_transformation_profiles: Builder[ListDataTransformationProfilesParameters]
list_fhir_datastores: Builder[ListFHIRDatastoresParameters]
list_fhir_export_jobs: Builder[ListFHIRExportJobsParameters]
list_fhir_import_jobs: Builder[ListFHIRImportJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
publish_data_transformation_profile: Builder[PublishDataTransformationProfileParameters]
restore_fhir_datastore: Builder[RestoreFHIRDatastoreParameters]
start_data_transformation_job: Builder[StartDataTransformationJobParameters]
start_fhir_export_job: Builder[StartFHIRExportJobParameters]
start_fhir_import_job: Builder[StartFHIRImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_data_transformation_profile: Builder[UpdateDataTransformationProfileParameters]
update_fhir_datastore: Builder[UpdateFHIRDatastoreParameters]
update_profile_with_agent: Builder[UpdateProfileWithAgentParameters]

__all__ = [
    "create_data_transformation_profile",
    "create_fhir_datastore",
    "delete_data_transformation_profile",
    "delete_fhir_datastore",
    "describe_data_transformation_job",
    "describe_fhir_datastore",
    "describe_fhir_export_job",
    "describe_fhir_import_job",
    "get_data_transformation_profile",
    "list_data_transformation_jobs",
    "list_data_transformation_profile_versions",
    "list_data_transformation_profiles",
    "list_fhir_datastores",
    "list_fhir_export_jobs",
    "list_fhir_import_jobs",
    "list_tags_for_resource",
    "publish_data_transformation_profile",
    "restore_fhir_datastore",
    "start_data_transformation_job",
    "start_fhir_export_job",
    "start_fhir_import_job",
    "tag_resource",
    "untag_resource",
    "update_data_transformation_profile",
    "update_fhir_datastore",
    "update_profile_with_agent",
]
