"""Typed builders of the AWS SDK integration of managedblockchain (``aws-sdk:managedblockchain:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

CreateAccessorParameters = TypedDict(
    "CreateAccessorParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "AccessorType": S,
        "AccessorType.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)

class MemberFabricConfiguration(TypedDict, total=False):
    AdminUsername: S
    AdminPassword: S

class MemberFrameworkConfiguration(TypedDict, total=False):
    Fabric: X[MemberFabricConfiguration]

class LogConfiguration(TypedDict, total=False):
    Enabled: B

class LogConfigurations(TypedDict, total=False):
    Cloudwatch: X[LogConfiguration]

class MemberFabricLogPublishingConfiguration(TypedDict, total=False):
    CaLogs: X[LogConfigurations]

class MemberLogPublishingConfiguration(TypedDict, total=False):
    Fabric: X[MemberFabricLogPublishingConfiguration]

class MemberConfiguration(TypedDict, total=False):
    Name: S
    Description: S
    FrameworkConfiguration: X[MemberFrameworkConfiguration]
    LogPublishingConfiguration: X[MemberLogPublishingConfiguration]
    Tags: M[S]
    KmsKeyArn: S

CreateMemberParameters = TypedDict(
    "CreateMemberParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "InvitationId": S,
        "InvitationId.$": str,
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberConfiguration": X[MemberConfiguration],
        "MemberConfiguration.$": str,
    },
    total=False,
)

class NetworkFabricConfiguration(TypedDict, total=False):
    Edition: S

class NetworkFrameworkConfiguration(TypedDict, total=False):
    Fabric: X[NetworkFabricConfiguration]

class ApprovalThresholdPolicy(TypedDict, total=False):
    ThresholdPercentage: I
    ProposalDurationInHours: I
    ThresholdComparator: S

class VotingPolicy(TypedDict, total=False):
    ApprovalThresholdPolicy: X[ApprovalThresholdPolicy]

CreateNetworkParameters = TypedDict(
    "CreateNetworkParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Framework": S,
        "Framework.$": str,
        "FrameworkVersion": S,
        "FrameworkVersion.$": str,
        "FrameworkConfiguration": X[NetworkFrameworkConfiguration],
        "FrameworkConfiguration.$": str,
        "VotingPolicy": X[VotingPolicy],
        "VotingPolicy.$": str,
        "MemberConfiguration": X[MemberConfiguration],
        "MemberConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NodeFabricLogPublishingConfiguration(TypedDict, total=False):
    ChaincodeLogs: X[LogConfigurations]
    PeerLogs: X[LogConfigurations]

class NodeLogPublishingConfiguration(TypedDict, total=False):
    Fabric: X[NodeFabricLogPublishingConfiguration]

class NodeConfiguration(TypedDict, total=False):
    InstanceType: S
    AvailabilityZone: S
    LogPublishingConfiguration: X[NodeLogPublishingConfiguration]
    StateDB: S

CreateNodeParameters = TypedDict(
    "CreateNodeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "NodeConfiguration": X[NodeConfiguration],
        "NodeConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class InviteAction(TypedDict, total=False):
    Principal: S

class RemoveAction(TypedDict, total=False):
    MemberId: S

class ProposalActions(TypedDict, total=False):
    Invitations: L[Xi[InviteAction]]
    Removals: L[Xi[RemoveAction]]

CreateProposalParameters = TypedDict(
    "CreateProposalParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "Actions": X[ProposalActions],
        "Actions.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessorParameters = TypedDict(
    "DeleteAccessorParameters", {"AccessorId": S, "AccessorId.$": str}, total=False
)
DeleteMemberParameters = TypedDict(
    "DeleteMemberParameters",
    {"NetworkId": S, "NetworkId.$": str, "MemberId": S, "MemberId.$": str},
    total=False,
)
DeleteNodeParameters = TypedDict(
    "DeleteNodeParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "NodeId": S,
        "NodeId.$": str,
    },
    total=False,
)
GetAccessorParameters = TypedDict(
    "GetAccessorParameters", {"AccessorId": S, "AccessorId.$": str}, total=False
)
GetMemberParameters = TypedDict(
    "GetMemberParameters",
    {"NetworkId": S, "NetworkId.$": str, "MemberId": S, "MemberId.$": str},
    total=False,
)
GetNetworkParameters = TypedDict(
    "GetNetworkParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetNodeParameters = TypedDict(
    "GetNodeParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "NodeId": S,
        "NodeId.$": str,
    },
    total=False,
)
GetProposalParameters = TypedDict(
    "GetProposalParameters",
    {"NetworkId": S, "NetworkId.$": str, "ProposalId": S, "ProposalId.$": str},
    total=False,
)
ListAccessorsParameters = TypedDict(
    "ListAccessorsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
ListInvitationsParameters = TypedDict(
    "ListInvitationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "IsOwned": B,
        "IsOwned.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNetworksParameters = TypedDict(
    "ListNetworksParameters",
    {
        "Name": S,
        "Name.$": str,
        "Framework": S,
        "Framework.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNodesParameters = TypedDict(
    "ListNodesParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProposalVotesParameters = TypedDict(
    "ListProposalVotesParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "ProposalId": S,
        "ProposalId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProposalsParameters = TypedDict(
    "ListProposalsParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
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
RejectInvitationParameters = TypedDict(
    "RejectInvitationParameters", {"InvitationId": S, "InvitationId.$": str}, total=False
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
UpdateMemberParameters = TypedDict(
    "UpdateMemberParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "LogPublishingConfiguration": X[MemberLogPublishingConfiguration],
        "LogPublishingConfiguration.$": str,
    },
    total=False,
)
UpdateNodeParameters = TypedDict(
    "UpdateNodeParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "LogPublishingConfiguration": X[NodeLogPublishingConfiguration],
        "LogPublishingConfiguration.$": str,
    },
    total=False,
)
VoteOnProposalParameters = TypedDict(
    "VoteOnProposalParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "ProposalId": S,
        "ProposalId.$": str,
        "VoterMemberId": S,
        "VoterMemberId.$": str,
        "Vote": S,
        "Vote.$": str,
    },
    total=False,
)
create_accessor: Builder[CreateAccessorParameters]
create_member: Builder[CreateMemberParameters]
create_network: Builder[CreateNetworkParameters]
create_node: Builder[CreateNodeParameters]
create_proposal: Builder[CreateProposalParameters]
delete_accessor: Builder[DeleteAccessorParameters]
delete_member: Builder[DeleteMemberParameters]
delete_node: Builder[DeleteNodeParameters]
get_accessor: Builder[GetAccessorParameters]
get_member: Builder[GetMemberParameters]
get_network: Builder[GetNetworkParameters]
get_node: Builder[GetNodeParameters]
get_proposal: Builder[GetProposalParameters]
list_accessors: Builder[ListAccessorsParameters]
list_invitations: Builder[ListInvitationsParameters]
list_members: Builder[ListMembersParameters]
list_networks: Builder[ListNetworksParameters]
list_nodes: Builder[ListNodesParameters]
list_proposal_votes: Builder[ListProposalVotesParameters]
list_proposals: Builder[ListProposalsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reject_invitation: Builder[RejectInvitationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_member: Builder[UpdateMemberParameters]
update_node: Builder[UpdateNodeParameters]
vote_on_proposal: Builder[VoteOnProposalParameters]

__all__ = [
    "create_accessor",
    "create_member",
    "create_network",
    "create_node",
    "create_proposal",
    "delete_accessor",
    "delete_member",
    "delete_node",
    "get_accessor",
    "get_member",
    "get_network",
    "get_node",
    "get_proposal",
    "list_accessors",
    "list_invitations",
    "list_members",
    "list_networks",
    "list_nodes",
    "list_proposal_votes",
    "list_proposals",
    "list_tags_for_resource",
    "reject_invitation",
    "tag_resource",
    "untag_resource",
    "update_member",
    "update_node",
    "vote_on_proposal",
]
