"""Typed builders of the AWS SDK integration of groundstation (``aws-sdk:groundstation:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, Li, M, S, Si, T, X, Xi

CancelContactParameters = TypedDict(
    "CancelContactParameters", {"ContactId": S, "ContactId.$": str}, total=False
)

class Frequency(TypedDict, total=False):
    Value: F
    Units: S

class FrequencyBandwidth(TypedDict, total=False):
    Value: F
    Units: S

class SpectrumConfig(TypedDict, total=False):
    CenterFrequency: X[Frequency]
    Bandwidth: X[FrequencyBandwidth]
    Polarization: S

class AntennaDownlinkConfig(TypedDict, total=False):
    SpectrumConfig: X[SpectrumConfig]

class TrackingConfig(TypedDict, total=False):
    Autotrack: S

class DataflowEndpointConfig(TypedDict, total=False):
    DataflowEndpointName: S
    DataflowEndpointRegion: S

class DemodulationConfig(TypedDict, total=False):
    UnvalidatedJSON: S

class DecodeConfig(TypedDict, total=False):
    UnvalidatedJSON: S

class AntennaDownlinkDemodDecodeConfig(TypedDict, total=False):
    SpectrumConfig: X[SpectrumConfig]
    DemodulationConfig: X[DemodulationConfig]
    DecodeConfig: X[DecodeConfig]

class UplinkSpectrumConfig(TypedDict, total=False):
    CenterFrequency: X[Frequency]
    Polarization: S

class Eirp(TypedDict, total=False):
    Value: F
    Units: S

class AntennaUplinkConfig(TypedDict, total=False):
    TransmitDisabled: B
    SpectrumConfig: X[UplinkSpectrumConfig]
    TargetEirp: X[Eirp]

class UplinkEchoConfig(TypedDict, total=False):
    Enabled: B
    AntennaUplinkConfigArn: S

class S3RecordingConfig(TypedDict, total=False):
    BucketArn: S
    RoleArn: S
    Prefix: S

class KinesisDataStreamData(TypedDict, total=False):
    KinesisRoleArn: S
    KinesisDataStreamArn: S

class TelemetrySinkData(TypedDict, total=False):
    KinesisDataStreamData: X[KinesisDataStreamData]

class TelemetrySinkConfig(TypedDict, total=False):
    TelemetrySinkType: S
    TelemetrySinkData: X[TelemetrySinkData]

class ConfigTypeData(TypedDict, total=False):
    AntennaDownlinkConfig: X[AntennaDownlinkConfig]
    TrackingConfig: X[TrackingConfig]
    DataflowEndpointConfig: X[DataflowEndpointConfig]
    AntennaDownlinkDemodDecodeConfig: X[AntennaDownlinkDemodDecodeConfig]
    AntennaUplinkConfig: X[AntennaUplinkConfig]
    UplinkEchoConfig: X[UplinkEchoConfig]
    S3RecordingConfig: X[S3RecordingConfig]
    TelemetrySinkConfig: X[TelemetrySinkConfig]

CreateConfigParameters = TypedDict(
    "CreateConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConfigData": X[ConfigTypeData],
        "ConfigData.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SecurityDetails(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    RoleArn: S

class SocketAddress(TypedDict, total=False):
    Name: S
    Port: I

class DataflowEndpoint(TypedDict, total=False):
    Name: S
    Address: X[SocketAddress]
    Status: S
    Mtu: I

class ConnectionDetails(TypedDict, total=False):
    SocketAddress: X[SocketAddress]
    Mtu: I

class IntegerRange(TypedDict, total=False):
    Minimum: I
    Maximum: I

class RangedSocketAddress(TypedDict, total=False):
    Name: S
    PortRange: X[IntegerRange]

class RangedConnectionDetails(TypedDict, total=False):
    SocketAddress: X[RangedSocketAddress]
    Mtu: I

class AwsGroundStationAgentEndpoint(TypedDict, total=False):
    Name: S
    EgressAddress: X[ConnectionDetails]
    IngressAddress: X[RangedConnectionDetails]
    AgentStatus: S
    AuditResults: S

class UplinkConnectionDetails(TypedDict, total=False):
    IngressAddressAndPort: X[ConnectionDetails]
    AgentIpAndPortAddress: X[RangedConnectionDetails]

class UplinkDataflowDetails(TypedDict, total=False):
    AgentConnectionDetails: X[UplinkConnectionDetails]

class UplinkAwsGroundStationAgentEndpointDetails(TypedDict, total=False):
    Name: S
    DataflowDetails: X[UplinkDataflowDetails]
    AgentStatus: S
    AuditResults: S

class DownlinkConnectionDetails(TypedDict, total=False):
    AgentIpAndPortAddress: X[RangedConnectionDetails]
    EgressAddressAndPort: X[ConnectionDetails]

class DownlinkDataflowDetails(TypedDict, total=False):
    AgentConnectionDetails: X[DownlinkConnectionDetails]

class DownlinkAwsGroundStationAgentEndpointDetails(TypedDict, total=False):
    Name: S
    DataflowDetails: X[DownlinkDataflowDetails]
    AgentStatus: S
    AuditResults: S

class EndpointDetails(TypedDict, total=False):
    SecurityDetails: X[SecurityDetails]
    Endpoint: X[DataflowEndpoint]
    AwsGroundStationAgentEndpoint: X[AwsGroundStationAgentEndpoint]
    UplinkAwsGroundStationAgentEndpoint: X[UplinkAwsGroundStationAgentEndpointDetails]
    DownlinkAwsGroundStationAgentEndpoint: X[DownlinkAwsGroundStationAgentEndpointDetails]
    HealthStatus: S
    HealthReasons: L[Si]

CreateDataflowEndpointGroupParameters = TypedDict(
    "CreateDataflowEndpointGroupParameters",
    {
        "EndpointDetails": L[Xi[EndpointDetails]],
        "EndpointDetails.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ContactPrePassDurationSeconds": I,
        "ContactPrePassDurationSeconds.$": str,
        "ContactPostPassDurationSeconds": I,
        "ContactPostPassDurationSeconds.$": str,
    },
    total=False,
)

class UplinkAwsGroundStationAgentEndpoint(TypedDict, total=False):
    Name: S
    DataflowDetails: X[UplinkDataflowDetails]

class DownlinkAwsGroundStationAgentEndpoint(TypedDict, total=False):
    Name: S
    DataflowDetails: X[DownlinkDataflowDetails]

class CreateEndpointDetails(TypedDict, total=False):
    UplinkAwsGroundStationAgentEndpoint: X[UplinkAwsGroundStationAgentEndpoint]
    DownlinkAwsGroundStationAgentEndpoint: X[DownlinkAwsGroundStationAgentEndpoint]

CreateDataflowEndpointGroupV2Parameters = TypedDict(
    "CreateDataflowEndpointGroupV2Parameters",
    {
        "Endpoints": L[Xi[CreateEndpointDetails]],
        "Endpoints.$": str,
        "ContactPrePassDurationSeconds": I,
        "ContactPrePassDurationSeconds.$": str,
        "ContactPostPassDurationSeconds": I,
        "ContactPostPassDurationSeconds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3Object(TypedDict, total=False):
    Bucket: S
    Key: S
    Version: S

class TimeRange(TypedDict, total=False):
    StartTime: T
    EndTime: T

class TLEData(TypedDict, total=False):
    TleLine1: S
    TleLine2: S
    ValidTimeRange: X[TimeRange]

class TLEEphemeris(TypedDict, total=False):
    S3Object: X[S3Object]
    TleData: L[Xi[TLEData]]

class OEMEphemeris(TypedDict, total=False):
    S3Object: X[S3Object]
    OemData: S

class ISO8601TimeRange(TypedDict, total=False):
    StartTime: T
    EndTime: T

class TimeAzEl(TypedDict, total=False):
    Dt: F
    Az: F
    El: F

class AzElSegment(TypedDict, total=False):
    ReferenceEpoch: T
    ValidTimeRange: X[ISO8601TimeRange]
    AzElList: L[Xi[TimeAzEl]]

class AzElSegments(TypedDict, total=False):
    AngleUnit: S
    AzElSegmentList: L[Xi[AzElSegment]]

class AzElSegmentsData(TypedDict, total=False):
    S3Object: X[S3Object]
    AzElData: X[AzElSegments]

class AzElEphemeris(TypedDict, total=False):
    GroundStation: S
    Data: X[AzElSegmentsData]

class EphemerisData(TypedDict, total=False):
    Tle: X[TLEEphemeris]
    Oem: X[OEMEphemeris]
    AzEl: X[AzElEphemeris]

CreateEphemerisParameters = TypedDict(
    "CreateEphemerisParameters",
    {
        "SatelliteId": S,
        "SatelliteId.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Priority": I,
        "Priority.$": str,
        "ExpirationTime": T,
        "ExpirationTime.$": str,
        "Name": S,
        "Name.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Ephemeris": X[EphemerisData],
        "Ephemeris.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class KmsKey(TypedDict, total=False):
    KmsKeyArn: S
    KmsAliasArn: S
    KmsAliasName: S

CreateMissionProfileParameters = TypedDict(
    "CreateMissionProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "ContactPrePassDurationSeconds": I,
        "ContactPrePassDurationSeconds.$": str,
        "ContactPostPassDurationSeconds": I,
        "ContactPostPassDurationSeconds.$": str,
        "MinimumViableContactDurationSeconds": I,
        "MinimumViableContactDurationSeconds.$": str,
        "DataflowEdges": L[Li[Si]],
        "DataflowEdges.$": str,
        "TrackingConfigArn": S,
        "TrackingConfigArn.$": str,
        "TelemetrySinkConfigArn": S,
        "TelemetrySinkConfigArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "StreamsKmsKey": X[KmsKey],
        "StreamsKmsKey.$": str,
        "StreamsKmsRole": S,
        "StreamsKmsRole.$": str,
    },
    total=False,
)
DeleteConfigParameters = TypedDict(
    "DeleteConfigParameters",
    {"ConfigId": S, "ConfigId.$": str, "ConfigType": S, "ConfigType.$": str},
    total=False,
)
DeleteDataflowEndpointGroupParameters = TypedDict(
    "DeleteDataflowEndpointGroupParameters",
    {"DataflowEndpointGroupId": S, "DataflowEndpointGroupId.$": str},
    total=False,
)
DeleteEphemerisParameters = TypedDict(
    "DeleteEphemerisParameters", {"EphemerisId": S, "EphemerisId.$": str}, total=False
)
DeleteMissionProfileParameters = TypedDict(
    "DeleteMissionProfileParameters",
    {"MissionProfileId": S, "MissionProfileId.$": str},
    total=False,
)
DescribeContactParameters = TypedDict(
    "DescribeContactParameters", {"ContactId": S, "ContactId.$": str}, total=False
)
DescribeContactVersionParameters = TypedDict(
    "DescribeContactVersionParameters",
    {"ContactId": S, "ContactId.$": str, "VersionId": I, "VersionId.$": str},
    total=False,
)
DescribeEphemerisParameters = TypedDict(
    "DescribeEphemerisParameters", {"EphemerisId": S, "EphemerisId.$": str}, total=False
)
GetAgentConfigurationParameters = TypedDict(
    "GetAgentConfigurationParameters", {"AgentId": S, "AgentId.$": str}, total=False
)
GetAgentTaskResponseUrlParameters = TypedDict(
    "GetAgentTaskResponseUrlParameters",
    {"AgentId": S, "AgentId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
GetConfigParameters = TypedDict(
    "GetConfigParameters",
    {"ConfigId": S, "ConfigId.$": str, "ConfigType": S, "ConfigType.$": str},
    total=False,
)
GetDataflowEndpointGroupParameters = TypedDict(
    "GetDataflowEndpointGroupParameters",
    {"DataflowEndpointGroupId": S, "DataflowEndpointGroupId.$": str},
    total=False,
)
GetMinuteUsageParameters = TypedDict(
    "GetMinuteUsageParameters", {"Month": I, "Month.$": str, "Year": I, "Year.$": str}, total=False
)
GetMissionProfileParameters = TypedDict(
    "GetMissionProfileParameters", {"MissionProfileId": S, "MissionProfileId.$": str}, total=False
)
GetSatelliteParameters = TypedDict(
    "GetSatelliteParameters", {"SatelliteId": S, "SatelliteId.$": str}, total=False
)
ListAntennasParameters = TypedDict(
    "ListAntennasParameters",
    {
        "GroundStationId": S,
        "GroundStationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConfigsParameters = TypedDict(
    "ListConfigsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListContactVersionsParameters = TypedDict(
    "ListContactVersionsParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AzElEphemerisFilter(TypedDict, total=False):
    Id: S

class EphemerisFilter(TypedDict, total=False):
    AzEl: X[AzElEphemerisFilter]

ListContactsParameters = TypedDict(
    "ListContactsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StatusList": L[Si],
        "StatusList.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "GroundStation": S,
        "GroundStation.$": str,
        "SatelliteArn": S,
        "SatelliteArn.$": str,
        "MissionProfileArn": S,
        "MissionProfileArn.$": str,
        "Ephemeris": X[EphemerisFilter],
        "Ephemeris.$": str,
    },
    total=False,
)
ListDataflowEndpointGroupsParameters = TypedDict(
    "ListDataflowEndpointGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListEphemeridesParameters = TypedDict(
    "ListEphemeridesParameters",
    {
        "SatelliteId": S,
        "SatelliteId.$": str,
        "EphemerisType": S,
        "EphemerisType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "StatusList": L[Si],
        "StatusList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroundStationReservationsParameters = TypedDict(
    "ListGroundStationReservationsParameters",
    {
        "GroundStationId": S,
        "GroundStationId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ReservationTypes": L[Si],
        "ReservationTypes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroundStationsParameters = TypedDict(
    "ListGroundStationsParameters",
    {
        "SatelliteId": S,
        "SatelliteId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMissionProfilesParameters = TypedDict(
    "ListMissionProfilesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSatellitesParameters = TypedDict(
    "ListSatellitesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class DiscoveryData(TypedDict, total=False):
    PublicIpAddresses: L[Si]
    PrivateIpAddresses: L[Si]
    CapabilityArns: L[Si]

class ComponentVersion(TypedDict, total=False):
    ComponentType: S
    Versions: L[Si]

class AgentDetails(TypedDict, total=False):
    AgentVersion: S
    InstanceId: S
    InstanceType: S
    ReservedCpuCores: L[Ii]
    AgentCpuCores: L[Ii]
    ComponentVersions: L[Xi[ComponentVersion]]

RegisterAgentParameters = TypedDict(
    "RegisterAgentParameters",
    {
        "DiscoveryData": X[DiscoveryData],
        "DiscoveryData.$": str,
        "AgentDetails": X[AgentDetails],
        "AgentDetails.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AzElProgramTrackSettings(TypedDict, total=False):
    EphemerisId: S

class OemProgramTrackSettings(TypedDict, total=False):
    EphemerisId: S

class TleProgramTrackSettings(TypedDict, total=False):
    EphemerisId: S

class ProgramTrackSettings(TypedDict, total=False):
    AzEl: X[AzElProgramTrackSettings]
    Oem: X[OemProgramTrackSettings]
    Tle: X[TleProgramTrackSettings]

class TrackingOverrides(TypedDict, total=False):
    ProgramTrackSettings: X[ProgramTrackSettings]

ReserveContactParameters = TypedDict(
    "ReserveContactParameters",
    {
        "MissionProfileArn": S,
        "MissionProfileArn.$": str,
        "SatelliteArn": S,
        "SatelliteArn.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "GroundStation": S,
        "GroundStation.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TrackingOverrides": X[TrackingOverrides],
        "TrackingOverrides.$": str,
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

class AggregateStatus(TypedDict, total=False):
    Status: S
    SignatureMap: M[B]

class ComponentStatusData(TypedDict, total=False):
    ComponentType: S
    CapabilityArn: S
    Status: S
    BytesSent: I
    BytesReceived: I
    PacketsDropped: I
    DataflowId: S

UpdateAgentStatusParameters = TypedDict(
    "UpdateAgentStatusParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "AggregateStatus": X[AggregateStatus],
        "AggregateStatus.$": str,
        "ComponentStatuses": L[Xi[ComponentStatusData]],
        "ComponentStatuses.$": str,
    },
    total=False,
)
UpdateConfigParameters = TypedDict(
    "UpdateConfigParameters",
    {
        "ConfigId": S,
        "ConfigId.$": str,
        "Name": S,
        "Name.$": str,
        "ConfigType": S,
        "ConfigType.$": str,
        "ConfigData": X[ConfigTypeData],
        "ConfigData.$": str,
    },
    total=False,
)
UpdateContactParameters = TypedDict(
    "UpdateContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TrackingOverrides": X[TrackingOverrides],
        "TrackingOverrides.$": str,
        "SatelliteArn": S,
        "SatelliteArn.$": str,
    },
    total=False,
)
UpdateEphemerisParameters = TypedDict(
    "UpdateEphemerisParameters",
    {
        "EphemerisId": S,
        "EphemerisId.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)
UpdateMissionProfileParameters = TypedDict(
    "UpdateMissionProfileParameters",
    {
        "MissionProfileId": S,
        "MissionProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "ContactPrePassDurationSeconds": I,
        "ContactPrePassDurationSeconds.$": str,
        "ContactPostPassDurationSeconds": I,
        "ContactPostPassDurationSeconds.$": str,
        "MinimumViableContactDurationSeconds": I,
        "MinimumViableContactDurationSeconds.$": str,
        "DataflowEdges": L[Li[Si]],
        "DataflowEdges.$": str,
        "TrackingConfigArn": S,
        "TrackingConfigArn.$": str,
        "TelemetrySinkConfigArn": S,
        "TelemetrySinkConfigArn.$": str,
        "StreamsKmsKey": X[KmsKey],
        "StreamsKmsKey.$": str,
        "StreamsKmsRole": S,
        "StreamsKmsRole.$": str,
    },
    total=False,
)
cancel_contact: Builder[CancelContactParameters]
create_config: Builder[CreateConfigParameters]
create_dataflow_endpoint_group: Builder[CreateDataflowEndpointGroupParameters]
create_dataflow_endpoint_group_v2: Builder[CreateDataflowEndpointGroupV2Parameters]
create_ephemeris: Builder[CreateEphemerisParameters]
create_mission_profile: Builder[CreateMissionProfileParameters]
delete_config: Builder[DeleteConfigParameters]
delete_dataflow_endpoint_group: Builder[DeleteDataflowEndpointGroupParameters]
delete_ephemeris: Builder[DeleteEphemerisParameters]
delete_mission_profile: Builder[DeleteMissionProfileParameters]
describe_contact: Builder[DescribeContactParameters]
describe_contact_version: Builder[DescribeContactVersionParameters]
describe_ephemeris: Builder[DescribeEphemerisParameters]
get_agent_configuration: Builder[GetAgentConfigurationParameters]
get_agent_task_response_url: Builder[GetAgentTaskResponseUrlParameters]
get_config: Builder[GetConfigParameters]
get_dataflow_endpoint_group: Builder[GetDataflowEndpointGroupParameters]
get_minute_usage: Builder[GetMinuteUsageParameters]
get_mission_profile: Builder[GetMissionProfileParameters]
get_satellite: Builder[GetSatelliteParameters]
list_antennas: Builder[ListAntennasParameters]
list_configs: Builder[ListConfigsParameters]
list_contact_versions: Builder[ListContactVersionsParameters]
list_contacts: Builder[ListContactsParameters]
list_dataflow_endpoint_groups: Builder[ListDataflowEndpointGroupsParameters]
list_ephemerides: Builder[ListEphemeridesParameters]
list_ground_station_reservations: Builder[ListGroundStationReservationsParameters]
list_ground_stations: Builder[ListGroundStationsParameters]
list_mission_profiles: Builder[ListMissionProfilesParameters]
list_satellites: Builder[ListSatellitesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_agent: Builder[RegisterAgentParameters]
reserve_contact: Builder[ReserveContactParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_status: Builder[UpdateAgentStatusParameters]
update_config: Builder[UpdateConfigParameters]
update_contact: Builder[UpdateContactParameters]
update_ephemeris: Builder[UpdateEphemerisParameters]
update_mission_profile: Builder[UpdateMissionProfileParameters]

__all__ = [
    "cancel_contact",
    "create_config",
    "create_dataflow_endpoint_group",
    "create_dataflow_endpoint_group_v2",
    "create_ephemeris",
    "create_mission_profile",
    "delete_config",
    "delete_dataflow_endpoint_group",
    "delete_ephemeris",
    "delete_mission_profile",
    "describe_contact",
    "describe_contact_version",
    "describe_ephemeris",
    "get_agent_configuration",
    "get_agent_task_response_url",
    "get_config",
    "get_dataflow_endpoint_group",
    "get_minute_usage",
    "get_mission_profile",
    "get_satellite",
    "list_antennas",
    "list_configs",
    "list_contact_versions",
    "list_contacts",
    "list_dataflow_endpoint_groups",
    "list_ephemerides",
    "list_ground_station_reservations",
    "list_ground_stations",
    "list_mission_profiles",
    "list_satellites",
    "list_tags_for_resource",
    "register_agent",
    "reserve_contact",
    "tag_resource",
    "untag_resource",
    "update_agent_status",
    "update_config",
    "update_contact",
    "update_ephemeris",
    "update_mission_profile",
]
