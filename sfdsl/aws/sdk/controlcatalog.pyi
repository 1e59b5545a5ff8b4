"""Typed builders of the AWS SDK integration of controlcatalog (``aws-sdk:controlcatalog:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

GetControlParameters = TypedDict(
    "GetControlParameters", {"ControlArn": S, "ControlArn.$": str}, total=False
)

class ObjectiveResourceFilter(TypedDict, total=False):
    Arn: S

class CommonControlFilter(TypedDict, total=False):
    Objectives: L[Xi[ObjectiveResourceFilter]]

ListCommonControlsParameters = TypedDict(
    "ListCommonControlsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CommonControlFilter": X[CommonControlFilter],
        "CommonControlFilter.$": str,
    },
    total=False,
)

class ControlMappingFilter(TypedDict, total=False):
    ControlArns: L[Si]
    CommonControlArns: L[Si]
    MappingTypes: L[Si]

ListControlMappingsParameters = TypedDict(
    "ListControlMappingsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ControlMappingFilter],
        "Filter.$": str,
    },
    total=False,
)

class ImplementationFilter(TypedDict, total=False):
    Types: L[Si]
    Identifiers: L[Si]

class ControlFilter(TypedDict, total=False):
    Implementations: X[ImplementationFilter]
    GovernedProviders: L[Si]

ListControlsParameters = TypedDict(
    "ListControlsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ControlFilter],
        "Filter.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class DomainResourceFilter(TypedDict, total=False):
    Arn: S

class ObjectiveFilter(TypedDict, total=False):
    Domains: L[Xi[DomainResourceFilter]]

ListObjectivesParameters = TypedDict(
    "ListObjectivesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ObjectiveFilter": X[ObjectiveFilter],
        "ObjectiveFilter.$": str,
    },
    total=False,
)
get_control: Builder[GetControlParameters]
list_common_controls: Builder[ListCommonControlsParameters]
list_control_mappings: Builder[ListControlMappingsParameters]
list_controls: Builder[ListControlsParameters]
list_domains: Builder[ListDomainsParameters]
list_objectives: Builder[ListObjectivesParameters]

__all__ = [
    "get_control",
    "list_common_controls",
    "list_control_mappings",
    "list_controls",
    "list_domains",
    "list_objectives",
]
