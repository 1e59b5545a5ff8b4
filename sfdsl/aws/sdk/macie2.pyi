"""Typed builders of the AWS SDK integration of macie2 (``aws-sdk:macie2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AcceptInvitationParameters = TypedDict(
    "AcceptInvitationParameters",
    {
        "AdministratorAccountId": S,
        "AdministratorAccountId.$": str,
        "InvitationId": S,
        "InvitationId.$": str,
        "MasterAccount": S,
        "MasterAccount.$": str,
    },
    total=False,
)
BatchGetCustomDataIdentifiersParameters = TypedDict(
    "BatchGetCustomDataIdentifiersParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)

class AutomatedDiscoveryAccountUpdate(TypedDict, total=False):
    AccountId: S
    Status: S

BatchUpdateAutomatedDiscoveryAccountsParameters = TypedDict(
    "BatchUpdateAutomatedDiscoveryAccountsParameters",
    {"Accounts": L[Xi[AutomatedDiscoveryAccountUpdate]], "Accounts.$": str},
    total=False,
)

class S3WordsList(TypedDict, total=False):
    BucketName: S
    ObjectKey: S

class AllowListCriteria(TypedDict, total=False):
    Regex: S
    S3WordsList: X[S3WordsList]

CreateAllowListParameters = TypedDict(
    "CreateAllowListParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Criteria": X[AllowListCriteria],
        "Criteria.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SimpleCriterionForJob(TypedDict, total=False):
    Comparator: S
    Key: S
    Values: L[Si]

class TagCriterionPairForJob(TypedDict, total=False):
    Key: S
    Value: S

class TagCriterionForJob(TypedDict, total=False):
    Comparator: S
    TagValues: L[Xi[TagCriterionPairForJob]]

class CriteriaForJob(TypedDict, total=False):
    SimpleCriterion: X[SimpleCriterionForJob]
    TagCriterion: X[TagCriterionForJob]

class CriteriaBlockForJob(TypedDict, total=False):
    And: L[Xi[CriteriaForJob]]

class S3BucketCriteriaForJob(TypedDict, total=False):
    Excludes: X[CriteriaBlockForJob]
    Includes: X[CriteriaBlockForJob]

class S3BucketDefinitionForJob(TypedDict, total=False):
    AccountId: S
    Buckets: L[Si]

class SimpleScopeTerm(TypedDict, total=False):
    Comparator: S
    Key: S
    Values: L[Si]

class TagValuePair(TypedDict, total=False):
    Key: S
    Value: S

class TagScopeTerm(TypedDict, total=False):
    Comparator: S
    Key: S
    TagValues: L[Xi[TagValuePair]]
    Target: S

class JobScopeTerm(TypedDict, total=False):
    SimpleScopeTerm: X[SimpleScopeTerm]
    TagScopeTerm: X[TagScopeTerm]

class JobScopingBlock(TypedDict, total=False):
    And: L[Xi[JobScopeTerm]]

class Scoping(TypedDict, total=False):
    Excludes: X[JobScopingBlock]
    Includes: X[JobScopingBlock]

class S3JobDefinition(TypedDict, total=False):
    BucketCriteria: X[S3BucketCriteriaForJob]
    BucketDefinitions: L[Xi[S3BucketDefinitionForJob]]
    Scoping: X[Scoping]

class DailySchedule(TypedDict, total=False): ...

class MonthlySchedule(TypedDict, total=False):
    DayOfMonth: I

class WeeklySchedule(TypedDict, total=False):
    DayOfWeek: S

class JobScheduleFrequency(TypedDict, total=False):
    DailySchedule: X[DailySchedule]
    MonthlySchedule: X[MonthlySchedule]
    WeeklySchedule: X[WeeklySchedule]

CreateClassificationJobParameters = TypedDict(
    "CreateClassificationJobParameters",
    {
        "AllowListIds": L[Si],
        "AllowListIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CustomDataIdentifierIds": L[Si],
        "CustomDataIdentifierIds.$": str,
        "Description": S,
        "Description.$": str,
        "InitialRun": B,
        "InitialRun.$": str,
        "JobType": S,
        "JobType.$": str,
        "ManagedDataIdentifierIds": L[Si],
        "ManagedDataIdentifierIds.$": str,
        "ManagedDataIdentifierSelector": S,
        "ManagedDataIdentifierSelector.$": str,
        "Name": S,
        "Name.$": str,
        "S3JobDefinition": X[S3JobDefinition],
        "S3JobDefinition.$": str,
        "SamplingPercentage": I,
        "SamplingPercentage.$": str,
        "ScheduleFrequency": X[JobScheduleFrequency],
        "ScheduleFrequency.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SeverityLevel(TypedDict, total=False):
    OccurrencesThreshold: I
    Severity: S

CreateCustomDataIdentifierParameters = TypedDict(
    "CreateCustomDataIdentifierParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "IgnoreWords": L[Si],
        "IgnoreWords.$": str,
        "Keywords": L[Si],
        "Keywords.$": str,
        "MaximumMatchDistance": I,
        "MaximumMatchDistance.$": str,
        "Name": S,
        "Name.$": str,
        "Regex": S,
        "Regex.$": str,
        "SeverityLevels": L[Xi[SeverityLevel]],
        "SeverityLevels.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CriterionAdditionalProperties(TypedDict, total=False):
    Eq: L[Si]
    EqExactMatch: L[Si]
    Gt: I
    Gte: I
    Lt: I
    Lte: I
    Neq: L[Si]

class FindingCriteria(TypedDict, total=False):
    Criterion: M[X[CriterionAdditionalProperties]]

CreateFindingsFilterParameters = TypedDict(
    "CreateFindingsFilterParameters",
    {
        "Action": S,
        "Action.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "Name": S,
        "Name.$": str,
        "Position": I,
        "Position.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateInvitationsParameters = TypedDict(
    "CreateInvitationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "DisableEmailNotification": B,
        "DisableEmailNotification.$": str,
        "Message": S,
        "Message.$": str,
    },
    total=False,
)

class AccountDetail(TypedDict, total=False):
    AccountId: S
    Email: S

CreateMemberParameters = TypedDict(
    "CreateMemberParameters",
    {"Account": X[AccountDetail], "Account.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateSampleFindingsParameters = TypedDict(
    "CreateSampleFindingsParameters", {"FindingTypes": L[Si], "FindingTypes.$": str}, total=False
)
DeclineInvitationsParameters = TypedDict(
    "DeclineInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteAllowListParameters = TypedDict(
    "DeleteAllowListParameters",
    {"Id": S, "Id.$": str, "IgnoreJobChecks": S, "IgnoreJobChecks.$": str},
    total=False,
)
DeleteCustomDataIdentifierParameters = TypedDict(
    "DeleteCustomDataIdentifierParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFindingsFilterParameters = TypedDict(
    "DeleteFindingsFilterParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteInvitationsParameters = TypedDict(
    "DeleteInvitationsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
DeleteMemberParameters = TypedDict("DeleteMemberParameters", {"Id": S, "Id.$": str}, total=False)

class BucketCriteriaAdditionalProperties(TypedDict, total=False):
    Eq: L[Si]
    Gt: I
    Gte: I
    Lt: I
    Lte: I
    Neq: L[Si]
    Prefix: S

class BucketSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

DescribeBucketsParameters = TypedDict(
    "DescribeBucketsParameters",
    {
        "Criteria": M[X[BucketCriteriaAdditionalProperties]],
        "Criteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortCriteria": X[BucketSortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
DescribeClassificationJobParameters = TypedDict(
    "DescribeClassificationJobParameters", {"JobId": S, "JobId.$": str}, total=False
)

class DescribeOrganizationConfigurationParameters(TypedDict, total=False): ...
class DisableMacieParameters(TypedDict, total=False): ...

DisableOrganizationAdminAccountParameters = TypedDict(
    "DisableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str},
    total=False,
)

class DisassociateFromAdministratorAccountParameters(TypedDict, total=False): ...
class DisassociateFromMasterAccountParameters(TypedDict, total=False): ...

DisassociateMemberParameters = TypedDict(
    "DisassociateMemberParameters", {"Id": S, "Id.$": str}, total=False
)
EnableMacieParameters = TypedDict(
    "EnableMacieParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "FindingPublishingFrequency": S,
        "FindingPublishingFrequency.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
EnableOrganizationAdminAccountParameters = TypedDict(
    "EnableOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class GetAdministratorAccountParameters(TypedDict, total=False): ...

GetAllowListParameters = TypedDict("GetAllowListParameters", {"Id": S, "Id.$": str}, total=False)

class GetAutomatedDiscoveryConfigurationParameters(TypedDict, total=False): ...

GetBucketStatisticsParameters = TypedDict(
    "GetBucketStatisticsParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class GetClassificationExportConfigurationParameters(TypedDict, total=False): ...

GetClassificationScopeParameters = TypedDict(
    "GetClassificationScopeParameters", {"Id": S, "Id.$": str}, total=False
)
GetCustomDataIdentifierParameters = TypedDict(
    "GetCustomDataIdentifierParameters", {"Id": S, "Id.$": str}, total=False
)

class FindingStatisticsSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

GetFindingStatisticsParameters = TypedDict(
    "GetFindingStatisticsParameters",
    {
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "Size": I,
        "Size.$": str,
        "SortCriteria": X[FindingStatisticsSortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)

class SortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

GetFindingsParameters = TypedDict(
    "GetFindingsParameters",
    {
        "FindingIds": L[Si],
        "FindingIds.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
GetFindingsFilterParameters = TypedDict(
    "GetFindingsFilterParameters", {"Id": S, "Id.$": str}, total=False
)

class GetFindingsPublicationConfigurationParameters(TypedDict, total=False): ...
class GetInvitationsCountParameters(TypedDict, total=False): ...
class GetMacieSessionParameters(TypedDict, total=False): ...
class GetMasterAccountParameters(TypedDict, total=False): ...

GetMemberParameters = TypedDict("GetMemberParameters", {"Id": S, "Id.$": str}, total=False)
GetResourceProfileParameters = TypedDict(
    "GetResourceProfileParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class GetRevealConfigurationParameters(TypedDict, total=False): ...

GetSensitiveDataOccurrencesParameters = TypedDict(
    "GetSensitiveDataOccurrencesParameters", {"FindingId": S, "FindingId.$": str}, total=False
)
GetSensitiveDataOccurrencesAvailabilityParameters = TypedDict(
    "GetSensitiveDataOccurrencesAvailabilityParameters",
    {"FindingId": S, "FindingId.$": str},
    total=False,
)
GetSensitivityInspectionTemplateParameters = TypedDict(
    "GetSensitivityInspectionTemplateParameters", {"Id": S, "Id.$": str}, total=False
)

class UsageStatisticsFilter(TypedDict, total=False):
    Comparator: S
    Key: S
    Values: L[Si]

class UsageStatisticsSortBy(TypedDict, total=False):
    Key: S
    OrderBy: S

GetUsageStatisticsParameters = TypedDict(
    "GetUsageStatisticsParameters",
    {
        "FilterBy": L[Xi[UsageStatisticsFilter]],
        "FilterBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": X[UsageStatisticsSortBy],
        "SortBy.$": str,
        "TimeRange": S,
        "TimeRange.$": str,
    },
    total=False,
)
GetUsageTotalsParameters = TypedDict(
    "GetUsageTotalsParameters", {"TimeRange": S, "TimeRange.$": str}, total=False
)
ListAllowListsParameters = TypedDict(
    "ListAllowListsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAutomatedDiscoveryAccountsParameters = TypedDict(
    "ListAutomatedDiscoveryAccountsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListJobsFilterTerm(TypedDict, total=False):
    Comparator: S
    Key: S
    Values: L[Si]

class ListJobsFilterCriteria(TypedDict, total=False):
    Excludes: L[Xi[ListJobsFilterTerm]]
    Includes: L[Xi[ListJobsFilterTerm]]

class ListJobsSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

ListClassificationJobsParameters = TypedDict(
    "ListClassificationJobsParameters",
    {
        "FilterCriteria": X[ListJobsFilterCriteria],
        "FilterCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortCriteria": X[ListJobsSortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
ListClassificationScopesParameters = TypedDict(
    "ListClassificationScopesParameters",
    {"Name": S, "Name.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCustomDataIdentifiersParameters = TypedDict(
    "ListCustomDataIdentifiersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
ListFindingsFiltersParameters = TypedDict(
    "ListFindingsFiltersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListInvitationsParameters = TypedDict(
    "ListInvitationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListManagedDataIdentifiersParameters = TypedDict(
    "ListManagedDataIdentifiersParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
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
ListResourceProfileArtifactsParameters = TypedDict(
    "ListResourceProfileArtifactsParameters",
    {"NextToken": S, "NextToken.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
ListResourceProfileDetectionsParameters = TypedDict(
    "ListResourceProfileDetectionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListSensitivityInspectionTemplatesParameters = TypedDict(
    "ListSensitivityInspectionTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class S3Destination(TypedDict, total=False):
    BucketName: S
    ExpectedBucketOwner: S
    KeyPrefix: S
    KmsKeyArn: S

class ClassificationExportConfiguration(TypedDict, total=False):
    S3Destination: X[S3Destination]

PutClassificationExportConfigurationParameters = TypedDict(
    "PutClassificationExportConfigurationParameters",
    {"Configuration": X[ClassificationExportConfiguration], "Configuration.$": str},
    total=False,
)

class SecurityHubConfiguration(TypedDict, total=False):
    PublishClassificationFindings: B
    PublishPolicyFindings: B

PutFindingsPublicationConfigurationParameters = TypedDict(
    "PutFindingsPublicationConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "SecurityHubConfiguration": X[SecurityHubConfiguration],
        "SecurityHubConfiguration.$": str,
    },
    total=False,
)

class SearchResourcesSimpleCriterion(TypedDict, total=False):
    Comparator: S
    Key: S
    Values: L[Si]

class SearchResourcesTagCriterionPair(TypedDict, total=False):
    Key: S
    Value: S

class SearchResourcesTagCriterion(TypedDict, total=False):
    Comparator: S
    TagValues: L[Xi[SearchResourcesTagCriterionPair]]

class SearchResourcesCriteria(TypedDict, total=False):
    SimpleCriterion: X[SearchResourcesSimpleCriterion]
    TagCriterion: X[SearchResourcesTagCriterion]

class SearchResourcesCriteriaBlock(TypedDict, total=False):
    And: L[Xi[SearchResourcesCriteria]]

class SearchResourcesBucketCriteria(TypedDict, total=False):
    Excludes: X[SearchResourcesCriteriaBlock]
    Includes: X[SearchResourcesCriteriaBlock]

class SearchResourcesSortCriteria(TypedDict, total=False):
    AttributeName: S
    OrderBy: S

SearchResourcesParameters = TypedDict(
    "SearchResourcesParameters",
    {
        "BucketCriteria": X[SearchResourcesBucketCriteria],
        "BucketCriteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortCriteria": X[SearchResourcesSortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TestCustomDataIdentifierParameters = TypedDict(
    "TestCustomDataIdentifierParameters",
    {
        "IgnoreWords": L[Si],
        "IgnoreWords.$": str,
        "Keywords": L[Si],
        "Keywords.$": str,
        "MaximumMatchDistance": I,
        "MaximumMatchDistance.$": str,
        "Regex": S,
        "Regex.$": str,
        "SampleText": S,
        "SampleText.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAllowListParameters = TypedDict(
    "UpdateAllowListParameters",
    {
        "Criteria": X[AllowListCriteria],
        "Criteria.$": str,
        "Description": S,
        "Description.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateAutomatedDiscoveryConfigurationParameters = TypedDict(
    "UpdateAutomatedDiscoveryConfigurationParameters",
    {
        "AutoEnableOrganizationMembers": S,
        "AutoEnableOrganizationMembers.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateClassificationJobParameters = TypedDict(
    "UpdateClassificationJobParameters",
    {"JobId": S, "JobId.$": str, "JobStatus": S, "JobStatus.$": str},
    total=False,
)

class S3ClassificationScopeExclusionUpdate(TypedDict, total=False):
    BucketNames: L[Si]
    Operation: S

class S3ClassificationScopeUpdate(TypedDict, total=False):
    Excludes: X[S3ClassificationScopeExclusionUpdate]

UpdateClassificationScopeParameters = TypedDict(
    "UpdateClassificationScopeParameters",
    {"Id": S, "Id.$": str, "S3": X[S3ClassificationScopeUpdate], "S3.$": str},
    total=False,
)
UpdateFindingsFilterParameters = TypedDict(
    "UpdateFindingsFilterParameters",
    {
        "Action": S,
        "Action.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "FindingCriteria": X[FindingCriteria],
        "FindingCriteria.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Position": I,
        "Position.$": str,
    },
    total=False,
)
UpdateMacieSessionParameters = TypedDict(
    "UpdateMacieSessionParameters",
    {
        "FindingPublishingFrequency": S,
        "FindingPublishingFrequency.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateMemberSessionParameters = TypedDict(
    "UpdateMemberSessionParameters",
    {"Id": S, "Id.$": str, "Status": S, "Status.$": str},
    total=False,
)
UpdateOrganizationConfigurationParameters = TypedDict(
    "UpdateOrganizationConfigurationParameters", {"AutoEnable": B, "AutoEnable.$": str}, total=False
)
UpdateResourceProfileParameters = TypedDict(
    "UpdateResourceProfileParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SensitivityScoreOverride": I,
        "SensitivityScoreOverride.$": str,
    },
    total=False,
)

class SuppressDataIdentifier(TypedDict, total=False):
    Id: S
    Type: S

UpdateResourceProfileDetectionsParameters = TypedDict(
    "UpdateResourceProfileDetectionsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "SuppressDataIdentifiers": L[Xi[SuppressDataIdentifier]],
        "SuppressDataIdentifiers.$": str,
    },
    total=False,
)

class RevealConfiguration(TypedDict, total=False):
    KmsKeyId: S
    Status: S

class UpdateRetrievalConfiguration(TypedDict, total=False):
    RetrievalMode: S
    RoleName: S

UpdateRevealConfigurationParameters = TypedDict(
    "UpdateRevealConfigurationParameters",
    {
        "Configuration": X[RevealConfiguration],
        "Configuration.$": str,
        "RetrievalConfiguration": X[UpdateRetrievalConfiguration],
        "RetrievalConfiguration.$": str,
    },
    total=False,
)

class SensitivityInspectionTemplateExcludes(TypedDict, total=False):
    ManagedDataIdentifierIds: L[Si]

class SensitivityInspectionTemplateIncludes(TypedDict, total=False):
    AllowListIds: L[Si]
    CustomDataIdentifierIds: L[Si]
    ManagedDataIdentifierIds: L[Si]

UpdateSensitivityInspectionTemplateParameters = TypedDict(
    "UpdateSensitivityInspectionTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "Excludes": X[SensitivityInspectionTemplateExcludes],
        "Excludes.$": str,
        "Id": S,
        "Id.$": str,
        "Includes": X[SensitivityInspectionTemplateIncludes],
        "Includes.$": str,
    },
    total=False,
)
accept_invitation: Builder[AcceptInvitationParameters]
batch_get_custom_data_identifiers: Builder[BatchGetCustomDataIdentifiersParameters]
batch_update_automated_discovery_accounts: Builder[BatchUpdateAutomatedDiscoveryAccountsParameters]
create_allow_list: Builder[CreateAllowListParameters]
create_classification_job: Builder[CreateClassificationJobParameters]
create_custom_data_identifier: Builder[CreateCustomDataIdentifierParameters]
create_findings_filter: Builder[CreateFindingsFilterParameters]
create_invitations: Builder[CreateInvitationsParameters]
create_member: Builder[CreateMemberParameters]
create_sample_findings: Builder[CreateSampleFindingsParameters]
decline_invitations: Builder[DeclineInvitationsParameters]
delete_allow_list: Builder[DeleteAllowListParameters]
delete_custom_data_identifier: Builder[DeleteCustomDataIdentifierParameters]
delete_findings_filter: Builder[DeleteFindingsFilterParameters]
delete_invitations: Builder[DeleteInvitationsParameters]
delete_member: Builder[DeleteMemberParameters]
describe_buckets: Builder[DescribeBucketsParameters]
describe_classification_job: Builder[DescribeClassificationJobParameters]
describe_organization_configuration: Builder[DescribeOrganizationConfigurationParameters]
disable_macie: Builder[DisableMacieParameters]
disable_organization_admin_account: Builder[DisableOrganizationAdminAccountParameters]
disassociate_from_administrator_account: Builder[DisassociateFromAdministratorAccountParameters]
disassociate_from_master_account: Builder[DisassociateFromMasterAccountParameters]
disassociate_member: Builder[DisassociateMemberParameters]
enable_macie: Builder[EnableMacieParameters]
enable_organization_admin_account: Builder[EnableOrganizationAdminAccountParameters]
get_administrator_account: Builder[GetAdministratorAccountParameters]
get_allow_list: Builder[GetAllowListParameters]
get_automated_discovery_configuration: Builder[GetAutomatedDiscoveryConfigurationParameters]
get_bucket_statistics: Builder[GetBucketStatisticsParameters]
get_classification_export_configuration: Builder[GetClassificationExportConfigurationParameters]
get_classification_scope: Builder[GetClassificationScopeParameters]
get_custom_data_identifier: Builder[GetCustomDataIdentifierParameters]
get_finding_statistics: Builder[GetFindingStatisticsParameters]
get_findings: Builder[GetFindingsParameters]
get_findings_filter: Builder[GetFindingsFilterParameters]
get_findings_publication_configuration: Builder[GetFindingsPublicationConfigurationParameters]
get_invitations_count: Builder[GetInvitationsCountParameters]
get_macie_session: Builder[GetMacieSessionParameters]
get_master_account: Builder[GetMasterAccountParameters]
get_member: Builder[GetMemberParameters]
get_resource_profile: Builder[GetResourceProfileParameters]
get_reveal_configuration: Builder[GetRevealConfigurationParameters]
get_sensitive_data_occurrences: Builder[GetSensitiveDataOccurrencesParameters]
get_sensitive_data_occurrences_availability: Builder[
    GetSensitiveDataOccurrencesAvailabilityParameters
]
get_sensitivity_inspection_template: Builder[GetSensitivityInspectionTemplateParameters]
get_usage_statistics: Builder[GetUsageStatisticsParameters]
get_usage_totals: Builder[GetUsageTotalsParameters]
list_allow_lists: Builder[ListAllowListsParameters]
list_automated_discovery_accounts: Builder[ListAutomatedDiscoveryAccountsParameters]
list_classification_jobs: Builder[ListClassificationJobsParameters]
list_classification_scopes: Builder[ListClassificationScopesParameters]
list_custom_data_identifiers: Builder[ListCustomDataIdentifiersParameters]
list_findings: Builder[ListFindingsParameters]
list_findings_filters: Builder[ListFindingsFiltersParameters]
list_invitations: Builder[ListInvitationsParameters]
list_managed_data_identifiers: Builder[ListManagedDataIdentifiersParameters]
list_members: Builder[ListMembersParameters]
list_organization_admin_accounts: Builder[ListOrganizationAdminAccountsParameters]
list_resource_profile_artifacts: Builder[ListResourceProfileArtifactsParameters]
list_resource_profile_detections: Builder[ListResourceProfileDetectionsParameters]
list_sensitivity_inspection_templates: Builder[ListSensitivityInspectionTemplatesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_classification_export_configuration: Builder[PutClassificationExportConfigurationParameters]
put_findings_publication_configuration: Builder[PutFindingsPublicationConfigurationParameters]
search_resources: Builder[SearchResourcesParameters]
tag_resource: Builder[TagResourceParameters]
test_custom_data_identifier: Builder[TestCustomDataIdentifierParameters]
untag_resource: Builder[UntagResourceParameters]
update_allow_list: Builder[UpdateAllowListParameters]
update_automated_discovery_configuration: Builder[UpdateAutomatedDiscoveryConfigurationParameters]
update_classification_job: Builder[UpdateClassificationJobParameters]
update_classification_scope: Builder[UpdateClassificationScopeParameters]
update_findings_filter: Builder[UpdateFindingsFilterParameters]
update_macie_session: Builder[UpdateMacieSessionParameters]
update_member_session: Builder[UpdateMemberSessionParameters]
update_organization_configuration: Builder[UpdateOrganizationConfigurationParameters]
update_resource_profile: Builder[UpdateResourceProfileParameters]
update_resource_profile_detections: Builder[UpdateResourceProfileDetectionsParameters]
update_reveal_configuration: Builder[UpdateRevealConfigurationParameters]
update_sensitivity_inspection_template: Builder[UpdateSensitivityInspectionTemplateParameters]

__all__ = [
    "accept_invitation",
    "batch_get_custom_data_identifiers",
    "batch_update_automated_discovery_accounts",
    "create_allow_list",
    "create_classification_job",
    "create_custom_data_identifier",
    "create_findings_filter",
    "create_invitations",
    "create_member",
    "create_sample_findings",
    "decline_invitations",
    "delete_allow_list",
    "delete_custom_data_identifier",
    "delete_findings_filter",
    "delete_invitations",
    "delete_member",
    "describe_buckets",
    "describe_classification_job",
    "describe_organization_configuration",
    "disable_macie",
    "disable_organization_admin_account",
    "disassociate_from_administrator_account",
    "disassociate_from_master_account",
    "disassociate_member",
    "enable_macie",
    "enable_organization_admin_account",
    "get_administrator_account",
    "get_allow_list",
    "get_automated_discovery_configuration",
    "get_bucket_statistics",
    "get_classification_export_configuration",
    "get_classification_scope",
    "get_custom_data_identifier",
    "get_finding_statistics",
    "get_findings",
    "get_findings_filter",
    "get_findings_publication_configuration",
    "get_invitations_count",
    "get_macie_session",
    "get_master_account",
    "get_member",
    "get_resource_profile",
    "get_reveal_configuration",
    "get_sensitive_data_occurrences",
    "get_sensitive_data_occurrences_availability",
    "get_sensitivity_inspection_template",
    "get_usage_statistics",
    "get_usage_totals",
    "list_allow_lists",
    "list_automated_discovery_accounts",
    "list_classification_jobs",
    "list_classification_scopes",
    "list_custom_data_identifiers",
    "list_findings",
    "list_findings_filters",
    "list_invitations",
    "list_managed_data_identifiers",
    "list_members",
    "list_organization_admin_accounts",
    "list_resource_profile_artifacts",
    "list_resource_profile_detections",
    "list_sensitivity_inspection_templates",
    "list_tags_for_resource",
    "put_classification_export_configuration",
    "put_findings_publication_configuration",
    "search_resources",
    "tag_resource",
    "test_custom_data_identifier",
    "untag_resource",
    "update_allow_list",
    "update_automated_discovery_configuration",
    "update_classification_job",
    "update_classification_scope",
    "update_findings_filter",
    "update_macie_session",
    "update_member_session",
    "update_organization_configuration",
    "update_resource_profile",
    "update_resource_profile_detections",
    "update_reveal_configuration",
    "update_sensitivity_inspection_template",
]
