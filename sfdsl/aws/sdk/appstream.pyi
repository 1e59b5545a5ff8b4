"""Typed builders of the AWS SDK integration of appstream (``aws-sdk:appstream:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateAppBlockBuilderAppBlockParameters = TypedDict(
    "AssociateAppBlockBuilderAppBlockParameters",
    {
        "AppBlockArn": S,
        "AppBlockArn.$": str,
        "AppBlockBuilderName": S,
        "AppBlockBuilderName.$": str,
    },
    total=False,
)
AssociateApplicationFleetParameters = TypedDict(
    "AssociateApplicationFleetParameters",
    {"FleetName": S, "FleetName.$": str, "ApplicationArn": S, "ApplicationArn.$": str},
    total=False,
)
AssociateApplicationToEntitlementParameters = TypedDict(
    "AssociateApplicationToEntitlementParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "EntitlementName": S,
        "EntitlementName.$": str,
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
    },
    total=False,
)
AssociateFleetParameters = TypedDict(
    "AssociateFleetParameters",
    {"FleetName": S, "FleetName.$": str, "StackName": S, "StackName.$": str},
    total=False,
)
AssociateSoftwareToImageBuilderParameters = TypedDict(
    "AssociateSoftwareToImageBuilderParameters",
    {
        "ImageBuilderName": S,
        "ImageBuilderName.$": str,
        "SoftwareNames": L[Si],
        "SoftwareNames.$": str,
    },
    total=False,
)

class UserStackAssociation(TypedDict, total=False):
    StackName: S
    UserName: S
    AuthenticationType: S
    SendEmailNotification: B

BatchAssociateUserStackParameters = TypedDict(
    "BatchAssociateUserStackParameters",
    {"UserStackAssociations": L[Xi[UserStackAssociation]], "UserStackAssociations.$": str},
    total=False,
)
BatchDisassociateUserStackParameters = TypedDict(
    "BatchDisassociateUserStackParameters",
    {"UserStackAssociations": L[Xi[UserStackAssociation]], "UserStackAssociations.$": str},
    total=False,
)
CopyImageParameters = TypedDict(
    "CopyImageParameters",
    {
        "SourceImageName": S,
        "SourceImageName.$": str,
        "DestinationImageName": S,
        "DestinationImageName.$": str,
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "DestinationImageDescription": S,
        "DestinationImageDescription.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    S3Bucket: S
    S3Key: S

class ScriptDetails(TypedDict, total=False):
    ScriptS3Location: X[S3Location]
    ExecutablePath: S
    ExecutableParameters: S
    TimeoutInSeconds: I

CreateAppBlockParameters = TypedDict(
    "CreateAppBlockParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "SourceS3Location": X[S3Location],
        "SourceS3Location.$": str,
        "SetupScriptDetails": X[ScriptDetails],
        "SetupScriptDetails.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PostSetupScriptDetails": X[ScriptDetails],
        "PostSetupScriptDetails.$": str,
        "PackagingType": S,
        "PackagingType.$": str,
    },
    total=False,
)

class VpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class AccessEndpoint(TypedDict, total=False):
    EndpointType: S
    VpceId: S

CreateAppBlockBuilderParameters = TypedDict(
    "CreateAppBlockBuilderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Platform": S,
        "Platform.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnableDefaultInternetAccess": B,
        "EnableDefaultInternetAccess.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "AccessEndpoints": L[Xi[AccessEndpoint]],
        "AccessEndpoints.$": str,
        "DisableIMDSV1": B,
        "DisableIMDSV1.$": str,
    },
    total=False,
)
CreateAppBlockBuilderStreamingURLParameters = TypedDict(
    "CreateAppBlockBuilderStreamingURLParameters",
    {"AppBlockBuilderName": S, "AppBlockBuilderName.$": str, "Validity": I, "Validity.$": str},
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "IconS3Location": X[S3Location],
        "IconS3Location.$": str,
        "LaunchPath": S,
        "LaunchPath.$": str,
        "WorkingDirectory": S,
        "WorkingDirectory.$": str,
        "LaunchParameters": S,
        "LaunchParameters.$": str,
        "Platforms": L[Si],
        "Platforms.$": str,
        "InstanceFamilies": L[Si],
        "InstanceFamilies.$": str,
        "AppBlockArn": S,
        "AppBlockArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ServiceAccountCredentials(TypedDict, total=False):
    AccountName: S
    AccountPassword: S

class CertificateBasedAuthProperties(TypedDict, total=False):
    Status: S
    CertificateAuthorityArn: S

CreateDirectoryConfigParameters = TypedDict(
    "CreateDirectoryConfigParameters",
    {
        "DirectoryName": S,
        "DirectoryName.$": str,
        "OrganizationalUnitDistinguishedNames": L[Si],
        "OrganizationalUnitDistinguishedNames.$": str,
        "ServiceAccountCredentials": X[ServiceAccountCredentials],
        "ServiceAccountCredentials.$": str,
        "CertificateBasedAuthProperties": X[CertificateBasedAuthProperties],
        "CertificateBasedAuthProperties.$": str,
    },
    total=False,
)

class EntitlementAttribute(TypedDict, total=False):
    Name: S
    Value: S

CreateEntitlementParameters = TypedDict(
    "CreateEntitlementParameters",
    {
        "Name": S,
        "Name.$": str,
        "StackName": S,
        "StackName.$": str,
        "Description": S,
        "Description.$": str,
        "AppVisibility": S,
        "AppVisibility.$": str,
        "Attributes": L[Xi[EntitlementAttribute]],
        "Attributes.$": str,
    },
    total=False,
)
CreateExportImageTaskParameters = TypedDict(
    "CreateExportImageTaskParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "AmiName": S,
        "AmiName.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "TagSpecifications": M[S],
        "TagSpecifications.$": str,
        "AmiDescription": S,
        "AmiDescription.$": str,
    },
    total=False,
)

class ComputeCapacity(TypedDict, total=False):
    DesiredInstances: I
    DesiredSessions: I

class DomainJoinInfo(TypedDict, total=False):
    DirectoryName: S
    OrganizationalUnitDistinguishedName: S

class VolumeConfig(TypedDict, total=False):
    VolumeSizeInGb: I

CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "Name": S,
        "Name.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "ImageArn": S,
        "ImageArn.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "FleetType": S,
        "FleetType.$": str,
        "ComputeCapacity": X[ComputeCapacity],
        "ComputeCapacity.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "MaxUserDurationInSeconds": I,
        "MaxUserDurationInSeconds.$": str,
        "DisconnectTimeoutInSeconds": I,
        "DisconnectTimeoutInSeconds.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EnableDefaultInternetAccess": B,
        "EnableDefaultInternetAccess.$": str,
        "DomainJoinInfo": X[DomainJoinInfo],
        "DomainJoinInfo.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "IdleDisconnectTimeoutInSeconds": I,
        "IdleDisconnectTimeoutInSeconds.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "StreamView": S,
        "StreamView.$": str,
        "Platform": S,
        "Platform.$": str,
        "MaxConcurrentSessions": I,
        "MaxConcurrentSessions.$": str,
        "UsbDeviceFilterStrings": L[Si],
        "UsbDeviceFilterStrings.$": str,
        "SessionScriptS3Location": X[S3Location],
        "SessionScriptS3Location.$": str,
        "MaxSessionsPerInstance": I,
        "MaxSessionsPerInstance.$": str,
        "RootVolumeConfig": X[VolumeConfig],
        "RootVolumeConfig.$": str,
        "DisableIMDSV1": B,
        "DisableIMDSV1.$": str,
    },
    total=False,
)

class AgentAccessSetting(TypedDict, total=False):
    AgentAction: S
    Permission: S

class ImageBuilderAgentAccessConfig(TypedDict, total=False):
    Settings: L[Xi[AgentAccessSetting]]
    S3BucketArn: S
    ScreenshotsUploadEnabled: B
    ScreenResolution: S
    ScreenImageFormat: S
    UserControlMode: S

CreateImageBuilderParameters = TypedDict(
    "CreateImageBuilderParameters",
    {
        "Name": S,
        "Name.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "ImageArn": S,
        "ImageArn.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "EnableDefaultInternetAccess": B,
        "EnableDefaultInternetAccess.$": str,
        "DomainJoinInfo": X[DomainJoinInfo],
        "DomainJoinInfo.$": str,
        "AppstreamAgentVersion": S,
        "AppstreamAgentVersion.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccessEndpoints": L[Xi[AccessEndpoint]],
        "AccessEndpoints.$": str,
        "RootVolumeConfig": X[VolumeConfig],
        "RootVolumeConfig.$": str,
        "SoftwaresToInstall": L[Si],
        "SoftwaresToInstall.$": str,
        "SoftwaresToUninstall": L[Si],
        "SoftwaresToUninstall.$": str,
        "DisableIMDSV1": B,
        "DisableIMDSV1.$": str,
        "AgentAccessConfig": X[ImageBuilderAgentAccessConfig],
        "AgentAccessConfig.$": str,
    },
    total=False,
)
CreateImageBuilderStreamingURLParameters = TypedDict(
    "CreateImageBuilderStreamingURLParameters",
    {"Name": S, "Name.$": str, "Validity": I, "Validity.$": str},
    total=False,
)

class RuntimeValidationConfig(TypedDict, total=False):
    IntendedInstanceType: S

class ApplicationConfig(TypedDict, total=False):
    Name: S
    DisplayName: S
    AbsoluteAppPath: S
    AbsoluteIconPath: S
    AbsoluteManifestPath: S
    WorkingDirectory: S
    LaunchParameters: S

CreateImportedImageParameters = TypedDict(
    "CreateImportedImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "SourceAmiId": S,
        "SourceAmiId.$": str,
        "WorkspaceImageId": S,
        "WorkspaceImageId.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RuntimeValidationConfig": X[RuntimeValidationConfig],
        "RuntimeValidationConfig.$": str,
        "AgentSoftwareVersion": S,
        "AgentSoftwareVersion.$": str,
        "AppCatalogConfig": L[Xi[ApplicationConfig]],
        "AppCatalogConfig.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class StorageConnector(TypedDict, total=False):
    ConnectorType: S
    ResourceIdentifier: S
    Domains: L[Si]
    DomainsRequireAdminConsent: L[Si]

class UserSetting(TypedDict, total=False):
    Action: S
    Permission: S
    MaximumLength: I

class ApplicationSettings(TypedDict, total=False):
    Enabled: B
    SettingsGroup: S

class StreamingExperienceSettings(TypedDict, total=False):
    PreferredProtocol: S

class UrlRedirectionConfig(TypedDict, total=False):
    Enabled: B
    AllowedUrls: L[Si]
    DeniedUrls: L[Si]

class ContentRedirection(TypedDict, total=False):
    HostToClient: X[UrlRedirectionConfig]

class WebAuthnRedirection(TypedDict, total=False):
    Enabled: B
    ProcessCompatibilityList: L[Si]

class AgentAccessConfig(TypedDict, total=False):
    Settings: L[Xi[AgentAccessSetting]]
    S3BucketArn: S
    ScreenshotsUploadEnabled: B
    ReplaySessionEnabled: B
    KmsKeyArn: S
    ScreenResolution: S
    ScreenImageFormat: S
    UserControlMode: S

CreateStackParameters = TypedDict(
    "CreateStackParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "StorageConnectors": L[Xi[StorageConnector]],
        "StorageConnectors.$": str,
        "RedirectURL": S,
        "RedirectURL.$": str,
        "FeedbackURL": S,
        "FeedbackURL.$": str,
        "UserSettings": L[Xi[UserSetting]],
        "UserSettings.$": str,
        "ApplicationSettings": X[ApplicationSettings],
        "ApplicationSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccessEndpoints": L[Xi[AccessEndpoint]],
        "AccessEndpoints.$": str,
        "EmbedHostDomains": L[Si],
        "EmbedHostDomains.$": str,
        "StreamingExperienceSettings": X[StreamingExperienceSettings],
        "StreamingExperienceSettings.$": str,
        "ContentRedirection": X[ContentRedirection],
        "ContentRedirection.$": str,
        "WebAuthnRedirection": X[WebAuthnRedirection],
        "WebAuthnRedirection.$": str,
        "AgentAccessConfig": X[AgentAccessConfig],
        "AgentAccessConfig.$": str,
        "StorageConnectorAuthentication": S,
        "StorageConnectorAuthentication.$": str,
    },
    total=False,
)
CreateStreamingURLParameters = TypedDict(
    "CreateStreamingURLParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "FleetName": S,
        "FleetName.$": str,
        "UserId": S,
        "UserId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Validity": I,
        "Validity.$": str,
        "SessionContext": S,
        "SessionContext.$": str,
    },
    total=False,
)

class ThemeFooterLink(TypedDict, total=False):
    DisplayName: S
    FooterLinkURL: S

CreateThemeForStackParameters = TypedDict(
    "CreateThemeForStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "FooterLinks": L[Xi[ThemeFooterLink]],
        "FooterLinks.$": str,
        "TitleText": S,
        "TitleText.$": str,
        "ThemeStyling": S,
        "ThemeStyling.$": str,
        "OrganizationLogoS3Location": X[S3Location],
        "OrganizationLogoS3Location.$": str,
        "FaviconS3Location": X[S3Location],
        "FaviconS3Location.$": str,
    },
    total=False,
)
CreateUpdatedImageParameters = TypedDict(
    "CreateUpdatedImageParameters",
    {
        "ExistingImageName": S,
        "ExistingImageName.$": str,
        "NewImageName": S,
        "NewImageName.$": str,
        "NewImageDescription": S,
        "NewImageDescription.$": str,
        "NewImageDisplayName": S,
        "NewImageDisplayName.$": str,
        "NewImageTags": M[S],
        "NewImageTags.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateUsageReportSubscriptionParameters(TypedDict, total=False): ...

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "MessageAction": S,
        "MessageAction.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "LastName": S,
        "LastName.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
    },
    total=False,
)
DeleteAppBlockParameters = TypedDict(
    "DeleteAppBlockParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteAppBlockBuilderParameters = TypedDict(
    "DeleteAppBlockBuilderParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDirectoryConfigParameters = TypedDict(
    "DeleteDirectoryConfigParameters", {"DirectoryName": S, "DirectoryName.$": str}, total=False
)
DeleteEntitlementParameters = TypedDict(
    "DeleteEntitlementParameters",
    {"Name": S, "Name.$": str, "StackName": S, "StackName.$": str},
    total=False,
)
DeleteFleetParameters = TypedDict("DeleteFleetParameters", {"Name": S, "Name.$": str}, total=False)
DeleteImageParameters = TypedDict("DeleteImageParameters", {"Name": S, "Name.$": str}, total=False)
DeleteImageBuilderParameters = TypedDict(
    "DeleteImageBuilderParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteImagePermissionsParameters = TypedDict(
    "DeleteImagePermissionsParameters",
    {"Name": S, "Name.$": str, "SharedAccountId": S, "SharedAccountId.$": str},
    total=False,
)
DeleteStackParameters = TypedDict("DeleteStackParameters", {"Name": S, "Name.$": str}, total=False)
DeleteThemeForStackParameters = TypedDict(
    "DeleteThemeForStackParameters", {"StackName": S, "StackName.$": str}, total=False
)

class DeleteUsageReportSubscriptionParameters(TypedDict, total=False): ...

DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"UserName": S, "UserName.$": str, "AuthenticationType": S, "AuthenticationType.$": str},
    total=False,
)
DescribeAppBlockBuilderAppBlockAssociationsParameters = TypedDict(
    "DescribeAppBlockBuilderAppBlockAssociationsParameters",
    {
        "AppBlockArn": S,
        "AppBlockArn.$": str,
        "AppBlockBuilderName": S,
        "AppBlockBuilderName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeAppBlockBuildersParameters = TypedDict(
    "DescribeAppBlockBuildersParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeAppBlocksParameters = TypedDict(
    "DescribeAppBlocksParameters",
    {
        "Arns": L[Si],
        "Arns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeAppLicenseUsageParameters = TypedDict(
    "DescribeAppLicenseUsageParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeApplicationFleetAssociationsParameters = TypedDict(
    "DescribeApplicationFleetAssociationsParameters",
    {
        "FleetName": S,
        "FleetName.$": str,
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeApplicationsParameters = TypedDict(
    "DescribeApplicationsParameters",
    {
        "Arns": L[Si],
        "Arns.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeDirectoryConfigsParameters = TypedDict(
    "DescribeDirectoryConfigsParameters",
    {
        "DirectoryNames": L[Si],
        "DirectoryNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeEntitlementsParameters = TypedDict(
    "DescribeEntitlementsParameters",
    {
        "Name": S,
        "Name.$": str,
        "StackName": S,
        "StackName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeFleetsParameters = TypedDict(
    "DescribeFleetsParameters",
    {"Names": L[Si], "Names.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeImageBuildersParameters = TypedDict(
    "DescribeImageBuildersParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeImagePermissionsParameters = TypedDict(
    "DescribeImagePermissionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SharedAwsAccountIds": L[Si],
        "SharedAwsAccountIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeImagesParameters = TypedDict(
    "DescribeImagesParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Arns": L[Si],
        "Arns.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSessionsParameters = TypedDict(
    "DescribeSessionsParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "FleetName": S,
        "FleetName.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
DescribeSoftwareAssociationsParameters = TypedDict(
    "DescribeSoftwareAssociationsParameters",
    {
        "AssociatedResource": S,
        "AssociatedResource.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeStacksParameters = TypedDict(
    "DescribeStacksParameters",
    {"Names": L[Si], "Names.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeThemeForStackParameters = TypedDict(
    "DescribeThemeForStackParameters", {"StackName": S, "StackName.$": str}, total=False
)
DescribeUsageReportSubscriptionsParameters = TypedDict(
    "DescribeUsageReportSubscriptionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeUserStackAssociationsParameters = TypedDict(
    "DescribeUserStackAssociationsParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "UserName": S,
        "UserName.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeUsersParameters = TypedDict(
    "DescribeUsersParameters",
    {
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisableUserParameters = TypedDict(
    "DisableUserParameters",
    {"UserName": S, "UserName.$": str, "AuthenticationType": S, "AuthenticationType.$": str},
    total=False,
)
DisassociateAppBlockBuilderAppBlockParameters = TypedDict(
    "DisassociateAppBlockBuilderAppBlockParameters",
    {
        "AppBlockArn": S,
        "AppBlockArn.$": str,
        "AppBlockBuilderName": S,
        "AppBlockBuilderName.$": str,
    },
    total=False,
)
DisassociateApplicationFleetParameters = TypedDict(
    "DisassociateApplicationFleetParameters",
    {"FleetName": S, "FleetName.$": str, "ApplicationArn": S, "ApplicationArn.$": str},
    total=False,
)
DisassociateApplicationFromEntitlementParameters = TypedDict(
    "DisassociateApplicationFromEntitlementParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "EntitlementName": S,
        "EntitlementName.$": str,
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
    },
    total=False,
)
DisassociateFleetParameters = TypedDict(
    "DisassociateFleetParameters",
    {"FleetName": S, "FleetName.$": str, "StackName": S, "StackName.$": str},
    total=False,
)
DisassociateSoftwareFromImageBuilderParameters = TypedDict(
    "DisassociateSoftwareFromImageBuilderParameters",
    {
        "ImageBuilderName": S,
        "ImageBuilderName.$": str,
        "SoftwareNames": L[Si],
        "SoftwareNames.$": str,
    },
    total=False,
)
DrainSessionInstanceParameters = TypedDict(
    "DrainSessionInstanceParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
EnableUserParameters = TypedDict(
    "EnableUserParameters",
    {"UserName": S, "UserName.$": str, "AuthenticationType": S, "AuthenticationType.$": str},
    total=False,
)
ExpireSessionParameters = TypedDict(
    "ExpireSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetExportImageTaskParameters = TypedDict(
    "GetExportImageTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
ListAssociatedFleetsParameters = TypedDict(
    "ListAssociatedFleetsParameters",
    {"StackName": S, "StackName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAssociatedStacksParameters = TypedDict(
    "ListAssociatedStacksParameters",
    {"FleetName": S, "FleetName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListEntitledApplicationsParameters = TypedDict(
    "ListEntitledApplicationsParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "EntitlementName": S,
        "EntitlementName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListExportImageTasksParameters = TypedDict(
    "ListExportImageTasksParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
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
StartAppBlockBuilderParameters = TypedDict(
    "StartAppBlockBuilderParameters", {"Name": S, "Name.$": str}, total=False
)
StartFleetParameters = TypedDict("StartFleetParameters", {"Name": S, "Name.$": str}, total=False)
StartImageBuilderParameters = TypedDict(
    "StartImageBuilderParameters",
    {"Name": S, "Name.$": str, "AppstreamAgentVersion": S, "AppstreamAgentVersion.$": str},
    total=False,
)
StartSoftwareDeploymentToImageBuilderParameters = TypedDict(
    "StartSoftwareDeploymentToImageBuilderParameters",
    {
        "ImageBuilderName": S,
        "ImageBuilderName.$": str,
        "RetryFailedDeployments": B,
        "RetryFailedDeployments.$": str,
    },
    total=False,
)
StopAppBlockBuilderParameters = TypedDict(
    "StopAppBlockBuilderParameters", {"Name": S, "Name.$": str}, total=False
)
StopFleetParameters = TypedDict("StopFleetParameters", {"Name": S, "Name.$": str}, total=False)
StopImageBuilderParameters = TypedDict(
    "StopImageBuilderParameters", {"Name": S, "Name.$": str}, total=False
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
UpdateAppBlockBuilderParameters = TypedDict(
    "UpdateAppBlockBuilderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Platform": S,
        "Platform.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "EnableDefaultInternetAccess": B,
        "EnableDefaultInternetAccess.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "AccessEndpoints": L[Xi[AccessEndpoint]],
        "AccessEndpoints.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
        "DisableIMDSV1": B,
        "DisableIMDSV1.$": str,
    },
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "IconS3Location": X[S3Location],
        "IconS3Location.$": str,
        "LaunchPath": S,
        "LaunchPath.$": str,
        "WorkingDirectory": S,
        "WorkingDirectory.$": str,
        "LaunchParameters": S,
        "LaunchParameters.$": str,
        "AppBlockArn": S,
        "AppBlockArn.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
    },
    total=False,
)
UpdateDirectoryConfigParameters = TypedDict(
    "UpdateDirectoryConfigParameters",
    {
        "DirectoryName": S,
        "DirectoryName.$": str,
        "OrganizationalUnitDistinguishedNames": L[Si],
        "OrganizationalUnitDistinguishedNames.$": str,
        "ServiceAccountCredentials": X[ServiceAccountCredentials],
        "ServiceAccountCredentials.$": str,
        "CertificateBasedAuthProperties": X[CertificateBasedAuthProperties],
        "CertificateBasedAuthProperties.$": str,
    },
    total=False,
)
UpdateEntitlementParameters = TypedDict(
    "UpdateEntitlementParameters",
    {
        "Name": S,
        "Name.$": str,
        "StackName": S,
        "StackName.$": str,
        "Description": S,
        "Description.$": str,
        "AppVisibility": S,
        "AppVisibility.$": str,
        "Attributes": L[Xi[EntitlementAttribute]],
        "Attributes.$": str,
    },
    total=False,
)
UpdateFleetParameters = TypedDict(
    "UpdateFleetParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "ImageArn": S,
        "ImageArn.$": str,
        "Name": S,
        "Name.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "ComputeCapacity": X[ComputeCapacity],
        "ComputeCapacity.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "MaxUserDurationInSeconds": I,
        "MaxUserDurationInSeconds.$": str,
        "DisconnectTimeoutInSeconds": I,
        "DisconnectTimeoutInSeconds.$": str,
        "DeleteVpcConfig": B,
        "DeleteVpcConfig.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EnableDefaultInternetAccess": B,
        "EnableDefaultInternetAccess.$": str,
        "DomainJoinInfo": X[DomainJoinInfo],
        "DomainJoinInfo.$": str,
        "IdleDisconnectTimeoutInSeconds": I,
        "IdleDisconnectTimeoutInSeconds.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "StreamView": S,
        "StreamView.$": str,
        "Platform": S,
        "Platform.$": str,
        "MaxConcurrentSessions": I,
        "MaxConcurrentSessions.$": str,
        "UsbDeviceFilterStrings": L[Si],
        "UsbDeviceFilterStrings.$": str,
        "SessionScriptS3Location": X[S3Location],
        "SessionScriptS3Location.$": str,
        "MaxSessionsPerInstance": I,
        "MaxSessionsPerInstance.$": str,
        "RootVolumeConfig": X[VolumeConfig],
        "RootVolumeConfig.$": str,
        "DisableIMDSV1": B,
        "DisableIMDSV1.$": str,
    },
    total=False,
)

class ImageBuilderAgentAccessConfigForUpdate(TypedDict, total=False):
    Settings: L[Xi[AgentAccessSetting]]
    S3BucketArn: S
    ScreenshotsUploadEnabled: B
    ScreenResolution: S
    ScreenImageFormat: S
    UserControlMode: S

UpdateImageBuilderParameters = TypedDict(
    "UpdateImageBuilderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "AgentAccessConfig": X[ImageBuilderAgentAccessConfigForUpdate],
        "AgentAccessConfig.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
    },
    total=False,
)

class ImagePermissions(TypedDict, total=False):
    AllowFleet: B
    AllowImageBuilder: B

UpdateImagePermissionsParameters = TypedDict(
    "UpdateImagePermissionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "SharedAccountId": S,
        "SharedAccountId.$": str,
        "ImagePermissions": X[ImagePermissions],
        "ImagePermissions.$": str,
    },
    total=False,
)

class AgentAccessConfigForUpdate(TypedDict, total=False):
    Settings: L[Xi[AgentAccessSetting]]
    S3BucketArn: S
    ScreenshotsUploadEnabled: B
    ReplaySessionEnabled: B
    KmsKeyArn: S
    ScreenResolution: S
    ScreenImageFormat: S
    UserControlMode: S

UpdateStackParameters = TypedDict(
    "UpdateStackParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "StorageConnectors": L[Xi[StorageConnector]],
        "StorageConnectors.$": str,
        "DeleteStorageConnectors": B,
        "DeleteStorageConnectors.$": str,
        "RedirectURL": S,
        "RedirectURL.$": str,
        "FeedbackURL": S,
        "FeedbackURL.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
        "UserSettings": L[Xi[UserSetting]],
        "UserSettings.$": str,
        "ApplicationSettings": X[ApplicationSettings],
        "ApplicationSettings.$": str,
        "AccessEndpoints": L[Xi[AccessEndpoint]],
        "AccessEndpoints.$": str,
        "EmbedHostDomains": L[Si],
        "EmbedHostDomains.$": str,
        "StreamingExperienceSettings": X[StreamingExperienceSettings],
        "StreamingExperienceSettings.$": str,
        "ContentRedirection": X[ContentRedirection],
        "ContentRedirection.$": str,
        "WebAuthnRedirection": X[WebAuthnRedirection],
        "WebAuthnRedirection.$": str,
        "AgentAccessConfig": X[AgentAccessConfigForUpdate],
        "AgentAccessConfig.$": str,
        "StorageConnectorAuthentication": S,
        "StorageConnectorAuthentication.$": str,
    },
    total=False,
)
UpdateThemeForStackParameters = TypedDict(
    "UpdateThemeForStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "FooterLinks": L[Xi[ThemeFooterLink]],
        "FooterLinks.$": str,
        "TitleText": S,
        "TitleText.$": str,
        "ThemeStyling": S,
        "ThemeStyling.$": str,
        "OrganizationLogoS3Location": X[S3Location],
        "OrganizationLogoS3Location.$": str,
        "FaviconS3Location": X[S3Location],
        "FaviconS3Location.$": str,
        "State": S,
        "State.$": str,
        "AttributesToDelete": L[Si],
        "AttributesToDelete.$": str,
    },
    total=False,
)
associate_app_block_builder_app_block: Builder[AssociateAppBlockBuilderAppBlockParameters]
associate_application_fleet: Builder[AssociateApplicationFleetParameters]
associate_application_to_entitlement: Builder[AssociateApplicationToEntitlementParameters]
associate_fleet: Builder[AssociateFleetParameters]
associate_software_to_image_builder: Builder[AssociateSoftwareToImageBuilderParameters]
batch_associate_user_stack: Builder[BatchAssociateUserStackParameters]
batch_disassociate_user_stack: Builder[BatchDisassociateUserStackParameters]
copy_image: Builder[CopyImageParameters]
create_app_block: Builder[CreateAppBlockParameters]
create_app_block_builder: Builder[CreateAppBlockBuilderParameters]
create_app_block_builder_streaming_url: Builder[CreateAppBlockBuilderStreamingURLParameters]
create_application: Builder[CreateApplicationParameters]
create_directory_config: Builder[CreateDirectoryConfigParameters]
create_entitlement: Builder[CreateEntitlementParameters]
create_export_image_task: Builder[CreateExportImageTaskParameters]
create_fleet: Builder[CreateFleetParameters]
create_image_builder: Builder[CreateImageBuilderParameters]
create_image_builder_streaming_url: Builder[CreateImageBuilderStreamingURLParameters]
create_imported_image: Builder[CreateImportedImageParameters]
create_stack: Builder[CreateStackParameters]
create_streaming_url: Builder[CreateStreamingURLParameters]
create_theme_for_stack: Builder[CreateThemeForStackParameters]
create_updated_image: Builder[CreateUpdatedImageParameters]
create_usage_report_subscription: Builder[CreateUsageReportSubscriptionParameters]
create_user: Builder[CreateUserParameters]
delete_app_block: Builder[DeleteAppBlockParameters]
delete_app_block_builder: Builder[DeleteAppBlockBuilderParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_directory_config: Builder[DeleteDirectoryConfigParameters]
delete_entitlement: Builder[DeleteEntitlementParameters]
delete_fleet: Builder[DeleteFleetParameters]
delete_image: Builder[DeleteImageParameters]
delete_image_builder: Builder[DeleteImageBuilderParameters]
delete_image_permissions: Builder[DeleteImagePermissionsParameters]
delete_stack: Builder[DeleteStackParameters]
delete_theme_for_stack: Builder[DeleteThemeForStackParameters]
delete_usage_report_subscription: Builder[DeleteUsageReportSubscriptionParameters]
delete_user: Builder[DeleteUserParameters]
describe_app_block_builder_app_block_associations: Builder[
    DescribeAppBlockBuilderAppBlockAssociationsParameters
]
describe_app_block_builders: Builder[DescribeAppBlockBuildersParameters]
describe_app_blocks: Builder[DescribeAppBlocksParameters]
describe_app_license_usage: Builder[DescribeAppLicenseUsageParameters]
describe_application_fleet_associations: Builder[DescribeApplicationFleetAssociationsParameters]
describe_applications: Builder[DescribeApplicationsParameters]
describe_directory_configs: Builder[DescribeDirectoryConfigsParameters]
describe_entitlements: Builder[DescribeEntitlementsParameters]
describe_fleets: Builder[DescribeFleetsParameters]
describe_image_builders: Builder[DescribeImageBuildersParameters]
describe_image_permissions: Builder[DescribeImagePermissionsParameters]
describe_images: Builder[DescribeImagesParameters]
describe_sessions: Builder[DescribeSessionsParameters]
describe_software_associations: Builder[DescribeSoftwareAssociationsParameters]
describe_stacks: Builder[DescribeStacksParameters]
describe_theme_for_stack: Builder[DescribeThemeForStackParameters]
describe_usage_report_subscriptions: Builder[DescribeUsageReportSubscriptionsParameters]
describe_user_stack_associations: Builder[DescribeUserStackAssociationsParameters]
describe_users: Builder[DescribeUsersParameters]
disable_user: Builder[DisableUserParameters]
disassociate_app_block_builder_app_block: Builder[DisassociateAppBlockBuilderAppBlockParameters]
disassociate_application_fleet: Builder[DisassociateApplicationFleetParameters]
disassociate_application_from_entitlement: Builder[DisassociateApplicationFromEntitlementParameters]
disassociate_fleet: Builder[DisassociateFleetParameters]
disassociate_software_from_image_builder: Builder[DisassociateSoftwareFromImageBuilderParameters]
drain_session_instance: Builder[DrainSessionInstanceParameters]
enable_user: Builder[EnableUserParameters]
expire_session: Builder[ExpireSessionParameters]
get_export_image_task: Builder[GetExportImageTaskParameters]
list_associated_fleets: Builder[ListAssociatedFleetsParameters]
list_associated_stacks: Builder[ListAssociatedStacksParameters]
list_entitled_applications: Builder[ListEntitledApplicationsParameters]
list_export_image_tasks: Builder[ListExportImageTasksParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_app_block_builder: Builder[StartAppBlockBuilderParameters]
start_fleet: Builder[StartFleetParameters]
start_image_builder: Builder[StartImageBuilderParameters]
start_software_deployment_to_image_builder: Builder[StartSoftwareDeploymentToImageBuilderParameters]
stop_app_block_builder: Builder[StopAppBlockBuilderParameters]
stop_fleet: Builder[StopFleetParameters]
stop_image_builder: Builder[StopImageBuilderParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app_block_builder: Builder[UpdateAppBlockBuilderParameters]
update_application: Builder[UpdateApplicationParameters]
update_directory_config: Builder[UpdateDirectoryConfigParameters]
update_entitlement: Builder[UpdateEntitlementParameters]
update_fleet: Builder[UpdateFleetParameters]
update_image_builder: Builder[UpdateImageBuilderParameters]
update_image_permissions: Builder[UpdateImagePermissionsParameters]
update_stack: Builder[UpdateStackParameters]
update_theme_for_stack: Builder[UpdateThemeForStackParameters]

__all__ = [
    "associate_app_block_builder_app_block",
    "associate_application_fleet",
    "associate_application_to_entitlement",
    "associate_fleet",
    "associate_software_to_image_builder",
    "batch_associate_user_stack",
    "batch_disassociate_user_stack",
    "copy_image",
    "create_app_block",
    "create_app_block_builder",
    "create_app_block_builder_streaming_url",
    "create_application",
    "create_directory_config",
    "create_entitlement",
    "create_export_image_task",
    "create_fleet",
    "create_image_builder",
    "create_image_builder_streaming_url",
    "create_imported_image",
    "create_stack",
    "create_streaming_url",
    "create_theme_for_stack",
    "create_updated_image",
    "create_usage_report_subscription",
    "create_user",
    "delete_app_block",
    "delete_app_block_builder",
    "delete_application",
    "delete_directory_config",
    "delete_entitlement",
    "delete_fleet",
    "delete_image",
    "delete_image_builder",
    "delete_image_permissions",
    "delete_stack",
    "delete_theme_for_stack",
    "delete_usage_report_subscription",
    "delete_user",
    "describe_app_block_builder_app_block_associations",
    "describe_app_block_builders",
    "describe_app_blocks",
    "describe_app_license_usage",
    "describe_application_fleet_associations",
    "describe_applications",
    "describe_directory_configs",
    "describe_entitlements",
    "describe_fleets",
    "describe_image_builders",
    "describe_image_permissions",
    "describe_images",
    "describe_sessions",
    "describe_software_associations",
    "describe_stacks",
    "describe_theme_for_stack",
    "describe_usage_report_subscriptions",
    "describe_user_stack_associations",
    "describe_users",
    "disable_user",
    "disassociate_app_block_builder_app_block",
    "disassociate_application_fleet",
    "disassociate_application_from_entitlement",
    "disassociate_fleet",
    "disassociate_software_from_image_builder",
    "drain_session_instance",
    "enable_user",
    "expire_session",
    "get_export_image_task",
    "list_associated_fleets",
    "list_associated_stacks",
    "list_entitled_applications",
    "list_export_image_tasks",
    "list_tags_for_resource",
    "start_app_block_builder",
    "start_fleet",
    "start_image_builder",
    "start_software_deployment_to_image_builder",
    "stop_app_block_builder",
    "stop_fleet",
    "stop_image_builder",
    "tag_resource",
    "untag_resource",
    "update_app_block_builder",
    "update_application",
    "update_directory_config",
    "update_entitlement",
    "update_fleet",
    "update_image_builder",
    "update_image_permissions",
    "update_stack",
    "update_theme_for_stack",
]
