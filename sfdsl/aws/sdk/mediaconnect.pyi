"""Typed builders of the AWS SDK integration of mediaconnect (``aws-sdk:mediaconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class AddBridgeNetworkOutputRequest(TypedDict, total=False):
    IpAddress: S
    Name: S
    NetworkName: S
    Port: I
    Protocol: S
    Ttl: I

class AddBridgeOutputRequest(TypedDict, total=False):
    NetworkOutput: X[AddBridgeNetworkOutputRequest]

AddBridgeOutputsParameters = TypedDict(
    "AddBridgeOutputsParameters",
    {
        "BridgeArn": S,
        "BridgeArn.$": str,
        "Outputs": L[Xi[AddBridgeOutputRequest]],
        "Outputs.$": str,
    },
    total=False,
)

class VpcInterfaceAttachment(TypedDict, total=False):
    VpcInterfaceName: S

class AddBridgeFlowSourceRequest(TypedDict, total=False):
    FlowArn: S
    FlowVpcInterfaceAttachment: X[VpcInterfaceAttachment]
    Name: S

class MulticastSourceSettings(TypedDict, total=False):
    MulticastSourceIp: S

class AddBridgeNetworkSourceRequest(TypedDict, total=False):
    MulticastIp: S
    MulticastSourceSettings: X[MulticastSourceSettings]
    Name: S
    NetworkName: S
    Port: I
    Protocol: S

class AddBridgeSourceRequest(TypedDict, total=False):
    FlowSource: X[AddBridgeFlowSourceRequest]
    NetworkSource: X[AddBridgeNetworkSourceRequest]

AddBridgeSourcesParameters = TypedDict(
    "AddBridgeSourcesParameters",
    {
        "BridgeArn": S,
        "BridgeArn.$": str,
        "Sources": L[Xi[AddBridgeSourceRequest]],
        "Sources.$": str,
    },
    total=False,
)

class FmtpRequest(TypedDict, total=False):
    ChannelOrder: S
    Colorimetry: S
    ExactFramerate: S
    Par: S
    Range: S
    ScanMode: S
    Tcs: S

class MediaStreamAttributesRequest(TypedDict, total=False):
    Fmtp: X[FmtpRequest]
    Lang: S

class AddMediaStreamRequest(TypedDict, total=False):
    Attributes: X[MediaStreamAttributesRequest]
    ClockRate: I
    Description: S
    MediaStreamId: I
    MediaStreamName: S
    MediaStreamType: S
    VideoFormat: S
    MediaStreamTags: M[S]

AddFlowMediaStreamsParameters = TypedDict(
    "AddFlowMediaStreamsParameters",
    {
        "FlowArn": S,
        "FlowArn.$": str,
        "MediaStreams": L[Xi[AddMediaStreamRequest]],
        "MediaStreams.$": str,
    },
    total=False,
)

class Encryption(TypedDict, total=False):
    Algorithm: S
    ConstantInitializationVector: S
    DeviceId: S
    KeyType: S
    Region: S
    ResourceId: S
    RoleArn: S
    SecretArn: S
    Url: S

class InterfaceRequest(TypedDict, total=False):
    Name: S

class DestinationConfigurationRequest(TypedDict, total=False):
    DestinationIp: S
    DestinationPort: I
    InterfaceValue: X[InterfaceRequest]

class EncodingParametersRequest(TypedDict, total=False):
    CompressionFactor: F
    EncoderProfile: S

class MediaStreamOutputConfigurationRequest(TypedDict, total=False):
    DestinationConfigurations: L[Xi[DestinationConfigurationRequest]]
    EncodingName: S
    EncodingParameters: X[EncodingParametersRequest]
    MediaStreamName: S

class SecretsManagerEncryptionKeyConfiguration(TypedDict, total=False):
    SecretArn: S
    RoleArn: S

class AutomaticEncryptionKeyConfiguration(TypedDict, total=False): ...

class FlowTransitEncryptionKeyConfiguration(TypedDict, total=False):
    SecretsManager: X[SecretsManagerEncryptionKeyConfiguration]
    Automatic: X[AutomaticEncryptionKeyConfiguration]

class FlowTransitEncryption(TypedDict, total=False):
    EncryptionKeyType: S
    EncryptionKeyConfiguration: X[FlowTransitEncryptionKeyConfiguration]

class PublicTlsEncryptionConfiguration(TypedDict, total=False): ...

class TlsEncryptionConfiguration(TypedDict, total=False):
    PublicValue: X[PublicTlsEncryptionConfiguration]

class TlsEncryption(TypedDict, total=False):
    EncryptionType: S
    EncryptionConfiguration: X[TlsEncryptionConfiguration]

class RtmpPushOutputSettings(TypedDict, total=False):
    ApplicationName: S
    StreamName: S
    TlsEncryption: X[TlsEncryption]

class AddOutputRequest(TypedDict, total=False):
    CidrAllowList: L[Si]
    Description: S
    Destination: S
    Encryption: X[Encryption]
    MaxLatency: I
    MediaStreamOutputConfigurations: L[Xi[MediaStreamOutputConfigurationRequest]]
    MinLatency: I
    Name: S
    Port: I
    Protocol: S
    RemoteId: S
    SenderControlPort: I
    SmoothingLatency: I
    StreamId: S
    VpcInterfaceAttachment: X[VpcInterfaceAttachment]
    OutputStatus: S
    NdiSpeedHqQuality: I
    NdiProgramName: S
    OutputTags: M[S]
    RouterIntegrationState: S
    RouterIntegrationTransitEncryption: X[FlowTransitEncryption]
    NdiOutputTimecodeSource: S
    NdiAudioReferenceLevel: I
    RtmpPushSettings: X[RtmpPushOutputSettings]

AddFlowOutputsParameters = TypedDict(
    "AddFlowOutputsParameters",
    {"FlowArn": S, "FlowArn.$": str, "Outputs": L[Xi[AddOutputRequest]], "Outputs.$": str},
    total=False,
)

class InputConfigurationRequest(TypedDict, total=False):
    InputPort: I
    InterfaceValue: X[InterfaceRequest]

class MediaStreamSourceConfigurationRequest(TypedDict, total=False):
    EncodingName: S
    InputConfigurations: L[Xi[InputConfigurationRequest]]
    MediaStreamName: S

class SetGatewayBridgeSourceRequest(TypedDict, total=False):
    BridgeArn: S
    VpcInterfaceAttachment: X[VpcInterfaceAttachment]

class NdiSourceSettings(TypedDict, total=False):
    SourceName: S
    AudioReferenceLevel: I

class ManualRtmpPushNamingConfiguration(TypedDict, total=False):
    ApplicationName: S
    StreamName: S

class AutomaticRtmpPushNamingConfiguration(TypedDict, total=False): ...

class RtmpPushNamingConfiguration(TypedDict, total=False):
    Manual: X[ManualRtmpPushNamingConfiguration]
    Automatic: X[AutomaticRtmpPushNamingConfiguration]

class SetRtmpPushSourceSettings(TypedDict, total=False):
    NamingConfiguration: X[RtmpPushNamingConfiguration]

class SetSourceRequest(TypedDict, total=False):
    Decryption: X[Encryption]
    Description: S
    EntitlementArn: S
    IngestPort: I
    MaxBitrate: I
    MaxLatency: I
    MaxSyncBuffer: I
    MediaStreamSourceConfigurations: L[Xi[MediaStreamSourceConfigurationRequest]]
    MinLatency: I
    Name: S
    Protocol: S
    SenderControlPort: I
    SenderIpAddress: S
    SourceListenerAddress: S
    SourceListenerPort: I
    StreamId: S
    VpcInterfaceName: S
    WhitelistCidr: S
    GatewayBridgeSource: X[SetGatewayBridgeSourceRequest]
    NdiSourceSettings: X[NdiSourceSettings]
    SourceTags: M[S]
    RouterIntegrationState: S
    RouterIntegrationTransitDecryption: X[FlowTransitEncryption]
    RtmpPushSettings: X[SetRtmpPushSourceSettings]

AddFlowSourcesParameters = TypedDict(
    "AddFlowSourcesParameters",
    {"FlowArn": S, "FlowArn.$": str, "Sources": L[Xi[SetSourceRequest]], "Sources.$": str},
    total=False,
)

class VpcInterfaceRequest(TypedDict, total=False):
    Name: S
    NetworkInterfaceType: S
    RoleArn: S
    SecurityGroupIds: L[Si]
    SubnetId: S
    VpcInterfaceTags: M[S]

AddFlowVpcInterfacesParameters = TypedDict(
    "AddFlowVpcInterfacesParameters",
    {
        "FlowArn": S,
        "FlowArn.$": str,
        "VpcInterfaces": L[Xi[VpcInterfaceRequest]],
        "VpcInterfaces.$": str,
    },
    total=False,
)
BatchGetDestinationEndpointParameters = TypedDict(
    "BatchGetDestinationEndpointParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
BatchGetRouterInputParameters = TypedDict(
    "BatchGetRouterInputParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
BatchGetRouterNetworkInterfaceParameters = TypedDict(
    "BatchGetRouterNetworkInterfaceParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
BatchGetRouterOutputParameters = TypedDict(
    "BatchGetRouterOutputParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
BatchGetSourceEndpointParameters = TypedDict(
    "BatchGetSourceEndpointParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
ConnectEndpointsParameters = TypedDict(
    "ConnectEndpointsParameters",
    {
        "DestinationEndpointArn": S,
        "DestinationEndpointArn.$": str,
        "SourceEndpointArn": S,
        "SourceEndpointArn.$": str,
    },
    total=False,
)

class AddEgressGatewayBridgeRequest(TypedDict, total=False):
    MaxBitrate: I

class AddIngressGatewayBridgeRequest(TypedDict, total=False):
    MaxBitrate: I
    MaxOutputs: I

class SourcePriority(TypedDict, total=False):
    PrimarySource: S

class FailoverConfig(TypedDict, total=False):
    FailoverMode: S
    RecoveryWindow: I
    SourcePriority: X[SourcePriority]
    State: S

CreateBridgeParameters = TypedDict(
    "CreateBridgeParameters",
    {
        "EgressGatewayBridge": X[AddEgressGatewayBridgeRequest],
        "EgressGatewayBridge.$": str,
        "IngressGatewayBridge": X[AddIngressGatewayBridgeRequest],
        "IngressGatewayBridge.$": str,
        "Name": S,
        "Name.$": str,
        "Outputs": L[Xi[AddBridgeOutputRequest]],
        "Outputs.$": str,
        "PlacementArn": S,
        "PlacementArn.$": str,
        "SourceFailoverConfig": X[FailoverConfig],
        "SourceFailoverConfig.$": str,
        "Sources": L[Xi[AddBridgeSourceRequest]],
        "Sources.$": str,
    },
    total=False,
)

class GrantEntitlementRequest(TypedDict, total=False):
    DataTransferSubscriberFeePercent: I
    Description: S
    Encryption: X[Encryption]
    EntitlementStatus: S
    Name: S
    Subscribers: L[Si]
    EntitlementTags: M[S]

class AddMaintenance(TypedDict, total=False):
    MaintenanceDay: S
    MaintenanceStartHour: S

class SilentAudio(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class AudioMonitoringSetting(TypedDict, total=False):
    SilentAudio: X[SilentAudio]

class BlackFrames(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class FrozenFrames(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class VideoMonitoringSetting(TypedDict, total=False):
    BlackFrames: X[BlackFrames]
    FrozenFrames: X[FrozenFrames]

class MonitoringConfig(TypedDict, total=False):
    ThumbnailState: S
    AudioMonitoringSettings: L[Xi[AudioMonitoringSetting]]
    ContentQualityAnalysisState: S
    VideoMonitoringSettings: L[Xi[VideoMonitoringSetting]]

class NdiDiscoveryServerConfig(TypedDict, total=False):
    DiscoveryServerAddress: S
    DiscoveryServerPort: I
    VpcInterfaceAdapter: S

class NdiConfig(TypedDict, total=False):
    NdiState: S
    MachineName: S
    NdiDiscoveryServers: L[Xi[NdiDiscoveryServerConfig]]

class EncodingConfig(TypedDict, total=False):
    EncodingProfile: S
    VideoMaxBitrate: I

CreateFlowParameters = TypedDict(
    "CreateFlowParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Entitlements": L[Xi[GrantEntitlementRequest]],
        "Entitlements.$": str,
        "MediaStreams": L[Xi[AddMediaStreamRequest]],
        "MediaStreams.$": str,
        "Name": S,
        "Name.$": str,
        "Outputs": L[Xi[AddOutputRequest]],
        "Outputs.$": str,
        "Source": X[SetSourceRequest],
        "Source.$": str,
        "SourceFailoverConfig": X[FailoverConfig],
        "SourceFailoverConfig.$": str,
        "Sources": L[Xi[SetSourceRequest]],
        "Sources.$": str,
        "VpcInterfaces": L[Xi[VpcInterfaceRequest]],
        "VpcInterfaces.$": str,
        "Maintenance": X[AddMaintenance],
        "Maintenance.$": str,
        "SourceMonitoringConfig": X[MonitoringConfig],
        "SourceMonitoringConfig.$": str,
        "FlowSize": S,
        "FlowSize.$": str,
        "NdiConfig": X[NdiConfig],
        "NdiConfig.$": str,
        "EncodingConfig": X[EncodingConfig],
        "EncodingConfig.$": str,
        "FlowTags": M[S],
        "FlowTags.$": str,
    },
    total=False,
)

class GatewayNetwork(TypedDict, total=False):
    CidrBlock: S
    Name: S

CreateGatewayParameters = TypedDict(
    "CreateGatewayParameters",
    {
        "EgressCidrBlocks": L[Si],
        "EgressCidrBlocks.$": str,
        "Name": S,
        "Name.$": str,
        "Networks": L[Xi[GatewayNetwork]],
        "Networks.$": str,
    },
    total=False,
)

class EndpointEncryptionSecretConfiguration(TypedDict, total=False):
    SecretArn: S

class SecretsManagerEndpointEncryptionConfiguration(TypedDict, total=False):
    EncryptionSecretType: S
    EncryptionSecret: X[EndpointEncryptionSecretConfiguration]

class AutomaticEndpointEncryptionConfiguration(TypedDict, total=False): ...

class EndpointEncryptionConfiguration(TypedDict, total=False):
    SecretsManager: X[SecretsManagerEndpointEncryptionConfiguration]
    Automatic: X[AutomaticEndpointEncryptionConfiguration]

class DestinationEndpointRouterInputConfiguration(TypedDict, total=False):
    EndpointLifecycleManagement: S
    SourceTransitDecryptionType: S
    SourceTransitDecryption: X[EndpointEncryptionConfiguration]

class RistRouterInputConfiguration(TypedDict, total=False):
    Port: I
    RecoveryLatencyMilliseconds: I

class SrtDecryptionConfiguration(TypedDict, total=False):
    EncryptionKey: X[SecretsManagerEncryptionKeyConfiguration]

class SrtListenerRouterInputConfiguration(TypedDict, total=False):
    Port: I
    MinimumLatencyMilliseconds: I
    DecryptionConfiguration: X[SrtDecryptionConfiguration]

class RtmpPushRouterInputConfiguration(TypedDict, total=False):
    Port: I
    NamingType: S
    NamingConfiguration: X[RtmpPushNamingConfiguration]

class SrtCallerRouterInputConfiguration(TypedDict, total=False):
    SourceAddress: S
    SourcePort: I
    MinimumLatencyMilliseconds: I
    StreamId: S
    DecryptionConfiguration: X[SrtDecryptionConfiguration]

class RtpRouterInputConfiguration(TypedDict, total=False):
    Port: I
    ForwardErrorCorrection: S

class RouterInputProtocolConfiguration(TypedDict, total=False):
    Rist: X[RistRouterInputConfiguration]
    SrtListener: X[SrtListenerRouterInputConfiguration]
    RtmpPush: X[RtmpPushRouterInputConfiguration]
    SrtCaller: X[SrtCallerRouterInputConfiguration]
    Rtp: X[RtpRouterInputConfiguration]

class StandardRouterInputConfiguration(TypedDict, total=False):
    NetworkInterfaceArn: S
    ProtocolConfiguration: X[RouterInputProtocolConfiguration]
    Protocol: S

class MediaLiveTransitEncryptionKeyConfiguration(TypedDict, total=False):
    SecretsManager: X[SecretsManagerEncryptionKeyConfiguration]
    Automatic: X[AutomaticEncryptionKeyConfiguration]

class MediaLiveTransitEncryption(TypedDict, total=False):
    EncryptionKeyType: S
    EncryptionKeyConfiguration: X[MediaLiveTransitEncryptionKeyConfiguration]

class MediaLiveChannelRouterInputConfiguration(TypedDict, total=False):
    MediaLiveChannelArn: S
    MediaLivePipelineId: S
    MediaLiveChannelOutputName: S
    SourceTransitDecryption: X[MediaLiveTransitEncryption]

class FailoverRouterInputProtocolConfiguration(TypedDict, total=False):
    Rist: X[RistRouterInputConfiguration]
    SrtListener: X[SrtListenerRouterInputConfiguration]
    RtmpPush: X[RtmpPushRouterInputConfiguration]
    SrtCaller: X[SrtCallerRouterInputConfiguration]
    Rtp: X[RtpRouterInputConfiguration]

class FailoverRouterInputConfiguration(TypedDict, total=False):
    NetworkInterfaceArn: S
    ProtocolConfigurations: L[Xi[FailoverRouterInputProtocolConfiguration]]
    SourcePriorityMode: S
    PrimarySourceIndex: I

class MediaConnectFlowRouterInputConfiguration(TypedDict, total=False):
    FlowArn: S
    FlowOutputArn: S
    SourceTransitDecryption: X[FlowTransitEncryption]

class MergeRouterInputProtocolConfiguration(TypedDict, total=False):
    Rtp: X[RtpRouterInputConfiguration]
    Rist: X[RistRouterInputConfiguration]
    SrtListener: X[SrtListenerRouterInputConfiguration]
    SrtCaller: X[SrtCallerRouterInputConfiguration]

class MergeRouterInputConfiguration(TypedDict, total=False):
    NetworkInterfaceArn: S
    ProtocolConfigurations: L[Xi[MergeRouterInputProtocolConfiguration]]
    MergeRecoveryWindowMilliseconds: I

class RouterInputConfiguration(TypedDict, total=False):
    DestinationEndpoint: X[DestinationEndpointRouterInputConfiguration]
    Standard: X[StandardRouterInputConfiguration]
    MediaLiveChannel: X[MediaLiveChannelRouterInputConfiguration]
    Failover: X[FailoverRouterInputConfiguration]
    MediaConnectFlow: X[MediaConnectFlowRouterInputConfiguration]
    Merge: X[MergeRouterInputConfiguration]

class RouterInputTransitEncryptionKeyConfiguration(TypedDict, total=False):
    SecretsManager: X[SecretsManagerEncryptionKeyConfiguration]
    Automatic: X[AutomaticEncryptionKeyConfiguration]

class RouterInputTransitEncryption(TypedDict, total=False):
    EncryptionKeyType: S
    EncryptionKeyConfiguration: X[RouterInputTransitEncryptionKeyConfiguration]

class PreferredDayTimeMaintenanceConfiguration(TypedDict, total=False):
    Day: S
    Time: S

class DefaultMaintenanceConfiguration(TypedDict, total=False): ...

class MaintenanceConfiguration(TypedDict, total=False):
    PreferredDayTime: X[PreferredDayTimeMaintenanceConfiguration]
    DefaultValue: X[DefaultMaintenanceConfiguration]

class BlackFramesConfiguration(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class FrozenFramesConfiguration(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class SilentAudioConfiguration(TypedDict, total=False):
    State: S
    ThresholdSeconds: I

class ContentQualityAnalysisFeatureConfiguration(TypedDict, total=False):
    BlackFrames: X[BlackFramesConfiguration]
    FrozenFrames: X[FrozenFramesConfiguration]
    SilentAudio: X[SilentAudioConfiguration]

class RouterContentQualityAnalysisConfiguration(TypedDict, total=False):
    ContentLevel: X[ContentQualityAnalysisFeatureConfiguration]

CreateRouterInputParameters = TypedDict(
    "CreateRouterInputParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterInputConfiguration],
        "Configuration.$": str,
        "MaximumBitrate": I,
        "MaximumBitrate.$": str,
        "RoutingScope": S,
        "RoutingScope.$": str,
        "Tier": S,
        "Tier.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "TransitEncryption": X[RouterInputTransitEncryption],
        "TransitEncryption.$": str,
        "MaintenanceConfiguration": X[MaintenanceConfiguration],
        "MaintenanceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ContentQualityAnalysisConfiguration": X[RouterContentQualityAnalysisConfiguration],
        "ContentQualityAnalysisConfiguration.$": str,
    },
    total=False,
)

class PublicRouterNetworkInterfaceRule(TypedDict, total=False):
    Cidr: S

class PublicRouterNetworkInterfaceConfiguration(TypedDict, total=False):
    AllowRules: L[Xi[PublicRouterNetworkInterfaceRule]]

class VpcRouterNetworkInterfaceConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetId: S

class RouterNetworkInterfaceConfiguration(TypedDict, total=False):
    PublicValue: X[PublicRouterNetworkInterfaceConfiguration]
    Vpc: X[VpcRouterNetworkInterfaceConfiguration]

CreateRouterNetworkInterfaceParameters = TypedDict(
    "CreateRouterNetworkInterfaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterNetworkInterfaceConfiguration],
        "Configuration.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class RistRouterOutputConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationPort: I

class SrtEncryptionConfiguration(TypedDict, total=False):
    EncryptionKey: X[SecretsManagerEncryptionKeyConfiguration]

class SrtListenerRouterOutputConfiguration(TypedDict, total=False):
    Port: I
    MinimumLatencyMilliseconds: I
    EncryptionConfiguration: X[SrtEncryptionConfiguration]

class RtmpPushRouterOutputConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationPort: I
    ApplicationName: S
    StreamName: S
    TlsEncryption: X[TlsEncryption]

class SrtCallerRouterOutputConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationPort: I
    MinimumLatencyMilliseconds: I
    StreamId: S
    EncryptionConfiguration: X[SrtEncryptionConfiguration]

class RtpRouterOutputConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationPort: I
    ForwardErrorCorrection: S

class RouterOutputProtocolConfiguration(TypedDict, total=False):
    Rist: X[RistRouterOutputConfiguration]
    SrtListener: X[SrtListenerRouterOutputConfiguration]
    RtmpPush: X[RtmpPushRouterOutputConfiguration]
    SrtCaller: X[SrtCallerRouterOutputConfiguration]
    Rtp: X[RtpRouterOutputConfiguration]

class StandardRouterOutputConfiguration(TypedDict, total=False):
    NetworkInterfaceArn: S
    ProtocolConfiguration: X[RouterOutputProtocolConfiguration]
    Protocol: S

class MediaConnectFlowRouterOutputConfiguration(TypedDict, total=False):
    FlowArn: S
    FlowSourceArn: S
    DestinationTransitEncryption: X[FlowTransitEncryption]

class MediaLiveInputRouterOutputConfiguration(TypedDict, total=False):
    MediaLiveInputArn: S
    MediaLivePipelineId: S
    DestinationTransitEncryption: X[MediaLiveTransitEncryption]

class SourceEndpointRouterOutputConfiguration(TypedDict, total=False):
    EndpointLifecycleManagement: S
    DestinationTransitEncryptionType: S
    DestinationTransitEncryption: X[EndpointEncryptionConfiguration]

class RouterOutputConfiguration(TypedDict, total=False):
    Standard: X[StandardRouterOutputConfiguration]
    MediaConnectFlow: X[MediaConnectFlowRouterOutputConfiguration]
    MediaLiveInput: X[MediaLiveInputRouterOutputConfiguration]
    SourceEndpoint: X[SourceEndpointRouterOutputConfiguration]

class ImmediateFabricSwitchingConfiguration(TypedDict, total=False): ...

class KeyFrameFabricSwitchingConfiguration(TypedDict, total=False):
    KeyFrameWaitMilliseconds: I

class FabricSwitchingConfiguration(TypedDict, total=False):
    Immediate: X[ImmediateFabricSwitchingConfiguration]
    KeyFrame: X[KeyFrameFabricSwitchingConfiguration]

class FabricConfiguration(TypedDict, total=False):
    RecoveryLatencyMode: S
    SwitchingMode: S
    SwitchingConfiguration: X[FabricSwitchingConfiguration]

class PidMapRule(TypedDict, total=False):
    MatchExpression: S
    Action: S

class Passthrough(TypedDict, total=False): ...

class TransportStreamIdConfiguration(TypedDict, total=False):
    Passthrough: X[Passthrough]
    Set: I

class ProgramNumberConfiguration(TypedDict, total=False):
    Passthrough: X[Passthrough]
    Set: I

class ProgramMapTablePidConfiguration(TypedDict, total=False):
    Passthrough: X[Passthrough]
    Set: I

class ProgramClockReferencePidConfiguration(TypedDict, total=False):
    Passthrough: X[Passthrough]
    Set: I

class AutoPidMapConfiguration(TypedDict, total=False):
    StartPid: I
    PidsPerProgram: I

class SingleProgramTransportStreamPidMapConfiguration(TypedDict, total=False):
    Rules: L[Xi[PidMapRule]]
    DefaultAction: S
    TransportStreamId: X[TransportStreamIdConfiguration]
    ProgramNumber: X[ProgramNumberConfiguration]
    ProgramMapTablePid: X[ProgramMapTablePidConfiguration]
    ProgramClockReferencePid: X[ProgramClockReferencePidConfiguration]
    Auto: X[AutoPidMapConfiguration]

class RouterOutputProcessors(TypedDict, total=False):
    SingleProgramTransportStreamPidMap: X[SingleProgramTransportStreamPidMapConfiguration]

CreateRouterOutputParameters = TypedDict(
    "CreateRouterOutputParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterOutputConfiguration],
        "Configuration.$": str,
        "MaximumBitrate": I,
        "MaximumBitrate.$": str,
        "RoutingScope": S,
        "RoutingScope.$": str,
        "Tier": S,
        "Tier.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "MaintenanceConfiguration": X[MaintenanceConfiguration],
        "MaintenanceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "FabricConfiguration": X[FabricConfiguration],
        "FabricConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Processors": X[RouterOutputProcessors],
        "Processors.$": str,
    },
    total=False,
)
DeleteBridgeParameters = TypedDict(
    "DeleteBridgeParameters", {"BridgeArn": S, "BridgeArn.$": str}, total=False
)
DeleteFlowParameters = TypedDict(
    "DeleteFlowParameters", {"FlowArn": S, "FlowArn.$": str}, total=False
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
DeleteRouterInputParameters = TypedDict(
    "DeleteRouterInputParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteRouterNetworkInterfaceParameters = TypedDict(
    "DeleteRouterNetworkInterfaceParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteRouterOutputParameters = TypedDict(
    "DeleteRouterOutputParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeregisterDestinationEndpointParameters = TypedDict(
    "DeregisterDestinationEndpointParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeregisterGatewayInstanceParameters = TypedDict(
    "DeregisterGatewayInstanceParameters",
    {"Force": B, "Force.$": str, "GatewayInstanceArn": S, "GatewayInstanceArn.$": str},
    total=False,
)
DeregisterSourceEndpointParameters = TypedDict(
    "DeregisterSourceEndpointParameters", {"Arn": S, "Arn.$": str}, total=False
)
DescribeBridgeParameters = TypedDict(
    "DescribeBridgeParameters", {"BridgeArn": S, "BridgeArn.$": str}, total=False
)
DescribeFlowParameters = TypedDict(
    "DescribeFlowParameters", {"FlowArn": S, "FlowArn.$": str}, total=False
)
DescribeFlowSourceMetadataParameters = TypedDict(
    "DescribeFlowSourceMetadataParameters", {"FlowArn": S, "FlowArn.$": str}, total=False
)
DescribeFlowSourceThumbnailParameters = TypedDict(
    "DescribeFlowSourceThumbnailParameters", {"FlowArn": S, "FlowArn.$": str}, total=False
)
DescribeGatewayParameters = TypedDict(
    "DescribeGatewayParameters", {"GatewayArn": S, "GatewayArn.$": str}, total=False
)
DescribeGatewayInstanceParameters = TypedDict(
    "DescribeGatewayInstanceParameters",
    {"GatewayInstanceArn": S, "GatewayInstanceArn.$": str},
    total=False,
)
DescribeOfferingParameters = TypedDict(
    "DescribeOfferingParameters", {"OfferingArn": S, "OfferingArn.$": str}, total=False
)
DescribeReservationParameters = TypedDict(
    "DescribeReservationParameters", {"ReservationArn": S, "ReservationArn.$": str}, total=False
)
DisconnectEndpointsParameters = TypedDict(
    "DisconnectEndpointsParameters",
    {
        "DestinationEndpointArn": S,
        "DestinationEndpointArn.$": str,
        "SourceEndpointArn": S,
        "SourceEndpointArn.$": str,
    },
    total=False,
)
GetDestinationEndpointParameters = TypedDict(
    "GetDestinationEndpointParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRouterInputParameters = TypedDict(
    "GetRouterInputParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRouterInputSourceMetadataParameters = TypedDict(
    "GetRouterInputSourceMetadataParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRouterInputThumbnailParameters = TypedDict(
    "GetRouterInputThumbnailParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRouterNetworkInterfaceParameters = TypedDict(
    "GetRouterNetworkInterfaceParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRouterOutputParameters = TypedDict(
    "GetRouterOutputParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetSourceEndpointParameters = TypedDict(
    "GetSourceEndpointParameters", {"Arn": S, "Arn.$": str}, total=False
)
GrantFlowEntitlementsParameters = TypedDict(
    "GrantFlowEntitlementsParameters",
    {
        "Entitlements": L[Xi[GrantEntitlementRequest]],
        "Entitlements.$": str,
        "FlowArn": S,
        "FlowArn.$": str,
    },
    total=False,
)
ListBridgesParameters = TypedDict(
    "ListBridgesParameters",
    {
        "FilterArn": S,
        "FilterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DestinationEndpointFilter(TypedDict, total=False):
    RegionNames: L[Si]
    DestinationTypes: L[Si]
    NameContains: L[Si]

ListDestinationEndpointsParameters = TypedDict(
    "ListDestinationEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[DestinationEndpointFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListEntitlementsParameters = TypedDict(
    "ListEntitlementsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFlowsParameters = TypedDict(
    "ListFlowsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGatewayInstancesParameters = TypedDict(
    "ListGatewayInstancesParameters",
    {
        "FilterArn": S,
        "FilterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOfferingsParameters = TypedDict(
    "ListOfferingsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListReservationsParameters = TypedDict(
    "ListReservationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class RouterInputFilter(TypedDict, total=False):
    NameContains: L[Si]
    RegionNames: L[Si]
    NetworkInterfaceArns: L[Si]
    RoutingScopes: L[Si]
    InputTypes: L[Si]

ListRouterInputsParameters = TypedDict(
    "ListRouterInputsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RouterInputFilter]],
        "Filters.$": str,
    },
    total=False,
)

class RouterNetworkInterfaceFilter(TypedDict, total=False):
    RegionNames: L[Si]
    NetworkInterfaceTypes: L[Si]
    NameContains: L[Si]

ListRouterNetworkInterfacesParameters = TypedDict(
    "ListRouterNetworkInterfacesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RouterNetworkInterfaceFilter]],
        "Filters.$": str,
    },
    total=False,
)

class RouterOutputFilter(TypedDict, total=False):
    RegionNames: L[Si]
    NetworkInterfaceArns: L[Si]
    RoutingScopes: L[Si]
    OutputTypes: L[Si]
    RoutedInputArns: L[Si]
    NameContains: L[Si]

ListRouterOutputsParameters = TypedDict(
    "ListRouterOutputsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RouterOutputFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SourceEndpointFilter(TypedDict, total=False):
    RegionNames: L[Si]
    SourceTypes: L[Si]
    NameContains: L[Si]

ListSourceEndpointsParameters = TypedDict(
    "ListSourceEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[SourceEndpointFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForGlobalResourceParameters = TypedDict(
    "ListTagsForGlobalResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PurchaseOfferingParameters = TypedDict(
    "PurchaseOfferingParameters",
    {
        "OfferingArn": S,
        "OfferingArn.$": str,
        "ReservationName": S,
        "ReservationName.$": str,
        "Start": S,
        "Start.$": str,
    },
    total=False,
)

class PublicDestinationEndpointNetworkingConfigurationAllowRule(TypedDict, total=False):
    Cidr: S

class PublicDestinationEndpointNetworkingConfiguration(TypedDict, total=False):
    DestinationAllowRules: L[Xi[PublicDestinationEndpointNetworkingConfigurationAllowRule]]

class VpcDestinationEndpointNetworkingConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetId: S

class StandardDestinationEndpointNetworkingConfiguration(TypedDict, total=False):
    PublicValue: X[PublicDestinationEndpointNetworkingConfiguration]
    Vpc: X[VpcDestinationEndpointNetworkingConfiguration]

class RistStandardDestinationEndpointConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationIngestPort: I

class SrtListenerStandardDestinationEndpointConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationIngestPort: I
    MinimumLatencyMilliseconds: I
    StreamId: S
    EncryptionPassphrase: X[EndpointEncryptionSecretConfiguration]

class SrtCallerStandardDestinationEndpointConfiguration(TypedDict, total=False):
    SourceListenerPort: I
    MinimumLatencyMilliseconds: I
    EncryptionPassphrase: X[EndpointEncryptionSecretConfiguration]

class RtpStandardDestinationEndpointConfiguration(TypedDict, total=False):
    DestinationAddress: S
    DestinationIngestPort: I
    ForwardErrorCorrectionState: S

class StandardDestinationEndpointProtocolConfiguration(TypedDict, total=False):
    Rist: X[RistStandardDestinationEndpointConfiguration]
    SrtListener: X[SrtListenerStandardDestinationEndpointConfiguration]
    SrtCaller: X[SrtCallerStandardDestinationEndpointConfiguration]
    Rtp: X[RtpStandardDestinationEndpointConfiguration]

class StandardDestinationEndpointConfiguration(TypedDict, total=False):
    Name: S
    DestinationNetworkingConfiguration: X[StandardDestinationEndpointNetworkingConfiguration]
    ProtocolConfiguration: X[StandardDestinationEndpointProtocolConfiguration]
    DestinationNetworkingType: S
    Protocol: S

class RouterInputDestinationEndpointConfiguration(TypedDict, total=False):
    RouterInputArn: S

class DestinationEndpointConfiguration(TypedDict, total=False):
    Standard: X[StandardDestinationEndpointConfiguration]
    RouterInput: X[RouterInputDestinationEndpointConfiguration]

RegisterDestinationEndpointParameters = TypedDict(
    "RegisterDestinationEndpointParameters",
    {
        "Description": S,
        "Description.$": str,
        "Configuration": X[DestinationEndpointConfiguration],
        "Configuration.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PublicSourceEndpointNetworkingConfigurationAllowRule(TypedDict, total=False):
    Cidr: S

class PublicSourceEndpointNetworkingConfiguration(TypedDict, total=False):
    SourceAllowRules: L[Xi[PublicSourceEndpointNetworkingConfigurationAllowRule]]

class VpcSourceEndpointNetworkingConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetId: S

class StandardSourceEndpointNetworkingConfiguration(TypedDict, total=False):
    PublicValue: X[PublicSourceEndpointNetworkingConfiguration]
    Vpc: X[VpcSourceEndpointNetworkingConfiguration]

class RistStandardSourceEndpointConfiguration(TypedDict, total=False):
    DestinationIngestPort: I
    RecoveryLatencyMilliseconds: I

class SrtListenerStandardSourceEndpointConfiguration(TypedDict, total=False):
    SourceListenerPort: I
    SourceAddress: S
    MinimumLatencyMilliseconds: I
    StreamId: S
    EncryptionPassphrase: X[EndpointEncryptionSecretConfiguration]

class SrtCallerStandardSourceEndpointConfiguration(TypedDict, total=False):
    DestinationIngestPort: I
    MinimumLatencyMilliseconds: I
    EncryptionPassphrase: X[EndpointEncryptionSecretConfiguration]

class RtpStandardSourceEndpointConfiguration(TypedDict, total=False):
    DestinationIngestPort: I
    ForwardErrorCorrectionState: S

class StandardSourceEndpointProtocolConfiguration(TypedDict, total=False):
    Rist: X[RistStandardSourceEndpointConfiguration]
    SrtListener: X[SrtListenerStandardSourceEndpointConfiguration]
    SrtCaller: X[SrtCallerStandardSourceEndpointConfiguration]
    Rtp: X[RtpStandardSourceEndpointConfiguration]

class StandardSourceEndpointConfiguration(TypedDict, total=False):
    Name: S
    SourceNetworkingConfiguration: X[StandardSourceEndpointNetworkingConfiguration]
    ProtocolConfiguration: X[StandardSourceEndpointProtocolConfiguration]
    SourceNetworkingType: S
    Protocol: S

class RouterOutputSourceEndpointConfiguration(TypedDict, total=False):
    RouterOutputArn: S

class SourceEndpointConfiguration(TypedDict, total=False):
    Standard: X[StandardSourceEndpointConfiguration]
    RouterOutput: X[RouterOutputSourceEndpointConfiguration]

RegisterSourceEndpointParameters = TypedDict(
    "RegisterSourceEndpointParameters",
    {
        "RegionName": S,
        "RegionName.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[SourceEndpointConfiguration],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RemoveBridgeOutputParameters = TypedDict(
    "RemoveBridgeOutputParameters",
    {"BridgeArn": S, "BridgeArn.$": str, "OutputName": S, "OutputName.$": str},
    total=False,
)
RemoveBridgeSourceParameters = TypedDict(
    "RemoveBridgeSourceParameters",
    {"BridgeArn": S, "BridgeArn.$": str, "SourceName": S, "SourceName.$": str},
    total=False,
)
RemoveFlowMediaStreamParameters = TypedDict(
    "RemoveFlowMediaStreamParameters",
    {"FlowArn": S, "FlowArn.$": str, "MediaStreamName": S, "MediaStreamName.$": str},
    total=False,
)
RemoveFlowOutputParameters = TypedDict(
    "RemoveFlowOutputParameters",
    {"FlowArn": S, "FlowArn.$": str, "OutputArn": S, "OutputArn.$": str},
    total=False,
)
RemoveFlowSourceParameters = TypedDict(
    "RemoveFlowSourceParameters",
    {"FlowArn": S, "FlowArn.$": str, "SourceArn": S, "SourceArn.$": str},
    total=False,
)
RemoveFlowVpcInterfaceParameters = TypedDict(
    "RemoveFlowVpcInterfaceParameters",
    {"FlowArn": S, "FlowArn.$": str, "VpcInterfaceName": S, "VpcInterfaceName.$": str},
    total=False,
)
RestartRouterInputParameters = TypedDict(
    "RestartRouterInputParameters", {"Arn": S, "Arn.$": str}, total=False
)
RestartRouterOutputParameters = TypedDict(
    "RestartRouterOutputParameters", {"Arn": S, "Arn.$": str}, total=False
)
RevokeFlowEntitlementParameters = TypedDict(
    "RevokeFlowEntitlementParameters",
    {"EntitlementArn": S, "EntitlementArn.$": str, "FlowArn": S, "FlowArn.$": str},
    total=False,
)
StartFlowParameters = TypedDict(
    "StartFlowParameters", {"FlowArn": S, "FlowArn.$": str}, total=False
)
StartRouterInputParameters = TypedDict(
    "StartRouterInputParameters", {"Arn": S, "Arn.$": str}, total=False
)
StartRouterOutputParameters = TypedDict(
    "StartRouterOutputParameters", {"Arn": S, "Arn.$": str}, total=False
)
StopFlowParameters = TypedDict("StopFlowParameters", {"FlowArn": S, "FlowArn.$": str}, total=False)
StopRouterInputParameters = TypedDict(
    "StopRouterInputParameters", {"Arn": S, "Arn.$": str}, total=False
)
StopRouterOutputParameters = TypedDict(
    "StopRouterOutputParameters", {"Arn": S, "Arn.$": str}, total=False
)
TagGlobalResourceParameters = TypedDict(
    "TagGlobalResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TakeRouterInputParameters = TypedDict(
    "TakeRouterInputParameters",
    {"RouterOutputArn": S, "RouterOutputArn.$": str, "RouterInputArn": S, "RouterInputArn.$": str},
    total=False,
)
UntagGlobalResourceParameters = TypedDict(
    "UntagGlobalResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class UpdateEgressGatewayBridgeRequest(TypedDict, total=False):
    MaxBitrate: I

class UpdateIngressGatewayBridgeRequest(TypedDict, total=False):
    MaxBitrate: I
    MaxOutputs: I

class UpdateFailoverConfig(TypedDict, total=False):
    FailoverMode: S
    RecoveryWindow: I
    SourcePriority: X[SourcePriority]
    State: S

UpdateBridgeParameters = TypedDict(
    "UpdateBridgeParameters",
    {
        "BridgeArn": S,
        "BridgeArn.$": str,
        "EgressGatewayBridge": X[UpdateEgressGatewayBridgeRequest],
        "EgressGatewayBridge.$": str,
        "IngressGatewayBridge": X[UpdateIngressGatewayBridgeRequest],
        "IngressGatewayBridge.$": str,
        "SourceFailoverConfig": X[UpdateFailoverConfig],
        "SourceFailoverConfig.$": str,
    },
    total=False,
)

class UpdateBridgeNetworkOutputRequest(TypedDict, total=False):
    IpAddress: S
    NetworkName: S
    Port: I
    Protocol: S
    Ttl: I

UpdateBridgeOutputParameters = TypedDict(
    "UpdateBridgeOutputParameters",
    {
        "BridgeArn": S,
        "BridgeArn.$": str,
        "NetworkOutput": X[UpdateBridgeNetworkOutputRequest],
        "NetworkOutput.$": str,
        "OutputName": S,
        "OutputName.$": str,
    },
    total=False,
)

class UpdateBridgeFlowSourceRequest(TypedDict, total=False):
    FlowArn: S
    FlowVpcInterfaceAttachment: X[VpcInterfaceAttachment]

class UpdateBridgeNetworkSourceRequest(TypedDict, total=False):
    MulticastIp: S
    MulticastSourceSettings: X[MulticastSourceSettings]
    NetworkName: S
    Port: I
    Protocol: S

UpdateBridgeSourceParameters = TypedDict(
    "UpdateBridgeSourceParameters",
    {
        "BridgeArn": S,
        "BridgeArn.$": str,
        "FlowSource": X[UpdateBridgeFlowSourceRequest],
        "FlowSource.$": str,
        "NetworkSource": X[UpdateBridgeNetworkSourceRequest],
        "NetworkSource.$": str,
        "SourceName": S,
        "SourceName.$": str,
    },
    total=False,
)
UpdateBridgeStateParameters = TypedDict(
    "UpdateBridgeStateParameters",
    {"BridgeArn": S, "BridgeArn.$": str, "DesiredState": S, "DesiredState.$": str},
    total=False,
)
UpdateDestinationEndpointParameters = TypedDict(
    "UpdateDestinationEndpointParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[DestinationEndpointConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class UpdateMaintenance(TypedDict, total=False):
    MaintenanceDay: S
    MaintenanceScheduledDate: S
    MaintenanceStartHour: S

UpdateFlowParameters = TypedDict(
    "UpdateFlowParameters",
    {
        "FlowArn": S,
        "FlowArn.$": str,
        "SourceFailoverConfig": X[UpdateFailoverConfig],
        "SourceFailoverConfig.$": str,
        "Maintenance": X[UpdateMaintenance],
        "Maintenance.$": str,
        "SourceMonitoringConfig": X[MonitoringConfig],
        "SourceMonitoringConfig.$": str,
        "NdiConfig": X[NdiConfig],
        "NdiConfig.$": str,
        "FlowSize": S,
        "FlowSize.$": str,
        "EncodingConfig": X[EncodingConfig],
        "EncodingConfig.$": str,
    },
    total=False,
)

class UpdateEncryption(TypedDict, total=False):
    Algorithm: S
    ConstantInitializationVector: S
    DeviceId: S
    KeyType: S
    Region: S
    ResourceId: S
    RoleArn: S
    SecretArn: S
    Url: S

UpdateFlowEntitlementParameters = TypedDict(
    "UpdateFlowEntitlementParameters",
    {
        "Description": S,
        "Description.$": str,
        "Encryption": X[UpdateEncryption],
        "Encryption.$": str,
        "EntitlementArn": S,
        "EntitlementArn.$": str,
        "EntitlementStatus": S,
        "EntitlementStatus.$": str,
        "FlowArn": S,
        "FlowArn.$": str,
        "Subscribers": L[Si],
        "Subscribers.$": str,
    },
    total=False,
)
UpdateFlowMediaStreamParameters = TypedDict(
    "UpdateFlowMediaStreamParameters",
    {
        "Attributes": X[MediaStreamAttributesRequest],
        "Attributes.$": str,
        "ClockRate": I,
        "ClockRate.$": str,
        "Description": S,
        "Description.$": str,
        "FlowArn": S,
        "FlowArn.$": str,
        "MediaStreamName": S,
        "MediaStreamName.$": str,
        "MediaStreamType": S,
        "MediaStreamType.$": str,
        "VideoFormat": S,
        "VideoFormat.$": str,
    },
    total=False,
)
UpdateFlowOutputParameters = TypedDict(
    "UpdateFlowOutputParameters",
    {
        "CidrAllowList": L[Si],
        "CidrAllowList.$": str,
        "Description": S,
        "Description.$": str,
        "Destination": S,
        "Destination.$": str,
        "Encryption": X[UpdateEncryption],
        "Encryption.$": str,
        "FlowArn": S,
        "FlowArn.$": str,
        "MaxLatency": I,
        "MaxLatency.$": str,
        "MediaStreamOutputConfigurations": L[Xi[MediaStreamOutputConfigurationRequest]],
        "MediaStreamOutputConfigurations.$": str,
        "MinLatency": I,
        "MinLatency.$": str,
        "OutputArn": S,
        "OutputArn.$": str,
        "Port": I,
        "Port.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "RemoteId": S,
        "RemoteId.$": str,
        "SenderControlPort": I,
        "SenderControlPort.$": str,
        "SenderIpAddress": S,
        "SenderIpAddress.$": str,
        "SmoothingLatency": I,
        "SmoothingLatency.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "VpcInterfaceAttachment": X[VpcInterfaceAttachment],
        "VpcInterfaceAttachment.$": str,
        "OutputStatus": S,
        "OutputStatus.$": str,
        "NdiProgramName": S,
        "NdiProgramName.$": str,
        "NdiSpeedHqQuality": I,
        "NdiSpeedHqQuality.$": str,
        "RouterIntegrationState": S,
        "RouterIntegrationState.$": str,
        "RouterIntegrationTransitEncryption": X[FlowTransitEncryption],
        "RouterIntegrationTransitEncryption.$": str,
        "NdiOutputTimecodeSource": S,
        "NdiOutputTimecodeSource.$": str,
        "NdiAudioReferenceLevel": I,
        "NdiAudioReferenceLevel.$": str,
        "RtmpPushSettings": X[RtmpPushOutputSettings],
        "RtmpPushSettings.$": str,
    },
    total=False,
)

class UpdateGatewayBridgeSourceRequest(TypedDict, total=False):
    BridgeArn: S
    VpcInterfaceAttachment: X[VpcInterfaceAttachment]

UpdateFlowSourceParameters = TypedDict(
    "UpdateFlowSourceParameters",
    {
        "Decryption": X[UpdateEncryption],
        "Decryption.$": str,
        "Description": S,
        "Description.$": str,
        "EntitlementArn": S,
        "EntitlementArn.$": str,
        "FlowArn": S,
        "FlowArn.$": str,
        "IngestPort": I,
        "IngestPort.$": str,
        "MaxBitrate": I,
        "MaxBitrate.$": str,
        "MaxLatency": I,
        "MaxLatency.$": str,
        "MaxSyncBuffer": I,
        "MaxSyncBuffer.$": str,
        "MediaStreamSourceConfigurations": L[Xi[MediaStreamSourceConfigurationRequest]],
        "MediaStreamSourceConfigurations.$": str,
        "MinLatency": I,
        "MinLatency.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "SenderControlPort": I,
        "SenderControlPort.$": str,
        "SenderIpAddress": S,
        "SenderIpAddress.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "SourceListenerAddress": S,
        "SourceListenerAddress.$": str,
        "SourceListenerPort": I,
        "SourceListenerPort.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "VpcInterfaceName": S,
        "VpcInterfaceName.$": str,
        "WhitelistCidr": S,
        "WhitelistCidr.$": str,
        "GatewayBridgeSource": X[UpdateGatewayBridgeSourceRequest],
        "GatewayBridgeSource.$": str,
        "NdiSourceSettings": X[NdiSourceSettings],
        "NdiSourceSettings.$": str,
        "RouterIntegrationState": S,
        "RouterIntegrationState.$": str,
        "RouterIntegrationTransitDecryption": X[FlowTransitEncryption],
        "RouterIntegrationTransitDecryption.$": str,
        "RtmpPushSettings": X[SetRtmpPushSourceSettings],
        "RtmpPushSettings.$": str,
    },
    total=False,
)
UpdateGatewayInstanceParameters = TypedDict(
    "UpdateGatewayInstanceParameters",
    {
        "BridgePlacement": S,
        "BridgePlacement.$": str,
        "GatewayInstanceArn": S,
        "GatewayInstanceArn.$": str,
    },
    total=False,
)
UpdateRouterInputParameters = TypedDict(
    "UpdateRouterInputParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterInputConfiguration],
        "Configuration.$": str,
        "MaximumBitrate": I,
        "MaximumBitrate.$": str,
        "RoutingScope": S,
        "RoutingScope.$": str,
        "Tier": S,
        "Tier.$": str,
        "TransitEncryption": X[RouterInputTransitEncryption],
        "TransitEncryption.$": str,
        "MaintenanceConfiguration": X[MaintenanceConfiguration],
        "MaintenanceConfiguration.$": str,
        "ContentQualityAnalysisConfiguration": X[RouterContentQualityAnalysisConfiguration],
        "ContentQualityAnalysisConfiguration.$": str,
    },
    total=False,
)
UpdateRouterNetworkInterfaceParameters = TypedDict(
    "UpdateRouterNetworkInterfaceParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterNetworkInterfaceConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateRouterOutputParameters = TypedDict(
    "UpdateRouterOutputParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Configuration": X[RouterOutputConfiguration],
        "Configuration.$": str,
        "MaximumBitrate": I,
        "MaximumBitrate.$": str,
        "RoutingScope": S,
        "RoutingScope.$": str,
        "Tier": S,
        "Tier.$": str,
        "MaintenanceConfiguration": X[MaintenanceConfiguration],
        "MaintenanceConfiguration.$": str,
        "FabricConfiguration": X[FabricConfiguration],
        "FabricConfiguration.$": str,
        "Processors": X[RouterOutputProcessors],
        "Processors.$": str,
    },
    total=False,
)
UpdateSourceEndpointParameters = TypedDict(
    "UpdateSourceEndpointParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[SourceEndpointConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
add_bridge_outputs: Builder[AddBridgeOutputsParameters]
add_bridge_sources: Builder[AddBridgeSourcesParameters]
add_flow_media_streams: Builder[AddFlowMediaStreamsParameters]
add_flow_outputs: Builder[AddFlowOutputsParameters]
add_flow_sources: Builder[AddFlowSourcesParameters]
add_flow_vpc_interfaces: Builder[AddFlowVpcInterfacesParameters]
batch_get_destination_endpoint: Builder[BatchGetDestinationEndpointParameters]
batch_get_router_input: Builder[BatchGetRouterInputParameters]
batch_get_router_network_interface: Builder[BatchGetRouterNetworkInterfaceParameters]
batch_get_router_output: Builder[BatchGetRouterOutputParameters]
batch_get_source_endpoint: Builder[BatchGetSourceEndpointParameters]
connect_endpoints: Builder[ConnectEndpointsParameters]
create_bridge: Builder[CreateBridgeParameters]
create_flow: Builder[CreateFlowParameters]
create_gateway: Builder[CreateGatewayParameters]
create_router_input: Builder[CreateRouterInputParameters]
create_router_network_interface: Builder[CreateRouterNetworkInterfaceParameters]
create_router_output: Builder[CreateRouterOutputParameters]
delete_bridge: Builder[DeleteBridgeParameters]
delete_flow: Builder[DeleteFlowParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_router_input: Builder[DeleteRouterInputParameters]
delete_router_network_interface: Builder[DeleteRouterNetworkInterfaceParameters]
delete_router_output: Builder[DeleteRouterOutputParameters]
deregister_destination_endpoint: Builder[DeregisterDestinationEndpointParameters]
deregister_gateway_instance: Builder[DeregisterGatewayInstanceParameters]
deregister_source_endpoint: Builder[DeregisterSourceEndpointParameters]
describe_bridge: Builder[DescribeBridgeParameters]
describe_flow: Builder[DescribeFlowParameters]
describe_flow_source_metadata: Builder[DescribeFlowSourceMetadataParameters]
describe_flow_source_thumbnail: Builder[DescribeFlowSourceThumbnailParameters]
describe_gateway: Builder[DescribeGatewayParameters]
describe_gateway_instance: Builder[DescribeGatewayInstanceParameters]
describe_offering: Builder[DescribeOfferingParameters]
describe_reservation: Builder[DescribeReservationParameters]
disconnect_endpoints: Builder[DisconnectEndpointsParameters]
get_destination_endpoint: Builder[GetDestinationEndpointParameters]
get_router_input: Builder[GetRouterInputParameters]
get_router_input_source_metadata: Builder[GetRouterInputSourceMetadataParameters]
get_router_input_thumbnail: Builder[GetRouterInputThumbnailParameters]
get_router_network_interface: Builder[GetRouterNetworkInterfaceParameters]
get_router_output: Builder[GetRouterOutputParameters]
get_source_endpoint: Builder[GetSourceEndpointParameters]
grant_flow_entitlements: Builder[GrantFlowEntitlementsParameters]
list_bridges: Builder[ListBridgesParameters]
list_destination_endpoints: Builder[ListDestinationEndpointsParameters]
list_entitlements: Builder[ListEntitlementsParameters]
list_flows: Builder[ListFlowsParameters]
list_gateway_instances: Builder[ListGatewayInstancesParameters]
list_gateways: Builder[ListGatewaysParameters]
list_offerings: Builder[ListOfferingsParameters]
list_reservations: Builder[ListReservationsParameters]
list_router_inputs: Builder[ListRouterInputsParameters]
list_router_network_interfaces: Builder[ListRouterNetworkInterfacesParameters]
list_router_outputs: Builder[ListRouterOutputsParameters]
list_source_endpoints: Builder[ListSourceEndpointsParameters]
list_tags_for_global_resource: Builder[ListTagsForGlobalResourceParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
purchase_offering: Builder[PurchaseOfferingParameters]
register_destination_endpoint: Builder[RegisterDestinationEndpointParameters]
register_source_endpoint: Builder[RegisterSourceEndpointParameters]
remove_bridge_output: Builder[RemoveBridgeOutputParameters]
remove_bridge_source: Builder[RemoveBridgeSourceParameters]
remove_flow_media_stream: Builder[RemoveFlowMediaStreamParameters]
remove_flow_output: Builder[RemoveFlowOutputParameters]
remove_flow_source: Builder[RemoveFlowSourceParameters]
remove_flow_vpc_interface: Builder[RemoveFlowVpcInterfaceParameters]
restart_router_input: Builder[RestartRouterInputParameters]
restart_router_output: Builder[RestartRouterOutputParameters]
revoke_flow_entitlement: Builder[RevokeFlowEntitlementParameters]
start_flow: Builder[StartFlowParameters]
start_router_input: Builder[StartRouterInputParameters]
start_router_output: Builder[StartRouterOutputParameters]
stop_flow: Builder[StopFlowParameters]
stop_router_input: Builder[StopRouterInputParameters]
stop_router_output: Builder[StopRouterOutputParameters]
tag_global_resource: Builder[TagGlobalResourceParameters]
tag_resource: Builder[TagResourceParameters]
take_router_input: Builder[TakeRouterInputParameters]
untag_global_resource: Builder[UntagGlobalResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_bridge: Builder[UpdateBridgeParameters]
update_bridge_output: Builder[UpdateBridgeOutputParameters]
update_bridge_source: Builder[UpdateBridgeSourceParameters]
update_bridge_state: Builder[UpdateBridgeStateParameters]
update_destination_endpoint: Builder[UpdateDestinationEndpointParameters]
update_flow: Builder[UpdateFlowParameters]
update_flow_entitlement: Builder[UpdateFlowEntitlementParameters]
update_flow_media_stream: Builder[UpdateFlowMediaStreamParameters]
update_flow_output: Builder[UpdateFlowOutputParameters]
update_flow_source: Builder[UpdateFlowSourceParameters]
update_gateway_instance: Builder[UpdateGatewayInstanceParameters]
update_router_input: Builder[UpdateRouterInputParameters]
update_router_network_interface: Builder[UpdateRouterNetworkInterfaceParameters]
update_router_output: Builder[UpdateRouterOutputParameters]
update_source_endpoint: Builder[UpdateSourceEndpointParameters]

__all__ = [
    "add_bridge_outputs",
    "add_bridge_sources",
    "add_flow_media_streams",
    "add_flow_outputs",
    "add_flow_sources",
    "add_flow_vpc_interfaces",
    "batch_get_destination_endpoint",
    "batch_get_router_input",
    "batch_get_router_network_interface",
    "batch_get_router_output",
    "batch_get_source_endpoint",
    "connect_endpoints",
    "create_bridge",
    "create_flow",
    "create_gateway",
    "create_router_input",
    "create_router_network_interface",
    "create_router_output",
    "delete_bridge",
    "delete_flow",
    "delete_gateway",
    "delete_router_input",
    "delete_router_network_interface",
    "delete_router_output",
    "deregister_destination_endpoint",
    "deregister_gateway_instance",
    "deregister_source_endpoint",
    "describe_bridge",
    "describe_flow",
    "describe_flow_source_metadata",
    "describe_flow_source_thumbnail",
    "describe_gateway",
    "describe_gateway_instance",
    "describe_offering",
    "describe_reservation",
    "disconnect_endpoints",
    "get_destination_endpoint",
    "get_router_input",
    "get_router_input_source_metadata",
    "get_router_input_thumbnail",
    "get_router_network_interface",
    "get_router_output",
    "get_source_endpoint",
    "grant_flow_entitlements",
    "list_bridges",
    "list_destination_endpoints",
    "list_entitlements",
    "list_flows",
    "list_gateway_instances",
    "list_gateways",
    "list_offerings",
    "list_reservations",
    "list_router_inputs",
    "list_router_network_interfaces",
    "list_router_outputs",
    "list_source_endpoints",
    "list_tags_for_global_resource",
    "list_tags_for_resource",
    "purchase_offering",
    "register_destination_endpoint",
    "register_source_endpoint",
    "remove_bridge_output",
    "remove_bridge_source",
    "remove_flow_media_stream",
    "remove_flow_output",
    "remove_flow_source",
    "remove_flow_vpc_interface",
    "restart_router_input",
    "restart_router_output",
    "revoke_flow_entitlement",
    "start_flow",
    "start_router_input",
    "start_router_output",
    "stop_flow",
    "stop_router_input",
    "stop_router_output",
    "tag_global_resource",
    "tag_resource",
    "take_router_input",
    "untag_global_resource",
    "untag_resource",
    "update_bridge",
    "update_bridge_output",
    "update_bridge_source",
    "update_bridge_state",
    "update_destination_endpoint",
    "update_flow",
    "update_flow_entitlement",
    "update_flow_media_stream",
    "update_flow_output",
    "update_flow_source",
    "update_gateway_instance",
    "update_router_input",
    "update_router_network_interface",
    "update_router_output",
    "update_source_endpoint",
]
