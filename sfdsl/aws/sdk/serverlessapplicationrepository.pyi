"""Typed builders of the AWS SDK integration of serverlessapplicationrepository (``aws-sdk:serverlessapplicationrepository:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Author": S,
        "Author.$": str,
        "Description": S,
        "Description.$": str,
        "HomePageUrl": S,
        "HomePageUrl.$": str,
        "Labels": L[Si],
        "Labels.$": str,
        "LicenseBody": S,
        "LicenseBody.$": str,
        "LicenseUrl": S,
        "LicenseUrl.$": str,
        "Name": S,
        "Name.$": str,
        "ReadmeBody": S,
        "ReadmeBody.$": str,
        "ReadmeUrl": S,
        "ReadmeUrl.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "SourceCodeArchiveUrl": S,
        "SourceCodeArchiveUrl.$": str,
        "SourceCodeUrl": S,
        "SourceCodeUrl.$": str,
        "SpdxLicenseId": S,
        "SpdxLicenseId.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateUrl": S,
        "TemplateUrl.$": str,
    },
    total=False,
)
CreateApplicationVersionParameters = TypedDict(
    "CreateApplicationVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "SourceCodeArchiveUrl": S,
        "SourceCodeArchiveUrl.$": str,
        "SourceCodeUrl": S,
        "SourceCodeUrl.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateUrl": S,
        "TemplateUrl.$": str,
    },
    total=False,
)

class ParameterValue(TypedDict, total=False):
    Name: S
    Value: S

class RollbackTrigger(TypedDict, total=False):
    Arn: S
    Type: S

class RollbackConfiguration(TypedDict, total=False):
    MonitoringTimeInMinutes: I
    RollbackTriggers: L[Xi[RollbackTrigger]]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCloudFormationChangeSetParameters = TypedDict(
    "CreateCloudFormationChangeSetParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "NotificationArns": L[Si],
        "NotificationArns.$": str,
        "ParameterOverrides": L[Xi[ParameterValue]],
        "ParameterOverrides.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "RollbackConfiguration": X[RollbackConfiguration],
        "RollbackConfiguration.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
        "StackName": S,
        "StackName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
    },
    total=False,
)
CreateCloudFormationTemplateParameters = TypedDict(
    "CreateCloudFormationTemplateParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SemanticVersion": S, "SemanticVersion.$": str},
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SemanticVersion": S, "SemanticVersion.$": str},
    total=False,
)
GetApplicationPolicyParameters = TypedDict(
    "GetApplicationPolicyParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetCloudFormationTemplateParameters = TypedDict(
    "GetCloudFormationTemplateParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "TemplateId": S, "TemplateId.$": str},
    total=False,
)
ListApplicationDependenciesParameters = TypedDict(
    "ListApplicationDependenciesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
    },
    total=False,
)
ListApplicationVersionsParameters = TypedDict(
    "ListApplicationVersionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"MaxItems": I, "MaxItems.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ApplicationPolicyStatement(TypedDict, total=False):
    Actions: L[Si]
    PrincipalOrgIDs: L[Si]
    Principals: L[Si]
    StatementId: S

PutApplicationPolicyParameters = TypedDict(
    "PutApplicationPolicyParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Statements": L[Xi[ApplicationPolicyStatement]],
        "Statements.$": str,
    },
    total=False,
)
UnshareApplicationParameters = TypedDict(
    "UnshareApplicationParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Author": S,
        "Author.$": str,
        "Description": S,
        "Description.$": str,
        "HomePageUrl": S,
        "HomePageUrl.$": str,
        "Labels": L[Si],
        "Labels.$": str,
        "ReadmeBody": S,
        "ReadmeBody.$": str,
        "ReadmeUrl": S,
        "ReadmeUrl.$": str,
    },
    total=False,
)
create_application: Builder[CreateApplicationParameters]
create_application_version: Builder[CreateApplicationVersionParameters]
create_cloud_formation_change_set: Builder[CreateCloudFormationChangeSetParameters]
create_cloud_formation_template: Builder[CreateCloudFormationTemplateParameters]
delete_application: Builder[DeleteApplicationParameters]
get_application: Builder[GetApplicationParameters]
get_application_policy: Builder[GetApplicationPolicyParameters]
get_cloud_formation_template: Builder[GetCloudFormationTemplateParameters]
list_application_dependencies: Builder[ListApplicationDependenciesParameters]
list_application_versions: Builder[ListApplicationVersionsParameters]
list_applications: Builder[ListApplicationsParameters]
put_application_policy: Builder[PutApplicationPolicyParameters]
unshare_application: Builder[UnshareApplicationParameters]
update_application: Builder[UpdateApplicationParameters]

__all__ = [
    "create_application",
    "create_application_version",
    "create_cloud_formation_change_set",
    "create_cloud_formation_template",
    "delete_application",
    "get_application",
    "get_application_policy",
    "get_cloud_formation_template",
    "list_application_dependencies",
    "list_application_versions",
    "list_applications",
    "put_application_policy",
    "unshare_application",
    "update_application",
]
