"""Typed builders of the AWS SDK integration of opensearch (``aws-sdk:opensearch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

AcceptInboundConnectionParameters = TypedDict(
    "AcceptInboundConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)

class S3GlueDataCatalog(TypedDict, total=False):
    RoleArn: S

class DataSourceType(TypedDict, total=False):
    S3GlueDataCatalog: X[S3GlueDataCatalog]

AddDataSourceParameters = TypedDict(
    "AddDataSourceParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Name": S,
        "Name.$": str,
        "DataSourceType": X[DataSourceType],
        "DataSourceType.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class CloudWatchDirectQueryDataSource(TypedDict, total=False):
    RoleArn: S

class SecurityLakeDirectQueryDataSource(TypedDict, total=False):
    RoleArn: S

class PrometheusDirectQueryDataSource(TypedDict, total=False):
    RoleArn: S
    WorkspaceArn: S

class DirectQueryDataSourceType(TypedDict, total=False):
    CloudWatchLog: X[CloudWatchDirectQueryDataSource]
    SecurityLake: X[SecurityLakeDirectQueryDataSource]
    Prometheus: X[PrometheusDirectQueryDataSource]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddDirectQueryDataSourceParameters = TypedDict(
    "AddDirectQueryDataSourceParameters",
    {
        "DataSourceName": S,
        "DataSourceName.$": str,
        "DataSourceType": X[DirectQueryDataSourceType],
        "DataSourceType.$": str,
        "Description": S,
        "Description.$": str,
        "OpenSearchArns": L[Si],
        "OpenSearchArns.$": str,
        "DataSourceAccessPolicy": S,
        "DataSourceAccessPolicy.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
    },
    total=False,
)
AddReplicationPeerParameters = TypedDict(
    "AddReplicationPeerParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "PeerDomainArn": S,
        "PeerDomainArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"Arn": S, "Arn.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)

class KeyStoreAccessOption(TypedDict, total=False):
    KeyAccessRoleArn: S
    KeyStoreAccessEnabled: B

class PackageAssociationConfiguration(TypedDict, total=False):
    KeyStoreAccessOption: X[KeyStoreAccessOption]

AssociatePackageParameters = TypedDict(
    "AssociatePackageParameters",
    {
        "PackageID": S,
        "PackageID.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "PrerequisitePackageIDList": L[Si],
        "PrerequisitePackageIDList.$": str,
        "AssociationConfiguration": X[PackageAssociationConfiguration],
        "AssociationConfiguration.$": str,
    },
    total=False,
)

class PackageDetailsForAssociation(TypedDict, total=False):
    PackageID: S
    PrerequisitePackageIDList: L[Si]
    AssociationConfiguration: X[PackageAssociationConfiguration]

AssociatePackagesParameters = TypedDict(
    "AssociatePackagesParameters",
    {
        "PackageList": L[Xi[PackageDetailsForAssociation]],
        "PackageList.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)

class WorkspaceConfigurationInput(TypedDict, total=False):
    Name: S
    WorkspaceType: S

AttachDataSourceParameters = TypedDict(
    "AttachDataSourceParameters",
    {
        "Id": S,
        "Id.$": str,
        "DataSourceArn": S,
        "DataSourceArn.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "WorkspaceConfiguration": X[WorkspaceConfigurationInput],
        "WorkspaceConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ServiceOptions(TypedDict, total=False):
    SupportedRegions: L[Si]

AuthorizeVpcEndpointAccessParameters = TypedDict(
    "AuthorizeVpcEndpointAccessParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Account": S,
        "Account.$": str,
        "Service": S,
        "Service.$": str,
        "ServiceOptions": X[ServiceOptions],
        "ServiceOptions.$": str,
    },
    total=False,
)
CancelDomainConfigChangeParameters = TypedDict(
    "CancelDomainConfigChangeParameters",
    {"DomainName": S, "DomainName.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
CancelServiceSoftwareUpdateParameters = TypedDict(
    "CancelServiceSoftwareUpdateParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
CompareDomainConfigurationParameters = TypedDict(
    "CompareDomainConfigurationParameters",
    {
        "SourceDomainArn": S,
        "SourceDomainArn.$": str,
        "TargetDomainArn": S,
        "TargetDomainArn.$": str,
        "Categories": L[Si],
        "Categories.$": str,
    },
    total=False,
)

class DataSource(TypedDict, total=False):
    DataSourceArn: S
    DataSourceDescription: S
    IamRoleForDataSourceArn: S

class IamIdentityCenterOptionsInput(TypedDict, total=False):
    Enabled: B
    IamIdentityCenterInstanceArn: S
    IamRoleForIdentityCenterApplicationArn: S

class AppConfig(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "DataSources": L[Xi[DataSource]],
        "DataSources.$": str,
        "IamIdentityCenterOptions": X[IamIdentityCenterOptionsInput],
        "IamIdentityCenterOptions.$": str,
        "AppConfigs": L[Xi[AppConfig]],
        "AppConfigs.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class ZoneAwarenessConfig(TypedDict, total=False):
    AvailabilityZoneCount: I

class ColdStorageOptions(TypedDict, total=False):
    Enabled: B

class NodeConfig(TypedDict, total=False):
    Enabled: B
    Type: S
    Count: I

class NodeOption(TypedDict, total=False):
    NodeType: S
    NodeConfig: X[NodeConfig]

class ClusterConfig(TypedDict, total=False):
    InstanceType: S
    InstanceCount: I
    DedicatedMasterEnabled: B
    ZoneAwarenessEnabled: B
    ZoneAwarenessConfig: X[ZoneAwarenessConfig]
    DedicatedMasterType: S
    DedicatedMasterCount: I
    WarmEnabled: B
    WarmType: S
    WarmCount: I
    ColdStorageOptions: X[ColdStorageOptions]
    MultiAZWithStandbyEnabled: B
    NodeOptions: L[Xi[NodeOption]]

class EBSOptions(TypedDict, total=False):
    EbsEnabled: B
    VolumeType: S
    VolumeSize: I
    Iops: I
    Throughput: I

class SnapshotOptions(TypedDict, total=False):
    AutomatedSnapshotStartHour: I

class VPCOptions(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    EgressEnabled: B

class CognitoOptions(TypedDict, total=False):
    Enabled: B
    UserPoolId: S
    IdentityPoolId: S
    RoleArn: S

class EncryptionAtRestOptions(TypedDict, total=False):
    Enabled: B
    KmsKeyId: S
    EncryptionMode: S

class NodeToNodeEncryptionOptions(TypedDict, total=False):
    Enabled: B

class LogPublishingOption(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: S
    Enabled: B

class S3TablesEncryptionConfiguration(TypedDict, total=False):
    Enabled: B
    KmsKeyArn: S

class ServiceManagedS3TablesCatalog(TypedDict, total=False):
    EncryptionConfiguration: X[S3TablesEncryptionConfiguration]

class CatalogConfiguration(TypedDict, total=False):
    ServiceManagedS3Tables: X[ServiceManagedS3TablesCatalog]

class CatalogOptions(TypedDict, total=False):
    Enabled: B
    Catalog: X[CatalogConfiguration]

class DomainEndpointOptions(TypedDict, total=False):
    EnforceHTTPS: B
    TlsSecurityPolicy: S
    CustomEndpointEnabled: B
    CustomEndpoint: S
    CustomEndpointCertificateArn: S

class MasterUserOptions(TypedDict, total=False):
    MasterUserARN: S
    MasterUserName: S
    MasterUserPassword: S

class SAMLIdp(TypedDict, total=False):
    MetadataContent: S
    EntityId: S

class SAMLOptionsInput(TypedDict, total=False):
    Enabled: B
    Idp: X[SAMLIdp]
    MasterUserName: S
    MasterBackendRole: S
    SubjectKey: S
    RolesKey: S
    SessionTimeoutMinutes: I

class JWTOptionsInput(TypedDict, total=False):
    Enabled: B
    SubjectKey: S
    RolesKey: S
    JwksUrl: S
    PublicKey: S

class IAMFederationOptionsInput(TypedDict, total=False):
    Enabled: B
    SubjectKey: S
    RolesKey: S

class AdvancedSecurityOptionsInput(TypedDict, total=False):
    Enabled: B
    InternalUserDatabaseEnabled: B
    MasterUserOptions: X[MasterUserOptions]
    SamlOptions: X[SAMLOptionsInput]
    JwtOptions: X[JWTOptionsInput]
    IamFederationOptions: X[IAMFederationOptionsInput]
    AnonymousAuthEnabled: B

class IdentityCenterOptionsInput(TypedDict, total=False):
    EnabledAPIAccess: B
    IdentityCenterInstanceARN: S
    IdentityCenterInstanceRegion: S
    SubjectKey: S
    RolesKey: S

class Duration(TypedDict, total=False):
    Value: I
    Unit: S

class AutoTuneMaintenanceSchedule(TypedDict, total=False):
    StartAt: T
    Duration: X[Duration]
    CronExpressionForRecurrence: S

class AutoTuneOptionsInput(TypedDict, total=False):
    DesiredState: S
    MaintenanceSchedules: L[Xi[AutoTuneMaintenanceSchedule]]
    UseOffPeakWindow: B

class WindowStartTime(TypedDict, total=False):
    Hours: I
    Minutes: I

class OffPeakWindow(TypedDict, total=False):
    WindowStartTime: X[WindowStartTime]

class OffPeakWindowOptions(TypedDict, total=False):
    Enabled: B
    OffPeakWindow: X[OffPeakWindow]

class SoftwareUpdateOptions(TypedDict, total=False):
    AutoSoftwareUpdateEnabled: B
    UseLatestServiceSoftwareForBlueGreen: B

class NaturalLanguageQueryGenerationOptionsInput(TypedDict, total=False):
    DesiredState: S

class S3VectorsEngine(TypedDict, total=False):
    Enabled: B

class ServerlessVectorAcceleration(TypedDict, total=False):
    Enabled: B

class AIMLOptionsInput(TypedDict, total=False):
    NaturalLanguageQueryGenerationOptions: X[NaturalLanguageQueryGenerationOptionsInput]
    S3VectorsEngine: X[S3VectorsEngine]
    ServerlessVectorAcceleration: X[ServerlessVectorAcceleration]

class DeploymentStrategyOptions(TypedDict, total=False):
    DeploymentStrategy: S

class AutomatedSnapshotPauseRequestOptions(TypedDict, total=False):
    Enabled: B
    StartTime: T
    EndTime: T

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "ClusterConfig": X[ClusterConfig],
        "ClusterConfig.$": str,
        "EbsOptions": X[EBSOptions],
        "EbsOptions.$": str,
        "AccessPolicies": S,
        "AccessPolicies.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "SnapshotOptions": X[SnapshotOptions],
        "SnapshotOptions.$": str,
        "VpcOptions": X[VPCOptions],
        "VpcOptions.$": str,
        "CognitoOptions": X[CognitoOptions],
        "CognitoOptions.$": str,
        "EncryptionAtRestOptions": X[EncryptionAtRestOptions],
        "EncryptionAtRestOptions.$": str,
        "NodeToNodeEncryptionOptions": X[NodeToNodeEncryptionOptions],
        "NodeToNodeEncryptionOptions.$": str,
        "AdvancedOptions": M[S],
        "AdvancedOptions.$": str,
        "LogPublishingOptions": M[X[LogPublishingOption]],
        "LogPublishingOptions.$": str,
        "CatalogOptions": X[CatalogOptions],
        "CatalogOptions.$": str,
        "DomainEndpointOptions": X[DomainEndpointOptions],
        "DomainEndpointOptions.$": str,
        "AdvancedSecurityOptions": X[AdvancedSecurityOptionsInput],
        "AdvancedSecurityOptions.$": str,
        "IdentityCenterOptions": X[IdentityCenterOptionsInput],
        "IdentityCenterOptions.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
        "AutoTuneOptions": X[AutoTuneOptionsInput],
        "AutoTuneOptions.$": str,
        "OffPeakWindowOptions": X[OffPeakWindowOptions],
        "OffPeakWindowOptions.$": str,
        "SoftwareUpdateOptions": X[SoftwareUpdateOptions],
        "SoftwareUpdateOptions.$": str,
        "AimlOptions": X[AIMLOptionsInput],
        "AimlOptions.$": str,
        "DeploymentStrategyOptions": X[DeploymentStrategyOptions],
        "DeploymentStrategyOptions.$": str,
        "AutomatedSnapshotPauseOptions": X[AutomatedSnapshotPauseRequestOptions],
        "AutomatedSnapshotPauseOptions.$": str,
        "UseCase": S,
        "UseCase.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
    },
    total=False,
)
CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexSchema": Doc,
        "IndexSchema.$": str,
    },
    total=False,
)

class AWSDomainInformation(TypedDict, total=False):
    OwnerId: S
    DomainName: S
    Region: S

class DomainInformationContainer(TypedDict, total=False):
    AwsDomainInformation: X[AWSDomainInformation]

class CrossClusterSearchConnectionProperties(TypedDict, total=False):
    SkipUnavailable: S

class ConnectionProperties(TypedDict, total=False):
    Endpoint: S
    CrossClusterSearch: X[CrossClusterSearchConnectionProperties]

CreateOutboundConnectionParameters = TypedDict(
    "CreateOutboundConnectionParameters",
    {
        "LocalDomainInfo": X[DomainInformationContainer],
        "LocalDomainInfo.$": str,
        "RemoteDomainInfo": X[DomainInformationContainer],
        "RemoteDomainInfo.$": str,
        "ConnectionAlias": S,
        "ConnectionAlias.$": str,
        "ConnectionMode": S,
        "ConnectionMode.$": str,
        "ConnectionProperties": X[ConnectionProperties],
        "ConnectionProperties.$": str,
    },
    total=False,
)

class PackageSource(TypedDict, total=False):
    S3BucketName: S
    S3Key: S

class PackageConfiguration(TypedDict, total=False):
    LicenseRequirement: S
    LicenseFilepath: S
    ConfigurationRequirement: S
    RequiresRestartForConfigurationUpdate: B

class PackageVendingOptions(TypedDict, total=False):
    VendingEnabled: B

class PackageEncryptionOptions(TypedDict, total=False):
    KmsKeyIdentifier: S
    EncryptionEnabled: B

CreatePackageParameters = TypedDict(
    "CreatePackageParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "PackageType": S,
        "PackageType.$": str,
        "PackageDescription": S,
        "PackageDescription.$": str,
        "PackageSource": X[PackageSource],
        "PackageSource.$": str,
        "PackageConfiguration": X[PackageConfiguration],
        "PackageConfiguration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "PackageVendingOptions": X[PackageVendingOptions],
        "PackageVendingOptions.$": str,
        "PackageEncryptionOptions": X[PackageEncryptionOptions],
        "PackageEncryptionOptions.$": str,
    },
    total=False,
)
CreateVpcEndpointParameters = TypedDict(
    "CreateVpcEndpointParameters",
    {
        "DomainArn": S,
        "DomainArn.$": str,
        "VpcOptions": X[VPCOptions],
        "VpcOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {"DomainName": S, "DomainName.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteDirectQueryDataSourceParameters = TypedDict(
    "DeleteDirectQueryDataSourceParameters",
    {"DataSourceName": S, "DataSourceName.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteInboundConnectionParameters = TypedDict(
    "DeleteInboundConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
DeleteIndexParameters = TypedDict(
    "DeleteIndexParameters",
    {"DomainName": S, "DomainName.$": str, "IndexName": S, "IndexName.$": str},
    total=False,
)
DeleteOutboundConnectionParameters = TypedDict(
    "DeleteOutboundConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
DeletePackageParameters = TypedDict(
    "DeletePackageParameters", {"PackageID": S, "PackageID.$": str}, total=False
)
DeleteVpcEndpointParameters = TypedDict(
    "DeleteVpcEndpointParameters", {"VpcEndpointId": S, "VpcEndpointId.$": str}, total=False
)
DeregisterCapabilityParameters = TypedDict(
    "DeregisterCapabilityParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "CapabilityName": S, "CapabilityName.$": str},
    total=False,
)
DescribeDataSourceAttachmentParameters = TypedDict(
    "DescribeDataSourceAttachmentParameters",
    {"Id": S, "Id.$": str, "DataSourceArn": S, "DataSourceArn.$": str},
    total=False,
)
DescribeDomainParameters = TypedDict(
    "DescribeDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeDomainAutoTunesParameters = TypedDict(
    "DescribeDomainAutoTunesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDomainChangeProgressParameters = TypedDict(
    "DescribeDomainChangeProgressParameters",
    {"DomainName": S, "DomainName.$": str, "ChangeId": S, "ChangeId.$": str},
    total=False,
)
DescribeDomainConfigParameters = TypedDict(
    "DescribeDomainConfigParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeDomainHealthParameters = TypedDict(
    "DescribeDomainHealthParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeDomainNodesParameters = TypedDict(
    "DescribeDomainNodesParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeDomainReplicationParameters = TypedDict(
    "DescribeDomainReplicationParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeDomainsParameters = TypedDict(
    "DescribeDomainsParameters", {"DomainNames": L[Si], "DomainNames.$": str}, total=False
)
DescribeDryRunProgressParameters = TypedDict(
    "DescribeDryRunProgressParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DryRunId": S,
        "DryRunId.$": str,
        "LoadDryRunConfig": B,
        "LoadDryRunConfig.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeInboundConnectionsParameters = TypedDict(
    "DescribeInboundConnectionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InsightEntity(TypedDict, total=False):
    Type: S
    Value: S

DescribeInsightDetailsParameters = TypedDict(
    "DescribeInsightDetailsParameters",
    {
        "Entity": X[InsightEntity],
        "Entity.$": str,
        "InsightId": S,
        "InsightId.$": str,
        "ShowHtmlContent": B,
        "ShowHtmlContent.$": str,
    },
    total=False,
)
DescribeInstanceTypeLimitsParameters = TypedDict(
    "DescribeInstanceTypeLimitsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
    },
    total=False,
)
DescribeOutboundConnectionsParameters = TypedDict(
    "DescribeOutboundConnectionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribePackagesFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

DescribePackagesParameters = TypedDict(
    "DescribePackagesParameters",
    {
        "Filters": L[Xi[DescribePackagesFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReservedInstanceOfferingsParameters = TypedDict(
    "DescribeReservedInstanceOfferingsParameters",
    {
        "ReservedInstanceOfferingId": S,
        "ReservedInstanceOfferingId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReservedInstancesParameters = TypedDict(
    "DescribeReservedInstancesParameters",
    {
        "ReservedInstanceId": S,
        "ReservedInstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointsParameters = TypedDict(
    "DescribeVpcEndpointsParameters",
    {"VpcEndpointIds": L[Si], "VpcEndpointIds.$": str},
    total=False,
)
DetachDataSourceParameters = TypedDict(
    "DetachDataSourceParameters",
    {"Id": S, "Id.$": str, "DataSourceArn": S, "DataSourceArn.$": str},
    total=False,
)
DissociatePackageParameters = TypedDict(
    "DissociatePackageParameters",
    {"PackageID": S, "PackageID.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DissociatePackagesParameters = TypedDict(
    "DissociatePackagesParameters",
    {"PackageList": L[Si], "PackageList.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
FailoverReplicationParameters = TypedDict(
    "FailoverReplicationParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "PeerDomainArn": S,
        "PeerDomainArn.$": str,
        "AllowDataLoss": B,
        "AllowDataLoss.$": str,
    },
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"Id": S, "Id.$": str}, total=False
)
GetCapabilityParameters = TypedDict(
    "GetCapabilityParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "CapabilityName": S, "CapabilityName.$": str},
    total=False,
)
GetCompatibleVersionsParameters = TypedDict(
    "GetCompatibleVersionsParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters",
    {"DomainName": S, "DomainName.$": str, "Name": S, "Name.$": str},
    total=False,
)

class GetDefaultApplicationSettingParameters(TypedDict, total=False): ...

GetDirectQueryDataSourceParameters = TypedDict(
    "GetDirectQueryDataSourceParameters",
    {"DataSourceName": S, "DataSourceName.$": str},
    total=False,
)
GetDomainMaintenanceStatusParameters = TypedDict(
    "GetDomainMaintenanceStatusParameters",
    {"DomainName": S, "DomainName.$": str, "MaintenanceId": S, "MaintenanceId.$": str},
    total=False,
)
GetIndexParameters = TypedDict(
    "GetIndexParameters",
    {"DomainName": S, "DomainName.$": str, "IndexName": S, "IndexName.$": str},
    total=False,
)
GetMigrationParameters = TypedDict(
    "GetMigrationParameters", {"MigrationId": S, "MigrationId.$": str}, total=False
)
GetPackageVersionHistoryParameters = TypedDict(
    "GetPackageVersionHistoryParameters",
    {
        "PackageID": S,
        "PackageID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetUpgradeHistoryParameters = TypedDict(
    "GetUpgradeHistoryParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetUpgradeStatusParameters = TypedDict(
    "GetUpgradeStatusParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class InsightFeedbackEntity(TypedDict, total=False):
    Type: S
    Value: S

InsightFeedbackParameters = TypedDict(
    "InsightFeedbackParameters",
    {
        "Entity": X[InsightFeedbackEntity],
        "Entity.$": str,
        "InsightId": S,
        "InsightId.$": str,
        "Thumbs": S,
        "Thumbs.$": str,
        "FeedbackText": S,
        "FeedbackText.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourceAttachmentsParameters = TypedDict(
    "ListDataSourceAttachmentsParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
ListDirectQueryDataSourcesParameters = TypedDict(
    "ListDirectQueryDataSourcesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListDomainMaintenancesParameters = TypedDict(
    "ListDomainMaintenancesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Action": S,
        "Action.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainNamesParameters = TypedDict(
    "ListDomainNamesParameters", {"EngineType": S, "EngineType.$": str}, total=False
)
ListDomainsForPackageParameters = TypedDict(
    "ListDomainsForPackageParameters",
    {
        "PackageID": S,
        "PackageID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InsightTimeRange(TypedDict, total=False):
    From: I
    To: I

ListInsightsParameters = TypedDict(
    "ListInsightsParameters",
    {
        "Entity": X[InsightEntity],
        "Entity.$": str,
        "TimeRange": X[InsightTimeRange],
        "TimeRange.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInstanceTypeDetailsParameters = TypedDict(
    "ListInstanceTypeDetailsParameters",
    {
        "EngineVersion": S,
        "EngineVersion.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RetrieveAZs": B,
        "RetrieveAZs.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
    },
    total=False,
)
ListMigrationsParameters = TypedDict(
    "ListMigrationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPackagesForDomainParameters = TypedDict(
    "ListPackagesForDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScheduledActionsParameters = TypedDict(
    "ListScheduledActionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict("ListTagsParameters", {"Arn": S, "Arn.$": str}, total=False)
ListVersionsParameters = TypedDict(
    "ListVersionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListVpcEndpointAccessParameters = TypedDict(
    "ListVpcEndpointAccessParameters",
    {"DomainName": S, "DomainName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListVpcEndpointsParameters = TypedDict(
    "ListVpcEndpointsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListVpcEndpointsForDomainParameters = TypedDict(
    "ListVpcEndpointsForDomainParameters",
    {"DomainName": S, "DomainName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PurchaseReservedInstanceOfferingParameters = TypedDict(
    "PurchaseReservedInstanceOfferingParameters",
    {
        "ReservedInstanceOfferingId": S,
        "ReservedInstanceOfferingId.$": str,
        "ReservationName": S,
        "ReservationName.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
    },
    total=False,
)
PutDefaultApplicationSettingParameters = TypedDict(
    "PutDefaultApplicationSettingParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "SetAsDefault": B, "SetAsDefault.$": str},
    total=False,
)

class AIConfig(TypedDict, total=False): ...

class CapabilityBaseRequestConfig(TypedDict, total=False):
    AiConfig: X[AIConfig]

RegisterCapabilityParameters = TypedDict(
    "RegisterCapabilityParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CapabilityName": S,
        "CapabilityName.$": str,
        "CapabilityConfig": X[CapabilityBaseRequestConfig],
        "CapabilityConfig.$": str,
    },
    total=False,
)
RejectInboundConnectionParameters = TypedDict(
    "RejectInboundConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
RemoveReplicationPeerParameters = TypedDict(
    "RemoveReplicationPeerParameters",
    {"DomainName": S, "DomainName.$": str, "PeerDomainArn": S, "PeerDomainArn.$": str},
    total=False,
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
RevokeVpcEndpointAccessParameters = TypedDict(
    "RevokeVpcEndpointAccessParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Account": S,
        "Account.$": str,
        "Service": S,
        "Service.$": str,
        "ServiceOptions": X[ServiceOptions],
        "ServiceOptions.$": str,
    },
    total=False,
)
RollbackServiceSoftwareUpdateParameters = TypedDict(
    "RollbackServiceSoftwareUpdateParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
StartDomainMaintenanceParameters = TypedDict(
    "StartDomainMaintenanceParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Action": S,
        "Action.$": str,
        "NodeId": S,
        "NodeId.$": str,
    },
    total=False,
)

class MigrationSource(TypedDict, total=False):
    DatasourceArn: S

class MigrationWorkspace(TypedDict, total=False):
    WorkspaceId: S
    CreateWorkspace: B
    Name: S
    Type: S

class SavedObjectIdentifier(TypedDict, total=False):
    Type: S
    Id: S

class ExportOptions(TypedDict, total=False):
    Types: L[Si]
    Objects: L[Xi[SavedObjectIdentifier]]
    IncludeReferencesDeep: B

class MigrationOptions(TypedDict, total=False):
    Source: X[MigrationSource]
    Workspace: X[MigrationWorkspace]
    ExportOptions: X[ExportOptions]
    ConflictResolution: S

StartMigrationParameters = TypedDict(
    "StartMigrationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MigrationOptions": X[MigrationOptions],
        "MigrationOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartServiceSoftwareUpdateParameters = TypedDict(
    "StartServiceSoftwareUpdateParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ScheduleAt": S,
        "ScheduleAt.$": str,
        "DesiredStartTime": I,
        "DesiredStartTime.$": str,
    },
    total=False,
)
SwitchoverReplicationParameters = TypedDict(
    "SwitchoverReplicationParameters",
    {"DomainName": S, "DomainName.$": str, "PeerDomainArn": S, "PeerDomainArn.$": str},
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "Id": S,
        "Id.$": str,
        "DataSources": L[Xi[DataSource]],
        "DataSources.$": str,
        "AppConfigs": L[Xi[AppConfig]],
        "AppConfigs.$": str,
        "IamIdentityCenterOptions": X[IamIdentityCenterOptionsInput],
        "IamIdentityCenterOptions.$": str,
    },
    total=False,
)

class TrafficSplitRequestOptions(TypedDict, total=False):
    Strategy: S
    CloneReadTrafficPercent: I

class CutoverRequestOptions(TypedDict, total=False):
    Target: S

class RetentionOptions(TypedDict, total=False):
    RetentionInHours: I
    RetentionAction: S

UpdateCloneParameters = TypedDict(
    "UpdateCloneParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "TrafficSplitOptions": X[TrafficSplitRequestOptions],
        "TrafficSplitOptions.$": str,
        "CutoverOptions": X[CutoverRequestOptions],
        "CutoverOptions.$": str,
        "RetentionOptions": X[RetentionOptions],
        "RetentionOptions.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Name": S,
        "Name.$": str,
        "DataSourceType": X[DataSourceType],
        "DataSourceType.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateDirectQueryDataSourceParameters = TypedDict(
    "UpdateDirectQueryDataSourceParameters",
    {
        "DataSourceName": S,
        "DataSourceName.$": str,
        "DataSourceType": X[DirectQueryDataSourceType],
        "DataSourceType.$": str,
        "Description": S,
        "Description.$": str,
        "OpenSearchArns": L[Si],
        "OpenSearchArns.$": str,
        "DataSourceAccessPolicy": S,
        "DataSourceAccessPolicy.$": str,
    },
    total=False,
)

class AutoTuneOptions(TypedDict, total=False):
    DesiredState: S
    RollbackOnDisable: S
    MaintenanceSchedules: L[Xi[AutoTuneMaintenanceSchedule]]
    UseOffPeakWindow: B

UpdateDomainConfigParameters = TypedDict(
    "UpdateDomainConfigParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ClusterConfig": X[ClusterConfig],
        "ClusterConfig.$": str,
        "EbsOptions": X[EBSOptions],
        "EbsOptions.$": str,
        "SnapshotOptions": X[SnapshotOptions],
        "SnapshotOptions.$": str,
        "VpcOptions": X[VPCOptions],
        "VpcOptions.$": str,
        "CognitoOptions": X[CognitoOptions],
        "CognitoOptions.$": str,
        "AdvancedOptions": M[S],
        "AdvancedOptions.$": str,
        "AccessPolicies": S,
        "AccessPolicies.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "LogPublishingOptions": M[X[LogPublishingOption]],
        "LogPublishingOptions.$": str,
        "CatalogOptions": X[CatalogOptions],
        "CatalogOptions.$": str,
        "EncryptionAtRestOptions": X[EncryptionAtRestOptions],
        "EncryptionAtRestOptions.$": str,
        "DomainEndpointOptions": X[DomainEndpointOptions],
        "DomainEndpointOptions.$": str,
        "NodeToNodeEncryptionOptions": X[NodeToNodeEncryptionOptions],
        "NodeToNodeEncryptionOptions.$": str,
        "AdvancedSecurityOptions": X[AdvancedSecurityOptionsInput],
        "AdvancedSecurityOptions.$": str,
        "IdentityCenterOptions": X[IdentityCenterOptionsInput],
        "IdentityCenterOptions.$": str,
        "AutoTuneOptions": X[AutoTuneOptions],
        "AutoTuneOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DryRunMode": S,
        "DryRunMode.$": str,
        "OffPeakWindowOptions": X[OffPeakWindowOptions],
        "OffPeakWindowOptions.$": str,
        "SoftwareUpdateOptions": X[SoftwareUpdateOptions],
        "SoftwareUpdateOptions.$": str,
        "AimlOptions": X[AIMLOptionsInput],
        "AimlOptions.$": str,
        "DeploymentStrategyOptions": X[DeploymentStrategyOptions],
        "DeploymentStrategyOptions.$": str,
        "AutomatedSnapshotPauseOptions": X[AutomatedSnapshotPauseRequestOptions],
        "AutomatedSnapshotPauseOptions.$": str,
        "UseCase": S,
        "UseCase.$": str,
        "EngineMode": S,
        "EngineMode.$": str,
        "AcceptedWarnings": L[Si],
        "AcceptedWarnings.$": str,
    },
    total=False,
)
UpdateIndexParameters = TypedDict(
    "UpdateIndexParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "IndexSchema": Doc,
        "IndexSchema.$": str,
    },
    total=False,
)
UpdatePackageParameters = TypedDict(
    "UpdatePackageParameters",
    {
        "PackageID": S,
        "PackageID.$": str,
        "PackageSource": X[PackageSource],
        "PackageSource.$": str,
        "PackageDescription": S,
        "PackageDescription.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "PackageConfiguration": X[PackageConfiguration],
        "PackageConfiguration.$": str,
        "PackageEncryptionOptions": X[PackageEncryptionOptions],
        "PackageEncryptionOptions.$": str,
    },
    total=False,
)
UpdatePackageScopeParameters = TypedDict(
    "UpdatePackageScopeParameters",
    {
        "PackageID": S,
        "PackageID.$": str,
        "Operation": S,
        "Operation.$": str,
        "PackageUserList": L[Si],
        "PackageUserList.$": str,
    },
    total=False,
)
UpdateScheduledActionParameters = TypedDict(
    "UpdateScheduledActionParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ActionID": S,
        "ActionID.$": str,
        "ActionType": S,
        "ActionType.$": str,
        "ScheduleAt": S,
        "ScheduleAt.$": str,
        "DesiredStartTime": I,
        "DesiredStartTime.$": str,
    },
    total=False,
)
UpdateVpcEndpointParameters = TypedDict(
    "UpdateVpcEndpointParameters",
    {"VpcEndpointId": S, "VpcEndpointId.$": str, "VpcOptions": X[VPCOptions], "VpcOptions.$": str},
    total=False,
)

class ClonedBlueGreenOptions(TypedDict, total=False):
    RetentionOptions: X[RetentionOptions]

class DeploymentStrategyOverrideOptions(TypedDict, total=False):
    DeploymentStrategy: S
    ClonedBlueGreenOptions: X[ClonedBlueGreenOptions]

UpgradeDomainParameters = TypedDict(
    "UpgradeDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "TargetVersion": S,
        "TargetVersion.$": str,
        "PerformCheckOnly": B,
        "PerformCheckOnly.$": str,
        "AdvancedOptions": M[S],
        "AdvancedOptions.$": str,
        "DeploymentStrategyOptions": X[DeploymentStrategyOverrideOptions],
        "DeploymentStrategyOptions.$": str,
    },
    total=False,
)
accept_inbound_connection: Builder[AcceptInboundConnectionParameters]
add_data_source: Builder[AddDataSourceParameters]
add_direct_query_data_source: Builder[AddDirectQueryDataSourceParameters]
add_replication_peer: Builder[AddReplicationPeerParameters]
add_tags: Builder[AddTagsParameters]
associate_package: Builder[AssociatePackageParameters]
associate_packages: Builder[AssociatePackagesParameters]
attach_data_source: Builder[AttachDataSourceParameters]
authorize_vpc_endpoint_access: Builder[AuthorizeVpcEndpointAccessParameters]
cancel_domain_config_change: Builder[CancelDomainConfigChangeParameters]
cancel_service_software_update: Builder[CancelServiceSoftwareUpdateParameters]
compare_domain_configuration: Builder[CompareDomainConfigurationParameters]
create_application: Builder[CreateApplicationParameters]
create_domain: Builder[CreateDomainParameters]
create_index: Builder[CreateIndexParameters]
create_outbound_connection: Builder[CreateOutboundConnectionParameters]
create_package: Builder[CreatePackageParameters]
create_vpc_endpoint: Builder[CreateVpcEndpointParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_direct_query_data_source: Builder[DeleteDirectQueryDataSourceParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_inbound_connection: Builder[DeleteInboundConnectionParameters]
delete_index: Builder[DeleteIndexParameters]
delete_outbound_connection: Builder[DeleteOutboundConnectionParameters]
delete_package: Builder[DeletePackageParameters]
delete_vpc_endpoint: Builder[DeleteVpcEndpointParameters]
deregister_capability: Builder[DeregisterCapabilityParameters]
describe_data_source_attachment: Builder[DescribeDataSourceAttachmentParameters]
describe_domain: Builder[DescribeDomainParameters]
describe_domain_auto_tunes: Builder[DescribeDomainAutoTunesParameters]
describe_domain_change_progress: Builder[DescribeDomainChangeProgressParameters]
describe_domain_config: Builder[DescribeDomainConfigParameters]
describe_domain_health: Builder[DescribeDomainHealthParameters]
describe_domain_nodes: Builder[DescribeDomainNodesParameters]
describe_domain_replication: Builder[DescribeDomainReplicationParameters]
describe_domains: Builder[DescribeDomainsParameters]
describe_dry_run_progress: Builder[DescribeDryRunProgressParameters]
describe_inbound_connections: Builder[DescribeInboundConnectionsParameters]
describe_insight_details: Builder[DescribeInsightDetailsParameters]
describe_instance_type_limits: Builder[DescribeInstanceTypeLimitsParameters]
describe_outbound_connections: Builder[DescribeOutboundConnectionsParameters]
describe_packages: Builder[DescribePackagesParameters]
describe_reserved_instance_offerings: Builder[DescribeReservedInstanceOfferingsParameters]
describe_reserved_instances: Builder[DescribeReservedInstancesParameters]
describe_vpc_endpoints: Builder[DescribeVpcEndpointsParameters]
detach_data_source: Builder[DetachDataSourceParameters]
dissociate_package: Builder[DissociatePackageParameters]
dissociate_packages: Builder[DissociatePackagesParameters]
failover_replication: Builder[FailoverReplicationParameters]
get_application: Builder[GetApplicationParameters]
get_capability: Builder[GetCapabilityParameters]
get_compatible_versions: Builder[GetCompatibleVersionsParameters]
get_data_source: Builder[GetDataSourceParameters]
get_default_application_setting: Builder[GetDefaultApplicationSettingParameters]
get_direct_query_data_source: Builder[GetDirectQueryDataSourceParameters]
get_domain_maintenance_status: Builder[GetDomainMaintenanceStatusParameters]
get_index: Builder[GetIndexParameters]
get_migration: Builder[GetMigrationParameters]
get_package_version_history: Builder[GetPackageVersionHistoryParameters]
get_upgrade_history: Builder[GetUpgradeHistoryParameters]
get_upgrade_status: Builder[GetUpgradeStatusParameters]
insight_feedback: Builder[InsightFeedbackParameters]
list_applications: Builder[ListApplicationsParameters]
list_data_source_attachments: Builder[ListDataSourceAttachmentsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_direct_query_data_sources: Builder[ListDirectQueryDataSourcesParameters]
list_domain_maintenances: Builder[ListDomainMaintenancesParameters]
list_domain_names: Builder[ListDomainNamesParameters]
list_domains_for_package: Builder[ListDomainsForPackageParameters]
list_insights: Builder[ListInsightsParameters]
list_instance_type_details: Builder[ListInstanceTypeDetailsParameters]
list_migrations: Builder[ListMigrationsParameters]
list_packages_for_domain: Builder[ListPackagesForDomainParameters]
list_scheduled_actions: Builder[ListScheduledActionsParameters]
list_tags: Builder[ListTagsParameters]
list_versions: Builder[ListVersionsParameters]
list_vpc_endpoint_access: Builder[ListVpcEndpointAccessParameters]
list_vpc_endpoints: Builder[ListVpcEndpointsParameters]
list_vpc_endpoints_for_domain: Builder[ListVpcEndpointsForDomainParameters]
purchase_reserved_instance_offering: Builder[PurchaseReservedInstanceOfferingParameters]
put_default_application_setting: Builder[PutDefaultApplicationSettingParameters]
register_capability: Builder[RegisterCapabilityParameters]
reject_inbound_connection: Builder[RejectInboundConnectionParameters]
remove_replication_peer: Builder[RemoveReplicationPeerParameters]
remove_tags: Builder[RemoveTagsParameters]
revoke_vpc_endpoint_access: Builder[RevokeVpcEndpointAccessParameters]
rollback_service_software_update: Builder[RollbackServiceSoftwareUpdateParameters]
start_domain_maintenance: Builder[StartDomainMaintenanceParameters]
start_migration: Builder[StartMigrationParameters]
start_service_software_update: Builder[StartServiceSoftwareUpdateParameters]
switchover_replication: Builder[SwitchoverReplicationParameters]
update_application: Builder[UpdateApplicationParameters]
update_clone: Builder[UpdateCloneParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_direct_query_data_source: Builder[UpdateDirectQueryDataSourceParameters]
update_domain_config: Builder[UpdateDomainConfigParameters]
update_index: Builder[UpdateIndexParameters]
update_package: Builder[UpdatePackageParameters]
update_package_scope: Builder[UpdatePackageScopeParameters]
update_scheduled_action: Builder[UpdateScheduledActionParameters]
update_vpc_endpoint: Builder[UpdateVpcEndpointParameters]
upgrade_domain: Builder[UpgradeDomainParameters]

__all__ = [
    "accept_inbound_connection",
    "add_data_source",
    "add_direct_query_data_source",
    "add_replication_peer",
    "add_tags",
    "associate_package",
    "associate_packages",
    "attach_data_source",
    "authorize_vpc_endpoint_access",
    "cancel_domain_config_change",
    "cancel_service_software_update",
    "compare_domain_configuration",
    "create_application",
    "create_domain",
    "create_index",
    "create_outbound_connection",
    "create_package",
    "create_vpc_endpoint",
    "delete_application",
    "delete_data_source",
    "delete_direct_query_data_source",
    "delete_domain",
    "delete_inbound_connection",
    "delete_index",
    "delete_outbound_connection",
    "delete_package",
    "delete_vpc_endpoint",
    "deregister_capability",
    "describe_data_source_attachment",
    "describe_domain",
    "describe_domain_auto_tunes",
    "describe_domain_change_progress",
    "describe_domain_config",
    "describe_domain_health",
    "describe_domain_nodes",
    "describe_domain_replication",
    "describe_domains",
    "describe_dry_run_progress",
    "describe_inbound_connections",
    "describe_insight_details",
    "describe_instance_type_limits",
    "describe_outbound_connections",
    "describe_packages",
    "describe_reserved_instance_offerings",
    "describe_reserved_instances",
    "describe_vpc_endpoints",
    "detach_data_source",
    "dissociate_package",
    "dissociate_packages",
    "failover_replication",
    "get_application",
    "get_capability",
    "get_compatible_versions",
    "get_data_source",
    "get_default_application_setting",
    "get_direct_query_data_source",
    "get_domain_maintenance_status",
    "get_index",
    "get_migration",
    "get_package_version_history",
    "get_upgrade_history",
    "get_upgrade_status",
    "insight_feedback",
    "list_applications",
    "list_data_source_attachments",
    "list_data_sources",
    "list_direct_query_data_sources",
    "list_domain_maintenances",
    "list_domain_names",
    "list_domains_for_package",
    "list_insights",
    "list_instance_type_details",
    "list_migrations",
    "list_packages_for_domain",
    "list_scheduled_actions",
    "list_tags",
    "list_versions",
    "list_vpc_endpoint_access",
    "list_vpc_endpoints",
    "list_vpc_endpoints_for_domain",
    "purchase_reserved_instance_offering",
    "put_default_application_setting",
    "register_capability",
    "reject_inbound_connection",
    "remove_replication_peer",
    "remove_tags",
    "revoke_vpc_endpoint_access",
    "rollback_service_software_update",
    "start_domain_maintenance",
    "start_migration",
    "start_service_software_update",
    "switchover_replication",
    "update_application",
    "update_clone",
    "update_data_source",
    "update_direct_query_data_source",
    "update_domain_config",
    "update_index",
    "update_package",
    "update_package_scope",
    "update_scheduled_action",
    "update_vpc_endpoint",
    "upgrade_domain",
]
