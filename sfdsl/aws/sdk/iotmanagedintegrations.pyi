"""Typed builders of the AWS SDK integration of iotmanagedintegrations (``aws-sdk:iotmanagedintegrations:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, X, Xi

class GeneralAuthorizationName(TypedDict, total=False):
    AuthMaterialName: S

CreateAccountAssociationParameters = TypedDict(
    "CreateAccountAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectorDestinationId": S,
        "ConnectorDestinationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "GeneralAuthorization": X[GeneralAuthorizationName],
        "GeneralAuthorization.$": str,
    },
    total=False,
)

class LambdaConfig(TypedDict, total=False):
    Arn: S

class EndpointConfig(TypedDict, total=False):
    Lambda: X[LambdaConfig]

CreateCloudConnectorParameters = TypedDict(
    "CreateCloudConnectorParameters",
    {
        "Name": S,
        "Name.$": str,
        "EndpointConfig": X[EndpointConfig],
        "EndpointConfig.$": str,
        "Description": S,
        "Description.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ProactiveRefreshTokenRenewal(TypedDict, total=False):
    Enabled: B
    DaysBeforeRenewal: I

class OAuthConfig(TypedDict, total=False):
    AuthUrl: S
    TokenUrl: S
    Scope: S
    TokenEndpointAuthenticationScheme: S
    OAuthCompleteRedirectUrl: S
    ProactiveRefreshTokenRenewal: X[ProactiveRefreshTokenRenewal]

class SecretsManager(TypedDict, total=False):
    Arn: S
    VersionId: S

class AuthMaterial(TypedDict, total=False):
    SecretsManager: X[SecretsManager]
    AuthMaterialName: S

class AuthConfig(TypedDict, total=False):
    OAuth: X[OAuthConfig]
    GeneralAuthorization: L[Xi[AuthMaterial]]

CreateConnectorDestinationParameters = TypedDict(
    "CreateConnectorDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CloudConnectorId": S,
        "CloudConnectorId.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "AuthConfig": X[AuthConfig],
        "AuthConfig.$": str,
        "SecretsManager": X[SecretsManager],
        "SecretsManager.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateCredentialLockerParameters = TypedDict(
    "CreateCredentialLockerParameters",
    {"Name": S, "Name.$": str, "ClientToken": S, "ClientToken.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateDestinationParameters = TypedDict(
    "CreateDestinationParameters",
    {
        "DeliveryDestinationArn": S,
        "DeliveryDestinationArn.$": str,
        "DeliveryDestinationType": S,
        "DeliveryDestinationType.$": str,
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateEventLogConfigurationParameters = TypedDict(
    "CreateEventLogConfigurationParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "EventLogLevel": S,
        "EventLogLevel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class WiFiSimpleSetupConfiguration(TypedDict, total=False):
    EnableAsProvisioner: B
    EnableAsProvisionee: B
    TimeoutInMinutes: I

class CapabilityReportCapability(TypedDict, total=False):
    Id: S
    Name: S
    Version: S
    Properties: L[Si]
    Actions: L[Si]
    Events: L[Si]

class CapabilityReportEndpoint(TypedDict, total=False):
    Id: S
    DeviceTypes: L[Si]
    Capabilities: L[Xi[CapabilityReportCapability]]

class CapabilityReport(TypedDict, total=False):
    Version: S
    NodeId: S
    Endpoints: L[Xi[CapabilityReportEndpoint]]

class CapabilitySchemaItem(TypedDict, total=False):
    Format: S
    CapabilityId: S
    ExtrinsicId: S
    ExtrinsicVersion: I
    Schema: Doc

CreateManagedThingParameters = TypedDict(
    "CreateManagedThingParameters",
    {
        "Role": S,
        "Role.$": str,
        "Owner": S,
        "Owner.$": str,
        "CredentialLockerId": S,
        "CredentialLockerId.$": str,
        "AuthenticationMaterial": S,
        "AuthenticationMaterial.$": str,
        "AuthenticationMaterialType": S,
        "AuthenticationMaterialType.$": str,
        "WiFiSimpleSetupConfiguration": X[WiFiSimpleSetupConfiguration],
        "WiFiSimpleSetupConfiguration.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "Brand": S,
        "Brand.$": str,
        "Model": S,
        "Model.$": str,
        "Name": S,
        "Name.$": str,
        "CapabilityReport": X[CapabilityReport],
        "CapabilityReport.$": str,
        "CapabilitySchemas": L[Xi[CapabilitySchemaItem]],
        "CapabilitySchemas.$": str,
        "Capabilities": S,
        "Capabilities.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Classification": S,
        "Classification.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MetaData": M[S],
        "MetaData.$": str,
    },
    total=False,
)
CreateNotificationConfigurationParameters = TypedDict(
    "CreateNotificationConfigurationParameters",
    {
        "EventType": S,
        "EventType.$": str,
        "DestinationName": S,
        "DestinationName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ScheduleMaintenanceWindow(TypedDict, total=False):
    DurationInMinutes: I
    StartTime: S

class OtaTaskSchedulingConfig(TypedDict, total=False):
    EndBehavior: S
    EndTime: S
    MaintenanceWindows: L[Xi[ScheduleMaintenanceWindow]]
    StartTime: S

class RetryConfigCriteria(TypedDict, total=False):
    FailureType: S
    MinNumberOfRetries: I

class OtaTaskExecutionRetryConfig(TypedDict, total=False):
    RetryConfigCriteria: L[Xi[RetryConfigCriteria]]

CreateOtaTaskParameters = TypedDict(
    "CreateOtaTaskParameters",
    {
        "Description": S,
        "Description.$": str,
        "S3Url": S,
        "S3Url.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Target": L[Si],
        "Target.$": str,
        "TaskConfigurationId": S,
        "TaskConfigurationId.$": str,
        "OtaMechanism": S,
        "OtaMechanism.$": str,
        "OtaType": S,
        "OtaType.$": str,
        "OtaTargetQueryString": S,
        "OtaTargetQueryString.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OtaSchedulingConfig": X[OtaTaskSchedulingConfig],
        "OtaSchedulingConfig.$": str,
        "OtaTaskExecutionRetryConfig": X[OtaTaskExecutionRetryConfig],
        "OtaTaskExecutionRetryConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AbortConfigCriteria(TypedDict, total=False):
    Action: S
    FailureType: S
    MinNumberOfExecutedThings: I
    ThresholdPercentage: F

class OtaTaskAbortConfig(TypedDict, total=False):
    AbortConfigCriteriaList: L[Xi[AbortConfigCriteria]]

class RolloutRateIncreaseCriteria(TypedDict, total=False):
    NumberOfNotifiedThings: I
    NumberOfSucceededThings: I

class ExponentialRolloutRate(TypedDict, total=False):
    BaseRatePerMinute: I
    IncrementFactor: F
    RateIncreaseCriteria: X[RolloutRateIncreaseCriteria]

class OtaTaskExecutionRolloutConfig(TypedDict, total=False):
    ExponentialRolloutRate: X[ExponentialRolloutRate]
    MaximumPerMinute: I

class OtaTaskTimeoutConfig(TypedDict, total=False):
    InProgressTimeoutInMinutes: I

class PushConfig(TypedDict, total=False):
    AbortConfig: X[OtaTaskAbortConfig]
    RolloutConfig: X[OtaTaskExecutionRolloutConfig]
    TimeoutConfig: X[OtaTaskTimeoutConfig]

CreateOtaTaskConfigurationParameters = TypedDict(
    "CreateOtaTaskConfigurationParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "PushConfig": X[PushConfig],
        "PushConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateProvisioningProfileParameters = TypedDict(
    "CreateProvisioningProfileParameters",
    {
        "ProvisioningType": S,
        "ProvisioningType.$": str,
        "CaCertificate": S,
        "CaCertificate.$": str,
        "ClaimCertificate": S,
        "ClaimCertificate.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccountAssociationParameters = TypedDict(
    "DeleteAccountAssociationParameters",
    {"AccountAssociationId": S, "AccountAssociationId.$": str},
    total=False,
)
DeleteCloudConnectorParameters = TypedDict(
    "DeleteCloudConnectorParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteConnectorDestinationParameters = TypedDict(
    "DeleteConnectorDestinationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteCredentialLockerParameters = TypedDict(
    "DeleteCredentialLockerParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteDestinationParameters = TypedDict(
    "DeleteDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEventLogConfigurationParameters = TypedDict(
    "DeleteEventLogConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteManagedThingParameters = TypedDict(
    "DeleteManagedThingParameters",
    {"Identifier": S, "Identifier.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteNotificationConfigurationParameters = TypedDict(
    "DeleteNotificationConfigurationParameters", {"EventType": S, "EventType.$": str}, total=False
)
DeleteOtaTaskParameters = TypedDict(
    "DeleteOtaTaskParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteOtaTaskConfigurationParameters = TypedDict(
    "DeleteOtaTaskConfigurationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteProvisioningProfileParameters = TypedDict(
    "DeleteProvisioningProfileParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeregisterAccountAssociationParameters = TypedDict(
    "DeregisterAccountAssociationParameters",
    {
        "ManagedThingId": S,
        "ManagedThingId.$": str,
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
    },
    total=False,
)
GetAccountAssociationParameters = TypedDict(
    "GetAccountAssociationParameters",
    {"AccountAssociationId": S, "AccountAssociationId.$": str},
    total=False,
)
GetCloudConnectorParameters = TypedDict(
    "GetCloudConnectorParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetConnectorDestinationParameters = TypedDict(
    "GetConnectorDestinationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetCredentialLockerParameters = TypedDict(
    "GetCredentialLockerParameters", {"Identifier": S, "Identifier.$": str}, total=False
)

class GetCustomEndpointParameters(TypedDict, total=False): ...
class GetDefaultEncryptionConfigurationParameters(TypedDict, total=False): ...

GetDestinationParameters = TypedDict(
    "GetDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
GetDeviceDiscoveryParameters = TypedDict(
    "GetDeviceDiscoveryParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetEventLogConfigurationParameters = TypedDict(
    "GetEventLogConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)

class GetHubConfigurationParameters(TypedDict, total=False): ...

GetManagedThingParameters = TypedDict(
    "GetManagedThingParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetManagedThingCapabilitiesParameters = TypedDict(
    "GetManagedThingCapabilitiesParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetManagedThingCertificateParameters = TypedDict(
    "GetManagedThingCertificateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetManagedThingConnectivityDataParameters = TypedDict(
    "GetManagedThingConnectivityDataParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetManagedThingMetaDataParameters = TypedDict(
    "GetManagedThingMetaDataParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetManagedThingStateParameters = TypedDict(
    "GetManagedThingStateParameters", {"ManagedThingId": S, "ManagedThingId.$": str}, total=False
)
GetNotificationConfigurationParameters = TypedDict(
    "GetNotificationConfigurationParameters", {"EventType": S, "EventType.$": str}, total=False
)
GetOtaTaskParameters = TypedDict(
    "GetOtaTaskParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetOtaTaskConfigurationParameters = TypedDict(
    "GetOtaTaskConfigurationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetProvisioningProfileParameters = TypedDict(
    "GetProvisioningProfileParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetRuntimeLogConfigurationParameters = TypedDict(
    "GetRuntimeLogConfigurationParameters",
    {"ManagedThingId": S, "ManagedThingId.$": str},
    total=False,
)
GetSchemaVersionParameters = TypedDict(
    "GetSchemaVersionParameters",
    {
        "Type": S,
        "Type.$": str,
        "SchemaVersionedId": S,
        "SchemaVersionedId.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
ListAccountAssociationsParameters = TypedDict(
    "ListAccountAssociationsParameters",
    {
        "ConnectorDestinationId": S,
        "ConnectorDestinationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCloudConnectorsParameters = TypedDict(
    "ListCloudConnectorsParameters",
    {
        "Type": S,
        "Type.$": str,
        "LambdaArn": S,
        "LambdaArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectorDestinationsParameters = TypedDict(
    "ListConnectorDestinationsParameters",
    {
        "CloudConnectorId": S,
        "CloudConnectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCredentialLockersParameters = TypedDict(
    "ListCredentialLockersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDestinationsParameters = TypedDict(
    "ListDestinationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDeviceDiscoveriesParameters = TypedDict(
    "ListDeviceDiscoveriesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "TypeFilter": S,
        "TypeFilter.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)
ListDiscoveredDevicesParameters = TypedDict(
    "ListDiscoveredDevicesParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventLogConfigurationsParameters = TypedDict(
    "ListEventLogConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListManagedThingAccountAssociationsParameters = TypedDict(
    "ListManagedThingAccountAssociationsParameters",
    {
        "ManagedThingId": S,
        "ManagedThingId.$": str,
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedThingSchemasParameters = TypedDict(
    "ListManagedThingSchemasParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "EndpointIdFilter": S,
        "EndpointIdFilter.$": str,
        "CapabilityIdFilter": S,
        "CapabilityIdFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListManagedThingsParameters = TypedDict(
    "ListManagedThingsParameters",
    {
        "OwnerFilter": S,
        "OwnerFilter.$": str,
        "CredentialLockerFilter": S,
        "CredentialLockerFilter.$": str,
        "RoleFilter": S,
        "RoleFilter.$": str,
        "ParentControllerIdentifierFilter": S,
        "ParentControllerIdentifierFilter.$": str,
        "ConnectorPolicyIdFilter": S,
        "ConnectorPolicyIdFilter.$": str,
        "ConnectorDestinationIdFilter": S,
        "ConnectorDestinationIdFilter.$": str,
        "ConnectorDeviceIdFilter": S,
        "ConnectorDeviceIdFilter.$": str,
        "SerialNumberFilter": S,
        "SerialNumberFilter.$": str,
        "ProvisioningStatusFilter": S,
        "ProvisioningStatusFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNotificationConfigurationsParameters = TypedDict(
    "ListNotificationConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOtaTaskConfigurationsParameters = TypedDict(
    "ListOtaTaskConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListOtaTaskExecutionsParameters = TypedDict(
    "ListOtaTaskExecutionsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOtaTasksParameters = TypedDict(
    "ListOtaTasksParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProvisioningProfilesParameters = TypedDict(
    "ListProvisioningProfilesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSchemaVersionsParameters = TypedDict(
    "ListSchemaVersionsParameters",
    {
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SchemaId": S,
        "SchemaId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Visibility": S,
        "Visibility.$": str,
        "SemanticVersion": S,
        "SemanticVersion.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutDefaultEncryptionConfigurationParameters = TypedDict(
    "PutDefaultEncryptionConfigurationParameters",
    {"EncryptionType": S, "EncryptionType.$": str, "KmsKeyArn": S, "KmsKeyArn.$": str},
    total=False,
)
PutHubConfigurationParameters = TypedDict(
    "PutHubConfigurationParameters",
    {"HubTokenTimerExpirySettingInSeconds": I, "HubTokenTimerExpirySettingInSeconds.$": str},
    total=False,
)

class RuntimeLogConfigurations(TypedDict, total=False):
    LogLevel: S
    LogFlushLevel: S
    LocalStoreLocation: S
    LocalStoreFileRotationMaxFiles: I
    LocalStoreFileRotationMaxBytes: I
    UploadLog: B
    UploadPeriodMinutes: I
    DeleteLocalStoreAfterUpload: B

PutRuntimeLogConfigurationParameters = TypedDict(
    "PutRuntimeLogConfigurationParameters",
    {
        "ManagedThingId": S,
        "ManagedThingId.$": str,
        "RuntimeLogConfigurations": X[RuntimeLogConfigurations],
        "RuntimeLogConfigurations.$": str,
    },
    total=False,
)
RegisterAccountAssociationParameters = TypedDict(
    "RegisterAccountAssociationParameters",
    {
        "ManagedThingId": S,
        "ManagedThingId.$": str,
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
        "DeviceDiscoveryId": S,
        "DeviceDiscoveryId.$": str,
    },
    total=False,
)

class RegisterCustomEndpointParameters(TypedDict, total=False): ...

ResetRuntimeLogConfigurationParameters = TypedDict(
    "ResetRuntimeLogConfigurationParameters",
    {"ManagedThingId": S, "ManagedThingId.$": str},
    total=False,
)

class MatterCapabilityReportAttribute(TypedDict, total=False):
    Id: S
    Name: S
    Value: Doc

class MatterCapabilityReportCluster(TypedDict, total=False):
    Id: S
    Revision: I
    PublicId: S
    Name: S
    SpecVersion: S
    Attributes: L[Xi[MatterCapabilityReportAttribute]]
    Commands: L[Si]
    Events: L[Si]
    FeatureMap: I
    GeneratedCommands: L[Si]
    FabricIndex: I

class MatterCapabilityReportEndpoint(TypedDict, total=False):
    Id: S
    DeviceTypes: L[Si]
    Clusters: L[Xi[MatterCapabilityReportCluster]]
    Parts: L[Si]
    SemanticTags: L[Si]
    ClientClusters: L[Si]

class MatterCapabilityReport(TypedDict, total=False):
    Version: S
    NodeId: S
    Endpoints: L[Xi[MatterCapabilityReportEndpoint]]

class Device(TypedDict, total=False):
    ConnectorDeviceId: S
    ConnectorDeviceName: S
    CapabilityReport: X[MatterCapabilityReport]
    CapabilitySchemas: L[Xi[CapabilitySchemaItem]]
    DeviceMetadata: Doc

class MatterCluster(TypedDict, total=False):
    Id: S
    Attributes: Doc
    Commands: M[Doc]
    Events: M[Doc]

class MatterEndpoint(TypedDict, total=False):
    Id: S
    Clusters: L[Xi[MatterCluster]]

SendConnectorEventParameters = TypedDict(
    "SendConnectorEventParameters",
    {
        "ConnectorId": S,
        "ConnectorId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Operation": S,
        "Operation.$": str,
        "OperationVersion": S,
        "OperationVersion.$": str,
        "StatusCode": I,
        "StatusCode.$": str,
        "Message": S,
        "Message.$": str,
        "DeviceDiscoveryId": S,
        "DeviceDiscoveryId.$": str,
        "ConnectorDeviceId": S,
        "ConnectorDeviceId.$": str,
        "TraceId": S,
        "TraceId.$": str,
        "Devices": L[Xi[Device]],
        "Devices.$": str,
        "MatterEndpoint": X[MatterEndpoint],
        "MatterEndpoint.$": str,
    },
    total=False,
)

class CapabilityAction(TypedDict, total=False):
    Name: S
    Ref: S
    ActionTraceId: S
    Parameters: Doc

class CommandCapability(TypedDict, total=False):
    Id: S
    Name: S
    Version: S
    Actions: L[Xi[CapabilityAction]]

class CommandEndpoint(TypedDict, total=False):
    EndpointId: S
    Capabilities: L[Xi[CommandCapability]]

SendManagedThingCommandParameters = TypedDict(
    "SendManagedThingCommandParameters",
    {
        "ManagedThingId": S,
        "ManagedThingId.$": str,
        "Endpoints": L[Xi[CommandEndpoint]],
        "Endpoints.$": str,
        "ConnectorAssociationId": S,
        "ConnectorAssociationId.$": str,
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
    },
    total=False,
)
StartAccountAssociationRefreshParameters = TypedDict(
    "StartAccountAssociationRefreshParameters",
    {"AccountAssociationId": S, "AccountAssociationId.$": str},
    total=False,
)
StartDeviceDiscoveryParameters = TypedDict(
    "StartDeviceDiscoveryParameters",
    {
        "DiscoveryType": S,
        "DiscoveryType.$": str,
        "CustomProtocolDetail": M[S],
        "CustomProtocolDetail.$": str,
        "ControllerIdentifier": S,
        "ControllerIdentifier.$": str,
        "ConnectorAssociationIdentifier": S,
        "ConnectorAssociationIdentifier.$": str,
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
        "AuthenticationMaterial": S,
        "AuthenticationMaterial.$": str,
        "AuthenticationMaterialType": S,
        "AuthenticationMaterialType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ConnectorDeviceIdList": L[Si],
        "ConnectorDeviceIdList.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "EndDeviceIdentifier": S,
        "EndDeviceIdentifier.$": str,
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
UpdateAccountAssociationParameters = TypedDict(
    "UpdateAccountAssociationParameters",
    {
        "AccountAssociationId": S,
        "AccountAssociationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateCloudConnectorParameters = TypedDict(
    "UpdateCloudConnectorParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class OAuthUpdate(TypedDict, total=False):
    OAuthCompleteRedirectUrl: S
    ProactiveRefreshTokenRenewal: X[ProactiveRefreshTokenRenewal]

class GeneralAuthorizationUpdate(TypedDict, total=False):
    AuthMaterialsToAdd: L[Xi[AuthMaterial]]
    AuthMaterialsToUpdate: L[Xi[AuthMaterial]]

class AuthConfigUpdate(TypedDict, total=False):
    OAuthUpdate: X[OAuthUpdate]
    GeneralAuthorizationUpdate: X[GeneralAuthorizationUpdate]

UpdateConnectorDestinationParameters = TypedDict(
    "UpdateConnectorDestinationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "AuthConfig": X[AuthConfigUpdate],
        "AuthConfig.$": str,
        "SecretsManager": X[SecretsManager],
        "SecretsManager.$": str,
    },
    total=False,
)
UpdateDestinationParameters = TypedDict(
    "UpdateDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DeliveryDestinationArn": S,
        "DeliveryDestinationArn.$": str,
        "DeliveryDestinationType": S,
        "DeliveryDestinationType.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateEventLogConfigurationParameters = TypedDict(
    "UpdateEventLogConfigurationParameters",
    {"Id": S, "Id.$": str, "EventLogLevel": S, "EventLogLevel.$": str},
    total=False,
)
UpdateManagedThingParameters = TypedDict(
    "UpdateManagedThingParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Owner": S,
        "Owner.$": str,
        "CredentialLockerId": S,
        "CredentialLockerId.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "WiFiSimpleSetupConfiguration": X[WiFiSimpleSetupConfiguration],
        "WiFiSimpleSetupConfiguration.$": str,
        "Brand": S,
        "Brand.$": str,
        "Model": S,
        "Model.$": str,
        "Name": S,
        "Name.$": str,
        "CapabilityReport": X[CapabilityReport],
        "CapabilityReport.$": str,
        "CapabilitySchemas": L[Xi[CapabilitySchemaItem]],
        "CapabilitySchemas.$": str,
        "Capabilities": S,
        "Capabilities.$": str,
        "Classification": S,
        "Classification.$": str,
        "HubNetworkMode": S,
        "HubNetworkMode.$": str,
        "MetaData": M[S],
        "MetaData.$": str,
    },
    total=False,
)
UpdateNotificationConfigurationParameters = TypedDict(
    "UpdateNotificationConfigurationParameters",
    {"EventType": S, "EventType.$": str, "DestinationName": S, "DestinationName.$": str},
    total=False,
)
UpdateOtaTaskParameters = TypedDict(
    "UpdateOtaTaskParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "TaskConfigurationId": S,
        "TaskConfigurationId.$": str,
    },
    total=False,
)
create_account_association: Builder[CreateAccountAssociationParameters]
create_cloud_connector: Builder[CreateCloudConnectorParameters]
create_connector_destination: Builder[CreateConnectorDestinationParameters]
create_credential_locker: Builder[CreateCredentialLockerParameters]
create_destination: Builder[CreateDestinationParameters]
create_event_log_configuration: Builder[CreateEventLogConfigurationParameters]
create_managed_thing: Builder[CreateManagedThingParameters]
create_notification_configuration: Builder[CreateNotificationConfigurationParameters]
create_ota_task: Builder[CreateOtaTaskParameters]
create_ota_task_configuration: Builder[CreateOtaTaskConfigurationParameters]
create_provisioning_profile: Builder[CreateProvisioningProfileParameters]
delete_account_association: Builder[DeleteAccountAssociationParameters]
delete_cloud_connector: Builder[DeleteCloudConnectorParameters]
delete_connector_destination: Builder[DeleteConnectorDestinationParameters]
delete_credential_locker: Builder[DeleteCredentialLockerParameters]
delete_destination: Builder[DeleteDestinationParameters]
delete_event_log_configuration: Builder[DeleteEventLogConfigurationParameters]
delete_managed_thing: Builder[DeleteManagedThingParameters]
delete_notification_configuration: Builder[DeleteNotificationConfigurationParameters]
delete_ota_task: Builder[DeleteOtaTaskParameters]
delete_ota_task_configuration: Builder[DeleteOtaTaskConfigurationParameters]
delete_provisioning_profile: Builder[DeleteProvisioningProfileParameters]
deregister_account_association: Builder[DeregisterAccountAssociationParameters]
get_account_association: Builder[GetAccountAssociationParameters]
get_cloud_connector: Builder[GetCloudConnectorParameters]
get_connector_destination: Builder[GetConnectorDestinationParameters]
get_credential_locker: Builder[GetCredentialLockerParameters]
get_custom_endpoint: Builder[GetCustomEndpointParameters]
get_default_encryption_configuration: Builder[GetDefaultEncryptionConfigurationParameters]
get_destination: Builder[GetDestinationParameters]
get_device_discovery: Builder[GetDeviceDiscoveryParameters]
get_event_log_configuration: Builder[GetEventLogConfigurationParameters]
get_hub_configuration: Builder[GetHubConfigurationParameters]
get_managed_thing: Builder[GetManagedThingParameters]
get_managed_thing_capabilities: Builder[GetManagedThingCapabilitiesParameters]
get_managed_thing_certificate: Builder[GetManagedThingCertificateParameters]
get_managed_thing_connectivity_data: Builder[GetManagedThingConnectivityDataParameters]
get_managed_thing_meta_data: Builder[GetManagedThingMetaDataParameters]
get_managed_thing_state: Builder[GetManagedThingStateParameters]
get_notification_configuration: Builder[GetNotificationConfigurationParameters]
get_ota_task: Builder[GetOtaTaskParameters]
get_ota_task_configuration: Builder[GetOtaTaskConfigurationParameters]
get_provisioning_profile: Builder[GetProvisioningProfileParameters]
get_runtime_log_configuration: Builder[GetRuntimeLogConfigurationParameters]
get_schema_version: Builder[GetSchemaVersionParameters]
list_account_associations: Builder[ListAccountAssociationsParameters]
list_cloud_connectors: Builder[ListCloudConnectorsParameters]
list_connector_destinations: Builder[ListConnectorDestinationsParameters]
list_credential_lockers: Builder[ListCredentialLockersParameters]
list_destinations: Builder[ListDestinationsParameters]
list_device_discoveries: Builder[ListDeviceDiscoveriesParameters]
list_discovered_devices: Builder[ListDiscoveredDevicesParameters]
list_event_log_configurations: Builder[ListEventLogConfigurationsParameters]
list_managed_thing_account_associations: Builder[ListManagedThingAccountAssociationsParameters]
list_managed_thing_schemas: Builder[ListManagedThingSchemasParameters]
list_managed_things: Builder[ListManagedThingsParameters]
list_notification_configurations: Builder[ListNotificationConfigurationsParameters]
list_ota_task_configurations: Builder[ListOtaTaskConfigurationsParameters]
list_ota_task_executions: Builder[ListOtaTaskExecutionsParameters]
list_ota_tasks: Builder[ListOtaTasksParameters]
list_provisioning_profiles: Builder[ListProvisioningProfilesParameters]
list_schema_versions: Builder[ListSchemaVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_default_encryption_configuration: Builder[PutDefaultEncryptionConfigurationParameters]
put_hub_configuration: Builder[PutHubConfigurationParameters]
put_runtime_log_configuration: Builder[PutRuntimeLogConfigurationParameters]
register_account_association: Builder[RegisterAccountAssociationParameters]
register_custom_endpoint: Builder[RegisterCustomEndpointParameters]
reset_runtime_log_configuration: Builder[ResetRuntimeLogConfigurationParameters]
send_connector_event: Builder[SendConnectorEventParameters]
send_managed_thing_command: Builder[SendManagedThingCommandParameters]
start_account_association_refresh: Builder[StartAccountAssociationRefreshParameters]
start_device_discovery: Builder[StartDeviceDiscoveryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_association: Builder[UpdateAccountAssociationParameters]
update_cloud_connector: Builder[UpdateCloudConnectorParameters]
update_connector_destination: Builder[UpdateConnectorDestinationParameters]
update_destination: Builder[UpdateDestinationParameters]
update_event_log_configuration: Builder[UpdateEventLogConfigurationParameters]
update_managed_thing: Builder[UpdateManagedThingParameters]
update_notification_configuration: Builder[UpdateNotificationConfigurationParameters]
update_ota_task: Builder[UpdateOtaTaskParameters]

__all__ = [
    "create_account_association",
    "create_cloud_connector",
    "create_connector_destination",
    "create_credential_locker",
    "create_destination",
    "create_event_log_configuration",
    "create_managed_thing",
    "create_notification_configuration",
    "create_ota_task",
    "create_ota_task_configuration",
    "create_provisioning_profile",
    "delete_account_association",
    "delete_cloud_connector",
    "delete_connector_destination",
    "delete_credential_locker",
    "delete_destination",
    "delete_event_log_configuration",
    "delete_managed_thing",
    "delete_notification_configuration",
    "delete_ota_task",
    "delete_ota_task_configuration",
    "delete_provisioning_profile",
    "deregister_account_association",
    "get_account_association",
    "get_cloud_connector",
    "get_connector_destination",
    "get_credential_locker",
    "get_custom_endpoint",
    "get_default_encryption_configuration",
    "get_destination",
    "get_device_discovery",
    "get_event_log_configuration",
    "get_hub_configuration",
    "get_managed_thing",
    "get_managed_thing_capabilities",
    "get_managed_thing_certificate",
    "get_managed_thing_connectivity_data",
    "get_managed_thing_meta_data",
    "get_managed_thing_state",
    "get_notification_configuration",
    "get_ota_task",
    "get_ota_task_configuration",
    "get_provisioning_profile",
    "get_runtime_log_configuration",
    "get_schema_version",
    "list_account_associations",
    "list_cloud_connectors",
    "list_connector_destinations",
    "list_credential_lockers",
    "list_destinations",
    "list_device_discoveries",
    "list_discovered_devices",
    "list_event_log_configurations",
    "list_managed_thing_account_associations",
    "list_managed_thing_schemas",
    "list_managed_things",
    "list_notification_configurations",
    "list_ota_task_configurations",
    "list_ota_task_executions",
    "list_ota_tasks",
    "list_provisioning_profiles",
    "list_schema_versions",
    "list_tags_for_resource",
    "put_default_encryption_configuration",
    "put_hub_configuration",
    "put_runtime_log_configuration",
    "register_account_association",
    "register_custom_endpoint",
    "reset_runtime_log_configuration",
    "send_connector_event",
    "send_managed_thing_command",
    "start_account_association_refresh",
    "start_device_discovery",
    "tag_resource",
    "untag_resource",
    "update_account_association",
    "update_cloud_connector",
    "update_connector_destination",
    "update_destination",
    "update_event_log_configuration",
    "update_managed_thing",
    "update_notification_configuration",
    "update_ota_task",
]
