"""Typed builders of the AWS SDK integration of cleanrooms (``aws-sdk:cleanrooms:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

BatchGetCollaborationAnalysisTemplateParameters = TypedDict(
    "BatchGetCollaborationAnalysisTemplateParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "AnalysisTemplateArns": L[Si],
        "AnalysisTemplateArns.$": str,
    },
    total=False,
)
BatchGetSchemaParameters = TypedDict(
    "BatchGetSchemaParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "Names": L[Si],
        "Names.$": str,
    },
    total=False,
)

class SchemaAnalysisRuleRequest(TypedDict, total=False):
    Name: S
    Type: S

BatchGetSchemaAnalysisRuleParameters = TypedDict(
    "BatchGetSchemaAnalysisRuleParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "SchemaAnalysisRuleRequests": L[Xi[SchemaAnalysisRuleRequest]],
        "SchemaAnalysisRuleRequests.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    Bucket: S
    Key: S

class AnalysisTemplateArtifact(TypedDict, total=False):
    Location: X[S3Location]

class AnalysisTemplateArtifacts(TypedDict, total=False):
    EntryPoint: X[AnalysisTemplateArtifact]
    AdditionalArtifacts: L[Xi[AnalysisTemplateArtifact]]
    RoleArn: S

class AnalysisSource(TypedDict, total=False):
    Text: S
    Artifacts: X[AnalysisTemplateArtifacts]

class AnalysisParameter(TypedDict, total=False):
    Name: S
    Type: S
    DefaultValue: S

class AnalysisSchema(TypedDict, total=False):
    ReferencedTables: L[Si]

class ErrorMessageConfiguration(TypedDict, total=False):
    Type: S

class SyntheticDataColumnProperties(TypedDict, total=False):
    ColumnName: S
    ColumnType: S
    IsPredictiveValue: B

class ColumnClassificationDetails(TypedDict, total=False):
    ColumnMapping: L[Xi[SyntheticDataColumnProperties]]

class MLSyntheticDataParameters(TypedDict, total=False):
    Epsilon: F
    MaxMembershipInferenceAttackScore: F
    ColumnClassification: X[ColumnClassificationDetails]

class SyntheticDataParameters(TypedDict, total=False):
    MlSyntheticDataParameters: X[MLSyntheticDataParameters]

CreateAnalysisTemplateParameters = TypedDict(
    "CreateAnalysisTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Source": X[AnalysisSource],
        "Source.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AnalysisParameters": L[Xi[AnalysisParameter]],
        "AnalysisParameters.$": str,
        "Schema": X[AnalysisSchema],
        "Schema.$": str,
        "ErrorMessageConfiguration": X[ErrorMessageConfiguration],
        "ErrorMessageConfiguration.$": str,
        "SyntheticDataParameters": X[SyntheticDataParameters],
        "SyntheticDataParameters.$": str,
    },
    total=False,
)

class MLMemberAbilities(TypedDict, total=False):
    CustomMLMemberAbilities: L[Si]

class QueryComputePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class ModelTrainingPaymentConfig(TypedDict, total=False):
    IsResponsible: B

class ModelInferencePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class SyntheticDataGenerationPaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MLPaymentConfig(TypedDict, total=False):
    ModelTraining: X[ModelTrainingPaymentConfig]
    ModelInference: X[ModelInferencePaymentConfig]
    SyntheticDataGeneration: X[SyntheticDataGenerationPaymentConfig]

class JobComputePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class PaymentConfiguration(TypedDict, total=False):
    QueryCompute: X[QueryComputePaymentConfig]
    MachineLearning: X[MLPaymentConfig]
    JobCompute: X[JobComputePaymentConfig]

class MemberSpecification(TypedDict, total=False):
    AccountId: S
    MemberAbilities: L[Si]
    MlMemberAbilities: X[MLMemberAbilities]
    DisplayName: S
    PaymentConfiguration: X[PaymentConfiguration]

class DataEncryptionMetadata(TypedDict, total=False):
    AllowCleartext: B
    AllowDuplicates: B
    AllowJoinsOnColumnsWithDifferentNames: B
    PreserveNulls: B

CreateCollaborationParameters = TypedDict(
    "CreateCollaborationParameters",
    {
        "Members": L[Xi[MemberSpecification]],
        "Members.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CreatorMemberAbilities": L[Si],
        "CreatorMemberAbilities.$": str,
        "CreatorMLMemberAbilities": X[MLMemberAbilities],
        "CreatorMLMemberAbilities.$": str,
        "CreatorDisplayName": S,
        "CreatorDisplayName.$": str,
        "DataEncryptionMetadata": X[DataEncryptionMetadata],
        "DataEncryptionMetadata.$": str,
        "QueryLogStatus": S,
        "QueryLogStatus.$": str,
        "JobLogStatus": S,
        "JobLogStatus.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CreatorPaymentConfiguration": X[PaymentConfiguration],
        "CreatorPaymentConfiguration.$": str,
        "AnalyticsEngine": S,
        "AnalyticsEngine.$": str,
        "AutoApprovedChangeRequestTypes": L[Si],
        "AutoApprovedChangeRequestTypes.$": str,
        "AllowedResultRegions": L[Si],
        "AllowedResultRegions.$": str,
        "IsMetricsEnabled": B,
        "IsMetricsEnabled.$": str,
    },
    total=False,
)

class MemberChangeSpecification(TypedDict, total=False):
    AccountId: S
    MemberAbilities: L[Si]
    MlMemberAbilities: X[MLMemberAbilities]
    PaymentConfiguration: X[PaymentConfiguration]
    DisplayName: S

class CollaborationChangeSpecification(TypedDict, total=False):
    AutoApprovedChangeTypes: L[Si]

class ChangeSpecification(TypedDict, total=False):
    Member: X[MemberChangeSpecification]
    Collaboration: X[CollaborationChangeSpecification]

class ChangeInput(TypedDict, total=False):
    SpecificationType: S
    Specification: X[ChangeSpecification]

CreateCollaborationChangeRequestParameters = TypedDict(
    "CreateCollaborationChangeRequestParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "Changes": L[Xi[ChangeInput]],
        "Changes.$": str,
    },
    total=False,
)
CreateConfiguredAudienceModelAssociationParameters = TypedDict(
    "CreateConfiguredAudienceModelAssociationParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredAudienceModelArn": S,
        "ConfiguredAudienceModelArn.$": str,
        "ConfiguredAudienceModelAssociationName": S,
        "ConfiguredAudienceModelAssociationName.$": str,
        "ManageResourcePolicies": B,
        "ManageResourcePolicies.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class GlueTableReference(TypedDict, total=False):
    Region: S
    TableName: S
    DatabaseName: S

class SnowflakeTableSchemaV1(TypedDict, total=False):
    ColumnName: S
    ColumnType: S

class SnowflakeTableSchema(TypedDict, total=False):
    V1: L[Xi[SnowflakeTableSchemaV1]]

class SnowflakeTableReference(TypedDict, total=False):
    SecretArn: S
    AccountIdentifier: S
    DatabaseName: S
    TableName: S
    SchemaName: S
    TableSchema: X[SnowflakeTableSchema]

class AthenaTableReference(TypedDict, total=False):
    Region: S
    WorkGroup: S
    OutputLocation: S
    DatabaseName: S
    TableName: S
    CatalogName: S

class DatabricksDeltaSharingConnection(TypedDict, total=False):
    DeltaShareEndpoint: S
    ShareName: S

class DatabricksConnectionType(TypedDict, total=False):
    DeltaSharing: X[DatabricksDeltaSharingConnection]

class DatabricksTableReference(TypedDict, total=False):
    SchemaName: S
    TableName: S
    WorkspaceUrl: S
    ConnectionType: X[DatabricksConnectionType]

class TableReference(TypedDict, total=False):
    Glue: X[GlueTableReference]
    Snowflake: X[SnowflakeTableReference]
    Athena: X[AthenaTableReference]
    Databricks: X[DatabricksTableReference]

CreateConfiguredTableParameters = TypedDict(
    "CreateConfiguredTableParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TableReference": X[TableReference],
        "TableReference.$": str,
        "AllowedColumns": L[Si],
        "AllowedColumns.$": str,
        "AnalysisMethod": S,
        "AnalysisMethod.$": str,
        "SelectedAnalysisMethods": L[Si],
        "SelectedAnalysisMethods.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AnalysisRuleList(TypedDict, total=False):
    JoinColumns: L[Si]
    AllowedJoinOperators: L[Si]
    ListColumns: L[Si]
    AdditionalAnalyses: S

class AggregateColumn(TypedDict, total=False):
    ColumnNames: L[Si]
    Function: S

class AggregationConstraint(TypedDict, total=False):
    ColumnName: S
    Minimum: I
    Type: S

class AnalysisRuleAggregation(TypedDict, total=False):
    AggregateColumns: L[Xi[AggregateColumn]]
    JoinColumns: L[Si]
    JoinRequired: S
    AllowedJoinOperators: L[Si]
    DimensionColumns: L[Si]
    ScalarFunctions: L[Si]
    OutputConstraints: L[Xi[AggregationConstraint]]
    AdditionalAnalyses: S

class DifferentialPrivacyColumn(TypedDict, total=False):
    Name: S

class DifferentialPrivacyConfiguration(TypedDict, total=False):
    Columns: L[Xi[DifferentialPrivacyColumn]]

class OutputColumnThreshold(TypedDict, total=False):
    OutputColumnName: S
    MinimumIdentityCount: I

class AggregationThreshold(TypedDict, total=False):
    IdentityColumns: L[Si]
    MinimumIdentityCount: I
    Type: S
    OutputColumnThresholds: L[Xi[OutputColumnThreshold]]
    AllowedAggregateExpressionType: S

class ComparisonControls(TypedDict, total=False):
    AllowedLiteralComparisonColumns: L[Si]
    AllowedColumnComparisonColumns: L[Si]

class AnalysisRuleCustom(TypedDict, total=False):
    AllowedAnalyses: L[Si]
    AllowedAnalysisProviders: L[Si]
    AdditionalAnalyses: S
    DisallowedOutputColumns: L[Si]
    DifferentialPrivacy: X[DifferentialPrivacyConfiguration]
    AggregationThresholds: L[Xi[AggregationThreshold]]
    ComparisonControls: X[ComparisonControls]
    AllowedResultReceivers: L[Si]
    AllowedAdditionalAnalyses: L[Si]

class ConfiguredTableAnalysisRulePolicyV1(TypedDict, total=False):
    List: X[AnalysisRuleList]
    Aggregation: X[AnalysisRuleAggregation]
    Custom: X[AnalysisRuleCustom]

class ConfiguredTableAnalysisRulePolicy(TypedDict, total=False):
    V1: X[ConfiguredTableAnalysisRulePolicyV1]

CreateConfiguredTableAnalysisRuleParameters = TypedDict(
    "CreateConfiguredTableAnalysisRuleParameters",
    {
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[ConfiguredTableAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)
CreateConfiguredTableAssociationParameters = TypedDict(
    "CreateConfiguredTableAssociationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ConfiguredTableAssociationAnalysisRuleList(TypedDict, total=False):
    AllowedResultReceivers: L[Si]
    AllowedAdditionalAnalyses: L[Si]

class ConfiguredTableAssociationAnalysisRuleAggregation(TypedDict, total=False):
    AllowedResultReceivers: L[Si]
    AllowedAdditionalAnalyses: L[Si]

class ConfiguredTableAssociationAnalysisRuleCustom(TypedDict, total=False):
    AllowedResultReceivers: L[Si]
    AllowedAdditionalAnalyses: L[Si]

class ConfiguredTableAssociationAnalysisRulePolicyV1(TypedDict, total=False):
    List: X[ConfiguredTableAssociationAnalysisRuleList]
    Aggregation: X[ConfiguredTableAssociationAnalysisRuleAggregation]
    Custom: X[ConfiguredTableAssociationAnalysisRuleCustom]

class ConfiguredTableAssociationAnalysisRulePolicy(TypedDict, total=False):
    V1: X[ConfiguredTableAssociationAnalysisRulePolicyV1]

CreateConfiguredTableAssociationAnalysisRuleParameters = TypedDict(
    "CreateConfiguredTableAssociationAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[ConfiguredTableAssociationAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)

class IdMappingTableInputReferenceConfig(TypedDict, total=False):
    InputReferenceArn: S
    ManageResourcePolicies: B

CreateIdMappingTableParameters = TypedDict(
    "CreateIdMappingTableParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InputReferenceConfig": X[IdMappingTableInputReferenceConfig],
        "InputReferenceConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class IdNamespaceAssociationInputReferenceConfig(TypedDict, total=False):
    InputReferenceArn: S
    ManageResourcePolicies: B

class IdMappingConfig(TypedDict, total=False):
    AllowUseAsDimensionColumn: B

CreateIdNamespaceAssociationParameters = TypedDict(
    "CreateIdNamespaceAssociationParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "InputReferenceConfig": X[IdNamespaceAssociationInputReferenceConfig],
        "InputReferenceConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "IdMappingConfig": X[IdMappingConfig],
        "IdMappingConfig.$": str,
    },
    total=False,
)

class PopulationAnalysisSqlParameters(TypedDict, total=False):
    QueryString: S
    AnalysisTemplateArn: S

class PopulationAnalysisJobParameters(TypedDict, total=False):
    AnalysisTemplateArn: S

class PopulationAnalysisConfiguration(TypedDict, total=False):
    SqlParameters: X[PopulationAnalysisSqlParameters]
    JobParameters: X[PopulationAnalysisJobParameters]

CreateIntermediateTableParameters = TypedDict(
    "CreateIntermediateTableParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PopulationAnalysisConfiguration": X[PopulationAnalysisConfiguration],
        "PopulationAnalysisConfiguration.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "RetentionInDays": I,
        "RetentionInDays.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class IntermediateTableAnalysisRuleCustom(TypedDict, total=False):
    AllowedAnalyses: L[Si]
    AdditionalAnalyses: S
    AllowedAdditionalAnalyses: L[Si]
    AllowedAnalysisProviders: L[Si]
    AllowedResultReceivers: L[Si]
    DifferentialPrivacy: X[DifferentialPrivacyConfiguration]
    DisallowedOutputColumns: L[Si]
    AggregationThresholds: L[Xi[AggregationThreshold]]
    ComparisonControls: X[ComparisonControls]

class IntermediateTableAnalysisRulePolicyV1(TypedDict, total=False):
    Custom: X[IntermediateTableAnalysisRuleCustom]

class IntermediateTableAnalysisRulePolicy(TypedDict, total=False):
    V1: X[IntermediateTableAnalysisRulePolicyV1]

CreateIntermediateTableAnalysisRuleParameters = TypedDict(
    "CreateIntermediateTableAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[IntermediateTableAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)

class ProtectedQueryS3OutputConfiguration(TypedDict, total=False):
    ResultFormat: S
    Bucket: S
    KeyPrefix: S
    SingleFileOutput: B

class MembershipProtectedQueryOutputConfiguration(TypedDict, total=False):
    S3: X[ProtectedQueryS3OutputConfiguration]

class MembershipProtectedQueryResultConfiguration(TypedDict, total=False):
    OutputConfiguration: X[MembershipProtectedQueryOutputConfiguration]
    RoleArn: S

class ProtectedJobS3OutputConfigurationInput(TypedDict, total=False):
    ResultFormat: S
    Bucket: S
    KeyPrefix: S

class MembershipProtectedJobOutputConfiguration(TypedDict, total=False):
    S3: X[ProtectedJobS3OutputConfigurationInput]

class MembershipProtectedJobResultConfiguration(TypedDict, total=False):
    OutputConfiguration: X[MembershipProtectedJobOutputConfiguration]
    RoleArn: S

class MembershipQueryComputePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MembershipModelTrainingPaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MembershipModelInferencePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MembershipSyntheticDataGenerationPaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MembershipMLPaymentConfig(TypedDict, total=False):
    ModelTraining: X[MembershipModelTrainingPaymentConfig]
    ModelInference: X[MembershipModelInferencePaymentConfig]
    SyntheticDataGeneration: X[MembershipSyntheticDataGenerationPaymentConfig]

class MembershipJobComputePaymentConfig(TypedDict, total=False):
    IsResponsible: B

class MembershipPaymentConfiguration(TypedDict, total=False):
    QueryCompute: X[MembershipQueryComputePaymentConfig]
    MachineLearning: X[MembershipMLPaymentConfig]
    JobCompute: X[MembershipJobComputePaymentConfig]

CreateMembershipParameters = TypedDict(
    "CreateMembershipParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "QueryLogStatus": S,
        "QueryLogStatus.$": str,
        "JobLogStatus": S,
        "JobLogStatus.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DefaultResultConfiguration": X[MembershipProtectedQueryResultConfiguration],
        "DefaultResultConfiguration.$": str,
        "DefaultJobResultConfiguration": X[MembershipProtectedJobResultConfiguration],
        "DefaultJobResultConfiguration.$": str,
        "PaymentConfiguration": X[MembershipPaymentConfiguration],
        "PaymentConfiguration.$": str,
        "IsMetricsEnabled": B,
        "IsMetricsEnabled.$": str,
    },
    total=False,
)

class DifferentialPrivacyTemplateParametersInput(TypedDict, total=False):
    Epsilon: I
    UsersNoisePerQuery: I

class BudgetParameter(TypedDict, total=False):
    Type: S
    Budget: I
    AutoRefresh: S

class AccessBudgetsPrivacyTemplateParametersInput(TypedDict, total=False):
    BudgetParameters: L[Xi[BudgetParameter]]
    ResourceArn: S

class PrivacyBudgetTemplateParametersInput(TypedDict, total=False):
    DifferentialPrivacy: X[DifferentialPrivacyTemplateParametersInput]
    AccessBudget: X[AccessBudgetsPrivacyTemplateParametersInput]

CreatePrivacyBudgetTemplateParameters = TypedDict(
    "CreatePrivacyBudgetTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AutoRefresh": S,
        "AutoRefresh.$": str,
        "PrivacyBudgetType": S,
        "PrivacyBudgetType.$": str,
        "Parameters": X[PrivacyBudgetTemplateParametersInput],
        "Parameters.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAnalysisTemplateParameters = TypedDict(
    "DeleteAnalysisTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisTemplateIdentifier": S,
        "AnalysisTemplateIdentifier.$": str,
    },
    total=False,
)
DeleteCollaborationParameters = TypedDict(
    "DeleteCollaborationParameters",
    {"CollaborationIdentifier": S, "CollaborationIdentifier.$": str},
    total=False,
)
DeleteConfiguredAudienceModelAssociationParameters = TypedDict(
    "DeleteConfiguredAudienceModelAssociationParameters",
    {
        "ConfiguredAudienceModelAssociationIdentifier": S,
        "ConfiguredAudienceModelAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteConfiguredTableParameters = TypedDict(
    "DeleteConfiguredTableParameters",
    {"ConfiguredTableIdentifier": S, "ConfiguredTableIdentifier.$": str},
    total=False,
)
DeleteConfiguredTableAnalysisRuleParameters = TypedDict(
    "DeleteConfiguredTableAnalysisRuleParameters",
    {
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
DeleteConfiguredTableAssociationParameters = TypedDict(
    "DeleteConfiguredTableAssociationParameters",
    {
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteConfiguredTableAssociationAnalysisRuleParameters = TypedDict(
    "DeleteConfiguredTableAssociationAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
DeleteIdMappingTableParameters = TypedDict(
    "DeleteIdMappingTableParameters",
    {
        "IdMappingTableIdentifier": S,
        "IdMappingTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteIdNamespaceAssociationParameters = TypedDict(
    "DeleteIdNamespaceAssociationParameters",
    {
        "IdNamespaceAssociationIdentifier": S,
        "IdNamespaceAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
DeleteIntermediateTableParameters = TypedDict(
    "DeleteIntermediateTableParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
    },
    total=False,
)
DeleteIntermediateTableAnalysisRuleParameters = TypedDict(
    "DeleteIntermediateTableAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
DeleteMemberParameters = TypedDict(
    "DeleteMemberParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
DeleteMembershipParameters = TypedDict(
    "DeleteMembershipParameters",
    {"MembershipIdentifier": S, "MembershipIdentifier.$": str},
    total=False,
)
DeletePrivacyBudgetTemplateParameters = TypedDict(
    "DeletePrivacyBudgetTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "PrivacyBudgetTemplateIdentifier": S,
        "PrivacyBudgetTemplateIdentifier.$": str,
    },
    total=False,
)
DisallowIntermediateTableParameters = TypedDict(
    "DisallowIntermediateTableParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableName": S,
        "IntermediateTableName.$": str,
        "IncludeDescendants": B,
        "IncludeDescendants.$": str,
    },
    total=False,
)
GetAnalysisLogExportParameters = TypedDict(
    "GetAnalysisLogExportParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisLogExportIdentifier": S,
        "AnalysisLogExportIdentifier.$": str,
    },
    total=False,
)
GetAnalysisTemplateParameters = TypedDict(
    "GetAnalysisTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisTemplateIdentifier": S,
        "AnalysisTemplateIdentifier.$": str,
    },
    total=False,
)
GetCollaborationParameters = TypedDict(
    "GetCollaborationParameters",
    {"CollaborationIdentifier": S, "CollaborationIdentifier.$": str},
    total=False,
)
GetCollaborationAnalysisTemplateParameters = TypedDict(
    "GetCollaborationAnalysisTemplateParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "AnalysisTemplateArn": S,
        "AnalysisTemplateArn.$": str,
    },
    total=False,
)
GetCollaborationChangeRequestParameters = TypedDict(
    "GetCollaborationChangeRequestParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "ChangeRequestIdentifier": S,
        "ChangeRequestIdentifier.$": str,
    },
    total=False,
)
GetCollaborationConfiguredAudienceModelAssociationParameters = TypedDict(
    "GetCollaborationConfiguredAudienceModelAssociationParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "ConfiguredAudienceModelAssociationIdentifier": S,
        "ConfiguredAudienceModelAssociationIdentifier.$": str,
    },
    total=False,
)
GetCollaborationIdNamespaceAssociationParameters = TypedDict(
    "GetCollaborationIdNamespaceAssociationParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "IdNamespaceAssociationIdentifier": S,
        "IdNamespaceAssociationIdentifier.$": str,
    },
    total=False,
)
GetCollaborationPrivacyBudgetTemplateParameters = TypedDict(
    "GetCollaborationPrivacyBudgetTemplateParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "PrivacyBudgetTemplateIdentifier": S,
        "PrivacyBudgetTemplateIdentifier.$": str,
    },
    total=False,
)
GetConfiguredAudienceModelAssociationParameters = TypedDict(
    "GetConfiguredAudienceModelAssociationParameters",
    {
        "ConfiguredAudienceModelAssociationIdentifier": S,
        "ConfiguredAudienceModelAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetConfiguredTableParameters = TypedDict(
    "GetConfiguredTableParameters",
    {"ConfiguredTableIdentifier": S, "ConfiguredTableIdentifier.$": str},
    total=False,
)
GetConfiguredTableAnalysisRuleParameters = TypedDict(
    "GetConfiguredTableAnalysisRuleParameters",
    {
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
GetConfiguredTableAssociationParameters = TypedDict(
    "GetConfiguredTableAssociationParameters",
    {
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetConfiguredTableAssociationAnalysisRuleParameters = TypedDict(
    "GetConfiguredTableAssociationAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
GetIdMappingTableParameters = TypedDict(
    "GetIdMappingTableParameters",
    {
        "IdMappingTableIdentifier": S,
        "IdMappingTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetIdNamespaceAssociationParameters = TypedDict(
    "GetIdNamespaceAssociationParameters",
    {
        "IdNamespaceAssociationIdentifier": S,
        "IdNamespaceAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetIntermediateTableParameters = TypedDict(
    "GetIntermediateTableParameters",
    {
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
    },
    total=False,
)
GetIntermediateTableAnalysisRuleParameters = TypedDict(
    "GetIntermediateTableAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
    },
    total=False,
)
GetMembershipParameters = TypedDict(
    "GetMembershipParameters",
    {"MembershipIdentifier": S, "MembershipIdentifier.$": str},
    total=False,
)
GetPrivacyBudgetTemplateParameters = TypedDict(
    "GetPrivacyBudgetTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "PrivacyBudgetTemplateIdentifier": S,
        "PrivacyBudgetTemplateIdentifier.$": str,
    },
    total=False,
)
GetProtectedJobParameters = TypedDict(
    "GetProtectedJobParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ProtectedJobIdentifier": S,
        "ProtectedJobIdentifier.$": str,
    },
    total=False,
)
GetProtectedQueryParameters = TypedDict(
    "GetProtectedQueryParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ProtectedQueryIdentifier": S,
        "ProtectedQueryIdentifier.$": str,
    },
    total=False,
)
GetSchemaParameters = TypedDict(
    "GetSchemaParameters",
    {"CollaborationIdentifier": S, "CollaborationIdentifier.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetSchemaAnalysisRuleParameters = TypedDict(
    "GetSchemaAnalysisRuleParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListAnalysisLogExportsParameters = TypedDict(
    "ListAnalysisLogExportsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisIdentifier": S,
        "AnalysisIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAnalysisTemplatesParameters = TypedDict(
    "ListAnalysisTemplatesParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationAnalysisTemplatesParameters = TypedDict(
    "ListCollaborationAnalysisTemplatesParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationChangeRequestsParameters = TypedDict(
    "ListCollaborationChangeRequestsParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationConfiguredAudienceModelAssociationsParameters = TypedDict(
    "ListCollaborationConfiguredAudienceModelAssociationsParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationIdNamespaceAssociationsParameters = TypedDict(
    "ListCollaborationIdNamespaceAssociationsParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationPrivacyBudgetTemplatesParameters = TypedDict(
    "ListCollaborationPrivacyBudgetTemplatesParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCollaborationPrivacyBudgetsParameters = TypedDict(
    "ListCollaborationPrivacyBudgetsParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "PrivacyBudgetType": S,
        "PrivacyBudgetType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccessBudgetResourceArn": S,
        "AccessBudgetResourceArn.$": str,
    },
    total=False,
)
ListCollaborationsParameters = TypedDict(
    "ListCollaborationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MemberStatus": S,
        "MemberStatus.$": str,
    },
    total=False,
)
ListConfiguredAudienceModelAssociationsParameters = TypedDict(
    "ListConfiguredAudienceModelAssociationsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListConfiguredTableAssociationsParameters = TypedDict(
    "ListConfiguredTableAssociationsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListConfiguredTablesParameters = TypedDict(
    "ListConfiguredTablesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIdMappingTablesParameters = TypedDict(
    "ListIdMappingTablesParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIdNamespaceAssociationsParameters = TypedDict(
    "ListIdNamespaceAssociationsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIntermediateTableVersionsParameters = TypedDict(
    "ListIntermediateTableVersionsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIntermediateTablesParameters = TypedDict(
    "ListIntermediateTablesParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMembershipsParameters = TypedDict(
    "ListMembershipsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListPrivacyBudgetTemplatesParameters = TypedDict(
    "ListPrivacyBudgetTemplatesParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPrivacyBudgetsParameters = TypedDict(
    "ListPrivacyBudgetsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "PrivacyBudgetType": S,
        "PrivacyBudgetType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AccessBudgetResourceArn": S,
        "AccessBudgetResourceArn.$": str,
    },
    total=False,
)
ListProtectedJobsParameters = TypedDict(
    "ListProtectedJobsParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProtectedQueriesParameters = TypedDict(
    "ListProtectedQueriesParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSchemasParameters = TypedDict(
    "ListSchemasParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "SchemaType": S,
        "SchemaType.$": str,
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
PopulateIdMappingTableParameters = TypedDict(
    "PopulateIdMappingTableParameters",
    {
        "IdMappingTableIdentifier": S,
        "IdMappingTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "JobType": S,
        "JobType.$": str,
    },
    total=False,
)

class WorkerComputeConfigurationProperties(TypedDict, total=False):
    Spark: M[S]

class WorkerComputeConfiguration(TypedDict, total=False):
    Type: S
    Number: I
    Properties: X[WorkerComputeConfigurationProperties]

class ProtectedJobWorkerComputeConfiguration(TypedDict, total=False):
    Type: S
    Number: I
    Properties: X[WorkerComputeConfigurationProperties]

class ProtectedJobComputeConfiguration(TypedDict, total=False):
    Worker: X[ProtectedJobWorkerComputeConfiguration]

class IntermediateTableComputeConfiguration(TypedDict, total=False):
    QueryComputeConfiguration: X[WorkerComputeConfiguration]
    JobComputeConfiguration: X[ProtectedJobComputeConfiguration]

PopulateIntermediateTableParameters = TypedDict(
    "PopulateIntermediateTableParameters",
    {
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "ComputeConfiguration": X[IntermediateTableComputeConfiguration],
        "ComputeConfiguration.$": str,
        "AnalysisPayerAccountId": S,
        "AnalysisPayerAccountId.$": str,
    },
    total=False,
)

class DifferentialPrivacyPreviewParametersInput(TypedDict, total=False):
    Epsilon: I
    UsersNoisePerQuery: I

class PreviewPrivacyImpactParametersInput(TypedDict, total=False):
    DifferentialPrivacy: X[DifferentialPrivacyPreviewParametersInput]

PreviewPrivacyImpactParameters = TypedDict(
    "PreviewPrivacyImpactParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Parameters": X[PreviewPrivacyImpactParametersInput],
        "Parameters.$": str,
    },
    total=False,
)

class AnalysisLogExportS3OutputConfiguration(TypedDict, total=False):
    Bucket: S
    KeyPrefix: S

class AnalysisLogExportOutputConfiguration(TypedDict, total=False):
    S3: X[AnalysisLogExportS3OutputConfiguration]

class AnalysisLogExportResultConfiguration(TypedDict, total=False):
    OutputConfiguration: X[AnalysisLogExportOutputConfiguration]

StartAnalysisLogExportParameters = TypedDict(
    "StartAnalysisLogExportParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "AnalysisType": S,
        "AnalysisType.$": str,
        "ResultConfiguration": X[AnalysisLogExportResultConfiguration],
        "ResultConfiguration.$": str,
    },
    total=False,
)

class ProtectedJobParameters(TypedDict, total=False):
    AnalysisTemplateArn: S
    Parameters: M[S]

class ProtectedJobMemberOutputConfigurationInput(TypedDict, total=False):
    AccountId: S

class ProtectedJobOutputConfigurationInput(TypedDict, total=False):
    Member: X[ProtectedJobMemberOutputConfigurationInput]

class ProtectedJobResultConfigurationInput(TypedDict, total=False):
    OutputConfiguration: X[ProtectedJobOutputConfigurationInput]

StartProtectedJobParameters = TypedDict(
    "StartProtectedJobParameters",
    {
        "Type": S,
        "Type.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "JobParameters": X[ProtectedJobParameters],
        "JobParameters.$": str,
        "ResultConfiguration": X[ProtectedJobResultConfigurationInput],
        "ResultConfiguration.$": str,
        "ComputeConfiguration": X[ProtectedJobComputeConfiguration],
        "ComputeConfiguration.$": str,
        "JobComputePayerAccountId": S,
        "JobComputePayerAccountId.$": str,
    },
    total=False,
)

class ProtectedQuerySQLParameters(TypedDict, total=False):
    QueryString: S
    AnalysisTemplateArn: S
    Parameters: M[S]

class ProtectedQueryMemberOutputConfiguration(TypedDict, total=False):
    AccountId: S

class ProtectedQueryDistributeOutputConfigurationLocation(TypedDict, total=False):
    S3: X[ProtectedQueryS3OutputConfiguration]
    Member: X[ProtectedQueryMemberOutputConfiguration]

class ProtectedQueryDistributeOutputConfiguration(TypedDict, total=False):
    Locations: L[Xi[ProtectedQueryDistributeOutputConfigurationLocation]]

class IntermediateTableOutputConfiguration(TypedDict, total=False):
    Id: S
    Arn: S
    Name: S

class ProtectedQueryOutputConfiguration(TypedDict, total=False):
    S3: X[ProtectedQueryS3OutputConfiguration]
    Member: X[ProtectedQueryMemberOutputConfiguration]
    Distribute: X[ProtectedQueryDistributeOutputConfiguration]
    IntermediateTable: X[IntermediateTableOutputConfiguration]

class ProtectedQueryResultConfiguration(TypedDict, total=False):
    OutputConfiguration: X[ProtectedQueryOutputConfiguration]

class ComputeConfiguration(TypedDict, total=False):
    Worker: X[WorkerComputeConfiguration]

StartProtectedQueryParameters = TypedDict(
    "StartProtectedQueryParameters",
    {
        "Type": S,
        "Type.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "SqlParameters": X[ProtectedQuerySQLParameters],
        "SqlParameters.$": str,
        "ResultConfiguration": X[ProtectedQueryResultConfiguration],
        "ResultConfiguration.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
        "QueryComputePayerAccountId": S,
        "QueryComputePayerAccountId.$": str,
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
UpdateAnalysisTemplateParameters = TypedDict(
    "UpdateAnalysisTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "AnalysisTemplateIdentifier": S,
        "AnalysisTemplateIdentifier.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateCollaborationParameters = TypedDict(
    "UpdateCollaborationParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AnalyticsEngine": S,
        "AnalyticsEngine.$": str,
    },
    total=False,
)
UpdateCollaborationChangeRequestParameters = TypedDict(
    "UpdateCollaborationChangeRequestParameters",
    {
        "CollaborationIdentifier": S,
        "CollaborationIdentifier.$": str,
        "ChangeRequestIdentifier": S,
        "ChangeRequestIdentifier.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)
UpdateConfiguredAudienceModelAssociationParameters = TypedDict(
    "UpdateConfiguredAudienceModelAssociationParameters",
    {
        "ConfiguredAudienceModelAssociationIdentifier": S,
        "ConfiguredAudienceModelAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateConfiguredTableParameters = TypedDict(
    "UpdateConfiguredTableParameters",
    {
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TableReference": X[TableReference],
        "TableReference.$": str,
        "AllowedColumns": L[Si],
        "AllowedColumns.$": str,
        "AnalysisMethod": S,
        "AnalysisMethod.$": str,
        "SelectedAnalysisMethods": L[Si],
        "SelectedAnalysisMethods.$": str,
    },
    total=False,
)
UpdateConfiguredTableAnalysisRuleParameters = TypedDict(
    "UpdateConfiguredTableAnalysisRuleParameters",
    {
        "ConfiguredTableIdentifier": S,
        "ConfiguredTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[ConfiguredTableAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)
UpdateConfiguredTableAssociationParameters = TypedDict(
    "UpdateConfiguredTableAssociationParameters",
    {
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateConfiguredTableAssociationAnalysisRuleParameters = TypedDict(
    "UpdateConfiguredTableAssociationAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ConfiguredTableAssociationIdentifier": S,
        "ConfiguredTableAssociationIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[ConfiguredTableAssociationAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)
UpdateIdMappingTableParameters = TypedDict(
    "UpdateIdMappingTableParameters",
    {
        "IdMappingTableIdentifier": S,
        "IdMappingTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
UpdateIdNamespaceAssociationParameters = TypedDict(
    "UpdateIdNamespaceAssociationParameters",
    {
        "IdNamespaceAssociationIdentifier": S,
        "IdNamespaceAssociationIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "IdMappingConfig": X[IdMappingConfig],
        "IdMappingConfig.$": str,
    },
    total=False,
)

class IntermediateTableColumn(TypedDict, total=False):
    Name: S
    Type: S

UpdateIntermediateTableParameters = TypedDict(
    "UpdateIntermediateTableParameters",
    {
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Columns": L[Xi[IntermediateTableColumn]],
        "Columns.$": str,
    },
    total=False,
)
UpdateIntermediateTableAnalysisRuleParameters = TypedDict(
    "UpdateIntermediateTableAnalysisRuleParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "IntermediateTableIdentifier": S,
        "IntermediateTableIdentifier.$": str,
        "AnalysisRuleType": S,
        "AnalysisRuleType.$": str,
        "AnalysisRulePolicy": X[IntermediateTableAnalysisRulePolicy],
        "AnalysisRulePolicy.$": str,
    },
    total=False,
)

class UpdateMembershipPaymentConfiguration(TypedDict, total=False):
    QueryCompute: X[MembershipQueryComputePaymentConfig]
    MachineLearning: X[MembershipMLPaymentConfig]
    JobCompute: X[MembershipJobComputePaymentConfig]

UpdateMembershipParameters = TypedDict(
    "UpdateMembershipParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "QueryLogStatus": S,
        "QueryLogStatus.$": str,
        "JobLogStatus": S,
        "JobLogStatus.$": str,
        "DefaultResultConfiguration": X[MembershipProtectedQueryResultConfiguration],
        "DefaultResultConfiguration.$": str,
        "DefaultJobResultConfiguration": X[MembershipProtectedJobResultConfiguration],
        "DefaultJobResultConfiguration.$": str,
        "MembershipPaymentConfiguration": X[UpdateMembershipPaymentConfiguration],
        "MembershipPaymentConfiguration.$": str,
    },
    total=False,
)

class DifferentialPrivacyTemplateUpdateParameters(TypedDict, total=False):
    Epsilon: I
    UsersNoisePerQuery: I

class AccessBudgetsPrivacyTemplateUpdateParameters(TypedDict, total=False):
    BudgetParameters: L[Xi[BudgetParameter]]

class PrivacyBudgetTemplateUpdateParameters(TypedDict, total=False):
    DifferentialPrivacy: X[DifferentialPrivacyTemplateUpdateParameters]
    AccessBudget: X[AccessBudgetsPrivacyTemplateUpdateParameters]

UpdatePrivacyBudgetTemplateParameters = TypedDict(
    "UpdatePrivacyBudgetTemplateParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "PrivacyBudgetTemplateIdentifier": S,
        "PrivacyBudgetTemplateIdentifier.$": str,
        "PrivacyBudgetType": S,
        "PrivacyBudgetType.$": str,
        "Parameters": X[PrivacyBudgetTemplateUpdateParameters],
        "Parameters.$": str,
    },
    total=False,
)
UpdateProtectedJobParameters = TypedDict(
    "UpdateProtectedJobParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ProtectedJobIdentifier": S,
        "ProtectedJobIdentifier.$": str,
        "TargetStatus": S,
        "TargetStatus.$": str,
    },
    total=False,
)
UpdateProtectedQueryParameters = TypedDict(
    "UpdateProtectedQueryParameters",
    {
        "MembershipIdentifier": S,
        "MembershipIdentifier.$": str,
        "ProtectedQueryIdentifier": S,
        "ProtectedQueryIdentifier.$": str,
        "TargetStatus": S,
        "TargetStatus.$": str,
    },
    total=False,
)
batch_get_collaboration_analysis_template: Builder[BatchGetCollaborationAnalysisTemplateParameters]
batch_get_schema: Builder[BatchGetSchemaParameters]
batch_get_schema_analysis_rule: Builder[BatchGetSchemaAnalysisRuleParameters]
create_analysis_template: Builder[CreateAnalysisTemplateParameters]
create_collaboration: Builder[CreateCollaborationParameters]
create_collaboration_change_request: Builder[CreateCollaborationChangeRequestParameters]
create_configured_audience_model_association: Builder[
    CreateConfiguredAudienceModelAssociationParameters
]
create_configured_table: Builder[CreateConfiguredTableParameters]
create_configured_table_analysis_rule: Builder[CreateConfiguredTableAnalysisRuleParameters]
create_configured_table_association: Builder[CreateConfiguredTableAssociationParameters]
create_configured_table_association_analysis_rule: Builder[
    CreateConfiguredTableAssociationAnalysisRuleParameters
]
create_id_mapping_table: Builder[CreateIdMappingTableParameters]
create_id_namespace_association: Builder[CreateIdNamespaceAssociationParameters]
create_intermediate_table: Builder[CreateIntermediateTableParameters]
create_intermediate_table_analysis_rule: Builder[CreateIntermediateTableAnalysisRuleParameters]
create_membership: Builder[CreateMembershipParameters]
create_privacy_budget_template: Builder[CreatePrivacyBudgetTemplateParameters]
delete_analysis_template: Builder[DeleteAnalysisTemplateParameters]
delete_collaboration: Builder[DeleteCollaborationParameters]
delete_configured_audience_model_association: Builder[
    DeleteConfiguredAudienceModelAssociationParameters
]
delete_configured_table: Builder[DeleteConfiguredTableParameters]
delete_configured_table_analysis_rule: Builder[DeleteConfiguredTableAnalysisRuleParameters]
delete_configured_table_association: Builder[DeleteConfiguredTableAssociationParameters]
delete_configured_table_association_analysis_rule: Builder[
    DeleteConfiguredTableAssociationAnalysisRuleParameters
]
delete_id_mapping_table: Builder[DeleteIdMappingTableParameters]
delete_id_namespace_association: Builder[DeleteIdNamespaceAssociationParameters]
delete_intermediate_table: Builder[DeleteIntermediateTableParameters]
delete_intermediate_table_analysis_rule: Builder[DeleteIntermediateTableAnalysisRuleParameters]
delete_member: Builder[DeleteMemberParameters]
delete_membership: Builder[DeleteMembershipParameters]
delete_privacy_budget_template: Builder[DeletePrivacyBudgetTemplateParameters]
disallow_intermediate_table: Builder[DisallowIntermediateTableParameters]
get_analysis_log_export: Builder[GetAnalysisLogExportParameters]
get_analysis_template: Builder[GetAnalysisTemplateParameters]
get_collaboration: Builder[GetCollaborationParameters]
get_collaboration_analysis_template: Builder[GetCollaborationAnalysisTemplateParameters]
get_collaboration_change_request: Builder[GetCollaborationChangeRequestParameters]
get_collaboration_configured_audience_model_association: Builder[
    GetCollaborationConfiguredAudienceModelAssociationParameters
]
get_collaboration_id_namespace_association: Builder[
    GetCollaborationIdNamespaceAssociationParameters
]
get_collaboration_privacy_budget_template: Builder[GetCollaborationPrivacyBudgetTemplateParameters]
get_configured_audience_model_association: Builder[GetConfiguredAudienceModelAssociationParameters]
get_configured_table: Builder[GetConfiguredTableParameters]
get_configured_table_analysis_rule: Builder[GetConfiguredTableAnalysisRuleParameters]
get_configured_table_association: Builder[GetConfiguredTableAssociationParameters]
get_configured_table_association_analysis_rule: Builder[
    GetConfiguredTableAssociationAnalysisRuleParameters
]
get_id_mapping_table: Builder[GetIdMappingTableParameters]
get_id_namespace_association: Builder[GetIdNamespaceAssociationParameters]
get_intermediate_table: Builder[GetIntermediateTableParameters]
get_intermediate_table_analysis_rule: Builder[GetIntermediateTableAnalysisRuleParameters]
get_membership: Builder[GetMembershipParameters]
get_privacy_budget_template: Builder[GetPrivacyBudgetTemplateParameters]
get_protected_job: Builder[GetProtectedJobParameters]
get_protected_query: Builder[GetProtectedQueryParameters]
get_schema: Builder[GetSchemaParameters]
get_schema_analysis_rule: Builder[GetSchemaAnalysisRuleParameters]
list_analysis_log_exports: Builder[ListAnalysisLogExportsParameters]
list_analysis_templates: Builder[ListAnalysisTemplatesParameters]
list_collaboration_analysis_templates: Builder[ListCollaborationAnalysisTemplatesParameters]
list_collaboration_change_requests: Builder[ListCollaborationChangeRequestsParameters]
list_collaboration_configured_audience_model_associations: Builder[
    ListCollaborationConfiguredAudienceModelAssociationsParameters
]
list_collaboration_id_namespace_associations: Builder[
    ListCollaborationIdNamespaceAssociationsParameters
]
list_collaboration_privacy_budget_templates: Builder[
    ListCollaborationPrivacyBudgetTemplatesParameters
]
list_collaboration_privacy_budgets: Builder[ListCollaborationPrivacyBudgetsParameters]
list_collaborations: Builder[ListCollaborationsParameters]
list_configured_audience_model_associations: Builder[
    ListConfiguredAudienceModelAssociationsParameters
]
list_configured_table_associations: Builder[ListConfiguredTableAssociationsParameters]
list_configured_tables: Builder[ListConfiguredTablesParameters]
list_id_mapping_tables: Builder[ListIdMappingTablesParameters]
list_id_namespace_associations: Builder[ListIdNamespaceAssociationsParameters]
list_intermediate_table_versions: Builder[ListIntermediateTableVersionsParameters]
list_intermediate_tables: Builder[ListIntermediateTablesParameters]
list_members: Builder[ListMembersParameters]
list_memberships: Builder[ListMembershipsParameters]
list_privacy_budget_templates: Builder[ListPrivacyBudgetTemplatesParameters]
list_privacy_budgets: Builder[ListPrivacyBudgetsParameters]
list_protected_jobs: Builder[ListProtectedJobsParameters]
list_protected_queries: Builder[ListProtectedQueriesParameters]
list_schemas: Builder[ListSchemasParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
populate_id_mapping_table: Builder[PopulateIdMappingTableParameters]
populate_intermediate_table: Builder[PopulateIntermediateTableParameters]
preview_privacy_impact: Builder[PreviewPrivacyImpactParameters]
start_analysis_log_export: Builder[StartAnalysisLogExportParameters]
start_protected_job: Builder[StartProtectedJobParameters]
start_protected_query: Builder[StartProtectedQueryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_analysis_template: Builder[UpdateAnalysisTemplateParameters]
update_collaboration: Builder[UpdateCollaborationParameters]
update_collaboration_change_request: Builder[UpdateCollaborationChangeRequestParameters]
update_configured_audience_model_association: Builder[
    UpdateConfiguredAudienceModelAssociationParameters
]
update_configured_table: Builder[UpdateConfiguredTableParameters]
update_configured_table_analysis_rule: Builder[UpdateConfiguredTableAnalysisRuleParameters]
update_configured_table_association: Builder[UpdateConfiguredTableAssociationParameters]
update_configured_table_association_analysis_rule: Builder[
    UpdateConfiguredTableAssociationAnalysisRuleParameters
]
update_id_mapping_table: Builder[UpdateIdMappingTableParameters]
update_id_namespace_association: Builder[UpdateIdNamespaceAssociationParameters]
update_intermediate_table: Builder[UpdateIntermediateTableParameters]
update_intermediate_table_analysis_rule: Builder[UpdateIntermediateTableAnalysisRuleParameters]
update_membership: Builder[UpdateMembershipParameters]
update_privacy_budget_template: Builder[UpdatePrivacyBudgetTemplateParameters]
update_protected_job: Builder[UpdateProtectedJobParameters]
update_protected_query: Builder[UpdateProtectedQueryParameters]

__all__ = [
    "batch_get_collaboration_analysis_template",
    "batch_get_schema",
    "batch_get_schema_analysis_rule",
    "create_analysis_template",
    "create_collaboration",
    "create_collaboration_change_request",
    "create_configured_audience_model_association",
    "create_configured_table",
    "create_configured_table_analysis_rule",
    "create_configured_table_association",
    "create_configured_table_association_analysis_rule",
    "create_id_mapping_table",
    "create_id_namespace_association",
    "create_intermediate_table",
    "create_intermediate_table_analysis_rule",
    "create_membership",
    "create_privacy_budget_template",
    "delete_analysis_template",
    "delete_collaboration",
    "delete_configured_audience_model_association",
    "delete_configured_table",
    "delete_configured_table_analysis_rule",
    "delete_configured_table_association",
    "delete_configured_table_association_analysis_rule",
    "delete_id_mapping_table",
    "delete_id_namespace_association",
    "delete_intermediate_table",
    "delete_intermediate_table_analysis_rule",
    "delete_member",
    "delete_membership",
    "delete_privacy_budget_template",
    "disallow_intermediate_table",
    "get_analysis_log_export",
    "get_analysis_template",
    "get_collaboration",
    "get_collaboration_analysis_template",
    "get_collaboration_change_request",
    "get_collaboration_configured_audience_model_association",
    "get_collaboration_id_namespace_association",
    "get_collaboration_privacy_budget_template",
    "get_configured_audience_model_association",
    "get_configured_table",
    "get_configured_table_analysis_rule",
    "get_configured_table_association",
    "get_configured_table_association_analysis_rule",
    "get_id_mapping_table",
    "get_id_namespace_association",
    "get_intermediate_table",
    "get_intermediate_table_analysis_rule",
    "get_membership",
    "get_privacy_budget_template",
    "get_protected_job",
    "get_protected_query",
    "get_schema",
    "get_schema_analysis_rule",
    "list_analysis_log_exports",
    "list_analysis_templates",
    "list_collaboration_analysis_templates",
    "list_collaboration_change_requests",
    "list_collaboration_configured_audience_model_associations",
    "list_collaboration_id_namespace_associations",
    "list_collaboration_privacy_budget_templates",
    "list_collaboration_privacy_budgets",
    "list_collaborations",
    "list_configured_audience_model_associations",
    "list_configured_table_associations",
    "list_configured_tables",
    "list_id_mapping_tables",
    "list_id_namespace_associations",
    "list_intermediate_table_versions",
    "list_intermediate_tables",
    "list_members",
    "list_memberships",
    "list_privacy_budget_templates",
    "list_privacy_budgets",
    "list_protected_jobs",
    "list_protected_queries",
    "list_schemas",
    "list_tags_for_resource",
    "populate_id_mapping_table",
    "populate_intermediate_table",
    "preview_privacy_impact",
    "start_analysis_log_export",
    "start_protected_job",
    "start_protected_query",
    "tag_resource",
    "untag_resource",
    "update_analysis_template",
    "update_collaboration",
    "update_collaboration_change_request",
    "update_configured_audience_model_association",
    "update_configured_table",
    "update_configured_table_analysis_rule",
    "update_configured_table_association",
    "update_configured_table_association_analysis_rule",
    "update_id_mapping_table",
    "update_id_namespace_association",
    "update_intermediate_table",
    "update_intermediate_table_analysis_rule",
    "update_membership",
    "update_privacy_budget_template",
    "update_protected_job",
    "update_protected_query",
]
