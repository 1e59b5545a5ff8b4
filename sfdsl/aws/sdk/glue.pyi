"""Typed builders of the AWS SDK integration of glue (``aws-sdk:glue:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, Ii, L, Li, M, S, Si, T, X, Xi

AssociateGlossaryTermsParameters = TypedDict(
    "AssociateGlossaryTermsParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "ItemIdentifier": S,
        "ItemIdentifier.$": str,
        "GlossaryTermIdentifiers": L[Si],
        "GlossaryTermIdentifiers.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Column(TypedDict, total=False):
    Name: S
    Type: S
    Comment: S
    Parameters: M[S]

class SerDeInfo(TypedDict, total=False):
    Name: S
    SerializationLibrary: S
    Parameters: M[S]

class Order(TypedDict, total=False):
    Column: S
    SortOrder: I

class SkewedInfo(TypedDict, total=False):
    SkewedColumnNames: L[Si]
    SkewedColumnValues: L[Si]
    SkewedColumnValueLocationMaps: M[S]

class SchemaId(TypedDict, total=False):
    SchemaArn: S
    SchemaName: S
    RegistryName: S

class SchemaReference(TypedDict, total=False):
    SchemaId: X[SchemaId]
    SchemaVersionId: S
    SchemaVersionNumber: I

class StorageDescriptor(TypedDict, total=False):
    Columns: L[Xi[Column]]
    Location: S
    AdditionalLocations: L[Si]
    InputFormat: S
    OutputFormat: S
    Compressed: B
    NumberOfBuckets: I
    SerdeInfo: X[SerDeInfo]
    BucketColumns: L[Si]
    SortColumns: L[Xi[Order]]
    Parameters: M[S]
    SkewedInfo: X[SkewedInfo]
    StoredAsSubDirectories: B
    SchemaReference: X[SchemaReference]

class PartitionInput(TypedDict, total=False):
    Values: L[Si]
    LastAccessTime: T
    StorageDescriptor: X[StorageDescriptor]
    Parameters: M[S]
    LastAnalyzedTime: T

BatchCreatePartitionParameters = TypedDict(
    "BatchCreatePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionInputList": L[Xi[PartitionInput]],
        "PartitionInputList.$": str,
    },
    total=False,
)
BatchDeleteConnectionParameters = TypedDict(
    "BatchDeleteConnectionParameters",
    {"CatalogId": S, "CatalogId.$": str, "ConnectionNameList": L[Si], "ConnectionNameList.$": str},
    total=False,
)

class PartitionValueList(TypedDict, total=False):
    Values: L[Si]

BatchDeletePartitionParameters = TypedDict(
    "BatchDeletePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionsToDelete": L[Xi[PartitionValueList]],
        "PartitionsToDelete.$": str,
    },
    total=False,
)
BatchDeleteTableParameters = TypedDict(
    "BatchDeleteTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TablesToDelete": L[Si],
        "TablesToDelete.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
    },
    total=False,
)
BatchDeleteTableVersionParameters = TypedDict(
    "BatchDeleteTableVersionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "VersionIds": L[Si],
        "VersionIds.$": str,
    },
    total=False,
)
BatchGetBlueprintsParameters = TypedDict(
    "BatchGetBlueprintsParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "IncludeBlueprint": B,
        "IncludeBlueprint.$": str,
        "IncludeParameterSpec": B,
        "IncludeParameterSpec.$": str,
    },
    total=False,
)
BatchGetCrawlersParameters = TypedDict(
    "BatchGetCrawlersParameters", {"CrawlerNames": L[Si], "CrawlerNames.$": str}, total=False
)
BatchGetCustomEntityTypesParameters = TypedDict(
    "BatchGetCustomEntityTypesParameters", {"Names": L[Si], "Names.$": str}, total=False
)
BatchGetDataQualityResultParameters = TypedDict(
    "BatchGetDataQualityResultParameters", {"ResultIds": L[Si], "ResultIds.$": str}, total=False
)
BatchGetDataQualityResultV2Parameters = TypedDict(
    "BatchGetDataQualityResultV2Parameters", {"ResultIds": L[Si], "ResultIds.$": str}, total=False
)
BatchGetDataQualityRulesetEvaluationRunParameters = TypedDict(
    "BatchGetDataQualityRulesetEvaluationRunParameters",
    {"RunIds": L[Si], "RunIds.$": str},
    total=False,
)
BatchGetDevEndpointsParameters = TypedDict(
    "BatchGetDevEndpointsParameters",
    {"DevEndpointNames": L[Si], "DevEndpointNames.$": str},
    total=False,
)
BatchGetIterableFormsParameters = TypedDict(
    "BatchGetIterableFormsParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "ItemIdentifiers": L[Si],
        "ItemIdentifiers.$": str,
    },
    total=False,
)
BatchGetJobsParameters = TypedDict(
    "BatchGetJobsParameters", {"JobNames": L[Si], "JobNames.$": str}, total=False
)

class AuditContext(TypedDict, total=False):
    AdditionalAuditContext: S
    RequestedColumns: L[Si]
    AllColumnsRequested: B

class QuerySessionContext(TypedDict, total=False):
    QueryId: S
    QueryStartTime: T
    ClusterId: S
    QueryAuthorizationId: S
    AdditionalContext: M[S]

BatchGetPartitionParameters = TypedDict(
    "BatchGetPartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionsToGet": L[Xi[PartitionValueList]],
        "PartitionsToGet.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "QuerySessionContext": X[QuerySessionContext],
        "QuerySessionContext.$": str,
    },
    total=False,
)

class BatchGetTableOptimizerEntry(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    TableName: S
    Type: S

BatchGetTableOptimizerParameters = TypedDict(
    "BatchGetTableOptimizerParameters",
    {"Entries": L[Xi[BatchGetTableOptimizerEntry]], "Entries.$": str},
    total=False,
)
BatchGetTriggersParameters = TypedDict(
    "BatchGetTriggersParameters", {"TriggerNames": L[Si], "TriggerNames.$": str}, total=False
)
BatchGetWorkflowsParameters = TypedDict(
    "BatchGetWorkflowsParameters",
    {"Names": L[Si], "Names.$": str, "IncludeGraph": B, "IncludeGraph.$": str},
    total=False,
)

class DatapointInclusionAnnotation(TypedDict, total=False):
    ProfileId: S
    StatisticId: S
    InclusionAnnotation: S

BatchPutDataQualityStatisticAnnotationParameters = TypedDict(
    "BatchPutDataQualityStatisticAnnotationParameters",
    {
        "InclusionAnnotations": L[Xi[DatapointInclusionAnnotation]],
        "InclusionAnnotations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchStopJobRunParameters = TypedDict(
    "BatchStopJobRunParameters",
    {"JobName": S, "JobName.$": str, "JobRunIds": L[Si], "JobRunIds.$": str},
    total=False,
)

class BatchUpdatePartitionRequestEntry(TypedDict, total=False):
    PartitionValueList: L[Si]
    PartitionInput: X[PartitionInput]

BatchUpdatePartitionParameters = TypedDict(
    "BatchUpdatePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Entries": L[Xi[BatchUpdatePartitionRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
CancelDataQualityRuleRecommendationRunParameters = TypedDict(
    "CancelDataQualityRuleRecommendationRunParameters", {"RunId": S, "RunId.$": str}, total=False
)
CancelDataQualityRulesetEvaluationRunParameters = TypedDict(
    "CancelDataQualityRulesetEvaluationRunParameters", {"RunId": S, "RunId.$": str}, total=False
)
CancelMLTaskRunParameters = TypedDict(
    "CancelMLTaskRunParameters",
    {"TransformId": S, "TransformId.$": str, "TaskRunId": S, "TaskRunId.$": str},
    total=False,
)
CancelStatementParameters = TypedDict(
    "CancelStatementParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "Id": I,
        "Id.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
    },
    total=False,
)
CheckSchemaVersionValidityParameters = TypedDict(
    "CheckSchemaVersionValidityParameters",
    {"DataFormat": S, "DataFormat.$": str, "SchemaDefinition": S, "SchemaDefinition.$": str},
    total=False,
)
CreateBlueprintParameters = TypedDict(
    "CreateBlueprintParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BlueprintLocation": S,
        "BlueprintLocation.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ErrorDetail(TypedDict, total=False):
    ErrorCode: S
    ErrorMessage: S

class ManagedCrawlerDetails(TypedDict, total=False):
    CrawlerArn: S
    Status: S
    Error: X[ErrorDetail]

class AssetsSyncConfiguration(TypedDict, total=False):
    Status: S
    RefreshIntervalMinutes: I
    ManagedCrawlerDetails: X[ManagedCrawlerDetails]

class LineageSyncConfiguration(TypedDict, total=False):
    Status: S
    RefreshIntervalMinutes: I
    ManagedCrawlerDetails: X[ManagedCrawlerDetails]

class SyncConfiguration(TypedDict, total=False):
    RoleArn: S
    AssetsSyncConfiguration: X[AssetsSyncConfiguration]
    LineageSyncConfiguration: X[LineageSyncConfiguration]

class FederatedCatalog(TypedDict, total=False):
    Identifier: S
    ConnectionName: S
    ConnectionType: S
    SyncConfiguration: X[SyncConfiguration]

class TargetRedshiftCatalog(TypedDict, total=False):
    CatalogArn: S

class DataLakeAccessProperties(TypedDict, total=False):
    DataLakeAccess: B
    DataTransferRole: S
    KmsKey: S
    CatalogType: S

class IcebergOptimizationProperties(TypedDict, total=False):
    RoleArn: S
    Compaction: M[S]
    Retention: M[S]
    OrphanFileDeletion: M[S]

class CatalogProperties(TypedDict, total=False):
    DataLakeAccessProperties: X[DataLakeAccessProperties]
    IcebergOptimizationProperties: X[IcebergOptimizationProperties]
    CustomProperties: M[S]

class DataLakePrincipal(TypedDict, total=False):
    DataLakePrincipalIdentifier: S

class PrincipalPermissions(TypedDict, total=False):
    Principal: X[DataLakePrincipal]
    Permissions: L[Si]

class CatalogInput(TypedDict, total=False):
    Description: S
    FederatedCatalog: X[FederatedCatalog]
    Parameters: M[S]
    TargetRedshiftCatalog: X[TargetRedshiftCatalog]
    CatalogProperties: X[CatalogProperties]
    CreateTableDefaultPermissions: L[Xi[PrincipalPermissions]]
    CreateDatabaseDefaultPermissions: L[Xi[PrincipalPermissions]]
    AllowFullTableExternalDataAccess: S
    OverwriteChildResourcePermissionsWithDefault: S

CreateCatalogParameters = TypedDict(
    "CreateCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "CatalogInput": X[CatalogInput],
        "CatalogInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CreateGrokClassifierRequest(TypedDict, total=False):
    Classification: S
    Name: S
    GrokPattern: S
    CustomPatterns: S

class CreateXMLClassifierRequest(TypedDict, total=False):
    Classification: S
    Name: S
    RowTag: S

class CreateJsonClassifierRequest(TypedDict, total=False):
    Name: S
    JsonPath: S

class CreateCsvClassifierRequest(TypedDict, total=False):
    Name: S
    Delimiter: S
    QuoteSymbol: S
    ContainsHeader: S
    Header: L[Si]
    DisableValueTrimming: B
    AllowSingleColumn: B
    CustomDatatypeConfigured: B
    CustomDatatypes: L[Si]
    Serde: S

CreateClassifierParameters = TypedDict(
    "CreateClassifierParameters",
    {
        "GrokClassifier": X[CreateGrokClassifierRequest],
        "GrokClassifier.$": str,
        "XmlClassifier": X[CreateXMLClassifierRequest],
        "XmlClassifier.$": str,
        "JsonClassifier": X[CreateJsonClassifierRequest],
        "JsonClassifier.$": str,
        "CsvClassifier": X[CreateCsvClassifierRequest],
        "CsvClassifier.$": str,
    },
    total=False,
)
CreateColumnStatisticsTaskSettingsParameters = TypedDict(
    "CreateColumnStatisticsTaskSettingsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Role": S,
        "Role.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "ColumnNameList": L[Si],
        "ColumnNameList.$": str,
        "SampleSize": F,
        "SampleSize.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PhysicalConnectionRequirements(TypedDict, total=False):
    SubnetId: S
    SecurityGroupIdList: L[Si]
    AvailabilityZone: S

class OAuth2ClientApplication(TypedDict, total=False):
    UserManagedClientApplicationClientId: S
    AwsManagedClientApplicationReference: S

class AuthorizationCodeProperties(TypedDict, total=False):
    AuthorizationCode: S
    RedirectUri: S

class OAuth2Credentials(TypedDict, total=False):
    UserManagedClientApplicationClientSecret: S
    AccessToken: S
    RefreshToken: S
    JwtToken: S

class OAuth2PropertiesInput(TypedDict, total=False):
    OAuth2GrantType: S
    OAuth2ClientApplication: X[OAuth2ClientApplication]
    TokenUrl: S
    TokenUrlParametersMap: M[S]
    AuthorizationCodeProperties: X[AuthorizationCodeProperties]
    OAuth2Credentials: X[OAuth2Credentials]

class CredentialBrokerProperties(TypedDict, total=False):
    CredentialProviderArn: S
    OAuth2GrantType: S
    Scopes: L[Si]

class BasicAuthenticationCredentials(TypedDict, total=False):
    Username: S
    Password: S

class AuthenticationConfigurationInput(TypedDict, total=False):
    AuthenticationType: S
    OAuth2Properties: X[OAuth2PropertiesInput]
    SecretArn: S
    KmsKeyArn: S
    CredentialBrokerProperties: X[CredentialBrokerProperties]
    BasicAuthenticationCredentials: X[BasicAuthenticationCredentials]
    CustomAuthenticationCredentials: M[S]

class ConnectionInput(TypedDict, total=False):
    Name: S
    Description: S
    ConnectionType: S
    MatchCriteria: L[Si]
    ConnectionProperties: M[S]
    SparkProperties: M[S]
    AthenaProperties: M[S]
    PythonProperties: M[S]
    PhysicalConnectionRequirements: X[PhysicalConnectionRequirements]
    AuthenticationConfiguration: X[AuthenticationConfigurationInput]
    ValidateCredentials: B
    ValidateForComputeEnvironments: L[Si]

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "ConnectionInput": X[ConnectionInput],
        "ConnectionInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3Target(TypedDict, total=False):
    Path: S
    Exclusions: L[Si]
    ConnectionName: S
    SampleSize: I
    EventQueueArn: S
    DlqEventQueueArn: S

class JdbcTarget(TypedDict, total=False):
    ConnectionName: S
    Path: S
    Exclusions: L[Si]
    EnableAdditionalMetadata: L[Si]

class MongoDBTarget(TypedDict, total=False):
    ConnectionName: S
    Path: S
    ScanAll: B

class DynamoDBTarget(TypedDict, total=False):
    Path: S
    ScanAll: B
    ScanRate: F

class CatalogTarget(TypedDict, total=False):
    DatabaseName: S
    Tables: L[Si]
    ConnectionName: S
    EventQueueArn: S
    DlqEventQueueArn: S

class DeltaTarget(TypedDict, total=False):
    DeltaTables: L[Si]
    ConnectionName: S
    WriteManifest: B
    CreateNativeDeltaTable: B

class IcebergTarget(TypedDict, total=False):
    Paths: L[Si]
    ConnectionName: S
    Exclusions: L[Si]
    MaximumTraversalDepth: I

class HudiTarget(TypedDict, total=False):
    Paths: L[Si]
    ConnectionName: S
    Exclusions: L[Si]
    MaximumTraversalDepth: I

class LineageTarget(TypedDict, total=False):
    ConnectionName: S

class CrawlerTargets(TypedDict, total=False):
    S3Targets: L[Xi[S3Target]]
    JdbcTargets: L[Xi[JdbcTarget]]
    MongoDBTargets: L[Xi[MongoDBTarget]]
    DynamoDBTargets: L[Xi[DynamoDBTarget]]
    CatalogTargets: L[Xi[CatalogTarget]]
    DeltaTargets: L[Xi[DeltaTarget]]
    IcebergTargets: L[Xi[IcebergTarget]]
    HudiTargets: L[Xi[HudiTarget]]
    LineageTargets: L[Xi[LineageTarget]]

class SchemaChangePolicy(TypedDict, total=False):
    UpdateBehavior: S
    DeleteBehavior: S

class RecrawlPolicy(TypedDict, total=False):
    RecrawlBehavior: S

class LineageConfiguration(TypedDict, total=False):
    CrawlerLineageSettings: S

class LakeFormationConfiguration(TypedDict, total=False):
    UseLakeFormationCredentials: B
    AccountId: S

CreateCrawlerParameters = TypedDict(
    "CreateCrawlerParameters",
    {
        "Name": S,
        "Name.$": str,
        "Role": S,
        "Role.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Description": S,
        "Description.$": str,
        "Targets": X[CrawlerTargets],
        "Targets.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "Classifiers": L[Si],
        "Classifiers.$": str,
        "TablePrefix": S,
        "TablePrefix.$": str,
        "SchemaChangePolicy": X[SchemaChangePolicy],
        "SchemaChangePolicy.$": str,
        "RecrawlPolicy": X[RecrawlPolicy],
        "RecrawlPolicy.$": str,
        "LineageConfiguration": X[LineageConfiguration],
        "LineageConfiguration.$": str,
        "LakeFormationConfiguration": X[LakeFormationConfiguration],
        "LakeFormationConfiguration.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "CrawlerSecurityConfiguration": S,
        "CrawlerSecurityConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
    },
    total=False,
)
CreateCustomEntityTypeParameters = TypedDict(
    "CreateCustomEntityTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "RegexString": S,
        "RegexString.$": str,
        "ContextWords": L[Si],
        "ContextWords.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DataQualityEvaluationConfigGlueTables(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    TableNamePattern: S
    PreProcessingQuery: S
    ConnectionName: S
    AdditionalOptions: M[S]

class DataQualityEvaluationConfigDataSource(TypedDict, total=False):
    GlueTables: X[DataQualityEvaluationConfigGlueTables]

class CatalogTableConfigOptions(TypedDict, total=False):
    DatabaseName: S
    TableName: S
    S3Location: S
    CatalogId: S

class RowLevelResultsOptions(TypedDict, total=False):
    MaxRowsToWrite: I
    ResultType: S
    CatalogTableConfig: X[CatalogTableConfigOptions]

class DistributionResultsOptions(TypedDict, total=False):
    WriteDistributionResultsEnabled: B
    CatalogTableConfig: X[CatalogTableConfigOptions]

class ProfilingResultsOptions(TypedDict, total=False):
    WriteProfilingResultsEnabled: B
    CatalogTableConfig: X[CatalogTableConfigOptions]
    DistributionResults: X[DistributionResultsOptions]

class DataQualityRuleResultsOptions(TypedDict, total=False):
    WriteDataQualityRuleResultsEnabled: B
    CatalogTableConfig: X[CatalogTableConfigOptions]

class ObservationResultsOptions(TypedDict, total=False):
    WriteObservationResultsEnabled: B
    CatalogTableConfig: X[CatalogTableConfigOptions]

class DataQualityEvaluationConfigAdditionalRunOptions(TypedDict, total=False):
    CloudWatchMetricsEnabled: B
    ResultsS3Prefix: S
    CompositeRuleEvaluationMethod: S
    RowLevelResults: X[RowLevelResultsOptions]
    ProfilingResults: X[ProfilingResultsOptions]
    ObservationScope: S
    ObservationMode: S
    DataQualityRuleResults: X[DataQualityRuleResultsOptions]
    ObservationResults: X[ObservationResultsOptions]
    CustomLogGroupPrefix: S

class GlueTable(TypedDict, total=False):
    DatabaseName: S
    TableName: S
    CatalogId: S
    ConnectionName: S
    AdditionalOptions: M[S]

class DataQualityGlueTable(TypedDict, total=False):
    DatabaseName: S
    TableName: S
    CatalogId: S
    ConnectionName: S
    AdditionalOptions: M[S]
    PreProcessingQuery: S

class DataSource(TypedDict, total=False):
    GlueTable: X[GlueTable]
    DataQualityGlueTable: X[DataQualityGlueTable]

CreateDataQualityEvaluationConfigParameters = TypedDict(
    "CreateDataQualityEvaluationConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "Level": S,
        "Level.$": str,
        "DataSource": X[DataQualityEvaluationConfigDataSource],
        "DataSource.$": str,
        "RulesetName": S,
        "RulesetName.$": str,
        "ManagedRulesetName": S,
        "ManagedRulesetName.$": str,
        "Triggers": L[Si],
        "Triggers.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "StartAt": T,
        "StartAt.$": str,
        "EndAt": T,
        "EndAt.$": str,
        "Role": S,
        "Role.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "AdditionalRunOptions": X[DataQualityEvaluationConfigAdditionalRunOptions],
        "AdditionalRunOptions.$": str,
        "AdditionalDataSources": M[X[DataSource]],
        "AdditionalDataSources.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DataQualityTargetTable(TypedDict, total=False):
    TableName: S
    DatabaseName: S
    CatalogId: S

CreateDataQualityRulesetParameters = TypedDict(
    "CreateDataQualityRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Ruleset": S,
        "Ruleset.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TargetTable": X[DataQualityTargetTable],
        "TargetTable.$": str,
        "DataQualitySecurityConfiguration": S,
        "DataQualitySecurityConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DatabaseIdentifier(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    Region: S

class FederatedDatabase(TypedDict, total=False):
    Identifier: S
    ConnectionName: S
    ConnectionType: S

class DatabaseInput(TypedDict, total=False):
    Name: S
    Description: S
    LocationUri: S
    Parameters: M[S]
    CreateTableDefaultPermissions: L[Xi[PrincipalPermissions]]
    TargetDatabase: X[DatabaseIdentifier]
    FederatedDatabase: X[FederatedDatabase]

CreateDatabaseParameters = TypedDict(
    "CreateDatabaseParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseInput": X[DatabaseInput],
        "DatabaseInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDevEndpointParameters = TypedDict(
    "CreateDevEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "PublicKey": S,
        "PublicKey.$": str,
        "PublicKeys": L[Si],
        "PublicKeys.$": str,
        "NumberOfNodes": I,
        "NumberOfNodes.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "GlueVersion": S,
        "GlueVersion.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "ExtraPythonLibsS3Path": S,
        "ExtraPythonLibsS3Path.$": str,
        "ExtraJarsS3Path": S,
        "ExtraJarsS3Path.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Arguments": M[S],
        "Arguments.$": str,
    },
    total=False,
)
CreateGlossaryParameters = TypedDict(
    "CreateGlossaryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateGlossaryTermParameters = TypedDict(
    "CreateGlossaryTermParameters",
    {
        "GlossaryIdentifier": S,
        "GlossaryIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ShortDescription": S,
        "ShortDescription.$": str,
        "LongDescription": S,
        "LongDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateGlueIdentityCenterConfigurationParameters = TypedDict(
    "CreateGlueIdentityCenterConfigurationParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "UserBackgroundSessionsEnabled": B,
        "UserBackgroundSessionsEnabled.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class IntegrationConfig(TypedDict, total=False):
    RefreshInterval: S
    SourceProperties: M[S]
    ContinuousSync: B
    TargetNamespace: S

CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "IntegrationName": S,
        "IntegrationName.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "Description": S,
        "Description.$": str,
        "DataFilter": S,
        "DataFilter.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IntegrationConfig": X[IntegrationConfig],
        "IntegrationConfig.$": str,
    },
    total=False,
)

class SourceProcessingProperties(TypedDict, total=False):
    RoleArn: S

class TargetProcessingProperties(TypedDict, total=False):
    RoleArn: S
    KmsArn: S
    ConnectionName: S
    EventBusArn: S

CreateIntegrationResourcePropertyParameters = TypedDict(
    "CreateIntegrationResourcePropertyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SourceProcessingProperties": X[SourceProcessingProperties],
        "SourceProcessingProperties.$": str,
        "TargetProcessingProperties": X[TargetProcessingProperties],
        "TargetProcessingProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SourceTableConfig(TypedDict, total=False):
    Fields: L[Si]
    FilterPredicate: S
    PrimaryKey: L[Si]
    RecordUpdateField: S

class IntegrationPartition(TypedDict, total=False):
    FieldName: S
    FunctionSpec: S
    ConversionSpec: S

class TargetTableConfig(TypedDict, total=False):
    UnnestSpec: S
    PartitionSpec: L[Xi[IntegrationPartition]]
    TargetTableName: S
    IntegrationArn: S

CreateIntegrationTablePropertiesParameters = TypedDict(
    "CreateIntegrationTablePropertiesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TableName": S,
        "TableName.$": str,
        "SourceTableConfig": X[SourceTableConfig],
        "SourceTableConfig.$": str,
        "TargetTableConfig": X[TargetTableConfig],
        "TargetTableConfig.$": str,
    },
    total=False,
)

class ExecutionProperty(TypedDict, total=False):
    MaxConcurrentRuns: I

class JobCommand(TypedDict, total=False):
    Name: S
    ScriptLocation: S
    PythonVersion: S
    Runtime: S

class ConnectionsList(TypedDict, total=False):
    Connections: L[Si]

class NotificationProperty(TypedDict, total=False):
    NotifyDelayAfter: I

class GlueStudioSchemaColumn(TypedDict, total=False):
    Name: S
    Type: S
    GlueStudioType: S

class GlueSchema(TypedDict, total=False):
    Columns: L[Xi[GlueStudioSchemaColumn]]

class AthenaConnectorSource(TypedDict, total=False):
    Name: S
    ConnectionName: S
    ConnectorName: S
    ConnectionType: S
    ConnectionTable: S
    SchemaName: S
    OutputSchemas: L[Xi[GlueSchema]]

class JDBCConnectorOptions(TypedDict, total=False):
    FilterPredicate: S
    PartitionColumn: S
    LowerBound: I
    UpperBound: I
    NumPartitions: I
    JobBookmarkKeys: L[Si]
    JobBookmarkKeysSortOrder: S
    DataTypeMapping: M[S]

class JDBCConnectorSource(TypedDict, total=False):
    Name: S
    ConnectionName: S
    ConnectorName: S
    ConnectionType: S
    AdditionalOptions: X[JDBCConnectorOptions]
    ConnectionTable: S
    Query: S
    OutputSchemas: L[Xi[GlueSchema]]

class SparkConnectorSource(TypedDict, total=False):
    Name: S
    ConnectionName: S
    ConnectorName: S
    ConnectionType: S
    AdditionalOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class CatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    PartitionPredicate: S
    OutputSchemas: L[Xi[GlueSchema]]

class RedshiftSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    RedshiftTmpDir: S
    TmpDirIAMRole: S

class S3SourceAdditionalOptions(TypedDict, total=False):
    BoundedSize: I
    BoundedFiles: I

class S3CatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    PartitionPredicate: S
    AdditionalOptions: X[S3SourceAdditionalOptions]

class S3DirectSourceAdditionalOptions(TypedDict, total=False):
    BoundedSize: I
    BoundedFiles: I
    EnableSamplePath: B
    SamplePath: S

class S3CsvSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    CompressionType: S
    Exclusions: L[Si]
    GroupSize: S
    GroupFiles: S
    Recurse: B
    MaxBand: I
    MaxFilesInBand: I
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    Separator: S
    Escaper: S
    QuoteChar: S
    Multiline: B
    WithHeader: B
    WriteHeader: B
    SkipFirst: B
    OptimizePerformance: B
    OutputSchemas: L[Xi[GlueSchema]]

class S3JsonSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    CompressionType: S
    Exclusions: L[Si]
    GroupSize: S
    GroupFiles: S
    Recurse: B
    MaxBand: I
    MaxFilesInBand: I
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    JsonPath: S
    Multiline: B
    OutputSchemas: L[Xi[GlueSchema]]

class S3ParquetSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    CompressionType: S
    Exclusions: L[Si]
    GroupSize: S
    GroupFiles: S
    Recurse: B
    MaxBand: I
    MaxFilesInBand: I
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    OutputSchemas: L[Xi[GlueSchema]]

class RelationalCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S

class DDBELTCatalogAdditionalOptions(TypedDict, total=False):
    DynamodbExport: S
    DynamodbUnnestDDBJson: B

class DynamoDBCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    PitrEnabled: B
    AdditionalOptions: X[DDBELTCatalogAdditionalOptions]

class JDBCConnectorTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    ConnectionName: S
    ConnectionTable: S
    ConnectorName: S
    ConnectionType: S
    AdditionalOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class SparkConnectorTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    ConnectionName: S
    ConnectorName: S
    ConnectionType: S
    AdditionalOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class BasicCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Database: S
    Table: S

class UpsertRedshiftTargetOptions(TypedDict, total=False):
    TableLocation: S
    ConnectionName: S
    UpsertKeys: L[Si]

class RedshiftTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Database: S
    Table: S
    RedshiftTmpDir: S
    TmpDirIAMRole: S
    UpsertRedshiftOptions: X[UpsertRedshiftTargetOptions]

class CatalogSchemaChangePolicy(TypedDict, total=False):
    EnableUpdateCatalog: B
    UpdateBehavior: S

class AutoDataQuality(TypedDict, total=False):
    IsEnabled: B
    EvaluationContext: S

class S3CatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Table: S
    Database: S
    SchemaChangePolicy: X[CatalogSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]

class DirectSchemaChangePolicy(TypedDict, total=False):
    EnableUpdateCatalog: B
    UpdateBehavior: S
    Table: S
    Database: S

class S3GlueParquetTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Path: S
    Compression: S
    NumberTargetPartitions: S
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]

class S3DirectTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Path: S
    Compression: S
    NumberTargetPartitions: S
    Format: S
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]
    OutputSchemas: L[Xi[GlueSchema]]

class Mapping(TypedDict, total=False):
    ToKey: S
    FromPath: L[Si]
    FromType: S
    ToType: S
    Dropped: B
    Children: L[Xi[Mapping]]

class ApplyMapping(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Mapping: L[Xi[Mapping]]

class SelectFields(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Paths: L[Li[Si]]

class DropFields(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Paths: L[Li[Si]]

class RenameField(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    SourcePath: L[Si]
    TargetPath: L[Si]

class Spigot(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Path: S
    Topk: I
    Prob: F

class JoinColumn(TypedDict, total=False):
    From: S
    Keys: L[Li[Si]]

class Join(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    JoinType: S
    Columns: L[Xi[JoinColumn]]

class SplitFields(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Paths: L[Li[Si]]

class SelectFromCollection(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Index: I

class FillMissingValues(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    ImputedPath: S
    FilledPath: S

class FilterValue(TypedDict, total=False):
    Type: S
    Value: L[Si]

class FilterExpression(TypedDict, total=False):
    Operation: S
    Negated: B
    Values: L[Xi[FilterValue]]

class Filter(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    LogicalOperator: S
    Filters: L[Xi[FilterExpression]]

class CustomCode(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Code: S
    ClassName: S
    OutputSchemas: L[Xi[GlueSchema]]

class SqlAlias(TypedDict, total=False):
    From: S
    Alias: S

class SparkSQL(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    SqlQuery: S
    SqlAliases: L[Xi[SqlAlias]]
    OutputSchemas: L[Xi[GlueSchema]]

class KinesisStreamingSourceOptions(TypedDict, total=False):
    EndpointUrl: S
    StreamName: S
    Classification: S
    Delimiter: S
    StartingPosition: S
    MaxFetchTimeInMs: I
    MaxFetchRecordsPerShard: I
    MaxRecordPerRead: I
    AddIdleTimeBetweenReads: B
    IdleTimeBetweenReadsInMs: I
    DescribeShardInterval: I
    NumRetries: I
    RetryIntervalMs: I
    MaxRetryIntervalMs: I
    AvoidEmptyBatches: B
    StreamArn: S
    RoleArn: S
    RoleSessionName: S
    AddRecordTimestamp: S
    EmitConsumerLagMetrics: S
    StartingTimestamp: T
    FanoutConsumerARN: S

class StreamingDataPreviewOptions(TypedDict, total=False):
    PollingTime: I
    RecordPollingLimit: I

class DirectKinesisSource(TypedDict, total=False):
    Name: S
    WindowSize: I
    DetectSchema: B
    StreamingOptions: X[KinesisStreamingSourceOptions]
    DataPreviewOptions: X[StreamingDataPreviewOptions]

class KafkaStreamingSourceOptions(TypedDict, total=False):
    BootstrapServers: S
    SecurityProtocol: S
    ConnectionName: S
    TopicName: S
    Assign: S
    SubscribePattern: S
    Classification: S
    Delimiter: S
    StartingOffsets: S
    EndingOffsets: S
    PollTimeoutMs: I
    NumRetries: I
    RetryIntervalMs: I
    MaxOffsetsPerTrigger: I
    MinPartitions: I
    IncludeHeaders: B
    AddRecordTimestamp: S
    EmitConsumerLagMetrics: S
    StartingTimestamp: T

class DirectKafkaSource(TypedDict, total=False):
    Name: S
    StreamingOptions: X[KafkaStreamingSourceOptions]
    WindowSize: I
    DetectSchema: B
    DataPreviewOptions: X[StreamingDataPreviewOptions]

class CatalogKinesisSource(TypedDict, total=False):
    Name: S
    WindowSize: I
    DetectSchema: B
    Table: S
    Database: S
    StreamingOptions: X[KinesisStreamingSourceOptions]
    DataPreviewOptions: X[StreamingDataPreviewOptions]

class CatalogKafkaSource(TypedDict, total=False):
    Name: S
    WindowSize: I
    DetectSchema: B
    Table: S
    Database: S
    StreamingOptions: X[KafkaStreamingSourceOptions]
    DataPreviewOptions: X[StreamingDataPreviewOptions]

class NullCheckBoxList(TypedDict, total=False):
    IsEmpty: B
    IsNullString: B
    IsNegOne: B

class Datatype(TypedDict, total=False):
    Id: S
    Label: S

class NullValueField(TypedDict, total=False):
    Value: S
    Datatype: X[Datatype]

class DropNullFields(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    NullCheckBoxList: X[NullCheckBoxList]
    NullTextList: L[Xi[NullValueField]]

class Merge(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Source: S
    PrimaryKeys: L[Li[Si]]

class Union(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    UnionType: S

class PIIDetection(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PiiType: S
    EntityTypesToDetect: L[Si]
    OutputColumnName: S
    SampleFraction: F
    ThresholdFraction: F
    MaskValue: S
    RedactText: S
    RedactChar: S
    MatchPattern: S
    NumLeftCharsToExclude: I
    NumRightCharsToExclude: I
    DetectionParameters: S
    DetectionSensitivity: S

class AggregateOperation(TypedDict, total=False):
    Column: L[Si]
    AggFunc: S

class Aggregate(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Groups: L[Li[Si]]
    Aggs: L[Xi[AggregateOperation]]

class DropDuplicates(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Columns: L[Li[Si]]

class GovernedCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Table: S
    Database: S
    SchemaChangePolicy: X[CatalogSchemaChangePolicy]

class GovernedCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    PartitionPredicate: S
    AdditionalOptions: X[S3SourceAdditionalOptions]

class MicrosoftSQLServerCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S

class MySQLCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S

class OracleSQLCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S

class PostgreSQLCatalogSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S

class MicrosoftSQLServerCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Database: S
    Table: S

class MySQLCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Database: S
    Table: S

class OracleSQLCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Database: S
    Table: S

class PostgreSQLCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Database: S
    Table: S

class GroupFilters(TypedDict, total=False):
    GroupName: S
    Filters: L[Xi[FilterExpression]]
    LogicalOperator: S

class Route(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    GroupFiltersList: L[Xi[GroupFilters]]

class TransformConfigParameter(TypedDict, total=False):
    Name: S
    Type: S
    ValidationRule: S
    ValidationMessage: S
    Value: L[Si]
    ListType: S
    IsOptional: B

class DynamicTransform(TypedDict, total=False):
    Name: S
    TransformName: S
    Inputs: L[Si]
    Parameters: L[Xi[TransformConfigParameter]]
    FunctionName: S
    Path: S
    Version: S
    OutputSchemas: L[Xi[GlueSchema]]

class DQResultsPublishingOptions(TypedDict, total=False):
    EvaluationContext: S
    ResultsS3Prefix: S
    CloudWatchMetricsEnabled: B
    ResultsPublishingEnabled: B

class DQStopJobOnFailureOptions(TypedDict, total=False):
    StopJobOnFailureTiming: S

class EvaluateDataQuality(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Ruleset: S
    Output: S
    PublishingOptions: X[DQResultsPublishingOptions]
    StopJobOnFailureOptions: X[DQStopJobOnFailureOptions]

class S3CatalogHudiSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalHudiOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class CatalogHudiSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalHudiOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class S3HudiSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    AdditionalHudiOptions: M[S]
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    OutputSchemas: L[Xi[GlueSchema]]

class S3HudiCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Table: S
    Database: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[CatalogSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]
    OutputSchemas: L[Xi[GlueSchema]]

class S3HudiDirectTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Path: S
    Compression: S
    NumberTargetPartitions: S
    PartitionKeys: L[Li[Si]]
    Format: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]

class DirectJDBCSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    ConnectionName: S
    ConnectionType: S
    RedshiftTmpDir: S
    OutputSchemas: L[Xi[GlueSchema]]

class S3CatalogDeltaSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalDeltaOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class CatalogDeltaSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalDeltaOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class S3DeltaSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    AdditionalDeltaOptions: M[S]
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    OutputSchemas: L[Xi[GlueSchema]]

class S3DeltaCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Table: S
    Database: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[CatalogSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]
    OutputSchemas: L[Xi[GlueSchema]]

class S3DeltaDirectTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Path: S
    Compression: S
    NumberTargetPartitions: S
    Format: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]

class Option(TypedDict, total=False):
    Value: S
    Label: S
    Description: S

class AmazonRedshiftAdvancedOption(TypedDict, total=False):
    Key: S
    Value: S

class AmazonRedshiftNodeData(TypedDict, total=False):
    AccessType: S
    SourceType: S
    Connection: X[Option]
    Schema: X[Option]
    Table: X[Option]
    CatalogDatabase: X[Option]
    CatalogTable: X[Option]
    CatalogRedshiftSchema: S
    CatalogRedshiftTable: S
    TempDir: S
    IamRole: X[Option]
    AdvancedOptions: L[Xi[AmazonRedshiftAdvancedOption]]
    SampleQuery: S
    PreAction: S
    PostAction: S
    Action: S
    TablePrefix: S
    Upsert: B
    MergeAction: S
    MergeWhenMatched: S
    MergeWhenNotMatched: S
    MergeClause: S
    CrawlerConnection: S
    TableSchema: L[Xi[Option]]
    StagingTable: S
    SelectedColumns: L[Xi[Option]]

class AmazonRedshiftSource(TypedDict, total=False):
    Name: S
    Data: X[AmazonRedshiftNodeData]

class AmazonRedshiftTarget(TypedDict, total=False):
    Name: S
    Data: X[AmazonRedshiftNodeData]
    Inputs: L[Si]

class EvaluateDataQualityMultiFrame(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    AdditionalDataSources: M[S]
    Ruleset: S
    PublishingOptions: X[DQResultsPublishingOptions]
    AdditionalOptions: M[S]
    StopJobOnFailureOptions: X[DQStopJobOnFailureOptions]

class RecipeReference(TypedDict, total=False):
    RecipeArn: S
    RecipeVersion: S

class RecipeAction(TypedDict, total=False):
    Operation: S
    Parameters: M[S]

class ConditionExpression(TypedDict, total=False):
    Condition: S
    Value: S
    TargetColumn: S

class RecipeStep(TypedDict, total=False):
    Action: X[RecipeAction]
    ConditionExpressions: L[Xi[ConditionExpression]]

class Recipe(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    RecipeReference: X[RecipeReference]
    RecipeSteps: L[Xi[RecipeStep]]

class SnowflakeNodeData(TypedDict, total=False):
    SourceType: S
    Connection: X[Option]
    Schema: S
    Table: S
    Database: S
    TempDir: S
    IamRole: X[Option]
    AdditionalOptions: M[S]
    SampleQuery: S
    PreAction: S
    PostAction: S
    Action: S
    Upsert: B
    MergeAction: S
    MergeWhenMatched: S
    MergeWhenNotMatched: S
    MergeClause: S
    StagingTable: S
    SelectedColumns: L[Xi[Option]]
    AutoPushdown: B
    TableSchema: L[Xi[Option]]

class SnowflakeSource(TypedDict, total=False):
    Name: S
    Data: X[SnowflakeNodeData]
    OutputSchemas: L[Xi[GlueSchema]]

class SnowflakeTarget(TypedDict, total=False):
    Name: S
    Data: X[SnowflakeNodeData]
    Inputs: L[Si]

class ConnectorDataSource(TypedDict, total=False):
    Name: S
    ConnectionType: S
    Data: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class ConnectorDataTarget(TypedDict, total=False):
    Name: S
    ConnectionType: S
    Data: M[S]
    Inputs: L[Si]

class S3CatalogIcebergSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalIcebergOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class CatalogIcebergSource(TypedDict, total=False):
    Name: S
    Database: S
    Table: S
    AdditionalIcebergOptions: M[S]
    OutputSchemas: L[Xi[GlueSchema]]

class S3IcebergCatalogTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Table: S
    Database: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[CatalogSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]

class S3IcebergDirectTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    PartitionKeys: L[Li[Si]]
    Path: S
    Format: S
    AdditionalOptions: M[S]
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]
    Compression: S
    NumberTargetPartitions: S
    OutputSchemas: L[Xi[GlueSchema]]

class S3ExcelSource(TypedDict, total=False):
    Name: S
    Paths: L[Si]
    CompressionType: S
    Exclusions: L[Si]
    GroupSize: S
    GroupFiles: S
    Recurse: B
    MaxBand: I
    MaxFilesInBand: I
    AdditionalOptions: X[S3DirectSourceAdditionalOptions]
    NumberRows: I
    SkipFooter: I
    OutputSchemas: L[Xi[GlueSchema]]

class S3HyperDirectTarget(TypedDict, total=False):
    Name: S
    Inputs: L[Si]
    Format: S
    PartitionKeys: L[Li[Si]]
    Path: S
    Compression: S
    SchemaChangePolicy: X[DirectSchemaChangePolicy]
    AutoDataQuality: X[AutoDataQuality]
    OutputSchemas: L[Xi[GlueSchema]]

class DDBELTConnectionOptions(TypedDict, total=False):
    DynamodbExport: S
    DynamodbUnnestDDBJson: B
    DynamodbTableArn: S
    DynamodbS3Bucket: S
    DynamodbS3Prefix: S
    DynamodbS3BucketOwner: S
    DynamodbStsRoleArn: S

class DynamoDBELTConnectorSource(TypedDict, total=False):
    Name: S
    ConnectionOptions: X[DDBELTConnectionOptions]
    OutputSchemas: L[Xi[GlueSchema]]

class CodeGenConfigurationNode(TypedDict, total=False):
    AthenaConnectorSource: X[AthenaConnectorSource]
    JdbcConnectorSource: X[JDBCConnectorSource]
    SparkConnectorSource: X[SparkConnectorSource]
    CatalogSource: X[CatalogSource]
    RedshiftSource: X[RedshiftSource]
    S3CatalogSource: X[S3CatalogSource]
    S3CsvSource: X[S3CsvSource]
    S3JsonSource: X[S3JsonSource]
    S3ParquetSource: X[S3ParquetSource]
    RelationalCatalogSource: X[RelationalCatalogSource]
    DynamoDBCatalogSource: X[DynamoDBCatalogSource]
    JdbcConnectorTarget: X[JDBCConnectorTarget]
    SparkConnectorTarget: X[SparkConnectorTarget]
    CatalogTarget: X[BasicCatalogTarget]
    RedshiftTarget: X[RedshiftTarget]
    S3CatalogTarget: X[S3CatalogTarget]
    S3GlueParquetTarget: X[S3GlueParquetTarget]
    S3DirectTarget: X[S3DirectTarget]
    ApplyMapping: X[ApplyMapping]
    SelectFields: X[SelectFields]
    DropFields: X[DropFields]
    RenameField: X[RenameField]
    Spigot: X[Spigot]
    Join: X[Join]
    SplitFields: X[SplitFields]
    SelectFromCollection: X[SelectFromCollection]
    FillMissingValues: X[FillMissingValues]
    Filter: X[Filter]
    CustomCode: X[CustomCode]
    SparkSQL: X[SparkSQL]
    DirectKinesisSource: X[DirectKinesisSource]
    DirectKafkaSource: X[DirectKafkaSource]
    CatalogKinesisSource: X[CatalogKinesisSource]
    CatalogKafkaSource: X[CatalogKafkaSource]
    DropNullFields: X[DropNullFields]
    Merge: X[Merge]
    Union: X[Union]
    PiiDetection: X[PIIDetection]
    Aggregate: X[Aggregate]
    DropDuplicates: X[DropDuplicates]
    GovernedCatalogTarget: X[GovernedCatalogTarget]
    GovernedCatalogSource: X[GovernedCatalogSource]
    MicrosoftSQLServerCatalogSource: X[MicrosoftSQLServerCatalogSource]
    MySQLCatalogSource: X[MySQLCatalogSource]
    OracleSQLCatalogSource: X[OracleSQLCatalogSource]
    PostgreSQLCatalogSource: X[PostgreSQLCatalogSource]
    MicrosoftSQLServerCatalogTarget: X[MicrosoftSQLServerCatalogTarget]
    MySQLCatalogTarget: X[MySQLCatalogTarget]
    OracleSQLCatalogTarget: X[OracleSQLCatalogTarget]
    PostgreSQLCatalogTarget: X[PostgreSQLCatalogTarget]
    Route: X[Route]
    DynamicTransform: X[DynamicTransform]
    EvaluateDataQuality: X[EvaluateDataQuality]
    S3CatalogHudiSource: X[S3CatalogHudiSource]
    CatalogHudiSource: X[CatalogHudiSource]
    S3HudiSource: X[S3HudiSource]
    S3HudiCatalogTarget: X[S3HudiCatalogTarget]
    S3HudiDirectTarget: X[S3HudiDirectTarget]
    DirectJDBCSource: X[DirectJDBCSource]
    S3CatalogDeltaSource: X[S3CatalogDeltaSource]
    CatalogDeltaSource: X[CatalogDeltaSource]
    S3DeltaSource: X[S3DeltaSource]
    S3DeltaCatalogTarget: X[S3DeltaCatalogTarget]
    S3DeltaDirectTarget: X[S3DeltaDirectTarget]
    AmazonRedshiftSource: X[AmazonRedshiftSource]
    AmazonRedshiftTarget: X[AmazonRedshiftTarget]
    EvaluateDataQualityMultiFrame: X[EvaluateDataQualityMultiFrame]
    Recipe: X[Recipe]
    SnowflakeSource: X[SnowflakeSource]
    SnowflakeTarget: X[SnowflakeTarget]
    ConnectorDataSource: X[ConnectorDataSource]
    ConnectorDataTarget: X[ConnectorDataTarget]
    S3CatalogIcebergSource: X[S3CatalogIcebergSource]
    CatalogIcebergSource: X[CatalogIcebergSource]
    S3IcebergCatalogTarget: X[S3IcebergCatalogTarget]
    S3IcebergDirectTarget: X[S3IcebergDirectTarget]
    S3ExcelSource: X[S3ExcelSource]
    S3HyperDirectTarget: X[S3HyperDirectTarget]
    DynamoDBELTConnectorSource: X[DynamoDBELTConnectorSource]

class SourceControlDetails(TypedDict, total=False):
    Provider: S
    Repository: S
    Owner: S
    Branch: S
    Folder: S
    LastCommitId: S
    AuthStrategy: S
    AuthToken: S

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "Name": S,
        "Name.$": str,
        "JobMode": S,
        "JobMode.$": str,
        "JobRunQueuingEnabled": B,
        "JobRunQueuingEnabled.$": str,
        "Description": S,
        "Description.$": str,
        "LogUri": S,
        "LogUri.$": str,
        "Role": S,
        "Role.$": str,
        "ExecutionProperty": X[ExecutionProperty],
        "ExecutionProperty.$": str,
        "Command": X[JobCommand],
        "Command.$": str,
        "DefaultArguments": M[S],
        "DefaultArguments.$": str,
        "NonOverridableArguments": M[S],
        "NonOverridableArguments.$": str,
        "Connections": X[ConnectionsList],
        "Connections.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "AllocatedCapacity": I,
        "AllocatedCapacity.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MaxCapacity": F,
        "MaxCapacity.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "NotificationProperty": X[NotificationProperty],
        "NotificationProperty.$": str,
        "GlueVersion": S,
        "GlueVersion.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "CodeGenConfigurationNodes": M[X[CodeGenConfigurationNode]],
        "CodeGenConfigurationNodes.$": str,
        "ExecutionClass": S,
        "ExecutionClass.$": str,
        "SourceControlDetails": X[SourceControlDetails],
        "SourceControlDetails.$": str,
        "MaintenanceWindow": S,
        "MaintenanceWindow.$": str,
    },
    total=False,
)

class FindMatchesParameters(TypedDict, total=False):
    PrimaryKeyColumnName: S
    PrecisionRecallTradeoff: F
    AccuracyCostTradeoff: F
    EnforceProvidedLabels: B

class TransformParameters(TypedDict, total=False):
    TransformType: S
    FindMatchesParameters: X[FindMatchesParameters]

class MLUserDataEncryption(TypedDict, total=False):
    MlUserDataEncryptionMode: S
    KmsKeyId: S

class TransformEncryption(TypedDict, total=False):
    MlUserDataEncryption: X[MLUserDataEncryption]
    TaskRunSecurityConfigurationName: S

CreateMLTransformParameters = TypedDict(
    "CreateMLTransformParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InputRecordTables": L[Xi[GlueTable]],
        "InputRecordTables.$": str,
        "Parameters": X[TransformParameters],
        "Parameters.$": str,
        "Role": S,
        "Role.$": str,
        "GlueVersion": S,
        "GlueVersion.$": str,
        "MaxCapacity": F,
        "MaxCapacity.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TransformEncryption": X[TransformEncryption],
        "TransformEncryption.$": str,
    },
    total=False,
)
CreatePartitionParameters = TypedDict(
    "CreatePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionInput": X[PartitionInput],
        "PartitionInput.$": str,
    },
    total=False,
)

class PartitionIndex(TypedDict, total=False):
    Keys: L[Si]
    IndexName: S

CreatePartitionIndexParameters = TypedDict(
    "CreatePartitionIndexParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionIndex": X[PartitionIndex],
        "PartitionIndex.$": str,
    },
    total=False,
)
CreateRegistryParameters = TypedDict(
    "CreateRegistryParameters",
    {
        "RegistryName": S,
        "RegistryName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RegistryId(TypedDict, total=False):
    RegistryName: S
    RegistryArn: S

CreateSchemaParameters = TypedDict(
    "CreateSchemaParameters",
    {
        "RegistryId": X[RegistryId],
        "RegistryId.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "DataFormat": S,
        "DataFormat.$": str,
        "Compatibility": S,
        "Compatibility.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SchemaDefinition": S,
        "SchemaDefinition.$": str,
    },
    total=False,
)

class CodeGenNodeArg(TypedDict, total=False):
    Name: S
    Value: S
    Param: B

class CodeGenNode(TypedDict, total=False):
    Id: S
    NodeType: S
    Args: L[Xi[CodeGenNodeArg]]
    LineNumber: I

class CodeGenEdge(TypedDict, total=False):
    Source: S
    Target: S
    TargetParameter: S

CreateScriptParameters = TypedDict(
    "CreateScriptParameters",
    {
        "DagNodes": L[Xi[CodeGenNode]],
        "DagNodes.$": str,
        "DagEdges": L[Xi[CodeGenEdge]],
        "DagEdges.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)

class S3Encryption(TypedDict, total=False):
    S3EncryptionMode: S
    KmsKeyArn: S

class CloudWatchEncryption(TypedDict, total=False):
    CloudWatchEncryptionMode: S
    KmsKeyArn: S

class JobBookmarksEncryption(TypedDict, total=False):
    JobBookmarksEncryptionMode: S
    KmsKeyArn: S

class DataQualityEncryption(TypedDict, total=False):
    DataQualityEncryptionMode: S
    KmsKeyArn: S

class EncryptionConfiguration(TypedDict, total=False):
    S3Encryption: L[Xi[S3Encryption]]
    CloudWatchEncryption: X[CloudWatchEncryption]
    JobBookmarksEncryption: X[JobBookmarksEncryption]
    DataQualityEncryption: X[DataQualityEncryption]

CreateSecurityConfigurationParameters = TypedDict(
    "CreateSecurityConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class SessionCommand(TypedDict, total=False):
    Name: S
    PythonVersion: S

CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "Role": S,
        "Role.$": str,
        "Command": X[SessionCommand],
        "Command.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "IdleTimeout": I,
        "IdleTimeout.$": str,
        "DefaultArguments": M[S],
        "DefaultArguments.$": str,
        "Connections": X[ConnectionsList],
        "Connections.$": str,
        "MaxCapacity": F,
        "MaxCapacity.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "GlueVersion": S,
        "GlueVersion.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
        "SessionType": S,
        "SessionType.$": str,
    },
    total=False,
)

class TableIdentifier(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    Name: S
    Region: S

class FederatedTable(TypedDict, total=False):
    Identifier: S
    DatabaseIdentifier: S
    ConnectionName: S
    ConnectionType: S

class ViewRepresentationInput(TypedDict, total=False):
    Dialect: S
    DialectVersion: S
    ViewOriginalText: S
    ValidationConnection: S
    ViewExpandedText: S

class SubObjectStatistics(TypedDict, total=False):
    SourceType: S
    GlueVersionId: S
    PartitionCount: I
    FileCount: I
    TotalFileBytes: I

class ViewDefinitionInput(TypedDict, total=False):
    IsProtected: B
    IsManaged: B
    Definer: S
    Representations: L[Xi[ViewRepresentationInput]]
    ViewVersionId: I
    ViewVersionToken: S
    RefreshSeconds: I
    LastRefreshType: S
    SubObjects: L[Si]
    SubObjectVersionIds: L[Ii]
    SubObjectsStatistics: L[Xi[SubObjectStatistics]]
    SparkPipelineInfo: M[S]

class TableInput(TypedDict, total=False):
    Name: S
    Description: S
    Owner: S
    LastAccessTime: T
    LastAnalyzedTime: T
    Retention: I
    StorageDescriptor: X[StorageDescriptor]
    PartitionKeys: L[Xi[Column]]
    ViewOriginalText: S
    ViewExpandedText: S
    TableType: S
    Parameters: M[S]
    TargetTable: X[TableIdentifier]
    FederatedTable: X[FederatedTable]
    ViewDefinition: X[ViewDefinitionInput]

class IcebergStructField(TypedDict, total=False):
    Id: I
    Name: S
    Type: Doc
    Required: B
    Doc: S
    InitialDefault: Doc
    WriteDefault: Doc

class IcebergSchema(TypedDict, total=False):
    SchemaId: I
    IdentifierFieldIds: L[Ii]
    Type: S
    Fields: L[Xi[IcebergStructField]]

class IcebergPartitionField(TypedDict, total=False):
    SourceId: I
    Transform: S
    Name: S
    FieldId: I

class IcebergPartitionSpec(TypedDict, total=False):
    Fields: L[Xi[IcebergPartitionField]]
    SpecId: I

class IcebergSortField(TypedDict, total=False):
    SourceId: I
    Transform: S
    Direction: S
    NullOrder: S

class IcebergSortOrder(TypedDict, total=False):
    OrderId: I
    Fields: L[Xi[IcebergSortField]]

class CreateIcebergTableInput(TypedDict, total=False):
    Location: S
    Schema: X[IcebergSchema]
    PartitionSpec: X[IcebergPartitionSpec]
    WriteOrder: X[IcebergSortOrder]
    Properties: M[S]

class IcebergInput(TypedDict, total=False):
    MetadataOperation: S
    Version: S
    CreateIcebergTableInput: X[CreateIcebergTableInput]

class OpenTableFormatInput(TypedDict, total=False):
    IcebergInput: X[IcebergInput]

CreateTableParameters = TypedDict(
    "CreateTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Name": S,
        "Name.$": str,
        "TableInput": X[TableInput],
        "TableInput.$": str,
        "PartitionIndexes": L[Xi[PartitionIndex]],
        "PartitionIndexes.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "OpenTableFormatInput": X[OpenTableFormatInput],
        "OpenTableFormatInput.$": str,
    },
    total=False,
)

class TableOptimizerVpcConfiguration(TypedDict, total=False):
    GlueConnectionName: S

class IcebergCompactionConfiguration(TypedDict, total=False):
    Strategy: S
    MinInputFiles: I
    DeleteFileThreshold: I

class CompactionConfiguration(TypedDict, total=False):
    IcebergConfiguration: X[IcebergCompactionConfiguration]

class IcebergRetentionConfiguration(TypedDict, total=False):
    SnapshotRetentionPeriodInDays: I
    NumberOfSnapshotsToRetain: I
    CleanExpiredFiles: B
    RunRateInHours: I

class RetentionConfiguration(TypedDict, total=False):
    IcebergConfiguration: X[IcebergRetentionConfiguration]

class IcebergOrphanFileDeletionConfiguration(TypedDict, total=False):
    OrphanFileRetentionPeriodInDays: I
    Location: S
    RunRateInHours: I

class OrphanFileDeletionConfiguration(TypedDict, total=False):
    IcebergConfiguration: X[IcebergOrphanFileDeletionConfiguration]

class TableOptimizerConfiguration(TypedDict, total=False):
    RoleArn: S
    Enabled: B
    VpcConfiguration: X[TableOptimizerVpcConfiguration]
    CompactionConfiguration: X[CompactionConfiguration]
    RetentionConfiguration: X[RetentionConfiguration]
    OrphanFileDeletionConfiguration: X[OrphanFileDeletionConfiguration]

CreateTableOptimizerParameters = TypedDict(
    "CreateTableOptimizerParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Type": S,
        "Type.$": str,
        "TableOptimizerConfiguration": X[TableOptimizerConfiguration],
        "TableOptimizerConfiguration.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    LogicalOperator: S
    JobName: S
    State: S
    CrawlerName: S
    CrawlState: S

class Predicate(TypedDict, total=False):
    Logical: S
    Conditions: L[Xi[Condition]]

class Action(TypedDict, total=False):
    JobName: S
    Arguments: M[S]
    Timeout: I
    SecurityConfiguration: S
    NotificationProperty: X[NotificationProperty]
    CrawlerName: S

class EventBatchingCondition(TypedDict, total=False):
    BatchSize: I
    BatchWindow: I

CreateTriggerParameters = TypedDict(
    "CreateTriggerParameters",
    {
        "Name": S,
        "Name.$": str,
        "WorkflowName": S,
        "WorkflowName.$": str,
        "Type": S,
        "Type.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "Predicate": X[Predicate],
        "Predicate.$": str,
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Description": S,
        "Description.$": str,
        "StartOnCreation": B,
        "StartOnCreation.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EventBatchingCondition": X[EventBatchingCondition],
        "EventBatchingCondition.$": str,
    },
    total=False,
)

class ConfigurationObject(TypedDict, total=False):
    DefaultValue: S
    AllowedValues: L[Si]
    MinValue: S
    MaxValue: S

class ProfileConfiguration(TypedDict, total=False):
    SessionConfiguration: M[X[ConfigurationObject]]
    JobConfiguration: M[X[ConfigurationObject]]

CreateUsageProfileParameters = TypedDict(
    "CreateUsageProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[ProfileConfiguration],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ResourceUri(TypedDict, total=False):
    ResourceType: S
    Uri: S
    LastModified: T

class UserDefinedFunctionInput(TypedDict, total=False):
    FunctionName: S
    ClassName: S
    OwnerName: S
    FunctionType: S
    OwnerType: S
    ResourceUris: L[Xi[ResourceUri]]
    ArtifactLocation: S
    GovernanceMode: S

CreateUserDefinedFunctionParameters = TypedDict(
    "CreateUserDefinedFunctionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "FunctionInput": X[UserDefinedFunctionInput],
        "FunctionInput.$": str,
    },
    total=False,
)
CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultRunProperties": M[S],
        "DefaultRunProperties.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MaxConcurrentRuns": I,
        "MaxConcurrentRuns.$": str,
    },
    total=False,
)
DeleteAssetParameters = TypedDict(
    "DeleteAssetParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteAttachmentParameters = TypedDict(
    "DeleteAttachmentParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "ItemIdentifier": S,
        "ItemIdentifier.$": str,
        "AttachmentName": S,
        "AttachmentName.$": str,
    },
    total=False,
)
DeleteBlueprintParameters = TypedDict(
    "DeleteBlueprintParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteCatalogParameters = TypedDict(
    "DeleteCatalogParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)
DeleteClassifierParameters = TypedDict(
    "DeleteClassifierParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteColumnStatisticsForPartitionParameters = TypedDict(
    "DeleteColumnStatisticsForPartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
        "ColumnName": S,
        "ColumnName.$": str,
    },
    total=False,
)
DeleteColumnStatisticsForTableParameters = TypedDict(
    "DeleteColumnStatisticsForTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "ColumnName": S,
        "ColumnName.$": str,
    },
    total=False,
)
DeleteColumnStatisticsTaskSettingsParameters = TypedDict(
    "DeleteColumnStatisticsTaskSettingsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {"CatalogId": S, "CatalogId.$": str, "ConnectionName": S, "ConnectionName.$": str},
    total=False,
)
DeleteConnectionTypeParameters = TypedDict(
    "DeleteConnectionTypeParameters", {"ConnectionType": S, "ConnectionType.$": str}, total=False
)
DeleteCrawlerParameters = TypedDict(
    "DeleteCrawlerParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteCustomEntityTypeParameters = TypedDict(
    "DeleteCustomEntityTypeParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDataQualityEvaluationConfigParameters = TypedDict(
    "DeleteDataQualityEvaluationConfigParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDataQualityRulesetParameters = TypedDict(
    "DeleteDataQualityRulesetParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDatabaseParameters = TypedDict(
    "DeleteDatabaseParameters",
    {"CatalogId": S, "CatalogId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteDevEndpointParameters = TypedDict(
    "DeleteDevEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteFormTypeParameters = TypedDict(
    "DeleteFormTypeParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteGlossaryParameters = TypedDict(
    "DeleteGlossaryParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteGlossaryTermParameters = TypedDict(
    "DeleteGlossaryTermParameters", {"Identifier": S, "Identifier.$": str}, total=False
)

class DeleteGlueIdentityCenterConfigurationParameters(TypedDict, total=False): ...

DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"IntegrationIdentifier": S, "IntegrationIdentifier.$": str},
    total=False,
)
DeleteIntegrationResourcePropertyParameters = TypedDict(
    "DeleteIntegrationResourcePropertyParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DeleteIntegrationTablePropertiesParameters = TypedDict(
    "DeleteIntegrationTablePropertiesParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
DeleteJobParameters = TypedDict(
    "DeleteJobParameters", {"JobName": S, "JobName.$": str}, total=False
)
DeleteMLTransformParameters = TypedDict(
    "DeleteMLTransformParameters", {"TransformId": S, "TransformId.$": str}, total=False
)
DeletePartitionParameters = TypedDict(
    "DeletePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
    },
    total=False,
)
DeletePartitionIndexParameters = TypedDict(
    "DeletePartitionIndexParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "IndexName": S,
        "IndexName.$": str,
    },
    total=False,
)
DeleteRegistryParameters = TypedDict(
    "DeleteRegistryParameters", {"RegistryId": X[RegistryId], "RegistryId.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {
        "PolicyHashCondition": S,
        "PolicyHashCondition.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
DeleteSchemaParameters = TypedDict(
    "DeleteSchemaParameters", {"SchemaId": X[SchemaId], "SchemaId.$": str}, total=False
)
DeleteSchemaVersionsParameters = TypedDict(
    "DeleteSchemaVersionsParameters",
    {"SchemaId": X[SchemaId], "SchemaId.$": str, "Versions": S, "Versions.$": str},
    total=False,
)
DeleteSecurityConfigurationParameters = TypedDict(
    "DeleteSecurityConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteSessionParameters = TypedDict(
    "DeleteSessionParameters",
    {"Id": S, "Id.$": str, "RequestOrigin": S, "RequestOrigin.$": str},
    total=False,
)
DeleteTableParameters = TypedDict(
    "DeleteTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Name": S,
        "Name.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
    },
    total=False,
)
DeleteTableOptimizerParameters = TypedDict(
    "DeleteTableOptimizerParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DeleteTableVersionParameters = TypedDict(
    "DeleteTableVersionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
DeleteTriggerParameters = TypedDict(
    "DeleteTriggerParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteUsageProfileParameters = TypedDict(
    "DeleteUsageProfileParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteUserDefinedFunctionParameters = TypedDict(
    "DeleteUserDefinedFunctionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
    },
    total=False,
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeConnectionTypeParameters = TypedDict(
    "DescribeConnectionTypeParameters", {"ConnectionType": S, "ConnectionType.$": str}, total=False
)
DescribeEntityParameters = TypedDict(
    "DescribeEntityParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "EntityName": S,
        "EntityName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DataStoreApiVersion": S,
        "DataStoreApiVersion.$": str,
    },
    total=False,
)
DescribeInboundIntegrationsParameters = TypedDict(
    "DescribeInboundIntegrationsParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
    },
    total=False,
)

class IntegrationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeIntegrationsParameters = TypedDict(
    "DescribeIntegrationsParameters",
    {
        "IntegrationIdentifier": S,
        "IntegrationIdentifier.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Filters": L[Xi[IntegrationFilter]],
        "Filters.$": str,
    },
    total=False,
)
DisassociateGlossaryTermsParameters = TypedDict(
    "DisassociateGlossaryTermsParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "ItemIdentifier": S,
        "ItemIdentifier.$": str,
        "GlossaryTermIdentifiers": L[Si],
        "GlossaryTermIdentifiers.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetAssetParameters = TypedDict(
    "GetAssetParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetAssetTypeParameters = TypedDict(
    "GetAssetTypeParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetBlueprintParameters = TypedDict(
    "GetBlueprintParameters",
    {
        "Name": S,
        "Name.$": str,
        "IncludeBlueprint": B,
        "IncludeBlueprint.$": str,
        "IncludeParameterSpec": B,
        "IncludeParameterSpec.$": str,
    },
    total=False,
)
GetBlueprintRunParameters = TypedDict(
    "GetBlueprintRunParameters",
    {"BlueprintName": S, "BlueprintName.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
GetBlueprintRunsParameters = TypedDict(
    "GetBlueprintRunsParameters",
    {
        "BlueprintName": S,
        "BlueprintName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCatalogParameters = TypedDict(
    "GetCatalogParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)

class GetCatalogDiscoveryParameters(TypedDict, total=False): ...

GetCatalogImportStatusParameters = TypedDict(
    "GetCatalogImportStatusParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)
GetCatalogsParameters = TypedDict(
    "GetCatalogsParameters",
    {
        "ParentCatalogId": S,
        "ParentCatalogId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Recursive": B,
        "Recursive.$": str,
        "IncludeRoot": B,
        "IncludeRoot.$": str,
        "HasDatabases": B,
        "HasDatabases.$": str,
    },
    total=False,
)
GetClassifierParameters = TypedDict(
    "GetClassifierParameters", {"Name": S, "Name.$": str}, total=False
)
GetClassifiersParameters = TypedDict(
    "GetClassifiersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetColumnStatisticsForPartitionParameters = TypedDict(
    "GetColumnStatisticsForPartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
        "ColumnNames": L[Si],
        "ColumnNames.$": str,
    },
    total=False,
)
GetColumnStatisticsForTableParameters = TypedDict(
    "GetColumnStatisticsForTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "ColumnNames": L[Si],
        "ColumnNames.$": str,
    },
    total=False,
)
GetColumnStatisticsTaskRunParameters = TypedDict(
    "GetColumnStatisticsTaskRunParameters",
    {"ColumnStatisticsTaskRunId": S, "ColumnStatisticsTaskRunId.$": str},
    total=False,
)
GetColumnStatisticsTaskRunsParameters = TypedDict(
    "GetColumnStatisticsTaskRunsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
GetColumnStatisticsTaskSettingsParameters = TypedDict(
    "GetColumnStatisticsTaskSettingsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Name": S,
        "Name.$": str,
        "HidePassword": B,
        "HidePassword.$": str,
        "ApplyOverrideForComputeEnvironment": S,
        "ApplyOverrideForComputeEnvironment.$": str,
    },
    total=False,
)

class GetConnectionsFilter(TypedDict, total=False):
    MatchCriteria: L[Si]
    ConnectionType: S
    ConnectionSchemaVersion: I

GetConnectionsParameters = TypedDict(
    "GetConnectionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Filter": X[GetConnectionsFilter],
        "Filter.$": str,
        "HidePassword": B,
        "HidePassword.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCrawlerParameters = TypedDict("GetCrawlerParameters", {"Name": S, "Name.$": str}, total=False)
GetCrawlerMetricsParameters = TypedDict(
    "GetCrawlerMetricsParameters",
    {
        "CrawlerNameList": L[Si],
        "CrawlerNameList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCrawlersParameters = TypedDict(
    "GetCrawlersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetCustomEntityTypeParameters = TypedDict(
    "GetCustomEntityTypeParameters", {"Name": S, "Name.$": str}, total=False
)
GetDashboardUrlParameters = TypedDict(
    "GetDashboardUrlParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
    },
    total=False,
)
GetDataCatalogEncryptionSettingsParameters = TypedDict(
    "GetDataCatalogEncryptionSettingsParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)

class GetDataCatalogExportConfigurationParameters(TypedDict, total=False): ...

GetDataQualityEvaluationConfigParameters = TypedDict(
    "GetDataQualityEvaluationConfigParameters", {"Name": S, "Name.$": str}, total=False
)
GetDataQualityModelParameters = TypedDict(
    "GetDataQualityModelParameters",
    {"StatisticId": S, "StatisticId.$": str, "ProfileId": S, "ProfileId.$": str},
    total=False,
)
GetDataQualityModelResultParameters = TypedDict(
    "GetDataQualityModelResultParameters",
    {"StatisticId": S, "StatisticId.$": str, "ProfileId": S, "ProfileId.$": str},
    total=False,
)
GetDataQualityResultParameters = TypedDict(
    "GetDataQualityResultParameters", {"ResultId": S, "ResultId.$": str}, total=False
)
GetDataQualityResultV2Parameters = TypedDict(
    "GetDataQualityResultV2Parameters", {"ResultId": S, "ResultId.$": str}, total=False
)
GetDataQualityRuleRecommendationRunParameters = TypedDict(
    "GetDataQualityRuleRecommendationRunParameters", {"RunId": S, "RunId.$": str}, total=False
)
GetDataQualityRulesetParameters = TypedDict(
    "GetDataQualityRulesetParameters", {"Name": S, "Name.$": str}, total=False
)
GetDataQualityRulesetEvaluationRunParameters = TypedDict(
    "GetDataQualityRulesetEvaluationRunParameters", {"RunId": S, "RunId.$": str}, total=False
)
GetDatabaseParameters = TypedDict(
    "GetDatabaseParameters",
    {"CatalogId": S, "CatalogId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetDatabasesParameters = TypedDict(
    "GetDatabasesParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceShareType": S,
        "ResourceShareType.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
    },
    total=False,
)
GetDataflowGraphParameters = TypedDict(
    "GetDataflowGraphParameters", {"PythonScript": S, "PythonScript.$": str}, total=False
)
GetDevEndpointParameters = TypedDict(
    "GetDevEndpointParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
GetDevEndpointsParameters = TypedDict(
    "GetDevEndpointsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetEntityRecordsParameters = TypedDict(
    "GetEntityRecordsParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "EntityName": S,
        "EntityName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DataStoreApiVersion": S,
        "DataStoreApiVersion.$": str,
        "ConnectionOptions": M[S],
        "ConnectionOptions.$": str,
        "FilterPredicate": S,
        "FilterPredicate.$": str,
        "Limit": I,
        "Limit.$": str,
        "OrderBy": S,
        "OrderBy.$": str,
        "SelectedFields": L[Si],
        "SelectedFields.$": str,
    },
    total=False,
)
GetFormTypeParameters = TypedDict(
    "GetFormTypeParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetGlossaryParameters = TypedDict(
    "GetGlossaryParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetGlossaryTermParameters = TypedDict(
    "GetGlossaryTermParameters", {"Identifier": S, "Identifier.$": str}, total=False
)

class GetGlueIdentityCenterConfigurationParameters(TypedDict, total=False): ...

GetIntegrationResourcePropertyParameters = TypedDict(
    "GetIntegrationResourcePropertyParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
GetIntegrationTablePropertiesParameters = TypedDict(
    "GetIntegrationTablePropertiesParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
GetJobParameters = TypedDict("GetJobParameters", {"JobName": S, "JobName.$": str}, total=False)
GetJobBookmarkParameters = TypedDict(
    "GetJobBookmarkParameters",
    {"JobName": S, "JobName.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
GetJobRunParameters = TypedDict(
    "GetJobRunParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "RunId": S,
        "RunId.$": str,
        "PredecessorsIncluded": B,
        "PredecessorsIncluded.$": str,
    },
    total=False,
)
GetJobRunsParameters = TypedDict(
    "GetJobRunsParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetJobUpgradeAnalysisParameters = TypedDict(
    "GetJobUpgradeAnalysisParameters",
    {"AnalysisId": S, "AnalysisId.$": str, "JobName": S, "JobName.$": str},
    total=False,
)
GetJobsParameters = TypedDict(
    "GetJobsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
GetLineageNodeParameters = TypedDict(
    "GetLineageNodeParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetMLTaskRunParameters = TypedDict(
    "GetMLTaskRunParameters",
    {"TransformId": S, "TransformId.$": str, "TaskRunId": S, "TaskRunId.$": str},
    total=False,
)

class TaskRunFilterCriteria(TypedDict, total=False):
    TaskRunType: S
    Status: S
    StartedBefore: T
    StartedAfter: T

class TaskRunSortCriteria(TypedDict, total=False):
    Column: S
    SortDirection: S

GetMLTaskRunsParameters = TypedDict(
    "GetMLTaskRunsParameters",
    {
        "TransformId": S,
        "TransformId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[TaskRunFilterCriteria],
        "Filter.$": str,
        "Sort": X[TaskRunSortCriteria],
        "Sort.$": str,
    },
    total=False,
)
GetMLTransformParameters = TypedDict(
    "GetMLTransformParameters", {"TransformId": S, "TransformId.$": str}, total=False
)

class SchemaColumn(TypedDict, total=False):
    Name: S
    DataType: S

class TransformFilterCriteria(TypedDict, total=False):
    Name: S
    TransformType: S
    Status: S
    GlueVersion: S
    CreatedBefore: T
    CreatedAfter: T
    LastModifiedBefore: T
    LastModifiedAfter: T
    Schema: L[Xi[SchemaColumn]]

class TransformSortCriteria(TypedDict, total=False):
    Column: S
    SortDirection: S

GetMLTransformsParameters = TypedDict(
    "GetMLTransformsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[TransformFilterCriteria],
        "Filter.$": str,
        "Sort": X[TransformSortCriteria],
        "Sort.$": str,
    },
    total=False,
)

class CatalogEntry(TypedDict, total=False):
    DatabaseName: S
    TableName: S

class Location(TypedDict, total=False):
    Jdbc: L[Xi[CodeGenNodeArg]]
    S3: L[Xi[CodeGenNodeArg]]
    DynamoDB: L[Xi[CodeGenNodeArg]]

GetMappingParameters = TypedDict(
    "GetMappingParameters",
    {
        "Source": X[CatalogEntry],
        "Source.$": str,
        "Sinks": L[Xi[CatalogEntry]],
        "Sinks.$": str,
        "Location": X[Location],
        "Location.$": str,
    },
    total=False,
)
GetMaterializedViewRefreshTaskRunParameters = TypedDict(
    "GetMaterializedViewRefreshTaskRunParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "MaterializedViewRefreshTaskRunId": S,
        "MaterializedViewRefreshTaskRunId.$": str,
    },
    total=False,
)
GetPartitionParameters = TypedDict(
    "GetPartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
    },
    total=False,
)
GetPartitionIndexesParameters = TypedDict(
    "GetPartitionIndexesParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Segment(TypedDict, total=False):
    SegmentNumber: I
    TotalSegments: I

GetPartitionsParameters = TypedDict(
    "GetPartitionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Expression": S,
        "Expression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Segment": X[Segment],
        "Segment.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ExcludeColumnSchema": B,
        "ExcludeColumnSchema.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "QueryAsOfTime": T,
        "QueryAsOfTime.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
    },
    total=False,
)

class MappingEntry(TypedDict, total=False):
    SourceTable: S
    SourcePath: S
    SourceType: S
    TargetTable: S
    TargetPath: S
    TargetType: S

GetPlanParameters = TypedDict(
    "GetPlanParameters",
    {
        "Mapping": L[Xi[MappingEntry]],
        "Mapping.$": str,
        "Source": X[CatalogEntry],
        "Source.$": str,
        "Sinks": L[Xi[CatalogEntry]],
        "Sinks.$": str,
        "Location": X[Location],
        "Location.$": str,
        "Language": S,
        "Language.$": str,
        "AdditionalPlanOptionsMap": M[S],
        "AdditionalPlanOptionsMap.$": str,
    },
    total=False,
)
GetRegistryParameters = TypedDict(
    "GetRegistryParameters", {"RegistryId": X[RegistryId], "RegistryId.$": str}, total=False
)
GetResourcePoliciesParameters = TypedDict(
    "GetResourcePoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetSchemaParameters = TypedDict(
    "GetSchemaParameters", {"SchemaId": X[SchemaId], "SchemaId.$": str}, total=False
)
GetSchemaByDefinitionParameters = TypedDict(
    "GetSchemaByDefinitionParameters",
    {"SchemaId": X[SchemaId], "SchemaId.$": str, "SchemaDefinition": S, "SchemaDefinition.$": str},
    total=False,
)

class SchemaVersionNumber(TypedDict, total=False):
    LatestVersion: B
    VersionNumber: I

GetSchemaVersionParameters = TypedDict(
    "GetSchemaVersionParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "SchemaVersionId": S,
        "SchemaVersionId.$": str,
        "SchemaVersionNumber": X[SchemaVersionNumber],
        "SchemaVersionNumber.$": str,
    },
    total=False,
)
GetSchemaVersionsDiffParameters = TypedDict(
    "GetSchemaVersionsDiffParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "FirstSchemaVersionNumber": X[SchemaVersionNumber],
        "FirstSchemaVersionNumber.$": str,
        "SecondSchemaVersionNumber": X[SchemaVersionNumber],
        "SecondSchemaVersionNumber.$": str,
        "SchemaDiffType": S,
        "SchemaDiffType.$": str,
    },
    total=False,
)
GetSecurityConfigurationParameters = TypedDict(
    "GetSecurityConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
GetSecurityConfigurationsParameters = TypedDict(
    "GetSecurityConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"Id": S, "Id.$": str, "RequestOrigin": S, "RequestOrigin.$": str},
    total=False,
)
GetSessionEndpointParameters = TypedDict(
    "GetSessionEndpointParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetStatementParameters = TypedDict(
    "GetStatementParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "Id": I,
        "Id.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
    },
    total=False,
)
GetSystemLogsForJobRunParameters = TypedDict(
    "GetSystemLogsForJobRunParameters",
    {"JobName": S, "JobName.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
GetSystemLogsForSessionParameters = TypedDict(
    "GetSystemLogsForSessionParameters", {"Id": S, "Id.$": str}, total=False
)
GetSystemTableParameters = TypedDict(
    "GetSystemTableParameters", {"SystemTableType": S, "SystemTableType.$": str}, total=False
)
GetTableParameters = TypedDict(
    "GetTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Name": S,
        "Name.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "QueryAsOfTime": T,
        "QueryAsOfTime.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "IncludeStatusDetails": B,
        "IncludeStatusDetails.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
    },
    total=False,
)
GetTableOptimizerParameters = TypedDict(
    "GetTableOptimizerParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
GetTableVersionParameters = TypedDict(
    "GetTableVersionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
    },
    total=False,
)
GetTableVersionsParameters = TypedDict(
    "GetTableVersionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
    },
    total=False,
)
GetTablesParameters = TypedDict(
    "GetTablesParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Expression": S,
        "Expression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "QueryAsOfTime": T,
        "QueryAsOfTime.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "ResourceShareType": S,
        "ResourceShareType.$": str,
        "IncludeStatusDetails": B,
        "IncludeStatusDetails.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
    },
    total=False,
)
GetTagsParameters = TypedDict(
    "GetTagsParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTriggerParameters = TypedDict("GetTriggerParameters", {"Name": S, "Name.$": str}, total=False)
GetTriggersParameters = TypedDict(
    "GetTriggersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "DependentJobName": S,
        "DependentJobName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetUnfilteredPartitionMetadataParameters = TypedDict(
    "GetUnfilteredPartitionMetadataParameters",
    {
        "Region": S,
        "Region.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "SupportedPermissionTypes": L[Si],
        "SupportedPermissionTypes.$": str,
        "QuerySessionContext": X[QuerySessionContext],
        "QuerySessionContext.$": str,
    },
    total=False,
)
GetUnfilteredPartitionsMetadataParameters = TypedDict(
    "GetUnfilteredPartitionsMetadataParameters",
    {
        "Region": S,
        "Region.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Expression": S,
        "Expression.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "SupportedPermissionTypes": L[Si],
        "SupportedPermissionTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Segment": X[Segment],
        "Segment.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuerySessionContext": X[QuerySessionContext],
        "QuerySessionContext.$": str,
    },
    total=False,
)

class SupportedDialect(TypedDict, total=False):
    Dialect: S
    DialectVersion: S

GetUnfilteredTableMetadataParameters = TypedDict(
    "GetUnfilteredTableMetadataParameters",
    {
        "Region": S,
        "Region.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Name": S,
        "Name.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "SupportedPermissionTypes": L[Si],
        "SupportedPermissionTypes.$": str,
        "ParentResourceArn": S,
        "ParentResourceArn.$": str,
        "RootResourceArn": S,
        "RootResourceArn.$": str,
        "SupportedDialect": X[SupportedDialect],
        "SupportedDialect.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "QuerySessionContext": X[QuerySessionContext],
        "QuerySessionContext.$": str,
    },
    total=False,
)
GetUsageProfileParameters = TypedDict(
    "GetUsageProfileParameters", {"Name": S, "Name.$": str}, total=False
)
GetUserDefinedFunctionParameters = TypedDict(
    "GetUserDefinedFunctionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
    },
    total=False,
)
GetUserDefinedFunctionsParameters = TypedDict(
    "GetUserDefinedFunctionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Pattern": S,
        "Pattern.$": str,
        "FunctionType": S,
        "FunctionType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {"Name": S, "Name.$": str, "IncludeGraph": B, "IncludeGraph.$": str},
    total=False,
)
GetWorkflowRunParameters = TypedDict(
    "GetWorkflowRunParameters",
    {
        "Name": S,
        "Name.$": str,
        "RunId": S,
        "RunId.$": str,
        "IncludeGraph": B,
        "IncludeGraph.$": str,
    },
    total=False,
)
GetWorkflowRunPropertiesParameters = TypedDict(
    "GetWorkflowRunPropertiesParameters",
    {"Name": S, "Name.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
GetWorkflowRunsParameters = TypedDict(
    "GetWorkflowRunsParameters",
    {
        "Name": S,
        "Name.$": str,
        "IncludeGraph": B,
        "IncludeGraph.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ImportCatalogToGlueParameters = TypedDict(
    "ImportCatalogToGlueParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)
ListAssetTypesParameters = TypedDict(
    "ListAssetTypesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListBlueprintsParameters = TypedDict(
    "ListBlueprintsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListColumnStatisticsTaskRunsParameters = TypedDict(
    "ListColumnStatisticsTaskRunsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConnectionTypesParameters = TypedDict(
    "ListConnectionTypesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCrawlersParameters = TypedDict(
    "ListCrawlersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CrawlsFilter(TypedDict, total=False):
    FieldName: S
    FilterOperator: S
    FieldValue: S

ListCrawlsParameters = TypedDict(
    "ListCrawlsParameters",
    {
        "CrawlerName": S,
        "CrawlerName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[CrawlsFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomEntityTypesParameters = TypedDict(
    "ListCustomEntityTypesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListDataQualityEvaluationConfigsParameters = TypedDict(
    "ListDataQualityEvaluationConfigsParameters",
    {
        "Level": S,
        "Level.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DataQualityResultFilterCriteria(TypedDict, total=False):
    DataSource: X[DataSource]
    JobName: S
    JobRunId: S
    StartedAfter: T
    StartedBefore: T
    EvaluationRunMode: S
    DataQualityEvaluationConfig: S

ListDataQualityResultsParameters = TypedDict(
    "ListDataQualityResultsParameters",
    {
        "Filter": X[DataQualityResultFilterCriteria],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DataQualityResultsV2FilterCriteria(TypedDict, total=False):
    DataSource: X[DataSource]
    PublishedAfter: T
    PublishedBefore: T
    Dimensions: M[S]
    EvaluationContext: S
    EvaluationRunMode: S
    DataQualityEvaluationConfig: S

ListDataQualityResultsV2Parameters = TypedDict(
    "ListDataQualityResultsV2Parameters",
    {
        "Filter": X[DataQualityResultsV2FilterCriteria],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DataQualityRuleRecommendationRunFilter(TypedDict, total=False):
    DataSource: X[DataSource]
    StartedBefore: T
    StartedAfter: T

ListDataQualityRuleRecommendationRunsParameters = TypedDict(
    "ListDataQualityRuleRecommendationRunsParameters",
    {
        "Filter": X[DataQualityRuleRecommendationRunFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DataQualityRulesetEvaluationRunFilter(TypedDict, total=False):
    DataSource: X[DataSource]
    StartedBefore: T
    StartedAfter: T
    RulesetName: S

ListDataQualityRulesetEvaluationRunsParameters = TypedDict(
    "ListDataQualityRulesetEvaluationRunsParameters",
    {
        "Filter": X[DataQualityRulesetEvaluationRunFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DataQualityRulesetFilterCriteria(TypedDict, total=False):
    Name: S
    Description: S
    CreatedBefore: T
    CreatedAfter: T
    LastModifiedBefore: T
    LastModifiedAfter: T
    TargetTable: X[DataQualityTargetTable]

ListDataQualityRulesetsParameters = TypedDict(
    "ListDataQualityRulesetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[DataQualityRulesetFilterCriteria],
        "Filter.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TimestampFilter(TypedDict, total=False):
    RecordedBefore: T
    RecordedAfter: T

ListDataQualityStatisticAnnotationsParameters = TypedDict(
    "ListDataQualityStatisticAnnotationsParameters",
    {
        "StatisticId": S,
        "StatisticId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "TimestampFilter": X[TimestampFilter],
        "TimestampFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataQualityStatisticsParameters = TypedDict(
    "ListDataQualityStatisticsParameters",
    {
        "StatisticId": S,
        "StatisticId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "TimestampFilter": X[TimestampFilter],
        "TimestampFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDevEndpointsParameters = TypedDict(
    "ListDevEndpointsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListEntitiesParameters = TypedDict(
    "ListEntitiesParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "ParentEntityName": S,
        "ParentEntityName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DataStoreApiVersion": S,
        "DataStoreApiVersion.$": str,
    },
    total=False,
)
ListFormTypesParameters = TypedDict(
    "ListFormTypesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGlossariesParameters = TypedDict(
    "ListGlossariesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGlossaryTermsParameters = TypedDict(
    "ListGlossaryTermsParameters",
    {
        "GlossaryIdentifier": S,
        "GlossaryIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class IntegrationResourcePropertyFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListIntegrationResourcePropertiesParameters = TypedDict(
    "ListIntegrationResourcePropertiesParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[IntegrationResourcePropertyFilter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class IntegrationTablePropertiesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListIntegrationTablePropertiesParameters = TypedDict(
    "ListIntegrationTablePropertiesParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[IntegrationTablePropertiesFilter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
ListIterableFormsParameters = TypedDict(
    "ListIterableFormsParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListMLTransformsParameters = TypedDict(
    "ListMLTransformsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[TransformFilterCriteria],
        "Filter.$": str,
        "Sort": X[TransformSortCriteria],
        "Sort.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListMaterializedViewRefreshTaskRunsParameters = TypedDict(
    "ListMaterializedViewRefreshTaskRunsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRegistriesParameters = TypedDict(
    "ListRegistriesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSchemaVersionsParameters = TypedDict(
    "ListSchemaVersionsParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSchemasParameters = TypedDict(
    "ListSchemasParameters",
    {
        "RegistryId": X[RegistryId],
        "RegistryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
    },
    total=False,
)
ListStatementsParameters = TypedDict(
    "ListStatementsParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTableOptimizerRunsParameters = TypedDict(
    "ListTableOptimizerRunsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTriggersParameters = TypedDict(
    "ListTriggersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "DependentJobName": S,
        "DependentJobName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListUsageProfilesParameters = TypedDict(
    "ListUsageProfilesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ModifyIntegrationParameters = TypedDict(
    "ModifyIntegrationParameters",
    {
        "IntegrationIdentifier": S,
        "IntegrationIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "DataFilter": S,
        "DataFilter.$": str,
        "IntegrationConfig": X[IntegrationConfig],
        "IntegrationConfig.$": str,
        "IntegrationName": S,
        "IntegrationName.$": str,
    },
    total=False,
)
PostLineageEventParameters = TypedDict(
    "PostLineageEventParameters", {"Event": S, "Event.$": str}, total=False
)

class DataQualityRuleResult(TypedDict, total=False):
    Name: S
    Description: S
    EvaluationMessage: S
    Result: S
    EvaluatedMetrics: M[F]
    EvaluatedRule: S
    RuleMetrics: M[F]
    Labels: M[S]

class DistributionData(TypedDict, total=False):
    BinEdges: L[Si]
    Count: L[Ii]
    DataType: S

class DataQualityAnalyzerResult(TypedDict, total=False):
    Name: S
    Description: S
    EvaluationMessage: S
    EvaluatedMetrics: M[F]
    EvaluatedDistributions: M[X[DistributionData]]

class DataQualityMetricValues(TypedDict, total=False):
    ActualValue: F
    ExpectedValue: F
    LowerLimit: F
    UpperLimit: F

class MetricBasedObservation(TypedDict, total=False):
    MetricName: S
    StatisticId: S
    MetricValues: X[DataQualityMetricValues]
    NewRules: L[Si]

class DataQualityObservation(TypedDict, total=False):
    Description: S
    MetricBasedObservation: X[MetricBasedObservation]

class DataQualityAggregatedMetrics(TypedDict, total=False):
    TotalRowsProcessed: F
    TotalRowsPassed: F
    TotalRowsFailed: F
    TotalRulesProcessed: F
    TotalRulesPassed: F
    TotalRulesFailed: F

class RunIdentifier(TypedDict, total=False):
    RunId: S
    JobRunId: S

class TimestampedInclusionAnnotation(TypedDict, total=False):
    Value: S
    LastModifiedOn: T

class StatisticSummary(TypedDict, total=False):
    StatisticId: S
    ProfileId: S
    RunIdentifier: X[RunIdentifier]
    StatisticName: S
    DoubleValue: F
    DistributionValue: X[DistributionData]
    EvaluationLevel: S
    ColumnsReferenced: L[Si]
    ReferencedDatasets: L[Si]
    StatisticProperties: M[S]
    RecordedOn: T
    InclusionAnnotation: X[TimestampedInclusionAnnotation]

class DataQualityConfigurationV2(TypedDict, total=False):
    ObservationsEnabled: S
    ObservationMode: S

class DataQualityTelemetry(TypedDict, total=False):
    VcpuHours: F
    FlagsEnabled: M[S]
    LibraryVersion: S
    SparkVersion: S
    HostRuntimeVersion: S
    Engine: S

PublishDataQualityResultV2Parameters = TypedDict(
    "PublishDataQualityResultV2Parameters",
    {
        "Dimensions": M[S],
        "Dimensions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ExecutionStartedOn": T,
        "ExecutionStartedOn.$": str,
        "ExecutionCompletedOn": T,
        "ExecutionCompletedOn.$": str,
        "Score": F,
        "Score.$": str,
        "RuleResults": L[Xi[DataQualityRuleResult]],
        "RuleResults.$": str,
        "AnalyzerResults": L[Xi[DataQualityAnalyzerResult]],
        "AnalyzerResults.$": str,
        "Observations": L[Xi[DataQualityObservation]],
        "Observations.$": str,
        "AggregatedMetrics": X[DataQualityAggregatedMetrics],
        "AggregatedMetrics.$": str,
        "Statistics": L[Xi[StatisticSummary]],
        "Statistics.$": str,
        "RunConfiguration": X[DataQualityConfigurationV2],
        "RunConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EvaluationContext": S,
        "EvaluationContext.$": str,
        "Descriptors": M[S],
        "Descriptors.$": str,
        "RulesetName": S,
        "RulesetName.$": str,
        "DataQualitySecurityConfiguration": S,
        "DataQualitySecurityConfiguration.$": str,
        "Telemetry": X[DataQualityTelemetry],
        "Telemetry.$": str,
    },
    total=False,
)

class AssetFormInput(TypedDict, total=False):
    FormTypeIdentifier: S
    Content: S

PutAssetParameters = TypedDict(
    "PutAssetParameters",
    {
        "AssetTypeIdentifier": S,
        "AssetTypeIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Forms": M[X[AssetFormInput]],
        "Forms.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutAttachmentParameters = TypedDict(
    "PutAttachmentParameters",
    {
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "IterableFormName": S,
        "IterableFormName.$": str,
        "ItemIdentifier": S,
        "ItemIdentifier.$": str,
        "AttachmentName": S,
        "AttachmentName.$": str,
        "Content": S,
        "Content.$": str,
        "FormTypeIdentifier": S,
        "FormTypeIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutCatalogDiscoveryParameters = TypedDict(
    "PutCatalogDiscoveryParameters", {"Mode": S, "Mode.$": str}, total=False
)

class EncryptionAtRest(TypedDict, total=False):
    CatalogEncryptionMode: S
    SseAwsKmsKeyId: S
    CatalogEncryptionServiceRole: S

class ConnectionPasswordEncryption(TypedDict, total=False):
    ReturnConnectionPasswordEncrypted: B
    AwsKmsKeyId: S

class DataCatalogEncryptionSettings(TypedDict, total=False):
    EncryptionAtRest: X[EncryptionAtRest]
    ConnectionPasswordEncryption: X[ConnectionPasswordEncryption]

PutDataCatalogEncryptionSettingsParameters = TypedDict(
    "PutDataCatalogEncryptionSettingsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DataCatalogEncryptionSettings": X[DataCatalogEncryptionSettings],
        "DataCatalogEncryptionSettings.$": str,
    },
    total=False,
)

class ExportEncryptionConfiguration(TypedDict, total=False):
    SseAlgorithm: S
    KmsKeyArn: S

class S3TablesConfiguration(TypedDict, total=False):
    EncryptionConfiguration: X[ExportEncryptionConfiguration]

class AssetsExport(TypedDict, total=False):
    S3TablesExport: S

class LineageExport(TypedDict, total=False):
    S3TablesExport: S

class DataQualityExport(TypedDict, total=False):
    S3TablesExport: S

PutDataCatalogExportConfigurationParameters = TypedDict(
    "PutDataCatalogExportConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "S3TablesConfiguration": X[S3TablesConfiguration],
        "S3TablesConfiguration.$": str,
        "Assets": X[AssetsExport],
        "Assets.$": str,
        "Lineage": X[LineageExport],
        "Lineage.$": str,
        "DataQuality": X[DataQualityExport],
        "DataQuality.$": str,
    },
    total=False,
)
PutDataQualityProfileAnnotationParameters = TypedDict(
    "PutDataQualityProfileAnnotationParameters",
    {"ProfileId": S, "ProfileId.$": str, "InclusionAnnotation": S, "InclusionAnnotation.$": str},
    total=False,
)
PutFormTypeParameters = TypedDict(
    "PutFormTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Schema": S,
        "Schema.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "PolicyInJson": S,
        "PolicyInJson.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyHashCondition": S,
        "PolicyHashCondition.$": str,
        "PolicyExistsCondition": S,
        "PolicyExistsCondition.$": str,
        "EnableHybrid": S,
        "EnableHybrid.$": str,
    },
    total=False,
)

class MetadataKeyValuePair(TypedDict, total=False):
    MetadataKey: S
    MetadataValue: S

PutSchemaVersionMetadataParameters = TypedDict(
    "PutSchemaVersionMetadataParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "SchemaVersionNumber": X[SchemaVersionNumber],
        "SchemaVersionNumber.$": str,
        "SchemaVersionId": S,
        "SchemaVersionId.$": str,
        "MetadataKeyValue": X[MetadataKeyValuePair],
        "MetadataKeyValue.$": str,
    },
    total=False,
)
PutWorkflowRunPropertiesParameters = TypedDict(
    "PutWorkflowRunPropertiesParameters",
    {
        "Name": S,
        "Name.$": str,
        "RunId": S,
        "RunId.$": str,
        "RunProperties": M[S],
        "RunProperties.$": str,
    },
    total=False,
)
QuerySchemaVersionMetadataParameters = TypedDict(
    "QuerySchemaVersionMetadataParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "SchemaVersionNumber": X[SchemaVersionNumber],
        "SchemaVersionNumber.$": str,
        "SchemaVersionId": S,
        "SchemaVersionId.$": str,
        "MetadataList": L[Xi[MetadataKeyValuePair]],
        "MetadataList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConnectorProperty(TypedDict, total=False):
    Name: S
    KeyOverride: S
    Required: B
    DefaultValue: S
    AllowedValues: L[Si]
    PropertyLocation: S
    PropertyType: S
    Format: S

class ConnectionPropertiesConfiguration(TypedDict, total=False):
    Url: X[ConnectorProperty]
    AdditionalRequestParameters: L[Xi[ConnectorProperty]]

class ClientCredentialsProperties(TypedDict, total=False):
    TokenUrl: X[ConnectorProperty]
    RequestMethod: S
    ContentType: S
    ClientId: X[ConnectorProperty]
    ClientSecret: X[ConnectorProperty]
    Scope: X[ConnectorProperty]
    TokenUrlParameters: L[Xi[ConnectorProperty]]

class JWTBearerProperties(TypedDict, total=False):
    TokenUrl: X[ConnectorProperty]
    RequestMethod: S
    ContentType: S
    JwtToken: X[ConnectorProperty]
    TokenUrlParameters: L[Xi[ConnectorProperty]]

class ConnectorAuthorizationCodeProperties(TypedDict, total=False):
    AuthorizationCodeUrl: X[ConnectorProperty]
    AuthorizationCode: X[ConnectorProperty]
    RedirectUri: X[ConnectorProperty]
    TokenUrl: X[ConnectorProperty]
    RequestMethod: S
    ContentType: S
    ClientId: X[ConnectorProperty]
    ClientSecret: X[ConnectorProperty]
    Scope: X[ConnectorProperty]
    Prompt: X[ConnectorProperty]
    TokenUrlParameters: L[Xi[ConnectorProperty]]

class ConnectorOAuth2Properties(TypedDict, total=False):
    OAuth2GrantType: S
    ClientCredentialsProperties: X[ClientCredentialsProperties]
    JwtBearerProperties: X[JWTBearerProperties]
    AuthorizationCodeProperties: X[ConnectorAuthorizationCodeProperties]

class BasicAuthenticationProperties(TypedDict, total=False):
    Username: X[ConnectorProperty]
    Password: X[ConnectorProperty]

class CustomAuthenticationProperties(TypedDict, total=False):
    AuthenticationParameters: L[Xi[ConnectorProperty]]

class ConnectorAuthenticationConfiguration(TypedDict, total=False):
    AuthenticationTypes: L[Si]
    OAuth2Properties: X[ConnectorOAuth2Properties]
    BasicAuthenticationProperties: X[BasicAuthenticationProperties]
    CustomAuthenticationProperties: X[CustomAuthenticationProperties]

class ResponseConfiguration(TypedDict, total=False):
    ResultPath: S
    ErrorPath: S

class ResponseExtractionMapping(TypedDict, total=False):
    ContentPath: S
    HeaderKey: S

class ExtractedParameter(TypedDict, total=False):
    Key: S
    DefaultValue: S
    PropertyLocation: S
    Value: X[ResponseExtractionMapping]

class CursorConfiguration(TypedDict, total=False):
    NextPage: X[ExtractedParameter]
    LimitParameter: X[ExtractedParameter]

class OffsetConfiguration(TypedDict, total=False):
    OffsetParameter: X[ExtractedParameter]
    LimitParameter: X[ExtractedParameter]

class PaginationConfiguration(TypedDict, total=False):
    CursorConfiguration: X[CursorConfiguration]
    OffsetConfiguration: X[OffsetConfiguration]

class BetweenConfiguration(TypedDict, total=False):
    LowBoundKey: S
    HighBoundKey: S
    Template: S

class FilterStringConfiguration(TypedDict, total=False):
    QueryParameterName: S
    QuoteStringValues: B
    QuoteCharacter: S

class FilterConfiguration(TypedDict, total=False):
    FilterMode: S
    OperatorMappings: M[S]
    DateTimeFormat: S
    StripQuotes: B
    BetweenConfiguration: X[BetweenConfiguration]
    FilterStringConfiguration: X[FilterStringConfiguration]

class SourceConfiguration(TypedDict, total=False):
    RequestMethod: S
    RequestPath: S
    RequestParameters: L[Xi[ConnectorProperty]]
    ResponseConfiguration: X[ResponseConfiguration]
    PaginationConfiguration: X[PaginationConfiguration]
    FilterConfiguration: X[FilterConfiguration]

class FilterOverrides(TypedDict, total=False):
    FieldName: S
    OperatorMappings: M[S]
    BetweenConfiguration: X[BetweenConfiguration]
    DateTimeFormat: S

class FieldDefinition(TypedDict, total=False):
    Name: S
    FieldDataType: S
    ResponseDateFormat: S
    IsPartitionable: B
    IsNullable: B
    IsQueryable: B
    IsOrderable: B
    FilterOverrides: X[FilterOverrides]

class EntityConfiguration(TypedDict, total=False):
    SourceConfiguration: X[SourceConfiguration]
    Schema: M[X[FieldDefinition]]

class RestConfiguration(TypedDict, total=False):
    GlobalSourceConfiguration: X[SourceConfiguration]
    ValidationEndpointConfiguration: X[SourceConfiguration]
    EntityConfigurations: M[X[EntityConfiguration]]

RegisterConnectionTypeParameters = TypedDict(
    "RegisterConnectionTypeParameters",
    {
        "ConnectionType": S,
        "ConnectionType.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectionProperties": X[ConnectionPropertiesConfiguration],
        "ConnectionProperties.$": str,
        "ConnectorAuthenticationConfiguration": X[ConnectorAuthenticationConfiguration],
        "ConnectorAuthenticationConfiguration.$": str,
        "RestConfiguration": X[RestConfiguration],
        "RestConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
RegisterSchemaVersionParameters = TypedDict(
    "RegisterSchemaVersionParameters",
    {"SchemaId": X[SchemaId], "SchemaId.$": str, "SchemaDefinition": S, "SchemaDefinition.$": str},
    total=False,
)
RemoveSchemaVersionMetadataParameters = TypedDict(
    "RemoveSchemaVersionMetadataParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "SchemaVersionNumber": X[SchemaVersionNumber],
        "SchemaVersionNumber.$": str,
        "SchemaVersionId": S,
        "SchemaVersionId.$": str,
        "MetadataKeyValue": X[MetadataKeyValuePair],
        "MetadataKeyValue.$": str,
    },
    total=False,
)
ResetJobBookmarkParameters = TypedDict(
    "ResetJobBookmarkParameters",
    {"JobName": S, "JobName.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
ResumeWorkflowRunParameters = TypedDict(
    "ResumeWorkflowRunParameters",
    {"Name": S, "Name.$": str, "RunId": S, "RunId.$": str, "NodeIds": L[Si], "NodeIds.$": str},
    total=False,
)
RunStatementParameters = TypedDict(
    "RunStatementParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "Code": S,
        "Code.$": str,
        "RequestOrigin": S,
        "RequestOrigin.$": str,
    },
    total=False,
)

class SearchSort(TypedDict, total=False):
    Attribute: S
    Order: S

class SearchFilterValue(TypedDict, total=False):
    StringValue: S
    LongValue: I

class SearchAttributeFilter(TypedDict, total=False):
    Attribute: S
    Comparator: S
    Value: X[SearchFilterValue]

class SearchMapFilterValue(TypedDict, total=False):
    StringValue: S

class SearchMapFilter(TypedDict, total=False):
    Attribute: S
    Key: S
    Value: X[SearchMapFilterValue]

class SearchFilterClause(TypedDict, total=False):
    AndAllFilters: L[Xi[SearchFilterClause]]
    OrAnyFilters: L[Xi[SearchFilterClause]]
    AttributeFilter: X[SearchAttributeFilter]
    MapFilter: X[SearchMapFilter]

SearchAssetsParameters = TypedDict(
    "SearchAssetsParameters",
    {
        "SearchText": S,
        "SearchText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[SearchSort],
        "Sort.$": str,
        "FilterClause": X[SearchFilterClause],
        "FilterClause.$": str,
    },
    total=False,
)

class PropertyPredicate(TypedDict, total=False):
    Key: S
    Value: S
    Comparator: S

class SortCriterion(TypedDict, total=False):
    FieldName: S
    Sort: S

SearchTablesParameters = TypedDict(
    "SearchTablesParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[PropertyPredicate]],
        "Filters.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceShareType": S,
        "ResourceShareType.$": str,
        "IncludeStatusDetails": B,
        "IncludeStatusDetails.$": str,
    },
    total=False,
)
StartBlueprintRunParameters = TypedDict(
    "StartBlueprintRunParameters",
    {
        "BlueprintName": S,
        "BlueprintName.$": str,
        "Parameters": S,
        "Parameters.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
StartColumnStatisticsTaskRunParameters = TypedDict(
    "StartColumnStatisticsTaskRunParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "ColumnNameList": L[Si],
        "ColumnNameList.$": str,
        "Role": S,
        "Role.$": str,
        "SampleSize": F,
        "SampleSize.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
    },
    total=False,
)
StartColumnStatisticsTaskRunScheduleParameters = TypedDict(
    "StartColumnStatisticsTaskRunScheduleParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
StartCrawlerParameters = TypedDict(
    "StartCrawlerParameters", {"Name": S, "Name.$": str}, total=False
)
StartCrawlerScheduleParameters = TypedDict(
    "StartCrawlerScheduleParameters", {"CrawlerName": S, "CrawlerName.$": str}, total=False
)

class DataQualityRuleRecommendationRunAdditionalRunOptions(TypedDict, total=False):
    CustomLogGroupPrefix: S

StartDataQualityRuleRecommendationRunParameters = TypedDict(
    "StartDataQualityRuleRecommendationRunParameters",
    {
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "Role": S,
        "Role.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "CreatedRulesetName": S,
        "CreatedRulesetName.$": str,
        "DataQualitySecurityConfiguration": S,
        "DataQualitySecurityConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AdditionalRunOptions": X[DataQualityRuleRecommendationRunAdditionalRunOptions],
        "AdditionalRunOptions.$": str,
        "RecommendationMode": S,
        "RecommendationMode.$": str,
    },
    total=False,
)

class DataQualityEvaluationRunAdditionalRunOptions(TypedDict, total=False):
    CloudWatchMetricsEnabled: B
    ResultsS3Prefix: S
    CompositeRuleEvaluationMethod: S
    CustomLogGroupPrefix: S
    RowLevelResults: X[RowLevelResultsOptions]
    ProfilingResults: X[ProfilingResultsOptions]
    ObservationScope: S
    ObservationMode: S
    DataQualityRuleResults: X[DataQualityRuleResultsOptions]
    ObservationResults: X[ObservationResultsOptions]

StartDataQualityRulesetEvaluationRunParameters = TypedDict(
    "StartDataQualityRulesetEvaluationRunParameters",
    {
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "Role": S,
        "Role.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AdditionalRunOptions": X[DataQualityEvaluationRunAdditionalRunOptions],
        "AdditionalRunOptions.$": str,
        "RulesetNames": L[Si],
        "RulesetNames.$": str,
        "AdditionalDataSources": M[X[DataSource]],
        "AdditionalDataSources.$": str,
    },
    total=False,
)
StartExportLabelsTaskRunParameters = TypedDict(
    "StartExportLabelsTaskRunParameters",
    {"TransformId": S, "TransformId.$": str, "OutputS3Path": S, "OutputS3Path.$": str},
    total=False,
)
StartImportLabelsTaskRunParameters = TypedDict(
    "StartImportLabelsTaskRunParameters",
    {
        "TransformId": S,
        "TransformId.$": str,
        "InputS3Path": S,
        "InputS3Path.$": str,
        "ReplaceAllLabels": B,
        "ReplaceAllLabels.$": str,
    },
    total=False,
)
StartJobRunParameters = TypedDict(
    "StartJobRunParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobRunQueuingEnabled": B,
        "JobRunQueuingEnabled.$": str,
        "JobRunId": S,
        "JobRunId.$": str,
        "Arguments": M[S],
        "Arguments.$": str,
        "AllocatedCapacity": I,
        "AllocatedCapacity.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MaxCapacity": F,
        "MaxCapacity.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "NotificationProperty": X[NotificationProperty],
        "NotificationProperty.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "ExecutionClass": S,
        "ExecutionClass.$": str,
        "ExecutionRoleSessionPolicy": S,
        "ExecutionRoleSessionPolicy.$": str,
    },
    total=False,
)
StartJobUpgradeAnalysisParameters = TypedDict(
    "StartJobUpgradeAnalysisParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "AnalysisId": S,
        "AnalysisId.$": str,
        "UpgradeConsent": S,
        "UpgradeConsent.$": str,
    },
    total=False,
)
StartMLEvaluationTaskRunParameters = TypedDict(
    "StartMLEvaluationTaskRunParameters", {"TransformId": S, "TransformId.$": str}, total=False
)
StartMLLabelingSetGenerationTaskRunParameters = TypedDict(
    "StartMLLabelingSetGenerationTaskRunParameters",
    {"TransformId": S, "TransformId.$": str, "OutputS3Path": S, "OutputS3Path.$": str},
    total=False,
)
StartMaterializedViewRefreshTaskRunParameters = TypedDict(
    "StartMaterializedViewRefreshTaskRunParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "FullRefresh": B,
        "FullRefresh.$": str,
    },
    total=False,
)
StartTriggerParameters = TypedDict(
    "StartTriggerParameters", {"Name": S, "Name.$": str}, total=False
)
StartWorkflowRunParameters = TypedDict(
    "StartWorkflowRunParameters",
    {"Name": S, "Name.$": str, "RunProperties": M[S], "RunProperties.$": str},
    total=False,
)
StopColumnStatisticsTaskRunParameters = TypedDict(
    "StopColumnStatisticsTaskRunParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
StopColumnStatisticsTaskRunScheduleParameters = TypedDict(
    "StopColumnStatisticsTaskRunScheduleParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
    },
    total=False,
)
StopCrawlerParameters = TypedDict("StopCrawlerParameters", {"Name": S, "Name.$": str}, total=False)
StopCrawlerScheduleParameters = TypedDict(
    "StopCrawlerScheduleParameters", {"CrawlerName": S, "CrawlerName.$": str}, total=False
)
StopJobUpgradeAnalysisParameters = TypedDict(
    "StopJobUpgradeAnalysisParameters",
    {"JobName": S, "JobName.$": str, "AnalysisId": S, "AnalysisId.$": str},
    total=False,
)
StopMaterializedViewRefreshTaskRunParameters = TypedDict(
    "StopMaterializedViewRefreshTaskRunParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
    },
    total=False,
)
StopSessionParameters = TypedDict(
    "StopSessionParameters",
    {"Id": S, "Id.$": str, "RequestOrigin": S, "RequestOrigin.$": str},
    total=False,
)
StopTriggerParameters = TypedDict("StopTriggerParameters", {"Name": S, "Name.$": str}, total=False)
StopWorkflowRunParameters = TypedDict(
    "StopWorkflowRunParameters", {"Name": S, "Name.$": str, "RunId": S, "RunId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagsToAdd": M[S], "TagsToAdd.$": str},
    total=False,
)

class TestConnectionInput(TypedDict, total=False):
    ConnectionType: S
    ConnectionProperties: M[S]
    AuthenticationConfiguration: X[AuthenticationConfigurationInput]

TestConnectionParameters = TypedDict(
    "TestConnectionParameters",
    {
        "ConnectionName": S,
        "ConnectionName.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "TestConnectionInput": X[TestConnectionInput],
        "TestConnectionInput.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagsToRemove": L[Si], "TagsToRemove.$": str},
    total=False,
)
UpdateAssetParameters = TypedDict(
    "UpdateAssetParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateBlueprintParameters = TypedDict(
    "UpdateBlueprintParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BlueprintLocation": S,
        "BlueprintLocation.$": str,
    },
    total=False,
)
UpdateCatalogParameters = TypedDict(
    "UpdateCatalogParameters",
    {"CatalogId": S, "CatalogId.$": str, "CatalogInput": X[CatalogInput], "CatalogInput.$": str},
    total=False,
)

class UpdateGrokClassifierRequest(TypedDict, total=False):
    Name: S
    Classification: S
    GrokPattern: S
    CustomPatterns: S

class UpdateXMLClassifierRequest(TypedDict, total=False):
    Name: S
    Classification: S
    RowTag: S

class UpdateJsonClassifierRequest(TypedDict, total=False):
    Name: S
    JsonPath: S

class UpdateCsvClassifierRequest(TypedDict, total=False):
    Name: S
    Delimiter: S
    QuoteSymbol: S
    ContainsHeader: S
    Header: L[Si]
    DisableValueTrimming: B
    AllowSingleColumn: B
    CustomDatatypeConfigured: B
    CustomDatatypes: L[Si]
    Serde: S

UpdateClassifierParameters = TypedDict(
    "UpdateClassifierParameters",
    {
        "GrokClassifier": X[UpdateGrokClassifierRequest],
        "GrokClassifier.$": str,
        "XmlClassifier": X[UpdateXMLClassifierRequest],
        "XmlClassifier.$": str,
        "JsonClassifier": X[UpdateJsonClassifierRequest],
        "JsonClassifier.$": str,
        "CsvClassifier": X[UpdateCsvClassifierRequest],
        "CsvClassifier.$": str,
    },
    total=False,
)

class BooleanColumnStatisticsData(TypedDict, total=False):
    NumberOfTrues: I
    NumberOfFalses: I
    NumberOfNulls: I

class DateColumnStatisticsData(TypedDict, total=False):
    MinimumValue: T
    MaximumValue: T
    NumberOfNulls: I
    NumberOfDistinctValues: I

class DecimalNumber(TypedDict, total=False):
    UnscaledValue: S
    Scale: I

class DecimalColumnStatisticsData(TypedDict, total=False):
    MinimumValue: X[DecimalNumber]
    MaximumValue: X[DecimalNumber]
    NumberOfNulls: I
    NumberOfDistinctValues: I

class DoubleColumnStatisticsData(TypedDict, total=False):
    MinimumValue: F
    MaximumValue: F
    NumberOfNulls: I
    NumberOfDistinctValues: I

class LongColumnStatisticsData(TypedDict, total=False):
    MinimumValue: I
    MaximumValue: I
    NumberOfNulls: I
    NumberOfDistinctValues: I

class StringColumnStatisticsData(TypedDict, total=False):
    MaximumLength: I
    AverageLength: F
    NumberOfNulls: I
    NumberOfDistinctValues: I

class BinaryColumnStatisticsData(TypedDict, total=False):
    MaximumLength: I
    AverageLength: F
    NumberOfNulls: I

class ColumnStatisticsData(TypedDict, total=False):
    Type: S
    BooleanColumnStatisticsData: X[BooleanColumnStatisticsData]
    DateColumnStatisticsData: X[DateColumnStatisticsData]
    DecimalColumnStatisticsData: X[DecimalColumnStatisticsData]
    DoubleColumnStatisticsData: X[DoubleColumnStatisticsData]
    LongColumnStatisticsData: X[LongColumnStatisticsData]
    StringColumnStatisticsData: X[StringColumnStatisticsData]
    BinaryColumnStatisticsData: X[BinaryColumnStatisticsData]

class ColumnStatistics(TypedDict, total=False):
    ColumnName: S
    ColumnType: S
    AnalyzedTime: T
    StatisticsData: X[ColumnStatisticsData]

UpdateColumnStatisticsForPartitionParameters = TypedDict(
    "UpdateColumnStatisticsForPartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValues": L[Si],
        "PartitionValues.$": str,
        "ColumnStatisticsList": L[Xi[ColumnStatistics]],
        "ColumnStatisticsList.$": str,
    },
    total=False,
)
UpdateColumnStatisticsForTableParameters = TypedDict(
    "UpdateColumnStatisticsForTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "ColumnStatisticsList": L[Xi[ColumnStatistics]],
        "ColumnStatisticsList.$": str,
    },
    total=False,
)
UpdateColumnStatisticsTaskSettingsParameters = TypedDict(
    "UpdateColumnStatisticsTaskSettingsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Role": S,
        "Role.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "ColumnNameList": L[Si],
        "ColumnNameList.$": str,
        "SampleSize": F,
        "SampleSize.$": str,
        "CatalogID": S,
        "CatalogID.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
    },
    total=False,
)
UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Name": S,
        "Name.$": str,
        "ConnectionInput": X[ConnectionInput],
        "ConnectionInput.$": str,
    },
    total=False,
)
UpdateCrawlerParameters = TypedDict(
    "UpdateCrawlerParameters",
    {
        "Name": S,
        "Name.$": str,
        "Role": S,
        "Role.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Description": S,
        "Description.$": str,
        "Targets": X[CrawlerTargets],
        "Targets.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "Classifiers": L[Si],
        "Classifiers.$": str,
        "TablePrefix": S,
        "TablePrefix.$": str,
        "SchemaChangePolicy": X[SchemaChangePolicy],
        "SchemaChangePolicy.$": str,
        "RecrawlPolicy": X[RecrawlPolicy],
        "RecrawlPolicy.$": str,
        "LineageConfiguration": X[LineageConfiguration],
        "LineageConfiguration.$": str,
        "LakeFormationConfiguration": X[LakeFormationConfiguration],
        "LakeFormationConfiguration.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "CrawlerSecurityConfiguration": S,
        "CrawlerSecurityConfiguration.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
    },
    total=False,
)
UpdateCrawlerScheduleParameters = TypedDict(
    "UpdateCrawlerScheduleParameters",
    {"CrawlerName": S, "CrawlerName.$": str, "Schedule": S, "Schedule.$": str},
    total=False,
)
UpdateDataQualityEvaluationConfigParameters = TypedDict(
    "UpdateDataQualityEvaluationConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "DataSource": X[DataQualityEvaluationConfigDataSource],
        "DataSource.$": str,
        "RulesetName": S,
        "RulesetName.$": str,
        "ManagedRulesetName": S,
        "ManagedRulesetName.$": str,
        "Triggers": L[Si],
        "Triggers.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "StartAt": T,
        "StartAt.$": str,
        "EndAt": T,
        "EndAt.$": str,
        "PauseRuns": B,
        "PauseRuns.$": str,
        "Role": S,
        "Role.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "AdditionalRunOptions": X[DataQualityEvaluationConfigAdditionalRunOptions],
        "AdditionalRunOptions.$": str,
        "AdditionalDataSources": M[X[DataSource]],
        "AdditionalDataSources.$": str,
    },
    total=False,
)
UpdateDataQualityRulesetParameters = TypedDict(
    "UpdateDataQualityRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Ruleset": S,
        "Ruleset.$": str,
    },
    total=False,
)
UpdateDatabaseParameters = TypedDict(
    "UpdateDatabaseParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Name": S,
        "Name.$": str,
        "DatabaseInput": X[DatabaseInput],
        "DatabaseInput.$": str,
    },
    total=False,
)

class DevEndpointCustomLibraries(TypedDict, total=False):
    ExtraPythonLibsS3Path: S
    ExtraJarsS3Path: S

UpdateDevEndpointParameters = TypedDict(
    "UpdateDevEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "PublicKey": S,
        "PublicKey.$": str,
        "AddPublicKeys": L[Si],
        "AddPublicKeys.$": str,
        "DeletePublicKeys": L[Si],
        "DeletePublicKeys.$": str,
        "CustomLibraries": X[DevEndpointCustomLibraries],
        "CustomLibraries.$": str,
        "UpdateEtlLibraries": B,
        "UpdateEtlLibraries.$": str,
        "DeleteArguments": L[Si],
        "DeleteArguments.$": str,
        "AddArguments": M[S],
        "AddArguments.$": str,
    },
    total=False,
)
UpdateGlossaryParameters = TypedDict(
    "UpdateGlossaryParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateGlossaryTermParameters = TypedDict(
    "UpdateGlossaryTermParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "ShortDescription": S,
        "ShortDescription.$": str,
        "LongDescription": S,
        "LongDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateGlueIdentityCenterConfigurationParameters = TypedDict(
    "UpdateGlueIdentityCenterConfigurationParameters",
    {
        "Scopes": L[Si],
        "Scopes.$": str,
        "UserBackgroundSessionsEnabled": B,
        "UserBackgroundSessionsEnabled.$": str,
    },
    total=False,
)
UpdateIntegrationResourcePropertyParameters = TypedDict(
    "UpdateIntegrationResourcePropertyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SourceProcessingProperties": X[SourceProcessingProperties],
        "SourceProcessingProperties.$": str,
        "TargetProcessingProperties": X[TargetProcessingProperties],
        "TargetProcessingProperties.$": str,
    },
    total=False,
)
UpdateIntegrationTablePropertiesParameters = TypedDict(
    "UpdateIntegrationTablePropertiesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TableName": S,
        "TableName.$": str,
        "SourceTableConfig": X[SourceTableConfig],
        "SourceTableConfig.$": str,
        "TargetTableConfig": X[TargetTableConfig],
        "TargetTableConfig.$": str,
    },
    total=False,
)

class JobUpdate(TypedDict, total=False):
    JobMode: S
    JobRunQueuingEnabled: B
    Description: S
    LogUri: S
    Role: S
    ExecutionProperty: X[ExecutionProperty]
    Command: X[JobCommand]
    DefaultArguments: M[S]
    NonOverridableArguments: M[S]
    Connections: X[ConnectionsList]
    MaxRetries: I
    AllocatedCapacity: I
    Timeout: I
    MaxCapacity: F
    WorkerType: S
    NumberOfWorkers: I
    SecurityConfiguration: S
    NotificationProperty: X[NotificationProperty]
    GlueVersion: S
    CodeGenConfigurationNodes: M[X[CodeGenConfigurationNode]]
    ExecutionClass: S
    SourceControlDetails: X[SourceControlDetails]
    MaintenanceWindow: S

UpdateJobParameters = TypedDict(
    "UpdateJobParameters",
    {"JobName": S, "JobName.$": str, "JobUpdate": X[JobUpdate], "JobUpdate.$": str},
    total=False,
)
UpdateJobFromSourceControlParameters = TypedDict(
    "UpdateJobFromSourceControlParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "Provider": S,
        "Provider.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryOwner": S,
        "RepositoryOwner.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Folder": S,
        "Folder.$": str,
        "CommitId": S,
        "CommitId.$": str,
        "AuthStrategy": S,
        "AuthStrategy.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
    },
    total=False,
)
UpdateMLTransformParameters = TypedDict(
    "UpdateMLTransformParameters",
    {
        "TransformId": S,
        "TransformId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Parameters": X[TransformParameters],
        "Parameters.$": str,
        "Role": S,
        "Role.$": str,
        "GlueVersion": S,
        "GlueVersion.$": str,
        "MaxCapacity": F,
        "MaxCapacity.$": str,
        "WorkerType": S,
        "WorkerType.$": str,
        "NumberOfWorkers": I,
        "NumberOfWorkers.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
    },
    total=False,
)
UpdatePartitionParameters = TypedDict(
    "UpdatePartitionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "PartitionValueList": L[Si],
        "PartitionValueList.$": str,
        "PartitionInput": X[PartitionInput],
        "PartitionInput.$": str,
    },
    total=False,
)
UpdateRegistryParameters = TypedDict(
    "UpdateRegistryParameters",
    {"RegistryId": X[RegistryId], "RegistryId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateSchemaParameters = TypedDict(
    "UpdateSchemaParameters",
    {
        "SchemaId": X[SchemaId],
        "SchemaId.$": str,
        "SchemaVersionNumber": X[SchemaVersionNumber],
        "SchemaVersionNumber.$": str,
        "Compatibility": S,
        "Compatibility.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateSourceControlFromJobParameters = TypedDict(
    "UpdateSourceControlFromJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "Provider": S,
        "Provider.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryOwner": S,
        "RepositoryOwner.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Folder": S,
        "Folder.$": str,
        "CommitId": S,
        "CommitId.$": str,
        "AuthStrategy": S,
        "AuthStrategy.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
    },
    total=False,
)

class SystemTableEncryptionConfiguration(TypedDict, total=False):
    EncryptionType: S
    KmsKeyArn: S

UpdateSystemTableParameters = TypedDict(
    "UpdateSystemTableParameters",
    {
        "SystemTableType": S,
        "SystemTableType.$": str,
        "Action": S,
        "Action.$": str,
        "EncryptionConfiguration": X[SystemTableEncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "AdditionalConfiguration": M[S],
        "AdditionalConfiguration.$": str,
    },
    total=False,
)

class IcebergEncryptedKey(TypedDict, total=False):
    KeyId: S
    EncryptedKeyMetadata: S
    EncryptedById: S
    Properties: M[S]

class IcebergTableUpdate(TypedDict, total=False):
    Schema: X[IcebergSchema]
    PartitionSpec: X[IcebergPartitionSpec]
    SortOrder: X[IcebergSortOrder]
    Location: S
    Properties: M[S]
    Action: S
    EncryptionKey: X[IcebergEncryptedKey]
    KeyId: S

class UpdateIcebergTableInput(TypedDict, total=False):
    Updates: L[Xi[IcebergTableUpdate]]

class UpdateIcebergInput(TypedDict, total=False):
    UpdateIcebergTableInput: X[UpdateIcebergTableInput]

class UpdateOpenTableFormatInput(TypedDict, total=False):
    UpdateIcebergInput: X[UpdateIcebergInput]

UpdateTableParameters = TypedDict(
    "UpdateTableParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Name": S,
        "Name.$": str,
        "TableInput": X[TableInput],
        "TableInput.$": str,
        "SkipArchive": B,
        "SkipArchive.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ViewUpdateAction": S,
        "ViewUpdateAction.$": str,
        "Force": B,
        "Force.$": str,
        "UpdateOpenTableFormatInput": X[UpdateOpenTableFormatInput],
        "UpdateOpenTableFormatInput.$": str,
    },
    total=False,
)
UpdateTableOptimizerParameters = TypedDict(
    "UpdateTableOptimizerParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Type": S,
        "Type.$": str,
        "TableOptimizerConfiguration": X[TableOptimizerConfiguration],
        "TableOptimizerConfiguration.$": str,
    },
    total=False,
)

class TriggerUpdate(TypedDict, total=False):
    Name: S
    Description: S
    Schedule: S
    Actions: L[Xi[Action]]
    Predicate: X[Predicate]
    EventBatchingCondition: X[EventBatchingCondition]

UpdateTriggerParameters = TypedDict(
    "UpdateTriggerParameters",
    {"Name": S, "Name.$": str, "TriggerUpdate": X[TriggerUpdate], "TriggerUpdate.$": str},
    total=False,
)
UpdateUsageProfileParameters = TypedDict(
    "UpdateUsageProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[ProfileConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateUserDefinedFunctionParameters = TypedDict(
    "UpdateUserDefinedFunctionParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
        "FunctionInput": X[UserDefinedFunctionInput],
        "FunctionInput.$": str,
    },
    total=False,
)
UpdateWorkflowParameters = TypedDict(
    "UpdateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultRunProperties": M[S],
        "DefaultRunProperties.$": str,
        "MaxConcurrentRuns": I,
        "MaxConcurrentRuns.$": str,
    },
    total=False,
)
associate_glossary_terms: Builder[AssociateGlossaryTermsParameters]
batch_create_partition: Builder[BatchCreatePartitionParameters]
batch_delete_connection: Builder[BatchDeleteConnectionParameters]
batch_delete_partition: Builder[BatchDeletePartitionParameters]
batch_delete_table: Builder[BatchDeleteTableParameters]
batch_delete_table_version: Builder[BatchDeleteTableVersionParameters]
batch_get_blueprints: Builder[BatchGetBlueprintsParameters]
batch_get_crawlers: Builder[BatchGetCrawlersParameters]
batch_get_custom_entity_types: Builder[BatchGetCustomEntityTypesParameters]
batch_get_data_quality_result: Builder[BatchGetDataQualityResultParameters]
batch_get_data_quality_result_v2: Builder[BatchGetDataQualityResultV2Parameters]
batch_get_data_quality_ruleset_evaluation_run: Builder[
    BatchGetDataQualityRulesetEvaluationRunParameters
]
batch_get_dev_endpoints: Builder[BatchGetDevEndpointsParameters]
batch_get_iterable_forms: Builder[BatchGetIterableFormsParameters]
batch_get_jobs: Builder[BatchGetJobsParameters]
batch_get_partition: Builder[BatchGetPartitionParameters]
batch_get_table_optimizer: Builder[BatchGetTableOptimizerParameters]
batch_get_triggers: Builder[BatchGetTriggersParameters]
batch_get_workflows: Builder[BatchGetWorkflowsParameters]
batch_put_data_quality_statistic_annotation: Builder[
    BatchPutDataQualityStatisticAnnotationParameters
]
batch_stop_job_run: Builder[BatchStopJobRunParameters]
batch_update_partition: Builder[BatchUpdatePartitionParameters]
cancel_data_quality_rule_recommendation_run: Builder[
    CancelDataQualityRuleRecommendationRunParameters
]
cancel_data_quality_ruleset_evaluation_run: Builder[CancelDataQualityRulesetEvaluationRunParameters]
cancel_ml_task_run: Builder[CancelMLTaskRunParameters]
cancel_statement: Builder[CancelStatementParameters]
check_schema_version_validity: Builder[CheckSchemaVersionValidityParameters]
create_blueprint: Builder[CreateBlueprintParameters]
create_catalog: Builder[CreateCatalogParameters]
create_classifier: Builder[CreateClassifierParameters]
create_column_statistics_task_settings: Builder[CreateColumnStatisticsTaskSettingsParameters]
create_connection: Builder[CreateConnectionParameters]
create_crawler: Builder[CreateCrawlerParameters]
create_custom_entity_type: Builder[CreateCustomEntityTypeParameters]
create_data_quality_evaluation_config: Builder[CreateDataQualityEvaluationConfigParameters]
create_data_quality_ruleset: Builder[CreateDataQualityRulesetParameters]
create_database: Builder[CreateDatabaseParameters]
create_dev_endpoint: Builder[CreateDevEndpointParameters]
create_glossary: Builder[CreateGlossaryParameters]
create_glossary_term: Builder[CreateGlossaryTermParameters]
create_glue_identity_center_configuration: Builder[CreateGlueIdentityCenterConfigurationParameters]
create_integration: Builder[CreateIntegrationParameters]
create_integration_resource_property: Builder[CreateIntegrationResourcePropertyParameters]
create_integration_table_properties: Builder[CreateIntegrationTablePropertiesParameters]
create_job: Builder[CreateJobParameters]
create_ml_transform: Builder[CreateMLTransformParameters]
create_partition: Builder[CreatePartitionParameters]
create_partition_index: Builder[CreatePartitionIndexParameters]
create_registry: Builder[CreateRegistryParameters]
create_schema: Builder[CreateSchemaParameters]
create_script: Builder[CreateScriptParameters]
create_security_configuration: Builder[CreateSecurityConfigurationParameters]
create_session: Builder[CreateSessionParameters]
create_table: Builder[CreateTableParameters]
create_table_optimizer: Builder[CreateTableOptimizerParameters]
create_trigger: Builder[CreateTriggerParameters]
create_usage_profile: Builder[CreateUsageProfileParameters]
create_user_defined_function: Builder[CreateUserDefinedFunctionParameters]
create_workflow: Builder[CreateWorkflowParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_attachment: Builder[DeleteAttachmentParameters]
delete_blueprint: Builder[DeleteBlueprintParameters]
delete_catalog: Builder[DeleteCatalogParameters]
delete_classifier: Builder[DeleteClassifierParameters]
delete_column_statistics_for_partition: Builder[DeleteColumnStatisticsForPartitionParameters]
delete_column_statistics_for_table: Builder[DeleteColumnStatisticsForTableParameters]
delete_column_statistics_task_settings: Builder[DeleteColumnStatisticsTaskSettingsParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_connection_type: Builder[DeleteConnectionTypeParameters]
delete_crawler: Builder[DeleteCrawlerParameters]
delete_custom_entity_type: Builder[DeleteCustomEntityTypeParameters]
delete_data_quality_evaluation_config: Builder[DeleteDataQualityEvaluationConfigParameters]
delete_data_quality_ruleset: Builder[DeleteDataQualityRulesetParameters]
delete_database: Builder[DeleteDatabaseParameters]
delete_dev_endpoint: Builder[DeleteDevEndpointParameters]
delete_form_type: Builder[DeleteFormTypeParameters]
delete_glossary: Builder[DeleteGlossaryParameters]
delete_glossary_term: Builder[DeleteGlossaryTermParameters]
delete_glue_identity_center_configuration: Builder[DeleteGlueIdentityCenterConfigurationParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_integration_resource_property: Builder[DeleteIntegrationResourcePropertyParameters]
delete_integration_table_properties: Builder[DeleteIntegrationTablePropertiesParameters]
delete_job: Builder[DeleteJobParameters]
delete_ml_transform: Builder[DeleteMLTransformParameters]
delete_partition: Builder[DeletePartitionParameters]
delete_partition_index: Builder[DeletePartitionIndexParameters]
delete_registry: Builder[DeleteRegistryParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_schema: Builder[DeleteSchemaParameters]
delete_schema_versions: Builder[DeleteSchemaVersionsParameters]
delete_security_configuration: Builder[DeleteSecurityConfigurationParameters]
delete_session: Builder[DeleteSessionParameters]
delete_table: Builder[DeleteTableParameters]
delete_table_optimizer: Builder[DeleteTableOptimizerParameters]
delete_table_version: Builder[DeleteTableVersionParameters]
delete_trigger: Builder[DeleteTriggerParameters]
delete_usage_profile: Builder[DeleteUsageProfileParameters]
delete_user_defined_function: Builder[DeleteUserDefinedFunctionParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
describe_connection_type: Builder[DescribeConnectionTypeParameters]
describe_entity: Builder[DescribeEntityParameters]
describe_inbound_integrations: Builder[DescribeInboundIntegrationsParameters]
describe_integrations: Builder[DescribeIntegrationsParameters]
disassociate_glossary_terms: Builder[DisassociateGlossaryTermsParameters]
get_asset: Builder[GetAssetParameters]
get_asset_type: Builder[GetAssetTypeParameters]
get_blueprint: Builder[GetBlueprintParameters]
get_blueprint_run: Builder[GetBlueprintRunParameters]
get_blueprint_runs: Builder[GetBlueprintRunsParameters]
get_catalog: Builder[GetCatalogParameters]
get_catalog_discovery: Builder[GetCatalogDiscoveryParameters]
get_catalog_import_status: Builder[GetCatalogImportStatusParameters]
get_catalogs: Builder[GetCatalogsParameters]
get_classifier: Builder[GetClassifierParameters]
get_classifiers: Builder[GetClassifiersParameters]
get_column_statistics_for_partition: Builder[GetColumnStatisticsForPartitionParameters]
get_column_statistics_for_table: Builder[GetColumnStatisticsForTableParameters]
get_column_statistics_task_run: Builder[GetColumnStatisticsTaskRunParameters]
get_column_statistics_task_runs: Builder[GetColumnStatisticsTaskRunsParameters]
get_column_statistics_task_settings: Builder[GetColumnStatisticsTaskSettingsParameters]
get_connection: Builder[GetConnectionParameters]
get_connections: Builder[GetConnectionsParameters]
get_crawler: Builder[GetCrawlerParameters]
get_crawler_metrics: Builder[GetCrawlerMetricsParameters]
get_crawlers: Builder[GetCrawlersParameters]
get_custom_entity_type: Builder[GetCustomEntityTypeParameters]
get_dashboard_url: Builder[GetDashboardUrlParameters]
get_data_catalog_encryption_settings: Builder[GetDataCatalogEncryptionSettingsParameters]
get_data_catalog_export_configuration: Builder[GetDataCatalogExportConfigurationParameters]
get_data_quality_evaluation_config: Builder[GetDataQualityEvaluationConfigParameters]
get_data_quality_model: Builder[GetDataQualityModelParameters]
get_data_quality_model_result: Builder[GetDataQualityModelResultParameters]
get_data_quality_result: Builder[GetDataQualityResultParameters]
get_data_quality_result_v2: Builder[GetDataQualityResultV2Parameters]
get_data_quality_rule_recommendation_run: Builder[GetDataQualityRuleRecommendationRunParameters]
get_data_quality_ruleset: Builder[GetDataQualityRulesetParameters]
get_data_quality_ruleset_evaluation_run: Builder[GetDataQualityRulesetEvaluationRunParameters]
get_database: Builder[GetDatabaseParameters]
get_databases: Builder[GetDatabasesParameters]
get_dataflow_graph: Builder[GetDataflowGraphParameters]
get_dev_endpoint: Builder[GetDevEndpointParameters]
get_dev_endpoints: Builder[GetDevEndpointsParameters]
get_entity_records: Builder[GetEntityRecordsParameters]
get_form_type: Builder[GetFormTypeParameters]
get_glossary: Builder[GetGlossaryParameters]
get_glossary_term: Builder[GetGlossaryTermParameters]
get_glue_identity_center_configuration: Builder[GetGlueIdentityCenterConfigurationParameters]
get_integration_resource_property: Builder[GetIntegrationResourcePropertyParameters]
get_integration_table_properties: Builder[GetIntegrationTablePropertiesParameters]
get_job: Builder[GetJobParameters]
get_job_bookmark: Builder[GetJobBookmarkParameters]
get_job_run: Builder[GetJobRunParameters]
get_job_runs: Builder[GetJobRunsParameters]
get_job_upgrade_analysis: Builder[GetJobUpgradeAnalysisParameters]
get_jobs: Builder[GetJobsParameters]
get_lineage_node: Builder[GetLineageNodeParameters]
get_ml_task_run: Builder[GetMLTaskRunParameters]
get_ml_task_runs: Builder[GetMLTaskRunsParameters]
get_ml_transform: Builder[GetMLTransformParameters]
get_ml_transforms: Builder[GetMLTransformsParameters]
get_mapping: Builder[GetMappingParameters]
get_materialized_view_refresh_task_run: Builder[GetMaterializedViewRefreshTaskRunParameters]
get_partition: Builder[GetPartitionParameters]
get_partition_indexes: Builder[GetPartitionIndexesParameters]
get_partitions: Builder[GetPartitionsParameters]
get_plan: Builder[GetPlanParameters]
get_registry: Builder[GetRegistryParameters]
get_resource_policies: Builder[GetResourcePoliciesParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_schema: Builder[GetSchemaParameters]
get_schema_by_definition: Builder[GetSchemaByDefinitionParameters]
get_schema_version: Builder[GetSchemaVersionParameters]
get_schema_versions_diff: Builder[GetSchemaVersionsDiffParameters]
get_security_configuration: Builder[GetSecurityConfigurationParameters]
get_security_configurations: Builder[GetSecurityConfigurationsParameters]
get_session: Builder[GetSessionParameters]
get_session_endpoint: Builder[GetSessionEndpointParameters]
get_statement: Builder[GetStatementParameters]
get_system_logs_for_job_run: Builder[GetSystemLogsForJobRunParameters]
get_system_logs_for_session: Builder[GetSystemLogsForSessionParameters]
get_system_table: Builder[GetSystemTableParameters]
get_table: Builder[GetTableParameters]
get_table_optimizer: Builder[GetTableOptimizerParameters]
get_table_version: Builder[GetTableVersionParameters]
get_table_versions: Builder[GetTableVersionsParameters]
get_tables: Builder[GetTablesParameters]
get_tags: Builder[GetTagsParameters]
get_trigger: Builder[GetTriggerParameters]
get_triggers: Builder[GetTriggersParameters]
get_unfiltered_partition_metadata: Builder[GetUnfilteredPartitionMetadataParameters]
get_unfiltered_partitions_metadata: Builder[GetUnfilteredPartitionsMetadataParameters]
get_unfiltered_table_metadata: Builder[GetUnfilteredTableMetadataParameters]
get_usage_profile: Builder[GetUsageProfileParameters]
get_user_defined_function: Builder[GetUserDefinedFunctionParameters]
get_user_defined_functions: Builder[GetUserDefinedFunctionsParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_run: Builder[GetWorkflowRunParameters]
get_workflow_run_properties: Builder[GetWorkflowRunPropertiesParameters]
get_workflow_runs: Builder[GetWorkflowRunsParameters]
import_catalog_to_glue: Builder[ImportCatalogToGlueParameters]
list_asset_types: Builder[ListAssetTypesParameters]
list_blueprints: Builder[ListBlueprintsParameters]
list_column_statistics_task_runs: Builder[ListColumnStatisticsTaskRunsParameters]
list_connection_types: Builder[ListConnectionTypesParameters]
list_crawlers: Builder[ListCrawlersParameters]
list_crawls: Builder[ListCrawlsParameters]
list_custom_entity_types: Builder[ListCustomEntityTypesParameters]
list_data_quality_evaluation_configs: Builder[ListDataQualityEvaluationConfigsParameters]
list_data_quality_results: Builder[ListDataQualityResultsParameters]
list_data_quality_results_v2: Builder[ListDataQualityResultsV2Parameters]
list_data_quality_rule_recommendation_runs: Builder[ListDataQualityRuleRecommendationRunsParameters]
list_data_quality_ruleset_evaluation_runs: Builder[ListDataQualityRulesetEvaluationRunsParameters]
list_data_quality_rulesets: Builder[ListDataQualityRulesetsParameters]
list_data_quality_statistic_annotations: Builder[ListDataQualityStatisticAnnotationsParameters]
list_data_quality_statistics: Builder[ListDataQualityStatisticsParameters]
list_dev_endpoints: Builder[ListDevEndpointsParameters]
list_entities: Builder[ListEntitiesParameters]
list_form_types: Builder[ListFormTypesParameters]
list_glossaries: Builder[ListGlossariesParameters]
list_glossary_terms: Builder[ListGlossaryTermsParameters]
list_integration_resource_properties: Builder[ListIntegrationResourcePropertiesParameters]
list_integration_table_properties: Builder[ListIntegrationTablePropertiesParameters]
list_iterable_forms: Builder[ListIterableFormsParameters]
list_jobs: Builder[ListJobsParameters]
list_ml_transforms: Builder[ListMLTransformsParameters]
list_materialized_view_refresh_task_runs: Builder[ListMaterializedViewRefreshTaskRunsParameters]
list_registries: Builder[ListRegistriesParameters]
list_schema_versions: Builder[ListSchemaVersionsParameters]
list_schemas: Builder[ListSchemasParameters]
list_sessions: Builder[ListSessionsParameters]
list_statements: Builder[ListStatementsParameters]
list_table_optimizer_runs: Builder[ListTableOptimizerRunsParameters]
list_triggers: Builder[ListTriggersParameters]
list_usage_profiles: Builder[ListUsageProfilesParameters]
list_workflows: Builder[ListWorkflowsParameters]
modify_integration: Builder[ModifyIntegrationParameters]
post_lineage_event: Builder[PostLineageEventParameters]
publish_data_quality_result_v2: Builder[PublishDataQualityResultV2Parameters]
put_asset: Builder[PutAssetParameters]
put_attachment: Builder[PutAttachmentParameters]
put_catalog_discovery: Builder[PutCatalogDiscoveryParameters]
put_data_catalog_encryption_settings: Builder[PutDataCatalogEncryptionSettingsParameters]
put_data_catalog_export_configuration: Builder[PutDataCatalogExportConfigurationParameters]
put_data_quality_profile_annotation: Builder[PutDataQualityProfileAnnotationParameters]
put_form_type: Builder[PutFormTypeParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_schema_version_metadata: Builder[PutSchemaVersionMetadataParameters]
put_workflow_run_properties: Builder[PutWorkflowRunPropertiesParameters]
query_schema_version_metadata: Builder[QuerySchemaVersionMetadataParameters]
register_connection_type: Builder[RegisterConnectionTypeParameters]
register_schema_version: Builder[RegisterSchemaVersionParameters]
remove_schema_version_metadata: Builder[RemoveSchemaVersionMetadataParameters]
reset_job_bookmark: Builder[ResetJobBookmarkParameters]
resume_workflow_run: Builder[ResumeWorkflowRunParameters]
run_statement: Builder[RunStatementParameters]
search_assets: Builder[SearchAssetsParameters]
search_tables: Builder[SearchTablesParameters]
start_blueprint_run: Builder[StartBlueprintRunParameters]
start_column_statistics_task_run: Builder[StartColumnStatisticsTaskRunParameters]
start_column_statistics_task_run_schedule: Builder[StartColumnStatisticsTaskRunScheduleParameters]
start_crawler: Builder[StartCrawlerParameters]
start_crawler_schedule: Builder[StartCrawlerScheduleParameters]
start_data_quality_rule_recommendation_run: Builder[StartDataQualityRuleRecommendationRunParameters]
start_data_quality_ruleset_evaluation_run: Builder[StartDataQualityRulesetEvaluationRunParameters]
start_export_labels_task_run: Builder[StartExportLabelsTaskRunParameters]
start_import_labels_task_run: Builder[StartImportLabelsTaskRunParameters]
start_job_run: Builder[StartJobRunParameters]
start_job_upgrade_analysis: Builder[StartJobUpgradeAnalysisParameters]
start_ml_evaluation_task_run: Builder[StartMLEvaluationTaskRunParameters]
start_ml_labeling_set_generation_task_run: Builder[StartMLLabelingSetGenerationTaskRunParameters]
start_materialized_view_refresh_task_run: Builder[StartMaterializedViewRefreshTaskRunParameters]
start_trigger: Builder[StartTriggerParameters]
start_workflow_run: Builder[StartWorkflowRunParameters]
stop_column_statistics_task_run: Builder[StopColumnStatisticsTaskRunParameters]
stop_column_statistics_task_run_schedule: Builder[StopColumnStatisticsTaskRunScheduleParameters]
stop_crawler: Builder[StopCrawlerParameters]
stop_crawler_schedule: Builder[StopCrawlerScheduleParameters]
stop_job_upgrade_analysis: Builder[StopJobUpgradeAnalysisParameters]
stop_materialized_view_refresh_task_run: Builder[StopMaterializedViewRefreshTaskRunParameters]
stop_session: Builder[StopSessionParameters]
stop_trigger: Builder[StopTriggerParameters]
stop_workflow_run: Builder[StopWorkflowRunParameters]
tag_resource: Builder[TagResourceParameters]
test_connection: Builder[TestConnectionParameters]
untag_resource: Builder[UntagResourceParameters]
update_asset: Builder[UpdateAssetParameters]
update_blueprint: Builder[UpdateBlueprintParameters]
update_catalog: Builder[UpdateCatalogParameters]
update_classifier: Builder[UpdateClassifierParameters]
update_column_statistics_for_partition: Builder[UpdateColumnStatisticsForPartitionParameters]
update_column_statistics_for_table: Builder[UpdateColumnStatisticsForTableParameters]
update_column_statistics_task_settings: Builder[UpdateColumnStatisticsTaskSettingsParameters]
update_connection: Builder[UpdateConnectionParameters]
update_crawler: Builder[UpdateCrawlerParameters]
update_crawler_schedule: Builder[UpdateCrawlerScheduleParameters]
update_data_quality_evaluation_config: Builder[UpdateDataQualityEvaluationConfigParameters]
update_data_quality_ruleset: Builder[UpdateDataQualityRulesetParameters]
update_database: Builder[UpdateDatabaseParameters]
update_dev_endpoint: Builder[UpdateDevEndpointParameters]
update_glossary: Builder[UpdateGlossaryParameters]
update_glossary_term: Builder[UpdateGlossaryTermParameters]
update_glue_identity_center_configuration: Builder[UpdateGlueIdentityCenterConfigurationParameters]
update_integration_resource_property: Builder[UpdateIntegrationResourcePropertyParameters]
update_integration_table_properties: Builder[UpdateIntegrationTablePropertiesParameters]
update_job: Builder[UpdateJobParameters]
update_job_from_source_control: Builder[UpdateJobFromSourceControlParameters]
update_ml_transform: Builder[UpdateMLTransformParameters]
update_partition: Builder[UpdatePartitionParameters]
update_registry: Builder[UpdateRegistryParameters]
update_schema: Builder[UpdateSchemaParameters]
update_source_control_from_job: Builder[UpdateSourceControlFromJobParameters]
update_system_table: Builder[UpdateSystemTableParameters]
update_table: Builder[UpdateTableParameters]
update_table_optimizer: Builder[UpdateTableOptimizerParameters]
update_trigger: Builder[UpdateTriggerParameters]
update_usage_profile: Builder[UpdateUsageProfileParameters]
update_user_defined_function: Builder[UpdateUserDefinedFunctionParameters]
update_workflow: Builder[UpdateWorkflowParameters]

__all__ = [
    "associate_glossary_terms",
    "batch_create_partition",
    "batch_delete_connection",
    "batch_delete_partition",
    "batch_delete_table",
    "batch_delete_table_version",
    "batch_get_blueprints",
    "batch_get_crawlers",
    "batch_get_custom_entity_types",
    "batch_get_data_quality_result",
    "batch_get_data_quality_result_v2",
    "batch_get_data_quality_ruleset_evaluation_run",
    "batch_get_dev_endpoints",
    "batch_get_iterable_forms",
    "batch_get_jobs",
    "batch_get_partition",
    "batch_get_table_optimizer",
    "batch_get_triggers",
    "batch_get_workflows",
    "batch_put_data_quality_statistic_annotation",
    "batch_stop_job_run",
    "batch_update_partition",
    "cancel_data_quality_rule_recommendation_run",
    "cancel_data_quality_ruleset_evaluation_run",
    "cancel_ml_task_run",
    "cancel_statement",
    "check_schema_version_validity",
    "create_blueprint",
    "create_catalog",
    "create_classifier",
    "create_column_statistics_task_settings",
    "create_connection",
    "create_crawler",
    "create_custom_entity_type",
    "create_data_quality_evaluation_config",
    "create_data_quality_ruleset",
    "create_database",
    "create_dev_endpoint",
    "create_glossary",
    "create_glossary_term",
    "create_glue_identity_center_configuration",
    "create_integration",
    "create_integration_resource_property",
    "create_integration_table_properties",
    "create_job",
    "create_ml_transform",
    "create_partition",
    "create_partition_index",
    "create_registry",
    "create_schema",
    "create_script",
    "create_security_configuration",
    "create_session",
    "create_table",
    "create_table_optimizer",
    "create_trigger",
    "create_usage_profile",
    "create_user_defined_function",
    "create_workflow",
    "delete_asset",
    "delete_attachment",
    "delete_blueprint",
    "delete_catalog",
    "delete_classifier",
    "delete_column_statistics_for_partition",
    "delete_column_statistics_for_table",
    "delete_column_statistics_task_settings",
    "delete_connection",
    "delete_connection_type",
    "delete_crawler",
    "delete_custom_entity_type",
    "delete_data_quality_evaluation_config",
    "delete_data_quality_ruleset",
    "delete_database",
    "delete_dev_endpoint",
    "delete_form_type",
    "delete_glossary",
    "delete_glossary_term",
    "delete_glue_identity_center_configuration",
    "delete_integration",
    "delete_integration_resource_property",
    "delete_integration_table_properties",
    "delete_job",
    "delete_ml_transform",
    "delete_partition",
    "delete_partition_index",
    "delete_registry",
    "delete_resource_policy",
    "delete_schema",
    "delete_schema_versions",
    "delete_security_configuration",
    "delete_session",
    "delete_table",
    "delete_table_optimizer",
    "delete_table_version",
    "delete_trigger",
    "delete_usage_profile",
    "delete_user_defined_function",
    "delete_workflow",
    "describe_connection_type",
    "describe_entity",
    "describe_inbound_integrations",
    "describe_integrations",
    "disassociate_glossary_terms",
    "get_asset",
    "get_asset_type",
    "get_blueprint",
    "get_blueprint_run",
    "get_blueprint_runs",
    "get_catalog",
    "get_catalog_discovery",
    "get_catalog_import_status",
    "get_catalogs",
    "get_classifier",
    "get_classifiers",
    "get_column_statistics_for_partition",
    "get_column_statistics_for_table",
    "get_column_statistics_task_run",
    "get_column_statistics_task_runs",
    "get_column_statistics_task_settings",
    "get_connection",
    "get_connections",
    "get_crawler",
    "get_crawler_metrics",
    "get_crawlers",
    "get_custom_entity_type",
    "get_dashboard_url",
    "get_data_catalog_encryption_settings",
    "get_data_catalog_export_configuration",
    "get_data_quality_evaluation_config",
    "get_data_quality_model",
    "get_data_quality_model_result",
    "get_data_quality_result",
    "get_data_quality_result_v2",
    "get_data_quality_rule_recommendation_run",
    "get_data_quality_ruleset",
    "get_data_quality_ruleset_evaluation_run",
    "get_database",
    "get_databases",
    "get_dataflow_graph",
    "get_dev_endpoint",
    "get_dev_endpoints",
    "get_entity_records",
    "get_form_type",
    "get_glossary",
    "get_glossary_term",
    "get_glue_identity_center_configuration",
    "get_integration_resource_property",
    "get_integration_table_properties",
    "get_job",
    "get_job_bookmark",
    "get_job_run",
    "get_job_runs",
    "get_job_upgrade_analysis",
    "get_jobs",
    "get_lineage_node",
    "get_mapping",
    "get_materialized_view_refresh_task_run",
    "get_ml_task_run",
    "get_ml_task_runs",
    "get_ml_transform",
    "get_ml_transforms",
    "get_partition",
    "get_partition_indexes",
    "get_partitions",
    "get_plan",
    "get_registry",
    "get_resource_policies",
    "get_resource_policy",
    "get_schema",
    "get_schema_by_definition",
    "get_schema_version",
    "get_schema_versions_diff",
    "get_security_configuration",
    "get_security_configurations",
    "get_session",
    "get_session_endpoint",
    "get_statement",
    "get_system_logs_for_job_run",
    "get_system_logs_for_session",
    "get_system_table",
    "get_table",
    "get_table_optimizer",
    "get_table_version",
    "get_table_versions",
    "get_tables",
    "get_tags",
    "get_trigger",
    "get_triggers",
    "get_unfiltered_partition_metadata",
    "get_unfiltered_partitions_metadata",
    "get_unfiltered_table_metadata",
    "get_usage_profile",
    "get_user_defined_function",
    "get_user_defined_functions",
    "get_workflow",
    "get_workflow_run",
    "get_workflow_run_properties",
    "get_workflow_runs",
    "import_catalog_to_glue",
    "list_asset_types",
    "list_blueprints",
    "list_column_statistics_task_runs",
    "list_connection_types",
    "list_crawlers",
    "list_crawls",
    "list_custom_entity_types",
    "list_data_quality_evaluation_configs",
    "list_data_quality_results",
    "list_data_quality_results_v2",
    "list_data_quality_rule_recommendation_runs",
    "list_data_quality_ruleset_evaluation_runs",
    "list_data_quality_rulesets",
    "list_data_quality_statistic_annotations",
    "list_data_quality_statistics",
    "list_dev_endpoints",
    "list_entities",
    "list_form_types",
    "list_glossaries",
    "list_glossary_terms",
    "list_integration_resource_properties",
    "list_integration_table_properties",
    "list_iterable_forms",
    "list_jobs",
    "list_materialized_view_refresh_task_runs",
    "list_ml_transforms",
    "list_registries",
    "list_schema_versions",
    "list_schemas",
    "list_sessions",
    "list_statements",
    "list_table_optimizer_runs",
    "list_triggers",
    "list_usage_profiles",
    "list_workflows",
    "modify_integration",
    "post_lineage_event",
    "publish_data_quality_result_v2",
    "put_asset",
    "put_attachment",
    "put_catalog_discovery",
    "put_data_catalog_encryption_settings",
    "put_data_catalog_export_configuration",
    "put_data_quality_profile_annotation",
    "put_form_type",
    "put_resource_policy",
    "put_schema_version_metadata",
    "put_workflow_run_properties",
    "query_schema_version_metadata",
    "register_connection_type",
    "register_schema_version",
    "remove_schema_version_metadata",
    "reset_job_bookmark",
    "resume_workflow_run",
    "run_statement",
    "search_assets",
    "search_tables",
    "start_blueprint_run",
    "start_column_statistics_task_run",
    "start_column_statistics_task_run_schedule",
    "start_crawler",
    "start_crawler_schedule",
    "start_data_quality_rule_recommendation_run",
    "start_data_quality_ruleset_evaluation_run",
    "start_export_labels_task_run",
    "start_import_labels_task_run",
    "start_job_run",
    "start_job_upgrade_analysis",
    "start_materialized_view_refresh_task_run",
    "start_ml_evaluation_task_run",
    "start_ml_labeling_set_generation_task_run",
    "start_trigger",
    "start_workflow_run",
    "stop_column_statistics_task_run",
    "stop_column_statistics_task_run_schedule",
    "stop_crawler",
    "stop_crawler_schedule",
    "stop_job_upgrade_analysis",
    "stop_materialized_view_refresh_task_run",
    "stop_session",
    "stop_trigger",
    "stop_workflow_run",
    "tag_resource",
    "test_connection",
    "untag_resource",
    "update_asset",
    "update_blueprint",
    "update_catalog",
    "update_classifier",
    "update_column_statistics_for_partition",
    "update_column_statistics_for_table",
    "update_column_statistics_task_settings",
    "update_connection",
    "update_crawler",
    "update_crawler_schedule",
    "update_data_quality_evaluation_config",
    "update_data_quality_ruleset",
    "update_database",
    "update_dev_endpoint",
    "update_glossary",
    "update_glossary_term",
    "update_glue_identity_center_configuration",
    "update_integration_resource_property",
    "update_integration_table_properties",
    "update_job",
    "update_job_from_source_control",
    "update_ml_transform",
    "update_partition",
    "update_registry",
    "update_schema",
    "update_source_control_from_job",
    "update_system_table",
    "update_table",
    "update_table_optimizer",
    "update_trigger",
    "update_usage_profile",
    "update_user_defined_function",
    "update_workflow",
]
