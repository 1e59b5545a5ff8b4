"""Typed builders of the AWS SDK integration of elasticsearch (``aws-sdk:elasticsearch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptInboundCrossClusterSearchConnectionParameters = TypedDict(
    "AcceptInboundCrossClusterSearchConnectionParameters",
    {"CrossClusterSearchConnectionId": S, "CrossClusterSearchConnectionId.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"Arn": S, "Arn.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
AssociatePackageParameters = TypedDict(
    "AssociatePackageParameters",
    {"PackageID": S, "PackageID.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
AuthorizeVpcEndpointAccessParameters = TypedDict(
    "AuthorizeVpcEndpointAccessParameters",
    {"DomainName": S, "DomainName.$": str, "Account": S, "Account.$": str},
    total=False,
)
CancelDomainConfigChangeParameters = TypedDict(
    "CancelDomainConfigChangeParameters",
    {"DomainName": S, "DomainName.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
CancelElasticsearchServiceSoftwareUpdateParameters = TypedDict(
    "CancelElasticsearchServiceSoftwareUpdateParameters",
    {"DomainName": S, "DomainName.$": str},
    total=False,
)

class ZoneAwarenessConfig(TypedDict, total=False):
    AvailabilityZoneCount: I

class ColdStorageOptions(TypedDict, total=False):
    Enabled: B

class ElasticsearchClusterConfig(TypedDict, total=False):
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

class CognitoOptions(TypedDict, total=False):
    Enabled: B
    UserPoolId: S
    IdentityPoolId: S
    RoleArn: S

class EncryptionAtRestOptions(TypedDict, total=False):
    Enabled: B
    KmsKeyId: S

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

class AdvancedSecurityOptionsInput(TypedDict, total=False):
    Enabled: B
    InternalUserDatabaseEnabled: B
    MasterUserOptions: X[MasterUserOptions]
    SamlOptions: X[SAMLOptionsInput]
    AnonymousAuthEnabled: B

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

class DeploymentStrategyOptions(TypedDict, total=False):
    DeploymentStrategy: S

class AutomatedSnapshotPauseRequestOptions(TypedDict, total=False):
    Enabled: B
    StartTime: T
    EndTime: T

CreateElasticsearchDomainParameters = TypedDict(
    "CreateElasticsearchDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ElasticsearchVersion": S,
        "ElasticsearchVersion.$": str,
        "ElasticsearchClusterConfig": X[ElasticsearchClusterConfig],
        "ElasticsearchClusterConfig.$": str,
        "EbsOptions": X[EBSOptions],
        "EbsOptions.$": str,
        "AccessPolicies": S,
        "AccessPolicies.$": str,
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
        "AutoTuneOptions": X[AutoTuneOptionsInput],
        "AutoTuneOptions.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
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

class DomainInformation(TypedDict, total=False):
    OwnerId: S
    DomainName: S
    Region: S

CreateOutboundCrossClusterSearchConnectionParameters = TypedDict(
    "CreateOutboundCrossClusterSearchConnectionParameters",
    {
        "SourceDomainInfo": X[DomainInformation],
        "SourceDomainInfo.$": str,
        "DestinationDomainInfo": X[DomainInformation],
        "DestinationDomainInfo.$": str,
        "ConnectionAlias": S,
        "ConnectionAlias.$": str,
    },
    total=False,
)

class PackageSource(TypedDict, total=False):
    S3BucketName: S
    S3Key: S

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
DeleteElasticsearchDomainParameters = TypedDict(
    "DeleteElasticsearchDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class DeleteElasticsearchServiceRoleParameters(TypedDict, total=False): ...

DeleteInboundCrossClusterSearchConnectionParameters = TypedDict(
    "DeleteInboundCrossClusterSearchConnectionParameters",
    {"CrossClusterSearchConnectionId": S, "CrossClusterSearchConnectionId.$": str},
    total=False,
)
DeleteOutboundCrossClusterSearchConnectionParameters = TypedDict(
    "DeleteOutboundCrossClusterSearchConnectionParameters",
    {"CrossClusterSearchConnectionId": S, "CrossClusterSearchConnectionId.$": str},
    total=False,
)
DeletePackageParameters = TypedDict(
    "DeletePackageParameters", {"PackageID": S, "PackageID.$": str}, total=False
)
DeleteVpcEndpointParameters = TypedDict(
    "DeleteVpcEndpointParameters", {"VpcEndpointId": S, "VpcEndpointId.$": str}, total=False
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
DescribeElasticsearchDomainParameters = TypedDict(
    "DescribeElasticsearchDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DescribeElasticsearchDomainConfigParameters = TypedDict(
    "DescribeElasticsearchDomainConfigParameters",
    {"DomainName": S, "DomainName.$": str},
    total=False,
)
DescribeElasticsearchDomainsParameters = TypedDict(
    "DescribeElasticsearchDomainsParameters",
    {"DomainNames": L[Si], "DomainNames.$": str},
    total=False,
)
DescribeElasticsearchInstanceTypeLimitsParameters = TypedDict(
    "DescribeElasticsearchInstanceTypeLimitsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "ElasticsearchVersion": S,
        "ElasticsearchVersion.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeInboundCrossClusterSearchConnectionsParameters = TypedDict(
    "DescribeInboundCrossClusterSearchConnectionsParameters",
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
DescribeOutboundCrossClusterSearchConnectionsParameters = TypedDict(
    "DescribeOutboundCrossClusterSearchConnectionsParameters",
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
DescribeReservedElasticsearchInstanceOfferingsParameters = TypedDict(
    "DescribeReservedElasticsearchInstanceOfferingsParameters",
    {
        "ReservedElasticsearchInstanceOfferingId": S,
        "ReservedElasticsearchInstanceOfferingId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReservedElasticsearchInstancesParameters = TypedDict(
    "DescribeReservedElasticsearchInstancesParameters",
    {
        "ReservedElasticsearchInstanceId": S,
        "ReservedElasticsearchInstanceId.$": str,
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
DissociatePackageParameters = TypedDict(
    "DissociatePackageParameters",
    {"PackageID": S, "PackageID.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
GetCompatibleElasticsearchVersionsParameters = TypedDict(
    "GetCompatibleElasticsearchVersionsParameters",
    {"DomainName": S, "DomainName.$": str},
    total=False,
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
ListElasticsearchInstanceTypesParameters = TypedDict(
    "ListElasticsearchInstanceTypesParameters",
    {
        "ElasticsearchVersion": S,
        "ElasticsearchVersion.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListElasticsearchVersionsParameters = TypedDict(
    "ListElasticsearchVersionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
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
ListTagsParameters = TypedDict("ListTagsParameters", {"Arn": S, "Arn.$": str}, total=False)
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
PurchaseReservedElasticsearchInstanceOfferingParameters = TypedDict(
    "PurchaseReservedElasticsearchInstanceOfferingParameters",
    {
        "ReservedElasticsearchInstanceOfferingId": S,
        "ReservedElasticsearchInstanceOfferingId.$": str,
        "ReservationName": S,
        "ReservationName.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
    },
    total=False,
)
RejectInboundCrossClusterSearchConnectionParameters = TypedDict(
    "RejectInboundCrossClusterSearchConnectionParameters",
    {"CrossClusterSearchConnectionId": S, "CrossClusterSearchConnectionId.$": str},
    total=False,
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
RevokeVpcEndpointAccessParameters = TypedDict(
    "RevokeVpcEndpointAccessParameters",
    {"DomainName": S, "DomainName.$": str, "Account": S, "Account.$": str},
    total=False,
)
StartElasticsearchServiceSoftwareUpdateParameters = TypedDict(
    "StartElasticsearchServiceSoftwareUpdateParameters",
    {"DomainName": S, "DomainName.$": str},
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

class AutoTuneOptions(TypedDict, total=False):
    DesiredState: S
    RollbackOnDisable: S
    MaintenanceSchedules: L[Xi[AutoTuneMaintenanceSchedule]]

UpdateElasticsearchDomainConfigParameters = TypedDict(
    "UpdateElasticsearchDomainConfigParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ElasticsearchClusterConfig": X[ElasticsearchClusterConfig],
        "ElasticsearchClusterConfig.$": str,
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
        "LogPublishingOptions": M[X[LogPublishingOption]],
        "LogPublishingOptions.$": str,
        "CatalogOptions": X[CatalogOptions],
        "CatalogOptions.$": str,
        "DomainEndpointOptions": X[DomainEndpointOptions],
        "DomainEndpointOptions.$": str,
        "AdvancedSecurityOptions": X[AdvancedSecurityOptionsInput],
        "AdvancedSecurityOptions.$": str,
        "NodeToNodeEncryptionOptions": X[NodeToNodeEncryptionOptions],
        "NodeToNodeEncryptionOptions.$": str,
        "EncryptionAtRestOptions": X[EncryptionAtRestOptions],
        "EncryptionAtRestOptions.$": str,
        "AutoTuneOptions": X[AutoTuneOptions],
        "AutoTuneOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
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

UpgradeElasticsearchDomainParameters = TypedDict(
    "UpgradeElasticsearchDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "TargetVersion": S,
        "TargetVersion.$": str,
        "PerformCheckOnly": B,
        "PerformCheckOnly.$": str,
        "DeploymentStrategyOptions": X[DeploymentStrategyOverrideOptions],
        "DeploymentStrategyOptions.$": str,
    },
    total=False,
)
accept_inbound_cross_cluster_search_connection: Builder[
    AcceptInboundCrossClusterSearchConnectionParameters
]
add_tags: Builder[AddTagsParameters]
associate_package: Builder[AssociatePackageParameters]
authorize_vpc_endpoint_access: Builder[AuthorizeVpcEndpointAccessParameters]
cancel_domain_config_change: Builder[CancelDomainConfigChangeParameters]
cancel_elasticsearch_service_software_update: Builder[
    CancelElasticsearchServiceSoftwareUpdateParameters
]
create_elasticsearch_domain: Builder[CreateElasticsearchDomainParameters]
create_outbound_cross_cluster_search_connection: Builder[
    CreateOutboundCrossClusterSearchConnectionParameters
]
create_package: Builder[CreatePackageParameters]
create_vpc_endpoint: Builder[CreateVpcEndpointParameters]
delete_elasticsearch_domain: Builder[DeleteElasticsearchDomainParameters]
delete_elasticsearch_service_role: Builder[DeleteElasticsearchServiceRoleParameters]
delete_inbound_cross_cluster_search_connection: Builder[
    DeleteInboundCrossClusterSearchConnectionParameters
]
delete_outbound_cross_cluster_search_connection: Builder[
    DeleteOutboundCrossClusterSearchConnectionParameters
]
delete_package: Builder[DeletePackageParameters]
delete_vpc_endpoint: Builder[DeleteVpcEndpointParameters]
describe_domain_auto_tunes: Builder[DescribeDomainAutoTunesParameters]
describe_domain_change_progress: Builder[DescribeDomainChangeProgressParameters]
describe_elasticsearch_domain: Builder[DescribeElasticsearchDomainParameters]
describe_elasticsearch_domain_config: Builder[DescribeElasticsearchDomainConfigParameters]
describe_elasticsearch_domains: Builder[DescribeElasticsearchDomainsParameters]
describe_elasticsearch_instance_type_limits: Builder[
    DescribeElasticsearchInstanceTypeLimitsParameters
]
describe_inbound_cross_cluster_search_connections: Builder[
    DescribeInboundCrossClusterSearchConnectionsParameters
]
describe_outbound_cross_cluster_search_connections: Builder[
    DescribeOutboundCrossClusterSearchConnectionsParameters
]
describe_packages: Builder[DescribePackagesParameters]
describe_reserved_elasticsearch_instance_offerings: Builder[
    DescribeReservedElasticsearchInstanceOfferingsParameters
]
describe_reserved_elasticsearch_instances: Builder[DescribeReservedElasticsearchInstancesParameters]
describe_vpc_endpoints: Builder[DescribeVpcEndpointsParameters]
dissociate_package: Builder[DissociatePackageParameters]
get_compatible_elasticsearch_versions: Builder[GetCompatibleElasticsearchVersionsParameters]
get_package_version_history: Builder[GetPackageVersionHistoryParameters]
get_upgrade_history: Builder[GetUpgradeHistoryParameters]
get_upgrade_status: Builder[GetUpgradeStatusParameters]
list_domain_names: Builder[ListDomainNamesParameters]
list_domains_for_package: Builder[ListDomainsForPackageParameters]
list_elasticsearch_instance_types: Builder[ListElasticsearchInstanceTypesParameters]
list_elasticsearch_versions: Builder[ListElasticsearchVersionsParameters]
list_packages_for_domain: Builder[ListPackagesForDomainParameters]
list_tags: Builder[ListTagsParameters]
list_vpc_endpoint_access: Builder[ListVpcEndpointAccessParameters]
list_vpc_endpoints: Builder[ListVpcEndpointsParameters]
list_vpc_endpoints_for_domain: Builder[ListVpcEndpointsForDomainParameters]
purchase_reserved_elasticsearch_instance_offering: Builder[
    PurchaseReservedElasticsearchInstanceOfferingParameters
]
reject_inbound_cross_cluster_search_connection: Builder[
    RejectInboundCrossClusterSearchConnectionParameters
]
remove_tags: Builder[RemoveTagsParameters]
revoke_vpc_endpoint_access: Builder[RevokeVpcEndpointAccessParameters]
start_elasticsearch_service_software_update: Builder[
    StartElasticsearchServiceSoftwareUpdateParameters
]
update_clone: Builder[UpdateCloneParameters]
update_elasticsearch_domain_config: Builder[UpdateElasticsearchDomainConfigParameters]
update_package: Builder[UpdatePackageParameters]
update_vpc_endpoint: Builder[UpdateVpcEndpointParameters]
upgrade_elasticsearch_domain: Builder[UpgradeElasticsearchDomainParameters]

__all__ = [
    "accept_inbound_cross_cluster_search_connection",
    "add_tags",
    "associate_package",
    "authorize_vpc_endpoint_access",
    "cancel_domain_config_change",
    "cancel_elasticsearch_service_software_update",
    "create_elasticsearch_domain",
    "create_outbound_cross_cluster_search_connection",
    "create_package",
    "create_vpc_endpoint",
    "delete_elasticsearch_domain",
    "delete_elasticsearch_service_role",
    "delete_inbound_cross_cluster_search_connection",
    "delete_outbound_cross_cluster_search_connection",
    "delete_package",
    "delete_vpc_endpoint",
    "describe_domain_auto_tunes",
    "describe_domain_change_progress",
    "describe_elasticsearch_domain",
    "describe_elasticsearch_domain_config",
    "describe_elasticsearch_domains",
    "describe_elasticsearch_instance_type_limits",
    "describe_inbound_cross_cluster_search_connections",
    "describe_outbound_cross_cluster_search_connections",
    "describe_packages",
    "describe_reserved_elasticsearch_instance_offerings",
    "describe_reserved_elasticsearch_instances",
    "describe_vpc_endpoints",
    "dissociate_package",
    "get_compatible_elasticsearch_versions",
    "get_package_version_history",
    "get_upgrade_history",
    "get_upgrade_status",
    "list_domain_names",
    "list_domains_for_package",
    "list_elasticsearch_instance_types",
    "list_elasticsearch_versions",
    "list_packages_for_domain",
    "list_tags",
    "list_vpc_endpoint_access",
    "list_vpc_endpoints",
    "list_vpc_endpoints_for_domain",
    "purchase_reserved_elasticsearch_instance_offering",
    "reject_inbound_cross_cluster_search_connection",
    "remove_tags",
    "revoke_vpc_endpoint_access",
    "start_elasticsearch_service_software_update",
    "update_clone",
    "update_elasticsearch_domain_config",
    "update_package",
    "update_vpc_endpoint",
    "upgrade_elasticsearch_domain",
]
