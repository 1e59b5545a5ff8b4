"""Typed builders of the AWS SDK integration of wellarchitected (``aws-sdk:wellarchitected:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

AssociateLensesParameters = TypedDict(
    "AssociateLensesParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "LensAliases": L[Si], "LensAliases.$": str},
    total=False,
)
AssociateProfilesParameters = TypedDict(
    "AssociateProfilesParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "ProfileArns": L[Si], "ProfileArns.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAgentBasicProfileParameters = TypedDict(
    "CreateAgentBasicProfileParameters", {"Tags": L[Xi[Tag]], "Tags.$": str}, total=False
)

class ContextResourceTag(TypedDict, total=False):
    Key: S
    Value: S

class ContextContent(TypedDict, total=False):
    AccountIds: L[Si]
    Regions: L[Si]
    AwsServices: L[Si]
    ResourceTypes: L[Si]
    ResourceTags: L[Xi[ContextResourceTag]]
    OrganizationalUnitIds: L[Si]
    ApplicationOverview: S
    Industry: S
    ApplicationType: S
    Criticality: S
    ArchitectureOverview: S
    AdditionalContext: S

CreateAgentContextParameters = TypedDict(
    "CreateAgentContextParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Title": S,
        "Title.$": str,
        "ContextType": S,
        "ContextType.$": str,
        "Content": X[ContextContent],
        "Content.$": str,
    },
    total=False,
)
CreateAgentGoalParameters = TypedDict(
    "CreateAgentGoalParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class OrganizationalUnitEntry(TypedDict, total=False):
    OrganizationalUnitId: S
    Regions: L[Si]

class OrganizationalAccountEntry(TypedDict, total=False):
    AccountId: S
    Regions: L[Si]

class OrganizationalAggregationConfiguration(TypedDict, total=False):
    OrganizationalUnits: L[Xi[OrganizationalUnitEntry]]
    Accounts: L[Xi[OrganizationalAccountEntry]]

CreateAgentOrganizationalProfileParameters = TypedDict(
    "CreateAgentOrganizationalProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "BusinessOverview": S,
        "BusinessOverview.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationalAggregationConfiguration": X[OrganizationalAggregationConfiguration],
        "OrganizationalAggregationConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TimeWindow(TypedDict, total=False):
    From: T
    To: T

class OrganizationalReportFilters(TypedDict, total=False):
    AccountIds: L[Si]
    OrganizationalUnitIds: L[Si]
    Pillars: L[Si]
    RecommendationTypes: L[Si]
    Statuses: L[Si]
    Priorities: L[Si]
    CreatedAtRange: X[TimeWindow]
    UpdatedAtRange: X[TimeWindow]

CreateAgentOrganizationalReportParameters = TypedDict(
    "CreateAgentOrganizationalReportParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Label": S,
        "Label.$": str,
        "Filters": X[OrganizationalReportFilters],
        "Filters.$": str,
    },
    total=False,
)

class AggregationConfiguration(TypedDict, total=False):
    AccountId: S
    Regions: L[Si]
    AccessRoleArn: S

CreateAgentProfileParameters = TypedDict(
    "CreateAgentProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "BusinessOverview": S,
        "BusinessOverview.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "AggregationConfiguration": L[Xi[AggregationConfiguration]],
        "AggregationConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLensShareParameters = TypedDict(
    "CreateLensShareParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "SharedWith": S,
        "SharedWith.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateLensVersionParameters = TypedDict(
    "CreateLensVersionParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "LensVersion": S,
        "LensVersion.$": str,
        "IsMajorVersion": B,
        "IsMajorVersion.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateMilestoneParameters = TypedDict(
    "CreateMilestoneParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "MilestoneName": S,
        "MilestoneName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class ProfileQuestionUpdate(TypedDict, total=False):
    QuestionId: S
    SelectedChoiceIds: L[Si]

CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "ProfileName": S,
        "ProfileName.$": str,
        "ProfileDescription": S,
        "ProfileDescription.$": str,
        "ProfileQuestions": L[Xi[ProfileQuestionUpdate]],
        "ProfileQuestions.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateProfileShareParameters = TypedDict(
    "CreateProfileShareParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "SharedWith": S,
        "SharedWith.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateReviewTemplateParameters = TypedDict(
    "CreateReviewTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "Description": S,
        "Description.$": str,
        "Lenses": L[Si],
        "Lenses.$": str,
        "Notes": S,
        "Notes.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateTemplateShareParameters = TypedDict(
    "CreateTemplateShareParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "SharedWith": S,
        "SharedWith.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class WorkloadDiscoveryConfig(TypedDict, total=False):
    TrustedAdvisorIntegrationStatus: S
    WorkloadResourceDefinition: L[Si]

class WorkloadJiraConfigurationInput(TypedDict, total=False):
    IssueManagementStatus: S
    IssueManagementType: S
    JiraProjectKey: S

CreateWorkloadParameters = TypedDict(
    "CreateWorkloadParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "Description": S,
        "Description.$": str,
        "Environment": S,
        "Environment.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "AwsRegions": L[Si],
        "AwsRegions.$": str,
        "NonAwsRegions": L[Si],
        "NonAwsRegions.$": str,
        "PillarPriorities": L[Si],
        "PillarPriorities.$": str,
        "ArchitecturalDesign": S,
        "ArchitecturalDesign.$": str,
        "ReviewOwner": S,
        "ReviewOwner.$": str,
        "IndustryType": S,
        "IndustryType.$": str,
        "Industry": S,
        "Industry.$": str,
        "Lenses": L[Si],
        "Lenses.$": str,
        "Notes": S,
        "Notes.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DiscoveryConfig": X[WorkloadDiscoveryConfig],
        "DiscoveryConfig.$": str,
        "Applications": L[Si],
        "Applications.$": str,
        "ProfileArns": L[Si],
        "ProfileArns.$": str,
        "ReviewTemplateArns": L[Si],
        "ReviewTemplateArns.$": str,
        "JiraConfiguration": X[WorkloadJiraConfigurationInput],
        "JiraConfiguration.$": str,
    },
    total=False,
)
CreateWorkloadShareParameters = TypedDict(
    "CreateWorkloadShareParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "SharedWith": S,
        "SharedWith.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteAgentContextParameters = TypedDict(
    "DeleteAgentContextParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteAgentGoalParameters = TypedDict(
    "DeleteAgentGoalParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteAgentOrganizationalReportParameters = TypedDict(
    "DeleteAgentOrganizationalReportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
DeleteAgentProfileParameters = TypedDict(
    "DeleteAgentProfileParameters", {"ProfileArn": S, "ProfileArn.$": str}, total=False
)
DeleteAgentProfilePolicyParameters = TypedDict(
    "DeleteAgentProfilePolicyParameters", {"ProfileArn": S, "ProfileArn.$": str}, total=False
)
DeleteAgentRecommendationPolicyParameters = TypedDict(
    "DeleteAgentRecommendationPolicyParameters",
    {"RecommendationArn": S, "RecommendationArn.$": str},
    total=False,
)
DeleteLensParameters = TypedDict(
    "DeleteLensParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LensStatus": S,
        "LensStatus.$": str,
    },
    total=False,
)
DeleteLensShareParameters = TypedDict(
    "DeleteLensShareParameters",
    {
        "ShareId": S,
        "ShareId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
DeleteProfileShareParameters = TypedDict(
    "DeleteProfileShareParameters",
    {
        "ShareId": S,
        "ShareId.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteReviewTemplateParameters = TypedDict(
    "DeleteReviewTemplateParameters",
    {"TemplateArn": S, "TemplateArn.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
DeleteTemplateShareParameters = TypedDict(
    "DeleteTemplateShareParameters",
    {
        "ShareId": S,
        "ShareId.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteWorkloadParameters = TypedDict(
    "DeleteWorkloadParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
DeleteWorkloadShareParameters = TypedDict(
    "DeleteWorkloadShareParameters",
    {
        "ShareId": S,
        "ShareId.$": str,
        "WorkloadId": S,
        "WorkloadId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DisassociateLensesParameters = TypedDict(
    "DisassociateLensesParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "LensAliases": L[Si], "LensAliases.$": str},
    total=False,
)
DisassociateProfilesParameters = TypedDict(
    "DisassociateProfilesParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "ProfileArns": L[Si], "ProfileArns.$": str},
    total=False,
)
ExportLensParameters = TypedDict(
    "ExportLensParameters",
    {"LensAlias": S, "LensAlias.$": str, "LensVersion": S, "LensVersion.$": str},
    total=False,
)
GetAgentContextParameters = TypedDict(
    "GetAgentContextParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetAgentGoalParameters = TypedDict(
    "GetAgentGoalParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetAgentOrganizationalReportParameters = TypedDict(
    "GetAgentOrganizationalReportParameters", {"ReportId": S, "ReportId.$": str}, total=False
)
GetAgentOrganizationalReportDataParameters = TypedDict(
    "GetAgentOrganizationalReportDataParameters",
    {"ReportId": S, "ReportId.$": str, "Format": S, "Format.$": str},
    total=False,
)

class GetAgentPreferencesParameters(TypedDict, total=False): ...

GetAgentProfileParameters = TypedDict(
    "GetAgentProfileParameters", {"ProfileArn": S, "ProfileArn.$": str}, total=False
)
GetAgentProfilePolicyParameters = TypedDict(
    "GetAgentProfilePolicyParameters", {"ProfileArn": S, "ProfileArn.$": str}, total=False
)
GetAgentRecommendationParameters = TypedDict(
    "GetAgentRecommendationParameters",
    {
        "RecommendationArn": S,
        "RecommendationArn.$": str,
        "RemediationType": S,
        "RemediationType.$": str,
    },
    total=False,
)
GetAgentRecommendationGenerationParameters = TypedDict(
    "GetAgentRecommendationGenerationParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "GenerationId": S, "GenerationId.$": str},
    total=False,
)
GetAgentRecommendationPolicyParameters = TypedDict(
    "GetAgentRecommendationPolicyParameters",
    {"RecommendationArn": S, "RecommendationArn.$": str},
    total=False,
)
GetAnswerParameters = TypedDict(
    "GetAnswerParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
    },
    total=False,
)
GetConsolidatedReportParameters = TypedDict(
    "GetConsolidatedReportParameters",
    {
        "Format": S,
        "Format.$": str,
        "IncludeSharedResources": B,
        "IncludeSharedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GetGlobalSettingsParameters(TypedDict, total=False): ...

GetLensParameters = TypedDict(
    "GetLensParameters",
    {"LensAlias": S, "LensAlias.$": str, "LensVersion": S, "LensVersion.$": str},
    total=False,
)
GetLensReviewParameters = TypedDict(
    "GetLensReviewParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
    },
    total=False,
)
GetLensReviewReportParameters = TypedDict(
    "GetLensReviewReportParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
    },
    total=False,
)
GetLensVersionDifferenceParameters = TypedDict(
    "GetLensVersionDifferenceParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "BaseLensVersion": S,
        "BaseLensVersion.$": str,
        "TargetLensVersion": S,
        "TargetLensVersion.$": str,
    },
    total=False,
)
GetMilestoneParameters = TypedDict(
    "GetMilestoneParameters",
    {"WorkloadId": S, "WorkloadId.$": str, "MilestoneNumber": I, "MilestoneNumber.$": str},
    total=False,
)
GetProfileParameters = TypedDict(
    "GetProfileParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "ProfileVersion": S, "ProfileVersion.$": str},
    total=False,
)

class GetProfileTemplateParameters(TypedDict, total=False): ...

GetReviewTemplateParameters = TypedDict(
    "GetReviewTemplateParameters", {"TemplateArn": S, "TemplateArn.$": str}, total=False
)
GetReviewTemplateAnswerParameters = TypedDict(
    "GetReviewTemplateAnswerParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
    },
    total=False,
)
GetReviewTemplateLensReviewParameters = TypedDict(
    "GetReviewTemplateLensReviewParameters",
    {"TemplateArn": S, "TemplateArn.$": str, "LensAlias": S, "LensAlias.$": str},
    total=False,
)
GetWorkloadParameters = TypedDict(
    "GetWorkloadParameters", {"WorkloadId": S, "WorkloadId.$": str}, total=False
)
ImportLensParameters = TypedDict(
    "ImportLensParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "JsonString": S,
        "JsonString.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListAgentContextsParameters = TypedDict(
    "ListAgentContextsParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentGoalsParameters = TypedDict(
    "ListAgentGoalsParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentOrganizationalReportsParameters = TypedDict(
    "ListAgentOrganizationalReportsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
ListAgentProfilesParameters = TypedDict(
    "ListAgentProfilesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAgentRecommendationGenerationsParameters = TypedDict(
    "ListAgentRecommendationGenerationsParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "RecommendationType": S,
        "RecommendationType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentRecommendationItemsParameters = TypedDict(
    "ListAgentRecommendationItemsParameters",
    {
        "RecommendationArn": S,
        "RecommendationArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentRecommendationsParameters = TypedDict(
    "ListAgentRecommendationsParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
        "Pillar": S,
        "Pillar.$": str,
    },
    total=False,
)
ListAnswersParameters = TypedDict(
    "ListAnswersParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "PillarId": S,
        "PillarId.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuestionPriority": S,
        "QuestionPriority.$": str,
    },
    total=False,
)
ListCheckDetailsParameters = TypedDict(
    "ListCheckDetailsParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LensArn": S,
        "LensArn.$": str,
        "PillarId": S,
        "PillarId.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
        "ChoiceId": S,
        "ChoiceId.$": str,
    },
    total=False,
)
ListCheckSummariesParameters = TypedDict(
    "ListCheckSummariesParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LensArn": S,
        "LensArn.$": str,
        "PillarId": S,
        "PillarId.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
        "ChoiceId": S,
        "ChoiceId.$": str,
    },
    total=False,
)
ListLensReviewImprovementsParameters = TypedDict(
    "ListLensReviewImprovementsParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "PillarId": S,
        "PillarId.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QuestionPriority": S,
        "QuestionPriority.$": str,
    },
    total=False,
)
ListLensReviewsParameters = TypedDict(
    "ListLensReviewsParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "MilestoneNumber": I,
        "MilestoneNumber.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLensSharesParameters = TypedDict(
    "ListLensSharesParameters",
    {
        "LensAlias": S,
        "LensAlias.$": str,
        "SharedWithPrefix": S,
        "SharedWithPrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListLensesParameters = TypedDict(
    "ListLensesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LensType": S,
        "LensType.$": str,
        "LensStatus": S,
        "LensStatus.$": str,
        "LensName": S,
        "LensName.$": str,
    },
    total=False,
)
ListMilestonesParameters = TypedDict(
    "ListMilestonesParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNotificationsParameters = TypedDict(
    "ListNotificationsParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListProfileNotificationsParameters = TypedDict(
    "ListProfileNotificationsParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProfileSharesParameters = TypedDict(
    "ListProfileSharesParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "SharedWithPrefix": S,
        "SharedWithPrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListProfilesParameters = TypedDict(
    "ListProfilesParameters",
    {
        "ProfileNamePrefix": S,
        "ProfileNamePrefix.$": str,
        "ProfileOwnerType": S,
        "ProfileOwnerType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReviewTemplateAnswersParameters = TypedDict(
    "ListReviewTemplateAnswersParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "PillarId": S,
        "PillarId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReviewTemplatesParameters = TypedDict(
    "ListReviewTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListShareInvitationsParameters = TypedDict(
    "ListShareInvitationsParameters",
    {
        "WorkloadNamePrefix": S,
        "WorkloadNamePrefix.$": str,
        "LensNamePrefix": S,
        "LensNamePrefix.$": str,
        "ShareResourceType": S,
        "ShareResourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProfileNamePrefix": S,
        "ProfileNamePrefix.$": str,
        "TemplateNamePrefix": S,
        "TemplateNamePrefix.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"WorkloadArn": S, "WorkloadArn.$": str}, total=False
)
ListTemplateSharesParameters = TypedDict(
    "ListTemplateSharesParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "SharedWithPrefix": S,
        "SharedWithPrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListWorkloadSharesParameters = TypedDict(
    "ListWorkloadSharesParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "SharedWithPrefix": S,
        "SharedWithPrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListWorkloadsParameters = TypedDict(
    "ListWorkloadsParameters",
    {
        "WorkloadNamePrefix": S,
        "WorkloadNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PreferenceUpdate(TypedDict, total=False):
    Key: S
    State: S

PutAgentPreferencesParameters = TypedDict(
    "PutAgentPreferencesParameters",
    {"Preferences": L[Xi[PreferenceUpdate]], "Preferences.$": str},
    total=False,
)
PutAgentProfilePolicyParameters = TypedDict(
    "PutAgentProfilePolicyParameters",
    {"ProfileArn": S, "ProfileArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutAgentRecommendationFeedbackParameters = TypedDict(
    "PutAgentRecommendationFeedbackParameters",
    {
        "RecommendationArn": S,
        "RecommendationArn.$": str,
        "Type": S,
        "Type.$": str,
        "FeedbackCategory": S,
        "FeedbackCategory.$": str,
        "Comments": S,
        "Comments.$": str,
    },
    total=False,
)
PutAgentRecommendationPolicyParameters = TypedDict(
    "PutAgentRecommendationPolicyParameters",
    {"RecommendationArn": S, "RecommendationArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
SendAgentOrganizationalReportDataToS3Parameters = TypedDict(
    "SendAgentOrganizationalReportDataToS3Parameters",
    {
        "ReportId": S,
        "ReportId.$": str,
        "Format": S,
        "Format.$": str,
        "BucketArn": S,
        "BucketArn.$": str,
        "ObjectKey": S,
        "ObjectKey.$": str,
    },
    total=False,
)

class PillarItem(TypedDict, total=False):
    Pillar: S
    Ids: L[Si]

class Scope(TypedDict, total=False):
    Pillars: L[Si]
    GoalIds: L[Si]
    Items: L[Xi[PillarItem]]

StartAgentRecommendationGenerationParameters = TypedDict(
    "StartAgentRecommendationGenerationParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Types": L[Si],
        "Types.$": str,
        "Name": S,
        "Name.$": str,
        "AdditionalContext": Doc,
        "AdditionalContext.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"WorkloadArn": S, "WorkloadArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"WorkloadArn": S, "WorkloadArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAgentContextParameters = TypedDict(
    "UpdateAgentContextParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Id": S,
        "Id.$": str,
        "Title": S,
        "Title.$": str,
        "Content": X[ContextContent],
        "Content.$": str,
    },
    total=False,
)
UpdateAgentGoalParameters = TypedDict(
    "UpdateAgentGoalParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "Id": S,
        "Id.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAgentOrganizationalProfileParameters = TypedDict(
    "UpdateAgentOrganizationalProfileParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "BusinessOverview": S,
        "BusinessOverview.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "OrganizationalAggregationConfiguration": X[OrganizationalAggregationConfiguration],
        "OrganizationalAggregationConfiguration.$": str,
    },
    total=False,
)
UpdateAgentProfileParameters = TypedDict(
    "UpdateAgentProfileParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "AggregationConfiguration": L[Xi[AggregationConfiguration]],
        "AggregationConfiguration.$": str,
        "BusinessOverview": S,
        "BusinessOverview.$": str,
        "Pillars": L[Si],
        "Pillars.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
    },
    total=False,
)
UpdateAgentRecommendationStatusParameters = TypedDict(
    "UpdateAgentRecommendationStatusParameters",
    {
        "RecommendationArn": S,
        "RecommendationArn.$": str,
        "Status": S,
        "Status.$": str,
        "UpdateReason": S,
        "UpdateReason.$": str,
    },
    total=False,
)

class ChoiceUpdate(TypedDict, total=False):
    Status: S
    Reason: S
    Notes: S

UpdateAnswerParameters = TypedDict(
    "UpdateAnswerParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
        "SelectedChoices": L[Si],
        "SelectedChoices.$": str,
        "ChoiceUpdates": M[X[ChoiceUpdate]],
        "ChoiceUpdates.$": str,
        "Notes": S,
        "Notes.$": str,
        "IsApplicable": B,
        "IsApplicable.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)

class AccountJiraConfigurationInput(TypedDict, total=False):
    IssueManagementStatus: S
    IssueManagementType: S
    JiraProjectKey: S
    IntegrationStatus: S

UpdateGlobalSettingsParameters = TypedDict(
    "UpdateGlobalSettingsParameters",
    {
        "OrganizationSharingStatus": S,
        "OrganizationSharingStatus.$": str,
        "DiscoveryIntegrationStatus": S,
        "DiscoveryIntegrationStatus.$": str,
        "JiraConfiguration": X[AccountJiraConfigurationInput],
        "JiraConfiguration.$": str,
    },
    total=False,
)
UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "IntegratingService": S,
        "IntegratingService.$": str,
    },
    total=False,
)

class SelectedPillar(TypedDict, total=False):
    PillarId: S
    SelectedQuestionIds: L[Si]

class JiraSelectedQuestionConfiguration(TypedDict, total=False):
    SelectedPillars: L[Xi[SelectedPillar]]

UpdateLensReviewParameters = TypedDict(
    "UpdateLensReviewParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "LensNotes": S,
        "LensNotes.$": str,
        "PillarNotes": M[S],
        "PillarNotes.$": str,
        "JiraConfiguration": X[JiraSelectedQuestionConfiguration],
        "JiraConfiguration.$": str,
    },
    total=False,
)
UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {
        "ProfileArn": S,
        "ProfileArn.$": str,
        "ProfileDescription": S,
        "ProfileDescription.$": str,
        "ProfileQuestions": L[Xi[ProfileQuestionUpdate]],
        "ProfileQuestions.$": str,
    },
    total=False,
)
UpdateReviewTemplateParameters = TypedDict(
    "UpdateReviewTemplateParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Description": S,
        "Description.$": str,
        "Notes": S,
        "Notes.$": str,
        "LensesToAssociate": L[Si],
        "LensesToAssociate.$": str,
        "LensesToDisassociate": L[Si],
        "LensesToDisassociate.$": str,
    },
    total=False,
)
UpdateReviewTemplateAnswerParameters = TypedDict(
    "UpdateReviewTemplateAnswerParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "QuestionId": S,
        "QuestionId.$": str,
        "SelectedChoices": L[Si],
        "SelectedChoices.$": str,
        "ChoiceUpdates": M[X[ChoiceUpdate]],
        "ChoiceUpdates.$": str,
        "Notes": S,
        "Notes.$": str,
        "IsApplicable": B,
        "IsApplicable.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
UpdateReviewTemplateLensReviewParameters = TypedDict(
    "UpdateReviewTemplateLensReviewParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "LensNotes": S,
        "LensNotes.$": str,
        "PillarNotes": M[S],
        "PillarNotes.$": str,
    },
    total=False,
)
UpdateShareInvitationParameters = TypedDict(
    "UpdateShareInvitationParameters",
    {
        "ShareInvitationId": S,
        "ShareInvitationId.$": str,
        "ShareInvitationAction": S,
        "ShareInvitationAction.$": str,
    },
    total=False,
)
UpdateWorkloadParameters = TypedDict(
    "UpdateWorkloadParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "WorkloadName": S,
        "WorkloadName.$": str,
        "Description": S,
        "Description.$": str,
        "Environment": S,
        "Environment.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "AwsRegions": L[Si],
        "AwsRegions.$": str,
        "NonAwsRegions": L[Si],
        "NonAwsRegions.$": str,
        "PillarPriorities": L[Si],
        "PillarPriorities.$": str,
        "ArchitecturalDesign": S,
        "ArchitecturalDesign.$": str,
        "ReviewOwner": S,
        "ReviewOwner.$": str,
        "IsReviewOwnerUpdateAcknowledged": B,
        "IsReviewOwnerUpdateAcknowledged.$": str,
        "IndustryType": S,
        "IndustryType.$": str,
        "Industry": S,
        "Industry.$": str,
        "Notes": S,
        "Notes.$": str,
        "ImprovementStatus": S,
        "ImprovementStatus.$": str,
        "DiscoveryConfig": X[WorkloadDiscoveryConfig],
        "DiscoveryConfig.$": str,
        "Applications": L[Si],
        "Applications.$": str,
        "JiraConfiguration": X[WorkloadJiraConfigurationInput],
        "JiraConfiguration.$": str,
    },
    total=False,
)
UpdateWorkloadShareParameters = TypedDict(
    "UpdateWorkloadShareParameters",
    {
        "ShareId": S,
        "ShareId.$": str,
        "WorkloadId": S,
        "WorkloadId.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
    },
    total=False,
)
UpgradeLensReviewParameters = TypedDict(
    "UpgradeLensReviewParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "MilestoneName": S,
        "MilestoneName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpgradeProfileVersionParameters = TypedDict(
    "UpgradeProfileVersionParameters",
    {
        "WorkloadId": S,
        "WorkloadId.$": str,
        "ProfileArn": S,
        "ProfileArn.$": str,
        "MilestoneName": S,
        "MilestoneName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpgradeReviewTemplateLensReviewParameters = TypedDict(
    "UpgradeReviewTemplateLensReviewParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "LensAlias": S,
        "LensAlias.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
associate_lenses: Builder[AssociateLensesParameters]
associate_profiles: Builder[AssociateProfilesParameters]
create_agent_basic_profile: Builder[CreateAgentBasicProfileParameters]
create_agent_context: Builder[CreateAgentContextParameters]
create_agent_goal: Builder[CreateAgentGoalParameters]
create_agent_organizational_profile: Builder[CreateAgentOrganizationalProfileParameters]
create_agent_organizational_report: Builder[CreateAgentOrganizationalReportParameters]
create_agent_profile: Builder[CreateAgentProfileParameters]
create_lens_share: Builder[CreateLensShareParameters]
create_lens_version: Builder[CreateLensVersionParameters]
create_milestone: Builder[CreateMilestoneParameters]
create_profile: Builder[CreateProfileParameters]
create_profile_share: Builder[CreateProfileShareParameters]
create_review_template: Builder[CreateReviewTemplateParameters]
create_template_share: Builder[CreateTemplateShareParameters]
create_workload: Builder[CreateWorkloadParameters]
create_workload_share: Builder[CreateWorkloadShareParameters]
delete_agent_context: Builder[DeleteAgentContextParameters]
delete_agent_goal: Builder[DeleteAgentGoalParameters]
delete_agent_organizational_report: Builder[DeleteAgentOrganizationalReportParameters]
delete_agent_profile: Builder[DeleteAgentProfileParameters]
delete_agent_profile_policy: Builder[DeleteAgentProfilePolicyParameters]
delete_agent_recommendation_policy: Builder[DeleteAgentRecommendationPolicyParameters]
delete_lens: Builder[DeleteLensParameters]
delete_lens_share: Builder[DeleteLensShareParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_profile_share: Builder[DeleteProfileShareParameters]
delete_review_template: Builder[DeleteReviewTemplateParameters]
delete_template_share: Builder[DeleteTemplateShareParameters]
delete_workload: Builder[DeleteWorkloadParameters]
delete_workload_share: Builder[DeleteWorkloadShareParameters]
disassociate_lenses: Builder[DisassociateLensesParameters]
disassociate_profiles: Builder[DisassociateProfilesParameters]
export_lens: Builder[ExportLensParameters]
get_agent_context: Builder[GetAgentContextParameters]
get_agent_goal: Builder[GetAgentGoalParameters]
get_agent_organizational_report: Builder[GetAgentOrganizationalReportParameters]
get_agent_organizational_report_data: Builder[GetAgentOrganizationalReportDataParameters]
get_agent_preferences: Builder[GetAgentPreferencesParameters]
get_agent_profile: Builder[GetAgentProfileParameters]
get_agent_profile_policy: Builder[GetAgentProfilePolicyParameters]
get_agent_recommendation: Builder[GetAgentRecommendationParameters]
get_agent_recommendation_generation: Builder[GetAgentRecommendationGenerationParameters]
get_agent_recommendation_policy: Builder[GetAgentRecommendationPolicyParameters]
get_answer: Builder[GetAnswerParameters]
get_consolidated_report: Builder[GetConsolidatedReportParameters]
get_global_settings: Builder[GetGlobalSettingsParameters]
get_lens: Builder[GetLensParameters]
get_lens_review: Builder[GetLensReviewParameters]
get_lens_review_report: Builder[GetLensReviewReportParameters]
get_lens_version_difference: Builder[GetLensVersionDifferenceParameters]
get_milestone: Builder[GetMilestoneParameters]
get_profile: Builder[GetProfileParameters]
get_profile_template: Builder[GetProfileTemplateParameters]
get_review_template: Builder[GetReviewTemplateParameters]
get_review_template_answer: Builder[GetReviewTemplateAnswerParameters]
get_review_template_lens_review: Builder[GetReviewTemplateLensReviewParameters]
get_workload: Builder[GetWorkloadParameters]
import_lens: Builder[ImportLensParameters]
list_agent_contexts: Builder[ListAgentContextsParameters]
list_agent_goals: Builder[ListAgentGoalsParameters]
list_agent_organizational_reports: Builder[ListAgentOrganizationalReportsParameters]
list_agent_profiles: Builder[ListAgentProfilesParameters]
list_agent_recommendation_generations: Builder[ListAgentRecommendationGenerationsParameters]
list_agent_recommendation_items: Builder[ListAgentRecommendationItemsParameters]
list_agent_recommendations: Builder[ListAgentRecommendationsParameters]
list_answers: Builder[ListAnswersParameters]
list_check_details: Builder[ListCheckDetailsParameters]
list_check_summaries: Builder[ListCheckSummariesParameters]
list_lens_review_improvements: Builder[ListLensReviewImprovementsParameters]
list_lens_reviews: Builder[ListLensReviewsParameters]
list_lens_shares: Builder[ListLensSharesParameters]
list_lenses: Builder[ListLensesParameters]
list_milestones: Builder[ListMilestonesParameters]
list_notifications: Builder[ListNotificationsParameters]
list_profile_notifications: Builder[ListProfileNotificationsParameters]
list_profile_shares: Builder[ListProfileSharesParameters]
list_profiles: Builder[ListProfilesParameters]
list_review_template_answers: Builder[ListReviewTemplateAnswersParameters]
list_review_templates: Builder[ListReviewTemplatesParameters]
list_share_invitations: Builder[ListShareInvitationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_shares: Builder[ListTemplateSharesParameters]
list_workload_shares: Builder[ListWorkloadSharesParameters]
list_workloads: Builder[ListWorkloadsParameters]
put_agent_preferences: Builder[PutAgentPreferencesParameters]
put_agent_profile_policy: Builder[PutAgentProfilePolicyParameters]
put_agent_recommendation_feedback: Builder[PutAgentRecommendationFeedbackParameters]
put_agent_recommendation_policy: Builder[PutAgentRecommendationPolicyParameters]
send_agent_organizational_report_data_to_s3: Builder[
    SendAgentOrganizationalReportDataToS3Parameters
]
start_agent_recommendation_generation: Builder[StartAgentRecommendationGenerationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_context: Builder[UpdateAgentContextParameters]
update_agent_goal: Builder[UpdateAgentGoalParameters]
update_agent_organizational_profile: Builder[UpdateAgentOrganizationalProfileParameters]
update_agent_profile: Builder[UpdateAgentProfileParameters]
update_agent_recommendation_status: Builder[UpdateAgentRecommendationStatusParameters]
update_answer: Builder[UpdateAnswerParameters]
update_global_settings: Builder[UpdateGlobalSettingsParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_lens_review: Builder[UpdateLensReviewParameters]
update_profile: Builder[UpdateProfileParameters]
update_review_template: Builder[UpdateReviewTemplateParameters]
update_review_template_answer: Builder[UpdateReviewTemplateAnswerParameters]
update_review_template_lens_review: Builder[UpdateReviewTemplateLensReviewParameters]
update_share_invitation: Builder[UpdateShareInvitationParameters]
update_workload: Builder[UpdateWorkloadParameters]
update_workload_share: Builder[UpdateWorkloadShareParameters]
upgrade_lens_review: Builder[UpgradeLensReviewParameters]
upgrade_profile_version: Builder[UpgradeProfileVersionParameters]
upgrade_review_template_lens_review: Builder[UpgradeReviewTemplateLensReviewParameters]

__all__ = [
    "associate_lenses",
    "associate_profiles",
    "create_agent_basic_profile",
    "create_agent_context",
    "create_agent_goal",
    "create_agent_organizational_profile",
    "create_agent_organizational_report",
    "create_agent_profile",
    "create_lens_share",
    "create_lens_version",
    "create_milestone",
    "create_profile",
    "create_profile_share",
    "create_review_template",
    "create_template_share",
    "create_workload",
    "create_workload_share",
    "delete_agent_context",
    "delete_agent_goal",
    "delete_agent_organizational_report",
    "delete_agent_profile",
    "delete_agent_profile_policy",
    "delete_agent_recommendation_policy",
    "delete_lens",
    "delete_lens_share",
    "delete_profile",
    "delete_profile_share",
    "delete_review_template",
    "delete_template_share",
    "delete_workload",
    "delete_workload_share",
    "disassociate_lenses",
    "disassociate_profiles",
    "export_lens",
    "get_agent_context",
    "get_agent_goal",
    "get_agent_organizational_report",
    "get_agent_organizational_report_data",
    "get_agent_preferences",
    "get_agent_profile",
    "get_agent_profile_policy",
    "get_agent_recommendation",
    "get_agent_recommendation_generation",
    "get_agent_recommendation_policy",
    "get_answer",
    "get_consolidated_report",
    "get_global_settings",
    "get_lens",
    "get_lens_review",
    "get_lens_review_report",
    "get_lens_version_difference",
    "get_milestone",
    "get_profile",
    "get_profile_template",
    "get_review_template",
    "get_review_template_answer",
    "get_review_template_lens_review",
    "get_workload",
    "import_lens",
    "list_agent_contexts",
    "list_agent_goals",
    "list_agent_organizational_reports",
    "list_agent_profiles",
    "list_agent_recommendation_generations",
    "list_agent_recommendation_items",
    "list_agent_recommendations",
    "list_answers",
    "list_check_details",
    "list_check_summaries",
    "list_lens_review_improvements",
    "list_lens_reviews",
    "list_lens_shares",
    "list_lenses",
    "list_milestones",
    "list_notifications",
    "list_profile_notifications",
    "list_profile_shares",
    "list_profiles",
    "list_review_template_answers",
    "list_review_templates",
    "list_share_invitations",
    "list_tags_for_resource",
    "list_template_shares",
    "list_workload_shares",
    "list_workloads",
    "put_agent_preferences",
    "put_agent_profile_policy",
    "put_agent_recommendation_feedback",
    "put_agent_recommendation_policy",
    "send_agent_organizational_report_data_to_s3",
    "start_agent_recommendation_generation",
    "tag_resource",
    "untag_resource",
    "update_agent_context",
    "update_agent_goal",
    "update_agent_organizational_profile",
    "update_agent_profile",
    "update_agent_recommendation_status",
    "update_answer",
    "update_global_settings",
    "update_integration",
    "update_lens_review",
    "update_profile",
    "update_review_template",
    "update_review_template_answer",
    "update_review_template_lens_review",
    "update_share_invitation",
    "update_workload",
    "update_workload_share",
    "upgrade_lens_review",
    "upgrade_profile_version",
    "upgrade_review_template_lens_review",
]
