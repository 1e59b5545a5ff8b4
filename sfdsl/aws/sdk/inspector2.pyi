"""Typed builders of the AWS SDK integration of inspector2 (``aws-sdk:inspector2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, T, X

AssociateMemberParameters = TypedDict(
    "AssociateMemberParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class CodeSecurityResource(TypedDict, total=False):
    ProjectId: S

class AssociateConfigurationRequest(TypedDict, total=False):
    ScanConfigurationArn: S
    Resource: X[CodeSecurityResource]

BatchAssociateCodeSecurityScanConfigurationParameters = TypedDict(
    "BatchAssociateCodeSecurityScanConfigurationParameters",
    {
        "AssociateConfigurationRequests": L[X[AssociateConfigurationRequest]],
        "AssociateConfigurationRequests.$": str,
    },
    total=False,
)

class DisassociateConfigurationRequest(TypedDict, total=False):
    ScanConfigurationArn: S
    Resource: X[CodeSecurityResource]

BatchDisassociateCodeSecurityScanConfigurationParameters = TypedDict(
    "BatchDisassociateCodeSecurityScanConfigurationParameters",
    {
        "DisassociateConfigurationRequests": L[X[DisassociateConfigurationRequest]],
        "DisassociateConfigurationRequests.$": str,
    },
    total=False,
)
BatchGetAccountStatusParameters = TypedDict(
    "BatchGetAccountStatusParameters", {"AccountIds": L[S], "AccountIds.$": str}, total=False
)
BatchGetCodeSnippetParameters = TypedDict(
    "BatchGetCodeSnippetParameters", {"FindingArns": L[S], "FindingArns.$": str}, total=False
)
BatchGetFindingDetailsParameters = TypedDict(
    "BatchGetFindingDetailsParameters", {"FindingArns": L[S], "FindingArns.$": str}, total=False
)
BatchGetFreeTrialInfoParameters = TypedDict(
    "BatchGetFreeTrialInfoParameters", {"AccountIds": L[S], "AccountIds.$": str}, total=False
)
BatchGetMemberEc2DeepInspectionStatusParameters = TypedDict(
    "BatchGetMemberEc2DeepInspectionStatusParameters",
    {"AccountIds": L[S], "AccountIds.$": str},
    total=False,
)

class MemberAccountEc2DeepInspectionStatus(TypedDict, total=False):
    AccountId: S
    ActivateDeepInspection: B

BatchUpdateMemberEc2DeepInspectionStatusParameters = TypedDict(
    "BatchUpdateMemberEc2DeepInspectionStatusParameters",
    {"AccountIds": L[X[MemberAccountEc2DeepInspectionStatus]], "AccountIds.$": str},
    total=False,
)
CancelFindingsReportParameters = TypedDict(
    "CancelFindingsReportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
CancelSbomExportParameters = TypedDict(
    "CancelSbomExportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)

class OneTimeSchedule(TypedDict, total=False): ...

class Time(TypedDict, total=False):
    TimeOfDay: S
    Timezone: S

class DailySchedule(TypedDict, total=False):
    StartTime: X[Time]

class WeeklySchedule(TypedDict, total=False):
    StartTime: X[Time]
    Days: L[S]

class MonthlySchedule(TypedDict, total=False):
    StartTime: X[Time]
    Day: S

class Schedule(TypedDict, total=False):
    OneTime: X[OneTimeSchedule]
    Daily: X[DailySchedule]
    Weekly: X[WeeklySchedule]
    Monthly: X[MonthlySchedule]

class CreateCisTargets(TypedDict, total=False):
    AccountIds: L[S]
    TargetResourceTags: M[L[S]]

CreateCisScanConfigurationParameters = TypedDict(
    "CreateCisScanConfigurationParameters",
    {
        "ScanName": S,
        "ScanName.$": str,
        "SecurityLevel": S,
        "SecurityLevel.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Targets": X[CreateCisTargets],
        "Targets.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CodeSecurityIntegrationVpcConfiguration(TypedDict, total=False):
    VpcId: S
    VpcEndpointId: S
    CodeConnectionsHostArn: S
    SubnetIds: L[S]
    SecurityGroups: L[S]
    TlsCertificate: S

class CreateGitLabSelfManagedIntegrationDetail(TypedDict, total=False):
    InstanceUrl: S
    AccessToken: S
    VpcConfiguration: X[CodeSecurityIntegrationVpcConfiguration]

class CreateGitHubEnterpriseIntegrationDetail(TypedDict, total=False):
    InstanceUrl: S
    VpcConfiguration: X[CodeSecurityIntegrationVpcConfiguration]

class CreateIntegrationDetail(TypedDict, total=False):
    GitlabSelfManaged: X[CreateGitLabSelfManagedIntegrationDetail]
    GithubEnterprise: X[CreateGitHubEnterpriseIntegrationDetail]

CreateCodeSecurityIntegrationParameters = TypedDict(
    "CreateCodeSecurityIntegrationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Details": X[CreateIntegrationDetail],
        "Details.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PeriodicScanConfiguration(TypedDict, total=False):
    Frequency: S
    FrequencyExpression: S

class ContinuousIntegrationScanConfiguration(TypedDict, total=False):
    SupportedEvents: L[S]

class CodeSecurityScanConfiguration(TypedDict, total=False):
    PeriodicScanConfiguration: X[PeriodicScanConfiguration]
    ContinuousIntegrationScanConfiguration: X[ContinuousIntegrationScanConfiguration]
    RuleSetCategories: L[S]

class ScopeSettings(TypedDict, total=False):
    ProjectSelectionScope: S

CreateCodeSecurityScanConfigurationParameters = TypedDict(
    "CreateCodeSecurityScanConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Level": S,
        "Level.$": str,
        "Configuration": X[CodeSecurityScanConfiguration],
        "Configuration.$": str,
        "ScopeSettings": X[ScopeSettings],
        "ScopeSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ScopeConfigurationInput(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[S]

class AzureScopeConfigurationInput(TypedDict, total=False):
    VmScanning: X[ScopeConfigurationInput]
    ContainerImageScanning: X[ScopeConfigurationInput]
    ServerlessScanning: X[ScopeConfigurationInput]

class AzureProviderDetailCreate(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[AzureScopeConfigurationInput]
    AzureRegions: L[S]
    AutoInstallVMScanner: B

class GcpCapabilityScopeInput(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[S]

class GcpScopeConfigurationInput(TypedDict, total=False):
    VmScanning: X[GcpCapabilityScopeInput]
    ContainerImageScanning: X[GcpCapabilityScopeInput]
    ServerlessScanning: X[GcpCapabilityScopeInput]

class GcpProviderDetailCreate(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[GcpScopeConfigurationInput]
    GcpRegions: L[S]
    AutoInstallVMScanner: B

class ProviderDetailCreate(TypedDict, total=False):
    Azure: X[AzureProviderDetailCreate]
    Gcp: X[GcpProviderDetailCreate]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Provider": S,
        "Provider.$": str,
        "Description": S,
        "Description.$": str,
        "ProviderDetail": X[ProviderDetailCreate],
        "ProviderDetail.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StringFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class DateFilter(TypedDict, total=False):
    StartInclusive: T
    EndInclusive: T

class NumberFilter(TypedDict, total=False):
    UpperInclusive: F
    LowerInclusive: F

class MapFilter(TypedDict, total=False):
    Comparison: S
    Key: S
    Value: S

class PortRangeFilter(TypedDict, total=False):
    BeginInclusive: I
    EndInclusive: I

class RuntimeReachabilityFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class RuntimeReachabilityReasonFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class PurlQualifierFilter(TypedDict, total=False):
    Comparison: S
    Key: S
    Value: S

class PackageFilter(TypedDict, total=False):
    Name: X[StringFilter]
    Version: X[StringFilter]
    Epoch: X[NumberFilter]
    Release: X[StringFilter]
    Architecture: X[StringFilter]
    SourceLayerHash: X[StringFilter]
    SourceLambdaLayerArn: X[StringFilter]
    FilePath: X[StringFilter]
    RuntimeReachability: X[RuntimeReachabilityFilter]
    RuntimeReachabilityReason: X[RuntimeReachabilityReasonFilter]
    PurlQualifier: X[PurlQualifierFilter]

class FilterCriteria(TypedDict, total=False):
    FindingArn: L[X[StringFilter]]
    AwsAccountId: L[X[StringFilter]]
    FindingType: L[X[StringFilter]]
    Severity: L[X[StringFilter]]
    FirstObservedAt: L[X[DateFilter]]
    LastObservedAt: L[X[DateFilter]]
    UpdatedAt: L[X[DateFilter]]
    FindingStatus: L[X[StringFilter]]
    Title: L[X[StringFilter]]
    InspectorScore: L[X[NumberFilter]]
    ResourceType: L[X[StringFilter]]
    ResourceId: L[X[StringFilter]]
    ResourceTags: L[X[MapFilter]]
    Ec2InstanceImageId: L[X[StringFilter]]
    Ec2InstanceVpcId: L[X[StringFilter]]
    Ec2InstanceSubnetId: L[X[StringFilter]]
    EcrImagePushedAt: L[X[DateFilter]]
    EcrImageArchitecture: L[X[StringFilter]]
    EcrImageRegistry: L[X[StringFilter]]
    EcrImageRepositoryName: L[X[StringFilter]]
    EcrImageTags: L[X[StringFilter]]
    EcrImageHash: L[X[StringFilter]]
    EcrImageLastInUseAt: L[X[DateFilter]]
    EcrImageInUseCount: L[X[NumberFilter]]
    PortRange: L[X[PortRangeFilter]]
    NetworkProtocol: L[X[StringFilter]]
    ComponentId: L[X[StringFilter]]
    ComponentType: L[X[StringFilter]]
    VulnerabilityId: L[X[StringFilter]]
    VulnerabilitySource: L[X[StringFilter]]
    VendorSeverity: L[X[StringFilter]]
    VulnerablePackages: L[X[PackageFilter]]
    RelatedVulnerabilities: L[X[StringFilter]]
    FixAvailable: L[X[StringFilter]]
    LambdaFunctionName: L[X[StringFilter]]
    LambdaFunctionLayers: L[X[StringFilter]]
    LambdaFunctionRuntime: L[X[StringFilter]]
    LambdaFunctionLastModifiedAt: L[X[DateFilter]]
    LambdaFunctionExecutionRoleArn: L[X[StringFilter]]
    ExploitAvailable: L[X[StringFilter]]
    CodeVulnerabilityDetectorName: L[X[StringFilter]]
    CodeVulnerabilityDetectorTags: L[X[StringFilter]]
    CodeVulnerabilityFilePath: L[X[StringFilter]]
    EpssScore: L[X[NumberFilter]]
    CodeRepositoryProjectName: L[X[StringFilter]]
    CodeRepositoryProviderType: L[X[StringFilter]]
    MachineImageId: L[X[StringFilter]]
    MachineImageName: L[X[StringFilter]]
    MachineImageOwnerAccountId: L[X[StringFilter]]
    MachineImagePlatform: L[X[StringFilter]]
    CloudProvider: L[X[StringFilter]]
    CloudProviderRegion: L[X[StringFilter]]
    CloudProviderAccountId: L[X[StringFilter]]
    CloudProviderOrgId: L[X[StringFilter]]
    CloudVmImageReference: L[X[StringFilter]]
    CloudVmNetworkId: L[X[StringFilter]]
    CloudVmSubnetIds: L[X[StringFilter]]
    CloudImageRepositoryName: L[X[StringFilter]]
    CloudImageRegistry: L[X[StringFilter]]
    CloudImageDigest: L[X[StringFilter]]
    CloudImageTags: L[X[StringFilter]]
    CloudImagePushedAt: L[X[DateFilter]]
    CloudImageArchitecture: L[X[StringFilter]]
    CloudImageLastInUseAt: L[X[DateFilter]]
    CloudImageInUseCount: L[X[NumberFilter]]
    CloudServerlessFunctionName: L[X[StringFilter]]
    CloudServerlessFunctionRuntime: L[X[StringFilter]]
    CloudServerlessFunctionLastModifiedAt: L[X[DateFilter]]
    CloudServerlessFunctionExecutionRole: L[X[StringFilter]]

CreateFilterParameters = TypedDict(
    "CreateFilterParameters",
    {
        "Action": S,
        "Action.$": str,
        "Description": S,
        "Description.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)

class Destination(TypedDict, total=False):
    BucketName: S
    KeyPrefix: S
    KmsKeyArn: S
    ExpectedBucketOwner: S

CreateFindingsReportParameters = TypedDict(
    "CreateFindingsReportParameters",
    {
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "ReportFormat": S,
        "ReportFormat.$": str,
        "S3Destination": X[Destination],
        "S3Destination.$": str,
    },
    total=False,
)

class ResourceStringFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class ResourceMapFilter(TypedDict, total=False):
    Comparison: S
    Key: S
    Value: S

class ResourceFilterCriteria(TypedDict, total=False):
    AccountId: L[X[ResourceStringFilter]]
    ResourceId: L[X[ResourceStringFilter]]
    ResourceType: L[X[ResourceStringFilter]]
    EcrRepositoryName: L[X[ResourceStringFilter]]
    LambdaFunctionName: L[X[ResourceStringFilter]]
    EcrImageTags: L[X[ResourceStringFilter]]
    Ec2InstanceTags: L[X[ResourceMapFilter]]
    LambdaFunctionTags: L[X[ResourceMapFilter]]
    CloudProvider: L[X[ResourceStringFilter]]
    CloudProviderAccountId: L[X[ResourceStringFilter]]
    CloudProviderOrgId: L[X[ResourceStringFilter]]
    CloudProviderRegion: L[X[ResourceStringFilter]]
    CloudVmInstanceTags: L[X[ResourceMapFilter]]
    CloudContainerImageTags: L[X[ResourceStringFilter]]
    CloudContainerRepositoryName: L[X[ResourceStringFilter]]
    CloudContainerRegistryName: L[X[ResourceStringFilter]]
    CloudServerlessFunctionName: L[X[ResourceStringFilter]]
    CloudServerlessFunctionRuntime: L[X[ResourceStringFilter]]
    CloudServerlessFunctionTags: L[X[ResourceMapFilter]]

CreateSbomExportParameters = TypedDict(
    "CreateSbomExportParameters",
    {
        "ResourceFilterCriteria": X[ResourceFilterCriteria],
        "ResourceFilterCriteria.$": str,
        "ReportFormat": S,
        "ReportFormat.$": str,
        "S3Destination": X[Destination],
        "S3Destination.$": str,
    },
    total=False,
)
DeleteCisScanConfigurationParameters = TypedDict(
    "DeleteCisScanConfigurationParameters",
    {"ScanConfigurationArn": S, "ScanConfigurationArn.$": str},
    total=False,
)
DeleteCodeSecurityIntegrationParameters = TypedDict(
    "DeleteCodeSecurityIntegrationParameters",
    {"IntegrationArn": S, "IntegrationArn.$": str},
    total=False,
)
DeleteCodeSecurityScanConfigurationParameters = TypedDict(
    "DeleteCodeSecurityScanConfigurationParameters",
    {"ScanConfigurationArn": S, "ScanConfigurationArn.$": str},
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
DeleteFilterParameters = TypedDict("DeleteFilterParameters", {"Arn": S, "Arn.$": str}, total=False)

class DescribeOrganizationConfigurationParameters(TypedDict, total=False): ...

DisableParameters = TypedDict(
    "DisableParameters",
    {"AccountIds": L[S], "AccountIds.$": str, "ResourceTypes": L[S], "ResourceTypes.$": str},
    total=False,
)
DisableDelegatedAdminAccountParameters = TypedDict(
    "DisableDelegatedAdminAccountParameters",
    {"DelegatedAdminAccountId": S, "DelegatedAdminAccountId.$": str},
    total=False,
)
DisassociateMemberParameters = TypedDict(
    "DisassociateMemberParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
EnableParameters = TypedDict(
    "EnableParameters",
    {
        "AccountIds": L[S],
        "AccountIds.$": str,
        "ResourceTypes": L[S],
        "ResourceTypes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
EnableDelegatedAdminAccountParameters = TypedDict(
    "EnableDelegatedAdminAccountParameters",
    {
        "DelegatedAdminAccountId": S,
        "DelegatedAdminAccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetCisScanReportParameters = TypedDict(
    "GetCisScanReportParameters",
    {
        "ScanArn": S,
        "ScanArn.$": str,
        "TargetAccounts": L[S],
        "TargetAccounts.$": str,
        "ReportFormat": S,
        "ReportFormat.$": str,
    },
    total=False,
)

class CisFindingStatusFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisStringFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisSecurityLevelFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisScanResultDetailsFilterCriteria(TypedDict, total=False):
    FindingStatusFilters: L[X[CisFindingStatusFilter]]
    CheckIdFilters: L[X[CisStringFilter]]
    TitleFilters: L[X[CisStringFilter]]
    SecurityLevelFilters: L[X[CisSecurityLevelFilter]]
    FindingArnFilters: L[X[CisStringFilter]]

GetCisScanResultDetailsParameters = TypedDict(
    "GetCisScanResultDetailsParameters",
    {
        "ScanArn": S,
        "ScanArn.$": str,
        "TargetResourceId": S,
        "TargetResourceId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "FilterCriteria": X[CisScanResultDetailsFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ClusterForImageFilterCriteria(TypedDict, total=False):
    ResourceId: S

GetClustersForImageParameters = TypedDict(
    "GetClustersForImageParameters",
    {
        "Filter": X[ClusterForImageFilterCriteria],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCodeSecurityIntegrationParameters = TypedDict(
    "GetCodeSecurityIntegrationParameters",
    {"IntegrationArn": S, "IntegrationArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
GetCodeSecurityScanParameters = TypedDict(
    "GetCodeSecurityScanParameters",
    {"Resource": X[CodeSecurityResource], "Resource.$": str, "ScanId": S, "ScanId.$": str},
    total=False,
)
GetCodeSecurityScanConfigurationParameters = TypedDict(
    "GetCodeSecurityScanConfigurationParameters",
    {"ScanConfigurationArn": S, "ScanConfigurationArn.$": str},
    total=False,
)
GetConfigurationParameters = TypedDict(
    "GetConfigurationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class GetDelegatedAdminAccountParameters(TypedDict, total=False): ...
class GetEc2DeepInspectionConfigurationParameters(TypedDict, total=False): ...

GetEncryptionKeyParameters = TypedDict(
    "GetEncryptionKeyParameters",
    {"ScanType": S, "ScanType.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)
GetFindingsReportStatusParameters = TypedDict(
    "GetFindingsReportStatusParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
GetMemberParameters = TypedDict(
    "GetMemberParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetOnDemandScanStatusParameters = TypedDict(
    "GetOnDemandScanStatusParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ScanId": S,
        "ScanId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
GetSbomExportParameters = TypedDict(
    "GetSbomExportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
ListAccountPermissionsParameters = TypedDict(
    "ListAccountPermissionsParameters",
    {
        "Service": S,
        "Service.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    Comparison: S
    Key: S
    Value: S

class ListCisScanConfigurationsFilterCriteria(TypedDict, total=False):
    ScanNameFilters: L[X[CisStringFilter]]
    TargetResourceTagFilters: L[X[TagFilter]]
    ScanConfigurationArnFilters: L[X[CisStringFilter]]

ListCisScanConfigurationsParameters = TypedDict(
    "ListCisScanConfigurationsParameters",
    {
        "FilterCriteria": X[ListCisScanConfigurationsFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class CisNumberFilter(TypedDict, total=False):
    UpperInclusive: I
    LowerInclusive: I

class CisScanResultsAggregatedByChecksFilterCriteria(TypedDict, total=False):
    AccountIdFilters: L[X[CisStringFilter]]
    CheckIdFilters: L[X[CisStringFilter]]
    TitleFilters: L[X[CisStringFilter]]
    PlatformFilters: L[X[CisStringFilter]]
    FailedResourcesFilters: L[X[CisNumberFilter]]
    SecurityLevelFilters: L[X[CisSecurityLevelFilter]]

ListCisScanResultsAggregatedByChecksParameters = TypedDict(
    "ListCisScanResultsAggregatedByChecksParameters",
    {
        "ScanArn": S,
        "ScanArn.$": str,
        "FilterCriteria": X[CisScanResultsAggregatedByChecksFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class CisResultStatusFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisTargetStatusFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisTargetStatusReasonFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisScanResultsAggregatedByTargetResourceFilterCriteria(TypedDict, total=False):
    AccountIdFilters: L[X[CisStringFilter]]
    StatusFilters: L[X[CisResultStatusFilter]]
    CheckIdFilters: L[X[CisStringFilter]]
    TargetResourceIdFilters: L[X[CisStringFilter]]
    TargetResourceTagFilters: L[X[TagFilter]]
    PlatformFilters: L[X[CisStringFilter]]
    TargetStatusFilters: L[X[CisTargetStatusFilter]]
    TargetStatusReasonFilters: L[X[CisTargetStatusReasonFilter]]
    FailedChecksFilters: L[X[CisNumberFilter]]

ListCisScanResultsAggregatedByTargetResourceParameters = TypedDict(
    "ListCisScanResultsAggregatedByTargetResourceParameters",
    {
        "ScanArn": S,
        "ScanArn.$": str,
        "FilterCriteria": X[CisScanResultsAggregatedByTargetResourceFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class CisScanStatusFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CisDateFilter(TypedDict, total=False):
    EarliestScanStartTime: T
    LatestScanStartTime: T

class ListCisScansFilterCriteria(TypedDict, total=False):
    ScanNameFilters: L[X[CisStringFilter]]
    TargetResourceTagFilters: L[X[TagFilter]]
    TargetResourceIdFilters: L[X[CisStringFilter]]
    ScanStatusFilters: L[X[CisScanStatusFilter]]
    ScanAtFilters: L[X[CisDateFilter]]
    ScanConfigurationArnFilters: L[X[CisStringFilter]]
    ScanArnFilters: L[X[CisStringFilter]]
    ScheduledByFilters: L[X[CisStringFilter]]
    FailedChecksFilters: L[X[CisNumberFilter]]
    TargetAccountIdFilters: L[X[CisStringFilter]]

ListCisScansParameters = TypedDict(
    "ListCisScansParameters",
    {
        "FilterCriteria": X[ListCisScansFilterCriteria],
        "FilterCriteria.$": str,
        "DetailLevel": S,
        "DetailLevel.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCodeSecurityIntegrationsParameters = TypedDict(
    "ListCodeSecurityIntegrationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListCodeSecurityScanConfigurationAssociationsParameters = TypedDict(
    "ListCodeSecurityScanConfigurationAssociationsParameters",
    {
        "ScanConfigurationArn": S,
        "ScanConfigurationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCodeSecurityScanConfigurationsParameters = TypedDict(
    "ListCodeSecurityScanConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListConnectorScanConfigurationsParameters = TypedDict(
    "ListConnectorScanConfigurationsParameters",
    {
        "AwsConfigConnectorArns": L[S],
        "AwsConfigConnectorArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConnectorArnFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class AwsConfigConnectorArnFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class ConnectorTypeFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class ProviderFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class ConnectorFilterCriteria(TypedDict, total=False):
    ConnectorArns: L[X[ConnectorArnFilter]]
    Accounts: L[X[StringFilter]]
    AwsConfigConnectorArns: L[X[AwsConfigConnectorArnFilter]]
    ConnectorType: L[X[ConnectorTypeFilter]]
    Provider: L[X[ProviderFilter]]

ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterCriteria": X[ConnectorFilterCriteria],
        "FilterCriteria.$": str,
    },
    total=False,
)

class CoverageStringFilter(TypedDict, total=False):
    Comparison: S
    Value: S

class CoverageMapFilter(TypedDict, total=False):
    Comparison: S
    Key: S
    Value: S

class CoverageDateFilter(TypedDict, total=False):
    StartInclusive: T
    EndInclusive: T

class CoverageNumberFilter(TypedDict, total=False):
    UpperInclusive: I
    LowerInclusive: I

class CoverageFilterCriteria(TypedDict, total=False):
    ScanStatusCode: L[X[CoverageStringFilter]]
    ScanStatusReason: L[X[CoverageStringFilter]]
    AccountId: L[X[CoverageStringFilter]]
    ResourceId: L[X[CoverageStringFilter]]
    ResourceType: L[X[CoverageStringFilter]]
    ScanType: L[X[CoverageStringFilter]]
    EcrRepositoryName: L[X[CoverageStringFilter]]
    EcrImageTags: L[X[CoverageStringFilter]]
    Ec2InstanceTags: L[X[CoverageMapFilter]]
    LambdaFunctionName: L[X[CoverageStringFilter]]
    LambdaFunctionTags: L[X[CoverageMapFilter]]
    LambdaFunctionRuntime: L[X[CoverageStringFilter]]
    MachineImageTags: L[X[CoverageMapFilter]]
    LastScannedAt: L[X[CoverageDateFilter]]
    ScanMode: L[X[CoverageStringFilter]]
    ImagePulledAt: L[X[CoverageDateFilter]]
    EcrImageLastInUseAt: L[X[CoverageDateFilter]]
    EcrImageInUseCount: L[X[CoverageNumberFilter]]
    CodeRepositoryProjectName: L[X[CoverageStringFilter]]
    CodeRepositoryProviderType: L[X[CoverageStringFilter]]
    CodeRepositoryProviderTypeVisibility: L[X[CoverageStringFilter]]
    LastScannedCommitId: L[X[CoverageStringFilter]]
    CloudProvider: L[X[CoverageStringFilter]]
    CloudProviderAccountId: L[X[CoverageStringFilter]]
    CloudProviderRegion: L[X[CoverageStringFilter]]
    CloudVmInstanceTags: L[X[CoverageMapFilter]]
    CloudContainerImageTags: L[X[CoverageStringFilter]]
    CloudContainerRepositoryName: L[X[CoverageStringFilter]]
    CloudContainerRegistryName: L[X[CoverageStringFilter]]
    CloudServerlessFunctionName: L[X[CoverageStringFilter]]
    CloudServerlessFunctionRuntime: L[X[CoverageStringFilter]]
    CloudServerlessFunctionTags: L[X[CoverageMapFilter]]
    CloudProviderOrgId: L[X[CoverageStringFilter]]

ListCoverageParameters = TypedDict(
    "ListCoverageParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterCriteria": X[CoverageFilterCriteria],
        "FilterCriteria.$": str,
    },
    total=False,
)
ListCoverageStatisticsParameters = TypedDict(
    "ListCoverageStatisticsParameters",
    {
        "FilterCriteria": X[CoverageFilterCriteria],
        "FilterCriteria.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDelegatedAdminAccountsParameters = TypedDict(
    "ListDelegatedAdminAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFiltersParameters = TypedDict(
    "ListFiltersParameters",
    {
        "Arns": L[S],
        "Arns.$": str,
        "Action": S,
        "Action.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AccountAggregation(TypedDict, total=False):
    FindingType: S
    ResourceType: S
    SortOrder: S
    SortBy: S

class AmiAggregation(TypedDict, total=False):
    Amis: L[X[StringFilter]]
    SortOrder: S
    SortBy: S
    ScanSources: L[S]

class AwsEcrContainerAggregation(TypedDict, total=False):
    ResourceIds: L[X[StringFilter]]
    ImageShas: L[X[StringFilter]]
    Repositories: L[X[StringFilter]]
    Architectures: L[X[StringFilter]]
    ImageTags: L[X[StringFilter]]
    SortOrder: S
    SortBy: S
    LastInUseAt: L[X[DateFilter]]
    InUseCount: L[X[NumberFilter]]

class Ec2InstanceAggregation(TypedDict, total=False):
    Amis: L[X[StringFilter]]
    OperatingSystems: L[X[StringFilter]]
    InstanceIds: L[X[StringFilter]]
    InstanceTags: L[X[MapFilter]]
    SortOrder: S
    SortBy: S

class FindingTypeAggregation(TypedDict, total=False):
    FindingType: S
    ResourceType: S
    SortOrder: S
    SortBy: S

class ImageLayerAggregation(TypedDict, total=False):
    Repositories: L[X[StringFilter]]
    ResourceIds: L[X[StringFilter]]
    LayerHashes: L[X[StringFilter]]
    CloudProviders: L[X[StringFilter]]
    CloudAccountIds: L[X[StringFilter]]
    CloudOrgIds: L[X[StringFilter]]
    CloudRegions: L[X[StringFilter]]
    CloudPartitions: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class PackageAggregation(TypedDict, total=False):
    PackageNames: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class RepositoryAggregation(TypedDict, total=False):
    Repositories: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class TitleAggregation(TypedDict, total=False):
    Titles: L[X[StringFilter]]
    VulnerabilityIds: L[X[StringFilter]]
    ResourceType: S
    FindingType: S
    SortOrder: S
    SortBy: S

class LambdaLayerAggregation(TypedDict, total=False):
    FunctionNames: L[X[StringFilter]]
    ResourceIds: L[X[StringFilter]]
    LayerArns: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class LambdaFunctionAggregation(TypedDict, total=False):
    ResourceIds: L[X[StringFilter]]
    FunctionNames: L[X[StringFilter]]
    Runtimes: L[X[StringFilter]]
    FunctionTags: L[X[MapFilter]]
    SortOrder: S
    SortBy: S

class CodeRepositoryAggregation(TypedDict, total=False):
    ProjectNames: L[X[StringFilter]]
    ProviderTypes: L[X[StringFilter]]
    SortOrder: S
    SortBy: S
    ResourceIds: L[X[StringFilter]]

class VmInstanceAggregation(TypedDict, total=False):
    ResourceIds: L[X[StringFilter]]
    OperatingSystems: L[X[StringFilter]]
    InstanceTags: L[X[MapFilter]]
    VmImageReferences: L[X[StringFilter]]
    CloudProviders: L[X[StringFilter]]
    CloudPartitions: L[X[StringFilter]]
    CloudRegions: L[X[StringFilter]]
    CloudOrgIds: L[X[StringFilter]]
    CloudAccountIds: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class ContainerImageAggregation(TypedDict, total=False):
    ResourceIds: L[X[StringFilter]]
    ImageDigests: L[X[StringFilter]]
    Repositories: L[X[StringFilter]]
    Registries: L[X[StringFilter]]
    Architectures: L[X[StringFilter]]
    ImageTags: L[X[StringFilter]]
    CloudProviders: L[X[StringFilter]]
    CloudPartitions: L[X[StringFilter]]
    CloudRegions: L[X[StringFilter]]
    CloudOrgIds: L[X[StringFilter]]
    CloudAccountIds: L[X[StringFilter]]
    LastInUseAt: L[X[DateFilter]]
    InUseCount: L[X[NumberFilter]]
    SortOrder: S
    SortBy: S

class ServerlessFunctionAggregation(TypedDict, total=False):
    ResourceIds: L[X[StringFilter]]
    FunctionNames: L[X[StringFilter]]
    Runtimes: L[X[StringFilter]]
    FunctionTags: L[X[MapFilter]]
    CloudProviders: L[X[StringFilter]]
    CloudPartitions: L[X[StringFilter]]
    CloudRegions: L[X[StringFilter]]
    CloudOrgIds: L[X[StringFilter]]
    CloudAccountIds: L[X[StringFilter]]
    SortOrder: S
    SortBy: S

class AggregationRequest(TypedDict, total=False):
    AccountAggregation: X[AccountAggregation]
    AmiAggregation: X[AmiAggregation]
    AwsEcrContainerAggregation: X[AwsEcrContainerAggregation]
    Ec2InstanceAggregation: X[Ec2InstanceAggregation]
    FindingTypeAggregation: X[FindingTypeAggregation]
    ImageLayerAggregation: X[ImageLayerAggregation]
    PackageAggregation: X[PackageAggregation]
    RepositoryAggregation: X[RepositoryAggregation]
    TitleAggregation: X[TitleAggregation]
    LambdaLayerAggregation: X[LambdaLayerAggregation]
    LambdaFunctionAggregation: X[LambdaFunctionAggregation]
    CodeRepositoryAggregation: X[CodeRepositoryAggregation]
    VmInstanceAggregation: X[VmInstanceAggregation]
    ContainerImageAggregation: X[ContainerImageAggregation]
    ServerlessFunctionAggregation: X[ServerlessFunctionAggregation]

ListFindingAggregationsParameters = TypedDict(
    "ListFindingAggregationsParameters",
    {
        "AggregationType": S,
        "AggregationType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AccountIds": L[X[StringFilter]],
        "AccountIds.$": str,
        "AggregationRequest": X[AggregationRequest],
        "AggregationRequest.$": str,
    },
    total=False,
)

class SortCriteria(TypedDict, total=False):
    Field: S
    SortOrder: S

ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
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
ListOnDemandScansParameters = TypedDict(
    "ListOnDemandScansParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUsageTotalsParameters = TypedDict(
    "ListUsageTotalsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountIds": L[S],
        "AccountIds.$": str,
    },
    total=False,
)
ResetEncryptionKeyParameters = TypedDict(
    "ResetEncryptionKeyParameters",
    {"ScanType": S, "ScanType.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)

class SearchVulnerabilitiesFilterCriteria(TypedDict, total=False):
    VulnerabilityIds: L[S]

SearchVulnerabilitiesParameters = TypedDict(
    "SearchVulnerabilitiesParameters",
    {
        "FilterCriteria": X[SearchVulnerabilitiesFilterCriteria],
        "FilterCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SendCisSessionHealthParameters = TypedDict(
    "SendCisSessionHealthParameters",
    {"ScanJobId": S, "ScanJobId.$": str, "SessionToken": S, "SessionToken.$": str},
    total=False,
)

class CisSessionMessage(TypedDict, total=False):
    RuleId: S
    Status: S
    CisRuleDetails: S

SendCisSessionTelemetryParameters = TypedDict(
    "SendCisSessionTelemetryParameters",
    {
        "ScanJobId": S,
        "ScanJobId.$": str,
        "SessionToken": S,
        "SessionToken.$": str,
        "Messages": L[X[CisSessionMessage]],
        "Messages.$": str,
    },
    total=False,
)

class StartCisSessionMessage(TypedDict, total=False):
    SessionToken: S

StartCisSessionParameters = TypedDict(
    "StartCisSessionParameters",
    {"ScanJobId": S, "ScanJobId.$": str, "Message": X[StartCisSessionMessage], "Message.$": str},
    total=False,
)
StartCodeSecurityScanParameters = TypedDict(
    "StartCodeSecurityScanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Resource": X[CodeSecurityResource],
        "Resource.$": str,
    },
    total=False,
)
StartOnDemandScanParameters = TypedDict(
    "StartOnDemandScanParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class StopCisMessageProgress(TypedDict, total=False):
    TotalChecks: I
    SuccessfulChecks: I
    FailedChecks: I
    NotEvaluatedChecks: I
    UnknownChecks: I
    NotApplicableChecks: I
    InformationalChecks: I
    ErrorChecks: I

class ComputePlatform(TypedDict, total=False):
    Vendor: S
    Product: S
    Version: S

class StopCisSessionMessage(TypedDict, total=False):
    Status: S
    Reason: S
    Progress: X[StopCisMessageProgress]
    ComputePlatform: X[ComputePlatform]
    BenchmarkVersion: S
    BenchmarkProfile: S

StopCisSessionParameters = TypedDict(
    "StopCisSessionParameters",
    {
        "ScanJobId": S,
        "ScanJobId.$": str,
        "SessionToken": S,
        "SessionToken.$": str,
        "Message": X[StopCisSessionMessage],
        "Message.$": str,
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
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[S], "TagKeys.$": str},
    total=False,
)

class UpdateCisTargets(TypedDict, total=False):
    AccountIds: L[S]
    TargetResourceTags: M[L[S]]

UpdateCisScanConfigurationParameters = TypedDict(
    "UpdateCisScanConfigurationParameters",
    {
        "ScanConfigurationArn": S,
        "ScanConfigurationArn.$": str,
        "ScanName": S,
        "ScanName.$": str,
        "SecurityLevel": S,
        "SecurityLevel.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Targets": X[UpdateCisTargets],
        "Targets.$": str,
    },
    total=False,
)

class UpdateGitLabSelfManagedIntegrationDetail(TypedDict, total=False):
    AuthCode: S
    StateToken: S

class UpdateGitHubIntegrationDetail(TypedDict, total=False):
    Code: S
    InstallationId: S
    StateToken: S

class UpdateGitHubEnterpriseServerAppInstallationDetail(TypedDict, total=False):
    Code: S
    InstallationId: S
    StateToken: S

class GitHubEnterpriseServerAppRegistrationDetail(TypedDict, total=False):
    ManifestCode: S

class UpdateGitHubEnterpriseServerIntegrationDetail(TypedDict, total=False):
    AppInstallation: X[UpdateGitHubEnterpriseServerAppInstallationDetail]
    AppRegistration: X[GitHubEnterpriseServerAppRegistrationDetail]

class UpdateIntegrationDetails(TypedDict, total=False):
    GitlabSelfManaged: X[UpdateGitLabSelfManagedIntegrationDetail]
    Github: X[UpdateGitHubIntegrationDetail]
    GithubEnterpriseServer: X[UpdateGitHubEnterpriseServerIntegrationDetail]

UpdateCodeSecurityIntegrationParameters = TypedDict(
    "UpdateCodeSecurityIntegrationParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "Details": X[UpdateIntegrationDetails],
        "Details.$": str,
    },
    total=False,
)
UpdateCodeSecurityScanConfigurationParameters = TypedDict(
    "UpdateCodeSecurityScanConfigurationParameters",
    {
        "ScanConfigurationArn": S,
        "ScanConfigurationArn.$": str,
        "Configuration": X[CodeSecurityScanConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class EcrConfiguration(TypedDict, total=False):
    RescanDuration: S
    PullDateRescanDuration: S
    PullDateRescanMode: S

class Ec2Configuration(TypedDict, total=False):
    ScanMode: S
    ActivateVMScanner: B

class AmiTagFilter(TypedDict, total=False):
    Key: S
    Value: S

class AmiScanModeConfiguration(TypedDict, total=False):
    ScanMode: S
    Tags: L[X[AmiTagFilter]]
    ExcludeCopiedAmis: B
    ExcludeBackupDlmAmis: B

class AmiConfiguration(TypedDict, total=False):
    LastLaunchedWithin: S
    CreatedWithin: S
    ScanModeConfiguration: X[AmiScanModeConfiguration]

class UpdateConfigurationInheritance(TypedDict, total=False):
    Ec2Configuration: S
    EcrConfiguration: S
    AmiConfiguration: S

UpdateConfigurationParameters = TypedDict(
    "UpdateConfigurationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "EcrConfiguration": X[EcrConfiguration],
        "EcrConfiguration.$": str,
        "Ec2Configuration": X[Ec2Configuration],
        "Ec2Configuration.$": str,
        "AmiConfiguration": X[AmiConfiguration],
        "AmiConfiguration.$": str,
        "UpdateConfigurationInheritance": X[UpdateConfigurationInheritance],
        "UpdateConfigurationInheritance.$": str,
    },
    total=False,
)

class AzureProviderDetailUpdate(TypedDict, total=False):
    AzureRegions: L[S]
    ScopeConfiguration: X[AzureScopeConfigurationInput]
    AutoInstallVMScanner: B

class GcpProviderDetailUpdate(TypedDict, total=False):
    GcpRegions: L[S]
    ScopeConfiguration: X[GcpScopeConfigurationInput]
    AutoInstallVMScanner: B

class ProviderDetailUpdate(TypedDict, total=False):
    Azure: X[AzureProviderDetailUpdate]
    Gcp: X[GcpProviderDetailUpdate]

UpdateConnectorParameters = TypedDict(
    "UpdateConnectorParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "Description": S,
        "Description.$": str,
        "ProviderDetail": X[ProviderDetailUpdate],
        "ProviderDetail.$": str,
    },
    total=False,
)

class ConnectorContainerImageScanConfiguration(TypedDict, total=False):
    PushDuration: S
    PullDuration: S

class ConnectorScanConfiguration(TypedDict, total=False):
    ContainerImageScanning: X[ConnectorContainerImageScanConfiguration]

UpdateConnectorScanConfigurationParameters = TypedDict(
    "UpdateConnectorScanConfigurationParameters",
    {
        "AwsConfigConnectorArn": S,
        "AwsConfigConnectorArn.$": str,
        "ScanConfiguration": X[ConnectorScanConfiguration],
        "ScanConfiguration.$": str,
    },
    total=False,
)
UpdateEc2DeepInspectionConfigurationParameters = TypedDict(
    "UpdateEc2DeepInspectionConfigurationParameters",
    {
        "ActivateDeepInspection": B,
        "ActivateDeepInspection.$": str,
        "PackagePaths": L[S],
        "PackagePaths.$": str,
    },
    total=False,
)
UpdateEncryptionKeyParameters = TypedDict(
    "UpdateEncryptionKeyParameters",
    {
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ScanType": S,
        "ScanType.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
UpdateFilterParameters = TypedDict(
    "UpdateFilterParameters",
    {
        "Action": S,
        "Action.$": str,
        "Description": S,
        "Description.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "Name": S,
        "Name.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
UpdateOrgEc2DeepInspectionConfigurationParameters = TypedDict(
    "UpdateOrgEc2DeepInspectionConfigurationParameters",
    {"OrgPackagePaths": L[S], "OrgPackagePaths.$": str},
    total=False,
)

class AutoEnable(TypedDict, total=False):
    Ec2: B
    Ecr: B
    Lambda: B
    LambdaCode: B
    CodeRepository: B
    Ami: B

UpdateOrganizationConfigurationParameters = TypedDict(
    "UpdateOrganizationConfigurationParameters",
    {"AutoEnable": X[AutoEnable], "AutoEnable.$": str},
    total=False,
)
associate_member: Builder[AssociateMemberParameters]
batch_associate_code_security_scan_configuration: Builder[
    BatchAssociateCodeSecurityScanConfigurationParameters
]
batch_disassociate_code_security_scan_configuration: Builder[
    BatchDisassociateCodeSecurityScanConfigurationParameters
]
batch_get_account_status: Builder[BatchGetAccountStatusParameters]
batch_get_code_snippet: Builder[BatchGetCodeSnippetParameters]
batch_get_finding_details: Builder[BatchGetFindingDetailsParameters]
batch_get_free_trial_info: Builder[BatchGetFreeTrialInfoParameters]
batch_get_member_ec2_deep_inspection_status: Builder[
    BatchGetMemberEc2DeepInspectionStatusParameters
]
batch_update_member_ec2_deep_inspection_status: Builder[
    BatchUpdateMemberEc2DeepInspectionStatusParameters
]
cancel_findings_report: Builder[CancelFindingsReportParameters]
cancel_sbom_export: Builder[CancelSbomExportParameters]
create_cis_scan_configuration: Builder[CreateCisScanConfigurationParameters]
create_code_security_integration: Builder[CreateCodeSecurityIntegrationParameters]
create_code_security_scan_configuration: Builder[CreateCodeSecurityScanConfigurationParameters]
create_connector: Builder[CreateConnectorParameters]
create_filter: Builder[CreateFilterParameters]
create_findings_report: Builder[CreateFindingsReportParameters]
create_sbom_export: Builder[CreateSbomExportParameters]
delete_cis_scan_configuration: Builder[DeleteCisScanConfigurationParameters]
delete_code_security_integration: Builder[DeleteCodeSecurityIntegrationParameters]
delete_code_security_scan_configuration: Builder[DeleteCodeSecurityScanConfigurationParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_filter: Builder[DeleteFilterParameters]
describe_organization_configuration: Builder[DescribeOrganizationConfigurationParameters]
disable: Builder[DisableParameters]
disable_delegated_admin_account: Builder[DisableDelegatedAdminAccountParameters]
disassociate_member: Builder[DisassociateMemberParameters]
enable: Builder[EnableParameters]
enable_delegated_admin_account: Builder[EnableDelegatedAdminAccountParameters]
get_cis_scan_report: Builder[GetCisScanReportParameters]
get_cis_scan_result_details: Builder[GetCisScanResultDetailsParameters]
get_clusters_for_image: Builder[GetClustersForImageParameters]
get_code_security_integration: Builder[GetCodeSecurityIntegrationParameters]
get_code_security_scan: Builder[GetCodeSecurityScanParameters]
get_code_security_scan_configuration: Builder[GetCodeSecurityScanConfigurationParameters]
get_configuration: Builder[GetConfigurationParameters]
get_delegated_admin_account: Builder[GetDelegatedAdminAccountParameters]
get_ec2_deep_inspection_configuration: Builder[GetEc2DeepInspectionConfigurationParameters]
get_encryption_key: Builder[GetEncryptionKeyParameters]
get_findings_report_status: Builder[GetFindingsReportStatusParameters]
get_member: Builder[GetMemberParameters]
get_on_demand_scan_status: Builder[GetOnDemandScanStatusParameters]
get_sbom_export: Builder[GetSbomExportParameters]
list_account_permissions: Builder[ListAccountPermissionsParameters]
list_cis_scan_configurations: Builder[ListCisScanConfigurationsParameters]
list_cis_scan_results_aggregated_by_checks: Builder[ListCisScanResultsAggregatedByChecksParameters]
list_cis_scan_results_aggregated_by_target_resource: Builder[
    ListCisScanResultsAggregatedByTargetResourceParameters
]
list_cis_scans: Builder[ListCisScansParameters]
list_code_security_integrations: Builder[ListCodeSecurityIntegrationsParameters]
list_code_security_scan_configuration_associations: Builder[
    ListCodeSecurityScanConfigurationAssociationsParameters
]
list_code_security_scan_configurations: Builder[ListCodeSecurityScanConfigurationsParameters]
list_connector_scan_configurations: Builder[ListConnectorScanConfigurationsParameters]
list_connectors: Builder[ListConnectorsParameters]
list_coverage: Builder[ListCoverageParameters]
list_coverage_statistics: Builder[ListCoverageStatisticsParameters]
list_delegated_admin_accounts: Builder[ListDelegatedAdminAccountsParameters]
list_filters: Builder[ListFiltersParameters]
list_finding_aggregations: Builder[ListFindingAggregationsParameters]
list_findings: Builder[ListFindingsParameters]
list_members: Builder[ListMembersParameters]
list_on_demand_scans: Builder[ListOnDemandScansParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_usage_totals: Builder[ListUsageTotalsParameters]
reset_encryption_key: Builder[ResetEncryptionKeyParameters]
search_vulnerabilities: Builder[SearchVulnerabilitiesParameters]
send_cis_session_health: Builder[SendCisSessionHealthParameters]
send_cis_session_telemetry: Builder[SendCisSessionTelemetryParameters]
start_cis_session: Builder[StartCisSessionParameters]
start_code_security_scan: Builder[StartCodeSecurityScanParameters]
start_on_demand_scan: Builder[StartOnDemandScanParameters]
stop_cis_session: Builder[StopCisSessionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cis_scan_configuration: Builder[UpdateCisScanConfigurationParameters]
update_code_security_integration: Builder[UpdateCodeSecurityIntegrationParameters]
update_code_security_scan_configuration: Builder[UpdateCodeSecurityScanConfigurationParameters]
update_configuration: Builder[UpdateConfigurationParameters]
update_connector: Builder[UpdateConnectorParameters]
update_connector_scan_configuration: Builder[UpdateConnectorScanConfigurationParameters]
update_ec2_deep_inspection_configuration: Builder[UpdateEc2DeepInspectionConfigurationParameters]
update_encryption_key: Builder[UpdateEncryptionKeyParameters]
update_filter: Builder[UpdateFilterParameters]
update_org_ec2_deep_inspection_configuration: Builder[
    UpdateOrgEc2DeepInspectionConfigurationParameters
]
update_organization_configuration: Builder[UpdateOrganizationConfigurationParameters]

__all__ = [
    "associate_member",
    "batch_associate_code_security_scan_configuration",
    "batch_disassociate_code_security_scan_configuration",
    "batch_get_account_status",
    "batch_get_code_snippet",
    "batch_get_finding_details",
    "batch_get_free_trial_info",
    "batch_get_member_ec2_deep_inspection_status",
    "batch_update_member_ec2_deep_inspection_status",
    "cancel_findings_report",
    "cancel_sbom_export",
    "create_cis_scan_configuration",
    "create_code_security_integration",
    "create_code_security_scan_configuration",
    "create_connector",
    "create_filter",
    "create_findings_report",
    "create_sbom_export",
    "delete_cis_scan_configuration",
    "delete_code_security_integration",
    "delete_code_security_scan_configuration",
    "delete_connector",
    "delete_filter",
    "describe_organization_configuration",
    "disable",
    "disable_delegated_admin_account",
    "disassociate_member",
    "enable",
    "enable_delegated_admin_account",
    "get_cis_scan_report",
    "get_cis_scan_result_details",
    "get_clusters_for_image",
    "get_code_security_integration",
    "get_code_security_scan",
    "get_code_security_scan_configuration",
    "get_configuration",
    "get_delegated_admin_account",
    "get_ec2_deep_inspection_configuration",
    "get_encryption_key",
    "get_findings_report_status",
    "get_member",
    "get_on_demand_scan_status",
    "get_sbom_export",
    "list_account_permissions",
    "list_cis_scan_configurations",
    "list_cis_scan_results_aggregated_by_checks",
    "list_cis_scan_results_aggregated_by_target_resource",
    "list_cis_scans",
    "list_code_security_integrations",
    "list_code_security_scan_configuration_associations",
    "list_code_security_scan_configurations",
    "list_connector_scan_configurations",
    "list_connectors",
    "list_coverage",
    "list_coverage_statistics",
    "list_delegated_admin_accounts",
    "list_filters",
    "list_finding_aggregations",
    "list_findings",
    "list_members",
    "list_on_demand_scans",
    "list_tags_for_resource",
    "list_usage_totals",
    "reset_encryption_key",
    "search_vulnerabilities",
    "send_cis_session_health",
    "send_cis_session_telemetry",
    "start_cis_session",
    "start_code_security_scan",
    "start_on_demand_scan",
    "stop_cis_session",
    "tag_resource",
    "untag_resource",
    "update_cis_scan_configuration",
    "update_code_security_integration",
    "update_code_security_scan_configuration",
    "update_configuration",
    "update_connector",
    "update_connector_scan_configuration",
    "update_ec2_deep_inspection_configuration",
    "update_encryption_key",
    "update_filter",
    "update_org_ec2_deep_inspection_configuration",
    "update_organization_configuration",
]
