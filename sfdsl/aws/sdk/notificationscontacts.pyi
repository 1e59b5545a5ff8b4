"""Typed builders of the AWS SDK integration of notificationscontacts (``aws-sdk:notificationscontacts:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si

ActivateEmailContactParameters = TypedDict(
    "ActivateEmailContactParameters",
    {"Arn": S, "Arn.$": str, "Code": S, "Code.$": str},
    total=False,
)
CreateEmailContactParameters = TypedDict(
    "CreateEmailContactParameters",
    {
        "Name": S,
        "Name.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteEmailContactParameters = TypedDict(
    "DeleteEmailContactParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetEmailContactParameters = TypedDict(
    "GetEmailContactParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListEmailContactsParameters = TypedDict(
    "ListEmailContactsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
SendActivationCodeParameters = TypedDict(
    "SendActivationCodeParameters", {"Arn": S, "Arn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
activate_email_contact: Builder[ActivateEmailContactParameters]
create_email_contact: Builder[CreateEmailContactParameters]
delete_email_contact: Builder[DeleteEmailContactParameters]
get_email_contact: Builder[GetEmailContactParameters]
list_email_contacts: Builder[ListEmailContactsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
send_activation_code: Builder[SendActivationCodeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "activate_email_contact",
    "create_email_contact",
    "delete_email_contact",
    "get_email_contact",
    "list_email_contacts",
    "list_tags_for_resource",
    "send_activation_code",
    "tag_resource",
    "untag_resource",
]
