# ruff: noqa: PT028
"""Typed builders of the AWS SDK integration of cloudwatchlogs.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssociateKmsKeyParameters = TypedDict(
        "AssociateKmsKeyParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "ResourceIdentifier": Any,
            "ResourceIdentifier.$": Any,
        },
        total=False,
    )
    AssociateSourceToS3TableIntegrationParameters = TypedDict(
        "AssociateSourceToS3TableIntegrationParameters",
        {"IntegrationArn": Any, "IntegrationArn.$": Any, "DataSource": Any, "DataSource.$": Any},
        total=False,
    )
    CancelExportTaskParameters = TypedDict(
        "CancelExportTaskParameters", {"TaskId": Any, "TaskId.$": Any}, total=False
    )
    CancelImportTaskParameters = TypedDict(
        "CancelImportTaskParameters", {"ImportId": Any, "ImportId.$": Any}, total=False
    )
    CreateDeliveryParameters = TypedDict(
        "CreateDeliveryParameters",
        {
            "DeliverySourceName": Any,
            "DeliverySourceName.$": Any,
            "DeliveryDestinationArn": Any,
            "DeliveryDestinationArn.$": Any,
            "RecordFields": Any,
            "RecordFields.$": Any,
            "FieldDelimiter": Any,
            "FieldDelimiter.$": Any,
            "S3DeliveryConfiguration": Any,
            "S3DeliveryConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateExportTaskParameters = TypedDict(
        "CreateExportTaskParameters",
        {
            "TaskName": Any,
            "TaskName.$": Any,
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogStreamNamePrefix": Any,
            "LogStreamNamePrefix.$": Any,
            "From": Any,
            "From.$": Any,
            "To": Any,
            "To.$": Any,
            "Destination": Any,
            "Destination.$": Any,
            "DestinationPrefix": Any,
            "DestinationPrefix.$": Any,
        },
        total=False,
    )
    CreateImportTaskParameters = TypedDict(
        "CreateImportTaskParameters",
        {
            "ImportSourceArn": Any,
            "ImportSourceArn.$": Any,
            "ImportRoleArn": Any,
            "ImportRoleArn.$": Any,
            "ImportFilter": Any,
            "ImportFilter.$": Any,
        },
        total=False,
    )
    CreateLogAnomalyDetectorParameters = TypedDict(
        "CreateLogAnomalyDetectorParameters",
        {
            "LogGroupArnList": Any,
            "LogGroupArnList.$": Any,
            "DetectorName": Any,
            "DetectorName.$": Any,
            "EvaluationFrequency": Any,
            "EvaluationFrequency.$": Any,
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "AnomalyVisibilityTime": Any,
            "AnomalyVisibilityTime.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateLogGroupParameters = TypedDict(
        "CreateLogGroupParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "LogGroupClass": Any,
            "LogGroupClass.$": Any,
            "DeletionProtectionEnabled": Any,
            "DeletionProtectionEnabled.$": Any,
        },
        total=False,
    )
    CreateLogStreamParameters = TypedDict(
        "CreateLogStreamParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "LogStreamName": Any, "LogStreamName.$": Any},
        total=False,
    )
    CreateLookupTableParameters = TypedDict(
        "CreateLookupTableParameters",
        {
            "LookupTableName": Any,
            "LookupTableName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "TableBody": Any,
            "TableBody.$": Any,
            "QueryId": Any,
            "QueryId.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateScheduledQueryParameters = TypedDict(
        "CreateScheduledQueryParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "Timezone": Any,
            "Timezone.$": Any,
            "StartTimeOffset": Any,
            "StartTimeOffset.$": Any,
            "EndTimeOffset": Any,
            "EndTimeOffset.$": Any,
            "DestinationConfiguration": Any,
            "DestinationConfiguration.$": Any,
            "ScheduleStartTime": Any,
            "ScheduleStartTime.$": Any,
            "ScheduleEndTime": Any,
            "ScheduleEndTime.$": Any,
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "State": Any,
            "State.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteAccountPolicyParameters = TypedDict(
        "DeleteAccountPolicyParameters",
        {
            "PolicyName": Any,
            "PolicyName.$": Any,
            "PolicyType": Any,
            "PolicyType.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    DeleteDataProtectionPolicyParameters = TypedDict(
        "DeleteDataProtectionPolicyParameters",
        {"LogGroupIdentifier": Any, "LogGroupIdentifier.$": Any},
        total=False,
    )
    DeleteDeliveryParameters = TypedDict(
        "DeleteDeliveryParameters", {"Id": Any, "Id.$": Any}, total=False
    )
    DeleteDeliveryDestinationParameters = TypedDict(
        "DeleteDeliveryDestinationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDeliveryDestinationPolicyParameters = TypedDict(
        "DeleteDeliveryDestinationPolicyParameters",
        {"DeliveryDestinationName": Any, "DeliveryDestinationName.$": Any},
        total=False,
    )
    DeleteDeliverySourceParameters = TypedDict(
        "DeleteDeliverySourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDestinationParameters = TypedDict(
        "DeleteDestinationParameters",
        {"DestinationName": Any, "DestinationName.$": Any},
        total=False,
    )
    DeleteIndexPolicyParameters = TypedDict(
        "DeleteIndexPolicyParameters",
        {"LogGroupIdentifier": Any, "LogGroupIdentifier.$": Any},
        total=False,
    )
    DeleteIntegrationParameters = TypedDict(
        "DeleteIntegrationParameters",
        {"IntegrationName": Any, "IntegrationName.$": Any, "Force": Any, "Force.$": Any},
        total=False,
    )
    DeleteLogAnomalyDetectorParameters = TypedDict(
        "DeleteLogAnomalyDetectorParameters",
        {"AnomalyDetectorArn": Any, "AnomalyDetectorArn.$": Any},
        total=False,
    )
    DeleteLogGroupParameters = TypedDict(
        "DeleteLogGroupParameters", {"LogGroupName": Any, "LogGroupName.$": Any}, total=False
    )
    DeleteLogStreamParameters = TypedDict(
        "DeleteLogStreamParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "LogStreamName": Any, "LogStreamName.$": Any},
        total=False,
    )
    DeleteLookupTableParameters = TypedDict(
        "DeleteLookupTableParameters", {"LookupTableArn": Any, "LookupTableArn.$": Any}, total=False
    )
    DeleteMetricFilterParameters = TypedDict(
        "DeleteMetricFilterParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "FilterName": Any, "FilterName.$": Any},
        total=False,
    )
    DeleteQueryDefinitionParameters = TypedDict(
        "DeleteQueryDefinitionParameters",
        {"QueryDefinitionId": Any, "QueryDefinitionId.$": Any},
        total=False,
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {
            "PolicyName": Any,
            "PolicyName.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "ExpectedRevisionId": Any,
            "ExpectedRevisionId.$": Any,
        },
        total=False,
    )
    DeleteRetentionPolicyParameters = TypedDict(
        "DeleteRetentionPolicyParameters", {"LogGroupName": Any, "LogGroupName.$": Any}, total=False
    )
    DeleteScheduledQueryParameters = TypedDict(
        "DeleteScheduledQueryParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    DeleteSubscriptionFilterParameters = TypedDict(
        "DeleteSubscriptionFilterParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "FilterName": Any, "FilterName.$": Any},
        total=False,
    )
    DeleteSyslogConfigurationParameters = TypedDict(
        "DeleteSyslogConfigurationParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "VpcEndpointId": Any,
            "VpcEndpointId.$": Any,
        },
        total=False,
    )
    DeleteTransformerParameters = TypedDict(
        "DeleteTransformerParameters",
        {"LogGroupIdentifier": Any, "LogGroupIdentifier.$": Any},
        total=False,
    )
    DescribeAccountPoliciesParameters = TypedDict(
        "DescribeAccountPoliciesParameters",
        {
            "PolicyType": Any,
            "PolicyType.$": Any,
            "PolicyName": Any,
            "PolicyName.$": Any,
            "AccountIdentifiers": Any,
            "AccountIdentifiers.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeConfigurationTemplatesParameters = TypedDict(
        "DescribeConfigurationTemplatesParameters",
        {
            "Service": Any,
            "Service.$": Any,
            "LogTypes": Any,
            "LogTypes.$": Any,
            "ResourceTypes": Any,
            "ResourceTypes.$": Any,
            "DeliveryDestinationTypes": Any,
            "DeliveryDestinationTypes.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    DescribeDeliveriesParameters = TypedDict(
        "DescribeDeliveriesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "DeliverySourceNames": Any,
            "DeliverySourceNames.$": Any,
        },
        total=False,
    )
    DescribeDeliveryDestinationsParameters = TypedDict(
        "DescribeDeliveryDestinationsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "Names": Any,
            "Names.$": Any,
        },
        total=False,
    )
    DescribeDeliverySourcesParameters = TypedDict(
        "DescribeDeliverySourcesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "ResourceArns": Any,
            "ResourceArns.$": Any,
        },
        total=False,
    )
    DescribeDestinationsParameters = TypedDict(
        "DescribeDestinationsParameters",
        {
            "DestinationNamePrefix": Any,
            "DestinationNamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    DescribeExportTasksParameters = TypedDict(
        "DescribeExportTasksParameters",
        {
            "TaskId": Any,
            "TaskId.$": Any,
            "StatusCode": Any,
            "StatusCode.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    DescribeFieldIndexesParameters = TypedDict(
        "DescribeFieldIndexesParameters",
        {
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "IndexCategories": Any,
            "IndexCategories.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeImportTaskBatchesParameters = TypedDict(
        "DescribeImportTaskBatchesParameters",
        {
            "ImportId": Any,
            "ImportId.$": Any,
            "BatchImportStatus": Any,
            "BatchImportStatus.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeImportTasksParameters = TypedDict(
        "DescribeImportTasksParameters",
        {
            "ImportId": Any,
            "ImportId.$": Any,
            "ImportStatus": Any,
            "ImportStatus.$": Any,
            "ImportSourceArn": Any,
            "ImportSourceArn.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeIndexPoliciesParameters = TypedDict(
        "DescribeIndexPoliciesParameters",
        {
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeLogGroupsParameters = TypedDict(
        "DescribeLogGroupsParameters",
        {
            "AccountIdentifiers": Any,
            "AccountIdentifiers.$": Any,
            "LogGroupNamePrefix": Any,
            "LogGroupNamePrefix.$": Any,
            "LogGroupNamePattern": Any,
            "LogGroupNamePattern.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "IncludeLinkedAccounts": Any,
            "IncludeLinkedAccounts.$": Any,
            "LogGroupClass": Any,
            "LogGroupClass.$": Any,
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
        },
        total=False,
    )
    DescribeLogStreamsParameters = TypedDict(
        "DescribeLogStreamsParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "LogStreamNamePrefix": Any,
            "LogStreamNamePrefix.$": Any,
            "OrderBy": Any,
            "OrderBy.$": Any,
            "Descending": Any,
            "Descending.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    DescribeLookupTablesParameters = TypedDict(
        "DescribeLookupTablesParameters",
        {
            "LookupTableNamePrefix": Any,
            "LookupTableNamePrefix.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMetricFiltersParameters = TypedDict(
        "DescribeMetricFiltersParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "FilterNamePrefix": Any,
            "FilterNamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "MetricName": Any,
            "MetricName.$": Any,
            "MetricNamespace": Any,
            "MetricNamespace.$": Any,
        },
        total=False,
    )
    DescribeQueriesParameters = TypedDict(
        "DescribeQueriesParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "Status": Any,
            "Status.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
        },
        total=False,
    )
    DescribeQueryDefinitionsParameters = TypedDict(
        "DescribeQueryDefinitionsParameters",
        {
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
            "QueryDefinitionNamePrefix": Any,
            "QueryDefinitionNamePrefix.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeResourcePoliciesParameters = TypedDict(
        "DescribeResourcePoliciesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "PolicyScope": Any,
            "PolicyScope.$": Any,
        },
        total=False,
    )
    DescribeSubscriptionFiltersParameters = TypedDict(
        "DescribeSubscriptionFiltersParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "FilterNamePrefix": Any,
            "FilterNamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    DisassociateKmsKeyParameters = TypedDict(
        "DisassociateKmsKeyParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "ResourceIdentifier": Any,
            "ResourceIdentifier.$": Any,
        },
        total=False,
    )
    DisassociateSourceFromS3TableIntegrationParameters = TypedDict(
        "DisassociateSourceFromS3TableIntegrationParameters",
        {"Identifier": Any, "Identifier.$": Any},
        total=False,
    )
    FilterLogEventsParameters = TypedDict(
        "FilterLogEventsParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "LogStreamNames": Any,
            "LogStreamNames.$": Any,
            "LogStreamNamePrefix": Any,
            "LogStreamNamePrefix.$": Any,
            "StartTime": Any,
            "StartTime.$": Any,
            "EndTime": Any,
            "EndTime.$": Any,
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "StartFromHead": Any,
            "StartFromHead.$": Any,
            "Interleaved": Any,
            "Interleaved.$": Any,
            "Unmask": Any,
            "Unmask.$": Any,
        },
        total=False,
    )
    GetDataProtectionPolicyParameters = TypedDict(
        "GetDataProtectionPolicyParameters",
        {"LogGroupIdentifier": Any, "LogGroupIdentifier.$": Any},
        total=False,
    )
    GetDeliveryParameters = TypedDict(
        "GetDeliveryParameters", {"Id": Any, "Id.$": Any}, total=False
    )
    GetDeliveryDestinationParameters = TypedDict(
        "GetDeliveryDestinationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetDeliveryDestinationPolicyParameters = TypedDict(
        "GetDeliveryDestinationPolicyParameters",
        {"DeliveryDestinationName": Any, "DeliveryDestinationName.$": Any},
        total=False,
    )
    GetDeliverySourceParameters = TypedDict(
        "GetDeliverySourceParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetIntegrationParameters = TypedDict(
        "GetIntegrationParameters", {"IntegrationName": Any, "IntegrationName.$": Any}, total=False
    )
    GetLogAnomalyDetectorParameters = TypedDict(
        "GetLogAnomalyDetectorParameters",
        {"AnomalyDetectorArn": Any, "AnomalyDetectorArn.$": Any},
        total=False,
    )
    GetLogEventsParameters = TypedDict(
        "GetLogEventsParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "LogStreamName": Any,
            "LogStreamName.$": Any,
            "StartTime": Any,
            "StartTime.$": Any,
            "EndTime": Any,
            "EndTime.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "StartFromHead": Any,
            "StartFromHead.$": Any,
            "Unmask": Any,
            "Unmask.$": Any,
        },
        total=False,
    )
    GetLogFieldsParameters = TypedDict(
        "GetLogFieldsParameters",
        {
            "DataSourceName": Any,
            "DataSourceName.$": Any,
            "DataSourceType": Any,
            "DataSourceType.$": Any,
        },
        total=False,
    )
    GetLogGroupFieldsParameters = TypedDict(
        "GetLogGroupFieldsParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "Time": Any,
            "Time.$": Any,
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
        },
        total=False,
    )
    GetLogObjectParameters = TypedDict(
        "GetLogObjectParameters",
        {"Unmask": Any, "Unmask.$": Any, "LogObjectPointer": Any, "LogObjectPointer.$": Any},
        total=False,
    )
    GetLogRecordParameters = TypedDict(
        "GetLogRecordParameters",
        {"LogRecordPointer": Any, "LogRecordPointer.$": Any, "Unmask": Any, "Unmask.$": Any},
        total=False,
    )
    GetLookupTableParameters = TypedDict(
        "GetLookupTableParameters", {"LookupTableArn": Any, "LookupTableArn.$": Any}, total=False
    )
    GetQueryResultsParameters = TypedDict(
        "GetQueryResultsParameters",
        {
            "QueryId": Any,
            "QueryId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    GetScheduledQueryParameters = TypedDict(
        "GetScheduledQueryParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetScheduledQueryHistoryParameters = TypedDict(
        "GetScheduledQueryHistoryParameters",
        {
            "Identifier": Any,
            "Identifier.$": Any,
            "StartTime": Any,
            "StartTime.$": Any,
            "EndTime": Any,
            "EndTime.$": Any,
            "ExecutionStatuses": Any,
            "ExecutionStatuses.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )

    class GetStorageTierPolicyParameters(TypedDict, total=False):
        pass

    GetTransformerParameters = TypedDict(
        "GetTransformerParameters",
        {"LogGroupIdentifier": Any, "LogGroupIdentifier.$": Any},
        total=False,
    )
    ListAggregateLogGroupSummariesParameters = TypedDict(
        "ListAggregateLogGroupSummariesParameters",
        {
            "AccountIdentifiers": Any,
            "AccountIdentifiers.$": Any,
            "IncludeLinkedAccounts": Any,
            "IncludeLinkedAccounts.$": Any,
            "LogGroupClass": Any,
            "LogGroupClass.$": Any,
            "LogGroupNamePattern": Any,
            "LogGroupNamePattern.$": Any,
            "DataSources": Any,
            "DataSources.$": Any,
            "GroupBy": Any,
            "GroupBy.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    ListAnomaliesParameters = TypedDict(
        "ListAnomaliesParameters",
        {
            "AnomalyDetectorArn": Any,
            "AnomalyDetectorArn.$": Any,
            "SuppressionState": Any,
            "SuppressionState.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListIntegrationsParameters = TypedDict(
        "ListIntegrationsParameters",
        {
            "IntegrationNamePrefix": Any,
            "IntegrationNamePrefix.$": Any,
            "IntegrationType": Any,
            "IntegrationType.$": Any,
            "IntegrationStatus": Any,
            "IntegrationStatus.$": Any,
        },
        total=False,
    )
    ListLogAnomalyDetectorsParameters = TypedDict(
        "ListLogAnomalyDetectorsParameters",
        {
            "FilterLogGroupArn": Any,
            "FilterLogGroupArn.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListLogGroupsParameters = TypedDict(
        "ListLogGroupsParameters",
        {
            "LogGroupNamePattern": Any,
            "LogGroupNamePattern.$": Any,
            "LogGroupClass": Any,
            "LogGroupClass.$": Any,
            "IncludeLinkedAccounts": Any,
            "IncludeLinkedAccounts.$": Any,
            "AccountIdentifiers": Any,
            "AccountIdentifiers.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "DataSources": Any,
            "DataSources.$": Any,
            "FieldIndexNames": Any,
            "FieldIndexNames.$": Any,
            "LogGroupTags": Any,
            "LogGroupTags.$": Any,
        },
        total=False,
    )
    ListLogGroupsForQueryParameters = TypedDict(
        "ListLogGroupsForQueryParameters",
        {
            "QueryId": Any,
            "QueryId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListScheduledQueriesParameters = TypedDict(
        "ListScheduledQueriesParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "State": Any,
            "State.$": Any,
            "ScheduleType": Any,
            "ScheduleType.$": Any,
        },
        total=False,
    )
    ListSourcesForS3TableIntegrationParameters = TypedDict(
        "ListSourcesForS3TableIntegrationParameters",
        {
            "IntegrationArn": Any,
            "IntegrationArn.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListSyslogConfigurationsParameters = TypedDict(
        "ListSyslogConfigurationsParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "VpcEndpointId": Any,
            "VpcEndpointId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ListTagsLogGroupParameters = TypedDict(
        "ListTagsLogGroupParameters", {"LogGroupName": Any, "LogGroupName.$": Any}, total=False
    )
    PutAccountPolicyParameters = TypedDict(
        "PutAccountPolicyParameters",
        {
            "PolicyName": Any,
            "PolicyName.$": Any,
            "PolicyDocument": Any,
            "PolicyDocument.$": Any,
            "PolicyType": Any,
            "PolicyType.$": Any,
            "Scope": Any,
            "Scope.$": Any,
            "SelectionCriteria": Any,
            "SelectionCriteria.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
        },
        total=False,
    )
    PutBearerTokenAuthenticationParameters = TypedDict(
        "PutBearerTokenAuthenticationParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "BearerTokenAuthenticationEnabled": Any,
            "BearerTokenAuthenticationEnabled.$": Any,
        },
        total=False,
    )
    PutDataProtectionPolicyParameters = TypedDict(
        "PutDataProtectionPolicyParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "PolicyDocument": Any,
            "PolicyDocument.$": Any,
        },
        total=False,
    )
    PutDeliveryDestinationParameters = TypedDict(
        "PutDeliveryDestinationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "OutputFormat": Any,
            "OutputFormat.$": Any,
            "DeliveryDestinationConfiguration": Any,
            "DeliveryDestinationConfiguration.$": Any,
            "DeliveryDestinationType": Any,
            "DeliveryDestinationType.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    PutDeliveryDestinationPolicyParameters = TypedDict(
        "PutDeliveryDestinationPolicyParameters",
        {
            "DeliveryDestinationName": Any,
            "DeliveryDestinationName.$": Any,
            "DeliveryDestinationPolicy": Any,
            "DeliveryDestinationPolicy.$": Any,
        },
        total=False,
    )
    PutDeliverySourceParameters = TypedDict(
        "PutDeliverySourceParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "LogType": Any,
            "LogType.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DeliverySourceConfiguration": Any,
            "DeliverySourceConfiguration.$": Any,
        },
        total=False,
    )
    PutDestinationParameters = TypedDict(
        "PutDestinationParameters",
        {
            "DestinationName": Any,
            "DestinationName.$": Any,
            "TargetArn": Any,
            "TargetArn.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    PutDestinationPolicyParameters = TypedDict(
        "PutDestinationPolicyParameters",
        {
            "DestinationName": Any,
            "DestinationName.$": Any,
            "AccessPolicy": Any,
            "AccessPolicy.$": Any,
            "ForceUpdate": Any,
            "ForceUpdate.$": Any,
        },
        total=False,
    )
    PutIndexPolicyParameters = TypedDict(
        "PutIndexPolicyParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "PolicyDocument": Any,
            "PolicyDocument.$": Any,
        },
        total=False,
    )
    PutIntegrationParameters = TypedDict(
        "PutIntegrationParameters",
        {
            "IntegrationName": Any,
            "IntegrationName.$": Any,
            "ResourceConfig": Any,
            "ResourceConfig.$": Any,
            "IntegrationType": Any,
            "IntegrationType.$": Any,
        },
        total=False,
    )
    PutLogEventsParameters = TypedDict(
        "PutLogEventsParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogStreamName": Any,
            "LogStreamName.$": Any,
            "LogEvents": Any,
            "LogEvents.$": Any,
            "SequenceToken": Any,
            "SequenceToken.$": Any,
            "Entity": Any,
            "Entity.$": Any,
        },
        total=False,
    )
    PutLogGroupDeletionProtectionParameters = TypedDict(
        "PutLogGroupDeletionProtectionParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "DeletionProtectionEnabled": Any,
            "DeletionProtectionEnabled.$": Any,
        },
        total=False,
    )
    PutMetricFilterParameters = TypedDict(
        "PutMetricFilterParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "FilterName": Any,
            "FilterName.$": Any,
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "MetricTransformations": Any,
            "MetricTransformations.$": Any,
            "ApplyOnTransformedLogs": Any,
            "ApplyOnTransformedLogs.$": Any,
            "FieldSelectionCriteria": Any,
            "FieldSelectionCriteria.$": Any,
            "EmitSystemFieldDimensions": Any,
            "EmitSystemFieldDimensions.$": Any,
        },
        total=False,
    )
    PutQueryDefinitionParameters = TypedDict(
        "PutQueryDefinitionParameters",
        {
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
            "Name": Any,
            "Name.$": Any,
            "QueryDefinitionId": Any,
            "QueryDefinitionId.$": Any,
            "LogGroupNames": Any,
            "LogGroupNames.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    PutResourcePolicyParameters = TypedDict(
        "PutResourcePolicyParameters",
        {
            "PolicyName": Any,
            "PolicyName.$": Any,
            "PolicyDocument": Any,
            "PolicyDocument.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "ExpectedRevisionId": Any,
            "ExpectedRevisionId.$": Any,
        },
        total=False,
    )
    PutRetentionPolicyParameters = TypedDict(
        "PutRetentionPolicyParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "RetentionInDays": Any,
            "RetentionInDays.$": Any,
        },
        total=False,
    )
    PutStorageTierPolicyParameters = TypedDict(
        "PutStorageTierPolicyParameters", {"StorageTier": Any, "StorageTier.$": Any}, total=False
    )
    PutSubscriptionFilterParameters = TypedDict(
        "PutSubscriptionFilterParameters",
        {
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "FilterName": Any,
            "FilterName.$": Any,
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "DestinationArn": Any,
            "DestinationArn.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Distribution": Any,
            "Distribution.$": Any,
            "ApplyOnTransformedLogs": Any,
            "ApplyOnTransformedLogs.$": Any,
            "FieldSelectionCriteria": Any,
            "FieldSelectionCriteria.$": Any,
            "EmitSystemFields": Any,
            "EmitSystemFields.$": Any,
        },
        total=False,
    )
    PutSyslogConfigurationParameters = TypedDict(
        "PutSyslogConfigurationParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "VpcEndpointId": Any,
            "VpcEndpointId.$": Any,
        },
        total=False,
    )
    PutTransformerParameters = TypedDict(
        "PutTransformerParameters",
        {
            "LogGroupIdentifier": Any,
            "LogGroupIdentifier.$": Any,
            "TransformerConfig": Any,
            "TransformerConfig.$": Any,
        },
        total=False,
    )
    StartLiveTailParameters = TypedDict(
        "StartLiveTailParameters",
        {
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "LogStreamNames": Any,
            "LogStreamNames.$": Any,
            "LogStreamNamePrefixes": Any,
            "LogStreamNamePrefixes.$": Any,
            "LogEventFilterPattern": Any,
            "LogEventFilterPattern.$": Any,
        },
        total=False,
    )
    StartQueryParameters = TypedDict(
        "StartQueryParameters",
        {
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
            "LogGroupName": Any,
            "LogGroupName.$": Any,
            "LogGroupNames": Any,
            "LogGroupNames.$": Any,
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "StartTime": Any,
            "StartTime.$": Any,
            "EndTime": Any,
            "EndTime.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
            "Limit": Any,
            "Limit.$": Any,
        },
        total=False,
    )
    StopQueryParameters = TypedDict(
        "StopQueryParameters", {"QueryId": Any, "QueryId.$": Any}, total=False
    )
    TagLogGroupParameters = TypedDict(
        "TagLogGroupParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TestMetricFilterParameters = TypedDict(
        "TestMetricFilterParameters",
        {
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "LogEventMessages": Any,
            "LogEventMessages.$": Any,
        },
        total=False,
    )
    TestTransformerParameters = TypedDict(
        "TestTransformerParameters",
        {
            "TransformerConfig": Any,
            "TransformerConfig.$": Any,
            "LogEventMessages": Any,
            "LogEventMessages.$": Any,
        },
        total=False,
    )
    UntagLogGroupParameters = TypedDict(
        "UntagLogGroupParameters",
        {"LogGroupName": Any, "LogGroupName.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateAnomalyParameters = TypedDict(
        "UpdateAnomalyParameters",
        {
            "AnomalyId": Any,
            "AnomalyId.$": Any,
            "PatternId": Any,
            "PatternId.$": Any,
            "AnomalyDetectorArn": Any,
            "AnomalyDetectorArn.$": Any,
            "SuppressionType": Any,
            "SuppressionType.$": Any,
            "SuppressionPeriod": Any,
            "SuppressionPeriod.$": Any,
            "Baseline": Any,
            "Baseline.$": Any,
        },
        total=False,
    )
    UpdateDeliveryConfigurationParameters = TypedDict(
        "UpdateDeliveryConfigurationParameters",
        {
            "Id": Any,
            "Id.$": Any,
            "RecordFields": Any,
            "RecordFields.$": Any,
            "FieldDelimiter": Any,
            "FieldDelimiter.$": Any,
            "S3DeliveryConfiguration": Any,
            "S3DeliveryConfiguration.$": Any,
        },
        total=False,
    )
    UpdateLogAnomalyDetectorParameters = TypedDict(
        "UpdateLogAnomalyDetectorParameters",
        {
            "AnomalyDetectorArn": Any,
            "AnomalyDetectorArn.$": Any,
            "EvaluationFrequency": Any,
            "EvaluationFrequency.$": Any,
            "FilterPattern": Any,
            "FilterPattern.$": Any,
            "AnomalyVisibilityTime": Any,
            "AnomalyVisibilityTime.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
        },
        total=False,
    )
    UpdateLookupTableParameters = TypedDict(
        "UpdateLookupTableParameters",
        {
            "LookupTableArn": Any,
            "LookupTableArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "TableBody": Any,
            "TableBody.$": Any,
            "QueryId": Any,
            "QueryId.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    UpdateScheduledQueryParameters = TypedDict(
        "UpdateScheduledQueryParameters",
        {
            "Identifier": Any,
            "Identifier.$": Any,
            "Description": Any,
            "Description.$": Any,
            "QueryLanguage": Any,
            "QueryLanguage.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
            "LogGroupIdentifiers": Any,
            "LogGroupIdentifiers.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "Timezone": Any,
            "Timezone.$": Any,
            "StartTimeOffset": Any,
            "StartTimeOffset.$": Any,
            "EndTimeOffset": Any,
            "EndTimeOffset.$": Any,
            "DestinationConfiguration": Any,
            "DestinationConfiguration.$": Any,
            "ScheduleStartTime": Any,
            "ScheduleStartTime.$": Any,
            "ScheduleEndTime": Any,
            "ScheduleEndTime.$": Any,
            "ExecutionRoleArn": Any,
            "ExecutionRoleArn.$": Any,
            "State": Any,
            "State.$": Any,
        },
        total=False,
    )


def associate_kms_key(
    name: str,
    parameters: AssociateKmsKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:associateKmsKey (``arn:aws:states:::aws-sdk:cloudwatchlogs:associateKmsKey``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:associateKmsKey", parameters, pattern, options)


def associate_source_to_s3_table_integration(
    name: str,
    parameters: AssociateSourceToS3TableIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:associateSourceToS3TableIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:associateSourceToS3TableIntegration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:associateSourceToS3TableIntegration", parameters, pattern, options
    )


def cancel_export_task(
    name: str,
    parameters: CancelExportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:cancelExportTask (``arn:aws:states:::aws-sdk:cloudwatchlogs:cancelExportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:cancelExportTask", parameters, pattern, options)


def cancel_import_task(
    name: str,
    parameters: CancelImportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:cancelImportTask (``arn:aws:states:::aws-sdk:cloudwatchlogs:cancelImportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:cancelImportTask", parameters, pattern, options)


def create_delivery(
    name: str,
    parameters: CreateDeliveryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createDelivery (``arn:aws:states:::aws-sdk:cloudwatchlogs:createDelivery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createDelivery", parameters, pattern, options)


def create_export_task(
    name: str,
    parameters: CreateExportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createExportTask (``arn:aws:states:::aws-sdk:cloudwatchlogs:createExportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createExportTask", parameters, pattern, options)


def create_import_task(
    name: str,
    parameters: CreateImportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createImportTask (``arn:aws:states:::aws-sdk:cloudwatchlogs:createImportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createImportTask", parameters, pattern, options)


def create_log_anomaly_detector(
    name: str,
    parameters: CreateLogAnomalyDetectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createLogAnomalyDetector (``arn:aws:states:::aws-sdk:cloudwatchlogs:createLogAnomalyDetector``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createLogAnomalyDetector", parameters, pattern, options)


def create_log_group(
    name: str,
    parameters: CreateLogGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createLogGroup (``arn:aws:states:::aws-sdk:cloudwatchlogs:createLogGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createLogGroup", parameters, pattern, options)


def create_log_stream(
    name: str,
    parameters: CreateLogStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createLogStream (``arn:aws:states:::aws-sdk:cloudwatchlogs:createLogStream``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createLogStream", parameters, pattern, options)


def create_lookup_table(
    name: str,
    parameters: CreateLookupTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createLookupTable (``arn:aws:states:::aws-sdk:cloudwatchlogs:createLookupTable``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createLookupTable", parameters, pattern, options)


def create_scheduled_query(
    name: str,
    parameters: CreateScheduledQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:createScheduledQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:createScheduledQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:createScheduledQuery", parameters, pattern, options)


def delete_account_policy(
    name: str,
    parameters: DeleteAccountPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteAccountPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteAccountPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteAccountPolicy", parameters, pattern, options)


def delete_data_protection_policy(
    name: str,
    parameters: DeleteDataProtectionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDataProtectionPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDataProtectionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteDataProtectionPolicy", parameters, pattern, options)


def delete_delivery(
    name: str,
    parameters: DeleteDeliveryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDelivery (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDelivery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteDelivery", parameters, pattern, options)


def delete_delivery_destination(
    name: str,
    parameters: DeleteDeliveryDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDeliveryDestination (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDeliveryDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteDeliveryDestination", parameters, pattern, options)


def delete_delivery_destination_policy(
    name: str,
    parameters: DeleteDeliveryDestinationPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDeliveryDestinationPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDeliveryDestinationPolicy``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:deleteDeliveryDestinationPolicy", parameters, pattern, options
    )


def delete_delivery_source(
    name: str,
    parameters: DeleteDeliverySourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDeliverySource (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDeliverySource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteDeliverySource", parameters, pattern, options)


def delete_destination(
    name: str,
    parameters: DeleteDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteDestination (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteDestination", parameters, pattern, options)


def delete_index_policy(
    name: str,
    parameters: DeleteIndexPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteIndexPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteIndexPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteIndexPolicy", parameters, pattern, options)


def delete_integration(
    name: str,
    parameters: DeleteIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteIntegration", parameters, pattern, options)


def delete_log_anomaly_detector(
    name: str,
    parameters: DeleteLogAnomalyDetectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteLogAnomalyDetector (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteLogAnomalyDetector``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteLogAnomalyDetector", parameters, pattern, options)


def delete_log_group(
    name: str,
    parameters: DeleteLogGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteLogGroup (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteLogGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteLogGroup", parameters, pattern, options)


def delete_log_stream(
    name: str,
    parameters: DeleteLogStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteLogStream (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteLogStream``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteLogStream", parameters, pattern, options)


def delete_lookup_table(
    name: str,
    parameters: DeleteLookupTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteLookupTable (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteLookupTable``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteLookupTable", parameters, pattern, options)


def delete_metric_filter(
    name: str,
    parameters: DeleteMetricFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteMetricFilter (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteMetricFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteMetricFilter", parameters, pattern, options)


def delete_query_definition(
    name: str,
    parameters: DeleteQueryDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteQueryDefinition (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteQueryDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteQueryDefinition", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteResourcePolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteResourcePolicy", parameters, pattern, options)


def delete_retention_policy(
    name: str,
    parameters: DeleteRetentionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteRetentionPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteRetentionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteRetentionPolicy", parameters, pattern, options)


def delete_scheduled_query(
    name: str,
    parameters: DeleteScheduledQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteScheduledQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteScheduledQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteScheduledQuery", parameters, pattern, options)


def delete_subscription_filter(
    name: str,
    parameters: DeleteSubscriptionFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteSubscriptionFilter (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteSubscriptionFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteSubscriptionFilter", parameters, pattern, options)


def delete_syslog_configuration(
    name: str,
    parameters: DeleteSyslogConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteSyslogConfiguration (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteSyslogConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteSyslogConfiguration", parameters, pattern, options)


def delete_transformer(
    name: str,
    parameters: DeleteTransformerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:deleteTransformer (``arn:aws:states:::aws-sdk:cloudwatchlogs:deleteTransformer``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:deleteTransformer", parameters, pattern, options)


def describe_account_policies(
    name: str,
    parameters: DescribeAccountPoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeAccountPolicies (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeAccountPolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeAccountPolicies", parameters, pattern, options)


def describe_configuration_templates(
    name: str,
    parameters: DescribeConfigurationTemplatesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeConfigurationTemplates (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeConfigurationTemplates``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:describeConfigurationTemplates", parameters, pattern, options
    )


def describe_deliveries(
    name: str,
    parameters: DescribeDeliveriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeDeliveries (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeDeliveries``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeDeliveries", parameters, pattern, options)


def describe_delivery_destinations(
    name: str,
    parameters: DescribeDeliveryDestinationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeDeliveryDestinations (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeDeliveryDestinations``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:describeDeliveryDestinations", parameters, pattern, options
    )


def describe_delivery_sources(
    name: str,
    parameters: DescribeDeliverySourcesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeDeliverySources (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeDeliverySources``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeDeliverySources", parameters, pattern, options)


def describe_destinations(
    name: str,
    parameters: DescribeDestinationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeDestinations (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeDestinations``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeDestinations", parameters, pattern, options)


def describe_export_tasks(
    name: str,
    parameters: DescribeExportTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeExportTasks (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeExportTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeExportTasks", parameters, pattern, options)


def describe_field_indexes(
    name: str,
    parameters: DescribeFieldIndexesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeFieldIndexes (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeFieldIndexes``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeFieldIndexes", parameters, pattern, options)


def describe_import_task_batches(
    name: str,
    parameters: DescribeImportTaskBatchesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeImportTaskBatches (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeImportTaskBatches``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeImportTaskBatches", parameters, pattern, options)


def describe_import_tasks(
    name: str,
    parameters: DescribeImportTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeImportTasks (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeImportTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeImportTasks", parameters, pattern, options)


def describe_index_policies(
    name: str,
    parameters: DescribeIndexPoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeIndexPolicies (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeIndexPolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeIndexPolicies", parameters, pattern, options)


def describe_log_groups(
    name: str,
    parameters: DescribeLogGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeLogGroups (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeLogGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeLogGroups", parameters, pattern, options)


def describe_log_streams(
    name: str,
    parameters: DescribeLogStreamsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeLogStreams (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeLogStreams``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeLogStreams", parameters, pattern, options)


def describe_lookup_tables(
    name: str,
    parameters: DescribeLookupTablesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeLookupTables (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeLookupTables``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeLookupTables", parameters, pattern, options)


def describe_metric_filters(
    name: str,
    parameters: DescribeMetricFiltersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeMetricFilters (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeMetricFilters``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeMetricFilters", parameters, pattern, options)


def describe_queries(
    name: str,
    parameters: DescribeQueriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeQueries (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeQueries``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeQueries", parameters, pattern, options)


def describe_query_definitions(
    name: str,
    parameters: DescribeQueryDefinitionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeQueryDefinitions (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeQueryDefinitions``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeQueryDefinitions", parameters, pattern, options)


def describe_resource_policies(
    name: str,
    parameters: DescribeResourcePoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeResourcePolicies (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeResourcePolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:describeResourcePolicies", parameters, pattern, options)


def describe_subscription_filters(
    name: str,
    parameters: DescribeSubscriptionFiltersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:describeSubscriptionFilters (``arn:aws:states:::aws-sdk:cloudwatchlogs:describeSubscriptionFilters``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:describeSubscriptionFilters", parameters, pattern, options
    )


def disassociate_kms_key(
    name: str,
    parameters: DisassociateKmsKeyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:disassociateKmsKey (``arn:aws:states:::aws-sdk:cloudwatchlogs:disassociateKmsKey``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:disassociateKmsKey", parameters, pattern, options)


def disassociate_source_from_s3_table_integration(
    name: str,
    parameters: DisassociateSourceFromS3TableIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:disassociateSourceFromS3TableIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:disassociateSourceFromS3TableIntegration``); the parameters are checked against its API model."""
    return sdk_task(
        name,
        "cloudwatchlogs:disassociateSourceFromS3TableIntegration",
        parameters,
        pattern,
        options,
    )


def filter_log_events(
    name: str,
    parameters: FilterLogEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:filterLogEvents (``arn:aws:states:::aws-sdk:cloudwatchlogs:filterLogEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:filterLogEvents", parameters, pattern, options)


def get_data_protection_policy(
    name: str,
    parameters: GetDataProtectionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getDataProtectionPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:getDataProtectionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getDataProtectionPolicy", parameters, pattern, options)


def get_delivery(
    name: str,
    parameters: GetDeliveryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getDelivery (``arn:aws:states:::aws-sdk:cloudwatchlogs:getDelivery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getDelivery", parameters, pattern, options)


def get_delivery_destination(
    name: str,
    parameters: GetDeliveryDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getDeliveryDestination (``arn:aws:states:::aws-sdk:cloudwatchlogs:getDeliveryDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getDeliveryDestination", parameters, pattern, options)


def get_delivery_destination_policy(
    name: str,
    parameters: GetDeliveryDestinationPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getDeliveryDestinationPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:getDeliveryDestinationPolicy``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:getDeliveryDestinationPolicy", parameters, pattern, options
    )


def get_delivery_source(
    name: str,
    parameters: GetDeliverySourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getDeliverySource (``arn:aws:states:::aws-sdk:cloudwatchlogs:getDeliverySource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getDeliverySource", parameters, pattern, options)


def get_integration(
    name: str,
    parameters: GetIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:getIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getIntegration", parameters, pattern, options)


def get_log_anomaly_detector(
    name: str,
    parameters: GetLogAnomalyDetectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogAnomalyDetector (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogAnomalyDetector``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogAnomalyDetector", parameters, pattern, options)


def get_log_events(
    name: str,
    parameters: GetLogEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogEvents (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogEvents", parameters, pattern, options)


def get_log_fields(
    name: str,
    parameters: GetLogFieldsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogFields (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogFields``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogFields", parameters, pattern, options)


def get_log_group_fields(
    name: str,
    parameters: GetLogGroupFieldsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogGroupFields (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogGroupFields``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogGroupFields", parameters, pattern, options)


def get_log_object(
    name: str,
    parameters: GetLogObjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogObject (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogObject``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogObject", parameters, pattern, options)


def get_log_record(
    name: str,
    parameters: GetLogRecordParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLogRecord (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLogRecord``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLogRecord", parameters, pattern, options)


def get_lookup_table(
    name: str,
    parameters: GetLookupTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getLookupTable (``arn:aws:states:::aws-sdk:cloudwatchlogs:getLookupTable``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getLookupTable", parameters, pattern, options)


def get_query_results(
    name: str,
    parameters: GetQueryResultsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getQueryResults (``arn:aws:states:::aws-sdk:cloudwatchlogs:getQueryResults``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getQueryResults", parameters, pattern, options)


def get_scheduled_query(
    name: str,
    parameters: GetScheduledQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getScheduledQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:getScheduledQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getScheduledQuery", parameters, pattern, options)


def get_scheduled_query_history(
    name: str,
    parameters: GetScheduledQueryHistoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getScheduledQueryHistory (``arn:aws:states:::aws-sdk:cloudwatchlogs:getScheduledQueryHistory``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getScheduledQueryHistory", parameters, pattern, options)


def get_storage_tier_policy(
    name: str,
    parameters: GetStorageTierPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getStorageTierPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:getStorageTierPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getStorageTierPolicy", parameters, pattern, options)


def get_transformer(
    name: str,
    parameters: GetTransformerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:getTransformer (``arn:aws:states:::aws-sdk:cloudwatchlogs:getTransformer``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:getTransformer", parameters, pattern, options)


def list_aggregate_log_group_summaries(
    name: str,
    parameters: ListAggregateLogGroupSummariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listAggregateLogGroupSummaries (``arn:aws:states:::aws-sdk:cloudwatchlogs:listAggregateLogGroupSummaries``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:listAggregateLogGroupSummaries", parameters, pattern, options
    )


def list_anomalies(
    name: str,
    parameters: ListAnomaliesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listAnomalies (``arn:aws:states:::aws-sdk:cloudwatchlogs:listAnomalies``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listAnomalies", parameters, pattern, options)


def list_integrations(
    name: str,
    parameters: ListIntegrationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listIntegrations (``arn:aws:states:::aws-sdk:cloudwatchlogs:listIntegrations``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listIntegrations", parameters, pattern, options)


def list_log_anomaly_detectors(
    name: str,
    parameters: ListLogAnomalyDetectorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listLogAnomalyDetectors (``arn:aws:states:::aws-sdk:cloudwatchlogs:listLogAnomalyDetectors``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listLogAnomalyDetectors", parameters, pattern, options)


def list_log_groups(
    name: str,
    parameters: ListLogGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listLogGroups (``arn:aws:states:::aws-sdk:cloudwatchlogs:listLogGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listLogGroups", parameters, pattern, options)


def list_log_groups_for_query(
    name: str,
    parameters: ListLogGroupsForQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listLogGroupsForQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:listLogGroupsForQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listLogGroupsForQuery", parameters, pattern, options)


def list_scheduled_queries(
    name: str,
    parameters: ListScheduledQueriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listScheduledQueries (``arn:aws:states:::aws-sdk:cloudwatchlogs:listScheduledQueries``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listScheduledQueries", parameters, pattern, options)


def list_sources_for_s3_table_integration(
    name: str,
    parameters: ListSourcesForS3TableIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listSourcesForS3TableIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:listSourcesForS3TableIntegration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:listSourcesForS3TableIntegration", parameters, pattern, options
    )


def list_syslog_configurations(
    name: str,
    parameters: ListSyslogConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listSyslogConfigurations (``arn:aws:states:::aws-sdk:cloudwatchlogs:listSyslogConfigurations``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listSyslogConfigurations", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listTagsForResource (``arn:aws:states:::aws-sdk:cloudwatchlogs:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listTagsForResource", parameters, pattern, options)


def list_tags_log_group(
    name: str,
    parameters: ListTagsLogGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:listTagsLogGroup (``arn:aws:states:::aws-sdk:cloudwatchlogs:listTagsLogGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:listTagsLogGroup", parameters, pattern, options)


def put_account_policy(
    name: str,
    parameters: PutAccountPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putAccountPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putAccountPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putAccountPolicy", parameters, pattern, options)


def put_bearer_token_authentication(
    name: str,
    parameters: PutBearerTokenAuthenticationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putBearerTokenAuthentication (``arn:aws:states:::aws-sdk:cloudwatchlogs:putBearerTokenAuthentication``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:putBearerTokenAuthentication", parameters, pattern, options
    )


def put_data_protection_policy(
    name: str,
    parameters: PutDataProtectionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDataProtectionPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDataProtectionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putDataProtectionPolicy", parameters, pattern, options)


def put_delivery_destination(
    name: str,
    parameters: PutDeliveryDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDeliveryDestination (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDeliveryDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putDeliveryDestination", parameters, pattern, options)


def put_delivery_destination_policy(
    name: str,
    parameters: PutDeliveryDestinationPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDeliveryDestinationPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDeliveryDestinationPolicy``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:putDeliveryDestinationPolicy", parameters, pattern, options
    )


def put_delivery_source(
    name: str,
    parameters: PutDeliverySourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDeliverySource (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDeliverySource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putDeliverySource", parameters, pattern, options)


def put_destination(
    name: str,
    parameters: PutDestinationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDestination (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDestination``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putDestination", parameters, pattern, options)


def put_destination_policy(
    name: str,
    parameters: PutDestinationPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putDestinationPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putDestinationPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putDestinationPolicy", parameters, pattern, options)


def put_index_policy(
    name: str,
    parameters: PutIndexPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putIndexPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putIndexPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putIndexPolicy", parameters, pattern, options)


def put_integration(
    name: str,
    parameters: PutIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putIntegration (``arn:aws:states:::aws-sdk:cloudwatchlogs:putIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putIntegration", parameters, pattern, options)


def put_log_events(
    name: str,
    parameters: PutLogEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putLogEvents (``arn:aws:states:::aws-sdk:cloudwatchlogs:putLogEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putLogEvents", parameters, pattern, options)


def put_log_group_deletion_protection(
    name: str,
    parameters: PutLogGroupDeletionProtectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putLogGroupDeletionProtection (``arn:aws:states:::aws-sdk:cloudwatchlogs:putLogGroupDeletionProtection``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:putLogGroupDeletionProtection", parameters, pattern, options
    )


def put_metric_filter(
    name: str,
    parameters: PutMetricFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putMetricFilter (``arn:aws:states:::aws-sdk:cloudwatchlogs:putMetricFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putMetricFilter", parameters, pattern, options)


def put_query_definition(
    name: str,
    parameters: PutQueryDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putQueryDefinition (``arn:aws:states:::aws-sdk:cloudwatchlogs:putQueryDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putQueryDefinition", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putResourcePolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putResourcePolicy", parameters, pattern, options)


def put_retention_policy(
    name: str,
    parameters: PutRetentionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putRetentionPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putRetentionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putRetentionPolicy", parameters, pattern, options)


def put_storage_tier_policy(
    name: str,
    parameters: PutStorageTierPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putStorageTierPolicy (``arn:aws:states:::aws-sdk:cloudwatchlogs:putStorageTierPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putStorageTierPolicy", parameters, pattern, options)


def put_subscription_filter(
    name: str,
    parameters: PutSubscriptionFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putSubscriptionFilter (``arn:aws:states:::aws-sdk:cloudwatchlogs:putSubscriptionFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putSubscriptionFilter", parameters, pattern, options)


def put_syslog_configuration(
    name: str,
    parameters: PutSyslogConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putSyslogConfiguration (``arn:aws:states:::aws-sdk:cloudwatchlogs:putSyslogConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putSyslogConfiguration", parameters, pattern, options)


def put_transformer(
    name: str,
    parameters: PutTransformerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:putTransformer (``arn:aws:states:::aws-sdk:cloudwatchlogs:putTransformer``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:putTransformer", parameters, pattern, options)


def start_live_tail(
    name: str,
    parameters: StartLiveTailParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:startLiveTail (``arn:aws:states:::aws-sdk:cloudwatchlogs:startLiveTail``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:startLiveTail", parameters, pattern, options)


def start_query(
    name: str,
    parameters: StartQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:startQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:startQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:startQuery", parameters, pattern, options)


def stop_query(
    name: str,
    parameters: StopQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:stopQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:stopQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:stopQuery", parameters, pattern, options)


def tag_log_group(
    name: str,
    parameters: TagLogGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:tagLogGroup (``arn:aws:states:::aws-sdk:cloudwatchlogs:tagLogGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:tagLogGroup", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:tagResource (``arn:aws:states:::aws-sdk:cloudwatchlogs:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:tagResource", parameters, pattern, options)


def test_metric_filter(
    name: str,
    parameters: TestMetricFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:testMetricFilter (``arn:aws:states:::aws-sdk:cloudwatchlogs:testMetricFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:testMetricFilter", parameters, pattern, options)


def test_transformer(
    name: str,
    parameters: TestTransformerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:testTransformer (``arn:aws:states:::aws-sdk:cloudwatchlogs:testTransformer``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:testTransformer", parameters, pattern, options)


def untag_log_group(
    name: str,
    parameters: UntagLogGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:untagLogGroup (``arn:aws:states:::aws-sdk:cloudwatchlogs:untagLogGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:untagLogGroup", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:untagResource (``arn:aws:states:::aws-sdk:cloudwatchlogs:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:untagResource", parameters, pattern, options)


def update_anomaly(
    name: str,
    parameters: UpdateAnomalyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:updateAnomaly (``arn:aws:states:::aws-sdk:cloudwatchlogs:updateAnomaly``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:updateAnomaly", parameters, pattern, options)


def update_delivery_configuration(
    name: str,
    parameters: UpdateDeliveryConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:updateDeliveryConfiguration (``arn:aws:states:::aws-sdk:cloudwatchlogs:updateDeliveryConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "cloudwatchlogs:updateDeliveryConfiguration", parameters, pattern, options
    )


def update_log_anomaly_detector(
    name: str,
    parameters: UpdateLogAnomalyDetectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:updateLogAnomalyDetector (``arn:aws:states:::aws-sdk:cloudwatchlogs:updateLogAnomalyDetector``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:updateLogAnomalyDetector", parameters, pattern, options)


def update_lookup_table(
    name: str,
    parameters: UpdateLookupTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:updateLookupTable (``arn:aws:states:::aws-sdk:cloudwatchlogs:updateLookupTable``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:updateLookupTable", parameters, pattern, options)


def update_scheduled_query(
    name: str,
    parameters: UpdateScheduledQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call cloudwatchlogs:updateScheduledQuery (``arn:aws:states:::aws-sdk:cloudwatchlogs:updateScheduledQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "cloudwatchlogs:updateScheduledQuery", parameters, pattern, options)


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
