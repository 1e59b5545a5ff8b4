"""Typed builders of the AWS SDK integration of assurance (``aws-sdk:assurance:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AcceptInvitationParameters = TypedDict(
    "AcceptInvitationParameters", {"EnvironmentArn": S, "EnvironmentArn.$": str}, total=False
)

class AssignmentScope(TypedDict, total=False):
    Type: S
    Id: S

AssignPermissionSetParameters = TypedDict(
    "AssignPermissionSetParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PermissionSetId": S,
        "PermissionSetId.$": str,
        "Scopes": L[Xi[AssignmentScope]],
        "Scopes.$": str,
    },
    total=False,
)

class CommentKey(TypedDict, total=False):
    Framework: S
    FrameworkVersion: S
    ControlId: S
    CommentId: S

BatchGetCommentParameters = TypedDict(
    "BatchGetCommentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Keys": L[Xi[CommentKey]],
        "Keys.$": str,
    },
    total=False,
)

class ControlKey(TypedDict, total=False):
    Framework: S
    FrameworkVersion: S
    ControlId: S

BatchGetControlParameters = TypedDict(
    "BatchGetControlParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "Keys": L[Xi[ControlKey]], "Keys.$": str},
    total=False,
)

class TaskKey(TypedDict, total=False):
    Framework: S
    FrameworkVersion: S
    ControlId: S
    TaskId: S

BatchGetTaskParameters = TypedDict(
    "BatchGetTaskParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Keys": L[Xi[TaskKey]],
        "Keys.$": str,
    },
    total=False,
)
ChatParameters = TypedDict(
    "ChatParameters",
    {
        "Message": S,
        "Message.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "ExpectedSequenceNumber": I,
        "ExpectedSequenceNumber.$": str,
    },
    total=False,
)
CreateCommentParameters = TypedDict(
    "CreateCommentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "Content": S,
        "Content.$": str,
    },
    total=False,
)

class Requirement(TypedDict, total=False):
    Id: S
    Description: S

CreateControlParameters = TypedDict(
    "CreateControlParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "ParentControlId": S,
        "ParentControlId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Requirements": L[Xi[Requirement]],
        "Requirements.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
        "ControlIntents": L[Si],
        "ControlIntents.$": str,
        "WorkflowType": S,
        "WorkflowType.$": str,
    },
    total=False,
)
CreateControlGroupParameters = TypedDict(
    "CreateControlGroupParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
    },
    total=False,
)

class IdentityStoreConfig(TypedDict, total=False):
    InstanceArn: S
    IdentityCenterRole: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Description": S,
        "Description.$": str,
        "DomainPrefix": S,
        "DomainPrefix.$": str,
        "OperatorRole": S,
        "OperatorRole.$": str,
        "IdentityStore": X[IdentityStoreConfig],
        "IdentityStore.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "EnvironmentScope": S,
        "EnvironmentScope.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class S3ConnectionConfig(TypedDict, total=False):
    SourceUri: S
    ExpectedBucketOwner: S

class GitHubConnectionConfig(TypedDict, total=False):
    Account: S

class SharePointConnectionConfig(TypedDict, total=False):
    TenantId: S
    Sites: L[Si]

class ConnectionProviderConfig(TypedDict, total=False):
    S3: X[S3ConnectionConfig]
    Github: X[GitHubConnectionConfig]
    Sharepoint: X[SharePointConnectionConfig]

CreateEnvironmentConnectionParameters = TypedDict(
    "CreateEnvironmentConnectionParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "ProviderConfig": X[ConnectionProviderConfig],
        "ProviderConfig.$": str,
    },
    total=False,
)
CreateFrameworkParameters = TypedDict(
    "CreateFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateInvitationParameters = TypedDict(
    "CreateInvitationParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "InviteeAccountId": S,
        "InviteeAccountId.$": str,
    },
    total=False,
)
CreatePermissionSetParameters = TypedDict(
    "CreatePermissionSetParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
    },
    total=False,
)
CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "ResourceFilters": L[Si],
        "ResourceFilters.$": str,
    },
    total=False,
)
DeleteCommentParameters = TypedDict(
    "DeleteCommentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "CommentId": S,
        "CommentId.$": str,
    },
    total=False,
)
DeleteControlParameters = TypedDict(
    "DeleteControlParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
    },
    total=False,
)
DeleteControlGroupParameters = TypedDict(
    "DeleteControlGroupParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
    },
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"EnvironmentArn": S, "EnvironmentArn.$": str}, total=False
)

class S3ConnectionKey(TypedDict, total=False):
    SourceUri: S

class GitHubConnectionKey(TypedDict, total=False):
    Account: S

class SharePointConnectionKey(TypedDict, total=False):
    TenantId: S

class ConnectionProviderKey(TypedDict, total=False):
    S3: X[S3ConnectionKey]
    Github: X[GitHubConnectionKey]
    Sharepoint: X[SharePointConnectionKey]

DeleteEnvironmentConnectionParameters = TypedDict(
    "DeleteEnvironmentConnectionParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ProviderConfig": X[ConnectionProviderKey],
        "ProviderConfig.$": str,
    },
    total=False,
)
DeleteEvidenceParameters = TypedDict(
    "DeleteEvidenceParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "Project": S,
        "Project.$": str,
    },
    total=False,
)
DeleteFrameworkParameters = TypedDict(
    "DeleteFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
    },
    total=False,
)
DeleteInvitationParameters = TypedDict(
    "DeleteInvitationParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "InviteeAccountId": S,
        "InviteeAccountId.$": str,
    },
    total=False,
)
DeletePermissionSetParameters = TypedDict(
    "DeletePermissionSetParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "PermissionSetId": S, "PermissionSetId.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "Project": S, "Project.$": str},
    total=False,
)
DeregisterOrganizationDelegatedAdminParameters = TypedDict(
    "DeregisterOrganizationDelegatedAdminParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
DisableFrameworkParameters = TypedDict(
    "DisableFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "Project": S,
        "Project.$": str,
    },
    total=False,
)
EnableFrameworkParameters = TypedDict(
    "EnableFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "Project": S,
        "Project.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "AssessmentMode": S,
        "AssessmentMode.$": str,
    },
    total=False,
)
GetAnnotationParameters = TypedDict(
    "GetAnnotationParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "EvidenceVersion": I,
        "EvidenceVersion.$": str,
    },
    total=False,
)
GetAssessmentParameters = TypedDict(
    "GetAssessmentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Project": S,
        "Project.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
    },
    total=False,
)
GetAssessmentReportContentParameters = TypedDict(
    "GetAssessmentReportContentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "ExportId": S,
        "ExportId.$": str,
    },
    total=False,
)
GetAssessmentReportExportParameters = TypedDict(
    "GetAssessmentReportExportParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "ExportId": S,
        "ExportId.$": str,
    },
    total=False,
)
GetChatMessagesParameters = TypedDict(
    "GetChatMessagesParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCommentParameters = TypedDict(
    "GetCommentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "CommentId": S,
        "CommentId.$": str,
    },
    total=False,
)
GetControlParameters = TypedDict(
    "GetControlParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
    },
    total=False,
)
GetControlGroupParameters = TypedDict(
    "GetControlGroupParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
    },
    total=False,
)
GetControlStatusParameters = TypedDict(
    "GetControlStatusParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
    },
    total=False,
)

class EnvironmentLookup(TypedDict, total=False):
    EnvironmentArn: S
    Domain: S

GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"Lookup": X[EnvironmentLookup], "Lookup.$": str}, total=False
)
GetEvidenceParameters = TypedDict(
    "GetEvidenceParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "EvidenceVersion": I,
        "EvidenceVersion.$": str,
        "Project": S,
        "Project.$": str,
    },
    total=False,
)
GetEvidenceContentParameters = TypedDict(
    "GetEvidenceContentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "EvidenceVersion": I,
        "EvidenceVersion.$": str,
        "Project": S,
        "Project.$": str,
    },
    total=False,
)
GetFrameworkParameters = TypedDict(
    "GetFrameworkParameters",
    {
        "Framework": S,
        "Framework.$": str,
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
    },
    total=False,
)
GetInvitationParameters = TypedDict(
    "GetInvitationParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "InviteeAccountId": S,
        "InviteeAccountId.$": str,
    },
    total=False,
)
GetPermissionSetParameters = TypedDict(
    "GetPermissionSetParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "PermissionSetId": S, "PermissionSetId.$": str},
    total=False,
)
GetProjectParameters = TypedDict(
    "GetProjectParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "Project": S, "Project.$": str},
    total=False,
)
GetResourceActivitiesQueryResultsParameters = TypedDict(
    "GetResourceActivitiesQueryResultsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetTaskParameters = TypedDict(
    "GetTaskParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "TaskId": S,
        "TaskId.$": str,
    },
    total=False,
)
ListAssessmentAnnotationsParameters = TypedDict(
    "ListAssessmentAnnotationsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssessmentJournalRecordsParameters = TypedDict(
    "ListAssessmentJournalRecordsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssessmentOutcomesParameters = TypedDict(
    "ListAssessmentOutcomesParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "AggregationLevel": S,
        "AggregationLevel.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": S,
        "Period.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AssessmentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListAssessmentsParameters = TypedDict(
    "ListAssessmentsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Filters": L[Xi[AssessmentFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChatSessionsParameters = TypedDict(
    "ListChatSessionsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CommentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListCommentsParameters = TypedDict(
    "ListCommentsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Filters": L[Xi[CommentFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectionItemsParameters = TypedDict(
    "ListConnectionItemsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ProviderConfig": X[ConnectionProviderKey],
        "ProviderConfig.$": str,
        "ParentId": S,
        "ParentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListControlGroupsParameters = TypedDict(
    "ListControlGroupsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListControlResourcesParameters = TypedDict(
    "ListControlResourcesParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Project": S,
        "Project.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListControlsParameters = TypedDict(
    "ListControlsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlGroupId": S,
        "ControlGroupId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDiscoveredResourcesParameters = TypedDict(
    "ListDiscoveredResourcesParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class EnabledFrameworkFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListEnabledFrameworksParameters = TypedDict(
    "ListEnabledFrameworksParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Filters": L[Xi[EnabledFrameworkFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConnectionFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListEnvironmentConnectionsParameters = TypedDict(
    "ListEnvironmentConnectionsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Filters": L[Xi[ConnectionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class EvidenceFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListEvidenceParameters = TypedDict(
    "ListEvidenceParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Project": S,
        "Project.$": str,
        "Filters": L[Xi[EvidenceFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListEvidenceAnnotationsParameters = TypedDict(
    "ListEvidenceAnnotationsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "EvidenceVersion": I,
        "EvidenceVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFrameworksParameters = TypedDict(
    "ListFrameworksParameters",
    {
        "Type": S,
        "Type.$": str,
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInboundInvitationsParameters = TypedDict(
    "ListInboundInvitationsParameters",
    {
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOutboundInvitationsParameters = TypedDict(
    "ListOutboundInvitationsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPermissionSetAssignmentsParameters = TypedDict(
    "ListPermissionSetAssignmentsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPermissionSetsParameters = TypedDict(
    "ListPermissionSetsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
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
ListTaskHistoryParameters = TypedDict(
    "ListTaskHistoryParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TaskFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Filters": L[Xi[TaskFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PublishFrameworkParameters = TypedDict(
    "PublishFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
    },
    total=False,
)
PutControlStatusOverrideParameters = TypedDict(
    "PutControlStatusOverrideParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "RequirementId": S,
        "RequirementId.$": str,
        "Type": S,
        "Type.$": str,
        "Justification": S,
        "Justification.$": str,
    },
    total=False,
)

class ControlReference(TypedDict, total=False):
    Framework: S
    FrameworkVersion: S
    ControlId: S

PutEvidenceParameters = TypedDict(
    "PutEvidenceParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Content": S,
        "Content.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "ContentMIMEType": S,
        "ContentMIMEType.$": str,
        "Project": S,
        "Project.$": str,
        "Reference": S,
        "Reference.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ControlReferences": L[Xi[ControlReference]],
        "ControlReferences.$": str,
        "LinkMode": S,
        "LinkMode.$": str,
        "Purpose": S,
        "Purpose.$": str,
    },
    total=False,
)
RegisterOrganizationDelegatedAdminParameters = TypedDict(
    "RegisterOrganizationDelegatedAdminParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
RejectInvitationParameters = TypedDict(
    "RejectInvitationParameters", {"EnvironmentArn": S, "EnvironmentArn.$": str}, total=False
)
RevokePermissionSetParameters = TypedDict(
    "RevokePermissionSetParameters",
    {"EnvironmentArn": S, "EnvironmentArn.$": str, "AssignmentId": S, "AssignmentId.$": str},
    total=False,
)
StartAssessmentParameters = TypedDict(
    "StartAssessmentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Project": S,
        "Project.$": str,
        "Context": S,
        "Context.$": str,
    },
    total=False,
)
StartAssessmentReportExportParameters = TypedDict(
    "StartAssessmentReportExportParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlIds": L[Si],
        "ControlIds.$": str,
    },
    total=False,
)

class ResourceActivitiesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

StartResourceActivitiesQueryParameters = TypedDict(
    "StartResourceActivitiesQueryParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "ActorArn": S,
        "ActorArn.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "AggregationLevels": L[Si],
        "AggregationLevels.$": str,
        "Filters": L[Xi[ResourceActivitiesFilter]],
        "Filters.$": str,
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
UpdateCommentParameters = TypedDict(
    "UpdateCommentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "CommentId": S,
        "CommentId.$": str,
        "Content": S,
        "Content.$": str,
    },
    total=False,
)
UpdateControlParameters = TypedDict(
    "UpdateControlParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "ParentControlId": S,
        "ParentControlId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Requirements": L[Xi[Requirement]],
        "Requirements.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
        "ControlIntents": L[Si],
        "ControlIntents.$": str,
        "WorkflowType": S,
        "WorkflowType.$": str,
    },
    total=False,
)
UpdateControlGroupParameters = TypedDict(
    "UpdateControlGroupParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayOrder": I,
        "DisplayOrder.$": str,
    },
    total=False,
)

class IdentityStoreUpdate(TypedDict, total=False):
    Config: X[IdentityStoreConfig]
    Disabled: B

class OrganizationalUnitIdsUpdate(TypedDict, total=False):
    OrganizationalUnitIds: L[Si]
    Cleared: B

UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Description": S,
        "Description.$": str,
        "IdentityStore": X[IdentityStoreUpdate],
        "IdentityStore.$": str,
        "OperatorRole": S,
        "OperatorRole.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "EnvironmentScope": S,
        "EnvironmentScope.$": str,
        "OrganizationalUnitIds": X[OrganizationalUnitIdsUpdate],
        "OrganizationalUnitIds.$": str,
    },
    total=False,
)
UpdateEvidenceParameters = TypedDict(
    "UpdateEvidenceParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "AddControlReferenceLinks": L[Xi[ControlReference]],
        "AddControlReferenceLinks.$": str,
        "RemoveControlReferenceLinks": L[Xi[ControlReference]],
        "RemoveControlReferenceLinks.$": str,
        "LinkMode": S,
        "LinkMode.$": str,
    },
    total=False,
)
UpdateFrameworkParameters = TypedDict(
    "UpdateFrameworkParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdatePermissionSetParameters = TypedDict(
    "UpdatePermissionSetParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "PermissionSetId": S,
        "PermissionSetId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "ResourceFilters": L[Si],
        "ResourceFilters.$": str,
    },
    total=False,
)
UpdateTaskParameters = TypedDict(
    "UpdateTaskParameters",
    {
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "Project": S,
        "Project.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "Status": S,
        "Status.$": str,
        "DueAt": T,
        "DueAt.$": str,
        "Priority": S,
        "Priority.$": str,
    },
    total=False,
)
accept_invitation: Builder[AcceptInvitationParameters]
assign_permission_set: Builder[AssignPermissionSetParameters]
batch_get_comment: Builder[BatchGetCommentParameters]
batch_get_control: Builder[BatchGetControlParameters]
batch_get_task: Builder[BatchGetTaskParameters]
chat: Builder[ChatParameters]
create_comment: Builder[CreateCommentParameters]
create_control: Builder[CreateControlParameters]
create_control_group: Builder[CreateControlGroupParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_environment_connection: Builder[CreateEnvironmentConnectionParameters]
create_framework: Builder[CreateFrameworkParameters]
create_invitation: Builder[CreateInvitationParameters]
create_permission_set: Builder[CreatePermissionSetParameters]
create_project: Builder[CreateProjectParameters]
delete_comment: Builder[DeleteCommentParameters]
delete_control: Builder[DeleteControlParameters]
delete_control_group: Builder[DeleteControlGroupParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_connection: Builder[DeleteEnvironmentConnectionParameters]
delete_evidence: Builder[DeleteEvidenceParameters]
delete_framework: Builder[DeleteFrameworkParameters]
delete_invitation: Builder[DeleteInvitationParameters]
delete_permission_set: Builder[DeletePermissionSetParameters]
delete_project: Builder[DeleteProjectParameters]
deregister_organization_delegated_admin: Builder[DeregisterOrganizationDelegatedAdminParameters]
disable_framework: Builder[DisableFrameworkParameters]
enable_framework: Builder[EnableFrameworkParameters]
get_annotation: Builder[GetAnnotationParameters]
get_assessment: Builder[GetAssessmentParameters]
get_assessment_report_content: Builder[GetAssessmentReportContentParameters]
get_assessment_report_export: Builder[GetAssessmentReportExportParameters]
get_chat_messages: Builder[GetChatMessagesParameters]
get_comment: Builder[GetCommentParameters]
get_control: Builder[GetControlParameters]
get_control_group: Builder[GetControlGroupParameters]
get_control_status: Builder[GetControlStatusParameters]
get_environment: Builder[GetEnvironmentParameters]
get_evidence: Builder[GetEvidenceParameters]
get_evidence_content: Builder[GetEvidenceContentParameters]
get_framework: Builder[GetFrameworkParameters]
get_invitation: Builder[GetInvitationParameters]
get_permission_set: Builder[GetPermissionSetParameters]
get_project: Builder[GetProjectParameters]
get_resource_activities_query_results: Builder[GetResourceActivitiesQueryResultsParameters]
get_task: Builder[GetTaskParameters]
list_assessment_annotations: Builder[ListAssessmentAnnotationsParameters]
list_assessment_journal_records: Builder[ListAssessmentJournalRecordsParameters]
list_assessment_outcomes: Builder[ListAssessmentOutcomesParameters]
list_assessments: Builder[ListAssessmentsParameters]
list_chat_sessions: Builder[ListChatSessionsParameters]
list_comments: Builder[ListCommentsParameters]
list_connection_items: Builder[ListConnectionItemsParameters]
list_control_groups: Builder[ListControlGroupsParameters]
list_control_resources: Builder[ListControlResourcesParameters]
list_controls: Builder[ListControlsParameters]
list_discovered_resources: Builder[ListDiscoveredResourcesParameters]
list_enabled_frameworks: Builder[ListEnabledFrameworksParameters]
list_environment_connections: Builder[ListEnvironmentConnectionsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_evidence: Builder[ListEvidenceParameters]
list_evidence_annotations: Builder[ListEvidenceAnnotationsParameters]
list_frameworks: Builder[ListFrameworksParameters]
list_inbound_invitations: Builder[ListInboundInvitationsParameters]
list_outbound_invitations: Builder[ListOutboundInvitationsParameters]
list_permission_set_assignments: Builder[ListPermissionSetAssignmentsParameters]
list_permission_sets: Builder[ListPermissionSetsParameters]
list_projects: Builder[ListProjectsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_task_history: Builder[ListTaskHistoryParameters]
list_tasks: Builder[ListTasksParameters]
publish_framework: Builder[PublishFrameworkParameters]
put_control_status_override: Builder[PutControlStatusOverrideParameters]
put_evidence: Builder[PutEvidenceParameters]
register_organization_delegated_admin: Builder[RegisterOrganizationDelegatedAdminParameters]
reject_invitation: Builder[RejectInvitationParameters]
revoke_permission_set: Builder[RevokePermissionSetParameters]
start_assessment: Builder[StartAssessmentParameters]
start_assessment_report_export: Builder[StartAssessmentReportExportParameters]
start_resource_activities_query: Builder[StartResourceActivitiesQueryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_comment: Builder[UpdateCommentParameters]
update_control: Builder[UpdateControlParameters]
update_control_group: Builder[UpdateControlGroupParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_evidence: Builder[UpdateEvidenceParameters]
update_framework: Builder[UpdateFrameworkParameters]
update_permission_set: Builder[UpdatePermissionSetParameters]
update_project: Builder[UpdateProjectParameters]
update_task: Builder[UpdateTaskParameters]

__all__ = [
    "accept_invitation",
    "assign_permission_set",
    "batch_get_comment",
    "batch_get_control",
    "batch_get_task",
    "chat",
    "create_comment",
    "create_control",
    "create_control_group",
    "create_environment",
    "create_environment_connection",
    "create_framework",
    "create_invitation",
    "create_permission_set",
    "create_project",
    "delete_comment",
    "delete_control",
    "delete_control_group",
    "delete_environment",
    "delete_environment_connection",
    "delete_evidence",
    "delete_framework",
    "delete_invitation",
    "delete_permission_set",
    "delete_project",
    "deregister_organization_delegated_admin",
    "disable_framework",
    "enable_framework",
    "get_annotation",
    "get_assessment",
    "get_assessment_report_content",
    "get_assessment_report_export",
    "get_chat_messages",
    "get_comment",
    "get_control",
    "get_control_group",
    "get_control_status",
    "get_environment",
    "get_evidence",
    "get_evidence_content",
    "get_framework",
    "get_invitation",
    "get_permission_set",
    "get_project",
    "get_resource_activities_query_results",
    "get_task",
    "list_assessment_annotations",
    "list_assessment_journal_records",
    "list_assessment_outcomes",
    "list_assessments",
    "list_chat_sessions",
    "list_comments",
    "list_connection_items",
    "list_control_groups",
    "list_control_resources",
    "list_controls",
    "list_discovered_resources",
    "list_enabled_frameworks",
    "list_environment_connections",
    "list_environments",
    "list_evidence",
    "list_evidence_annotations",
    "list_frameworks",
    "list_inbound_invitations",
    "list_outbound_invitations",
    "list_permission_set_assignments",
    "list_permission_sets",
    "list_projects",
    "list_tags_for_resource",
    "list_task_history",
    "list_tasks",
    "publish_framework",
    "put_control_status_override",
    "put_evidence",
    "register_organization_delegated_admin",
    "reject_invitation",
    "revoke_permission_set",
    "start_assessment",
    "start_assessment_report_export",
    "start_resource_activities_query",
    "tag_resource",
    "untag_resource",
    "update_comment",
    "update_control",
    "update_control_group",
    "update_environment",
    "update_evidence",
    "update_framework",
    "update_permission_set",
    "update_project",
    "update_task",
]
