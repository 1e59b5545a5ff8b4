"""Typed builders of the AWS SDK integration of resiliencehub (``aws-sdk:resiliencehub:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class AcceptGroupingRecommendationEntry(TypedDict, total=False):
    GroupingRecommendationId: S

AcceptResourceGroupingRecommendationsParameters = TypedDict(
    "AcceptResourceGroupingRecommendationsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "Entries": L[Xi[AcceptGroupingRecommendationEntry]],
        "Entries.$": str,
    },
    total=False,
)

class PhysicalResourceId(TypedDict, total=False):
    AwsAccountId: S
    AwsRegion: S
    Identifier: S
    Type: S

class ResourceMapping(TypedDict, total=False):
    AppRegistryAppName: S
    EksSourceName: S
    LogicalStackName: S
    MappingType: S
    PhysicalResourceId: X[PhysicalResourceId]
    ResourceGroupName: S
    ResourceName: S
    TerraformSourceName: S

AddDraftAppVersionResourceMappingsParameters = TypedDict(
    "AddDraftAppVersionResourceMappingsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "ResourceMappings": L[Xi[ResourceMapping]],
        "ResourceMappings.$": str,
    },
    total=False,
)

class UpdateRecommendationStatusItem(TypedDict, total=False):
    ResourceId: S
    TargetAccountId: S
    TargetRegion: S

class UpdateRecommendationStatusRequestEntry(TypedDict, total=False):
    AppComponentId: S
    EntryId: S
    ExcludeReason: S
    Excluded: B
    Item: X[UpdateRecommendationStatusItem]
    ReferenceId: S

BatchUpdateRecommendationStatusParameters = TypedDict(
    "BatchUpdateRecommendationStatusParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "RequestEntries": L[Xi[UpdateRecommendationStatusRequestEntry]],
        "RequestEntries.$": str,
    },
    total=False,
)

class EventSubscription(TypedDict, total=False):
    EventType: S
    Name: S
    SnsTopicArn: S

class PermissionModel(TypedDict, total=False):
    CrossAccountRoleArns: L[Si]
    InvokerRoleName: S
    Type: S

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {
        "AssessmentSchedule": S,
        "AssessmentSchedule.$": str,
        "AwsApplicationArn": S,
        "AwsApplicationArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "EventSubscriptions": L[Xi[EventSubscription]],
        "EventSubscriptions.$": str,
        "Name": S,
        "Name.$": str,
        "PermissionModel": X[PermissionModel],
        "PermissionModel.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAppVersionAppComponentParameters = TypedDict(
    "CreateAppVersionAppComponentParameters",
    {
        "AdditionalInfo": M[L[Si]],
        "AdditionalInfo.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class LogicalResourceId(TypedDict, total=False):
    EksSourceName: S
    Identifier: S
    LogicalStackName: S
    ResourceGroupName: S
    TerraformSourceName: S

CreateAppVersionResourceParameters = TypedDict(
    "CreateAppVersionResourceParameters",
    {
        "AdditionalInfo": M[L[Si]],
        "AdditionalInfo.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "AppComponents": L[Si],
        "AppComponents.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LogicalResourceId": X[LogicalResourceId],
        "LogicalResourceId.$": str,
        "PhysicalResourceId": S,
        "PhysicalResourceId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
CreateRecommendationTemplateParameters = TypedDict(
    "CreateRecommendationTemplateParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "BucketName": S,
        "BucketName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Format": S,
        "Format.$": str,
        "Name": S,
        "Name.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
        "RecommendationTypes": L[Si],
        "RecommendationTypes.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class FailurePolicy(TypedDict, total=False):
    RpoInSecs: I
    RtoInSecs: I

CreateResiliencyPolicyParameters = TypedDict(
    "CreateResiliencyPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DataLocationConstraint": S,
        "DataLocationConstraint.$": str,
        "Policy": M[X[FailurePolicy]],
        "Policy.$": str,
        "PolicyDescription": S,
        "PolicyDescription.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Tier": S,
        "Tier.$": str,
    },
    total=False,
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
    },
    total=False,
)
DeleteAppAssessmentParameters = TypedDict(
    "DeleteAppAssessmentParameters",
    {"AssessmentArn": S, "AssessmentArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class EksSourceClusterNamespace(TypedDict, total=False):
    EksClusterArn: S
    Namespace: S

class TerraformSource(TypedDict, total=False):
    S3StateFileUrl: S

DeleteAppInputSourceParameters = TypedDict(
    "DeleteAppInputSourceParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EksSourceClusterNamespace": X[EksSourceClusterNamespace],
        "EksSourceClusterNamespace.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "TerraformSource": X[TerraformSource],
        "TerraformSource.$": str,
    },
    total=False,
)
DeleteAppVersionAppComponentParameters = TypedDict(
    "DeleteAppVersionAppComponentParameters",
    {"AppArn": S, "AppArn.$": str, "ClientToken": S, "ClientToken.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteAppVersionResourceParameters = TypedDict(
    "DeleteAppVersionResourceParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LogicalResourceId": X[LogicalResourceId],
        "LogicalResourceId.$": str,
        "PhysicalResourceId": S,
        "PhysicalResourceId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
DeleteRecommendationTemplateParameters = TypedDict(
    "DeleteRecommendationTemplateParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "RecommendationTemplateArn": S,
        "RecommendationTemplateArn.$": str,
    },
    total=False,
)
DeleteResiliencyPolicyParameters = TypedDict(
    "DeleteResiliencyPolicyParameters",
    {"ClientToken": S, "ClientToken.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
DescribeAppParameters = TypedDict(
    "DescribeAppParameters", {"AppArn": S, "AppArn.$": str}, total=False
)
DescribeAppAssessmentParameters = TypedDict(
    "DescribeAppAssessmentParameters", {"AssessmentArn": S, "AssessmentArn.$": str}, total=False
)
DescribeAppVersionParameters = TypedDict(
    "DescribeAppVersionParameters",
    {"AppArn": S, "AppArn.$": str, "AppVersion": S, "AppVersion.$": str},
    total=False,
)
DescribeAppVersionAppComponentParameters = TypedDict(
    "DescribeAppVersionAppComponentParameters",
    {"AppArn": S, "AppArn.$": str, "AppVersion": S, "AppVersion.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeAppVersionResourceParameters = TypedDict(
    "DescribeAppVersionResourceParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "LogicalResourceId": X[LogicalResourceId],
        "LogicalResourceId.$": str,
        "PhysicalResourceId": S,
        "PhysicalResourceId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
DescribeAppVersionResourcesResolutionStatusParameters = TypedDict(
    "DescribeAppVersionResourcesResolutionStatusParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "ResolutionId": S,
        "ResolutionId.$": str,
    },
    total=False,
)
DescribeAppVersionTemplateParameters = TypedDict(
    "DescribeAppVersionTemplateParameters",
    {"AppArn": S, "AppArn.$": str, "AppVersion": S, "AppVersion.$": str},
    total=False,
)
DescribeDraftAppVersionResourcesImportStatusParameters = TypedDict(
    "DescribeDraftAppVersionResourcesImportStatusParameters",
    {"AppArn": S, "AppArn.$": str},
    total=False,
)
DescribeMetricsExportParameters = TypedDict(
    "DescribeMetricsExportParameters", {"MetricsExportId": S, "MetricsExportId.$": str}, total=False
)
DescribeResiliencyPolicyParameters = TypedDict(
    "DescribeResiliencyPolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
DescribeResourceGroupingRecommendationTaskParameters = TypedDict(
    "DescribeResourceGroupingRecommendationTaskParameters",
    {"AppArn": S, "AppArn.$": str, "GroupingId": S, "GroupingId.$": str},
    total=False,
)

class EksSource(TypedDict, total=False):
    EksClusterArn: S
    Namespaces: L[Si]

ImportResourcesToDraftAppVersionParameters = TypedDict(
    "ImportResourcesToDraftAppVersionParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "EksSources": L[Xi[EksSource]],
        "EksSources.$": str,
        "ImportStrategy": S,
        "ImportStrategy.$": str,
        "SourceArns": L[Si],
        "SourceArns.$": str,
        "TerraformSources": L[Xi[TerraformSource]],
        "TerraformSources.$": str,
    },
    total=False,
)
ListAlarmRecommendationsParameters = TypedDict(
    "ListAlarmRecommendationsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppAssessmentComplianceDriftsParameters = TypedDict(
    "ListAppAssessmentComplianceDriftsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppAssessmentResourceDriftsParameters = TypedDict(
    "ListAppAssessmentResourceDriftsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppAssessmentsParameters = TypedDict(
    "ListAppAssessmentsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AssessmentName": S,
        "AssessmentName.$": str,
        "AssessmentStatus": L[Si],
        "AssessmentStatus.$": str,
        "ComplianceStatus": S,
        "ComplianceStatus.$": str,
        "Invoker": S,
        "Invoker.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
ListAppComponentCompliancesParameters = TypedDict(
    "ListAppComponentCompliancesParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppComponentRecommendationsParameters = TypedDict(
    "ListAppComponentRecommendationsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppInputSourcesParameters = TypedDict(
    "ListAppInputSourcesParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppVersionAppComponentsParameters = TypedDict(
    "ListAppVersionAppComponentsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppVersionResourceMappingsParameters = TypedDict(
    "ListAppVersionResourceMappingsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppVersionResourcesParameters = TypedDict(
    "ListAppVersionResourcesParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResolutionId": S,
        "ResolutionId.$": str,
    },
    total=False,
)
ListAppVersionsParameters = TypedDict(
    "ListAppVersionsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AwsApplicationArn": S,
        "AwsApplicationArn.$": str,
        "FromLastAssessmentTime": T,
        "FromLastAssessmentTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "ToLastAssessmentTime": T,
        "ToLastAssessmentTime.$": str,
    },
    total=False,
)

class Condition(TypedDict, total=False):
    Field: S
    Operator: S
    Value: S

class Field(TypedDict, total=False):
    Aggregation: S
    Name: S

class Sort(TypedDict, total=False):
    Ascending: B
    Field: S

ListMetricsParameters = TypedDict(
    "ListMetricsParameters",
    {
        "Conditions": L[Xi[Condition]],
        "Conditions.$": str,
        "DataSource": S,
        "DataSource.$": str,
        "Fields": L[Xi[Field]],
        "Fields.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sorts": L[Xi[Sort]],
        "Sorts.$": str,
    },
    total=False,
)
ListRecommendationTemplatesParameters = TypedDict(
    "ListRecommendationTemplatesParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecommendationTemplateArn": S,
        "RecommendationTemplateArn.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "Status": L[Si],
        "Status.$": str,
    },
    total=False,
)
ListResiliencyPoliciesParameters = TypedDict(
    "ListResiliencyPoliciesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
    },
    total=False,
)
ListResourceGroupingRecommendationsParameters = TypedDict(
    "ListResourceGroupingRecommendationsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSopRecommendationsParameters = TypedDict(
    "ListSopRecommendationsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSuggestedResiliencyPoliciesParameters = TypedDict(
    "ListSuggestedResiliencyPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTestRecommendationsParameters = TypedDict(
    "ListTestRecommendationsParameters",
    {
        "AssessmentArn": S,
        "AssessmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUnsupportedAppVersionResourcesParameters = TypedDict(
    "ListUnsupportedAppVersionResourcesParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResolutionId": S,
        "ResolutionId.$": str,
    },
    total=False,
)
PublishAppVersionParameters = TypedDict(
    "PublishAppVersionParameters",
    {"AppArn": S, "AppArn.$": str, "VersionName": S, "VersionName.$": str},
    total=False,
)
PutDraftAppVersionTemplateParameters = TypedDict(
    "PutDraftAppVersionTemplateParameters",
    {"AppArn": S, "AppArn.$": str, "AppTemplateBody": S, "AppTemplateBody.$": str},
    total=False,
)

class RejectGroupingRecommendationEntry(TypedDict, total=False):
    GroupingRecommendationId: S
    RejectionReason: S

RejectResourceGroupingRecommendationsParameters = TypedDict(
    "RejectResourceGroupingRecommendationsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "Entries": L[Xi[RejectGroupingRecommendationEntry]],
        "Entries.$": str,
    },
    total=False,
)
RemoveDraftAppVersionResourceMappingsParameters = TypedDict(
    "RemoveDraftAppVersionResourceMappingsParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppRegistryAppNames": L[Si],
        "AppRegistryAppNames.$": str,
        "EksSourceNames": L[Si],
        "EksSourceNames.$": str,
        "LogicalStackNames": L[Si],
        "LogicalStackNames.$": str,
        "ResourceGroupNames": L[Si],
        "ResourceGroupNames.$": str,
        "ResourceNames": L[Si],
        "ResourceNames.$": str,
        "TerraformSourceNames": L[Si],
        "TerraformSourceNames.$": str,
    },
    total=False,
)
ResolveAppVersionResourcesParameters = TypedDict(
    "ResolveAppVersionResourcesParameters",
    {"AppArn": S, "AppArn.$": str, "AppVersion": S, "AppVersion.$": str},
    total=False,
)
StartAppAssessmentParameters = TypedDict(
    "StartAppAssessmentParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AppVersion": S,
        "AppVersion.$": str,
        "AssessmentName": S,
        "AssessmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartMetricsExportParameters = TypedDict(
    "StartMetricsExportParameters",
    {"BucketName": S, "BucketName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
StartResourceGroupingRecommendationTaskParameters = TypedDict(
    "StartResourceGroupingRecommendationTaskParameters", {"AppArn": S, "AppArn.$": str}, total=False
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
UpdateAppParameters = TypedDict(
    "UpdateAppParameters",
    {
        "AppArn": S,
        "AppArn.$": str,
        "AssessmentSchedule": S,
        "AssessmentSchedule.$": str,
        "ClearResiliencyPolicyArn": B,
        "ClearResiliencyPolicyArn.$": str,
        "Description": S,
        "Description.$": str,
        "EventSubscriptions": L[Xi[EventSubscription]],
        "EventSubscriptions.$": str,
        "PermissionModel": X[PermissionModel],
        "PermissionModel.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
    },
    total=False,
)
UpdateAppVersionParameters = TypedDict(
    "UpdateAppVersionParameters",
    {"AdditionalInfo": M[L[Si]], "AdditionalInfo.$": str, "AppArn": S, "AppArn.$": str},
    total=False,
)
UpdateAppVersionAppComponentParameters = TypedDict(
    "UpdateAppVersionAppComponentParameters",
    {
        "AdditionalInfo": M[L[Si]],
        "AdditionalInfo.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
UpdateAppVersionResourceParameters = TypedDict(
    "UpdateAppVersionResourceParameters",
    {
        "AdditionalInfo": M[L[Si]],
        "AdditionalInfo.$": str,
        "AppArn": S,
        "AppArn.$": str,
        "AppComponents": L[Si],
        "AppComponents.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "Excluded": B,
        "Excluded.$": str,
        "LogicalResourceId": X[LogicalResourceId],
        "LogicalResourceId.$": str,
        "PhysicalResourceId": S,
        "PhysicalResourceId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
UpdateResiliencyPolicyParameters = TypedDict(
    "UpdateResiliencyPolicyParameters",
    {
        "DataLocationConstraint": S,
        "DataLocationConstraint.$": str,
        "Policy": M[X[FailurePolicy]],
        "Policy.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PolicyDescription": S,
        "PolicyDescription.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "Tier": S,
        "Tier.$": str,
    },
    total=False,
)
accept_resource_grouping_recommendations: Builder[AcceptResourceGroupingRecommendationsParameters]
add_draft_app_version_resource_mappings: Builder[AddDraftAppVersionResourceMappingsParameters]
batch_update_recommendation_status: Builder[BatchUpdateRecommendationStatusParameters]
create_app: Builder[CreateAppParameters]
create_app_version_app_component: Builder[CreateAppVersionAppComponentParameters]
create_app_version_resource: Builder[CreateAppVersionResourceParameters]
create_recommendation_template: Builder[CreateRecommendationTemplateParameters]
create_resiliency_policy: Builder[CreateResiliencyPolicyParameters]
delete_app: Builder[DeleteAppParameters]
delete_app_assessment: Builder[DeleteAppAssessmentParameters]
delete_app_input_source: Builder[DeleteAppInputSourceParameters]
delete_app_version_app_component: Builder[DeleteAppVersionAppComponentParameters]
delete_app_version_resource: Builder[DeleteAppVersionResourceParameters]
delete_recommendation_template: Builder[DeleteRecommendationTemplateParameters]
delete_resiliency_policy: Builder[DeleteResiliencyPolicyParameters]
describe_app: Builder[DescribeAppParameters]
describe_app_assessment: Builder[DescribeAppAssessmentParameters]
describe_app_version: Builder[DescribeAppVersionParameters]
describe_app_version_app_component: Builder[DescribeAppVersionAppComponentParameters]
describe_app_version_resource: Builder[DescribeAppVersionResourceParameters]
describe_app_version_resources_resolution_status: Builder[
    DescribeAppVersionResourcesResolutionStatusParameters
]
describe_app_version_template: Builder[DescribeAppVersionTemplateParameters]
describe_draft_app_version_resources_import_status: Builder[
    DescribeDraftAppVersionResourcesImportStatusParameters
]
describe_metrics_export: Builder[DescribeMetricsExportParameters]
describe_resiliency_policy: Builder[DescribeResiliencyPolicyParameters]
describe_resource_grouping_recommendation_task: Builder[
    DescribeResourceGroupingRecommendationTaskParameters
]
import_resources_to_draft_app_version: Builder[ImportResourcesToDraftAppVersionParameters]
list_alarm_recommendations: Builder[ListAlarmRecommendationsParameters]
list_app_assessment_compliance_drifts: Builder[ListAppAssessmentComplianceDriftsParameters]
list_app_assessment_resource_drifts: Builder[ListAppAssessmentResourceDriftsParameters]
list_app_assessments: Builder[ListAppAssessmentsParameters]
list_app_component_compliances: Builder[ListAppComponentCompliancesParameters]
list_app_component_recommendations: Builder[ListAppComponentRecommendationsParameters]
list_app_input_sources: Builder[ListAppInputSourcesParameters]
list_app_version_app_components: Builder[ListAppVersionAppComponentsParameters]
list_app_version_resource_mappings: Builder[ListAppVersionResourceMappingsParameters]
list_app_version_resources: Builder[ListAppVersionResourcesParameters]
list_app_versions: Builder[ListAppVersionsParameters]
list_apps: Builder[ListAppsParameters]
list_metrics: Builder[ListMetricsParameters]
list_recommendation_templates: Builder[ListRecommendationTemplatesParameters]
list_resiliency_policies: Builder[ListResiliencyPoliciesParameters]
list_resource_grouping_recommendations: Builder[ListResourceGroupingRecommendationsParameters]
list_sop_recommendations: Builder[ListSopRecommendationsParameters]
list_suggested_resiliency_policies: Builder[ListSuggestedResiliencyPoliciesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_test_recommendations: Builder[ListTestRecommendationsParameters]
list_unsupported_app_version_resources: Builder[ListUnsupportedAppVersionResourcesParameters]
publish_app_version: Builder[PublishAppVersionParameters]
put_draft_app_version_template: Builder[PutDraftAppVersionTemplateParameters]
reject_resource_grouping_recommendations: Builder[RejectResourceGroupingRecommendationsParameters]
remove_draft_app_version_resource_mappings: Builder[RemoveDraftAppVersionResourceMappingsParameters]
resolve_app_version_resources: Builder[ResolveAppVersionResourcesParameters]
start_app_assessment: Builder[StartAppAssessmentParameters]
start_metrics_export: Builder[StartMetricsExportParameters]
start_resource_grouping_recommendation_task: Builder[
    StartResourceGroupingRecommendationTaskParameters
]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app: Builder[UpdateAppParameters]
update_app_version: Builder[UpdateAppVersionParameters]
update_app_version_app_component: Builder[UpdateAppVersionAppComponentParameters]
update_app_version_resource: Builder[UpdateAppVersionResourceParameters]
update_resiliency_policy: Builder[UpdateResiliencyPolicyParameters]

__all__ = [
    "accept_resource_grouping_recommendations",
    "add_draft_app_version_resource_mappings",
    "batch_update_recommendation_status",
    "create_app",
    "create_app_version_app_component",
    "create_app_version_resource",
    "create_recommendation_template",
    "create_resiliency_policy",
    "delete_app",
    "delete_app_assessment",
    "delete_app_input_source",
    "delete_app_version_app_component",
    "delete_app_version_resource",
    "delete_recommendation_template",
    "delete_resiliency_policy",
    "describe_app",
    "describe_app_assessment",
    "describe_app_version",
    "describe_app_version_app_component",
    "describe_app_version_resource",
    "describe_app_version_resources_resolution_status",
    "describe_app_version_template",
    "describe_draft_app_version_resources_import_status",
    "describe_metrics_export",
    "describe_resiliency_policy",
    "describe_resource_grouping_recommendation_task",
    "import_resources_to_draft_app_version",
    "list_alarm_recommendations",
    "list_app_assessment_compliance_drifts",
    "list_app_assessment_resource_drifts",
    "list_app_assessments",
    "list_app_component_compliances",
    "list_app_component_recommendations",
    "list_app_input_sources",
    "list_app_version_app_components",
    "list_app_version_resource_mappings",
    "list_app_version_resources",
    "list_app_versions",
    "list_apps",
    "list_metrics",
    "list_recommendation_templates",
    "list_resiliency_policies",
    "list_resource_grouping_recommendations",
    "list_sop_recommendations",
    "list_suggested_resiliency_policies",
    "list_tags_for_resource",
    "list_test_recommendations",
    "list_unsupported_app_version_resources",
    "publish_app_version",
    "put_draft_app_version_template",
    "reject_resource_grouping_recommendations",
    "remove_draft_app_version_resource_mappings",
    "resolve_app_version_resources",
    "start_app_assessment",
    "start_metrics_export",
    "start_resource_grouping_recommendation_task",
    "tag_resource",
    "untag_resource",
    "update_app",
    "update_app_version",
    "update_app_version_app_component",
    "update_app_version_resource",
    "update_resiliency_policy",
]
