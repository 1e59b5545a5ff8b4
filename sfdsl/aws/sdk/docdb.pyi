"""Typed builders of the AWS SDK integration of docdb (``aws-sdk:docdb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

AddSourceIdentifierToSubscriptionParameters = TypedDict(
    "AddSourceIdentifierToSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SourceIdentifier": S,
        "SourceIdentifier.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
ApplyPendingMaintenanceActionParameters = TypedDict(
    "ApplyPendingMaintenanceActionParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ApplyAction": S,
        "ApplyAction.$": str,
        "OptInType": S,
        "OptInType.$": str,
    },
    total=False,
)
CopyDBClusterParameterGroupParameters = TypedDict(
    "CopyDBClusterParameterGroupParameters",
    {
        "SourceDBClusterParameterGroupIdentifier": S,
        "SourceDBClusterParameterGroupIdentifier.$": str,
        "TargetDBClusterParameterGroupIdentifier": S,
        "TargetDBClusterParameterGroupIdentifier.$": str,
        "TargetDBClusterParameterGroupDescription": S,
        "TargetDBClusterParameterGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CopyDBClusterSnapshotParameters = TypedDict(
    "CopyDBClusterSnapshotParameters",
    {
        "SourceDBClusterSnapshotIdentifier": S,
        "SourceDBClusterSnapshotIdentifier.$": str,
        "TargetDBClusterSnapshotIdentifier": S,
        "TargetDBClusterSnapshotIdentifier.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ServerlessV2ScalingConfiguration(TypedDict, total=False):
    MinCapacity: F
    MaxCapacity: F

CreateDBClusterParameters = TypedDict(
    "CreateDBClusterParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "Port": I,
        "Port.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
    },
    total=False,
)
CreateDBClusterParameterGroupParameters = TypedDict(
    "CreateDBClusterParameterGroupParameters",
    {
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "DbParameterGroupFamily": S,
        "DbParameterGroupFamily.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDBClusterSnapshotParameters = TypedDict(
    "CreateDBClusterSnapshotParameters",
    {
        "DbClusterSnapshotIdentifier": S,
        "DbClusterSnapshotIdentifier.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDBInstanceParameters = TypedDict(
    "CreateDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Engine": S,
        "Engine.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "PromotionTier": I,
        "PromotionTier.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
    },
    total=False,
)
CreateDBSubnetGroupParameters = TypedDict(
    "CreateDBSubnetGroupParameters",
    {
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "DbSubnetGroupDescription": S,
        "DbSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateEventSubscriptionParameters = TypedDict(
    "CreateEventSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "SourceIds": L[Si],
        "SourceIds.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateGlobalClusterParameters = TypedDict(
    "CreateGlobalClusterParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "SourceDBClusterIdentifier": S,
        "SourceDBClusterIdentifier.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
    },
    total=False,
)
DeleteDBClusterParameters = TypedDict(
    "DeleteDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "SkipFinalSnapshot": B,
        "SkipFinalSnapshot.$": str,
        "FinalDBSnapshotIdentifier": S,
        "FinalDBSnapshotIdentifier.$": str,
    },
    total=False,
)
DeleteDBClusterParameterGroupParameters = TypedDict(
    "DeleteDBClusterParameterGroupParameters",
    {"DbClusterParameterGroupName": S, "DbClusterParameterGroupName.$": str},
    total=False,
)
DeleteDBClusterSnapshotParameters = TypedDict(
    "DeleteDBClusterSnapshotParameters",
    {"DbClusterSnapshotIdentifier": S, "DbClusterSnapshotIdentifier.$": str},
    total=False,
)
DeleteDBInstanceParameters = TypedDict(
    "DeleteDBInstanceParameters",
    {"DbInstanceIdentifier": S, "DbInstanceIdentifier.$": str},
    total=False,
)
DeleteDBSubnetGroupParameters = TypedDict(
    "DeleteDBSubnetGroupParameters",
    {"DbSubnetGroupName": S, "DbSubnetGroupName.$": str},
    total=False,
)
DeleteEventSubscriptionParameters = TypedDict(
    "DeleteEventSubscriptionParameters",
    {"SubscriptionName": S, "SubscriptionName.$": str},
    total=False,
)
DeleteGlobalClusterParameters = TypedDict(
    "DeleteGlobalClusterParameters",
    {"GlobalClusterIdentifier": S, "GlobalClusterIdentifier.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeCertificatesParameters = TypedDict(
    "DescribeCertificatesParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterParameterGroupsParameters = TypedDict(
    "DescribeDBClusterParameterGroupsParameters",
    {
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterParametersParameters = TypedDict(
    "DescribeDBClusterParametersParameters",
    {
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "Source": S,
        "Source.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterSnapshotAttributesParameters = TypedDict(
    "DescribeDBClusterSnapshotAttributesParameters",
    {"DbClusterSnapshotIdentifier": S, "DbClusterSnapshotIdentifier.$": str},
    total=False,
)
DescribeDBClusterSnapshotsParameters = TypedDict(
    "DescribeDBClusterSnapshotsParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DbClusterSnapshotIdentifier": S,
        "DbClusterSnapshotIdentifier.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "IncludeShared": B,
        "IncludeShared.$": str,
        "IncludePublic": B,
        "IncludePublic.$": str,
    },
    total=False,
)
DescribeDBClustersParameters = TypedDict(
    "DescribeDBClustersParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBEngineVersionsParameters = TypedDict(
    "DescribeDBEngineVersionsParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "DbParameterGroupFamily": S,
        "DbParameterGroupFamily.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "DefaultOnly": B,
        "DefaultOnly.$": str,
        "ListSupportedCharacterSets": B,
        "ListSupportedCharacterSets.$": str,
        "ListSupportedTimezones": B,
        "ListSupportedTimezones.$": str,
    },
    total=False,
)
DescribeDBInstancesParameters = TypedDict(
    "DescribeDBInstancesParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBSubnetGroupsParameters = TypedDict(
    "DescribeDBSubnetGroupsParameters",
    {
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEngineDefaultClusterParametersParameters = TypedDict(
    "DescribeEngineDefaultClusterParametersParameters",
    {
        "DbParameterGroupFamily": S,
        "DbParameterGroupFamily.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEventCategoriesParameters = TypedDict(
    "DescribeEventCategoriesParameters",
    {"SourceType": S, "SourceType.$": str, "Filters": L[Xi[Filter]], "Filters.$": str},
    total=False,
)
DescribeEventSubscriptionsParameters = TypedDict(
    "DescribeEventSubscriptionsParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "SourceIdentifier": S,
        "SourceIdentifier.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Duration": I,
        "Duration.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeGlobalClustersParameters = TypedDict(
    "DescribeGlobalClustersParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeOrderableDBInstanceOptionsParameters = TypedDict(
    "DescribeOrderableDBInstanceOptionsParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "Vpc": B,
        "Vpc.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribePendingMaintenanceActionsParameters = TypedDict(
    "DescribePendingMaintenanceActionsParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeServerlessV2PlatformVersionsParameters = TypedDict(
    "DescribeServerlessV2PlatformVersionsParameters",
    {
        "ServerlessV2PlatformVersion": S,
        "ServerlessV2PlatformVersion.$": str,
        "Engine": S,
        "Engine.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DefaultOnly": B,
        "DefaultOnly.$": str,
        "IncludeAll": B,
        "IncludeAll.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
FailoverDBClusterParameters = TypedDict(
    "FailoverDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "TargetDBInstanceIdentifier": S,
        "TargetDBInstanceIdentifier.$": str,
    },
    total=False,
)
FailoverGlobalClusterParameters = TypedDict(
    "FailoverGlobalClusterParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "TargetDbClusterIdentifier": S,
        "TargetDbClusterIdentifier.$": str,
        "AllowDataLoss": B,
        "AllowDataLoss.$": str,
        "Switchover": B,
        "Switchover.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "Filters": L[Xi[Filter]], "Filters.$": str},
    total=False,
)

class CloudwatchLogsExportConfiguration(TypedDict, total=False):
    EnableLogTypes: L[Si]
    DisableLogTypes: L[Si]

ModifyDBClusterParameters = TypedDict(
    "ModifyDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "NewDBClusterIdentifier": S,
        "NewDBClusterIdentifier.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Port": I,
        "Port.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "CloudwatchLogsExportConfiguration": X[CloudwatchLogsExportConfiguration],
        "CloudwatchLogsExportConfiguration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AllowMajorVersionUpgrade": B,
        "AllowMajorVersionUpgrade.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "RotateMasterUserPassword": B,
        "RotateMasterUserPassword.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
    },
    total=False,
)

class Parameter(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S
    Description: S
    Source: S
    ApplyType: S
    DataType: S
    AllowedValues: S
    IsModifiable: B
    MinimumEngineVersion: S
    ApplyMethod: S

ModifyDBClusterParameterGroupParameters = TypedDict(
    "ModifyDBClusterParameterGroupParameters",
    {
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
ModifyDBClusterSnapshotAttributeParameters = TypedDict(
    "ModifyDBClusterSnapshotAttributeParameters",
    {
        "DbClusterSnapshotIdentifier": S,
        "DbClusterSnapshotIdentifier.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "ValuesToAdd": L[Si],
        "ValuesToAdd.$": str,
        "ValuesToRemove": L[Si],
        "ValuesToRemove.$": str,
    },
    total=False,
)
ModifyDBInstanceParameters = TypedDict(
    "ModifyDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "NewDBInstanceIdentifier": S,
        "NewDBInstanceIdentifier.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "PromotionTier": I,
        "PromotionTier.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "CertificateRotationRestart": B,
        "CertificateRotationRestart.$": str,
    },
    total=False,
)
ModifyDBSubnetGroupParameters = TypedDict(
    "ModifyDBSubnetGroupParameters",
    {
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "DbSubnetGroupDescription": S,
        "DbSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
ModifyEventSubscriptionParameters = TypedDict(
    "ModifyEventSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
ModifyGlobalClusterParameters = TypedDict(
    "ModifyGlobalClusterParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "NewGlobalClusterIdentifier": S,
        "NewGlobalClusterIdentifier.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
    },
    total=False,
)
RebootDBInstanceParameters = TypedDict(
    "RebootDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "ForceFailover": B,
        "ForceFailover.$": str,
    },
    total=False,
)
RemoveFromGlobalClusterParameters = TypedDict(
    "RemoveFromGlobalClusterParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
    },
    total=False,
)
RemoveSourceIdentifierFromSubscriptionParameters = TypedDict(
    "RemoveSourceIdentifierFromSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SourceIdentifier": S,
        "SourceIdentifier.$": str,
    },
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
ResetDBClusterParameterGroupParameters = TypedDict(
    "ResetDBClusterParameterGroupParameters",
    {
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "ResetAllParameters": B,
        "ResetAllParameters.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
RestoreDBClusterFromSnapshotParameters = TypedDict(
    "RestoreDBClusterFromSnapshotParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "Port": I,
        "Port.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
    },
    total=False,
)
RestoreDBClusterToPointInTimeParameters = TypedDict(
    "RestoreDBClusterToPointInTimeParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "RestoreType": S,
        "RestoreType.$": str,
        "SourceDBClusterIdentifier": S,
        "SourceDBClusterIdentifier.$": str,
        "RestoreToTime": T,
        "RestoreToTime.$": str,
        "UseLatestRestorableTime": B,
        "UseLatestRestorableTime.$": str,
        "Port": I,
        "Port.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
    },
    total=False,
)
StartDBClusterParameters = TypedDict(
    "StartDBClusterParameters",
    {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str},
    total=False,
)
StopDBClusterParameters = TypedDict(
    "StopDBClusterParameters", {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str}, total=False
)
SwitchoverGlobalClusterParameters = TypedDict(
    "SwitchoverGlobalClusterParameters",
    {
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "TargetDbClusterIdentifier": S,
        "TargetDbClusterIdentifier.$": str,
    },
    total=False,
)
add_source_identifier_to_subscription: Builder[AddSourceIdentifierToSubscriptionParameters]
add_tags_to_resource: Builder[AddTagsToResourceParameters]
apply_pending_maintenance_action: Builder[ApplyPendingMaintenanceActionParameters]
copy_db_cluster_parameter_group: Builder[CopyDBClusterParameterGroupParameters]
copy_db_cluster_snapshot: Builder[CopyDBClusterSnapshotParameters]
create_db_cluster: Builder[CreateDBClusterParameters]
create_db_cluster_parameter_group: Builder[CreateDBClusterParameterGroupParameters]
create_db_cluster_snapshot: Builder[CreateDBClusterSnapshotParameters]
create_db_instance: Builder[CreateDBInstanceParameters]
create_db_subnet_group: Builder[CreateDBSubnetGroupParameters]
create_event_subscription: Builder[CreateEventSubscriptionParameters]
create_global_cluster: Builder[CreateGlobalClusterParameters]
delete_db_cluster: Builder[DeleteDBClusterParameters]
delete_db_cluster_parameter_group: Builder[DeleteDBClusterParameterGroupParameters]
delete_db_cluster_snapshot: Builder[DeleteDBClusterSnapshotParameters]
delete_db_instance: Builder[DeleteDBInstanceParameters]
delete_db_subnet_group: Builder[DeleteDBSubnetGroupParameters]
delete_event_subscription: Builder[DeleteEventSubscriptionParameters]
delete_global_cluster: Builder[DeleteGlobalClusterParameters]
describe_certificates: Builder[DescribeCertificatesParameters]
describe_db_cluster_parameter_groups: Builder[DescribeDBClusterParameterGroupsParameters]
describe_db_cluster_parameters: Builder[DescribeDBClusterParametersParameters]
describe_db_cluster_snapshot_attributes: Builder[DescribeDBClusterSnapshotAttributesParameters]
describe_db_cluster_snapshots: Builder[DescribeDBClusterSnapshotsParameters]
describe_db_clusters: Builder[DescribeDBClustersParameters]
describe_db_engine_versions: Builder[DescribeDBEngineVersionsParameters]
describe_db_instances: Builder[DescribeDBInstancesParameters]
describe_db_subnet_groups: Builder[DescribeDBSubnetGroupsParameters]
describe_engine_default_cluster_parameters: Builder[
    DescribeEngineDefaultClusterParametersParameters
]
describe_event_categories: Builder[DescribeEventCategoriesParameters]
describe_event_subscriptions: Builder[DescribeEventSubscriptionsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_global_clusters: Builder[DescribeGlobalClustersParameters]
describe_orderable_db_instance_options: Builder[DescribeOrderableDBInstanceOptionsParameters]
describe_pending_maintenance_actions: Builder[DescribePendingMaintenanceActionsParameters]
describe_serverless_v2_platform_versions: Builder[DescribeServerlessV2PlatformVersionsParameters]
failover_db_cluster: Builder[FailoverDBClusterParameters]
failover_global_cluster: Builder[FailoverGlobalClusterParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_db_cluster: Builder[ModifyDBClusterParameters]
modify_db_cluster_parameter_group: Builder[ModifyDBClusterParameterGroupParameters]
modify_db_cluster_snapshot_attribute: Builder[ModifyDBClusterSnapshotAttributeParameters]
modify_db_instance: Builder[ModifyDBInstanceParameters]
modify_db_subnet_group: Builder[ModifyDBSubnetGroupParameters]
modify_event_subscription: Builder[ModifyEventSubscriptionParameters]
modify_global_cluster: Builder[ModifyGlobalClusterParameters]
reboot_db_instance: Builder[RebootDBInstanceParameters]
remove_from_global_cluster: Builder[RemoveFromGlobalClusterParameters]
remove_source_identifier_from_subscription: Builder[
    RemoveSourceIdentifierFromSubscriptionParameters
]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_db_cluster_parameter_group: Builder[ResetDBClusterParameterGroupParameters]
restore_db_cluster_from_snapshot: Builder[RestoreDBClusterFromSnapshotParameters]
restore_db_cluster_to_point_in_time: Builder[RestoreDBClusterToPointInTimeParameters]
start_db_cluster: Builder[StartDBClusterParameters]
stop_db_cluster: Builder[StopDBClusterParameters]
switchover_global_cluster: Builder[SwitchoverGlobalClusterParameters]

__all__ = [
    "add_source_identifier_to_subscription",
    "add_tags_to_resource",
    "apply_pending_maintenance_action",
    "copy_db_cluster_parameter_group",
    "copy_db_cluster_snapshot",
    "create_db_cluster",
    "create_db_cluster_parameter_group",
    "create_db_cluster_snapshot",
    "create_db_instance",
    "create_db_subnet_group",
    "create_event_subscription",
    "create_global_cluster",
    "delete_db_cluster",
    "delete_db_cluster_parameter_group",
    "delete_db_cluster_snapshot",
    "delete_db_instance",
    "delete_db_subnet_group",
    "delete_event_subscription",
    "delete_global_cluster",
    "describe_certificates",
    "describe_db_cluster_parameter_groups",
    "describe_db_cluster_parameters",
    "describe_db_cluster_snapshot_attributes",
    "describe_db_cluster_snapshots",
    "describe_db_clusters",
    "describe_db_engine_versions",
    "describe_db_instances",
    "describe_db_subnet_groups",
    "describe_engine_default_cluster_parameters",
    "describe_event_categories",
    "describe_event_subscriptions",
    "describe_events",
    "describe_global_clusters",
    "describe_orderable_db_instance_options",
    "describe_pending_maintenance_actions",
    "describe_serverless_v2_platform_versions",
    "failover_db_cluster",
    "failover_global_cluster",
    "list_tags_for_resource",
    "modify_db_cluster",
    "modify_db_cluster_parameter_group",
    "modify_db_cluster_snapshot_attribute",
    "modify_db_instance",
    "modify_db_subnet_group",
    "modify_event_subscription",
    "modify_global_cluster",
    "reboot_db_instance",
    "remove_from_global_cluster",
    "remove_source_identifier_from_subscription",
    "remove_tags_from_resource",
    "reset_db_cluster_parameter_group",
    "restore_db_cluster_from_snapshot",
    "restore_db_cluster_to_point_in_time",
    "start_db_cluster",
    "stop_db_cluster",
    "switchover_global_cluster",
]
