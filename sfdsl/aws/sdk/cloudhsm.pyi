"""Typed builders of the AWS SDK integration of cloudhsm (``aws-sdk:cloudhsm:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Si, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
CreateHapgParameters = TypedDict("CreateHapgParameters", {"Label": S, "Label.$": str}, total=False)
CreateHsmParameters = TypedDict(
    "CreateHsmParameters",
    {
        "SubnetId": S,
        "SubnetId.$": str,
        "SshKey": S,
        "SshKey.$": str,
        "EniIp": S,
        "EniIp.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
        "SubscriptionType": S,
        "SubscriptionType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SyslogIp": S,
        "SyslogIp.$": str,
    },
    total=False,
)
CreateLunaClientParameters = TypedDict(
    "CreateLunaClientParameters",
    {"Label": S, "Label.$": str, "Certificate": S, "Certificate.$": str},
    total=False,
)
DeleteHapgParameters = TypedDict(
    "DeleteHapgParameters", {"HapgArn": S, "HapgArn.$": str}, total=False
)
DeleteHsmParameters = TypedDict("DeleteHsmParameters", {"HsmArn": S, "HsmArn.$": str}, total=False)
DeleteLunaClientParameters = TypedDict(
    "DeleteLunaClientParameters", {"ClientArn": S, "ClientArn.$": str}, total=False
)
DescribeHapgParameters = TypedDict(
    "DescribeHapgParameters", {"HapgArn": S, "HapgArn.$": str}, total=False
)
DescribeHsmParameters = TypedDict(
    "DescribeHsmParameters",
    {"HsmArn": S, "HsmArn.$": str, "HsmSerialNumber": S, "HsmSerialNumber.$": str},
    total=False,
)
DescribeLunaClientParameters = TypedDict(
    "DescribeLunaClientParameters",
    {
        "ClientArn": S,
        "ClientArn.$": str,
        "CertificateFingerprint": S,
        "CertificateFingerprint.$": str,
    },
    total=False,
)
GetConfigParameters = TypedDict(
    "GetConfigParameters",
    {
        "ClientArn": S,
        "ClientArn.$": str,
        "ClientVersion": S,
        "ClientVersion.$": str,
        "HapgList": L[Si],
        "HapgList.$": str,
    },
    total=False,
)

class ListAvailableZonesParameters(TypedDict, total=False): ...

ListHapgsParameters = TypedDict(
    "ListHapgsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListHsmsParameters = TypedDict(
    "ListHsmsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListLunaClientsParameters = TypedDict(
    "ListLunaClientsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ModifyHapgParameters = TypedDict(
    "ModifyHapgParameters",
    {
        "HapgArn": S,
        "HapgArn.$": str,
        "Label": S,
        "Label.$": str,
        "PartitionSerialList": L[Si],
        "PartitionSerialList.$": str,
    },
    total=False,
)
ModifyHsmParameters = TypedDict(
    "ModifyHsmParameters",
    {
        "HsmArn": S,
        "HsmArn.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "EniIp": S,
        "EniIp.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
        "SyslogIp": S,
        "SyslogIp.$": str,
    },
    total=False,
)
ModifyLunaClientParameters = TypedDict(
    "ModifyLunaClientParameters",
    {"ClientArn": S, "ClientArn.$": str, "Certificate": S, "Certificate.$": str},
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeyList": L[Si], "TagKeyList.$": str},
    total=False,
)
add_tags_to_resource: Builder[AddTagsToResourceParameters]
create_hapg: Builder[CreateHapgParameters]
create_hsm: Builder[CreateHsmParameters]
create_luna_client: Builder[CreateLunaClientParameters]
delete_hapg: Builder[DeleteHapgParameters]
delete_hsm: Builder[DeleteHsmParameters]
delete_luna_client: Builder[DeleteLunaClientParameters]
describe_hapg: Builder[DescribeHapgParameters]
describe_hsm: Builder[DescribeHsmParameters]
describe_luna_client: Builder[DescribeLunaClientParameters]
get_config: Builder[GetConfigParameters]
list_available_zones: Builder[ListAvailableZonesParameters]
list_hapgs: Builder[ListHapgsParameters]
list_hsms: Builder[ListHsmsParameters]
list_luna_clients: Builder[ListLunaClientsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_hapg: Builder[ModifyHapgParameters]
modify_hsm: Builder[ModifyHsmParameters]
modify_luna_client: Builder[ModifyLunaClientParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]

__all__ = [
    "add_tags_to_resource",
    "create_hapg",
    "create_hsm",
    "create_luna_client",
    "delete_hapg",
    "delete_hsm",
    "delete_luna_client",
    "describe_hapg",
    "describe_hsm",
    "describe_luna_client",
    "get_config",
    "list_available_zones",
    "list_hapgs",
    "list_hsms",
    "list_luna_clients",
    "list_tags_for_resource",
    "modify_hapg",
    "modify_hsm",
    "modify_luna_client",
    "remove_tags_from_resource",
]
