"""Typed builders of the AWS SDK integration of partnercentralbenefits (``aws-sdk:partnercentralbenefits:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, S, Si, Xi

class Amendment(TypedDict, total=False):
    FieldPath: S
    NewValue: S

AmendBenefitApplicationParameters = TypedDict(
    "AmendBenefitApplicationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Revision": S,
        "Revision.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AmendmentReason": S,
        "AmendmentReason.$": str,
        "Amendments": L[Xi[Amendment]],
        "Amendments.$": str,
    },
    total=False,
)
AssociateBenefitApplicationResourceParameters = TypedDict(
    "AssociateBenefitApplicationResourceParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "BenefitApplicationIdentifier": S,
        "BenefitApplicationIdentifier.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
CancelBenefitApplicationParameters = TypedDict(
    "CancelBenefitApplicationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Contact(TypedDict, total=False):
    Email: S
    FirstName: S
    LastName: S
    BusinessTitle: S
    Phone: S

class FileInput(TypedDict, total=False):
    FileURI: S
    BusinessUseCase: S

CreateBenefitApplicationParameters = TypedDict(
    "CreateBenefitApplicationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BenefitIdentifier": S,
        "BenefitIdentifier.$": str,
        "FulfillmentTypes": L[Si],
        "FulfillmentTypes.$": str,
        "BenefitApplicationDetails": Doc,
        "BenefitApplicationDetails.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AssociatedResources": L[Si],
        "AssociatedResources.$": str,
        "PartnerContacts": L[Xi[Contact]],
        "PartnerContacts.$": str,
        "FileDetails": L[Xi[FileInput]],
        "FileDetails.$": str,
    },
    total=False,
)
DisassociateBenefitApplicationResourceParameters = TypedDict(
    "DisassociateBenefitApplicationResourceParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "BenefitApplicationIdentifier": S,
        "BenefitApplicationIdentifier.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
GetBenefitParameters = TypedDict(
    "GetBenefitParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetBenefitAllocationParameters = TypedDict(
    "GetBenefitAllocationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetBenefitApplicationParameters = TypedDict(
    "GetBenefitApplicationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
ListBenefitAllocationsParameters = TypedDict(
    "ListBenefitAllocationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "FulfillmentTypes": L[Si],
        "FulfillmentTypes.$": str,
        "BenefitIdentifiers": L[Si],
        "BenefitIdentifiers.$": str,
        "BenefitApplicationIdentifiers": L[Si],
        "BenefitApplicationIdentifiers.$": str,
        "Status": L[Si],
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AssociatedResource(TypedDict, total=False):
    ResourceType: S
    ResourceIdentifier: S
    ResourceArn: S

ListBenefitApplicationsParameters = TypedDict(
    "ListBenefitApplicationsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Programs": L[Si],
        "Programs.$": str,
        "FulfillmentTypes": L[Si],
        "FulfillmentTypes.$": str,
        "BenefitIdentifiers": L[Si],
        "BenefitIdentifiers.$": str,
        "Status": L[Si],
        "Status.$": str,
        "Stages": L[Si],
        "Stages.$": str,
        "AssociatedResources": L[Xi[AssociatedResource]],
        "AssociatedResources.$": str,
        "AssociatedResourceArns": L[Si],
        "AssociatedResourceArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBenefitsParameters = TypedDict(
    "ListBenefitsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Programs": L[Si],
        "Programs.$": str,
        "FulfillmentTypes": L[Si],
        "FulfillmentTypes.$": str,
        "Status": L[Si],
        "Status.$": str,
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
RecallBenefitApplicationParameters = TypedDict(
    "RecallBenefitApplicationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
SubmitBenefitApplicationParameters = TypedDict(
    "SubmitBenefitApplicationParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
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
UpdateBenefitApplicationParameters = TypedDict(
    "UpdateBenefitApplicationParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
        "BenefitApplicationDetails": Doc,
        "BenefitApplicationDetails.$": str,
        "PartnerContacts": L[Xi[Contact]],
        "PartnerContacts.$": str,
        "FileDetails": L[Xi[FileInput]],
        "FileDetails.$": str,
    },
    total=False,
)
amend_benefit_application: Builder[AmendBenefitApplicationParameters]
associate_benefit_application_resource: Builder[AssociateBenefitApplicationResourceParameters]
cancel_benefit_application: Builder[CancelBenefitApplicationParameters]
create_benefit_application: Builder[CreateBenefitApplicationParameters]
disassociate_benefit_application_resource: Builder[DisassociateBenefitApplicationResourceParameters]
get_benefit: Builder[GetBenefitParameters]
get_benefit_allocation: Builder[GetBenefitAllocationParameters]
get_benefit_application: Builder[GetBenefitApplicationParameters]
list_benefit_allocations: Builder[ListBenefitAllocationsParameters]
list_benefit_applications: Builder[ListBenefitApplicationsParameters]
list_benefits: Builder[ListBenefitsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
recall_benefit_application: Builder[RecallBenefitApplicationParameters]
submit_benefit_application: Builder[SubmitBenefitApplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_benefit_application: Builder[UpdateBenefitApplicationParameters]

__all__ = [
    "amend_benefit_application",
    "associate_benefit_application_resource",
    "cancel_benefit_application",
    "create_benefit_application",
    "disassociate_benefit_application_resource",
    "get_benefit",
    "get_benefit_allocation",
    "get_benefit_application",
    "list_benefit_allocations",
    "list_benefit_applications",
    "list_benefits",
    "list_tags_for_resource",
    "recall_benefit_application",
    "submit_benefit_application",
    "tag_resource",
    "untag_resource",
    "update_benefit_application",
]
