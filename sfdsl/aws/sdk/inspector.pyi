"""Typed builders of the AWS SDK integration of inspector (``aws-sdk:inspector:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

class Attribute(TypedDict, total=False):
    Key: S
    Value: S

AddAttributesToFindingsParameters = TypedDict(
    "AddAttributesToFindingsParameters",
    {
        "FindingArns": L[Si],
        "FindingArns.$": str,
        "Attributes": L[Xi[Attribute]],
        "Attributes.$": str,
    },
    total=False,
)
CreateAssessmentTargetParameters = TypedDict(
    "CreateAssessmentTargetParameters",
    {
        "AssessmentTargetName": S,
        "AssessmentTargetName.$": str,
        "ResourceGroupArn": S,
        "ResourceGroupArn.$": str,
    },
    total=False,
)
CreateAssessmentTemplateParameters = TypedDict(
    "CreateAssessmentTemplateParameters",
    {
        "AssessmentTargetArn": S,
        "AssessmentTargetArn.$": str,
        "AssessmentTemplateName": S,
        "AssessmentTemplateName.$": str,
        "DurationInSeconds": I,
        "DurationInSeconds.$": str,
        "RulesPackageArns": L[Si],
        "RulesPackageArns.$": str,
        "UserAttributesForFindings": L[Xi[Attribute]],
        "UserAttributesForFindings.$": str,
    },
    total=False,
)
CreateExclusionsPreviewParameters = TypedDict(
    "CreateExclusionsPreviewParameters",
    {"AssessmentTemplateArn": S, "AssessmentTemplateArn.$": str},
    total=False,
)

class ResourceGroupTag(TypedDict, total=False):
    Key: S
    Value: S

CreateResourceGroupParameters = TypedDict(
    "CreateResourceGroupParameters",
    {"ResourceGroupTags": L[Xi[ResourceGroupTag]], "ResourceGroupTags.$": str},
    total=False,
)
DeleteAssessmentRunParameters = TypedDict(
    "DeleteAssessmentRunParameters", {"AssessmentRunArn": S, "AssessmentRunArn.$": str}, total=False
)
DeleteAssessmentTargetParameters = TypedDict(
    "DeleteAssessmentTargetParameters",
    {"AssessmentTargetArn": S, "AssessmentTargetArn.$": str},
    total=False,
)
DeleteAssessmentTemplateParameters = TypedDict(
    "DeleteAssessmentTemplateParameters",
    {"AssessmentTemplateArn": S, "AssessmentTemplateArn.$": str},
    total=False,
)
DescribeAssessmentRunsParameters = TypedDict(
    "DescribeAssessmentRunsParameters",
    {"AssessmentRunArns": L[Si], "AssessmentRunArns.$": str},
    total=False,
)
DescribeAssessmentTargetsParameters = TypedDict(
    "DescribeAssessmentTargetsParameters",
    {"AssessmentTargetArns": L[Si], "AssessmentTargetArns.$": str},
    total=False,
)
DescribeAssessmentTemplatesParameters = TypedDict(
    "DescribeAssessmentTemplatesParameters",
    {"AssessmentTemplateArns": L[Si], "AssessmentTemplateArns.$": str},
    total=False,
)

class DescribeCrossAccountAccessRoleParameters(TypedDict, total=False): ...

DescribeExclusionsParameters = TypedDict(
    "DescribeExclusionsParameters",
    {"ExclusionArns": L[Si], "ExclusionArns.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
DescribeFindingsParameters = TypedDict(
    "DescribeFindingsParameters",
    {"FindingArns": L[Si], "FindingArns.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
DescribeResourceGroupsParameters = TypedDict(
    "DescribeResourceGroupsParameters",
    {"ResourceGroupArns": L[Si], "ResourceGroupArns.$": str},
    total=False,
)
DescribeRulesPackagesParameters = TypedDict(
    "DescribeRulesPackagesParameters",
    {"RulesPackageArns": L[Si], "RulesPackageArns.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
GetAssessmentReportParameters = TypedDict(
    "GetAssessmentReportParameters",
    {
        "AssessmentRunArn": S,
        "AssessmentRunArn.$": str,
        "ReportFileFormat": S,
        "ReportFileFormat.$": str,
        "ReportType": S,
        "ReportType.$": str,
    },
    total=False,
)
GetExclusionsPreviewParameters = TypedDict(
    "GetExclusionsPreviewParameters",
    {
        "AssessmentTemplateArn": S,
        "AssessmentTemplateArn.$": str,
        "PreviewToken": S,
        "PreviewToken.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Locale": S,
        "Locale.$": str,
    },
    total=False,
)
GetTelemetryMetadataParameters = TypedDict(
    "GetTelemetryMetadataParameters",
    {"AssessmentRunArn": S, "AssessmentRunArn.$": str},
    total=False,
)

class AgentFilter(TypedDict, total=False):
    AgentHealths: L[Si]
    AgentHealthCodes: L[Si]

ListAssessmentRunAgentsParameters = TypedDict(
    "ListAssessmentRunAgentsParameters",
    {
        "AssessmentRunArn": S,
        "AssessmentRunArn.$": str,
        "Filter": X[AgentFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DurationRange(TypedDict, total=False):
    MinSeconds: I
    MaxSeconds: I

class TimestampRange(TypedDict, total=False):
    BeginDate: T
    EndDate: T

class AssessmentRunFilter(TypedDict, total=False):
    NamePattern: S
    States: L[Si]
    DurationRange: X[DurationRange]
    RulesPackageArns: L[Si]
    StartTimeRange: X[TimestampRange]
    CompletionTimeRange: X[TimestampRange]
    StateChangeTimeRange: X[TimestampRange]

ListAssessmentRunsParameters = TypedDict(
    "ListAssessmentRunsParameters",
    {
        "AssessmentTemplateArns": L[Si],
        "AssessmentTemplateArns.$": str,
        "Filter": X[AssessmentRunFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AssessmentTargetFilter(TypedDict, total=False):
    AssessmentTargetNamePattern: S

ListAssessmentTargetsParameters = TypedDict(
    "ListAssessmentTargetsParameters",
    {
        "Filter": X[AssessmentTargetFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AssessmentTemplateFilter(TypedDict, total=False):
    NamePattern: S
    DurationRange: X[DurationRange]
    RulesPackageArns: L[Si]

ListAssessmentTemplatesParameters = TypedDict(
    "ListAssessmentTemplatesParameters",
    {
        "AssessmentTargetArns": L[Si],
        "AssessmentTargetArns.$": str,
        "Filter": X[AssessmentTemplateFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventSubscriptionsParameters = TypedDict(
    "ListEventSubscriptionsParameters",
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
ListExclusionsParameters = TypedDict(
    "ListExclusionsParameters",
    {
        "AssessmentRunArn": S,
        "AssessmentRunArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FindingFilter(TypedDict, total=False):
    AgentIds: L[Si]
    AutoScalingGroups: L[Si]
    RuleNames: L[Si]
    Severities: L[Si]
    RulesPackageArns: L[Si]
    Attributes: L[Xi[Attribute]]
    UserAttributes: L[Xi[Attribute]]
    CreationTimeRange: X[TimestampRange]

ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "AssessmentRunArns": L[Si],
        "AssessmentRunArns.$": str,
        "Filter": X[FindingFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRulesPackagesParameters = TypedDict(
    "ListRulesPackagesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PreviewAgentsParameters = TypedDict(
    "PreviewAgentsParameters",
    {
        "PreviewAgentsArn": S,
        "PreviewAgentsArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
RegisterCrossAccountAccessRoleParameters = TypedDict(
    "RegisterCrossAccountAccessRoleParameters", {"RoleArn": S, "RoleArn.$": str}, total=False
)
RemoveAttributesFromFindingsParameters = TypedDict(
    "RemoveAttributesFromFindingsParameters",
    {"FindingArns": L[Si], "FindingArns.$": str, "AttributeKeys": L[Si], "AttributeKeys.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

SetTagsForResourceParameters = TypedDict(
    "SetTagsForResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
StartAssessmentRunParameters = TypedDict(
    "StartAssessmentRunParameters",
    {
        "AssessmentTemplateArn": S,
        "AssessmentTemplateArn.$": str,
        "AssessmentRunName": S,
        "AssessmentRunName.$": str,
    },
    total=False,
)
StopAssessmentRunParameters = TypedDict(
    "StopAssessmentRunParameters",
    {"AssessmentRunArn": S, "AssessmentRunArn.$": str, "StopAction": S, "StopAction.$": str},
    total=False,
)
SubscribeToEventParameters = TypedDict(
    "SubscribeToEventParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Event": S,
        "Event.$": str,
        "TopicArn": S,
        "TopicArn.$": str,
    },
    total=False,
)
UnsubscribeFromEventParameters = TypedDict(
    "UnsubscribeFromEventParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Event": S,
        "Event.$": str,
        "TopicArn": S,
        "TopicArn.$": str,
    },
    total=False,
)
UpdateAssessmentTargetParameters = TypedDict(
    "UpdateAssessmentTargetParameters",
    {
        "AssessmentTargetArn": S,
        "AssessmentTargetArn.$": str,
        "AssessmentTargetName": S,
        "AssessmentTargetName.$": str,
        "ResourceGroupArn": S,
        "ResourceGroupArn.$": str,
    },
    total=False,
)
add_attributes_to_findings: Builder[AddAttributesToFindingsParameters]
create_assessment_target: Builder[CreateAssessmentTargetParameters]
create_assessment_template: Builder[CreateAssessmentTemplateParameters]
create_exclusions_preview: Builder[CreateExclusionsPreviewParameters]
create_resource_group: Builder[CreateResourceGroupParameters]
delete_assessment_run: Builder[DeleteAssessmentRunParameters]
delete_assessment_target: Builder[DeleteAssessmentTargetParameters]
delete_assessment_template: Builder[DeleteAssessmentTemplateParameters]
describe_assessment_runs: Builder[DescribeAssessmentRunsParameters]
describe_assessment_targets: Builder[DescribeAssessmentTargetsParameters]
describe_assessment_templates: Builder[DescribeAssessmentTemplatesParameters]
describe_cross_account_access_role: Builder[DescribeCrossAccountAccessRoleParameters]
describe_exclusions: Builder[DescribeExclusionsParameters]
describe_findings: Builder[DescribeFindingsParameters]
describe_resource_groups: Builder[DescribeResourceGroupsParameters]
describe_rules_packages: Builder[DescribeRulesPackagesParameters]
get_assessment_report: Builder[GetAssessmentReportParameters]
get_exclusions_preview: Builder[GetExclusionsPreviewParameters]
get_telemetry_metadata: Builder[GetTelemetryMetadataParameters]
list_assessment_run_agents: Builder[ListAssessmentRunAgentsParameters]
list_assessment_runs: Builder[ListAssessmentRunsParameters]
list_assessment_targets: Builder[ListAssessmentTargetsParameters]
list_assessment_templates: Builder[ListAssessmentTemplatesParameters]
list_event_subscriptions: Builder[ListEventSubscriptionsParameters]
list_exclusions: Builder[ListExclusionsParameters]
list_findings: Builder[ListFindingsParameters]
list_rules_packages: Builder[ListRulesPackagesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
preview_agents: Builder[PreviewAgentsParameters]
register_cross_account_access_role: Builder[RegisterCrossAccountAccessRoleParameters]
remove_attributes_from_findings: Builder[RemoveAttributesFromFindingsParameters]
set_tags_for_resource: Builder[SetTagsForResourceParameters]
start_assessment_run: Builder[StartAssessmentRunParameters]
stop_assessment_run: Builder[StopAssessmentRunParameters]
subscribe_to_event: Builder[SubscribeToEventParameters]
unsubscribe_from_event: Builder[UnsubscribeFromEventParameters]
update_assessment_target: Builder[UpdateAssessmentTargetParameters]

__all__ = [
    "add_attributes_to_findings",
    "create_assessment_target",
    "create_assessment_template",
    "create_exclusions_preview",
    "create_resource_group",
    "delete_assessment_run",
    "delete_assessment_target",
    "delete_assessment_template",
    "describe_assessment_runs",
    "describe_assessment_targets",
    "describe_assessment_templates",
    "describe_cross_account_access_role",
    "describe_exclusions",
    "describe_findings",
    "describe_resource_groups",
    "describe_rules_packages",
    "get_assessment_report",
    "get_exclusions_preview",
    "get_telemetry_metadata",
    "list_assessment_run_agents",
    "list_assessment_runs",
    "list_assessment_targets",
    "list_assessment_templates",
    "list_event_subscriptions",
    "list_exclusions",
    "list_findings",
    "list_rules_packages",
    "list_tags_for_resource",
    "preview_agents",
    "register_cross_account_access_role",
    "remove_attributes_from_findings",
    "set_tags_for_resource",
    "start_assessment_run",
    "stop_assessment_run",
    "subscribe_to_event",
    "unsubscribe_from_event",
    "update_assessment_target",
]
