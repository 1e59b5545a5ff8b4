"""Typed builders of the AWS SDK integration of iamtoolbox (``aws-sdk:iamtoolbox:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

GetRequestAuthorizationDetailsParameters = TypedDict(
    "GetRequestAuthorizationDetailsParameters",
    {"AuthorizationId": S, "AuthorizationId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetRequestAuthorizationPolicyParameters = TypedDict(
    "GetRequestAuthorizationPolicyParameters",
    {"AuthorizationId": S, "AuthorizationId.$": str, "PolicyUri": S, "PolicyUri.$": str},
    total=False,
)
get_request_authorization_details: Builder[GetRequestAuthorizationDetailsParameters]
get_request_authorization_policy: Builder[GetRequestAuthorizationPolicyParameters]

__all__ = ["get_request_authorization_details", "get_request_authorization_policy"]
