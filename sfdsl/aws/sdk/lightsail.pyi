"""Typed builders of the AWS SDK integration of lightsail (``aws-sdk:lightsail:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, T, X, Xi

AllocateStaticIpParameters = TypedDict(
    "AllocateStaticIpParameters", {"StaticIpName": S, "StaticIpName.$": str}, total=False
)
AttachCertificateToDistributionParameters = TypedDict(
    "AttachCertificateToDistributionParameters",
    {
        "DistributionName": S,
        "DistributionName.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
    },
    total=False,
)
AttachDiskParameters = TypedDict(
    "AttachDiskParameters",
    {
        "DiskName": S,
        "DiskName.$": str,
        "InstanceName": S,
        "InstanceName.$": str,
        "DiskPath": S,
        "DiskPath.$": str,
        "AutoMounting": B,
        "AutoMounting.$": str,
    },
    total=False,
)
AttachInstancesToLoadBalancerParameters = TypedDict(
    "AttachInstancesToLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "InstanceNames": L[Si],
        "InstanceNames.$": str,
    },
    total=False,
)
AttachLoadBalancerTlsCertificateParameters = TypedDict(
    "AttachLoadBalancerTlsCertificateParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
    },
    total=False,
)
AttachStaticIpParameters = TypedDict(
    "AttachStaticIpParameters",
    {"StaticIpName": S, "StaticIpName.$": str, "InstanceName": S, "InstanceName.$": str},
    total=False,
)
CheckSubdomainAvailabilityParameters = TypedDict(
    "CheckSubdomainAvailabilityParameters",
    {"SubdomainName": S, "SubdomainName.$": str, "Reserve": B, "Reserve.$": str},
    total=False,
)

class PortInfo(TypedDict, total=False):
    FromPort: I
    ToPort: I
    Protocol: S
    Cidrs: L[Si]
    Ipv6Cidrs: L[Si]
    CidrListAliases: L[Si]

CloseInstancePublicPortsParameters = TypedDict(
    "CloseInstancePublicPortsParameters",
    {"PortInfo": X[PortInfo], "PortInfo.$": str, "InstanceName": S, "InstanceName.$": str},
    total=False,
)
CopySnapshotParameters = TypedDict(
    "CopySnapshotParameters",
    {
        "SourceSnapshotName": S,
        "SourceSnapshotName.$": str,
        "SourceResourceName": S,
        "SourceResourceName.$": str,
        "RestoreDate": S,
        "RestoreDate.$": str,
        "UseLatestRestorableAutoSnapshot": B,
        "UseLatestRestorableAutoSnapshot.$": str,
        "TargetSnapshotName": S,
        "TargetSnapshotName.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateBucketParameters = TypedDict(
    "CreateBucketParameters",
    {
        "BucketName": S,
        "BucketName.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EnableObjectVersioning": B,
        "EnableObjectVersioning.$": str,
    },
    total=False,
)
CreateBucketAccessKeyParameters = TypedDict(
    "CreateBucketAccessKeyParameters", {"BucketName": S, "BucketName.$": str}, total=False
)
CreateCertificateParameters = TypedDict(
    "CreateCertificateParameters",
    {
        "CertificateName": S,
        "CertificateName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "SubjectAlternativeNames": L[Si],
        "SubjectAlternativeNames.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InstanceEntry(TypedDict, total=False):
    SourceName: S
    InstanceType: S
    PortInfoSource: S
    UserData: S
    AvailabilityZone: S

CreateCloudFormationStackParameters = TypedDict(
    "CreateCloudFormationStackParameters",
    {"Instances": L[Xi[InstanceEntry]], "Instances.$": str},
    total=False,
)
CreateContactMethodParameters = TypedDict(
    "CreateContactMethodParameters",
    {
        "Protocol": S,
        "Protocol.$": str,
        "ContactEndpoint": S,
        "ContactEndpoint.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Container(TypedDict, total=False):
    Image: S
    Command: L[Si]
    Environment: M[S]
    Ports: M[S]

class ContainerServiceHealthCheckConfig(TypedDict, total=False):
    HealthyThreshold: I
    UnhealthyThreshold: I
    TimeoutSeconds: I
    IntervalSeconds: I
    Path: S
    SuccessCodes: S

class EndpointRequest(TypedDict, total=False):
    ContainerName: S
    ContainerPort: I
    HealthCheck: X[ContainerServiceHealthCheckConfig]

class ContainerServiceDeploymentRequest(TypedDict, total=False):
    Containers: M[X[Container]]
    PublicEndpoint: X[EndpointRequest]

class ContainerServiceECRImagePullerRoleRequest(TypedDict, total=False):
    IsActive: B

class PrivateRegistryAccessRequest(TypedDict, total=False):
    EcrImagePullerRole: X[ContainerServiceECRImagePullerRoleRequest]

CreateContainerServiceParameters = TypedDict(
    "CreateContainerServiceParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "Power": S,
        "Power.$": str,
        "Scale": I,
        "Scale.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PublicDomainNames": M[L[Si]],
        "PublicDomainNames.$": str,
        "Deployment": X[ContainerServiceDeploymentRequest],
        "Deployment.$": str,
        "PrivateRegistryAccess": X[PrivateRegistryAccessRequest],
        "PrivateRegistryAccess.$": str,
    },
    total=False,
)
CreateContainerServiceDeploymentParameters = TypedDict(
    "CreateContainerServiceDeploymentParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "Containers": M[X[Container]],
        "Containers.$": str,
        "PublicEndpoint": X[EndpointRequest],
        "PublicEndpoint.$": str,
    },
    total=False,
)

class CreateContainerServiceRegistryLoginParameters(TypedDict, total=False): ...

class AutoSnapshotAddOnRequest(TypedDict, total=False):
    SnapshotTimeOfDay: S

class StopInstanceOnIdleRequest(TypedDict, total=False):
    Threshold: S
    Duration: S

class AddOnRequest(TypedDict, total=False):
    AddOnType: S
    AutoSnapshotAddOnRequest: X[AutoSnapshotAddOnRequest]
    StopInstanceOnIdleRequest: X[StopInstanceOnIdleRequest]

CreateDiskParameters = TypedDict(
    "CreateDiskParameters",
    {
        "DiskName": S,
        "DiskName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "SizeInGb": I,
        "SizeInGb.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AddOns": L[Xi[AddOnRequest]],
        "AddOns.$": str,
    },
    total=False,
)
CreateDiskFromSnapshotParameters = TypedDict(
    "CreateDiskFromSnapshotParameters",
    {
        "DiskName": S,
        "DiskName.$": str,
        "DiskSnapshotName": S,
        "DiskSnapshotName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "SizeInGb": I,
        "SizeInGb.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AddOns": L[Xi[AddOnRequest]],
        "AddOns.$": str,
        "SourceDiskName": S,
        "SourceDiskName.$": str,
        "RestoreDate": S,
        "RestoreDate.$": str,
        "UseLatestRestorableAutoSnapshot": B,
        "UseLatestRestorableAutoSnapshot.$": str,
    },
    total=False,
)
CreateDiskSnapshotParameters = TypedDict(
    "CreateDiskSnapshotParameters",
    {
        "DiskName": S,
        "DiskName.$": str,
        "DiskSnapshotName": S,
        "DiskSnapshotName.$": str,
        "InstanceName": S,
        "InstanceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InputOrigin(TypedDict, total=False):
    Name: S
    RegionName: S
    ProtocolPolicy: S
    ResponseTimeout: I
    IpAddressType: S

class CacheBehavior(TypedDict, total=False):
    Behavior: S

class CookieObject(TypedDict, total=False):
    Option: S
    CookiesAllowList: L[Si]

class HeaderObject(TypedDict, total=False):
    Option: S
    HeadersAllowList: L[Si]

class QueryStringObject(TypedDict, total=False):
    Option: B
    QueryStringsAllowList: L[Si]

class CacheSettings(TypedDict, total=False):
    DefaultTTL: I
    MinimumTTL: I
    MaximumTTL: I
    AllowedHTTPMethods: S
    CachedHTTPMethods: S
    ForwardedCookies: X[CookieObject]
    ForwardedHeaders: X[HeaderObject]
    ForwardedQueryStrings: X[QueryStringObject]

class CacheBehaviorPerPath(TypedDict, total=False):
    Path: S
    Behavior: S

class DistributionCustomErrorResponse(TypedDict, total=False):
    ErrorCode: I
    ResponseCode: S
    ResponsePagePath: S
    ErrorCachingMinTTL: I

class WafResponseInspection(TypedDict, total=False):
    SuccessCodes: L[Ii]
    FailureCodes: L[Ii]

class WafAtpConfig(TypedDict, total=False):
    LoginPath: S
    PayloadType: S
    UsernameField: S
    PasswordField: S
    ResponseInspection: X[WafResponseInspection]

class WafAcfpConfig(TypedDict, total=False):
    PayloadType: S
    CreationPath: S
    RegistrationPagePath: S
    ResponseInspection: X[WafResponseInspection]

class WafBotControlConfig(TypedDict, total=False):
    InspectionLevel: S

class WafRule(TypedDict, total=False):
    Name: S
    AtpConfig: X[WafAtpConfig]
    AcfpConfig: X[WafAcfpConfig]
    BotControlConfig: X[WafBotControlConfig]

CreateDistributionParameters = TypedDict(
    "CreateDistributionParameters",
    {
        "DistributionName": S,
        "DistributionName.$": str,
        "Origin": X[InputOrigin],
        "Origin.$": str,
        "DefaultCacheBehavior": X[CacheBehavior],
        "DefaultCacheBehavior.$": str,
        "CacheBehaviorSettings": X[CacheSettings],
        "CacheBehaviorSettings.$": str,
        "CacheBehaviors": L[Xi[CacheBehaviorPerPath]],
        "CacheBehaviors.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "ViewerMinimumTlsProtocolVersion": S,
        "ViewerMinimumTlsProtocolVersion.$": str,
        "EnablePrivateOriginAccess": B,
        "EnablePrivateOriginAccess.$": str,
        "DefaultRootObject": S,
        "DefaultRootObject.$": str,
        "CustomErrorResponses": L[Xi[DistributionCustomErrorResponse]],
        "CustomErrorResponses.$": str,
        "EnableWaf": B,
        "EnableWaf.$": str,
        "WafRules": L[Xi[WafRule]],
        "WafRules.$": str,
        "SubdomainName": S,
        "SubdomainName.$": str,
    },
    total=False,
)
CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {"DomainName": S, "DomainName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class DomainEntry(TypedDict, total=False):
    Id: S
    Name: S
    Target: S
    IsAlias: B
    Type: S
    Options: M[S]

CreateDomainEntryParameters = TypedDict(
    "CreateDomainEntryParameters",
    {"DomainName": S, "DomainName.$": str, "DomainEntry": X[DomainEntry], "DomainEntry.$": str},
    total=False,
)
CreateGUISessionAccessDetailsParameters = TypedDict(
    "CreateGUISessionAccessDetailsParameters",
    {"ResourceName": S, "ResourceName.$": str},
    total=False,
)
CreateInstanceSnapshotParameters = TypedDict(
    "CreateInstanceSnapshotParameters",
    {
        "InstanceSnapshotName": S,
        "InstanceSnapshotName.$": str,
        "InstanceName": S,
        "InstanceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateInstancesParameters = TypedDict(
    "CreateInstancesParameters",
    {
        "InstanceNames": L[Si],
        "InstanceNames.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "CustomImageName": S,
        "CustomImageName.$": str,
        "BlueprintId": S,
        "BlueprintId.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "UserData": S,
        "UserData.$": str,
        "KeyPairName": S,
        "KeyPairName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AddOns": L[Xi[AddOnRequest]],
        "AddOns.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)

class DiskMap(TypedDict, total=False):
    OriginalDiskPath: S
    NewDiskName: S

CreateInstancesFromSnapshotParameters = TypedDict(
    "CreateInstancesFromSnapshotParameters",
    {
        "InstanceNames": L[Si],
        "InstanceNames.$": str,
        "AttachedDiskMapping": M[L[Xi[DiskMap]]],
        "AttachedDiskMapping.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "InstanceSnapshotName": S,
        "InstanceSnapshotName.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "UserData": S,
        "UserData.$": str,
        "KeyPairName": S,
        "KeyPairName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AddOns": L[Xi[AddOnRequest]],
        "AddOns.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "SourceInstanceName": S,
        "SourceInstanceName.$": str,
        "RestoreDate": S,
        "RestoreDate.$": str,
        "UseLatestRestorableAutoSnapshot": B,
        "UseLatestRestorableAutoSnapshot.$": str,
    },
    total=False,
)
CreateKeyPairParameters = TypedDict(
    "CreateKeyPairParameters",
    {"KeyPairName": S, "KeyPairName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreateLoadBalancerParameters = TypedDict(
    "CreateLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "InstancePort": I,
        "InstancePort.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "CertificateDomainName": S,
        "CertificateDomainName.$": str,
        "CertificateAlternativeNames": L[Si],
        "CertificateAlternativeNames.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "TlsPolicyName": S,
        "TlsPolicyName.$": str,
    },
    total=False,
)
CreateLoadBalancerTlsCertificateParameters = TypedDict(
    "CreateLoadBalancerTlsCertificateParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "CertificateDomainName": S,
        "CertificateDomainName.$": str,
        "CertificateAlternativeNames": L[Si],
        "CertificateAlternativeNames.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRelationalDatabaseParameters = TypedDict(
    "CreateRelationalDatabaseParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "RelationalDatabaseBlueprintId": S,
        "RelationalDatabaseBlueprintId.$": str,
        "RelationalDatabaseBundleId": S,
        "RelationalDatabaseBundleId.$": str,
        "MasterDatabaseName": S,
        "MasterDatabaseName.$": str,
        "MasterUsername": S,
        "MasterUsername.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRelationalDatabaseFromSnapshotParameters = TypedDict(
    "CreateRelationalDatabaseFromSnapshotParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "RelationalDatabaseSnapshotName": S,
        "RelationalDatabaseSnapshotName.$": str,
        "RelationalDatabaseBundleId": S,
        "RelationalDatabaseBundleId.$": str,
        "SourceRelationalDatabaseName": S,
        "SourceRelationalDatabaseName.$": str,
        "RestoreTime": T,
        "RestoreTime.$": str,
        "UseLatestRestorableTime": B,
        "UseLatestRestorableTime.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRelationalDatabaseSnapshotParameters = TypedDict(
    "CreateRelationalDatabaseSnapshotParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "RelationalDatabaseSnapshotName": S,
        "RelationalDatabaseSnapshotName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSubdomainParameters = TypedDict(
    "CreateSubdomainParameters",
    {"SubdomainName": S, "SubdomainName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteAlarmParameters = TypedDict(
    "DeleteAlarmParameters", {"AlarmName": S, "AlarmName.$": str}, total=False
)
DeleteAutoSnapshotParameters = TypedDict(
    "DeleteAutoSnapshotParameters",
    {"ResourceName": S, "ResourceName.$": str, "Date": S, "Date.$": str},
    total=False,
)
DeleteBucketParameters = TypedDict(
    "DeleteBucketParameters",
    {"BucketName": S, "BucketName.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DeleteBucketAccessKeyParameters = TypedDict(
    "DeleteBucketAccessKeyParameters",
    {"BucketName": S, "BucketName.$": str, "AccessKeyId": S, "AccessKeyId.$": str},
    total=False,
)
DeleteCertificateParameters = TypedDict(
    "DeleteCertificateParameters", {"CertificateName": S, "CertificateName.$": str}, total=False
)
DeleteContactMethodParameters = TypedDict(
    "DeleteContactMethodParameters", {"Protocol": S, "Protocol.$": str}, total=False
)
DeleteContainerImageParameters = TypedDict(
    "DeleteContainerImageParameters",
    {"ServiceName": S, "ServiceName.$": str, "Image": S, "Image.$": str},
    total=False,
)
DeleteContainerServiceParameters = TypedDict(
    "DeleteContainerServiceParameters", {"ServiceName": S, "ServiceName.$": str}, total=False
)
DeleteDiskParameters = TypedDict(
    "DeleteDiskParameters",
    {"DiskName": S, "DiskName.$": str, "ForceDeleteAddOns": B, "ForceDeleteAddOns.$": str},
    total=False,
)
DeleteDiskSnapshotParameters = TypedDict(
    "DeleteDiskSnapshotParameters", {"DiskSnapshotName": S, "DiskSnapshotName.$": str}, total=False
)
DeleteDistributionParameters = TypedDict(
    "DeleteDistributionParameters", {"DistributionName": S, "DistributionName.$": str}, total=False
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteDomainEntryParameters = TypedDict(
    "DeleteDomainEntryParameters",
    {"DomainName": S, "DomainName.$": str, "DomainEntry": X[DomainEntry], "DomainEntry.$": str},
    total=False,
)
DeleteInstanceParameters = TypedDict(
    "DeleteInstanceParameters",
    {"InstanceName": S, "InstanceName.$": str, "ForceDeleteAddOns": B, "ForceDeleteAddOns.$": str},
    total=False,
)
DeleteInstanceSnapshotParameters = TypedDict(
    "DeleteInstanceSnapshotParameters",
    {"InstanceSnapshotName": S, "InstanceSnapshotName.$": str},
    total=False,
)
DeleteKeyPairParameters = TypedDict(
    "DeleteKeyPairParameters",
    {
        "KeyPairName": S,
        "KeyPairName.$": str,
        "ExpectedFingerprint": S,
        "ExpectedFingerprint.$": str,
    },
    total=False,
)
DeleteKnownHostKeysParameters = TypedDict(
    "DeleteKnownHostKeysParameters", {"InstanceName": S, "InstanceName.$": str}, total=False
)
DeleteLoadBalancerParameters = TypedDict(
    "DeleteLoadBalancerParameters", {"LoadBalancerName": S, "LoadBalancerName.$": str}, total=False
)
DeleteLoadBalancerTlsCertificateParameters = TypedDict(
    "DeleteLoadBalancerTlsCertificateParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DeleteRelationalDatabaseParameters = TypedDict(
    "DeleteRelationalDatabaseParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "SkipFinalSnapshot": B,
        "SkipFinalSnapshot.$": str,
        "FinalRelationalDatabaseSnapshotName": S,
        "FinalRelationalDatabaseSnapshotName.$": str,
    },
    total=False,
)
DeleteRelationalDatabaseSnapshotParameters = TypedDict(
    "DeleteRelationalDatabaseSnapshotParameters",
    {"RelationalDatabaseSnapshotName": S, "RelationalDatabaseSnapshotName.$": str},
    total=False,
)
DeleteSubdomainParameters = TypedDict(
    "DeleteSubdomainParameters", {"SubdomainName": S, "SubdomainName.$": str}, total=False
)
DetachCertificateFromDistributionParameters = TypedDict(
    "DetachCertificateFromDistributionParameters",
    {"DistributionName": S, "DistributionName.$": str},
    total=False,
)
DetachDiskParameters = TypedDict(
    "DetachDiskParameters", {"DiskName": S, "DiskName.$": str}, total=False
)
DetachInstancesFromLoadBalancerParameters = TypedDict(
    "DetachInstancesFromLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "InstanceNames": L[Si],
        "InstanceNames.$": str,
    },
    total=False,
)
DetachStaticIpParameters = TypedDict(
    "DetachStaticIpParameters", {"StaticIpName": S, "StaticIpName.$": str}, total=False
)
DisableAddOnParameters = TypedDict(
    "DisableAddOnParameters",
    {"AddOnType": S, "AddOnType.$": str, "ResourceName": S, "ResourceName.$": str},
    total=False,
)

class DownloadDefaultKeyPairParameters(TypedDict, total=False): ...

EnableAddOnParameters = TypedDict(
    "EnableAddOnParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "AddOnRequest": X[AddOnRequest],
        "AddOnRequest.$": str,
    },
    total=False,
)
ExportSnapshotParameters = TypedDict(
    "ExportSnapshotParameters", {"SourceSnapshotName": S, "SourceSnapshotName.$": str}, total=False
)
GetActiveNamesParameters = TypedDict(
    "GetActiveNamesParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetAlarmsParameters = TypedDict(
    "GetAlarmsParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "MonitoredResourceName": S,
        "MonitoredResourceName.$": str,
    },
    total=False,
)
GetAutoSnapshotsParameters = TypedDict(
    "GetAutoSnapshotsParameters", {"ResourceName": S, "ResourceName.$": str}, total=False
)
GetBlueprintsParameters = TypedDict(
    "GetBlueprintsParameters",
    {
        "IncludeInactive": B,
        "IncludeInactive.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "AppCategory": S,
        "AppCategory.$": str,
    },
    total=False,
)
GetBucketAccessKeysParameters = TypedDict(
    "GetBucketAccessKeysParameters", {"BucketName": S, "BucketName.$": str}, total=False
)
GetBucketBundlesParameters = TypedDict(
    "GetBucketBundlesParameters", {"IncludeInactive": B, "IncludeInactive.$": str}, total=False
)
GetBucketMetricDataParameters = TypedDict(
    "GetBucketMetricDataParameters",
    {
        "BucketName": S,
        "BucketName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
        "Unit": S,
        "Unit.$": str,
    },
    total=False,
)
GetBucketsParameters = TypedDict(
    "GetBucketsParameters",
    {
        "BucketName": S,
        "BucketName.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "IncludeConnectedResources": B,
        "IncludeConnectedResources.$": str,
        "IncludeCors": B,
        "IncludeCors.$": str,
    },
    total=False,
)
GetBundlesParameters = TypedDict(
    "GetBundlesParameters",
    {
        "IncludeInactive": B,
        "IncludeInactive.$": str,
        "PageToken": S,
        "PageToken.$": str,
        "AppCategory": S,
        "AppCategory.$": str,
    },
    total=False,
)
GetCertificatesParameters = TypedDict(
    "GetCertificatesParameters",
    {
        "CertificateStatuses": L[Si],
        "CertificateStatuses.$": str,
        "IncludeCertificateDetails": B,
        "IncludeCertificateDetails.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
GetCloudFormationStackRecordsParameters = TypedDict(
    "GetCloudFormationStackRecordsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetContactMethodsParameters = TypedDict(
    "GetContactMethodsParameters", {"Protocols": L[Si], "Protocols.$": str}, total=False
)

class GetContainerAPIMetadataParameters(TypedDict, total=False): ...

GetContainerImagesParameters = TypedDict(
    "GetContainerImagesParameters", {"ServiceName": S, "ServiceName.$": str}, total=False
)
GetContainerLogParameters = TypedDict(
    "GetContainerLogParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "ContainerName": S,
        "ContainerName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "FilterPattern": S,
        "FilterPattern.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
GetContainerServiceDeploymentsParameters = TypedDict(
    "GetContainerServiceDeploymentsParameters",
    {"ServiceName": S, "ServiceName.$": str},
    total=False,
)
GetContainerServiceMetricDataParameters = TypedDict(
    "GetContainerServiceMetricDataParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
    },
    total=False,
)

class GetContainerServicePowersParameters(TypedDict, total=False): ...

GetContainerServicesParameters = TypedDict(
    "GetContainerServicesParameters", {"ServiceName": S, "ServiceName.$": str}, total=False
)
GetCostEstimateParameters = TypedDict(
    "GetCostEstimateParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
GetDiskParameters = TypedDict("GetDiskParameters", {"DiskName": S, "DiskName.$": str}, total=False)
GetDiskSnapshotParameters = TypedDict(
    "GetDiskSnapshotParameters", {"DiskSnapshotName": S, "DiskSnapshotName.$": str}, total=False
)
GetDiskSnapshotsParameters = TypedDict(
    "GetDiskSnapshotsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetDisksParameters = TypedDict(
    "GetDisksParameters", {"PageToken": S, "PageToken.$": str}, total=False
)

class GetDistributionBundlesParameters(TypedDict, total=False): ...

GetDistributionLatestCacheResetParameters = TypedDict(
    "GetDistributionLatestCacheResetParameters",
    {"DistributionName": S, "DistributionName.$": str},
    total=False,
)
GetDistributionMetricDataParameters = TypedDict(
    "GetDistributionMetricDataParameters",
    {
        "DistributionName": S,
        "DistributionName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "Unit": S,
        "Unit.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
    },
    total=False,
)
GetDistributionsParameters = TypedDict(
    "GetDistributionsParameters",
    {"DistributionName": S, "DistributionName.$": str, "PageToken": S, "PageToken.$": str},
    total=False,
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainsParameters = TypedDict(
    "GetDomainsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetExportSnapshotRecordsParameters = TypedDict(
    "GetExportSnapshotRecordsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetInstanceParameters = TypedDict(
    "GetInstanceParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "IncludeHealthStatus": B,
        "IncludeHealthStatus.$": str,
    },
    total=False,
)
GetInstanceAccessDetailsParameters = TypedDict(
    "GetInstanceAccessDetailsParameters",
    {"InstanceName": S, "InstanceName.$": str, "Protocol": S, "Protocol.$": str},
    total=False,
)
GetInstanceMetricDataParameters = TypedDict(
    "GetInstanceMetricDataParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Unit": S,
        "Unit.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
    },
    total=False,
)
GetInstancePortStatesParameters = TypedDict(
    "GetInstancePortStatesParameters", {"InstanceName": S, "InstanceName.$": str}, total=False
)
GetInstanceSnapshotParameters = TypedDict(
    "GetInstanceSnapshotParameters",
    {"InstanceSnapshotName": S, "InstanceSnapshotName.$": str},
    total=False,
)
GetInstanceSnapshotsParameters = TypedDict(
    "GetInstanceSnapshotsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetInstanceStateParameters = TypedDict(
    "GetInstanceStateParameters", {"InstanceName": S, "InstanceName.$": str}, total=False
)
GetInstancesParameters = TypedDict(
    "GetInstancesParameters",
    {"PageToken": S, "PageToken.$": str, "IncludeHealthStatus": B, "IncludeHealthStatus.$": str},
    total=False,
)
GetKeyPairParameters = TypedDict(
    "GetKeyPairParameters", {"KeyPairName": S, "KeyPairName.$": str}, total=False
)
GetKeyPairsParameters = TypedDict(
    "GetKeyPairsParameters",
    {
        "PageToken": S,
        "PageToken.$": str,
        "IncludeDefaultKeyPair": B,
        "IncludeDefaultKeyPair.$": str,
    },
    total=False,
)
GetLoadBalancerParameters = TypedDict(
    "GetLoadBalancerParameters", {"LoadBalancerName": S, "LoadBalancerName.$": str}, total=False
)
GetLoadBalancerMetricDataParameters = TypedDict(
    "GetLoadBalancerMetricDataParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Unit": S,
        "Unit.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
    },
    total=False,
)
GetLoadBalancerTlsCertificatesParameters = TypedDict(
    "GetLoadBalancerTlsCertificatesParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str},
    total=False,
)
GetLoadBalancerTlsPoliciesParameters = TypedDict(
    "GetLoadBalancerTlsPoliciesParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetLoadBalancersParameters = TypedDict(
    "GetLoadBalancersParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetOperationParameters = TypedDict(
    "GetOperationParameters", {"OperationId": S, "OperationId.$": str}, total=False
)
GetOperationsParameters = TypedDict(
    "GetOperationsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetOperationsForResourceParameters = TypedDict(
    "GetOperationsForResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "PageToken": S, "PageToken.$": str},
    total=False,
)

class GetProfileParameters(TypedDict, total=False): ...

GetRegionsParameters = TypedDict(
    "GetRegionsParameters",
    {
        "IncludeAvailabilityZones": B,
        "IncludeAvailabilityZones.$": str,
        "IncludeRelationalDatabaseAvailabilityZones": B,
        "IncludeRelationalDatabaseAvailabilityZones.$": str,
    },
    total=False,
)
GetRelationalDatabaseParameters = TypedDict(
    "GetRelationalDatabaseParameters",
    {"RelationalDatabaseName": S, "RelationalDatabaseName.$": str},
    total=False,
)
GetRelationalDatabaseBlueprintsParameters = TypedDict(
    "GetRelationalDatabaseBlueprintsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetRelationalDatabaseBundlesParameters = TypedDict(
    "GetRelationalDatabaseBundlesParameters",
    {"PageToken": S, "PageToken.$": str, "IncludeInactive": B, "IncludeInactive.$": str},
    total=False,
)
GetRelationalDatabaseEventsParameters = TypedDict(
    "GetRelationalDatabaseEventsParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "DurationInMinutes": I,
        "DurationInMinutes.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
GetRelationalDatabaseLogEventsParameters = TypedDict(
    "GetRelationalDatabaseLogEventsParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "LogStreamName": S,
        "LogStreamName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "StartFromHead": B,
        "StartFromHead.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
GetRelationalDatabaseLogStreamsParameters = TypedDict(
    "GetRelationalDatabaseLogStreamsParameters",
    {"RelationalDatabaseName": S, "RelationalDatabaseName.$": str},
    total=False,
)
GetRelationalDatabaseMasterUserPasswordParameters = TypedDict(
    "GetRelationalDatabaseMasterUserPasswordParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "PasswordVersion": S,
        "PasswordVersion.$": str,
    },
    total=False,
)
GetRelationalDatabaseMetricDataParameters = TypedDict(
    "GetRelationalDatabaseMetricDataParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Unit": S,
        "Unit.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
    },
    total=False,
)
GetRelationalDatabaseParametersParameters = TypedDict(
    "GetRelationalDatabaseParametersParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "PageToken": S,
        "PageToken.$": str,
    },
    total=False,
)
GetRelationalDatabaseSnapshotParameters = TypedDict(
    "GetRelationalDatabaseSnapshotParameters",
    {"RelationalDatabaseSnapshotName": S, "RelationalDatabaseSnapshotName.$": str},
    total=False,
)
GetRelationalDatabaseSnapshotsParameters = TypedDict(
    "GetRelationalDatabaseSnapshotsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetRelationalDatabasesParameters = TypedDict(
    "GetRelationalDatabasesParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetSetupHistoryParameters = TypedDict(
    "GetSetupHistoryParameters",
    {"ResourceName": S, "ResourceName.$": str, "PageToken": S, "PageToken.$": str},
    total=False,
)
GetStaticIpParameters = TypedDict(
    "GetStaticIpParameters", {"StaticIpName": S, "StaticIpName.$": str}, total=False
)
GetStaticIpsParameters = TypedDict(
    "GetStaticIpsParameters", {"PageToken": S, "PageToken.$": str}, total=False
)
GetSubdomainsParameters = TypedDict(
    "GetSubdomainsParameters",
    {"SubdomainName": S, "SubdomainName.$": str, "PageToken": S, "PageToken.$": str},
    total=False,
)
ImportKeyPairParameters = TypedDict(
    "ImportKeyPairParameters",
    {"KeyPairName": S, "KeyPairName.$": str, "PublicKeyBase64": S, "PublicKeyBase64.$": str},
    total=False,
)

class IsVpcPeeredParameters(TypedDict, total=False): ...

OpenInstancePublicPortsParameters = TypedDict(
    "OpenInstancePublicPortsParameters",
    {"PortInfo": X[PortInfo], "PortInfo.$": str, "InstanceName": S, "InstanceName.$": str},
    total=False,
)

class PeerVpcParameters(TypedDict, total=False): ...

PutAlarmParameters = TypedDict(
    "PutAlarmParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "MonitoredResourceName": S,
        "MonitoredResourceName.$": str,
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "EvaluationPeriods": I,
        "EvaluationPeriods.$": str,
        "DatapointsToAlarm": I,
        "DatapointsToAlarm.$": str,
        "TreatMissingData": S,
        "TreatMissingData.$": str,
        "ContactProtocols": L[Si],
        "ContactProtocols.$": str,
        "NotificationTriggers": L[Si],
        "NotificationTriggers.$": str,
        "NotificationEnabled": B,
        "NotificationEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutInstancePublicPortsParameters = TypedDict(
    "PutInstancePublicPortsParameters",
    {"PortInfos": L[Xi[PortInfo]], "PortInfos.$": str, "InstanceName": S, "InstanceName.$": str},
    total=False,
)
RebootInstanceParameters = TypedDict(
    "RebootInstanceParameters", {"InstanceName": S, "InstanceName.$": str}, total=False
)
RebootRelationalDatabaseParameters = TypedDict(
    "RebootRelationalDatabaseParameters",
    {"RelationalDatabaseName": S, "RelationalDatabaseName.$": str},
    total=False,
)
RegisterContainerImageParameters = TypedDict(
    "RegisterContainerImageParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "Label": S,
        "Label.$": str,
        "Digest": S,
        "Digest.$": str,
    },
    total=False,
)
ReleaseStaticIpParameters = TypedDict(
    "ReleaseStaticIpParameters", {"StaticIpName": S, "StaticIpName.$": str}, total=False
)
ResetDistributionCacheParameters = TypedDict(
    "ResetDistributionCacheParameters",
    {"DistributionName": S, "DistributionName.$": str},
    total=False,
)
SendContactMethodVerificationParameters = TypedDict(
    "SendContactMethodVerificationParameters", {"Protocol": S, "Protocol.$": str}, total=False
)
SetIpAddressTypeParameters = TypedDict(
    "SetIpAddressTypeParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "AcceptBundleUpdate": B,
        "AcceptBundleUpdate.$": str,
    },
    total=False,
)
SetResourceAccessForBucketParameters = TypedDict(
    "SetResourceAccessForBucketParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "BucketName": S,
        "BucketName.$": str,
        "Access": S,
        "Access.$": str,
    },
    total=False,
)
SetupInstanceHttpsParameters = TypedDict(
    "SetupInstanceHttpsParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "DomainNames": L[Si],
        "DomainNames.$": str,
        "CertificateProvider": S,
        "CertificateProvider.$": str,
    },
    total=False,
)
StartGUISessionParameters = TypedDict(
    "StartGUISessionParameters", {"ResourceName": S, "ResourceName.$": str}, total=False
)

class InstanceAttributeUpdates(TypedDict, total=False):
    BundleId: S

StartInstanceParameters = TypedDict(
    "StartInstanceParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "AttributeUpdates": X[InstanceAttributeUpdates],
        "AttributeUpdates.$": str,
    },
    total=False,
)
StartRelationalDatabaseParameters = TypedDict(
    "StartRelationalDatabaseParameters",
    {"RelationalDatabaseName": S, "RelationalDatabaseName.$": str},
    total=False,
)
StopGUISessionParameters = TypedDict(
    "StopGUISessionParameters", {"ResourceName": S, "ResourceName.$": str}, total=False
)
StopInstanceParameters = TypedDict(
    "StopInstanceParameters",
    {"InstanceName": S, "InstanceName.$": str, "Force": B, "Force.$": str},
    total=False,
)
StopRelationalDatabaseParameters = TypedDict(
    "StopRelationalDatabaseParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "RelationalDatabaseSnapshotName": S,
        "RelationalDatabaseSnapshotName.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
TestAlarmParameters = TypedDict(
    "TestAlarmParameters",
    {"AlarmName": S, "AlarmName.$": str, "State": S, "State.$": str},
    total=False,
)

class UnpeerVpcParameters(TypedDict, total=False): ...

UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "ResourceName": S,
        "ResourceName.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)

class AccessRules(TypedDict, total=False):
    GetObject: S
    AllowPublicOverrides: B

class BucketAccessLogConfig(TypedDict, total=False):
    Enabled: B
    Destination: S
    Prefix: S

class BucketCorsRule(TypedDict, total=False):
    Id: S
    AllowedMethods: L[Si]
    AllowedOrigins: L[Si]
    AllowedHeaders: L[Si]
    ExposeHeaders: L[Si]
    MaxAgeSeconds: I

class BucketCorsConfig(TypedDict, total=False):
    Rules: L[Xi[BucketCorsRule]]

UpdateBucketParameters = TypedDict(
    "UpdateBucketParameters",
    {
        "BucketName": S,
        "BucketName.$": str,
        "AccessRules": X[AccessRules],
        "AccessRules.$": str,
        "Versioning": S,
        "Versioning.$": str,
        "ReadonlyAccessAccounts": L[Si],
        "ReadonlyAccessAccounts.$": str,
        "AccessLogConfig": X[BucketAccessLogConfig],
        "AccessLogConfig.$": str,
        "Cors": X[BucketCorsConfig],
        "Cors.$": str,
    },
    total=False,
)
UpdateBucketBundleParameters = TypedDict(
    "UpdateBucketBundleParameters",
    {"BucketName": S, "BucketName.$": str, "BundleId": S, "BundleId.$": str},
    total=False,
)
UpdateContainerServiceParameters = TypedDict(
    "UpdateContainerServiceParameters",
    {
        "ServiceName": S,
        "ServiceName.$": str,
        "Power": S,
        "Power.$": str,
        "Scale": I,
        "Scale.$": str,
        "IsDisabled": B,
        "IsDisabled.$": str,
        "PublicDomainNames": M[L[Si]],
        "PublicDomainNames.$": str,
        "PrivateRegistryAccess": X[PrivateRegistryAccessRequest],
        "PrivateRegistryAccess.$": str,
    },
    total=False,
)
UpdateDistributionParameters = TypedDict(
    "UpdateDistributionParameters",
    {
        "DistributionName": S,
        "DistributionName.$": str,
        "Origin": X[InputOrigin],
        "Origin.$": str,
        "DefaultCacheBehavior": X[CacheBehavior],
        "DefaultCacheBehavior.$": str,
        "CacheBehaviorSettings": X[CacheSettings],
        "CacheBehaviorSettings.$": str,
        "CacheBehaviors": L[Xi[CacheBehaviorPerPath]],
        "CacheBehaviors.$": str,
        "IsEnabled": B,
        "IsEnabled.$": str,
        "ViewerMinimumTlsProtocolVersion": S,
        "ViewerMinimumTlsProtocolVersion.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "UseDefaultCertificate": B,
        "UseDefaultCertificate.$": str,
        "EnablePrivateOriginAccess": B,
        "EnablePrivateOriginAccess.$": str,
        "DefaultRootObject": S,
        "DefaultRootObject.$": str,
        "CustomErrorResponses": L[Xi[DistributionCustomErrorResponse]],
        "CustomErrorResponses.$": str,
        "EnableWaf": B,
        "EnableWaf.$": str,
        "WafRules": L[Xi[WafRule]],
        "WafRules.$": str,
    },
    total=False,
)
UpdateDistributionBundleParameters = TypedDict(
    "UpdateDistributionBundleParameters",
    {"DistributionName": S, "DistributionName.$": str, "BundleId": S, "BundleId.$": str},
    total=False,
)
UpdateDomainEntryParameters = TypedDict(
    "UpdateDomainEntryParameters",
    {"DomainName": S, "DomainName.$": str, "DomainEntry": X[DomainEntry], "DomainEntry.$": str},
    total=False,
)
UpdateInstanceMetadataOptionsParameters = TypedDict(
    "UpdateInstanceMetadataOptionsParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "HttpTokens": S,
        "HttpTokens.$": str,
        "HttpEndpoint": S,
        "HttpEndpoint.$": str,
        "HttpPutResponseHopLimit": I,
        "HttpPutResponseHopLimit.$": str,
        "HttpProtocolIpv6": S,
        "HttpProtocolIpv6.$": str,
    },
    total=False,
)
UpdateLoadBalancerAttributeParameters = TypedDict(
    "UpdateLoadBalancerAttributeParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
    },
    total=False,
)
UpdateRelationalDatabaseParameters = TypedDict(
    "UpdateRelationalDatabaseParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "MasterUserPassword": S,
        "MasterUserPassword.$": str,
        "RotateMasterUserPassword": B,
        "RotateMasterUserPassword.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "EnableBackupRetention": B,
        "EnableBackupRetention.$": str,
        "DisableBackupRetention": B,
        "DisableBackupRetention.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "CaCertificateIdentifier": S,
        "CaCertificateIdentifier.$": str,
        "RelationalDatabaseBlueprintId": S,
        "RelationalDatabaseBlueprintId.$": str,
    },
    total=False,
)

class RelationalDatabaseParameter(TypedDict, total=False):
    AllowedValues: S
    ApplyMethod: S
    ApplyType: S
    DataType: S
    Description: S
    IsModifiable: B
    ParameterName: S
    ParameterValue: S

UpdateRelationalDatabaseParametersParameters = TypedDict(
    "UpdateRelationalDatabaseParametersParameters",
    {
        "RelationalDatabaseName": S,
        "RelationalDatabaseName.$": str,
        "Parameters": L[Xi[RelationalDatabaseParameter]],
        "Parameters.$": str,
    },
    total=False,
)
UpdateSubdomainAssociationParameters = TypedDict(
    "UpdateSubdomainAssociationParameters",
    {
        "SubdomainName": S,
        "SubdomainName.$": str,
        "Action": S,
        "Action.$": str,
        "TargetResourceArn": S,
        "TargetResourceArn.$": str,
    },
    total=False,
)
allocate_static_ip: Builder[AllocateStaticIpParameters]
attach_certificate_to_distribution: Builder[AttachCertificateToDistributionParameters]
attach_disk: Builder[AttachDiskParameters]
attach_instances_to_load_balancer: Builder[AttachInstancesToLoadBalancerParameters]
attach_load_balancer_tls_certificate: Builder[AttachLoadBalancerTlsCertificateParameters]
attach_static_ip: Builder[AttachStaticIpParameters]
check_subdomain_availability: Builder[CheckSubdomainAvailabilityParameters]
close_instance_public_ports: Builder[CloseInstancePublicPortsParameters]
copy_snapshot: Builder[CopySnapshotParameters]
create_bucket: Builder[CreateBucketParameters]
create_bucket_access_key: Builder[CreateBucketAccessKeyParameters]
create_certificate: Builder[CreateCertificateParameters]
create_cloud_formation_stack: Builder[CreateCloudFormationStackParameters]
create_contact_method: Builder[CreateContactMethodParameters]
create_container_service: Builder[CreateContainerServiceParameters]
create_container_service_deployment: Builder[CreateContainerServiceDeploymentParameters]
create_container_service_registry_login: Builder[CreateContainerServiceRegistryLoginParameters]
create_disk: Builder[CreateDiskParameters]
create_disk_from_snapshot: Builder[CreateDiskFromSnapshotParameters]
create_disk_snapshot: Builder[CreateDiskSnapshotParameters]
create_distribution: Builder[CreateDistributionParameters]
create_domain: Builder[CreateDomainParameters]
create_domain_entry: Builder[CreateDomainEntryParameters]
create_gui_session_access_details: Builder[CreateGUISessionAccessDetailsParameters]
create_instance_snapshot: Builder[CreateInstanceSnapshotParameters]
create_instances: Builder[CreateInstancesParameters]
create_instances_from_snapshot: Builder[CreateInstancesFromSnapshotParameters]
create_key_pair: Builder[CreateKeyPairParameters]
create_load_balancer: Builder[CreateLoadBalancerParameters]
create_load_balancer_tls_certificate: Builder[CreateLoadBalancerTlsCertificateParameters]
create_relational_database: Builder[CreateRelationalDatabaseParameters]
create_relational_database_from_snapshot: Builder[CreateRelationalDatabaseFromSnapshotParameters]
create_relational_database_snapshot: Builder[CreateRelationalDatabaseSnapshotParameters]
create_subdomain: Builder[CreateSubdomainParameters]
delete_alarm: Builder[DeleteAlarmParameters]
delete_auto_snapshot: Builder[DeleteAutoSnapshotParameters]
delete_bucket: Builder[DeleteBucketParameters]
delete_bucket_access_key: Builder[DeleteBucketAccessKeyParameters]
delete_certificate: Builder[DeleteCertificateParameters]
delete_contact_method: Builder[DeleteContactMethodParameters]
delete_container_image: Builder[DeleteContainerImageParameters]
delete_container_service: Builder[DeleteContainerServiceParameters]
delete_disk: Builder[DeleteDiskParameters]
delete_disk_snapshot: Builder[DeleteDiskSnapshotParameters]
delete_distribution: Builder[DeleteDistributionParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_domain_entry: Builder[DeleteDomainEntryParameters]
delete_instance: Builder[DeleteInstanceParameters]
delete_instance_snapshot: Builder[DeleteInstanceSnapshotParameters]
delete_key_pair: Builder[DeleteKeyPairParameters]
delete_known_host_keys: Builder[DeleteKnownHostKeysParameters]
delete_load_balancer: Builder[DeleteLoadBalancerParameters]
delete_load_balancer_tls_certificate: Builder[DeleteLoadBalancerTlsCertificateParameters]
delete_relational_database: Builder[DeleteRelationalDatabaseParameters]
delete_relational_database_snapshot: Builder[DeleteRelationalDatabaseSnapshotParameters]
delete_subdomain: Builder[DeleteSubdomainParameters]
detach_certificate_from_distribution: Builder[DetachCertificateFromDistributionParameters]
detach_disk: Builder[DetachDiskParameters]
detach_instances_from_load_balancer: Builder[DetachInstancesFromLoadBalancerParameters]
detach_static_ip: Builder[DetachStaticIpParameters]
disable_add_on: Builder[DisableAddOnParameters]
download_default_key_pair: Builder[DownloadDefaultKeyPairParameters]
enable_add_on: Builder[EnableAddOnParameters]
export_snapshot: Builder[ExportSnapshotParameters]
get_active_names: Builder[GetActiveNamesParameters]
get_alarms: Builder[GetAlarmsParameters]
get_auto_snapshots: Builder[GetAutoSnapshotsParameters]
get_blueprints: Builder[GetBlueprintsParameters]
get_bucket_access_keys: Builder[GetBucketAccessKeysParameters]
get_bucket_bundles: Builder[GetBucketBundlesParameters]
get_bucket_metric_data: Builder[GetBucketMetricDataParameters]
get_buckets: Builder[GetBucketsParameters]
get_bundles: Builder[GetBundlesParameters]
get_certificates: Builder[GetCertificatesParameters]
get_cloud_formation_stack_records: Builder[GetCloudFormationStackRecordsParameters]
get_contact_methods: Builder[GetContactMethodsParameters]
get_container_api_metadata: Builder[GetContainerAPIMetadataParameters]
get_container_images: Builder[GetContainerImagesParameters]
get_container_log: Builder[GetContainerLogParameters]
get_container_service_deployments: Builder[GetContainerServiceDeploymentsParameters]
get_container_service_metric_data: Builder[GetContainerServiceMetricDataParameters]
get_container_service_powers: Builder[GetContainerServicePowersParameters]
get_container_services: Builder[GetContainerServicesParameters]
get_cost_estimate: Builder[GetCostEstimateParameters]
get_disk: Builder[GetDiskParameters]
get_disk_snapshot: Builder[GetDiskSnapshotParameters]
get_disk_snapshots: Builder[GetDiskSnapshotsParameters]
get_disks: Builder[GetDisksParameters]
get_distribution_bundles: Builder[GetDistributionBundlesParameters]
get_distribution_latest_cache_reset: Builder[GetDistributionLatestCacheResetParameters]
get_distribution_metric_data: Builder[GetDistributionMetricDataParameters]
get_distributions: Builder[GetDistributionsParameters]
get_domain: Builder[GetDomainParameters]
get_domains: Builder[GetDomainsParameters]
get_export_snapshot_records: Builder[GetExportSnapshotRecordsParameters]
get_instance: Builder[GetInstanceParameters]
get_instance_access_details: Builder[GetInstanceAccessDetailsParameters]
get_instance_metric_data: Builder[GetInstanceMetricDataParameters]
get_instance_port_states: Builder[GetInstancePortStatesParameters]
get_instance_snapshot: Builder[GetInstanceSnapshotParameters]
get_instance_snapshots: Builder[GetInstanceSnapshotsParameters]
get_instance_state: Builder[GetInstanceStateParameters]
get_instances: Builder[GetInstancesParameters]
get_key_pair: Builder[GetKeyPairParameters]
get_key_pairs: Builder[GetKeyPairsParameters]
get_load_balancer: Builder[GetLoadBalancerParameters]
get_load_balancer_metric_data: Builder[GetLoadBalancerMetricDataParameters]
get_load_balancer_tls_certificates: Builder[GetLoadBalancerTlsCertificatesParameters]
get_load_balancer_tls_policies: Builder[GetLoadBalancerTlsPoliciesParameters]
get_load_balancers: Builder[GetLoadBalancersParameters]
get_operation: Builder[GetOperationParameters]
get_operations: Builder[GetOperationsParameters]
get_operations_for_resource: Builder[GetOperationsForResourceParameters]
get_profile: Builder[GetProfileParameters]
get_regions: Builder[GetRegionsParameters]
get_relational_database: Builder[GetRelationalDatabaseParameters]
get_relational_database_blueprints: Builder[GetRelationalDatabaseBlueprintsParameters]
get_relational_database_bundles: Builder[GetRelationalDatabaseBundlesParameters]
get_relational_database_events: Builder[GetRelationalDatabaseEventsParameters]
get_relational_database_log_events: Builder[GetRelationalDatabaseLogEventsParameters]
get_relational_database_log_streams: Builder[GetRelationalDatabaseLogStreamsParameters]
get_relational_database_master_user_password: Builder[
    GetRelationalDatabaseMasterUserPasswordParameters
]
get_relational_database_metric_data: Builder[GetRelationalDatabaseMetricDataParameters]
get_relational_database_parameters: Builder[GetRelationalDatabaseParametersParameters]
get_relational_database_snapshot: Builder[GetRelationalDatabaseSnapshotParameters]
get_relational_database_snapshots: Builder[GetRelationalDatabaseSnapshotsParameters]
get_relational_databases: Builder[GetRelationalDatabasesParameters]
get_setup_history: Builder[GetSetupHistoryParameters]
get_static_ip: Builder[GetStaticIpParameters]
get_static_ips: Builder[GetStaticIpsParameters]
get_subdomains: Builder[GetSubdomainsParameters]
import_key_pair: Builder[ImportKeyPairParameters]
is_vpc_peered: Builder[IsVpcPeeredParameters]
open_instance_public_ports: Builder[OpenInstancePublicPortsParameters]
peer_vpc: Builder[PeerVpcParameters]
put_alarm: Builder[PutAlarmParameters]
put_instance_public_ports: Builder[PutInstancePublicPortsParameters]
reboot_instance: Builder[RebootInstanceParameters]
reboot_relational_database: Builder[RebootRelationalDatabaseParameters]
register_container_image: Builder[RegisterContainerImageParameters]
release_static_ip: Builder[ReleaseStaticIpParameters]
reset_distribution_cache: Builder[ResetDistributionCacheParameters]
send_contact_method_verification: Builder[SendContactMethodVerificationParameters]
set_ip_address_type: Builder[SetIpAddressTypeParameters]
set_resource_access_for_bucket: Builder[SetResourceAccessForBucketParameters]
setup_instance_https: Builder[SetupInstanceHttpsParameters]
start_gui_session: Builder[StartGUISessionParameters]
start_instance: Builder[StartInstanceParameters]
start_relational_database: Builder[StartRelationalDatabaseParameters]
stop_gui_session: Builder[StopGUISessionParameters]
stop_instance: Builder[StopInstanceParameters]
stop_relational_database: Builder[StopRelationalDatabaseParameters]
tag_resource: Builder[TagResourceParameters]
test_alarm: Builder[TestAlarmParameters]
unpeer_vpc: Builder[UnpeerVpcParameters]
untag_resource: Builder[UntagResourceParameters]
update_bucket: Builder[UpdateBucketParameters]
update_bucket_bundle: Builder[UpdateBucketBundleParameters]
update_container_service: Builder[UpdateContainerServiceParameters]
update_distribution: Builder[UpdateDistributionParameters]
update_distribution_bundle: Builder[UpdateDistributionBundleParameters]
update_domain_entry: Builder[UpdateDomainEntryParameters]
update_instance_metadata_options: Builder[UpdateInstanceMetadataOptionsParameters]
update_load_balancer_attribute: Builder[UpdateLoadBalancerAttributeParameters]
update_relational_database: Builder[UpdateRelationalDatabaseParameters]
update_relational_database_parameters: Builder[UpdateRelationalDatabaseParametersParameters]
update_subdomain_association: Builder[UpdateSubdomainAssociationParameters]

__all__ = [
    "allocate_static_ip",
    "attach_certificate_to_distribution",
    "attach_disk",
    "attach_instances_to_load_balancer",
    "attach_load_balancer_tls_certificate",
    "attach_static_ip",
    "check_subdomain_availability",
    "close_instance_public_ports",
    "copy_snapshot",
    "create_bucket",
    "create_bucket_access_key",
    "create_certificate",
    "create_cloud_formation_stack",
    "create_contact_method",
    "create_container_service",
    "create_container_service_deployment",
    "create_container_service_registry_login",
    "create_disk",
    "create_disk_from_snapshot",
    "create_disk_snapshot",
    "create_distribution",
    "create_domain",
    "create_domain_entry",
    "create_gui_session_access_details",
    "create_instance_snapshot",
    "create_instances",
    "create_instances_from_snapshot",
    "create_key_pair",
    "create_load_balancer",
    "create_load_balancer_tls_certificate",
    "create_relational_database",
    "create_relational_database_from_snapshot",
    "create_relational_database_snapshot",
    "create_subdomain",
    "delete_alarm",
    "delete_auto_snapshot",
    "delete_bucket",
    "delete_bucket_access_key",
    "delete_certificate",
    "delete_contact_method",
    "delete_container_image",
    "delete_container_service",
    "delete_disk",
    "delete_disk_snapshot",
    "delete_distribution",
    "delete_domain",
    "delete_domain_entry",
    "delete_instance",
    "delete_instance_snapshot",
    "delete_key_pair",
    "delete_known_host_keys",
    "delete_load_balancer",
    "delete_load_balancer_tls_certificate",
    "delete_relational_database",
    "delete_relational_database_snapshot",
    "delete_subdomain",
    "detach_certificate_from_distribution",
    "detach_disk",
    "detach_instances_from_load_balancer",
    "detach_static_ip",
    "disable_add_on",
    "download_default_key_pair",
    "enable_add_on",
    "export_snapshot",
    "get_active_names",
    "get_alarms",
    "get_auto_snapshots",
    "get_blueprints",
    "get_bucket_access_keys",
    "get_bucket_bundles",
    "get_bucket_metric_data",
    "get_buckets",
    "get_bundles",
    "get_certificates",
    "get_cloud_formation_stack_records",
    "get_contact_methods",
    "get_container_api_metadata",
    "get_container_images",
    "get_container_log",
    "get_container_service_deployments",
    "get_container_service_metric_data",
    "get_container_service_powers",
    "get_container_services",
    "get_cost_estimate",
    "get_disk",
    "get_disk_snapshot",
    "get_disk_snapshots",
    "get_disks",
    "get_distribution_bundles",
    "get_distribution_latest_cache_reset",
    "get_distribution_metric_data",
    "get_distributions",
    "get_domain",
    "get_domains",
    "get_export_snapshot_records",
    "get_instance",
    "get_instance_access_details",
    "get_instance_metric_data",
    "get_instance_port_states",
    "get_instance_snapshot",
    "get_instance_snapshots",
    "get_instance_state",
    "get_instances",
    "get_key_pair",
    "get_key_pairs",
    "get_load_balancer",
    "get_load_balancer_metric_data",
    "get_load_balancer_tls_certificates",
    "get_load_balancer_tls_policies",
    "get_load_balancers",
    "get_operation",
    "get_operations",
    "get_operations_for_resource",
    "get_profile",
    "get_regions",
    "get_relational_database",
    "get_relational_database_blueprints",
    "get_relational_database_bundles",
    "get_relational_database_events",
    "get_relational_database_log_events",
    "get_relational_database_log_streams",
    "get_relational_database_master_user_password",
    "get_relational_database_metric_data",
    "get_relational_database_parameters",
    "get_relational_database_snapshot",
    "get_relational_database_snapshots",
    "get_relational_databases",
    "get_setup_history",
    "get_static_ip",
    "get_static_ips",
    "get_subdomains",
    "import_key_pair",
    "is_vpc_peered",
    "open_instance_public_ports",
    "peer_vpc",
    "put_alarm",
    "put_instance_public_ports",
    "reboot_instance",
    "reboot_relational_database",
    "register_container_image",
    "release_static_ip",
    "reset_distribution_cache",
    "send_contact_method_verification",
    "set_ip_address_type",
    "set_resource_access_for_bucket",
    "setup_instance_https",
    "start_gui_session",
    "start_instance",
    "start_relational_database",
    "stop_gui_session",
    "stop_instance",
    "stop_relational_database",
    "tag_resource",
    "test_alarm",
    "unpeer_vpc",
    "untag_resource",
    "update_bucket",
    "update_bucket_bundle",
    "update_container_service",
    "update_distribution",
    "update_distribution_bundle",
    "update_domain_entry",
    "update_instance_metadata_options",
    "update_load_balancer_attribute",
    "update_relational_database",
    "update_relational_database_parameters",
    "update_subdomain_association",
]
