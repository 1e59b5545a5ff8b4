"""Typed builders of the AWS SDK integration of cloudwatchlogs (``aws-sdk:cloudwatchlogs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AssociateKmsKeyParameters = TypedDict(
    "AssociateKmsKeyParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
    },
    total=False,
)

class DataSource(TypedDict, total=False):
    Name: S
    Type: S

AssociateSourceToS3TableIntegrationParameters = TypedDict(
    "AssociateSourceToS3TableIntegrationParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "DataSource": X[DataSource],
        "DataSource.$": str,
    },
    total=False,
)
CancelExportTaskParameters = TypedDict(
    "CancelExportTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
CancelImportTaskParameters = TypedDict(
    "CancelImportTaskParameters", {"ImportId": S, "ImportId.$": str}, total=False
)

class S3DeliveryConfiguration(TypedDict, total=False):
    SuffixPath: S
    EnableHiveCompatiblePath: B

CreateDeliveryParameters = TypedDict(
    "CreateDeliveryParameters",
    {
        "DeliverySourceName": S,
        "DeliverySourceName.$": str,
        "DeliveryDestinationArn": S,
        "DeliveryDestinationArn.$": str,
        "RecordFields": L[Si],
        "RecordFields.$": str,
        "FieldDelimiter": S,
        "FieldDelimiter.$": str,
        "S3DeliveryConfiguration": X[S3DeliveryConfiguration],
        "S3DeliveryConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateExportTaskParameters = TypedDict(
    "CreateExportTaskParameters",
    {
        "TaskName": S,
        "TaskName.$": str,
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogStreamNamePrefix": S,
        "LogStreamNamePrefix.$": str,
        "From": I,
        "From.$": str,
        "To": I,
        "To.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationPrefix": S,
        "DestinationPrefix.$": str,
    },
    total=False,
)

class ImportFilter(TypedDict, total=False):
    StartEventTime: I
    EndEventTime: I

CreateImportTaskParameters = TypedDict(
    "CreateImportTaskParameters",
    {
        "ImportSourceArn": S,
        "ImportSourceArn.$": str,
        "ImportRoleArn": S,
        "ImportRoleArn.$": str,
        "ImportFilter": X[ImportFilter],
        "ImportFilter.$": str,
    },
    total=False,
)
CreateLogAnomalyDetectorParameters = TypedDict(
    "CreateLogAnomalyDetectorParameters",
    {
        "LogGroupArnList": L[Si],
        "LogGroupArnList.$": str,
        "DetectorName": S,
        "DetectorName.$": str,
        "EvaluationFrequency": S,
        "EvaluationFrequency.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AnomalyVisibilityTime": I,
        "AnomalyVisibilityTime.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLogGroupParameters = TypedDict(
    "CreateLogGroupParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LogGroupClass": S,
        "LogGroupClass.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)
CreateLogStreamParameters = TypedDict(
    "CreateLogStreamParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "LogStreamName": S, "LogStreamName.$": str},
    total=False,
)
CreateLookupTableParameters = TypedDict(
    "CreateLookupTableParameters",
    {
        "LookupTableName": S,
        "LookupTableName.$": str,
        "Description": S,
        "Description.$": str,
        "TableBody": S,
        "TableBody.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3Configuration(TypedDict, total=False):
    DestinationIdentifier: S
    RoleArn: S
    OwnerAccountId: S
    KmsKeyId: S

class LookupTableConfiguration(TypedDict, total=False):
    TableName: S
    RoleArn: S
    Description: S
    KmsKeyId: S
    Tags: M[S]

class DestinationConfiguration(TypedDict, total=False):
    S3Configuration: X[S3Configuration]
    LookupTableConfiguration: X[LookupTableConfiguration]

CreateScheduledQueryParameters = TypedDict(
    "CreateScheduledQueryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "QueryLanguage": S,
        "QueryLanguage.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "StartTimeOffset": I,
        "StartTimeOffset.$": str,
        "EndTimeOffset": I,
        "EndTimeOffset.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
        "ScheduleStartTime": I,
        "ScheduleStartTime.$": str,
        "ScheduleEndTime": I,
        "ScheduleEndTime.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "State": S,
        "State.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccountPolicyParameters = TypedDict(
    "DeleteAccountPolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteDataProtectionPolicyParameters = TypedDict(
    "DeleteDataProtectionPolicyParameters",
    {"LogGroupIdentifier": S, "LogGroupIdentifier.$": str},
    total=False,
)
DeleteDeliveryParameters = TypedDict(
    "DeleteDeliveryParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteDeliveryDestinationParameters = TypedDict(
    "DeleteDeliveryDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDeliveryDestinationPolicyParameters = TypedDict(
    "DeleteDeliveryDestinationPolicyParameters",
    {"DeliveryDestinationName": S, "DeliveryDestinationName.$": str},
    total=False,
)
DeleteDeliverySourceParameters = TypedDict(
    "DeleteDeliverySourceParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDestinationParameters = TypedDict(
    "DeleteDestinationParameters", {"DestinationName": S, "DestinationName.$": str}, total=False
)
DeleteIndexPolicyParameters = TypedDict(
    "DeleteIndexPolicyParameters",
    {"LogGroupIdentifier": S, "LogGroupIdentifier.$": str},
    total=False,
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"IntegrationName": S, "IntegrationName.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteLogAnomalyDetectorParameters = TypedDict(
    "DeleteLogAnomalyDetectorParameters",
    {"AnomalyDetectorArn": S, "AnomalyDetectorArn.$": str},
    total=False,
)
DeleteLogGroupParameters = TypedDict(
    "DeleteLogGroupParameters", {"LogGroupName": S, "LogGroupName.$": str}, total=False
)
DeleteLogStreamParameters = TypedDict(
    "DeleteLogStreamParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "LogStreamName": S, "LogStreamName.$": str},
    total=False,
)
DeleteLookupTableParameters = TypedDict(
    "DeleteLookupTableParameters", {"LookupTableArn": S, "LookupTableArn.$": str}, total=False
)
DeleteMetricFilterParameters = TypedDict(
    "DeleteMetricFilterParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "FilterName": S, "FilterName.$": str},
    total=False,
)
DeleteQueryDefinitionParameters = TypedDict(
    "DeleteQueryDefinitionParameters",
    {"QueryDefinitionId": S, "QueryDefinitionId.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
DeleteRetentionPolicyParameters = TypedDict(
    "DeleteRetentionPolicyParameters", {"LogGroupName": S, "LogGroupName.$": str}, total=False
)
DeleteScheduledQueryParameters = TypedDict(
    "DeleteScheduledQueryParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteSubscriptionFilterParameters = TypedDict(
    "DeleteSubscriptionFilterParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "FilterName": S, "FilterName.$": str},
    total=False,
)
DeleteSyslogConfigurationParameters = TypedDict(
    "DeleteSyslogConfigurationParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
    },
    total=False,
)
DeleteTransformerParameters = TypedDict(
    "DeleteTransformerParameters",
    {"LogGroupIdentifier": S, "LogGroupIdentifier.$": str},
    total=False,
)
DescribeAccountPoliciesParameters = TypedDict(
    "DescribeAccountPoliciesParameters",
    {
        "PolicyType": S,
        "PolicyType.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "AccountIdentifiers": L[Si],
        "AccountIdentifiers.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConfigurationTemplatesParameters = TypedDict(
    "DescribeConfigurationTemplatesParameters",
    {
        "Service": S,
        "Service.$": str,
        "LogTypes": L[Si],
        "LogTypes.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "DeliveryDestinationTypes": L[Si],
        "DeliveryDestinationTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeDeliveriesParameters = TypedDict(
    "DescribeDeliveriesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "DeliverySourceNames": L[Si],
        "DeliverySourceNames.$": str,
    },
    total=False,
)
DescribeDeliveryDestinationsParameters = TypedDict(
    "DescribeDeliveryDestinationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "Names": L[Si],
        "Names.$": str,
    },
    total=False,
)
DescribeDeliverySourcesParameters = TypedDict(
    "DescribeDeliverySourcesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
    },
    total=False,
)
DescribeDestinationsParameters = TypedDict(
    "DescribeDestinationsParameters",
    {
        "DestinationNamePrefix": S,
        "DestinationNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeExportTasksParameters = TypedDict(
    "DescribeExportTasksParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeFieldIndexesParameters = TypedDict(
    "DescribeFieldIndexesParameters",
    {
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "IndexCategories": L[Si],
        "IndexCategories.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeImportTaskBatchesParameters = TypedDict(
    "DescribeImportTaskBatchesParameters",
    {
        "ImportId": S,
        "ImportId.$": str,
        "BatchImportStatus": L[Si],
        "BatchImportStatus.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeImportTasksParameters = TypedDict(
    "DescribeImportTasksParameters",
    {
        "ImportId": S,
        "ImportId.$": str,
        "ImportStatus": S,
        "ImportStatus.$": str,
        "ImportSourceArn": S,
        "ImportSourceArn.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeIndexPoliciesParameters = TypedDict(
    "DescribeIndexPoliciesParameters",
    {
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeLogGroupsParameters = TypedDict(
    "DescribeLogGroupsParameters",
    {
        "AccountIdentifiers": L[Si],
        "AccountIdentifiers.$": str,
        "LogGroupNamePrefix": S,
        "LogGroupNamePrefix.$": str,
        "LogGroupNamePattern": S,
        "LogGroupNamePattern.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "LogGroupClass": S,
        "LogGroupClass.$": str,
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
    },
    total=False,
)
DescribeLogStreamsParameters = TypedDict(
    "DescribeLogStreamsParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "LogStreamNamePrefix": S,
        "LogStreamNamePrefix.$": str,
        "OrderBy": S,
        "OrderBy.$": str,
        "Descending": B,
        "Descending.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeLookupTablesParameters = TypedDict(
    "DescribeLookupTablesParameters",
    {
        "LookupTableNamePrefix": S,
        "LookupTableNamePrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMetricFiltersParameters = TypedDict(
    "DescribeMetricFiltersParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "FilterNamePrefix": S,
        "FilterNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "MetricNamespace": S,
        "MetricNamespace.$": str,
    },
    total=False,
)
DescribeQueriesParameters = TypedDict(
    "DescribeQueriesParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "QueryLanguage": S,
        "QueryLanguage.$": str,
    },
    total=False,
)
DescribeQueryDefinitionsParameters = TypedDict(
    "DescribeQueryDefinitionsParameters",
    {
        "QueryLanguage": S,
        "QueryLanguage.$": str,
        "QueryDefinitionNamePrefix": S,
        "QueryDefinitionNamePrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeResourcePoliciesParameters = TypedDict(
    "DescribeResourcePoliciesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyScope": S,
        "PolicyScope.$": str,
    },
    total=False,
)
DescribeSubscriptionFiltersParameters = TypedDict(
    "DescribeSubscriptionFiltersParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "FilterNamePrefix": S,
        "FilterNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DisassociateKmsKeyParameters = TypedDict(
    "DisassociateKmsKeyParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
    },
    total=False,
)
DisassociateSourceFromS3TableIntegrationParameters = TypedDict(
    "DisassociateSourceFromS3TableIntegrationParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
FilterLogEventsParameters = TypedDict(
    "FilterLogEventsParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "LogStreamNames": L[Si],
        "LogStreamNames.$": str,
        "LogStreamNamePrefix": S,
        "LogStreamNamePrefix.$": str,
        "StartTime": I,
        "StartTime.$": str,
        "EndTime": I,
        "EndTime.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "StartFromHead": B,
        "StartFromHead.$": str,
        "Interleaved": B,
        "Interleaved.$": str,
        "Unmask": B,
        "Unmask.$": str,
    },
    total=False,
)
GetDataProtectionPolicyParameters = TypedDict(
    "GetDataProtectionPolicyParameters",
    {"LogGroupIdentifier": S, "LogGroupIdentifier.$": str},
    total=False,
)
GetDeliveryParameters = TypedDict("GetDeliveryParameters", {"Id": S, "Id.$": str}, total=False)
GetDeliveryDestinationParameters = TypedDict(
    "GetDeliveryDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
GetDeliveryDestinationPolicyParameters = TypedDict(
    "GetDeliveryDestinationPolicyParameters",
    {"DeliveryDestinationName": S, "DeliveryDestinationName.$": str},
    total=False,
)
GetDeliverySourceParameters = TypedDict(
    "GetDeliverySourceParameters", {"Name": S, "Name.$": str}, total=False
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters", {"IntegrationName": S, "IntegrationName.$": str}, total=False
)
GetLogAnomalyDetectorParameters = TypedDict(
    "GetLogAnomalyDetectorParameters",
    {"AnomalyDetectorArn": S, "AnomalyDetectorArn.$": str},
    total=False,
)
GetLogEventsParameters = TypedDict(
    "GetLogEventsParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "LogStreamName": S,
        "LogStreamName.$": str,
        "StartTime": I,
        "StartTime.$": str,
        "EndTime": I,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "StartFromHead": B,
        "StartFromHead.$": str,
        "Unmask": B,
        "Unmask.$": str,
    },
    total=False,
)
GetLogFieldsParameters = TypedDict(
    "GetLogFieldsParameters",
    {"DataSourceName": S, "DataSourceName.$": str, "DataSourceType": S, "DataSourceType.$": str},
    total=False,
)
GetLogGroupFieldsParameters = TypedDict(
    "GetLogGroupFieldsParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "Time": I,
        "Time.$": str,
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
    },
    total=False,
)
GetLogObjectParameters = TypedDict(
    "GetLogObjectParameters",
    {"Unmask": B, "Unmask.$": str, "LogObjectPointer": S, "LogObjectPointer.$": str},
    total=False,
)
GetLogRecordParameters = TypedDict(
    "GetLogRecordParameters",
    {"LogRecordPointer": S, "LogRecordPointer.$": str, "Unmask": B, "Unmask.$": str},
    total=False,
)
GetLookupTableParameters = TypedDict(
    "GetLookupTableParameters", {"LookupTableArn": S, "LookupTableArn.$": str}, total=False
)
GetQueryResultsParameters = TypedDict(
    "GetQueryResultsParameters",
    {
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
GetScheduledQueryParameters = TypedDict(
    "GetScheduledQueryParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetScheduledQueryHistoryParameters = TypedDict(
    "GetScheduledQueryHistoryParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StartTime": I,
        "StartTime.$": str,
        "EndTime": I,
        "EndTime.$": str,
        "ExecutionStatuses": L[Si],
        "ExecutionStatuses.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class GetStorageTierPolicyParameters(TypedDict, total=False): ...

GetTransformerParameters = TypedDict(
    "GetTransformerParameters", {"LogGroupIdentifier": S, "LogGroupIdentifier.$": str}, total=False
)

class DataSourceFilter(TypedDict, total=False):
    Name: S
    Type: S

ListAggregateLogGroupSummariesParameters = TypedDict(
    "ListAggregateLogGroupSummariesParameters",
    {
        "AccountIdentifiers": L[Si],
        "AccountIdentifiers.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "LogGroupClass": S,
        "LogGroupClass.$": str,
        "LogGroupNamePattern": S,
        "LogGroupNamePattern.$": str,
        "DataSources": L[Xi[DataSourceFilter]],
        "DataSources.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListAnomaliesParameters = TypedDict(
    "ListAnomaliesParameters",
    {
        "AnomalyDetectorArn": S,
        "AnomalyDetectorArn.$": str,
        "SuppressionState": S,
        "SuppressionState.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIntegrationsParameters = TypedDict(
    "ListIntegrationsParameters",
    {
        "IntegrationNamePrefix": S,
        "IntegrationNamePrefix.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "IntegrationStatus": S,
        "IntegrationStatus.$": str,
    },
    total=False,
)
ListLogAnomalyDetectorsParameters = TypedDict(
    "ListLogAnomalyDetectorsParameters",
    {
        "FilterLogGroupArn": S,
        "FilterLogGroupArn.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

ListLogGroupsParameters = TypedDict(
    "ListLogGroupsParameters",
    {
        "LogGroupNamePattern": S,
        "LogGroupNamePattern.$": str,
        "LogGroupClass": S,
        "LogGroupClass.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "AccountIdentifiers": L[Si],
        "AccountIdentifiers.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "DataSources": L[Xi[DataSourceFilter]],
        "DataSources.$": str,
        "FieldIndexNames": L[Si],
        "FieldIndexNames.$": str,
        "LogGroupTags": L[Xi[TagFilter]],
        "LogGroupTags.$": str,
    },
    total=False,
)
ListLogGroupsForQueryParameters = TypedDict(
    "ListLogGroupsForQueryParameters",
    {
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListScheduledQueriesParameters = TypedDict(
    "ListScheduledQueriesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
        "ScheduleType": S,
        "ScheduleType.$": str,
    },
    total=False,
)
ListSourcesForS3TableIntegrationParameters = TypedDict(
    "ListSourcesForS3TableIntegrationParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSyslogConfigurationsParameters = TypedDict(
    "ListSyslogConfigurationsParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
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
ListTagsLogGroupParameters = TypedDict(
    "ListTagsLogGroupParameters", {"LogGroupName": S, "LogGroupName.$": str}, total=False
)
PutAccountPolicyParameters = TypedDict(
    "PutAccountPolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "Scope": S,
        "Scope.$": str,
        "SelectionCriteria": S,
        "SelectionCriteria.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
PutBearerTokenAuthenticationParameters = TypedDict(
    "PutBearerTokenAuthenticationParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "BearerTokenAuthenticationEnabled": B,
        "BearerTokenAuthenticationEnabled.$": str,
    },
    total=False,
)
PutDataProtectionPolicyParameters = TypedDict(
    "PutDataProtectionPolicyParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)

class DeliveryDestinationConfiguration(TypedDict, total=False):
    DestinationResourceArn: S

PutDeliveryDestinationParameters = TypedDict(
    "PutDeliveryDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "DeliveryDestinationConfiguration": X[DeliveryDestinationConfiguration],
        "DeliveryDestinationConfiguration.$": str,
        "DeliveryDestinationType": S,
        "DeliveryDestinationType.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutDeliveryDestinationPolicyParameters = TypedDict(
    "PutDeliveryDestinationPolicyParameters",
    {
        "DeliveryDestinationName": S,
        "DeliveryDestinationName.$": str,
        "DeliveryDestinationPolicy": S,
        "DeliveryDestinationPolicy.$": str,
    },
    total=False,
)
PutDeliverySourceParameters = TypedDict(
    "PutDeliverySourceParameters",
    {
        "Name": S,
        "Name.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "LogType": S,
        "LogType.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DeliverySourceConfiguration": M[S],
        "DeliverySourceConfiguration.$": str,
    },
    total=False,
)
PutDestinationParameters = TypedDict(
    "PutDestinationParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutDestinationPolicyParameters = TypedDict(
    "PutDestinationPolicyParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "AccessPolicy": S,
        "AccessPolicy.$": str,
        "ForceUpdate": B,
        "ForceUpdate.$": str,
    },
    total=False,
)
PutIndexPolicyParameters = TypedDict(
    "PutIndexPolicyParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)

class OpenSearchResourceConfig(TypedDict, total=False):
    KmsKeyArn: S
    DataSourceRoleArn: S
    DashboardViewerPrincipals: L[Si]
    ApplicationArn: S
    RetentionDays: I

class ResourceConfig(TypedDict, total=False):
    OpenSearchResourceConfig: X[OpenSearchResourceConfig]

PutIntegrationParameters = TypedDict(
    "PutIntegrationParameters",
    {
        "IntegrationName": S,
        "IntegrationName.$": str,
        "ResourceConfig": X[ResourceConfig],
        "ResourceConfig.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
    },
    total=False,
)

class InputLogEvent(TypedDict, total=False):
    Timestamp: I
    Message: S

class Entity(TypedDict, total=False):
    KeyAttributes: M[S]
    Attributes: M[S]

PutLogEventsParameters = TypedDict(
    "PutLogEventsParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogStreamName": S,
        "LogStreamName.$": str,
        "LogEvents": L[Xi[InputLogEvent]],
        "LogEvents.$": str,
        "SequenceToken": S,
        "SequenceToken.$": str,
        "Entity": X[Entity],
        "Entity.$": str,
    },
    total=False,
)
PutLogGroupDeletionProtectionParameters = TypedDict(
    "PutLogGroupDeletionProtectionParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
    },
    total=False,
)

class MetricTransformation(TypedDict, total=False):
    MetricName: S
    MetricNamespace: S
    MetricValue: S
    DefaultValue: F
    Dimensions: M[S]
    Unit: S

PutMetricFilterParameters = TypedDict(
    "PutMetricFilterParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "FilterName": S,
        "FilterName.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "MetricTransformations": L[Xi[MetricTransformation]],
        "MetricTransformations.$": str,
        "ApplyOnTransformedLogs": B,
        "ApplyOnTransformedLogs.$": str,
        "FieldSelectionCriteria": S,
        "FieldSelectionCriteria.$": str,
        "EmitSystemFieldDimensions": L[Si],
        "EmitSystemFieldDimensions.$": str,
    },
    total=False,
)

class QueryParameter(TypedDict, total=False):
    Name: S
    DefaultValue: S
    Description: S

PutQueryDefinitionParameters = TypedDict(
    "PutQueryDefinitionParameters",
    {
        "QueryLanguage": S,
        "QueryLanguage.$": str,
        "Name": S,
        "Name.$": str,
        "QueryDefinitionId": S,
        "QueryDefinitionId.$": str,
        "LogGroupNames": L[Si],
        "LogGroupNames.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Parameters": L[Xi[QueryParameter]],
        "Parameters.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
PutRetentionPolicyParameters = TypedDict(
    "PutRetentionPolicyParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "RetentionInDays": I, "RetentionInDays.$": str},
    total=False,
)
PutStorageTierPolicyParameters = TypedDict(
    "PutStorageTierPolicyParameters", {"StorageTier": S, "StorageTier.$": str}, total=False
)
PutSubscriptionFilterParameters = TypedDict(
    "PutSubscriptionFilterParameters",
    {
        "LogGroupName": S,
        "LogGroupName.$": str,
        "FilterName": S,
        "FilterName.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Distribution": S,
        "Distribution.$": str,
        "ApplyOnTransformedLogs": B,
        "ApplyOnTransformedLogs.$": str,
        "FieldSelectionCriteria": S,
        "FieldSelectionCriteria.$": str,
        "EmitSystemFields": L[Si],
        "EmitSystemFields.$": str,
    },
    total=False,
)
PutSyslogConfigurationParameters = TypedDict(
    "PutSyslogConfigurationParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
    },
    total=False,
)

class AddKeyEntry(TypedDict, total=False):
    Key: S
    Value: S
    OverwriteIfExists: B

class AddKeys(TypedDict, total=False):
    Entries: L[Xi[AddKeyEntry]]

class CopyValueEntry(TypedDict, total=False):
    Source: S
    Target: S
    OverwriteIfExists: B

class CopyValue(TypedDict, total=False):
    Entries: L[Xi[CopyValueEntry]]

class CSV(TypedDict, total=False):
    QuoteCharacter: S
    Delimiter: S
    Columns: L[Si]
    Source: S
    Destination: S

class DateTimeConverter(TypedDict, total=False):
    Source: S
    Target: S
    TargetFormat: S
    MatchPatterns: L[Si]
    SourceTimezone: S
    TargetTimezone: S
    Locale: S

class DeleteKeys(TypedDict, total=False):
    WithKeys: L[Si]

class Grok(TypedDict, total=False):
    Source: S
    Match: S

class ListToMap(TypedDict, total=False):
    Source: S
    Key: S
    ValueKey: S
    Target: S
    Flatten: B
    FlattenedElement: S

class LowerCaseString(TypedDict, total=False):
    WithKeys: L[Si]

class MoveKeyEntry(TypedDict, total=False):
    Source: S
    Target: S
    OverwriteIfExists: B

class MoveKeys(TypedDict, total=False):
    Entries: L[Xi[MoveKeyEntry]]

class ParseCloudfront(TypedDict, total=False):
    Source: S

class ParseJSON(TypedDict, total=False):
    Source: S
    Destination: S

class ParseKeyValue(TypedDict, total=False):
    Source: S
    Destination: S
    FieldDelimiter: S
    KeyValueDelimiter: S
    KeyPrefix: S
    NonMatchValue: S
    OverwriteIfExists: B

class ParseRoute53(TypedDict, total=False):
    Source: S

class ParseToOCSF(TypedDict, total=False):
    Source: S
    EventSource: S
    OcsfVersion: S
    MappingVersion: S

class ParsePostgres(TypedDict, total=False):
    Source: S

class ParseVPC(TypedDict, total=False):
    Source: S

class ParseWAF(TypedDict, total=False):
    Source: S

class RenameKeyEntry(TypedDict, total=False):
    Key: S
    RenameTo: S
    OverwriteIfExists: B

class RenameKeys(TypedDict, total=False):
    Entries: L[Xi[RenameKeyEntry]]

class SplitStringEntry(TypedDict, total=False):
    Source: S
    Delimiter: S

class SplitString(TypedDict, total=False):
    Entries: L[Xi[SplitStringEntry]]

class SubstituteStringEntry(TypedDict, total=False):
    Source: S
    From: S
    To: S

class SubstituteString(TypedDict, total=False):
    Entries: L[Xi[SubstituteStringEntry]]

class TrimString(TypedDict, total=False):
    WithKeys: L[Si]

class TypeConverterEntry(TypedDict, total=False):
    Key: S
    Type: S

class TypeConverter(TypedDict, total=False):
    Entries: L[Xi[TypeConverterEntry]]

class UpperCaseString(TypedDict, total=False):
    WithKeys: L[Si]

class Processor(TypedDict, total=False):
    AddKeys: X[AddKeys]
    CopyValue: X[CopyValue]
    Csv: X[CSV]
    DateTimeConverter: X[DateTimeConverter]
    DeleteKeys: X[DeleteKeys]
    Grok: X[Grok]
    ListToMap: X[ListToMap]
    LowerCaseString: X[LowerCaseString]
    MoveKeys: X[MoveKeys]
    ParseCloudfront: X[ParseCloudfront]
    ParseJSON: X[ParseJSON]
    ParseKeyValue: X[ParseKeyValue]
    ParseRoute53: X[ParseRoute53]
    ParseToOCSF: X[ParseToOCSF]
    ParsePostgres: X[ParsePostgres]
    ParseVPC: X[ParseVPC]
    ParseWAF: X[ParseWAF]
    RenameKeys: X[RenameKeys]
    SplitString: X[SplitString]
    SubstituteString: X[SubstituteString]
    TrimString: X[TrimString]
    TypeConverter: X[TypeConverter]
    UpperCaseString: X[UpperCaseString]

PutTransformerParameters = TypedDict(
    "PutTransformerParameters",
    {
        "LogGroupIdentifier": S,
        "LogGroupIdentifier.$": str,
        "TransformerConfig": L[Xi[Processor]],
        "TransformerConfig.$": str,
    },
    total=False,
)
StartLiveTailParameters = TypedDict(
    "StartLiveTailParameters",
    {
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "LogStreamNames": L[Si],
        "LogStreamNames.$": str,
        "LogStreamNamePrefixes": L[Si],
        "LogStreamNamePrefixes.$": str,
        "LogEventFilterPattern": S,
        "LogEventFilterPattern.$": str,
    },
    total=False,
)
StartQueryParameters = TypedDict(
    "StartQueryParameters",
    {
        "QueryLanguage": S,
        "QueryLanguage.$": str,
        "LogGroupName": S,
        "LogGroupName.$": str,
        "LogGroupNames": L[Si],
        "LogGroupNames.$": str,
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "StartTime": I,
        "StartTime.$": str,
        "EndTime": I,
        "EndTime.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
StopQueryParameters = TypedDict(
    "StopQueryParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
TagLogGroupParameters = TypedDict(
    "TagLogGroupParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TestMetricFilterParameters = TypedDict(
    "TestMetricFilterParameters",
    {
        "FilterPattern": S,
        "FilterPattern.$": str,
        "LogEventMessages": L[Si],
        "LogEventMessages.$": str,
    },
    total=False,
)
TestTransformerParameters = TypedDict(
    "TestTransformerParameters",
    {
        "TransformerConfig": L[Xi[Processor]],
        "TransformerConfig.$": str,
        "LogEventMessages": L[Si],
        "LogEventMessages.$": str,
    },
    total=False,
)
UntagLogGroupParameters = TypedDict(
    "UntagLogGroupParameters",
    {"LogGroupName": S, "LogGroupName.$": str, "Tags": L[Si], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class SuppressionPeriod(TypedDict, total=False):
    Value: I
    SuppressionUnit: S

UpdateAnomalyParameters = TypedDict(
    "UpdateAnomalyParameters",
    {
        "AnomalyId": S,
        "AnomalyId.$": str,
        "PatternId": S,
        "PatternId.$": str,
        "AnomalyDetectorArn": S,
        "AnomalyDetectorArn.$": str,
        "SuppressionType": S,
        "SuppressionType.$": str,
        "SuppressionPeriod": X[SuppressionPeriod],
        "SuppressionPeriod.$": str,
        "Baseline": B,
        "Baseline.$": str,
    },
    total=False,
)
UpdateDeliveryConfigurationParameters = TypedDict(
    "UpdateDeliveryConfigurationParameters",
    {
        "Id": S,
        "Id.$": str,
        "RecordFields": L[Si],
        "RecordFields.$": str,
        "FieldDelimiter": S,
        "FieldDelimiter.$": str,
        "S3DeliveryConfiguration": X[S3DeliveryConfiguration],
        "S3DeliveryConfiguration.$": str,
    },
    total=False,
)
UpdateLogAnomalyDetectorParameters = TypedDict(
    "UpdateLogAnomalyDetectorParameters",
    {
        "AnomalyDetectorArn": S,
        "AnomalyDetectorArn.$": str,
        "EvaluationFrequency": S,
        "EvaluationFrequency.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "AnomalyVisibilityTime": I,
        "AnomalyVisibilityTime.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
UpdateLookupTableParameters = TypedDict(
    "UpdateLookupTableParameters",
    {
        "LookupTableArn": S,
        "LookupTableArn.$": str,
        "Description": S,
        "Description.$": str,
        "TableBody": S,
        "TableBody.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
UpdateScheduledQueryParameters = TypedDict(
    "UpdateScheduledQueryParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "QueryLanguage": S,
        "QueryLanguage.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "LogGroupIdentifiers": L[Si],
        "LogGroupIdentifiers.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "StartTimeOffset": I,
        "StartTimeOffset.$": str,
        "EndTimeOffset": I,
        "EndTimeOffset.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
        "ScheduleStartTime": I,
        "ScheduleStartTime.$": str,
        "ScheduleEndTime": I,
        "ScheduleEndTime.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
associate_kms_key: Builder[AssociateKmsKeyParameters]
associate_source_to_s3_table_integration: Builder[AssociateSourceToS3TableIntegrationParameters]
cancel_export_task: Builder[CancelExportTaskParameters]
cancel_import_task: Builder[CancelImportTaskParameters]
create_delivery: Builder[CreateDeliveryParameters]
create_export_task: Builder[CreateExportTaskParameters]
create_import_task: Builder[CreateImportTaskParameters]
create_log_anomaly_detector: Builder[CreateLogAnomalyDetectorParameters]
create_log_group: Builder[CreateLogGroupParameters]
create_log_stream: Builder[CreateLogStreamParameters]
create_lookup_table: Builder[CreateLookupTableParameters]
create_scheduled_query: Builder[CreateScheduledQueryParameters]
delete_account_policy: Builder[DeleteAccountPolicyParameters]
delete_data_protection_policy: Builder[DeleteDataProtectionPolicyParameters]
delete_delivery: Builder[DeleteDeliveryParameters]
delete_delivery_destination: Builder[DeleteDeliveryDestinationParameters]
delete_delivery_destination_policy: Builder[DeleteDeliveryDestinationPolicyParameters]
delete_delivery_source: Builder[DeleteDeliverySourceParameters]
delete_destination: Builder[DeleteDestinationParameters]
delete_index_policy: Builder[DeleteIndexPolicyParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_log_anomaly_detector: Builder[DeleteLogAnomalyDetectorParameters]
delete_log_group: Builder[DeleteLogGroupParameters]
delete_log_stream: Builder[DeleteLogStreamParameters]
delete_lookup_table: Builder[DeleteLookupTableParameters]
delete_metric_filter: Builder[DeleteMetricFilterParameters]
delete_query_definition: Builder[DeleteQueryDefinitionParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_retention_policy: Builder[DeleteRetentionPolicyParameters]
delete_scheduled_query: Builder[DeleteScheduledQueryParameters]
delete_subscription_filter: Builder[DeleteSubscriptionFilterParameters]
delete_syslog_configuration: Builder[DeleteSyslogConfigurationParameters]
delete_transformer: Builder[DeleteTransformerParameters]
describe_account_policies: Builder[DescribeAccountPoliciesParameters]
describe_configuration_templates: Builder[DescribeConfigurationTemplatesParameters]
describe_deliveries: Builder[DescribeDeliveriesParameters]
describe_delivery_destinations: Builder[DescribeDeliveryDestinationsParameters]
describe_delivery_sources: Builder[DescribeDeliverySourcesParameters]
describe_destinations: Builder[DescribeDestinationsParameters]
describe_export_tasks: Builder[DescribeExportTasksParameters]
describe_field_indexes: Builder[DescribeFieldIndexesParameters]
describe_import_task_batches: Builder[DescribeImportTaskBatchesParameters]
describe_import_tasks: Builder[DescribeImportTasksParameters]
describe_index_policies: Builder[DescribeIndexPoliciesParameters]
describe_log_groups: Builder[DescribeLogGroupsParameters]
describe_log_streams: Builder[DescribeLogStreamsParameters]
describe_lookup_tables: Builder[DescribeLookupTablesParameters]
describe_metric_filters: Builder[DescribeMetricFiltersParameters]
describe_queries: Builder[DescribeQueriesParameters]
describe_query_definitions: Builder[DescribeQueryDefinitionsParameters]
describe_resource_policies: Builder[DescribeResourcePoliciesParameters]
describe_subscription_filters: Builder[DescribeSubscriptionFiltersParameters]
disassociate_kms_key: Builder[DisassociateKmsKeyParameters]
disassociate_source_from_s3_table_integration: Builder[
    DisassociateSourceFromS3TableIntegrationParameters
]
filter_log_events: Builder[FilterLogEventsParameters]
get_data_protection_policy: Builder[GetDataProtectionPolicyParameters]
get_delivery: Builder[GetDeliveryParameters]
get_delivery_destination: Builder[GetDeliveryDestinationParameters]
get_delivery_destination_policy: Builder[GetDeliveryDestinationPolicyParameters]
get_delivery_source: Builder[GetDeliverySourceParameters]
get_integration: Builder[GetIntegrationParameters]
get_log_anomaly_detector: Builder[GetLogAnomalyDetectorParameters]
get_log_events: Builder[GetLogEventsParameters]
get_log_fields: Builder[GetLogFieldsParameters]
get_log_group_fields: Builder[GetLogGroupFieldsParameters]
get_log_object: Builder[GetLogObjectParameters]
get_log_record: Builder[GetLogRecordParameters]
get_lookup_table: Builder[GetLookupTableParameters]
get_query_results: Builder[GetQueryResultsParameters]
get_scheduled_query: Builder[GetScheduledQueryParameters]
get_scheduled_query_history: Builder[GetScheduledQueryHistoryParameters]
get_storage_tier_policy: Builder[GetStorageTierPolicyParameters]
get_transformer: Builder[GetTransformerParameters]
list_aggregate_log_group_summaries: Builder[ListAggregateLogGroupSummariesParameters]
list_anomalies: Builder[ListAnomaliesParameters]
list_integrations: Builder[ListIntegrationsParameters]
list_log_anomaly_detectors: Builder[ListLogAnomalyDetectorsParameters]
list_log_groups: Builder[ListLogGroupsParameters]
list_log_groups_for_query: Builder[ListLogGroupsForQueryParameters]
list_scheduled_queries: Builder[ListScheduledQueriesParameters]
list_sources_for_s3_table_integration: Builder[ListSourcesForS3TableIntegrationParameters]
list_syslog_configurations: Builder[ListSyslogConfigurationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tags_log_group: Builder[ListTagsLogGroupParameters]
put_account_policy: Builder[PutAccountPolicyParameters]
put_bearer_token_authentication: Builder[PutBearerTokenAuthenticationParameters]
put_data_protection_policy: Builder[PutDataProtectionPolicyParameters]
put_delivery_destination: Builder[PutDeliveryDestinationParameters]
put_delivery_destination_policy: Builder[PutDeliveryDestinationPolicyParameters]
put_delivery_source: Builder[PutDeliverySourceParameters]
put_destination: Builder[PutDestinationParameters]
put_destination_policy: Builder[PutDestinationPolicyParameters]
put_index_policy: Builder[PutIndexPolicyParameters]
put_integration: Builder[PutIntegrationParameters]
put_log_events: Builder[PutLogEventsParameters]
put_log_group_deletion_protection: Builder[PutLogGroupDeletionProtectionParameters]
put_metric_filter: Builder[PutMetricFilterParameters]
put_query_definition: Builder[PutQueryDefinitionParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_retention_policy: Builder[PutRetentionPolicyParameters]
put_storage_tier_policy: Builder[PutStorageTierPolicyParameters]
put_subscription_filter: Builder[PutSubscriptionFilterParameters]
put_syslog_configuration: Builder[PutSyslogConfigurationParameters]
put_transformer: Builder[PutTransformerParameters]
start_live_tail: Builder[StartLiveTailParameters]
start_query: Builder[StartQueryParameters]
stop_query: Builder[StopQueryParameters]
tag_log_group: Builder[TagLogGroupParameters]
tag_resource: Builder[TagResourceParameters]
test_metric_filter: Builder[TestMetricFilterParameters]
test_transformer: Builder[TestTransformerParameters]
untag_log_group: Builder[UntagLogGroupParameters]
untag_resource: Builder[UntagResourceParameters]
update_anomaly: Builder[UpdateAnomalyParameters]
update_delivery_configuration: Builder[UpdateDeliveryConfigurationParameters]
update_log_anomaly_detector: Builder[UpdateLogAnomalyDetectorParameters]
update_lookup_table: Builder[UpdateLookupTableParameters]
update_scheduled_query: Builder[UpdateScheduledQueryParameters]

__all__ = [
    "associate_kms_key",
    "associate_source_to_s3_table_integration",
    "cancel_export_task",
    "cancel_import_task",
    "create_delivery",
    "create_export_task",
    "create_import_task",
    "create_log_anomaly_detector",
    "create_log_group",
    "create_log_stream",
    "create_lookup_table",
    "create_scheduled_query",
    "delete_account_policy",
    "delete_data_protection_policy",
    "delete_delivery",
    "delete_delivery_destination",
    "delete_delivery_destination_policy",
    "delete_delivery_source",
    "delete_destination",
    "delete_index_policy",
    "delete_integration",
    "delete_log_anomaly_detector",
    "delete_log_group",
    "delete_log_stream",
    "delete_lookup_table",
    "delete_metric_filter",
    "delete_query_definition",
    "delete_resource_policy",
    "delete_retention_policy",
    "delete_scheduled_query",
    "delete_subscription_filter",
    "delete_syslog_configuration",
    "delete_transformer",
    "describe_account_policies",
    "describe_configuration_templates",
    "describe_deliveries",
    "describe_delivery_destinations",
    "describe_delivery_sources",
    "describe_destinations",
    "describe_export_tasks",
    "describe_field_indexes",
    "describe_import_task_batches",
    "describe_import_tasks",
    "describe_index_policies",
    "describe_log_groups",
    "describe_log_streams",
    "describe_lookup_tables",
    "describe_metric_filters",
    "describe_queries",
    "describe_query_definitions",
    "describe_resource_policies",
    "describe_subscription_filters",
    "disassociate_kms_key",
    "disassociate_source_from_s3_table_integration",
    "filter_log_events",
    "get_data_protection_policy",
    "get_delivery",
    "get_delivery_destination",
    "get_delivery_destination_policy",
    "get_delivery_source",
    "get_integration",
    "get_log_anomaly_detector",
    "get_log_events",
    "get_log_fields",
    "get_log_group_fields",
    "get_log_object",
    "get_log_record",
    "get_lookup_table",
    "get_query_results",
    "get_scheduled_query",
    "get_scheduled_query_history",
    "get_storage_tier_policy",
    "get_transformer",
    "list_aggregate_log_group_summaries",
    "list_anomalies",
    "list_integrations",
    "list_log_anomaly_detectors",
    "list_log_groups",
    "list_log_groups_for_query",
    "list_scheduled_queries",
    "list_sources_for_s3_table_integration",
    "list_syslog_configurations",
    "list_tags_for_resource",
    "list_tags_log_group",
    "put_account_policy",
    "put_bearer_token_authentication",
    "put_data_protection_policy",
    "put_delivery_destination",
    "put_delivery_destination_policy",
    "put_delivery_source",
    "put_destination",
    "put_destination_policy",
    "put_index_policy",
    "put_integration",
    "put_log_events",
    "put_log_group_deletion_protection",
    "put_metric_filter",
    "put_query_definition",
    "put_resource_policy",
    "put_retention_policy",
    "put_storage_tier_policy",
    "put_subscription_filter",
    "put_syslog_configuration",
    "put_transformer",
    "start_live_tail",
    "start_query",
    "stop_query",
    "tag_log_group",
    "tag_resource",
    "test_metric_filter",
    "test_transformer",
    "untag_log_group",
    "untag_resource",
    "update_anomaly",
    "update_delivery_configuration",
    "update_log_anomaly_detector",
    "update_lookup_table",
    "update_scheduled_query",
]
