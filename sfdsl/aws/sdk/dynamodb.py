"""Typed builders of the AWS SDK integration of dynamodb.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    BatchExecuteStatementParameters = TypedDict(
        "BatchExecuteStatementParameters",
        {
            "Statements": Any,
            "Statements.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
        },
        total=False,
    )
    BatchGetItemParameters = TypedDict(
        "BatchGetItemParameters",
        {
            "RequestItems": Any,
            "RequestItems.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
        },
        total=False,
    )
    BatchWriteItemParameters = TypedDict(
        "BatchWriteItemParameters",
        {
            "RequestItems": Any,
            "RequestItems.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ReturnItemCollectionMetrics": Any,
            "ReturnItemCollectionMetrics.$": Any,
        },
        total=False,
    )
    CancelBulkOperationParameters = TypedDict(
        "CancelBulkOperationParameters",
        {"BulkOperationArn": Any, "BulkOperationArn.$": Any},
        total=False,
    )
    CreateBackupParameters = TypedDict(
        "CreateBackupParameters",
        {"TableName": Any, "TableName.$": Any, "BackupName": Any, "BackupName.$": Any},
        total=False,
    )
    CreateGlobalTableParameters = TypedDict(
        "CreateGlobalTableParameters",
        {
            "GlobalTableName": Any,
            "GlobalTableName.$": Any,
            "ReplicationGroup": Any,
            "ReplicationGroup.$": Any,
        },
        total=False,
    )
    CreateTableParameters = TypedDict(
        "CreateTableParameters",
        {
            "AttributeDefinitions": Any,
            "AttributeDefinitions.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "KeySchema": Any,
            "KeySchema.$": Any,
            "LocalSecondaryIndexes": Any,
            "LocalSecondaryIndexes.$": Any,
            "GlobalSecondaryIndexes": Any,
            "GlobalSecondaryIndexes.$": Any,
            "BillingMode": Any,
            "BillingMode.$": Any,
            "ProvisionedThroughput": Any,
            "ProvisionedThroughput.$": Any,
            "StreamSpecification": Any,
            "StreamSpecification.$": Any,
            "SseSpecification": Any,
            "SseSpecification.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TableClass": Any,
            "TableClass.$": Any,
            "DeletionProtectionEnabled": Any,
            "DeletionProtectionEnabled.$": Any,
            "WarmThroughput": Any,
            "WarmThroughput.$": Any,
            "ResourcePolicy": Any,
            "ResourcePolicy.$": Any,
            "OnDemandThroughput": Any,
            "OnDemandThroughput.$": Any,
            "GlobalTableSourceArn": Any,
            "GlobalTableSourceArn.$": Any,
            "GlobalTableSettingsReplicationMode": Any,
            "GlobalTableSettingsReplicationMode.$": Any,
            "VectorIndexes": Any,
            "VectorIndexes.$": Any,
        },
        total=False,
    )
    DeleteBackupParameters = TypedDict(
        "DeleteBackupParameters", {"BackupArn": Any, "BackupArn.$": Any}, total=False
    )
    DeleteItemParameters = TypedDict(
        "DeleteItemParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "Key": Any,
            "Key.$": Any,
            "Expected": Any,
            "Expected.$": Any,
            "ConditionalOperator": Any,
            "ConditionalOperator.$": Any,
            "ReturnValues": Any,
            "ReturnValues.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ReturnItemCollectionMetrics": Any,
            "ReturnItemCollectionMetrics.$": Any,
            "ConditionExpression": Any,
            "ConditionExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
            "ReturnValuesOnConditionCheckFailure": Any,
            "ReturnValuesOnConditionCheckFailure.$": Any,
        },
        total=False,
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "ExpectedRevisionId": Any,
            "ExpectedRevisionId.$": Any,
        },
        total=False,
    )
    DeleteTableParameters = TypedDict(
        "DeleteTableParameters", {"TableName": Any, "TableName.$": Any}, total=False
    )
    DescribeBackupParameters = TypedDict(
        "DescribeBackupParameters", {"BackupArn": Any, "BackupArn.$": Any}, total=False
    )
    DescribeBulkOperationParameters = TypedDict(
        "DescribeBulkOperationParameters",
        {"BulkOperationArn": Any, "BulkOperationArn.$": Any},
        total=False,
    )
    DescribeContinuousBackupsParameters = TypedDict(
        "DescribeContinuousBackupsParameters", {"TableName": Any, "TableName.$": Any}, total=False
    )
    DescribeContributorInsightsParameters = TypedDict(
        "DescribeContributorInsightsParameters",
        {"TableName": Any, "TableName.$": Any, "IndexName": Any, "IndexName.$": Any},
        total=False,
    )

    class DescribeEndpointsParameters(TypedDict, total=False):
        pass

    DescribeExportParameters = TypedDict(
        "DescribeExportParameters", {"ExportArn": Any, "ExportArn.$": Any}, total=False
    )
    DescribeGlobalTableParameters = TypedDict(
        "DescribeGlobalTableParameters",
        {"GlobalTableName": Any, "GlobalTableName.$": Any},
        total=False,
    )
    DescribeGlobalTableSettingsParameters = TypedDict(
        "DescribeGlobalTableSettingsParameters",
        {"GlobalTableName": Any, "GlobalTableName.$": Any},
        total=False,
    )
    DescribeImportParameters = TypedDict(
        "DescribeImportParameters", {"ImportArn": Any, "ImportArn.$": Any}, total=False
    )
    DescribeKinesisStreamingDestinationParameters = TypedDict(
        "DescribeKinesisStreamingDestinationParameters",
        {"TableName": Any, "TableName.$": Any},
        total=False,
    )

    class DescribeLimitsParameters(TypedDict, total=False):
        pass

    DescribeTableParameters = TypedDict(
        "DescribeTableParameters", {"TableName": Any, "TableName.$": Any}, total=False
    )
    DescribeTableReplicaAutoScalingParameters = TypedDict(
        "DescribeTableReplicaAutoScalingParameters",
        {"TableName": Any, "TableName.$": Any},
        total=False,
    )
    DescribeTimeToLiveParameters = TypedDict(
        "DescribeTimeToLiveParameters", {"TableName": Any, "TableName.$": Any}, total=False
    )
    DisableKinesisStreamingDestinationParameters = TypedDict(
        "DisableKinesisStreamingDestinationParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "StreamArn": Any,
            "StreamArn.$": Any,
            "EnableKinesisStreamingConfiguration": Any,
            "EnableKinesisStreamingConfiguration.$": Any,
        },
        total=False,
    )
    EnableKinesisStreamingDestinationParameters = TypedDict(
        "EnableKinesisStreamingDestinationParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "StreamArn": Any,
            "StreamArn.$": Any,
            "EnableKinesisStreamingConfiguration": Any,
            "EnableKinesisStreamingConfiguration.$": Any,
        },
        total=False,
    )
    ExecuteStatementParameters = TypedDict(
        "ExecuteStatementParameters",
        {
            "Statement": Any,
            "Statement.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "ConsistentRead": Any,
            "ConsistentRead.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "ReturnValuesOnConditionCheckFailure": Any,
            "ReturnValuesOnConditionCheckFailure.$": Any,
        },
        total=False,
    )
    ExecuteTransactionParameters = TypedDict(
        "ExecuteTransactionParameters",
        {
            "TransactStatements": Any,
            "TransactStatements.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
        },
        total=False,
    )
    ExportTableToPointInTimeParameters = TypedDict(
        "ExportTableToPointInTimeParameters",
        {
            "TableArn": Any,
            "TableArn.$": Any,
            "ExportTime": Any,
            "ExportTime.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "S3Bucket": Any,
            "S3Bucket.$": Any,
            "S3BucketOwner": Any,
            "S3BucketOwner.$": Any,
            "S3Prefix": Any,
            "S3Prefix.$": Any,
            "S3SseAlgorithm": Any,
            "S3SseAlgorithm.$": Any,
            "S3SseKmsKeyId": Any,
            "S3SseKmsKeyId.$": Any,
            "ExportFormat": Any,
            "ExportFormat.$": Any,
            "ExportType": Any,
            "ExportType.$": Any,
            "IncrementalExportSpecification": Any,
            "IncrementalExportSpecification.$": Any,
            "FilterSpecification": Any,
            "FilterSpecification.$": Any,
        },
        total=False,
    )
    GetItemParameters = TypedDict(
        "GetItemParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "Key": Any,
            "Key.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
            "ConsistentRead": Any,
            "ConsistentRead.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ProjectionExpression": Any,
            "ProjectionExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
        },
        total=False,
    )
    GetResourcePolicyParameters = TypedDict(
        "GetResourcePolicyParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ImportTableParameters = TypedDict(
        "ImportTableParameters",
        {
            "ClientToken": Any,
            "ClientToken.$": Any,
            "S3BucketSource": Any,
            "S3BucketSource.$": Any,
            "InputFormat": Any,
            "InputFormat.$": Any,
            "InputFormatOptions": Any,
            "InputFormatOptions.$": Any,
            "InputCompressionType": Any,
            "InputCompressionType.$": Any,
            "TableCreationParameters": Any,
            "TableCreationParameters.$": Any,
        },
        total=False,
    )
    ListBackupsParameters = TypedDict(
        "ListBackupsParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "TimeRangeLowerBound": Any,
            "TimeRangeLowerBound.$": Any,
            "TimeRangeUpperBound": Any,
            "TimeRangeUpperBound.$": Any,
            "ExclusiveStartBackupArn": Any,
            "ExclusiveStartBackupArn.$": Any,
            "BackupType": Any,
            "BackupType.$": Any,
        },
        total=False,
    )
    ListBulkOperationsParameters = TypedDict(
        "ListBulkOperationsParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListContributorInsightsParameters = TypedDict(
        "ListContributorInsightsParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListExportsParameters = TypedDict(
        "ListExportsParameters",
        {
            "TableArn": Any,
            "TableArn.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListGlobalTablesParameters = TypedDict(
        "ListGlobalTablesParameters",
        {
            "ExclusiveStartGlobalTableName": Any,
            "ExclusiveStartGlobalTableName.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "RegionName": Any,
            "RegionName.$": Any,
        },
        total=False,
    )
    ListImportsParameters = TypedDict(
        "ListImportsParameters",
        {
            "TableArn": Any,
            "TableArn.$": Any,
            "PageSize": Any,
            "PageSize.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListTablesParameters = TypedDict(
        "ListTablesParameters",
        {
            "ExclusiveStartTableName": Any,
            "ExclusiveStartTableName.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListTagsOfResourceParameters = TypedDict(
        "ListTagsOfResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    PutItemParameters = TypedDict(
        "PutItemParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "Item": Any,
            "Item.$": Any,
            "Expected": Any,
            "Expected.$": Any,
            "ReturnValues": Any,
            "ReturnValues.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ReturnItemCollectionMetrics": Any,
            "ReturnItemCollectionMetrics.$": Any,
            "ConditionalOperator": Any,
            "ConditionalOperator.$": Any,
            "ConditionExpression": Any,
            "ConditionExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
            "ReturnValuesOnConditionCheckFailure": Any,
            "ReturnValuesOnConditionCheckFailure.$": Any,
        },
        total=False,
    )
    PutResourcePolicyParameters = TypedDict(
        "PutResourcePolicyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "ExpectedRevisionId": Any,
            "ExpectedRevisionId.$": Any,
            "ConfirmRemoveSelfResourceAccess": Any,
            "ConfirmRemoveSelfResourceAccess.$": Any,
        },
        total=False,
    )
    QueryParameters = TypedDict(
        "QueryParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "IndexName": Any,
            "IndexName.$": Any,
            "Select": Any,
            "Select.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "ConsistentRead": Any,
            "ConsistentRead.$": Any,
            "KeyConditions": Any,
            "KeyConditions.$": Any,
            "QueryFilter": Any,
            "QueryFilter.$": Any,
            "ConditionalOperator": Any,
            "ConditionalOperator.$": Any,
            "ScanIndexForward": Any,
            "ScanIndexForward.$": Any,
            "ExclusiveStartKey": Any,
            "ExclusiveStartKey.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ProjectionExpression": Any,
            "ProjectionExpression.$": Any,
            "FilterExpression": Any,
            "FilterExpression.$": Any,
            "KeyConditionExpression": Any,
            "KeyConditionExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
        },
        total=False,
    )
    RestoreTableFromBackupParameters = TypedDict(
        "RestoreTableFromBackupParameters",
        {
            "TargetTableName": Any,
            "TargetTableName.$": Any,
            "BackupArn": Any,
            "BackupArn.$": Any,
            "BillingModeOverride": Any,
            "BillingModeOverride.$": Any,
            "GlobalSecondaryIndexOverride": Any,
            "GlobalSecondaryIndexOverride.$": Any,
            "LocalSecondaryIndexOverride": Any,
            "LocalSecondaryIndexOverride.$": Any,
            "ProvisionedThroughputOverride": Any,
            "ProvisionedThroughputOverride.$": Any,
            "OnDemandThroughputOverride": Any,
            "OnDemandThroughputOverride.$": Any,
            "SseSpecificationOverride": Any,
            "SseSpecificationOverride.$": Any,
            "VectorIndexOverride": Any,
            "VectorIndexOverride.$": Any,
        },
        total=False,
    )
    RestoreTableToPointInTimeParameters = TypedDict(
        "RestoreTableToPointInTimeParameters",
        {
            "SourceTableArn": Any,
            "SourceTableArn.$": Any,
            "SourceTableName": Any,
            "SourceTableName.$": Any,
            "TargetTableName": Any,
            "TargetTableName.$": Any,
            "UseLatestRestorableTime": Any,
            "UseLatestRestorableTime.$": Any,
            "RestoreDateTime": Any,
            "RestoreDateTime.$": Any,
            "BillingModeOverride": Any,
            "BillingModeOverride.$": Any,
            "GlobalSecondaryIndexOverride": Any,
            "GlobalSecondaryIndexOverride.$": Any,
            "LocalSecondaryIndexOverride": Any,
            "LocalSecondaryIndexOverride.$": Any,
            "ProvisionedThroughputOverride": Any,
            "ProvisionedThroughputOverride.$": Any,
            "OnDemandThroughputOverride": Any,
            "OnDemandThroughputOverride.$": Any,
            "SseSpecificationOverride": Any,
            "SseSpecificationOverride.$": Any,
            "VectorIndexOverride": Any,
            "VectorIndexOverride.$": Any,
        },
        total=False,
    )
    ScanParameters = TypedDict(
        "ScanParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "IndexName": Any,
            "IndexName.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Select": Any,
            "Select.$": Any,
            "ScanFilter": Any,
            "ScanFilter.$": Any,
            "ConditionalOperator": Any,
            "ConditionalOperator.$": Any,
            "ExclusiveStartKey": Any,
            "ExclusiveStartKey.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "TotalSegments": Any,
            "TotalSegments.$": Any,
            "Segment": Any,
            "Segment.$": Any,
            "ProjectionExpression": Any,
            "ProjectionExpression.$": Any,
            "FilterExpression": Any,
            "FilterExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
            "ConsistentRead": Any,
            "ConsistentRead.$": Any,
        },
        total=False,
    )
    SearchVectorsParameters = TypedDict(
        "SearchVectorsParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "IndexName": Any,
            "IndexName.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
            "ProjectionExpression": Any,
            "ProjectionExpression.$": Any,
            "SearchVector": Any,
            "SearchVector.$": Any,
            "SearchConditionExpression": Any,
            "SearchConditionExpression.$": Any,
            "TopK": Any,
            "TopK.$": Any,
        },
        total=False,
    )
    StartBulkPutItemsParameters = TypedDict(
        "StartBulkPutItemsParameters",
        {
            "ClientToken": Any,
            "ClientToken.$": Any,
            "InputS3Configuration": Any,
            "InputS3Configuration.$": Any,
            "OutputS3Configuration": Any,
            "OutputS3Configuration.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "MaxWriteRequestUnits": Any,
            "MaxWriteRequestUnits.$": Any,
            "PerformanceTier": Any,
            "PerformanceTier.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TransactGetItemsParameters = TypedDict(
        "TransactGetItemsParameters",
        {
            "TransactItems": Any,
            "TransactItems.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
        },
        total=False,
    )
    TransactWriteItemsParameters = TypedDict(
        "TransactWriteItemsParameters",
        {
            "TransactItems": Any,
            "TransactItems.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ReturnItemCollectionMetrics": Any,
            "ReturnItemCollectionMetrics.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateContinuousBackupsParameters = TypedDict(
        "UpdateContinuousBackupsParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "PointInTimeRecoverySpecification": Any,
            "PointInTimeRecoverySpecification.$": Any,
        },
        total=False,
    )
    UpdateContributorInsightsParameters = TypedDict(
        "UpdateContributorInsightsParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "IndexName": Any,
            "IndexName.$": Any,
            "ContributorInsightsAction": Any,
            "ContributorInsightsAction.$": Any,
            "ContributorInsightsMode": Any,
            "ContributorInsightsMode.$": Any,
        },
        total=False,
    )
    UpdateGlobalTableParameters = TypedDict(
        "UpdateGlobalTableParameters",
        {
            "GlobalTableName": Any,
            "GlobalTableName.$": Any,
            "ReplicaUpdates": Any,
            "ReplicaUpdates.$": Any,
        },
        total=False,
    )
    UpdateGlobalTableSettingsParameters = TypedDict(
        "UpdateGlobalTableSettingsParameters",
        {
            "GlobalTableName": Any,
            "GlobalTableName.$": Any,
            "GlobalTableBillingMode": Any,
            "GlobalTableBillingMode.$": Any,
            "GlobalTableProvisionedWriteCapacityUnits": Any,
            "GlobalTableProvisionedWriteCapacityUnits.$": Any,
            "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate": Any,
            "GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate.$": Any,
            "GlobalTableGlobalSecondaryIndexSettingsUpdate": Any,
            "GlobalTableGlobalSecondaryIndexSettingsUpdate.$": Any,
            "ReplicaSettingsUpdate": Any,
            "ReplicaSettingsUpdate.$": Any,
        },
        total=False,
    )
    UpdateItemParameters = TypedDict(
        "UpdateItemParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "Key": Any,
            "Key.$": Any,
            "AttributeUpdates": Any,
            "AttributeUpdates.$": Any,
            "Expected": Any,
            "Expected.$": Any,
            "ConditionalOperator": Any,
            "ConditionalOperator.$": Any,
            "ReturnValues": Any,
            "ReturnValues.$": Any,
            "ReturnConsumedCapacity": Any,
            "ReturnConsumedCapacity.$": Any,
            "ReturnItemCollectionMetrics": Any,
            "ReturnItemCollectionMetrics.$": Any,
            "UpdateExpression": Any,
            "UpdateExpression.$": Any,
            "ConditionExpression": Any,
            "ConditionExpression.$": Any,
            "ExpressionAttributeNames": Any,
            "ExpressionAttributeNames.$": Any,
            "ExpressionAttributeValues": Any,
            "ExpressionAttributeValues.$": Any,
            "ReturnValuesOnConditionCheckFailure": Any,
            "ReturnValuesOnConditionCheckFailure.$": Any,
        },
        total=False,
    )
    UpdateKinesisStreamingDestinationParameters = TypedDict(
        "UpdateKinesisStreamingDestinationParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "StreamArn": Any,
            "StreamArn.$": Any,
            "UpdateKinesisStreamingConfiguration": Any,
            "UpdateKinesisStreamingConfiguration.$": Any,
        },
        total=False,
    )
    UpdateTableParameters = TypedDict(
        "UpdateTableParameters",
        {
            "AttributeDefinitions": Any,
            "AttributeDefinitions.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "BillingMode": Any,
            "BillingMode.$": Any,
            "ProvisionedThroughput": Any,
            "ProvisionedThroughput.$": Any,
            "GlobalSecondaryIndexUpdates": Any,
            "GlobalSecondaryIndexUpdates.$": Any,
            "StreamSpecification": Any,
            "StreamSpecification.$": Any,
            "SseSpecification": Any,
            "SseSpecification.$": Any,
            "ReplicaUpdates": Any,
            "ReplicaUpdates.$": Any,
            "TableClass": Any,
            "TableClass.$": Any,
            "DeletionProtectionEnabled": Any,
            "DeletionProtectionEnabled.$": Any,
            "MultiRegionConsistency": Any,
            "MultiRegionConsistency.$": Any,
            "GlobalTableWitnessUpdates": Any,
            "GlobalTableWitnessUpdates.$": Any,
            "OnDemandThroughput": Any,
            "OnDemandThroughput.$": Any,
            "WarmThroughput": Any,
            "WarmThroughput.$": Any,
            "GlobalTableSettingsReplicationMode": Any,
            "GlobalTableSettingsReplicationMode.$": Any,
            "DisassociationProtectionEnabled": Any,
            "DisassociationProtectionEnabled.$": Any,
            "VectorIndexUpdates": Any,
            "VectorIndexUpdates.$": Any,
        },
        total=False,
    )
    UpdateTableReplicaAutoScalingParameters = TypedDict(
        "UpdateTableReplicaAutoScalingParameters",
        {
            "GlobalSecondaryIndexUpdates": Any,
            "GlobalSecondaryIndexUpdates.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "ProvisionedWriteCapacityAutoScalingUpdate": Any,
            "ProvisionedWriteCapacityAutoScalingUpdate.$": Any,
            "ReplicaUpdates": Any,
            "ReplicaUpdates.$": Any,
        },
        total=False,
    )
    UpdateTimeToLiveParameters = TypedDict(
        "UpdateTimeToLiveParameters",
        {
            "TableName": Any,
            "TableName.$": Any,
            "TimeToLiveSpecification": Any,
            "TimeToLiveSpecification.$": Any,
        },
        total=False,
    )


def batch_execute_statement(
    name: str,
    parameters: BatchExecuteStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:batchExecuteStatement (``arn:aws:states:::aws-sdk:dynamodb:batchExecuteStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:batchExecuteStatement", parameters, pattern, options)


def batch_get_item(
    name: str,
    parameters: BatchGetItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:batchGetItem (``arn:aws:states:::aws-sdk:dynamodb:batchGetItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:batchGetItem", parameters, pattern, options)


def batch_write_item(
    name: str,
    parameters: BatchWriteItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:batchWriteItem (``arn:aws:states:::aws-sdk:dynamodb:batchWriteItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:batchWriteItem", parameters, pattern, options)


def cancel_bulk_operation(
    name: str,
    parameters: CancelBulkOperationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:cancelBulkOperation (``arn:aws:states:::aws-sdk:dynamodb:cancelBulkOperation``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:cancelBulkOperation", parameters, pattern, options)


def create_backup(
    name: str,
    parameters: CreateBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:createBackup (``arn:aws:states:::aws-sdk:dynamodb:createBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:createBackup", parameters, pattern, options)


def create_global_table(
    name: str,
    parameters: CreateGlobalTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:createGlobalTable (``arn:aws:states:::aws-sdk:dynamodb:createGlobalTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:createGlobalTable", parameters, pattern, options)


def create_table(
    name: str,
    parameters: CreateTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:createTable (``arn:aws:states:::aws-sdk:dynamodb:createTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:createTable", parameters, pattern, options)


def delete_backup(
    name: str,
    parameters: DeleteBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:deleteBackup (``arn:aws:states:::aws-sdk:dynamodb:deleteBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:deleteBackup", parameters, pattern, options)


def delete_item(
    name: str,
    parameters: DeleteItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:deleteItem (``arn:aws:states:::aws-sdk:dynamodb:deleteItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:deleteItem", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:deleteResourcePolicy (``arn:aws:states:::aws-sdk:dynamodb:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:deleteResourcePolicy", parameters, pattern, options)


def delete_table(
    name: str,
    parameters: DeleteTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:deleteTable (``arn:aws:states:::aws-sdk:dynamodb:deleteTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:deleteTable", parameters, pattern, options)


def describe_backup(
    name: str,
    parameters: DescribeBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeBackup (``arn:aws:states:::aws-sdk:dynamodb:describeBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeBackup", parameters, pattern, options)


def describe_bulk_operation(
    name: str,
    parameters: DescribeBulkOperationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeBulkOperation (``arn:aws:states:::aws-sdk:dynamodb:describeBulkOperation``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeBulkOperation", parameters, pattern, options)


def describe_continuous_backups(
    name: str,
    parameters: DescribeContinuousBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeContinuousBackups (``arn:aws:states:::aws-sdk:dynamodb:describeContinuousBackups``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeContinuousBackups", parameters, pattern, options)


def describe_contributor_insights(
    name: str,
    parameters: DescribeContributorInsightsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeContributorInsights (``arn:aws:states:::aws-sdk:dynamodb:describeContributorInsights``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeContributorInsights", parameters, pattern, options)


def describe_endpoints(
    name: str,
    parameters: DescribeEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeEndpoints (``arn:aws:states:::aws-sdk:dynamodb:describeEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeEndpoints", parameters, pattern, options)


def describe_export(
    name: str,
    parameters: DescribeExportParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeExport (``arn:aws:states:::aws-sdk:dynamodb:describeExport``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeExport", parameters, pattern, options)


def describe_global_table(
    name: str,
    parameters: DescribeGlobalTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeGlobalTable (``arn:aws:states:::aws-sdk:dynamodb:describeGlobalTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeGlobalTable", parameters, pattern, options)


def describe_global_table_settings(
    name: str,
    parameters: DescribeGlobalTableSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeGlobalTableSettings (``arn:aws:states:::aws-sdk:dynamodb:describeGlobalTableSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeGlobalTableSettings", parameters, pattern, options)


def describe_import(
    name: str,
    parameters: DescribeImportParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeImport (``arn:aws:states:::aws-sdk:dynamodb:describeImport``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeImport", parameters, pattern, options)


def describe_kinesis_streaming_destination(
    name: str,
    parameters: DescribeKinesisStreamingDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeKinesisStreamingDestination (``arn:aws:states:::aws-sdk:dynamodb:describeKinesisStreamingDestination``); the parameters are checked against its API model."""
    return sdk_task(
        name, "dynamodb:describeKinesisStreamingDestination", parameters, pattern, options
    )


def describe_limits(
    name: str,
    parameters: DescribeLimitsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeLimits (``arn:aws:states:::aws-sdk:dynamodb:describeLimits``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeLimits", parameters, pattern, options)


def describe_table(
    name: str,
    parameters: DescribeTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeTable (``arn:aws:states:::aws-sdk:dynamodb:describeTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeTable", parameters, pattern, options)


def describe_table_replica_auto_scaling(
    name: str,
    parameters: DescribeTableReplicaAutoScalingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeTableReplicaAutoScaling (``arn:aws:states:::aws-sdk:dynamodb:describeTableReplicaAutoScaling``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeTableReplicaAutoScaling", parameters, pattern, options)


def describe_time_to_live(
    name: str,
    parameters: DescribeTimeToLiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:describeTimeToLive (``arn:aws:states:::aws-sdk:dynamodb:describeTimeToLive``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:describeTimeToLive", parameters, pattern, options)


def disable_kinesis_streaming_destination(
    name: str,
    parameters: DisableKinesisStreamingDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:disableKinesisStreamingDestination (``arn:aws:states:::aws-sdk:dynamodb:disableKinesisStreamingDestination``); the parameters are checked against its API model."""
    return sdk_task(
        name, "dynamodb:disableKinesisStreamingDestination", parameters, pattern, options
    )


def enable_kinesis_streaming_destination(
    name: str,
    parameters: EnableKinesisStreamingDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:enableKinesisStreamingDestination (``arn:aws:states:::aws-sdk:dynamodb:enableKinesisStreamingDestination``); the parameters are checked against its API model."""
    return sdk_task(
        name, "dynamodb:enableKinesisStreamingDestination", parameters, pattern, options
    )


def execute_statement(
    name: str,
    parameters: ExecuteStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:executeStatement (``arn:aws:states:::aws-sdk:dynamodb:executeStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:executeStatement", parameters, pattern, options)


def execute_transaction(
    name: str,
    parameters: ExecuteTransactionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:executeTransaction (``arn:aws:states:::aws-sdk:dynamodb:executeTransaction``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:executeTransaction", parameters, pattern, options)


def export_table_to_point_in_time(
    name: str,
    parameters: ExportTableToPointInTimeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:exportTableToPointInTime (``arn:aws:states:::aws-sdk:dynamodb:exportTableToPointInTime``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:exportTableToPointInTime", parameters, pattern, options)


def get_item(
    name: str,
    parameters: GetItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:getItem (``arn:aws:states:::aws-sdk:dynamodb:getItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:getItem", parameters, pattern, options)


def get_resource_policy(
    name: str,
    parameters: GetResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:getResourcePolicy (``arn:aws:states:::aws-sdk:dynamodb:getResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:getResourcePolicy", parameters, pattern, options)


def import_table(
    name: str,
    parameters: ImportTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:importTable (``arn:aws:states:::aws-sdk:dynamodb:importTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:importTable", parameters, pattern, options)


def list_backups(
    name: str,
    parameters: ListBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listBackups (``arn:aws:states:::aws-sdk:dynamodb:listBackups``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listBackups", parameters, pattern, options)


def list_bulk_operations(
    name: str,
    parameters: ListBulkOperationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listBulkOperations (``arn:aws:states:::aws-sdk:dynamodb:listBulkOperations``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listBulkOperations", parameters, pattern, options)


def list_contributor_insights(
    name: str,
    parameters: ListContributorInsightsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listContributorInsights (``arn:aws:states:::aws-sdk:dynamodb:listContributorInsights``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listContributorInsights", parameters, pattern, options)


def list_exports(
    name: str,
    parameters: ListExportsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listExports (``arn:aws:states:::aws-sdk:dynamodb:listExports``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listExports", parameters, pattern, options)


def list_global_tables(
    name: str,
    parameters: ListGlobalTablesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listGlobalTables (``arn:aws:states:::aws-sdk:dynamodb:listGlobalTables``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listGlobalTables", parameters, pattern, options)


def list_imports(
    name: str,
    parameters: ListImportsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listImports (``arn:aws:states:::aws-sdk:dynamodb:listImports``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listImports", parameters, pattern, options)


def list_tables(
    name: str,
    parameters: ListTablesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listTables (``arn:aws:states:::aws-sdk:dynamodb:listTables``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listTables", parameters, pattern, options)


def list_tags_of_resource(
    name: str,
    parameters: ListTagsOfResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:listTagsOfResource (``arn:aws:states:::aws-sdk:dynamodb:listTagsOfResource``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:listTagsOfResource", parameters, pattern, options)


def put_item(
    name: str,
    parameters: PutItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:putItem (``arn:aws:states:::aws-sdk:dynamodb:putItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:putItem", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:putResourcePolicy (``arn:aws:states:::aws-sdk:dynamodb:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:putResourcePolicy", parameters, pattern, options)


def query(
    name: str,
    parameters: QueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:query (``arn:aws:states:::aws-sdk:dynamodb:query``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:query", parameters, pattern, options)


def restore_table_from_backup(
    name: str,
    parameters: RestoreTableFromBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:restoreTableFromBackup (``arn:aws:states:::aws-sdk:dynamodb:restoreTableFromBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:restoreTableFromBackup", parameters, pattern, options)


def restore_table_to_point_in_time(
    name: str,
    parameters: RestoreTableToPointInTimeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:restoreTableToPointInTime (``arn:aws:states:::aws-sdk:dynamodb:restoreTableToPointInTime``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:restoreTableToPointInTime", parameters, pattern, options)


def scan(
    name: str,
    parameters: ScanParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:scan (``arn:aws:states:::aws-sdk:dynamodb:scan``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:scan", parameters, pattern, options)


def search_vectors(
    name: str,
    parameters: SearchVectorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:searchVectors (``arn:aws:states:::aws-sdk:dynamodb:searchVectors``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:searchVectors", parameters, pattern, options)


def start_bulk_put_items(
    name: str,
    parameters: StartBulkPutItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:startBulkPutItems (``arn:aws:states:::aws-sdk:dynamodb:startBulkPutItems``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:startBulkPutItems", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:tagResource (``arn:aws:states:::aws-sdk:dynamodb:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:tagResource", parameters, pattern, options)


def transact_get_items(
    name: str,
    parameters: TransactGetItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:transactGetItems (``arn:aws:states:::aws-sdk:dynamodb:transactGetItems``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:transactGetItems", parameters, pattern, options)


def transact_write_items(
    name: str,
    parameters: TransactWriteItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:transactWriteItems (``arn:aws:states:::aws-sdk:dynamodb:transactWriteItems``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:transactWriteItems", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:untagResource (``arn:aws:states:::aws-sdk:dynamodb:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:untagResource", parameters, pattern, options)


def update_continuous_backups(
    name: str,
    parameters: UpdateContinuousBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateContinuousBackups (``arn:aws:states:::aws-sdk:dynamodb:updateContinuousBackups``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateContinuousBackups", parameters, pattern, options)


def update_contributor_insights(
    name: str,
    parameters: UpdateContributorInsightsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateContributorInsights (``arn:aws:states:::aws-sdk:dynamodb:updateContributorInsights``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateContributorInsights", parameters, pattern, options)


def update_global_table(
    name: str,
    parameters: UpdateGlobalTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateGlobalTable (``arn:aws:states:::aws-sdk:dynamodb:updateGlobalTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateGlobalTable", parameters, pattern, options)


def update_global_table_settings(
    name: str,
    parameters: UpdateGlobalTableSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateGlobalTableSettings (``arn:aws:states:::aws-sdk:dynamodb:updateGlobalTableSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateGlobalTableSettings", parameters, pattern, options)


def update_item(
    name: str,
    parameters: UpdateItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateItem (``arn:aws:states:::aws-sdk:dynamodb:updateItem``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateItem", parameters, pattern, options)


def update_kinesis_streaming_destination(
    name: str,
    parameters: UpdateKinesisStreamingDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateKinesisStreamingDestination (``arn:aws:states:::aws-sdk:dynamodb:updateKinesisStreamingDestination``); the parameters are checked against its API model."""
    return sdk_task(
        name, "dynamodb:updateKinesisStreamingDestination", parameters, pattern, options
    )


def update_table(
    name: str,
    parameters: UpdateTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateTable (``arn:aws:states:::aws-sdk:dynamodb:updateTable``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateTable", parameters, pattern, options)


def update_table_replica_auto_scaling(
    name: str,
    parameters: UpdateTableReplicaAutoScalingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateTableReplicaAutoScaling (``arn:aws:states:::aws-sdk:dynamodb:updateTableReplicaAutoScaling``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateTableReplicaAutoScaling", parameters, pattern, options)


def update_time_to_live(
    name: str,
    parameters: UpdateTimeToLiveParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call dynamodb:updateTimeToLive (``arn:aws:states:::aws-sdk:dynamodb:updateTimeToLive``); the parameters are checked against its API model."""
    return sdk_task(name, "dynamodb:updateTimeToLive", parameters, pattern, options)


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
