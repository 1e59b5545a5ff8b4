"""Typed builders of the AWS SDK integration of sagemakergeospatial (``aws-sdk:sagemakergeospatial:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, L, Li, M, S, Si, T, X, Xi

DeleteEarthObservationJobParameters = TypedDict(
    "DeleteEarthObservationJobParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteVectorEnrichmentJobParameters = TypedDict(
    "DeleteVectorEnrichmentJobParameters", {"Arn": S, "Arn.$": str}, total=False
)

class ExportS3DataInput(TypedDict, total=False):
    KmsKeyId: S
    S3Uri: S

class OutputConfigInput(TypedDict, total=False):
    S3Data: X[ExportS3DataInput]

ExportEarthObservationJobParameters = TypedDict(
    "ExportEarthObservationJobParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ExportSourceImages": B,
        "ExportSourceImages.$": str,
        "OutputConfig": X[OutputConfigInput],
        "OutputConfig.$": str,
    },
    total=False,
)

class VectorEnrichmentJobS3Data(TypedDict, total=False):
    KmsKeyId: S
    S3Uri: S

class ExportVectorEnrichmentJobOutputConfig(TypedDict, total=False):
    S3Data: X[VectorEnrichmentJobS3Data]

ExportVectorEnrichmentJobParameters = TypedDict(
    "ExportVectorEnrichmentJobParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "OutputConfig": X[ExportVectorEnrichmentJobOutputConfig],
        "OutputConfig.$": str,
    },
    total=False,
)
GetEarthObservationJobParameters = TypedDict(
    "GetEarthObservationJobParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRasterDataCollectionParameters = TypedDict(
    "GetRasterDataCollectionParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetTileParameters = TypedDict(
    "GetTileParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ImageAssets": L[Si],
        "ImageAssets.$": str,
        "ImageMask": B,
        "ImageMask.$": str,
        "OutputDataType": S,
        "OutputDataType.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "PropertyFilters": S,
        "PropertyFilters.$": str,
        "Target": S,
        "Target.$": str,
        "TimeRangeFilter": S,
        "TimeRangeFilter.$": str,
        "X": I,
        "X.$": str,
        "Y": I,
        "Y.$": str,
        "Z": I,
        "Z.$": str,
    },
    total=False,
)
GetVectorEnrichmentJobParameters = TypedDict(
    "GetVectorEnrichmentJobParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListEarthObservationJobsParameters = TypedDict(
    "ListEarthObservationJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)
ListRasterDataCollectionsParameters = TypedDict(
    "ListRasterDataCollectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVectorEnrichmentJobsParameters = TypedDict(
    "ListVectorEnrichmentJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
    },
    total=False,
)

class MultiPolygonGeometryInput(TypedDict, total=False):
    Coordinates: L[Li[Li[Li[Fi]]]]

class PolygonGeometryInput(TypedDict, total=False):
    Coordinates: L[Li[Li[Fi]]]

class AreaOfInterestGeometry(TypedDict, total=False):
    MultiPolygonGeometry: X[MultiPolygonGeometryInput]
    PolygonGeometry: X[PolygonGeometryInput]

class AreaOfInterest(TypedDict, total=False):
    AreaOfInterestGeometry: X[AreaOfInterestGeometry]

class EoCloudCoverInput(TypedDict, total=False):
    LowerBound: F
    UpperBound: F

class LandsatCloudCoverLandInput(TypedDict, total=False):
    LowerBound: F
    UpperBound: F

class PlatformInput(TypedDict, total=False):
    ComparisonOperator: S
    Value: S

class ViewOffNadirInput(TypedDict, total=False):
    LowerBound: F
    UpperBound: F

class ViewSunAzimuthInput(TypedDict, total=False):
    LowerBound: F
    UpperBound: F

class ViewSunElevationInput(TypedDict, total=False):
    LowerBound: F
    UpperBound: F

class Property(TypedDict, total=False):
    EoCloudCover: X[EoCloudCoverInput]
    LandsatCloudCoverLand: X[LandsatCloudCoverLandInput]
    Platform: X[PlatformInput]
    ViewOffNadir: X[ViewOffNadirInput]
    ViewSunAzimuth: X[ViewSunAzimuthInput]
    ViewSunElevation: X[ViewSunElevationInput]

class PropertyFilter(TypedDict, total=False):
    Property: X[Property]

class PropertyFilters(TypedDict, total=False):
    LogicalOperator: S
    Properties: L[Xi[PropertyFilter]]

class TimeRangeFilterInput(TypedDict, total=False):
    EndTime: T
    StartTime: T

class RasterDataCollectionQueryWithBandFilterInput(TypedDict, total=False):
    AreaOfInterest: X[AreaOfInterest]
    BandFilter: L[Si]
    PropertyFilters: X[PropertyFilters]
    TimeRangeFilter: X[TimeRangeFilterInput]

SearchRasterDataCollectionParameters = TypedDict(
    "SearchRasterDataCollectionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RasterDataCollectionQuery": X[RasterDataCollectionQueryWithBandFilterInput],
        "RasterDataCollectionQuery.$": str,
    },
    total=False,
)

class RasterDataCollectionQueryInput(TypedDict, total=False):
    AreaOfInterest: X[AreaOfInterest]
    PropertyFilters: X[PropertyFilters]
    RasterDataCollectionArn: S
    TimeRangeFilter: X[TimeRangeFilterInput]

class InputConfigInput(TypedDict, total=False):
    PreviousEarthObservationJobArn: S
    RasterDataCollectionQuery: X[RasterDataCollectionQueryInput]

class Operation(TypedDict, total=False):
    Equation: S
    Name: S
    OutputType: S

class CustomIndicesInput(TypedDict, total=False):
    Operations: L[Xi[Operation]]

class BandMathConfigInput(TypedDict, total=False):
    CustomIndices: X[CustomIndicesInput]
    PredefinedIndices: L[Si]

class CloudMaskingConfigInput(TypedDict, total=False): ...

class CloudRemovalConfigInput(TypedDict, total=False):
    AlgorithmName: S
    InterpolationValue: S
    TargetBands: L[Si]

class GeoMosaicConfigInput(TypedDict, total=False):
    AlgorithmName: S
    TargetBands: L[Si]

class LandCoverSegmentationConfigInput(TypedDict, total=False): ...

class UserDefined(TypedDict, total=False):
    Unit: S
    Value: F

class OutputResolutionResamplingInput(TypedDict, total=False):
    UserDefined: X[UserDefined]

class ResamplingConfigInput(TypedDict, total=False):
    AlgorithmName: S
    OutputResolution: X[OutputResolutionResamplingInput]
    TargetBands: L[Si]

class OutputResolutionStackInput(TypedDict, total=False):
    Predefined: S
    UserDefined: X[UserDefined]

class StackConfigInput(TypedDict, total=False):
    OutputResolution: X[OutputResolutionStackInput]
    TargetBands: L[Si]

class TemporalStatisticsConfigInput(TypedDict, total=False):
    GroupBy: S
    Statistics: L[Si]
    TargetBands: L[Si]

class ZonalStatisticsConfigInput(TypedDict, total=False):
    Statistics: L[Si]
    TargetBands: L[Si]
    ZoneS3Path: S
    ZoneS3PathKmsKeyId: S

class JobConfigInput(TypedDict, total=False):
    BandMathConfig: X[BandMathConfigInput]
    CloudMaskingConfig: X[CloudMaskingConfigInput]
    CloudRemovalConfig: X[CloudRemovalConfigInput]
    GeoMosaicConfig: X[GeoMosaicConfigInput]
    LandCoverSegmentationConfig: X[LandCoverSegmentationConfigInput]
    ResamplingConfig: X[ResamplingConfigInput]
    StackConfig: X[StackConfigInput]
    TemporalStatisticsConfig: X[TemporalStatisticsConfigInput]
    ZonalStatisticsConfig: X[ZonalStatisticsConfigInput]

StartEarthObservationJobParameters = TypedDict(
    "StartEarthObservationJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "InputConfig": X[InputConfigInput],
        "InputConfig.$": str,
        "JobConfig": X[JobConfigInput],
        "JobConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class VectorEnrichmentJobDataSourceConfigInput(TypedDict, total=False):
    S3Data: X[VectorEnrichmentJobS3Data]

class VectorEnrichmentJobInputConfig(TypedDict, total=False):
    DataSourceConfig: X[VectorEnrichmentJobDataSourceConfigInput]
    DocumentType: S

class MapMatchingConfig(TypedDict, total=False):
    IdAttributeName: S
    TimestampAttributeName: S
    XAttributeName: S
    YAttributeName: S

class ReverseGeocodingConfig(TypedDict, total=False):
    XAttributeName: S
    YAttributeName: S

class VectorEnrichmentJobConfig(TypedDict, total=False):
    MapMatchingConfig: X[MapMatchingConfig]
    ReverseGeocodingConfig: X[ReverseGeocodingConfig]

StartVectorEnrichmentJobParameters = TypedDict(
    "StartVectorEnrichmentJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "InputConfig": X[VectorEnrichmentJobInputConfig],
        "InputConfig.$": str,
        "JobConfig": X[VectorEnrichmentJobConfig],
        "JobConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopEarthObservationJobParameters = TypedDict(
    "StopEarthObservationJobParameters", {"Arn": S, "Arn.$": str}, total=False
)
StopVectorEnrichmentJobParameters = TypedDict(
    "StopVectorEnrichmentJobParameters", {"Arn": S, "Arn.$": str}, total=False
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
delete_earth_observation_job: Builder[DeleteEarthObservationJobParameters]
delete_vector_enrichment_job: Builder[DeleteVectorEnrichmentJobParameters]
export_earth_observation_job: Builder[ExportEarthObservationJobParameters]
export_vector_enrichment_job: Builder[ExportVectorEnrichmentJobParameters]
get_earth_observation_job: Builder[GetEarthObservationJobParameters]
get_raster_data_collection: Builder[GetRasterDataCollectionParameters]
get_tile: Builder[GetTileParameters]
get_vector_enrichment_job: Builder[GetVectorEnrichmentJobParameters]
list_earth_observation_jobs: Builder[ListEarthObservationJobsParameters]
list_raster_data_collections: Builder[ListRasterDataCollectionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vector_enrichment_jobs: Builder[ListVectorEnrichmentJobsParameters]
search_raster_data_collection: Builder[SearchRasterDataCollectionParameters]
start_earth_observation_job: Builder[StartEarthObservationJobParameters]
start_vector_enrichment_job: Builder[StartVectorEnrichmentJobParameters]
stop_earth_observation_job: Builder[StopEarthObservationJobParameters]
stop_vector_enrichment_job: Builder[StopVectorEnrichmentJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "delete_earth_observation_job",
    "delete_vector_enrichment_job",
    "export_earth_observation_job",
    "export_vector_enrichment_job",
    "get_earth_observation_job",
    "get_raster_data_collection",
    "get_tile",
    "get_vector_enrichment_job",
    "list_earth_observation_jobs",
    "list_raster_data_collections",
    "list_tags_for_resource",
    "list_vector_enrichment_jobs",
    "search_raster_data_collection",
    "start_earth_observation_job",
    "start_vector_enrichment_job",
    "stop_earth_observation_job",
    "stop_vector_enrichment_job",
    "tag_resource",
    "untag_resource",
]
