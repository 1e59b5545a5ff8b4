"""Typed builders of the AWS SDK integration of amplify (``aws-sdk:amplify:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class CustomRule(TypedDict, total=False):
    Source: S
    Target: S
    Status: S
    Condition: S

class AutoBranchCreationConfig(TypedDict, total=False):
    Stage: S
    Framework: S
    EnableAutoBuild: B
    EnvironmentVariables: M[S]
    BasicAuthCredentials: S
    EnableBasicAuth: B
    EnablePerformanceMode: B
    BuildSpec: S
    EnablePullRequestPreview: B
    PullRequestEnvironmentName: S

class JobConfig(TypedDict, total=False):
    BuildComputeType: S

class CacheConfig(TypedDict, total=False):
    Type: S

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Repository": S,
        "Repository.$": str,
        "Platform": S,
        "Platform.$": str,
        "ComputeRoleArn": S,
        "ComputeRoleArn.$": str,
        "IamServiceRoleArn": S,
        "IamServiceRoleArn.$": str,
        "OauthToken": S,
        "OauthToken.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "EnableBranchAutoBuild": B,
        "EnableBranchAutoBuild.$": str,
        "EnableBranchAutoDeletion": B,
        "EnableBranchAutoDeletion.$": str,
        "EnableBasicAuth": B,
        "EnableBasicAuth.$": str,
        "BasicAuthCredentials": S,
        "BasicAuthCredentials.$": str,
        "CustomRules": L[Xi[CustomRule]],
        "CustomRules.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "BuildSpec": S,
        "BuildSpec.$": str,
        "CustomHeaders": S,
        "CustomHeaders.$": str,
        "EnableAutoBranchCreation": B,
        "EnableAutoBranchCreation.$": str,
        "AutoBranchCreationPatterns": L[Si],
        "AutoBranchCreationPatterns.$": str,
        "AutoBranchCreationConfig": X[AutoBranchCreationConfig],
        "AutoBranchCreationConfig.$": str,
        "JobConfig": X[JobConfig],
        "JobConfig.$": str,
        "CacheConfig": X[CacheConfig],
        "CacheConfig.$": str,
    },
    total=False,
)
CreateBackendEnvironmentParameters = TypedDict(
    "CreateBackendEnvironmentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "StackName": S,
        "StackName.$": str,
        "DeploymentArtifacts": S,
        "DeploymentArtifacts.$": str,
    },
    total=False,
)

class Backend(TypedDict, total=False):
    StackArn: S

CreateBranchParameters = TypedDict(
    "CreateBranchParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Description": S,
        "Description.$": str,
        "Stage": S,
        "Stage.$": str,
        "Framework": S,
        "Framework.$": str,
        "EnableNotification": B,
        "EnableNotification.$": str,
        "EnableAutoBuild": B,
        "EnableAutoBuild.$": str,
        "EnableSkewProtection": B,
        "EnableSkewProtection.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "BasicAuthCredentials": S,
        "BasicAuthCredentials.$": str,
        "EnableBasicAuth": B,
        "EnableBasicAuth.$": str,
        "EnablePerformanceMode": B,
        "EnablePerformanceMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "BuildSpec": S,
        "BuildSpec.$": str,
        "Ttl": S,
        "Ttl.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EnablePullRequestPreview": B,
        "EnablePullRequestPreview.$": str,
        "PullRequestEnvironmentName": S,
        "PullRequestEnvironmentName.$": str,
        "BackendEnvironmentArn": S,
        "BackendEnvironmentArn.$": str,
        "Backend": X[Backend],
        "Backend.$": str,
        "ComputeRoleArn": S,
        "ComputeRoleArn.$": str,
    },
    total=False,
)
CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "FileMap": M[S],
        "FileMap.$": str,
    },
    total=False,
)

class SubDomainSetting(TypedDict, total=False):
    Prefix: S
    BranchName: S

class CertificateSettings(TypedDict, total=False):
    Type: S
    CustomCertificateArn: S

CreateDomainAssociationParameters = TypedDict(
    "CreateDomainAssociationParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EnableAutoSubDomain": B,
        "EnableAutoSubDomain.$": str,
        "SubDomainSettings": L[Xi[SubDomainSetting]],
        "SubDomainSettings.$": str,
        "AutoSubDomainCreationPatterns": L[Si],
        "AutoSubDomainCreationPatterns.$": str,
        "AutoSubDomainIAMRole": S,
        "AutoSubDomainIAMRole.$": str,
        "CertificateSettings": X[CertificateSettings],
        "CertificateSettings.$": str,
    },
    total=False,
)
CreateWebhookParameters = TypedDict(
    "CreateWebhookParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
DeleteAppParameters = TypedDict("DeleteAppParameters", {"AppId": S, "AppId.$": str}, total=False)
DeleteBackendEnvironmentParameters = TypedDict(
    "DeleteBackendEnvironmentParameters",
    {"AppId": S, "AppId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
DeleteBranchParameters = TypedDict(
    "DeleteBranchParameters",
    {"AppId": S, "AppId.$": str, "BranchName": S, "BranchName.$": str},
    total=False,
)
DeleteDomainAssociationParameters = TypedDict(
    "DeleteDomainAssociationParameters",
    {"AppId": S, "AppId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DeleteJobParameters = TypedDict(
    "DeleteJobParameters",
    {"AppId": S, "AppId.$": str, "BranchName": S, "BranchName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DeleteWebhookParameters = TypedDict(
    "DeleteWebhookParameters", {"WebhookId": S, "WebhookId.$": str}, total=False
)
GenerateAccessLogsParameters = TypedDict(
    "GenerateAccessLogsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "AppId": S,
        "AppId.$": str,
    },
    total=False,
)
GetAppParameters = TypedDict("GetAppParameters", {"AppId": S, "AppId.$": str}, total=False)
GetArtifactUrlParameters = TypedDict(
    "GetArtifactUrlParameters", {"ArtifactId": S, "ArtifactId.$": str}, total=False
)
GetBackendEnvironmentParameters = TypedDict(
    "GetBackendEnvironmentParameters",
    {"AppId": S, "AppId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
GetBranchParameters = TypedDict(
    "GetBranchParameters",
    {"AppId": S, "AppId.$": str, "BranchName": S, "BranchName.$": str},
    total=False,
)
GetDomainAssociationParameters = TypedDict(
    "GetDomainAssociationParameters",
    {"AppId": S, "AppId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
GetJobParameters = TypedDict(
    "GetJobParameters",
    {"AppId": S, "AppId.$": str, "BranchName": S, "BranchName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetWebhookParameters = TypedDict(
    "GetWebhookParameters", {"WebhookId": S, "WebhookId.$": str}, total=False
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListArtifactsParameters = TypedDict(
    "ListArtifactsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBackendEnvironmentsParameters = TypedDict(
    "ListBackendEnvironmentsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBranchesParameters = TypedDict(
    "ListBranchesParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainAssociationsParameters = TypedDict(
    "ListDomainAssociationsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
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
ListWebhooksParameters = TypedDict(
    "ListWebhooksParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
StartDeploymentParameters = TypedDict(
    "StartDeploymentParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "JobId": S,
        "JobId.$": str,
        "SourceUrl": S,
        "SourceUrl.$": str,
        "SourceUrlType": S,
        "SourceUrlType.$": str,
    },
    total=False,
)
StartJobParameters = TypedDict(
    "StartJobParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "JobId": S,
        "JobId.$": str,
        "JobType": S,
        "JobType.$": str,
        "JobReason": S,
        "JobReason.$": str,
        "CommitId": S,
        "CommitId.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "CommitTime": T,
        "CommitTime.$": str,
    },
    total=False,
)
StopJobParameters = TypedDict(
    "StopJobParameters",
    {"AppId": S, "AppId.$": str, "BranchName": S, "BranchName.$": str, "JobId": S, "JobId.$": str},
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
UpdateAppParameters = TypedDict(
    "UpdateAppParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Platform": S,
        "Platform.$": str,
        "ComputeRoleArn": S,
        "ComputeRoleArn.$": str,
        "IamServiceRoleArn": S,
        "IamServiceRoleArn.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "EnableBranchAutoBuild": B,
        "EnableBranchAutoBuild.$": str,
        "EnableBranchAutoDeletion": B,
        "EnableBranchAutoDeletion.$": str,
        "EnableBasicAuth": B,
        "EnableBasicAuth.$": str,
        "BasicAuthCredentials": S,
        "BasicAuthCredentials.$": str,
        "CustomRules": L[Xi[CustomRule]],
        "CustomRules.$": str,
        "BuildSpec": S,
        "BuildSpec.$": str,
        "CustomHeaders": S,
        "CustomHeaders.$": str,
        "EnableAutoBranchCreation": B,
        "EnableAutoBranchCreation.$": str,
        "AutoBranchCreationPatterns": L[Si],
        "AutoBranchCreationPatterns.$": str,
        "AutoBranchCreationConfig": X[AutoBranchCreationConfig],
        "AutoBranchCreationConfig.$": str,
        "Repository": S,
        "Repository.$": str,
        "OauthToken": S,
        "OauthToken.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "JobConfig": X[JobConfig],
        "JobConfig.$": str,
        "CacheConfig": X[CacheConfig],
        "CacheConfig.$": str,
    },
    total=False,
)
UpdateBranchParameters = TypedDict(
    "UpdateBranchParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Description": S,
        "Description.$": str,
        "Framework": S,
        "Framework.$": str,
        "Stage": S,
        "Stage.$": str,
        "EnableNotification": B,
        "EnableNotification.$": str,
        "EnableAutoBuild": B,
        "EnableAutoBuild.$": str,
        "EnableSkewProtection": B,
        "EnableSkewProtection.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "BasicAuthCredentials": S,
        "BasicAuthCredentials.$": str,
        "EnableBasicAuth": B,
        "EnableBasicAuth.$": str,
        "EnablePerformanceMode": B,
        "EnablePerformanceMode.$": str,
        "BuildSpec": S,
        "BuildSpec.$": str,
        "Ttl": S,
        "Ttl.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EnablePullRequestPreview": B,
        "EnablePullRequestPreview.$": str,
        "PullRequestEnvironmentName": S,
        "PullRequestEnvironmentName.$": str,
        "BackendEnvironmentArn": S,
        "BackendEnvironmentArn.$": str,
        "Backend": X[Backend],
        "Backend.$": str,
        "ComputeRoleArn": S,
        "ComputeRoleArn.$": str,
    },
    total=False,
)
UpdateDomainAssociationParameters = TypedDict(
    "UpdateDomainAssociationParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "EnableAutoSubDomain": B,
        "EnableAutoSubDomain.$": str,
        "SubDomainSettings": L[Xi[SubDomainSetting]],
        "SubDomainSettings.$": str,
        "AutoSubDomainCreationPatterns": L[Si],
        "AutoSubDomainCreationPatterns.$": str,
        "AutoSubDomainIAMRole": S,
        "AutoSubDomainIAMRole.$": str,
        "CertificateSettings": X[CertificateSettings],
        "CertificateSettings.$": str,
    },
    total=False,
)
UpdateWebhookParameters = TypedDict(
    "UpdateWebhookParameters",
    {
        "WebhookId": S,
        "WebhookId.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
create_app: Builder[CreateAppParameters]
create_backend_environment: Builder[CreateBackendEnvironmentParameters]
create_branch: Builder[CreateBranchParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_domain_association: Builder[CreateDomainAssociationParameters]
create_webhook: Builder[CreateWebhookParameters]
delete_app: Builder[DeleteAppParameters]
delete_backend_environment: Builder[DeleteBackendEnvironmentParameters]
delete_branch: Builder[DeleteBranchParameters]
delete_domain_association: Builder[DeleteDomainAssociationParameters]
delete_job: Builder[DeleteJobParameters]
delete_webhook: Builder[DeleteWebhookParameters]
generate_access_logs: Builder[GenerateAccessLogsParameters]
get_app: Builder[GetAppParameters]
get_artifact_url: Builder[GetArtifactUrlParameters]
get_backend_environment: Builder[GetBackendEnvironmentParameters]
get_branch: Builder[GetBranchParameters]
get_domain_association: Builder[GetDomainAssociationParameters]
get_job: Builder[GetJobParameters]
get_webhook: Builder[GetWebhookParameters]
list_apps: Builder[ListAppsParameters]
list_artifacts: Builder[ListArtifactsParameters]
list_backend_environments: Builder[ListBackendEnvironmentsParameters]
list_branches: Builder[ListBranchesParameters]
list_domain_associations: Builder[ListDomainAssociationsParameters]
list_jobs: Builder[ListJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_webhooks: Builder[ListWebhooksParameters]
start_deployment: Builder[StartDeploymentParameters]
start_job: Builder[StartJobParameters]
stop_job: Builder[StopJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app: Builder[UpdateAppParameters]
update_branch: Builder[UpdateBranchParameters]
update_domain_association: Builder[UpdateDomainAssociationParameters]
update_webhook: Builder[UpdateWebhookParameters]

__all__ = [
    "create_app",
    "create_backend_environment",
    "create_branch",
    "create_deployment",
    "create_domain_association",
    "create_webhook",
    "delete_app",
    "delete_backend_environment",
    "delete_branch",
    "delete_domain_association",
    "delete_job",
    "delete_webhook",
    "generate_access_logs",
    "get_app",
    "get_artifact_url",
    "get_backend_environment",
    "get_branch",
    "get_domain_association",
    "get_job",
    "get_webhook",
    "list_apps",
    "list_artifacts",
    "list_backend_environments",
    "list_branches",
    "list_domain_associations",
    "list_jobs",
    "list_tags_for_resource",
    "list_webhooks",
    "start_deployment",
    "start_job",
    "stop_job",
    "tag_resource",
    "untag_resource",
    "update_app",
    "update_branch",
    "update_domain_association",
    "update_webhook",
]
