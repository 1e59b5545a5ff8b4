"""Typed builders of the AWS SDK integration of securityhub (``aws-sdk:securityhub:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, Ii, L, M, S, Si, T, X, Xi

AcceptAdministratorInvitationParameters = TypedDict(
    "AcceptAdministratorInvitationParameters",
    {"AdministratorId": S, "AdministratorId.$": str, "InvitationId": S, "InvitationId.$": str},
    total=False,
)
AcceptInvitationParameters = TypedDict(
    "AcceptInvitationParameters",
    {"MasterId": S, "MasterId.$": str, "InvitationId": S, "InvitationId.$": str},
    total=False,
)
BatchDeleteAutomationRulesParameters = TypedDict(
    "BatchDeleteAutomationRulesParameters",
    {"AutomationRulesArns": L[Si], "AutomationRulesArns.$": str},
    total=False,
)
BatchDisableStandardsParameters = TypedDict(
    "BatchDisableStandardsParameters",
    {"StandardsSubscriptionArns": L[Si], "StandardsSubscriptionArns.$": str},
    total=False,
)

class StandardsSubscriptionRequest(TypedDict, total=False):
    StandardsArn: S
    StandardsInput: M[S]

BatchEnableStandardsParameters = TypedDict(
    "BatchEnableStandardsParameters",
    {
        "StandardsSubscriptionRequests": L[Xi[StandardsSubscriptionRequest]],
        "StandardsSubscriptionRequests.$": str,
    },
    total=False,
)
BatchGetAutomationRulesParameters = TypedDict(
    "BatchGetAutomationRulesParameters",
    {"AutomationRulesArns": L[Si], "AutomationRulesArns.$": str},
    total=False,
)

class Target(TypedDict, total=False):
    AccountId: S
    OrganizationalUnitId: S
    RootId: S

class ConfigurationPolicyAssociation(TypedDict, total=False):
    Target: X[Target]

BatchGetConfigurationPolicyAssociationsParameters = TypedDict(
    "BatchGetConfigurationPolicyAssociationsParameters",
    {
        "ConfigurationPolicyAssociationIdentifiers": L[Xi[ConfigurationPolicyAssociation]],
        "ConfigurationPolicyAssociationIdentifiers.$": str,
    },
    total=False,
)
BatchGetSecurityControlsParameters = TypedDict(
    "BatchGetSecurityControlsParameters",
    {"SecurityControlIds": L[Si], "SecurityControlIds.$": str},
    total=False,
)

class StandardsControlAssociationId(TypedDict, total=False):
    SecurityControlId: S
    StandardsArn: S

BatchGetStandardsControlAssociationsParameters = TypedDict(
    "BatchGetStandardsControlAssociationsParameters",
    {
        "StandardsControlAssociationIds": L[Xi[StandardsControlAssociationId]],
        "StandardsControlAssociationIds.$": str,
    },
    total=False,
)

class Severity(TypedDict, total=False):
    Product: F
    Label: S
    Normalized: I
    Original: S

class Recommendation(TypedDict, total=False):
    Text: S
    Url: S

class Remediation(TypedDict, total=False):
    Recommendation: X[Recommendation]

class Malware(TypedDict, total=False):
    Name: S
    Type: S
    Path: S
    State: S

class PortRange(TypedDict, total=False):
    Begin: I
    End: I

class Network(TypedDict, total=False):
    Direction: S
    Protocol: S
    OpenPortRange: X[PortRange]
    SourceIpV4: S
    SourceIpV6: S
    SourcePort: I
    SourceDomain: S
    SourceMac: S
    DestinationIpV4: S
    DestinationIpV6: S
    DestinationPort: I
    DestinationDomain: S

class NetworkPathComponentDetails(TypedDict, total=False):
    Address: L[Si]
    PortRanges: L[Xi[PortRange]]

class NetworkHeader(TypedDict, total=False):
    Protocol: S
    Destination: X[NetworkPathComponentDetails]
    Source: X[NetworkPathComponentDetails]

class NetworkPathComponent(TypedDict, total=False):
    ComponentId: S
    ComponentType: S
    Egress: X[NetworkHeader]
    Ingress: X[NetworkHeader]

class ProcessDetails(TypedDict, total=False):
    Name: S
    Path: S
    Pid: I
    ParentPid: I
    LaunchedAt: S
    TerminatedAt: S

class FilePaths(TypedDict, total=False):
    FilePath: S
    FileName: S
    ResourceId: S
    Hash: S

class Threat(TypedDict, total=False):
    Name: S
    Severity: S
    ItemCount: I
    FilePaths: L[Xi[FilePaths]]

class ThreatIntelIndicator(TypedDict, total=False):
    Type: S
    Value: S
    Category: S
    LastObservedAt: S
    Source: S
    SourceUrl: S

class ResourceOwnerAccount(TypedDict, total=False):
    Id: S

class ResourceOwnerOrg(TypedDict, total=False):
    Id: S

class ResourceOwner(TypedDict, total=False):
    Account: X[ResourceOwnerAccount]
    Org: X[ResourceOwnerOrg]

class ClassificationStatus(TypedDict, total=False):
    Code: S
    Reason: S

class Range(TypedDict, total=False):
    Start: I
    End: I
    StartColumn: I

class Page(TypedDict, total=False):
    PageNumber: I
    LineRange: X[Range]
    OffsetRange: X[Range]

class Record(TypedDict, total=False):
    JsonPath: S
    RecordIndex: I

class Cell(TypedDict, total=False):
    Column: I
    Row: I
    ColumnName: S
    CellReference: S

class Occurrences(TypedDict, total=False):
    LineRanges: L[Xi[Range]]
    OffsetRanges: L[Xi[Range]]
    Pages: L[Xi[Page]]
    Records: L[Xi[Record]]
    Cells: L[Xi[Cell]]

class SensitiveDataDetections(TypedDict, total=False):
    Count: I
    Type: S
    Occurrences: X[Occurrences]

class SensitiveDataResult(TypedDict, total=False):
    Category: S
    Detections: L[Xi[SensitiveDataDetections]]
    TotalCount: I

class CustomDataIdentifiersDetections(TypedDict, total=False):
    Count: I
    Arn: S
    Name: S
    Occurrences: X[Occurrences]

class CustomDataIdentifiersResult(TypedDict, total=False):
    Detections: L[Xi[CustomDataIdentifiersDetections]]
    TotalCount: I

class ClassificationResult(TypedDict, total=False):
    MimeType: S
    SizeClassified: I
    AdditionalOccurrences: B
    Status: X[ClassificationStatus]
    SensitiveData: L[Xi[SensitiveDataResult]]
    CustomDataIdentifiers: X[CustomDataIdentifiersResult]

class DataClassificationDetails(TypedDict, total=False):
    DetailedResultsLocation: S
    Result: X[ClassificationResult]

class AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails(
    TypedDict, total=False
):
    OnDemandAllocationStrategy: S
    OnDemandBaseCapacity: I
    OnDemandPercentageAboveBaseCapacity: I
    SpotAllocationStrategy: S
    SpotInstancePools: I
    SpotMaxPrice: S

class AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification(
    TypedDict, total=False
):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails(
    TypedDict, total=False
):
    InstanceType: S
    WeightedCapacity: S

class AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails(
    TypedDict, total=False
):
    LaunchTemplateSpecification: X[
        AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification
    ]
    Overrides: L[
        Xi[AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails]
    ]

class AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails(TypedDict, total=False):
    InstancesDistribution: X[
        AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails
    ]
    LaunchTemplate: X[AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails]

class AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails(TypedDict, total=False):
    Value: S

class AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification(
    TypedDict, total=False
):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class AwsAutoScalingAutoScalingGroupDetails(TypedDict, total=False):
    LaunchConfigurationName: S
    LoadBalancerNames: L[Si]
    HealthCheckType: S
    HealthCheckGracePeriod: I
    CreatedTime: S
    MixedInstancesPolicy: X[AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails]
    AvailabilityZones: L[Xi[AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails]]
    LaunchTemplate: X[AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification]
    CapacityRebalance: B

class AwsCodeBuildProjectArtifactsDetails(TypedDict, total=False):
    ArtifactIdentifier: S
    EncryptionDisabled: B
    Location: S
    Name: S
    NamespaceType: S
    OverrideArtifactName: B
    Packaging: S
    Path: S
    Type: S

class AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails(TypedDict, total=False):
    Name: S
    Type: S
    Value: S

class AwsCodeBuildProjectEnvironmentRegistryCredential(TypedDict, total=False):
    Credential: S
    CredentialProvider: S

class AwsCodeBuildProjectEnvironment(TypedDict, total=False):
    Certificate: S
    EnvironmentVariables: L[Xi[AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails]]
    PrivilegedMode: B
    ImagePullCredentialsType: S
    RegistryCredential: X[AwsCodeBuildProjectEnvironmentRegistryCredential]
    Type: S

class AwsCodeBuildProjectSource(TypedDict, total=False):
    Type: S
    Location: S
    GitCloneDepth: I
    InsecureSsl: B

class AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails(TypedDict, total=False):
    GroupName: S
    Status: S
    StreamName: S

class AwsCodeBuildProjectLogsConfigS3LogsDetails(TypedDict, total=False):
    EncryptionDisabled: B
    Location: S
    Status: S

class AwsCodeBuildProjectLogsConfigDetails(TypedDict, total=False):
    CloudWatchLogs: X[AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails]
    S3Logs: X[AwsCodeBuildProjectLogsConfigS3LogsDetails]

class AwsCodeBuildProjectVpcConfig(TypedDict, total=False):
    VpcId: S
    Subnets: L[Si]
    SecurityGroupIds: L[Si]

class AwsCodeBuildProjectDetails(TypedDict, total=False):
    EncryptionKey: S
    Artifacts: L[Xi[AwsCodeBuildProjectArtifactsDetails]]
    Environment: X[AwsCodeBuildProjectEnvironment]
    Name: S
    Source: X[AwsCodeBuildProjectSource]
    ServiceRole: S
    LogsConfig: X[AwsCodeBuildProjectLogsConfigDetails]
    VpcConfig: X[AwsCodeBuildProjectVpcConfig]
    SecondaryArtifacts: L[Xi[AwsCodeBuildProjectArtifactsDetails]]

class AwsCloudFrontDistributionCacheBehavior(TypedDict, total=False):
    ViewerProtocolPolicy: S

class AwsCloudFrontDistributionCacheBehaviors(TypedDict, total=False):
    Items: L[Xi[AwsCloudFrontDistributionCacheBehavior]]

class AwsCloudFrontDistributionDefaultCacheBehavior(TypedDict, total=False):
    ViewerProtocolPolicy: S

class AwsCloudFrontDistributionLogging(TypedDict, total=False):
    Bucket: S
    Enabled: B
    IncludeCookies: B
    Prefix: S

class AwsCloudFrontDistributionOriginS3OriginConfig(TypedDict, total=False):
    OriginAccessIdentity: S

class AwsCloudFrontDistributionOriginSslProtocols(TypedDict, total=False):
    Items: L[Si]
    Quantity: I

class AwsCloudFrontDistributionOriginCustomOriginConfig(TypedDict, total=False):
    HttpPort: I
    HttpsPort: I
    OriginKeepaliveTimeout: I
    OriginProtocolPolicy: S
    OriginReadTimeout: I
    OriginSslProtocols: X[AwsCloudFrontDistributionOriginSslProtocols]

class AwsCloudFrontDistributionOriginItem(TypedDict, total=False):
    DomainName: S
    Id: S
    OriginPath: S
    S3OriginConfig: X[AwsCloudFrontDistributionOriginS3OriginConfig]
    CustomOriginConfig: X[AwsCloudFrontDistributionOriginCustomOriginConfig]

class AwsCloudFrontDistributionOrigins(TypedDict, total=False):
    Items: L[Xi[AwsCloudFrontDistributionOriginItem]]

class AwsCloudFrontDistributionOriginGroupFailoverStatusCodes(TypedDict, total=False):
    Items: L[Ii]
    Quantity: I

class AwsCloudFrontDistributionOriginGroupFailover(TypedDict, total=False):
    StatusCodes: X[AwsCloudFrontDistributionOriginGroupFailoverStatusCodes]

class AwsCloudFrontDistributionOriginGroup(TypedDict, total=False):
    FailoverCriteria: X[AwsCloudFrontDistributionOriginGroupFailover]

class AwsCloudFrontDistributionOriginGroups(TypedDict, total=False):
    Items: L[Xi[AwsCloudFrontDistributionOriginGroup]]

class AwsCloudFrontDistributionViewerCertificate(TypedDict, total=False):
    AcmCertificateArn: S
    Certificate: S
    CertificateSource: S
    CloudFrontDefaultCertificate: B
    IamCertificateId: S
    MinimumProtocolVersion: S
    SslSupportMethod: S

class AwsCloudFrontDistributionDetails(TypedDict, total=False):
    CacheBehaviors: X[AwsCloudFrontDistributionCacheBehaviors]
    DefaultCacheBehavior: X[AwsCloudFrontDistributionDefaultCacheBehavior]
    DefaultRootObject: S
    DomainName: S
    ETag: S
    LastModifiedTime: S
    Logging: X[AwsCloudFrontDistributionLogging]
    Origins: X[AwsCloudFrontDistributionOrigins]
    OriginGroups: X[AwsCloudFrontDistributionOriginGroups]
    ViewerCertificate: X[AwsCloudFrontDistributionViewerCertificate]
    Status: S
    WebAclId: S

class AwsEc2InstanceNetworkInterfacesDetails(TypedDict, total=False):
    NetworkInterfaceId: S

class AwsEc2InstanceMetadataOptions(TypedDict, total=False):
    HttpEndpoint: S
    HttpProtocolIpv6: S
    HttpPutResponseHopLimit: I
    HttpTokens: S
    InstanceMetadataTags: S

class AwsEc2InstanceMonitoringDetails(TypedDict, total=False):
    State: S

class AwsEc2InstanceDetails(TypedDict, total=False):
    Type: S
    ImageId: S
    IpV4Addresses: L[Si]
    IpV6Addresses: L[Si]
    KeyName: S
    IamInstanceProfileArn: S
    VpcId: S
    SubnetId: S
    LaunchedAt: S
    NetworkInterfaces: L[Xi[AwsEc2InstanceNetworkInterfacesDetails]]
    VirtualizationType: S
    MetadataOptions: X[AwsEc2InstanceMetadataOptions]
    Monitoring: X[AwsEc2InstanceMonitoringDetails]

class AwsEc2NetworkInterfaceAttachment(TypedDict, total=False):
    AttachTime: S
    AttachmentId: S
    DeleteOnTermination: B
    DeviceIndex: I
    InstanceId: S
    InstanceOwnerId: S
    Status: S

class AwsEc2NetworkInterfaceSecurityGroup(TypedDict, total=False):
    GroupName: S
    GroupId: S

class AwsEc2NetworkInterfaceIpV6AddressDetail(TypedDict, total=False):
    IpV6Address: S

class AwsEc2NetworkInterfacePrivateIpAddressDetail(TypedDict, total=False):
    PrivateIpAddress: S
    PrivateDnsName: S

class AwsEc2NetworkInterfaceDetails(TypedDict, total=False):
    Attachment: X[AwsEc2NetworkInterfaceAttachment]
    NetworkInterfaceId: S
    SecurityGroups: L[Xi[AwsEc2NetworkInterfaceSecurityGroup]]
    SourceDestCheck: B
    IpV6Addresses: L[Xi[AwsEc2NetworkInterfaceIpV6AddressDetail]]
    PrivateIpAddresses: L[Xi[AwsEc2NetworkInterfacePrivateIpAddressDetail]]
    PublicDnsName: S
    PublicIp: S

class AwsEc2SecurityGroupUserIdGroupPair(TypedDict, total=False):
    GroupId: S
    GroupName: S
    PeeringStatus: S
    UserId: S
    VpcId: S
    VpcPeeringConnectionId: S

class AwsEc2SecurityGroupIpRange(TypedDict, total=False):
    CidrIp: S

class AwsEc2SecurityGroupIpv6Range(TypedDict, total=False):
    CidrIpv6: S

class AwsEc2SecurityGroupPrefixListId(TypedDict, total=False):
    PrefixListId: S

class AwsEc2SecurityGroupIpPermission(TypedDict, total=False):
    IpProtocol: S
    FromPort: I
    ToPort: I
    UserIdGroupPairs: L[Xi[AwsEc2SecurityGroupUserIdGroupPair]]
    IpRanges: L[Xi[AwsEc2SecurityGroupIpRange]]
    Ipv6Ranges: L[Xi[AwsEc2SecurityGroupIpv6Range]]
    PrefixListIds: L[Xi[AwsEc2SecurityGroupPrefixListId]]

class AwsEc2SecurityGroupDetails(TypedDict, total=False):
    GroupName: S
    GroupId: S
    OwnerId: S
    VpcId: S
    IpPermissions: L[Xi[AwsEc2SecurityGroupIpPermission]]
    IpPermissionsEgress: L[Xi[AwsEc2SecurityGroupIpPermission]]

class AwsEc2VolumeAttachment(TypedDict, total=False):
    AttachTime: S
    DeleteOnTermination: B
    InstanceId: S
    Status: S

class AwsEc2VolumeDetails(TypedDict, total=False):
    CreateTime: S
    DeviceName: S
    Encrypted: B
    Size: I
    SnapshotId: S
    Status: S
    KmsKeyId: S
    Attachments: L[Xi[AwsEc2VolumeAttachment]]
    VolumeId: S
    VolumeType: S
    VolumeScanStatus: S

class CidrBlockAssociation(TypedDict, total=False):
    AssociationId: S
    CidrBlock: S
    CidrBlockState: S

class Ipv6CidrBlockAssociation(TypedDict, total=False):
    AssociationId: S
    Ipv6CidrBlock: S
    CidrBlockState: S

class AwsEc2VpcDetails(TypedDict, total=False):
    CidrBlockAssociationSet: L[Xi[CidrBlockAssociation]]
    Ipv6CidrBlockAssociationSet: L[Xi[Ipv6CidrBlockAssociation]]
    DhcpOptionsId: S
    State: S

class AwsEc2EipDetails(TypedDict, total=False):
    InstanceId: S
    PublicIp: S
    AllocationId: S
    AssociationId: S
    Domain: S
    PublicIpv4Pool: S
    NetworkBorderGroup: S
    NetworkInterfaceId: S
    NetworkInterfaceOwnerId: S
    PrivateIpAddress: S

class AwsEc2SubnetDetails(TypedDict, total=False):
    AssignIpv6AddressOnCreation: B
    AvailabilityZone: S
    AvailabilityZoneId: S
    AvailableIpAddressCount: I
    CidrBlock: S
    DefaultForAz: B
    MapPublicIpOnLaunch: B
    OwnerId: S
    State: S
    SubnetArn: S
    SubnetId: S
    VpcId: S
    Ipv6CidrBlockAssociationSet: L[Xi[Ipv6CidrBlockAssociation]]

class AwsEc2NetworkAclAssociation(TypedDict, total=False):
    NetworkAclAssociationId: S
    NetworkAclId: S
    SubnetId: S

class IcmpTypeCode(TypedDict, total=False):
    Code: I
    Type: I

class PortRangeFromTo(TypedDict, total=False):
    From: I
    To: I

class AwsEc2NetworkAclEntry(TypedDict, total=False):
    CidrBlock: S
    Egress: B
    IcmpTypeCode: X[IcmpTypeCode]
    Ipv6CidrBlock: S
    PortRange: X[PortRangeFromTo]
    Protocol: S
    RuleAction: S
    RuleNumber: I

class AwsEc2NetworkAclDetails(TypedDict, total=False):
    IsDefault: B
    NetworkAclId: S
    OwnerId: S
    VpcId: S
    Associations: L[Xi[AwsEc2NetworkAclAssociation]]
    Entries: L[Xi[AwsEc2NetworkAclEntry]]

class AvailabilityZone(TypedDict, total=False):
    ZoneName: S
    SubnetId: S

class LoadBalancerState(TypedDict, total=False):
    Code: S
    Reason: S

class AwsElbv2LoadBalancerAttribute(TypedDict, total=False):
    Key: S
    Value: S

class AwsElbv2LoadBalancerDetails(TypedDict, total=False):
    AvailabilityZones: L[Xi[AvailabilityZone]]
    CanonicalHostedZoneId: S
    CreatedTime: S
    DnsName: S
    IpAddressType: S
    Scheme: S
    SecurityGroups: L[Si]
    State: X[LoadBalancerState]
    Type: S
    VpcId: S
    LoadBalancerAttributes: L[Xi[AwsElbv2LoadBalancerAttribute]]

class AwsElasticBeanstalkEnvironmentEnvironmentLink(TypedDict, total=False):
    EnvironmentName: S
    LinkName: S

class AwsElasticBeanstalkEnvironmentOptionSetting(TypedDict, total=False):
    Namespace: S
    OptionName: S
    ResourceName: S
    Value: S

class AwsElasticBeanstalkEnvironmentTier(TypedDict, total=False):
    Name: S
    Type: S
    Version: S

class AwsElasticBeanstalkEnvironmentDetails(TypedDict, total=False):
    ApplicationName: S
    Cname: S
    DateCreated: S
    DateUpdated: S
    Description: S
    EndpointUrl: S
    EnvironmentArn: S
    EnvironmentId: S
    EnvironmentLinks: L[Xi[AwsElasticBeanstalkEnvironmentEnvironmentLink]]
    EnvironmentName: S
    OptionSettings: L[Xi[AwsElasticBeanstalkEnvironmentOptionSetting]]
    PlatformArn: S
    SolutionStackName: S
    Status: S
    Tier: X[AwsElasticBeanstalkEnvironmentTier]
    VersionLabel: S

class AwsElasticsearchDomainDomainEndpointOptions(TypedDict, total=False):
    EnforceHTTPS: B
    TlsSecurityPolicy: S

class AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails(
    TypedDict, total=False
):
    AvailabilityZoneCount: I

class AwsElasticsearchDomainElasticsearchClusterConfigDetails(TypedDict, total=False):
    DedicatedMasterCount: I
    DedicatedMasterEnabled: B
    DedicatedMasterType: S
    InstanceCount: I
    InstanceType: S
    ZoneAwarenessConfig: X[
        AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails
    ]
    ZoneAwarenessEnabled: B

class AwsElasticsearchDomainEncryptionAtRestOptions(TypedDict, total=False):
    Enabled: B
    KmsKeyId: S

class AwsElasticsearchDomainLogPublishingOptionsLogConfig(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: S
    Enabled: B

class AwsElasticsearchDomainLogPublishingOptions(TypedDict, total=False):
    IndexSlowLogs: X[AwsElasticsearchDomainLogPublishingOptionsLogConfig]
    SearchSlowLogs: X[AwsElasticsearchDomainLogPublishingOptionsLogConfig]
    AuditLogs: X[AwsElasticsearchDomainLogPublishingOptionsLogConfig]

class AwsElasticsearchDomainNodeToNodeEncryptionOptions(TypedDict, total=False):
    Enabled: B

class AwsElasticsearchDomainServiceSoftwareOptions(TypedDict, total=False):
    AutomatedUpdateDate: S
    Cancellable: B
    CurrentVersion: S
    Description: S
    NewVersion: S
    UpdateAvailable: B
    UpdateStatus: S

class AwsElasticsearchDomainVPCOptions(TypedDict, total=False):
    AvailabilityZones: L[Si]
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    VpcId: S

class AwsElasticsearchDomainDetails(TypedDict, total=False):
    AccessPolicies: S
    DomainEndpointOptions: X[AwsElasticsearchDomainDomainEndpointOptions]
    DomainId: S
    DomainName: S
    Endpoint: S
    Endpoints: M[S]
    ElasticsearchVersion: S
    ElasticsearchClusterConfig: X[AwsElasticsearchDomainElasticsearchClusterConfigDetails]
    EncryptionAtRestOptions: X[AwsElasticsearchDomainEncryptionAtRestOptions]
    LogPublishingOptions: X[AwsElasticsearchDomainLogPublishingOptions]
    NodeToNodeEncryptionOptions: X[AwsElasticsearchDomainNodeToNodeEncryptionOptions]
    ServiceSoftwareOptions: X[AwsElasticsearchDomainServiceSoftwareOptions]
    VpcOptions: X[AwsElasticsearchDomainVPCOptions]

class AwsS3BucketServerSideEncryptionByDefault(TypedDict, total=False):
    SseAlgorithm: S
    KmsMasterKeyID: S

class AwsS3BucketServerSideEncryptionRule(TypedDict, total=False):
    ApplyServerSideEncryptionByDefault: X[AwsS3BucketServerSideEncryptionByDefault]

class AwsS3BucketServerSideEncryptionConfiguration(TypedDict, total=False):
    Rules: L[Xi[AwsS3BucketServerSideEncryptionRule]]

class AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails(
    TypedDict, total=False
):
    DaysAfterInitiation: I

class AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails(
    TypedDict, total=False
):
    Key: S
    Value: S

class AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails(
    TypedDict, total=False
):
    Prefix: S
    Tag: X[AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails]
    Type: S

class AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails(TypedDict, total=False):
    Key: S
    Value: S

class AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails(TypedDict, total=False):
    Operands: L[Xi[AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails]]
    Prefix: S
    Tag: X[AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails]
    Type: S

class AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails(TypedDict, total=False):
    Predicate: X[AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails]

class AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails(
    TypedDict, total=False
):
    Days: I
    StorageClass: S

class AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails(TypedDict, total=False):
    Date: S
    Days: I
    StorageClass: S

class AwsS3BucketBucketLifecycleConfigurationRulesDetails(TypedDict, total=False):
    AbortIncompleteMultipartUpload: X[
        AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails
    ]
    ExpirationDate: S
    ExpirationInDays: I
    ExpiredObjectDeleteMarker: B
    Filter: X[AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails]
    Id: S
    NoncurrentVersionExpirationInDays: I
    NoncurrentVersionTransitions: L[
        Xi[AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails]
    ]
    Prefix: S
    Status: S
    Transitions: L[Xi[AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails]]

class AwsS3BucketBucketLifecycleConfigurationDetails(TypedDict, total=False):
    Rules: L[Xi[AwsS3BucketBucketLifecycleConfigurationRulesDetails]]

class AwsS3AccountPublicAccessBlockDetails(TypedDict, total=False):
    BlockPublicAcls: B
    BlockPublicPolicy: B
    IgnorePublicAcls: B
    RestrictPublicBuckets: B

class AwsS3BucketLoggingConfiguration(TypedDict, total=False):
    DestinationBucketName: S
    LogFilePrefix: S

class AwsS3BucketWebsiteConfigurationRedirectTo(TypedDict, total=False):
    Hostname: S
    Protocol: S

class AwsS3BucketWebsiteConfigurationRoutingRuleCondition(TypedDict, total=False):
    HttpErrorCodeReturnedEquals: S
    KeyPrefixEquals: S

class AwsS3BucketWebsiteConfigurationRoutingRuleRedirect(TypedDict, total=False):
    Hostname: S
    HttpRedirectCode: S
    Protocol: S
    ReplaceKeyPrefixWith: S
    ReplaceKeyWith: S

class AwsS3BucketWebsiteConfigurationRoutingRule(TypedDict, total=False):
    Condition: X[AwsS3BucketWebsiteConfigurationRoutingRuleCondition]
    Redirect: X[AwsS3BucketWebsiteConfigurationRoutingRuleRedirect]

class AwsS3BucketWebsiteConfiguration(TypedDict, total=False):
    ErrorDocument: S
    IndexDocumentSuffix: S
    RedirectAllRequestsTo: X[AwsS3BucketWebsiteConfigurationRedirectTo]
    RoutingRules: L[Xi[AwsS3BucketWebsiteConfigurationRoutingRule]]

class AwsS3BucketNotificationConfigurationS3KeyFilterRule(TypedDict, total=False):
    Name: S
    Value: S

class AwsS3BucketNotificationConfigurationS3KeyFilter(TypedDict, total=False):
    FilterRules: L[Xi[AwsS3BucketNotificationConfigurationS3KeyFilterRule]]

class AwsS3BucketNotificationConfigurationFilter(TypedDict, total=False):
    S3KeyFilter: X[AwsS3BucketNotificationConfigurationS3KeyFilter]

class AwsS3BucketNotificationConfigurationDetail(TypedDict, total=False):
    Events: L[Si]
    Filter: X[AwsS3BucketNotificationConfigurationFilter]
    Destination: S
    Type: S

class AwsS3BucketNotificationConfiguration(TypedDict, total=False):
    Configurations: L[Xi[AwsS3BucketNotificationConfigurationDetail]]

class AwsS3BucketBucketVersioningConfiguration(TypedDict, total=False):
    IsMfaDeleteEnabled: B
    Status: S

class AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails(TypedDict, total=False):
    Days: I
    Mode: S
    Years: I

class AwsS3BucketObjectLockConfigurationRuleDetails(TypedDict, total=False):
    DefaultRetention: X[AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails]

class AwsS3BucketObjectLockConfiguration(TypedDict, total=False):
    ObjectLockEnabled: S
    Rule: X[AwsS3BucketObjectLockConfigurationRuleDetails]

class AwsS3BucketDetails(TypedDict, total=False):
    OwnerId: S
    OwnerName: S
    OwnerAccountId: S
    CreatedAt: S
    ServerSideEncryptionConfiguration: X[AwsS3BucketServerSideEncryptionConfiguration]
    BucketLifecycleConfiguration: X[AwsS3BucketBucketLifecycleConfigurationDetails]
    PublicAccessBlockConfiguration: X[AwsS3AccountPublicAccessBlockDetails]
    AccessControlList: S
    BucketLoggingConfiguration: X[AwsS3BucketLoggingConfiguration]
    BucketWebsiteConfiguration: X[AwsS3BucketWebsiteConfiguration]
    BucketNotificationConfiguration: X[AwsS3BucketNotificationConfiguration]
    BucketVersioningConfiguration: X[AwsS3BucketBucketVersioningConfiguration]
    ObjectLockConfiguration: X[AwsS3BucketObjectLockConfiguration]
    Name: S

class AwsS3ObjectDetails(TypedDict, total=False):
    LastModified: S
    ETag: S
    VersionId: S
    ContentType: S
    ServerSideEncryption: S
    SsekmsKeyId: S

class AwsSecretsManagerSecretRotationRules(TypedDict, total=False):
    AutomaticallyAfterDays: I

class AwsSecretsManagerSecretDetails(TypedDict, total=False):
    RotationRules: X[AwsSecretsManagerSecretRotationRules]
    RotationOccurredWithinFrequency: B
    KmsKeyId: S
    RotationEnabled: B
    RotationLambdaArn: S
    Deleted: B
    Name: S
    Description: S

class AwsIamAccessKeySessionContextAttributes(TypedDict, total=False):
    MfaAuthenticated: B
    CreationDate: S

class AwsIamAccessKeySessionContextSessionIssuer(TypedDict, total=False):
    Type: S
    PrincipalId: S
    Arn: S
    AccountId: S
    UserName: S

class AwsIamAccessKeySessionContext(TypedDict, total=False):
    Attributes: X[AwsIamAccessKeySessionContextAttributes]
    SessionIssuer: X[AwsIamAccessKeySessionContextSessionIssuer]

class AwsIamAccessKeyDetails(TypedDict, total=False):
    UserName: S
    Status: S
    CreatedAt: S
    PrincipalId: S
    PrincipalType: S
    PrincipalName: S
    AccountId: S
    AccessKeyId: S
    SessionContext: X[AwsIamAccessKeySessionContext]

class AwsIamAttachedManagedPolicy(TypedDict, total=False):
    PolicyName: S
    PolicyArn: S

class AwsIamPermissionsBoundary(TypedDict, total=False):
    PermissionsBoundaryArn: S
    PermissionsBoundaryType: S

class AwsIamUserPolicy(TypedDict, total=False):
    PolicyName: S

class AwsIamUserDetails(TypedDict, total=False):
    AttachedManagedPolicies: L[Xi[AwsIamAttachedManagedPolicy]]
    CreateDate: S
    GroupList: L[Si]
    Path: S
    PermissionsBoundary: X[AwsIamPermissionsBoundary]
    UserId: S
    UserName: S
    UserPolicyList: L[Xi[AwsIamUserPolicy]]

class AwsIamPolicyVersion(TypedDict, total=False):
    VersionId: S
    IsDefaultVersion: B
    CreateDate: S

class AwsIamPolicyDetails(TypedDict, total=False):
    AttachmentCount: I
    CreateDate: S
    DefaultVersionId: S
    Description: S
    IsAttachable: B
    Path: S
    PermissionsBoundaryUsageCount: I
    PolicyId: S
    PolicyName: S
    PolicyVersionList: L[Xi[AwsIamPolicyVersion]]
    UpdateDate: S

class AwsApiGatewayV2RouteSettings(TypedDict, total=False):
    DetailedMetricsEnabled: B
    LoggingLevel: S
    DataTraceEnabled: B
    ThrottlingBurstLimit: I
    ThrottlingRateLimit: F

class AwsApiGatewayAccessLogSettings(TypedDict, total=False):
    Format: S
    DestinationArn: S

class AwsApiGatewayV2StageDetails(TypedDict, total=False):
    ClientCertificateId: S
    CreatedDate: S
    Description: S
    DefaultRouteSettings: X[AwsApiGatewayV2RouteSettings]
    DeploymentId: S
    LastUpdatedDate: S
    RouteSettings: X[AwsApiGatewayV2RouteSettings]
    StageName: S
    StageVariables: M[S]
    AccessLogSettings: X[AwsApiGatewayAccessLogSettings]
    AutoDeploy: B
    LastDeploymentStatusMessage: S
    ApiGatewayManaged: B

class AwsCorsConfiguration(TypedDict, total=False):
    AllowOrigins: L[Si]
    AllowCredentials: B
    ExposeHeaders: L[Si]
    MaxAge: I
    AllowMethods: L[Si]
    AllowHeaders: L[Si]

class AwsApiGatewayV2ApiDetails(TypedDict, total=False):
    ApiEndpoint: S
    ApiId: S
    ApiKeySelectionExpression: S
    CreatedDate: S
    Description: S
    Version: S
    Name: S
    ProtocolType: S
    RouteSelectionExpression: S
    CorsConfiguration: X[AwsCorsConfiguration]

class AwsDynamoDbTableAttributeDefinition(TypedDict, total=False):
    AttributeName: S
    AttributeType: S

class AwsDynamoDbTableBillingModeSummary(TypedDict, total=False):
    BillingMode: S
    LastUpdateToPayPerRequestDateTime: S

class AwsDynamoDbTableKeySchema(TypedDict, total=False):
    AttributeName: S
    KeyType: S

class AwsDynamoDbTableProjection(TypedDict, total=False):
    NonKeyAttributes: L[Si]
    ProjectionType: S

class AwsDynamoDbTableProvisionedThroughput(TypedDict, total=False):
    LastDecreaseDateTime: S
    LastIncreaseDateTime: S
    NumberOfDecreasesToday: I
    ReadCapacityUnits: I
    WriteCapacityUnits: I

class AwsDynamoDbTableGlobalSecondaryIndex(TypedDict, total=False):
    Backfilling: B
    IndexArn: S
    IndexName: S
    IndexSizeBytes: I
    IndexStatus: S
    ItemCount: I
    KeySchema: L[Xi[AwsDynamoDbTableKeySchema]]
    Projection: X[AwsDynamoDbTableProjection]
    ProvisionedThroughput: X[AwsDynamoDbTableProvisionedThroughput]

class AwsDynamoDbTableLocalSecondaryIndex(TypedDict, total=False):
    IndexArn: S
    IndexName: S
    KeySchema: L[Xi[AwsDynamoDbTableKeySchema]]
    Projection: X[AwsDynamoDbTableProjection]

class AwsDynamoDbTableProvisionedThroughputOverride(TypedDict, total=False):
    ReadCapacityUnits: I

class AwsDynamoDbTableReplicaGlobalSecondaryIndex(TypedDict, total=False):
    IndexName: S
    ProvisionedThroughputOverride: X[AwsDynamoDbTableProvisionedThroughputOverride]

class AwsDynamoDbTableReplica(TypedDict, total=False):
    GlobalSecondaryIndexes: L[Xi[AwsDynamoDbTableReplicaGlobalSecondaryIndex]]
    KmsMasterKeyId: S
    ProvisionedThroughputOverride: X[AwsDynamoDbTableProvisionedThroughputOverride]
    RegionName: S
    ReplicaStatus: S
    ReplicaStatusDescription: S

class AwsDynamoDbTableRestoreSummary(TypedDict, total=False):
    SourceBackupArn: S
    SourceTableArn: S
    RestoreDateTime: S
    RestoreInProgress: B

class AwsDynamoDbTableSseDescription(TypedDict, total=False):
    InaccessibleEncryptionDateTime: S
    Status: S
    SseType: S
    KmsMasterKeyArn: S

class AwsDynamoDbTableStreamSpecification(TypedDict, total=False):
    StreamEnabled: B
    StreamViewType: S

class AwsDynamoDbTableDetails(TypedDict, total=False):
    AttributeDefinitions: L[Xi[AwsDynamoDbTableAttributeDefinition]]
    BillingModeSummary: X[AwsDynamoDbTableBillingModeSummary]
    CreationDateTime: S
    GlobalSecondaryIndexes: L[Xi[AwsDynamoDbTableGlobalSecondaryIndex]]
    GlobalTableVersion: S
    ItemCount: I
    KeySchema: L[Xi[AwsDynamoDbTableKeySchema]]
    LatestStreamArn: S
    LatestStreamLabel: S
    LocalSecondaryIndexes: L[Xi[AwsDynamoDbTableLocalSecondaryIndex]]
    ProvisionedThroughput: X[AwsDynamoDbTableProvisionedThroughput]
    Replicas: L[Xi[AwsDynamoDbTableReplica]]
    RestoreSummary: X[AwsDynamoDbTableRestoreSummary]
    SseDescription: X[AwsDynamoDbTableSseDescription]
    StreamSpecification: X[AwsDynamoDbTableStreamSpecification]
    TableId: S
    TableName: S
    TableSizeBytes: I
    TableStatus: S
    DeletionProtectionEnabled: B

class AwsApiGatewayMethodSettings(TypedDict, total=False):
    MetricsEnabled: B
    LoggingLevel: S
    DataTraceEnabled: B
    ThrottlingBurstLimit: I
    ThrottlingRateLimit: F
    CachingEnabled: B
    CacheTtlInSeconds: I
    CacheDataEncrypted: B
    RequireAuthorizationForCacheControl: B
    UnauthorizedCacheControlHeaderStrategy: S
    HttpMethod: S
    ResourcePath: S

class AwsApiGatewayCanarySettings(TypedDict, total=False):
    PercentTraffic: F
    DeploymentId: S
    StageVariableOverrides: M[S]
    UseStageCache: B

class AwsApiGatewayStageDetails(TypedDict, total=False):
    DeploymentId: S
    ClientCertificateId: S
    StageName: S
    Description: S
    CacheClusterEnabled: B
    CacheClusterSize: S
    CacheClusterStatus: S
    MethodSettings: L[Xi[AwsApiGatewayMethodSettings]]
    Variables: M[S]
    DocumentationVersion: S
    AccessLogSettings: X[AwsApiGatewayAccessLogSettings]
    CanarySettings: X[AwsApiGatewayCanarySettings]
    TracingEnabled: B
    CreatedDate: S
    LastUpdatedDate: S
    WebAclArn: S

class AwsApiGatewayEndpointConfiguration(TypedDict, total=False):
    Types: L[Si]

class AwsApiGatewayRestApiDetails(TypedDict, total=False):
    Id: S
    Name: S
    Description: S
    CreatedDate: S
    Version: S
    BinaryMediaTypes: L[Si]
    MinimumCompressionSize: I
    ApiKeySource: S
    EndpointConfiguration: X[AwsApiGatewayEndpointConfiguration]

class AwsCloudTrailTrailDetails(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: S
    CloudWatchLogsRoleArn: S
    HasCustomEventSelectors: B
    HomeRegion: S
    IncludeGlobalServiceEvents: B
    IsMultiRegionTrail: B
    IsOrganizationTrail: B
    KmsKeyId: S
    LogFileValidationEnabled: B
    Name: S
    S3BucketName: S
    S3KeyPrefix: S
    SnsTopicArn: S
    SnsTopicName: S
    TrailArn: S

class AwsSsmComplianceSummary(TypedDict, total=False):
    Status: S
    CompliantCriticalCount: I
    CompliantHighCount: I
    CompliantMediumCount: I
    ExecutionType: S
    NonCompliantCriticalCount: I
    CompliantInformationalCount: I
    NonCompliantInformationalCount: I
    CompliantUnspecifiedCount: I
    NonCompliantLowCount: I
    NonCompliantHighCount: I
    CompliantLowCount: I
    ComplianceType: S
    PatchBaselineId: S
    OverallSeverity: S
    NonCompliantMediumCount: I
    NonCompliantUnspecifiedCount: I
    PatchGroup: S

class AwsSsmPatch(TypedDict, total=False):
    ComplianceSummary: X[AwsSsmComplianceSummary]

class AwsSsmPatchComplianceDetails(TypedDict, total=False):
    Patch: X[AwsSsmPatch]

class AwsCertificateManagerCertificateResourceRecord(TypedDict, total=False):
    Name: S
    Type: S
    Value: S

class AwsCertificateManagerCertificateDomainValidationOption(TypedDict, total=False):
    DomainName: S
    ResourceRecord: X[AwsCertificateManagerCertificateResourceRecord]
    ValidationDomain: S
    ValidationEmails: L[Si]
    ValidationMethod: S
    ValidationStatus: S

class AwsCertificateManagerCertificateExtendedKeyUsage(TypedDict, total=False):
    Name: S
    OId: S

class AwsCertificateManagerCertificateKeyUsage(TypedDict, total=False):
    Name: S

class AwsCertificateManagerCertificateOptions(TypedDict, total=False):
    CertificateTransparencyLoggingPreference: S

class AwsCertificateManagerCertificateRenewalSummary(TypedDict, total=False):
    DomainValidationOptions: L[Xi[AwsCertificateManagerCertificateDomainValidationOption]]
    RenewalStatus: S
    RenewalStatusReason: S
    UpdatedAt: S

class AwsCertificateManagerCertificateDetails(TypedDict, total=False):
    CertificateAuthorityArn: S
    CreatedAt: S
    DomainName: S
    DomainValidationOptions: L[Xi[AwsCertificateManagerCertificateDomainValidationOption]]
    ExtendedKeyUsages: L[Xi[AwsCertificateManagerCertificateExtendedKeyUsage]]
    FailureReason: S
    ImportedAt: S
    InUseBy: L[Si]
    IssuedAt: S
    Issuer: S
    KeyAlgorithm: S
    KeyUsages: L[Xi[AwsCertificateManagerCertificateKeyUsage]]
    NotAfter: S
    NotBefore: S
    Options: X[AwsCertificateManagerCertificateOptions]
    RenewalEligibility: S
    RenewalSummary: X[AwsCertificateManagerCertificateRenewalSummary]
    Serial: S
    SignatureAlgorithm: S
    Status: S
    Subject: S
    SubjectAlternativeNames: L[Si]
    Type: S

class AwsRedshiftClusterClusterNode(TypedDict, total=False):
    NodeRole: S
    PrivateIpAddress: S
    PublicIpAddress: S

class AwsRedshiftClusterClusterParameterStatus(TypedDict, total=False):
    ParameterName: S
    ParameterApplyStatus: S
    ParameterApplyErrorDescription: S

class AwsRedshiftClusterClusterParameterGroup(TypedDict, total=False):
    ClusterParameterStatusList: L[Xi[AwsRedshiftClusterClusterParameterStatus]]
    ParameterApplyStatus: S
    ParameterGroupName: S

class AwsRedshiftClusterClusterSecurityGroup(TypedDict, total=False):
    ClusterSecurityGroupName: S
    Status: S

class AwsRedshiftClusterClusterSnapshotCopyStatus(TypedDict, total=False):
    DestinationRegion: S
    ManualSnapshotRetentionPeriod: I
    RetentionPeriod: I
    SnapshotCopyGrantName: S

class AwsRedshiftClusterDeferredMaintenanceWindow(TypedDict, total=False):
    DeferMaintenanceEndTime: S
    DeferMaintenanceIdentifier: S
    DeferMaintenanceStartTime: S

class AwsRedshiftClusterElasticIpStatus(TypedDict, total=False):
    ElasticIp: S
    Status: S

class AwsRedshiftClusterEndpoint(TypedDict, total=False):
    Address: S
    Port: I

class AwsRedshiftClusterHsmStatus(TypedDict, total=False):
    HsmClientCertificateIdentifier: S
    HsmConfigurationIdentifier: S
    Status: S

class AwsRedshiftClusterIamRole(TypedDict, total=False):
    ApplyStatus: S
    IamRoleArn: S

class AwsRedshiftClusterPendingModifiedValues(TypedDict, total=False):
    AutomatedSnapshotRetentionPeriod: I
    ClusterIdentifier: S
    ClusterType: S
    ClusterVersion: S
    EncryptionType: S
    EnhancedVpcRouting: B
    MaintenanceTrackName: S
    MasterUserPassword: S
    NodeType: S
    NumberOfNodes: I
    PubliclyAccessible: B

class AwsRedshiftClusterResizeInfo(TypedDict, total=False):
    AllowCancelResize: B
    ResizeType: S

class AwsRedshiftClusterRestoreStatus(TypedDict, total=False):
    CurrentRestoreRateInMegaBytesPerSecond: F
    ElapsedTimeInSeconds: I
    EstimatedTimeToCompletionInSeconds: I
    ProgressInMegaBytes: I
    SnapshotSizeInMegaBytes: I
    Status: S

class AwsRedshiftClusterVpcSecurityGroup(TypedDict, total=False):
    Status: S
    VpcSecurityGroupId: S

class AwsRedshiftClusterLoggingStatus(TypedDict, total=False):
    BucketName: S
    LastFailureMessage: S
    LastFailureTime: S
    LastSuccessfulDeliveryTime: S
    LoggingEnabled: B
    S3KeyPrefix: S

class AwsRedshiftClusterDetails(TypedDict, total=False):
    AllowVersionUpgrade: B
    AutomatedSnapshotRetentionPeriod: I
    AvailabilityZone: S
    ClusterAvailabilityStatus: S
    ClusterCreateTime: S
    ClusterIdentifier: S
    ClusterNodes: L[Xi[AwsRedshiftClusterClusterNode]]
    ClusterParameterGroups: L[Xi[AwsRedshiftClusterClusterParameterGroup]]
    ClusterPublicKey: S
    ClusterRevisionNumber: S
    ClusterSecurityGroups: L[Xi[AwsRedshiftClusterClusterSecurityGroup]]
    ClusterSnapshotCopyStatus: X[AwsRedshiftClusterClusterSnapshotCopyStatus]
    ClusterStatus: S
    ClusterSubnetGroupName: S
    ClusterVersion: S
    DbName: S
    DeferredMaintenanceWindows: L[Xi[AwsRedshiftClusterDeferredMaintenanceWindow]]
    ElasticIpStatus: X[AwsRedshiftClusterElasticIpStatus]
    ElasticResizeNumberOfNodeOptions: S
    Encrypted: B
    Endpoint: X[AwsRedshiftClusterEndpoint]
    EnhancedVpcRouting: B
    ExpectedNextSnapshotScheduleTime: S
    ExpectedNextSnapshotScheduleTimeStatus: S
    HsmStatus: X[AwsRedshiftClusterHsmStatus]
    IamRoles: L[Xi[AwsRedshiftClusterIamRole]]
    KmsKeyId: S
    MaintenanceTrackName: S
    ManualSnapshotRetentionPeriod: I
    MasterUsername: S
    NextMaintenanceWindowStartTime: S
    NodeType: S
    NumberOfNodes: I
    PendingActions: L[Si]
    PendingModifiedValues: X[AwsRedshiftClusterPendingModifiedValues]
    PreferredMaintenanceWindow: S
    PubliclyAccessible: B
    ResizeInfo: X[AwsRedshiftClusterResizeInfo]
    RestoreStatus: X[AwsRedshiftClusterRestoreStatus]
    SnapshotScheduleIdentifier: S
    SnapshotScheduleState: S
    VpcId: S
    VpcSecurityGroups: L[Xi[AwsRedshiftClusterVpcSecurityGroup]]
    LoggingStatus: X[AwsRedshiftClusterLoggingStatus]

class AwsElbLoadBalancerBackendServerDescription(TypedDict, total=False):
    InstancePort: I
    PolicyNames: L[Si]

class AwsElbLoadBalancerHealthCheck(TypedDict, total=False):
    HealthyThreshold: I
    Interval: I
    Target: S
    Timeout: I
    UnhealthyThreshold: I

class AwsElbLoadBalancerInstance(TypedDict, total=False):
    InstanceId: S

class AwsElbLoadBalancerListener(TypedDict, total=False):
    InstancePort: I
    InstanceProtocol: S
    LoadBalancerPort: I
    Protocol: S
    SslCertificateId: S

class AwsElbLoadBalancerListenerDescription(TypedDict, total=False):
    Listener: X[AwsElbLoadBalancerListener]
    PolicyNames: L[Si]

class AwsElbLoadBalancerAccessLog(TypedDict, total=False):
    EmitInterval: I
    Enabled: B
    S3BucketName: S
    S3BucketPrefix: S

class AwsElbLoadBalancerConnectionDraining(TypedDict, total=False):
    Enabled: B
    Timeout: I

class AwsElbLoadBalancerConnectionSettings(TypedDict, total=False):
    IdleTimeout: I

class AwsElbLoadBalancerCrossZoneLoadBalancing(TypedDict, total=False):
    Enabled: B

class AwsElbLoadBalancerAdditionalAttribute(TypedDict, total=False):
    Key: S
    Value: S

class AwsElbLoadBalancerAttributes(TypedDict, total=False):
    AccessLog: X[AwsElbLoadBalancerAccessLog]
    ConnectionDraining: X[AwsElbLoadBalancerConnectionDraining]
    ConnectionSettings: X[AwsElbLoadBalancerConnectionSettings]
    CrossZoneLoadBalancing: X[AwsElbLoadBalancerCrossZoneLoadBalancing]
    AdditionalAttributes: L[Xi[AwsElbLoadBalancerAdditionalAttribute]]

class AwsElbAppCookieStickinessPolicy(TypedDict, total=False):
    CookieName: S
    PolicyName: S

class AwsElbLbCookieStickinessPolicy(TypedDict, total=False):
    CookieExpirationPeriod: I
    PolicyName: S

class AwsElbLoadBalancerPolicies(TypedDict, total=False):
    AppCookieStickinessPolicies: L[Xi[AwsElbAppCookieStickinessPolicy]]
    LbCookieStickinessPolicies: L[Xi[AwsElbLbCookieStickinessPolicy]]
    OtherPolicies: L[Si]

class AwsElbLoadBalancerSourceSecurityGroup(TypedDict, total=False):
    GroupName: S
    OwnerAlias: S

class AwsElbLoadBalancerDetails(TypedDict, total=False):
    AvailabilityZones: L[Si]
    BackendServerDescriptions: L[Xi[AwsElbLoadBalancerBackendServerDescription]]
    CanonicalHostedZoneName: S
    CanonicalHostedZoneNameID: S
    CreatedTime: S
    DnsName: S
    HealthCheck: X[AwsElbLoadBalancerHealthCheck]
    Instances: L[Xi[AwsElbLoadBalancerInstance]]
    ListenerDescriptions: L[Xi[AwsElbLoadBalancerListenerDescription]]
    LoadBalancerAttributes: X[AwsElbLoadBalancerAttributes]
    LoadBalancerName: S
    Policies: X[AwsElbLoadBalancerPolicies]
    Scheme: S
    SecurityGroups: L[Si]
    SourceSecurityGroup: X[AwsElbLoadBalancerSourceSecurityGroup]
    Subnets: L[Si]
    VpcId: S

class AwsIamGroupPolicy(TypedDict, total=False):
    PolicyName: S

class AwsIamGroupDetails(TypedDict, total=False):
    AttachedManagedPolicies: L[Xi[AwsIamAttachedManagedPolicy]]
    CreateDate: S
    GroupId: S
    GroupName: S
    GroupPolicyList: L[Xi[AwsIamGroupPolicy]]
    Path: S

class AwsIamInstanceProfileRole(TypedDict, total=False):
    Arn: S
    AssumeRolePolicyDocument: S
    CreateDate: S
    Path: S
    RoleId: S
    RoleName: S

class AwsIamInstanceProfile(TypedDict, total=False):
    Arn: S
    CreateDate: S
    InstanceProfileId: S
    InstanceProfileName: S
    Path: S
    Roles: L[Xi[AwsIamInstanceProfileRole]]

class AwsIamRolePolicy(TypedDict, total=False):
    PolicyName: S

class AwsIamRoleDetails(TypedDict, total=False):
    AssumeRolePolicyDocument: S
    AttachedManagedPolicies: L[Xi[AwsIamAttachedManagedPolicy]]
    CreateDate: S
    InstanceProfileList: L[Xi[AwsIamInstanceProfile]]
    PermissionsBoundary: X[AwsIamPermissionsBoundary]
    RoleId: S
    RoleName: S
    RolePolicyList: L[Xi[AwsIamRolePolicy]]
    MaxSessionDuration: I
    Path: S

class AwsKmsKeyDetails(TypedDict, total=False):
    AwsAccountId: S
    CreationDate: F
    KeyId: S
    KeyManager: S
    KeyState: S
    Origin: S
    Description: S
    KeyRotationStatus: B

class AwsLambdaFunctionCode(TypedDict, total=False):
    S3Bucket: S
    S3Key: S
    S3ObjectVersion: S
    ZipFile: S

class AwsLambdaFunctionDeadLetterConfig(TypedDict, total=False):
    TargetArn: S

class AwsLambdaFunctionEnvironmentError(TypedDict, total=False):
    ErrorCode: S
    Message: S

class AwsLambdaFunctionEnvironment(TypedDict, total=False):
    Variables: M[S]
    Error: X[AwsLambdaFunctionEnvironmentError]

class AwsLambdaFunctionLayer(TypedDict, total=False):
    Arn: S
    CodeSize: I

class AwsLambdaFunctionTracingConfig(TypedDict, total=False):
    Mode: S

class AwsLambdaFunctionVpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    VpcId: S

class AwsLambdaFunctionDetails(TypedDict, total=False):
    Code: X[AwsLambdaFunctionCode]
    CodeSha256: S
    DeadLetterConfig: X[AwsLambdaFunctionDeadLetterConfig]
    Environment: X[AwsLambdaFunctionEnvironment]
    FunctionName: S
    Handler: S
    KmsKeyArn: S
    LastModified: S
    Layers: L[Xi[AwsLambdaFunctionLayer]]
    MasterArn: S
    MemorySize: I
    RevisionId: S
    Role: S
    Runtime: S
    Timeout: I
    TracingConfig: X[AwsLambdaFunctionTracingConfig]
    VpcConfig: X[AwsLambdaFunctionVpcConfig]
    Version: S
    Architectures: L[Si]
    PackageType: S

class AwsLambdaLayerVersionDetails(TypedDict, total=False):
    Version: I
    CompatibleRuntimes: L[Si]
    CreatedDate: S

class AwsRdsDbInstanceAssociatedRole(TypedDict, total=False):
    RoleArn: S
    FeatureName: S
    Status: S

class AwsRdsDbInstanceEndpoint(TypedDict, total=False):
    Address: S
    Port: I
    HostedZoneId: S

class AwsRdsDbInstanceVpcSecurityGroup(TypedDict, total=False):
    VpcSecurityGroupId: S
    Status: S

class AwsRdsDbParameterGroup(TypedDict, total=False):
    DbParameterGroupName: S
    ParameterApplyStatus: S

class AwsRdsDbSubnetGroupSubnetAvailabilityZone(TypedDict, total=False):
    Name: S

class AwsRdsDbSubnetGroupSubnet(TypedDict, total=False):
    SubnetIdentifier: S
    SubnetAvailabilityZone: X[AwsRdsDbSubnetGroupSubnetAvailabilityZone]
    SubnetStatus: S

class AwsRdsDbSubnetGroup(TypedDict, total=False):
    DbSubnetGroupName: S
    DbSubnetGroupDescription: S
    VpcId: S
    SubnetGroupStatus: S
    Subnets: L[Xi[AwsRdsDbSubnetGroupSubnet]]
    DbSubnetGroupArn: S

class AwsRdsPendingCloudWatchLogsExports(TypedDict, total=False):
    LogTypesToEnable: L[Si]
    LogTypesToDisable: L[Si]

class AwsRdsDbProcessorFeature(TypedDict, total=False):
    Name: S
    Value: S

class AwsRdsDbPendingModifiedValues(TypedDict, total=False):
    DbInstanceClass: S
    AllocatedStorage: I
    MasterUserPassword: S
    Port: I
    BackupRetentionPeriod: I
    MultiAZ: B
    EngineVersion: S
    LicenseModel: S
    Iops: I
    DbInstanceIdentifier: S
    StorageType: S
    CaCertificateIdentifier: S
    DbSubnetGroupName: S
    PendingCloudWatchLogsExports: X[AwsRdsPendingCloudWatchLogsExports]
    ProcessorFeatures: L[Xi[AwsRdsDbProcessorFeature]]

class AwsRdsDbOptionGroupMembership(TypedDict, total=False):
    OptionGroupName: S
    Status: S

class AwsRdsDbStatusInfo(TypedDict, total=False):
    StatusType: S
    Normal: B
    Status: S
    Message: S

class AwsRdsDbDomainMembership(TypedDict, total=False):
    Domain: S
    Status: S
    Fqdn: S
    IamRoleName: S

class AwsRdsDbInstanceDetails(TypedDict, total=False):
    AssociatedRoles: L[Xi[AwsRdsDbInstanceAssociatedRole]]
    CaCertificateIdentifier: S
    DbClusterIdentifier: S
    DbInstanceIdentifier: S
    DbInstanceClass: S
    DbInstancePort: I
    DbiResourceId: S
    DbName: S
    DeletionProtection: B
    Endpoint: X[AwsRdsDbInstanceEndpoint]
    Engine: S
    EngineVersion: S
    IamDatabaseAuthenticationEnabled: B
    InstanceCreateTime: S
    KmsKeyId: S
    PubliclyAccessible: B
    StorageEncrypted: B
    TdeCredentialArn: S
    VpcSecurityGroups: L[Xi[AwsRdsDbInstanceVpcSecurityGroup]]
    MultiAz: B
    EnhancedMonitoringResourceArn: S
    DbInstanceStatus: S
    MasterUsername: S
    AllocatedStorage: I
    PreferredBackupWindow: S
    BackupRetentionPeriod: I
    DbSecurityGroups: L[Si]
    DbParameterGroups: L[Xi[AwsRdsDbParameterGroup]]
    AvailabilityZone: S
    DbSubnetGroup: X[AwsRdsDbSubnetGroup]
    PreferredMaintenanceWindow: S
    PendingModifiedValues: X[AwsRdsDbPendingModifiedValues]
    LatestRestorableTime: S
    AutoMinorVersionUpgrade: B
    ReadReplicaSourceDBInstanceIdentifier: S
    ReadReplicaDBInstanceIdentifiers: L[Si]
    ReadReplicaDBClusterIdentifiers: L[Si]
    LicenseModel: S
    Iops: I
    OptionGroupMemberships: L[Xi[AwsRdsDbOptionGroupMembership]]
    CharacterSetName: S
    SecondaryAvailabilityZone: S
    StatusInfos: L[Xi[AwsRdsDbStatusInfo]]
    StorageType: S
    DomainMemberships: L[Xi[AwsRdsDbDomainMembership]]
    CopyTagsToSnapshot: B
    MonitoringInterval: I
    MonitoringRoleArn: S
    PromotionTier: I
    Timezone: S
    PerformanceInsightsEnabled: B
    PerformanceInsightsKmsKeyId: S
    PerformanceInsightsRetentionPeriod: I
    EnabledCloudWatchLogsExports: L[Si]
    ProcessorFeatures: L[Xi[AwsRdsDbProcessorFeature]]
    ListenerEndpoint: X[AwsRdsDbInstanceEndpoint]
    MaxAllocatedStorage: I

class AwsSnsTopicSubscription(TypedDict, total=False):
    Endpoint: S
    Protocol: S

class AwsSnsTopicDetails(TypedDict, total=False):
    KmsMasterKeyId: S
    Subscription: L[Xi[AwsSnsTopicSubscription]]
    TopicName: S
    Owner: S
    SqsSuccessFeedbackRoleArn: S
    SqsFailureFeedbackRoleArn: S
    ApplicationSuccessFeedbackRoleArn: S
    FirehoseSuccessFeedbackRoleArn: S
    FirehoseFailureFeedbackRoleArn: S
    HttpSuccessFeedbackRoleArn: S
    HttpFailureFeedbackRoleArn: S

class AwsSqsQueueDetails(TypedDict, total=False):
    KmsDataKeyReusePeriodSeconds: I
    KmsMasterKeyId: S
    QueueName: S
    DeadLetterTargetArn: S

class WafAction(TypedDict, total=False):
    Type: S

class WafExcludedRule(TypedDict, total=False):
    RuleId: S

class WafOverrideAction(TypedDict, total=False):
    Type: S

class AwsWafWebAclRule(TypedDict, total=False):
    Action: X[WafAction]
    ExcludedRules: L[Xi[WafExcludedRule]]
    OverrideAction: X[WafOverrideAction]
    Priority: I
    RuleId: S
    Type: S

class AwsWafWebAclDetails(TypedDict, total=False):
    Name: S
    DefaultAction: S
    Rules: L[Xi[AwsWafWebAclRule]]
    WebAclId: S

class AwsRdsDbSnapshotDetails(TypedDict, total=False):
    DbSnapshotIdentifier: S
    DbInstanceIdentifier: S
    SnapshotCreateTime: S
    Engine: S
    AllocatedStorage: I
    Status: S
    Port: I
    AvailabilityZone: S
    VpcId: S
    InstanceCreateTime: S
    MasterUsername: S
    EngineVersion: S
    LicenseModel: S
    SnapshotType: S
    Iops: I
    OptionGroupName: S
    PercentProgress: I
    SourceRegion: S
    SourceDbSnapshotIdentifier: S
    StorageType: S
    TdeCredentialArn: S
    Encrypted: B
    KmsKeyId: S
    Timezone: S
    IamDatabaseAuthenticationEnabled: B
    ProcessorFeatures: L[Xi[AwsRdsDbProcessorFeature]]
    DbiResourceId: S

class AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute(TypedDict, total=False):
    AttributeName: S
    AttributeValues: L[Si]

class AwsRdsDbClusterSnapshotDetails(TypedDict, total=False):
    AvailabilityZones: L[Si]
    SnapshotCreateTime: S
    Engine: S
    AllocatedStorage: I
    Status: S
    Port: I
    VpcId: S
    ClusterCreateTime: S
    MasterUsername: S
    EngineVersion: S
    LicenseModel: S
    SnapshotType: S
    PercentProgress: I
    StorageEncrypted: B
    KmsKeyId: S
    DbClusterIdentifier: S
    DbClusterSnapshotIdentifier: S
    IamDatabaseAuthenticationEnabled: B
    DbClusterSnapshotAttributes: L[Xi[AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute]]

class AwsRdsDbClusterAssociatedRole(TypedDict, total=False):
    RoleArn: S
    Status: S

class AwsRdsDbClusterOptionGroupMembership(TypedDict, total=False):
    DbClusterOptionGroupName: S
    Status: S

class AwsRdsDbClusterMember(TypedDict, total=False):
    IsClusterWriter: B
    PromotionTier: I
    DbInstanceIdentifier: S
    DbClusterParameterGroupStatus: S

class AwsRdsDbClusterDetails(TypedDict, total=False):
    AllocatedStorage: I
    AvailabilityZones: L[Si]
    BackupRetentionPeriod: I
    DatabaseName: S
    Status: S
    Endpoint: S
    ReaderEndpoint: S
    CustomEndpoints: L[Si]
    MultiAz: B
    Engine: S
    EngineVersion: S
    Port: I
    MasterUsername: S
    PreferredBackupWindow: S
    PreferredMaintenanceWindow: S
    ReadReplicaIdentifiers: L[Si]
    VpcSecurityGroups: L[Xi[AwsRdsDbInstanceVpcSecurityGroup]]
    HostedZoneId: S
    StorageEncrypted: B
    KmsKeyId: S
    DbClusterResourceId: S
    AssociatedRoles: L[Xi[AwsRdsDbClusterAssociatedRole]]
    ClusterCreateTime: S
    EnabledCloudWatchLogsExports: L[Si]
    EngineMode: S
    DeletionProtection: B
    HttpEndpointEnabled: B
    ActivityStreamStatus: S
    CopyTagsToSnapshot: B
    CrossAccountClone: B
    DomainMemberships: L[Xi[AwsRdsDbDomainMembership]]
    DbClusterParameterGroup: S
    DbSubnetGroup: S
    DbClusterOptionGroupMemberships: L[Xi[AwsRdsDbClusterOptionGroupMembership]]
    DbClusterIdentifier: S
    DbClusterMembers: L[Xi[AwsRdsDbClusterMember]]
    IamDatabaseAuthenticationEnabled: B
    AutoMinorVersionUpgrade: B

class AwsEcsClusterClusterSettingsDetails(TypedDict, total=False):
    Name: S
    Value: S

class AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails(
    TypedDict, total=False
):
    CloudWatchEncryptionEnabled: B
    CloudWatchLogGroupName: S
    S3BucketName: S
    S3EncryptionEnabled: B
    S3KeyPrefix: S

class AwsEcsClusterConfigurationExecuteCommandConfigurationDetails(TypedDict, total=False):
    KmsKeyId: S
    LogConfiguration: X[
        AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails
    ]
    Logging: S

class AwsEcsClusterConfigurationDetails(TypedDict, total=False):
    ExecuteCommandConfiguration: X[AwsEcsClusterConfigurationExecuteCommandConfigurationDetails]

class AwsEcsClusterDefaultCapacityProviderStrategyDetails(TypedDict, total=False):
    Base: I
    CapacityProvider: S
    Weight: I

class AwsEcsClusterDetails(TypedDict, total=False):
    ClusterArn: S
    ActiveServicesCount: I
    CapacityProviders: L[Si]
    ClusterSettings: L[Xi[AwsEcsClusterClusterSettingsDetails]]
    Configuration: X[AwsEcsClusterConfigurationDetails]
    DefaultCapacityProviderStrategy: L[Xi[AwsEcsClusterDefaultCapacityProviderStrategyDetails]]
    ClusterName: S
    RegisteredContainerInstancesCount: I
    RunningTasksCount: I
    Status: S

class AwsMountPoint(TypedDict, total=False):
    SourceVolume: S
    ContainerPath: S

class AwsEcsContainerDetails(TypedDict, total=False):
    Name: S
    Image: S
    MountPoints: L[Xi[AwsMountPoint]]
    Privileged: B

class AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails(TypedDict, total=False):
    Condition: S
    ContainerName: S

class AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails(TypedDict, total=False):
    Name: S
    Value: S

class AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails(TypedDict, total=False):
    Type: S
    Value: S

class AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails(TypedDict, total=False):
    Hostname: S
    IpAddress: S

class AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails(TypedDict, total=False):
    Options: M[S]
    Type: S

class AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails(TypedDict, total=False):
    Command: L[Si]
    Interval: I
    Retries: I
    StartPeriod: I
    Timeout: I

class AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails(
    TypedDict, total=False
):
    Add: L[Si]
    Drop: L[Si]

class AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails(TypedDict, total=False):
    ContainerPath: S
    HostPath: S
    Permissions: L[Si]

class AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails(TypedDict, total=False):
    ContainerPath: S
    MountOptions: L[Si]
    Size: I

class AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails(TypedDict, total=False):
    Capabilities: X[AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails]
    Devices: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails]]
    InitProcessEnabled: B
    MaxSwap: I
    SharedMemorySize: I
    Swappiness: I
    Tmpfs: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails]]

class AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails(
    TypedDict, total=False
):
    Name: S
    ValueFrom: S

class AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails(TypedDict, total=False):
    LogDriver: S
    Options: M[S]
    SecretOptions: L[
        Xi[AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails]
    ]

class AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails(TypedDict, total=False):
    ContainerPath: S
    ReadOnly: B
    SourceVolume: S

class AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails(TypedDict, total=False):
    ContainerPort: I
    HostPort: I
    Protocol: S

class AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails(TypedDict, total=False):
    CredentialsParameter: S

class AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails(TypedDict, total=False):
    Type: S
    Value: S

class AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails(TypedDict, total=False):
    Name: S
    ValueFrom: S

class AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails(TypedDict, total=False):
    Namespace: S
    Value: S

class AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails(TypedDict, total=False):
    HardLimit: I
    Name: S
    SoftLimit: I

class AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails(TypedDict, total=False):
    ReadOnly: B
    SourceContainer: S

class AwsEcsTaskDefinitionContainerDefinitionsDetails(TypedDict, total=False):
    Command: L[Si]
    Cpu: I
    DependsOn: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails]]
    DisableNetworking: B
    DnsSearchDomains: L[Si]
    DnsServers: L[Si]
    DockerLabels: M[S]
    DockerSecurityOptions: L[Si]
    EntryPoint: L[Si]
    Environment: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails]]
    EnvironmentFiles: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails]]
    Essential: B
    ExtraHosts: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails]]
    FirelensConfiguration: X[AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails]
    HealthCheck: X[AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails]
    Hostname: S
    Image: S
    Interactive: B
    Links: L[Si]
    LinuxParameters: X[AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails]
    LogConfiguration: X[AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails]
    Memory: I
    MemoryReservation: I
    MountPoints: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails]]
    Name: S
    PortMappings: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails]]
    Privileged: B
    PseudoTerminal: B
    ReadonlyRootFilesystem: B
    RepositoryCredentials: X[AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails]
    ResourceRequirements: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails]]
    Secrets: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails]]
    StartTimeout: I
    StopTimeout: I
    SystemControls: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails]]
    Ulimits: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails]]
    User: S
    VolumesFrom: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails]]
    WorkingDirectory: S

class AwsEcsTaskDefinitionInferenceAcceleratorsDetails(TypedDict, total=False):
    DeviceName: S
    DeviceType: S

class AwsEcsTaskDefinitionPlacementConstraintsDetails(TypedDict, total=False):
    Expression: S
    Type: S

class AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails(
    TypedDict, total=False
):
    Name: S
    Value: S

class AwsEcsTaskDefinitionProxyConfigurationDetails(TypedDict, total=False):
    ContainerName: S
    ProxyConfigurationProperties: L[
        Xi[AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails]
    ]
    Type: S

class AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails(TypedDict, total=False):
    Autoprovision: B
    Driver: S
    DriverOpts: M[S]
    Labels: M[S]
    Scope: S

class AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails(
    TypedDict, total=False
):
    AccessPointId: S
    Iam: S

class AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails(TypedDict, total=False):
    AuthorizationConfig: X[
        AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails
    ]
    FilesystemId: S
    RootDirectory: S
    TransitEncryption: S
    TransitEncryptionPort: I

class AwsEcsTaskDefinitionVolumesHostDetails(TypedDict, total=False):
    SourcePath: S

class AwsEcsTaskDefinitionVolumesDetails(TypedDict, total=False):
    DockerVolumeConfiguration: X[AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails]
    EfsVolumeConfiguration: X[AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails]
    Host: X[AwsEcsTaskDefinitionVolumesHostDetails]
    Name: S

class AwsEcsTaskDefinitionDetails(TypedDict, total=False):
    ContainerDefinitions: L[Xi[AwsEcsTaskDefinitionContainerDefinitionsDetails]]
    Cpu: S
    ExecutionRoleArn: S
    Family: S
    InferenceAccelerators: L[Xi[AwsEcsTaskDefinitionInferenceAcceleratorsDetails]]
    IpcMode: S
    Memory: S
    NetworkMode: S
    PidMode: S
    PlacementConstraints: L[Xi[AwsEcsTaskDefinitionPlacementConstraintsDetails]]
    ProxyConfiguration: X[AwsEcsTaskDefinitionProxyConfigurationDetails]
    RequiresCompatibilities: L[Si]
    TaskRoleArn: S
    Volumes: L[Xi[AwsEcsTaskDefinitionVolumesDetails]]
    Status: S

class VolumeMount(TypedDict, total=False):
    Name: S
    MountPath: S

class ContainerDetails(TypedDict, total=False):
    ContainerRuntime: S
    Name: S
    ImageId: S
    ImageName: S
    LaunchedAt: S
    VolumeMounts: L[Xi[VolumeMount]]
    Privileged: B

class AwsRdsEventSubscriptionDetails(TypedDict, total=False):
    CustSubscriptionId: S
    CustomerAwsId: S
    Enabled: B
    EventCategoriesList: L[Si]
    EventSubscriptionArn: S
    SnsTopicArn: S
    SourceIdsList: L[Si]
    SourceType: S
    Status: S
    SubscriptionCreationTime: S

class AwsEcsServiceCapacityProviderStrategyDetails(TypedDict, total=False):
    Base: I
    CapacityProvider: S
    Weight: I

class AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails(TypedDict, total=False):
    Enable: B
    Rollback: B

class AwsEcsServiceDeploymentConfigurationDetails(TypedDict, total=False):
    DeploymentCircuitBreaker: X[AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails]
    MaximumPercent: I
    MinimumHealthyPercent: I

class AwsEcsServiceDeploymentControllerDetails(TypedDict, total=False):
    Type: S

class AwsEcsServiceLoadBalancersDetails(TypedDict, total=False):
    ContainerName: S
    ContainerPort: I
    LoadBalancerName: S
    TargetGroupArn: S

class AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails(TypedDict, total=False):
    AssignPublicIp: S
    SecurityGroups: L[Si]
    Subnets: L[Si]

class AwsEcsServiceNetworkConfigurationDetails(TypedDict, total=False):
    AwsVpcConfiguration: X[AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails]

class AwsEcsServicePlacementConstraintsDetails(TypedDict, total=False):
    Expression: S
    Type: S

class AwsEcsServicePlacementStrategiesDetails(TypedDict, total=False):
    Field: S
    Type: S

class AwsEcsServiceServiceRegistriesDetails(TypedDict, total=False):
    ContainerName: S
    ContainerPort: I
    Port: I
    RegistryArn: S

class AwsEcsServiceDetails(TypedDict, total=False):
    CapacityProviderStrategy: L[Xi[AwsEcsServiceCapacityProviderStrategyDetails]]
    Cluster: S
    DeploymentConfiguration: X[AwsEcsServiceDeploymentConfigurationDetails]
    DeploymentController: X[AwsEcsServiceDeploymentControllerDetails]
    DesiredCount: I
    EnableEcsManagedTags: B
    EnableExecuteCommand: B
    HealthCheckGracePeriodSeconds: I
    LaunchType: S
    LoadBalancers: L[Xi[AwsEcsServiceLoadBalancersDetails]]
    Name: S
    NetworkConfiguration: X[AwsEcsServiceNetworkConfigurationDetails]
    PlacementConstraints: L[Xi[AwsEcsServicePlacementConstraintsDetails]]
    PlacementStrategies: L[Xi[AwsEcsServicePlacementStrategiesDetails]]
    PlatformVersion: S
    PropagateTags: S
    Role: S
    SchedulingStrategy: S
    ServiceArn: S
    ServiceName: S
    ServiceRegistries: L[Xi[AwsEcsServiceServiceRegistriesDetails]]
    TaskDefinition: S

class AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails(TypedDict, total=False):
    DeleteOnTermination: B
    Encrypted: B
    Iops: I
    SnapshotId: S
    VolumeSize: I
    VolumeType: S

class AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails(TypedDict, total=False):
    DeviceName: S
    Ebs: X[AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails]
    NoDevice: B
    VirtualName: S

class AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails(TypedDict, total=False):
    Enabled: B

class AwsAutoScalingLaunchConfigurationMetadataOptions(TypedDict, total=False):
    HttpEndpoint: S
    HttpPutResponseHopLimit: I
    HttpTokens: S

class AwsAutoScalingLaunchConfigurationDetails(TypedDict, total=False):
    AssociatePublicIpAddress: B
    BlockDeviceMappings: L[Xi[AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails]]
    ClassicLinkVpcId: S
    ClassicLinkVpcSecurityGroups: L[Si]
    CreatedTime: S
    EbsOptimized: B
    IamInstanceProfile: S
    ImageId: S
    InstanceMonitoring: X[AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails]
    InstanceType: S
    KernelId: S
    KeyName: S
    LaunchConfigurationName: S
    PlacementTenancy: S
    RamdiskId: S
    SecurityGroups: L[Si]
    SpotPrice: S
    UserData: S
    MetadataOptions: X[AwsAutoScalingLaunchConfigurationMetadataOptions]

class AwsEc2VpnConnectionVgwTelemetryDetails(TypedDict, total=False):
    AcceptedRouteCount: I
    CertificateArn: S
    LastStatusChange: S
    OutsideIpAddress: S
    Status: S
    StatusMessage: S

class AwsEc2VpnConnectionOptionsTunnelOptionsDetails(TypedDict, total=False):
    DpdTimeoutSeconds: I
    IkeVersions: L[Si]
    OutsideIpAddress: S
    Phase1DhGroupNumbers: L[Ii]
    Phase1EncryptionAlgorithms: L[Si]
    Phase1IntegrityAlgorithms: L[Si]
    Phase1LifetimeSeconds: I
    Phase2DhGroupNumbers: L[Ii]
    Phase2EncryptionAlgorithms: L[Si]
    Phase2IntegrityAlgorithms: L[Si]
    Phase2LifetimeSeconds: I
    PreSharedKey: S
    RekeyFuzzPercentage: I
    RekeyMarginTimeSeconds: I
    ReplayWindowSize: I
    TunnelInsideCidr: S

class AwsEc2VpnConnectionOptionsDetails(TypedDict, total=False):
    StaticRoutesOnly: B
    TunnelOptions: L[Xi[AwsEc2VpnConnectionOptionsTunnelOptionsDetails]]

class AwsEc2VpnConnectionRoutesDetails(TypedDict, total=False):
    DestinationCidrBlock: S
    State: S

class AwsEc2VpnConnectionDetails(TypedDict, total=False):
    VpnConnectionId: S
    State: S
    CustomerGatewayId: S
    CustomerGatewayConfiguration: S
    Type: S
    VpnGatewayId: S
    Category: S
    VgwTelemetry: L[Xi[AwsEc2VpnConnectionVgwTelemetryDetails]]
    Options: X[AwsEc2VpnConnectionOptionsDetails]
    Routes: L[Xi[AwsEc2VpnConnectionRoutesDetails]]
    TransitGatewayId: S

class AwsEcrContainerImageDetails(TypedDict, total=False):
    RegistryId: S
    RepositoryName: S
    Architecture: S
    ImageDigest: S
    ImageTags: L[Si]
    ImagePublishedAt: S

class AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails(TypedDict, total=False):
    Enabled: B
    KmsKeyId: S

class AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails(TypedDict, total=False):
    Enabled: B

class AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails(TypedDict, total=False):
    AutomatedUpdateDate: S
    Cancellable: B
    CurrentVersion: S
    Description: S
    NewVersion: S
    UpdateAvailable: B
    UpdateStatus: S
    OptionalDeployment: B

class AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails(TypedDict, total=False):
    AvailabilityZoneCount: I

class AwsOpenSearchServiceDomainClusterConfigDetails(TypedDict, total=False):
    InstanceCount: I
    WarmEnabled: B
    WarmCount: I
    DedicatedMasterEnabled: B
    ZoneAwarenessConfig: X[AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails]
    DedicatedMasterCount: I
    InstanceType: S
    WarmType: S
    ZoneAwarenessEnabled: B
    DedicatedMasterType: S

class AwsOpenSearchServiceDomainDomainEndpointOptionsDetails(TypedDict, total=False):
    CustomEndpointCertificateArn: S
    CustomEndpointEnabled: B
    EnforceHTTPS: B
    CustomEndpoint: S
    TlsSecurityPolicy: S

class AwsOpenSearchServiceDomainVpcOptionsDetails(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class AwsOpenSearchServiceDomainLogPublishingOption(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: S
    Enabled: B

class AwsOpenSearchServiceDomainLogPublishingOptionsDetails(TypedDict, total=False):
    IndexSlowLogs: X[AwsOpenSearchServiceDomainLogPublishingOption]
    SearchSlowLogs: X[AwsOpenSearchServiceDomainLogPublishingOption]
    AuditLogs: X[AwsOpenSearchServiceDomainLogPublishingOption]

class AwsOpenSearchServiceDomainMasterUserOptionsDetails(TypedDict, total=False):
    MasterUserArn: S
    MasterUserName: S
    MasterUserPassword: S

class AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails(TypedDict, total=False):
    Enabled: B
    InternalUserDatabaseEnabled: B
    MasterUserOptions: X[AwsOpenSearchServiceDomainMasterUserOptionsDetails]

class AwsOpenSearchServiceDomainDetails(TypedDict, total=False):
    Arn: S
    AccessPolicies: S
    DomainName: S
    Id: S
    DomainEndpoint: S
    EngineVersion: S
    EncryptionAtRestOptions: X[AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails]
    NodeToNodeEncryptionOptions: X[AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails]
    ServiceSoftwareOptions: X[AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails]
    ClusterConfig: X[AwsOpenSearchServiceDomainClusterConfigDetails]
    DomainEndpointOptions: X[AwsOpenSearchServiceDomainDomainEndpointOptionsDetails]
    VpcOptions: X[AwsOpenSearchServiceDomainVpcOptionsDetails]
    LogPublishingOptions: X[AwsOpenSearchServiceDomainLogPublishingOptionsDetails]
    DomainEndpoints: M[S]
    AdvancedSecurityOptions: X[AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails]

class AwsEc2VpcEndpointServiceServiceTypeDetails(TypedDict, total=False):
    ServiceType: S

class AwsEc2VpcEndpointServiceDetails(TypedDict, total=False):
    AcceptanceRequired: B
    AvailabilityZones: L[Si]
    BaseEndpointDnsNames: L[Si]
    ManagesVpcEndpoints: B
    GatewayLoadBalancerArns: L[Si]
    NetworkLoadBalancerArns: L[Si]
    PrivateDnsName: S
    ServiceId: S
    ServiceName: S
    ServiceState: S
    ServiceType: L[Xi[AwsEc2VpcEndpointServiceServiceTypeDetails]]

class AwsXrayEncryptionConfigDetails(TypedDict, total=False):
    KeyId: S
    Status: S
    Type: S

class AwsWafRateBasedRuleMatchPredicate(TypedDict, total=False):
    DataId: S
    Negated: B
    Type: S

class AwsWafRateBasedRuleDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    RateKey: S
    RateLimit: I
    RuleId: S
    MatchPredicates: L[Xi[AwsWafRateBasedRuleMatchPredicate]]

class AwsWafRegionalRateBasedRuleMatchPredicate(TypedDict, total=False):
    DataId: S
    Negated: B
    Type: S

class AwsWafRegionalRateBasedRuleDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    RateKey: S
    RateLimit: I
    RuleId: S
    MatchPredicates: L[Xi[AwsWafRegionalRateBasedRuleMatchPredicate]]

class AwsEcrRepositoryImageScanningConfigurationDetails(TypedDict, total=False):
    ScanOnPush: B

class AwsEcrRepositoryLifecyclePolicyDetails(TypedDict, total=False):
    LifecyclePolicyText: S
    RegistryId: S

class AwsEcrRepositoryDetails(TypedDict, total=False):
    Arn: S
    ImageScanningConfiguration: X[AwsEcrRepositoryImageScanningConfigurationDetails]
    ImageTagMutability: S
    LifecyclePolicy: X[AwsEcrRepositoryLifecyclePolicyDetails]
    RepositoryName: S
    RepositoryPolicyText: S

class AwsEksClusterResourcesVpcConfigDetails(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]
    EndpointPublicAccess: B

class AwsEksClusterLoggingClusterLoggingDetails(TypedDict, total=False):
    Enabled: B
    Types: L[Si]

class AwsEksClusterLoggingDetails(TypedDict, total=False):
    ClusterLogging: L[Xi[AwsEksClusterLoggingClusterLoggingDetails]]

class AwsEksClusterDetails(TypedDict, total=False):
    Arn: S
    CertificateAuthorityData: S
    ClusterStatus: S
    Endpoint: S
    Name: S
    ResourcesVpcConfig: X[AwsEksClusterResourcesVpcConfigDetails]
    RoleArn: S
    Version: S
    Logging: X[AwsEksClusterLoggingDetails]

class FirewallPolicyStatefulRuleGroupReferencesDetails(TypedDict, total=False):
    ResourceArn: S

class StatelessCustomPublishMetricActionDimension(TypedDict, total=False):
    Value: S

class StatelessCustomPublishMetricAction(TypedDict, total=False):
    Dimensions: L[Xi[StatelessCustomPublishMetricActionDimension]]

class StatelessCustomActionDefinition(TypedDict, total=False):
    PublishMetricAction: X[StatelessCustomPublishMetricAction]

class FirewallPolicyStatelessCustomActionsDetails(TypedDict, total=False):
    ActionDefinition: X[StatelessCustomActionDefinition]
    ActionName: S

class FirewallPolicyStatelessRuleGroupReferencesDetails(TypedDict, total=False):
    Priority: I
    ResourceArn: S

class FirewallPolicyDetails(TypedDict, total=False):
    StatefulRuleGroupReferences: L[Xi[FirewallPolicyStatefulRuleGroupReferencesDetails]]
    StatelessCustomActions: L[Xi[FirewallPolicyStatelessCustomActionsDetails]]
    StatelessDefaultActions: L[Si]
    StatelessFragmentDefaultActions: L[Si]
    StatelessRuleGroupReferences: L[Xi[FirewallPolicyStatelessRuleGroupReferencesDetails]]

class AwsNetworkFirewallFirewallPolicyDetails(TypedDict, total=False):
    FirewallPolicy: X[FirewallPolicyDetails]
    FirewallPolicyArn: S
    FirewallPolicyId: S
    FirewallPolicyName: S
    Description: S

class AwsNetworkFirewallFirewallSubnetMappingsDetails(TypedDict, total=False):
    SubnetId: S

class AwsNetworkFirewallFirewallDetails(TypedDict, total=False):
    DeleteProtection: B
    Description: S
    FirewallArn: S
    FirewallId: S
    FirewallName: S
    FirewallPolicyArn: S
    FirewallPolicyChangeProtection: B
    SubnetChangeProtection: B
    SubnetMappings: L[Xi[AwsNetworkFirewallFirewallSubnetMappingsDetails]]
    VpcId: S

class RuleGroupVariablesIpSetsDetails(TypedDict, total=False):
    Definition: L[Si]

class RuleGroupVariablesPortSetsDetails(TypedDict, total=False):
    Definition: L[Si]

class RuleGroupVariables(TypedDict, total=False):
    IpSets: X[RuleGroupVariablesIpSetsDetails]
    PortSets: X[RuleGroupVariablesPortSetsDetails]

class RuleGroupSourceListDetails(TypedDict, total=False):
    GeneratedRulesType: S
    TargetTypes: L[Si]
    Targets: L[Si]

class RuleGroupSourceStatefulRulesHeaderDetails(TypedDict, total=False):
    Destination: S
    DestinationPort: S
    Direction: S
    Protocol: S
    Source: S
    SourcePort: S

class RuleGroupSourceStatefulRulesOptionsDetails(TypedDict, total=False):
    Keyword: S
    Settings: L[Si]

class RuleGroupSourceStatefulRulesDetails(TypedDict, total=False):
    Action: S
    Header: X[RuleGroupSourceStatefulRulesHeaderDetails]
    RuleOptions: L[Xi[RuleGroupSourceStatefulRulesOptionsDetails]]

class RuleGroupSourceCustomActionsDetails(TypedDict, total=False):
    ActionDefinition: X[StatelessCustomActionDefinition]
    ActionName: S

class RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts(TypedDict, total=False):
    FromPort: I
    ToPort: I

class RuleGroupSourceStatelessRuleMatchAttributesDestinations(TypedDict, total=False):
    AddressDefinition: S

class RuleGroupSourceStatelessRuleMatchAttributesSourcePorts(TypedDict, total=False):
    FromPort: I
    ToPort: I

class RuleGroupSourceStatelessRuleMatchAttributesSources(TypedDict, total=False):
    AddressDefinition: S

class RuleGroupSourceStatelessRuleMatchAttributesTcpFlags(TypedDict, total=False):
    Flags: L[Si]
    Masks: L[Si]

class RuleGroupSourceStatelessRuleMatchAttributes(TypedDict, total=False):
    DestinationPorts: L[Xi[RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts]]
    Destinations: L[Xi[RuleGroupSourceStatelessRuleMatchAttributesDestinations]]
    Protocols: L[Ii]
    SourcePorts: L[Xi[RuleGroupSourceStatelessRuleMatchAttributesSourcePorts]]
    Sources: L[Xi[RuleGroupSourceStatelessRuleMatchAttributesSources]]
    TcpFlags: L[Xi[RuleGroupSourceStatelessRuleMatchAttributesTcpFlags]]

class RuleGroupSourceStatelessRuleDefinition(TypedDict, total=False):
    Actions: L[Si]
    MatchAttributes: X[RuleGroupSourceStatelessRuleMatchAttributes]

class RuleGroupSourceStatelessRulesDetails(TypedDict, total=False):
    Priority: I
    RuleDefinition: X[RuleGroupSourceStatelessRuleDefinition]

class RuleGroupSourceStatelessRulesAndCustomActionsDetails(TypedDict, total=False):
    CustomActions: L[Xi[RuleGroupSourceCustomActionsDetails]]
    StatelessRules: L[Xi[RuleGroupSourceStatelessRulesDetails]]

class RuleGroupSource(TypedDict, total=False):
    RulesSourceList: X[RuleGroupSourceListDetails]
    RulesString: S
    StatefulRules: L[Xi[RuleGroupSourceStatefulRulesDetails]]
    StatelessRulesAndCustomActions: X[RuleGroupSourceStatelessRulesAndCustomActionsDetails]

class RuleGroupDetails(TypedDict, total=False):
    RuleVariables: X[RuleGroupVariables]
    RulesSource: X[RuleGroupSource]

class AwsNetworkFirewallRuleGroupDetails(TypedDict, total=False):
    Capacity: I
    Description: S
    RuleGroup: X[RuleGroupDetails]
    RuleGroupArn: S
    RuleGroupId: S
    RuleGroupName: S
    Type: S

class AwsRdsDbSecurityGroupEc2SecurityGroup(TypedDict, total=False):
    Ec2SecurityGroupId: S
    Ec2SecurityGroupName: S
    Ec2SecurityGroupOwnerId: S
    Status: S

class AwsRdsDbSecurityGroupIpRange(TypedDict, total=False):
    CidrIp: S
    Status: S

class AwsRdsDbSecurityGroupDetails(TypedDict, total=False):
    DbSecurityGroupArn: S
    DbSecurityGroupDescription: S
    DbSecurityGroupName: S
    Ec2SecurityGroups: L[Xi[AwsRdsDbSecurityGroupEc2SecurityGroup]]
    IpRanges: L[Xi[AwsRdsDbSecurityGroupIpRange]]
    OwnerId: S
    VpcId: S

class AwsKinesisStreamStreamEncryptionDetails(TypedDict, total=False):
    EncryptionType: S
    KeyId: S

class AwsKinesisStreamDetails(TypedDict, total=False):
    Name: S
    Arn: S
    StreamEncryption: X[AwsKinesisStreamStreamEncryptionDetails]
    ShardCount: I
    RetentionPeriodHours: I

class AwsEc2TransitGatewayDetails(TypedDict, total=False):
    Id: S
    Description: S
    DefaultRouteTablePropagation: S
    AutoAcceptSharedAttachments: S
    DefaultRouteTableAssociation: S
    TransitGatewayCidrBlocks: L[Si]
    AssociationDefaultRouteTableId: S
    PropagationDefaultRouteTableId: S
    VpnEcmpSupport: S
    DnsSupport: S
    MulticastSupport: S
    AmazonSideAsn: I

class AwsEfsAccessPointPosixUserDetails(TypedDict, total=False):
    Gid: S
    SecondaryGids: L[Si]
    Uid: S

class AwsEfsAccessPointRootDirectoryCreationInfoDetails(TypedDict, total=False):
    OwnerGid: S
    OwnerUid: S
    Permissions: S

class AwsEfsAccessPointRootDirectoryDetails(TypedDict, total=False):
    CreationInfo: X[AwsEfsAccessPointRootDirectoryCreationInfoDetails]
    Path: S

class AwsEfsAccessPointDetails(TypedDict, total=False):
    AccessPointId: S
    Arn: S
    ClientToken: S
    FileSystemId: S
    PosixUser: X[AwsEfsAccessPointPosixUserDetails]
    RootDirectory: X[AwsEfsAccessPointRootDirectoryDetails]

class AwsCloudFormationStackDriftInformationDetails(TypedDict, total=False):
    StackDriftStatus: S

class AwsCloudFormationStackOutputsDetails(TypedDict, total=False):
    Description: S
    OutputKey: S
    OutputValue: S

class AwsCloudFormationStackDetails(TypedDict, total=False):
    Capabilities: L[Si]
    CreationTime: S
    Description: S
    DisableRollback: B
    DriftInformation: X[AwsCloudFormationStackDriftInformationDetails]
    EnableTerminationProtection: B
    LastUpdatedTime: S
    NotificationArns: L[Si]
    Outputs: L[Xi[AwsCloudFormationStackOutputsDetails]]
    RoleArn: S
    StackId: S
    StackName: S
    StackStatus: S
    StackStatusReason: S
    TimeoutInMinutes: I

class AwsCloudWatchAlarmDimensionsDetails(TypedDict, total=False):
    Name: S
    Value: S

class AwsCloudWatchAlarmDetails(TypedDict, total=False):
    ActionsEnabled: B
    AlarmActions: L[Si]
    AlarmArn: S
    AlarmConfigurationUpdatedTimestamp: S
    AlarmDescription: S
    AlarmName: S
    ComparisonOperator: S
    DatapointsToAlarm: I
    Dimensions: L[Xi[AwsCloudWatchAlarmDimensionsDetails]]
    EvaluateLowSampleCountPercentile: S
    EvaluationPeriods: I
    ExtendedStatistic: S
    InsufficientDataActions: L[Si]
    MetricName: S
    Namespace: S
    OkActions: L[Si]
    Period: I
    Statistic: S
    Threshold: F
    ThresholdMetricId: S
    TreatMissingData: S
    Unit: S

class VpcInfoCidrBlockSetDetails(TypedDict, total=False):
    CidrBlock: S

class VpcInfoIpv6CidrBlockSetDetails(TypedDict, total=False):
    Ipv6CidrBlock: S

class VpcInfoPeeringOptionsDetails(TypedDict, total=False):
    AllowDnsResolutionFromRemoteVpc: B
    AllowEgressFromLocalClassicLinkToRemoteVpc: B
    AllowEgressFromLocalVpcToRemoteClassicLink: B

class AwsEc2VpcPeeringConnectionVpcInfoDetails(TypedDict, total=False):
    CidrBlock: S
    CidrBlockSet: L[Xi[VpcInfoCidrBlockSetDetails]]
    Ipv6CidrBlockSet: L[Xi[VpcInfoIpv6CidrBlockSetDetails]]
    OwnerId: S
    PeeringOptions: X[VpcInfoPeeringOptionsDetails]
    Region: S
    VpcId: S

class AwsEc2VpcPeeringConnectionStatusDetails(TypedDict, total=False):
    Code: S
    Message: S

class AwsEc2VpcPeeringConnectionDetails(TypedDict, total=False):
    AccepterVpcInfo: X[AwsEc2VpcPeeringConnectionVpcInfoDetails]
    ExpirationTime: S
    RequesterVpcInfo: X[AwsEc2VpcPeeringConnectionVpcInfoDetails]
    Status: X[AwsEc2VpcPeeringConnectionStatusDetails]
    VpcPeeringConnectionId: S

class AwsWafRegionalRuleGroupRulesActionDetails(TypedDict, total=False):
    Type: S

class AwsWafRegionalRuleGroupRulesDetails(TypedDict, total=False):
    Action: X[AwsWafRegionalRuleGroupRulesActionDetails]
    Priority: I
    RuleId: S
    Type: S

class AwsWafRegionalRuleGroupDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    RuleGroupId: S
    Rules: L[Xi[AwsWafRegionalRuleGroupRulesDetails]]

class AwsWafRegionalRulePredicateListDetails(TypedDict, total=False):
    DataId: S
    Negated: B
    Type: S

class AwsWafRegionalRuleDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    PredicateList: L[Xi[AwsWafRegionalRulePredicateListDetails]]
    RuleId: S

class AwsWafRegionalWebAclRulesListActionDetails(TypedDict, total=False):
    Type: S

class AwsWafRegionalWebAclRulesListOverrideActionDetails(TypedDict, total=False):
    Type: S

class AwsWafRegionalWebAclRulesListDetails(TypedDict, total=False):
    Action: X[AwsWafRegionalWebAclRulesListActionDetails]
    OverrideAction: X[AwsWafRegionalWebAclRulesListOverrideActionDetails]
    Priority: I
    RuleId: S
    Type: S

class AwsWafRegionalWebAclDetails(TypedDict, total=False):
    DefaultAction: S
    MetricName: S
    Name: S
    RulesList: L[Xi[AwsWafRegionalWebAclRulesListDetails]]
    WebAclId: S

class AwsWafRulePredicateListDetails(TypedDict, total=False):
    DataId: S
    Negated: B
    Type: S

class AwsWafRuleDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    PredicateList: L[Xi[AwsWafRulePredicateListDetails]]
    RuleId: S

class AwsWafRuleGroupRulesActionDetails(TypedDict, total=False):
    Type: S

class AwsWafRuleGroupRulesDetails(TypedDict, total=False):
    Action: X[AwsWafRuleGroupRulesActionDetails]
    Priority: I
    RuleId: S
    Type: S

class AwsWafRuleGroupDetails(TypedDict, total=False):
    MetricName: S
    Name: S
    RuleGroupId: S
    Rules: L[Xi[AwsWafRuleGroupRulesDetails]]

class AwsEcsTaskVolumeHostDetails(TypedDict, total=False):
    SourcePath: S

class AwsEcsTaskVolumeDetails(TypedDict, total=False):
    Name: S
    Host: X[AwsEcsTaskVolumeHostDetails]

class AwsEcsTaskDetails(TypedDict, total=False):
    ClusterArn: S
    TaskDefinitionArn: S
    Version: S
    CreatedAt: S
    StartedAt: S
    StartedBy: S
    Group: S
    Volumes: L[Xi[AwsEcsTaskVolumeDetails]]
    Containers: L[Xi[AwsEcsContainerDetails]]

class AwsBackupBackupVaultNotificationsDetails(TypedDict, total=False):
    BackupVaultEvents: L[Si]
    SnsTopicArn: S

class AwsBackupBackupVaultDetails(TypedDict, total=False):
    BackupVaultArn: S
    BackupVaultName: S
    EncryptionKeyArn: S
    Notifications: X[AwsBackupBackupVaultNotificationsDetails]
    AccessPolicy: S

class AwsBackupBackupPlanAdvancedBackupSettingsDetails(TypedDict, total=False):
    BackupOptions: M[S]
    ResourceType: S

class AwsBackupBackupPlanLifecycleDetails(TypedDict, total=False):
    DeleteAfterDays: I
    MoveToColdStorageAfterDays: I

class AwsBackupBackupPlanRuleCopyActionsDetails(TypedDict, total=False):
    DestinationBackupVaultArn: S
    Lifecycle: X[AwsBackupBackupPlanLifecycleDetails]

class AwsBackupBackupPlanRuleDetails(TypedDict, total=False):
    TargetBackupVault: S
    StartWindowMinutes: I
    ScheduleExpression: S
    RuleName: S
    RuleId: S
    EnableContinuousBackup: B
    CompletionWindowMinutes: I
    CopyActions: L[Xi[AwsBackupBackupPlanRuleCopyActionsDetails]]
    Lifecycle: X[AwsBackupBackupPlanLifecycleDetails]

class AwsBackupBackupPlanBackupPlanDetails(TypedDict, total=False):
    BackupPlanName: S
    AdvancedBackupSettings: L[Xi[AwsBackupBackupPlanAdvancedBackupSettingsDetails]]
    BackupPlanRule: L[Xi[AwsBackupBackupPlanRuleDetails]]

class AwsBackupBackupPlanDetails(TypedDict, total=False):
    BackupPlan: X[AwsBackupBackupPlanBackupPlanDetails]
    BackupPlanArn: S
    BackupPlanId: S
    VersionId: S

class AwsBackupRecoveryPointCalculatedLifecycleDetails(TypedDict, total=False):
    DeleteAt: S
    MoveToColdStorageAt: S

class AwsBackupRecoveryPointCreatedByDetails(TypedDict, total=False):
    BackupPlanArn: S
    BackupPlanId: S
    BackupPlanVersion: S
    BackupRuleId: S

class AwsBackupRecoveryPointLifecycleDetails(TypedDict, total=False):
    DeleteAfterDays: I
    MoveToColdStorageAfterDays: I

class AwsBackupRecoveryPointDetails(TypedDict, total=False):
    BackupSizeInBytes: I
    BackupVaultArn: S
    BackupVaultName: S
    CalculatedLifecycle: X[AwsBackupRecoveryPointCalculatedLifecycleDetails]
    CompletionDate: S
    CreatedBy: X[AwsBackupRecoveryPointCreatedByDetails]
    CreationDate: S
    EncryptionKeyArn: S
    IamRoleArn: S
    IsEncrypted: B
    LastRestoreTime: S
    Lifecycle: X[AwsBackupRecoveryPointLifecycleDetails]
    RecoveryPointArn: S
    ResourceArn: S
    ResourceType: S
    SourceBackupVaultArn: S
    Status: S
    StatusMessage: S
    StorageClass: S

class AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails(TypedDict, total=False):
    DeleteOnTermination: B
    Encrypted: B
    Iops: I
    KmsKeyId: S
    SnapshotId: S
    Throughput: I
    VolumeSize: I
    VolumeType: S

class AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails(TypedDict, total=False):
    DeviceName: S
    Ebs: X[AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails]
    NoDevice: S
    VirtualName: S

class AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails(
    TypedDict, total=False
):
    CapacityReservationId: S
    CapacityReservationResourceGroupArn: S

class AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[
        AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails
    ]

class AwsEc2LaunchTemplateDataCpuOptionsDetails(TypedDict, total=False):
    CoreCount: I
    ThreadsPerCore: I

class AwsEc2LaunchTemplateDataCreditSpecificationDetails(TypedDict, total=False):
    CpuCredits: S

class AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails(TypedDict, total=False):
    Type: S

class AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails(TypedDict, total=False):
    Count: I
    Type: S

class AwsEc2LaunchTemplateDataEnclaveOptionsDetails(TypedDict, total=False):
    Enabled: B

class AwsEc2LaunchTemplateDataHibernationOptionsDetails(TypedDict, total=False):
    Configured: B

class AwsEc2LaunchTemplateDataIamInstanceProfileDetails(TypedDict, total=False):
    Arn: S
    Name: S

class AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails(TypedDict, total=False):
    BlockDurationMinutes: I
    InstanceInterruptionBehavior: S
    MaxPrice: S
    SpotInstanceType: S
    ValidUntil: S

class AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails(TypedDict, total=False):
    MarketType: S
    SpotOptions: X[AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails]

class AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails(TypedDict, total=False):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails(
    TypedDict, total=False
):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails(
    TypedDict, total=False
):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails(TypedDict, total=False):
    Max: F
    Min: F

class AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails(TypedDict, total=False):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails(
    TypedDict, total=False
):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails(
    TypedDict, total=False
):
    Max: F
    Min: F

class AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails(TypedDict, total=False):
    Max: I
    Min: I

class AwsEc2LaunchTemplateDataInstanceRequirementsDetails(TypedDict, total=False):
    AcceleratorCount: X[AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails]
    AcceleratorManufacturers: L[Si]
    AcceleratorNames: L[Si]
    AcceleratorTotalMemoryMiB: X[
        AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails
    ]
    AcceleratorTypes: L[Si]
    BareMetal: S
    BaselineEbsBandwidthMbps: X[
        AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails
    ]
    BurstablePerformance: S
    CpuManufacturers: L[Si]
    ExcludedInstanceTypes: L[Si]
    InstanceGenerations: L[Si]
    LocalStorage: S
    LocalStorageTypes: L[Si]
    MemoryGiBPerVCpu: X[AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails]
    MemoryMiB: X[AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails]
    NetworkInterfaceCount: X[
        AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails
    ]
    OnDemandMaxPricePercentageOverLowestPrice: I
    RequireHibernateSupport: B
    SpotMaxPricePercentageOverLowestPrice: I
    TotalLocalStorageGB: X[AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails]
    VCpuCount: X[AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails]

class AwsEc2LaunchTemplateDataLicenseSetDetails(TypedDict, total=False):
    LicenseConfigurationArn: S

class AwsEc2LaunchTemplateDataMaintenanceOptionsDetails(TypedDict, total=False):
    AutoRecovery: S

class AwsEc2LaunchTemplateDataMetadataOptionsDetails(TypedDict, total=False):
    HttpEndpoint: S
    HttpProtocolIpv6: S
    HttpTokens: S
    HttpPutResponseHopLimit: I
    InstanceMetadataTags: S

class AwsEc2LaunchTemplateDataMonitoringDetails(TypedDict, total=False):
    Enabled: B

class AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails(TypedDict, total=False):
    Ipv4Prefix: S

class AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails(TypedDict, total=False):
    Ipv6Address: S

class AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails(TypedDict, total=False):
    Ipv6Prefix: S

class AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails(TypedDict, total=False):
    Primary: B
    PrivateIpAddress: S

class AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails(TypedDict, total=False):
    AssociateCarrierIpAddress: B
    AssociatePublicIpAddress: B
    DeleteOnTermination: B
    Description: S
    DeviceIndex: I
    Groups: L[Si]
    InterfaceType: S
    Ipv4PrefixCount: I
    Ipv4Prefixes: L[Xi[AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails]]
    Ipv6AddressCount: I
    Ipv6Addresses: L[Xi[AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails]]
    Ipv6PrefixCount: I
    Ipv6Prefixes: L[Xi[AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails]]
    NetworkCardIndex: I
    NetworkInterfaceId: S
    PrivateIpAddress: S
    PrivateIpAddresses: L[Xi[AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails]]
    SecondaryPrivateIpAddressCount: I
    SubnetId: S

class AwsEc2LaunchTemplateDataPlacementDetails(TypedDict, total=False):
    Affinity: S
    AvailabilityZone: S
    GroupName: S
    HostId: S
    HostResourceGroupArn: S
    PartitionNumber: I
    SpreadDomain: S
    Tenancy: S

class AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails(TypedDict, total=False):
    EnableResourceNameDnsAAAARecord: B
    EnableResourceNameDnsARecord: B
    HostnameType: S

class AwsEc2LaunchTemplateDataDetails(TypedDict, total=False):
    BlockDeviceMappingSet: L[Xi[AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails]]
    CapacityReservationSpecification: X[
        AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails
    ]
    CpuOptions: X[AwsEc2LaunchTemplateDataCpuOptionsDetails]
    CreditSpecification: X[AwsEc2LaunchTemplateDataCreditSpecificationDetails]
    DisableApiStop: B
    DisableApiTermination: B
    EbsOptimized: B
    ElasticGpuSpecificationSet: L[Xi[AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails]]
    ElasticInferenceAcceleratorSet: L[
        Xi[AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails]
    ]
    EnclaveOptions: X[AwsEc2LaunchTemplateDataEnclaveOptionsDetails]
    HibernationOptions: X[AwsEc2LaunchTemplateDataHibernationOptionsDetails]
    IamInstanceProfile: X[AwsEc2LaunchTemplateDataIamInstanceProfileDetails]
    ImageId: S
    InstanceInitiatedShutdownBehavior: S
    InstanceMarketOptions: X[AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails]
    InstanceRequirements: X[AwsEc2LaunchTemplateDataInstanceRequirementsDetails]
    InstanceType: S
    KernelId: S
    KeyName: S
    LicenseSet: L[Xi[AwsEc2LaunchTemplateDataLicenseSetDetails]]
    MaintenanceOptions: X[AwsEc2LaunchTemplateDataMaintenanceOptionsDetails]
    MetadataOptions: X[AwsEc2LaunchTemplateDataMetadataOptionsDetails]
    Monitoring: X[AwsEc2LaunchTemplateDataMonitoringDetails]
    NetworkInterfaceSet: L[Xi[AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails]]
    Placement: X[AwsEc2LaunchTemplateDataPlacementDetails]
    PrivateDnsNameOptions: X[AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails]
    RamDiskId: S
    SecurityGroupIdSet: L[Si]
    SecurityGroupSet: L[Si]
    UserData: S

class AwsEc2LaunchTemplateDetails(TypedDict, total=False):
    LaunchTemplateName: S
    Id: S
    LaunchTemplateData: X[AwsEc2LaunchTemplateDataDetails]
    DefaultVersionNumber: I
    LatestVersionNumber: I

class AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails(TypedDict, total=False):
    MinimumInstanceMetadataServiceVersion: S

class AwsSageMakerNotebookInstanceDetails(TypedDict, total=False):
    AcceleratorTypes: L[Si]
    AdditionalCodeRepositories: L[Si]
    DefaultCodeRepository: S
    DirectInternetAccess: S
    FailureReason: S
    InstanceMetadataServiceConfiguration: X[
        AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails
    ]
    InstanceType: S
    KmsKeyId: S
    NetworkInterfaceId: S
    NotebookInstanceArn: S
    NotebookInstanceLifecycleConfigName: S
    NotebookInstanceName: S
    NotebookInstanceStatus: S
    PlatformIdentifier: S
    RoleArn: S
    RootAccess: S
    SecurityGroups: L[Si]
    SubnetId: S
    Url: S
    VolumeSizeInGB: I

class AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails(TypedDict, total=False):
    ImmunityTime: I

class AwsWafv2WebAclCaptchaConfigDetails(TypedDict, total=False):
    ImmunityTimeProperty: X[AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails]

class AwsWafv2CustomHttpHeader(TypedDict, total=False):
    Name: S
    Value: S

class AwsWafv2CustomRequestHandlingDetails(TypedDict, total=False):
    InsertHeaders: L[Xi[AwsWafv2CustomHttpHeader]]

class AwsWafv2ActionAllowDetails(TypedDict, total=False):
    CustomRequestHandling: X[AwsWafv2CustomRequestHandlingDetails]

class AwsWafv2CustomResponseDetails(TypedDict, total=False):
    CustomResponseBodyKey: S
    ResponseCode: I
    ResponseHeaders: L[Xi[AwsWafv2CustomHttpHeader]]

class AwsWafv2ActionBlockDetails(TypedDict, total=False):
    CustomResponse: X[AwsWafv2CustomResponseDetails]

class AwsWafv2WebAclActionDetails(TypedDict, total=False):
    Allow: X[AwsWafv2ActionAllowDetails]
    Block: X[AwsWafv2ActionBlockDetails]

class AwsWafv2RulesActionCaptchaDetails(TypedDict, total=False):
    CustomRequestHandling: X[AwsWafv2CustomRequestHandlingDetails]

class AwsWafv2RulesActionCountDetails(TypedDict, total=False):
    CustomRequestHandling: X[AwsWafv2CustomRequestHandlingDetails]

class AwsWafv2RulesActionDetails(TypedDict, total=False):
    Allow: X[AwsWafv2ActionAllowDetails]
    Block: X[AwsWafv2ActionBlockDetails]
    Captcha: X[AwsWafv2RulesActionCaptchaDetails]
    Count: X[AwsWafv2RulesActionCountDetails]

class AwsWafv2VisibilityConfigDetails(TypedDict, total=False):
    CloudWatchMetricsEnabled: B
    MetricName: S
    SampledRequestsEnabled: B

class AwsWafv2RulesDetails(TypedDict, total=False):
    Action: X[AwsWafv2RulesActionDetails]
    Name: S
    OverrideAction: S
    Priority: I
    VisibilityConfig: X[AwsWafv2VisibilityConfigDetails]

class AwsWafv2WebAclDetails(TypedDict, total=False):
    Name: S
    Arn: S
    ManagedbyFirewallManager: B
    Id: S
    Capacity: I
    CaptchaConfig: X[AwsWafv2WebAclCaptchaConfigDetails]
    DefaultAction: X[AwsWafv2WebAclActionDetails]
    Description: S
    Rules: L[Xi[AwsWafv2RulesDetails]]
    VisibilityConfig: X[AwsWafv2VisibilityConfigDetails]

class AwsWafv2RuleGroupDetails(TypedDict, total=False):
    Capacity: I
    Description: S
    Id: S
    Name: S
    Arn: S
    Rules: L[Xi[AwsWafv2RulesDetails]]
    Scope: S
    VisibilityConfig: X[AwsWafv2VisibilityConfigDetails]

class AssociationStateDetails(TypedDict, total=False):
    State: S
    StatusMessage: S

class AssociationSetDetails(TypedDict, total=False):
    AssociationState: X[AssociationStateDetails]
    GatewayId: S
    Main: B
    RouteTableAssociationId: S
    RouteTableId: S
    SubnetId: S

class PropagatingVgwSetDetails(TypedDict, total=False):
    GatewayId: S

class RouteSetDetails(TypedDict, total=False):
    CarrierGatewayId: S
    CoreNetworkArn: S
    DestinationCidrBlock: S
    DestinationIpv6CidrBlock: S
    DestinationPrefixListId: S
    EgressOnlyInternetGatewayId: S
    GatewayId: S
    InstanceId: S
    InstanceOwnerId: S
    LocalGatewayId: S
    NatGatewayId: S
    NetworkInterfaceId: S
    Origin: S
    State: S
    TransitGatewayId: S
    VpcPeeringConnectionId: S

class AwsEc2RouteTableDetails(TypedDict, total=False):
    AssociationSet: L[Xi[AssociationSetDetails]]
    OwnerId: S
    PropagatingVgwSet: L[Xi[PropagatingVgwSetDetails]]
    RouteTableId: S
    RouteSet: L[Xi[RouteSetDetails]]
    VpcId: S

class AwsAmazonMqBrokerEncryptionOptionsDetails(TypedDict, total=False):
    KmsKeyId: S
    UseAwsOwnedKey: B

class AwsAmazonMqBrokerLdapServerMetadataDetails(TypedDict, total=False):
    Hosts: L[Si]
    RoleBase: S
    RoleName: S
    RoleSearchMatching: S
    RoleSearchSubtree: B
    ServiceAccountUsername: S
    UserBase: S
    UserRoleName: S
    UserSearchMatching: S
    UserSearchSubtree: B

class AwsAmazonMqBrokerLogsPendingDetails(TypedDict, total=False):
    Audit: B
    General: B

class AwsAmazonMqBrokerLogsDetails(TypedDict, total=False):
    Audit: B
    General: B
    AuditLogGroup: S
    GeneralLogGroup: S
    Pending: X[AwsAmazonMqBrokerLogsPendingDetails]

class AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails(TypedDict, total=False):
    DayOfWeek: S
    TimeOfDay: S
    TimeZone: S

class AwsAmazonMqBrokerUsersDetails(TypedDict, total=False):
    PendingChange: S
    Username: S

class AwsAmazonMqBrokerDetails(TypedDict, total=False):
    AuthenticationStrategy: S
    AutoMinorVersionUpgrade: B
    BrokerArn: S
    BrokerName: S
    DeploymentMode: S
    EncryptionOptions: X[AwsAmazonMqBrokerEncryptionOptionsDetails]
    EngineType: S
    EngineVersion: S
    HostInstanceType: S
    BrokerId: S
    LdapServerMetadata: X[AwsAmazonMqBrokerLdapServerMetadataDetails]
    Logs: X[AwsAmazonMqBrokerLogsDetails]
    MaintenanceWindowStartTime: X[AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails]
    PubliclyAccessible: B
    SecurityGroups: L[Si]
    StorageType: S
    SubnetIds: L[Si]
    Users: L[Xi[AwsAmazonMqBrokerUsersDetails]]

class AwsAppSyncGraphQlApiOpenIdConnectConfigDetails(TypedDict, total=False):
    AuthTtL: I
    ClientId: S
    IatTtL: I
    Issuer: S

class AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails(TypedDict, total=False):
    AuthorizerResultTtlInSeconds: I
    AuthorizerUri: S
    IdentityValidationExpression: S

class AwsAppSyncGraphQlApiUserPoolConfigDetails(TypedDict, total=False):
    AppIdClientRegex: S
    AwsRegion: S
    DefaultAction: S
    UserPoolId: S

class AwsAppSyncGraphQlApiLogConfigDetails(TypedDict, total=False):
    CloudWatchLogsRoleArn: S
    ExcludeVerboseContent: B
    FieldLogLevel: S

class AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails(TypedDict, total=False):
    AuthenticationType: S
    LambdaAuthorizerConfig: X[AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails]
    OpenIdConnectConfig: X[AwsAppSyncGraphQlApiOpenIdConnectConfigDetails]
    UserPoolConfig: X[AwsAppSyncGraphQlApiUserPoolConfigDetails]

class AwsAppSyncGraphQlApiDetails(TypedDict, total=False):
    ApiId: S
    Id: S
    OpenIdConnectConfig: X[AwsAppSyncGraphQlApiOpenIdConnectConfigDetails]
    Name: S
    LambdaAuthorizerConfig: X[AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails]
    XrayEnabled: B
    Arn: S
    UserPoolConfig: X[AwsAppSyncGraphQlApiUserPoolConfigDetails]
    AuthenticationType: S
    LogConfig: X[AwsAppSyncGraphQlApiLogConfigDetails]
    AdditionalAuthenticationProviders: L[
        Xi[AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails]
    ]
    WafWebAclArn: S

class AwsEventSchemasRegistryDetails(TypedDict, total=False):
    Description: S
    RegistryArn: S
    RegistryName: S

class AwsGuardDutyDetectorDataSourcesCloudTrailDetails(TypedDict, total=False):
    Status: S

class AwsGuardDutyDetectorDataSourcesDnsLogsDetails(TypedDict, total=False):
    Status: S

class AwsGuardDutyDetectorDataSourcesFlowLogsDetails(TypedDict, total=False):
    Status: S

class AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails(TypedDict, total=False):
    Status: S

class AwsGuardDutyDetectorDataSourcesKubernetesDetails(TypedDict, total=False):
    AuditLogs: X[AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails]

class AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails(
    TypedDict, total=False
):
    Reason: S
    Status: S

class AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails(
    TypedDict, total=False
):
    EbsVolumes: X[
        AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails
    ]

class AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails(TypedDict, total=False):
    ScanEc2InstanceWithFindings: X[
        AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails
    ]
    ServiceRole: S

class AwsGuardDutyDetectorDataSourcesS3LogsDetails(TypedDict, total=False):
    Status: S

class AwsGuardDutyDetectorDataSourcesDetails(TypedDict, total=False):
    CloudTrail: X[AwsGuardDutyDetectorDataSourcesCloudTrailDetails]
    DnsLogs: X[AwsGuardDutyDetectorDataSourcesDnsLogsDetails]
    FlowLogs: X[AwsGuardDutyDetectorDataSourcesFlowLogsDetails]
    Kubernetes: X[AwsGuardDutyDetectorDataSourcesKubernetesDetails]
    MalwareProtection: X[AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails]
    S3Logs: X[AwsGuardDutyDetectorDataSourcesS3LogsDetails]

class AwsGuardDutyDetectorFeaturesDetails(TypedDict, total=False):
    Name: S
    Status: S

class AwsGuardDutyDetectorDetails(TypedDict, total=False):
    DataSources: X[AwsGuardDutyDetectorDataSourcesDetails]
    Features: L[Xi[AwsGuardDutyDetectorFeaturesDetails]]
    FindingPublishingFrequency: S
    ServiceRole: S
    Status: S

class AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails(
    TypedDict, total=False
):
    LogGroupArn: S

class AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails(TypedDict, total=False):
    CloudWatchLogsLogGroup: X[
        AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails
    ]

class AwsStepFunctionStateMachineLoggingConfigurationDetails(TypedDict, total=False):
    Destinations: L[Xi[AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails]]
    IncludeExecutionData: B
    Level: S

class AwsStepFunctionStateMachineTracingConfigurationDetails(TypedDict, total=False):
    Enabled: B

class AwsStepFunctionStateMachineDetails(TypedDict, total=False):
    Label: S
    LoggingConfiguration: X[AwsStepFunctionStateMachineLoggingConfigurationDetails]
    Name: S
    RoleArn: S
    StateMachineArn: S
    Status: S
    TracingConfiguration: X[AwsStepFunctionStateMachineTracingConfigurationDetails]
    Type: S

class AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails(
    TypedDict, total=False
):
    EncryptionOption: S
    KmsKey: S

class AwsAthenaWorkGroupConfigurationResultConfigurationDetails(TypedDict, total=False):
    EncryptionConfiguration: X[
        AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails
    ]

class AwsAthenaWorkGroupConfigurationDetails(TypedDict, total=False):
    ResultConfiguration: X[AwsAthenaWorkGroupConfigurationResultConfigurationDetails]

class AwsAthenaWorkGroupDetails(TypedDict, total=False):
    Name: S
    Description: S
    State: S
    Configuration: X[AwsAthenaWorkGroupConfigurationDetails]

class AwsEventsEventbusDetails(TypedDict, total=False):
    Arn: S
    Name: S
    Policy: S

class AwsDmsEndpointDetails(TypedDict, total=False):
    CertificateArn: S
    DatabaseName: S
    EndpointArn: S
    EndpointIdentifier: S
    EndpointType: S
    EngineName: S
    ExternalId: S
    ExtraConnectionAttributes: S
    KmsKeyId: S
    Port: I
    ServerName: S
    SslMode: S
    Username: S

class AwsEventsEndpointEventBusesDetails(TypedDict, total=False):
    EventBusArn: S

class AwsEventsEndpointReplicationConfigDetails(TypedDict, total=False):
    State: S

class AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails(TypedDict, total=False):
    HealthCheck: S

class AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails(TypedDict, total=False):
    Route: S

class AwsEventsEndpointRoutingConfigFailoverConfigDetails(TypedDict, total=False):
    Primary: X[AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails]
    Secondary: X[AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails]

class AwsEventsEndpointRoutingConfigDetails(TypedDict, total=False):
    FailoverConfig: X[AwsEventsEndpointRoutingConfigFailoverConfigDetails]

class AwsEventsEndpointDetails(TypedDict, total=False):
    Arn: S
    Description: S
    EndpointId: S
    EndpointUrl: S
    EventBuses: L[Xi[AwsEventsEndpointEventBusesDetails]]
    Name: S
    ReplicationConfig: X[AwsEventsEndpointReplicationConfigDetails]
    RoleArn: S
    RoutingConfig: X[AwsEventsEndpointRoutingConfigDetails]
    State: S
    StateReason: S

class AwsDmsReplicationTaskDetails(TypedDict, total=False):
    CdcStartPosition: S
    CdcStartTime: S
    CdcStopPosition: S
    MigrationType: S
    Id: S
    ResourceIdentifier: S
    ReplicationInstanceArn: S
    ReplicationTaskIdentifier: S
    ReplicationTaskSettings: S
    SourceEndpointArn: S
    TableMappings: S
    TargetEndpointArn: S
    TaskData: S

class AwsDmsReplicationInstanceReplicationSubnetGroupDetails(TypedDict, total=False):
    ReplicationSubnetGroupIdentifier: S

class AwsDmsReplicationInstanceVpcSecurityGroupsDetails(TypedDict, total=False):
    VpcSecurityGroupId: S

class AwsDmsReplicationInstanceDetails(TypedDict, total=False):
    AllocatedStorage: I
    AutoMinorVersionUpgrade: B
    AvailabilityZone: S
    EngineVersion: S
    KmsKeyId: S
    MultiAZ: B
    PreferredMaintenanceWindow: S
    PubliclyAccessible: B
    ReplicationInstanceClass: S
    ReplicationInstanceIdentifier: S
    ReplicationSubnetGroup: X[AwsDmsReplicationInstanceReplicationSubnetGroupDetails]
    VpcSecurityGroups: L[Xi[AwsDmsReplicationInstanceVpcSecurityGroupsDetails]]

class AwsRoute53HostedZoneConfigDetails(TypedDict, total=False):
    Comment: S

class AwsRoute53HostedZoneObjectDetails(TypedDict, total=False):
    Id: S
    Name: S
    Config: X[AwsRoute53HostedZoneConfigDetails]

class AwsRoute53HostedZoneVpcDetails(TypedDict, total=False):
    Id: S
    Region: S

class CloudWatchLogsLogGroupArnConfigDetails(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: S
    HostedZoneId: S
    Id: S

class AwsRoute53QueryLoggingConfigDetails(TypedDict, total=False):
    CloudWatchLogsLogGroupArn: X[CloudWatchLogsLogGroupArnConfigDetails]

class AwsRoute53HostedZoneDetails(TypedDict, total=False):
    HostedZone: X[AwsRoute53HostedZoneObjectDetails]
    Vpcs: L[Xi[AwsRoute53HostedZoneVpcDetails]]
    NameServers: L[Si]
    QueryLoggingConfig: X[AwsRoute53QueryLoggingConfigDetails]

class AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails(TypedDict, total=False):
    InCluster: B
    ClientBroker: S

class AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails(TypedDict, total=False):
    DataVolumeKMSKeyId: S

class AwsMskClusterClusterInfoEncryptionInfoDetails(TypedDict, total=False):
    EncryptionInTransit: X[AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails]
    EncryptionAtRest: X[AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails]

class AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails(TypedDict, total=False):
    Enabled: B

class AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails(TypedDict, total=False):
    Enabled: B

class AwsMskClusterClusterInfoClientAuthenticationSaslDetails(TypedDict, total=False):
    Iam: X[AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails]
    Scram: X[AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails]

class AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails(TypedDict, total=False):
    Enabled: B

class AwsMskClusterClusterInfoClientAuthenticationTlsDetails(TypedDict, total=False):
    CertificateAuthorityArnList: L[Si]
    Enabled: B

class AwsMskClusterClusterInfoClientAuthenticationDetails(TypedDict, total=False):
    Sasl: X[AwsMskClusterClusterInfoClientAuthenticationSaslDetails]
    Unauthenticated: X[AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails]
    Tls: X[AwsMskClusterClusterInfoClientAuthenticationTlsDetails]

class AwsMskClusterClusterInfoDetails(TypedDict, total=False):
    EncryptionInfo: X[AwsMskClusterClusterInfoEncryptionInfoDetails]
    CurrentVersion: S
    NumberOfBrokerNodes: I
    ClusterName: S
    ClientAuthentication: X[AwsMskClusterClusterInfoClientAuthenticationDetails]
    EnhancedMonitoring: S

class AwsMskClusterDetails(TypedDict, total=False):
    ClusterInfo: X[AwsMskClusterClusterInfoDetails]

class AwsS3AccessPointVpcConfigurationDetails(TypedDict, total=False):
    VpcId: S

class AwsS3AccessPointDetails(TypedDict, total=False):
    AccessPointArn: S
    Alias: S
    Bucket: S
    BucketAccountId: S
    Name: S
    NetworkOrigin: S
    PublicAccessBlockConfiguration: X[AwsS3AccountPublicAccessBlockDetails]
    VpcConfiguration: X[AwsS3AccessPointVpcConfigurationDetails]

class AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails(TypedDict, total=False):
    DirectoryId: S

class AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails(
    TypedDict, total=False
):
    ClientRootCertificateChain: S

class AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails(
    TypedDict, total=False
):
    SamlProviderArn: S
    SelfServiceSamlProviderArn: S

class AwsEc2ClientVpnEndpointAuthenticationOptionsDetails(TypedDict, total=False):
    Type: S
    ActiveDirectory: X[AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails]
    MutualAuthentication: X[AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails]
    FederatedAuthentication: X[
        AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails
    ]

class AwsEc2ClientVpnEndpointConnectionLogOptionsDetails(TypedDict, total=False):
    Enabled: B
    CloudwatchLogGroup: S
    CloudwatchLogStream: S

class AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails(TypedDict, total=False):
    Code: S
    Message: S

class AwsEc2ClientVpnEndpointClientConnectOptionsDetails(TypedDict, total=False):
    Enabled: B
    LambdaFunctionArn: S
    Status: X[AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails]

class AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails(TypedDict, total=False):
    Enabled: B
    BannerText: S

class AwsEc2ClientVpnEndpointDetails(TypedDict, total=False):
    ClientVpnEndpointId: S
    Description: S
    ClientCidrBlock: S
    DnsServer: L[Si]
    SplitTunnel: B
    TransportProtocol: S
    VpnPort: I
    ServerCertificateArn: S
    AuthenticationOptions: L[Xi[AwsEc2ClientVpnEndpointAuthenticationOptionsDetails]]
    ConnectionLogOptions: X[AwsEc2ClientVpnEndpointConnectionLogOptionsDetails]
    SecurityGroupIdSet: L[Si]
    VpcId: S
    SelfServicePortalUrl: S
    ClientConnectOptions: X[AwsEc2ClientVpnEndpointClientConnectOptionsDetails]
    SessionTimeoutHours: I
    ClientLoginBannerOptions: X[AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails]

class CodeRepositoryDetails(TypedDict, total=False):
    ProviderType: S
    ProjectName: S
    CodeSecurityIntegrationArn: S

class ResourceDetails(TypedDict, total=False):
    AwsAutoScalingAutoScalingGroup: X[AwsAutoScalingAutoScalingGroupDetails]
    AwsCodeBuildProject: X[AwsCodeBuildProjectDetails]
    AwsCloudFrontDistribution: X[AwsCloudFrontDistributionDetails]
    AwsEc2Instance: X[AwsEc2InstanceDetails]
    AwsEc2NetworkInterface: X[AwsEc2NetworkInterfaceDetails]
    AwsEc2SecurityGroup: X[AwsEc2SecurityGroupDetails]
    AwsEc2Volume: X[AwsEc2VolumeDetails]
    AwsEc2Vpc: X[AwsEc2VpcDetails]
    AwsEc2Eip: X[AwsEc2EipDetails]
    AwsEc2Subnet: X[AwsEc2SubnetDetails]
    AwsEc2NetworkAcl: X[AwsEc2NetworkAclDetails]
    AwsElbv2LoadBalancer: X[AwsElbv2LoadBalancerDetails]
    AwsElasticBeanstalkEnvironment: X[AwsElasticBeanstalkEnvironmentDetails]
    AwsElasticsearchDomain: X[AwsElasticsearchDomainDetails]
    AwsS3Bucket: X[AwsS3BucketDetails]
    AwsS3AccountPublicAccessBlock: X[AwsS3AccountPublicAccessBlockDetails]
    AwsS3Object: X[AwsS3ObjectDetails]
    AwsSecretsManagerSecret: X[AwsSecretsManagerSecretDetails]
    AwsIamAccessKey: X[AwsIamAccessKeyDetails]
    AwsIamUser: X[AwsIamUserDetails]
    AwsIamPolicy: X[AwsIamPolicyDetails]
    AwsApiGatewayV2Stage: X[AwsApiGatewayV2StageDetails]
    AwsApiGatewayV2Api: X[AwsApiGatewayV2ApiDetails]
    AwsDynamoDbTable: X[AwsDynamoDbTableDetails]
    AwsApiGatewayStage: X[AwsApiGatewayStageDetails]
    AwsApiGatewayRestApi: X[AwsApiGatewayRestApiDetails]
    AwsCloudTrailTrail: X[AwsCloudTrailTrailDetails]
    AwsSsmPatchCompliance: X[AwsSsmPatchComplianceDetails]
    AwsCertificateManagerCertificate: X[AwsCertificateManagerCertificateDetails]
    AwsRedshiftCluster: X[AwsRedshiftClusterDetails]
    AwsElbLoadBalancer: X[AwsElbLoadBalancerDetails]
    AwsIamGroup: X[AwsIamGroupDetails]
    AwsIamRole: X[AwsIamRoleDetails]
    AwsKmsKey: X[AwsKmsKeyDetails]
    AwsLambdaFunction: X[AwsLambdaFunctionDetails]
    AwsLambdaLayerVersion: X[AwsLambdaLayerVersionDetails]
    AwsRdsDbInstance: X[AwsRdsDbInstanceDetails]
    AwsSnsTopic: X[AwsSnsTopicDetails]
    AwsSqsQueue: X[AwsSqsQueueDetails]
    AwsWafWebAcl: X[AwsWafWebAclDetails]
    AwsRdsDbSnapshot: X[AwsRdsDbSnapshotDetails]
    AwsRdsDbClusterSnapshot: X[AwsRdsDbClusterSnapshotDetails]
    AwsRdsDbCluster: X[AwsRdsDbClusterDetails]
    AwsEcsCluster: X[AwsEcsClusterDetails]
    AwsEcsContainer: X[AwsEcsContainerDetails]
    AwsEcsTaskDefinition: X[AwsEcsTaskDefinitionDetails]
    Container: X[ContainerDetails]
    Other: M[S]
    AwsRdsEventSubscription: X[AwsRdsEventSubscriptionDetails]
    AwsEcsService: X[AwsEcsServiceDetails]
    AwsAutoScalingLaunchConfiguration: X[AwsAutoScalingLaunchConfigurationDetails]
    AwsEc2VpnConnection: X[AwsEc2VpnConnectionDetails]
    AwsEcrContainerImage: X[AwsEcrContainerImageDetails]
    AwsOpenSearchServiceDomain: X[AwsOpenSearchServiceDomainDetails]
    AwsEc2VpcEndpointService: X[AwsEc2VpcEndpointServiceDetails]
    AwsXrayEncryptionConfig: X[AwsXrayEncryptionConfigDetails]
    AwsWafRateBasedRule: X[AwsWafRateBasedRuleDetails]
    AwsWafRegionalRateBasedRule: X[AwsWafRegionalRateBasedRuleDetails]
    AwsEcrRepository: X[AwsEcrRepositoryDetails]
    AwsEksCluster: X[AwsEksClusterDetails]
    AwsNetworkFirewallFirewallPolicy: X[AwsNetworkFirewallFirewallPolicyDetails]
    AwsNetworkFirewallFirewall: X[AwsNetworkFirewallFirewallDetails]
    AwsNetworkFirewallRuleGroup: X[AwsNetworkFirewallRuleGroupDetails]
    AwsRdsDbSecurityGroup: X[AwsRdsDbSecurityGroupDetails]
    AwsKinesisStream: X[AwsKinesisStreamDetails]
    AwsEc2TransitGateway: X[AwsEc2TransitGatewayDetails]
    AwsEfsAccessPoint: X[AwsEfsAccessPointDetails]
    AwsCloudFormationStack: X[AwsCloudFormationStackDetails]
    AwsCloudWatchAlarm: X[AwsCloudWatchAlarmDetails]
    AwsEc2VpcPeeringConnection: X[AwsEc2VpcPeeringConnectionDetails]
    AwsWafRegionalRuleGroup: X[AwsWafRegionalRuleGroupDetails]
    AwsWafRegionalRule: X[AwsWafRegionalRuleDetails]
    AwsWafRegionalWebAcl: X[AwsWafRegionalWebAclDetails]
    AwsWafRule: X[AwsWafRuleDetails]
    AwsWafRuleGroup: X[AwsWafRuleGroupDetails]
    AwsEcsTask: X[AwsEcsTaskDetails]
    AwsBackupBackupVault: X[AwsBackupBackupVaultDetails]
    AwsBackupBackupPlan: X[AwsBackupBackupPlanDetails]
    AwsBackupRecoveryPoint: X[AwsBackupRecoveryPointDetails]
    AwsEc2LaunchTemplate: X[AwsEc2LaunchTemplateDetails]
    AwsSageMakerNotebookInstance: X[AwsSageMakerNotebookInstanceDetails]
    AwsWafv2WebAcl: X[AwsWafv2WebAclDetails]
    AwsWafv2RuleGroup: X[AwsWafv2RuleGroupDetails]
    AwsEc2RouteTable: X[AwsEc2RouteTableDetails]
    AwsAmazonMqBroker: X[AwsAmazonMqBrokerDetails]
    AwsAppSyncGraphQlApi: X[AwsAppSyncGraphQlApiDetails]
    AwsEventSchemasRegistry: X[AwsEventSchemasRegistryDetails]
    AwsGuardDutyDetector: X[AwsGuardDutyDetectorDetails]
    AwsStepFunctionStateMachine: X[AwsStepFunctionStateMachineDetails]
    AwsAthenaWorkGroup: X[AwsAthenaWorkGroupDetails]
    AwsEventsEventbus: X[AwsEventsEventbusDetails]
    AwsDmsEndpoint: X[AwsDmsEndpointDetails]
    AwsEventsEndpoint: X[AwsEventsEndpointDetails]
    AwsDmsReplicationTask: X[AwsDmsReplicationTaskDetails]
    AwsDmsReplicationInstance: X[AwsDmsReplicationInstanceDetails]
    AwsRoute53HostedZone: X[AwsRoute53HostedZoneDetails]
    AwsMskCluster: X[AwsMskClusterDetails]
    AwsS3AccessPoint: X[AwsS3AccessPointDetails]
    AwsEc2ClientVpnEndpoint: X[AwsEc2ClientVpnEndpointDetails]
    CodeRepository: X[CodeRepositoryDetails]
    AzureResource: Doc
    GcpResource: Doc

class Resource(TypedDict, total=False):
    Type: S
    Id: S
    Partition: S
    Region: S
    Provider: S
    Owner: X[ResourceOwner]
    ResourceRole: S
    Tags: M[S]
    DataClassification: X[DataClassificationDetails]
    Details: X[ResourceDetails]
    ApplicationName: S
    ApplicationArn: S

class StatusReason(TypedDict, total=False):
    ReasonCode: S
    Description: S

class AssociatedStandard(TypedDict, total=False):
    StandardsId: S

class SecurityControlParameter(TypedDict, total=False):
    Name: S
    Value: L[Si]

class Compliance(TypedDict, total=False):
    Status: S
    RelatedRequirements: L[Si]
    StatusReasons: L[Xi[StatusReason]]
    SecurityControlId: S
    AssociatedStandards: L[Xi[AssociatedStandard]]
    SecurityControlParameters: L[Xi[SecurityControlParameter]]

class Workflow(TypedDict, total=False):
    Status: S

class RelatedFinding(TypedDict, total=False):
    ProductArn: S
    Id: S

class Note(TypedDict, total=False):
    Text: S
    UpdatedBy: S
    UpdatedAt: S

class SoftwarePackage(TypedDict, total=False):
    Name: S
    Version: S
    Epoch: S
    Release: S
    Architecture: S
    PackageManager: S
    FilePath: S
    FixedInVersion: S
    Remediation: S
    SourceLayerHash: S
    SourceLayerArn: S

class Adjustment(TypedDict, total=False):
    Metric: S
    Reason: S

class Cvss(TypedDict, total=False):
    Version: S
    BaseScore: F
    BaseVector: S
    Source: S
    Adjustments: L[Xi[Adjustment]]

class VulnerabilityVendor(TypedDict, total=False):
    Name: S
    Url: S
    VendorSeverity: S
    VendorCreatedAt: S
    VendorUpdatedAt: S

class CodeVulnerabilitiesFilePath(TypedDict, total=False):
    EndLine: I
    FileName: S
    FilePath: S
    StartLine: I

class VulnerabilityCodeVulnerabilities(TypedDict, total=False):
    Cwes: L[Si]
    FilePath: X[CodeVulnerabilitiesFilePath]
    SourceArn: S

class Vulnerability(TypedDict, total=False):
    Id: S
    VulnerablePackages: L[Xi[SoftwarePackage]]
    Cvss: L[Xi[Cvss]]
    RelatedVulnerabilities: L[Si]
    Vendor: X[VulnerabilityVendor]
    ReferenceUrls: L[Si]
    FixAvailable: S
    EpssScore: F
    ExploitAvailable: S
    LastKnownExploitAt: S
    CodeVulnerabilities: L[Xi[VulnerabilityCodeVulnerabilities]]

class PatchSummary(TypedDict, total=False):
    Id: S
    InstalledCount: I
    MissingCount: I
    FailedCount: I
    InstalledOtherCount: I
    InstalledRejectedCount: I
    InstalledPendingReboot: I
    OperationStartTime: S
    OperationEndTime: S
    RebootOption: S
    Operation: S

class IpOrganizationDetails(TypedDict, total=False):
    Asn: I
    AsnOrg: S
    Isp: S
    Org: S

class Country(TypedDict, total=False):
    CountryCode: S
    CountryName: S

class City(TypedDict, total=False):
    CityName: S

class GeoLocation(TypedDict, total=False):
    Lon: F
    Lat: F

class ActionRemoteIpDetails(TypedDict, total=False):
    IpAddressV4: S
    Organization: X[IpOrganizationDetails]
    Country: X[Country]
    City: X[City]
    GeoLocation: X[GeoLocation]

class ActionRemotePortDetails(TypedDict, total=False):
    Port: I
    PortName: S

class ActionLocalPortDetails(TypedDict, total=False):
    Port: I
    PortName: S

class NetworkConnectionAction(TypedDict, total=False):
    ConnectionDirection: S
    RemoteIpDetails: X[ActionRemoteIpDetails]
    RemotePortDetails: X[ActionRemotePortDetails]
    LocalPortDetails: X[ActionLocalPortDetails]
    Protocol: S
    Blocked: B

class AwsApiCallActionDomainDetails(TypedDict, total=False):
    Domain: S

class AwsApiCallAction(TypedDict, total=False):
    Api: S
    ServiceName: S
    CallerType: S
    RemoteIpDetails: X[ActionRemoteIpDetails]
    DomainDetails: X[AwsApiCallActionDomainDetails]
    AffectedResources: M[S]
    FirstSeen: S
    LastSeen: S

class DnsRequestAction(TypedDict, total=False):
    Domain: S
    Protocol: S
    Blocked: B

class ActionLocalIpDetails(TypedDict, total=False):
    IpAddressV4: S

class PortProbeDetail(TypedDict, total=False):
    LocalPortDetails: X[ActionLocalPortDetails]
    LocalIpDetails: X[ActionLocalIpDetails]
    RemoteIpDetails: X[ActionRemoteIpDetails]

class PortProbeAction(TypedDict, total=False):
    PortProbeDetails: L[Xi[PortProbeDetail]]
    Blocked: B

class Action(TypedDict, total=False):
    ActionType: S
    NetworkConnectionAction: X[NetworkConnectionAction]
    AwsApiCallAction: X[AwsApiCallAction]
    DnsRequestAction: X[DnsRequestAction]
    PortProbeAction: X[PortProbeAction]

class FindingProviderSeverity(TypedDict, total=False):
    Label: S
    Original: S

class FindingProviderFields(TypedDict, total=False):
    Confidence: I
    Criticality: I
    RelatedFindings: L[Xi[RelatedFinding]]
    Severity: X[FindingProviderSeverity]
    Types: L[Si]

class GeneratorDetails(TypedDict, total=False):
    Name: S
    Description: S
    Labels: L[Si]

class UserAccount(TypedDict, total=False):
    Uid: S
    Name: S

class ActorUser(TypedDict, total=False):
    Name: S
    Uid: S
    Type: S
    CredentialUid: S
    Account: X[UserAccount]

class ActorSession(TypedDict, total=False):
    Uid: S
    MfaStatus: S
    CreatedTime: I
    Issuer: S

class Actor(TypedDict, total=False):
    Id: S
    User: X[ActorUser]
    Session: X[ActorSession]

class NetworkGeoLocation(TypedDict, total=False):
    City: S
    Country: S
    Lat: F
    Lon: F

class NetworkAutonomousSystem(TypedDict, total=False):
    Name: S
    Number: I

class NetworkConnection(TypedDict, total=False):
    Direction: S

class NetworkEndpoint(TypedDict, total=False):
    Id: S
    Ip: S
    Domain: S
    Port: I
    Location: X[NetworkGeoLocation]
    AutonomousSystem: X[NetworkAutonomousSystem]
    Connection: X[NetworkConnection]

class Indicator(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Title: S
    Type: S

class Signal(TypedDict, total=False):
    Type: S
    Id: S
    Title: S
    ProductArn: S
    ResourceIds: L[Si]
    SignalIndicators: L[Xi[Indicator]]
    Name: S
    CreatedAt: I
    UpdatedAt: I
    FirstSeenAt: I
    LastSeenAt: I
    Severity: F
    Count: I
    ActorIds: L[Si]
    EndpointIds: L[Si]

class Sequence(TypedDict, total=False):
    Uid: S
    Actors: L[Xi[Actor]]
    Endpoints: L[Xi[NetworkEndpoint]]
    Signals: L[Xi[Signal]]
    SequenceIndicators: L[Xi[Indicator]]

class Detection(TypedDict, total=False):
    Sequence: X[Sequence]

class AwsSecurityFinding(TypedDict, total=False):
    SchemaVersion: S
    Id: S
    ProductArn: S
    ProductName: S
    CompanyName: S
    Region: S
    GeneratorId: S
    AwsAccountId: S
    Types: L[Si]
    FirstObservedAt: S
    LastObservedAt: S
    CreatedAt: S
    UpdatedAt: S
    Severity: X[Severity]
    Confidence: I
    Criticality: I
    Title: S
    Description: S
    Remediation: X[Remediation]
    SourceUrl: S
    ProductFields: M[S]
    UserDefinedFields: M[S]
    Malware: L[Xi[Malware]]
    Network: X[Network]
    NetworkPath: L[Xi[NetworkPathComponent]]
    Process: X[ProcessDetails]
    Threats: L[Xi[Threat]]
    ThreatIntelIndicators: L[Xi[ThreatIntelIndicator]]
    Resources: L[Xi[Resource]]
    Compliance: X[Compliance]
    VerificationState: S
    WorkflowState: S
    Workflow: X[Workflow]
    RecordState: S
    RelatedFindings: L[Xi[RelatedFinding]]
    Note: X[Note]
    Vulnerabilities: L[Xi[Vulnerability]]
    PatchSummary: X[PatchSummary]
    Action: X[Action]
    FindingProviderFields: X[FindingProviderFields]
    Sample: B
    GeneratorDetails: X[GeneratorDetails]
    ProcessedAt: S
    AwsAccountName: S
    Detection: X[Detection]

BatchImportFindingsParameters = TypedDict(
    "BatchImportFindingsParameters",
    {"Findings": L[Xi[AwsSecurityFinding]], "Findings.$": str},
    total=False,
)

class StringFilter(TypedDict, total=False):
    Value: S
    Comparison: S

class DateRange(TypedDict, total=False):
    Value: I
    Unit: S
    Comparison: S

class DateFilter(TypedDict, total=False):
    Start: S
    End: S
    DateRange: X[DateRange]

class NumberFilter(TypedDict, total=False):
    Gte: F
    Lte: F
    Eq: F
    Gt: F
    Lt: F

class MapFilter(TypedDict, total=False):
    Key: S
    Value: S
    Comparison: S

class AutomationRulesFindingFilters(TypedDict, total=False):
    ProductArn: L[Xi[StringFilter]]
    AwsAccountId: L[Xi[StringFilter]]
    Id: L[Xi[StringFilter]]
    GeneratorId: L[Xi[StringFilter]]
    Type: L[Xi[StringFilter]]
    FirstObservedAt: L[Xi[DateFilter]]
    LastObservedAt: L[Xi[DateFilter]]
    CreatedAt: L[Xi[DateFilter]]
    UpdatedAt: L[Xi[DateFilter]]
    Confidence: L[Xi[NumberFilter]]
    Criticality: L[Xi[NumberFilter]]
    Title: L[Xi[StringFilter]]
    Description: L[Xi[StringFilter]]
    SourceUrl: L[Xi[StringFilter]]
    ProductName: L[Xi[StringFilter]]
    CompanyName: L[Xi[StringFilter]]
    SeverityLabel: L[Xi[StringFilter]]
    ResourceType: L[Xi[StringFilter]]
    ResourceId: L[Xi[StringFilter]]
    ResourcePartition: L[Xi[StringFilter]]
    ResourceRegion: L[Xi[StringFilter]]
    ResourceTags: L[Xi[MapFilter]]
    ResourceDetailsOther: L[Xi[MapFilter]]
    ComplianceStatus: L[Xi[StringFilter]]
    ComplianceSecurityControlId: L[Xi[StringFilter]]
    ComplianceAssociatedStandardsId: L[Xi[StringFilter]]
    VerificationState: L[Xi[StringFilter]]
    WorkflowStatus: L[Xi[StringFilter]]
    RecordState: L[Xi[StringFilter]]
    RelatedFindingsProductArn: L[Xi[StringFilter]]
    RelatedFindingsId: L[Xi[StringFilter]]
    NoteText: L[Xi[StringFilter]]
    NoteUpdatedAt: L[Xi[DateFilter]]
    NoteUpdatedBy: L[Xi[StringFilter]]
    UserDefinedFields: L[Xi[MapFilter]]
    ResourceApplicationArn: L[Xi[StringFilter]]
    ResourceApplicationName: L[Xi[StringFilter]]
    AwsAccountName: L[Xi[StringFilter]]
    ResourceProvider: L[Xi[StringFilter]]
    ResourceOwnerAccountId: L[Xi[StringFilter]]
    ResourceOwnerOrgId: L[Xi[StringFilter]]

class NoteUpdate(TypedDict, total=False):
    Text: S
    UpdatedBy: S

class SeverityUpdate(TypedDict, total=False):
    Normalized: I
    Product: F
    Label: S

class WorkflowUpdate(TypedDict, total=False):
    Status: S

class AutomationRulesFindingFieldsUpdate(TypedDict, total=False):
    Note: X[NoteUpdate]
    Severity: X[SeverityUpdate]
    VerificationState: S
    Confidence: I
    Criticality: I
    Types: L[Si]
    UserDefinedFields: M[S]
    Workflow: X[WorkflowUpdate]
    RelatedFindings: L[Xi[RelatedFinding]]

class AutomationRulesAction(TypedDict, total=False):
    Type: S
    FindingFieldsUpdate: X[AutomationRulesFindingFieldsUpdate]

class UpdateAutomationRulesRequestItem(TypedDict, total=False):
    RuleArn: S
    RuleStatus: S
    RuleOrder: I
    Description: S
    RuleName: S
    IsTerminal: B
    Criteria: X[AutomationRulesFindingFilters]
    Actions: L[Xi[AutomationRulesAction]]

BatchUpdateAutomationRulesParameters = TypedDict(
    "BatchUpdateAutomationRulesParameters",
    {
        "UpdateAutomationRulesRequestItems": L[Xi[UpdateAutomationRulesRequestItem]],
        "UpdateAutomationRulesRequestItems.$": str,
    },
    total=False,
)

class AwsSecurityFindingIdentifier(TypedDict, total=False):
    Id: S
    ProductArn: S

BatchUpdateFindingsParameters = TypedDict(
    "BatchUpdateFindingsParameters",
    {
        "FindingIdentifiers": L[Xi[AwsSecurityFindingIdentifier]],
        "FindingIdentifiers.$": str,
        "Note": X[NoteUpdate],
        "Note.$": str,
        "Severity": X[SeverityUpdate],
        "Severity.$": str,
        "VerificationState": S,
        "VerificationState.$": str,
        "Confidence": I,
        "Confidence.$": str,
        "Criticality": I,
        "Criticality.$": str,
        "Types": L[Si],
        "Types.$": str,
        "UserDefinedFields": M[S],
        "UserDefinedFields.$": str,
        "Workflow": X[WorkflowUpdate],
        "Workflow.$": str,
        "RelatedFindings": L[Xi[RelatedFinding]],
        "RelatedFindings.$": str,
    },
    total=False,
)

class OcsfFindingIdentifier(TypedDict, total=False):
    CloudAccountUid: S
    FindingInfoUid: S
    MetadataProductUid: S

BatchUpdateFindingsV2Parameters = TypedDict(
    "BatchUpdateFindingsV2Parameters",
    {
        "MetadataUids": L[Si],
        "MetadataUids.$": str,
        "FindingIdentifiers": L[Xi[OcsfFindingIdentifier]],
        "FindingIdentifiers.$": str,
        "Comment": S,
        "Comment.$": str,
        "SeverityId": I,
        "SeverityId.$": str,
        "StatusId": I,
        "StatusId.$": str,
    },
    total=False,
)

class StandardsControlAssociationUpdate(TypedDict, total=False):
    StandardsArn: S
    SecurityControlId: S
    AssociationStatus: S
    UpdatedReason: S

BatchUpdateStandardsControlAssociationsParameters = TypedDict(
    "BatchUpdateStandardsControlAssociationsParameters",
    {
        "StandardsControlAssociationUpdates": L[Xi[StandardsControlAssociationUpdate]],
        "StandardsControlAssociationUpdates.$": str,
    },
    total=False,
)
CancelExportJobV2Parameters = TypedDict(
    "CancelExportJobV2Parameters", {"ExportJobId": S, "ExportJobId.$": str}, total=False
)
CreateActionTargetParameters = TypedDict(
    "CreateActionTargetParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str, "Id": S, "Id.$": str},
    total=False,
)
CreateAggregatorV2Parameters = TypedDict(
    "CreateAggregatorV2Parameters",
    {
        "RegionLinkingMode": S,
        "RegionLinkingMode.$": str,
        "LinkedRegions": L[Si],
        "LinkedRegions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAutomationRuleParameters = TypedDict(
    "CreateAutomationRuleParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "RuleStatus": S,
        "RuleStatus.$": str,
        "RuleOrder": I,
        "RuleOrder.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "Description": S,
        "Description.$": str,
        "IsTerminal": B,
        "IsTerminal.$": str,
        "Criteria": X[AutomationRulesFindingFilters],
        "Criteria.$": str,
        "Actions": L[Xi[AutomationRulesAction]],
        "Actions.$": str,
    },
    total=False,
)

class OcsfStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[StringFilter]

class OcsfDateFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[DateFilter]

class BooleanFilter(TypedDict, total=False):
    Value: B

class OcsfBooleanFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[BooleanFilter]

class OcsfNumberFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[NumberFilter]

class OcsfMapFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[MapFilter]

class IpFilter(TypedDict, total=False):
    Cidr: S

class OcsfIpFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[IpFilter]

class CompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[OcsfStringFilter]]
    DateFilters: L[Xi[OcsfDateFilter]]
    BooleanFilters: L[Xi[OcsfBooleanFilter]]
    NumberFilters: L[Xi[OcsfNumberFilter]]
    MapFilters: L[Xi[OcsfMapFilter]]
    IpFilters: L[Xi[OcsfIpFilter]]
    NestedCompositeFilters: L[Xi[CompositeFilter]]
    Operator: S

class OcsfFindingFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[CompositeFilter]]
    CompositeOperator: S

class ResourcesStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[StringFilter]

class ResourcesDateFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[DateFilter]

class ResourcesNumberFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[NumberFilter]

class ResourcesMapFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[MapFilter]

class ResourcesCompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[ResourcesStringFilter]]
    DateFilters: L[Xi[ResourcesDateFilter]]
    NumberFilters: L[Xi[ResourcesNumberFilter]]
    MapFilters: L[Xi[ResourcesMapFilter]]
    NestedCompositeFilters: L[Xi[ResourcesCompositeFilter]]
    Operator: S

class ResourcesFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[ResourcesCompositeFilter]]
    CompositeOperator: S

class Criteria(TypedDict, total=False):
    OcsfFindingCriteria: X[OcsfFindingFilters]
    ResourceCriteria: X[ResourcesFilters]

class AutomationRulesFindingFieldsUpdateV2(TypedDict, total=False):
    SeverityId: I
    Comment: S
    StatusId: I

class ExternalIntegrationConfiguration(TypedDict, total=False):
    ConnectorArn: S

class AutomationRulesResourceFieldsUpdateV2(TypedDict, total=False):
    Criticality: S

class AutomationRulesActionV2(TypedDict, total=False):
    Type: S
    FindingFieldsUpdate: X[AutomationRulesFindingFieldsUpdateV2]
    ExternalIntegrationConfiguration: X[ExternalIntegrationConfiguration]
    ResourceFieldsUpdate: X[AutomationRulesResourceFieldsUpdateV2]

CreateAutomationRuleV2Parameters = TypedDict(
    "CreateAutomationRuleV2Parameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "RuleStatus": S,
        "RuleStatus.$": str,
        "Description": S,
        "Description.$": str,
        "RuleOrder": F,
        "RuleOrder.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "Actions": L[Xi[AutomationRulesActionV2]],
        "Actions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ParameterValue(TypedDict, total=False):
    Integer: I
    IntegerList: L[Ii]
    DoubleValue: F
    String: S
    StringList: L[Si]
    BooleanValue: B
    EnumValue: S
    EnumList: L[Si]

class ParameterConfiguration(TypedDict, total=False):
    ValueType: S
    Value: X[ParameterValue]

class SecurityControlCustomParameter(TypedDict, total=False):
    SecurityControlId: S
    Parameters: M[X[ParameterConfiguration]]

class SecurityControlsConfiguration(TypedDict, total=False):
    EnabledSecurityControlIdentifiers: L[Si]
    DisabledSecurityControlIdentifiers: L[Si]
    SecurityControlCustomParameters: L[Xi[SecurityControlCustomParameter]]

class SecurityHubPolicy(TypedDict, total=False):
    ServiceEnabled: B
    EnabledStandardIdentifiers: L[Si]
    SecurityControlsConfiguration: X[SecurityControlsConfiguration]

class Policy(TypedDict, total=False):
    SecurityHub: X[SecurityHubPolicy]

CreateConfigurationPolicyParameters = TypedDict(
    "CreateConfigurationPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ConfigurationPolicy": X[Policy],
        "ConfigurationPolicy.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AzureScopeConfiguration(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[Si]

class AzureProviderConfiguration(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[AzureScopeConfiguration]
    AzureRegions: L[Si]

class GcpScopeConfiguration(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[Si]

class GcpProviderConfiguration(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[GcpScopeConfiguration]
    GcpRegions: L[Si]

class CspmProviderConfiguration(TypedDict, total=False):
    Azure: X[AzureProviderConfiguration]
    Gcp: X[GcpProviderConfiguration]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Provider": X[CspmProviderConfiguration],
        "Provider.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class JiraCloudProviderConfiguration(TypedDict, total=False):
    ProjectKey: S

class ServiceNowProviderConfiguration(TypedDict, total=False):
    InstanceName: S
    SecretArn: S

class ProviderConfiguration(TypedDict, total=False):
    JiraCloud: X[JiraCloudProviderConfiguration]
    ServiceNow: X[ServiceNowProviderConfiguration]
    Azure: X[AzureProviderConfiguration]
    Gcp: X[GcpProviderConfiguration]

CreateConnectorV2Parameters = TypedDict(
    "CreateConnectorV2Parameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Provider": X[ProviderConfiguration],
        "Provider.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateFindingAggregatorParameters = TypedDict(
    "CreateFindingAggregatorParameters",
    {"RegionLinkingMode": S, "RegionLinkingMode.$": str, "Regions": L[Si], "Regions.$": str},
    total=False,
)

class KeywordFilter(TypedDict, total=False):
    Value: S

class AwsSecurityFindingFilters(TypedDict, total=False):
    ProductArn: L[Xi[StringFilter]]
    AwsAccountId: L[Xi[StringFilter]]
    Id: L[Xi[StringFilter]]
    GeneratorId: L[Xi[StringFilter]]
    Region: L[Xi[StringFilter]]
    Type: L[Xi[StringFilter]]
    FirstObservedAt: L[Xi[DateFilter]]
    LastObservedAt: L[Xi[DateFilter]]
    CreatedAt: L[Xi[DateFilter]]
    UpdatedAt: L[Xi[DateFilter]]
    SeverityProduct: L[Xi[NumberFilter]]
    SeverityNormalized: L[Xi[NumberFilter]]
    SeverityLabel: L[Xi[StringFilter]]
    Confidence: L[Xi[NumberFilter]]
    Criticality: L[Xi[NumberFilter]]
    Title: L[Xi[StringFilter]]
    Description: L[Xi[StringFilter]]
    RecommendationText: L[Xi[StringFilter]]
    SourceUrl: L[Xi[StringFilter]]
    ProductFields: L[Xi[MapFilter]]
    ProductName: L[Xi[StringFilter]]
    CompanyName: L[Xi[StringFilter]]
    UserDefinedFields: L[Xi[MapFilter]]
    MalwareName: L[Xi[StringFilter]]
    MalwareType: L[Xi[StringFilter]]
    MalwarePath: L[Xi[StringFilter]]
    MalwareState: L[Xi[StringFilter]]
    NetworkDirection: L[Xi[StringFilter]]
    NetworkProtocol: L[Xi[StringFilter]]
    NetworkSourceIpV4: L[Xi[IpFilter]]
    NetworkSourceIpV6: L[Xi[IpFilter]]
    NetworkSourcePort: L[Xi[NumberFilter]]
    NetworkSourceDomain: L[Xi[StringFilter]]
    NetworkSourceMac: L[Xi[StringFilter]]
    NetworkDestinationIpV4: L[Xi[IpFilter]]
    NetworkDestinationIpV6: L[Xi[IpFilter]]
    NetworkDestinationPort: L[Xi[NumberFilter]]
    NetworkDestinationDomain: L[Xi[StringFilter]]
    ProcessName: L[Xi[StringFilter]]
    ProcessPath: L[Xi[StringFilter]]
    ProcessPid: L[Xi[NumberFilter]]
    ProcessParentPid: L[Xi[NumberFilter]]
    ProcessLaunchedAt: L[Xi[DateFilter]]
    ProcessTerminatedAt: L[Xi[DateFilter]]
    ThreatIntelIndicatorType: L[Xi[StringFilter]]
    ThreatIntelIndicatorValue: L[Xi[StringFilter]]
    ThreatIntelIndicatorCategory: L[Xi[StringFilter]]
    ThreatIntelIndicatorLastObservedAt: L[Xi[DateFilter]]
    ThreatIntelIndicatorSource: L[Xi[StringFilter]]
    ThreatIntelIndicatorSourceUrl: L[Xi[StringFilter]]
    ResourceType: L[Xi[StringFilter]]
    ResourceId: L[Xi[StringFilter]]
    ResourcePartition: L[Xi[StringFilter]]
    ResourceRegion: L[Xi[StringFilter]]
    ResourceTags: L[Xi[MapFilter]]
    ResourceAwsEc2InstanceType: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceImageId: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceIpV4Addresses: L[Xi[IpFilter]]
    ResourceAwsEc2InstanceIpV6Addresses: L[Xi[IpFilter]]
    ResourceAwsEc2InstanceKeyName: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceIamInstanceProfileArn: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceVpcId: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceSubnetId: L[Xi[StringFilter]]
    ResourceAwsEc2InstanceLaunchedAt: L[Xi[DateFilter]]
    ResourceAwsS3BucketOwnerId: L[Xi[StringFilter]]
    ResourceAwsS3BucketOwnerName: L[Xi[StringFilter]]
    ResourceAwsIamAccessKeyUserName: L[Xi[StringFilter]]
    ResourceAwsIamAccessKeyPrincipalName: L[Xi[StringFilter]]
    ResourceAwsIamAccessKeyStatus: L[Xi[StringFilter]]
    ResourceAwsIamAccessKeyCreatedAt: L[Xi[DateFilter]]
    ResourceAwsIamUserUserName: L[Xi[StringFilter]]
    ResourceContainerName: L[Xi[StringFilter]]
    ResourceContainerImageId: L[Xi[StringFilter]]
    ResourceContainerImageName: L[Xi[StringFilter]]
    ResourceContainerLaunchedAt: L[Xi[DateFilter]]
    ResourceDetailsOther: L[Xi[MapFilter]]
    ComplianceStatus: L[Xi[StringFilter]]
    VerificationState: L[Xi[StringFilter]]
    WorkflowState: L[Xi[StringFilter]]
    WorkflowStatus: L[Xi[StringFilter]]
    RecordState: L[Xi[StringFilter]]
    RelatedFindingsProductArn: L[Xi[StringFilter]]
    RelatedFindingsId: L[Xi[StringFilter]]
    NoteText: L[Xi[StringFilter]]
    NoteUpdatedAt: L[Xi[DateFilter]]
    NoteUpdatedBy: L[Xi[StringFilter]]
    Keyword: L[Xi[KeywordFilter]]
    FindingProviderFieldsConfidence: L[Xi[NumberFilter]]
    FindingProviderFieldsCriticality: L[Xi[NumberFilter]]
    FindingProviderFieldsRelatedFindingsId: L[Xi[StringFilter]]
    FindingProviderFieldsRelatedFindingsProductArn: L[Xi[StringFilter]]
    FindingProviderFieldsSeverityLabel: L[Xi[StringFilter]]
    FindingProviderFieldsSeverityOriginal: L[Xi[StringFilter]]
    FindingProviderFieldsTypes: L[Xi[StringFilter]]
    Sample: L[Xi[BooleanFilter]]
    ComplianceSecurityControlId: L[Xi[StringFilter]]
    ComplianceAssociatedStandardsId: L[Xi[StringFilter]]
    VulnerabilitiesExploitAvailable: L[Xi[StringFilter]]
    VulnerabilitiesFixAvailable: L[Xi[StringFilter]]
    ComplianceSecurityControlParametersName: L[Xi[StringFilter]]
    ComplianceSecurityControlParametersValue: L[Xi[StringFilter]]
    AwsAccountName: L[Xi[StringFilter]]
    ResourceApplicationName: L[Xi[StringFilter]]
    ResourceApplicationArn: L[Xi[StringFilter]]
    ResourceOwnerAccountId: L[Xi[StringFilter]]
    ResourceOwnerOrgId: L[Xi[StringFilter]]
    ResourceProvider: L[Xi[StringFilter]]

CreateInsightParameters = TypedDict(
    "CreateInsightParameters",
    {
        "Name": S,
        "Name.$": str,
        "Filters": X[AwsSecurityFindingFilters],
        "Filters.$": str,
        "GroupByAttribute": S,
        "GroupByAttribute.$": str,
    },
    total=False,
)

class AccountDetails(TypedDict, total=False):
    AccountId: S
    Email: S

CreateMembersParameters = TypedDict(
    "CreateMembersParameters",
    {"AccountDetails": L[Xi[AccountDetails]], "AccountDetails.$": str},
    total=False,
)
CreateTicketV2Parameters = TypedDict(
    "CreateTicketV2Parameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "FindingMetadataUid": S,
        "FindingMetadataUid.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Mode": S,
        "Mode.$": str,
    },
    total=False,
)
DeclineInvitationsParameters = TypedDict(
    "DeclineInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteActionTargetParameters = TypedDict(
    "DeleteActionTargetParameters", {"ActionTargetArn": S, "ActionTargetArn.$": str}, total=False
)
DeleteAggregatorV2Parameters = TypedDict(
    "DeleteAggregatorV2Parameters", {"AggregatorV2Arn": S, "AggregatorV2Arn.$": str}, total=False
)
DeleteAutomationRuleV2Parameters = TypedDict(
    "DeleteAutomationRuleV2Parameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteConfigurationPolicyParameters = TypedDict(
    "DeleteConfigurationPolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
DeleteConnectorV2Parameters = TypedDict(
    "DeleteConnectorV2Parameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
DeleteFindingAggregatorParameters = TypedDict(
    "DeleteFindingAggregatorParameters",
    {"FindingAggregatorArn": S, "FindingAggregatorArn.$": str},
    total=False,
)
DeleteInsightParameters = TypedDict(
    "DeleteInsightParameters", {"InsightArn": S, "InsightArn.$": str}, total=False
)
DeleteInvitationsParameters = TypedDict(
    "DeleteInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteMembersParameters = TypedDict(
    "DeleteMembersParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DescribeActionTargetsParameters = TypedDict(
    "DescribeActionTargetsParameters",
    {
        "ActionTargetArns": L[Si],
        "ActionTargetArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeHubParameters = TypedDict(
    "DescribeHubParameters", {"HubArn": S, "HubArn.$": str}, total=False
)

class DescribeOrganizationConfigurationParameters(TypedDict, total=False): ...

DescribeProductsParameters = TypedDict(
    "DescribeProductsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProductArn": S,
        "ProductArn.$": str,
    },
    total=False,
)
DescribeProductsV2Parameters = TypedDict(
    "DescribeProductsV2Parameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class DescribeSecurityHubV2Parameters(TypedDict, total=False): ...

DescribeStandardsParameters = TypedDict(
    "DescribeStandardsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Providers": L[Si],
        "Providers.$": str,
    },
    total=False,
)
DescribeStandardsControlsParameters = TypedDict(
    "DescribeStandardsControlsParameters",
    {
        "StandardsSubscriptionArn": S,
        "StandardsSubscriptionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DisableImportFindingsForProductParameters = TypedDict(
    "DisableImportFindingsForProductParameters",
    {"ProductSubscriptionArn": S, "ProductSubscriptionArn.$": str},
    total=False,
)
DisableOrganizationAdminAccountParameters = TypedDict(
    "DisableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str, "Feature": S, "Feature.$": str},
    total=False,
)

class DisableSecurityHubParameters(TypedDict, total=False): ...

DisableSecurityHubFeatureV2Parameters = TypedDict(
    "DisableSecurityHubFeatureV2Parameters", {"FeatureName": S, "FeatureName.$": str}, total=False
)

class DisableSecurityHubV2Parameters(TypedDict, total=False): ...
class DisassociateFromAdministratorAccountParameters(TypedDict, total=False): ...
class DisassociateFromMasterAccountParameters(TypedDict, total=False): ...

DisassociateMembersParameters = TypedDict(
    "DisassociateMembersParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
EnableImportFindingsForProductParameters = TypedDict(
    "EnableImportFindingsForProductParameters", {"ProductArn": S, "ProductArn.$": str}, total=False
)
EnableOrganizationAdminAccountParameters = TypedDict(
    "EnableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str, "Feature": S, "Feature.$": str},
    total=False,
)
EnableSecurityHubParameters = TypedDict(
    "EnableSecurityHubParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "EnableDefaultStandards": B,
        "EnableDefaultStandards.$": str,
        "ControlFindingGenerator": S,
        "ControlFindingGenerator.$": str,
    },
    total=False,
)
EnableSecurityHubFeatureV2Parameters = TypedDict(
    "EnableSecurityHubFeatureV2Parameters", {"FeatureName": S, "FeatureName.$": str}, total=False
)
EnableSecurityHubV2Parameters = TypedDict(
    "EnableSecurityHubV2Parameters", {"Tags": M[S], "Tags.$": str}, total=False
)
GenerateRecommendedPolicyV2Parameters = TypedDict(
    "GenerateRecommendedPolicyV2Parameters", {"MetadataUid": S, "MetadataUid.$": str}, total=False
)

class GetAdministratorAccountParameters(TypedDict, total=False): ...

GetAggregatorV2Parameters = TypedDict(
    "GetAggregatorV2Parameters", {"AggregatorV2Arn": S, "AggregatorV2Arn.$": str}, total=False
)
GetAutomationRuleV2Parameters = TypedDict(
    "GetAutomationRuleV2Parameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetConfigurationPolicyParameters = TypedDict(
    "GetConfigurationPolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetConfigurationPolicyAssociationParameters = TypedDict(
    "GetConfigurationPolicyAssociationParameters",
    {"Target": X[Target], "Target.$": str},
    total=False,
)
GetConnectorParameters = TypedDict(
    "GetConnectorParameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
GetConnectorV2Parameters = TypedDict(
    "GetConnectorV2Parameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
GetEnabledStandardsParameters = TypedDict(
    "GetEnabledStandardsParameters",
    {
        "StandardsSubscriptionArns": L[Si],
        "StandardsSubscriptionArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Providers": L[Si],
        "Providers.$": str,
    },
    total=False,
)
GetExportJobV2Parameters = TypedDict(
    "GetExportJobV2Parameters", {"ExportJobId": S, "ExportJobId.$": str}, total=False
)
GetFindingAggregatorParameters = TypedDict(
    "GetFindingAggregatorParameters",
    {"FindingAggregatorArn": S, "FindingAggregatorArn.$": str},
    total=False,
)
GetFindingHistoryParameters = TypedDict(
    "GetFindingHistoryParameters",
    {
        "FindingIdentifier": X[AwsSecurityFindingIdentifier],
        "FindingIdentifier.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GroupByRule(TypedDict, total=False):
    Filters: X[OcsfFindingFilters]
    GroupByField: S

class AwsOrganizationScope(TypedDict, total=False):
    OrganizationId: S
    OrganizationalUnitId: S

class FindingScopes(TypedDict, total=False):
    AwsOrganizations: L[Xi[AwsOrganizationScope]]

GetFindingStatisticsV2Parameters = TypedDict(
    "GetFindingStatisticsV2Parameters",
    {
        "GroupByRules": L[Xi[GroupByRule]],
        "GroupByRules.$": str,
        "Scopes": X[FindingScopes],
        "Scopes.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxStatisticResults": I,
        "MaxStatisticResults.$": str,
    },
    total=False,
)

class SortCriterion(TypedDict, total=False):
    Field: S
    SortOrder: S

GetFindingsParameters = TypedDict(
    "GetFindingsParameters",
    {
        "Filters": X[AwsSecurityFindingFilters],
        "Filters.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FindingsTrendsStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[StringFilter]

class FindingsTrendsCompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[FindingsTrendsStringFilter]]
    NestedCompositeFilters: L[Xi[FindingsTrendsCompositeFilter]]
    Operator: S

class FindingsTrendsFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[FindingsTrendsCompositeFilter]]
    CompositeOperator: S

GetFindingsTrendsV2Parameters = TypedDict(
    "GetFindingsTrendsV2Parameters",
    {
        "Filters": X[FindingsTrendsFilters],
        "Filters.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetFindingsV2Parameters = TypedDict(
    "GetFindingsV2Parameters",
    {
        "Filters": X[OcsfFindingFilters],
        "Filters.$": str,
        "Scopes": X[FindingScopes],
        "Scopes.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetInsightResultsParameters = TypedDict(
    "GetInsightResultsParameters", {"InsightArn": S, "InsightArn.$": str}, total=False
)
GetInsightsParameters = TypedDict(
    "GetInsightsParameters",
    {
        "InsightArns": L[Si],
        "InsightArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GetInvitationsCountParameters(TypedDict, total=False): ...
class GetMasterAccountParameters(TypedDict, total=False): ...

GetMembersParameters = TypedDict(
    "GetMembersParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
GetRecommendedPolicyV2Parameters = TypedDict(
    "GetRecommendedPolicyV2Parameters",
    {
        "MetadataUid": S,
        "MetadataUid.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RemediationStringFilterCondition(TypedDict, total=False):
    Value: S

class RemediationStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[RemediationStringFilterCondition]

class RemediationCompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[RemediationStringFilter]]

class RemediationFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[RemediationCompositeFilter]]

GetRemediationsV2Parameters = TypedDict(
    "GetRemediationsV2Parameters",
    {
        "TargetUid": S,
        "TargetUid.$": str,
        "MetadataUid": S,
        "MetadataUid.$": str,
        "Filters": X[RemediationFilters],
        "Filters.$": str,
        "ShowGuidance": B,
        "ShowGuidance.$": str,
        "GuidanceFormat": S,
        "GuidanceFormat.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ResourceGroupByRule(TypedDict, total=False):
    GroupByField: S
    Filters: X[ResourcesFilters]

class ResourceScopes(TypedDict, total=False):
    AwsOrganizations: L[Xi[AwsOrganizationScope]]

GetResourcesStatisticsV2Parameters = TypedDict(
    "GetResourcesStatisticsV2Parameters",
    {
        "GroupByRules": L[Xi[ResourceGroupByRule]],
        "GroupByRules.$": str,
        "Scopes": X[ResourceScopes],
        "Scopes.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxStatisticResults": I,
        "MaxStatisticResults.$": str,
    },
    total=False,
)

class ResourcesTrendsStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[StringFilter]

class ResourcesTrendsCompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[ResourcesTrendsStringFilter]]
    NestedCompositeFilters: L[Xi[ResourcesTrendsCompositeFilter]]
    Operator: S

class ResourcesTrendsFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[ResourcesTrendsCompositeFilter]]
    CompositeOperator: S

GetResourcesTrendsV2Parameters = TypedDict(
    "GetResourcesTrendsV2Parameters",
    {
        "Filters": X[ResourcesTrendsFilters],
        "Filters.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetResourcesV2Parameters = TypedDict(
    "GetResourcesV2Parameters",
    {
        "Filters": X[ResourcesFilters],
        "Filters.$": str,
        "Scopes": X[ResourceScopes],
        "Scopes.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetSecurityControlDefinitionParameters = TypedDict(
    "GetSecurityControlDefinitionParameters",
    {"SecurityControlId": S, "SecurityControlId.$": str},
    total=False,
)

class SoftwareStringFilter(TypedDict, total=False):
    FieldName: S
    Filter: X[StringFilter]

class SoftwareCompositeFilter(TypedDict, total=False):
    StringFilters: L[Xi[SoftwareStringFilter]]
    NestedCompositeFilters: L[Xi[SoftwareCompositeFilter]]
    Operator: S

class SoftwareFilters(TypedDict, total=False):
    CompositeFilters: L[Xi[SoftwareCompositeFilter]]
    CompositeOperator: S

class SoftwareScopes(TypedDict, total=False):
    AwsOrganizations: L[Xi[AwsOrganizationScope]]

GetSoftwareResourcesV2Parameters = TypedDict(
    "GetSoftwareResourcesV2Parameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "PackageType": S,
        "PackageType.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
        "Filters": X[SoftwareFilters],
        "Filters.$": str,
        "Scopes": X[SoftwareScopes],
        "Scopes.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SoftwareGroupByRule(TypedDict, total=False):
    GroupByField: S
    Filters: X[SoftwareFilters]

GetSoftwareStatisticsV2Parameters = TypedDict(
    "GetSoftwareStatisticsV2Parameters",
    {
        "GroupByRules": L[Xi[SoftwareGroupByRule]],
        "GroupByRules.$": str,
        "Scopes": X[SoftwareScopes],
        "Scopes.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxStatisticResults": I,
        "MaxStatisticResults.$": str,
    },
    total=False,
)
GetSoftwareV2Parameters = TypedDict(
    "GetSoftwareV2Parameters",
    {
        "Filters": X[SoftwareFilters],
        "Filters.$": str,
        "Scopes": X[SoftwareScopes],
        "Scopes.$": str,
        "SortCriteria": L[Xi[SortCriterion]],
        "SortCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
InviteMembersParameters = TypedDict(
    "InviteMembersParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
ListAggregatorsV2Parameters = TypedDict(
    "ListAggregatorsV2Parameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAutomationRulesParameters = TypedDict(
    "ListAutomationRulesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAutomationRulesV2Parameters = TypedDict(
    "ListAutomationRulesV2Parameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListConfigurationPoliciesParameters = TypedDict(
    "ListConfigurationPoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class AssociationFilters(TypedDict, total=False):
    ConfigurationPolicyId: S
    AssociationType: S
    AssociationStatus: S

ListConfigurationPolicyAssociationsParameters = TypedDict(
    "ListConfigurationPolicyAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": X[AssociationFilters],
        "Filters.$": str,
    },
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "ConnectorStatus": S,
        "ConnectorStatus.$": str,
        "EnablementStatus": S,
        "EnablementStatus.$": str,
    },
    total=False,
)
ListConnectorsV2Parameters = TypedDict(
    "ListConnectorsV2Parameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "ConnectorStatus": S,
        "ConnectorStatus.$": str,
        "EnablementStatus": S,
        "EnablementStatus.$": str,
    },
    total=False,
)
ListEnabledProductsForImportParameters = TypedDict(
    "ListEnabledProductsForImportParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListExportJobsV2Parameters = TypedDict(
    "ListExportJobsV2Parameters",
    {
        "Status": S,
        "Status.$": str,
        "DataType": S,
        "DataType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExposuresByRemediationV2Parameters = TypedDict(
    "ListExposuresByRemediationV2Parameters",
    {
        "TargetUid": S,
        "TargetUid.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFindingAggregatorsParameters = TypedDict(
    "ListFindingAggregatorsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListFreeTrialStatusesV2Parameters = TypedDict(
    "ListFreeTrialStatusesV2Parameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInvitationsParameters = TypedDict(
    "ListInvitationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
        "OnlyAssociated": B,
        "OnlyAssociated.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOrganizationAdminAccountsParameters = TypedDict(
    "ListOrganizationAdminAccountsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Feature": S,
        "Feature.$": str,
    },
    total=False,
)
ListSecurityControlDefinitionsParameters = TypedDict(
    "ListSecurityControlDefinitionsParameters",
    {
        "StandardsArn": S,
        "StandardsArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Providers": L[Si],
        "Providers.$": str,
    },
    total=False,
)
ListStandardsControlAssociationsParameters = TypedDict(
    "ListStandardsControlAssociationsParameters",
    {
        "SecurityControlId": S,
        "SecurityControlId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterConnectorV2Parameters = TypedDict(
    "RegisterConnectorV2Parameters",
    {"AuthCode": S, "AuthCode.$": str, "AuthState": S, "AuthState.$": str},
    total=False,
)
StartConfigurationPolicyAssociationParameters = TypedDict(
    "StartConfigurationPolicyAssociationParameters",
    {
        "ConfigurationPolicyIdentifier": S,
        "ConfigurationPolicyIdentifier.$": str,
        "Target": X[Target],
        "Target.$": str,
    },
    total=False,
)
StartConfigurationPolicyDisassociationParameters = TypedDict(
    "StartConfigurationPolicyDisassociationParameters",
    {
        "Target": X[Target],
        "Target.$": str,
        "ConfigurationPolicyIdentifier": S,
        "ConfigurationPolicyIdentifier.$": str,
    },
    total=False,
)

class S3ExportDestination(TypedDict, total=False):
    BucketArn: S
    KmsKeyArn: S
    ObjectPrefix: S

class ExportDestination(TypedDict, total=False):
    S3: X[S3ExportDestination]

class FindingsOutput(TypedDict, total=False):
    Format: S
    Filters: X[OcsfFindingFilters]
    SelectedFields: L[Si]

class ExportOutput(TypedDict, total=False):
    Findings: X[FindingsOutput]

class ExportScopes(TypedDict, total=False):
    AwsOrganizations: L[Xi[AwsOrganizationScope]]

StartExportJobV2Parameters = TypedDict(
    "StartExportJobV2Parameters",
    {
        "Name": S,
        "Name.$": str,
        "Destination": X[ExportDestination],
        "Destination.$": str,
        "OutputConfiguration": X[ExportOutput],
        "OutputConfiguration.$": str,
        "Scopes": X[ExportScopes],
        "Scopes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateActionTargetParameters = TypedDict(
    "UpdateActionTargetParameters",
    {
        "ActionTargetArn": S,
        "ActionTargetArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAggregatorV2Parameters = TypedDict(
    "UpdateAggregatorV2Parameters",
    {
        "AggregatorV2Arn": S,
        "AggregatorV2Arn.$": str,
        "RegionLinkingMode": S,
        "RegionLinkingMode.$": str,
        "LinkedRegions": L[Si],
        "LinkedRegions.$": str,
    },
    total=False,
)
UpdateAutomationRuleV2Parameters = TypedDict(
    "UpdateAutomationRuleV2Parameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "RuleStatus": S,
        "RuleStatus.$": str,
        "RuleOrder": F,
        "RuleOrder.$": str,
        "Description": S,
        "Description.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "Actions": L[Xi[AutomationRulesActionV2]],
        "Actions.$": str,
    },
    total=False,
)
UpdateConfigurationPolicyParameters = TypedDict(
    "UpdateConfigurationPolicyParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "UpdatedReason": S,
        "UpdatedReason.$": str,
        "ConfigurationPolicy": X[Policy],
        "ConfigurationPolicy.$": str,
    },
    total=False,
)

class AzureUpdateConfiguration(TypedDict, total=False):
    ScopeConfiguration: X[AzureScopeConfiguration]
    AzureRegions: L[Si]

class GcpUpdateConfiguration(TypedDict, total=False):
    ScopeConfiguration: X[GcpScopeConfiguration]
    GcpRegions: L[Si]

class CspmProviderUpdateConfiguration(TypedDict, total=False):
    Azure: X[AzureUpdateConfiguration]
    Gcp: X[GcpUpdateConfiguration]

UpdateConnectorParameters = TypedDict(
    "UpdateConnectorParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "Description": S,
        "Description.$": str,
        "Provider": X[CspmProviderUpdateConfiguration],
        "Provider.$": str,
    },
    total=False,
)

class JiraCloudUpdateConfiguration(TypedDict, total=False):
    ProjectKey: S

class ServiceNowUpdateConfiguration(TypedDict, total=False):
    SecretArn: S

class ProviderUpdateConfiguration(TypedDict, total=False):
    JiraCloud: X[JiraCloudUpdateConfiguration]
    ServiceNow: X[ServiceNowUpdateConfiguration]
    Azure: X[AzureUpdateConfiguration]
    Gcp: X[GcpUpdateConfiguration]

UpdateConnectorV2Parameters = TypedDict(
    "UpdateConnectorV2Parameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "Description": S,
        "Description.$": str,
        "Provider": X[ProviderUpdateConfiguration],
        "Provider.$": str,
    },
    total=False,
)
UpdateFindingAggregatorParameters = TypedDict(
    "UpdateFindingAggregatorParameters",
    {
        "FindingAggregatorArn": S,
        "FindingAggregatorArn.$": str,
        "RegionLinkingMode": S,
        "RegionLinkingMode.$": str,
        "Regions": L[Si],
        "Regions.$": str,
    },
    total=False,
)
UpdateFindingsParameters = TypedDict(
    "UpdateFindingsParameters",
    {
        "Filters": X[AwsSecurityFindingFilters],
        "Filters.$": str,
        "Note": X[NoteUpdate],
        "Note.$": str,
        "RecordState": S,
        "RecordState.$": str,
    },
    total=False,
)
UpdateInsightParameters = TypedDict(
    "UpdateInsightParameters",
    {
        "InsightArn": S,
        "InsightArn.$": str,
        "Name": S,
        "Name.$": str,
        "Filters": X[AwsSecurityFindingFilters],
        "Filters.$": str,
        "GroupByAttribute": S,
        "GroupByAttribute.$": str,
    },
    total=False,
)

class OrganizationConfiguration(TypedDict, total=False):
    ConfigurationType: S
    Status: S
    StatusMessage: S

UpdateOrganizationConfigurationParameters = TypedDict(
    "UpdateOrganizationConfigurationParameters",
    {
        "AutoEnable": B,
        "AutoEnable.$": str,
        "AutoEnableStandards": S,
        "AutoEnableStandards.$": str,
        "OrganizationConfiguration": X[OrganizationConfiguration],
        "OrganizationConfiguration.$": str,
    },
    total=False,
)
UpdateSecurityControlParameters = TypedDict(
    "UpdateSecurityControlParameters",
    {
        "SecurityControlId": S,
        "SecurityControlId.$": str,
        "Parameters": M[X[ParameterConfiguration]],
        "Parameters.$": str,
        "LastUpdateReason": S,
        "LastUpdateReason.$": str,
    },
    total=False,
)
UpdateSecurityHubConfigurationParameters = TypedDict(
    "UpdateSecurityHubConfigurationParameters",
    {
        "AutoEnableControls": B,
        "AutoEnableControls.$": str,
        "ControlFindingGenerator": S,
        "ControlFindingGenerator.$": str,
    },
    total=False,
)
UpdateStandardsControlParameters = TypedDict(
    "UpdateStandardsControlParameters",
    {
        "StandardsControlArn": S,
        "StandardsControlArn.$": str,
        "ControlStatus": S,
        "ControlStatus.$": str,
        "DisabledReason": S,
        "DisabledReason.$": str,
    },
    total=False,
)
accept_administrator_invitation: Builder[AcceptAdministratorInvitationParameters]
accept_invitation: Builder[AcceptInvitationParameters]
batch_delete_automation_rules: Builder[BatchDeleteAutomationRulesParameters]
batch_disable_standards: Builder[BatchDisableStandardsParameters]
batch_enable_standards: Builder[BatchEnableStandardsParameters]
batch_get_automation_rules: Builder[BatchGetAutomationRulesParameters]
batch_get_configuration_policy_associations: Builder[
    BatchGetConfigurationPolicyAssociationsParameters
]
batch_get_security_controls: Builder[BatchGetSecurityControlsParameters]
batch_get_standards_control_associations: Builder[BatchGetStandardsControlAssociationsParameters]
batch_import_findings: Builder[BatchImportFindingsParameters]
batch_update_automation_rules: Builder[BatchUpdateAutomationRulesParameters]
batch_update_findings: Builder[BatchUpdateFindingsParameters]
batch_update_findings_v2: Builder[BatchUpdateFindingsV2Parameters]
batch_update_standards_control_associations: Builder[
    BatchUpdateStandardsControlAssociationsParameters
]
cancel_export_job_v2: Builder[CancelExportJobV2Parameters]
create_action_target: Builder[CreateActionTargetParameters]
create_aggregator_v2: Builder[CreateAggregatorV2Parameters]
create_automation_rule: Builder[CreateAutomationRuleParameters]
create_automation_rule_v2: Builder[CreateAutomationRuleV2Parameters]
create_configuration_policy: Builder[CreateConfigurationPolicyParameters]
create_connector: Builder[CreateConnectorParameters]
create_connector_v2: Builder[CreateConnectorV2Parameters]
create_finding_aggregator: Builder[CreateFindingAggregatorParameters]
create_insight: Builder[CreateInsightParameters]
create_members: Builder[CreateMembersParameters]
create_ticket_v2: Builder[CreateTicketV2Parameters]
decline_invitations: Builder[DeclineInvitationsParameters]
delete_action_target: Builder[DeleteActionTargetParameters]
delete_aggregator_v2: Builder[DeleteAggregatorV2Parameters]
delete_automation_rule_v2: Builder[DeleteAutomationRuleV2Parameters]
delete_configuration_policy: Builder[DeleteConfigurationPolicyParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_connector_v2: Builder[DeleteConnectorV2Parameters]
delete_finding_aggregator: Builder[DeleteFindingAggregatorParameters]
delete_insight: Builder[DeleteInsightParameters]
delete_invitations: Builder[DeleteInvitationsParameters]
delete_members: Builder[DeleteMembersParameters]
describe_action_targets: Builder[DescribeActionTargetsParameters]
describe_hub: Builder[DescribeHubParameters]
describe_organization_configuration: Builder[DescribeOrganizationConfigurationParameters]
describe_products: Builder[DescribeProductsParameters]
describe_products_v2: Builder[DescribeProductsV2Parameters]
describe_security_hub_v2: Builder[DescribeSecurityHubV2Parameters]
describe_standards: Builder[DescribeStandardsParameters]
describe_standards_controls: Builder[DescribeStandardsControlsParameters]
disable_import_findings_for_product: Builder[DisableImportFindingsForProductParameters]
disable_organization_admin_account: Builder[DisableOrganizationAdminAccountParameters]
disable_security_hub: Builder[DisableSecurityHubParameters]
disable_security_hub_feature_v2: Builder[DisableSecurityHubFeatureV2Parameters]
disable_security_hub_v2: Builder[DisableSecurityHubV2Parameters]
disassociate_from_administrator_account: Builder[DisassociateFromAdministratorAccountParameters]
disassociate_from_master_account: Builder[DisassociateFromMasterAccountParameters]
disassociate_members: Builder[DisassociateMembersParameters]
enable_import_findings_for_product: Builder[EnableImportFindingsForProductParameters]
enable_organization_admin_account: Builder[EnableOrganizationAdminAccountParameters]
enable_security_hub: Builder[EnableSecurityHubParameters]
enable_security_hub_feature_v2: Builder[EnableSecurityHubFeatureV2Parameters]
enable_security_hub_v2: Builder[EnableSecurityHubV2Parameters]
generate_recommended_policy_v2: Builder[GenerateRecommendedPolicyV2Parameters]
get_administrator_account: Builder[GetAdministratorAccountParameters]
get_aggregator_v2: Builder[GetAggregatorV2Parameters]
get_automation_rule_v2: Builder[GetAutomationRuleV2Parameters]
get_configuration_policy: Builder[GetConfigurationPolicyParameters]
get_configuration_policy_association: Builder[GetConfigurationPolicyAssociationParameters]
get_connector: Builder[GetConnectorParameters]
get_connector_v2: Builder[GetConnectorV2Parameters]
get_enabled_standards: Builder[GetEnabledStandardsParameters]
get_export_job_v2: Builder[GetExportJobV2Parameters]
get_finding_aggregator: Builder[GetFindingAggregatorParameters]
get_finding_history: Builder[GetFindingHistoryParameters]
get_finding_statistics_v2: Builder[GetFindingStatisticsV2Parameters]
get_findings: Builder[GetFindingsParameters]
get_findings_trends_v2: Builder[GetFindingsTrendsV2Parameters]
get_findings_v2: Builder[GetFindingsV2Parameters]
get_insight_results: Builder[GetInsightResultsParameters]
get_insights: Builder[GetInsightsParameters]
get_invitations_count: Builder[GetInvitationsCountParameters]
get_master_account: Builder[GetMasterAccountParameters]
get_members: Builder[GetMembersParameters]
get_recommended_policy_v2: Builder[GetRecommendedPolicyV2Parameters]
get_remediations_v2: Builder[GetRemediationsV2Parameters]
get_resources_statistics_v2: Builder[GetResourcesStatisticsV2Parameters]
get_resources_trends_v2: Builder[GetResourcesTrendsV2Parameters]
get_resources_v2: Builder[GetResourcesV2Parameters]
get_security_control_definition: Builder[GetSecurityControlDefinitionParameters]
get_software_resources_v2: Builder[GetSoftwareResourcesV2Parameters]
get_software_statistics_v2: Builder[GetSoftwareStatisticsV2Parameters]
get_software_v2: Builder[GetSoftwareV2Parameters]
invite_members: Builder[InviteMembersParameters]
list_aggregators_v2: Builder[ListAggregatorsV2Parameters]
list_automation_rules: Builder[ListAutomationRulesParameters]
list_automation_rules_v2: Builder[ListAutomationRulesV2Parameters]
list_configuration_policies: Builder[ListConfigurationPoliciesParameters]
list_configuration_policy_associations: Builder[ListConfigurationPolicyAssociationsParameters]
list_connectors: Builder[ListConnectorsParameters]
list_connectors_v2: Builder[ListConnectorsV2Parameters]
list_enabled_products_for_import: Builder[ListEnabledProductsForImportParameters]
list_export_jobs_v2: Builder[ListExportJobsV2Parameters]
list_exposures_by_remediation_v2: Builder[ListExposuresByRemediationV2Parameters]
list_finding_aggregators: Builder[ListFindingAggregatorsParameters]
list_free_trial_statuses_v2: Builder[ListFreeTrialStatusesV2Parameters]
list_invitations: Builder[ListInvitationsParameters]
list_members: Builder[ListMembersParameters]
list_organization_admin_accounts: Builder[ListOrganizationAdminAccountsParameters]
list_security_control_definitions: Builder[ListSecurityControlDefinitionsParameters]
list_standards_control_associations: Builder[ListStandardsControlAssociationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_connector_v2: Builder[RegisterConnectorV2Parameters]
start_configuration_policy_association: Builder[StartConfigurationPolicyAssociationParameters]
start_configuration_policy_disassociation: Builder[StartConfigurationPolicyDisassociationParameters]
start_export_job_v2: Builder[StartExportJobV2Parameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_action_target: Builder[UpdateActionTargetParameters]
update_aggregator_v2: Builder[UpdateAggregatorV2Parameters]
update_automation_rule_v2: Builder[UpdateAutomationRuleV2Parameters]
update_configuration_policy: Builder[UpdateConfigurationPolicyParameters]
update_connector: Builder[UpdateConnectorParameters]
update_connector_v2: Builder[UpdateConnectorV2Parameters]
update_finding_aggregator: Builder[UpdateFindingAggregatorParameters]
update_findings: Builder[UpdateFindingsParameters]
update_insight: Builder[UpdateInsightParameters]
update_organization_configuration: Builder[UpdateOrganizationConfigurationParameters]
update_security_control: Builder[UpdateSecurityControlParameters]
update_security_hub_configuration: Builder[UpdateSecurityHubConfigurationParameters]
update_standards_control: Builder[UpdateStandardsControlParameters]

__all__ = [
    "accept_administrator_invitation",
    "accept_invitation",
    "batch_delete_automation_rules",
    "batch_disable_standards",
    "batch_enable_standards",
    "batch_get_automation_rules",
    "batch_get_configuration_policy_associations",
    "batch_get_security_controls",
    "batch_get_standards_control_associations",
    "batch_import_findings",
    "batch_update_automation_rules",
    "batch_update_findings",
    "batch_update_findings_v2",
    "batch_update_standards_control_associations",
    "cancel_export_job_v2",
    "create_action_target",
    "create_aggregator_v2",
    "create_automation_rule",
    "create_automation_rule_v2",
    "create_configuration_policy",
    "create_connector",
    "create_connector_v2",
    "create_finding_aggregator",
    "create_insight",
    "create_members",
    "create_ticket_v2",
    "decline_invitations",
    "delete_action_target",
    "delete_aggregator_v2",
    "delete_automation_rule_v2",
    "delete_configuration_policy",
    "delete_connector",
    "delete_connector_v2",
    "delete_finding_aggregator",
    "delete_insight",
    "delete_invitations",
    "delete_members",
    "describe_action_targets",
    "describe_hub",
    "describe_organization_configuration",
    "describe_products",
    "describe_products_v2",
    "describe_security_hub_v2",
    "describe_standards",
    "describe_standards_controls",
    "disable_import_findings_for_product",
    "disable_organization_admin_account",
    "disable_security_hub",
    "disable_security_hub_feature_v2",
    "disable_security_hub_v2",
    "disassociate_from_administrator_account",
    "disassociate_from_master_account",
    "disassociate_members",
    "enable_import_findings_for_product",
    "enable_organization_admin_account",
    "enable_security_hub",
    "enable_security_hub_feature_v2",
    "enable_security_hub_v2",
    "generate_recommended_policy_v2",
    "get_administrator_account",
    "get_aggregator_v2",
    "get_automation_rule_v2",
    "get_configuration_policy",
    "get_configuration_policy_association",
    "get_connector",
    "get_connector_v2",
    "get_enabled_standards",
    "get_export_job_v2",
    "get_finding_aggregator",
    "get_finding_history",
    "get_finding_statistics_v2",
    "get_findings",
    "get_findings_trends_v2",
    "get_findings_v2",
    "get_insight_results",
    "get_insights",
    "get_invitations_count",
    "get_master_account",
    "get_members",
    "get_recommended_policy_v2",
    "get_remediations_v2",
    "get_resources_statistics_v2",
    "get_resources_trends_v2",
    "get_resources_v2",
    "get_security_control_definition",
    "get_software_resources_v2",
    "get_software_statistics_v2",
    "get_software_v2",
    "invite_members",
    "list_aggregators_v2",
    "list_automation_rules",
    "list_automation_rules_v2",
    "list_configuration_policies",
    "list_configuration_policy_associations",
    "list_connectors",
    "list_connectors_v2",
    "list_enabled_products_for_import",
    "list_export_jobs_v2",
    "list_exposures_by_remediation_v2",
    "list_finding_aggregators",
    "list_free_trial_statuses_v2",
    "list_invitations",
    "list_members",
    "list_organization_admin_accounts",
    "list_security_control_definitions",
    "list_standards_control_associations",
    "list_tags_for_resource",
    "register_connector_v2",
    "start_configuration_policy_association",
    "start_configuration_policy_disassociation",
    "start_export_job_v2",
    "tag_resource",
    "untag_resource",
    "update_action_target",
    "update_aggregator_v2",
    "update_automation_rule_v2",
    "update_configuration_policy",
    "update_connector",
    "update_connector_v2",
    "update_finding_aggregator",
    "update_findings",
    "update_insight",
    "update_organization_configuration",
    "update_security_control",
    "update_security_hub_configuration",
    "update_standards_control",
]
