"""Typed builders of the AWS SDK integration of rekognition (``aws-sdk:rekognition:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AssociateFacesParameters = TypedDict(
    "AssociateFacesParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "UserId": S,
        "UserId.$": str,
        "FaceIds": L[Si],
        "FaceIds.$": str,
        "UserMatchThreshold": F,
        "UserMatchThreshold.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class S3Object(TypedDict, total=False):
    Bucket: S
    Name: S
    Version: S

class Image(TypedDict, total=False):
    Bytes: S
    S3Object: X[S3Object]

CompareFacesParameters = TypedDict(
    "CompareFacesParameters",
    {
        "SourceImage": X[Image],
        "SourceImage.$": str,
        "TargetImage": X[Image],
        "TargetImage.$": str,
        "SimilarityThreshold": F,
        "SimilarityThreshold.$": str,
        "QualityFilter": S,
        "QualityFilter.$": str,
    },
    total=False,
)

class OutputConfig(TypedDict, total=False):
    S3Bucket: S
    S3KeyPrefix: S

CopyProjectVersionParameters = TypedDict(
    "CopyProjectVersionParameters",
    {
        "SourceProjectArn": S,
        "SourceProjectArn.$": str,
        "SourceProjectVersionArn": S,
        "SourceProjectVersionArn.$": str,
        "DestinationProjectArn": S,
        "DestinationProjectArn.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
CreateCollectionParameters = TypedDict(
    "CreateCollectionParameters",
    {"CollectionId": S, "CollectionId.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class GroundTruthManifest(TypedDict, total=False):
    S3Object: X[S3Object]

class DatasetSource(TypedDict, total=False):
    GroundTruthManifest: X[GroundTruthManifest]
    DatasetArn: S

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "DatasetSource": X[DatasetSource],
        "DatasetSource.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class LivenessOutputConfig(TypedDict, total=False):
    S3Bucket: S
    S3KeyPrefix: S

class Versions(TypedDict, total=False):
    Minimum: S
    Maximum: S

class ChallengePreference(TypedDict, total=False):
    Type: S
    Versions: X[Versions]

class CreateFaceLivenessSessionRequestSettings(TypedDict, total=False):
    OutputConfig: X[LivenessOutputConfig]
    AuditImagesLimit: I
    ChallengePreferences: L[Xi[ChallengePreference]]

CreateFaceLivenessSessionParameters = TypedDict(
    "CreateFaceLivenessSessionParameters",
    {
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Settings": X[CreateFaceLivenessSessionRequestSettings],
        "Settings.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "Feature": S,
        "Feature.$": str,
        "AutoUpdate": S,
        "AutoUpdate.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Asset(TypedDict, total=False):
    GroundTruthManifest: X[GroundTruthManifest]

class TrainingData(TypedDict, total=False):
    Assets: L[Xi[Asset]]

class TestingData(TypedDict, total=False):
    Assets: L[Xi[Asset]]
    AutoCreate: B

class CustomizationFeatureContentModerationConfig(TypedDict, total=False):
    ConfidenceThreshold: F

class CustomizationFeatureConfig(TypedDict, total=False):
    ContentModeration: X[CustomizationFeatureContentModerationConfig]

CreateProjectVersionParameters = TypedDict(
    "CreateProjectVersionParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "TrainingData": X[TrainingData],
        "TrainingData.$": str,
        "TestingData": X[TestingData],
        "TestingData.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "FeatureConfig": X[CustomizationFeatureConfig],
        "FeatureConfig.$": str,
    },
    total=False,
)

class KinesisVideoStream(TypedDict, total=False):
    Arn: S

class StreamProcessorInput(TypedDict, total=False):
    KinesisVideoStream: X[KinesisVideoStream]

class KinesisDataStream(TypedDict, total=False):
    Arn: S

class S3Destination(TypedDict, total=False):
    Bucket: S
    KeyPrefix: S

class StreamProcessorOutput(TypedDict, total=False):
    KinesisDataStream: X[KinesisDataStream]
    S3Destination: X[S3Destination]

class FaceSearchSettings(TypedDict, total=False):
    CollectionId: S
    FaceMatchThreshold: F

class ConnectedHomeSettings(TypedDict, total=False):
    Labels: L[Si]
    MinConfidence: F

class StreamProcessorSettings(TypedDict, total=False):
    FaceSearch: X[FaceSearchSettings]
    ConnectedHome: X[ConnectedHomeSettings]

class StreamProcessorNotificationChannel(TypedDict, total=False):
    SnsTopicArn: S

class BoundingBox(TypedDict, total=False):
    Width: F
    Height: F
    Left: F
    Top: F

class Point(TypedDict, total=False):
    X: F
    Y: F

class RegionOfInterest(TypedDict, total=False):
    BoundingBox: X[BoundingBox]
    Polygon: L[Xi[Point]]

class StreamProcessorDataSharingPreference(TypedDict, total=False):
    OptIn: B

CreateStreamProcessorParameters = TypedDict(
    "CreateStreamProcessorParameters",
    {
        "Input": X[StreamProcessorInput],
        "Input.$": str,
        "Output": X[StreamProcessorOutput],
        "Output.$": str,
        "Name": S,
        "Name.$": str,
        "Settings": X[StreamProcessorSettings],
        "Settings.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "NotificationChannel": X[StreamProcessorNotificationChannel],
        "NotificationChannel.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "RegionsOfInterest": L[Xi[RegionOfInterest]],
        "RegionsOfInterest.$": str,
        "DataSharingPreference": X[StreamProcessorDataSharingPreference],
        "DataSharingPreference.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteCollectionParameters = TypedDict(
    "DeleteCollectionParameters", {"CollectionId": S, "CollectionId.$": str}, total=False
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DeleteFacesParameters = TypedDict(
    "DeleteFacesParameters",
    {"CollectionId": S, "CollectionId.$": str, "FaceIds": L[Si], "FaceIds.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
DeleteProjectPolicyParameters = TypedDict(
    "DeleteProjectPolicyParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
    },
    total=False,
)
DeleteProjectVersionParameters = TypedDict(
    "DeleteProjectVersionParameters",
    {"ProjectVersionArn": S, "ProjectVersionArn.$": str},
    total=False,
)
DeleteStreamProcessorParameters = TypedDict(
    "DeleteStreamProcessorParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DescribeCollectionParameters = TypedDict(
    "DescribeCollectionParameters", {"CollectionId": S, "CollectionId.$": str}, total=False
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DescribeProjectVersionsParameters = TypedDict(
    "DescribeProjectVersionsParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "VersionNames": L[Si],
        "VersionNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeProjectsParameters = TypedDict(
    "DescribeProjectsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ProjectNames": L[Si],
        "ProjectNames.$": str,
        "Features": L[Si],
        "Features.$": str,
    },
    total=False,
)
DescribeStreamProcessorParameters = TypedDict(
    "DescribeStreamProcessorParameters", {"Name": S, "Name.$": str}, total=False
)
DetectCustomLabelsParameters = TypedDict(
    "DetectCustomLabelsParameters",
    {
        "ProjectVersionArn": S,
        "ProjectVersionArn.$": str,
        "Image": X[Image],
        "Image.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MinConfidence": F,
        "MinConfidence.$": str,
    },
    total=False,
)
DetectFacesParameters = TypedDict(
    "DetectFacesParameters",
    {"Image": X[Image], "Image.$": str, "Attributes": L[Si], "Attributes.$": str},
    total=False,
)

class GeneralLabelsSettings(TypedDict, total=False):
    LabelInclusionFilters: L[Si]
    LabelExclusionFilters: L[Si]
    LabelCategoryInclusionFilters: L[Si]
    LabelCategoryExclusionFilters: L[Si]

class DetectLabelsImagePropertiesSettings(TypedDict, total=False):
    MaxDominantColors: I

class DetectLabelsSettings(TypedDict, total=False):
    GeneralLabels: X[GeneralLabelsSettings]
    ImageProperties: X[DetectLabelsImagePropertiesSettings]

DetectLabelsParameters = TypedDict(
    "DetectLabelsParameters",
    {
        "Image": X[Image],
        "Image.$": str,
        "MaxLabels": I,
        "MaxLabels.$": str,
        "MinConfidence": F,
        "MinConfidence.$": str,
        "Features": L[Si],
        "Features.$": str,
        "Settings": X[DetectLabelsSettings],
        "Settings.$": str,
    },
    total=False,
)

class HumanLoopDataAttributes(TypedDict, total=False):
    ContentClassifiers: L[Si]

class HumanLoopConfig(TypedDict, total=False):
    HumanLoopName: S
    FlowDefinitionArn: S
    DataAttributes: X[HumanLoopDataAttributes]

DetectModerationLabelsParameters = TypedDict(
    "DetectModerationLabelsParameters",
    {
        "Image": X[Image],
        "Image.$": str,
        "MinConfidence": F,
        "MinConfidence.$": str,
        "HumanLoopConfig": X[HumanLoopConfig],
        "HumanLoopConfig.$": str,
        "ProjectVersion": S,
        "ProjectVersion.$": str,
    },
    total=False,
)

class ProtectiveEquipmentSummarizationAttributes(TypedDict, total=False):
    MinConfidence: F
    RequiredEquipmentTypes: L[Si]

DetectProtectiveEquipmentParameters = TypedDict(
    "DetectProtectiveEquipmentParameters",
    {
        "Image": X[Image],
        "Image.$": str,
        "SummarizationAttributes": X[ProtectiveEquipmentSummarizationAttributes],
        "SummarizationAttributes.$": str,
    },
    total=False,
)

class DetectionFilter(TypedDict, total=False):
    MinConfidence: F
    MinBoundingBoxHeight: F
    MinBoundingBoxWidth: F

class DetectTextFilters(TypedDict, total=False):
    WordFilter: X[DetectionFilter]
    RegionsOfInterest: L[Xi[RegionOfInterest]]

DetectTextParameters = TypedDict(
    "DetectTextParameters",
    {"Image": X[Image], "Image.$": str, "Filters": X[DetectTextFilters], "Filters.$": str},
    total=False,
)
DisassociateFacesParameters = TypedDict(
    "DisassociateFacesParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FaceIds": L[Si],
        "FaceIds.$": str,
    },
    total=False,
)

class DistributeDataset(TypedDict, total=False):
    Arn: S

DistributeDatasetEntriesParameters = TypedDict(
    "DistributeDatasetEntriesParameters",
    {"Datasets": L[Xi[DistributeDataset]], "Datasets.$": str},
    total=False,
)
GetCelebrityInfoParameters = TypedDict(
    "GetCelebrityInfoParameters", {"Id": S, "Id.$": str}, total=False
)
GetCelebrityRecognitionParameters = TypedDict(
    "GetCelebrityRecognitionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
    },
    total=False,
)
GetContentModerationParameters = TypedDict(
    "GetContentModerationParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "AggregateBy": S,
        "AggregateBy.$": str,
    },
    total=False,
)
GetFaceDetectionParameters = TypedDict(
    "GetFaceDetectionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFaceLivenessSessionResultsParameters = TypedDict(
    "GetFaceLivenessSessionResultsParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetFaceSearchParameters = TypedDict(
    "GetFaceSearchParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
    },
    total=False,
)
GetLabelDetectionParameters = TypedDict(
    "GetLabelDetectionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "AggregateBy": S,
        "AggregateBy.$": str,
    },
    total=False,
)
GetMediaAnalysisJobParameters = TypedDict(
    "GetMediaAnalysisJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetPersonTrackingParameters = TypedDict(
    "GetPersonTrackingParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
    },
    total=False,
)
GetSegmentDetectionParameters = TypedDict(
    "GetSegmentDetectionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTextDetectionParameters = TypedDict(
    "GetTextDetectionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
IndexFacesParameters = TypedDict(
    "IndexFacesParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "Image": X[Image],
        "Image.$": str,
        "ExternalImageId": S,
        "ExternalImageId.$": str,
        "DetectionAttributes": L[Si],
        "DetectionAttributes.$": str,
        "MaxFaces": I,
        "MaxFaces.$": str,
        "QualityFilter": S,
        "QualityFilter.$": str,
    },
    total=False,
)
ListCollectionsParameters = TypedDict(
    "ListCollectionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDatasetEntriesParameters = TypedDict(
    "ListDatasetEntriesParameters",
    {
        "DatasetArn": S,
        "DatasetArn.$": str,
        "ContainsLabels": L[Si],
        "ContainsLabels.$": str,
        "Labeled": B,
        "Labeled.$": str,
        "SourceRefContains": S,
        "SourceRefContains.$": str,
        "HasErrors": B,
        "HasErrors.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatasetLabelsParameters = TypedDict(
    "ListDatasetLabelsParameters",
    {
        "DatasetArn": S,
        "DatasetArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFacesParameters = TypedDict(
    "ListFacesParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "UserId": S,
        "UserId.$": str,
        "FaceIds": L[Si],
        "FaceIds.$": str,
    },
    total=False,
)
ListMediaAnalysisJobsParameters = TypedDict(
    "ListMediaAnalysisJobsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProjectPoliciesParameters = TypedDict(
    "ListProjectPoliciesParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStreamProcessorsParameters = TypedDict(
    "ListStreamProcessorsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutProjectPolicyParameters = TypedDict(
    "PutProjectPolicyParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)
RecognizeCelebritiesParameters = TypedDict(
    "RecognizeCelebritiesParameters", {"Image": X[Image], "Image.$": str}, total=False
)
SearchFacesParameters = TypedDict(
    "SearchFacesParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "FaceId": S,
        "FaceId.$": str,
        "MaxFaces": I,
        "MaxFaces.$": str,
        "FaceMatchThreshold": F,
        "FaceMatchThreshold.$": str,
    },
    total=False,
)
SearchFacesByImageParameters = TypedDict(
    "SearchFacesByImageParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "Image": X[Image],
        "Image.$": str,
        "MaxFaces": I,
        "MaxFaces.$": str,
        "FaceMatchThreshold": F,
        "FaceMatchThreshold.$": str,
        "QualityFilter": S,
        "QualityFilter.$": str,
    },
    total=False,
)
SearchUsersParameters = TypedDict(
    "SearchUsersParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "UserId": S,
        "UserId.$": str,
        "FaceId": S,
        "FaceId.$": str,
        "UserMatchThreshold": F,
        "UserMatchThreshold.$": str,
        "MaxUsers": I,
        "MaxUsers.$": str,
    },
    total=False,
)
SearchUsersByImageParameters = TypedDict(
    "SearchUsersByImageParameters",
    {
        "CollectionId": S,
        "CollectionId.$": str,
        "Image": X[Image],
        "Image.$": str,
        "UserMatchThreshold": F,
        "UserMatchThreshold.$": str,
        "MaxUsers": I,
        "MaxUsers.$": str,
        "QualityFilter": S,
        "QualityFilter.$": str,
    },
    total=False,
)

class Video(TypedDict, total=False):
    S3Object: X[S3Object]

class NotificationChannel(TypedDict, total=False):
    SnsTopicArn: S
    RoleArn: S

StartCelebrityRecognitionParameters = TypedDict(
    "StartCelebrityRecognitionParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
    },
    total=False,
)
StartContentModerationParameters = TypedDict(
    "StartContentModerationParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "MinConfidence": F,
        "MinConfidence.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
    },
    total=False,
)
StartFaceDetectionParameters = TypedDict(
    "StartFaceDetectionParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "FaceAttributes": S,
        "FaceAttributes.$": str,
        "JobTag": S,
        "JobTag.$": str,
    },
    total=False,
)
StartFaceSearchParameters = TypedDict(
    "StartFaceSearchParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FaceMatchThreshold": F,
        "FaceMatchThreshold.$": str,
        "CollectionId": S,
        "CollectionId.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
    },
    total=False,
)

class LabelDetectionSettings(TypedDict, total=False):
    GeneralLabels: X[GeneralLabelsSettings]

StartLabelDetectionParameters = TypedDict(
    "StartLabelDetectionParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "MinConfidence": F,
        "MinConfidence.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "Features": L[Si],
        "Features.$": str,
        "Settings": X[LabelDetectionSettings],
        "Settings.$": str,
    },
    total=False,
)

class MediaAnalysisDetectModerationLabelsConfig(TypedDict, total=False):
    MinConfidence: F
    ProjectVersion: S

class MediaAnalysisOperationsConfig(TypedDict, total=False):
    DetectModerationLabels: X[MediaAnalysisDetectModerationLabelsConfig]

class MediaAnalysisInput(TypedDict, total=False):
    S3Object: X[S3Object]

class MediaAnalysisOutputConfig(TypedDict, total=False):
    S3Bucket: S
    S3KeyPrefix: S

StartMediaAnalysisJobParameters = TypedDict(
    "StartMediaAnalysisJobParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "JobName": S,
        "JobName.$": str,
        "OperationsConfig": X[MediaAnalysisOperationsConfig],
        "OperationsConfig.$": str,
        "Input": X[MediaAnalysisInput],
        "Input.$": str,
        "OutputConfig": X[MediaAnalysisOutputConfig],
        "OutputConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
StartPersonTrackingParameters = TypedDict(
    "StartPersonTrackingParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
    },
    total=False,
)
StartProjectVersionParameters = TypedDict(
    "StartProjectVersionParameters",
    {
        "ProjectVersionArn": S,
        "ProjectVersionArn.$": str,
        "MinInferenceUnits": I,
        "MinInferenceUnits.$": str,
        "MaxInferenceUnits": I,
        "MaxInferenceUnits.$": str,
    },
    total=False,
)

class BlackFrame(TypedDict, total=False):
    MaxPixelThreshold: F
    MinCoveragePercentage: F

class StartTechnicalCueDetectionFilter(TypedDict, total=False):
    MinSegmentConfidence: F
    BlackFrame: X[BlackFrame]

class StartShotDetectionFilter(TypedDict, total=False):
    MinSegmentConfidence: F

class StartSegmentDetectionFilters(TypedDict, total=False):
    TechnicalCueFilter: X[StartTechnicalCueDetectionFilter]
    ShotFilter: X[StartShotDetectionFilter]

StartSegmentDetectionParameters = TypedDict(
    "StartSegmentDetectionParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "Filters": X[StartSegmentDetectionFilters],
        "Filters.$": str,
        "SegmentTypes": L[Si],
        "SegmentTypes.$": str,
    },
    total=False,
)

class KinesisVideoStreamStartSelector(TypedDict, total=False):
    ProducerTimestamp: I
    FragmentNumber: S

class StreamProcessingStartSelector(TypedDict, total=False):
    KvsStreamStartSelector: X[KinesisVideoStreamStartSelector]

class StreamProcessingStopSelector(TypedDict, total=False):
    MaxDurationInSeconds: I

StartStreamProcessorParameters = TypedDict(
    "StartStreamProcessorParameters",
    {
        "Name": S,
        "Name.$": str,
        "StartSelector": X[StreamProcessingStartSelector],
        "StartSelector.$": str,
        "StopSelector": X[StreamProcessingStopSelector],
        "StopSelector.$": str,
    },
    total=False,
)

class StartTextDetectionFilters(TypedDict, total=False):
    WordFilter: X[DetectionFilter]
    RegionsOfInterest: L[Xi[RegionOfInterest]]

StartTextDetectionParameters = TypedDict(
    "StartTextDetectionParameters",
    {
        "Video": X[Video],
        "Video.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "Filters": X[StartTextDetectionFilters],
        "Filters.$": str,
    },
    total=False,
)
StopProjectVersionParameters = TypedDict(
    "StopProjectVersionParameters",
    {"ProjectVersionArn": S, "ProjectVersionArn.$": str},
    total=False,
)
StopStreamProcessorParameters = TypedDict(
    "StopStreamProcessorParameters", {"Name": S, "Name.$": str}, total=False
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

class DatasetChanges(TypedDict, total=False):
    GroundTruth: S

UpdateDatasetEntriesParameters = TypedDict(
    "UpdateDatasetEntriesParameters",
    {"DatasetArn": S, "DatasetArn.$": str, "Changes": X[DatasetChanges], "Changes.$": str},
    total=False,
)

class ConnectedHomeSettingsForUpdate(TypedDict, total=False):
    Labels: L[Si]
    MinConfidence: F

class StreamProcessorSettingsForUpdate(TypedDict, total=False):
    ConnectedHomeForUpdate: X[ConnectedHomeSettingsForUpdate]

UpdateStreamProcessorParameters = TypedDict(
    "UpdateStreamProcessorParameters",
    {
        "Name": S,
        "Name.$": str,
        "SettingsForUpdate": X[StreamProcessorSettingsForUpdate],
        "SettingsForUpdate.$": str,
        "RegionsOfInterestForUpdate": L[Xi[RegionOfInterest]],
        "RegionsOfInterestForUpdate.$": str,
        "DataSharingPreferenceForUpdate": X[StreamProcessorDataSharingPreference],
        "DataSharingPreferenceForUpdate.$": str,
        "ParametersToDelete": L[Si],
        "ParametersToDelete.$": str,
    },
    total=False,
)
associate_faces: Builder[AssociateFacesParameters]
compare_faces: Builder[CompareFacesParameters]
copy_project_version: Builder[CopyProjectVersionParameters]
create_collection: Builder[CreateCollectionParameters]
create_dataset: Builder[CreateDatasetParameters]
create_face_liveness_session: Builder[CreateFaceLivenessSessionParameters]
create_project: Builder[CreateProjectParameters]
create_project_version: Builder[CreateProjectVersionParameters]
create_stream_processor: Builder[CreateStreamProcessorParameters]
create_user: Builder[CreateUserParameters]
delete_collection: Builder[DeleteCollectionParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_faces: Builder[DeleteFacesParameters]
delete_project: Builder[DeleteProjectParameters]
delete_project_policy: Builder[DeleteProjectPolicyParameters]
delete_project_version: Builder[DeleteProjectVersionParameters]
delete_stream_processor: Builder[DeleteStreamProcessorParameters]
delete_user: Builder[DeleteUserParameters]
describe_collection: Builder[DescribeCollectionParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_project_versions: Builder[DescribeProjectVersionsParameters]
describe_projects: Builder[DescribeProjectsParameters]
describe_stream_processor: Builder[DescribeStreamProcessorParameters]
detect_custom_labels: Builder[DetectCustomLabelsParameters]
detect_faces: Builder[DetectFacesParameters]
detect_labels: Builder[DetectLabelsParameters]
detect_moderation_labels: Builder[DetectModerationLabelsParameters]
detect_protective_equipment: Builder[DetectProtectiveEquipmentParameters]
detect_text: Builder[DetectTextParameters]
disassociate_faces: Builder[DisassociateFacesParameters]
distribute_dataset_entries: Builder[DistributeDatasetEntriesParameters]
get_celebrity_info: Builder[GetCelebrityInfoParameters]
get_celebrity_recognition: Builder[GetCelebrityRecognitionParameters]
get_content_moderation: Builder[GetContentModerationParameters]
get_face_detection: Builder[GetFaceDetectionParameters]
get_face_liveness_session_results: Builder[GetFaceLivenessSessionResultsParameters]
get_face_search: Builder[GetFaceSearchParameters]
get_label_detection: Builder[GetLabelDetectionParameters]
get_media_analysis_job: Builder[GetMediaAnalysisJobParameters]
get_person_tracking: Builder[GetPersonTrackingParameters]
get_segment_detection: Builder[GetSegmentDetectionParameters]
get_text_detection: Builder[GetTextDetectionParameters]
index_faces: Builder[IndexFacesParameters]
list_collections: Builder[ListCollectionsParameters]
list_dataset_entries: Builder[ListDatasetEntriesParameters]
list_dataset_labels: Builder[ListDatasetLabelsParameters]
list_faces: Builder[ListFacesParameters]
list_media_analysis_jobs: Builder[ListMediaAnalysisJobsParameters]
list_project_policies: Builder[ListProjectPoliciesParameters]
list_stream_processors: Builder[ListStreamProcessorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_users: Builder[ListUsersParameters]
put_project_policy: Builder[PutProjectPolicyParameters]
recognize_celebrities: Builder[RecognizeCelebritiesParameters]
search_faces: Builder[SearchFacesParameters]
search_faces_by_image: Builder[SearchFacesByImageParameters]
search_users: Builder[SearchUsersParameters]
search_users_by_image: Builder[SearchUsersByImageParameters]
start_celebrity_recognition: Builder[StartCelebrityRecognitionParameters]
start_content_moderation: Builder[StartContentModerationParameters]
start_face_detection: Builder[StartFaceDetectionParameters]
start_face_search: Builder[StartFaceSearchParameters]
start_label_detection: Builder[StartLabelDetectionParameters]
start_media_analysis_job: Builder[StartMediaAnalysisJobParameters]
start_person_tracking: Builder[StartPersonTrackingParameters]
start_project_version: Builder[StartProjectVersionParameters]
start_segment_detection: Builder[StartSegmentDetectionParameters]
start_stream_processor: Builder[StartStreamProcessorParameters]
start_text_detection: Builder[StartTextDetectionParameters]
stop_project_version: Builder[StopProjectVersionParameters]
stop_stream_processor: Builder[StopStreamProcessorParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_dataset_entries: Builder[UpdateDatasetEntriesParameters]
update_stream_processor: Builder[UpdateStreamProcessorParameters]

__all__ = [
    "associate_faces",
    "compare_faces",
    "copy_project_version",
    "create_collection",
    "create_dataset",
    "create_face_liveness_session",
    "create_project",
    "create_project_version",
    "create_stream_processor",
    "create_user",
    "delete_collection",
    "delete_dataset",
    "delete_faces",
    "delete_project",
    "delete_project_policy",
    "delete_project_version",
    "delete_stream_processor",
    "delete_user",
    "describe_collection",
    "describe_dataset",
    "describe_project_versions",
    "describe_projects",
    "describe_stream_processor",
    "detect_custom_labels",
    "detect_faces",
    "detect_labels",
    "detect_moderation_labels",
    "detect_protective_equipment",
    "detect_text",
    "disassociate_faces",
    "distribute_dataset_entries",
    "get_celebrity_info",
    "get_celebrity_recognition",
    "get_content_moderation",
    "get_face_detection",
    "get_face_liveness_session_results",
    "get_face_search",
    "get_label_detection",
    "get_media_analysis_job",
    "get_person_tracking",
    "get_segment_detection",
    "get_text_detection",
    "index_faces",
    "list_collections",
    "list_dataset_entries",
    "list_dataset_labels",
    "list_faces",
    "list_media_analysis_jobs",
    "list_project_policies",
    "list_stream_processors",
    "list_tags_for_resource",
    "list_users",
    "put_project_policy",
    "recognize_celebrities",
    "search_faces",
    "search_faces_by_image",
    "search_users",
    "search_users_by_image",
    "start_celebrity_recognition",
    "start_content_moderation",
    "start_face_detection",
    "start_face_search",
    "start_label_detection",
    "start_media_analysis_job",
    "start_person_tracking",
    "start_project_version",
    "start_segment_detection",
    "start_stream_processor",
    "start_text_detection",
    "stop_project_version",
    "stop_stream_processor",
    "tag_resource",
    "untag_resource",
    "update_dataset_entries",
    "update_stream_processor",
]
