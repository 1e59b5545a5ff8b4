"""Typed builders of the AWS SDK integration of rds (``aws-sdk:rds:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AddDBClusterToDBClusterGroupParameters = TypedDict(
    "AddDBClusterToDBClusterGroupParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DbClusterGroupUpgradeWave": I,
        "DbClusterGroupUpgradeWave.$": str,
    },
    total=False,
)
AddRoleToDBClusterParameters = TypedDict(
    "AddRoleToDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
    },
    total=False,
)
AddRoleToDBInstanceParameters = TypedDict(
    "AddRoleToDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
    },
    total=False,
)
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
AuthorizeDBSecurityGroupIngressParameters = TypedDict(
    "AuthorizeDBSecurityGroupIngressParameters",
    {
        "DbSecurityGroupName": S,
        "DbSecurityGroupName.$": str,
        "Cidrip": S,
        "Cidrip.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupId": S,
        "Ec2SecurityGroupId.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
BacktrackDBClusterParameters = TypedDict(
    "BacktrackDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "BacktrackTo": T,
        "BacktrackTo.$": str,
        "Force": B,
        "Force.$": str,
        "UseEarliestTimeOnPointInTimeUnavailable": B,
        "UseEarliestTimeOnPointInTimeUnavailable.$": str,
    },
    total=False,
)
CancelDBCapacityReservationParameters = TypedDict(
    "CancelDBCapacityReservationParameters",
    {"DbCapacityReservationIdentifier": S, "DbCapacityReservationIdentifier.$": str},
    total=False,
)
CancelExportTaskParameters = TypedDict(
    "CancelExportTaskParameters",
    {"ExportTaskIdentifier": S, "ExportTaskIdentifier.$": str},
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
CopyDBParameterGroupParameters = TypedDict(
    "CopyDBParameterGroupParameters",
    {
        "SourceDBParameterGroupIdentifier": S,
        "SourceDBParameterGroupIdentifier.$": str,
        "TargetDBParameterGroupIdentifier": S,
        "TargetDBParameterGroupIdentifier.$": str,
        "TargetDBParameterGroupDescription": S,
        "TargetDBParameterGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TagSpecification(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]

CopyDBSnapshotParameters = TypedDict(
    "CopyDBSnapshotParameters",
    {
        "SourceDBSnapshotIdentifier": S,
        "SourceDBSnapshotIdentifier.$": str,
        "TargetDBSnapshotIdentifier": S,
        "TargetDBSnapshotIdentifier.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "TargetCustomAvailabilityZone": S,
        "TargetCustomAvailabilityZone.$": str,
        "SnapshotTarget": S,
        "SnapshotTarget.$": str,
        "CopyOptionGroup": B,
        "CopyOptionGroup.$": str,
        "SnapshotAvailabilityZone": S,
        "SnapshotAvailabilityZone.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CopyOptionGroupParameters = TypedDict(
    "CopyOptionGroupParameters",
    {
        "SourceOptionGroupIdentifier": S,
        "SourceOptionGroupIdentifier.$": str,
        "TargetOptionGroupIdentifier": S,
        "TargetOptionGroupIdentifier.$": str,
        "TargetOptionGroupDescription": S,
        "TargetOptionGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TargetResourceConfiguration(TypedDict, total=False):
    SourceArn: S
    TargetKmsKeyId: S

CreateBlueGreenDeploymentParameters = TypedDict(
    "CreateBlueGreenDeploymentParameters",
    {
        "BlueGreenDeploymentName": S,
        "BlueGreenDeploymentName.$": str,
        "Source": S,
        "Source.$": str,
        "TargetEngineVersion": S,
        "TargetEngineVersion.$": str,
        "TargetDBParameterGroupName": S,
        "TargetDBParameterGroupName.$": str,
        "TargetDBClusterParameterGroupName": S,
        "TargetDBClusterParameterGroupName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TargetDBInstanceClass": S,
        "TargetDBInstanceClass.$": str,
        "UpgradeTargetStorageConfig": B,
        "UpgradeTargetStorageConfig.$": str,
        "TargetIops": I,
        "TargetIops.$": str,
        "TargetStorageType": S,
        "TargetStorageType.$": str,
        "TargetAllocatedStorage": I,
        "TargetAllocatedStorage.$": str,
        "TargetStorageThroughput": I,
        "TargetStorageThroughput.$": str,
        "TargetResourceConfigurations": L[Xi[TargetResourceConfiguration]],
        "TargetResourceConfigurations.$": str,
    },
    total=False,
)

class BranchScalingConfiguration(TypedDict, total=False):
    MaxCapacity: F
    SecondsUntilAutoPause: I

CreateBranchParameters = TypedDict(
    "CreateBranchParameters",
    {
        "BranchName": S,
        "BranchName.$": str,
        "ScalingConfiguration": X[BranchScalingConfiguration],
        "ScalingConfiguration.$": str,
        "SourceBranchName": S,
        "SourceBranchName.$": str,
        "SourceDBClusterIdentifier": S,
        "SourceDBClusterIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TtlSeconds": I,
        "TtlSeconds.$": str,
    },
    total=False,
)
CreateCustomDBEngineVersionParameters = TypedDict(
    "CreateCustomDBEngineVersionParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "DatabaseInstallationFilesS3BucketName": S,
        "DatabaseInstallationFilesS3BucketName.$": str,
        "DatabaseInstallationFilesS3Prefix": S,
        "DatabaseInstallationFilesS3Prefix.$": str,
        "DatabaseInstallationFiles": L[Si],
        "DatabaseInstallationFiles.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SourceCustomDbEngineVersionIdentifier": S,
        "SourceCustomDbEngineVersionIdentifier.$": str,
        "UseAwsProvidedLatestImage": B,
        "UseAwsProvidedLatestImage.$": str,
        "Description": S,
        "Description.$": str,
        "Manifest": S,
        "Manifest.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDBCapacityReservationParameters = TypedDict(
    "CreateDBCapacityReservationParameters",
    {
        "DbCapacityReservationName": S,
        "DbCapacityReservationName.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Engine": S,
        "Engine.$": str,
        "CapacityPerAvailabilityZone": I,
        "CapacityPerAvailabilityZone.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "CommitmentDuration": I,
        "CommitmentDuration.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ScalingConfiguration(TypedDict, total=False):
    MinCapacity: I
    MaxCapacity: I
    AutoPause: B
    SecondsUntilAutoPause: I
    TimeoutAction: S
    SecondsBeforeTimeout: I

class RdsCustomClusterConfiguration(TypedDict, total=False):
    InterconnectSubnetId: S
    TransitGatewayMulticastDomainId: S
    ReplicaMode: S

class ServerlessV2ScalingConfiguration(TypedDict, total=False):
    MinCapacity: F
    MaxCapacity: F
    SecondsUntilAutoPause: I

class DBClusterAssociatedRole(TypedDict, total=False):
    RoleArn: S
    FeatureName: S

CreateDBClusterParameters = TypedDict(
    "CreateDBClusterParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "CharacterSetName": S,
        "CharacterSetName.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
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
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "ReplicationSourceIdentifier": S,
        "ReplicationSourceIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "BacktrackWindow": I,
        "BacktrackWindow.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
        "ScalingConfiguration": X[ScalingConfiguration],
        "ScalingConfiguration.$": str,
        "RdsCustomClusterConfiguration": X[RdsCustomClusterConfiguration],
        "RdsCustomClusterConfiguration.$": str,
        "DbClusterInstanceClass": S,
        "DbClusterInstanceClass.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "Iops": I,
        "Iops.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "GlobalClusterIdentifier": S,
        "GlobalClusterIdentifier.$": str,
        "EnableHttpEndpoint": B,
        "EnableHttpEndpoint.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "EnableGlobalWriteForwarding": B,
        "EnableGlobalWriteForwarding.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "EnableLimitlessDatabase": B,
        "EnableLimitlessDatabase.$": str,
        "ClusterScalabilityType": S,
        "ClusterScalabilityType.$": str,
        "DbSystemId": S,
        "DbSystemId.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "EnableLocalWriteForwarding": B,
        "EnableLocalWriteForwarding.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "MasterUserAuthenticationType": S,
        "MasterUserAuthenticationType.$": str,
        "EnableVPCNetworking": B,
        "EnableVPCNetworking.$": str,
        "WithExpressConfiguration": B,
        "WithExpressConfiguration.$": str,
        "EnableInternetAccessGateway": B,
        "EnableInternetAccessGateway.$": str,
        "AssociatedRoles": L[Xi[DBClusterAssociatedRole]],
        "AssociatedRoles.$": str,
    },
    total=False,
)
CreateDBClusterEndpointParameters = TypedDict(
    "CreateDBClusterEndpointParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DbClusterEndpointIdentifier": S,
        "DbClusterEndpointIdentifier.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "StaticMembers": L[Si],
        "StaticMembers.$": str,
        "ExcludedMembers": L[Si],
        "ExcludedMembers.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class RoutingEndpointConfiguration(TypedDict, total=False):
    VpcSubnetIds: L[Si]
    VpcSecurityGroupIds: L[Si]
    NetworkType: S
    Parameters: M[S]

CreateDBClusterGroupParameters = TypedDict(
    "CreateDBClusterGroupParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "Engine": S,
        "Engine.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableRouting": B,
        "EnableRouting.$": str,
        "RoutingEndpointConfiguration": X[RoutingEndpointConfiguration],
        "RoutingEndpointConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
    },
    total=False,
)
CreateDBClusterGroupSnapshotParameters = TypedDict(
    "CreateDBClusterGroupSnapshotParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterGroupSnapshotIdentifier": S,
        "DbClusterGroupSnapshotIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
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

class ProcessorFeature(TypedDict, total=False):
    Name: S
    Value: S

class AdditionalStorageVolume(TypedDict, total=False):
    VolumeName: S
    AllocatedStorage: I
    Iops: I
    MaxAllocatedStorage: I
    StorageThroughput: I
    StorageType: S

CreateDBInstanceParameters = TypedDict(
    "CreateDBInstanceParameters",
    {
        "DbName": S,
        "DbName.$": str,
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Engine": S,
        "Engine.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "DbSecurityGroups": L[Si],
        "DbSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "Port": I,
        "Port.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "CharacterSetName": S,
        "CharacterSetName.$": str,
        "NcharCharacterSetName": S,
        "NcharCharacterSetName.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "TdeCredentialArn": S,
        "TdeCredentialArn.$": str,
        "TdeCredentialPassword": S,
        "TdeCredentialPassword.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainFqdn": S,
        "DomainFqdn.$": str,
        "DomainOu": S,
        "DomainOu.$": str,
        "DomainAuthSecretArn": S,
        "DomainAuthSecretArn.$": str,
        "DomainDnsIps": L[Si],
        "DomainDnsIps.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "PromotionTier": I,
        "PromotionTier.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "MaxAllocatedStorage": I,
        "MaxAllocatedStorage.$": str,
        "EnableCustomerOwnedIp": B,
        "EnableCustomerOwnedIp.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "BackupTarget": S,
        "BackupTarget.$": str,
        "CustomIamInstanceProfile": S,
        "CustomIamInstanceProfile.$": str,
        "DbSystemId": S,
        "DbSystemId.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "MultiTenant": B,
        "MultiTenant.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "AdditionalStorageVolumes": L[Xi[AdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "MasterUserAuthenticationType": S,
        "MasterUserAuthenticationType.$": str,
    },
    total=False,
)
CreateDBInstanceReadReplicaParameters = TypedDict(
    "CreateDBInstanceReadReplicaParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "SourceDBInstanceIdentifier": S,
        "SourceDBInstanceIdentifier.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Port": I,
        "Port.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "UseDefaultProcessorFeatures": B,
        "UseDefaultProcessorFeatures.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "DomainFqdn": S,
        "DomainFqdn.$": str,
        "DomainOu": S,
        "DomainOu.$": str,
        "DomainAuthSecretArn": S,
        "DomainAuthSecretArn.$": str,
        "DomainDnsIps": L[Si],
        "DomainDnsIps.$": str,
        "ReplicaMode": S,
        "ReplicaMode.$": str,
        "EnableCustomerOwnedIp": B,
        "EnableCustomerOwnedIp.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "MaxAllocatedStorage": I,
        "MaxAllocatedStorage.$": str,
        "BackupTarget": S,
        "BackupTarget.$": str,
        "CustomIamInstanceProfile": S,
        "CustomIamInstanceProfile.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "SourceDBClusterIdentifier": S,
        "SourceDBClusterIdentifier.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "UpgradeStorageConfig": B,
        "UpgradeStorageConfig.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "AdditionalStorageVolumes": L[Xi[AdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
    },
    total=False,
)
CreateDBParameterGroupParameters = TypedDict(
    "CreateDBParameterGroupParameters",
    {
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "DbParameterGroupFamily": S,
        "DbParameterGroupFamily.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class UserAuthConfig(TypedDict, total=False):
    Description: S
    UserName: S
    AuthScheme: S
    SecretArn: S
    IamAuth: S
    ClientPasswordAuthType: S

CreateDBProxyParameters = TypedDict(
    "CreateDBProxyParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "EngineFamily": S,
        "EngineFamily.$": str,
        "DefaultAuthScheme": S,
        "DefaultAuthScheme.$": str,
        "Auth": L[Xi[UserAuthConfig]],
        "Auth.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "VpcSubnetIds": L[Si],
        "VpcSubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "RequireTLS": B,
        "RequireTLS.$": str,
        "IdleClientTimeout": I,
        "IdleClientTimeout.$": str,
        "DebugLogging": B,
        "DebugLogging.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EndpointNetworkType": S,
        "EndpointNetworkType.$": str,
        "TargetConnectionNetworkType": S,
        "TargetConnectionNetworkType.$": str,
    },
    total=False,
)
CreateDBProxyEndpointParameters = TypedDict(
    "CreateDBProxyEndpointParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "DbProxyEndpointName": S,
        "DbProxyEndpointName.$": str,
        "VpcSubnetIds": L[Si],
        "VpcSubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "TargetRole": S,
        "TargetRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EndpointNetworkType": S,
        "EndpointNetworkType.$": str,
    },
    total=False,
)
CreateDBSecurityGroupParameters = TypedDict(
    "CreateDBSecurityGroupParameters",
    {
        "DbSecurityGroupName": S,
        "DbSecurityGroupName.$": str,
        "DbSecurityGroupDescription": S,
        "DbSecurityGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDBShardGroupParameters = TypedDict(
    "CreateDBShardGroupParameters",
    {
        "DbShardGroupIdentifier": S,
        "DbShardGroupIdentifier.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "ComputeRedundancy": I,
        "ComputeRedundancy.$": str,
        "MaxACU": F,
        "MaxACU.$": str,
        "MinACU": F,
        "MinACU.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDBSnapshotParameters = TypedDict(
    "CreateDBSnapshotParameters",
    {
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
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
CreateDataGroupParameters = TypedDict(
    "CreateDataGroupParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DataGroupName": S,
        "DataGroupName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "EnableEndpoint": B,
        "EnableEndpoint.$": str,
        "DataGroupEndpointName": S,
        "DataGroupEndpointName.$": str,
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
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "SourceArn": S,
        "SourceArn.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "IntegrationName": S,
        "IntegrationName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataFilter": S,
        "DataFilter.$": str,
        "Description": S,
        "Description.$": str,
        "DataRules": S,
        "DataRules.$": str,
    },
    total=False,
)
CreateOptionGroupParameters = TypedDict(
    "CreateOptionGroupParameters",
    {
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "EngineName": S,
        "EngineName.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
        "OptionGroupDescription": S,
        "OptionGroupDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateTenantDatabaseParameters = TypedDict(
    "CreateTenantDatabaseParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "TenantDBName": S,
        "TenantDBName.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "CharacterSetName": S,
        "CharacterSetName.$": str,
        "NcharCharacterSetName": S,
        "NcharCharacterSetName.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteBlueGreenDeploymentParameters = TypedDict(
    "DeleteBlueGreenDeploymentParameters",
    {
        "BlueGreenDeploymentIdentifier": S,
        "BlueGreenDeploymentIdentifier.$": str,
        "DeleteTarget": B,
        "DeleteTarget.$": str,
    },
    total=False,
)
DeleteBranchParameters = TypedDict(
    "DeleteBranchParameters",
    {"BranchName": S, "BranchName.$": str, "DbClusterIdentifier": S, "DbClusterIdentifier.$": str},
    total=False,
)
DeleteCustomDBEngineVersionParameters = TypedDict(
    "DeleteCustomDBEngineVersionParameters",
    {"Engine": S, "Engine.$": str, "EngineVersion": S, "EngineVersion.$": str},
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
        "DeleteAutomatedBackups": B,
        "DeleteAutomatedBackups.$": str,
        "DeleteDBInstances": B,
        "DeleteDBInstances.$": str,
    },
    total=False,
)
DeleteDBClusterAutomatedBackupParameters = TypedDict(
    "DeleteDBClusterAutomatedBackupParameters",
    {"DbClusterResourceId": S, "DbClusterResourceId.$": str},
    total=False,
)
DeleteDBClusterEndpointParameters = TypedDict(
    "DeleteDBClusterEndpointParameters",
    {"DbClusterEndpointIdentifier": S, "DbClusterEndpointIdentifier.$": str},
    total=False,
)
DeleteDBClusterGroupParameters = TypedDict(
    "DeleteDBClusterGroupParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DeleteAutomatedBackups": B,
        "DeleteAutomatedBackups.$": str,
    },
    total=False,
)
DeleteDBClusterGroupAutomatedBackupParameters = TypedDict(
    "DeleteDBClusterGroupAutomatedBackupParameters",
    {"DbClusterGroupResourceId": S, "DbClusterGroupResourceId.$": str},
    total=False,
)
DeleteDBClusterGroupSnapshotParameters = TypedDict(
    "DeleteDBClusterGroupSnapshotParameters",
    {"DbClusterGroupSnapshotIdentifier": S, "DbClusterGroupSnapshotIdentifier.$": str},
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
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "SkipFinalSnapshot": B,
        "SkipFinalSnapshot.$": str,
        "FinalDBSnapshotIdentifier": S,
        "FinalDBSnapshotIdentifier.$": str,
        "DeleteAutomatedBackups": B,
        "DeleteAutomatedBackups.$": str,
    },
    total=False,
)
DeleteDBInstanceAutomatedBackupParameters = TypedDict(
    "DeleteDBInstanceAutomatedBackupParameters",
    {
        "DbiResourceId": S,
        "DbiResourceId.$": str,
        "DbInstanceAutomatedBackupsArn": S,
        "DbInstanceAutomatedBackupsArn.$": str,
    },
    total=False,
)
DeleteDBParameterGroupParameters = TypedDict(
    "DeleteDBParameterGroupParameters",
    {"DbParameterGroupName": S, "DbParameterGroupName.$": str},
    total=False,
)
DeleteDBProxyParameters = TypedDict(
    "DeleteDBProxyParameters", {"DbProxyName": S, "DbProxyName.$": str}, total=False
)
DeleteDBProxyEndpointParameters = TypedDict(
    "DeleteDBProxyEndpointParameters",
    {"DbProxyEndpointName": S, "DbProxyEndpointName.$": str},
    total=False,
)
DeleteDBSecurityGroupParameters = TypedDict(
    "DeleteDBSecurityGroupParameters",
    {"DbSecurityGroupName": S, "DbSecurityGroupName.$": str},
    total=False,
)
DeleteDBShardGroupParameters = TypedDict(
    "DeleteDBShardGroupParameters",
    {"DbShardGroupIdentifier": S, "DbShardGroupIdentifier.$": str},
    total=False,
)
DeleteDBSnapshotParameters = TypedDict(
    "DeleteDBSnapshotParameters",
    {"DbSnapshotIdentifier": S, "DbSnapshotIdentifier.$": str},
    total=False,
)
DeleteDBSubnetGroupParameters = TypedDict(
    "DeleteDBSubnetGroupParameters",
    {"DbSubnetGroupName": S, "DbSubnetGroupName.$": str},
    total=False,
)
DeleteDataGroupParameters = TypedDict(
    "DeleteDataGroupParameters",
    {"DataGroupIdentifier": S, "DataGroupIdentifier.$": str},
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
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"IntegrationIdentifier": S, "IntegrationIdentifier.$": str},
    total=False,
)
DeleteOptionGroupParameters = TypedDict(
    "DeleteOptionGroupParameters", {"OptionGroupName": S, "OptionGroupName.$": str}, total=False
)
DeleteTenantDatabaseParameters = TypedDict(
    "DeleteTenantDatabaseParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "TenantDBName": S,
        "TenantDBName.$": str,
        "SkipFinalSnapshot": B,
        "SkipFinalSnapshot.$": str,
        "FinalDBSnapshotIdentifier": S,
        "FinalDBSnapshotIdentifier.$": str,
    },
    total=False,
)
DeregisterDBProxyTargetsParameters = TypedDict(
    "DeregisterDBProxyTargetsParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "TargetGroupName": S,
        "TargetGroupName.$": str,
        "DbInstanceIdentifiers": L[Si],
        "DbInstanceIdentifiers.$": str,
        "DbClusterIdentifiers": L[Si],
        "DbClusterIdentifiers.$": str,
    },
    total=False,
)

class DescribeAccountAttributesParameters(TypedDict, total=False): ...

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeBlueGreenDeploymentsParameters = TypedDict(
    "DescribeBlueGreenDeploymentsParameters",
    {
        "BlueGreenDeploymentIdentifier": S,
        "BlueGreenDeploymentIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeBranchesParameters = TypedDict(
    "DescribeBranchesParameters",
    {
        "BranchName": S,
        "BranchName.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
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
DescribeDBCapacityReservationsParameters = TypedDict(
    "DescribeDBCapacityReservationsParameters",
    {
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeDBClusterAutomatedBackupsParameters = TypedDict(
    "DescribeDBClusterAutomatedBackupsParameters",
    {
        "DbClusterResourceId": S,
        "DbClusterResourceId.$": str,
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
DescribeDBClusterBacktracksParameters = TypedDict(
    "DescribeDBClusterBacktracksParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "BacktrackIdentifier": S,
        "BacktrackIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterEndpointsParameters = TypedDict(
    "DescribeDBClusterEndpointsParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "DbClusterEndpointIdentifier": S,
        "DbClusterEndpointIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterGroupAutomatedBackupMembersParameters = TypedDict(
    "DescribeDBClusterGroupAutomatedBackupMembersParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterGroupResourceId": S,
        "DbClusterGroupResourceId.$": str,
        "DbClusterResourceId": S,
        "DbClusterResourceId.$": str,
        "RestoreToTime": T,
        "RestoreToTime.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterGroupAutomatedBackupsParameters = TypedDict(
    "DescribeDBClusterGroupAutomatedBackupsParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterGroupResourceId": S,
        "DbClusterGroupResourceId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBClusterGroupSnapshotsParameters = TypedDict(
    "DescribeDBClusterGroupSnapshotsParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterGroupSnapshotIdentifier": S,
        "DbClusterGroupSnapshotIdentifier.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeDBClusterGroupsParameters = TypedDict(
    "DescribeDBClusterGroupsParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
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
DescribeDBClusterSnapshotDataGroupsParameters = TypedDict(
    "DescribeDBClusterSnapshotDataGroupsParameters",
    {
        "DbClusterSnapshotIdentifier": S,
        "DbClusterSnapshotIdentifier.$": str,
        "DataGroupIdentifier": S,
        "DataGroupIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
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
        "DbClusterResourceId": S,
        "DbClusterResourceId.$": str,
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
        "IncludeShared": B,
        "IncludeShared.$": str,
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
        "IncludeAll": B,
        "IncludeAll.$": str,
    },
    total=False,
)
DescribeDBInstanceAutomatedBackupsParameters = TypedDict(
    "DescribeDBInstanceAutomatedBackupsParameters",
    {
        "DbiResourceId": S,
        "DbiResourceId.$": str,
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "DbInstanceAutomatedBackupsArn": S,
        "DbInstanceAutomatedBackupsArn.$": str,
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
DescribeDBLogFilesParameters = TypedDict(
    "DescribeDBLogFilesParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "FilenameContains": S,
        "FilenameContains.$": str,
        "FileLastWritten": I,
        "FileLastWritten.$": str,
        "FileSize": I,
        "FileSize.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBMajorEngineVersionsParameters = TypedDict(
    "DescribeDBMajorEngineVersionsParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBParameterGroupsParameters = TypedDict(
    "DescribeDBParameterGroupsParameters",
    {
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBParametersParameters = TypedDict(
    "DescribeDBParametersParameters",
    {
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
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
DescribeDBProxiesParameters = TypedDict(
    "DescribeDBProxiesParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBProxyEndpointsParameters = TypedDict(
    "DescribeDBProxyEndpointsParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "DbProxyEndpointName": S,
        "DbProxyEndpointName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBProxyTargetGroupsParameters = TypedDict(
    "DescribeDBProxyTargetGroupsParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "TargetGroupName": S,
        "TargetGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBProxyTargetsParameters = TypedDict(
    "DescribeDBProxyTargetsParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "TargetGroupName": S,
        "TargetGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBRecommendationsParameters = TypedDict(
    "DescribeDBRecommendationsParameters",
    {
        "LastUpdatedAfter": T,
        "LastUpdatedAfter.$": str,
        "LastUpdatedBefore": T,
        "LastUpdatedBefore.$": str,
        "Locale": S,
        "Locale.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBSecurityGroupsParameters = TypedDict(
    "DescribeDBSecurityGroupsParameters",
    {
        "DbSecurityGroupName": S,
        "DbSecurityGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDBShardGroupsParameters = TypedDict(
    "DescribeDBShardGroupsParameters",
    {
        "DbShardGroupIdentifier": S,
        "DbShardGroupIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeDBSnapshotAttributesParameters = TypedDict(
    "DescribeDBSnapshotAttributesParameters",
    {"DbSnapshotIdentifier": S, "DbSnapshotIdentifier.$": str},
    total=False,
)
DescribeDBSnapshotTenantDatabasesParameters = TypedDict(
    "DescribeDBSnapshotTenantDatabasesParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "DbiResourceId": S,
        "DbiResourceId.$": str,
    },
    total=False,
)
DescribeDBSnapshotsParameters = TypedDict(
    "DescribeDBSnapshotsParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
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
        "DbiResourceId": S,
        "DbiResourceId.$": str,
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
DescribeDataGroupRestoreWindowsParameters = TypedDict(
    "DescribeDataGroupRestoreWindowsParameters",
    {
        "DataGroupIdentifier": S,
        "DataGroupIdentifier.$": str,
        "DbClusterAutomatedBackupsArn": S,
        "DbClusterAutomatedBackupsArn.$": str,
        "RestoreToTime": T,
        "RestoreToTime.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDataGroupsParameters = TypedDict(
    "DescribeDataGroupsParameters",
    {
        "DataGroupIdentifier": S,
        "DataGroupIdentifier.$": str,
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
DescribeEngineDefaultParametersParameters = TypedDict(
    "DescribeEngineDefaultParametersParameters",
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
DescribeExportTasksParameters = TypedDict(
    "DescribeExportTasksParameters",
    {
        "ExportTaskIdentifier": S,
        "ExportTaskIdentifier.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "SourceType": S,
        "SourceType.$": str,
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
DescribeIntegrationsParameters = TypedDict(
    "DescribeIntegrationsParameters",
    {
        "IntegrationIdentifier": S,
        "IntegrationIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeOptionGroupOptionsParameters = TypedDict(
    "DescribeOptionGroupOptionsParameters",
    {
        "EngineName": S,
        "EngineName.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeOptionGroupsParameters = TypedDict(
    "DescribeOptionGroupsParameters",
    {
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "EngineName": S,
        "EngineName.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
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
        "AvailabilityZoneGroup": S,
        "AvailabilityZoneGroup.$": str,
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
DescribeReservedDBInstancesParameters = TypedDict(
    "DescribeReservedDBInstancesParameters",
    {
        "ReservedDBInstanceId": S,
        "ReservedDBInstanceId.$": str,
        "ReservedDBInstancesOfferingId": S,
        "ReservedDBInstancesOfferingId.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Duration": S,
        "Duration.$": str,
        "ProductDescription": S,
        "ProductDescription.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "LeaseId": S,
        "LeaseId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedDBInstancesOfferingsParameters = TypedDict(
    "DescribeReservedDBInstancesOfferingsParameters",
    {
        "ReservedDBInstancesOfferingId": S,
        "ReservedDBInstancesOfferingId.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Duration": S,
        "Duration.$": str,
        "ProductDescription": S,
        "ProductDescription.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
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
DescribeSourceRegionsParameters = TypedDict(
    "DescribeSourceRegionsParameters",
    {
        "RegionName": S,
        "RegionName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeTenantDatabasesParameters = TypedDict(
    "DescribeTenantDatabasesParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "TenantDBName": S,
        "TenantDBName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeValidDBInstanceModificationsParameters = TypedDict(
    "DescribeValidDBInstanceModificationsParameters",
    {"DbInstanceIdentifier": S, "DbInstanceIdentifier.$": str},
    total=False,
)
DisableHttpEndpointParameters = TypedDict(
    "DisableHttpEndpointParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DownloadDBLogFilePortionParameters = TypedDict(
    "DownloadDBLogFilePortionParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "LogFileName": S,
        "LogFileName.$": str,
        "Marker": S,
        "Marker.$": str,
        "NumberOfLines": I,
        "NumberOfLines.$": str,
    },
    total=False,
)
EnableHttpEndpointParameters = TypedDict(
    "EnableHttpEndpointParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
ModifyActivityStreamParameters = TypedDict(
    "ModifyActivityStreamParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "AuditPolicyState": S, "AuditPolicyState.$": str},
    total=False,
)
ModifyCertificatesParameters = TypedDict(
    "ModifyCertificatesParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "RemoveCustomerOverride": B,
        "RemoveCustomerOverride.$": str,
    },
    total=False,
)
ModifyCurrentDBClusterCapacityParameters = TypedDict(
    "ModifyCurrentDBClusterCapacityParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "Capacity": I,
        "Capacity.$": str,
        "SecondsBeforeTimeout": I,
        "SecondsBeforeTimeout.$": str,
        "TimeoutAction": S,
        "TimeoutAction.$": str,
    },
    total=False,
)
ModifyCustomDBEngineVersionParameters = TypedDict(
    "ModifyCustomDBEngineVersionParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ModifyDBCapacityReservationParameters = TypedDict(
    "ModifyDBCapacityReservationParameters",
    {
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "CapacityPerAvailabilityZone": I,
        "CapacityPerAvailabilityZone.$": str,
        "EndDateType": S,
        "EndDateType.$": str,
        "EndDate": T,
        "EndDate.$": str,
    },
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
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "BacktrackWindow": I,
        "BacktrackWindow.$": str,
        "CloudwatchLogsExportConfiguration": X[CloudwatchLogsExportConfiguration],
        "CloudwatchLogsExportConfiguration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AllowMajorVersionUpgrade": B,
        "AllowMajorVersionUpgrade.$": str,
        "DbInstanceParameterGroupName": S,
        "DbInstanceParameterGroupName.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "ScalingConfiguration": X[ScalingConfiguration],
        "ScalingConfiguration.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableHttpEndpoint": B,
        "EnableHttpEndpoint.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "EnableGlobalWriteForwarding": B,
        "EnableGlobalWriteForwarding.$": str,
        "DbClusterInstanceClass": S,
        "DbClusterInstanceClass.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "Iops": I,
        "Iops.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "RotateMasterUserPassword": B,
        "RotateMasterUserPassword.$": str,
        "EnableLocalWriteForwarding": B,
        "EnableLocalWriteForwarding.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
        "AllowEngineModeChange": B,
        "AllowEngineModeChange.$": str,
        "AwsBackupRecoveryPointArn": S,
        "AwsBackupRecoveryPointArn.$": str,
        "EnableLimitlessDatabase": B,
        "EnableLimitlessDatabase.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "MasterUserAuthenticationType": S,
        "MasterUserAuthenticationType.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "EnableInternetAccessGateway": B,
        "EnableInternetAccessGateway.$": str,
        "EnableVPCNetworking": B,
        "EnableVPCNetworking.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "DbClusterGroupUpgradeWave": I,
        "DbClusterGroupUpgradeWave.$": str,
    },
    total=False,
)
ModifyDBClusterEndpointParameters = TypedDict(
    "ModifyDBClusterEndpointParameters",
    {
        "DbClusterEndpointIdentifier": S,
        "DbClusterEndpointIdentifier.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "StaticMembers": L[Si],
        "StaticMembers.$": str,
        "ExcludedMembers": L[Si],
        "ExcludedMembers.$": str,
    },
    total=False,
)
ModifyDBClusterGroupParameters = TypedDict(
    "ModifyDBClusterGroupParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableRouting": B,
        "EnableRouting.$": str,
        "RoutingEndpointConfiguration": X[RoutingEndpointConfiguration],
        "RoutingEndpointConfiguration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
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
    SupportedEngineModes: L[Si]

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

class ModifyAdditionalStorageVolume(TypedDict, total=False):
    VolumeName: S
    AllocatedStorage: I
    Iops: I
    MaxAllocatedStorage: I
    StorageThroughput: I
    StorageType: S
    SetForDelete: B

ModifyDBInstanceParameters = TypedDict(
    "ModifyDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "DbSecurityGroups": L[Si],
        "DbSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AllowMajorVersionUpgrade": B,
        "AllowMajorVersionUpgrade.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "NewDBInstanceIdentifier": S,
        "NewDBInstanceIdentifier.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "TdeCredentialArn": S,
        "TdeCredentialArn.$": str,
        "TdeCredentialPassword": S,
        "TdeCredentialPassword.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainFqdn": S,
        "DomainFqdn.$": str,
        "DomainOu": S,
        "DomainOu.$": str,
        "DomainAuthSecretArn": S,
        "DomainAuthSecretArn.$": str,
        "DomainDnsIps": L[Si],
        "DomainDnsIps.$": str,
        "DisableDomain": B,
        "DisableDomain.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "DbPortNumber": I,
        "DbPortNumber.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "PromotionTier": I,
        "PromotionTier.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "CloudwatchLogsExportConfiguration": X[CloudwatchLogsExportConfiguration],
        "CloudwatchLogsExportConfiguration.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "UseDefaultProcessorFeatures": B,
        "UseDefaultProcessorFeatures.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "MaxAllocatedStorage": I,
        "MaxAllocatedStorage.$": str,
        "CertificateRotationRestart": B,
        "CertificateRotationRestart.$": str,
        "ReplicaMode": S,
        "ReplicaMode.$": str,
        "AutomationMode": S,
        "AutomationMode.$": str,
        "ResumeFullAutomationModeMinutes": I,
        "ResumeFullAutomationModeMinutes.$": str,
        "EnableCustomerOwnedIp": B,
        "EnableCustomerOwnedIp.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "AwsBackupRecoveryPointArn": S,
        "AwsBackupRecoveryPointArn.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "RotateMasterUserPassword": B,
        "RotateMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "MultiTenant": B,
        "MultiTenant.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "Engine": S,
        "Engine.$": str,
        "AdditionalStorageVolumes": L[Xi[ModifyAdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "MasterUserAuthenticationType": S,
        "MasterUserAuthenticationType.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
    },
    total=False,
)
ModifyDBParameterGroupParameters = TypedDict(
    "ModifyDBParameterGroupParameters",
    {
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
ModifyDBProxyParameters = TypedDict(
    "ModifyDBProxyParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "NewDBProxyName": S,
        "NewDBProxyName.$": str,
        "DefaultAuthScheme": S,
        "DefaultAuthScheme.$": str,
        "Auth": L[Xi[UserAuthConfig]],
        "Auth.$": str,
        "RequireTLS": B,
        "RequireTLS.$": str,
        "IdleClientTimeout": I,
        "IdleClientTimeout.$": str,
        "DebugLogging": B,
        "DebugLogging.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
    },
    total=False,
)
ModifyDBProxyEndpointParameters = TypedDict(
    "ModifyDBProxyEndpointParameters",
    {
        "DbProxyEndpointName": S,
        "DbProxyEndpointName.$": str,
        "NewDBProxyEndpointName": S,
        "NewDBProxyEndpointName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)

class ConnectionPoolConfiguration(TypedDict, total=False):
    MaxConnectionsPercent: I
    MaxIdleConnectionsPercent: I
    ConnectionBorrowTimeout: I
    SessionPinningFilters: L[Si]
    InitQuery: S

ModifyDBProxyTargetGroupParameters = TypedDict(
    "ModifyDBProxyTargetGroupParameters",
    {
        "TargetGroupName": S,
        "TargetGroupName.$": str,
        "DbProxyName": S,
        "DbProxyName.$": str,
        "ConnectionPoolConfig": X[ConnectionPoolConfiguration],
        "ConnectionPoolConfig.$": str,
        "NewName": S,
        "NewName.$": str,
    },
    total=False,
)

class RecommendedActionUpdate(TypedDict, total=False):
    ActionId: S
    Status: S

ModifyDBRecommendationParameters = TypedDict(
    "ModifyDBRecommendationParameters",
    {
        "RecommendationId": S,
        "RecommendationId.$": str,
        "Locale": S,
        "Locale.$": str,
        "Status": S,
        "Status.$": str,
        "RecommendedActionUpdates": L[Xi[RecommendedActionUpdate]],
        "RecommendedActionUpdates.$": str,
    },
    total=False,
)
ModifyDBShardGroupParameters = TypedDict(
    "ModifyDBShardGroupParameters",
    {
        "DbShardGroupIdentifier": S,
        "DbShardGroupIdentifier.$": str,
        "MaxACU": F,
        "MaxACU.$": str,
        "MinACU": F,
        "MinACU.$": str,
        "ComputeRedundancy": I,
        "ComputeRedundancy.$": str,
    },
    total=False,
)
ModifyDBSnapshotParameters = TypedDict(
    "ModifyDBSnapshotParameters",
    {
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
    },
    total=False,
)
ModifyDBSnapshotAttributeParameters = TypedDict(
    "ModifyDBSnapshotAttributeParameters",
    {
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "ValuesToAdd": L[Si],
        "ValuesToAdd.$": str,
        "ValuesToRemove": L[Si],
        "ValuesToRemove.$": str,
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
ModifyDataGroupParameters = TypedDict(
    "ModifyDataGroupParameters",
    {
        "DataGroupIdentifier": S,
        "DataGroupIdentifier.$": str,
        "EnableEndpoint": B,
        "EnableEndpoint.$": str,
        "DataGroupEndpointName": S,
        "DataGroupEndpointName.$": str,
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
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AllowMajorVersionUpgrade": B,
        "AllowMajorVersionUpgrade.$": str,
    },
    total=False,
)
ModifyIntegrationParameters = TypedDict(
    "ModifyIntegrationParameters",
    {
        "IntegrationIdentifier": S,
        "IntegrationIdentifier.$": str,
        "IntegrationName": S,
        "IntegrationName.$": str,
        "DataFilter": S,
        "DataFilter.$": str,
        "Description": S,
        "Description.$": str,
        "DataRules": S,
        "DataRules.$": str,
    },
    total=False,
)

class OptionSetting(TypedDict, total=False):
    Name: S
    Value: S
    DefaultValue: S
    Description: S
    ApplyType: S
    DataType: S
    AllowedValues: S
    IsModifiable: B
    IsCollection: B

class OptionConfiguration(TypedDict, total=False):
    OptionName: S
    Port: I
    OptionVersion: S
    DbSecurityGroupMemberships: L[Si]
    VpcSecurityGroupMemberships: L[Si]
    OptionSettings: L[Xi[OptionSetting]]

ModifyOptionGroupParameters = TypedDict(
    "ModifyOptionGroupParameters",
    {
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "OptionsToInclude": L[Xi[OptionConfiguration]],
        "OptionsToInclude.$": str,
        "OptionsToRemove": L[Si],
        "OptionsToRemove.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)
ModifyTenantDatabaseParameters = TypedDict(
    "ModifyTenantDatabaseParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "TenantDBName": S,
        "TenantDBName.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "NewTenantDBName": S,
        "NewTenantDBName.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "RotateMasterUserPassword": B,
        "RotateMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
    },
    total=False,
)
MoveDataGroupParameters = TypedDict(
    "MoveDataGroupParameters",
    {
        "DataGroupIdentifier": S,
        "DataGroupIdentifier.$": str,
        "MoveOperation": S,
        "MoveOperation.$": str,
        "TargetDBClusterIdentifier": S,
        "TargetDBClusterIdentifier.$": str,
    },
    total=False,
)
PromoteReadReplicaParameters = TypedDict(
    "PromoteReadReplicaParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
PromoteReadReplicaDBClusterParameters = TypedDict(
    "PromoteReadReplicaDBClusterParameters",
    {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str},
    total=False,
)
PurchaseReservedDBInstancesOfferingParameters = TypedDict(
    "PurchaseReservedDBInstancesOfferingParameters",
    {
        "ReservedDBInstancesOfferingId": S,
        "ReservedDBInstancesOfferingId.$": str,
        "ReservedDBInstanceId": S,
        "ReservedDBInstanceId.$": str,
        "DbInstanceCount": I,
        "DbInstanceCount.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
RebootDBClusterParameters = TypedDict(
    "RebootDBClusterParameters",
    {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str},
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
RebootDBShardGroupParameters = TypedDict(
    "RebootDBShardGroupParameters",
    {"DbShardGroupIdentifier": S, "DbShardGroupIdentifier.$": str},
    total=False,
)
RegisterDBProxyTargetsParameters = TypedDict(
    "RegisterDBProxyTargetsParameters",
    {
        "DbProxyName": S,
        "DbProxyName.$": str,
        "TargetGroupName": S,
        "TargetGroupName.$": str,
        "DbInstanceIdentifiers": L[Si],
        "DbInstanceIdentifiers.$": str,
        "DbClusterIdentifiers": L[Si],
        "DbClusterIdentifiers.$": str,
    },
    total=False,
)
RemoveDBClusterFromDBClusterGroupParameters = TypedDict(
    "RemoveDBClusterFromDBClusterGroupParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
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
RemoveRoleFromDBClusterParameters = TypedDict(
    "RemoveRoleFromDBClusterParameters",
    {
        "DbClusterIdentifier": S,
        "DbClusterIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
    },
    total=False,
)
RemoveRoleFromDBInstanceParameters = TypedDict(
    "RemoveRoleFromDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "FeatureName": S,
        "FeatureName.$": str,
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
ResetDBParameterGroupParameters = TypedDict(
    "ResetDBParameterGroupParameters",
    {
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "ResetAllParameters": B,
        "ResetAllParameters.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
RestoreDBClusterFromS3Parameters = TypedDict(
    "RestoreDBClusterFromS3Parameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "CharacterSetName": S,
        "CharacterSetName.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
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
        "OptionGroupName": S,
        "OptionGroupName.$": str,
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
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "SourceEngine": S,
        "SourceEngine.$": str,
        "SourceEngineVersion": S,
        "SourceEngineVersion.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
        "S3IngestionRoleArn": S,
        "S3IngestionRoleArn.$": str,
        "BacktrackWindow": I,
        "BacktrackWindow.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AssociatedRoles": L[Xi[DBClusterAssociatedRole]],
        "AssociatedRoles.$": str,
    },
    total=False,
)

class DataGroupRestoreConfiguration(TypedDict, total=False):
    DataGroupIdentifier: S
    AdditionalEncryptionContext: M[S]
    KmsKeyId: S

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
        "DatabaseName": S,
        "DatabaseName.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "BacktrackWindow": I,
        "BacktrackWindow.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
        "ScalingConfiguration": X[ScalingConfiguration],
        "ScalingConfiguration.$": str,
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "DbClusterInstanceClass": S,
        "DbClusterInstanceClass.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "Iops": I,
        "Iops.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "RdsCustomClusterConfiguration": X[RdsCustomClusterConfiguration],
        "RdsCustomClusterConfiguration.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "EnableVPCNetworking": B,
        "EnableVPCNetworking.$": str,
        "EnableInternetAccessGateway": B,
        "EnableInternetAccessGateway.$": str,
        "AssociatedRoles": L[Xi[DBClusterAssociatedRole]],
        "AssociatedRoles.$": str,
        "DataGroupRestoreConfigurations": L[Xi[DataGroupRestoreConfiguration]],
        "DataGroupRestoreConfigurations.$": str,
    },
    total=False,
)

class MemberClusterProvisioningConfiguration(TypedDict, total=False):
    CopyTagsToSnapshot: B
    DbSubnetGroupName: S
    DeletionProtection: B
    EngineLifecycleSupport: S
    KmsKeyId: S
    Tags: L[Xi[Tag]]
    TagSpecifications: L[Xi[TagSpecification]]

class MemberClusterOverride(TypedDict, total=False):
    SourceDBClusterResourceId: S
    DbClusterIdentifier: S
    ProvisioningConfiguration: X[MemberClusterProvisioningConfiguration]

RestoreDBClusterGroupFromSnapshotParameters = TypedDict(
    "RestoreDBClusterGroupFromSnapshotParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "MemberClusterProvisioningConfiguration": X[MemberClusterProvisioningConfiguration],
        "MemberClusterProvisioningConfiguration.$": str,
        "MemberClusterOverrides": L[Xi[MemberClusterOverride]],
        "MemberClusterOverrides.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableRouting": B,
        "EnableRouting.$": str,
        "RoutingEndpointConfiguration": X[RoutingEndpointConfiguration],
        "RoutingEndpointConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "DbClusterGroupSnapshotIdentifier": S,
        "DbClusterGroupSnapshotIdentifier.$": str,
    },
    total=False,
)
RestoreDBClusterGroupToPointInTimeParameters = TypedDict(
    "RestoreDBClusterGroupToPointInTimeParameters",
    {
        "DbClusterGroupIdentifier": S,
        "DbClusterGroupIdentifier.$": str,
        "MemberClusterProvisioningConfiguration": X[MemberClusterProvisioningConfiguration],
        "MemberClusterProvisioningConfiguration.$": str,
        "MemberClusterOverrides": L[Xi[MemberClusterOverride]],
        "MemberClusterOverrides.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableRouting": B,
        "EnableRouting.$": str,
        "RoutingEndpointConfiguration": X[RoutingEndpointConfiguration],
        "RoutingEndpointConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "SourceDBClusterGroupIdentifier": S,
        "SourceDBClusterGroupIdentifier.$": str,
        "SourceDBClusterGroupResourceId": S,
        "SourceDBClusterGroupResourceId.$": str,
        "RestoreToTime": T,
        "RestoreToTime.$": str,
        "UseLatestRestorableTime": B,
        "UseLatestRestorableTime.$": str,
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
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "BacktrackWindow": I,
        "BacktrackWindow.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "DbClusterParameterGroupName": S,
        "DbClusterParameterGroupName.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "DbClusterInstanceClass": S,
        "DbClusterInstanceClass.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Iops": I,
        "Iops.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "SourceDbClusterResourceId": S,
        "SourceDbClusterResourceId.$": str,
        "ServerlessV2ScalingConfiguration": X[ServerlessV2ScalingConfiguration],
        "ServerlessV2ScalingConfiguration.$": str,
        "ScalingConfiguration": X[ScalingConfiguration],
        "ScalingConfiguration.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
        "RdsCustomClusterConfiguration": X[RdsCustomClusterConfiguration],
        "RdsCustomClusterConfiguration.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "EnableVPCNetworking": B,
        "EnableVPCNetworking.$": str,
        "EnableInternetAccessGateway": B,
        "EnableInternetAccessGateway.$": str,
        "AssociatedRoles": L[Xi[DBClusterAssociatedRole]],
        "AssociatedRoles.$": str,
        "DataGroupRestoreConfigurations": L[Xi[DataGroupRestoreConfiguration]],
        "DataGroupRestoreConfigurations.$": str,
    },
    total=False,
)
RestoreDBInstanceFromDBSnapshotParameters = TypedDict(
    "RestoreDBInstanceFromDBSnapshotParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Port": I,
        "Port.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "DbName": S,
        "DbName.$": str,
        "Engine": S,
        "Engine.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "TdeCredentialArn": S,
        "TdeCredentialArn.$": str,
        "TdeCredentialPassword": S,
        "TdeCredentialPassword.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainFqdn": S,
        "DomainFqdn.$": str,
        "DomainOu": S,
        "DomainOu.$": str,
        "DomainAuthSecretArn": S,
        "DomainAuthSecretArn.$": str,
        "DomainDnsIps": L[Si],
        "DomainDnsIps.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "UseDefaultProcessorFeatures": B,
        "UseDefaultProcessorFeatures.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "EnableCustomerOwnedIp": B,
        "EnableCustomerOwnedIp.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "BackupTarget": S,
        "BackupTarget.$": str,
        "CustomIamInstanceProfile": S,
        "CustomIamInstanceProfile.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "DbClusterSnapshotIdentifier": S,
        "DbClusterSnapshotIdentifier.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "AdditionalStorageVolumes": L[Xi[AdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
    },
    total=False,
)
RestoreDBInstanceFromS3Parameters = TypedDict(
    "RestoreDBInstanceFromS3Parameters",
    {
        "DbName": S,
        "DbName.$": str,
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Engine": S,
        "Engine.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "DbSecurityGroups": L[Si],
        "DbSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "Port": I,
        "Port.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "StorageEncrypted": B,
        "StorageEncrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "MonitoringInterval": I,
        "MonitoringInterval.$": str,
        "MonitoringRoleArn": S,
        "MonitoringRoleArn.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "SourceEngine": S,
        "SourceEngine.$": str,
        "SourceEngineVersion": S,
        "SourceEngineVersion.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
        "S3IngestionRoleArn": S,
        "S3IngestionRoleArn.$": str,
        "DatabaseInsightsMode": S,
        "DatabaseInsightsMode.$": str,
        "EnablePerformanceInsights": B,
        "EnablePerformanceInsights.$": str,
        "PerformanceInsightsKMSKeyId": S,
        "PerformanceInsightsKMSKeyId.$": str,
        "PerformanceInsightsRetentionPeriod": I,
        "PerformanceInsightsRetentionPeriod.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "UseDefaultProcessorFeatures": B,
        "UseDefaultProcessorFeatures.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "MaxAllocatedStorage": I,
        "MaxAllocatedStorage.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "AdditionalStorageVolumes": L[Xi[AdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
RestoreDBInstanceToPointInTimeParameters = TypedDict(
    "RestoreDBInstanceToPointInTimeParameters",
    {
        "SourceDBInstanceIdentifier": S,
        "SourceDBInstanceIdentifier.$": str,
        "TargetDBInstanceIdentifier": S,
        "TargetDBInstanceIdentifier.$": str,
        "RestoreTime": T,
        "RestoreTime.$": str,
        "UseLatestRestorableTime": B,
        "UseLatestRestorableTime.$": str,
        "DbInstanceClass": S,
        "DbInstanceClass.$": str,
        "Port": I,
        "Port.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "DbSubnetGroupName": S,
        "DbSubnetGroupName.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "DbName": S,
        "DbName.$": str,
        "Engine": S,
        "Engine.$": str,
        "Iops": I,
        "Iops.$": str,
        "StorageThroughput": I,
        "StorageThroughput.$": str,
        "OptionGroupName": S,
        "OptionGroupName.$": str,
        "CopyTagsToSnapshot": B,
        "CopyTagsToSnapshot.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "TdeCredentialArn": S,
        "TdeCredentialArn.$": str,
        "TdeCredentialPassword": S,
        "TdeCredentialPassword.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainIAMRoleName": S,
        "DomainIAMRoleName.$": str,
        "DomainFqdn": S,
        "DomainFqdn.$": str,
        "DomainOu": S,
        "DomainOu.$": str,
        "DomainAuthSecretArn": S,
        "DomainAuthSecretArn.$": str,
        "DomainDnsIps": L[Si],
        "DomainDnsIps.$": str,
        "EnableIAMDatabaseAuthentication": B,
        "EnableIAMDatabaseAuthentication.$": str,
        "EnableCloudwatchLogsExports": L[Si],
        "EnableCloudwatchLogsExports.$": str,
        "ProcessorFeatures": L[Xi[ProcessorFeature]],
        "ProcessorFeatures.$": str,
        "UseDefaultProcessorFeatures": B,
        "UseDefaultProcessorFeatures.$": str,
        "DbParameterGroupName": S,
        "DbParameterGroupName.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "SourceDbiResourceId": S,
        "SourceDbiResourceId.$": str,
        "MaxAllocatedStorage": I,
        "MaxAllocatedStorage.$": str,
        "EnableCustomerOwnedIp": B,
        "EnableCustomerOwnedIp.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "SourceDBInstanceAutomatedBackupsArn": S,
        "SourceDBInstanceAutomatedBackupsArn.$": str,
        "BackupTarget": S,
        "BackupTarget.$": str,
        "CustomIamInstanceProfile": S,
        "CustomIamInstanceProfile.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
        "DedicatedLogVolume": B,
        "DedicatedLogVolume.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "EngineLifecycleSupport": S,
        "EngineLifecycleSupport.$": str,
        "AdditionalStorageVolumes": L[Xi[AdditionalStorageVolume]],
        "AdditionalStorageVolumes.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ManageMasterUserPassword": B,
        "ManageMasterUserPassword.$": str,
        "MasterUserSecretKmsKeyId": S,
        "MasterUserSecretKmsKeyId.$": str,
    },
    total=False,
)
ResyncIntegrationParameters = TypedDict(
    "ResyncIntegrationParameters",
    {
        "IntegrationIdentifier": S,
        "IntegrationIdentifier.$": str,
        "Tables": L[Si],
        "Tables.$": str,
        "FullResync": B,
        "FullResync.$": str,
    },
    total=False,
)
RevokeDBSecurityGroupIngressParameters = TypedDict(
    "RevokeDBSecurityGroupIngressParameters",
    {
        "DbSecurityGroupName": S,
        "DbSecurityGroupName.$": str,
        "Cidrip": S,
        "Cidrip.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupId": S,
        "Ec2SecurityGroupId.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
StartActivityStreamParameters = TypedDict(
    "StartActivityStreamParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Mode": S,
        "Mode.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "EngineNativeAuditFieldsIncluded": B,
        "EngineNativeAuditFieldsIncluded.$": str,
    },
    total=False,
)
StartDBClusterParameters = TypedDict(
    "StartDBClusterParameters",
    {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str},
    total=False,
)
StartDBInstanceParameters = TypedDict(
    "StartDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbCapacityReservationIdentifier": S,
        "DbCapacityReservationIdentifier.$": str,
    },
    total=False,
)
StartDBInstanceAutomatedBackupsReplicationParameters = TypedDict(
    "StartDBInstanceAutomatedBackupsReplicationParameters",
    {
        "SourceDBInstanceArn": S,
        "SourceDBInstanceArn.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreSignedUrl": S,
        "PreSignedUrl.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartExportTaskParameters = TypedDict(
    "StartExportTaskParameters",
    {
        "ExportTaskIdentifier": S,
        "ExportTaskIdentifier.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
        "ExportOnly": L[Si],
        "ExportOnly.$": str,
    },
    total=False,
)
StopActivityStreamParameters = TypedDict(
    "StopActivityStreamParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ApplyImmediately": B, "ApplyImmediately.$": str},
    total=False,
)
StopDBClusterParameters = TypedDict(
    "StopDBClusterParameters", {"DbClusterIdentifier": S, "DbClusterIdentifier.$": str}, total=False
)
StopDBInstanceParameters = TypedDict(
    "StopDBInstanceParameters",
    {
        "DbInstanceIdentifier": S,
        "DbInstanceIdentifier.$": str,
        "DbSnapshotIdentifier": S,
        "DbSnapshotIdentifier.$": str,
        "DetachFromDBCapacityReservation": B,
        "DetachFromDBCapacityReservation.$": str,
    },
    total=False,
)
StopDBInstanceAutomatedBackupsReplicationParameters = TypedDict(
    "StopDBInstanceAutomatedBackupsReplicationParameters",
    {"SourceDBInstanceArn": S, "SourceDBInstanceArn.$": str},
    total=False,
)
SwitchoverBlueGreenDeploymentParameters = TypedDict(
    "SwitchoverBlueGreenDeploymentParameters",
    {
        "BlueGreenDeploymentIdentifier": S,
        "BlueGreenDeploymentIdentifier.$": str,
        "SwitchoverTimeout": I,
        "SwitchoverTimeout.$": str,
    },
    total=False,
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
SwitchoverReadReplicaParameters = TypedDict(
    "SwitchoverReadReplicaParameters",
    {"DbInstanceIdentifier": S, "DbInstanceIdentifier.$": str},
    total=False,
)
add_db_cluster_to_db_cluster_group: Builder[AddDBClusterToDBClusterGroupParameters]
add_role_to_db_cluster: Builder[AddRoleToDBClusterParameters]
add_role_to_db_instance: Builder[AddRoleToDBInstanceParameters]
add_source_identifier_to_subscription: Builder[AddSourceIdentifierToSubscriptionParameters]
add_tags_to_resource: Builder[AddTagsToResourceParameters]
apply_pending_maintenance_action: Builder[ApplyPendingMaintenanceActionParameters]
authorize_db_security_group_ingress: Builder[AuthorizeDBSecurityGroupIngressParameters]
backtrack_db_cluster: Builder[BacktrackDBClusterParameters]
cancel_db_capacity_reservation: Builder[CancelDBCapacityReservationParameters]
cancel_export_task: Builder[CancelExportTaskParameters]
copy_db_cluster_parameter_group: Builder[CopyDBClusterParameterGroupParameters]
copy_db_cluster_snapshot: Builder[CopyDBClusterSnapshotParameters]
copy_db_parameter_group: Builder[CopyDBParameterGroupParameters]
copy_db_snapshot: Builder[CopyDBSnapshotParameters]
copy_option_group: Builder[CopyOptionGroupParameters]
create_blue_green_deployment: Builder[CreateBlueGreenDeploymentParameters]
create_branch: Builder[CreateBranchParameters]
create_custom_db_engine_version: Builder[CreateCustomDBEngineVersionParameters]
create_db_capacity_reservation: Builder[CreateDBCapacityReservationParameters]
create_db_cluster: Builder[CreateDBClusterParameters]
create_db_cluster_endpoint: Builder[CreateDBClusterEndpointParameters]
create_db_cluster_group: Builder[CreateDBClusterGroupParameters]
create_db_cluster_group_snapshot: Builder[CreateDBClusterGroupSnapshotParameters]
create_db_cluster_parameter_group: Builder[CreateDBClusterParameterGroupParameters]
create_db_cluster_snapshot: Builder[CreateDBClusterSnapshotParameters]
create_db_instance: Builder[CreateDBInstanceParameters]
create_db_instance_read_replica: Builder[CreateDBInstanceReadReplicaParameters]
create_db_parameter_group: Builder[CreateDBParameterGroupParameters]
create_db_proxy: Builder[CreateDBProxyParameters]
create_db_proxy_endpoint: Builder[CreateDBProxyEndpointParameters]
create_db_security_group: Builder[CreateDBSecurityGroupParameters]
create_db_shard_group: Builder[CreateDBShardGroupParameters]
create_db_snapshot: Builder[CreateDBSnapshotParameters]
create_db_subnet_group: Builder[CreateDBSubnetGroupParameters]
create_data_group: Builder[CreateDataGroupParameters]
create_event_subscription: Builder[CreateEventSubscriptionParameters]
create_global_cluster: Builder[CreateGlobalClusterParameters]
create_integration: Builder[CreateIntegrationParameters]
create_option_group: Builder[CreateOptionGroupParameters]
create_tenant_database: Builder[CreateTenantDatabaseParameters]
delete_blue_green_deployment: Builder[DeleteBlueGreenDeploymentParameters]
delete_branch: Builder[DeleteBranchParameters]
delete_custom_db_engine_version: Builder[DeleteCustomDBEngineVersionParameters]
delete_db_cluster: Builder[DeleteDBClusterParameters]
delete_db_cluster_automated_backup: Builder[DeleteDBClusterAutomatedBackupParameters]
delete_db_cluster_endpoint: Builder[DeleteDBClusterEndpointParameters]
delete_db_cluster_group: Builder[DeleteDBClusterGroupParameters]
delete_db_cluster_group_automated_backup: Builder[DeleteDBClusterGroupAutomatedBackupParameters]
delete_db_cluster_group_snapshot: Builder[DeleteDBClusterGroupSnapshotParameters]
delete_db_cluster_parameter_group: Builder[DeleteDBClusterParameterGroupParameters]
delete_db_cluster_snapshot: Builder[DeleteDBClusterSnapshotParameters]
delete_db_instance: Builder[DeleteDBInstanceParameters]
delete_db_instance_automated_backup: Builder[DeleteDBInstanceAutomatedBackupParameters]
delete_db_parameter_group: Builder[DeleteDBParameterGroupParameters]
delete_db_proxy: Builder[DeleteDBProxyParameters]
delete_db_proxy_endpoint: Builder[DeleteDBProxyEndpointParameters]
delete_db_security_group: Builder[DeleteDBSecurityGroupParameters]
delete_db_shard_group: Builder[DeleteDBShardGroupParameters]
delete_db_snapshot: Builder[DeleteDBSnapshotParameters]
delete_db_subnet_group: Builder[DeleteDBSubnetGroupParameters]
delete_data_group: Builder[DeleteDataGroupParameters]
delete_event_subscription: Builder[DeleteEventSubscriptionParameters]
delete_global_cluster: Builder[DeleteGlobalClusterParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_option_group: Builder[DeleteOptionGroupParameters]
delete_tenant_database: Builder[DeleteTenantDatabaseParameters]
deregister_db_proxy_targets: Builder[DeregisterDBProxyTargetsParameters]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_blue_green_deployments: Builder[DescribeBlueGreenDeploymentsParameters]
describe_branches: Builder[DescribeBranchesParameters]
describe_certificates: Builder[DescribeCertificatesParameters]
describe_db_capacity_reservations: Builder[DescribeDBCapacityReservationsParameters]
describe_db_cluster_automated_backups: Builder[DescribeDBClusterAutomatedBackupsParameters]
describe_db_cluster_backtracks: Builder[DescribeDBClusterBacktracksParameters]
describe_db_cluster_endpoints: Builder[DescribeDBClusterEndpointsParameters]
describe_db_cluster_group_automated_backup_members: Builder[
    DescribeDBClusterGroupAutomatedBackupMembersParameters
]
describe_db_cluster_group_automated_backups: Builder[
    DescribeDBClusterGroupAutomatedBackupsParameters
]
describe_db_cluster_group_snapshots: Builder[DescribeDBClusterGroupSnapshotsParameters]
describe_db_cluster_groups: Builder[DescribeDBClusterGroupsParameters]
describe_db_cluster_parameter_groups: Builder[DescribeDBClusterParameterGroupsParameters]
describe_db_cluster_parameters: Builder[DescribeDBClusterParametersParameters]
describe_db_cluster_snapshot_attributes: Builder[DescribeDBClusterSnapshotAttributesParameters]
describe_db_cluster_snapshot_data_groups: Builder[DescribeDBClusterSnapshotDataGroupsParameters]
describe_db_cluster_snapshots: Builder[DescribeDBClusterSnapshotsParameters]
describe_db_clusters: Builder[DescribeDBClustersParameters]
describe_db_engine_versions: Builder[DescribeDBEngineVersionsParameters]
describe_db_instance_automated_backups: Builder[DescribeDBInstanceAutomatedBackupsParameters]
describe_db_instances: Builder[DescribeDBInstancesParameters]
describe_db_log_files: Builder[DescribeDBLogFilesParameters]
describe_db_major_engine_versions: Builder[DescribeDBMajorEngineVersionsParameters]
describe_db_parameter_groups: Builder[DescribeDBParameterGroupsParameters]
describe_db_parameters: Builder[DescribeDBParametersParameters]
describe_db_proxies: Builder[DescribeDBProxiesParameters]
describe_db_proxy_endpoints: Builder[DescribeDBProxyEndpointsParameters]
describe_db_proxy_target_groups: Builder[DescribeDBProxyTargetGroupsParameters]
describe_db_proxy_targets: Builder[DescribeDBProxyTargetsParameters]
describe_db_recommendations: Builder[DescribeDBRecommendationsParameters]
describe_db_security_groups: Builder[DescribeDBSecurityGroupsParameters]
describe_db_shard_groups: Builder[DescribeDBShardGroupsParameters]
describe_db_snapshot_attributes: Builder[DescribeDBSnapshotAttributesParameters]
describe_db_snapshot_tenant_databases: Builder[DescribeDBSnapshotTenantDatabasesParameters]
describe_db_snapshots: Builder[DescribeDBSnapshotsParameters]
describe_db_subnet_groups: Builder[DescribeDBSubnetGroupsParameters]
describe_data_group_restore_windows: Builder[DescribeDataGroupRestoreWindowsParameters]
describe_data_groups: Builder[DescribeDataGroupsParameters]
describe_engine_default_cluster_parameters: Builder[
    DescribeEngineDefaultClusterParametersParameters
]
describe_engine_default_parameters: Builder[DescribeEngineDefaultParametersParameters]
describe_event_categories: Builder[DescribeEventCategoriesParameters]
describe_event_subscriptions: Builder[DescribeEventSubscriptionsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_export_tasks: Builder[DescribeExportTasksParameters]
describe_global_clusters: Builder[DescribeGlobalClustersParameters]
describe_integrations: Builder[DescribeIntegrationsParameters]
describe_option_group_options: Builder[DescribeOptionGroupOptionsParameters]
describe_option_groups: Builder[DescribeOptionGroupsParameters]
describe_orderable_db_instance_options: Builder[DescribeOrderableDBInstanceOptionsParameters]
describe_pending_maintenance_actions: Builder[DescribePendingMaintenanceActionsParameters]
describe_reserved_db_instances: Builder[DescribeReservedDBInstancesParameters]
describe_reserved_db_instances_offerings: Builder[DescribeReservedDBInstancesOfferingsParameters]
describe_serverless_v2_platform_versions: Builder[DescribeServerlessV2PlatformVersionsParameters]
describe_source_regions: Builder[DescribeSourceRegionsParameters]
describe_tenant_databases: Builder[DescribeTenantDatabasesParameters]
describe_valid_db_instance_modifications: Builder[DescribeValidDBInstanceModificationsParameters]
disable_http_endpoint: Builder[DisableHttpEndpointParameters]
download_db_log_file_portion: Builder[DownloadDBLogFilePortionParameters]
enable_http_endpoint: Builder[EnableHttpEndpointParameters]
failover_db_cluster: Builder[FailoverDBClusterParameters]
failover_global_cluster: Builder[FailoverGlobalClusterParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_activity_stream: Builder[ModifyActivityStreamParameters]
modify_certificates: Builder[ModifyCertificatesParameters]
modify_current_db_cluster_capacity: Builder[ModifyCurrentDBClusterCapacityParameters]
modify_custom_db_engine_version: Builder[ModifyCustomDBEngineVersionParameters]
modify_db_capacity_reservation: Builder[ModifyDBCapacityReservationParameters]
modify_db_cluster: Builder[ModifyDBClusterParameters]
modify_db_cluster_endpoint: Builder[ModifyDBClusterEndpointParameters]
modify_db_cluster_group: Builder[ModifyDBClusterGroupParameters]
modify_db_cluster_parameter_group: Builder[ModifyDBClusterParameterGroupParameters]
modify_db_cluster_snapshot_attribute: Builder[ModifyDBClusterSnapshotAttributeParameters]
modify_db_instance: Builder[ModifyDBInstanceParameters]
modify_db_parameter_group: Builder[ModifyDBParameterGroupParameters]
modify_db_proxy: Builder[ModifyDBProxyParameters]
modify_db_proxy_endpoint: Builder[ModifyDBProxyEndpointParameters]
modify_db_proxy_target_group: Builder[ModifyDBProxyTargetGroupParameters]
modify_db_recommendation: Builder[ModifyDBRecommendationParameters]
modify_db_shard_group: Builder[ModifyDBShardGroupParameters]
modify_db_snapshot: Builder[ModifyDBSnapshotParameters]
modify_db_snapshot_attribute: Builder[ModifyDBSnapshotAttributeParameters]
modify_db_subnet_group: Builder[ModifyDBSubnetGroupParameters]
modify_data_group: Builder[ModifyDataGroupParameters]
modify_event_subscription: Builder[ModifyEventSubscriptionParameters]
modify_global_cluster: Builder[ModifyGlobalClusterParameters]
modify_integration: Builder[ModifyIntegrationParameters]
modify_option_group: Builder[ModifyOptionGroupParameters]
modify_tenant_database: Builder[ModifyTenantDatabaseParameters]
move_data_group: Builder[MoveDataGroupParameters]
promote_read_replica: Builder[PromoteReadReplicaParameters]
promote_read_replica_db_cluster: Builder[PromoteReadReplicaDBClusterParameters]
purchase_reserved_db_instances_offering: Builder[PurchaseReservedDBInstancesOfferingParameters]
reboot_db_cluster: Builder[RebootDBClusterParameters]
reboot_db_instance: Builder[RebootDBInstanceParameters]
reboot_db_shard_group: Builder[RebootDBShardGroupParameters]
register_db_proxy_targets: Builder[RegisterDBProxyTargetsParameters]
remove_db_cluster_from_db_cluster_group: Builder[RemoveDBClusterFromDBClusterGroupParameters]
remove_from_global_cluster: Builder[RemoveFromGlobalClusterParameters]
remove_role_from_db_cluster: Builder[RemoveRoleFromDBClusterParameters]
remove_role_from_db_instance: Builder[RemoveRoleFromDBInstanceParameters]
remove_source_identifier_from_subscription: Builder[
    RemoveSourceIdentifierFromSubscriptionParameters
]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_db_cluster_parameter_group: Builder[ResetDBClusterParameterGroupParameters]
reset_db_parameter_group: Builder[ResetDBParameterGroupParameters]
restore_db_cluster_from_s3: Builder[RestoreDBClusterFromS3Parameters]
restore_db_cluster_from_snapshot: Builder[RestoreDBClusterFromSnapshotParameters]
restore_db_cluster_group_from_snapshot: Builder[RestoreDBClusterGroupFromSnapshotParameters]
restore_db_cluster_group_to_point_in_time: Builder[RestoreDBClusterGroupToPointInTimeParameters]
restore_db_cluster_to_point_in_time: Builder[RestoreDBClusterToPointInTimeParameters]
restore_db_instance_from_db_snapshot: Builder[RestoreDBInstanceFromDBSnapshotParameters]
restore_db_instance_from_s3: Builder[RestoreDBInstanceFromS3Parameters]
restore_db_instance_to_point_in_time: Builder[RestoreDBInstanceToPointInTimeParameters]
resync_integration: Builder[ResyncIntegrationParameters]
revoke_db_security_group_ingress: Builder[RevokeDBSecurityGroupIngressParameters]
start_activity_stream: Builder[StartActivityStreamParameters]
start_db_cluster: Builder[StartDBClusterParameters]
start_db_instance: Builder[StartDBInstanceParameters]
start_db_instance_automated_backups_replication: Builder[
    StartDBInstanceAutomatedBackupsReplicationParameters
]
start_export_task: Builder[StartExportTaskParameters]
stop_activity_stream: Builder[StopActivityStreamParameters]
stop_db_cluster: Builder[StopDBClusterParameters]
stop_db_instance: Builder[StopDBInstanceParameters]
stop_db_instance_automated_backups_replication: Builder[
    StopDBInstanceAutomatedBackupsReplicationParameters
]
switchover_blue_green_deployment: Builder[SwitchoverBlueGreenDeploymentParameters]
switchover_global_cluster: Builder[SwitchoverGlobalClusterParameters]
switchover_read_replica: Builder[SwitchoverReadReplicaParameters]

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
