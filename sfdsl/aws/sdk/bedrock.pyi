"""Typed builders of the AWS SDK integration of bedrock (``aws-sdk:bedrock:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

ArchiveProjectParameters = TypedDict(
    "ArchiveProjectParameters", {"ProjectIdentifier": S, "ProjectIdentifier.$": str}, total=False
)
BatchDeleteAdvancedPromptOptimizationJobParameters = TypedDict(
    "BatchDeleteAdvancedPromptOptimizationJobParameters",
    {"JobIdentifiers": L[Si], "JobIdentifiers.$": str},
    total=False,
)
BatchDeleteEvaluationJobParameters = TypedDict(
    "BatchDeleteEvaluationJobParameters",
    {"JobIdentifiers": L[Si], "JobIdentifiers.$": str},
    total=False,
)
CancelAutomatedReasoningPolicyBuildWorkflowParameters = TypedDict(
    "CancelAutomatedReasoningPolicyBuildWorkflowParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "BuildWorkflowId": S, "BuildWorkflowId.$": str},
    total=False,
)

class AdvancedPromptOptimizationInputConfig(TypedDict, total=False):
    S3Uri: S

class AdvancedPromptOptimizationOutputConfig(TypedDict, total=False):
    S3Uri: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class InferenceConfiguration(TypedDict, total=False):
    MaxTokens: I
    Temperature: F
    TopP: F
    StopSequences: L[Si]

class ModelConfiguration(TypedDict, total=False):
    ModelId: S
    InferenceConfig: X[InferenceConfiguration]
    AdditionalModelRequestFields: M[Doc]

CreateAdvancedPromptOptimizationJobParameters = TypedDict(
    "CreateAdvancedPromptOptimizationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobDescription": S,
        "JobDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InputConfig": X[AdvancedPromptOptimizationInputConfig],
        "InputConfig.$": str,
        "OutputConfig": X[AdvancedPromptOptimizationOutputConfig],
        "OutputConfig.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ModelConfigurations": L[Xi[ModelConfiguration]],
        "ModelConfigurations.$": str,
    },
    total=False,
)

class AutomatedReasoningPolicyDefinitionTypeValue(TypedDict, total=False):
    Value: S
    Description: S

class AutomatedReasoningPolicyDefinitionType(TypedDict, total=False):
    Name: S
    Description: S
    Values: L[Xi[AutomatedReasoningPolicyDefinitionTypeValue]]

class AutomatedReasoningPolicyDefinitionRule(TypedDict, total=False):
    Id: S
    Expression: S
    AlternateExpression: S

class AutomatedReasoningPolicyDefinitionVariable(TypedDict, total=False):
    Name: S
    Type: S
    Description: S

class AutomatedReasoningPolicyDefinition(TypedDict, total=False):
    Version: S
    Types: L[Xi[AutomatedReasoningPolicyDefinitionType]]
    Rules: L[Xi[AutomatedReasoningPolicyDefinitionRule]]
    Variables: L[Xi[AutomatedReasoningPolicyDefinitionVariable]]

CreateAutomatedReasoningPolicyParameters = TypedDict(
    "CreateAutomatedReasoningPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "PolicyDefinition": X[AutomatedReasoningPolicyDefinition],
        "PolicyDefinition.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAutomatedReasoningPolicyTestCaseParameters = TypedDict(
    "CreateAutomatedReasoningPolicyTestCaseParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "GuardContent": S,
        "GuardContent.$": str,
        "QueryContent": S,
        "QueryContent.$": str,
        "ExpectedAggregatedFindingsResult": S,
        "ExpectedAggregatedFindingsResult.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ConfidenceThreshold": F,
        "ConfidenceThreshold.$": str,
    },
    total=False,
)
CreateAutomatedReasoningPolicyVersionParameters = TypedDict(
    "CreateAutomatedReasoningPolicyVersionParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LastUpdatedDefinitionHash": S,
        "LastUpdatedDefinitionHash.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class S3DataSource(TypedDict, total=False):
    S3Uri: S

class ModelDataSource(TypedDict, total=False):
    S3DataSource: X[S3DataSource]

class ModelPackageArnDataSource(TypedDict, total=False):
    ModelPackageArn: S

class CustomModelDataSource(TypedDict, total=False):
    ModelPackageArnDataSource: X[ModelPackageArnDataSource]

CreateCustomModelParameters = TypedDict(
    "CreateCustomModelParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "ModelSourceConfig": X[ModelDataSource],
        "ModelSourceConfig.$": str,
        "CustomModelDataSource": X[CustomModelDataSource],
        "CustomModelDataSource.$": str,
        "ModelKmsKeyArn": S,
        "ModelKmsKeyArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ModelTags": L[Xi[Tag]],
        "ModelTags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateCustomModelDeploymentParameters = TypedDict(
    "CreateCustomModelDeploymentParameters",
    {
        "ModelDeploymentName": S,
        "ModelDeploymentName.$": str,
        "ModelArn": S,
        "ModelArn.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class EvaluationDatasetLocation(TypedDict, total=False):
    S3Uri: S

class EvaluationDataset(TypedDict, total=False):
    Name: S
    DatasetLocation: X[EvaluationDatasetLocation]

class EvaluationDatasetMetricConfig(TypedDict, total=False):
    TaskType: S
    Dataset: X[EvaluationDataset]
    MetricNames: L[Si]

class BedrockEvaluatorModel(TypedDict, total=False):
    ModelIdentifier: S

class EvaluatorModelConfig(TypedDict, total=False):
    BedrockEvaluatorModels: L[Xi[BedrockEvaluatorModel]]

class RatingScaleItemValue(TypedDict, total=False):
    StringValue: S
    FloatValue: F

class RatingScaleItem(TypedDict, total=False):
    Definition: S
    Value: X[RatingScaleItemValue]

class CustomMetricDefinition(TypedDict, total=False):
    Name: S
    Instructions: S
    RatingScale: L[Xi[RatingScaleItem]]

class AutomatedEvaluationCustomMetricSource(TypedDict, total=False):
    CustomMetricDefinition: X[CustomMetricDefinition]

class CustomMetricBedrockEvaluatorModel(TypedDict, total=False):
    ModelIdentifier: S

class CustomMetricEvaluatorModelConfig(TypedDict, total=False):
    BedrockEvaluatorModels: L[Xi[CustomMetricBedrockEvaluatorModel]]

class AutomatedEvaluationCustomMetricConfig(TypedDict, total=False):
    CustomMetrics: L[Xi[AutomatedEvaluationCustomMetricSource]]
    EvaluatorModelConfig: X[CustomMetricEvaluatorModelConfig]

class AutomatedEvaluationConfig(TypedDict, total=False):
    DatasetMetricConfigs: L[Xi[EvaluationDatasetMetricConfig]]
    EvaluatorModelConfig: X[EvaluatorModelConfig]
    CustomMetricConfig: X[AutomatedEvaluationCustomMetricConfig]

class HumanWorkflowConfig(TypedDict, total=False):
    FlowDefinitionArn: S
    Instructions: S

class HumanEvaluationCustomMetric(TypedDict, total=False):
    Name: S
    Description: S
    RatingMethod: S

class HumanEvaluationConfig(TypedDict, total=False):
    HumanWorkflowConfig: X[HumanWorkflowConfig]
    CustomMetrics: L[Xi[HumanEvaluationCustomMetric]]
    DatasetMetricConfigs: L[Xi[EvaluationDatasetMetricConfig]]

class EvaluationConfig(TypedDict, total=False):
    Automated: X[AutomatedEvaluationConfig]
    Human: X[HumanEvaluationConfig]

class PerformanceConfiguration(TypedDict, total=False):
    Latency: S

class EvaluationBedrockModel(TypedDict, total=False):
    ModelIdentifier: S
    InferenceParams: S
    PerformanceConfig: X[PerformanceConfiguration]

class EvaluationPrecomputedInferenceSource(TypedDict, total=False):
    InferenceSourceIdentifier: S

class EvaluationModelConfig(TypedDict, total=False):
    BedrockModel: X[EvaluationBedrockModel]
    PrecomputedInferenceSource: X[EvaluationPrecomputedInferenceSource]

class FilterAttribute(TypedDict, total=False):
    Key: S
    Value: Doc

class RetrievalFilter(TypedDict, total=False):
    EqualsValue: X[FilterAttribute]
    NotEquals: X[FilterAttribute]
    GreaterThan: X[FilterAttribute]
    GreaterThanOrEquals: X[FilterAttribute]
    LessThan: X[FilterAttribute]
    LessThanOrEquals: X[FilterAttribute]
    In: X[FilterAttribute]
    NotIn: X[FilterAttribute]
    StartsWith: X[FilterAttribute]
    ListContains: X[FilterAttribute]
    StringContains: X[FilterAttribute]
    AndAll: L[Xi[RetrievalFilter]]
    OrAll: L[Xi[RetrievalFilter]]

class MetadataAttributeSchema(TypedDict, total=False):
    Key: S
    Type: S
    Description: S

class ImplicitFilterConfiguration(TypedDict, total=False):
    MetadataAttributes: L[Xi[MetadataAttributeSchema]]
    ModelArn: S

class VectorSearchBedrockRerankingModelConfiguration(TypedDict, total=False):
    ModelArn: S
    AdditionalModelRequestFields: M[Doc]

class FieldForReranking(TypedDict, total=False):
    FieldName: S

class RerankingMetadataSelectiveModeConfiguration(TypedDict, total=False):
    FieldsToInclude: L[Xi[FieldForReranking]]
    FieldsToExclude: L[Xi[FieldForReranking]]

class MetadataConfigurationForReranking(TypedDict, total=False):
    SelectionMode: S
    SelectiveModeConfiguration: X[RerankingMetadataSelectiveModeConfiguration]

class VectorSearchBedrockRerankingConfiguration(TypedDict, total=False):
    ModelConfiguration: X[VectorSearchBedrockRerankingModelConfiguration]
    NumberOfRerankedResults: I
    MetadataConfiguration: X[MetadataConfigurationForReranking]

class VectorSearchRerankingConfiguration(TypedDict, total=False):
    Type: S
    BedrockRerankingConfiguration: X[VectorSearchBedrockRerankingConfiguration]

class KnowledgeBaseVectorSearchConfiguration(TypedDict, total=False):
    NumberOfResults: I
    OverrideSearchType: S
    Filter: X[RetrievalFilter]
    ImplicitFilterConfiguration: X[ImplicitFilterConfiguration]
    RerankingConfiguration: X[VectorSearchRerankingConfiguration]

class KnowledgeBaseRetrievalConfiguration(TypedDict, total=False):
    VectorSearchConfiguration: X[KnowledgeBaseVectorSearchConfiguration]

class RetrieveConfig(TypedDict, total=False):
    KnowledgeBaseId: S
    KnowledgeBaseRetrievalConfiguration: X[KnowledgeBaseRetrievalConfiguration]

class PromptTemplate(TypedDict, total=False):
    TextPromptTemplate: S

class GuardrailConfiguration(TypedDict, total=False):
    GuardrailId: S
    GuardrailVersion: S

class TextInferenceConfig(TypedDict, total=False):
    Temperature: F
    TopP: F
    MaxTokens: I
    StopSequences: L[Si]

class KbInferenceConfig(TypedDict, total=False):
    TextInferenceConfig: X[TextInferenceConfig]

class GenerationConfiguration(TypedDict, total=False):
    PromptTemplate: X[PromptTemplate]
    GuardrailConfiguration: X[GuardrailConfiguration]
    KbInferenceConfig: X[KbInferenceConfig]
    AdditionalModelRequestFields: M[Doc]

class QueryTransformationConfiguration(TypedDict, total=False):
    Type: S

class OrchestrationConfiguration(TypedDict, total=False):
    QueryTransformationConfiguration: X[QueryTransformationConfiguration]

class KnowledgeBaseRetrieveAndGenerateConfiguration(TypedDict, total=False):
    KnowledgeBaseId: S
    ModelArn: S
    RetrievalConfiguration: X[KnowledgeBaseRetrievalConfiguration]
    GenerationConfiguration: X[GenerationConfiguration]
    OrchestrationConfiguration: X[OrchestrationConfiguration]

class S3ObjectDoc(TypedDict, total=False):
    Uri: S

class ByteContentDoc(TypedDict, total=False):
    Identifier: S
    ContentType: S
    Data: S

class ExternalSource(TypedDict, total=False):
    SourceType: S
    S3Location: X[S3ObjectDoc]
    ByteContent: X[ByteContentDoc]

class ExternalSourcesGenerationConfiguration(TypedDict, total=False):
    PromptTemplate: X[PromptTemplate]
    GuardrailConfiguration: X[GuardrailConfiguration]
    KbInferenceConfig: X[KbInferenceConfig]
    AdditionalModelRequestFields: M[Doc]

class ExternalSourcesRetrieveAndGenerateConfiguration(TypedDict, total=False):
    ModelArn: S
    Sources: L[Xi[ExternalSource]]
    GenerationConfiguration: X[ExternalSourcesGenerationConfiguration]

class RetrieveAndGenerateConfiguration(TypedDict, total=False):
    Type: S
    KnowledgeBaseConfiguration: X[KnowledgeBaseRetrieveAndGenerateConfiguration]
    ExternalSourcesConfiguration: X[ExternalSourcesRetrieveAndGenerateConfiguration]

class KnowledgeBaseConfig(TypedDict, total=False):
    RetrieveConfig: X[RetrieveConfig]
    RetrieveAndGenerateConfig: X[RetrieveAndGenerateConfiguration]

class EvaluationPrecomputedRetrieveSourceConfig(TypedDict, total=False):
    RagSourceIdentifier: S

class EvaluationPrecomputedRetrieveAndGenerateSourceConfig(TypedDict, total=False):
    RagSourceIdentifier: S

class EvaluationPrecomputedRagSourceConfig(TypedDict, total=False):
    RetrieveSourceConfig: X[EvaluationPrecomputedRetrieveSourceConfig]
    RetrieveAndGenerateSourceConfig: X[EvaluationPrecomputedRetrieveAndGenerateSourceConfig]

class RAGConfig(TypedDict, total=False):
    KnowledgeBaseConfig: X[KnowledgeBaseConfig]
    PrecomputedRagSourceConfig: X[EvaluationPrecomputedRagSourceConfig]

class EvaluationInferenceConfig(TypedDict, total=False):
    Models: L[Xi[EvaluationModelConfig]]
    RagConfigs: L[Xi[RAGConfig]]

class EvaluationOutputDataConfig(TypedDict, total=False):
    S3Uri: S

CreateEvaluationJobParameters = TypedDict(
    "CreateEvaluationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobDescription": S,
        "JobDescription.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "CustomerEncryptionKeyId": S,
        "CustomerEncryptionKeyId.$": str,
        "JobTags": L[Xi[Tag]],
        "JobTags.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
        "EvaluationConfig": X[EvaluationConfig],
        "EvaluationConfig.$": str,
        "InferenceConfig": X[EvaluationInferenceConfig],
        "InferenceConfig.$": str,
        "OutputDataConfig": X[EvaluationOutputDataConfig],
        "OutputDataConfig.$": str,
    },
    total=False,
)
CreateFoundationModelAgreementParameters = TypedDict(
    "CreateFoundationModelAgreementParameters",
    {"OfferToken": S, "OfferToken.$": str, "ModelId": S, "ModelId.$": str},
    total=False,
)

class GuardrailTopicConfig(TypedDict, total=False):
    Name: S
    Definition: S
    Examples: L[Si]
    Type: S
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailTopicsTierConfig(TypedDict, total=False):
    TierName: S

class GuardrailTopicPolicyConfig(TypedDict, total=False):
    TopicsConfig: L[Xi[GuardrailTopicConfig]]
    TierConfig: X[GuardrailTopicsTierConfig]

class GuardrailContentFilterConfig(TypedDict, total=False):
    Type: S
    InputStrength: S
    OutputStrength: S
    InputModalities: L[Si]
    OutputModalities: L[Si]
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailContentFiltersTierConfig(TypedDict, total=False):
    TierName: S

class GuardrailContentPolicyConfig(TypedDict, total=False):
    FiltersConfig: L[Xi[GuardrailContentFilterConfig]]
    TierConfig: X[GuardrailContentFiltersTierConfig]

class GuardrailWordConfig(TypedDict, total=False):
    Text: S
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailManagedWordsConfig(TypedDict, total=False):
    Type: S
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailWordPolicyConfig(TypedDict, total=False):
    WordsConfig: L[Xi[GuardrailWordConfig]]
    ManagedWordListsConfig: L[Xi[GuardrailManagedWordsConfig]]

class GuardrailPiiEntityConfig(TypedDict, total=False):
    Type: S
    Action: S
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailRegexConfig(TypedDict, total=False):
    Name: S
    Description: S
    Pattern: S
    Action: S
    InputAction: S
    OutputAction: S
    InputEnabled: B
    OutputEnabled: B

class GuardrailSensitiveInformationPolicyConfig(TypedDict, total=False):
    PiiEntitiesConfig: L[Xi[GuardrailPiiEntityConfig]]
    RegexesConfig: L[Xi[GuardrailRegexConfig]]

class GuardrailContextualGroundingFilterConfig(TypedDict, total=False):
    Type: S
    Threshold: F
    Action: S
    Enabled: B

class GuardrailContextualGroundingTierConfig(TypedDict, total=False):
    TierName: S

class GuardrailContextualGroundingPolicyConfig(TypedDict, total=False):
    FiltersConfig: L[Xi[GuardrailContextualGroundingFilterConfig]]
    TierConfig: X[GuardrailContextualGroundingTierConfig]

class GuardrailAutomatedReasoningPolicyConfig(TypedDict, total=False):
    Policies: L[Si]
    ConfidenceThreshold: F

class GuardrailCrossRegionConfig(TypedDict, total=False):
    GuardrailProfileIdentifier: S

CreateGuardrailParameters = TypedDict(
    "CreateGuardrailParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TopicPolicyConfig": X[GuardrailTopicPolicyConfig],
        "TopicPolicyConfig.$": str,
        "ContentPolicyConfig": X[GuardrailContentPolicyConfig],
        "ContentPolicyConfig.$": str,
        "WordPolicyConfig": X[GuardrailWordPolicyConfig],
        "WordPolicyConfig.$": str,
        "SensitiveInformationPolicyConfig": X[GuardrailSensitiveInformationPolicyConfig],
        "SensitiveInformationPolicyConfig.$": str,
        "ContextualGroundingPolicyConfig": X[GuardrailContextualGroundingPolicyConfig],
        "ContextualGroundingPolicyConfig.$": str,
        "AutomatedReasoningPolicyConfig": X[GuardrailAutomatedReasoningPolicyConfig],
        "AutomatedReasoningPolicyConfig.$": str,
        "CrossRegionConfig": X[GuardrailCrossRegionConfig],
        "CrossRegionConfig.$": str,
        "BlockedInputMessaging": S,
        "BlockedInputMessaging.$": str,
        "BlockedOutputsMessaging": S,
        "BlockedOutputsMessaging.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateGuardrailVersionParameters = TypedDict(
    "CreateGuardrailVersionParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class InferenceProfileModelSource(TypedDict, total=False):
    CopyFrom: S

CreateInferenceProfileParameters = TypedDict(
    "CreateInferenceProfileParameters",
    {
        "InferenceProfileName": S,
        "InferenceProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ModelSource": X[InferenceProfileModelSource],
        "ModelSource.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class VpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class SageMakerEndpoint(TypedDict, total=False):
    InitialInstanceCount: I
    InstanceType: S
    ExecutionRole: S
    KmsEncryptionKey: S
    Vpc: X[VpcConfig]

class EndpointConfig(TypedDict, total=False):
    SageMaker: X[SageMakerEndpoint]

CreateMarketplaceModelEndpointParameters = TypedDict(
    "CreateMarketplaceModelEndpointParameters",
    {
        "ModelSourceIdentifier": S,
        "ModelSourceIdentifier.$": str,
        "EndpointConfig": X[EndpointConfig],
        "EndpointConfig.$": str,
        "AcceptEula": B,
        "AcceptEula.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateModelCopyJobParameters = TypedDict(
    "CreateModelCopyJobParameters",
    {
        "SourceModelArn": S,
        "SourceModelArn.$": str,
        "TargetModelName": S,
        "TargetModelName.$": str,
        "ModelKmsKeyId": S,
        "ModelKmsKeyId.$": str,
        "TargetModelTags": L[Xi[Tag]],
        "TargetModelTags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class InvocationLogSource(TypedDict, total=False):
    S3Uri: S

class RequestMetadataBaseFilters(TypedDict, total=False):
    EqualsValue: M[S]
    NotEquals: M[S]

class RequestMetadataFilters(TypedDict, total=False):
    EqualsValue: M[S]
    NotEquals: M[S]
    AndAll: L[Xi[RequestMetadataBaseFilters]]
    OrAll: L[Xi[RequestMetadataBaseFilters]]

class InvocationLogsConfig(TypedDict, total=False):
    UsePromptResponse: B
    InvocationLogSource: X[InvocationLogSource]
    RequestMetadataFilters: X[RequestMetadataFilters]

class TrainingDataConfig(TypedDict, total=False):
    S3Uri: S
    InvocationLogsConfig: X[InvocationLogsConfig]

class Validator(TypedDict, total=False):
    S3Uri: S

class ValidationDataConfig(TypedDict, total=False):
    Validators: L[Xi[Validator]]

class OutputDataConfig(TypedDict, total=False):
    S3Uri: S

class TeacherModelConfig(TypedDict, total=False):
    TeacherModelIdentifier: S
    MaxResponseLengthForInference: I

class DistillationConfig(TypedDict, total=False):
    TeacherModelConfig: X[TeacherModelConfig]

class LambdaGraderConfig(TypedDict, total=False):
    LambdaArn: S

class GraderConfig(TypedDict, total=False):
    LambdaGrader: X[LambdaGraderConfig]

class RFTHyperParameters(TypedDict, total=False):
    EpochCount: I
    BatchSize: I
    LearningRate: F
    MaxPromptLength: I
    TrainingSamplePerPrompt: I
    InferenceMaxTokens: I
    ReasoningEffort: S
    EvalInterval: I

class RFTConfig(TypedDict, total=False):
    GraderConfig: X[GraderConfig]
    HyperParameters: X[RFTHyperParameters]

class CustomizationConfig(TypedDict, total=False):
    DistillationConfig: X[DistillationConfig]
    RftConfig: X[RFTConfig]

CreateModelCustomizationJobParameters = TypedDict(
    "CreateModelCustomizationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "CustomModelName": S,
        "CustomModelName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "BaseModelIdentifier": S,
        "BaseModelIdentifier.$": str,
        "CustomizationType": S,
        "CustomizationType.$": str,
        "CustomModelKmsKeyId": S,
        "CustomModelKmsKeyId.$": str,
        "JobTags": L[Xi[Tag]],
        "JobTags.$": str,
        "CustomModelTags": L[Xi[Tag]],
        "CustomModelTags.$": str,
        "TrainingDataConfig": X[TrainingDataConfig],
        "TrainingDataConfig.$": str,
        "ValidationDataConfig": X[ValidationDataConfig],
        "ValidationDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "HyperParameters": M[S],
        "HyperParameters.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "CustomizationConfig": X[CustomizationConfig],
        "CustomizationConfig.$": str,
    },
    total=False,
)
CreateModelImportJobParameters = TypedDict(
    "CreateModelImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "ImportedModelName": S,
        "ImportedModelName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ModelDataSource": X[ModelDataSource],
        "ModelDataSource.$": str,
        "JobTags": L[Xi[Tag]],
        "JobTags.$": str,
        "ImportedModelTags": L[Xi[Tag]],
        "ImportedModelTags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "ImportedModelKmsKeyId": S,
        "ImportedModelKmsKeyId.$": str,
    },
    total=False,
)

class ModelInvocationJobS3InputDataConfig(TypedDict, total=False):
    S3InputFormat: S
    S3Uri: S
    S3BucketOwner: S

class ModelInvocationJobInputDataConfig(TypedDict, total=False):
    S3InputDataConfig: X[ModelInvocationJobS3InputDataConfig]

class ModelInvocationJobS3OutputDataConfig(TypedDict, total=False):
    S3Uri: S
    S3EncryptionKeyId: S
    S3BucketOwner: S

class ModelInvocationJobOutputDataConfig(TypedDict, total=False):
    S3OutputDataConfig: X[ModelInvocationJobS3OutputDataConfig]

CreateModelInvocationJobParameters = TypedDict(
    "CreateModelInvocationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "InputDataConfig": X[ModelInvocationJobInputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[ModelInvocationJobOutputDataConfig],
        "OutputDataConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "TimeoutDurationInHours": I,
        "TimeoutDurationInHours.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ModelInvocationType": S,
        "ModelInvocationType.$": str,
    },
    total=False,
)

class ProjectDataRetention(TypedDict, total=False):
    Mode: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataRetention": X[ProjectDataRetention],
        "DataRetention.$": str,
    },
    total=False,
)

class PromptRouterTargetModel(TypedDict, total=False):
    ModelArn: S

class RoutingCriteria(TypedDict, total=False):
    ResponseQualityDifference: F

CreatePromptRouterParameters = TypedDict(
    "CreatePromptRouterParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "PromptRouterName": S,
        "PromptRouterName.$": str,
        "Models": L[Xi[PromptRouterTargetModel]],
        "Models.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingCriteria": X[RoutingCriteria],
        "RoutingCriteria.$": str,
        "FallbackModel": X[PromptRouterTargetModel],
        "FallbackModel.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateProvisionedModelThroughputParameters = TypedDict(
    "CreateProvisionedModelThroughputParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ModelUnits": I,
        "ModelUnits.$": str,
        "ProvisionedModelName": S,
        "ProvisionedModelName.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "CommitmentDuration": S,
        "CommitmentDuration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccountDataRetentionStorageParameters = TypedDict(
    "DeleteAccountDataRetentionStorageParameters",
    {"ModelProvider": S, "ModelProvider.$": str},
    total=False,
)
DeleteAutomatedReasoningPolicyParameters = TypedDict(
    "DeleteAutomatedReasoningPolicyParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteAutomatedReasoningPolicyBuildWorkflowParameters = TypedDict(
    "DeleteAutomatedReasoningPolicyBuildWorkflowParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "LastUpdatedAt": T,
        "LastUpdatedAt.$": str,
    },
    total=False,
)
DeleteAutomatedReasoningPolicyTestCaseParameters = TypedDict(
    "DeleteAutomatedReasoningPolicyTestCaseParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "LastUpdatedAt": T,
        "LastUpdatedAt.$": str,
    },
    total=False,
)
DeleteCustomModelParameters = TypedDict(
    "DeleteCustomModelParameters", {"ModelIdentifier": S, "ModelIdentifier.$": str}, total=False
)
DeleteCustomModelDeploymentParameters = TypedDict(
    "DeleteCustomModelDeploymentParameters",
    {"CustomModelDeploymentIdentifier": S, "CustomModelDeploymentIdentifier.$": str},
    total=False,
)
DeleteEnforcedGuardrailConfigurationParameters = TypedDict(
    "DeleteEnforcedGuardrailConfigurationParameters",
    {"ConfigId": S, "ConfigId.$": str},
    total=False,
)
DeleteFoundationModelAgreementParameters = TypedDict(
    "DeleteFoundationModelAgreementParameters", {"ModelId": S, "ModelId.$": str}, total=False
)
DeleteGuardrailParameters = TypedDict(
    "DeleteGuardrailParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "GuardrailVersion": S,
        "GuardrailVersion.$": str,
    },
    total=False,
)
DeleteImportedModelParameters = TypedDict(
    "DeleteImportedModelParameters", {"ModelIdentifier": S, "ModelIdentifier.$": str}, total=False
)
DeleteInferenceProfileParameters = TypedDict(
    "DeleteInferenceProfileParameters",
    {"InferenceProfileIdentifier": S, "InferenceProfileIdentifier.$": str},
    total=False,
)
DeleteMarketplaceModelEndpointParameters = TypedDict(
    "DeleteMarketplaceModelEndpointParameters",
    {"EndpointArn": S, "EndpointArn.$": str},
    total=False,
)

class DeleteModelInvocationLoggingConfigurationParameters(TypedDict, total=False): ...

DeleteOrganizationDataRetentionStorageParameters = TypedDict(
    "DeleteOrganizationDataRetentionStorageParameters",
    {"ModelProvider": S, "ModelProvider.$": str},
    total=False,
)
DeleteProjectDataRetentionStorageParameters = TypedDict(
    "DeleteProjectDataRetentionStorageParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "ModelProvider": S,
        "ModelProvider.$": str,
    },
    total=False,
)
DeletePromptRouterParameters = TypedDict(
    "DeletePromptRouterParameters", {"PromptRouterArn": S, "PromptRouterArn.$": str}, total=False
)
DeleteProvisionedModelThroughputParameters = TypedDict(
    "DeleteProvisionedModelThroughputParameters",
    {"ProvisionedModelId": S, "ProvisionedModelId.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeregisterMarketplaceModelEndpointParameters = TypedDict(
    "DeregisterMarketplaceModelEndpointParameters",
    {"EndpointArn": S, "EndpointArn.$": str},
    total=False,
)
ExportAutomatedReasoningPolicyVersionParameters = TypedDict(
    "ExportAutomatedReasoningPolicyVersionParameters",
    {"PolicyArn": S, "PolicyArn.$": str},
    total=False,
)

class GetAccountDataRetentionParameters(TypedDict, total=False): ...

GetAccountDataRetentionStorageParameters = TypedDict(
    "GetAccountDataRetentionStorageParameters",
    {"ModelProvider": S, "ModelProvider.$": str},
    total=False,
)
GetAdvancedPromptOptimizationJobParameters = TypedDict(
    "GetAdvancedPromptOptimizationJobParameters",
    {"JobIdentifier": S, "JobIdentifier.$": str},
    total=False,
)
GetAutomatedReasoningPolicyParameters = TypedDict(
    "GetAutomatedReasoningPolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
GetAutomatedReasoningPolicyAnnotationsParameters = TypedDict(
    "GetAutomatedReasoningPolicyAnnotationsParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "BuildWorkflowId": S, "BuildWorkflowId.$": str},
    total=False,
)
GetAutomatedReasoningPolicyBuildWorkflowParameters = TypedDict(
    "GetAutomatedReasoningPolicyBuildWorkflowParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "BuildWorkflowId": S, "BuildWorkflowId.$": str},
    total=False,
)
GetAutomatedReasoningPolicyBuildWorkflowResultAssetsParameters = TypedDict(
    "GetAutomatedReasoningPolicyBuildWorkflowResultAssetsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "AssetType": S,
        "AssetType.$": str,
        "AssetId": S,
        "AssetId.$": str,
    },
    total=False,
)
GetAutomatedReasoningPolicyNextScenarioParameters = TypedDict(
    "GetAutomatedReasoningPolicyNextScenarioParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "BuildWorkflowId": S, "BuildWorkflowId.$": str},
    total=False,
)
GetAutomatedReasoningPolicyTestCaseParameters = TypedDict(
    "GetAutomatedReasoningPolicyTestCaseParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "TestCaseId": S, "TestCaseId.$": str},
    total=False,
)
GetAutomatedReasoningPolicyTestResultParameters = TypedDict(
    "GetAutomatedReasoningPolicyTestResultParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
    },
    total=False,
)
GetCustomModelParameters = TypedDict(
    "GetCustomModelParameters", {"ModelIdentifier": S, "ModelIdentifier.$": str}, total=False
)
GetCustomModelDeploymentParameters = TypedDict(
    "GetCustomModelDeploymentParameters",
    {"CustomModelDeploymentIdentifier": S, "CustomModelDeploymentIdentifier.$": str},
    total=False,
)
GetEvaluationJobParameters = TypedDict(
    "GetEvaluationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)
GetFoundationModelParameters = TypedDict(
    "GetFoundationModelParameters",
    {
        "ModelIdentifier": S,
        "ModelIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
GetFoundationModelAvailabilityParameters = TypedDict(
    "GetFoundationModelAvailabilityParameters", {"ModelId": S, "ModelId.$": str}, total=False
)
GetGuardrailParameters = TypedDict(
    "GetGuardrailParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "GuardrailVersion": S,
        "GuardrailVersion.$": str,
    },
    total=False,
)
GetImportedModelParameters = TypedDict(
    "GetImportedModelParameters", {"ModelIdentifier": S, "ModelIdentifier.$": str}, total=False
)
GetInferenceProfileParameters = TypedDict(
    "GetInferenceProfileParameters",
    {
        "InferenceProfileIdentifier": S,
        "InferenceProfileIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
GetMarketplaceModelEndpointParameters = TypedDict(
    "GetMarketplaceModelEndpointParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
GetModelCopyJobParameters = TypedDict(
    "GetModelCopyJobParameters", {"JobArn": S, "JobArn.$": str}, total=False
)
GetModelCustomizationJobParameters = TypedDict(
    "GetModelCustomizationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)
GetModelImportJobParameters = TypedDict(
    "GetModelImportJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)
GetModelInvocationJobParameters = TypedDict(
    "GetModelInvocationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)

class GetModelInvocationLoggingConfigurationParameters(TypedDict, total=False): ...

GetOrganizationDataRetentionStorageParameters = TypedDict(
    "GetOrganizationDataRetentionStorageParameters",
    {"ModelProvider": S, "ModelProvider.$": str},
    total=False,
)
GetProjectParameters = TypedDict(
    "GetProjectParameters", {"ProjectIdentifier": S, "ProjectIdentifier.$": str}, total=False
)
GetProjectDataRetentionStorageParameters = TypedDict(
    "GetProjectDataRetentionStorageParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "ModelProvider": S,
        "ModelProvider.$": str,
    },
    total=False,
)
GetPromptRouterParameters = TypedDict(
    "GetPromptRouterParameters", {"PromptRouterArn": S, "PromptRouterArn.$": str}, total=False
)
GetProvisionedModelThroughputParameters = TypedDict(
    "GetProvisionedModelThroughputParameters",
    {"ProvisionedModelId": S, "ProvisionedModelId.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTrustedAccessProgramParameters = TypedDict(
    "GetTrustedAccessProgramParameters",
    {
        "ProgramIdentifier": S,
        "ProgramIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
GetTrustedAccessProgramAccountEnrollmentParameters = TypedDict(
    "GetTrustedAccessProgramAccountEnrollmentParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str},
    total=False,
)
GetTrustedAccessProgramOrganizationEnrollmentParameters = TypedDict(
    "GetTrustedAccessProgramOrganizationEnrollmentParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str},
    total=False,
)
GetTrustedAccessProgramProjectEnrollmentParameters = TypedDict(
    "GetTrustedAccessProgramProjectEnrollmentParameters",
    {
        "ProgramIdentifier": S,
        "ProgramIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)

class GetUseCaseForModelAccessParameters(TypedDict, total=False): ...

ListAdvancedPromptOptimizationJobsParameters = TypedDict(
    "ListAdvancedPromptOptimizationJobsParameters",
    {
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
ListAutomatedReasoningPoliciesParameters = TypedDict(
    "ListAutomatedReasoningPoliciesParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAutomatedReasoningPolicyBuildWorkflowsParameters = TypedDict(
    "ListAutomatedReasoningPolicyBuildWorkflowsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAutomatedReasoningPolicyTestCasesParameters = TypedDict(
    "ListAutomatedReasoningPolicyTestCasesParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAutomatedReasoningPolicyTestResultsParameters = TypedDict(
    "ListAutomatedReasoningPolicyTestResultsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCustomModelDeploymentsParameters = TypedDict(
    "ListCustomModelDeploymentsParameters",
    {
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "ModelArnEquals": S,
        "ModelArnEquals.$": str,
    },
    total=False,
)
ListCustomModelsParameters = TypedDict(
    "ListCustomModelsParameters",
    {
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "BaseModelArnEquals": S,
        "BaseModelArnEquals.$": str,
        "FoundationModelArnEquals": S,
        "FoundationModelArnEquals.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "IsOwned": B,
        "IsOwned.$": str,
        "ModelStatus": S,
        "ModelStatus.$": str,
    },
    total=False,
)
ListEnforcedGuardrailsConfigurationParameters = TypedDict(
    "ListEnforcedGuardrailsConfigurationParameters",
    {"NextToken": S, "NextToken.$": str},
    total=False,
)
ListEvaluationJobsParameters = TypedDict(
    "ListEvaluationJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "ApplicationTypeEquals": S,
        "ApplicationTypeEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListFoundationModelAgreementOffersParameters = TypedDict(
    "ListFoundationModelAgreementOffersParameters",
    {"ModelId": S, "ModelId.$": str, "OfferType": S, "OfferType.$": str},
    total=False,
)
ListFoundationModelsParameters = TypedDict(
    "ListFoundationModelsParameters",
    {
        "ByProvider": S,
        "ByProvider.$": str,
        "ByCustomizationType": S,
        "ByCustomizationType.$": str,
        "ByOutputModality": S,
        "ByOutputModality.$": str,
        "ByInferenceType": S,
        "ByInferenceType.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
ListGuardrailsParameters = TypedDict(
    "ListGuardrailsParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImportedModelsParameters = TypedDict(
    "ListImportedModelsParameters",
    {
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListInferenceProfilesParameters = TypedDict(
    "ListInferenceProfilesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TypeEquals": S,
        "TypeEquals.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
ListMarketplaceModelEndpointsParameters = TypedDict(
    "ListMarketplaceModelEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ModelSourceEquals": S,
        "ModelSourceEquals.$": str,
    },
    total=False,
)
ListModelCopyJobsParameters = TypedDict(
    "ListModelCopyJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "SourceAccountEquals": S,
        "SourceAccountEquals.$": str,
        "SourceModelArnEquals": S,
        "SourceModelArnEquals.$": str,
        "TargetModelNameContains": S,
        "TargetModelNameContains.$": str,
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
ListModelCustomizationJobsParameters = TypedDict(
    "ListModelCustomizationJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListModelImportJobsParameters = TypedDict(
    "ListModelImportJobsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListModelInvocationJobsParameters = TypedDict(
    "ListModelInvocationJobsParameters",
    {
        "SubmitTimeAfter": T,
        "SubmitTimeAfter.$": str,
        "SubmitTimeBefore": T,
        "SubmitTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)
ListPromptRoutersParameters = TypedDict(
    "ListPromptRoutersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListProvisionedModelThroughputsParameters = TypedDict(
    "ListProvisionedModelThroughputsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "ModelArnEquals": S,
        "ModelArnEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
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
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListTrustedAccessProgramsParameters = TypedDict(
    "ListTrustedAccessProgramsParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutAccountDataRetentionParameters = TypedDict(
    "PutAccountDataRetentionParameters", {"Mode": S, "Mode.$": str}, total=False
)

class DataRetentionStorageConfiguration(TypedDict, total=False):
    KmsKeyArn: S
    S3BucketArn: S
    S3BucketOwner: S

PutAccountDataRetentionStorageParameters = TypedDict(
    "PutAccountDataRetentionStorageParameters",
    {
        "ModelProvider": S,
        "ModelProvider.$": str,
        "StorageDestination": S,
        "StorageDestination.$": str,
        "StorageConfiguration": X[DataRetentionStorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)

class SelectiveContentGuarding(TypedDict, total=False):
    System: S
    Messages: S

class ModelEnforcement(TypedDict, total=False):
    IncludedModels: L[Si]
    ExcludedModels: L[Si]

class AccountEnforcedGuardrailInferenceInputConfiguration(TypedDict, total=False):
    GuardrailIdentifier: S
    GuardrailVersion: S
    SelectiveContentGuarding: X[SelectiveContentGuarding]
    ModelEnforcement: X[ModelEnforcement]

PutEnforcedGuardrailConfigurationParameters = TypedDict(
    "PutEnforcedGuardrailConfigurationParameters",
    {
        "ConfigId": S,
        "ConfigId.$": str,
        "GuardrailInferenceConfig": X[AccountEnforcedGuardrailInferenceInputConfiguration],
        "GuardrailInferenceConfig.$": str,
    },
    total=False,
)

class S3Config(TypedDict, total=False):
    BucketName: S
    KeyPrefix: S

class CloudWatchConfig(TypedDict, total=False):
    LogGroupName: S
    RoleArn: S
    LargeDataDeliveryS3Config: X[S3Config]

class LoggingConfig(TypedDict, total=False):
    CloudWatchConfig: X[CloudWatchConfig]
    S3Config: X[S3Config]
    TextDataDeliveryEnabled: B
    ImageDataDeliveryEnabled: B
    EmbeddingDataDeliveryEnabled: B
    VideoDataDeliveryEnabled: B
    AudioDataDeliveryEnabled: B

PutModelInvocationLoggingConfigurationParameters = TypedDict(
    "PutModelInvocationLoggingConfigurationParameters",
    {"LoggingConfig": X[LoggingConfig], "LoggingConfig.$": str},
    total=False,
)
PutOrganizationDataRetentionStorageParameters = TypedDict(
    "PutOrganizationDataRetentionStorageParameters",
    {
        "ModelProvider": S,
        "ModelProvider.$": str,
        "StorageDestination": S,
        "StorageDestination.$": str,
        "StorageConfiguration": X[DataRetentionStorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)
PutProjectDataRetentionStorageParameters = TypedDict(
    "PutProjectDataRetentionStorageParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "ModelProvider": S,
        "ModelProvider.$": str,
        "StorageDestination": S,
        "StorageDestination.$": str,
        "StorageConfiguration": X[DataRetentionStorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourcePolicy": S, "ResourcePolicy.$": str},
    total=False,
)
PutTrustedAccessProgramAccountEnrollmentParameters = TypedDict(
    "PutTrustedAccessProgramAccountEnrollmentParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str, "OptIn": S, "OptIn.$": str},
    total=False,
)
PutTrustedAccessProgramOrganizationEnrollmentParameters = TypedDict(
    "PutTrustedAccessProgramOrganizationEnrollmentParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str, "OptIn": S, "OptIn.$": str},
    total=False,
)
PutTrustedAccessProgramProjectEnrollmentParameters = TypedDict(
    "PutTrustedAccessProgramProjectEnrollmentParameters",
    {
        "ProgramIdentifier": S,
        "ProgramIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "OptIn": S,
        "OptIn.$": str,
    },
    total=False,
)
PutUseCaseForModelAccessParameters = TypedDict(
    "PutUseCaseForModelAccessParameters", {"FormData": S, "FormData.$": str}, total=False
)
RegisterMarketplaceModelEndpointParameters = TypedDict(
    "RegisterMarketplaceModelEndpointParameters",
    {
        "EndpointIdentifier": S,
        "EndpointIdentifier.$": str,
        "ModelSourceIdentifier": S,
        "ModelSourceIdentifier.$": str,
    },
    total=False,
)

class AutomatedReasoningPolicyBuildWorkflowDocument(TypedDict, total=False):
    Document: S
    DocumentContentType: S
    DocumentName: S
    DocumentDescription: S

class AutomatedReasoningPolicyAddTypeAnnotation(TypedDict, total=False):
    Name: S
    Description: S
    Values: L[Xi[AutomatedReasoningPolicyDefinitionTypeValue]]

class AutomatedReasoningPolicyAddTypeValue(TypedDict, total=False):
    Value: S
    Description: S

class AutomatedReasoningPolicyUpdateTypeValue(TypedDict, total=False):
    Value: S
    NewValue: S
    Description: S

class AutomatedReasoningPolicyDeleteTypeValue(TypedDict, total=False):
    Value: S

class AutomatedReasoningPolicyTypeValueAnnotation(TypedDict, total=False):
    AddTypeValue: X[AutomatedReasoningPolicyAddTypeValue]
    UpdateTypeValue: X[AutomatedReasoningPolicyUpdateTypeValue]
    DeleteTypeValue: X[AutomatedReasoningPolicyDeleteTypeValue]

class AutomatedReasoningPolicyUpdateTypeAnnotation(TypedDict, total=False):
    Name: S
    NewName: S
    Description: S
    Values: L[Xi[AutomatedReasoningPolicyTypeValueAnnotation]]

class AutomatedReasoningPolicyDeleteTypeAnnotation(TypedDict, total=False):
    Name: S

class AutomatedReasoningPolicyAddVariableAnnotation(TypedDict, total=False):
    Name: S
    Type: S
    Description: S

class AutomatedReasoningPolicyUpdateVariableAnnotation(TypedDict, total=False):
    Name: S
    NewName: S
    Description: S

class AutomatedReasoningPolicyDeleteVariableAnnotation(TypedDict, total=False):
    Name: S

class AutomatedReasoningPolicyAddRuleAnnotation(TypedDict, total=False):
    Expression: S

class AutomatedReasoningPolicyUpdateRuleAnnotation(TypedDict, total=False):
    RuleId: S
    Expression: S

class AutomatedReasoningPolicyDeleteRuleAnnotation(TypedDict, total=False):
    RuleId: S

class AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation(TypedDict, total=False):
    NaturalLanguage: S

class AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation(TypedDict, total=False):
    RuleIds: L[Si]
    Feedback: S

class AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation(TypedDict, total=False):
    RuleIds: L[Si]
    ScenarioExpression: S
    Feedback: S

class AutomatedReasoningPolicyIngestContentAnnotation(TypedDict, total=False):
    Content: S

class AutomatedReasoningPolicyAnnotation(TypedDict, total=False):
    AddType: X[AutomatedReasoningPolicyAddTypeAnnotation]
    UpdateType: X[AutomatedReasoningPolicyUpdateTypeAnnotation]
    DeleteType: X[AutomatedReasoningPolicyDeleteTypeAnnotation]
    AddVariable: X[AutomatedReasoningPolicyAddVariableAnnotation]
    UpdateVariable: X[AutomatedReasoningPolicyUpdateVariableAnnotation]
    DeleteVariable: X[AutomatedReasoningPolicyDeleteVariableAnnotation]
    AddRule: X[AutomatedReasoningPolicyAddRuleAnnotation]
    UpdateRule: X[AutomatedReasoningPolicyUpdateRuleAnnotation]
    DeleteRule: X[AutomatedReasoningPolicyDeleteRuleAnnotation]
    AddRuleFromNaturalLanguage: X[AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation]
    UpdateFromRulesFeedback: X[AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation]
    UpdateFromScenarioFeedback: X[AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation]
    IngestContent: X[AutomatedReasoningPolicyIngestContentAnnotation]

class AutomatedReasoningPolicyBuildWorkflowRepairContent(TypedDict, total=False):
    Annotations: L[Xi[AutomatedReasoningPolicyAnnotation]]

class AutomatedReasoningPolicyGenerateFidelityReportContent(TypedDict, total=False):
    Documents: L[Xi[AutomatedReasoningPolicyBuildWorkflowDocument]]

class AutomatedReasoningPolicyIterativeRefinementContent(TypedDict, total=False):
    Documents: L[Xi[AutomatedReasoningPolicyBuildWorkflowDocument]]
    Feedback: S

class AutomatedReasoningPolicyWorkflowTypeContent(TypedDict, total=False):
    Documents: L[Xi[AutomatedReasoningPolicyBuildWorkflowDocument]]
    PolicyRepairAssets: X[AutomatedReasoningPolicyBuildWorkflowRepairContent]
    GenerateFidelityReportContent: X[AutomatedReasoningPolicyGenerateFidelityReportContent]
    IterativeRefinementContent: X[AutomatedReasoningPolicyIterativeRefinementContent]

class AutomatedReasoningPolicyBuildWorkflowSource(TypedDict, total=False):
    PolicyDefinition: X[AutomatedReasoningPolicyDefinition]
    WorkflowContent: X[AutomatedReasoningPolicyWorkflowTypeContent]

StartAutomatedReasoningPolicyBuildWorkflowParameters = TypedDict(
    "StartAutomatedReasoningPolicyBuildWorkflowParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowType": S,
        "BuildWorkflowType.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SourceContent": X[AutomatedReasoningPolicyBuildWorkflowSource],
        "SourceContent.$": str,
    },
    total=False,
)
StartAutomatedReasoningPolicyTestWorkflowParameters = TypedDict(
    "StartAutomatedReasoningPolicyTestWorkflowParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "TestCaseIds": L[Si],
        "TestCaseIds.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StartTrustedAccessProgramAccountApplicationParameters = TypedDict(
    "StartTrustedAccessProgramAccountApplicationParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str},
    total=False,
)
StartTrustedAccessProgramOrganizationApplicationParameters = TypedDict(
    "StartTrustedAccessProgramOrganizationApplicationParameters",
    {"ProgramIdentifier": S, "ProgramIdentifier.$": str},
    total=False,
)
StartTrustedAccessProgramProjectApplicationParameters = TypedDict(
    "StartTrustedAccessProgramProjectApplicationParameters",
    {
        "ProgramIdentifier": S,
        "ProgramIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
StopAdvancedPromptOptimizationJobParameters = TypedDict(
    "StopAdvancedPromptOptimizationJobParameters",
    {"JobIdentifier": S, "JobIdentifier.$": str},
    total=False,
)
StopEvaluationJobParameters = TypedDict(
    "StopEvaluationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)
StopModelCustomizationJobParameters = TypedDict(
    "StopModelCustomizationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
)
StopModelInvocationJobParameters = TypedDict(
    "StopModelInvocationJobParameters", {"JobIdentifier": S, "JobIdentifier.$": str}, total=False
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
UpdateAutomatedReasoningPolicyParameters = TypedDict(
    "UpdateAutomatedReasoningPolicyParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PolicyDefinition": X[AutomatedReasoningPolicyDefinition],
        "PolicyDefinition.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAutomatedReasoningPolicyAnnotationsParameters = TypedDict(
    "UpdateAutomatedReasoningPolicyAnnotationsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "BuildWorkflowId": S,
        "BuildWorkflowId.$": str,
        "Annotations": L[Xi[AutomatedReasoningPolicyAnnotation]],
        "Annotations.$": str,
        "LastUpdatedAnnotationSetHash": S,
        "LastUpdatedAnnotationSetHash.$": str,
    },
    total=False,
)
UpdateAutomatedReasoningPolicyTestCaseParameters = TypedDict(
    "UpdateAutomatedReasoningPolicyTestCaseParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "TestCaseId": S,
        "TestCaseId.$": str,
        "GuardContent": S,
        "GuardContent.$": str,
        "QueryContent": S,
        "QueryContent.$": str,
        "LastUpdatedAt": T,
        "LastUpdatedAt.$": str,
        "ExpectedAggregatedFindingsResult": S,
        "ExpectedAggregatedFindingsResult.$": str,
        "ConfidenceThreshold": F,
        "ConfidenceThreshold.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdateCustomModelDeploymentParameters = TypedDict(
    "UpdateCustomModelDeploymentParameters",
    {
        "ModelArn": S,
        "ModelArn.$": str,
        "CustomModelDeploymentIdentifier": S,
        "CustomModelDeploymentIdentifier.$": str,
    },
    total=False,
)
UpdateGuardrailParameters = TypedDict(
    "UpdateGuardrailParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TopicPolicyConfig": X[GuardrailTopicPolicyConfig],
        "TopicPolicyConfig.$": str,
        "ContentPolicyConfig": X[GuardrailContentPolicyConfig],
        "ContentPolicyConfig.$": str,
        "WordPolicyConfig": X[GuardrailWordPolicyConfig],
        "WordPolicyConfig.$": str,
        "SensitiveInformationPolicyConfig": X[GuardrailSensitiveInformationPolicyConfig],
        "SensitiveInformationPolicyConfig.$": str,
        "ContextualGroundingPolicyConfig": X[GuardrailContextualGroundingPolicyConfig],
        "ContextualGroundingPolicyConfig.$": str,
        "AutomatedReasoningPolicyConfig": X[GuardrailAutomatedReasoningPolicyConfig],
        "AutomatedReasoningPolicyConfig.$": str,
        "CrossRegionConfig": X[GuardrailCrossRegionConfig],
        "CrossRegionConfig.$": str,
        "BlockedInputMessaging": S,
        "BlockedInputMessaging.$": str,
        "BlockedOutputsMessaging": S,
        "BlockedOutputsMessaging.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
UpdateMarketplaceModelEndpointParameters = TypedDict(
    "UpdateMarketplaceModelEndpointParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "EndpointConfig": X[EndpointConfig],
        "EndpointConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "DataRetention": X[ProjectDataRetention],
        "DataRetention.$": str,
    },
    total=False,
)
UpdateProvisionedModelThroughputParameters = TypedDict(
    "UpdateProvisionedModelThroughputParameters",
    {
        "ProvisionedModelId": S,
        "ProvisionedModelId.$": str,
        "DesiredProvisionedModelName": S,
        "DesiredProvisionedModelName.$": str,
        "DesiredModelId": S,
        "DesiredModelId.$": str,
    },
    total=False,
)
archive_project: Builder[ArchiveProjectParameters]
batch_delete_advanced_prompt_optimization_job: Builder[
    BatchDeleteAdvancedPromptOptimizationJobParameters
]
batch_delete_evaluation_job: Builder[BatchDeleteEvaluationJobParameters]
cancel_automated_reasoning_policy_build_workflow: Builder[
    CancelAutomatedReasoningPolicyBuildWorkflowParameters
]
create_advanced_prompt_optimization_job: Builder[CreateAdvancedPromptOptimizationJobParameters]
create_automated_reasoning_policy: Builder[CreateAutomatedReasoningPolicyParameters]
create_automated_reasoning_policy_test_case: Builder[
    CreateAutomatedReasoningPolicyTestCaseParameters
]
create_automated_reasoning_policy_version: Builder[CreateAutomatedReasoningPolicyVersionParameters]
create_custom_model: Builder[CreateCustomModelParameters]
create_custom_model_deployment: Builder[CreateCustomModelDeploymentParameters]
create_evaluation_job: Builder[CreateEvaluationJobParameters]
create_foundation_model_agreement: Builder[CreateFoundationModelAgreementParameters]
create_guardrail: Builder[CreateGuardrailParameters]
create_guardrail_version: Builder[CreateGuardrailVersionParameters]
create_inference_profile: Builder[CreateInferenceProfileParameters]
create_marketplace_model_endpoint: Builder[CreateMarketplaceModelEndpointParameters]
create_model_copy_job: Builder[CreateModelCopyJobParameters]
create_model_customization_job: Builder[CreateModelCustomizationJobParameters]
create_model_import_job: Builder[CreateModelImportJobParameters]
create_model_invocation_job: Builder[CreateModelInvocationJobParameters]
create_project: Builder[CreateProjectParameters]
create_prompt_router: Builder[CreatePromptRouterParameters]
create_provisioned_model_throughput: Builder[CreateProvisionedModelThroughputParameters]
delete_account_data_retention_storage: Builder[DeleteAccountDataRetentionStorageParameters]
delete_automated_reasoning_policy: Builder[DeleteAutomatedReasoningPolicyParameters]
delete_automated_reasoning_policy_build_workflow: Builder[
    DeleteAutomatedReasoningPolicyBuildWorkflowParameters
]
delete_automated_reasoning_policy_test_case: Builder[
    DeleteAutomatedReasoningPolicyTestCaseParameters
]
delete_custom_model: Builder[DeleteCustomModelParameters]
delete_custom_model_deployment: Builder[DeleteCustomModelDeploymentParameters]
delete_enforced_guardrail_configuration: Builder[DeleteEnforcedGuardrailConfigurationParameters]
delete_foundation_model_agreement: Builder[DeleteFoundationModelAgreementParameters]
delete_guardrail: Builder[DeleteGuardrailParameters]
delete_imported_model: Builder[DeleteImportedModelParameters]
delete_inference_profile: Builder[DeleteInferenceProfileParameters]
delete_marketplace_model_endpoint: Builder[DeleteMarketplaceModelEndpointParameters]
delete_model_invocation_logging_configuration: Builder[
    DeleteModelInvocationLoggingConfigurationParameters
]
delete_organization_data_retention_storage: Builder[
    DeleteOrganizationDataRetentionStorageParameters
]
delete_project_data_retention_storage: Builder[DeleteProjectDataRetentionStorageParameters]
delete_prompt_router: Builder[DeletePromptRouterParameters]
delete_provisioned_model_throughput: Builder[DeleteProvisionedModelThroughputParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
deregister_marketplace_model_endpoint: Builder[DeregisterMarketplaceModelEndpointParameters]
export_automated_reasoning_policy_version: Builder[ExportAutomatedReasoningPolicyVersionParameters]
get_account_data_retention: Builder[GetAccountDataRetentionParameters]
get_account_data_retention_storage: Builder[GetAccountDataRetentionStorageParameters]
get_advanced_prompt_optimization_job: Builder[GetAdvancedPromptOptimizationJobParameters]
get_automated_reasoning_policy: Builder[GetAutomatedReasoningPolicyParameters]
get_automated_reasoning_policy_annotations: Builder[
    GetAutomatedReasoningPolicyAnnotationsParameters
]
get_automated_reasoning_policy_build_workflow: Builder[
    GetAutomatedReasoningPolicyBuildWorkflowParameters
]
get_automated_reasoning_policy_build_workflow_result_assets: Builder[
    GetAutomatedReasoningPolicyBuildWorkflowResultAssetsParameters
]
get_automated_reasoning_policy_next_scenario: Builder[
    GetAutomatedReasoningPolicyNextScenarioParameters
]
get_automated_reasoning_policy_test_case: Builder[GetAutomatedReasoningPolicyTestCaseParameters]
get_automated_reasoning_policy_test_result: Builder[GetAutomatedReasoningPolicyTestResultParameters]
get_custom_model: Builder[GetCustomModelParameters]
get_custom_model_deployment: Builder[GetCustomModelDeploymentParameters]
get_evaluation_job: Builder[GetEvaluationJobParameters]
get_foundation_model: Builder[GetFoundationModelParameters]
get_foundation_model_availability: Builder[GetFoundationModelAvailabilityParameters]
get_guardrail: Builder[GetGuardrailParameters]
get_imported_model: Builder[GetImportedModelParameters]
get_inference_profile: Builder[GetInferenceProfileParameters]
get_marketplace_model_endpoint: Builder[GetMarketplaceModelEndpointParameters]
get_model_copy_job: Builder[GetModelCopyJobParameters]
get_model_customization_job: Builder[GetModelCustomizationJobParameters]
get_model_import_job: Builder[GetModelImportJobParameters]
get_model_invocation_job: Builder[GetModelInvocationJobParameters]
get_model_invocation_logging_configuration: Builder[
    GetModelInvocationLoggingConfigurationParameters
]
get_organization_data_retention_storage: Builder[GetOrganizationDataRetentionStorageParameters]
get_project: Builder[GetProjectParameters]
get_project_data_retention_storage: Builder[GetProjectDataRetentionStorageParameters]
get_prompt_router: Builder[GetPromptRouterParameters]
get_provisioned_model_throughput: Builder[GetProvisionedModelThroughputParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_trusted_access_program: Builder[GetTrustedAccessProgramParameters]
get_trusted_access_program_account_enrollment: Builder[
    GetTrustedAccessProgramAccountEnrollmentParameters
]
get_trusted_access_program_organization_enrollment: Builder[
    GetTrustedAccessProgramOrganizationEnrollmentParameters
]
get_trusted_access_program_project_enrollment: Builder[
    GetTrustedAccessProgramProjectEnrollmentParameters
]
get_use_case_for_model_access: Builder[GetUseCaseForModelAccessParameters]
list_advanced_prompt_optimization_jobs: Builder[ListAdvancedPromptOptimizationJobsParameters]
list_automated_reasoning_policies: Builder[ListAutomatedReasoningPoliciesParameters]
list_automated_reasoning_policy_build_workflows: Builder[
    ListAutomatedReasoningPolicyBuildWorkflowsParameters
]
list_automated_reasoning_policy_test_cases: Builder[ListAutomatedReasoningPolicyTestCasesParameters]
list_automated_reasoning_policy_test_results: Builder[
    ListAutomatedReasoningPolicyTestResultsParameters
]
list_custom_model_deployments: Builder[ListCustomModelDeploymentsParameters]
list_custom_models: Builder[ListCustomModelsParameters]
list_enforced_guardrails_configuration: Builder[ListEnforcedGuardrailsConfigurationParameters]
list_evaluation_jobs: Builder[ListEvaluationJobsParameters]
list_foundation_model_agreement_offers: Builder[ListFoundationModelAgreementOffersParameters]
list_foundation_models: Builder[ListFoundationModelsParameters]
list_guardrails: Builder[ListGuardrailsParameters]
list_imported_models: Builder[ListImportedModelsParameters]
list_inference_profiles: Builder[ListInferenceProfilesParameters]
list_marketplace_model_endpoints: Builder[ListMarketplaceModelEndpointsParameters]
list_model_copy_jobs: Builder[ListModelCopyJobsParameters]
list_model_customization_jobs: Builder[ListModelCustomizationJobsParameters]
list_model_import_jobs: Builder[ListModelImportJobsParameters]
list_model_invocation_jobs: Builder[ListModelInvocationJobsParameters]
list_projects: Builder[ListProjectsParameters]
list_prompt_routers: Builder[ListPromptRoutersParameters]
list_provisioned_model_throughputs: Builder[ListProvisionedModelThroughputsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trusted_access_programs: Builder[ListTrustedAccessProgramsParameters]
put_account_data_retention: Builder[PutAccountDataRetentionParameters]
put_account_data_retention_storage: Builder[PutAccountDataRetentionStorageParameters]
put_enforced_guardrail_configuration: Builder[PutEnforcedGuardrailConfigurationParameters]
put_model_invocation_logging_configuration: Builder[
    PutModelInvocationLoggingConfigurationParameters
]
put_organization_data_retention_storage: Builder[PutOrganizationDataRetentionStorageParameters]
put_project_data_retention_storage: Builder[PutProjectDataRetentionStorageParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_trusted_access_program_account_enrollment: Builder[
    PutTrustedAccessProgramAccountEnrollmentParameters
]
put_trusted_access_program_organization_enrollment: Builder[
    PutTrustedAccessProgramOrganizationEnrollmentParameters
]
put_trusted_access_program_project_enrollment: Builder[
    PutTrustedAccessProgramProjectEnrollmentParameters
]
put_use_case_for_model_access: Builder[PutUseCaseForModelAccessParameters]
register_marketplace_model_endpoint: Builder[RegisterMarketplaceModelEndpointParameters]
start_automated_reasoning_policy_build_workflow: Builder[
    StartAutomatedReasoningPolicyBuildWorkflowParameters
]
start_automated_reasoning_policy_test_workflow: Builder[
    StartAutomatedReasoningPolicyTestWorkflowParameters
]
start_trusted_access_program_account_application: Builder[
    StartTrustedAccessProgramAccountApplicationParameters
]
start_trusted_access_program_organization_application: Builder[
    StartTrustedAccessProgramOrganizationApplicationParameters
]
start_trusted_access_program_project_application: Builder[
    StartTrustedAccessProgramProjectApplicationParameters
]
stop_advanced_prompt_optimization_job: Builder[StopAdvancedPromptOptimizationJobParameters]
stop_evaluation_job: Builder[StopEvaluationJobParameters]
stop_model_customization_job: Builder[StopModelCustomizationJobParameters]
stop_model_invocation_job: Builder[StopModelInvocationJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_automated_reasoning_policy: Builder[UpdateAutomatedReasoningPolicyParameters]
update_automated_reasoning_policy_annotations: Builder[
    UpdateAutomatedReasoningPolicyAnnotationsParameters
]
update_automated_reasoning_policy_test_case: Builder[
    UpdateAutomatedReasoningPolicyTestCaseParameters
]
update_custom_model_deployment: Builder[UpdateCustomModelDeploymentParameters]
update_guardrail: Builder[UpdateGuardrailParameters]
update_marketplace_model_endpoint: Builder[UpdateMarketplaceModelEndpointParameters]
update_project: Builder[UpdateProjectParameters]
update_provisioned_model_throughput: Builder[UpdateProvisionedModelThroughputParameters]

__all__ = [
    "archive_project",
    "batch_delete_advanced_prompt_optimization_job",
    "batch_delete_evaluation_job",
    "cancel_automated_reasoning_policy_build_workflow",
    "create_advanced_prompt_optimization_job",
    "create_automated_reasoning_policy",
    "create_automated_reasoning_policy_test_case",
    "create_automated_reasoning_policy_version",
    "create_custom_model",
    "create_custom_model_deployment",
    "create_evaluation_job",
    "create_foundation_model_agreement",
    "create_guardrail",
    "create_guardrail_version",
    "create_inference_profile",
    "create_marketplace_model_endpoint",
    "create_model_copy_job",
    "create_model_customization_job",
    "create_model_import_job",
    "create_model_invocation_job",
    "create_project",
    "create_prompt_router",
    "create_provisioned_model_throughput",
    "delete_account_data_retention_storage",
    "delete_automated_reasoning_policy",
    "delete_automated_reasoning_policy_build_workflow",
    "delete_automated_reasoning_policy_test_case",
    "delete_custom_model",
    "delete_custom_model_deployment",
    "delete_enforced_guardrail_configuration",
    "delete_foundation_model_agreement",
    "delete_guardrail",
    "delete_imported_model",
    "delete_inference_profile",
    "delete_marketplace_model_endpoint",
    "delete_model_invocation_logging_configuration",
    "delete_organization_data_retention_storage",
    "delete_project_data_retention_storage",
    "delete_prompt_router",
    "delete_provisioned_model_throughput",
    "delete_resource_policy",
    "deregister_marketplace_model_endpoint",
    "export_automated_reasoning_policy_version",
    "get_account_data_retention",
    "get_account_data_retention_storage",
    "get_advanced_prompt_optimization_job",
    "get_automated_reasoning_policy",
    "get_automated_reasoning_policy_annotations",
    "get_automated_reasoning_policy_build_workflow",
    "get_automated_reasoning_policy_build_workflow_result_assets",
    "get_automated_reasoning_policy_next_scenario",
    "get_automated_reasoning_policy_test_case",
    "get_automated_reasoning_policy_test_result",
    "get_custom_model",
    "get_custom_model_deployment",
    "get_evaluation_job",
    "get_foundation_model",
    "get_foundation_model_availability",
    "get_guardrail",
    "get_imported_model",
    "get_inference_profile",
    "get_marketplace_model_endpoint",
    "get_model_copy_job",
    "get_model_customization_job",
    "get_model_import_job",
    "get_model_invocation_job",
    "get_model_invocation_logging_configuration",
    "get_organization_data_retention_storage",
    "get_project",
    "get_project_data_retention_storage",
    "get_prompt_router",
    "get_provisioned_model_throughput",
    "get_resource_policy",
    "get_trusted_access_program",
    "get_trusted_access_program_account_enrollment",
    "get_trusted_access_program_organization_enrollment",
    "get_trusted_access_program_project_enrollment",
    "get_use_case_for_model_access",
    "list_advanced_prompt_optimization_jobs",
    "list_automated_reasoning_policies",
    "list_automated_reasoning_policy_build_workflows",
    "list_automated_reasoning_policy_test_cases",
    "list_automated_reasoning_policy_test_results",
    "list_custom_model_deployments",
    "list_custom_models",
    "list_enforced_guardrails_configuration",
    "list_evaluation_jobs",
    "list_foundation_model_agreement_offers",
    "list_foundation_models",
    "list_guardrails",
    "list_imported_models",
    "list_inference_profiles",
    "list_marketplace_model_endpoints",
    "list_model_copy_jobs",
    "list_model_customization_jobs",
    "list_model_import_jobs",
    "list_model_invocation_jobs",
    "list_projects",
    "list_prompt_routers",
    "list_provisioned_model_throughputs",
    "list_tags_for_resource",
    "list_trusted_access_programs",
    "put_account_data_retention",
    "put_account_data_retention_storage",
    "put_enforced_guardrail_configuration",
    "put_model_invocation_logging_configuration",
    "put_organization_data_retention_storage",
    "put_project_data_retention_storage",
    "put_resource_policy",
    "put_trusted_access_program_account_enrollment",
    "put_trusted_access_program_organization_enrollment",
    "put_trusted_access_program_project_enrollment",
    "put_use_case_for_model_access",
    "register_marketplace_model_endpoint",
    "start_automated_reasoning_policy_build_workflow",
    "start_automated_reasoning_policy_test_workflow",
    "start_trusted_access_program_account_application",
    "start_trusted_access_program_organization_application",
    "start_trusted_access_program_project_application",
    "stop_advanced_prompt_optimization_job",
    "stop_evaluation_job",
    "stop_model_customization_job",
    "stop_model_invocation_job",
    "tag_resource",
    "untag_resource",
    "update_automated_reasoning_policy",
    "update_automated_reasoning_policy_annotations",
    "update_automated_reasoning_policy_test_case",
    "update_custom_model_deployment",
    "update_guardrail",
    "update_marketplace_model_endpoint",
    "update_project",
    "update_provisioned_model_throughput",
]
