"""Typed builders of the AWS SDK integration of sagemaker (``aws-sdk:sagemaker:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AddAssociationParameters = TypedDict(
    "AddAssociationParameters",
    {
        "SourceArn": S,
        "SourceArn.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
    },
    total=False,
)

class LeaderboardCandidateDimension(TypedDict, total=False):
    Key: S
    Value: S

class LeaderboardCustomerModelConfig(TypedDict, total=False):
    ModelRef: S
    DatasetArn: S
    EvalCriteriaArn: S
    PromptTemplateArn: S
    Dimensions: L[Xi[LeaderboardCandidateDimension]]

class LeaderboardCandidateConfig(TypedDict, total=False):
    CustomerModelConfig: X[LeaderboardCustomerModelConfig]

class LeaderboardEvaluationResult(TypedDict, total=False):
    CriterionName: S
    Metrics: M[F]
    Producer: S
    SourceId: S
    SourceUrl: S
    References: M[S]
    RecordedAt: T
    IngestedAt: T

AddCandidateParameters = TypedDict(
    "AddCandidateParameters",
    {
        "LeaderboardArn": S,
        "LeaderboardArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Labels": M[S],
        "Labels.$": str,
        "CandidateConfig": X[LeaderboardCandidateConfig],
        "CandidateConfig.$": str,
        "EvaluationResults": L[Xi[LeaderboardEvaluationResult]],
        "EvaluationResults.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AddInferenceGatewayParameters = TypedDict(
    "AddInferenceGatewayParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
AssociateTrialComponentParameters = TypedDict(
    "AssociateTrialComponentParameters",
    {"TrialComponentName": S, "TrialComponentName.$": str, "TrialName": S, "TrialName.$": str},
    total=False,
)
AttachClusterNodeNetworkInterfaceParameters = TypedDict(
    "AttachClusterNodeNetworkInterfaceParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
    },
    total=False,
)
AttachClusterNodeVolumeParameters = TypedDict(
    "AttachClusterNodeVolumeParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)

class AddClusterNodeSpecification(TypedDict, total=False):
    InstanceGroupName: S
    IncrementTargetCountBy: I
    AvailabilityZones: L[Si]
    InstanceTypes: L[Si]

BatchAddClusterNodesParameters = TypedDict(
    "BatchAddClusterNodesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "NodesToAdd": L[Xi[AddClusterNodeSpecification]],
        "NodesToAdd.$": str,
    },
    total=False,
)
BatchDeleteClusterNodesParameters = TypedDict(
    "BatchDeleteClusterNodesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeIds": L[Si],
        "NodeIds.$": str,
        "NodeLogicalIds": L[Si],
        "NodeLogicalIds.$": str,
    },
    total=False,
)
BatchDescribeModelPackageParameters = TypedDict(
    "BatchDescribeModelPackageParameters",
    {"ModelPackageArnList": L[Si], "ModelPackageArnList.$": str},
    total=False,
)
BatchRebootClusterNodesParameters = TypedDict(
    "BatchRebootClusterNodesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeIds": L[Si],
        "NodeIds.$": str,
        "NodeLogicalIds": L[Si],
        "NodeLogicalIds.$": str,
    },
    total=False,
)
BatchReplaceClusterNodesParameters = TypedDict(
    "BatchReplaceClusterNodesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeIds": L[Si],
        "NodeIds.$": str,
        "NodeLogicalIds": L[Si],
        "NodeLogicalIds.$": str,
    },
    total=False,
)

class AIBenchmarkInferenceComponent(TypedDict, total=False):
    Identifier: S

class AIBenchmarkEndpoint(TypedDict, total=False):
    Identifier: S
    TargetContainerHostname: S
    InferenceComponents: L[Xi[AIBenchmarkInferenceComponent]]

class AIBenchmarkTarget(TypedDict, total=False):
    Endpoint: X[AIBenchmarkEndpoint]

class AIMlflowConfig(TypedDict, total=False):
    MlflowResourceArn: S
    MlflowExperimentName: S
    MlflowRunName: S

class AIBenchmarkOutputConfig(TypedDict, total=False):
    S3OutputLocation: S
    MlflowConfig: X[AIMlflowConfig]

class VpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

class AIBenchmarkNetworkConfig(TypedDict, total=False):
    VpcConfig: X[VpcConfig]

CreateAIBenchmarkJobParameters = TypedDict(
    "CreateAIBenchmarkJobParameters",
    {
        "AiBenchmarkJobName": S,
        "AiBenchmarkJobName.$": str,
        "BenchmarkTarget": X[AIBenchmarkTarget],
        "BenchmarkTarget.$": str,
        "OutputConfig": X[AIBenchmarkOutputConfig],
        "OutputConfig.$": str,
        "AiWorkloadConfigIdentifier": S,
        "AiWorkloadConfigIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "NetworkConfig": X[AIBenchmarkNetworkConfig],
        "NetworkConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AIModelSourceS3(TypedDict, total=False):
    S3Uri: S

class AIModelSource(TypedDict, total=False):
    S3: X[AIModelSourceS3]

class AIRecommendationOutputConfig(TypedDict, total=False):
    S3OutputLocation: S
    ModelPackageGroupIdentifier: S
    MlflowConfig: X[AIMlflowConfig]

class AIRecommendationConstraint(TypedDict, total=False):
    Metric: S

class AIRecommendationPerformanceTarget(TypedDict, total=False):
    Constraints: L[Xi[AIRecommendationConstraint]]

class AIRecommendationInferenceSpecification(TypedDict, total=False):
    Framework: S

class AICapacityReservationConfig(TypedDict, total=False):
    CapacityReservationPreference: S
    MlReservationArns: L[Si]

class AIRecommendationComputeSpec(TypedDict, total=False):
    InstanceTypes: L[Si]
    CapacityReservationConfig: X[AICapacityReservationConfig]

class AIAdapterModelPackageEntry(TypedDict, total=False):
    AdapterId: S
    ModelPackageArn: S

class AIAdapterS3Entry(TypedDict, total=False):
    AdapterId: S
    S3Uri: S

class AIAdapterSource(TypedDict, total=False):
    ModelPackageArns: L[Xi[AIAdapterModelPackageEntry]]
    S3Uris: L[Xi[AIAdapterS3Entry]]

CreateAIRecommendationJobParameters = TypedDict(
    "CreateAIRecommendationJobParameters",
    {
        "AiRecommendationJobName": S,
        "AiRecommendationJobName.$": str,
        "ModelSource": X[AIModelSource],
        "ModelSource.$": str,
        "OutputConfig": X[AIRecommendationOutputConfig],
        "OutputConfig.$": str,
        "AiWorkloadConfigIdentifier": S,
        "AiWorkloadConfigIdentifier.$": str,
        "PerformanceTarget": X[AIRecommendationPerformanceTarget],
        "PerformanceTarget.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "InferenceSpecification": X[AIRecommendationInferenceSpecification],
        "InferenceSpecification.$": str,
        "OptimizeModel": B,
        "OptimizeModel.$": str,
        "ComputeSpec": X[AIRecommendationComputeSpec],
        "ComputeSpec.$": str,
        "AdapterSource": X[AIAdapterSource],
        "AdapterSource.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AIWorkloadS3DataSource(TypedDict, total=False):
    S3Uri: S

class AIWorkloadDataSource(TypedDict, total=False):
    S3DataSource: X[AIWorkloadS3DataSource]

class AIWorkloadInputDataConfig(TypedDict, total=False):
    ChannelName: S
    DataSource: X[AIWorkloadDataSource]

class AIDatasetConfig(TypedDict, total=False):
    InputDataConfig: L[Xi[AIWorkloadInputDataConfig]]

class WorkloadSpec(TypedDict, total=False):
    Inline: S

class AIWorkloadConfigs(TypedDict, total=False):
    WorkloadSpec: X[WorkloadSpec]

CreateAIWorkloadConfigParameters = TypedDict(
    "CreateAIWorkloadConfigParameters",
    {
        "AiWorkloadConfigName": S,
        "AiWorkloadConfigName.$": str,
        "DatasetConfig": X[AIDatasetConfig],
        "DatasetConfig.$": str,
        "AiWorkloadConfigs": X[AIWorkloadConfigs],
        "AiWorkloadConfigs.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ActionSource(TypedDict, total=False):
    SourceUri: S
    SourceType: S
    SourceId: S

class MetadataProperties(TypedDict, total=False):
    CommitId: S
    Repository: S
    GeneratedBy: S
    ProjectId: S

CreateActionParameters = TypedDict(
    "CreateActionParameters",
    {
        "ActionName": S,
        "ActionName.$": str,
        "Source": X[ActionSource],
        "Source.$": str,
        "ActionType": S,
        "ActionType.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "MetadataProperties": X[MetadataProperties],
        "MetadataProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IntegerParameterRangeSpecification(TypedDict, total=False):
    MinValue: S
    MaxValue: S

class ContinuousParameterRangeSpecification(TypedDict, total=False):
    MinValue: S
    MaxValue: S

class CategoricalParameterRangeSpecification(TypedDict, total=False):
    Values: L[Si]

class ParameterRange(TypedDict, total=False):
    IntegerParameterRangeSpecification: X[IntegerParameterRangeSpecification]
    ContinuousParameterRangeSpecification: X[ContinuousParameterRangeSpecification]
    CategoricalParameterRangeSpecification: X[CategoricalParameterRangeSpecification]

class HyperParameterSpecification(TypedDict, total=False):
    Name: S
    Description: S
    Type: S
    Range: X[ParameterRange]
    IsTunable: B
    IsRequired: B
    DefaultValue: S

class MetricDefinition(TypedDict, total=False):
    Name: S
    Regex: S

class ChannelSpecification(TypedDict, total=False):
    Name: S
    Description: S
    IsRequired: B
    SupportedContentTypes: L[Si]
    SupportedCompressionTypes: L[Si]
    SupportedInputModes: L[Si]

class HyperParameterTuningJobObjective(TypedDict, total=False):
    Type: S
    MetricName: S

class AdditionalS3DataSource(TypedDict, total=False):
    S3DataType: S
    S3Uri: S
    CompressionType: S
    ETag: S

class TrainingSpecification(TypedDict, total=False):
    TrainingImage: S
    TrainingImageDigest: S
    SupportedHyperParameters: L[Xi[HyperParameterSpecification]]
    SupportedTrainingInstanceTypes: L[Si]
    SupportsDistributedTraining: B
    MetricDefinitions: L[Xi[MetricDefinition]]
    TrainingChannels: L[Xi[ChannelSpecification]]
    SupportedTuningJobObjectiveMetrics: L[Xi[HyperParameterTuningJobObjective]]
    AdditionalS3DataSource: X[AdditionalS3DataSource]

class ModelAccessConfig(TypedDict, total=False):
    AcceptEula: B

class InferenceHubAccessConfig(TypedDict, total=False):
    HubContentArn: S

class S3ModelDataSource(TypedDict, total=False):
    S3Uri: S
    S3DataType: S
    CompressionType: S
    ModelAccessConfig: X[ModelAccessConfig]
    HubAccessConfig: X[InferenceHubAccessConfig]
    ManifestS3Uri: S
    ETag: S
    ManifestEtag: S

class ModelDataSource(TypedDict, total=False):
    S3DataSource: X[S3ModelDataSource]

class ModelInput(TypedDict, total=False):
    DataInputConfig: S

class AdditionalModelDataSource(TypedDict, total=False):
    ChannelName: S
    S3DataSource: X[S3ModelDataSource]

class BaseModel(TypedDict, total=False):
    HubContentName: S
    HubContentVersion: S
    RecipeName: S

class ModelPackageContainerDefinition(TypedDict, total=False):
    ContainerHostname: S
    Image: S
    ImageDigest: S
    ModelDataUrl: S
    ModelDataSource: X[ModelDataSource]
    ProductId: S
    Environment: M[S]
    ModelInput: X[ModelInput]
    Framework: S
    FrameworkVersion: S
    NearestModelName: S
    AdditionalModelDataSources: L[Xi[AdditionalModelDataSource]]
    AdditionalS3DataSource: X[AdditionalS3DataSource]
    ModelDataETag: S
    IsCheckpoint: B
    BaseModel: X[BaseModel]

class InferenceSpecification(TypedDict, total=False):
    Containers: L[Xi[ModelPackageContainerDefinition]]
    SupportedTransformInstanceTypes: L[Si]
    SupportedRealtimeInferenceInstanceTypes: L[Si]
    SupportedContentTypes: L[Si]
    SupportedResponseMIMETypes: L[Si]

class HubAccessConfig(TypedDict, total=False):
    HubContentArn: S

class S3DataSource(TypedDict, total=False):
    S3DataType: S
    S3Uri: S
    S3DataDistributionType: S
    AttributeNames: L[Si]
    InstanceGroupNames: L[Si]
    ModelAccessConfig: X[ModelAccessConfig]
    HubAccessConfig: X[HubAccessConfig]

class FileSystemDataSource(TypedDict, total=False):
    FileSystemId: S
    FileSystemAccessMode: S
    FileSystemType: S
    DirectoryPath: S

class DatasetSource(TypedDict, total=False):
    DatasetArn: S

class DataSource(TypedDict, total=False):
    S3DataSource: X[S3DataSource]
    FileSystemDataSource: X[FileSystemDataSource]
    DatasetSource: X[DatasetSource]

class ShuffleConfig(TypedDict, total=False):
    Seed: I

class Channel(TypedDict, total=False):
    ChannelName: S
    DataSource: X[DataSource]
    ContentType: S
    CompressionType: S
    RecordWrapperType: S
    InputMode: S
    ShuffleConfig: X[ShuffleConfig]

class OutputDataConfig(TypedDict, total=False):
    KmsKeyId: S
    S3OutputPath: S
    CompressionType: S

class InstanceGroup(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    InstanceGroupName: S

class PlacementSpecification(TypedDict, total=False):
    UltraServerId: S
    InstanceCount: I

class InstancePlacementConfig(TypedDict, total=False):
    EnableMultipleJobs: B
    PlacementSpecifications: L[Xi[PlacementSpecification]]

class InstancePreference(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    TrainingPlanArns: L[Si]

class ResourceConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    VolumeSizeInGB: I
    VolumeKmsKeyId: S
    KeepAlivePeriodInSeconds: I
    InstanceGroups: L[Xi[InstanceGroup]]
    TrainingPlanArn: S
    InstancePlacementConfig: X[InstancePlacementConfig]
    InstancePreferences: L[Xi[InstancePreference]]
    SelectedInstanceType: S
    SelectedInstanceCount: I

class StoppingCondition(TypedDict, total=False):
    MaxRuntimeInSeconds: I
    MaxWaitTimeInSeconds: I
    MaxPendingTimeInSeconds: I

class TrainingJobDefinition(TypedDict, total=False):
    TrainingInputMode: S
    HyperParameters: M[S]
    InputDataConfig: L[Xi[Channel]]
    OutputDataConfig: X[OutputDataConfig]
    ResourceConfig: X[ResourceConfig]
    StoppingCondition: X[StoppingCondition]

class TransformS3DataSource(TypedDict, total=False):
    S3DataType: S
    S3Uri: S

class TransformDataSource(TypedDict, total=False):
    S3DataSource: X[TransformS3DataSource]

class TransformInput(TypedDict, total=False):
    DataSource: X[TransformDataSource]
    ContentType: S
    CompressionType: S
    SplitType: S

class TransformOutput(TypedDict, total=False):
    S3OutputPath: S
    Accept: S
    AssembleWith: S
    KmsKeyId: S

class TransformResources(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    VolumeKmsKeyId: S
    TransformAmiVersion: S

class TransformJobDefinition(TypedDict, total=False):
    MaxConcurrentTransforms: I
    MaxPayloadInMB: I
    BatchStrategy: S
    Environment: M[S]
    TransformInput: X[TransformInput]
    TransformOutput: X[TransformOutput]
    TransformResources: X[TransformResources]

class AlgorithmValidationProfile(TypedDict, total=False):
    ProfileName: S
    TrainingJobDefinition: X[TrainingJobDefinition]
    TransformJobDefinition: X[TransformJobDefinition]

class AlgorithmValidationSpecification(TypedDict, total=False):
    ValidationRole: S
    ValidationProfiles: L[Xi[AlgorithmValidationProfile]]

CreateAlgorithmParameters = TypedDict(
    "CreateAlgorithmParameters",
    {
        "AlgorithmName": S,
        "AlgorithmName.$": str,
        "AlgorithmDescription": S,
        "AlgorithmDescription.$": str,
        "TrainingSpecification": X[TrainingSpecification],
        "TrainingSpecification.$": str,
        "InferenceSpecification": X[InferenceSpecification],
        "InferenceSpecification.$": str,
        "ValidationSpecification": X[AlgorithmValidationSpecification],
        "ValidationSpecification.$": str,
        "CertifyForMarketplace": B,
        "CertifyForMarketplace.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ResourceSpec(TypedDict, total=False):
    SageMakerImageArn: S
    SageMakerImageVersionArn: S
    SageMakerImageVersionAlias: S
    InstanceType: S
    LifecycleConfigArn: S
    TrainingPlanArn: S

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "AppType": S,
        "AppType.$": str,
        "AppName": S,
        "AppName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ResourceSpec": X[ResourceSpec],
        "ResourceSpec.$": str,
        "RecoveryMode": B,
        "RecoveryMode.$": str,
    },
    total=False,
)

class KernelSpec(TypedDict, total=False):
    Name: S
    DisplayName: S

class FileSystemConfig(TypedDict, total=False):
    MountPath: S
    DefaultUid: I
    DefaultGid: I

class KernelGatewayImageConfig(TypedDict, total=False):
    KernelSpecs: L[Xi[KernelSpec]]
    FileSystemConfig: X[FileSystemConfig]

class ContainerConfig(TypedDict, total=False):
    ContainerArguments: L[Si]
    ContainerEntrypoint: L[Si]
    ContainerEnvironmentVariables: M[S]

class JupyterLabAppImageConfig(TypedDict, total=False):
    FileSystemConfig: X[FileSystemConfig]
    ContainerConfig: X[ContainerConfig]

class CodeEditorAppImageConfig(TypedDict, total=False):
    FileSystemConfig: X[FileSystemConfig]
    ContainerConfig: X[ContainerConfig]

CreateAppImageConfigParameters = TypedDict(
    "CreateAppImageConfigParameters",
    {
        "AppImageConfigName": S,
        "AppImageConfigName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KernelGatewayImageConfig": X[KernelGatewayImageConfig],
        "KernelGatewayImageConfig.$": str,
        "JupyterLabAppImageConfig": X[JupyterLabAppImageConfig],
        "JupyterLabAppImageConfig.$": str,
        "CodeEditorAppImageConfig": X[CodeEditorAppImageConfig],
        "CodeEditorAppImageConfig.$": str,
    },
    total=False,
)

class ArtifactSourceType(TypedDict, total=False):
    SourceIdType: S
    Value: S

class ArtifactSource(TypedDict, total=False):
    SourceUri: S
    SourceTypes: L[Xi[ArtifactSourceType]]

CreateArtifactParameters = TypedDict(
    "CreateArtifactParameters",
    {
        "ArtifactName": S,
        "ArtifactName.$": str,
        "Source": X[ArtifactSource],
        "Source.$": str,
        "ArtifactType": S,
        "ArtifactType.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "MetadataProperties": X[MetadataProperties],
        "MetadataProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AutoMLS3DataSource(TypedDict, total=False):
    S3DataType: S
    S3Uri: S

class AutoMLDataSource(TypedDict, total=False):
    S3DataSource: X[AutoMLS3DataSource]

class AutoMLChannel(TypedDict, total=False):
    DataSource: X[AutoMLDataSource]
    CompressionType: S
    TargetAttributeName: S
    ContentType: S
    ChannelType: S
    SampleWeightAttributeName: S

class AutoMLOutputDataConfig(TypedDict, total=False):
    KmsKeyId: S
    S3OutputPath: S

class AutoMLJobObjective(TypedDict, total=False):
    MetricName: S

class AutoMLJobCompletionCriteria(TypedDict, total=False):
    MaxCandidates: I
    MaxRuntimePerTrainingJobInSeconds: I
    MaxAutoMLJobRuntimeInSeconds: I

class AutoMLSecurityConfig(TypedDict, total=False):
    VolumeKmsKeyId: S
    EnableInterContainerTrafficEncryption: B
    VpcConfig: X[VpcConfig]

class AutoMLAlgorithmConfig(TypedDict, total=False):
    AutoMLAlgorithms: L[Si]

class AutoMLCandidateGenerationConfig(TypedDict, total=False):
    FeatureSpecificationS3Uri: S
    AlgorithmsConfig: L[Xi[AutoMLAlgorithmConfig]]

class AutoMLDataSplitConfig(TypedDict, total=False):
    ValidationFraction: F

class AutoMLJobConfig(TypedDict, total=False):
    CompletionCriteria: X[AutoMLJobCompletionCriteria]
    SecurityConfig: X[AutoMLSecurityConfig]
    CandidateGenerationConfig: X[AutoMLCandidateGenerationConfig]
    DataSplitConfig: X[AutoMLDataSplitConfig]
    Mode: S

class ModelDeployConfig(TypedDict, total=False):
    AutoGenerateEndpointName: B
    EndpointName: S

CreateAutoMLJobParameters = TypedDict(
    "CreateAutoMLJobParameters",
    {
        "AutoMLJobName": S,
        "AutoMLJobName.$": str,
        "InputDataConfig": L[Xi[AutoMLChannel]],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[AutoMLOutputDataConfig],
        "OutputDataConfig.$": str,
        "ProblemType": S,
        "ProblemType.$": str,
        "AutoMLJobObjective": X[AutoMLJobObjective],
        "AutoMLJobObjective.$": str,
        "AutoMLJobConfig": X[AutoMLJobConfig],
        "AutoMLJobConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "GenerateCandidateDefinitionsOnly": B,
        "GenerateCandidateDefinitionsOnly.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ModelDeployConfig": X[ModelDeployConfig],
        "ModelDeployConfig.$": str,
    },
    total=False,
)

class AutoMLJobChannel(TypedDict, total=False):
    ChannelType: S
    ContentType: S
    CompressionType: S
    DataSource: X[AutoMLDataSource]

class ImageClassificationJobConfig(TypedDict, total=False):
    CompletionCriteria: X[AutoMLJobCompletionCriteria]

class TextClassificationJobConfig(TypedDict, total=False):
    CompletionCriteria: X[AutoMLJobCompletionCriteria]
    ContentColumn: S
    TargetLabelColumn: S

class TimeSeriesTransformations(TypedDict, total=False):
    Filling: M[M[S]]
    Aggregation: M[S]

class TimeSeriesConfig(TypedDict, total=False):
    TargetAttributeName: S
    TimestampAttributeName: S
    ItemIdentifierAttributeName: S
    GroupingAttributeNames: L[Si]

class HolidayConfigAttributes(TypedDict, total=False):
    CountryCode: S

class CandidateGenerationConfig(TypedDict, total=False):
    AlgorithmsConfig: L[Xi[AutoMLAlgorithmConfig]]

class TimeSeriesForecastingJobConfig(TypedDict, total=False):
    FeatureSpecificationS3Uri: S
    CompletionCriteria: X[AutoMLJobCompletionCriteria]
    ForecastFrequency: S
    ForecastHorizon: I
    ForecastQuantiles: L[Si]
    Transformations: X[TimeSeriesTransformations]
    TimeSeriesConfig: X[TimeSeriesConfig]
    HolidayConfig: L[Xi[HolidayConfigAttributes]]
    CandidateGenerationConfig: X[CandidateGenerationConfig]

class TabularJobConfig(TypedDict, total=False):
    CandidateGenerationConfig: X[CandidateGenerationConfig]
    CompletionCriteria: X[AutoMLJobCompletionCriteria]
    FeatureSpecificationS3Uri: S
    Mode: S
    GenerateCandidateDefinitionsOnly: B
    ProblemType: S
    TargetAttributeName: S
    SampleWeightAttributeName: S

class TextGenerationJobConfig(TypedDict, total=False):
    CompletionCriteria: X[AutoMLJobCompletionCriteria]
    BaseModelName: S
    TextGenerationHyperParameters: M[S]
    ModelAccessConfig: X[ModelAccessConfig]

class AutoMLProblemTypeConfig(TypedDict, total=False):
    ImageClassificationJobConfig: X[ImageClassificationJobConfig]
    TextClassificationJobConfig: X[TextClassificationJobConfig]
    TimeSeriesForecastingJobConfig: X[TimeSeriesForecastingJobConfig]
    TabularJobConfig: X[TabularJobConfig]
    TextGenerationJobConfig: X[TextGenerationJobConfig]

class EmrServerlessComputeConfig(TypedDict, total=False):
    ExecutionRoleARN: S

class AutoMLComputeConfig(TypedDict, total=False):
    EmrServerlessComputeConfig: X[EmrServerlessComputeConfig]

CreateAutoMLJobV2Parameters = TypedDict(
    "CreateAutoMLJobV2Parameters",
    {
        "AutoMLJobName": S,
        "AutoMLJobName.$": str,
        "AutoMLJobInputDataConfig": L[Xi[AutoMLJobChannel]],
        "AutoMLJobInputDataConfig.$": str,
        "OutputDataConfig": X[AutoMLOutputDataConfig],
        "OutputDataConfig.$": str,
        "AutoMLProblemTypeConfig": X[AutoMLProblemTypeConfig],
        "AutoMLProblemTypeConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SecurityConfig": X[AutoMLSecurityConfig],
        "SecurityConfig.$": str,
        "AutoMLJobObjective": X[AutoMLJobObjective],
        "AutoMLJobObjective.$": str,
        "ModelDeployConfig": X[ModelDeployConfig],
        "ModelDeployConfig.$": str,
        "DataSplitConfig": X[AutoMLDataSplitConfig],
        "DataSplitConfig.$": str,
        "AutoMLComputeConfig": X[AutoMLComputeConfig],
        "AutoMLComputeConfig.$": str,
    },
    total=False,
)

class ClusterInstanceRequirements(TypedDict, total=False):
    InstanceTypes: L[Si]

class ClusterLifeCycleConfig(TypedDict, total=False):
    SourceS3Uri: S
    OnCreate: S
    OnInitComplete: S

class ClusterEbsVolumeConfig(TypedDict, total=False):
    VolumeSizeInGB: I
    VolumeKmsKeyId: S
    RootVolume: B

class ClusterFsxLustreConfig(TypedDict, total=False):
    DnsName: S
    MountName: S
    MountPath: S

class ClusterFsxOpenZfsConfig(TypedDict, total=False):
    DnsName: S
    MountPath: S

class ClusterInstanceStorageConfig(TypedDict, total=False):
    EbsVolumeConfig: X[ClusterEbsVolumeConfig]
    FsxLustreConfig: X[ClusterFsxLustreConfig]
    FsxOpenZfsConfig: X[ClusterFsxOpenZfsConfig]

class CapacitySizeConfig(TypedDict, total=False):
    Type: S
    Value: I

class RollingDeploymentPolicy(TypedDict, total=False):
    MaximumBatchSize: X[CapacitySizeConfig]
    RollbackMaximumBatchSize: X[CapacitySizeConfig]

class AlarmDetails(TypedDict, total=False):
    AlarmName: S

class DeploymentConfiguration(TypedDict, total=False):
    RollingUpdatePolicy: X[RollingDeploymentPolicy]
    WaitIntervalInSeconds: I
    AutoRollbackConfiguration: L[Xi[AlarmDetails]]

class ScheduledUpdateConfig(TypedDict, total=False):
    ScheduleExpression: S
    DeploymentConfig: X[DeploymentConfiguration]

class ClusterPatchSchedule(TypedDict, total=False):
    NextPatchDate: T

class ClusterDrainPolicy(TypedDict, total=False):
    DrainTimeoutInSeconds: I
    OnDrainTimeout: S

class ClusterAutoPatchConfig(TypedDict, total=False):
    PatchingStrategy: S
    PatchSchedule: X[ClusterPatchSchedule]
    DeploymentConfig: X[DeploymentConfiguration]
    IdleWaitWindowInSeconds: I
    DrainPolicy: X[ClusterDrainPolicy]

class ClusterKubernetesTaint(TypedDict, total=False):
    Key: S
    Value: S
    Effect: S

class ClusterKubernetesConfig(TypedDict, total=False):
    Labels: M[S]
    Taints: L[Xi[ClusterKubernetesTaint]]

class ClusterSlurmConfig(TypedDict, total=False):
    NodeType: S
    PartitionNames: L[Si]

class ClusterSpotOptions(TypedDict, total=False): ...
class ClusterOnDemandOptions(TypedDict, total=False): ...

class ClusterCapacityRequirements(TypedDict, total=False):
    Spot: X[ClusterSpotOptions]
    OnDemand: X[ClusterOnDemandOptions]

class ClusterNetworkInterface(TypedDict, total=False):
    InterfaceType: S

class ClusterInstanceGroupSpecification(TypedDict, total=False):
    InstanceCount: I
    MinInstanceCount: I
    InstanceGroupName: S
    InstanceType: S
    InstanceRequirements: X[ClusterInstanceRequirements]
    LifeCycleConfig: X[ClusterLifeCycleConfig]
    ExecutionRole: S
    ThreadsPerCore: I
    InstanceStorageConfigs: L[Xi[ClusterInstanceStorageConfig]]
    OnStartDeepHealthChecks: L[Si]
    TrainingPlanArn: S
    OverrideVpcConfig: X[VpcConfig]
    ScheduledUpdateConfig: X[ScheduledUpdateConfig]
    ImageId: S
    AutoPatchConfig: X[ClusterAutoPatchConfig]
    ImageReleaseVersion: S
    KubernetesConfig: X[ClusterKubernetesConfig]
    SlurmConfig: X[ClusterSlurmConfig]
    CapacityRequirements: X[ClusterCapacityRequirements]
    NetworkInterface: X[ClusterNetworkInterface]

class FSxLustreConfig(TypedDict, total=False):
    SizeInGiB: I
    PerUnitStorageThroughput: I

class EnvironmentConfig(TypedDict, total=False):
    FSxLustreConfig: X[FSxLustreConfig]

class ClusterRestrictedInstanceGroupSpecification(TypedDict, total=False):
    InstanceCount: I
    InstanceGroupName: S
    InstanceType: S
    ExecutionRole: S
    ThreadsPerCore: I
    InstanceStorageConfigs: L[Xi[ClusterInstanceStorageConfig]]
    OnStartDeepHealthChecks: L[Si]
    TrainingPlanArn: S
    OverrideVpcConfig: X[VpcConfig]
    ScheduledUpdateConfig: X[ScheduledUpdateConfig]
    EnvironmentConfig: X[EnvironmentConfig]

class ClusterSharedEnvironmentConfig(TypedDict, total=False):
    FSxLustreDeletionPolicy: S
    FSxLustreConfig: X[FSxLustreConfig]

class ClusterRestrictedInstanceGroupsConfig(TypedDict, total=False):
    SharedEnvironmentConfig: X[ClusterSharedEnvironmentConfig]

class ClusterOrchestratorEksConfig(TypedDict, total=False):
    ClusterArn: S

class ClusterAccountingDatabase(TypedDict, total=False):
    Endpoint: S
    Port: I
    Name: S
    SecretArn: S

class ClusterOrchestratorSlurmConfig(TypedDict, total=False):
    SlurmConfigStrategy: S
    AccountingDatabase: X[ClusterAccountingDatabase]

class ClusterOrchestrator(TypedDict, total=False):
    Eks: X[ClusterOrchestratorEksConfig]
    Slurm: X[ClusterOrchestratorSlurmConfig]

class ClusterTieredStorageConfig(TypedDict, total=False):
    Mode: S
    InstanceMemoryAllocationPercentage: I

class ClusterAutoScalingConfig(TypedDict, total=False):
    Mode: S
    AutoScalerType: S

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "InstanceGroups": L[Xi[ClusterInstanceGroupSpecification]],
        "InstanceGroups.$": str,
        "RestrictedInstanceGroups": L[Xi[ClusterRestrictedInstanceGroupSpecification]],
        "RestrictedInstanceGroups.$": str,
        "RestrictedInstanceGroupsConfig": X[ClusterRestrictedInstanceGroupsConfig],
        "RestrictedInstanceGroupsConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Orchestrator": X[ClusterOrchestrator],
        "Orchestrator.$": str,
        "NodeRecovery": S,
        "NodeRecovery.$": str,
        "TieredStorageConfig": X[ClusterTieredStorageConfig],
        "TieredStorageConfig.$": str,
        "NodeProvisioningMode": S,
        "NodeProvisioningMode.$": str,
        "ClusterRole": S,
        "ClusterRole.$": str,
        "AutoScaling": X[ClusterAutoScalingConfig],
        "AutoScaling.$": str,
    },
    total=False,
)
CreateClusterExtensionParameters = TypedDict(
    "CreateClusterExtensionParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ExtensionName": S,
        "ExtensionName.$": str,
        "ExtensionVersion": S,
        "ExtensionVersion.$": str,
        "ConfigurationValues": S,
        "ConfigurationValues.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PriorityClass(TypedDict, total=False):
    Name: S
    Weight: I

class SchedulerConfig(TypedDict, total=False):
    PriorityClasses: L[Xi[PriorityClass]]
    FairShare: S
    IdleResourceSharing: S

CreateClusterSchedulerConfigParameters = TypedDict(
    "CreateClusterSchedulerConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "SchedulerConfig": X[SchedulerConfig],
        "SchedulerConfig.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class GitConfig(TypedDict, total=False):
    RepositoryUrl: S
    Branch: S
    SecretArn: S

CreateCodeRepositoryParameters = TypedDict(
    "CreateCodeRepositoryParameters",
    {
        "CodeRepositoryName": S,
        "CodeRepositoryName.$": str,
        "GitConfig": X[GitConfig],
        "GitConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InputConfig(TypedDict, total=False):
    S3Uri: S
    DataInputConfig: S
    Framework: S
    FrameworkVersion: S

class TargetPlatform(TypedDict, total=False):
    Os: S
    Arch: S
    Accelerator: S

class OutputConfig(TypedDict, total=False):
    S3OutputLocation: S
    TargetDevice: S
    TargetPlatform: X[TargetPlatform]
    CompilerOptions: S
    KmsKeyId: S

class NeoVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

CreateCompilationJobParameters = TypedDict(
    "CreateCompilationJobParameters",
    {
        "CompilationJobName": S,
        "CompilationJobName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ModelPackageVersionArn": S,
        "ModelPackageVersionArn.$": str,
        "InputConfig": X[InputConfig],
        "InputConfig.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "VpcConfig": X[NeoVpcConfig],
        "VpcConfig.$": str,
        "StoppingCondition": X[StoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AcceleratorPartitionConfig(TypedDict, total=False):
    Type: S
    Count: I

class ComputeQuotaResourceConfig(TypedDict, total=False):
    InstanceType: S
    Count: I
    Accelerators: I
    VCpu: F
    MemoryInGiB: F
    AcceleratorPartition: X[AcceleratorPartitionConfig]

class ResourceSharingConfig(TypedDict, total=False):
    Strategy: S
    BorrowLimit: I
    AbsoluteBorrowLimits: L[Xi[ComputeQuotaResourceConfig]]

class ComputeQuotaConfig(TypedDict, total=False):
    ComputeQuotaResources: L[Xi[ComputeQuotaResourceConfig]]
    ResourceSharingConfig: X[ResourceSharingConfig]
    PreemptTeamTasks: S

class ComputeQuotaTarget(TypedDict, total=False):
    TeamName: S
    FairShareWeight: I

CreateComputeQuotaParameters = TypedDict(
    "CreateComputeQuotaParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ComputeQuotaConfig": X[ComputeQuotaConfig],
        "ComputeQuotaConfig.$": str,
        "ComputeQuotaTarget": X[ComputeQuotaTarget],
        "ComputeQuotaTarget.$": str,
        "ActivationState": S,
        "ActivationState.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ContextSource(TypedDict, total=False):
    SourceUri: S
    SourceType: S
    SourceId: S

CreateContextParameters = TypedDict(
    "CreateContextParameters",
    {
        "ContextName": S,
        "ContextName.$": str,
        "Source": X[ContextSource],
        "Source.$": str,
        "ContextType": S,
        "ContextType.$": str,
        "Description": S,
        "Description.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MonitoringConstraintsResource(TypedDict, total=False):
    S3Uri: S

class MonitoringStatisticsResource(TypedDict, total=False):
    S3Uri: S

class DataQualityBaselineConfig(TypedDict, total=False):
    BaseliningJobName: S
    ConstraintsResource: X[MonitoringConstraintsResource]
    StatisticsResource: X[MonitoringStatisticsResource]

class DataQualityAppSpecification(TypedDict, total=False):
    ImageUri: S
    ContainerEntrypoint: L[Si]
    ContainerArguments: L[Si]
    RecordPreprocessorSourceUri: S
    PostAnalyticsProcessorSourceUri: S
    Environment: M[S]

class EndpointInput(TypedDict, total=False):
    EndpointName: S
    LocalPath: S
    S3InputMode: S
    S3DataDistributionType: S
    FeaturesAttribute: S
    InferenceAttribute: S
    ProbabilityAttribute: S
    ProbabilityThresholdAttribute: F
    StartTimeOffset: S
    EndTimeOffset: S
    ExcludeFeaturesAttribute: S

class MonitoringCsvDatasetFormat(TypedDict, total=False):
    Header: B

class MonitoringJsonDatasetFormat(TypedDict, total=False):
    Line: B

class MonitoringParquetDatasetFormat(TypedDict, total=False): ...

class MonitoringDatasetFormat(TypedDict, total=False):
    Csv: X[MonitoringCsvDatasetFormat]
    Json: X[MonitoringJsonDatasetFormat]
    Parquet: X[MonitoringParquetDatasetFormat]

class BatchTransformInput(TypedDict, total=False):
    DataCapturedDestinationS3Uri: S
    DatasetFormat: X[MonitoringDatasetFormat]
    LocalPath: S
    S3InputMode: S
    S3DataDistributionType: S
    FeaturesAttribute: S
    InferenceAttribute: S
    ProbabilityAttribute: S
    ProbabilityThresholdAttribute: F
    StartTimeOffset: S
    EndTimeOffset: S
    ExcludeFeaturesAttribute: S

class DataQualityJobInput(TypedDict, total=False):
    EndpointInput: X[EndpointInput]
    BatchTransformInput: X[BatchTransformInput]

class MonitoringS3Output(TypedDict, total=False):
    S3Uri: S
    LocalPath: S
    S3UploadMode: S

class MonitoringOutput(TypedDict, total=False):
    S3Output: X[MonitoringS3Output]

class MonitoringOutputConfig(TypedDict, total=False):
    MonitoringOutputs: L[Xi[MonitoringOutput]]
    KmsKeyId: S

class MonitoringClusterConfig(TypedDict, total=False):
    InstanceCount: I
    InstanceType: S
    VolumeSizeInGB: I
    VolumeKmsKeyId: S

class MonitoringResources(TypedDict, total=False):
    ClusterConfig: X[MonitoringClusterConfig]

class MonitoringNetworkConfig(TypedDict, total=False):
    EnableInterContainerTrafficEncryption: B
    EnableNetworkIsolation: B
    VpcConfig: X[VpcConfig]

class MonitoringStoppingCondition(TypedDict, total=False):
    MaxRuntimeInSeconds: I

CreateDataQualityJobDefinitionParameters = TypedDict(
    "CreateDataQualityJobDefinitionParameters",
    {
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "DataQualityBaselineConfig": X[DataQualityBaselineConfig],
        "DataQualityBaselineConfig.$": str,
        "DataQualityAppSpecification": X[DataQualityAppSpecification],
        "DataQualityAppSpecification.$": str,
        "DataQualityJobInput": X[DataQualityJobInput],
        "DataQualityJobInput.$": str,
        "DataQualityJobOutputConfig": X[MonitoringOutputConfig],
        "DataQualityJobOutputConfig.$": str,
        "JobResources": X[MonitoringResources],
        "JobResources.$": str,
        "NetworkConfig": X[MonitoringNetworkConfig],
        "NetworkConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "StoppingCondition": X[MonitoringStoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EdgeOutputConfig(TypedDict, total=False):
    S3OutputLocation: S
    KmsKeyId: S
    PresetDeploymentType: S
    PresetDeploymentConfig: S

CreateDeviceFleetParameters = TypedDict(
    "CreateDeviceFleetParameters",
    {
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "OutputConfig": X[EdgeOutputConfig],
        "OutputConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EnableIotRoleAlias": B,
        "EnableIotRoleAlias.$": str,
    },
    total=False,
)

class SharingSettings(TypedDict, total=False):
    NotebookOutputOption: S
    S3OutputPath: S
    S3KmsKeyId: S

class CodeRepository(TypedDict, total=False):
    RepositoryUrl: S

class JupyterServerAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    LifecycleConfigArns: L[Si]
    CodeRepositories: L[Xi[CodeRepository]]

class CustomImage(TypedDict, total=False):
    ImageName: S
    ImageVersionNumber: I
    AppImageConfigName: S

class KernelGatewayAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    CustomImages: L[Xi[CustomImage]]
    LifecycleConfigArns: L[Si]

class TensorBoardAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]

class RStudioServerProAppSettings(TypedDict, total=False):
    AccessStatus: S
    UserGroup: S

class RSessionAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    CustomImages: L[Xi[CustomImage]]

class TimeSeriesForecastingSettings(TypedDict, total=False):
    Status: S
    AmazonForecastRoleArn: S

class ModelRegisterSettings(TypedDict, total=False):
    Status: S
    CrossAccountModelRegisterRoleArn: S

class WorkspaceSettings(TypedDict, total=False):
    S3ArtifactPath: S
    S3KmsKeyId: S

class IdentityProviderOAuthSetting(TypedDict, total=False):
    DataSourceName: S
    Status: S
    SecretArn: S

class DirectDeploySettings(TypedDict, total=False):
    Status: S

class KendraSettings(TypedDict, total=False):
    Status: S

class GenerativeAiSettings(TypedDict, total=False):
    AmazonBedrockRoleArn: S

class EmrServerlessSettings(TypedDict, total=False):
    ExecutionRoleArn: S
    Status: S

class CanvasAppSettings(TypedDict, total=False):
    TimeSeriesForecastingSettings: X[TimeSeriesForecastingSettings]
    ModelRegisterSettings: X[ModelRegisterSettings]
    WorkspaceSettings: X[WorkspaceSettings]
    IdentityProviderOAuthSettings: L[Xi[IdentityProviderOAuthSetting]]
    DirectDeploySettings: X[DirectDeploySettings]
    KendraSettings: X[KendraSettings]
    GenerativeAiSettings: X[GenerativeAiSettings]
    EmrServerlessSettings: X[EmrServerlessSettings]

class IdleSettings(TypedDict, total=False):
    LifecycleManagement: S
    IdleTimeoutInMinutes: I
    MinIdleTimeoutInMinutes: I
    MaxIdleTimeoutInMinutes: I

class AppLifecycleManagement(TypedDict, total=False):
    IdleSettings: X[IdleSettings]

class CodeEditorAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    CustomImages: L[Xi[CustomImage]]
    LifecycleConfigArns: L[Si]
    AppLifecycleManagement: X[AppLifecycleManagement]
    BuiltInLifecycleConfigArn: S

class EmrSettings(TypedDict, total=False):
    AssumableRoleArns: L[Si]
    ExecutionRoleArns: L[Si]

class JupyterLabAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    CustomImages: L[Xi[CustomImage]]
    LifecycleConfigArns: L[Si]
    CodeRepositories: L[Xi[CodeRepository]]
    AppLifecycleManagement: X[AppLifecycleManagement]
    EmrSettings: X[EmrSettings]
    BuiltInLifecycleConfigArn: S

class DefaultEbsStorageSettings(TypedDict, total=False):
    DefaultEbsVolumeSizeInGb: I
    MaximumEbsVolumeSizeInGb: I

class DefaultSpaceStorageSettings(TypedDict, total=False):
    DefaultEbsStorageSettings: X[DefaultEbsStorageSettings]

class CustomPosixUserConfig(TypedDict, total=False):
    Uid: I
    Gid: I

class EFSFileSystemConfig(TypedDict, total=False):
    FileSystemId: S
    FileSystemPath: S

class FSxLustreFileSystemConfig(TypedDict, total=False):
    FileSystemId: S
    FileSystemPath: S

class S3FileSystemConfig(TypedDict, total=False):
    MountPath: S
    S3Uri: S

class CustomFileSystemConfig(TypedDict, total=False):
    EfsFileSystemConfig: X[EFSFileSystemConfig]
    FSxLustreFileSystemConfig: X[FSxLustreFileSystemConfig]
    S3FileSystemConfig: X[S3FileSystemConfig]

class HiddenSageMakerImage(TypedDict, total=False):
    SageMakerImageName: S
    VersionAliases: L[Si]

class StudioWebPortalSettings(TypedDict, total=False):
    HiddenMlTools: L[Si]
    HiddenAppTypes: L[Si]
    HiddenInstanceTypes: L[Si]
    HiddenSageMakerImageVersionAliases: L[Xi[HiddenSageMakerImage]]
    ExecutionRoleSessionNameMode: S

class UserSettings(TypedDict, total=False):
    ExecutionRole: S
    SecurityGroups: L[Si]
    SharingSettings: X[SharingSettings]
    JupyterServerAppSettings: X[JupyterServerAppSettings]
    KernelGatewayAppSettings: X[KernelGatewayAppSettings]
    TensorBoardAppSettings: X[TensorBoardAppSettings]
    RStudioServerProAppSettings: X[RStudioServerProAppSettings]
    RSessionAppSettings: X[RSessionAppSettings]
    CanvasAppSettings: X[CanvasAppSettings]
    CodeEditorAppSettings: X[CodeEditorAppSettings]
    JupyterLabAppSettings: X[JupyterLabAppSettings]
    SpaceStorageSettings: X[DefaultSpaceStorageSettings]
    DefaultLandingUri: S
    StudioWebPortal: S
    CustomPosixUserConfig: X[CustomPosixUserConfig]
    CustomFileSystemConfigs: L[Xi[CustomFileSystemConfig]]
    StudioWebPortalSettings: X[StudioWebPortalSettings]
    AutoMountHomeEFS: S

class RStudioServerProDomainSettings(TypedDict, total=False):
    DomainExecutionRoleArn: S
    RStudioConnectUrl: S
    RStudioPackageManagerUrl: S
    DefaultResourceSpec: X[ResourceSpec]

class TrustedIdentityPropagationSettings(TypedDict, total=False):
    Status: S

class DockerSettings(TypedDict, total=False):
    EnableDockerAccess: S
    VpcOnlyTrustedAccounts: L[Si]
    RootlessDocker: S

class AmazonQSettings(TypedDict, total=False):
    Status: S
    QProfileArn: S

class UnifiedStudioSettings(TypedDict, total=False):
    StudioWebPortalAccess: S
    DomainAccountId: S
    DomainRegion: S
    DomainId: S
    ProjectId: S
    EnvironmentId: S
    ProjectS3Path: S
    SingleSignOnApplicationArn: S

class DomainSettings(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    RStudioServerProDomainSettings: X[RStudioServerProDomainSettings]
    ExecutionRoleIdentityConfig: S
    TrustedIdentityPropagationSettings: X[TrustedIdentityPropagationSettings]
    DockerSettings: X[DockerSettings]
    AmazonQSettings: X[AmazonQSettings]
    UnifiedStudioSettings: X[UnifiedStudioSettings]
    IpAddressType: S

class DefaultSpaceSettings(TypedDict, total=False):
    ExecutionRole: S
    SecurityGroups: L[Si]
    JupyterServerAppSettings: X[JupyterServerAppSettings]
    KernelGatewayAppSettings: X[KernelGatewayAppSettings]
    JupyterLabAppSettings: X[JupyterLabAppSettings]
    SpaceStorageSettings: X[DefaultSpaceStorageSettings]
    CustomPosixUserConfig: X[CustomPosixUserConfig]
    CustomFileSystemConfigs: L[Xi[CustomFileSystemConfig]]

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AuthMode": S,
        "AuthMode.$": str,
        "DefaultUserSettings": X[UserSettings],
        "DefaultUserSettings.$": str,
        "DomainSettings": X[DomainSettings],
        "DomainSettings.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AppNetworkAccessType": S,
        "AppNetworkAccessType.$": str,
        "HomeEfsFileSystemKmsKeyId": S,
        "HomeEfsFileSystemKmsKeyId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AppSecurityGroupManagement": S,
        "AppSecurityGroupManagement.$": str,
        "HomeEfsFileSystemCreation": S,
        "HomeEfsFileSystemCreation.$": str,
        "TagPropagation": S,
        "TagPropagation.$": str,
        "DefaultSpaceSettings": X[DefaultSpaceSettings],
        "DefaultSpaceSettings.$": str,
    },
    total=False,
)

class EdgeDeploymentModelConfig(TypedDict, total=False):
    ModelHandle: S
    EdgePackagingJobName: S

class DeviceSelectionConfig(TypedDict, total=False):
    DeviceSubsetType: S
    Percentage: I
    DeviceNames: L[Si]
    DeviceNameContains: S

class EdgeDeploymentConfig(TypedDict, total=False):
    FailureHandlingPolicy: S

class DeploymentStage(TypedDict, total=False):
    StageName: S
    DeviceSelectionConfig: X[DeviceSelectionConfig]
    DeploymentConfig: X[EdgeDeploymentConfig]

CreateEdgeDeploymentPlanParameters = TypedDict(
    "CreateEdgeDeploymentPlanParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "ModelConfigs": L[Xi[EdgeDeploymentModelConfig]],
        "ModelConfigs.$": str,
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
        "Stages": L[Xi[DeploymentStage]],
        "Stages.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateEdgeDeploymentStageParameters = TypedDict(
    "CreateEdgeDeploymentStageParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "Stages": L[Xi[DeploymentStage]],
        "Stages.$": str,
    },
    total=False,
)
CreateEdgePackagingJobParameters = TypedDict(
    "CreateEdgePackagingJobParameters",
    {
        "EdgePackagingJobName": S,
        "EdgePackagingJobName.$": str,
        "CompilationJobName": S,
        "CompilationJobName.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "ModelVersion": S,
        "ModelVersion.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "OutputConfig": X[EdgeOutputConfig],
        "OutputConfig.$": str,
        "ResourceKey": S,
        "ResourceKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CapacitySize(TypedDict, total=False):
    Type: S
    Value: I

class TrafficRoutingConfig(TypedDict, total=False):
    Type: S
    WaitIntervalInSeconds: I
    CanarySize: X[CapacitySize]
    LinearStepSize: X[CapacitySize]

class BlueGreenUpdatePolicy(TypedDict, total=False):
    TrafficRoutingConfiguration: X[TrafficRoutingConfig]
    TerminationWaitInSeconds: I
    MaximumExecutionTimeoutInSeconds: I

class RollingUpdatePolicy(TypedDict, total=False):
    MaximumBatchSize: X[CapacitySize]
    WaitIntervalInSeconds: I
    MaximumExecutionTimeoutInSeconds: I
    RollbackMaximumBatchSize: X[CapacitySize]

class Alarm(TypedDict, total=False):
    AlarmName: S

class AutoRollbackConfig(TypedDict, total=False):
    Alarms: L[Xi[Alarm]]

class DeploymentConfig(TypedDict, total=False):
    BlueGreenUpdatePolicy: X[BlueGreenUpdatePolicy]
    RollingUpdatePolicy: X[RollingUpdatePolicy]
    AutoRollbackConfiguration: X[AutoRollbackConfig]

CreateEndpointParameters = TypedDict(
    "CreateEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "EndpointConfigName": S,
        "EndpointConfigName.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InstancePool(TypedDict, total=False):
    InstanceType: S
    ModelNameOverride: S
    Priority: I

class ProductionVariantCoreDumpConfig(TypedDict, total=False):
    DestinationS3Uri: S
    KmsKeyId: S

class ProductionVariantServerlessConfig(TypedDict, total=False):
    MemorySizeInMB: I
    MaxConcurrency: I
    ProvisionedConcurrency: I

class ProductionVariantManagedInstanceScalingScaleInPolicy(TypedDict, total=False):
    Strategy: S
    MaximumStepSize: I
    CooldownInMinutes: I

class ProductionVariantManagedInstanceScaling(TypedDict, total=False):
    Status: S
    MinInstanceCount: I
    MaxInstanceCount: I
    ScaleInPolicy: X[ProductionVariantManagedInstanceScalingScaleInPolicy]

class PrefixAwareRoutingConfig(TypedDict, total=False):
    PrefixLength: I
    ConcurrencyThreshold: I

class ProductionVariantRoutingConfig(TypedDict, total=False):
    RoutingStrategy: S
    PrefixAwareRoutingConfig: X[PrefixAwareRoutingConfig]

class ProductionVariantCapacityReservationConfig(TypedDict, total=False):
    CapacityReservationPreference: S
    MlReservationArn: S

class AcceleratorPartitionLayout(TypedDict, total=False):
    AcceleratorPartitionTypes: L[Si]

class ProductionVariant(TypedDict, total=False):
    VariantName: S
    ModelName: S
    InitialInstanceCount: I
    InstanceType: S
    InstancePools: L[Xi[InstancePool]]
    VariantInstanceProvisionTimeoutInSeconds: I
    InitialVariantWeight: F
    AcceleratorType: S
    CoreDumpConfig: X[ProductionVariantCoreDumpConfig]
    ServerlessConfig: X[ProductionVariantServerlessConfig]
    VolumeSizeInGB: I
    ModelDataDownloadTimeoutInSeconds: I
    ContainerStartupHealthCheckTimeoutInSeconds: I
    EnableSSMAccess: B
    ManagedInstanceScaling: X[ProductionVariantManagedInstanceScaling]
    RoutingConfig: X[ProductionVariantRoutingConfig]
    InferenceAmiVersion: S
    CapacityReservationConfig: X[ProductionVariantCapacityReservationConfig]
    AcceleratorPartitionLayouts: L[Xi[AcceleratorPartitionLayout]]

class CaptureOption(TypedDict, total=False):
    CaptureMode: S

class CaptureContentTypeHeader(TypedDict, total=False):
    CsvContentTypes: L[Si]
    JsonContentTypes: L[Si]

class DataCaptureConfig(TypedDict, total=False):
    EnableCapture: B
    InitialSamplingPercentage: I
    DestinationS3Uri: S
    KmsKeyId: S
    CaptureOptions: L[Xi[CaptureOption]]
    CaptureContentTypeHeader: X[CaptureContentTypeHeader]

class AsyncInferenceClientConfig(TypedDict, total=False):
    MaxConcurrentInvocationsPerInstance: I

class AsyncInferenceNotificationConfig(TypedDict, total=False):
    SuccessTopic: S
    ErrorTopic: S
    IncludeInferenceResponseIn: L[Si]

class AsyncInferenceOutputConfig(TypedDict, total=False):
    KmsKeyId: S
    S3OutputPath: S
    NotificationConfig: X[AsyncInferenceNotificationConfig]
    S3FailurePath: S

class AsyncInferenceConfig(TypedDict, total=False):
    ClientConfig: X[AsyncInferenceClientConfig]
    OutputConfig: X[AsyncInferenceOutputConfig]

class ClarifyInferenceConfig(TypedDict, total=False):
    FeaturesAttribute: S
    ContentTemplate: S
    MaxRecordCount: I
    MaxPayloadInMB: I
    ProbabilityIndex: I
    LabelIndex: I
    ProbabilityAttribute: S
    LabelAttribute: S
    LabelHeaders: L[Si]
    FeatureHeaders: L[Si]
    FeatureTypes: L[Si]

class ClarifyShapBaselineConfig(TypedDict, total=False):
    MimeType: S
    ShapBaseline: S
    ShapBaselineUri: S

class ClarifyTextConfig(TypedDict, total=False):
    Language: S
    Granularity: S

class ClarifyShapConfig(TypedDict, total=False):
    ShapBaselineConfig: X[ClarifyShapBaselineConfig]
    NumberOfSamples: I
    UseLogit: B
    Seed: I
    TextConfig: X[ClarifyTextConfig]

class ClarifyExplainerConfig(TypedDict, total=False):
    EnableExplanations: S
    InferenceConfig: X[ClarifyInferenceConfig]
    ShapConfig: X[ClarifyShapConfig]

class ExplainerConfig(TypedDict, total=False):
    ClarifyExplainerConfig: X[ClarifyExplainerConfig]

class MetricsConfig(TypedDict, total=False):
    EnableEnhancedMetrics: B
    EnableDetailedObservability: B
    MetricPublishFrequencyInSeconds: I

class TracingConfig(TypedDict, total=False):
    EnableTracing: B
    InitialSamplingPercentage: I
    LargePayloadDeliveryS3Uri: S
    KmsKeyId: S

class CrossRegionTrafficConfig(TypedDict, total=False):
    MaxInvocationsPerSecondPerInstance: I
    MaxCrossRegionPercentPerEndpoint: I

CreateEndpointConfigParameters = TypedDict(
    "CreateEndpointConfigParameters",
    {
        "EndpointConfigName": S,
        "EndpointConfigName.$": str,
        "ProductionVariants": L[Xi[ProductionVariant]],
        "ProductionVariants.$": str,
        "DataCaptureConfig": X[DataCaptureConfig],
        "DataCaptureConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AsyncInferenceConfig": X[AsyncInferenceConfig],
        "AsyncInferenceConfig.$": str,
        "ExplainerConfig": X[ExplainerConfig],
        "ExplainerConfig.$": str,
        "ShadowProductionVariants": L[Xi[ProductionVariant]],
        "ShadowProductionVariants.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnableNetworkIsolation": B,
        "EnableNetworkIsolation.$": str,
        "MetricsConfig": X[MetricsConfig],
        "MetricsConfig.$": str,
        "TracingConfig": X[TracingConfig],
        "TracingConfig.$": str,
        "CrossRegionTrafficConfig": X[CrossRegionTrafficConfig],
        "CrossRegionTrafficConfig.$": str,
    },
    total=False,
)
CreateExperimentParameters = TypedDict(
    "CreateExperimentParameters",
    {
        "ExperimentName": S,
        "ExperimentName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class VectorConfig(TypedDict, total=False):
    Dimension: I

class CollectionConfig(TypedDict, total=False):
    VectorConfig: X[VectorConfig]

class FeatureDefinition(TypedDict, total=False):
    FeatureName: S
    FeatureType: S
    CollectionType: S
    CollectionConfig: X[CollectionConfig]

class OnlineStoreSecurityConfig(TypedDict, total=False):
    KmsKeyId: S

class TtlDuration(TypedDict, total=False):
    Unit: S
    Value: I

class OnlineStoreConfig(TypedDict, total=False):
    SecurityConfig: X[OnlineStoreSecurityConfig]
    EnableOnlineStore: B
    TtlDuration: X[TtlDuration]
    StorageType: S

class S3StorageConfig(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S
    ResolvedOutputS3Uri: S

class DataCatalogConfig(TypedDict, total=False):
    TableName: S
    Catalog: S
    Database: S

class OfflineStoreConfig(TypedDict, total=False):
    S3StorageConfig: X[S3StorageConfig]
    DisableGlueTableCreation: B
    DataCatalogConfig: X[DataCatalogConfig]
    TableFormat: S

class ThroughputConfig(TypedDict, total=False):
    ThroughputMode: S
    ProvisionedReadCapacityUnits: I
    ProvisionedWriteCapacityUnits: I

CreateFeatureGroupParameters = TypedDict(
    "CreateFeatureGroupParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "RecordIdentifierFeatureName": S,
        "RecordIdentifierFeatureName.$": str,
        "EventTimeFeatureName": S,
        "EventTimeFeatureName.$": str,
        "FeatureDefinitions": L[Xi[FeatureDefinition]],
        "FeatureDefinitions.$": str,
        "OnlineStoreConfig": X[OnlineStoreConfig],
        "OnlineStoreConfig.$": str,
        "OfflineStoreConfig": X[OfflineStoreConfig],
        "OfflineStoreConfig.$": str,
        "ThroughputConfig": X[ThroughputConfig],
        "ThroughputConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class HumanLoopRequestSource(TypedDict, total=False):
    AwsManagedHumanLoopRequestSource: S

class HumanLoopActivationConditionsConfig(TypedDict, total=False):
    HumanLoopActivationConditions: S

class HumanLoopActivationConfig(TypedDict, total=False):
    HumanLoopActivationConditionsConfig: X[HumanLoopActivationConditionsConfig]

class USD(TypedDict, total=False):
    Dollars: I
    Cents: I
    TenthFractionsOfACent: I

class PublicWorkforceTaskPrice(TypedDict, total=False):
    AmountInUsd: X[USD]

class HumanLoopConfig(TypedDict, total=False):
    WorkteamArn: S
    HumanTaskUiArn: S
    TaskTitle: S
    TaskDescription: S
    TaskCount: I
    TaskAvailabilityLifetimeInSeconds: I
    TaskTimeLimitInSeconds: I
    TaskKeywords: L[Si]
    PublicWorkforceTaskPrice: X[PublicWorkforceTaskPrice]

class FlowDefinitionOutputConfig(TypedDict, total=False):
    S3OutputPath: S
    KmsKeyId: S

CreateFlowDefinitionParameters = TypedDict(
    "CreateFlowDefinitionParameters",
    {
        "FlowDefinitionName": S,
        "FlowDefinitionName.$": str,
        "HumanLoopRequestSource": X[HumanLoopRequestSource],
        "HumanLoopRequestSource.$": str,
        "HumanLoopActivationConfig": X[HumanLoopActivationConfig],
        "HumanLoopActivationConfig.$": str,
        "HumanLoopConfig": X[HumanLoopConfig],
        "HumanLoopConfig.$": str,
        "OutputConfig": X[FlowDefinitionOutputConfig],
        "OutputConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class GlobalInferenceGatewayRoutingWeights(TypedDict, total=False):
    KvHeadroom: F
    QueueDepth: F
    RegionProximity: F
    ErrorRate: F

class GlobalInferenceGatewayRouting(TypedDict, total=False):
    Weights: X[GlobalInferenceGatewayRoutingWeights]

class GlobalInferenceGatewayMember(TypedDict, total=False):
    Name: S
    Namespace: S
    ClusterArn: S

CreateGlobalInferenceGatewayParameters = TypedDict(
    "CreateGlobalInferenceGatewayParameters",
    {
        "Name": S,
        "Name.$": str,
        "Routing": X[GlobalInferenceGatewayRouting],
        "Routing.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Gateways": L[Xi[GlobalInferenceGatewayMember]],
        "Gateways.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class HubS3StorageConfig(TypedDict, total=False):
    S3OutputPath: S

CreateHubParameters = TypedDict(
    "CreateHubParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubDescription": S,
        "HubDescription.$": str,
        "HubDisplayName": S,
        "HubDisplayName.$": str,
        "HubSearchKeywords": L[Si],
        "HubSearchKeywords.$": str,
        "S3StorageConfig": X[HubS3StorageConfig],
        "S3StorageConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PresignedUrlAccessConfig(TypedDict, total=False):
    AcceptEula: B
    ExpectedS3Url: S

CreateHubContentPresignedUrlsParameters = TypedDict(
    "CreateHubContentPresignedUrlsParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentVersion": S,
        "HubContentVersion.$": str,
        "AccessConfig": X[PresignedUrlAccessConfig],
        "AccessConfig.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
CreateHubContentReferenceParameters = TypedDict(
    "CreateHubContentReferenceParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "SageMakerPublicHubContentArn": S,
        "SageMakerPublicHubContentArn.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "MinVersion": S,
        "MinVersion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class UiTemplate(TypedDict, total=False):
    Content: S

CreateHumanTaskUiParameters = TypedDict(
    "CreateHumanTaskUiParameters",
    {
        "HumanTaskUiName": S,
        "HumanTaskUiName.$": str,
        "UiTemplate": X[UiTemplate],
        "UiTemplate.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class HyperbandStrategyConfig(TypedDict, total=False):
    MinResource: I
    MaxResource: I

class HyperParameterTuningJobStrategyConfig(TypedDict, total=False):
    HyperbandStrategyConfig: X[HyperbandStrategyConfig]

class ResourceLimits(TypedDict, total=False):
    MaxNumberOfTrainingJobs: I
    MaxParallelTrainingJobs: I
    MaxRuntimeInSeconds: I

class IntegerParameterRange(TypedDict, total=False):
    Name: S
    MinValue: S
    MaxValue: S
    ScalingType: S

class ContinuousParameterRange(TypedDict, total=False):
    Name: S
    MinValue: S
    MaxValue: S
    ScalingType: S

class CategoricalParameterRange(TypedDict, total=False):
    Name: S
    Values: L[Si]

class AutoParameter(TypedDict, total=False):
    Name: S
    ValueHint: S

class ParameterRanges(TypedDict, total=False):
    IntegerParameterRanges: L[Xi[IntegerParameterRange]]
    ContinuousParameterRanges: L[Xi[ContinuousParameterRange]]
    CategoricalParameterRanges: L[Xi[CategoricalParameterRange]]
    AutoParameters: L[Xi[AutoParameter]]

class BestObjectiveNotImproving(TypedDict, total=False):
    MaxNumberOfTrainingJobsNotImproving: I

class ConvergenceDetected(TypedDict, total=False):
    CompleteOnConvergence: S

class TuningJobCompletionCriteria(TypedDict, total=False):
    TargetObjectiveMetricValue: F
    BestObjectiveNotImproving: X[BestObjectiveNotImproving]
    ConvergenceDetected: X[ConvergenceDetected]

class HyperParameterTuningJobConfig(TypedDict, total=False):
    Strategy: S
    StrategyConfig: X[HyperParameterTuningJobStrategyConfig]
    HyperParameterTuningJobObjective: X[HyperParameterTuningJobObjective]
    ResourceLimits: X[ResourceLimits]
    ParameterRanges: X[ParameterRanges]
    TrainingJobEarlyStoppingType: S
    TuningJobCompletionCriteria: X[TuningJobCompletionCriteria]
    RandomSeed: I

class HyperParameterAlgorithmSpecification(TypedDict, total=False):
    TrainingImage: S
    TrainingInputMode: S
    AlgorithmName: S
    MetricDefinitions: L[Xi[MetricDefinition]]

class HyperParameterTuningInstanceConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    VolumeSizeInGB: I

class HyperParameterTuningResourceConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    VolumeSizeInGB: I
    VolumeKmsKeyId: S
    AllocationStrategy: S
    InstanceConfigs: L[Xi[HyperParameterTuningInstanceConfig]]

class CheckpointConfig(TypedDict, total=False):
    S3Uri: S
    LocalPath: S

class RetryStrategy(TypedDict, total=False):
    MaximumRetryAttempts: I

class HyperParameterTrainingJobDefinition(TypedDict, total=False):
    DefinitionName: S
    TuningObjective: X[HyperParameterTuningJobObjective]
    HyperParameterRanges: X[ParameterRanges]
    StaticHyperParameters: M[S]
    AlgorithmSpecification: X[HyperParameterAlgorithmSpecification]
    RoleArn: S
    InputDataConfig: L[Xi[Channel]]
    VpcConfig: X[VpcConfig]
    OutputDataConfig: X[OutputDataConfig]
    ResourceConfig: X[ResourceConfig]
    HyperParameterTuningResourceConfig: X[HyperParameterTuningResourceConfig]
    StoppingCondition: X[StoppingCondition]
    EnableNetworkIsolation: B
    EnableInterContainerTrafficEncryption: B
    EnableManagedSpotTraining: B
    CheckpointConfig: X[CheckpointConfig]
    RetryStrategy: X[RetryStrategy]
    Environment: M[S]

class ParentHyperParameterTuningJob(TypedDict, total=False):
    HyperParameterTuningJobName: S

class HyperParameterTuningJobWarmStartConfig(TypedDict, total=False):
    ParentHyperParameterTuningJobs: L[Xi[ParentHyperParameterTuningJob]]
    WarmStartType: S

class Autotune(TypedDict, total=False):
    Mode: S

CreateHyperParameterTuningJobParameters = TypedDict(
    "CreateHyperParameterTuningJobParameters",
    {
        "HyperParameterTuningJobName": S,
        "HyperParameterTuningJobName.$": str,
        "HyperParameterTuningJobConfig": X[HyperParameterTuningJobConfig],
        "HyperParameterTuningJobConfig.$": str,
        "TrainingJobDefinition": X[HyperParameterTrainingJobDefinition],
        "TrainingJobDefinition.$": str,
        "TrainingJobDefinitions": L[Xi[HyperParameterTrainingJobDefinition]],
        "TrainingJobDefinitions.$": str,
        "WarmStartConfig": X[HyperParameterTuningJobWarmStartConfig],
        "WarmStartConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Autotune": X[Autotune],
        "Autotune.$": str,
    },
    total=False,
)
CreateImageParameters = TypedDict(
    "CreateImageParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateImageVersionParameters = TypedDict(
    "CreateImageVersionParameters",
    {
        "BaseImage": S,
        "BaseImage.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "Aliases": L[Si],
        "Aliases.$": str,
        "VendorGuidance": S,
        "VendorGuidance.$": str,
        "JobType": S,
        "JobType.$": str,
        "MlFramework": S,
        "MlFramework.$": str,
        "ProgrammingLang": S,
        "ProgrammingLang.$": str,
        "Processor": S,
        "Processor.$": str,
        "Horovod": B,
        "Horovod.$": str,
        "ReleaseNotes": S,
        "ReleaseNotes.$": str,
    },
    total=False,
)

class MetricsEndpoint(TypedDict, total=False):
    MetricsEndpointPath: S
    MetricPublishFrequencyInSeconds: I

class ContainerMetricsConfig(TypedDict, total=False):
    MetricsEndpoints: L[Xi[MetricsEndpoint]]

class InferenceComponentContainerSpecification(TypedDict, total=False):
    Image: S
    ArtifactUrl: S
    Environment: M[S]
    ContainerMetricsConfig: X[ContainerMetricsConfig]

class InferenceComponentStartupParameters(TypedDict, total=False):
    ModelDataDownloadTimeoutInSeconds: I
    ContainerStartupHealthCheckTimeoutInSeconds: I

class InferenceComponentComputeResourceRequirements(TypedDict, total=False):
    NumberOfCpuCoresRequired: F
    NumberOfAcceleratorDevicesRequired: F
    MinMemoryRequiredInMb: I
    MaxMemoryRequiredInMb: I
    AcceleratorPartitionType: S

class InferenceComponentDataCacheConfig(TypedDict, total=False):
    EnableCaching: B

class InferenceComponentAvailabilityZoneBalance(TypedDict, total=False):
    EnforcementMode: S
    MaxImbalance: I

class InferenceComponentSchedulingConfig(TypedDict, total=False):
    PlacementStrategy: S
    AvailabilityZoneBalance: X[InferenceComponentAvailabilityZoneBalance]

class InferenceComponentSpecification(TypedDict, total=False):
    InstanceType: S
    ModelName: S
    Container: X[InferenceComponentContainerSpecification]
    StartupParameters: X[InferenceComponentStartupParameters]
    ComputeResourceRequirements: X[InferenceComponentComputeResourceRequirements]
    BaseInferenceComponentName: S
    DataCacheConfig: X[InferenceComponentDataCacheConfig]
    SchedulingConfig: X[InferenceComponentSchedulingConfig]

class InferenceComponentRuntimeConfig(TypedDict, total=False):
    CopyCount: I

CreateInferenceComponentParameters = TypedDict(
    "CreateInferenceComponentParameters",
    {
        "InferenceComponentName": S,
        "InferenceComponentName.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "VariantName": S,
        "VariantName.$": str,
        "Specification": X[InferenceComponentSpecification],
        "Specification.$": str,
        "Specifications": L[Xi[InferenceComponentSpecification]],
        "Specifications.$": str,
        "RuntimeConfig": X[InferenceComponentRuntimeConfig],
        "RuntimeConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InferenceExperimentSchedule(TypedDict, total=False):
    StartTime: T
    EndTime: T

class RealTimeInferenceConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I

class ModelInfrastructureConfig(TypedDict, total=False):
    InfrastructureType: S
    RealTimeInferenceConfig: X[RealTimeInferenceConfig]

class ModelVariantConfig(TypedDict, total=False):
    ModelName: S
    VariantName: S
    InfrastructureConfig: X[ModelInfrastructureConfig]

class InferenceExperimentDataStorageConfig(TypedDict, total=False):
    Destination: S
    KmsKey: S
    ContentType: X[CaptureContentTypeHeader]

class ShadowModelVariantConfig(TypedDict, total=False):
    ShadowModelVariantName: S
    SamplingPercentage: I

class ShadowModeConfig(TypedDict, total=False):
    SourceModelVariantName: S
    ShadowModelVariants: L[Xi[ShadowModelVariantConfig]]

CreateInferenceExperimentParameters = TypedDict(
    "CreateInferenceExperimentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Schedule": X[InferenceExperimentSchedule],
        "Schedule.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "ModelVariants": L[Xi[ModelVariantConfig]],
        "ModelVariants.$": str,
        "DataStorageConfig": X[InferenceExperimentDataStorageConfig],
        "DataStorageConfig.$": str,
        "ShadowModeConfig": X[ShadowModeConfig],
        "ShadowModeConfig.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Phase(TypedDict, total=False):
    InitialNumberOfUsers: I
    SpawnRate: I
    DurationInSeconds: I

class Stairs(TypedDict, total=False):
    DurationInSeconds: I
    NumberOfSteps: I
    UsersPerStep: I

class TrafficPattern(TypedDict, total=False):
    TrafficType: S
    Phases: L[Xi[Phase]]
    Stairs: X[Stairs]

class RecommendationJobResourceLimit(TypedDict, total=False):
    MaxNumberOfTests: I
    MaxParallelOfTests: I

class CategoricalParameter(TypedDict, total=False):
    Name: S
    Value: L[Si]

class EnvironmentParameterRanges(TypedDict, total=False):
    CategoricalParameterRanges: L[Xi[CategoricalParameter]]

class EndpointInputConfiguration(TypedDict, total=False):
    InstanceType: S
    ServerlessConfig: X[ProductionVariantServerlessConfig]
    InferenceSpecificationName: S
    EnvironmentParameterRanges: X[EnvironmentParameterRanges]

class RecommendationJobPayloadConfig(TypedDict, total=False):
    SamplePayloadUrl: S
    SupportedContentTypes: L[Si]

class RecommendationJobContainerConfig(TypedDict, total=False):
    Domain: S
    Task: S
    Framework: S
    FrameworkVersion: S
    PayloadConfig: X[RecommendationJobPayloadConfig]
    NearestModelName: S
    SupportedInstanceTypes: L[Si]
    SupportedEndpointType: S
    DataInputConfig: S
    SupportedResponseMIMETypes: L[Si]

class EndpointInfo(TypedDict, total=False):
    EndpointName: S

class RecommendationJobVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

class RecommendationJobInputConfig(TypedDict, total=False):
    ModelPackageVersionArn: S
    ModelName: S
    JobDurationInSeconds: I
    TrafficPattern: X[TrafficPattern]
    ResourceLimit: X[RecommendationJobResourceLimit]
    EndpointConfigurations: L[Xi[EndpointInputConfiguration]]
    VolumeKmsKeyId: S
    ContainerConfig: X[RecommendationJobContainerConfig]
    Endpoints: L[Xi[EndpointInfo]]
    VpcConfig: X[RecommendationJobVpcConfig]

class ModelLatencyThreshold(TypedDict, total=False):
    Percentile: S
    ValueInMilliseconds: I

class RecommendationJobStoppingConditions(TypedDict, total=False):
    MaxInvocations: I
    ModelLatencyThresholds: L[Xi[ModelLatencyThreshold]]
    FlatInvocations: S

class RecommendationJobCompiledOutputConfig(TypedDict, total=False):
    S3OutputUri: S

class RecommendationJobOutputConfig(TypedDict, total=False):
    KmsKeyId: S
    CompiledOutputConfig: X[RecommendationJobCompiledOutputConfig]

CreateInferenceRecommendationsJobParameters = TypedDict(
    "CreateInferenceRecommendationsJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobType": S,
        "JobType.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "InputConfig": X[RecommendationJobInputConfig],
        "InputConfig.$": str,
        "JobDescription": S,
        "JobDescription.$": str,
        "StoppingConditions": X[RecommendationJobStoppingConditions],
        "StoppingConditions.$": str,
        "OutputConfig": X[RecommendationJobOutputConfig],
        "OutputConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Destination(TypedDict, total=False):
    ResourceArn: S
    RoutingStatus: S

class RoutingTargetAsyncInferenceNotificationConfig(TypedDict, total=False):
    SuccessTopic: S
    ErrorTopic: S

class RoutingTargetAsyncInferenceOutputConfig(TypedDict, total=False):
    S3OutputPath: S
    S3FailurePath: S
    KmsKeyId: S
    NotificationConfig: X[RoutingTargetAsyncInferenceNotificationConfig]

class RoutingTargetAsyncInferenceClientConfig(TypedDict, total=False):
    MaxTimeInBacklogSeconds: I

class RoutingTargetAsyncInferenceConfig(TypedDict, total=False):
    OutputConfig: X[RoutingTargetAsyncInferenceOutputConfig]
    ClientConfig: X[RoutingTargetAsyncInferenceClientConfig]

class RoutingTarget(TypedDict, total=False):
    Name: S
    Destinations: L[Xi[Destination]]
    AsyncInferenceConfig: X[RoutingTargetAsyncInferenceConfig]
    RoutingPreference: S

CreateInferenceRouterParameters = TypedDict(
    "CreateInferenceRouterParameters",
    {
        "InferenceRouterName": S,
        "InferenceRouterName.$": str,
        "RoutingTargets": L[Xi[RoutingTarget]],
        "RoutingTargets.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "JobCategory": S,
        "JobCategory.$": str,
        "JobConfigSchemaVersion": S,
        "JobConfigSchemaVersion.$": str,
        "JobConfigDocument": S,
        "JobConfigDocument.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LabelingJobS3DataSource(TypedDict, total=False):
    ManifestS3Uri: S

class LabelingJobSnsDataSource(TypedDict, total=False):
    SnsTopicArn: S

class LabelingJobDataSource(TypedDict, total=False):
    S3DataSource: X[LabelingJobS3DataSource]
    SnsDataSource: X[LabelingJobSnsDataSource]

class LabelingJobDataAttributes(TypedDict, total=False):
    ContentClassifiers: L[Si]

class LabelingJobInputConfig(TypedDict, total=False):
    DataSource: X[LabelingJobDataSource]
    DataAttributes: X[LabelingJobDataAttributes]

class LabelingJobOutputConfig(TypedDict, total=False):
    S3OutputPath: S
    KmsKeyId: S
    SnsTopicArn: S

class LabelingJobStoppingConditions(TypedDict, total=False):
    MaxHumanLabeledObjectCount: I
    MaxPercentageOfInputDatasetLabeled: I

class LabelingJobResourceConfig(TypedDict, total=False):
    VolumeKmsKeyId: S
    VpcConfig: X[VpcConfig]

class LabelingJobAlgorithmsConfig(TypedDict, total=False):
    LabelingJobAlgorithmSpecificationArn: S
    InitialActiveLearningModelArn: S
    LabelingJobResourceConfig: X[LabelingJobResourceConfig]

class UiConfig(TypedDict, total=False):
    UiTemplateS3Uri: S
    HumanTaskUiArn: S

class AnnotationConsolidationConfig(TypedDict, total=False):
    AnnotationConsolidationLambdaArn: S

class HumanTaskConfig(TypedDict, total=False):
    WorkteamArn: S
    UiConfig: X[UiConfig]
    PreHumanTaskLambdaArn: S
    TaskKeywords: L[Si]
    TaskTitle: S
    TaskDescription: S
    NumberOfHumanWorkersPerDataObject: I
    TaskTimeLimitInSeconds: I
    TaskAvailabilityLifetimeInSeconds: I
    MaxConcurrentTaskCount: I
    AnnotationConsolidationConfig: X[AnnotationConsolidationConfig]
    PublicWorkforceTaskPrice: X[PublicWorkforceTaskPrice]

CreateLabelingJobParameters = TypedDict(
    "CreateLabelingJobParameters",
    {
        "LabelingJobName": S,
        "LabelingJobName.$": str,
        "LabelAttributeName": S,
        "LabelAttributeName.$": str,
        "InputConfig": X[LabelingJobInputConfig],
        "InputConfig.$": str,
        "OutputConfig": X[LabelingJobOutputConfig],
        "OutputConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LabelCategoryConfigS3Uri": S,
        "LabelCategoryConfigS3Uri.$": str,
        "StoppingConditions": X[LabelingJobStoppingConditions],
        "StoppingConditions.$": str,
        "LabelingJobAlgorithmsConfig": X[LabelingJobAlgorithmsConfig],
        "LabelingJobAlgorithmsConfig.$": str,
        "HumanTaskConfig": X[HumanTaskConfig],
        "HumanTaskConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LeaderboardRequiredMetric(TypedDict, total=False):
    CriterionName: S
    MetricNames: L[Si]

CreateLeaderboardParameters = TypedDict(
    "CreateLeaderboardParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "RequiredMetrics": L[Xi[LeaderboardRequiredMetric]],
        "RequiredMetrics.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AccessControlConfiguration(TypedDict, total=False):
    Status: S
    AdminPrincipalArn: S

CreateMlflowAppParameters = TypedDict(
    "CreateMlflowAppParameters",
    {
        "Name": S,
        "Name.$": str,
        "ArtifactStoreUri": S,
        "ArtifactStoreUri.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AccessControlConfiguration": X[AccessControlConfiguration],
        "AccessControlConfiguration.$": str,
        "ModelRegistrationMode": S,
        "ModelRegistrationMode.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "AccountDefaultStatus": S,
        "AccountDefaultStatus.$": str,
        "DefaultDomainIdList": L[Si],
        "DefaultDomainIdList.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateMlflowTrackingServerParameters = TypedDict(
    "CreateMlflowTrackingServerParameters",
    {
        "TrackingServerName": S,
        "TrackingServerName.$": str,
        "ArtifactStoreUri": S,
        "ArtifactStoreUri.$": str,
        "TrackingServerSize": S,
        "TrackingServerSize.$": str,
        "MlflowVersion": S,
        "MlflowVersion.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "AutomaticModelRegistration": B,
        "AutomaticModelRegistration.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "S3BucketOwnerAccountId": S,
        "S3BucketOwnerAccountId.$": str,
        "S3BucketOwnerVerification": B,
        "S3BucketOwnerVerification.$": str,
    },
    total=False,
)

class RepositoryAuthConfig(TypedDict, total=False):
    RepositoryCredentialsProviderArn: S

class ImageConfig(TypedDict, total=False):
    RepositoryAccessMode: S
    RepositoryAuthConfig: X[RepositoryAuthConfig]

class MultiModelConfig(TypedDict, total=False):
    ModelCacheSetting: S

class ContainerDefinition(TypedDict, total=False):
    ContainerHostname: S
    Image: S
    ImageConfig: X[ImageConfig]
    Mode: S
    ModelDataUrl: S
    ModelDataSource: X[ModelDataSource]
    AdditionalModelDataSources: L[Xi[AdditionalModelDataSource]]
    Environment: M[S]
    ModelPackageName: S
    InferenceSpecificationName: S
    MultiModelConfig: X[MultiModelConfig]
    ContainerMetricsConfig: X[ContainerMetricsConfig]

class InferenceExecutionConfig(TypedDict, total=False):
    Mode: S

CreateModelParameters = TypedDict(
    "CreateModelParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "PrimaryContainer": X[ContainerDefinition],
        "PrimaryContainer.$": str,
        "Containers": L[Xi[ContainerDefinition]],
        "Containers.$": str,
        "InferenceExecutionConfig": X[InferenceExecutionConfig],
        "InferenceExecutionConfig.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnableNetworkIsolation": B,
        "EnableNetworkIsolation.$": str,
    },
    total=False,
)

class ModelBiasBaselineConfig(TypedDict, total=False):
    BaseliningJobName: S
    ConstraintsResource: X[MonitoringConstraintsResource]

class ModelBiasAppSpecification(TypedDict, total=False):
    ImageUri: S
    ConfigUri: S
    Environment: M[S]

class MonitoringGroundTruthS3Input(TypedDict, total=False):
    S3Uri: S

class ModelBiasJobInput(TypedDict, total=False):
    EndpointInput: X[EndpointInput]
    BatchTransformInput: X[BatchTransformInput]
    GroundTruthS3Input: X[MonitoringGroundTruthS3Input]

CreateModelBiasJobDefinitionParameters = TypedDict(
    "CreateModelBiasJobDefinitionParameters",
    {
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "ModelBiasBaselineConfig": X[ModelBiasBaselineConfig],
        "ModelBiasBaselineConfig.$": str,
        "ModelBiasAppSpecification": X[ModelBiasAppSpecification],
        "ModelBiasAppSpecification.$": str,
        "ModelBiasJobInput": X[ModelBiasJobInput],
        "ModelBiasJobInput.$": str,
        "ModelBiasJobOutputConfig": X[MonitoringOutputConfig],
        "ModelBiasJobOutputConfig.$": str,
        "JobResources": X[MonitoringResources],
        "JobResources.$": str,
        "NetworkConfig": X[MonitoringNetworkConfig],
        "NetworkConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "StoppingCondition": X[MonitoringStoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ModelCardSecurityConfig(TypedDict, total=False):
    KmsKeyId: S

CreateModelCardParameters = TypedDict(
    "CreateModelCardParameters",
    {
        "ModelCardName": S,
        "ModelCardName.$": str,
        "SecurityConfig": X[ModelCardSecurityConfig],
        "SecurityConfig.$": str,
        "Content": S,
        "Content.$": str,
        "ModelCardStatus": S,
        "ModelCardStatus.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ModelCardExportOutputConfig(TypedDict, total=False):
    S3OutputPath: S

CreateModelCardExportJobParameters = TypedDict(
    "CreateModelCardExportJobParameters",
    {
        "ModelCardName": S,
        "ModelCardName.$": str,
        "ModelCardVersion": I,
        "ModelCardVersion.$": str,
        "ModelCardExportJobName": S,
        "ModelCardExportJobName.$": str,
        "OutputConfig": X[ModelCardExportOutputConfig],
        "OutputConfig.$": str,
    },
    total=False,
)

class ModelExplainabilityBaselineConfig(TypedDict, total=False):
    BaseliningJobName: S
    ConstraintsResource: X[MonitoringConstraintsResource]

class ModelExplainabilityAppSpecification(TypedDict, total=False):
    ImageUri: S
    ConfigUri: S
    Environment: M[S]

class ModelExplainabilityJobInput(TypedDict, total=False):
    EndpointInput: X[EndpointInput]
    BatchTransformInput: X[BatchTransformInput]

CreateModelExplainabilityJobDefinitionParameters = TypedDict(
    "CreateModelExplainabilityJobDefinitionParameters",
    {
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "ModelExplainabilityBaselineConfig": X[ModelExplainabilityBaselineConfig],
        "ModelExplainabilityBaselineConfig.$": str,
        "ModelExplainabilityAppSpecification": X[ModelExplainabilityAppSpecification],
        "ModelExplainabilityAppSpecification.$": str,
        "ModelExplainabilityJobInput": X[ModelExplainabilityJobInput],
        "ModelExplainabilityJobInput.$": str,
        "ModelExplainabilityJobOutputConfig": X[MonitoringOutputConfig],
        "ModelExplainabilityJobOutputConfig.$": str,
        "JobResources": X[MonitoringResources],
        "JobResources.$": str,
        "NetworkConfig": X[MonitoringNetworkConfig],
        "NetworkConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "StoppingCondition": X[MonitoringStoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SageMakerEndpointSource(TypedDict, total=False):
    EndpointName: S
    VariantName: S

class BedrockModelSource(TypedDict, total=False):
    ModelId: S
    RequestMetadata: M[S]

class MonitoringSource(TypedDict, total=False):
    SageMakerEndpoint: X[SageMakerEndpointSource]
    BedrockModel: X[BedrockModelSource]

class ModelMonitorSampling(TypedDict, total=False):
    SamplingPercentage: F
    MaxRecords: I

class EvalCriteriaConfig(TypedDict, total=False):
    EvalCriteriaArn: S
    EvalCriteriaVersion: S
    Sampling: X[ModelMonitorSampling]

class EvaluationConfig(TypedDict, total=False):
    EvalCriteria: X[EvalCriteriaConfig]
    EvalCriteriaList: L[Xi[EvalCriteriaConfig]]

class ModelMonitorScheduleConfig(TypedDict, total=False):
    ScheduleExpression: S

CreateModelMonitorConfigParameters = TypedDict(
    "CreateModelMonitorConfigParameters",
    {
        "ModelMonitorConfigName": S,
        "ModelMonitorConfigName.$": str,
        "MonitoringSource": X[MonitoringSource],
        "MonitoringSource.$": str,
        "EvaluationConfig": X[EvaluationConfig],
        "EvaluationConfig.$": str,
        "ScheduleConfig": X[ModelMonitorScheduleConfig],
        "ScheduleConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ModelPackageValidationProfile(TypedDict, total=False):
    ProfileName: S
    TransformJobDefinition: X[TransformJobDefinition]

class ModelPackageValidationSpecification(TypedDict, total=False):
    ValidationRole: S
    ValidationProfiles: L[Xi[ModelPackageValidationProfile]]

class SourceAlgorithm(TypedDict, total=False):
    ModelDataUrl: S
    ModelDataSource: X[ModelDataSource]
    ModelDataETag: S
    AlgorithmName: S

class SourceAlgorithmSpecification(TypedDict, total=False):
    SourceAlgorithms: L[Xi[SourceAlgorithm]]

class MetricsSource(TypedDict, total=False):
    ContentType: S
    ContentDigest: S
    S3Uri: S

class ModelQuality(TypedDict, total=False):
    Statistics: X[MetricsSource]
    Constraints: X[MetricsSource]

class ModelDataQuality(TypedDict, total=False):
    Statistics: X[MetricsSource]
    Constraints: X[MetricsSource]

class Bias(TypedDict, total=False):
    Report: X[MetricsSource]
    PreTrainingReport: X[MetricsSource]
    PostTrainingReport: X[MetricsSource]

class Explainability(TypedDict, total=False):
    Report: X[MetricsSource]

class ModelMetrics(TypedDict, total=False):
    ModelQuality: X[ModelQuality]
    ModelDataQuality: X[ModelDataQuality]
    Bias: X[Bias]
    Explainability: X[Explainability]

class FileSource(TypedDict, total=False):
    ContentType: S
    ContentDigest: S
    S3Uri: S

class DriftCheckBias(TypedDict, total=False):
    ConfigFile: X[FileSource]
    PreTrainingConstraints: X[MetricsSource]
    PostTrainingConstraints: X[MetricsSource]

class DriftCheckExplainability(TypedDict, total=False):
    Constraints: X[MetricsSource]
    ConfigFile: X[FileSource]

class DriftCheckModelQuality(TypedDict, total=False):
    Statistics: X[MetricsSource]
    Constraints: X[MetricsSource]

class DriftCheckModelDataQuality(TypedDict, total=False):
    Statistics: X[MetricsSource]
    Constraints: X[MetricsSource]

class DriftCheckBaselines(TypedDict, total=False):
    Bias: X[DriftCheckBias]
    Explainability: X[DriftCheckExplainability]
    ModelQuality: X[DriftCheckModelQuality]
    ModelDataQuality: X[DriftCheckModelDataQuality]

class AdditionalInferenceSpecificationDefinition(TypedDict, total=False):
    Name: S
    Description: S
    Containers: L[Xi[ModelPackageContainerDefinition]]
    SupportedTransformInstanceTypes: L[Si]
    SupportedRealtimeInferenceInstanceTypes: L[Si]
    SupportedContentTypes: L[Si]
    SupportedResponseMIMETypes: L[Si]

class ModelPackageSecurityConfig(TypedDict, total=False):
    KmsKeyId: S

class ModelPackageModelCard(TypedDict, total=False):
    ModelCardContent: S
    ModelCardStatus: S

class ModelLifeCycle(TypedDict, total=False):
    Stage: S
    StageStatus: S
    StageDescription: S

CreateModelPackageParameters = TypedDict(
    "CreateModelPackageParameters",
    {
        "ModelPackageName": S,
        "ModelPackageName.$": str,
        "ModelPackageGroupName": S,
        "ModelPackageGroupName.$": str,
        "ModelPackageDescription": S,
        "ModelPackageDescription.$": str,
        "ModelPackageRegistrationType": S,
        "ModelPackageRegistrationType.$": str,
        "InferenceSpecification": X[InferenceSpecification],
        "InferenceSpecification.$": str,
        "ValidationSpecification": X[ModelPackageValidationSpecification],
        "ValidationSpecification.$": str,
        "SourceAlgorithmSpecification": X[SourceAlgorithmSpecification],
        "SourceAlgorithmSpecification.$": str,
        "CertifyForMarketplace": B,
        "CertifyForMarketplace.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ModelApprovalStatus": S,
        "ModelApprovalStatus.$": str,
        "MetadataProperties": X[MetadataProperties],
        "MetadataProperties.$": str,
        "ModelMetrics": X[ModelMetrics],
        "ModelMetrics.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Domain": S,
        "Domain.$": str,
        "Task": S,
        "Task.$": str,
        "SamplePayloadUrl": S,
        "SamplePayloadUrl.$": str,
        "CustomerMetadataProperties": M[S],
        "CustomerMetadataProperties.$": str,
        "DriftCheckBaselines": X[DriftCheckBaselines],
        "DriftCheckBaselines.$": str,
        "AdditionalInferenceSpecifications": L[Xi[AdditionalInferenceSpecificationDefinition]],
        "AdditionalInferenceSpecifications.$": str,
        "SkipModelValidation": S,
        "SkipModelValidation.$": str,
        "SourceUri": S,
        "SourceUri.$": str,
        "SecurityConfig": X[ModelPackageSecurityConfig],
        "SecurityConfig.$": str,
        "ModelCard": X[ModelPackageModelCard],
        "ModelCard.$": str,
        "ModelLifeCycle": X[ModelLifeCycle],
        "ModelLifeCycle.$": str,
        "ManagedStorageType": S,
        "ManagedStorageType.$": str,
    },
    total=False,
)

class ManagedConfiguration(TypedDict, total=False):
    ManagedStorageType: S

CreateModelPackageGroupParameters = TypedDict(
    "CreateModelPackageGroupParameters",
    {
        "ModelPackageGroupName": S,
        "ModelPackageGroupName.$": str,
        "ModelPackageGroupDescription": S,
        "ModelPackageGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ManagedConfiguration": X[ManagedConfiguration],
        "ManagedConfiguration.$": str,
    },
    total=False,
)

class ModelQualityBaselineConfig(TypedDict, total=False):
    BaseliningJobName: S
    ConstraintsResource: X[MonitoringConstraintsResource]

class ModelQualityAppSpecification(TypedDict, total=False):
    ImageUri: S
    ContainerEntrypoint: L[Si]
    ContainerArguments: L[Si]
    RecordPreprocessorSourceUri: S
    PostAnalyticsProcessorSourceUri: S
    ProblemType: S
    Environment: M[S]

class ModelQualityJobInput(TypedDict, total=False):
    EndpointInput: X[EndpointInput]
    BatchTransformInput: X[BatchTransformInput]
    GroundTruthS3Input: X[MonitoringGroundTruthS3Input]

CreateModelQualityJobDefinitionParameters = TypedDict(
    "CreateModelQualityJobDefinitionParameters",
    {
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "ModelQualityBaselineConfig": X[ModelQualityBaselineConfig],
        "ModelQualityBaselineConfig.$": str,
        "ModelQualityAppSpecification": X[ModelQualityAppSpecification],
        "ModelQualityAppSpecification.$": str,
        "ModelQualityJobInput": X[ModelQualityJobInput],
        "ModelQualityJobInput.$": str,
        "ModelQualityJobOutputConfig": X[MonitoringOutputConfig],
        "ModelQualityJobOutputConfig.$": str,
        "JobResources": X[MonitoringResources],
        "JobResources.$": str,
        "NetworkConfig": X[MonitoringNetworkConfig],
        "NetworkConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "StoppingCondition": X[MonitoringStoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ScheduleConfig(TypedDict, total=False):
    ScheduleExpression: S
    DataAnalysisStartTime: S
    DataAnalysisEndTime: S

class MonitoringBaselineConfig(TypedDict, total=False):
    BaseliningJobName: S
    ConstraintsResource: X[MonitoringConstraintsResource]
    StatisticsResource: X[MonitoringStatisticsResource]

class MonitoringInput(TypedDict, total=False):
    EndpointInput: X[EndpointInput]
    BatchTransformInput: X[BatchTransformInput]

class MonitoringAppSpecification(TypedDict, total=False):
    ImageUri: S
    ContainerEntrypoint: L[Si]
    ContainerArguments: L[Si]
    RecordPreprocessorSourceUri: S
    PostAnalyticsProcessorSourceUri: S

class NetworkConfig(TypedDict, total=False):
    EnableInterContainerTrafficEncryption: B
    EnableNetworkIsolation: B
    VpcConfig: X[VpcConfig]

class MonitoringJobDefinition(TypedDict, total=False):
    BaselineConfig: X[MonitoringBaselineConfig]
    MonitoringInputs: L[Xi[MonitoringInput]]
    MonitoringOutputConfig: X[MonitoringOutputConfig]
    MonitoringResources: X[MonitoringResources]
    MonitoringAppSpecification: X[MonitoringAppSpecification]
    StoppingCondition: X[MonitoringStoppingCondition]
    Environment: M[S]
    NetworkConfig: X[NetworkConfig]
    RoleArn: S

class MonitoringScheduleConfig(TypedDict, total=False):
    ScheduleConfig: X[ScheduleConfig]
    MonitoringJobDefinition: X[MonitoringJobDefinition]
    MonitoringJobDefinitionName: S
    MonitoringType: S

CreateMonitoringScheduleParameters = TypedDict(
    "CreateMonitoringScheduleParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "MonitoringScheduleConfig": X[MonitoringScheduleConfig],
        "MonitoringScheduleConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InstanceMetadataServiceConfiguration(TypedDict, total=False):
    MinimumInstanceMetadataServiceVersion: S

CreateNotebookInstanceParameters = TypedDict(
    "CreateNotebookInstanceParameters",
    {
        "NotebookInstanceName": S,
        "NotebookInstanceName.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "LifecycleConfigName": S,
        "LifecycleConfigName.$": str,
        "DirectInternetAccess": S,
        "DirectInternetAccess.$": str,
        "VolumeSizeInGB": I,
        "VolumeSizeInGB.$": str,
        "AcceleratorTypes": L[Si],
        "AcceleratorTypes.$": str,
        "DefaultCodeRepository": S,
        "DefaultCodeRepository.$": str,
        "AdditionalCodeRepositories": L[Si],
        "AdditionalCodeRepositories.$": str,
        "RootAccess": S,
        "RootAccess.$": str,
        "PlatformIdentifier": S,
        "PlatformIdentifier.$": str,
        "InstanceMetadataServiceConfiguration": X[InstanceMetadataServiceConfiguration],
        "InstanceMetadataServiceConfiguration.$": str,
    },
    total=False,
)

class NotebookInstanceLifecycleHook(TypedDict, total=False):
    Content: S

CreateNotebookInstanceLifecycleConfigParameters = TypedDict(
    "CreateNotebookInstanceLifecycleConfigParameters",
    {
        "NotebookInstanceLifecycleConfigName": S,
        "NotebookInstanceLifecycleConfigName.$": str,
        "OnCreate": L[Xi[NotebookInstanceLifecycleHook]],
        "OnCreate.$": str,
        "OnStart": L[Xi[NotebookInstanceLifecycleHook]],
        "OnStart.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class OptimizationModelAccessConfig(TypedDict, total=False):
    AcceptEula: B

class OptimizationJobModelSourceS3(TypedDict, total=False):
    S3Uri: S
    ModelAccessConfig: X[OptimizationModelAccessConfig]

class OptimizationSageMakerModel(TypedDict, total=False):
    ModelName: S

class OptimizationJobModelSource(TypedDict, total=False):
    S3: X[OptimizationJobModelSourceS3]
    SageMakerModel: X[OptimizationSageMakerModel]

class ModelQuantizationConfig(TypedDict, total=False):
    Image: S
    OverrideEnvironment: M[S]

class ModelCompilationConfig(TypedDict, total=False):
    Image: S
    OverrideEnvironment: M[S]

class ModelShardingConfig(TypedDict, total=False):
    Image: S
    OverrideEnvironment: M[S]

class ModelSpeculativeDecodingTrainingDataSource(TypedDict, total=False):
    S3Uri: S
    S3DataType: S

class ModelSpeculativeDecodingConfig(TypedDict, total=False):
    Technique: S
    TrainingDataSource: X[ModelSpeculativeDecodingTrainingDataSource]

class OptimizationConfig(TypedDict, total=False):
    ModelQuantizationConfig: X[ModelQuantizationConfig]
    ModelCompilationConfig: X[ModelCompilationConfig]
    ModelShardingConfig: X[ModelShardingConfig]
    ModelSpeculativeDecodingConfig: X[ModelSpeculativeDecodingConfig]

class OptimizationJobOutputConfig(TypedDict, total=False):
    KmsKeyId: S
    S3OutputLocation: S
    SageMakerModel: X[OptimizationSageMakerModel]

class OptimizationVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

CreateOptimizationJobParameters = TypedDict(
    "CreateOptimizationJobParameters",
    {
        "OptimizationJobName": S,
        "OptimizationJobName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ModelSource": X[OptimizationJobModelSource],
        "ModelSource.$": str,
        "DeploymentInstanceType": S,
        "DeploymentInstanceType.$": str,
        "MaxInstanceCount": I,
        "MaxInstanceCount.$": str,
        "OptimizationEnvironment": M[S],
        "OptimizationEnvironment.$": str,
        "OptimizationConfigs": L[Xi[OptimizationConfig]],
        "OptimizationConfigs.$": str,
        "OutputConfig": X[OptimizationJobOutputConfig],
        "OutputConfig.$": str,
        "StoppingCondition": X[StoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VpcConfig": X[OptimizationVpcConfig],
        "VpcConfig.$": str,
        "TrainingPlanArns": L[Si],
        "TrainingPlanArns.$": str,
    },
    total=False,
)

class PartnerAppMaintenanceConfig(TypedDict, total=False):
    MaintenanceWindowStart: S

class RoleGroupAssignment(TypedDict, total=False):
    RoleName: S
    GroupPatterns: L[Si]

class PartnerAppConfig(TypedDict, total=False):
    AdminUsers: L[Si]
    Arguments: M[S]
    AssignedGroupPatterns: L[Si]
    RoleGroupAssignments: L[Xi[RoleGroupAssignment]]

class IdcConfigInput(TypedDict, total=False):
    InstanceArn: S

CreatePartnerAppParameters = TypedDict(
    "CreatePartnerAppParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "MaintenanceConfig": X[PartnerAppMaintenanceConfig],
        "MaintenanceConfig.$": str,
        "Tier": S,
        "Tier.$": str,
        "ApplicationConfig": X[PartnerAppConfig],
        "ApplicationConfig.$": str,
        "IdcConfig": X[IdcConfigInput],
        "IdcConfig.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "EnableIamSessionBasedIdentity": B,
        "EnableIamSessionBasedIdentity.$": str,
        "EnableAutoMinorVersionUpgrade": B,
        "EnableAutoMinorVersionUpgrade.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePartnerAppPresignedUrlParameters = TypedDict(
    "CreatePartnerAppPresignedUrlParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ExpiresInSeconds": I,
        "ExpiresInSeconds.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
    },
    total=False,
)

class PipelineDefinitionS3Location(TypedDict, total=False):
    Bucket: S
    ObjectKey: S
    VersionId: S

class ParallelismConfiguration(TypedDict, total=False):
    MaxParallelExecutionSteps: I

CreatePipelineParameters = TypedDict(
    "CreatePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineDisplayName": S,
        "PipelineDisplayName.$": str,
        "PipelineDefinition": S,
        "PipelineDefinition.$": str,
        "PipelineDefinitionS3Location": X[PipelineDefinitionS3Location],
        "PipelineDefinitionS3Location.$": str,
        "PipelineDescription": S,
        "PipelineDescription.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ParallelismConfiguration": X[ParallelismConfiguration],
        "ParallelismConfiguration.$": str,
        "PipelineVersionAliases": L[Si],
        "PipelineVersionAliases.$": str,
    },
    total=False,
)
CreatePresignedDomainUrlParameters = TypedDict(
    "CreatePresignedDomainUrlParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
        "ExpiresInSeconds": I,
        "ExpiresInSeconds.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "LandingUri": S,
        "LandingUri.$": str,
    },
    total=False,
)
CreatePresignedMlflowAppUrlParameters = TypedDict(
    "CreatePresignedMlflowAppUrlParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ExpiresInSeconds": I,
        "ExpiresInSeconds.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
    },
    total=False,
)
CreatePresignedMlflowTrackingServerUrlParameters = TypedDict(
    "CreatePresignedMlflowTrackingServerUrlParameters",
    {
        "TrackingServerName": S,
        "TrackingServerName.$": str,
        "ExpiresInSeconds": I,
        "ExpiresInSeconds.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
    },
    total=False,
)
CreatePresignedNotebookInstanceUrlParameters = TypedDict(
    "CreatePresignedNotebookInstanceUrlParameters",
    {
        "NotebookInstanceName": S,
        "NotebookInstanceName.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
    },
    total=False,
)

class ProcessingS3Input(TypedDict, total=False):
    S3Uri: S
    LocalPath: S
    S3DataType: S
    S3InputMode: S
    S3DataDistributionType: S
    S3CompressionType: S

class AthenaDatasetDefinition(TypedDict, total=False):
    Catalog: S
    Database: S
    QueryString: S
    WorkGroup: S
    OutputS3Uri: S
    KmsKeyId: S
    OutputFormat: S
    OutputCompression: S

class RedshiftDatasetDefinition(TypedDict, total=False):
    ClusterId: S
    Database: S
    DbUser: S
    QueryString: S
    ClusterRoleArn: S
    OutputS3Uri: S
    KmsKeyId: S
    OutputFormat: S
    OutputCompression: S

class DatasetDefinition(TypedDict, total=False):
    AthenaDatasetDefinition: X[AthenaDatasetDefinition]
    RedshiftDatasetDefinition: X[RedshiftDatasetDefinition]
    LocalPath: S
    DataDistributionType: S
    InputMode: S

class ProcessingInput(TypedDict, total=False):
    InputName: S
    AppManaged: B
    S3Input: X[ProcessingS3Input]
    DatasetDefinition: X[DatasetDefinition]

class ProcessingS3Output(TypedDict, total=False):
    S3Uri: S
    LocalPath: S
    S3UploadMode: S

class ProcessingFeatureStoreOutput(TypedDict, total=False):
    FeatureGroupName: S

class ProcessingOutput(TypedDict, total=False):
    OutputName: S
    S3Output: X[ProcessingS3Output]
    FeatureStoreOutput: X[ProcessingFeatureStoreOutput]
    AppManaged: B

class ProcessingOutputConfig(TypedDict, total=False):
    Outputs: L[Xi[ProcessingOutput]]
    KmsKeyId: S

class ProcessingInstancePreference(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I

class ProcessingClusterConfig(TypedDict, total=False):
    InstanceCount: I
    InstanceType: S
    VolumeSizeInGB: I
    VolumeKmsKeyId: S
    InstancePreferences: L[Xi[ProcessingInstancePreference]]
    SelectedInstanceType: S
    SelectedInstanceCount: I

class ProcessingResources(TypedDict, total=False):
    ClusterConfig: X[ProcessingClusterConfig]

class ProcessingStoppingCondition(TypedDict, total=False):
    MaxRuntimeInSeconds: I

class AppSpecification(TypedDict, total=False):
    ImageUri: S
    ContainerEntrypoint: L[Si]
    ContainerArguments: L[Si]

class ExperimentConfig(TypedDict, total=False):
    ExperimentName: S
    TrialName: S
    TrialComponentDisplayName: S
    RunName: S

CreateProcessingJobParameters = TypedDict(
    "CreateProcessingJobParameters",
    {
        "ProcessingInputs": L[Xi[ProcessingInput]],
        "ProcessingInputs.$": str,
        "ProcessingOutputConfig": X[ProcessingOutputConfig],
        "ProcessingOutputConfig.$": str,
        "ProcessingJobName": S,
        "ProcessingJobName.$": str,
        "ProcessingResources": X[ProcessingResources],
        "ProcessingResources.$": str,
        "StoppingCondition": X[ProcessingStoppingCondition],
        "StoppingCondition.$": str,
        "AppSpecification": X[AppSpecification],
        "AppSpecification.$": str,
        "Environment": M[S],
        "Environment.$": str,
        "NetworkConfig": X[NetworkConfig],
        "NetworkConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ExperimentConfig": X[ExperimentConfig],
        "ExperimentConfig.$": str,
    },
    total=False,
)

class ProvisioningParameter(TypedDict, total=False):
    Key: S
    Value: S

class ServiceCatalogProvisioningDetails(TypedDict, total=False):
    ProductId: S
    ProvisioningArtifactId: S
    PathId: S
    ProvisioningParameters: L[Xi[ProvisioningParameter]]

class CfnStackCreateParameter(TypedDict, total=False):
    Key: S
    Value: S

class CfnCreateTemplateProvider(TypedDict, total=False):
    TemplateName: S
    TemplateURL: S
    RoleARN: S
    Parameters: L[Xi[CfnStackCreateParameter]]

class CreateTemplateProvider(TypedDict, total=False):
    CfnTemplateProvider: X[CfnCreateTemplateProvider]

class CodeCommitConfig(TypedDict, total=False):
    RepositoryName: S

class RepositoryConfig(TypedDict, total=False):
    CodeCommitConfig: X[CodeCommitConfig]

class ProjectConfig(TypedDict, total=False):
    RepositoryConfig: X[RepositoryConfig]
    LeaderboardArn: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ServiceCatalogProvisioningDetails": X[ServiceCatalogProvisioningDetails],
        "ServiceCatalogProvisioningDetails.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateProviders": L[Xi[CreateTemplateProvider]],
        "TemplateProviders.$": str,
        "ProjectConfig": X[ProjectConfig],
        "ProjectConfig.$": str,
    },
    total=False,
)

class SpaceIdleSettings(TypedDict, total=False):
    IdleTimeoutInMinutes: I

class SpaceAppLifecycleManagement(TypedDict, total=False):
    IdleSettings: X[SpaceIdleSettings]

class SpaceCodeEditorAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    AppLifecycleManagement: X[SpaceAppLifecycleManagement]

class SpaceJupyterLabAppSettings(TypedDict, total=False):
    DefaultResourceSpec: X[ResourceSpec]
    CodeRepositories: L[Xi[CodeRepository]]
    AppLifecycleManagement: X[SpaceAppLifecycleManagement]

class EbsStorageSettings(TypedDict, total=False):
    EbsVolumeSizeInGb: I

class SpaceStorageSettings(TypedDict, total=False):
    EbsStorageSettings: X[EbsStorageSettings]

class EFSFileSystem(TypedDict, total=False):
    FileSystemId: S

class FSxLustreFileSystem(TypedDict, total=False):
    FileSystemId: S

class S3FileSystem(TypedDict, total=False):
    S3Uri: S

class CustomFileSystem(TypedDict, total=False):
    EfsFileSystem: X[EFSFileSystem]
    FSxLustreFileSystem: X[FSxLustreFileSystem]
    S3FileSystem: X[S3FileSystem]

class SpaceSettings(TypedDict, total=False):
    JupyterServerAppSettings: X[JupyterServerAppSettings]
    KernelGatewayAppSettings: X[KernelGatewayAppSettings]
    CodeEditorAppSettings: X[SpaceCodeEditorAppSettings]
    JupyterLabAppSettings: X[SpaceJupyterLabAppSettings]
    AppType: S
    SpaceStorageSettings: X[SpaceStorageSettings]
    SpaceManagedResources: S
    CustomFileSystems: L[Xi[CustomFileSystem]]
    RemoteAccess: S

class OwnershipSettings(TypedDict, total=False):
    OwnerUserProfileName: S

class SpaceSharingSettings(TypedDict, total=False):
    SharingType: S

CreateSpaceParameters = TypedDict(
    "CreateSpaceParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SpaceSettings": X[SpaceSettings],
        "SpaceSettings.$": str,
        "OwnershipSettings": X[OwnershipSettings],
        "OwnershipSettings.$": str,
        "SpaceSharingSettings": X[SpaceSharingSettings],
        "SpaceSharingSettings.$": str,
        "SpaceDisplayName": S,
        "SpaceDisplayName.$": str,
    },
    total=False,
)
CreateStudioLifecycleConfigParameters = TypedDict(
    "CreateStudioLifecycleConfigParameters",
    {
        "StudioLifecycleConfigName": S,
        "StudioLifecycleConfigName.$": str,
        "StudioLifecycleConfigContent": S,
        "StudioLifecycleConfigContent.$": str,
        "StudioLifecycleConfigAppType": S,
        "StudioLifecycleConfigAppType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TrainingRepositoryAuthConfig(TypedDict, total=False):
    TrainingRepositoryCredentialsProviderArn: S

class TrainingImageConfig(TypedDict, total=False):
    TrainingRepositoryAccessMode: S
    TrainingRepositoryAuthConfig: X[TrainingRepositoryAuthConfig]

class AlgorithmSpecification(TypedDict, total=False):
    TrainingImage: S
    AlgorithmName: S
    TrainingInputMode: S
    MetricDefinitions: L[Xi[MetricDefinition]]
    EnableSageMakerMetricsTimeSeries: B
    ContainerEntrypoint: L[Si]
    ContainerArguments: L[Si]
    TrainingImageConfig: X[TrainingImageConfig]

class CollectionConfiguration(TypedDict, total=False):
    CollectionName: S
    CollectionParameters: M[S]

class DebugHookConfig(TypedDict, total=False):
    LocalPath: S
    S3OutputPath: S
    HookParameters: M[S]
    CollectionConfigurations: L[Xi[CollectionConfiguration]]

class DebugRuleConfiguration(TypedDict, total=False):
    RuleConfigurationName: S
    LocalPath: S
    S3OutputPath: S
    RuleEvaluatorImage: S
    InstanceType: S
    VolumeSizeInGB: I
    RuleParameters: M[S]

class TensorBoardOutputConfig(TypedDict, total=False):
    LocalPath: S
    S3OutputPath: S

class ProfilerConfig(TypedDict, total=False):
    S3OutputPath: S
    ProfilingIntervalInMilliseconds: I
    ProfilingParameters: M[S]
    DisableProfiler: B

class ProfilerRuleConfiguration(TypedDict, total=False):
    RuleConfigurationName: S
    LocalPath: S
    S3OutputPath: S
    RuleEvaluatorImage: S
    InstanceType: S
    VolumeSizeInGB: I
    RuleParameters: M[S]

class RemoteDebugConfig(TypedDict, total=False):
    EnableRemoteDebug: B

class InfraCheckConfig(TypedDict, total=False):
    EnableInfraCheck: B

class SessionChainingConfig(TypedDict, total=False):
    EnableSessionTagChaining: B

class ServerlessJobConfig(TypedDict, total=False):
    BaseModelArn: S
    AcceptEula: B
    JobType: S
    CustomizationTechnique: S
    Peft: S
    EvaluationType: S
    EvaluatorArn: S
    SequenceLength: S

class MlflowConfig(TypedDict, total=False):
    MlflowResourceArn: S
    MlflowExperimentName: S
    MlflowRunName: S

class ModelPackageConfig(TypedDict, total=False):
    ModelPackageGroupArn: S
    SourceModelPackageArn: S

CreateTrainingJobParameters = TypedDict(
    "CreateTrainingJobParameters",
    {
        "TrainingJobName": S,
        "TrainingJobName.$": str,
        "HyperParameters": M[S],
        "HyperParameters.$": str,
        "AlgorithmSpecification": X[AlgorithmSpecification],
        "AlgorithmSpecification.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "InputDataConfig": L[Xi[Channel]],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "ResourceConfig": X[ResourceConfig],
        "ResourceConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "StoppingCondition": X[StoppingCondition],
        "StoppingCondition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EnableNetworkIsolation": B,
        "EnableNetworkIsolation.$": str,
        "EnableInterContainerTrafficEncryption": B,
        "EnableInterContainerTrafficEncryption.$": str,
        "EnableManagedSpotTraining": B,
        "EnableManagedSpotTraining.$": str,
        "CheckpointConfig": X[CheckpointConfig],
        "CheckpointConfig.$": str,
        "DebugHookConfig": X[DebugHookConfig],
        "DebugHookConfig.$": str,
        "DebugRuleConfigurations": L[Xi[DebugRuleConfiguration]],
        "DebugRuleConfigurations.$": str,
        "TensorBoardOutputConfig": X[TensorBoardOutputConfig],
        "TensorBoardOutputConfig.$": str,
        "ExperimentConfig": X[ExperimentConfig],
        "ExperimentConfig.$": str,
        "ProfilerConfig": X[ProfilerConfig],
        "ProfilerConfig.$": str,
        "ProfilerRuleConfigurations": L[Xi[ProfilerRuleConfiguration]],
        "ProfilerRuleConfigurations.$": str,
        "Environment": M[S],
        "Environment.$": str,
        "RetryStrategy": X[RetryStrategy],
        "RetryStrategy.$": str,
        "RemoteDebugConfig": X[RemoteDebugConfig],
        "RemoteDebugConfig.$": str,
        "InfraCheckConfig": X[InfraCheckConfig],
        "InfraCheckConfig.$": str,
        "SessionChainingConfig": X[SessionChainingConfig],
        "SessionChainingConfig.$": str,
        "ServerlessJobConfig": X[ServerlessJobConfig],
        "ServerlessJobConfig.$": str,
        "MlflowConfig": X[MlflowConfig],
        "MlflowConfig.$": str,
        "ModelPackageConfig": X[ModelPackageConfig],
        "ModelPackageConfig.$": str,
    },
    total=False,
)
CreateTrainingPlanParameters = TypedDict(
    "CreateTrainingPlanParameters",
    {
        "TrainingPlanName": S,
        "TrainingPlanName.$": str,
        "TrainingPlanOfferingId": S,
        "TrainingPlanOfferingId.$": str,
        "SpareInstanceCountPerUltraServer": I,
        "SpareInstanceCountPerUltraServer.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LoraConfig(TypedDict, total=False):
    Rank: I
    Alpha: I

class TrainingSessionModelConfig(TypedDict, total=False):
    BaseModelArn: S
    AcceptEula: B

class TrainingSessionS3Location(TypedDict, total=False):
    Path: S
    KmsKeyArn: S

class TrainingSessionOutputConfig(TypedDict, total=False):
    S3Location: X[TrainingSessionS3Location]

CreateTrainingSessionParameters = TypedDict(
    "CreateTrainingSessionParameters",
    {
        "TrainingSessionName": S,
        "TrainingSessionName.$": str,
        "ModelPackageGroupArn": S,
        "ModelPackageGroupArn.$": str,
        "LoraConfig": X[LoraConfig],
        "LoraConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "ModelConfig": X[TrainingSessionModelConfig],
        "ModelConfig.$": str,
        "OutputConfig": X[TrainingSessionOutputConfig],
        "OutputConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ModelClientConfig(TypedDict, total=False):
    InvocationsTimeoutInSeconds: I
    InvocationsMaxRetries: I

class BatchDataCaptureConfig(TypedDict, total=False):
    DestinationS3Uri: S
    KmsKeyId: S
    GenerateInferenceId: B

class DataProcessing(TypedDict, total=False):
    InputFilter: S
    OutputFilter: S
    JoinSource: S

CreateTransformJobParameters = TypedDict(
    "CreateTransformJobParameters",
    {
        "TransformJobName": S,
        "TransformJobName.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "MaxConcurrentTransforms": I,
        "MaxConcurrentTransforms.$": str,
        "ModelClientConfig": X[ModelClientConfig],
        "ModelClientConfig.$": str,
        "MaxPayloadInMB": I,
        "MaxPayloadInMB.$": str,
        "BatchStrategy": S,
        "BatchStrategy.$": str,
        "Environment": M[S],
        "Environment.$": str,
        "TransformInput": X[TransformInput],
        "TransformInput.$": str,
        "TransformOutput": X[TransformOutput],
        "TransformOutput.$": str,
        "DataCaptureConfig": X[BatchDataCaptureConfig],
        "DataCaptureConfig.$": str,
        "TransformResources": X[TransformResources],
        "TransformResources.$": str,
        "DataProcessing": X[DataProcessing],
        "DataProcessing.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ExperimentConfig": X[ExperimentConfig],
        "ExperimentConfig.$": str,
    },
    total=False,
)
CreateTrialParameters = TypedDict(
    "CreateTrialParameters",
    {
        "TrialName": S,
        "TrialName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ExperimentName": S,
        "ExperimentName.$": str,
        "MetadataProperties": X[MetadataProperties],
        "MetadataProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TrialComponentStatus(TypedDict, total=False):
    PrimaryStatus: S
    Message: S

class TrialComponentParameterValue(TypedDict, total=False):
    StringValue: S
    NumberValue: F

class TrialComponentArtifact(TypedDict, total=False):
    MediaType: S
    Value: S

CreateTrialComponentParameters = TypedDict(
    "CreateTrialComponentParameters",
    {
        "TrialComponentName": S,
        "TrialComponentName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Status": X[TrialComponentStatus],
        "Status.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Parameters": M[X[TrialComponentParameterValue]],
        "Parameters.$": str,
        "InputArtifacts": M[X[TrialComponentArtifact]],
        "InputArtifacts.$": str,
        "OutputArtifacts": M[X[TrialComponentArtifact]],
        "OutputArtifacts.$": str,
        "MetadataProperties": X[MetadataProperties],
        "MetadataProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateUserProfileParameters = TypedDict(
    "CreateUserProfileParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "SingleSignOnUserIdentifier": S,
        "SingleSignOnUserIdentifier.$": str,
        "SingleSignOnUserValue": S,
        "SingleSignOnUserValue.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UserSettings": X[UserSettings],
        "UserSettings.$": str,
    },
    total=False,
)

class CognitoConfig(TypedDict, total=False):
    UserPool: S
    ClientId: S

class OidcConfig(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    LogoutEndpoint: S
    JwksUri: S
    Scope: S
    AuthenticationRequestExtraParams: M[S]

class SourceIpConfig(TypedDict, total=False):
    Cidrs: L[Si]

class WorkforceVpcConfigRequest(TypedDict, total=False):
    VpcId: S
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

CreateWorkforceParameters = TypedDict(
    "CreateWorkforceParameters",
    {
        "CognitoConfig": X[CognitoConfig],
        "CognitoConfig.$": str,
        "OidcConfig": X[OidcConfig],
        "OidcConfig.$": str,
        "SourceIpConfig": X[SourceIpConfig],
        "SourceIpConfig.$": str,
        "WorkforceName": S,
        "WorkforceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WorkforceVpcConfig": X[WorkforceVpcConfigRequest],
        "WorkforceVpcConfig.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)

class CognitoMemberDefinition(TypedDict, total=False):
    UserPool: S
    UserGroup: S
    ClientId: S

class OidcMemberDefinition(TypedDict, total=False):
    Groups: L[Si]

class MemberDefinition(TypedDict, total=False):
    CognitoMemberDefinition: X[CognitoMemberDefinition]
    OidcMemberDefinition: X[OidcMemberDefinition]

class NotificationConfiguration(TypedDict, total=False):
    NotificationTopicArn: S

class IamPolicyConstraints(TypedDict, total=False):
    SourceIp: S
    VpcSourceIp: S

class S3Presign(TypedDict, total=False):
    IamPolicyConstraints: X[IamPolicyConstraints]

class WorkerAccessConfiguration(TypedDict, total=False):
    S3Presign: X[S3Presign]

CreateWorkteamParameters = TypedDict(
    "CreateWorkteamParameters",
    {
        "WorkteamName": S,
        "WorkteamName.$": str,
        "WorkforceName": S,
        "WorkforceName.$": str,
        "MemberDefinitions": L[Xi[MemberDefinition]],
        "MemberDefinitions.$": str,
        "Description": S,
        "Description.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "WorkerAccessConfiguration": X[WorkerAccessConfiguration],
        "WorkerAccessConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAIBenchmarkJobParameters = TypedDict(
    "DeleteAIBenchmarkJobParameters",
    {"AiBenchmarkJobName": S, "AiBenchmarkJobName.$": str},
    total=False,
)
DeleteAIRecommendationJobParameters = TypedDict(
    "DeleteAIRecommendationJobParameters",
    {"AiRecommendationJobName": S, "AiRecommendationJobName.$": str},
    total=False,
)
DeleteAIWorkloadConfigParameters = TypedDict(
    "DeleteAIWorkloadConfigParameters",
    {"AiWorkloadConfigName": S, "AiWorkloadConfigName.$": str},
    total=False,
)
DeleteActionParameters = TypedDict(
    "DeleteActionParameters", {"ActionName": S, "ActionName.$": str}, total=False
)
DeleteAlgorithmParameters = TypedDict(
    "DeleteAlgorithmParameters", {"AlgorithmName": S, "AlgorithmName.$": str}, total=False
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "AppType": S,
        "AppType.$": str,
        "AppName": S,
        "AppName.$": str,
    },
    total=False,
)
DeleteAppImageConfigParameters = TypedDict(
    "DeleteAppImageConfigParameters",
    {"AppImageConfigName": S, "AppImageConfigName.$": str},
    total=False,
)
DeleteArtifactParameters = TypedDict(
    "DeleteArtifactParameters",
    {"ArtifactArn": S, "ArtifactArn.$": str, "Source": X[ArtifactSource], "Source.$": str},
    total=False,
)
DeleteAssociationParameters = TypedDict(
    "DeleteAssociationParameters",
    {"SourceArn": S, "SourceArn.$": str, "DestinationArn": S, "DestinationArn.$": str},
    total=False,
)
DeleteCandidateParameters = TypedDict(
    "DeleteCandidateParameters",
    {"LeaderboardArn": S, "LeaderboardArn.$": str, "CandidateId": S, "CandidateId.$": str},
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
)
DeleteClusterExtensionParameters = TypedDict(
    "DeleteClusterExtensionParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "ExtensionArn": S, "ExtensionArn.$": str},
    total=False,
)
DeleteClusterSchedulerConfigParameters = TypedDict(
    "DeleteClusterSchedulerConfigParameters",
    {"ClusterSchedulerConfigId": S, "ClusterSchedulerConfigId.$": str},
    total=False,
)
DeleteCodeRepositoryParameters = TypedDict(
    "DeleteCodeRepositoryParameters",
    {"CodeRepositoryName": S, "CodeRepositoryName.$": str},
    total=False,
)
DeleteCompilationJobParameters = TypedDict(
    "DeleteCompilationJobParameters",
    {"CompilationJobName": S, "CompilationJobName.$": str},
    total=False,
)
DeleteComputeQuotaParameters = TypedDict(
    "DeleteComputeQuotaParameters", {"ComputeQuotaId": S, "ComputeQuotaId.$": str}, total=False
)
DeleteContextParameters = TypedDict(
    "DeleteContextParameters", {"ContextName": S, "ContextName.$": str}, total=False
)
DeleteDataQualityJobDefinitionParameters = TypedDict(
    "DeleteDataQualityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DeleteDeviceFleetParameters = TypedDict(
    "DeleteDeviceFleetParameters", {"DeviceFleetName": S, "DeviceFleetName.$": str}, total=False
)

class RetentionPolicy(TypedDict, total=False):
    HomeEfsFileSystem: S

DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "RetentionPolicy": X[RetentionPolicy],
        "RetentionPolicy.$": str,
    },
    total=False,
)
DeleteEdgeDeploymentPlanParameters = TypedDict(
    "DeleteEdgeDeploymentPlanParameters",
    {"EdgeDeploymentPlanName": S, "EdgeDeploymentPlanName.$": str},
    total=False,
)
DeleteEdgeDeploymentStageParameters = TypedDict(
    "DeleteEdgeDeploymentStageParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteEndpointConfigParameters = TypedDict(
    "DeleteEndpointConfigParameters",
    {"EndpointConfigName": S, "EndpointConfigName.$": str},
    total=False,
)
DeleteEndpointPolicyParameters = TypedDict(
    "DeleteEndpointPolicyParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteExperimentParameters = TypedDict(
    "DeleteExperimentParameters", {"ExperimentName": S, "ExperimentName.$": str}, total=False
)
DeleteFeatureGroupParameters = TypedDict(
    "DeleteFeatureGroupParameters", {"FeatureGroupName": S, "FeatureGroupName.$": str}, total=False
)
DeleteFlowDefinitionParameters = TypedDict(
    "DeleteFlowDefinitionParameters",
    {"FlowDefinitionName": S, "FlowDefinitionName.$": str},
    total=False,
)
DeleteGlobalInferenceGatewayParameters = TypedDict(
    "DeleteGlobalInferenceGatewayParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteHubParameters = TypedDict(
    "DeleteHubParameters", {"HubName": S, "HubName.$": str}, total=False
)
DeleteHubContentParameters = TypedDict(
    "DeleteHubContentParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentVersion": S,
        "HubContentVersion.$": str,
    },
    total=False,
)
DeleteHubContentReferenceParameters = TypedDict(
    "DeleteHubContentReferenceParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
    },
    total=False,
)
DeleteHumanTaskUiParameters = TypedDict(
    "DeleteHumanTaskUiParameters", {"HumanTaskUiName": S, "HumanTaskUiName.$": str}, total=False
)
DeleteHyperParameterTuningJobParameters = TypedDict(
    "DeleteHyperParameterTuningJobParameters",
    {"HyperParameterTuningJobName": S, "HyperParameterTuningJobName.$": str},
    total=False,
)
DeleteImageParameters = TypedDict(
    "DeleteImageParameters", {"ImageName": S, "ImageName.$": str}, total=False
)
DeleteImageVersionParameters = TypedDict(
    "DeleteImageVersionParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "Version": I,
        "Version.$": str,
        "Alias": S,
        "Alias.$": str,
    },
    total=False,
)
DeleteInferenceComponentParameters = TypedDict(
    "DeleteInferenceComponentParameters",
    {"InferenceComponentName": S, "InferenceComponentName.$": str},
    total=False,
)
DeleteInferenceExperimentParameters = TypedDict(
    "DeleteInferenceExperimentParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteInferenceRouterParameters = TypedDict(
    "DeleteInferenceRouterParameters",
    {"InferenceRouterName": S, "InferenceRouterName.$": str},
    total=False,
)
DeleteJobParameters = TypedDict(
    "DeleteJobParameters",
    {"JobName": S, "JobName.$": str, "JobCategory": S, "JobCategory.$": str},
    total=False,
)
DeleteLeaderboardParameters = TypedDict(
    "DeleteLeaderboardParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteMlflowAppParameters = TypedDict(
    "DeleteMlflowAppParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteMlflowTrackingServerParameters = TypedDict(
    "DeleteMlflowTrackingServerParameters",
    {"TrackingServerName": S, "TrackingServerName.$": str},
    total=False,
)
DeleteModelParameters = TypedDict(
    "DeleteModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DeleteModelBiasJobDefinitionParameters = TypedDict(
    "DeleteModelBiasJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DeleteModelCardParameters = TypedDict(
    "DeleteModelCardParameters", {"ModelCardName": S, "ModelCardName.$": str}, total=False
)
DeleteModelExplainabilityJobDefinitionParameters = TypedDict(
    "DeleteModelExplainabilityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DeleteModelMonitorConfigParameters = TypedDict(
    "DeleteModelMonitorConfigParameters",
    {"ModelMonitorConfigNameOrArn": S, "ModelMonitorConfigNameOrArn.$": str},
    total=False,
)
DeleteModelPackageParameters = TypedDict(
    "DeleteModelPackageParameters", {"ModelPackageName": S, "ModelPackageName.$": str}, total=False
)
DeleteModelPackageGroupParameters = TypedDict(
    "DeleteModelPackageGroupParameters",
    {"ModelPackageGroupName": S, "ModelPackageGroupName.$": str},
    total=False,
)
DeleteModelPackageGroupPolicyParameters = TypedDict(
    "DeleteModelPackageGroupPolicyParameters",
    {"ModelPackageGroupName": S, "ModelPackageGroupName.$": str},
    total=False,
)
DeleteModelQualityJobDefinitionParameters = TypedDict(
    "DeleteModelQualityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DeleteMonitoringScheduleParameters = TypedDict(
    "DeleteMonitoringScheduleParameters",
    {"MonitoringScheduleName": S, "MonitoringScheduleName.$": str},
    total=False,
)
DeleteNotebookInstanceParameters = TypedDict(
    "DeleteNotebookInstanceParameters",
    {"NotebookInstanceName": S, "NotebookInstanceName.$": str},
    total=False,
)
DeleteNotebookInstanceLifecycleConfigParameters = TypedDict(
    "DeleteNotebookInstanceLifecycleConfigParameters",
    {"NotebookInstanceLifecycleConfigName": S, "NotebookInstanceLifecycleConfigName.$": str},
    total=False,
)
DeleteOptimizationJobParameters = TypedDict(
    "DeleteOptimizationJobParameters",
    {"OptimizationJobName": S, "OptimizationJobName.$": str},
    total=False,
)
DeletePartnerAppParameters = TypedDict(
    "DeletePartnerAppParameters",
    {"Arn": S, "Arn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeletePipelineParameters = TypedDict(
    "DeletePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteProcessingJobParameters = TypedDict(
    "DeleteProcessingJobParameters",
    {"ProcessingJobName": S, "ProcessingJobName.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"ProjectName": S, "ProjectName.$": str}, total=False
)
DeleteSpaceParameters = TypedDict(
    "DeleteSpaceParameters",
    {"DomainId": S, "DomainId.$": str, "SpaceName": S, "SpaceName.$": str},
    total=False,
)
DeleteStudioLifecycleConfigParameters = TypedDict(
    "DeleteStudioLifecycleConfigParameters",
    {"StudioLifecycleConfigName": S, "StudioLifecycleConfigName.$": str},
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
DeleteTrainingJobParameters = TypedDict(
    "DeleteTrainingJobParameters", {"TrainingJobName": S, "TrainingJobName.$": str}, total=False
)
DeleteTrainingSessionParameters = TypedDict(
    "DeleteTrainingSessionParameters",
    {"TrainingSessionName": S, "TrainingSessionName.$": str},
    total=False,
)
DeleteTrialParameters = TypedDict(
    "DeleteTrialParameters", {"TrialName": S, "TrialName.$": str}, total=False
)
DeleteTrialComponentParameters = TypedDict(
    "DeleteTrialComponentParameters",
    {"TrialComponentName": S, "TrialComponentName.$": str},
    total=False,
)
DeleteUserProfileParameters = TypedDict(
    "DeleteUserProfileParameters",
    {"DomainId": S, "DomainId.$": str, "UserProfileName": S, "UserProfileName.$": str},
    total=False,
)
DeleteWorkforceParameters = TypedDict(
    "DeleteWorkforceParameters", {"WorkforceName": S, "WorkforceName.$": str}, total=False
)
DeleteWorkteamParameters = TypedDict(
    "DeleteWorkteamParameters", {"WorkteamName": S, "WorkteamName.$": str}, total=False
)
DeregisterDevicesParameters = TypedDict(
    "DeregisterDevicesParameters",
    {"DeviceFleetName": S, "DeviceFleetName.$": str, "DeviceNames": L[Si], "DeviceNames.$": str},
    total=False,
)
DescribeAIBenchmarkJobParameters = TypedDict(
    "DescribeAIBenchmarkJobParameters",
    {"AiBenchmarkJobName": S, "AiBenchmarkJobName.$": str},
    total=False,
)
DescribeAIRecommendationJobParameters = TypedDict(
    "DescribeAIRecommendationJobParameters",
    {"AiRecommendationJobName": S, "AiRecommendationJobName.$": str},
    total=False,
)
DescribeAIWorkloadConfigParameters = TypedDict(
    "DescribeAIWorkloadConfigParameters",
    {"AiWorkloadConfigName": S, "AiWorkloadConfigName.$": str},
    total=False,
)
DescribeActionParameters = TypedDict(
    "DescribeActionParameters", {"ActionName": S, "ActionName.$": str}, total=False
)
DescribeAlgorithmParameters = TypedDict(
    "DescribeAlgorithmParameters", {"AlgorithmName": S, "AlgorithmName.$": str}, total=False
)
DescribeAppParameters = TypedDict(
    "DescribeAppParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "AppType": S,
        "AppType.$": str,
        "AppName": S,
        "AppName.$": str,
    },
    total=False,
)
DescribeAppImageConfigParameters = TypedDict(
    "DescribeAppImageConfigParameters",
    {"AppImageConfigName": S, "AppImageConfigName.$": str},
    total=False,
)
DescribeArtifactParameters = TypedDict(
    "DescribeArtifactParameters", {"ArtifactArn": S, "ArtifactArn.$": str}, total=False
)
DescribeAutoMLJobParameters = TypedDict(
    "DescribeAutoMLJobParameters", {"AutoMLJobName": S, "AutoMLJobName.$": str}, total=False
)
DescribeAutoMLJobV2Parameters = TypedDict(
    "DescribeAutoMLJobV2Parameters", {"AutoMLJobName": S, "AutoMLJobName.$": str}, total=False
)
DescribeCapacityReservationParameters = TypedDict(
    "DescribeCapacityReservationParameters",
    {"SmCapacityReservationArn": S, "SmCapacityReservationArn.$": str},
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
)
DescribeClusterEventParameters = TypedDict(
    "DescribeClusterEventParameters",
    {"EventId": S, "EventId.$": str, "ClusterName": S, "ClusterName.$": str},
    total=False,
)
DescribeClusterExtensionParameters = TypedDict(
    "DescribeClusterExtensionParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "ExtensionArn": S, "ExtensionArn.$": str},
    total=False,
)
DescribeClusterNodeParameters = TypedDict(
    "DescribeClusterNodeParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "NodeLogicalId": S,
        "NodeLogicalId.$": str,
    },
    total=False,
)
DescribeClusterOperationParameters = TypedDict(
    "DescribeClusterOperationParameters",
    {"ClusterName": S, "ClusterName.$": str, "OperationId": S, "OperationId.$": str},
    total=False,
)
DescribeClusterSchedulerConfigParameters = TypedDict(
    "DescribeClusterSchedulerConfigParameters",
    {
        "ClusterSchedulerConfigId": S,
        "ClusterSchedulerConfigId.$": str,
        "ClusterSchedulerConfigVersion": I,
        "ClusterSchedulerConfigVersion.$": str,
    },
    total=False,
)
DescribeCodeRepositoryParameters = TypedDict(
    "DescribeCodeRepositoryParameters",
    {"CodeRepositoryName": S, "CodeRepositoryName.$": str},
    total=False,
)
DescribeCompilationJobParameters = TypedDict(
    "DescribeCompilationJobParameters",
    {"CompilationJobName": S, "CompilationJobName.$": str},
    total=False,
)
DescribeComputeQuotaParameters = TypedDict(
    "DescribeComputeQuotaParameters",
    {
        "ComputeQuotaId": S,
        "ComputeQuotaId.$": str,
        "ComputeQuotaVersion": I,
        "ComputeQuotaVersion.$": str,
    },
    total=False,
)
DescribeContextParameters = TypedDict(
    "DescribeContextParameters", {"ContextName": S, "ContextName.$": str}, total=False
)
DescribeDataQualityJobDefinitionParameters = TypedDict(
    "DescribeDataQualityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DescribeDeviceParameters = TypedDict(
    "DescribeDeviceParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
    },
    total=False,
)
DescribeDeviceFleetParameters = TypedDict(
    "DescribeDeviceFleetParameters", {"DeviceFleetName": S, "DeviceFleetName.$": str}, total=False
)
DescribeDomainParameters = TypedDict(
    "DescribeDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DescribeEdgeDeploymentPlanParameters = TypedDict(
    "DescribeEdgeDeploymentPlanParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeEdgePackagingJobParameters = TypedDict(
    "DescribeEdgePackagingJobParameters",
    {"EdgePackagingJobName": S, "EdgePackagingJobName.$": str},
    total=False,
)
DescribeEndpointParameters = TypedDict(
    "DescribeEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DescribeEndpointConfigParameters = TypedDict(
    "DescribeEndpointConfigParameters",
    {"EndpointConfigName": S, "EndpointConfigName.$": str},
    total=False,
)
DescribeExperimentParameters = TypedDict(
    "DescribeExperimentParameters", {"ExperimentName": S, "ExperimentName.$": str}, total=False
)
DescribeFeatureGroupParameters = TypedDict(
    "DescribeFeatureGroupParameters",
    {"FeatureGroupName": S, "FeatureGroupName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeFeatureMetadataParameters = TypedDict(
    "DescribeFeatureMetadataParameters",
    {"FeatureGroupName": S, "FeatureGroupName.$": str, "FeatureName": S, "FeatureName.$": str},
    total=False,
)
DescribeFlowDefinitionParameters = TypedDict(
    "DescribeFlowDefinitionParameters",
    {"FlowDefinitionName": S, "FlowDefinitionName.$": str},
    total=False,
)
DescribeGlobalInferenceGatewayParameters = TypedDict(
    "DescribeGlobalInferenceGatewayParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DescribeHubParameters = TypedDict(
    "DescribeHubParameters", {"HubName": S, "HubName.$": str}, total=False
)
DescribeHubContentParameters = TypedDict(
    "DescribeHubContentParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentVersion": S,
        "HubContentVersion.$": str,
    },
    total=False,
)
DescribeHumanTaskUiParameters = TypedDict(
    "DescribeHumanTaskUiParameters", {"HumanTaskUiName": S, "HumanTaskUiName.$": str}, total=False
)
DescribeHyperParameterTuningJobParameters = TypedDict(
    "DescribeHyperParameterTuningJobParameters",
    {"HyperParameterTuningJobName": S, "HyperParameterTuningJobName.$": str},
    total=False,
)
DescribeImageParameters = TypedDict(
    "DescribeImageParameters", {"ImageName": S, "ImageName.$": str}, total=False
)
DescribeImageVersionParameters = TypedDict(
    "DescribeImageVersionParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "Version": I,
        "Version.$": str,
        "Alias": S,
        "Alias.$": str,
    },
    total=False,
)
DescribeInferenceComponentParameters = TypedDict(
    "DescribeInferenceComponentParameters",
    {"InferenceComponentName": S, "InferenceComponentName.$": str},
    total=False,
)
DescribeInferenceExperimentParameters = TypedDict(
    "DescribeInferenceExperimentParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeInferenceRecommendationsJobParameters = TypedDict(
    "DescribeInferenceRecommendationsJobParameters", {"JobName": S, "JobName.$": str}, total=False
)
DescribeInferenceRouterParameters = TypedDict(
    "DescribeInferenceRouterParameters",
    {"InferenceRouterName": S, "InferenceRouterName.$": str},
    total=False,
)
DescribeJobParameters = TypedDict(
    "DescribeJobParameters",
    {"JobName": S, "JobName.$": str, "JobCategory": S, "JobCategory.$": str},
    total=False,
)
DescribeJobSchemaVersionParameters = TypedDict(
    "DescribeJobSchemaVersionParameters",
    {
        "JobCategory": S,
        "JobCategory.$": str,
        "JobConfigSchemaVersion": S,
        "JobConfigSchemaVersion.$": str,
    },
    total=False,
)
DescribeLabelingJobParameters = TypedDict(
    "DescribeLabelingJobParameters", {"LabelingJobName": S, "LabelingJobName.$": str}, total=False
)
DescribeLineageGroupParameters = TypedDict(
    "DescribeLineageGroupParameters",
    {"LineageGroupName": S, "LineageGroupName.$": str},
    total=False,
)
DescribeMlflowAppParameters = TypedDict(
    "DescribeMlflowAppParameters", {"Arn": S, "Arn.$": str}, total=False
)
DescribeMlflowTrackingServerParameters = TypedDict(
    "DescribeMlflowTrackingServerParameters",
    {"TrackingServerName": S, "TrackingServerName.$": str},
    total=False,
)
DescribeModelParameters = TypedDict(
    "DescribeModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DescribeModelBiasJobDefinitionParameters = TypedDict(
    "DescribeModelBiasJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DescribeModelCardParameters = TypedDict(
    "DescribeModelCardParameters",
    {
        "ModelCardName": S,
        "ModelCardName.$": str,
        "ModelCardVersion": I,
        "ModelCardVersion.$": str,
        "IncludedData": S,
        "IncludedData.$": str,
    },
    total=False,
)
DescribeModelCardExportJobParameters = TypedDict(
    "DescribeModelCardExportJobParameters",
    {"ModelCardExportJobArn": S, "ModelCardExportJobArn.$": str},
    total=False,
)
DescribeModelExplainabilityJobDefinitionParameters = TypedDict(
    "DescribeModelExplainabilityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DescribeModelPackageParameters = TypedDict(
    "DescribeModelPackageParameters",
    {"ModelPackageName": S, "ModelPackageName.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
DescribeModelPackageGroupParameters = TypedDict(
    "DescribeModelPackageGroupParameters",
    {"ModelPackageGroupName": S, "ModelPackageGroupName.$": str},
    total=False,
)
DescribeModelQualityJobDefinitionParameters = TypedDict(
    "DescribeModelQualityJobDefinitionParameters",
    {"JobDefinitionName": S, "JobDefinitionName.$": str},
    total=False,
)
DescribeMonitoringScheduleParameters = TypedDict(
    "DescribeMonitoringScheduleParameters",
    {"MonitoringScheduleName": S, "MonitoringScheduleName.$": str},
    total=False,
)
DescribeNotebookInstanceParameters = TypedDict(
    "DescribeNotebookInstanceParameters",
    {"NotebookInstanceName": S, "NotebookInstanceName.$": str},
    total=False,
)
DescribeNotebookInstanceLifecycleConfigParameters = TypedDict(
    "DescribeNotebookInstanceLifecycleConfigParameters",
    {"NotebookInstanceLifecycleConfigName": S, "NotebookInstanceLifecycleConfigName.$": str},
    total=False,
)
DescribeOptimizationJobParameters = TypedDict(
    "DescribeOptimizationJobParameters",
    {"OptimizationJobName": S, "OptimizationJobName.$": str},
    total=False,
)
DescribePartnerAppParameters = TypedDict(
    "DescribePartnerAppParameters",
    {"Arn": S, "Arn.$": str, "IncludeAvailableUpgrade": B, "IncludeAvailableUpgrade.$": str},
    total=False,
)
DescribePipelineParameters = TypedDict(
    "DescribePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineVersionId": I,
        "PipelineVersionId.$": str,
        "PipelineVersionAlias": S,
        "PipelineVersionAlias.$": str,
    },
    total=False,
)
DescribePipelineDefinitionForExecutionParameters = TypedDict(
    "DescribePipelineDefinitionForExecutionParameters",
    {"PipelineExecutionArn": S, "PipelineExecutionArn.$": str},
    total=False,
)
DescribePipelineExecutionParameters = TypedDict(
    "DescribePipelineExecutionParameters",
    {"PipelineExecutionArn": S, "PipelineExecutionArn.$": str},
    total=False,
)
DescribeProcessingJobParameters = TypedDict(
    "DescribeProcessingJobParameters",
    {"ProcessingJobName": S, "ProcessingJobName.$": str},
    total=False,
)
DescribeProjectParameters = TypedDict(
    "DescribeProjectParameters", {"ProjectName": S, "ProjectName.$": str}, total=False
)
DescribeReservedCapacityParameters = TypedDict(
    "DescribeReservedCapacityParameters",
    {"ReservedCapacityArn": S, "ReservedCapacityArn.$": str},
    total=False,
)
DescribeResourceAssociationsParameters = TypedDict(
    "DescribeResourceAssociationsParameters",
    {
        "SmCapacityReservationArn": S,
        "SmCapacityReservationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSpaceParameters = TypedDict(
    "DescribeSpaceParameters",
    {"DomainId": S, "DomainId.$": str, "SpaceName": S, "SpaceName.$": str},
    total=False,
)
DescribeStudioLifecycleConfigParameters = TypedDict(
    "DescribeStudioLifecycleConfigParameters",
    {"StudioLifecycleConfigName": S, "StudioLifecycleConfigName.$": str},
    total=False,
)
DescribeSubscribedWorkteamParameters = TypedDict(
    "DescribeSubscribedWorkteamParameters", {"WorkteamArn": S, "WorkteamArn.$": str}, total=False
)
DescribeTrainingJobParameters = TypedDict(
    "DescribeTrainingJobParameters", {"TrainingJobName": S, "TrainingJobName.$": str}, total=False
)
DescribeTrainingPlanParameters = TypedDict(
    "DescribeTrainingPlanParameters",
    {"TrainingPlanName": S, "TrainingPlanName.$": str},
    total=False,
)
DescribeTrainingPlanExtensionHistoryParameters = TypedDict(
    "DescribeTrainingPlanExtensionHistoryParameters",
    {
        "TrainingPlanArn": S,
        "TrainingPlanArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeTrainingSessionParameters = TypedDict(
    "DescribeTrainingSessionParameters",
    {"TrainingSessionName": S, "TrainingSessionName.$": str},
    total=False,
)
DescribeTransformJobParameters = TypedDict(
    "DescribeTransformJobParameters",
    {"TransformJobName": S, "TransformJobName.$": str},
    total=False,
)
DescribeTrialParameters = TypedDict(
    "DescribeTrialParameters", {"TrialName": S, "TrialName.$": str}, total=False
)
DescribeTrialComponentParameters = TypedDict(
    "DescribeTrialComponentParameters",
    {"TrialComponentName": S, "TrialComponentName.$": str},
    total=False,
)
DescribeUserProfileParameters = TypedDict(
    "DescribeUserProfileParameters",
    {"DomainId": S, "DomainId.$": str, "UserProfileName": S, "UserProfileName.$": str},
    total=False,
)
DescribeWorkforceParameters = TypedDict(
    "DescribeWorkforceParameters", {"WorkforceName": S, "WorkforceName.$": str}, total=False
)
DescribeWorkteamParameters = TypedDict(
    "DescribeWorkteamParameters", {"WorkteamName": S, "WorkteamName.$": str}, total=False
)
DetachClusterNodeVolumeParameters = TypedDict(
    "DetachClusterNodeVolumeParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)

class DisableSagemakerServicecatalogPortfolioParameters(TypedDict, total=False): ...

DisassociateTrialComponentParameters = TypedDict(
    "DisassociateTrialComponentParameters",
    {"TrialComponentName": S, "TrialComponentName.$": str, "TrialName": S, "TrialName.$": str},
    total=False,
)

class EnableSagemakerServicecatalogPortfolioParameters(TypedDict, total=False): ...

ExtendTrainingPlanParameters = TypedDict(
    "ExtendTrainingPlanParameters",
    {"TrainingPlanExtensionOfferingId": S, "TrainingPlanExtensionOfferingId.$": str},
    total=False,
)
GetCandidateParameters = TypedDict(
    "GetCandidateParameters",
    {"LeaderboardArn": S, "LeaderboardArn.$": str, "CandidateId": S, "CandidateId.$": str},
    total=False,
)
GetCapacityReservationUsageParameters = TypedDict(
    "GetCapacityReservationUsageParameters",
    {
        "SmCapacityReservationArn": S,
        "SmCapacityReservationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDeviceFleetReportParameters = TypedDict(
    "GetDeviceFleetReportParameters", {"DeviceFleetName": S, "DeviceFleetName.$": str}, total=False
)
GetEndpointPolicyParameters = TypedDict(
    "GetEndpointPolicyParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
GetLeaderboardParameters = TypedDict(
    "GetLeaderboardParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetLineageGroupPolicyParameters = TypedDict(
    "GetLineageGroupPolicyParameters",
    {"LineageGroupName": S, "LineageGroupName.$": str},
    total=False,
)
GetModelMonitorConfigParameters = TypedDict(
    "GetModelMonitorConfigParameters",
    {"ModelMonitorConfigNameOrArn": S, "ModelMonitorConfigNameOrArn.$": str},
    total=False,
)
GetModelMonitorExecutionParameters = TypedDict(
    "GetModelMonitorExecutionParameters",
    {
        "ModelMonitorConfigNameOrArn": S,
        "ModelMonitorConfigNameOrArn.$": str,
        "ScheduledAt": T,
        "ScheduledAt.$": str,
    },
    total=False,
)
GetModelPackageGroupPolicyParameters = TypedDict(
    "GetModelPackageGroupPolicyParameters",
    {"ModelPackageGroupName": S, "ModelPackageGroupName.$": str},
    total=False,
)

class GetSagemakerServicecatalogPortfolioStatusParameters(TypedDict, total=False): ...

class ScalingPolicyObjective(TypedDict, total=False):
    MinInvocationsPerMinute: I
    MaxInvocationsPerMinute: I

GetScalingConfigurationRecommendationParameters = TypedDict(
    "GetScalingConfigurationRecommendationParameters",
    {
        "InferenceRecommendationsJobName": S,
        "InferenceRecommendationsJobName.$": str,
        "RecommendationId": S,
        "RecommendationId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "TargetCpuUtilizationPerCore": I,
        "TargetCpuUtilizationPerCore.$": str,
        "ScalingPolicyObjective": X[ScalingPolicyObjective],
        "ScalingPolicyObjective.$": str,
    },
    total=False,
)

class PropertyNameQuery(TypedDict, total=False):
    PropertyNameHint: S

class SuggestionQuery(TypedDict, total=False):
    PropertyNameQuery: X[PropertyNameQuery]

GetSearchSuggestionsParameters = TypedDict(
    "GetSearchSuggestionsParameters",
    {
        "Resource": S,
        "Resource.$": str,
        "SuggestionQuery": X[SuggestionQuery],
        "SuggestionQuery.$": str,
    },
    total=False,
)
ImportHubContentParameters = TypedDict(
    "ImportHubContentParameters",
    {
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentVersion": S,
        "HubContentVersion.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "DocumentSchemaVersion": S,
        "DocumentSchemaVersion.$": str,
        "HubName": S,
        "HubName.$": str,
        "HubContentDisplayName": S,
        "HubContentDisplayName.$": str,
        "HubContentDescription": S,
        "HubContentDescription.$": str,
        "HubContentMarkdown": S,
        "HubContentMarkdown.$": str,
        "HubContentDocument": S,
        "HubContentDocument.$": str,
        "SupportStatus": S,
        "SupportStatus.$": str,
        "HubContentSearchKeywords": L[Si],
        "HubContentSearchKeywords.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListAIBenchmarkJobsParameters = TypedDict(
    "ListAIBenchmarkJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListAIRecommendationJobsParameters = TypedDict(
    "ListAIRecommendationJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListAIWorkloadConfigsParameters = TypedDict(
    "ListAIWorkloadConfigsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListActionsParameters = TypedDict(
    "ListActionsParameters",
    {
        "SourceUri": S,
        "SourceUri.$": str,
        "ActionType": S,
        "ActionType.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAlgorithmsParameters = TypedDict(
    "ListAlgorithmsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "Alias": S,
        "Alias.$": str,
        "Version": I,
        "Version.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppImageConfigsParameters = TypedDict(
    "ListAppImageConfigsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "ModifiedTimeBefore": T,
        "ModifiedTimeBefore.$": str,
        "ModifiedTimeAfter": T,
        "ModifiedTimeAfter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "DomainIdEquals": S,
        "DomainIdEquals.$": str,
        "UserProfileNameEquals": S,
        "UserProfileNameEquals.$": str,
        "SpaceNameEquals": S,
        "SpaceNameEquals.$": str,
    },
    total=False,
)
ListArtifactsParameters = TypedDict(
    "ListArtifactsParameters",
    {
        "SourceUri": S,
        "SourceUri.$": str,
        "ArtifactType": S,
        "ArtifactType.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssociationsParameters = TypedDict(
    "ListAssociationsParameters",
    {
        "SourceArn": S,
        "SourceArn.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "DestinationType": S,
        "DestinationType.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAutoMLJobsParameters = TypedDict(
    "ListAutoMLJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class LeaderboardCandidateFilters(TypedDict, total=False):
    DatasetArn: S
    EvalCriteriaArn: S

class LeaderboardSortMetric(TypedDict, total=False):
    CriterionName: S
    MetricName: S

ListCandidatesParameters = TypedDict(
    "ListCandidatesParameters",
    {
        "LeaderboardArn": S,
        "LeaderboardArn.$": str,
        "Filters": X[LeaderboardCandidateFilters],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortMetric": X[LeaderboardSortMetric],
        "SortMetric.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCandidatesForAutoMLJobParameters = TypedDict(
    "ListCandidatesForAutoMLJobParameters",
    {
        "AutoMLJobName": S,
        "AutoMLJobName.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "CandidateNameEquals": S,
        "CandidateNameEquals.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CapacityReservationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListCapacityReservationsParameters = TypedDict(
    "ListCapacityReservationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[CapacityReservationFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListClusterEventsParameters = TypedDict(
    "ListClusterEventsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "InstanceGroupName": S,
        "InstanceGroupName.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "EventTimeAfter": T,
        "EventTimeAfter.$": str,
        "EventTimeBefore": T,
        "EventTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClusterExtensionVersionsParameters = TypedDict(
    "ListClusterExtensionVersionsParameters",
    {
        "ExtensionName": S,
        "ExtensionName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClusterExtensionsParameters = TypedDict(
    "ListClusterExtensionsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
    },
    total=False,
)
ListClusterNodesParameters = TypedDict(
    "ListClusterNodesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "InstanceGroupNameContains": S,
        "InstanceGroupNameContains.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "IncludeNodeLogicalIds": B,
        "IncludeNodeLogicalIds.$": str,
    },
    total=False,
)
ListClusterOperationsParameters = TypedDict(
    "ListClusterOperationsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Status": S,
        "Status.$": str,
        "Type": S,
        "Type.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClusterSchedulerConfigsParameters = TypedDict(
    "ListClusterSchedulerConfigsParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "Status": S,
        "Status.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "TrainingPlanArn": S,
        "TrainingPlanArn.$": str,
    },
    total=False,
)
ListCodeRepositoriesParameters = TypedDict(
    "ListCodeRepositoriesParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListCompilationJobsParameters = TypedDict(
    "ListCompilationJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListComputeQuotasParameters = TypedDict(
    "ListComputeQuotasParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "Status": S,
        "Status.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContextsParameters = TypedDict(
    "ListContextsParameters",
    {
        "SourceUri": S,
        "SourceUri.$": str,
        "ContextType": S,
        "ContextType.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataQualityJobDefinitionsParameters = TypedDict(
    "ListDataQualityJobDefinitionsParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)
ListDeviceFleetsParameters = TypedDict(
    "ListDeviceFleetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListDevicesParameters = TypedDict(
    "ListDevicesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LatestHeartbeatAfter": T,
        "LatestHeartbeatAfter.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListEdgeDeploymentPlansParameters = TypedDict(
    "ListEdgeDeploymentPlansParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "DeviceFleetNameContains": S,
        "DeviceFleetNameContains.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListEdgePackagingJobsParameters = TypedDict(
    "ListEdgePackagingJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "ModelNameContains": S,
        "ModelNameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListEndpointConfigsParameters = TypedDict(
    "ListEndpointConfigsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)
ListEndpointsParameters = TypedDict(
    "ListEndpointsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListExperimentsParameters = TypedDict(
    "ListExperimentsParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFeatureGroupsParameters = TypedDict(
    "ListFeatureGroupsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "FeatureGroupStatusEquals": S,
        "FeatureGroupStatusEquals.$": str,
        "OfflineStoreStatusEquals": S,
        "OfflineStoreStatusEquals.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFlowDefinitionsParameters = TypedDict(
    "ListFlowDefinitionsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GlobalInferenceGatewayFilter(TypedDict, total=False):
    Name: S
    Value: S

ListGlobalInferenceGatewaysParameters = TypedDict(
    "ListGlobalInferenceGatewaysParameters",
    {
        "Filters": L[Xi[GlobalInferenceGatewayFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHubContentVersionsParameters = TypedDict(
    "ListHubContentVersionsParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "MinVersion": S,
        "MinVersion.$": str,
        "MaxSchemaVersion": S,
        "MaxSchemaVersion.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHubContentsParameters = TypedDict(
    "ListHubContentsParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "MaxSchemaVersion": S,
        "MaxSchemaVersion.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHubsParameters = TypedDict(
    "ListHubsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHumanTaskUisParameters = TypedDict(
    "ListHumanTaskUisParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHyperParameterTuningJobsParameters = TypedDict(
    "ListHyperParameterTuningJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListImageVersionsParameters = TypedDict(
    "ListImageVersionsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListImagesParameters = TypedDict(
    "ListImagesParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListInferenceComponentsParameters = TypedDict(
    "ListInferenceComponentsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "EndpointNameEquals": S,
        "EndpointNameEquals.$": str,
        "VariantNameEquals": S,
        "VariantNameEquals.$": str,
    },
    total=False,
)
ListInferenceExperimentsParameters = TypedDict(
    "ListInferenceExperimentsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "Type": S,
        "Type.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GlobalInferenceGatewayMemberFilter(TypedDict, total=False):
    Name: S
    Value: S

ListInferenceGatewaysParameters = TypedDict(
    "ListInferenceGatewaysParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Filters": L[Xi[GlobalInferenceGatewayMemberFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInferenceRecommendationsJobStepsParameters = TypedDict(
    "ListInferenceRecommendationsJobStepsParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "Status": S,
        "Status.$": str,
        "StepType": S,
        "StepType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInferenceRecommendationsJobsParameters = TypedDict(
    "ListInferenceRecommendationsJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ModelNameEquals": S,
        "ModelNameEquals.$": str,
        "ModelPackageVersionArnEquals": S,
        "ModelPackageVersionArnEquals.$": str,
    },
    total=False,
)
ListInferenceRoutersParameters = TypedDict(
    "ListInferenceRoutersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListJobSchemaVersionsParameters = TypedDict(
    "ListJobSchemaVersionsParameters",
    {
        "JobCategory": S,
        "JobCategory.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "JobCategory": S,
        "JobCategory.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListLabelingJobsParameters = TypedDict(
    "ListLabelingJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListLabelingJobsForWorkteamParameters = TypedDict(
    "ListLabelingJobsForWorkteamParameters",
    {
        "WorkteamArn": S,
        "WorkteamArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "JobReferenceCodeContains": S,
        "JobReferenceCodeContains.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListLeaderboardsParameters = TypedDict(
    "ListLeaderboardsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListLineageGroupsParameters = TypedDict(
    "ListLineageGroupsParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMlflowAppsParameters = TypedDict(
    "ListMlflowAppsParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "Status": S,
        "Status.$": str,
        "MlflowVersion": S,
        "MlflowVersion.$": str,
        "DefaultForDomainId": S,
        "DefaultForDomainId.$": str,
        "AccountDefaultStatus": S,
        "AccountDefaultStatus.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMlflowTrackingServersParameters = TypedDict(
    "ListMlflowTrackingServersParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "TrackingServerStatus": S,
        "TrackingServerStatus.$": str,
        "MlflowVersion": S,
        "MlflowVersion.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelBiasJobDefinitionsParameters = TypedDict(
    "ListModelBiasJobDefinitionsParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)
ListModelCardExportJobsParameters = TypedDict(
    "ListModelCardExportJobsParameters",
    {
        "ModelCardName": S,
        "ModelCardName.$": str,
        "ModelCardVersion": I,
        "ModelCardVersion.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "ModelCardExportJobNameContains": S,
        "ModelCardExportJobNameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelCardVersionsParameters = TypedDict(
    "ListModelCardVersionsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ModelCardName": S,
        "ModelCardName.$": str,
        "ModelCardStatus": S,
        "ModelCardStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListModelCardsParameters = TypedDict(
    "ListModelCardsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "ModelCardStatus": S,
        "ModelCardStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListModelExplainabilityJobDefinitionsParameters = TypedDict(
    "ListModelExplainabilityJobDefinitionsParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)

class ModelMetadataFilter(TypedDict, total=False):
    Name: S
    Value: S

class ModelMetadataSearchExpression(TypedDict, total=False):
    Filters: L[Xi[ModelMetadataFilter]]

ListModelMetadataParameters = TypedDict(
    "ListModelMetadataParameters",
    {
        "SearchExpression": X[ModelMetadataSearchExpression],
        "SearchExpression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelMonitorConfigsParameters = TypedDict(
    "ListModelMonitorConfigsParameters",
    {
        "TargetType": S,
        "TargetType.$": str,
        "TargetName": S,
        "TargetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelMonitorExecutionsParameters = TypedDict(
    "ListModelMonitorExecutionsParameters",
    {
        "ModelMonitorConfigNameOrArn": S,
        "ModelMonitorConfigNameOrArn.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "ScheduledAfter": T,
        "ScheduledAfter.$": str,
        "ScheduledBefore": T,
        "ScheduledBefore.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelPackageGroupsParameters = TypedDict(
    "ListModelPackageGroupsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "CrossAccountFilterOption": S,
        "CrossAccountFilterOption.$": str,
    },
    total=False,
)
ListModelPackagesParameters = TypedDict(
    "ListModelPackagesParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "ModelApprovalStatus": S,
        "ModelApprovalStatus.$": str,
        "ModelPackageGroupName": S,
        "ModelPackageGroupName.$": str,
        "ModelPackageType": S,
        "ModelPackageType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListModelQualityJobDefinitionsParameters = TypedDict(
    "ListModelQualityJobDefinitionsParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)
ListModelsParameters = TypedDict(
    "ListModelsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
    },
    total=False,
)
ListMonitoringAlertHistoryParameters = TypedDict(
    "ListMonitoringAlertHistoryParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "MonitoringAlertName": S,
        "MonitoringAlertName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListMonitoringAlertsParameters = TypedDict(
    "ListMonitoringAlertsParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMonitoringExecutionsParameters = TypedDict(
    "ListMonitoringExecutionsParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ScheduledTimeBefore": T,
        "ScheduledTimeBefore.$": str,
        "ScheduledTimeAfter": T,
        "ScheduledTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "MonitoringJobDefinitionName": S,
        "MonitoringJobDefinitionName.$": str,
        "MonitoringTypeEquals": S,
        "MonitoringTypeEquals.$": str,
    },
    total=False,
)
ListMonitoringSchedulesParameters = TypedDict(
    "ListMonitoringSchedulesParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "MonitoringJobDefinitionName": S,
        "MonitoringJobDefinitionName.$": str,
        "MonitoringTypeEquals": S,
        "MonitoringTypeEquals.$": str,
    },
    total=False,
)
ListNotebookInstanceLifecycleConfigsParameters = TypedDict(
    "ListNotebookInstanceLifecycleConfigsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
    },
    total=False,
)
ListNotebookInstancesParameters = TypedDict(
    "ListNotebookInstancesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "NotebookInstanceLifecycleConfigNameContains": S,
        "NotebookInstanceLifecycleConfigNameContains.$": str,
        "DefaultCodeRepositoryContains": S,
        "DefaultCodeRepositoryContains.$": str,
        "AdditionalCodeRepositoryEquals": S,
        "AdditionalCodeRepositoryEquals.$": str,
    },
    total=False,
)
ListOptimizationJobsParameters = TypedDict(
    "ListOptimizationJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "OptimizationContains": S,
        "OptimizationContains.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListPartnerAppsParameters = TypedDict(
    "ListPartnerAppsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPipelineExecutionStepsParameters = TypedDict(
    "ListPipelineExecutionStepsParameters",
    {
        "PipelineExecutionArn": S,
        "PipelineExecutionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListPipelineExecutionsParameters = TypedDict(
    "ListPipelineExecutionsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PipelineVersionAlias": S,
        "PipelineVersionAlias.$": str,
    },
    total=False,
)
ListPipelineParametersForExecutionParameters = TypedDict(
    "ListPipelineParametersForExecutionParameters",
    {
        "PipelineExecutionArn": S,
        "PipelineExecutionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPipelineVersionsParameters = TypedDict(
    "ListPipelineVersionsParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPipelinesParameters = TypedDict(
    "ListPipelinesParameters",
    {
        "PipelineNamePrefix": S,
        "PipelineNamePrefix.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ManagedBy": S,
        "ManagedBy.$": str,
    },
    total=False,
)
ListProcessingJobsParameters = TypedDict(
    "ListProcessingJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "ProjectType": S,
        "ProjectType.$": str,
    },
    total=False,
)
ListResourceCatalogsParameters = TypedDict(
    "ListResourceCatalogsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "DomainIdEquals": S,
        "DomainIdEquals.$": str,
        "SpaceNameContains": S,
        "SpaceNameContains.$": str,
    },
    total=False,
)
ListStageDevicesParameters = TypedDict(
    "ListStageDevicesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "ExcludeDevicesDeployedInOtherStage": B,
        "ExcludeDevicesDeployedInOtherStage.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
ListStudioLifecycleConfigsParameters = TypedDict(
    "ListStudioLifecycleConfigsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "AppTypeEquals": S,
        "AppTypeEquals.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "ModifiedTimeBefore": T,
        "ModifiedTimeBefore.$": str,
        "ModifiedTimeAfter": T,
        "ModifiedTimeAfter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListSubscribedWorkteamsParameters = TypedDict(
    "ListSubscribedWorkteamsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
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
ListTrainingJobsParameters = TypedDict(
    "ListTrainingJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "WarmPoolStatusEquals": S,
        "WarmPoolStatusEquals.$": str,
        "TrainingPlanArnEquals": S,
        "TrainingPlanArnEquals.$": str,
    },
    total=False,
)
ListTrainingJobsForHyperParameterTuningJobParameters = TypedDict(
    "ListTrainingJobsForHyperParameterTuningJobParameters",
    {
        "HyperParameterTuningJobName": S,
        "HyperParameterTuningJobName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)

class TrainingPlanFilter(TypedDict, total=False):
    Name: S
    Value: S

ListTrainingPlansParameters = TypedDict(
    "ListTrainingPlansParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTimeAfter": T,
        "StartTimeAfter.$": str,
        "StartTimeBefore": T,
        "StartTimeBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "Filters": L[Xi[TrainingPlanFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTrainingSessionsParameters = TypedDict(
    "ListTrainingSessionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListTransformJobsParameters = TypedDict(
    "ListTransformJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "LastModifiedTimeAfter": T,
        "LastModifiedTimeAfter.$": str,
        "LastModifiedTimeBefore": T,
        "LastModifiedTimeBefore.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTrialComponentsParameters = TypedDict(
    "ListTrialComponentsParameters",
    {
        "ExperimentName": S,
        "ExperimentName.$": str,
        "TrialName": S,
        "TrialName.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTrialsParameters = TypedDict(
    "ListTrialsParameters",
    {
        "ExperimentName": S,
        "ExperimentName.$": str,
        "TrialComponentName": S,
        "TrialComponentName.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUltraServersByReservedCapacityParameters = TypedDict(
    "ListUltraServersByReservedCapacityParameters",
    {
        "ReservedCapacityArn": S,
        "ReservedCapacityArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUserProfilesParameters = TypedDict(
    "ListUserProfilesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "DomainIdEquals": S,
        "DomainIdEquals.$": str,
        "UserProfileNameContains": S,
        "UserProfileNameContains.$": str,
    },
    total=False,
)
ListWorkforcesParameters = TypedDict(
    "ListWorkforcesParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkteamsParameters = TypedDict(
    "ListWorkteamsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
MoveClusterNodesParameters = TypedDict(
    "MoveClusterNodesParameters",
    {
        "SourceClusterArn": S,
        "SourceClusterArn.$": str,
        "SourceInstanceGroupName": S,
        "SourceInstanceGroupName.$": str,
        "TargetClusterArn": S,
        "TargetClusterArn.$": str,
        "TargetInstanceGroupName": S,
        "TargetInstanceGroupName.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "NodeIds": L[Si],
        "NodeIds.$": str,
        "NodeLogicalIds": L[Si],
        "NodeLogicalIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutEndpointPolicyParameters = TypedDict(
    "PutEndpointPolicyParameters",
    {"EndpointName": S, "EndpointName.$": str, "ResourcePolicy": S, "ResourcePolicy.$": str},
    total=False,
)
PutModelPackageGroupPolicyParameters = TypedDict(
    "PutModelPackageGroupPolicyParameters",
    {
        "ModelPackageGroupName": S,
        "ModelPackageGroupName.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
    },
    total=False,
)

class QueryFilters(TypedDict, total=False):
    Types: L[Si]
    LineageTypes: L[Si]
    CreatedBefore: T
    CreatedAfter: T
    ModifiedBefore: T
    ModifiedAfter: T
    Properties: M[S]

QueryLineageParameters = TypedDict(
    "QueryLineageParameters",
    {
        "StartArns": L[Si],
        "StartArns.$": str,
        "Direction": S,
        "Direction.$": str,
        "IncludeEdges": B,
        "IncludeEdges.$": str,
        "IncludeSource": B,
        "IncludeSource.$": str,
        "Filters": X[QueryFilters],
        "Filters.$": str,
        "MaxDepth": I,
        "MaxDepth.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Device(TypedDict, total=False):
    DeviceName: S
    Description: S
    IotThingName: S

RegisterDevicesParameters = TypedDict(
    "RegisterDevicesParameters",
    {
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
        "Devices": L[Xi[Device]],
        "Devices.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
RemoveInferenceGatewayParameters = TypedDict(
    "RemoveInferenceGatewayParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class RenderableTask(TypedDict, total=False):
    Input: S

RenderUiTemplateParameters = TypedDict(
    "RenderUiTemplateParameters",
    {
        "UiTemplate": X[UiTemplate],
        "UiTemplate.$": str,
        "Task": X[RenderableTask],
        "Task.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "HumanTaskUiArn": S,
        "HumanTaskUiArn.$": str,
    },
    total=False,
)
RetryPipelineExecutionParameters = TypedDict(
    "RetryPipelineExecutionParameters",
    {
        "PipelineExecutionArn": S,
        "PipelineExecutionArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ParallelismConfiguration": X[ParallelismConfiguration],
        "ParallelismConfiguration.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

class NestedFilters(TypedDict, total=False):
    NestedPropertyName: S
    Filters: L[Xi[Filter]]

class SearchExpression(TypedDict, total=False):
    Filters: L[Xi[Filter]]
    NestedFilters: L[Xi[NestedFilters]]
    SubExpressions: L[Xi[SearchExpression]]
    Operator: S

class VisibilityConditions(TypedDict, total=False):
    Key: S
    Value: S

SearchParameters = TypedDict(
    "SearchParameters",
    {
        "Resource": S,
        "Resource.$": str,
        "SearchExpression": X[SearchExpression],
        "SearchExpression.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CrossAccountFilterOption": S,
        "CrossAccountFilterOption.$": str,
        "VisibilityConditions": L[Xi[VisibilityConditions]],
        "VisibilityConditions.$": str,
    },
    total=False,
)
SearchTrainingPlanOfferingsParameters = TypedDict(
    "SearchTrainingPlanOfferingsParameters",
    {
        "InstanceType": S,
        "InstanceType.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "UltraServerType": S,
        "UltraServerType.$": str,
        "UltraServerCount": I,
        "UltraServerCount.$": str,
        "StartTimeAfter": T,
        "StartTimeAfter.$": str,
        "EndTimeBefore": T,
        "EndTimeBefore.$": str,
        "DurationHours": I,
        "DurationHours.$": str,
        "TargetResources": L[Si],
        "TargetResources.$": str,
        "TrainingPlanArn": S,
        "TrainingPlanArn.$": str,
    },
    total=False,
)
SendPipelineExecutionStepFailureParameters = TypedDict(
    "SendPipelineExecutionStepFailureParameters",
    {
        "CallbackToken": S,
        "CallbackToken.$": str,
        "FailureReason": S,
        "FailureReason.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class OutputParameter(TypedDict, total=False):
    Name: S
    Value: S

SendPipelineExecutionStepSuccessParameters = TypedDict(
    "SendPipelineExecutionStepSuccessParameters",
    {
        "CallbackToken": S,
        "CallbackToken.$": str,
        "OutputParameters": L[Xi[OutputParameter]],
        "OutputParameters.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class InstanceGroupHealthCheckConfiguration(TypedDict, total=False):
    InstanceGroupName: S
    InstanceIds: L[Si]
    DeepHealthChecks: L[Si]

StartClusterHealthCheckParameters = TypedDict(
    "StartClusterHealthCheckParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "DeepHealthCheckConfigurations": L[Xi[InstanceGroupHealthCheckConfiguration]],
        "DeepHealthCheckConfigurations.$": str,
    },
    total=False,
)
StartEdgeDeploymentStageParameters = TypedDict(
    "StartEdgeDeploymentStageParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
StartInferenceExperimentParameters = TypedDict(
    "StartInferenceExperimentParameters", {"Name": S, "Name.$": str}, total=False
)
StartMlflowTrackingServerParameters = TypedDict(
    "StartMlflowTrackingServerParameters",
    {"TrackingServerName": S, "TrackingServerName.$": str},
    total=False,
)
StartMonitoringScheduleParameters = TypedDict(
    "StartMonitoringScheduleParameters",
    {"MonitoringScheduleName": S, "MonitoringScheduleName.$": str},
    total=False,
)
StartNotebookInstanceParameters = TypedDict(
    "StartNotebookInstanceParameters",
    {"NotebookInstanceName": S, "NotebookInstanceName.$": str},
    total=False,
)

class Parameter(TypedDict, total=False):
    Name: S
    Value: S

class SelectedStep(TypedDict, total=False):
    StepName: S

class SelectiveExecutionConfig(TypedDict, total=False):
    SourcePipelineExecutionArn: S
    SelectedSteps: L[Xi[SelectedStep]]

StartPipelineExecutionParameters = TypedDict(
    "StartPipelineExecutionParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineExecutionDisplayName": S,
        "PipelineExecutionDisplayName.$": str,
        "PipelineParameters": L[Xi[Parameter]],
        "PipelineParameters.$": str,
        "PipelineExecutionDescription": S,
        "PipelineExecutionDescription.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ParallelismConfiguration": X[ParallelismConfiguration],
        "ParallelismConfiguration.$": str,
        "SelectiveExecutionConfig": X[SelectiveExecutionConfig],
        "SelectiveExecutionConfig.$": str,
        "PipelineVersionId": I,
        "PipelineVersionId.$": str,
        "MlflowExperimentName": S,
        "MlflowExperimentName.$": str,
        "PipelineVersionAlias": S,
        "PipelineVersionAlias.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
StartSessionParameters = TypedDict(
    "StartSessionParameters", {"ResourceIdentifier": S, "ResourceIdentifier.$": str}, total=False
)
StopAIBenchmarkJobParameters = TypedDict(
    "StopAIBenchmarkJobParameters",
    {"AiBenchmarkJobName": S, "AiBenchmarkJobName.$": str},
    total=False,
)
StopAIRecommendationJobParameters = TypedDict(
    "StopAIRecommendationJobParameters",
    {"AiRecommendationJobName": S, "AiRecommendationJobName.$": str},
    total=False,
)
StopAutoMLJobParameters = TypedDict(
    "StopAutoMLJobParameters", {"AutoMLJobName": S, "AutoMLJobName.$": str}, total=False
)
StopCompilationJobParameters = TypedDict(
    "StopCompilationJobParameters",
    {"CompilationJobName": S, "CompilationJobName.$": str},
    total=False,
)
StopEdgeDeploymentStageParameters = TypedDict(
    "StopEdgeDeploymentStageParameters",
    {
        "EdgeDeploymentPlanName": S,
        "EdgeDeploymentPlanName.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
StopEdgePackagingJobParameters = TypedDict(
    "StopEdgePackagingJobParameters",
    {"EdgePackagingJobName": S, "EdgePackagingJobName.$": str},
    total=False,
)
StopHyperParameterTuningJobParameters = TypedDict(
    "StopHyperParameterTuningJobParameters",
    {"HyperParameterTuningJobName": S, "HyperParameterTuningJobName.$": str},
    total=False,
)
StopInferenceExperimentParameters = TypedDict(
    "StopInferenceExperimentParameters",
    {
        "Name": S,
        "Name.$": str,
        "ModelVariantActions": M[S],
        "ModelVariantActions.$": str,
        "DesiredModelVariants": L[Xi[ModelVariantConfig]],
        "DesiredModelVariants.$": str,
        "DesiredState": S,
        "DesiredState.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
StopInferenceRecommendationsJobParameters = TypedDict(
    "StopInferenceRecommendationsJobParameters", {"JobName": S, "JobName.$": str}, total=False
)
StopJobParameters = TypedDict(
    "StopJobParameters",
    {"JobName": S, "JobName.$": str, "JobCategory": S, "JobCategory.$": str},
    total=False,
)
StopLabelingJobParameters = TypedDict(
    "StopLabelingJobParameters", {"LabelingJobName": S, "LabelingJobName.$": str}, total=False
)
StopMlflowTrackingServerParameters = TypedDict(
    "StopMlflowTrackingServerParameters",
    {"TrackingServerName": S, "TrackingServerName.$": str},
    total=False,
)
StopMonitoringScheduleParameters = TypedDict(
    "StopMonitoringScheduleParameters",
    {"MonitoringScheduleName": S, "MonitoringScheduleName.$": str},
    total=False,
)
StopNotebookInstanceParameters = TypedDict(
    "StopNotebookInstanceParameters",
    {"NotebookInstanceName": S, "NotebookInstanceName.$": str},
    total=False,
)
StopOptimizationJobParameters = TypedDict(
    "StopOptimizationJobParameters",
    {"OptimizationJobName": S, "OptimizationJobName.$": str},
    total=False,
)
StopPipelineExecutionParameters = TypedDict(
    "StopPipelineExecutionParameters",
    {
        "PipelineExecutionArn": S,
        "PipelineExecutionArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StopProcessingJobParameters = TypedDict(
    "StopProcessingJobParameters", {"ProcessingJobName": S, "ProcessingJobName.$": str}, total=False
)
StopTrainingJobParameters = TypedDict(
    "StopTrainingJobParameters", {"TrainingJobName": S, "TrainingJobName.$": str}, total=False
)
StopTrainingSessionParameters = TypedDict(
    "StopTrainingSessionParameters",
    {"TrainingSessionName": S, "TrainingSessionName.$": str},
    total=False,
)
StopTransformJobParameters = TypedDict(
    "StopTransformJobParameters", {"TransformJobName": S, "TransformJobName.$": str}, total=False
)
UpdateActionParameters = TypedDict(
    "UpdateActionParameters",
    {
        "ActionName": S,
        "ActionName.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "PropertiesToRemove": L[Si],
        "PropertiesToRemove.$": str,
    },
    total=False,
)
UpdateAppImageConfigParameters = TypedDict(
    "UpdateAppImageConfigParameters",
    {
        "AppImageConfigName": S,
        "AppImageConfigName.$": str,
        "KernelGatewayImageConfig": X[KernelGatewayImageConfig],
        "KernelGatewayImageConfig.$": str,
        "JupyterLabAppImageConfig": X[JupyterLabAppImageConfig],
        "JupyterLabAppImageConfig.$": str,
        "CodeEditorAppImageConfig": X[CodeEditorAppImageConfig],
        "CodeEditorAppImageConfig.$": str,
    },
    total=False,
)
UpdateArtifactParameters = TypedDict(
    "UpdateArtifactParameters",
    {
        "ArtifactArn": S,
        "ArtifactArn.$": str,
        "ArtifactName": S,
        "ArtifactName.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "PropertiesToRemove": L[Si],
        "PropertiesToRemove.$": str,
    },
    total=False,
)
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "InstanceGroups": L[Xi[ClusterInstanceGroupSpecification]],
        "InstanceGroups.$": str,
        "RestrictedInstanceGroups": L[Xi[ClusterRestrictedInstanceGroupSpecification]],
        "RestrictedInstanceGroups.$": str,
        "RestrictedInstanceGroupsConfig": X[ClusterRestrictedInstanceGroupsConfig],
        "RestrictedInstanceGroupsConfig.$": str,
        "TieredStorageConfig": X[ClusterTieredStorageConfig],
        "TieredStorageConfig.$": str,
        "NodeRecovery": S,
        "NodeRecovery.$": str,
        "InstanceGroupsToDelete": L[Si],
        "InstanceGroupsToDelete.$": str,
        "NodeProvisioningMode": S,
        "NodeProvisioningMode.$": str,
        "ClusterRole": S,
        "ClusterRole.$": str,
        "AutoScaling": X[ClusterAutoScalingConfig],
        "AutoScaling.$": str,
        "Orchestrator": X[ClusterOrchestrator],
        "Orchestrator.$": str,
    },
    total=False,
)
UpdateClusterExtensionParameters = TypedDict(
    "UpdateClusterExtensionParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ExtensionArn": S,
        "ExtensionArn.$": str,
        "ExtensionVersion": S,
        "ExtensionVersion.$": str,
        "ConfigurationValues": S,
        "ConfigurationValues.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateClusterSchedulerConfigParameters = TypedDict(
    "UpdateClusterSchedulerConfigParameters",
    {
        "ClusterSchedulerConfigId": S,
        "ClusterSchedulerConfigId.$": str,
        "TargetVersion": I,
        "TargetVersion.$": str,
        "SchedulerConfig": X[SchedulerConfig],
        "SchedulerConfig.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class UpdateClusterSoftwareInstanceGroupSpecification(TypedDict, total=False):
    InstanceGroupName: S
    ImageReleaseVersion: S

UpdateClusterSoftwareParameters = TypedDict(
    "UpdateClusterSoftwareParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "InstanceGroups": L[Xi[UpdateClusterSoftwareInstanceGroupSpecification]],
        "InstanceGroups.$": str,
        "DeploymentConfig": X[DeploymentConfiguration],
        "DeploymentConfig.$": str,
        "ImageId": S,
        "ImageId.$": str,
    },
    total=False,
)

class GitConfigForUpdate(TypedDict, total=False):
    SecretArn: S

UpdateCodeRepositoryParameters = TypedDict(
    "UpdateCodeRepositoryParameters",
    {
        "CodeRepositoryName": S,
        "CodeRepositoryName.$": str,
        "GitConfig": X[GitConfigForUpdate],
        "GitConfig.$": str,
    },
    total=False,
)
UpdateComputeQuotaParameters = TypedDict(
    "UpdateComputeQuotaParameters",
    {
        "ComputeQuotaId": S,
        "ComputeQuotaId.$": str,
        "TargetVersion": I,
        "TargetVersion.$": str,
        "ComputeQuotaConfig": X[ComputeQuotaConfig],
        "ComputeQuotaConfig.$": str,
        "ComputeQuotaTarget": X[ComputeQuotaTarget],
        "ComputeQuotaTarget.$": str,
        "ActivationState": S,
        "ActivationState.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateContextParameters = TypedDict(
    "UpdateContextParameters",
    {
        "ContextName": S,
        "ContextName.$": str,
        "Description": S,
        "Description.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "PropertiesToRemove": L[Si],
        "PropertiesToRemove.$": str,
    },
    total=False,
)
UpdateDeviceFleetParameters = TypedDict(
    "UpdateDeviceFleetParameters",
    {
        "DeviceFleetName": S,
        "DeviceFleetName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "OutputConfig": X[EdgeOutputConfig],
        "OutputConfig.$": str,
        "EnableIotRoleAlias": B,
        "EnableIotRoleAlias.$": str,
    },
    total=False,
)
UpdateDevicesParameters = TypedDict(
    "UpdateDevicesParameters",
    {"DeviceFleetName": S, "DeviceFleetName.$": str, "Devices": L[Xi[Device]], "Devices.$": str},
    total=False,
)

class RStudioServerProDomainSettingsForUpdate(TypedDict, total=False):
    DomainExecutionRoleArn: S
    DefaultResourceSpec: X[ResourceSpec]
    RStudioConnectUrl: S
    RStudioPackageManagerUrl: S

class DomainSettingsForUpdate(TypedDict, total=False):
    RStudioServerProDomainSettingsForUpdate: X[RStudioServerProDomainSettingsForUpdate]
    ExecutionRoleIdentityConfig: S
    SecurityGroupIds: L[Si]
    TrustedIdentityPropagationSettings: X[TrustedIdentityPropagationSettings]
    DockerSettings: X[DockerSettings]
    AmazonQSettings: X[AmazonQSettings]
    UnifiedStudioSettings: X[UnifiedStudioSettings]
    IpAddressType: S

UpdateDomainParameters = TypedDict(
    "UpdateDomainParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "DefaultUserSettings": X[UserSettings],
        "DefaultUserSettings.$": str,
        "DomainSettingsForUpdate": X[DomainSettingsForUpdate],
        "DomainSettingsForUpdate.$": str,
        "AppSecurityGroupManagement": S,
        "AppSecurityGroupManagement.$": str,
        "DefaultSpaceSettings": X[DefaultSpaceSettings],
        "DefaultSpaceSettings.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "AppNetworkAccessType": S,
        "AppNetworkAccessType.$": str,
        "TagPropagation": S,
        "TagPropagation.$": str,
        "HomeEfsFileSystemCreation": S,
        "HomeEfsFileSystemCreation.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)

class VariantProperty(TypedDict, total=False):
    VariantPropertyType: S

UpdateEndpointParameters = TypedDict(
    "UpdateEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "EndpointConfigName": S,
        "EndpointConfigName.$": str,
        "RetainAllVariantProperties": B,
        "RetainAllVariantProperties.$": str,
        "ExcludeRetainedVariantProperties": L[Xi[VariantProperty]],
        "ExcludeRetainedVariantProperties.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
        "RetainDeploymentConfig": B,
        "RetainDeploymentConfig.$": str,
    },
    total=False,
)

class ProductionVariantServerlessUpdateConfig(TypedDict, total=False):
    MaxConcurrency: I
    ProvisionedConcurrency: I

class DesiredWeightAndCapacity(TypedDict, total=False):
    VariantName: S
    DesiredWeight: F
    DesiredInstanceCount: I
    ServerlessUpdateConfig: X[ProductionVariantServerlessUpdateConfig]

UpdateEndpointWeightsAndCapacitiesParameters = TypedDict(
    "UpdateEndpointWeightsAndCapacitiesParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "DesiredWeightsAndCapacities": L[Xi[DesiredWeightAndCapacity]],
        "DesiredWeightsAndCapacities.$": str,
    },
    total=False,
)
UpdateExperimentParameters = TypedDict(
    "UpdateExperimentParameters",
    {
        "ExperimentName": S,
        "ExperimentName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class OnlineStoreConfigUpdate(TypedDict, total=False):
    TtlDuration: X[TtlDuration]
    StorageType: S

class ThroughputConfigUpdate(TypedDict, total=False):
    ThroughputMode: S
    ProvisionedReadCapacityUnits: I
    ProvisionedWriteCapacityUnits: I

UpdateFeatureGroupParameters = TypedDict(
    "UpdateFeatureGroupParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "FeatureAdditions": L[Xi[FeatureDefinition]],
        "FeatureAdditions.$": str,
        "OnlineStoreConfig": X[OnlineStoreConfigUpdate],
        "OnlineStoreConfig.$": str,
        "ThroughputConfig": X[ThroughputConfigUpdate],
        "ThroughputConfig.$": str,
    },
    total=False,
)

class FeatureParameter(TypedDict, total=False):
    Key: S
    Value: S

UpdateFeatureMetadataParameters = TypedDict(
    "UpdateFeatureMetadataParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
        "Description": S,
        "Description.$": str,
        "ParameterAdditions": L[Xi[FeatureParameter]],
        "ParameterAdditions.$": str,
        "ParameterRemovals": L[Si],
        "ParameterRemovals.$": str,
    },
    total=False,
)
UpdateGlobalInferenceGatewayParameters = TypedDict(
    "UpdateGlobalInferenceGatewayParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Routing": X[GlobalInferenceGatewayRouting],
        "Routing.$": str,
    },
    total=False,
)
UpdateHubParameters = TypedDict(
    "UpdateHubParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubDescription": S,
        "HubDescription.$": str,
        "HubDisplayName": S,
        "HubDisplayName.$": str,
        "HubSearchKeywords": L[Si],
        "HubSearchKeywords.$": str,
    },
    total=False,
)
UpdateHubContentParameters = TypedDict(
    "UpdateHubContentParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "HubContentVersion": S,
        "HubContentVersion.$": str,
        "HubContentDisplayName": S,
        "HubContentDisplayName.$": str,
        "HubContentDescription": S,
        "HubContentDescription.$": str,
        "HubContentMarkdown": S,
        "HubContentMarkdown.$": str,
        "HubContentSearchKeywords": L[Si],
        "HubContentSearchKeywords.$": str,
        "SupportStatus": S,
        "SupportStatus.$": str,
    },
    total=False,
)
UpdateHubContentReferenceParameters = TypedDict(
    "UpdateHubContentReferenceParameters",
    {
        "HubName": S,
        "HubName.$": str,
        "HubContentName": S,
        "HubContentName.$": str,
        "HubContentType": S,
        "HubContentType.$": str,
        "MinVersion": S,
        "MinVersion.$": str,
    },
    total=False,
)
UpdateImageParameters = TypedDict(
    "UpdateImageParameters",
    {
        "DeleteProperties": L[Si],
        "DeleteProperties.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateImageVersionParameters = TypedDict(
    "UpdateImageVersionParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "Alias": S,
        "Alias.$": str,
        "Version": I,
        "Version.$": str,
        "AliasesToAdd": L[Si],
        "AliasesToAdd.$": str,
        "AliasesToDelete": L[Si],
        "AliasesToDelete.$": str,
        "VendorGuidance": S,
        "VendorGuidance.$": str,
        "JobType": S,
        "JobType.$": str,
        "MlFramework": S,
        "MlFramework.$": str,
        "ProgrammingLang": S,
        "ProgrammingLang.$": str,
        "Processor": S,
        "Processor.$": str,
        "Horovod": B,
        "Horovod.$": str,
        "ReleaseNotes": S,
        "ReleaseNotes.$": str,
    },
    total=False,
)

class InferenceComponentCapacitySize(TypedDict, total=False):
    Type: S
    Value: I

class InferenceComponentRollingUpdatePolicy(TypedDict, total=False):
    MaximumBatchSize: X[InferenceComponentCapacitySize]
    WaitIntervalInSeconds: I
    MaximumExecutionTimeoutInSeconds: I
    RollbackMaximumBatchSize: X[InferenceComponentCapacitySize]

class InferenceComponentDeploymentConfig(TypedDict, total=False):
    RollingUpdatePolicy: X[InferenceComponentRollingUpdatePolicy]
    AutoRollbackConfiguration: X[AutoRollbackConfig]

UpdateInferenceComponentParameters = TypedDict(
    "UpdateInferenceComponentParameters",
    {
        "InferenceComponentName": S,
        "InferenceComponentName.$": str,
        "Specification": X[InferenceComponentSpecification],
        "Specification.$": str,
        "Specifications": L[Xi[InferenceComponentSpecification]],
        "Specifications.$": str,
        "RuntimeConfig": X[InferenceComponentRuntimeConfig],
        "RuntimeConfig.$": str,
        "DeploymentConfig": X[InferenceComponentDeploymentConfig],
        "DeploymentConfig.$": str,
    },
    total=False,
)
UpdateInferenceComponentRuntimeConfigParameters = TypedDict(
    "UpdateInferenceComponentRuntimeConfigParameters",
    {
        "InferenceComponentName": S,
        "InferenceComponentName.$": str,
        "DesiredRuntimeConfig": X[InferenceComponentRuntimeConfig],
        "DesiredRuntimeConfig.$": str,
    },
    total=False,
)
UpdateInferenceExperimentParameters = TypedDict(
    "UpdateInferenceExperimentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Schedule": X[InferenceExperimentSchedule],
        "Schedule.$": str,
        "Description": S,
        "Description.$": str,
        "ModelVariants": L[Xi[ModelVariantConfig]],
        "ModelVariants.$": str,
        "DataStorageConfig": X[InferenceExperimentDataStorageConfig],
        "DataStorageConfig.$": str,
        "ShadowModeConfig": X[ShadowModeConfig],
        "ShadowModeConfig.$": str,
    },
    total=False,
)
UpdateInferenceRouterParameters = TypedDict(
    "UpdateInferenceRouterParameters",
    {
        "InferenceRouterName": S,
        "InferenceRouterName.$": str,
        "RoutingTargets": L[Xi[RoutingTarget]],
        "RoutingTargets.$": str,
    },
    total=False,
)
UpdateMlflowAppParameters = TypedDict(
    "UpdateMlflowAppParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "ArtifactStoreUri": S,
        "ArtifactStoreUri.$": str,
        "ModelRegistrationMode": S,
        "ModelRegistrationMode.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "DefaultDomainIdList": L[Si],
        "DefaultDomainIdList.$": str,
        "AccountDefaultStatus": S,
        "AccountDefaultStatus.$": str,
        "AccessControlConfiguration": X[AccessControlConfiguration],
        "AccessControlConfiguration.$": str,
    },
    total=False,
)
UpdateMlflowTrackingServerParameters = TypedDict(
    "UpdateMlflowTrackingServerParameters",
    {
        "TrackingServerName": S,
        "TrackingServerName.$": str,
        "ArtifactStoreUri": S,
        "ArtifactStoreUri.$": str,
        "TrackingServerSize": S,
        "TrackingServerSize.$": str,
        "AutomaticModelRegistration": B,
        "AutomaticModelRegistration.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "S3BucketOwnerAccountId": S,
        "S3BucketOwnerAccountId.$": str,
        "S3BucketOwnerVerification": B,
        "S3BucketOwnerVerification.$": str,
    },
    total=False,
)
UpdateModelCardParameters = TypedDict(
    "UpdateModelCardParameters",
    {
        "ModelCardName": S,
        "ModelCardName.$": str,
        "Content": S,
        "Content.$": str,
        "ModelCardStatus": S,
        "ModelCardStatus.$": str,
    },
    total=False,
)
UpdateModelMonitorConfigParameters = TypedDict(
    "UpdateModelMonitorConfigParameters",
    {
        "ModelMonitorConfigNameOrArn": S,
        "ModelMonitorConfigNameOrArn.$": str,
        "EvaluationConfig": X[EvaluationConfig],
        "EvaluationConfig.$": str,
        "ScheduleConfig": X[ModelMonitorScheduleConfig],
        "ScheduleConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateModelPackageParameters = TypedDict(
    "UpdateModelPackageParameters",
    {
        "ModelPackageArn": S,
        "ModelPackageArn.$": str,
        "ModelApprovalStatus": S,
        "ModelApprovalStatus.$": str,
        "ModelPackageRegistrationType": S,
        "ModelPackageRegistrationType.$": str,
        "ApprovalDescription": S,
        "ApprovalDescription.$": str,
        "CustomerMetadataProperties": M[S],
        "CustomerMetadataProperties.$": str,
        "CustomerMetadataPropertiesToRemove": L[Si],
        "CustomerMetadataPropertiesToRemove.$": str,
        "AdditionalInferenceSpecificationsToAdd": L[Xi[AdditionalInferenceSpecificationDefinition]],
        "AdditionalInferenceSpecificationsToAdd.$": str,
        "InferenceSpecification": X[InferenceSpecification],
        "InferenceSpecification.$": str,
        "SourceUri": S,
        "SourceUri.$": str,
        "ModelCard": X[ModelPackageModelCard],
        "ModelCard.$": str,
        "ModelLifeCycle": X[ModelLifeCycle],
        "ModelLifeCycle.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateMonitoringAlertParameters = TypedDict(
    "UpdateMonitoringAlertParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "MonitoringAlertName": S,
        "MonitoringAlertName.$": str,
        "DatapointsToAlert": I,
        "DatapointsToAlert.$": str,
        "EvaluationPeriod": I,
        "EvaluationPeriod.$": str,
    },
    total=False,
)
UpdateMonitoringScheduleParameters = TypedDict(
    "UpdateMonitoringScheduleParameters",
    {
        "MonitoringScheduleName": S,
        "MonitoringScheduleName.$": str,
        "MonitoringScheduleConfig": X[MonitoringScheduleConfig],
        "MonitoringScheduleConfig.$": str,
    },
    total=False,
)
UpdateNotebookInstanceParameters = TypedDict(
    "UpdateNotebookInstanceParameters",
    {
        "NotebookInstanceName": S,
        "NotebookInstanceName.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "PlatformIdentifier": S,
        "PlatformIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LifecycleConfigName": S,
        "LifecycleConfigName.$": str,
        "DisassociateLifecycleConfig": B,
        "DisassociateLifecycleConfig.$": str,
        "VolumeSizeInGB": I,
        "VolumeSizeInGB.$": str,
        "DefaultCodeRepository": S,
        "DefaultCodeRepository.$": str,
        "AdditionalCodeRepositories": L[Si],
        "AdditionalCodeRepositories.$": str,
        "AcceleratorTypes": L[Si],
        "AcceleratorTypes.$": str,
        "DisassociateAcceleratorTypes": B,
        "DisassociateAcceleratorTypes.$": str,
        "DisassociateDefaultCodeRepository": B,
        "DisassociateDefaultCodeRepository.$": str,
        "DisassociateAdditionalCodeRepositories": B,
        "DisassociateAdditionalCodeRepositories.$": str,
        "RootAccess": S,
        "RootAccess.$": str,
        "InstanceMetadataServiceConfiguration": X[InstanceMetadataServiceConfiguration],
        "InstanceMetadataServiceConfiguration.$": str,
    },
    total=False,
)
UpdateNotebookInstanceLifecycleConfigParameters = TypedDict(
    "UpdateNotebookInstanceLifecycleConfigParameters",
    {
        "NotebookInstanceLifecycleConfigName": S,
        "NotebookInstanceLifecycleConfigName.$": str,
        "OnCreate": L[Xi[NotebookInstanceLifecycleHook]],
        "OnCreate.$": str,
        "OnStart": L[Xi[NotebookInstanceLifecycleHook]],
        "OnStart.$": str,
    },
    total=False,
)
UpdatePartnerAppParameters = TypedDict(
    "UpdatePartnerAppParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "MaintenanceConfig": X[PartnerAppMaintenanceConfig],
        "MaintenanceConfig.$": str,
        "Tier": S,
        "Tier.$": str,
        "ApplicationConfig": X[PartnerAppConfig],
        "ApplicationConfig.$": str,
        "IdcConfig": X[IdcConfigInput],
        "IdcConfig.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "EnableIamSessionBasedIdentity": B,
        "EnableIamSessionBasedIdentity.$": str,
        "EnableAutoMinorVersionUpgrade": B,
        "EnableAutoMinorVersionUpgrade.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdatePipelineParameters = TypedDict(
    "UpdatePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineDisplayName": S,
        "PipelineDisplayName.$": str,
        "PipelineDefinition": S,
        "PipelineDefinition.$": str,
        "PipelineDefinitionS3Location": X[PipelineDefinitionS3Location],
        "PipelineDefinitionS3Location.$": str,
        "PipelineDescription": S,
        "PipelineDescription.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ParallelismConfiguration": X[ParallelismConfiguration],
        "ParallelismConfiguration.$": str,
        "PipelineVersionAliases": L[Si],
        "PipelineVersionAliases.$": str,
    },
    total=False,
)
UpdatePipelineExecutionParameters = TypedDict(
    "UpdatePipelineExecutionParameters",
    {
        "PipelineExecutionArn": S,
        "PipelineExecutionArn.$": str,
        "PipelineExecutionDescription": S,
        "PipelineExecutionDescription.$": str,
        "PipelineExecutionDisplayName": S,
        "PipelineExecutionDisplayName.$": str,
        "ParallelismConfiguration": X[ParallelismConfiguration],
        "ParallelismConfiguration.$": str,
    },
    total=False,
)

class AliasOperations(TypedDict, total=False):
    Add: L[Si]
    Remove: L[Si]

UpdatePipelineVersionParameters = TypedDict(
    "UpdatePipelineVersionParameters",
    {
        "PipelineArn": S,
        "PipelineArn.$": str,
        "PipelineVersionId": I,
        "PipelineVersionId.$": str,
        "PipelineVersionDisplayName": S,
        "PipelineVersionDisplayName.$": str,
        "PipelineVersionDescription": S,
        "PipelineVersionDescription.$": str,
        "PipelineVersionAliasOperations": X[AliasOperations],
        "PipelineVersionAliasOperations.$": str,
    },
    total=False,
)

class ServiceCatalogProvisioningUpdateDetails(TypedDict, total=False):
    ProvisioningArtifactId: S
    ProvisioningParameters: L[Xi[ProvisioningParameter]]

class CfnStackUpdateParameter(TypedDict, total=False):
    Key: S
    Value: S

class CfnUpdateTemplateProvider(TypedDict, total=False):
    TemplateName: S
    TemplateURL: S
    Parameters: L[Xi[CfnStackUpdateParameter]]

class UpdateTemplateProvider(TypedDict, total=False):
    CfnTemplateProvider: X[CfnUpdateTemplateProvider]

UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ServiceCatalogProvisioningUpdateDetails": X[ServiceCatalogProvisioningUpdateDetails],
        "ServiceCatalogProvisioningUpdateDetails.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateProvidersToUpdate": L[Xi[UpdateTemplateProvider]],
        "TemplateProvidersToUpdate.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "SpaceName": S,
        "SpaceName.$": str,
        "SpaceSettings": X[SpaceSettings],
        "SpaceSettings.$": str,
        "SpaceDisplayName": S,
        "SpaceDisplayName.$": str,
    },
    total=False,
)

class ProfilerConfigForUpdate(TypedDict, total=False):
    S3OutputPath: S
    ProfilingIntervalInMilliseconds: I
    ProfilingParameters: M[S]
    DisableProfiler: B

class ResourceConfigForUpdate(TypedDict, total=False):
    KeepAlivePeriodInSeconds: I

class RemoteDebugConfigForUpdate(TypedDict, total=False):
    EnableRemoteDebug: B

UpdateTrainingJobParameters = TypedDict(
    "UpdateTrainingJobParameters",
    {
        "TrainingJobName": S,
        "TrainingJobName.$": str,
        "ProfilerConfig": X[ProfilerConfigForUpdate],
        "ProfilerConfig.$": str,
        "ProfilerRuleConfigurations": L[Xi[ProfilerRuleConfiguration]],
        "ProfilerRuleConfigurations.$": str,
        "ResourceConfig": X[ResourceConfigForUpdate],
        "ResourceConfig.$": str,
        "RemoteDebugConfig": X[RemoteDebugConfigForUpdate],
        "RemoteDebugConfig.$": str,
    },
    total=False,
)
UpdateTrialParameters = TypedDict(
    "UpdateTrialParameters",
    {"TrialName": S, "TrialName.$": str, "DisplayName": S, "DisplayName.$": str},
    total=False,
)
UpdateTrialComponentParameters = TypedDict(
    "UpdateTrialComponentParameters",
    {
        "TrialComponentName": S,
        "TrialComponentName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Status": X[TrialComponentStatus],
        "Status.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Parameters": M[X[TrialComponentParameterValue]],
        "Parameters.$": str,
        "ParametersToRemove": L[Si],
        "ParametersToRemove.$": str,
        "InputArtifacts": M[X[TrialComponentArtifact]],
        "InputArtifacts.$": str,
        "InputArtifactsToRemove": L[Si],
        "InputArtifactsToRemove.$": str,
        "OutputArtifacts": M[X[TrialComponentArtifact]],
        "OutputArtifacts.$": str,
        "OutputArtifactsToRemove": L[Si],
        "OutputArtifactsToRemove.$": str,
    },
    total=False,
)
UpdateUserProfileParameters = TypedDict(
    "UpdateUserProfileParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "UserProfileName": S,
        "UserProfileName.$": str,
        "UserSettings": X[UserSettings],
        "UserSettings.$": str,
    },
    total=False,
)
UpdateWorkforceParameters = TypedDict(
    "UpdateWorkforceParameters",
    {
        "WorkforceName": S,
        "WorkforceName.$": str,
        "SourceIpConfig": X[SourceIpConfig],
        "SourceIpConfig.$": str,
        "OidcConfig": X[OidcConfig],
        "OidcConfig.$": str,
        "WorkforceVpcConfig": X[WorkforceVpcConfigRequest],
        "WorkforceVpcConfig.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)
UpdateWorkteamParameters = TypedDict(
    "UpdateWorkteamParameters",
    {
        "WorkteamName": S,
        "WorkteamName.$": str,
        "MemberDefinitions": L[Xi[MemberDefinition]],
        "MemberDefinitions.$": str,
        "Description": S,
        "Description.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "WorkerAccessConfiguration": X[WorkerAccessConfiguration],
        "WorkerAccessConfiguration.$": str,
    },
    total=False,
)
add_association: Builder[AddAssociationParameters]
add_candidate: Builder[AddCandidateParameters]
add_inference_gateway: Builder[AddInferenceGatewayParameters]
add_tags: Builder[AddTagsParameters]
associate_trial_component: Builder[AssociateTrialComponentParameters]
attach_cluster_node_network_interface: Builder[AttachClusterNodeNetworkInterfaceParameters]
attach_cluster_node_volume: Builder[AttachClusterNodeVolumeParameters]
batch_add_cluster_nodes: Builder[BatchAddClusterNodesParameters]
batch_delete_cluster_nodes: Builder[BatchDeleteClusterNodesParameters]
batch_describe_model_package: Builder[BatchDescribeModelPackageParameters]
batch_reboot_cluster_nodes: Builder[BatchRebootClusterNodesParameters]
batch_replace_cluster_nodes: Builder[BatchReplaceClusterNodesParameters]
create_ai_benchmark_job: Builder[CreateAIBenchmarkJobParameters]
create_ai_recommendation_job: Builder[CreateAIRecommendationJobParameters]
create_ai_workload_config: Builder[CreateAIWorkloadConfigParameters]
create_action: Builder[CreateActionParameters]
create_algorithm: Builder[CreateAlgorithmParameters]
create_app: Builder[CreateAppParameters]
create_app_image_config: Builder[CreateAppImageConfigParameters]
create_artifact: Builder[CreateArtifactParameters]
create_auto_ml_job: Builder[CreateAutoMLJobParameters]
create_auto_ml_job_v2: Builder[CreateAutoMLJobV2Parameters]
create_cluster: Builder[CreateClusterParameters]
create_cluster_extension: Builder[CreateClusterExtensionParameters]
create_cluster_scheduler_config: Builder[CreateClusterSchedulerConfigParameters]
create_code_repository: Builder[CreateCodeRepositoryParameters]
create_compilation_job: Builder[CreateCompilationJobParameters]
create_compute_quota: Builder[CreateComputeQuotaParameters]
create_context: Builder[CreateContextParameters]
create_data_quality_job_definition: Builder[CreateDataQualityJobDefinitionParameters]
create_device_fleet: Builder[CreateDeviceFleetParameters]
create_domain: Builder[CreateDomainParameters]
create_edge_deployment_plan: Builder[CreateEdgeDeploymentPlanParameters]
create_edge_deployment_stage: Builder[CreateEdgeDeploymentStageParameters]
create_edge_packaging_job: Builder[CreateEdgePackagingJobParameters]
create_endpoint: Builder[CreateEndpointParameters]
create_endpoint_config: Builder[CreateEndpointConfigParameters]
create_experiment: Builder[CreateExperimentParameters]
create_feature_group: Builder[CreateFeatureGroupParameters]
create_flow_definition: Builder[CreateFlowDefinitionParameters]
create_global_inference_gateway: Builder[CreateGlobalInferenceGatewayParameters]
create_hub: Builder[CreateHubParameters]
create_hub_content_presigned_urls: Builder[CreateHubContentPresignedUrlsParameters]
create_hub_content_reference: Builder[CreateHubContentReferenceParameters]
create_human_task_ui: Builder[CreateHumanTaskUiParameters]
create_hyper_parameter_tuning_job: Builder[CreateHyperParameterTuningJobParameters]
create_image: Builder[CreateImageParameters]
create_image_version: Builder[CreateImageVersionParameters]
create_inference_component: Builder[CreateInferenceComponentParameters]
create_inference_experiment: Builder[CreateInferenceExperimentParameters]
create_inference_recommendations_job: Builder[CreateInferenceRecommendationsJobParameters]
create_inference_router: Builder[CreateInferenceRouterParameters]
create_job: Builder[CreateJobParameters]
create_labeling_job: Builder[CreateLabelingJobParameters]
create_leaderboard: Builder[CreateLeaderboardParameters]
create_mlflow_app: Builder[CreateMlflowAppParameters]
create_mlflow_tracking_server: Builder[CreateMlflowTrackingServerParameters]
create_model: Builder[CreateModelParameters]
create_model_bias_job_definition: Builder[CreateModelBiasJobDefinitionParameters]
create_model_card: Builder[CreateModelCardParameters]
create_model_card_export_job: Builder[CreateModelCardExportJobParameters]
create_model_explainability_job_definition: Builder[
    CreateModelExplainabilityJobDefinitionParameters
]
create_model_monitor_config: Builder[CreateModelMonitorConfigParameters]
create_model_package: Builder[CreateModelPackageParameters]
create_model_package_group: Builder[CreateModelPackageGroupParameters]
create_model_quality_job_definition: Builder[CreateModelQualityJobDefinitionParameters]
create_monitoring_schedule: Builder[CreateMonitoringScheduleParameters]
create_notebook_instance: Builder[CreateNotebookInstanceParameters]
create_notebook_instance_lifecycle_config: Builder[CreateNotebookInstanceLifecycleConfigParameters]
create_optimization_job: Builder[CreateOptimizationJobParameters]
create_partner_app: Builder[CreatePartnerAppParameters]
create_partner_app_presigned_url: Builder[CreatePartnerAppPresignedUrlParameters]
create_pipeline: Builder[CreatePipelineParameters]
create_presigned_domain_url: Builder[CreatePresignedDomainUrlParameters]
create_presigned_mlflow_app_url: Builder[CreatePresignedMlflowAppUrlParameters]
create_presigned_mlflow_tracking_server_url: Builder[
    CreatePresignedMlflowTrackingServerUrlParameters
]
create_presigned_notebook_instance_url: Builder[CreatePresignedNotebookInstanceUrlParameters]
create_processing_job: Builder[CreateProcessingJobParameters]
create_project: Builder[CreateProjectParameters]
create_space: Builder[CreateSpaceParameters]
create_studio_lifecycle_config: Builder[CreateStudioLifecycleConfigParameters]
create_training_job: Builder[CreateTrainingJobParameters]
create_training_plan: Builder[CreateTrainingPlanParameters]
create_training_session: Builder[CreateTrainingSessionParameters]
create_transform_job: Builder[CreateTransformJobParameters]
create_trial: Builder[CreateTrialParameters]
create_trial_component: Builder[CreateTrialComponentParameters]
create_user_profile: Builder[CreateUserProfileParameters]
create_workforce: Builder[CreateWorkforceParameters]
create_workteam: Builder[CreateWorkteamParameters]
delete_ai_benchmark_job: Builder[DeleteAIBenchmarkJobParameters]
delete_ai_recommendation_job: Builder[DeleteAIRecommendationJobParameters]
delete_ai_workload_config: Builder[DeleteAIWorkloadConfigParameters]
delete_action: Builder[DeleteActionParameters]
delete_algorithm: Builder[DeleteAlgorithmParameters]
delete_app: Builder[DeleteAppParameters]
delete_app_image_config: Builder[DeleteAppImageConfigParameters]
delete_artifact: Builder[DeleteArtifactParameters]
delete_association: Builder[DeleteAssociationParameters]
delete_candidate: Builder[DeleteCandidateParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_cluster_extension: Builder[DeleteClusterExtensionParameters]
delete_cluster_scheduler_config: Builder[DeleteClusterSchedulerConfigParameters]
delete_code_repository: Builder[DeleteCodeRepositoryParameters]
delete_compilation_job: Builder[DeleteCompilationJobParameters]
delete_compute_quota: Builder[DeleteComputeQuotaParameters]
delete_context: Builder[DeleteContextParameters]
delete_data_quality_job_definition: Builder[DeleteDataQualityJobDefinitionParameters]
delete_device_fleet: Builder[DeleteDeviceFleetParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_edge_deployment_plan: Builder[DeleteEdgeDeploymentPlanParameters]
delete_edge_deployment_stage: Builder[DeleteEdgeDeploymentStageParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_endpoint_config: Builder[DeleteEndpointConfigParameters]
delete_endpoint_policy: Builder[DeleteEndpointPolicyParameters]
delete_experiment: Builder[DeleteExperimentParameters]
delete_feature_group: Builder[DeleteFeatureGroupParameters]
delete_flow_definition: Builder[DeleteFlowDefinitionParameters]
delete_global_inference_gateway: Builder[DeleteGlobalInferenceGatewayParameters]
delete_hub: Builder[DeleteHubParameters]
delete_hub_content: Builder[DeleteHubContentParameters]
delete_hub_content_reference: Builder[DeleteHubContentReferenceParameters]
delete_human_task_ui: Builder[DeleteHumanTaskUiParameters]
delete_hyper_parameter_tuning_job: Builder[DeleteHyperParameterTuningJobParameters]
delete_image: Builder[DeleteImageParameters]
delete_image_version: Builder[DeleteImageVersionParameters]
delete_inference_component: Builder[DeleteInferenceComponentParameters]
delete_inference_experiment: Builder[DeleteInferenceExperimentParameters]
delete_inference_router: Builder[DeleteInferenceRouterParameters]
delete_job: Builder[DeleteJobParameters]
delete_leaderboard: Builder[DeleteLeaderboardParameters]
delete_mlflow_app: Builder[DeleteMlflowAppParameters]
delete_mlflow_tracking_server: Builder[DeleteMlflowTrackingServerParameters]
delete_model: Builder[DeleteModelParameters]
delete_model_bias_job_definition: Builder[DeleteModelBiasJobDefinitionParameters]
delete_model_card: Builder[DeleteModelCardParameters]
delete_model_explainability_job_definition: Builder[
    DeleteModelExplainabilityJobDefinitionParameters
]
delete_model_monitor_config: Builder[DeleteModelMonitorConfigParameters]
delete_model_package: Builder[DeleteModelPackageParameters]
delete_model_package_group: Builder[DeleteModelPackageGroupParameters]
delete_model_package_group_policy: Builder[DeleteModelPackageGroupPolicyParameters]
delete_model_quality_job_definition: Builder[DeleteModelQualityJobDefinitionParameters]
delete_monitoring_schedule: Builder[DeleteMonitoringScheduleParameters]
delete_notebook_instance: Builder[DeleteNotebookInstanceParameters]
delete_notebook_instance_lifecycle_config: Builder[DeleteNotebookInstanceLifecycleConfigParameters]
delete_optimization_job: Builder[DeleteOptimizationJobParameters]
delete_partner_app: Builder[DeletePartnerAppParameters]
delete_pipeline: Builder[DeletePipelineParameters]
delete_processing_job: Builder[DeleteProcessingJobParameters]
delete_project: Builder[DeleteProjectParameters]
delete_space: Builder[DeleteSpaceParameters]
delete_studio_lifecycle_config: Builder[DeleteStudioLifecycleConfigParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_training_job: Builder[DeleteTrainingJobParameters]
delete_training_session: Builder[DeleteTrainingSessionParameters]
delete_trial: Builder[DeleteTrialParameters]
delete_trial_component: Builder[DeleteTrialComponentParameters]
delete_user_profile: Builder[DeleteUserProfileParameters]
delete_workforce: Builder[DeleteWorkforceParameters]
delete_workteam: Builder[DeleteWorkteamParameters]
deregister_devices: Builder[DeregisterDevicesParameters]
describe_ai_benchmark_job: Builder[DescribeAIBenchmarkJobParameters]
describe_ai_recommendation_job: Builder[DescribeAIRecommendationJobParameters]
describe_ai_workload_config: Builder[DescribeAIWorkloadConfigParameters]
describe_action: Builder[DescribeActionParameters]
describe_algorithm: Builder[DescribeAlgorithmParameters]
describe_app: Builder[DescribeAppParameters]
describe_app_image_config: Builder[DescribeAppImageConfigParameters]
describe_artifact: Builder[DescribeArtifactParameters]
describe_auto_ml_job: Builder[DescribeAutoMLJobParameters]
describe_auto_ml_job_v2: Builder[DescribeAutoMLJobV2Parameters]
describe_capacity_reservation: Builder[DescribeCapacityReservationParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_cluster_event: Builder[DescribeClusterEventParameters]
describe_cluster_extension: Builder[DescribeClusterExtensionParameters]
describe_cluster_node: Builder[DescribeClusterNodeParameters]
describe_cluster_operation: Builder[DescribeClusterOperationParameters]
describe_cluster_scheduler_config: Builder[DescribeClusterSchedulerConfigParameters]
describe_code_repository: Builder[DescribeCodeRepositoryParameters]
describe_compilation_job: Builder[DescribeCompilationJobParameters]
describe_compute_quota: Builder[DescribeComputeQuotaParameters]
describe_context: Builder[DescribeContextParameters]
describe_data_quality_job_definition: Builder[DescribeDataQualityJobDefinitionParameters]
describe_device: Builder[DescribeDeviceParameters]
describe_device_fleet: Builder[DescribeDeviceFleetParameters]
describe_domain: Builder[DescribeDomainParameters]
describe_edge_deployment_plan: Builder[DescribeEdgeDeploymentPlanParameters]
describe_edge_packaging_job: Builder[DescribeEdgePackagingJobParameters]
describe_endpoint: Builder[DescribeEndpointParameters]
describe_endpoint_config: Builder[DescribeEndpointConfigParameters]
describe_experiment: Builder[DescribeExperimentParameters]
describe_feature_group: Builder[DescribeFeatureGroupParameters]
describe_feature_metadata: Builder[DescribeFeatureMetadataParameters]
describe_flow_definition: Builder[DescribeFlowDefinitionParameters]
describe_global_inference_gateway: Builder[DescribeGlobalInferenceGatewayParameters]
describe_hub: Builder[DescribeHubParameters]
describe_hub_content: Builder[DescribeHubContentParameters]
describe_human_task_ui: Builder[DescribeHumanTaskUiParameters]
describe_hyper_parameter_tuning_job: Builder[DescribeHyperParameterTuningJobParameters]
describe_image: Builder[DescribeImageParameters]
describe_image_version: Builder[DescribeImageVersionParameters]
describe_inference_component: Builder[DescribeInferenceComponentParameters]
describe_inference_experiment: Builder[DescribeInferenceExperimentParameters]
describe_inference_recommendations_job: Builder[DescribeInferenceRecommendationsJobParameters]
describe_inference_router: Builder[DescribeInferenceRouterParameters]
describe_job: Builder[DescribeJobParameters]
describe_job_schema_version: Builder[DescribeJobSchemaVersionParameters]
describe_labeling_job: Builder[DescribeLabelingJobParameters]
describe_lineage_group: Builder[DescribeLineageGroupParameters]
describe_mlflow_app: Builder[DescribeMlflowAppParameters]
describe_mlflow_tracking_server: Builder[DescribeMlflowTrackingServerParameters]
describe_model: Builder[DescribeModelParameters]
describe_model_bias_job_definition: Builder[DescribeModelBiasJobDefinitionParameters]
describe_model_card: Builder[DescribeModelCardParameters]
describe_model_card_export_job: Builder[DescribeModelCardExportJobParameters]
describe_model_explainability_job_definition: Builder[
    DescribeModelExplainabilityJobDefinitionParameters
]
describe_model_package: Builder[DescribeModelPackageParameters]
describe_model_package_group: Builder[DescribeModelPackageGroupParameters]
describe_model_quality_job_definition: Builder[DescribeModelQualityJobDefinitionParameters]
describe_monitoring_schedule: Builder[DescribeMonitoringScheduleParameters]
describe_notebook_instance: Builder[DescribeNotebookInstanceParameters]
describe_notebook_instance_lifecycle_config: Builder[
    DescribeNotebookInstanceLifecycleConfigParameters
]
describe_optimization_job: Builder[DescribeOptimizationJobParameters]
describe_partner_app: Builder[DescribePartnerAppParameters]
describe_pipeline: Builder[DescribePipelineParameters]
describe_pipeline_definition_for_execution: Builder[
    DescribePipelineDefinitionForExecutionParameters
]
describe_pipeline_execution: Builder[DescribePipelineExecutionParameters]
describe_processing_job: Builder[DescribeProcessingJobParameters]
describe_project: Builder[DescribeProjectParameters]
describe_reserved_capacity: Builder[DescribeReservedCapacityParameters]
describe_resource_associations: Builder[DescribeResourceAssociationsParameters]
describe_space: Builder[DescribeSpaceParameters]
describe_studio_lifecycle_config: Builder[DescribeStudioLifecycleConfigParameters]
describe_subscribed_workteam: Builder[DescribeSubscribedWorkteamParameters]
describe_training_job: Builder[DescribeTrainingJobParameters]
describe_training_plan: Builder[DescribeTrainingPlanParameters]
describe_training_plan_extension_history: Builder[DescribeTrainingPlanExtensionHistoryParameters]
describe_training_session: Builder[DescribeTrainingSessionParameters]
describe_transform_job: Builder[DescribeTransformJobParameters]
describe_trial: Builder[DescribeTrialParameters]
describe_trial_component: Builder[DescribeTrialComponentParameters]
describe_user_profile: Builder[DescribeUserProfileParameters]
describe_workforce: Builder[DescribeWorkforceParameters]
describe_workteam: Builder[DescribeWorkteamParameters]
detach_cluster_node_volume: Builder[DetachClusterNodeVolumeParameters]
disable_sagemaker_servicecatalog_portfolio: Builder[
    DisableSagemakerServicecatalogPortfolioParameters
]
disassociate_trial_component: Builder[DisassociateTrialComponentParameters]
enable_sagemaker_servicecatalog_portfolio: Builder[EnableSagemakerServicecatalogPortfolioParameters]
extend_training_plan: Builder[ExtendTrainingPlanParameters]
get_candidate: Builder[GetCandidateParameters]
get_capacity_reservation_usage: Builder[GetCapacityReservationUsageParameters]
get_device_fleet_report: Builder[GetDeviceFleetReportParameters]
get_endpoint_policy: Builder[GetEndpointPolicyParameters]
get_leaderboard: Builder[GetLeaderboardParameters]
get_lineage_group_policy: Builder[GetLineageGroupPolicyParameters]
get_model_monitor_config: Builder[GetModelMonitorConfigParameters]
get_model_monitor_execution: Builder[GetModelMonitorExecutionParameters]
get_model_package_group_policy: Builder[GetModelPackageGroupPolicyParameters]
get_sagemaker_servicecatalog_portfolio_status: Builder[
    GetSagemakerServicecatalogPortfolioStatusParameters
]
get_scaling_configuration_recommendation: Builder[GetScalingConfigurationRecommendationParameters]
get_search_suggestions: Builder[GetSearchSuggestionsParameters]
import_hub_content: Builder[ImportHubContentParameters]
list_ai_benchmark_jobs: Builder[ListAIBenchmarkJobsParameters]
list_ai_recommendation_jobs: Builder[ListAIRecommendationJobsParameters]
list_ai_workload_configs: Builder[ListAIWorkloadConfigsParameters]
list_actions: Builder[ListActionsParameters]
list_algorithms: Builder[ListAlgorithmsParameters]
list_aliases: Builder[ListAliasesParameters]
list_app_image_configs: Builder[ListAppImageConfigsParameters]
list_apps: Builder[ListAppsParameters]
list_artifacts: Builder[ListArtifactsParameters]
list_associations: Builder[ListAssociationsParameters]
list_auto_ml_jobs: Builder[ListAutoMLJobsParameters]
list_candidates: Builder[ListCandidatesParameters]
list_candidates_for_auto_ml_job: Builder[ListCandidatesForAutoMLJobParameters]
list_capacity_reservations: Builder[ListCapacityReservationsParameters]
list_cluster_events: Builder[ListClusterEventsParameters]
list_cluster_extension_versions: Builder[ListClusterExtensionVersionsParameters]
list_cluster_extensions: Builder[ListClusterExtensionsParameters]
list_cluster_nodes: Builder[ListClusterNodesParameters]
list_cluster_operations: Builder[ListClusterOperationsParameters]
list_cluster_scheduler_configs: Builder[ListClusterSchedulerConfigsParameters]
list_clusters: Builder[ListClustersParameters]
list_code_repositories: Builder[ListCodeRepositoriesParameters]
list_compilation_jobs: Builder[ListCompilationJobsParameters]
list_compute_quotas: Builder[ListComputeQuotasParameters]
list_contexts: Builder[ListContextsParameters]
list_data_quality_job_definitions: Builder[ListDataQualityJobDefinitionsParameters]
list_device_fleets: Builder[ListDeviceFleetsParameters]
list_devices: Builder[ListDevicesParameters]
list_domains: Builder[ListDomainsParameters]
list_edge_deployment_plans: Builder[ListEdgeDeploymentPlansParameters]
list_edge_packaging_jobs: Builder[ListEdgePackagingJobsParameters]
list_endpoint_configs: Builder[ListEndpointConfigsParameters]
list_endpoints: Builder[ListEndpointsParameters]
list_experiments: Builder[ListExperimentsParameters]
list_feature_groups: Builder[ListFeatureGroupsParameters]
list_flow_definitions: Builder[ListFlowDefinitionsParameters]
list_global_inference_gateways: Builder[ListGlobalInferenceGatewaysParameters]
list_hub_content_versions: Builder[ListHubContentVersionsParameters]
list_hub_contents: Builder[ListHubContentsParameters]
list_hubs: Builder[ListHubsParameters]
list_human_task_uis: Builder[ListHumanTaskUisParameters]
list_hyper_parameter_tuning_jobs: Builder[ListHyperParameterTuningJobsParameters]
list_image_versions: Builder[ListImageVersionsParameters]
list_images: Builder[ListImagesParameters]
list_inference_components: Builder[ListInferenceComponentsParameters]
list_inference_experiments: Builder[ListInferenceExperimentsParameters]
list_inference_gateways: Builder[ListInferenceGatewaysParameters]
list_inference_recommendations_job_steps: Builder[ListInferenceRecommendationsJobStepsParameters]
list_inference_recommendations_jobs: Builder[ListInferenceRecommendationsJobsParameters]
list_inference_routers: Builder[ListInferenceRoutersParameters]
list_job_schema_versions: Builder[ListJobSchemaVersionsParameters]
list_jobs: Builder[ListJobsParameters]
list_labeling_jobs: Builder[ListLabelingJobsParameters]
list_labeling_jobs_for_workteam: Builder[ListLabelingJobsForWorkteamParameters]
list_leaderboards: Builder[ListLeaderboardsParameters]
list_lineage_groups: Builder[ListLineageGroupsParameters]
list_mlflow_apps: Builder[ListMlflowAppsParameters]
list_mlflow_tracking_servers: Builder[ListMlflowTrackingServersParameters]
list_model_bias_job_definitions: Builder[ListModelBiasJobDefinitionsParameters]
list_model_card_export_jobs: Builder[ListModelCardExportJobsParameters]
list_model_card_versions: Builder[ListModelCardVersionsParameters]
list_model_cards: Builder[ListModelCardsParameters]
list_model_explainability_job_definitions: Builder[ListModelExplainabilityJobDefinitionsParameters]
list_model_metadata: Builder[ListModelMetadataParameters]
list_model_monitor_configs: Builder[ListModelMonitorConfigsParameters]
list_model_monitor_executions: Builder[ListModelMonitorExecutionsParameters]
list_model_package_groups: Builder[ListModelPackageGroupsParameters]
list_model_packages: Builder[ListModelPackagesParameters]
list_model_quality_job_definitions: Builder[ListModelQualityJobDefinitionsParameters]
list_models: Builder[ListModelsParameters]
list_monitoring_alert_history: Builder[ListMonitoringAlertHistoryParameters]
list_monitoring_alerts: Builder[ListMonitoringAlertsParameters]
list_monitoring_executions: Builder[ListMonitoringExecutionsParameters]
list_monitoring_schedules: Builder[ListMonitoringSchedulesParameters]
list_notebook_instance_lifecycle_configs: Builder[ListNotebookInstanceLifecycleConfigsParameters]
list_notebook_instances: Builder[ListNotebookInstancesParameters]
list_optimization_jobs: Builder[ListOptimizationJobsParameters]
list_partner_apps: Builder[ListPartnerAppsParameters]
list_pipeline_execution_steps: Builder[ListPipelineExecutionStepsParameters]
list_pipeline_executions: Builder[ListPipelineExecutionsParameters]
list_pipeline_parameters_for_execution: Builder[ListPipelineParametersForExecutionParameters]
list_pipeline_versions: Builder[ListPipelineVersionsParameters]
list_pipelines: Builder[ListPipelinesParameters]
list_processing_jobs: Builder[ListProcessingJobsParameters]
list_projects: Builder[ListProjectsParameters]
list_resource_catalogs: Builder[ListResourceCatalogsParameters]
list_spaces: Builder[ListSpacesParameters]
list_stage_devices: Builder[ListStageDevicesParameters]
list_studio_lifecycle_configs: Builder[ListStudioLifecycleConfigsParameters]
list_subscribed_workteams: Builder[ListSubscribedWorkteamsParameters]
list_tags: Builder[ListTagsParameters]
list_training_jobs: Builder[ListTrainingJobsParameters]
list_training_jobs_for_hyper_parameter_tuning_job: Builder[
    ListTrainingJobsForHyperParameterTuningJobParameters
]
list_training_plans: Builder[ListTrainingPlansParameters]
list_training_sessions: Builder[ListTrainingSessionsParameters]
list_transform_jobs: Builder[ListTransformJobsParameters]
list_trial_components: Builder[ListTrialComponentsParameters]
list_trials: Builder[ListTrialsParameters]
list_ultra_servers_by_reserved_capacity: Builder[ListUltraServersByReservedCapacityParameters]
list_user_profiles: Builder[ListUserProfilesParameters]
list_workforces: Builder[ListWorkforcesParameters]
list_workteams: Builder[ListWorkteamsParameters]
move_cluster_nodes: Builder[MoveClusterNodesParameters]
put_endpoint_policy: Builder[PutEndpointPolicyParameters]
put_model_package_group_policy: Builder[PutModelPackageGroupPolicyParameters]
query_lineage: Builder[QueryLineageParameters]
register_devices: Builder[RegisterDevicesParameters]
remove_inference_gateway: Builder[RemoveInferenceGatewayParameters]
render_ui_template: Builder[RenderUiTemplateParameters]
retry_pipeline_execution: Builder[RetryPipelineExecutionParameters]
search: Builder[SearchParameters]
search_training_plan_offerings: Builder[SearchTrainingPlanOfferingsParameters]
send_pipeline_execution_step_failure: Builder[SendPipelineExecutionStepFailureParameters]
send_pipeline_execution_step_success: Builder[SendPipelineExecutionStepSuccessParameters]
start_cluster_health_check: Builder[StartClusterHealthCheckParameters]
start_edge_deployment_stage: Builder[StartEdgeDeploymentStageParameters]
start_inference_experiment: Builder[StartInferenceExperimentParameters]
start_mlflow_tracking_server: Builder[StartMlflowTrackingServerParameters]
start_monitoring_schedule: Builder[StartMonitoringScheduleParameters]
start_notebook_instance: Builder[StartNotebookInstanceParameters]
start_pipeline_execution: Builder[StartPipelineExecutionParameters]
start_session: Builder[StartSessionParameters]
stop_ai_benchmark_job: Builder[StopAIBenchmarkJobParameters]
stop_ai_recommendation_job: Builder[StopAIRecommendationJobParameters]
stop_auto_ml_job: Builder[StopAutoMLJobParameters]
stop_compilation_job: Builder[StopCompilationJobParameters]
stop_edge_deployment_stage: Builder[StopEdgeDeploymentStageParameters]
stop_edge_packaging_job: Builder[StopEdgePackagingJobParameters]
stop_hyper_parameter_tuning_job: Builder[StopHyperParameterTuningJobParameters]
stop_inference_experiment: Builder[StopInferenceExperimentParameters]
stop_inference_recommendations_job: Builder[StopInferenceRecommendationsJobParameters]
stop_job: Builder[StopJobParameters]
stop_labeling_job: Builder[StopLabelingJobParameters]
stop_mlflow_tracking_server: Builder[StopMlflowTrackingServerParameters]
stop_monitoring_schedule: Builder[StopMonitoringScheduleParameters]
stop_notebook_instance: Builder[StopNotebookInstanceParameters]
stop_optimization_job: Builder[StopOptimizationJobParameters]
stop_pipeline_execution: Builder[StopPipelineExecutionParameters]
stop_processing_job: Builder[StopProcessingJobParameters]
stop_training_job: Builder[StopTrainingJobParameters]
stop_training_session: Builder[StopTrainingSessionParameters]
stop_transform_job: Builder[StopTransformJobParameters]
update_action: Builder[UpdateActionParameters]
update_app_image_config: Builder[UpdateAppImageConfigParameters]
update_artifact: Builder[UpdateArtifactParameters]
update_cluster: Builder[UpdateClusterParameters]
update_cluster_extension: Builder[UpdateClusterExtensionParameters]
update_cluster_scheduler_config: Builder[UpdateClusterSchedulerConfigParameters]
update_cluster_software: Builder[UpdateClusterSoftwareParameters]
update_code_repository: Builder[UpdateCodeRepositoryParameters]
update_compute_quota: Builder[UpdateComputeQuotaParameters]
update_context: Builder[UpdateContextParameters]
update_device_fleet: Builder[UpdateDeviceFleetParameters]
update_devices: Builder[UpdateDevicesParameters]
update_domain: Builder[UpdateDomainParameters]
update_endpoint: Builder[UpdateEndpointParameters]
update_endpoint_weights_and_capacities: Builder[UpdateEndpointWeightsAndCapacitiesParameters]
update_experiment: Builder[UpdateExperimentParameters]
update_feature_group: Builder[UpdateFeatureGroupParameters]
update_feature_metadata: Builder[UpdateFeatureMetadataParameters]
update_global_inference_gateway: Builder[UpdateGlobalInferenceGatewayParameters]
update_hub: Builder[UpdateHubParameters]
update_hub_content: Builder[UpdateHubContentParameters]
update_hub_content_reference: Builder[UpdateHubContentReferenceParameters]
update_image: Builder[UpdateImageParameters]
update_image_version: Builder[UpdateImageVersionParameters]
update_inference_component: Builder[UpdateInferenceComponentParameters]
update_inference_component_runtime_config: Builder[UpdateInferenceComponentRuntimeConfigParameters]
update_inference_experiment: Builder[UpdateInferenceExperimentParameters]
update_inference_router: Builder[UpdateInferenceRouterParameters]
update_mlflow_app: Builder[UpdateMlflowAppParameters]
update_mlflow_tracking_server: Builder[UpdateMlflowTrackingServerParameters]
update_model_card: Builder[UpdateModelCardParameters]
update_model_monitor_config: Builder[UpdateModelMonitorConfigParameters]
update_model_package: Builder[UpdateModelPackageParameters]
update_monitoring_alert: Builder[UpdateMonitoringAlertParameters]
update_monitoring_schedule: Builder[UpdateMonitoringScheduleParameters]
update_notebook_instance: Builder[UpdateNotebookInstanceParameters]
update_notebook_instance_lifecycle_config: Builder[UpdateNotebookInstanceLifecycleConfigParameters]
update_partner_app: Builder[UpdatePartnerAppParameters]
update_pipeline: Builder[UpdatePipelineParameters]
update_pipeline_execution: Builder[UpdatePipelineExecutionParameters]
update_pipeline_version: Builder[UpdatePipelineVersionParameters]
update_project: Builder[UpdateProjectParameters]
update_space: Builder[UpdateSpaceParameters]
update_training_job: Builder[UpdateTrainingJobParameters]
update_trial: Builder[UpdateTrialParameters]
update_trial_component: Builder[UpdateTrialComponentParameters]
update_user_profile: Builder[UpdateUserProfileParameters]
update_workforce: Builder[UpdateWorkforceParameters]
update_workteam: Builder[UpdateWorkteamParameters]

__all__ = [
    "add_association",
    "add_candidate",
    "add_inference_gateway",
    "add_tags",
    "associate_trial_component",
    "attach_cluster_node_network_interface",
    "attach_cluster_node_volume",
    "batch_add_cluster_nodes",
    "batch_delete_cluster_nodes",
    "batch_describe_model_package",
    "batch_reboot_cluster_nodes",
    "batch_replace_cluster_nodes",
    "create_action",
    "create_ai_benchmark_job",
    "create_ai_recommendation_job",
    "create_ai_workload_config",
    "create_algorithm",
    "create_app",
    "create_app_image_config",
    "create_artifact",
    "create_auto_ml_job",
    "create_auto_ml_job_v2",
    "create_cluster",
    "create_cluster_extension",
    "create_cluster_scheduler_config",
    "create_code_repository",
    "create_compilation_job",
    "create_compute_quota",
    "create_context",
    "create_data_quality_job_definition",
    "create_device_fleet",
    "create_domain",
    "create_edge_deployment_plan",
    "create_edge_deployment_stage",
    "create_edge_packaging_job",
    "create_endpoint",
    "create_endpoint_config",
    "create_experiment",
    "create_feature_group",
    "create_flow_definition",
    "create_global_inference_gateway",
    "create_hub",
    "create_hub_content_presigned_urls",
    "create_hub_content_reference",
    "create_human_task_ui",
    "create_hyper_parameter_tuning_job",
    "create_image",
    "create_image_version",
    "create_inference_component",
    "create_inference_experiment",
    "create_inference_recommendations_job",
    "create_inference_router",
    "create_job",
    "create_labeling_job",
    "create_leaderboard",
    "create_mlflow_app",
    "create_mlflow_tracking_server",
    "create_model",
    "create_model_bias_job_definition",
    "create_model_card",
    "create_model_card_export_job",
    "create_model_explainability_job_definition",
    "create_model_monitor_config",
    "create_model_package",
    "create_model_package_group",
    "create_model_quality_job_definition",
    "create_monitoring_schedule",
    "create_notebook_instance",
    "create_notebook_instance_lifecycle_config",
    "create_optimization_job",
    "create_partner_app",
    "create_partner_app_presigned_url",
    "create_pipeline",
    "create_presigned_domain_url",
    "create_presigned_mlflow_app_url",
    "create_presigned_mlflow_tracking_server_url",
    "create_presigned_notebook_instance_url",
    "create_processing_job",
    "create_project",
    "create_space",
    "create_studio_lifecycle_config",
    "create_training_job",
    "create_training_plan",
    "create_training_session",
    "create_transform_job",
    "create_trial",
    "create_trial_component",
    "create_user_profile",
    "create_workforce",
    "create_workteam",
    "delete_action",
    "delete_ai_benchmark_job",
    "delete_ai_recommendation_job",
    "delete_ai_workload_config",
    "delete_algorithm",
    "delete_app",
    "delete_app_image_config",
    "delete_artifact",
    "delete_association",
    "delete_candidate",
    "delete_cluster",
    "delete_cluster_extension",
    "delete_cluster_scheduler_config",
    "delete_code_repository",
    "delete_compilation_job",
    "delete_compute_quota",
    "delete_context",
    "delete_data_quality_job_definition",
    "delete_device_fleet",
    "delete_domain",
    "delete_edge_deployment_plan",
    "delete_edge_deployment_stage",
    "delete_endpoint",
    "delete_endpoint_config",
    "delete_endpoint_policy",
    "delete_experiment",
    "delete_feature_group",
    "delete_flow_definition",
    "delete_global_inference_gateway",
    "delete_hub",
    "delete_hub_content",
    "delete_hub_content_reference",
    "delete_human_task_ui",
    "delete_hyper_parameter_tuning_job",
    "delete_image",
    "delete_image_version",
    "delete_inference_component",
    "delete_inference_experiment",
    "delete_inference_router",
    "delete_job",
    "delete_leaderboard",
    "delete_mlflow_app",
    "delete_mlflow_tracking_server",
    "delete_model",
    "delete_model_bias_job_definition",
    "delete_model_card",
    "delete_model_explainability_job_definition",
    "delete_model_monitor_config",
    "delete_model_package",
    "delete_model_package_group",
    "delete_model_package_group_policy",
    "delete_model_quality_job_definition",
    "delete_monitoring_schedule",
    "delete_notebook_instance",
    "delete_notebook_instance_lifecycle_config",
    "delete_optimization_job",
    "delete_partner_app",
    "delete_pipeline",
    "delete_processing_job",
    "delete_project",
    "delete_space",
    "delete_studio_lifecycle_config",
    "delete_tags",
    "delete_training_job",
    "delete_training_session",
    "delete_trial",
    "delete_trial_component",
    "delete_user_profile",
    "delete_workforce",
    "delete_workteam",
    "deregister_devices",
    "describe_action",
    "describe_ai_benchmark_job",
    "describe_ai_recommendation_job",
    "describe_ai_workload_config",
    "describe_algorithm",
    "describe_app",
    "describe_app_image_config",
    "describe_artifact",
    "describe_auto_ml_job",
    "describe_auto_ml_job_v2",
    "describe_capacity_reservation",
    "describe_cluster",
    "describe_cluster_event",
    "describe_cluster_extension",
    "describe_cluster_node",
    "describe_cluster_operation",
    "describe_cluster_scheduler_config",
    "describe_code_repository",
    "describe_compilation_job",
    "describe_compute_quota",
    "describe_context",
    "describe_data_quality_job_definition",
    "describe_device",
    "describe_device_fleet",
    "describe_domain",
    "describe_edge_deployment_plan",
    "describe_edge_packaging_job",
    "describe_endpoint",
    "describe_endpoint_config",
    "describe_experiment",
    "describe_feature_group",
    "describe_feature_metadata",
    "describe_flow_definition",
    "describe_global_inference_gateway",
    "describe_hub",
    "describe_hub_content",
    "describe_human_task_ui",
    "describe_hyper_parameter_tuning_job",
    "describe_image",
    "describe_image_version",
    "describe_inference_component",
    "describe_inference_experiment",
    "describe_inference_recommendations_job",
    "describe_inference_router",
    "describe_job",
    "describe_job_schema_version",
    "describe_labeling_job",
    "describe_lineage_group",
    "describe_mlflow_app",
    "describe_mlflow_tracking_server",
    "describe_model",
    "describe_model_bias_job_definition",
    "describe_model_card",
    "describe_model_card_export_job",
    "describe_model_explainability_job_definition",
    "describe_model_package",
    "describe_model_package_group",
    "describe_model_quality_job_definition",
    "describe_monitoring_schedule",
    "describe_notebook_instance",
    "describe_notebook_instance_lifecycle_config",
    "describe_optimization_job",
    "describe_partner_app",
    "describe_pipeline",
    "describe_pipeline_definition_for_execution",
    "describe_pipeline_execution",
    "describe_processing_job",
    "describe_project",
    "describe_reserved_capacity",
    "describe_resource_associations",
    "describe_space",
    "describe_studio_lifecycle_config",
    "describe_subscribed_workteam",
    "describe_training_job",
    "describe_training_plan",
    "describe_training_plan_extension_history",
    "describe_training_session",
    "describe_transform_job",
    "describe_trial",
    "describe_trial_component",
    "describe_user_profile",
    "describe_workforce",
    "describe_workteam",
    "detach_cluster_node_volume",
    "disable_sagemaker_servicecatalog_portfolio",
    "disassociate_trial_component",
    "enable_sagemaker_servicecatalog_portfolio",
    "extend_training_plan",
    "get_candidate",
    "get_capacity_reservation_usage",
    "get_device_fleet_report",
    "get_endpoint_policy",
    "get_leaderboard",
    "get_lineage_group_policy",
    "get_model_monitor_config",
    "get_model_monitor_execution",
    "get_model_package_group_policy",
    "get_sagemaker_servicecatalog_portfolio_status",
    "get_scaling_configuration_recommendation",
    "get_search_suggestions",
    "import_hub_content",
    "list_actions",
    "list_ai_benchmark_jobs",
    "list_ai_recommendation_jobs",
    "list_ai_workload_configs",
    "list_algorithms",
    "list_aliases",
    "list_app_image_configs",
    "list_apps",
    "list_artifacts",
    "list_associations",
    "list_auto_ml_jobs",
    "list_candidates",
    "list_candidates_for_auto_ml_job",
    "list_capacity_reservations",
    "list_cluster_events",
    "list_cluster_extension_versions",
    "list_cluster_extensions",
    "list_cluster_nodes",
    "list_cluster_operations",
    "list_cluster_scheduler_configs",
    "list_clusters",
    "list_code_repositories",
    "list_compilation_jobs",
    "list_compute_quotas",
    "list_contexts",
    "list_data_quality_job_definitions",
    "list_device_fleets",
    "list_devices",
    "list_domains",
    "list_edge_deployment_plans",
    "list_edge_packaging_jobs",
    "list_endpoint_configs",
    "list_endpoints",
    "list_experiments",
    "list_feature_groups",
    "list_flow_definitions",
    "list_global_inference_gateways",
    "list_hub_content_versions",
    "list_hub_contents",
    "list_hubs",
    "list_human_task_uis",
    "list_hyper_parameter_tuning_jobs",
    "list_image_versions",
    "list_images",
    "list_inference_components",
    "list_inference_experiments",
    "list_inference_gateways",
    "list_inference_recommendations_job_steps",
    "list_inference_recommendations_jobs",
    "list_inference_routers",
    "list_job_schema_versions",
    "list_jobs",
    "list_labeling_jobs",
    "list_labeling_jobs_for_workteam",
    "list_leaderboards",
    "list_lineage_groups",
    "list_mlflow_apps",
    "list_mlflow_tracking_servers",
    "list_model_bias_job_definitions",
    "list_model_card_export_jobs",
    "list_model_card_versions",
    "list_model_cards",
    "list_model_explainability_job_definitions",
    "list_model_metadata",
    "list_model_monitor_configs",
    "list_model_monitor_executions",
    "list_model_package_groups",
    "list_model_packages",
    "list_model_quality_job_definitions",
    "list_models",
    "list_monitoring_alert_history",
    "list_monitoring_alerts",
    "list_monitoring_executions",
    "list_monitoring_schedules",
    "list_notebook_instance_lifecycle_configs",
    "list_notebook_instances",
    "list_optimization_jobs",
    "list_partner_apps",
    "list_pipeline_execution_steps",
    "list_pipeline_executions",
    "list_pipeline_parameters_for_execution",
    "list_pipeline_versions",
    "list_pipelines",
    "list_processing_jobs",
    "list_projects",
    "list_resource_catalogs",
    "list_spaces",
    "list_stage_devices",
    "list_studio_lifecycle_configs",
    "list_subscribed_workteams",
    "list_tags",
    "list_training_jobs",
    "list_training_jobs_for_hyper_parameter_tuning_job",
    "list_training_plans",
    "list_training_sessions",
    "list_transform_jobs",
    "list_trial_components",
    "list_trials",
    "list_ultra_servers_by_reserved_capacity",
    "list_user_profiles",
    "list_workforces",
    "list_workteams",
    "move_cluster_nodes",
    "put_endpoint_policy",
    "put_model_package_group_policy",
    "query_lineage",
    "register_devices",
    "remove_inference_gateway",
    "render_ui_template",
    "retry_pipeline_execution",
    "search",
    "search_training_plan_offerings",
    "send_pipeline_execution_step_failure",
    "send_pipeline_execution_step_success",
    "start_cluster_health_check",
    "start_edge_deployment_stage",
    "start_inference_experiment",
    "start_mlflow_tracking_server",
    "start_monitoring_schedule",
    "start_notebook_instance",
    "start_pipeline_execution",
    "start_session",
    "stop_ai_benchmark_job",
    "stop_ai_recommendation_job",
    "stop_auto_ml_job",
    "stop_compilation_job",
    "stop_edge_deployment_stage",
    "stop_edge_packaging_job",
    "stop_hyper_parameter_tuning_job",
    "stop_inference_experiment",
    "stop_inference_recommendations_job",
    "stop_job",
    "stop_labeling_job",
    "stop_mlflow_tracking_server",
    "stop_monitoring_schedule",
    "stop_notebook_instance",
    "stop_optimization_job",
    "stop_pipeline_execution",
    "stop_processing_job",
    "stop_training_job",
    "stop_training_session",
    "stop_transform_job",
    "update_action",
    "update_app_image_config",
    "update_artifact",
    "update_cluster",
    "update_cluster_extension",
    "update_cluster_scheduler_config",
    "update_cluster_software",
    "update_code_repository",
    "update_compute_quota",
    "update_context",
    "update_device_fleet",
    "update_devices",
    "update_domain",
    "update_endpoint",
    "update_endpoint_weights_and_capacities",
    "update_experiment",
    "update_feature_group",
    "update_feature_metadata",
    "update_global_inference_gateway",
    "update_hub",
    "update_hub_content",
    "update_hub_content_reference",
    "update_image",
    "update_image_version",
    "update_inference_component",
    "update_inference_component_runtime_config",
    "update_inference_experiment",
    "update_inference_router",
    "update_mlflow_app",
    "update_mlflow_tracking_server",
    "update_model_card",
    "update_model_monitor_config",
    "update_model_package",
    "update_monitoring_alert",
    "update_monitoring_schedule",
    "update_notebook_instance",
    "update_notebook_instance_lifecycle_config",
    "update_partner_app",
    "update_pipeline",
    "update_pipeline_execution",
    "update_pipeline_version",
    "update_project",
    "update_space",
    "update_training_job",
    "update_trial",
    "update_trial_component",
    "update_user_profile",
    "update_workforce",
    "update_workteam",
]
