"""Typed builders of the AWS SDK integration of continuum (``aws-sdk:continuum:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, M, S, Si, T, X, Xi

AssociateCollectorParameters = TypedDict(
    "AssociateCollectorParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CollectorArn": S,
        "CollectorArn.$": str,
        "CollectorDataAccessRoleArn": S,
        "CollectorDataAccessRoleArn.$": str,
    },
    total=False,
)
CreateCodeFindingParameters = TypedDict(
    "CreateCodeFindingParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "OcsfDocument": Doc,
        "OcsfDocument.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateCodeScanParameters = TypedDict(
    "CreateCodeScanParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class KubernetesClusterRoleConfiguration(TypedDict, total=False):
    RoleArn: S
    ExternalId: S

CreateCollectorParameters = TypedDict(
    "CreateCollectorParameters",
    {
        "Type": S,
        "Type.$": str,
        "KubernetesClusterRole": X[KubernetesClusterRoleConfiguration],
        "KubernetesClusterRole.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EnvironmentS3IntegrationSource(TypedDict, total=False):
    IntegrationId: S
    CodePrefix: S
    ContextPrefix: S

class EnvironmentRepositorySource(TypedDict, total=False):
    IntegrationId: S
    Repository: S
    DefaultBranch: S

class EnvironmentSourceConfiguration(TypedDict, total=False):
    S3Sources: L[Xi[EnvironmentS3IntegrationSource]]
    RepositorySources: L[Xi[EnvironmentRepositorySource]]

class EnvironmentNetworkConfiguration(TypedDict, total=False):
    AllowedDomains: L[Si]

class IssueBudget(TypedDict, total=False):
    MaxIssuesPerScan: I

class EnvironmentConfiguration(TypedDict, total=False):
    Network: X[EnvironmentNetworkConfiguration]
    ScanFrequency: S
    PatchCreationPolicy: S
    FocusMode: S
    IssueBudget: X[IssueBudget]

class CreateCodeConfiguration(TypedDict, total=False):
    SourceConfiguration: X[EnvironmentSourceConfiguration]
    EnvironmentConfiguration: X[EnvironmentConfiguration]

class CreateEnvironmentConfiguration(TypedDict, total=False):
    CodeConfiguration: X[CreateCodeConfiguration]

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[CreateEnvironmentConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class GitHubAuthorizationConfiguration(TypedDict, total=False):
    AuthorizationCode: S
    State: S
    RedirectUrl: S

class GitHubConfiguration(TypedDict, total=False):
    Authorization: X[GitHubAuthorizationConfiguration]
    OrganizationName: S

class GitLabConfiguration(TypedDict, total=False):
    InstanceUrl: S
    TargetType: S
    TargetPath: S
    AccessToken: S

class S3Configuration(TypedDict, total=False):
    Bucket: S
    RoleArn: S
    ExternalId: S

class ProviderConfiguration(TypedDict, total=False):
    Github: X[GitHubConfiguration]
    Gitlab: X[GitLabConfiguration]
    S3: X[S3Configuration]

CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderConfiguration": X[ProviderConfiguration],
        "ProviderConfiguration.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePackageDecisionParameters = TypedDict(
    "CreatePackageDecisionParameters",
    {"Purl": S, "Purl.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class PackageIdentity(TypedDict, total=False):
    Ecosystem: S
    Name: S
    Version: S
    VersionRange: S

class ConditionValue(TypedDict, total=False):
    PackageIdentity: X[PackageIdentity]
    Severity: S
    StringValue: S
    StringSet: L[Si]

class Condition(TypedDict, total=False):
    Signal: S
    Operator: S
    Value: X[ConditionValue]

class DenyWhen(TypedDict, total=False):
    AllOf: L[Xi[Condition]]

class Rule(TypedDict, total=False):
    RuleId: S
    EnforcementMode: S
    DenyWhen: X[DenyWhen]

class SupplyChainPolicy(TypedDict, total=False):
    Name: S
    Description: S
    Rules: L[Xi[Rule]]

CreateSupplyChainPolicyParameters = TypedDict(
    "CreateSupplyChainPolicyParameters",
    {
        "Policy": X[SupplyChainPolicy],
        "Policy.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SupplyChainPolicyException(TypedDict, total=False):
    Name: S
    PolicyArn: S
    RuleIds: L[Si]
    PackageValue: X[PackageIdentity]
    Justification: S
    ExpiresAt: T

CreateSupplyChainPolicyExceptionParameters = TypedDict(
    "CreateSupplyChainPolicyExceptionParameters",
    {
        "Exception": X[SupplyChainPolicyException],
        "Exception.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteCollectorParameters = TypedDict(
    "DeleteCollectorParameters", {"CollectorId": S, "CollectorId.$": str}, total=False
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters", {"IntegrationId": S, "IntegrationId.$": str}, total=False
)
DeleteSupplyChainPolicyParameters = TypedDict(
    "DeleteSupplyChainPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteSupplyChainPolicyExceptionParameters = TypedDict(
    "DeleteSupplyChainPolicyExceptionParameters", {"Id": S, "Id.$": str}, total=False
)
DisassociateCollectorParameters = TypedDict(
    "DisassociateCollectorParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "CollectorArn": S, "CollectorArn.$": str},
    total=False,
)
GetCodeFindingParameters = TypedDict(
    "GetCodeFindingParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "FindingId": S, "FindingId.$": str},
    total=False,
)
GetCodeIssueParameters = TypedDict(
    "GetCodeIssueParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "IssueId": S, "IssueId.$": str},
    total=False,
)
GetCodeIssueArtifactParameters = TypedDict(
    "GetCodeIssueArtifactParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "IssueId": S,
        "IssueId.$": str,
        "ArtifactId": S,
        "ArtifactId.$": str,
    },
    total=False,
)
GetCodeScanParameters = TypedDict(
    "GetCodeScanParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "ScanRunId": S, "ScanRunId.$": str},
    total=False,
)
GetCollectorParameters = TypedDict(
    "GetCollectorParameters", {"CollectorId": S, "CollectorId.$": str}, total=False
)
GetCollectorDataAccessAuthorizationParameters = TypedDict(
    "GetCollectorDataAccessAuthorizationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "CollectorId": S,
        "CollectorId.$": str,
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
    },
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters", {"IntegrationId": S, "IntegrationId.$": str}, total=False
)
GetPackageDecisionParameters = TypedDict(
    "GetPackageDecisionParameters", {"DecisionId": S, "DecisionId.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetSupplyChainManagedPolicyParameters = TypedDict(
    "GetSupplyChainManagedPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetSupplyChainPolicyParameters = TypedDict(
    "GetSupplyChainPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetSupplyChainPolicyExceptionParameters = TypedDict(
    "GetSupplyChainPolicyExceptionParameters", {"Id": S, "Id.$": str}, total=False
)
GetVulnerabilityParameters = TypedDict(
    "GetVulnerabilityParameters", {"VulnerabilityId": S, "VulnerabilityId.$": str}, total=False
)
ListAssociatedCollectorsParameters = TypedDict(
    "ListAssociatedCollectorsParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssociatedEnvironmentsParameters = TypedDict(
    "ListAssociatedEnvironmentsParameters",
    {
        "CollectorId": S,
        "CollectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeFindingsParameters = TypedDict(
    "ListCodeFindingsParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeIssueArtifactsParameters = TypedDict(
    "ListCodeIssueArtifactsParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "IssueId": S,
        "IssueId.$": str,
        "ArtifactType": S,
        "ArtifactType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeIssuesParameters = TypedDict(
    "ListCodeIssuesParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeScansParameters = TypedDict(
    "ListCodeScansParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListCollectorsParameters(TypedDict, total=False): ...

ListDecisionEvidenceParameters = TypedDict(
    "ListDecisionEvidenceParameters",
    {
        "DecisionId": S,
        "DecisionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIntegrationsParameters = TypedDict(
    "ListIntegrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPackageDecisionsParameters = TypedDict(
    "ListPackageDecisionsParameters",
    {
        "CompletedAfter": T,
        "CompletedAfter.$": str,
        "CompletedBefore": T,
        "CompletedBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSupplyChainPoliciesParameters = TypedDict(
    "ListSupplyChainPoliciesParameters",
    {
        "PolicyType": S,
        "PolicyType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSupplyChainPolicyExceptionsParameters = TypedDict(
    "ListSupplyChainPolicyExceptionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Policy": S,
        "Policy.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
StartIntegrationAuthorizationParameters = TypedDict(
    "StartIntegrationAuthorizationParameters",
    {"ProviderType": S, "ProviderType.$": str, "Name": S, "Name.$": str},
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

class RemoveKubernetesClusterRole(TypedDict, total=False): ...

class KubernetesClusterRoleUpdate(TypedDict, total=False):
    Set: X[KubernetesClusterRoleConfiguration]
    Remove: X[RemoveKubernetesClusterRole]

UpdateCollectorParameters = TypedDict(
    "UpdateCollectorParameters",
    {
        "CollectorId": S,
        "CollectorId.$": str,
        "Name": S,
        "Name.$": str,
        "KubernetesClusterRole": X[KubernetesClusterRoleUpdate],
        "KubernetesClusterRole.$": str,
    },
    total=False,
)

class UpdateCodeConfiguration(TypedDict, total=False):
    SourceConfiguration: X[EnvironmentSourceConfiguration]
    EnvironmentConfiguration: X[EnvironmentConfiguration]

class UpdateEnvironmentConfiguration(TypedDict, total=False):
    CodeConfiguration: X[UpdateCodeConfiguration]

UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[UpdateEnvironmentConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class UpdateS3Configuration(TypedDict, total=False):
    RoleArn: S
    ExternalId: S

class UpdateProviderConfiguration(TypedDict, total=False):
    S3: X[UpdateS3Configuration]

UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {
        "IntegrationId": S,
        "IntegrationId.$": str,
        "ProviderConfiguration": X[UpdateProviderConfiguration],
        "ProviderConfiguration.$": str,
    },
    total=False,
)
UpdateSupplyChainPolicyParameters = TypedDict(
    "UpdateSupplyChainPolicyParameters",
    {"Id": S, "Id.$": str, "Policy": X[SupplyChainPolicy], "Policy.$": str},
    total=False,
)
UpdateSupplyChainPolicyExceptionParameters = TypedDict(
    "UpdateSupplyChainPolicyExceptionParameters",
    {"Id": S, "Id.$": str, "Exception": X[SupplyChainPolicyException], "Exception.$": str},
    total=False,
)
associate_collector: Builder[AssociateCollectorParameters]
create_code_finding: Builder[CreateCodeFindingParameters]
create_code_scan: Builder[CreateCodeScanParameters]
create_collector: Builder[CreateCollectorParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_integration: Builder[CreateIntegrationParameters]
create_package_decision: Builder[CreatePackageDecisionParameters]
create_supply_chain_policy: Builder[CreateSupplyChainPolicyParameters]
create_supply_chain_policy_exception: Builder[CreateSupplyChainPolicyExceptionParameters]
delete_collector: Builder[DeleteCollectorParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_supply_chain_policy: Builder[DeleteSupplyChainPolicyParameters]
delete_supply_chain_policy_exception: Builder[DeleteSupplyChainPolicyExceptionParameters]
disassociate_collector: Builder[DisassociateCollectorParameters]
get_code_finding: Builder[GetCodeFindingParameters]
get_code_issue: Builder[GetCodeIssueParameters]
get_code_issue_artifact: Builder[GetCodeIssueArtifactParameters]
get_code_scan: Builder[GetCodeScanParameters]
get_collector: Builder[GetCollectorParameters]
get_collector_data_access_authorization: Builder[GetCollectorDataAccessAuthorizationParameters]
get_environment: Builder[GetEnvironmentParameters]
get_integration: Builder[GetIntegrationParameters]
get_package_decision: Builder[GetPackageDecisionParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_supply_chain_managed_policy: Builder[GetSupplyChainManagedPolicyParameters]
get_supply_chain_policy: Builder[GetSupplyChainPolicyParameters]
get_supply_chain_policy_exception: Builder[GetSupplyChainPolicyExceptionParameters]
get_vulnerability: Builder[GetVulnerabilityParameters]
list_associated_collectors: Builder[ListAssociatedCollectorsParameters]
list_associated_environments: Builder[ListAssociatedEnvironmentsParameters]
list_code_findings: Builder[ListCodeFindingsParameters]
list_code_issue_artifacts: Builder[ListCodeIssueArtifactsParameters]
list_code_issues: Builder[ListCodeIssuesParameters]
list_code_scans: Builder[ListCodeScansParameters]
list_collectors: Builder[ListCollectorsParameters]
list_decision_evidence: Builder[ListDecisionEvidenceParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_integrations: Builder[ListIntegrationsParameters]
list_package_decisions: Builder[ListPackageDecisionsParameters]
list_supply_chain_policies: Builder[ListSupplyChainPoliciesParameters]
list_supply_chain_policy_exceptions: Builder[ListSupplyChainPolicyExceptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_integration_authorization: Builder[StartIntegrationAuthorizationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_collector: Builder[UpdateCollectorParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_supply_chain_policy: Builder[UpdateSupplyChainPolicyParameters]
update_supply_chain_policy_exception: Builder[UpdateSupplyChainPolicyExceptionParameters]

__all__ = [
    "associate_collector",
    "create_code_finding",
    "create_code_scan",
    "create_collector",
    "create_environment",
    "create_integration",
    "create_package_decision",
    "create_supply_chain_policy",
    "create_supply_chain_policy_exception",
    "delete_collector",
    "delete_environment",
    "delete_integration",
    "delete_supply_chain_policy",
    "delete_supply_chain_policy_exception",
    "disassociate_collector",
    "get_code_finding",
    "get_code_issue",
    "get_code_issue_artifact",
    "get_code_scan",
    "get_collector",
    "get_collector_data_access_authorization",
    "get_environment",
    "get_integration",
    "get_package_decision",
    "get_resource_policy",
    "get_supply_chain_managed_policy",
    "get_supply_chain_policy",
    "get_supply_chain_policy_exception",
    "get_vulnerability",
    "list_associated_collectors",
    "list_associated_environments",
    "list_code_findings",
    "list_code_issue_artifacts",
    "list_code_issues",
    "list_code_scans",
    "list_collectors",
    "list_decision_evidence",
    "list_environments",
    "list_integrations",
    "list_package_decisions",
    "list_supply_chain_policies",
    "list_supply_chain_policy_exceptions",
    "list_tags_for_resource",
    "put_resource_policy",
    "start_integration_authorization",
    "tag_resource",
    "untag_resource",
    "update_collector",
    "update_environment",
    "update_integration",
    "update_supply_chain_policy",
    "update_supply_chain_policy_exception",
]
