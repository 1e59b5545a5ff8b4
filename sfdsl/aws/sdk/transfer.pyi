"""Typed builders of the AWS SDK integration of transfer (``aws-sdk:transfer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, Ii, L, S, Si, T, X, Xi

class HomeDirectoryMapEntry(TypedDict, total=False):
    Entry: S
    Target: S
    Type: S

class PosixProfile(TypedDict, total=False):
    Uid: I
    Gid: I
    SecondaryGids: L[Ii]

CreateAccessParameters = TypedDict(
    "CreateAccessParameters",
    {
        "HomeDirectory": S,
        "HomeDirectory.$": str,
        "HomeDirectoryType": S,
        "HomeDirectoryType.$": str,
        "HomeDirectoryMappings": L[Xi[HomeDirectoryMapEntry]],
        "HomeDirectoryMappings.$": str,
        "Policy": S,
        "Policy.$": str,
        "PosixProfile": X[PosixProfile],
        "PosixProfile.$": str,
        "Role": S,
        "Role.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class CustomDirectoriesType(TypedDict, total=False):
    FailedFilesDirectory: S
    MdnFilesDirectory: S
    PayloadFilesDirectory: S
    StatusFilesDirectory: S
    TemporaryFilesDirectory: S

CreateAgreementParameters = TypedDict(
    "CreateAgreementParameters",
    {
        "Description": S,
        "Description.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "LocalProfileId": S,
        "LocalProfileId.$": str,
        "PartnerProfileId": S,
        "PartnerProfileId.$": str,
        "BaseDirectory": S,
        "BaseDirectory.$": str,
        "AccessRole": S,
        "AccessRole.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PreserveFilename": S,
        "PreserveFilename.$": str,
        "EnforceMessageSigning": S,
        "EnforceMessageSigning.$": str,
        "CustomDirectories": X[CustomDirectoriesType],
        "CustomDirectories.$": str,
    },
    total=False,
)

class As2AsyncMdnConnectorConfig(TypedDict, total=False):
    Url: S
    ServerIds: L[Si]

class As2ConnectorConfig(TypedDict, total=False):
    LocalProfileId: S
    PartnerProfileId: S
    MessageSubject: S
    Compression: S
    EncryptionAlgorithm: S
    SigningAlgorithm: S
    MdnSigningAlgorithm: S
    MdnResponse: S
    BasicAuthSecretId: S
    PreserveContentType: S
    AsyncMdnConfig: X[As2AsyncMdnConnectorConfig]

class SftpConnectorConfig(TypedDict, total=False):
    UserSecretId: S
    TrustedHostKeys: L[Si]
    MaxConcurrentConnections: I
    OrderedUserSecretVersionStages: L[Si]

class ConnectorVpcLatticeEgressConfig(TypedDict, total=False):
    ResourceConfigurationArn: S
    PortNumber: I

class ConnectorEgressConfig(TypedDict, total=False):
    VpcLattice: X[ConnectorVpcLatticeEgressConfig]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "Url": S,
        "Url.$": str,
        "As2Config": X[As2ConnectorConfig],
        "As2Config.$": str,
        "AccessRole": S,
        "AccessRole.$": str,
        "LoggingRole": S,
        "LoggingRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SftpConfig": X[SftpConnectorConfig],
        "SftpConfig.$": str,
        "SecurityPolicyName": S,
        "SecurityPolicyName.$": str,
        "EgressConfig": X[ConnectorEgressConfig],
        "EgressConfig.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)
CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "As2Id": S,
        "As2Id.$": str,
        "ProfileType": S,
        "ProfileType.$": str,
        "CertificateIds": L[Si],
        "CertificateIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EndpointDetails(TypedDict, total=False):
    AddressAllocationIds: L[Si]
    SubnetIds: L[Si]
    VpcEndpointId: S
    VpcId: S
    SecurityGroupIds: L[Si]

class IdentityProviderDetails(TypedDict, total=False):
    Url: S
    InvocationRole: S
    DirectoryId: S
    Function: S
    SftpAuthenticationMethods: S

class SftpPortWithOptions(TypedDict, total=False):
    SftpPort: I
    CommunicationMode: S

class ProxyConfig(TypedDict, total=False):
    SftpMode: S

class ProtocolDetails(TypedDict, total=False):
    PassiveIp: S
    TlsSessionResumptionMode: S
    SetStatOption: S
    SftpPorts: L[Xi[SftpPortWithOptions]]
    As2Transports: L[Si]
    ProxyConfig: X[ProxyConfig]

class WorkflowDetail(TypedDict, total=False):
    WorkflowId: S
    ExecutionRole: S

class WorkflowDetails(TypedDict, total=False):
    OnUpload: L[Xi[WorkflowDetail]]
    OnPartialUpload: L[Xi[WorkflowDetail]]

class S3StorageOptions(TypedDict, total=False):
    DirectoryListingOptimization: S

CreateServerParameters = TypedDict(
    "CreateServerParameters",
    {
        "Certificate": S,
        "Certificate.$": str,
        "Domain": S,
        "Domain.$": str,
        "EndpointDetails": X[EndpointDetails],
        "EndpointDetails.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "HostKey": S,
        "HostKey.$": str,
        "IdentityProviderDetails": X[IdentityProviderDetails],
        "IdentityProviderDetails.$": str,
        "IdentityProviderType": S,
        "IdentityProviderType.$": str,
        "LoggingRole": S,
        "LoggingRole.$": str,
        "PostAuthenticationLoginBanner": S,
        "PostAuthenticationLoginBanner.$": str,
        "PreAuthenticationLoginBanner": S,
        "PreAuthenticationLoginBanner.$": str,
        "Protocols": L[Si],
        "Protocols.$": str,
        "ProtocolDetails": X[ProtocolDetails],
        "ProtocolDetails.$": str,
        "SecurityPolicyName": S,
        "SecurityPolicyName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WorkflowDetails": X[WorkflowDetails],
        "WorkflowDetails.$": str,
        "StructuredLogDestinations": L[Si],
        "StructuredLogDestinations.$": str,
        "S3StorageOptions": X[S3StorageOptions],
        "S3StorageOptions.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "HostKeyStorageType": S,
        "HostKeyStorageType.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "HomeDirectory": S,
        "HomeDirectory.$": str,
        "HomeDirectoryType": S,
        "HomeDirectoryType.$": str,
        "HomeDirectoryMappings": L[Xi[HomeDirectoryMapEntry]],
        "HomeDirectoryMappings.$": str,
        "Policy": S,
        "Policy.$": str,
        "PosixProfile": X[PosixProfile],
        "PosixProfile.$": str,
        "Role": S,
        "Role.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "SshPublicKeyBody": S,
        "SshPublicKeyBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UserName": S,
        "UserName.$": str,
    },
    total=False,
)

class IdentityCenterConfig(TypedDict, total=False):
    InstanceArn: S
    Role: S

class WebAppIdentityProviderDetails(TypedDict, total=False):
    IdentityCenterConfig: X[IdentityCenterConfig]

class WebAppUnits(TypedDict, total=False):
    Provisioned: I

class WebAppVpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    VpcId: S
    SecurityGroupIds: L[Si]
    IpAddressType: S

class WebAppEndpointDetails(TypedDict, total=False):
    Vpc: X[WebAppVpcConfig]

CreateWebAppParameters = TypedDict(
    "CreateWebAppParameters",
    {
        "IdentityProviderDetails": X[WebAppIdentityProviderDetails],
        "IdentityProviderDetails.$": str,
        "AccessEndpoint": S,
        "AccessEndpoint.$": str,
        "WebAppUnits": X[WebAppUnits],
        "WebAppUnits.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WebAppEndpointPolicy": S,
        "WebAppEndpointPolicy.$": str,
        "EndpointDetails": X[WebAppEndpointDetails],
        "EndpointDetails.$": str,
    },
    total=False,
)

class S3InputFileLocation(TypedDict, total=False):
    Bucket: S
    Key: S

class EfsFileLocation(TypedDict, total=False):
    FileSystemId: S
    Path: S

class InputFileLocation(TypedDict, total=False):
    S3FileLocation: X[S3InputFileLocation]
    EfsFileLocation: X[EfsFileLocation]

class CopyStepDetails(TypedDict, total=False):
    Name: S
    DestinationFileLocation: X[InputFileLocation]
    OverwriteExisting: S
    SourceFileLocation: S

class CustomStepDetails(TypedDict, total=False):
    Name: S
    Target: S
    TimeoutSeconds: I
    SourceFileLocation: S

class DeleteStepDetails(TypedDict, total=False):
    Name: S
    SourceFileLocation: S

class S3Tag(TypedDict, total=False):
    Key: S
    Value: S

class TagStepDetails(TypedDict, total=False):
    Name: S
    Tags: L[Xi[S3Tag]]
    SourceFileLocation: S

class DecryptStepDetails(TypedDict, total=False):
    Name: S
    Type: S
    SourceFileLocation: S
    OverwriteExisting: S
    DestinationFileLocation: X[InputFileLocation]

class WorkflowStep(TypedDict, total=False):
    Type: S
    CopyStepDetails: X[CopyStepDetails]
    CustomStepDetails: X[CustomStepDetails]
    DeleteStepDetails: X[DeleteStepDetails]
    TagStepDetails: X[TagStepDetails]
    DecryptStepDetails: X[DecryptStepDetails]

CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Description": S,
        "Description.$": str,
        "Steps": L[Xi[WorkflowStep]],
        "Steps.$": str,
        "OnExceptionSteps": L[Xi[WorkflowStep]],
        "OnExceptionSteps.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StructuredLogDestinations": L[Si],
        "StructuredLogDestinations.$": str,
    },
    total=False,
)
DeleteAccessParameters = TypedDict(
    "DeleteAccessParameters",
    {"ServerId": S, "ServerId.$": str, "ExternalId": S, "ExternalId.$": str},
    total=False,
)
DeleteAgreementParameters = TypedDict(
    "DeleteAgreementParameters",
    {"AgreementId": S, "AgreementId.$": str, "ServerId": S, "ServerId.$": str},
    total=False,
)
DeleteCertificateParameters = TypedDict(
    "DeleteCertificateParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
DeleteHostKeyParameters = TypedDict(
    "DeleteHostKeyParameters",
    {"ServerId": S, "ServerId.$": str, "HostKeyId": S, "HostKeyId.$": str},
    total=False,
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DeleteServerParameters = TypedDict(
    "DeleteServerParameters", {"ServerId": S, "ServerId.$": str}, total=False
)
DeleteSshPublicKeyParameters = TypedDict(
    "DeleteSshPublicKeyParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "SshPublicKeyId": S,
        "SshPublicKeyId.$": str,
        "UserName": S,
        "UserName.$": str,
    },
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"ServerId": S, "ServerId.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
DeleteWebAppParameters = TypedDict(
    "DeleteWebAppParameters", {"WebAppId": S, "WebAppId.$": str}, total=False
)
DeleteWebAppCustomizationParameters = TypedDict(
    "DeleteWebAppCustomizationParameters", {"WebAppId": S, "WebAppId.$": str}, total=False
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters", {"WorkflowId": S, "WorkflowId.$": str}, total=False
)
DescribeAccessParameters = TypedDict(
    "DescribeAccessParameters",
    {"ServerId": S, "ServerId.$": str, "ExternalId": S, "ExternalId.$": str},
    total=False,
)
DescribeAgreementParameters = TypedDict(
    "DescribeAgreementParameters",
    {"AgreementId": S, "AgreementId.$": str, "ServerId": S, "ServerId.$": str},
    total=False,
)
DescribeCertificateParameters = TypedDict(
    "DescribeCertificateParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
DescribeConnectorParameters = TypedDict(
    "DescribeConnectorParameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
DescribeExecutionParameters = TypedDict(
    "DescribeExecutionParameters",
    {"ExecutionId": S, "ExecutionId.$": str, "WorkflowId": S, "WorkflowId.$": str},
    total=False,
)
DescribeHostKeyParameters = TypedDict(
    "DescribeHostKeyParameters",
    {"ServerId": S, "ServerId.$": str, "HostKeyId": S, "HostKeyId.$": str},
    total=False,
)
DescribeProfileParameters = TypedDict(
    "DescribeProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DescribeSecurityPolicyParameters = TypedDict(
    "DescribeSecurityPolicyParameters",
    {"SecurityPolicyName": S, "SecurityPolicyName.$": str},
    total=False,
)
DescribeServerParameters = TypedDict(
    "DescribeServerParameters", {"ServerId": S, "ServerId.$": str}, total=False
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {"ServerId": S, "ServerId.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
DescribeWebAppParameters = TypedDict(
    "DescribeWebAppParameters", {"WebAppId": S, "WebAppId.$": str}, total=False
)
DescribeWebAppCustomizationParameters = TypedDict(
    "DescribeWebAppCustomizationParameters", {"WebAppId": S, "WebAppId.$": str}, total=False
)
DescribeWorkflowParameters = TypedDict(
    "DescribeWorkflowParameters", {"WorkflowId": S, "WorkflowId.$": str}, total=False
)
ImportCertificateParameters = TypedDict(
    "ImportCertificateParameters",
    {
        "Usage": S,
        "Usage.$": str,
        "Certificate": S,
        "Certificate.$": str,
        "CertificateChain": S,
        "CertificateChain.$": str,
        "PrivateKey": S,
        "PrivateKey.$": str,
        "ActiveDate": T,
        "ActiveDate.$": str,
        "InactiveDate": T,
        "InactiveDate.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ImportHostKeyParameters = TypedDict(
    "ImportHostKeyParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "HostKeyBody": S,
        "HostKeyBody.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
    },
    total=False,
)
ImportSshPublicKeyParameters = TypedDict(
    "ImportSshPublicKeyParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "SshPublicKeyBody": S,
        "SshPublicKeyBody.$": str,
        "UserName": S,
        "UserName.$": str,
    },
    total=False,
)
ListAccessesParameters = TypedDict(
    "ListAccessesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerId": S,
        "ServerId.$": str,
    },
    total=False,
)
ListAgreementsParameters = TypedDict(
    "ListAgreementsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerId": S,
        "ServerId.$": str,
    },
    total=False,
)
ListCertificatesParameters = TypedDict(
    "ListCertificatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
    },
    total=False,
)
ListFileTransferResultsParameters = TypedDict(
    "ListFileTransferResultsParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "TransferId": S,
        "TransferId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHostKeysParameters = TypedDict(
    "ListHostKeysParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerId": S,
        "ServerId.$": str,
    },
    total=False,
)
ListProfilesParameters = TypedDict(
    "ListProfilesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProfileType": S,
        "ProfileType.$": str,
    },
    total=False,
)
ListSecurityPoliciesParameters = TypedDict(
    "ListSecurityPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServersParameters = TypedDict(
    "ListServersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerId": S,
        "ServerId.$": str,
    },
    total=False,
)
ListWebAppsParameters = TypedDict(
    "ListWebAppsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
SendWorkflowStepStateParameters = TypedDict(
    "SendWorkflowStepStateParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Token": S,
        "Token.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
StartDirectoryListingParameters = TypedDict(
    "StartDirectoryListingParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "RemoteDirectoryPath": S,
        "RemoteDirectoryPath.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "OutputDirectoryPath": S,
        "OutputDirectoryPath.$": str,
    },
    total=False,
)

class CustomHttpHeader(TypedDict, total=False):
    Key: S
    Value: S

StartFileTransferParameters = TypedDict(
    "StartFileTransferParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "SendFilePaths": L[Si],
        "SendFilePaths.$": str,
        "RetrieveFilePaths": L[Si],
        "RetrieveFilePaths.$": str,
        "LocalDirectoryPath": S,
        "LocalDirectoryPath.$": str,
        "RemoteDirectoryPath": S,
        "RemoteDirectoryPath.$": str,
        "CustomHttpHeaders": L[Xi[CustomHttpHeader]],
        "CustomHttpHeaders.$": str,
    },
    total=False,
)
StartRemoteDeleteParameters = TypedDict(
    "StartRemoteDeleteParameters",
    {"ConnectorId": S, "ConnectorId.$": str, "DeletePath": S, "DeletePath.$": str},
    total=False,
)
StartRemoteMoveParameters = TypedDict(
    "StartRemoteMoveParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "SourcePath": S,
        "SourcePath.$": str,
        "TargetPath": S,
        "TargetPath.$": str,
    },
    total=False,
)
StartServerParameters = TypedDict(
    "StartServerParameters", {"ServerId": S, "ServerId.$": str}, total=False
)
StopServerParameters = TypedDict(
    "StopServerParameters", {"ServerId": S, "ServerId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Arn": S, "Arn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestConnectionParameters = TypedDict(
    "TestConnectionParameters", {"ConnectorId": S, "ConnectorId.$": str}, total=False
)
TestIdentityProviderParameters = TypedDict(
    "TestIdentityProviderParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "ServerProtocol": S,
        "ServerProtocol.$": str,
        "SourceIp": S,
        "SourceIp.$": str,
        "UserName": S,
        "UserName.$": str,
        "UserPassword": S,
        "UserPassword.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAccessParameters = TypedDict(
    "UpdateAccessParameters",
    {
        "HomeDirectory": S,
        "HomeDirectory.$": str,
        "HomeDirectoryType": S,
        "HomeDirectoryType.$": str,
        "HomeDirectoryMappings": L[Xi[HomeDirectoryMapEntry]],
        "HomeDirectoryMappings.$": str,
        "Policy": S,
        "Policy.$": str,
        "PosixProfile": X[PosixProfile],
        "PosixProfile.$": str,
        "Role": S,
        "Role.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
    },
    total=False,
)
UpdateAgreementParameters = TypedDict(
    "UpdateAgreementParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "LocalProfileId": S,
        "LocalProfileId.$": str,
        "PartnerProfileId": S,
        "PartnerProfileId.$": str,
        "BaseDirectory": S,
        "BaseDirectory.$": str,
        "AccessRole": S,
        "AccessRole.$": str,
        "PreserveFilename": S,
        "PreserveFilename.$": str,
        "EnforceMessageSigning": S,
        "EnforceMessageSigning.$": str,
        "CustomDirectories": X[CustomDirectoriesType],
        "CustomDirectories.$": str,
    },
    total=False,
)
UpdateCertificateParameters = TypedDict(
    "UpdateCertificateParameters",
    {
        "CertificateId": S,
        "CertificateId.$": str,
        "ActiveDate": T,
        "ActiveDate.$": str,
        "InactiveDate": T,
        "InactiveDate.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class UpdateConnectorVpcLatticeEgressConfig(TypedDict, total=False):
    ResourceConfigurationArn: S
    PortNumber: I

class UpdateConnectorEgressConfig(TypedDict, total=False):
    VpcLattice: X[UpdateConnectorVpcLatticeEgressConfig]

UpdateConnectorParameters = TypedDict(
    "UpdateConnectorParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "Url": S,
        "Url.$": str,
        "As2Config": X[As2ConnectorConfig],
        "As2Config.$": str,
        "AccessRole": S,
        "AccessRole.$": str,
        "LoggingRole": S,
        "LoggingRole.$": str,
        "SftpConfig": X[SftpConnectorConfig],
        "SftpConfig.$": str,
        "SecurityPolicyName": S,
        "SecurityPolicyName.$": str,
        "EgressConfig": X[UpdateConnectorEgressConfig],
        "EgressConfig.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)
UpdateHostKeyParameters = TypedDict(
    "UpdateHostKeyParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "HostKeyId": S,
        "HostKeyId.$": str,
        "Description": S,
        "Description.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
    },
    total=False,
)
UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "CertificateIds": L[Si], "CertificateIds.$": str},
    total=False,
)
UpdateServerParameters = TypedDict(
    "UpdateServerParameters",
    {
        "Certificate": S,
        "Certificate.$": str,
        "ProtocolDetails": X[ProtocolDetails],
        "ProtocolDetails.$": str,
        "EndpointDetails": X[EndpointDetails],
        "EndpointDetails.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "HostKey": S,
        "HostKey.$": str,
        "IdentityProviderDetails": X[IdentityProviderDetails],
        "IdentityProviderDetails.$": str,
        "LoggingRole": S,
        "LoggingRole.$": str,
        "PostAuthenticationLoginBanner": S,
        "PostAuthenticationLoginBanner.$": str,
        "PreAuthenticationLoginBanner": S,
        "PreAuthenticationLoginBanner.$": str,
        "Protocols": L[Si],
        "Protocols.$": str,
        "SecurityPolicyName": S,
        "SecurityPolicyName.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "WorkflowDetails": X[WorkflowDetails],
        "WorkflowDetails.$": str,
        "StructuredLogDestinations": L[Si],
        "StructuredLogDestinations.$": str,
        "S3StorageOptions": X[S3StorageOptions],
        "S3StorageOptions.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IdentityProviderType": S,
        "IdentityProviderType.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "HomeDirectory": S,
        "HomeDirectory.$": str,
        "HomeDirectoryType": S,
        "HomeDirectoryType.$": str,
        "HomeDirectoryMappings": L[Xi[HomeDirectoryMapEntry]],
        "HomeDirectoryMappings.$": str,
        "Policy": S,
        "Policy.$": str,
        "PosixProfile": X[PosixProfile],
        "PosixProfile.$": str,
        "Role": S,
        "Role.$": str,
        "ServerId": S,
        "ServerId.$": str,
        "UserName": S,
        "UserName.$": str,
    },
    total=False,
)

class UpdateWebAppIdentityCenterConfig(TypedDict, total=False):
    Role: S

class UpdateWebAppIdentityProviderDetails(TypedDict, total=False):
    IdentityCenterConfig: X[UpdateWebAppIdentityCenterConfig]

class UpdateWebAppVpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    IpAddressType: S

class UpdateWebAppEndpointDetails(TypedDict, total=False):
    Vpc: X[UpdateWebAppVpcConfig]

UpdateWebAppParameters = TypedDict(
    "UpdateWebAppParameters",
    {
        "WebAppId": S,
        "WebAppId.$": str,
        "IdentityProviderDetails": X[UpdateWebAppIdentityProviderDetails],
        "IdentityProviderDetails.$": str,
        "AccessEndpoint": S,
        "AccessEndpoint.$": str,
        "WebAppUnits": X[WebAppUnits],
        "WebAppUnits.$": str,
        "EndpointDetails": X[UpdateWebAppEndpointDetails],
        "EndpointDetails.$": str,
    },
    total=False,
)
UpdateWebAppCustomizationParameters = TypedDict(
    "UpdateWebAppCustomizationParameters",
    {
        "WebAppId": S,
        "WebAppId.$": str,
        "Title": S,
        "Title.$": str,
        "LogoFile": S,
        "LogoFile.$": str,
        "FaviconFile": S,
        "FaviconFile.$": str,
    },
    total=False,
)
create_access: Builder[CreateAccessParameters]
create_agreement: Builder[CreateAgreementParameters]
create_connector: Builder[CreateConnectorParameters]
create_profile: Builder[CreateProfileParameters]
create_server: Builder[CreateServerParameters]
create_user: Builder[CreateUserParameters]
create_web_app: Builder[CreateWebAppParameters]
create_workflow: Builder[CreateWorkflowParameters]
delete_access: Builder[DeleteAccessParameters]
delete_agreement: Builder[DeleteAgreementParameters]
delete_certificate: Builder[DeleteCertificateParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_host_key: Builder[DeleteHostKeyParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_server: Builder[DeleteServerParameters]
delete_ssh_public_key: Builder[DeleteSshPublicKeyParameters]
delete_user: Builder[DeleteUserParameters]
delete_web_app: Builder[DeleteWebAppParameters]
delete_web_app_customization: Builder[DeleteWebAppCustomizationParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
describe_access: Builder[DescribeAccessParameters]
describe_agreement: Builder[DescribeAgreementParameters]
describe_certificate: Builder[DescribeCertificateParameters]
describe_connector: Builder[DescribeConnectorParameters]
describe_execution: Builder[DescribeExecutionParameters]
describe_host_key: Builder[DescribeHostKeyParameters]
describe_profile: Builder[DescribeProfileParameters]
describe_security_policy: Builder[DescribeSecurityPolicyParameters]
describe_server: Builder[DescribeServerParameters]
describe_user: Builder[DescribeUserParameters]
describe_web_app: Builder[DescribeWebAppParameters]
describe_web_app_customization: Builder[DescribeWebAppCustomizationParameters]
describe_workflow: Builder[DescribeWorkflowParameters]
import_certificate: Builder[ImportCertificateParameters]
import_host_key: Builder[ImportHostKeyParameters]
import_ssh_public_key: Builder[ImportSshPublicKeyParameters]
list_accesses: Builder[ListAccessesParameters]
list_agreements: Builder[ListAgreementsParameters]
list_certificates: Builder[ListCertificatesParameters]
list_connectors: Builder[ListConnectorsParameters]
list_executions: Builder[ListExecutionsParameters]
list_file_transfer_results: Builder[ListFileTransferResultsParameters]
list_host_keys: Builder[ListHostKeysParameters]
list_profiles: Builder[ListProfilesParameters]
list_security_policies: Builder[ListSecurityPoliciesParameters]
list_servers: Builder[ListServersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_users: Builder[ListUsersParameters]
list_web_apps: Builder[ListWebAppsParameters]
list_workflows: Builder[ListWorkflowsParameters]
send_workflow_step_state: Builder[SendWorkflowStepStateParameters]
start_directory_listing: Builder[StartDirectoryListingParameters]
start_file_transfer: Builder[StartFileTransferParameters]
start_remote_delete: Builder[StartRemoteDeleteParameters]
start_remote_move: Builder[StartRemoteMoveParameters]
start_server: Builder[StartServerParameters]
stop_server: Builder[StopServerParameters]
tag_resource: Builder[TagResourceParameters]
test_connection: Builder[TestConnectionParameters]
test_identity_provider: Builder[TestIdentityProviderParameters]
untag_resource: Builder[UntagResourceParameters]
update_access: Builder[UpdateAccessParameters]
update_agreement: Builder[UpdateAgreementParameters]
update_certificate: Builder[UpdateCertificateParameters]
update_connector: Builder[UpdateConnectorParameters]
update_host_key: Builder[UpdateHostKeyParameters]
update_profile: Builder[UpdateProfileParameters]
update_server: Builder[UpdateServerParameters]
update_user: Builder[UpdateUserParameters]
update_web_app: Builder[UpdateWebAppParameters]
update_web_app_customization: Builder[UpdateWebAppCustomizationParameters]

__all__ = [
    "create_access",
    "create_agreement",
    "create_connector",
    "create_profile",
    "create_server",
    "create_user",
    "create_web_app",
    "create_workflow",
    "delete_access",
    "delete_agreement",
    "delete_certificate",
    "delete_connector",
    "delete_host_key",
    "delete_profile",
    "delete_server",
    "delete_ssh_public_key",
    "delete_user",
    "delete_web_app",
    "delete_web_app_customization",
    "delete_workflow",
    "describe_access",
    "describe_agreement",
    "describe_certificate",
    "describe_connector",
    "describe_execution",
    "describe_host_key",
    "describe_profile",
    "describe_security_policy",
    "describe_server",
    "describe_user",
    "describe_web_app",
    "describe_web_app_customization",
    "describe_workflow",
    "import_certificate",
    "import_host_key",
    "import_ssh_public_key",
    "list_accesses",
    "list_agreements",
    "list_certificates",
    "list_connectors",
    "list_executions",
    "list_file_transfer_results",
    "list_host_keys",
    "list_profiles",
    "list_security_policies",
    "list_servers",
    "list_tags_for_resource",
    "list_users",
    "list_web_apps",
    "list_workflows",
    "send_workflow_step_state",
    "start_directory_listing",
    "start_file_transfer",
    "start_remote_delete",
    "start_remote_move",
    "start_server",
    "stop_server",
    "tag_resource",
    "test_connection",
    "test_identity_provider",
    "untag_resource",
    "update_access",
    "update_agreement",
    "update_certificate",
    "update_connector",
    "update_host_key",
    "update_profile",
    "update_server",
    "update_user",
    "update_web_app",
    "update_web_app_customization",
]
