"""Typed builders of the AWS SDK integration of guardduty (``aws-sdk:guardduty:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptAdministratorInvitationParameters = TypedDict(
    "AcceptAdministratorInvitationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "AdministratorId": S,
        "AdministratorId.$": str,
        "InvitationId": S,
        "InvitationId.$": str,
    },
    total=False,
)
AcceptInvitationParameters = TypedDict(
    "AcceptInvitationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MasterId": S,
        "MasterId.$": str,
        "InvitationId": S,
        "InvitationId.$": str,
    },
    total=False,
)
ArchiveFindingsParameters = TypedDict(
    "ArchiveFindingsParameters",
    {"DetectorId": S, "DetectorId.$": str, "FindingIds": L[Si], "FindingIds.$": str},
    total=False,
)
CreateCustomDetectionRuleAssociationParameters = TypedDict(
    "CreateCustomDetectionRuleAssociationParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "Mode": S,
        "Mode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomDetectionRuleOrgConfigurationParameters = TypedDict(
    "CreateCustomDetectionRuleOrgConfigurationParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "Mode": S,
        "Mode.$": str,
        "IncludeAccountIds": L[Si],
        "IncludeAccountIds.$": str,
        "ExcludeAccountIds": L[Si],
        "ExcludeAccountIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class S3LogsConfiguration(TypedDict, total=False):
    Enable: B

class KubernetesAuditLogsConfiguration(TypedDict, total=False):
    Enable: B

class KubernetesConfiguration(TypedDict, total=False):
    AuditLogs: X[KubernetesAuditLogsConfiguration]

class ScanEc2InstanceWithFindings(TypedDict, total=False):
    EbsVolumes: B

class MalwareProtectionConfiguration(TypedDict, total=False):
    ScanEc2InstanceWithFindings: X[ScanEc2InstanceWithFindings]

class DataSourceConfigurations(TypedDict, total=False):
    S3Logs: X[S3LogsConfiguration]
    Kubernetes: X[KubernetesConfiguration]
    MalwareProtection: X[MalwareProtectionConfiguration]

class DetectorAdditionalConfiguration(TypedDict, total=False):
    Name: S
    Status: S

class DetectorFeatureConfiguration(TypedDict, total=False):
    Name: S
    Status: S
    AdditionalConfiguration: L[Xi[DetectorAdditionalConfiguration]]

CreateDetectorParameters = TypedDict(
    "CreateDetectorParameters",
    {
        "Enable": B,
        "Enable.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FindingPublishingFrequency": S,
        "FindingPublishingFrequency.$": str,
        "DataSources": X[DataSourceConfigurations],
        "DataSources.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Features": L[Xi[DetectorFeatureConfiguration]],
        "Features.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    Eq: L[Si]
    Neq: L[Si]
    Gt: I
    Gte: I
    Lt: I
    Lte: I
    EqualsValue: L[Si]
    NotEquals: L[Si]
    GreaterThan: I
    GreaterThanOrEqual: I
    LessThan: I
    LessThanOrEqual: I
    Matches: L[Si]
    NotMatches: L[Si]

class FindingCriteria(TypedDict, total=False):
    Criterion: M[X[Condition]]

CreateFilterParameters = TypedDict(
    "CreateFilterParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Action": S,
        "Action.$": str,
        "Rank": I,
        "Rank.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateIPSetParameters = TypedDict(
    "CreateIPSetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Location": S,
        "Location.$": str,
        "Activate": B,
        "Activate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
CreateInvestigationParameters = TypedDict(
    "CreateInvestigationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "TriggerPrompt": S,
        "TriggerPrompt.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CreateS3BucketResource(TypedDict, total=False):
    BucketName: S
    ObjectPrefixes: L[Si]

class CreateProtectedResource(TypedDict, total=False):
    S3Bucket: X[CreateS3BucketResource]

class MalwareProtectionPlanTaggingAction(TypedDict, total=False):
    Status: S

class MalwareProtectionPlanActions(TypedDict, total=False):
    Tagging: X[MalwareProtectionPlanTaggingAction]

CreateMalwareProtectionPlanParameters = TypedDict(
    "CreateMalwareProtectionPlanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Role": S,
        "Role.$": str,
        "ProtectedResource": X[CreateProtectedResource],
        "ProtectedResource.$": str,
        "Actions": X[MalwareProtectionPlanActions],
        "Actions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AccountDetail(TypedDict, total=False):
    AccountId: S
    Email: S

CreateMembersParameters = TypedDict(
    "CreateMembersParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "AccountDetails": L[Xi[AccountDetail]],
        "AccountDetails.$": str,
    },
    total=False,
)

class DestinationProperties(TypedDict, total=False):
    DestinationArn: S
    KmsKeyArn: S
    ExpectedBucketOwner: S

CreatePublishingDestinationParameters = TypedDict(
    "CreatePublishingDestinationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DestinationType": S,
        "DestinationType.$": str,
        "DestinationProperties": X[DestinationProperties],
        "DestinationProperties.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSampleFindingsParameters = TypedDict(
    "CreateSampleFindingsParameters",
    {"DetectorId": S, "DetectorId.$": str, "FindingTypes": L[Si], "FindingTypes.$": str},
    total=False,
)
CreateThreatEntitySetParameters = TypedDict(
    "CreateThreatEntitySetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Location": S,
        "Location.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "Activate": B,
        "Activate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateThreatIntelSetParameters = TypedDict(
    "CreateThreatIntelSetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Location": S,
        "Location.$": str,
        "Activate": B,
        "Activate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
CreateTrustedEntitySetParameters = TypedDict(
    "CreateTrustedEntitySetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Location": S,
        "Location.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "Activate": B,
        "Activate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeclineInvitationsParameters = TypedDict(
    "DeclineInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteCustomDetectionRuleAssociationParameters = TypedDict(
    "DeleteCustomDetectionRuleAssociationParameters",
    {"RuleId": S, "RuleId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
DeleteCustomDetectionRuleOrgConfigurationParameters = TypedDict(
    "DeleteCustomDetectionRuleOrgConfigurationParameters",
    {"RuleId": S, "RuleId.$": str, "Mode": S, "Mode.$": str},
    total=False,
)
DeleteDetectorParameters = TypedDict(
    "DeleteDetectorParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
DeleteFilterParameters = TypedDict(
    "DeleteFilterParameters",
    {"DetectorId": S, "DetectorId.$": str, "FilterName": S, "FilterName.$": str},
    total=False,
)
DeleteIPSetParameters = TypedDict(
    "DeleteIPSetParameters",
    {"DetectorId": S, "DetectorId.$": str, "IpSetId": S, "IpSetId.$": str},
    total=False,
)
DeleteInvitationsParameters = TypedDict(
    "DeleteInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteMalwareProtectionPlanParameters = TypedDict(
    "DeleteMalwareProtectionPlanParameters",
    {"MalwareProtectionPlanId": S, "MalwareProtectionPlanId.$": str},
    total=False,
)
DeleteMembersParameters = TypedDict(
    "DeleteMembersParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
DeletePublishingDestinationParameters = TypedDict(
    "DeletePublishingDestinationParameters",
    {"DetectorId": S, "DetectorId.$": str, "DestinationId": S, "DestinationId.$": str},
    total=False,
)
DeleteThreatEntitySetParameters = TypedDict(
    "DeleteThreatEntitySetParameters",
    {"DetectorId": S, "DetectorId.$": str, "ThreatEntitySetId": S, "ThreatEntitySetId.$": str},
    total=False,
)
DeleteThreatIntelSetParameters = TypedDict(
    "DeleteThreatIntelSetParameters",
    {"DetectorId": S, "DetectorId.$": str, "ThreatIntelSetId": S, "ThreatIntelSetId.$": str},
    total=False,
)
DeleteTrustedEntitySetParameters = TypedDict(
    "DeleteTrustedEntitySetParameters",
    {"DetectorId": S, "DetectorId.$": str, "TrustedEntitySetId": S, "TrustedEntitySetId.$": str},
    total=False,
)

class FilterCondition(TypedDict, total=False):
    EqualsValue: S
    GreaterThan: I
    LessThan: I

class FilterCriterion(TypedDict, total=False):
    CriterionKey: S
    FilterCondition: X[FilterCondition]

class FilterCriteria(TypedDict, total=False):
    FilterCriterion: L[Xi[FilterCriterion]]

class SortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

DescribeMalwareScansParameters = TypedDict(
    "DescribeMalwareScansParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
DescribeOrganizationConfigurationParameters = TypedDict(
    "DescribeOrganizationConfigurationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePublishingDestinationParameters = TypedDict(
    "DescribePublishingDestinationParameters",
    {"DetectorId": S, "DetectorId.$": str, "DestinationId": S, "DestinationId.$": str},
    total=False,
)
DisableOrganizationAdminAccountParameters = TypedDict(
    "DisableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str},
    total=False,
)
DisassociateFromAdministratorAccountParameters = TypedDict(
    "DisassociateFromAdministratorAccountParameters",
    {"DetectorId": S, "DetectorId.$": str},
    total=False,
)
DisassociateFromMasterAccountParameters = TypedDict(
    "DisassociateFromMasterAccountParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
DisassociateMembersParameters = TypedDict(
    "DisassociateMembersParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
EnableOrganizationAdminAccountParameters = TypedDict(
    "EnableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str},
    total=False,
)
GetAdministratorAccountParameters = TypedDict(
    "GetAdministratorAccountParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)

class CoverageFilterCondition(TypedDict, total=False):
    EqualsValue: L[Si]
    NotEquals: L[Si]

class CoverageFilterCriterion(TypedDict, total=False):
    CriterionKey: S
    FilterCondition: X[CoverageFilterCondition]

class CoverageFilterCriteria(TypedDict, total=False):
    FilterCriterion: L[Xi[CoverageFilterCriterion]]

GetCoverageStatisticsParameters = TypedDict(
    "GetCoverageStatisticsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FilterCriteria": X[CoverageFilterCriteria],
        "FilterCriteria.$": str,
        "StatisticsType": L[Si],
        "StatisticsType.$": str,
    },
    total=False,
)
GetCustomDetectionRuleParameters = TypedDict(
    "GetCustomDetectionRuleParameters", {"RuleId": S, "RuleId.$": str}, total=False
)
GetCustomDetectionRuleAssociationParameters = TypedDict(
    "GetCustomDetectionRuleAssociationParameters",
    {"RuleId": S, "RuleId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
GetCustomDetectionRuleOrgConfigurationParameters = TypedDict(
    "GetCustomDetectionRuleOrgConfigurationParameters",
    {"RuleId": S, "RuleId.$": str, "Mode": S, "Mode.$": str},
    total=False,
)
GetDetectorParameters = TypedDict(
    "GetDetectorParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
GetFilterParameters = TypedDict(
    "GetFilterParameters",
    {"DetectorId": S, "DetectorId.$": str, "FilterName": S, "FilterName.$": str},
    total=False,
)
GetFindingsParameters = TypedDict(
    "GetFindingsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FindingIds": L[Si],
        "FindingIds.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
GetFindingsStatisticsParameters = TypedDict(
    "GetFindingsStatisticsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FindingStatisticTypes": L[Si],
        "FindingStatisticTypes.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "OrderBy": S,
        "OrderBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIPSetParameters = TypedDict(
    "GetIPSetParameters",
    {"DetectorId": S, "DetectorId.$": str, "IpSetId": S, "IpSetId.$": str},
    total=False,
)
GetInvestigationParameters = TypedDict(
    "GetInvestigationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "InvestigationId": S,
        "InvestigationId.$": str,
        "SummaryFormat": S,
        "SummaryFormat.$": str,
    },
    total=False,
)

class GetInvitationsCountParameters(TypedDict, total=False): ...

GetMalwareProtectionPlanParameters = TypedDict(
    "GetMalwareProtectionPlanParameters",
    {"MalwareProtectionPlanId": S, "MalwareProtectionPlanId.$": str},
    total=False,
)
GetMalwareScanParameters = TypedDict(
    "GetMalwareScanParameters", {"ScanId": S, "ScanId.$": str}, total=False
)
GetMalwareScanSettingsParameters = TypedDict(
    "GetMalwareScanSettingsParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
GetMasterAccountParameters = TypedDict(
    "GetMasterAccountParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
GetMemberDetectorsParameters = TypedDict(
    "GetMemberDetectorsParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
GetMembersParameters = TypedDict(
    "GetMembersParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)

class GetOrganizationStatisticsParameters(TypedDict, total=False): ...

GetRemainingFreeTrialDaysParameters = TypedDict(
    "GetRemainingFreeTrialDaysParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
GetThreatEntitySetParameters = TypedDict(
    "GetThreatEntitySetParameters",
    {"DetectorId": S, "DetectorId.$": str, "ThreatEntitySetId": S, "ThreatEntitySetId.$": str},
    total=False,
)
GetThreatIntelSetParameters = TypedDict(
    "GetThreatIntelSetParameters",
    {"DetectorId": S, "DetectorId.$": str, "ThreatIntelSetId": S, "ThreatIntelSetId.$": str},
    total=False,
)
GetTrustedEntitySetParameters = TypedDict(
    "GetTrustedEntitySetParameters",
    {"DetectorId": S, "DetectorId.$": str, "TrustedEntitySetId": S, "TrustedEntitySetId.$": str},
    total=False,
)

class UsageCriteria(TypedDict, total=False):
    AccountIds: L[Si]
    DataSources: L[Si]
    Resources: L[Si]
    Features: L[Si]

GetUsageStatisticsParameters = TypedDict(
    "GetUsageStatisticsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "UsageStatisticType": S,
        "UsageStatisticType.$": str,
        "UsageCriteria": X[UsageCriteria],
        "UsageCriteria.$": str,
        "Unit": S,
        "Unit.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
InviteMembersParameters = TypedDict(
    "InviteMembersParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "DisableEmailNotification": B,
        "DisableEmailNotification.$": str,
        "Message": S,
        "Message.$": str,
    },
    total=False,
)

class CoverageSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

ListCoverageParameters = TypedDict(
    "ListCoverageParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FilterCriteria": X[CoverageFilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[CoverageSortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
ListCustomDetectionRuleAssociationsParameters = TypedDict(
    "ListCustomDetectionRuleAssociationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RuleId": S,
        "RuleId.$": str,
        "Mode": S,
        "Mode.$": str,
    },
    total=False,
)
ListCustomDetectionRuleOrgConfigurationsParameters = TypedDict(
    "ListCustomDetectionRuleOrgConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class DetectionRuleFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

ListCustomDetectionRulesParameters = TypedDict(
    "ListCustomDetectionRulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[DetectionRuleFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListDetectorsParameters = TypedDict(
    "ListDetectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFiltersParameters = TypedDict(
    "ListFiltersParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIPSetsParameters = TypedDict(
    "ListIPSetsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInvestigationRecordsParameters = TypedDict(
    "ListInvestigationRecordsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "InvestigationId": S,
        "InvestigationId.$": str,
        "RecordTypes": L[Si],
        "RecordTypes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InvestigationFilterCondition(TypedDict, total=False):
    EqualsValue: L[Si]
    NotEquals: L[Si]

class InvestigationFilterCriteria(TypedDict, total=False):
    Criterion: M[X[InvestigationFilterCondition]]

class InvestigationSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

ListInvestigationsParameters = TypedDict(
    "ListInvestigationsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FilterCriteria": X[InvestigationFilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[InvestigationSortCriteria],
        "SortCriteria.$": str,
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
ListMalwareProtectionPlansParameters = TypedDict(
    "ListMalwareProtectionPlansParameters", {"NextToken": S, "NextToken.$": str}, total=False
)

class ListMalwareScansFilterCriterion(TypedDict, total=False):
    ListMalwareScansCriterionKey: S
    FilterCondition: X[FilterCondition]

class ListMalwareScansFilterCriteria(TypedDict, total=False):
    ListMalwareScansFilterCriterion: L[Xi[ListMalwareScansFilterCriterion]]

ListMalwareScansParameters = TypedDict(
    "ListMalwareScansParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterCriteria": X[ListMalwareScansFilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OnlyAssociated": S,
        "OnlyAssociated.$": str,
    },
    total=False,
)
ListOrganizationAdminAccountsParameters = TypedDict(
    "ListOrganizationAdminAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPublishingDestinationsParameters = TypedDict(
    "ListPublishingDestinationsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
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
ListThreatEntitySetsParameters = TypedDict(
    "ListThreatEntitySetsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListThreatIntelSetsParameters = TypedDict(
    "ListThreatIntelSetsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTrustedEntitySetsParameters = TypedDict(
    "ListTrustedEntitySetsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class S3ObjectForSendObjectMalwareScan(TypedDict, total=False):
    Bucket: S
    Key: S
    VersionId: S

SendObjectMalwareScanParameters = TypedDict(
    "SendObjectMalwareScanParameters",
    {"S3Object": X[S3ObjectForSendObjectMalwareScan], "S3Object.$": str},
    total=False,
)

class IncrementalScanDetails(TypedDict, total=False):
    BaselineResourceArn: S

class ContinuousScanDetails(TypedDict, total=False):
    StartTime: T
    EndTime: T

class RecoveryPoint(TypedDict, total=False):
    BackupVaultName: S
    ContinuousScanDetails: X[ContinuousScanDetails]

class StartMalwareScanConfiguration(TypedDict, total=False):
    Role: S
    IncrementalScanDetails: X[IncrementalScanDetails]
    RecoveryPoint: X[RecoveryPoint]

StartMalwareScanParameters = TypedDict(
    "StartMalwareScanParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ScanConfiguration": X[StartMalwareScanConfiguration],
        "ScanConfiguration.$": str,
    },
    total=False,
)
StartMonitoringMembersParameters = TypedDict(
    "StartMonitoringMembersParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
StopMonitoringMembersParameters = TypedDict(
    "StopMonitoringMembersParameters",
    {"DetectorId": S, "DetectorId.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UnarchiveFindingsParameters = TypedDict(
    "UnarchiveFindingsParameters",
    {"DetectorId": S, "DetectorId.$": str, "FindingIds": L[Si], "FindingIds.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCustomDetectionRuleAssociationParameters = TypedDict(
    "UpdateCustomDetectionRuleAssociationParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "Mode": S,
        "Mode.$": str,
    },
    total=False,
)
UpdateCustomDetectionRuleOrgConfigurationParameters = TypedDict(
    "UpdateCustomDetectionRuleOrgConfigurationParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "Mode": S,
        "Mode.$": str,
        "IncludeAccountIds": L[Si],
        "IncludeAccountIds.$": str,
        "ExcludeAccountIds": L[Si],
        "ExcludeAccountIds.$": str,
    },
    total=False,
)
UpdateDetectorParameters = TypedDict(
    "UpdateDetectorParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Enable": B,
        "Enable.$": str,
        "FindingPublishingFrequency": S,
        "FindingPublishingFrequency.$": str,
        "DataSources": X[DataSourceConfigurations],
        "DataSources.$": str,
        "Features": L[Xi[DetectorFeatureConfiguration]],
        "Features.$": str,
    },
    total=False,
)
UpdateFilterParameters = TypedDict(
    "UpdateFilterParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FilterName": S,
        "FilterName.$": str,
        "Description": S,
        "Description.$": str,
        "Action": S,
        "Action.$": str,
        "Rank": I,
        "Rank.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
    },
    total=False,
)
UpdateFindingsFeedbackParameters = TypedDict(
    "UpdateFindingsFeedbackParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "FindingIds": L[Si],
        "FindingIds.$": str,
        "Feedback": S,
        "Feedback.$": str,
        "Comments": S,
        "Comments.$": str,
    },
    total=False,
)
UpdateIPSetParameters = TypedDict(
    "UpdateIPSetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "IpSetId": S,
        "IpSetId.$": str,
        "Name": S,
        "Name.$": str,
        "Location": S,
        "Location.$": str,
        "Activate": B,
        "Activate.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)

class UpdateS3BucketResource(TypedDict, total=False):
    ObjectPrefixes: L[Si]

class UpdateProtectedResource(TypedDict, total=False):
    S3Bucket: X[UpdateS3BucketResource]

UpdateMalwareProtectionPlanParameters = TypedDict(
    "UpdateMalwareProtectionPlanParameters",
    {
        "MalwareProtectionPlanId": S,
        "MalwareProtectionPlanId.$": str,
        "Role": S,
        "Role.$": str,
        "Actions": X[MalwareProtectionPlanActions],
        "Actions.$": str,
        "ProtectedResource": X[UpdateProtectedResource],
        "ProtectedResource.$": str,
    },
    total=False,
)

class ScanConditionPair(TypedDict, total=False):
    Key: S
    Value: S

class ScanCondition(TypedDict, total=False):
    MapEquals: L[Xi[ScanConditionPair]]

class ScanResourceCriteria(TypedDict, total=False):
    Include: M[X[ScanCondition]]
    Exclude: M[X[ScanCondition]]

UpdateMalwareScanSettingsParameters = TypedDict(
    "UpdateMalwareScanSettingsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "ScanResourceCriteria": X[ScanResourceCriteria],
        "ScanResourceCriteria.$": str,
        "EbsSnapshotPreservation": S,
        "EbsSnapshotPreservation.$": str,
    },
    total=False,
)

class MemberAdditionalConfiguration(TypedDict, total=False):
    Name: S
    Status: S

class MemberFeaturesConfiguration(TypedDict, total=False):
    Name: S
    Status: S
    AdditionalConfiguration: L[Xi[MemberAdditionalConfiguration]]

UpdateMemberDetectorsParameters = TypedDict(
    "UpdateMemberDetectorsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "DataSources": X[DataSourceConfigurations],
        "DataSources.$": str,
        "Features": L[Xi[MemberFeaturesConfiguration]],
        "Features.$": str,
    },
    total=False,
)

class OrganizationS3LogsConfiguration(TypedDict, total=False):
    AutoEnable: B

class OrganizationKubernetesAuditLogsConfiguration(TypedDict, total=False):
    AutoEnable: B

class OrganizationKubernetesConfiguration(TypedDict, total=False):
    AuditLogs: X[OrganizationKubernetesAuditLogsConfiguration]

class OrganizationEbsVolumes(TypedDict, total=False):
    AutoEnable: B

class OrganizationScanEc2InstanceWithFindings(TypedDict, total=False):
    EbsVolumes: X[OrganizationEbsVolumes]

class OrganizationMalwareProtectionConfiguration(TypedDict, total=False):
    ScanEc2InstanceWithFindings: X[OrganizationScanEc2InstanceWithFindings]

class OrganizationDataSourceConfigurations(TypedDict, total=False):
    S3Logs: X[OrganizationS3LogsConfiguration]
    Kubernetes: X[OrganizationKubernetesConfiguration]
    MalwareProtection: X[OrganizationMalwareProtectionConfiguration]

class OrganizationAdditionalConfiguration(TypedDict, total=False):
    Name: S
    AutoEnable: S

class OrganizationFeatureConfiguration(TypedDict, total=False):
    Name: S
    AutoEnable: S
    AdditionalConfiguration: L[Xi[OrganizationAdditionalConfiguration]]

UpdateOrganizationConfigurationParameters = TypedDict(
    "UpdateOrganizationConfigurationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "AutoEnable": B,
        "AutoEnable.$": str,
        "DataSources": X[OrganizationDataSourceConfigurations],
        "DataSources.$": str,
        "Features": L[Xi[OrganizationFeatureConfiguration]],
        "Features.$": str,
        "AutoEnableOrganizationMembers": S,
        "AutoEnableOrganizationMembers.$": str,
    },
    total=False,
)
UpdatePublishingDestinationParameters = TypedDict(
    "UpdatePublishingDestinationParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DestinationId": S,
        "DestinationId.$": str,
        "DestinationProperties": X[DestinationProperties],
        "DestinationProperties.$": str,
    },
    total=False,
)
UpdateThreatEntitySetParameters = TypedDict(
    "UpdateThreatEntitySetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "ThreatEntitySetId": S,
        "ThreatEntitySetId.$": str,
        "Name": S,
        "Name.$": str,
        "Location": S,
        "Location.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "Activate": B,
        "Activate.$": str,
    },
    total=False,
)
UpdateThreatIntelSetParameters = TypedDict(
    "UpdateThreatIntelSetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "ThreatIntelSetId": S,
        "ThreatIntelSetId.$": str,
        "Name": S,
        "Name.$": str,
        "Location": S,
        "Location.$": str,
        "Activate": B,
        "Activate.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
    },
    total=False,
)
UpdateTrustedEntitySetParameters = TypedDict(
    "UpdateTrustedEntitySetParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "TrustedEntitySetId": S,
        "TrustedEntitySetId.$": str,
        "Name": S,
        "Name.$": str,
        "Location": S,
        "Location.$": str,
        "ExpectedBucketOwner": S,
        "ExpectedBucketOwner.$": str,
        "Activate": B,
        "Activate.$": str,
    },
    total=False,
)
accept_administrator_invitation: Builder[AcceptAdministratorInvitationParameters]
accept_invitation: Builder[AcceptInvitationParameters]
archive_findings: Builder[ArchiveFindingsParameters]
create_custom_detection_rule_association: Builder[CreateCustomDetectionRuleAssociationParameters]
create_custom_detection_rule_org_configuration: Builder[
    CreateCustomDetectionRuleOrgConfigurationParameters
]
create_detector: Builder[CreateDetectorParameters]
create_filter: Builder[CreateFilterParameters]
create_ip_set: Builder[CreateIPSetParameters]
create_investigation: Builder[CreateInvestigationParameters]
create_malware_protection_plan: Builder[CreateMalwareProtectionPlanParameters]
create_members: Builder[CreateMembersParameters]
create_publishing_destination: Builder[CreatePublishingDestinationParameters]
create_sample_findings: Builder[CreateSampleFindingsParameters]
create_threat_entity_set: Builder[CreateThreatEntitySetParameters]
create_threat_intel_set: Builder[CreateThreatIntelSetParameters]
create_trusted_entity_set: Builder[CreateTrustedEntitySetParameters]
decline_invitations: Builder[DeclineInvitationsParameters]
delete_custom_detection_rule_association: Builder[DeleteCustomDetectionRuleAssociationParameters]
delete_custom_detection_rule_org_configuration: Builder[
    DeleteCustomDetectionRuleOrgConfigurationParameters
]
delete_detector: Builder[DeleteDetectorParameters]
delete_filter: Builder[DeleteFilterParameters]
delete_ip_set: Builder[DeleteIPSetParameters]
delete_invitations: Builder[DeleteInvitationsParameters]
delete_malware_protection_plan: Builder[DeleteMalwareProtectionPlanParameters]
delete_members: Builder[DeleteMembersParameters]
delete_publishing_destination: Builder[DeletePublishingDestinationParameters]
delete_threat_entity_set: Builder[DeleteThreatEntitySetParameters]
delete_threat_intel_set: Builder[DeleteThreatIntelSetParameters]
delete_trusted_entity_set: Builder[DeleteTrustedEntitySetParameters]
describe_malware_scans: Builder[DescribeMalwareScansParameters]
describe_organization_configuration: Builder[DescribeOrganizationConfigurationParameters]
describe_publishing_destination: Builder[DescribePublishingDestinationParameters]
disable_organization_admin_account: Builder[DisableOrganizationAdminAccountParameters]
disassociate_from_administrator_account: Builder[DisassociateFromAdministratorAccountParameters]
disassociate_from_master_account: Builder[DisassociateFromMasterAccountParameters]
disassociate_members: Builder[DisassociateMembersParameters]
enable_organization_admin_account: Builder[EnableOrganizationAdminAccountParameters]
get_administrator_account: Builder[GetAdministratorAccountParameters]
get_coverage_statistics: Builder[GetCoverageStatisticsParameters]
get_custom_detection_rule: Builder[GetCustomDetectionRuleParameters]
get_custom_detection_rule_association: Builder[GetCustomDetectionRuleAssociationParameters]
get_custom_detection_rule_org_configuration: Builder[
    GetCustomDetectionRuleOrgConfigurationParameters
]
get_detector: Builder[GetDetectorParameters]
get_filter: Builder[GetFilterParameters]
get_findings: Builder[GetFindingsParameters]
get_findings_statistics: Builder[GetFindingsStatisticsParameters]
get_ip_set: Builder[GetIPSetParameters]
get_investigation: Builder[GetInvestigationParameters]
get_invitations_count: Builder[GetInvitationsCountParameters]
get_malware_protection_plan: Builder[GetMalwareProtectionPlanParameters]
get_malware_scan: Builder[GetMalwareScanParameters]
get_malware_scan_settings: Builder[GetMalwareScanSettingsParameters]
get_master_account: Builder[GetMasterAccountParameters]
get_member_detectors: Builder[GetMemberDetectorsParameters]
get_members: Builder[GetMembersParameters]
get_organization_statistics: Builder[GetOrganizationStatisticsParameters]
get_remaining_free_trial_days: Builder[GetRemainingFreeTrialDaysParameters]
get_threat_entity_set: Builder[GetThreatEntitySetParameters]
get_threat_intel_set: Builder[GetThreatIntelSetParameters]
get_trusted_entity_set: Builder[GetTrustedEntitySetParameters]
get_usage_statistics: Builder[GetUsageStatisticsParameters]
invite_members: Builder[InviteMembersParameters]
list_coverage: Builder[ListCoverageParameters]
list_custom_detection_rule_associations: Builder[ListCustomDetectionRuleAssociationsParameters]
list_custom_detection_rule_org_configurations: Builder[
    ListCustomDetectionRuleOrgConfigurationsParameters
]
list_custom_detection_rules: Builder[ListCustomDetectionRulesParameters]
list_detectors: Builder[ListDetectorsParameters]
list_filters: Builder[ListFiltersParameters]
list_findings: Builder[ListFindingsParameters]
list_ip_sets: Builder[ListIPSetsParameters]
list_investigation_records: Builder[ListInvestigationRecordsParameters]
list_investigations: Builder[ListInvestigationsParameters]
list_invitations: Builder[ListInvitationsParameters]
list_malware_protection_plans: Builder[ListMalwareProtectionPlansParameters]
list_malware_scans: Builder[ListMalwareScansParameters]
list_members: Builder[ListMembersParameters]
list_organization_admin_accounts: Builder[ListOrganizationAdminAccountsParameters]
list_publishing_destinations: Builder[ListPublishingDestinationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_threat_entity_sets: Builder[ListThreatEntitySetsParameters]
list_threat_intel_sets: Builder[ListThreatIntelSetsParameters]
list_trusted_entity_sets: Builder[ListTrustedEntitySetsParameters]
send_object_malware_scan: Builder[SendObjectMalwareScanParameters]
start_malware_scan: Builder[StartMalwareScanParameters]
start_monitoring_members: Builder[StartMonitoringMembersParameters]
stop_monitoring_members: Builder[StopMonitoringMembersParameters]
tag_resource: Builder[TagResourceParameters]
unarchive_findings: Builder[UnarchiveFindingsParameters]
untag_resource: Builder[UntagResourceParameters]
update_custom_detection_rule_association: Builder[UpdateCustomDetectionRuleAssociationParameters]
update_custom_detection_rule_org_configuration: Builder[
    UpdateCustomDetectionRuleOrgConfigurationParameters
]
update_detector: Builder[UpdateDetectorParameters]
update_filter: Builder[UpdateFilterParameters]
update_findings_feedback: Builder[UpdateFindingsFeedbackParameters]
update_ip_set: Builder[UpdateIPSetParameters]
update_malware_protection_plan: Builder[UpdateMalwareProtectionPlanParameters]
update_malware_scan_settings: Builder[UpdateMalwareScanSettingsParameters]
update_member_detectors: Builder[UpdateMemberDetectorsParameters]
update_organization_configuration: Builder[UpdateOrganizationConfigurationParameters]
update_publishing_destination: Builder[UpdatePublishingDestinationParameters]
update_threat_entity_set: Builder[UpdateThreatEntitySetParameters]
update_threat_intel_set: Builder[UpdateThreatIntelSetParameters]
update_trusted_entity_set: Builder[UpdateTrustedEntitySetParameters]

__all__ = [
    "accept_administrator_invitation",
    "accept_invitation",
    "archive_findings",
    "create_custom_detection_rule_association",
    "create_custom_detection_rule_org_configuration",
    "create_detector",
    "create_filter",
    "create_investigation",
    "create_ip_set",
    "create_malware_protection_plan",
    "create_members",
    "create_publishing_destination",
    "create_sample_findings",
    "create_threat_entity_set",
    "create_threat_intel_set",
    "create_trusted_entity_set",
    "decline_invitations",
    "delete_custom_detection_rule_association",
    "delete_custom_detection_rule_org_configuration",
    "delete_detector",
    "delete_filter",
    "delete_invitations",
    "delete_ip_set",
    "delete_malware_protection_plan",
    "delete_members",
    "delete_publishing_destination",
    "delete_threat_entity_set",
    "delete_threat_intel_set",
    "delete_trusted_entity_set",
    "describe_malware_scans",
    "describe_organization_configuration",
    "describe_publishing_destination",
    "disable_organization_admin_account",
    "disassociate_from_administrator_account",
    "disassociate_from_master_account",
    "disassociate_members",
    "enable_organization_admin_account",
    "get_administrator_account",
    "get_coverage_statistics",
    "get_custom_detection_rule",
    "get_custom_detection_rule_association",
    "get_custom_detection_rule_org_configuration",
    "get_detector",
    "get_filter",
    "get_findings",
    "get_findings_statistics",
    "get_investigation",
    "get_invitations_count",
    "get_ip_set",
    "get_malware_protection_plan",
    "get_malware_scan",
    "get_malware_scan_settings",
    "get_master_account",
    "get_member_detectors",
    "get_members",
    "get_organization_statistics",
    "get_remaining_free_trial_days",
    "get_threat_entity_set",
    "get_threat_intel_set",
    "get_trusted_entity_set",
    "get_usage_statistics",
    "invite_members",
    "list_coverage",
    "list_custom_detection_rule_associations",
    "list_custom_detection_rule_org_configurations",
    "list_custom_detection_rules",
    "list_detectors",
    "list_filters",
    "list_findings",
    "list_investigation_records",
    "list_investigations",
    "list_invitations",
    "list_ip_sets",
    "list_malware_protection_plans",
    "list_malware_scans",
    "list_members",
    "list_organization_admin_accounts",
    "list_publishing_destinations",
    "list_tags_for_resource",
    "list_threat_entity_sets",
    "list_threat_intel_sets",
    "list_trusted_entity_sets",
    "send_object_malware_scan",
    "start_malware_scan",
    "start_monitoring_members",
    "stop_monitoring_members",
    "tag_resource",
    "unarchive_findings",
    "untag_resource",
    "update_custom_detection_rule_association",
    "update_custom_detection_rule_org_configuration",
    "update_detector",
    "update_filter",
    "update_findings_feedback",
    "update_ip_set",
    "update_malware_protection_plan",
    "update_malware_scan_settings",
    "update_member_detectors",
    "update_organization_configuration",
    "update_publishing_destination",
    "update_threat_entity_set",
    "update_threat_intel_set",
    "update_trusted_entity_set",
]
