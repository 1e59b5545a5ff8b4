"""Typed builders of the AWS SDK integration of iot (``aws-sdk:iot:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, Ii, L, M, S, Si, T, X, Xi

AcceptCertificateTransferParameters = TypedDict(
    "AcceptCertificateTransferParameters",
    {"CertificateId": S, "CertificateId.$": str, "SetAsActive": B, "SetAsActive.$": str},
    total=False,
)
AddThingToBillingGroupParameters = TypedDict(
    "AddThingToBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "BillingGroupArn": S,
        "BillingGroupArn.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ThingArn": S,
        "ThingArn.$": str,
    },
    total=False,
)
AddThingToThingGroupParameters = TypedDict(
    "AddThingToThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupArn": S,
        "ThingGroupArn.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ThingArn": S,
        "ThingArn.$": str,
        "OverrideDynamicGroups": B,
        "OverrideDynamicGroups.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    Version: S

class Sbom(TypedDict, total=False):
    S3Location: X[S3Location]

AssociateSbomWithPackageVersionParameters = TypedDict(
    "AssociateSbomWithPackageVersionParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Sbom": X[Sbom],
        "Sbom.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateTargetsWithJobParameters = TypedDict(
    "AssociateTargetsWithJobParameters",
    {
        "Targets": L[Si],
        "Targets.$": str,
        "JobId": S,
        "JobId.$": str,
        "Comment": S,
        "Comment.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
    },
    total=False,
)
AttachPolicyParameters = TypedDict(
    "AttachPolicyParameters",
    {"PolicyName": S, "PolicyName.$": str, "Target": S, "Target.$": str},
    total=False,
)
AttachPrincipalPolicyParameters = TypedDict(
    "AttachPrincipalPolicyParameters",
    {"PolicyName": S, "PolicyName.$": str, "Principal": S, "Principal.$": str},
    total=False,
)
AttachSecurityProfileParameters = TypedDict(
    "AttachSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "SecurityProfileTargetArn": S,
        "SecurityProfileTargetArn.$": str,
    },
    total=False,
)
AttachThingPrincipalParameters = TypedDict(
    "AttachThingPrincipalParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "Principal": S,
        "Principal.$": str,
        "ThingPrincipalType": S,
        "ThingPrincipalType.$": str,
    },
    total=False,
)
CancelAuditMitigationActionsTaskParameters = TypedDict(
    "CancelAuditMitigationActionsTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
CancelAuditTaskParameters = TypedDict(
    "CancelAuditTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
CancelCertificateTransferParameters = TypedDict(
    "CancelCertificateTransferParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
CancelDetectMitigationActionsTaskParameters = TypedDict(
    "CancelDetectMitigationActionsTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
CancelJobParameters = TypedDict(
    "CancelJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ReasonCode": S,
        "ReasonCode.$": str,
        "Comment": S,
        "Comment.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
CancelJobExecutionParameters = TypedDict(
    "CancelJobExecutionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "Force": B,
        "Force.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "StatusDetails": M[S],
        "StatusDetails.$": str,
    },
    total=False,
)

class ClearDefaultAuthorizerParameters(TypedDict, total=False): ...

ConfirmTopicRuleDestinationParameters = TypedDict(
    "ConfirmTopicRuleDestinationParameters",
    {"ConfirmationToken": S, "ConfirmationToken.$": str},
    total=False,
)

class PolicyVersionIdentifier(TypedDict, total=False):
    PolicyName: S
    PolicyVersionId: S

class IssuerCertificateIdentifier(TypedDict, total=False):
    IssuerCertificateSubject: S
    IssuerId: S
    IssuerCertificateSerialNumber: S

class ResourceIdentifier(TypedDict, total=False):
    DeviceCertificateId: S
    CaCertificateId: S
    CognitoIdentityPoolId: S
    ClientId: S
    PolicyVersionIdentifier: X[PolicyVersionIdentifier]
    Account: S
    IamRoleArn: S
    RoleAliasArn: S
    IssuerCertificateIdentifier: X[IssuerCertificateIdentifier]
    DeviceCertificateArn: S

CreateAuditSuppressionParameters = TypedDict(
    "CreateAuditSuppressionParameters",
    {
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
        "ExpirationDate": T,
        "ExpirationDate.$": str,
        "SuppressIndefinitely": B,
        "SuppressIndefinitely.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAuthorizerParameters = TypedDict(
    "CreateAuthorizerParameters",
    {
        "AuthorizerName": S,
        "AuthorizerName.$": str,
        "AuthorizerFunctionArn": S,
        "AuthorizerFunctionArn.$": str,
        "TokenKeyName": S,
        "TokenKeyName.$": str,
        "TokenSigningPublicKeys": M[S],
        "TokenSigningPublicKeys.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SigningDisabled": B,
        "SigningDisabled.$": str,
        "EnableCachingForHttp": B,
        "EnableCachingForHttp.$": str,
    },
    total=False,
)

class BillingGroupProperties(TypedDict, total=False):
    BillingGroupDescription: S

CreateBillingGroupParameters = TypedDict(
    "CreateBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "BillingGroupProperties": X[BillingGroupProperties],
        "BillingGroupProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCertificateFromCsrParameters = TypedDict(
    "CreateCertificateFromCsrParameters",
    {
        "CertificateSigningRequest": S,
        "CertificateSigningRequest.$": str,
        "SetAsActive": B,
        "SetAsActive.$": str,
    },
    total=False,
)
CreateCertificateProviderParameters = TypedDict(
    "CreateCertificateProviderParameters",
    {
        "CertificateProviderName": S,
        "CertificateProviderName.$": str,
        "LambdaFunctionArn": S,
        "LambdaFunctionArn.$": str,
        "AccountDefaultForOperations": L[Si],
        "AccountDefaultForOperations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CommandPayload(TypedDict, total=False):
    Content: S
    ContentType: S

class AwsJsonSubstitutionCommandPreprocessorConfig(TypedDict, total=False):
    OutputFormat: S

class CommandPreprocessor(TypedDict, total=False):
    AwsJsonSubstitution: X[AwsJsonSubstitutionCommandPreprocessorConfig]

class CommandParameterValue(TypedDict, total=False):
    S: S
    B: B
    I: I
    L: I
    D: F
    Bin: S
    Ul: S

class CommandParameterValueNumberRange(TypedDict, total=False):
    Min: S
    Max: S

class CommandParameterValueComparisonOperand(TypedDict, total=False):
    Number: S
    Numbers: L[Si]
    String: S
    Strings: L[Si]
    NumberRange: X[CommandParameterValueNumberRange]

class CommandParameterValueCondition(TypedDict, total=False):
    ComparisonOperator: S
    Operand: X[CommandParameterValueComparisonOperand]

class CommandParameter(TypedDict, total=False):
    Name: S
    Type: S
    Value: X[CommandParameterValue]
    DefaultValue: X[CommandParameterValue]
    ValueConditions: L[Xi[CommandParameterValueCondition]]
    Description: S

CreateCommandParameters = TypedDict(
    "CreateCommandParameters",
    {
        "CommandId": S,
        "CommandId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Payload": X[CommandPayload],
        "Payload.$": str,
        "PayloadTemplate": S,
        "PayloadTemplate.$": str,
        "Preprocessor": X[CommandPreprocessor],
        "Preprocessor.$": str,
        "MandatoryParameters": L[Xi[CommandParameter]],
        "MandatoryParameters.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomMetricParameters = TypedDict(
    "CreateCustomMetricParameters",
    {
        "MetricName": S,
        "MetricName.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "MetricType": S,
        "MetricType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateDimensionParameters = TypedDict(
    "CreateDimensionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "StringValues": L[Si],
        "StringValues.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class AuthorizerConfig(TypedDict, total=False):
    DefaultAuthorizerName: S
    AllowAuthorizerOverride: B

class TlsConfig(TypedDict, total=False):
    SecurityPolicy: S

class ServerCertificateConfig(TypedDict, total=False):
    EnableOCSPCheck: B
    OcspLambdaArn: S
    OcspAuthorizedResponderArn: S

class ClientCertificateConfig(TypedDict, total=False):
    ClientCertificateCallbackArn: S

CreateDomainConfigurationParameters = TypedDict(
    "CreateDomainConfigurationParameters",
    {
        "DomainConfigurationName": S,
        "DomainConfigurationName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "ServerCertificateArns": L[Si],
        "ServerCertificateArns.$": str,
        "ValidationCertificateArn": S,
        "ValidationCertificateArn.$": str,
        "AuthorizerConfig": X[AuthorizerConfig],
        "AuthorizerConfig.$": str,
        "ServiceType": S,
        "ServiceType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TlsConfig": X[TlsConfig],
        "TlsConfig.$": str,
        "ServerCertificateConfig": X[ServerCertificateConfig],
        "ServerCertificateConfig.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "ApplicationProtocol": S,
        "ApplicationProtocol.$": str,
        "ClientCertificateConfig": X[ClientCertificateConfig],
        "ClientCertificateConfig.$": str,
    },
    total=False,
)

class AttributePayload(TypedDict, total=False):
    Attributes: M[S]
    Merge: B

class ThingGroupProperties(TypedDict, total=False):
    ThingGroupDescription: S
    AttributePayload: X[AttributePayload]

CreateDynamicThingGroupParameters = TypedDict(
    "CreateDynamicThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupProperties": X[ThingGroupProperties],
        "ThingGroupProperties.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AggregationType(TypedDict, total=False):
    Name: S
    Values: L[Si]

CreateFleetMetricParameters = TypedDict(
    "CreateFleetMetricParameters",
    {
        "MetricName": S,
        "MetricName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationType": X[AggregationType],
        "AggregationType.$": str,
        "Period": I,
        "Period.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "Description": S,
        "Description.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "Unit": S,
        "Unit.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PresignedUrlConfig(TypedDict, total=False):
    RoleArn: S
    ExpiresInSec: I

class RateIncreaseCriteria(TypedDict, total=False):
    NumberOfNotifiedThings: I
    NumberOfSucceededThings: I

class ExponentialRolloutRate(TypedDict, total=False):
    BaseRatePerMinute: I
    IncrementFactor: F
    RateIncreaseCriteria: X[RateIncreaseCriteria]

class JobExecutionsRolloutConfig(TypedDict, total=False):
    MaximumPerMinute: I
    ExponentialRate: X[ExponentialRolloutRate]

class AbortCriteria(TypedDict, total=False):
    FailureType: S
    Action: S
    ThresholdPercentage: F
    MinNumberOfExecutedThings: I

class AbortConfig(TypedDict, total=False):
    CriteriaList: L[Xi[AbortCriteria]]

class TimeoutConfig(TypedDict, total=False):
    InProgressTimeoutInMinutes: I

class RetryCriteria(TypedDict, total=False):
    FailureType: S
    NumberOfRetries: I

class JobExecutionsRetryConfig(TypedDict, total=False):
    CriteriaList: L[Xi[RetryCriteria]]

class MaintenanceWindow(TypedDict, total=False):
    StartTime: S
    DurationInMinutes: I

class SchedulingConfig(TypedDict, total=False):
    StartTime: S
    EndTime: S
    EndBehavior: S
    MaintenanceWindows: L[Xi[MaintenanceWindow]]

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Targets": L[Si],
        "Targets.$": str,
        "DocumentSource": S,
        "DocumentSource.$": str,
        "Document": S,
        "Document.$": str,
        "Description": S,
        "Description.$": str,
        "PresignedUrlConfig": X[PresignedUrlConfig],
        "PresignedUrlConfig.$": str,
        "TargetSelection": S,
        "TargetSelection.$": str,
        "JobExecutionsRolloutConfig": X[JobExecutionsRolloutConfig],
        "JobExecutionsRolloutConfig.$": str,
        "AbortConfig": X[AbortConfig],
        "AbortConfig.$": str,
        "TimeoutConfig": X[TimeoutConfig],
        "TimeoutConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
        "JobTemplateArn": S,
        "JobTemplateArn.$": str,
        "JobExecutionsRetryConfig": X[JobExecutionsRetryConfig],
        "JobExecutionsRetryConfig.$": str,
        "DocumentParameters": M[S],
        "DocumentParameters.$": str,
        "SchedulingConfig": X[SchedulingConfig],
        "SchedulingConfig.$": str,
        "DestinationPackageVersions": L[Si],
        "DestinationPackageVersions.$": str,
    },
    total=False,
)
CreateJobTemplateParameters = TypedDict(
    "CreateJobTemplateParameters",
    {
        "JobTemplateId": S,
        "JobTemplateId.$": str,
        "JobArn": S,
        "JobArn.$": str,
        "DocumentSource": S,
        "DocumentSource.$": str,
        "Document": S,
        "Document.$": str,
        "Description": S,
        "Description.$": str,
        "PresignedUrlConfig": X[PresignedUrlConfig],
        "PresignedUrlConfig.$": str,
        "JobExecutionsRolloutConfig": X[JobExecutionsRolloutConfig],
        "JobExecutionsRolloutConfig.$": str,
        "AbortConfig": X[AbortConfig],
        "AbortConfig.$": str,
        "TimeoutConfig": X[TimeoutConfig],
        "TimeoutConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "JobExecutionsRetryConfig": X[JobExecutionsRetryConfig],
        "JobExecutionsRetryConfig.$": str,
        "MaintenanceWindows": L[Xi[MaintenanceWindow]],
        "MaintenanceWindows.$": str,
        "DestinationPackageVersions": L[Si],
        "DestinationPackageVersions.$": str,
    },
    total=False,
)
CreateKeysAndCertificateParameters = TypedDict(
    "CreateKeysAndCertificateParameters", {"SetAsActive": B, "SetAsActive.$": str}, total=False
)

class UpdateDeviceCertificateParams(TypedDict, total=False):
    Action: S

class UpdateCACertificateParams(TypedDict, total=False):
    Action: S

class AddThingsToThingGroupParams(TypedDict, total=False):
    ThingGroupNames: L[Si]
    OverrideDynamicGroups: B

class ReplaceDefaultPolicyVersionParams(TypedDict, total=False):
    TemplateName: S

class EnableIoTLoggingParams(TypedDict, total=False):
    RoleArnForLogging: S
    LogLevel: S

class PublishFindingToSnsParams(TypedDict, total=False):
    TopicArn: S

class MitigationActionParams(TypedDict, total=False):
    UpdateDeviceCertificateParams: X[UpdateDeviceCertificateParams]
    UpdateCACertificateParams: X[UpdateCACertificateParams]
    AddThingsToThingGroupParams: X[AddThingsToThingGroupParams]
    ReplaceDefaultPolicyVersionParams: X[ReplaceDefaultPolicyVersionParams]
    EnableIoTLoggingParams: X[EnableIoTLoggingParams]
    PublishFindingToSnsParams: X[PublishFindingToSnsParams]

CreateMitigationActionParameters = TypedDict(
    "CreateMitigationActionParameters",
    {
        "ActionName": S,
        "ActionName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ActionParams": X[MitigationActionParams],
        "ActionParams.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AwsJobRateIncreaseCriteria(TypedDict, total=False):
    NumberOfNotifiedThings: I
    NumberOfSucceededThings: I

class AwsJobExponentialRolloutRate(TypedDict, total=False):
    BaseRatePerMinute: I
    IncrementFactor: F
    RateIncreaseCriteria: X[AwsJobRateIncreaseCriteria]

class AwsJobExecutionsRolloutConfig(TypedDict, total=False):
    MaximumPerMinute: I
    ExponentialRate: X[AwsJobExponentialRolloutRate]

class AwsJobPresignedUrlConfig(TypedDict, total=False):
    ExpiresInSec: I

class AwsJobAbortCriteria(TypedDict, total=False):
    FailureType: S
    Action: S
    ThresholdPercentage: F
    MinNumberOfExecutedThings: I

class AwsJobAbortConfig(TypedDict, total=False):
    AbortCriteriaList: L[Xi[AwsJobAbortCriteria]]

class AwsJobTimeoutConfig(TypedDict, total=False):
    InProgressTimeoutInMinutes: I

class Stream(TypedDict, total=False):
    StreamId: S
    FileId: I

class FileLocation(TypedDict, total=False):
    Stream: X[Stream]
    S3Location: X[S3Location]

class SigningProfileParameter(TypedDict, total=False):
    CertificateArn: S
    Platform: S
    CertificatePathOnDevice: S

class S3Destination(TypedDict, total=False):
    Bucket: S
    Prefix: S

class Destination(TypedDict, total=False):
    S3Destination: X[S3Destination]

class StartSigningJobParameter(TypedDict, total=False):
    SigningProfileParameter: X[SigningProfileParameter]
    SigningProfileName: S
    Destination: X[Destination]

class CodeSigningSignature(TypedDict, total=False):
    InlineDocument: S

class CodeSigningCertificateChain(TypedDict, total=False):
    CertificateName: S
    InlineDocument: S

class CustomCodeSigning(TypedDict, total=False):
    Signature: X[CodeSigningSignature]
    CertificateChain: X[CodeSigningCertificateChain]
    HashAlgorithm: S
    SignatureAlgorithm: S

class CodeSigning(TypedDict, total=False):
    AwsSignerJobId: S
    StartSigningJobParameter: X[StartSigningJobParameter]
    CustomCodeSigning: X[CustomCodeSigning]

class OTAUpdateFile(TypedDict, total=False):
    FileName: S
    FileType: I
    FileVersion: S
    FileLocation: X[FileLocation]
    CodeSigning: X[CodeSigning]
    Attributes: M[S]

CreateOTAUpdateParameters = TypedDict(
    "CreateOTAUpdateParameters",
    {
        "OtaUpdateId": S,
        "OtaUpdateId.$": str,
        "Description": S,
        "Description.$": str,
        "Targets": L[Si],
        "Targets.$": str,
        "Protocols": L[Si],
        "Protocols.$": str,
        "TargetSelection": S,
        "TargetSelection.$": str,
        "AwsJobExecutionsRolloutConfig": X[AwsJobExecutionsRolloutConfig],
        "AwsJobExecutionsRolloutConfig.$": str,
        "AwsJobPresignedUrlConfig": X[AwsJobPresignedUrlConfig],
        "AwsJobPresignedUrlConfig.$": str,
        "AwsJobAbortConfig": X[AwsJobAbortConfig],
        "AwsJobAbortConfig.$": str,
        "AwsJobTimeoutConfig": X[AwsJobTimeoutConfig],
        "AwsJobTimeoutConfig.$": str,
        "Files": L[Xi[OTAUpdateFile]],
        "Files.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "AdditionalParameters": M[S],
        "AdditionalParameters.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePackageParameters = TypedDict(
    "CreatePackageParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PackageVersionArtifact(TypedDict, total=False):
    S3Location: X[S3Location]

CreatePackageVersionParameters = TypedDict(
    "CreatePackageVersionParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Artifact": X[PackageVersionArtifact],
        "Artifact.$": str,
        "Recipe": S,
        "Recipe.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePolicyVersionParameters = TypedDict(
    "CreatePolicyVersionParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "SetAsDefault": B,
        "SetAsDefault.$": str,
    },
    total=False,
)
CreateProvisioningClaimParameters = TypedDict(
    "CreateProvisioningClaimParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)

class ProvisioningHook(TypedDict, total=False):
    PayloadVersion: S
    TargetArn: S

CreateProvisioningTemplateParameters = TypedDict(
    "CreateProvisioningTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "Description": S,
        "Description.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ProvisioningRoleArn": S,
        "ProvisioningRoleArn.$": str,
        "PreProvisioningHook": X[ProvisioningHook],
        "PreProvisioningHook.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
CreateProvisioningTemplateVersionParameters = TypedDict(
    "CreateProvisioningTemplateVersionParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "SetAsDefault": B,
        "SetAsDefault.$": str,
    },
    total=False,
)
CreateRoleAliasParameters = TypedDict(
    "CreateRoleAliasParameters",
    {
        "RoleAlias": S,
        "RoleAlias.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "CredentialDurationSeconds": I,
        "CredentialDurationSeconds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateScheduledAuditParameters = TypedDict(
    "CreateScheduledAuditParameters",
    {
        "Frequency": S,
        "Frequency.$": str,
        "DayOfMonth": S,
        "DayOfMonth.$": str,
        "DayOfWeek": S,
        "DayOfWeek.$": str,
        "TargetCheckNames": L[Si],
        "TargetCheckNames.$": str,
        "ScheduledAuditName": S,
        "ScheduledAuditName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MetricDimension(TypedDict, total=False):
    DimensionName: S
    Operator: S

class MetricValue(TypedDict, total=False):
    Count: I
    Cidrs: L[Si]
    Ports: L[Ii]
    Number: F
    Numbers: L[Fi]
    Strings: L[Si]

class StatisticalThreshold(TypedDict, total=False):
    Statistic: S

class MachineLearningDetectionConfig(TypedDict, total=False):
    ConfidenceLevel: S

class BehaviorCriteria(TypedDict, total=False):
    ComparisonOperator: S
    Value: X[MetricValue]
    DurationSeconds: I
    ConsecutiveDatapointsToAlarm: I
    ConsecutiveDatapointsToClear: I
    StatisticalThreshold: X[StatisticalThreshold]
    MlDetectionConfig: X[MachineLearningDetectionConfig]

class Behavior(TypedDict, total=False):
    Name: S
    Metric: S
    MetricDimension: X[MetricDimension]
    Criteria: X[BehaviorCriteria]
    SuppressAlerts: B
    ExportMetric: B

class AlertTarget(TypedDict, total=False):
    AlertTargetArn: S
    RoleArn: S

class MetricToRetain(TypedDict, total=False):
    Metric: S
    MetricDimension: X[MetricDimension]
    ExportMetric: B

class MetricsExportConfig(TypedDict, total=False):
    MqttTopic: S
    RoleArn: S

CreateSecurityProfileParameters = TypedDict(
    "CreateSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "SecurityProfileDescription": S,
        "SecurityProfileDescription.$": str,
        "Behaviors": L[Xi[Behavior]],
        "Behaviors.$": str,
        "AlertTargets": M[X[AlertTarget]],
        "AlertTargets.$": str,
        "AdditionalMetricsToRetain": L[Si],
        "AdditionalMetricsToRetain.$": str,
        "AdditionalMetricsToRetainV2": L[Xi[MetricToRetain]],
        "AdditionalMetricsToRetainV2.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MetricsExportConfig": X[MetricsExportConfig],
        "MetricsExportConfig.$": str,
    },
    total=False,
)

class StreamFile(TypedDict, total=False):
    FileId: I
    S3Location: X[S3Location]

CreateStreamParameters = TypedDict(
    "CreateStreamParameters",
    {
        "StreamId": S,
        "StreamId.$": str,
        "Description": S,
        "Description.$": str,
        "Files": L[Xi[StreamFile]],
        "Files.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateThingParameters = TypedDict(
    "CreateThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "ThingTypeName": S,
        "ThingTypeName.$": str,
        "AttributePayload": X[AttributePayload],
        "AttributePayload.$": str,
        "BillingGroupName": S,
        "BillingGroupName.$": str,
    },
    total=False,
)
CreateThingGroupParameters = TypedDict(
    "CreateThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ParentGroupName": S,
        "ParentGroupName.$": str,
        "ThingGroupProperties": X[ThingGroupProperties],
        "ThingGroupProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PropagatingAttribute(TypedDict, total=False):
    UserPropertyKey: S
    ThingAttribute: S
    ConnectionAttribute: S

class Mqtt5Configuration(TypedDict, total=False):
    PropagatingAttributes: L[Xi[PropagatingAttribute]]

class ThingTypeProperties(TypedDict, total=False):
    ThingTypeDescription: S
    SearchableAttributes: L[Si]
    Mqtt5Configuration: X[Mqtt5Configuration]

CreateThingTypeParameters = TypedDict(
    "CreateThingTypeParameters",
    {
        "ThingTypeName": S,
        "ThingTypeName.$": str,
        "ThingTypeProperties": X[ThingTypeProperties],
        "ThingTypeProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DynamoDBAction(TypedDict, total=False):
    TableName: S
    RoleArn: S
    Operation: S
    HashKeyField: S
    HashKeyValue: S
    HashKeyType: S
    RangeKeyField: S
    RangeKeyValue: S
    RangeKeyType: S
    PayloadField: S

class PutItemInput(TypedDict, total=False):
    TableName: S

class DynamoDBv2Action(TypedDict, total=False):
    RoleArn: S
    PutItem: X[PutItemInput]

class LambdaAction(TypedDict, total=False):
    FunctionArn: S

class SnsAction(TypedDict, total=False):
    TargetArn: S
    RoleArn: S
    MessageFormat: S

class SqsAction(TypedDict, total=False):
    RoleArn: S
    QueueUrl: S
    UseBase64: B

class KinesisAction(TypedDict, total=False):
    RoleArn: S
    StreamName: S
    PartitionKey: S

class UserProperty(TypedDict, total=False):
    Key: S
    Value: S

class MqttHeaders(TypedDict, total=False):
    PayloadFormatIndicator: S
    ContentType: S
    ResponseTopic: S
    CorrelationData: S
    MessageExpiry: S
    UserProperties: L[Xi[UserProperty]]

class RepublishAction(TypedDict, total=False):
    RoleArn: S
    Topic: S
    Qos: I
    Headers: X[MqttHeaders]

class S3Action(TypedDict, total=False):
    RoleArn: S
    BucketName: S
    Key: S
    CannedAcl: S

class FirehoseAction(TypedDict, total=False):
    RoleArn: S
    DeliveryStreamName: S
    Separator: S
    BatchMode: B

class CloudwatchMetricAction(TypedDict, total=False):
    RoleArn: S
    MetricNamespace: S
    MetricName: S
    MetricValue: S
    MetricUnit: S
    MetricTimestamp: S

class CloudwatchAlarmAction(TypedDict, total=False):
    RoleArn: S
    AlarmName: S
    StateReason: S
    StateValue: S

class CloudwatchLogsAction(TypedDict, total=False):
    RoleArn: S
    LogGroupName: S
    BatchMode: B

class ElasticsearchAction(TypedDict, total=False):
    RoleArn: S
    Endpoint: S
    Index: S
    Type: S
    Id: S

class SalesforceAction(TypedDict, total=False):
    Token: S
    Url: S

class IotAnalyticsAction(TypedDict, total=False):
    ChannelArn: S
    ChannelName: S
    BatchMode: B
    RoleArn: S

class IotEventsAction(TypedDict, total=False):
    InputName: S
    MessageId: S
    BatchMode: B
    RoleArn: S

class AssetPropertyVariant(TypedDict, total=False):
    StringValue: S
    IntegerValue: S
    DoubleValue: S
    BooleanValue: S

class AssetPropertyTimestamp(TypedDict, total=False):
    TimeInSeconds: S
    OffsetInNanos: S

class AssetPropertyValue(TypedDict, total=False):
    Value: X[AssetPropertyVariant]
    Timestamp: X[AssetPropertyTimestamp]
    Quality: S

class PutAssetPropertyValueEntry(TypedDict, total=False):
    EntryId: S
    AssetId: S
    PropertyId: S
    PropertyAlias: S
    PropertyValues: L[Xi[AssetPropertyValue]]

class IotSiteWiseAction(TypedDict, total=False):
    PutAssetPropertyValueEntries: L[Xi[PutAssetPropertyValueEntry]]
    RoleArn: S

class StepFunctionsAction(TypedDict, total=False):
    ExecutionNamePrefix: S
    StateMachineName: S
    RoleArn: S

class TimestreamDimension(TypedDict, total=False):
    Name: S
    Value: S

class TimestreamTimestamp(TypedDict, total=False):
    Value: S
    Unit: S

class TimestreamAction(TypedDict, total=False):
    RoleArn: S
    DatabaseName: S
    TableName: S
    Dimensions: L[Xi[TimestreamDimension]]
    Timestamp: X[TimestreamTimestamp]

class HttpActionHeader(TypedDict, total=False):
    Key: S
    Value: S

class SigV4Authorization(TypedDict, total=False):
    SigningRegion: S
    ServiceName: S
    RoleArn: S

class HttpAuthorization(TypedDict, total=False):
    Sigv4: X[SigV4Authorization]

class BatchConfig(TypedDict, total=False):
    MaxBatchOpenMs: I
    MaxBatchSize: I
    MaxBatchSizeBytes: I
    BatchAcrossTopics: B

class HttpAction(TypedDict, total=False):
    Url: S
    ConfirmationUrl: S
    Headers: L[Xi[HttpActionHeader]]
    Auth: X[HttpAuthorization]
    EnableBatching: B
    BatchConfig: X[BatchConfig]

class KafkaActionHeader(TypedDict, total=False):
    Key: S
    Value: S

class KafkaAction(TypedDict, total=False):
    DestinationArn: S
    Topic: S
    Key: S
    Partition: S
    ClientProperties: M[S]
    Headers: L[Xi[KafkaActionHeader]]

class OpenSearchAction(TypedDict, total=False):
    RoleArn: S
    Endpoint: S
    Index: S
    Type: S
    Id: S

class LocationTimestamp(TypedDict, total=False):
    Value: S
    Unit: S

class LocationAction(TypedDict, total=False):
    RoleArn: S
    TrackerName: S
    DeviceId: S
    Timestamp: X[LocationTimestamp]
    Latitude: S
    Longitude: S

class InfluxDBBatchConfig(TypedDict, total=False):
    MaxBatchSize: I
    MaxBatchOpenMs: I
    MaxBatchSizeBytes: I
    BatchAcrossTopics: B

class InfluxDBAction(TypedDict, total=False):
    DestinationArn: S
    RoleArn: S
    DatabaseName: S
    TableName: S
    Organization: S
    Tags: M[S]
    TimestampUnit: S
    BatchConfig: X[InfluxDBBatchConfig]

class Action(TypedDict, total=False):
    DynamoDB: X[DynamoDBAction]
    DynamoDBv2: X[DynamoDBv2Action]
    Lambda: X[LambdaAction]
    Sns: X[SnsAction]
    Sqs: X[SqsAction]
    Kinesis: X[KinesisAction]
    Republish: X[RepublishAction]
    S3: X[S3Action]
    Firehose: X[FirehoseAction]
    CloudwatchMetric: X[CloudwatchMetricAction]
    CloudwatchAlarm: X[CloudwatchAlarmAction]
    CloudwatchLogs: X[CloudwatchLogsAction]
    Elasticsearch: X[ElasticsearchAction]
    Salesforce: X[SalesforceAction]
    IotAnalytics: X[IotAnalyticsAction]
    IotEvents: X[IotEventsAction]
    IotSiteWise: X[IotSiteWiseAction]
    StepFunctions: X[StepFunctionsAction]
    Timestream: X[TimestreamAction]
    Http: X[HttpAction]
    Kafka: X[KafkaAction]
    OpenSearch: X[OpenSearchAction]
    Location: X[LocationAction]
    InfluxDB: X[InfluxDBAction]

class TopicRulePayload(TypedDict, total=False):
    Sql: S
    Description: S
    Actions: L[Xi[Action]]
    RuleDisabled: B
    AwsIotSqlVersion: S
    ErrorAction: X[Action]

CreateTopicRuleParameters = TypedDict(
    "CreateTopicRuleParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "TopicRulePayload": X[TopicRulePayload],
        "TopicRulePayload.$": str,
        "Tags": S,
        "Tags.$": str,
    },
    total=False,
)

class HttpUrlDestinationConfiguration(TypedDict, total=False):
    ConfirmationUrl: S

class VpcDestinationConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroups: L[Si]
    VpcId: S
    RoleArn: S

class InfluxDBDestinationConfiguration(TypedDict, total=False):
    Endpoint: S
    InfluxDBVersion: S
    SecretId: S
    SecretType: S
    SecretKey: S

class TopicRuleDestinationConfiguration(TypedDict, total=False):
    HttpUrlConfiguration: X[HttpUrlDestinationConfiguration]
    VpcConfiguration: X[VpcDestinationConfiguration]
    InfluxDBConfiguration: X[InfluxDBDestinationConfiguration]

CreateTopicRuleDestinationParameters = TypedDict(
    "CreateTopicRuleDestinationParameters",
    {
        "DestinationConfiguration": X[TopicRuleDestinationConfiguration],
        "DestinationConfiguration.$": str,
    },
    total=False,
)
DeleteAccountAuditConfigurationParameters = TypedDict(
    "DeleteAccountAuditConfigurationParameters",
    {"DeleteScheduledAudits": B, "DeleteScheduledAudits.$": str},
    total=False,
)
DeleteAuditSuppressionParameters = TypedDict(
    "DeleteAuditSuppressionParameters",
    {
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
    },
    total=False,
)
DeleteAuthorizerParameters = TypedDict(
    "DeleteAuthorizerParameters", {"AuthorizerName": S, "AuthorizerName.$": str}, total=False
)
DeleteBillingGroupParameters = TypedDict(
    "DeleteBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
    },
    total=False,
)
DeleteCACertificateParameters = TypedDict(
    "DeleteCACertificateParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
DeleteCertificateParameters = TypedDict(
    "DeleteCertificateParameters",
    {"CertificateId": S, "CertificateId.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DeleteCertificateProviderParameters = TypedDict(
    "DeleteCertificateProviderParameters",
    {"CertificateProviderName": S, "CertificateProviderName.$": str},
    total=False,
)
DeleteCommandParameters = TypedDict(
    "DeleteCommandParameters", {"CommandId": S, "CommandId.$": str}, total=False
)
DeleteCommandExecutionParameters = TypedDict(
    "DeleteCommandExecutionParameters",
    {"ExecutionId": S, "ExecutionId.$": str, "TargetArn": S, "TargetArn.$": str},
    total=False,
)
DeleteCustomMetricParameters = TypedDict(
    "DeleteCustomMetricParameters", {"MetricName": S, "MetricName.$": str}, total=False
)
DeleteDimensionParameters = TypedDict(
    "DeleteDimensionParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDomainConfigurationParameters = TypedDict(
    "DeleteDomainConfigurationParameters",
    {"DomainConfigurationName": S, "DomainConfigurationName.$": str},
    total=False,
)
DeleteDynamicThingGroupParameters = TypedDict(
    "DeleteDynamicThingGroupParameters",
    {"ThingGroupName": S, "ThingGroupName.$": str, "ExpectedVersion": I, "ExpectedVersion.$": str},
    total=False,
)
DeleteFleetMetricParameters = TypedDict(
    "DeleteFleetMetricParameters",
    {"MetricName": S, "MetricName.$": str, "ExpectedVersion": I, "ExpectedVersion.$": str},
    total=False,
)
DeleteJobParameters = TypedDict(
    "DeleteJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Force": B,
        "Force.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
    },
    total=False,
)
DeleteJobExecutionParameters = TypedDict(
    "DeleteJobExecutionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ExecutionNumber": I,
        "ExecutionNumber.$": str,
        "Force": B,
        "Force.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
    },
    total=False,
)
DeleteJobTemplateParameters = TypedDict(
    "DeleteJobTemplateParameters", {"JobTemplateId": S, "JobTemplateId.$": str}, total=False
)
DeleteMitigationActionParameters = TypedDict(
    "DeleteMitigationActionParameters", {"ActionName": S, "ActionName.$": str}, total=False
)
DeleteOTAUpdateParameters = TypedDict(
    "DeleteOTAUpdateParameters",
    {
        "OtaUpdateId": S,
        "OtaUpdateId.$": str,
        "DeleteStream": B,
        "DeleteStream.$": str,
        "ForceDeleteAWSJob": B,
        "ForceDeleteAWSJob.$": str,
    },
    total=False,
)
DeletePackageParameters = TypedDict(
    "DeletePackageParameters",
    {"PackageName": S, "PackageName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeletePackageVersionParameters = TypedDict(
    "DeletePackageVersionParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"PolicyName": S, "PolicyName.$": str}, total=False
)
DeletePolicyVersionParameters = TypedDict(
    "DeletePolicyVersionParameters",
    {"PolicyName": S, "PolicyName.$": str, "PolicyVersionId": S, "PolicyVersionId.$": str},
    total=False,
)
DeleteProvisioningTemplateParameters = TypedDict(
    "DeleteProvisioningTemplateParameters", {"TemplateName": S, "TemplateName.$": str}, total=False
)
DeleteProvisioningTemplateVersionParameters = TypedDict(
    "DeleteProvisioningTemplateVersionParameters",
    {"TemplateName": S, "TemplateName.$": str, "VersionId": I, "VersionId.$": str},
    total=False,
)

class DeleteRegistrationCodeParameters(TypedDict, total=False): ...

DeleteRoleAliasParameters = TypedDict(
    "DeleteRoleAliasParameters", {"RoleAlias": S, "RoleAlias.$": str}, total=False
)
DeleteScheduledAuditParameters = TypedDict(
    "DeleteScheduledAuditParameters",
    {"ScheduledAuditName": S, "ScheduledAuditName.$": str},
    total=False,
)
DeleteSecurityProfileParameters = TypedDict(
    "DeleteSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
    },
    total=False,
)
DeleteStreamParameters = TypedDict(
    "DeleteStreamParameters", {"StreamId": S, "StreamId.$": str}, total=False
)
DeleteThingParameters = TypedDict(
    "DeleteThingParameters",
    {"ThingName": S, "ThingName.$": str, "ExpectedVersion": I, "ExpectedVersion.$": str},
    total=False,
)
DeleteThingGroupParameters = TypedDict(
    "DeleteThingGroupParameters",
    {"ThingGroupName": S, "ThingGroupName.$": str, "ExpectedVersion": I, "ExpectedVersion.$": str},
    total=False,
)
DeleteThingTypeParameters = TypedDict(
    "DeleteThingTypeParameters", {"ThingTypeName": S, "ThingTypeName.$": str}, total=False
)
DeleteTopicRuleParameters = TypedDict(
    "DeleteTopicRuleParameters", {"RuleName": S, "RuleName.$": str}, total=False
)
DeleteTopicRuleDestinationParameters = TypedDict(
    "DeleteTopicRuleDestinationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteV2LoggingLevelParameters = TypedDict(
    "DeleteV2LoggingLevelParameters",
    {"TargetType": S, "TargetType.$": str, "TargetName": S, "TargetName.$": str},
    total=False,
)
DeprecateThingTypeParameters = TypedDict(
    "DeprecateThingTypeParameters",
    {"ThingTypeName": S, "ThingTypeName.$": str, "UndoDeprecate": B, "UndoDeprecate.$": str},
    total=False,
)

class DescribeAccountAuditConfigurationParameters(TypedDict, total=False): ...

DescribeAuditFindingParameters = TypedDict(
    "DescribeAuditFindingParameters", {"FindingId": S, "FindingId.$": str}, total=False
)
DescribeAuditMitigationActionsTaskParameters = TypedDict(
    "DescribeAuditMitigationActionsTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeAuditSuppressionParameters = TypedDict(
    "DescribeAuditSuppressionParameters",
    {
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
    },
    total=False,
)
DescribeAuditTaskParameters = TypedDict(
    "DescribeAuditTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeAuthorizerParameters = TypedDict(
    "DescribeAuthorizerParameters", {"AuthorizerName": S, "AuthorizerName.$": str}, total=False
)
DescribeBillingGroupParameters = TypedDict(
    "DescribeBillingGroupParameters",
    {"BillingGroupName": S, "BillingGroupName.$": str},
    total=False,
)
DescribeCACertificateParameters = TypedDict(
    "DescribeCACertificateParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
DescribeCertificateParameters = TypedDict(
    "DescribeCertificateParameters", {"CertificateId": S, "CertificateId.$": str}, total=False
)
DescribeCertificateProviderParameters = TypedDict(
    "DescribeCertificateProviderParameters",
    {"CertificateProviderName": S, "CertificateProviderName.$": str},
    total=False,
)
DescribeCustomMetricParameters = TypedDict(
    "DescribeCustomMetricParameters", {"MetricName": S, "MetricName.$": str}, total=False
)

class DescribeDefaultAuthorizerParameters(TypedDict, total=False): ...

DescribeDetectMitigationActionsTaskParameters = TypedDict(
    "DescribeDetectMitigationActionsTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeDimensionParameters = TypedDict(
    "DescribeDimensionParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeDomainConfigurationParameters = TypedDict(
    "DescribeDomainConfigurationParameters",
    {"DomainConfigurationName": S, "DomainConfigurationName.$": str},
    total=False,
)

class DescribeEncryptionConfigurationParameters(TypedDict, total=False): ...

DescribeEndpointParameters = TypedDict(
    "DescribeEndpointParameters", {"EndpointType": S, "EndpointType.$": str}, total=False
)

class DescribeEventConfigurationsParameters(TypedDict, total=False): ...

DescribeFleetMetricParameters = TypedDict(
    "DescribeFleetMetricParameters", {"MetricName": S, "MetricName.$": str}, total=False
)
DescribeIndexParameters = TypedDict(
    "DescribeIndexParameters", {"IndexName": S, "IndexName.$": str}, total=False
)
DescribeJobParameters = TypedDict(
    "DescribeJobParameters",
    {"JobId": S, "JobId.$": str, "BeforeSubstitution": B, "BeforeSubstitution.$": str},
    total=False,
)
DescribeJobExecutionParameters = TypedDict(
    "DescribeJobExecutionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ExecutionNumber": I,
        "ExecutionNumber.$": str,
    },
    total=False,
)
DescribeJobTemplateParameters = TypedDict(
    "DescribeJobTemplateParameters", {"JobTemplateId": S, "JobTemplateId.$": str}, total=False
)
DescribeManagedJobTemplateParameters = TypedDict(
    "DescribeManagedJobTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str, "TemplateVersion": S, "TemplateVersion.$": str},
    total=False,
)
DescribeMitigationActionParameters = TypedDict(
    "DescribeMitigationActionParameters", {"ActionName": S, "ActionName.$": str}, total=False
)
DescribeProvisioningTemplateParameters = TypedDict(
    "DescribeProvisioningTemplateParameters",
    {"TemplateName": S, "TemplateName.$": str},
    total=False,
)
DescribeProvisioningTemplateVersionParameters = TypedDict(
    "DescribeProvisioningTemplateVersionParameters",
    {"TemplateName": S, "TemplateName.$": str, "VersionId": I, "VersionId.$": str},
    total=False,
)
DescribeRoleAliasParameters = TypedDict(
    "DescribeRoleAliasParameters", {"RoleAlias": S, "RoleAlias.$": str}, total=False
)
DescribeScheduledAuditParameters = TypedDict(
    "DescribeScheduledAuditParameters",
    {"ScheduledAuditName": S, "ScheduledAuditName.$": str},
    total=False,
)
DescribeSecurityProfileParameters = TypedDict(
    "DescribeSecurityProfileParameters",
    {"SecurityProfileName": S, "SecurityProfileName.$": str},
    total=False,
)
DescribeStreamParameters = TypedDict(
    "DescribeStreamParameters", {"StreamId": S, "StreamId.$": str}, total=False
)
DescribeThingParameters = TypedDict(
    "DescribeThingParameters", {"ThingName": S, "ThingName.$": str}, total=False
)
DescribeThingGroupParameters = TypedDict(
    "DescribeThingGroupParameters", {"ThingGroupName": S, "ThingGroupName.$": str}, total=False
)
DescribeThingRegistrationTaskParameters = TypedDict(
    "DescribeThingRegistrationTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeThingTypeParameters = TypedDict(
    "DescribeThingTypeParameters", {"ThingTypeName": S, "ThingTypeName.$": str}, total=False
)
DetachPolicyParameters = TypedDict(
    "DetachPolicyParameters",
    {"PolicyName": S, "PolicyName.$": str, "Target": S, "Target.$": str},
    total=False,
)
DetachPrincipalPolicyParameters = TypedDict(
    "DetachPrincipalPolicyParameters",
    {"PolicyName": S, "PolicyName.$": str, "Principal": S, "Principal.$": str},
    total=False,
)
DetachSecurityProfileParameters = TypedDict(
    "DetachSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "SecurityProfileTargetArn": S,
        "SecurityProfileTargetArn.$": str,
    },
    total=False,
)
DetachThingPrincipalParameters = TypedDict(
    "DetachThingPrincipalParameters",
    {"ThingName": S, "ThingName.$": str, "Principal": S, "Principal.$": str},
    total=False,
)
DisableTopicRuleParameters = TypedDict(
    "DisableTopicRuleParameters", {"RuleName": S, "RuleName.$": str}, total=False
)
DisassociateSbomFromPackageVersionParameters = TypedDict(
    "DisassociateSbomFromPackageVersionParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
EnableTopicRuleParameters = TypedDict(
    "EnableTopicRuleParameters", {"RuleName": S, "RuleName.$": str}, total=False
)
GetBehaviorModelTrainingSummariesParameters = TypedDict(
    "GetBehaviorModelTrainingSummariesParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TermsAggregation(TypedDict, total=False):
    MaxBuckets: I

class BucketsAggregationType(TypedDict, total=False):
    TermsAggregation: X[TermsAggregation]

GetBucketsAggregationParameters = TypedDict(
    "GetBucketsAggregationParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
        "BucketsAggregationType": X[BucketsAggregationType],
        "BucketsAggregationType.$": str,
    },
    total=False,
)
GetCardinalityParameters = TypedDict(
    "GetCardinalityParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
    },
    total=False,
)
GetCommandParameters = TypedDict(
    "GetCommandParameters", {"CommandId": S, "CommandId.$": str}, total=False
)
GetCommandExecutionParameters = TypedDict(
    "GetCommandExecutionParameters",
    {
        "ExecutionId": S,
        "ExecutionId.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "IncludeResult": B,
        "IncludeResult.$": str,
    },
    total=False,
)
GetEffectivePoliciesParameters = TypedDict(
    "GetEffectivePoliciesParameters",
    {
        "Principal": S,
        "Principal.$": str,
        "CognitoIdentityPoolId": S,
        "CognitoIdentityPoolId.$": str,
        "ThingName": S,
        "ThingName.$": str,
    },
    total=False,
)

class GetIndexingConfigurationParameters(TypedDict, total=False): ...

GetJobDocumentParameters = TypedDict(
    "GetJobDocumentParameters",
    {"JobId": S, "JobId.$": str, "BeforeSubstitution": B, "BeforeSubstitution.$": str},
    total=False,
)

class GetLoggingOptionsParameters(TypedDict, total=False): ...

GetOTAUpdateParameters = TypedDict(
    "GetOTAUpdateParameters", {"OtaUpdateId": S, "OtaUpdateId.$": str}, total=False
)
GetPackageParameters = TypedDict(
    "GetPackageParameters", {"PackageName": S, "PackageName.$": str}, total=False
)

class GetPackageConfigurationParameters(TypedDict, total=False): ...

GetPackageVersionParameters = TypedDict(
    "GetPackageVersionParameters",
    {"PackageName": S, "PackageName.$": str, "VersionName": S, "VersionName.$": str},
    total=False,
)
GetPercentilesParameters = TypedDict(
    "GetPercentilesParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
        "Percents": L[Fi],
        "Percents.$": str,
    },
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"PolicyName": S, "PolicyName.$": str}, total=False
)
GetPolicyVersionParameters = TypedDict(
    "GetPolicyVersionParameters",
    {"PolicyName": S, "PolicyName.$": str, "PolicyVersionId": S, "PolicyVersionId.$": str},
    total=False,
)

class GetRegistrationCodeParameters(TypedDict, total=False): ...

GetStatisticsParameters = TypedDict(
    "GetStatisticsParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
    },
    total=False,
)
GetThingConnectivityDataParameters = TypedDict(
    "GetThingConnectivityDataParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "IncludeSocketInformation": B,
        "IncludeSocketInformation.$": str,
    },
    total=False,
)
GetTopicRuleParameters = TypedDict(
    "GetTopicRuleParameters", {"RuleName": S, "RuleName.$": str}, total=False
)
GetTopicRuleDestinationParameters = TypedDict(
    "GetTopicRuleDestinationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetV2LoggingOptionsParameters = TypedDict(
    "GetV2LoggingOptionsParameters", {"Verbose": B, "Verbose.$": str}, total=False
)
ListActiveViolationsParameters = TypedDict(
    "ListActiveViolationsParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "BehaviorCriteriaType": S,
        "BehaviorCriteriaType.$": str,
        "ListSuppressedAlerts": B,
        "ListSuppressedAlerts.$": str,
        "VerificationState": S,
        "VerificationState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAttachedPoliciesParameters = TypedDict(
    "ListAttachedPoliciesParameters",
    {
        "Target": S,
        "Target.$": str,
        "Recursive": B,
        "Recursive.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListAuditFindingsParameters = TypedDict(
    "ListAuditFindingsParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ListSuppressedFindings": B,
        "ListSuppressedFindings.$": str,
    },
    total=False,
)
ListAuditMitigationActionsExecutionsParameters = TypedDict(
    "ListAuditMitigationActionsExecutionsParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "ActionStatus": S,
        "ActionStatus.$": str,
        "FindingId": S,
        "FindingId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAuditMitigationActionsTasksParameters = TypedDict(
    "ListAuditMitigationActionsTasksParameters",
    {
        "AuditTaskId": S,
        "AuditTaskId.$": str,
        "FindingId": S,
        "FindingId.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
ListAuditSuppressionsParameters = TypedDict(
    "ListAuditSuppressionsParameters",
    {
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAuditTasksParameters = TypedDict(
    "ListAuditTasksParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "TaskType": S,
        "TaskType.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAuthorizersParameters = TypedDict(
    "ListAuthorizersParameters",
    {
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListBillingGroupsParameters = TypedDict(
    "ListBillingGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NamePrefixFilter": S,
        "NamePrefixFilter.$": str,
    },
    total=False,
)
ListCACertificatesParameters = TypedDict(
    "ListCACertificatesParameters",
    {
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
ListCertificateProvidersParameters = TypedDict(
    "ListCertificateProvidersParameters",
    {"NextToken": S, "NextToken.$": str, "AscendingOrder": B, "AscendingOrder.$": str},
    total=False,
)
ListCertificatesParameters = TypedDict(
    "ListCertificatesParameters",
    {
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListCertificatesByCAParameters = TypedDict(
    "ListCertificatesByCAParameters",
    {
        "CaCertificateId": S,
        "CaCertificateId.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)

class TimeFilter(TypedDict, total=False):
    After: S
    Before: S

ListCommandExecutionsParameters = TypedDict(
    "ListCommandExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Status": S,
        "Status.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StartedTimeFilter": X[TimeFilter],
        "StartedTimeFilter.$": str,
        "CompletedTimeFilter": X[TimeFilter],
        "CompletedTimeFilter.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "CommandArn": S,
        "CommandArn.$": str,
    },
    total=False,
)
ListCommandsParameters = TypedDict(
    "ListCommandsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "CommandParameterName": S,
        "CommandParameterName.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListCustomMetricsParameters = TypedDict(
    "ListCustomMetricsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDetectMitigationActionsExecutionsParameters = TypedDict(
    "ListDetectMitigationActionsExecutionsParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "ViolationId": S,
        "ViolationId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDetectMitigationActionsTasksParameters = TypedDict(
    "ListDetectMitigationActionsTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
ListDimensionsParameters = TypedDict(
    "ListDimensionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDomainConfigurationsParameters = TypedDict(
    "ListDomainConfigurationsParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "ServiceType": S,
        "ServiceType.$": str,
    },
    total=False,
)
ListFleetMetricsParameters = TypedDict(
    "ListFleetMetricsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIndicesParameters = TypedDict(
    "ListIndicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListJobExecutionsForJobParameters = TypedDict(
    "ListJobExecutionsForJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobExecutionsForThingParameters = TypedDict(
    "ListJobExecutionsForThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "Status": S,
        "Status.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
ListJobTemplatesParameters = TypedDict(
    "ListJobTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "TargetSelection": S,
        "TargetSelection.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupId": S,
        "ThingGroupId.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
    },
    total=False,
)
ListManagedJobTemplatesParameters = TypedDict(
    "ListManagedJobTemplatesParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMetricValuesParameters = TypedDict(
    "ListMetricValuesParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "DimensionName": S,
        "DimensionName.$": str,
        "DimensionValueOperator": S,
        "DimensionValueOperator.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMitigationActionsParameters = TypedDict(
    "ListMitigationActionsParameters",
    {
        "ActionType": S,
        "ActionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOTAUpdatesParameters = TypedDict(
    "ListOTAUpdatesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OtaUpdateStatus": S,
        "OtaUpdateStatus.$": str,
    },
    total=False,
)
ListOutgoingCertificatesParameters = TypedDict(
    "ListOutgoingCertificatesParameters",
    {
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListPackageVersionsParameters = TypedDict(
    "ListPackageVersionsParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPackagesParameters = TypedDict(
    "ListPackagesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListPolicyPrincipalsParameters = TypedDict(
    "ListPolicyPrincipalsParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListPolicyVersionsParameters = TypedDict(
    "ListPolicyVersionsParameters", {"PolicyName": S, "PolicyName.$": str}, total=False
)
ListPrincipalPoliciesParameters = TypedDict(
    "ListPrincipalPoliciesParameters",
    {
        "Principal": S,
        "Principal.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListPrincipalThingsParameters = TypedDict(
    "ListPrincipalThingsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Principal": S,
        "Principal.$": str,
    },
    total=False,
)
ListPrincipalThingsV2Parameters = TypedDict(
    "ListPrincipalThingsV2Parameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Principal": S,
        "Principal.$": str,
        "ThingPrincipalType": S,
        "ThingPrincipalType.$": str,
    },
    total=False,
)
ListProvisioningTemplateVersionsParameters = TypedDict(
    "ListProvisioningTemplateVersionsParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProvisioningTemplatesParameters = TypedDict(
    "ListProvisioningTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRelatedResourcesForAuditFindingParameters = TypedDict(
    "ListRelatedResourcesForAuditFindingParameters",
    {
        "FindingId": S,
        "FindingId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRoleAliasesParameters = TypedDict(
    "ListRoleAliasesParameters",
    {
        "PageSize": I,
        "PageSize.$": str,
        "Marker": S,
        "Marker.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListSbomValidationResultsParameters = TypedDict(
    "ListSbomValidationResultsParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "ValidationResult": S,
        "ValidationResult.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScheduledAuditsParameters = TypedDict(
    "ListScheduledAuditsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSecurityProfilesParameters = TypedDict(
    "ListSecurityProfilesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DimensionName": S,
        "DimensionName.$": str,
        "MetricName": S,
        "MetricName.$": str,
    },
    total=False,
)
ListSecurityProfilesForTargetParameters = TypedDict(
    "ListSecurityProfilesForTargetParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Recursive": B,
        "Recursive.$": str,
        "SecurityProfileTargetArn": S,
        "SecurityProfileTargetArn.$": str,
    },
    total=False,
)
ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AscendingOrder": B,
        "AscendingOrder.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTargetsForPolicyParameters = TypedDict(
    "ListTargetsForPolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListTargetsForSecurityProfileParameters = TypedDict(
    "ListTargetsForSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThingGroupsParameters = TypedDict(
    "ListThingGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ParentGroup": S,
        "ParentGroup.$": str,
        "NamePrefixFilter": S,
        "NamePrefixFilter.$": str,
        "Recursive": B,
        "Recursive.$": str,
    },
    total=False,
)
ListThingGroupsForThingParameters = TypedDict(
    "ListThingGroupsForThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThingPrincipalsParameters = TypedDict(
    "ListThingPrincipalsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ThingName": S,
        "ThingName.$": str,
    },
    total=False,
)
ListThingPrincipalsV2Parameters = TypedDict(
    "ListThingPrincipalsV2Parameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ThingPrincipalType": S,
        "ThingPrincipalType.$": str,
    },
    total=False,
)
ListThingRegistrationTaskReportsParameters = TypedDict(
    "ListThingRegistrationTaskReportsParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "ReportType": S,
        "ReportType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThingRegistrationTasksParameters = TypedDict(
    "ListThingRegistrationTasksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListThingTypesParameters = TypedDict(
    "ListThingTypesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ThingTypeName": S,
        "ThingTypeName.$": str,
    },
    total=False,
)
ListThingsParameters = TypedDict(
    "ListThingsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
        "ThingTypeName": S,
        "ThingTypeName.$": str,
        "UsePrefixAttributeValue": B,
        "UsePrefixAttributeValue.$": str,
    },
    total=False,
)
ListThingsInBillingGroupParameters = TypedDict(
    "ListThingsInBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListThingsInThingGroupParameters = TypedDict(
    "ListThingsInThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "Recursive": B,
        "Recursive.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTopicRuleDestinationsParameters = TypedDict(
    "ListTopicRuleDestinationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTopicRulesParameters = TypedDict(
    "ListTopicRulesParameters",
    {
        "Topic": S,
        "Topic.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RuleDisabled": B,
        "RuleDisabled.$": str,
    },
    total=False,
)
ListV2LoggingLevelsParameters = TypedDict(
    "ListV2LoggingLevelsParameters",
    {
        "TargetType": S,
        "TargetType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListViolationEventsParameters = TypedDict(
    "ListViolationEventsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "BehaviorCriteriaType": S,
        "BehaviorCriteriaType.$": str,
        "ListSuppressedAlerts": B,
        "ListSuppressedAlerts.$": str,
        "VerificationState": S,
        "VerificationState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutVerificationStateOnViolationParameters = TypedDict(
    "PutVerificationStateOnViolationParameters",
    {
        "ViolationId": S,
        "ViolationId.$": str,
        "VerificationState": S,
        "VerificationState.$": str,
        "VerificationStateDescription": S,
        "VerificationStateDescription.$": str,
    },
    total=False,
)

class RegistrationConfig(TypedDict, total=False):
    TemplateBody: S
    RoleArn: S
    TemplateName: S

RegisterCACertificateParameters = TypedDict(
    "RegisterCACertificateParameters",
    {
        "CaCertificate": S,
        "CaCertificate.$": str,
        "VerificationCertificate": S,
        "VerificationCertificate.$": str,
        "SetAsActive": B,
        "SetAsActive.$": str,
        "AllowAutoRegistration": B,
        "AllowAutoRegistration.$": str,
        "RegistrationConfig": X[RegistrationConfig],
        "RegistrationConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CertificateMode": S,
        "CertificateMode.$": str,
    },
    total=False,
)
RegisterCertificateParameters = TypedDict(
    "RegisterCertificateParameters",
    {
        "CertificatePem": S,
        "CertificatePem.$": str,
        "CaCertificatePem": S,
        "CaCertificatePem.$": str,
        "SetAsActive": B,
        "SetAsActive.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
RegisterCertificateWithoutCAParameters = TypedDict(
    "RegisterCertificateWithoutCAParameters",
    {"CertificatePem": S, "CertificatePem.$": str, "Status": S, "Status.$": str},
    total=False,
)
RegisterThingParameters = TypedDict(
    "RegisterThingParameters",
    {"TemplateBody": S, "TemplateBody.$": str, "Parameters": M[S], "Parameters.$": str},
    total=False,
)
RejectCertificateTransferParameters = TypedDict(
    "RejectCertificateTransferParameters",
    {"CertificateId": S, "CertificateId.$": str, "RejectReason": S, "RejectReason.$": str},
    total=False,
)
RemoveThingFromBillingGroupParameters = TypedDict(
    "RemoveThingFromBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "BillingGroupArn": S,
        "BillingGroupArn.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ThingArn": S,
        "ThingArn.$": str,
    },
    total=False,
)
RemoveThingFromThingGroupParameters = TypedDict(
    "RemoveThingFromThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupArn": S,
        "ThingGroupArn.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "ThingArn": S,
        "ThingArn.$": str,
    },
    total=False,
)
ReplaceTopicRuleParameters = TypedDict(
    "ReplaceTopicRuleParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "TopicRulePayload": X[TopicRulePayload],
        "TopicRulePayload.$": str,
    },
    total=False,
)
SearchIndexParameters = TypedDict(
    "SearchIndexParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
    },
    total=False,
)
SetDefaultAuthorizerParameters = TypedDict(
    "SetDefaultAuthorizerParameters", {"AuthorizerName": S, "AuthorizerName.$": str}, total=False
)
SetDefaultPolicyVersionParameters = TypedDict(
    "SetDefaultPolicyVersionParameters",
    {"PolicyName": S, "PolicyName.$": str, "PolicyVersionId": S, "PolicyVersionId.$": str},
    total=False,
)

class LoggingOptionsPayload(TypedDict, total=False):
    RoleArn: S
    LogLevel: S

SetLoggingOptionsParameters = TypedDict(
    "SetLoggingOptionsParameters",
    {"LoggingOptionsPayload": X[LoggingOptionsPayload], "LoggingOptionsPayload.$": str},
    total=False,
)

class LogTarget(TypedDict, total=False):
    TargetType: S
    TargetName: S

SetV2LoggingLevelParameters = TypedDict(
    "SetV2LoggingLevelParameters",
    {"LogTarget": X[LogTarget], "LogTarget.$": str, "LogLevel": S, "LogLevel.$": str},
    total=False,
)

class LogEventConfiguration(TypedDict, total=False):
    EventType: S
    LogLevel: S
    LogDestination: S

SetV2LoggingOptionsParameters = TypedDict(
    "SetV2LoggingOptionsParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "DefaultLogLevel": S,
        "DefaultLogLevel.$": str,
        "DisableAllLogs": B,
        "DisableAllLogs.$": str,
        "EventConfigurations": L[Xi[LogEventConfiguration]],
        "EventConfigurations.$": str,
    },
    total=False,
)

class AuditMitigationActionsTaskTarget(TypedDict, total=False):
    AuditTaskId: S
    FindingIds: L[Si]
    AuditCheckToReasonCodeFilter: M[L[Si]]

StartAuditMitigationActionsTaskParameters = TypedDict(
    "StartAuditMitigationActionsTaskParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "Target": X[AuditMitigationActionsTaskTarget],
        "Target.$": str,
        "AuditCheckToActionsMapping": M[L[Si]],
        "AuditCheckToActionsMapping.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class DetectMitigationActionsTaskTarget(TypedDict, total=False):
    ViolationIds: L[Si]
    SecurityProfileName: S
    BehaviorName: S

class ViolationEventOccurrenceRange(TypedDict, total=False):
    StartTime: T
    EndTime: T

StartDetectMitigationActionsTaskParameters = TypedDict(
    "StartDetectMitigationActionsTaskParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "Target": X[DetectMitigationActionsTaskTarget],
        "Target.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "ViolationEventOccurrenceRange": X[ViolationEventOccurrenceRange],
        "ViolationEventOccurrenceRange.$": str,
        "IncludeOnlyActiveViolations": B,
        "IncludeOnlyActiveViolations.$": str,
        "IncludeSuppressedAlerts": B,
        "IncludeSuppressedAlerts.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StartOnDemandAuditTaskParameters = TypedDict(
    "StartOnDemandAuditTaskParameters",
    {"TargetCheckNames": L[Si], "TargetCheckNames.$": str},
    total=False,
)
StartThingRegistrationTaskParameters = TypedDict(
    "StartThingRegistrationTaskParameters",
    {
        "TemplateBody": S,
        "TemplateBody.$": str,
        "InputFileBucket": S,
        "InputFileBucket.$": str,
        "InputFileKey": S,
        "InputFileKey.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
StopThingRegistrationTaskParameters = TypedDict(
    "StopThingRegistrationTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class AuthInfo(TypedDict, total=False):
    ActionType: S
    Resources: L[Si]

TestAuthorizationParameters = TypedDict(
    "TestAuthorizationParameters",
    {
        "Principal": S,
        "Principal.$": str,
        "CognitoIdentityPoolId": S,
        "CognitoIdentityPoolId.$": str,
        "AuthInfos": L[Xi[AuthInfo]],
        "AuthInfos.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "PolicyNamesToAdd": L[Si],
        "PolicyNamesToAdd.$": str,
        "PolicyNamesToSkip": L[Si],
        "PolicyNamesToSkip.$": str,
    },
    total=False,
)

class HttpContext(TypedDict, total=False):
    Headers: M[S]
    QueryString: S

class MqttContext(TypedDict, total=False):
    Username: S
    Password: S
    ClientId: S

class TlsContext(TypedDict, total=False):
    ServerName: S

TestInvokeAuthorizerParameters = TypedDict(
    "TestInvokeAuthorizerParameters",
    {
        "AuthorizerName": S,
        "AuthorizerName.$": str,
        "Token": S,
        "Token.$": str,
        "TokenSignature": S,
        "TokenSignature.$": str,
        "HttpContext": X[HttpContext],
        "HttpContext.$": str,
        "MqttContext": X[MqttContext],
        "MqttContext.$": str,
        "TlsContext": X[TlsContext],
        "TlsContext.$": str,
    },
    total=False,
)
TransferCertificateParameters = TypedDict(
    "TransferCertificateParameters",
    {
        "CertificateId": S,
        "CertificateId.$": str,
        "TargetAwsAccount": S,
        "TargetAwsAccount.$": str,
        "TransferMessage": S,
        "TransferMessage.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class AuditNotificationTarget(TypedDict, total=False):
    TargetArn: S
    RoleArn: S
    Enabled: B

class AuditCheckConfiguration(TypedDict, total=False):
    Enabled: B
    Configuration: M[S]

UpdateAccountAuditConfigurationParameters = TypedDict(
    "UpdateAccountAuditConfigurationParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "AuditNotificationTargetConfigurations": M[X[AuditNotificationTarget]],
        "AuditNotificationTargetConfigurations.$": str,
        "AuditCheckConfigurations": M[X[AuditCheckConfiguration]],
        "AuditCheckConfigurations.$": str,
    },
    total=False,
)
UpdateAuditSuppressionParameters = TypedDict(
    "UpdateAuditSuppressionParameters",
    {
        "CheckName": S,
        "CheckName.$": str,
        "ResourceIdentifier": X[ResourceIdentifier],
        "ResourceIdentifier.$": str,
        "ExpirationDate": T,
        "ExpirationDate.$": str,
        "SuppressIndefinitely": B,
        "SuppressIndefinitely.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAuthorizerParameters = TypedDict(
    "UpdateAuthorizerParameters",
    {
        "AuthorizerName": S,
        "AuthorizerName.$": str,
        "AuthorizerFunctionArn": S,
        "AuthorizerFunctionArn.$": str,
        "TokenKeyName": S,
        "TokenKeyName.$": str,
        "TokenSigningPublicKeys": M[S],
        "TokenSigningPublicKeys.$": str,
        "Status": S,
        "Status.$": str,
        "EnableCachingForHttp": B,
        "EnableCachingForHttp.$": str,
    },
    total=False,
)
UpdateBillingGroupParameters = TypedDict(
    "UpdateBillingGroupParameters",
    {
        "BillingGroupName": S,
        "BillingGroupName.$": str,
        "BillingGroupProperties": X[BillingGroupProperties],
        "BillingGroupProperties.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
    },
    total=False,
)
UpdateCACertificateParameters = TypedDict(
    "UpdateCACertificateParameters",
    {
        "CertificateId": S,
        "CertificateId.$": str,
        "NewStatus": S,
        "NewStatus.$": str,
        "NewAutoRegistrationStatus": S,
        "NewAutoRegistrationStatus.$": str,
        "RegistrationConfig": X[RegistrationConfig],
        "RegistrationConfig.$": str,
        "RemoveAutoRegistration": B,
        "RemoveAutoRegistration.$": str,
    },
    total=False,
)
UpdateCertificateParameters = TypedDict(
    "UpdateCertificateParameters",
    {"CertificateId": S, "CertificateId.$": str, "NewStatus": S, "NewStatus.$": str},
    total=False,
)
UpdateCertificateProviderParameters = TypedDict(
    "UpdateCertificateProviderParameters",
    {
        "CertificateProviderName": S,
        "CertificateProviderName.$": str,
        "LambdaFunctionArn": S,
        "LambdaFunctionArn.$": str,
        "AccountDefaultForOperations": L[Si],
        "AccountDefaultForOperations.$": str,
    },
    total=False,
)
UpdateCommandParameters = TypedDict(
    "UpdateCommandParameters",
    {
        "CommandId": S,
        "CommandId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Deprecated": B,
        "Deprecated.$": str,
    },
    total=False,
)
UpdateCustomMetricParameters = TypedDict(
    "UpdateCustomMetricParameters",
    {"MetricName": S, "MetricName.$": str, "DisplayName": S, "DisplayName.$": str},
    total=False,
)
UpdateDimensionParameters = TypedDict(
    "UpdateDimensionParameters",
    {"Name": S, "Name.$": str, "StringValues": L[Si], "StringValues.$": str},
    total=False,
)
UpdateDomainConfigurationParameters = TypedDict(
    "UpdateDomainConfigurationParameters",
    {
        "DomainConfigurationName": S,
        "DomainConfigurationName.$": str,
        "AuthorizerConfig": X[AuthorizerConfig],
        "AuthorizerConfig.$": str,
        "DomainConfigurationStatus": S,
        "DomainConfigurationStatus.$": str,
        "RemoveAuthorizerConfig": B,
        "RemoveAuthorizerConfig.$": str,
        "TlsConfig": X[TlsConfig],
        "TlsConfig.$": str,
        "ServerCertificateConfig": X[ServerCertificateConfig],
        "ServerCertificateConfig.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "ApplicationProtocol": S,
        "ApplicationProtocol.$": str,
        "ClientCertificateConfig": X[ClientCertificateConfig],
        "ClientCertificateConfig.$": str,
    },
    total=False,
)
UpdateDynamicThingGroupParameters = TypedDict(
    "UpdateDynamicThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupProperties": X[ThingGroupProperties],
        "ThingGroupProperties.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
    },
    total=False,
)
UpdateEncryptionConfigurationParameters = TypedDict(
    "UpdateEncryptionConfigurationParameters",
    {
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "KmsAccessRoleArn": S,
        "KmsAccessRoleArn.$": str,
    },
    total=False,
)

class Configuration(TypedDict, total=False):
    Enabled: B

UpdateEventConfigurationsParameters = TypedDict(
    "UpdateEventConfigurationsParameters",
    {"EventConfigurations": M[X[Configuration]], "EventConfigurations.$": str},
    total=False,
)
UpdateFleetMetricParameters = TypedDict(
    "UpdateFleetMetricParameters",
    {
        "MetricName": S,
        "MetricName.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "AggregationType": X[AggregationType],
        "AggregationType.$": str,
        "Period": I,
        "Period.$": str,
        "AggregationField": S,
        "AggregationField.$": str,
        "Description": S,
        "Description.$": str,
        "QueryVersion": S,
        "QueryVersion.$": str,
        "IndexName": S,
        "IndexName.$": str,
        "Unit": S,
        "Unit.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
    },
    total=False,
)

class Field(TypedDict, total=False):
    Name: S
    Type: S

class GeoLocationTarget(TypedDict, total=False):
    Name: S
    Order: S

class ConnectivityFilter(TypedDict, total=False):
    IncludeSocketInformation: L[Si]

class IndexingFilter(TypedDict, total=False):
    NamedShadowNames: L[Si]
    GeoLocations: L[Xi[GeoLocationTarget]]
    Connectivity: X[ConnectivityFilter]

class ThingIndexingConfiguration(TypedDict, total=False):
    ThingIndexingMode: S
    ThingConnectivityIndexingMode: S
    DeviceDefenderIndexingMode: S
    NamedShadowIndexingMode: S
    ManagedFields: L[Xi[Field]]
    CustomFields: L[Xi[Field]]
    Filter: X[IndexingFilter]

class ThingGroupIndexingConfiguration(TypedDict, total=False):
    ThingGroupIndexingMode: S
    ManagedFields: L[Xi[Field]]
    CustomFields: L[Xi[Field]]

UpdateIndexingConfigurationParameters = TypedDict(
    "UpdateIndexingConfigurationParameters",
    {
        "ThingIndexingConfiguration": X[ThingIndexingConfiguration],
        "ThingIndexingConfiguration.$": str,
        "ThingGroupIndexingConfiguration": X[ThingGroupIndexingConfiguration],
        "ThingGroupIndexingConfiguration.$": str,
    },
    total=False,
)
UpdateJobParameters = TypedDict(
    "UpdateJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "Description": S,
        "Description.$": str,
        "PresignedUrlConfig": X[PresignedUrlConfig],
        "PresignedUrlConfig.$": str,
        "JobExecutionsRolloutConfig": X[JobExecutionsRolloutConfig],
        "JobExecutionsRolloutConfig.$": str,
        "AbortConfig": X[AbortConfig],
        "AbortConfig.$": str,
        "TimeoutConfig": X[TimeoutConfig],
        "TimeoutConfig.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
        "JobExecutionsRetryConfig": X[JobExecutionsRetryConfig],
        "JobExecutionsRetryConfig.$": str,
    },
    total=False,
)
UpdateMitigationActionParameters = TypedDict(
    "UpdateMitigationActionParameters",
    {
        "ActionName": S,
        "ActionName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ActionParams": X[MitigationActionParams],
        "ActionParams.$": str,
    },
    total=False,
)
UpdatePackageParameters = TypedDict(
    "UpdatePackageParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultVersionName": S,
        "DefaultVersionName.$": str,
        "UnsetDefaultVersion": B,
        "UnsetDefaultVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class VersionUpdateByJobsConfig(TypedDict, total=False):
    Enabled: B
    RoleArn: S

UpdatePackageConfigurationParameters = TypedDict(
    "UpdatePackageConfigurationParameters",
    {
        "VersionUpdateByJobsConfig": X[VersionUpdateByJobsConfig],
        "VersionUpdateByJobsConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePackageVersionParameters = TypedDict(
    "UpdatePackageVersionParameters",
    {
        "PackageName": S,
        "PackageName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Artifact": X[PackageVersionArtifact],
        "Artifact.$": str,
        "Action": S,
        "Action.$": str,
        "Recipe": S,
        "Recipe.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateProvisioningTemplateParameters = TypedDict(
    "UpdateProvisioningTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "Description": S,
        "Description.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "DefaultVersionId": I,
        "DefaultVersionId.$": str,
        "ProvisioningRoleArn": S,
        "ProvisioningRoleArn.$": str,
        "PreProvisioningHook": X[ProvisioningHook],
        "PreProvisioningHook.$": str,
        "RemovePreProvisioningHook": B,
        "RemovePreProvisioningHook.$": str,
    },
    total=False,
)
UpdateRoleAliasParameters = TypedDict(
    "UpdateRoleAliasParameters",
    {
        "RoleAlias": S,
        "RoleAlias.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "CredentialDurationSeconds": I,
        "CredentialDurationSeconds.$": str,
    },
    total=False,
)
UpdateScheduledAuditParameters = TypedDict(
    "UpdateScheduledAuditParameters",
    {
        "Frequency": S,
        "Frequency.$": str,
        "DayOfMonth": S,
        "DayOfMonth.$": str,
        "DayOfWeek": S,
        "DayOfWeek.$": str,
        "TargetCheckNames": L[Si],
        "TargetCheckNames.$": str,
        "ScheduledAuditName": S,
        "ScheduledAuditName.$": str,
    },
    total=False,
)
UpdateSecurityProfileParameters = TypedDict(
    "UpdateSecurityProfileParameters",
    {
        "SecurityProfileName": S,
        "SecurityProfileName.$": str,
        "SecurityProfileDescription": S,
        "SecurityProfileDescription.$": str,
        "Behaviors": L[Xi[Behavior]],
        "Behaviors.$": str,
        "AlertTargets": M[X[AlertTarget]],
        "AlertTargets.$": str,
        "AdditionalMetricsToRetain": L[Si],
        "AdditionalMetricsToRetain.$": str,
        "AdditionalMetricsToRetainV2": L[Xi[MetricToRetain]],
        "AdditionalMetricsToRetainV2.$": str,
        "DeleteBehaviors": B,
        "DeleteBehaviors.$": str,
        "DeleteAlertTargets": B,
        "DeleteAlertTargets.$": str,
        "DeleteAdditionalMetricsToRetain": B,
        "DeleteAdditionalMetricsToRetain.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "MetricsExportConfig": X[MetricsExportConfig],
        "MetricsExportConfig.$": str,
        "DeleteMetricsExportConfig": B,
        "DeleteMetricsExportConfig.$": str,
    },
    total=False,
)
UpdateStreamParameters = TypedDict(
    "UpdateStreamParameters",
    {
        "StreamId": S,
        "StreamId.$": str,
        "Description": S,
        "Description.$": str,
        "Files": L[Xi[StreamFile]],
        "Files.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateThingParameters = TypedDict(
    "UpdateThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "ThingTypeName": S,
        "ThingTypeName.$": str,
        "AttributePayload": X[AttributePayload],
        "AttributePayload.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "RemoveThingType": B,
        "RemoveThingType.$": str,
    },
    total=False,
)
UpdateThingGroupParameters = TypedDict(
    "UpdateThingGroupParameters",
    {
        "ThingGroupName": S,
        "ThingGroupName.$": str,
        "ThingGroupProperties": X[ThingGroupProperties],
        "ThingGroupProperties.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
    },
    total=False,
)
UpdateThingGroupsForThingParameters = TypedDict(
    "UpdateThingGroupsForThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "ThingGroupsToAdd": L[Si],
        "ThingGroupsToAdd.$": str,
        "ThingGroupsToRemove": L[Si],
        "ThingGroupsToRemove.$": str,
        "OverrideDynamicGroups": B,
        "OverrideDynamicGroups.$": str,
    },
    total=False,
)
UpdateThingTypeParameters = TypedDict(
    "UpdateThingTypeParameters",
    {
        "ThingTypeName": S,
        "ThingTypeName.$": str,
        "ThingTypeProperties": X[ThingTypeProperties],
        "ThingTypeProperties.$": str,
    },
    total=False,
)
UpdateTopicRuleDestinationParameters = TypedDict(
    "UpdateTopicRuleDestinationParameters",
    {"Arn": S, "Arn.$": str, "Status": S, "Status.$": str},
    total=False,
)
ValidateSecurityProfileBehaviorsParameters = TypedDict(
    "ValidateSecurityProfileBehaviorsParameters",
    {"Behaviors": L[Xi[Behavior]], "Behaviors.$": str},
    total=False,
)
accept_certificate_transfer: Builder[AcceptCertificateTransferParameters]
add_thing_to_billing_group: Builder[AddThingToBillingGroupParameters]
add_thing_to_thing_group: Builder[AddThingToThingGroupParameters]
associate_sbom_with_package_version: Builder[AssociateSbomWithPackageVersionParameters]
associate_targets_with_job: Builder[AssociateTargetsWithJobParameters]
attach_policy: Builder[AttachPolicyParameters]
attach_principal_policy: Builder[AttachPrincipalPolicyParameters]
attach_security_profile: Builder[AttachSecurityProfileParameters]
attach_thing_principal: Builder[AttachThingPrincipalParameters]
cancel_audit_mitigation_actions_task: Builder[CancelAuditMitigationActionsTaskParameters]
cancel_audit_task: Builder[CancelAuditTaskParameters]
cancel_certificate_transfer: Builder[CancelCertificateTransferParameters]
cancel_detect_mitigation_actions_task: Builder[CancelDetectMitigationActionsTaskParameters]
cancel_job: Builder[CancelJobParameters]
cancel_job_execution: Builder[CancelJobExecutionParameters]
clear_default_authorizer: Builder[ClearDefaultAuthorizerParameters]
confirm_topic_rule_destination: Builder[ConfirmTopicRuleDestinationParameters]
create_audit_suppression: Builder[CreateAuditSuppressionParameters]
create_authorizer: Builder[CreateAuthorizerParameters]
create_billing_group: Builder[CreateBillingGroupParameters]
create_certificate_from_csr: Builder[CreateCertificateFromCsrParameters]
create_certificate_provider: Builder[CreateCertificateProviderParameters]
create_command: Builder[CreateCommandParameters]
create_custom_metric: Builder[CreateCustomMetricParameters]
create_dimension: Builder[CreateDimensionParameters]
create_domain_configuration: Builder[CreateDomainConfigurationParameters]
create_dynamic_thing_group: Builder[CreateDynamicThingGroupParameters]
create_fleet_metric: Builder[CreateFleetMetricParameters]
create_job: Builder[CreateJobParameters]
create_job_template: Builder[CreateJobTemplateParameters]
create_keys_and_certificate: Builder[CreateKeysAndCertificateParameters]
create_mitigation_action: Builder[CreateMitigationActionParameters]
create_ota_update: Builder[CreateOTAUpdateParameters]
create_package: Builder[CreatePackageParameters]
create_package_version: Builder[CreatePackageVersionParameters]
create_policy: Builder[CreatePolicyParameters]
create_policy_version: Builder[CreatePolicyVersionParameters]
create_provisioning_claim: Builder[CreateProvisioningClaimParameters]
create_provisioning_template: Builder[CreateProvisioningTemplateParameters]
create_provisioning_template_version: Builder[CreateProvisioningTemplateVersionParameters]
create_role_alias: Builder[CreateRoleAliasParameters]
create_scheduled_audit: Builder[CreateScheduledAuditParameters]
create_security_profile: Builder[CreateSecurityProfileParameters]
create_stream: Builder[CreateStreamParameters]
create_thing: Builder[CreateThingParameters]
create_thing_group: Builder[CreateThingGroupParameters]
create_thing_type: Builder[CreateThingTypeParameters]
create_topic_rule: Builder[CreateTopicRuleParameters]
create_topic_rule_destination: Builder[CreateTopicRuleDestinationParameters]
delete_account_audit_configuration: Builder[DeleteAccountAuditConfigurationParameters]
delete_audit_suppression: Builder[DeleteAuditSuppressionParameters]
delete_authorizer: Builder[DeleteAuthorizerParameters]
delete_billing_group: Builder[DeleteBillingGroupParameters]
delete_ca_certificate: Builder[DeleteCACertificateParameters]
delete_certificate: Builder[DeleteCertificateParameters]
delete_certificate_provider: Builder[DeleteCertificateProviderParameters]
delete_command: Builder[DeleteCommandParameters]
delete_command_execution: Builder[DeleteCommandExecutionParameters]
delete_custom_metric: Builder[DeleteCustomMetricParameters]
delete_dimension: Builder[DeleteDimensionParameters]
delete_domain_configuration: Builder[DeleteDomainConfigurationParameters]
delete_dynamic_thing_group: Builder[DeleteDynamicThingGroupParameters]
delete_fleet_metric: Builder[DeleteFleetMetricParameters]
delete_job: Builder[DeleteJobParameters]
delete_job_execution: Builder[DeleteJobExecutionParameters]
delete_job_template: Builder[DeleteJobTemplateParameters]
delete_mitigation_action: Builder[DeleteMitigationActionParameters]
delete_ota_update: Builder[DeleteOTAUpdateParameters]
delete_package: Builder[DeletePackageParameters]
delete_package_version: Builder[DeletePackageVersionParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_policy_version: Builder[DeletePolicyVersionParameters]
delete_provisioning_template: Builder[DeleteProvisioningTemplateParameters]
delete_provisioning_template_version: Builder[DeleteProvisioningTemplateVersionParameters]
delete_registration_code: Builder[DeleteRegistrationCodeParameters]
delete_role_alias: Builder[DeleteRoleAliasParameters]
delete_scheduled_audit: Builder[DeleteScheduledAuditParameters]
delete_security_profile: Builder[DeleteSecurityProfileParameters]
delete_stream: Builder[DeleteStreamParameters]
delete_thing: Builder[DeleteThingParameters]
delete_thing_group: Builder[DeleteThingGroupParameters]
delete_thing_type: Builder[DeleteThingTypeParameters]
delete_topic_rule: Builder[DeleteTopicRuleParameters]
delete_topic_rule_destination: Builder[DeleteTopicRuleDestinationParameters]
delete_v2_logging_level: Builder[DeleteV2LoggingLevelParameters]
deprecate_thing_type: Builder[DeprecateThingTypeParameters]
describe_account_audit_configuration: Builder[DescribeAccountAuditConfigurationParameters]
describe_audit_finding: Builder[DescribeAuditFindingParameters]
describe_audit_mitigation_actions_task: Builder[DescribeAuditMitigationActionsTaskParameters]
describe_audit_suppression: Builder[DescribeAuditSuppressionParameters]
describe_audit_task: Builder[DescribeAuditTaskParameters]
describe_authorizer: Builder[DescribeAuthorizerParameters]
describe_billing_group: Builder[DescribeBillingGroupParameters]
describe_ca_certificate: Builder[DescribeCACertificateParameters]
describe_certificate: Builder[DescribeCertificateParameters]
describe_certificate_provider: Builder[DescribeCertificateProviderParameters]
describe_custom_metric: Builder[DescribeCustomMetricParameters]
describe_default_authorizer: Builder[DescribeDefaultAuthorizerParameters]
describe_detect_mitigation_actions_task: Builder[DescribeDetectMitigationActionsTaskParameters]
describe_dimension: Builder[DescribeDimensionParameters]
describe_domain_configuration: Builder[DescribeDomainConfigurationParameters]
describe_encryption_configuration: Builder[DescribeEncryptionConfigurationParameters]
describe_endpoint: Builder[DescribeEndpointParameters]
describe_event_configurations: Builder[DescribeEventConfigurationsParameters]
describe_fleet_metric: Builder[DescribeFleetMetricParameters]
describe_index: Builder[DescribeIndexParameters]
describe_job: Builder[DescribeJobParameters]
describe_job_execution: Builder[DescribeJobExecutionParameters]
describe_job_template: Builder[DescribeJobTemplateParameters]
describe_managed_job_template: Builder[DescribeManagedJobTemplateParameters]
describe_mitigation_action: Builder[DescribeMitigationActionParameters]
describe_provisioning_template: Builder[DescribeProvisioningTemplateParameters]
describe_provisioning_template_version: Builder[DescribeProvisioningTemplateVersionParameters]
describe_role_alias: Builder[DescribeRoleAliasParameters]
describe_scheduled_audit: Builder[DescribeScheduledAuditParameters]
describe_security_profile: Builder[DescribeSecurityProfileParameters]
describe_stream: Builder[DescribeStreamParameters]
describe_thing: Builder[DescribeThingParameters]
describe_thing_group: Builder[DescribeThingGroupParameters]
describe_thing_registration_task: Builder[DescribeThingRegistrationTaskParameters]
describe_thing_type: Builder[DescribeThingTypeParameters]
detach_policy: Builder[DetachPolicyParameters]
detach_principal_policy: Builder[DetachPrincipalPolicyParameters]
detach_security_profile: Builder[DetachSecurityProfileParameters]
detach_thing_principal: Builder[DetachThingPrincipalParameters]
disable_topic_rule: Builder[DisableTopicRuleParameters]
disassociate_sbom_from_package_version: Builder[DisassociateSbomFromPackageVersionParameters]
enable_topic_rule: Builder[EnableTopicRuleParameters]
get_behavior_model_training_summaries: Builder[GetBehaviorModelTrainingSummariesParameters]
get_buckets_aggregation: Builder[GetBucketsAggregationParameters]
get_cardinality: Builder[GetCardinalityParameters]
get_command: Builder[GetCommandParameters]
get_command_execution: Builder[GetCommandExecutionParameters]
get_effective_policies: Builder[GetEffectivePoliciesParameters]
get_indexing_configuration: Builder[GetIndexingConfigurationParameters]
get_job_document: Builder[GetJobDocumentParameters]
get_logging_options: Builder[GetLoggingOptionsParameters]
get_ota_update: Builder[GetOTAUpdateParameters]
get_package: Builder[GetPackageParameters]
get_package_configuration: Builder[GetPackageConfigurationParameters]
get_package_version: Builder[GetPackageVersionParameters]
get_percentiles: Builder[GetPercentilesParameters]
get_policy: Builder[GetPolicyParameters]
get_policy_version: Builder[GetPolicyVersionParameters]
get_registration_code: Builder[GetRegistrationCodeParameters]
get_statistics: Builder[GetStatisticsParameters]
get_thing_connectivity_data: Builder[GetThingConnectivityDataParameters]
get_topic_rule: Builder[GetTopicRuleParameters]
get_topic_rule_destination: Builder[GetTopicRuleDestinationParameters]
get_v2_logging_options: Builder[GetV2LoggingOptionsParameters]
list_active_violations: Builder[ListActiveViolationsParameters]
list_attached_policies: Builder[ListAttachedPoliciesParameters]
list_audit_findings: Builder[ListAuditFindingsParameters]
list_audit_mitigation_actions_executions: Builder[ListAuditMitigationActionsExecutionsParameters]
list_audit_mitigation_actions_tasks: Builder[ListAuditMitigationActionsTasksParameters]
list_audit_suppressions: Builder[ListAuditSuppressionsParameters]
list_audit_tasks: Builder[ListAuditTasksParameters]
list_authorizers: Builder[ListAuthorizersParameters]
list_billing_groups: Builder[ListBillingGroupsParameters]
list_ca_certificates: Builder[ListCACertificatesParameters]
list_certificate_providers: Builder[ListCertificateProvidersParameters]
list_certificates: Builder[ListCertificatesParameters]
list_certificates_by_ca: Builder[ListCertificatesByCAParameters]
list_command_executions: Builder[ListCommandExecutionsParameters]
list_commands: Builder[ListCommandsParameters]
list_custom_metrics: Builder[ListCustomMetricsParameters]
list_detect_mitigation_actions_executions: Builder[ListDetectMitigationActionsExecutionsParameters]
list_detect_mitigation_actions_tasks: Builder[ListDetectMitigationActionsTasksParameters]
list_dimensions: Builder[ListDimensionsParameters]
list_domain_configurations: Builder[ListDomainConfigurationsParameters]
list_fleet_metrics: Builder[ListFleetMetricsParameters]
list_indices: Builder[ListIndicesParameters]
list_job_executions_for_job: Builder[ListJobExecutionsForJobParameters]
list_job_executions_for_thing: Builder[ListJobExecutionsForThingParameters]
list_job_templates: Builder[ListJobTemplatesParameters]
list_jobs: Builder[ListJobsParameters]
list_managed_job_templates: Builder[ListManagedJobTemplatesParameters]
list_metric_values: Builder[ListMetricValuesParameters]
list_mitigation_actions: Builder[ListMitigationActionsParameters]
list_ota_updates: Builder[ListOTAUpdatesParameters]
list_outgoing_certificates: Builder[ListOutgoingCertificatesParameters]
list_package_versions: Builder[ListPackageVersionsParameters]
list_packages: Builder[ListPackagesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_principals: Builder[ListPolicyPrincipalsParameters]
list_policy_versions: Builder[ListPolicyVersionsParameters]
list_principal_policies: Builder[ListPrincipalPoliciesParameters]
list_principal_things: Builder[ListPrincipalThingsParameters]
list_principal_things_v2: Builder[ListPrincipalThingsV2Parameters]
list_provisioning_template_versions: Builder[ListProvisioningTemplateVersionsParameters]
list_provisioning_templates: Builder[ListProvisioningTemplatesParameters]
list_related_resources_for_audit_finding: Builder[ListRelatedResourcesForAuditFindingParameters]
list_role_aliases: Builder[ListRoleAliasesParameters]
list_sbom_validation_results: Builder[ListSbomValidationResultsParameters]
list_scheduled_audits: Builder[ListScheduledAuditsParameters]
list_security_profiles: Builder[ListSecurityProfilesParameters]
list_security_profiles_for_target: Builder[ListSecurityProfilesForTargetParameters]
list_streams: Builder[ListStreamsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_targets_for_policy: Builder[ListTargetsForPolicyParameters]
list_targets_for_security_profile: Builder[ListTargetsForSecurityProfileParameters]
list_thing_groups: Builder[ListThingGroupsParameters]
list_thing_groups_for_thing: Builder[ListThingGroupsForThingParameters]
list_thing_principals: Builder[ListThingPrincipalsParameters]
list_thing_principals_v2: Builder[ListThingPrincipalsV2Parameters]
list_thing_registration_task_reports: Builder[ListThingRegistrationTaskReportsParameters]
list_thing_registration_tasks: Builder[ListThingRegistrationTasksParameters]
list_thing_types: Builder[ListThingTypesParameters]
list_things: Builder[ListThingsParameters]
list_things_in_billing_group: Builder[ListThingsInBillingGroupParameters]
list_things_in_thing_group: Builder[ListThingsInThingGroupParameters]
list_topic_rule_destinations: Builder[ListTopicRuleDestinationsParameters]
list_topic_rules: Builder[ListTopicRulesParameters]
list_v2_logging_levels: Builder[ListV2LoggingLevelsParameters]
list_violation_events: Builder[ListViolationEventsParameters]
put_verification_state_on_violation: Builder[PutVerificationStateOnViolationParameters]
register_ca_certificate: Builder[RegisterCACertificateParameters]
register_certificate: Builder[RegisterCertificateParameters]
register_certificate_without_ca: Builder[RegisterCertificateWithoutCAParameters]
register_thing: Builder[RegisterThingParameters]
reject_certificate_transfer: Builder[RejectCertificateTransferParameters]
remove_thing_from_billing_group: Builder[RemoveThingFromBillingGroupParameters]
remove_thing_from_thing_group: Builder[RemoveThingFromThingGroupParameters]
replace_topic_rule: Builder[ReplaceTopicRuleParameters]
search_index: Builder[SearchIndexParameters]
set_default_authorizer: Builder[SetDefaultAuthorizerParameters]
set_default_policy_version: Builder[SetDefaultPolicyVersionParameters]
set_logging_options: Builder[SetLoggingOptionsParameters]
set_v2_logging_level: Builder[SetV2LoggingLevelParameters]
set_v2_logging_options: Builder[SetV2LoggingOptionsParameters]
start_audit_mitigation_actions_task: Builder[StartAuditMitigationActionsTaskParameters]
start_detect_mitigation_actions_task: Builder[StartDetectMitigationActionsTaskParameters]
start_on_demand_audit_task: Builder[StartOnDemandAuditTaskParameters]
start_thing_registration_task: Builder[StartThingRegistrationTaskParameters]
stop_thing_registration_task: Builder[StopThingRegistrationTaskParameters]
tag_resource: Builder[TagResourceParameters]
test_authorization: Builder[TestAuthorizationParameters]
test_invoke_authorizer: Builder[TestInvokeAuthorizerParameters]
transfer_certificate: Builder[TransferCertificateParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_audit_configuration: Builder[UpdateAccountAuditConfigurationParameters]
update_audit_suppression: Builder[UpdateAuditSuppressionParameters]
update_authorizer: Builder[UpdateAuthorizerParameters]
update_billing_group: Builder[UpdateBillingGroupParameters]
update_ca_certificate: Builder[UpdateCACertificateParameters]
update_certificate: Builder[UpdateCertificateParameters]
update_certificate_provider: Builder[UpdateCertificateProviderParameters]
update_command: Builder[UpdateCommandParameters]
update_custom_metric: Builder[UpdateCustomMetricParameters]
update_dimension: Builder[UpdateDimensionParameters]
update_domain_configuration: Builder[UpdateDomainConfigurationParameters]
update_dynamic_thing_group: Builder[UpdateDynamicThingGroupParameters]
update_encryption_configuration: Builder[UpdateEncryptionConfigurationParameters]
update_event_configurations: Builder[UpdateEventConfigurationsParameters]
update_fleet_metric: Builder[UpdateFleetMetricParameters]
update_indexing_configuration: Builder[UpdateIndexingConfigurationParameters]
update_job: Builder[UpdateJobParameters]
update_mitigation_action: Builder[UpdateMitigationActionParameters]
update_package: Builder[UpdatePackageParameters]
update_package_configuration: Builder[UpdatePackageConfigurationParameters]
update_package_version: Builder[UpdatePackageVersionParameters]
update_provisioning_template: Builder[UpdateProvisioningTemplateParameters]
update_role_alias: Builder[UpdateRoleAliasParameters]
update_scheduled_audit: Builder[UpdateScheduledAuditParameters]
update_security_profile: Builder[UpdateSecurityProfileParameters]
update_stream: Builder[UpdateStreamParameters]
update_thing: Builder[UpdateThingParameters]
update_thing_group: Builder[UpdateThingGroupParameters]
update_thing_groups_for_thing: Builder[UpdateThingGroupsForThingParameters]
update_thing_type: Builder[UpdateThingTypeParameters]
update_topic_rule_destination: Builder[UpdateTopicRuleDestinationParameters]
validate_security_profile_behaviors: Builder[ValidateSecurityProfileBehaviorsParameters]

__all__ = [
    "accept_certificate_transfer",
    "add_thing_to_billing_group",
    "add_thing_to_thing_group",
    "associate_sbom_with_package_version",
    "associate_targets_with_job",
    "attach_policy",
    "attach_principal_policy",
    "attach_security_profile",
    "attach_thing_principal",
    "cancel_audit_mitigation_actions_task",
    "cancel_audit_task",
    "cancel_certificate_transfer",
    "cancel_detect_mitigation_actions_task",
    "cancel_job",
    "cancel_job_execution",
    "clear_default_authorizer",
    "confirm_topic_rule_destination",
    "create_audit_suppression",
    "create_authorizer",
    "create_billing_group",
    "create_certificate_from_csr",
    "create_certificate_provider",
    "create_command",
    "create_custom_metric",
    "create_dimension",
    "create_domain_configuration",
    "create_dynamic_thing_group",
    "create_fleet_metric",
    "create_job",
    "create_job_template",
    "create_keys_and_certificate",
    "create_mitigation_action",
    "create_ota_update",
    "create_package",
    "create_package_version",
    "create_policy",
    "create_policy_version",
    "create_provisioning_claim",
    "create_provisioning_template",
    "create_provisioning_template_version",
    "create_role_alias",
    "create_scheduled_audit",
    "create_security_profile",
    "create_stream",
    "create_thing",
    "create_thing_group",
    "create_thing_type",
    "create_topic_rule",
    "create_topic_rule_destination",
    "delete_account_audit_configuration",
    "delete_audit_suppression",
    "delete_authorizer",
    "delete_billing_group",
    "delete_ca_certificate",
    "delete_certificate",
    "delete_certificate_provider",
    "delete_command",
    "delete_command_execution",
    "delete_custom_metric",
    "delete_dimension",
    "delete_domain_configuration",
    "delete_dynamic_thing_group",
    "delete_fleet_metric",
    "delete_job",
    "delete_job_execution",
    "delete_job_template",
    "delete_mitigation_action",
    "delete_ota_update",
    "delete_package",
    "delete_package_version",
    "delete_policy",
    "delete_policy_version",
    "delete_provisioning_template",
    "delete_provisioning_template_version",
    "delete_registration_code",
    "delete_role_alias",
    "delete_scheduled_audit",
    "delete_security_profile",
    "delete_stream",
    "delete_thing",
    "delete_thing_group",
    "delete_thing_type",
    "delete_topic_rule",
    "delete_topic_rule_destination",
    "delete_v2_logging_level",
    "deprecate_thing_type",
    "describe_account_audit_configuration",
    "describe_audit_finding",
    "describe_audit_mitigation_actions_task",
    "describe_audit_suppression",
    "describe_audit_task",
    "describe_authorizer",
    "describe_billing_group",
    "describe_ca_certificate",
    "describe_certificate",
    "describe_certificate_provider",
    "describe_custom_metric",
    "describe_default_authorizer",
    "describe_detect_mitigation_actions_task",
    "describe_dimension",
    "describe_domain_configuration",
    "describe_encryption_configuration",
    "describe_endpoint",
    "describe_event_configurations",
    "describe_fleet_metric",
    "describe_index",
    "describe_job",
    "describe_job_execution",
    "describe_job_template",
    "describe_managed_job_template",
    "describe_mitigation_action",
    "describe_provisioning_template",
    "describe_provisioning_template_version",
    "describe_role_alias",
    "describe_scheduled_audit",
    "describe_security_profile",
    "describe_stream",
    "describe_thing",
    "describe_thing_group",
    "describe_thing_registration_task",
    "describe_thing_type",
    "detach_policy",
    "detach_principal_policy",
    "detach_security_profile",
    "detach_thing_principal",
    "disable_topic_rule",
    "disassociate_sbom_from_package_version",
    "enable_topic_rule",
    "get_behavior_model_training_summaries",
    "get_buckets_aggregation",
    "get_cardinality",
    "get_command",
    "get_command_execution",
    "get_effective_policies",
    "get_indexing_configuration",
    "get_job_document",
    "get_logging_options",
    "get_ota_update",
    "get_package",
    "get_package_configuration",
    "get_package_version",
    "get_percentiles",
    "get_policy",
    "get_policy_version",
    "get_registration_code",
    "get_statistics",
    "get_thing_connectivity_data",
    "get_topic_rule",
    "get_topic_rule_destination",
    "get_v2_logging_options",
    "list_active_violations",
    "list_attached_policies",
    "list_audit_findings",
    "list_audit_mitigation_actions_executions",
    "list_audit_mitigation_actions_tasks",
    "list_audit_suppressions",
    "list_audit_tasks",
    "list_authorizers",
    "list_billing_groups",
    "list_ca_certificates",
    "list_certificate_providers",
    "list_certificates",
    "list_certificates_by_ca",
    "list_command_executions",
    "list_commands",
    "list_custom_metrics",
    "list_detect_mitigation_actions_executions",
    "list_detect_mitigation_actions_tasks",
    "list_dimensions",
    "list_domain_configurations",
    "list_fleet_metrics",
    "list_indices",
    "list_job_executions_for_job",
    "list_job_executions_for_thing",
    "list_job_templates",
    "list_jobs",
    "list_managed_job_templates",
    "list_metric_values",
    "list_mitigation_actions",
    "list_ota_updates",
    "list_outgoing_certificates",
    "list_package_versions",
    "list_packages",
    "list_policies",
    "list_policy_principals",
    "list_policy_versions",
    "list_principal_policies",
    "list_principal_things",
    "list_principal_things_v2",
    "list_provisioning_template_versions",
    "list_provisioning_templates",
    "list_related_resources_for_audit_finding",
    "list_role_aliases",
    "list_sbom_validation_results",
    "list_scheduled_audits",
    "list_security_profiles",
    "list_security_profiles_for_target",
    "list_streams",
    "list_tags_for_resource",
    "list_targets_for_policy",
    "list_targets_for_security_profile",
    "list_thing_groups",
    "list_thing_groups_for_thing",
    "list_thing_principals",
    "list_thing_principals_v2",
    "list_thing_registration_task_reports",
    "list_thing_registration_tasks",
    "list_thing_types",
    "list_things",
    "list_things_in_billing_group",
    "list_things_in_thing_group",
    "list_topic_rule_destinations",
    "list_topic_rules",
    "list_v2_logging_levels",
    "list_violation_events",
    "put_verification_state_on_violation",
    "register_ca_certificate",
    "register_certificate",
    "register_certificate_without_ca",
    "register_thing",
    "reject_certificate_transfer",
    "remove_thing_from_billing_group",
    "remove_thing_from_thing_group",
    "replace_topic_rule",
    "search_index",
    "set_default_authorizer",
    "set_default_policy_version",
    "set_logging_options",
    "set_v2_logging_level",
    "set_v2_logging_options",
    "start_audit_mitigation_actions_task",
    "start_detect_mitigation_actions_task",
    "start_on_demand_audit_task",
    "start_thing_registration_task",
    "stop_thing_registration_task",
    "tag_resource",
    "test_authorization",
    "test_invoke_authorizer",
    "transfer_certificate",
    "untag_resource",
    "update_account_audit_configuration",
    "update_audit_suppression",
    "update_authorizer",
    "update_billing_group",
    "update_ca_certificate",
    "update_certificate",
    "update_certificate_provider",
    "update_command",
    "update_custom_metric",
    "update_dimension",
    "update_domain_configuration",
    "update_dynamic_thing_group",
    "update_encryption_configuration",
    "update_event_configurations",
    "update_fleet_metric",
    "update_indexing_configuration",
    "update_job",
    "update_mitigation_action",
    "update_package",
    "update_package_configuration",
    "update_package_version",
    "update_provisioning_template",
    "update_role_alias",
    "update_scheduled_audit",
    "update_security_profile",
    "update_stream",
    "update_thing",
    "update_thing_group",
    "update_thing_groups_for_thing",
    "update_thing_type",
    "update_topic_rule_destination",
    "validate_security_profile_behaviors",
]
