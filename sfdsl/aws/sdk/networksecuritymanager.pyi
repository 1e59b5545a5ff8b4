"""Typed builders of the AWS SDK integration of networksecuritymanager (``aws-sdk:networksecuritymanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X, Xi

class DeploymentConfiguration(TypedDict, total=False):
    EnableCrossAccountVisibility: B

class PolicyReference(TypedDict, total=False):
    PolicyIdentifier: S

class ScopeReference(TypedDict, total=False):
    ScopeIdentifier: S

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeploymentName": S,
        "DeploymentName.$": str,
        "DeploymentDescription": S,
        "DeploymentDescription.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "AssociatedPolicyList": L[Xi[PolicyReference]],
        "AssociatedPolicyList.$": str,
        "AssociatedScopeList": L[Xi[ScopeReference]],
        "AssociatedScopeList.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDeploymentSnapshotParameters = TypedDict(
    "CreateDeploymentSnapshotParameters",
    {
        "DeploymentIdentifier": S,
        "DeploymentIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TemplateOrRuleReference(TypedDict, total=False):
    TemplateIdentifier: S
    RuleIdentifier: S

class WafConfig(TypedDict, total=False):
    ExistingCustomerWebACLResolution: S
    ConflictResolution: S

class SubnetConnectivityOverride(TypedDict, total=False):
    ConnectivityType: S
    Scopes: L[Si]

class IgwFirewallConfig(TypedDict, total=False):
    DefaultSubnetConnectivity: S
    SubnetConnectivityOverrides: L[Xi[SubnetConnectivityOverride]]

class PolicyConfiguration(TypedDict, total=False):
    RemediationEnabled: B
    ResourcesCleanUp: B
    WafConfig: X[WafConfig]
    IgwFirewallConfig: X[IgwFirewallConfig]

CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDescription": S,
        "PolicyDescription.$": str,
        "Priority": I,
        "Priority.$": str,
        "AssociatedTemplateAndRuleList": L[Xi[TemplateOrRuleReference]],
        "AssociatedTemplateAndRuleList.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
        "PolicyConfiguration": X[PolicyConfiguration],
        "PolicyConfiguration.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePolicySnapshotParameters = TypedDict(
    "CreatePolicySnapshotParameters",
    {
        "PolicyIdentifier": S,
        "PolicyIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "RuleName": S,
        "RuleName.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "RuleDescription": S,
        "RuleDescription.$": str,
        "Configuration": Doc,
        "Configuration.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRuleSnapshotParameters = TypedDict(
    "CreateRuleSnapshotParameters",
    {
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Unit(TypedDict, total=False): ...

class AccountSet(TypedDict, total=False):
    AccountIds: L[Si]
    OrganizationalUnits: L[Si]

class AccountFilter(TypedDict, total=False):
    IncludeAll: X[Unit]
    Include: X[AccountSet]
    Exclude: X[AccountSet]

class AlbConfiguration(TypedDict, total=False):
    Scheme: S
    IpAddressType: S

class ResourceCriteria(TypedDict, total=False):
    Tags: M[S]
    AlbConfig: X[AlbConfiguration]

class ResourceLogicalExpression(TypedDict, total=False):
    Criteria: X[ResourceCriteria]
    And: L[Xi[ResourceLogicalExpression]]
    Or: L[Xi[ResourceLogicalExpression]]
    Not: X[ResourceLogicalExpression]

class ResourceSet(TypedDict, total=False):
    ExplicitArns: L[Si]
    Expression: X[ResourceLogicalExpression]

class ResourceScope(TypedDict, total=False):
    IncludeAll: B
    Include: X[ResourceSet]
    Exclude: X[ResourceSet]

class ScopeConfiguration(TypedDict, total=False):
    AccountFilter: X[AccountFilter]
    ResourceScopes: M[X[ResourceScope]]

CreateScopeParameters = TypedDict(
    "CreateScopeParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ScopeName": S,
        "ScopeName.$": str,
        "ScopeDescription": S,
        "ScopeDescription.$": str,
        "ScopeConfiguration": X[ScopeConfiguration],
        "ScopeConfiguration.$": str,
        "SpecializedScopeType": S,
        "SpecializedScopeType.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateScopeSnapshotParameters = TypedDict(
    "CreateScopeSnapshotParameters",
    {
        "ScopeIdentifier": S,
        "ScopeIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RuleReference(TypedDict, total=False):
    RuleIdentifier: S

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateDescription": S,
        "TemplateDescription.$": str,
        "AssociatedRuleList": L[Xi[RuleReference]],
        "AssociatedRuleList.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTemplateSnapshotParameters = TypedDict(
    "CreateTemplateSnapshotParameters",
    {
        "TemplateIdentifier": S,
        "TemplateIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAdminAccountParameters = TypedDict(
    "DeleteAdminAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters",
    {"DeploymentIdentifier": S, "DeploymentIdentifier.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"PolicyIdentifier": S, "PolicyIdentifier.$": str}, total=False
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters", {"RuleIdentifier": S, "RuleIdentifier.$": str}, total=False
)
DeleteScopeParameters = TypedDict(
    "DeleteScopeParameters", {"ScopeIdentifier": S, "ScopeIdentifier.$": str}, total=False
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters", {"TemplateIdentifier": S, "TemplateIdentifier.$": str}, total=False
)
GenerateRuleConfigurationParameters = TypedDict(
    "GenerateRuleConfigurationParameters",
    {
        "Prompt": S,
        "Prompt.$": str,
        "RuleFirewallType": S,
        "RuleFirewallType.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "WafConfigDataType": S,
        "WafConfigDataType.$": str,
        "CurrentConfiguration": S,
        "CurrentConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetAdminAccountParameters = TypedDict(
    "GetAdminAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {"DeploymentIdentifier": S, "DeploymentIdentifier.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"PolicyIdentifier": S, "PolicyIdentifier.$": str}, total=False
)
GetRuleParameters = TypedDict(
    "GetRuleParameters", {"RuleIdentifier": S, "RuleIdentifier.$": str}, total=False
)
GetScopeParameters = TypedDict(
    "GetScopeParameters", {"ScopeIdentifier": S, "ScopeIdentifier.$": str}, total=False
)
GetTemplateParameters = TypedDict(
    "GetTemplateParameters", {"TemplateIdentifier": S, "TemplateIdentifier.$": str}, total=False
)
ListAdminAccountsParameters = TypedDict(
    "ListAdminAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAggregateResourceSynchronizationStatusesParameters = TypedDict(
    "ListAggregateResourceSynchronizationStatusesParameters",
    {
        "SynchronizationStatus": S,
        "SynchronizationStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDeploymentSnapshotsParameters = TypedDict(
    "ListDeploymentSnapshotsParameters",
    {
        "DeploymentIdentifier": S,
        "DeploymentIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListEntityCoveragesParameters = TypedDict(
    "ListEntityCoveragesParameters",
    {
        "EntityArn": S,
        "EntityArn.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListPolicySnapshotsParameters = TypedDict(
    "ListPolicySnapshotsParameters",
    {
        "PolicyIdentifier": S,
        "PolicyIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProtectedResourceCoveragesParameters = TypedDict(
    "ListProtectedResourceCoveragesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceAssociationsParameters = TypedDict(
    "ListResourceAssociationsParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceSynchronizationStatusesParameters = TypedDict(
    "ListResourceSynchronizationStatusesParameters",
    {
        "DeploymentIdentifier": S,
        "DeploymentIdentifier.$": str,
        "SynchronizationStatus": S,
        "SynchronizationStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRuleSnapshotsParameters = TypedDict(
    "ListRuleSnapshotsParameters",
    {
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListScopeSnapshotsParameters = TypedDict(
    "ListScopeSnapshotsParameters",
    {
        "ScopeIdentifier": S,
        "ScopeIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScopesParameters = TypedDict(
    "ListScopesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTemplateSnapshotsParameters = TypedDict(
    "ListTemplateSnapshotsParameters",
    {
        "TemplateIdentifier": S,
        "TemplateIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "TemplateOwner": S,
        "TemplateOwner.$": str,
    },
    total=False,
)

class AdminScopeSelectionInput(TypedDict, total=False):
    Accounts: L[Si]
    OrganizationalUnits: L[Si]

class AdminScopeFilterInput(TypedDict, total=False):
    IncludeAll: X[Unit]
    IncludeOnly: X[AdminScopeSelectionInput]
    ExcludeOnly: X[AdminScopeSelectionInput]

class AdminFirewallTypeScope(TypedDict, total=False):
    AllFirewallTypesEnabled: B
    FirewallTypes: L[Si]

class AdminScopeInput(TypedDict, total=False):
    ScopeFilter: X[AdminScopeFilterInput]
    FirewallTypeScope: X[AdminFirewallTypeScope]

PutAdminAccountParameters = TypedDict(
    "PutAdminAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Priority": I,
        "Priority.$": str,
        "AdminScope": X[AdminScopeInput],
        "AdminScope.$": str,
    },
    total=False,
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
UpdateDeploymentParameters = TypedDict(
    "UpdateDeploymentParameters",
    {
        "DeploymentIdentifier": S,
        "DeploymentIdentifier.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "DeploymentDescription": S,
        "DeploymentDescription.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "AssociatedPolicyList": L[Xi[PolicyReference]],
        "AssociatedPolicyList.$": str,
        "AssociatedScopeList": L[Xi[ScopeReference]],
        "AssociatedScopeList.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePolicyParameters = TypedDict(
    "UpdatePolicyParameters",
    {
        "PolicyIdentifier": S,
        "PolicyIdentifier.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "PolicyDescription": S,
        "PolicyDescription.$": str,
        "Priority": I,
        "Priority.$": str,
        "AssociatedTemplateAndRuleList": L[Xi[TemplateOrRuleReference]],
        "AssociatedTemplateAndRuleList.$": str,
        "PolicyConfiguration": X[PolicyConfiguration],
        "PolicyConfiguration.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "RuleDescription": S,
        "RuleDescription.$": str,
        "Configuration": Doc,
        "Configuration.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateScopeParameters = TypedDict(
    "UpdateScopeParameters",
    {
        "ScopeIdentifier": S,
        "ScopeIdentifier.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "ScopeDescription": S,
        "ScopeDescription.$": str,
        "ScopeConfiguration": X[ScopeConfiguration],
        "ScopeConfiguration.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters",
    {
        "TemplateIdentifier": S,
        "TemplateIdentifier.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "TemplateDescription": S,
        "TemplateDescription.$": str,
        "AssociatedRuleList": L[Xi[RuleReference]],
        "AssociatedRuleList.$": str,
        "IsPublished": B,
        "IsPublished.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
create_deployment: Builder[CreateDeploymentParameters]
create_deployment_snapshot: Builder[CreateDeploymentSnapshotParameters]
create_policy: Builder[CreatePolicyParameters]
create_policy_snapshot: Builder[CreatePolicySnapshotParameters]
create_rule: Builder[CreateRuleParameters]
create_rule_snapshot: Builder[CreateRuleSnapshotParameters]
create_scope: Builder[CreateScopeParameters]
create_scope_snapshot: Builder[CreateScopeSnapshotParameters]
create_template: Builder[CreateTemplateParameters]
create_template_snapshot: Builder[CreateTemplateSnapshotParameters]
delete_admin_account: Builder[DeleteAdminAccountParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_scope: Builder[DeleteScopeParameters]
delete_template: Builder[DeleteTemplateParameters]
generate_rule_configuration: Builder[GenerateRuleConfigurationParameters]
get_admin_account: Builder[GetAdminAccountParameters]
get_deployment: Builder[GetDeploymentParameters]
get_policy: Builder[GetPolicyParameters]
get_rule: Builder[GetRuleParameters]
get_scope: Builder[GetScopeParameters]
get_template: Builder[GetTemplateParameters]
list_admin_accounts: Builder[ListAdminAccountsParameters]
list_aggregate_resource_synchronization_statuses: Builder[
    ListAggregateResourceSynchronizationStatusesParameters
]
list_deployment_snapshots: Builder[ListDeploymentSnapshotsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_entity_coverages: Builder[ListEntityCoveragesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_snapshots: Builder[ListPolicySnapshotsParameters]
list_protected_resource_coverages: Builder[ListProtectedResourceCoveragesParameters]
list_resource_associations: Builder[ListResourceAssociationsParameters]
list_resource_synchronization_statuses: Builder[ListResourceSynchronizationStatusesParameters]
list_rule_snapshots: Builder[ListRuleSnapshotsParameters]
list_rules: Builder[ListRulesParameters]
list_scope_snapshots: Builder[ListScopeSnapshotsParameters]
list_scopes: Builder[ListScopesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_snapshots: Builder[ListTemplateSnapshotsParameters]
list_templates: Builder[ListTemplatesParameters]
put_admin_account: Builder[PutAdminAccountParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_deployment: Builder[UpdateDeploymentParameters]
update_policy: Builder[UpdatePolicyParameters]
update_rule: Builder[UpdateRuleParameters]
update_scope: Builder[UpdateScopeParameters]
update_template: Builder[UpdateTemplateParameters]

__all__ = [
    "create_deployment",
    "create_deployment_snapshot",
    "create_policy",
    "create_policy_snapshot",
    "create_rule",
    "create_rule_snapshot",
    "create_scope",
    "create_scope_snapshot",
    "create_template",
    "create_template_snapshot",
    "delete_admin_account",
    "delete_deployment",
    "delete_policy",
    "delete_rule",
    "delete_scope",
    "delete_template",
    "generate_rule_configuration",
    "get_admin_account",
    "get_deployment",
    "get_policy",
    "get_rule",
    "get_scope",
    "get_template",
    "list_admin_accounts",
    "list_aggregate_resource_synchronization_statuses",
    "list_deployment_snapshots",
    "list_deployments",
    "list_entity_coverages",
    "list_policies",
    "list_policy_snapshots",
    "list_protected_resource_coverages",
    "list_resource_associations",
    "list_resource_synchronization_statuses",
    "list_rule_snapshots",
    "list_rules",
    "list_scope_snapshots",
    "list_scopes",
    "list_tags_for_resource",
    "list_template_snapshots",
    "list_templates",
    "put_admin_account",
    "tag_resource",
    "untag_resource",
    "update_deployment",
    "update_policy",
    "update_rule",
    "update_scope",
    "update_template",
]
