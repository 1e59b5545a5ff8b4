"""Typed builders of the AWS SDK integration of lakeformation (``aws-sdk:lakeformation:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class AnyResource(TypedDict, total=False):
    CatalogId: S
    ResourceType: S

class CatalogResource(TypedDict, total=False):
    Id: S

class DatabaseResource(TypedDict, total=False):
    CatalogId: S
    Name: S

class TableWildcard(TypedDict, total=False): ...

class TableResource(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    Name: S
    TableWildcard: X[TableWildcard]

class ColumnWildcard(TypedDict, total=False):
    ExcludedColumnNames: L[Si]

class TableWithColumnsResource(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    Name: S
    ColumnNames: L[Si]
    ColumnWildcard: X[ColumnWildcard]

class DataLocationResource(TypedDict, total=False):
    CatalogId: S
    ResourceArn: S

class DataCellsFilterResource(TypedDict, total=False):
    TableCatalogId: S
    DatabaseName: S
    TableName: S
    Name: S

class LFTagKeyResource(TypedDict, total=False):
    CatalogId: S
    TagKey: S
    TagValues: L[Si]

class LFTag(TypedDict, total=False):
    TagKey: S
    TagValues: L[Si]

class LFTagPolicyResource(TypedDict, total=False):
    CatalogId: S
    ResourceType: S
    Expression: L[Xi[LFTag]]
    ExpressionName: S

class LFTagExpressionResource(TypedDict, total=False):
    CatalogId: S
    Name: S

class RLSPolicyResource(TypedDict, total=False):
    CatalogId: S
    Name: S

class UserDefinedFunctionWildcard(TypedDict, total=False): ...

class UserDefinedFunctionResource(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    Name: S
    UserDefinedFunctionWildcard: X[UserDefinedFunctionWildcard]

class Resource(TypedDict, total=False):
    AnyResource: X[AnyResource]
    Catalog: X[CatalogResource]
    Database: X[DatabaseResource]
    Table: X[TableResource]
    TableWithColumns: X[TableWithColumnsResource]
    DataLocation: X[DataLocationResource]
    DataCellsFilter: X[DataCellsFilterResource]
    LfTag: X[LFTagKeyResource]
    LfTagPolicy: X[LFTagPolicyResource]
    LfTagExpression: X[LFTagExpressionResource]
    RlsPolicy: X[RLSPolicyResource]
    UserDefinedFunction: X[UserDefinedFunctionResource]

class LFTagPair(TypedDict, total=False):
    CatalogId: S
    TagKey: S
    TagValues: L[Si]

AddLFTagsToResourceParameters = TypedDict(
    "AddLFTagsToResourceParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "LfTags": L[Xi[LFTagPair]],
        "LfTags.$": str,
    },
    total=False,
)

class DataLakePrincipal(TypedDict, total=False):
    DataLakePrincipalIdentifier: S

class ContextAttribute(TypedDict, total=False):
    Key: S
    Value: S
    ProviderType: S

AnalyzeAccessParameters = TypedDict(
    "AnalyzeAccessParameters",
    {
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "ContextAttributes": L[Xi[ContextAttribute]],
        "ContextAttributes.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
    },
    total=False,
)
AssumeDecoratedRoleWithSAMLParameters = TypedDict(
    "AssumeDecoratedRoleWithSAMLParameters",
    {
        "SamlAssertion": S,
        "SamlAssertion.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    Expression: S

AttachRLSPolicyParameters = TypedDict(
    "AttachRLSPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
        "SetDefault": B,
        "SetDefault.$": str,
    },
    total=False,
)

class BatchPermissionsRequestEntry(TypedDict, total=False):
    Id: S
    Principal: X[DataLakePrincipal]
    Resource: X[Resource]
    Permissions: L[Si]
    Condition: X[Condition]
    PermissionsWithGrantOption: L[Si]

BatchGrantPermissionsParameters = TypedDict(
    "BatchGrantPermissionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Entries": L[Xi[BatchPermissionsRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
BatchRevokePermissionsParameters = TypedDict(
    "BatchRevokePermissionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Entries": L[Xi[BatchPermissionsRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
CancelTransactionParameters = TypedDict(
    "CancelTransactionParameters", {"TransactionId": S, "TransactionId.$": str}, total=False
)
CommitTransactionParameters = TypedDict(
    "CommitTransactionParameters", {"TransactionId": S, "TransactionId.$": str}, total=False
)

class AllRowsWildcard(TypedDict, total=False): ...

class RowFilter(TypedDict, total=False):
    FilterExpression: S
    AllRowsWildcard: X[AllRowsWildcard]

class DataCellsFilter(TypedDict, total=False):
    TableCatalogId: S
    DatabaseName: S
    TableName: S
    Name: S
    RowFilter: X[RowFilter]
    ColumnNames: L[Si]
    ColumnWildcard: X[ColumnWildcard]
    VersionId: S

CreateDataCellsFilterParameters = TypedDict(
    "CreateDataCellsFilterParameters",
    {"TableData": X[DataCellsFilter], "TableData.$": str},
    total=False,
)
CreateLFTagParameters = TypedDict(
    "CreateLFTagParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "TagKey": S,
        "TagKey.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
CreateLFTagExpressionParameters = TypedDict(
    "CreateLFTagExpressionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "Expression": L[Xi[LFTag]],
        "Expression.$": str,
    },
    total=False,
)

class ExternalFilteringConfiguration(TypedDict, total=False):
    Status: S
    AuthorizedTargets: L[Si]

class RedshiftConnect(TypedDict, total=False):
    Authorization: S

class RedshiftScopeUnion(TypedDict, total=False):
    RedshiftConnect: X[RedshiftConnect]

class ServiceIntegrationUnion(TypedDict, total=False):
    Redshift: L[Xi[RedshiftScopeUnion]]

CreateLakeFormationIdentityCenterConfigurationParameters = TypedDict(
    "CreateLakeFormationIdentityCenterConfigurationParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ExternalFiltering": X[ExternalFilteringConfiguration],
        "ExternalFiltering.$": str,
        "ShareRecipients": L[Xi[DataLakePrincipal]],
        "ShareRecipients.$": str,
        "ServiceIntegrations": L[Xi[ServiceIntegrationUnion]],
        "ServiceIntegrations.$": str,
    },
    total=False,
)
CreateLakeFormationOptInParameters = TypedDict(
    "CreateLakeFormationOptInParameters",
    {
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
    },
    total=False,
)

class Column(TypedDict, total=False):
    Name: S
    Type: S

CreateRLSPolicyParameters = TypedDict(
    "CreateRLSPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "AttachmentColumns": L[Xi[Column]],
        "AttachmentColumns.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
    },
    total=False,
)
DeleteDataCellsFilterParameters = TypedDict(
    "DeleteDataCellsFilterParameters",
    {
        "TableCatalogId": S,
        "TableCatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteLFTagParameters = TypedDict(
    "DeleteLFTagParameters",
    {"CatalogId": S, "CatalogId.$": str, "TagKey": S, "TagKey.$": str},
    total=False,
)
DeleteLFTagExpressionParameters = TypedDict(
    "DeleteLFTagExpressionParameters",
    {"Name": S, "Name.$": str, "CatalogId": S, "CatalogId.$": str},
    total=False,
)
DeleteLakeFormationIdentityCenterConfigurationParameters = TypedDict(
    "DeleteLakeFormationIdentityCenterConfigurationParameters",
    {"CatalogId": S, "CatalogId.$": str},
    total=False,
)
DeleteLakeFormationOptInParameters = TypedDict(
    "DeleteLakeFormationOptInParameters",
    {
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
    },
    total=False,
)

class VirtualObject(TypedDict, total=False):
    Uri: S
    ETag: S

DeleteObjectsOnCancelParameters = TypedDict(
    "DeleteObjectsOnCancelParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "Objects": L[Xi[VirtualObject]],
        "Objects.$": str,
    },
    total=False,
)
DeleteRLSPolicyParameters = TypedDict(
    "DeleteRLSPolicyParameters", {"Name": S, "Name.$": str}, total=False
)
DeregisterResourceParameters = TypedDict(
    "DeregisterResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeLakeFormationIdentityCenterConfigurationParameters = TypedDict(
    "DescribeLakeFormationIdentityCenterConfigurationParameters",
    {"CatalogId": S, "CatalogId.$": str},
    total=False,
)
DescribeResourceParameters = TypedDict(
    "DescribeResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeTransactionParameters = TypedDict(
    "DescribeTransactionParameters", {"TransactionId": S, "TransactionId.$": str}, total=False
)
DetachRLSPolicyParameters = TypedDict(
    "DetachRLSPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
        "RemoveDefault": B,
        "RemoveDefault.$": str,
    },
    total=False,
)
ExtendTransactionParameters = TypedDict(
    "ExtendTransactionParameters", {"TransactionId": S, "TransactionId.$": str}, total=False
)
GetDataCellsFilterParameters = TypedDict(
    "GetDataCellsFilterParameters",
    {
        "TableCatalogId": S,
        "TableCatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class GetDataLakePrincipalParameters(TypedDict, total=False): ...

GetDataLakeSettingsParameters = TypedDict(
    "GetDataLakeSettingsParameters", {"CatalogId": S, "CatalogId.$": str}, total=False
)
GetEffectivePermissionsForPathParameters = TypedDict(
    "GetEffectivePermissionsForPathParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetGlueFunctionSessionContextParameters = TypedDict(
    "GetGlueFunctionSessionContextParameters",
    {
        "UserDefinedFunctionArns": L[Si],
        "UserDefinedFunctionArns.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
    },
    total=False,
)
GetLFTagParameters = TypedDict(
    "GetLFTagParameters",
    {"CatalogId": S, "CatalogId.$": str, "TagKey": S, "TagKey.$": str},
    total=False,
)
GetLFTagExpressionParameters = TypedDict(
    "GetLFTagExpressionParameters",
    {"Name": S, "Name.$": str, "CatalogId": S, "CatalogId.$": str},
    total=False,
)
GetQueryStateParameters = TypedDict(
    "GetQueryStateParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
GetQueryStatisticsParameters = TypedDict(
    "GetQueryStatisticsParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
GetRLSPolicyParameters = TypedDict(
    "GetRLSPolicyParameters", {"Name": S, "Name.$": str}, total=False
)
GetResourceLFTagsParameters = TypedDict(
    "GetResourceLFTagsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "ShowAssignedLFTags": B,
        "ShowAssignedLFTags.$": str,
    },
    total=False,
)
GetTableObjectsParameters = TypedDict(
    "GetTableObjectsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "QueryAsOfTime": T,
        "QueryAsOfTime.$": str,
        "PartitionPredicate": S,
        "PartitionPredicate.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AuditContext(TypedDict, total=False):
    AdditionalAuditContext: S

GetTemporaryDataLocationCredentialsParameters = TypedDict(
    "GetTemporaryDataLocationCredentialsParameters",
    {
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "DataLocations": L[Si],
        "DataLocations.$": str,
        "CredentialsScope": S,
        "CredentialsScope.$": str,
    },
    total=False,
)
GetTemporaryGlueFunctionCredentialsParameters = TypedDict(
    "GetTemporaryGlueFunctionCredentialsParameters",
    {
        "UserDefinedFunctionArn": S,
        "UserDefinedFunctionArn.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
    },
    total=False,
)

class PartitionValueList(TypedDict, total=False):
    Values: L[Si]

GetTemporaryGluePartitionCredentialsParameters = TypedDict(
    "GetTemporaryGluePartitionCredentialsParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "Partition": X[PartitionValueList],
        "Partition.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "SupportedPermissionTypes": L[Si],
        "SupportedPermissionTypes.$": str,
    },
    total=False,
)

class QuerySessionContext(TypedDict, total=False):
    QueryId: S
    QueryStartTime: T
    ClusterId: S
    QueryAuthorizationId: S
    AdditionalContext: M[S]

GetTemporaryGlueTableCredentialsParameters = TypedDict(
    "GetTemporaryGlueTableCredentialsParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AuditContext": X[AuditContext],
        "AuditContext.$": str,
        "SupportedPermissionTypes": L[Si],
        "SupportedPermissionTypes.$": str,
        "S3Path": S,
        "S3Path.$": str,
        "QuerySessionContext": X[QuerySessionContext],
        "QuerySessionContext.$": str,
    },
    total=False,
)
GetWorkUnitResultsParameters = TypedDict(
    "GetWorkUnitResultsParameters",
    {
        "QueryId": S,
        "QueryId.$": str,
        "WorkUnitId": I,
        "WorkUnitId.$": str,
        "WorkUnitToken": S,
        "WorkUnitToken.$": str,
    },
    total=False,
)
GetWorkUnitsParameters = TypedDict(
    "GetWorkUnitsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "QueryId": S,
        "QueryId.$": str,
    },
    total=False,
)
GrantPermissionsParameters = TypedDict(
    "GrantPermissionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
        "PermissionsWithGrantOption": L[Si],
        "PermissionsWithGrantOption.$": str,
    },
    total=False,
)
ListDataCellsFilterParameters = TypedDict(
    "ListDataCellsFilterParameters",
    {
        "Table": X[TableResource],
        "Table.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLFTagExpressionsParameters = TypedDict(
    "ListLFTagExpressionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLFTagsParameters = TypedDict(
    "ListLFTagsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "ResourceShareType": S,
        "ResourceShareType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLakeFormationOptInsParameters = TypedDict(
    "ListLakeFormationOptInsParameters",
    {
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPermissionsParameters = TypedDict(
    "ListPermissionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeRelated": S,
        "IncludeRelated.$": str,
    },
    total=False,
)
ListRLSPoliciesParameters = TypedDict(
    "ListRLSPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRLSPolicyAttachmentsParameters = TypedDict(
    "ListRLSPolicyAttachmentsParameters",
    {
        "Resource": X[Resource],
        "Resource.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class FilterCondition(TypedDict, total=False):
    Field: S
    ComparisonOperator: S
    StringValueList: L[Si]

ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "FilterConditionList": L[Xi[FilterCondition]],
        "FilterConditionList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTableStorageOptimizersParameters = TypedDict(
    "ListTableStorageOptimizersParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "StorageOptimizerType": S,
        "StorageOptimizerType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTransactionsParameters = TypedDict(
    "ListTransactionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class PrincipalPermissions(TypedDict, total=False):
    Principal: X[DataLakePrincipal]
    Permissions: L[Si]

class IdpSettings(TypedDict, total=False):
    Scope: L[Xi[DataLakePrincipal]]
    UseIAMRoleGrants: B

class DataLakeSettings(TypedDict, total=False):
    DataLakeAdmins: L[Xi[DataLakePrincipal]]
    ReadOnlyAdmins: L[Xi[DataLakePrincipal]]
    CreateDatabaseDefaultPermissions: L[Xi[PrincipalPermissions]]
    CreateTableDefaultPermissions: L[Xi[PrincipalPermissions]]
    Parameters: M[S]
    TrustedResourceOwners: L[Si]
    AllowExternalDataFiltering: B
    AllowFullTableExternalDataAccess: B
    ExternalDataFilteringAllowList: L[Xi[DataLakePrincipal]]
    AuthorizedSessionTagValueList: L[Si]
    IdpSettings: X[IdpSettings]

PutDataLakeSettingsParameters = TypedDict(
    "PutDataLakeSettingsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DataLakeSettings": X[DataLakeSettings],
        "DataLakeSettings.$": str,
    },
    total=False,
)
RegisterResourceParameters = TypedDict(
    "RegisterResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "UseServiceLinkedRole": B,
        "UseServiceLinkedRole.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "WithFederation": B,
        "WithFederation.$": str,
        "HybridAccessEnabled": B,
        "HybridAccessEnabled.$": str,
        "WithPrivilegedAccess": B,
        "WithPrivilegedAccess.$": str,
        "ExpectedResourceOwnerAccount": S,
        "ExpectedResourceOwnerAccount.$": str,
    },
    total=False,
)
RemoveLFTagsFromResourceParameters = TypedDict(
    "RemoveLFTagsFromResourceParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "LfTags": L[Xi[LFTagPair]],
        "LfTags.$": str,
    },
    total=False,
)
RevokePermissionsParameters = TypedDict(
    "RevokePermissionsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "Principal": X[DataLakePrincipal],
        "Principal.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
        "PermissionsWithGrantOption": L[Si],
        "PermissionsWithGrantOption.$": str,
    },
    total=False,
)
SearchDatabasesByLFTagsParameters = TypedDict(
    "SearchDatabasesByLFTagsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "Expression": L[Xi[LFTag]],
        "Expression.$": str,
    },
    total=False,
)
SearchTablesByLFTagsParameters = TypedDict(
    "SearchTablesByLFTagsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "Expression": L[Xi[LFTag]],
        "Expression.$": str,
    },
    total=False,
)

class QueryPlanningContext(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    QueryAsOfTime: T
    QueryParameters: M[S]
    TransactionId: S

StartQueryPlanningParameters = TypedDict(
    "StartQueryPlanningParameters",
    {
        "QueryPlanningContext": X[QueryPlanningContext],
        "QueryPlanningContext.$": str,
        "QueryString": S,
        "QueryString.$": str,
    },
    total=False,
)
StartTransactionParameters = TypedDict(
    "StartTransactionParameters", {"TransactionType": S, "TransactionType.$": str}, total=False
)
UpdateDataCellsFilterParameters = TypedDict(
    "UpdateDataCellsFilterParameters",
    {"TableData": X[DataCellsFilter], "TableData.$": str},
    total=False,
)
UpdateLFTagParameters = TypedDict(
    "UpdateLFTagParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "TagKey": S,
        "TagKey.$": str,
        "TagValuesToDelete": L[Si],
        "TagValuesToDelete.$": str,
        "TagValuesToAdd": L[Si],
        "TagValuesToAdd.$": str,
    },
    total=False,
)
UpdateLFTagExpressionParameters = TypedDict(
    "UpdateLFTagExpressionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CatalogId": S,
        "CatalogId.$": str,
        "Expression": L[Xi[LFTag]],
        "Expression.$": str,
    },
    total=False,
)
UpdateLakeFormationIdentityCenterConfigurationParameters = TypedDict(
    "UpdateLakeFormationIdentityCenterConfigurationParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "ShareRecipients": L[Xi[DataLakePrincipal]],
        "ShareRecipients.$": str,
        "ServiceIntegrations": L[Xi[ServiceIntegrationUnion]],
        "ServiceIntegrations.$": str,
        "ApplicationStatus": S,
        "ApplicationStatus.$": str,
        "ExternalFiltering": X[ExternalFilteringConfiguration],
        "ExternalFiltering.$": str,
    },
    total=False,
)
UpdateRLSPolicyParameters = TypedDict(
    "UpdateRLSPolicyParameters",
    {"Name": S, "Name.$": str, "FilterExpression": S, "FilterExpression.$": str},
    total=False,
)
UpdateResourceParameters = TypedDict(
    "UpdateResourceParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "WithFederation": B,
        "WithFederation.$": str,
        "HybridAccessEnabled": B,
        "HybridAccessEnabled.$": str,
        "ExpectedResourceOwnerAccount": S,
        "ExpectedResourceOwnerAccount.$": str,
    },
    total=False,
)

class AddObjectInput(TypedDict, total=False):
    Uri: S
    ETag: S
    Size: I
    PartitionValues: L[Si]

class DeleteObjectInput(TypedDict, total=False):
    Uri: S
    ETag: S
    PartitionValues: L[Si]

class WriteOperation(TypedDict, total=False):
    AddObject: X[AddObjectInput]
    DeleteObject: X[DeleteObjectInput]

UpdateTableObjectsParameters = TypedDict(
    "UpdateTableObjectsParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "TransactionId": S,
        "TransactionId.$": str,
        "WriteOperations": L[Xi[WriteOperation]],
        "WriteOperations.$": str,
    },
    total=False,
)
UpdateTableStorageOptimizerParameters = TypedDict(
    "UpdateTableStorageOptimizerParameters",
    {
        "CatalogId": S,
        "CatalogId.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "StorageOptimizerConfig": M[M[S]],
        "StorageOptimizerConfig.$": str,
    },
    total=False,
)
add_lf_tags_to_resource: Builder[AddLFTagsToResourceParameters]
analyze_access: Builder[AnalyzeAccessParameters]
assume_decorated_role_with_saml: Builder[AssumeDecoratedRoleWithSAMLParameters]
attach_rls_policy: Builder[AttachRLSPolicyParameters]
batch_grant_permissions: Builder[BatchGrantPermissionsParameters]
batch_revoke_permissions: Builder[BatchRevokePermissionsParameters]
cancel_transaction: Builder[CancelTransactionParameters]
commit_transaction: Builder[CommitTransactionParameters]
create_data_cells_filter: Builder[CreateDataCellsFilterParameters]
create_lf_tag: Builder[CreateLFTagParameters]
create_lf_tag_expression: Builder[CreateLFTagExpressionParameters]
create_lake_formation_identity_center_configuration: Builder[
    CreateLakeFormationIdentityCenterConfigurationParameters
]
create_lake_formation_opt_in: Builder[CreateLakeFormationOptInParameters]
create_rls_policy: Builder[CreateRLSPolicyParameters]
delete_data_cells_filter: Builder[DeleteDataCellsFilterParameters]
delete_lf_tag: Builder[DeleteLFTagParameters]
delete_lf_tag_expression: Builder[DeleteLFTagExpressionParameters]
delete_lake_formation_identity_center_configuration: Builder[
    DeleteLakeFormationIdentityCenterConfigurationParameters
]
delete_lake_formation_opt_in: Builder[DeleteLakeFormationOptInParameters]
delete_objects_on_cancel: Builder[DeleteObjectsOnCancelParameters]
delete_rls_policy: Builder[DeleteRLSPolicyParameters]
deregister_resource: Builder[DeregisterResourceParameters]
describe_lake_formation_identity_center_configuration: Builder[
    DescribeLakeFormationIdentityCenterConfigurationParameters
]
describe_resource: Builder[DescribeResourceParameters]
describe_transaction: Builder[DescribeTransactionParameters]
detach_rls_policy: Builder[DetachRLSPolicyParameters]
extend_transaction: Builder[ExtendTransactionParameters]
get_data_cells_filter: Builder[GetDataCellsFilterParameters]
get_data_lake_principal: Builder[GetDataLakePrincipalParameters]
get_data_lake_settings: Builder[GetDataLakeSettingsParameters]
get_effective_permissions_for_path: Builder[GetEffectivePermissionsForPathParameters]
get_glue_function_session_context: Builder[GetGlueFunctionSessionContextParameters]
get_lf_tag: Builder[GetLFTagParameters]
get_lf_tag_expression: Builder[GetLFTagExpressionParameters]
get_query_state: Builder[GetQueryStateParameters]
get_query_statistics: Builder[GetQueryStatisticsParameters]
get_rls_policy: Builder[GetRLSPolicyParameters]
get_resource_lf_tags: Builder[GetResourceLFTagsParameters]
get_table_objects: Builder[GetTableObjectsParameters]
get_temporary_data_location_credentials: Builder[GetTemporaryDataLocationCredentialsParameters]
get_temporary_glue_function_credentials: Builder[GetTemporaryGlueFunctionCredentialsParameters]
get_temporary_glue_partition_credentials: Builder[GetTemporaryGluePartitionCredentialsParameters]
get_temporary_glue_table_credentials: Builder[GetTemporaryGlueTableCredentialsParameters]
get_work_unit_results: Builder[GetWorkUnitResultsParameters]
get_work_units: Builder[GetWorkUnitsParameters]
grant_permissions: Builder[GrantPermissionsParameters]
list_data_cells_filter: Builder[ListDataCellsFilterParameters]
list_lf_tag_expressions: Builder[ListLFTagExpressionsParameters]
list_lf_tags: Builder[ListLFTagsParameters]
list_lake_formation_opt_ins: Builder[ListLakeFormationOptInsParameters]
list_permissions: Builder[ListPermissionsParameters]
list_rls_policies: Builder[ListRLSPoliciesParameters]
list_rls_policy_attachments: Builder[ListRLSPolicyAttachmentsParameters]
list_resources: Builder[ListResourcesParameters]
list_table_storage_optimizers: Builder[ListTableStorageOptimizersParameters]
list_transactions: Builder[ListTransactionsParameters]
put_data_lake_settings: Builder[PutDataLakeSettingsParameters]
register_resource: Builder[RegisterResourceParameters]
remove_lf_tags_from_resource: Builder[RemoveLFTagsFromResourceParameters]
revoke_permissions: Builder[RevokePermissionsParameters]
search_databases_by_lf_tags: Builder[SearchDatabasesByLFTagsParameters]
search_tables_by_lf_tags: Builder[SearchTablesByLFTagsParameters]
start_query_planning: Builder[StartQueryPlanningParameters]
start_transaction: Builder[StartTransactionParameters]
update_data_cells_filter: Builder[UpdateDataCellsFilterParameters]
update_lf_tag: Builder[UpdateLFTagParameters]
update_lf_tag_expression: Builder[UpdateLFTagExpressionParameters]
update_lake_formation_identity_center_configuration: Builder[
    UpdateLakeFormationIdentityCenterConfigurationParameters
]
update_rls_policy: Builder[UpdateRLSPolicyParameters]
update_resource: Builder[UpdateResourceParameters]
update_table_objects: Builder[UpdateTableObjectsParameters]
update_table_storage_optimizer: Builder[UpdateTableStorageOptimizerParameters]

__all__ = [
    "add_lf_tags_to_resource",
    "analyze_access",
    "assume_decorated_role_with_saml",
    "attach_rls_policy",
    "batch_grant_permissions",
    "batch_revoke_permissions",
    "cancel_transaction",
    "commit_transaction",
    "create_data_cells_filter",
    "create_lake_formation_identity_center_configuration",
    "create_lake_formation_opt_in",
    "create_lf_tag",
    "create_lf_tag_expression",
    "create_rls_policy",
    "delete_data_cells_filter",
    "delete_lake_formation_identity_center_configuration",
    "delete_lake_formation_opt_in",
    "delete_lf_tag",
    "delete_lf_tag_expression",
    "delete_objects_on_cancel",
    "delete_rls_policy",
    "deregister_resource",
    "describe_lake_formation_identity_center_configuration",
    "describe_resource",
    "describe_transaction",
    "detach_rls_policy",
    "extend_transaction",
    "get_data_cells_filter",
    "get_data_lake_principal",
    "get_data_lake_settings",
    "get_effective_permissions_for_path",
    "get_glue_function_session_context",
    "get_lf_tag",
    "get_lf_tag_expression",
    "get_query_state",
    "get_query_statistics",
    "get_resource_lf_tags",
    "get_rls_policy",
    "get_table_objects",
    "get_temporary_data_location_credentials",
    "get_temporary_glue_function_credentials",
    "get_temporary_glue_partition_credentials",
    "get_temporary_glue_table_credentials",
    "get_work_unit_results",
    "get_work_units",
    "grant_permissions",
    "list_data_cells_filter",
    "list_lake_formation_opt_ins",
    "list_lf_tag_expressions",
    "list_lf_tags",
    "list_permissions",
    "list_resources",
    "list_rls_policies",
    "list_rls_policy_attachments",
    "list_table_storage_optimizers",
    "list_transactions",
    "put_data_lake_settings",
    "register_resource",
    "remove_lf_tags_from_resource",
    "revoke_permissions",
    "search_databases_by_lf_tags",
    "search_tables_by_lf_tags",
    "start_query_planning",
    "start_transaction",
    "update_data_cells_filter",
    "update_lake_formation_identity_center_configuration",
    "update_lf_tag",
    "update_lf_tag_expression",
    "update_resource",
    "update_rls_policy",
    "update_table_objects",
    "update_table_storage_optimizer",
]
