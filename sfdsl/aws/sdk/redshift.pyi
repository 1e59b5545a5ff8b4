"""Typed builders of the AWS SDK integration of redshift (``aws-sdk:redshift:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptReservedNodeExchangeParameters = TypedDict(
    "AcceptReservedNodeExchangeParameters",
    {
        "ReservedNodeId": S,
        "ReservedNodeId.$": str,
        "TargetReservedNodeOfferingId": S,
        "TargetReservedNodeOfferingId.$": str,
    },
    total=False,
)
AddPartnerParameters = TypedDict(
    "AddPartnerParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "PartnerName": S,
        "PartnerName.$": str,
    },
    total=False,
)
AssociateDataShareConsumerParameters = TypedDict(
    "AssociateDataShareConsumerParameters",
    {
        "DataShareArn": S,
        "DataShareArn.$": str,
        "AssociateEntireAccount": B,
        "AssociateEntireAccount.$": str,
        "ConsumerArn": S,
        "ConsumerArn.$": str,
        "ConsumerRegion": S,
        "ConsumerRegion.$": str,
        "AllowWrites": B,
        "AllowWrites.$": str,
    },
    total=False,
)
AuthorizeClusterSecurityGroupIngressParameters = TypedDict(
    "AuthorizeClusterSecurityGroupIngressParameters",
    {
        "ClusterSecurityGroupName": S,
        "ClusterSecurityGroupName.$": str,
        "Cidrip": S,
        "Cidrip.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
AuthorizeDataShareParameters = TypedDict(
    "AuthorizeDataShareParameters",
    {
        "DataShareArn": S,
        "DataShareArn.$": str,
        "ConsumerIdentifier": S,
        "ConsumerIdentifier.$": str,
        "AllowWrites": B,
        "AllowWrites.$": str,
    },
    total=False,
)
AuthorizeEndpointAccessParameters = TypedDict(
    "AuthorizeEndpointAccessParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "Account": S,
        "Account.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
    },
    total=False,
)
AuthorizeSnapshotAccessParameters = TypedDict(
    "AuthorizeSnapshotAccessParameters",
    {
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "SnapshotClusterIdentifier": S,
        "SnapshotClusterIdentifier.$": str,
        "AccountWithRestoreAccess": S,
        "AccountWithRestoreAccess.$": str,
    },
    total=False,
)

class DeleteClusterSnapshotMessage(TypedDict, total=False):
    SnapshotIdentifier: S
    SnapshotClusterIdentifier: S

BatchDeleteClusterSnapshotsParameters = TypedDict(
    "BatchDeleteClusterSnapshotsParameters",
    {"Identifiers": L[Xi[DeleteClusterSnapshotMessage]], "Identifiers.$": str},
    total=False,
)
BatchModifyClusterSnapshotsParameters = TypedDict(
    "BatchModifyClusterSnapshotsParameters",
    {
        "SnapshotIdentifierList": L[Si],
        "SnapshotIdentifierList.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
CancelResizeParameters = TypedDict(
    "CancelResizeParameters", {"ClusterIdentifier": S, "ClusterIdentifier.$": str}, total=False
)
CopyClusterSnapshotParameters = TypedDict(
    "CopyClusterSnapshotParameters",
    {
        "SourceSnapshotIdentifier": S,
        "SourceSnapshotIdentifier.$": str,
        "SourceSnapshotClusterIdentifier": S,
        "SourceSnapshotClusterIdentifier.$": str,
        "TargetSnapshotIdentifier": S,
        "TargetSnapshotIdentifier.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
    },
    total=False,
)
CreateAuthenticationProfileParameters = TypedDict(
    "CreateAuthenticationProfileParameters",
    {
        "AuthenticationProfileName": S,
        "AuthenticationProfileName.$": str,
        "AuthenticationProfileContent": S,
        "AuthenticationProfileContent.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class IdentityFederationSetting(TypedDict, total=False):
    Mode: S
    Inherited: B

class SystemRolesFederationSetting(TypedDict, total=False):
    Roles: L[Si]
    Inherited: B

class IdentityConfiguration(TypedDict, total=False):
    IdentityFederation: X[IdentityFederationSetting]
    SystemRolesFederation: X[SystemRolesFederationSetting]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "DbName": S,
        "DbName.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ClusterType": S,
        "ClusterType.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "ClusterSecurityGroups": L[Si],
        "ClusterSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "ClusterSubnetGroupName": S,
        "ClusterSubnetGroupName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "ClusterParameterGroupName": S,
        "ClusterParameterGroupName.$": str,
        "AutomatedSnapshotRetentionPeriod": I,
        "AutomatedSnapshotRetentionPeriod.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "Port": I,
        "Port.$": str,
        "ClusterVersion": S,
        "ClusterVersion.$": str,
        "AllowVersionUpgrade": B,
        "AllowVersionUpgrade.$": str,
        "NumberOfNodes": I,
        "NumberOfNodes.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "HsmClientCertificateIdentifier": S,
        "HsmClientCertificateIdentifier.$": str,
        "HsmConfigurationIdentifier": S,
        "HsmConfigurationIdentifier.$": str,
        "ElasticIp": S,
        "ElasticIp.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "EnhancedVpcRouting": B,
        "EnhancedVpcRouting.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "IamRoles": L[Si],
        "IamRoles.$": str,
        "MaintenanceTrackName": S,
        "MaintenanceTrackName.$": str,
        "SnapshotScheduleIdentifier": S,
        "SnapshotScheduleIdentifier.$": str,
        "AvailabilityZoneRelocation": B,
        "AvailabilityZoneRelocation.$": str,
        "AquaConfigurationStatus": S,
        "AquaConfigurationStatus.$": str,
        "DefaultIamRoleArn": S,
        "DefaultIamRoleArn.$": str,
        "LoadSampleData": S,
        "LoadSampleData.$": str,
        "ManageMasterPassword": B,
        "ManageMasterPassword.$": str,
        "MasterPasswordSecretKmsKeyId": S,
        "MasterPasswordSecretKmsKeyId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "RedshiftIdcApplicationArn": S,
        "RedshiftIdcApplicationArn.$": str,
        "CatalogName": S,
        "CatalogName.$": str,
        "ExtraComputeForAutomaticOptimization": B,
        "ExtraComputeForAutomaticOptimization.$": str,
        "IdentityConfiguration": X[IdentityConfiguration],
        "IdentityConfiguration.$": str,
    },
    total=False,
)
CreateClusterParameterGroupParameters = TypedDict(
    "CreateClusterParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "ParameterGroupFamily": S,
        "ParameterGroupFamily.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateClusterSecurityGroupParameters = TypedDict(
    "CreateClusterSecurityGroupParameters",
    {
        "ClusterSecurityGroupName": S,
        "ClusterSecurityGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateClusterSnapshotParameters = TypedDict(
    "CreateClusterSnapshotParameters",
    {
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateClusterSubnetGroupParameters = TypedDict(
    "CreateClusterSubnetGroupParameters",
    {
        "ClusterSubnetGroupName": S,
        "ClusterSubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomDomainAssociationParameters = TypedDict(
    "CreateCustomDomainAssociationParameters",
    {
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
    },
    total=False,
)
CreateEndpointAccessParameters = TypedDict(
    "CreateEndpointAccessParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
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
        "SourceIds": L[Si],
        "SourceIds.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Severity": S,
        "Severity.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateHsmClientCertificateParameters = TypedDict(
    "CreateHsmClientCertificateParameters",
    {
        "HsmClientCertificateIdentifier": S,
        "HsmClientCertificateIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateHsmConfigurationParameters = TypedDict(
    "CreateHsmConfigurationParameters",
    {
        "HsmConfigurationIdentifier": S,
        "HsmConfigurationIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "HsmIpAddress": S,
        "HsmIpAddress.$": str,
        "HsmPartitionName": S,
        "HsmPartitionName.$": str,
        "HsmPartitionPassword": S,
        "HsmPartitionPassword.$": str,
        "HsmServerPublicCertificate": S,
        "HsmServerPublicCertificate.$": str,
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
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateQev2IdcApplicationParameters = TypedDict(
    "CreateQev2IdcApplicationParameters",
    {
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "Qev2IdcApplicationName": S,
        "Qev2IdcApplicationName.$": str,
        "IdcDisplayName": S,
        "IdcDisplayName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AuthorizedTokenIssuer(TypedDict, total=False):
    TrustedTokenIssuerArn: S
    AuthorizedAudiencesList: L[Si]

class LakeFormationQuery(TypedDict, total=False):
    Authorization: S

class LakeFormationScopeUnion(TypedDict, total=False):
    LakeFormationQuery: X[LakeFormationQuery]

class ReadWriteAccess(TypedDict, total=False):
    Authorization: S

class S3AccessGrantsScopeUnion(TypedDict, total=False):
    ReadWriteAccess: X[ReadWriteAccess]

class Connect(TypedDict, total=False):
    Authorization: S

class RedshiftScopeUnion(TypedDict, total=False):
    Connect: X[Connect]

class ServiceIntegrationsUnion(TypedDict, total=False):
    LakeFormation: L[Xi[LakeFormationScopeUnion]]
    S3AccessGrants: L[Xi[S3AccessGrantsScopeUnion]]
    Redshift: L[Xi[RedshiftScopeUnion]]

CreateRedshiftIdcApplicationParameters = TypedDict(
    "CreateRedshiftIdcApplicationParameters",
    {
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "RedshiftIdcApplicationName": S,
        "RedshiftIdcApplicationName.$": str,
        "IdentityNamespace": S,
        "IdentityNamespace.$": str,
        "IdcDisplayName": S,
        "IdcDisplayName.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "AuthorizedTokenIssuerList": L[Xi[AuthorizedTokenIssuer]],
        "AuthorizedTokenIssuerList.$": str,
        "ServiceIntegrations": L[Xi[ServiceIntegrationsUnion]],
        "ServiceIntegrations.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SsoTagKeys": L[Si],
        "SsoTagKeys.$": str,
    },
    total=False,
)

class ResizeClusterMessage(TypedDict, total=False):
    ClusterIdentifier: S
    ClusterType: S
    NodeType: S
    NumberOfNodes: I
    Classic: B
    ReservedNodeId: S
    TargetReservedNodeOfferingId: S

class PauseClusterMessage(TypedDict, total=False):
    ClusterIdentifier: S

class ResumeClusterMessage(TypedDict, total=False):
    ClusterIdentifier: S

class ScheduledActionType(TypedDict, total=False):
    ResizeCluster: X[ResizeClusterMessage]
    PauseCluster: X[PauseClusterMessage]
    ResumeCluster: X[ResumeClusterMessage]

CreateScheduledActionParameters = TypedDict(
    "CreateScheduledActionParameters",
    {
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "TargetAction": X[ScheduledActionType],
        "TargetAction.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "IamRole": S,
        "IamRole.$": str,
        "ScheduledActionDescription": S,
        "ScheduledActionDescription.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Enable": B,
        "Enable.$": str,
    },
    total=False,
)
CreateSnapshotCopyGrantParameters = TypedDict(
    "CreateSnapshotCopyGrantParameters",
    {
        "SnapshotCopyGrantName": S,
        "SnapshotCopyGrantName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSnapshotScheduleParameters = TypedDict(
    "CreateSnapshotScheduleParameters",
    {
        "ScheduleDefinitions": L[Si],
        "ScheduleDefinitions.$": str,
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "ScheduleDescription": S,
        "ScheduleDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextInvocations": I,
        "NextInvocations.$": str,
    },
    total=False,
)
CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {"ResourceName": S, "ResourceName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreateUsageLimitParameters = TypedDict(
    "CreateUsageLimitParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "FeatureType": S,
        "FeatureType.$": str,
        "LimitType": S,
        "LimitType.$": str,
        "Amount": I,
        "Amount.$": str,
        "Period": S,
        "Period.$": str,
        "BreachAction": S,
        "BreachAction.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeauthorizeDataShareParameters = TypedDict(
    "DeauthorizeDataShareParameters",
    {
        "DataShareArn": S,
        "DataShareArn.$": str,
        "ConsumerIdentifier": S,
        "ConsumerIdentifier.$": str,
    },
    total=False,
)
DeleteAuthenticationProfileParameters = TypedDict(
    "DeleteAuthenticationProfileParameters",
    {"AuthenticationProfileName": S, "AuthenticationProfileName.$": str},
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SkipFinalClusterSnapshot": B,
        "SkipFinalClusterSnapshot.$": str,
        "FinalClusterSnapshotIdentifier": S,
        "FinalClusterSnapshotIdentifier.$": str,
        "FinalClusterSnapshotRetentionPeriod": I,
        "FinalClusterSnapshotRetentionPeriod.$": str,
    },
    total=False,
)
DeleteClusterParameterGroupParameters = TypedDict(
    "DeleteClusterParameterGroupParameters",
    {"ParameterGroupName": S, "ParameterGroupName.$": str},
    total=False,
)
DeleteClusterSecurityGroupParameters = TypedDict(
    "DeleteClusterSecurityGroupParameters",
    {"ClusterSecurityGroupName": S, "ClusterSecurityGroupName.$": str},
    total=False,
)
DeleteClusterSubnetGroupParameters = TypedDict(
    "DeleteClusterSubnetGroupParameters",
    {"ClusterSubnetGroupName": S, "ClusterSubnetGroupName.$": str},
    total=False,
)
DeleteCustomDomainAssociationParameters = TypedDict(
    "DeleteCustomDomainAssociationParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
    },
    total=False,
)
DeleteEndpointAccessParameters = TypedDict(
    "DeleteEndpointAccessParameters", {"EndpointName": S, "EndpointName.$": str}, total=False
)
DeleteEventSubscriptionParameters = TypedDict(
    "DeleteEventSubscriptionParameters",
    {"SubscriptionName": S, "SubscriptionName.$": str},
    total=False,
)
DeleteHsmClientCertificateParameters = TypedDict(
    "DeleteHsmClientCertificateParameters",
    {"HsmClientCertificateIdentifier": S, "HsmClientCertificateIdentifier.$": str},
    total=False,
)
DeleteHsmConfigurationParameters = TypedDict(
    "DeleteHsmConfigurationParameters",
    {"HsmConfigurationIdentifier": S, "HsmConfigurationIdentifier.$": str},
    total=False,
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters", {"IntegrationArn": S, "IntegrationArn.$": str}, total=False
)
DeleteQev2IdcApplicationParameters = TypedDict(
    "DeleteQev2IdcApplicationParameters",
    {"Qev2IdcApplicationArn": S, "Qev2IdcApplicationArn.$": str},
    total=False,
)
DeleteRedshiftIdcApplicationParameters = TypedDict(
    "DeleteRedshiftIdcApplicationParameters",
    {"RedshiftIdcApplicationArn": S, "RedshiftIdcApplicationArn.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteScheduledActionParameters = TypedDict(
    "DeleteScheduledActionParameters",
    {"ScheduledActionName": S, "ScheduledActionName.$": str},
    total=False,
)
DeleteSnapshotCopyGrantParameters = TypedDict(
    "DeleteSnapshotCopyGrantParameters",
    {"SnapshotCopyGrantName": S, "SnapshotCopyGrantName.$": str},
    total=False,
)
DeleteSnapshotScheduleParameters = TypedDict(
    "DeleteSnapshotScheduleParameters",
    {"ScheduleIdentifier": S, "ScheduleIdentifier.$": str},
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ResourceName": S, "ResourceName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
DeleteUsageLimitParameters = TypedDict(
    "DeleteUsageLimitParameters", {"UsageLimitId": S, "UsageLimitId.$": str}, total=False
)

class ServerlessIdentifier(TypedDict, total=False):
    NamespaceIdentifier: S
    WorkgroupIdentifier: S

class ProvisionedIdentifier(TypedDict, total=False):
    ClusterIdentifier: S

class NamespaceIdentifierUnion(TypedDict, total=False):
    ServerlessIdentifier: X[ServerlessIdentifier]
    ProvisionedIdentifier: X[ProvisionedIdentifier]

DeregisterNamespaceParameters = TypedDict(
    "DeregisterNamespaceParameters",
    {
        "NamespaceIdentifier": X[NamespaceIdentifierUnion],
        "NamespaceIdentifier.$": str,
        "ConsumerIdentifiers": L[Si],
        "ConsumerIdentifiers.$": str,
    },
    total=False,
)
DescribeAccountAttributesParameters = TypedDict(
    "DescribeAccountAttributesParameters",
    {"AttributeNames": L[Si], "AttributeNames.$": str},
    total=False,
)
DescribeAuthenticationProfilesParameters = TypedDict(
    "DescribeAuthenticationProfilesParameters",
    {"AuthenticationProfileName": S, "AuthenticationProfileName.$": str},
    total=False,
)
DescribeClusterDbRevisionsParameters = TypedDict(
    "DescribeClusterDbRevisionsParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeClusterParameterGroupsParameters = TypedDict(
    "DescribeClusterParameterGroupsParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeClusterParametersParameters = TypedDict(
    "DescribeClusterParametersParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Source": S,
        "Source.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeClusterSecurityGroupsParameters = TypedDict(
    "DescribeClusterSecurityGroupsParameters",
    {
        "ClusterSecurityGroupName": S,
        "ClusterSecurityGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)

class SnapshotSortingEntity(TypedDict, total=False):
    Attribute: S
    SortOrder: S

DescribeClusterSnapshotsParameters = TypedDict(
    "DescribeClusterSnapshotsParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
        "ClusterExists": B,
        "ClusterExists.$": str,
        "SortingEntities": L[Xi[SnapshotSortingEntity]],
        "SortingEntities.$": str,
    },
    total=False,
)
DescribeClusterSubnetGroupsParameters = TypedDict(
    "DescribeClusterSubnetGroupsParameters",
    {
        "ClusterSubnetGroupName": S,
        "ClusterSubnetGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeClusterTracksParameters = TypedDict(
    "DescribeClusterTracksParameters",
    {
        "MaintenanceTrackName": S,
        "MaintenanceTrackName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeClusterVersionsParameters = TypedDict(
    "DescribeClusterVersionsParameters",
    {
        "ClusterVersion": S,
        "ClusterVersion.$": str,
        "ClusterParameterGroupFamily": S,
        "ClusterParameterGroupFamily.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeClustersParameters = TypedDict(
    "DescribeClustersParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeCustomDomainAssociationsParameters = TypedDict(
    "DescribeCustomDomainAssociationsParameters",
    {
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDataSharesParameters = TypedDict(
    "DescribeDataSharesParameters",
    {
        "DataShareArn": S,
        "DataShareArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDataSharesForConsumerParameters = TypedDict(
    "DescribeDataSharesForConsumerParameters",
    {
        "ConsumerArn": S,
        "ConsumerArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDataSharesForProducerParameters = TypedDict(
    "DescribeDataSharesForProducerParameters",
    {
        "ProducerArn": S,
        "ProducerArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDefaultClusterParametersParameters = TypedDict(
    "DescribeDefaultClusterParametersParameters",
    {
        "ParameterGroupFamily": S,
        "ParameterGroupFamily.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEndpointAccessParameters = TypedDict(
    "DescribeEndpointAccessParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEndpointAuthorizationParameters = TypedDict(
    "DescribeEndpointAuthorizationParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "Account": S,
        "Account.$": str,
        "Grantee": B,
        "Grantee.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEventCategoriesParameters = TypedDict(
    "DescribeEventCategoriesParameters", {"SourceType": S, "SourceType.$": str}, total=False
)
DescribeEventSubscriptionsParameters = TypedDict(
    "DescribeEventSubscriptionsParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
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
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeHsmClientCertificatesParameters = TypedDict(
    "DescribeHsmClientCertificatesParameters",
    {
        "HsmClientCertificateIdentifier": S,
        "HsmClientCertificateIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeHsmConfigurationsParameters = TypedDict(
    "DescribeHsmConfigurationsParameters",
    {
        "HsmConfigurationIdentifier": S,
        "HsmConfigurationIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeInboundIntegrationsParameters = TypedDict(
    "DescribeInboundIntegrationsParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class DescribeIntegrationsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeIntegrationsParameters = TypedDict(
    "DescribeIntegrationsParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[DescribeIntegrationsFilter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeLoggingStatusParameters = TypedDict(
    "DescribeLoggingStatusParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str},
    total=False,
)

class NodeConfigurationOptionsFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

DescribeNodeConfigurationOptionsParameters = TypedDict(
    "DescribeNodeConfigurationOptionsParameters",
    {
        "ActionType": S,
        "ActionType.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "Filters": L[Xi[NodeConfigurationOptionsFilter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeOrderableClusterOptionsParameters = TypedDict(
    "DescribeOrderableClusterOptionsParameters",
    {
        "ClusterVersion": S,
        "ClusterVersion.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribePartnersParameters = TypedDict(
    "DescribePartnersParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "PartnerName": S,
        "PartnerName.$": str,
    },
    total=False,
)
DescribeQev2IdcApplicationsParameters = TypedDict(
    "DescribeQev2IdcApplicationsParameters",
    {
        "Qev2IdcApplicationArn": S,
        "Qev2IdcApplicationArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeRedshiftIdcApplicationsParameters = TypedDict(
    "DescribeRedshiftIdcApplicationsParameters",
    {
        "RedshiftIdcApplicationArn": S,
        "RedshiftIdcApplicationArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedNodeExchangeStatusParameters = TypedDict(
    "DescribeReservedNodeExchangeStatusParameters",
    {
        "ReservedNodeId": S,
        "ReservedNodeId.$": str,
        "ReservedNodeExchangeRequestId": S,
        "ReservedNodeExchangeRequestId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedNodeOfferingsParameters = TypedDict(
    "DescribeReservedNodeOfferingsParameters",
    {
        "ReservedNodeOfferingId": S,
        "ReservedNodeOfferingId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedNodesParameters = TypedDict(
    "DescribeReservedNodesParameters",
    {
        "ReservedNodeId": S,
        "ReservedNodeId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeResizeParameters = TypedDict(
    "DescribeResizeParameters", {"ClusterIdentifier": S, "ClusterIdentifier.$": str}, total=False
)

class ScheduledActionFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeScheduledActionsParameters = TypedDict(
    "DescribeScheduledActionsParameters",
    {
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "TargetActionType": S,
        "TargetActionType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Active": B,
        "Active.$": str,
        "Filters": L[Xi[ScheduledActionFilter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeSnapshotCopyGrantsParameters = TypedDict(
    "DescribeSnapshotCopyGrantsParameters",
    {
        "SnapshotCopyGrantName": S,
        "SnapshotCopyGrantName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeSnapshotSchedulesParameters = TypedDict(
    "DescribeSnapshotSchedulesParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class DescribeStorageParameters(TypedDict, total=False): ...

DescribeTableRestoreStatusParameters = TypedDict(
    "DescribeTableRestoreStatusParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "TableRestoreRequestId": S,
        "TableRestoreRequestId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DescribeUsageLimitsParameters = TypedDict(
    "DescribeUsageLimitsParameters",
    {
        "UsageLimitId": S,
        "UsageLimitId.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "FeatureType": S,
        "FeatureType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "TagValues": L[Si],
        "TagValues.$": str,
    },
    total=False,
)
DisableLoggingParameters = TypedDict(
    "DisableLoggingParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "LogDestinationType": S,
        "LogDestinationType.$": str,
        "LogExports": L[Si],
        "LogExports.$": str,
    },
    total=False,
)
DisableSnapshotCopyParameters = TypedDict(
    "DisableSnapshotCopyParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str},
    total=False,
)
DisassociateDataShareConsumerParameters = TypedDict(
    "DisassociateDataShareConsumerParameters",
    {
        "DataShareArn": S,
        "DataShareArn.$": str,
        "DisassociateEntireAccount": B,
        "DisassociateEntireAccount.$": str,
        "ConsumerArn": S,
        "ConsumerArn.$": str,
        "ConsumerRegion": S,
        "ConsumerRegion.$": str,
    },
    total=False,
)
EnableLoggingParameters = TypedDict(
    "EnableLoggingParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "BucketName": S,
        "BucketName.$": str,
        "S3KeyPrefix": S,
        "S3KeyPrefix.$": str,
        "LogDestinationType": S,
        "LogDestinationType.$": str,
        "LogExports": L[Si],
        "LogExports.$": str,
        "S3TableKmsKeyId": S,
        "S3TableKmsKeyId.$": str,
        "S3TableGranularity": S,
        "S3TableGranularity.$": str,
    },
    total=False,
)
EnableSnapshotCopyParameters = TypedDict(
    "EnableSnapshotCopyParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "SnapshotCopyGrantName": S,
        "SnapshotCopyGrantName.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
    },
    total=False,
)
FailoverPrimaryComputeParameters = TypedDict(
    "FailoverPrimaryComputeParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str},
    total=False,
)
GetClusterCredentialsParameters = TypedDict(
    "GetClusterCredentialsParameters",
    {
        "DbUser": S,
        "DbUser.$": str,
        "DbName": S,
        "DbName.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AutoCreate": B,
        "AutoCreate.$": str,
        "DbGroups": L[Si],
        "DbGroups.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
    },
    total=False,
)
GetClusterCredentialsWithIAMParameters = TypedDict(
    "GetClusterCredentialsWithIAMParameters",
    {
        "DbName": S,
        "DbName.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
    },
    total=False,
)
GetIdentityCenterAuthTokenParameters = TypedDict(
    "GetIdentityCenterAuthTokenParameters", {"ClusterIds": L[Si], "ClusterIds.$": str}, total=False
)
GetReservedNodeExchangeConfigurationOptionsParameters = TypedDict(
    "GetReservedNodeExchangeConfigurationOptionsParameters",
    {
        "ActionType": S,
        "ActionType.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
GetReservedNodeExchangeOfferingsParameters = TypedDict(
    "GetReservedNodeExchangeOfferingsParameters",
    {
        "ReservedNodeId": S,
        "ReservedNodeId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "NamespaceArn": S,
        "NamespaceArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class AccountIdentityFederation(TypedDict, total=False):
    Mode: S

class AccountSystemRolesFederation(TypedDict, total=False):
    Roles: L[Si]

class AccountIdentityConfiguration(TypedDict, total=False):
    IdentityFederation: X[AccountIdentityFederation]
    SystemRolesFederation: X[AccountSystemRolesFederation]

ModifyAccountAttributesParameters = TypedDict(
    "ModifyAccountAttributesParameters",
    {"IdentityConfiguration": X[AccountIdentityConfiguration], "IdentityConfiguration.$": str},
    total=False,
)
ModifyAquaConfigurationParameters = TypedDict(
    "ModifyAquaConfigurationParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "AquaConfigurationStatus": S,
        "AquaConfigurationStatus.$": str,
    },
    total=False,
)
ModifyAuthenticationProfileParameters = TypedDict(
    "ModifyAuthenticationProfileParameters",
    {
        "AuthenticationProfileName": S,
        "AuthenticationProfileName.$": str,
        "AuthenticationProfileContent": S,
        "AuthenticationProfileContent.$": str,
    },
    total=False,
)
ModifyClusterParameters = TypedDict(
    "ModifyClusterParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ClusterType": S,
        "ClusterType.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "NumberOfNodes": I,
        "NumberOfNodes.$": str,
        "ClusterSecurityGroups": L[Si],
        "ClusterSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "ClusterParameterGroupName": S,
        "ClusterParameterGroupName.$": str,
        "AutomatedSnapshotRetentionPeriod": I,
        "AutomatedSnapshotRetentionPeriod.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "ClusterVersion": S,
        "ClusterVersion.$": str,
        "AllowVersionUpgrade": B,
        "AllowVersionUpgrade.$": str,
        "HsmClientCertificateIdentifier": S,
        "HsmClientCertificateIdentifier.$": str,
        "HsmConfigurationIdentifier": S,
        "HsmConfigurationIdentifier.$": str,
        "NewClusterIdentifier": S,
        "NewClusterIdentifier.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "ElasticIp": S,
        "ElasticIp.$": str,
        "EnhancedVpcRouting": B,
        "EnhancedVpcRouting.$": str,
        "MaintenanceTrackName": S,
        "MaintenanceTrackName.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AvailabilityZoneRelocation": B,
        "AvailabilityZoneRelocation.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Port": I,
        "Port.$": str,
        "ManageMasterPassword": B,
        "ManageMasterPassword.$": str,
        "MasterPasswordSecretKmsKeyId": S,
        "MasterPasswordSecretKmsKeyId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "ExtraComputeForAutomaticOptimization": B,
        "ExtraComputeForAutomaticOptimization.$": str,
        "IdentityConfiguration": X[IdentityConfiguration],
        "IdentityConfiguration.$": str,
    },
    total=False,
)
ModifyClusterDbRevisionParameters = TypedDict(
    "ModifyClusterDbRevisionParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "RevisionTarget": S,
        "RevisionTarget.$": str,
    },
    total=False,
)
ModifyClusterIamRolesParameters = TypedDict(
    "ModifyClusterIamRolesParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "AddIamRoles": L[Si],
        "AddIamRoles.$": str,
        "RemoveIamRoles": L[Si],
        "RemoveIamRoles.$": str,
        "DefaultIamRoleArn": S,
        "DefaultIamRoleArn.$": str,
    },
    total=False,
)
ModifyClusterMaintenanceParameters = TypedDict(
    "ModifyClusterMaintenanceParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DeferMaintenance": B,
        "DeferMaintenance.$": str,
        "DeferMaintenanceIdentifier": S,
        "DeferMaintenanceIdentifier.$": str,
        "DeferMaintenanceStartTime": T,
        "DeferMaintenanceStartTime.$": str,
        "DeferMaintenanceEndTime": T,
        "DeferMaintenanceEndTime.$": str,
        "DeferMaintenanceDuration": I,
        "DeferMaintenanceDuration.$": str,
    },
    total=False,
)

class Parameter(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S
    Description: S
    Source: S
    DataType: S
    AllowedValues: S
    ApplyType: S
    IsModifiable: B
    MinimumEngineVersion: S

ModifyClusterParameterGroupParameters = TypedDict(
    "ModifyClusterParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
ModifyClusterSnapshotParameters = TypedDict(
    "ModifyClusterSnapshotParameters",
    {
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
ModifyClusterSnapshotScheduleParameters = TypedDict(
    "ModifyClusterSnapshotScheduleParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "DisassociateSchedule": B,
        "DisassociateSchedule.$": str,
    },
    total=False,
)
ModifyClusterSubnetGroupParameters = TypedDict(
    "ModifyClusterSubnetGroupParameters",
    {
        "ClusterSubnetGroupName": S,
        "ClusterSubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
ModifyCustomDomainAssociationParameters = TypedDict(
    "ModifyCustomDomainAssociationParameters",
    {
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CustomDomainCertificateArn": S,
        "CustomDomainCertificateArn.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
    },
    total=False,
)
ModifyEndpointAccessParameters = TypedDict(
    "ModifyEndpointAccessParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
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
        "SourceIds": L[Si],
        "SourceIds.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Severity": S,
        "Severity.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
ModifyIntegrationParameters = TypedDict(
    "ModifyIntegrationParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "Description": S,
        "Description.$": str,
        "IntegrationName": S,
        "IntegrationName.$": str,
    },
    total=False,
)
ModifyLakehouseConfigurationParameters = TypedDict(
    "ModifyLakehouseConfigurationParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
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
ModifyQev2IdcApplicationParameters = TypedDict(
    "ModifyQev2IdcApplicationParameters",
    {
        "Qev2IdcApplicationArn": S,
        "Qev2IdcApplicationArn.$": str,
        "IdcDisplayName": S,
        "IdcDisplayName.$": str,
    },
    total=False,
)
ModifyRedshiftIdcApplicationParameters = TypedDict(
    "ModifyRedshiftIdcApplicationParameters",
    {
        "RedshiftIdcApplicationArn": S,
        "RedshiftIdcApplicationArn.$": str,
        "IdentityNamespace": S,
        "IdentityNamespace.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "IdcDisplayName": S,
        "IdcDisplayName.$": str,
        "AuthorizedTokenIssuerList": L[Xi[AuthorizedTokenIssuer]],
        "AuthorizedTokenIssuerList.$": str,
        "ServiceIntegrations": L[Xi[ServiceIntegrationsUnion]],
        "ServiceIntegrations.$": str,
    },
    total=False,
)
ModifyScheduledActionParameters = TypedDict(
    "ModifyScheduledActionParameters",
    {
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "TargetAction": X[ScheduledActionType],
        "TargetAction.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "IamRole": S,
        "IamRole.$": str,
        "ScheduledActionDescription": S,
        "ScheduledActionDescription.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Enable": B,
        "Enable.$": str,
    },
    total=False,
)
ModifySnapshotCopyRetentionPeriodParameters = TypedDict(
    "ModifySnapshotCopyRetentionPeriodParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "Manual": B,
        "Manual.$": str,
    },
    total=False,
)
ModifySnapshotScheduleParameters = TypedDict(
    "ModifySnapshotScheduleParameters",
    {
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "ScheduleDefinitions": L[Si],
        "ScheduleDefinitions.$": str,
    },
    total=False,
)
ModifyUsageLimitParameters = TypedDict(
    "ModifyUsageLimitParameters",
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
PurchaseReservedNodeOfferingParameters = TypedDict(
    "PurchaseReservedNodeOfferingParameters",
    {
        "ReservedNodeOfferingId": S,
        "ReservedNodeOfferingId.$": str,
        "NodeCount": I,
        "NodeCount.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RebootClusterParameters = TypedDict(
    "RebootClusterParameters", {"ClusterIdentifier": S, "ClusterIdentifier.$": str}, total=False
)
RegisterNamespaceParameters = TypedDict(
    "RegisterNamespaceParameters",
    {
        "NamespaceIdentifier": X[NamespaceIdentifierUnion],
        "NamespaceIdentifier.$": str,
        "ConsumerIdentifiers": L[Si],
        "ConsumerIdentifiers.$": str,
    },
    total=False,
)
RejectDataShareParameters = TypedDict(
    "RejectDataShareParameters", {"DataShareArn": S, "DataShareArn.$": str}, total=False
)
ResetClusterParameterGroupParameters = TypedDict(
    "ResetClusterParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "ResetAllParameters": B,
        "ResetAllParameters.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
RestoreFromClusterSnapshotParameters = TypedDict(
    "RestoreFromClusterSnapshotParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "SnapshotClusterIdentifier": S,
        "SnapshotClusterIdentifier.$": str,
        "Port": I,
        "Port.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AllowVersionUpgrade": B,
        "AllowVersionUpgrade.$": str,
        "ClusterSubnetGroupName": S,
        "ClusterSubnetGroupName.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "HsmClientCertificateIdentifier": S,
        "HsmClientCertificateIdentifier.$": str,
        "HsmConfigurationIdentifier": S,
        "HsmConfigurationIdentifier.$": str,
        "ElasticIp": S,
        "ElasticIp.$": str,
        "ClusterParameterGroupName": S,
        "ClusterParameterGroupName.$": str,
        "ClusterSecurityGroups": L[Si],
        "ClusterSecurityGroups.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "AutomatedSnapshotRetentionPeriod": I,
        "AutomatedSnapshotRetentionPeriod.$": str,
        "ManualSnapshotRetentionPeriod": I,
        "ManualSnapshotRetentionPeriod.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "EnhancedVpcRouting": B,
        "EnhancedVpcRouting.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "IamRoles": L[Si],
        "IamRoles.$": str,
        "MaintenanceTrackName": S,
        "MaintenanceTrackName.$": str,
        "SnapshotScheduleIdentifier": S,
        "SnapshotScheduleIdentifier.$": str,
        "NumberOfNodes": I,
        "NumberOfNodes.$": str,
        "AvailabilityZoneRelocation": B,
        "AvailabilityZoneRelocation.$": str,
        "AquaConfigurationStatus": S,
        "AquaConfigurationStatus.$": str,
        "DefaultIamRoleArn": S,
        "DefaultIamRoleArn.$": str,
        "ReservedNodeId": S,
        "ReservedNodeId.$": str,
        "TargetReservedNodeOfferingId": S,
        "TargetReservedNodeOfferingId.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "ManageMasterPassword": B,
        "ManageMasterPassword.$": str,
        "MasterPasswordSecretKmsKeyId": S,
        "MasterPasswordSecretKmsKeyId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "CatalogName": S,
        "CatalogName.$": str,
        "RedshiftIdcApplicationArn": S,
        "RedshiftIdcApplicationArn.$": str,
        "IdentityConfiguration": X[IdentityConfiguration],
        "IdentityConfiguration.$": str,
    },
    total=False,
)
RestoreTableFromClusterSnapshotParameters = TypedDict(
    "RestoreTableFromClusterSnapshotParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
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
        "EnableCaseSensitiveIdentifier": B,
        "EnableCaseSensitiveIdentifier.$": str,
    },
    total=False,
)
RevokeClusterSecurityGroupIngressParameters = TypedDict(
    "RevokeClusterSecurityGroupIngressParameters",
    {
        "ClusterSecurityGroupName": S,
        "ClusterSecurityGroupName.$": str,
        "Cidrip": S,
        "Cidrip.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
RevokeEndpointAccessParameters = TypedDict(
    "RevokeEndpointAccessParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "Account": S,
        "Account.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
RevokeSnapshotAccessParameters = TypedDict(
    "RevokeSnapshotAccessParameters",
    {
        "SnapshotIdentifier": S,
        "SnapshotIdentifier.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "SnapshotClusterIdentifier": S,
        "SnapshotClusterIdentifier.$": str,
        "AccountWithRestoreAccess": S,
        "AccountWithRestoreAccess.$": str,
    },
    total=False,
)
RotateEncryptionKeyParameters = TypedDict(
    "RotateEncryptionKeyParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str},
    total=False,
)
UpdatePartnerStatusParameters = TypedDict(
    "UpdatePartnerStatusParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "PartnerName": S,
        "PartnerName.$": str,
        "Status": S,
        "Status.$": str,
        "StatusMessage": S,
        "StatusMessage.$": str,
    },
    total=False,
)
accept_reserved_node_exchange: Builder[AcceptReservedNodeExchangeParameters]
add_partner: Builder[AddPartnerParameters]
associate_data_share_consumer: Builder[AssociateDataShareConsumerParameters]
authorize_cluster_security_group_ingress: Builder[AuthorizeClusterSecurityGroupIngressParameters]
authorize_data_share: Builder[AuthorizeDataShareParameters]
authorize_endpoint_access: Builder[AuthorizeEndpointAccessParameters]
authorize_snapshot_access: Builder[AuthorizeSnapshotAccessParameters]
batch_delete_cluster_snapshots: Builder[BatchDeleteClusterSnapshotsParameters]
batch_modify_cluster_snapshots: Builder[BatchModifyClusterSnapshotsParameters]
cancel_resize: Builder[CancelResizeParameters]
copy_cluster_snapshot: Builder[CopyClusterSnapshotParameters]
create_authentication_profile: Builder[CreateAuthenticationProfileParameters]
create_cluster: Builder[CreateClusterParameters]
create_cluster_parameter_group: Builder[CreateClusterParameterGroupParameters]
create_cluster_security_group: Builder[CreateClusterSecurityGroupParameters]
create_cluster_snapshot: Builder[CreateClusterSnapshotParameters]
create_cluster_subnet_group: Builder[CreateClusterSubnetGroupParameters]
create_custom_domain_association: Builder[CreateCustomDomainAssociationParameters]
create_endpoint_access: Builder[CreateEndpointAccessParameters]
create_event_subscription: Builder[CreateEventSubscriptionParameters]
create_hsm_client_certificate: Builder[CreateHsmClientCertificateParameters]
create_hsm_configuration: Builder[CreateHsmConfigurationParameters]
create_integration: Builder[CreateIntegrationParameters]
create_qev2_idc_application: Builder[CreateQev2IdcApplicationParameters]
create_redshift_idc_application: Builder[CreateRedshiftIdcApplicationParameters]
create_scheduled_action: Builder[CreateScheduledActionParameters]
create_snapshot_copy_grant: Builder[CreateSnapshotCopyGrantParameters]
create_snapshot_schedule: Builder[CreateSnapshotScheduleParameters]
create_tags: Builder[CreateTagsParameters]
create_usage_limit: Builder[CreateUsageLimitParameters]
deauthorize_data_share: Builder[DeauthorizeDataShareParameters]
delete_authentication_profile: Builder[DeleteAuthenticationProfileParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_cluster_parameter_group: Builder[DeleteClusterParameterGroupParameters]
delete_cluster_security_group: Builder[DeleteClusterSecurityGroupParameters]
delete_cluster_snapshot: Builder[DeleteClusterSnapshotMessage]
delete_cluster_subnet_group: Builder[DeleteClusterSubnetGroupParameters]
delete_custom_domain_association: Builder[DeleteCustomDomainAssociationParameters]
delete_endpoint_access: Builder[DeleteEndpointAccessParameters]
delete_event_subscription: Builder[DeleteEventSubscriptionParameters]
delete_hsm_client_certificate: Builder[DeleteHsmClientCertificateParameters]
delete_hsm_configuration: Builder[DeleteHsmConfigurationParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_partner: Builder[AddPartnerParameters]
delete_qev2_idc_application: Builder[DeleteQev2IdcApplicationParameters]
delete_redshift_idc_application: Builder[DeleteRedshiftIdcApplicationParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_scheduled_action: Builder[DeleteScheduledActionParameters]
delete_snapshot_copy_grant: Builder[DeleteSnapshotCopyGrantParameters]
delete_snapshot_schedule: Builder[DeleteSnapshotScheduleParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_usage_limit: Builder[DeleteUsageLimitParameters]
deregister_namespace: Builder[DeregisterNamespaceParameters]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_authentication_profiles: Builder[DescribeAuthenticationProfilesParameters]
describe_cluster_db_revisions: Builder[DescribeClusterDbRevisionsParameters]
describe_cluster_parameter_groups: Builder[DescribeClusterParameterGroupsParameters]
describe_cluster_parameters: Builder[DescribeClusterParametersParameters]
describe_cluster_security_groups: Builder[DescribeClusterSecurityGroupsParameters]
describe_cluster_snapshots: Builder[DescribeClusterSnapshotsParameters]
describe_cluster_subnet_groups: Builder[DescribeClusterSubnetGroupsParameters]
describe_cluster_tracks: Builder[DescribeClusterTracksParameters]
describe_cluster_versions: Builder[DescribeClusterVersionsParameters]
describe_clusters: Builder[DescribeClustersParameters]
describe_custom_domain_associations: Builder[DescribeCustomDomainAssociationsParameters]
describe_data_shares: Builder[DescribeDataSharesParameters]
describe_data_shares_for_consumer: Builder[DescribeDataSharesForConsumerParameters]
describe_data_shares_for_producer: Builder[DescribeDataSharesForProducerParameters]
describe_default_cluster_parameters: Builder[DescribeDefaultClusterParametersParameters]
describe_endpoint_access: Builder[DescribeEndpointAccessParameters]
describe_endpoint_authorization: Builder[DescribeEndpointAuthorizationParameters]
describe_event_categories: Builder[DescribeEventCategoriesParameters]
describe_event_subscriptions: Builder[DescribeEventSubscriptionsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_hsm_client_certificates: Builder[DescribeHsmClientCertificatesParameters]
describe_hsm_configurations: Builder[DescribeHsmConfigurationsParameters]
describe_inbound_integrations: Builder[DescribeInboundIntegrationsParameters]
describe_integrations: Builder[DescribeIntegrationsParameters]
describe_logging_status: Builder[DescribeLoggingStatusParameters]
describe_node_configuration_options: Builder[DescribeNodeConfigurationOptionsParameters]
describe_orderable_cluster_options: Builder[DescribeOrderableClusterOptionsParameters]
describe_partners: Builder[DescribePartnersParameters]
describe_qev2_idc_applications: Builder[DescribeQev2IdcApplicationsParameters]
describe_redshift_idc_applications: Builder[DescribeRedshiftIdcApplicationsParameters]
describe_reserved_node_exchange_status: Builder[DescribeReservedNodeExchangeStatusParameters]
describe_reserved_node_offerings: Builder[DescribeReservedNodeOfferingsParameters]
describe_reserved_nodes: Builder[DescribeReservedNodesParameters]
describe_resize: Builder[DescribeResizeParameters]
describe_scheduled_actions: Builder[DescribeScheduledActionsParameters]
describe_snapshot_copy_grants: Builder[DescribeSnapshotCopyGrantsParameters]
describe_snapshot_schedules: Builder[DescribeSnapshotSchedulesParameters]
describe_storage: Builder[DescribeStorageParameters]
describe_table_restore_status: Builder[DescribeTableRestoreStatusParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_usage_limits: Builder[DescribeUsageLimitsParameters]
disable_logging: Builder[DisableLoggingParameters]
disable_snapshot_copy: Builder[DisableSnapshotCopyParameters]
disassociate_data_share_consumer: Builder[DisassociateDataShareConsumerParameters]
enable_logging: Builder[EnableLoggingParameters]
enable_snapshot_copy: Builder[EnableSnapshotCopyParameters]
failover_primary_compute: Builder[FailoverPrimaryComputeParameters]
get_cluster_credentials: Builder[GetClusterCredentialsParameters]
get_cluster_credentials_with_iam: Builder[GetClusterCredentialsWithIAMParameters]
get_identity_center_auth_token: Builder[GetIdentityCenterAuthTokenParameters]
get_reserved_node_exchange_configuration_options: Builder[
    GetReservedNodeExchangeConfigurationOptionsParameters
]
get_reserved_node_exchange_offerings: Builder[GetReservedNodeExchangeOfferingsParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_recommendations: Builder[ListRecommendationsParameters]
modify_account_attributes: Builder[ModifyAccountAttributesParameters]
modify_aqua_configuration: Builder[ModifyAquaConfigurationParameters]
modify_authentication_profile: Builder[ModifyAuthenticationProfileParameters]
modify_cluster: Builder[ModifyClusterParameters]
modify_cluster_db_revision: Builder[ModifyClusterDbRevisionParameters]
modify_cluster_iam_roles: Builder[ModifyClusterIamRolesParameters]
modify_cluster_maintenance: Builder[ModifyClusterMaintenanceParameters]
modify_cluster_parameter_group: Builder[ModifyClusterParameterGroupParameters]
modify_cluster_snapshot: Builder[ModifyClusterSnapshotParameters]
modify_cluster_snapshot_schedule: Builder[ModifyClusterSnapshotScheduleParameters]
modify_cluster_subnet_group: Builder[ModifyClusterSubnetGroupParameters]
modify_custom_domain_association: Builder[ModifyCustomDomainAssociationParameters]
modify_endpoint_access: Builder[ModifyEndpointAccessParameters]
modify_event_subscription: Builder[ModifyEventSubscriptionParameters]
modify_integration: Builder[ModifyIntegrationParameters]
modify_lakehouse_configuration: Builder[ModifyLakehouseConfigurationParameters]
modify_qev2_idc_application: Builder[ModifyQev2IdcApplicationParameters]
modify_redshift_idc_application: Builder[ModifyRedshiftIdcApplicationParameters]
modify_scheduled_action: Builder[ModifyScheduledActionParameters]
modify_snapshot_copy_retention_period: Builder[ModifySnapshotCopyRetentionPeriodParameters]
modify_snapshot_schedule: Builder[ModifySnapshotScheduleParameters]
modify_usage_limit: Builder[ModifyUsageLimitParameters]
pause_cluster: Builder[PauseClusterMessage]
purchase_reserved_node_offering: Builder[PurchaseReservedNodeOfferingParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
reboot_cluster: Builder[RebootClusterParameters]
register_namespace: Builder[RegisterNamespaceParameters]
reject_data_share: Builder[RejectDataShareParameters]
reset_cluster_parameter_group: Builder[ResetClusterParameterGroupParameters]
resize_cluster: Builder[ResizeClusterMessage]
restore_from_cluster_snapshot: Builder[RestoreFromClusterSnapshotParameters]
restore_table_from_cluster_snapshot: Builder[RestoreTableFromClusterSnapshotParameters]
resume_cluster: Builder[ResumeClusterMessage]
revoke_cluster_security_group_ingress: Builder[RevokeClusterSecurityGroupIngressParameters]
revoke_endpoint_access: Builder[RevokeEndpointAccessParameters]
revoke_snapshot_access: Builder[RevokeSnapshotAccessParameters]
rotate_encryption_key: Builder[RotateEncryptionKeyParameters]
update_partner_status: Builder[UpdatePartnerStatusParameters]

__all__ = [
    "accept_reserved_node_exchange",
    "add_partner",
    "associate_data_share_consumer",
    "authorize_cluster_security_group_ingress",
    "authorize_data_share",
    "authorize_endpoint_access",
    "authorize_snapshot_access",
    "batch_delete_cluster_snapshots",
    "batch_modify_cluster_snapshots",
    "cancel_resize",
    "copy_cluster_snapshot",
    "create_authentication_profile",
    "create_cluster",
    "create_cluster_parameter_group",
    "create_cluster_security_group",
    "create_cluster_snapshot",
    "create_cluster_subnet_group",
    "create_custom_domain_association",
    "create_endpoint_access",
    "create_event_subscription",
    "create_hsm_client_certificate",
    "create_hsm_configuration",
    "create_integration",
    "create_qev2_idc_application",
    "create_redshift_idc_application",
    "create_scheduled_action",
    "create_snapshot_copy_grant",
    "create_snapshot_schedule",
    "create_tags",
    "create_usage_limit",
    "deauthorize_data_share",
    "delete_authentication_profile",
    "delete_cluster",
    "delete_cluster_parameter_group",
    "delete_cluster_security_group",
    "delete_cluster_snapshot",
    "delete_cluster_subnet_group",
    "delete_custom_domain_association",
    "delete_endpoint_access",
    "delete_event_subscription",
    "delete_hsm_client_certificate",
    "delete_hsm_configuration",
    "delete_integration",
    "delete_partner",
    "delete_qev2_idc_application",
    "delete_redshift_idc_application",
    "delete_resource_policy",
    "delete_scheduled_action",
    "delete_snapshot_copy_grant",
    "delete_snapshot_schedule",
    "delete_tags",
    "delete_usage_limit",
    "deregister_namespace",
    "describe_account_attributes",
    "describe_authentication_profiles",
    "describe_cluster_db_revisions",
    "describe_cluster_parameter_groups",
    "describe_cluster_parameters",
    "describe_cluster_security_groups",
    "describe_cluster_snapshots",
    "describe_cluster_subnet_groups",
    "describe_cluster_tracks",
    "describe_cluster_versions",
    "describe_clusters",
    "describe_custom_domain_associations",
    "describe_data_shares",
    "describe_data_shares_for_consumer",
    "describe_data_shares_for_producer",
    "describe_default_cluster_parameters",
    "describe_endpoint_access",
    "describe_endpoint_authorization",
    "describe_event_categories",
    "describe_event_subscriptions",
    "describe_events",
    "describe_hsm_client_certificates",
    "describe_hsm_configurations",
    "describe_inbound_integrations",
    "describe_integrations",
    "describe_logging_status",
    "describe_node_configuration_options",
    "describe_orderable_cluster_options",
    "describe_partners",
    "describe_qev2_idc_applications",
    "describe_redshift_idc_applications",
    "describe_reserved_node_exchange_status",
    "describe_reserved_node_offerings",
    "describe_reserved_nodes",
    "describe_resize",
    "describe_scheduled_actions",
    "describe_snapshot_copy_grants",
    "describe_snapshot_schedules",
    "describe_storage",
    "describe_table_restore_status",
    "describe_tags",
    "describe_usage_limits",
    "disable_logging",
    "disable_snapshot_copy",
    "disassociate_data_share_consumer",
    "enable_logging",
    "enable_snapshot_copy",
    "failover_primary_compute",
    "get_cluster_credentials",
    "get_cluster_credentials_with_iam",
    "get_identity_center_auth_token",
    "get_reserved_node_exchange_configuration_options",
    "get_reserved_node_exchange_offerings",
    "get_resource_policy",
    "list_recommendations",
    "modify_account_attributes",
    "modify_aqua_configuration",
    "modify_authentication_profile",
    "modify_cluster",
    "modify_cluster_db_revision",
    "modify_cluster_iam_roles",
    "modify_cluster_maintenance",
    "modify_cluster_parameter_group",
    "modify_cluster_snapshot",
    "modify_cluster_snapshot_schedule",
    "modify_cluster_subnet_group",
    "modify_custom_domain_association",
    "modify_endpoint_access",
    "modify_event_subscription",
    "modify_integration",
    "modify_lakehouse_configuration",
    "modify_qev2_idc_application",
    "modify_redshift_idc_application",
    "modify_scheduled_action",
    "modify_snapshot_copy_retention_period",
    "modify_snapshot_schedule",
    "modify_usage_limit",
    "pause_cluster",
    "purchase_reserved_node_offering",
    "put_resource_policy",
    "reboot_cluster",
    "register_namespace",
    "reject_data_share",
    "reset_cluster_parameter_group",
    "resize_cluster",
    "restore_from_cluster_snapshot",
    "restore_table_from_cluster_snapshot",
    "resume_cluster",
    "revoke_cluster_security_group_ingress",
    "revoke_endpoint_access",
    "revoke_snapshot_access",
    "rotate_encryption_key",
    "update_partner_status",
]
