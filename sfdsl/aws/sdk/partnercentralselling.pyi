"""Typed builders of the AWS SDK integration of partnercentralselling (``aws-sdk:partnercentralselling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

AcceptEngagementInvitationParameters = TypedDict(
    "AcceptEngagementInvitationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class AssigneeContact(TypedDict, total=False):
    Email: S
    FirstName: S
    LastName: S
    Phone: S
    BusinessTitle: S

AssignOpportunityParameters = TypedDict(
    "AssignOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Assignee": X[AssigneeContact],
        "Assignee.$": str,
    },
    total=False,
)
AssociateOpportunityParameters = TypedDict(
    "AssociateOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "OpportunityIdentifier": S,
        "OpportunityIdentifier.$": str,
        "RelatedEntityType": S,
        "RelatedEntityType.$": str,
        "RelatedEntityIdentifier": S,
        "RelatedEntityIdentifier.$": str,
    },
    total=False,
)

class Address(TypedDict, total=False):
    City: S
    PostalCode: S
    StateOrRegion: S
    CountryCode: S
    StreetAddress: S

class CustomerAccountData(TypedDict, total=False):
    CompanyName: S
    WebsiteUrl: S
    Duns: S
    Address: X[Address]
    Industry: S
    OtherIndustry: S
    Domain: S
    ParentCompanyName: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCustomerAccountParameters = TypedDict(
    "CreateCustomerAccountParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Account": X[CustomerAccountData],
        "Account.$": str,
        "PartnerAccountIdentifier": S,
        "PartnerAccountIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EngagementCustomer(TypedDict, total=False):
    Industry: S
    CompanyName: S
    WebsiteUrl: S
    CountryCode: S

class EngagementCustomerProjectDetails(TypedDict, total=False):
    Title: S
    BusinessProblem: S
    TargetCompletionDate: S

class CustomerProjectsContext(TypedDict, total=False):
    Customer: X[EngagementCustomer]
    Project: X[EngagementCustomerProjectDetails]

class BestOutreachWindow(TypedDict, total=False):
    Day: S
    StartTimeUtc: S
    EndTimeUtc: S

class ChannelRecommendation(TypedDict, total=False):
    RecommendedChannel: S
    BestOutreachWindows: L[Xi[BestOutreachWindow]]

class LeadInsights(TypedDict, total=False):
    LeadReadinessScore: S
    ChannelRecommendation: X[ChannelRecommendation]

class LeadAddress(TypedDict, total=False):
    City: S
    PostalCode: S
    StateOrRegion: S
    CountryCode: S

class LeadCustomer(TypedDict, total=False):
    Industry: S
    CompanyName: S
    WebsiteUrl: S
    Address: X[LeadAddress]
    AwsMaturity: S
    MarketSegment: S

class LeadContact(TypedDict, total=False):
    BusinessTitle: S
    Email: S
    FirstName: S
    LastName: S
    Phone: S

class LeadInteraction(TypedDict, total=False):
    SourceType: S
    SourceId: S
    SourceName: S
    Usecase: S
    InteractionDate: T
    CustomerAction: S
    BusinessProblem: S
    Contact: X[LeadContact]

class LeadContext(TypedDict, total=False):
    Insights: X[LeadInsights]
    QualificationStatus: S
    Customer: X[LeadCustomer]
    Interactions: L[Xi[LeadInteraction]]

class ProspectingResultCustomer(TypedDict, total=False):
    AccountName: S
    Geo: S
    Region: S
    SubRegion: S
    Country: S
    Industry: S
    SubIndustry: S
    Segment: S
    CompanySize: S
    EligiblePrograms: L[Si]
    PublicProfileSummary: S

class ProspectingInsights(TypedDict, total=False):
    MarketplaceEngagementScore: S
    SolutionScore: S
    SolutionCategory: S
    SolutionSubCategory: S

class ProspectingResultAws(TypedDict, total=False):
    Customer: X[ProspectingResultCustomer]
    Insights: X[ProspectingInsights]
    StartTime: T
    EndTime: T
    TaskId: S
    TaskArn: S
    TaskName: S

class ProspectingResult(TypedDict, total=False):
    Aws: X[ProspectingResultAws]

class AccountCustomer(TypedDict, total=False):
    Industry: S
    CompanyName: S
    WebsiteUrl: S
    CountryCode: S

class CustomerAccountContext(TypedDict, total=False):
    AccountIdentifier: S
    Customer: X[AccountCustomer]

class EngagementContextPayload(TypedDict, total=False):
    CustomerProject: X[CustomerProjectsContext]
    Lead: X[LeadContext]
    ProspectingResult: X[ProspectingResult]
    CustomerAccount: X[CustomerAccountContext]

class EngagementContextDetails(TypedDict, total=False):
    Id: S
    Type: S
    Payload: X[EngagementContextPayload]

CreateEngagementParameters = TypedDict(
    "CreateEngagementParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Contexts": L[Xi[EngagementContextDetails]],
        "Contexts.$": str,
    },
    total=False,
)
CreateEngagementContextParameters = TypedDict(
    "CreateEngagementContextParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Type": S,
        "Type.$": str,
        "Payload": X[EngagementContextPayload],
        "Payload.$": str,
    },
    total=False,
)

class AccountReceiver(TypedDict, total=False):
    Alias: S
    AwsAccountId: S

class Receiver(TypedDict, total=False):
    Account: X[AccountReceiver]

class SenderContact(TypedDict, total=False):
    Email: S
    FirstName: S
    LastName: S
    BusinessTitle: S
    Phone: S

class ExpectedCustomerSpend(TypedDict, total=False):
    Amount: S
    CurrencyCode: S
    Frequency: S
    TargetCompany: S
    EstimationUrl: S

class ProjectDetails(TypedDict, total=False):
    BusinessProblem: S
    Title: S
    TargetCompletionDate: S
    ExpectedCustomerSpend: L[Xi[ExpectedCustomerSpend]]

class OpportunityInvitationPayload(TypedDict, total=False):
    SenderContacts: L[Xi[SenderContact]]
    ReceiverResponsibilities: L[Si]
    Customer: X[EngagementCustomer]
    Project: X[ProjectDetails]
    OpportunityType: S

class LeadInvitationCustomer(TypedDict, total=False):
    Industry: S
    CompanyName: S
    WebsiteUrl: S
    CountryCode: S
    AwsMaturity: S
    MarketSegment: S

class LeadInvitationInteraction(TypedDict, total=False):
    SourceType: S
    SourceId: S
    SourceName: S
    Usecase: S
    ContactBusinessTitle: S

class LeadInvitationPayload(TypedDict, total=False):
    Customer: X[LeadInvitationCustomer]
    Interaction: X[LeadInvitationInteraction]

class PreferredContactWindow(TypedDict, total=False):
    Window: S
    Timezone: S

class AccountPlanningInvitationPayload(TypedDict, total=False):
    AccountIdentifier: S
    Customer: X[AccountCustomer]
    SenderContacts: L[Xi[SenderContact]]
    PreferredContact: X[PreferredContactWindow]

class Payload(TypedDict, total=False):
    OpportunityInvitation: X[OpportunityInvitationPayload]
    LeadInvitation: X[LeadInvitationPayload]
    AccountPlanningInvitation: X[AccountPlanningInvitationPayload]

class Invitation(TypedDict, total=False):
    Message: S
    Receiver: X[Receiver]
    Payload: X[Payload]

CreateEngagementInvitationParameters = TypedDict(
    "CreateEngagementInvitationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "Invitation": X[Invitation],
        "Invitation.$": str,
    },
    total=False,
)

class Account(TypedDict, total=False):
    Industry: S
    OtherIndustry: S
    CompanyName: S
    WebsiteUrl: S
    AwsAccountId: S
    Address: X[Address]
    Duns: S

class Contact(TypedDict, total=False):
    Email: S
    FirstName: S
    LastName: S
    BusinessTitle: S
    Phone: S

class Customer(TypedDict, total=False):
    Account: X[Account]
    Contacts: L[Xi[Contact]]

class ExpectedContractDuration(TypedDict, total=False):
    Term: S
    Value: S

class Project(TypedDict, total=False):
    DeliveryModels: L[Si]
    ExpectedCustomerSpend: L[Xi[ExpectedCustomerSpend]]
    ExpectedContractDuration: X[ExpectedContractDuration]
    Title: S
    ApnPrograms: L[Si]
    CustomerBusinessProblem: S
    CustomerUseCase: S
    RelatedOpportunityIdentifier: S
    SalesActivities: L[Si]
    CompetitorName: S
    OtherCompetitorNames: S
    OtherSolutionDescription: S
    AdditionalComments: S
    AwsPartition: S

class Marketing(TypedDict, total=False):
    CampaignName: S
    Source: S
    UseCases: L[Si]
    Channels: L[Si]
    AwsFundingUsed: S

class MonetaryValue(TypedDict, total=False):
    Amount: S
    CurrencyCode: S

class SoftwareRevenue(TypedDict, total=False):
    DeliveryModel: S
    Value: X[MonetaryValue]
    EffectiveDate: S
    ExpirationDate: S

class NextStepsHistory(TypedDict, total=False):
    Value: S
    Time: T

class LifeCycle(TypedDict, total=False):
    Stage: S
    ClosedLostReason: S
    NextSteps: S
    TargetCloseDate: S
    ReviewStatus: S
    ReviewComments: S
    ReviewStatusReason: S
    NextStepsHistory: L[Xi[NextStepsHistory]]

CreateOpportunityParameters = TypedDict(
    "CreateOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "PrimaryNeedsFromAws": L[Si],
        "PrimaryNeedsFromAws.$": str,
        "NationalSecurity": S,
        "NationalSecurity.$": str,
        "PartnerOpportunityIdentifier": S,
        "PartnerOpportunityIdentifier.$": str,
        "Customer": X[Customer],
        "Customer.$": str,
        "Project": X[Project],
        "Project.$": str,
        "OpportunityType": S,
        "OpportunityType.$": str,
        "Marketing": X[Marketing],
        "Marketing.$": str,
        "SoftwareRevenue": X[SoftwareRevenue],
        "SoftwareRevenue.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LifeCycle": X[LifeCycle],
        "LifeCycle.$": str,
        "Origin": S,
        "Origin.$": str,
        "OpportunityTeam": L[Xi[Contact]],
        "OpportunityTeam.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateResourceSnapshotParameters = TypedDict(
    "CreateResourceSnapshotParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceSnapshotTemplateIdentifier": S,
        "ResourceSnapshotTemplateIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateResourceSnapshotJobParameters = TypedDict(
    "CreateResourceSnapshotJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceSnapshotTemplateIdentifier": S,
        "ResourceSnapshotTemplateIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteCustomerAccountParameters = TypedDict(
    "DeleteCustomerAccountParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteResourceSnapshotJobParameters = TypedDict(
    "DeleteResourceSnapshotJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ResourceSnapshotJobIdentifier": S,
        "ResourceSnapshotJobIdentifier.$": str,
    },
    total=False,
)
DisassociateOpportunityParameters = TypedDict(
    "DisassociateOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "OpportunityIdentifier": S,
        "OpportunityIdentifier.$": str,
        "RelatedEntityType": S,
        "RelatedEntityType.$": str,
        "RelatedEntityIdentifier": S,
        "RelatedEntityIdentifier.$": str,
    },
    total=False,
)
GetAwsOpportunitySummaryParameters = TypedDict(
    "GetAwsOpportunitySummaryParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "RelatedOpportunityIdentifier": S,
        "RelatedOpportunityIdentifier.$": str,
    },
    total=False,
)
GetCustomerAccountParameters = TypedDict(
    "GetCustomerAccountParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetCustomerAccountBulkJobParameters = TypedDict(
    "GetCustomerAccountBulkJobParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetCustomerAccountBulkJobReportUrlParameters = TypedDict(
    "GetCustomerAccountBulkJobReportUrlParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ReportType": S,
        "ReportType.$": str,
    },
    total=False,
)

class FilterValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DateValue: T

class FilterCondition(TypedDict, total=False):
    Key: S
    Value: X[FilterValue]

class Filter(TypedDict, total=False):
    AndAllFilters: L[Xi[Filter]]
    OrAllFilters: L[Xi[Filter]]
    NotFilter: X[Filter]
    EqualsTo: X[FilterCondition]
    ContainsAny: X[FilterCondition]
    ContainsAll: X[FilterCondition]
    GreaterThan: X[FilterCondition]
    GreaterThanOrEquals: X[FilterCondition]
    LessThan: X[FilterCondition]
    LessThanOrEquals: X[FilterCondition]

class AggregationRequest(TypedDict, total=False):
    GroupBy: L[Si]

GetCustomerAccountStatisticsParameters = TypedDict(
    "GetCustomerAccountStatisticsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Filter": X[Filter],
        "Filter.$": str,
        "Aggregations": L[Xi[AggregationRequest]],
        "Aggregations.$": str,
        "IncludeMissing": B,
        "IncludeMissing.$": str,
    },
    total=False,
)
GetEngagementParameters = TypedDict(
    "GetEngagementParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetEngagementInvitationParameters = TypedDict(
    "GetEngagementInvitationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetOpportunityParameters = TypedDict(
    "GetOpportunityParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetOpportunityBulkJobReportUrlParameters = TypedDict(
    "GetOpportunityBulkJobReportUrlParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "JobId": S,
        "JobId.$": str,
        "ReportFormat": S,
        "ReportFormat.$": str,
        "ReportType": S,
        "ReportType.$": str,
    },
    total=False,
)
GetProspectingFromEngagementTaskParameters = TypedDict(
    "GetProspectingFromEngagementTaskParameters",
    {"Catalog": S, "Catalog.$": str, "TaskIdentifier": S, "TaskIdentifier.$": str},
    total=False,
)
GetResourceSnapshotParameters = TypedDict(
    "GetResourceSnapshotParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceSnapshotTemplateIdentifier": S,
        "ResourceSnapshotTemplateIdentifier.$": str,
        "Revision": I,
        "Revision.$": str,
    },
    total=False,
)
GetResourceSnapshotJobParameters = TypedDict(
    "GetResourceSnapshotJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ResourceSnapshotJobIdentifier": S,
        "ResourceSnapshotJobIdentifier.$": str,
    },
    total=False,
)
GetSellingSystemSettingsParameters = TypedDict(
    "GetSellingSystemSettingsParameters", {"Catalog": S, "Catalog.$": str}, total=False
)
ListCustomerAccountBulkJobResultsParameters = TypedDict(
    "ListCustomerAccountBulkJobResultsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CustomerAccountBulkJobFilter(TypedDict, total=False):
    Identifier: S
    Status: S

ListCustomerAccountBulkJobsParameters = TypedDict(
    "ListCustomerAccountBulkJobsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Filter": X[CustomerAccountBulkJobFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListTasksSortBase(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListEngagementByAcceptingInvitationTasksParameters = TypedDict(
    "ListEngagementByAcceptingInvitationTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[ListTasksSortBase],
        "Sort.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "TaskStatus": L[Si],
        "TaskStatus.$": str,
        "OpportunityIdentifier": L[Si],
        "OpportunityIdentifier.$": str,
        "EngagementInvitationIdentifier": L[Si],
        "EngagementInvitationIdentifier.$": str,
        "TaskIdentifier": L[Si],
        "TaskIdentifier.$": str,
    },
    total=False,
)
ListEngagementFromOpportunityTasksParameters = TypedDict(
    "ListEngagementFromOpportunityTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[ListTasksSortBase],
        "Sort.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "TaskStatus": L[Si],
        "TaskStatus.$": str,
        "TaskIdentifier": L[Si],
        "TaskIdentifier.$": str,
        "OpportunityIdentifier": L[Si],
        "OpportunityIdentifier.$": str,
        "EngagementIdentifier": L[Si],
        "EngagementIdentifier.$": str,
    },
    total=False,
)

class EngagementGroupSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListEngagementGroupsParameters = TypedDict(
    "ListEngagementGroupsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ReadinessLevel": S,
        "ReadinessLevel.$": str,
        "Sort": X[EngagementGroupSort],
        "Sort.$": str,
        "EngagementGroupIdentifiers": L[Si],
        "EngagementGroupIdentifiers.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpportunityEngagementInvitationSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListEngagementInvitationsParameters = TypedDict(
    "ListEngagementInvitationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[OpportunityEngagementInvitationSort],
        "Sort.$": str,
        "PayloadType": L[Si],
        "PayloadType.$": str,
        "ParticipantType": S,
        "ParticipantType.$": str,
        "Status": L[Si],
        "Status.$": str,
        "EngagementIdentifier": L[Si],
        "EngagementIdentifier.$": str,
        "SenderAwsAccountId": L[Si],
        "SenderAwsAccountId.$": str,
    },
    total=False,
)
ListEngagementMembersParameters = TypedDict(
    "ListEngagementMembersParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEngagementResourceAssociationsParameters = TypedDict(
    "ListEngagementResourceAssociationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "CreatedBy": S,
        "CreatedBy.$": str,
    },
    total=False,
)

class EngagementSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListEngagementsParameters = TypedDict(
    "ListEngagementsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "CreatedBy": L[Si],
        "CreatedBy.$": str,
        "ExcludeCreatedBy": L[Si],
        "ExcludeCreatedBy.$": str,
        "ContextTypes": L[Si],
        "ContextTypes.$": str,
        "ExcludeContextTypes": L[Si],
        "ExcludeContextTypes.$": str,
        "Sort": X[EngagementSort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "EngagementIdentifier": L[Si],
        "EngagementIdentifier.$": str,
    },
    total=False,
)

class OpportunitySort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

class LastModifiedDate(TypedDict, total=False):
    AfterLastModifiedDate: T
    BeforeLastModifiedDate: T

class CreatedDateFilter(TypedDict, total=False):
    AfterCreatedDate: T
    BeforeCreatedDate: T

class TargetCloseDateFilter(TypedDict, total=False):
    AfterTargetCloseDate: S
    BeforeTargetCloseDate: S

ListOpportunitiesParameters = TypedDict(
    "ListOpportunitiesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[OpportunitySort],
        "Sort.$": str,
        "LastModifiedDate": X[LastModifiedDate],
        "LastModifiedDate.$": str,
        "Identifier": L[Si],
        "Identifier.$": str,
        "LifeCycleStage": L[Si],
        "LifeCycleStage.$": str,
        "LifeCycleReviewStatus": L[Si],
        "LifeCycleReviewStatus.$": str,
        "CustomerCompanyName": L[Si],
        "CustomerCompanyName.$": str,
        "CreatedDate": X[CreatedDateFilter],
        "CreatedDate.$": str,
        "TargetCloseDate": X[TargetCloseDateFilter],
        "TargetCloseDate.$": str,
    },
    total=False,
)
ListOpportunityBulkJobResultsParameters = TypedDict(
    "ListOpportunityBulkJobResultsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "JobId": S,
        "JobId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListOpportunityBulkJobsParameters = TypedDict(
    "ListOpportunityBulkJobsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "JobId": S,
        "JobId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListOpportunityFromEngagementTasksParameters = TypedDict(
    "ListOpportunityFromEngagementTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[ListTasksSortBase],
        "Sort.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "TaskStatus": L[Si],
        "TaskStatus.$": str,
        "TaskIdentifier": L[Si],
        "TaskIdentifier.$": str,
        "OpportunityIdentifier": L[Si],
        "OpportunityIdentifier.$": str,
        "EngagementIdentifier": L[Si],
        "EngagementIdentifier.$": str,
        "ContextIdentifier": L[Si],
        "ContextIdentifier.$": str,
    },
    total=False,
)

class ProspectingFromEngagementTaskSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListProspectingFromEngagementTasksParameters = TypedDict(
    "ListProspectingFromEngagementTasksParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TaskIdentifier": L[Si],
        "TaskIdentifier.$": str,
        "TaskName": L[Si],
        "TaskName.$": str,
        "StartAfter": T,
        "StartAfter.$": str,
        "StartBefore": T,
        "StartBefore.$": str,
        "Sort": X[ProspectingFromEngagementTaskSort],
        "Sort.$": str,
    },
    total=False,
)

class SortObject(TypedDict, total=False):
    SortBy: S
    SortOrder: S

ListResourceSnapshotJobsParameters = TypedDict(
    "ListResourceSnapshotJobsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "Sort": X[SortObject],
        "Sort.$": str,
    },
    total=False,
)
ListResourceSnapshotsParameters = TypedDict(
    "ListResourceSnapshotsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceSnapshotTemplateIdentifier": S,
        "ResourceSnapshotTemplateIdentifier.$": str,
        "CreatedBy": S,
        "CreatedBy.$": str,
    },
    total=False,
)

class SolutionSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListSolutionsParameters = TypedDict(
    "ListSolutionsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": X[SolutionSort],
        "Sort.$": str,
        "Status": L[Si],
        "Status.$": str,
        "Identifier": L[Si],
        "Identifier.$": str,
        "Category": L[Si],
        "Category.$": str,
        "AwsMarketplaceSolutionArn": L[Si],
        "AwsMarketplaceSolutionArn.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutSellingSystemSettingsParameters = TypedDict(
    "PutSellingSystemSettingsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ResourceSnapshotJobRoleIdentifier": S,
        "ResourceSnapshotJobRoleIdentifier.$": str,
    },
    total=False,
)
RejectEngagementInvitationParameters = TypedDict(
    "RejectEngagementInvitationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "RejectionReason": S,
        "RejectionReason.$": str,
    },
    total=False,
)

class CustomerAccountSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

SearchCustomerAccountsParameters = TypedDict(
    "SearchCustomerAccountsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Filter": X[Filter],
        "Filter.$": str,
        "Sort": X[CustomerAccountSort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class EngagementSearchFilterValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DateValue: T

class EngagementSearchPredicate(TypedDict, total=False):
    Key: S
    Value: X[EngagementSearchFilterValue]

class EngagementSearchFilter(TypedDict, total=False):
    AndAllFilters: L[Xi[EngagementSearchFilter]]
    OrAllFilters: L[Xi[EngagementSearchFilter]]
    NotFilter: X[EngagementSearchFilter]
    EqualsTo: X[EngagementSearchPredicate]
    ContainsAny: X[EngagementSearchPredicate]
    ContainsAll: X[EngagementSearchPredicate]
    GreaterThan: X[EngagementSearchPredicate]
    GreaterThanOrEquals: X[EngagementSearchPredicate]
    LessThan: X[EngagementSearchPredicate]
    LessThanOrEquals: X[EngagementSearchPredicate]

class EngagementSearchSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

SearchEngagementsParameters = TypedDict(
    "SearchEngagementsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Keyword": S,
        "Keyword.$": str,
        "Filter": X[EngagementSearchFilter],
        "Filter.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Sort": X[EngagementSearchSort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpportunitySearchFilterValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DoubleValue: F
    DateValue: T

class OpportunitySearchPredicate(TypedDict, total=False):
    Key: S
    Value: X[OpportunitySearchFilterValue]

class OpportunitySearchFilter(TypedDict, total=False):
    AndAllFilters: L[Xi[OpportunitySearchFilter]]
    OrAllFilters: L[Xi[OpportunitySearchFilter]]
    NotFilter: X[OpportunitySearchFilter]
    EqualsTo: X[OpportunitySearchPredicate]
    ContainsAny: X[OpportunitySearchPredicate]
    ContainsAll: X[OpportunitySearchPredicate]
    GreaterThan: X[OpportunitySearchPredicate]
    GreaterThanOrEquals: X[OpportunitySearchPredicate]
    LessThan: X[OpportunitySearchPredicate]
    LessThanOrEquals: X[OpportunitySearchPredicate]

class OpportunitySearchSort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

SearchOpportunitiesParameters = TypedDict(
    "SearchOpportunitiesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Keyword": S,
        "Keyword.$": str,
        "Filter": X[OpportunitySearchFilter],
        "Filter.$": str,
        "Sort": X[OpportunitySearchSort],
        "Sort.$": str,
    },
    total=False,
)
StartCustomerAccountBulkJobParameters = TypedDict(
    "StartCustomerAccountBulkJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FileUri": S,
        "FileUri.$": str,
    },
    total=False,
)
StartEngagementByAcceptingInvitationTaskParameters = TypedDict(
    "StartEngagementByAcceptingInvitationTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AwsSubmission(TypedDict, total=False):
    InvolvementType: S
    Visibility: S

StartEngagementFromOpportunityTaskParameters = TypedDict(
    "StartEngagementFromOpportunityTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AwsSubmission": X[AwsSubmission],
        "AwsSubmission.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartOpportunityBulkJobParameters = TypedDict(
    "StartOpportunityBulkJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FileURI": S,
        "FileURI.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
    },
    total=False,
)
StartOpportunityFromEngagementTaskParameters = TypedDict(
    "StartOpportunityFromEngagementTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ContextIdentifier": S,
        "ContextIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartProspectingFromEngagementTaskParameters = TypedDict(
    "StartProspectingFromEngagementTaskParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifiers": L[Si],
        "Identifiers.$": str,
        "TaskName": S,
        "TaskName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartResourceSnapshotJobParameters = TypedDict(
    "StartResourceSnapshotJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ResourceSnapshotJobIdentifier": S,
        "ResourceSnapshotJobIdentifier.$": str,
    },
    total=False,
)
StopResourceSnapshotJobParameters = TypedDict(
    "StopResourceSnapshotJobParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ResourceSnapshotJobIdentifier": S,
        "ResourceSnapshotJobIdentifier.$": str,
    },
    total=False,
)
SubmitOpportunityParameters = TypedDict(
    "SubmitOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "InvolvementType": S,
        "InvolvementType.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCustomerAccountParameters = TypedDict(
    "UpdateCustomerAccountParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Account": X[CustomerAccountData],
        "Account.$": str,
        "PartnerAccountIdentifier": S,
        "PartnerAccountIdentifier.$": str,
        "LastModifiedDate": T,
        "LastModifiedDate.$": str,
    },
    total=False,
)

class UpdateLeadContext(TypedDict, total=False):
    QualificationStatus: S
    Customer: X[LeadCustomer]
    Interaction: X[LeadInteraction]
    Insights: X[LeadInsights]

class UpdateEngagementContextPayload(TypedDict, total=False):
    Lead: X[UpdateLeadContext]
    CustomerProject: X[CustomerProjectsContext]
    ProspectingResult: X[ProspectingResult]

UpdateEngagementContextParameters = TypedDict(
    "UpdateEngagementContextParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "EngagementIdentifier": S,
        "EngagementIdentifier.$": str,
        "ContextIdentifier": S,
        "ContextIdentifier.$": str,
        "EngagementLastModifiedAt": T,
        "EngagementLastModifiedAt.$": str,
        "Type": S,
        "Type.$": str,
        "Payload": X[UpdateEngagementContextPayload],
        "Payload.$": str,
    },
    total=False,
)
UpdateOpportunityParameters = TypedDict(
    "UpdateOpportunityParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "PrimaryNeedsFromAws": L[Si],
        "PrimaryNeedsFromAws.$": str,
        "NationalSecurity": S,
        "NationalSecurity.$": str,
        "PartnerOpportunityIdentifier": S,
        "PartnerOpportunityIdentifier.$": str,
        "Customer": X[Customer],
        "Customer.$": str,
        "Project": X[Project],
        "Project.$": str,
        "OpportunityType": S,
        "OpportunityType.$": str,
        "Marketing": X[Marketing],
        "Marketing.$": str,
        "SoftwareRevenue": X[SoftwareRevenue],
        "SoftwareRevenue.$": str,
        "LastModifiedDate": T,
        "LastModifiedDate.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "LifeCycle": X[LifeCycle],
        "LifeCycle.$": str,
    },
    total=False,
)
accept_engagement_invitation: Builder[AcceptEngagementInvitationParameters]
assign_opportunity: Builder[AssignOpportunityParameters]
associate_opportunity: Builder[AssociateOpportunityParameters]
create_customer_account: Builder[CreateCustomerAccountParameters]
create_engagement: Builder[CreateEngagementParameters]
create_engagement_context: Builder[CreateEngagementContextParameters]
create_engagement_invitation: Builder[CreateEngagementInvitationParameters]
create_opportunity: Builder[CreateOpportunityParameters]
create_resource_snapshot: Builder[CreateResourceSnapshotParameters]
create_resource_snapshot_job: Builder[CreateResourceSnapshotJobParameters]
delete_customer_account: Builder[DeleteCustomerAccountParameters]
delete_resource_snapshot_job: Builder[DeleteResourceSnapshotJobParameters]
disassociate_opportunity: Builder[DisassociateOpportunityParameters]
get_aws_opportunity_summary: Builder[GetAwsOpportunitySummaryParameters]
get_customer_account: Builder[GetCustomerAccountParameters]
get_customer_account_bulk_job: Builder[GetCustomerAccountBulkJobParameters]
get_customer_account_bulk_job_report_url: Builder[GetCustomerAccountBulkJobReportUrlParameters]
get_customer_account_statistics: Builder[GetCustomerAccountStatisticsParameters]
get_engagement: Builder[GetEngagementParameters]
get_engagement_invitation: Builder[GetEngagementInvitationParameters]
get_opportunity: Builder[GetOpportunityParameters]
get_opportunity_bulk_job_report_url: Builder[GetOpportunityBulkJobReportUrlParameters]
get_prospecting_from_engagement_task: Builder[GetProspectingFromEngagementTaskParameters]
get_resource_snapshot: Builder[GetResourceSnapshotParameters]
get_resource_snapshot_job: Builder[GetResourceSnapshotJobParameters]
get_selling_system_settings: Builder[GetSellingSystemSettingsParameters]
list_customer_account_bulk_job_results: Builder[ListCustomerAccountBulkJobResultsParameters]
list_customer_account_bulk_jobs: Builder[ListCustomerAccountBulkJobsParameters]
list_engagement_by_accepting_invitation_tasks: Builder[
    ListEngagementByAcceptingInvitationTasksParameters
]
list_engagement_from_opportunity_tasks: Builder[ListEngagementFromOpportunityTasksParameters]
list_engagement_groups: Builder[ListEngagementGroupsParameters]
list_engagement_invitations: Builder[ListEngagementInvitationsParameters]
list_engagement_members: Builder[ListEngagementMembersParameters]
list_engagement_resource_associations: Builder[ListEngagementResourceAssociationsParameters]
list_engagements: Builder[ListEngagementsParameters]
list_opportunities: Builder[ListOpportunitiesParameters]
list_opportunity_bulk_job_results: Builder[ListOpportunityBulkJobResultsParameters]
list_opportunity_bulk_jobs: Builder[ListOpportunityBulkJobsParameters]
list_opportunity_from_engagement_tasks: Builder[ListOpportunityFromEngagementTasksParameters]
list_prospecting_from_engagement_tasks: Builder[ListProspectingFromEngagementTasksParameters]
list_resource_snapshot_jobs: Builder[ListResourceSnapshotJobsParameters]
list_resource_snapshots: Builder[ListResourceSnapshotsParameters]
list_solutions: Builder[ListSolutionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_selling_system_settings: Builder[PutSellingSystemSettingsParameters]
reject_engagement_invitation: Builder[RejectEngagementInvitationParameters]
search_customer_accounts: Builder[SearchCustomerAccountsParameters]
search_engagements: Builder[SearchEngagementsParameters]
search_opportunities: Builder[SearchOpportunitiesParameters]
start_customer_account_bulk_job: Builder[StartCustomerAccountBulkJobParameters]
start_engagement_by_accepting_invitation_task: Builder[
    StartEngagementByAcceptingInvitationTaskParameters
]
start_engagement_from_opportunity_task: Builder[StartEngagementFromOpportunityTaskParameters]
start_opportunity_bulk_job: Builder[StartOpportunityBulkJobParameters]
start_opportunity_from_engagement_task: Builder[StartOpportunityFromEngagementTaskParameters]
start_prospecting_from_engagement_task: Builder[StartProspectingFromEngagementTaskParameters]
start_resource_snapshot_job: Builder[StartResourceSnapshotJobParameters]
stop_resource_snapshot_job: Builder[StopResourceSnapshotJobParameters]
submit_opportunity: Builder[SubmitOpportunityParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_customer_account: Builder[UpdateCustomerAccountParameters]
update_engagement_context: Builder[UpdateEngagementContextParameters]
update_opportunity: Builder[UpdateOpportunityParameters]

__all__ = [
    "accept_engagement_invitation",
    "assign_opportunity",
    "associate_opportunity",
    "create_customer_account",
    "create_engagement",
    "create_engagement_context",
    "create_engagement_invitation",
    "create_opportunity",
    "create_resource_snapshot",
    "create_resource_snapshot_job",
    "delete_customer_account",
    "delete_resource_snapshot_job",
    "disassociate_opportunity",
    "get_aws_opportunity_summary",
    "get_customer_account",
    "get_customer_account_bulk_job",
    "get_customer_account_bulk_job_report_url",
    "get_customer_account_statistics",
    "get_engagement",
    "get_engagement_invitation",
    "get_opportunity",
    "get_opportunity_bulk_job_report_url",
    "get_prospecting_from_engagement_task",
    "get_resource_snapshot",
    "get_resource_snapshot_job",
    "get_selling_system_settings",
    "list_customer_account_bulk_job_results",
    "list_customer_account_bulk_jobs",
    "list_engagement_by_accepting_invitation_tasks",
    "list_engagement_from_opportunity_tasks",
    "list_engagement_groups",
    "list_engagement_invitations",
    "list_engagement_members",
    "list_engagement_resource_associations",
    "list_engagements",
    "list_opportunities",
    "list_opportunity_bulk_job_results",
    "list_opportunity_bulk_jobs",
    "list_opportunity_from_engagement_tasks",
    "list_prospecting_from_engagement_tasks",
    "list_resource_snapshot_jobs",
    "list_resource_snapshots",
    "list_solutions",
    "list_tags_for_resource",
    "put_selling_system_settings",
    "reject_engagement_invitation",
    "search_customer_accounts",
    "search_engagements",
    "search_opportunities",
    "start_customer_account_bulk_job",
    "start_engagement_by_accepting_invitation_task",
    "start_engagement_from_opportunity_task",
    "start_opportunity_bulk_job",
    "start_opportunity_from_engagement_task",
    "start_prospecting_from_engagement_task",
    "start_resource_snapshot_job",
    "stop_resource_snapshot_job",
    "submit_opportunity",
    "tag_resource",
    "untag_resource",
    "update_customer_account",
    "update_engagement_context",
    "update_opportunity",
]
