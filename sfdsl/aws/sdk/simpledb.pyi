"""Typed builders of the AWS SDK integration of simpledb (``aws-sdk:simpledb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class Attribute(TypedDict, total=False):
    Name: S
    AlternateNameEncoding: S
    Value: S
    AlternateValueEncoding: S

class DeletableItem(TypedDict, total=False):
    Name: S
    Attributes: L[Xi[Attribute]]

BatchDeleteAttributesParameters = TypedDict(
    "BatchDeleteAttributesParameters",
    {"DomainName": S, "DomainName.$": str, "Items": L[Xi[DeletableItem]], "Items.$": str},
    total=False,
)

class ReplaceableAttribute(TypedDict, total=False):
    Name: S
    Value: S
    Replace: B

class ReplaceableItem(TypedDict, total=False):
    Name: S
    Attributes: L[Xi[ReplaceableAttribute]]

BatchPutAttributesParameters = TypedDict(
    "BatchPutAttributesParameters",
    {"DomainName": S, "DomainName.$": str, "Items": L[Xi[ReplaceableItem]], "Items.$": str},
    total=False,
)
CreateDomainParameters = TypedDict(
    "CreateDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class UpdateCondition(TypedDict, total=False):
    Name: S
    Value: S
    Exists: B

DeleteAttributesParameters = TypedDict(
    "DeleteAttributesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ItemName": S,
        "ItemName.$": str,
        "Attributes": L[Xi[Attribute]],
        "Attributes.$": str,
        "Expected": X[UpdateCondition],
        "Expected.$": str,
    },
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DomainMetadataParameters = TypedDict(
    "DomainMetadataParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetAttributesParameters = TypedDict(
    "GetAttributesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ItemName": S,
        "ItemName.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"MaxNumberOfDomains": I, "MaxNumberOfDomains.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutAttributesParameters = TypedDict(
    "PutAttributesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ItemName": S,
        "ItemName.$": str,
        "Attributes": L[Xi[ReplaceableAttribute]],
        "Attributes.$": str,
        "Expected": X[UpdateCondition],
        "Expected.$": str,
    },
    total=False,
)
SelectParameters = TypedDict(
    "SelectParameters",
    {
        "SelectExpression": S,
        "SelectExpression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ConsistentRead": B,
        "ConsistentRead.$": str,
    },
    total=False,
)
batch_delete_attributes: Builder[BatchDeleteAttributesParameters]
batch_put_attributes: Builder[BatchPutAttributesParameters]
create_domain: Builder[CreateDomainParameters]
delete_attributes: Builder[DeleteAttributesParameters]
delete_domain: Builder[DeleteDomainParameters]
domain_metadata: Builder[DomainMetadataParameters]
get_attributes: Builder[GetAttributesParameters]
list_domains: Builder[ListDomainsParameters]
put_attributes: Builder[PutAttributesParameters]
select: Builder[SelectParameters]

__all__ = [
    "batch_delete_attributes",
    "batch_put_attributes",
    "create_domain",
    "delete_attributes",
    "delete_domain",
    "domain_metadata",
    "get_attributes",
    "list_domains",
    "put_attributes",
    "select",
]
