"""Typed builders of the AWS SDK integration of ram (``aws-sdk:ram:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AcceptResourceShareInvitationParameters = TypedDict(
    "AcceptResourceShareInvitationParameters",
    {
        "ResourceShareInvitationArn": S,
        "ResourceShareInvitationArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateResourceShareParameters = TypedDict(
    "AssociateResourceShareParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Si],
        "Sources.$": str,
    },
    total=False,
)

class PermissionTemplateParameterInput(TypedDict, total=False):
    Name: S
    Values: L[Si]

AssociateResourceSharePermissionParameters = TypedDict(
    "AssociateResourceSharePermissionParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionTemplateParameterInput]],
        "PermissionTemplateParameters.$": str,
        "Replace": B,
        "Replace.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
    },
    total=False,
)

class PermissionTemplateParameterDeclaration(TypedDict, total=False):
    Name: S
    Type: S
    Description: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePermissionParameters = TypedDict(
    "CreatePermissionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "PolicyTemplate": S,
        "PolicyTemplate.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionTemplateParameterDeclaration]],
        "PermissionTemplateParameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePermissionVersionParameters = TypedDict(
    "CreatePermissionVersionParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PolicyTemplate": S,
        "PolicyTemplate.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionTemplateParameterDeclaration]],
        "PermissionTemplateParameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PermissionArnAndTemplateParameters(TypedDict, total=False):
    PermissionArn: S
    PermissionTemplateParameters: L[Xi[PermissionTemplateParameterInput]]

class ResourceShareConfiguration(TypedDict, total=False):
    RetainSharingOnAccountLeaveOrganization: B

CreateResourceShareParameters = TypedDict(
    "CreateResourceShareParameters",
    {
        "Name": S,
        "Name.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AllowExternalPrincipals": B,
        "AllowExternalPrincipals.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PermissionArns": L[Si],
        "PermissionArns.$": str,
        "Sources": L[Si],
        "Sources.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionArnAndTemplateParameters]],
        "PermissionTemplateParameters.$": str,
        "ResourceShareConfiguration": X[ResourceShareConfiguration],
        "ResourceShareConfiguration.$": str,
    },
    total=False,
)
DeletePermissionParameters = TypedDict(
    "DeletePermissionParameters",
    {"PermissionArn": S, "PermissionArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeletePermissionVersionParameters = TypedDict(
    "DeletePermissionVersionParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteResourceShareParameters = TypedDict(
    "DeleteResourceShareParameters",
    {"ResourceShareArn": S, "ResourceShareArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DisassociateResourceShareParameters = TypedDict(
    "DisassociateResourceShareParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Sources": L[Si],
        "Sources.$": str,
    },
    total=False,
)
DisassociateResourceSharePermissionParameters = TypedDict(
    "DisassociateResourceSharePermissionParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "PermissionArn": S,
        "PermissionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EnableSharingWithAwsOrganizationParameters(TypedDict, total=False): ...

GetPermissionParameters = TypedDict(
    "GetPermissionParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionTemplateParameterInput]],
        "PermissionTemplateParameters.$": str,
    },
    total=False,
)
GetResourcePoliciesParameters = TypedDict(
    "GetResourcePoliciesParameters",
    {
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "Principal": S,
        "Principal.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetResourceShareAssociationsParameters = TypedDict(
    "GetResourceShareAssociationsParameters",
    {
        "AssociationType": S,
        "AssociationType.$": str,
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Principal": S,
        "Principal.$": str,
        "AssociationStatus": S,
        "AssociationStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetResourceShareInvitationsParameters = TypedDict(
    "GetResourceShareInvitationsParameters",
    {
        "ResourceShareInvitationArns": L[Si],
        "ResourceShareInvitationArns.$": str,
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    TagKey: S
    TagValues: L[Si]

GetResourceSharesParameters = TypedDict(
    "GetResourceSharesParameters",
    {
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "ResourceShareStatus": S,
        "ResourceShareStatus.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "Name": S,
        "Name.$": str,
        "TagFilters": L[Xi[TagFilter]],
        "TagFilters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
    },
    total=False,
)
ListPendingInvitationResourcesParameters = TypedDict(
    "ListPendingInvitationResourcesParameters",
    {
        "ResourceShareInvitationArn": S,
        "ResourceShareInvitationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceRegionScope": S,
        "ResourceRegionScope.$": str,
    },
    total=False,
)
ListPermissionAssociationsParameters = TypedDict(
    "ListPermissionAssociationsParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
        "AssociationStatus": S,
        "AssociationStatus.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "FeatureSet": S,
        "FeatureSet.$": str,
        "DefaultVersion": B,
        "DefaultVersion.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPermissionVersionsParameters = TypedDict(
    "ListPermissionVersionsParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPermissionsParameters = TypedDict(
    "ListPermissionsParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "PermissionStatus": S,
        "PermissionStatus.$": str,
    },
    total=False,
)
ListPrincipalsParameters = TypedDict(
    "ListPrincipalsParameters",
    {
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListReplacePermissionAssociationsWorkParameters = TypedDict(
    "ListReplacePermissionAssociationsWorkParameters",
    {
        "WorkIds": L[Si],
        "WorkIds.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceSharePermissionsParameters = TypedDict(
    "ListResourceSharePermissionsParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceTypesParameters = TypedDict(
    "ListResourceTypesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceRegionScope": S,
        "ResourceRegionScope.$": str,
    },
    total=False,
)
ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "Principal": S,
        "Principal.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceRegionScope": S,
        "ResourceRegionScope.$": str,
    },
    total=False,
)
ListSourceAssociationsParameters = TypedDict(
    "ListSourceAssociationsParameters",
    {
        "ResourceShareArns": L[Si],
        "ResourceShareArns.$": str,
        "SourceId": S,
        "SourceId.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "AssociationStatus": S,
        "AssociationStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PromotePermissionCreatedFromPolicyParameters = TypedDict(
    "PromotePermissionCreatedFromPolicyParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PromoteResourceShareCreatedFromPolicyParameters = TypedDict(
    "PromoteResourceShareCreatedFromPolicyParameters",
    {"ResourceShareArn": S, "ResourceShareArn.$": str},
    total=False,
)
RejectResourceShareInvitationParameters = TypedDict(
    "RejectResourceShareInvitationParameters",
    {
        "ResourceShareInvitationArn": S,
        "ResourceShareInvitationArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ReplacePermissionAssociationsParameters = TypedDict(
    "ReplacePermissionAssociationsParameters",
    {
        "FromPermissionArn": S,
        "FromPermissionArn.$": str,
        "FromPermissionVersion": I,
        "FromPermissionVersion.$": str,
        "ToPermissionArn": S,
        "ToPermissionArn.$": str,
        "PermissionTemplateParameters": L[Xi[PermissionTemplateParameterInput]],
        "PermissionTemplateParameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SetDefaultPermissionVersionParameters = TypedDict(
    "SetDefaultPermissionVersionParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "PermissionVersion": I,
        "PermissionVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
UpdatePermissionParameters = TypedDict(
    "UpdatePermissionParameters",
    {
        "PermissionArn": S,
        "PermissionArn.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateResourceShareParameters = TypedDict(
    "UpdateResourceShareParameters",
    {
        "ResourceShareArn": S,
        "ResourceShareArn.$": str,
        "Name": S,
        "Name.$": str,
        "AllowExternalPrincipals": B,
        "AllowExternalPrincipals.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
accept_resource_share_invitation: Builder[AcceptResourceShareInvitationParameters]
associate_resource_share: Builder[AssociateResourceShareParameters]
associate_resource_share_permission: Builder[AssociateResourceSharePermissionParameters]
create_permission: Builder[CreatePermissionParameters]
create_permission_version: Builder[CreatePermissionVersionParameters]
create_resource_share: Builder[CreateResourceShareParameters]
delete_permission: Builder[DeletePermissionParameters]
delete_permission_version: Builder[DeletePermissionVersionParameters]
delete_resource_share: Builder[DeleteResourceShareParameters]
disassociate_resource_share: Builder[DisassociateResourceShareParameters]
disassociate_resource_share_permission: Builder[DisassociateResourceSharePermissionParameters]
enable_sharing_with_aws_organization: Builder[EnableSharingWithAwsOrganizationParameters]
get_permission: Builder[GetPermissionParameters]
get_resource_policies: Builder[GetResourcePoliciesParameters]
get_resource_share_associations: Builder[GetResourceShareAssociationsParameters]
get_resource_share_invitations: Builder[GetResourceShareInvitationsParameters]
get_resource_shares: Builder[GetResourceSharesParameters]
list_pending_invitation_resources: Builder[ListPendingInvitationResourcesParameters]
list_permission_associations: Builder[ListPermissionAssociationsParameters]
list_permission_versions: Builder[ListPermissionVersionsParameters]
list_permissions: Builder[ListPermissionsParameters]
list_principals: Builder[ListPrincipalsParameters]
list_replace_permission_associations_work: Builder[ListReplacePermissionAssociationsWorkParameters]
list_resource_share_permissions: Builder[ListResourceSharePermissionsParameters]
list_resource_types: Builder[ListResourceTypesParameters]
list_resources: Builder[ListResourcesParameters]
list_source_associations: Builder[ListSourceAssociationsParameters]
promote_permission_created_from_policy: Builder[PromotePermissionCreatedFromPolicyParameters]
promote_resource_share_created_from_policy: Builder[PromoteResourceShareCreatedFromPolicyParameters]
reject_resource_share_invitation: Builder[RejectResourceShareInvitationParameters]
replace_permission_associations: Builder[ReplacePermissionAssociationsParameters]
set_default_permission_version: Builder[SetDefaultPermissionVersionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_permission: Builder[UpdatePermissionParameters]
update_resource_share: Builder[UpdateResourceShareParameters]

__all__ = [
    "accept_resource_share_invitation",
    "associate_resource_share",
    "associate_resource_share_permission",
    "create_permission",
    "create_permission_version",
    "create_resource_share",
    "delete_permission",
    "delete_permission_version",
    "delete_resource_share",
    "disassociate_resource_share",
    "disassociate_resource_share_permission",
    "enable_sharing_with_aws_organization",
    "get_permission",
    "get_resource_policies",
    "get_resource_share_associations",
    "get_resource_share_invitations",
    "get_resource_shares",
    "list_pending_invitation_resources",
    "list_permission_associations",
    "list_permission_versions",
    "list_permissions",
    "list_principals",
    "list_replace_permission_associations_work",
    "list_resource_share_permissions",
    "list_resource_types",
    "list_resources",
    "list_source_associations",
    "promote_permission_created_from_policy",
    "promote_resource_share_created_from_policy",
    "reject_resource_share_invitation",
    "replace_permission_associations",
    "set_default_permission_version",
    "tag_resource",
    "untag_resource",
    "update_permission",
    "update_resource_share",
]
