"""Typed builders of the AWS SDK integration of dynamodb (``aws-sdk:dynamodb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, Mi, S, Si, T, X, Xi

class AttributeValue(TypedDict, total=False):
    S: S
    N: S
    B: S
    Ss: L[Si]
    Ns: L[Si]
    Bs: L[Si]
    M: M[X[AttributeValue]]
    L: L[Xi[AttributeValue]]
    NullValue: B
    Bool: B

class BatchStatementRequest(TypedDict, total=False):
    Statement: S
    Parameters: L[Xi[AttributeValue]]
    ConsistentRead: B
    ReturnValuesOnConditionCheckFailure: S

BatchExecuteStatementParameters = TypedDict(
    "BatchExecuteStatementParameters",
    {
        "Statements": L[Xi[BatchStatementRequest]],
        "Statements.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
    },
    total=False,
)

class KeysAndAttributes(TypedDict, total=False):
    Keys: L[Mi[X[AttributeValue]]]
    AttributesToGet: L[Si]
    ConsistentRead: B
    ProjectionExpression: S
    ExpressionAttributeNames: M[S]

BatchGetItemParameters = TypedDict(
    "BatchGetItemParameters",
    {
        "RequestItems": M[X[KeysAndAttributes]],
        "RequestItems.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
    },
    total=False,
)

class PutRequest(TypedDict, total=False):
    Item: M[X[AttributeValue]]

class DeleteRequest(TypedDict, total=False):
    Key: M[X[AttributeValue]]

class WriteRequest(TypedDict, total=False):
    PutRequest: X[PutRequest]
    DeleteRequest: X[DeleteRequest]

BatchWriteItemParameters = TypedDict(
    "BatchWriteItemParameters",
    {
        "RequestItems": M[L[Xi[WriteRequest]]],
        "RequestItems.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ReturnItemCollectionMetrics": S,
        "ReturnItemCollectionMetrics.$": str,
    },
    total=False,
)
CancelBulkOperationParameters = TypedDict(
    "CancelBulkOperationParameters", {"BulkOperationArn": S, "BulkOperationArn.$": str}, total=False
)
CreateBackupParameters = TypedDict(
    "CreateBackupParameters",
    {"TableName": S, "TableName.$": str, "BackupName": S, "BackupName.$": str},
    total=False,
)

class Replica(TypedDict, total=False):
    RegionName: S

CreateGlobalTableParameters = TypedDict(
    "CreateGlobalTableParameters",
    {
        "GlobalTableName": S,
        "GlobalTableName.$": str,
        "ReplicationGroup": L[Xi[Replica]],
        "ReplicationGroup.$": str,
    },
    total=False,
)

class AttributeDefinition(TypedDict, total=False):
    AttributeName: S
    AttributeType: S

class KeySchemaElement(TypedDict, total=False):
    AttributeName: S
    KeyType: S

class Projection(TypedDict, total=False):
    ProjectionType: S
    NonKeyAttributes: L[Si]

class LocalSecondaryIndex(TypedDict, total=False):
    IndexName: S
    KeySchema: L[Xi[KeySchemaElement]]
    Projection: X[Projection]

class ProvisionedThroughput(TypedDict, total=False):
    ReadCapacityUnits: I
    WriteCapacityUnits: I

class OnDemandThroughput(TypedDict, total=False):
    MaxReadRequestUnits: I
    MaxWriteRequestUnits: I

class WarmThroughput(TypedDict, total=False):
    ReadUnitsPerSecond: I
    WriteUnitsPerSecond: I

class GlobalSecondaryIndex(TypedDict, total=False):
    IndexName: S
    KeySchema: L[Xi[KeySchemaElement]]
    Projection: X[Projection]
    ProvisionedThroughput: X[ProvisionedThroughput]
    OnDemandThroughput: X[OnDemandThroughput]
    WarmThroughput: X[WarmThroughput]

class StreamSpecification(TypedDict, total=False):
    StreamEnabled: B
    StreamViewType: S

class SSESpecification(TypedDict, total=False):
    Enabled: B
    SseType: S
    KmsMasterKeyId: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class VectorAttributeDefinition(TypedDict, total=False):
    AttributeName: S

class SearchSchemaElement(TypedDict, total=False):
    AttributeName: S
    SearchSchemaElementType: S

class VectorIndex(TypedDict, total=False):
    IndexName: S
    VectorAttribute: X[VectorAttributeDefinition]
    SearchSchema: L[Xi[SearchSchemaElement]]
    Projection: X[Projection]
    Dimensions: I
    DistanceFunction: S

CreateTableParameters = TypedDict(
    "CreateTableParameters",
    {
        "AttributeDefinitions": L[Xi[AttributeDefinition]],
        "AttributeDefinitions.$": str,
        "TableName": S,
        "TableName.$": str,
        "KeySchema": L[Xi[KeySchemaElement]],
        "KeySchema.$": str,
        "LocalSecondaryIndexes": L[Xi[LocalSecondaryIndex]],
        "LocalSecondaryIndexes.$": str,
        "GlobalSecondaryIndexes": L[Xi[GlobalSecondaryIndex]],
        "GlobalSecondaryIndexes.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
        "ProvisionedThroughput": X[ProvisionedThroughput],
        "ProvisionedThroughput.$": str,
        "StreamSpecification": X[StreamSpecification],
        "StreamSpecification.$": str,
        "SseSpecification": X[SSESpecification],
        "SseSpecification.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TableClass": S,
        "TableClass.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "WarmThroughput": X[WarmThroughput],
        "WarmThroughput.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "OnDemandThroughput": X[OnDemandThroughput],
        "OnDemandThroughput.$": str,
        "GlobalTableSourceArn": S,
        "GlobalTableSourceArn.$": str,
        "GlobalTableSettingsReplicationMode": S,
        "GlobalTableSettingsReplicationMode.$": str,
        "VectorIndexes": L[Xi[VectorIndex]],
        "VectorIndexes.$": str,
    },
    total=False,
)
DeleteBackupParameters = TypedDict(
    "DeleteBackupParameters", {"BackupArn": S, "BackupArn.$": str}, total=False
)

class ExpectedAttributeValue(TypedDict, total=False):
    Value: X[AttributeValue]
    Exists: B
    ComparisonOperator: S
    AttributeValueList: L[Xi[AttributeValue]]

DeleteItemParameters = TypedDict(
    "DeleteItemParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Key": M[X[AttributeValue]],
        "Key.$": str,
        "Expected": M[X[ExpectedAttributeValue]],
        "Expected.$": str,
        "ConditionalOperator": S,
        "ConditionalOperator.$": str,
        "ReturnValues": S,
        "ReturnValues.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ReturnItemCollectionMetrics": S,
        "ReturnItemCollectionMetrics.$": str,
        "ConditionExpression": S,
        "ConditionExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
        "ReturnValuesOnConditionCheckFailure": S,
        "ReturnValuesOnConditionCheckFailure.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ExpectedRevisionId": S, "ExpectedRevisionId.$": str},
    total=False,
)
DeleteTableParameters = TypedDict(
    "DeleteTableParameters", {"TableName": S, "TableName.$": str}, total=False
)
DescribeBackupParameters = TypedDict(
    "DescribeBackupParameters", {"BackupArn": S, "BackupArn.$": str}, total=False
)
DescribeBulkOperationParameters = TypedDict(
    "DescribeBulkOperationParameters",
    {"BulkOperationArn": S, "BulkOperationArn.$": str},
    total=False,
)
DescribeContinuousBackupsParameters = TypedDict(
    "DescribeContinuousBackupsParameters", {"TableName": S, "TableName.$": str}, total=False
)
DescribeContributorInsightsParameters = TypedDict(
    "DescribeContributorInsightsParameters",
    {"TableName": S, "TableName.$": str, "IndexName": S, "IndexName.$": str},
    total=False,
)

class DescribeEndpointsParameters(TypedDict, total=False): ...

DescribeExportParameters = TypedDict(
    "DescribeExportParameters", {"ExportArn": S, "ExportArn.$": str}, total=False
)
DescribeGlobalTableParameters = TypedDict(
    "DescribeGlobalTableParameters", {"GlobalTableName": S, "GlobalTableName.$": str}, total=False
)
DescribeGlobalTableSettingsParameters = TypedDict(
    "DescribeGlobalTableSettingsParameters",
    {"GlobalTableName": S, "GlobalTableName.$": str},
    total=False,
)
DescribeImportParameters = TypedDict(
    "DescribeImportParameters", {"ImportArn": S, "ImportArn.$": str}, total=False
)
DescribeKinesisStreamingDestinationParameters = TypedDict(
    "DescribeKinesisStreamingDestinationParameters",
    {"TableName": S, "TableName.$": str},
    total=False,
)

class DescribeLimitsParameters(TypedDict, total=False): ...

DescribeTableParameters = TypedDict(
    "DescribeTableParameters", {"TableName": S, "TableName.$": str}, total=False
)
DescribeTableReplicaAutoScalingParameters = TypedDict(
    "DescribeTableReplicaAutoScalingParameters", {"TableName": S, "TableName.$": str}, total=False
)
DescribeTimeToLiveParameters = TypedDict(
    "DescribeTimeToLiveParameters", {"TableName": S, "TableName.$": str}, total=False
)

class EnableKinesisStreamingConfiguration(TypedDict, total=False):
    ApproximateCreationDateTimePrecision: S

DisableKinesisStreamingDestinationParameters = TypedDict(
    "DisableKinesisStreamingDestinationParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "StreamArn": S,
        "StreamArn.$": str,
        "EnableKinesisStreamingConfiguration": X[EnableKinesisStreamingConfiguration],
        "EnableKinesisStreamingConfiguration.$": str,
    },
    total=False,
)
ExecuteStatementParameters = TypedDict(
    "ExecuteStatementParameters",
    {
        "Statement": S,
        "Statement.$": str,
        "Parameters": L[Xi[AttributeValue]],
        "Parameters.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "Limit": I,
        "Limit.$": str,
        "ReturnValuesOnConditionCheckFailure": S,
        "ReturnValuesOnConditionCheckFailure.$": str,
    },
    total=False,
)

class ParameterizedStatement(TypedDict, total=False):
    Statement: S
    Parameters: L[Xi[AttributeValue]]
    ReturnValuesOnConditionCheckFailure: S

ExecuteTransactionParameters = TypedDict(
    "ExecuteTransactionParameters",
    {
        "TransactStatements": L[Xi[ParameterizedStatement]],
        "TransactStatements.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
    },
    total=False,
)

class IncrementalExportSpecification(TypedDict, total=False):
    ExportFromTime: T
    ExportToTime: T
    ExportViewType: S

class FilterSpecification(TypedDict, total=False):
    FilterExpression: S
    ProjectionExpression: S
    KeyConditionExpression: S
    ExpressionAttributeNames: M[S]
    ExpressionAttributeValues: M[X[AttributeValue]]

ExportTableToPointInTimeParameters = TypedDict(
    "ExportTableToPointInTimeParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "ExportTime": T,
        "ExportTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3BucketOwner": S,
        "S3BucketOwner.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
        "S3SseAlgorithm": S,
        "S3SseAlgorithm.$": str,
        "S3SseKmsKeyId": S,
        "S3SseKmsKeyId.$": str,
        "ExportFormat": S,
        "ExportFormat.$": str,
        "ExportType": S,
        "ExportType.$": str,
        "IncrementalExportSpecification": X[IncrementalExportSpecification],
        "IncrementalExportSpecification.$": str,
        "FilterSpecification": X[FilterSpecification],
        "FilterSpecification.$": str,
    },
    total=False,
)
GetItemParameters = TypedDict(
    "GetItemParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Key": M[X[AttributeValue]],
        "Key.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ProjectionExpression": S,
        "ProjectionExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class S3BucketSource(TypedDict, total=False):
    S3BucketOwner: S
    S3Bucket: S
    S3KeyPrefix: S

class CsvOptions(TypedDict, total=False):
    Delimiter: S
    HeaderList: L[Si]

class InputFormatOptions(TypedDict, total=False):
    Csv: X[CsvOptions]

class TableCreationParameters(TypedDict, total=False):
    TableName: S
    AttributeDefinitions: L[Xi[AttributeDefinition]]
    KeySchema: L[Xi[KeySchemaElement]]
    BillingMode: S
    ProvisionedThroughput: X[ProvisionedThroughput]
    OnDemandThroughput: X[OnDemandThroughput]
    SseSpecification: X[SSESpecification]
    GlobalSecondaryIndexes: L[Xi[GlobalSecondaryIndex]]
    VectorIndexes: L[Xi[VectorIndex]]

ImportTableParameters = TypedDict(
    "ImportTableParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "S3BucketSource": X[S3BucketSource],
        "S3BucketSource.$": str,
        "InputFormat": S,
        "InputFormat.$": str,
        "InputFormatOptions": X[InputFormatOptions],
        "InputFormatOptions.$": str,
        "InputCompressionType": S,
        "InputCompressionType.$": str,
        "TableCreationParameters": X[TableCreationParameters],
        "TableCreationParameters.$": str,
    },
    total=False,
)
ListBackupsParameters = TypedDict(
    "ListBackupsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Limit": I,
        "Limit.$": str,
        "TimeRangeLowerBound": T,
        "TimeRangeLowerBound.$": str,
        "TimeRangeUpperBound": T,
        "TimeRangeUpperBound.$": str,
        "ExclusiveStartBackupArn": S,
        "ExclusiveStartBackupArn.$": str,
        "BackupType": S,
        "BackupType.$": str,
    },
    total=False,
)
ListBulkOperationsParameters = TypedDict(
    "ListBulkOperationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListContributorInsightsParameters = TypedDict(
    "ListContributorInsightsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListExportsParameters = TypedDict(
    "ListExportsParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGlobalTablesParameters = TypedDict(
    "ListGlobalTablesParameters",
    {
        "ExclusiveStartGlobalTableName": S,
        "ExclusiveStartGlobalTableName.$": str,
        "Limit": I,
        "Limit.$": str,
        "RegionName": S,
        "RegionName.$": str,
    },
    total=False,
)
ListImportsParameters = TypedDict(
    "ListImportsParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {"ExclusiveStartTableName": S, "ExclusiveStartTableName.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListTagsOfResourceParameters = TypedDict(
    "ListTagsOfResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutItemParameters = TypedDict(
    "PutItemParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Item": M[X[AttributeValue]],
        "Item.$": str,
        "Expected": M[X[ExpectedAttributeValue]],
        "Expected.$": str,
        "ReturnValues": S,
        "ReturnValues.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ReturnItemCollectionMetrics": S,
        "ReturnItemCollectionMetrics.$": str,
        "ConditionalOperator": S,
        "ConditionalOperator.$": str,
        "ConditionExpression": S,
        "ConditionExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
        "ReturnValuesOnConditionCheckFailure": S,
        "ReturnValuesOnConditionCheckFailure.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
        "ConfirmRemoveSelfResourceAccess": B,
        "ConfirmRemoveSelfResourceAccess.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    AttributeValueList: L[Xi[AttributeValue]]
    ComparisonOperator: S

QueryParameters = TypedDict(
    "QueryParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "Select": S,
        "Select.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
        "Limit": I,
        "Limit.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
        "KeyConditions": M[X[Condition]],
        "KeyConditions.$": str,
        "QueryFilter": M[X[Condition]],
        "QueryFilter.$": str,
        "ConditionalOperator": S,
        "ConditionalOperator.$": str,
        "ScanIndexForward": B,
        "ScanIndexForward.$": str,
        "ExclusiveStartKey": M[X[AttributeValue]],
        "ExclusiveStartKey.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ProjectionExpression": S,
        "ProjectionExpression.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "KeyConditionExpression": S,
        "KeyConditionExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
    },
    total=False,
)
RestoreTableFromBackupParameters = TypedDict(
    "RestoreTableFromBackupParameters",
    {
        "TargetTableName": S,
        "TargetTableName.$": str,
        "BackupArn": S,
        "BackupArn.$": str,
        "BillingModeOverride": S,
        "BillingModeOverride.$": str,
        "GlobalSecondaryIndexOverride": L[Xi[GlobalSecondaryIndex]],
        "GlobalSecondaryIndexOverride.$": str,
        "LocalSecondaryIndexOverride": L[Xi[LocalSecondaryIndex]],
        "LocalSecondaryIndexOverride.$": str,
        "ProvisionedThroughputOverride": X[ProvisionedThroughput],
        "ProvisionedThroughputOverride.$": str,
        "OnDemandThroughputOverride": X[OnDemandThroughput],
        "OnDemandThroughputOverride.$": str,
        "SseSpecificationOverride": X[SSESpecification],
        "SseSpecificationOverride.$": str,
        "VectorIndexOverride": L[Xi[VectorIndex]],
        "VectorIndexOverride.$": str,
    },
    total=False,
)
RestoreTableToPointInTimeParameters = TypedDict(
    "RestoreTableToPointInTimeParameters",
    {
        "SourceTableArn": S,
        "SourceTableArn.$": str,
        "SourceTableName": S,
        "SourceTableName.$": str,
        "TargetTableName": S,
        "TargetTableName.$": str,
        "UseLatestRestorableTime": B,
        "UseLatestRestorableTime.$": str,
        "RestoreDateTime": T,
        "RestoreDateTime.$": str,
        "BillingModeOverride": S,
        "BillingModeOverride.$": str,
        "GlobalSecondaryIndexOverride": L[Xi[GlobalSecondaryIndex]],
        "GlobalSecondaryIndexOverride.$": str,
        "LocalSecondaryIndexOverride": L[Xi[LocalSecondaryIndex]],
        "LocalSecondaryIndexOverride.$": str,
        "ProvisionedThroughputOverride": X[ProvisionedThroughput],
        "ProvisionedThroughputOverride.$": str,
        "OnDemandThroughputOverride": X[OnDemandThroughput],
        "OnDemandThroughputOverride.$": str,
        "SseSpecificationOverride": X[SSESpecification],
        "SseSpecificationOverride.$": str,
        "VectorIndexOverride": L[Xi[VectorIndex]],
        "VectorIndexOverride.$": str,
    },
    total=False,
)
ScanParameters = TypedDict(
    "ScanParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
        "Limit": I,
        "Limit.$": str,
        "Select": S,
        "Select.$": str,
        "ScanFilter": M[X[Condition]],
        "ScanFilter.$": str,
        "ConditionalOperator": S,
        "ConditionalOperator.$": str,
        "ExclusiveStartKey": M[X[AttributeValue]],
        "ExclusiveStartKey.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "TotalSegments": I,
        "TotalSegments.$": str,
        "Segment": I,
        "Segment.$": str,
        "ProjectionExpression": S,
        "ProjectionExpression.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
    },
    total=False,
)
SearchVectorsParameters = TypedDict(
    "SearchVectorsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
        "ProjectionExpression": S,
        "ProjectionExpression.$": str,
        "SearchVector": L[Xi[AttributeValue]],
        "SearchVector.$": str,
        "SearchConditionExpression": S,
        "SearchConditionExpression.$": str,
        "TopK": I,
        "TopK.$": str,
    },
    total=False,
)

class InputS3Configuration(TypedDict, total=False):
    S3BucketOwner: S
    S3Bucket: S
    S3KeyPrefix: S
    InputFormat: S
    InputCompressionType: S

class OutputS3Configuration(TypedDict, total=False):
    S3BucketOwner: S
    S3Bucket: S
    S3KeyPrefix: S
    S3SseAlgorithm: S
    S3SseKmsKeyId: S
    OutputType: L[Si]

StartBulkPutItemsParameters = TypedDict(
    "StartBulkPutItemsParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InputS3Configuration": X[InputS3Configuration],
        "InputS3Configuration.$": str,
        "OutputS3Configuration": X[OutputS3Configuration],
        "OutputS3Configuration.$": str,
        "TableName": S,
        "TableName.$": str,
        "MaxWriteRequestUnits": I,
        "MaxWriteRequestUnits.$": str,
        "PerformanceTier": S,
        "PerformanceTier.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class Get(TypedDict, total=False):
    Key: M[X[AttributeValue]]
    TableName: S
    ProjectionExpression: S
    ExpressionAttributeNames: M[S]

class TransactGetItem(TypedDict, total=False):
    Get: X[Get]

TransactGetItemsParameters = TypedDict(
    "TransactGetItemsParameters",
    {
        "TransactItems": L[Xi[TransactGetItem]],
        "TransactItems.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
    },
    total=False,
)

class ConditionCheck(TypedDict, total=False):
    Key: M[X[AttributeValue]]
    TableName: S
    ConditionExpression: S
    ExpressionAttributeNames: M[S]
    ExpressionAttributeValues: M[X[AttributeValue]]
    ReturnValuesOnConditionCheckFailure: S

class Put(TypedDict, total=False):
    Item: M[X[AttributeValue]]
    TableName: S
    ConditionExpression: S
    ExpressionAttributeNames: M[S]
    ExpressionAttributeValues: M[X[AttributeValue]]
    ReturnValuesOnConditionCheckFailure: S

class Delete(TypedDict, total=False):
    Key: M[X[AttributeValue]]
    TableName: S
    ConditionExpression: S
    ExpressionAttributeNames: M[S]
    ExpressionAttributeValues: M[X[AttributeValue]]
    ReturnValuesOnConditionCheckFailure: S

class Update(TypedDict, total=False):
    Key: M[X[AttributeValue]]
    UpdateExpression: S
    TableName: S
    ConditionExpression: S
    ExpressionAttributeNames: M[S]
    ExpressionAttributeValues: M[X[AttributeValue]]
    ReturnValuesOnConditionCheckFailure: S

class TransactWriteItem(TypedDict, total=False):
    ConditionCheck: X[ConditionCheck]
    Put: X[Put]
    Delete: X[Delete]
    Update: X[Update]

TransactWriteItemsParameters = TypedDict(
    "TransactWriteItemsParameters",
    {
        "TransactItems": L[Xi[TransactWriteItem]],
        "TransactItems.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ReturnItemCollectionMetrics": S,
        "ReturnItemCollectionMetrics.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class PointInTimeRecoverySpecification(TypedDict, total=False):
    PointInTimeRecoveryEnabled: B
    RecoveryPeriodInDays: I

UpdateContinuousBackupsParameters = TypedDict(
    "UpdateContinuousBackupsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "PointInTimeRecoverySpecification": X[PointInTimeRecoverySpecification],
        "PointInTimeRecoverySpecification.$": str,
    },
    total=False,
)
UpdateContributorInsightsParameters = TypedDict(
    "UpdateContributorInsightsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "ContributorInsightsAction": S,
        "ContributorInsightsAction.$": str,
        "ContributorInsightsMode": S,
        "ContributorInsightsMode.$": str,
    },
    total=False,
)

class CreateReplicaAction(TypedDict, total=False):
    RegionName: S

class DeleteReplicaAction(TypedDict, total=False):
    RegionName: S

class ReplicaUpdate(TypedDict, total=False):
    Create: X[CreateReplicaAction]
    Delete: X[DeleteReplicaAction]

UpdateGlobalTableParameters = TypedDict(
    "UpdateGlobalTableParameters",
    {
        "GlobalTableName": S,
        "GlobalTableName.$": str,
        "ReplicaUpdates": L[Xi[ReplicaUpdate]],
        "ReplicaUpdates.$": str,
    },
    total=False,
)

class AutoScalingTargetTrackingScalingPolicyConfigurationUpdate(TypedDict, total=False):
    DisableScaleIn: B
    ScaleInCooldown: I
    ScaleOutCooldown: I
    TargetValue: F

class AutoScalingPolicyUpdate(TypedDict, total=False):
    PolicyName: S
    TargetTrackingScalingPolicyConfiguration: X[
        AutoScalingTargetTrackingScalingPolicyConfigurationUpdate
    ]

class AutoScalingSettingsUpdate(TypedDict, total=False):
    MinimumUnits: I
    MaximumUnits: I
    AutoScalingDisabled: B
    AutoScalingRoleArn: S
    ScalingPolicyUpdate: X[AutoScalingPolicyUpdate]

class GlobalTableGlobalSecondaryIndexSettingsUpdate(TypedDict, total=False):
    IndexName: S
    ProvisionedWriteCapacityUnits: I
    ProvisionedWriteCapacityAutoScalingSettingsUpdate: X[AutoScalingSettingsUpdate]

class ReplicaGlobalSecondaryIndexSettingsUpdate(TypedDict, total=False):
    IndexName: S
    ProvisionedReadCapacityUnits: I
    ProvisionedReadCapacityAutoScalingSettingsUpdate: X[AutoScalingSettingsUpdate]

class ReplicaSettingsUpdate(TypedDict, total=False):
    RegionName: S
    ReplicaProvisionedReadCapacityUnits: I
    ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: X[AutoScalingSettingsUpdate]
    ReplicaGlobalSecondaryIndexSettingsUpdate: L[Xi[ReplicaGlobalSecondaryIndexSettingsUpdate]]
    ReplicaTableClass: S

UpdateGlobalTableSettingsParameters = TypedDict(
    "UpdateGlobalTableSettingsParameters",
    {
        "GlobalTableName": S,
        "GlobalTableName.$": str,
        "GlobalTableBillingMode": S,
        "GlobalTableBillingMode.$": str,
        "GlobalTableProvisionedWriteCapacityUnits": I,
        "GlobalTableProvisionedWriteCapacityUnits.$": str,
        "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate": X[
            AutoScalingSettingsUpdate
        ],
        "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate.$": str,
        "GlobalTableGlobalSecondaryIndexSettingsUpdate": L[
            Xi[GlobalTableGlobalSecondaryIndexSettingsUpdate]
        ],
        "GlobalTableGlobalSecondaryIndexSettingsUpdate.$": str,
        "ReplicaSettingsUpdate": L[Xi[ReplicaSettingsUpdate]],
        "ReplicaSettingsUpdate.$": str,
    },
    total=False,
)

class AttributeValueUpdate(TypedDict, total=False):
    Value: X[AttributeValue]
    Action: S

UpdateItemParameters = TypedDict(
    "UpdateItemParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Key": M[X[AttributeValue]],
        "Key.$": str,
        "AttributeUpdates": M[X[AttributeValueUpdate]],
        "AttributeUpdates.$": str,
        "Expected": M[X[ExpectedAttributeValue]],
        "Expected.$": str,
        "ConditionalOperator": S,
        "ConditionalOperator.$": str,
        "ReturnValues": S,
        "ReturnValues.$": str,
        "ReturnConsumedCapacity": S,
        "ReturnConsumedCapacity.$": str,
        "ReturnItemCollectionMetrics": S,
        "ReturnItemCollectionMetrics.$": str,
        "UpdateExpression": S,
        "UpdateExpression.$": str,
        "ConditionExpression": S,
        "ConditionExpression.$": str,
        "ExpressionAttributeNames": M[S],
        "ExpressionAttributeNames.$": str,
        "ExpressionAttributeValues": M[X[AttributeValue]],
        "ExpressionAttributeValues.$": str,
        "ReturnValuesOnConditionCheckFailure": S,
        "ReturnValuesOnConditionCheckFailure.$": str,
    },
    total=False,
)

class UpdateKinesisStreamingConfiguration(TypedDict, total=False):
    ApproximateCreationDateTimePrecision: S

UpdateKinesisStreamingDestinationParameters = TypedDict(
    "UpdateKinesisStreamingDestinationParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "StreamArn": S,
        "StreamArn.$": str,
        "UpdateKinesisStreamingConfiguration": X[UpdateKinesisStreamingConfiguration],
        "UpdateKinesisStreamingConfiguration.$": str,
    },
    total=False,
)

class UpdateGlobalSecondaryIndexAction(TypedDict, total=False):
    IndexName: S
    ProvisionedThroughput: X[ProvisionedThroughput]
    OnDemandThroughput: X[OnDemandThroughput]
    WarmThroughput: X[WarmThroughput]

class CreateGlobalSecondaryIndexAction(TypedDict, total=False):
    IndexName: S
    KeySchema: L[Xi[KeySchemaElement]]
    Projection: X[Projection]
    ProvisionedThroughput: X[ProvisionedThroughput]
    OnDemandThroughput: X[OnDemandThroughput]
    WarmThroughput: X[WarmThroughput]

class DeleteGlobalSecondaryIndexAction(TypedDict, total=False):
    IndexName: S

class GlobalSecondaryIndexUpdate(TypedDict, total=False):
    Update: X[UpdateGlobalSecondaryIndexAction]
    Create: X[CreateGlobalSecondaryIndexAction]
    Delete: X[DeleteGlobalSecondaryIndexAction]

class ProvisionedThroughputOverride(TypedDict, total=False):
    ReadCapacityUnits: I

class OnDemandThroughputOverride(TypedDict, total=False):
    MaxReadRequestUnits: I

class ReplicaGlobalSecondaryIndex(TypedDict, total=False):
    IndexName: S
    ProvisionedThroughputOverride: X[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: X[OnDemandThroughputOverride]

class CreateReplicationGroupMemberAction(TypedDict, total=False):
    RegionName: S
    KmsMasterKeyId: S
    ProvisionedThroughputOverride: X[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: X[OnDemandThroughputOverride]
    GlobalSecondaryIndexes: L[Xi[ReplicaGlobalSecondaryIndex]]
    TableClassOverride: S

class UpdateReplicationGroupMemberAction(TypedDict, total=False):
    RegionName: S
    KmsMasterKeyId: S
    ProvisionedThroughputOverride: X[ProvisionedThroughputOverride]
    OnDemandThroughputOverride: X[OnDemandThroughputOverride]
    GlobalSecondaryIndexes: L[Xi[ReplicaGlobalSecondaryIndex]]
    TableClassOverride: S

class DeleteReplicationGroupMemberAction(TypedDict, total=False):
    RegionName: S

class DisassociateReplicationGroupMemberAction(TypedDict, total=False):
    RegionName: S
    DisassociationMode: S

class ReplicationGroupUpdate(TypedDict, total=False):
    Create: X[CreateReplicationGroupMemberAction]
    Update: X[UpdateReplicationGroupMemberAction]
    Delete: X[DeleteReplicationGroupMemberAction]
    Disassociate: X[DisassociateReplicationGroupMemberAction]

class CreateGlobalTableWitnessGroupMemberAction(TypedDict, total=False):
    RegionName: S

class DeleteGlobalTableWitnessGroupMemberAction(TypedDict, total=False):
    RegionName: S

class GlobalTableWitnessGroupUpdate(TypedDict, total=False):
    Create: X[CreateGlobalTableWitnessGroupMemberAction]
    Delete: X[DeleteGlobalTableWitnessGroupMemberAction]

class CreateVectorIndexAction(TypedDict, total=False):
    IndexName: S
    VectorAttribute: X[VectorAttributeDefinition]
    SearchSchema: L[Xi[SearchSchemaElement]]
    Projection: X[Projection]
    Dimensions: I
    DistanceFunction: S

class DeleteVectorIndexAction(TypedDict, total=False):
    IndexName: S

class VectorIndexUpdate(TypedDict, total=False):
    Create: X[CreateVectorIndexAction]
    Delete: X[DeleteVectorIndexAction]

UpdateTableParameters = TypedDict(
    "UpdateTableParameters",
    {
        "AttributeDefinitions": L[Xi[AttributeDefinition]],
        "AttributeDefinitions.$": str,
        "TableName": S,
        "TableName.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
        "ProvisionedThroughput": X[ProvisionedThroughput],
        "ProvisionedThroughput.$": str,
        "GlobalSecondaryIndexUpdates": L[Xi[GlobalSecondaryIndexUpdate]],
        "GlobalSecondaryIndexUpdates.$": str,
        "StreamSpecification": X[StreamSpecification],
        "StreamSpecification.$": str,
        "SseSpecification": X[SSESpecification],
        "SseSpecification.$": str,
        "ReplicaUpdates": L[Xi[ReplicationGroupUpdate]],
        "ReplicaUpdates.$": str,
        "TableClass": S,
        "TableClass.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "MultiRegionConsistency": S,
        "MultiRegionConsistency.$": str,
        "GlobalTableWitnessUpdates": L[Xi[GlobalTableWitnessGroupUpdate]],
        "GlobalTableWitnessUpdates.$": str,
        "OnDemandThroughput": X[OnDemandThroughput],
        "OnDemandThroughput.$": str,
        "WarmThroughput": X[WarmThroughput],
        "WarmThroughput.$": str,
        "GlobalTableSettingsReplicationMode": S,
        "GlobalTableSettingsReplicationMode.$": str,
        "DisassociationProtectionEnabled": B,
        "DisassociationProtectionEnabled.$": str,
        "VectorIndexUpdates": L[Xi[VectorIndexUpdate]],
        "VectorIndexUpdates.$": str,
    },
    total=False,
)

class GlobalSecondaryIndexAutoScalingUpdate(TypedDict, total=False):
    IndexName: S
    ProvisionedWriteCapacityAutoScalingUpdate: X[AutoScalingSettingsUpdate]

class ReplicaGlobalSecondaryIndexAutoScalingUpdate(TypedDict, total=False):
    IndexName: S
    ProvisionedReadCapacityAutoScalingUpdate: X[AutoScalingSettingsUpdate]

class ReplicaAutoScalingUpdate(TypedDict, total=False):
    RegionName: S
    ReplicaGlobalSecondaryIndexUpdates: L[Xi[ReplicaGlobalSecondaryIndexAutoScalingUpdate]]
    ReplicaProvisionedReadCapacityAutoScalingUpdate: X[AutoScalingSettingsUpdate]

UpdateTableReplicaAutoScalingParameters = TypedDict(
    "UpdateTableReplicaAutoScalingParameters",
    {
        "GlobalSecondaryIndexUpdates": L[Xi[GlobalSecondaryIndexAutoScalingUpdate]],
        "GlobalSecondaryIndexUpdates.$": str,
        "TableName": S,
        "TableName.$": str,
        "ProvisionedWriteCapacityAutoScalingUpdate": X[AutoScalingSettingsUpdate],
        "ProvisionedWriteCapacityAutoScalingUpdate.$": str,
        "ReplicaUpdates": L[Xi[ReplicaAutoScalingUpdate]],
        "ReplicaUpdates.$": str,
    },
    total=False,
)

class TimeToLiveSpecification(TypedDict, total=False):
    Enabled: B
    AttributeName: S

UpdateTimeToLiveParameters = TypedDict(
    "UpdateTimeToLiveParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "TimeToLiveSpecification": X[TimeToLiveSpecification],
        "TimeToLiveSpecification.$": str,
    },
    total=False,
)
batch_execute_statement: Builder[BatchExecuteStatementParameters]
batch_get_item: Builder[BatchGetItemParameters]
batch_write_item: Builder[BatchWriteItemParameters]
cancel_bulk_operation: Builder[CancelBulkOperationParameters]
create_backup: Builder[CreateBackupParameters]
create_global_table: Builder[CreateGlobalTableParameters]
create_table: Builder[CreateTableParameters]
delete_backup: Builder[DeleteBackupParameters]
delete_item: Builder[DeleteItemParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_table: Builder[DeleteTableParameters]
describe_backup: Builder[DescribeBackupParameters]
describe_bulk_operation: Builder[DescribeBulkOperationParameters]
describe_continuous_backups: Builder[DescribeContinuousBackupsParameters]
describe_contributor_insights: Builder[DescribeContributorInsightsParameters]
describe_endpoints: Builder[DescribeEndpointsParameters]
describe_export: Builder[DescribeExportParameters]
describe_global_table: Builder[DescribeGlobalTableParameters]
describe_global_table_settings: Builder[DescribeGlobalTableSettingsParameters]
describe_import: Builder[DescribeImportParameters]
describe_kinesis_streaming_destination: Builder[DescribeKinesisStreamingDestinationParameters]
describe_limits: Builder[DescribeLimitsParameters]
describe_table: Builder[DescribeTableParameters]
describe_table_replica_auto_scaling: Builder[DescribeTableReplicaAutoScalingParameters]
describe_time_to_live: Builder[DescribeTimeToLiveParameters]
disable_kinesis_streaming_destination: Builder[DisableKinesisStreamingDestinationParameters]
enable_kinesis_streaming_destination: Builder[DisableKinesisStreamingDestinationParameters]
execute_statement: Builder[ExecuteStatementParameters]
execute_transaction: Builder[ExecuteTransactionParameters]
export_table_to_point_in_time: Builder[ExportTableToPointInTimeParameters]
get_item: Builder[GetItemParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
import_table: Builder[ImportTableParameters]
list_backups: Builder[ListBackupsParameters]
list_bulk_operations: Builder[ListBulkOperationsParameters]
list_contributor_insights: Builder[ListContributorInsightsParameters]
list_exports: Builder[ListExportsParameters]
list_global_tables: Builder[ListGlobalTablesParameters]
list_imports: Builder[ListImportsParameters]
list_tables: Builder[ListTablesParameters]
list_tags_of_resource: Builder[ListTagsOfResourceParameters]
put_item: Builder[PutItemParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
query: Builder[QueryParameters]
restore_table_from_backup: Builder[RestoreTableFromBackupParameters]
restore_table_to_point_in_time: Builder[RestoreTableToPointInTimeParameters]
scan: Builder[ScanParameters]
search_vectors: Builder[SearchVectorsParameters]
start_bulk_put_items: Builder[StartBulkPutItemsParameters]
tag_resource: Builder[TagResourceParameters]
transact_get_items: Builder[TransactGetItemsParameters]
transact_write_items: Builder[TransactWriteItemsParameters]
untag_resource: Builder[UntagResourceParameters]
update_continuous_backups: Builder[UpdateContinuousBackupsParameters]
update_contributor_insights: Builder[UpdateContributorInsightsParameters]
update_global_table: Builder[UpdateGlobalTableParameters]
update_global_table_settings: Builder[UpdateGlobalTableSettingsParameters]
update_item: Builder[UpdateItemParameters]
update_kinesis_streaming_destination: Builder[UpdateKinesisStreamingDestinationParameters]
update_table: Builder[UpdateTableParameters]
update_table_replica_auto_scaling: Builder[UpdateTableReplicaAutoScalingParameters]
update_time_to_live: Builder[UpdateTimeToLiveParameters]

__all__ = [
    "batch_execute_statement",
    "batch_get_item",
    "batch_write_item",
    "cancel_bulk_operation",
    "create_backup",
    "create_global_table",
    "create_table",
    "delete_backup",
    "delete_item",
    "delete_resource_policy",
    "delete_table",
    "describe_backup",
    "describe_bulk_operation",
    "describe_continuous_backups",
    "describe_contributor_insights",
    "describe_endpoints",
    "describe_export",
    "describe_global_table",
    "describe_global_table_settings",
    "describe_import",
    "describe_kinesis_streaming_destination",
    "describe_limits",
    "describe_table",
    "describe_table_replica_auto_scaling",
    "describe_time_to_live",
    "disable_kinesis_streaming_destination",
    "enable_kinesis_streaming_destination",
    "execute_statement",
    "execute_transaction",
    "export_table_to_point_in_time",
    "get_item",
    "get_resource_policy",
    "import_table",
    "list_backups",
    "list_bulk_operations",
    "list_contributor_insights",
    "list_exports",
    "list_global_tables",
    "list_imports",
    "list_tables",
    "list_tags_of_resource",
    "put_item",
    "put_resource_policy",
    "query",
    "restore_table_from_backup",
    "restore_table_to_point_in_time",
    "scan",
    "search_vectors",
    "start_bulk_put_items",
    "tag_resource",
    "transact_get_items",
    "transact_write_items",
    "untag_resource",
    "update_continuous_backups",
    "update_contributor_insights",
    "update_global_table",
    "update_global_table_settings",
    "update_item",
    "update_kinesis_streaming_destination",
    "update_table",
    "update_table_replica_auto_scaling",
    "update_time_to_live",
]
