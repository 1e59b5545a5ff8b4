"""Typed builders of the AWS SDK integration of securityagent (``aws-sdk:securityagent:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AddArtifactParameters = TypedDict(
    "AddArtifactParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ArtifactContent": S,
        "ArtifactContent.$": str,
        "ArtifactType": S,
        "ArtifactType.$": str,
        "FileName": S,
        "FileName.$": str,
    },
    total=False,
)

class CreateSecurityRequirementEntry(TypedDict, total=False):
    Name: S
    Description: S
    Domain: S
    Evaluation: S
    Remediation: S

BatchCreateSecurityRequirementsParameters = TypedDict(
    "BatchCreateSecurityRequirementsParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "SecurityRequirements": L[Xi[CreateSecurityRequirementEntry]],
        "SecurityRequirements.$": str,
    },
    total=False,
)
BatchDeleteCodeReviewsParameters = TypedDict(
    "BatchDeleteCodeReviewsParameters",
    {"CodeReviewIds": L[Si], "CodeReviewIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchDeletePentestsParameters = TypedDict(
    "BatchDeletePentestsParameters",
    {"PentestIds": L[Si], "PentestIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchDeleteSecurityRequirementsParameters = TypedDict(
    "BatchDeleteSecurityRequirementsParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "SecurityRequirementNames": L[Si],
        "SecurityRequirementNames.$": str,
    },
    total=False,
)
BatchDeleteThreatModelsParameters = TypedDict(
    "BatchDeleteThreatModelsParameters",
    {"ThreatModelIds": L[Si], "ThreatModelIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchDisassociateFindingIssueParameters = TypedDict(
    "BatchDisassociateFindingIssueParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "CodeReviewJobId": S,
        "CodeReviewJobId.$": str,
        "FindingIds": L[Si],
        "FindingIds.$": str,
    },
    total=False,
)

class IssueDestination(TypedDict, total=False):
    IntegrationId: S
    ProjectKey: S

BatchExportFindingsParameters = TypedDict(
    "BatchExportFindingsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "CodeReviewJobId": S,
        "CodeReviewJobId.$": str,
        "IssueDestination": X[IssueDestination],
        "IssueDestination.$": str,
        "FindingIds": L[Si],
        "FindingIds.$": str,
    },
    total=False,
)
BatchGetAgentSpacesParameters = TypedDict(
    "BatchGetAgentSpacesParameters", {"AgentSpaceIds": L[Si], "AgentSpaceIds.$": str}, total=False
)
BatchGetArtifactMetadataParameters = TypedDict(
    "BatchGetArtifactMetadataParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ArtifactIds": L[Si], "ArtifactIds.$": str},
    total=False,
)
BatchGetCodeReviewJobTasksParameters = TypedDict(
    "BatchGetCodeReviewJobTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "CodeReviewJobTaskIds": L[Si],
        "CodeReviewJobTaskIds.$": str,
    },
    total=False,
)
BatchGetCodeReviewJobsParameters = TypedDict(
    "BatchGetCodeReviewJobsParameters",
    {
        "CodeReviewJobIds": L[Si],
        "CodeReviewJobIds.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
    },
    total=False,
)
BatchGetCodeReviewsParameters = TypedDict(
    "BatchGetCodeReviewsParameters",
    {"CodeReviewIds": L[Si], "CodeReviewIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchGetFindingsParameters = TypedDict(
    "BatchGetFindingsParameters",
    {"FindingIds": L[Si], "FindingIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchGetPentestJobTasksParameters = TypedDict(
    "BatchGetPentestJobTasksParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "TaskIds": L[Si], "TaskIds.$": str},
    total=False,
)
BatchGetPentestJobsParameters = TypedDict(
    "BatchGetPentestJobsParameters",
    {"PentestJobIds": L[Si], "PentestJobIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchGetPentestsParameters = TypedDict(
    "BatchGetPentestsParameters",
    {"PentestIds": L[Si], "PentestIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchGetSecurityRequirementsParameters = TypedDict(
    "BatchGetSecurityRequirementsParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "SecurityRequirementNames": L[Si],
        "SecurityRequirementNames.$": str,
    },
    total=False,
)
BatchGetTargetDomainsParameters = TypedDict(
    "BatchGetTargetDomainsParameters",
    {"TargetDomainIds": L[Si], "TargetDomainIds.$": str},
    total=False,
)
BatchGetThreatModelJobTasksParameters = TypedDict(
    "BatchGetThreatModelJobTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ThreatModelJobTaskIds": L[Si],
        "ThreatModelJobTaskIds.$": str,
    },
    total=False,
)
BatchGetThreatModelJobsParameters = TypedDict(
    "BatchGetThreatModelJobsParameters",
    {
        "ThreatModelJobIds": L[Si],
        "ThreatModelJobIds.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
    },
    total=False,
)
BatchGetThreatModelsParameters = TypedDict(
    "BatchGetThreatModelsParameters",
    {"ThreatModelIds": L[Si], "ThreatModelIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)
BatchGetThreatsParameters = TypedDict(
    "BatchGetThreatsParameters",
    {"ThreatIds": L[Si], "ThreatIds.$": str, "AgentSpaceId": S, "AgentSpaceId.$": str},
    total=False,
)

class UpdateSecurityRequirementEntry(TypedDict, total=False):
    Name: S
    Description: S
    Domain: S
    Evaluation: S
    Remediation: S

BatchUpdateSecurityRequirementsParameters = TypedDict(
    "BatchUpdateSecurityRequirementsParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "SecurityRequirements": L[Xi[UpdateSecurityRequirementEntry]],
        "SecurityRequirements.$": str,
    },
    total=False,
)

class VpcConfig(TypedDict, total=False):
    VpcArn: S
    SecurityGroupArns: L[Si]
    SubnetArns: L[Si]

class AWSResources(TypedDict, total=False):
    Vpcs: L[Xi[VpcConfig]]
    LogGroups: L[Si]
    S3Buckets: L[Si]
    SecretArns: L[Si]
    LambdaFunctionArns: L[Si]
    IamRoles: L[Si]

class CodeReviewSettings(TypedDict, total=False):
    ControlsScanning: B
    GeneralPurposeScanning: B

CreateAgentSpaceParameters = TypedDict(
    "CreateAgentSpaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AwsResources": X[AWSResources],
        "AwsResources.$": str,
        "TargetDomainIds": L[Si],
        "TargetDomainIds.$": str,
        "CodeReviewSettings": X[CodeReviewSettings],
        "CodeReviewSettings.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DefaultKmsKeyId": S,
        "DefaultKmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Endpoint(TypedDict, total=False):
    Uri: S

class Authentication(TypedDict, total=False):
    ProviderType: S
    Value: S

class Actor(TypedDict, total=False):
    Identifier: S
    Uris: L[Si]
    Authentication: X[Authentication]
    Description: S
    EnableEmailMfa: B
    MfaForwardingAddress: S

class IntegratedDocument(TypedDict, total=False):
    IntegrationId: S
    ResourceId: S

class DocumentInfo(TypedDict, total=False):
    S3Location: S
    ArtifactId: S
    IntegratedDocument: X[IntegratedDocument]

class SourceCodeRepository(TypedDict, total=False):
    S3Location: S

class IntegratedRepository(TypedDict, total=False):
    IntegrationId: S
    ProviderResourceId: S
    Branch: S

class CaCertificateSource(TypedDict, total=False):
    InlinePem: S
    ArtifactId: S
    S3Location: S

class TrustedCaCertificate(TypedDict, total=False):
    Source: X[CaCertificateSource]

class ClientCertificate(TypedDict, total=False):
    Name: S
    SecretArn: S
    Origins: L[Si]

class Assets(TypedDict, total=False):
    Endpoints: L[Xi[Endpoint]]
    Actors: L[Xi[Actor]]
    Documents: L[Xi[DocumentInfo]]
    SourceCode: L[Xi[SourceCodeRepository]]
    IntegratedRepositories: L[Xi[IntegratedRepository]]
    TrustedCaCertificates: L[Xi[TrustedCaCertificate]]
    ClientCertificates: L[Xi[ClientCertificate]]

class CloudWatchLog(TypedDict, total=False):
    LogGroup: S
    LogStream: S

class ReportDestination(TypedDict, total=False):
    IntegrationId: S
    ContainerId: S
    ParentId: S
    DocumentId: S

class ReportFilters(TypedDict, total=False):
    RiskLevels: L[Si]
    ConfidenceLevels: L[Si]
    Statuses: L[Si]
    RiskTypes: L[Si]
    FindingTypes: L[Si]
    TaskStatuses: L[Si]
    AnnotationNotes: B
    ComplianceReport: B

CreateCodeReviewParameters = TypedDict(
    "CreateCodeReviewParameters",
    {
        "Title": S,
        "Title.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "CodeRemediationStrategy": S,
        "CodeRemediationStrategy.$": str,
        "ValidationMode": S,
        "ValidationMode.$": str,
        "MaxTaskHours": F,
        "MaxTaskHours.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
        "ReportFilters": X[ReportFilters],
        "ReportFilters.$": str,
    },
    total=False,
)

class GitHubIntegrationInput(TypedDict, total=False):
    Code: S
    State: S
    OrganizationName: S
    TargetUrl: S
    InstallationId: S

class GitLabIntegrationInput(TypedDict, total=False):
    AccessToken: S
    TargetUrl: S
    TokenType: S
    GroupId: S

class BitbucketIntegrationInput(TypedDict, total=False):
    InstallationId: S
    Workspace: S
    Code: S
    State: S

class ConfluenceIntegrationInput(TypedDict, total=False):
    InstallationId: S
    Code: S
    State: S
    SiteUrl: S

class AzureDevOpsIntegrationInput(TypedDict, total=False):
    Code: S
    State: S
    OrganizationName: S

class BitbucketDataCenterIntegrationInput(TypedDict, total=False):
    TargetUrl: S
    Code: S
    State: S

class JiraIntegrationInput(TypedDict, total=False):
    InstallationId: S
    Code: S
    State: S
    SiteUrl: S

class ProviderInput(TypedDict, total=False):
    Github: X[GitHubIntegrationInput]
    Gitlab: X[GitLabIntegrationInput]
    Bitbucket: X[BitbucketIntegrationInput]
    Confluence: X[ConfluenceIntegrationInput]
    AzureDevOps: X[AzureDevOpsIntegrationInput]
    BitbucketDataCenter: X[BitbucketDataCenterIntegrationInput]
    Jira: X[JiraIntegrationInput]

CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Input": X[ProviderInput],
        "Input.$": str,
        "IntegrationDisplayName": S,
        "IntegrationDisplayName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PrivateConnectionName": S,
        "PrivateConnectionName.$": str,
    },
    total=False,
)

class UserConfig(TypedDict, total=False):
    Role: S

class MembershipConfig(TypedDict, total=False):
    User: X[UserConfig]

CreateMembershipParameters = TypedDict(
    "CreateMembershipParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MembershipId": S,
        "MembershipId.$": str,
        "MemberType": S,
        "MemberType.$": str,
        "Config": X[MembershipConfig],
        "Config.$": str,
    },
    total=False,
)

class NetworkTrafficRule(TypedDict, total=False):
    Effect: S
    Pattern: S
    NetworkTrafficRuleType: S

class CustomHeader(TypedDict, total=False):
    Name: S
    Value: S

class NetworkTrafficConfig(TypedDict, total=False):
    Rules: L[Xi[NetworkTrafficRule]]
    CustomHeaders: L[Xi[CustomHeader]]

class CiCdConfiguration(TypedDict, total=False):
    Enabled: B

class TestScope(TypedDict, total=False):
    Type: S

CreatePentestParameters = TypedDict(
    "CreatePentestParameters",
    {
        "Title": S,
        "Title.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ExcludeRiskTypes": L[Si],
        "ExcludeRiskTypes.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "NetworkTrafficConfig": X[NetworkTrafficConfig],
        "NetworkTrafficConfig.$": str,
        "CodeRemediationStrategy": S,
        "CodeRemediationStrategy.$": str,
        "CleanUpStrategy": S,
        "CleanUpStrategy.$": str,
        "DisableManagedSkills": L[Si],
        "DisableManagedSkills.$": str,
        "MaxTaskHours": F,
        "MaxTaskHours.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
        "ReportFilters": X[ReportFilters],
        "ReportFilters.$": str,
        "CicdConfiguration": X[CiCdConfiguration],
        "CicdConfiguration.$": str,
        "TestScope": X[TestScope],
        "TestScope.$": str,
    },
    total=False,
)

class ServiceManagedInput(TypedDict, total=False):
    HostAddress: S
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    IpAddressType: S
    Ipv4AddressesPerEni: I
    PortRanges: L[Si]
    Certificate: S
    DnsResolution: S

class SelfManagedInput(TypedDict, total=False):
    ResourceConfigurationId: S
    Certificate: S

class PrivateConnectionMode(TypedDict, total=False):
    ServiceManaged: X[ServiceManagedInput]
    SelfManaged: X[SelfManagedInput]

CreatePrivateConnectionParameters = TypedDict(
    "CreatePrivateConnectionParameters",
    {
        "PrivateConnectionName": S,
        "PrivateConnectionName.$": str,
        "Mode": X[PrivateConnectionMode],
        "Mode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSecurityRequirementPackParameters = TypedDict(
    "CreateSecurityRequirementPackParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTargetDomainParameters = TypedDict(
    "CreateTargetDomainParameters",
    {
        "TargetDomainName": S,
        "TargetDomainName.$": str,
        "VerificationMethod": S,
        "VerificationMethod.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ThreatAnchorShape(TypedDict, total=False):
    Kind: S
    Id: S
    PackageId: S

class ThreatEvidenceShape(TypedDict, total=False):
    PackageId: S
    Path: S

CreateThreatParameters = TypedDict(
    "CreateThreatParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ThreatJobId": S,
        "ThreatJobId.$": str,
        "Title": S,
        "Title.$": str,
        "Statement": S,
        "Statement.$": str,
        "Severity": S,
        "Severity.$": str,
        "Comments": S,
        "Comments.$": str,
        "Stride": L[Si],
        "Stride.$": str,
        "ThreatSource": S,
        "ThreatSource.$": str,
        "Prerequisites": S,
        "Prerequisites.$": str,
        "ThreatAction": S,
        "ThreatAction.$": str,
        "ThreatImpact": S,
        "ThreatImpact.$": str,
        "ImpactedGoal": L[Si],
        "ImpactedGoal.$": str,
        "ImpactedAssets": L[Si],
        "ImpactedAssets.$": str,
        "Anchor": X[ThreatAnchorShape],
        "Anchor.$": str,
        "Evidence": L[Xi[ThreatEvidenceShape]],
        "Evidence.$": str,
        "Recommendation": S,
        "Recommendation.$": str,
    },
    total=False,
)
CreateThreatModelParameters = TypedDict(
    "CreateThreatModelParameters",
    {
        "Title": S,
        "Title.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Description": S,
        "Description.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ScopeDocs": L[Xi[DocumentInfo]],
        "ScopeDocs.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
    },
    total=False,
)
DeleteAgentSpaceParameters = TypedDict(
    "DeleteAgentSpaceParameters", {"AgentSpaceId": S, "AgentSpaceId.$": str}, total=False
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteArtifactParameters = TypedDict(
    "DeleteArtifactParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ArtifactId": S, "ArtifactId.$": str},
    total=False,
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters", {"IntegrationId": S, "IntegrationId.$": str}, total=False
)
DeleteMembershipParameters = TypedDict(
    "DeleteMembershipParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MembershipId": S,
        "MembershipId.$": str,
        "MemberType": S,
        "MemberType.$": str,
    },
    total=False,
)
DeletePrivateConnectionParameters = TypedDict(
    "DeletePrivateConnectionParameters",
    {"PrivateConnectionName": S, "PrivateConnectionName.$": str},
    total=False,
)
DeleteSecurityRequirementPackParameters = TypedDict(
    "DeleteSecurityRequirementPackParameters", {"PackId": S, "PackId.$": str}, total=False
)
DeleteTargetDomainParameters = TypedDict(
    "DeleteTargetDomainParameters", {"TargetDomainId": S, "TargetDomainId.$": str}, total=False
)
DescribePrivateConnectionParameters = TypedDict(
    "DescribePrivateConnectionParameters",
    {"PrivateConnectionName": S, "PrivateConnectionName.$": str},
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetArtifactParameters = TypedDict(
    "GetArtifactParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ArtifactId": S, "ArtifactId.$": str},
    total=False,
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters", {"IntegrationId": S, "IntegrationId.$": str}, total=False
)
GetSecurityRequirementPackParameters = TypedDict(
    "GetSecurityRequirementPackParameters", {"PackId": S, "PackId.$": str}, total=False
)

class SecurityRequirementArtifact(TypedDict, total=False):
    Name: S
    Format: S
    Content: S

class ImportSource(TypedDict, total=False):
    Documents: L[Xi[SecurityRequirementArtifact]]

ImportSecurityRequirementsParameters = TypedDict(
    "ImportSecurityRequirementsParameters",
    {"PackId": S, "PackId.$": str, "Input": X[ImportSource], "Input.$": str},
    total=False,
)
InitiateProviderRegistrationParameters = TypedDict(
    "InitiateProviderRegistrationParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "TargetUrl": S,
        "TargetUrl.$": str,
        "OrganizationName": S,
        "OrganizationName.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
    },
    total=False,
)
ListActorMessagesParameters = TypedDict(
    "ListActorMessagesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestId": S,
        "PentestId.$": str,
        "ActorIdentifier": S,
        "ActorIdentifier.$": str,
    },
    total=False,
)
ListAgentSpacesParameters = TypedDict(
    "ListAgentSpacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListArtifactsParameters = TypedDict(
    "ListArtifactsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCodeReviewJobTasksParameters = TypedDict(
    "ListCodeReviewJobTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CodeReviewJobId": S,
        "CodeReviewJobId.$": str,
        "StepName": S,
        "StepName.$": str,
        "CategoryName": S,
        "CategoryName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeReviewJobsForCodeReviewParameters = TypedDict(
    "ListCodeReviewJobsForCodeReviewParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "CodeReviewId": S,
        "CodeReviewId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCodeReviewsParameters = TypedDict(
    "ListCodeReviewsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
    },
    total=False,
)
ListDiscoveredEndpointsParameters = TypedDict(
    "ListDiscoveredEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFindingsParameters = TypedDict(
    "ListFindingsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "CodeReviewJobId": S,
        "CodeReviewJobId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RiskType": S,
        "RiskType.$": str,
        "RiskLevel": S,
        "RiskLevel.$": str,
        "Status": S,
        "Status.$": str,
        "Confidence": S,
        "Confidence.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListIntegratedResourcesParameters = TypedDict(
    "ListIntegratedResourcesParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class IntegrationFilter(TypedDict, total=False):
    Provider: S
    ProviderType: S

ListIntegrationsParameters = TypedDict(
    "ListIntegrationsParameters",
    {
        "Filter": X[IntegrationFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMembershipsParameters = TypedDict(
    "ListMembershipsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MemberType": S,
        "MemberType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPentestJobTasksParameters = TypedDict(
    "ListPentestJobTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "StepName": S,
        "StepName.$": str,
        "CategoryName": S,
        "CategoryName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPentestJobsForPentestParameters = TypedDict(
    "ListPentestJobsForPentestParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "PentestId": S,
        "PentestId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "JobType": S,
        "JobType.$": str,
    },
    total=False,
)
ListPentestsParameters = TypedDict(
    "ListPentestsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
    },
    total=False,
)
ListPrivateConnectionsParameters = TypedDict(
    "ListPrivateConnectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ListSecurityRequirementPackFilter(TypedDict, total=False):
    ManagementType: S
    Status: S

ListSecurityRequirementPacksParameters = TypedDict(
    "ListSecurityRequirementPacksParameters",
    {
        "Filter": X[ListSecurityRequirementPackFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityRequirementsParameters = TypedDict(
    "ListSecurityRequirementsParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTargetDomainsParameters = TypedDict(
    "ListTargetDomainsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListThreatModelJobTasksParameters = TypedDict(
    "ListThreatModelJobTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ThreatModelJobId": S,
        "ThreatModelJobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListThreatModelJobsParameters = TypedDict(
    "ListThreatModelJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "ThreatModelId": S,
        "ThreatModelId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListThreatModelsParameters = TypedDict(
    "ListThreatModelsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
    },
    total=False,
)
ListThreatsParameters = TypedDict(
    "ListThreatsParameters",
    {
        "ThreatJobId": S,
        "ThreatJobId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ResumePentestJobParameters = TypedDict(
    "ResumePentestJobParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "Actors": L[Xi[Actor]],
        "Actors.$": str,
        "NetworkTrafficConfig": X[NetworkTrafficConfig],
        "NetworkTrafficConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "MaxTaskHours": F,
        "MaxTaskHours.$": str,
        "CopyConfigFromPentest": B,
        "CopyConfigFromPentest.$": str,
    },
    total=False,
)
StartCodeRemediationParameters = TypedDict(
    "StartCodeRemediationParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "CodeReviewJobId": S,
        "CodeReviewJobId.$": str,
        "FindingIds": L[Si],
        "FindingIds.$": str,
    },
    total=False,
)

class DiffSource(TypedDict, total=False):
    S3Uri: S

StartCodeReviewJobParameters = TypedDict(
    "StartCodeReviewJobParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "CodeReviewId": S,
        "CodeReviewId.$": str,
        "DiffSource": X[DiffSource],
        "DiffSource.$": str,
    },
    total=False,
)

class ScopeChange(TypedDict, total=False):
    IntegrationId: S
    ProviderResourceId: S
    BaseCommitSha: S
    HeadCommitSha: S
    TriggerRunId: S

StartPentestJobParameters = TypedDict(
    "StartPentestJobParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestId": S,
        "PentestId.$": str,
        "JobType": S,
        "JobType.$": str,
        "SelectedFindingIds": L[Si],
        "SelectedFindingIds.$": str,
        "ScopeChanges": L[Xi[ScopeChange]],
        "ScopeChanges.$": str,
    },
    total=False,
)
StartThreatModelJobParameters = TypedDict(
    "StartThreatModelJobParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ThreatModelId": S, "ThreatModelId.$": str},
    total=False,
)
StopCodeReviewJobParameters = TypedDict(
    "StopCodeReviewJobParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "CodeReviewJobId": S, "CodeReviewJobId.$": str},
    total=False,
)
StopPentestJobParameters = TypedDict(
    "StopPentestJobParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "PentestJobId": S,
        "PentestJobId.$": str,
        "Pause": B,
        "Pause.$": str,
    },
    total=False,
)
StopThreatModelJobParameters = TypedDict(
    "StopThreatModelJobParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ThreatModelJobId": S, "ThreatModelJobId.$": str},
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
UpdateAgentSpaceParameters = TypedDict(
    "UpdateAgentSpaceParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AwsResources": X[AWSResources],
        "AwsResources.$": str,
        "TargetDomainIds": L[Si],
        "TargetDomainIds.$": str,
        "CodeReviewSettings": X[CodeReviewSettings],
        "CodeReviewSettings.$": str,
    },
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DefaultKmsKeyId": S,
        "DefaultKmsKeyId.$": str,
    },
    total=False,
)
UpdateCodeReviewParameters = TypedDict(
    "UpdateCodeReviewParameters",
    {
        "CodeReviewId": S,
        "CodeReviewId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Title": S,
        "Title.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "CodeRemediationStrategy": S,
        "CodeRemediationStrategy.$": str,
        "ValidationMode": S,
        "ValidationMode.$": str,
        "MaxTaskHours": F,
        "MaxTaskHours.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
        "ReportFilters": X[ReportFilters],
        "ReportFilters.$": str,
    },
    total=False,
)
UpdateFindingParameters = TypedDict(
    "UpdateFindingParameters",
    {
        "FindingId": S,
        "FindingId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RiskType": S,
        "RiskType.$": str,
        "RiskLevel": S,
        "RiskLevel.$": str,
        "RiskScore": S,
        "RiskScore.$": str,
        "AttackScript": S,
        "AttackScript.$": str,
        "Reasoning": S,
        "Reasoning.$": str,
        "Status": S,
        "Status.$": str,
        "CustomerNote": S,
        "CustomerNote.$": str,
    },
    total=False,
)

class GitHubRepositoryResource(TypedDict, total=False):
    Name: S
    Owner: S

class GitLabRepositoryResource(TypedDict, total=False):
    Name: S
    Namespace: S

class BitbucketRepositoryResource(TypedDict, total=False):
    Name: S
    Workspace: S

class ConfluenceDocumentResource(TypedDict, total=False):
    Name: S
    SpaceKey: S
    PageId: S
    Title: S
    SpaceTitle: S

class AzureDevOpsRepositoryResource(TypedDict, total=False):
    Name: S
    Organization: S
    Project: S

class JiraProjectResource(TypedDict, total=False):
    Name: S
    ProjectKey: S
    ProjectId: S
    ProjectName: S

class IntegratedResource(TypedDict, total=False):
    GithubRepository: X[GitHubRepositoryResource]
    GitlabRepository: X[GitLabRepositoryResource]
    BitbucketRepository: X[BitbucketRepositoryResource]
    ConfluenceDocument: X[ConfluenceDocumentResource]
    AzureDevOpsRepository: X[AzureDevOpsRepositoryResource]
    JiraProject: X[JiraProjectResource]

class TriggerFilter(TypedDict, total=False):
    Type: S
    Patterns: L[Si]
    MatchMode: S

class TriggerFilterGroup(TypedDict, total=False):
    Events: L[Si]
    Filters: L[Xi[TriggerFilter]]

class GitHubResourceCapabilities(TypedDict, total=False):
    TriggerFilterGroups: L[Xi[TriggerFilterGroup]]
    LeaveComments: B
    RemediateCode: B

class GitLabResourceCapabilities(TypedDict, total=False):
    TriggerFilterGroups: L[Xi[TriggerFilterGroup]]
    LeaveComments: B
    RemediateCode: B

class BitbucketResourceCapabilities(TypedDict, total=False):
    TriggerFilterGroups: L[Xi[TriggerFilterGroup]]
    LeaveComments: B
    RemediateCode: B

class ConfluenceResourceCapabilities(TypedDict, total=False):
    FetchDocument: B
    CreateDocument: B
    UpdateDocument: B

class AzureDevOpsResourceCapabilities(TypedDict, total=False):
    TriggerFilterGroups: L[Xi[TriggerFilterGroup]]
    LeaveComments: B
    RemediateCode: B

class JiraResourceCapabilities(TypedDict, total=False):
    CreateIssue: B
    CommentIssue: B

class ProviderResourceCapabilities(TypedDict, total=False):
    Github: X[GitHubResourceCapabilities]
    Gitlab: X[GitLabResourceCapabilities]
    Bitbucket: X[BitbucketResourceCapabilities]
    Confluence: X[ConfluenceResourceCapabilities]
    AzureDevOps: X[AzureDevOpsResourceCapabilities]
    Jira: X[JiraResourceCapabilities]

class IntegratedResourceInputItem(TypedDict, total=False):
    Resource: X[IntegratedResource]
    Capabilities: X[ProviderResourceCapabilities]

UpdateIntegratedResourcesParameters = TypedDict(
    "UpdateIntegratedResourcesParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "Items": L[Xi[IntegratedResourceInputItem]],
        "Items.$": str,
    },
    total=False,
)
UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {"IntegrationId": S, "IntegrationId.$": str, "WebhookAction": S, "WebhookAction.$": str},
    total=False,
)
UpdatePentestParameters = TypedDict(
    "UpdatePentestParameters",
    {
        "PentestId": S,
        "PentestId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Title": S,
        "Title.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ExcludeRiskTypes": L[Si],
        "ExcludeRiskTypes.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "NetworkTrafficConfig": X[NetworkTrafficConfig],
        "NetworkTrafficConfig.$": str,
        "CodeRemediationStrategy": S,
        "CodeRemediationStrategy.$": str,
        "CleanUpStrategy": S,
        "CleanUpStrategy.$": str,
        "DisableManagedSkills": L[Si],
        "DisableManagedSkills.$": str,
        "MaxTaskHours": F,
        "MaxTaskHours.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
        "ReportFilters": X[ReportFilters],
        "ReportFilters.$": str,
        "CicdConfiguration": X[CiCdConfiguration],
        "CicdConfiguration.$": str,
        "TestScope": X[TestScope],
        "TestScope.$": str,
    },
    total=False,
)
UpdatePrivateConnectionCertificateParameters = TypedDict(
    "UpdatePrivateConnectionCertificateParameters",
    {
        "PrivateConnectionName": S,
        "PrivateConnectionName.$": str,
        "Certificate": S,
        "Certificate.$": str,
    },
    total=False,
)
UpdateSecurityRequirementPackParameters = TypedDict(
    "UpdateSecurityRequirementPackParameters",
    {
        "PackId": S,
        "PackId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateTargetDomainParameters = TypedDict(
    "UpdateTargetDomainParameters",
    {
        "TargetDomainId": S,
        "TargetDomainId.$": str,
        "VerificationMethod": S,
        "VerificationMethod.$": str,
    },
    total=False,
)
UpdateThreatParameters = TypedDict(
    "UpdateThreatParameters",
    {
        "ThreatId": S,
        "ThreatId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Title": S,
        "Title.$": str,
        "Status": S,
        "Status.$": str,
        "Comments": S,
        "Comments.$": str,
        "Statement": S,
        "Statement.$": str,
        "Severity": S,
        "Severity.$": str,
        "ThreatSource": S,
        "ThreatSource.$": str,
        "Prerequisites": S,
        "Prerequisites.$": str,
        "ThreatAction": S,
        "ThreatAction.$": str,
        "ThreatImpact": S,
        "ThreatImpact.$": str,
        "ImpactedGoal": L[Si],
        "ImpactedGoal.$": str,
        "ImpactedAssets": L[Si],
        "ImpactedAssets.$": str,
        "Anchor": X[ThreatAnchorShape],
        "Anchor.$": str,
        "Evidence": L[Xi[ThreatEvidenceShape]],
        "Evidence.$": str,
        "Recommendation": S,
        "Recommendation.$": str,
    },
    total=False,
)
UpdateThreatModelParameters = TypedDict(
    "UpdateThreatModelParameters",
    {
        "ThreatModelId": S,
        "ThreatModelId.$": str,
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Assets": X[Assets],
        "Assets.$": str,
        "ScopeDocs": L[Xi[DocumentInfo]],
        "ScopeDocs.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "LogConfig": X[CloudWatchLog],
        "LogConfig.$": str,
        "ReportDestination": X[ReportDestination],
        "ReportDestination.$": str,
    },
    total=False,
)
VerifyTargetDomainParameters = TypedDict(
    "VerifyTargetDomainParameters", {"TargetDomainId": S, "TargetDomainId.$": str}, total=False
)
add_artifact: Builder[AddArtifactParameters]
batch_create_security_requirements: Builder[BatchCreateSecurityRequirementsParameters]
batch_delete_code_reviews: Builder[BatchDeleteCodeReviewsParameters]
batch_delete_pentests: Builder[BatchDeletePentestsParameters]
batch_delete_security_requirements: Builder[BatchDeleteSecurityRequirementsParameters]
batch_delete_threat_models: Builder[BatchDeleteThreatModelsParameters]
batch_disassociate_finding_issue: Builder[BatchDisassociateFindingIssueParameters]
batch_export_findings: Builder[BatchExportFindingsParameters]
batch_get_agent_spaces: Builder[BatchGetAgentSpacesParameters]
batch_get_artifact_metadata: Builder[BatchGetArtifactMetadataParameters]
batch_get_code_review_job_tasks: Builder[BatchGetCodeReviewJobTasksParameters]
batch_get_code_review_jobs: Builder[BatchGetCodeReviewJobsParameters]
batch_get_code_reviews: Builder[BatchGetCodeReviewsParameters]
batch_get_findings: Builder[BatchGetFindingsParameters]
batch_get_pentest_job_tasks: Builder[BatchGetPentestJobTasksParameters]
batch_get_pentest_jobs: Builder[BatchGetPentestJobsParameters]
batch_get_pentests: Builder[BatchGetPentestsParameters]
batch_get_security_requirements: Builder[BatchGetSecurityRequirementsParameters]
batch_get_target_domains: Builder[BatchGetTargetDomainsParameters]
batch_get_threat_model_job_tasks: Builder[BatchGetThreatModelJobTasksParameters]
batch_get_threat_model_jobs: Builder[BatchGetThreatModelJobsParameters]
batch_get_threat_models: Builder[BatchGetThreatModelsParameters]
batch_get_threats: Builder[BatchGetThreatsParameters]
batch_update_security_requirements: Builder[BatchUpdateSecurityRequirementsParameters]
create_agent_space: Builder[CreateAgentSpaceParameters]
create_application: Builder[CreateApplicationParameters]
create_code_review: Builder[CreateCodeReviewParameters]
create_integration: Builder[CreateIntegrationParameters]
create_membership: Builder[CreateMembershipParameters]
create_pentest: Builder[CreatePentestParameters]
create_private_connection: Builder[CreatePrivateConnectionParameters]
create_security_requirement_pack: Builder[CreateSecurityRequirementPackParameters]
create_target_domain: Builder[CreateTargetDomainParameters]
create_threat: Builder[CreateThreatParameters]
create_threat_model: Builder[CreateThreatModelParameters]
delete_agent_space: Builder[DeleteAgentSpaceParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_artifact: Builder[DeleteArtifactParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_membership: Builder[DeleteMembershipParameters]
delete_private_connection: Builder[DeletePrivateConnectionParameters]
delete_security_requirement_pack: Builder[DeleteSecurityRequirementPackParameters]
delete_target_domain: Builder[DeleteTargetDomainParameters]
describe_private_connection: Builder[DescribePrivateConnectionParameters]
get_application: Builder[GetApplicationParameters]
get_artifact: Builder[GetArtifactParameters]
get_integration: Builder[GetIntegrationParameters]
get_security_requirement_pack: Builder[GetSecurityRequirementPackParameters]
import_security_requirements: Builder[ImportSecurityRequirementsParameters]
initiate_provider_registration: Builder[InitiateProviderRegistrationParameters]
list_actor_messages: Builder[ListActorMessagesParameters]
list_agent_spaces: Builder[ListAgentSpacesParameters]
list_applications: Builder[ListApplicationsParameters]
list_artifacts: Builder[ListArtifactsParameters]
list_code_review_job_tasks: Builder[ListCodeReviewJobTasksParameters]
list_code_review_jobs_for_code_review: Builder[ListCodeReviewJobsForCodeReviewParameters]
list_code_reviews: Builder[ListCodeReviewsParameters]
list_discovered_endpoints: Builder[ListDiscoveredEndpointsParameters]
list_findings: Builder[ListFindingsParameters]
list_integrated_resources: Builder[ListIntegratedResourcesParameters]
list_integrations: Builder[ListIntegrationsParameters]
list_memberships: Builder[ListMembershipsParameters]
list_pentest_job_tasks: Builder[ListPentestJobTasksParameters]
list_pentest_jobs_for_pentest: Builder[ListPentestJobsForPentestParameters]
list_pentests: Builder[ListPentestsParameters]
list_private_connections: Builder[ListPrivateConnectionsParameters]
list_security_requirement_packs: Builder[ListSecurityRequirementPacksParameters]
list_security_requirements: Builder[ListSecurityRequirementsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_target_domains: Builder[ListTargetDomainsParameters]
list_threat_model_job_tasks: Builder[ListThreatModelJobTasksParameters]
list_threat_model_jobs: Builder[ListThreatModelJobsParameters]
list_threat_models: Builder[ListThreatModelsParameters]
list_threats: Builder[ListThreatsParameters]
resume_pentest_job: Builder[ResumePentestJobParameters]
start_code_remediation: Builder[StartCodeRemediationParameters]
start_code_review_job: Builder[StartCodeReviewJobParameters]
start_pentest_job: Builder[StartPentestJobParameters]
start_threat_model_job: Builder[StartThreatModelJobParameters]
stop_code_review_job: Builder[StopCodeReviewJobParameters]
stop_pentest_job: Builder[StopPentestJobParameters]
stop_threat_model_job: Builder[StopThreatModelJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_space: Builder[UpdateAgentSpaceParameters]
update_application: Builder[UpdateApplicationParameters]
update_code_review: Builder[UpdateCodeReviewParameters]
update_finding: Builder[UpdateFindingParameters]
update_integrated_resources: Builder[UpdateIntegratedResourcesParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_pentest: Builder[UpdatePentestParameters]
update_private_connection_certificate: Builder[UpdatePrivateConnectionCertificateParameters]
update_security_requirement_pack: Builder[UpdateSecurityRequirementPackParameters]
update_target_domain: Builder[UpdateTargetDomainParameters]
update_threat: Builder[UpdateThreatParameters]
update_threat_model: Builder[UpdateThreatModelParameters]
verify_target_domain: Builder[VerifyTargetDomainParameters]

__all__ = [
    "add_artifact",
    "batch_create_security_requirements",
    "batch_delete_code_reviews",
    "batch_delete_pentests",
    "batch_delete_security_requirements",
    "batch_delete_threat_models",
    "batch_disassociate_finding_issue",
    "batch_export_findings",
    "batch_get_agent_spaces",
    "batch_get_artifact_metadata",
    "batch_get_code_review_job_tasks",
    "batch_get_code_review_jobs",
    "batch_get_code_reviews",
    "batch_get_findings",
    "batch_get_pentest_job_tasks",
    "batch_get_pentest_jobs",
    "batch_get_pentests",
    "batch_get_security_requirements",
    "batch_get_target_domains",
    "batch_get_threat_model_job_tasks",
    "batch_get_threat_model_jobs",
    "batch_get_threat_models",
    "batch_get_threats",
    "batch_update_security_requirements",
    "create_agent_space",
    "create_application",
    "create_code_review",
    "create_integration",
    "create_membership",
    "create_pentest",
    "create_private_connection",
    "create_security_requirement_pack",
    "create_target_domain",
    "create_threat",
    "create_threat_model",
    "delete_agent_space",
    "delete_application",
    "delete_artifact",
    "delete_integration",
    "delete_membership",
    "delete_private_connection",
    "delete_security_requirement_pack",
    "delete_target_domain",
    "describe_private_connection",
    "get_application",
    "get_artifact",
    "get_integration",
    "get_security_requirement_pack",
    "import_security_requirements",
    "initiate_provider_registration",
    "list_actor_messages",
    "list_agent_spaces",
    "list_applications",
    "list_artifacts",
    "list_code_review_job_tasks",
    "list_code_review_jobs_for_code_review",
    "list_code_reviews",
    "list_discovered_endpoints",
    "list_findings",
    "list_integrated_resources",
    "list_integrations",
    "list_memberships",
    "list_pentest_job_tasks",
    "list_pentest_jobs_for_pentest",
    "list_pentests",
    "list_private_connections",
    "list_security_requirement_packs",
    "list_security_requirements",
    "list_tags_for_resource",
    "list_target_domains",
    "list_threat_model_job_tasks",
    "list_threat_model_jobs",
    "list_threat_models",
    "list_threats",
    "resume_pentest_job",
    "start_code_remediation",
    "start_code_review_job",
    "start_pentest_job",
    "start_threat_model_job",
    "stop_code_review_job",
    "stop_pentest_job",
    "stop_threat_model_job",
    "tag_resource",
    "untag_resource",
    "update_agent_space",
    "update_application",
    "update_code_review",
    "update_finding",
    "update_integrated_resources",
    "update_integration",
    "update_pentest",
    "update_private_connection_certificate",
    "update_security_requirement_pack",
    "update_target_domain",
    "update_threat",
    "update_threat_model",
    "verify_target_domain",
]
