"""Typed builders of the AWS SDK integration of arcregionswitch (``aws-sdk:arcregionswitch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, Mi, S, Si, X, Xi

ApprovePlanExecutionStepParameters = TypedDict(
    "ApprovePlanExecutionStepParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "StepName": S,
        "StepName.$": str,
        "Approval": S,
        "Approval.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
CancelPlanExecutionParameters = TypedDict(
    "CancelPlanExecutionParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)

class Lambdas(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    Arn: S
    Payload: S

class LambdaUngraceful(TypedDict, total=False):
    Behavior: S

class CustomActionLambdaConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    Lambdas: L[Xi[Lambdas]]
    RetryIntervalMinutes: F
    RegionToRun: S
    Ungraceful: X[LambdaUngraceful]

class Asg(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    Arn: S

class Ec2Ungraceful(TypedDict, total=False):
    MinimumSuccessPercentage: I

class Ec2AsgCapacityIncreaseConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    Asgs: L[Xi[Asg]]
    Ungraceful: X[Ec2Ungraceful]
    TargetPercent: I
    CapacityMonitoringApproach: S
    WaitELBTargetGroupHealthy: S

class ExecutionApprovalConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    ApprovalRole: S

class ArcRoutingControlState(TypedDict, total=False):
    RoutingControlArn: S
    State: S

class ArcRoutingControlConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    RegionAndRoutingControls: M[L[Xi[ArcRoutingControlState]]]

class GlobalAuroraUngraceful(TypedDict, total=False):
    Ungraceful: S

class GlobalAuroraConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    Behavior: S
    Ungraceful: X[GlobalAuroraUngraceful]
    GlobalClusterIdentifier: S
    DatabaseClusterArns: L[Si]

class ParallelExecutionBlockConfiguration(TypedDict, total=False):
    Steps: L[Xi[Step]]

class RegionSwitchPlanConfiguration(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    Arn: S

class Service(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    ClusterArn: S
    ServiceArn: S

class EcsUngraceful(TypedDict, total=False):
    MinimumSuccessPercentage: I

class EcsCapacityIncreaseConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    Services: L[Xi[Service]]
    Ungraceful: X[EcsUngraceful]
    TargetPercent: I
    CapacityMonitoringApproach: S
    WaitELBTargetGroupHealthy: S

class KubernetesResourceType(TypedDict, total=False):
    ApiVersion: S
    Kind: S

class KubernetesScalingResource(TypedDict, total=False):
    Namespace: S
    Name: S
    HpaName: S

class EksCluster(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    ClusterArn: S

class EksResourceScalingUngraceful(TypedDict, total=False):
    MinimumSuccessPercentage: I

class EksResourceScalingConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    KubernetesResourceType: X[KubernetesResourceType]
    ScalingResources: L[Mi[M[X[KubernetesScalingResource]]]]
    EksClusters: L[Xi[EksCluster]]
    Ungraceful: X[EksResourceScalingUngraceful]
    TargetPercent: I
    CapacityMonitoringApproach: S

class Route53ResourceRecordSet(TypedDict, total=False):
    RecordSetIdentifier: S
    Region: S

class Route53HealthCheckConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    HostedZoneId: S
    RecordName: S
    RecordSets: L[Xi[Route53ResourceRecordSet]]

class DocumentDbUngraceful(TypedDict, total=False):
    Ungraceful: S

class DocumentDbConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    Behavior: S
    Ungraceful: X[DocumentDbUngraceful]
    GlobalClusterIdentifier: S
    DatabaseClusterArns: L[Si]

class RdsPromoteReadReplicaConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    DbInstanceArnMap: M[S]

class RdsCreateCrossRegionReplicaConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    DbInstanceArnMap: M[S]

class EventSourceMapping(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    Arn: S

class LambdaEventSourceMappingUngraceful(TypedDict, total=False):
    Behavior: S

class LambdaEventSourceMappingConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    Action: S
    RegionEventSourceMappings: M[X[EventSourceMapping]]
    Ungraceful: X[LambdaEventSourceMappingUngraceful]

class AuroraServerlessScalingConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    GlobalClusterIdentifier: S
    RegionDatabaseClusterArns: M[S]
    TargetPercent: I

class AuroraProvisionedScalingConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    GlobalClusterIdentifier: S
    RegionDatabaseClusterArns: M[S]
    InstanceArns: M[S]

class NeptuneUngraceful(TypedDict, total=False):
    Ungraceful: S

class NeptuneGlobalDatabaseConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    Behavior: S
    Ungraceful: X[NeptuneUngraceful]
    GlobalClusterIdentifier: S
    RegionDatabaseClusterArns: M[S]

class RdsUngraceful(TypedDict, total=False):
    Ungraceful: S

class RdsSwitchoverReadReplicaConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    CrossAccountRole: S
    ExternalId: S
    DbInstanceArnMap: M[S]
    Ungraceful: X[RdsUngraceful]

class SsmTarget(TypedDict, total=False):
    Key: S
    Values: L[Si]

class SsmDocumentConfig(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    DocumentArn: S
    Targets: L[Xi[SsmTarget]]
    Parameters: M[L[Si]]
    DocumentVersion: S

class SsmSendCommandUngraceful(TypedDict, total=False):
    Behavior: S

class SsmSendCommandConfiguration(TypedDict, total=False):
    TimeoutMinutes: I
    RegionDocuments: M[X[SsmDocumentConfig]]
    RetryIntervalMinutes: F
    Ungraceful: X[SsmSendCommandUngraceful]

class ExecutionBlockConfiguration(TypedDict, total=False):
    CustomActionLambdaConfig: X[CustomActionLambdaConfiguration]
    Ec2AsgCapacityIncreaseConfig: X[Ec2AsgCapacityIncreaseConfiguration]
    ExecutionApprovalConfig: X[ExecutionApprovalConfiguration]
    ArcRoutingControlConfig: X[ArcRoutingControlConfiguration]
    GlobalAuroraConfig: X[GlobalAuroraConfiguration]
    ParallelConfig: X[ParallelExecutionBlockConfiguration]
    RegionSwitchPlanConfig: X[RegionSwitchPlanConfiguration]
    EcsCapacityIncreaseConfig: X[EcsCapacityIncreaseConfiguration]
    EksResourceScalingConfig: X[EksResourceScalingConfiguration]
    Route53HealthCheckConfig: X[Route53HealthCheckConfiguration]
    DocumentDbConfig: X[DocumentDbConfiguration]
    RdsPromoteReadReplicaConfig: X[RdsPromoteReadReplicaConfiguration]
    RdsCreateCrossRegionReadReplicaConfig: X[RdsCreateCrossRegionReplicaConfiguration]
    LambdaEventSourceMappingConfig: X[LambdaEventSourceMappingConfiguration]
    AuroraServerlessScalingConfig: X[AuroraServerlessScalingConfiguration]
    AuroraProvisionedScalingConfig: X[AuroraProvisionedScalingConfiguration]
    NeptuneGlobalDatabaseConfig: X[NeptuneGlobalDatabaseConfiguration]
    RdsSwitchoverReadReplicaConfig: X[RdsSwitchoverReadReplicaConfiguration]
    SsmSendCommandConfig: X[SsmSendCommandConfiguration]

class Step(TypedDict, total=False):
    Name: S
    Description: S
    ExecutionBlockConfiguration: X[ExecutionBlockConfiguration]
    ExecutionBlockType: S

class Workflow(TypedDict, total=False):
    Steps: L[Xi[Step]]
    WorkflowTargetAction: S
    WorkflowTargetRegion: S
    WorkflowDescription: S

class AssociatedAlarm(TypedDict, total=False):
    CrossAccountRole: S
    ExternalId: S
    ResourceIdentifier: S
    AlarmType: S

class TriggerCondition(TypedDict, total=False):
    AssociatedAlarmName: S
    Condition: S

class Trigger(TypedDict, total=False):
    Description: S
    TargetRegion: S
    Action: S
    Conditions: L[Xi[TriggerCondition]]
    MinDelayMinutesBetweenExecutions: I

class S3ReportOutputConfiguration(TypedDict, total=False):
    BucketPath: S
    BucketOwner: S

class ReportOutputConfiguration(TypedDict, total=False):
    S3Configuration: X[S3ReportOutputConfiguration]

class ReportConfiguration(TypedDict, total=False):
    ReportOutput: L[Xi[ReportOutputConfiguration]]

CreatePlanParameters = TypedDict(
    "CreatePlanParameters",
    {
        "Description": S,
        "Description.$": str,
        "Workflows": L[Xi[Workflow]],
        "Workflows.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "RecoveryTimeObjectiveMinutes": I,
        "RecoveryTimeObjectiveMinutes.$": str,
        "AssociatedAlarms": M[X[AssociatedAlarm]],
        "AssociatedAlarms.$": str,
        "Triggers": L[Xi[Trigger]],
        "Triggers.$": str,
        "ReportConfiguration": X[ReportConfiguration],
        "ReportConfiguration.$": str,
        "ServiceQuotaChecksEnabled": B,
        "ServiceQuotaChecksEnabled.$": str,
        "Name": S,
        "Name.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "RecoveryApproach": S,
        "RecoveryApproach.$": str,
        "PrimaryRegion": S,
        "PrimaryRegion.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeletePlanParameters = TypedDict("DeletePlanParameters", {"Arn": S, "Arn.$": str}, total=False)
GetPlanParameters = TypedDict("GetPlanParameters", {"Arn": S, "Arn.$": str}, total=False)
GetPlanEvaluationStatusParameters = TypedDict(
    "GetPlanEvaluationStatusParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPlanExecutionParameters = TypedDict(
    "GetPlanExecutionParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPlanInRegionParameters = TypedDict(
    "GetPlanInRegionParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListPlanExecutionEventsParameters = TypedDict(
    "ListPlanExecutionEventsParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListPlanExecutionsParameters = TypedDict(
    "ListPlanExecutionsParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
ListPlansParameters = TypedDict(
    "ListPlansParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPlansInRegionParameters = TypedDict(
    "ListPlansInRegionParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRoute53HealthChecksParameters = TypedDict(
    "ListRoute53HealthChecksParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "RecordName": S,
        "RecordName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRoute53HealthChecksInRegionParameters = TypedDict(
    "ListRoute53HealthChecksInRegionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "RecordName": S,
        "RecordName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceQuotaWarningsParameters = TypedDict(
    "ListServiceQuotaWarningsParameters",
    {
        "PlanArns": L[Si],
        "PlanArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
StartPlanExecutionParameters = TypedDict(
    "StartPlanExecutionParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "TargetRegion": S,
        "TargetRegion.$": str,
        "Action": S,
        "Action.$": str,
        "Mode": S,
        "Mode.$": str,
        "Comment": S,
        "Comment.$": str,
        "LatestVersion": S,
        "LatestVersion.$": str,
        "RecoveryExecutionId": S,
        "RecoveryExecutionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "ResourceTagKeys": L[Si], "ResourceTagKeys.$": str},
    total=False,
)
UpdatePlanParameters = TypedDict(
    "UpdatePlanParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Description": S,
        "Description.$": str,
        "Workflows": L[Xi[Workflow]],
        "Workflows.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "RecoveryTimeObjectiveMinutes": I,
        "RecoveryTimeObjectiveMinutes.$": str,
        "AssociatedAlarms": M[X[AssociatedAlarm]],
        "AssociatedAlarms.$": str,
        "Triggers": L[Xi[Trigger]],
        "Triggers.$": str,
        "ReportConfiguration": X[ReportConfiguration],
        "ReportConfiguration.$": str,
        "ServiceQuotaChecksEnabled": B,
        "ServiceQuotaChecksEnabled.$": str,
    },
    total=False,
)
UpdatePlanExecutionParameters = TypedDict(
    "UpdatePlanExecutionParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Action": S,
        "Action.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
UpdatePlanExecutionStepParameters = TypedDict(
    "UpdatePlanExecutionStepParameters",
    {
        "PlanArn": S,
        "PlanArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Comment": S,
        "Comment.$": str,
        "StepName": S,
        "StepName.$": str,
        "ActionToTake": S,
        "ActionToTake.$": str,
    },
    total=False,
)
approve_plan_execution_step: Builder[ApprovePlanExecutionStepParameters]
cancel_plan_execution: Builder[CancelPlanExecutionParameters]
create_plan: Builder[CreatePlanParameters]
delete_plan: Builder[DeletePlanParameters]
get_plan: Builder[GetPlanParameters]
get_plan_evaluation_status: Builder[GetPlanEvaluationStatusParameters]
get_plan_execution: Builder[GetPlanExecutionParameters]
get_plan_in_region: Builder[GetPlanInRegionParameters]
list_plan_execution_events: Builder[ListPlanExecutionEventsParameters]
list_plan_executions: Builder[ListPlanExecutionsParameters]
list_plans: Builder[ListPlansParameters]
list_plans_in_region: Builder[ListPlansInRegionParameters]
list_route53_health_checks: Builder[ListRoute53HealthChecksParameters]
list_route53_health_checks_in_region: Builder[ListRoute53HealthChecksInRegionParameters]
list_service_quota_warnings: Builder[ListServiceQuotaWarningsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_plan_execution: Builder[StartPlanExecutionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_plan: Builder[UpdatePlanParameters]
update_plan_execution: Builder[UpdatePlanExecutionParameters]
update_plan_execution_step: Builder[UpdatePlanExecutionStepParameters]

__all__ = [
    "approve_plan_execution_step",
    "cancel_plan_execution",
    "create_plan",
    "delete_plan",
    "get_plan",
    "get_plan_evaluation_status",
    "get_plan_execution",
    "get_plan_in_region",
    "list_plan_execution_events",
    "list_plan_executions",
    "list_plans",
    "list_plans_in_region",
    "list_route53_health_checks",
    "list_route53_health_checks_in_region",
    "list_service_quota_warnings",
    "list_tags_for_resource",
    "start_plan_execution",
    "tag_resource",
    "untag_resource",
    "update_plan",
    "update_plan_execution",
    "update_plan_execution_step",
]
