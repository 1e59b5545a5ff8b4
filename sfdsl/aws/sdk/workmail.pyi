"""Typed builders of the AWS SDK integration of workmail (``aws-sdk:workmail:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AssociateDelegateToResourceParameters = TypedDict(
    "AssociateDelegateToResourceParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
    },
    total=False,
)
AssociateMemberToGroupParameters = TypedDict(
    "AssociateMemberToGroupParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "MemberId": S,
        "MemberId.$": str,
    },
    total=False,
)
AssumeImpersonationRoleParameters = TypedDict(
    "AssumeImpersonationRoleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
    },
    total=False,
)
CancelMailboxExportJobParameters = TypedDict(
    "CancelMailboxExportJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "JobId": S,
        "JobId.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
    },
    total=False,
)
CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Alias": S,
        "Alias.$": str,
    },
    total=False,
)

class EwsAvailabilityProvider(TypedDict, total=False):
    EwsEndpoint: S
    EwsUsername: S
    EwsPassword: S

class LambdaAvailabilityProvider(TypedDict, total=False):
    LambdaArn: S

CreateAvailabilityConfigurationParameters = TypedDict(
    "CreateAvailabilityConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EwsProvider": X[EwsAvailabilityProvider],
        "EwsProvider.$": str,
        "LambdaProvider": X[LambdaAvailabilityProvider],
        "LambdaProvider.$": str,
    },
    total=False,
)
CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Name": S,
        "Name.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
    },
    total=False,
)
CreateIdentityCenterApplicationParameters = TypedDict(
    "CreateIdentityCenterApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ImpersonationRule(TypedDict, total=False):
    ImpersonationRuleId: S
    Name: S
    Description: S
    Effect: S
    TargetUsers: L[Si]
    NotTargetUsers: L[Si]

CreateImpersonationRoleParameters = TypedDict(
    "CreateImpersonationRoleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[ImpersonationRule]],
        "Rules.$": str,
    },
    total=False,
)
CreateMobileDeviceAccessRuleParameters = TypedDict(
    "CreateMobileDeviceAccessRuleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Effect": S,
        "Effect.$": str,
        "DeviceTypes": L[Si],
        "DeviceTypes.$": str,
        "NotDeviceTypes": L[Si],
        "NotDeviceTypes.$": str,
        "DeviceModels": L[Si],
        "DeviceModels.$": str,
        "NotDeviceModels": L[Si],
        "NotDeviceModels.$": str,
        "DeviceOperatingSystems": L[Si],
        "DeviceOperatingSystems.$": str,
        "NotDeviceOperatingSystems": L[Si],
        "NotDeviceOperatingSystems.$": str,
        "DeviceUserAgents": L[Si],
        "DeviceUserAgents.$": str,
        "NotDeviceUserAgents": L[Si],
        "NotDeviceUserAgents.$": str,
    },
    total=False,
)

class Domain(TypedDict, total=False):
    DomainName: S
    HostedZoneId: S

CreateOrganizationParameters = TypedDict(
    "CreateOrganizationParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Alias": S,
        "Alias.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Domains": L[Xi[Domain]],
        "Domains.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "EnableInteroperability": B,
        "EnableInteroperability.$": str,
    },
    total=False,
)
CreateResourceParameters = TypedDict(
    "CreateResourceParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Password": S,
        "Password.$": str,
        "Role": S,
        "Role.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "LastName": S,
        "LastName.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
        "IdentityProviderUserId": S,
        "IdentityProviderUserId.$": str,
    },
    total=False,
)
DeleteAccessControlRuleParameters = TypedDict(
    "DeleteAccessControlRuleParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Alias": S,
        "Alias.$": str,
    },
    total=False,
)
DeleteAvailabilityConfigurationParameters = TypedDict(
    "DeleteAvailabilityConfigurationParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DeleteEmailMonitoringConfigurationParameters = TypedDict(
    "DeleteEmailMonitoringConfigurationParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
DeleteIdentityCenterApplicationParameters = TypedDict(
    "DeleteIdentityCenterApplicationParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str},
    total=False,
)
DeleteIdentityProviderConfigurationParameters = TypedDict(
    "DeleteIdentityProviderConfigurationParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DeleteImpersonationRoleParameters = TypedDict(
    "DeleteImpersonationRoleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
    },
    total=False,
)
DeleteMailboxPermissionsParameters = TypedDict(
    "DeleteMailboxPermissionsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "GranteeId": S,
        "GranteeId.$": str,
    },
    total=False,
)
DeleteMobileDeviceAccessOverrideParameters = TypedDict(
    "DeleteMobileDeviceAccessOverrideParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
    },
    total=False,
)
DeleteMobileDeviceAccessRuleParameters = TypedDict(
    "DeleteMobileDeviceAccessRuleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "MobileDeviceAccessRuleId": S,
        "MobileDeviceAccessRuleId.$": str,
    },
    total=False,
)
DeleteOrganizationParameters = TypedDict(
    "DeleteOrganizationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DeleteDirectory": B,
        "DeleteDirectory.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
        "DeleteIdentityCenterApplication": B,
        "DeleteIdentityCenterApplication.$": str,
    },
    total=False,
)
DeletePersonalAccessTokenParameters = TypedDict(
    "DeletePersonalAccessTokenParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "PersonalAccessTokenId": S,
        "PersonalAccessTokenId.$": str,
    },
    total=False,
)
DeleteResourceParameters = TypedDict(
    "DeleteResourceParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DeleteRetentionPolicyParameters = TypedDict(
    "DeleteRetentionPolicyParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DeregisterFromWorkMailParameters = TypedDict(
    "DeregisterFromWorkMailParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "EntityId": S, "EntityId.$": str},
    total=False,
)
DeregisterMailDomainParameters = TypedDict(
    "DeregisterMailDomainParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DescribeEmailMonitoringConfigurationParameters = TypedDict(
    "DescribeEmailMonitoringConfigurationParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DescribeEntityParameters = TypedDict(
    "DescribeEntityParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "Email": S, "Email.$": str},
    total=False,
)
DescribeGroupParameters = TypedDict(
    "DescribeGroupParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
DescribeIdentityProviderConfigurationParameters = TypedDict(
    "DescribeIdentityProviderConfigurationParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DescribeInboundDmarcSettingsParameters = TypedDict(
    "DescribeInboundDmarcSettingsParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DescribeMailboxExportJobParameters = TypedDict(
    "DescribeMailboxExportJobParameters",
    {"JobId": S, "JobId.$": str, "OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DescribeOrganizationParameters = TypedDict(
    "DescribeOrganizationParameters", {"OrganizationId": S, "OrganizationId.$": str}, total=False
)
DescribeResourceParameters = TypedDict(
    "DescribeResourceParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DisassociateDelegateFromResourceParameters = TypedDict(
    "DisassociateDelegateFromResourceParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "EntityId": S,
        "EntityId.$": str,
    },
    total=False,
)
DisassociateMemberFromGroupParameters = TypedDict(
    "DisassociateMemberFromGroupParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "MemberId": S,
        "MemberId.$": str,
    },
    total=False,
)
GetAccessControlEffectParameters = TypedDict(
    "GetAccessControlEffectParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
        "Action": S,
        "Action.$": str,
        "UserId": S,
        "UserId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
    },
    total=False,
)
GetDefaultRetentionPolicyParameters = TypedDict(
    "GetDefaultRetentionPolicyParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
GetImpersonationRoleParameters = TypedDict(
    "GetImpersonationRoleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
    },
    total=False,
)
GetImpersonationRoleEffectParameters = TypedDict(
    "GetImpersonationRoleEffectParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
        "TargetUser": S,
        "TargetUser.$": str,
    },
    total=False,
)
GetMailDomainParameters = TypedDict(
    "GetMailDomainParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
GetMailboxDetailsParameters = TypedDict(
    "GetMailboxDetailsParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
GetMobileDeviceAccessEffectParameters = TypedDict(
    "GetMobileDeviceAccessEffectParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DeviceType": S,
        "DeviceType.$": str,
        "DeviceModel": S,
        "DeviceModel.$": str,
        "DeviceOperatingSystem": S,
        "DeviceOperatingSystem.$": str,
        "DeviceUserAgent": S,
        "DeviceUserAgent.$": str,
    },
    total=False,
)
GetMobileDeviceAccessOverrideParameters = TypedDict(
    "GetMobileDeviceAccessOverrideParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
    },
    total=False,
)
GetPersonalAccessTokenMetadataParameters = TypedDict(
    "GetPersonalAccessTokenMetadataParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "PersonalAccessTokenId": S,
        "PersonalAccessTokenId.$": str,
    },
    total=False,
)
ListAccessControlRulesParameters = TypedDict(
    "ListAccessControlRulesParameters", {"OrganizationId": S, "OrganizationId.$": str}, total=False
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAvailabilityConfigurationsParameters = TypedDict(
    "ListAvailabilityConfigurationsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroupMembersParameters = TypedDict(
    "ListGroupMembersParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListGroupsFilters(TypedDict, total=False):
    NamePrefix: S
    PrimaryEmailPrefix: S
    State: S

ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": X[ListGroupsFilters],
        "Filters.$": str,
    },
    total=False,
)

class ListGroupsForEntityFilters(TypedDict, total=False):
    GroupNamePrefix: S

ListGroupsForEntityParameters = TypedDict(
    "ListGroupsForEntityParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Filters": X[ListGroupsForEntityFilters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListImpersonationRolesParameters = TypedDict(
    "ListImpersonationRolesParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMailDomainsParameters = TypedDict(
    "ListMailDomainsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMailboxExportJobsParameters = TypedDict(
    "ListMailboxExportJobsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMailboxPermissionsParameters = TypedDict(
    "ListMailboxPermissionsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMobileDeviceAccessOverridesParameters = TypedDict(
    "ListMobileDeviceAccessOverridesParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMobileDeviceAccessRulesParameters = TypedDict(
    "ListMobileDeviceAccessRulesParameters",
    {"OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
ListOrganizationsParameters = TypedDict(
    "ListOrganizationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPersonalAccessTokensParameters = TypedDict(
    "ListPersonalAccessTokensParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceDelegatesParameters = TypedDict(
    "ListResourceDelegatesParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListResourcesFilters(TypedDict, total=False):
    NamePrefix: S
    PrimaryEmailPrefix: S
    State: S

ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": X[ListResourcesFilters],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class ListUsersFilters(TypedDict, total=False):
    UsernamePrefix: S
    DisplayNamePrefix: S
    PrimaryEmailPrefix: S
    State: S
    IdentityProviderUserIdPrefix: S

ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": X[ListUsersFilters],
        "Filters.$": str,
    },
    total=False,
)
PutAccessControlRuleParameters = TypedDict(
    "PutAccessControlRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "Effect": S,
        "Effect.$": str,
        "Description": S,
        "Description.$": str,
        "IpRanges": L[Si],
        "IpRanges.$": str,
        "NotIpRanges": L[Si],
        "NotIpRanges.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "NotActions": L[Si],
        "NotActions.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "NotUserIds": L[Si],
        "NotUserIds.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleIds": L[Si],
        "ImpersonationRoleIds.$": str,
        "NotImpersonationRoleIds": L[Si],
        "NotImpersonationRoleIds.$": str,
    },
    total=False,
)
PutEmailMonitoringConfigurationParameters = TypedDict(
    "PutEmailMonitoringConfigurationParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LogGroupArn": S,
        "LogGroupArn.$": str,
    },
    total=False,
)

class IdentityCenterConfiguration(TypedDict, total=False):
    InstanceArn: S
    ApplicationArn: S

class PersonalAccessTokenConfiguration(TypedDict, total=False):
    Status: S
    LifetimeInDays: I

PutIdentityProviderConfigurationParameters = TypedDict(
    "PutIdentityProviderConfigurationParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "AuthenticationMode": S,
        "AuthenticationMode.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "PersonalAccessTokenConfiguration": X[PersonalAccessTokenConfiguration],
        "PersonalAccessTokenConfiguration.$": str,
    },
    total=False,
)
PutInboundDmarcSettingsParameters = TypedDict(
    "PutInboundDmarcSettingsParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "Enforced": B, "Enforced.$": str},
    total=False,
)
PutMailboxPermissionsParameters = TypedDict(
    "PutMailboxPermissionsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "GranteeId": S,
        "GranteeId.$": str,
        "PermissionValues": L[Si],
        "PermissionValues.$": str,
    },
    total=False,
)
PutMobileDeviceAccessOverrideParameters = TypedDict(
    "PutMobileDeviceAccessOverrideParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "Effect": S,
        "Effect.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class FolderConfiguration(TypedDict, total=False):
    Name: S
    Action: S
    Period: I

PutRetentionPolicyParameters = TypedDict(
    "PutRetentionPolicyParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "FolderConfigurations": L[Xi[FolderConfiguration]],
        "FolderConfigurations.$": str,
    },
    total=False,
)
RegisterMailDomainParameters = TypedDict(
    "RegisterMailDomainParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DomainName": S,
        "DomainName.$": str,
    },
    total=False,
)
RegisterToWorkMailParameters = TypedDict(
    "RegisterToWorkMailParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Email": S,
        "Email.$": str,
    },
    total=False,
)
ResetPasswordParameters = TypedDict(
    "ResetPasswordParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Password": S,
        "Password.$": str,
    },
    total=False,
)
StartMailboxExportJobParameters = TypedDict(
    "StartMailboxExportJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestAvailabilityConfigurationParameters = TypedDict(
    "TestAvailabilityConfigurationParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EwsProvider": X[EwsAvailabilityProvider],
        "EwsProvider.$": str,
        "LambdaProvider": X[LambdaAvailabilityProvider],
        "LambdaProvider.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAvailabilityConfigurationParameters = TypedDict(
    "UpdateAvailabilityConfigurationParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EwsProvider": X[EwsAvailabilityProvider],
        "EwsProvider.$": str,
        "LambdaProvider": X[LambdaAvailabilityProvider],
        "LambdaProvider.$": str,
    },
    total=False,
)
UpdateDefaultMailDomainParameters = TypedDict(
    "UpdateDefaultMailDomainParameters",
    {"OrganizationId": S, "OrganizationId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
    },
    total=False,
)
UpdateImpersonationRoleParameters = TypedDict(
    "UpdateImpersonationRoleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ImpersonationRoleId": S,
        "ImpersonationRoleId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[ImpersonationRule]],
        "Rules.$": str,
    },
    total=False,
)
UpdateMailboxQuotaParameters = TypedDict(
    "UpdateMailboxQuotaParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "MailboxQuota": I,
        "MailboxQuota.$": str,
    },
    total=False,
)
UpdateMobileDeviceAccessRuleParameters = TypedDict(
    "UpdateMobileDeviceAccessRuleParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "MobileDeviceAccessRuleId": S,
        "MobileDeviceAccessRuleId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Effect": S,
        "Effect.$": str,
        "DeviceTypes": L[Si],
        "DeviceTypes.$": str,
        "NotDeviceTypes": L[Si],
        "NotDeviceTypes.$": str,
        "DeviceModels": L[Si],
        "DeviceModels.$": str,
        "NotDeviceModels": L[Si],
        "NotDeviceModels.$": str,
        "DeviceOperatingSystems": L[Si],
        "DeviceOperatingSystems.$": str,
        "NotDeviceOperatingSystems": L[Si],
        "NotDeviceOperatingSystems.$": str,
        "DeviceUserAgents": L[Si],
        "DeviceUserAgents.$": str,
        "NotDeviceUserAgents": L[Si],
        "NotDeviceUserAgents.$": str,
    },
    total=False,
)
UpdatePrimaryEmailAddressParameters = TypedDict(
    "UpdatePrimaryEmailAddressParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "EntityId": S,
        "EntityId.$": str,
        "Email": S,
        "Email.$": str,
    },
    total=False,
)

class BookingOptions(TypedDict, total=False):
    AutoAcceptRequests: B
    AutoDeclineRecurringRequests: B
    AutoDeclineConflictingRequests: B

UpdateResourceParameters = TypedDict(
    "UpdateResourceParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Name": S,
        "Name.$": str,
        "BookingOptions": X[BookingOptions],
        "BookingOptions.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Role": S,
        "Role.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "LastName": S,
        "LastName.$": str,
        "HiddenFromGlobalAddressList": B,
        "HiddenFromGlobalAddressList.$": str,
        "Initials": S,
        "Initials.$": str,
        "Telephone": S,
        "Telephone.$": str,
        "Street": S,
        "Street.$": str,
        "JobTitle": S,
        "JobTitle.$": str,
        "City": S,
        "City.$": str,
        "Company": S,
        "Company.$": str,
        "ZipCode": S,
        "ZipCode.$": str,
        "Department": S,
        "Department.$": str,
        "Country": S,
        "Country.$": str,
        "Office": S,
        "Office.$": str,
        "IdentityProviderUserId": S,
        "IdentityProviderUserId.$": str,
    },
    total=False,
)
associate_delegate_to_resource: Builder[AssociateDelegateToResourceParameters]
associate_member_to_group: Builder[AssociateMemberToGroupParameters]
assume_impersonation_role: Builder[AssumeImpersonationRoleParameters]
cancel_mailbox_export_job: Builder[CancelMailboxExportJobParameters]
create_alias: Builder[CreateAliasParameters]
create_availability_configuration: Builder[CreateAvailabilityConfigurationParameters]
create_group: Builder[CreateGroupParameters]
create_identity_center_application: Builder[CreateIdentityCenterApplicationParameters]
create_impersonation_role: Builder[CreateImpersonationRoleParameters]
create_mobile_device_access_rule: Builder[CreateMobileDeviceAccessRuleParameters]
create_organization: Builder[CreateOrganizationParameters]
create_resource: Builder[CreateResourceParameters]
create_user: Builder[CreateUserParameters]
delete_access_control_rule: Builder[DeleteAccessControlRuleParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_availability_configuration: Builder[DeleteAvailabilityConfigurationParameters]
delete_email_monitoring_configuration: Builder[DeleteEmailMonitoringConfigurationParameters]
delete_group: Builder[DeleteGroupParameters]
delete_identity_center_application: Builder[DeleteIdentityCenterApplicationParameters]
delete_identity_provider_configuration: Builder[DeleteIdentityProviderConfigurationParameters]
delete_impersonation_role: Builder[DeleteImpersonationRoleParameters]
delete_mailbox_permissions: Builder[DeleteMailboxPermissionsParameters]
delete_mobile_device_access_override: Builder[DeleteMobileDeviceAccessOverrideParameters]
delete_mobile_device_access_rule: Builder[DeleteMobileDeviceAccessRuleParameters]
delete_organization: Builder[DeleteOrganizationParameters]
delete_personal_access_token: Builder[DeletePersonalAccessTokenParameters]
delete_resource: Builder[DeleteResourceParameters]
delete_retention_policy: Builder[DeleteRetentionPolicyParameters]
delete_user: Builder[DeleteUserParameters]
deregister_from_work_mail: Builder[DeregisterFromWorkMailParameters]
deregister_mail_domain: Builder[DeregisterMailDomainParameters]
describe_email_monitoring_configuration: Builder[DescribeEmailMonitoringConfigurationParameters]
describe_entity: Builder[DescribeEntityParameters]
describe_group: Builder[DescribeGroupParameters]
describe_identity_provider_configuration: Builder[DescribeIdentityProviderConfigurationParameters]
describe_inbound_dmarc_settings: Builder[DescribeInboundDmarcSettingsParameters]
describe_mailbox_export_job: Builder[DescribeMailboxExportJobParameters]
describe_organization: Builder[DescribeOrganizationParameters]
describe_resource: Builder[DescribeResourceParameters]
describe_user: Builder[DescribeUserParameters]
disassociate_delegate_from_resource: Builder[DisassociateDelegateFromResourceParameters]
disassociate_member_from_group: Builder[DisassociateMemberFromGroupParameters]
get_access_control_effect: Builder[GetAccessControlEffectParameters]
get_default_retention_policy: Builder[GetDefaultRetentionPolicyParameters]
get_impersonation_role: Builder[GetImpersonationRoleParameters]
get_impersonation_role_effect: Builder[GetImpersonationRoleEffectParameters]
get_mail_domain: Builder[GetMailDomainParameters]
get_mailbox_details: Builder[GetMailboxDetailsParameters]
get_mobile_device_access_effect: Builder[GetMobileDeviceAccessEffectParameters]
get_mobile_device_access_override: Builder[GetMobileDeviceAccessOverrideParameters]
get_personal_access_token_metadata: Builder[GetPersonalAccessTokenMetadataParameters]
list_access_control_rules: Builder[ListAccessControlRulesParameters]
list_aliases: Builder[ListAliasesParameters]
list_availability_configurations: Builder[ListAvailabilityConfigurationsParameters]
list_group_members: Builder[ListGroupMembersParameters]
list_groups: Builder[ListGroupsParameters]
list_groups_for_entity: Builder[ListGroupsForEntityParameters]
list_impersonation_roles: Builder[ListImpersonationRolesParameters]
list_mail_domains: Builder[ListMailDomainsParameters]
list_mailbox_export_jobs: Builder[ListMailboxExportJobsParameters]
list_mailbox_permissions: Builder[ListMailboxPermissionsParameters]
list_mobile_device_access_overrides: Builder[ListMobileDeviceAccessOverridesParameters]
list_mobile_device_access_rules: Builder[ListMobileDeviceAccessRulesParameters]
list_organizations: Builder[ListOrganizationsParameters]
list_personal_access_tokens: Builder[ListPersonalAccessTokensParameters]
list_resource_delegates: Builder[ListResourceDelegatesParameters]
list_resources: Builder[ListResourcesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_users: Builder[ListUsersParameters]
put_access_control_rule: Builder[PutAccessControlRuleParameters]
put_email_monitoring_configuration: Builder[PutEmailMonitoringConfigurationParameters]
put_identity_provider_configuration: Builder[PutIdentityProviderConfigurationParameters]
put_inbound_dmarc_settings: Builder[PutInboundDmarcSettingsParameters]
put_mailbox_permissions: Builder[PutMailboxPermissionsParameters]
put_mobile_device_access_override: Builder[PutMobileDeviceAccessOverrideParameters]
put_retention_policy: Builder[PutRetentionPolicyParameters]
register_mail_domain: Builder[RegisterMailDomainParameters]
register_to_work_mail: Builder[RegisterToWorkMailParameters]
reset_password: Builder[ResetPasswordParameters]
start_mailbox_export_job: Builder[StartMailboxExportJobParameters]
tag_resource: Builder[TagResourceParameters]
test_availability_configuration: Builder[TestAvailabilityConfigurationParameters]
untag_resource: Builder[UntagResourceParameters]
update_availability_configuration: Builder[UpdateAvailabilityConfigurationParameters]
update_default_mail_domain: Builder[UpdateDefaultMailDomainParameters]
update_group: Builder[UpdateGroupParameters]
update_impersonation_role: Builder[UpdateImpersonationRoleParameters]
update_mailbox_quota: Builder[UpdateMailboxQuotaParameters]
update_mobile_device_access_rule: Builder[UpdateMobileDeviceAccessRuleParameters]
update_primary_email_address: Builder[UpdatePrimaryEmailAddressParameters]
update_resource: Builder[UpdateResourceParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "associate_delegate_to_resource",
    "associate_member_to_group",
    "assume_impersonation_role",
    "cancel_mailbox_export_job",
    "create_alias",
    "create_availability_configuration",
    "create_group",
    "create_identity_center_application",
    "create_impersonation_role",
    "create_mobile_device_access_rule",
    "create_organization",
    "create_resource",
    "create_user",
    "delete_access_control_rule",
    "delete_alias",
    "delete_availability_configuration",
    "delete_email_monitoring_configuration",
    "delete_group",
    "delete_identity_center_application",
    "delete_identity_provider_configuration",
    "delete_impersonation_role",
    "delete_mailbox_permissions",
    "delete_mobile_device_access_override",
    "delete_mobile_device_access_rule",
    "delete_organization",
    "delete_personal_access_token",
    "delete_resource",
    "delete_retention_policy",
    "delete_user",
    "deregister_from_work_mail",
    "deregister_mail_domain",
    "describe_email_monitoring_configuration",
    "describe_entity",
    "describe_group",
    "describe_identity_provider_configuration",
    "describe_inbound_dmarc_settings",
    "describe_mailbox_export_job",
    "describe_organization",
    "describe_resource",
    "describe_user",
    "disassociate_delegate_from_resource",
    "disassociate_member_from_group",
    "get_access_control_effect",
    "get_default_retention_policy",
    "get_impersonation_role",
    "get_impersonation_role_effect",
    "get_mail_domain",
    "get_mailbox_details",
    "get_mobile_device_access_effect",
    "get_mobile_device_access_override",
    "get_personal_access_token_metadata",
    "list_access_control_rules",
    "list_aliases",
    "list_availability_configurations",
    "list_group_members",
    "list_groups",
    "list_groups_for_entity",
    "list_impersonation_roles",
    "list_mail_domains",
    "list_mailbox_export_jobs",
    "list_mailbox_permissions",
    "list_mobile_device_access_overrides",
    "list_mobile_device_access_rules",
    "list_organizations",
    "list_personal_access_tokens",
    "list_resource_delegates",
    "list_resources",
    "list_tags_for_resource",
    "list_users",
    "put_access_control_rule",
    "put_email_monitoring_configuration",
    "put_identity_provider_configuration",
    "put_inbound_dmarc_settings",
    "put_mailbox_permissions",
    "put_mobile_device_access_override",
    "put_retention_policy",
    "register_mail_domain",
    "register_to_work_mail",
    "reset_password",
    "start_mailbox_export_job",
    "tag_resource",
    "test_availability_configuration",
    "untag_resource",
    "update_availability_configuration",
    "update_default_mail_domain",
    "update_group",
    "update_impersonation_role",
    "update_mailbox_quota",
    "update_mobile_device_access_rule",
    "update_primary_email_address",
    "update_resource",
    "update_user",
]
