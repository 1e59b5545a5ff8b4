"""Typed builders of the AWS SDK integration of comprehend (``aws-sdk:comprehend:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

BatchDetectDominantLanguageParameters = TypedDict(
    "BatchDetectDominantLanguageParameters", {"TextList": L[Si], "TextList.$": str}, total=False
)
BatchDetectEntitiesParameters = TypedDict(
    "BatchDetectEntitiesParameters",
    {"TextList": L[Si], "TextList.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
BatchDetectKeyPhrasesParameters = TypedDict(
    "BatchDetectKeyPhrasesParameters",
    {"TextList": L[Si], "TextList.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
BatchDetectSentimentParameters = TypedDict(
    "BatchDetectSentimentParameters",
    {"TextList": L[Si], "TextList.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
BatchDetectSyntaxParameters = TypedDict(
    "BatchDetectSyntaxParameters",
    {"TextList": L[Si], "TextList.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
BatchDetectTargetedSentimentParameters = TypedDict(
    "BatchDetectTargetedSentimentParameters",
    {"TextList": L[Si], "TextList.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)

class DocumentReaderConfig(TypedDict, total=False):
    DocumentReadAction: S
    DocumentReadMode: S
    FeatureTypes: L[Si]

ClassifyDocumentParameters = TypedDict(
    "ClassifyDocumentParameters",
    {
        "Text": S,
        "Text.$": str,
        "EndpointArn": S,
        "EndpointArn.$": str,
        "Bytes": S,
        "Bytes.$": str,
        "DocumentReaderConfig": X[DocumentReaderConfig],
        "DocumentReaderConfig.$": str,
    },
    total=False,
)
ContainsPiiEntitiesParameters = TypedDict(
    "ContainsPiiEntitiesParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)

class DatasetAugmentedManifestsListItem(TypedDict, total=False):
    AttributeNames: L[Si]
    S3Uri: S
    AnnotationDataS3Uri: S
    SourceDocumentsS3Uri: S
    DocumentType: S

class DatasetDocumentClassifierInputDataConfig(TypedDict, total=False):
    S3Uri: S
    LabelDelimiter: S

class DatasetEntityRecognizerAnnotations(TypedDict, total=False):
    S3Uri: S

class DatasetEntityRecognizerDocuments(TypedDict, total=False):
    S3Uri: S
    InputFormat: S

class DatasetEntityRecognizerEntityList(TypedDict, total=False):
    S3Uri: S

class DatasetEntityRecognizerInputDataConfig(TypedDict, total=False):
    Annotations: X[DatasetEntityRecognizerAnnotations]
    Documents: X[DatasetEntityRecognizerDocuments]
    EntityList: X[DatasetEntityRecognizerEntityList]

class DatasetInputDataConfig(TypedDict, total=False):
    AugmentedManifests: L[Xi[DatasetAugmentedManifestsListItem]]
    DataFormat: S
    DocumentClassifierInputDataConfig: X[DatasetDocumentClassifierInputDataConfig]
    EntityRecognizerInputDataConfig: X[DatasetEntityRecognizerInputDataConfig]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "FlywheelArn": S,
        "FlywheelArn.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "Description": S,
        "Description.$": str,
        "InputDataConfig": X[DatasetInputDataConfig],
        "InputDataConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AugmentedManifestsListItem(TypedDict, total=False):
    S3Uri: S
    Split: S
    AttributeNames: L[Si]
    AnnotationDataS3Uri: S
    SourceDocumentsS3Uri: S
    DocumentType: S

class DocumentClassifierDocuments(TypedDict, total=False):
    S3Uri: S
    TestS3Uri: S

class DocumentClassifierInputDataConfig(TypedDict, total=False):
    DataFormat: S
    S3Uri: S
    TestS3Uri: S
    LabelDelimiter: S
    AugmentedManifests: L[Xi[AugmentedManifestsListItem]]
    DocumentType: S
    Documents: X[DocumentClassifierDocuments]
    DocumentReaderConfig: X[DocumentReaderConfig]

class DocumentClassifierOutputDataConfig(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S
    FlywheelStatsS3Prefix: S

class VpcConfig(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    Subnets: L[Si]

CreateDocumentClassifierParameters = TypedDict(
    "CreateDocumentClassifierParameters",
    {
        "DocumentClassifierName": S,
        "DocumentClassifierName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "InputDataConfig": X[DocumentClassifierInputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[DocumentClassifierOutputDataConfig],
        "OutputDataConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Mode": S,
        "Mode.$": str,
        "ModelKmsKeyId": S,
        "ModelKmsKeyId.$": str,
        "ModelPolicy": S,
        "ModelPolicy.$": str,
    },
    total=False,
)
CreateEndpointParameters = TypedDict(
    "CreateEndpointParameters",
    {
        "EndpointName": S,
        "EndpointName.$": str,
        "ModelArn": S,
        "ModelArn.$": str,
        "DesiredInferenceUnits": I,
        "DesiredInferenceUnits.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "FlywheelArn": S,
        "FlywheelArn.$": str,
    },
    total=False,
)

class EntityTypesListItem(TypedDict, total=False):
    Type: S

class EntityRecognizerDocuments(TypedDict, total=False):
    S3Uri: S
    TestS3Uri: S
    InputFormat: S

class EntityRecognizerAnnotations(TypedDict, total=False):
    S3Uri: S
    TestS3Uri: S

class EntityRecognizerEntityList(TypedDict, total=False):
    S3Uri: S

class EntityRecognizerInputDataConfig(TypedDict, total=False):
    DataFormat: S
    EntityTypes: L[Xi[EntityTypesListItem]]
    Documents: X[EntityRecognizerDocuments]
    Annotations: X[EntityRecognizerAnnotations]
    EntityList: X[EntityRecognizerEntityList]
    AugmentedManifests: L[Xi[AugmentedManifestsListItem]]

CreateEntityRecognizerParameters = TypedDict(
    "CreateEntityRecognizerParameters",
    {
        "RecognizerName": S,
        "RecognizerName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "InputDataConfig": X[EntityRecognizerInputDataConfig],
        "InputDataConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "ModelKmsKeyId": S,
        "ModelKmsKeyId.$": str,
        "ModelPolicy": S,
        "ModelPolicy.$": str,
    },
    total=False,
)

class DocumentClassificationConfig(TypedDict, total=False):
    Mode: S
    Labels: L[Si]

class EntityRecognitionConfig(TypedDict, total=False):
    EntityTypes: L[Xi[EntityTypesListItem]]

class TaskConfig(TypedDict, total=False):
    LanguageCode: S
    DocumentClassificationConfig: X[DocumentClassificationConfig]
    EntityRecognitionConfig: X[EntityRecognitionConfig]

class DataSecurityConfig(TypedDict, total=False):
    ModelKmsKeyId: S
    VolumeKmsKeyId: S
    DataLakeKmsKeyId: S
    VpcConfig: X[VpcConfig]

CreateFlywheelParameters = TypedDict(
    "CreateFlywheelParameters",
    {
        "FlywheelName": S,
        "FlywheelName.$": str,
        "ActiveModelArn": S,
        "ActiveModelArn.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "TaskConfig": X[TaskConfig],
        "TaskConfig.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "DataLakeS3Uri": S,
        "DataLakeS3Uri.$": str,
        "DataSecurityConfig": X[DataSecurityConfig],
        "DataSecurityConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteDocumentClassifierParameters = TypedDict(
    "DeleteDocumentClassifierParameters",
    {"DocumentClassifierArn": S, "DocumentClassifierArn.$": str},
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
DeleteEntityRecognizerParameters = TypedDict(
    "DeleteEntityRecognizerParameters",
    {"EntityRecognizerArn": S, "EntityRecognizerArn.$": str},
    total=False,
)
DeleteFlywheelParameters = TypedDict(
    "DeleteFlywheelParameters", {"FlywheelArn": S, "FlywheelArn.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "PolicyRevisionId": S, "PolicyRevisionId.$": str},
    total=False,
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DescribeDocumentClassificationJobParameters = TypedDict(
    "DescribeDocumentClassificationJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeDocumentClassifierParameters = TypedDict(
    "DescribeDocumentClassifierParameters",
    {"DocumentClassifierArn": S, "DocumentClassifierArn.$": str},
    total=False,
)
DescribeDominantLanguageDetectionJobParameters = TypedDict(
    "DescribeDominantLanguageDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeEndpointParameters = TypedDict(
    "DescribeEndpointParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
DescribeEntitiesDetectionJobParameters = TypedDict(
    "DescribeEntitiesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeEntityRecognizerParameters = TypedDict(
    "DescribeEntityRecognizerParameters",
    {"EntityRecognizerArn": S, "EntityRecognizerArn.$": str},
    total=False,
)
DescribeEventsDetectionJobParameters = TypedDict(
    "DescribeEventsDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeFlywheelParameters = TypedDict(
    "DescribeFlywheelParameters", {"FlywheelArn": S, "FlywheelArn.$": str}, total=False
)
DescribeFlywheelIterationParameters = TypedDict(
    "DescribeFlywheelIterationParameters",
    {
        "FlywheelArn": S,
        "FlywheelArn.$": str,
        "FlywheelIterationId": S,
        "FlywheelIterationId.$": str,
    },
    total=False,
)
DescribeKeyPhrasesDetectionJobParameters = TypedDict(
    "DescribeKeyPhrasesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribePiiEntitiesDetectionJobParameters = TypedDict(
    "DescribePiiEntitiesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeResourcePolicyParameters = TypedDict(
    "DescribeResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeSentimentDetectionJobParameters = TypedDict(
    "DescribeSentimentDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeTargetedSentimentDetectionJobParameters = TypedDict(
    "DescribeTargetedSentimentDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeTopicsDetectionJobParameters = TypedDict(
    "DescribeTopicsDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DetectDominantLanguageParameters = TypedDict(
    "DetectDominantLanguageParameters", {"Text": S, "Text.$": str}, total=False
)
DetectEntitiesParameters = TypedDict(
    "DetectEntitiesParameters",
    {
        "Text": S,
        "Text.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "EndpointArn": S,
        "EndpointArn.$": str,
        "Bytes": S,
        "Bytes.$": str,
        "DocumentReaderConfig": X[DocumentReaderConfig],
        "DocumentReaderConfig.$": str,
    },
    total=False,
)
DetectKeyPhrasesParameters = TypedDict(
    "DetectKeyPhrasesParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
DetectPiiEntitiesParameters = TypedDict(
    "DetectPiiEntitiesParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
DetectSentimentParameters = TypedDict(
    "DetectSentimentParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
DetectSyntaxParameters = TypedDict(
    "DetectSyntaxParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)
DetectTargetedSentimentParameters = TypedDict(
    "DetectTargetedSentimentParameters",
    {"Text": S, "Text.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)

class TextSegment(TypedDict, total=False):
    Text: S

DetectToxicContentParameters = TypedDict(
    "DetectToxicContentParameters",
    {
        "TextSegments": L[Xi[TextSegment]],
        "TextSegments.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
ImportModelParameters = TypedDict(
    "ImportModelParameters",
    {
        "SourceModelArn": S,
        "SourceModelArn.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "ModelKmsKeyId": S,
        "ModelKmsKeyId.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DatasetFilter(TypedDict, total=False):
    Status: S
    DatasetType: S
    CreationTimeAfter: T
    CreationTimeBefore: T

ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "FlywheelArn": S,
        "FlywheelArn.$": str,
        "Filter": X[DatasetFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DocumentClassificationJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListDocumentClassificationJobsParameters = TypedDict(
    "ListDocumentClassificationJobsParameters",
    {
        "Filter": X[DocumentClassificationJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDocumentClassifierSummariesParameters = TypedDict(
    "ListDocumentClassifierSummariesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class DocumentClassifierFilter(TypedDict, total=False):
    Status: S
    DocumentClassifierName: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListDocumentClassifiersParameters = TypedDict(
    "ListDocumentClassifiersParameters",
    {
        "Filter": X[DocumentClassifierFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class DominantLanguageDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListDominantLanguageDetectionJobsParameters = TypedDict(
    "ListDominantLanguageDetectionJobsParameters",
    {
        "Filter": X[DominantLanguageDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EndpointFilter(TypedDict, total=False):
    ModelArn: S
    Status: S
    CreationTimeBefore: T
    CreationTimeAfter: T

ListEndpointsParameters = TypedDict(
    "ListEndpointsParameters",
    {
        "Filter": X[EndpointFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EntitiesDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListEntitiesDetectionJobsParameters = TypedDict(
    "ListEntitiesDetectionJobsParameters",
    {
        "Filter": X[EntitiesDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEntityRecognizerSummariesParameters = TypedDict(
    "ListEntityRecognizerSummariesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class EntityRecognizerFilter(TypedDict, total=False):
    Status: S
    RecognizerName: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListEntityRecognizersParameters = TypedDict(
    "ListEntityRecognizersParameters",
    {
        "Filter": X[EntityRecognizerFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EventsDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListEventsDetectionJobsParameters = TypedDict(
    "ListEventsDetectionJobsParameters",
    {
        "Filter": X[EventsDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FlywheelIterationFilter(TypedDict, total=False):
    CreationTimeAfter: T
    CreationTimeBefore: T

ListFlywheelIterationHistoryParameters = TypedDict(
    "ListFlywheelIterationHistoryParameters",
    {
        "FlywheelArn": S,
        "FlywheelArn.$": str,
        "Filter": X[FlywheelIterationFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FlywheelFilter(TypedDict, total=False):
    Status: S
    CreationTimeAfter: T
    CreationTimeBefore: T

ListFlywheelsParameters = TypedDict(
    "ListFlywheelsParameters",
    {
        "Filter": X[FlywheelFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class KeyPhrasesDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListKeyPhrasesDetectionJobsParameters = TypedDict(
    "ListKeyPhrasesDetectionJobsParameters",
    {
        "Filter": X[KeyPhrasesDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PiiEntitiesDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListPiiEntitiesDetectionJobsParameters = TypedDict(
    "ListPiiEntitiesDetectionJobsParameters",
    {
        "Filter": X[PiiEntitiesDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SentimentDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListSentimentDetectionJobsParameters = TypedDict(
    "ListSentimentDetectionJobsParameters",
    {
        "Filter": X[SentimentDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class TargetedSentimentDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListTargetedSentimentDetectionJobsParameters = TypedDict(
    "ListTargetedSentimentDetectionJobsParameters",
    {
        "Filter": X[TargetedSentimentDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class TopicsDetectionJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmitTimeBefore: T
    SubmitTimeAfter: T

ListTopicsDetectionJobsParameters = TypedDict(
    "ListTopicsDetectionJobsParameters",
    {
        "Filter": X[TopicsDetectionJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
    },
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Uri: S
    InputFormat: S
    DocumentReaderConfig: X[DocumentReaderConfig]

class OutputDataConfig(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S

StartDocumentClassificationJobParameters = TypedDict(
    "StartDocumentClassificationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "DocumentClassifierArn": S,
        "DocumentClassifierArn.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FlywheelArn": S,
        "FlywheelArn.$": str,
    },
    total=False,
)
StartDominantLanguageDetectionJobParameters = TypedDict(
    "StartDominantLanguageDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartEntitiesDetectionJobParameters = TypedDict(
    "StartEntitiesDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "EntityRecognizerArn": S,
        "EntityRecognizerArn.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FlywheelArn": S,
        "FlywheelArn.$": str,
    },
    total=False,
)
StartEventsDetectionJobParameters = TypedDict(
    "StartEventsDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "TargetEventTypes": L[Si],
        "TargetEventTypes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartFlywheelIterationParameters = TypedDict(
    "StartFlywheelIterationParameters",
    {"FlywheelArn": S, "FlywheelArn.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
StartKeyPhrasesDetectionJobParameters = TypedDict(
    "StartKeyPhrasesDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class RedactionConfig(TypedDict, total=False):
    PiiEntityTypes: L[Si]
    MaskMode: S
    MaskCharacter: S

StartPiiEntitiesDetectionJobParameters = TypedDict(
    "StartPiiEntitiesDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "Mode": S,
        "Mode.$": str,
        "RedactionConfig": X[RedactionConfig],
        "RedactionConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartSentimentDetectionJobParameters = TypedDict(
    "StartSentimentDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartTargetedSentimentDetectionJobParameters = TypedDict(
    "StartTargetedSentimentDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartTopicsDetectionJobParameters = TypedDict(
    "StartTopicsDetectionJobParameters",
    {
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "JobName": S,
        "JobName.$": str,
        "NumberOfTopics": I,
        "NumberOfTopics.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeKmsKeyId": S,
        "VolumeKmsKeyId.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StopDominantLanguageDetectionJobParameters = TypedDict(
    "StopDominantLanguageDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopEntitiesDetectionJobParameters = TypedDict(
    "StopEntitiesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopEventsDetectionJobParameters = TypedDict(
    "StopEventsDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopKeyPhrasesDetectionJobParameters = TypedDict(
    "StopKeyPhrasesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopPiiEntitiesDetectionJobParameters = TypedDict(
    "StopPiiEntitiesDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopSentimentDetectionJobParameters = TypedDict(
    "StopSentimentDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopTargetedSentimentDetectionJobParameters = TypedDict(
    "StopTargetedSentimentDetectionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
StopTrainingDocumentClassifierParameters = TypedDict(
    "StopTrainingDocumentClassifierParameters",
    {"DocumentClassifierArn": S, "DocumentClassifierArn.$": str},
    total=False,
)
StopTrainingEntityRecognizerParameters = TypedDict(
    "StopTrainingEntityRecognizerParameters",
    {"EntityRecognizerArn": S, "EntityRecognizerArn.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateEndpointParameters = TypedDict(
    "UpdateEndpointParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "DesiredModelArn": S,
        "DesiredModelArn.$": str,
        "DesiredInferenceUnits": I,
        "DesiredInferenceUnits.$": str,
        "DesiredDataAccessRoleArn": S,
        "DesiredDataAccessRoleArn.$": str,
        "FlywheelArn": S,
        "FlywheelArn.$": str,
    },
    total=False,
)

class UpdateDataSecurityConfig(TypedDict, total=False):
    ModelKmsKeyId: S
    VolumeKmsKeyId: S
    VpcConfig: X[VpcConfig]

UpdateFlywheelParameters = TypedDict(
    "UpdateFlywheelParameters",
    {
        "FlywheelArn": S,
        "FlywheelArn.$": str,
        "ActiveModelArn": S,
        "ActiveModelArn.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "DataSecurityConfig": X[UpdateDataSecurityConfig],
        "DataSecurityConfig.$": str,
    },
    total=False,
)
batch_detect_dominant_language: Builder[BatchDetectDominantLanguageParameters]
batch_detect_entities: Builder[BatchDetectEntitiesParameters]
batch_detect_key_phrases: Builder[BatchDetectKeyPhrasesParameters]
batch_detect_sentiment: Builder[BatchDetectSentimentParameters]
batch_detect_syntax: Builder[BatchDetectSyntaxParameters]
batch_detect_targeted_sentiment: Builder[BatchDetectTargetedSentimentParameters]
classify_document: Builder[ClassifyDocumentParameters]
contains_pii_entities: Builder[ContainsPiiEntitiesParameters]
create_dataset: Builder[CreateDatasetParameters]
create_document_classifier: Builder[CreateDocumentClassifierParameters]
create_endpoint: Builder[CreateEndpointParameters]
create_entity_recognizer: Builder[CreateEntityRecognizerParameters]
create_flywheel: Builder[CreateFlywheelParameters]
delete_document_classifier: Builder[DeleteDocumentClassifierParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_entity_recognizer: Builder[DeleteEntityRecognizerParameters]
delete_flywheel: Builder[DeleteFlywheelParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_document_classification_job: Builder[DescribeDocumentClassificationJobParameters]
describe_document_classifier: Builder[DescribeDocumentClassifierParameters]
describe_dominant_language_detection_job: Builder[DescribeDominantLanguageDetectionJobParameters]
describe_endpoint: Builder[DescribeEndpointParameters]
describe_entities_detection_job: Builder[DescribeEntitiesDetectionJobParameters]
describe_entity_recognizer: Builder[DescribeEntityRecognizerParameters]
describe_events_detection_job: Builder[DescribeEventsDetectionJobParameters]
describe_flywheel: Builder[DescribeFlywheelParameters]
describe_flywheel_iteration: Builder[DescribeFlywheelIterationParameters]
describe_key_phrases_detection_job: Builder[DescribeKeyPhrasesDetectionJobParameters]
describe_pii_entities_detection_job: Builder[DescribePiiEntitiesDetectionJobParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_sentiment_detection_job: Builder[DescribeSentimentDetectionJobParameters]
describe_targeted_sentiment_detection_job: Builder[DescribeTargetedSentimentDetectionJobParameters]
describe_topics_detection_job: Builder[DescribeTopicsDetectionJobParameters]
detect_dominant_language: Builder[DetectDominantLanguageParameters]
detect_entities: Builder[DetectEntitiesParameters]
detect_key_phrases: Builder[DetectKeyPhrasesParameters]
detect_pii_entities: Builder[DetectPiiEntitiesParameters]
detect_sentiment: Builder[DetectSentimentParameters]
detect_syntax: Builder[DetectSyntaxParameters]
detect_targeted_sentiment: Builder[DetectTargetedSentimentParameters]
detect_toxic_content: Builder[DetectToxicContentParameters]
import_model: Builder[ImportModelParameters]
list_datasets: Builder[ListDatasetsParameters]
list_document_classification_jobs: Builder[ListDocumentClassificationJobsParameters]
list_document_classifier_summaries: Builder[ListDocumentClassifierSummariesParameters]
list_document_classifiers: Builder[ListDocumentClassifiersParameters]
list_dominant_language_detection_jobs: Builder[ListDominantLanguageDetectionJobsParameters]
list_endpoints: Builder[ListEndpointsParameters]
list_entities_detection_jobs: Builder[ListEntitiesDetectionJobsParameters]
list_entity_recognizer_summaries: Builder[ListEntityRecognizerSummariesParameters]
list_entity_recognizers: Builder[ListEntityRecognizersParameters]
list_events_detection_jobs: Builder[ListEventsDetectionJobsParameters]
list_flywheel_iteration_history: Builder[ListFlywheelIterationHistoryParameters]
list_flywheels: Builder[ListFlywheelsParameters]
list_key_phrases_detection_jobs: Builder[ListKeyPhrasesDetectionJobsParameters]
list_pii_entities_detection_jobs: Builder[ListPiiEntitiesDetectionJobsParameters]
list_sentiment_detection_jobs: Builder[ListSentimentDetectionJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_targeted_sentiment_detection_jobs: Builder[ListTargetedSentimentDetectionJobsParameters]
list_topics_detection_jobs: Builder[ListTopicsDetectionJobsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_document_classification_job: Builder[StartDocumentClassificationJobParameters]
start_dominant_language_detection_job: Builder[StartDominantLanguageDetectionJobParameters]
start_entities_detection_job: Builder[StartEntitiesDetectionJobParameters]
start_events_detection_job: Builder[StartEventsDetectionJobParameters]
start_flywheel_iteration: Builder[StartFlywheelIterationParameters]
start_key_phrases_detection_job: Builder[StartKeyPhrasesDetectionJobParameters]
start_pii_entities_detection_job: Builder[StartPiiEntitiesDetectionJobParameters]
start_sentiment_detection_job: Builder[StartSentimentDetectionJobParameters]
start_targeted_sentiment_detection_job: Builder[StartTargetedSentimentDetectionJobParameters]
start_topics_detection_job: Builder[StartTopicsDetectionJobParameters]
stop_dominant_language_detection_job: Builder[StopDominantLanguageDetectionJobParameters]
stop_entities_detection_job: Builder[StopEntitiesDetectionJobParameters]
stop_events_detection_job: Builder[StopEventsDetectionJobParameters]
stop_key_phrases_detection_job: Builder[StopKeyPhrasesDetectionJobParameters]
stop_pii_entities_detection_job: Builder[StopPiiEntitiesDetectionJobParameters]
stop_sentiment_detection_job: Builder[StopSentimentDetectionJobParameters]
stop_targeted_sentiment_detection_job: Builder[StopTargetedSentimentDetectionJobParameters]
stop_training_document_classifier: Builder[StopTrainingDocumentClassifierParameters]
stop_training_entity_recognizer: Builder[StopTrainingEntityRecognizerParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_endpoint: Builder[UpdateEndpointParameters]
update_flywheel: Builder[UpdateFlywheelParameters]

__all__ = [
    "batch_detect_dominant_language",
    "batch_detect_entities",
    "batch_detect_key_phrases",
    "batch_detect_sentiment",
    "batch_detect_syntax",
    "batch_detect_targeted_sentiment",
    "classify_document",
    "contains_pii_entities",
    "create_dataset",
    "create_document_classifier",
    "create_endpoint",
    "create_entity_recognizer",
    "create_flywheel",
    "delete_document_classifier",
    "delete_endpoint",
    "delete_entity_recognizer",
    "delete_flywheel",
    "delete_resource_policy",
    "describe_dataset",
    "describe_document_classification_job",
    "describe_document_classifier",
    "describe_dominant_language_detection_job",
    "describe_endpoint",
    "describe_entities_detection_job",
    "describe_entity_recognizer",
    "describe_events_detection_job",
    "describe_flywheel",
    "describe_flywheel_iteration",
    "describe_key_phrases_detection_job",
    "describe_pii_entities_detection_job",
    "describe_resource_policy",
    "describe_sentiment_detection_job",
    "describe_targeted_sentiment_detection_job",
    "describe_topics_detection_job",
    "detect_dominant_language",
    "detect_entities",
    "detect_key_phrases",
    "detect_pii_entities",
    "detect_sentiment",
    "detect_syntax",
    "detect_targeted_sentiment",
    "detect_toxic_content",
    "import_model",
    "list_datasets",
    "list_document_classification_jobs",
    "list_document_classifier_summaries",
    "list_document_classifiers",
    "list_dominant_language_detection_jobs",
    "list_endpoints",
    "list_entities_detection_jobs",
    "list_entity_recognizer_summaries",
    "list_entity_recognizers",
    "list_events_detection_jobs",
    "list_flywheel_iteration_history",
    "list_flywheels",
    "list_key_phrases_detection_jobs",
    "list_pii_entities_detection_jobs",
    "list_sentiment_detection_jobs",
    "list_tags_for_resource",
    "list_targeted_sentiment_detection_jobs",
    "list_topics_detection_jobs",
    "put_resource_policy",
    "start_document_classification_job",
    "start_dominant_language_detection_job",
    "start_entities_detection_job",
    "start_events_detection_job",
    "start_flywheel_iteration",
    "start_key_phrases_detection_job",
    "start_pii_entities_detection_job",
    "start_sentiment_detection_job",
    "start_targeted_sentiment_detection_job",
    "start_topics_detection_job",
    "stop_dominant_language_detection_job",
    "stop_entities_detection_job",
    "stop_events_detection_job",
    "stop_key_phrases_detection_job",
    "stop_pii_entities_detection_job",
    "stop_sentiment_detection_job",
    "stop_targeted_sentiment_detection_job",
    "stop_training_document_classifier",
    "stop_training_entity_recognizer",
    "tag_resource",
    "untag_resource",
    "update_endpoint",
    "update_flywheel",
]
