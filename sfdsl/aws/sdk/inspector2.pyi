"""Typed builders of the AWS SDK integration of inspector2 (``aws-sdk:inspector2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

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
        "AssociateConfigurationRequests": L[Xi[AssociateConfigurationRequest]],
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
        "DisassociateConfigurationRequests": L[Xi[DisassociateConfigurationRequest]],
        "DisassociateConfigurationRequests.$": str,
    },
    total=False,
)
BatchGetAccountStatusParameters = TypedDict(
    "BatchGetAccountStatusParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
BatchGetCodeSnippetParameters = TypedDict(
    "BatchGetCodeSnippetParameters", {"FindingArns": L[Si], "FindingArns.$": str}, total=False
)
BatchGetFindingDetailsParameters = TypedDict(
    "BatchGetFindingDetailsParameters", {"FindingArns": L[Si], "FindingArns.$": str}, total=False
)
BatchGetFreeTrialInfoParameters = TypedDict(
    "BatchGetFreeTrialInfoParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
BatchGetMemberEc2DeepInspectionStatusParameters = TypedDict(
    "BatchGetMemberEc2DeepInspectionStatusParameters",
    {"AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)

class MemberAccountEc2DeepInspectionStatus(TypedDict, total=False):
    AccountId: S
    ActivateDeepInspection: B

BatchUpdateMemberEc2DeepInspectionStatusParameters = TypedDict(
    "BatchUpdateMemberEc2DeepInspectionStatusParameters",
    {"AccountIds": L[Xi[MemberAccountEc2DeepInspectionStatus]], "AccountIds.$": str},
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
    Days: L[Si]

class MonthlySchedule(TypedDict, total=False):
    StartTime: X[Time]
    Day: S

class Schedule(TypedDict, total=False):
    OneTime: X[OneTimeSchedule]
    Daily: X[DailySchedule]
    Weekly: X[WeeklySchedule]
    Monthly: X[MonthlySchedule]

class CreateCisTargets(TypedDict, total=False):
    AccountIds: L[Si]
    TargetResourceTags: M[L[Si]]

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
    SubnetIds: L[Si]
    SecurityGroups: L[Si]
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
    SupportedEvents: L[Si]

class CodeSecurityScanConfiguration(TypedDict, total=False):
    PeriodicScanConfiguration: X[PeriodicScanConfiguration]
    ContinuousIntegrationScanConfiguration: X[ContinuousIntegrationScanConfiguration]
    RuleSetCategories: L[Si]

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
    ScopeValues: L[Si]

class AzureScopeConfigurationInput(TypedDict, total=False):
    VmScanning: X[ScopeConfigurationInput]
    ContainerImageScanning: X[ScopeConfigurationInput]
    ServerlessScanning: X[ScopeConfigurationInput]

class AzureProviderDetailCreate(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[AzureScopeConfigurationInput]
    AzureRegions: L[Si]
    AutoInstallVMScanner: B

class GcpCapabilityScopeInput(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[Si]

class GcpScopeConfigurationInput(TypedDict, total=False):
    VmScanning: X[GcpCapabilityScopeInput]
    ContainerImageScanning: X[GcpCapabilityScopeInput]
    ServerlessScanning: X[GcpCapabilityScopeInput]

class GcpProviderDetailCreate(TypedDict, total=False):
    AwsConfigConnectorArn: S
    ScopeConfiguration: X[GcpScopeConfigurationInput]
    GcpRegions: L[Si]
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
    FindingArn: L[Xi[StringFilter]]
    AwsAccountId: L[Xi[StringFilter]]
    FindingType: L[Xi[StringFilter]]
    Severity: L[Xi[StringFilter]]
    FirstObservedAt: L[Xi[DateFilter]]
    LastObservedAt: L[Xi[DateFilter]]
    UpdatedAt: L[Xi[DateFilter]]
    FindingStatus: L[Xi[StringFilter]]
    Title: L[Xi[StringFilter]]
    InspectorScore: L[Xi[NumberFilter]]
    ResourceType: L[Xi[StringFilter]]
    ResourceId: L[Xi[StringFilter]]
    ResourceTags: L[Xi[MapFilter]]
    Ec2InstanceImageId: L[Xi[StringFilter]]
    Ec2InstanceVpcId: L[Xi[StringFilter]]
    Ec2InstanceSubnetId: L[Xi[StringFilter]]
    EcrImagePushedAt: L[Xi[DateFilter]]
    EcrImageArchitecture: L[Xi[StringFilter]]
    EcrImageRegistry: L[Xi[StringFilter]]
    EcrImageRepositoryName: L[Xi[StringFilter]]
    EcrImageTags: L[Xi[StringFilter]]
    EcrImageHash: L[Xi[StringFilter]]
    EcrImageLastInUseAt: L[Xi[DateFilter]]
    EcrImageInUseCount: L[Xi[NumberFilter]]
    PortRange: L[Xi[PortRangeFilter]]
    NetworkProtocol: L[Xi[StringFilter]]
    ComponentId: L[Xi[StringFilter]]
    ComponentType: L[Xi[StringFilter]]
    VulnerabilityId: L[Xi[StringFilter]]
    VulnerabilitySource: L[Xi[StringFilter]]
    VendorSeverity: L[Xi[StringFilter]]
    VulnerablePackages: L[Xi[PackageFilter]]
    RelatedVulnerabilities: L[Xi[StringFilter]]
    FixAvailable: L[Xi[StringFilter]]
    LambdaFunctionName: L[Xi[StringFilter]]
    LambdaFunctionLayers: L[Xi[StringFilter]]
    LambdaFunctionRuntime: L[Xi[StringFilter]]
    LambdaFunctionLastModifiedAt: L[Xi[DateFilter]]
    LambdaFunctionExecutionRoleArn: L[Xi[StringFilter]]
    ExploitAvailable: L[Xi[StringFilter]]
    CodeVulnerabilityDetectorName: L[Xi[StringFilter]]
    CodeVulnerabilityDetectorTags: L[Xi[StringFilter]]
    CodeVulnerabilityFilePath: L[Xi[StringFilter]]
    EpssScore: L[Xi[NumberFilter]]
    CodeRepositoryProjectName: L[Xi[StringFilter]]
    CodeRepositoryProviderType: L[Xi[StringFilter]]
    MachineImageId: L[Xi[StringFilter]]
    MachineImageName: L[Xi[StringFilter]]
    MachineImageOwnerAccountId: L[Xi[StringFilter]]
    MachineImagePlatform: L[Xi[StringFilter]]
    CloudProvider: L[Xi[StringFilter]]
    CloudProviderRegion: L[Xi[StringFilter]]
    CloudProviderAccountId: L[Xi[StringFilter]]
    CloudProviderOrgId: L[Xi[StringFilter]]
    CloudVmImageReference: L[Xi[StringFilter]]
    CloudVmNetworkId: L[Xi[StringFilter]]
    CloudVmSubnetIds: L[Xi[StringFilter]]
    CloudImageRepositoryName: L[Xi[StringFilter]]
    CloudImageRegistry: L[Xi[StringFilter]]
    CloudImageDigest: L[Xi[StringFilter]]
    CloudImageTags: L[Xi[StringFilter]]
    CloudImagePushedAt: L[Xi[DateFilter]]
    CloudImageArchitecture: L[Xi[StringFilter]]
    CloudImageLastInUseAt: L[Xi[DateFilter]]
    CloudImageInUseCount: L[Xi[NumberFilter]]
    CloudServerlessFunctionName: L[Xi[StringFilter]]
    CloudServerlessFunctionRuntime: L[Xi[StringFilter]]
    CloudServerlessFunctionLastModifiedAt: L[Xi[DateFilter]]
    CloudServerlessFunctionExecutionRole: L[Xi[StringFilter]]

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
    AccountId: L[Xi[ResourceStringFilter]]
    ResourceId: L[Xi[ResourceStringFilter]]
    ResourceType: L[Xi[ResourceStringFilter]]
    EcrRepositoryName: L[Xi[ResourceStringFilter]]
    LambdaFunctionName: L[Xi[ResourceStringFilter]]
    EcrImageTags: L[Xi[ResourceStringFilter]]
    Ec2InstanceTags: L[Xi[ResourceMapFilter]]
    LambdaFunctionTags: L[Xi[ResourceMapFilter]]
    CloudProvider: L[Xi[ResourceStringFilter]]
    CloudProviderAccountId: L[Xi[ResourceStringFilter]]
    CloudProviderOrgId: L[Xi[ResourceStringFilter]]
    CloudProviderRegion: L[Xi[ResourceStringFilter]]
    CloudVmInstanceTags: L[Xi[ResourceMapFilter]]
    CloudContainerImageTags: L[Xi[ResourceStringFilter]]
    CloudContainerRepositoryName: L[Xi[ResourceStringFilter]]
    CloudContainerRegistryName: L[Xi[ResourceStringFilter]]
    CloudServerlessFunctionName: L[Xi[ResourceStringFilter]]
    CloudServerlessFunctionRuntime: L[Xi[ResourceStringFilter]]
    CloudServerlessFunctionTags: L[Xi[ResourceMapFilter]]

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
    {"AccountIds": L[Si], "AccountIds.$": str, "ResourceTypes": L[Si], "ResourceTypes.$": str},
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
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "ResourceTypes": L[Si],
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
        "TargetAccounts": L[Si],
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
    FindingStatusFilters: L[Xi[CisFindingStatusFilter]]
    CheckIdFilters: L[Xi[CisStringFilter]]
    TitleFilters: L[Xi[CisStringFilter]]
    SecurityLevelFilters: L[Xi[CisSecurityLevelFilter]]
    FindingArnFilters: L[Xi[CisStringFilter]]

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
    ScanNameFilters: L[Xi[CisStringFilter]]
    TargetResourceTagFilters: L[Xi[TagFilter]]
    ScanConfigurationArnFilters: L[Xi[CisStringFilter]]

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
    AccountIdFilters: L[Xi[CisStringFilter]]
    CheckIdFilters: L[Xi[CisStringFilter]]
    TitleFilters: L[Xi[CisStringFilter]]
    PlatformFilters: L[Xi[CisStringFilter]]
    FailedResourcesFilters: L[Xi[CisNumberFilter]]
    SecurityLevelFilters: L[Xi[CisSecurityLevelFilter]]

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
    AccountIdFilters: L[Xi[CisStringFilter]]
    StatusFilters: L[Xi[CisResultStatusFilter]]
    CheckIdFilters: L[Xi[CisStringFilter]]
    TargetResourceIdFilters: L[Xi[CisStringFilter]]
    TargetResourceTagFilters: L[Xi[TagFilter]]
    PlatformFilters: L[Xi[CisStringFilter]]
    TargetStatusFilters: L[Xi[CisTargetStatusFilter]]
    TargetStatusReasonFilters: L[Xi[CisTargetStatusReasonFilter]]
    FailedChecksFilters: L[Xi[CisNumberFilter]]

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
    ScanNameFilters: L[Xi[CisStringFilter]]
    TargetResourceTagFilters: L[Xi[TagFilter]]
    TargetResourceIdFilters: L[Xi[CisStringFilter]]
    ScanStatusFilters: L[Xi[CisScanStatusFilter]]
    ScanAtFilters: L[Xi[CisDateFilter]]
    ScanConfigurationArnFilters: L[Xi[CisStringFilter]]
    ScanArnFilters: L[Xi[CisStringFilter]]
    ScheduledByFilters: L[Xi[CisStringFilter]]
    FailedChecksFilters: L[Xi[CisNumberFilter]]
    TargetAccountIdFilters: L[Xi[CisStringFilter]]

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
        "AwsConfigConnectorArns": L[Si],
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
    ConnectorArns: L[Xi[ConnectorArnFilter]]
    Accounts: L[Xi[StringFilter]]
    AwsConfigConnectorArns: L[Xi[AwsConfigConnectorArnFilter]]
    ConnectorType: L[Xi[ConnectorTypeFilter]]
    Provider: L[Xi[ProviderFilter]]

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
    ScanStatusCode: L[Xi[CoverageStringFilter]]
    ScanStatusReason: L[Xi[CoverageStringFilter]]
    AccountId: L[Xi[CoverageStringFilter]]
    ResourceId: L[Xi[CoverageStringFilter]]
    ResourceType: L[Xi[CoverageStringFilter]]
    ScanType: L[Xi[CoverageStringFilter]]
    EcrRepositoryName: L[Xi[CoverageStringFilter]]
    EcrImageTags: L[Xi[CoverageStringFilter]]
    Ec2InstanceTags: L[Xi[CoverageMapFilter]]
    LambdaFunctionName: L[Xi[CoverageStringFilter]]
    LambdaFunctionTags: L[Xi[CoverageMapFilter]]
    LambdaFunctionRuntime: L[Xi[CoverageStringFilter]]
    MachineImageTags: L[Xi[CoverageMapFilter]]
    LastScannedAt: L[Xi[CoverageDateFilter]]
    ScanMode: L[Xi[CoverageStringFilter]]
    ImagePulledAt: L[Xi[CoverageDateFilter]]
    EcrImageLastInUseAt: L[Xi[CoverageDateFilter]]
    EcrImageInUseCount: L[Xi[CoverageNumberFilter]]
    CodeRepositoryProjectName: L[Xi[CoverageStringFilter]]
    CodeRepositoryProviderType: L[Xi[CoverageStringFilter]]
    CodeRepositoryProviderTypeVisibility: L[Xi[CoverageStringFilter]]
    LastScannedCommitId: L[Xi[CoverageStringFilter]]
    CloudProvider: L[Xi[CoverageStringFilter]]
    CloudProviderAccountId: L[Xi[CoverageStringFilter]]
    CloudProviderRegion: L[Xi[CoverageStringFilter]]
    CloudVmInstanceTags: L[Xi[CoverageMapFilter]]
    CloudContainerImageTags: L[Xi[CoverageStringFilter]]
    CloudContainerRepositoryName: L[Xi[CoverageStringFilter]]
    CloudContainerRegistryName: L[Xi[CoverageStringFilter]]
    CloudServerlessFunctionName: L[Xi[CoverageStringFilter]]
    CloudServerlessFunctionRuntime: L[Xi[CoverageStringFilter]]
    CloudServerlessFunctionTags: L[Xi[CoverageMapFilter]]
    CloudProviderOrgId: L[Xi[CoverageStringFilter]]

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
        "Arns": L[Si],
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
    Amis: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S
    ScanSources: L[Si]

class AwsEcrContainerAggregation(TypedDict, total=False):
    ResourceIds: L[Xi[StringFilter]]
    ImageShas: L[Xi[StringFilter]]
    Repositories: L[Xi[StringFilter]]
    Architectures: L[Xi[StringFilter]]
    ImageTags: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S
    LastInUseAt: L[Xi[DateFilter]]
    InUseCount: L[Xi[NumberFilter]]

class Ec2InstanceAggregation(TypedDict, total=False):
    Amis: L[Xi[StringFilter]]
    OperatingSystems: L[Xi[StringFilter]]
    InstanceIds: L[Xi[StringFilter]]
    InstanceTags: L[Xi[MapFilter]]
    SortOrder: S
    SortBy: S

class FindingTypeAggregation(TypedDict, total=False):
    FindingType: S
    ResourceType: S
    SortOrder: S
    SortBy: S

class ImageLayerAggregation(TypedDict, total=False):
    Repositories: L[Xi[StringFilter]]
    ResourceIds: L[Xi[StringFilter]]
    LayerHashes: L[Xi[StringFilter]]
    CloudProviders: L[Xi[StringFilter]]
    CloudAccountIds: L[Xi[StringFilter]]
    CloudOrgIds: L[Xi[StringFilter]]
    CloudRegions: L[Xi[StringFilter]]
    CloudPartitions: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S

class PackageAggregation(TypedDict, total=False):
    PackageNames: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S

class RepositoryAggregation(TypedDict, total=False):
    Repositories: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S

class TitleAggregation(TypedDict, total=False):
    Titles: L[Xi[StringFilter]]
    VulnerabilityIds: L[Xi[StringFilter]]
    ResourceType: S
    FindingType: S
    SortOrder: S
    SortBy: S

class LambdaLayerAggregation(TypedDict, total=False):
    FunctionNames: L[Xi[StringFilter]]
    ResourceIds: L[Xi[StringFilter]]
    LayerArns: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S

class LambdaFunctionAggregation(TypedDict, total=False):
    ResourceIds: L[Xi[StringFilter]]
    FunctionNames: L[Xi[StringFilter]]
    Runtimes: L[Xi[StringFilter]]
    FunctionTags: L[Xi[MapFilter]]
    SortOrder: S
    SortBy: S

class CodeRepositoryAggregation(TypedDict, total=False):
    ProjectNames: L[Xi[StringFilter]]
    ProviderTypes: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S
    ResourceIds: L[Xi[StringFilter]]

class VmInstanceAggregation(TypedDict, total=False):
    ResourceIds: L[Xi[StringFilter]]
    OperatingSystems: L[Xi[StringFilter]]
    InstanceTags: L[Xi[MapFilter]]
    VmImageReferences: L[Xi[StringFilter]]
    CloudProviders: L[Xi[StringFilter]]
    CloudPartitions: L[Xi[StringFilter]]
    CloudRegions: L[Xi[StringFilter]]
    CloudOrgIds: L[Xi[StringFilter]]
    CloudAccountIds: L[Xi[StringFilter]]
    SortOrder: S
    SortBy: S

class ContainerImageAggregation(TypedDict, total=False):
    ResourceIds: L[Xi[StringFilter]]
    ImageDigests: L[Xi[StringFilter]]
    Repositories: L[Xi[StringFilter]]
    Registries: L[Xi[StringFilter]]
    Architectures: L[Xi[StringFilter]]
    ImageTags: L[Xi[StringFilter]]
    CloudProviders: L[Xi[StringFilter]]
    CloudPartitions: L[Xi[StringFilter]]
    CloudRegions: L[Xi[StringFilter]]
    CloudOrgIds: L[Xi[StringFilter]]
    CloudAccountIds: L[Xi[StringFilter]]
    LastInUseAt: L[Xi[DateFilter]]
    InUseCount: L[Xi[NumberFilter]]
    SortOrder: S
    SortBy: S

class ServerlessFunctionAggregation(TypedDict, total=False):
    ResourceIds: L[Xi[StringFilter]]
    FunctionNames: L[Xi[StringFilter]]
    Runtimes: L[Xi[StringFilter]]
    FunctionTags: L[Xi[MapFilter]]
    CloudProviders: L[Xi[StringFilter]]
    CloudPartitions: L[Xi[StringFilter]]
    CloudRegions: L[Xi[StringFilter]]
    CloudOrgIds: L[Xi[StringFilter]]
    CloudAccountIds: L[Xi[StringFilter]]
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
        "AccountIds": L[Xi[StringFilter]],
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
        "AccountIds": L[Si],
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
    VulnerabilityIds: L[Si]

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
        "Messages": L[Xi[CisSessionMessage]],
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
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class UpdateCisTargets(TypedDict, total=False):
    AccountIds: L[Si]
    TargetResourceTags: M[L[Si]]

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
    Tags: L[Xi[AmiTagFilter]]
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
    AzureRegions: L[Si]
    ScopeConfiguration: X[AzureScopeConfigurationInput]
    AutoInstallVMScanner: B

class GcpProviderDetailUpdate(TypedDict, total=False):
    GcpRegions: L[Si]
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
        "PackagePaths": L[Si],
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
    {"OrgPackagePaths": L[Si], "OrgPackagePaths.$": str},
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
