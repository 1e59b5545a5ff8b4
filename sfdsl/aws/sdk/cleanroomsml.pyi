"""Typed builders of the AWS SDK integration of cleanroomsml (``aws-sdk:cleanroomsml:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, T, X, Xi

CancelTrainedModelParameters = TypedDict(
    "CancelTrainedModelParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "VersionIdentifier": S,
        "VersionIdentifier.$": str,
    },
    total=False,
)
CancelTrainedModelInferenceJobParameters = TypedDict(
    "CancelTrainedModelInferenceJobParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "TrainedModelInferenceJobArn": S,
        "TrainedModelInferenceJobArn.$": str,
    },
    total=False,
)
CreateAudienceModelParameters = TypedDict(
    "CreateAudienceModelParameters",
    {
        "TrainingDataStartTime": T,
        "TrainingDataStartTime.$": str,
        "TrainingDataEndTime": T,
        "TrainingDataEndTime.$": str,
        "Name": S,
        "Name.$": str,
        "TrainingDatasetArn": S,
        "TrainingDatasetArn.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class S3ConfigMap(TypedDict, total=False):
    S3Uri: S

class AudienceDestination(TypedDict, total=False):
    S3Destination: X[S3ConfigMap]

class ConfiguredAudienceModelOutputConfig(TypedDict, total=False):
    Destination: X[AudienceDestination]
    RoleArn: S

class AudienceSizeConfig(TypedDict, total=False):
    AudienceSizeType: S
    AudienceSizeBins: L[Ii]

CreateConfiguredAudienceModelParameters = TypedDict(
    "CreateConfiguredAudienceModelParameters",
    {
        "Name": S,
        "Name.$": str,
        "AudienceModelArn": S,
        "AudienceModelArn.$": str,
        "OutputConfig": X[ConfiguredAudienceModelOutputConfig],
        "OutputConfig.$": str,
        "Description": S,
        "Description.$": str,
        "SharedAudienceMetrics": L[Si],
        "SharedAudienceMetrics.$": str,
        "MinMatchingSeedSize": I,
        "MinMatchingSeedSize.$": str,
        "AudienceSizeConfig": X[AudienceSizeConfig],
        "AudienceSizeConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ChildResourceTagOnCreatePolicy": S,
        "ChildResourceTagOnCreatePolicy.$": str,
    },
    total=False,
)

class MetricDefinition(TypedDict, total=False):
    Name: S
    Regex: S

class ContainerConfig(TypedDict, total=False):
    ImageUri: S
    Entrypoint: L[Si]
    Arguments: L[Si]
    MetricDefinitions: L[Xi[MetricDefinition]]

class InferenceContainerConfig(TypedDict, total=False):
    ImageUri: S

CreateConfiguredModelAlgorithmParameters = TypedDict(
    "CreateConfiguredModelAlgorithmParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "TrainingContainerConfig": X[ContainerConfig],
        "TrainingContainerConfig.$": str,
        "InferenceContainerConfig": X[InferenceContainerConfig],
        "InferenceContainerConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class CustomEntityConfig(TypedDict, total=False):
    CustomDataIdentifiers: L[Si]

class LogRedactionConfiguration(TypedDict, total=False):
    EntitiesToRedact: L[Si]
    CustomEntityConfig: X[CustomEntityConfig]

class LogsConfigurationPolicy(TypedDict, total=False):
    AllowedAccountIds: L[Si]
    FilterPattern: S
    LogType: S
    LogRedactionConfiguration: X[LogRedactionConfiguration]

class MetricsConfigurationPolicy(TypedDict, total=False):
    NoiseLevel: S

class TrainedModelArtifactMaxSize(TypedDict, total=False):
    Unit: S
    Value: F

class TrainedModelsConfigurationPolicy(TypedDict, total=False):
    ContainerLogs: L[Xi[LogsConfigurationPolicy]]
    ContainerMetrics: X[MetricsConfigurationPolicy]
    MaxArtifactSize: X[TrainedModelArtifactMaxSize]

class TrainedModelExportsMaxSize(TypedDict, total=False):
    Unit: S
    Value: F

class TrainedModelExportsConfigurationPolicy(TypedDict, total=False):
    MaxSize: X[TrainedModelExportsMaxSize]
    FilesToExport: L[Si]

class TrainedModelInferenceMaxOutputSize(TypedDict, total=False):
    Unit: S
    Value: F

class TrainedModelInferenceJobsConfigurationPolicy(TypedDict, total=False):
    ContainerLogs: L[Xi[LogsConfigurationPolicy]]
    MaxOutputSize: X[TrainedModelInferenceMaxOutputSize]

class PrivacyConfigurationPolicies(TypedDict, total=False):
    TrainedModels: X[TrainedModelsConfigurationPolicy]
    TrainedModelExports: X[TrainedModelExportsConfigurationPolicy]
    TrainedModelInferenceJobs: X[TrainedModelInferenceJobsConfigurationPolicy]

class PrivacyConfiguration(TypedDict, total=False):
    Policies: X[PrivacyConfigurationPolicies]

CreateConfiguredModelAlgorithmAssociationParameters = TypedDict(
    "CreateConfiguredModelAlgorithmAssociationParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredModelAlgorithmArn": S,
        "ConfiguredModelAlgorithmArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PrivacyConfiguration": X[PrivacyConfiguration],
        "PrivacyConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ProtectedQuerySQLParameters(TypedDict, total=False):
    QueryString: S
    AnalysisTemplateArn: S
    Parameters: M[S]

class WorkerComputeConfigurationProperties(TypedDict, total=False):
    Spark: M[S]

class WorkerComputeConfiguration(TypedDict, total=False):
    Type: S
    Number: I
    Properties: X[WorkerComputeConfigurationProperties]

class ComputeConfiguration(TypedDict, total=False):
    Worker: X[WorkerComputeConfiguration]

class ProtectedQueryInputParameters(TypedDict, total=False):
    SqlParameters: X[ProtectedQuerySQLParameters]
    ComputeConfiguration: X[ComputeConfiguration]
    ResultFormat: S

class InputChannelDataSource(TypedDict, total=False):
    ProtectedQueryInputParameters: X[ProtectedQueryInputParameters]

class InputChannel(TypedDict, total=False):
    DataSource: X[InputChannelDataSource]
    RoleArn: S

class PayerConfiguration(TypedDict, total=False):
    ComputePayerAccountId: S
    SyntheticDataPayerAccountId: S

CreateMLInputChannelParameters = TypedDict(
    "CreateMLInputChannelParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredModelAlgorithmAssociations": L[Si],
        "ConfiguredModelAlgorithmAssociations.$": str,
        "InputChannel": X[InputChannel],
        "InputChannel.$": str,
        "Name": S,
        "Name.$": str,
        "RetentionInDays": I,
        "RetentionInDays.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PayerConfiguration": X[PayerConfiguration],
        "PayerConfiguration.$": str,
    },
    total=False,
)

class ResourceConfig(TypedDict, total=False):
    InstanceCount: I
    InstanceType: S
    VolumeSizeInGB: I

class StoppingCondition(TypedDict, total=False):
    MaxRuntimeInSeconds: I

class IncrementalTrainingDataChannel(TypedDict, total=False):
    TrainedModelArn: S
    VersionIdentifier: S
    ChannelName: S

class ModelTrainingDataChannel(TypedDict, total=False):
    MlInputChannelArn: S
    ChannelName: S
    S3DataDistributionType: S

CreateTrainedModelParameters = TypedDict(
    "CreateTrainedModelParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ConfiguredModelAlgorithmAssociationArn": S,
        "ConfiguredModelAlgorithmAssociationArn.$": str,
        "Hyperparameters": M[S],
        "Hyperparameters.$": str,
        "Environment": M[S],
        "Environment.$": str,
        "ResourceConfig": X[ResourceConfig],
        "ResourceConfig.$": str,
        "StoppingCondition": X[StoppingCondition],
        "StoppingCondition.$": str,
        "IncrementalTrainingDataChannels": L[Xi[IncrementalTrainingDataChannel]],
        "IncrementalTrainingDataChannels.$": str,
        "DataChannels": L[Xi[ModelTrainingDataChannel]],
        "DataChannels.$": str,
        "TrainingInputMode": S,
        "TrainingInputMode.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MlModelTrainingPayerAccountId": S,
        "MlModelTrainingPayerAccountId.$": str,
    },
    total=False,
)

class ColumnSchema(TypedDict, total=False):
    ColumnName: S
    ColumnTypes: L[Si]

class GlueDataSource(TypedDict, total=False):
    TableName: S
    DatabaseName: S
    CatalogId: S

class DataSource(TypedDict, total=False):
    GlueDataSource: X[GlueDataSource]

class DatasetInputConfig(TypedDict, total=False):
    Schema: L[Xi[ColumnSchema]]
    DataSource: X[DataSource]

class Dataset(TypedDict, total=False):
    Type: S
    InputConfig: X[DatasetInputConfig]

CreateTrainingDatasetParameters = TypedDict(
    "CreateTrainingDatasetParameters",
    {
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "TrainingData": L[Xi[Dataset]],
        "TrainingData.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
DeleteAudienceGenerationJobParameters = TypedDict(
    "DeleteAudienceGenerationJobParameters",
    {"AudienceGenerationJobArn": S, "AudienceGenerationJobArn.$": str},
    total=False,
)
DeleteAudienceModelParameters = TypedDict(
    "DeleteAudienceModelParameters", {"AudienceModelArn": S, "AudienceModelArn.$": str}, total=False
)
DeleteConfiguredAudienceModelParameters = TypedDict(
    "DeleteConfiguredAudienceModelParameters",
    {"ConfiguredAudienceModelArn": S, "ConfiguredAudienceModelArn.$": str},
    total=False,
)
DeleteConfiguredAudienceModelPolicyParameters = TypedDict(
    "DeleteConfiguredAudienceModelPolicyParameters",
    {"ConfiguredAudienceModelArn": S, "ConfiguredAudienceModelArn.$": str},
    total=False,
)
DeleteConfiguredModelAlgorithmParameters = TypedDict(
    "DeleteConfiguredModelAlgorithmParameters",
    {"ConfiguredModelAlgorithmArn": S, "ConfiguredModelAlgorithmArn.$": str},
    total=False,
)
DeleteConfiguredModelAlgorithmAssociationParameters = TypedDict(
    "DeleteConfiguredModelAlgorithmAssociationParameters",
    {
        "ConfiguredModelAlgorithmAssociationArn": S,
        "ConfiguredModelAlgorithmAssociationArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteMLConfigurationParameters = TypedDict(
    "DeleteMLConfigurationParameters",
    {"MembershipIdentifier": S, "MembershipIdentifier.$": str},
    total=False,
)
DeleteMLInputChannelDataParameters = TypedDict(
    "DeleteMLInputChannelDataParameters",
    {
        "MlInputChannelArn": S,
        "MlInputChannelArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteTrainedModelOutputParameters = TypedDict(
    "DeleteTrainedModelOutputParameters",
    {
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "VersionIdentifier": S,
        "VersionIdentifier.$": str,
    },
    total=False,
)
DeleteTrainingDatasetParameters = TypedDict(
    "DeleteTrainingDatasetParameters",
    {"TrainingDatasetArn": S, "TrainingDatasetArn.$": str},
    total=False,
)
GetAudienceGenerationJobParameters = TypedDict(
    "GetAudienceGenerationJobParameters",
    {"AudienceGenerationJobArn": S, "AudienceGenerationJobArn.$": str},
    total=False,
)
GetAudienceModelParameters = TypedDict(
    "GetAudienceModelParameters", {"AudienceModelArn": S, "AudienceModelArn.$": str}, total=False
)
GetCollaborationConfiguredModelAlgorithmAssociationParameters = TypedDict(
    "GetCollaborationConfiguredModelAlgorithmAssociationParameters",
    {
        "ConfiguredModelAlgorithmAssociationArn": S,
        "ConfiguredModelAlgorithmAssociationArn.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
    },
    total=False,
)
GetCollaborationMLInputChannelParameters = TypedDict(
    "GetCollaborationMLInputChannelParameters",
    {
        "MlInputChannelArn": S,
        "MlInputChannelArn.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
    },
    total=False,
)
GetCollaborationTrainedModelParameters = TypedDict(
    "GetCollaborationTrainedModelParameters",
    {
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "VersionIdentifier": S,
        "VersionIdentifier.$": str,
    },
    total=False,
)
GetConfiguredAudienceModelParameters = TypedDict(
    "GetConfiguredAudienceModelParameters",
    {"ConfiguredAudienceModelArn": S, "ConfiguredAudienceModelArn.$": str},
    total=False,
)
GetConfiguredAudienceModelPolicyParameters = TypedDict(
    "GetConfiguredAudienceModelPolicyParameters",
    {"ConfiguredAudienceModelArn": S, "ConfiguredAudienceModelArn.$": str},
    total=False,
)
GetConfiguredModelAlgorithmParameters = TypedDict(
    "GetConfiguredModelAlgorithmParameters",
    {"ConfiguredModelAlgorithmArn": S, "ConfiguredModelAlgorithmArn.$": str},
    total=False,
)
GetConfiguredModelAlgorithmAssociationParameters = TypedDict(
    "GetConfiguredModelAlgorithmAssociationParameters",
    {
        "ConfiguredModelAlgorithmAssociationArn": S,
        "ConfiguredModelAlgorithmAssociationArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetMLConfigurationParameters = TypedDict(
    "GetMLConfigurationParameters",
    {"MembershipIdentifier": S, "MembershipIdentifier.$": str},
    total=False,
)
GetMLInputChannelParameters = TypedDict(
    "GetMLInputChannelParameters",
    {
        "MlInputChannelArn": S,
        "MlInputChannelArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetTrainedModelParameters = TypedDict(
    "GetTrainedModelParameters",
    {
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "VersionIdentifier": S,
        "VersionIdentifier.$": str,
    },
    total=False,
)
GetTrainedModelInferenceJobParameters = TypedDict(
    "GetTrainedModelInferenceJobParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "TrainedModelInferenceJobArn": S,
        "TrainedModelInferenceJobArn.$": str,
    },
    total=False,
)
GetTrainingDatasetParameters = TypedDict(
    "GetTrainingDatasetParameters",
    {"TrainingDatasetArn": S, "TrainingDatasetArn.$": str},
    total=False,
)
ListAudienceExportJobsParameters = TypedDict(
    "ListAudienceExportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AudienceGenerationJobArn": S,
        "AudienceGenerationJobArn.$": str,
    },
    total=False,
)
ListAudienceGenerationJobsParameters = TypedDict(
    "ListAudienceGenerationJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ConfiguredAudienceModelArn": S,
        "ConfiguredAudienceModelArn.$": str,
        "CollaborationId": S,
        "CollaborationId.$": str,
    },
    total=False,
)
ListAudienceModelsParameters = TypedDict(
    "ListAudienceModelsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListCollaborationConfiguredModelAlgorithmAssociationsParameters = TypedDict(
    "ListCollaborationConfiguredModelAlgorithmAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
    },
    total=False,
)
ListCollaborationMLInputChannelsParameters = TypedDict(
    "ListCollaborationMLInputChannelsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
    },
    total=False,
)
ListCollaborationTrainedModelExportJobsParameters = TypedDict(
    "ListCollaborationTrainedModelExportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "TrainedModelVersionIdentifier": S,
        "TrainedModelVersionIdentifier.$": str,
    },
    total=False,
)
ListCollaborationTrainedModelInferenceJobsParameters = TypedDict(
    "ListCollaborationTrainedModelInferenceJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "TrainedModelVersionIdentifier": S,
        "TrainedModelVersionIdentifier.$": str,
    },
    total=False,
)
ListCollaborationTrainedModelsParameters = TypedDict(
    "ListCollaborationTrainedModelsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
    },
    total=False,
)
ListConfiguredAudienceModelsParameters = TypedDict(
    "ListConfiguredAudienceModelsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListConfiguredModelAlgorithmAssociationsParameters = TypedDict(
    "ListConfiguredModelAlgorithmAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
ListConfiguredModelAlgorithmsParameters = TypedDict(
    "ListConfiguredModelAlgorithmsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMLInputChannelsParameters = TypedDict(
    "ListMLInputChannelsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTrainedModelInferenceJobsParameters = TypedDict(
    "ListTrainedModelInferenceJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "TrainedModelVersionIdentifier": S,
        "TrainedModelVersionIdentifier.$": str,
    },
    total=False,
)
ListTrainedModelVersionsParameters = TypedDict(
    "ListTrainedModelVersionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListTrainedModelsParameters = TypedDict(
    "ListTrainedModelsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
ListTrainingDatasetsParameters = TypedDict(
    "ListTrainingDatasetsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
PutConfiguredAudienceModelPolicyParameters = TypedDict(
    "PutConfiguredAudienceModelPolicyParameters",
    {
        "ConfiguredAudienceModelArn": S,
        "ConfiguredAudienceModelArn.$": str,
        "ConfiguredAudienceModelPolicy": S,
        "ConfiguredAudienceModelPolicy.$": str,
        "PreviousPolicyHash": S,
        "PreviousPolicyHash.$": str,
        "PolicyExistenceCondition": S,
        "PolicyExistenceCondition.$": str,
    },
    total=False,
)

class Destination(TypedDict, total=False):
    S3Destination: X[S3ConfigMap]

class MLOutputConfiguration(TypedDict, total=False):
    Destination: X[Destination]
    RoleArn: S

PutMLConfigurationParameters = TypedDict(
    "PutMLConfigurationParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "DefaultOutputLocation": X[MLOutputConfiguration],
        "DefaultOutputLocation.$": str,
    },
    total=False,
)

class AudienceSize(TypedDict, total=False):
    Type: S
    Value: I

StartAudienceExportJobParameters = TypedDict(
    "StartAudienceExportJobParameters",
    {
        "Name": S,
        "Name.$": str,
        "AudienceGenerationJobArn": S,
        "AudienceGenerationJobArn.$": str,
        "AudienceSize": X[AudienceSize],
        "AudienceSize.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class AudienceGenerationJobDataSource(TypedDict, total=False):
    DataSource: X[S3ConfigMap]
    RoleArn: S
    SqlParameters: X[ProtectedQuerySQLParameters]
    SqlComputeConfiguration: X[ComputeConfiguration]

StartAudienceGenerationJobParameters = TypedDict(
    "StartAudienceGenerationJobParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConfiguredAudienceModelArn": S,
        "ConfiguredAudienceModelArn.$": str,
        "SeedAudience": X[AudienceGenerationJobDataSource],
        "SeedAudience.$": str,
        "IncludeSeedInOutput": B,
        "IncludeSeedInOutput.$": str,
        "CollaborationId": S,
        "CollaborationId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TrainedModelExportReceiverMember(TypedDict, total=False):
    AccountId: S

class TrainedModelExportOutputConfiguration(TypedDict, total=False):
    Members: L[Xi[TrainedModelExportReceiverMember]]

StartTrainedModelExportJobParameters = TypedDict(
    "StartTrainedModelExportJobParameters",
    {
        "Name": S,
        "Name.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "TrainedModelVersionIdentifier": S,
        "TrainedModelVersionIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "OutputConfiguration": X[TrainedModelExportOutputConfiguration],
        "OutputConfiguration.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class InferenceResourceConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I

class InferenceReceiverMember(TypedDict, total=False):
    AccountId: S

class InferenceOutputConfiguration(TypedDict, total=False):
    Accept: S
    Members: L[Xi[InferenceReceiverMember]]

class ModelInferenceDataSource(TypedDict, total=False):
    MlInputChannelArn: S

class InferenceContainerExecutionParameters(TypedDict, total=False):
    MaxPayloadInMB: I

StartTrainedModelInferenceJobParameters = TypedDict(
    "StartTrainedModelInferenceJobParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "TrainedModelArn": S,
        "TrainedModelArn.$": str,
        "TrainedModelVersionIdentifier": S,
        "TrainedModelVersionIdentifier.$": str,
        "ConfiguredModelAlgorithmAssociationArn": S,
        "ConfiguredModelAlgorithmAssociationArn.$": str,
        "ResourceConfig": X[InferenceResourceConfig],
        "ResourceConfig.$": str,
        "OutputConfiguration": X[InferenceOutputConfiguration],
        "OutputConfiguration.$": str,
        "DataSource": X[ModelInferenceDataSource],
        "DataSource.$": str,
        "Description": S,
        "Description.$": str,
        "ContainerExecutionParameters": X[InferenceContainerExecutionParameters],
        "ContainerExecutionParameters.$": str,
        "Environment": M[S],
        "Environment.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MlModelInferencePayerAccountId": S,
        "MlModelInferencePayerAccountId.$": str,
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
UpdateConfiguredAudienceModelParameters = TypedDict(
    "UpdateConfiguredAudienceModelParameters",
    {
        "ConfiguredAudienceModelArn": S,
        "ConfiguredAudienceModelArn.$": str,
        "OutputConfig": X[ConfiguredAudienceModelOutputConfig],
        "OutputConfig.$": str,
        "AudienceModelArn": S,
        "AudienceModelArn.$": str,
        "SharedAudienceMetrics": L[Si],
        "SharedAudienceMetrics.$": str,
        "MinMatchingSeedSize": I,
        "MinMatchingSeedSize.$": str,
        "AudienceSizeConfig": X[AudienceSizeConfig],
        "AudienceSizeConfig.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
cancel_trained_model: Builder[CancelTrainedModelParameters]
cancel_trained_model_inference_job: Builder[CancelTrainedModelInferenceJobParameters]
create_audience_model: Builder[CreateAudienceModelParameters]
create_configured_audience_model: Builder[CreateConfiguredAudienceModelParameters]
create_configured_model_algorithm: Builder[CreateConfiguredModelAlgorithmParameters]
create_configured_model_algorithm_association: Builder[
    CreateConfiguredModelAlgorithmAssociationParameters
]
create_ml_input_channel: Builder[CreateMLInputChannelParameters]
create_trained_model: Builder[CreateTrainedModelParameters]
create_training_dataset: Builder[CreateTrainingDatasetParameters]
delete_audience_generation_job: Builder[DeleteAudienceGenerationJobParameters]
delete_audience_model: Builder[DeleteAudienceModelParameters]
delete_configured_audience_model: Builder[DeleteConfiguredAudienceModelParameters]
delete_configured_audience_model_policy: Builder[DeleteConfiguredAudienceModelPolicyParameters]
delete_configured_model_algorithm: Builder[DeleteConfiguredModelAlgorithmParameters]
delete_configured_model_algorithm_association: Builder[
    DeleteConfiguredModelAlgorithmAssociationParameters
]
delete_ml_configuration: Builder[DeleteMLConfigurationParameters]
delete_ml_input_channel_data: Builder[DeleteMLInputChannelDataParameters]
delete_trained_model_output: Builder[DeleteTrainedModelOutputParameters]
delete_training_dataset: Builder[DeleteTrainingDatasetParameters]
get_audience_generation_job: Builder[GetAudienceGenerationJobParameters]
get_audience_model: Builder[GetAudienceModelParameters]
get_collaboration_configured_model_algorithm_association: Builder[
    GetCollaborationConfiguredModelAlgorithmAssociationParameters
]
get_collaboration_ml_input_channel: Builder[GetCollaborationMLInputChannelParameters]
get_collaboration_trained_model: Builder[GetCollaborationTrainedModelParameters]
get_configured_audience_model: Builder[GetConfiguredAudienceModelParameters]
get_configured_audience_model_policy: Builder[GetConfiguredAudienceModelPolicyParameters]
get_configured_model_algorithm: Builder[GetConfiguredModelAlgorithmParameters]
get_configured_model_algorithm_association: Builder[
    GetConfiguredModelAlgorithmAssociationParameters
]
get_ml_configuration: Builder[GetMLConfigurationParameters]
get_ml_input_channel: Builder[GetMLInputChannelParameters]
get_trained_model: Builder[GetTrainedModelParameters]
get_trained_model_inference_job: Builder[GetTrainedModelInferenceJobParameters]
get_training_dataset: Builder[GetTrainingDatasetParameters]
list_audience_export_jobs: Builder[ListAudienceExportJobsParameters]
list_audience_generation_jobs: Builder[ListAudienceGenerationJobsParameters]
list_audience_models: Builder[ListAudienceModelsParameters]
list_collaboration_configured_model_algorithm_associations: Builder[
    ListCollaborationConfiguredModelAlgorithmAssociationsParameters
]
list_collaboration_ml_input_channels: Builder[ListCollaborationMLInputChannelsParameters]
list_collaboration_trained_model_export_jobs: Builder[
    ListCollaborationTrainedModelExportJobsParameters
]
list_collaboration_trained_model_inference_jobs: Builder[
    ListCollaborationTrainedModelInferenceJobsParameters
]
list_collaboration_trained_models: Builder[ListCollaborationTrainedModelsParameters]
list_configured_audience_models: Builder[ListConfiguredAudienceModelsParameters]
list_configured_model_algorithm_associations: Builder[
    ListConfiguredModelAlgorithmAssociationsParameters
]
list_configured_model_algorithms: Builder[ListConfiguredModelAlgorithmsParameters]
list_ml_input_channels: Builder[ListMLInputChannelsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trained_model_inference_jobs: Builder[ListTrainedModelInferenceJobsParameters]
list_trained_model_versions: Builder[ListTrainedModelVersionsParameters]
list_trained_models: Builder[ListTrainedModelsParameters]
list_training_datasets: Builder[ListTrainingDatasetsParameters]
put_configured_audience_model_policy: Builder[PutConfiguredAudienceModelPolicyParameters]
put_ml_configuration: Builder[PutMLConfigurationParameters]
start_audience_export_job: Builder[StartAudienceExportJobParameters]
start_audience_generation_job: Builder[StartAudienceGenerationJobParameters]
start_trained_model_export_job: Builder[StartTrainedModelExportJobParameters]
start_trained_model_inference_job: Builder[StartTrainedModelInferenceJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_configured_audience_model: Builder[UpdateConfiguredAudienceModelParameters]

__all__ = [
    "cancel_trained_model",
    "cancel_trained_model_inference_job",
    "create_audience_model",
    "create_configured_audience_model",
    "create_configured_model_algorithm",
    "create_configured_model_algorithm_association",
    "create_ml_input_channel",
    "create_trained_model",
    "create_training_dataset",
    "delete_audience_generation_job",
    "delete_audience_model",
    "delete_configured_audience_model",
    "delete_configured_audience_model_policy",
    "delete_configured_model_algorithm",
    "delete_configured_model_algorithm_association",
    "delete_ml_configuration",
    "delete_ml_input_channel_data",
    "delete_trained_model_output",
    "delete_training_dataset",
    "get_audience_generation_job",
    "get_audience_model",
    "get_collaboration_configured_model_algorithm_association",
    "get_collaboration_ml_input_channel",
    "get_collaboration_trained_model",
    "get_configured_audience_model",
    "get_configured_audience_model_policy",
    "get_configured_model_algorithm",
    "get_configured_model_algorithm_association",
    "get_ml_configuration",
    "get_ml_input_channel",
    "get_trained_model",
    "get_trained_model_inference_job",
    "get_training_dataset",
    "list_audience_export_jobs",
    "list_audience_generation_jobs",
    "list_audience_models",
    "list_collaboration_configured_model_algorithm_associations",
    "list_collaboration_ml_input_channels",
    "list_collaboration_trained_model_export_jobs",
    "list_collaboration_trained_model_inference_jobs",
    "list_collaboration_trained_models",
    "list_configured_audience_models",
    "list_configured_model_algorithm_associations",
    "list_configured_model_algorithms",
    "list_ml_input_channels",
    "list_tags_for_resource",
    "list_trained_model_inference_jobs",
    "list_trained_model_versions",
    "list_trained_models",
    "list_training_datasets",
    "put_configured_audience_model_policy",
    "put_ml_configuration",
    "start_audience_export_job",
    "start_audience_generation_job",
    "start_trained_model_export_job",
    "start_trained_model_inference_job",
    "tag_resource",
    "untag_resource",
    "update_configured_audience_model",
]
