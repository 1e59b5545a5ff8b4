"""Typed builders of the AWS SDK integration of backup (``aws-sdk:backup:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateBackupVaultMpaApprovalTeamParameters = TypedDict(
    "AssociateBackupVaultMpaApprovalTeamParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "MpaApprovalTeamArn": S,
        "MpaApprovalTeamArn.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)
CancelLegalHoldParameters = TypedDict(
    "CancelLegalHoldParameters",
    {
        "LegalHoldId": S,
        "LegalHoldId.$": str,
        "CancelDescription": S,
        "CancelDescription.$": str,
        "RetainRecordInDays": I,
        "RetainRecordInDays.$": str,
    },
    total=False,
)
CreateBackupAccessPointParameters = TypedDict(
    "CreateBackupAccessPointParameters",
    {
        "AccessPointMetadata": M[S],
        "AccessPointMetadata.$": str,
        "AccessPointPolicy": S,
        "AccessPointPolicy.$": str,
        "Name": S,
        "Name.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Lifecycle(TypedDict, total=False):
    MoveToColdStorageAfterDays: I
    DeleteAfterDays: I
    OptInToArchiveForSupportedResources: B
    DeleteAfterEvent: S

class CopyAction(TypedDict, total=False):
    Lifecycle: X[Lifecycle]
    DestinationBackupVaultArn: S

class IndexAction(TypedDict, total=False):
    ResourceTypes: L[Si]

class ScanAction(TypedDict, total=False):
    MalwareScanner: S
    ScanMode: S

class LocalBackupConfiguration(TypedDict, total=False):
    BackupToLocalVaultOnly: B
    DeleteAfterDays: I
    DeleteAfterNextBackup: B

class BackupRuleInput(TypedDict, total=False):
    RuleName: S
    TargetBackupVaultName: S
    TargetLogicallyAirGappedBackupVaultArn: S
    ScheduleExpression: S
    StartWindowMinutes: I
    CompletionWindowMinutes: I
    Lifecycle: X[Lifecycle]
    RecoveryPointTags: M[S]
    CopyActions: L[Xi[CopyAction]]
    EnableContinuousBackup: B
    ScheduleExpressionTimezone: S
    IndexActions: L[Xi[IndexAction]]
    ScanActions: L[Xi[ScanAction]]
    LocalBackupConfiguration: X[LocalBackupConfiguration]

class AdvancedBackupSetting(TypedDict, total=False):
    ResourceType: S
    BackupOptions: M[S]

class ScanSetting(TypedDict, total=False):
    MalwareScanner: S
    ResourceTypes: L[Si]
    ScannerRoleArn: S

class BackupPlanInput(TypedDict, total=False):
    BackupPlanName: S
    Rules: L[Xi[BackupRuleInput]]
    AdvancedBackupSettings: L[Xi[AdvancedBackupSetting]]
    ScanSettings: L[Xi[ScanSetting]]

CreateBackupPlanParameters = TypedDict(
    "CreateBackupPlanParameters",
    {
        "BackupPlan": X[BackupPlanInput],
        "BackupPlan.$": str,
        "BackupPlanTags": M[S],
        "BackupPlanTags.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    ConditionType: S
    ConditionKey: S
    ConditionValue: S

class ConditionParameter(TypedDict, total=False):
    ConditionKey: S
    ConditionValue: S

class Conditions(TypedDict, total=False):
    StringEquals: L[Xi[ConditionParameter]]
    StringNotEquals: L[Xi[ConditionParameter]]
    StringLike: L[Xi[ConditionParameter]]
    StringNotLike: L[Xi[ConditionParameter]]

class BackupSelection(TypedDict, total=False):
    SelectionName: S
    IamRoleArn: S
    Resources: L[Si]
    ListOfTags: L[Xi[Condition]]
    NotResources: L[Si]
    Conditions: X[Conditions]

CreateBackupSelectionParameters = TypedDict(
    "CreateBackupSelectionParameters",
    {
        "BackupPlanId": S,
        "BackupPlanId.$": str,
        "BackupSelection": X[BackupSelection],
        "BackupSelection.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
    },
    total=False,
)
CreateBackupVaultParameters = TypedDict(
    "CreateBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultTags": M[S],
        "BackupVaultTags.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
    },
    total=False,
)

class ControlInputParameter(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class ControlScope(TypedDict, total=False):
    ComplianceResourceIds: L[Si]
    ComplianceResourceTypes: L[Si]
    Tags: M[S]

class FrameworkControl(TypedDict, total=False):
    ControlName: S
    ControlInputParameters: L[Xi[ControlInputParameter]]
    ControlScope: X[ControlScope]

CreateFrameworkParameters = TypedDict(
    "CreateFrameworkParameters",
    {
        "FrameworkName": S,
        "FrameworkName.$": str,
        "FrameworkDescription": S,
        "FrameworkDescription.$": str,
        "FrameworkControls": L[Xi[FrameworkControl]],
        "FrameworkControls.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "FrameworkTags": M[S],
        "FrameworkTags.$": str,
    },
    total=False,
)

class DateRange(TypedDict, total=False):
    FromDate: T
    ToDate: T

class RecoveryPointSelection(TypedDict, total=False):
    VaultNames: L[Si]
    ResourceIdentifiers: L[Si]
    DateRange: X[DateRange]

CreateLegalHoldParameters = TypedDict(
    "CreateLegalHoldParameters",
    {
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "RecoveryPointSelection": X[RecoveryPointSelection],
        "RecoveryPointSelection.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLocalBackupVaultParameters = TypedDict(
    "CreateLocalBackupVaultParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultTags": M[S],
        "BackupVaultTags.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
    },
    total=False,
)
CreateLogicallyAirGappedBackupVaultParameters = TypedDict(
    "CreateLogicallyAirGappedBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultTags": M[S],
        "BackupVaultTags.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "MinRetentionDays": I,
        "MinRetentionDays.$": str,
        "MaxRetentionDays": I,
        "MaxRetentionDays.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
    },
    total=False,
)

class ReportDeliveryChannel(TypedDict, total=False):
    S3BucketName: S
    S3KeyPrefix: S
    Formats: L[Si]

class ReportSetting(TypedDict, total=False):
    ReportTemplate: S
    FrameworkArns: L[Si]
    NumberOfFrameworks: I
    Accounts: L[Si]
    OrganizationUnits: L[Si]
    Regions: L[Si]

CreateReportPlanParameters = TypedDict(
    "CreateReportPlanParameters",
    {
        "ReportPlanName": S,
        "ReportPlanName.$": str,
        "ReportPlanDescription": S,
        "ReportPlanDescription.$": str,
        "ReportDeliveryChannel": X[ReportDeliveryChannel],
        "ReportDeliveryChannel.$": str,
        "ReportSetting": X[ReportSetting],
        "ReportSetting.$": str,
        "ReportPlanTags": M[S],
        "ReportPlanTags.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreateRestoreAccessBackupVaultParameters = TypedDict(
    "CreateRestoreAccessBackupVaultParameters",
    {
        "SourceBackupVaultArn": S,
        "SourceBackupVaultArn.$": str,
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultTags": M[S],
        "BackupVaultTags.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)

class RestoreTestingRecoveryPointSelection(TypedDict, total=False):
    Algorithm: S
    ExcludeVaults: L[Si]
    IncludeVaults: L[Si]
    RecoveryPointTypes: L[Si]
    SelectionWindowDays: I

class RestoreTestingPlanForCreate(TypedDict, total=False):
    RecoveryPointSelection: X[RestoreTestingRecoveryPointSelection]
    RestoreTestingPlanName: S
    ScheduleExpression: S
    ScheduleExpressionTimezone: S
    StartWindowHours: I

CreateRestoreTestingPlanParameters = TypedDict(
    "CreateRestoreTestingPlanParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "RestoreTestingPlan": X[RestoreTestingPlanForCreate],
        "RestoreTestingPlan.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class KeyValue(TypedDict, total=False):
    Key: S
    Value: S

class ProtectedResourceConditions(TypedDict, total=False):
    StringEquals: L[Xi[KeyValue]]
    StringNotEquals: L[Xi[KeyValue]]

class RestoreTestingSelectionForCreate(TypedDict, total=False):
    IamRoleArn: S
    ProtectedResourceArns: L[Si]
    ProtectedResourceConditions: X[ProtectedResourceConditions]
    ProtectedResourceType: S
    RestoreMetadataOverrides: M[S]
    RestoreTestingSelectionName: S
    ValidationWindowHours: I

CreateRestoreTestingSelectionParameters = TypedDict(
    "CreateRestoreTestingSelectionParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
        "RestoreTestingSelection": X[RestoreTestingSelectionForCreate],
        "RestoreTestingSelection.$": str,
    },
    total=False,
)

class ResourceSelection(TypedDict, total=False):
    Resources: L[Si]
    TieringDownSettingsInDays: I
    ResourceType: S

class TieringConfigurationInputForCreate(TypedDict, total=False):
    TieringConfigurationName: S
    BackupVaultName: S
    ResourceSelection: L[Xi[ResourceSelection]]

CreateTieringConfigurationParameters = TypedDict(
    "CreateTieringConfigurationParameters",
    {
        "TieringConfiguration": X[TieringConfigurationInputForCreate],
        "TieringConfiguration.$": str,
        "TieringConfigurationTags": M[S],
        "TieringConfigurationTags.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
    },
    total=False,
)
DeleteBackupAccessPointParameters = TypedDict(
    "DeleteBackupAccessPointParameters", {"AccessPointArn": S, "AccessPointArn.$": str}, total=False
)
DeleteBackupPlanParameters = TypedDict(
    "DeleteBackupPlanParameters", {"BackupPlanId": S, "BackupPlanId.$": str}, total=False
)
DeleteBackupSelectionParameters = TypedDict(
    "DeleteBackupSelectionParameters",
    {"BackupPlanId": S, "BackupPlanId.$": str, "SelectionId": S, "SelectionId.$": str},
    total=False,
)
DeleteBackupVaultParameters = TypedDict(
    "DeleteBackupVaultParameters", {"BackupVaultName": S, "BackupVaultName.$": str}, total=False
)
DeleteBackupVaultAccessPolicyParameters = TypedDict(
    "DeleteBackupVaultAccessPolicyParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str},
    total=False,
)
DeleteBackupVaultLockConfigurationParameters = TypedDict(
    "DeleteBackupVaultLockConfigurationParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str},
    total=False,
)
DeleteBackupVaultNotificationsParameters = TypedDict(
    "DeleteBackupVaultNotificationsParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str},
    total=False,
)
DeleteFrameworkParameters = TypedDict(
    "DeleteFrameworkParameters", {"FrameworkName": S, "FrameworkName.$": str}, total=False
)
DeleteRecoveryPointParameters = TypedDict(
    "DeleteRecoveryPointParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
DeleteReportPlanParameters = TypedDict(
    "DeleteReportPlanParameters", {"ReportPlanName": S, "ReportPlanName.$": str}, total=False
)
DeleteRestoreTestingPlanParameters = TypedDict(
    "DeleteRestoreTestingPlanParameters",
    {"RestoreTestingPlanName": S, "RestoreTestingPlanName.$": str},
    total=False,
)
DeleteRestoreTestingSelectionParameters = TypedDict(
    "DeleteRestoreTestingSelectionParameters",
    {
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
        "RestoreTestingSelectionName": S,
        "RestoreTestingSelectionName.$": str,
    },
    total=False,
)
DeleteTieringConfigurationParameters = TypedDict(
    "DeleteTieringConfigurationParameters",
    {"TieringConfigurationName": S, "TieringConfigurationName.$": str},
    total=False,
)
DescribeBackupAccessPointParameters = TypedDict(
    "DescribeBackupAccessPointParameters",
    {"AccessPointArn": S, "AccessPointArn.$": str},
    total=False,
)
DescribeBackupJobParameters = TypedDict(
    "DescribeBackupJobParameters", {"BackupJobId": S, "BackupJobId.$": str}, total=False
)
DescribeBackupVaultParameters = TypedDict(
    "DescribeBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
    },
    total=False,
)
DescribeCopyJobParameters = TypedDict(
    "DescribeCopyJobParameters", {"CopyJobId": S, "CopyJobId.$": str}, total=False
)
DescribeFrameworkParameters = TypedDict(
    "DescribeFrameworkParameters", {"FrameworkName": S, "FrameworkName.$": str}, total=False
)

class DescribeGlobalSettingsParameters(TypedDict, total=False): ...

DescribeProtectedResourceParameters = TypedDict(
    "DescribeProtectedResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeRecoveryPointParameters = TypedDict(
    "DescribeRecoveryPointParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
    },
    total=False,
)

class DescribeRegionSettingsParameters(TypedDict, total=False): ...

DescribeReportJobParameters = TypedDict(
    "DescribeReportJobParameters", {"ReportJobId": S, "ReportJobId.$": str}, total=False
)
DescribeReportPlanParameters = TypedDict(
    "DescribeReportPlanParameters", {"ReportPlanName": S, "ReportPlanName.$": str}, total=False
)
DescribeRestoreJobParameters = TypedDict(
    "DescribeRestoreJobParameters", {"RestoreJobId": S, "RestoreJobId.$": str}, total=False
)
DescribeScanJobParameters = TypedDict(
    "DescribeScanJobParameters", {"ScanJobId": S, "ScanJobId.$": str}, total=False
)
DisassociateBackupVaultMpaApprovalTeamParameters = TypedDict(
    "DisassociateBackupVaultMpaApprovalTeamParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)
DisassociateRecoveryPointParameters = TypedDict(
    "DisassociateRecoveryPointParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
DisassociateRecoveryPointFromParentParameters = TypedDict(
    "DisassociateRecoveryPointFromParentParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
ExportBackupPlanTemplateParameters = TypedDict(
    "ExportBackupPlanTemplateParameters", {"BackupPlanId": S, "BackupPlanId.$": str}, total=False
)
GetBackupPlanParameters = TypedDict(
    "GetBackupPlanParameters",
    {
        "BackupPlanId": S,
        "BackupPlanId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "MaxScheduledRunsPreview": I,
        "MaxScheduledRunsPreview.$": str,
    },
    total=False,
)
GetBackupPlanFromJSONParameters = TypedDict(
    "GetBackupPlanFromJSONParameters",
    {"BackupPlanTemplateJson": S, "BackupPlanTemplateJson.$": str},
    total=False,
)
GetBackupPlanFromTemplateParameters = TypedDict(
    "GetBackupPlanFromTemplateParameters",
    {"BackupPlanTemplateId": S, "BackupPlanTemplateId.$": str},
    total=False,
)
GetBackupSelectionParameters = TypedDict(
    "GetBackupSelectionParameters",
    {"BackupPlanId": S, "BackupPlanId.$": str, "SelectionId": S, "SelectionId.$": str},
    total=False,
)
GetBackupVaultAccessPolicyParameters = TypedDict(
    "GetBackupVaultAccessPolicyParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str},
    total=False,
)
GetBackupVaultNotificationsParameters = TypedDict(
    "GetBackupVaultNotificationsParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str},
    total=False,
)
GetLegalHoldParameters = TypedDict(
    "GetLegalHoldParameters", {"LegalHoldId": S, "LegalHoldId.$": str}, total=False
)
GetPITRMalwareScanResultsParameters = TypedDict(
    "GetPITRMalwareScanResultsParameters",
    {
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "ScanEndTime": T,
        "ScanEndTime.$": str,
        "MalwareScanner": S,
        "MalwareScanner.$": str,
    },
    total=False,
)
GetRecoveryPointIndexDetailsParameters = TypedDict(
    "GetRecoveryPointIndexDetailsParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
GetRecoveryPointRestoreMetadataParameters = TypedDict(
    "GetRecoveryPointRestoreMetadataParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
    },
    total=False,
)
GetRestoreJobMetadataParameters = TypedDict(
    "GetRestoreJobMetadataParameters", {"RestoreJobId": S, "RestoreJobId.$": str}, total=False
)
GetRestoreTestingInferredMetadataParameters = TypedDict(
    "GetRestoreTestingInferredMetadataParameters",
    {
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
GetRestoreTestingPlanParameters = TypedDict(
    "GetRestoreTestingPlanParameters",
    {"RestoreTestingPlanName": S, "RestoreTestingPlanName.$": str},
    total=False,
)
GetRestoreTestingSelectionParameters = TypedDict(
    "GetRestoreTestingSelectionParameters",
    {
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
        "RestoreTestingSelectionName": S,
        "RestoreTestingSelectionName.$": str,
    },
    total=False,
)

class GetSupportedResourceTypesParameters(TypedDict, total=False): ...

GetTieringConfigurationParameters = TypedDict(
    "GetTieringConfigurationParameters",
    {"TieringConfigurationName": S, "TieringConfigurationName.$": str},
    total=False,
)
ListBackupAccessPointsParameters = TypedDict(
    "ListBackupAccessPointsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListBackupAccessPointsByRecoveryPointParameters = TypedDict(
    "ListBackupAccessPointsByRecoveryPointParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
    },
    total=False,
)
ListBackupAccessPointsByResourceParameters = TypedDict(
    "ListBackupAccessPointsByResourceParameters",
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
ListBackupJobSummariesParameters = TypedDict(
    "ListBackupJobSummariesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "State": S,
        "State.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MessageCategory": S,
        "MessageCategory.$": str,
        "AggregationPeriod": S,
        "AggregationPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBackupJobsParameters = TypedDict(
    "ListBackupJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ByResourceArn": S,
        "ByResourceArn.$": str,
        "ByState": S,
        "ByState.$": str,
        "ByBackupVaultName": S,
        "ByBackupVaultName.$": str,
        "ByCreatedBefore": T,
        "ByCreatedBefore.$": str,
        "ByCreatedAfter": T,
        "ByCreatedAfter.$": str,
        "ByResourceType": S,
        "ByResourceType.$": str,
        "ByAccountId": S,
        "ByAccountId.$": str,
        "ByCompleteAfter": T,
        "ByCompleteAfter.$": str,
        "ByCompleteBefore": T,
        "ByCompleteBefore.$": str,
        "ByParentJobId": S,
        "ByParentJobId.$": str,
        "ByMessageCategory": S,
        "ByMessageCategory.$": str,
    },
    total=False,
)
ListBackupPlanTemplatesParameters = TypedDict(
    "ListBackupPlanTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListBackupPlanVersionsParameters = TypedDict(
    "ListBackupPlanVersionsParameters",
    {
        "BackupPlanId": S,
        "BackupPlanId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBackupPlansParameters = TypedDict(
    "ListBackupPlansParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeDeleted": B,
        "IncludeDeleted.$": str,
    },
    total=False,
)
ListBackupSelectionsParameters = TypedDict(
    "ListBackupSelectionsParameters",
    {
        "BackupPlanId": S,
        "BackupPlanId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBackupVaultsParameters = TypedDict(
    "ListBackupVaultsParameters",
    {
        "ByVaultType": S,
        "ByVaultType.$": str,
        "ByShared": B,
        "ByShared.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCopyJobSummariesParameters = TypedDict(
    "ListCopyJobSummariesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "State": S,
        "State.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MessageCategory": S,
        "MessageCategory.$": str,
        "AggregationPeriod": S,
        "AggregationPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCopyJobsParameters = TypedDict(
    "ListCopyJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ByResourceArn": S,
        "ByResourceArn.$": str,
        "ByState": S,
        "ByState.$": str,
        "ByCreatedBefore": T,
        "ByCreatedBefore.$": str,
        "ByCreatedAfter": T,
        "ByCreatedAfter.$": str,
        "ByResourceType": S,
        "ByResourceType.$": str,
        "ByDestinationVaultArn": S,
        "ByDestinationVaultArn.$": str,
        "ByAccountId": S,
        "ByAccountId.$": str,
        "ByCompleteBefore": T,
        "ByCompleteBefore.$": str,
        "ByCompleteAfter": T,
        "ByCompleteAfter.$": str,
        "ByParentJobId": S,
        "ByParentJobId.$": str,
        "ByMessageCategory": S,
        "ByMessageCategory.$": str,
        "BySourceRecoveryPointArn": S,
        "BySourceRecoveryPointArn.$": str,
    },
    total=False,
)
ListFrameworksParameters = TypedDict(
    "ListFrameworksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIndexedRecoveryPointsParameters = TypedDict(
    "ListIndexedRecoveryPointsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SourceResourceArn": S,
        "SourceResourceArn.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "IndexStatus": S,
        "IndexStatus.$": str,
    },
    total=False,
)
ListLegalHoldsParameters = TypedDict(
    "ListLegalHoldsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProtectedResourcesParameters = TypedDict(
    "ListProtectedResourcesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProtectedResourcesByBackupVaultParameters = TypedDict(
    "ListProtectedResourcesByBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRecoveryPointsByBackupVaultParameters = TypedDict(
    "ListRecoveryPointsByBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "BackupVaultAccountId": S,
        "BackupVaultAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ByResourceArn": S,
        "ByResourceArn.$": str,
        "ByResourceType": S,
        "ByResourceType.$": str,
        "ByBackupPlanId": S,
        "ByBackupPlanId.$": str,
        "ByCreatedBefore": T,
        "ByCreatedBefore.$": str,
        "ByCreatedAfter": T,
        "ByCreatedAfter.$": str,
        "ByParentRecoveryPointArn": S,
        "ByParentRecoveryPointArn.$": str,
    },
    total=False,
)
ListRecoveryPointsByLegalHoldParameters = TypedDict(
    "ListRecoveryPointsByLegalHoldParameters",
    {
        "LegalHoldId": S,
        "LegalHoldId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRecoveryPointsByResourceParameters = TypedDict(
    "ListRecoveryPointsByResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ManagedByAWSBackupOnly": B,
        "ManagedByAWSBackupOnly.$": str,
    },
    total=False,
)
ListReportJobsParameters = TypedDict(
    "ListReportJobsParameters",
    {
        "ByReportPlanName": S,
        "ByReportPlanName.$": str,
        "ByCreationBefore": T,
        "ByCreationBefore.$": str,
        "ByCreationAfter": T,
        "ByCreationAfter.$": str,
        "ByStatus": S,
        "ByStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReportPlansParameters = TypedDict(
    "ListReportPlansParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRestoreAccessBackupVaultsParameters = TypedDict(
    "ListRestoreAccessBackupVaultsParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRestoreJobSummariesParameters = TypedDict(
    "ListRestoreJobSummariesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "State": S,
        "State.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "AggregationPeriod": S,
        "AggregationPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRestoreJobsParameters = TypedDict(
    "ListRestoreJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ByAccountId": S,
        "ByAccountId.$": str,
        "ByResourceType": S,
        "ByResourceType.$": str,
        "ByCreatedBefore": T,
        "ByCreatedBefore.$": str,
        "ByCreatedAfter": T,
        "ByCreatedAfter.$": str,
        "ByStatus": S,
        "ByStatus.$": str,
        "ByCompleteBefore": T,
        "ByCompleteBefore.$": str,
        "ByCompleteAfter": T,
        "ByCompleteAfter.$": str,
        "ByRestoreTestingPlanArn": S,
        "ByRestoreTestingPlanArn.$": str,
        "ByParentJobId": S,
        "ByParentJobId.$": str,
    },
    total=False,
)
ListRestoreJobsByProtectedResourceParameters = TypedDict(
    "ListRestoreJobsByProtectedResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ByStatus": S,
        "ByStatus.$": str,
        "ByRecoveryPointCreationDateAfter": T,
        "ByRecoveryPointCreationDateAfter.$": str,
        "ByRecoveryPointCreationDateBefore": T,
        "ByRecoveryPointCreationDateBefore.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRestoreTestingPlansParameters = TypedDict(
    "ListRestoreTestingPlansParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRestoreTestingSelectionsParameters = TypedDict(
    "ListRestoreTestingSelectionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
    },
    total=False,
)
ListScanJobSummariesParameters = TypedDict(
    "ListScanJobSummariesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MalwareScanner": S,
        "MalwareScanner.$": str,
        "ScanResultStatus": S,
        "ScanResultStatus.$": str,
        "State": S,
        "State.$": str,
        "AggregationPeriod": S,
        "AggregationPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScanJobsParameters = TypedDict(
    "ListScanJobsParameters",
    {
        "ByAccountId": S,
        "ByAccountId.$": str,
        "ByBackupVaultName": S,
        "ByBackupVaultName.$": str,
        "ByCompleteAfter": T,
        "ByCompleteAfter.$": str,
        "ByCompleteBefore": T,
        "ByCompleteBefore.$": str,
        "ByMalwareScanner": S,
        "ByMalwareScanner.$": str,
        "ByRecoveryPointArn": S,
        "ByRecoveryPointArn.$": str,
        "ByResourceArn": S,
        "ByResourceArn.$": str,
        "ByResourceType": S,
        "ByResourceType.$": str,
        "ByScanResultStatus": S,
        "ByScanResultStatus.$": str,
        "ByState": S,
        "ByState.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTieringConfigurationsParameters = TypedDict(
    "ListTieringConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutBackupVaultAccessPolicyParameters = TypedDict(
    "PutBackupVaultAccessPolicyParameters",
    {"BackupVaultName": S, "BackupVaultName.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutBackupVaultLockConfigurationParameters = TypedDict(
    "PutBackupVaultLockConfigurationParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "MinRetentionDays": I,
        "MinRetentionDays.$": str,
        "MaxRetentionDays": I,
        "MaxRetentionDays.$": str,
        "ChangeableForDays": I,
        "ChangeableForDays.$": str,
    },
    total=False,
)

class ReportsInS3Configuration(TypedDict, total=False):
    BucketName: S
    KeyPrefix: S
    ExpectedBucketOwner: S
    ResourceTypes: L[Si]

PutBackupVaultNotificationsParameters = TypedDict(
    "PutBackupVaultNotificationsParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "BackupVaultEvents": L[Si],
        "BackupVaultEvents.$": str,
        "ReportsInS3": X[ReportsInS3Configuration],
        "ReportsInS3.$": str,
    },
    total=False,
)
PutRestoreValidationResultParameters = TypedDict(
    "PutRestoreValidationResultParameters",
    {
        "RestoreJobId": S,
        "RestoreJobId.$": str,
        "ValidationStatus": S,
        "ValidationStatus.$": str,
        "ValidationStatusMessage": S,
        "ValidationStatusMessage.$": str,
    },
    total=False,
)
RevokeRestoreAccessBackupVaultParameters = TypedDict(
    "RevokeRestoreAccessBackupVaultParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RestoreAccessBackupVaultArn": S,
        "RestoreAccessBackupVaultArn.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)
StartBackupJobParameters = TypedDict(
    "StartBackupJobParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "LogicallyAirGappedBackupVaultArn": S,
        "LogicallyAirGappedBackupVaultArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "StartWindowMinutes": I,
        "StartWindowMinutes.$": str,
        "CompleteWindowMinutes": I,
        "CompleteWindowMinutes.$": str,
        "Lifecycle": X[Lifecycle],
        "Lifecycle.$": str,
        "RecoveryPointTags": M[S],
        "RecoveryPointTags.$": str,
        "BackupOptions": M[S],
        "BackupOptions.$": str,
        "Index": S,
        "Index.$": str,
    },
    total=False,
)
StartCopyJobParameters = TypedDict(
    "StartCopyJobParameters",
    {
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "SourceBackupVaultName": S,
        "SourceBackupVaultName.$": str,
        "DestinationBackupVaultArn": S,
        "DestinationBackupVaultArn.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Lifecycle": X[Lifecycle],
        "Lifecycle.$": str,
    },
    total=False,
)
StartReportJobParameters = TypedDict(
    "StartReportJobParameters",
    {
        "ReportPlanName": S,
        "ReportPlanName.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
StartRestoreJobParameters = TypedDict(
    "StartRestoreJobParameters",
    {
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "CopySourceTagsToRestoredResource": B,
        "CopySourceTagsToRestoredResource.$": str,
    },
    total=False,
)
StartScanJobParameters = TypedDict(
    "StartScanJobParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "ContinuousScanEndTime": T,
        "ContinuousScanEndTime.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "MalwareScanner": S,
        "MalwareScanner.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "ScanBaseRecoveryPointArn": S,
        "ScanBaseRecoveryPointArn.$": str,
        "ScanMode": S,
        "ScanMode.$": str,
        "ScannerRoleArn": S,
        "ScannerRoleArn.$": str,
    },
    total=False,
)
StopBackupJobParameters = TypedDict(
    "StopBackupJobParameters", {"BackupJobId": S, "BackupJobId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeyList": L[Si], "TagKeyList.$": str},
    total=False,
)
UpdateBackupPlanParameters = TypedDict(
    "UpdateBackupPlanParameters",
    {
        "BackupPlanId": S,
        "BackupPlanId.$": str,
        "BackupPlan": X[BackupPlanInput],
        "BackupPlan.$": str,
    },
    total=False,
)
UpdateFrameworkParameters = TypedDict(
    "UpdateFrameworkParameters",
    {
        "FrameworkName": S,
        "FrameworkName.$": str,
        "FrameworkDescription": S,
        "FrameworkDescription.$": str,
        "FrameworkControls": L[Xi[FrameworkControl]],
        "FrameworkControls.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
UpdateGlobalSettingsParameters = TypedDict(
    "UpdateGlobalSettingsParameters", {"GlobalSettings": M[S], "GlobalSettings.$": str}, total=False
)
UpdateRecoveryPointIndexSettingsParameters = TypedDict(
    "UpdateRecoveryPointIndexSettingsParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Index": S,
        "Index.$": str,
    },
    total=False,
)
UpdateRecoveryPointLifecycleParameters = TypedDict(
    "UpdateRecoveryPointLifecycleParameters",
    {
        "BackupVaultName": S,
        "BackupVaultName.$": str,
        "RecoveryPointArn": S,
        "RecoveryPointArn.$": str,
        "Lifecycle": X[Lifecycle],
        "Lifecycle.$": str,
    },
    total=False,
)
UpdateRegionSettingsParameters = TypedDict(
    "UpdateRegionSettingsParameters",
    {
        "ResourceTypeOptInPreference": M[B],
        "ResourceTypeOptInPreference.$": str,
        "ResourceTypeManagementPreference": M[B],
        "ResourceTypeManagementPreference.$": str,
        "ResourceTypeOptInIncremental": M[B],
        "ResourceTypeOptInIncremental.$": str,
    },
    total=False,
)
UpdateReportPlanParameters = TypedDict(
    "UpdateReportPlanParameters",
    {
        "ReportPlanName": S,
        "ReportPlanName.$": str,
        "ReportPlanDescription": S,
        "ReportPlanDescription.$": str,
        "ReportDeliveryChannel": X[ReportDeliveryChannel],
        "ReportDeliveryChannel.$": str,
        "ReportSetting": X[ReportSetting],
        "ReportSetting.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class RestoreTestingPlanForUpdate(TypedDict, total=False):
    RecoveryPointSelection: X[RestoreTestingRecoveryPointSelection]
    ScheduleExpression: S
    ScheduleExpressionTimezone: S
    StartWindowHours: I

UpdateRestoreTestingPlanParameters = TypedDict(
    "UpdateRestoreTestingPlanParameters",
    {
        "RestoreTestingPlan": X[RestoreTestingPlanForUpdate],
        "RestoreTestingPlan.$": str,
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
    },
    total=False,
)

class RestoreTestingSelectionForUpdate(TypedDict, total=False):
    IamRoleArn: S
    ProtectedResourceArns: L[Si]
    ProtectedResourceConditions: X[ProtectedResourceConditions]
    RestoreMetadataOverrides: M[S]
    ValidationWindowHours: I

UpdateRestoreTestingSelectionParameters = TypedDict(
    "UpdateRestoreTestingSelectionParameters",
    {
        "RestoreTestingPlanName": S,
        "RestoreTestingPlanName.$": str,
        "RestoreTestingSelection": X[RestoreTestingSelectionForUpdate],
        "RestoreTestingSelection.$": str,
        "RestoreTestingSelectionName": S,
        "RestoreTestingSelectionName.$": str,
    },
    total=False,
)

class TieringConfigurationInputForUpdate(TypedDict, total=False):
    ResourceSelection: L[Xi[ResourceSelection]]
    BackupVaultName: S

UpdateTieringConfigurationParameters = TypedDict(
    "UpdateTieringConfigurationParameters",
    {
        "TieringConfigurationName": S,
        "TieringConfigurationName.$": str,
        "TieringConfiguration": X[TieringConfigurationInputForUpdate],
        "TieringConfiguration.$": str,
    },
    total=False,
)
associate_backup_vault_mpa_approval_team: Builder[AssociateBackupVaultMpaApprovalTeamParameters]
cancel_legal_hold: Builder[CancelLegalHoldParameters]
create_backup_access_point: Builder[CreateBackupAccessPointParameters]
create_backup_plan: Builder[CreateBackupPlanParameters]
create_backup_selection: Builder[CreateBackupSelectionParameters]
create_backup_vault: Builder[CreateBackupVaultParameters]
create_framework: Builder[CreateFrameworkParameters]
create_legal_hold: Builder[CreateLegalHoldParameters]
create_local_backup_vault: Builder[CreateLocalBackupVaultParameters]
create_logically_air_gapped_backup_vault: Builder[CreateLogicallyAirGappedBackupVaultParameters]
create_report_plan: Builder[CreateReportPlanParameters]
create_restore_access_backup_vault: Builder[CreateRestoreAccessBackupVaultParameters]
create_restore_testing_plan: Builder[CreateRestoreTestingPlanParameters]
create_restore_testing_selection: Builder[CreateRestoreTestingSelectionParameters]
create_tiering_configuration: Builder[CreateTieringConfigurationParameters]
delete_backup_access_point: Builder[DeleteBackupAccessPointParameters]
delete_backup_plan: Builder[DeleteBackupPlanParameters]
delete_backup_selection: Builder[DeleteBackupSelectionParameters]
delete_backup_vault: Builder[DeleteBackupVaultParameters]
delete_backup_vault_access_policy: Builder[DeleteBackupVaultAccessPolicyParameters]
delete_backup_vault_lock_configuration: Builder[DeleteBackupVaultLockConfigurationParameters]
delete_backup_vault_notifications: Builder[DeleteBackupVaultNotificationsParameters]
delete_framework: Builder[DeleteFrameworkParameters]
delete_recovery_point: Builder[DeleteRecoveryPointParameters]
delete_report_plan: Builder[DeleteReportPlanParameters]
delete_restore_testing_plan: Builder[DeleteRestoreTestingPlanParameters]
delete_restore_testing_selection: Builder[DeleteRestoreTestingSelectionParameters]
delete_tiering_configuration: Builder[DeleteTieringConfigurationParameters]
describe_backup_access_point: Builder[DescribeBackupAccessPointParameters]
describe_backup_job: Builder[DescribeBackupJobParameters]
describe_backup_vault: Builder[DescribeBackupVaultParameters]
describe_copy_job: Builder[DescribeCopyJobParameters]
describe_framework: Builder[DescribeFrameworkParameters]
describe_global_settings: Builder[DescribeGlobalSettingsParameters]
describe_protected_resource: Builder[DescribeProtectedResourceParameters]
describe_recovery_point: Builder[DescribeRecoveryPointParameters]
describe_region_settings: Builder[DescribeRegionSettingsParameters]
describe_report_job: Builder[DescribeReportJobParameters]
describe_report_plan: Builder[DescribeReportPlanParameters]
describe_restore_job: Builder[DescribeRestoreJobParameters]
describe_scan_job: Builder[DescribeScanJobParameters]
disassociate_backup_vault_mpa_approval_team: Builder[
    DisassociateBackupVaultMpaApprovalTeamParameters
]
disassociate_recovery_point: Builder[DisassociateRecoveryPointParameters]
disassociate_recovery_point_from_parent: Builder[DisassociateRecoveryPointFromParentParameters]
export_backup_plan_template: Builder[ExportBackupPlanTemplateParameters]
get_backup_plan: Builder[GetBackupPlanParameters]
get_backup_plan_from_json: Builder[GetBackupPlanFromJSONParameters]
get_backup_plan_from_template: Builder[GetBackupPlanFromTemplateParameters]
get_backup_selection: Builder[GetBackupSelectionParameters]
get_backup_vault_access_policy: Builder[GetBackupVaultAccessPolicyParameters]
get_backup_vault_notifications: Builder[GetBackupVaultNotificationsParameters]
get_legal_hold: Builder[GetLegalHoldParameters]
get_pitr_malware_scan_results: Builder[GetPITRMalwareScanResultsParameters]
get_recovery_point_index_details: Builder[GetRecoveryPointIndexDetailsParameters]
get_recovery_point_restore_metadata: Builder[GetRecoveryPointRestoreMetadataParameters]
get_restore_job_metadata: Builder[GetRestoreJobMetadataParameters]
get_restore_testing_inferred_metadata: Builder[GetRestoreTestingInferredMetadataParameters]
get_restore_testing_plan: Builder[GetRestoreTestingPlanParameters]
get_restore_testing_selection: Builder[GetRestoreTestingSelectionParameters]
get_supported_resource_types: Builder[GetSupportedResourceTypesParameters]
get_tiering_configuration: Builder[GetTieringConfigurationParameters]
list_backup_access_points: Builder[ListBackupAccessPointsParameters]
list_backup_access_points_by_recovery_point: Builder[
    ListBackupAccessPointsByRecoveryPointParameters
]
list_backup_access_points_by_resource: Builder[ListBackupAccessPointsByResourceParameters]
list_backup_job_summaries: Builder[ListBackupJobSummariesParameters]
list_backup_jobs: Builder[ListBackupJobsParameters]
list_backup_plan_templates: Builder[ListBackupPlanTemplatesParameters]
list_backup_plan_versions: Builder[ListBackupPlanVersionsParameters]
list_backup_plans: Builder[ListBackupPlansParameters]
list_backup_selections: Builder[ListBackupSelectionsParameters]
list_backup_vaults: Builder[ListBackupVaultsParameters]
list_copy_job_summaries: Builder[ListCopyJobSummariesParameters]
list_copy_jobs: Builder[ListCopyJobsParameters]
list_frameworks: Builder[ListFrameworksParameters]
list_indexed_recovery_points: Builder[ListIndexedRecoveryPointsParameters]
list_legal_holds: Builder[ListLegalHoldsParameters]
list_protected_resources: Builder[ListProtectedResourcesParameters]
list_protected_resources_by_backup_vault: Builder[ListProtectedResourcesByBackupVaultParameters]
list_recovery_points_by_backup_vault: Builder[ListRecoveryPointsByBackupVaultParameters]
list_recovery_points_by_legal_hold: Builder[ListRecoveryPointsByLegalHoldParameters]
list_recovery_points_by_resource: Builder[ListRecoveryPointsByResourceParameters]
list_report_jobs: Builder[ListReportJobsParameters]
list_report_plans: Builder[ListReportPlansParameters]
list_restore_access_backup_vaults: Builder[ListRestoreAccessBackupVaultsParameters]
list_restore_job_summaries: Builder[ListRestoreJobSummariesParameters]
list_restore_jobs: Builder[ListRestoreJobsParameters]
list_restore_jobs_by_protected_resource: Builder[ListRestoreJobsByProtectedResourceParameters]
list_restore_testing_plans: Builder[ListRestoreTestingPlansParameters]
list_restore_testing_selections: Builder[ListRestoreTestingSelectionsParameters]
list_scan_job_summaries: Builder[ListScanJobSummariesParameters]
list_scan_jobs: Builder[ListScanJobsParameters]
list_tags: Builder[ListTagsParameters]
list_tiering_configurations: Builder[ListTieringConfigurationsParameters]
put_backup_vault_access_policy: Builder[PutBackupVaultAccessPolicyParameters]
put_backup_vault_lock_configuration: Builder[PutBackupVaultLockConfigurationParameters]
put_backup_vault_notifications: Builder[PutBackupVaultNotificationsParameters]
put_restore_validation_result: Builder[PutRestoreValidationResultParameters]
revoke_restore_access_backup_vault: Builder[RevokeRestoreAccessBackupVaultParameters]
start_backup_job: Builder[StartBackupJobParameters]
start_copy_job: Builder[StartCopyJobParameters]
start_report_job: Builder[StartReportJobParameters]
start_restore_job: Builder[StartRestoreJobParameters]
start_scan_job: Builder[StartScanJobParameters]
stop_backup_job: Builder[StopBackupJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_backup_plan: Builder[UpdateBackupPlanParameters]
update_framework: Builder[UpdateFrameworkParameters]
update_global_settings: Builder[UpdateGlobalSettingsParameters]
update_recovery_point_index_settings: Builder[UpdateRecoveryPointIndexSettingsParameters]
update_recovery_point_lifecycle: Builder[UpdateRecoveryPointLifecycleParameters]
update_region_settings: Builder[UpdateRegionSettingsParameters]
update_report_plan: Builder[UpdateReportPlanParameters]
update_restore_testing_plan: Builder[UpdateRestoreTestingPlanParameters]
update_restore_testing_selection: Builder[UpdateRestoreTestingSelectionParameters]
update_tiering_configuration: Builder[UpdateTieringConfigurationParameters]

__all__ = [
    "associate_backup_vault_mpa_approval_team",
    "cancel_legal_hold",
    "create_backup_access_point",
    "create_backup_plan",
    "create_backup_selection",
    "create_backup_vault",
    "create_framework",
    "create_legal_hold",
    "create_local_backup_vault",
    "create_logically_air_gapped_backup_vault",
    "create_report_plan",
    "create_restore_access_backup_vault",
    "create_restore_testing_plan",
    "create_restore_testing_selection",
    "create_tiering_configuration",
    "delete_backup_access_point",
    "delete_backup_plan",
    "delete_backup_selection",
    "delete_backup_vault",
    "delete_backup_vault_access_policy",
    "delete_backup_vault_lock_configuration",
    "delete_backup_vault_notifications",
    "delete_framework",
    "delete_recovery_point",
    "delete_report_plan",
    "delete_restore_testing_plan",
    "delete_restore_testing_selection",
    "delete_tiering_configuration",
    "describe_backup_access_point",
    "describe_backup_job",
    "describe_backup_vault",
    "describe_copy_job",
    "describe_framework",
    "describe_global_settings",
    "describe_protected_resource",
    "describe_recovery_point",
    "describe_region_settings",
    "describe_report_job",
    "describe_report_plan",
    "describe_restore_job",
    "describe_scan_job",
    "disassociate_backup_vault_mpa_approval_team",
    "disassociate_recovery_point",
    "disassociate_recovery_point_from_parent",
    "export_backup_plan_template",
    "get_backup_plan",
    "get_backup_plan_from_json",
    "get_backup_plan_from_template",
    "get_backup_selection",
    "get_backup_vault_access_policy",
    "get_backup_vault_notifications",
    "get_legal_hold",
    "get_pitr_malware_scan_results",
    "get_recovery_point_index_details",
    "get_recovery_point_restore_metadata",
    "get_restore_job_metadata",
    "get_restore_testing_inferred_metadata",
    "get_restore_testing_plan",
    "get_restore_testing_selection",
    "get_supported_resource_types",
    "get_tiering_configuration",
    "list_backup_access_points",
    "list_backup_access_points_by_recovery_point",
    "list_backup_access_points_by_resource",
    "list_backup_job_summaries",
    "list_backup_jobs",
    "list_backup_plan_templates",
    "list_backup_plan_versions",
    "list_backup_plans",
    "list_backup_selections",
    "list_backup_vaults",
    "list_copy_job_summaries",
    "list_copy_jobs",
    "list_frameworks",
    "list_indexed_recovery_points",
    "list_legal_holds",
    "list_protected_resources",
    "list_protected_resources_by_backup_vault",
    "list_recovery_points_by_backup_vault",
    "list_recovery_points_by_legal_hold",
    "list_recovery_points_by_resource",
    "list_report_jobs",
    "list_report_plans",
    "list_restore_access_backup_vaults",
    "list_restore_job_summaries",
    "list_restore_jobs",
    "list_restore_jobs_by_protected_resource",
    "list_restore_testing_plans",
    "list_restore_testing_selections",
    "list_scan_job_summaries",
    "list_scan_jobs",
    "list_tags",
    "list_tiering_configurations",
    "put_backup_vault_access_policy",
    "put_backup_vault_lock_configuration",
    "put_backup_vault_notifications",
    "put_restore_validation_result",
    "revoke_restore_access_backup_vault",
    "start_backup_job",
    "start_copy_job",
    "start_report_job",
    "start_restore_job",
    "start_scan_job",
    "stop_backup_job",
    "tag_resource",
    "untag_resource",
    "update_backup_plan",
    "update_framework",
    "update_global_settings",
    "update_recovery_point_index_settings",
    "update_recovery_point_lifecycle",
    "update_region_settings",
    "update_report_plan",
    "update_restore_testing_plan",
    "update_restore_testing_selection",
    "update_tiering_configuration",
]
