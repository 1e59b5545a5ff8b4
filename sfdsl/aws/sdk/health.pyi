"""Typed builders of the AWS SDK integration of health (``aws-sdk:health:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class ConfigureTagsTagKey(TypedDict, total=False):
    Key: S
    EnabledForEventBridge: B

ConfigureTagsParameters = TypedDict(
    "ConfigureTagsParameters",
    {"TagKeys": L[Xi[ConfigureTagsTagKey]], "TagKeys.$": str},
    total=False,
)

class TagKeyForOrganization(TypedDict, total=False):
    Key: S
    EnabledForEventBridge: B

ConfigureTagsForOrganizationParameters = TypedDict(
    "ConfigureTagsForOrganizationParameters",
    {"TagKeys": L[Xi[TagKeyForOrganization]], "TagKeys.$": str},
    total=False,
)

class AffectedAccountFilter(TypedDict, total=False):
    EventArn: S
    Tags: M[L[Si]]

DescribeAffectedAccountsForOrganizationParameters = TypedDict(
    "DescribeAffectedAccountsForOrganizationParameters",
    {
        "EventArn": S,
        "EventArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[AffectedAccountFilter],
        "Filter.$": str,
    },
    total=False,
)

class DateTimeRange(TypedDict, total=False):
    From: T
    To: T

class EntityFilter(TypedDict, total=False):
    EventArns: L[Si]
    EntityArns: L[Si]
    EntityValues: L[Si]
    LastUpdatedTimes: L[Xi[DateTimeRange]]
    Tags: M[L[Si]]
    StatusCodes: L[Si]

DescribeAffectedEntitiesParameters = TypedDict(
    "DescribeAffectedEntitiesParameters",
    {
        "Filter": X[EntityFilter],
        "Filter.$": str,
        "Locale": S,
        "Locale.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EventAccountFilter(TypedDict, total=False):
    EventArn: S
    AwsAccountId: S

class EntityAccountFilter(TypedDict, total=False):
    EventArn: S
    AwsAccountId: S
    StatusCodes: L[Si]
    Tags: M[L[Si]]

DescribeAffectedEntitiesForOrganizationParameters = TypedDict(
    "DescribeAffectedEntitiesForOrganizationParameters",
    {
        "OrganizationEntityFilters": L[Xi[EventAccountFilter]],
        "OrganizationEntityFilters.$": str,
        "Locale": S,
        "Locale.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OrganizationEntityAccountFilters": L[Xi[EntityAccountFilter]],
        "OrganizationEntityAccountFilters.$": str,
    },
    total=False,
)

class EntityAggregateFilter(TypedDict, total=False):
    Tags: M[L[Si]]

DescribeEntityAggregatesParameters = TypedDict(
    "DescribeEntityAggregatesParameters",
    {"EventArns": L[Si], "EventArns.$": str, "Filter": X[EntityAggregateFilter], "Filter.$": str},
    total=False,
)

class OrganizationEntityAggregateFilter(TypedDict, total=False):
    Tags: M[L[Si]]

DescribeEntityAggregatesForOrganizationParameters = TypedDict(
    "DescribeEntityAggregatesForOrganizationParameters",
    {
        "EventArns": L[Si],
        "EventArns.$": str,
        "AwsAccountIds": L[Si],
        "AwsAccountIds.$": str,
        "Filter": X[OrganizationEntityAggregateFilter],
        "Filter.$": str,
    },
    total=False,
)

class EventFilter(TypedDict, total=False):
    Actionabilities: L[Si]
    EventArns: L[Si]
    EventTypeCodes: L[Si]
    Services: L[Si]
    Regions: L[Si]
    AvailabilityZones: L[Si]
    StartTimes: L[Xi[DateTimeRange]]
    EndTimes: L[Xi[DateTimeRange]]
    LastUpdatedTimes: L[Xi[DateTimeRange]]
    EntityArns: L[Si]
    EntityValues: L[Si]
    EventTypeCategories: L[Si]
    Tags: M[L[Si]]
    EventStatusCodes: L[Si]
    Personas: L[Si]

DescribeEventAggregatesParameters = TypedDict(
    "DescribeEventAggregatesParameters",
    {
        "Filter": X[EventFilter],
        "Filter.$": str,
        "AggregateField": S,
        "AggregateField.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeEventDetailsParameters = TypedDict(
    "DescribeEventDetailsParameters",
    {"EventArns": L[Si], "EventArns.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
DescribeEventDetailsForOrganizationParameters = TypedDict(
    "DescribeEventDetailsForOrganizationParameters",
    {
        "OrganizationEventDetailFilters": L[Xi[EventAccountFilter]],
        "OrganizationEventDetailFilters.$": str,
        "Locale": S,
        "Locale.$": str,
    },
    total=False,
)

class EventTypeFilter(TypedDict, total=False):
    EventTypeCodes: L[Si]
    Services: L[Si]
    EventTypeCategories: L[Si]
    Actionabilities: L[Si]
    Personas: L[Si]

DescribeEventTypesParameters = TypedDict(
    "DescribeEventTypesParameters",
    {
        "Filter": X[EventTypeFilter],
        "Filter.$": str,
        "Locale": S,
        "Locale.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "Filter": X[EventFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Locale": S,
        "Locale.$": str,
    },
    total=False,
)

class OrganizationEventFilter(TypedDict, total=False):
    Actionabilities: L[Si]
    EventTypeCodes: L[Si]
    AwsAccountIds: L[Si]
    Services: L[Si]
    Regions: L[Si]
    StartTime: X[DateTimeRange]
    EndTime: X[DateTimeRange]
    LastUpdatedTime: X[DateTimeRange]
    EntityArns: L[Si]
    EntityValues: L[Si]
    EventTypeCategories: L[Si]
    EventStatusCodes: L[Si]
    Personas: L[Si]
    Tags: M[L[Si]]

DescribeEventsForOrganizationParameters = TypedDict(
    "DescribeEventsForOrganizationParameters",
    {
        "Filter": X[OrganizationEventFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Locale": S,
        "Locale.$": str,
    },
    total=False,
)

class DescribeHealthServiceStatusForOrganizationParameters(TypedDict, total=False): ...

class ServiceLifecycleFilter(TypedDict, total=False):
    Service: S

DescribeServiceLifecycleParameters = TypedDict(
    "DescribeServiceLifecycleParameters",
    {
        "Filter": X[ServiceLifecycleFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DescribeTagKeysParameters(TypedDict, total=False): ...
class DescribeTagKeysForOrganizationParameters(TypedDict, total=False): ...

DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class DescribeTagsForOrganizationFilter(TypedDict, total=False):
    TagTypes: L[Si]

DescribeTagsForOrganizationParameters = TypedDict(
    "DescribeTagsForOrganizationParameters",
    {
        "Filter": X[DescribeTagsForOrganizationFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DescribeTagsOnboardingStatusParameters(TypedDict, total=False): ...
class DescribeTagsOnboardingStatusForOrganizationParameters(TypedDict, total=False): ...
class DisableHealthServiceAccessForOrganizationParameters(TypedDict, total=False): ...
class DisableTagsParameters(TypedDict, total=False): ...
class DisableTagsForOrganizationParameters(TypedDict, total=False): ...
class EnableHealthServiceAccessForOrganizationParameters(TypedDict, total=False): ...
class EnableTagsParameters(TypedDict, total=False): ...
class EnableTagsForOrganizationParameters(TypedDict, total=False): ...

configure_tags: Builder[ConfigureTagsParameters]
configure_tags_for_organization: Builder[ConfigureTagsForOrganizationParameters]
describe_affected_accounts_for_organization: Builder[
    DescribeAffectedAccountsForOrganizationParameters
]
describe_affected_entities: Builder[DescribeAffectedEntitiesParameters]
describe_affected_entities_for_organization: Builder[
    DescribeAffectedEntitiesForOrganizationParameters
]
describe_entity_aggregates: Builder[DescribeEntityAggregatesParameters]
describe_entity_aggregates_for_organization: Builder[
    DescribeEntityAggregatesForOrganizationParameters
]
describe_event_aggregates: Builder[DescribeEventAggregatesParameters]
describe_event_details: Builder[DescribeEventDetailsParameters]
describe_event_details_for_organization: Builder[DescribeEventDetailsForOrganizationParameters]
describe_event_types: Builder[DescribeEventTypesParameters]
describe_events: Builder[DescribeEventsParameters]
describe_events_for_organization: Builder[DescribeEventsForOrganizationParameters]
describe_health_service_status_for_organization: Builder[
    DescribeHealthServiceStatusForOrganizationParameters
]
describe_service_lifecycle: Builder[DescribeServiceLifecycleParameters]
describe_tag_keys: Builder[DescribeTagKeysParameters]
describe_tag_keys_for_organization: Builder[DescribeTagKeysForOrganizationParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_tags_for_organization: Builder[DescribeTagsForOrganizationParameters]
describe_tags_onboarding_status: Builder[DescribeTagsOnboardingStatusParameters]
describe_tags_onboarding_status_for_organization: Builder[
    DescribeTagsOnboardingStatusForOrganizationParameters
]
disable_health_service_access_for_organization: Builder[
    DisableHealthServiceAccessForOrganizationParameters
]
disable_tags: Builder[DisableTagsParameters]
disable_tags_for_organization: Builder[DisableTagsForOrganizationParameters]
enable_health_service_access_for_organization: Builder[
    EnableHealthServiceAccessForOrganizationParameters
]
enable_tags: Builder[EnableTagsParameters]
enable_tags_for_organization: Builder[EnableTagsForOrganizationParameters]

__all__ = [
    "configure_tags",
    "configure_tags_for_organization",
    "describe_affected_accounts_for_organization",
    "describe_affected_entities",
    "describe_affected_entities_for_organization",
    "describe_entity_aggregates",
    "describe_entity_aggregates_for_organization",
    "describe_event_aggregates",
    "describe_event_details",
    "describe_event_details_for_organization",
    "describe_event_types",
    "describe_events",
    "describe_events_for_organization",
    "describe_health_service_status_for_organization",
    "describe_service_lifecycle",
    "describe_tag_keys",
    "describe_tag_keys_for_organization",
    "describe_tags",
    "describe_tags_for_organization",
    "describe_tags_onboarding_status",
    "describe_tags_onboarding_status_for_organization",
    "disable_health_service_access_for_organization",
    "disable_tags",
    "disable_tags_for_organization",
    "enable_health_service_access_for_organization",
    "enable_tags",
    "enable_tags_for_organization",
]
