"""Typed builders of the AWS SDK integration of location (``aws-sdk:location:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, L, Li, M, S, Si, T, X, Xi

AssociateTrackerConsumerParameters = TypedDict(
    "AssociateTrackerConsumerParameters",
    {"TrackerName": S, "TrackerName.$": str, "ConsumerArn": S, "ConsumerArn.$": str},
    total=False,
)
BatchDeleteDevicePositionHistoryParameters = TypedDict(
    "BatchDeleteDevicePositionHistoryParameters",
    {"TrackerName": S, "TrackerName.$": str, "DeviceIds": L[Si], "DeviceIds.$": str},
    total=False,
)
BatchDeleteGeofenceParameters = TypedDict(
    "BatchDeleteGeofenceParameters",
    {"CollectionName": S, "CollectionName.$": str, "GeofenceIds": L[Si], "GeofenceIds.$": str},
    total=False,
)

class PositionalAccuracy(TypedDict, total=False):
    Horizontal: F

class DevicePositionUpdate(TypedDict, total=False):
    DeviceId: S
    SampleTime: T
    Position: L[Fi]
    Accuracy: X[PositionalAccuracy]
    PositionProperties: M[S]

BatchEvaluateGeofencesParameters = TypedDict(
    "BatchEvaluateGeofencesParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "DevicePositionUpdates": L[Xi[DevicePositionUpdate]],
        "DevicePositionUpdates.$": str,
    },
    total=False,
)
BatchGetDevicePositionParameters = TypedDict(
    "BatchGetDevicePositionParameters",
    {"TrackerName": S, "TrackerName.$": str, "DeviceIds": L[Si], "DeviceIds.$": str},
    total=False,
)

class Circle(TypedDict, total=False):
    Center: L[Fi]
    Radius: F

class GeofenceGeometry(TypedDict, total=False):
    Polygon: L[Li[Li[Fi]]]
    Circle: X[Circle]
    Geobuf: S
    MultiPolygon: L[Li[Li[Li[Fi]]]]

class BatchPutGeofenceRequestEntry(TypedDict, total=False):
    GeofenceId: S
    Geometry: X[GeofenceGeometry]
    GeofenceProperties: M[S]

BatchPutGeofenceParameters = TypedDict(
    "BatchPutGeofenceParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "Entries": L[Xi[BatchPutGeofenceRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
BatchUpdateDevicePositionParameters = TypedDict(
    "BatchUpdateDevicePositionParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "Updates": L[Xi[DevicePositionUpdate]],
        "Updates.$": str,
    },
    total=False,
)

class CalculateRouteCarModeOptions(TypedDict, total=False):
    AvoidFerries: B
    AvoidTolls: B

class TruckDimensions(TypedDict, total=False):
    Length: F
    Height: F
    Width: F
    Unit: S

class TruckWeight(TypedDict, total=False):
    Total: F
    Unit: S

class CalculateRouteTruckModeOptions(TypedDict, total=False):
    AvoidFerries: B
    AvoidTolls: B
    Dimensions: X[TruckDimensions]
    Weight: X[TruckWeight]

CalculateRouteParameters = TypedDict(
    "CalculateRouteParameters",
    {
        "CalculatorName": S,
        "CalculatorName.$": str,
        "DeparturePosition": L[Fi],
        "DeparturePosition.$": str,
        "DestinationPosition": L[Fi],
        "DestinationPosition.$": str,
        "WaypointPositions": L[Li[Fi]],
        "WaypointPositions.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "DepartureTime": T,
        "DepartureTime.$": str,
        "DepartNow": B,
        "DepartNow.$": str,
        "DistanceUnit": S,
        "DistanceUnit.$": str,
        "IncludeLegGeometry": B,
        "IncludeLegGeometry.$": str,
        "CarModeOptions": X[CalculateRouteCarModeOptions],
        "CarModeOptions.$": str,
        "TruckModeOptions": X[CalculateRouteTruckModeOptions],
        "TruckModeOptions.$": str,
        "ArrivalTime": T,
        "ArrivalTime.$": str,
        "OptimizeFor": S,
        "OptimizeFor.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
CalculateRouteMatrixParameters = TypedDict(
    "CalculateRouteMatrixParameters",
    {
        "CalculatorName": S,
        "CalculatorName.$": str,
        "DeparturePositions": L[Li[Fi]],
        "DeparturePositions.$": str,
        "DestinationPositions": L[Li[Fi]],
        "DestinationPositions.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "DepartureTime": T,
        "DepartureTime.$": str,
        "DepartNow": B,
        "DepartNow.$": str,
        "DistanceUnit": S,
        "DistanceUnit.$": str,
        "CarModeOptions": X[CalculateRouteCarModeOptions],
        "CarModeOptions.$": str,
        "TruckModeOptions": X[CalculateRouteTruckModeOptions],
        "TruckModeOptions.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
CancelJobParameters = TypedDict("CancelJobParameters", {"JobId": S, "JobId.$": str}, total=False)
CreateGeofenceCollectionParameters = TypedDict(
    "CreateGeofenceCollectionParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "PricingPlanDataSource": S,
        "PricingPlanDataSource.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)

class AndroidApp(TypedDict, total=False):
    PackageValue: S
    CertificateFingerprint: S

class AppleApp(TypedDict, total=False):
    BundleId: S

class ApiKeyRestrictions(TypedDict, total=False):
    AllowActions: L[Si]
    AllowResources: L[Si]
    AllowReferers: L[Si]
    AllowAndroidApps: L[Xi[AndroidApp]]
    AllowAppleApps: L[Xi[AppleApp]]

CreateKeyParameters = TypedDict(
    "CreateKeyParameters",
    {
        "KeyName": S,
        "KeyName.$": str,
        "Restrictions": X[ApiKeyRestrictions],
        "Restrictions.$": str,
        "Description": S,
        "Description.$": str,
        "ExpireTime": T,
        "ExpireTime.$": str,
        "NoExpiry": B,
        "NoExpiry.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MapConfiguration(TypedDict, total=False):
    Style: S
    PoliticalView: S
    CustomLayers: L[Si]

CreateMapParameters = TypedDict(
    "CreateMapParameters",
    {
        "MapName": S,
        "MapName.$": str,
        "Configuration": X[MapConfiguration],
        "Configuration.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DataSourceConfiguration(TypedDict, total=False):
    IntendedUse: S

CreatePlaceIndexParameters = TypedDict(
    "CreatePlaceIndexParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "DataSource": S,
        "DataSource.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
        "DataSourceConfiguration": X[DataSourceConfiguration],
        "DataSourceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRouteCalculatorParameters = TypedDict(
    "CreateRouteCalculatorParameters",
    {
        "CalculatorName": S,
        "CalculatorName.$": str,
        "DataSource": S,
        "DataSource.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTrackerParameters = TypedDict(
    "CreateTrackerParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PricingPlanDataSource": S,
        "PricingPlanDataSource.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PositionFiltering": S,
        "PositionFiltering.$": str,
        "EventBridgeEnabled": B,
        "EventBridgeEnabled.$": str,
        "KmsKeyEnableGeospatialQueries": B,
        "KmsKeyEnableGeospatialQueries.$": str,
    },
    total=False,
)
DeleteGeofenceCollectionParameters = TypedDict(
    "DeleteGeofenceCollectionParameters",
    {"CollectionName": S, "CollectionName.$": str},
    total=False,
)
DeleteKeyParameters = TypedDict(
    "DeleteKeyParameters",
    {"KeyName": S, "KeyName.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DeleteMapParameters = TypedDict(
    "DeleteMapParameters", {"MapName": S, "MapName.$": str}, total=False
)
DeletePlaceIndexParameters = TypedDict(
    "DeletePlaceIndexParameters", {"IndexName": S, "IndexName.$": str}, total=False
)
DeleteRouteCalculatorParameters = TypedDict(
    "DeleteRouteCalculatorParameters", {"CalculatorName": S, "CalculatorName.$": str}, total=False
)
DeleteTrackerParameters = TypedDict(
    "DeleteTrackerParameters", {"TrackerName": S, "TrackerName.$": str}, total=False
)
DescribeGeofenceCollectionParameters = TypedDict(
    "DescribeGeofenceCollectionParameters",
    {"CollectionName": S, "CollectionName.$": str},
    total=False,
)
DescribeKeyParameters = TypedDict(
    "DescribeKeyParameters", {"KeyName": S, "KeyName.$": str}, total=False
)
DescribeMapParameters = TypedDict(
    "DescribeMapParameters", {"MapName": S, "MapName.$": str}, total=False
)
DescribePlaceIndexParameters = TypedDict(
    "DescribePlaceIndexParameters", {"IndexName": S, "IndexName.$": str}, total=False
)
DescribeRouteCalculatorParameters = TypedDict(
    "DescribeRouteCalculatorParameters", {"CalculatorName": S, "CalculatorName.$": str}, total=False
)
DescribeTrackerParameters = TypedDict(
    "DescribeTrackerParameters", {"TrackerName": S, "TrackerName.$": str}, total=False
)
DisassociateTrackerConsumerParameters = TypedDict(
    "DisassociateTrackerConsumerParameters",
    {"TrackerName": S, "TrackerName.$": str, "ConsumerArn": S, "ConsumerArn.$": str},
    total=False,
)

class ForecastGeofenceEventsDeviceState(TypedDict, total=False):
    Position: L[Fi]
    Speed: F

ForecastGeofenceEventsParameters = TypedDict(
    "ForecastGeofenceEventsParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "DeviceState": X[ForecastGeofenceEventsDeviceState],
        "DeviceState.$": str,
        "TimeHorizonMinutes": F,
        "TimeHorizonMinutes.$": str,
        "DistanceUnit": S,
        "DistanceUnit.$": str,
        "SpeedUnit": S,
        "SpeedUnit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetDevicePositionParameters = TypedDict(
    "GetDevicePositionParameters",
    {"TrackerName": S, "TrackerName.$": str, "DeviceId": S, "DeviceId.$": str},
    total=False,
)
GetDevicePositionHistoryParameters = TypedDict(
    "GetDevicePositionHistoryParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartTimeInclusive": T,
        "StartTimeInclusive.$": str,
        "EndTimeExclusive": T,
        "EndTimeExclusive.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetGeofenceParameters = TypedDict(
    "GetGeofenceParameters",
    {"CollectionName": S, "CollectionName.$": str, "GeofenceId": S, "GeofenceId.$": str},
    total=False,
)
GetJobParameters = TypedDict("GetJobParameters", {"JobId": S, "JobId.$": str}, total=False)
GetMapGlyphsParameters = TypedDict(
    "GetMapGlyphsParameters",
    {
        "MapName": S,
        "MapName.$": str,
        "FontStack": S,
        "FontStack.$": str,
        "FontUnicodeRange": S,
        "FontUnicodeRange.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
GetMapSpritesParameters = TypedDict(
    "GetMapSpritesParameters",
    {"MapName": S, "MapName.$": str, "FileName": S, "FileName.$": str, "Key": S, "Key.$": str},
    total=False,
)
GetMapStyleDescriptorParameters = TypedDict(
    "GetMapStyleDescriptorParameters",
    {"MapName": S, "MapName.$": str, "Key": S, "Key.$": str},
    total=False,
)
GetMapTileParameters = TypedDict(
    "GetMapTileParameters",
    {
        "MapName": S,
        "MapName.$": str,
        "Z": S,
        "Z.$": str,
        "X": S,
        "X.$": str,
        "Y": S,
        "Y.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
GetPlaceParameters = TypedDict(
    "GetPlaceParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "PlaceId": S,
        "PlaceId.$": str,
        "Language": S,
        "Language.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)

class TrackingFilterGeometry(TypedDict, total=False):
    Polygon: L[Li[Li[Fi]]]

ListDevicePositionsParameters = TypedDict(
    "ListDevicePositionsParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterGeometry": X[TrackingFilterGeometry],
        "FilterGeometry.$": str,
    },
    total=False,
)
ListGeofenceCollectionsParameters = TypedDict(
    "ListGeofenceCollectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGeofencesParameters = TypedDict(
    "ListGeofencesParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class JobsFilter(TypedDict, total=False):
    JobStatus: S

ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "Filter": X[JobsFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ApiKeyFilter(TypedDict, total=False):
    KeyStatus: S

ListKeysParameters = TypedDict(
    "ListKeysParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ApiKeyFilter],
        "Filter.$": str,
    },
    total=False,
)
ListMapsParameters = TypedDict(
    "ListMapsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPlaceIndexesParameters = TypedDict(
    "ListPlaceIndexesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRouteCalculatorsParameters = TypedDict(
    "ListRouteCalculatorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTrackerConsumersParameters = TypedDict(
    "ListTrackerConsumersParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTrackersParameters = TypedDict(
    "ListTrackersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutGeofenceParameters = TypedDict(
    "PutGeofenceParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "GeofenceId": S,
        "GeofenceId.$": str,
        "Geometry": X[GeofenceGeometry],
        "Geometry.$": str,
        "GeofenceProperties": M[S],
        "GeofenceProperties.$": str,
    },
    total=False,
)
SearchPlaceIndexForPositionParameters = TypedDict(
    "SearchPlaceIndexForPositionParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "Position": L[Fi],
        "Position.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Language": S,
        "Language.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
SearchPlaceIndexForSuggestionsParameters = TypedDict(
    "SearchPlaceIndexForSuggestionsParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "Text": S,
        "Text.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "FilterBBox": L[Fi],
        "FilterBBox.$": str,
        "FilterCountries": L[Si],
        "FilterCountries.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Language": S,
        "Language.$": str,
        "FilterCategories": L[Si],
        "FilterCategories.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
SearchPlaceIndexForTextParameters = TypedDict(
    "SearchPlaceIndexForTextParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "Text": S,
        "Text.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "FilterBBox": L[Fi],
        "FilterBBox.$": str,
        "FilterCountries": L[Si],
        "FilterCountries.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Language": S,
        "Language.$": str,
        "FilterCategories": L[Si],
        "FilterCategories.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)

class ValidateAddressActionOptions(TypedDict, total=False):
    AdditionalFeatures: L[Si]

class JobActionOptions(TypedDict, total=False):
    ValidateAddress: X[ValidateAddressActionOptions]

class JobInputOptions(TypedDict, total=False):
    Location: S
    Format: S

class JobOutputOptions(TypedDict, total=False):
    Format: S
    Location: S

StartJobParameters = TypedDict(
    "StartJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Action": S,
        "Action.$": str,
        "ActionOptions": X[JobActionOptions],
        "ActionOptions.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "InputOptions": X[JobInputOptions],
        "InputOptions.$": str,
        "Name": S,
        "Name.$": str,
        "OutputOptions": X[JobOutputOptions],
        "OutputOptions.$": str,
        "Tags": M[S],
        "Tags.$": str,
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
UpdateGeofenceCollectionParameters = TypedDict(
    "UpdateGeofenceCollectionParameters",
    {
        "CollectionName": S,
        "CollectionName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "PricingPlanDataSource": S,
        "PricingPlanDataSource.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateKeyParameters = TypedDict(
    "UpdateKeyParameters",
    {
        "KeyName": S,
        "KeyName.$": str,
        "Description": S,
        "Description.$": str,
        "ExpireTime": T,
        "ExpireTime.$": str,
        "NoExpiry": B,
        "NoExpiry.$": str,
        "ForceUpdate": B,
        "ForceUpdate.$": str,
        "Restrictions": X[ApiKeyRestrictions],
        "Restrictions.$": str,
    },
    total=False,
)

class MapConfigurationUpdate(TypedDict, total=False):
    PoliticalView: S
    CustomLayers: L[Si]

UpdateMapParameters = TypedDict(
    "UpdateMapParameters",
    {
        "MapName": S,
        "MapName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
        "ConfigurationUpdate": X[MapConfigurationUpdate],
        "ConfigurationUpdate.$": str,
    },
    total=False,
)
UpdatePlaceIndexParameters = TypedDict(
    "UpdatePlaceIndexParameters",
    {
        "IndexName": S,
        "IndexName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
        "DataSourceConfiguration": X[DataSourceConfiguration],
        "DataSourceConfiguration.$": str,
    },
    total=False,
)
UpdateRouteCalculatorParameters = TypedDict(
    "UpdateRouteCalculatorParameters",
    {
        "CalculatorName": S,
        "CalculatorName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateTrackerParameters = TypedDict(
    "UpdateTrackerParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "PricingPlanDataSource": S,
        "PricingPlanDataSource.$": str,
        "Description": S,
        "Description.$": str,
        "PositionFiltering": S,
        "PositionFiltering.$": str,
        "EventBridgeEnabled": B,
        "EventBridgeEnabled.$": str,
        "KmsKeyEnableGeospatialQueries": B,
        "KmsKeyEnableGeospatialQueries.$": str,
    },
    total=False,
)

class WiFiAccessPoint(TypedDict, total=False):
    MacAddress: S
    Rss: I

class LteLocalId(TypedDict, total=False):
    Earfcn: I
    Pci: I

class LteNetworkMeasurements(TypedDict, total=False):
    Earfcn: I
    CellId: I
    Pci: I
    Rsrp: I
    Rsrq: F

class LteCellDetails(TypedDict, total=False):
    CellId: I
    Mcc: I
    Mnc: I
    LocalId: X[LteLocalId]
    NetworkMeasurements: L[Xi[LteNetworkMeasurements]]
    TimingAdvance: I
    NrCapable: B
    Rsrp: I
    Rsrq: F
    Tac: I

class CellSignals(TypedDict, total=False):
    LteCellDetails: L[Xi[LteCellDetails]]

class DeviceState(TypedDict, total=False):
    DeviceId: S
    SampleTime: T
    Position: L[Fi]
    Accuracy: X[PositionalAccuracy]
    Ipv4Address: S
    WiFiAccessPoints: L[Xi[WiFiAccessPoint]]
    CellSignals: X[CellSignals]

VerifyDevicePositionParameters = TypedDict(
    "VerifyDevicePositionParameters",
    {
        "TrackerName": S,
        "TrackerName.$": str,
        "DeviceState": X[DeviceState],
        "DeviceState.$": str,
        "DistanceUnit": S,
        "DistanceUnit.$": str,
    },
    total=False,
)
associate_tracker_consumer: Builder[AssociateTrackerConsumerParameters]
batch_delete_device_position_history: Builder[BatchDeleteDevicePositionHistoryParameters]
batch_delete_geofence: Builder[BatchDeleteGeofenceParameters]
batch_evaluate_geofences: Builder[BatchEvaluateGeofencesParameters]
batch_get_device_position: Builder[BatchGetDevicePositionParameters]
batch_put_geofence: Builder[BatchPutGeofenceParameters]
batch_update_device_position: Builder[BatchUpdateDevicePositionParameters]
calculate_route: Builder[CalculateRouteParameters]
calculate_route_matrix: Builder[CalculateRouteMatrixParameters]
cancel_job: Builder[CancelJobParameters]
create_geofence_collection: Builder[CreateGeofenceCollectionParameters]
create_key: Builder[CreateKeyParameters]
create_map: Builder[CreateMapParameters]
create_place_index: Builder[CreatePlaceIndexParameters]
create_route_calculator: Builder[CreateRouteCalculatorParameters]
create_tracker: Builder[CreateTrackerParameters]
delete_geofence_collection: Builder[DeleteGeofenceCollectionParameters]
delete_key: Builder[DeleteKeyParameters]
delete_map: Builder[DeleteMapParameters]
delete_place_index: Builder[DeletePlaceIndexParameters]
delete_route_calculator: Builder[DeleteRouteCalculatorParameters]
delete_tracker: Builder[DeleteTrackerParameters]
describe_geofence_collection: Builder[DescribeGeofenceCollectionParameters]
describe_key: Builder[DescribeKeyParameters]
describe_map: Builder[DescribeMapParameters]
describe_place_index: Builder[DescribePlaceIndexParameters]
describe_route_calculator: Builder[DescribeRouteCalculatorParameters]
describe_tracker: Builder[DescribeTrackerParameters]
disassociate_tracker_consumer: Builder[DisassociateTrackerConsumerParameters]
forecast_geofence_events: Builder[ForecastGeofenceEventsParameters]
get_device_position: Builder[GetDevicePositionParameters]
get_device_position_history: Builder[GetDevicePositionHistoryParameters]
get_geofence: Builder[GetGeofenceParameters]
get_job: Builder[GetJobParameters]
get_map_glyphs: Builder[GetMapGlyphsParameters]
get_map_sprites: Builder[GetMapSpritesParameters]
get_map_style_descriptor: Builder[GetMapStyleDescriptorParameters]
get_map_tile: Builder[GetMapTileParameters]
get_place: Builder[GetPlaceParameters]
list_device_positions: Builder[ListDevicePositionsParameters]
list_geofence_collections: Builder[ListGeofenceCollectionsParameters]
list_geofences: Builder[ListGeofencesParameters]
list_jobs: Builder[ListJobsParameters]
list_keys: Builder[ListKeysParameters]
list_maps: Builder[ListMapsParameters]
list_place_indexes: Builder[ListPlaceIndexesParameters]
list_route_calculators: Builder[ListRouteCalculatorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tracker_consumers: Builder[ListTrackerConsumersParameters]
list_trackers: Builder[ListTrackersParameters]
put_geofence: Builder[PutGeofenceParameters]
search_place_index_for_position: Builder[SearchPlaceIndexForPositionParameters]
search_place_index_for_suggestions: Builder[SearchPlaceIndexForSuggestionsParameters]
search_place_index_for_text: Builder[SearchPlaceIndexForTextParameters]
start_job: Builder[StartJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_geofence_collection: Builder[UpdateGeofenceCollectionParameters]
update_key: Builder[UpdateKeyParameters]
update_map: Builder[UpdateMapParameters]
update_place_index: Builder[UpdatePlaceIndexParameters]
update_route_calculator: Builder[UpdateRouteCalculatorParameters]
update_tracker: Builder[UpdateTrackerParameters]
verify_device_position: Builder[VerifyDevicePositionParameters]

__all__ = [
    "associate_tracker_consumer",
    "batch_delete_device_position_history",
    "batch_delete_geofence",
    "batch_evaluate_geofences",
    "batch_get_device_position",
    "batch_put_geofence",
    "batch_update_device_position",
    "calculate_route",
    "calculate_route_matrix",
    "cancel_job",
    "create_geofence_collection",
    "create_key",
    "create_map",
    "create_place_index",
    "create_route_calculator",
    "create_tracker",
    "delete_geofence_collection",
    "delete_key",
    "delete_map",
    "delete_place_index",
    "delete_route_calculator",
    "delete_tracker",
    "describe_geofence_collection",
    "describe_key",
    "describe_map",
    "describe_place_index",
    "describe_route_calculator",
    "describe_tracker",
    "disassociate_tracker_consumer",
    "forecast_geofence_events",
    "get_device_position",
    "get_device_position_history",
    "get_geofence",
    "get_job",
    "get_map_glyphs",
    "get_map_sprites",
    "get_map_style_descriptor",
    "get_map_tile",
    "get_place",
    "list_device_positions",
    "list_geofence_collections",
    "list_geofences",
    "list_jobs",
    "list_keys",
    "list_maps",
    "list_place_indexes",
    "list_route_calculators",
    "list_tags_for_resource",
    "list_tracker_consumers",
    "list_trackers",
    "put_geofence",
    "search_place_index_for_position",
    "search_place_index_for_suggestions",
    "search_place_index_for_text",
    "start_job",
    "tag_resource",
    "untag_resource",
    "update_geofence_collection",
    "update_key",
    "update_map",
    "update_place_index",
    "update_route_calculator",
    "update_tracker",
    "verify_device_position",
]
