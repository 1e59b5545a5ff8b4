"""Typed builders of the AWS SDK integration of georoutes (``aws-sdk:georoutes:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, Ii, L, Li, S, Si, X, Xi

class IsolineAllowOptions(TypedDict, total=False):
    Hot: B
    Hov: B

class Corridor(TypedDict, total=False):
    LineString: L[Li[Fi]]
    Radius: I

class PolylineCorridor(TypedDict, total=False):
    Polyline: S
    Radius: I

class IsolineAvoidanceAreaGeometry(TypedDict, total=False):
    BoundingBox: L[Fi]
    Corridor: X[Corridor]
    Polygon: L[Li[Li[Fi]]]
    PolylineCorridor: X[PolylineCorridor]
    PolylinePolygon: L[Si]

class IsolineAvoidanceArea(TypedDict, total=False):
    Except: L[Xi[IsolineAvoidanceAreaGeometry]]
    Geometry: X[IsolineAvoidanceAreaGeometry]

class IsolineAvoidanceZoneCategory(TypedDict, total=False):
    Category: S

class IsolineAvoidanceOptions(TypedDict, total=False):
    Areas: L[Xi[IsolineAvoidanceArea]]
    CarShuttleTrains: B
    ControlledAccessHighways: B
    DirtRoads: B
    Ferries: B
    SeasonalClosure: B
    TollRoads: B
    TollTransponders: B
    TruckRoadTypes: L[Si]
    Tunnels: B
    UTurns: B
    ZoneCategories: L[Xi[IsolineAvoidanceZoneCategory]]

class IsolineMatchingOptions(TypedDict, total=False):
    NameHint: S
    OnRoadThreshold: I
    Radius: I
    Strategy: S

class IsolineSideOfStreetOptions(TypedDict, total=False):
    Position: L[Fi]
    UseWith: S

class IsolineDestinationOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    Heading: F
    Matching: X[IsolineMatchingOptions]
    SideOfStreet: X[IsolineSideOfStreetOptions]

class IsolineGranularityOptions(TypedDict, total=False):
    MaxPoints: I
    MaxResolution: I

class IsolineOriginOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    Heading: F
    Matching: X[IsolineMatchingOptions]
    SideOfStreet: X[IsolineSideOfStreetOptions]

class IsolineThresholds(TypedDict, total=False):
    Distance: L[Ii]
    Time: L[Ii]

class IsolineTrafficOptions(TypedDict, total=False):
    FlowEventThresholdOverride: I
    Usage: S

class IsolineVehicleLicensePlate(TypedDict, total=False):
    LastCharacter: S

class IsolineCarOptions(TypedDict, total=False):
    EngineType: S
    LicensePlate: X[IsolineVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class IsolineScooterOptions(TypedDict, total=False):
    EngineType: S
    LicensePlate: X[IsolineVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class IsolineTrailerOptions(TypedDict, total=False):
    AxleCount: I
    TrailerCount: I

class WeightPerAxleGroup(TypedDict, total=False):
    Single: I
    Tandem: I
    Triple: I
    Quad: I
    Quint: I

class IsolineTruckOptions(TypedDict, total=False):
    AxleCount: I
    EngineType: S
    GrossWeight: I
    HazardousCargos: L[Si]
    Height: I
    HeightAboveFirstAxle: I
    KpraLength: I
    Length: I
    LicensePlate: X[IsolineVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I
    PayloadCapacity: I
    TireCount: I
    Trailer: X[IsolineTrailerOptions]
    TruckType: S
    TunnelRestrictionCode: S
    WeightPerAxle: I
    WeightPerAxleGroup: X[WeightPerAxleGroup]
    Width: I

class IsolineTravelModeOptions(TypedDict, total=False):
    Car: X[IsolineCarOptions]
    Scooter: X[IsolineScooterOptions]
    Truck: X[IsolineTruckOptions]

CalculateIsolinesParameters = TypedDict(
    "CalculateIsolinesParameters",
    {
        "Allow": X[IsolineAllowOptions],
        "Allow.$": str,
        "ArrivalTime": S,
        "ArrivalTime.$": str,
        "Avoid": X[IsolineAvoidanceOptions],
        "Avoid.$": str,
        "DepartNow": B,
        "DepartNow.$": str,
        "DepartureTime": S,
        "DepartureTime.$": str,
        "Destination": L[Fi],
        "Destination.$": str,
        "DestinationOptions": X[IsolineDestinationOptions],
        "DestinationOptions.$": str,
        "IsolineGeometryFormat": S,
        "IsolineGeometryFormat.$": str,
        "IsolineGranularity": X[IsolineGranularityOptions],
        "IsolineGranularity.$": str,
        "Key": S,
        "Key.$": str,
        "OptimizeIsolineFor": S,
        "OptimizeIsolineFor.$": str,
        "OptimizeRoutingFor": S,
        "OptimizeRoutingFor.$": str,
        "Origin": L[Fi],
        "Origin.$": str,
        "OriginOptions": X[IsolineOriginOptions],
        "OriginOptions.$": str,
        "Thresholds": X[IsolineThresholds],
        "Thresholds.$": str,
        "Traffic": X[IsolineTrafficOptions],
        "Traffic.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "TravelModeOptions": X[IsolineTravelModeOptions],
        "TravelModeOptions.$": str,
    },
    total=False,
)

class RouteMatrixAllowOptions(TypedDict, total=False):
    Hot: B
    Hov: B

class RouteMatrixAvoidanceAreaGeometry(TypedDict, total=False):
    BoundingBox: L[Fi]
    Polygon: L[Li[Li[Fi]]]
    PolylinePolygon: L[Si]

class RouteMatrixAvoidanceArea(TypedDict, total=False):
    Geometry: X[RouteMatrixAvoidanceAreaGeometry]

class RouteMatrixAvoidanceZoneCategory(TypedDict, total=False):
    Category: S

class RouteMatrixAvoidanceOptions(TypedDict, total=False):
    Areas: L[Xi[RouteMatrixAvoidanceArea]]
    CarShuttleTrains: B
    ControlledAccessHighways: B
    DirtRoads: B
    Ferries: B
    TollRoads: B
    TollTransponders: B
    TruckRoadTypes: L[Si]
    Tunnels: B
    UTurns: B
    ZoneCategories: L[Xi[RouteMatrixAvoidanceZoneCategory]]

class RouteMatrixMatchingOptions(TypedDict, total=False):
    NameHint: S
    OnRoadThreshold: I
    Radius: I
    Strategy: S

class RouteMatrixSideOfStreetOptions(TypedDict, total=False):
    Position: L[Fi]
    UseWith: S

class RouteMatrixDestinationOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    Heading: F
    Matching: X[RouteMatrixMatchingOptions]
    SideOfStreet: X[RouteMatrixSideOfStreetOptions]

class RouteMatrixDestination(TypedDict, total=False):
    Options: X[RouteMatrixDestinationOptions]
    Position: L[Fi]

class RouteMatrixExclusionOptions(TypedDict, total=False):
    Countries: L[Si]

class RouteMatrixOriginOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    Heading: F
    Matching: X[RouteMatrixMatchingOptions]
    SideOfStreet: X[RouteMatrixSideOfStreetOptions]

class RouteMatrixOrigin(TypedDict, total=False):
    Options: X[RouteMatrixOriginOptions]
    Position: L[Fi]

class RouteMatrixAutoCircle(TypedDict, total=False):
    Margin: I
    MaxRadius: I

class Circle(TypedDict, total=False):
    Center: L[Fi]
    Radius: F

class RouteMatrixBoundaryGeometry(TypedDict, total=False):
    AutoCircle: X[RouteMatrixAutoCircle]
    Circle: X[Circle]
    BoundingBox: L[Fi]
    Polygon: L[Li[Li[Fi]]]

class RouteMatrixBoundary(TypedDict, total=False):
    Geometry: X[RouteMatrixBoundaryGeometry]
    Unbounded: B

class RouteMatrixTrafficOptions(TypedDict, total=False):
    FlowEventThresholdOverride: I
    Usage: S

class RouteMatrixVehicleLicensePlate(TypedDict, total=False):
    LastCharacter: S

class RouteMatrixCarOptions(TypedDict, total=False):
    LicensePlate: X[RouteMatrixVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class RouteMatrixScooterOptions(TypedDict, total=False):
    LicensePlate: X[RouteMatrixVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class RouteMatrixTrailerOptions(TypedDict, total=False):
    TrailerCount: I

class RouteMatrixTruckOptions(TypedDict, total=False):
    AxleCount: I
    GrossWeight: I
    HazardousCargos: L[Si]
    Height: I
    KpraLength: I
    Length: I
    LicensePlate: X[RouteMatrixVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I
    PayloadCapacity: I
    Trailer: X[RouteMatrixTrailerOptions]
    TruckType: S
    TunnelRestrictionCode: S
    WeightPerAxle: I
    WeightPerAxleGroup: X[WeightPerAxleGroup]
    Width: I

class RouteMatrixTravelModeOptions(TypedDict, total=False):
    Car: X[RouteMatrixCarOptions]
    Scooter: X[RouteMatrixScooterOptions]
    Truck: X[RouteMatrixTruckOptions]

CalculateRouteMatrixParameters = TypedDict(
    "CalculateRouteMatrixParameters",
    {
        "Allow": X[RouteMatrixAllowOptions],
        "Allow.$": str,
        "Avoid": X[RouteMatrixAvoidanceOptions],
        "Avoid.$": str,
        "DepartNow": B,
        "DepartNow.$": str,
        "DepartureTime": S,
        "DepartureTime.$": str,
        "Destinations": L[Xi[RouteMatrixDestination]],
        "Destinations.$": str,
        "Exclude": X[RouteMatrixExclusionOptions],
        "Exclude.$": str,
        "Key": S,
        "Key.$": str,
        "OptimizeRoutingFor": S,
        "OptimizeRoutingFor.$": str,
        "Origins": L[Xi[RouteMatrixOrigin]],
        "Origins.$": str,
        "RoutingBoundary": X[RouteMatrixBoundary],
        "RoutingBoundary.$": str,
        "Traffic": X[RouteMatrixTrafficOptions],
        "Traffic.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "TravelModeOptions": X[RouteMatrixTravelModeOptions],
        "TravelModeOptions.$": str,
    },
    total=False,
)

class RouteAllowOptions(TypedDict, total=False):
    Hot: B
    Hov: B

class RouteAvoidanceAreaGeometry(TypedDict, total=False):
    Corridor: X[Corridor]
    BoundingBox: L[Fi]
    Polygon: L[Li[Li[Fi]]]
    PolylineCorridor: X[PolylineCorridor]
    PolylinePolygon: L[Si]

class RouteAvoidanceArea(TypedDict, total=False):
    Except: L[Xi[RouteAvoidanceAreaGeometry]]
    Geometry: X[RouteAvoidanceAreaGeometry]

class RouteAvoidanceZoneCategory(TypedDict, total=False):
    Category: S

class RouteAvoidanceOptions(TypedDict, total=False):
    Areas: L[Xi[RouteAvoidanceArea]]
    CarShuttleTrains: B
    ControlledAccessHighways: B
    DirtRoads: B
    Ferries: B
    SeasonalClosure: B
    TollRoads: B
    TollTransponders: B
    TruckRoadTypes: L[Si]
    Tunnels: B
    UTurns: B
    ZoneCategories: L[Xi[RouteAvoidanceZoneCategory]]

class RouteMatchingOptions(TypedDict, total=False):
    NameHint: S
    OnRoadThreshold: I
    Radius: I
    Strategy: S

class RouteSideOfStreetOptions(TypedDict, total=False):
    Position: L[Fi]
    UseWith: S

class RouteDestinationOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    AvoidUTurns: B
    Heading: F
    Matching: X[RouteMatchingOptions]
    SideOfStreet: X[RouteSideOfStreetOptions]
    StopDuration: I

class RouteDriverScheduleInterval(TypedDict, total=False):
    DriveDuration: I
    RestDuration: I

class RouteDriverOptions(TypedDict, total=False):
    Schedule: L[Xi[RouteDriverScheduleInterval]]

class RouteExclusionOptions(TypedDict, total=False):
    Countries: L[Si]

class RouteOriginOptions(TypedDict, total=False):
    AvoidActionsForDistance: I
    AvoidUTurns: B
    Heading: F
    Matching: X[RouteMatchingOptions]
    SideOfStreet: X[RouteSideOfStreetOptions]

class RouteEmissionType(TypedDict, total=False):
    Co2EmissionClass: S
    Type: S

class RouteTollOptions(TypedDict, total=False):
    AllTransponders: B
    AllVignettes: B
    Currency: S
    EmissionType: X[RouteEmissionType]
    VehicleCategory: S

class RouteTrafficOptions(TypedDict, total=False):
    FlowEventThresholdOverride: I
    Usage: S

class RouteVehicleLicensePlate(TypedDict, total=False):
    LastCharacter: S

class RouteCarOptions(TypedDict, total=False):
    EngineType: S
    LicensePlate: X[RouteVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class RoutePedestrianOptions(TypedDict, total=False):
    Speed: F

class RouteScooterOptions(TypedDict, total=False):
    EngineType: S
    LicensePlate: X[RouteVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I

class RouteTrailerOptions(TypedDict, total=False):
    AxleCount: I
    TrailerCount: I

class RouteTruckOptions(TypedDict, total=False):
    AxleCount: I
    EngineType: S
    GrossWeight: I
    HazardousCargos: L[Si]
    Height: I
    HeightAboveFirstAxle: I
    KpraLength: I
    Length: I
    LicensePlate: X[RouteVehicleLicensePlate]
    MaxSpeed: F
    Occupancy: I
    PayloadCapacity: I
    TireCount: I
    Trailer: X[RouteTrailerOptions]
    TruckType: S
    TunnelRestrictionCode: S
    WeightPerAxle: I
    WeightPerAxleGroup: X[WeightPerAxleGroup]
    Width: I

class RouteIntermodalPedestrianOptions(TypedDict, total=False):
    MaxDistance: I
    Speed: F

class RouteIntermodalRentalOptions(TypedDict, total=False):
    AllowedModes: L[Si]
    EnabledFor: L[Si]
    ExcludedModes: L[Si]

class RouteIntermodalTaxiOptions(TypedDict, total=False):
    AllowedModes: L[Si]
    EnabledFor: L[Si]
    ExcludedModes: L[Si]

class RouteIntermodalTransitOptions(TypedDict, total=False):
    AllowedModes: L[Si]
    EnabledFor: L[Si]
    ExcludedModes: L[Si]

class RouteIntermodalVehicleOptions(TypedDict, total=False):
    AllowedModes: L[Si]
    EnabledFor: L[Si]
    ExcludedModes: L[Si]

class RouteIntermodalOptions(TypedDict, total=False):
    AccessibilityAttributes: L[Si]
    MaxTransfers: I
    Pedestrian: X[RouteIntermodalPedestrianOptions]
    Rental: X[RouteIntermodalRentalOptions]
    Taxi: X[RouteIntermodalTaxiOptions]
    Transit: X[RouteIntermodalTransitOptions]
    Vehicle: X[RouteIntermodalVehicleOptions]

class RouteTransitPedestrianOptions(TypedDict, total=False):
    MaxDistance: I
    Speed: F

class RouteTransitOptions(TypedDict, total=False):
    AccessibilityAttributes: L[Si]
    AllowedModes: L[Si]
    ExcludedModes: L[Si]
    MaxTransfers: I
    Pedestrian: X[RouteTransitPedestrianOptions]

class RouteTravelModeOptions(TypedDict, total=False):
    Car: X[RouteCarOptions]
    Pedestrian: X[RoutePedestrianOptions]
    Scooter: X[RouteScooterOptions]
    Truck: X[RouteTruckOptions]
    Intermodal: X[RouteIntermodalOptions]
    Transit: X[RouteTransitOptions]

class RouteWaypoint(TypedDict, total=False):
    AvoidActionsForDistance: I
    AvoidUTurns: B
    Heading: F
    Matching: X[RouteMatchingOptions]
    PassThrough: B
    Position: L[Fi]
    SideOfStreet: X[RouteSideOfStreetOptions]
    StopDuration: I

CalculateRoutesParameters = TypedDict(
    "CalculateRoutesParameters",
    {
        "Allow": X[RouteAllowOptions],
        "Allow.$": str,
        "ArrivalTime": S,
        "ArrivalTime.$": str,
        "Avoid": X[RouteAvoidanceOptions],
        "Avoid.$": str,
        "DepartNow": B,
        "DepartNow.$": str,
        "DepartureTime": S,
        "DepartureTime.$": str,
        "Destination": L[Fi],
        "Destination.$": str,
        "DestinationOptions": X[RouteDestinationOptions],
        "DestinationOptions.$": str,
        "Driver": X[RouteDriverOptions],
        "Driver.$": str,
        "Exclude": X[RouteExclusionOptions],
        "Exclude.$": str,
        "InstructionsMeasurementSystem": S,
        "InstructionsMeasurementSystem.$": str,
        "Key": S,
        "Key.$": str,
        "Languages": L[Si],
        "Languages.$": str,
        "LegAdditionalFeatures": L[Si],
        "LegAdditionalFeatures.$": str,
        "LegGeometryFormat": S,
        "LegGeometryFormat.$": str,
        "MaxAlternatives": I,
        "MaxAlternatives.$": str,
        "OptimizeRoutingFor": S,
        "OptimizeRoutingFor.$": str,
        "Origin": L[Fi],
        "Origin.$": str,
        "OriginOptions": X[RouteOriginOptions],
        "OriginOptions.$": str,
        "SpanAdditionalFeatures": L[Si],
        "SpanAdditionalFeatures.$": str,
        "Tolls": X[RouteTollOptions],
        "Tolls.$": str,
        "Traffic": X[RouteTrafficOptions],
        "Traffic.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "TravelModeOptions": X[RouteTravelModeOptions],
        "TravelModeOptions.$": str,
        "TravelStepType": S,
        "TravelStepType.$": str,
        "Waypoints": L[Xi[RouteWaypoint]],
        "Waypoints.$": str,
    },
    total=False,
)

class WaypointOptimizationAvoidanceAreaGeometry(TypedDict, total=False):
    BoundingBox: L[Fi]

class WaypointOptimizationAvoidanceArea(TypedDict, total=False):
    Geometry: X[WaypointOptimizationAvoidanceAreaGeometry]

class WaypointOptimizationAvoidanceOptions(TypedDict, total=False):
    Areas: L[Xi[WaypointOptimizationAvoidanceArea]]
    CarShuttleTrains: B
    ControlledAccessHighways: B
    DirtRoads: B
    Ferries: B
    TollRoads: B
    Tunnels: B
    UTurns: B

class WaypointOptimizationDrivingDistanceOptions(TypedDict, total=False):
    DrivingDistance: I

class WaypointOptimizationClusteringOptions(TypedDict, total=False):
    Algorithm: S
    DrivingDistanceOptions: X[WaypointOptimizationDrivingDistanceOptions]

class WaypointOptimizationAccessHoursEntry(TypedDict, total=False):
    DayOfWeek: S
    TimeOfDay: S

class WaypointOptimizationAccessHours(TypedDict, total=False):
    From: X[WaypointOptimizationAccessHoursEntry]
    To: X[WaypointOptimizationAccessHoursEntry]

class WaypointOptimizationSideOfStreetOptions(TypedDict, total=False):
    Position: L[Fi]
    UseWith: S

class WaypointOptimizationDestinationOptions(TypedDict, total=False):
    AccessHours: X[WaypointOptimizationAccessHours]
    AppointmentTime: S
    Heading: F
    Id: S
    ServiceDuration: I
    SideOfStreet: X[WaypointOptimizationSideOfStreetOptions]

class WaypointOptimizationRestCycleDurations(TypedDict, total=False):
    RestDuration: I
    WorkDuration: I

class WaypointOptimizationRestCycles(TypedDict, total=False):
    LongCycle: X[WaypointOptimizationRestCycleDurations]
    ShortCycle: X[WaypointOptimizationRestCycleDurations]

class WaypointOptimizationRestProfile(TypedDict, total=False):
    Profile: S

class WaypointOptimizationDriverOptions(TypedDict, total=False):
    RestCycles: X[WaypointOptimizationRestCycles]
    RestProfile: X[WaypointOptimizationRestProfile]
    TreatServiceTimeAs: S

class WaypointOptimizationExclusionOptions(TypedDict, total=False):
    Countries: L[Si]

class WaypointOptimizationOriginOptions(TypedDict, total=False):
    Id: S

class WaypointOptimizationTrafficOptions(TypedDict, total=False):
    Usage: S

class WaypointOptimizationPedestrianOptions(TypedDict, total=False):
    Speed: F

class WaypointOptimizationTrailerOptions(TypedDict, total=False):
    TrailerCount: I

class WaypointOptimizationTruckOptions(TypedDict, total=False):
    GrossWeight: I
    HazardousCargos: L[Si]
    Height: I
    Length: I
    Trailer: X[WaypointOptimizationTrailerOptions]
    TruckType: S
    TunnelRestrictionCode: S
    WeightPerAxle: I
    Width: I

class WaypointOptimizationTravelModeOptions(TypedDict, total=False):
    Pedestrian: X[WaypointOptimizationPedestrianOptions]
    Truck: X[WaypointOptimizationTruckOptions]

class WaypointOptimizationWaypoint(TypedDict, total=False):
    AccessHours: X[WaypointOptimizationAccessHours]
    AppointmentTime: S
    Before: L[Ii]
    Heading: F
    Id: S
    Position: L[Fi]
    ServiceDuration: I
    SideOfStreet: X[WaypointOptimizationSideOfStreetOptions]

OptimizeWaypointsParameters = TypedDict(
    "OptimizeWaypointsParameters",
    {
        "Avoid": X[WaypointOptimizationAvoidanceOptions],
        "Avoid.$": str,
        "Clustering": X[WaypointOptimizationClusteringOptions],
        "Clustering.$": str,
        "DepartureTime": S,
        "DepartureTime.$": str,
        "Destination": L[Fi],
        "Destination.$": str,
        "DestinationOptions": X[WaypointOptimizationDestinationOptions],
        "DestinationOptions.$": str,
        "Driver": X[WaypointOptimizationDriverOptions],
        "Driver.$": str,
        "Exclude": X[WaypointOptimizationExclusionOptions],
        "Exclude.$": str,
        "Key": S,
        "Key.$": str,
        "OptimizeSequencingFor": S,
        "OptimizeSequencingFor.$": str,
        "Origin": L[Fi],
        "Origin.$": str,
        "OriginOptions": X[WaypointOptimizationOriginOptions],
        "OriginOptions.$": str,
        "Traffic": X[WaypointOptimizationTrafficOptions],
        "Traffic.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "TravelModeOptions": X[WaypointOptimizationTravelModeOptions],
        "TravelModeOptions.$": str,
        "Waypoints": L[Xi[WaypointOptimizationWaypoint]],
        "Waypoints.$": str,
    },
    total=False,
)

class RoadSnapTracePoint(TypedDict, total=False):
    Heading: F
    Position: L[Fi]
    Speed: F
    Timestamp: S

class RoadSnapTrailerOptions(TypedDict, total=False):
    TrailerCount: I

class RoadSnapTruckOptions(TypedDict, total=False):
    GrossWeight: I
    HazardousCargos: L[Si]
    Height: I
    Length: I
    Trailer: X[RoadSnapTrailerOptions]
    TunnelRestrictionCode: S
    Width: I

class RoadSnapTravelModeOptions(TypedDict, total=False):
    Truck: X[RoadSnapTruckOptions]

SnapToRoadsParameters = TypedDict(
    "SnapToRoadsParameters",
    {
        "Key": S,
        "Key.$": str,
        "SnappedGeometryFormat": S,
        "SnappedGeometryFormat.$": str,
        "SnapRadius": I,
        "SnapRadius.$": str,
        "TracePoints": L[Xi[RoadSnapTracePoint]],
        "TracePoints.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "TravelModeOptions": X[RoadSnapTravelModeOptions],
        "TravelModeOptions.$": str,
    },
    total=False,
)
calculate_isolines: Builder[CalculateIsolinesParameters]
calculate_route_matrix: Builder[CalculateRouteMatrixParameters]
calculate_routes: Builder[CalculateRoutesParameters]
optimize_waypoints: Builder[OptimizeWaypointsParameters]
snap_to_roads: Builder[SnapToRoadsParameters]

__all__ = [
    "calculate_isolines",
    "calculate_route_matrix",
    "calculate_routes",
    "optimize_waypoints",
    "snap_to_roads",
]
