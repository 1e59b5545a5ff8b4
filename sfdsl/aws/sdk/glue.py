# ruff: noqa: PT028
"""Typed builders of the AWS SDK integration of glue.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssociateGlossaryTermsParameters = TypedDict(
        "AssociateGlossaryTermsParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "ItemIdentifier": Any,
            "ItemIdentifier.$": Any,
            "GlossaryTermIdentifiers": Any,
            "GlossaryTermIdentifiers.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    BatchCreatePartitionParameters = TypedDict(
        "BatchCreatePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionInputList": Any,
            "PartitionInputList.$": Any,
        },
        total=False,
    )
    BatchDeleteConnectionParameters = TypedDict(
        "BatchDeleteConnectionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "ConnectionNameList": Any,
            "ConnectionNameList.$": Any,
        },
        total=False,
    )
    BatchDeletePartitionParameters = TypedDict(
        "BatchDeletePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionsToDelete": Any,
            "PartitionsToDelete.$": Any,
        },
        total=False,
    )
    BatchDeleteTableParameters = TypedDict(
        "BatchDeleteTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TablesToDelete": Any,
            "TablesToDelete.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
        },
        total=False,
    )
    BatchDeleteTableVersionParameters = TypedDict(
        "BatchDeleteTableVersionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "VersionIds": Any,
            "VersionIds.$": Any,
        },
        total=False,
    )
    BatchGetBlueprintsParameters = TypedDict(
        "BatchGetBlueprintsParameters",
        {
            "Names": Any,
            "Names.$": Any,
            "IncludeBlueprint": Any,
            "IncludeBlueprint.$": Any,
            "IncludeParameterSpec": Any,
            "IncludeParameterSpec.$": Any,
        },
        total=False,
    )
    BatchGetCrawlersParameters = TypedDict(
        "BatchGetCrawlersParameters", {"CrawlerNames": Any, "CrawlerNames.$": Any}, total=False
    )
    BatchGetCustomEntityTypesParameters = TypedDict(
        "BatchGetCustomEntityTypesParameters", {"Names": Any, "Names.$": Any}, total=False
    )
    BatchGetDataQualityResultParameters = TypedDict(
        "BatchGetDataQualityResultParameters", {"ResultIds": Any, "ResultIds.$": Any}, total=False
    )
    BatchGetDataQualityResultV2Parameters = TypedDict(
        "BatchGetDataQualityResultV2Parameters", {"ResultIds": Any, "ResultIds.$": Any}, total=False
    )
    BatchGetDataQualityRulesetEvaluationRunParameters = TypedDict(
        "BatchGetDataQualityRulesetEvaluationRunParameters",
        {"RunIds": Any, "RunIds.$": Any},
        total=False,
    )
    BatchGetDevEndpointsParameters = TypedDict(
        "BatchGetDevEndpointsParameters",
        {"DevEndpointNames": Any, "DevEndpointNames.$": Any},
        total=False,
    )
    BatchGetIterableFormsParameters = TypedDict(
        "BatchGetIterableFormsParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "ItemIdentifiers": Any,
            "ItemIdentifiers.$": Any,
        },
        total=False,
    )
    BatchGetJobsParameters = TypedDict(
        "BatchGetJobsParameters", {"JobNames": Any, "JobNames.$": Any}, total=False
    )
    BatchGetPartitionParameters = TypedDict(
        "BatchGetPartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionsToGet": Any,
            "PartitionsToGet.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "QuerySessionContext": Any,
            "QuerySessionContext.$": Any,
        },
        total=False,
    )
    BatchGetTableOptimizerParameters = TypedDict(
        "BatchGetTableOptimizerParameters", {"Entries": Any, "Entries.$": Any}, total=False
    )
    BatchGetTriggersParameters = TypedDict(
        "BatchGetTriggersParameters", {"TriggerNames": Any, "TriggerNames.$": Any}, total=False
    )
    BatchGetWorkflowsParameters = TypedDict(
        "BatchGetWorkflowsParameters",
        {"Names": Any, "Names.$": Any, "IncludeGraph": Any, "IncludeGraph.$": Any},
        total=False,
    )
    BatchPutDataQualityStatisticAnnotationParameters = TypedDict(
        "BatchPutDataQualityStatisticAnnotationParameters",
        {
            "InclusionAnnotations": Any,
            "InclusionAnnotations.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    BatchStopJobRunParameters = TypedDict(
        "BatchStopJobRunParameters",
        {"JobName": Any, "JobName.$": Any, "JobRunIds": Any, "JobRunIds.$": Any},
        total=False,
    )
    BatchUpdatePartitionParameters = TypedDict(
        "BatchUpdatePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Entries": Any,
            "Entries.$": Any,
        },
        total=False,
    )
    CancelDataQualityRuleRecommendationRunParameters = TypedDict(
        "CancelDataQualityRuleRecommendationRunParameters",
        {"RunId": Any, "RunId.$": Any},
        total=False,
    )
    CancelDataQualityRulesetEvaluationRunParameters = TypedDict(
        "CancelDataQualityRulesetEvaluationRunParameters",
        {"RunId": Any, "RunId.$": Any},
        total=False,
    )
    CancelMLTaskRunParameters = TypedDict(
        "CancelMLTaskRunParameters",
        {"TransformId": Any, "TransformId.$": Any, "TaskRunId": Any, "TaskRunId.$": Any},
        total=False,
    )
    CancelStatementParameters = TypedDict(
        "CancelStatementParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "Id": Any,
            "Id.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
        },
        total=False,
    )
    CheckSchemaVersionValidityParameters = TypedDict(
        "CheckSchemaVersionValidityParameters",
        {
            "DataFormat": Any,
            "DataFormat.$": Any,
            "SchemaDefinition": Any,
            "SchemaDefinition.$": Any,
        },
        total=False,
    )
    CreateBlueprintParameters = TypedDict(
        "CreateBlueprintParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "BlueprintLocation": Any,
            "BlueprintLocation.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateCatalogParameters = TypedDict(
        "CreateCatalogParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "CatalogInput": Any,
            "CatalogInput.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateClassifierParameters = TypedDict(
        "CreateClassifierParameters",
        {
            "GrokClassifier": Any,
            "GrokClassifier.$": Any,
            "XmlClassifier": Any,
            "XmlClassifier.$": Any,
            "JsonClassifier": Any,
            "JsonClassifier.$": Any,
            "CsvClassifier": Any,
            "CsvClassifier.$": Any,
        },
        total=False,
    )
    CreateColumnStatisticsTaskSettingsParameters = TypedDict(
        "CreateColumnStatisticsTaskSettingsParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Role": Any,
            "Role.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "ColumnNameList": Any,
            "ColumnNameList.$": Any,
            "SampleSize": Any,
            "SampleSize.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateConnectionParameters = TypedDict(
        "CreateConnectionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "ConnectionInput": Any,
            "ConnectionInput.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateCrawlerParameters = TypedDict(
        "CreateCrawlerParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Role": Any,
            "Role.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "Classifiers": Any,
            "Classifiers.$": Any,
            "TablePrefix": Any,
            "TablePrefix.$": Any,
            "SchemaChangePolicy": Any,
            "SchemaChangePolicy.$": Any,
            "RecrawlPolicy": Any,
            "RecrawlPolicy.$": Any,
            "LineageConfiguration": Any,
            "LineageConfiguration.$": Any,
            "LakeFormationConfiguration": Any,
            "LakeFormationConfiguration.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "CrawlerSecurityConfiguration": Any,
            "CrawlerSecurityConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
        },
        total=False,
    )
    CreateCustomEntityTypeParameters = TypedDict(
        "CreateCustomEntityTypeParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "RegexString": Any,
            "RegexString.$": Any,
            "ContextWords": Any,
            "ContextWords.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDataQualityEvaluationConfigParameters = TypedDict(
        "CreateDataQualityEvaluationConfigParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Level": Any,
            "Level.$": Any,
            "DataSource": Any,
            "DataSource.$": Any,
            "RulesetName": Any,
            "RulesetName.$": Any,
            "ManagedRulesetName": Any,
            "ManagedRulesetName.$": Any,
            "Triggers": Any,
            "Triggers.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "StartAt": Any,
            "StartAt.$": Any,
            "EndAt": Any,
            "EndAt.$": Any,
            "Role": Any,
            "Role.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "AdditionalRunOptions": Any,
            "AdditionalRunOptions.$": Any,
            "AdditionalDataSources": Any,
            "AdditionalDataSources.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    CreateDataQualityRulesetParameters = TypedDict(
        "CreateDataQualityRulesetParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Ruleset": Any,
            "Ruleset.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TargetTable": Any,
            "TargetTable.$": Any,
            "DataQualitySecurityConfiguration": Any,
            "DataQualitySecurityConfiguration.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    CreateDatabaseParameters = TypedDict(
        "CreateDatabaseParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseInput": Any,
            "DatabaseInput.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDevEndpointParameters = TypedDict(
        "CreateDevEndpointParameters",
        {
            "EndpointName": Any,
            "EndpointName.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "SecurityGroupIds": Any,
            "SecurityGroupIds.$": Any,
            "SubnetId": Any,
            "SubnetId.$": Any,
            "PublicKey": Any,
            "PublicKey.$": Any,
            "PublicKeys": Any,
            "PublicKeys.$": Any,
            "NumberOfNodes": Any,
            "NumberOfNodes.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "GlueVersion": Any,
            "GlueVersion.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "ExtraPythonLibsS3Path": Any,
            "ExtraPythonLibsS3Path.$": Any,
            "ExtraJarsS3Path": Any,
            "ExtraJarsS3Path.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "Arguments": Any,
            "Arguments.$": Any,
        },
        total=False,
    )
    CreateGlossaryParameters = TypedDict(
        "CreateGlossaryParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    CreateGlossaryTermParameters = TypedDict(
        "CreateGlossaryTermParameters",
        {
            "GlossaryIdentifier": Any,
            "GlossaryIdentifier.$": Any,
            "Name": Any,
            "Name.$": Any,
            "ShortDescription": Any,
            "ShortDescription.$": Any,
            "LongDescription": Any,
            "LongDescription.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    CreateGlueIdentityCenterConfigurationParameters = TypedDict(
        "CreateGlueIdentityCenterConfigurationParameters",
        {
            "InstanceArn": Any,
            "InstanceArn.$": Any,
            "Scopes": Any,
            "Scopes.$": Any,
            "UserBackgroundSessionsEnabled": Any,
            "UserBackgroundSessionsEnabled.$": Any,
        },
        total=False,
    )
    CreateIntegrationParameters = TypedDict(
        "CreateIntegrationParameters",
        {
            "IntegrationName": Any,
            "IntegrationName.$": Any,
            "SourceArn": Any,
            "SourceArn.$": Any,
            "TargetArn": Any,
            "TargetArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DataFilter": Any,
            "DataFilter.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "AdditionalEncryptionContext": Any,
            "AdditionalEncryptionContext.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "IntegrationConfig": Any,
            "IntegrationConfig.$": Any,
        },
        total=False,
    )
    CreateIntegrationResourcePropertyParameters = TypedDict(
        "CreateIntegrationResourcePropertyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "SourceProcessingProperties": Any,
            "SourceProcessingProperties.$": Any,
            "TargetProcessingProperties": Any,
            "TargetProcessingProperties.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateIntegrationTablePropertiesParameters = TypedDict(
        "CreateIntegrationTablePropertiesParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "SourceTableConfig": Any,
            "SourceTableConfig.$": Any,
            "TargetTableConfig": Any,
            "TargetTableConfig.$": Any,
        },
        total=False,
    )
    CreateJobParameters = TypedDict(
        "CreateJobParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "JobMode": Any,
            "JobMode.$": Any,
            "JobRunQueuingEnabled": Any,
            "JobRunQueuingEnabled.$": Any,
            "Description": Any,
            "Description.$": Any,
            "LogUri": Any,
            "LogUri.$": Any,
            "Role": Any,
            "Role.$": Any,
            "ExecutionProperty": Any,
            "ExecutionProperty.$": Any,
            "Command": Any,
            "Command.$": Any,
            "DefaultArguments": Any,
            "DefaultArguments.$": Any,
            "NonOverridableArguments": Any,
            "NonOverridableArguments.$": Any,
            "Connections": Any,
            "Connections.$": Any,
            "MaxRetries": Any,
            "MaxRetries.$": Any,
            "AllocatedCapacity": Any,
            "AllocatedCapacity.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MaxCapacity": Any,
            "MaxCapacity.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "NotificationProperty": Any,
            "NotificationProperty.$": Any,
            "GlueVersion": Any,
            "GlueVersion.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "CodeGenConfigurationNodes": Any,
            "CodeGenConfigurationNodes.$": Any,
            "ExecutionClass": Any,
            "ExecutionClass.$": Any,
            "SourceControlDetails": Any,
            "SourceControlDetails.$": Any,
            "MaintenanceWindow": Any,
            "MaintenanceWindow.$": Any,
        },
        total=False,
    )
    CreateMLTransformParameters = TypedDict(
        "CreateMLTransformParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "InputRecordTables": Any,
            "InputRecordTables.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "Role": Any,
            "Role.$": Any,
            "GlueVersion": Any,
            "GlueVersion.$": Any,
            "MaxCapacity": Any,
            "MaxCapacity.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MaxRetries": Any,
            "MaxRetries.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TransformEncryption": Any,
            "TransformEncryption.$": Any,
        },
        total=False,
    )
    CreatePartitionParameters = TypedDict(
        "CreatePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionInput": Any,
            "PartitionInput.$": Any,
        },
        total=False,
    )
    CreatePartitionIndexParameters = TypedDict(
        "CreatePartitionIndexParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionIndex": Any,
            "PartitionIndex.$": Any,
        },
        total=False,
    )
    CreateRegistryParameters = TypedDict(
        "CreateRegistryParameters",
        {
            "RegistryName": Any,
            "RegistryName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateSchemaParameters = TypedDict(
        "CreateSchemaParameters",
        {
            "RegistryId": Any,
            "RegistryId.$": Any,
            "SchemaName": Any,
            "SchemaName.$": Any,
            "DataFormat": Any,
            "DataFormat.$": Any,
            "Compatibility": Any,
            "Compatibility.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "SchemaDefinition": Any,
            "SchemaDefinition.$": Any,
        },
        total=False,
    )
    CreateScriptParameters = TypedDict(
        "CreateScriptParameters",
        {
            "DagNodes": Any,
            "DagNodes.$": Any,
            "DagEdges": Any,
            "DagEdges.$": Any,
            "Language": Any,
            "Language.$": Any,
        },
        total=False,
    )
    CreateSecurityConfigurationParameters = TypedDict(
        "CreateSecurityConfigurationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    CreateSessionParameters = TypedDict(
        "CreateSessionParameters",
        {
            "Id": Any,
            "Id.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Role": Any,
            "Role.$": Any,
            "Command": Any,
            "Command.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "IdleTimeout": Any,
            "IdleTimeout.$": Any,
            "DefaultArguments": Any,
            "DefaultArguments.$": Any,
            "Connections": Any,
            "Connections.$": Any,
            "MaxCapacity": Any,
            "MaxCapacity.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
            "GlueVersion": Any,
            "GlueVersion.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
            "SessionType": Any,
            "SessionType.$": Any,
        },
        total=False,
    )
    CreateTableParameters = TypedDict(
        "CreateTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "TableInput": Any,
            "TableInput.$": Any,
            "PartitionIndexes": Any,
            "PartitionIndexes.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
            "OpenTableFormatInput": Any,
            "OpenTableFormatInput.$": Any,
        },
        total=False,
    )
    CreateTableOptimizerParameters = TypedDict(
        "CreateTableOptimizerParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Type": Any,
            "Type.$": Any,
            "TableOptimizerConfiguration": Any,
            "TableOptimizerConfiguration.$": Any,
        },
        total=False,
    )
    CreateTriggerParameters = TypedDict(
        "CreateTriggerParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "WorkflowName": Any,
            "WorkflowName.$": Any,
            "Type": Any,
            "Type.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "Predicate": Any,
            "Predicate.$": Any,
            "Actions": Any,
            "Actions.$": Any,
            "Description": Any,
            "Description.$": Any,
            "StartOnCreation": Any,
            "StartOnCreation.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EventBatchingCondition": Any,
            "EventBatchingCondition.$": Any,
        },
        total=False,
    )
    CreateUsageProfileParameters = TypedDict(
        "CreateUsageProfileParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateUserDefinedFunctionParameters = TypedDict(
        "CreateUserDefinedFunctionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "FunctionInput": Any,
            "FunctionInput.$": Any,
        },
        total=False,
    )
    CreateWorkflowParameters = TypedDict(
        "CreateWorkflowParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DefaultRunProperties": Any,
            "DefaultRunProperties.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "MaxConcurrentRuns": Any,
            "MaxConcurrentRuns.$": Any,
        },
        total=False,
    )
    DeleteAssetParameters = TypedDict(
        "DeleteAssetParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    DeleteAttachmentParameters = TypedDict(
        "DeleteAttachmentParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "ItemIdentifier": Any,
            "ItemIdentifier.$": Any,
            "AttachmentName": Any,
            "AttachmentName.$": Any,
        },
        total=False,
    )
    DeleteBlueprintParameters = TypedDict(
        "DeleteBlueprintParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteCatalogParameters = TypedDict(
        "DeleteCatalogParameters", {"CatalogId": Any, "CatalogId.$": Any}, total=False
    )
    DeleteClassifierParameters = TypedDict(
        "DeleteClassifierParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteColumnStatisticsForPartitionParameters = TypedDict(
        "DeleteColumnStatisticsForPartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
            "ColumnName": Any,
            "ColumnName.$": Any,
        },
        total=False,
    )
    DeleteColumnStatisticsForTableParameters = TypedDict(
        "DeleteColumnStatisticsForTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "ColumnName": Any,
            "ColumnName.$": Any,
        },
        total=False,
    )
    DeleteColumnStatisticsTaskSettingsParameters = TypedDict(
        "DeleteColumnStatisticsTaskSettingsParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    DeleteConnectionParameters = TypedDict(
        "DeleteConnectionParameters",
        {"CatalogId": Any, "CatalogId.$": Any, "ConnectionName": Any, "ConnectionName.$": Any},
        total=False,
    )
    DeleteConnectionTypeParameters = TypedDict(
        "DeleteConnectionTypeParameters",
        {"ConnectionType": Any, "ConnectionType.$": Any},
        total=False,
    )
    DeleteCrawlerParameters = TypedDict(
        "DeleteCrawlerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteCustomEntityTypeParameters = TypedDict(
        "DeleteCustomEntityTypeParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDataQualityEvaluationConfigParameters = TypedDict(
        "DeleteDataQualityEvaluationConfigParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDataQualityRulesetParameters = TypedDict(
        "DeleteDataQualityRulesetParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDatabaseParameters = TypedDict(
        "DeleteDatabaseParameters",
        {"CatalogId": Any, "CatalogId.$": Any, "Name": Any, "Name.$": Any},
        total=False,
    )
    DeleteDevEndpointParameters = TypedDict(
        "DeleteDevEndpointParameters", {"EndpointName": Any, "EndpointName.$": Any}, total=False
    )
    DeleteFormTypeParameters = TypedDict(
        "DeleteFormTypeParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    DeleteGlossaryParameters = TypedDict(
        "DeleteGlossaryParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    DeleteGlossaryTermParameters = TypedDict(
        "DeleteGlossaryTermParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )

    class DeleteGlueIdentityCenterConfigurationParameters(TypedDict, total=False):
        pass

    DeleteIntegrationParameters = TypedDict(
        "DeleteIntegrationParameters",
        {"IntegrationIdentifier": Any, "IntegrationIdentifier.$": Any},
        total=False,
    )
    DeleteIntegrationResourcePropertyParameters = TypedDict(
        "DeleteIntegrationResourcePropertyParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any},
        total=False,
    )
    DeleteIntegrationTablePropertiesParameters = TypedDict(
        "DeleteIntegrationTablePropertiesParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TableName": Any, "TableName.$": Any},
        total=False,
    )
    DeleteJobParameters = TypedDict(
        "DeleteJobParameters", {"JobName": Any, "JobName.$": Any}, total=False
    )
    DeleteMLTransformParameters = TypedDict(
        "DeleteMLTransformParameters", {"TransformId": Any, "TransformId.$": Any}, total=False
    )
    DeletePartitionParameters = TypedDict(
        "DeletePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
        },
        total=False,
    )
    DeletePartitionIndexParameters = TypedDict(
        "DeletePartitionIndexParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "IndexName": Any,
            "IndexName.$": Any,
        },
        total=False,
    )
    DeleteRegistryParameters = TypedDict(
        "DeleteRegistryParameters", {"RegistryId": Any, "RegistryId.$": Any}, total=False
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {
            "PolicyHashCondition": Any,
            "PolicyHashCondition.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
        },
        total=False,
    )
    DeleteSchemaParameters = TypedDict(
        "DeleteSchemaParameters", {"SchemaId": Any, "SchemaId.$": Any}, total=False
    )
    DeleteSchemaVersionsParameters = TypedDict(
        "DeleteSchemaVersionsParameters",
        {"SchemaId": Any, "SchemaId.$": Any, "Versions": Any, "Versions.$": Any},
        total=False,
    )
    DeleteSecurityConfigurationParameters = TypedDict(
        "DeleteSecurityConfigurationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteSessionParameters = TypedDict(
        "DeleteSessionParameters",
        {"Id": Any, "Id.$": Any, "RequestOrigin": Any, "RequestOrigin.$": Any},
        total=False,
    )
    DeleteTableParameters = TypedDict(
        "DeleteTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
        },
        total=False,
    )
    DeleteTableOptimizerParameters = TypedDict(
        "DeleteTableOptimizerParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Type": Any,
            "Type.$": Any,
        },
        total=False,
    )
    DeleteTableVersionParameters = TypedDict(
        "DeleteTableVersionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
        },
        total=False,
    )
    DeleteTriggerParameters = TypedDict(
        "DeleteTriggerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteUsageProfileParameters = TypedDict(
        "DeleteUsageProfileParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteUserDefinedFunctionParameters = TypedDict(
        "DeleteUserDefinedFunctionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
        },
        total=False,
    )
    DeleteWorkflowParameters = TypedDict(
        "DeleteWorkflowParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DescribeConnectionTypeParameters = TypedDict(
        "DescribeConnectionTypeParameters",
        {"ConnectionType": Any, "ConnectionType.$": Any},
        total=False,
    )
    DescribeEntityParameters = TypedDict(
        "DescribeEntityParameters",
        {
            "ConnectionName": Any,
            "ConnectionName.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "EntityName": Any,
            "EntityName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "DataStoreApiVersion": Any,
            "DataStoreApiVersion.$": Any,
        },
        total=False,
    )
    DescribeInboundIntegrationsParameters = TypedDict(
        "DescribeInboundIntegrationsParameters",
        {
            "IntegrationArn": Any,
            "IntegrationArn.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "TargetArn": Any,
            "TargetArn.$": Any,
        },
        total=False,
    )
    DescribeIntegrationsParameters = TypedDict(
        "DescribeIntegrationsParameters",
        {
            "IntegrationIdentifier": Any,
            "IntegrationIdentifier.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    DisassociateGlossaryTermsParameters = TypedDict(
        "DisassociateGlossaryTermsParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "ItemIdentifier": Any,
            "ItemIdentifier.$": Any,
            "GlossaryTermIdentifiers": Any,
            "GlossaryTermIdentifiers.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    GetAssetParameters = TypedDict(
        "GetAssetParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetAssetTypeParameters = TypedDict(
        "GetAssetTypeParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetBlueprintParameters = TypedDict(
        "GetBlueprintParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "IncludeBlueprint": Any,
            "IncludeBlueprint.$": Any,
            "IncludeParameterSpec": Any,
            "IncludeParameterSpec.$": Any,
        },
        total=False,
    )
    GetBlueprintRunParameters = TypedDict(
        "GetBlueprintRunParameters",
        {"BlueprintName": Any, "BlueprintName.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    GetBlueprintRunsParameters = TypedDict(
        "GetBlueprintRunsParameters",
        {
            "BlueprintName": Any,
            "BlueprintName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetCatalogParameters = TypedDict(
        "GetCatalogParameters", {"CatalogId": Any, "CatalogId.$": Any}, total=False
    )

    class GetCatalogDiscoveryParameters(TypedDict, total=False):
        pass

    GetCatalogImportStatusParameters = TypedDict(
        "GetCatalogImportStatusParameters", {"CatalogId": Any, "CatalogId.$": Any}, total=False
    )
    GetCatalogsParameters = TypedDict(
        "GetCatalogsParameters",
        {
            "ParentCatalogId": Any,
            "ParentCatalogId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Recursive": Any,
            "Recursive.$": Any,
            "IncludeRoot": Any,
            "IncludeRoot.$": Any,
            "HasDatabases": Any,
            "HasDatabases.$": Any,
        },
        total=False,
    )
    GetClassifierParameters = TypedDict(
        "GetClassifierParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetClassifiersParameters = TypedDict(
        "GetClassifiersParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    GetColumnStatisticsForPartitionParameters = TypedDict(
        "GetColumnStatisticsForPartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
            "ColumnNames": Any,
            "ColumnNames.$": Any,
        },
        total=False,
    )
    GetColumnStatisticsForTableParameters = TypedDict(
        "GetColumnStatisticsForTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "ColumnNames": Any,
            "ColumnNames.$": Any,
        },
        total=False,
    )
    GetColumnStatisticsTaskRunParameters = TypedDict(
        "GetColumnStatisticsTaskRunParameters",
        {"ColumnStatisticsTaskRunId": Any, "ColumnStatisticsTaskRunId.$": Any},
        total=False,
    )
    GetColumnStatisticsTaskRunsParameters = TypedDict(
        "GetColumnStatisticsTaskRunsParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    GetColumnStatisticsTaskSettingsParameters = TypedDict(
        "GetColumnStatisticsTaskSettingsParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    GetConnectionParameters = TypedDict(
        "GetConnectionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "HidePassword": Any,
            "HidePassword.$": Any,
            "ApplyOverrideForComputeEnvironment": Any,
            "ApplyOverrideForComputeEnvironment.$": Any,
        },
        total=False,
    )
    GetConnectionsParameters = TypedDict(
        "GetConnectionsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "HidePassword": Any,
            "HidePassword.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetCrawlerParameters = TypedDict(
        "GetCrawlerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetCrawlerMetricsParameters = TypedDict(
        "GetCrawlerMetricsParameters",
        {
            "CrawlerNameList": Any,
            "CrawlerNameList.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetCrawlersParameters = TypedDict(
        "GetCrawlersParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    GetCustomEntityTypeParameters = TypedDict(
        "GetCustomEntityTypeParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetDashboardUrlParameters = TypedDict(
        "GetDashboardUrlParameters",
        {
            "ResourceId": Any,
            "ResourceId.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
        },
        total=False,
    )
    GetDataCatalogEncryptionSettingsParameters = TypedDict(
        "GetDataCatalogEncryptionSettingsParameters",
        {"CatalogId": Any, "CatalogId.$": Any},
        total=False,
    )

    class GetDataCatalogExportConfigurationParameters(TypedDict, total=False):
        pass

    GetDataQualityEvaluationConfigParameters = TypedDict(
        "GetDataQualityEvaluationConfigParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetDataQualityModelParameters = TypedDict(
        "GetDataQualityModelParameters",
        {"StatisticId": Any, "StatisticId.$": Any, "ProfileId": Any, "ProfileId.$": Any},
        total=False,
    )
    GetDataQualityModelResultParameters = TypedDict(
        "GetDataQualityModelResultParameters",
        {"StatisticId": Any, "StatisticId.$": Any, "ProfileId": Any, "ProfileId.$": Any},
        total=False,
    )
    GetDataQualityResultParameters = TypedDict(
        "GetDataQualityResultParameters", {"ResultId": Any, "ResultId.$": Any}, total=False
    )
    GetDataQualityResultV2Parameters = TypedDict(
        "GetDataQualityResultV2Parameters", {"ResultId": Any, "ResultId.$": Any}, total=False
    )
    GetDataQualityRuleRecommendationRunParameters = TypedDict(
        "GetDataQualityRuleRecommendationRunParameters", {"RunId": Any, "RunId.$": Any}, total=False
    )
    GetDataQualityRulesetParameters = TypedDict(
        "GetDataQualityRulesetParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetDataQualityRulesetEvaluationRunParameters = TypedDict(
        "GetDataQualityRulesetEvaluationRunParameters", {"RunId": Any, "RunId.$": Any}, total=False
    )
    GetDatabaseParameters = TypedDict(
        "GetDatabaseParameters",
        {"CatalogId": Any, "CatalogId.$": Any, "Name": Any, "Name.$": Any},
        total=False,
    )
    GetDatabasesParameters = TypedDict(
        "GetDatabasesParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ResourceShareType": Any,
            "ResourceShareType.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
        },
        total=False,
    )
    GetDataflowGraphParameters = TypedDict(
        "GetDataflowGraphParameters", {"PythonScript": Any, "PythonScript.$": Any}, total=False
    )
    GetDevEndpointParameters = TypedDict(
        "GetDevEndpointParameters", {"EndpointName": Any, "EndpointName.$": Any}, total=False
    )
    GetDevEndpointsParameters = TypedDict(
        "GetDevEndpointsParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    GetEntityRecordsParameters = TypedDict(
        "GetEntityRecordsParameters",
        {
            "ConnectionName": Any,
            "ConnectionName.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "EntityName": Any,
            "EntityName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "DataStoreApiVersion": Any,
            "DataStoreApiVersion.$": Any,
            "ConnectionOptions": Any,
            "ConnectionOptions.$": Any,
            "FilterPredicate": Any,
            "FilterPredicate.$": Any,
            "Limit": Any,
            "Limit.$": Any,
            "OrderBy": Any,
            "OrderBy.$": Any,
            "SelectedFields": Any,
            "SelectedFields.$": Any,
        },
        total=False,
    )
    GetFormTypeParameters = TypedDict(
        "GetFormTypeParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetGlossaryParameters = TypedDict(
        "GetGlossaryParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetGlossaryTermParameters = TypedDict(
        "GetGlossaryTermParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )

    class GetGlueIdentityCenterConfigurationParameters(TypedDict, total=False):
        pass

    GetIntegrationResourcePropertyParameters = TypedDict(
        "GetIntegrationResourcePropertyParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any},
        total=False,
    )
    GetIntegrationTablePropertiesParameters = TypedDict(
        "GetIntegrationTablePropertiesParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TableName": Any, "TableName.$": Any},
        total=False,
    )
    GetJobParameters = TypedDict(
        "GetJobParameters", {"JobName": Any, "JobName.$": Any}, total=False
    )
    GetJobBookmarkParameters = TypedDict(
        "GetJobBookmarkParameters",
        {"JobName": Any, "JobName.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    GetJobRunParameters = TypedDict(
        "GetJobRunParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "RunId": Any,
            "RunId.$": Any,
            "PredecessorsIncluded": Any,
            "PredecessorsIncluded.$": Any,
        },
        total=False,
    )
    GetJobRunsParameters = TypedDict(
        "GetJobRunsParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetJobUpgradeAnalysisParameters = TypedDict(
        "GetJobUpgradeAnalysisParameters",
        {"AnalysisId": Any, "AnalysisId.$": Any, "JobName": Any, "JobName.$": Any},
        total=False,
    )
    GetJobsParameters = TypedDict(
        "GetJobsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    GetLineageNodeParameters = TypedDict(
        "GetLineageNodeParameters", {"Identifier": Any, "Identifier.$": Any}, total=False
    )
    GetMLTaskRunParameters = TypedDict(
        "GetMLTaskRunParameters",
        {"TransformId": Any, "TransformId.$": Any, "TaskRunId": Any, "TaskRunId.$": Any},
        total=False,
    )
    GetMLTaskRunsParameters = TypedDict(
        "GetMLTaskRunsParameters",
        {
            "TransformId": Any,
            "TransformId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "Sort": Any,
            "Sort.$": Any,
        },
        total=False,
    )
    GetMLTransformParameters = TypedDict(
        "GetMLTransformParameters", {"TransformId": Any, "TransformId.$": Any}, total=False
    )
    GetMLTransformsParameters = TypedDict(
        "GetMLTransformsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "Sort": Any,
            "Sort.$": Any,
        },
        total=False,
    )
    GetMappingParameters = TypedDict(
        "GetMappingParameters",
        {
            "Source": Any,
            "Source.$": Any,
            "Sinks": Any,
            "Sinks.$": Any,
            "Location": Any,
            "Location.$": Any,
        },
        total=False,
    )
    GetMaterializedViewRefreshTaskRunParameters = TypedDict(
        "GetMaterializedViewRefreshTaskRunParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "MaterializedViewRefreshTaskRunId": Any,
            "MaterializedViewRefreshTaskRunId.$": Any,
        },
        total=False,
    )
    GetPartitionParameters = TypedDict(
        "GetPartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
        },
        total=False,
    )
    GetPartitionIndexesParameters = TypedDict(
        "GetPartitionIndexesParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetPartitionsParameters = TypedDict(
        "GetPartitionsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Expression": Any,
            "Expression.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Segment": Any,
            "Segment.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ExcludeColumnSchema": Any,
            "ExcludeColumnSchema.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
            "QueryAsOfTime": Any,
            "QueryAsOfTime.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
        },
        total=False,
    )
    GetPlanParameters = TypedDict(
        "GetPlanParameters",
        {
            "Mapping": Any,
            "Mapping.$": Any,
            "Source": Any,
            "Source.$": Any,
            "Sinks": Any,
            "Sinks.$": Any,
            "Location": Any,
            "Location.$": Any,
            "Language": Any,
            "Language.$": Any,
            "AdditionalPlanOptionsMap": Any,
            "AdditionalPlanOptionsMap.$": Any,
        },
        total=False,
    )
    GetRegistryParameters = TypedDict(
        "GetRegistryParameters", {"RegistryId": Any, "RegistryId.$": Any}, total=False
    )
    GetResourcePoliciesParameters = TypedDict(
        "GetResourcePoliciesParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    GetResourcePolicyParameters = TypedDict(
        "GetResourcePolicyParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    GetSchemaParameters = TypedDict(
        "GetSchemaParameters", {"SchemaId": Any, "SchemaId.$": Any}, total=False
    )
    GetSchemaByDefinitionParameters = TypedDict(
        "GetSchemaByDefinitionParameters",
        {"SchemaId": Any, "SchemaId.$": Any, "SchemaDefinition": Any, "SchemaDefinition.$": Any},
        total=False,
    )
    GetSchemaVersionParameters = TypedDict(
        "GetSchemaVersionParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "SchemaVersionId": Any,
            "SchemaVersionId.$": Any,
            "SchemaVersionNumber": Any,
            "SchemaVersionNumber.$": Any,
        },
        total=False,
    )
    GetSchemaVersionsDiffParameters = TypedDict(
        "GetSchemaVersionsDiffParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "FirstSchemaVersionNumber": Any,
            "FirstSchemaVersionNumber.$": Any,
            "SecondSchemaVersionNumber": Any,
            "SecondSchemaVersionNumber.$": Any,
            "SchemaDiffType": Any,
            "SchemaDiffType.$": Any,
        },
        total=False,
    )
    GetSecurityConfigurationParameters = TypedDict(
        "GetSecurityConfigurationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetSecurityConfigurationsParameters = TypedDict(
        "GetSecurityConfigurationsParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    GetSessionParameters = TypedDict(
        "GetSessionParameters",
        {"Id": Any, "Id.$": Any, "RequestOrigin": Any, "RequestOrigin.$": Any},
        total=False,
    )
    GetSessionEndpointParameters = TypedDict(
        "GetSessionEndpointParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    GetStatementParameters = TypedDict(
        "GetStatementParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "Id": Any,
            "Id.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
        },
        total=False,
    )
    GetSystemLogsForJobRunParameters = TypedDict(
        "GetSystemLogsForJobRunParameters",
        {"JobName": Any, "JobName.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    GetSystemLogsForSessionParameters = TypedDict(
        "GetSystemLogsForSessionParameters", {"Id": Any, "Id.$": Any}, total=False
    )
    GetSystemTableParameters = TypedDict(
        "GetSystemTableParameters", {"SystemTableType": Any, "SystemTableType.$": Any}, total=False
    )
    GetTableParameters = TypedDict(
        "GetTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
            "QueryAsOfTime": Any,
            "QueryAsOfTime.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "IncludeStatusDetails": Any,
            "IncludeStatusDetails.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
        },
        total=False,
    )
    GetTableOptimizerParameters = TypedDict(
        "GetTableOptimizerParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Type": Any,
            "Type.$": Any,
        },
        total=False,
    )
    GetTableVersionParameters = TypedDict(
        "GetTableVersionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
        },
        total=False,
    )
    GetTableVersionsParameters = TypedDict(
        "GetTableVersionsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
        },
        total=False,
    )
    GetTablesParameters = TypedDict(
        "GetTablesParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Expression": Any,
            "Expression.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
            "QueryAsOfTime": Any,
            "QueryAsOfTime.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "ResourceShareType": Any,
            "ResourceShareType.$": Any,
            "IncludeStatusDetails": Any,
            "IncludeStatusDetails.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
        },
        total=False,
    )
    GetTagsParameters = TypedDict(
        "GetTagsParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    GetTriggerParameters = TypedDict(
        "GetTriggerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetTriggersParameters = TypedDict(
        "GetTriggersParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "DependentJobName": Any,
            "DependentJobName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetUnfilteredPartitionMetadataParameters = TypedDict(
        "GetUnfilteredPartitionMetadataParameters",
        {
            "Region": Any,
            "Region.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "SupportedPermissionTypes": Any,
            "SupportedPermissionTypes.$": Any,
            "QuerySessionContext": Any,
            "QuerySessionContext.$": Any,
        },
        total=False,
    )
    GetUnfilteredPartitionsMetadataParameters = TypedDict(
        "GetUnfilteredPartitionsMetadataParameters",
        {
            "Region": Any,
            "Region.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Expression": Any,
            "Expression.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "SupportedPermissionTypes": Any,
            "SupportedPermissionTypes.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Segment": Any,
            "Segment.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "QuerySessionContext": Any,
            "QuerySessionContext.$": Any,
        },
        total=False,
    )
    GetUnfilteredTableMetadataParameters = TypedDict(
        "GetUnfilteredTableMetadataParameters",
        {
            "Region": Any,
            "Region.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "AuditContext": Any,
            "AuditContext.$": Any,
            "SupportedPermissionTypes": Any,
            "SupportedPermissionTypes.$": Any,
            "ParentResourceArn": Any,
            "ParentResourceArn.$": Any,
            "RootResourceArn": Any,
            "RootResourceArn.$": Any,
            "SupportedDialect": Any,
            "SupportedDialect.$": Any,
            "Permissions": Any,
            "Permissions.$": Any,
            "QuerySessionContext": Any,
            "QuerySessionContext.$": Any,
        },
        total=False,
    )
    GetUsageProfileParameters = TypedDict(
        "GetUsageProfileParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetUserDefinedFunctionParameters = TypedDict(
        "GetUserDefinedFunctionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
        },
        total=False,
    )
    GetUserDefinedFunctionsParameters = TypedDict(
        "GetUserDefinedFunctionsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Pattern": Any,
            "Pattern.$": Any,
            "FunctionType": Any,
            "FunctionType.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetWorkflowParameters = TypedDict(
        "GetWorkflowParameters",
        {"Name": Any, "Name.$": Any, "IncludeGraph": Any, "IncludeGraph.$": Any},
        total=False,
    )
    GetWorkflowRunParameters = TypedDict(
        "GetWorkflowRunParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "RunId": Any,
            "RunId.$": Any,
            "IncludeGraph": Any,
            "IncludeGraph.$": Any,
        },
        total=False,
    )
    GetWorkflowRunPropertiesParameters = TypedDict(
        "GetWorkflowRunPropertiesParameters",
        {"Name": Any, "Name.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    GetWorkflowRunsParameters = TypedDict(
        "GetWorkflowRunsParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "IncludeGraph": Any,
            "IncludeGraph.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ImportCatalogToGlueParameters = TypedDict(
        "ImportCatalogToGlueParameters", {"CatalogId": Any, "CatalogId.$": Any}, total=False
    )
    ListAssetTypesParameters = TypedDict(
        "ListAssetTypesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListBlueprintsParameters = TypedDict(
        "ListBlueprintsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListColumnStatisticsTaskRunsParameters = TypedDict(
        "ListColumnStatisticsTaskRunsParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListConnectionTypesParameters = TypedDict(
        "ListConnectionTypesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListCrawlersParameters = TypedDict(
        "ListCrawlersParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListCrawlsParameters = TypedDict(
        "ListCrawlsParameters",
        {
            "CrawlerName": Any,
            "CrawlerName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListCustomEntityTypesParameters = TypedDict(
        "ListCustomEntityTypesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListDataQualityEvaluationConfigsParameters = TypedDict(
        "ListDataQualityEvaluationConfigsParameters",
        {
            "Level": Any,
            "Level.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListDataQualityResultsParameters = TypedDict(
        "ListDataQualityResultsParameters",
        {
            "Filter": Any,
            "Filter.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDataQualityResultsV2Parameters = TypedDict(
        "ListDataQualityResultsV2Parameters",
        {
            "Filter": Any,
            "Filter.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDataQualityRuleRecommendationRunsParameters = TypedDict(
        "ListDataQualityRuleRecommendationRunsParameters",
        {
            "Filter": Any,
            "Filter.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListDataQualityRulesetEvaluationRunsParameters = TypedDict(
        "ListDataQualityRulesetEvaluationRunsParameters",
        {
            "Filter": Any,
            "Filter.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDataQualityRulesetsParameters = TypedDict(
        "ListDataQualityRulesetsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListDataQualityStatisticAnnotationsParameters = TypedDict(
        "ListDataQualityStatisticAnnotationsParameters",
        {
            "StatisticId": Any,
            "StatisticId.$": Any,
            "ProfileId": Any,
            "ProfileId.$": Any,
            "TimestampFilter": Any,
            "TimestampFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListDataQualityStatisticsParameters = TypedDict(
        "ListDataQualityStatisticsParameters",
        {
            "StatisticId": Any,
            "StatisticId.$": Any,
            "ProfileId": Any,
            "ProfileId.$": Any,
            "TimestampFilter": Any,
            "TimestampFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListDevEndpointsParameters = TypedDict(
        "ListDevEndpointsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListEntitiesParameters = TypedDict(
        "ListEntitiesParameters",
        {
            "ConnectionName": Any,
            "ConnectionName.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "ParentEntityName": Any,
            "ParentEntityName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "DataStoreApiVersion": Any,
            "DataStoreApiVersion.$": Any,
        },
        total=False,
    )
    ListFormTypesParameters = TypedDict(
        "ListFormTypesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListGlossariesParameters = TypedDict(
        "ListGlossariesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListGlossaryTermsParameters = TypedDict(
        "ListGlossaryTermsParameters",
        {
            "GlossaryIdentifier": Any,
            "GlossaryIdentifier.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListIntegrationResourcePropertiesParameters = TypedDict(
        "ListIntegrationResourcePropertiesParameters",
        {
            "Marker": Any,
            "Marker.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    ListIntegrationTablePropertiesParameters = TypedDict(
        "ListIntegrationTablePropertiesParameters",
        {
            "Marker": Any,
            "Marker.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    ListIterableFormsParameters = TypedDict(
        "ListIterableFormsParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListJobsParameters = TypedDict(
        "ListJobsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListMLTransformsParameters = TypedDict(
        "ListMLTransformsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filter": Any,
            "Filter.$": Any,
            "Sort": Any,
            "Sort.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListMaterializedViewRefreshTaskRunsParameters = TypedDict(
        "ListMaterializedViewRefreshTaskRunsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListRegistriesParameters = TypedDict(
        "ListRegistriesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListSchemaVersionsParameters = TypedDict(
        "ListSchemaVersionsParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListSchemasParameters = TypedDict(
        "ListSchemasParameters",
        {
            "RegistryId": Any,
            "RegistryId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListSessionsParameters = TypedDict(
        "ListSessionsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
        },
        total=False,
    )
    ListStatementsParameters = TypedDict(
        "ListStatementsParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListTableOptimizerRunsParameters = TypedDict(
        "ListTableOptimizerRunsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Type": Any,
            "Type.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListTriggersParameters = TypedDict(
        "ListTriggersParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "DependentJobName": Any,
            "DependentJobName.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    ListUsageProfilesParameters = TypedDict(
        "ListUsageProfilesParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListWorkflowsParameters = TypedDict(
        "ListWorkflowsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ModifyIntegrationParameters = TypedDict(
        "ModifyIntegrationParameters",
        {
            "IntegrationIdentifier": Any,
            "IntegrationIdentifier.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DataFilter": Any,
            "DataFilter.$": Any,
            "IntegrationConfig": Any,
            "IntegrationConfig.$": Any,
            "IntegrationName": Any,
            "IntegrationName.$": Any,
        },
        total=False,
    )
    PostLineageEventParameters = TypedDict(
        "PostLineageEventParameters", {"Event": Any, "Event.$": Any}, total=False
    )
    PublishDataQualityResultV2Parameters = TypedDict(
        "PublishDataQualityResultV2Parameters",
        {
            "Dimensions": Any,
            "Dimensions.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "ExecutionStartedOn": Any,
            "ExecutionStartedOn.$": Any,
            "ExecutionCompletedOn": Any,
            "ExecutionCompletedOn.$": Any,
            "Score": Any,
            "Score.$": Any,
            "RuleResults": Any,
            "RuleResults.$": Any,
            "AnalyzerResults": Any,
            "AnalyzerResults.$": Any,
            "Observations": Any,
            "Observations.$": Any,
            "AggregatedMetrics": Any,
            "AggregatedMetrics.$": Any,
            "Statistics": Any,
            "Statistics.$": Any,
            "RunConfiguration": Any,
            "RunConfiguration.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "EvaluationContext": Any,
            "EvaluationContext.$": Any,
            "Descriptors": Any,
            "Descriptors.$": Any,
            "RulesetName": Any,
            "RulesetName.$": Any,
            "DataQualitySecurityConfiguration": Any,
            "DataQualitySecurityConfiguration.$": Any,
            "Telemetry": Any,
            "Telemetry.$": Any,
        },
        total=False,
    )
    PutAssetParameters = TypedDict(
        "PutAssetParameters",
        {
            "AssetTypeIdentifier": Any,
            "AssetTypeIdentifier.$": Any,
            "Identifier": Any,
            "Identifier.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Forms": Any,
            "Forms.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    PutAttachmentParameters = TypedDict(
        "PutAttachmentParameters",
        {
            "AssetIdentifier": Any,
            "AssetIdentifier.$": Any,
            "IterableFormName": Any,
            "IterableFormName.$": Any,
            "ItemIdentifier": Any,
            "ItemIdentifier.$": Any,
            "AttachmentName": Any,
            "AttachmentName.$": Any,
            "Content": Any,
            "Content.$": Any,
            "FormTypeIdentifier": Any,
            "FormTypeIdentifier.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    PutCatalogDiscoveryParameters = TypedDict(
        "PutCatalogDiscoveryParameters", {"Mode": Any, "Mode.$": Any}, total=False
    )
    PutDataCatalogEncryptionSettingsParameters = TypedDict(
        "PutDataCatalogEncryptionSettingsParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DataCatalogEncryptionSettings": Any,
            "DataCatalogEncryptionSettings.$": Any,
        },
        total=False,
    )
    PutDataCatalogExportConfigurationParameters = TypedDict(
        "PutDataCatalogExportConfigurationParameters",
        {
            "ClientToken": Any,
            "ClientToken.$": Any,
            "S3TablesConfiguration": Any,
            "S3TablesConfiguration.$": Any,
            "Assets": Any,
            "Assets.$": Any,
            "Lineage": Any,
            "Lineage.$": Any,
            "DataQuality": Any,
            "DataQuality.$": Any,
        },
        total=False,
    )
    PutDataQualityProfileAnnotationParameters = TypedDict(
        "PutDataQualityProfileAnnotationParameters",
        {
            "ProfileId": Any,
            "ProfileId.$": Any,
            "InclusionAnnotation": Any,
            "InclusionAnnotation.$": Any,
        },
        total=False,
    )
    PutFormTypeParameters = TypedDict(
        "PutFormTypeParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Schema": Any,
            "Schema.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    PutResourcePolicyParameters = TypedDict(
        "PutResourcePolicyParameters",
        {
            "PolicyInJson": Any,
            "PolicyInJson.$": Any,
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "PolicyHashCondition": Any,
            "PolicyHashCondition.$": Any,
            "PolicyExistsCondition": Any,
            "PolicyExistsCondition.$": Any,
            "EnableHybrid": Any,
            "EnableHybrid.$": Any,
        },
        total=False,
    )
    PutSchemaVersionMetadataParameters = TypedDict(
        "PutSchemaVersionMetadataParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "SchemaVersionNumber": Any,
            "SchemaVersionNumber.$": Any,
            "SchemaVersionId": Any,
            "SchemaVersionId.$": Any,
            "MetadataKeyValue": Any,
            "MetadataKeyValue.$": Any,
        },
        total=False,
    )
    PutWorkflowRunPropertiesParameters = TypedDict(
        "PutWorkflowRunPropertiesParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "RunId": Any,
            "RunId.$": Any,
            "RunProperties": Any,
            "RunProperties.$": Any,
        },
        total=False,
    )
    QuerySchemaVersionMetadataParameters = TypedDict(
        "QuerySchemaVersionMetadataParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "SchemaVersionNumber": Any,
            "SchemaVersionNumber.$": Any,
            "SchemaVersionId": Any,
            "SchemaVersionId.$": Any,
            "MetadataList": Any,
            "MetadataList.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    RegisterConnectionTypeParameters = TypedDict(
        "RegisterConnectionTypeParameters",
        {
            "ConnectionType": Any,
            "ConnectionType.$": Any,
            "IntegrationType": Any,
            "IntegrationType.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ConnectionProperties": Any,
            "ConnectionProperties.$": Any,
            "ConnectorAuthenticationConfiguration": Any,
            "ConnectorAuthenticationConfiguration.$": Any,
            "RestConfiguration": Any,
            "RestConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    RegisterSchemaVersionParameters = TypedDict(
        "RegisterSchemaVersionParameters",
        {"SchemaId": Any, "SchemaId.$": Any, "SchemaDefinition": Any, "SchemaDefinition.$": Any},
        total=False,
    )
    RemoveSchemaVersionMetadataParameters = TypedDict(
        "RemoveSchemaVersionMetadataParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "SchemaVersionNumber": Any,
            "SchemaVersionNumber.$": Any,
            "SchemaVersionId": Any,
            "SchemaVersionId.$": Any,
            "MetadataKeyValue": Any,
            "MetadataKeyValue.$": Any,
        },
        total=False,
    )
    ResetJobBookmarkParameters = TypedDict(
        "ResetJobBookmarkParameters",
        {"JobName": Any, "JobName.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    ResumeWorkflowRunParameters = TypedDict(
        "ResumeWorkflowRunParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "RunId": Any,
            "RunId.$": Any,
            "NodeIds": Any,
            "NodeIds.$": Any,
        },
        total=False,
    )
    RunStatementParameters = TypedDict(
        "RunStatementParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "Code": Any,
            "Code.$": Any,
            "RequestOrigin": Any,
            "RequestOrigin.$": Any,
        },
        total=False,
    )
    SearchAssetsParameters = TypedDict(
        "SearchAssetsParameters",
        {
            "SearchText": Any,
            "SearchText.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Sort": Any,
            "Sort.$": Any,
            "FilterClause": Any,
            "FilterClause.$": Any,
        },
        total=False,
    )
    SearchTablesParameters = TypedDict(
        "SearchTablesParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "SearchText": Any,
            "SearchText.$": Any,
            "SortCriteria": Any,
            "SortCriteria.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ResourceShareType": Any,
            "ResourceShareType.$": Any,
            "IncludeStatusDetails": Any,
            "IncludeStatusDetails.$": Any,
        },
        total=False,
    )
    StartBlueprintRunParameters = TypedDict(
        "StartBlueprintRunParameters",
        {
            "BlueprintName": Any,
            "BlueprintName.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
        },
        total=False,
    )
    StartColumnStatisticsTaskRunParameters = TypedDict(
        "StartColumnStatisticsTaskRunParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "ColumnNameList": Any,
            "ColumnNameList.$": Any,
            "Role": Any,
            "Role.$": Any,
            "SampleSize": Any,
            "SampleSize.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
        },
        total=False,
    )
    StartColumnStatisticsTaskRunScheduleParameters = TypedDict(
        "StartColumnStatisticsTaskRunScheduleParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    StartCrawlerParameters = TypedDict(
        "StartCrawlerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    StartCrawlerScheduleParameters = TypedDict(
        "StartCrawlerScheduleParameters", {"CrawlerName": Any, "CrawlerName.$": Any}, total=False
    )
    StartDataQualityRuleRecommendationRunParameters = TypedDict(
        "StartDataQualityRuleRecommendationRunParameters",
        {
            "DataSource": Any,
            "DataSource.$": Any,
            "Role": Any,
            "Role.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "CreatedRulesetName": Any,
            "CreatedRulesetName.$": Any,
            "DataQualitySecurityConfiguration": Any,
            "DataQualitySecurityConfiguration.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "AdditionalRunOptions": Any,
            "AdditionalRunOptions.$": Any,
            "RecommendationMode": Any,
            "RecommendationMode.$": Any,
        },
        total=False,
    )
    StartDataQualityRulesetEvaluationRunParameters = TypedDict(
        "StartDataQualityRulesetEvaluationRunParameters",
        {
            "DataSource": Any,
            "DataSource.$": Any,
            "Role": Any,
            "Role.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "AdditionalRunOptions": Any,
            "AdditionalRunOptions.$": Any,
            "RulesetNames": Any,
            "RulesetNames.$": Any,
            "AdditionalDataSources": Any,
            "AdditionalDataSources.$": Any,
        },
        total=False,
    )
    StartExportLabelsTaskRunParameters = TypedDict(
        "StartExportLabelsTaskRunParameters",
        {"TransformId": Any, "TransformId.$": Any, "OutputS3Path": Any, "OutputS3Path.$": Any},
        total=False,
    )
    StartImportLabelsTaskRunParameters = TypedDict(
        "StartImportLabelsTaskRunParameters",
        {
            "TransformId": Any,
            "TransformId.$": Any,
            "InputS3Path": Any,
            "InputS3Path.$": Any,
            "ReplaceAllLabels": Any,
            "ReplaceAllLabels.$": Any,
        },
        total=False,
    )
    StartJobRunParameters = TypedDict(
        "StartJobRunParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "JobRunQueuingEnabled": Any,
            "JobRunQueuingEnabled.$": Any,
            "JobRunId": Any,
            "JobRunId.$": Any,
            "Arguments": Any,
            "Arguments.$": Any,
            "AllocatedCapacity": Any,
            "AllocatedCapacity.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MaxCapacity": Any,
            "MaxCapacity.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
            "NotificationProperty": Any,
            "NotificationProperty.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "ExecutionClass": Any,
            "ExecutionClass.$": Any,
            "ExecutionRoleSessionPolicy": Any,
            "ExecutionRoleSessionPolicy.$": Any,
        },
        total=False,
    )
    StartJobUpgradeAnalysisParameters = TypedDict(
        "StartJobUpgradeAnalysisParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "AnalysisId": Any,
            "AnalysisId.$": Any,
            "UpgradeConsent": Any,
            "UpgradeConsent.$": Any,
        },
        total=False,
    )
    StartMLEvaluationTaskRunParameters = TypedDict(
        "StartMLEvaluationTaskRunParameters",
        {"TransformId": Any, "TransformId.$": Any},
        total=False,
    )
    StartMLLabelingSetGenerationTaskRunParameters = TypedDict(
        "StartMLLabelingSetGenerationTaskRunParameters",
        {"TransformId": Any, "TransformId.$": Any, "OutputS3Path": Any, "OutputS3Path.$": Any},
        total=False,
    )
    StartMaterializedViewRefreshTaskRunParameters = TypedDict(
        "StartMaterializedViewRefreshTaskRunParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "FullRefresh": Any,
            "FullRefresh.$": Any,
        },
        total=False,
    )
    StartTriggerParameters = TypedDict(
        "StartTriggerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    StartWorkflowRunParameters = TypedDict(
        "StartWorkflowRunParameters",
        {"Name": Any, "Name.$": Any, "RunProperties": Any, "RunProperties.$": Any},
        total=False,
    )
    StopColumnStatisticsTaskRunParameters = TypedDict(
        "StopColumnStatisticsTaskRunParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    StopColumnStatisticsTaskRunScheduleParameters = TypedDict(
        "StopColumnStatisticsTaskRunScheduleParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
        },
        total=False,
    )
    StopCrawlerParameters = TypedDict(
        "StopCrawlerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    StopCrawlerScheduleParameters = TypedDict(
        "StopCrawlerScheduleParameters", {"CrawlerName": Any, "CrawlerName.$": Any}, total=False
    )
    StopJobUpgradeAnalysisParameters = TypedDict(
        "StopJobUpgradeAnalysisParameters",
        {"JobName": Any, "JobName.$": Any, "AnalysisId": Any, "AnalysisId.$": Any},
        total=False,
    )
    StopMaterializedViewRefreshTaskRunParameters = TypedDict(
        "StopMaterializedViewRefreshTaskRunParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
        },
        total=False,
    )
    StopSessionParameters = TypedDict(
        "StopSessionParameters",
        {"Id": Any, "Id.$": Any, "RequestOrigin": Any, "RequestOrigin.$": Any},
        total=False,
    )
    StopTriggerParameters = TypedDict(
        "StopTriggerParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    StopWorkflowRunParameters = TypedDict(
        "StopWorkflowRunParameters",
        {"Name": Any, "Name.$": Any, "RunId": Any, "RunId.$": Any},
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagsToAdd": Any, "TagsToAdd.$": Any},
        total=False,
    )
    TestConnectionParameters = TypedDict(
        "TestConnectionParameters",
        {
            "ConnectionName": Any,
            "ConnectionName.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
            "TestConnectionInput": Any,
            "TestConnectionInput.$": Any,
        },
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagsToRemove": Any, "TagsToRemove.$": Any},
        total=False,
    )
    UpdateAssetParameters = TypedDict(
        "UpdateAssetParameters",
        {
            "Identifier": Any,
            "Identifier.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    UpdateBlueprintParameters = TypedDict(
        "UpdateBlueprintParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "BlueprintLocation": Any,
            "BlueprintLocation.$": Any,
        },
        total=False,
    )
    UpdateCatalogParameters = TypedDict(
        "UpdateCatalogParameters",
        {"CatalogId": Any, "CatalogId.$": Any, "CatalogInput": Any, "CatalogInput.$": Any},
        total=False,
    )
    UpdateClassifierParameters = TypedDict(
        "UpdateClassifierParameters",
        {
            "GrokClassifier": Any,
            "GrokClassifier.$": Any,
            "XmlClassifier": Any,
            "XmlClassifier.$": Any,
            "JsonClassifier": Any,
            "JsonClassifier.$": Any,
            "CsvClassifier": Any,
            "CsvClassifier.$": Any,
        },
        total=False,
    )
    UpdateColumnStatisticsForPartitionParameters = TypedDict(
        "UpdateColumnStatisticsForPartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValues": Any,
            "PartitionValues.$": Any,
            "ColumnStatisticsList": Any,
            "ColumnStatisticsList.$": Any,
        },
        total=False,
    )
    UpdateColumnStatisticsForTableParameters = TypedDict(
        "UpdateColumnStatisticsForTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "ColumnStatisticsList": Any,
            "ColumnStatisticsList.$": Any,
        },
        total=False,
    )
    UpdateColumnStatisticsTaskSettingsParameters = TypedDict(
        "UpdateColumnStatisticsTaskSettingsParameters",
        {
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Role": Any,
            "Role.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "ColumnNameList": Any,
            "ColumnNameList.$": Any,
            "SampleSize": Any,
            "SampleSize.$": Any,
            "CatalogID": Any,
            "CatalogID.$": Any,
            "SecurityConfiguration": Any,
            "SecurityConfiguration.$": Any,
        },
        total=False,
    )
    UpdateConnectionParameters = TypedDict(
        "UpdateConnectionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "ConnectionInput": Any,
            "ConnectionInput.$": Any,
        },
        total=False,
    )
    UpdateCrawlerParameters = TypedDict(
        "UpdateCrawlerParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Role": Any,
            "Role.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "Classifiers": Any,
            "Classifiers.$": Any,
            "TablePrefix": Any,
            "TablePrefix.$": Any,
            "SchemaChangePolicy": Any,
            "SchemaChangePolicy.$": Any,
            "RecrawlPolicy": Any,
            "RecrawlPolicy.$": Any,
            "LineageConfiguration": Any,
            "LineageConfiguration.$": Any,
            "LakeFormationConfiguration": Any,
            "LakeFormationConfiguration.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "CrawlerSecurityConfiguration": Any,
            "CrawlerSecurityConfiguration.$": Any,
            "CatalogId": Any,
            "CatalogId.$": Any,
        },
        total=False,
    )
    UpdateCrawlerScheduleParameters = TypedDict(
        "UpdateCrawlerScheduleParameters",
        {"CrawlerName": Any, "CrawlerName.$": Any, "Schedule": Any, "Schedule.$": Any},
        total=False,
    )
    UpdateDataQualityEvaluationConfigParameters = TypedDict(
        "UpdateDataQualityEvaluationConfigParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DataSource": Any,
            "DataSource.$": Any,
            "RulesetName": Any,
            "RulesetName.$": Any,
            "ManagedRulesetName": Any,
            "ManagedRulesetName.$": Any,
            "Triggers": Any,
            "Triggers.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "StartAt": Any,
            "StartAt.$": Any,
            "EndAt": Any,
            "EndAt.$": Any,
            "PauseRuns": Any,
            "PauseRuns.$": Any,
            "Role": Any,
            "Role.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "AdditionalRunOptions": Any,
            "AdditionalRunOptions.$": Any,
            "AdditionalDataSources": Any,
            "AdditionalDataSources.$": Any,
        },
        total=False,
    )
    UpdateDataQualityRulesetParameters = TypedDict(
        "UpdateDataQualityRulesetParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Ruleset": Any,
            "Ruleset.$": Any,
        },
        total=False,
    )
    UpdateDatabaseParameters = TypedDict(
        "UpdateDatabaseParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "DatabaseInput": Any,
            "DatabaseInput.$": Any,
        },
        total=False,
    )
    UpdateDevEndpointParameters = TypedDict(
        "UpdateDevEndpointParameters",
        {
            "EndpointName": Any,
            "EndpointName.$": Any,
            "PublicKey": Any,
            "PublicKey.$": Any,
            "AddPublicKeys": Any,
            "AddPublicKeys.$": Any,
            "DeletePublicKeys": Any,
            "DeletePublicKeys.$": Any,
            "CustomLibraries": Any,
            "CustomLibraries.$": Any,
            "UpdateEtlLibraries": Any,
            "UpdateEtlLibraries.$": Any,
            "DeleteArguments": Any,
            "DeleteArguments.$": Any,
            "AddArguments": Any,
            "AddArguments.$": Any,
        },
        total=False,
    )
    UpdateGlossaryParameters = TypedDict(
        "UpdateGlossaryParameters",
        {
            "Identifier": Any,
            "Identifier.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    UpdateGlossaryTermParameters = TypedDict(
        "UpdateGlossaryTermParameters",
        {
            "Identifier": Any,
            "Identifier.$": Any,
            "Name": Any,
            "Name.$": Any,
            "ShortDescription": Any,
            "ShortDescription.$": Any,
            "LongDescription": Any,
            "LongDescription.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    UpdateGlueIdentityCenterConfigurationParameters = TypedDict(
        "UpdateGlueIdentityCenterConfigurationParameters",
        {
            "Scopes": Any,
            "Scopes.$": Any,
            "UserBackgroundSessionsEnabled": Any,
            "UserBackgroundSessionsEnabled.$": Any,
        },
        total=False,
    )
    UpdateIntegrationResourcePropertyParameters = TypedDict(
        "UpdateIntegrationResourcePropertyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "SourceProcessingProperties": Any,
            "SourceProcessingProperties.$": Any,
            "TargetProcessingProperties": Any,
            "TargetProcessingProperties.$": Any,
        },
        total=False,
    )
    UpdateIntegrationTablePropertiesParameters = TypedDict(
        "UpdateIntegrationTablePropertiesParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "SourceTableConfig": Any,
            "SourceTableConfig.$": Any,
            "TargetTableConfig": Any,
            "TargetTableConfig.$": Any,
        },
        total=False,
    )
    UpdateJobParameters = TypedDict(
        "UpdateJobParameters",
        {"JobName": Any, "JobName.$": Any, "JobUpdate": Any, "JobUpdate.$": Any},
        total=False,
    )
    UpdateJobFromSourceControlParameters = TypedDict(
        "UpdateJobFromSourceControlParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "Provider": Any,
            "Provider.$": Any,
            "RepositoryName": Any,
            "RepositoryName.$": Any,
            "RepositoryOwner": Any,
            "RepositoryOwner.$": Any,
            "BranchName": Any,
            "BranchName.$": Any,
            "Folder": Any,
            "Folder.$": Any,
            "CommitId": Any,
            "CommitId.$": Any,
            "AuthStrategy": Any,
            "AuthStrategy.$": Any,
            "AuthToken": Any,
            "AuthToken.$": Any,
        },
        total=False,
    )
    UpdateMLTransformParameters = TypedDict(
        "UpdateMLTransformParameters",
        {
            "TransformId": Any,
            "TransformId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "Role": Any,
            "Role.$": Any,
            "GlueVersion": Any,
            "GlueVersion.$": Any,
            "MaxCapacity": Any,
            "MaxCapacity.$": Any,
            "WorkerType": Any,
            "WorkerType.$": Any,
            "NumberOfWorkers": Any,
            "NumberOfWorkers.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MaxRetries": Any,
            "MaxRetries.$": Any,
        },
        total=False,
    )
    UpdatePartitionParameters = TypedDict(
        "UpdatePartitionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "PartitionValueList": Any,
            "PartitionValueList.$": Any,
            "PartitionInput": Any,
            "PartitionInput.$": Any,
        },
        total=False,
    )
    UpdateRegistryParameters = TypedDict(
        "UpdateRegistryParameters",
        {"RegistryId": Any, "RegistryId.$": Any, "Description": Any, "Description.$": Any},
        total=False,
    )
    UpdateSchemaParameters = TypedDict(
        "UpdateSchemaParameters",
        {
            "SchemaId": Any,
            "SchemaId.$": Any,
            "SchemaVersionNumber": Any,
            "SchemaVersionNumber.$": Any,
            "Compatibility": Any,
            "Compatibility.$": Any,
            "Description": Any,
            "Description.$": Any,
        },
        total=False,
    )
    UpdateSourceControlFromJobParameters = TypedDict(
        "UpdateSourceControlFromJobParameters",
        {
            "JobName": Any,
            "JobName.$": Any,
            "Provider": Any,
            "Provider.$": Any,
            "RepositoryName": Any,
            "RepositoryName.$": Any,
            "RepositoryOwner": Any,
            "RepositoryOwner.$": Any,
            "BranchName": Any,
            "BranchName.$": Any,
            "Folder": Any,
            "Folder.$": Any,
            "CommitId": Any,
            "CommitId.$": Any,
            "AuthStrategy": Any,
            "AuthStrategy.$": Any,
            "AuthToken": Any,
            "AuthToken.$": Any,
        },
        total=False,
    )
    UpdateSystemTableParameters = TypedDict(
        "UpdateSystemTableParameters",
        {
            "SystemTableType": Any,
            "SystemTableType.$": Any,
            "Action": Any,
            "Action.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
            "AdditionalConfiguration": Any,
            "AdditionalConfiguration.$": Any,
        },
        total=False,
    )
    UpdateTableParameters = TypedDict(
        "UpdateTableParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "TableInput": Any,
            "TableInput.$": Any,
            "SkipArchive": Any,
            "SkipArchive.$": Any,
            "TransactionId": Any,
            "TransactionId.$": Any,
            "VersionId": Any,
            "VersionId.$": Any,
            "ViewUpdateAction": Any,
            "ViewUpdateAction.$": Any,
            "Force": Any,
            "Force.$": Any,
            "UpdateOpenTableFormatInput": Any,
            "UpdateOpenTableFormatInput.$": Any,
        },
        total=False,
    )
    UpdateTableOptimizerParameters = TypedDict(
        "UpdateTableOptimizerParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "Type": Any,
            "Type.$": Any,
            "TableOptimizerConfiguration": Any,
            "TableOptimizerConfiguration.$": Any,
        },
        total=False,
    )
    UpdateTriggerParameters = TypedDict(
        "UpdateTriggerParameters",
        {"Name": Any, "Name.$": Any, "TriggerUpdate": Any, "TriggerUpdate.$": Any},
        total=False,
    )
    UpdateUsageProfileParameters = TypedDict(
        "UpdateUsageProfileParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
        },
        total=False,
    )
    UpdateUserDefinedFunctionParameters = TypedDict(
        "UpdateUserDefinedFunctionParameters",
        {
            "CatalogId": Any,
            "CatalogId.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
            "FunctionInput": Any,
            "FunctionInput.$": Any,
        },
        total=False,
    )
    UpdateWorkflowParameters = TypedDict(
        "UpdateWorkflowParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DefaultRunProperties": Any,
            "DefaultRunProperties.$": Any,
            "MaxConcurrentRuns": Any,
            "MaxConcurrentRuns.$": Any,
        },
        total=False,
    )


def associate_glossary_terms(
    name: str,
    parameters: AssociateGlossaryTermsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:associateGlossaryTerms (``arn:aws:states:::aws-sdk:glue:associateGlossaryTerms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:associateGlossaryTerms", parameters, pattern, options)


def batch_create_partition(
    name: str,
    parameters: BatchCreatePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchCreatePartition (``arn:aws:states:::aws-sdk:glue:batchCreatePartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchCreatePartition", parameters, pattern, options)


def batch_delete_connection(
    name: str,
    parameters: BatchDeleteConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchDeleteConnection (``arn:aws:states:::aws-sdk:glue:batchDeleteConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchDeleteConnection", parameters, pattern, options)


def batch_delete_partition(
    name: str,
    parameters: BatchDeletePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchDeletePartition (``arn:aws:states:::aws-sdk:glue:batchDeletePartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchDeletePartition", parameters, pattern, options)


def batch_delete_table(
    name: str,
    parameters: BatchDeleteTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchDeleteTable (``arn:aws:states:::aws-sdk:glue:batchDeleteTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchDeleteTable", parameters, pattern, options)


def batch_delete_table_version(
    name: str,
    parameters: BatchDeleteTableVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchDeleteTableVersion (``arn:aws:states:::aws-sdk:glue:batchDeleteTableVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchDeleteTableVersion", parameters, pattern, options)


def batch_get_blueprints(
    name: str,
    parameters: BatchGetBlueprintsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetBlueprints (``arn:aws:states:::aws-sdk:glue:batchGetBlueprints``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetBlueprints", parameters, pattern, options)


def batch_get_crawlers(
    name: str,
    parameters: BatchGetCrawlersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetCrawlers (``arn:aws:states:::aws-sdk:glue:batchGetCrawlers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetCrawlers", parameters, pattern, options)


def batch_get_custom_entity_types(
    name: str,
    parameters: BatchGetCustomEntityTypesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetCustomEntityTypes (``arn:aws:states:::aws-sdk:glue:batchGetCustomEntityTypes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetCustomEntityTypes", parameters, pattern, options)


def batch_get_data_quality_result(
    name: str,
    parameters: BatchGetDataQualityResultParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetDataQualityResult (``arn:aws:states:::aws-sdk:glue:batchGetDataQualityResult``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetDataQualityResult", parameters, pattern, options)


def batch_get_data_quality_result_v2(
    name: str,
    parameters: BatchGetDataQualityResultV2Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetDataQualityResultV2 (``arn:aws:states:::aws-sdk:glue:batchGetDataQualityResultV2``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetDataQualityResultV2", parameters, pattern, options)


def batch_get_data_quality_ruleset_evaluation_run(
    name: str,
    parameters: BatchGetDataQualityRulesetEvaluationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetDataQualityRulesetEvaluationRun (``arn:aws:states:::aws-sdk:glue:batchGetDataQualityRulesetEvaluationRun``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:batchGetDataQualityRulesetEvaluationRun", parameters, pattern, options
    )


def batch_get_dev_endpoints(
    name: str,
    parameters: BatchGetDevEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetDevEndpoints (``arn:aws:states:::aws-sdk:glue:batchGetDevEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetDevEndpoints", parameters, pattern, options)


def batch_get_iterable_forms(
    name: str,
    parameters: BatchGetIterableFormsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetIterableForms (``arn:aws:states:::aws-sdk:glue:batchGetIterableForms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetIterableForms", parameters, pattern, options)


def batch_get_jobs(
    name: str,
    parameters: BatchGetJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetJobs (``arn:aws:states:::aws-sdk:glue:batchGetJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetJobs", parameters, pattern, options)


def batch_get_partition(
    name: str,
    parameters: BatchGetPartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetPartition (``arn:aws:states:::aws-sdk:glue:batchGetPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetPartition", parameters, pattern, options)


def batch_get_table_optimizer(
    name: str,
    parameters: BatchGetTableOptimizerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetTableOptimizer (``arn:aws:states:::aws-sdk:glue:batchGetTableOptimizer``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetTableOptimizer", parameters, pattern, options)


def batch_get_triggers(
    name: str,
    parameters: BatchGetTriggersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetTriggers (``arn:aws:states:::aws-sdk:glue:batchGetTriggers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetTriggers", parameters, pattern, options)


def batch_get_workflows(
    name: str,
    parameters: BatchGetWorkflowsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchGetWorkflows (``arn:aws:states:::aws-sdk:glue:batchGetWorkflows``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchGetWorkflows", parameters, pattern, options)


def batch_put_data_quality_statistic_annotation(
    name: str,
    parameters: BatchPutDataQualityStatisticAnnotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchPutDataQualityStatisticAnnotation (``arn:aws:states:::aws-sdk:glue:batchPutDataQualityStatisticAnnotation``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:batchPutDataQualityStatisticAnnotation", parameters, pattern, options
    )


def batch_stop_job_run(
    name: str,
    parameters: BatchStopJobRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchStopJobRun (``arn:aws:states:::aws-sdk:glue:batchStopJobRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchStopJobRun", parameters, pattern, options)


def batch_update_partition(
    name: str,
    parameters: BatchUpdatePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:batchUpdatePartition (``arn:aws:states:::aws-sdk:glue:batchUpdatePartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:batchUpdatePartition", parameters, pattern, options)


def cancel_data_quality_rule_recommendation_run(
    name: str,
    parameters: CancelDataQualityRuleRecommendationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:cancelDataQualityRuleRecommendationRun (``arn:aws:states:::aws-sdk:glue:cancelDataQualityRuleRecommendationRun``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:cancelDataQualityRuleRecommendationRun", parameters, pattern, options
    )


def cancel_data_quality_ruleset_evaluation_run(
    name: str,
    parameters: CancelDataQualityRulesetEvaluationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:cancelDataQualityRulesetEvaluationRun (``arn:aws:states:::aws-sdk:glue:cancelDataQualityRulesetEvaluationRun``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:cancelDataQualityRulesetEvaluationRun", parameters, pattern, options
    )


def cancel_ml_task_run(
    name: str,
    parameters: CancelMLTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:cancelMLTaskRun (``arn:aws:states:::aws-sdk:glue:cancelMLTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:cancelMLTaskRun", parameters, pattern, options)


def cancel_statement(
    name: str,
    parameters: CancelStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:cancelStatement (``arn:aws:states:::aws-sdk:glue:cancelStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:cancelStatement", parameters, pattern, options)


def check_schema_version_validity(
    name: str,
    parameters: CheckSchemaVersionValidityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:checkSchemaVersionValidity (``arn:aws:states:::aws-sdk:glue:checkSchemaVersionValidity``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:checkSchemaVersionValidity", parameters, pattern, options)


def create_blueprint(
    name: str,
    parameters: CreateBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createBlueprint (``arn:aws:states:::aws-sdk:glue:createBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createBlueprint", parameters, pattern, options)


def create_catalog(
    name: str,
    parameters: CreateCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createCatalog (``arn:aws:states:::aws-sdk:glue:createCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createCatalog", parameters, pattern, options)


def create_classifier(
    name: str,
    parameters: CreateClassifierParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createClassifier (``arn:aws:states:::aws-sdk:glue:createClassifier``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createClassifier", parameters, pattern, options)


def create_column_statistics_task_settings(
    name: str,
    parameters: CreateColumnStatisticsTaskSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createColumnStatisticsTaskSettings (``arn:aws:states:::aws-sdk:glue:createColumnStatisticsTaskSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createColumnStatisticsTaskSettings", parameters, pattern, options)


def create_connection(
    name: str,
    parameters: CreateConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createConnection (``arn:aws:states:::aws-sdk:glue:createConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createConnection", parameters, pattern, options)


def create_crawler(
    name: str,
    parameters: CreateCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createCrawler (``arn:aws:states:::aws-sdk:glue:createCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createCrawler", parameters, pattern, options)


def create_custom_entity_type(
    name: str,
    parameters: CreateCustomEntityTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createCustomEntityType (``arn:aws:states:::aws-sdk:glue:createCustomEntityType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createCustomEntityType", parameters, pattern, options)


def create_data_quality_evaluation_config(
    name: str,
    parameters: CreateDataQualityEvaluationConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createDataQualityEvaluationConfig (``arn:aws:states:::aws-sdk:glue:createDataQualityEvaluationConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createDataQualityEvaluationConfig", parameters, pattern, options)


def create_data_quality_ruleset(
    name: str,
    parameters: CreateDataQualityRulesetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createDataQualityRuleset (``arn:aws:states:::aws-sdk:glue:createDataQualityRuleset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createDataQualityRuleset", parameters, pattern, options)


def create_database(
    name: str,
    parameters: CreateDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createDatabase (``arn:aws:states:::aws-sdk:glue:createDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createDatabase", parameters, pattern, options)


def create_dev_endpoint(
    name: str,
    parameters: CreateDevEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createDevEndpoint (``arn:aws:states:::aws-sdk:glue:createDevEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createDevEndpoint", parameters, pattern, options)


def create_glossary(
    name: str,
    parameters: CreateGlossaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createGlossary (``arn:aws:states:::aws-sdk:glue:createGlossary``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createGlossary", parameters, pattern, options)


def create_glossary_term(
    name: str,
    parameters: CreateGlossaryTermParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createGlossaryTerm (``arn:aws:states:::aws-sdk:glue:createGlossaryTerm``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createGlossaryTerm", parameters, pattern, options)


def create_glue_identity_center_configuration(
    name: str,
    parameters: CreateGlueIdentityCenterConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createGlueIdentityCenterConfiguration (``arn:aws:states:::aws-sdk:glue:createGlueIdentityCenterConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:createGlueIdentityCenterConfiguration", parameters, pattern, options
    )


def create_integration(
    name: str,
    parameters: CreateIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createIntegration (``arn:aws:states:::aws-sdk:glue:createIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createIntegration", parameters, pattern, options)


def create_integration_resource_property(
    name: str,
    parameters: CreateIntegrationResourcePropertyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createIntegrationResourceProperty (``arn:aws:states:::aws-sdk:glue:createIntegrationResourceProperty``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createIntegrationResourceProperty", parameters, pattern, options)


def create_integration_table_properties(
    name: str,
    parameters: CreateIntegrationTablePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createIntegrationTableProperties (``arn:aws:states:::aws-sdk:glue:createIntegrationTableProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createIntegrationTableProperties", parameters, pattern, options)


def create_job(
    name: str,
    parameters: CreateJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createJob (``arn:aws:states:::aws-sdk:glue:createJob``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createJob", parameters, pattern, options)


def create_ml_transform(
    name: str,
    parameters: CreateMLTransformParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createMLTransform (``arn:aws:states:::aws-sdk:glue:createMLTransform``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createMLTransform", parameters, pattern, options)


def create_partition(
    name: str,
    parameters: CreatePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createPartition (``arn:aws:states:::aws-sdk:glue:createPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createPartition", parameters, pattern, options)


def create_partition_index(
    name: str,
    parameters: CreatePartitionIndexParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createPartitionIndex (``arn:aws:states:::aws-sdk:glue:createPartitionIndex``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createPartitionIndex", parameters, pattern, options)


def create_registry(
    name: str,
    parameters: CreateRegistryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createRegistry (``arn:aws:states:::aws-sdk:glue:createRegistry``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createRegistry", parameters, pattern, options)


def create_schema(
    name: str,
    parameters: CreateSchemaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createSchema (``arn:aws:states:::aws-sdk:glue:createSchema``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createSchema", parameters, pattern, options)


def create_script(
    name: str,
    parameters: CreateScriptParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createScript (``arn:aws:states:::aws-sdk:glue:createScript``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createScript", parameters, pattern, options)


def create_security_configuration(
    name: str,
    parameters: CreateSecurityConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createSecurityConfiguration (``arn:aws:states:::aws-sdk:glue:createSecurityConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createSecurityConfiguration", parameters, pattern, options)


def create_session(
    name: str,
    parameters: CreateSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createSession (``arn:aws:states:::aws-sdk:glue:createSession``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createSession", parameters, pattern, options)


def create_table(
    name: str,
    parameters: CreateTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createTable (``arn:aws:states:::aws-sdk:glue:createTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createTable", parameters, pattern, options)


def create_table_optimizer(
    name: str,
    parameters: CreateTableOptimizerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createTableOptimizer (``arn:aws:states:::aws-sdk:glue:createTableOptimizer``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createTableOptimizer", parameters, pattern, options)


def create_trigger(
    name: str,
    parameters: CreateTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createTrigger (``arn:aws:states:::aws-sdk:glue:createTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createTrigger", parameters, pattern, options)


def create_usage_profile(
    name: str,
    parameters: CreateUsageProfileParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createUsageProfile (``arn:aws:states:::aws-sdk:glue:createUsageProfile``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createUsageProfile", parameters, pattern, options)


def create_user_defined_function(
    name: str,
    parameters: CreateUserDefinedFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createUserDefinedFunction (``arn:aws:states:::aws-sdk:glue:createUserDefinedFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createUserDefinedFunction", parameters, pattern, options)


def create_workflow(
    name: str,
    parameters: CreateWorkflowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:createWorkflow (``arn:aws:states:::aws-sdk:glue:createWorkflow``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:createWorkflow", parameters, pattern, options)


def delete_asset(
    name: str,
    parameters: DeleteAssetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteAsset (``arn:aws:states:::aws-sdk:glue:deleteAsset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteAsset", parameters, pattern, options)


def delete_attachment(
    name: str,
    parameters: DeleteAttachmentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteAttachment (``arn:aws:states:::aws-sdk:glue:deleteAttachment``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteAttachment", parameters, pattern, options)


def delete_blueprint(
    name: str,
    parameters: DeleteBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteBlueprint (``arn:aws:states:::aws-sdk:glue:deleteBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteBlueprint", parameters, pattern, options)


def delete_catalog(
    name: str,
    parameters: DeleteCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteCatalog (``arn:aws:states:::aws-sdk:glue:deleteCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteCatalog", parameters, pattern, options)


def delete_classifier(
    name: str,
    parameters: DeleteClassifierParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteClassifier (``arn:aws:states:::aws-sdk:glue:deleteClassifier``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteClassifier", parameters, pattern, options)


def delete_column_statistics_for_partition(
    name: str,
    parameters: DeleteColumnStatisticsForPartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteColumnStatisticsForPartition (``arn:aws:states:::aws-sdk:glue:deleteColumnStatisticsForPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteColumnStatisticsForPartition", parameters, pattern, options)


def delete_column_statistics_for_table(
    name: str,
    parameters: DeleteColumnStatisticsForTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteColumnStatisticsForTable (``arn:aws:states:::aws-sdk:glue:deleteColumnStatisticsForTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteColumnStatisticsForTable", parameters, pattern, options)


def delete_column_statistics_task_settings(
    name: str,
    parameters: DeleteColumnStatisticsTaskSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteColumnStatisticsTaskSettings (``arn:aws:states:::aws-sdk:glue:deleteColumnStatisticsTaskSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteColumnStatisticsTaskSettings", parameters, pattern, options)


def delete_connection(
    name: str,
    parameters: DeleteConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteConnection (``arn:aws:states:::aws-sdk:glue:deleteConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteConnection", parameters, pattern, options)


def delete_connection_type(
    name: str,
    parameters: DeleteConnectionTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteConnectionType (``arn:aws:states:::aws-sdk:glue:deleteConnectionType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteConnectionType", parameters, pattern, options)


def delete_crawler(
    name: str,
    parameters: DeleteCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteCrawler (``arn:aws:states:::aws-sdk:glue:deleteCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteCrawler", parameters, pattern, options)


def delete_custom_entity_type(
    name: str,
    parameters: DeleteCustomEntityTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteCustomEntityType (``arn:aws:states:::aws-sdk:glue:deleteCustomEntityType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteCustomEntityType", parameters, pattern, options)


def delete_data_quality_evaluation_config(
    name: str,
    parameters: DeleteDataQualityEvaluationConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteDataQualityEvaluationConfig (``arn:aws:states:::aws-sdk:glue:deleteDataQualityEvaluationConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteDataQualityEvaluationConfig", parameters, pattern, options)


def delete_data_quality_ruleset(
    name: str,
    parameters: DeleteDataQualityRulesetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteDataQualityRuleset (``arn:aws:states:::aws-sdk:glue:deleteDataQualityRuleset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteDataQualityRuleset", parameters, pattern, options)


def delete_database(
    name: str,
    parameters: DeleteDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteDatabase (``arn:aws:states:::aws-sdk:glue:deleteDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteDatabase", parameters, pattern, options)


def delete_dev_endpoint(
    name: str,
    parameters: DeleteDevEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteDevEndpoint (``arn:aws:states:::aws-sdk:glue:deleteDevEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteDevEndpoint", parameters, pattern, options)


def delete_form_type(
    name: str,
    parameters: DeleteFormTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteFormType (``arn:aws:states:::aws-sdk:glue:deleteFormType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteFormType", parameters, pattern, options)


def delete_glossary(
    name: str,
    parameters: DeleteGlossaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteGlossary (``arn:aws:states:::aws-sdk:glue:deleteGlossary``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteGlossary", parameters, pattern, options)


def delete_glossary_term(
    name: str,
    parameters: DeleteGlossaryTermParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteGlossaryTerm (``arn:aws:states:::aws-sdk:glue:deleteGlossaryTerm``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteGlossaryTerm", parameters, pattern, options)


def delete_glue_identity_center_configuration(
    name: str,
    parameters: DeleteGlueIdentityCenterConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteGlueIdentityCenterConfiguration (``arn:aws:states:::aws-sdk:glue:deleteGlueIdentityCenterConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:deleteGlueIdentityCenterConfiguration", parameters, pattern, options
    )


def delete_integration(
    name: str,
    parameters: DeleteIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteIntegration (``arn:aws:states:::aws-sdk:glue:deleteIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteIntegration", parameters, pattern, options)


def delete_integration_resource_property(
    name: str,
    parameters: DeleteIntegrationResourcePropertyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteIntegrationResourceProperty (``arn:aws:states:::aws-sdk:glue:deleteIntegrationResourceProperty``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteIntegrationResourceProperty", parameters, pattern, options)


def delete_integration_table_properties(
    name: str,
    parameters: DeleteIntegrationTablePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteIntegrationTableProperties (``arn:aws:states:::aws-sdk:glue:deleteIntegrationTableProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteIntegrationTableProperties", parameters, pattern, options)


def delete_job(
    name: str,
    parameters: DeleteJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteJob (``arn:aws:states:::aws-sdk:glue:deleteJob``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteJob", parameters, pattern, options)


def delete_ml_transform(
    name: str,
    parameters: DeleteMLTransformParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteMLTransform (``arn:aws:states:::aws-sdk:glue:deleteMLTransform``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteMLTransform", parameters, pattern, options)


def delete_partition(
    name: str,
    parameters: DeletePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deletePartition (``arn:aws:states:::aws-sdk:glue:deletePartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deletePartition", parameters, pattern, options)


def delete_partition_index(
    name: str,
    parameters: DeletePartitionIndexParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deletePartitionIndex (``arn:aws:states:::aws-sdk:glue:deletePartitionIndex``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deletePartitionIndex", parameters, pattern, options)


def delete_registry(
    name: str,
    parameters: DeleteRegistryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteRegistry (``arn:aws:states:::aws-sdk:glue:deleteRegistry``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteRegistry", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteResourcePolicy (``arn:aws:states:::aws-sdk:glue:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteResourcePolicy", parameters, pattern, options)


def delete_schema(
    name: str,
    parameters: DeleteSchemaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteSchema (``arn:aws:states:::aws-sdk:glue:deleteSchema``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteSchema", parameters, pattern, options)


def delete_schema_versions(
    name: str,
    parameters: DeleteSchemaVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteSchemaVersions (``arn:aws:states:::aws-sdk:glue:deleteSchemaVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteSchemaVersions", parameters, pattern, options)


def delete_security_configuration(
    name: str,
    parameters: DeleteSecurityConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteSecurityConfiguration (``arn:aws:states:::aws-sdk:glue:deleteSecurityConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteSecurityConfiguration", parameters, pattern, options)


def delete_session(
    name: str,
    parameters: DeleteSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteSession (``arn:aws:states:::aws-sdk:glue:deleteSession``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteSession", parameters, pattern, options)


def delete_table(
    name: str,
    parameters: DeleteTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteTable (``arn:aws:states:::aws-sdk:glue:deleteTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteTable", parameters, pattern, options)


def delete_table_optimizer(
    name: str,
    parameters: DeleteTableOptimizerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteTableOptimizer (``arn:aws:states:::aws-sdk:glue:deleteTableOptimizer``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteTableOptimizer", parameters, pattern, options)


def delete_table_version(
    name: str,
    parameters: DeleteTableVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteTableVersion (``arn:aws:states:::aws-sdk:glue:deleteTableVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteTableVersion", parameters, pattern, options)


def delete_trigger(
    name: str,
    parameters: DeleteTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteTrigger (``arn:aws:states:::aws-sdk:glue:deleteTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteTrigger", parameters, pattern, options)


def delete_usage_profile(
    name: str,
    parameters: DeleteUsageProfileParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteUsageProfile (``arn:aws:states:::aws-sdk:glue:deleteUsageProfile``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteUsageProfile", parameters, pattern, options)


def delete_user_defined_function(
    name: str,
    parameters: DeleteUserDefinedFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteUserDefinedFunction (``arn:aws:states:::aws-sdk:glue:deleteUserDefinedFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteUserDefinedFunction", parameters, pattern, options)


def delete_workflow(
    name: str,
    parameters: DeleteWorkflowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:deleteWorkflow (``arn:aws:states:::aws-sdk:glue:deleteWorkflow``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:deleteWorkflow", parameters, pattern, options)


def describe_connection_type(
    name: str,
    parameters: DescribeConnectionTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:describeConnectionType (``arn:aws:states:::aws-sdk:glue:describeConnectionType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:describeConnectionType", parameters, pattern, options)


def describe_entity(
    name: str,
    parameters: DescribeEntityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:describeEntity (``arn:aws:states:::aws-sdk:glue:describeEntity``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:describeEntity", parameters, pattern, options)


def describe_inbound_integrations(
    name: str,
    parameters: DescribeInboundIntegrationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:describeInboundIntegrations (``arn:aws:states:::aws-sdk:glue:describeInboundIntegrations``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:describeInboundIntegrations", parameters, pattern, options)


def describe_integrations(
    name: str,
    parameters: DescribeIntegrationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:describeIntegrations (``arn:aws:states:::aws-sdk:glue:describeIntegrations``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:describeIntegrations", parameters, pattern, options)


def disassociate_glossary_terms(
    name: str,
    parameters: DisassociateGlossaryTermsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:disassociateGlossaryTerms (``arn:aws:states:::aws-sdk:glue:disassociateGlossaryTerms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:disassociateGlossaryTerms", parameters, pattern, options)


def get_asset(
    name: str,
    parameters: GetAssetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getAsset (``arn:aws:states:::aws-sdk:glue:getAsset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getAsset", parameters, pattern, options)


def get_asset_type(
    name: str,
    parameters: GetAssetTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getAssetType (``arn:aws:states:::aws-sdk:glue:getAssetType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getAssetType", parameters, pattern, options)


def get_blueprint(
    name: str,
    parameters: GetBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getBlueprint (``arn:aws:states:::aws-sdk:glue:getBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getBlueprint", parameters, pattern, options)


def get_blueprint_run(
    name: str,
    parameters: GetBlueprintRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getBlueprintRun (``arn:aws:states:::aws-sdk:glue:getBlueprintRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getBlueprintRun", parameters, pattern, options)


def get_blueprint_runs(
    name: str,
    parameters: GetBlueprintRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getBlueprintRuns (``arn:aws:states:::aws-sdk:glue:getBlueprintRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getBlueprintRuns", parameters, pattern, options)


def get_catalog(
    name: str,
    parameters: GetCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCatalog (``arn:aws:states:::aws-sdk:glue:getCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCatalog", parameters, pattern, options)


def get_catalog_discovery(
    name: str,
    parameters: GetCatalogDiscoveryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCatalogDiscovery (``arn:aws:states:::aws-sdk:glue:getCatalogDiscovery``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCatalogDiscovery", parameters, pattern, options)


def get_catalog_import_status(
    name: str,
    parameters: GetCatalogImportStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCatalogImportStatus (``arn:aws:states:::aws-sdk:glue:getCatalogImportStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCatalogImportStatus", parameters, pattern, options)


def get_catalogs(
    name: str,
    parameters: GetCatalogsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCatalogs (``arn:aws:states:::aws-sdk:glue:getCatalogs``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCatalogs", parameters, pattern, options)


def get_classifier(
    name: str,
    parameters: GetClassifierParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getClassifier (``arn:aws:states:::aws-sdk:glue:getClassifier``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getClassifier", parameters, pattern, options)


def get_classifiers(
    name: str,
    parameters: GetClassifiersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getClassifiers (``arn:aws:states:::aws-sdk:glue:getClassifiers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getClassifiers", parameters, pattern, options)


def get_column_statistics_for_partition(
    name: str,
    parameters: GetColumnStatisticsForPartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getColumnStatisticsForPartition (``arn:aws:states:::aws-sdk:glue:getColumnStatisticsForPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getColumnStatisticsForPartition", parameters, pattern, options)


def get_column_statistics_for_table(
    name: str,
    parameters: GetColumnStatisticsForTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getColumnStatisticsForTable (``arn:aws:states:::aws-sdk:glue:getColumnStatisticsForTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getColumnStatisticsForTable", parameters, pattern, options)


def get_column_statistics_task_run(
    name: str,
    parameters: GetColumnStatisticsTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getColumnStatisticsTaskRun (``arn:aws:states:::aws-sdk:glue:getColumnStatisticsTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getColumnStatisticsTaskRun", parameters, pattern, options)


def get_column_statistics_task_runs(
    name: str,
    parameters: GetColumnStatisticsTaskRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getColumnStatisticsTaskRuns (``arn:aws:states:::aws-sdk:glue:getColumnStatisticsTaskRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getColumnStatisticsTaskRuns", parameters, pattern, options)


def get_column_statistics_task_settings(
    name: str,
    parameters: GetColumnStatisticsTaskSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getColumnStatisticsTaskSettings (``arn:aws:states:::aws-sdk:glue:getColumnStatisticsTaskSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getColumnStatisticsTaskSettings", parameters, pattern, options)


def get_connection(
    name: str,
    parameters: GetConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getConnection (``arn:aws:states:::aws-sdk:glue:getConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getConnection", parameters, pattern, options)


def get_connections(
    name: str,
    parameters: GetConnectionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getConnections (``arn:aws:states:::aws-sdk:glue:getConnections``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getConnections", parameters, pattern, options)


def get_crawler(
    name: str,
    parameters: GetCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCrawler (``arn:aws:states:::aws-sdk:glue:getCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCrawler", parameters, pattern, options)


def get_crawler_metrics(
    name: str,
    parameters: GetCrawlerMetricsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCrawlerMetrics (``arn:aws:states:::aws-sdk:glue:getCrawlerMetrics``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCrawlerMetrics", parameters, pattern, options)


def get_crawlers(
    name: str,
    parameters: GetCrawlersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCrawlers (``arn:aws:states:::aws-sdk:glue:getCrawlers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCrawlers", parameters, pattern, options)


def get_custom_entity_type(
    name: str,
    parameters: GetCustomEntityTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getCustomEntityType (``arn:aws:states:::aws-sdk:glue:getCustomEntityType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getCustomEntityType", parameters, pattern, options)


def get_dashboard_url(
    name: str,
    parameters: GetDashboardUrlParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDashboardUrl (``arn:aws:states:::aws-sdk:glue:getDashboardUrl``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDashboardUrl", parameters, pattern, options)


def get_data_catalog_encryption_settings(
    name: str,
    parameters: GetDataCatalogEncryptionSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataCatalogEncryptionSettings (``arn:aws:states:::aws-sdk:glue:getDataCatalogEncryptionSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataCatalogEncryptionSettings", parameters, pattern, options)


def get_data_catalog_export_configuration(
    name: str,
    parameters: GetDataCatalogExportConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataCatalogExportConfiguration (``arn:aws:states:::aws-sdk:glue:getDataCatalogExportConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataCatalogExportConfiguration", parameters, pattern, options)


def get_data_quality_evaluation_config(
    name: str,
    parameters: GetDataQualityEvaluationConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityEvaluationConfig (``arn:aws:states:::aws-sdk:glue:getDataQualityEvaluationConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityEvaluationConfig", parameters, pattern, options)


def get_data_quality_model(
    name: str,
    parameters: GetDataQualityModelParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityModel (``arn:aws:states:::aws-sdk:glue:getDataQualityModel``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityModel", parameters, pattern, options)


def get_data_quality_model_result(
    name: str,
    parameters: GetDataQualityModelResultParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityModelResult (``arn:aws:states:::aws-sdk:glue:getDataQualityModelResult``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityModelResult", parameters, pattern, options)


def get_data_quality_result(
    name: str,
    parameters: GetDataQualityResultParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityResult (``arn:aws:states:::aws-sdk:glue:getDataQualityResult``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityResult", parameters, pattern, options)


def get_data_quality_result_v2(
    name: str,
    parameters: GetDataQualityResultV2Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityResultV2 (``arn:aws:states:::aws-sdk:glue:getDataQualityResultV2``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityResultV2", parameters, pattern, options)


def get_data_quality_rule_recommendation_run(
    name: str,
    parameters: GetDataQualityRuleRecommendationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityRuleRecommendationRun (``arn:aws:states:::aws-sdk:glue:getDataQualityRuleRecommendationRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityRuleRecommendationRun", parameters, pattern, options)


def get_data_quality_ruleset(
    name: str,
    parameters: GetDataQualityRulesetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityRuleset (``arn:aws:states:::aws-sdk:glue:getDataQualityRuleset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityRuleset", parameters, pattern, options)


def get_data_quality_ruleset_evaluation_run(
    name: str,
    parameters: GetDataQualityRulesetEvaluationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataQualityRulesetEvaluationRun (``arn:aws:states:::aws-sdk:glue:getDataQualityRulesetEvaluationRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataQualityRulesetEvaluationRun", parameters, pattern, options)


def get_database(
    name: str,
    parameters: GetDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDatabase (``arn:aws:states:::aws-sdk:glue:getDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDatabase", parameters, pattern, options)


def get_databases(
    name: str,
    parameters: GetDatabasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDatabases (``arn:aws:states:::aws-sdk:glue:getDatabases``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDatabases", parameters, pattern, options)


def get_dataflow_graph(
    name: str,
    parameters: GetDataflowGraphParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDataflowGraph (``arn:aws:states:::aws-sdk:glue:getDataflowGraph``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDataflowGraph", parameters, pattern, options)


def get_dev_endpoint(
    name: str,
    parameters: GetDevEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDevEndpoint (``arn:aws:states:::aws-sdk:glue:getDevEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDevEndpoint", parameters, pattern, options)


def get_dev_endpoints(
    name: str,
    parameters: GetDevEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getDevEndpoints (``arn:aws:states:::aws-sdk:glue:getDevEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getDevEndpoints", parameters, pattern, options)


def get_entity_records(
    name: str,
    parameters: GetEntityRecordsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getEntityRecords (``arn:aws:states:::aws-sdk:glue:getEntityRecords``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getEntityRecords", parameters, pattern, options)


def get_form_type(
    name: str,
    parameters: GetFormTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getFormType (``arn:aws:states:::aws-sdk:glue:getFormType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getFormType", parameters, pattern, options)


def get_glossary(
    name: str,
    parameters: GetGlossaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getGlossary (``arn:aws:states:::aws-sdk:glue:getGlossary``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getGlossary", parameters, pattern, options)


def get_glossary_term(
    name: str,
    parameters: GetGlossaryTermParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getGlossaryTerm (``arn:aws:states:::aws-sdk:glue:getGlossaryTerm``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getGlossaryTerm", parameters, pattern, options)


def get_glue_identity_center_configuration(
    name: str,
    parameters: GetGlueIdentityCenterConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getGlueIdentityCenterConfiguration (``arn:aws:states:::aws-sdk:glue:getGlueIdentityCenterConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getGlueIdentityCenterConfiguration", parameters, pattern, options)


def get_integration_resource_property(
    name: str,
    parameters: GetIntegrationResourcePropertyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getIntegrationResourceProperty (``arn:aws:states:::aws-sdk:glue:getIntegrationResourceProperty``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getIntegrationResourceProperty", parameters, pattern, options)


def get_integration_table_properties(
    name: str,
    parameters: GetIntegrationTablePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getIntegrationTableProperties (``arn:aws:states:::aws-sdk:glue:getIntegrationTableProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getIntegrationTableProperties", parameters, pattern, options)


def get_job(
    name: str,
    parameters: GetJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJob (``arn:aws:states:::aws-sdk:glue:getJob``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJob", parameters, pattern, options)


def get_job_bookmark(
    name: str,
    parameters: GetJobBookmarkParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJobBookmark (``arn:aws:states:::aws-sdk:glue:getJobBookmark``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJobBookmark", parameters, pattern, options)


def get_job_run(
    name: str,
    parameters: GetJobRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJobRun (``arn:aws:states:::aws-sdk:glue:getJobRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJobRun", parameters, pattern, options)


def get_job_runs(
    name: str,
    parameters: GetJobRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJobRuns (``arn:aws:states:::aws-sdk:glue:getJobRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJobRuns", parameters, pattern, options)


def get_job_upgrade_analysis(
    name: str,
    parameters: GetJobUpgradeAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJobUpgradeAnalysis (``arn:aws:states:::aws-sdk:glue:getJobUpgradeAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJobUpgradeAnalysis", parameters, pattern, options)


def get_jobs(
    name: str,
    parameters: GetJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getJobs (``arn:aws:states:::aws-sdk:glue:getJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getJobs", parameters, pattern, options)


def get_lineage_node(
    name: str,
    parameters: GetLineageNodeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getLineageNode (``arn:aws:states:::aws-sdk:glue:getLineageNode``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getLineageNode", parameters, pattern, options)


def get_ml_task_run(
    name: str,
    parameters: GetMLTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMLTaskRun (``arn:aws:states:::aws-sdk:glue:getMLTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMLTaskRun", parameters, pattern, options)


def get_ml_task_runs(
    name: str,
    parameters: GetMLTaskRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMLTaskRuns (``arn:aws:states:::aws-sdk:glue:getMLTaskRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMLTaskRuns", parameters, pattern, options)


def get_ml_transform(
    name: str,
    parameters: GetMLTransformParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMLTransform (``arn:aws:states:::aws-sdk:glue:getMLTransform``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMLTransform", parameters, pattern, options)


def get_ml_transforms(
    name: str,
    parameters: GetMLTransformsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMLTransforms (``arn:aws:states:::aws-sdk:glue:getMLTransforms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMLTransforms", parameters, pattern, options)


def get_mapping(
    name: str,
    parameters: GetMappingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMapping (``arn:aws:states:::aws-sdk:glue:getMapping``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMapping", parameters, pattern, options)


def get_materialized_view_refresh_task_run(
    name: str,
    parameters: GetMaterializedViewRefreshTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getMaterializedViewRefreshTaskRun (``arn:aws:states:::aws-sdk:glue:getMaterializedViewRefreshTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getMaterializedViewRefreshTaskRun", parameters, pattern, options)


def get_partition(
    name: str,
    parameters: GetPartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getPartition (``arn:aws:states:::aws-sdk:glue:getPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getPartition", parameters, pattern, options)


def get_partition_indexes(
    name: str,
    parameters: GetPartitionIndexesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getPartitionIndexes (``arn:aws:states:::aws-sdk:glue:getPartitionIndexes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getPartitionIndexes", parameters, pattern, options)


def get_partitions(
    name: str,
    parameters: GetPartitionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getPartitions (``arn:aws:states:::aws-sdk:glue:getPartitions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getPartitions", parameters, pattern, options)


def get_plan(
    name: str,
    parameters: GetPlanParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getPlan (``arn:aws:states:::aws-sdk:glue:getPlan``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getPlan", parameters, pattern, options)


def get_registry(
    name: str,
    parameters: GetRegistryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getRegistry (``arn:aws:states:::aws-sdk:glue:getRegistry``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getRegistry", parameters, pattern, options)


def get_resource_policies(
    name: str,
    parameters: GetResourcePoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getResourcePolicies (``arn:aws:states:::aws-sdk:glue:getResourcePolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getResourcePolicies", parameters, pattern, options)


def get_resource_policy(
    name: str,
    parameters: GetResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getResourcePolicy (``arn:aws:states:::aws-sdk:glue:getResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getResourcePolicy", parameters, pattern, options)


def get_schema(
    name: str,
    parameters: GetSchemaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSchema (``arn:aws:states:::aws-sdk:glue:getSchema``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSchema", parameters, pattern, options)


def get_schema_by_definition(
    name: str,
    parameters: GetSchemaByDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSchemaByDefinition (``arn:aws:states:::aws-sdk:glue:getSchemaByDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSchemaByDefinition", parameters, pattern, options)


def get_schema_version(
    name: str,
    parameters: GetSchemaVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSchemaVersion (``arn:aws:states:::aws-sdk:glue:getSchemaVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSchemaVersion", parameters, pattern, options)


def get_schema_versions_diff(
    name: str,
    parameters: GetSchemaVersionsDiffParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSchemaVersionsDiff (``arn:aws:states:::aws-sdk:glue:getSchemaVersionsDiff``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSchemaVersionsDiff", parameters, pattern, options)


def get_security_configuration(
    name: str,
    parameters: GetSecurityConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSecurityConfiguration (``arn:aws:states:::aws-sdk:glue:getSecurityConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSecurityConfiguration", parameters, pattern, options)


def get_security_configurations(
    name: str,
    parameters: GetSecurityConfigurationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSecurityConfigurations (``arn:aws:states:::aws-sdk:glue:getSecurityConfigurations``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSecurityConfigurations", parameters, pattern, options)


def get_session(
    name: str,
    parameters: GetSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSession (``arn:aws:states:::aws-sdk:glue:getSession``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSession", parameters, pattern, options)


def get_session_endpoint(
    name: str,
    parameters: GetSessionEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSessionEndpoint (``arn:aws:states:::aws-sdk:glue:getSessionEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSessionEndpoint", parameters, pattern, options)


def get_statement(
    name: str,
    parameters: GetStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getStatement (``arn:aws:states:::aws-sdk:glue:getStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getStatement", parameters, pattern, options)


def get_system_logs_for_job_run(
    name: str,
    parameters: GetSystemLogsForJobRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSystemLogsForJobRun (``arn:aws:states:::aws-sdk:glue:getSystemLogsForJobRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSystemLogsForJobRun", parameters, pattern, options)


def get_system_logs_for_session(
    name: str,
    parameters: GetSystemLogsForSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSystemLogsForSession (``arn:aws:states:::aws-sdk:glue:getSystemLogsForSession``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSystemLogsForSession", parameters, pattern, options)


def get_system_table(
    name: str,
    parameters: GetSystemTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getSystemTable (``arn:aws:states:::aws-sdk:glue:getSystemTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getSystemTable", parameters, pattern, options)


def get_table(
    name: str,
    parameters: GetTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTable (``arn:aws:states:::aws-sdk:glue:getTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTable", parameters, pattern, options)


def get_table_optimizer(
    name: str,
    parameters: GetTableOptimizerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTableOptimizer (``arn:aws:states:::aws-sdk:glue:getTableOptimizer``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTableOptimizer", parameters, pattern, options)


def get_table_version(
    name: str,
    parameters: GetTableVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTableVersion (``arn:aws:states:::aws-sdk:glue:getTableVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTableVersion", parameters, pattern, options)


def get_table_versions(
    name: str,
    parameters: GetTableVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTableVersions (``arn:aws:states:::aws-sdk:glue:getTableVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTableVersions", parameters, pattern, options)


def get_tables(
    name: str,
    parameters: GetTablesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTables (``arn:aws:states:::aws-sdk:glue:getTables``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTables", parameters, pattern, options)


def get_tags(
    name: str,
    parameters: GetTagsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTags (``arn:aws:states:::aws-sdk:glue:getTags``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTags", parameters, pattern, options)


def get_trigger(
    name: str,
    parameters: GetTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTrigger (``arn:aws:states:::aws-sdk:glue:getTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTrigger", parameters, pattern, options)


def get_triggers(
    name: str,
    parameters: GetTriggersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getTriggers (``arn:aws:states:::aws-sdk:glue:getTriggers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getTriggers", parameters, pattern, options)


def get_unfiltered_partition_metadata(
    name: str,
    parameters: GetUnfilteredPartitionMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUnfilteredPartitionMetadata (``arn:aws:states:::aws-sdk:glue:getUnfilteredPartitionMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUnfilteredPartitionMetadata", parameters, pattern, options)


def get_unfiltered_partitions_metadata(
    name: str,
    parameters: GetUnfilteredPartitionsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUnfilteredPartitionsMetadata (``arn:aws:states:::aws-sdk:glue:getUnfilteredPartitionsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUnfilteredPartitionsMetadata", parameters, pattern, options)


def get_unfiltered_table_metadata(
    name: str,
    parameters: GetUnfilteredTableMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUnfilteredTableMetadata (``arn:aws:states:::aws-sdk:glue:getUnfilteredTableMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUnfilteredTableMetadata", parameters, pattern, options)


def get_usage_profile(
    name: str,
    parameters: GetUsageProfileParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUsageProfile (``arn:aws:states:::aws-sdk:glue:getUsageProfile``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUsageProfile", parameters, pattern, options)


def get_user_defined_function(
    name: str,
    parameters: GetUserDefinedFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUserDefinedFunction (``arn:aws:states:::aws-sdk:glue:getUserDefinedFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUserDefinedFunction", parameters, pattern, options)


def get_user_defined_functions(
    name: str,
    parameters: GetUserDefinedFunctionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getUserDefinedFunctions (``arn:aws:states:::aws-sdk:glue:getUserDefinedFunctions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getUserDefinedFunctions", parameters, pattern, options)


def get_workflow(
    name: str,
    parameters: GetWorkflowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getWorkflow (``arn:aws:states:::aws-sdk:glue:getWorkflow``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getWorkflow", parameters, pattern, options)


def get_workflow_run(
    name: str,
    parameters: GetWorkflowRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getWorkflowRun (``arn:aws:states:::aws-sdk:glue:getWorkflowRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getWorkflowRun", parameters, pattern, options)


def get_workflow_run_properties(
    name: str,
    parameters: GetWorkflowRunPropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getWorkflowRunProperties (``arn:aws:states:::aws-sdk:glue:getWorkflowRunProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getWorkflowRunProperties", parameters, pattern, options)


def get_workflow_runs(
    name: str,
    parameters: GetWorkflowRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:getWorkflowRuns (``arn:aws:states:::aws-sdk:glue:getWorkflowRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:getWorkflowRuns", parameters, pattern, options)


def import_catalog_to_glue(
    name: str,
    parameters: ImportCatalogToGlueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:importCatalogToGlue (``arn:aws:states:::aws-sdk:glue:importCatalogToGlue``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:importCatalogToGlue", parameters, pattern, options)


def list_asset_types(
    name: str,
    parameters: ListAssetTypesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listAssetTypes (``arn:aws:states:::aws-sdk:glue:listAssetTypes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listAssetTypes", parameters, pattern, options)


def list_blueprints(
    name: str,
    parameters: ListBlueprintsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listBlueprints (``arn:aws:states:::aws-sdk:glue:listBlueprints``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listBlueprints", parameters, pattern, options)


def list_column_statistics_task_runs(
    name: str,
    parameters: ListColumnStatisticsTaskRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listColumnStatisticsTaskRuns (``arn:aws:states:::aws-sdk:glue:listColumnStatisticsTaskRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listColumnStatisticsTaskRuns", parameters, pattern, options)


def list_connection_types(
    name: str,
    parameters: ListConnectionTypesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listConnectionTypes (``arn:aws:states:::aws-sdk:glue:listConnectionTypes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listConnectionTypes", parameters, pattern, options)


def list_crawlers(
    name: str,
    parameters: ListCrawlersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listCrawlers (``arn:aws:states:::aws-sdk:glue:listCrawlers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listCrawlers", parameters, pattern, options)


def list_crawls(
    name: str,
    parameters: ListCrawlsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listCrawls (``arn:aws:states:::aws-sdk:glue:listCrawls``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listCrawls", parameters, pattern, options)


def list_custom_entity_types(
    name: str,
    parameters: ListCustomEntityTypesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listCustomEntityTypes (``arn:aws:states:::aws-sdk:glue:listCustomEntityTypes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listCustomEntityTypes", parameters, pattern, options)


def list_data_quality_evaluation_configs(
    name: str,
    parameters: ListDataQualityEvaluationConfigsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityEvaluationConfigs (``arn:aws:states:::aws-sdk:glue:listDataQualityEvaluationConfigs``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityEvaluationConfigs", parameters, pattern, options)


def list_data_quality_results(
    name: str,
    parameters: ListDataQualityResultsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityResults (``arn:aws:states:::aws-sdk:glue:listDataQualityResults``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityResults", parameters, pattern, options)


def list_data_quality_results_v2(
    name: str,
    parameters: ListDataQualityResultsV2Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityResultsV2 (``arn:aws:states:::aws-sdk:glue:listDataQualityResultsV2``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityResultsV2", parameters, pattern, options)


def list_data_quality_rule_recommendation_runs(
    name: str,
    parameters: ListDataQualityRuleRecommendationRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityRuleRecommendationRuns (``arn:aws:states:::aws-sdk:glue:listDataQualityRuleRecommendationRuns``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:listDataQualityRuleRecommendationRuns", parameters, pattern, options
    )


def list_data_quality_ruleset_evaluation_runs(
    name: str,
    parameters: ListDataQualityRulesetEvaluationRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityRulesetEvaluationRuns (``arn:aws:states:::aws-sdk:glue:listDataQualityRulesetEvaluationRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityRulesetEvaluationRuns", parameters, pattern, options)


def list_data_quality_rulesets(
    name: str,
    parameters: ListDataQualityRulesetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityRulesets (``arn:aws:states:::aws-sdk:glue:listDataQualityRulesets``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityRulesets", parameters, pattern, options)


def list_data_quality_statistic_annotations(
    name: str,
    parameters: ListDataQualityStatisticAnnotationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityStatisticAnnotations (``arn:aws:states:::aws-sdk:glue:listDataQualityStatisticAnnotations``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityStatisticAnnotations", parameters, pattern, options)


def list_data_quality_statistics(
    name: str,
    parameters: ListDataQualityStatisticsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDataQualityStatistics (``arn:aws:states:::aws-sdk:glue:listDataQualityStatistics``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDataQualityStatistics", parameters, pattern, options)


def list_dev_endpoints(
    name: str,
    parameters: ListDevEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listDevEndpoints (``arn:aws:states:::aws-sdk:glue:listDevEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listDevEndpoints", parameters, pattern, options)


def list_entities(
    name: str,
    parameters: ListEntitiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listEntities (``arn:aws:states:::aws-sdk:glue:listEntities``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listEntities", parameters, pattern, options)


def list_form_types(
    name: str,
    parameters: ListFormTypesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listFormTypes (``arn:aws:states:::aws-sdk:glue:listFormTypes``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listFormTypes", parameters, pattern, options)


def list_glossaries(
    name: str,
    parameters: ListGlossariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listGlossaries (``arn:aws:states:::aws-sdk:glue:listGlossaries``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listGlossaries", parameters, pattern, options)


def list_glossary_terms(
    name: str,
    parameters: ListGlossaryTermsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listGlossaryTerms (``arn:aws:states:::aws-sdk:glue:listGlossaryTerms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listGlossaryTerms", parameters, pattern, options)


def list_integration_resource_properties(
    name: str,
    parameters: ListIntegrationResourcePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listIntegrationResourceProperties (``arn:aws:states:::aws-sdk:glue:listIntegrationResourceProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listIntegrationResourceProperties", parameters, pattern, options)


def list_integration_table_properties(
    name: str,
    parameters: ListIntegrationTablePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listIntegrationTableProperties (``arn:aws:states:::aws-sdk:glue:listIntegrationTableProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listIntegrationTableProperties", parameters, pattern, options)


def list_iterable_forms(
    name: str,
    parameters: ListIterableFormsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listIterableForms (``arn:aws:states:::aws-sdk:glue:listIterableForms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listIterableForms", parameters, pattern, options)


def list_jobs(
    name: str,
    parameters: ListJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listJobs (``arn:aws:states:::aws-sdk:glue:listJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listJobs", parameters, pattern, options)


def list_ml_transforms(
    name: str,
    parameters: ListMLTransformsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listMLTransforms (``arn:aws:states:::aws-sdk:glue:listMLTransforms``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listMLTransforms", parameters, pattern, options)


def list_materialized_view_refresh_task_runs(
    name: str,
    parameters: ListMaterializedViewRefreshTaskRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listMaterializedViewRefreshTaskRuns (``arn:aws:states:::aws-sdk:glue:listMaterializedViewRefreshTaskRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listMaterializedViewRefreshTaskRuns", parameters, pattern, options)


def list_registries(
    name: str,
    parameters: ListRegistriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listRegistries (``arn:aws:states:::aws-sdk:glue:listRegistries``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listRegistries", parameters, pattern, options)


def list_schema_versions(
    name: str,
    parameters: ListSchemaVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listSchemaVersions (``arn:aws:states:::aws-sdk:glue:listSchemaVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listSchemaVersions", parameters, pattern, options)


def list_schemas(
    name: str,
    parameters: ListSchemasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listSchemas (``arn:aws:states:::aws-sdk:glue:listSchemas``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listSchemas", parameters, pattern, options)


def list_sessions(
    name: str,
    parameters: ListSessionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listSessions (``arn:aws:states:::aws-sdk:glue:listSessions``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listSessions", parameters, pattern, options)


def list_statements(
    name: str,
    parameters: ListStatementsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listStatements (``arn:aws:states:::aws-sdk:glue:listStatements``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listStatements", parameters, pattern, options)


def list_table_optimizer_runs(
    name: str,
    parameters: ListTableOptimizerRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listTableOptimizerRuns (``arn:aws:states:::aws-sdk:glue:listTableOptimizerRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listTableOptimizerRuns", parameters, pattern, options)


def list_triggers(
    name: str,
    parameters: ListTriggersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listTriggers (``arn:aws:states:::aws-sdk:glue:listTriggers``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listTriggers", parameters, pattern, options)


def list_usage_profiles(
    name: str,
    parameters: ListUsageProfilesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listUsageProfiles (``arn:aws:states:::aws-sdk:glue:listUsageProfiles``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listUsageProfiles", parameters, pattern, options)


def list_workflows(
    name: str,
    parameters: ListWorkflowsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:listWorkflows (``arn:aws:states:::aws-sdk:glue:listWorkflows``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:listWorkflows", parameters, pattern, options)


def modify_integration(
    name: str,
    parameters: ModifyIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:modifyIntegration (``arn:aws:states:::aws-sdk:glue:modifyIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:modifyIntegration", parameters, pattern, options)


def post_lineage_event(
    name: str,
    parameters: PostLineageEventParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:postLineageEvent (``arn:aws:states:::aws-sdk:glue:postLineageEvent``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:postLineageEvent", parameters, pattern, options)


def publish_data_quality_result_v2(
    name: str,
    parameters: PublishDataQualityResultV2Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:publishDataQualityResultV2 (``arn:aws:states:::aws-sdk:glue:publishDataQualityResultV2``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:publishDataQualityResultV2", parameters, pattern, options)


def put_asset(
    name: str,
    parameters: PutAssetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putAsset (``arn:aws:states:::aws-sdk:glue:putAsset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putAsset", parameters, pattern, options)


def put_attachment(
    name: str,
    parameters: PutAttachmentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putAttachment (``arn:aws:states:::aws-sdk:glue:putAttachment``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putAttachment", parameters, pattern, options)


def put_catalog_discovery(
    name: str,
    parameters: PutCatalogDiscoveryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putCatalogDiscovery (``arn:aws:states:::aws-sdk:glue:putCatalogDiscovery``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putCatalogDiscovery", parameters, pattern, options)


def put_data_catalog_encryption_settings(
    name: str,
    parameters: PutDataCatalogEncryptionSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putDataCatalogEncryptionSettings (``arn:aws:states:::aws-sdk:glue:putDataCatalogEncryptionSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putDataCatalogEncryptionSettings", parameters, pattern, options)


def put_data_catalog_export_configuration(
    name: str,
    parameters: PutDataCatalogExportConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putDataCatalogExportConfiguration (``arn:aws:states:::aws-sdk:glue:putDataCatalogExportConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putDataCatalogExportConfiguration", parameters, pattern, options)


def put_data_quality_profile_annotation(
    name: str,
    parameters: PutDataQualityProfileAnnotationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putDataQualityProfileAnnotation (``arn:aws:states:::aws-sdk:glue:putDataQualityProfileAnnotation``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putDataQualityProfileAnnotation", parameters, pattern, options)


def put_form_type(
    name: str,
    parameters: PutFormTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putFormType (``arn:aws:states:::aws-sdk:glue:putFormType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putFormType", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putResourcePolicy (``arn:aws:states:::aws-sdk:glue:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putResourcePolicy", parameters, pattern, options)


def put_schema_version_metadata(
    name: str,
    parameters: PutSchemaVersionMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putSchemaVersionMetadata (``arn:aws:states:::aws-sdk:glue:putSchemaVersionMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putSchemaVersionMetadata", parameters, pattern, options)


def put_workflow_run_properties(
    name: str,
    parameters: PutWorkflowRunPropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:putWorkflowRunProperties (``arn:aws:states:::aws-sdk:glue:putWorkflowRunProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:putWorkflowRunProperties", parameters, pattern, options)


def query_schema_version_metadata(
    name: str,
    parameters: QuerySchemaVersionMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:querySchemaVersionMetadata (``arn:aws:states:::aws-sdk:glue:querySchemaVersionMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:querySchemaVersionMetadata", parameters, pattern, options)


def register_connection_type(
    name: str,
    parameters: RegisterConnectionTypeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:registerConnectionType (``arn:aws:states:::aws-sdk:glue:registerConnectionType``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:registerConnectionType", parameters, pattern, options)


def register_schema_version(
    name: str,
    parameters: RegisterSchemaVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:registerSchemaVersion (``arn:aws:states:::aws-sdk:glue:registerSchemaVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:registerSchemaVersion", parameters, pattern, options)


def remove_schema_version_metadata(
    name: str,
    parameters: RemoveSchemaVersionMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:removeSchemaVersionMetadata (``arn:aws:states:::aws-sdk:glue:removeSchemaVersionMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:removeSchemaVersionMetadata", parameters, pattern, options)


def reset_job_bookmark(
    name: str,
    parameters: ResetJobBookmarkParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:resetJobBookmark (``arn:aws:states:::aws-sdk:glue:resetJobBookmark``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:resetJobBookmark", parameters, pattern, options)


def resume_workflow_run(
    name: str,
    parameters: ResumeWorkflowRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:resumeWorkflowRun (``arn:aws:states:::aws-sdk:glue:resumeWorkflowRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:resumeWorkflowRun", parameters, pattern, options)


def run_statement(
    name: str,
    parameters: RunStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:runStatement (``arn:aws:states:::aws-sdk:glue:runStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:runStatement", parameters, pattern, options)


def search_assets(
    name: str,
    parameters: SearchAssetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:searchAssets (``arn:aws:states:::aws-sdk:glue:searchAssets``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:searchAssets", parameters, pattern, options)


def search_tables(
    name: str,
    parameters: SearchTablesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:searchTables (``arn:aws:states:::aws-sdk:glue:searchTables``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:searchTables", parameters, pattern, options)


def start_blueprint_run(
    name: str,
    parameters: StartBlueprintRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startBlueprintRun (``arn:aws:states:::aws-sdk:glue:startBlueprintRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startBlueprintRun", parameters, pattern, options)


def start_column_statistics_task_run(
    name: str,
    parameters: StartColumnStatisticsTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startColumnStatisticsTaskRun (``arn:aws:states:::aws-sdk:glue:startColumnStatisticsTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startColumnStatisticsTaskRun", parameters, pattern, options)


def start_column_statistics_task_run_schedule(
    name: str,
    parameters: StartColumnStatisticsTaskRunScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startColumnStatisticsTaskRunSchedule (``arn:aws:states:::aws-sdk:glue:startColumnStatisticsTaskRunSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startColumnStatisticsTaskRunSchedule", parameters, pattern, options)


def start_crawler(
    name: str,
    parameters: StartCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startCrawler (``arn:aws:states:::aws-sdk:glue:startCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startCrawler", parameters, pattern, options)


def start_crawler_schedule(
    name: str,
    parameters: StartCrawlerScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startCrawlerSchedule (``arn:aws:states:::aws-sdk:glue:startCrawlerSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startCrawlerSchedule", parameters, pattern, options)


def start_data_quality_rule_recommendation_run(
    name: str,
    parameters: StartDataQualityRuleRecommendationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startDataQualityRuleRecommendationRun (``arn:aws:states:::aws-sdk:glue:startDataQualityRuleRecommendationRun``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:startDataQualityRuleRecommendationRun", parameters, pattern, options
    )


def start_data_quality_ruleset_evaluation_run(
    name: str,
    parameters: StartDataQualityRulesetEvaluationRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startDataQualityRulesetEvaluationRun (``arn:aws:states:::aws-sdk:glue:startDataQualityRulesetEvaluationRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startDataQualityRulesetEvaluationRun", parameters, pattern, options)


def start_export_labels_task_run(
    name: str,
    parameters: StartExportLabelsTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startExportLabelsTaskRun (``arn:aws:states:::aws-sdk:glue:startExportLabelsTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startExportLabelsTaskRun", parameters, pattern, options)


def start_import_labels_task_run(
    name: str,
    parameters: StartImportLabelsTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startImportLabelsTaskRun (``arn:aws:states:::aws-sdk:glue:startImportLabelsTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startImportLabelsTaskRun", parameters, pattern, options)


def start_job_run(
    name: str,
    parameters: StartJobRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startJobRun (``arn:aws:states:::aws-sdk:glue:startJobRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startJobRun", parameters, pattern, options)


def start_job_upgrade_analysis(
    name: str,
    parameters: StartJobUpgradeAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startJobUpgradeAnalysis (``arn:aws:states:::aws-sdk:glue:startJobUpgradeAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startJobUpgradeAnalysis", parameters, pattern, options)


def start_ml_evaluation_task_run(
    name: str,
    parameters: StartMLEvaluationTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startMLEvaluationTaskRun (``arn:aws:states:::aws-sdk:glue:startMLEvaluationTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startMLEvaluationTaskRun", parameters, pattern, options)


def start_ml_labeling_set_generation_task_run(
    name: str,
    parameters: StartMLLabelingSetGenerationTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startMLLabelingSetGenerationTaskRun (``arn:aws:states:::aws-sdk:glue:startMLLabelingSetGenerationTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startMLLabelingSetGenerationTaskRun", parameters, pattern, options)


def start_materialized_view_refresh_task_run(
    name: str,
    parameters: StartMaterializedViewRefreshTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startMaterializedViewRefreshTaskRun (``arn:aws:states:::aws-sdk:glue:startMaterializedViewRefreshTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startMaterializedViewRefreshTaskRun", parameters, pattern, options)


def start_trigger(
    name: str,
    parameters: StartTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startTrigger (``arn:aws:states:::aws-sdk:glue:startTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startTrigger", parameters, pattern, options)


def start_workflow_run(
    name: str,
    parameters: StartWorkflowRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:startWorkflowRun (``arn:aws:states:::aws-sdk:glue:startWorkflowRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:startWorkflowRun", parameters, pattern, options)


def stop_column_statistics_task_run(
    name: str,
    parameters: StopColumnStatisticsTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopColumnStatisticsTaskRun (``arn:aws:states:::aws-sdk:glue:stopColumnStatisticsTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopColumnStatisticsTaskRun", parameters, pattern, options)


def stop_column_statistics_task_run_schedule(
    name: str,
    parameters: StopColumnStatisticsTaskRunScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopColumnStatisticsTaskRunSchedule (``arn:aws:states:::aws-sdk:glue:stopColumnStatisticsTaskRunSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopColumnStatisticsTaskRunSchedule", parameters, pattern, options)


def stop_crawler(
    name: str,
    parameters: StopCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopCrawler (``arn:aws:states:::aws-sdk:glue:stopCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopCrawler", parameters, pattern, options)


def stop_crawler_schedule(
    name: str,
    parameters: StopCrawlerScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopCrawlerSchedule (``arn:aws:states:::aws-sdk:glue:stopCrawlerSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopCrawlerSchedule", parameters, pattern, options)


def stop_job_upgrade_analysis(
    name: str,
    parameters: StopJobUpgradeAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopJobUpgradeAnalysis (``arn:aws:states:::aws-sdk:glue:stopJobUpgradeAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopJobUpgradeAnalysis", parameters, pattern, options)


def stop_materialized_view_refresh_task_run(
    name: str,
    parameters: StopMaterializedViewRefreshTaskRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopMaterializedViewRefreshTaskRun (``arn:aws:states:::aws-sdk:glue:stopMaterializedViewRefreshTaskRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopMaterializedViewRefreshTaskRun", parameters, pattern, options)


def stop_session(
    name: str,
    parameters: StopSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopSession (``arn:aws:states:::aws-sdk:glue:stopSession``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopSession", parameters, pattern, options)


def stop_trigger(
    name: str,
    parameters: StopTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopTrigger (``arn:aws:states:::aws-sdk:glue:stopTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopTrigger", parameters, pattern, options)


def stop_workflow_run(
    name: str,
    parameters: StopWorkflowRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:stopWorkflowRun (``arn:aws:states:::aws-sdk:glue:stopWorkflowRun``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:stopWorkflowRun", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:tagResource (``arn:aws:states:::aws-sdk:glue:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:tagResource", parameters, pattern, options)


def test_connection(
    name: str,
    parameters: TestConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:testConnection (``arn:aws:states:::aws-sdk:glue:testConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:testConnection", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:untagResource (``arn:aws:states:::aws-sdk:glue:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:untagResource", parameters, pattern, options)


def update_asset(
    name: str,
    parameters: UpdateAssetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateAsset (``arn:aws:states:::aws-sdk:glue:updateAsset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateAsset", parameters, pattern, options)


def update_blueprint(
    name: str,
    parameters: UpdateBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateBlueprint (``arn:aws:states:::aws-sdk:glue:updateBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateBlueprint", parameters, pattern, options)


def update_catalog(
    name: str,
    parameters: UpdateCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateCatalog (``arn:aws:states:::aws-sdk:glue:updateCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateCatalog", parameters, pattern, options)


def update_classifier(
    name: str,
    parameters: UpdateClassifierParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateClassifier (``arn:aws:states:::aws-sdk:glue:updateClassifier``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateClassifier", parameters, pattern, options)


def update_column_statistics_for_partition(
    name: str,
    parameters: UpdateColumnStatisticsForPartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateColumnStatisticsForPartition (``arn:aws:states:::aws-sdk:glue:updateColumnStatisticsForPartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateColumnStatisticsForPartition", parameters, pattern, options)


def update_column_statistics_for_table(
    name: str,
    parameters: UpdateColumnStatisticsForTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateColumnStatisticsForTable (``arn:aws:states:::aws-sdk:glue:updateColumnStatisticsForTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateColumnStatisticsForTable", parameters, pattern, options)


def update_column_statistics_task_settings(
    name: str,
    parameters: UpdateColumnStatisticsTaskSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateColumnStatisticsTaskSettings (``arn:aws:states:::aws-sdk:glue:updateColumnStatisticsTaskSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateColumnStatisticsTaskSettings", parameters, pattern, options)


def update_connection(
    name: str,
    parameters: UpdateConnectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateConnection (``arn:aws:states:::aws-sdk:glue:updateConnection``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateConnection", parameters, pattern, options)


def update_crawler(
    name: str,
    parameters: UpdateCrawlerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateCrawler (``arn:aws:states:::aws-sdk:glue:updateCrawler``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateCrawler", parameters, pattern, options)


def update_crawler_schedule(
    name: str,
    parameters: UpdateCrawlerScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateCrawlerSchedule (``arn:aws:states:::aws-sdk:glue:updateCrawlerSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateCrawlerSchedule", parameters, pattern, options)


def update_data_quality_evaluation_config(
    name: str,
    parameters: UpdateDataQualityEvaluationConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateDataQualityEvaluationConfig (``arn:aws:states:::aws-sdk:glue:updateDataQualityEvaluationConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateDataQualityEvaluationConfig", parameters, pattern, options)


def update_data_quality_ruleset(
    name: str,
    parameters: UpdateDataQualityRulesetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateDataQualityRuleset (``arn:aws:states:::aws-sdk:glue:updateDataQualityRuleset``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateDataQualityRuleset", parameters, pattern, options)


def update_database(
    name: str,
    parameters: UpdateDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateDatabase (``arn:aws:states:::aws-sdk:glue:updateDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateDatabase", parameters, pattern, options)


def update_dev_endpoint(
    name: str,
    parameters: UpdateDevEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateDevEndpoint (``arn:aws:states:::aws-sdk:glue:updateDevEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateDevEndpoint", parameters, pattern, options)


def update_glossary(
    name: str,
    parameters: UpdateGlossaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateGlossary (``arn:aws:states:::aws-sdk:glue:updateGlossary``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateGlossary", parameters, pattern, options)


def update_glossary_term(
    name: str,
    parameters: UpdateGlossaryTermParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateGlossaryTerm (``arn:aws:states:::aws-sdk:glue:updateGlossaryTerm``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateGlossaryTerm", parameters, pattern, options)


def update_glue_identity_center_configuration(
    name: str,
    parameters: UpdateGlueIdentityCenterConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateGlueIdentityCenterConfiguration (``arn:aws:states:::aws-sdk:glue:updateGlueIdentityCenterConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "glue:updateGlueIdentityCenterConfiguration", parameters, pattern, options
    )


def update_integration_resource_property(
    name: str,
    parameters: UpdateIntegrationResourcePropertyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateIntegrationResourceProperty (``arn:aws:states:::aws-sdk:glue:updateIntegrationResourceProperty``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateIntegrationResourceProperty", parameters, pattern, options)


def update_integration_table_properties(
    name: str,
    parameters: UpdateIntegrationTablePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateIntegrationTableProperties (``arn:aws:states:::aws-sdk:glue:updateIntegrationTableProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateIntegrationTableProperties", parameters, pattern, options)


def update_job(
    name: str,
    parameters: UpdateJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateJob (``arn:aws:states:::aws-sdk:glue:updateJob``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateJob", parameters, pattern, options)


def update_job_from_source_control(
    name: str,
    parameters: UpdateJobFromSourceControlParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateJobFromSourceControl (``arn:aws:states:::aws-sdk:glue:updateJobFromSourceControl``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateJobFromSourceControl", parameters, pattern, options)


def update_ml_transform(
    name: str,
    parameters: UpdateMLTransformParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateMLTransform (``arn:aws:states:::aws-sdk:glue:updateMLTransform``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateMLTransform", parameters, pattern, options)


def update_partition(
    name: str,
    parameters: UpdatePartitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updatePartition (``arn:aws:states:::aws-sdk:glue:updatePartition``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updatePartition", parameters, pattern, options)


def update_registry(
    name: str,
    parameters: UpdateRegistryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateRegistry (``arn:aws:states:::aws-sdk:glue:updateRegistry``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateRegistry", parameters, pattern, options)


def update_schema(
    name: str,
    parameters: UpdateSchemaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateSchema (``arn:aws:states:::aws-sdk:glue:updateSchema``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateSchema", parameters, pattern, options)


def update_source_control_from_job(
    name: str,
    parameters: UpdateSourceControlFromJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateSourceControlFromJob (``arn:aws:states:::aws-sdk:glue:updateSourceControlFromJob``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateSourceControlFromJob", parameters, pattern, options)


def update_system_table(
    name: str,
    parameters: UpdateSystemTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateSystemTable (``arn:aws:states:::aws-sdk:glue:updateSystemTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateSystemTable", parameters, pattern, options)


def update_table(
    name: str,
    parameters: UpdateTableParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateTable (``arn:aws:states:::aws-sdk:glue:updateTable``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateTable", parameters, pattern, options)


def update_table_optimizer(
    name: str,
    parameters: UpdateTableOptimizerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateTableOptimizer (``arn:aws:states:::aws-sdk:glue:updateTableOptimizer``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateTableOptimizer", parameters, pattern, options)


def update_trigger(
    name: str,
    parameters: UpdateTriggerParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateTrigger (``arn:aws:states:::aws-sdk:glue:updateTrigger``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateTrigger", parameters, pattern, options)


def update_usage_profile(
    name: str,
    parameters: UpdateUsageProfileParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateUsageProfile (``arn:aws:states:::aws-sdk:glue:updateUsageProfile``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateUsageProfile", parameters, pattern, options)


def update_user_defined_function(
    name: str,
    parameters: UpdateUserDefinedFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateUserDefinedFunction (``arn:aws:states:::aws-sdk:glue:updateUserDefinedFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateUserDefinedFunction", parameters, pattern, options)


def update_workflow(
    name: str,
    parameters: UpdateWorkflowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call glue:updateWorkflow (``arn:aws:states:::aws-sdk:glue:updateWorkflow``); the parameters are checked against its API model."""
    return sdk_task(name, "glue:updateWorkflow", parameters, pattern, options)


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
