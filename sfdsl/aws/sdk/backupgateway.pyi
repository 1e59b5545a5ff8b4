"""Typed builders of the AWS SDK integration of backupgateway (``aws-sdk:backupgateway:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, Ii, L, S, Si, Xi

AssociateGatewayToServerParameters = TypedDict(
    "AssociateGatewayToServerParameters",
    {"GatewayArn": S, "GatewayArn.$": str, "ServerArn": S, "ServerArn.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateGatewayParameters = TypedDict(
    "CreateGatewayParameters",
    {
        "ActivationKey": S,
        "ActivationKey.$": str,
        "GatewayDisplayName": S,
        "GatewayDisplayName.$": str,
        "GatewayType": S,
        "GatewayType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
DeleteHypervisorParameters = TypedDict(
    "DeleteHypervisorParameters", {"HypervisorArn": S, "HypervisorArn.$": str}, total=False
)
DisassociateGatewayFromServerParameters = TypedDict(
    "DisassociateGatewayFromServerParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
GetBandwidthRateLimitScheduleParameters = TypedDict(
    "GetBandwidthRateLimitScheduleParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
GetGatewayParameters = TypedDict(
    "GetGatewayParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
GetHypervisorParameters = TypedDict(
    "GetHypervisorParameters", {"HypervisorArn": S, "HypervisorArn.$": str}, total=False
)
GetHypervisorPropertyMappingsParameters = TypedDict(
    "GetHypervisorPropertyMappingsParameters",
    {"HypervisorArn": S, "HypervisorArn.$": str},
    total=False,
)
GetVirtualMachineParameters = TypedDict(
    "GetVirtualMachineParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ImportHypervisorConfigurationParameters = TypedDict(
    "ImportHypervisorConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Host": S,
        "Host.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListHypervisorsParameters = TypedDict(
    "ListHypervisorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVirtualMachinesParameters = TypedDict(
    "ListVirtualMachinesParameters",
    {
        "HypervisorArn": S,
        "HypervisorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BandwidthRateLimitInterval(TypedDict, total=False):
    AverageUploadRateLimitInBitsPerSec: I
    StartHourOfDay: I
    EndHourOfDay: I
    StartMinuteOfHour: I
    EndMinuteOfHour: I
    DaysOfWeek: L[Ii]

PutBandwidthRateLimitScheduleParameters = TypedDict(
    "PutBandwidthRateLimitScheduleParameters",
    {
        "GatewayArn": S,
        "GatewayArn.$": str,
        "BandwidthRateLimitIntervals": L[Xi[BandwidthRateLimitInterval]],
        "BandwidthRateLimitIntervals.$": str,
    },
    total=False,
)

class VmwareToAwsTagMapping(TypedDict, total=False):
    VmwareCategory: S
    VmwareTagName: S
    AwsTagKey: S
    AwsTagValue: S

PutHypervisorPropertyMappingsParameters = TypedDict(
    "PutHypervisorPropertyMappingsParameters",
    {
        "HypervisorArn": S,
        "HypervisorArn.$": str,
        "VmwareToAwsTagMappings": L[Xi[VmwareToAwsTagMapping]],
        "VmwareToAwsTagMappings.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
    },
    total=False,
)
PutMaintenanceStartTimeParameters = TypedDict(
    "PutMaintenanceStartTimeParameters",
    {
        "GatewayArn": S,
        "GatewayArn.$": str,
        "HourOfDay": I,
        "HourOfDay.$": str,
        "MinuteOfHour": I,
        "MinuteOfHour.$": str,
        "DayOfWeek": I,
        "DayOfWeek.$": str,
        "DayOfMonth": I,
        "DayOfMonth.$": str,
    },
    total=False,
)
StartVirtualMachinesMetadataSyncParameters = TypedDict(
    "StartVirtualMachinesMetadataSyncParameters",
    {"HypervisorArn": S, "HypervisorArn.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestHypervisorConfigurationParameters = TypedDict(
    "TestHypervisorConfigurationParameters",
    {
        "GatewayArn": S,
        "GatewayArn.$": str,
        "Host": S,
        "Host.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateGatewayInformationParameters = TypedDict(
    "UpdateGatewayInformationParameters",
    {"GatewayArn": S, "GatewayArn.$": str, "GatewayDisplayName": S, "GatewayDisplayName.$": str},
    total=False,
)
UpdateGatewaySoftwareNowParameters = TypedDict(
    "UpdateGatewaySoftwareNowParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
UpdateHypervisorParameters = TypedDict(
    "UpdateHypervisorParameters",
    {
        "HypervisorArn": S,
        "HypervisorArn.$": str,
        "Host": S,
        "Host.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "Name": S,
        "Name.$": str,
        "LogGroupArn": S,
        "LogGroupArn.$": str,
    },
    total=False,
)
associate_gateway_to_server: Builder[AssociateGatewayToServerParameters]
create_gateway: Builder[CreateGatewayParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_hypervisor: Builder[DeleteHypervisorParameters]
disassociate_gateway_from_server: Builder[DisassociateGatewayFromServerParameters]
get_bandwidth_rate_limit_schedule: Builder[GetBandwidthRateLimitScheduleParameters]
get_gateway: Builder[GetGatewayParameters]
get_hypervisor: Builder[GetHypervisorParameters]
get_hypervisor_property_mappings: Builder[GetHypervisorPropertyMappingsParameters]
get_virtual_machine: Builder[GetVirtualMachineParameters]
import_hypervisor_configuration: Builder[ImportHypervisorConfigurationParameters]
list_gateways: Builder[ListGatewaysParameters]
list_hypervisors: Builder[ListHypervisorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_virtual_machines: Builder[ListVirtualMachinesParameters]
put_bandwidth_rate_limit_schedule: Builder[PutBandwidthRateLimitScheduleParameters]
put_hypervisor_property_mappings: Builder[PutHypervisorPropertyMappingsParameters]
put_maintenance_start_time: Builder[PutMaintenanceStartTimeParameters]
start_virtual_machines_metadata_sync: Builder[StartVirtualMachinesMetadataSyncParameters]
tag_resource: Builder[TagResourceParameters]
test_hypervisor_configuration: Builder[TestHypervisorConfigurationParameters]
untag_resource: Builder[UntagResourceParameters]
update_gateway_information: Builder[UpdateGatewayInformationParameters]
update_gateway_software_now: Builder[UpdateGatewaySoftwareNowParameters]
update_hypervisor: Builder[UpdateHypervisorParameters]

__all__ = [
    "associate_gateway_to_server",
    "create_gateway",
    "delete_gateway",
    "delete_hypervisor",
    "disassociate_gateway_from_server",
    "get_bandwidth_rate_limit_schedule",
    "get_gateway",
    "get_hypervisor",
    "get_hypervisor_property_mappings",
    "get_virtual_machine",
    "import_hypervisor_configuration",
    "list_gateways",
    "list_hypervisors",
    "list_tags_for_resource",
    "list_virtual_machines",
    "put_bandwidth_rate_limit_schedule",
    "put_hypervisor_property_mappings",
    "put_maintenance_start_time",
    "start_virtual_machines_metadata_sync",
    "tag_resource",
    "test_hypervisor_configuration",
    "untag_resource",
    "update_gateway_information",
    "update_gateway_software_now",
    "update_hypervisor",
]
