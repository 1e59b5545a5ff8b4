"""Typed builders of the AWS SDK integration of rds.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AddDBClusterToDBClusterGroupParameters = TypedDict(
        "AddDBClusterToDBClusterGroupParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterGroupUpgradeWave": Any,
            "DbClusterGroupUpgradeWave.$": Any,
        },
        total=False,
    )
    AddRoleToDBClusterParameters = TypedDict(
        "AddRoleToDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "FeatureName": Any,
            "FeatureName.$": Any,
        },
        total=False,
    )
    AddRoleToDBInstanceParameters = TypedDict(
        "AddRoleToDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "FeatureName": Any,
            "FeatureName.$": Any,
        },
        total=False,
    )
    AddSourceIdentifierToSubscriptionParameters = TypedDict(
        "AddSourceIdentifierToSubscriptionParameters",
        {
            "SubscriptionName": Any,
            "SubscriptionName.$": Any,
            "SourceIdentifier": Any,
            "SourceIdentifier.$": Any,
        },
        total=False,
    )
    AddTagsToResourceParameters = TypedDict(
        "AddTagsToResourceParameters",
        {"ResourceName": Any, "ResourceName.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    ApplyPendingMaintenanceActionParameters = TypedDict(
        "ApplyPendingMaintenanceActionParameters",
        {
            "ResourceIdentifier": Any,
            "ResourceIdentifier.$": Any,
            "ApplyAction": Any,
            "ApplyAction.$": Any,
            "OptInType": Any,
            "OptInType.$": Any,
        },
        total=False,
    )
    AuthorizeDBSecurityGroupIngressParameters = TypedDict(
        "AuthorizeDBSecurityGroupIngressParameters",
        {
            "DbSecurityGroupName": Any,
            "DbSecurityGroupName.$": Any,
            "Cidrip": Any,
            "Cidrip.$": Any,
            "Ec2SecurityGroupName": Any,
            "Ec2SecurityGroupName.$": Any,
            "Ec2SecurityGroupId": Any,
            "Ec2SecurityGroupId.$": Any,
            "Ec2SecurityGroupOwnerId": Any,
            "Ec2SecurityGroupOwnerId.$": Any,
        },
        total=False,
    )
    BacktrackDBClusterParameters = TypedDict(
        "BacktrackDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "BacktrackTo": Any,
            "BacktrackTo.$": Any,
            "Force": Any,
            "Force.$": Any,
            "UseEarliestTimeOnPointInTimeUnavailable": Any,
            "UseEarliestTimeOnPointInTimeUnavailable.$": Any,
        },
        total=False,
    )
    CancelDBCapacityReservationParameters = TypedDict(
        "CancelDBCapacityReservationParameters",
        {"DbCapacityReservationIdentifier": Any, "DbCapacityReservationIdentifier.$": Any},
        total=False,
    )
    CancelExportTaskParameters = TypedDict(
        "CancelExportTaskParameters",
        {"ExportTaskIdentifier": Any, "ExportTaskIdentifier.$": Any},
        total=False,
    )
    CopyDBClusterParameterGroupParameters = TypedDict(
        "CopyDBClusterParameterGroupParameters",
        {
            "SourceDBClusterParameterGroupIdentifier": Any,
            "SourceDBClusterParameterGroupIdentifier.$": Any,
            "TargetDBClusterParameterGroupIdentifier": Any,
            "TargetDBClusterParameterGroupIdentifier.$": Any,
            "TargetDBClusterParameterGroupDescription": Any,
            "TargetDBClusterParameterGroupDescription.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CopyDBClusterSnapshotParameters = TypedDict(
        "CopyDBClusterSnapshotParameters",
        {
            "SourceDBClusterSnapshotIdentifier": Any,
            "SourceDBClusterSnapshotIdentifier.$": Any,
            "TargetDBClusterSnapshotIdentifier": Any,
            "TargetDBClusterSnapshotIdentifier.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "PreSignedUrl": Any,
            "PreSignedUrl.$": Any,
            "CopyTags": Any,
            "CopyTags.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CopyDBParameterGroupParameters = TypedDict(
        "CopyDBParameterGroupParameters",
        {
            "SourceDBParameterGroupIdentifier": Any,
            "SourceDBParameterGroupIdentifier.$": Any,
            "TargetDBParameterGroupIdentifier": Any,
            "TargetDBParameterGroupIdentifier.$": Any,
            "TargetDBParameterGroupDescription": Any,
            "TargetDBParameterGroupDescription.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CopyDBSnapshotParameters = TypedDict(
        "CopyDBSnapshotParameters",
        {
            "SourceDBSnapshotIdentifier": Any,
            "SourceDBSnapshotIdentifier.$": Any,
            "TargetDBSnapshotIdentifier": Any,
            "TargetDBSnapshotIdentifier.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "CopyTags": Any,
            "CopyTags.$": Any,
            "PreSignedUrl": Any,
            "PreSignedUrl.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "TargetCustomAvailabilityZone": Any,
            "TargetCustomAvailabilityZone.$": Any,
            "SnapshotTarget": Any,
            "SnapshotTarget.$": Any,
            "CopyOptionGroup": Any,
            "CopyOptionGroup.$": Any,
            "SnapshotAvailabilityZone": Any,
            "SnapshotAvailabilityZone.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
        },
        total=False,
    )
    CopyOptionGroupParameters = TypedDict(
        "CopyOptionGroupParameters",
        {
            "SourceOptionGroupIdentifier": Any,
            "SourceOptionGroupIdentifier.$": Any,
            "TargetOptionGroupIdentifier": Any,
            "TargetOptionGroupIdentifier.$": Any,
            "TargetOptionGroupDescription": Any,
            "TargetOptionGroupDescription.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateBlueGreenDeploymentParameters = TypedDict(
        "CreateBlueGreenDeploymentParameters",
        {
            "BlueGreenDeploymentName": Any,
            "BlueGreenDeploymentName.$": Any,
            "Source": Any,
            "Source.$": Any,
            "TargetEngineVersion": Any,
            "TargetEngineVersion.$": Any,
            "TargetDBParameterGroupName": Any,
            "TargetDBParameterGroupName.$": Any,
            "TargetDBClusterParameterGroupName": Any,
            "TargetDBClusterParameterGroupName.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TargetDBInstanceClass": Any,
            "TargetDBInstanceClass.$": Any,
            "UpgradeTargetStorageConfig": Any,
            "UpgradeTargetStorageConfig.$": Any,
            "TargetIops": Any,
            "TargetIops.$": Any,
            "TargetStorageType": Any,
            "TargetStorageType.$": Any,
            "TargetAllocatedStorage": Any,
            "TargetAllocatedStorage.$": Any,
            "TargetStorageThroughput": Any,
            "TargetStorageThroughput.$": Any,
            "TargetResourceConfigurations": Any,
            "TargetResourceConfigurations.$": Any,
        },
        total=False,
    )
    CreateBranchParameters = TypedDict(
        "CreateBranchParameters",
        {
            "BranchName": Any,
            "BranchName.$": Any,
            "ScalingConfiguration": Any,
            "ScalingConfiguration.$": Any,
            "SourceBranchName": Any,
            "SourceBranchName.$": Any,
            "SourceDBClusterIdentifier": Any,
            "SourceDBClusterIdentifier.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TtlSeconds": Any,
            "TtlSeconds.$": Any,
        },
        total=False,
    )
    CreateCustomDBEngineVersionParameters = TypedDict(
        "CreateCustomDBEngineVersionParameters",
        {
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "DatabaseInstallationFilesS3BucketName": Any,
            "DatabaseInstallationFilesS3BucketName.$": Any,
            "DatabaseInstallationFilesS3Prefix": Any,
            "DatabaseInstallationFilesS3Prefix.$": Any,
            "DatabaseInstallationFiles": Any,
            "DatabaseInstallationFiles.$": Any,
            "ImageId": Any,
            "ImageId.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "SourceCustomDbEngineVersionIdentifier": Any,
            "SourceCustomDbEngineVersionIdentifier.$": Any,
            "UseAwsProvidedLatestImage": Any,
            "UseAwsProvidedLatestImage.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Manifest": Any,
            "Manifest.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBCapacityReservationParameters = TypedDict(
        "CreateDBCapacityReservationParameters",
        {
            "DbCapacityReservationName": Any,
            "DbCapacityReservationName.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "CapacityPerAvailabilityZone": Any,
            "CapacityPerAvailabilityZone.$": Any,
            "AvailabilityZones": Any,
            "AvailabilityZones.$": Any,
            "EndDate": Any,
            "EndDate.$": Any,
            "StartDate": Any,
            "StartDate.$": Any,
            "CommitmentDuration": Any,
            "CommitmentDuration.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBClusterParameters = TypedDict(
        "CreateDBClusterParameters",
        {
            "AvailabilityZones": Any,
            "AvailabilityZones.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "CharacterSetName": Any,
            "CharacterSetName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MasterUsername": Any,
            "MasterUsername.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "ReplicationSourceIdentifier": Any,
            "ReplicationSourceIdentifier.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "StorageEncrypted": Any,
            "StorageEncrypted.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "PreSignedUrl": Any,
            "PreSignedUrl.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "BacktrackWindow": Any,
            "BacktrackWindow.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "EngineMode": Any,
            "EngineMode.$": Any,
            "ScalingConfiguration": Any,
            "ScalingConfiguration.$": Any,
            "RdsCustomClusterConfiguration": Any,
            "RdsCustomClusterConfiguration.$": Any,
            "DbClusterInstanceClass": Any,
            "DbClusterInstanceClass.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "EnableHttpEndpoint": Any,
            "EnableHttpEndpoint.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "EnableGlobalWriteForwarding": Any,
            "EnableGlobalWriteForwarding.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "ServerlessV2ScalingConfiguration": Any,
            "ServerlessV2ScalingConfiguration.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "EnableLimitlessDatabase": Any,
            "EnableLimitlessDatabase.$": Any,
            "ClusterScalabilityType": Any,
            "ClusterScalabilityType.$": Any,
            "DbSystemId": Any,
            "DbSystemId.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "EnableLocalWriteForwarding": Any,
            "EnableLocalWriteForwarding.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "MasterUserAuthenticationType": Any,
            "MasterUserAuthenticationType.$": Any,
            "EnableVPCNetworking": Any,
            "EnableVPCNetworking.$": Any,
            "WithExpressConfiguration": Any,
            "WithExpressConfiguration.$": Any,
            "EnableInternetAccessGateway": Any,
            "EnableInternetAccessGateway.$": Any,
            "AssociatedRoles": Any,
            "AssociatedRoles.$": Any,
        },
        total=False,
    )
    CreateDBClusterEndpointParameters = TypedDict(
        "CreateDBClusterEndpointParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterEndpointIdentifier": Any,
            "DbClusterEndpointIdentifier.$": Any,
            "EndpointType": Any,
            "EndpointType.$": Any,
            "StaticMembers": Any,
            "StaticMembers.$": Any,
            "ExcludedMembers": Any,
            "ExcludedMembers.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBClusterGroupParameters = TypedDict(
        "CreateDBClusterGroupParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableRouting": Any,
            "EnableRouting.$": Any,
            "RoutingEndpointConfiguration": Any,
            "RoutingEndpointConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "AdminUsername": Any,
            "AdminUsername.$": Any,
            "AdminUserPassword": Any,
            "AdminUserPassword.$": Any,
        },
        total=False,
    )
    CreateDBClusterGroupSnapshotParameters = TypedDict(
        "CreateDBClusterGroupSnapshotParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterGroupSnapshotIdentifier": Any,
            "DbClusterGroupSnapshotIdentifier.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBClusterParameterGroupParameters = TypedDict(
        "CreateDBClusterParameterGroupParameters",
        {
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "DbParameterGroupFamily": Any,
            "DbParameterGroupFamily.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBClusterSnapshotParameters = TypedDict(
        "CreateDBClusterSnapshotParameters",
        {
            "DbClusterSnapshotIdentifier": Any,
            "DbClusterSnapshotIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBInstanceParameters = TypedDict(
        "CreateDBInstanceParameters",
        {
            "DbName": Any,
            "DbName.$": Any,
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "MasterUsername": Any,
            "MasterUsername.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "DbSecurityGroups": Any,
            "DbSecurityGroups.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "AvailabilityZone": Any,
            "AvailabilityZone.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "CharacterSetName": Any,
            "CharacterSetName.$": Any,
            "NcharCharacterSetName": Any,
            "NcharCharacterSetName.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "TdeCredentialArn": Any,
            "TdeCredentialArn.$": Any,
            "TdeCredentialPassword": Any,
            "TdeCredentialPassword.$": Any,
            "StorageEncrypted": Any,
            "StorageEncrypted.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainFqdn": Any,
            "DomainFqdn.$": Any,
            "DomainOu": Any,
            "DomainOu.$": Any,
            "DomainAuthSecretArn": Any,
            "DomainAuthSecretArn.$": Any,
            "DomainDnsIps": Any,
            "DomainDnsIps.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "PromotionTier": Any,
            "PromotionTier.$": Any,
            "Timezone": Any,
            "Timezone.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "MaxAllocatedStorage": Any,
            "MaxAllocatedStorage.$": Any,
            "EnableCustomerOwnedIp": Any,
            "EnableCustomerOwnedIp.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "BackupTarget": Any,
            "BackupTarget.$": Any,
            "CustomIamInstanceProfile": Any,
            "CustomIamInstanceProfile.$": Any,
            "DbSystemId": Any,
            "DbSystemId.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "MultiTenant": Any,
            "MultiTenant.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "MasterUserAuthenticationType": Any,
            "MasterUserAuthenticationType.$": Any,
        },
        total=False,
    )
    CreateDBInstanceReadReplicaParameters = TypedDict(
        "CreateDBInstanceReadReplicaParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "SourceDBInstanceIdentifier": Any,
            "SourceDBInstanceIdentifier.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "AvailabilityZone": Any,
            "AvailabilityZone.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "PreSignedUrl": Any,
            "PreSignedUrl.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "UseDefaultProcessorFeatures": Any,
            "UseDefaultProcessorFeatures.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "DomainFqdn": Any,
            "DomainFqdn.$": Any,
            "DomainOu": Any,
            "DomainOu.$": Any,
            "DomainAuthSecretArn": Any,
            "DomainAuthSecretArn.$": Any,
            "DomainDnsIps": Any,
            "DomainDnsIps.$": Any,
            "ReplicaMode": Any,
            "ReplicaMode.$": Any,
            "EnableCustomerOwnedIp": Any,
            "EnableCustomerOwnedIp.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "MaxAllocatedStorage": Any,
            "MaxAllocatedStorage.$": Any,
            "BackupTarget": Any,
            "BackupTarget.$": Any,
            "CustomIamInstanceProfile": Any,
            "CustomIamInstanceProfile.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "SourceDBClusterIdentifier": Any,
            "SourceDBClusterIdentifier.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "UpgradeStorageConfig": Any,
            "UpgradeStorageConfig.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
        },
        total=False,
    )
    CreateDBParameterGroupParameters = TypedDict(
        "CreateDBParameterGroupParameters",
        {
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "DbParameterGroupFamily": Any,
            "DbParameterGroupFamily.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBProxyParameters = TypedDict(
        "CreateDBProxyParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "EngineFamily": Any,
            "EngineFamily.$": Any,
            "DefaultAuthScheme": Any,
            "DefaultAuthScheme.$": Any,
            "Auth": Any,
            "Auth.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "VpcSubnetIds": Any,
            "VpcSubnetIds.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "RequireTLS": Any,
            "RequireTLS.$": Any,
            "IdleClientTimeout": Any,
            "IdleClientTimeout.$": Any,
            "DebugLogging": Any,
            "DebugLogging.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EndpointNetworkType": Any,
            "EndpointNetworkType.$": Any,
            "TargetConnectionNetworkType": Any,
            "TargetConnectionNetworkType.$": Any,
        },
        total=False,
    )
    CreateDBProxyEndpointParameters = TypedDict(
        "CreateDBProxyEndpointParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "DbProxyEndpointName": Any,
            "DbProxyEndpointName.$": Any,
            "VpcSubnetIds": Any,
            "VpcSubnetIds.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "TargetRole": Any,
            "TargetRole.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EndpointNetworkType": Any,
            "EndpointNetworkType.$": Any,
        },
        total=False,
    )
    CreateDBSecurityGroupParameters = TypedDict(
        "CreateDBSecurityGroupParameters",
        {
            "DbSecurityGroupName": Any,
            "DbSecurityGroupName.$": Any,
            "DbSecurityGroupDescription": Any,
            "DbSecurityGroupDescription.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBShardGroupParameters = TypedDict(
        "CreateDBShardGroupParameters",
        {
            "DbShardGroupIdentifier": Any,
            "DbShardGroupIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "ComputeRedundancy": Any,
            "ComputeRedundancy.$": Any,
            "MaxACU": Any,
            "MaxACU.$": Any,
            "MinACU": Any,
            "MinACU.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBSnapshotParameters = TypedDict(
        "CreateDBSnapshotParameters",
        {
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDBSubnetGroupParameters = TypedDict(
        "CreateDBSubnetGroupParameters",
        {
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "DbSubnetGroupDescription": Any,
            "DbSubnetGroupDescription.$": Any,
            "SubnetIds": Any,
            "SubnetIds.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDataGroupParameters = TypedDict(
        "CreateDataGroupParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DataGroupName": Any,
            "DataGroupName.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "AdditionalEncryptionContext": Any,
            "AdditionalEncryptionContext.$": Any,
            "EnableEndpoint": Any,
            "EnableEndpoint.$": Any,
            "DataGroupEndpointName": Any,
            "DataGroupEndpointName.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateEventSubscriptionParameters = TypedDict(
        "CreateEventSubscriptionParameters",
        {
            "SubscriptionName": Any,
            "SubscriptionName.$": Any,
            "SnsTopicArn": Any,
            "SnsTopicArn.$": Any,
            "SourceType": Any,
            "SourceType.$": Any,
            "EventCategories": Any,
            "EventCategories.$": Any,
            "SourceIds": Any,
            "SourceIds.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateGlobalClusterParameters = TypedDict(
        "CreateGlobalClusterParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "SourceDBClusterIdentifier": Any,
            "SourceDBClusterIdentifier.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "StorageEncrypted": Any,
            "StorageEncrypted.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateIntegrationParameters = TypedDict(
        "CreateIntegrationParameters",
        {
            "SourceArn": Any,
            "SourceArn.$": Any,
            "TargetArn": Any,
            "TargetArn.$": Any,
            "IntegrationName": Any,
            "IntegrationName.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "AdditionalEncryptionContext": Any,
            "AdditionalEncryptionContext.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DataFilter": Any,
            "DataFilter.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DataRules": Any,
            "DataRules.$": Any,
        },
        total=False,
    )
    CreateOptionGroupParameters = TypedDict(
        "CreateOptionGroupParameters",
        {
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "EngineName": Any,
            "EngineName.$": Any,
            "MajorEngineVersion": Any,
            "MajorEngineVersion.$": Any,
            "OptionGroupDescription": Any,
            "OptionGroupDescription.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateTenantDatabaseParameters = TypedDict(
        "CreateTenantDatabaseParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "TenantDBName": Any,
            "TenantDBName.$": Any,
            "MasterUsername": Any,
            "MasterUsername.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "CharacterSetName": Any,
            "CharacterSetName.$": Any,
            "NcharCharacterSetName": Any,
            "NcharCharacterSetName.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteBlueGreenDeploymentParameters = TypedDict(
        "DeleteBlueGreenDeploymentParameters",
        {
            "BlueGreenDeploymentIdentifier": Any,
            "BlueGreenDeploymentIdentifier.$": Any,
            "DeleteTarget": Any,
            "DeleteTarget.$": Any,
        },
        total=False,
    )
    DeleteBranchParameters = TypedDict(
        "DeleteBranchParameters",
        {
            "BranchName": Any,
            "BranchName.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
        },
        total=False,
    )
    DeleteCustomDBEngineVersionParameters = TypedDict(
        "DeleteCustomDBEngineVersionParameters",
        {"Engine": Any, "Engine.$": Any, "EngineVersion": Any, "EngineVersion.$": Any},
        total=False,
    )
    DeleteDBClusterParameters = TypedDict(
        "DeleteDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "SkipFinalSnapshot": Any,
            "SkipFinalSnapshot.$": Any,
            "FinalDBSnapshotIdentifier": Any,
            "FinalDBSnapshotIdentifier.$": Any,
            "DeleteAutomatedBackups": Any,
            "DeleteAutomatedBackups.$": Any,
            "DeleteDBInstances": Any,
            "DeleteDBInstances.$": Any,
        },
        total=False,
    )
    DeleteDBClusterAutomatedBackupParameters = TypedDict(
        "DeleteDBClusterAutomatedBackupParameters",
        {"DbClusterResourceId": Any, "DbClusterResourceId.$": Any},
        total=False,
    )
    DeleteDBClusterEndpointParameters = TypedDict(
        "DeleteDBClusterEndpointParameters",
        {"DbClusterEndpointIdentifier": Any, "DbClusterEndpointIdentifier.$": Any},
        total=False,
    )
    DeleteDBClusterGroupParameters = TypedDict(
        "DeleteDBClusterGroupParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DeleteAutomatedBackups": Any,
            "DeleteAutomatedBackups.$": Any,
        },
        total=False,
    )
    DeleteDBClusterGroupAutomatedBackupParameters = TypedDict(
        "DeleteDBClusterGroupAutomatedBackupParameters",
        {"DbClusterGroupResourceId": Any, "DbClusterGroupResourceId.$": Any},
        total=False,
    )
    DeleteDBClusterGroupSnapshotParameters = TypedDict(
        "DeleteDBClusterGroupSnapshotParameters",
        {"DbClusterGroupSnapshotIdentifier": Any, "DbClusterGroupSnapshotIdentifier.$": Any},
        total=False,
    )
    DeleteDBClusterParameterGroupParameters = TypedDict(
        "DeleteDBClusterParameterGroupParameters",
        {"DbClusterParameterGroupName": Any, "DbClusterParameterGroupName.$": Any},
        total=False,
    )
    DeleteDBClusterSnapshotParameters = TypedDict(
        "DeleteDBClusterSnapshotParameters",
        {"DbClusterSnapshotIdentifier": Any, "DbClusterSnapshotIdentifier.$": Any},
        total=False,
    )
    DeleteDBInstanceParameters = TypedDict(
        "DeleteDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "SkipFinalSnapshot": Any,
            "SkipFinalSnapshot.$": Any,
            "FinalDBSnapshotIdentifier": Any,
            "FinalDBSnapshotIdentifier.$": Any,
            "DeleteAutomatedBackups": Any,
            "DeleteAutomatedBackups.$": Any,
        },
        total=False,
    )
    DeleteDBInstanceAutomatedBackupParameters = TypedDict(
        "DeleteDBInstanceAutomatedBackupParameters",
        {
            "DbiResourceId": Any,
            "DbiResourceId.$": Any,
            "DbInstanceAutomatedBackupsArn": Any,
            "DbInstanceAutomatedBackupsArn.$": Any,
        },
        total=False,
    )
    DeleteDBParameterGroupParameters = TypedDict(
        "DeleteDBParameterGroupParameters",
        {"DbParameterGroupName": Any, "DbParameterGroupName.$": Any},
        total=False,
    )
    DeleteDBProxyParameters = TypedDict(
        "DeleteDBProxyParameters", {"DbProxyName": Any, "DbProxyName.$": Any}, total=False
    )
    DeleteDBProxyEndpointParameters = TypedDict(
        "DeleteDBProxyEndpointParameters",
        {"DbProxyEndpointName": Any, "DbProxyEndpointName.$": Any},
        total=False,
    )
    DeleteDBSecurityGroupParameters = TypedDict(
        "DeleteDBSecurityGroupParameters",
        {"DbSecurityGroupName": Any, "DbSecurityGroupName.$": Any},
        total=False,
    )
    DeleteDBShardGroupParameters = TypedDict(
        "DeleteDBShardGroupParameters",
        {"DbShardGroupIdentifier": Any, "DbShardGroupIdentifier.$": Any},
        total=False,
    )
    DeleteDBSnapshotParameters = TypedDict(
        "DeleteDBSnapshotParameters",
        {"DbSnapshotIdentifier": Any, "DbSnapshotIdentifier.$": Any},
        total=False,
    )
    DeleteDBSubnetGroupParameters = TypedDict(
        "DeleteDBSubnetGroupParameters",
        {"DbSubnetGroupName": Any, "DbSubnetGroupName.$": Any},
        total=False,
    )
    DeleteDataGroupParameters = TypedDict(
        "DeleteDataGroupParameters",
        {"DataGroupIdentifier": Any, "DataGroupIdentifier.$": Any},
        total=False,
    )
    DeleteEventSubscriptionParameters = TypedDict(
        "DeleteEventSubscriptionParameters",
        {"SubscriptionName": Any, "SubscriptionName.$": Any},
        total=False,
    )
    DeleteGlobalClusterParameters = TypedDict(
        "DeleteGlobalClusterParameters",
        {"GlobalClusterIdentifier": Any, "GlobalClusterIdentifier.$": Any},
        total=False,
    )
    DeleteIntegrationParameters = TypedDict(
        "DeleteIntegrationParameters",
        {"IntegrationIdentifier": Any, "IntegrationIdentifier.$": Any},
        total=False,
    )
    DeleteOptionGroupParameters = TypedDict(
        "DeleteOptionGroupParameters",
        {"OptionGroupName": Any, "OptionGroupName.$": Any},
        total=False,
    )
    DeleteTenantDatabaseParameters = TypedDict(
        "DeleteTenantDatabaseParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "TenantDBName": Any,
            "TenantDBName.$": Any,
            "SkipFinalSnapshot": Any,
            "SkipFinalSnapshot.$": Any,
            "FinalDBSnapshotIdentifier": Any,
            "FinalDBSnapshotIdentifier.$": Any,
        },
        total=False,
    )
    DeregisterDBProxyTargetsParameters = TypedDict(
        "DeregisterDBProxyTargetsParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "TargetGroupName": Any,
            "TargetGroupName.$": Any,
            "DbInstanceIdentifiers": Any,
            "DbInstanceIdentifiers.$": Any,
            "DbClusterIdentifiers": Any,
            "DbClusterIdentifiers.$": Any,
        },
        total=False,
    )

    class DescribeAccountAttributesParameters(TypedDict, total=False):
        pass

    DescribeBlueGreenDeploymentsParameters = TypedDict(
        "DescribeBlueGreenDeploymentsParameters",
        {
            "BlueGreenDeploymentIdentifier": Any,
            "BlueGreenDeploymentIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeBranchesParameters = TypedDict(
        "DescribeBranchesParameters",
        {
            "BranchName": Any,
            "BranchName.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeCertificatesParameters = TypedDict(
        "DescribeCertificatesParameters",
        {
            "CertificateIdentifier": Any,
            "CertificateIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBCapacityReservationsParameters = TypedDict(
        "DescribeDBCapacityReservationsParameters",
        {
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    DescribeDBClusterAutomatedBackupsParameters = TypedDict(
        "DescribeDBClusterAutomatedBackupsParameters",
        {
            "DbClusterResourceId": Any,
            "DbClusterResourceId.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterBacktracksParameters = TypedDict(
        "DescribeDBClusterBacktracksParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "BacktrackIdentifier": Any,
            "BacktrackIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterEndpointsParameters = TypedDict(
        "DescribeDBClusterEndpointsParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterEndpointIdentifier": Any,
            "DbClusterEndpointIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterGroupAutomatedBackupMembersParameters = TypedDict(
        "DescribeDBClusterGroupAutomatedBackupMembersParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterGroupResourceId": Any,
            "DbClusterGroupResourceId.$": Any,
            "DbClusterResourceId": Any,
            "DbClusterResourceId.$": Any,
            "RestoreToTime": Any,
            "RestoreToTime.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterGroupAutomatedBackupsParameters = TypedDict(
        "DescribeDBClusterGroupAutomatedBackupsParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterGroupResourceId": Any,
            "DbClusterGroupResourceId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterGroupSnapshotsParameters = TypedDict(
        "DescribeDBClusterGroupSnapshotsParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterGroupSnapshotIdentifier": Any,
            "DbClusterGroupSnapshotIdentifier.$": Any,
            "SnapshotType": Any,
            "SnapshotType.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    DescribeDBClusterGroupsParameters = TypedDict(
        "DescribeDBClusterGroupsParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterParameterGroupsParameters = TypedDict(
        "DescribeDBClusterParameterGroupsParameters",
        {
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterParametersParameters = TypedDict(
        "DescribeDBClusterParametersParameters",
        {
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "Source": Any,
            "Source.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterSnapshotAttributesParameters = TypedDict(
        "DescribeDBClusterSnapshotAttributesParameters",
        {"DbClusterSnapshotIdentifier": Any, "DbClusterSnapshotIdentifier.$": Any},
        total=False,
    )
    DescribeDBClusterSnapshotDataGroupsParameters = TypedDict(
        "DescribeDBClusterSnapshotDataGroupsParameters",
        {
            "DbClusterSnapshotIdentifier": Any,
            "DbClusterSnapshotIdentifier.$": Any,
            "DataGroupIdentifier": Any,
            "DataGroupIdentifier.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBClusterSnapshotsParameters = TypedDict(
        "DescribeDBClusterSnapshotsParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterSnapshotIdentifier": Any,
            "DbClusterSnapshotIdentifier.$": Any,
            "SnapshotType": Any,
            "SnapshotType.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "IncludeShared": Any,
            "IncludeShared.$": Any,
            "IncludePublic": Any,
            "IncludePublic.$": Any,
            "DbClusterResourceId": Any,
            "DbClusterResourceId.$": Any,
        },
        total=False,
    )
    DescribeDBClustersParameters = TypedDict(
        "DescribeDBClustersParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "IncludeShared": Any,
            "IncludeShared.$": Any,
        },
        total=False,
    )
    DescribeDBEngineVersionsParameters = TypedDict(
        "DescribeDBEngineVersionsParameters",
        {
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "DbParameterGroupFamily": Any,
            "DbParameterGroupFamily.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "DefaultOnly": Any,
            "DefaultOnly.$": Any,
            "ListSupportedCharacterSets": Any,
            "ListSupportedCharacterSets.$": Any,
            "ListSupportedTimezones": Any,
            "ListSupportedTimezones.$": Any,
            "IncludeAll": Any,
            "IncludeAll.$": Any,
        },
        total=False,
    )
    DescribeDBInstanceAutomatedBackupsParameters = TypedDict(
        "DescribeDBInstanceAutomatedBackupsParameters",
        {
            "DbiResourceId": Any,
            "DbiResourceId.$": Any,
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "DbInstanceAutomatedBackupsArn": Any,
            "DbInstanceAutomatedBackupsArn.$": Any,
        },
        total=False,
    )
    DescribeDBInstancesParameters = TypedDict(
        "DescribeDBInstancesParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBLogFilesParameters = TypedDict(
        "DescribeDBLogFilesParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "FilenameContains": Any,
            "FilenameContains.$": Any,
            "FileLastWritten": Any,
            "FileLastWritten.$": Any,
            "FileSize": Any,
            "FileSize.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBMajorEngineVersionsParameters = TypedDict(
        "DescribeDBMajorEngineVersionsParameters",
        {
            "Engine": Any,
            "Engine.$": Any,
            "MajorEngineVersion": Any,
            "MajorEngineVersion.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBParameterGroupsParameters = TypedDict(
        "DescribeDBParameterGroupsParameters",
        {
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBParametersParameters = TypedDict(
        "DescribeDBParametersParameters",
        {
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "Source": Any,
            "Source.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBProxiesParameters = TypedDict(
        "DescribeDBProxiesParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBProxyEndpointsParameters = TypedDict(
        "DescribeDBProxyEndpointsParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "DbProxyEndpointName": Any,
            "DbProxyEndpointName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBProxyTargetGroupsParameters = TypedDict(
        "DescribeDBProxyTargetGroupsParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "TargetGroupName": Any,
            "TargetGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBProxyTargetsParameters = TypedDict(
        "DescribeDBProxyTargetsParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "TargetGroupName": Any,
            "TargetGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBRecommendationsParameters = TypedDict(
        "DescribeDBRecommendationsParameters",
        {
            "LastUpdatedAfter": Any,
            "LastUpdatedAfter.$": Any,
            "LastUpdatedBefore": Any,
            "LastUpdatedBefore.$": Any,
            "Locale": Any,
            "Locale.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBSecurityGroupsParameters = TypedDict(
        "DescribeDBSecurityGroupsParameters",
        {
            "DbSecurityGroupName": Any,
            "DbSecurityGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDBShardGroupsParameters = TypedDict(
        "DescribeDBShardGroupsParameters",
        {
            "DbShardGroupIdentifier": Any,
            "DbShardGroupIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeDBSnapshotAttributesParameters = TypedDict(
        "DescribeDBSnapshotAttributesParameters",
        {"DbSnapshotIdentifier": Any, "DbSnapshotIdentifier.$": Any},
        total=False,
    )
    DescribeDBSnapshotTenantDatabasesParameters = TypedDict(
        "DescribeDBSnapshotTenantDatabasesParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "SnapshotType": Any,
            "SnapshotType.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "DbiResourceId": Any,
            "DbiResourceId.$": Any,
        },
        total=False,
    )
    DescribeDBSnapshotsParameters = TypedDict(
        "DescribeDBSnapshotsParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "SnapshotType": Any,
            "SnapshotType.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "IncludeShared": Any,
            "IncludeShared.$": Any,
            "IncludePublic": Any,
            "IncludePublic.$": Any,
            "DbiResourceId": Any,
            "DbiResourceId.$": Any,
        },
        total=False,
    )
    DescribeDBSubnetGroupsParameters = TypedDict(
        "DescribeDBSubnetGroupsParameters",
        {
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDataGroupRestoreWindowsParameters = TypedDict(
        "DescribeDataGroupRestoreWindowsParameters",
        {
            "DataGroupIdentifier": Any,
            "DataGroupIdentifier.$": Any,
            "DbClusterAutomatedBackupsArn": Any,
            "DbClusterAutomatedBackupsArn.$": Any,
            "RestoreToTime": Any,
            "RestoreToTime.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeDataGroupsParameters = TypedDict(
        "DescribeDataGroupsParameters",
        {
            "DataGroupIdentifier": Any,
            "DataGroupIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeEngineDefaultClusterParametersParameters = TypedDict(
        "DescribeEngineDefaultClusterParametersParameters",
        {
            "DbParameterGroupFamily": Any,
            "DbParameterGroupFamily.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeEngineDefaultParametersParameters = TypedDict(
        "DescribeEngineDefaultParametersParameters",
        {
            "DbParameterGroupFamily": Any,
            "DbParameterGroupFamily.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeEventCategoriesParameters = TypedDict(
        "DescribeEventCategoriesParameters",
        {"SourceType": Any, "SourceType.$": Any, "Filters": Any, "Filters.$": Any},
        total=False,
    )
    DescribeEventSubscriptionsParameters = TypedDict(
        "DescribeEventSubscriptionsParameters",
        {
            "SubscriptionName": Any,
            "SubscriptionName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeEventsParameters = TypedDict(
        "DescribeEventsParameters",
        {
            "SourceIdentifier": Any,
            "SourceIdentifier.$": Any,
            "SourceType": Any,
            "SourceType.$": Any,
            "StartTime": Any,
            "StartTime.$": Any,
            "EndTime": Any,
            "EndTime.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "EventCategories": Any,
            "EventCategories.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeExportTasksParameters = TypedDict(
        "DescribeExportTasksParameters",
        {
            "ExportTaskIdentifier": Any,
            "ExportTaskIdentifier.$": Any,
            "SourceArn": Any,
            "SourceArn.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "SourceType": Any,
            "SourceType.$": Any,
        },
        total=False,
    )
    DescribeGlobalClustersParameters = TypedDict(
        "DescribeGlobalClustersParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeIntegrationsParameters = TypedDict(
        "DescribeIntegrationsParameters",
        {
            "IntegrationIdentifier": Any,
            "IntegrationIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeOptionGroupOptionsParameters = TypedDict(
        "DescribeOptionGroupOptionsParameters",
        {
            "EngineName": Any,
            "EngineName.$": Any,
            "MajorEngineVersion": Any,
            "MajorEngineVersion.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeOptionGroupsParameters = TypedDict(
        "DescribeOptionGroupsParameters",
        {
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "EngineName": Any,
            "EngineName.$": Any,
            "MajorEngineVersion": Any,
            "MajorEngineVersion.$": Any,
        },
        total=False,
    )
    DescribeOrderableDBInstanceOptionsParameters = TypedDict(
        "DescribeOrderableDBInstanceOptionsParameters",
        {
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "AvailabilityZoneGroup": Any,
            "AvailabilityZoneGroup.$": Any,
            "Vpc": Any,
            "Vpc.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribePendingMaintenanceActionsParameters = TypedDict(
        "DescribePendingMaintenanceActionsParameters",
        {
            "ResourceIdentifier": Any,
            "ResourceIdentifier.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeReservedDBInstancesParameters = TypedDict(
        "DescribeReservedDBInstancesParameters",
        {
            "ReservedDBInstanceId": Any,
            "ReservedDBInstanceId.$": Any,
            "ReservedDBInstancesOfferingId": Any,
            "ReservedDBInstancesOfferingId.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "ProductDescription": Any,
            "ProductDescription.$": Any,
            "OfferingType": Any,
            "OfferingType.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "LeaseId": Any,
            "LeaseId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeReservedDBInstancesOfferingsParameters = TypedDict(
        "DescribeReservedDBInstancesOfferingsParameters",
        {
            "ReservedDBInstancesOfferingId": Any,
            "ReservedDBInstancesOfferingId.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "ProductDescription": Any,
            "ProductDescription.$": Any,
            "OfferingType": Any,
            "OfferingType.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeServerlessV2PlatformVersionsParameters = TypedDict(
        "DescribeServerlessV2PlatformVersionsParameters",
        {
            "ServerlessV2PlatformVersion": Any,
            "ServerlessV2PlatformVersion.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "DefaultOnly": Any,
            "DefaultOnly.$": Any,
            "IncludeAll": Any,
            "IncludeAll.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
        },
        total=False,
    )
    DescribeSourceRegionsParameters = TypedDict(
        "DescribeSourceRegionsParameters",
        {
            "RegionName": Any,
            "RegionName.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    DescribeTenantDatabasesParameters = TypedDict(
        "DescribeTenantDatabasesParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "TenantDBName": Any,
            "TenantDBName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxRecords": Any,
            "MaxRecords.$": Any,
        },
        total=False,
    )
    DescribeValidDBInstanceModificationsParameters = TypedDict(
        "DescribeValidDBInstanceModificationsParameters",
        {"DbInstanceIdentifier": Any, "DbInstanceIdentifier.$": Any},
        total=False,
    )
    DisableHttpEndpointParameters = TypedDict(
        "DisableHttpEndpointParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    DownloadDBLogFilePortionParameters = TypedDict(
        "DownloadDBLogFilePortionParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "LogFileName": Any,
            "LogFileName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "NumberOfLines": Any,
            "NumberOfLines.$": Any,
        },
        total=False,
    )
    EnableHttpEndpointParameters = TypedDict(
        "EnableHttpEndpointParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    FailoverDBClusterParameters = TypedDict(
        "FailoverDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "TargetDBInstanceIdentifier": Any,
            "TargetDBInstanceIdentifier.$": Any,
        },
        total=False,
    )
    FailoverGlobalClusterParameters = TypedDict(
        "FailoverGlobalClusterParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "TargetDbClusterIdentifier": Any,
            "TargetDbClusterIdentifier.$": Any,
            "AllowDataLoss": Any,
            "AllowDataLoss.$": Any,
            "Switchover": Any,
            "Switchover.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters",
        {"ResourceName": Any, "ResourceName.$": Any, "Filters": Any, "Filters.$": Any},
        total=False,
    )
    ModifyActivityStreamParameters = TypedDict(
        "ModifyActivityStreamParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "AuditPolicyState": Any,
            "AuditPolicyState.$": Any,
        },
        total=False,
    )
    ModifyCertificatesParameters = TypedDict(
        "ModifyCertificatesParameters",
        {
            "CertificateIdentifier": Any,
            "CertificateIdentifier.$": Any,
            "RemoveCustomerOverride": Any,
            "RemoveCustomerOverride.$": Any,
        },
        total=False,
    )
    ModifyCurrentDBClusterCapacityParameters = TypedDict(
        "ModifyCurrentDBClusterCapacityParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "Capacity": Any,
            "Capacity.$": Any,
            "SecondsBeforeTimeout": Any,
            "SecondsBeforeTimeout.$": Any,
            "TimeoutAction": Any,
            "TimeoutAction.$": Any,
        },
        total=False,
    )
    ModifyCustomDBEngineVersionParameters = TypedDict(
        "ModifyCustomDBEngineVersionParameters",
        {
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Status": Any,
            "Status.$": Any,
        },
        total=False,
    )
    ModifyDBCapacityReservationParameters = TypedDict(
        "ModifyDBCapacityReservationParameters",
        {
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "CapacityPerAvailabilityZone": Any,
            "CapacityPerAvailabilityZone.$": Any,
            "EndDateType": Any,
            "EndDateType.$": Any,
            "EndDate": Any,
            "EndDate.$": Any,
        },
        total=False,
    )
    ModifyDBClusterParameters = TypedDict(
        "ModifyDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "NewDBClusterIdentifier": Any,
            "NewDBClusterIdentifier.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "BacktrackWindow": Any,
            "BacktrackWindow.$": Any,
            "CloudwatchLogsExportConfiguration": Any,
            "CloudwatchLogsExportConfiguration.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "AllowMajorVersionUpgrade": Any,
            "AllowMajorVersionUpgrade.$": Any,
            "DbInstanceParameterGroupName": Any,
            "DbInstanceParameterGroupName.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "ScalingConfiguration": Any,
            "ScalingConfiguration.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableHttpEndpoint": Any,
            "EnableHttpEndpoint.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "EnableGlobalWriteForwarding": Any,
            "EnableGlobalWriteForwarding.$": Any,
            "DbClusterInstanceClass": Any,
            "DbClusterInstanceClass.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "ServerlessV2ScalingConfiguration": Any,
            "ServerlessV2ScalingConfiguration.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "RotateMasterUserPassword": Any,
            "RotateMasterUserPassword.$": Any,
            "EnableLocalWriteForwarding": Any,
            "EnableLocalWriteForwarding.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "EngineMode": Any,
            "EngineMode.$": Any,
            "AllowEngineModeChange": Any,
            "AllowEngineModeChange.$": Any,
            "AwsBackupRecoveryPointArn": Any,
            "AwsBackupRecoveryPointArn.$": Any,
            "EnableLimitlessDatabase": Any,
            "EnableLimitlessDatabase.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "MasterUserAuthenticationType": Any,
            "MasterUserAuthenticationType.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "EnableInternetAccessGateway": Any,
            "EnableInternetAccessGateway.$": Any,
            "EnableVPCNetworking": Any,
            "EnableVPCNetworking.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "DbClusterGroupUpgradeWave": Any,
            "DbClusterGroupUpgradeWave.$": Any,
        },
        total=False,
    )
    ModifyDBClusterEndpointParameters = TypedDict(
        "ModifyDBClusterEndpointParameters",
        {
            "DbClusterEndpointIdentifier": Any,
            "DbClusterEndpointIdentifier.$": Any,
            "EndpointType": Any,
            "EndpointType.$": Any,
            "StaticMembers": Any,
            "StaticMembers.$": Any,
            "ExcludedMembers": Any,
            "ExcludedMembers.$": Any,
        },
        total=False,
    )
    ModifyDBClusterGroupParameters = TypedDict(
        "ModifyDBClusterGroupParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableRouting": Any,
            "EnableRouting.$": Any,
            "RoutingEndpointConfiguration": Any,
            "RoutingEndpointConfiguration.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
            "AdminUsername": Any,
            "AdminUsername.$": Any,
            "AdminUserPassword": Any,
            "AdminUserPassword.$": Any,
        },
        total=False,
    )
    ModifyDBClusterParameterGroupParameters = TypedDict(
        "ModifyDBClusterParameterGroupParameters",
        {
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    ModifyDBClusterSnapshotAttributeParameters = TypedDict(
        "ModifyDBClusterSnapshotAttributeParameters",
        {
            "DbClusterSnapshotIdentifier": Any,
            "DbClusterSnapshotIdentifier.$": Any,
            "AttributeName": Any,
            "AttributeName.$": Any,
            "ValuesToAdd": Any,
            "ValuesToAdd.$": Any,
            "ValuesToRemove": Any,
            "ValuesToRemove.$": Any,
        },
        total=False,
    )
    ModifyDBInstanceParameters = TypedDict(
        "ModifyDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "DbSecurityGroups": Any,
            "DbSecurityGroups.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "AllowMajorVersionUpgrade": Any,
            "AllowMajorVersionUpgrade.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "NewDBInstanceIdentifier": Any,
            "NewDBInstanceIdentifier.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "TdeCredentialArn": Any,
            "TdeCredentialArn.$": Any,
            "TdeCredentialPassword": Any,
            "TdeCredentialPassword.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainFqdn": Any,
            "DomainFqdn.$": Any,
            "DomainOu": Any,
            "DomainOu.$": Any,
            "DomainAuthSecretArn": Any,
            "DomainAuthSecretArn.$": Any,
            "DomainDnsIps": Any,
            "DomainDnsIps.$": Any,
            "DisableDomain": Any,
            "DisableDomain.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "DbPortNumber": Any,
            "DbPortNumber.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "PromotionTier": Any,
            "PromotionTier.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "CloudwatchLogsExportConfiguration": Any,
            "CloudwatchLogsExportConfiguration.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "UseDefaultProcessorFeatures": Any,
            "UseDefaultProcessorFeatures.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "MaxAllocatedStorage": Any,
            "MaxAllocatedStorage.$": Any,
            "CertificateRotationRestart": Any,
            "CertificateRotationRestart.$": Any,
            "ReplicaMode": Any,
            "ReplicaMode.$": Any,
            "AutomationMode": Any,
            "AutomationMode.$": Any,
            "ResumeFullAutomationModeMinutes": Any,
            "ResumeFullAutomationModeMinutes.$": Any,
            "EnableCustomerOwnedIp": Any,
            "EnableCustomerOwnedIp.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "AwsBackupRecoveryPointArn": Any,
            "AwsBackupRecoveryPointArn.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "RotateMasterUserPassword": Any,
            "RotateMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "MultiTenant": Any,
            "MultiTenant.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "MasterUserAuthenticationType": Any,
            "MasterUserAuthenticationType.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
        },
        total=False,
    )
    ModifyDBParameterGroupParameters = TypedDict(
        "ModifyDBParameterGroupParameters",
        {
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    ModifyDBProxyParameters = TypedDict(
        "ModifyDBProxyParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "NewDBProxyName": Any,
            "NewDBProxyName.$": Any,
            "DefaultAuthScheme": Any,
            "DefaultAuthScheme.$": Any,
            "Auth": Any,
            "Auth.$": Any,
            "RequireTLS": Any,
            "RequireTLS.$": Any,
            "IdleClientTimeout": Any,
            "IdleClientTimeout.$": Any,
            "DebugLogging": Any,
            "DebugLogging.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "SecurityGroups": Any,
            "SecurityGroups.$": Any,
        },
        total=False,
    )
    ModifyDBProxyEndpointParameters = TypedDict(
        "ModifyDBProxyEndpointParameters",
        {
            "DbProxyEndpointName": Any,
            "DbProxyEndpointName.$": Any,
            "NewDBProxyEndpointName": Any,
            "NewDBProxyEndpointName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
        },
        total=False,
    )
    ModifyDBProxyTargetGroupParameters = TypedDict(
        "ModifyDBProxyTargetGroupParameters",
        {
            "TargetGroupName": Any,
            "TargetGroupName.$": Any,
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "ConnectionPoolConfig": Any,
            "ConnectionPoolConfig.$": Any,
            "NewName": Any,
            "NewName.$": Any,
        },
        total=False,
    )
    ModifyDBRecommendationParameters = TypedDict(
        "ModifyDBRecommendationParameters",
        {
            "RecommendationId": Any,
            "RecommendationId.$": Any,
            "Locale": Any,
            "Locale.$": Any,
            "Status": Any,
            "Status.$": Any,
            "RecommendedActionUpdates": Any,
            "RecommendedActionUpdates.$": Any,
        },
        total=False,
    )
    ModifyDBShardGroupParameters = TypedDict(
        "ModifyDBShardGroupParameters",
        {
            "DbShardGroupIdentifier": Any,
            "DbShardGroupIdentifier.$": Any,
            "MaxACU": Any,
            "MaxACU.$": Any,
            "MinACU": Any,
            "MinACU.$": Any,
            "ComputeRedundancy": Any,
            "ComputeRedundancy.$": Any,
        },
        total=False,
    )
    ModifyDBSnapshotParameters = TypedDict(
        "ModifyDBSnapshotParameters",
        {
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
        },
        total=False,
    )
    ModifyDBSnapshotAttributeParameters = TypedDict(
        "ModifyDBSnapshotAttributeParameters",
        {
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "AttributeName": Any,
            "AttributeName.$": Any,
            "ValuesToAdd": Any,
            "ValuesToAdd.$": Any,
            "ValuesToRemove": Any,
            "ValuesToRemove.$": Any,
        },
        total=False,
    )
    ModifyDBSubnetGroupParameters = TypedDict(
        "ModifyDBSubnetGroupParameters",
        {
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "DbSubnetGroupDescription": Any,
            "DbSubnetGroupDescription.$": Any,
            "SubnetIds": Any,
            "SubnetIds.$": Any,
        },
        total=False,
    )
    ModifyDataGroupParameters = TypedDict(
        "ModifyDataGroupParameters",
        {
            "DataGroupIdentifier": Any,
            "DataGroupIdentifier.$": Any,
            "EnableEndpoint": Any,
            "EnableEndpoint.$": Any,
            "DataGroupEndpointName": Any,
            "DataGroupEndpointName.$": Any,
        },
        total=False,
    )
    ModifyEventSubscriptionParameters = TypedDict(
        "ModifyEventSubscriptionParameters",
        {
            "SubscriptionName": Any,
            "SubscriptionName.$": Any,
            "SnsTopicArn": Any,
            "SnsTopicArn.$": Any,
            "SourceType": Any,
            "SourceType.$": Any,
            "EventCategories": Any,
            "EventCategories.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
        },
        total=False,
    )
    ModifyGlobalClusterParameters = TypedDict(
        "ModifyGlobalClusterParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "NewGlobalClusterIdentifier": Any,
            "NewGlobalClusterIdentifier.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "AllowMajorVersionUpgrade": Any,
            "AllowMajorVersionUpgrade.$": Any,
        },
        total=False,
    )
    ModifyIntegrationParameters = TypedDict(
        "ModifyIntegrationParameters",
        {
            "IntegrationIdentifier": Any,
            "IntegrationIdentifier.$": Any,
            "IntegrationName": Any,
            "IntegrationName.$": Any,
            "DataFilter": Any,
            "DataFilter.$": Any,
            "Description": Any,
            "Description.$": Any,
            "DataRules": Any,
            "DataRules.$": Any,
        },
        total=False,
    )
    ModifyOptionGroupParameters = TypedDict(
        "ModifyOptionGroupParameters",
        {
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "OptionsToInclude": Any,
            "OptionsToInclude.$": Any,
            "OptionsToRemove": Any,
            "OptionsToRemove.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
        },
        total=False,
    )
    ModifyTenantDatabaseParameters = TypedDict(
        "ModifyTenantDatabaseParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "TenantDBName": Any,
            "TenantDBName.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "NewTenantDBName": Any,
            "NewTenantDBName.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "RotateMasterUserPassword": Any,
            "RotateMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
        },
        total=False,
    )
    MoveDataGroupParameters = TypedDict(
        "MoveDataGroupParameters",
        {
            "DataGroupIdentifier": Any,
            "DataGroupIdentifier.$": Any,
            "MoveOperation": Any,
            "MoveOperation.$": Any,
            "TargetDBClusterIdentifier": Any,
            "TargetDBClusterIdentifier.$": Any,
        },
        total=False,
    )
    PromoteReadReplicaParameters = TypedDict(
        "PromoteReadReplicaParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
        },
        total=False,
    )
    PromoteReadReplicaDBClusterParameters = TypedDict(
        "PromoteReadReplicaDBClusterParameters",
        {"DbClusterIdentifier": Any, "DbClusterIdentifier.$": Any},
        total=False,
    )
    PurchaseReservedDBInstancesOfferingParameters = TypedDict(
        "PurchaseReservedDBInstancesOfferingParameters",
        {
            "ReservedDBInstancesOfferingId": Any,
            "ReservedDBInstancesOfferingId.$": Any,
            "ReservedDBInstanceId": Any,
            "ReservedDBInstanceId.$": Any,
            "DbInstanceCount": Any,
            "DbInstanceCount.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    RebootDBClusterParameters = TypedDict(
        "RebootDBClusterParameters",
        {"DbClusterIdentifier": Any, "DbClusterIdentifier.$": Any},
        total=False,
    )
    RebootDBInstanceParameters = TypedDict(
        "RebootDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "ForceFailover": Any,
            "ForceFailover.$": Any,
        },
        total=False,
    )
    RebootDBShardGroupParameters = TypedDict(
        "RebootDBShardGroupParameters",
        {"DbShardGroupIdentifier": Any, "DbShardGroupIdentifier.$": Any},
        total=False,
    )
    RegisterDBProxyTargetsParameters = TypedDict(
        "RegisterDBProxyTargetsParameters",
        {
            "DbProxyName": Any,
            "DbProxyName.$": Any,
            "TargetGroupName": Any,
            "TargetGroupName.$": Any,
            "DbInstanceIdentifiers": Any,
            "DbInstanceIdentifiers.$": Any,
            "DbClusterIdentifiers": Any,
            "DbClusterIdentifiers.$": Any,
        },
        total=False,
    )
    RemoveDBClusterFromDBClusterGroupParameters = TypedDict(
        "RemoveDBClusterFromDBClusterGroupParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
        },
        total=False,
    )
    RemoveFromGlobalClusterParameters = TypedDict(
        "RemoveFromGlobalClusterParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
        },
        total=False,
    )
    RemoveRoleFromDBClusterParameters = TypedDict(
        "RemoveRoleFromDBClusterParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "FeatureName": Any,
            "FeatureName.$": Any,
        },
        total=False,
    )
    RemoveRoleFromDBInstanceParameters = TypedDict(
        "RemoveRoleFromDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "FeatureName": Any,
            "FeatureName.$": Any,
        },
        total=False,
    )
    RemoveSourceIdentifierFromSubscriptionParameters = TypedDict(
        "RemoveSourceIdentifierFromSubscriptionParameters",
        {
            "SubscriptionName": Any,
            "SubscriptionName.$": Any,
            "SourceIdentifier": Any,
            "SourceIdentifier.$": Any,
        },
        total=False,
    )
    RemoveTagsFromResourceParameters = TypedDict(
        "RemoveTagsFromResourceParameters",
        {"ResourceName": Any, "ResourceName.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    ResetDBClusterParameterGroupParameters = TypedDict(
        "ResetDBClusterParameterGroupParameters",
        {
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "ResetAllParameters": Any,
            "ResetAllParameters.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    ResetDBParameterGroupParameters = TypedDict(
        "ResetDBParameterGroupParameters",
        {
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "ResetAllParameters": Any,
            "ResetAllParameters.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    RestoreDBClusterFromS3Parameters = TypedDict(
        "RestoreDBClusterFromS3Parameters",
        {
            "AvailabilityZones": Any,
            "AvailabilityZones.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "CharacterSetName": Any,
            "CharacterSetName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MasterUsername": Any,
            "MasterUsername.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "StorageEncrypted": Any,
            "StorageEncrypted.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "SourceEngine": Any,
            "SourceEngine.$": Any,
            "SourceEngineVersion": Any,
            "SourceEngineVersion.$": Any,
            "S3BucketName": Any,
            "S3BucketName.$": Any,
            "S3Prefix": Any,
            "S3Prefix.$": Any,
            "S3IngestionRoleArn": Any,
            "S3IngestionRoleArn.$": Any,
            "BacktrackWindow": Any,
            "BacktrackWindow.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "ServerlessV2ScalingConfiguration": Any,
            "ServerlessV2ScalingConfiguration.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "AssociatedRoles": Any,
            "AssociatedRoles.$": Any,
        },
        total=False,
    )
    RestoreDBClusterFromSnapshotParameters = TypedDict(
        "RestoreDBClusterFromSnapshotParameters",
        {
            "AvailabilityZones": Any,
            "AvailabilityZones.$": Any,
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "SnapshotIdentifier": Any,
            "SnapshotIdentifier.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "Port": Any,
            "Port.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "BacktrackWindow": Any,
            "BacktrackWindow.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "EngineMode": Any,
            "EngineMode.$": Any,
            "ScalingConfiguration": Any,
            "ScalingConfiguration.$": Any,
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "DbClusterInstanceClass": Any,
            "DbClusterInstanceClass.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "ServerlessV2ScalingConfiguration": Any,
            "ServerlessV2ScalingConfiguration.$": Any,
            "RdsCustomClusterConfiguration": Any,
            "RdsCustomClusterConfiguration.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "EnableVPCNetworking": Any,
            "EnableVPCNetworking.$": Any,
            "EnableInternetAccessGateway": Any,
            "EnableInternetAccessGateway.$": Any,
            "AssociatedRoles": Any,
            "AssociatedRoles.$": Any,
            "DataGroupRestoreConfigurations": Any,
            "DataGroupRestoreConfigurations.$": Any,
        },
        total=False,
    )
    RestoreDBClusterGroupFromSnapshotParameters = TypedDict(
        "RestoreDBClusterGroupFromSnapshotParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "MemberClusterProvisioningConfiguration": Any,
            "MemberClusterProvisioningConfiguration.$": Any,
            "MemberClusterOverrides": Any,
            "MemberClusterOverrides.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableRouting": Any,
            "EnableRouting.$": Any,
            "RoutingEndpointConfiguration": Any,
            "RoutingEndpointConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "AdminUsername": Any,
            "AdminUsername.$": Any,
            "AdminUserPassword": Any,
            "AdminUserPassword.$": Any,
            "DbClusterGroupSnapshotIdentifier": Any,
            "DbClusterGroupSnapshotIdentifier.$": Any,
        },
        total=False,
    )
    RestoreDBClusterGroupToPointInTimeParameters = TypedDict(
        "RestoreDBClusterGroupToPointInTimeParameters",
        {
            "DbClusterGroupIdentifier": Any,
            "DbClusterGroupIdentifier.$": Any,
            "MemberClusterProvisioningConfiguration": Any,
            "MemberClusterProvisioningConfiguration.$": Any,
            "MemberClusterOverrides": Any,
            "MemberClusterOverrides.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableRouting": Any,
            "EnableRouting.$": Any,
            "RoutingEndpointConfiguration": Any,
            "RoutingEndpointConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "AdminUsername": Any,
            "AdminUsername.$": Any,
            "AdminUserPassword": Any,
            "AdminUserPassword.$": Any,
            "SourceDBClusterGroupIdentifier": Any,
            "SourceDBClusterGroupIdentifier.$": Any,
            "SourceDBClusterGroupResourceId": Any,
            "SourceDBClusterGroupResourceId.$": Any,
            "RestoreToTime": Any,
            "RestoreToTime.$": Any,
            "UseLatestRestorableTime": Any,
            "UseLatestRestorableTime.$": Any,
        },
        total=False,
    )
    RestoreDBClusterToPointInTimeParameters = TypedDict(
        "RestoreDBClusterToPointInTimeParameters",
        {
            "DbClusterIdentifier": Any,
            "DbClusterIdentifier.$": Any,
            "RestoreType": Any,
            "RestoreType.$": Any,
            "SourceDBClusterIdentifier": Any,
            "SourceDBClusterIdentifier.$": Any,
            "RestoreToTime": Any,
            "RestoreToTime.$": Any,
            "UseLatestRestorableTime": Any,
            "UseLatestRestorableTime.$": Any,
            "Port": Any,
            "Port.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "BacktrackWindow": Any,
            "BacktrackWindow.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "DbClusterParameterGroupName": Any,
            "DbClusterParameterGroupName.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "DbClusterInstanceClass": Any,
            "DbClusterInstanceClass.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "SourceDbClusterResourceId": Any,
            "SourceDbClusterResourceId.$": Any,
            "ServerlessV2ScalingConfiguration": Any,
            "ServerlessV2ScalingConfiguration.$": Any,
            "ScalingConfiguration": Any,
            "ScalingConfiguration.$": Any,
            "EngineMode": Any,
            "EngineMode.$": Any,
            "RdsCustomClusterConfiguration": Any,
            "RdsCustomClusterConfiguration.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "EnableVPCNetworking": Any,
            "EnableVPCNetworking.$": Any,
            "EnableInternetAccessGateway": Any,
            "EnableInternetAccessGateway.$": Any,
            "AssociatedRoles": Any,
            "AssociatedRoles.$": Any,
            "DataGroupRestoreConfigurations": Any,
            "DataGroupRestoreConfigurations.$": Any,
        },
        total=False,
    )
    RestoreDBInstanceFromDBSnapshotParameters = TypedDict(
        "RestoreDBInstanceFromDBSnapshotParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Port": Any,
            "Port.$": Any,
            "AvailabilityZone": Any,
            "AvailabilityZone.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "DbName": Any,
            "DbName.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "TdeCredentialArn": Any,
            "TdeCredentialArn.$": Any,
            "TdeCredentialPassword": Any,
            "TdeCredentialPassword.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainFqdn": Any,
            "DomainFqdn.$": Any,
            "DomainOu": Any,
            "DomainOu.$": Any,
            "DomainAuthSecretArn": Any,
            "DomainAuthSecretArn.$": Any,
            "DomainDnsIps": Any,
            "DomainDnsIps.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "UseDefaultProcessorFeatures": Any,
            "UseDefaultProcessorFeatures.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "EnableCustomerOwnedIp": Any,
            "EnableCustomerOwnedIp.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "BackupTarget": Any,
            "BackupTarget.$": Any,
            "CustomIamInstanceProfile": Any,
            "CustomIamInstanceProfile.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "DbClusterSnapshotIdentifier": Any,
            "DbClusterSnapshotIdentifier.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
        },
        total=False,
    )
    RestoreDBInstanceFromS3Parameters = TypedDict(
        "RestoreDBInstanceFromS3Parameters",
        {
            "DbName": Any,
            "DbName.$": Any,
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "MasterUsername": Any,
            "MasterUsername.$": Any,
            "MasterUserPassword": Any,
            "MasterUserPassword.$": Any,
            "DbSecurityGroups": Any,
            "DbSecurityGroups.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "AvailabilityZone": Any,
            "AvailabilityZone.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "PreferredMaintenanceWindow": Any,
            "PreferredMaintenanceWindow.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "Port": Any,
            "Port.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "StorageEncrypted": Any,
            "StorageEncrypted.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "MonitoringInterval": Any,
            "MonitoringInterval.$": Any,
            "MonitoringRoleArn": Any,
            "MonitoringRoleArn.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "SourceEngine": Any,
            "SourceEngine.$": Any,
            "SourceEngineVersion": Any,
            "SourceEngineVersion.$": Any,
            "S3BucketName": Any,
            "S3BucketName.$": Any,
            "S3Prefix": Any,
            "S3Prefix.$": Any,
            "S3IngestionRoleArn": Any,
            "S3IngestionRoleArn.$": Any,
            "DatabaseInsightsMode": Any,
            "DatabaseInsightsMode.$": Any,
            "EnablePerformanceInsights": Any,
            "EnablePerformanceInsights.$": Any,
            "PerformanceInsightsKMSKeyId": Any,
            "PerformanceInsightsKMSKeyId.$": Any,
            "PerformanceInsightsRetentionPeriod": Any,
            "PerformanceInsightsRetentionPeriod.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "UseDefaultProcessorFeatures": Any,
            "UseDefaultProcessorFeatures.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "MaxAllocatedStorage": Any,
            "MaxAllocatedStorage.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
        },
        total=False,
    )
    RestoreDBInstanceToPointInTimeParameters = TypedDict(
        "RestoreDBInstanceToPointInTimeParameters",
        {
            "SourceDBInstanceIdentifier": Any,
            "SourceDBInstanceIdentifier.$": Any,
            "TargetDBInstanceIdentifier": Any,
            "TargetDBInstanceIdentifier.$": Any,
            "RestoreTime": Any,
            "RestoreTime.$": Any,
            "UseLatestRestorableTime": Any,
            "UseLatestRestorableTime.$": Any,
            "DbInstanceClass": Any,
            "DbInstanceClass.$": Any,
            "Port": Any,
            "Port.$": Any,
            "AvailabilityZone": Any,
            "AvailabilityZone.$": Any,
            "DbSubnetGroupName": Any,
            "DbSubnetGroupName.$": Any,
            "MultiAZ": Any,
            "MultiAZ.$": Any,
            "PubliclyAccessible": Any,
            "PubliclyAccessible.$": Any,
            "AutoMinorVersionUpgrade": Any,
            "AutoMinorVersionUpgrade.$": Any,
            "LicenseModel": Any,
            "LicenseModel.$": Any,
            "DbName": Any,
            "DbName.$": Any,
            "Engine": Any,
            "Engine.$": Any,
            "Iops": Any,
            "Iops.$": Any,
            "StorageThroughput": Any,
            "StorageThroughput.$": Any,
            "OptionGroupName": Any,
            "OptionGroupName.$": Any,
            "CopyTagsToSnapshot": Any,
            "CopyTagsToSnapshot.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "StorageType": Any,
            "StorageType.$": Any,
            "TdeCredentialArn": Any,
            "TdeCredentialArn.$": Any,
            "TdeCredentialPassword": Any,
            "TdeCredentialPassword.$": Any,
            "VpcSecurityGroupIds": Any,
            "VpcSecurityGroupIds.$": Any,
            "Domain": Any,
            "Domain.$": Any,
            "DomainIAMRoleName": Any,
            "DomainIAMRoleName.$": Any,
            "DomainFqdn": Any,
            "DomainFqdn.$": Any,
            "DomainOu": Any,
            "DomainOu.$": Any,
            "DomainAuthSecretArn": Any,
            "DomainAuthSecretArn.$": Any,
            "DomainDnsIps": Any,
            "DomainDnsIps.$": Any,
            "EnableIAMDatabaseAuthentication": Any,
            "EnableIAMDatabaseAuthentication.$": Any,
            "EnableCloudwatchLogsExports": Any,
            "EnableCloudwatchLogsExports.$": Any,
            "ProcessorFeatures": Any,
            "ProcessorFeatures.$": Any,
            "UseDefaultProcessorFeatures": Any,
            "UseDefaultProcessorFeatures.$": Any,
            "DbParameterGroupName": Any,
            "DbParameterGroupName.$": Any,
            "DeletionProtection": Any,
            "DeletionProtection.$": Any,
            "SourceDbiResourceId": Any,
            "SourceDbiResourceId.$": Any,
            "MaxAllocatedStorage": Any,
            "MaxAllocatedStorage.$": Any,
            "EnableCustomerOwnedIp": Any,
            "EnableCustomerOwnedIp.$": Any,
            "NetworkType": Any,
            "NetworkType.$": Any,
            "SourceDBInstanceAutomatedBackupsArn": Any,
            "SourceDBInstanceAutomatedBackupsArn.$": Any,
            "BackupTarget": Any,
            "BackupTarget.$": Any,
            "CustomIamInstanceProfile": Any,
            "CustomIamInstanceProfile.$": Any,
            "AllocatedStorage": Any,
            "AllocatedStorage.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "PreferredBackupWindow": Any,
            "PreferredBackupWindow.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
            "DedicatedLogVolume": Any,
            "DedicatedLogVolume.$": Any,
            "CaCertificateIdentifier": Any,
            "CaCertificateIdentifier.$": Any,
            "EngineLifecycleSupport": Any,
            "EngineLifecycleSupport.$": Any,
            "AdditionalStorageVolumes": Any,
            "AdditionalStorageVolumes.$": Any,
            "TagSpecifications": Any,
            "TagSpecifications.$": Any,
            "ManageMasterUserPassword": Any,
            "ManageMasterUserPassword.$": Any,
            "MasterUserSecretKmsKeyId": Any,
            "MasterUserSecretKmsKeyId.$": Any,
        },
        total=False,
    )
    ResyncIntegrationParameters = TypedDict(
        "ResyncIntegrationParameters",
        {
            "IntegrationIdentifier": Any,
            "IntegrationIdentifier.$": Any,
            "Tables": Any,
            "Tables.$": Any,
            "FullResync": Any,
            "FullResync.$": Any,
        },
        total=False,
    )
    RevokeDBSecurityGroupIngressParameters = TypedDict(
        "RevokeDBSecurityGroupIngressParameters",
        {
            "DbSecurityGroupName": Any,
            "DbSecurityGroupName.$": Any,
            "Cidrip": Any,
            "Cidrip.$": Any,
            "Ec2SecurityGroupName": Any,
            "Ec2SecurityGroupName.$": Any,
            "Ec2SecurityGroupId": Any,
            "Ec2SecurityGroupId.$": Any,
            "Ec2SecurityGroupOwnerId": Any,
            "Ec2SecurityGroupOwnerId.$": Any,
        },
        total=False,
    )
    StartActivityStreamParameters = TypedDict(
        "StartActivityStreamParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "Mode": Any,
            "Mode.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
            "EngineNativeAuditFieldsIncluded": Any,
            "EngineNativeAuditFieldsIncluded.$": Any,
        },
        total=False,
    )
    StartDBClusterParameters = TypedDict(
        "StartDBClusterParameters",
        {"DbClusterIdentifier": Any, "DbClusterIdentifier.$": Any},
        total=False,
    )
    StartDBInstanceParameters = TypedDict(
        "StartDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "DbCapacityReservationIdentifier": Any,
            "DbCapacityReservationIdentifier.$": Any,
        },
        total=False,
    )
    StartDBInstanceAutomatedBackupsReplicationParameters = TypedDict(
        "StartDBInstanceAutomatedBackupsReplicationParameters",
        {
            "SourceDBInstanceArn": Any,
            "SourceDBInstanceArn.$": Any,
            "BackupRetentionPeriod": Any,
            "BackupRetentionPeriod.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "PreSignedUrl": Any,
            "PreSignedUrl.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    StartExportTaskParameters = TypedDict(
        "StartExportTaskParameters",
        {
            "ExportTaskIdentifier": Any,
            "ExportTaskIdentifier.$": Any,
            "SourceArn": Any,
            "SourceArn.$": Any,
            "S3BucketName": Any,
            "S3BucketName.$": Any,
            "IamRoleArn": Any,
            "IamRoleArn.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "S3Prefix": Any,
            "S3Prefix.$": Any,
            "ExportOnly": Any,
            "ExportOnly.$": Any,
        },
        total=False,
    )
    StopActivityStreamParameters = TypedDict(
        "StopActivityStreamParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "ApplyImmediately": Any,
            "ApplyImmediately.$": Any,
        },
        total=False,
    )
    StopDBClusterParameters = TypedDict(
        "StopDBClusterParameters",
        {"DbClusterIdentifier": Any, "DbClusterIdentifier.$": Any},
        total=False,
    )
    StopDBInstanceParameters = TypedDict(
        "StopDBInstanceParameters",
        {
            "DbInstanceIdentifier": Any,
            "DbInstanceIdentifier.$": Any,
            "DbSnapshotIdentifier": Any,
            "DbSnapshotIdentifier.$": Any,
            "DetachFromDBCapacityReservation": Any,
            "DetachFromDBCapacityReservation.$": Any,
        },
        total=False,
    )
    StopDBInstanceAutomatedBackupsReplicationParameters = TypedDict(
        "StopDBInstanceAutomatedBackupsReplicationParameters",
        {"SourceDBInstanceArn": Any, "SourceDBInstanceArn.$": Any},
        total=False,
    )
    SwitchoverBlueGreenDeploymentParameters = TypedDict(
        "SwitchoverBlueGreenDeploymentParameters",
        {
            "BlueGreenDeploymentIdentifier": Any,
            "BlueGreenDeploymentIdentifier.$": Any,
            "SwitchoverTimeout": Any,
            "SwitchoverTimeout.$": Any,
        },
        total=False,
    )
    SwitchoverGlobalClusterParameters = TypedDict(
        "SwitchoverGlobalClusterParameters",
        {
            "GlobalClusterIdentifier": Any,
            "GlobalClusterIdentifier.$": Any,
            "TargetDbClusterIdentifier": Any,
            "TargetDbClusterIdentifier.$": Any,
        },
        total=False,
    )
    SwitchoverReadReplicaParameters = TypedDict(
        "SwitchoverReadReplicaParameters",
        {"DbInstanceIdentifier": Any, "DbInstanceIdentifier.$": Any},
        total=False,
    )


def add_db_cluster_to_db_cluster_group(
    name: str,
    parameters: AddDBClusterToDBClusterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:addDBClusterToDBClusterGroup (``arn:aws:states:::aws-sdk:rds:addDBClusterToDBClusterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:addDBClusterToDBClusterGroup", parameters, pattern, options)


def add_role_to_db_cluster(
    name: str,
    parameters: AddRoleToDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:addRoleToDBCluster (``arn:aws:states:::aws-sdk:rds:addRoleToDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:addRoleToDBCluster", parameters, pattern, options)


def add_role_to_db_instance(
    name: str,
    parameters: AddRoleToDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:addRoleToDBInstance (``arn:aws:states:::aws-sdk:rds:addRoleToDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:addRoleToDBInstance", parameters, pattern, options)


def add_source_identifier_to_subscription(
    name: str,
    parameters: AddSourceIdentifierToSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:addSourceIdentifierToSubscription (``arn:aws:states:::aws-sdk:rds:addSourceIdentifierToSubscription``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:addSourceIdentifierToSubscription", parameters, pattern, options)


def add_tags_to_resource(
    name: str,
    parameters: AddTagsToResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:addTagsToResource (``arn:aws:states:::aws-sdk:rds:addTagsToResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:addTagsToResource", parameters, pattern, options)


def apply_pending_maintenance_action(
    name: str,
    parameters: ApplyPendingMaintenanceActionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:applyPendingMaintenanceAction (``arn:aws:states:::aws-sdk:rds:applyPendingMaintenanceAction``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:applyPendingMaintenanceAction", parameters, pattern, options)


def authorize_db_security_group_ingress(
    name: str,
    parameters: AuthorizeDBSecurityGroupIngressParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:authorizeDBSecurityGroupIngress (``arn:aws:states:::aws-sdk:rds:authorizeDBSecurityGroupIngress``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:authorizeDBSecurityGroupIngress", parameters, pattern, options)


def backtrack_db_cluster(
    name: str,
    parameters: BacktrackDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:backtrackDBCluster (``arn:aws:states:::aws-sdk:rds:backtrackDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:backtrackDBCluster", parameters, pattern, options)


def cancel_db_capacity_reservation(
    name: str,
    parameters: CancelDBCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:cancelDBCapacityReservation (``arn:aws:states:::aws-sdk:rds:cancelDBCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:cancelDBCapacityReservation", parameters, pattern, options)


def cancel_export_task(
    name: str,
    parameters: CancelExportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:cancelExportTask (``arn:aws:states:::aws-sdk:rds:cancelExportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:cancelExportTask", parameters, pattern, options)


def copy_db_cluster_parameter_group(
    name: str,
    parameters: CopyDBClusterParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:copyDBClusterParameterGroup (``arn:aws:states:::aws-sdk:rds:copyDBClusterParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:copyDBClusterParameterGroup", parameters, pattern, options)


def copy_db_cluster_snapshot(
    name: str,
    parameters: CopyDBClusterSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:copyDBClusterSnapshot (``arn:aws:states:::aws-sdk:rds:copyDBClusterSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:copyDBClusterSnapshot", parameters, pattern, options)


def copy_db_parameter_group(
    name: str,
    parameters: CopyDBParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:copyDBParameterGroup (``arn:aws:states:::aws-sdk:rds:copyDBParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:copyDBParameterGroup", parameters, pattern, options)


def copy_db_snapshot(
    name: str,
    parameters: CopyDBSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:copyDBSnapshot (``arn:aws:states:::aws-sdk:rds:copyDBSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:copyDBSnapshot", parameters, pattern, options)


def copy_option_group(
    name: str,
    parameters: CopyOptionGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:copyOptionGroup (``arn:aws:states:::aws-sdk:rds:copyOptionGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:copyOptionGroup", parameters, pattern, options)


def create_blue_green_deployment(
    name: str,
    parameters: CreateBlueGreenDeploymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createBlueGreenDeployment (``arn:aws:states:::aws-sdk:rds:createBlueGreenDeployment``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createBlueGreenDeployment", parameters, pattern, options)


def create_branch(
    name: str,
    parameters: CreateBranchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createBranch (``arn:aws:states:::aws-sdk:rds:createBranch``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createBranch", parameters, pattern, options)


def create_custom_db_engine_version(
    name: str,
    parameters: CreateCustomDBEngineVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createCustomDBEngineVersion (``arn:aws:states:::aws-sdk:rds:createCustomDBEngineVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createCustomDBEngineVersion", parameters, pattern, options)


def create_db_capacity_reservation(
    name: str,
    parameters: CreateDBCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBCapacityReservation (``arn:aws:states:::aws-sdk:rds:createDBCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBCapacityReservation", parameters, pattern, options)


def create_db_cluster(
    name: str,
    parameters: CreateDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBCluster (``arn:aws:states:::aws-sdk:rds:createDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBCluster", parameters, pattern, options)


def create_db_cluster_endpoint(
    name: str,
    parameters: CreateDBClusterEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBClusterEndpoint (``arn:aws:states:::aws-sdk:rds:createDBClusterEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBClusterEndpoint", parameters, pattern, options)


def create_db_cluster_group(
    name: str,
    parameters: CreateDBClusterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBClusterGroup (``arn:aws:states:::aws-sdk:rds:createDBClusterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBClusterGroup", parameters, pattern, options)


def create_db_cluster_group_snapshot(
    name: str,
    parameters: CreateDBClusterGroupSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBClusterGroupSnapshot (``arn:aws:states:::aws-sdk:rds:createDBClusterGroupSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBClusterGroupSnapshot", parameters, pattern, options)


def create_db_cluster_parameter_group(
    name: str,
    parameters: CreateDBClusterParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBClusterParameterGroup (``arn:aws:states:::aws-sdk:rds:createDBClusterParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBClusterParameterGroup", parameters, pattern, options)


def create_db_cluster_snapshot(
    name: str,
    parameters: CreateDBClusterSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBClusterSnapshot (``arn:aws:states:::aws-sdk:rds:createDBClusterSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBClusterSnapshot", parameters, pattern, options)


def create_db_instance(
    name: str,
    parameters: CreateDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBInstance (``arn:aws:states:::aws-sdk:rds:createDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBInstance", parameters, pattern, options)


def create_db_instance_read_replica(
    name: str,
    parameters: CreateDBInstanceReadReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBInstanceReadReplica (``arn:aws:states:::aws-sdk:rds:createDBInstanceReadReplica``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBInstanceReadReplica", parameters, pattern, options)


def create_db_parameter_group(
    name: str,
    parameters: CreateDBParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBParameterGroup (``arn:aws:states:::aws-sdk:rds:createDBParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBParameterGroup", parameters, pattern, options)


def create_db_proxy(
    name: str,
    parameters: CreateDBProxyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBProxy (``arn:aws:states:::aws-sdk:rds:createDBProxy``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBProxy", parameters, pattern, options)


def create_db_proxy_endpoint(
    name: str,
    parameters: CreateDBProxyEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBProxyEndpoint (``arn:aws:states:::aws-sdk:rds:createDBProxyEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBProxyEndpoint", parameters, pattern, options)


def create_db_security_group(
    name: str,
    parameters: CreateDBSecurityGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBSecurityGroup (``arn:aws:states:::aws-sdk:rds:createDBSecurityGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBSecurityGroup", parameters, pattern, options)


def create_db_shard_group(
    name: str,
    parameters: CreateDBShardGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBShardGroup (``arn:aws:states:::aws-sdk:rds:createDBShardGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBShardGroup", parameters, pattern, options)


def create_db_snapshot(
    name: str,
    parameters: CreateDBSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBSnapshot (``arn:aws:states:::aws-sdk:rds:createDBSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBSnapshot", parameters, pattern, options)


def create_db_subnet_group(
    name: str,
    parameters: CreateDBSubnetGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDBSubnetGroup (``arn:aws:states:::aws-sdk:rds:createDBSubnetGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDBSubnetGroup", parameters, pattern, options)


def create_data_group(
    name: str,
    parameters: CreateDataGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createDataGroup (``arn:aws:states:::aws-sdk:rds:createDataGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createDataGroup", parameters, pattern, options)


def create_event_subscription(
    name: str,
    parameters: CreateEventSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createEventSubscription (``arn:aws:states:::aws-sdk:rds:createEventSubscription``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createEventSubscription", parameters, pattern, options)


def create_global_cluster(
    name: str,
    parameters: CreateGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createGlobalCluster (``arn:aws:states:::aws-sdk:rds:createGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createGlobalCluster", parameters, pattern, options)


def create_integration(
    name: str,
    parameters: CreateIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createIntegration (``arn:aws:states:::aws-sdk:rds:createIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createIntegration", parameters, pattern, options)


def create_option_group(
    name: str,
    parameters: CreateOptionGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createOptionGroup (``arn:aws:states:::aws-sdk:rds:createOptionGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createOptionGroup", parameters, pattern, options)


def create_tenant_database(
    name: str,
    parameters: CreateTenantDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:createTenantDatabase (``arn:aws:states:::aws-sdk:rds:createTenantDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:createTenantDatabase", parameters, pattern, options)


def delete_blue_green_deployment(
    name: str,
    parameters: DeleteBlueGreenDeploymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteBlueGreenDeployment (``arn:aws:states:::aws-sdk:rds:deleteBlueGreenDeployment``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteBlueGreenDeployment", parameters, pattern, options)


def delete_branch(
    name: str,
    parameters: DeleteBranchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteBranch (``arn:aws:states:::aws-sdk:rds:deleteBranch``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteBranch", parameters, pattern, options)


def delete_custom_db_engine_version(
    name: str,
    parameters: DeleteCustomDBEngineVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteCustomDBEngineVersion (``arn:aws:states:::aws-sdk:rds:deleteCustomDBEngineVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteCustomDBEngineVersion", parameters, pattern, options)


def delete_db_cluster(
    name: str,
    parameters: DeleteDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBCluster (``arn:aws:states:::aws-sdk:rds:deleteDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBCluster", parameters, pattern, options)


def delete_db_cluster_automated_backup(
    name: str,
    parameters: DeleteDBClusterAutomatedBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterAutomatedBackup (``arn:aws:states:::aws-sdk:rds:deleteDBClusterAutomatedBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterAutomatedBackup", parameters, pattern, options)


def delete_db_cluster_endpoint(
    name: str,
    parameters: DeleteDBClusterEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterEndpoint (``arn:aws:states:::aws-sdk:rds:deleteDBClusterEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterEndpoint", parameters, pattern, options)


def delete_db_cluster_group(
    name: str,
    parameters: DeleteDBClusterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterGroup (``arn:aws:states:::aws-sdk:rds:deleteDBClusterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterGroup", parameters, pattern, options)


def delete_db_cluster_group_automated_backup(
    name: str,
    parameters: DeleteDBClusterGroupAutomatedBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterGroupAutomatedBackup (``arn:aws:states:::aws-sdk:rds:deleteDBClusterGroupAutomatedBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterGroupAutomatedBackup", parameters, pattern, options)


def delete_db_cluster_group_snapshot(
    name: str,
    parameters: DeleteDBClusterGroupSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterGroupSnapshot (``arn:aws:states:::aws-sdk:rds:deleteDBClusterGroupSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterGroupSnapshot", parameters, pattern, options)


def delete_db_cluster_parameter_group(
    name: str,
    parameters: DeleteDBClusterParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterParameterGroup (``arn:aws:states:::aws-sdk:rds:deleteDBClusterParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterParameterGroup", parameters, pattern, options)


def delete_db_cluster_snapshot(
    name: str,
    parameters: DeleteDBClusterSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBClusterSnapshot (``arn:aws:states:::aws-sdk:rds:deleteDBClusterSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBClusterSnapshot", parameters, pattern, options)


def delete_db_instance(
    name: str,
    parameters: DeleteDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBInstance (``arn:aws:states:::aws-sdk:rds:deleteDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBInstance", parameters, pattern, options)


def delete_db_instance_automated_backup(
    name: str,
    parameters: DeleteDBInstanceAutomatedBackupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBInstanceAutomatedBackup (``arn:aws:states:::aws-sdk:rds:deleteDBInstanceAutomatedBackup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBInstanceAutomatedBackup", parameters, pattern, options)


def delete_db_parameter_group(
    name: str,
    parameters: DeleteDBParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBParameterGroup (``arn:aws:states:::aws-sdk:rds:deleteDBParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBParameterGroup", parameters, pattern, options)


def delete_db_proxy(
    name: str,
    parameters: DeleteDBProxyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBProxy (``arn:aws:states:::aws-sdk:rds:deleteDBProxy``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBProxy", parameters, pattern, options)


def delete_db_proxy_endpoint(
    name: str,
    parameters: DeleteDBProxyEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBProxyEndpoint (``arn:aws:states:::aws-sdk:rds:deleteDBProxyEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBProxyEndpoint", parameters, pattern, options)


def delete_db_security_group(
    name: str,
    parameters: DeleteDBSecurityGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBSecurityGroup (``arn:aws:states:::aws-sdk:rds:deleteDBSecurityGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBSecurityGroup", parameters, pattern, options)


def delete_db_shard_group(
    name: str,
    parameters: DeleteDBShardGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBShardGroup (``arn:aws:states:::aws-sdk:rds:deleteDBShardGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBShardGroup", parameters, pattern, options)


def delete_db_snapshot(
    name: str,
    parameters: DeleteDBSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBSnapshot (``arn:aws:states:::aws-sdk:rds:deleteDBSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBSnapshot", parameters, pattern, options)


def delete_db_subnet_group(
    name: str,
    parameters: DeleteDBSubnetGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDBSubnetGroup (``arn:aws:states:::aws-sdk:rds:deleteDBSubnetGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDBSubnetGroup", parameters, pattern, options)


def delete_data_group(
    name: str,
    parameters: DeleteDataGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteDataGroup (``arn:aws:states:::aws-sdk:rds:deleteDataGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteDataGroup", parameters, pattern, options)


def delete_event_subscription(
    name: str,
    parameters: DeleteEventSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteEventSubscription (``arn:aws:states:::aws-sdk:rds:deleteEventSubscription``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteEventSubscription", parameters, pattern, options)


def delete_global_cluster(
    name: str,
    parameters: DeleteGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteGlobalCluster (``arn:aws:states:::aws-sdk:rds:deleteGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteGlobalCluster", parameters, pattern, options)


def delete_integration(
    name: str,
    parameters: DeleteIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteIntegration (``arn:aws:states:::aws-sdk:rds:deleteIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteIntegration", parameters, pattern, options)


def delete_option_group(
    name: str,
    parameters: DeleteOptionGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteOptionGroup (``arn:aws:states:::aws-sdk:rds:deleteOptionGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteOptionGroup", parameters, pattern, options)


def delete_tenant_database(
    name: str,
    parameters: DeleteTenantDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deleteTenantDatabase (``arn:aws:states:::aws-sdk:rds:deleteTenantDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deleteTenantDatabase", parameters, pattern, options)


def deregister_db_proxy_targets(
    name: str,
    parameters: DeregisterDBProxyTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:deregisterDBProxyTargets (``arn:aws:states:::aws-sdk:rds:deregisterDBProxyTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:deregisterDBProxyTargets", parameters, pattern, options)


def describe_account_attributes(
    name: str,
    parameters: DescribeAccountAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeAccountAttributes (``arn:aws:states:::aws-sdk:rds:describeAccountAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeAccountAttributes", parameters, pattern, options)


def describe_blue_green_deployments(
    name: str,
    parameters: DescribeBlueGreenDeploymentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeBlueGreenDeployments (``arn:aws:states:::aws-sdk:rds:describeBlueGreenDeployments``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeBlueGreenDeployments", parameters, pattern, options)


def describe_branches(
    name: str,
    parameters: DescribeBranchesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeBranches (``arn:aws:states:::aws-sdk:rds:describeBranches``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeBranches", parameters, pattern, options)


def describe_certificates(
    name: str,
    parameters: DescribeCertificatesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeCertificates (``arn:aws:states:::aws-sdk:rds:describeCertificates``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeCertificates", parameters, pattern, options)


def describe_db_capacity_reservations(
    name: str,
    parameters: DescribeDBCapacityReservationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBCapacityReservations (``arn:aws:states:::aws-sdk:rds:describeDBCapacityReservations``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBCapacityReservations", parameters, pattern, options)


def describe_db_cluster_automated_backups(
    name: str,
    parameters: DescribeDBClusterAutomatedBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterAutomatedBackups (``arn:aws:states:::aws-sdk:rds:describeDBClusterAutomatedBackups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterAutomatedBackups", parameters, pattern, options)


def describe_db_cluster_backtracks(
    name: str,
    parameters: DescribeDBClusterBacktracksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterBacktracks (``arn:aws:states:::aws-sdk:rds:describeDBClusterBacktracks``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterBacktracks", parameters, pattern, options)


def describe_db_cluster_endpoints(
    name: str,
    parameters: DescribeDBClusterEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterEndpoints (``arn:aws:states:::aws-sdk:rds:describeDBClusterEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterEndpoints", parameters, pattern, options)


def describe_db_cluster_group_automated_backup_members(
    name: str,
    parameters: DescribeDBClusterGroupAutomatedBackupMembersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterGroupAutomatedBackupMembers (``arn:aws:states:::aws-sdk:rds:describeDBClusterGroupAutomatedBackupMembers``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:describeDBClusterGroupAutomatedBackupMembers", parameters, pattern, options
    )


def describe_db_cluster_group_automated_backups(
    name: str,
    parameters: DescribeDBClusterGroupAutomatedBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterGroupAutomatedBackups (``arn:aws:states:::aws-sdk:rds:describeDBClusterGroupAutomatedBackups``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:describeDBClusterGroupAutomatedBackups", parameters, pattern, options
    )


def describe_db_cluster_group_snapshots(
    name: str,
    parameters: DescribeDBClusterGroupSnapshotsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterGroupSnapshots (``arn:aws:states:::aws-sdk:rds:describeDBClusterGroupSnapshots``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterGroupSnapshots", parameters, pattern, options)


def describe_db_cluster_groups(
    name: str,
    parameters: DescribeDBClusterGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterGroups (``arn:aws:states:::aws-sdk:rds:describeDBClusterGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterGroups", parameters, pattern, options)


def describe_db_cluster_parameter_groups(
    name: str,
    parameters: DescribeDBClusterParameterGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterParameterGroups (``arn:aws:states:::aws-sdk:rds:describeDBClusterParameterGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterParameterGroups", parameters, pattern, options)


def describe_db_cluster_parameters(
    name: str,
    parameters: DescribeDBClusterParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterParameters (``arn:aws:states:::aws-sdk:rds:describeDBClusterParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterParameters", parameters, pattern, options)


def describe_db_cluster_snapshot_attributes(
    name: str,
    parameters: DescribeDBClusterSnapshotAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterSnapshotAttributes (``arn:aws:states:::aws-sdk:rds:describeDBClusterSnapshotAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterSnapshotAttributes", parameters, pattern, options)


def describe_db_cluster_snapshot_data_groups(
    name: str,
    parameters: DescribeDBClusterSnapshotDataGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterSnapshotDataGroups (``arn:aws:states:::aws-sdk:rds:describeDBClusterSnapshotDataGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterSnapshotDataGroups", parameters, pattern, options)


def describe_db_cluster_snapshots(
    name: str,
    parameters: DescribeDBClusterSnapshotsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusterSnapshots (``arn:aws:states:::aws-sdk:rds:describeDBClusterSnapshots``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusterSnapshots", parameters, pattern, options)


def describe_db_clusters(
    name: str,
    parameters: DescribeDBClustersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBClusters (``arn:aws:states:::aws-sdk:rds:describeDBClusters``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBClusters", parameters, pattern, options)


def describe_db_engine_versions(
    name: str,
    parameters: DescribeDBEngineVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBEngineVersions (``arn:aws:states:::aws-sdk:rds:describeDBEngineVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBEngineVersions", parameters, pattern, options)


def describe_db_instance_automated_backups(
    name: str,
    parameters: DescribeDBInstanceAutomatedBackupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBInstanceAutomatedBackups (``arn:aws:states:::aws-sdk:rds:describeDBInstanceAutomatedBackups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBInstanceAutomatedBackups", parameters, pattern, options)


def describe_db_instances(
    name: str,
    parameters: DescribeDBInstancesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBInstances (``arn:aws:states:::aws-sdk:rds:describeDBInstances``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBInstances", parameters, pattern, options)


def describe_db_log_files(
    name: str,
    parameters: DescribeDBLogFilesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBLogFiles (``arn:aws:states:::aws-sdk:rds:describeDBLogFiles``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBLogFiles", parameters, pattern, options)


def describe_db_major_engine_versions(
    name: str,
    parameters: DescribeDBMajorEngineVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBMajorEngineVersions (``arn:aws:states:::aws-sdk:rds:describeDBMajorEngineVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBMajorEngineVersions", parameters, pattern, options)


def describe_db_parameter_groups(
    name: str,
    parameters: DescribeDBParameterGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBParameterGroups (``arn:aws:states:::aws-sdk:rds:describeDBParameterGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBParameterGroups", parameters, pattern, options)


def describe_db_parameters(
    name: str,
    parameters: DescribeDBParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBParameters (``arn:aws:states:::aws-sdk:rds:describeDBParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBParameters", parameters, pattern, options)


def describe_db_proxies(
    name: str,
    parameters: DescribeDBProxiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBProxies (``arn:aws:states:::aws-sdk:rds:describeDBProxies``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBProxies", parameters, pattern, options)


def describe_db_proxy_endpoints(
    name: str,
    parameters: DescribeDBProxyEndpointsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBProxyEndpoints (``arn:aws:states:::aws-sdk:rds:describeDBProxyEndpoints``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBProxyEndpoints", parameters, pattern, options)


def describe_db_proxy_target_groups(
    name: str,
    parameters: DescribeDBProxyTargetGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBProxyTargetGroups (``arn:aws:states:::aws-sdk:rds:describeDBProxyTargetGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBProxyTargetGroups", parameters, pattern, options)


def describe_db_proxy_targets(
    name: str,
    parameters: DescribeDBProxyTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBProxyTargets (``arn:aws:states:::aws-sdk:rds:describeDBProxyTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBProxyTargets", parameters, pattern, options)


def describe_db_recommendations(
    name: str,
    parameters: DescribeDBRecommendationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBRecommendations (``arn:aws:states:::aws-sdk:rds:describeDBRecommendations``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBRecommendations", parameters, pattern, options)


def describe_db_security_groups(
    name: str,
    parameters: DescribeDBSecurityGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBSecurityGroups (``arn:aws:states:::aws-sdk:rds:describeDBSecurityGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBSecurityGroups", parameters, pattern, options)


def describe_db_shard_groups(
    name: str,
    parameters: DescribeDBShardGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBShardGroups (``arn:aws:states:::aws-sdk:rds:describeDBShardGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBShardGroups", parameters, pattern, options)


def describe_db_snapshot_attributes(
    name: str,
    parameters: DescribeDBSnapshotAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBSnapshotAttributes (``arn:aws:states:::aws-sdk:rds:describeDBSnapshotAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBSnapshotAttributes", parameters, pattern, options)


def describe_db_snapshot_tenant_databases(
    name: str,
    parameters: DescribeDBSnapshotTenantDatabasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBSnapshotTenantDatabases (``arn:aws:states:::aws-sdk:rds:describeDBSnapshotTenantDatabases``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBSnapshotTenantDatabases", parameters, pattern, options)


def describe_db_snapshots(
    name: str,
    parameters: DescribeDBSnapshotsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBSnapshots (``arn:aws:states:::aws-sdk:rds:describeDBSnapshots``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBSnapshots", parameters, pattern, options)


def describe_db_subnet_groups(
    name: str,
    parameters: DescribeDBSubnetGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDBSubnetGroups (``arn:aws:states:::aws-sdk:rds:describeDBSubnetGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDBSubnetGroups", parameters, pattern, options)


def describe_data_group_restore_windows(
    name: str,
    parameters: DescribeDataGroupRestoreWindowsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDataGroupRestoreWindows (``arn:aws:states:::aws-sdk:rds:describeDataGroupRestoreWindows``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDataGroupRestoreWindows", parameters, pattern, options)


def describe_data_groups(
    name: str,
    parameters: DescribeDataGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeDataGroups (``arn:aws:states:::aws-sdk:rds:describeDataGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeDataGroups", parameters, pattern, options)


def describe_engine_default_cluster_parameters(
    name: str,
    parameters: DescribeEngineDefaultClusterParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeEngineDefaultClusterParameters (``arn:aws:states:::aws-sdk:rds:describeEngineDefaultClusterParameters``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:describeEngineDefaultClusterParameters", parameters, pattern, options
    )


def describe_engine_default_parameters(
    name: str,
    parameters: DescribeEngineDefaultParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeEngineDefaultParameters (``arn:aws:states:::aws-sdk:rds:describeEngineDefaultParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeEngineDefaultParameters", parameters, pattern, options)


def describe_event_categories(
    name: str,
    parameters: DescribeEventCategoriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeEventCategories (``arn:aws:states:::aws-sdk:rds:describeEventCategories``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeEventCategories", parameters, pattern, options)


def describe_event_subscriptions(
    name: str,
    parameters: DescribeEventSubscriptionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeEventSubscriptions (``arn:aws:states:::aws-sdk:rds:describeEventSubscriptions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeEventSubscriptions", parameters, pattern, options)


def describe_events(
    name: str,
    parameters: DescribeEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeEvents (``arn:aws:states:::aws-sdk:rds:describeEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeEvents", parameters, pattern, options)


def describe_export_tasks(
    name: str,
    parameters: DescribeExportTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeExportTasks (``arn:aws:states:::aws-sdk:rds:describeExportTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeExportTasks", parameters, pattern, options)


def describe_global_clusters(
    name: str,
    parameters: DescribeGlobalClustersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeGlobalClusters (``arn:aws:states:::aws-sdk:rds:describeGlobalClusters``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeGlobalClusters", parameters, pattern, options)


def describe_integrations(
    name: str,
    parameters: DescribeIntegrationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeIntegrations (``arn:aws:states:::aws-sdk:rds:describeIntegrations``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeIntegrations", parameters, pattern, options)


def describe_option_group_options(
    name: str,
    parameters: DescribeOptionGroupOptionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeOptionGroupOptions (``arn:aws:states:::aws-sdk:rds:describeOptionGroupOptions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeOptionGroupOptions", parameters, pattern, options)


def describe_option_groups(
    name: str,
    parameters: DescribeOptionGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeOptionGroups (``arn:aws:states:::aws-sdk:rds:describeOptionGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeOptionGroups", parameters, pattern, options)


def describe_orderable_db_instance_options(
    name: str,
    parameters: DescribeOrderableDBInstanceOptionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeOrderableDBInstanceOptions (``arn:aws:states:::aws-sdk:rds:describeOrderableDBInstanceOptions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeOrderableDBInstanceOptions", parameters, pattern, options)


def describe_pending_maintenance_actions(
    name: str,
    parameters: DescribePendingMaintenanceActionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describePendingMaintenanceActions (``arn:aws:states:::aws-sdk:rds:describePendingMaintenanceActions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describePendingMaintenanceActions", parameters, pattern, options)


def describe_reserved_db_instances(
    name: str,
    parameters: DescribeReservedDBInstancesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeReservedDBInstances (``arn:aws:states:::aws-sdk:rds:describeReservedDBInstances``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeReservedDBInstances", parameters, pattern, options)


def describe_reserved_db_instances_offerings(
    name: str,
    parameters: DescribeReservedDBInstancesOfferingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeReservedDBInstancesOfferings (``arn:aws:states:::aws-sdk:rds:describeReservedDBInstancesOfferings``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeReservedDBInstancesOfferings", parameters, pattern, options)


def describe_serverless_v2_platform_versions(
    name: str,
    parameters: DescribeServerlessV2PlatformVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeServerlessV2PlatformVersions (``arn:aws:states:::aws-sdk:rds:describeServerlessV2PlatformVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeServerlessV2PlatformVersions", parameters, pattern, options)


def describe_source_regions(
    name: str,
    parameters: DescribeSourceRegionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeSourceRegions (``arn:aws:states:::aws-sdk:rds:describeSourceRegions``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeSourceRegions", parameters, pattern, options)


def describe_tenant_databases(
    name: str,
    parameters: DescribeTenantDatabasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeTenantDatabases (``arn:aws:states:::aws-sdk:rds:describeTenantDatabases``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeTenantDatabases", parameters, pattern, options)


def describe_valid_db_instance_modifications(
    name: str,
    parameters: DescribeValidDBInstanceModificationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:describeValidDBInstanceModifications (``arn:aws:states:::aws-sdk:rds:describeValidDBInstanceModifications``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:describeValidDBInstanceModifications", parameters, pattern, options)


def disable_http_endpoint(
    name: str,
    parameters: DisableHttpEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:disableHttpEndpoint (``arn:aws:states:::aws-sdk:rds:disableHttpEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:disableHttpEndpoint", parameters, pattern, options)


def download_db_log_file_portion(
    name: str,
    parameters: DownloadDBLogFilePortionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:downloadDBLogFilePortion (``arn:aws:states:::aws-sdk:rds:downloadDBLogFilePortion``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:downloadDBLogFilePortion", parameters, pattern, options)


def enable_http_endpoint(
    name: str,
    parameters: EnableHttpEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:enableHttpEndpoint (``arn:aws:states:::aws-sdk:rds:enableHttpEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:enableHttpEndpoint", parameters, pattern, options)


def failover_db_cluster(
    name: str,
    parameters: FailoverDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:failoverDBCluster (``arn:aws:states:::aws-sdk:rds:failoverDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:failoverDBCluster", parameters, pattern, options)


def failover_global_cluster(
    name: str,
    parameters: FailoverGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:failoverGlobalCluster (``arn:aws:states:::aws-sdk:rds:failoverGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:failoverGlobalCluster", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:listTagsForResource (``arn:aws:states:::aws-sdk:rds:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:listTagsForResource", parameters, pattern, options)


def modify_activity_stream(
    name: str,
    parameters: ModifyActivityStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyActivityStream (``arn:aws:states:::aws-sdk:rds:modifyActivityStream``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyActivityStream", parameters, pattern, options)


def modify_certificates(
    name: str,
    parameters: ModifyCertificatesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyCertificates (``arn:aws:states:::aws-sdk:rds:modifyCertificates``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyCertificates", parameters, pattern, options)


def modify_current_db_cluster_capacity(
    name: str,
    parameters: ModifyCurrentDBClusterCapacityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyCurrentDBClusterCapacity (``arn:aws:states:::aws-sdk:rds:modifyCurrentDBClusterCapacity``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyCurrentDBClusterCapacity", parameters, pattern, options)


def modify_custom_db_engine_version(
    name: str,
    parameters: ModifyCustomDBEngineVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyCustomDBEngineVersion (``arn:aws:states:::aws-sdk:rds:modifyCustomDBEngineVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyCustomDBEngineVersion", parameters, pattern, options)


def modify_db_capacity_reservation(
    name: str,
    parameters: ModifyDBCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBCapacityReservation (``arn:aws:states:::aws-sdk:rds:modifyDBCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBCapacityReservation", parameters, pattern, options)


def modify_db_cluster(
    name: str,
    parameters: ModifyDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBCluster (``arn:aws:states:::aws-sdk:rds:modifyDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBCluster", parameters, pattern, options)


def modify_db_cluster_endpoint(
    name: str,
    parameters: ModifyDBClusterEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBClusterEndpoint (``arn:aws:states:::aws-sdk:rds:modifyDBClusterEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBClusterEndpoint", parameters, pattern, options)


def modify_db_cluster_group(
    name: str,
    parameters: ModifyDBClusterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBClusterGroup (``arn:aws:states:::aws-sdk:rds:modifyDBClusterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBClusterGroup", parameters, pattern, options)


def modify_db_cluster_parameter_group(
    name: str,
    parameters: ModifyDBClusterParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBClusterParameterGroup (``arn:aws:states:::aws-sdk:rds:modifyDBClusterParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBClusterParameterGroup", parameters, pattern, options)


def modify_db_cluster_snapshot_attribute(
    name: str,
    parameters: ModifyDBClusterSnapshotAttributeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBClusterSnapshotAttribute (``arn:aws:states:::aws-sdk:rds:modifyDBClusterSnapshotAttribute``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBClusterSnapshotAttribute", parameters, pattern, options)


def modify_db_instance(
    name: str,
    parameters: ModifyDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBInstance (``arn:aws:states:::aws-sdk:rds:modifyDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBInstance", parameters, pattern, options)


def modify_db_parameter_group(
    name: str,
    parameters: ModifyDBParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBParameterGroup (``arn:aws:states:::aws-sdk:rds:modifyDBParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBParameterGroup", parameters, pattern, options)


def modify_db_proxy(
    name: str,
    parameters: ModifyDBProxyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBProxy (``arn:aws:states:::aws-sdk:rds:modifyDBProxy``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBProxy", parameters, pattern, options)


def modify_db_proxy_endpoint(
    name: str,
    parameters: ModifyDBProxyEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBProxyEndpoint (``arn:aws:states:::aws-sdk:rds:modifyDBProxyEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBProxyEndpoint", parameters, pattern, options)


def modify_db_proxy_target_group(
    name: str,
    parameters: ModifyDBProxyTargetGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBProxyTargetGroup (``arn:aws:states:::aws-sdk:rds:modifyDBProxyTargetGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBProxyTargetGroup", parameters, pattern, options)


def modify_db_recommendation(
    name: str,
    parameters: ModifyDBRecommendationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBRecommendation (``arn:aws:states:::aws-sdk:rds:modifyDBRecommendation``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBRecommendation", parameters, pattern, options)


def modify_db_shard_group(
    name: str,
    parameters: ModifyDBShardGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBShardGroup (``arn:aws:states:::aws-sdk:rds:modifyDBShardGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBShardGroup", parameters, pattern, options)


def modify_db_snapshot(
    name: str,
    parameters: ModifyDBSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBSnapshot (``arn:aws:states:::aws-sdk:rds:modifyDBSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBSnapshot", parameters, pattern, options)


def modify_db_snapshot_attribute(
    name: str,
    parameters: ModifyDBSnapshotAttributeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBSnapshotAttribute (``arn:aws:states:::aws-sdk:rds:modifyDBSnapshotAttribute``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBSnapshotAttribute", parameters, pattern, options)


def modify_db_subnet_group(
    name: str,
    parameters: ModifyDBSubnetGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDBSubnetGroup (``arn:aws:states:::aws-sdk:rds:modifyDBSubnetGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDBSubnetGroup", parameters, pattern, options)


def modify_data_group(
    name: str,
    parameters: ModifyDataGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyDataGroup (``arn:aws:states:::aws-sdk:rds:modifyDataGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyDataGroup", parameters, pattern, options)


def modify_event_subscription(
    name: str,
    parameters: ModifyEventSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyEventSubscription (``arn:aws:states:::aws-sdk:rds:modifyEventSubscription``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyEventSubscription", parameters, pattern, options)


def modify_global_cluster(
    name: str,
    parameters: ModifyGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyGlobalCluster (``arn:aws:states:::aws-sdk:rds:modifyGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyGlobalCluster", parameters, pattern, options)


def modify_integration(
    name: str,
    parameters: ModifyIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyIntegration (``arn:aws:states:::aws-sdk:rds:modifyIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyIntegration", parameters, pattern, options)


def modify_option_group(
    name: str,
    parameters: ModifyOptionGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyOptionGroup (``arn:aws:states:::aws-sdk:rds:modifyOptionGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyOptionGroup", parameters, pattern, options)


def modify_tenant_database(
    name: str,
    parameters: ModifyTenantDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:modifyTenantDatabase (``arn:aws:states:::aws-sdk:rds:modifyTenantDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:modifyTenantDatabase", parameters, pattern, options)


def move_data_group(
    name: str,
    parameters: MoveDataGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:moveDataGroup (``arn:aws:states:::aws-sdk:rds:moveDataGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:moveDataGroup", parameters, pattern, options)


def promote_read_replica(
    name: str,
    parameters: PromoteReadReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:promoteReadReplica (``arn:aws:states:::aws-sdk:rds:promoteReadReplica``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:promoteReadReplica", parameters, pattern, options)


def promote_read_replica_db_cluster(
    name: str,
    parameters: PromoteReadReplicaDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:promoteReadReplicaDBCluster (``arn:aws:states:::aws-sdk:rds:promoteReadReplicaDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:promoteReadReplicaDBCluster", parameters, pattern, options)


def purchase_reserved_db_instances_offering(
    name: str,
    parameters: PurchaseReservedDBInstancesOfferingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:purchaseReservedDBInstancesOffering (``arn:aws:states:::aws-sdk:rds:purchaseReservedDBInstancesOffering``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:purchaseReservedDBInstancesOffering", parameters, pattern, options)


def reboot_db_cluster(
    name: str,
    parameters: RebootDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:rebootDBCluster (``arn:aws:states:::aws-sdk:rds:rebootDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:rebootDBCluster", parameters, pattern, options)


def reboot_db_instance(
    name: str,
    parameters: RebootDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:rebootDBInstance (``arn:aws:states:::aws-sdk:rds:rebootDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:rebootDBInstance", parameters, pattern, options)


def reboot_db_shard_group(
    name: str,
    parameters: RebootDBShardGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:rebootDBShardGroup (``arn:aws:states:::aws-sdk:rds:rebootDBShardGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:rebootDBShardGroup", parameters, pattern, options)


def register_db_proxy_targets(
    name: str,
    parameters: RegisterDBProxyTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:registerDBProxyTargets (``arn:aws:states:::aws-sdk:rds:registerDBProxyTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:registerDBProxyTargets", parameters, pattern, options)


def remove_db_cluster_from_db_cluster_group(
    name: str,
    parameters: RemoveDBClusterFromDBClusterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeDBClusterFromDBClusterGroup (``arn:aws:states:::aws-sdk:rds:removeDBClusterFromDBClusterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:removeDBClusterFromDBClusterGroup", parameters, pattern, options)


def remove_from_global_cluster(
    name: str,
    parameters: RemoveFromGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeFromGlobalCluster (``arn:aws:states:::aws-sdk:rds:removeFromGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:removeFromGlobalCluster", parameters, pattern, options)


def remove_role_from_db_cluster(
    name: str,
    parameters: RemoveRoleFromDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeRoleFromDBCluster (``arn:aws:states:::aws-sdk:rds:removeRoleFromDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:removeRoleFromDBCluster", parameters, pattern, options)


def remove_role_from_db_instance(
    name: str,
    parameters: RemoveRoleFromDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeRoleFromDBInstance (``arn:aws:states:::aws-sdk:rds:removeRoleFromDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:removeRoleFromDBInstance", parameters, pattern, options)


def remove_source_identifier_from_subscription(
    name: str,
    parameters: RemoveSourceIdentifierFromSubscriptionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeSourceIdentifierFromSubscription (``arn:aws:states:::aws-sdk:rds:removeSourceIdentifierFromSubscription``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:removeSourceIdentifierFromSubscription", parameters, pattern, options
    )


def remove_tags_from_resource(
    name: str,
    parameters: RemoveTagsFromResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:removeTagsFromResource (``arn:aws:states:::aws-sdk:rds:removeTagsFromResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:removeTagsFromResource", parameters, pattern, options)


def reset_db_cluster_parameter_group(
    name: str,
    parameters: ResetDBClusterParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:resetDBClusterParameterGroup (``arn:aws:states:::aws-sdk:rds:resetDBClusterParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:resetDBClusterParameterGroup", parameters, pattern, options)


def reset_db_parameter_group(
    name: str,
    parameters: ResetDBParameterGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:resetDBParameterGroup (``arn:aws:states:::aws-sdk:rds:resetDBParameterGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:resetDBParameterGroup", parameters, pattern, options)


def restore_db_cluster_from_s3(
    name: str,
    parameters: RestoreDBClusterFromS3Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBClusterFromS3 (``arn:aws:states:::aws-sdk:rds:restoreDBClusterFromS3``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBClusterFromS3", parameters, pattern, options)


def restore_db_cluster_from_snapshot(
    name: str,
    parameters: RestoreDBClusterFromSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBClusterFromSnapshot (``arn:aws:states:::aws-sdk:rds:restoreDBClusterFromSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBClusterFromSnapshot", parameters, pattern, options)


def restore_db_cluster_group_from_snapshot(
    name: str,
    parameters: RestoreDBClusterGroupFromSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBClusterGroupFromSnapshot (``arn:aws:states:::aws-sdk:rds:restoreDBClusterGroupFromSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBClusterGroupFromSnapshot", parameters, pattern, options)


def restore_db_cluster_group_to_point_in_time(
    name: str,
    parameters: RestoreDBClusterGroupToPointInTimeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBClusterGroupToPointInTime (``arn:aws:states:::aws-sdk:rds:restoreDBClusterGroupToPointInTime``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBClusterGroupToPointInTime", parameters, pattern, options)


def restore_db_cluster_to_point_in_time(
    name: str,
    parameters: RestoreDBClusterToPointInTimeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBClusterToPointInTime (``arn:aws:states:::aws-sdk:rds:restoreDBClusterToPointInTime``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBClusterToPointInTime", parameters, pattern, options)


def restore_db_instance_from_db_snapshot(
    name: str,
    parameters: RestoreDBInstanceFromDBSnapshotParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBInstanceFromDBSnapshot (``arn:aws:states:::aws-sdk:rds:restoreDBInstanceFromDBSnapshot``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBInstanceFromDBSnapshot", parameters, pattern, options)


def restore_db_instance_from_s3(
    name: str,
    parameters: RestoreDBInstanceFromS3Parameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBInstanceFromS3 (``arn:aws:states:::aws-sdk:rds:restoreDBInstanceFromS3``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBInstanceFromS3", parameters, pattern, options)


def restore_db_instance_to_point_in_time(
    name: str,
    parameters: RestoreDBInstanceToPointInTimeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:restoreDBInstanceToPointInTime (``arn:aws:states:::aws-sdk:rds:restoreDBInstanceToPointInTime``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:restoreDBInstanceToPointInTime", parameters, pattern, options)


def resync_integration(
    name: str,
    parameters: ResyncIntegrationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:resyncIntegration (``arn:aws:states:::aws-sdk:rds:resyncIntegration``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:resyncIntegration", parameters, pattern, options)


def revoke_db_security_group_ingress(
    name: str,
    parameters: RevokeDBSecurityGroupIngressParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:revokeDBSecurityGroupIngress (``arn:aws:states:::aws-sdk:rds:revokeDBSecurityGroupIngress``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:revokeDBSecurityGroupIngress", parameters, pattern, options)


def start_activity_stream(
    name: str,
    parameters: StartActivityStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:startActivityStream (``arn:aws:states:::aws-sdk:rds:startActivityStream``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:startActivityStream", parameters, pattern, options)


def start_db_cluster(
    name: str,
    parameters: StartDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:startDBCluster (``arn:aws:states:::aws-sdk:rds:startDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:startDBCluster", parameters, pattern, options)


def start_db_instance(
    name: str,
    parameters: StartDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:startDBInstance (``arn:aws:states:::aws-sdk:rds:startDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:startDBInstance", parameters, pattern, options)


def start_db_instance_automated_backups_replication(
    name: str,
    parameters: StartDBInstanceAutomatedBackupsReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:startDBInstanceAutomatedBackupsReplication (``arn:aws:states:::aws-sdk:rds:startDBInstanceAutomatedBackupsReplication``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:startDBInstanceAutomatedBackupsReplication", parameters, pattern, options
    )


def start_export_task(
    name: str,
    parameters: StartExportTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:startExportTask (``arn:aws:states:::aws-sdk:rds:startExportTask``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:startExportTask", parameters, pattern, options)


def stop_activity_stream(
    name: str,
    parameters: StopActivityStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:stopActivityStream (``arn:aws:states:::aws-sdk:rds:stopActivityStream``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:stopActivityStream", parameters, pattern, options)


def stop_db_cluster(
    name: str,
    parameters: StopDBClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:stopDBCluster (``arn:aws:states:::aws-sdk:rds:stopDBCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:stopDBCluster", parameters, pattern, options)


def stop_db_instance(
    name: str,
    parameters: StopDBInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:stopDBInstance (``arn:aws:states:::aws-sdk:rds:stopDBInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:stopDBInstance", parameters, pattern, options)


def stop_db_instance_automated_backups_replication(
    name: str,
    parameters: StopDBInstanceAutomatedBackupsReplicationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:stopDBInstanceAutomatedBackupsReplication (``arn:aws:states:::aws-sdk:rds:stopDBInstanceAutomatedBackupsReplication``); the parameters are checked against its API model."""
    return sdk_task(
        name, "rds:stopDBInstanceAutomatedBackupsReplication", parameters, pattern, options
    )


def switchover_blue_green_deployment(
    name: str,
    parameters: SwitchoverBlueGreenDeploymentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:switchoverBlueGreenDeployment (``arn:aws:states:::aws-sdk:rds:switchoverBlueGreenDeployment``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:switchoverBlueGreenDeployment", parameters, pattern, options)


def switchover_global_cluster(
    name: str,
    parameters: SwitchoverGlobalClusterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:switchoverGlobalCluster (``arn:aws:states:::aws-sdk:rds:switchoverGlobalCluster``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:switchoverGlobalCluster", parameters, pattern, options)


def switchover_read_replica(
    name: str,
    parameters: SwitchoverReadReplicaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rds:switchoverReadReplica (``arn:aws:states:::aws-sdk:rds:switchoverReadReplica``); the parameters are checked against its API model."""
    return sdk_task(name, "rds:switchoverReadReplica", parameters, pattern, options)


__all__ = [
    "add_db_cluster_to_db_cluster_group",
    "add_role_to_db_cluster",
    "add_role_to_db_instance",
    "add_source_identifier_to_subscription",
    "add_tags_to_resource",
    "apply_pending_maintenance_action",
    "authorize_db_security_group_ingress",
    "backtrack_db_cluster",
    "cancel_db_capacity_reservation",
    "cancel_export_task",
    "copy_db_cluster_parameter_group",
    "copy_db_cluster_snapshot",
    "copy_db_parameter_group",
    "copy_db_snapshot",
    "copy_option_group",
    "create_blue_green_deployment",
    "create_branch",
    "create_custom_db_engine_version",
    "create_data_group",
    "create_db_capacity_reservation",
    "create_db_cluster",
    "create_db_cluster_endpoint",
    "create_db_cluster_group",
    "create_db_cluster_group_snapshot",
    "create_db_cluster_parameter_group",
    "create_db_cluster_snapshot",
    "create_db_instance",
    "create_db_instance_read_replica",
    "create_db_parameter_group",
    "create_db_proxy",
    "create_db_proxy_endpoint",
    "create_db_security_group",
    "create_db_shard_group",
    "create_db_snapshot",
    "create_db_subnet_group",
    "create_event_subscription",
    "create_global_cluster",
    "create_integration",
    "create_option_group",
    "create_tenant_database",
    "delete_blue_green_deployment",
    "delete_branch",
    "delete_custom_db_engine_version",
    "delete_data_group",
    "delete_db_cluster",
    "delete_db_cluster_automated_backup",
    "delete_db_cluster_endpoint",
    "delete_db_cluster_group",
    "delete_db_cluster_group_automated_backup",
    "delete_db_cluster_group_snapshot",
    "delete_db_cluster_parameter_group",
    "delete_db_cluster_snapshot",
    "delete_db_instance",
    "delete_db_instance_automated_backup",
    "delete_db_parameter_group",
    "delete_db_proxy",
    "delete_db_proxy_endpoint",
    "delete_db_security_group",
    "delete_db_shard_group",
    "delete_db_snapshot",
    "delete_db_subnet_group",
    "delete_event_subscription",
    "delete_global_cluster",
    "delete_integration",
    "delete_option_group",
    "delete_tenant_database",
    "deregister_db_proxy_targets",
    "describe_account_attributes",
    "describe_blue_green_deployments",
    "describe_branches",
    "describe_certificates",
    "describe_data_group_restore_windows",
    "describe_data_groups",
    "describe_db_capacity_reservations",
    "describe_db_cluster_automated_backups",
    "describe_db_cluster_backtracks",
    "describe_db_cluster_endpoints",
    "describe_db_cluster_group_automated_backup_members",
    "describe_db_cluster_group_automated_backups",
    "describe_db_cluster_group_snapshots",
    "describe_db_cluster_groups",
    "describe_db_cluster_parameter_groups",
    "describe_db_cluster_parameters",
    "describe_db_cluster_snapshot_attributes",
    "describe_db_cluster_snapshot_data_groups",
    "describe_db_cluster_snapshots",
    "describe_db_clusters",
    "describe_db_engine_versions",
    "describe_db_instance_automated_backups",
    "describe_db_instances",
    "describe_db_log_files",
    "describe_db_major_engine_versions",
    "describe_db_parameter_groups",
    "describe_db_parameters",
    "describe_db_proxies",
    "describe_db_proxy_endpoints",
    "describe_db_proxy_target_groups",
    "describe_db_proxy_targets",
    "describe_db_recommendations",
    "describe_db_security_groups",
    "describe_db_shard_groups",
    "describe_db_snapshot_attributes",
    "describe_db_snapshot_tenant_databases",
    "describe_db_snapshots",
    "describe_db_subnet_groups",
    "describe_engine_default_cluster_parameters",
    "describe_engine_default_parameters",
    "describe_event_categories",
    "describe_event_subscriptions",
    "describe_events",
    "describe_export_tasks",
    "describe_global_clusters",
    "describe_integrations",
    "describe_option_group_options",
    "describe_option_groups",
    "describe_orderable_db_instance_options",
    "describe_pending_maintenance_actions",
    "describe_reserved_db_instances",
    "describe_reserved_db_instances_offerings",
    "describe_serverless_v2_platform_versions",
    "describe_source_regions",
    "describe_tenant_databases",
    "describe_valid_db_instance_modifications",
    "disable_http_endpoint",
    "download_db_log_file_portion",
    "enable_http_endpoint",
    "failover_db_cluster",
    "failover_global_cluster",
    "list_tags_for_resource",
    "modify_activity_stream",
    "modify_certificates",
    "modify_current_db_cluster_capacity",
    "modify_custom_db_engine_version",
    "modify_data_group",
    "modify_db_capacity_reservation",
    "modify_db_cluster",
    "modify_db_cluster_endpoint",
    "modify_db_cluster_group",
    "modify_db_cluster_parameter_group",
    "modify_db_cluster_snapshot_attribute",
    "modify_db_instance",
    "modify_db_parameter_group",
    "modify_db_proxy",
    "modify_db_proxy_endpoint",
    "modify_db_proxy_target_group",
    "modify_db_recommendation",
    "modify_db_shard_group",
    "modify_db_snapshot",
    "modify_db_snapshot_attribute",
    "modify_db_subnet_group",
    "modify_event_subscription",
    "modify_global_cluster",
    "modify_integration",
    "modify_option_group",
    "modify_tenant_database",
    "move_data_group",
    "promote_read_replica",
    "promote_read_replica_db_cluster",
    "purchase_reserved_db_instances_offering",
    "reboot_db_cluster",
    "reboot_db_instance",
    "reboot_db_shard_group",
    "register_db_proxy_targets",
    "remove_db_cluster_from_db_cluster_group",
    "remove_from_global_cluster",
    "remove_role_from_db_cluster",
    "remove_role_from_db_instance",
    "remove_source_identifier_from_subscription",
    "remove_tags_from_resource",
    "reset_db_cluster_parameter_group",
    "reset_db_parameter_group",
    "restore_db_cluster_from_s3",
    "restore_db_cluster_from_snapshot",
    "restore_db_cluster_group_from_snapshot",
    "restore_db_cluster_group_to_point_in_time",
    "restore_db_cluster_to_point_in_time",
    "restore_db_instance_from_db_snapshot",
    "restore_db_instance_from_s3",
    "restore_db_instance_to_point_in_time",
    "resync_integration",
    "revoke_db_security_group_ingress",
    "start_activity_stream",
    "start_db_cluster",
    "start_db_instance",
    "start_db_instance_automated_backups_replication",
    "start_export_task",
    "stop_activity_stream",
    "stop_db_cluster",
    "stop_db_instance",
    "stop_db_instance_automated_backups_replication",
    "switchover_blue_green_deployment",
    "switchover_global_cluster",
    "switchover_read_replica",
]
