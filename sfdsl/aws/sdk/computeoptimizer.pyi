"""Typed builders of the AWS SDK integration of computeoptimizer (``aws-sdk:computeoptimizer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class Scope(TypedDict, total=False):
    Name: S
    Value: S

DeleteRecommendationPreferencesParameters = TypedDict(
    "DeleteRecommendationPreferencesParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "RecommendationPreferenceNames": L[Si],
        "RecommendationPreferenceNames.$": str,
    },
    total=False,
)

class JobFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeRecommendationExportJobsParameters = TypedDict(
    "DescribeRecommendationExportJobsParameters",
    {
        "JobIds": L[Si],
        "JobIds.$": str,
        "Filters": L[Xi[JobFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

class S3DestinationConfig(TypedDict, total=False):
    Bucket: S
    KeyPrefix: S

class RecommendationPreferences(TypedDict, total=False):
    CpuVendorArchitectures: L[Si]

ExportAutoScalingGroupRecommendationsParameters = TypedDict(
    "ExportAutoScalingGroupRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)

class EBSFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportEBSVolumeRecommendationsParameters = TypedDict(
    "ExportEBSVolumeRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[EBSFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
    },
    total=False,
)
ExportEC2InstanceRecommendationsParameters = TypedDict(
    "ExportEC2InstanceRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)

class ECSServiceRecommendationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportECSServiceRecommendationsParameters = TypedDict(
    "ExportECSServiceRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[ECSServiceRecommendationFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
    },
    total=False,
)

class IdleRecommendationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportIdleRecommendationsParameters = TypedDict(
    "ExportIdleRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[IdleRecommendationFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
    },
    total=False,
)

class LambdaFunctionRecommendationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportLambdaFunctionRecommendationsParameters = TypedDict(
    "ExportLambdaFunctionRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[LambdaFunctionRecommendationFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
    },
    total=False,
)

class LicenseRecommendationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportLicenseRecommendationsParameters = TypedDict(
    "ExportLicenseRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[LicenseRecommendationFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
    },
    total=False,
)

class RDSDBRecommendationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ExportRDSDatabaseRecommendationsParameters = TypedDict(
    "ExportRDSDatabaseRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[RDSDBRecommendationFilter]],
        "Filters.$": str,
        "FieldsToExport": L[Si],
        "FieldsToExport.$": str,
        "S3DestinationConfig": X[S3DestinationConfig],
        "S3DestinationConfig.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "IncludeMemberAccounts": B,
        "IncludeMemberAccounts.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetAutoScalingGroupRecommendationsParameters = TypedDict(
    "GetAutoScalingGroupRecommendationsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "AutoScalingGroupArns": L[Si],
        "AutoScalingGroupArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetEBSVolumeRecommendationsParameters = TypedDict(
    "GetEBSVolumeRecommendationsParameters",
    {
        "VolumeArns": L[Si],
        "VolumeArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[EBSFilter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
    },
    total=False,
)
GetEC2InstanceRecommendationsParameters = TypedDict(
    "GetEC2InstanceRecommendationsParameters",
    {
        "InstanceArns": L[Si],
        "InstanceArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetEC2RecommendationProjectedMetricsParameters = TypedDict(
    "GetEC2RecommendationProjectedMetricsParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "Stat": S,
        "Stat.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetECSServiceRecommendationProjectedMetricsParameters = TypedDict(
    "GetECSServiceRecommendationProjectedMetricsParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "Stat": S,
        "Stat.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
GetECSServiceRecommendationsParameters = TypedDict(
    "GetECSServiceRecommendationsParameters",
    {
        "ServiceArns": L[Si],
        "ServiceArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[ECSServiceRecommendationFilter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
    },
    total=False,
)
GetEffectiveRecommendationPreferencesParameters = TypedDict(
    "GetEffectiveRecommendationPreferencesParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class GetEnrollmentStatusParameters(TypedDict, total=False): ...

class EnrollmentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

GetEnrollmentStatusesForOrganizationParameters = TypedDict(
    "GetEnrollmentStatusesForOrganizationParameters",
    {
        "Filters": L[Xi[EnrollmentFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class OrderBy(TypedDict, total=False):
    Dimension: S
    Order: S

GetIdleRecommendationsParameters = TypedDict(
    "GetIdleRecommendationsParameters",
    {
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[IdleRecommendationFilter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "OrderBy": X[OrderBy],
        "OrderBy.$": str,
    },
    total=False,
)
GetLambdaFunctionRecommendationsParameters = TypedDict(
    "GetLambdaFunctionRecommendationsParameters",
    {
        "FunctionArns": L[Si],
        "FunctionArns.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Filters": L[Xi[LambdaFunctionRecommendationFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetLicenseRecommendationsParameters = TypedDict(
    "GetLicenseRecommendationsParameters",
    {
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[LicenseRecommendationFilter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
    },
    total=False,
)
GetRDSDatabaseRecommendationProjectedMetricsParameters = TypedDict(
    "GetRDSDatabaseRecommendationProjectedMetricsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Stat": S,
        "Stat.$": str,
        "Period": I,
        "Period.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetRDSDatabaseRecommendationsParameters = TypedDict(
    "GetRDSDatabaseRecommendationsParameters",
    {
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[RDSDBRecommendationFilter]],
        "Filters.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "RecommendationPreferences": X[RecommendationPreferences],
        "RecommendationPreferences.$": str,
    },
    total=False,
)
GetRecommendationPreferencesParameters = TypedDict(
    "GetRecommendationPreferencesParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetRecommendationSummariesParameters = TypedDict(
    "GetRecommendationSummariesParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ExternalMetricsPreference(TypedDict, total=False):
    Source: S

class CustomizableMetricParameters(TypedDict, total=False):
    Threshold: S
    Headroom: S

class UtilizationPreference(TypedDict, total=False):
    MetricName: S
    MetricParameters: X[CustomizableMetricParameters]

class PreferredResource(TypedDict, total=False):
    Name: S
    IncludeList: L[Si]
    ExcludeList: L[Si]

PutRecommendationPreferencesParameters = TypedDict(
    "PutRecommendationPreferencesParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "Scope": X[Scope],
        "Scope.$": str,
        "EnhancedInfrastructureMetrics": S,
        "EnhancedInfrastructureMetrics.$": str,
        "InferredWorkloadTypes": S,
        "InferredWorkloadTypes.$": str,
        "ExternalMetricsPreference": X[ExternalMetricsPreference],
        "ExternalMetricsPreference.$": str,
        "LookBackPeriod": S,
        "LookBackPeriod.$": str,
        "UtilizationPreferences": L[Xi[UtilizationPreference]],
        "UtilizationPreferences.$": str,
        "PreferredResources": L[Xi[PreferredResource]],
        "PreferredResources.$": str,
        "SavingsEstimationMode": S,
        "SavingsEstimationMode.$": str,
    },
    total=False,
)
UpdateEnrollmentStatusParameters = TypedDict(
    "UpdateEnrollmentStatusParameters",
    {"Status": S, "Status.$": str, "IncludeMemberAccounts": B, "IncludeMemberAccounts.$": str},
    total=False,
)
delete_recommendation_preferences: Builder[DeleteRecommendationPreferencesParameters]
describe_recommendation_export_jobs: Builder[DescribeRecommendationExportJobsParameters]
export_auto_scaling_group_recommendations: Builder[ExportAutoScalingGroupRecommendationsParameters]
export_ebs_volume_recommendations: Builder[ExportEBSVolumeRecommendationsParameters]
export_ec2_instance_recommendations: Builder[ExportEC2InstanceRecommendationsParameters]
export_ecs_service_recommendations: Builder[ExportECSServiceRecommendationsParameters]
export_idle_recommendations: Builder[ExportIdleRecommendationsParameters]
export_lambda_function_recommendations: Builder[ExportLambdaFunctionRecommendationsParameters]
export_license_recommendations: Builder[ExportLicenseRecommendationsParameters]
export_rds_database_recommendations: Builder[ExportRDSDatabaseRecommendationsParameters]
get_auto_scaling_group_recommendations: Builder[GetAutoScalingGroupRecommendationsParameters]
get_ebs_volume_recommendations: Builder[GetEBSVolumeRecommendationsParameters]
get_ec2_instance_recommendations: Builder[GetEC2InstanceRecommendationsParameters]
get_ec2_recommendation_projected_metrics: Builder[GetEC2RecommendationProjectedMetricsParameters]
get_ecs_service_recommendation_projected_metrics: Builder[
    GetECSServiceRecommendationProjectedMetricsParameters
]
get_ecs_service_recommendations: Builder[GetECSServiceRecommendationsParameters]
get_effective_recommendation_preferences: Builder[GetEffectiveRecommendationPreferencesParameters]
get_enrollment_status: Builder[GetEnrollmentStatusParameters]
get_enrollment_statuses_for_organization: Builder[GetEnrollmentStatusesForOrganizationParameters]
get_idle_recommendations: Builder[GetIdleRecommendationsParameters]
get_lambda_function_recommendations: Builder[GetLambdaFunctionRecommendationsParameters]
get_license_recommendations: Builder[GetLicenseRecommendationsParameters]
get_rds_database_recommendation_projected_metrics: Builder[
    GetRDSDatabaseRecommendationProjectedMetricsParameters
]
get_rds_database_recommendations: Builder[GetRDSDatabaseRecommendationsParameters]
get_recommendation_preferences: Builder[GetRecommendationPreferencesParameters]
get_recommendation_summaries: Builder[GetRecommendationSummariesParameters]
put_recommendation_preferences: Builder[PutRecommendationPreferencesParameters]
update_enrollment_status: Builder[UpdateEnrollmentStatusParameters]

__all__ = [
    "delete_recommendation_preferences",
    "describe_recommendation_export_jobs",
    "export_auto_scaling_group_recommendations",
    "export_ebs_volume_recommendations",
    "export_ec2_instance_recommendations",
    "export_ecs_service_recommendations",
    "export_idle_recommendations",
    "export_lambda_function_recommendations",
    "export_license_recommendations",
    "export_rds_database_recommendations",
    "get_auto_scaling_group_recommendations",
    "get_ebs_volume_recommendations",
    "get_ec2_instance_recommendations",
    "get_ec2_recommendation_projected_metrics",
    "get_ecs_service_recommendation_projected_metrics",
    "get_ecs_service_recommendations",
    "get_effective_recommendation_preferences",
    "get_enrollment_status",
    "get_enrollment_statuses_for_organization",
    "get_idle_recommendations",
    "get_lambda_function_recommendations",
    "get_license_recommendations",
    "get_rds_database_recommendation_projected_metrics",
    "get_rds_database_recommendations",
    "get_recommendation_preferences",
    "get_recommendation_summaries",
    "put_recommendation_preferences",
    "update_enrollment_status",
]
