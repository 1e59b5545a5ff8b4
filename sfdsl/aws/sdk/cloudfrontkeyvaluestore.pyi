"""Typed builders of the AWS SDK integration of cloudfrontkeyvaluestore (``aws-sdk:cloudfrontkeyvaluestore:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Xi

DeleteKeyParameters = TypedDict(
    "DeleteKeyParameters",
    {"KvsARN": S, "KvsARN.$": str, "Key": S, "Key.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DescribeKeyValueStoreParameters = TypedDict(
    "DescribeKeyValueStoreParameters", {"KvsARN": S, "KvsARN.$": str}, total=False
)
GetKeyParameters = TypedDict(
    "GetKeyParameters", {"KvsARN": S, "KvsARN.$": str, "Key": S, "Key.$": str}, total=False
)
ListKeysParameters = TypedDict(
    "ListKeysParameters",
    {
        "KvsARN": S,
        "KvsARN.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutKeyParameters = TypedDict(
    "PutKeyParameters",
    {
        "Key": S,
        "Key.$": str,
        "Value": S,
        "Value.$": str,
        "KvsARN": S,
        "KvsARN.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)

class PutKeyRequestListItem(TypedDict, total=False):
    Key: S
    Value: S

class DeleteKeyRequestListItem(TypedDict, total=False):
    Key: S

UpdateKeysParameters = TypedDict(
    "UpdateKeysParameters",
    {
        "KvsARN": S,
        "KvsARN.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "Puts": L[Xi[PutKeyRequestListItem]],
        "Puts.$": str,
        "Deletes": L[Xi[DeleteKeyRequestListItem]],
        "Deletes.$": str,
    },
    total=False,
)
delete_key: Builder[DeleteKeyParameters]
describe_key_value_store: Builder[DescribeKeyValueStoreParameters]
get_key: Builder[GetKeyParameters]
list_keys: Builder[ListKeysParameters]
put_key: Builder[PutKeyParameters]
update_keys: Builder[UpdateKeysParameters]

__all__ = [
    "delete_key",
    "describe_key_value_store",
    "get_key",
    "list_keys",
    "put_key",
    "update_keys",
]
