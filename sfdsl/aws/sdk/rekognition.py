"""Typed builders of the AWS SDK integration of rekognition.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssociateFacesParameters = TypedDict(
        "AssociateFacesParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "FaceIds": Any,
            "FaceIds.$": Any,
            "UserMatchThreshold": Any,
            "UserMatchThreshold.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    CompareFacesParameters = TypedDict(
        "CompareFacesParameters",
        {
            "SourceImage": Any,
            "SourceImage.$": Any,
            "TargetImage": Any,
            "TargetImage.$": Any,
            "SimilarityThreshold": Any,
            "SimilarityThreshold.$": Any,
            "QualityFilter": Any,
            "QualityFilter.$": Any,
        },
        total=False,
    )
    CopyProjectVersionParameters = TypedDict(
        "CopyProjectVersionParameters",
        {
            "SourceProjectArn": Any,
            "SourceProjectArn.$": Any,
            "SourceProjectVersionArn": Any,
            "SourceProjectVersionArn.$": Any,
            "DestinationProjectArn": Any,
            "DestinationProjectArn.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    CreateCollectionParameters = TypedDict(
        "CreateCollectionParameters",
        {"CollectionId": Any, "CollectionId.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    CreateDatasetParameters = TypedDict(
        "CreateDatasetParameters",
        {
            "DatasetSource": Any,
            "DatasetSource.$": Any,
            "DatasetType": Any,
            "DatasetType.$": Any,
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateFaceLivenessSessionParameters = TypedDict(
        "CreateFaceLivenessSessionParameters",
        {
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    CreateProjectParameters = TypedDict(
        "CreateProjectParameters",
        {
            "ProjectName": Any,
            "ProjectName.$": Any,
            "Feature": Any,
            "Feature.$": Any,
            "AutoUpdate": Any,
            "AutoUpdate.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateProjectVersionParameters = TypedDict(
        "CreateProjectVersionParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "TrainingData": Any,
            "TrainingData.$": Any,
            "TestingData": Any,
            "TestingData.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "VersionDescription": Any,
            "VersionDescription.$": Any,
            "FeatureConfig": Any,
            "FeatureConfig.$": Any,
        },
        total=False,
    )
    CreateStreamProcessorParameters = TypedDict(
        "CreateStreamProcessorParameters",
        {
            "Input": Any,
            "Input.$": Any,
            "Output": Any,
            "Output.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "RegionsOfInterest": Any,
            "RegionsOfInterest.$": Any,
            "DataSharingPreference": Any,
            "DataSharingPreference.$": Any,
        },
        total=False,
    )
    CreateUserParameters = TypedDict(
        "CreateUserParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    DeleteCollectionParameters = TypedDict(
        "DeleteCollectionParameters", {"CollectionId": Any, "CollectionId.$": Any}, total=False
    )
    DeleteDatasetParameters = TypedDict(
        "DeleteDatasetParameters", {"DatasetArn": Any, "DatasetArn.$": Any}, total=False
    )
    DeleteFacesParameters = TypedDict(
        "DeleteFacesParameters",
        {"CollectionId": Any, "CollectionId.$": Any, "FaceIds": Any, "FaceIds.$": Any},
        total=False,
    )
    DeleteProjectParameters = TypedDict(
        "DeleteProjectParameters", {"ProjectArn": Any, "ProjectArn.$": Any}, total=False
    )
    DeleteProjectPolicyParameters = TypedDict(
        "DeleteProjectPolicyParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "PolicyName": Any,
            "PolicyName.$": Any,
            "PolicyRevisionId": Any,
            "PolicyRevisionId.$": Any,
        },
        total=False,
    )
    DeleteProjectVersionParameters = TypedDict(
        "DeleteProjectVersionParameters",
        {"ProjectVersionArn": Any, "ProjectVersionArn.$": Any},
        total=False,
    )
    DeleteStreamProcessorParameters = TypedDict(
        "DeleteStreamProcessorParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteUserParameters = TypedDict(
        "DeleteUserParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    DescribeCollectionParameters = TypedDict(
        "DescribeCollectionParameters", {"CollectionId": Any, "CollectionId.$": Any}, total=False
    )
    DescribeDatasetParameters = TypedDict(
        "DescribeDatasetParameters", {"DatasetArn": Any, "DatasetArn.$": Any}, total=False
    )
    DescribeProjectVersionsParameters = TypedDict(
        "DescribeProjectVersionsParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "VersionNames": Any,
            "VersionNames.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    DescribeProjectsParameters = TypedDict(
        "DescribeProjectsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ProjectNames": Any,
            "ProjectNames.$": Any,
            "Features": Any,
            "Features.$": Any,
        },
        total=False,
    )
    DescribeStreamProcessorParameters = TypedDict(
        "DescribeStreamProcessorParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DetectCustomLabelsParameters = TypedDict(
        "DetectCustomLabelsParameters",
        {
            "ProjectVersionArn": Any,
            "ProjectVersionArn.$": Any,
            "Image": Any,
            "Image.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "MinConfidence": Any,
            "MinConfidence.$": Any,
        },
        total=False,
    )
    DetectFacesParameters = TypedDict(
        "DetectFacesParameters",
        {"Image": Any, "Image.$": Any, "Attributes": Any, "Attributes.$": Any},
        total=False,
    )
    DetectLabelsParameters = TypedDict(
        "DetectLabelsParameters",
        {
            "Image": Any,
            "Image.$": Any,
            "MaxLabels": Any,
            "MaxLabels.$": Any,
            "MinConfidence": Any,
            "MinConfidence.$": Any,
            "Features": Any,
            "Features.$": Any,
            "Settings": Any,
            "Settings.$": Any,
        },
        total=False,
    )
    DetectModerationLabelsParameters = TypedDict(
        "DetectModerationLabelsParameters",
        {
            "Image": Any,
            "Image.$": Any,
            "MinConfidence": Any,
            "MinConfidence.$": Any,
            "HumanLoopConfig": Any,
            "HumanLoopConfig.$": Any,
            "ProjectVersion": Any,
            "ProjectVersion.$": Any,
        },
        total=False,
    )
    DetectProtectiveEquipmentParameters = TypedDict(
        "DetectProtectiveEquipmentParameters",
        {
            "Image": Any,
            "Image.$": Any,
            "SummarizationAttributes": Any,
            "SummarizationAttributes.$": Any,
        },
        total=False,
    )
    DetectTextParameters = TypedDict(
        "DetectTextParameters",
        {"Image": Any, "Image.$": Any, "Filters": Any, "Filters.$": Any},
        total=False,
    )
    DisassociateFacesParameters = TypedDict(
        "DisassociateFacesParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "FaceIds": Any,
            "FaceIds.$": Any,
        },
        total=False,
    )
    DistributeDatasetEntriesParameters = TypedDict(
        "DistributeDatasetEntriesParameters", {"Datasets": Any, "Datasets.$": Any}, total=False
    )
    GetCelebrityInfoParameters = TypedDict(
        "GetCelebrityInfoParameters", {"Id": Any, "Id.$": Any}, total=False
    )
    GetCelebrityRecognitionParameters = TypedDict(
        "GetCelebrityRecognitionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
        },
        total=False,
    )
    GetContentModerationParameters = TypedDict(
        "GetContentModerationParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
            "AggregateBy": Any,
            "AggregateBy.$": Any,
        },
        total=False,
    )
    GetFaceDetectionParameters = TypedDict(
        "GetFaceDetectionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetFaceLivenessSessionResultsParameters = TypedDict(
        "GetFaceLivenessSessionResultsParameters",
        {"SessionId": Any, "SessionId.$": Any},
        total=False,
    )
    GetFaceSearchParameters = TypedDict(
        "GetFaceSearchParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
        },
        total=False,
    )
    GetLabelDetectionParameters = TypedDict(
        "GetLabelDetectionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
            "AggregateBy": Any,
            "AggregateBy.$": Any,
        },
        total=False,
    )
    GetMediaAnalysisJobParameters = TypedDict(
        "GetMediaAnalysisJobParameters", {"JobId": Any, "JobId.$": Any}, total=False
    )
    GetPersonTrackingParameters = TypedDict(
        "GetPersonTrackingParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "SortBy": Any,
            "SortBy.$": Any,
        },
        total=False,
    )
    GetSegmentDetectionParameters = TypedDict(
        "GetSegmentDetectionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetTextDetectionParameters = TypedDict(
        "GetTextDetectionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    IndexFacesParameters = TypedDict(
        "IndexFacesParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "Image": Any,
            "Image.$": Any,
            "ExternalImageId": Any,
            "ExternalImageId.$": Any,
            "DetectionAttributes": Any,
            "DetectionAttributes.$": Any,
            "MaxFaces": Any,
            "MaxFaces.$": Any,
            "QualityFilter": Any,
            "QualityFilter.$": Any,
        },
        total=False,
    )
    ListCollectionsParameters = TypedDict(
        "ListCollectionsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListDatasetEntriesParameters = TypedDict(
        "ListDatasetEntriesParameters",
        {
            "DatasetArn": Any,
            "DatasetArn.$": Any,
            "ContainsLabels": Any,
            "ContainsLabels.$": Any,
            "Labeled": Any,
            "Labeled.$": Any,
            "SourceRefContains": Any,
            "SourceRefContains.$": Any,
            "HasErrors": Any,
            "HasErrors.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDatasetLabelsParameters = TypedDict(
        "ListDatasetLabelsParameters",
        {
            "DatasetArn": Any,
            "DatasetArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListFacesParameters = TypedDict(
        "ListFacesParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "FaceIds": Any,
            "FaceIds.$": Any,
        },
        total=False,
    )
    ListMediaAnalysisJobsParameters = TypedDict(
        "ListMediaAnalysisJobsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListProjectPoliciesParameters = TypedDict(
        "ListProjectPoliciesParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListStreamProcessorsParameters = TypedDict(
        "ListStreamProcessorsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ListUsersParameters = TypedDict(
        "ListUsersParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    PutProjectPolicyParameters = TypedDict(
        "PutProjectPolicyParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "PolicyName": Any,
            "PolicyName.$": Any,
            "PolicyRevisionId": Any,
            "PolicyRevisionId.$": Any,
            "PolicyDocument": Any,
            "PolicyDocument.$": Any,
        },
        total=False,
    )
    RecognizeCelebritiesParameters = TypedDict(
        "RecognizeCelebritiesParameters", {"Image": Any, "Image.$": Any}, total=False
    )
    SearchFacesParameters = TypedDict(
        "SearchFacesParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "FaceId": Any,
            "FaceId.$": Any,
            "MaxFaces": Any,
            "MaxFaces.$": Any,
            "FaceMatchThreshold": Any,
            "FaceMatchThreshold.$": Any,
        },
        total=False,
    )
    SearchFacesByImageParameters = TypedDict(
        "SearchFacesByImageParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "Image": Any,
            "Image.$": Any,
            "MaxFaces": Any,
            "MaxFaces.$": Any,
            "FaceMatchThreshold": Any,
            "FaceMatchThreshold.$": Any,
            "QualityFilter": Any,
            "QualityFilter.$": Any,
        },
        total=False,
    )
    SearchUsersParameters = TypedDict(
        "SearchUsersParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "UserId": Any,
            "UserId.$": Any,
            "FaceId": Any,
            "FaceId.$": Any,
            "UserMatchThreshold": Any,
            "UserMatchThreshold.$": Any,
            "MaxUsers": Any,
            "MaxUsers.$": Any,
        },
        total=False,
    )
    SearchUsersByImageParameters = TypedDict(
        "SearchUsersByImageParameters",
        {
            "CollectionId": Any,
            "CollectionId.$": Any,
            "Image": Any,
            "Image.$": Any,
            "UserMatchThreshold": Any,
            "UserMatchThreshold.$": Any,
            "MaxUsers": Any,
            "MaxUsers.$": Any,
            "QualityFilter": Any,
            "QualityFilter.$": Any,
        },
        total=False,
    )
    StartCelebrityRecognitionParameters = TypedDict(
        "StartCelebrityRecognitionParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
        },
        total=False,
    )
    StartContentModerationParameters = TypedDict(
        "StartContentModerationParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "MinConfidence": Any,
            "MinConfidence.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
        },
        total=False,
    )
    StartFaceDetectionParameters = TypedDict(
        "StartFaceDetectionParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "FaceAttributes": Any,
            "FaceAttributes.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
        },
        total=False,
    )
    StartFaceSearchParameters = TypedDict(
        "StartFaceSearchParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "FaceMatchThreshold": Any,
            "FaceMatchThreshold.$": Any,
            "CollectionId": Any,
            "CollectionId.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
        },
        total=False,
    )
    StartLabelDetectionParameters = TypedDict(
        "StartLabelDetectionParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "MinConfidence": Any,
            "MinConfidence.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "Features": Any,
            "Features.$": Any,
            "Settings": Any,
            "Settings.$": Any,
        },
        total=False,
    )
    StartMediaAnalysisJobParameters = TypedDict(
        "StartMediaAnalysisJobParameters",
        {
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "JobName": Any,
            "JobName.$": Any,
            "OperationsConfig": Any,
            "OperationsConfig.$": Any,
            "Input": Any,
            "Input.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    StartPersonTrackingParameters = TypedDict(
        "StartPersonTrackingParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
        },
        total=False,
    )
    StartProjectVersionParameters = TypedDict(
        "StartProjectVersionParameters",
        {
            "ProjectVersionArn": Any,
            "ProjectVersionArn.$": Any,
            "MinInferenceUnits": Any,
            "MinInferenceUnits.$": Any,
            "MaxInferenceUnits": Any,
            "MaxInferenceUnits.$": Any,
        },
        total=False,
    )
    StartSegmentDetectionParameters = TypedDict(
        "StartSegmentDetectionParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "SegmentTypes": Any,
            "SegmentTypes.$": Any,
        },
        total=False,
    )
    StartStreamProcessorParameters = TypedDict(
        "StartStreamProcessorParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "StartSelector": Any,
            "StartSelector.$": Any,
            "StopSelector": Any,
            "StopSelector.$": Any,
        },
        total=False,
    )
    StartTextDetectionParameters = TypedDict(
        "StartTextDetectionParameters",
        {
            "Video": Any,
            "Video.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    StopProjectVersionParameters = TypedDict(
        "StopProjectVersionParameters",
        {"ProjectVersionArn": Any, "ProjectVersionArn.$": Any},
        total=False,
    )
    StopStreamProcessorParameters = TypedDict(
        "StopStreamProcessorParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateDatasetEntriesParameters = TypedDict(
        "UpdateDatasetEntriesParameters",
        {"DatasetArn": Any, "DatasetArn.$": Any, "Changes": Any, "Changes.$": Any},
        total=False,
    )
    UpdateStreamProcessorParameters = TypedDict(
        "UpdateStreamProcessorParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "SettingsForUpdate": Any,
            "SettingsForUpdate.$": Any,
            "RegionsOfInterestForUpdate": Any,
            "RegionsOfInterestForUpdate.$": Any,
            "DataSharingPreferenceForUpdate": Any,
            "DataSharingPreferenceForUpdate.$": Any,
            "ParametersToDelete": Any,
            "ParametersToDelete.$": Any,
        },
        total=False,
    )


def associate_faces(
    name: str,
    parameters: AssociateFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:associateFaces (``arn:aws:states:::aws-sdk:rekognition:associateFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:associateFaces", parameters, pattern, options)


def compare_faces(
    name: str,
    parameters: CompareFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:compareFaces (``arn:aws:states:::aws-sdk:rekognition:compareFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:compareFaces", parameters, pattern, options)


def copy_project_version(
    name: str,
    parameters: CopyProjectVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:copyProjectVersion (``arn:aws:states:::aws-sdk:rekognition:copyProjectVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:copyProjectVersion", parameters, pattern, options)


def create_collection(
    name: str,
    parameters: CreateCollectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createCollection (``arn:aws:states:::aws-sdk:rekognition:createCollection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createCollection", parameters, pattern, options)


def create_dataset(
    name: str,
    parameters: CreateDatasetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createDataset (``arn:aws:states:::aws-sdk:rekognition:createDataset``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createDataset", parameters, pattern, options)


def create_face_liveness_session(
    name: str,
    parameters: CreateFaceLivenessSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createFaceLivenessSession (``arn:aws:states:::aws-sdk:rekognition:createFaceLivenessSession``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createFaceLivenessSession", parameters, pattern, options)


def create_project(
    name: str,
    parameters: CreateProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createProject (``arn:aws:states:::aws-sdk:rekognition:createProject``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createProject", parameters, pattern, options)


def create_project_version(
    name: str,
    parameters: CreateProjectVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createProjectVersion (``arn:aws:states:::aws-sdk:rekognition:createProjectVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createProjectVersion", parameters, pattern, options)


def create_stream_processor(
    name: str,
    parameters: CreateStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:createStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createStreamProcessor", parameters, pattern, options)


def create_user(
    name: str,
    parameters: CreateUserParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:createUser (``arn:aws:states:::aws-sdk:rekognition:createUser``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:createUser", parameters, pattern, options)


def delete_collection(
    name: str,
    parameters: DeleteCollectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteCollection (``arn:aws:states:::aws-sdk:rekognition:deleteCollection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteCollection", parameters, pattern, options)


def delete_dataset(
    name: str,
    parameters: DeleteDatasetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteDataset (``arn:aws:states:::aws-sdk:rekognition:deleteDataset``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteDataset", parameters, pattern, options)


def delete_faces(
    name: str,
    parameters: DeleteFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteFaces (``arn:aws:states:::aws-sdk:rekognition:deleteFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteFaces", parameters, pattern, options)


def delete_project(
    name: str,
    parameters: DeleteProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteProject (``arn:aws:states:::aws-sdk:rekognition:deleteProject``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteProject", parameters, pattern, options)


def delete_project_policy(
    name: str,
    parameters: DeleteProjectPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteProjectPolicy (``arn:aws:states:::aws-sdk:rekognition:deleteProjectPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteProjectPolicy", parameters, pattern, options)


def delete_project_version(
    name: str,
    parameters: DeleteProjectVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteProjectVersion (``arn:aws:states:::aws-sdk:rekognition:deleteProjectVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteProjectVersion", parameters, pattern, options)


def delete_stream_processor(
    name: str,
    parameters: DeleteStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:deleteStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteStreamProcessor", parameters, pattern, options)


def delete_user(
    name: str,
    parameters: DeleteUserParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:deleteUser (``arn:aws:states:::aws-sdk:rekognition:deleteUser``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:deleteUser", parameters, pattern, options)


def describe_collection(
    name: str,
    parameters: DescribeCollectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:describeCollection (``arn:aws:states:::aws-sdk:rekognition:describeCollection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:describeCollection", parameters, pattern, options)


def describe_dataset(
    name: str,
    parameters: DescribeDatasetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:describeDataset (``arn:aws:states:::aws-sdk:rekognition:describeDataset``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:describeDataset", parameters, pattern, options)


def describe_project_versions(
    name: str,
    parameters: DescribeProjectVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:describeProjectVersions (``arn:aws:states:::aws-sdk:rekognition:describeProjectVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:describeProjectVersions", parameters, pattern, options)


def describe_projects(
    name: str,
    parameters: DescribeProjectsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:describeProjects (``arn:aws:states:::aws-sdk:rekognition:describeProjects``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:describeProjects", parameters, pattern, options)


def describe_stream_processor(
    name: str,
    parameters: DescribeStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:describeStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:describeStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:describeStreamProcessor", parameters, pattern, options)


def detect_custom_labels(
    name: str,
    parameters: DetectCustomLabelsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectCustomLabels (``arn:aws:states:::aws-sdk:rekognition:detectCustomLabels``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectCustomLabels", parameters, pattern, options)


def detect_faces(
    name: str,
    parameters: DetectFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectFaces (``arn:aws:states:::aws-sdk:rekognition:detectFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectFaces", parameters, pattern, options)


def detect_labels(
    name: str,
    parameters: DetectLabelsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectLabels (``arn:aws:states:::aws-sdk:rekognition:detectLabels``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectLabels", parameters, pattern, options)


def detect_moderation_labels(
    name: str,
    parameters: DetectModerationLabelsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectModerationLabels (``arn:aws:states:::aws-sdk:rekognition:detectModerationLabels``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectModerationLabels", parameters, pattern, options)


def detect_protective_equipment(
    name: str,
    parameters: DetectProtectiveEquipmentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectProtectiveEquipment (``arn:aws:states:::aws-sdk:rekognition:detectProtectiveEquipment``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectProtectiveEquipment", parameters, pattern, options)


def detect_text(
    name: str,
    parameters: DetectTextParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:detectText (``arn:aws:states:::aws-sdk:rekognition:detectText``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:detectText", parameters, pattern, options)


def disassociate_faces(
    name: str,
    parameters: DisassociateFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:disassociateFaces (``arn:aws:states:::aws-sdk:rekognition:disassociateFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:disassociateFaces", parameters, pattern, options)


def distribute_dataset_entries(
    name: str,
    parameters: DistributeDatasetEntriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:distributeDatasetEntries (``arn:aws:states:::aws-sdk:rekognition:distributeDatasetEntries``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:distributeDatasetEntries", parameters, pattern, options)


def get_celebrity_info(
    name: str,
    parameters: GetCelebrityInfoParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getCelebrityInfo (``arn:aws:states:::aws-sdk:rekognition:getCelebrityInfo``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getCelebrityInfo", parameters, pattern, options)


def get_celebrity_recognition(
    name: str,
    parameters: GetCelebrityRecognitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getCelebrityRecognition (``arn:aws:states:::aws-sdk:rekognition:getCelebrityRecognition``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getCelebrityRecognition", parameters, pattern, options)


def get_content_moderation(
    name: str,
    parameters: GetContentModerationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getContentModeration (``arn:aws:states:::aws-sdk:rekognition:getContentModeration``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getContentModeration", parameters, pattern, options)


def get_face_detection(
    name: str,
    parameters: GetFaceDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getFaceDetection (``arn:aws:states:::aws-sdk:rekognition:getFaceDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getFaceDetection", parameters, pattern, options)


def get_face_liveness_session_results(
    name: str,
    parameters: GetFaceLivenessSessionResultsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getFaceLivenessSessionResults (``arn:aws:states:::aws-sdk:rekognition:getFaceLivenessSessionResults``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getFaceLivenessSessionResults", parameters, pattern, options)


def get_face_search(
    name: str,
    parameters: GetFaceSearchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getFaceSearch (``arn:aws:states:::aws-sdk:rekognition:getFaceSearch``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getFaceSearch", parameters, pattern, options)


def get_label_detection(
    name: str,
    parameters: GetLabelDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getLabelDetection (``arn:aws:states:::aws-sdk:rekognition:getLabelDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getLabelDetection", parameters, pattern, options)


def get_media_analysis_job(
    name: str,
    parameters: GetMediaAnalysisJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getMediaAnalysisJob (``arn:aws:states:::aws-sdk:rekognition:getMediaAnalysisJob``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getMediaAnalysisJob", parameters, pattern, options)


def get_person_tracking(
    name: str,
    parameters: GetPersonTrackingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getPersonTracking (``arn:aws:states:::aws-sdk:rekognition:getPersonTracking``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getPersonTracking", parameters, pattern, options)


def get_segment_detection(
    name: str,
    parameters: GetSegmentDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getSegmentDetection (``arn:aws:states:::aws-sdk:rekognition:getSegmentDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getSegmentDetection", parameters, pattern, options)


def get_text_detection(
    name: str,
    parameters: GetTextDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:getTextDetection (``arn:aws:states:::aws-sdk:rekognition:getTextDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:getTextDetection", parameters, pattern, options)


def index_faces(
    name: str,
    parameters: IndexFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:indexFaces (``arn:aws:states:::aws-sdk:rekognition:indexFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:indexFaces", parameters, pattern, options)


def list_collections(
    name: str,
    parameters: ListCollectionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listCollections (``arn:aws:states:::aws-sdk:rekognition:listCollections``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listCollections", parameters, pattern, options)


def list_dataset_entries(
    name: str,
    parameters: ListDatasetEntriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listDatasetEntries (``arn:aws:states:::aws-sdk:rekognition:listDatasetEntries``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listDatasetEntries", parameters, pattern, options)


def list_dataset_labels(
    name: str,
    parameters: ListDatasetLabelsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listDatasetLabels (``arn:aws:states:::aws-sdk:rekognition:listDatasetLabels``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listDatasetLabels", parameters, pattern, options)


def list_faces(
    name: str,
    parameters: ListFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listFaces (``arn:aws:states:::aws-sdk:rekognition:listFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listFaces", parameters, pattern, options)


def list_media_analysis_jobs(
    name: str,
    parameters: ListMediaAnalysisJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listMediaAnalysisJobs (``arn:aws:states:::aws-sdk:rekognition:listMediaAnalysisJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listMediaAnalysisJobs", parameters, pattern, options)


def list_project_policies(
    name: str,
    parameters: ListProjectPoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listProjectPolicies (``arn:aws:states:::aws-sdk:rekognition:listProjectPolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listProjectPolicies", parameters, pattern, options)


def list_stream_processors(
    name: str,
    parameters: ListStreamProcessorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listStreamProcessors (``arn:aws:states:::aws-sdk:rekognition:listStreamProcessors``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listStreamProcessors", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listTagsForResource (``arn:aws:states:::aws-sdk:rekognition:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listTagsForResource", parameters, pattern, options)


def list_users(
    name: str,
    parameters: ListUsersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:listUsers (``arn:aws:states:::aws-sdk:rekognition:listUsers``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:listUsers", parameters, pattern, options)


def put_project_policy(
    name: str,
    parameters: PutProjectPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:putProjectPolicy (``arn:aws:states:::aws-sdk:rekognition:putProjectPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:putProjectPolicy", parameters, pattern, options)


def recognize_celebrities(
    name: str,
    parameters: RecognizeCelebritiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:recognizeCelebrities (``arn:aws:states:::aws-sdk:rekognition:recognizeCelebrities``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:recognizeCelebrities", parameters, pattern, options)


def search_faces(
    name: str,
    parameters: SearchFacesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:searchFaces (``arn:aws:states:::aws-sdk:rekognition:searchFaces``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:searchFaces", parameters, pattern, options)


def search_faces_by_image(
    name: str,
    parameters: SearchFacesByImageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:searchFacesByImage (``arn:aws:states:::aws-sdk:rekognition:searchFacesByImage``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:searchFacesByImage", parameters, pattern, options)


def search_users(
    name: str,
    parameters: SearchUsersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:searchUsers (``arn:aws:states:::aws-sdk:rekognition:searchUsers``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:searchUsers", parameters, pattern, options)


def search_users_by_image(
    name: str,
    parameters: SearchUsersByImageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:searchUsersByImage (``arn:aws:states:::aws-sdk:rekognition:searchUsersByImage``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:searchUsersByImage", parameters, pattern, options)


def start_celebrity_recognition(
    name: str,
    parameters: StartCelebrityRecognitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startCelebrityRecognition (``arn:aws:states:::aws-sdk:rekognition:startCelebrityRecognition``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startCelebrityRecognition", parameters, pattern, options)


def start_content_moderation(
    name: str,
    parameters: StartContentModerationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startContentModeration (``arn:aws:states:::aws-sdk:rekognition:startContentModeration``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startContentModeration", parameters, pattern, options)


def start_face_detection(
    name: str,
    parameters: StartFaceDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startFaceDetection (``arn:aws:states:::aws-sdk:rekognition:startFaceDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startFaceDetection", parameters, pattern, options)


def start_face_search(
    name: str,
    parameters: StartFaceSearchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startFaceSearch (``arn:aws:states:::aws-sdk:rekognition:startFaceSearch``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startFaceSearch", parameters, pattern, options)


def start_label_detection(
    name: str,
    parameters: StartLabelDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startLabelDetection (``arn:aws:states:::aws-sdk:rekognition:startLabelDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startLabelDetection", parameters, pattern, options)


def start_media_analysis_job(
    name: str,
    parameters: StartMediaAnalysisJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startMediaAnalysisJob (``arn:aws:states:::aws-sdk:rekognition:startMediaAnalysisJob``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startMediaAnalysisJob", parameters, pattern, options)


def start_person_tracking(
    name: str,
    parameters: StartPersonTrackingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startPersonTracking (``arn:aws:states:::aws-sdk:rekognition:startPersonTracking``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startPersonTracking", parameters, pattern, options)


def start_project_version(
    name: str,
    parameters: StartProjectVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startProjectVersion (``arn:aws:states:::aws-sdk:rekognition:startProjectVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startProjectVersion", parameters, pattern, options)


def start_segment_detection(
    name: str,
    parameters: StartSegmentDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startSegmentDetection (``arn:aws:states:::aws-sdk:rekognition:startSegmentDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startSegmentDetection", parameters, pattern, options)


def start_stream_processor(
    name: str,
    parameters: StartStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:startStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startStreamProcessor", parameters, pattern, options)


def start_text_detection(
    name: str,
    parameters: StartTextDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:startTextDetection (``arn:aws:states:::aws-sdk:rekognition:startTextDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:startTextDetection", parameters, pattern, options)


def stop_project_version(
    name: str,
    parameters: StopProjectVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:stopProjectVersion (``arn:aws:states:::aws-sdk:rekognition:stopProjectVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:stopProjectVersion", parameters, pattern, options)


def stop_stream_processor(
    name: str,
    parameters: StopStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:stopStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:stopStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:stopStreamProcessor", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:tagResource (``arn:aws:states:::aws-sdk:rekognition:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:untagResource (``arn:aws:states:::aws-sdk:rekognition:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:untagResource", parameters, pattern, options)


def update_dataset_entries(
    name: str,
    parameters: UpdateDatasetEntriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:updateDatasetEntries (``arn:aws:states:::aws-sdk:rekognition:updateDatasetEntries``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:updateDatasetEntries", parameters, pattern, options)


def update_stream_processor(
    name: str,
    parameters: UpdateStreamProcessorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call rekognition:updateStreamProcessor (``arn:aws:states:::aws-sdk:rekognition:updateStreamProcessor``); the parameters are checked against its API model."""
    return sdk_task(name, "rekognition:updateStreamProcessor", parameters, pattern, options)


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
