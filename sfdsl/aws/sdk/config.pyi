"""Typed builders of the AWS SDK integration of config (``aws-sdk:config:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateResourceTypesParameters = TypedDict(
    "AssociateResourceTypesParameters",
    {
        "ConfigurationRecorderArn": S,
        "ConfigurationRecorderArn.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
    },
    total=False,
)

class AggregateResourceIdentifier(TypedDict, total=False):
    SourceAccountId: S
    SourceRegion: S
    ResourceId: S
    ResourceType: S
    ResourceName: S

BatchGetAggregateResourceConfigParameters = TypedDict(
    "BatchGetAggregateResourceConfigParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "ResourceIdentifiers": L[Xi[AggregateResourceIdentifier]],
        "ResourceIdentifiers.$": str,
    },
    total=False,
)

class ResourceKey(TypedDict, total=False):
    ResourceType: S
    ResourceId: S

BatchGetResourceConfigParameters = TypedDict(
    "BatchGetResourceConfigParameters",
    {"ResourceKeys": L[Xi[ResourceKey]], "ResourceKeys.$": str},
    total=False,
)
DeleteAggregationAuthorizationParameters = TypedDict(
    "DeleteAggregationAuthorizationParameters",
    {
        "AuthorizedAccountId": S,
        "AuthorizedAccountId.$": str,
        "AuthorizedAwsRegion": S,
        "AuthorizedAwsRegion.$": str,
    },
    total=False,
)
DeleteConfigRuleParameters = TypedDict(
    "DeleteConfigRuleParameters", {"ConfigRuleName": S, "ConfigRuleName.$": str}, total=False
)
DeleteConfigurationAggregatorParameters = TypedDict(
    "DeleteConfigurationAggregatorParameters",
    {"ConfigurationAggregatorName": S, "ConfigurationAggregatorName.$": str},
    total=False,
)
DeleteConfigurationRecorderParameters = TypedDict(
    "DeleteConfigurationRecorderParameters",
    {"ConfigurationRecorderName": S, "ConfigurationRecorderName.$": str},
    total=False,
)
DeleteConformancePackParameters = TypedDict(
    "DeleteConformancePackParameters",
    {"ConformancePackName": S, "ConformancePackName.$": str},
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteDeliveryChannelParameters = TypedDict(
    "DeleteDeliveryChannelParameters",
    {"DeliveryChannelName": S, "DeliveryChannelName.$": str},
    total=False,
)
DeleteEvaluationResultsParameters = TypedDict(
    "DeleteEvaluationResultsParameters", {"ConfigRuleName": S, "ConfigRuleName.$": str}, total=False
)
DeleteOrganizationConfigRuleParameters = TypedDict(
    "DeleteOrganizationConfigRuleParameters",
    {"OrganizationConfigRuleName": S, "OrganizationConfigRuleName.$": str},
    total=False,
)
DeleteOrganizationConformancePackParameters = TypedDict(
    "DeleteOrganizationConformancePackParameters",
    {"OrganizationConformancePackName": S, "OrganizationConformancePackName.$": str},
    total=False,
)
DeletePendingAggregationRequestParameters = TypedDict(
    "DeletePendingAggregationRequestParameters",
    {
        "RequesterAccountId": S,
        "RequesterAccountId.$": str,
        "RequesterAwsRegion": S,
        "RequesterAwsRegion.$": str,
    },
    total=False,
)
DeleteRemediationConfigurationParameters = TypedDict(
    "DeleteRemediationConfigurationParameters",
    {"ConfigRuleName": S, "ConfigRuleName.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)

class RemediationExceptionResourceKey(TypedDict, total=False):
    ResourceType: S
    ResourceId: S

DeleteRemediationExceptionsParameters = TypedDict(
    "DeleteRemediationExceptionsParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ResourceKeys": L[Xi[RemediationExceptionResourceKey]],
        "ResourceKeys.$": str,
    },
    total=False,
)
DeleteResourceConfigParameters = TypedDict(
    "DeleteResourceConfigParameters",
    {"ResourceType": S, "ResourceType.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DeleteRetentionConfigurationParameters = TypedDict(
    "DeleteRetentionConfigurationParameters",
    {"RetentionConfigurationName": S, "RetentionConfigurationName.$": str},
    total=False,
)
DeleteServiceLinkedConfigurationRecorderParameters = TypedDict(
    "DeleteServiceLinkedConfigurationRecorderParameters",
    {"ServicePrincipal": S, "ServicePrincipal.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
DeleteStoredQueryParameters = TypedDict(
    "DeleteStoredQueryParameters", {"QueryName": S, "QueryName.$": str}, total=False
)
DeliverConfigSnapshotParameters = TypedDict(
    "DeliverConfigSnapshotParameters",
    {"DeliveryChannelName": S, "DeliveryChannelName.$": str},
    total=False,
)

class ConfigRuleComplianceFilters(TypedDict, total=False):
    ConfigRuleName: S
    ComplianceType: S
    AccountId: S
    AwsRegion: S

DescribeAggregateComplianceByConfigRulesParameters = TypedDict(
    "DescribeAggregateComplianceByConfigRulesParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Filters": X[ConfigRuleComplianceFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AggregateConformancePackComplianceFilters(TypedDict, total=False):
    ConformancePackName: S
    ComplianceType: S
    AccountId: S
    AwsRegion: S

DescribeAggregateComplianceByConformancePacksParameters = TypedDict(
    "DescribeAggregateComplianceByConformancePacksParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Filters": X[AggregateConformancePackComplianceFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeAggregationAuthorizationsParameters = TypedDict(
    "DescribeAggregationAuthorizationsParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeComplianceByConfigRuleParameters = TypedDict(
    "DescribeComplianceByConfigRuleParameters",
    {
        "ConfigRuleNames": L[Si],
        "ConfigRuleNames.$": str,
        "ComplianceTypes": L[Si],
        "ComplianceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeComplianceByResourceParameters = TypedDict(
    "DescribeComplianceByResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ComplianceTypes": L[Si],
        "ComplianceTypes.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConfigRuleEvaluationStatusParameters = TypedDict(
    "DescribeConfigRuleEvaluationStatusParameters",
    {
        "ConfigRuleNames": L[Si],
        "ConfigRuleNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)

class DescribeConfigRulesFilters(TypedDict, total=False):
    EvaluationMode: S
    RuleEvaluationVisibility: S

DescribeConfigRulesParameters = TypedDict(
    "DescribeConfigRulesParameters",
    {
        "ConfigRuleNames": L[Si],
        "ConfigRuleNames.$": str,
        "Filters": X[DescribeConfigRulesFilters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConfigurationAggregatorSourcesStatusParameters = TypedDict(
    "DescribeConfigurationAggregatorSourcesStatusParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "UpdateStatus": L[Si],
        "UpdateStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeConfigurationAggregatorsParameters = TypedDict(
    "DescribeConfigurationAggregatorsParameters",
    {
        "ConfigurationAggregatorNames": L[Si],
        "ConfigurationAggregatorNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeConfigurationRecorderStatusParameters = TypedDict(
    "DescribeConfigurationRecorderStatusParameters",
    {
        "ConfigurationRecorderNames": L[Si],
        "ConfigurationRecorderNames.$": str,
        "ServicePrincipal": S,
        "ServicePrincipal.$": str,
        "Arn": S,
        "Arn.$": str,
    },
    total=False,
)
DescribeConfigurationRecordersParameters = TypedDict(
    "DescribeConfigurationRecordersParameters",
    {
        "ConfigurationRecorderNames": L[Si],
        "ConfigurationRecorderNames.$": str,
        "ServicePrincipal": S,
        "ServicePrincipal.$": str,
        "Arn": S,
        "Arn.$": str,
    },
    total=False,
)

class ConformancePackComplianceFilters(TypedDict, total=False):
    ConfigRuleNames: L[Si]
    ComplianceType: S

DescribeConformancePackComplianceParameters = TypedDict(
    "DescribeConformancePackComplianceParameters",
    {
        "ConformancePackName": S,
        "ConformancePackName.$": str,
        "Filters": X[ConformancePackComplianceFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeConformancePacksFilters(TypedDict, total=False):
    Types: L[Si]

DescribeConformancePackStatusParameters = TypedDict(
    "DescribeConformancePackStatusParameters",
    {
        "ConformancePackNames": L[Si],
        "ConformancePackNames.$": str,
        "Filters": X[DescribeConformancePacksFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConformancePacksParameters = TypedDict(
    "DescribeConformancePacksParameters",
    {
        "ConformancePackNames": L[Si],
        "ConformancePackNames.$": str,
        "Filters": X[DescribeConformancePacksFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDeliveryChannelStatusParameters = TypedDict(
    "DescribeDeliveryChannelStatusParameters",
    {"DeliveryChannelNames": L[Si], "DeliveryChannelNames.$": str},
    total=False,
)
DescribeDeliveryChannelsParameters = TypedDict(
    "DescribeDeliveryChannelsParameters",
    {"DeliveryChannelNames": L[Si], "DeliveryChannelNames.$": str},
    total=False,
)
DescribeOrganizationConfigRuleStatusesParameters = TypedDict(
    "DescribeOrganizationConfigRuleStatusesParameters",
    {
        "OrganizationConfigRuleNames": L[Si],
        "OrganizationConfigRuleNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeOrganizationConfigRulesParameters = TypedDict(
    "DescribeOrganizationConfigRulesParameters",
    {
        "OrganizationConfigRuleNames": L[Si],
        "OrganizationConfigRuleNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeOrganizationConformancePackStatusesParameters = TypedDict(
    "DescribeOrganizationConformancePackStatusesParameters",
    {
        "OrganizationConformancePackNames": L[Si],
        "OrganizationConformancePackNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeOrganizationConformancePacksParameters = TypedDict(
    "DescribeOrganizationConformancePacksParameters",
    {
        "OrganizationConformancePackNames": L[Si],
        "OrganizationConformancePackNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePendingAggregationRequestsParameters = TypedDict(
    "DescribePendingAggregationRequestsParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeRemediationConfigurationsParameters = TypedDict(
    "DescribeRemediationConfigurationsParameters",
    {"ConfigRuleNames": L[Si], "ConfigRuleNames.$": str},
    total=False,
)
DescribeRemediationExceptionsParameters = TypedDict(
    "DescribeRemediationExceptionsParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ResourceKeys": L[Xi[RemediationExceptionResourceKey]],
        "ResourceKeys.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRemediationExecutionStatusParameters = TypedDict(
    "DescribeRemediationExecutionStatusParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ResourceKeys": L[Xi[ResourceKey]],
        "ResourceKeys.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRetentionConfigurationsParameters = TypedDict(
    "DescribeRetentionConfigurationsParameters",
    {
        "RetentionConfigurationNames": L[Si],
        "RetentionConfigurationNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateResourceTypesParameters = TypedDict(
    "DisassociateResourceTypesParameters",
    {
        "ConfigurationRecorderArn": S,
        "ConfigurationRecorderArn.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
    },
    total=False,
)
GetAggregateComplianceDetailsByConfigRuleParameters = TypedDict(
    "GetAggregateComplianceDetailsByConfigRuleParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "ComplianceType": S,
        "ComplianceType.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConfigRuleComplianceSummaryFilters(TypedDict, total=False):
    AccountId: S
    AwsRegion: S

GetAggregateConfigRuleComplianceSummaryParameters = TypedDict(
    "GetAggregateConfigRuleComplianceSummaryParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Filters": X[ConfigRuleComplianceSummaryFilters],
        "Filters.$": str,
        "GroupByKey": S,
        "GroupByKey.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AggregateConformancePackComplianceSummaryFilters(TypedDict, total=False):
    AccountId: S
    AwsRegion: S

GetAggregateConformancePackComplianceSummaryParameters = TypedDict(
    "GetAggregateConformancePackComplianceSummaryParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Filters": X[AggregateConformancePackComplianceSummaryFilters],
        "Filters.$": str,
        "GroupByKey": S,
        "GroupByKey.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ResourceCountFilters(TypedDict, total=False):
    ResourceType: S
    AccountId: S
    Region: S

GetAggregateDiscoveredResourceCountsParameters = TypedDict(
    "GetAggregateDiscoveredResourceCountsParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Filters": X[ResourceCountFilters],
        "Filters.$": str,
        "GroupByKey": S,
        "GroupByKey.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetAggregateResourceConfigParameters = TypedDict(
    "GetAggregateResourceConfigParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "ResourceIdentifier": X[AggregateResourceIdentifier],
        "ResourceIdentifier.$": str,
    },
    total=False,
)
GetComplianceDetailsByConfigRuleParameters = TypedDict(
    "GetComplianceDetailsByConfigRuleParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ComplianceTypes": L[Si],
        "ComplianceTypes.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetComplianceDetailsByResourceParameters = TypedDict(
    "GetComplianceDetailsByResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ComplianceTypes": L[Si],
        "ComplianceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceEvaluationId": S,
        "ResourceEvaluationId.$": str,
    },
    total=False,
)

class GetComplianceSummaryByConfigRuleParameters(TypedDict, total=False): ...

GetComplianceSummaryByResourceTypeParameters = TypedDict(
    "GetComplianceSummaryByResourceTypeParameters",
    {"ResourceTypes": L[Si], "ResourceTypes.$": str},
    total=False,
)

class ConformancePackEvaluationFilters(TypedDict, total=False):
    ConfigRuleNames: L[Si]
    ComplianceType: S
    ResourceType: S
    ResourceIds: L[Si]

GetConformancePackComplianceDetailsParameters = TypedDict(
    "GetConformancePackComplianceDetailsParameters",
    {
        "ConformancePackName": S,
        "ConformancePackName.$": str,
        "Filters": X[ConformancePackEvaluationFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetConformancePackComplianceSummaryParameters = TypedDict(
    "GetConformancePackComplianceSummaryParameters",
    {
        "ConformancePackNames": L[Si],
        "ConformancePackNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetConnectorParameters = TypedDict("GetConnectorParameters", {"Arn": S, "Arn.$": str}, total=False)
GetCustomRulePolicyParameters = TypedDict(
    "GetCustomRulePolicyParameters", {"ConfigRuleName": S, "ConfigRuleName.$": str}, total=False
)
GetDiscoveredResourceCountsParameters = TypedDict(
    "GetDiscoveredResourceCountsParameters",
    {
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StatusDetailFilters(TypedDict, total=False):
    AccountId: S
    MemberAccountRuleStatus: S

GetOrganizationConfigRuleDetailedStatusParameters = TypedDict(
    "GetOrganizationConfigRuleDetailedStatusParameters",
    {
        "OrganizationConfigRuleName": S,
        "OrganizationConfigRuleName.$": str,
        "Filters": X[StatusDetailFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OrganizationResourceDetailedStatusFilters(TypedDict, total=False):
    AccountId: S
    Status: S

GetOrganizationConformancePackDetailedStatusParameters = TypedDict(
    "GetOrganizationConformancePackDetailedStatusParameters",
    {
        "OrganizationConformancePackName": S,
        "OrganizationConformancePackName.$": str,
        "Filters": X[OrganizationResourceDetailedStatusFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetOrganizationCustomRulePolicyParameters = TypedDict(
    "GetOrganizationCustomRulePolicyParameters",
    {"OrganizationConfigRuleName": S, "OrganizationConfigRuleName.$": str},
    total=False,
)
GetResourceConfigHistoryParameters = TypedDict(
    "GetResourceConfigHistoryParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "LaterTime": T,
        "LaterTime.$": str,
        "EarlierTime": T,
        "EarlierTime.$": str,
        "ChronologicalOrder": S,
        "ChronologicalOrder.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetResourceEvaluationSummaryParameters = TypedDict(
    "GetResourceEvaluationSummaryParameters",
    {"ResourceEvaluationId": S, "ResourceEvaluationId.$": str},
    total=False,
)
GetStoredQueryParameters = TypedDict(
    "GetStoredQueryParameters", {"QueryName": S, "QueryName.$": str}, total=False
)

class ResourceFilters(TypedDict, total=False):
    AccountId: S
    ResourceId: S
    ResourceName: S
    Region: S

ListAggregateDiscoveredResourcesParameters = TypedDict(
    "ListAggregateDiscoveredResourcesParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Filters": X[ResourceFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConfigurationRecorderFilter(TypedDict, total=False):
    FilterName: S
    FilterValue: L[Si]

ListConfigurationRecordersParameters = TypedDict(
    "ListConfigurationRecordersParameters",
    {
        "Filters": L[Xi[ConfigurationRecorderFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConformancePackComplianceScoresFilters(TypedDict, total=False):
    ConformancePackNames: L[Si]

ListConformancePackComplianceScoresParameters = TypedDict(
    "ListConformancePackComplianceScoresParameters",
    {
        "Filters": X[ConformancePackComplianceScoresFilters],
        "Filters.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ConnectorFilter(TypedDict, total=False):
    FilterName: S
    FilterValues: L[Si]

ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[ConnectorFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListDiscoveredResourcesParameters = TypedDict(
    "ListDiscoveredResourcesParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceIds": L[Si],
        "ResourceIds.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "Limit": I,
        "Limit.$": str,
        "IncludeDeletedResources": B,
        "IncludeDeletedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TimeWindow(TypedDict, total=False):
    StartTime: T
    EndTime: T

class ResourceEvaluationFilters(TypedDict, total=False):
    EvaluationMode: S
    TimeWindow: X[TimeWindow]
    EvaluationContextIdentifier: S

ListResourceEvaluationsParameters = TypedDict(
    "ListResourceEvaluationsParameters",
    {
        "Filters": X[ResourceEvaluationFilters],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListStoredQueriesParameters = TypedDict(
    "ListStoredQueriesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

PutAggregationAuthorizationParameters = TypedDict(
    "PutAggregationAuthorizationParameters",
    {
        "AuthorizedAccountId": S,
        "AuthorizedAccountId.$": str,
        "AuthorizedAwsRegion": S,
        "AuthorizedAwsRegion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Scope(TypedDict, total=False):
    ComplianceResourceTypes: L[Si]
    TagKey: S
    TagValue: S
    ComplianceResourceId: S
    ServicePrincipals: L[Si]

class SourceDetail(TypedDict, total=False):
    EventSource: S
    MessageType: S
    MaximumExecutionFrequency: S

class CustomPolicyDetails(TypedDict, total=False):
    PolicyRuntime: S
    PolicyText: S
    EnableDebugLogDelivery: B

class Source(TypedDict, total=False):
    Owner: S
    SourceIdentifier: S
    SourceDetails: L[Xi[SourceDetail]]
    CustomPolicyDetails: X[CustomPolicyDetails]

class EvaluationModeConfiguration(TypedDict, total=False):
    Mode: S

class ConfigRule(TypedDict, total=False):
    ConfigRuleName: S
    ConfigRuleArn: S
    ConfigRuleId: S
    Description: S
    Scope: X[Scope]
    Source: X[Source]
    InputParameters: S
    MaximumExecutionFrequency: S
    ConfigRuleState: S
    CreatedBy: S
    EvaluationModes: L[Xi[EvaluationModeConfiguration]]
    RuleEvaluationVisibility: S

PutConfigRuleParameters = TypedDict(
    "PutConfigRuleParameters",
    {"ConfigRule": X[ConfigRule], "ConfigRule.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class AccountAggregationSource(TypedDict, total=False):
    AccountIds: L[Si]
    AllAwsRegions: B
    AwsRegions: L[Si]

class OrganizationAggregationSource(TypedDict, total=False):
    RoleArn: S
    AwsRegions: L[Si]
    AllAwsRegions: B

class AggregatorFilterResourceType(TypedDict, total=False):
    Type: S
    Value: L[Si]

class AggregatorFilterServicePrincipal(TypedDict, total=False):
    Type: S
    Value: L[Si]

class AggregatorFilters(TypedDict, total=False):
    ResourceType: X[AggregatorFilterResourceType]
    ServicePrincipal: X[AggregatorFilterServicePrincipal]

PutConfigurationAggregatorParameters = TypedDict(
    "PutConfigurationAggregatorParameters",
    {
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "AccountAggregationSources": L[Xi[AccountAggregationSource]],
        "AccountAggregationSources.$": str,
        "OrganizationAggregationSource": X[OrganizationAggregationSource],
        "OrganizationAggregationSource.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AggregatorFilters": X[AggregatorFilters],
        "AggregatorFilters.$": str,
    },
    total=False,
)

class ExclusionByResourceTypes(TypedDict, total=False):
    ResourceTypes: L[Si]

class RecordingStrategy(TypedDict, total=False):
    UseOnly: S

class RecordingGroup(TypedDict, total=False):
    AllSupported: B
    IncludeGlobalResourceTypes: B
    ResourceTypes: L[Si]
    ExclusionByResourceTypes: X[ExclusionByResourceTypes]
    RecordingStrategy: X[RecordingStrategy]

class RecordingModeOverride(TypedDict, total=False):
    Description: S
    ResourceTypes: L[Si]
    RecordingFrequency: S

class RecordingMode(TypedDict, total=False):
    RecordingFrequency: S
    RecordingModeOverrides: L[Xi[RecordingModeOverride]]

class ScopeConfiguration(TypedDict, total=False):
    ScopeType: S
    ScopeValues: L[Si]
    AllRegions: B
    IncludedRegions: L[Si]

class ConfigurationRecorder(TypedDict, total=False):
    Arn: S
    Name: S
    RoleARN: S
    RecordingGroup: X[RecordingGroup]
    RecordingMode: X[RecordingMode]
    RecordingScope: S
    ServicePrincipal: S
    ConnectorArn: S
    ScopeConfiguration: X[ScopeConfiguration]

PutConfigurationRecorderParameters = TypedDict(
    "PutConfigurationRecorderParameters",
    {
        "ConfigurationRecorder": X[ConfigurationRecorder],
        "ConfigurationRecorder.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ConformancePackInputParameter(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class TemplateSSMDocumentDetails(TypedDict, total=False):
    DocumentName: S
    DocumentVersion: S

class ConformancePackSource(TypedDict, total=False):
    SourceIdentifier: S

class ConformancePackScope(TypedDict, total=False):
    TagKey: S
    TagValue: S

PutConformancePackParameters = TypedDict(
    "PutConformancePackParameters",
    {
        "ConformancePackName": S,
        "ConformancePackName.$": str,
        "TemplateS3Uri": S,
        "TemplateS3Uri.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "DeliveryS3Bucket": S,
        "DeliveryS3Bucket.$": str,
        "DeliveryS3KeyPrefix": S,
        "DeliveryS3KeyPrefix.$": str,
        "ConformancePackInputParameters": L[Xi[ConformancePackInputParameter]],
        "ConformancePackInputParameters.$": str,
        "TemplateSSMDocumentDetails": X[TemplateSSMDocumentDetails],
        "TemplateSSMDocumentDetails.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Source": X[ConformancePackSource],
        "Source.$": str,
        "Scope": X[ConformancePackScope],
        "Scope.$": str,
    },
    total=False,
)

class AzureConnectorConfiguration(TypedDict, total=False):
    TenantIdentifier: S
    ClientIdentifier: S

class GcpConnectorConfiguration(TypedDict, total=False):
    GcpOrganizationId: S
    ServiceAccountEmail: S
    WorkloadIdentityPoolProvider: S

class ConnectorConfiguration(TypedDict, total=False):
    Azure: X[AzureConnectorConfiguration]
    Gcp: X[GcpConnectorConfiguration]

PutConnectorParameters = TypedDict(
    "PutConnectorParameters",
    {
        "ConnectorConfiguration": X[ConnectorConfiguration],
        "ConnectorConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ConfigSnapshotDeliveryProperties(TypedDict, total=False):
    DeliveryFrequency: S

class DeliveryChannel(TypedDict, total=False):
    Name: S
    S3BucketName: S
    S3KeyPrefix: S
    S3KmsKeyArn: S
    SnsTopicARN: S
    ConfigSnapshotDeliveryProperties: X[ConfigSnapshotDeliveryProperties]

PutDeliveryChannelParameters = TypedDict(
    "PutDeliveryChannelParameters",
    {"DeliveryChannel": X[DeliveryChannel], "DeliveryChannel.$": str},
    total=False,
)

class Evaluation(TypedDict, total=False):
    ComplianceResourceType: S
    ComplianceResourceId: S
    ComplianceType: S
    Annotation: S
    OrderingTimestamp: T

PutEvaluationsParameters = TypedDict(
    "PutEvaluationsParameters",
    {
        "Evaluations": L[Xi[Evaluation]],
        "Evaluations.$": str,
        "ResultToken": S,
        "ResultToken.$": str,
        "TestMode": B,
        "TestMode.$": str,
    },
    total=False,
)

class ExternalEvaluation(TypedDict, total=False):
    ComplianceResourceType: S
    ComplianceResourceId: S
    ComplianceType: S
    Annotation: S
    OrderingTimestamp: T

PutExternalEvaluationParameters = TypedDict(
    "PutExternalEvaluationParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ExternalEvaluation": X[ExternalEvaluation],
        "ExternalEvaluation.$": str,
    },
    total=False,
)

class OrganizationManagedRuleMetadata(TypedDict, total=False):
    Description: S
    RuleIdentifier: S
    InputParameters: S
    MaximumExecutionFrequency: S
    ResourceTypesScope: L[Si]
    ResourceIdScope: S
    TagKeyScope: S
    TagValueScope: S

class OrganizationCustomRuleMetadata(TypedDict, total=False):
    Description: S
    LambdaFunctionArn: S
    OrganizationConfigRuleTriggerTypes: L[Si]
    InputParameters: S
    MaximumExecutionFrequency: S
    ResourceTypesScope: L[Si]
    ResourceIdScope: S
    TagKeyScope: S
    TagValueScope: S

class OrganizationCustomPolicyRuleMetadata(TypedDict, total=False):
    Description: S
    OrganizationConfigRuleTriggerTypes: L[Si]
    InputParameters: S
    MaximumExecutionFrequency: S
    ResourceTypesScope: L[Si]
    ResourceIdScope: S
    TagKeyScope: S
    TagValueScope: S
    PolicyRuntime: S
    PolicyText: S
    DebugLogDeliveryAccounts: L[Si]

PutOrganizationConfigRuleParameters = TypedDict(
    "PutOrganizationConfigRuleParameters",
    {
        "OrganizationConfigRuleName": S,
        "OrganizationConfigRuleName.$": str,
        "OrganizationManagedRuleMetadata": X[OrganizationManagedRuleMetadata],
        "OrganizationManagedRuleMetadata.$": str,
        "OrganizationCustomRuleMetadata": X[OrganizationCustomRuleMetadata],
        "OrganizationCustomRuleMetadata.$": str,
        "ExcludedAccounts": L[Si],
        "ExcludedAccounts.$": str,
        "OrganizationCustomPolicyRuleMetadata": X[OrganizationCustomPolicyRuleMetadata],
        "OrganizationCustomPolicyRuleMetadata.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutOrganizationConformancePackParameters = TypedDict(
    "PutOrganizationConformancePackParameters",
    {
        "OrganizationConformancePackName": S,
        "OrganizationConformancePackName.$": str,
        "TemplateS3Uri": S,
        "TemplateS3Uri.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "DeliveryS3Bucket": S,
        "DeliveryS3Bucket.$": str,
        "DeliveryS3KeyPrefix": S,
        "DeliveryS3KeyPrefix.$": str,
        "ConformancePackInputParameters": L[Xi[ConformancePackInputParameter]],
        "ConformancePackInputParameters.$": str,
        "ExcludedAccounts": L[Si],
        "ExcludedAccounts.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ResourceValue(TypedDict, total=False):
    Value: S

class StaticValue(TypedDict, total=False):
    Values: L[Si]

class RemediationParameterValue(TypedDict, total=False):
    ResourceValue: X[ResourceValue]
    StaticValue: X[StaticValue]

class SsmControls(TypedDict, total=False):
    ConcurrentExecutionRatePercentage: I
    ErrorPercentage: I

class ExecutionControls(TypedDict, total=False):
    SsmControls: X[SsmControls]

class RemediationConfiguration(TypedDict, total=False):
    ConfigRuleName: S
    TargetType: S
    TargetId: S
    TargetVersion: S
    Parameters: M[X[RemediationParameterValue]]
    ResourceType: S
    Automatic: B
    ExecutionControls: X[ExecutionControls]
    MaximumAutomaticAttempts: I
    RetryAttemptSeconds: I
    Arn: S
    CreatedByService: S

PutRemediationConfigurationsParameters = TypedDict(
    "PutRemediationConfigurationsParameters",
    {
        "RemediationConfigurations": L[Xi[RemediationConfiguration]],
        "RemediationConfigurations.$": str,
    },
    total=False,
)
PutRemediationExceptionsParameters = TypedDict(
    "PutRemediationExceptionsParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ResourceKeys": L[Xi[RemediationExceptionResourceKey]],
        "ResourceKeys.$": str,
        "Message": S,
        "Message.$": str,
        "ExpirationTime": T,
        "ExpirationTime.$": str,
    },
    total=False,
)
PutResourceConfigParameters = TypedDict(
    "PutResourceConfigParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "SchemaVersionId": S,
        "SchemaVersionId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutRetentionConfigurationParameters = TypedDict(
    "PutRetentionConfigurationParameters",
    {"RetentionPeriodInDays": I, "RetentionPeriodInDays.$": str},
    total=False,
)
PutServiceLinkedConfigurationRecorderParameters = TypedDict(
    "PutServiceLinkedConfigurationRecorderParameters",
    {"ServicePrincipal": S, "ServicePrincipal.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class StoredQuery(TypedDict, total=False):
    QueryId: S
    QueryArn: S
    QueryName: S
    Description: S
    Expression: S

PutStoredQueryParameters = TypedDict(
    "PutStoredQueryParameters",
    {"StoredQuery": X[StoredQuery], "StoredQuery.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
PutThirdPartyServiceLinkedConfigurationRecorderParameters = TypedDict(
    "PutThirdPartyServiceLinkedConfigurationRecorderParameters",
    {
        "ServicePrincipal": S,
        "ServicePrincipal.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "ScopeConfiguration": X[ScopeConfiguration],
        "ScopeConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
SelectAggregateResourceConfigParameters = TypedDict(
    "SelectAggregateResourceConfigParameters",
    {
        "Expression": S,
        "Expression.$": str,
        "ConfigurationAggregatorName": S,
        "ConfigurationAggregatorName.$": str,
        "Limit": I,
        "Limit.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SelectResourceConfigParameters = TypedDict(
    "SelectResourceConfigParameters",
    {
        "Expression": S,
        "Expression.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartConfigRulesEvaluationParameters = TypedDict(
    "StartConfigRulesEvaluationParameters",
    {"ConfigRuleNames": L[Si], "ConfigRuleNames.$": str},
    total=False,
)
StartConfigurationRecorderParameters = TypedDict(
    "StartConfigurationRecorderParameters",
    {"ConfigurationRecorderName": S, "ConfigurationRecorderName.$": str},
    total=False,
)
StartRemediationExecutionParameters = TypedDict(
    "StartRemediationExecutionParameters",
    {
        "ConfigRuleName": S,
        "ConfigRuleName.$": str,
        "ResourceKeys": L[Xi[ResourceKey]],
        "ResourceKeys.$": str,
    },
    total=False,
)

class ResourceDetails(TypedDict, total=False):
    ResourceId: S
    ResourceType: S
    ResourceConfiguration: S
    ResourceConfigurationSchemaType: S

class EvaluationContext(TypedDict, total=False):
    EvaluationContextIdentifier: S

StartResourceEvaluationParameters = TypedDict(
    "StartResourceEvaluationParameters",
    {
        "ResourceDetails": X[ResourceDetails],
        "ResourceDetails.$": str,
        "EvaluationContext": X[EvaluationContext],
        "EvaluationContext.$": str,
        "EvaluationMode": S,
        "EvaluationMode.$": str,
        "EvaluationTimeout": I,
        "EvaluationTimeout.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StopConfigurationRecorderParameters = TypedDict(
    "StopConfigurationRecorderParameters",
    {"ConfigurationRecorderName": S, "ConfigurationRecorderName.$": str},
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
associate_resource_types: Builder[AssociateResourceTypesParameters]
batch_get_aggregate_resource_config: Builder[BatchGetAggregateResourceConfigParameters]
batch_get_resource_config: Builder[BatchGetResourceConfigParameters]
delete_aggregation_authorization: Builder[DeleteAggregationAuthorizationParameters]
delete_config_rule: Builder[DeleteConfigRuleParameters]
delete_configuration_aggregator: Builder[DeleteConfigurationAggregatorParameters]
delete_configuration_recorder: Builder[DeleteConfigurationRecorderParameters]
delete_conformance_pack: Builder[DeleteConformancePackParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_delivery_channel: Builder[DeleteDeliveryChannelParameters]
delete_evaluation_results: Builder[DeleteEvaluationResultsParameters]
delete_organization_config_rule: Builder[DeleteOrganizationConfigRuleParameters]
delete_organization_conformance_pack: Builder[DeleteOrganizationConformancePackParameters]
delete_pending_aggregation_request: Builder[DeletePendingAggregationRequestParameters]
delete_remediation_configuration: Builder[DeleteRemediationConfigurationParameters]
delete_remediation_exceptions: Builder[DeleteRemediationExceptionsParameters]
delete_resource_config: Builder[DeleteResourceConfigParameters]
delete_retention_configuration: Builder[DeleteRetentionConfigurationParameters]
delete_service_linked_configuration_recorder: Builder[
    DeleteServiceLinkedConfigurationRecorderParameters
]
delete_stored_query: Builder[DeleteStoredQueryParameters]
deliver_config_snapshot: Builder[DeliverConfigSnapshotParameters]
describe_aggregate_compliance_by_config_rules: Builder[
    DescribeAggregateComplianceByConfigRulesParameters
]
describe_aggregate_compliance_by_conformance_packs: Builder[
    DescribeAggregateComplianceByConformancePacksParameters
]
describe_aggregation_authorizations: Builder[DescribeAggregationAuthorizationsParameters]
describe_compliance_by_config_rule: Builder[DescribeComplianceByConfigRuleParameters]
describe_compliance_by_resource: Builder[DescribeComplianceByResourceParameters]
describe_config_rule_evaluation_status: Builder[DescribeConfigRuleEvaluationStatusParameters]
describe_config_rules: Builder[DescribeConfigRulesParameters]
describe_configuration_aggregator_sources_status: Builder[
    DescribeConfigurationAggregatorSourcesStatusParameters
]
describe_configuration_aggregators: Builder[DescribeConfigurationAggregatorsParameters]
describe_configuration_recorder_status: Builder[DescribeConfigurationRecorderStatusParameters]
describe_configuration_recorders: Builder[DescribeConfigurationRecordersParameters]
describe_conformance_pack_compliance: Builder[DescribeConformancePackComplianceParameters]
describe_conformance_pack_status: Builder[DescribeConformancePackStatusParameters]
describe_conformance_packs: Builder[DescribeConformancePacksParameters]
describe_delivery_channel_status: Builder[DescribeDeliveryChannelStatusParameters]
describe_delivery_channels: Builder[DescribeDeliveryChannelsParameters]
describe_organization_config_rule_statuses: Builder[
    DescribeOrganizationConfigRuleStatusesParameters
]
describe_organization_config_rules: Builder[DescribeOrganizationConfigRulesParameters]
describe_organization_conformance_pack_statuses: Builder[
    DescribeOrganizationConformancePackStatusesParameters
]
describe_organization_conformance_packs: Builder[DescribeOrganizationConformancePacksParameters]
describe_pending_aggregation_requests: Builder[DescribePendingAggregationRequestsParameters]
describe_remediation_configurations: Builder[DescribeRemediationConfigurationsParameters]
describe_remediation_exceptions: Builder[DescribeRemediationExceptionsParameters]
describe_remediation_execution_status: Builder[DescribeRemediationExecutionStatusParameters]
describe_retention_configurations: Builder[DescribeRetentionConfigurationsParameters]
disassociate_resource_types: Builder[DisassociateResourceTypesParameters]
get_aggregate_compliance_details_by_config_rule: Builder[
    GetAggregateComplianceDetailsByConfigRuleParameters
]
get_aggregate_config_rule_compliance_summary: Builder[
    GetAggregateConfigRuleComplianceSummaryParameters
]
get_aggregate_conformance_pack_compliance_summary: Builder[
    GetAggregateConformancePackComplianceSummaryParameters
]
get_aggregate_discovered_resource_counts: Builder[GetAggregateDiscoveredResourceCountsParameters]
get_aggregate_resource_config: Builder[GetAggregateResourceConfigParameters]
get_compliance_details_by_config_rule: Builder[GetComplianceDetailsByConfigRuleParameters]
get_compliance_details_by_resource: Builder[GetComplianceDetailsByResourceParameters]
get_compliance_summary_by_config_rule: Builder[GetComplianceSummaryByConfigRuleParameters]
get_compliance_summary_by_resource_type: Builder[GetComplianceSummaryByResourceTypeParameters]
get_conformance_pack_compliance_details: Builder[GetConformancePackComplianceDetailsParameters]
get_conformance_pack_compliance_summary: Builder[GetConformancePackComplianceSummaryParameters]
get_connector: Builder[GetConnectorParameters]
get_custom_rule_policy: Builder[GetCustomRulePolicyParameters]
get_discovered_resource_counts: Builder[GetDiscoveredResourceCountsParameters]
get_organization_config_rule_detailed_status: Builder[
    GetOrganizationConfigRuleDetailedStatusParameters
]
get_organization_conformance_pack_detailed_status: Builder[
    GetOrganizationConformancePackDetailedStatusParameters
]
get_organization_custom_rule_policy: Builder[GetOrganizationCustomRulePolicyParameters]
get_resource_config_history: Builder[GetResourceConfigHistoryParameters]
get_resource_evaluation_summary: Builder[GetResourceEvaluationSummaryParameters]
get_stored_query: Builder[GetStoredQueryParameters]
list_aggregate_discovered_resources: Builder[ListAggregateDiscoveredResourcesParameters]
list_configuration_recorders: Builder[ListConfigurationRecordersParameters]
list_conformance_pack_compliance_scores: Builder[ListConformancePackComplianceScoresParameters]
list_connectors: Builder[ListConnectorsParameters]
list_discovered_resources: Builder[ListDiscoveredResourcesParameters]
list_resource_evaluations: Builder[ListResourceEvaluationsParameters]
list_stored_queries: Builder[ListStoredQueriesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_aggregation_authorization: Builder[PutAggregationAuthorizationParameters]
put_config_rule: Builder[PutConfigRuleParameters]
put_configuration_aggregator: Builder[PutConfigurationAggregatorParameters]
put_configuration_recorder: Builder[PutConfigurationRecorderParameters]
put_conformance_pack: Builder[PutConformancePackParameters]
put_connector: Builder[PutConnectorParameters]
put_delivery_channel: Builder[PutDeliveryChannelParameters]
put_evaluations: Builder[PutEvaluationsParameters]
put_external_evaluation: Builder[PutExternalEvaluationParameters]
put_organization_config_rule: Builder[PutOrganizationConfigRuleParameters]
put_organization_conformance_pack: Builder[PutOrganizationConformancePackParameters]
put_remediation_configurations: Builder[PutRemediationConfigurationsParameters]
put_remediation_exceptions: Builder[PutRemediationExceptionsParameters]
put_resource_config: Builder[PutResourceConfigParameters]
put_retention_configuration: Builder[PutRetentionConfigurationParameters]
put_service_linked_configuration_recorder: Builder[PutServiceLinkedConfigurationRecorderParameters]
put_stored_query: Builder[PutStoredQueryParameters]
put_third_party_service_linked_configuration_recorder: Builder[
    PutThirdPartyServiceLinkedConfigurationRecorderParameters
]
select_aggregate_resource_config: Builder[SelectAggregateResourceConfigParameters]
select_resource_config: Builder[SelectResourceConfigParameters]
start_config_rules_evaluation: Builder[StartConfigRulesEvaluationParameters]
start_configuration_recorder: Builder[StartConfigurationRecorderParameters]
start_remediation_execution: Builder[StartRemediationExecutionParameters]
start_resource_evaluation: Builder[StartResourceEvaluationParameters]
stop_configuration_recorder: Builder[StopConfigurationRecorderParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "associate_resource_types",
    "batch_get_aggregate_resource_config",
    "batch_get_resource_config",
    "delete_aggregation_authorization",
    "delete_config_rule",
    "delete_configuration_aggregator",
    "delete_configuration_recorder",
    "delete_conformance_pack",
    "delete_connector",
    "delete_delivery_channel",
    "delete_evaluation_results",
    "delete_organization_config_rule",
    "delete_organization_conformance_pack",
    "delete_pending_aggregation_request",
    "delete_remediation_configuration",
    "delete_remediation_exceptions",
    "delete_resource_config",
    "delete_retention_configuration",
    "delete_service_linked_configuration_recorder",
    "delete_stored_query",
    "deliver_config_snapshot",
    "describe_aggregate_compliance_by_config_rules",
    "describe_aggregate_compliance_by_conformance_packs",
    "describe_aggregation_authorizations",
    "describe_compliance_by_config_rule",
    "describe_compliance_by_resource",
    "describe_config_rule_evaluation_status",
    "describe_config_rules",
    "describe_configuration_aggregator_sources_status",
    "describe_configuration_aggregators",
    "describe_configuration_recorder_status",
    "describe_configuration_recorders",
    "describe_conformance_pack_compliance",
    "describe_conformance_pack_status",
    "describe_conformance_packs",
    "describe_delivery_channel_status",
    "describe_delivery_channels",
    "describe_organization_config_rule_statuses",
    "describe_organization_config_rules",
    "describe_organization_conformance_pack_statuses",
    "describe_organization_conformance_packs",
    "describe_pending_aggregation_requests",
    "describe_remediation_configurations",
    "describe_remediation_exceptions",
    "describe_remediation_execution_status",
    "describe_retention_configurations",
    "disassociate_resource_types",
    "get_aggregate_compliance_details_by_config_rule",
    "get_aggregate_config_rule_compliance_summary",
    "get_aggregate_conformance_pack_compliance_summary",
    "get_aggregate_discovered_resource_counts",
    "get_aggregate_resource_config",
    "get_compliance_details_by_config_rule",
    "get_compliance_details_by_resource",
    "get_compliance_summary_by_config_rule",
    "get_compliance_summary_by_resource_type",
    "get_conformance_pack_compliance_details",
    "get_conformance_pack_compliance_summary",
    "get_connector",
    "get_custom_rule_policy",
    "get_discovered_resource_counts",
    "get_organization_config_rule_detailed_status",
    "get_organization_conformance_pack_detailed_status",
    "get_organization_custom_rule_policy",
    "get_resource_config_history",
    "get_resource_evaluation_summary",
    "get_stored_query",
    "list_aggregate_discovered_resources",
    "list_configuration_recorders",
    "list_conformance_pack_compliance_scores",
    "list_connectors",
    "list_discovered_resources",
    "list_resource_evaluations",
    "list_stored_queries",
    "list_tags_for_resource",
    "put_aggregation_authorization",
    "put_config_rule",
    "put_configuration_aggregator",
    "put_configuration_recorder",
    "put_conformance_pack",
    "put_connector",
    "put_delivery_channel",
    "put_evaluations",
    "put_external_evaluation",
    "put_organization_config_rule",
    "put_organization_conformance_pack",
    "put_remediation_configurations",
    "put_remediation_exceptions",
    "put_resource_config",
    "put_retention_configuration",
    "put_service_linked_configuration_recorder",
    "put_stored_query",
    "put_third_party_service_linked_configuration_recorder",
    "select_aggregate_resource_config",
    "select_resource_config",
    "start_config_rules_evaluation",
    "start_configuration_recorder",
    "start_remediation_execution",
    "start_resource_evaluation",
    "stop_configuration_recorder",
    "tag_resource",
    "untag_resource",
]
