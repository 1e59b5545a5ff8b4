"""Typed builders of the AWS SDK integration of iotdeviceadvisor (``aws-sdk:iotdeviceadvisor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class DeviceUnderTest(TypedDict, total=False):
    ThingArn: S
    CertificateArn: S
    DeviceRoleArn: S

class SuiteDefinitionConfiguration(TypedDict, total=False):
    SuiteDefinitionName: S
    Devices: L[Xi[DeviceUnderTest]]
    IntendedForQualification: B
    IsLongDurationTest: B
    RootGroup: S
    DevicePermissionRoleArn: S
    Protocol: S

CreateSuiteDefinitionParameters = TypedDict(
    "CreateSuiteDefinitionParameters",
    {
        "SuiteDefinitionConfiguration": X[SuiteDefinitionConfiguration],
        "SuiteDefinitionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteSuiteDefinitionParameters = TypedDict(
    "DeleteSuiteDefinitionParameters",
    {"SuiteDefinitionId": S, "SuiteDefinitionId.$": str},
    total=False,
)
GetEndpointParameters = TypedDict(
    "GetEndpointParameters",
    {
        "ThingArn": S,
        "ThingArn.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "DeviceRoleArn": S,
        "DeviceRoleArn.$": str,
        "AuthenticationMethod": S,
        "AuthenticationMethod.$": str,
    },
    total=False,
)
GetSuiteDefinitionParameters = TypedDict(
    "GetSuiteDefinitionParameters",
    {
        "SuiteDefinitionId": S,
        "SuiteDefinitionId.$": str,
        "SuiteDefinitionVersion": S,
        "SuiteDefinitionVersion.$": str,
    },
    total=False,
)
GetSuiteRunParameters = TypedDict(
    "GetSuiteRunParameters",
    {"SuiteDefinitionId": S, "SuiteDefinitionId.$": str, "SuiteRunId": S, "SuiteRunId.$": str},
    total=False,
)
GetSuiteRunReportParameters = TypedDict(
    "GetSuiteRunReportParameters",
    {"SuiteDefinitionId": S, "SuiteDefinitionId.$": str, "SuiteRunId": S, "SuiteRunId.$": str},
    total=False,
)
ListSuiteDefinitionsParameters = TypedDict(
    "ListSuiteDefinitionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSuiteRunsParameters = TypedDict(
    "ListSuiteRunsParameters",
    {
        "SuiteDefinitionId": S,
        "SuiteDefinitionId.$": str,
        "SuiteDefinitionVersion": S,
        "SuiteDefinitionVersion.$": str,
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

class SuiteRunConfiguration(TypedDict, total=False):
    PrimaryDevice: X[DeviceUnderTest]
    SelectedTestList: L[Si]
    ParallelRun: B

StartSuiteRunParameters = TypedDict(
    "StartSuiteRunParameters",
    {
        "SuiteDefinitionId": S,
        "SuiteDefinitionId.$": str,
        "SuiteDefinitionVersion": S,
        "SuiteDefinitionVersion.$": str,
        "SuiteRunConfiguration": X[SuiteRunConfiguration],
        "SuiteRunConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopSuiteRunParameters = TypedDict(
    "StopSuiteRunParameters",
    {"SuiteDefinitionId": S, "SuiteDefinitionId.$": str, "SuiteRunId": S, "SuiteRunId.$": str},
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
UpdateSuiteDefinitionParameters = TypedDict(
    "UpdateSuiteDefinitionParameters",
    {
        "SuiteDefinitionId": S,
        "SuiteDefinitionId.$": str,
        "SuiteDefinitionConfiguration": X[SuiteDefinitionConfiguration],
        "SuiteDefinitionConfiguration.$": str,
    },
    total=False,
)
create_suite_definition: Builder[CreateSuiteDefinitionParameters]
delete_suite_definition: Builder[DeleteSuiteDefinitionParameters]
get_endpoint: Builder[GetEndpointParameters]
get_suite_definition: Builder[GetSuiteDefinitionParameters]
get_suite_run: Builder[GetSuiteRunParameters]
get_suite_run_report: Builder[GetSuiteRunReportParameters]
list_suite_definitions: Builder[ListSuiteDefinitionsParameters]
list_suite_runs: Builder[ListSuiteRunsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_suite_run: Builder[StartSuiteRunParameters]
stop_suite_run: Builder[StopSuiteRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_suite_definition: Builder[UpdateSuiteDefinitionParameters]

__all__ = [
    "create_suite_definition",
    "delete_suite_definition",
    "get_endpoint",
    "get_suite_definition",
    "get_suite_run",
    "get_suite_run_report",
    "list_suite_definitions",
    "list_suite_runs",
    "list_tags_for_resource",
    "start_suite_run",
    "stop_suite_run",
    "tag_resource",
    "untag_resource",
    "update_suite_definition",
]
