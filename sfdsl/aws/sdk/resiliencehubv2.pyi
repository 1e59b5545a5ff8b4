"""Typed builders of the AWS SDK integration of resiliencehubv2 (``aws-sdk:resiliencehubv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

CreateAssertionParameters = TypedDict(
    "CreateAssertionParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Text": S,
        "Text.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ResourceTag(TypedDict, total=False):
    Key: S
    Values: L[Si]

class EksLabelSelectorRequirement(TypedDict, total=False):
    Key: S
    Operator: S
    Values: L[Si]

class EksLabelSelector(TypedDict, total=False):
    MatchLabels: M[S]
    MatchExpressions: L[Xi[EksLabelSelectorRequirement]]

class EksSource(TypedDict, total=False):
    ClusterArn: S
    Namespaces: L[Si]
    LabelSelector: X[EksLabelSelector]

class ResourceConfiguration(TypedDict, total=False):
    ResourceTags: L[Xi[ResourceTag]]
    CfnStackArn: S
    TfStateFileUrl: S
    Eks: X[EksSource]
    DesignFileS3Url: S

CreateInputSourceParameters = TypedDict(
    "CreateInputSourceParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ResourceConfiguration": X[ResourceConfiguration],
        "ResourceConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AvailabilitySlo(TypedDict, total=False):
    Target: F

class MultiAzTargets(TypedDict, total=False):
    RtoInMinutes: I
    RpoInMinutes: I
    DisasterRecoveryApproach: S

class MultiRegionTargets(TypedDict, total=False):
    RtoInMinutes: I
    RpoInMinutes: I
    DisasterRecoveryApproach: S

class DataRecoveryTargets(TypedDict, total=False):
    TimeBetweenBackupsInMinutes: I

CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AvailabilitySlo": X[AvailabilitySlo],
        "AvailabilitySlo.$": str,
        "MultiAz": X[MultiAzTargets],
        "MultiAz.$": str,
        "MultiRegion": X[MultiRegionTargets],
        "MultiRegion.$": str,
        "DataRecovery": X[DataRecoveryTargets],
        "DataRecovery.$": str,
        "SharingEnabled": B,
        "SharingEnabled.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateReportParameters = TypedDict(
    "CreateReportParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ReportType": S,
        "ReportType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AssociatedSystem(TypedDict, total=False):
    SystemArn: S
    SystemName: S
    UserJourneyIds: L[Si]

class CrossAccountRole(TypedDict, total=False):
    CrossAccountRoleArn: S
    ExternalId: S

class PermissionModel(TypedDict, total=False):
    InvokerRoleName: S
    CrossAccountRoles: L[Xi[CrossAccountRole]]

class S3ReportOutputConfiguration(TypedDict, total=False):
    BucketPath: S
    BucketOwner: S

class ReportOutputConfiguration(TypedDict, total=False):
    S3: X[S3ReportOutputConfiguration]

class ServiceReportConfiguration(TypedDict, total=False):
    ReportOutputs: L[Xi[ReportOutputConfiguration]]

class DevOpsAgentConfiguration(TypedDict, total=False):
    AgentSpaceArn: S

CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AssociatedSystems": L[Xi[AssociatedSystem]],
        "AssociatedSystems.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "PermissionModel": X[PermissionModel],
        "PermissionModel.$": str,
        "DependencyDiscovery": S,
        "DependencyDiscovery.$": str,
        "ReportConfiguration": X[ServiceReportConfiguration],
        "ReportConfiguration.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DevOpsAgentConfiguration": X[DevOpsAgentConfiguration],
        "DevOpsAgentConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateServiceFunctionParameters = TypedDict(
    "CreateServiceFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Description": S,
        "Description.$": str,
        "Criticality": S,
        "Criticality.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateServiceFunctionResourcesParameters = TypedDict(
    "CreateServiceFunctionResourcesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ServiceFunctionId": S,
        "ServiceFunctionId.$": str,
        "Resources": L[Si],
        "Resources.$": str,
    },
    total=False,
)
CreateSystemParameters = TypedDict(
    "CreateSystemParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SharingEnabled": B,
        "SharingEnabled.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class LoggingConfiguration(TypedDict, total=False):
    S3BucketName: S
    CloudWatchLogGroupArn: S
    LogSchemaVersion: S

class StopCondition(TypedDict, total=False):
    Source: S
    Value: S

CreateTestParameters = TypedDict(
    "CreateTestParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "TestTemplateArn": S,
        "TestTemplateArn.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "StopConditions": L[Xi[StopCondition]],
        "StopConditions.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
    },
    total=False,
)
CreateUserJourneyParameters = TypedDict(
    "CreateUserJourneyParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAssertionParameters = TypedDict(
    "DeleteAssertionParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "AssertionId": S, "AssertionId.$": str},
    total=False,
)
DeleteInputSourceParameters = TypedDict(
    "DeleteInputSourceParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "InputSourceId": S, "InputSourceId.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
DeleteServiceFunctionParameters = TypedDict(
    "DeleteServiceFunctionParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "ServiceFunctionId": S, "ServiceFunctionId.$": str},
    total=False,
)
DeleteServiceFunctionResourcesParameters = TypedDict(
    "DeleteServiceFunctionResourcesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ServiceFunctionId": S,
        "ServiceFunctionId.$": str,
        "Resources": L[Si],
        "Resources.$": str,
    },
    total=False,
)
DeleteSystemParameters = TypedDict(
    "DeleteSystemParameters", {"SystemArn": S, "SystemArn.$": str}, total=False
)
DeleteTestParameters = TypedDict(
    "DeleteTestParameters",
    {"TestId": S, "TestId.$": str, "ServiceArn": S, "ServiceArn.$": str},
    total=False,
)

class SuccessCriteriaAlarmInput(TypedDict, total=False):
    AlarmArn: S

class ObservabilityAlarmInput(TypedDict, total=False):
    AlarmArn: S

class TestSourceInput(TypedDict, total=False):
    SuccessCriteriaAlarm: X[SuccessCriteriaAlarmInput]
    ObservabilityAlarm: X[ObservabilityAlarmInput]

DeleteTestSourcesParameters = TypedDict(
    "DeleteTestSourcesParameters",
    {
        "TestId": S,
        "TestId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "TestSources": L[Xi[TestSourceInput]],
        "TestSources.$": str,
    },
    total=False,
)
DeleteUserJourneyParameters = TypedDict(
    "DeleteUserJourneyParameters",
    {"SystemArn": S, "SystemArn.$": str, "UserJourneyId": S, "UserJourneyId.$": str},
    total=False,
)
GetDependencyInsightsParameters = TypedDict(
    "GetDependencyInsightsParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
GetFailureModeFindingParameters = TypedDict(
    "GetFailureModeFindingParameters",
    {"FindingId": S, "FindingId.$": str, "ServiceArn": S, "ServiceArn.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
GetServiceParameters = TypedDict(
    "GetServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
GetSystemParameters = TypedDict(
    "GetSystemParameters", {"SystemArn": S, "SystemArn.$": str}, total=False
)
GetTestParameters = TypedDict(
    "GetTestParameters",
    {"TestId": S, "TestId.$": str, "ServiceArn": S, "ServiceArn.$": str},
    total=False,
)
GetTestRunParameters = TypedDict(
    "GetTestRunParameters",
    {"TestRunId": S, "TestRunId.$": str, "ServiceArn": S, "ServiceArn.$": str},
    total=False,
)
GetTestTemplateParameters = TypedDict(
    "GetTestTemplateParameters", {"TestTemplateArn": S, "TestTemplateArn.$": str}, total=False
)
GetUserJourneyParameters = TypedDict(
    "GetUserJourneyParameters",
    {"SystemArn": S, "SystemArn.$": str, "UserJourneyId": S, "UserJourneyId.$": str},
    total=False,
)
ImportAppParameters = TypedDict(
    "ImportAppParameters",
    {
        "V1AppArn": S,
        "V1AppArn.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SkipManuallyAddedResources": B,
        "SkipManuallyAddedResources.$": str,
        "AssociatedSystems": L[Xi[AssociatedSystem]],
        "AssociatedSystems.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ImportPolicyParameters = TypedDict(
    "ImportPolicyParameters",
    {
        "V1PolicyArn": S,
        "V1PolicyArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "AvailabilitySlo": X[AvailabilitySlo],
        "AvailabilitySlo.$": str,
        "MultiAzDisasterRecoveryApproach": S,
        "MultiAzDisasterRecoveryApproach.$": str,
        "MultiRegionDisasterRecoveryApproach": S,
        "MultiRegionDisasterRecoveryApproach.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ListAssertionsParameters = TypedDict(
    "ListAssertionsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Source": S,
        "Source.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDependenciesParameters = TypedDict(
    "ListDependenciesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "QueryRangeStartTime": T,
        "QueryRangeStartTime.$": str,
        "QueryRangeEndTime": T,
        "QueryRangeEndTime.$": str,
        "QueryRangeGranularity": S,
        "QueryRangeGranularity.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFailureModeAssessmentsParameters = TypedDict(
    "ListFailureModeAssessmentsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "AssessmentStatuses": L[Si],
        "AssessmentStatuses.$": str,
        "StartedAfter": T,
        "StartedAfter.$": str,
        "EndedBefore": T,
        "EndedBefore.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFailureModeFindingsParameters = TypedDict(
    "ListFailureModeFindingsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Severity": S,
        "Severity.$": str,
        "FailureCategory": S,
        "FailureCategory.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInputSourcesParameters = TypedDict(
    "ListInputSourcesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPolicyEventsParameters = TypedDict(
    "ListPolicyEventsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "EventTypes": L[Si],
        "EventTypes.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReportsParameters = TypedDict(
    "ListReportsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ReportType": S,
        "ReportType.$": str,
        "TestRunId": S,
        "TestRunId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResolvedTestRunTargetResourcesParameters = TypedDict(
    "ListResolvedTestRunTargetResourcesParameters",
    {
        "TestRunId": S,
        "TestRunId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ServiceFunctionId": S,
        "ServiceFunctionId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "Billable": B,
        "Billable.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceEventsParameters = TypedDict(
    "ListServiceEventsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "EventTypes": L[Si],
        "EventTypes.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceFunctionsParameters = TypedDict(
    "ListServiceFunctionsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceTopologyEdgesParameters = TypedDict(
    "ListServiceTopologyEdgesParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "UserJourneyId": S,
        "UserJourneyId.$": str,
        "OuId": S,
        "OuId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "AssessmentStatus": S,
        "AssessmentStatus.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSystemEventsParameters = TypedDict(
    "ListSystemEventsParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "EventTypes": L[Si],
        "EventTypes.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSystemsParameters = TypedDict(
    "ListSystemsParameters",
    {
        "OuId": S,
        "OuId.$": str,
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
ListTestRunDependenciesParameters = TypedDict(
    "ListTestRunDependenciesParameters",
    {
        "TestRunId": S,
        "TestRunId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestRunEventsParameters = TypedDict(
    "ListTestRunEventsParameters",
    {
        "TestRunId": S,
        "TestRunId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "StartedAt": T,
        "StartedAt.$": str,
        "EndedAt": T,
        "EndedAt.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestRunSourceEventsParameters = TypedDict(
    "ListTestRunSourceEventsParameters",
    {
        "TestRunId": S,
        "TestRunId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestRunSourcesParameters = TypedDict(
    "ListTestRunSourcesParameters",
    {
        "TestRunId": S,
        "TestRunId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestRunsParameters = TypedDict(
    "ListTestRunsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "TestId": S,
        "TestId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestSourcesParameters = TypedDict(
    "ListTestSourcesParameters",
    {
        "TestId": S,
        "TestId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestTemplatesParameters = TypedDict(
    "ListTestTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTestsParameters = TypedDict(
    "ListTestsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUserJourneysParameters = TypedDict(
    "ListUserJourneysParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutTestSourcesParameters = TypedDict(
    "PutTestSourcesParameters",
    {
        "TestId": S,
        "TestId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "TestSources": L[Xi[TestSourceInput]],
        "TestSources.$": str,
    },
    total=False,
)
StartDependencyInsightsParameters = TypedDict(
    "StartDependencyInsightsParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
StartFailureModeAssessmentParameters = TypedDict(
    "StartFailureModeAssessmentParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
StartTestRunParameters = TypedDict(
    "StartTestRunParameters",
    {"TestId": S, "TestId.$": str, "ServiceArn": S, "ServiceArn.$": str},
    total=False,
)
StopTestRunParameters = TypedDict(
    "StopTestRunParameters",
    {"TestRunId": S, "TestRunId.$": str, "ServiceArn": S, "ServiceArn.$": str},
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
UpdateAssertionParameters = TypedDict(
    "UpdateAssertionParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "AssertionId": S,
        "AssertionId.$": str,
        "Text": S,
        "Text.$": str,
    },
    total=False,
)
UpdateDependencyParameters = TypedDict(
    "UpdateDependencyParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "DependencyId": S,
        "DependencyId.$": str,
        "Criticality": S,
        "Criticality.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
UpdateFailureModeFindingParameters = TypedDict(
    "UpdateFailureModeFindingParameters",
    {
        "FindingId": S,
        "FindingId.$": str,
        "Status": S,
        "Status.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
UpdatePolicyParameters = TypedDict(
    "UpdatePolicyParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Description": S,
        "Description.$": str,
        "AvailabilitySlo": X[AvailabilitySlo],
        "AvailabilitySlo.$": str,
        "MultiAz": X[MultiAzTargets],
        "MultiAz.$": str,
        "MultiRegion": X[MultiRegionTargets],
        "MultiRegion.$": str,
        "DataRecovery": X[DataRecoveryTargets],
        "DataRecovery.$": str,
        "SharingEnabled": B,
        "SharingEnabled.$": str,
    },
    total=False,
)
UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Description": S,
        "Description.$": str,
        "AssociatedSystems": L[Xi[AssociatedSystem]],
        "AssociatedSystems.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "PermissionModel": X[PermissionModel],
        "PermissionModel.$": str,
        "DependencyDiscovery": S,
        "DependencyDiscovery.$": str,
        "ReportConfiguration": X[ServiceReportConfiguration],
        "ReportConfiguration.$": str,
        "DevOpsAgentConfiguration": X[DevOpsAgentConfiguration],
        "DevOpsAgentConfiguration.$": str,
    },
    total=False,
)
UpdateServiceFunctionParameters = TypedDict(
    "UpdateServiceFunctionParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ServiceFunctionId": S,
        "ServiceFunctionId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Criticality": S,
        "Criticality.$": str,
    },
    total=False,
)
UpdateSystemParameters = TypedDict(
    "UpdateSystemParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "Description": S,
        "Description.$": str,
        "SharingEnabled": B,
        "SharingEnabled.$": str,
    },
    total=False,
)
UpdateTestParameters = TypedDict(
    "UpdateTestParameters",
    {
        "TestId": S,
        "TestId.$": str,
        "ServiceArn": S,
        "ServiceArn.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "StopConditions": L[Xi[StopCondition]],
        "StopConditions.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
    },
    total=False,
)
UpdateUserJourneyParameters = TypedDict(
    "UpdateUserJourneyParameters",
    {
        "SystemArn": S,
        "SystemArn.$": str,
        "UserJourneyId": S,
        "UserJourneyId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
    },
    total=False,
)
create_assertion: Builder[CreateAssertionParameters]
create_input_source: Builder[CreateInputSourceParameters]
create_policy: Builder[CreatePolicyParameters]
create_report: Builder[CreateReportParameters]
create_service: Builder[CreateServiceParameters]
create_service_function: Builder[CreateServiceFunctionParameters]
create_service_function_resources: Builder[CreateServiceFunctionResourcesParameters]
create_system: Builder[CreateSystemParameters]
create_test: Builder[CreateTestParameters]
create_user_journey: Builder[CreateUserJourneyParameters]
delete_assertion: Builder[DeleteAssertionParameters]
delete_input_source: Builder[DeleteInputSourceParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_service: Builder[DeleteServiceParameters]
delete_service_function: Builder[DeleteServiceFunctionParameters]
delete_service_function_resources: Builder[DeleteServiceFunctionResourcesParameters]
delete_system: Builder[DeleteSystemParameters]
delete_test: Builder[DeleteTestParameters]
delete_test_sources: Builder[DeleteTestSourcesParameters]
delete_user_journey: Builder[DeleteUserJourneyParameters]
get_dependency_insights: Builder[GetDependencyInsightsParameters]
get_failure_mode_finding: Builder[GetFailureModeFindingParameters]
get_policy: Builder[GetPolicyParameters]
get_service: Builder[GetServiceParameters]
get_system: Builder[GetSystemParameters]
get_test: Builder[GetTestParameters]
get_test_run: Builder[GetTestRunParameters]
get_test_template: Builder[GetTestTemplateParameters]
get_user_journey: Builder[GetUserJourneyParameters]
import_app: Builder[ImportAppParameters]
import_policy: Builder[ImportPolicyParameters]
list_assertions: Builder[ListAssertionsParameters]
list_dependencies: Builder[ListDependenciesParameters]
list_failure_mode_assessments: Builder[ListFailureModeAssessmentsParameters]
list_failure_mode_findings: Builder[ListFailureModeFindingsParameters]
list_input_sources: Builder[ListInputSourcesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_events: Builder[ListPolicyEventsParameters]
list_reports: Builder[ListReportsParameters]
list_resolved_test_run_target_resources: Builder[ListResolvedTestRunTargetResourcesParameters]
list_resources: Builder[ListResourcesParameters]
list_service_events: Builder[ListServiceEventsParameters]
list_service_functions: Builder[ListServiceFunctionsParameters]
list_service_topology_edges: Builder[ListServiceTopologyEdgesParameters]
list_services: Builder[ListServicesParameters]
list_system_events: Builder[ListSystemEventsParameters]
list_systems: Builder[ListSystemsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_test_run_dependencies: Builder[ListTestRunDependenciesParameters]
list_test_run_events: Builder[ListTestRunEventsParameters]
list_test_run_source_events: Builder[ListTestRunSourceEventsParameters]
list_test_run_sources: Builder[ListTestRunSourcesParameters]
list_test_runs: Builder[ListTestRunsParameters]
list_test_sources: Builder[ListTestSourcesParameters]
list_test_templates: Builder[ListTestTemplatesParameters]
list_tests: Builder[ListTestsParameters]
list_user_journeys: Builder[ListUserJourneysParameters]
put_test_sources: Builder[PutTestSourcesParameters]
start_dependency_insights: Builder[StartDependencyInsightsParameters]
start_failure_mode_assessment: Builder[StartFailureModeAssessmentParameters]
start_test_run: Builder[StartTestRunParameters]
stop_test_run: Builder[StopTestRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_assertion: Builder[UpdateAssertionParameters]
update_dependency: Builder[UpdateDependencyParameters]
update_failure_mode_finding: Builder[UpdateFailureModeFindingParameters]
update_policy: Builder[UpdatePolicyParameters]
update_service: Builder[UpdateServiceParameters]
update_service_function: Builder[UpdateServiceFunctionParameters]
update_system: Builder[UpdateSystemParameters]
update_test: Builder[UpdateTestParameters]
update_user_journey: Builder[UpdateUserJourneyParameters]

__all__ = [
    "create_assertion",
    "create_input_source",
    "create_policy",
    "create_report",
    "create_service",
    "create_service_function",
    "create_service_function_resources",
    "create_system",
    "create_test",
    "create_user_journey",
    "delete_assertion",
    "delete_input_source",
    "delete_policy",
    "delete_service",
    "delete_service_function",
    "delete_service_function_resources",
    "delete_system",
    "delete_test",
    "delete_test_sources",
    "delete_user_journey",
    "get_dependency_insights",
    "get_failure_mode_finding",
    "get_policy",
    "get_service",
    "get_system",
    "get_test",
    "get_test_run",
    "get_test_template",
    "get_user_journey",
    "import_app",
    "import_policy",
    "list_assertions",
    "list_dependencies",
    "list_failure_mode_assessments",
    "list_failure_mode_findings",
    "list_input_sources",
    "list_policies",
    "list_policy_events",
    "list_reports",
    "list_resolved_test_run_target_resources",
    "list_resources",
    "list_service_events",
    "list_service_functions",
    "list_service_topology_edges",
    "list_services",
    "list_system_events",
    "list_systems",
    "list_tags_for_resource",
    "list_test_run_dependencies",
    "list_test_run_events",
    "list_test_run_source_events",
    "list_test_run_sources",
    "list_test_runs",
    "list_test_sources",
    "list_test_templates",
    "list_tests",
    "list_user_journeys",
    "put_test_sources",
    "start_dependency_insights",
    "start_failure_mode_assessment",
    "start_test_run",
    "stop_test_run",
    "tag_resource",
    "untag_resource",
    "update_assertion",
    "update_dependency",
    "update_failure_mode_finding",
    "update_policy",
    "update_service",
    "update_service_function",
    "update_system",
    "update_test",
    "update_user_journey",
]
