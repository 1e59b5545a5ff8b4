"""Typed builders of the AWS SDK integration of pcaconnectorscep (``aws-sdk:pcaconnectorscep:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

CreateChallengeParameters = TypedDict(
    "CreateChallengeParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class IntuneConfiguration(TypedDict, total=False):
    AzureApplicationId: S
    Domain: S

class MobileDeviceManagement(TypedDict, total=False):
    Intune: X[IntuneConfiguration]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "MobileDeviceManagement": X[MobileDeviceManagement],
        "MobileDeviceManagement.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteChallengeParameters = TypedDict(
    "DeleteChallengeParameters", {"ChallengeArn": S, "ChallengeArn.$": str}, total=False
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
GetChallengeMetadataParameters = TypedDict(
    "GetChallengeMetadataParameters", {"ChallengeArn": S, "ChallengeArn.$": str}, total=False
)
GetChallengePasswordParameters = TypedDict(
    "GetChallengePasswordParameters", {"ChallengeArn": S, "ChallengeArn.$": str}, total=False
)
GetConnectorParameters = TypedDict(
    "GetConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
ListChallengeMetadataParameters = TypedDict(
    "ListChallengeMetadataParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
    },
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
create_challenge: Builder[CreateChallengeParameters]
create_connector: Builder[CreateConnectorParameters]
delete_challenge: Builder[DeleteChallengeParameters]
delete_connector: Builder[DeleteConnectorParameters]
get_challenge_metadata: Builder[GetChallengeMetadataParameters]
get_challenge_password: Builder[GetChallengePasswordParameters]
get_connector: Builder[GetConnectorParameters]
list_challenge_metadata: Builder[ListChallengeMetadataParameters]
list_connectors: Builder[ListConnectorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_challenge",
    "create_connector",
    "delete_challenge",
    "delete_connector",
    "get_challenge_metadata",
    "get_challenge_password",
    "get_connector",
    "list_challenge_metadata",
    "list_connectors",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
]
