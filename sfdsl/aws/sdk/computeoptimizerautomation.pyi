"""Typed builders of the AWS SDK integration of computeoptimizerautomation (``aws-sdk:computeoptimizerautomation:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Fi, I, Ii, L, S, Si, T, X, Xi

AssociateAccountsParameters = TypedDict(
    "AssociateAccountsParameters",
    {"AccountIds": L[Si], "AccountIds.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class OrganizationConfiguration(TypedDict, total=False):
    RuleApplyOrder: S
    AccountIds: L[Si]
    OrganizationalUnitIds: L[Si]
    ExcludedOrganizationalUnitIds: L[Si]
    ExcludedAccountIds: L[Si]

class StringCriteriaCondition(TypedDict, total=False):
    Comparison: S
    Values: L[Si]

class IntegerCriteriaCondition(TypedDict, total=False):
    Comparison: S
    Values: L[Ii]

class DoubleCriteriaCondition(TypedDict, total=False):
    Comparison: S
    Values: L[Fi]

class ResourceTagsCriteriaCondition(TypedDict, total=False):
    Comparison: S
    Key: S
    Values: L[Si]

class Criteria(TypedDict, total=False):
    Region: L[Xi[StringCriteriaCondition]]
    ResourceArn: L[Xi[StringCriteriaCondition]]
    EbsVolumeType: L[Xi[StringCriteriaCondition]]
    EbsVolumeSizeInGib: L[Xi[IntegerCriteriaCondition]]
    EstimatedMonthlySavings: L[Xi[DoubleCriteriaCondition]]
    ResourceTag: L[Xi[ResourceTagsCriteriaCondition]]
    LookBackPeriodInDays: L[Xi[IntegerCriteriaCondition]]
    RestartNeeded: L[Xi[StringCriteriaCondition]]

class Schedule(TypedDict, total=False):
    ScheduleExpression: S
    ScheduleExpressionTimezone: S
    ExecutionWindowInMinutes: I

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAutomationRuleParameters = TypedDict(
    "CreateAutomationRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "OrganizationConfiguration": X[OrganizationConfiguration],
        "OrganizationConfiguration.$": str,
        "Priority": S,
        "Priority.$": str,
        "RecommendedActionTypes": L[Si],
        "RecommendedActionTypes.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAutomationRuleParameters = TypedDict(
    "DeleteAutomationRuleParameters",
    {
        "RuleArn": S,
        "RuleArn.$": str,
        "RuleRevision": I,
        "RuleRevision.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class OrganizationTarget(TypedDict, total=False):
    AccountId: S
    OrganizationalUnitId: S

DeleteOrganizationEnrollmentConfigurationParameters = TypedDict(
    "DeleteOrganizationEnrollmentConfigurationParameters",
    {
        "Target": X[OrganizationTarget],
        "Target.$": str,
        "ConfigurationTypes": L[Si],
        "ConfigurationTypes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateAccountsParameters = TypedDict(
    "DisassociateAccountsParameters",
    {"AccountIds": L[Si], "AccountIds.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
GetAutomationEventParameters = TypedDict(
    "GetAutomationEventParameters", {"EventId": S, "EventId.$": str}, total=False
)
GetAutomationRuleParameters = TypedDict(
    "GetAutomationRuleParameters", {"RuleArn": S, "RuleArn.$": str}, total=False
)

class GetEnrollmentConfigurationParameters(TypedDict, total=False): ...

ListAccountsParameters = TypedDict(
    "ListAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAutomationEventStepsParameters = TypedDict(
    "ListAutomationEventStepsParameters",
    {
        "EventId": S,
        "EventId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AutomationEventFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListAutomationEventSummariesParameters = TypedDict(
    "ListAutomationEventSummariesParameters",
    {
        "Filters": L[Xi[AutomationEventFilter]],
        "Filters.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "StartDateInclusive": S,
        "StartDateInclusive.$": str,
        "EndDateExclusive": S,
        "EndDateExclusive.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAutomationEventsParameters = TypedDict(
    "ListAutomationEventsParameters",
    {
        "Filters": L[Xi[AutomationEventFilter]],
        "Filters.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "StartTimeInclusive": T,
        "StartTimeInclusive.$": str,
        "EndTimeExclusive": T,
        "EndTimeExclusive.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OrganizationScope(TypedDict, total=False):
    AccountIds: L[Si]
    OrganizationalUnitIds: L[Si]
    ExcludedOrganizationalUnitIds: L[Si]
    ExcludedAccountIds: L[Si]

ListAutomationRulePreviewParameters = TypedDict(
    "ListAutomationRulePreviewParameters",
    {
        "RuleType": S,
        "RuleType.$": str,
        "OrganizationScope": X[OrganizationScope],
        "OrganizationScope.$": str,
        "RecommendedActionTypes": L[Si],
        "RecommendedActionTypes.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAutomationRulePreviewSummariesParameters = TypedDict(
    "ListAutomationRulePreviewSummariesParameters",
    {
        "RuleType": S,
        "RuleType.$": str,
        "OrganizationScope": X[OrganizationScope],
        "OrganizationScope.$": str,
        "RecommendedActionTypes": L[Si],
        "RecommendedActionTypes.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListAutomationRulesParameters = TypedDict(
    "ListAutomationRulesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOrganizationEnrollmentConfigurationsParameters = TypedDict(
    "ListOrganizationEnrollmentConfigurationsParameters",
    {
        "TargetType": S,
        "TargetType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOrganizationalUnitsParameters = TypedDict(
    "ListOrganizationalUnitsParameters",
    {
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class RecommendedActionFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListRecommendedActionSummariesParameters = TypedDict(
    "ListRecommendedActionSummariesParameters",
    {
        "Filters": L[Xi[RecommendedActionFilter]],
        "Filters.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendedActionsParameters = TypedDict(
    "ListRecommendedActionsParameters",
    {
        "Filters": L[Xi[RecommendedActionFilter]],
        "Filters.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
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
PutOrganizationEnrollmentConfigurationParameters = TypedDict(
    "PutOrganizationEnrollmentConfigurationParameters",
    {
        "Target": X[OrganizationTarget],
        "Target.$": str,
        "OrganizationRuleMode": S,
        "OrganizationRuleMode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RollbackAutomationEventParameters = TypedDict(
    "RollbackAutomationEventParameters",
    {"EventId": S, "EventId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
StartAutomationEventParameters = TypedDict(
    "StartAutomationEventParameters",
    {
        "RecommendedActionId": S,
        "RecommendedActionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "RuleRevision": I,
        "RuleRevision.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "RuleRevision": I,
        "RuleRevision.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateAutomationRuleParameters = TypedDict(
    "UpdateAutomationRuleParameters",
    {
        "RuleArn": S,
        "RuleArn.$": str,
        "RuleRevision": I,
        "RuleRevision.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "OrganizationConfiguration": X[OrganizationConfiguration],
        "OrganizationConfiguration.$": str,
        "Priority": S,
        "Priority.$": str,
        "RecommendedActionTypes": L[Si],
        "RecommendedActionTypes.$": str,
        "Criteria": X[Criteria],
        "Criteria.$": str,
        "Schedule": X[Schedule],
        "Schedule.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateEnrollmentConfigurationParameters = TypedDict(
    "UpdateEnrollmentConfigurationParameters",
    {"Status": S, "Status.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
associate_accounts: Builder[AssociateAccountsParameters]
create_automation_rule: Builder[CreateAutomationRuleParameters]
delete_automation_rule: Builder[DeleteAutomationRuleParameters]
delete_organization_enrollment_configuration: Builder[
    DeleteOrganizationEnrollmentConfigurationParameters
]
disassociate_accounts: Builder[DisassociateAccountsParameters]
get_automation_event: Builder[GetAutomationEventParameters]
get_automation_rule: Builder[GetAutomationRuleParameters]
get_enrollment_configuration: Builder[GetEnrollmentConfigurationParameters]
list_accounts: Builder[ListAccountsParameters]
list_automation_event_steps: Builder[ListAutomationEventStepsParameters]
list_automation_event_summaries: Builder[ListAutomationEventSummariesParameters]
list_automation_events: Builder[ListAutomationEventsParameters]
list_automation_rule_preview: Builder[ListAutomationRulePreviewParameters]
list_automation_rule_preview_summaries: Builder[ListAutomationRulePreviewSummariesParameters]
list_automation_rules: Builder[ListAutomationRulesParameters]
list_organization_enrollment_configurations: Builder[
    ListOrganizationEnrollmentConfigurationsParameters
]
list_organizational_units: Builder[ListOrganizationalUnitsParameters]
list_recommended_action_summaries: Builder[ListRecommendedActionSummariesParameters]
list_recommended_actions: Builder[ListRecommendedActionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_organization_enrollment_configuration: Builder[PutOrganizationEnrollmentConfigurationParameters]
rollback_automation_event: Builder[RollbackAutomationEventParameters]
start_automation_event: Builder[StartAutomationEventParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_automation_rule: Builder[UpdateAutomationRuleParameters]
update_enrollment_configuration: Builder[UpdateEnrollmentConfigurationParameters]

__all__ = [
    "associate_accounts",
    "create_automation_rule",
    "delete_automation_rule",
    "delete_organization_enrollment_configuration",
    "disassociate_accounts",
    "get_automation_event",
    "get_automation_rule",
    "get_enrollment_configuration",
    "list_accounts",
    "list_automation_event_steps",
    "list_automation_event_summaries",
    "list_automation_events",
    "list_automation_rule_preview",
    "list_automation_rule_preview_summaries",
    "list_automation_rules",
    "list_organization_enrollment_configurations",
    "list_organizational_units",
    "list_recommended_action_summaries",
    "list_recommended_actions",
    "list_tags_for_resource",
    "put_organization_enrollment_configuration",
    "rollback_automation_event",
    "start_automation_event",
    "tag_resource",
    "untag_resource",
    "update_automation_rule",
    "update_enrollment_configuration",
]
