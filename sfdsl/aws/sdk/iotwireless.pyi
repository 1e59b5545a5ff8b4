"""Typed builders of the AWS SDK integration of iotwireless (``aws-sdk:iotwireless:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, Ii, L, Li, S, Si, T, X, Xi

class SidewalkAccountInfo(TypedDict, total=False):
    AmazonId: S
    AppServerPrivateKey: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AssociateAwsAccountWithPartnerAccountParameters = TypedDict(
    "AssociateAwsAccountWithPartnerAccountParameters",
    {
        "Sidewalk": X[SidewalkAccountInfo],
        "Sidewalk.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
AssociateMulticastGroupWithFuotaTaskParameters = TypedDict(
    "AssociateMulticastGroupWithFuotaTaskParameters",
    {"Id": S, "Id.$": str, "MulticastGroupId": S, "MulticastGroupId.$": str},
    total=False,
)
AssociateWirelessDeviceWithFuotaTaskParameters = TypedDict(
    "AssociateWirelessDeviceWithFuotaTaskParameters",
    {"Id": S, "Id.$": str, "WirelessDeviceId": S, "WirelessDeviceId.$": str},
    total=False,
)
AssociateWirelessDeviceWithMulticastGroupParameters = TypedDict(
    "AssociateWirelessDeviceWithMulticastGroupParameters",
    {"Id": S, "Id.$": str, "WirelessDeviceId": S, "WirelessDeviceId.$": str},
    total=False,
)
AssociateWirelessDeviceWithThingParameters = TypedDict(
    "AssociateWirelessDeviceWithThingParameters",
    {"Id": S, "Id.$": str, "ThingArn": S, "ThingArn.$": str},
    total=False,
)
AssociateWirelessGatewayWithCertificateParameters = TypedDict(
    "AssociateWirelessGatewayWithCertificateParameters",
    {"Id": S, "Id.$": str, "IotCertificateId": S, "IotCertificateId.$": str},
    total=False,
)
AssociateWirelessGatewayWithThingParameters = TypedDict(
    "AssociateWirelessGatewayWithThingParameters",
    {"Id": S, "Id.$": str, "ThingArn": S, "ThingArn.$": str},
    total=False,
)
CancelMulticastGroupSessionParameters = TypedDict(
    "CancelMulticastGroupSessionParameters", {"Id": S, "Id.$": str}, total=False
)
CreateDestinationParameters = TypedDict(
    "CreateDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "ExpressionType": S,
        "ExpressionType.$": str,
        "Expression": S,
        "Expression.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class LoRaWANDeviceProfile(TypedDict, total=False):
    SupportsClassB: B
    ClassBTimeout: I
    PingSlotPeriod: I
    PingSlotDr: I
    PingSlotFreq: I
    SupportsClassC: B
    ClassCTimeout: I
    MacVersion: S
    RegParamsRevision: S
    RxDelay1: I
    RxDrOffset1: I
    RxDataRate2: I
    RxFreq2: I
    FactoryPresetFreqsList: L[Ii]
    MaxEirp: I
    MaxDutyCycle: I
    RfRegion: S
    SupportsJoin: B
    Supports32BitFCnt: B

class SidewalkCreateDeviceProfile(TypedDict, total=False): ...

CreateDeviceProfileParameters = TypedDict(
    "CreateDeviceProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "LoRaWAN": X[LoRaWANDeviceProfile],
        "LoRaWAN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Sidewalk": X[SidewalkCreateDeviceProfile],
        "Sidewalk.$": str,
    },
    total=False,
)

class LoRaWANFuotaTask(TypedDict, total=False):
    RfRegion: S

CreateFuotaTaskParameters = TypedDict(
    "CreateFuotaTaskParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LoRaWAN": X[LoRaWANFuotaTask],
        "LoRaWAN.$": str,
        "FirmwareUpdateImage": S,
        "FirmwareUpdateImage.$": str,
        "FirmwareUpdateRole": S,
        "FirmwareUpdateRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "RedundancyPercent": I,
        "RedundancyPercent.$": str,
        "FragmentSizeBytes": I,
        "FragmentSizeBytes.$": str,
        "FragmentIntervalMS": I,
        "FragmentIntervalMS.$": str,
        "Descriptor": S,
        "Descriptor.$": str,
    },
    total=False,
)

class ParticipatingGatewaysMulticast(TypedDict, total=False):
    GatewayList: L[Si]
    TransmissionInterval: I

class DefaultSessionParametersMulticast(TypedDict, total=False):
    DlDr: I
    DlFreq: I

class LoRaWANMulticast(TypedDict, total=False):
    RfRegion: S
    DlClass: S
    ParticipatingGateways: X[ParticipatingGatewaysMulticast]
    DefaultSessionParameters: X[DefaultSessionParametersMulticast]

CreateMulticastGroupParameters = TypedDict(
    "CreateMulticastGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LoRaWAN": X[LoRaWANMulticast],
        "LoRaWAN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TraceContent(TypedDict, total=False):
    WirelessDeviceFrameInfo: S
    LogLevel: S
    MulticastFrameInfo: S

CreateNetworkAnalyzerConfigurationParameters = TypedDict(
    "CreateNetworkAnalyzerConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "TraceContent": X[TraceContent],
        "TraceContent.$": str,
        "WirelessDevices": L[Si],
        "WirelessDevices.$": str,
        "WirelessGateways": L[Si],
        "WirelessGateways.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "MulticastGroups": L[Si],
        "MulticastGroups.$": str,
    },
    total=False,
)

class LoRaWANServiceProfile(TypedDict, total=False):
    AddGwMetadata: B
    DrMin: I
    DrMax: I
    PrAllowed: B
    RaAllowed: B
    TxPowerIndexMin: I
    TxPowerIndexMax: I
    NbTransMin: I
    NbTransMax: I

CreateServiceProfileParameters = TypedDict(
    "CreateServiceProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "LoRaWAN": X[LoRaWANServiceProfile],
        "LoRaWAN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class OtaaV1_1(TypedDict, total=False):
    AppKey: S
    NwkKey: S
    JoinEui: S

class OtaaV1_0_x(TypedDict, total=False):
    AppKey: S
    AppEui: S
    JoinEui: S
    GenAppKey: S

class SessionKeysAbpV1_1(TypedDict, total=False):
    FNwkSIntKey: S
    SNwkSIntKey: S
    NwkSEncKey: S
    AppSKey: S

class AbpV1_1(TypedDict, total=False):
    DevAddr: S
    SessionKeys: X[SessionKeysAbpV1_1]
    FCntStart: I

class SessionKeysAbpV1_0_x(TypedDict, total=False):
    NwkSKey: S
    AppSKey: S

class AbpV1_0_x(TypedDict, total=False):
    DevAddr: S
    SessionKeys: X[SessionKeysAbpV1_0_x]
    FCntStart: I

class Positioning(TypedDict, total=False):
    ClockSync: I
    Stream: I
    Gnss: I

class ApplicationConfig(TypedDict, total=False):
    FPort: I
    Type: S
    DestinationName: S

class FPorts(TypedDict, total=False):
    Fuota: I
    Multicast: I
    ClockSync: I
    Positioning: X[Positioning]
    Applications: L[Xi[ApplicationConfig]]

class LoRaWANDevice(TypedDict, total=False):
    DevEui: S
    DeviceProfileId: S
    ServiceProfileId: S
    OtaaV1_1: X[OtaaV1_1]
    OtaaV1_0_x: X[OtaaV1_0_x]
    AbpV1_1: X[AbpV1_1]
    AbpV1_0_x: X[AbpV1_0_x]
    FPorts: X[FPorts]

class SidewalkPositioning(TypedDict, total=False):
    DestinationName: S

class SidewalkCreateWirelessDevice(TypedDict, total=False):
    DeviceProfileId: S
    Positioning: X[SidewalkPositioning]
    SidewalkManufacturingSn: S

CreateWirelessDeviceParameters = TypedDict(
    "CreateWirelessDeviceParameters",
    {
        "Type": S,
        "Type.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DestinationName": S,
        "DestinationName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LoRaWAN": X[LoRaWANDevice],
        "LoRaWAN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Positioning": S,
        "Positioning.$": str,
        "Sidewalk": X[SidewalkCreateWirelessDevice],
        "Sidewalk.$": str,
    },
    total=False,
)

class Beaconing(TypedDict, total=False):
    DataRate: I
    Frequencies: L[Ii]

class LoRaWANGateway(TypedDict, total=False):
    GatewayEui: S
    RfRegion: S
    JoinEuiFilters: L[Li[Si]]
    NetIdFilters: L[Si]
    SubBands: L[Ii]
    Beaconing: X[Beaconing]
    MaxEirp: F

CreateWirelessGatewayParameters = TypedDict(
    "CreateWirelessGatewayParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LoRaWAN": X[LoRaWANGateway],
        "LoRaWAN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateWirelessGatewayTaskParameters = TypedDict(
    "CreateWirelessGatewayTaskParameters",
    {
        "Id": S,
        "Id.$": str,
        "WirelessGatewayTaskDefinitionId": S,
        "WirelessGatewayTaskDefinitionId.$": str,
    },
    total=False,
)

class LoRaWANGatewayVersion(TypedDict, total=False):
    PackageVersion: S
    Model: S
    Station: S

class LoRaWANUpdateGatewayTaskCreate(TypedDict, total=False):
    UpdateSignature: S
    SigKeyCrc: I
    CurrentVersion: X[LoRaWANGatewayVersion]
    UpdateVersion: X[LoRaWANGatewayVersion]

class UpdateWirelessGatewayTaskCreate(TypedDict, total=False):
    UpdateDataSource: S
    UpdateDataRole: S
    LoRaWAN: X[LoRaWANUpdateGatewayTaskCreate]

CreateWirelessGatewayTaskDefinitionParameters = TypedDict(
    "CreateWirelessGatewayTaskDefinitionParameters",
    {
        "AutoCreateTasks": B,
        "AutoCreateTasks.$": str,
        "Name": S,
        "Name.$": str,
        "Update": X[UpdateWirelessGatewayTaskCreate],
        "Update.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteDestinationParameters = TypedDict(
    "DeleteDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDeviceProfileParameters = TypedDict(
    "DeleteDeviceProfileParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFuotaTaskParameters = TypedDict(
    "DeleteFuotaTaskParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteMulticastGroupParameters = TypedDict(
    "DeleteMulticastGroupParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteNetworkAnalyzerConfigurationParameters = TypedDict(
    "DeleteNetworkAnalyzerConfigurationParameters",
    {"ConfigurationName": S, "ConfigurationName.$": str},
    total=False,
)
DeleteQueuedMessagesParameters = TypedDict(
    "DeleteQueuedMessagesParameters",
    {
        "Id": S,
        "Id.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "WirelessDeviceType": S,
        "WirelessDeviceType.$": str,
    },
    total=False,
)
DeleteServiceProfileParameters = TypedDict(
    "DeleteServiceProfileParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWirelessDeviceParameters = TypedDict(
    "DeleteWirelessDeviceParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWirelessDeviceImportTaskParameters = TypedDict(
    "DeleteWirelessDeviceImportTaskParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWirelessGatewayParameters = TypedDict(
    "DeleteWirelessGatewayParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWirelessGatewayTaskParameters = TypedDict(
    "DeleteWirelessGatewayTaskParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWirelessGatewayTaskDefinitionParameters = TypedDict(
    "DeleteWirelessGatewayTaskDefinitionParameters", {"Id": S, "Id.$": str}, total=False
)
DeregisterWirelessDeviceParameters = TypedDict(
    "DeregisterWirelessDeviceParameters",
    {"Identifier": S, "Identifier.$": str, "WirelessDeviceType": S, "WirelessDeviceType.$": str},
    total=False,
)
DisassociateAwsAccountFromPartnerAccountParameters = TypedDict(
    "DisassociateAwsAccountFromPartnerAccountParameters",
    {"PartnerAccountId": S, "PartnerAccountId.$": str, "PartnerType": S, "PartnerType.$": str},
    total=False,
)
DisassociateMulticastGroupFromFuotaTaskParameters = TypedDict(
    "DisassociateMulticastGroupFromFuotaTaskParameters",
    {"Id": S, "Id.$": str, "MulticastGroupId": S, "MulticastGroupId.$": str},
    total=False,
)
DisassociateWirelessDeviceFromFuotaTaskParameters = TypedDict(
    "DisassociateWirelessDeviceFromFuotaTaskParameters",
    {"Id": S, "Id.$": str, "WirelessDeviceId": S, "WirelessDeviceId.$": str},
    total=False,
)
DisassociateWirelessDeviceFromMulticastGroupParameters = TypedDict(
    "DisassociateWirelessDeviceFromMulticastGroupParameters",
    {"Id": S, "Id.$": str, "WirelessDeviceId": S, "WirelessDeviceId.$": str},
    total=False,
)
DisassociateWirelessDeviceFromThingParameters = TypedDict(
    "DisassociateWirelessDeviceFromThingParameters", {"Id": S, "Id.$": str}, total=False
)
DisassociateWirelessGatewayFromCertificateParameters = TypedDict(
    "DisassociateWirelessGatewayFromCertificateParameters", {"Id": S, "Id.$": str}, total=False
)
DisassociateWirelessGatewayFromThingParameters = TypedDict(
    "DisassociateWirelessGatewayFromThingParameters", {"Id": S, "Id.$": str}, total=False
)
GetDestinationParameters = TypedDict(
    "GetDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
GetDeviceProfileParameters = TypedDict(
    "GetDeviceProfileParameters", {"Id": S, "Id.$": str}, total=False
)

class GetEventConfigurationByResourceTypesParameters(TypedDict, total=False): ...

GetFuotaTaskParameters = TypedDict("GetFuotaTaskParameters", {"Id": S, "Id.$": str}, total=False)

class GetLogLevelsByResourceTypesParameters(TypedDict, total=False): ...
class GetMetricConfigurationParameters(TypedDict, total=False): ...

class Dimension(TypedDict, total=False):
    Name: S
    Value: S

class SummaryMetricQuery(TypedDict, total=False):
    QueryId: S
    MetricName: S
    Dimensions: L[Xi[Dimension]]
    AggregationPeriod: S
    StartTimestamp: T
    EndTimestamp: T

GetMetricsParameters = TypedDict(
    "GetMetricsParameters",
    {"SummaryMetricQueries": L[Xi[SummaryMetricQuery]], "SummaryMetricQueries.$": str},
    total=False,
)
GetMulticastGroupParameters = TypedDict(
    "GetMulticastGroupParameters", {"Id": S, "Id.$": str}, total=False
)
GetMulticastGroupSessionParameters = TypedDict(
    "GetMulticastGroupSessionParameters", {"Id": S, "Id.$": str}, total=False
)
GetNetworkAnalyzerConfigurationParameters = TypedDict(
    "GetNetworkAnalyzerConfigurationParameters",
    {"ConfigurationName": S, "ConfigurationName.$": str},
    total=False,
)
GetPartnerAccountParameters = TypedDict(
    "GetPartnerAccountParameters",
    {"PartnerAccountId": S, "PartnerAccountId.$": str, "PartnerType": S, "PartnerType.$": str},
    total=False,
)
GetPositionParameters = TypedDict(
    "GetPositionParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
GetPositionConfigurationParameters = TypedDict(
    "GetPositionConfigurationParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)

class WiFiAccessPoint(TypedDict, total=False):
    MacAddress: S
    Rss: I

class GsmLocalId(TypedDict, total=False):
    Bsic: I
    Bcch: I

class GlobalIdentity(TypedDict, total=False):
    Lac: I
    GeranCid: I

class GsmNmrObj(TypedDict, total=False):
    Bsic: I
    Bcch: I
    RxLevel: I
    GlobalIdentity: X[GlobalIdentity]

class GsmObj(TypedDict, total=False):
    Mcc: I
    Mnc: I
    Lac: I
    GeranCid: I
    GsmLocalId: X[GsmLocalId]
    GsmTimingAdvance: I
    RxLevel: I
    GsmNmr: L[Xi[GsmNmrObj]]

class WcdmaLocalId(TypedDict, total=False):
    Uarfcndl: I
    Psc: I

class WcdmaNmrObj(TypedDict, total=False):
    Uarfcndl: I
    Psc: I
    UtranCid: I
    Rscp: I
    PathLoss: I

class WcdmaObj(TypedDict, total=False):
    Mcc: I
    Mnc: I
    Lac: I
    UtranCid: I
    WcdmaLocalId: X[WcdmaLocalId]
    Rscp: I
    PathLoss: I
    WcdmaNmr: L[Xi[WcdmaNmrObj]]

class TdscdmaLocalId(TypedDict, total=False):
    Uarfcn: I
    CellParams: I

class TdscdmaNmrObj(TypedDict, total=False):
    Uarfcn: I
    CellParams: I
    UtranCid: I
    Rscp: I
    PathLoss: I

class TdscdmaObj(TypedDict, total=False):
    Mcc: I
    Mnc: I
    Lac: I
    UtranCid: I
    TdscdmaLocalId: X[TdscdmaLocalId]
    TdscdmaTimingAdvance: I
    Rscp: I
    PathLoss: I
    TdscdmaNmr: L[Xi[TdscdmaNmrObj]]

class LteLocalId(TypedDict, total=False):
    Pci: I
    Earfcn: I

class LteNmrObj(TypedDict, total=False):
    Pci: I
    Earfcn: I
    EutranCid: I
    Rsrp: I
    Rsrq: F

class LteObj(TypedDict, total=False):
    Mcc: I
    Mnc: I
    EutranCid: I
    Tac: I
    LteLocalId: X[LteLocalId]
    LteTimingAdvance: I
    Rsrp: I
    Rsrq: F
    NrCapable: B
    LteNmr: L[Xi[LteNmrObj]]

class CdmaLocalId(TypedDict, total=False):
    PnOffset: I
    CdmaChannel: I

class CdmaNmrObj(TypedDict, total=False):
    PnOffset: I
    CdmaChannel: I
    PilotPower: I
    BaseStationId: I

class CdmaObj(TypedDict, total=False):
    SystemId: I
    NetworkId: I
    BaseStationId: I
    RegistrationZone: I
    CdmaLocalId: X[CdmaLocalId]
    PilotPower: I
    BaseLat: F
    BaseLng: F
    CdmaNmr: L[Xi[CdmaNmrObj]]

class CellTowers(TypedDict, total=False):
    Gsm: L[Xi[GsmObj]]
    Wcdma: L[Xi[WcdmaObj]]
    Tdscdma: L[Xi[TdscdmaObj]]
    Lte: L[Xi[LteObj]]
    Cdma: L[Xi[CdmaObj]]

class Ip(TypedDict, total=False):
    IpAddress: S

class Gnss(TypedDict, total=False):
    Payload: S
    CaptureTime: F
    CaptureTimeAccuracy: F
    AssistPosition: L[Fi]
    AssistAltitude: F
    Use2DSolver: B

class GnssCapture(TypedDict, total=False):
    Payload: S
    CaptureTime: F

class GnssMultiFrame(TypedDict, total=False):
    Captures: L[Xi[GnssCapture]]
    CaptureTimeAccuracy: F
    AssistPosition: L[Fi]
    AssistAltitude: F
    Use2DSolver: B

class WiFiCellular(TypedDict, total=False):
    ConfidencePercent: I

class AdvancedConfiguration(TypedDict, total=False):
    WiFiCellular: X[WiFiCellular]

GetPositionEstimateParameters = TypedDict(
    "GetPositionEstimateParameters",
    {
        "WiFiAccessPoints": L[Xi[WiFiAccessPoint]],
        "WiFiAccessPoints.$": str,
        "CellTowers": X[CellTowers],
        "CellTowers.$": str,
        "Ip": X[Ip],
        "Ip.$": str,
        "Gnss": X[Gnss],
        "Gnss.$": str,
        "GnssMultiFrame": X[GnssMultiFrame],
        "GnssMultiFrame.$": str,
        "Timestamp": T,
        "Timestamp.$": str,
        "AdvancedConfiguration": X[AdvancedConfiguration],
        "AdvancedConfiguration.$": str,
    },
    total=False,
)
GetResourceEventConfigurationParameters = TypedDict(
    "GetResourceEventConfigurationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "IdentifierType": S,
        "IdentifierType.$": str,
        "PartnerType": S,
        "PartnerType.$": str,
    },
    total=False,
)
GetResourceLogLevelParameters = TypedDict(
    "GetResourceLogLevelParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
GetResourcePositionParameters = TypedDict(
    "GetResourcePositionParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
GetServiceEndpointParameters = TypedDict(
    "GetServiceEndpointParameters", {"ServiceType": S, "ServiceType.$": str}, total=False
)
GetServiceProfileParameters = TypedDict(
    "GetServiceProfileParameters", {"Id": S, "Id.$": str}, total=False
)
GetWirelessDeviceParameters = TypedDict(
    "GetWirelessDeviceParameters",
    {"Identifier": S, "Identifier.$": str, "IdentifierType": S, "IdentifierType.$": str},
    total=False,
)
GetWirelessDeviceImportTaskParameters = TypedDict(
    "GetWirelessDeviceImportTaskParameters", {"Id": S, "Id.$": str}, total=False
)
GetWirelessDeviceStatisticsParameters = TypedDict(
    "GetWirelessDeviceStatisticsParameters",
    {"WirelessDeviceId": S, "WirelessDeviceId.$": str},
    total=False,
)
GetWirelessGatewayParameters = TypedDict(
    "GetWirelessGatewayParameters",
    {"Identifier": S, "Identifier.$": str, "IdentifierType": S, "IdentifierType.$": str},
    total=False,
)
GetWirelessGatewayCertificateParameters = TypedDict(
    "GetWirelessGatewayCertificateParameters", {"Id": S, "Id.$": str}, total=False
)
GetWirelessGatewayFirmwareInformationParameters = TypedDict(
    "GetWirelessGatewayFirmwareInformationParameters", {"Id": S, "Id.$": str}, total=False
)
GetWirelessGatewayStatisticsParameters = TypedDict(
    "GetWirelessGatewayStatisticsParameters",
    {"WirelessGatewayId": S, "WirelessGatewayId.$": str},
    total=False,
)
GetWirelessGatewayTaskParameters = TypedDict(
    "GetWirelessGatewayTaskParameters", {"Id": S, "Id.$": str}, total=False
)
GetWirelessGatewayTaskDefinitionParameters = TypedDict(
    "GetWirelessGatewayTaskDefinitionParameters", {"Id": S, "Id.$": str}, total=False
)
ListDestinationsParameters = TypedDict(
    "ListDestinationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDeviceProfilesParameters = TypedDict(
    "ListDeviceProfilesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DeviceProfileType": S,
        "DeviceProfileType.$": str,
    },
    total=False,
)
ListDevicesForWirelessDeviceImportTaskParameters = TypedDict(
    "ListDevicesForWirelessDeviceImportTaskParameters",
    {
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListEventConfigurationsParameters = TypedDict(
    "ListEventConfigurationsParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFuotaTasksParameters = TypedDict(
    "ListFuotaTasksParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMulticastGroupsParameters = TypedDict(
    "ListMulticastGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMulticastGroupsByFuotaTaskParameters = TypedDict(
    "ListMulticastGroupsByFuotaTaskParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNetworkAnalyzerConfigurationsParameters = TypedDict(
    "ListNetworkAnalyzerConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPartnerAccountsParameters = TypedDict(
    "ListPartnerAccountsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPositionConfigurationsParameters = TypedDict(
    "ListPositionConfigurationsParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListQueuedMessagesParameters = TypedDict(
    "ListQueuedMessagesParameters",
    {
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WirelessDeviceType": S,
        "WirelessDeviceType.$": str,
    },
    total=False,
)
ListServiceProfilesParameters = TypedDict(
    "ListServiceProfilesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWirelessDeviceImportTasksParameters = TypedDict(
    "ListWirelessDeviceImportTasksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListWirelessDevicesParameters = TypedDict(
    "ListWirelessDevicesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DestinationName": S,
        "DestinationName.$": str,
        "DeviceProfileId": S,
        "DeviceProfileId.$": str,
        "ServiceProfileId": S,
        "ServiceProfileId.$": str,
        "WirelessDeviceType": S,
        "WirelessDeviceType.$": str,
        "FuotaTaskId": S,
        "FuotaTaskId.$": str,
        "MulticastGroupId": S,
        "MulticastGroupId.$": str,
    },
    total=False,
)
ListWirelessGatewayTaskDefinitionsParameters = TypedDict(
    "ListWirelessGatewayTaskDefinitionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TaskDefinitionType": S,
        "TaskDefinitionType.$": str,
    },
    total=False,
)
ListWirelessGatewaysParameters = TypedDict(
    "ListWirelessGatewaysParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class SemtechGnssConfiguration(TypedDict, total=False):
    Status: S
    Fec: S

class PositionSolverConfigurations(TypedDict, total=False):
    SemtechGnss: X[SemtechGnssConfiguration]

PutPositionConfigurationParameters = TypedDict(
    "PutPositionConfigurationParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Solvers": X[PositionSolverConfigurations],
        "Solvers.$": str,
        "Destination": S,
        "Destination.$": str,
    },
    total=False,
)
PutResourceLogLevelParameters = TypedDict(
    "PutResourceLogLevelParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "LogLevel": S,
        "LogLevel.$": str,
    },
    total=False,
)

class ResetAllResourceLogLevelsParameters(TypedDict, total=False): ...

ResetResourceLogLevelParameters = TypedDict(
    "ResetResourceLogLevelParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)

class LoRaWANMulticastMetadata(TypedDict, total=False):
    FPort: I

class MulticastWirelessMetadata(TypedDict, total=False):
    LoRaWAN: X[LoRaWANMulticastMetadata]

SendDataToMulticastGroupParameters = TypedDict(
    "SendDataToMulticastGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "PayloadData": S,
        "PayloadData.$": str,
        "WirelessMetadata": X[MulticastWirelessMetadata],
        "WirelessMetadata.$": str,
    },
    total=False,
)

class GatewayListItem(TypedDict, total=False):
    GatewayId: S
    DownlinkFrequency: I

class ParticipatingGateways(TypedDict, total=False):
    DownlinkMode: S
    GatewayList: L[Xi[GatewayListItem]]
    TransmissionInterval: I

class LoRaWANSendDataToDevice(TypedDict, total=False):
    FPort: I
    ParticipatingGateways: X[ParticipatingGateways]

class SidewalkSendDataToDevice(TypedDict, total=False):
    Seq: I
    MessageType: S
    AckModeRetryDurationSecs: I

class WirelessMetadata(TypedDict, total=False):
    LoRaWAN: X[LoRaWANSendDataToDevice]
    Sidewalk: X[SidewalkSendDataToDevice]

SendDataToWirelessDeviceParameters = TypedDict(
    "SendDataToWirelessDeviceParameters",
    {
        "Id": S,
        "Id.$": str,
        "TransmitMode": I,
        "TransmitMode.$": str,
        "PayloadData": S,
        "PayloadData.$": str,
        "WirelessMetadata": X[WirelessMetadata],
        "WirelessMetadata.$": str,
    },
    total=False,
)
StartBulkAssociateWirelessDeviceWithMulticastGroupParameters = TypedDict(
    "StartBulkAssociateWirelessDeviceWithMulticastGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartBulkDisassociateWirelessDeviceFromMulticastGroupParameters = TypedDict(
    "StartBulkDisassociateWirelessDeviceFromMulticastGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LoRaWANStartFuotaTask(TypedDict, total=False):
    StartTime: T

StartFuotaTaskParameters = TypedDict(
    "StartFuotaTaskParameters",
    {"Id": S, "Id.$": str, "LoRaWAN": X[LoRaWANStartFuotaTask], "LoRaWAN.$": str},
    total=False,
)

class LoRaWANMulticastSession(TypedDict, total=False):
    DlDr: I
    DlFreq: I
    SessionStartTime: T
    SessionTimeout: I
    PingSlotPeriod: I

StartMulticastGroupSessionParameters = TypedDict(
    "StartMulticastGroupSessionParameters",
    {"Id": S, "Id.$": str, "LoRaWAN": X[LoRaWANMulticastSession], "LoRaWAN.$": str},
    total=False,
)

class SidewalkSingleStartImportInfo(TypedDict, total=False):
    SidewalkManufacturingSn: S
    Positioning: X[SidewalkPositioning]

StartSingleWirelessDeviceImportTaskParameters = TypedDict(
    "StartSingleWirelessDeviceImportTaskParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Positioning": S,
        "Positioning.$": str,
        "Sidewalk": X[SidewalkSingleStartImportInfo],
        "Sidewalk.$": str,
    },
    total=False,
)

class SidewalkStartImportInfo(TypedDict, total=False):
    DeviceCreationFile: S
    Role: S
    Positioning: X[SidewalkPositioning]

StartWirelessDeviceImportTaskParameters = TypedDict(
    "StartWirelessDeviceImportTaskParameters",
    {
        "DestinationName": S,
        "DestinationName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Positioning": S,
        "Positioning.$": str,
        "Sidewalk": X[SidewalkStartImportInfo],
        "Sidewalk.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestWirelessDeviceParameters = TypedDict(
    "TestWirelessDeviceParameters", {"Id": S, "Id.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateDestinationParameters = TypedDict(
    "UpdateDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "ExpressionType": S,
        "ExpressionType.$": str,
        "Expression": S,
        "Expression.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)

class SidewalkResourceTypeEventConfiguration(TypedDict, total=False):
    WirelessDeviceEventTopic: S

class DeviceRegistrationStateResourceTypeEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkResourceTypeEventConfiguration]

class ProximityResourceTypeEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkResourceTypeEventConfiguration]

class LoRaWANJoinResourceTypeEventConfiguration(TypedDict, total=False):
    WirelessDeviceEventTopic: S

class JoinResourceTypeEventConfiguration(TypedDict, total=False):
    LoRaWAN: X[LoRaWANJoinResourceTypeEventConfiguration]

class LoRaWANConnectionStatusResourceTypeEventConfiguration(TypedDict, total=False):
    WirelessGatewayEventTopic: S

class ConnectionStatusResourceTypeEventConfiguration(TypedDict, total=False):
    LoRaWAN: X[LoRaWANConnectionStatusResourceTypeEventConfiguration]

class MessageDeliveryStatusResourceTypeEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkResourceTypeEventConfiguration]

UpdateEventConfigurationByResourceTypesParameters = TypedDict(
    "UpdateEventConfigurationByResourceTypesParameters",
    {
        "DeviceRegistrationState": X[DeviceRegistrationStateResourceTypeEventConfiguration],
        "DeviceRegistrationState.$": str,
        "Proximity": X[ProximityResourceTypeEventConfiguration],
        "Proximity.$": str,
        "Join": X[JoinResourceTypeEventConfiguration],
        "Join.$": str,
        "ConnectionStatus": X[ConnectionStatusResourceTypeEventConfiguration],
        "ConnectionStatus.$": str,
        "MessageDeliveryStatus": X[MessageDeliveryStatusResourceTypeEventConfiguration],
        "MessageDeliveryStatus.$": str,
    },
    total=False,
)
UpdateFuotaTaskParameters = TypedDict(
    "UpdateFuotaTaskParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LoRaWAN": X[LoRaWANFuotaTask],
        "LoRaWAN.$": str,
        "FirmwareUpdateImage": S,
        "FirmwareUpdateImage.$": str,
        "FirmwareUpdateRole": S,
        "FirmwareUpdateRole.$": str,
        "RedundancyPercent": I,
        "RedundancyPercent.$": str,
        "FragmentSizeBytes": I,
        "FragmentSizeBytes.$": str,
        "FragmentIntervalMS": I,
        "FragmentIntervalMS.$": str,
        "Descriptor": S,
        "Descriptor.$": str,
    },
    total=False,
)

class FuotaTaskEventLogOption(TypedDict, total=False):
    Event: S
    LogLevel: S

class FuotaTaskLogOption(TypedDict, total=False):
    Type: S
    LogLevel: S
    Events: L[Xi[FuotaTaskEventLogOption]]

class WirelessDeviceEventLogOption(TypedDict, total=False):
    Event: S
    LogLevel: S

class WirelessDeviceLogOption(TypedDict, total=False):
    Type: S
    LogLevel: S
    Events: L[Xi[WirelessDeviceEventLogOption]]

class WirelessGatewayEventLogOption(TypedDict, total=False):
    Event: S
    LogLevel: S

class WirelessGatewayLogOption(TypedDict, total=False):
    Type: S
    LogLevel: S
    Events: L[Xi[WirelessGatewayEventLogOption]]

UpdateLogLevelsByResourceTypesParameters = TypedDict(
    "UpdateLogLevelsByResourceTypesParameters",
    {
        "DefaultLogLevel": S,
        "DefaultLogLevel.$": str,
        "FuotaTaskLogOptions": L[Xi[FuotaTaskLogOption]],
        "FuotaTaskLogOptions.$": str,
        "WirelessDeviceLogOptions": L[Xi[WirelessDeviceLogOption]],
        "WirelessDeviceLogOptions.$": str,
        "WirelessGatewayLogOptions": L[Xi[WirelessGatewayLogOption]],
        "WirelessGatewayLogOptions.$": str,
    },
    total=False,
)

class SummaryMetricConfiguration(TypedDict, total=False):
    Status: S

UpdateMetricConfigurationParameters = TypedDict(
    "UpdateMetricConfigurationParameters",
    {"SummaryMetric": X[SummaryMetricConfiguration], "SummaryMetric.$": str},
    total=False,
)
UpdateMulticastGroupParameters = TypedDict(
    "UpdateMulticastGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LoRaWAN": X[LoRaWANMulticast],
        "LoRaWAN.$": str,
    },
    total=False,
)
UpdateNetworkAnalyzerConfigurationParameters = TypedDict(
    "UpdateNetworkAnalyzerConfigurationParameters",
    {
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "TraceContent": X[TraceContent],
        "TraceContent.$": str,
        "WirelessDevicesToAdd": L[Si],
        "WirelessDevicesToAdd.$": str,
        "WirelessDevicesToRemove": L[Si],
        "WirelessDevicesToRemove.$": str,
        "WirelessGatewaysToAdd": L[Si],
        "WirelessGatewaysToAdd.$": str,
        "WirelessGatewaysToRemove": L[Si],
        "WirelessGatewaysToRemove.$": str,
        "Description": S,
        "Description.$": str,
        "MulticastGroupsToAdd": L[Si],
        "MulticastGroupsToAdd.$": str,
        "MulticastGroupsToRemove": L[Si],
        "MulticastGroupsToRemove.$": str,
    },
    total=False,
)

class SidewalkUpdateAccount(TypedDict, total=False):
    AppServerPrivateKey: S

UpdatePartnerAccountParameters = TypedDict(
    "UpdatePartnerAccountParameters",
    {
        "Sidewalk": X[SidewalkUpdateAccount],
        "Sidewalk.$": str,
        "PartnerAccountId": S,
        "PartnerAccountId.$": str,
        "PartnerType": S,
        "PartnerType.$": str,
    },
    total=False,
)
UpdatePositionParameters = TypedDict(
    "UpdatePositionParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Position": L[Fi],
        "Position.$": str,
    },
    total=False,
)

class SidewalkEventNotificationConfigurations(TypedDict, total=False):
    AmazonIdEventTopic: S

class DeviceRegistrationStateEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkEventNotificationConfigurations]
    WirelessDeviceIdEventTopic: S

class ProximityEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkEventNotificationConfigurations]
    WirelessDeviceIdEventTopic: S

class LoRaWANJoinEventNotificationConfigurations(TypedDict, total=False):
    DevEuiEventTopic: S

class JoinEventConfiguration(TypedDict, total=False):
    LoRaWAN: X[LoRaWANJoinEventNotificationConfigurations]
    WirelessDeviceIdEventTopic: S

class LoRaWANConnectionStatusEventNotificationConfigurations(TypedDict, total=False):
    GatewayEuiEventTopic: S

class ConnectionStatusEventConfiguration(TypedDict, total=False):
    LoRaWAN: X[LoRaWANConnectionStatusEventNotificationConfigurations]
    WirelessGatewayIdEventTopic: S

class MessageDeliveryStatusEventConfiguration(TypedDict, total=False):
    Sidewalk: X[SidewalkEventNotificationConfigurations]
    WirelessDeviceIdEventTopic: S

UpdateResourceEventConfigurationParameters = TypedDict(
    "UpdateResourceEventConfigurationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "IdentifierType": S,
        "IdentifierType.$": str,
        "PartnerType": S,
        "PartnerType.$": str,
        "DeviceRegistrationState": X[DeviceRegistrationStateEventConfiguration],
        "DeviceRegistrationState.$": str,
        "Proximity": X[ProximityEventConfiguration],
        "Proximity.$": str,
        "Join": X[JoinEventConfiguration],
        "Join.$": str,
        "ConnectionStatus": X[ConnectionStatusEventConfiguration],
        "ConnectionStatus.$": str,
        "MessageDeliveryStatus": X[MessageDeliveryStatusEventConfiguration],
        "MessageDeliveryStatus.$": str,
    },
    total=False,
)
UpdateResourcePositionParameters = TypedDict(
    "UpdateResourcePositionParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "GeoJsonPayload": S,
        "GeoJsonPayload.$": str,
    },
    total=False,
)

class UpdateAbpV1_1(TypedDict, total=False):
    FCntStart: I

class UpdateAbpV1_0_x(TypedDict, total=False):
    FCntStart: I

class UpdateFPorts(TypedDict, total=False):
    Positioning: X[Positioning]
    Applications: L[Xi[ApplicationConfig]]

class LoRaWANUpdateDevice(TypedDict, total=False):
    DeviceProfileId: S
    ServiceProfileId: S
    AbpV1_1: X[UpdateAbpV1_1]
    AbpV1_0_x: X[UpdateAbpV1_0_x]
    FPorts: X[UpdateFPorts]

class SidewalkUpdateWirelessDevice(TypedDict, total=False):
    Positioning: X[SidewalkPositioning]

UpdateWirelessDeviceParameters = TypedDict(
    "UpdateWirelessDeviceParameters",
    {
        "Id": S,
        "Id.$": str,
        "DestinationName": S,
        "DestinationName.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LoRaWAN": X[LoRaWANUpdateDevice],
        "LoRaWAN.$": str,
        "Positioning": S,
        "Positioning.$": str,
        "Sidewalk": X[SidewalkUpdateWirelessDevice],
        "Sidewalk.$": str,
    },
    total=False,
)

class SidewalkUpdateImportInfo(TypedDict, total=False):
    DeviceCreationFile: S

UpdateWirelessDeviceImportTaskParameters = TypedDict(
    "UpdateWirelessDeviceImportTaskParameters",
    {"Id": S, "Id.$": str, "Sidewalk": X[SidewalkUpdateImportInfo], "Sidewalk.$": str},
    total=False,
)
UpdateWirelessGatewayParameters = TypedDict(
    "UpdateWirelessGatewayParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "JoinEuiFilters": L[Li[Si]],
        "JoinEuiFilters.$": str,
        "NetIdFilters": L[Si],
        "NetIdFilters.$": str,
        "MaxEirp": F,
        "MaxEirp.$": str,
    },
    total=False,
)
associate_aws_account_with_partner_account: Builder[AssociateAwsAccountWithPartnerAccountParameters]
associate_multicast_group_with_fuota_task: Builder[AssociateMulticastGroupWithFuotaTaskParameters]
associate_wireless_device_with_fuota_task: Builder[AssociateWirelessDeviceWithFuotaTaskParameters]
associate_wireless_device_with_multicast_group: Builder[
    AssociateWirelessDeviceWithMulticastGroupParameters
]
associate_wireless_device_with_thing: Builder[AssociateWirelessDeviceWithThingParameters]
associate_wireless_gateway_with_certificate: Builder[
    AssociateWirelessGatewayWithCertificateParameters
]
associate_wireless_gateway_with_thing: Builder[AssociateWirelessGatewayWithThingParameters]
cancel_multicast_group_session: Builder[CancelMulticastGroupSessionParameters]
create_destination: Builder[CreateDestinationParameters]
create_device_profile: Builder[CreateDeviceProfileParameters]
create_fuota_task: Builder[CreateFuotaTaskParameters]
create_multicast_group: Builder[CreateMulticastGroupParameters]
create_network_analyzer_configuration: Builder[CreateNetworkAnalyzerConfigurationParameters]
create_service_profile: Builder[CreateServiceProfileParameters]
create_wireless_device: Builder[CreateWirelessDeviceParameters]
create_wireless_gateway: Builder[CreateWirelessGatewayParameters]
create_wireless_gateway_task: Builder[CreateWirelessGatewayTaskParameters]
create_wireless_gateway_task_definition: Builder[CreateWirelessGatewayTaskDefinitionParameters]
delete_destination: Builder[DeleteDestinationParameters]
delete_device_profile: Builder[DeleteDeviceProfileParameters]
delete_fuota_task: Builder[DeleteFuotaTaskParameters]
delete_multicast_group: Builder[DeleteMulticastGroupParameters]
delete_network_analyzer_configuration: Builder[DeleteNetworkAnalyzerConfigurationParameters]
delete_queued_messages: Builder[DeleteQueuedMessagesParameters]
delete_service_profile: Builder[DeleteServiceProfileParameters]
delete_wireless_device: Builder[DeleteWirelessDeviceParameters]
delete_wireless_device_import_task: Builder[DeleteWirelessDeviceImportTaskParameters]
delete_wireless_gateway: Builder[DeleteWirelessGatewayParameters]
delete_wireless_gateway_task: Builder[DeleteWirelessGatewayTaskParameters]
delete_wireless_gateway_task_definition: Builder[DeleteWirelessGatewayTaskDefinitionParameters]
deregister_wireless_device: Builder[DeregisterWirelessDeviceParameters]
disassociate_aws_account_from_partner_account: Builder[
    DisassociateAwsAccountFromPartnerAccountParameters
]
disassociate_multicast_group_from_fuota_task: Builder[
    DisassociateMulticastGroupFromFuotaTaskParameters
]
disassociate_wireless_device_from_fuota_task: Builder[
    DisassociateWirelessDeviceFromFuotaTaskParameters
]
disassociate_wireless_device_from_multicast_group: Builder[
    DisassociateWirelessDeviceFromMulticastGroupParameters
]
disassociate_wireless_device_from_thing: Builder[DisassociateWirelessDeviceFromThingParameters]
disassociate_wireless_gateway_from_certificate: Builder[
    DisassociateWirelessGatewayFromCertificateParameters
]
disassociate_wireless_gateway_from_thing: Builder[DisassociateWirelessGatewayFromThingParameters]
get_destination: Builder[GetDestinationParameters]
get_device_profile: Builder[GetDeviceProfileParameters]
get_event_configuration_by_resource_types: Builder[GetEventConfigurationByResourceTypesParameters]
get_fuota_task: Builder[GetFuotaTaskParameters]
get_log_levels_by_resource_types: Builder[GetLogLevelsByResourceTypesParameters]
get_metric_configuration: Builder[GetMetricConfigurationParameters]
get_metrics: Builder[GetMetricsParameters]
get_multicast_group: Builder[GetMulticastGroupParameters]
get_multicast_group_session: Builder[GetMulticastGroupSessionParameters]
get_network_analyzer_configuration: Builder[GetNetworkAnalyzerConfigurationParameters]
get_partner_account: Builder[GetPartnerAccountParameters]
get_position: Builder[GetPositionParameters]
get_position_configuration: Builder[GetPositionConfigurationParameters]
get_position_estimate: Builder[GetPositionEstimateParameters]
get_resource_event_configuration: Builder[GetResourceEventConfigurationParameters]
get_resource_log_level: Builder[GetResourceLogLevelParameters]
get_resource_position: Builder[GetResourcePositionParameters]
get_service_endpoint: Builder[GetServiceEndpointParameters]
get_service_profile: Builder[GetServiceProfileParameters]
get_wireless_device: Builder[GetWirelessDeviceParameters]
get_wireless_device_import_task: Builder[GetWirelessDeviceImportTaskParameters]
get_wireless_device_statistics: Builder[GetWirelessDeviceStatisticsParameters]
get_wireless_gateway: Builder[GetWirelessGatewayParameters]
get_wireless_gateway_certificate: Builder[GetWirelessGatewayCertificateParameters]
get_wireless_gateway_firmware_information: Builder[GetWirelessGatewayFirmwareInformationParameters]
get_wireless_gateway_statistics: Builder[GetWirelessGatewayStatisticsParameters]
get_wireless_gateway_task: Builder[GetWirelessGatewayTaskParameters]
get_wireless_gateway_task_definition: Builder[GetWirelessGatewayTaskDefinitionParameters]
list_destinations: Builder[ListDestinationsParameters]
list_device_profiles: Builder[ListDeviceProfilesParameters]
list_devices_for_wireless_device_import_task: Builder[
    ListDevicesForWirelessDeviceImportTaskParameters
]
list_event_configurations: Builder[ListEventConfigurationsParameters]
list_fuota_tasks: Builder[ListFuotaTasksParameters]
list_multicast_groups: Builder[ListMulticastGroupsParameters]
list_multicast_groups_by_fuota_task: Builder[ListMulticastGroupsByFuotaTaskParameters]
list_network_analyzer_configurations: Builder[ListNetworkAnalyzerConfigurationsParameters]
list_partner_accounts: Builder[ListPartnerAccountsParameters]
list_position_configurations: Builder[ListPositionConfigurationsParameters]
list_queued_messages: Builder[ListQueuedMessagesParameters]
list_service_profiles: Builder[ListServiceProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_wireless_device_import_tasks: Builder[ListWirelessDeviceImportTasksParameters]
list_wireless_devices: Builder[ListWirelessDevicesParameters]
list_wireless_gateway_task_definitions: Builder[ListWirelessGatewayTaskDefinitionsParameters]
list_wireless_gateways: Builder[ListWirelessGatewaysParameters]
put_position_configuration: Builder[PutPositionConfigurationParameters]
put_resource_log_level: Builder[PutResourceLogLevelParameters]
reset_all_resource_log_levels: Builder[ResetAllResourceLogLevelsParameters]
reset_resource_log_level: Builder[ResetResourceLogLevelParameters]
send_data_to_multicast_group: Builder[SendDataToMulticastGroupParameters]
send_data_to_wireless_device: Builder[SendDataToWirelessDeviceParameters]
start_bulk_associate_wireless_device_with_multicast_group: Builder[
    StartBulkAssociateWirelessDeviceWithMulticastGroupParameters
]
start_bulk_disassociate_wireless_device_from_multicast_group: Builder[
    StartBulkDisassociateWirelessDeviceFromMulticastGroupParameters
]
start_fuota_task: Builder[StartFuotaTaskParameters]
start_multicast_group_session: Builder[StartMulticastGroupSessionParameters]
start_single_wireless_device_import_task: Builder[StartSingleWirelessDeviceImportTaskParameters]
start_wireless_device_import_task: Builder[StartWirelessDeviceImportTaskParameters]
tag_resource: Builder[TagResourceParameters]
test_wireless_device: Builder[TestWirelessDeviceParameters]
untag_resource: Builder[UntagResourceParameters]
update_destination: Builder[UpdateDestinationParameters]
update_event_configuration_by_resource_types: Builder[
    UpdateEventConfigurationByResourceTypesParameters
]
update_fuota_task: Builder[UpdateFuotaTaskParameters]
update_log_levels_by_resource_types: Builder[UpdateLogLevelsByResourceTypesParameters]
update_metric_configuration: Builder[UpdateMetricConfigurationParameters]
update_multicast_group: Builder[UpdateMulticastGroupParameters]
update_network_analyzer_configuration: Builder[UpdateNetworkAnalyzerConfigurationParameters]
update_partner_account: Builder[UpdatePartnerAccountParameters]
update_position: Builder[UpdatePositionParameters]
update_resource_event_configuration: Builder[UpdateResourceEventConfigurationParameters]
update_resource_position: Builder[UpdateResourcePositionParameters]
update_wireless_device: Builder[UpdateWirelessDeviceParameters]
update_wireless_device_import_task: Builder[UpdateWirelessDeviceImportTaskParameters]
update_wireless_gateway: Builder[UpdateWirelessGatewayParameters]

__all__ = [
    "associate_aws_account_with_partner_account",
    "associate_multicast_group_with_fuota_task",
    "associate_wireless_device_with_fuota_task",
    "associate_wireless_device_with_multicast_group",
    "associate_wireless_device_with_thing",
    "associate_wireless_gateway_with_certificate",
    "associate_wireless_gateway_with_thing",
    "cancel_multicast_group_session",
    "create_destination",
    "create_device_profile",
    "create_fuota_task",
    "create_multicast_group",
    "create_network_analyzer_configuration",
    "create_service_profile",
    "create_wireless_device",
    "create_wireless_gateway",
    "create_wireless_gateway_task",
    "create_wireless_gateway_task_definition",
    "delete_destination",
    "delete_device_profile",
    "delete_fuota_task",
    "delete_multicast_group",
    "delete_network_analyzer_configuration",
    "delete_queued_messages",
    "delete_service_profile",
    "delete_wireless_device",
    "delete_wireless_device_import_task",
    "delete_wireless_gateway",
    "delete_wireless_gateway_task",
    "delete_wireless_gateway_task_definition",
    "deregister_wireless_device",
    "disassociate_aws_account_from_partner_account",
    "disassociate_multicast_group_from_fuota_task",
    "disassociate_wireless_device_from_fuota_task",
    "disassociate_wireless_device_from_multicast_group",
    "disassociate_wireless_device_from_thing",
    "disassociate_wireless_gateway_from_certificate",
    "disassociate_wireless_gateway_from_thing",
    "get_destination",
    "get_device_profile",
    "get_event_configuration_by_resource_types",
    "get_fuota_task",
    "get_log_levels_by_resource_types",
    "get_metric_configuration",
    "get_metrics",
    "get_multicast_group",
    "get_multicast_group_session",
    "get_network_analyzer_configuration",
    "get_partner_account",
    "get_position",
    "get_position_configuration",
    "get_position_estimate",
    "get_resource_event_configuration",
    "get_resource_log_level",
    "get_resource_position",
    "get_service_endpoint",
    "get_service_profile",
    "get_wireless_device",
    "get_wireless_device_import_task",
    "get_wireless_device_statistics",
    "get_wireless_gateway",
    "get_wireless_gateway_certificate",
    "get_wireless_gateway_firmware_information",
    "get_wireless_gateway_statistics",
    "get_wireless_gateway_task",
    "get_wireless_gateway_task_definition",
    "list_destinations",
    "list_device_profiles",
    "list_devices_for_wireless_device_import_task",
    "list_event_configurations",
    "list_fuota_tasks",
    "list_multicast_groups",
    "list_multicast_groups_by_fuota_task",
    "list_network_analyzer_configurations",
    "list_partner_accounts",
    "list_position_configurations",
    "list_queued_messages",
    "list_service_profiles",
    "list_tags_for_resource",
    "list_wireless_device_import_tasks",
    "list_wireless_devices",
    "list_wireless_gateway_task_definitions",
    "list_wireless_gateways",
    "put_position_configuration",
    "put_resource_log_level",
    "reset_all_resource_log_levels",
    "reset_resource_log_level",
    "send_data_to_multicast_group",
    "send_data_to_wireless_device",
    "start_bulk_associate_wireless_device_with_multicast_group",
    "start_bulk_disassociate_wireless_device_from_multicast_group",
    "start_fuota_task",
    "start_multicast_group_session",
    "start_single_wireless_device_import_task",
    "start_wireless_device_import_task",
    "tag_resource",
    "test_wireless_device",
    "untag_resource",
    "update_destination",
    "update_event_configuration_by_resource_types",
    "update_fuota_task",
    "update_log_levels_by_resource_types",
    "update_metric_configuration",
    "update_multicast_group",
    "update_network_analyzer_configuration",
    "update_partner_account",
    "update_position",
    "update_resource_event_configuration",
    "update_resource_position",
    "update_wireless_device",
    "update_wireless_device_import_task",
    "update_wireless_gateway",
]
