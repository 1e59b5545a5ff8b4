"""Typed builders of the AWS SDK integration of redshiftserverless (``aws-sdk:redshiftserverless:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

ConvertRecoveryPointToSnapshotParameters = TypedDict(
    "ConvertRecoveryPointToSnapshotParameters",
    {
        "RecoveryPointId": S,
        "RecoveryPointId.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomDomainAssociationParameters = TypedDict(
    "CreateCustomDomainAssociationParameters",
    {
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
    },
    total=False,
)
CreateEndpointAccessParameters = TypedDict(
    "CreateEndpointAccessParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
    },
    total=False,
)

class IdentityFederationSetting(TypedDict, total=False):
    Mode: S
    Inherited: B

class SystemRolesFederationSetting(TypedDict, total=False):
    Roles: L[Si]
    Inherited: B

class IdentityConfiguration(TypedDict, total=False):
    IdentityFederation: X[IdentityFederationSetting]
    SystemRolesFederation: X[SystemRolesFederationSetting]

CreateNamespaceParameters = TypedDict(
    "CreateNamespaceParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "DbName": S,
        "DbName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DefaultIamRoleArn": S,
        "DefaultIamRoleArn.$": str,
        "IamRoles": L[Si],
        "IamRoles.$": str,
        "LogExports": L[Si],
        "LogExports.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ManageAdminPassword": B,
        "ManageAdminPassword.$": str,
        "AdminPasswordSecretKmsKeyId": S,
        "AdminPasswordSecretKmsKeyId.$": str,
        "RedshiftIdcApplicationArn": S,
        "RedshiftIdcApplicationArn.$": str,
        "IdentityConfiguration": X[IdentityConfiguration],
        "IdentityConfiguration.$": str,
    },
    total=False,
)
CreateReservationParameters = TypedDict(
    "CreateReservationParameters",
    {
        "Capacity": I,
        "Capacity.$": str,
        "OfferingId": S,
        "OfferingId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class IamPrincipalInput(TypedDict, total=False):
    Arn: S

class PrincipalInput(TypedDict, total=False):
    Iam: X[IamPrincipalInput]

CreateRoleAssociationParameters = TypedDict(
    "CreateRoleAssociationParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "RoleType": S,
        "RoleType.$": str,
        "Principal": X[PrincipalInput],
        "Principal.$": str,
    },
    total=False,
)

class CreateSnapshotScheduleActionParameters(TypedDict, total=False):
    NamespaceName: S
    SnapshotNamePrefix: S
    RetentionPeriod: I
    Tags: L[Xi[Tag]]

class TargetAction(TypedDict, total=False):
    CreateSnapshot: X[CreateSnapshotScheduleActionParameters]

class Schedule(TypedDict, total=False):
    At: T
    Cron: S

CreateScheduledActionParameters = TypedDict(
    "CreateScheduledActionParameters",
    {
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "TargetAction": X[TargetAction],
        "TargetAction.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ScheduledActionDescription": S,
        "ScheduledActionDescription.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSnapshotCopyConfigurationParameters = TypedDict(
    "CreateSnapshotCopyConfigurationParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "SnapshotRetentionPeriod": I,
        "SnapshotRetentionPeriod.$": str,
        "DestinationKmsKeyId": S,
        "DestinationKmsKeyId.$": str,
    },
    total=False,
)
CreateUsageLimitParameters = TypedDict(
    "CreateUsageLimitParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "UsageType": S,
        "UsageType.$": str,
        "Amount": I,
        "Amount.$": str,
        "Period": S,
        "Period.$": str,
        "BreachAction": S,
        "BreachAction.$": str,
    },
    total=False,
)

class ConfigParameter(TypedDict, total=False):
    ParameterKey: S
    ParameterValue: S

class PerformanceTarget(TypedDict, total=False):
    Status: S
    Level: I

CreateWorkgroupParameters = TypedDict(
    "CreateWorkgroupParameters",
    {
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "BaseCapacity": I,
        "BaseCapacity.$": str,
        "EnhancedVpcRouting": B,
        "EnhancedVpcRouting.$": str,
        "ConfigParameters": L[Xi[ConfigParameter]],
        "ConfigParameters.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Port": I,
        "Port.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "PricePerformanceTarget": X[PerformanceTarget],
        "PricePerformanceTarget.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "TrackName": S,
        "TrackName.$": str,
        "ExtraComputeForAutomaticOptimization": B,
        "ExtraComputeForAutomaticOptimization.$": str,
    },
    total=False,
)
DeleteCustomDomainAssociationParameters = TypedDict(
    "DeleteCustomDomainAssociationParameters",
    {"WorkgroupName": S, "WorkgroupName.$": str, "CustomDomainName": S, "CustomDomainName.$": str},
    total=False,
)
DeleteEndpointAccessParameters = TypedDict(
    "DeleteEndpointAccessParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteNamespaceParameters = TypedDict(
    "DeleteNamespaceParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "FinalSnapshotName": S,
        "FinalSnapshotName.$": str,
        "FinalSnapshotRetentionPeriod": I,
        "FinalSnapshotRetentionPeriod.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRoleAssociationParameters = TypedDict(
    "DeleteRoleAssociationParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "RoleType": S,
        "RoleType.$": str,
        "Principal": X[PrincipalInput],
        "Principal.$": str,
    },
    total=False,
)
DeleteScheduledActionParameters = TypedDict(
    "DeleteScheduledActionParameters",
    {"ScheduledActionName": S, "ScheduledActionName.$": str},
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters", {"SnapshotName": S, "SnapshotName.$": str}, total=False
)
DeleteSnapshotCopyConfigurationParameters = TypedDict(
    "DeleteSnapshotCopyConfigurationParameters",
    {"SnapshotCopyConfigurationId": S, "SnapshotCopyConfigurationId.$": str},
    total=False,
)
DeleteUsageLimitParameters = TypedDict(
    "DeleteUsageLimitParameters", {"UsageLimitId": S, "UsageLimitId.$": str}, total=False
)
DeleteWorkgroupParameters = TypedDict(
    "DeleteWorkgroupParameters", {"WorkgroupName": S, "WorkgroupName.$": str}, total=False
)
GetCredentialsParameters = TypedDict(
    "GetCredentialsParameters",
    {
        "DbName": S,
        "DbName.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
    },
    total=False,
)
GetCustomDomainAssociationParameters = TypedDict(
    "GetCustomDomainAssociationParameters",
    {"CustomDomainName": S, "CustomDomainName.$": str, "WorkgroupName": S, "WorkgroupName.$": str},
    total=False,
)
GetEndpointAccessParameters = TypedDict(
    "GetEndpointAccessParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)

class GetExpressConfigurationParameters(TypedDict, total=False): ...

GetIdentityCenterAuthTokenParameters = TypedDict(
    "GetIdentityCenterAuthTokenParameters",
    {"WorkgroupNames": L[Si], "WorkgroupNames.$": str},
    total=False,
)
GetNamespaceParameters = TypedDict(
    "GetNamespaceParameters", {"NamespaceName": S, "NamespaceName.$": str}, total=False
)
GetRecoveryPointParameters = TypedDict(
    "GetRecoveryPointParameters", {"RecoveryPointId": S, "RecoveryPointId.$": str}, total=False
)
GetReservationParameters = TypedDict(
    "GetReservationParameters", {"ReservationId": S, "ReservationId.$": str}, total=False
)
GetReservationOfferingParameters = TypedDict(
    "GetReservationOfferingParameters", {"OfferingId": S, "OfferingId.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetScheduledActionParameters = TypedDict(
    "GetScheduledActionParameters",
    {"ScheduledActionName": S, "ScheduledActionName.$": str},
    total=False,
)
GetSnapshotParameters = TypedDict(
    "GetSnapshotParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
    },
    total=False,
)
GetTableRestoreStatusParameters = TypedDict(
    "GetTableRestoreStatusParameters",
    {"TableRestoreRequestId": S, "TableRestoreRequestId.$": str},
    total=False,
)
GetTrackParameters = TypedDict(
    "GetTrackParameters", {"TrackName": S, "TrackName.$": str}, total=False
)
GetUsageLimitParameters = TypedDict(
    "GetUsageLimitParameters", {"UsageLimitId": S, "UsageLimitId.$": str}, total=False
)
GetWorkgroupParameters = TypedDict(
    "GetWorkgroupParameters", {"WorkgroupName": S, "WorkgroupName.$": str}, total=False
)
ListCustomDomainAssociationsParameters = TypedDict(
    "ListCustomDomainAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
    },
    total=False,
)
ListEndpointAccessParameters = TypedDict(
    "ListEndpointAccessParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
    },
    total=False,
)
ListManagedWorkgroupsParameters = TypedDict(
    "ListManagedWorkgroupsParameters",
    {
        "SourceArn": S,
        "SourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNamespacesParameters = TypedDict(
    "ListNamespacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRecoveryPointsParameters = TypedDict(
    "ListRecoveryPointsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "NamespaceArn": S,
        "NamespaceArn.$": str,
    },
    total=False,
)
ListReservationOfferingsParameters = TypedDict(
    "ListReservationOfferingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListReservationsParameters = TypedDict(
    "ListReservationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRoleAssociationsParameters = TypedDict(
    "ListRoleAssociationsParameters",
    {"TargetArn": S, "TargetArn.$": str, "RoleType": S, "RoleType.$": str},
    total=False,
)
ListScheduledActionsParameters = TypedDict(
    "ListScheduledActionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
    },
    total=False,
)
ListSnapshotCopyConfigurationsParameters = TypedDict(
    "ListSnapshotCopyConfigurationsParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSnapshotsParameters = TypedDict(
    "ListSnapshotsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "NamespaceArn": S,
        "NamespaceArn.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
ListTableRestoreStatusParameters = TypedDict(
    "ListTableRestoreStatusParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTracksParameters = TypedDict(
    "ListTracksParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListUsageLimitsParameters = TypedDict(
    "ListUsageLimitsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "UsageType": S,
        "UsageType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkgroupsParameters = TypedDict(
    "ListWorkgroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RestoreFromRecoveryPointParameters = TypedDict(
    "RestoreFromRecoveryPointParameters",
    {
        "RecoveryPointId": S,
        "RecoveryPointId.$": str,
        "NamespaceName": S,
        "NamespaceName.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "MaintainIntegration": B,
        "MaintainIntegration.$": str,
    },
    total=False,
)
RestoreFromSnapshotParameters = TypedDict(
    "RestoreFromSnapshotParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "ManageAdminPassword": B,
        "ManageAdminPassword.$": str,
        "AdminPasswordSecretKmsKeyId": S,
        "AdminPasswordSecretKmsKeyId.$": str,
        "MaintainIntegration": B,
        "MaintainIntegration.$": str,
    },
    total=False,
)
RestoreTableFromRecoveryPointParameters = TypedDict(
    "RestoreTableFromRecoveryPointParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "RecoveryPointId": S,
        "RecoveryPointId.$": str,
        "SourceDatabaseName": S,
        "SourceDatabaseName.$": str,
        "SourceSchemaName": S,
        "SourceSchemaName.$": str,
        "SourceTableName": S,
        "SourceTableName.$": str,
        "TargetDatabaseName": S,
        "TargetDatabaseName.$": str,
        "TargetSchemaName": S,
        "TargetSchemaName.$": str,
        "NewTableName": S,
        "NewTableName.$": str,
        "ActivateCaseSensitiveIdentifier": B,
        "ActivateCaseSensitiveIdentifier.$": str,
    },
    total=False,
)
RestoreTableFromSnapshotParameters = TypedDict(
    "RestoreTableFromSnapshotParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SourceDatabaseName": S,
        "SourceDatabaseName.$": str,
        "SourceSchemaName": S,
        "SourceSchemaName.$": str,
        "SourceTableName": S,
        "SourceTableName.$": str,
        "TargetDatabaseName": S,
        "TargetDatabaseName.$": str,
        "TargetSchemaName": S,
        "TargetSchemaName.$": str,
        "NewTableName": S,
        "NewTableName.$": str,
        "ActivateCaseSensitiveIdentifier": B,
        "ActivateCaseSensitiveIdentifier.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCustomDomainAssociationParameters = TypedDict(
    "UpdateCustomDomainAssociationParameters",
    {
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
    },
    total=False,
)
UpdateEndpointAccessParameters = TypedDict(
    "UpdateEndpointAccessParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)

class LoggingConfiguration(TypedDict, total=False):
    LogExports: L[Si]
    LogDestinationType: S
    S3TableAction: S
    S3TableNames: L[Si]
    S3TableKmsKeyId: S
    S3TableGranularity: S

UpdateExpressConfigurationParameters = TypedDict(
    "UpdateExpressConfigurationParameters",
    {
        "ConfigParameters": L[Xi[ConfigParameter]],
        "ConfigParameters.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
    },
    total=False,
)
UpdateLakehouseConfigurationParameters = TypedDict(
    "UpdateLakehouseConfigurationParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "LakehouseRegistration": S,
        "LakehouseRegistration.$": str,
        "CatalogName": S,
        "CatalogName.$": str,
        "LakehouseIdcRegistration": S,
        "LakehouseIdcRegistration.$": str,
        "LakehouseIdcApplicationArn": S,
        "LakehouseIdcApplicationArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateNamespaceParameters = TypedDict(
    "UpdateNamespaceParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "AdminUsername": S,
        "AdminUsername.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DefaultIamRoleArn": S,
        "DefaultIamRoleArn.$": str,
        "IamRoles": L[Si],
        "IamRoles.$": str,
        "LogExports": L[Si],
        "LogExports.$": str,
        "ManageAdminPassword": B,
        "ManageAdminPassword.$": str,
        "AdminPasswordSecretKmsKeyId": S,
        "AdminPasswordSecretKmsKeyId.$": str,
        "LogDestinationType": S,
        "LogDestinationType.$": str,
        "S3TableAction": S,
        "S3TableAction.$": str,
        "S3TableNames": L[Si],
        "S3TableNames.$": str,
        "S3TableKmsKeyId": S,
        "S3TableKmsKeyId.$": str,
        "S3TableGranularity": S,
        "S3TableGranularity.$": str,
        "IdentityConfiguration": X[IdentityConfiguration],
        "IdentityConfiguration.$": str,
    },
    total=False,
)
UpdateScheduledActionParameters = TypedDict(
    "UpdateScheduledActionParameters",
    {
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "TargetAction": X[TargetAction],
        "TargetAction.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ScheduledActionDescription": S,
        "ScheduledActionDescription.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
UpdateSnapshotParameters = TypedDict(
    "UpdateSnapshotParameters",
    {"SnapshotName": S, "SnapshotName.$": str, "RetentionPeriod": I, "RetentionPeriod.$": str},
    total=False,
)
UpdateSnapshotCopyConfigurationParameters = TypedDict(
    "UpdateSnapshotCopyConfigurationParameters",
    {
        "SnapshotCopyConfigurationId": S,
        "SnapshotCopyConfigurationId.$": str,
        "SnapshotRetentionPeriod": I,
        "SnapshotRetentionPeriod.$": str,
    },
    total=False,
)
UpdateUsageLimitParameters = TypedDict(
    "UpdateUsageLimitParameters",
    {
        "UsageLimitId": S,
        "UsageLimitId.$": str,
        "Amount": I,
        "Amount.$": str,
        "BreachAction": S,
        "BreachAction.$": str,
    },
    total=False,
)
UpdateWorkgroupParameters = TypedDict(
    "UpdateWorkgroupParameters",
    {
        "WorkgroupName": S,
        "WorkgroupName.$": str,
        "BaseCapacity": I,
        "BaseCapacity.$": str,
        "EnhancedVpcRouting": B,
        "EnhancedVpcRouting.$": str,
        "ConfigParameters": L[Xi[ConfigParameter]],
        "ConfigParameters.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Port": I,
        "Port.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "PricePerformanceTarget": X[PerformanceTarget],
        "PricePerformanceTarget.$": str,
        "TrackName": S,
        "TrackName.$": str,
        "ExtraComputeForAutomaticOptimization": B,
        "ExtraComputeForAutomaticOptimization.$": str,
    },
    total=False,
)
convert_recovery_point_to_snapshot: Builder[ConvertRecoveryPointToSnapshotParameters]
create_custom_domain_association: Builder[CreateCustomDomainAssociationParameters]
create_endpoint_access: Builder[CreateEndpointAccessParameters]
create_namespace: Builder[CreateNamespaceParameters]
create_reservation: Builder[CreateReservationParameters]
create_role_association: Builder[CreateRoleAssociationParameters]
create_scheduled_action: Builder[CreateScheduledActionParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_snapshot_copy_configuration: Builder[CreateSnapshotCopyConfigurationParameters]
create_usage_limit: Builder[CreateUsageLimitParameters]
create_workgroup: Builder[CreateWorkgroupParameters]
delete_custom_domain_association: Builder[DeleteCustomDomainAssociationParameters]
delete_endpoint_access: Builder[DeleteEndpointAccessParameters]
delete_namespace: Builder[DeleteNamespaceParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_role_association: Builder[DeleteRoleAssociationParameters]
delete_scheduled_action: Builder[DeleteScheduledActionParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_snapshot_copy_configuration: Builder[DeleteSnapshotCopyConfigurationParameters]
delete_usage_limit: Builder[DeleteUsageLimitParameters]
delete_workgroup: Builder[DeleteWorkgroupParameters]
get_credentials: Builder[GetCredentialsParameters]
get_custom_domain_association: Builder[GetCustomDomainAssociationParameters]
get_endpoint_access: Builder[GetEndpointAccessParameters]
get_express_configuration: Builder[GetExpressConfigurationParameters]
get_identity_center_auth_token: Builder[GetIdentityCenterAuthTokenParameters]
get_namespace: Builder[GetNamespaceParameters]
get_recovery_point: Builder[GetRecoveryPointParameters]
get_reservation: Builder[GetReservationParameters]
get_reservation_offering: Builder[GetReservationOfferingParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_scheduled_action: Builder[GetScheduledActionParameters]
get_snapshot: Builder[GetSnapshotParameters]
get_table_restore_status: Builder[GetTableRestoreStatusParameters]
get_track: Builder[GetTrackParameters]
get_usage_limit: Builder[GetUsageLimitParameters]
get_workgroup: Builder[GetWorkgroupParameters]
list_custom_domain_associations: Builder[ListCustomDomainAssociationsParameters]
list_endpoint_access: Builder[ListEndpointAccessParameters]
list_managed_workgroups: Builder[ListManagedWorkgroupsParameters]
list_namespaces: Builder[ListNamespacesParameters]
list_recovery_points: Builder[ListRecoveryPointsParameters]
list_reservation_offerings: Builder[ListReservationOfferingsParameters]
list_reservations: Builder[ListReservationsParameters]
list_role_associations: Builder[ListRoleAssociationsParameters]
list_scheduled_actions: Builder[ListScheduledActionsParameters]
list_snapshot_copy_configurations: Builder[ListSnapshotCopyConfigurationsParameters]
list_snapshots: Builder[ListSnapshotsParameters]
list_table_restore_status: Builder[ListTableRestoreStatusParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tracks: Builder[ListTracksParameters]
list_usage_limits: Builder[ListUsageLimitsParameters]
list_workgroups: Builder[ListWorkgroupsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
restore_from_recovery_point: Builder[RestoreFromRecoveryPointParameters]
restore_from_snapshot: Builder[RestoreFromSnapshotParameters]
restore_table_from_recovery_point: Builder[RestoreTableFromRecoveryPointParameters]
restore_table_from_snapshot: Builder[RestoreTableFromSnapshotParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_custom_domain_association: Builder[UpdateCustomDomainAssociationParameters]
update_endpoint_access: Builder[UpdateEndpointAccessParameters]
update_express_configuration: Builder[UpdateExpressConfigurationParameters]
update_lakehouse_configuration: Builder[UpdateLakehouseConfigurationParameters]
update_namespace: Builder[UpdateNamespaceParameters]
update_scheduled_action: Builder[UpdateScheduledActionParameters]
update_snapshot: Builder[UpdateSnapshotParameters]
update_snapshot_copy_configuration: Builder[UpdateSnapshotCopyConfigurationParameters]
update_usage_limit: Builder[UpdateUsageLimitParameters]
update_workgroup: Builder[UpdateWorkgroupParameters]

__all__ = [
    "convert_recovery_point_to_snapshot",
    "create_custom_domain_association",
    "create_endpoint_access",
    "create_namespace",
    "create_reservation",
    "create_role_association",
    "create_scheduled_action",
    "create_snapshot",
    "create_snapshot_copy_configuration",
    "create_usage_limit",
    "create_workgroup",
    "delete_custom_domain_association",
    "delete_endpoint_access",
    "delete_namespace",
    "delete_resource_policy",
    "delete_role_association",
    "delete_scheduled_action",
    "delete_snapshot",
    "delete_snapshot_copy_configuration",
    "delete_usage_limit",
    "delete_workgroup",
    "get_credentials",
    "get_custom_domain_association",
    "get_endpoint_access",
    "get_express_configuration",
    "get_identity_center_auth_token",
    "get_namespace",
    "get_recovery_point",
    "get_reservation",
    "get_reservation_offering",
    "get_resource_policy",
    "get_scheduled_action",
    "get_snapshot",
    "get_table_restore_status",
    "get_track",
    "get_usage_limit",
    "get_workgroup",
    "list_custom_domain_associations",
    "list_endpoint_access",
    "list_managed_workgroups",
    "list_namespaces",
    "list_recovery_points",
    "list_reservation_offerings",
    "list_reservations",
    "list_role_associations",
    "list_scheduled_actions",
    "list_snapshot_copy_configurations",
    "list_snapshots",
    "list_table_restore_status",
    "list_tags_for_resource",
    "list_tracks",
    "list_usage_limits",
    "list_workgroups",
    "put_resource_policy",
    "restore_from_recovery_point",
    "restore_from_snapshot",
    "restore_table_from_recovery_point",
    "restore_table_from_snapshot",
    "tag_resource",
    "untag_resource",
    "update_custom_domain_association",
    "update_endpoint_access",
    "update_express_configuration",
    "update_lakehouse_configuration",
    "update_namespace",
    "update_scheduled_action",
    "update_snapshot",
    "update_snapshot_copy_configuration",
    "update_usage_limit",
    "update_workgroup",
]
