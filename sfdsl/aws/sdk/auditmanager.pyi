"""Typed builders of the AWS SDK integration of auditmanager (``aws-sdk:auditmanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateAssessmentReportEvidenceFolderParameters = TypedDict(
    "AssociateAssessmentReportEvidenceFolderParameters",
    {"AssessmentId": S, "AssessmentId.$": str, "EvidenceFolderId": S, "EvidenceFolderId.$": str},
    total=False,
)
BatchAssociateAssessmentReportEvidenceParameters = TypedDict(
    "BatchAssociateAssessmentReportEvidenceParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "EvidenceFolderId": S,
        "EvidenceFolderId.$": str,
        "EvidenceIds": L[Si],
        "EvidenceIds.$": str,
    },
    total=False,
)

class CreateDelegationRequest(TypedDict, total=False):
    Comment: S
    ControlSetId: S
    RoleArn: S
    RoleType: S

BatchCreateDelegationByAssessmentParameters = TypedDict(
    "BatchCreateDelegationByAssessmentParameters",
    {
        "CreateDelegationRequests": L[Xi[CreateDelegationRequest]],
        "CreateDelegationRequests.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
    },
    total=False,
)
BatchDeleteDelegationByAssessmentParameters = TypedDict(
    "BatchDeleteDelegationByAssessmentParameters",
    {"DelegationIds": L[Si], "DelegationIds.$": str, "AssessmentId": S, "AssessmentId.$": str},
    total=False,
)
BatchDisassociateAssessmentReportEvidenceParameters = TypedDict(
    "BatchDisassociateAssessmentReportEvidenceParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "EvidenceFolderId": S,
        "EvidenceFolderId.$": str,
        "EvidenceIds": L[Si],
        "EvidenceIds.$": str,
    },
    total=False,
)

class ManualEvidence(TypedDict, total=False):
    S3ResourcePath: S
    TextResponse: S
    EvidenceFileName: S

BatchImportEvidenceToAssessmentControlParameters = TypedDict(
    "BatchImportEvidenceToAssessmentControlParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "ManualEvidence": L[Xi[ManualEvidence]],
        "ManualEvidence.$": str,
    },
    total=False,
)

class AssessmentReportsDestination(TypedDict, total=False):
    DestinationType: S
    Destination: S

class AWSAccount(TypedDict, total=False):
    Id: S
    EmailAddress: S
    Name: S

class AWSService(TypedDict, total=False):
    ServiceName: S

class Scope(TypedDict, total=False):
    AwsAccounts: L[Xi[AWSAccount]]
    AwsServices: L[Xi[AWSService]]

class Role(TypedDict, total=False):
    RoleType: S
    RoleArn: S

CreateAssessmentParameters = TypedDict(
    "CreateAssessmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AssessmentReportsDestination": X[AssessmentReportsDestination],
        "AssessmentReportsDestination.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "Roles": L[Xi[Role]],
        "Roles.$": str,
        "FrameworkId": S,
        "FrameworkId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CreateAssessmentFrameworkControl(TypedDict, total=False):
    Id: S

class CreateAssessmentFrameworkControlSet(TypedDict, total=False):
    Name: S
    Controls: L[Xi[CreateAssessmentFrameworkControl]]

CreateAssessmentFrameworkParameters = TypedDict(
    "CreateAssessmentFrameworkParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ComplianceType": S,
        "ComplianceType.$": str,
        "ControlSets": L[Xi[CreateAssessmentFrameworkControlSet]],
        "ControlSets.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAssessmentReportParameters = TypedDict(
    "CreateAssessmentReportParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
    },
    total=False,
)

class SourceKeyword(TypedDict, total=False):
    KeywordInputType: S
    KeywordValue: S

class CreateControlMappingSource(TypedDict, total=False):
    SourceName: S
    SourceDescription: S
    SourceSetUpOption: S
    SourceType: S
    SourceKeyword: X[SourceKeyword]
    SourceFrequency: S
    TroubleshootingText: S

CreateControlParameters = TypedDict(
    "CreateControlParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TestingInformation": S,
        "TestingInformation.$": str,
        "ActionPlanTitle": S,
        "ActionPlanTitle.$": str,
        "ActionPlanInstructions": S,
        "ActionPlanInstructions.$": str,
        "ControlMappingSources": L[Xi[CreateControlMappingSource]],
        "ControlMappingSources.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAssessmentParameters = TypedDict(
    "DeleteAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)
DeleteAssessmentFrameworkParameters = TypedDict(
    "DeleteAssessmentFrameworkParameters", {"FrameworkId": S, "FrameworkId.$": str}, total=False
)
DeleteAssessmentFrameworkShareParameters = TypedDict(
    "DeleteAssessmentFrameworkShareParameters",
    {"RequestId": S, "RequestId.$": str, "RequestType": S, "RequestType.$": str},
    total=False,
)
DeleteAssessmentReportParameters = TypedDict(
    "DeleteAssessmentReportParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "AssessmentReportId": S,
        "AssessmentReportId.$": str,
    },
    total=False,
)
DeleteControlParameters = TypedDict(
    "DeleteControlParameters", {"ControlId": S, "ControlId.$": str}, total=False
)

class DeregisterAccountParameters(TypedDict, total=False): ...

DeregisterOrganizationAdminAccountParameters = TypedDict(
    "DeregisterOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str},
    total=False,
)
DisassociateAssessmentReportEvidenceFolderParameters = TypedDict(
    "DisassociateAssessmentReportEvidenceFolderParameters",
    {"AssessmentId": S, "AssessmentId.$": str, "EvidenceFolderId": S, "EvidenceFolderId.$": str},
    total=False,
)

class GetAccountStatusParameters(TypedDict, total=False): ...

GetAssessmentParameters = TypedDict(
    "GetAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)
GetAssessmentFrameworkParameters = TypedDict(
    "GetAssessmentFrameworkParameters", {"FrameworkId": S, "FrameworkId.$": str}, total=False
)
GetAssessmentReportUrlParameters = TypedDict(
    "GetAssessmentReportUrlParameters",
    {
        "AssessmentReportId": S,
        "AssessmentReportId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
    },
    total=False,
)
GetChangeLogsParameters = TypedDict(
    "GetChangeLogsParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetControlParameters = TypedDict(
    "GetControlParameters", {"ControlId": S, "ControlId.$": str}, total=False
)
GetDelegationsParameters = TypedDict(
    "GetDelegationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
GetEvidenceParameters = TypedDict(
    "GetEvidenceParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "EvidenceFolderId": S,
        "EvidenceFolderId.$": str,
        "EvidenceId": S,
        "EvidenceId.$": str,
    },
    total=False,
)
GetEvidenceByEvidenceFolderParameters = TypedDict(
    "GetEvidenceByEvidenceFolderParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "EvidenceFolderId": S,
        "EvidenceFolderId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetEvidenceFileUploadUrlParameters = TypedDict(
    "GetEvidenceFileUploadUrlParameters", {"FileName": S, "FileName.$": str}, total=False
)
GetEvidenceFolderParameters = TypedDict(
    "GetEvidenceFolderParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "EvidenceFolderId": S,
        "EvidenceFolderId.$": str,
    },
    total=False,
)
GetEvidenceFoldersByAssessmentParameters = TypedDict(
    "GetEvidenceFoldersByAssessmentParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetEvidenceFoldersByAssessmentControlParameters = TypedDict(
    "GetEvidenceFoldersByAssessmentControlParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GetInsightsParameters(TypedDict, total=False): ...

GetInsightsByAssessmentParameters = TypedDict(
    "GetInsightsByAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)

class GetOrganizationAdminAccountParameters(TypedDict, total=False): ...
class GetServicesInScopeParameters(TypedDict, total=False): ...

GetSettingsParameters = TypedDict(
    "GetSettingsParameters", {"Attribute": S, "Attribute.$": str}, total=False
)
ListAssessmentControlInsightsByControlDomainParameters = TypedDict(
    "ListAssessmentControlInsightsByControlDomainParameters",
    {
        "ControlDomainId": S,
        "ControlDomainId.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssessmentFrameworkShareRequestsParameters = TypedDict(
    "ListAssessmentFrameworkShareRequestsParameters",
    {
        "RequestType": S,
        "RequestType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssessmentFrameworksParameters = TypedDict(
    "ListAssessmentFrameworksParameters",
    {
        "FrameworkType": S,
        "FrameworkType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssessmentReportsParameters = TypedDict(
    "ListAssessmentReportsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAssessmentsParameters = TypedDict(
    "ListAssessmentsParameters",
    {
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListControlDomainInsightsParameters = TypedDict(
    "ListControlDomainInsightsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListControlDomainInsightsByAssessmentParameters = TypedDict(
    "ListControlDomainInsightsByAssessmentParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListControlInsightsByControlDomainParameters = TypedDict(
    "ListControlInsightsByControlDomainParameters",
    {
        "ControlDomainId": S,
        "ControlDomainId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListControlsParameters = TypedDict(
    "ListControlsParameters",
    {
        "ControlType": S,
        "ControlType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ControlCatalogId": S,
        "ControlCatalogId.$": str,
    },
    total=False,
)
ListKeywordsForDataSourceParameters = TypedDict(
    "ListKeywordsForDataSourceParameters",
    {
        "Source": S,
        "Source.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNotificationsParameters = TypedDict(
    "ListNotificationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterAccountParameters = TypedDict(
    "RegisterAccountParameters",
    {"KmsKey": S, "KmsKey.$": str, "DelegatedAdminAccount": S, "DelegatedAdminAccount.$": str},
    total=False,
)
RegisterOrganizationAdminAccountParameters = TypedDict(
    "RegisterOrganizationAdminAccountParameters",
    {"AdminAccountId": S, "AdminAccountId.$": str},
    total=False,
)
StartAssessmentFrameworkShareParameters = TypedDict(
    "StartAssessmentFrameworkShareParameters",
    {
        "FrameworkId": S,
        "FrameworkId.$": str,
        "DestinationAccount": S,
        "DestinationAccount.$": str,
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "Comment": S,
        "Comment.$": str,
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
UpdateAssessmentParameters = TypedDict(
    "UpdateAssessmentParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "AssessmentName": S,
        "AssessmentName.$": str,
        "AssessmentDescription": S,
        "AssessmentDescription.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "AssessmentReportsDestination": X[AssessmentReportsDestination],
        "AssessmentReportsDestination.$": str,
        "Roles": L[Xi[Role]],
        "Roles.$": str,
    },
    total=False,
)
UpdateAssessmentControlParameters = TypedDict(
    "UpdateAssessmentControlParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "ControlId": S,
        "ControlId.$": str,
        "ControlStatus": S,
        "ControlStatus.$": str,
        "CommentBody": S,
        "CommentBody.$": str,
    },
    total=False,
)
UpdateAssessmentControlSetStatusParameters = TypedDict(
    "UpdateAssessmentControlSetStatusParameters",
    {
        "AssessmentId": S,
        "AssessmentId.$": str,
        "ControlSetId": S,
        "ControlSetId.$": str,
        "Status": S,
        "Status.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)

class UpdateAssessmentFrameworkControlSet(TypedDict, total=False):
    Id: S
    Name: S
    Controls: L[Xi[CreateAssessmentFrameworkControl]]

UpdateAssessmentFrameworkParameters = TypedDict(
    "UpdateAssessmentFrameworkParameters",
    {
        "FrameworkId": S,
        "FrameworkId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ComplianceType": S,
        "ComplianceType.$": str,
        "ControlSets": L[Xi[UpdateAssessmentFrameworkControlSet]],
        "ControlSets.$": str,
    },
    total=False,
)
UpdateAssessmentFrameworkShareParameters = TypedDict(
    "UpdateAssessmentFrameworkShareParameters",
    {
        "RequestId": S,
        "RequestId.$": str,
        "RequestType": S,
        "RequestType.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)
UpdateAssessmentStatusParameters = TypedDict(
    "UpdateAssessmentStatusParameters",
    {"AssessmentId": S, "AssessmentId.$": str, "Status": S, "Status.$": str},
    total=False,
)

class ControlMappingSource(TypedDict, total=False):
    SourceId: S
    SourceName: S
    SourceDescription: S
    SourceSetUpOption: S
    SourceType: S
    SourceKeyword: X[SourceKeyword]
    SourceFrequency: S
    TroubleshootingText: S

UpdateControlParameters = TypedDict(
    "UpdateControlParameters",
    {
        "ControlId": S,
        "ControlId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TestingInformation": S,
        "TestingInformation.$": str,
        "ActionPlanTitle": S,
        "ActionPlanTitle.$": str,
        "ActionPlanInstructions": S,
        "ActionPlanInstructions.$": str,
        "ControlMappingSources": L[Xi[ControlMappingSource]],
        "ControlMappingSources.$": str,
    },
    total=False,
)

class DeregistrationPolicy(TypedDict, total=False):
    DeleteResources: S

class DefaultExportDestination(TypedDict, total=False):
    DestinationType: S
    Destination: S

UpdateSettingsParameters = TypedDict(
    "UpdateSettingsParameters",
    {
        "SnsTopic": S,
        "SnsTopic.$": str,
        "DefaultAssessmentReportsDestination": X[AssessmentReportsDestination],
        "DefaultAssessmentReportsDestination.$": str,
        "DefaultProcessOwners": L[Xi[Role]],
        "DefaultProcessOwners.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "EvidenceFinderEnabled": B,
        "EvidenceFinderEnabled.$": str,
        "DeregistrationPolicy": X[DeregistrationPolicy],
        "DeregistrationPolicy.$": str,
        "DefaultExportDestination": X[DefaultExportDestination],
        "DefaultExportDestination.$": str,
    },
    total=False,
)
ValidateAssessmentReportIntegrityParameters = TypedDict(
    "ValidateAssessmentReportIntegrityParameters",
    {"S3RelativePath": S, "S3RelativePath.$": str},
    total=False,
)
associate_assessment_report_evidence_folder: Builder[
    AssociateAssessmentReportEvidenceFolderParameters
]
batch_associate_assessment_report_evidence: Builder[
    BatchAssociateAssessmentReportEvidenceParameters
]
batch_create_delegation_by_assessment: Builder[BatchCreateDelegationByAssessmentParameters]
batch_delete_delegation_by_assessment: Builder[BatchDeleteDelegationByAssessmentParameters]
batch_disassociate_assessment_report_evidence: Builder[
    BatchDisassociateAssessmentReportEvidenceParameters
]
batch_import_evidence_to_assessment_control: Builder[
    BatchImportEvidenceToAssessmentControlParameters
]
create_assessment: Builder[CreateAssessmentParameters]
create_assessment_framework: Builder[CreateAssessmentFrameworkParameters]
create_assessment_report: Builder[CreateAssessmentReportParameters]
create_control: Builder[CreateControlParameters]
delete_assessment: Builder[DeleteAssessmentParameters]
delete_assessment_framework: Builder[DeleteAssessmentFrameworkParameters]
delete_assessment_framework_share: Builder[DeleteAssessmentFrameworkShareParameters]
delete_assessment_report: Builder[DeleteAssessmentReportParameters]
delete_control: Builder[DeleteControlParameters]
deregister_account: Builder[DeregisterAccountParameters]
deregister_organization_admin_account: Builder[DeregisterOrganizationAdminAccountParameters]
disassociate_assessment_report_evidence_folder: Builder[
    DisassociateAssessmentReportEvidenceFolderParameters
]
get_account_status: Builder[GetAccountStatusParameters]
get_assessment: Builder[GetAssessmentParameters]
get_assessment_framework: Builder[GetAssessmentFrameworkParameters]
get_assessment_report_url: Builder[GetAssessmentReportUrlParameters]
get_change_logs: Builder[GetChangeLogsParameters]
get_control: Builder[GetControlParameters]
get_delegations: Builder[GetDelegationsParameters]
get_evidence: Builder[GetEvidenceParameters]
get_evidence_by_evidence_folder: Builder[GetEvidenceByEvidenceFolderParameters]
get_evidence_file_upload_url: Builder[GetEvidenceFileUploadUrlParameters]
get_evidence_folder: Builder[GetEvidenceFolderParameters]
get_evidence_folders_by_assessment: Builder[GetEvidenceFoldersByAssessmentParameters]
get_evidence_folders_by_assessment_control: Builder[GetEvidenceFoldersByAssessmentControlParameters]
get_insights: Builder[GetInsightsParameters]
get_insights_by_assessment: Builder[GetInsightsByAssessmentParameters]
get_organization_admin_account: Builder[GetOrganizationAdminAccountParameters]
get_services_in_scope: Builder[GetServicesInScopeParameters]
get_settings: Builder[GetSettingsParameters]
list_assessment_control_insights_by_control_domain: Builder[
    ListAssessmentControlInsightsByControlDomainParameters
]
list_assessment_framework_share_requests: Builder[ListAssessmentFrameworkShareRequestsParameters]
list_assessment_frameworks: Builder[ListAssessmentFrameworksParameters]
list_assessment_reports: Builder[ListAssessmentReportsParameters]
list_assessments: Builder[ListAssessmentsParameters]
list_control_domain_insights: Builder[ListControlDomainInsightsParameters]
list_control_domain_insights_by_assessment: Builder[ListControlDomainInsightsByAssessmentParameters]
list_control_insights_by_control_domain: Builder[ListControlInsightsByControlDomainParameters]
list_controls: Builder[ListControlsParameters]
list_keywords_for_data_source: Builder[ListKeywordsForDataSourceParameters]
list_notifications: Builder[ListNotificationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_account: Builder[RegisterAccountParameters]
register_organization_admin_account: Builder[RegisterOrganizationAdminAccountParameters]
start_assessment_framework_share: Builder[StartAssessmentFrameworkShareParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_assessment: Builder[UpdateAssessmentParameters]
update_assessment_control: Builder[UpdateAssessmentControlParameters]
update_assessment_control_set_status: Builder[UpdateAssessmentControlSetStatusParameters]
update_assessment_framework: Builder[UpdateAssessmentFrameworkParameters]
update_assessment_framework_share: Builder[UpdateAssessmentFrameworkShareParameters]
update_assessment_status: Builder[UpdateAssessmentStatusParameters]
update_control: Builder[UpdateControlParameters]
update_settings: Builder[UpdateSettingsParameters]
validate_assessment_report_integrity: Builder[ValidateAssessmentReportIntegrityParameters]

__all__ = [
    "associate_assessment_report_evidence_folder",
    "batch_associate_assessment_report_evidence",
    "batch_create_delegation_by_assessment",
    "batch_delete_delegation_by_assessment",
    "batch_disassociate_assessment_report_evidence",
    "batch_import_evidence_to_assessment_control",
    "create_assessment",
    "create_assessment_framework",
    "create_assessment_report",
    "create_control",
    "delete_assessment",
    "delete_assessment_framework",
    "delete_assessment_framework_share",
    "delete_assessment_report",
    "delete_control",
    "deregister_account",
    "deregister_organization_admin_account",
    "disassociate_assessment_report_evidence_folder",
    "get_account_status",
    "get_assessment",
    "get_assessment_framework",
    "get_assessment_report_url",
    "get_change_logs",
    "get_control",
    "get_delegations",
    "get_evidence",
    "get_evidence_by_evidence_folder",
    "get_evidence_file_upload_url",
    "get_evidence_folder",
    "get_evidence_folders_by_assessment",
    "get_evidence_folders_by_assessment_control",
    "get_insights",
    "get_insights_by_assessment",
    "get_organization_admin_account",
    "get_services_in_scope",
    "get_settings",
    "list_assessment_control_insights_by_control_domain",
    "list_assessment_framework_share_requests",
    "list_assessment_frameworks",
    "list_assessment_reports",
    "list_assessments",
    "list_control_domain_insights",
    "list_control_domain_insights_by_assessment",
    "list_control_insights_by_control_domain",
    "list_controls",
    "list_keywords_for_data_source",
    "list_notifications",
    "list_tags_for_resource",
    "register_account",
    "register_organization_admin_account",
    "start_assessment_framework_share",
    "tag_resource",
    "untag_resource",
    "update_assessment",
    "update_assessment_control",
    "update_assessment_control_set_status",
    "update_assessment_framework",
    "update_assessment_framework_share",
    "update_assessment_status",
    "update_control",
    "update_settings",
    "validate_assessment_report_integrity",
]
