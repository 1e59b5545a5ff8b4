"""Typed builders of the AWS SDK integration of iotfleetwise (``aws-sdk:iotfleetwise:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AssociateVehicleFleetParameters = TypedDict(
    "AssociateVehicleFleetParameters",
    {"VehicleName": S, "VehicleName.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class TimePeriod(TypedDict, total=False):
    Unit: S
    Value: I

class PeriodicStateTemplateUpdateStrategy(TypedDict, total=False):
    StateTemplateUpdateRate: X[TimePeriod]

class OnChangeStateTemplateUpdateStrategy(TypedDict, total=False): ...

class StateTemplateUpdateStrategy(TypedDict, total=False):
    Periodic: X[PeriodicStateTemplateUpdateStrategy]
    OnChange: X[OnChangeStateTemplateUpdateStrategy]

class StateTemplateAssociation(TypedDict, total=False):
    Identifier: S
    StateTemplateUpdateStrategy: X[StateTemplateUpdateStrategy]

class CreateVehicleRequestItem(TypedDict, total=False):
    VehicleName: S
    ModelManifestArn: S
    DecoderManifestArn: S
    Attributes: M[S]
    AssociationBehavior: S
    Tags: L[Xi[Tag]]
    StateTemplates: L[Xi[StateTemplateAssociation]]

BatchCreateVehicleParameters = TypedDict(
    "BatchCreateVehicleParameters",
    {"Vehicles": L[Xi[CreateVehicleRequestItem]], "Vehicles.$": str},
    total=False,
)

class UpdateVehicleRequestItem(TypedDict, total=False):
    VehicleName: S
    ModelManifestArn: S
    DecoderManifestArn: S
    Attributes: M[S]
    AttributeUpdateMode: S
    StateTemplatesToAdd: L[Xi[StateTemplateAssociation]]
    StateTemplatesToRemove: L[Si]
    StateTemplatesToUpdate: L[Xi[StateTemplateAssociation]]

BatchUpdateVehicleParameters = TypedDict(
    "BatchUpdateVehicleParameters",
    {"Vehicles": L[Xi[UpdateVehicleRequestItem]], "Vehicles.$": str},
    total=False,
)

class SignalInformation(TypedDict, total=False):
    Name: S
    MaxSampleCount: I
    MinimumSamplingIntervalMs: I
    DataPartitionId: S

class TimeBasedCollectionScheme(TypedDict, total=False):
    PeriodMs: I

class ConditionBasedCollectionScheme(TypedDict, total=False):
    Expression: S
    MinimumTriggerIntervalMs: I
    TriggerMode: S
    ConditionLanguageVersion: I

class CollectionScheme(TypedDict, total=False):
    TimeBasedCollectionScheme: X[TimeBasedCollectionScheme]
    ConditionBasedCollectionScheme: X[ConditionBasedCollectionScheme]

class S3Config(TypedDict, total=False):
    BucketArn: S
    DataFormat: S
    StorageCompressionFormat: S
    Prefix: S

class TimestreamConfig(TypedDict, total=False):
    TimestreamTableArn: S
    ExecutionRoleArn: S

class MqttTopicConfig(TypedDict, total=False):
    MqttTopicArn: S
    ExecutionRoleArn: S

class DataDestinationConfig(TypedDict, total=False):
    S3Config: X[S3Config]
    TimestreamConfig: X[TimestreamConfig]
    MqttTopicConfig: X[MqttTopicConfig]

class StorageMaximumSize(TypedDict, total=False):
    Unit: S
    Value: I

class StorageMinimumTimeToLive(TypedDict, total=False):
    Unit: S
    Value: I

class DataPartitionStorageOptions(TypedDict, total=False):
    MaximumSize: X[StorageMaximumSize]
    StorageLocation: S
    MinimumTimeToLive: X[StorageMinimumTimeToLive]

class DataPartitionUploadOptions(TypedDict, total=False):
    Expression: S
    ConditionLanguageVersion: I

class DataPartition(TypedDict, total=False):
    Id: S
    StorageOptions: X[DataPartitionStorageOptions]
    UploadOptions: X[DataPartitionUploadOptions]

class TimeBasedSignalFetchConfig(TypedDict, total=False):
    ExecutionFrequencyMs: I

class ConditionBasedSignalFetchConfig(TypedDict, total=False):
    ConditionExpression: S
    TriggerMode: S

class SignalFetchConfig(TypedDict, total=False):
    TimeBased: X[TimeBasedSignalFetchConfig]
    ConditionBased: X[ConditionBasedSignalFetchConfig]

class SignalFetchInformation(TypedDict, total=False):
    FullyQualifiedName: S
    SignalFetchConfig: X[SignalFetchConfig]
    ConditionLanguageVersion: I
    Actions: L[Si]

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SignalCatalogArn": S,
        "SignalCatalogArn.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "ExpiryTime": T,
        "ExpiryTime.$": str,
        "PostTriggerCollectionDuration": I,
        "PostTriggerCollectionDuration.$": str,
        "DiagnosticsMode": S,
        "DiagnosticsMode.$": str,
        "SpoolingMode": S,
        "SpoolingMode.$": str,
        "Compression": S,
        "Compression.$": str,
        "Priority": I,
        "Priority.$": str,
        "SignalsToCollect": L[Xi[SignalInformation]],
        "SignalsToCollect.$": str,
        "CollectionScheme": X[CollectionScheme],
        "CollectionScheme.$": str,
        "DataExtraDimensions": L[Si],
        "DataExtraDimensions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataDestinationConfigs": L[Xi[DataDestinationConfig]],
        "DataDestinationConfigs.$": str,
        "DataPartitions": L[Xi[DataPartition]],
        "DataPartitions.$": str,
        "SignalsToFetch": L[Xi[SignalFetchInformation]],
        "SignalsToFetch.$": str,
    },
    total=False,
)

class CanSignal(TypedDict, total=False):
    MessageId: I
    IsBigEndian: B
    IsSigned: B
    StartBit: I
    Offset: F
    Factor: F
    Length: I
    Name: S
    SignalValueType: S

class ObdSignal(TypedDict, total=False):
    PidResponseLength: I
    ServiceMode: I
    Pid: I
    Scaling: F
    Offset: F
    StartByte: I
    ByteLength: I
    BitRightShift: I
    BitMaskLength: I
    IsSigned: B
    SignalValueType: S

class ROS2PrimitiveMessageDefinition(TypedDict, total=False):
    PrimitiveType: S
    Offset: F
    Scaling: F
    UpperBound: I

class PrimitiveMessageDefinition(TypedDict, total=False):
    Ros2PrimitiveMessageDefinition: X[ROS2PrimitiveMessageDefinition]

class StructuredMessageListDefinition(TypedDict, total=False):
    Name: S
    MemberType: X[StructuredMessage]
    ListType: S
    Capacity: I

class StructuredMessageFieldNameAndDataTypePair(TypedDict, total=False):
    FieldName: S
    DataType: X[StructuredMessage]

class StructuredMessage(TypedDict, total=False):
    PrimitiveMessageDefinition: X[PrimitiveMessageDefinition]
    StructuredMessageListDefinition: X[StructuredMessageListDefinition]
    StructuredMessageDefinition: L[Xi[StructuredMessageFieldNameAndDataTypePair]]

class MessageSignal(TypedDict, total=False):
    TopicName: S
    StructuredMessage: X[StructuredMessage]

class CustomDecodingSignal(TypedDict, total=False):
    Id: S

class SignalDecoder(TypedDict, total=False):
    FullyQualifiedName: S
    Type: S
    InterfaceId: S
    CanSignal: X[CanSignal]
    ObdSignal: X[ObdSignal]
    MessageSignal: X[MessageSignal]
    CustomDecodingSignal: X[CustomDecodingSignal]

class CanInterface(TypedDict, total=False):
    Name: S
    ProtocolName: S
    ProtocolVersion: S

class ObdInterface(TypedDict, total=False):
    Name: S
    RequestMessageId: I
    ObdStandard: S
    PidRequestIntervalSeconds: I
    DtcRequestIntervalSeconds: I
    UseExtendedIds: B
    HasTransmissionEcu: B

class VehicleMiddleware(TypedDict, total=False):
    Name: S
    ProtocolName: S

class CustomDecodingInterface(TypedDict, total=False):
    Name: S

class NetworkInterface(TypedDict, total=False):
    InterfaceId: S
    Type: S
    CanInterface: X[CanInterface]
    ObdInterface: X[ObdInterface]
    VehicleMiddleware: X[VehicleMiddleware]
    CustomDecodingInterface: X[CustomDecodingInterface]

CreateDecoderManifestParameters = TypedDict(
    "CreateDecoderManifestParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ModelManifestArn": S,
        "ModelManifestArn.$": str,
        "SignalDecoders": L[Xi[SignalDecoder]],
        "SignalDecoders.$": str,
        "NetworkInterfaces": L[Xi[NetworkInterface]],
        "NetworkInterfaces.$": str,
        "DefaultForUnmappedSignals": S,
        "DefaultForUnmappedSignals.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Description": S,
        "Description.$": str,
        "SignalCatalogArn": S,
        "SignalCatalogArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateModelManifestParameters = TypedDict(
    "CreateModelManifestParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Nodes": L[Si],
        "Nodes.$": str,
        "SignalCatalogArn": S,
        "SignalCatalogArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Branch(TypedDict, total=False):
    FullyQualifiedName: S
    Description: S
    DeprecationMessage: S
    Comment: S

class Sensor(TypedDict, total=False):
    FullyQualifiedName: S
    DataType: S
    Description: S
    Unit: S
    AllowedValues: L[Si]
    Min: F
    Max: F
    DeprecationMessage: S
    Comment: S
    StructFullyQualifiedName: S

class Actuator(TypedDict, total=False):
    FullyQualifiedName: S
    DataType: S
    Description: S
    Unit: S
    AllowedValues: L[Si]
    Min: F
    Max: F
    AssignedValue: S
    DeprecationMessage: S
    Comment: S
    StructFullyQualifiedName: S

class Attribute(TypedDict, total=False):
    FullyQualifiedName: S
    DataType: S
    Description: S
    Unit: S
    AllowedValues: L[Si]
    Min: F
    Max: F
    AssignedValue: S
    DefaultValue: S
    DeprecationMessage: S
    Comment: S

class CustomStruct(TypedDict, total=False):
    FullyQualifiedName: S
    Description: S
    DeprecationMessage: S
    Comment: S

class CustomProperty(TypedDict, total=False):
    FullyQualifiedName: S
    DataType: S
    DataEncoding: S
    Description: S
    DeprecationMessage: S
    Comment: S
    StructFullyQualifiedName: S

class Node(TypedDict, total=False):
    Branch: X[Branch]
    Sensor: X[Sensor]
    Actuator: X[Actuator]
    Attribute: X[Attribute]
    Struct: X[CustomStruct]
    Property: X[CustomProperty]

CreateSignalCatalogParameters = TypedDict(
    "CreateSignalCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Nodes": L[Xi[Node]],
        "Nodes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateStateTemplateParameters = TypedDict(
    "CreateStateTemplateParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SignalCatalogArn": S,
        "SignalCatalogArn.$": str,
        "StateTemplateProperties": L[Si],
        "StateTemplateProperties.$": str,
        "DataExtraDimensions": L[Si],
        "DataExtraDimensions.$": str,
        "MetadataExtraDimensions": L[Si],
        "MetadataExtraDimensions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateVehicleParameters = TypedDict(
    "CreateVehicleParameters",
    {
        "VehicleName": S,
        "VehicleName.$": str,
        "ModelManifestArn": S,
        "ModelManifestArn.$": str,
        "DecoderManifestArn": S,
        "DecoderManifestArn.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "AssociationBehavior": S,
        "AssociationBehavior.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StateTemplates": L[Xi[StateTemplateAssociation]],
        "StateTemplates.$": str,
    },
    total=False,
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDecoderManifestParameters = TypedDict(
    "DeleteDecoderManifestParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteFleetParameters = TypedDict(
    "DeleteFleetParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
DeleteModelManifestParameters = TypedDict(
    "DeleteModelManifestParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteSignalCatalogParameters = TypedDict(
    "DeleteSignalCatalogParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteStateTemplateParameters = TypedDict(
    "DeleteStateTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteVehicleParameters = TypedDict(
    "DeleteVehicleParameters", {"VehicleName": S, "VehicleName.$": str}, total=False
)
DisassociateVehicleFleetParameters = TypedDict(
    "DisassociateVehicleFleetParameters",
    {"VehicleName": S, "VehicleName.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
GetCampaignParameters = TypedDict("GetCampaignParameters", {"Name": S, "Name.$": str}, total=False)
GetDecoderManifestParameters = TypedDict(
    "GetDecoderManifestParameters", {"Name": S, "Name.$": str}, total=False
)

class GetEncryptionConfigurationParameters(TypedDict, total=False): ...

GetFleetParameters = TypedDict("GetFleetParameters", {"FleetId": S, "FleetId.$": str}, total=False)

class GetLoggingOptionsParameters(TypedDict, total=False): ...

GetModelManifestParameters = TypedDict(
    "GetModelManifestParameters", {"Name": S, "Name.$": str}, total=False
)

class GetRegisterAccountStatusParameters(TypedDict, total=False): ...

GetSignalCatalogParameters = TypedDict(
    "GetSignalCatalogParameters", {"Name": S, "Name.$": str}, total=False
)
GetStateTemplateParameters = TypedDict(
    "GetStateTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetVehicleParameters = TypedDict(
    "GetVehicleParameters", {"VehicleName": S, "VehicleName.$": str}, total=False
)
GetVehicleStatusParameters = TypedDict(
    "GetVehicleStatusParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "VehicleName": S,
        "VehicleName.$": str,
    },
    total=False,
)

class CanDbcDefinition(TypedDict, total=False):
    NetworkInterface: S
    CanDbcFiles: L[Si]
    SignalsMap: M[S]

class NetworkFileDefinition(TypedDict, total=False):
    CanDbc: X[CanDbcDefinition]

ImportDecoderManifestParameters = TypedDict(
    "ImportDecoderManifestParameters",
    {
        "Name": S,
        "Name.$": str,
        "NetworkFileDefinitions": L[Xi[NetworkFileDefinition]],
        "NetworkFileDefinitions.$": str,
    },
    total=False,
)

class FormattedVss(TypedDict, total=False):
    VssJson: S

ImportSignalCatalogParameters = TypedDict(
    "ImportSignalCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Vss": X[FormattedVss],
        "Vss.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListCampaignsParameters = TypedDict(
    "ListCampaignsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListDecoderManifestNetworkInterfacesParameters = TypedDict(
    "ListDecoderManifestNetworkInterfacesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDecoderManifestSignalsParameters = TypedDict(
    "ListDecoderManifestSignalsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDecoderManifestsParameters = TypedDict(
    "ListDecoderManifestsParameters",
    {
        "ModelManifestArn": S,
        "ModelManifestArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListFleetsParameters = TypedDict(
    "ListFleetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListFleetsForVehicleParameters = TypedDict(
    "ListFleetsForVehicleParameters",
    {
        "VehicleName": S,
        "VehicleName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelManifestNodesParameters = TypedDict(
    "ListModelManifestNodesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelManifestsParameters = TypedDict(
    "ListModelManifestsParameters",
    {
        "SignalCatalogArn": S,
        "SignalCatalogArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListSignalCatalogNodesParameters = TypedDict(
    "ListSignalCatalogNodesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SignalNodeType": S,
        "SignalNodeType.$": str,
    },
    total=False,
)
ListSignalCatalogsParameters = TypedDict(
    "ListSignalCatalogsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStateTemplatesParameters = TypedDict(
    "ListStateTemplatesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListVehiclesParameters = TypedDict(
    "ListVehiclesParameters",
    {
        "ModelManifestArn": S,
        "ModelManifestArn.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
        "AttributeValues": L[Si],
        "AttributeValues.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListResponseScope": S,
        "ListResponseScope.$": str,
    },
    total=False,
)
ListVehiclesInFleetParameters = TypedDict(
    "ListVehiclesInFleetParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutEncryptionConfigurationParameters = TypedDict(
    "PutEncryptionConfigurationParameters",
    {"KmsKeyId": S, "KmsKeyId.$": str, "EncryptionType": S, "EncryptionType.$": str},
    total=False,
)

class CloudWatchLogDeliveryOptions(TypedDict, total=False):
    LogType: S
    LogGroupName: S

PutLoggingOptionsParameters = TypedDict(
    "PutLoggingOptionsParameters",
    {"CloudWatchLogDelivery": X[CloudWatchLogDeliveryOptions], "CloudWatchLogDelivery.$": str},
    total=False,
)

class TimestreamResources(TypedDict, total=False):
    TimestreamDatabaseName: S
    TimestreamTableName: S

class IamResources(TypedDict, total=False):
    RoleArn: S

RegisterAccountParameters = TypedDict(
    "RegisterAccountParameters",
    {
        "TimestreamResources": X[TimestreamResources],
        "TimestreamResources.$": str,
        "IamResources": X[IamResources],
        "IamResources.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCampaignParameters = TypedDict(
    "UpdateCampaignParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DataExtraDimensions": L[Si],
        "DataExtraDimensions.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)
UpdateDecoderManifestParameters = TypedDict(
    "UpdateDecoderManifestParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SignalDecodersToAdd": L[Xi[SignalDecoder]],
        "SignalDecodersToAdd.$": str,
        "SignalDecodersToUpdate": L[Xi[SignalDecoder]],
        "SignalDecodersToUpdate.$": str,
        "SignalDecodersToRemove": L[Si],
        "SignalDecodersToRemove.$": str,
        "NetworkInterfacesToAdd": L[Xi[NetworkInterface]],
        "NetworkInterfacesToAdd.$": str,
        "NetworkInterfacesToUpdate": L[Xi[NetworkInterface]],
        "NetworkInterfacesToUpdate.$": str,
        "NetworkInterfacesToRemove": L[Si],
        "NetworkInterfacesToRemove.$": str,
        "Status": S,
        "Status.$": str,
        "DefaultForUnmappedSignals": S,
        "DefaultForUnmappedSignals.$": str,
    },
    total=False,
)
UpdateFleetParameters = TypedDict(
    "UpdateFleetParameters",
    {"FleetId": S, "FleetId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateModelManifestParameters = TypedDict(
    "UpdateModelManifestParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "NodesToAdd": L[Si],
        "NodesToAdd.$": str,
        "NodesToRemove": L[Si],
        "NodesToRemove.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateSignalCatalogParameters = TypedDict(
    "UpdateSignalCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "NodesToAdd": L[Xi[Node]],
        "NodesToAdd.$": str,
        "NodesToUpdate": L[Xi[Node]],
        "NodesToUpdate.$": str,
        "NodesToRemove": L[Si],
        "NodesToRemove.$": str,
    },
    total=False,
)
UpdateStateTemplateParameters = TypedDict(
    "UpdateStateTemplateParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "StateTemplatePropertiesToAdd": L[Si],
        "StateTemplatePropertiesToAdd.$": str,
        "StateTemplatePropertiesToRemove": L[Si],
        "StateTemplatePropertiesToRemove.$": str,
        "DataExtraDimensions": L[Si],
        "DataExtraDimensions.$": str,
        "MetadataExtraDimensions": L[Si],
        "MetadataExtraDimensions.$": str,
    },
    total=False,
)
UpdateVehicleParameters = TypedDict(
    "UpdateVehicleParameters",
    {
        "VehicleName": S,
        "VehicleName.$": str,
        "ModelManifestArn": S,
        "ModelManifestArn.$": str,
        "DecoderManifestArn": S,
        "DecoderManifestArn.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "AttributeUpdateMode": S,
        "AttributeUpdateMode.$": str,
        "StateTemplatesToAdd": L[Xi[StateTemplateAssociation]],
        "StateTemplatesToAdd.$": str,
        "StateTemplatesToRemove": L[Si],
        "StateTemplatesToRemove.$": str,
        "StateTemplatesToUpdate": L[Xi[StateTemplateAssociation]],
        "StateTemplatesToUpdate.$": str,
    },
    total=False,
)
associate_vehicle_fleet: Builder[AssociateVehicleFleetParameters]
batch_create_vehicle: Builder[BatchCreateVehicleParameters]
batch_update_vehicle: Builder[BatchUpdateVehicleParameters]
create_campaign: Builder[CreateCampaignParameters]
create_decoder_manifest: Builder[CreateDecoderManifestParameters]
create_fleet: Builder[CreateFleetParameters]
create_model_manifest: Builder[CreateModelManifestParameters]
create_signal_catalog: Builder[CreateSignalCatalogParameters]
create_state_template: Builder[CreateStateTemplateParameters]
create_vehicle: Builder[CreateVehicleParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_decoder_manifest: Builder[DeleteDecoderManifestParameters]
delete_fleet: Builder[DeleteFleetParameters]
delete_model_manifest: Builder[DeleteModelManifestParameters]
delete_signal_catalog: Builder[DeleteSignalCatalogParameters]
delete_state_template: Builder[DeleteStateTemplateParameters]
delete_vehicle: Builder[DeleteVehicleParameters]
disassociate_vehicle_fleet: Builder[DisassociateVehicleFleetParameters]
get_campaign: Builder[GetCampaignParameters]
get_decoder_manifest: Builder[GetDecoderManifestParameters]
get_encryption_configuration: Builder[GetEncryptionConfigurationParameters]
get_fleet: Builder[GetFleetParameters]
get_logging_options: Builder[GetLoggingOptionsParameters]
get_model_manifest: Builder[GetModelManifestParameters]
get_register_account_status: Builder[GetRegisterAccountStatusParameters]
get_signal_catalog: Builder[GetSignalCatalogParameters]
get_state_template: Builder[GetStateTemplateParameters]
get_vehicle: Builder[GetVehicleParameters]
get_vehicle_status: Builder[GetVehicleStatusParameters]
import_decoder_manifest: Builder[ImportDecoderManifestParameters]
import_signal_catalog: Builder[ImportSignalCatalogParameters]
list_campaigns: Builder[ListCampaignsParameters]
list_decoder_manifest_network_interfaces: Builder[ListDecoderManifestNetworkInterfacesParameters]
list_decoder_manifest_signals: Builder[ListDecoderManifestSignalsParameters]
list_decoder_manifests: Builder[ListDecoderManifestsParameters]
list_fleets: Builder[ListFleetsParameters]
list_fleets_for_vehicle: Builder[ListFleetsForVehicleParameters]
list_model_manifest_nodes: Builder[ListModelManifestNodesParameters]
list_model_manifests: Builder[ListModelManifestsParameters]
list_signal_catalog_nodes: Builder[ListSignalCatalogNodesParameters]
list_signal_catalogs: Builder[ListSignalCatalogsParameters]
list_state_templates: Builder[ListStateTemplatesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vehicles: Builder[ListVehiclesParameters]
list_vehicles_in_fleet: Builder[ListVehiclesInFleetParameters]
put_encryption_configuration: Builder[PutEncryptionConfigurationParameters]
put_logging_options: Builder[PutLoggingOptionsParameters]
register_account: Builder[RegisterAccountParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_campaign: Builder[UpdateCampaignParameters]
update_decoder_manifest: Builder[UpdateDecoderManifestParameters]
update_fleet: Builder[UpdateFleetParameters]
update_model_manifest: Builder[UpdateModelManifestParameters]
update_signal_catalog: Builder[UpdateSignalCatalogParameters]
update_state_template: Builder[UpdateStateTemplateParameters]
update_vehicle: Builder[UpdateVehicleParameters]

__all__ = [
    "associate_vehicle_fleet",
    "batch_create_vehicle",
    "batch_update_vehicle",
    "create_campaign",
    "create_decoder_manifest",
    "create_fleet",
    "create_model_manifest",
    "create_signal_catalog",
    "create_state_template",
    "create_vehicle",
    "delete_campaign",
    "delete_decoder_manifest",
    "delete_fleet",
    "delete_model_manifest",
    "delete_signal_catalog",
    "delete_state_template",
    "delete_vehicle",
    "disassociate_vehicle_fleet",
    "get_campaign",
    "get_decoder_manifest",
    "get_encryption_configuration",
    "get_fleet",
    "get_logging_options",
    "get_model_manifest",
    "get_register_account_status",
    "get_signal_catalog",
    "get_state_template",
    "get_vehicle",
    "get_vehicle_status",
    "import_decoder_manifest",
    "import_signal_catalog",
    "list_campaigns",
    "list_decoder_manifest_network_interfaces",
    "list_decoder_manifest_signals",
    "list_decoder_manifests",
    "list_fleets",
    "list_fleets_for_vehicle",
    "list_model_manifest_nodes",
    "list_model_manifests",
    "list_signal_catalog_nodes",
    "list_signal_catalogs",
    "list_state_templates",
    "list_tags_for_resource",
    "list_vehicles",
    "list_vehicles_in_fleet",
    "put_encryption_configuration",
    "put_logging_options",
    "register_account",
    "tag_resource",
    "untag_resource",
    "update_campaign",
    "update_decoder_manifest",
    "update_fleet",
    "update_model_manifest",
    "update_signal_catalog",
    "update_state_template",
    "update_vehicle",
]
